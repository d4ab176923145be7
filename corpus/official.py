"""Reader for official documents given as plain text (extracted from PDF/DOCX).

Such text has hard line breaks mid-sentence, blank-line debris and blanks
left for numbers and dates. The reader first rebuilds paragraphs
(``unwrap``), remembering each paragraph's first input line so that a check
report can point at it, then recognises:

1. the header: số hiệu, loại văn bản, trích yếu, cơ quan ban hành, địa danh/ngày;
2. the ``Căn cứ …;`` list (one item per cited basis);
3. Phần / Chương / Mục, ``Điều n.``, ``1.``, ``3.1.``, ``a)``… and, in reports
   without articles, Roman-numbered sections ``I.``, ``II.``;
4. the closing (``Nơi nhận``, the signing title and signer).

Pure: text in, model out.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from kb.model import Document, ParsedSource, ParseIssue, ProvisionId, Unit
from kb.structure import BodyBuilder
from kb.vntext import clean_spaces, dmy_to_iso, nfc

ARTICLE = re.compile(r"^Điều\s+(\d+[a-zđ]?)\s*[.:]\s*(.*)$")
CHAPTER = re.compile(r"^(Chương|CHƯƠNG)\s+([IVXLC]+|\d+)\b\.?\s*(.*)$")
PART = re.compile(r"^(Phần|PHẦN)\s+(thứ\s+\w+|THỨ\s+\w+|[IVXLC]+|\d+)\b\.?\s*(.*)$")
SECTION_MUC = re.compile(r"^(Mục|MỤC)\s+(\d+)\b\.?\s*(.*)$")
ROMAN = re.compile(r"^([IVXLC]{1,6})\.\s+(.*)$")
MARKER = re.compile(
    r"^(Điều\s+\d+|Chương\s+[IVXLC\d]+|CHƯƠNG|Mục\s+\d+\b|Phần\s+thứ|PHẦN|\d+(\.\d+)*\.?\s*[\wÀ-ỹ]|"
    r"\d+(\.\d+)+\.?|[a-zđ]\)|[IVXLC]{1,6}\.\s|[-+*•–]\s*|Căn cứ|Xét\s|Nơi nhận|QUYẾT NGHỊ|"
    r"QUYẾT ĐỊNH|Số\s*:|TM\.|T/M|KT\.|\(\d+\)|"
    r"Thực hiện\s+(Kế hoạch|Công văn|Chỉ thị|Nghị quyết|Quyết định|Thông báo|Luật|Hướng dẫn))"
)
SENTENCE_END = re.compile(r"[.;:!?…]\s*[\"”’)]?$|\./\.$")
DOC_TYPE_HEAD = re.compile(
    r"^\**\s*(NGHỊ QUYẾT|QUYẾT ĐỊNH|KẾ HOẠCH|BÁO CÁO|QUY CHẾ|HƯƠNG ƯỚC|QUY ƯỚC|TỜ TRÌNH|"
    r"CÔNG VĂN|THÔNG BÁO|CHỈ THỊ|QUY ĐỊNH|NGHỊ ĐỊNH|THÔNG TƯ|LUẬT)\b\s*\**\s*$"
)
ISSUER_HEAD = re.compile(
    r"(HỘI ĐỒNG NHÂN DÂN|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HUYỆN ỦY|HUYỆN UỶ|TỈNH ỦY|TỈNH UỶ|"
    r"ĐẢNG ỦY|ĐẢNG UỶ|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|CHÍNH PHỦ|QUỐC HỘI|THỦ TƯỚNG|BỘ |SỞ |"
    r"BAN CÔNG TÁC MẶT TRẬN|THÔN |TỔ DÂN PHỐ|CÔNG TY)"
)
NUMBER_LINE = re.compile(r"^Số\s*:\s*(.*)$", re.IGNORECASE)
PLACE_DATE = re.compile(
    r"^(?P<place>[^,]{2,40}),\s*ngày\s*(?P<d>\d{1,2})?\D{0,8}tháng\s*(?P<m>\d{1,2})?\D{0,8}năm\s*(?P<y>\d{4})?",
)
BASIS_START = re.compile(r"^Căn cứ\b")
BODY_START = re.compile(r"^(QUYẾT NGHỊ|QUYẾT ĐỊNH|BAN HÀNH|THỐNG NHẤT)\s*:?\s*$")
CLOSING = re.compile(r"^(Nơi nhận|Nơi gửi)\s*:?", re.IGNORECASE)
SIGN_TITLE = re.compile(r"^(TM\.|T/M|KT\.|Q\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|BÍ THƯ|TRƯỞNG|GIÁM ĐỐC|THỦ TRƯỞNG|TỔ TRƯỞNG)")
PLACEHOLDER = re.compile(r"\.{3,}|…|_{3,}|\s{4,}")

KIND_OF_TYPE = {
    "Báo cáo": "report", "Tờ trình": "report", "Công văn": "report", "Thông báo": "report",
    "Bài viết": "article",
}


@dataclass(frozen=True)
class Paragraph:
    """A paragraph rebuilt from hard-wrapped lines; lines are 1-based."""

    text: str
    line: int
    end_line: int


def _is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def unwrap(text: str) -> list[Paragraph]:
    """Join lines broken mid-sentence; keep each paragraph's first line number."""
    paras: list[list] = []
    raw_lines = text.splitlines()
    widths = sorted(len(clean_spaces(r)) for r in raw_lines if r.strip())
    typical = widths[int(len(widths) * 0.8)] if widths else 80
    last_len = 0
    for no, raw in enumerate(raw_lines, start=1):
        line = clean_spaces(raw.replace("**", ""))
        if not line or line in ("-----", "---", "*"):
            continue
        if paras:
            prev = paras[-1]
            starts_new = (
                MARKER.match(line) is not None
                # A short line followed by a capital: a heading, not a wrap.
                or (last_len < 0.6 * typical and line[:1].isupper())
                or SENTENCE_END.search(prev[0]) is not None
                or _is_caps(prev[0]) != _is_caps(line)
                or (line[:1].isupper() and _is_caps(prev[0]))
                or (line[:1].isupper() and ARTICLE.match(prev[0]) is not None)
            )
            if not starts_new:
                prev[0] = f"{prev[0]} {line}"
                prev[2] = no
                last_len = len(line)
                continue
        paras.append([line, no, no])
        last_len = len(line)
    return [Paragraph(t, a, b) for t, a, b in paras]


