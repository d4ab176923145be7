"""Which clause of a hit matches best, and its text with the matched words marked.

Convention (shared with the web UI and ``--json``): matched words are wrapped
in ``[[`` and ``]]``, e.g. ``Nhiệm kỳ của [[Ban Thanh tra nhân dân]] là 02 năm``.
Adjacent matched words form one mark; very common words ("của", "và") are
only marked inside such a run, never alone, and a syllable that is only a
piece of one of the query's words ("hương" of "hương ước") is not marked in
another word ("quê hương").

Both jobs work on the folded clause text (one translation in C per clause;
marking looks each run of letters up in the query's words, so no pattern is
compiled per query). The clause to show is found from a table of the article's folded
words → the clauses holding them (``ArticleClauses``, kept by the engine with the clauses),
one look-up per query word. Pure functions (a marker memoises what it decided).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable, Iterable, Mapping

from kb.search.analysis import WORD, canonical, fold_nfc
from kb.vntext import fold

OPEN, CLOSE = "[[", "]]"
WIDTH = 320  # characters of context shown for a long clause
MIN_IDF = 1.0  # below this a word is too common to be marked on its own
EDGE_IDF = 0.1  # words this common ("của", "và") are trimmed from the ends of a mark


def _words_pattern(words) -> re.Pattern:
    """Whole folded words, numbers allowing leading zeros ("2" finds "02")."""
    alternatives = sorted({(f"0*{w}" if w.isdigit() else re.escape(w)) for w in words if w},
                          key=len, reverse=True)
    if not alternatives:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(alternatives)})(?![^\W_])")


_RUN = re.compile(r"[^\W_]+")  # a run of letters and digits: what ``_words_pattern`` bounds a word by


def _zero_padded(run: str, numbers: frozenset[str]) -> bool:
    """``run`` is one of ``numbers`` after leading zeros ("002" for "2", "00" for "0")."""
    zeros = len(run) - len(run.lstrip("0"))
    return any(run[k:] in numbers for k in range(1, zeros + 1))


@dataclass(frozen=True)
class Marker:
    """Decides which words of a text match the query."""

    canonical: frozenset[str]  # exact-accent matches
    folded: frozenset[str]  # accent-insensitive matches
    idf: Callable[[str], float]  # of a folded syllable
    words: frozenset[str] = frozenset()  # the query's multi-syllable words, folded ("huong_uoc")

    @cached_property
    def all_folded(self) -> frozenset[str]:
        return frozenset(self.folded | {*map(_fold, self.canonical)})

    @cached_property
    def pattern(self) -> re.Pattern:
        return _words_pattern(self.all_folded)

    @cached_property
    def _by_run(self) -> tuple[frozenset[str], frozenset[str]] | None:
        """(words, numbers) when every word is one run of letters and digits, else None.

        Then ``pattern`` matches exactly the runs of ``_RUN`` that are one of the
        words, or one of the numbers after leading zeros: ``matches`` finds them
        with set look-ups, without compiling a pattern for each query.
        """
        words = {w for w in self.all_folded if w}
        if not all(_RUN.fullmatch(w) for w in words):
            return None
        return frozenset(words), frozenset(w for w in words if w.isdigit())

    @cached_property
    def worth(self) -> dict:
        """Runs of matched words (a word, or a tuple of them) → ``_worth_marking``, as found."""
        return {}

    def matches(self, folded: str) -> list[tuple[int, int, str]]:
        """(start, end, word) of every match of ``pattern`` in ``folded``, in order."""
        by_run = self._by_run
        if by_run is None:
            return [(*m.span(), m.group()) for m in self.pattern.finditer(folded)]
        words, numbers = by_run
        out = []
        for m in _RUN.finditer(folded):
            run = m.group()
            if run in words or (run[0] == "0" and numbers and _zero_padded(run, numbers)):
                out.append((*m.span(), run))
        return out

    def matches_in(self, clause: "ClauseWords") -> list[tuple[int, int, str]]:
        """``matches(clause.folded)``, from the clause's runs (each found once per clause, then kept):
        the query's words are looked up among them, not each run among the query's words."""
        by_run = self._by_run
        if by_run is None:
            return self.matches(clause.folded)
        words, numbers = by_run
        runs, zero_led = clause.runs
        out = [(s, e, w) for w in words if w in runs for s, e in runs[w]]
        if numbers:
            out.extend((s, e, run) for run in zero_led
                       if run not in words and _zero_padded(run, numbers) for s, e in runs[run])
        out.sort()
        return out

    @cached_property
    def idf_of(self) -> dict[str, float]:
        """``idf`` of each of the query's folded words, asked once per query (not once per match)."""
        return {w: self.idf(w) for w in self.all_folded}

    @cached_property
    def common(self) -> frozenset[str]:
        """The query's words too common to open or close a mark (idf < ``EDGE_IDF``)."""
        return frozenset(w for w, x in self.idf_of.items() if x < EDGE_IDF)

    @cached_property
    def phrase_parts(self) -> tuple[tuple[tuple[str, ...], frozenset[str], str], ...]:
        """Each multi-syllable word: (its syllables, as a set, as " w1 w2 " for ``ClauseWords.joined``)."""
        out = []
        for w in self.words:
            syllables = tuple(w.split("_"))
            out.append((syllables, frozenset(syllables), f" {' '.join(syllables)} "))
        return tuple(out)

    @cached_property
    def pieces(self) -> frozenset[str]:
        return frozenset(p for w in self.words for p in w.split("_"))

    @cached_property
    def edges(self) -> dict[str, bool]:
        """Matched words → ``edge``, as found (``mark`` reads it before calling ``edge``)."""
        return {}

    def edge(self, word: str) -> bool:
        """Too common to open or close a mark (idf < ``EDGE_IDF``); kept in ``edges``."""
        got = self.edges[word] = word in self.common if word in self.idf_of else self.idf(word) < EDGE_IDF
        return got

    def accepts(self, original: str, folded: str) -> bool:
        """A folded match counts when accents do not matter or are the ones typed."""
        return folded in self.folded or _canonical(original) in self.canonical


