"""Benchmark of `dccs search` against brute-force BM25 (rank-bm25, the reference).

Usage:  python bench/search_bench.py [--kb PATH] [--only 44.13|full] [--workers N] [--no-first-use]

Builds (in a temporary directory, never in the shared corpus) a knowledge base
of đề mục 44.13 alone and one of the whole corpus (or copies ``--kb``), then
for each:

* index build: full build, no-op reopen, incremental update after one source
  changed (its ``ingested_at`` bumped in the copy);
* latency over ≥ 200 queries (the dev set, accented and folded) for
  ``engine.rank`` (ranking only) and ``engine.search`` (with snippets and
  status), wall and CPU time per query, best of three passes (each printed), rank-bm25 ``BM25Okapi.get_scores`` over the *same tokens* (our
  folded syllables + pyvi words, one bag per article) and bm25s over the same
  tokens; median, p95, and the ratio to rank-bm25. rank-bm25 (0.1–0.3 s a query
  on the whole corpus) is timed on ``REFERENCE_SAMPLE`` (48) evenly spaced
  queries of those, not all: the ratio compares its sample's p50/p95 with ours
  over every query;
* the reference's tokens (our analysis of every article: minutes of pyvi) and
  its dev-set figures are kept in ``$DCCS_BENCH_CACHE`` (default
  ``~/.cache/dccs/bench``), keyed by a digest of the articles' text, the
  analysis code and pyvi's version (and, for the figures, the dev sets and the
  query tokens): a second run on the same corpus skips both (``--no-cache``
  recomputes them);
* resident memory of the loaded index, each engine measured in its own
  subprocess (RSS after loading minus RSS before; peak RSS);
* dev-set quality (Recall@1/5/10, MRR@10) for ours, rank-bm25 over the same
  tokens and rank-bm25 over plain whitespace tokens, on the first dev set
  and, side by side, on ``tests/data/search_dev2.jsonl`` when present (written
  without seeing the ranking code; held out until session 16, a tuning set since —
  ``bench/search_quality.py`` reports the held-out dev5 and dev7);
* first use (unless ``--no-first-use``): ``pipeline.prepare`` from nothing on the
  whole corpus — ingest, graph, search index — wall and CPU seconds per stage
  (CPU seconds include the worker processes and vary less with load).

Timings vary with machine load: the script prints the load average with them.
It takes several minutes on two cores; it is not part of pytest.
"""
from __future__ import annotations

import argparse
import gc
import gzip
import hashlib
import json
import os
import pickle
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.ingest import corpus_root, default_sources, ingest  # noqa: E402
from kb.search import SearchEngine  # noqa: E402
from kb.search.evaluate import evaluate, load_dev  # noqa: E402
from kb.search.index import SearchIndex, _analysed, _batches  # noqa: E402
from kb.search.store import SearchStore, read_articles  # noqa: E402
from kb.store import Store  # noqa: E402
from kb.vntext import fold, nfc  # noqa: E402

DEV = ROOT / "tests" / "data" / "search_dev.jsonl"
#: A second dev set written by people who never saw the ranking code; never tuned on, only reported.
DEV2 = ROOT / "tests" / "data" / "search_dev2.jsonl"
ROUNDS = 3  # timing passes over the queries for our engine (the quietest is kept)
#: rank-bm25 scans every article for each query term (0.1–0.3 s a query on the whole corpus): its
#: latency is timed on this many of the bench's queries, evenly spaced (every k-th), not on all.
REFERENCE_SAMPLE = 48
#: The reference engines' tokens are our analysis of every article (pyvi: minutes): they are kept
#: on disk, keyed by the articles' text and this code, and so are the reference engines' dev-set
#: figures (keyed also by the dev sets and the query tokens). ``--no-cache`` recomputes both.
ANALYSIS_CODE = ("kb/search/analysis.py", "kb/search/segment.py", "kb/search/index.py")
CORE = "phapdien/xay-dung-phap-luat-va-thi-hanh-phap-luat/thuc-hien-dan-chu-o-co-so.md"


