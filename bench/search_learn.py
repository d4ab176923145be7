"""Learned re-ranking weights: log the ranking's features, replay them, fit, cross-validate.

Usage:  python bench/search_learn.py [--kb PATH] [--cache FILE] [--fit] [--write]

The re-ranking (``SearchEngine._rank``, ``kb.search.rerank``) multiplies hand-set factors. In
log space that is a linear score over features of each candidate:

    log BM25 + a·[title said] + b·[named document] + c·[subject] + d·[đề mục 44.13]
             + e·[circular/decision/draft] + f·[not in force]
             + (first TOP only) g·log(1 + coverage³) + h·log(1 + 0.75 · pairs)

with today's weights a = log 1.2, b = log 2, c = d = log 1.2, e = log 0.8, f = log 0.7, g = h = 1.
This script logs those features for each query's pooled candidates (the same pool the engine
ranks), replays the ranking for any weights (checked equal to ``engine.rank`` with today's
weights), and fits the weights with a listwise (softmax) loss in numpy, L2-tied to today's
weights. Validation: leave one tuning set out (train on two of dev1/dev3/dev4, measure the
third) and 5-fold over the pooled sets; the held-out sets (dev5, dev7; dev2 until session 16) are never read.
``--top-only`` fits the loss on today's first ``rerank.TOP`` (+ gold), where the clause factors
apply; ``--metric`` fits by coordinate ascent on R@1 + MRR@10 itself (replayed).

Result (searchgen6): not kept — no fit raised or held every held-out part; figures in the
docstring of ``kb/search/rerank.py``. Commands: ``python bench/search_learn.py --l2 0.001 0.01 0.1
1``, ``… --top-only --l2 0.03 0.3 1 3``, ``… --metric --l2 0 0.02`` (the features are cached in
``--cache``; ``--relog`` after a change of the ranking).
"""
from __future__ import annotations

import argparse
import math
import os
import pickle
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kb.search import SearchEngine  # noqa: E402
from kb.search import engine as eng  # noqa: E402
from kb.search.analysis import folded_tokens  # noqa: E402
from kb.search.answer import asked  # noqa: E402
from kb.search.authority import BELOW_DECREES, LOWER, NOT_NORMATIVE  # noqa: E402
from kb.search.citation_query import find_refs  # noqa: E402
from kb.search.duplicates import prefer_originals  # noqa: E402
from kb.search.evaluate import first_gold_rank, load_dev, metrics  # noqa: E402
from kb.search.query import parse_query  # noqa: E402
from kb.search import rerank as rr  # noqa: E402
from kb.store import Store  # noqa: E402

DATA = ROOT / "tests" / "data"
TUNING = {"dev1": "search_dev.jsonl", "dev3": "search_dev3.jsonl", "dev4": "search_dev4.jsonl"}

#: Feature names; stage 1 applies to the whole pool, stage 2 to the first ``rerank.TOP`` of stage 1.
STAGE1 = ("title", "named", "subject", "core", "below_decrees", "not_normative", "out_of_force")
STAGE2 = ("coverage", "pairs")
NAMES = STAGE1 + STAGE2
HAND = np.array([math.log(eng.TITLE_IN_QUERY), math.log(eng.NAMED_DOC_BOOST), math.log(eng.SUBJECT_BOOST),
                 math.log(eng.CORE_BOOST), math.log(BELOW_DECREES), math.log(NOT_NORMATIVE),
                 math.log(eng.OUT_OF_FORCE), 1.0, 1.0])


@dataclass
class Logged:
    """One query: the fixed part of its answer, or its pool with features."""

    qid: str
    gold: tuple[str, ...]
    fixed: list[str] | None  # whole-document / bare-citation answers (no ranking to learn)
    pinned: str | None = None
    uids: list[str] | None = None
    logbm25: np.ndarray | None = None  # (n,)
    x: np.ndarray | None = None  # (n, len(NAMES))
    order0: np.ndarray | None = None  # tantivy's order (ties)


