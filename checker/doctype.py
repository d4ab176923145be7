"""Which kind of document is this? Heading first, then title cues (``rules/doctypes.yaml``).

A drafter's file says what it is in its type heading ("NGHỊ QUYẾT",
"HƯƠNG ƯỚC THÔN ĐÔNG LÂM", "BẢN HƯƠNG ƯỚC CỦA THÔN …"); a quy chế is often issued
inside a "QUYẾT ĐỊNH ban hành Quy chế …", so the title and the opening of the
body decide between a commune's, an agency's and an enterprise's quy chế. A
heading the checker has no rules for (công văn, tờ trình, …) or a quy chế of a
private school or company leaves the type unknown: general rules only. The
``Detection`` says which cue decided, for the report. ``--type`` overrides it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.kinds import cue_regex
from checker.ruledata import DOCTYPES_FILE, RULES_DIR, DocTypeDef, doctypes, read_yaml
from checker.text import InputDoc, fold_keep_length, match_key
from corpus.official import AMENDMENT_PREFIX, HEAD_BRACKETS

UNKNOWN = ""
UNKNOWN_LABEL = "Không xác định"
OFFICIAL_LETTER = "cong van"
_DECISION = "quyet dinh"  # the folded heading of a decision  # folded heading given to a header with a "V/v …" line


@dataclass(frozen=True)
class Detection:
    type: str
    label: str
    heading: str  # the heading word found, folded ("nghi quyet"), or ""
    score: int
    cue: str = ""  # Vietnamese: what decided ("tiêu đề «HƯƠNG ƯỚC THÔN ĐÔNG LÂM»; …")
    #: the type's attributes read from the text (``owner``): an employer's quy chế is "nha_nuoc" or "ngoai_nha_nuoc",
    #: with "chon_muc_1" when a non-state employer chose the state-enterprise section (Law 10/2022 Art. 82.2), none when
    #: the text does not say who owns it
    variants: tuple[str, ...] = ()


def _norm(s: str) -> str:
    return " ".join(fold_keep_length(s).replace("*", " ").split())


@lru_cache(maxsize=4)
def _settings(path: str | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(heading prefixes, other headings) from the doctypes file."""
    raw = read_yaml(RULES_DIR / DOCTYPES_FILE) if path is None else read_yaml(path)
    # the file's prefix words ("BẢN"), then an amendment's heading read as the text it amends ("NỘI DUNG SỬA ĐỔI, BỔ
    # SUNG MỘT SỐ ĐIỀU CỦA HƯƠNG ƯỚC …": ``corpus.official.AMENDMENT_PREFIX``, the header reader's own pattern, folded)
    return (tuple(re.escape(_norm(x)) for x in raw.get("heading_prefixes", []) or ()) + (fold_keep_length(AMENDMENT_PREFIX),),
            tuple(_norm(x) for x in raw.get("other_headings", []) or ()))


@lru_cache(maxsize=16)
def _heading_regex(words: tuple[str, ...], prefixes: tuple[str, ...]) -> re.Pattern:
    pre = "|".join(f"(?:{p})" for p in prefixes)
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^(?:(?:{pre})\s+){{0,2}}({alts})(?:\s+\S.*)?$" if pre else rf"^({alts})(?:\s+\S.*)?$")


_STOP = re.compile(r"^(Điều\s+\d|Chương\s+[IVXLC\d]|CHƯƠNG\s(?!TRÌNH\b)|Phần\s+thứ|PHẦN\s+THỨ|[IVX]{1,4}\.\s|Căn cứ)")
_LETTER = re.compile(r"^V/v\b|^V/V\b")


def _is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


_BASIS_LINE = re.compile(r"(?:Căn\s+cứ|Xét\s+(?:đề\s+nghị|tờ\s+trình))\b", re.I)


#: A two-column heading flattened onto one line, its parts joined by a dash or a bar: "UBND TỈNH BẠCH TRÚC / SỞ XÂY
#: DỰNG — Số: 35/KH-SXD — Bạch Trúc, ngày 12 tháng 01 năm 2026 — KẾ HOẠCH thực hiện dân chủ …" (unseen77 u77-06)
_FLAT_PARTS = re.compile(r"\s+[—–|]\s+")


