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

A clause that sends its matter to another text ("… thì thực hiện theo quy
định của Chính phủ": ``DELEGATES``) names the question's words without
answering it: its share counts × ``DELEGATED``, so the article of the decree
that does answer it comes first. Law 10/2022 Art. 18.1 ("trường hợp cuộc họp
để bầu, cho thôi làm Trưởng thôn … thì thực hiện theo quy định của Chính
phủ") held every word of "ai triệu tập cuộc họp … để cho thôi làm Trưởng
thôn?" and came before Decree 59/2023 Art. 3.1.c, which names who. Tuning
sets, R@1 / MRR@10 summed over dev1 + dev3 + dev4: 2.584 / 2.731 → 2.608 /
2.743 (four questions of that pair from 2nd to 1st in all three sets, no
question lower); 0.6–0.9 alike.

Word order counts too: each candidate's score is also multiplied by ``1 + PAIR_GAIN ·
pairs``, ``pairs`` = the share of the query's adjacent word pairs ("truong thon", "thon kiem")
that one clause, or the title, holds in the same order — a clause that says the query's
phrases beats one holding its words scattered. With it the first ``TOP`` = 20 are re-scored
(10 before; 20 and 30 alike). Tuning sets (R@1 / R@5 / MRR@10), before → after: dev1 0.935 /
0.994 / 0.962 → 0.935 / 0.994 / 0.964, dev3 0.911 / 0.983 / 0.944 → 0.917 / 0.983 / 0.947,
dev4 0.806 / 0.954 / 0.870 → 0.817 / 0.960 / 0.875; PAIR_GAIN 0.75–1.0 alike, 0.5 and 1.25
less, 2.0 worse; weighting pairs by idf, squaring the share or taking the pairs after
abbreviations are expanded were no better. Measured and not kept (each lowered the sum of
R@1 + MRR@10 over the three sets): a clause citing another ("quy định tại Điều …") counting
like a delegating one; the whole article's share of the query as a second factor; the
title's share as a factor; BM25's score damped (score^0.5–0.85) before the factors.

Cost: one dictionary look-up per query word and candidate (each article's
folded words map to the clauses holding them, as bits), then a small set per
clause holding one of them; ``ArticleWords`` keeps those maps for recently seen
articles, so only an article not seen lately costs a look-up of its clauses.
"""
from __future__ import annotations

import sys
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping

import re

from kb.search.analysis import folded_tokens

TOP = 20  # candidates re-scored
PAIR_GAIN = 0.75
GAIN = 1.0
POWER = 3
CACHE = 10_000  # articles whose folded words are kept (~4 kB each on average)
DELEGATED = 0.8  # share of a clause that leaves its matter to another text
#: A clause leaving its matter to a text of the Government, the Prime Minister, the Standing
#: Committee or a minister, in folded words: "… thì thực hiện theo quy định của Chính phủ". Only
#: that form: "Bộ trưởng Bộ Công an quy định …" or "do Chính phủ quy định" say who rules, which
#: is the answer to "do ai quy định?".
DELEGATES = re.compile(r"\btheo quy dinh cua (?:chinh phu|thu tuong chinh phu|uy ban thuong vu quoc hoi|bo truong)\b")


@dataclass(frozen=True)
class ArticleText:
    """An article's folded words, each with the clauses that hold it, and its title's folded words."""

    clauses: int  # how many
    where: Mapping[str, int]  # folded word → the clauses holding it, as bits (clause i: 1 << i)
    title: frozenset[str]
    delegating: int = 0  # the clauses leaving their matter to another text (``DELEGATES``), as bits
    #: adjacent folded words "a b" → the clauses holding them in that order, as bits; the title's
    pairs: Mapping[str, int] = field(default_factory=dict)
    title_pairs: frozenset[str] = frozenset()

    @classmethod
    def of(cls, title: str, clauses: Iterable[str]) -> "ArticleText":
        where: dict[str, int] = {}
        pairs: dict[str, int] = {}
        n = 0
        delegating = 0
        for n, text in enumerate(clauses, start=1):
            bit = 1 << (n - 1)
            words = folded_tokens(text)
            for w in set(words):
                w = sys.intern(w)  # the corpus's words, shared by every article kept
                where[w] = where.get(w, 0) | bit
            for pair in set(word_pairs(words)):
                pairs[pair] = pairs.get(pair, 0) | bit
            if DELEGATES.search(" ".join(words).lower()):
                delegating |= bit
        title_words = folded_tokens(title)
        return cls(n, where, frozenset(title_words), delegating, pairs, frozenset(word_pairs(title_words)))


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


def word_pairs(words: list[str]) -> list[str]:
    """Adjacent words, "a b" (folded words in, as ``folded_tokens`` gives them)."""
    return [f"{a} {b}" for a, b in zip(words, words[1:])]


def pair_share(pairs: frozenset[str], article: ArticleText) -> float:
    """Largest share of the query's adjacent word pairs that one clause, or the title, holds."""
    if not pairs:
        return 0.0
    best = len(pairs & article.title_pairs)
    held = [article.pairs[p] for p in pairs if p in article.pairs]
    if len(held) > best:
        some = 0
        for bits in held:
            some |= bits
        i = 0
        while some >> i:
            if some >> i & 1:
                count = sum(bits >> i & 1 for bits in held)
                if count > best:
                    best = count
            i += 1
    return best / len(pairs)


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
                if i >= 0 and article.delegating >> i & 1:
                    share *= DELEGATED
                if share > best:
                    best = share
    return best


def rerank(ranked: list[tuple[float, str]], readings: tuple[frozenset[str], ...],
           idf: Callable[[str], float], article: Callable[[str], ArticleText],
           top: int = TOP, pairs: frozenset[str] = frozenset()) -> list[tuple[float, str]]:
    """``ranked`` (score, article uid), best first, with its first ``top`` re-scored;
    ``pairs``: the query's adjacent folded words ("a b", ``word_pairs``)."""
    if not readings or not ranked:
        return ranked
    union = frozenset().union(*readings)
    weights = {w: idf(w) for w in union}
    totals = [sum(weights[w] for w in r) for r in readings]
    head = []
    for score, uid in ranked[:top]:
        text = article(uid)
        factor = 1.0 + GAIN * _coverage(readings, union, totals, weights, text) ** POWER
        if pairs:
            factor *= 1.0 + PAIR_GAIN * pair_share(pairs, text)
        head.append((score * factor, uid))
    out = head + ranked[top:]
    out.sort(key=lambda x: -x[0])
    return out