def log_query(engine: SearchEngine, qid: str, query: str, gold: tuple[str, ...]) -> Logged:
    """The pool ``engine._rank`` would re-rank for ``query`` and each candidate's features."""
    as_of = eng.date.today().isoformat()
    refs = find_refs(query, engine.store, engine.docs)
    if refs.whole_doc:
        return Logged(qid, gold, engine.rank(query, limit=10))
    pinned = refs.pinned.unit if refs.pinned is not None else None
    parsed = parse_query(refs.rest, engine.index, engine.synonyms) if refs.rest else None
    if parsed is None or parsed.empty:
        return Logged(qid, gold, engine.rank(query, limit=10))
    filters: dict = {}
    scores, rows = engine._bm25(parsed, filters, max(eng.CANDIDATES, 11 * 2))
    if refs.doc_ids:
        more, extra = engine._bm25(parsed, {"docs": list(refs.doc_ids)}, eng.NAMED_CANDIDATES)
        fresh = ~np.isin(extra, rows)
        scores, rows = np.concatenate([scores, more[fresh]]), np.concatenate([rows, extra[fresh]])
    forward = engine.index.forward
    said = frozenset(map(eng._fold_syllable, parsed.syllables))
    row_list = rows.tolist()
    n = len(row_list)
    x = np.zeros((n, len(NAMES)))
    titles = engine._titles(row_list)
    x[:, 0] = [1.0 if len(t) >= 2 and t <= said else 0.0 for t in titles]
    if refs.doc_ids:
        x[:, 1] = [1.0 if forward.docs[r] in refs.doc_ids else 0.0 for r in row_list]
    subject = engine._law_subjects().named([eng._fold_syllable(s) for s in parsed.syllables]) - set(refs.doc_ids)
    x[:, 2] = [1.0 if forward.docs[r] in subject else 0.0 for r in row_list]
    core, in_force = engine._row_factors(rows, as_of)
    for i, row in enumerate(row_list):
        d = engine._document(forward.docs[row])
        x[i, 3] = 1.0 if d is not None and d.phapdien_topic == eng.CORE_TOPIC else 0.0
        x[i, 4] = 1.0 if d is not None and d.kind == "norm" and d.doc_type in LOWER else 0.0
        x[i, 5] = 1.0 if d is not None and d.kind != "norm" else 0.0
    x[:, 6] = (in_force < 1.0).astype(float)
    readings = parsed.readings
    pairs = frozenset(rr.word_pairs(folded_tokens(query)))
    wants = asked(folded_tokens(parsed.text))
    uids = [forward.uids[r] for r in row_list]
    if readings:
        union = frozenset().union(*readings)
        weights = {w: engine._term_idf("fsyl", w) for w in union}
        totals = [sum(weights[w] for w in r) for r in readings]
        for i, uid in enumerate(uids):
            text = engine._article_words(uid)
            x[i, 7] = math.log1p(rr.GAIN * rr._coverage(readings, union, totals, weights, text, wants) ** rr.POWER)
            if pairs:
                x[i, 8] = math.log1p(rr.PAIR_GAIN * rr.pair_share(pairs, text))
    return Logged(qid, gold, None, eng._article_uid(pinned) if pinned is not None else None, uids,
                  np.log(np.maximum(scores, 1e-9)), x, np.arange(n))


def replay(q: Logged, w: np.ndarray, engine: SearchEngine | None, top: int = rr.TOP,
           duplicates: bool = True) -> list[str]:
    """The first 10 article uids for weights ``w`` (``NAMES`` order), as the engine ranks them."""
    if q.fixed is not None:
        return q.fixed
    s1 = q.logbm25 + q.x[:, :len(STAGE1)] @ w[:len(STAGE1)]
    order = np.argsort(-s1, kind="stable")
    final = s1.copy()
    head = order[:top]
    final[head] += q.x[head, len(STAGE1):] @ w[len(STAGE1):]
    # the engine sorts (head re-scored) + rest by score, stable: head first among ties
    seq = list(head) + list(order[top:])
    seq.sort(key=lambda i: -final[i])
    ranked = [(float(np.exp(final[i])), q.uids[i]) for i in seq]
    if duplicates and engine is not None:
        ranked = prefer_originals(ranked, engine._article_words, lambda uid: engine._level(uid, eng.date.today().isoformat()))
    out = [q.pinned] if q.pinned else []
    for _, uid in ranked:
        if uid not in out:
            out.append(uid)
    return out[:10]