@dataclass
class Header:
    doc_type: str = ""
    number: str | None = None
    number_raw: str = ""
    title: str = ""
    issuer: str = ""
    place: str = ""
    issued: str | None = None
    date_raw: str = ""


def parse_header(paras: list[Paragraph]) -> tuple[Header, int]:
    """Read the header block; return it and the index of the first body paragraph."""
    h = Header()
    i = 0
    title_lines: list[str] = []
    in_title = False
    for i, p in enumerate(paras):
        t = p.text
        if (BASIS_START.match(t) or ARTICLE.match(t) or ROMAN.match(t) or PART.match(t)
                or BODY_START.match(t) or t.startswith(("Thực hiện", "Xét ")) or MARKER.match(t)
                and not NUMBER_LINE.match(t) and not t.startswith(("-", "–"))):
            break
        if i > 25:
            i = 0
            break
        nm = NUMBER_LINE.match(t)
        if nm:
            h.number_raw = nm.group(1).strip()
            num = h.number_raw.split()[0] if h.number_raw.split() else ""
            h.number = num if re.match(r"^\d+[\w/\-.]*/", num) else None
            in_title = False
            continue
        dm = PLACE_DATE.match(t)
        if dm:
            h.place = dm.group("place").strip()
            h.date_raw = t
            if dm.group("d") and dm.group("m") and dm.group("y"):
                h.issued = dmy_to_iso(dm.group("d"), dm.group("m"), dm.group("y"))
            in_title = False
            continue
        tm = DOC_TYPE_HEAD.match(t)
        if tm and not h.doc_type:
            h.doc_type = tm.group(1).capitalize()
            in_title = True
            continue
        if _is_caps(t) and ISSUER_HEAD.search(t) and not in_title:
            h.issuer = f"{h.issuer} {t}".strip() if h.issuer and not h.doc_type else (h.issuer or t)
            continue
        if in_title and not _is_caps(t):
            title_lines.append(t)
            continue
        if _is_caps(t) and ISSUER_HEAD.search(t):
            h.issuer = h.issuer or t
            in_title = False
    h.title = clean_spaces(" ".join(title_lines))
    return h, i


