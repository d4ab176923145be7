"""Quality of a ranking on a development set: Recall@k and MRR@10.

A development set is JSON Lines, one query per line:
``{"id": "q001", "kind": "contest", "query": "…", "gold": ["10/2022/QH15:d60"], "note": "…"}``;
``gold`` lists every article that answers the query (verified by reading it).

Recall@k is the share of queries with a gold article among the first k
results (one answering article is what an officer needs); MRR@10 averages
1/rank of the first gold article, 0 when it is not in the top 10. The same
functions score our engine and the rank-bm25 reference in ``bench/``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

KS = (1, 5, 10)


@dataclass(frozen=True)
class DevQuery:
    id: str
    kind: str
    query: str
    gold: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Metrics:
    n: int
    recall: dict[int, float]  # k → Recall@k
    mrr10: float

    def line(self) -> str:
        r = " ".join(f"R@{k}={v:.3f}" for k, v in self.recall.items())
        return f"n={self.n} {r} MRR@10={self.mrr10:.3f}"


def load_dev(path: str | Path) -> list[DevQuery]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                out.append(DevQuery(d["id"], d.get("kind", ""), d["query"], tuple(d["gold"]), d.get("note", "")))
            except (ValueError, KeyError) as exc:
                raise ValueError(f"{path}:{n}: dòng không hợp lệ ({exc})") from exc
    return out


def first_gold_rank(ranked: Iterable[str], gold: Iterable[str]) -> int | None:
    """1-based rank of the first gold article in ``ranked`` (article uids)."""
    gold = set(gold)
    for i, uid in enumerate(ranked, start=1):
        if uid in gold:
            return i
    return None


def metrics(ranks: list[int | None], ks: tuple[int, ...] = KS) -> Metrics:
    n = len(ranks)
    recall = {k: sum(1 for r in ranks if r is not None and r <= k) / max(n, 1) for k in ks}
    mrr = sum(1.0 / r for r in ranks if r is not None and r <= 10) / max(n, 1)
    return Metrics(n, recall, mrr)


def evaluate(dev: list[DevQuery], rank: Callable[[str], list[str]]) -> tuple[Metrics, list[int | None]]:
    """Run ``rank(query) -> article uids`` over the set; overall metrics and per-query ranks."""
    ranks = [first_gold_rank(rank(q.query), q.gold) for q in dev]
    return metrics(ranks), ranks


def by_kind(dev: list[DevQuery], ranks: list[int | None]) -> dict[str, Metrics]:
    kinds: dict[str, list[int | None]] = {}
    for q, r in zip(dev, ranks):
        kinds.setdefault(q.kind, []).append(r)
    return {k: metrics(v) for k, v in sorted(kinds.items())}