def score_set(logged: list[Logged], w: np.ndarray, engine) -> tuple[float, float, float, float]:
    ranks = [first_gold_rank(replay(q, w, engine), q.gold) for q in logged]
    m = metrics(ranks)
    return m.recall[1], m.recall[5], m.recall[10], m.mrr10


# -- fitting --------------------------------------------------------------------------------------
def _loss_grad(w: np.ndarray, data: list[tuple[np.ndarray, np.ndarray, np.ndarray]], prior: np.ndarray,
               l2: float) -> tuple[float, np.ndarray]:
    """Listwise softmax loss: −log P(a gold article) over each query's pool; + l2·|w − prior|²."""
    loss, grad = 0.0, np.zeros_like(w)
    for base, x, gold in data:
        s = base + x @ w
        s = s - s.max()
        e = np.exp(s)
        z = e.sum()
        zg = e[gold].sum()
        loss -= math.log(zg / z)
        p = e / z
        pg = np.where(gold, e, 0.0) / zg
        grad += x.T @ (p - pg)
    n = max(len(data), 1)
    d = w - prior
    return loss / n + l2 * float(d @ d), grad / n + 2 * l2 * d


def fit_metric(logged: list[Logged], engine, l2: float = 0.0, passes: int = 3) -> np.ndarray:
    """Coordinate ascent on R@1 + MRR@10 itself (replayed), from today's weights: each weight in
    turn tries steps of ±0.07, 0.15, 0.3 (in log space), keeping a change only when the training sum
    minus ``l2``·|w − today|² rises."""
    def objective(w):
        r = score_set(logged, w, engine)
        d = w - HAND
        return r[0] + r[3] - l2 * float(d @ d)
    w = HAND.copy()
    best = objective(w)
    for _ in range(passes):
        moved = False
        for j in range(len(w)):
            for step in (-0.3, -0.15, -0.07, 0.07, 0.15, 0.3):
                trial = w.copy()
                trial[j] += step
                got = objective(trial)
                if got > best + 1e-9:
                    w, best, moved = trial, got, True
        if not moved:
            break
    return w


TOP_ONLY = False