def split_basis(paras: list[Paragraph]) -> list[str]:
    """'Căn cứ A; Căn cứ B; C;' → ['A', 'B', 'C'] (verbatim, without 'Căn cứ')."""
    items: list[str] = []
    for p in paras:
        for part in re.split(r";\s*", p.text):
            part = part.strip().rstrip(".;,")
            if not part:
                continue
            part = re.sub(r"^Căn cứ\s+", "", part)
            items.append(part)
    return items


def derived_doc_id(path: str, h: Header) -> str:
    """The official number when filled in; else a stable id from the file name."""
    if h.number:
        return h.number
    return f"local:{Path(path).stem}"


def parse_official(text: str, path: str, data: bytes | None = None,
                   doc_type: str | None = None) -> ParsedSource:
    """Parse one official (or report-like) document given as plain text."""
    text = nfc(text)
    sha = hashlib.sha256(data if data is not None else text.encode("utf-8")).hexdigest()
    issues: list[ParseIssue] = []
    paras = unwrap(text)
    if not paras:
        return ParsedSource(path, sha, (), (ParseIssue(path, "error", "Văn bản rỗng: không có nội dung."),))
    header, start = parse_header(paras)
    dtype = doc_type or header.doc_type or "Bài viết"
    draft = bool(PLACEHOLDER.search(header.number_raw + " " + header.date_raw)) or (
        header.doc_type and not header.number) or "DỰ THẢO" in text[:2000].upper()
    kind = KIND_OF_TYPE.get(dtype, "draft" if draft else "local")
    doc_id = derived_doc_id(path, header)

    units: list[Unit] = []
    ordinal = [0]

    def add(level: str, uid: str, label: str, parent: str | None, text: str, title: str,
            line: int, heading: tuple[str, ...] = ()) -> Unit:
        ordinal[0] += 100_000
        u = Unit(uid=uid, doc_id=doc_id, level=level, label=label, parent=parent,
                 ordinal=ordinal[0], title=title, text=text, source_path=path,
                 source_line=line, heading_path=heading)
        units.append(u)
        return u

    basis_paras: list[Paragraph] = []
    preamble: list[Paragraph] = []
    closing: list[Paragraph] = []
    body: list[Paragraph] = []
    stage = "pre"
    for p in paras[start:]:
        t = p.text
        if stage != "closing" and CLOSING.match(t):
            stage = "closing"
        if stage == "closing":
            closing.append(p)
            continue
        if stage == "pre":
            if BASIS_START.match(t) or (basis_paras and not BODY_START.match(t)
                                        and not t.startswith("Xét") and not ARTICLE.match(t)
                                        and not preamble):
                basis_paras.append(p)
                continue
            if BODY_START.match(t):
                stage = "body"
                continue
            if ARTICLE.match(t) or ROMAN.match(t) or PART.match(t) or CHAPTER.match(t):
                stage = "body"
            else:
                preamble.append(p)
                continue
        body.append(p)
    if not body and preamble and not basis_paras:
        body, preamble = preamble, []

    basis = split_basis(basis_paras)
    for k, p in enumerate(basis_paras):
        add("basis", f"{doc_id}:cc{k + 1}", str(k + 1), None, p.text, "", p.line)
    for k, p in enumerate(preamble):
        add("preamble", f"{doc_id}:lm{k + 1}", str(k + 1), None, p.text, "", p.line)

    heading: dict[str, str] = {}
    builder: BodyBuilder | None = None
    container: Unit | None = None
    seen_articles: set[str] = set()

    def flush() -> None:
        nonlocal builder
        if builder is not None:
            for u in builder.units():
                units.append(u)
            ordinal[0] = max(u.ordinal for u in units) if units else ordinal[0]
        builder = None

    loose = 0
    for idx, p in enumerate(body):
        t = p.text
        path_now = tuple(heading[k] for k in ("part", "chapter", "section") if k in heading)
        m = ARTICLE.match(t)
        if m and m.group(1) not in seen_articles:
            flush()
            label = m.group(1)
            seen_articles.add(label)
            container = add("article", str(ProvisionId.build(doc_id, label)), label, None, "", m.group(2).strip(" ."),
                            p.line, path_now)
            builder = BodyBuilder(container, path)
            continue
        if m:
            issues.append(ParseIssue(path, "warning", f"Điều {m.group(1)} bị đánh số trùng", p.line))
        cm = CHAPTER.match(t) or PART.match(t) or SECTION_MUC.match(t)
        if cm:
            level = {"Chương": "chapter", "CHƯƠNG": "chapter", "Phần": "part", "PHẦN": "part",
                     "Mục": "section", "MỤC": "section"}[cm.group(1)]
            label = cm.group(2)
            title = cm.group(3).strip()
            if not title and idx + 1 < len(body) and _is_caps(body[idx + 1].text):
                title = body[idx + 1].text
            heading[level] = f"{cm.group(1).capitalize()} {label}"
            for deeper in {"part": ("chapter", "section"), "chapter": ("section",)}.get(level, ()):
                heading.pop(deeper, None)
            if level != "section" or not seen_articles:
                flush()
                slug = re.sub(r"\s+", "-", label.lower())
                prefix = {"part": "ph", "chapter": "c", "section": "m"}[level]
                add(level, f"{doc_id}:{prefix}{slug}", label, None, "", title, p.line, path_now)
                container = None
            continue
        if not seen_articles:
            rm = ROMAN.match(t)
            if rm:
                flush()
                container = add("section", f"{doc_id}:m{rm.group(1)}", rm.group(1), None, "",
                                rm.group(2).strip(), p.line, path_now)
                builder = BodyBuilder(container, path)
                continue
        if builder is None:
            loose += 1
            add("paragraph", f"{doc_id}:p{loose}", str(loose), None, t, "", p.line, path_now)
            continue
        builder.add_line(t, p.line)
    flush()

    signer, sign_title = "", ""
    if closing:
        add("closing", f"{doc_id}:nn", "", None, "\n".join(p.text for p in closing), "Nơi nhận",
            closing[0].line)
        tail = [p.text for p in closing if not p.text.startswith(("-", "–", "+", "Nơi"))]
        for k, t in enumerate(tail):
            if SIGN_TITLE.match(t):
                sign_title = t
                rest = [x for x in tail[k + 1:] if not SIGN_TITLE.match(x)]
                signer = rest[-1] if rest else ""
                break
    if not seen_articles and dtype in ("Nghị quyết", "Quyết định", "Quy chế", "Hương ước", "Quy ước"):
        issues.append(ParseIssue(path, "warning", f"{dtype} nhưng không tìm thấy điều nào (Điều 1.)"))
    doc = Document(
        doc_id=doc_id, number=header.number, doc_type=dtype, title=header.title,
        issuer=header.issuer,
        issued=header.issued, effective=None, kind=kind, source_paths=(path,), sha256=sha,
        units=tuple(sorted(units, key=lambda u: u.ordinal)), basis=tuple(basis),
        signer=(f"{sign_title} {signer}".strip()),
    )
    stats = {"articles": len(seen_articles), "paragraphs": len(paras), "basis": len(basis),
             "kind": kind, "type": dtype}
    return ParsedSource(path, sha, (doc,), tuple(issues), stats)
