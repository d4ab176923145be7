"""Which document states a rule: the laws and decrees before the texts that restate them.

Law 80/2015/QH13 on legal normative documents (Art. 4) orders them by who
issues them: the National Assembly and its Standing Committee (Hiến pháp, Bộ
luật, Luật, Nghị quyết, Pháp lệnh), the Government (Nghị định), then the Prime
Minister's decisions and the ministers' circulars (Quyết định, Thông tư,
Thông tư liên tịch). A circular often restates a law for its own sector:
"Thời hạn định kỳ chuyển đổi vị trí công tác" is Law 36/2018/QH14 Art. 25.2
and, word for word, an article of three ministries' circulars; "không được
nhận quà tặng … của … cá nhân có liên quan đến công việc do mình giải quyết"
is Law 36/2018 Art. 22.2 and a clause of many police circulars. When one of
each matches a query about as well, the one that states the rule should come
first: a hit from a text below the Government's decrees is multiplied by
``BELOW_DECREES``.

The corpus holds thirteen times more circulars (2 243) than laws (172), while
the questions officers ask are answered by laws and decrees: of the 510
questions of the three tuning sets, 3 have a circular as their answer, and a
circular outranked the answer of 24 of those not answered first.
Measured on those sets (bench/search_quality.py), R@1 / R@5 / MRR@10 summed
over dev1 + dev3 + dev4: 2.543 / 2.902 / 2.702 without, 2.584 / 2.909 / 2.731
with 0.8 (0.7 and 0.6 alike); no query of the three sets ranks lower. A
decree tier too (× 0.9, laws first) gained a little more in sum (2.594 / 2.926 /
2.740) but put 6 decree answers below the law article they detail — Decree 59
Art. 3.1.c, issue 13's "trưởng thôn kiêm trưởng ban công tác mặt trận", fell
from 3rd to 6th — so decrees stand with the laws.

A draft, a report or an article (``Document.kind`` other than "norm": a commune's draft
resolution restating the law article by article) is not law at all and counts
× ``NOT_NORMATIVE`` (0.8). Tuning sets: dev4 MRR@10 0.890 → 0.891, nothing else moves (0.5–0.8
alike; five such documents in the corpus).

Pure: a document type (``Document.doc_type``) and kind → a factor in (0, 1]. A type not
listed (a pháp điển chapter) is left alone (1.0).
"""
from __future__ import annotations

BELOW_DECREES = 0.8

#: Types issued below the Government's decrees (Law 80/2015/QH13 Art. 4.6–4.10).
LOWER: frozenset[str] = frozenset({"Thông tư", "Thông tư liên tịch", "Quyết định", "Chỉ thị"})


NOT_NORMATIVE = 0.8  # a draft, a report, an article: not a legal normative document at all


def factor(doc_type: str | None, kind: str = "norm") -> float:
    """BELOW_DECREES for a circular, a decision or a directive; NOT_NORMATIVE for a draft, a
    report or an article; 1.0 for anything else.

    >>> factor("Luật"), factor("Nghị định"), factor("Thông tư"), factor("Nghị quyết", "draft")
    (1.0, 1.0, 0.8, 0.8)
    """
    if kind != "norm":
        return NOT_NORMATIVE
    return BELOW_DECREES if doc_type in LOWER else 1.0


def level(doc_type: str | None, kind: str = "norm", in_force: bool = True) -> int:
    """A document's rank for near-duplicate articles (``kb.search.duplicates``): laws and
    decrees 4, texts below the decrees 2, a draft, report or article 0; +1 when in force.

    >>> level("Luật"), level("Thông tư"), level("Nghị quyết", "draft"), level("Luật", in_force=False)
    (5, 3, 1, 4)
    """
    tier = 0 if kind != "norm" else (1 if doc_type in LOWER else 2)
    return 2 * tier + (1 if in_force else 0)
