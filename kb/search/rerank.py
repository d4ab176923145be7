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

A question asking for a quantity ("bao nhiêu ngày", "mấy người", "bao lâu": ``kb.search.answer``)
is answered by a clause saying a number and its unit: a clause without one counts its share
× ``NO_ANSWER`` (measured in kb/search/answer.py).

Word order counts too: each candidate's score is also multiplied by ``1 + PAIR_GAIN ·
pairs``, ``pairs`` = the share of the query's adjacent word pairs, as typed ("truong thon",
"thon kiem"), that the article says in that order (in its title or in one clause): an article
saying the query's phrases beats one holding its words scattered. With it the first ``TOP`` =
20 are re-scored (10 before). Tuning sets (R@1 / R@5 / R@10 / MRR@10), before → after: dev1
0.935 / 0.994 / 1.000 / 0.962 → 0.948 / 0.994 / 1.000 / 0.970, dev3 0.911 / 0.983 / 0.994 /
0.944 → 0.917 / 0.983 / 0.994 / 0.947, dev4 0.806 / 0.954 / 0.971 / 0.870 → 0.834 / 0.954 /
0.966 / 0.887. PAIR_GAIN 0.5–1.0 alike; TOP 30 alike, TOP 10 one dev4 question fewer in the
top 5. Counting the pairs per clause (the best clause's share) gained less in R@1 and MRR
(dev4 0.817 / 0.875, one more dev4 question in the top 5) and cost 0.4 ms a query; weighting
pairs by idf, squaring the share, or taking the pairs after abbreviations are expanded were
no better. Measured and not kept (each lowered the sum of R@1 + MRR@10 over the three
sets): a clause citing another ("quy định tại Điều …") counting like a delegating one; the
whole article's share of the query's words as a second factor; the title's share as a
factor; BM25's score damped (score^0.5–0.85) before the factors.

Word order with a word between counts too (session s18-se): each candidate is also × ``1 + SKIP_GAIN
· skips``, ``skips`` = the share of the query's words one word apart ("a c" of "a b c", as typed:
``word_skips``) that the article says one word apart in its title, a heading or one clause. A
question and the law put a word of their own between two of the same words ("chép lại những nội
dung" / "chép lại các nội dung", "hương ước có hiệu lực" / "hương ước, quy ước có hiệu lực"), which
breaks the adjacent pair and keeps the pair one apart. Tuning sets (R@1 / R@5 / R@10 / MRR@10),
before → after (SKIP_GAIN 0.15, on top of ``kb.search.citing``): dev1 0.948 / 1.000 / 1.000 / 0.971 →
0.948 / 1.000 / 1.000 / 0.970, dev3 0.944 / 0.994 / 1.000 / 0.966 → 0.950 / 0.994 / 1.000 / 0.968, dev2
0.850 / 0.962 / 0.981 / 0.895 → 0.850 / 0.962 / 0.986 / 0.895, dev4 0.874 / 0.966 / 0.977 / 0.911
unchanged, dev6 0.812 / 0.959 / 0.976 / 0.876 → 0.812 / 0.965 / 0.976 / 0.874, dev8 0.826 / 0.946 /
0.969 / 0.878 → 0.830 / 0.946 / 0.965 / 0.881 (13 questions up, 10 down, none by more than three
places: d6-005 2nd → 4th, d8-085 14th → 17th). SKIP_GAIN 0.2–0.35 gained more and hold every set's
R@1 and R@5 (0.25: dev1 0.955 / 0.973, dev3 0.950 / 0.967, dev2 0.859 / 0.900, dev6 0.818 / 0.965 /
0.877, dev8 0.830 / 0.881, dev4 MRR 0.910; chosen on five sets of 0.1–0.5, the sixth's R@1 and R@5 hold
or rise), but they put dev3's d3-098 (Law 75/2015 Art. 19, one clause, among long election articles)
10th → 11th, under dev3's R@10 floor of 1.0. The same pairs joined with the adjacent ones in one share
(× PAIR_GAIN) lowered dev2 R@1 0.850 → 0.845; 0.5 lowered dev3 and dev8 R@5.

The headings of the article's chapter and section ("Chương II. THỰC HIỆN DÂN CHỦ Ở XÃ …",
"Mục 2. NHÂN DÂN BÀN VÀ QUYẾT ĐỊNH", ``Unit.heading_path``, label cut off) are a weak part of every
clause: a query word a heading holds counts ``HEADING`` of its idf in every clause (fully in a
clause that says it), and their adjacent word pairs count for word order like the title's, so a
question about the topic ("… nhân dân bàn và quyết định …") finds an article whose body never
names it. Tuning sets (R@1 / R@5 / R@10 / MRR@10), before → after (HEADING 0.3, pairs too): dev1
unchanged 0.948 / 0.994 / 1.000 / 0.970, dev3 0.928 / 0.983 / 0.994 / 0.954 → 0.933 / 0.983 /
0.994 / 0.956, dev4 0.840 / 0.954 / 0.971 / 0.891 → 0.851 / 0.960 / 0.971 / 0.897; without the
heading's pairs dev4 0.846 / 0.954 / 0.971 / 0.894. HEADING 0.2–0.4 gain one to three
questions (without pairs), 0.1 and 0.5–0.75 none; no question lower at any of them. A small
gain: the headings of most articles ("NHỮNG QUY ĐỊNH CHUNG") say little.

