"""Benchmark: checking a 30-page document after the knowledge base is built.

Builds a ~15,000-word document (≈ 30 pages at 500 words a page) by
concatenating the samples in ``corpus/samples/`` and seed 001 (the Hà Nội
draft), then times ``checker.check_text`` over it:

1. one-time costs, reported separately: importing spaCy and building the
   pipeline; the first check (which also builds the shared document index);
2. warm checks: ``--runs`` repetitions → median, p95, min;
3. memory: peak Python allocations during one warm check (tracemalloc) and
   the process's maximum resident set size;
4. ratio of the median to the reference target (1.0 s, issue 5).

Usage: python bench/check_bench.py [--kb PATH] [--runs 20] [--words 15000] [--json]
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_S = 1.0


def build_document(words: int) -> str:
    from pipeline.ingest import corpus_root

    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "samples").glob("*.txt"))]
    seed = next((corpus_root() / "seeds").glob("001_*.txt"), None)
    if seed:
        parts.append(seed.read_text(encoding="utf-8"))
    out: list[str] = []
    n = 0
    while n < words:
        for p in parts:
            out.append(p)
            n += len(p.split())
            if n >= words:
                break
    return "\n\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", help="knowledge base (default: $DCCS_KB or ~/.cache/dccs/kb.sqlite; built if missing)")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--words", type=int, default=15000)
    ap.add_argument("--as-of", default="2026-06-30")
    ap.add_argument("--json", action="store_true", help="also print the results as JSON")
    args = ap.parse_args(argv)

    from ui.common import open_store

    store = open_store(argparse.Namespace(kb=args.kb), ensure=True)
    text = build_document(args.words)
    n_words = len(text.split())

    t0 = time.perf_counter()
    from checker import check_text
    from checker.nlp import pipeline

    pipeline()
    load_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    report = check_text(text, store, as_of=args.as_of, source_name="bench-30-trang")
    first_s = time.perf_counter() - t0

    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        check_text(text, store, as_of=args.as_of, source_name="bench-30-trang")
        times.append(time.perf_counter() - t0)

    tracemalloc.start()
    check_text(text, store, as_of=args.as_of, source_name="bench-30-trang")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    times.sort()
    median = statistics.median(times)
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    res = {
        "document": {"words": n_words, "chars": len(text), "pages_at_500_words": round(n_words / 500, 1),
                     "findings": len(report.findings)},
        "load_spacy_pipeline_s": round(load_s, 3),
        "first_check_s": round(first_s, 3),
        "runs": args.runs,
        "median_s": round(median, 3),
        "p95_s": round(p95, 3),
        "min_s": round(times[0], 3),
        "peak_python_alloc_mb": round(peak / 1048576, 1),
        "max_rss_mb": round(rss_mb, 1),
        "target_s": TARGET_S,
        "ratio_median_to_target": round(median / TARGET_S, 2),
    }
    print(f"Tài liệu: {n_words} từ (~{res['document']['pages_at_500_words']} trang), "
          f"{len(text)} ký tự, {len(report.findings)} phát hiện")
    print(f"Nạp spaCy + pipeline (một lần): {load_s:.2f} s; lần kiểm tra đầu (dựng chỉ mục): {first_s:.2f} s")
    print(f"Kiểm tra ({args.runs} lần): median {median:.3f} s, p95 {p95:.3f} s, min {times[0]:.3f} s")
    print(f"Bộ nhớ: đỉnh cấp phát Python {res['peak_python_alloc_mb']} MB; RSS tối đa {res['max_rss_mb']} MB")
    print(f"Tỷ lệ median / mục tiêu {TARGET_S:.1f} s: {res['ratio_median_to_target']}")
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
