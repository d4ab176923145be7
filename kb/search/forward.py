"""Per-article frequencies of the corpus's *common* terms: exact BM25 on a few candidates.

Why: a BM25 disjunction costs time in proportion to the postings it walks, and
the common terms ("dân", "xã", "của", "nhân_dân") own most of the postings of a
query while deciding little on their own (measured: 440 k postings per dev-set
query, 4.3 ns each, most of them from terms in > 10 % of articles). So the
engine finds candidates with the query's rarer terms (tantivy), then adds the
common terms' BM25 contribution for those candidates only, from this table —
the same BM25 sum over all query terms, at a fraction of the cost.

Rows are append-only (an article re-indexed gets a new row; its old row is
marked dead), so a row number stored in tantivy stays valid until the next
full build, which starts afresh. Files: ``forward.npz`` + ``forward.json``.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse

FIELDS = ("syl", "fsyl", "cmp", "fcmp", "title")
COMMON_DF = 0.10  # a term in ≥ 10 % of the sampled articles is common
SAMPLE_MIN = 2000  # articles sampled to decide which terms are common
K1, B = 1.2, 0.75  # tantivy's BM25 constants


def sample_indices(n: int) -> list[int]:
    """Evenly spaced articles (documents are sorted by number, so a prefix would be biased)."""
    if n <= SAMPLE_MIN:
        return list(range(n))
    size = max(SAMPLE_MIN, n // 10)
    step = n / size
    return sorted({int(i * step) for i in range(size)})


def common_vocabulary(sample: list[dict[str, str]]) -> list[str]:
    """'field\\tterm' keys of the terms in at least COMMON_DF of the sampled articles."""
    df: Counter = Counter()
    for fields in sample:
        for f in FIELDS:
            df.update(f"{f}\t{t}" for t in set(fields.get(f, "").split()))
    threshold = max(1, COMMON_DF * len(sample))
    return sorted(k for k, n in df.items() if n >= threshold)


class ForwardStore:
    """Rows of (common-term frequencies, token count per field), one per indexed article."""

    def __init__(self, vocab: list[str]):
        self.vocab = {k: i for i, k in enumerate(vocab)}
        self._by_field: dict[str, dict[str, int]] = {}
        for k, i in self.vocab.items():
            f, t = k.split("\t", 1)
            self._by_field.setdefault(f, {})[t] = i
        self.uids: list[str] = []
        self.docs: list[str] = []
        self.sources: list[str] = []
        self.live = np.zeros(0, dtype=bool)
        self._indptr = np.zeros(1, dtype=np.int64)
        self._cols = np.zeros(0, dtype=np.int32)
        self._tfs = np.zeros(0, dtype=np.uint16)
        self._lengths = np.zeros((0, len(FIELDS)), dtype=np.uint32)
        self._pending: list[tuple[np.ndarray, np.ndarray, list[int]]] = []
        self._matrix: sparse.csr_matrix | None = None
        self._avgdl: np.ndarray | None = None

    # -- building -----------------------------------------------------------
    def add(self, uid: str, doc: str, source: str, fields: dict[str, str]) -> int:
        """Append an article; returns its row number."""
        counts: dict[int, int] = {}
        lengths = []
        by_field = self._by_field
        for f in FIELDS:
            tokens = fields.get(f, "").split()
            lengths.append(len(tokens))
            vf = by_field.get(f)
            if vf:
                c = Counter(tokens)  # counted in C; only the common terms are looked at
                for t in c.keys() & vf.keys():
                    counts[vf[t]] = c[t]
        cols = np.array(sorted(counts), dtype=np.int32)
        tfs = np.array([min(counts[c], 65535) for c in cols.tolist()], dtype=np.uint16)
        self._pending.append((cols, tfs, lengths))
        self.uids.append(uid)
        self.docs.append(doc)
        self.sources.append(source)
        return len(self.uids) - 1

    def remove_sources(self, sources: set[str]) -> None:
        self._flush()
        for i, s in enumerate(self.sources):
            if s in sources:
                self.live[i] = False
        self._avgdl = None

    def _flush(self) -> None:
        if not self._pending:
            return
        cols = [c for c, _, _ in self._pending]
        sizes = np.array([len(c) for c in cols], dtype=np.int64)
        self._indptr = np.concatenate([self._indptr, self._indptr[-1] + np.cumsum(sizes)])
        self._cols = np.concatenate([self._cols, *cols])
        self._tfs = np.concatenate([self._tfs, *(t for _, t, _ in self._pending)])
        self._lengths = np.vstack([self._lengths,
                                   np.array([l for _, _, l in self._pending], dtype=np.uint32)])
        self.live = np.concatenate([self.live, np.ones(len(self._pending), dtype=bool)])
        self._pending = []
        self._matrix = None
        self._avgdl = None

    @property
    def dead_share(self) -> float:
        self._flush()
        return 1 - float(self.live.sum()) / max(len(self.live), 1)

    # -- persistence --------------------------------------------------------
    def save(self, path: Path) -> None:
        self._flush()
        np.savez(path / "forward.npz", indptr=self._indptr, cols=self._cols, tfs=self._tfs,
                 lengths=self._lengths, live=self.live)
        meta = {"fields": list(FIELDS), "vocab": sorted(self.vocab, key=self.vocab.get),
                "uids": self.uids, "docs": self.docs, "sources": self.sources}
        tmp = path / "forward.json.tmp"
        tmp.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path / "forward.json")

    @classmethod
    def load(cls, path: Path) -> "ForwardStore":
        meta = json.loads((path / "forward.json").read_text(encoding="utf-8"))
        if tuple(meta.get("fields", ())) != FIELDS:
            raise ValueError("forward store fields changed")
        store = cls(meta["vocab"])
        store.uids, store.docs, store.sources = meta["uids"], meta["docs"], meta["sources"]
        with np.load(path / "forward.npz") as data:
            store._indptr, store._cols, store._tfs = data["indptr"], data["cols"], data["tfs"]
            store._lengths, store.live = data["lengths"], data["live"].copy()
        if len(store.live) != len(store.uids):
            raise ValueError("forward store rows do not match")
        return store

    # -- scoring ------------------------------------------------------------
    @property
    def matrix(self) -> sparse.csr_matrix:
        self._flush()
        if self._matrix is None:
            self._matrix = sparse.csr_matrix((self._tfs, self._cols, self._indptr),
                                             shape=(len(self.uids), max(len(self.vocab), 1)))
        return self._matrix

    @property
    def avgdl(self) -> np.ndarray:
        self._flush()
        if self._avgdl is None:
            lengths = self._lengths[self.live] if self.live.any() else self._lengths
            mean = lengths.mean(axis=0) if len(lengths) else np.ones(len(FIELDS))
            self._avgdl = np.maximum(mean, 1.0)
        return self._avgdl

    def column(self, fld: str, term: str) -> int | None:
        return self.vocab.get(f"{fld}\t{term}")

    def score(self, rows: np.ndarray, terms: list[tuple[int, str, float]]) -> np.ndarray:
        """BM25 of common terms for ``rows``; ``terms`` are (column, field, weight × idf).

        Same formula and constants as tantivy's, so the sum with tantivy's
        score for the other terms is the BM25 of the whole query.
        """
        if not len(rows) or not terms:
            return np.zeros(len(rows))
        m = self.matrix
        cols = np.array([c for c, _, _ in terms], dtype=np.int64)
        fidx = np.array([FIELDS.index(f) for _, f, _ in terms], dtype=np.int64)
        wid = np.array([w for _, _, w in terms])
        tf = m[rows][:, cols].toarray().astype(np.float64)
        dl = self._lengths[rows][:, fidx].astype(np.float64)
        norm = K1 * (1 - B + B * dl / self.avgdl[fidx])
        return (wid * tf * (K1 + 1) / (tf + norm)).sum(axis=1)
