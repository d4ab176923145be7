"""First use from nothing: ``pipeline.prepare`` on the whole corpus, stage by stage.

Each run builds a fresh knowledge base (ingest + graph + search index) in a child
process, so several source trees can be timed side by side in the same conditions:

    python bench/first_use_bench.py [--tree /work/main --tree .] [--runs 2]

Prints, per tree and run: wall and CPU seconds per stage (CPU: the process and its
workers), the total, and the load average before and after.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import json, resource, sys, time
from pipeline.prepare import prepare
def cpu():
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
t, c = time.perf_counter(), cpu()
r = prepare(sys.argv[1])
print(json.dumps({"wall": time.perf_counter() - t, "cpu": cpu() - c, "stages_wall": r.seconds,
                  "stages_cpu": r.cpu, "edges": r.edges, "articles": r.articles_indexed,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def run(tree: Path, work: Path) -> dict:
    kb = work / "kb.sqlite"
    env = dict(os.environ, PYTHONPATH=str(tree))
    env.pop("DCCS_KB", None)
    l0 = load()
    out = subprocess.run([sys.executable, "-c", CHILD, str(kb)], check=True, capture_output=True, text=True,
                         cwd=tree, env=env)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    r.update(load_start=l0, load_end=load())
    return r


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tree", action="append", help="source tree to time (default: this one)")
    ap.add_argument("--runs", type=int, default=1)
    args = ap.parse_args()
    trees = [Path(t).resolve() for t in (args.tree or [Path(__file__).resolve().parents[1]])]
    for i in range(args.runs):
        for tree in trees:
            work = Path(tempfile.mkdtemp(prefix="first-use-"))
            try:
                r = run(tree, work)
            finally:
                shutil.rmtree(work, ignore_errors=True)
            st = ", ".join(f"{k} {r['stages_wall'][k]:.1f}/{r['stages_cpu'][k]:.1f}" for k in r["stages_wall"])
            print(f"run {i + 1} {tree}: {r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU; stages wall/CPU: {st}; "
                  f"{r['edges']} edges, {r['articles']} articles; load {r['load_start']} → {r['load_end']}",
                  flush=True)


if __name__ == "__main__":
    main()
