"""Sentences and comparison keys for learning material.

A question quotes one sentence of a provision, so sentences are spans of the
unit's stored text (``unit.text[start:end] == sentence.text``): the evidence a
trainer sees is exactly what the knowledge base holds. ``norm`` is the one
comparison key used by the quiz generator, its tests and the answer-key
verifier, so "05 (năm) ngày làm việc", "5 ngày làm việc" and "05 ngay lam viec"
compare equal everywhere.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kb.vntext import fold as _fold_uncached
from kb.vntext import nfc


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """``kb.vntext.fold``, memoised: one sentence is folded by several extractors."""
    return _fold_uncached(text)

#: Lines that are conversion debris, not law ("Phu luc_ban hanh kem theo NĐ so 59_2023_ND-CP.doc").
_DEBRIS = re.compile(r"(?:\.docx?\b|^phu luc[_ ])", re.IGNORECASE)
#: A sentence ends at . ! ? followed by a space and an upper-case letter, digit or quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(«0-9A-ZĐÀ-Ỹ])")
_NUMBER_WORD_GLOSS = re.compile(r"(\d)\s*\((?:[a-z]+(?: [a-z]+){0,3})\)")
_LEADING_ZEROS = re.compile(r"(?<![\d.,])0+(\d)")
_PERCENT = re.compile(r"(\d)\s+%")
_PUNCT = re.compile(r"[^\w%/]+")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a unit's own text, with its offsets in that text."""

    uid: str
    start: int
    end: int
    text: str


def sentences(uid: str, text: str) -> tuple[Sentence, ...]:
    """Split a unit's text into sentences, dropping conversion debris lines."""
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip() or _DEBRIS.search(fold(line.strip())):
            continue
        cuts = [0] + [m.end() for m in _SENTENCE_END.finditer(line)] + [len(line)]
        for a, b in zip(cuts, cuts[1:]):
            piece = line[a:b]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece:
                s = line_start + a + lead
                out.append(Sentence(uid, s, s + len(piece), piece))
    return tuple(out)


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Comparison key: folded, no punctuation, no leading zeros, no '(năm)' glosses.

    >>> norm("chậm nhất 05 (năm) ngày làm việc") == norm("Chậm nhất 5 ngày làm việc")
    True
    """
    t = fold(nfc(text))
    t = _NUMBER_WORD_GLOSS.sub(r"\1", t)
    t = _PERCENT.sub(r"\1%", t)
    t = _PUNCT.sub(" ", t)
    t = _LEADING_ZEROS.sub(r"\1", t)
    return " ".join(t.split())


def contains(haystack: str, needle: str) -> bool:
    """Whole-word containment of ``needle`` in ``haystack`` after ``norm``."""
    n = norm(needle)
    if not n:
        return False
    return re.search(rf"(?<![\w%/]){re.escape(n)}(?![\w%/])", norm(haystack)) is not None


def shorten(text: str, limit: int = 160) -> str:
    """Cut at a word boundary and mark the cut, for table cells."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(",;: ") + " …"
