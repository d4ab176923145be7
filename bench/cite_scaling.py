"""Citation finding against input size: real text and hostile repetitions at 1×, 10×, 100×.

Time should grow linearly (issue 12.1: "khoản 1, " × 8,000 took 73 s when a failed
list was re-read from every anchor). CPU time of this process, best of a few runs.

    python bench/cite_scaling.py
"""
from __future__ import annotations

import time

from kb.citations.find import find_citations
from pipeline.ingest import corpus_root
from kb.vntext import nfc

HOSTILE = [
    ("khoản 1, ", {}),
    ("Điều 1 ", {"context_doc": "59/2023/NĐ-CP"}),
    ("Nghị định số 1/2020/NĐ-CP, Luật này, ", {}),
]


def cpu(text: str, kw: dict, runs: int = 3) -> tuple[float, int]:
    best, n = float("inf"), 0
    for _ in range(runs):
        t0 = time.process_time()
        n = len(find_citations(text, **kw))
        best = min(best, time.process_time() - t0)
    return best, n


def main() -> None:
    find_citations("Điều 1 Luật số 10/2022/QH15")
    seed = nfc(next(iter(sorted((corpus_root() / "seeds").glob("*.txt")))).read_text(encoding="utf-8"))
    cases = [("seed " + str(len(seed)) + " chars", seed, {})] + [(repr(u) + " ×800", u * 800, kw) for u, kw in HOSTILE]
    print(f"{'input':45} {'1×':>10} {'10×':>10} {'100×':>10}  (seconds; citations at 100×)")
    for name, base, kw in cases:
        row, found = [], 0
        for k in (1, 10, 100):
            t, found = cpu(base * k, kw, runs=3 if k < 100 else 1)
            row.append(f"{t:10.3f}")
        print(f"{name:45} {' '.join(row)}  ({found})")


if __name__ == "__main__":
    main()
