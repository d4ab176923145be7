"""Near-duplicate articles: the text that states a rule before the texts that restate it.

A decree restating a law, a ministry's circular copying a law's clause, a commune's draft
resolution repeating the law article by article, a law replaced by a newer one with the same
wording: when two candidates say nearly the same words, the one a user should read is the
higher document (kb.search.authority's order; a draft, a report or an article below every legal
normative document) and, between equals, the one in force. BM25 and the clause re-ranking see
only words, so a restatement with a slightly better match (a shorter article, the query's word
said once more) comes first.

``prefer_originals`` looks at the first ``HEAD`` results; for each, a candidate among the first
``POOL`` of a higher ``level`` whose word pairs contain nearly all of the lower one's
(``containment`` ≥ ``SAME``: the share of the smaller article's adjacent word pairs that the other
holds) moves to just before it. Both stay in the list; nothing else moves.

Measured on the tuning sets (R@1 / R@5 / MRR@10), before → after: dev1 0.948 / 0.994 / 0.970
alike, dev3 0.917 / 0.983 / 0.947 → 0.922 / 0.983 / 0.952, dev4 0.834 / 0.954 / 0.887 → 0.840 /
0.954 / 0.889 (a circular's article and a Decree 75/2012 article before Law 42/2013's, a Hanoi
draft resolution before Law 10/2022's). ``SAME`` 0.4–0.8 alike (0.3 cost a dev1 question; above
1, never, gives the figures before); ``HEAD`` 3–20 and ``POOL`` 10–50 alike; 5 and 20 kept (a third of the cost of 10 and 30:
about 0.1 ms a query at p95 on a loaded machine, mostly the word-pair intersections).

Measured and not kept: when circulars fill half of BM25's pool of 100 (Law 36/2018 Art. 22 "nhận
quà" was not in it for "Cán bộ có được nhận quà của người có việc đang do mình giải quyết
không?"), a second BM25 pass leaving out the texts below the decrees: dev3 R@5 0.983 → 0.989, a
dev4 question 2nd → 3rd, but 40 of the 510 questions run it, which lands on the p95 of latency
(about +1 ms CPU at p95 under load); a pool of 300 for every query gained the same at ~0.6 ms.
"""
from __future__ import annotations

from typing import Callable

from kb.search.rerank import ArticleText

HEAD = 5  # results checked for a higher duplicate
POOL = 20  # where the higher duplicate may stand
SAME = 0.6  # containment of word pairs from which two articles say the same


def containment(a: ArticleText, b: ArticleText) -> float:
    """Share of the smaller article's adjacent word pairs the other holds (0 when either has none)."""
    small, large = (a.pairs, b.pairs) if len(a.pairs) <= len(b.pairs) else (b.pairs, a.pairs)
    if not small:
        return 0.0
    return len(small & large) / len(small)


def prefer_originals(ranked: list[tuple[float, str]], article: Callable[[str], ArticleText],
                     level: Callable[[str], int]) -> list[tuple[float, str]]:
    """``ranked`` (score, uid), best first, with each of the first ``head`` preceded by its
    nearest higher-level near-duplicate found among the first ``pool``, if any."""
    if len(ranked) < 2:
        return ranked
    head, pool, same = HEAD, POOL, SAME
    window = ranked[:pool]
    levels = {uid: level(uid) for _, uid in window}
    top = max(levels.values())
    if all(levels[uid] == top for _, uid in window[:head]):
        return ranked
    out = list(window)
    i = 0
    while i < min(head, len(out)):
        score, uid = out[i]
        lv = levels[uid]
        if lv < top:
            mine = article(uid)
            for j in range(i + 1, len(out)):
                s2, u2 = out[j]
                if levels[u2] > lv and containment(mine, article(u2)) >= same:
                    out.insert(i, (score, u2))
                    del out[j + 1]
                    i += 1  # the one moved stands at i - 1 now, above the one it restates
                    break
        i += 1
    return out + ranked[pool:]
