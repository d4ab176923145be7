"""Re-ranking BM25's first candidates by how much of the query one clause holds.

BM25 adds up the query's words over a whole article: a long article that
mentions "Ban công tác Mặt trận" in ten clauses and "khu dân cư" in none can
beat the one clause that says "Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã thành
lập Ban công tác Mặt trận ở … khu dân cư". Here each of the first ``TOP``
candidates is scored by its best clause: the share of the query's words
(weighted by idf) that the clause and the article's title hold together,
``coverage`` in [0, 1]; its score is multiplied by ``1 + GAIN · coverage^POWER``.
The power makes the signal count mostly for a clause that holds nearly all of
the query: a clause holding half of it gains 1/8 of the full bonus.

A quiz question is several readings ("stem + choice A", "stem + choice B", …,
``ParsedQuery.readings``): a clause is scored by the reading it holds best, so
the article that states the right choice next to the stem's words wins over
one that mentions a bit of every choice.

Measured on the two tuning sets (bench/search_quality.py; dev1 = search_dev,
dev3 = search_dev3), R@1 / MRR@10 before → after: dev1 0.839/0.903 →
0.916/0.950, dev3 0.750/0.833 → 0.85/0.90 (with the named-document candidates
of the engine). TOP 10, 20 and 30 alike; GAIN 0.8–1.2 with POWER 3 on a plateau,
POWER 6 or GAIN 2 worse.

Cost: one dictionary look-up per query word and candidate (each article's
folded words map to the clauses holding them, as bits), then a small set per
clause holding one of them; ``ArticleWords`` keeps those maps for recently seen
articles, so only an article not seen lately costs a look-up of its clauses.
"""
from __future__ import annotations

import sys
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from kb.search.analysis import folded_tokens

TOP = 10  # candidates re-scored
GAIN = 1.0
POWER = 3
CACHE = 10_000  # articles whose folded words are kept (~4 kB each on average)


@dataclass(frozen=True)
class ArticleText:
    """An article's folded words, each with the clauses that hold it, and its title's folded words."""

    clauses: int  # how many
    where: Mapping[str, int]  # folded word → the clauses holding it, as bits (clause i: 1 << i)
    title: frozenset[str]

    @classmethod
    def of(cls, title: str, clauses: Iterable[str]) -> "ArticleText":
        where: dict[str, int] = {}
        n = 0
        for n, text in enumerate(clauses, start=1):
            bit = 1 << (n - 1)
            for w in set(folded_tokens(text)):
                w = sys.intern(w)  # the corpus's words, shared by every article kept
                where[w] = where.get(w, 0) | bit
        return cls(n, where, frozenset(folded_tokens(title)))


class ArticleWords:
    """Folded text of recently re-ranked articles (LRU), loaded by ``load(uid)``."""

    def __init__(self, load: Callable[[str], ArticleText], size: int = CACHE):
        self._load, self._size = load, size
        self._got: OrderedDict[str, ArticleText] = OrderedDict()

    def __call__(self, uid: str) -> ArticleText:
        got = self._got.get(uid)
        if got is None:
            got = self._got[uid] = self._load(uid)
            if len(self._got) > self._size:
                self._got.popitem(last=False)
        else:
            self._got.move_to_end(uid)
        return got


def coverage(readings: tuple[frozenset[str], ...], idf: dict[str, float],
             article: ArticleText) -> float:
    """Largest idf share of one reading that one clause (with the article's title) holds."""
    return _coverage(readings, frozenset().union(*readings), [sum(idf[w] for w in r) for r in readings],
                     idf, article)


def _coverage(readings: tuple[frozenset[str], ...], union: frozenset[str], totals: list[float],
              idf: dict[str, float], article: ArticleText) -> float:
    """``coverage``, given what depends on the query only: its words and each reading's idf total."""
    where = article.where
    # the query's words some clause holds, each with its clauses (a set's order, kept below)
    held = [(w, where[w]) for w in union - article.title if w in where]
    titled = [sum(idf[w] for w in r & article.title) for r in readings]
    some = 0
    for _, bits in held:
        some |= bits
    # every clause holding none of them scores alike: it is looked at once (clause -1)
    clauses = [i for i in range(article.clauses) if some >> i & 1]
    if len(clauses) < article.clauses or not clauses:
        clauses.append(-1)
    best = 0.0
    for i in clauses:
        # built in the same order whatever the clause, so the sums below add in the same order
        found = {w for w, bits in held if bits >> i & 1} if i >= 0 else set()
        for reading, total, base in zip(readings, totals, titled):
            if total > 0:
                share = (base + sum(idf[w] for w in found & reading)) / total
                if share > best:
                    best = share
    return best


def rerank(ranked: list[tuple[float, str]], readings: tuple[frozenset[str], ...],
           idf: Callable[[str], float], article: Callable[[str], ArticleText],
           top: int = TOP) -> list[tuple[float, str]]:
    """``ranked`` (score, article uid), best first, with its first ``top`` re-scored."""
    if not readings or not ranked:
        return ranked
    union = frozenset().union(*readings)
    weights = {w: idf(w) for w in union}
    totals = [sum(weights[w] for w in r) for r in readings]
    head = [(score * (1.0 + GAIN * _coverage(readings, union, totals, weights, article(uid)) ** POWER), uid)
            for score, uid in ranked[:top]]
    out = head + ranked[top:]
    out.sort(key=lambda x: -x[0])
    return out
