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
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

try:  # the C kernels behind scipy's CSR row slicing and toarray(), without their Python checks
    from scipy.sparse._sparsetools import csr_row_index, csr_todense
except ImportError:  # pragma: no cover - another scipy layout: the public (slower) path
    csr_row_index = csr_todense = None

FIELDS = ("syl", "fsyl", "cmp", "fcmp", "title")
FIELD_INDEX = {f: i for i, f in enumerate(FIELDS)}
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


@dataclass(frozen=True)
class Rows:
    """Forward rows of a batch of articles, CSR-like: row i is ``cols/tfs[indptr[i]:indptr[i + 1]]``."""

    indptr: np.ndarray  # int64, n + 1
    cols: np.ndarray  # int32, ascending within a row
    tfs: np.ndarray  # uint16
    lengths: np.ndarray  # uint32, (n, len(FIELDS)): tokens per field

    def __len__(self) -> int:
        return len(self.indptr) - 1


def columns_of(vocab: dict[str, int], terms: list[str]) -> np.ndarray:
    """The forward column of each term (-1: not a common term); one look-up per distinct term."""
    if not terms:
        return np.zeros(0, dtype=np.int64)
    distinct = dict.fromkeys(terms)
    col_of = np.array([vocab.get(t, -1) for t in distinct], dtype=np.int64)
    distinct.update(zip(distinct, range(len(distinct))))
    return col_of[np.fromiter(map(distinct.__getitem__, terms), dtype=np.int64, count=len(terms))]


