"""The law's own cross-references as a prior: an article that the first candidates of another
document cite.

A decree's article says which article of the law it carries out ("… quy định tại khoản 1 Điều 11
của Luật Thực hiện dân chủ ở cơ sở"), a law's article sends its reader to another law's: when
such an article stands among the first results, the article it points to is likely to answer the
question too, though it may share fewer of the question's words (a citizen's everyday words
match the decree's detailed procedure better than the law's short list). Each of the first
``K`` results spreads its score, relative to the first result's, over the articles **of other
documents** that it or its clauses cite (``graph_edges`` of type 'cites', read through
``SearchStore.cited_articles``), split evenly among them (an article citing nine others gives
each a ninth, as in PageRank); each of the first ``TOP`` candidates but the first is then multiplied
by ``1 + GAIN · min(1, what it received)``.

Only citations across documents: within one document, procedural articles cite their siblings
("the steps of Articles 4 to 10"), and the prior then lifted a neighbouring step over the answer
(dev3 d3-037, dev2 d2-027, dev4 d4-175 1st → 2nd).

Measured on the tuning sets (``bench/search_quality.py --tuning-only --no-latency``; R@1 / R@5 /
R@10 / MRR@10), before → after: dev1 0.948 / 1.000 / 1.000 / 0.972 → 0.948 / 1.000 / 1.000 /
0.971 (q023 4th → 5th), dev3 0.944 / 0.994 / 1.000 / 0.966 unchanged, dev2 0.836 / 0.962 / 0.977 /
0.887 → 0.850 / 0.962 / 0.981 / 0.895, dev4 0.874 / 0.966 / 0.977 / 0.911 unchanged, dev6 0.806 /
0.959 / 0.976 / 0.873 → 0.812 / 0.959 / 0.976 / 0.876, dev8 0.819 / 0.946 / 0.969 / 0.874 →
0.826 / 0.946 / 0.969 / 0.878. Swept GAIN 0.05–0.3 × K 3 / 5 / 10 × the split (none, by the
square root of the count, by the count): with the even split, K 5 and GAIN 0.05–0.2 hold every
set; choosing GAIN and K on five sets and measuring the sixth (leave one set out, within the even
split) raises or holds each set's R@1 and R@5 (MRR: dev1 −0.0003). Without the split, or with K
10, dev4 R@5 0.966 → 0.960; GAIN 0.3 lowers dev3 R@1 0.944 → 0.939.

Measured and not kept (same sets): citations within the document too (K 5, GAIN 0.05, no split:
dev3 R@1 0.944 → 0.939; K 3, GAIN 0.1: dev6 0.806 → 0.788), the pháp điển's 'related' links with
them (dev6 0.806 → 0.788, dev8 0.819 → 0.807); a document prior (each candidate × 1 + b · its
document's share of the first 10 or 20 candidates' score, b 0.1–0.2: dev4 R@1 0.874 → 0.863);
pushing a near-duplicate of a higher result out of the first five (containment of word pairs
≥ 0.6: dev2 R@5 0.962 → 0.948, dev6 0.959 → 0.935; ≥ 0.8: three questions up, none down, no
figure changed beyond MRR 0.001).
"""
from __future__ import annotations

from operator import itemgetter
from typing import Callable

K = 5  # results whose citations count
TOP = 20  # candidates that may gain
GAIN = 0.1


def document_of(article_uid: str) -> str:
    """'10/2022/QH15:d11' → '10/2022/QH15' (a document's id may hold ':')."""
    return article_uid.rsplit(":", 1)[0]


def cited_prior(ranked: list[tuple[float, str]], cites: Callable[[str], tuple[str, ...]],
                k: int = K, top: int = TOP, gain: float = GAIN) -> list[tuple[float, str]]:
    """``ranked`` (score, article uid), best first, with its first ``top`` re-scored by what the
    first ``k`` cite in other documents (``cites(uid)``: the articles an article cites)."""
    if len(ranked) < 2 or gain <= 0:
        return ranked
    first = ranked[0][0]
    if first <= 0:
        return ranked
    got: dict[str, float] = {}
    for score, uid in ranked[:k]:
        own = document_of(uid)
        out = [v for v in cites(uid) if document_of(v) != own]
        if out:
            share = score / first / len(out)
            for v in out:
                got[v] = got.get(v, 0.0) + share
    if not got:
        return ranked
    # the first keeps its score (the measure of the others' shares)
    head = [ranked[0]] + [(score * (1.0 + gain * min(1.0, got[uid])), uid) if uid in got else (score, uid)
                          for score, uid in ranked[1:top]]
    head.sort(key=itemgetter(0), reverse=True)  # ties in their order
    return head + ranked[top:]