@dataclass(frozen=True)
class ClauseWords:
    """A clause's folded words, computed once per clause (engines keep them for recent articles)."""

    words: frozenset[str]
    joined: str  # " w1 w2 … " for multi-word look-ups
    folded: str = ""  # the whole NFC text folded (same length), for ``mark``

    @cached_property
    def runs(self) -> tuple[dict[str, list[tuple[int, int]]], list[str]]:
        """Each run of letters and digits of ``folded`` → its spans, in order; and the runs that
        start with a zero (``Marker.matches_in``)."""
        spans: dict[str, list[tuple[int, int]]] = {}
        for m in _RUN.finditer(self.folded):
            spans.setdefault(m.group(), []).append(m.span())
        return spans, [run for run in spans if run[0] == "0"]

    @cached_property
    def _spellings(self) -> dict[str, dict[str, list[tuple[int, int]]]]:
        return {}

    def spellings(self, run: str, text: str) -> dict[str, list[tuple[int, int]]]:
        """The places of ``run`` (one of ``runs``) grouped by how ``text``, the clause's own text,
        spells them (``canonical``), in order; kept, so a query's marks read no accents again."""
        got = self._spellings.get(run)
        if got is None:
            got = {}
            for s, e in self.runs[0][run]:
                got.setdefault(_canonical(text[s:e]), []).append((s, e))
            self._spellings[run] = got
        return got

    @classmethod
    def of(cls, text: str) -> "ClauseWords":
        folded = fold_nfc(text)
        tokens = WORD.findall(folded)
        return cls(frozenset(tokens), " " + " ".join(tokens) + " ", folded)


@dataclass(frozen=True)
class ArticleClauses:
    """An article's clauses (``ClauseWords``, in order) and, for each folded word, the clauses
    holding it as bits (clause i: 1 << i): ``best_clause`` reads them (engines keep them)."""

    clauses: tuple[ClauseWords, ...]
    where: Mapping[str, int]

    @classmethod
    def of(cls, texts: Iterable[str]) -> "ArticleClauses":
        clauses = tuple(ClauseWords.of(t) for t in texts)
        where: dict[str, int] = {}
        for i, clause in enumerate(clauses):
            for w in clause.words:
                where[w] = where.get(w, 0) | 1 << i
        return cls(clauses, where)


