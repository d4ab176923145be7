"""Citation extraction over the whole corpus: throughput (chars/s), per-file latency, memory.

Each run reads every pháp điển file and seed in a child process and runs
``kb.citations.find.find_citations`` on the whole file text (no knowledge base needed).
The reference is the cheapest pass a citation finder must at least make:
syllable tokenisation (``\\w+`` over the lower-cased NFC text), measured on
the same text in the same process; the ratio says how many times slower we are.

    python bench/cite_bench.py [--runs 3]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, re, resource, sys, time
from kb.citations.find import find_citations
from pipeline.ingest import corpus_root
from kb.vntext import nfc
root = corpus_root()
files = sorted(root.glob("phapdien/**/*.md")) + sorted(root.glob("seeds/*.txt"))
texts = [nfc(f.read_text(encoding="utf-8")) for f in files]
chars = sum(len(t) for t in texts)
find_citations("Điều 1 Luật số 10/2022/QH15")  # load tables outside the timing
per_file, found = [], 0
t0 = time.perf_counter()
for t in texts:
    a = time.perf_counter()
    found += len(find_citations(t))
    per_file.append((time.perf_counter() - a) * 1000)
elapsed = time.perf_counter() - t0
word = re.compile(r"\w+")
r0 = time.perf_counter()
tokens = sum(len(word.findall(t.lower())) for t in texts)
reference = time.perf_counter() - r0
print(json.dumps({"files": len(files), "chars": chars, "citations": found, "seconds": elapsed,
                  "reference_seconds": reference, "per_file_ms": per_file,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    root = Path(__file__).resolve().parents[1]
    runs = []
    for i in range(args.runs):
        out = subprocess.run([sys.executable, "-c", CHILD], check=True, capture_output=True, text=True, cwd=root)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        runs.append(r)
        print(f"run {i + 1}: {r['chars'] / r['seconds'] / 1e6:.2f} M chars/s ({r['seconds']:.1f} s for "
              f"{r['chars'] / 1e6:.1f} M chars, {r['files']} files, {r['citations']} citations), "
              f"peak RSS {r['peak_rss_mb']:.0f} MB")
    speeds = [r["chars"] / r["seconds"] for r in runs]
    per_file = [ms for r in runs for ms in r["per_file_ms"]]
    ratio = [r["seconds"] / r["reference_seconds"] for r in runs]
    print(f"throughput: median {statistics.median(speeds) / 1e6:.2f} M chars/s, "
          f"p95 (slowest runs) {pct(speeds, 0.05) / 1e6:.2f} M chars/s")
    print(f"per file: median {statistics.median(per_file):.1f} ms, p95 {pct(per_file, 0.95):.1f} ms, "
          f"max {max(per_file):.0f} ms")
    print(f"peak RSS: max {max(r['peak_rss_mb'] for r in runs):.0f} MB")
    print(f"ratio vs reference (\\w+ tokenisation of the same text): median {statistics.median(ratio):.1f}× "
          f"slower (reference {statistics.median(r['chars'] / r['reference_seconds'] for r in runs) / 1e6:.1f} "
          f"M chars/s)")


if __name__ == "__main__":
    main()
