"""Full-corpus ingest: wall time and peak memory (goal: ≤ 120 s, ≤ 2 GiB on 2 cores).

Each run ingests phapdien/ + seeds/ into a fresh SQLite file in a child
process, so peak RSS is that of the ingest alone (the writer; the files are read by
worker processes, whose largest peak is printed beside it). Also times a no-change
re-ingest (sha256 skip) and a forced re-ingest of the core đề mục.

    python bench/ingest_bench.py [--runs 3]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import json, resource, sys, time
from pipeline.ingest import default_sources, ingest
from kb.store import Store
path, mode = sys.argv[1], sys.argv[2]
store = Store(path)
t = time.perf_counter()
if mode == "core":
    from pipeline.ingest import corpus_root
    reports = ingest(store, [corpus_root() / "phapdien/xay-dung-phap-luat-va-thi-hanh-phap-luat/thuc-hien-dan-chu-o-co-so.md"], force=True)
else:
    reports = ingest(store, default_sources())
elapsed = time.perf_counter() - t
print(json.dumps({"seconds": elapsed, "files": len(reports), "counts": store.counts(),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "workers_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def run(path: str, mode: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, path, mode], check=True,
                         capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1])
    return json.loads(out.stdout.strip().splitlines()[-1])


def summary(xs: list[float]) -> str:
    xs = sorted(xs)
    p95 = xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]
    return f"median {statistics.median(xs):.1f} s, p95 {p95:.1f} s (n={len(xs)})"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    fresh, rss = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            path = f"{tmp}/kb{i}.sqlite"
            r = run(path, "full")
            fresh.append(r["seconds"])
            rss.append(r["peak_rss_mb"])
            print(f"run {i + 1}: {r['seconds']:.1f} s, peak RSS {r['peak_rss_mb']:.0f} MB "
                  f"(largest reader process {r['workers_peak_rss_mb']:.0f} MB), "
                  f"{r['files']} files, {r['counts']}")
        unchanged = [run(f"{tmp}/kb0.sqlite", "full")["seconds"] for _ in range(args.runs)]
        core = [run(f"{tmp}/kb0.sqlite", "core")["seconds"] for _ in range(args.runs)]
        size = Path(f"{tmp}/kb0.sqlite").stat().st_size / 1048576
    print(f"full ingest (fresh KB):       {summary(fresh)}; peak RSS max {max(rss):.0f} MB")
    print(f"re-ingest, nothing changed:   {summary(unchanged)}")
    print(f"forced re-ingest of đề mục 44.13: {summary(core)}")
    print(f"KB file size: {size:.0f} MB")
    print(f"goal: ≤ 120 s and ≤ 2048 MB → "
          f"{'MET' if max(fresh) <= 120 and max(rss) <= 2048 else 'NOT MET'}")


if __name__ == "__main__":
    main()