# -- helpers ------------------------------------------------------------------
def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    """Peak RSS of this process (VmHWM: unlike ru_maxrss it is not inherited across exec)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], p: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, max(0, int(round(p / 100 * len(v))) - 1))]


def summary(ms: list[float]) -> dict:
    return {"p50": statistics.median(ms), "p95": pct(ms, 95), "mean": statistics.fmean(ms), "n": len(ms)}


def load_avg() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (worker pools): load-independent-ish."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def dev_sets() -> list[tuple[str, Path]]:
    """(name, path) of the dev sets present: the tuning set, then the held-out one."""
    return [(n, p) for n, p in (("dev1", DEV), ("dev2", DEV2)) if p.exists()]


def quality(rank, store: Store) -> dict:
    """R@1/5/10 and MRR@10 on every dev set (queries whose gold is in this KB)."""
    uids_in_kb = SearchStore(store).article_uids()
    out = {}
    for name, path in dev_sets():
        dev = [q for q in load_dev(path) if any(g in uids_in_kb for g in q.gold)]
        if not dev:
            continue
        m, _ = evaluate(dev, rank)
        out[name] = {"n": m.n, **{f"R@{k}": v for k, v in m.recall.items()}, "MRR@10": m.mrr10}
    return out


# -- first use: KB + graph + search index from nothing (pipeline.prepare) ------------------
def bench_first_use(work: Path) -> tuple[dict, Path]:
    """Time ``pipeline.prepare.prepare`` on the whole corpus from an empty directory, stage by stage."""
    from pipeline.prepare import Step, prepare

    kb = work / "first-use" / "kb.sqlite"
    print(f"\n=== first use: KB + graph + search index from nothing (load {load_avg()})", flush=True)
    seen: set[str] = set()

    def progress(step: Step) -> None:
        if step.stage not in seen:
            seen.add(step.stage)
            print(f"  {step.stage}: first progress report (load {load_avg()})", flush=True)

    t0, c0, l0 = time.perf_counter(), cpu_seconds(), load_avg()
    report = prepare(kb, progress=progress)
    t1, c1 = time.perf_counter(), cpu_seconds()
    result = {"total_s": t1 - t0, "total_cpu_s": c1 - c0, "load_start": l0, "load_end": load_avg(),
              "stages_s": {k: round(v, 1) for k, v in report.seconds.items()},
              "edges": report.edges, "articles": report.articles_indexed}
    result["stages_cpu_s"] = {k: round(v, 1) for k, v in report.cpu.items()}
    print(f"first use: {result['total_s']:.1f} s wall, {result['total_cpu_s']:.1f} s CPU "
          f"(stages wall {result['stages_s']}, CPU {result['stages_cpu_s']}), load {l0} → {result['load_end']}",
          flush=True)
    return result, kb


def bench_queries() -> list[str]:
    """The dev-set queries as typed, plus each one folded (as typed without marks)."""
    dev = [q.query for q in load_dev(DEV)]
    folded = [fold(q) for q in dev]
    return dev + [q for q in folded if q not in dev]


# -- token bags for the reference engines -----------------------------------------
def same_tokens(store: Store, workers: int) -> tuple[list[str], list[list[str]]]:
    """Per article: our folded syllables + folded pyvi words (the index's main fields)."""
    uids, bags = [], []
    for batch, fields, _ in _analysed(_batches(read_articles(store)), workers):
        for a, (_, f) in zip(batch, fields):
            uids.append(a.uid)
            bags.append(f["fsyl"].split() + f["fcmp"].split())
    return uids, bags


def whitespace_tokens(store: Store) -> tuple[list[str], list[list[str]]]:
    uids, bags = [], []
    for a in read_articles(store):
        uids.append(a.uid)
        bags.append(nfc(" ".join((a.title, *a.lines))).lower().split())
    return uids, bags


def cache_dir() -> Path:
    """Where the reference's tokens and figures are kept: ``$DCCS_BENCH_CACHE`` or ~/.cache/dccs/bench."""
    return Path(os.environ.get("DCCS_BENCH_CACHE") or Path.home() / ".cache" / "dccs" / "bench")


def corpus_key(store: Store) -> str:
    """A digest of every article's text and of the analysis code: the reference tokens depend on nothing else."""
    from importlib.metadata import version

    h = hashlib.sha256(f"pyvi {version('pyvi')}".encode())
    for rel in ANALYSIS_CODE:
        h.update((ROOT / rel).read_bytes())
    for a in read_articles(store):
        h.update("\0".join((a.uid, a.title, *a.lines, "\1")).encode())
    return h.hexdigest()[:24]


def reference_tokens(store: Store, workers: int, key: str, use_cache: bool
                     ) -> tuple[list[str], list[list[str]], bool]:
    """(uids, token bags, read from the cache?): ``same_tokens``, analysed once per corpus and code."""
    path = cache_dir() / f"reference-tokens-{key}.pickle.gz"
    if use_cache and path.exists():
        try:
            with gzip.open(path, "rb") as fh:
                uids, texts = pickle.load(fh)
            return uids, [t.split() for t in texts], True
        except (OSError, EOFError, ValueError, pickle.UnpicklingError):
            pass  # a damaged cache file: analyse again
    uids, bags = same_tokens(store, workers)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + f".tmp-{os.getpid()}")
        with gzip.open(tmp, "wb", compresslevel=1) as fh:  # a token never holds a space
            pickle.dump((uids, [" ".join(b) for b in bags]), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        print(f"  (reference tokens not cached: {exc})", flush=True)
    return uids, bags, False


def cached_quality(label: str, key: str, compute, use_cache: bool) -> tuple[dict, bool]:
    """``compute()`` (a reference engine's dev-set figures), kept on disk under ``key``."""
    path = cache_dir() / f"reference-quality-{label}-{key}.json"
    if use_cache and path.exists():
        try:
            return json.loads(path.read_text(encoding="utf-8")), True
        except (OSError, ValueError):
            pass
    got = compute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(got), encoding="utf-8")
    except OSError:
        pass
    return got, False


