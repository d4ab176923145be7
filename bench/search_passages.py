"""Passage-level first stage, measured: BM25 over each article's clauses, fused with the article's.

Usage:  python bench/search_passages.py [--kb PATH] [--lam 0 0.5 1 …] [--extra K] [--title]

Long articles lose in article-level BM25 (length normalisation) although one clause answers the
question. Here every article is cut into passages — each clause or paragraph directly under it,
with its points (an article with none is one passage) — and a BM25 over the passages' folded
syllables (the query's ``fsyl`` terms, with their weights) gives each article its best passage's
score. The first stage's pool is then the best ``CANDIDATES`` by ``article BM25 + λ · best
passage`` over the article ranking's first ``WIDE`` and the passage ranking's first ``extra``
articles; everything after (boosts, clause re-ranking, near-duplicates) is the engine's own.
Prints R@1/R@5/R@10/MRR@10 on the tuning sets only, the setting a leave-one-set-out choice
makes, the build time and the query cost; ``--tantivy`` times a tantivy index of the passages.

Measured (searchgen6, not kept). With the title in each passage (``--title``), R@1 / R@5 / R@10 /
MRR@10: λ 0 (today) dev1 0.948 / 0.994 / 1.000 / 0.970, dev3 0.933 / 0.983 / 0.994 / 0.956, dev4
0.851 / 0.960 / 0.971 / 0.897 (sum of R@1 + MRR@10 5.556); λ 0.05 dev3 0.933 / 0.989 / 1.000 /
0.960, dev4 0.857 / 0.960 / 0.971 / 0.900 (5.569); λ 0.1 5.559, λ 0.2 5.559 (dev3 +1, dev4 −1 at
R@1), λ 0.35 5.552; without the title λ 0.1 5.547, 0.25 5.521, 0.5 5.497, 1.0 5.389. The passage
ranking's own first 20 articles added to the pool change nothing (the tuning sets' gold articles
are already among the article ranking's 40 when they can be found at all), and re-scoring only
today's pool of 40 gives the same (λ 0.05: 5.566). Leave one set out: dev1 holds (λ 0.05 chosen),
dev3 +0.004 (λ 0.05), dev4 −0.009 (λ 0.2 chosen on dev1 + dev3): it does not hold. Costs: 169,345
passages over 49,212 articles; folding and counting them in one Python process 58–113 s (load
4–9; no pyvi: folded syllables only — pyvi words per passage would cost what the article index
costs again), 61 MB as a scipy matrix or 12 MB in tantivy (7 s to feed); a query's passage BM25
p50 23–27 / p95 51–60 ms in numpy over all passages, p50 18 / p95 37 ms as a tantivy query
(load 8.7) — against the 0.3 ms the latency budget allows (a two-phase passage store like
``kb.search.forward``'s would be needed, for a gain of one or two questions that cross-validation
does not confirm).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np
from scipy import sparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kb.search import SearchEngine  # noqa: E402
from kb.search.analysis import folded_tokens  # noqa: E402
from kb.search.evaluate import evaluate, load_dev  # noqa: E402
from kb.store import Store  # noqa: E402

DATA = ROOT / "tests" / "data"
TUNING = {"dev1": "search_dev.jsonl", "dev3": "search_dev3.jsonl", "dev4": "search_dev4.jsonl"}
K1, B = 1.2, 0.75
WIDE = int(os.environ.get("PASSAGE_WIDE", "1000"))  # article-level candidates whose BM25 is known for the fusion


class Passages:
    """BM25 over passages (folded syllables); ``best(terms)`` → (article rows, best passage score)."""

    def __init__(self, store: Store, rows_of: dict[str, int], title: bool):
        conn = store.conn
        parent = {}
        level = {}
        titles = {}
        for uid, lv, par, t in conn.execute("SELECT uid, level, parent, title FROM units"):
            parent[uid], level[uid] = par, lv
            if lv == "article":
                titles[uid] = t or ""
        texts: dict[str, list[str]] = {}  # passage key → texts
        owner: dict[str, str] = {}  # passage key → article uid
        for uid, lv, text in conn.execute("SELECT uid, level, text FROM units ORDER BY doc_id, ordinal"):
            if not text:
                continue
            top, up = uid, parent.get(uid)
            while up is not None and level.get(up) != "article":
                top, up = up, parent.get(up)
            article = up if up is not None else (uid if lv == "article" else None)
            if article is None or article not in rows_of:
                continue
            key = top if lv != "article" else article
            texts.setdefault(key, []).append(text)
            owner[key] = article
        vocab: dict[str, int] = {}
        indptr, cols, tfs, arts = [0], [], [], []
        words_of: list[str] = []
        for key, parts in texts.items():
            art = owner[key]
            words = folded_tokens(" ".join(parts) + (" " + titles.get(art, "") if title else ""))
            words_of.append(" ".join(words))
            counts: dict[int, int] = {}
            for w in words:
                j = vocab.setdefault(w, len(vocab))
                counts[j] = counts.get(j, 0) + 1
            cols.extend(counts)
            tfs.extend(counts.values())
            indptr.append(len(cols))
            arts.append(rows_of[art])
        n = len(arts)
        m = sparse.csr_matrix((np.array(tfs, dtype=np.float32), np.array(cols), np.array(indptr)),
                              shape=(n, len(vocab)))
        lengths = np.diff(m.indptr).astype(np.float64)  # distinct words; use token totals below
        lengths = np.asarray(m.sum(axis=1)).ravel()
        norm = K1 * (1 - B + B * lengths / lengths.mean())
        self.csc = m.tocsc()
        self.norm = norm
        self.df = np.diff(self.csc.indptr)
        self.n = n
        self.vocab = vocab
        self.article_rows = np.array(arts, dtype=np.int64)
        self.words = words_of  # passage i's folded words, joined (for a tantivy probe)

    def best(self, terms: list[tuple[str, float]], n_rows: int) -> np.ndarray:
        """Per forward row, the best passage's BM25 for the weighted folded terms (0 elsewhere)."""
        score = np.zeros(self.n)
        for text, weight in terms:
            j = self.vocab.get(text)
            if j is None:
                continue
            a, b = self.csc.indptr[j], self.csc.indptr[j + 1]
            idx = self.csc.indices[a:b]
            tf = self.csc.data[a:b]
            idf = np.log(1 + (self.n - (b - a) + 0.5) / ((b - a) + 0.5))
            score[idx] += weight * idf * tf * (K1 + 1) / (tf + self.norm[idx])
        out = np.zeros(n_rows)
        np.maximum.at(out, self.article_rows, score)
        return out