#: an extract's elision mark at a line's end («.....», «…», «[...]»): the lines left out of an extract, which the layout
#: reader joins to the heading above them («QUY CHẾ DÂN CHỦ Ở CƠ SỞ TẠI NƠI LÀM VIỆC (Ban hành kèm theo …) .....»,
#: unseen84 u84-24) — no word of the heading
_ELIDED = re.compile(r"(?:\s*(?:\.{3,}|…+|[\[(]\s*(?:\.{3,}|…)\s*[\])]))+\s*$")


#: s33-ct (lawful16 lw16-29): a note in capitals in brackets straight after the type word, the title after it on the
#: same line — «KẾ HOẠCH (PHƯƠNG ÁN) Tổ chức cuộc họp …», «QUY CHẾ (SỬA ĐỔI) Thực hiện dân chủ …» — is part of the heading
_HEAD_NOTE = re.compile(r"^(?P<head>[^()]{2,60}?)\s*\((?P<note>[^()]{2,40})\)\s+(?=\S)")


def _without_head_note(text: str, rx: re.Pattern) -> str:
    m = _HEAD_NOTE.match(text)
    if m and _is_caps(m.group("head")) and _is_caps(m.group("note")) and rx.match(_norm(m.group("head"))):
        return f"{m.group('head')} {text[m.end():]}"
    return text


def _heading_of(text: str, rx: re.Pattern, in_header: bool) -> str:
    """The folded heading word when ``text`` is a type heading, else ""."""
    text = _ELIDED.sub("", text) or text
    text = _without_head_note(text, rx)
    m = rx.match(_norm(text))
    if not m:
        return ""
    # "HƯƠNG ƯỚC THÔN LÒ TRÊN (xã Bát Lò, huyện Gia Nung)": a heading in capitals with its place, or its extract and
    # recognition notes, in brackets
    if _is_caps(HEAD_BRACKETS.sub("", text)) and len(text) <= 160:
        return m.group(1)
    # "QUYẾT ĐỊNH Ban hành Quy chế …": the type word in capitals, the title on the same line
    head = len(m.group(0).split()) - len(m.group(0)[m.end(1):].split())
    tokens = text.split()
    if head < len(tokens) and _is_caps(" ".join(tokens[:head])) and not _is_caps(tokens[head]) \
            and tokens[head][:1].isupper():
        return m.group(1)
    # "KẾ HOẠCH LIÊN TỊCH thực hiện dân chủ ở Công ty năm 2024": the type word and its qualifier in capitals, the
    # title after them in lower case; "KẾ HOẠCH thực hiện dân chủ ở cơ sở trên địa bàn xã Cồn Giang năm 2024",
    # "BÁO CÁO kết quả hoạt động năm 2025 …": the title straight after the type word, in lower case — in the
    # heading only (a body sentence never opens on a type word in capitals before the first Điều or section)
    caps = next((k for k, w in enumerate(tokens) if any(c.isalpha() and not c.isupper() for c in w)), len(tokens))
    if (head < caps or head == caps and in_header) and caps < len(tokens) \
            and _is_caps(" ".join(tokens[:caps])) and tokens[caps][:1].islower():
        return m.group(1)
    return ""


def find_heading(doc: InputDoc, types: tuple[DocTypeDef, ...]) -> tuple[str, str]:
    """(folded heading word, the paragraph it was read from), or ("", "")."""
    prefixes, others = _settings()
    words = tuple(dict.fromkeys([_norm(h) for t in types for h in t.headings] + list(others)))
    rx = _heading_regex(words, prefixes)
    letter = ""  # a "V/v …" line makes a công văn unless a type heading follows ("KẾ HOẠCH" under a V/v)
    for k, p in enumerate(doc.paras[:60]):
        text = p.text.replace("*", "").strip()
        if k and _STOP.match(text):
            break
        if _LETTER.match(text):
            letter = letter or text
            continue
        if len(text) > 300:
            continue
        found = _heading_of(text, rx, p.zone == "header")
        if found:
            return found, text
        # s34-ct (lawful18 l20): the heading's input lines with a line of text the reader joined to them — "HƯƠNG ƯỚC
        # THÔN BẾN ĐÁ (sửa đổi, bổ sung năm 2025) / (Công nhận tại Quyết định …) / Lời nói đầu: Thôn …;" — read the
        # heading from its leading input lines, the first of them in capitals
        if p.zone == "header" and len(p.seg_starts) > 1 and _is_caps(HEAD_BRACKETS.sub("", p.text[:p.seg_starts[1]].rstrip())):
            lead = next((t for i in range(len(p.seg_starts) - 1, 0, -1)
                         if (t := p.text[:p.seg_starts[i]].replace("*", "").strip())
                         and _heading_of(t, rx, True)), "")
            if lead:
                return _heading_of(lead, rx, True), lead
        # a flattened heading: its last part is the type heading, when the parts before it are the issuer, the number
        # and the place and date
        parts = _FLAT_PARTS.split(text) if p.zone == "header" else []
        if len(parts) > 2 and (found := _heading_of(parts[-1], rx, True)):
            return found, parts[-1]
    if letter:
        return OFFICIAL_LETTER, letter
    if doc.header.doc_type and _norm(doc.header.doc_type) in words:
        return _norm(doc.header.doc_type), doc.header.doc_type
    return "", ""