def quality_key(corpus: str, qtok: dict[str, list[str]], engine_version: str) -> str:
    """``corpus`` + the dev sets + the query tokens the reference is given + the reference's version."""
    h = hashlib.sha256(f"{corpus}|{engine_version}".encode())
    for _, path in dev_sets():
        h.update(path.read_bytes())
    h.update(json.dumps(qtok, sort_keys=True, ensure_ascii=False).encode())
    return h.hexdigest()[:24]


def sample(queries: list[str], n: int = REFERENCE_SAMPLE) -> list[str]:
    """Every k-th query, ``n`` of them (all when there are fewer)."""
    step = max(1, len(queries) // n)
    return queries[::step][:n]


def query_tokens(engine: SearchEngine, query: str) -> list[str]:
    """The same analysis our engine runs (abbreviations, restoration, words), folded terms only."""
    parsed = engine.explain(query)
    return [t.text for t in parsed.terms if t.field in ("fsyl", "fcmp")]


# -- memory workers (one engine per process) ------------------------------------
def memory_worker(kind: str, arg: str) -> None:
    gc.collect()
    before = rss_mb()
    if kind == "ours":
        engine = SearchEngine.open(Store(arg))
        assert engine.report.mode == "fresh", engine.report  # measure loading, not building
        for q in bench_queries():
            engine.search(q)
    elif kind in ("rank_bm25", "bm25s"):
        with open(arg, "rb") as fh:
            bags = pickle.load(fh)
        gc.collect()
        before = rss_mb()
        if kind == "rank_bm25":
            from rank_bm25 import BM25Okapi

            index = BM25Okapi(bags)
        else:
            import bm25s

            index = bm25s.BM25()
            index.index(bags, show_progress=False)
        del bags
        gc.collect()
        assert index is not None  # keep the index alive while RSS is read
    after = rss_mb()
    print(json.dumps({"rss_before_mb": round(before, 1), "rss_delta_mb": round(after - before, 1),
                      "peak_mb": round(peak_mb(), 1)}))


def measure_memory(kind: str, arg: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--memory-worker", kind, arg],
                         capture_output=True, text=True, check=False)
    try:
        return json.loads(out.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        lines = out.stderr.strip().splitlines()
        return {"error": lines[-1] if lines else f"exit {out.returncode}"}


# -- one corpus -----------------------------------------------------------------
def bench_corpus(name: str, kb: Path, workers: int, work: Path, use_cache: bool = True) -> dict:
    print(f"\n=== {name}: {kb} (load {load_avg()})", flush=True)
    store = Store(kb)
    result: dict = {"corpus": name, "articles": store.counts()["articles"]}

    t, c = time.perf_counter(), cpu_seconds()
    SearchIndex.open(store, rebuild=True, workers=workers)
    result["build_s"] = time.perf_counter() - t
    result["build_cpu_s"] = cpu_seconds() - c
    t = time.perf_counter()
    _, report = SearchIndex.open(store)
    result["reopen_s"] = time.perf_counter() - t
    core = next((p for p in SearchStore(store).source_paths() if p.endswith(CORE)), None)
    if core:
        SearchStore(store).mark_source_changed(core)
        t = time.perf_counter()
        _, report = SearchIndex.open(store, workers=workers)
        result["incremental_s"] = time.perf_counter() - t
        result["incremental_articles"] = report.articles
    print(f"index: build {result['build_s']:.1f} s ({result['build_cpu_s']:.1f} s CPU), no-op reopen {result['reopen_s'] * 1000:.0f} ms, "
          f"incremental (1 source, {result.get('incremental_articles', 0)} articles) "
          f"{result.get('incremental_s', 0):.1f} s", flush=True)

    engine = SearchEngine.open(store)
    queries = bench_queries()
    for q in queries:  # warm-up: page the index in, fill caches
        engine.search(q)
    # The machine is shared: time ROUNDS passes and keep the quietest (lowest median),
    # printing every pass so the spread is visible. CPU time per query (time.process_time)
    # is kept beside wall time: it leaves out the time other processes held the core.
    rounds_rank, rounds_full = [], []
    for _ in range(ROUNDS):
        rank_ms, full_ms, rank_cpu, full_cpu = [], [], [], []
        for q in queries:
            t, c = time.perf_counter(), time.process_time()
            engine.rank(q)
            rank_ms.append((time.perf_counter() - t) * 1000)
            rank_cpu.append((time.process_time() - c) * 1000)
            t, c = time.perf_counter(), time.process_time()
            engine.search(q)
            full_ms.append((time.perf_counter() - t) * 1000)
            full_cpu.append((time.process_time() - c) * 1000)
        rounds_rank.append({**summary(rank_ms), "cpu": summary(rank_cpu)})
        rounds_full.append({**summary(full_ms), "cpu": summary(full_cpu)})
        r, f = rounds_rank[-1], rounds_full[-1]
        print(f"  pass (load {load_avg()}): rank p50 {r['p50']:.2f} p95 {r['p95']:.2f} ms "
              f"(CPU {r['cpu']['p50']:.2f} / {r['cpu']['p95']:.2f}); search p50 {f['p50']:.2f} "
              f"p95 {f['p95']:.2f} ms (CPU {f['cpu']['p50']:.2f} / {f['cpu']['p95']:.2f})", flush=True)
    result["ours_rank_ms"] = min(rounds_rank, key=lambda r: r["p50"])
    result["ours_search_ms"] = min(rounds_full, key=lambda r: r["p50"])
    result["ours_rounds"] = {"rank": rounds_rank, "search": rounds_full}

    result["quality_ours"] = quality(lambda q: engine.rank(q, limit=10), store)

    t = time.perf_counter()
    key = corpus_key(store)
    uids, bags, cached = reference_tokens(store, workers, key, use_cache)
    result["reference_tokenise_s"] = time.perf_counter() - t
    result["reference_tokens_cached"] = cached
    print(f"reference tokens of {result['articles']} articles: "
          f"{'read from the cache' if cached else 'analysed'} in {result['reference_tokenise_s']:.1f} s "
          f"({cache_dir()}, key {key})", flush=True)
    bags_path = work / f"{name}.bags.pickle"
    with open(bags_path, "wb") as fh:
        pickle.dump(bags, fh, protocol=pickle.HIGHEST_PROTOCOL)
    dev_queries = [q.query for _, path in dev_sets() for q in load_dev(path)]
    qtok = {q: query_tokens(engine, q) for q in dict.fromkeys(queries + dev_queries)}
    timed = sample(queries)
    result["reference_sample"] = len(timed)

    from importlib.metadata import version

    from rank_bm25 import BM25Okapi
    import numpy as np

    t = time.perf_counter()
    bm25 = BM25Okapi(bags)
    result["rank_bm25_build_s"] = time.perf_counter() - t

    def bm25_rank(q: str, index=bm25, ids=uids) -> list[str]:
        scores = index.get_scores(qtok.get(q) or query_tokens(engine, q))
        top = np.argpartition(-scores, min(10, len(scores) - 1))[:10]
        return [ids[i] for i in top[np.argsort(-scores[top])]]

    ref_ms = []
    for q in timed:
        t = time.perf_counter()
        bm25_rank(q)
        ref_ms.append((time.perf_counter() - t) * 1000)
    result["rank_bm25_ms"] = summary(ref_ms)
    qkey = quality_key(key, qtok, "rank-bm25 " + version("rank-bm25"))
    result["quality_rank_bm25_same_tokens"], _ = cached_quality(
        "rank-bm25", qkey, lambda: quality(bm25_rank, store), use_cache)
    del bm25
    gc.collect()

    try:
        import bm25s

        retriever = bm25s.BM25()
        retriever.index(bags, show_progress=False)
        vocab_ok = set(retriever.vocab_dict)
        s_ms = []
        for q in queries:
            toks = [t for t in qtok[q] if t in vocab_ok] or ["__none__"]
            t = time.perf_counter()
            if toks != ["__none__"]:
                retriever.retrieve([toks], k=10, show_progress=False, n_threads=1)
            s_ms.append((time.perf_counter() - t) * 1000)
        result["bm25s_ms"] = summary(s_ms)

        def bm25s_rank(q: str, index=retriever) -> list[str]:
            toks = [t for t in qtok.get(q) or query_tokens(engine, q) if t in vocab_ok]
            if not toks:
                return []
            docs, _ = index.retrieve([toks], k=10, show_progress=False, n_threads=1)
            return [uids[i] for i in docs[0]]

        result["quality_bm25s_same_tokens"] = quality(bm25s_rank, store)
        del retriever
    except Exception as exc:  # bm25s is an optional extra
        result["bm25s_ms"] = {"error": f"{type(exc).__name__}: {exc}"}

    wuids, wbags = whitespace_tokens(store)
    plain = BM25Okapi(wbags)

    def plain_rank(q: str, index=plain) -> list[str]:
        scores = index.get_scores(nfc(q).lower().split())
        top = np.argpartition(-scores, min(10, len(scores) - 1))[:10]
        return [wuids[i] for i in top[np.argsort(-scores[top])]]

    plain_ms = []
    for q in timed:
        t = time.perf_counter()
        plain_rank(q)
        plain_ms.append((time.perf_counter() - t) * 1000)
    result["rank_bm25_whitespace_ms"] = summary(plain_ms)
    result["quality_rank_bm25_whitespace"], _ = cached_quality(
        "rank-bm25-whitespace", quality_key(key, {}, "rank-bm25 " + version("rank-bm25")),
        lambda: quality(plain_rank, store), use_cache)
    del plain, wbags
    gc.collect()

    result["memory_ours"] = measure_memory("ours", str(kb))
    result["memory_rank_bm25"] = measure_memory("rank_bm25", str(bags_path))
    result["memory_bm25s"] = measure_memory("bm25s", str(bags_path))
    result["index_disk_mb"] = sum(f.stat().st_size for f in (kb.parent / (kb.name + ".search")).rglob("*")
                                  if f.is_file()) / 2**20
    result["load_avg"] = load_avg()
    report_corpus(result)
    store.close()
    return result


def report_corpus(r: dict) -> None:
    def line(label: str, s: dict) -> str:
        if "error" in s:
            return f"  {label:34} {s['error']}"
        ratio_p50 = r["rank_bm25_ms"]["p50"] / s["p50"] if s["p50"] else float("inf")
        ratio_p95 = r["rank_bm25_ms"]["p95"] / s["p95"] if s["p95"] else float("inf")
        cpu = f"  [CPU p50 {s['cpu']['p50']:.2f} p95 {s['cpu']['p95']:.2f} ms]" if "cpu" in s else ""
        return (f"  {label:34} p50 {s['p50']:8.2f} ms  p95 {s['p95']:8.2f} ms  "
                f"(rank-bm25 ÷ this: {ratio_p50:6.1f}× p50, {ratio_p95:6.1f}× p95){cpu}")

    print(f"--- {r['corpus']}: {r['articles']} articles, {r['ours_rank_ms']['n']} queries, "
          f"load {r['load_avg']}")
    print(line("ours: rank (BM25 + re-rank)", r["ours_rank_ms"]))
    print(line("ours: search (+ snippets, status)", r["ours_search_ms"]))
    print(line(f"rank-bm25 (reference, same tokens, {r.get('reference_sample', r['ours_rank_ms']['n'])} q.)",
               r["rank_bm25_ms"]))
    print(line("bm25s (same tokens)", r["bm25s_ms"]))
    print(line(f"rank-bm25 (whitespace tokens, {r.get('reference_sample', r['ours_rank_ms']['n'])} q.)",
               r["rank_bm25_whitespace_ms"]))
    for k in ("memory_ours", "memory_rank_bm25", "memory_bm25s"):
        print(f"  {k:34} {r[k]}")
    print(f"  index on disk {r['index_disk_mb']:.1f} MB; rank-bm25 build {r['rank_bm25_build_s']:.1f} s")
    print(f"  index build {r['build_s']:.1f} s wall, {r.get('build_cpu_s', 0):.1f} s CPU")
    sets = [n for n, _ in dev_sets()]
    print(f"  {'quality':34} " + "   ".join(f"{n + ' (held out until session 16)' if n == 'dev2' else n:>45}"
                                            for n in sets))
    for k in ("quality_ours", "quality_rank_bm25_same_tokens", "quality_bm25s_same_tokens",
              "quality_rank_bm25_whitespace"):
        q = r.get(k)
        if not q:
            continue
        cells = []
        for n in sets:
            m = q.get(n)
            cells.append(f"n={m['n']:3d} R@1={m['R@1']:.3f} R@5={m['R@5']:.3f} MRR@10={m['MRR@10']:.3f}"
                         if m else f"{'—':>45}")
        print(f"  {k:34} " + "   ".join(cells))


def make_kbs(args, work: Path, first_use_kb: Path | None = None) -> list[tuple[str, Path]]:
    out = []
    root = corpus_root()
    if args.only in (None, "44.13"):
        kb = work / "kb4413.sqlite"
        with Store(kb) as s:
            ingest(s, [root / CORE])
        out.append(("44.13", kb))
    if args.only in (None, "full"):
        kb = work / "kbfull.sqlite"
        if first_use_kb is not None:
            shutil.copy(first_use_kb, kb)  # the knowledge base the first-use run built
        elif args.kb:
            with Store(args.kb, readonly=True) as src:
                src.backup(kb)
        else:
            print("building the whole-corpus knowledge base …", flush=True)
            with Store(kb) as s:
                ingest(s, default_sources())
        out.append(("full", kb))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kb", help="existing whole-corpus KB to copy (read-only) instead of ingesting")
    ap.add_argument("--only", choices=["44.13", "full"])
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--out", help="write the results as JSON here")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    ap.add_argument("--no-first-use", action="store_true",
                    help="skip timing the first-use build (KB + graph + index from nothing, minutes)")
    ap.add_argument("--no-cache", action="store_true",
                    help="analyse the reference's tokens and evaluate it again (else kept in $DCCS_BENCH_CACHE)")
    ap.add_argument("--memory-worker", nargs=2, metavar=("KIND", "ARG"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.memory_worker:
        memory_worker(*args.memory_worker)
        return 0
    work = Path(tempfile.mkdtemp(prefix="dccs-search-bench-"))
    print(f"work dir {work}; {len(bench_queries())} queries; cores {os.cpu_count()}; load {load_avg()}")
    first = None
    try:
        first_kb = None
        if not args.no_first_use and args.only in (None, "full"):
            first, first_kb = bench_first_use(work)
        results = [bench_corpus(name, kb, args.workers, work, not args.no_cache)
                   for name, kb in make_kbs(args, work, first_kb)]
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print("\n=== summary")
    if first:
        print(f"first use (KB + graph + index, whole corpus): {first['total_s']:.1f} s wall, "
              f"{first['total_cpu_s']:.1f} s CPU on {os.cpu_count()} cores; stages wall {first['stages_s']}, "
              f"CPU {first['stages_cpu_s']}; load {first['load_start']} → {first['load_end']}")
    for r in results:
        report_corpus(r)
    if args.out:
        Path(args.out).write_text(json.dumps({"first_use": first, "corpora": results}, ensure_ascii=False,
                                             indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