def count_rows(columns: list[tuple[np.ndarray, np.ndarray]], lengths: np.ndarray, width: int) -> Rows:
    """Forward rows of a batch from (column of each token or -1, the row it belongs to) per field.

    ``width``: more than the largest column. Array operations over the whole batch.
    """
    n = len(lengths)
    keys = [owner[col >= 0] * width + col[col >= 0] for col, owner in columns if len(col)]
    flat = np.sort(np.concatenate(keys)) if keys else np.zeros(0, dtype=np.int64)
    if len(flat):
        first = np.empty(len(flat), dtype=bool)
        first[0] = True
        np.not_equal(flat[1:], flat[:-1], out=first[1:])
        starts = np.flatnonzero(first)
        counts = np.diff(np.append(starts, len(flat)))
        flat = flat[starts]
    else:
        counts = np.zeros(0, dtype=np.int64)
    row, col = np.divmod(flat, width)
    indptr = np.searchsorted(row, np.arange(n + 1)).astype(np.int64)
    return Rows(indptr, col.astype(np.int32), np.minimum(counts, 65535).astype(np.uint16),
                np.asarray(lengths, dtype=np.uint32).reshape(n, len(FIELDS)))


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
        self._pending: list[Rows] = []
        self._matrix: sparse.csr_matrix | None = None
        self._avgdl: np.ndarray | None = None
        self._norms: tuple[np.ndarray, np.ndarray] | None = None  # (the avgdl they follow, ``norms``)

    @property
    def by_field(self) -> dict[str, dict[str, int]]:
        """field → term → column: what ``count_rows`` needs (workers get a copy)."""
        return self._by_field

    # -- building -----------------------------------------------------------
    def add_rows(self, uids: list[str], docs: list[str], sources: list[str], rows: Rows) -> int:
        """Append a batch of articles counted by ``count_rows``; returns the first one's row number."""
        first = len(self.uids)
        self._pending.append(rows)
        self.uids.extend(uids)
        self.docs.extend(docs)
        self.sources.extend(sources)
        return first

    def add(self, uid: str, doc: str, source: str, fields: dict[str, str]) -> int:
        """Append one article (its fields as index strings); returns its row number."""
        return self.add_rows([uid], [doc], [source], self.rows_of([fields]))

    def rows_of(self, batch: list[dict[str, str]]) -> Rows:
        """``count_rows`` of articles given as index-field strings."""
        columns = []
        lengths = np.zeros((len(batch), len(FIELDS)), dtype=np.uint32)
        for j, f in enumerate(FIELDS):
            split = [fields.get(f, "").split() for fields in batch]
            sizes = [len(t) for t in split]
            lengths[:, j] = sizes
            columns.append((columns_of(self._by_field.get(f, {}), [t for ts in split for t in ts]),
                            np.repeat(np.arange(len(batch), dtype=np.int64), sizes)))
        return count_rows(columns, lengths, self.width)

    @property
    def width(self) -> int:
        """More than the largest column (``count_rows``)."""
        return len(self.vocab) + 1

    def remove_sources(self, sources: set[str]) -> None:
        self._flush()
        for i, s in enumerate(self.sources):
            if s in sources:
                self.live[i] = False
        self._avgdl = None

    def _flush(self) -> None:
        if not self._pending:
            return
        offsets = np.cumsum([0, *(len(r.cols) for r in self._pending)])
        self._indptr = np.concatenate([self._indptr, *(self._indptr[-1] + off + r.indptr[1:]
                                                       for off, r in zip(offsets.tolist(), self._pending))])
        self._cols = np.concatenate([self._cols, *(r.cols for r in self._pending)])
        self._tfs = np.concatenate([self._tfs, *(r.tfs for r in self._pending)])
        self._lengths = np.vstack([self._lengths, *(r.lengths for r in self._pending)])
        self.live = np.concatenate([self.live, np.ones(sum(len(r) for r in self._pending), dtype=bool)])
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

    @property
    def norms(self) -> np.ndarray:
        """Per row and field, BM25's length normalisation ``K1 · (1 - B + B · dl / avgdl)``: it depends
        on the index alone, so it is worked out once (again when the rows or ``avgdl`` change)."""
        avgdl = self.avgdl  # a new array whenever the rows change (``_flush``, ``remove_sources``)
        if self._norms is None or self._norms[0] is not avgdl:
            self._norms = (avgdl, K1 * (1 - B + B * self._lengths.astype(np.float64) / avgdl))
        return self._norms[1]

    def column(self, fld: str, term: str) -> int | None:
        return self.vocab.get(f"{fld}\t{term}")

    def score(self, rows: np.ndarray, terms: list[tuple[int, str, float]]) -> np.ndarray:
        """BM25 of common terms for ``rows``; ``terms`` are (column, field, weight × idf).

        Same formula and constants as tantivy's, so the sum with tantivy's
        score for the other terms is the BM25 of the whole query.
        """
        if not len(rows) or not terms:
            return np.zeros(len(rows))
        cols = np.fromiter([c for c, _, _ in terms], dtype=np.int64, count=len(terms))
        fidx = np.fromiter([FIELD_INDEX[f] for _, f, _ in terms], dtype=np.int64, count=len(terms))
        wid = np.fromiter([w for _, _, w in terms], dtype=np.float64, count=len(terms))
        return self.score_columns(np.asarray(rows, dtype=np.int64), cols, fidx, wid)

    def score_columns(self, rows: np.ndarray, cols: np.ndarray, fidx: np.ndarray, wid: np.ndarray) -> np.ndarray:
        """``score`` with its terms as arrays: columns, fields' indexes (``FIELD_INDEX``), weight × idf."""
        if not len(rows) or not len(cols):
            return np.zeros(len(rows))
        self._flush()
        # the candidates' rows, unpacked into a small dense block (rows × common terms), numpy
        # picks the query's columns
        tf = self._dense(rows)[:, cols].astype(np.float64, order="C")  # C order: the same sums as before
        # length normalisation per row and field (5 fields, ``norms``), spread to the query's terms:
        # the same operations on the same numbers as per term
        norm = self.norms[rows[:, None], fidx]
        # (wid · tf · (K1 + 1)) / (tf + norm), element by element as written, in place
        top = np.multiply(wid, tf)
        top *= K1 + 1
        tf += norm
        top /= tf
        return top.sum(axis=1)

    def _dense(self, rows: np.ndarray) -> np.ndarray:
        """``matrix[rows].toarray()``: the same block, by the two C kernels scipy runs for it
        (its fancy row indexing costs ~0.1 ms of checks in Python for a hundred rows: half of
        ``score``)."""
        matrix = self.matrix
        if csr_row_index is None:
            return matrix[rows].toarray()
        try:
            return self._dense_by_kernels(rows)
        except (TypeError, ValueError):  # a private signature that changed: the public path
            return matrix[rows].toarray()

    def _dense_by_kernels(self, rows: np.ndarray) -> np.ndarray:
        matrix = self.matrix
        indptr, indices, data = matrix.indptr, matrix.indices, matrix.data
        rows = rows.astype(indptr.dtype, copy=False)
        picked = np.empty(len(rows) + 1, dtype=indptr.dtype)
        picked[0] = 0
        np.cumsum(indptr[rows + 1] - indptr[rows], out=picked[1:])
        got_cols = np.empty(int(picked[-1]), dtype=indices.dtype)
        got_tfs = np.empty(int(picked[-1]), dtype=data.dtype)
        csr_row_index(len(rows), rows, indptr, indices, data, got_cols, got_tfs)
        dense = np.zeros((len(rows), matrix.shape[1]), dtype=data.dtype)
        csr_todense(len(rows), matrix.shape[1], picked, got_cols, got_tfs, dense)
        return dense