def _hits(key: str, cues: tuple[str, ...], original: str = "") -> list[str]:
    """The matched words, as written in ``original`` (the key has the same length)."""
    src = original or key
    return [src[m.start():m.end()] for m in cue_regex(tuple(cues)).finditer(key)]


def attached_heading(doc: InputDoc) -> tuple[str, str]:
    """The heading of a document attached after the closing ("QUYẾT ĐỊNH công nhận …" followed by
    the "HƯƠNG ƯỚC" it recognises), folded, and its text; or ("", "")."""
    prefixes, _ = _settings()
    for p in doc.paras:
        if p.zone == "body" and p.section.endswith("kèm theo") and p.section == p.where:
            text = p.text.replace("*", "").strip()
            for pre in prefixes:
                m = re.match(rf"(?:{pre})\s+", _norm(text))
                if m:
                    text = text[m.end():].strip()
                    break
            return _norm(p.section[: -len("kèm theo")]), p.text
    return "", ""


_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")


def owner(doc: InputDoc, t: DocTypeDef) -> tuple[tuple[str, ...], str]:
    """(the variants, the words that decided) of an employer's quy chế by who owns the employer
    (``DocTypeDef.owner``); ((), "") for a type without it or a text that does not say.

    Law 10/2022 Art. 2.4 parts the employers into state enterprises (Chương IV Mục 1) and the others "thuộc khu vực
    ngoài Nhà nước" (Art. 82: Chương I and the labour law, unless they choose Mục 1, Art. 82.2); the Enterprise Law
    2020 (Art. 4.11, 88) makes an enterprise a state one when the State holds more than half of its charter capital.
    So the State's share written as a figure decides first ("Nhà nước nắm giữ 62% vốn điều lệ"); then words placing
    the employer outside the State sector ("doanh nghiệp ngoài Nhà nước", "100% vốn đầu tư nước ngoài", "không phải
    doanh nghiệp nhà nước", "Căn cứ Điều 82 …") — which a text of a state enterprise has no cause to write, while a
    private company's text names "doanh nghiệp nhà nước" only as the regime it does not follow; then words saying
    the State owns it. An employer that chooses the state-enterprise section in one paragraph ("Công ty lựa chọn áp
    dụng thêm quy định về hội nghị người lao động của doanh nghiệp nhà nước") is a non-state one that chose it (the
    choice is only theirs, Art. 82.2): the not-state variant and the chosen one.
    """
    o = t.owner
    if o is None:
        return (), ""
    src = doc.text
    key = match_key(src)
    if o.share:
        for m in cue_regex(tuple(o.share)).finditer(key):
            fig = _FIGURE.search(key, m.start(), m.end())
            if fig:
                value = float(fig.group(0).replace(",", "."))
                said = src[m.start():m.end()]
                if re.search(r"\btrên\b|\btren\b", key[m.start():fig.start()]):  # "trên 50%": more than the figure
                    value += 0.001
                return ((o.state_variant,) if value > o.more_than else (o.not_state_variant,)), f"«{said}»"
    outside = _hits(key, o.not_state, src)
    # the choice of Art. 82.2 is itself a non-state employer's word, said or not beside it
    for p in doc.paras if o.chose_state else ():
        pk = match_key(p.text)
        found = [_hits(pk, g, p.text) for g in o.chose_state]
        if all(found):
            said = f"«{outside[0]}»; " if outside else ""
            return (o.not_state_variant, o.chose_variant), f"{said}«{found[0][0]} … {found[-1][0]}»"
    if outside:
        return (o.not_state_variant,), f"«{outside[0]}»"
    state = _hits(key, o.state, src)
    if state:
        return (o.state_variant,), f"«{state[0]}»"
    return (), ""


