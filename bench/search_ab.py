"""Search latency of two source trees side by side, in the same run (before/after a change).

Usage:  python bench/search_ab.py --base DIR [--new DIR] [--kb PATH] [--rounds N] [--chunk N] [--same-results]

``DIR`` is a checkout of the repository (e.g. ``git worktree add /tmp/base main`` or
``git archive main | tar -x -C /tmp/base``); ``--new`` defaults to this tree. Each
tree's engine runs in its own process on the same knowledge base and index; the
passes over the queries (the search bench's 287: the first dev set as typed and
folded) alternate between the two, so both see the same machine load. Per
query, wall time and CPU time (``time.process_time``: it does not count the time
another process held the core) of ``engine.rank`` and of ``engine.search`` (with
snippets); p50 / p95 of each, best pass of ``--rounds`` (lowest p95), and the
load average. ``--chunk N`` alternates the engines every N queries within a pass (a loaded
machine's slow and fast moments then fall on both) and adds a paired figure: per query, its
lowest CPU time over the passes, before and after, and the median ratio after/before (of all
queries, and of the slowest tenth: what a p95 is made of).

``--same-results`` also checks that both trees give the same results: the ranked
article ids, every hit's JSON and every candidate's exact score, for the bench's
queries, every query of the dev sets (the held-out set is only counted, its
queries are never printed) and every prefix of the first set's queries (as typed).
``--queries tuning`` times the tuning sets' questions as typed (dev1, dev3, dev4, dev6; their
slowest tenth are quizzes) in place of the bench's 287. ``--fresh`` first searches, once each, queries neither engine has run yet (the
third dev set, then the first set's prefixes as typed): what a user typing new
questions meets, with the engine's caches warm only for the words and articles
seen before. Both engines run with the same ``PYTHONHASHSEED`` (``--hash-seed``): the order of
a set of strings, hence the last bits of a few sums over one, follows the seed.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]


def pct(values: list[float], p: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, max(0, int(round(p / 100 * len(v))) - 1))]


# -- worker: one tree's engine, commands on stdin ---------------------------------
def worker(kb: str) -> None:
    from kb.search import SearchEngine
    from kb.search.evaluate import load_dev
    from kb.store import Store
    from kb.vntext import fold

    root = Path(os.environ["DCCS_AB_DATA"])
    dev1 = [q.query for q in load_dev(root / "search_dev.jsonl")]
    bench = dev1 + [f for f in (fold(q) for q in dev1) if f not in dev1]
    sets = {"bench": bench}
    timed = bench
    if os.environ.get("DCCS_AB_QUERIES") == "tuning":  # the tuning sets as typed: their slowest are quizzes
        timed = [q.query for file in TUNING if (root / file).exists() for q in load_dev(root / file)]
    for name, file in (("dev1", "search_dev.jsonl"), ("dev3", "search_dev3.jsonl"), ("dev4", "search_dev4.jsonl"),
                       ("dev2", "search_dev2.jsonl")):
        if (root / file).exists():
            sets[name] = [q.query for q in load_dev(root / file)]
    # as typed, word by word: every prefix of two words or more of the first set's queries
    sets["dev1 prefixes"] = sorted({" ".join(q.split()[:k]) for q in bench for k in range(2, len(q.split()))})
    engine = SearchEngine.open(Store(kb))
    for q in timed:  # warm-up: page the index in, fill the caches
        engine.search(q)
    print(json.dumps({"ready": len(timed)}), flush=True)
    for line in sys.stdin:
        cmd, *span = line.split() or [""]
        if cmd in ("rank", "search"):
            fn = engine.rank if cmd == "rank" else engine.search
            out = []
            for q in (timed[int(span[0]):int(span[1])] if span else timed):
                w, c = time.perf_counter(), time.process_time()
                fn(q)
                out.append(((time.perf_counter() - w) * 1000, (time.process_time() - c) * 1000))
            print(json.dumps(out), flush=True)
        elif cmd == "fresh":  # queries never run before in this process: caches partly cold
            out = {}
            for name in ("dev3", "dev1 prefixes"):
                times = []
                for q in sets.get(name, []):
                    w, c = time.perf_counter(), time.process_time()
                    engine.search(q)
                    times.append(((time.perf_counter() - w) * 1000, (time.process_time() - c) * 1000))
                out[name] = times
            print(json.dumps(out), flush=True)
        elif cmd == "results":
            digests: dict = {"queries": {k: v for k, v in sets.items() if k != "dev2"}}
            for name, queries in sets.items():
                digests[name] = [hashlib.sha1(json.dumps(
                    [engine.rank(q, limit=10), [h.to_json() for h in engine.search(q, limit=10)],
                     [(repr(s), u) for s, u in engine._plan(q, 10, None, None, None).ranked]],
                    ensure_ascii=False, sort_keys=True).encode()).hexdigest() for q in queries]
            print(json.dumps(digests), flush=True)
        else:
            return


#: ``--queries tuning``: the tuning sets' questions (never the held-out dev5 / dev7)
TUNING = ("search_dev.jsonl", "search_dev2.jsonl", "search_dev3.jsonl", "search_dev4.jsonl", "search_dev6.jsonl",
          "search_dev8.jsonl")


class Worker:
    def __init__(self, tree: Path, kb: str, seed: str, queries: str = "bench"):
        # one string-hash seed for both: set order (hence the order of some float sums) follows it
        env = {**os.environ, "PYTHONPATH": str(tree), "DCCS_AB_DATA": str(ROOT / "tests" / "data"),
               "PYTHONHASHSEED": seed, "DCCS_AB_QUERIES": queries}
        self.proc = subprocess.Popen([sys.executable, str(HERE), "--worker", "--kb", kb], cwd=tree, env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.ready = self._read()

    def _read(self):
        line = self.proc.stdout.readline()
        if not line:
            raise SystemExit(f"worker failed (exit {self.proc.wait()})")
        return json.loads(line)

    def ask(self, cmd: str):
        self.proc.stdin.write(cmd + "\n")
        self.proc.stdin.flush()
        return self._read()

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait()


def stats(times: list[list[float]]) -> dict:
    wall, cpu = [t[0] for t in times], [t[1] for t in times]
    return {"wall_p50": statistics.median(wall), "wall_p95": pct(wall, 95),
            "cpu_p50": statistics.median(cpu), "cpu_p95": pct(cpu, 95), "cpu_mean": statistics.fmean(cpu)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", help="the tree to compare with (before)")
    ap.add_argument("--new", default=str(ROOT), help="the tree measured (after); default: this one")
    ap.add_argument("--kb", default=os.environ.get("DCCS_KB"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--same-results", action="store_true")
    ap.add_argument("--fresh", action="store_true",
                    help="first: search once each query not run before (the third dev set, then the "
                         "first set's prefixes as typed), before and after, caches partly cold")
    ap.add_argument("--chunk", type=int, default=0,
                    help="alternate the two engines every N queries within a pass (not once per pass): "
                         "both meet the same moments of a loaded machine; also prints, per query, the "
                         "median ratio after/before of its lowest CPU time over the passes")
    ap.add_argument("--hash-seed", type=int, default=0, help="PYTHONHASHSEED of both engines")
    ap.add_argument("--queries", choices=("bench", "tuning"), default="bench",
                    help="the queries timed: the bench's 287 (the first dev set as typed and folded), or "
                         "the tuning sets' questions as typed (dev1, dev3, dev4, dev6: quizzes among them)")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.kb)
        return 0
    if not args.base or not args.kb:
        ap.error("--base and --kb (or $DCCS_KB) are needed")
    trees = {"before": Path(args.base).resolve(), "after": Path(args.new).resolve()}
    workers = {k: Worker(t, args.kb, str(args.hash_seed), args.queries) for k, t in trees.items()}
    try:
        print(f"{workers['after'].ready['ready']} queries; load {os.getloadavg()[0]:.2f}", flush=True)
        if args.same_results:
            got = {k: w.ask("results") for k, w in workers.items()}
            for name in got["before"]:
                if name == "queries":
                    continue
                a, b = got["before"][name], got["after"].get(name, [])
                differ = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
                print(f"same results, {name}: {len(a) - len(differ)}/{len(a)} queries identical", flush=True)
                if name != "dev2":  # held out until session 16: still not shown query by query
                    for i in differ[:5]:
                        print(f"    differs: {got['after']['queries'][name][i]!r}")
        if args.fresh:
            got = {k: w.ask("fresh") for k, w in workers.items()}
            for name in got["before"]:
                for k in ("before", "after"):
                    s = stats(got[k][name])
                    print(f"fresh {name} ({len(got[k][name])} queries), search {k:6} wall p50 {s['wall_p50']:5.2f} "
                          f"p95 {s['wall_p95']:5.2f} ms | CPU p50 {s['cpu_p50']:5.2f} p95 {s['cpu_p95']:5.2f} "
                          f"mean {s['cpu_mean']:5.2f} ms", flush=True)
        best: dict = {}
        per_query: dict = {}  # (side, cmd) → each query's lowest CPU time over the passes
        n = workers["after"].ready["ready"]
        for r in range(args.rounds):
            for cmd in ("rank", "search"):
                got: dict = {"before": [], "after": []}
                for c, a in enumerate(range(0, n, args.chunk) if args.chunk else [0]):
                    b = min(n, a + args.chunk) if args.chunk else n
                    for k in (("before", "after") if (r + c) % 2 == 0 else ("after", "before")):
                        got[k].extend(workers[k].ask(f"{cmd} {a} {b}"))
                for k in (("before", "after") if r % 2 == 0 else ("after", "before")):
                    times = got[k]
                    low = per_query.setdefault((k, cmd), [t[1] for t in times])
                    per_query[(k, cmd)] = [min(x, t[1]) for x, t in zip(low, times)]
                    s = stats(times)
                    key = (k, cmd)
                    best[key] = {m: min(v, best[key][m]) for m, v in s.items()} if key in best else s
                    print(f"  pass {r + 1} {k:6} {cmd:6} wall p50 {s['wall_p50']:5.2f} p95 {s['wall_p95']:5.2f} ms"
                          f" | CPU p50 {s['cpu_p50']:5.2f} p95 {s['cpu_p95']:5.2f} mean {s['cpu_mean']:5.2f} ms"
                          f" (load {os.getloadavg()[0]:.2f})", flush=True)
        print(f"best of {args.rounds} passes (each figure its lowest), load {' '.join(f'{x:.2f}' for x in os.getloadavg())}:")
        for cmd in ("rank", "search"):
            for k in ("before", "after"):
                s = best[(k, cmd)]
                print(f"  {cmd:6} {k:6} wall p50 {s['wall_p50']:5.2f} p95 {s['wall_p95']:5.2f} ms"
                      f" | CPU p50 {s['cpu_p50']:5.2f} p95 {s['cpu_p95']:5.2f} mean {s['cpu_mean']:5.2f} ms")
        for cmd in ("rank", "search"):
            before, after = per_query[("before", cmd)], per_query[("after", cmd)]
            ratios = [a / b for a, b in zip(after, before) if b > 0]
            print(f"  {cmd:6} per query, lowest CPU of {args.rounds} passes: p50 {statistics.median(before):5.2f} → "
                  f"{statistics.median(after):5.2f} ms, p95 {pct(before, 95):5.2f} → {pct(after, 95):5.2f} ms; "
                  f"after/before median {statistics.median(ratios):.3f}")
            # the slowest tenth (by before's lowest CPU): what a p95 is made of
            slow = sorted(range(len(before)), key=lambda i: -before[i])[:max(1, len(before) // 10)]
            print(f"  {cmd:6} slowest tenth ({len(slow)} queries): mean {statistics.fmean(before[i] for i in slow):5.2f} → "
                  f"{statistics.fmean(after[i] for i in slow):5.2f} ms; after/before median "
                  f"{statistics.median(after[i] / before[i] for i in slow if before[i] > 0):.3f}")
    finally:
        for w in workers.values():
            w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