def best_clause(marker: Marker, article: ArticleClauses, known: frozenset[str] = frozenset()) -> int:
    """Which clause ``clause_scorer`` scores highest (the first of those within 1e-9 of each other).

    The query's words are looked up once each in the article's table, and their idfs added
    to the clauses holding them: no set is built per clause.
    """
    rest = marker.all_folded - known
    if not rest:
        known = frozenset()
        rest = marker.all_folded - known  # (a new set: the order its idfs are added in, as before)
    idf, where = marker.idf_of, article.where
    # the query's multi-word terms not all said by the title, each with the clauses holding all of
    # its syllables: only there can " w1 w2 " be said
    phrases = []
    for syllables, as_set, phrase in marker.phrase_parts:
        if not as_set <= known:
            bits = -1
            for syllable in syllables:
                bits &= where.get(syllable, 0)
            if bits:  # no clause holds them all: it adds nothing
                phrases.append((phrase, bits))
    totals: dict[int, float] = {}
    get = where.get
    for w in rest:
        bits = get(w)
        if bits:
            weight = idf[w]
            if bits & (bits - 1) == 0:  # one clause
                i = bits.bit_length() - 1
                totals[i] = totals.get(i, 0) + weight
                continue
            while bits:
                low = bits & -bits
                i = low.bit_length() - 1
                totals[i] = totals.get(i, 0) + weight
                bits ^= low
    best, best_score = 0, 0.0
    clauses = article.clauses
    for i in sorted(totals):
        score = totals[i]
        if phrases:
            joined = clauses[i].joined
            score += sum(1 for p, bits in phrases if bits >> i & 1 and p in joined)
        if score > best_score + 1e-9:
            best, best_score = i, score
    return best


def unit_score(text: str | ClauseWords, marker: Marker, known: frozenset[str] = frozenset()) -> float:
    """How well a clause matches: its distinct query words (folded) weighted by
    rarity, plus one point per distinct multi-word term of the query it holds.

    Words in ``known`` (those of the article's title, which every clause
    shares) do not count — unless the query has no other word.
    """
    return clause_scorer(marker, known)(text if isinstance(text, ClauseWords) else ClauseWords.of(text))


def clause_scorer(marker: Marker, known: frozenset[str] = frozenset()) -> Callable[[ClauseWords], float]:
    """``unit_score`` of the clauses of one article: what the article's title decides is done once."""
    if not marker.all_folded - known:
        known = frozenset()
    wanted, idf = marker.all_folded, marker.idf_of.__getitem__
    # the query's multi-word terms not all said by the title, as " w1 w2 " (None: the query has none)
    phrases = [f" {w.replace('_', ' ')} " for w in marker.words if not set(w.split("_")) <= known] \
        if marker.words else None

    def score(clause: ClauseWords) -> float:
        found = (wanted & clause.words) - known
        if not found:
            return 0.0
        total = sum(map(idf, found))
        if phrases is not None:
            total += sum(1 for p in phrases if p in clause.joined)
        return total

    return score