def probe_tantivy(engine: SearchEngine, passages: Passages, fields: set[str]) -> None:
    """What a passage index in tantivy would cost: build time, size, and a query's time."""
    import tempfile
    import tantivy
    b = tantivy.SchemaBuilder()
    b.add_unsigned_field("row", fast=True, stored=True)
    b.add_text_field("fsyl", tokenizer_name="ws", index_option="freq")
    schema = b.build()
    folder = tempfile.mkdtemp(prefix="passages-")
    index = tantivy.Index(schema, path=folder)
    index.register_tokenizer("ws", tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build())
    t = time.perf_counter()
    writer = index.writer(heap_size=128_000_000, num_threads=1)
    for row, words in zip(passages.article_rows.tolist(), passages.words):
        doc = tantivy.Document(fsyl=words)
        doc.add_unsigned("row", row)  # typed: a plain int would be taken for i64
        writer.add_document(doc)
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    size = sum(f.stat().st_size for f in Path(folder).iterdir())
    print(f"tantivy passage index: {time.perf_counter() - t:.1f} s to feed {passages.n} passages "
          f"(analysis not counted), {size / 1e6:.0f} MB")
    searcher = index.searcher()
    queries = [q.query for f in TUNING.values() for q in load_dev(DATA / f)]
    for top in (100, 1000):
        times = []
        for q in queries:
            parsed = engine.explain(q)
            terms = [(t.text, t.weight) for t in parsed.terms if t.field in fields]
            if not terms:
                continue
            query = tantivy.Query.boolean_query([(tantivy.Occur.Should, tantivy.Query.boost_query(
                tantivy.Query.term_query(schema, "fsyl", text), w)) for text, w in terms])
            t0 = time.perf_counter()
            searcher.search(query, top, count=False)
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        print(f"  top {top} passages: p50 {np.median(times):.2f} ms, p95 {times[int(0.95 * (len(times) - 1))]:.2f} ms "
              f"over {len(times)} queries; load average {os.getloadavg()[0]:.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", default=os.environ.get("DCCS_KB"))
    ap.add_argument("--lam", type=float, nargs="*", default=[0.0, 0.25, 0.5, 1.0])
    ap.add_argument("--extra", type=int, nargs="*", default=[0, 20])
    ap.add_argument("--title", action="store_true", help="each passage holds its article's title too")
    ap.add_argument("--tantivy", action="store_true",
                    help="only time a tantivy index of the passages (build, size, query p50/p95)")
    ap.add_argument("--fields", default="fsyl", help="query term fields fed to the passage BM25")
    args = ap.parse_args(argv)
    store = Store(args.kb)
    engine = SearchEngine.open(store)
    forward = engine.index.forward
    rows_of = {uid: i for i, uid in enumerate(forward.uids)}
    t = time.perf_counter()
    passages = Passages(store, rows_of, args.title)
    print(f"passages: {passages.n} over {len(set(passages.article_rows.tolist()))} articles, "
          f"{len(passages.vocab)} words; built in {time.perf_counter() - t:.1f} s; "
          f"{(passages.csc.data.nbytes + passages.csc.indices.nbytes) / 1e6:.0f} MB")
    fields = set(args.fields.split(","))
    if args.tantivy:
        probe_tantivy(engine, passages, fields)
        return 0
    sets = {name: load_dev(DATA / f) for name, f in TUNING.items()}
    orig = engine._bm25
    timing: list[float] = []

    def fused(lam: float, extra: int):
        def bm25(parsed, filters, n):
            if filters or (lam == 0 and extra == 0):
                return orig(parsed, filters, n)
            scores, rows = orig(parsed, filters, max(n, WIDE))
            t0 = time.perf_counter()
            terms = [(t.text, t.weight) for t in parsed.terms if t.field in fields]
            best = passages.best(terms, len(forward.uids))
            timing.append(time.perf_counter() - t0)
            total = scores + lam * best[rows]
            if extra:
                more = np.argsort(-best)[:extra]
                more = more[~np.isin(more, rows) & (best[more] > 0)]
                floor = scores.min() if len(scores) else 0.0
                rows = np.concatenate([rows, more])
                total = np.concatenate([total, floor + lam * best[more]])
            keep = np.argsort(-total, kind="stable")[:n]
            return total[keep], rows[keep]
        return bm25

    base = None
    per_set: dict[tuple[float, int], dict[str, float]] = {}
    for extra in args.extra:
        for lam in args.lam:
            if lam == 0 and extra and base is not None:
                continue
            engine._bm25 = fused(lam, extra)
            engine._factors.clear()
            line, tot = [], 0.0
            for name, dev in sets.items():
                m, _ = evaluate(dev, lambda q: engine.rank(q, limit=10))
                line.append(f"{name} {m.recall[1]:.3f}/{m.recall[5]:.3f}/{m.recall[10]:.3f}/{m.mrr10:.3f}")
                tot += m.recall[1] + m.mrr10
                per_set.setdefault((lam, extra), {})[name] = m.recall[1] + m.mrr10
            print(f"λ {lam:<5} extra {extra:<3} {'  '.join(line)}  ΣR@1+MRR {tot:.3f}")
            base = base or tot
    # leave one set out: the setting best on the other two, measured on the third, against λ 0
    plain = per_set.get((0.0, args.extra[0]))
    if plain:
        for out in sets:
            choice = max(per_set, key=lambda k: (sum(v for n, v in per_set[k].items() if n != out), -k[0]))
            print(f"LOSO {out}: chosen on the others λ {choice[0]} extra {choice[1]} → {out} R@1+MRR "
                  f"{per_set[choice][out]:.3f} (λ 0: {plain[out]:.3f})")
    if timing:
        timing.sort()
        print(f"passage BM25 per query: p50 {np.median(timing) * 1000:.2f} ms, "
              f"p95 {timing[int(0.95 * (len(timing) - 1))] * 1000:.2f} ms (numpy over all passages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
