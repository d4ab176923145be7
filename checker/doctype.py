"""Which kind of document is this? Heading first, then title cues (``rules/doctypes.yaml``).

A drafter's file says what it is in its type heading ("NGHỊ QUYẾT",
"HƯƠNG ƯỚC"); a quy chế is often issued inside a "QUYẾT ĐỊNH ban hành Quy
chế …", so the title and the opening of the body decide between a commune's,
an agency's and an enterprise's quy chế. ``--type`` overrides the result.
"""
from __future__ import annotations

from dataclasses import dataclass

from checker.rules import DocTypeDef, doctypes
from checker.kinds import cue_regex
from checker.text import InputDoc, fold_keep_length, match_key

UNKNOWN = ""
UNKNOWN_LABEL = "Không xác định"


@dataclass(frozen=True)
class Detection:
    type: str
    label: str
    heading: str  # the heading word found, folded ("nghi quyet"), or ""
    score: int


def _norm(s: str) -> str:
    return " ".join(fold_keep_length(s).replace("*", " ").split())


def _hits(key: str, cues: tuple[str, ...]) -> int:
    return len(cue_regex(tuple(cues)).findall(key))


def find_heading(doc: InputDoc, types: tuple[DocTypeDef, ...]) -> str:
    words = {_norm(h) for t in types for h in t.headings}
    for p in doc.paras[:30]:
        t = _norm(p.text)
        if t in words and p.text.replace("*", "").strip().isupper():
            return t
    if doc.header.doc_type and _norm(doc.header.doc_type) in words:
        return _norm(doc.header.doc_type)
    return ""


def detect(doc: InputDoc, types: tuple[DocTypeDef, ...] | None = None) -> Detection:
    types = types or doctypes()
    heading = find_heading(doc, types)
    title = match_key(doc.title_text)
    opening = match_key(" ".join(p.text for p in doc.paras[:40]))[:4000]
    best: Detection | None = None
    for t in types:
        by_heading = heading and heading in {_norm(h) for h in t.headings}
        if heading and not by_heading:
            continue
        if t.title_cues:
            groups = [(_hits(title, g), _hits(opening, g)) for g in t.title_cues]
            if not all(a or b for a, b in groups):
                continue
            score = sum(3 * a + min(b, 5) for a, b in groups)
        elif by_heading:
            score = 1
        else:
            continue
        if best is None or score > best.score:
            best = Detection(t.id, t.label, heading, score)
    return best or Detection(UNKNOWN, UNKNOWN_LABEL, heading, 0)


def label_of(type_id: str) -> str:
    for t in doctypes():
        if t.id == type_id:
            return t.label
    return UNKNOWN_LABEL


def is_normative(type_id: str) -> bool:
    return any(t.id == type_id and t.normative for t in doctypes())