def fit(logged: list[Logged], l2: float = 0.01, steps: int = 400, lr: float = 0.5) -> np.ndarray:
    """Weights minimising the listwise loss on ``logged`` (queries with a gold article in the pool)."""
    data = []
    for q in logged:
        if q.fixed is not None:
            continue
        gold = np.array([u in q.gold for u in q.uids])
        if gold.any() and not gold.all():
            if TOP_ONLY:  # as the engine applies it: stage-2 features on today's first TOP only
                order = np.argsort(-(q.logbm25 + q.x[:, :len(STAGE1)] @ HAND[:len(STAGE1)]), kind="stable")
                keep = np.zeros(len(gold), bool)
                keep[order[:rr.TOP]] = True
                x = q.x.copy()
                x[~keep, len(STAGE1):] = 0.0
                keep |= gold
                data.append((q.logbm25[keep], x[keep], gold[keep]))
            else:
                data.append((q.logbm25, q.x, gold))
    w = HAND.copy()
    m, v = np.zeros_like(w), np.zeros_like(w)
    for t in range(1, steps + 1):  # Adam
        _, g = _loss_grad(w, data, HAND, l2)
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w = w - lr * 0.1 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", default=os.environ.get("DCCS_KB"))
    ap.add_argument("--cache", default="/tmp/search_learn.pkl")
    ap.add_argument("--relog", action="store_true")
    ap.add_argument("--top-only", action="store_true", help="listwise loss over today's first TOP (+ gold)")
    ap.add_argument("--metric", action="store_true", help="coordinate ascent on R@1 + MRR@10")
    ap.add_argument("--l2", type=float, nargs="*", default=[0.001, 0.01, 0.1])
    args = ap.parse_args(argv)
    store = Store(args.kb)
    engine = SearchEngine.open(store)
    sets = {name: load_dev(DATA / f) for name, f in TUNING.items()}
    cache = Path(args.cache)
    if cache.exists() and not args.relog:
        logged = pickle.loads(cache.read_bytes())
    else:
        logged = {name: [log_query(engine, q.id, q.query, q.gold) for q in dev] for name, dev in sets.items()}
        cache.write_bytes(pickle.dumps(logged))
    # the replay with today's weights is the engine's ranking
    for name, dev in sets.items():
        same = sum(replay(lq, HAND, engine) == engine.rank(q.query, limit=10) for lq, q in zip(logged[name], dev))
        print(f"{name}: replay equals engine.rank on {same}/{len(dev)}")
    for name in sets:
        print(name, "hand", " ".join(f"{v:.3f}" for v in score_set(logged[name], HAND, engine)))
        pooled = sum(1 for q in logged[name] if q.fixed is None and any(u in q.gold for u in q.uids))
        print(f"  gold in the pool: {pooled}/{len(logged[name])}")
    print("weights:", " ".join(NAMES))
    print("hand   :", " ".join(f"{v:.3f}" for v in HAND))
    global FIT, TOP_ONLY
    TOP_ONLY = args.top_only
    FIT = (lambda qs, l2: fit_metric(qs, engine, l2)) if args.metric else fit
    import time
    t = time.perf_counter()
    score_set([q for qs in logged.values() for q in qs], HAND, engine)
    print(f"one replay of the three sets: {time.perf_counter() - t:.2f} s")
    for l2 in args.l2:
        print(f"-- l2 {l2}")
        cross_validate(logged, engine, l2)
    return 0


FIT = None


def _fmt(m) -> str:
    return "/".join(f"{v:.3f}" for v in m)


def cross_validate(logged: dict[str, list[Logged]], engine, l2: float) -> None:
    """Leave one set out, then 5 folds over the pooled sets: hand vs fitted on each held-out part."""
    for out in logged:
        train = [q for name, qs in logged.items() if name != out for q in qs]
        w = FIT(train, l2)
        hand, got = score_set(logged[out], HAND, engine), score_set(logged[out], w, engine)
        print(f"  LOSO {out}: hand {_fmt(hand)} → fitted {_fmt(got)}  "
              f"Δ(R@1+MRR) {got[0] + got[3] - hand[0] - hand[3]:+.3f}  w {' '.join(f'{v:.2f}' for v in w)}")
    pooled = [q for qs in logged.values() for q in qs]
    idx = list(range(len(pooled)))
    random.Random(13).shuffle(idx)
    total = 0.0
    for k in range(5):
        test = [pooled[i] for i in idx[k::5]]
        train = [pooled[i] for j, i in enumerate(idx) if j % 5 != k]
        w = FIT(train, l2)
        hand, got = score_set(test, HAND, engine), score_set(test, w, engine)
        d = got[0] + got[3] - hand[0] - hand[3]
        total += d
        print(f"  fold {k}: hand {_fmt(hand)} → fitted {_fmt(got)}  Δ(R@1+MRR) {d:+.3f}")
    w = FIT(pooled, l2)
    print(f"  all three: w {' '.join(f'{v:.3f}' for v in w)}; in-sample "
          + "; ".join(f"{n} {_fmt(score_set(qs, w, engine))}" for n, qs in logged.items()))


if __name__ == "__main__":
    sys.exit(main())