def detect(doc: InputDoc, types: tuple[DocTypeDef, ...] | None = None) -> Detection:
    """The type by the first heading; when nothing fits it, by the heading of an attached document."""
    types = types or doctypes()
    heading, heading_text = find_heading(doc, types)
    first = _detect(doc, types, heading, heading_text)
    if first.type:
        return first
    att, att_text = attached_heading(doc)
    if att and att != heading:
        second = _detect(doc, types, att, att_text)
        if second.type:
            return Detection(second.type, second.label, second.heading, second.score,
                             f"{second.cue} (văn bản kèm theo «{heading_text}»)", second.variants)
    return first


def _detect(doc: InputDoc, types: tuple[DocTypeDef, ...], heading: str, heading_text: str) -> Detection:
    title_text = doc.title_text
    # the texts a document rests on are not its subject ("Căn cứ Quy chế thực hiện dân chủ ở phường …" in a decision
    # to consult the people on a draft plan): the lines of the preamble that cite them are not read for cues
    opening_text = " ".join(p.text for p in doc.paras[:40] if not _BASIS_LINE.match(p.text.lstrip("*- ")))[:4000]
    title, opening = match_key(title_text), match_key(opening_text)
    who = match_key(f"{doc.title_text} {doc.header.issuer}")
    whole: str | None = None
    best: Detection | None = None
    unmet = ""  # a type whose heading and title fit, ruled out by its exclude or document cues (``unmet_note``)
    for t in types:
        by_heading = bool(heading) and heading in {_norm(h) for h in t.headings}
        if heading and not by_heading:
            continue
        ruled_out = bool(t.exclude_cues and _hits(who, t.exclude_cues))
        if not ruled_out and t.document_cues:
            whole = whole if whole is not None else match_key(doc.text)
            ruled_out = not all(_hits(whole, g) for g in t.document_cues)
        # an employer's quy chế under no heading of its own (a letter, a list, an e-mail that names the quy chế) is read
        # as one only when it says who owns the employer
        if not ruled_out and t.owner is not None and not by_heading:
            ruled_out = not owner(doc, t)[0]
        if ruled_out:
            if t.unmet_note and not unmet and t.title_cues and \
                    all(_hits(title, g) or _hits(opening, g) for g in t.title_cues):
                unmet = t.unmet_note
            continue
        cues: list[str] = []
        if t.title_cues:
            groups = [(_hits(title, g, title_text), _hits(opening, g, opening_text)) for g in t.title_cues]
            if not all(a or b for a, b in groups):
                continue
            # a decision says in its title what it issues ("QUYẾT ĐỊNH / Ban hành Quy chế …"): one whose title names
            # something else ("Về việc công nhận Trưởng thôn …", "Về việc lấy ý kiến … dự thảo Kế hoạch …") only
            # mentions the quy chế in its body
            if heading == _DECISION and title and not groups[0][0]:
                continue
            score = sum(3 * len(a) + min(len(b), 5) for a, b in groups)
            cues = [(a or b)[0] for a, b in groups]
        elif by_heading:
            score = 1
        else:
            continue
        if best is None or score > best.score:
            parts = [f"tiêu đề «{heading_text}»"] if heading_text else []
            if cues:
                parts.append("từ khóa " + ", ".join(f"«{c}»" for c in dict.fromkeys(cues)))
            best = Detection(t.id, t.label, heading, score, "; ".join(parts))
    if best:
        t = next(x for x in types if x.id == best.type)
        if t.owner is not None:
            variants, said = owner(doc, t)
            if variants:
                return Detection(best.type, best.label, best.heading, best.score,
                                 f"{best.cue}; chủ sở hữu: {said}" if best.cue else f"chủ sở hữu: {said}", variants)
        return best
    if unmet:
        cue = f"tiêu đề «{heading_text}»: {unmet}" if heading_text else unmet
    else:
        cue = f"tiêu đề «{heading_text}» không thuộc loại văn bản nào có quy tắc riêng" if heading_text else ""
    return Detection(UNKNOWN, UNKNOWN_LABEL, heading, 0, cue)


def label_of(type_id: str) -> str:
    for t in doctypes():
        if t.id == type_id:
            return t.label
    return UNKNOWN_LABEL


def is_normative(type_id: str) -> bool:
    return any(t.id == type_id and t.normative for t in doctypes())
