"""Graph build and queries over the whole-corpus knowledge base: time, memory, latency.

Copies an existing full knowledge base (``--kb``, default ``$DCCS_KB``) to a
temporary file, then, each step in a child process so peak RSS is its own:

1. full build of the graph tables (every source and the facts file; worker processes
   derive edges, one per core, the parent writes them);
2. incremental rebuild with nothing changed (sha256 skip);
3. rebuild of one changed source (đề mục 44.13);
4. loading the whole graph into networkx;
5. query latency: ``edges_of`` (what ``dccs refs`` reads) and a depth-2 ``neighbourhood``.

The reference for 4 is the design note's networkx figure (100k nodes / 300k
edges built in 1.9 s on this kind of machine), scaled to our edge count.

    python bench/graph_bench.py --kb /tmp/kb1.sqlite [--runs 3]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import json, random, resource, sys, time
from kb.store import Store
from kb.graph import build_graph, counts, edges_of, load_graph, neighbourhood
from kb.graph_store import GraphStore
path, step = sys.argv[1], sys.argv[2]
st = Store(path)
out = {}
t = time.perf_counter()
if step == "full":
    r = build_graph(st, force=True)
    out.update(built=len(r.built), edges=r.edges, counts=counts(st))
elif step == "unchanged":
    r = build_graph(st)
    out.update(built=len(r.built))
elif step == "one":
    core = [r["path"] for r in st.sources() if r["path"].endswith("thuc-hien-dan-chu-o-co-so.md")]
    GraphStore(st).mark_changed(core[0])
    r = build_graph(st)
    out.update(built=len(r.built), edges=r.edges)
elif step == "load":
    g = load_graph(st)
    out.update(nodes=g.number_of_nodes(), edges=g.number_of_edges())
elif step == "query":
    rnd = random.Random(7)
    arts = st.unit_ids("article")
    sample = rnd.sample(arts, 200) + ["10/2022/QH15:d23", "59/2023/NĐ-CP:d1", "10/2022/QH15:d1"]
    refs, hood = [], []
    for n in sample:
        a = time.perf_counter(); edges_of(st, n, subtree=True); refs.append((time.perf_counter() - a) * 1000)
    for n in sample[:60]:
        a = time.perf_counter(); neighbourhood(st, n, 2); hood.append((time.perf_counter() - a) * 1000)
    out.update(refs_ms=refs, hood_ms=hood)
out["seconds"] = time.perf_counter() - t
out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
out["workers_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps(out))
"""


def step(path: str, name: str) -> dict:
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", CHILD, path, name], check=True, capture_output=True,
                         text=True, cwd=root)
    return json.loads(out.stdout.strip().splitlines()[-1])


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))]


def summary(xs: list[float], unit: str = "s") -> str:
    return f"median {statistics.median(xs):.2f} {unit}, p95 {pct(xs, 0.95):.2f} {unit} (n={len(xs)})"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kb", default=os.environ.get("DCCS_KB"), help="a knowledge base of the whole corpus")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if not args.kb or not Path(args.kb).exists():
        sys.exit("Lỗi: cần --kb trỏ tới cơ sở dữ liệu tri thức của toàn bộ kho (chạy 'dccs ingest' trước).")
    results: dict[str, list[dict]] = {k: [] for k in ("full", "unchanged", "one", "load", "query")}
    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/kb.sqlite"
        shutil.copyfile(args.kb, path)
        for i in range(args.runs):
            for name in results:
                r = step(path, name)
                results[name].append(r)
            f = results["full"][-1]
            print(f"run {i + 1}: full build {f['seconds']:.1f} s ({f['built']} sources, {f['edges']} stored edges), "
                  f"peak RSS {f['peak_rss_mb']:.0f} MB; unchanged {results['unchanged'][-1]['seconds']:.2f} s; "
                  f"one source {results['one'][-1]['seconds']:.1f} s; load {results['load'][-1]['seconds']:.1f} s")
    full = results["full"][-1]
    print(f"edge counts: {json.dumps(full['counts'], ensure_ascii=False)}")
    print(f"full build:          {summary([r['seconds'] for r in results['full']])}; "
          f"peak RSS max {max(r['peak_rss_mb'] for r in results['full']):.0f} MB (writer), "
          f"{max(r['workers_peak_rss_mb'] for r in results['full']):.0f} MB (largest worker)")
    print(f"rebuild, no change:  {summary([r['seconds'] for r in results['unchanged']])}")
    print(f"rebuild, 1 source:   {summary([r['seconds'] for r in results['one']])} (đề mục 44.13)")
    load = results["load"][-1]
    ref = 1.9 * load["edges"] / 300_000
    print(f"load whole graph:    {summary([r['seconds'] for r in results['load']])}; {load['nodes']} nodes, "
          f"{load['edges']} edges; peak RSS {max(r['peak_rss_mb'] for r in results['load']):.0f} MB; "
          f"ratio vs reference ({ref:.1f} s scaled from 1.9 s per 300k edges): "
          f"{statistics.median(r['seconds'] for r in results['load']) / ref:.1f}×")
    refs = [ms for r in results["query"] for ms in r["refs_ms"]]
    hood = [ms for r in results["query"] for ms in r["hood_ms"]]
    print(f"refs (edges_of, subtree): {summary(refs, 'ms')}")
    print(f"neighbourhood depth 2:    {summary(hood, 'ms')}")


if __name__ == "__main__":
    main()
