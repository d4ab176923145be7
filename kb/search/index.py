"""The search index: built from the knowledge base, persisted beside it, kept fresh.

One tantivy document per article (title + every clause, point and paragraph
under it). Text is analysed in Python (``kb.search.analysis``) and handed to
tantivy as whitespace-separated terms, so tantivy never tokenises Vietnamese
itself: one-letter syllables survive and folding is ours (đ → d, ộ → o).

Fields: ``syl``/``fsyl`` accented/folded syllables, ``cmp``/``fcmp``
accented/folded pyvi words, ``title`` folded title terms, ``defines`` the
terms a clause defines ("X là …"), ``accent`` "folded=accented" pairs (the
vocabulary for accent restoration, with document frequencies for free), raw
fields for filters and incremental updates, and ``row``, the article's row in
the forward store of common-term frequencies (``kb.search.forward``).

The index lives in ``<kb>.search/`` with a manifest naming the KB sources
(path, sha256, ingest time) it was built from. Opening compares that with the
KB's ``sources`` table: only articles of changed sources are re-analysed
(the parallel full build takes about a minute for the whole pháp điển).
"""
from __future__ import annotations

import json
import multiprocessing
import os
import re
import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

import tantivy

import numpy as np

from kb.search.analysis import Terms, analyze_lines, word_tokens
from kb.search.forward import FIELDS as FORWARD_FIELDS
from kb.search.forward import ForwardStore, Rows, columns_of, common_vocabulary, count_rows, sample_indices
from kb.search.query import defined_terms
from kb.search.store import ArticleText, DocAttributes, SearchStore, read_articles  # noqa: F401 (re-exported)
from kb.store import Store

#: Bump when the schema or the analysis changes: the index is then rebuilt.
INDEX_FORMAT = 5
TEXT_FIELDS = ("syl", "fsyl", "cmp", "fcmp", "title", "defines")
DEFINED_MAX = 8  # "X là …" defines X when X has at most this many syllables
RAW_FIELDS = ("doc", "source", "dtype", "topic", "kind")
TOKENIZER = "dccs_ws"
BATCH = 200  # articles per analysis task

Progress = Callable[[int, int, str], None]
NO_ATTRIBUTES = DocAttributes("", "", "")


class SearchIndexError(Exception):
    """The index cannot be opened or built; the message (Vietnamese) says why."""


def index_dir(kb_path: str | Path) -> Path:
    """``<kb>.search/`` — next to the knowledge base it indexes."""
    p = Path(kb_path)
    return p.with_name(p.name + ".search")


def _schema() -> tantivy.Schema:
    b = tantivy.SchemaBuilder()
    b.add_text_field("uid", stored=True, tokenizer_name="raw", index_option="basic")
    for name in RAW_FIELDS:
        b.add_text_field(name, stored=name == "doc", tokenizer_name="raw", index_option="basic")
    for name in TEXT_FIELDS:
        b.add_text_field(name, tokenizer_name=TOKENIZER, index_option="freq")
    b.add_text_field("accent", tokenizer_name=TOKENIZER, index_option="basic")
    b.add_unsigned_field("row", fast=True)  # the article's row in the forward store
    return b.build()


def _open_tantivy(path: Path, create: bool) -> tantivy.Index:
    index = tantivy.Index(_schema(), path=str(path), reuse=not create)
    index.register_tokenizer(TOKENIZER, tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build())
    return index


# -- analysis (runs in worker processes) ---------------------------------------
def _batch_lines(batch: list[ArticleText]) -> tuple[list[str], list[tuple[int, int]]]:
    """Lines of every article (title first), and each article's (first, end) line."""
    lines: list[str] = []
    spans = []
    for a in batch:
        start = len(lines)
        lines.append(a.title)
        for text in a.lines:
            lines.extend(part for part in text.split("\n") if part.strip())
        spans.append((start, len(lines)))
    return lines, spans


