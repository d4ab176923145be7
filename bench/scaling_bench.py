"""Time and peak memory against input size (1×, 10×, 100×) for the parts that read user text.

Issue 12 found super-linear readers (a CPU denial of service): the citation finder on a
list of clauses that does not resolve, and the official-text reader on hard-wrapped text.
This bench feeds each part the same input at 1×, 10× and 100× and prints the time, the
peak memory above the interpreter's baseline, and the ratio to 1×: a linear part shows
ratios near 10 and 100. Each measurement runs in a child process (a fresh heap, so peak
memory means something, and a timeout that cannot be caught by the code measured).

    python bench/scaling_bench.py                  # all three parts
    python bench/scaling_bench.py --only official  # one part
    python bench/scaling_bench.py --timeout 60 --scales 1,10,100

Inputs (generated, so anyone can rerun them):
- ``finder``: ``kb.citations.find.find_citations`` on "NGHỊ QUYẾT\\n" + "khoản 1, " × (300 × scale).
- ``official``: ``corpus.official.parse_official`` on a real sample (a plan,
  ``corpus/samples/ke_hoach_loi.txt``) with its body repeated 60 × ``scale`` times, each
  line wrapped at 60 columns so paragraphs span several lines.
- ``paragraph``: the same reader on one paragraph hard-wrapped into 400 × ``scale`` lines
  (the shape that made the old ``unwrap`` quadratic: it re-read the joined paragraph for
  every line).
- ``checker``: ``checker.engine.check_text`` on ``corpus/samples/huong_uoc_loi.txt`` with
  its articles repeated ``scale`` times (needs the knowledge base, ``DCCS_KB``).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus" / "samples"
#: Copies of the plan's body at 1× (~40 KB, a long regulation); 100× is ~4 MB, the size at
#: which issue 12 measured the quadratic reader (4 MB → 4 s, 8 MB → 20 s).
OFFICIAL_BASE = 60

CHILD = r'''
import json, resource, sys, time
part, scale = sys.argv[1], int(sys.argv[2])
sys.path.insert(0, sys.argv[3])
from bench.scaling_bench import make_input, runner
run = runner(part)
text = make_input(part, scale)
run(make_input(part, 1)[:2000])  # warm up: imports, lazy pipelines, indexes
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
run(text)
dt = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"chars": len(text), "seconds": dt, "peak_mb": max(peak - base, 0) / 1024}))
'''


def make_input(part: str, scale: int) -> str:
    if part == "finder":
        return "NGHỊ QUYẾT\n" + "khoản 1, " * (300 * scale)
    if part == "official":
        text = (SAMPLES / "ke_hoach_loi.txt").read_text(encoding="utf-8")
        head, _, body = text.partition("\n\n")
        wrapped = "\n".join(textwrap.fill(line, 60) if line.strip() else line for line in body.splitlines())
        return head + "\n\n" + "\n".join([wrapped] * (OFFICIAL_BASE * scale))
    if part == "paragraph":
        line = "một dòng văn bản dài được ngắt giữa câu và tiếp tục ở dòng sau\n"
        return "KẾ HOẠCH\n\n" + line * (400 * scale)
    if part == "checker":
        text = (SAMPLES / "huong_uoc_loi.txt").read_text(encoding="utf-8")
        cut = text.find("\nĐiều ")
        head, body = text[:cut], text[cut:]
        return head + body * scale
    raise ValueError(part)


def runner(part: str):
    if part == "finder":
        from kb.citations.find import find_citations

        return lambda text: find_citations(text)
    if part in ("official", "paragraph"):
        from corpus.official import parse_official

        return lambda text: parse_official(text, "bench.txt")
    if part == "checker":
        from checker.engine import check_text
        from kb.store import Store, default_kb_path

        store = Store(default_kb_path(), readonly=True)
        return lambda text: check_text(text, store, doc_type="huong_uoc", as_of="2026-12-02",
                                       source_name="bench.txt")
    raise ValueError(part)


def measure(part: str, scale: int, timeout: float) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        out = subprocess.run([sys.executable, "-c", CHILD, part, str(scale), str(ROOT)], capture_output=True,
                             text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"chars": len(make_input(part, scale)), "seconds": None, "peak_mb": None}
    if out.returncode != 0:
        return {"chars": len(make_input(part, scale)), "error": (out.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", choices=("finder", "official", "paragraph", "checker"), action="append")
    ap.add_argument("--scales", default="1,10,100")
    ap.add_argument("--timeout", type=float, default=120)
    args = ap.parse_args(argv)
    scales = [int(s) for s in args.scales.split(",")]
    print(f"{'phần':9} {'quy mô':>6} {'ký tự':>10} {'giây':>8} {'×1':>7} {'MB đỉnh':>8} {'×1':>6}")
    for part in args.only or ("finder", "official", "paragraph", "checker"):
        first = None
        for scale in scales:
            r = measure(part, scale, args.timeout)
            if "error" in r:
                print(f"{part:9} {scale:>5}× {r['chars']:>10} lỗi: {r['error']}")
                continue
            if r["seconds"] is None:
                print(f"{part:9} {scale:>5}× {r['chars']:>10} {'>' + format(args.timeout, '.0f'):>8}  (quá thời gian)")
                continue
            first = first or r
            ratio_t = r["seconds"] / max(first["seconds"], 1e-6)
            ratio_m = r["peak_mb"] / first["peak_mb"] if first["peak_mb"] > 0.5 else float("nan")
            print(f"{part:9} {scale:>5}× {r['chars']:>10} {r['seconds']:8.3f} {ratio_t:7.1f} "
                  f"{r['peak_mb']:8.1f} {ratio_m:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
