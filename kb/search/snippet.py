"""Which clause of a hit matches best, and its text with the matched words marked.

Convention (shared with the web UI and ``--json``): matched words are wrapped
in ``[[`` and ``]]``, e.g. ``Nhiệm kỳ của [[Ban Thanh tra nhân dân]] là 02 năm``.
Adjacent matched words form one mark; very common words ("của", "và") are
only marked inside such a run, never alone. Pure functions.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cached_property
from typing import Callable

from kb.search.analysis import WORD, canonical, fold_nfc, folded_tokens
from kb.vntext import fold

OPEN, CLOSE = "[[", "]]"
WIDTH = 320  # characters of context shown for a long clause
MIN_IDF = 1.0  # below this a word is too common to be marked on its own
EDGE_IDF = 0.1  # words this common ("của", "và") are trimmed from the ends of a mark


@dataclass(frozen=True)
class Marker:
    """Decides which words of a text match the query."""

    canonical: frozenset[str]  # exact-accent matches
    folded: frozenset[str]  # accent-insensitive matches
    idf: Callable[[str], float]  # of a folded syllable
    words: frozenset[str] = frozenset()  # the query's multi-syllable words, folded ("huong_uoc")

    @cached_property
    def canonical_folded(self) -> frozenset[str]:
        return frozenset(fold(c) for c in self.canonical)

    def matches(self, key: str, folded: str) -> bool:
        return key in self.canonical or folded in self.folded


def unit_score(text: str, words: frozenset[str], idf: Callable[[str], float],
               phrases: tuple[str, ...] = ()) -> float:
    """How well a clause matches: its distinct query words (folded) weighted by
    rarity, plus one point per multi-word term of the query it contains."""
    tokens = folded_tokens(text)
    score = sum(idf(f) for f in words.intersection(tokens))
    if phrases:
        joined = " " + " ".join(tokens) + " "
        score += sum(1.0 for p in phrases if f" {p.replace('_', ' ')} " in joined)
    return score


def _tokens(text: str, marker: Marker) -> tuple[list[tuple[int, int, str, str]], list[bool]]:
    """Word spans of ``text`` with their folded form, and whether each matches the query.

    The canonical (accented) form is computed only for words whose folded form
    could match: most words of a clause cannot.
    """
    folded_text = fold_nfc(text)
    candidates = marker.folded | marker.canonical_folded
    tokens, hit = [], []
    for m in WORD.finditer(folded_text):
        s, e = m.span()
        f = m.group()
        if f[0].isdigit():
            f = f.lstrip("0") or "0"
        ok = f in candidates and (f in marker.folded or canonical(text[s:e]) in marker.canonical)
        tokens.append((s, e, "", f))
        hit.append(ok)
    return tokens, hit


def mark(text: str, marker: Marker, width: int = WIDTH) -> str:
    """``text`` (or its best window) with matched runs wrapped in [[ ]]."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    tokens, hit = _tokens(text, marker)
    runs: list[tuple[int, int]] = []  # token index ranges [a, b)
    i = 0
    while i < len(tokens):
        if not hit[i]:
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and hit[j] and text[tokens[j - 1][1]:tokens[j][0]].strip() == "":
            j += 1
        a, b = i, j
        while a < b and marker.idf(tokens[a][3]) < EDGE_IDF:
            a += 1
        while b > a and marker.idf(tokens[b - 1][3]) < EDGE_IDF:
            b -= 1
        if _worth_marking(tokens[a:b], marker):
            runs.append((a, b))
        i = j
    start, end = _window(text, tokens, runs, width)
    out, pos = [], start
    for a, b in runs:
        s, e = tokens[a][0], tokens[b - 1][1]
        if s < start or e > end:
            continue
        out.append(text[pos:s])
        out.append(OPEN + text[s:e] + CLOSE)
        pos = e
    out.append(text[pos:end])
    snippet = "".join(out).strip()
    if start > 0:
        snippet = "…" + snippet
    if end < len(text):
        snippet += "…"
    return snippet


def _worth_marking(run, marker: Marker) -> bool:
    """A run is marked when it holds one of the query's words whole, or a
    syllable of the query that is not just a piece of one of its words
    ("hương" of "hương ước" is not marked in "quê hương")."""
    if not run:
        return False
    folded = [t[3] for t in run]
    joined = "_".join(folded)
    if any(w == joined or f"_{w}_" in f"_{joined}_" for w in marker.words):
        return True
    pieces = {p for w in marker.words for p in w.split("_")}
    loose = [f for f in folded if f not in pieces]
    if len(run) > 1 and any(len(f) > 1 for f in loose):
        return True
    if len(run) == 1:
        return len(loose) == 1 and len(loose[0]) > 1 and marker.idf(loose[0]) >= MIN_IDF
    return False


def _window(text: str, tokens, runs, width: int) -> tuple[int, int]:
    """The ``width``-character span holding the most marked runs, cut at word edges."""
    if len(text) <= width:
        return 0, len(text)
    best_start, best_count = 0, -1
    for a, _ in runs or [(0, 0)]:
        s = max(0, tokens[a][0] - 40) if tokens else 0
        count = sum(1 for x, y in runs if tokens[x][0] >= s and tokens[y - 1][1] <= s + width)
        if count > best_count:
            best_start, best_count = s, count
    start = best_start
    if start > 0:
        space = text.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return start, end