def _per_article(words: np.ndarray, cont: np.ndarray, bounds: np.ndarray) -> list[str]:
    """``joined`` text of each article: syllables ``bounds[k]:bounds[k + 1]`` of ``words``.

    One join for the whole batch ('_' inside a pyvi word, ' ' between words,
    NUL after each article), then one split: no per-article array work.
    """
    n = len(words)
    seps = np.full(n, " ", dtype=object)
    if n > 1:
        seps[:-1][cont[1:]] = "_"
    parts = np.empty(2 * n, dtype=object)
    parts[0::2] = words
    parts[1::2] = seps
    text = "".join(np.insert(parts, 2 * bounds[1:], "\0").tolist())
    return [t[:-1] for t in text.split("\0")[:len(bounds) - 1]]


_COMPOUND = re.compile(r"[^ ]*_[^ ]*")  # the pyvi words of a joined text


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (numpy's ``unique`` hashes int64 here, many times slower than a sort)."""
    if not len(values):
        return values
    s = np.sort(values)
    keep = np.empty(len(s), dtype=bool)
    keep[0] = True
    np.not_equal(s[1:], s[:-1], out=keep[1:])
    return s[keep]


def _accent_entry(e: int, uforms: list[tuple[str, str]], n_forms: int) -> str:
    """Entry ``e`` < n_forms: a syllable "folded=canonical"; else the pair coded ``e - n_forms``."""
    if e < n_forms:
        return f"{uforms[e][1]}={uforms[e][0]}"
    a, b = divmod(e - n_forms, n_forms)
    return f"{uforms[a][1]}_{uforms[b][1]}={uforms[a][0]}_{uforms[b][0]}"


def article_fields(batch: list[ArticleText]) -> list[tuple[str, dict[str, str]]]:
    """Index terms of a batch of articles: one pyvi pass, then whole-batch array operations.

    Gives exactly what ``article_fields_reference`` (the plain per-line
    definition) gives (``tests/test_search_segment.py``).
    """
    return analyse_batch(batch, None)[0]


def analyse_batch(batch: list[ArticleText], common: dict[str, dict[str, int]] | None
                  ) -> tuple[list[tuple[str, dict[str, str]]], Rows | None]:
    """``article_fields`` of a batch and, given the forward store's common terms
    (``ForwardStore.by_field``), the batch's forward rows, counted from the same arrays."""
    lines, spans = _batch_lines(batch)
    wt = word_tokens(lines)
    canon, folded, line, cont, line_start = wt.canon, wt.folded, wt.line, wt.cont, wt.line_start
    n = len(canon)
    ids, uforms = wt.ids, wt.forms
    n_forms = max(len(uforms), 1)
    first_line = np.array([a for a, _ in spans], dtype=np.int64)
    art_bounds = line_start[np.append(first_line, len(lines))]  # syllable bounds of each article
    art_of = np.repeat(np.arange(len(batch), dtype=np.int64), np.diff(art_bounds))
    # accent vocabulary: "folded=canonical" of every syllable, of every pair of adjacent
    # syllables of a line, and of every pyvi word (those of two syllables are such pairs);
    # each entry once per article, strings built once per distinct entry
    same = (line[1:] == line[:-1]) if n > 1 else np.zeros(0, dtype=bool)
    pair_idx = np.flatnonzero(same)
    codes = ids[pair_idx] * n_forms + ids[pair_idx + 1]
    entries = np.concatenate([ids, n_forms + codes])
    owners = np.concatenate([art_of, art_of[pair_idx]])
    keys = _distinct(owners * (n_forms * n_forms + n_forms) + entries)
    k_art, k_entry = np.divmod(keys, n_forms * n_forms + n_forms)
    uentry, inverse = np.unique(k_entry, return_inverse=True)
    entry_str = np.array([_accent_entry(e, uforms, n_forms) for e in uentry.tolist()], dtype=object)
    acc_bounds = np.searchsorted(k_art, np.arange(len(batch) + 1))
    accent = _per_article(entry_str[inverse.reshape(-1)], np.zeros(len(keys), dtype=bool), acc_bounds)
    s_c_all = _per_article(canon, cont, art_bounds)
    s_f_all = _per_article(folded, cont, art_bounds)
    title_bounds = np.empty(2 * len(batch), dtype=np.int64)
    title_bounds[0::2] = art_bounds[:-1]
    title_bounds[1::2] = line_start[first_line + 1]
    titles = _per_article(folded, cont, np.append(title_bounds, title_bounds[-1] if len(batch) else 0))[0::2]
    # definitions: the first "là" of a line, within its first DEFINED_MAX syllables, not first
    defines_of_line: dict[int, list[str]] = {}
    la = np.flatnonzero(canon == "là") if n else np.zeros(0, dtype=np.int64)
    if len(la):
        la_lines, first = np.unique(line[la], return_index=True)
        rel = la[first] - line_start[la_lines]
        for ln, r in zip(la_lines.tolist(), rel.tolist()):
            if 0 < r <= DEFINED_MAX:
                a = int(line_start[ln])
                defines_of_line[ln] = defined_terms(folded[a:a + r].tolist())
    out = []
    findall = _COMPOUND.findall
    all_cmp, all_fcmp, all_title = [], [], []
    for k, (art, (start, end)) in enumerate(zip(batch, spans)):
        s_c, s_f, t_f = s_c_all[k], s_f_all[k], titles[k]
        cmp, fcmp = findall(s_c), findall(s_f)
        title = [t_f.replace("_", " ")] if t_f else []
        title += findall(t_f)
        if common is not None:
            all_cmp.append(cmp)
            all_fcmp.append(fcmp)
            all_title.append(" ".join(title).split())
        long_words = {f"{f}={c}" for f, c in zip(fcmp, cmp) if f.count("_") > 1}
        defines = [t for ln in range(start + 1, end) for t in defines_of_line.get(ln, ())] \
            if defines_of_line else []
        out.append((art.uid, {
            "syl": s_c.replace("_", " "), "fsyl": s_f.replace("_", " "),
            "cmp": " ".join(cmp), "fcmp": " ".join(fcmp),
            "title": " ".join(title),
            # a set: order and repeats mean nothing to this field
            "accent": " ".join([accent[k], *long_words]) if long_words else accent[k],
            "defines": " ".join(defines),
        }))
    if common is None:
        return out, None
    owner = np.arange(len(batch), dtype=np.int64)
    n_cmp = [len(c) for c in all_cmp]
    n_title = [len(t) for t in all_title]
    lengths = np.column_stack([np.diff(art_bounds), np.diff(art_bounds), n_cmp, n_cmp, n_title]) \
        if len(batch) else np.zeros((0, len(FORWARD_FIELDS)), dtype=np.int64)
    cmp_owner = np.repeat(owner, n_cmp)
    # syllables: one look-up per distinct form of the batch, then its id array
    syl_col = np.array([common.get("syl", {}).get(k, -1) for k, _ in uforms], dtype=np.int64)
    fsyl_col = np.array([common.get("fsyl", {}).get(f, -1) for _, f in uforms], dtype=np.int64)
    columns = [(syl_col[ids] if n else ids, art_of), (fsyl_col[ids] if n else ids, art_of),
               (columns_of(common.get("cmp", {}), [w for c in all_cmp for w in c]), cmp_owner),
               (columns_of(common.get("fcmp", {}), [w for c in all_fcmp for w in c]), cmp_owner),
               (columns_of(common.get("title", {}), [w for t in all_title for w in t]), np.repeat(owner, n_title))]
    width = sum(len(v) for v in common.values()) + 1
    return out, count_rows(columns, lengths, width)


def article_fields_reference(batch: list[ArticleText]) -> list[tuple[str, dict[str, str]]]:
    """Index terms of a batch of articles, line by line (the definition ``article_fields`` follows)."""
    lines, spans = _batch_lines(batch)
    analysed = analyze_lines(lines)
    out = []
    for a, (start, end) in zip(batch, spans):
        part = analysed[start:end]
        syl = [s for t in part for s in t.syllables]
        fsyl = [s for t in part for s in t.folded_syllables]
        cmp = [c for t in part for c in t.compounds]
        fcmp = [c for t in part for c in t.folded_compounds]
        head = part[0]
        defines = [t for line in part[1:] for t in _defined(line)]
        # accent vocabulary: every syllable, pyvi word and pair of adjacent syllables
        pairs = {f"{f}={k}" for f, k in zip(fsyl, syl)} | {f"{f}={k}" for f, k in zip(fcmp, cmp)}
        for t in part:
            s_, f_ = t.syllables, t.folded_syllables
            pairs.update(f"{f_[j]}_{f_[j + 1]}={s_[j]}_{s_[j + 1]}" for j in range(len(s_) - 1))
        out.append((a.uid, {
            "syl": " ".join(syl), "fsyl": " ".join(fsyl),
            "cmp": " ".join(cmp), "fcmp": " ".join(fcmp),
            "title": " ".join([*head.folded_syllables, *head.folded_compounds]),
            "accent": " ".join(sorted(pairs)),
            "defines": " ".join(defines),
        }))
    return out


def _defined(line: Terms) -> list[str]:
    """Terms of X when a clause reads "X là …" (a definition), else nothing."""
    try:
        i = line.syllables.index("là", 0, DEFINED_MAX + 1)
    except ValueError:
        return []
    return defined_terms(list(line.folded_syllables[:i])) if i > 0 else []


def _batches(articles: Iterable[ArticleText], size: int = BATCH) -> Iterator[list[ArticleText]]:
    batch: list[ArticleText] = []
    for a in articles:
        batch.append(a)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


Analysed = tuple[list[ArticleText], list[tuple[str, dict[str, str]]], "Rows | None"]
_common: dict[str, dict[str, int]] | None = None  # the forward store's common terms, for forked workers


def _analyse_task(batch: list[ArticleText]) -> tuple[list[tuple[str, dict[str, str]]], Rows | None]:
    return analyse_batch(batch, _common)


def _analysed(batches: Iterable[list[ArticleText]], workers: int,
              common: dict[str, dict[str, int]] | None = None) -> Iterator[Analysed]:
    """(batch, fields, forward rows or None) triples, analysed in ``workers`` processes when > 1.

    ``common``: the forward store's common terms (``ForwardStore.by_field``);
    forked workers inherit them, so they are not sent with every batch.
    """
    global _common
    if workers <= 1:
        for b in batches:
            yield (b, *analyse_batch(b, common))
        return
    from kb.search.segment import _tables

    _tables()  # load pyvi once in the parent; forked workers share it
    _common = common
    ctx = multiprocessing.get_context("fork")
    try:
        with ctx.Pool(workers) as pool:
            _common = None
            pending = []
            for b in batches:
                pending.append((b, pool.apply_async(_analyse_task, (b,))))
                while len(pending) > 2 * workers:
                    done_b, res = pending.pop(0)
                    yield (done_b, *res.get())
            for done_b, res in pending:
                yield (done_b, *res.get())
    finally:
        _common = None


# -- the index ----------------------------------------------------------------
@dataclass(frozen=True)
class UpdateReport:
    mode: str  # "fresh" | "incremental" | "full"
    sources: int  # sources (re)indexed
    articles: int  # articles (re)indexed
    seconds: float


class SearchIndex:
    """A tantivy index over the articles of one knowledge base."""

    def __init__(self, path: Path, index: tantivy.Index, manifest: dict, forward: ForwardStore):
        self.path = path
        self.index = index
        self.manifest = manifest
        self.forward = forward
        self.searcher = index.searcher()
        self._df: dict[tuple[str, str], int] = {}
        self._forms: dict[str, list[tuple[str, int]]] = {}

    # -- opening ------------------------------------------------------------
    @classmethod
    def open(cls, store: Store, *, rebuild: bool = False, progress: Progress | None = None,
             workers: int | None = None) -> tuple["SearchIndex", UpdateReport]:
        """Open the index of ``store``, building or refreshing it when needed."""
        path = index_dir(store.path)
        workers = workers or max(1, min(os.cpu_count() or 1, 4))
        start = time.perf_counter()
        current = SearchStore(store).source_fingerprint()
        with _lock(path):
            remove_dead_builds(path)
            manifest = _read_manifest(path)
            usable = (not rebuild and manifest is not None
                      and manifest.get("format") == INDEX_FORMAT)
            if usable:
                try:
                    index = _open_tantivy(path, create=False)
                    forward = ForwardStore.load(path)
                    usable = forward.dead_share < 0.5
                except (OSError, ValueError, KeyError):
                    usable = False
            if not usable:
                n = _full_build(store, path, current, progress, workers)
                index = _open_tantivy(path, create=False)
                return cls(path, index, _read_manifest(path) or {}, ForwardStore.load(path)), UpdateReport(
                    "full", len(current), n, time.perf_counter() - start)
            old = manifest.get("sources", {})
            changed = [p for p in current if old.get(p) != current[p]]
            removed = [p for p in old if p not in current]
            if not changed and not removed:
                return cls(path, index, manifest, forward), UpdateReport(
                    "fresh", 0, 0, time.perf_counter() - start)
            n = _update(index, path, store, changed, removed, progress, workers)
            manifest = {**manifest, "sources": current, "updated": _now()}
            _write_manifest(path, manifest)
            index.reload()
            return cls(path, index, manifest, ForwardStore.load(path)), UpdateReport(
                "incremental", len(changed) + len(removed), n, time.perf_counter() - start)

    # -- vocabulary (kb.search.query.Vocabulary) ----------------------------
    def doc_freq(self, field: str, term: str) -> int:
        key = (field, term)
        got = self._df.get(key)
        if got is None:
            got = self.searcher.doc_freq(field, term)
            if len(self._df) < 200_000:
                self._df[key] = got
        return got

    def accented_forms(self, folded: str) -> list[tuple[str, int]]:
        got = self._forms.get(folded)
        if got is None:
            terms = self.searcher.terms_with_prefix("accent", folded + "=", limit=8)
            got = [(t.split("=", 1)[1], n) for t, n in terms]
            if len(self._forms) < 100_000:
                self._forms[folded] = got
        return got

    @property
    def num_docs(self) -> int:
        return self.searcher.num_docs

    def rows(self, addresses: list) -> list[int]:
        """Forward-store rows of hits (a fast field: no stored document is read)."""
        return self.searcher.fast_field_values("row", addresses) if addresses else []


# -- building -----------------------------------------------------------------
def _add(writer, store: Store, sources: list[str] | None, progress: Progress | None,
         workers: int, forward: ForwardStore | None) -> tuple[int, ForwardStore]:
    """Analyse and index articles (of ``sources``, or all); returns (count, forward store).

    Without a forward store yet (a full build), an evenly spaced sample is
    analysed first and decides which terms are common.
    """
    reads = SearchStore(store)
    attrs = reads.doc_attributes()
    articles = list(reads.articles(sources))
    total, done = len(articles), 0

    def put(batch: list[ArticleText], fields: list[tuple[str, dict[str, str]]], rows: Rows) -> None:
        nonlocal done
        first = forward.add_rows([a.uid for a in batch], [a.doc_id for a in batch],
                                 [a.source for a in batch], rows)
        for row, (a, (_, f)) in enumerate(zip(batch, fields), start=first):
            at = attrs.get(a.doc_id, NO_ATTRIBUTES)
            doc = tantivy.Document(uid=a.uid, doc=a.doc_id, source=a.source, dtype=at.doc_type,
                                   topic=at.topic, kind=at.kind, **f)
            doc.add_unsigned("row", row)  # typed: a plain int would be taken for i64
            writer.add_document(doc)
        done += len(batch)
        if progress:
            progress(done, total, batch[-1].uid)

    sample: list[tuple[list[ArticleText], list]] = []
    if forward is None:
        picked = sample_indices(len(articles))
        chosen = set(picked)
        sample = [(b, f) for b, f, _ in _analysed(_batches([articles[i] for i in picked]), workers)]
        articles = [a for i, a in enumerate(articles) if i not in chosen]
        forward = ForwardStore(common_vocabulary([f for _, fields in sample for _, f in fields]))
    rest = _analysed(_batches(articles), workers, forward.by_field)
    head = next(rest, None)  # the workers are busy with the rest while the sample is stored
    for batch, fields in sample:
        put(batch, fields, forward.rows_of([f for _, f in fields]))
    if head is not None:
        put(*head)
        for batch, fields, rows in rest:
            put(batch, fields, rows)
    return total, forward


def remove_dead_builds(path: Path) -> list[Path]:
    """Delete ``<index>.tmp-PID`` / ``.old-PID`` folders left by a build that was cut off.

    Called with the index lock held: no other build is running, so every
    such folder belongs to a dead process (kill -9, power loss).
    """
    dead = sorted(p for pattern in (f"{path.name}.tmp-*", f"{path.name}.old-*")
                  for p in path.parent.glob(pattern) if p.is_dir())
    for p in dead:
        shutil.rmtree(p, ignore_errors=True)
    return dead


def index_state(store: Store) -> str:
    """'fresh' (opening will not build), 'stale' (sources changed) or 'missing' — read-only."""
    path = index_dir(store.path)
    manifest = _read_manifest(path)
    if manifest is None or manifest.get("format") != INDEX_FORMAT:
        return "missing"
    return "fresh" if manifest.get("sources", {}) == SearchStore(store).source_fingerprint() else "stale"


def _full_build(store: Store, path: Path, current: dict, progress: Progress | None, workers: int) -> int:
    tmp = path.with_name(path.name + f".tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        tmp.mkdir(parents=True)
    except OSError as exc:
        raise SearchIndexError(f"Không tạo được chỉ mục tìm kiếm tại {path}: {exc}") from exc
    started = time.perf_counter()
    index = _open_tantivy(tmp, create=True)
    writer = index.writer(heap_size=128_000_000, num_threads=1)
    n, forward = _add(writer, store, None, progress, workers, None)
    writer.commit()
    writer.wait_merging_threads()
    forward.save(tmp)
    _write_manifest(tmp, {"format": INDEX_FORMAT, "kb": str(store.path), "sources": current,
                          "articles": n, "built": _now(),
                          "build_seconds": round(time.perf_counter() - started, 2)})
    del writer, index
    old = path.with_name(path.name + f".old-{os.getpid()}")
    if path.exists():
        path.rename(old)
    tmp.rename(path)
    shutil.rmtree(old, ignore_errors=True)
    return n


def _update(index: tantivy.Index, path: Path, store: Store, changed: list[str], removed: list[str],
            progress: Progress | None, workers: int) -> int:
    forward = ForwardStore.load(path)
    forward.remove_sources({*changed, *removed})
    writer = index.writer(heap_size=64_000_000, num_threads=1)
    for source in [*changed, *removed]:
        writer.delete_documents_by_term("source", source)
    n, forward = _add(writer, store, changed, progress, workers if len(changed) > 3 else 1, forward)
    writer.commit()
    writer.wait_merging_threads()
    forward.save(path)
    return n


# -- manifest and lock --------------------------------------------------------
def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S")


def _read_manifest(path: Path) -> dict | None:
    try:
        with open(path / "manifest.json", encoding="utf-8") as fh:
            data = json.load(fh)
        return data if isinstance(data, dict) else None
    except (OSError, ValueError):
        return None


def _write_manifest(path: Path, data: dict) -> None:
    tmp = path / "manifest.json.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
    os.replace(tmp, path / "manifest.json")


@contextmanager
def _lock(path: Path):
    """One builder at a time per index (other processes wait, then reuse it)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(path.with_name(path.name + ".lock"), "a+")
    except OSError as exc:
        raise SearchIndexError(f"Không ghi được chỉ mục tìm kiếm cạnh {path.parent}: {exc}") from exc
    try:
        try:
            import fcntl

            fcntl.flock(fh, fcntl.LOCK_EX)
        except ImportError:  # pragma: no cover - non-POSIX
            pass
        yield
    finally:
        fh.close()
