"""Reader for the Bộ pháp điển Markdown files (one file per đề mục).

A đề mục interleaves articles of many original documents; each article heading
carries the pháp điển code (``Điều 44.13.NĐ.1.3.``) and the next line a source
note naming the original document and article. This reader regroups articles
under their original documents, so Law 10/2022/QH15 comes out as Điều 1–91.

Quirks handled (see ../shared/corpus/README.md):
1. YAML front matter and the trailing ``## Danh sách điều khoản`` / ``### 4401…``
   index, which repeats every title and must not create articles;
2. headings glued to the previous paragraph (``…nhân dân.Điều 44.13.LQ.4. …``)
   or preceded by spaces;
3. source notes with the full title only on a document's first article, odd
   orders (``Thông tư số liên tịch``) and no number at all (``Pháp lệnh Về …``);
4. amendment notes (``có nội dung được sửa đổi … bởi Điều 1 Luật số …``);
5. ``(Điều này có nội dung liên quan đến Điều 44.13.LQ.23. …; …)`` notes;
6. names of attached files left in the text ("Phu luc_ban hanh kem theo NĐ so
   59_2023_ND-CP.doc", "Mẫu số 01.docx"): dropped, they are not provision text;
7. a subordinate text's own Chương/Mục headings printed among the principal law's
   articles (a circular's "Mục 2" between Law 10/2022's Arts. 83 and 84): a heading
   belongs to the document of the article that follows it.

Pure: text in, model out.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from kb.citations.patterns import NORMATIVE_TYPES
from kb.model import Amendment, Document, ParsedSource, ParseIssue, ProvisionId, Unit
from kb.structure import BodyBuilder, article_sort_key
from kb.vntext import dmy_to_iso, nfc

CODE = r"\d+\.\d+\.[A-ZĐ]+(?:\.\d+[a-zđ]?)+"
HEADING = re.compile(rf"Điều ({CODE})\.\s*")
RELATED_NOTE = re.compile(r"\((Điều|Chương|Mục|Tiểu mục|Phần|Khoản) này có nội dung liên quan đến")
RELATED_CODE = re.compile(rf"Điều ({CODE})\.")
STRUCTURE = re.compile(
    r"^(Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Tiểu mục|TIỂU MỤC)\s+([\wÐĐ]+)\s*$"
)
#: A line that is only the name of an attached file (the export keeps the link text).
ATTACHMENT_LINE = re.compile(r"^\S.{0,240}\.(?:docx?|pdf|xlsx?|zip|rar|rtf)\s*$", re.IGNORECASE)
_PARENS = re.compile(r"[()]")
INDEX_START = re.compile(r"^(## Danh sách điều khoản|### \d{6,})")

DOC_TYPES = NORMATIVE_TYPES
_TYPE_ALT = "|".join(sorted((re.escape(t) for t in DOC_TYPES), key=len, reverse=True))
SOURCE_NOTE = re.compile(
    rf"^\((?:Điều )?(?P<art>\d+[a-zđ]?)\s+(?P<type>{_TYPE_ALT})\s*(?P<after>.*)\)\s*$",
    re.IGNORECASE,
)
QH_NUMBER = re.compile(r"/QH\d+$")
YEAR = re.compile(r"(?:19|20)\d\d")
SOURCE_START = re.compile(r"^\((?:Điều )?\d+[a-zđ]?\s")
NUMBER = re.compile(
    r"(?:số\s+)?(?:liên tịch\s+)?(?P<num>\d+[\w\-.]*/[\w\-./đĐ]*[\wĐđ]|\d+-[A-ZĐ][\w\-]*[A-ZĐ])(?=[\s,]|$)"
)
EFFECTIVE = re.compile(r",?\s*có hiệu lực thi hành kể từ ngày (\d{1,2})/(\d{1,2})/(\d{4})")
ISSUED = re.compile(r"\sngày (\d{1,2})/(\d{1,2})/(\d{4}) của (?P<issuer>.+)$")
AMEND = re.compile(
    r"(?P<kinds>(?:(?:có nội dung )?(?:được sửa đổi|được bổ sung|bị bãi bỏ|bị đình chỉ[^,]*|"
    r"được đính chính|bị hủy bỏ|bị thay thế)\s*,?\s*)+)bởi\s+(?P<by>.*?)"
    r"(?:\s+có hiệu lực thi hành kể từ ngày (?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}))?"
    r"(?=,\s*có nội dung|$)"
)
AMEND_BY = re.compile(
    rf"^(?:Điều (?P<art>\d+[a-zđ]?)\s+)?(?:{_TYPE_ALT})?\s*(?:số\s+)?(?P<num>\S+/\S+)",
    re.IGNORECASE,
)


def canonical_type(raw: str) -> str:
    """'Bộ Luật' → 'Bộ luật'; 'THÔNG TƯ LIÊN TỊCH' → 'Thông tư liên tịch'."""
    low = raw.lower()
    for t in DOC_TYPES:
        if t.lower() == low:
            return t
    return raw[:1].upper() + raw[1:].lower()


@dataclass(frozen=True)
class SourceNote:
    article: str
    doc_type: str
    number: str | None
    title: str
    issued: str | None
    issuer: str
    effective: str | None
    amendments: tuple[Amendment, ...]


def parse_source_note(line: str) -> SourceNote | None:
    """Parse '(Điều 15 Luật số 10/2022/QH15 …, có hiệu lực … ngày 01/07/2023)'."""
    m = SOURCE_NOTE.match(line.strip())
    if not m:
        return None
    after = m.group("after")
    amendments: list[Amendment] = []
    eff_m = EFFECTIVE.search(after)
    effective = None
    tail = ""
    if eff_m:
        effective = dmy_to_iso(*eff_m.groups())
        tail = after[eff_m.end():]
        after = after[: eff_m.start()]
    for am in AMEND.finditer(tail.lstrip(", ")):
        kinds = tuple(
            k for k in ("sửa đổi", "bổ sung", "bãi bỏ", "đình chỉ", "đính chính", "hủy bỏ", "thay thế")
            if k in am.group("kinds")
        )
        by = AMEND_BY.match(am.group("by").strip())
        eff = dmy_to_iso(am.group("d"), am.group("m"), am.group("y")) if am.group("y") else None
        amendments.append(Amendment(
            kinds=kinds,
            by_doc=(by.group("num") if by else am.group("by").strip()),
            by_article=(by.group("art") if by else None),
            effective=eff,
        ))
    number = None
    nm = NUMBER.match(after.strip())
    rest = after.strip()
    if nm:
        number = nm.group("num")
        rest = rest[nm.end():].strip()
    elif rest.lower().startswith("số không số"):
        rest = rest[len("số không số"):].strip()
    issued, issuer = None, ""
    im = ISSUED.search(rest)
    if im:
        issued = dmy_to_iso(*im.groups()[:3])
        issuer = im.group("issuer").strip()
        rest = rest[: im.start()].strip()
    doc_type = canonical_type(m.group("type"))
    if doc_type == "Thông tư" and after.lstrip().lower().startswith("số liên tịch"):
        doc_type = "Thông tư liên tịch"  # the pháp điển's "Thông tư số liên tịch 02/2002/…"
    return SourceNote(
        article=m.group("art"),
        doc_type=doc_type,
        number=number,
        title=rest.strip(" ,"),
        issued=issued,
        issuer=issuer,
        effective=effective,
        amendments=tuple(amendments),
    )


def doc_id_for(note: SourceNote) -> str:
    """The official number when there is one; else type + title (unique enough).

    The National Assembly numbers its laws and its resolutions in separate
    series ("24/2008/QH12" is both a Luật and a Nghị quyết), so a resolution
    of the Quốc hội gets its type in front of the number.
    """
    if note.number:
        if note.doc_type == "Nghị quyết" and QH_NUMBER.search(note.number):
            return f"Nghị quyết {note.number}"
        if not YEAR.search(note.number) and note.effective:
            # Old numbers without a year ("73-CP") were reused from year to year.
            return f"{note.number} ({note.effective[:4]})"
        return note.number
    return f"{note.doc_type} {note.title}".strip()


@dataclass
class _Article:
    code: str
    title: str
    line: int
    heading_path: tuple[str, ...]
    body: list[tuple[int, str]] = field(default_factory=list)


def _split_lines(text: str) -> tuple[str, list[tuple[int, str]], str]:
    """Return (đề mục title, [(line_no, line)] of the body, residue notes).

    Cuts front matter and the trailing index; splits glued headings onto their
    own logical line so the article scanner only has to look at line starts.
    """
    lines = text.splitlines()
    start = 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                start = i + 1
                break
    title = ""
    out: list[tuple[int, str]] = []
    note: list | None = None  # an unclosed 'liên quan' note: [line_no, text, depth]
    for i in range(start, len(lines)):
        raw = lines[i]
        if INDEX_START.match(raw):
            break
        line = raw.strip()
        if not title and line.startswith("# "):
            title = line[2:].strip()
            continue
        if not line:
            continue
        if note is not None:
            end, depth = _close_paren(line, 0, note[2])
            note[1] += " " + line[:end]
            if depth:
                note[2] = depth
                continue
            out.append((note[0], note[1]))
            note = None
            line = line[end:].strip()
        pos = 0
        while line:
            found = RELATED_NOTE.search(line, pos)
            segment = line[pos: found.start() if found else len(line)]
            heading_pos = 0
            for m in HEADING.finditer(segment):
                if m.start() == 0:
                    continue
                out.append((i + 1, segment[heading_pos: m.start()].strip()))
                heading_pos = m.start()
            out.append((i + 1, segment[heading_pos:].strip()))
            if found is None:
                break
            end, depth = _close_paren(line, found.start(), 0)
            if depth:
                note = [i + 1, line[found.start():], depth]
                break
            out.append((i + 1, line[found.start(): end]))
            pos = end
    if note is not None:
        out.append((note[0], note[1]))
    return title, [(n, s) for n, s in out if s], ""


def _close_paren(text: str, start: int, depth: int) -> tuple[int, int]:
    """Scan from ``start`` with ``depth`` open parentheses; return (end, depth).

    ``end`` is just past the parenthesis that closes depth to 0, or len(text)
    with the remaining depth when the text ends first (note continues).
    """
    for m in _PARENS.finditer(text, start):  # the parentheses only, found in C
        if m.group() == "(":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.end(), 0
    return len(text), depth


def _take_source_note(body: list[tuple[int, str]]) -> tuple[str, list[tuple[int, str]]]:
    """Split the '(Điều n … có hiệu lực …)' note off an article body.

    The note may wrap onto several lines and the first body sentence may be
    glued after its closing parenthesis; both are undone here.
    """
    if not body or not SOURCE_START.match(body[0][1]) or RELATED_NOTE.match(body[0][1]):
        return "", body
    text, depth = "", 0
    for k, (n, line) in enumerate(body):
        end, depth = _close_paren(line, 0, depth)
        text = f"{text} {line[:end]}".strip()
        if depth == 0:
            rest = line[end:].strip()
            tail = body[k + 1:]
            return text, ([(n, rest)] + tail if rest else tail)
        if k >= 5:
            break
    return "", body


def parse_phapdien(text: str, path: str, data: bytes | None = None) -> ParsedSource:
    """Parse one đề mục file into per-original-document Documents."""
    text = nfc(text)
    sha = hashlib.sha256(data if data is not None else text.encode("utf-8")).hexdigest()
    topic_title, lines, _ = _split_lines(text)
    issues: list[ParseIssue] = []
    articles: list[_Article] = []
    # The Bộ pháp điển interleaves the articles of subordinate texts (decrees, circulars) after the
    # principal document's articles, with their own Chương/Mục headings. A structure heading belongs to
    # the document of the article that follows it: the principal document's path is kept apart from
    # each subordinate document's, so a circular's "Mục 2" does not land on the law's next articles.
    main_path: dict[str, str] = {}
    foreign: dict[str, dict[str, str]] = {}
    principal: str | None = None
    pending: list[tuple[str, str]] = []  # (kind, label) since the last article
    title_open = False  # the line after a heading may carry its title in capitals
    order = ("Phần", "Chương", "Mục", "Tiểu mục")

    def apply(path: dict[str, str], ops: list[tuple[str, str]]) -> None:
        for kind, label in ops:
            path[kind] = label
            for deeper in order[order.index(kind) + 1:]:
                path.pop(deeper, None)

    for line_no, line in lines:
        m = HEADING.match(line)
        if m:
            code = m.group(1)
            doc_key = code.rpartition(".")[0]
            if principal is None:
                principal = doc_key
            if doc_key == principal:
                if pending:
                    apply(main_path, pending)
                    foreign.clear()
                current = main_path
            else:
                if pending:
                    own = dict(foreign.get(doc_key, main_path))
                    apply(own, pending)
                    foreign[doc_key] = own
                current = foreign.get(doc_key, main_path)
            pending, title_open = [], False
            articles.append(_Article(
                code=code, title=line[m.end():].strip(), line=line_no,
                heading_path=tuple(current[k] for k in order if k in current),
            ))
            continue
        sm = STRUCTURE.match(line)
        if sm:
            kind = sm.group(1).capitalize() if sm.group(1).isupper() else sm.group(1)
            kind = "Tiểu mục" if kind.lower() == "tiểu mục" else kind
            pending.append((kind, f"{kind} {sm.group(2)}"))
            title_open = True
            continue
        if title_open and line.isupper():
            kind, label = pending[-1]
            pending[-1] = (kind, f"{label}. {line}")
            title_open = False
            continue
        title_open = False
        if articles:
            articles[-1].body.append((line_no, line))
    topic = None
    if articles:
        topic = ".".join(articles[0].code.split(".")[:2])

    docs: dict[str, dict] = {}
    seen: dict[str, str] = {}
    for art in articles:
        note_text, body = _take_source_note(art.body)
        note = parse_source_note(note_text) if note_text else None
        if note is None:
            # Keep the article under its pháp điển code rather than lose it.
            issues.append(ParseIssue(
                path, "warning",
                f"Điều {art.code}: thiếu hoặc không đọc được ghi chú nguồn; lưu theo mã pháp điển",
                art.line,
            ))
            prefix, _, last = art.code.rpartition(".")
            note = SourceNote(article=last, doc_type="Pháp điển", number=None,
                              title=f"mã {prefix}", issued=None, issuer="", effective=None,
                              amendments=())
        related: list[str] = []
        kept: list[tuple[int, str]] = []
        for n, s in body:
            if ATTACHMENT_LINE.match(s):
                continue
            related_note = RELATED_NOTE.match(s)
            if related_note:
                # Notes on a chapter or section are not the article's own links.
                if related_note.group(1) == "Điều":
                    related.extend(RELATED_CODE.findall(s))
            else:
                kept.append((n, s))
        doc_id = doc_id_for(note)
        entry = docs.setdefault(doc_id, {"notes": [], "units": []})
        entry["notes"].append(note)
        art_uid = str(ProvisionId.build(doc_id, note.article))
        if art_uid in seen:
            issues.append(ParseIssue(
                path, "warning",
                f"Điều {note.article} {doc_id} xuất hiện hai lần ({seen[art_uid]} và {art.code}); giữ lần đầu",
                art.line,
            ))
            continue
        seen[art_uid] = art.code
        base = article_sort_key(note.article) * 1000
        article = Unit(
            uid=art_uid, doc_id=doc_id, level="article", label=note.article,
            parent=None, ordinal=base, title=art.title, phapdien_code=art.code,
            source_path=path, source_line=art.line, effective=note.effective,
            amendments=note.amendments, related=tuple(dict.fromkeys(related)),
            heading_path=art.heading_path,
        )
        builder = BodyBuilder(article, path)
        for n, s in kept:
            builder.add_line(s, n)
        entry["units"].append(article)
        entry["units"].extend(builder.units())

    documents = []
    for doc_id, entry in docs.items():
        notes: list[SourceNote] = entry["notes"]
        full = next((n for n in notes if n.title), notes[0])
        documents.append(Document(
            doc_id=doc_id, number=full.number, doc_type=full.doc_type,
            title=full.title, issuer=full.issuer, issued=full.issued,
            effective=min((n.effective for n in notes if n.effective), default=None),
            kind="norm", source_paths=(path,), sha256=sha,
            units=tuple(sorted(entry["units"], key=lambda u: u.ordinal)),
            phapdien_topic=topic,
        ))
    stats = {
        "topic": topic, "topic_title": topic_title, "articles": len(articles),
        "documents": len(documents),
    }
    return ParsedSource(path=path, sha256=sha, documents=tuple(documents),
                        issues=tuple(issues), stats=stats)