Measured and not kept (s18-se): the coverage's word weights × how well each word separates the first
20 candidates (a query-specific idf over the pool, log((m + 1) / (df + 0.5)) normalised, mixed 0.3 /
0.5 / 0.8 with the global idf): 8 up and 5 down at 0.3 (dev4 R@5 0.966 → 0.960), 10 / 22 at 0.5 and 26 /
42 at 0.8 (dev4 R@1 0.874 → 0.857).

Measured and not kept (searchgen5, vocabulary mismatch): pseudo-relevance feedback here, with
no second search — the words that the best clauses of the first 3 (or 5) candidates share and
the query does not say (8, weighted by idf and by those candidates' scores, in 1 or 2 of those
clauses, with or without leaving a candidate's own clause out) expanding the query, each of the
first 20 × (1 + gain · the expansion's share it holds): gain 0.05–0.3 lowered the sum of R@1 +
MRR@10 over the three sets by 0.01–0.2 (it mostly confirms the first candidate; the misses are
answers that share few words with it); and 13 word pairs mined from the corpus (words of đề
mục 44.13 whose neighbouring words are alike across the corpus, read one by one: "sinh sống" ~
"cư trú", "vướng mắc" ~ "khó khăn", "tuyên truyền" ~ "phổ biến" …) searched at 0.1–0.5 beside
the typed word: one dev3 question lower or none changed. Definitions the law states ("xã,
phường, thị trấn (sau đây gọi chung là cấp xã)": "phường" → "cấp xã") as plain words: one
dev4 question lower.

Measured and not kept (searchgen6): **learned weights** in place of the hand-set factors. In log
space the ranking is linear: log BM25 + the engine's seven boosts (title said, named document,
subject, đề mục 44.13, below the decrees, not normative, not in force) + log(1 + coverage³) +
log(1 + 0.75 · pairs), today's weights log 1.2, log 2, …, 1, 1. ``bench/search_learn.py`` logs
those features for each query's pool, replays the ranking exactly (510/510 equal to
``engine.rank``) and fits the nine weights in numpy; validated by leaving one tuning set out
(train on two of dev1/dev3/dev4, measure the third) and by 5 folds over the pooled 510 questions.
No fit held up on every held-out part (Δ of R@1 + MRR@10 against today's weights): a listwise
softmax loss over the whole pool, L2-tied to today's weights, lowered every part at L2 0.001–0.1
(−0.01 to −0.18) and mixed at 1 (LOSO +0.009 / −0.017 / −0.018, folds +0.02 / +0.03 / −0.03 /
−0.03 / 0); the same loss over today's first 20 (where the clause factors apply) mixed at 0.3–1
(LOSO 0 / −0.008 / −0.018) and, at 3, weights within 15 % of today's with the same figures;
coordinate ascent on R@1 + MRR@10 itself: LOSO 0 / −0.017 / 0, folds −0.018 / −0.015 / 0 / −0.004
/ 0 (on all three sets in-sample it finds three questions: overfitting). Today's weights were
tuned on these sets, so each held-out part favours them; still, nothing learned held. The
smooth losses fit worse than today's weights even in-sample: pulling up gold articles that
stand 20th–40th strengthens every boost against BM25, which costs first places.

Cost: one dictionary look-up per query word and candidate (each article's
folded words map to the clauses holding them, as bits), then one step per clause
holding one of them, and one set intersection for the pairs; ``ArticleWords`` keeps those maps for recently seen
articles, so only an article not seen lately costs a look-up of its clauses.
"""
from __future__ import annotations

import sys
from collections import OrderedDict
from dataclasses import dataclass
from operator import itemgetter
from typing import Callable, Iterable, Mapping

import re

from kb.search.analysis import folded_tokens
from kb.search.answer import KINDS, holds

TOP = 20  # candidates re-scored
PAIR_GAIN = 0.75
SKIP_GAIN = 0.15  # × (1 + SKIP_GAIN · the share of the query's words one word apart the article says so)

GAIN = 1.0
POWER = 3
CACHE = 10_000  # articles whose folded words are kept (~4 kB each on average)
NO_ANSWER = 0.8  # share of a clause without the kind of answer the question asks for (kb.search.answer)
HEADING = 0.3  # share of a word's idf that the article's chapter or section heading gives it
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
    pairs: frozenset[str] = frozenset()  # adjacent folded words "a b" of the title and of each clause
    answers: Mapping[str, int] | None = None  # kind of answer (kb.search.answer) → the clauses holding it, as bits
    heading: frozenset[str] = frozenset()  # folded words of its chapter's and section's headings, not in the title
    skips: frozenset[str] = frozenset()  # words one word apart "a c" ("a b c") of the title, each clause and heading

    @classmethod
    def of(cls, title: str, clauses: Iterable[str], headings: Iterable[str] = ()) -> "ArticleText":
        where: dict[str, int] = {}
        pairs: set[str] = set()
        skips: set[str] = set()
        n = 0
        delegating = 0
        answers = dict.fromkeys(KINDS, 0)
        for n, text in enumerate(clauses, start=1):
            bit = 1 << (n - 1)
            words = folded_tokens(text)
            for w in set(words):
                w = sys.intern(w)  # the corpus's words, shared by every article kept
                where[w] = where.get(w, 0) | bit
            pairs.update(word_pairs(words))
            skips.update(word_skips(words))
            if DELEGATES.search(" ".join(words).lower()):
                delegating |= bit
            for kind in holds(words):
                answers[kind] |= bit
        title_words = folded_tokens(title)
        pairs.update(word_pairs(title_words))
        skips.update(word_skips(title_words))
        heading_words = [folded_tokens(_heading_name(h)) for h in headings]
        for hw in heading_words:  # the heading's phrases count for word order as the title's do
            pairs.update(word_pairs(hw))
            skips.update(word_skips(hw))
        heading = frozenset(w for hw in heading_words for w in hw) - set(title_words)
        return cls(n, where, frozenset(title_words), delegating, frozenset(map(sys.intern, pairs)), answers,
                   heading, frozenset(map(sys.intern, skips)))


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


_HEADING_LABEL = re.compile(r"^\s*(?:chương|mục|phần|tiểu mục)\s+[\w.]+\s*[.:]?\s*", re.IGNORECASE)


def _heading_name(heading: str) -> str:
    """'Chương II. THỰC HIỆN DÂN CHỦ …' → 'THỰC HIỆN DÂN CHỦ …' (its label says nothing)."""
    return _HEADING_LABEL.sub("", heading, count=1)


def word_pairs(words: list[str]) -> list[str]:
    """Adjacent words, "a b" (folded words in, as ``folded_tokens`` gives them)."""
    return [f"{a} {b}" for a, b in zip(words, words[1:])]


def word_skips(words: list[str]) -> list[str]:
    """Words one word apart, "a c" for "a b c" (folded words in): word order with a word between."""
    return [f"{a} {c}" for a, c in zip(words, words[2:])]


def pair_share(pairs: frozenset[str], article: ArticleText) -> float:
    """Share of the query's adjacent word pairs that the article (title or a clause) holds."""
    return len(pairs & article.pairs) / len(pairs) if pairs else 0.0


def coverage(readings: tuple[frozenset[str], ...], idf: dict[str, float],
             article: ArticleText) -> float:
    """Largest idf share of one reading that one clause (with the article's title) holds."""
    return _coverage(readings, frozenset().union(*readings), [sum(idf[w] for w in r) for r in readings],
                     idf, article)


def _coverage(readings: tuple[frozenset[str], ...], union: frozenset[str], totals: list[float],
              idf: dict[str, float], article: ArticleText, wants: str | None = None) -> float:
    """``coverage``, given what depends on the query only: its words and each reading's idf total.

    Each clause's sum is gathered by walking the set bits of the query's words found (one step
    per word and clause holding it, the clauses of a mask listed once: ``_clauses``), not by
    testing every clause against every word.
    """
    where = article.where
    title = article.title
    heading = article.heading
    lacking = 0  # clauses without the kind of answer asked for, as bits (none when none is asked)
    if wants is not None and article.answers is not None:
        lacking = ((1 << article.clauses) - 1) & ~article.answers.get(wants, 0)
    # the query's words some clause holds, each with its clauses
    held = [(w, bits) for w in union - title if (bits := where.get(w))]
    delegating = article.delegating
    n = article.clauses
    clauses_of = _CLAUSES.get
    if len(readings) == 1 and not (delegating or lacking):
        # the usual case, written out: one reading (every word held is the reading's), every
        # clause alike; the same sums in the same order as the loop below
        total = totals[0]
        if total <= 0:
            return 0.0
        reading = readings[0]
        base = sum(map(idf.__getitem__, reading & title))
        in_heading = reading & heading
        if in_heading:
            base += HEADING * sum(map(idf.__getitem__, in_heading))
        if not n:
            return base / total
        sums = [0.0] * n
        for w, bits in held:
            weight = idf[w] * (1.0 - HEADING) if in_heading and w in in_heading else idf[w]
            for i in clauses_of(bits) or _clauses(bits):
                sums[i] += weight
        share = (base + max(sums)) / total
        return share if share > 0.0 else 0.0
    # several readings (a quiz): each held word's weight and clauses once for all of them. A word a
    # reading holds is in that reading's ``in_heading`` exactly when the heading holds it, so its
    # weight (idf × (1 - HEADING) for a heading's word, the idf otherwise) is the same in every reading
    if heading:
        held = [(w, bits, idf[w] * (1.0 - HEADING) if w in heading else idf[w], clauses_of(bits) or _clauses(bits))
                for w, bits in held]
    else:
        held = [(w, bits, idf[w], clauses_of(bits) or _clauses(bits)) for w, bits in held]
    plain = not (delegating or lacking)
    best = 0.0
    for reading, total in zip(readings, totals):
        if total <= 0:
            continue
        base = sum(map(idf.__getitem__, reading & title))
        in_heading = reading & heading
        if in_heading:  # a heading's word counts HEADING of its idf for every clause; fully where a clause says it
            base += HEADING * sum(map(idf.__getitem__, in_heading))
        sums = [0.0] * n  # clause i → idf of the reading's words it holds
        if plain:
            # every clause counts alike: the best is the largest sum (a clause holding none has
            # 0.0: the title's share); adding base and dividing by total keep the order of sums
            for w, _, weight, clauses in held:
                if w in reading:
                    for i in clauses:
                        sums[i] += weight
            share = (base + max(sums)) / total if n else base / total
            if share > best:
                best = share
            continue
        touched = 0  # the clauses holding one of them, as bits
        for w, bits, weight, clauses in held:
            if w in reading:
                touched |= bits
                for i in clauses:
                    sums[i] += weight
        # a clause holding none of them (or the title alone) has the title's share
        if not touched or touched.bit_count() < n:
            best = max(best, base / total * (NO_ANSWER if lacking else 1.0))
        for i in clauses_of(touched) or _clauses(touched):
            share = (base + sums[i]) / total
            if delegating >> i & 1:
                share *= DELEGATED
            if lacking >> i & 1:
                share *= NO_ANSWER
            if share > best:
                best = share
    return best


#: a mask of clauses (an int, clause i: 1 << i) → the clauses set in it, first first (masks recur)
_CLAUSES: dict[int, tuple[int, ...]] = {}


def _clauses(mask: int) -> tuple[int, ...]:
    got = tuple(i for i in range(mask.bit_length()) if mask >> i & 1)
    if len(_CLAUSES) < 100_000:
        _CLAUSES[mask] = got
    return got


def rerank(ranked: list[tuple[float, str]], readings: tuple[frozenset[str], ...],
           idf: Callable[[str], float], article: Callable[[str], ArticleText],
           top: int = TOP, pairs: frozenset[str] = frozenset(), wants: str | None = None,
           skips: frozenset[str] = frozenset()) -> list[tuple[float, str]]:
    """``ranked`` (score, article uid), best first, with its first ``top`` re-scored;
    ``pairs``: the query's adjacent folded words ("a b", ``word_pairs``); ``skips``: its words one
    word apart ("a c", ``word_skips``)."""
    if not readings or not ranked:
        return ranked
    union = frozenset().union(*readings)
    weights = {w: idf(w) for w in union}
    totals = [sum(weights[w] for w in r) for r in readings]
    head = []
    for score, uid in ranked[:top]:
        text = article(uid)
        factor = 1.0 + GAIN * _coverage(readings, union, totals, weights, text, wants) ** POWER
        if pairs:
            factor *= 1.0 + PAIR_GAIN * pair_share(pairs, text)
        if skips:
            factor *= 1.0 + SKIP_GAIN * len(skips & text.skips) / len(skips)
        head.append((score * factor, uid))
    out = head + ranked[top:]
    out.sort(key=itemgetter(0), reverse=True)  # best first, ties in their order (as key=-score)
    return out
