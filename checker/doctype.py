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
from corpus.official import AMENDMENT_PREFIX

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
    return re.compile(rf"^(?:(?:{pre})\s+)?({alts})(?:\s+\S.*)?$" if pre else rf"^({alts})(?:\s+\S.*)?$")


_STOP = re.compile(r"^(Điều\s+\d|Chương\s+[IVXLC\d]|CHƯƠNG\s(?!TRÌNH\b)|Phần\s+thứ|PHẦN\s+THỨ|[IVX]{1,4}\.\s|Căn cứ)")
_LETTER = re.compile(r"^V/v\b|^V/V\b")


def _is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


_BASIS_LINE = re.compile(r"(?:Căn\s+cứ|Xét\s+(?:đề\s+nghị|tờ\s+trình))\b", re.I)
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")


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
        m = rx.match(_norm(text))
        if not m:
            continue
        # "HƯƠNG ƯỚC THÔN LÒ TRÊN (xã Bát Lò, huyện Gia Nung)": a heading in capitals with its place in brackets
        if _is_caps(_TRAILING_BRACKET.sub("", text)) and len(text) <= 160:
            return m.group(1), text
        # "QUYẾT ĐỊNH Ban hành Quy chế …": the type word in capitals, the title on the same line
        head = len(m.group(0).split()) - len(m.group(0)[m.end(1):].split())
        words = text.split()
        if head < len(words) and _is_caps(" ".join(words[:head])) and not _is_caps(words[head]) \
                and words[head][:1].isupper():
            return m.group(1), text
        # "KẾ HOẠCH LIÊN TỊCH thực hiện dân chủ ở Công ty năm 2024": the type word and its qualifier in capitals, the
        # title after them in lower case
        caps = next((k for k, w in enumerate(words) if any(c.isalpha() and not c.isupper() for c in w)), len(words))
        if head < caps < len(words) and _is_caps(" ".join(words[:caps])) and words[caps][:1].islower():
            return m.group(1), text
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
                             f"{second.cue} (văn bản kèm theo «{heading_text}»)")
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