def mark(text: str, marker: Marker, width: int = WIDTH, folded: str | None = None,
         clause: ClauseWords | None = None) -> str:
    """``text`` (or its best window) with matched runs wrapped in [[ ]].

    ``folded``: ``fold_nfc(text)`` when the caller already has it (``ClauseWords.folded``);
    ``clause``: the text's ``ClauseWords``, when the caller has them (its runs are kept there).
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if clause is not None and len(clause.folded) == len(text):
        folded = clause.folded
    else:
        clause = None
    if folded is None or len(folded) != len(text):
        folded = fold_nfc(text)
    worth = marker.worth
    if clause is not None and marker._by_run is not None:
        spans, words = _accepted_in(marker, clause, text)
    else:
        spans, words = _accepted(marker, text, folded)
    edges = marker.edges
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        j = i + 1
        while j < len(spans) and (spans[j - 1][1] == spans[j][0] or text[spans[j - 1][1]:spans[j][0]].isspace()):
            j += 1
        a, b = i, j  # the run spans[a:b], its very common words trimmed from both ends
        while a < b and (edges.get(words[a]) if words[a] in edges else marker.edge(words[a])):
            a += 1
        while a < b and (edges.get(words[b - 1]) if words[b - 1] in edges else marker.edge(words[b - 1])):
            b -= 1
        if a < b:
            key = words[a] if b - a == 1 else tuple(words[a:b])
            ok = worth.get(key)
            if ok is None:
                ok = worth[key] = _worth_marking(words[a:b], marker)
            if ok:
                runs.append((spans[a][0], spans[b - 1][1]))
        i = j
    start, end = _window(text, runs, width)
    out, pos = [], start
    for s, e in runs:
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


def _accepted(marker: Marker, text: str, folded: str) -> tuple[list[tuple[int, int]], list[str]]:
    """The matches ``mark`` keeps, in order: their spans, and their words (folded, a number's
    leading zeros dropped) — ``Marker.matches`` filtered by ``Marker.accepts``."""
    by_folded, by_canonical = marker.folded, marker.canonical
    spans, words = [], []
    for s, e, word in marker.matches(folded):
        if word[:1].isdigit():
            word = word.lstrip("0") or "0"
        if word in by_folded or _canonical(text[s:e]) in by_canonical:  # Marker.accepts
            spans.append((s, e))
            words.append(word)
    return spans, words


def _accepted_in(marker: Marker, clause: ClauseWords, text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """``_accepted(marker, text, clause.folded)`` from the clause's runs (``Marker.matches_in``):
    a word ``marker.folded`` holds is kept at each of its places without reading its accents."""
    words, numbers = marker._by_run
    runs, zero_led = clause.runs
    by_folded, by_canonical = marker.folded, marker.canonical
    found = []
    for w in words:
        places = runs.get(w)
        if places is None:
            continue
        word = (w.lstrip("0") or "0") if w[:1].isdigit() else w
        if word in by_folded:
            found.extend([(s, e, word) for s, e in places])
        else:
            for spelling, at in clause.spellings(w, text).items():
                if spelling in by_canonical:
                    found.extend([(s, e, word) for s, e in at])
    if numbers:
        for run in zero_led:
            if run not in words and _zero_padded(run, numbers):
                word = run.lstrip("0") or "0"
                found.extend([(s, e, word) for s, e in runs[run]
                              if word in by_folded or _canonical(text[s:e]) in by_canonical])
    found.sort()  # places are distinct: by start
    return [(s, e) for s, e, _ in found], [w for _, _, w in found]


_fold = lru_cache(maxsize=65536)(fold)  # a query's syllables: the same few thousand recur


@lru_cache(maxsize=65536)
def _canonical(word: str) -> str:
    return canonical(word)


def _worth_marking(folded: list[str], marker: Marker) -> bool:
    """A run is marked when it holds one of the query's words whole, or a
    syllable of the query that is not just a piece of one of its words."""
    joined = "_".join(folded)
    inside = f"_{joined}_"
    if any(w == joined or f"_{w}_" in inside for w in marker.words):
        return True
    pieces = marker.pieces
    loose = [f for f in folded if f not in pieces]
    if len(folded) > 1:
        return any(len(f) > 1 for f in loose)
    return len(loose) == 1 and len(loose[0]) > 1 and marker.idf(loose[0]) >= MIN_IDF


def _window(text: str, runs: list[tuple[int, int]], width: int) -> tuple[int, int]:
    """The ``width``-character span holding the most marked runs, cut at word edges."""
    if len(text) <= width:
        return 0, len(text)
    # runs are in order and do not overlap: those inside [s, s + width] are a slice of them
    starts, ends = [a for a, _ in runs], [b for _, b in runs]
    best_start, best_count = 0, -1
    for s0, _ in runs or [(0, 0)]:
        s = max(0, s0 - 40)
        count = max(0, bisect_right(ends, s + width) - bisect_left(starts, s))
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
