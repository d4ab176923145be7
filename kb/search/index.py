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
import shutil
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

import tantivy

import numpy as np

from kb.search.analysis import Terms, analyze_lines, joined, word_tokens
from kb.search.forward import ForwardStore, common_vocabulary, sample_indices
from kb.search.query import defined_terms
from kb.store import Store

#: Bump when the schema or the analysis changes: the index is then rebuilt.
INDEX_FORMAT = 5
TEXT_FIELDS = ("syl", "fsyl", "cmp", "fcmp", "title", "defines")
DEFINED_MAX = 8  # "X là …" defines X when X has at most this many syllables
RAW_FIELDS = ("doc", "source", "dtype", "topic", "kind")
TOKENIZER = "dccs_ws"
BATCH = 200  # articles per analysis task

Progress = Callable[[int, int, str], None]


class SearchIndexError(Exception):
    """The index cannot be opened or built; the message (Vietnamese) says why."""


@dataclass(frozen=True)
class ArticleText:
    uid: str
    doc_id: str
    source: str
    title: str
    lines: tuple[str, ...]


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


# -- reading the knowledge base ----------------------------------------------
def source_fingerprint(conn: sqlite3.Connection) -> dict[str, list[str]]:
    return {r[0]: [r[1], r[2]] for r in conn.execute("SELECT path, sha256, ingested_at FROM sources")}


def read_articles(conn: sqlite3.Connection, sources: Iterable[str] | None = None) -> Iterator[ArticleText]:
    """Articles with the text of every unit under them, in reading order."""
    sql = "SELECT uid, doc_id, level, title, text, source_path FROM units"
    params: tuple = ()
    if sources is not None:
        sources = list(sources)
        if not sources:
            return
        sql += f" WHERE source_path IN ({','.join('?' * len(sources))})"
        params = tuple(sources)
    sql += " ORDER BY doc_id, ordinal"
    current: dict | None = None
    for uid, doc_id, level, title, text, source in conn.execute(sql, params):
        if level == "article":
            if current:
                yield ArticleText(current["uid"], current["doc"], current["source"],
                                  current["title"], tuple(current["lines"]))
            current = {"uid": uid, "doc": doc_id, "source": source, "title": title or "",
                       "lines": [text] if text else [], "prefix": uid + ":"}
        elif current and uid.startswith(current["prefix"]) and text:
            current["lines"].append(text)
    if current:
        yield ArticleText(current["uid"], current["doc"], current["source"], current["title"],
                          tuple(current["lines"]))


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


def article_fields(batch: list[ArticleText]) -> list[tuple[str, dict[str, str]]]:
    """Index terms of a batch of articles: one pyvi pass, then whole-batch array operations.

    Gives exactly what ``article_fields_reference`` (the plain per-line
    definition) gives, several times faster (``tests/test_search.py``).
    """
    lines, spans = _batch_lines(batch)
    wt = word_tokens(lines)
    canon, folded, line, cont, line_start = wt.canon, wt.folded, wt.line, wt.cont, wt.line_start
    n = len(canon)
    ids, uforms = wt.ids, wt.forms
    # accent vocabulary entries "folded=canonical", built once per distinct syllable / pair
    uacc = np.array([f"{f}={k}" for k, f in uforms], dtype=object)
    syl_acc = uacc[ids]
    same = (line[1:] == line[:-1]) if n > 1 else np.zeros(0, dtype=bool)
    pair_idx = np.flatnonzero(same)
    codes = ids[pair_idx] * len(uforms) + ids[pair_idx + 1]
    ucodes, inverse = np.unique(codes, return_inverse=True)
    pair_str = np.array([f"{uforms[a][1]}_{uforms[b][1]}={uforms[a][0]}_{uforms[b][0]}"
                         for a, b in zip(*divmod(ucodes, len(uforms) or 1))], dtype=object)
    pair_acc = pair_str[inverse.reshape(-1)] if len(pair_idx) else np.empty(0, dtype=object)
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
    for art, (start, end) in zip(batch, spans):
        a, b = int(line_start[start]), int(line_start[end])
        s_c, s_f = joined(canon, cont, a, b), joined(folded, cont, a, b)
        cmp = [w for w in s_c.split(" ") if "_" in w]
        fcmp = [w for w in s_f.split(" ") if "_" in w]
        tb = int(line_start[start + 1])
        t_f = joined(folded, cont, a, tb)
        title = [t_f.replace("_", " ")] if t_f else []
        title += [w for w in t_f.split(" ") if "_" in w]
        pa, pb = np.searchsorted(pair_idx, [a, b])
        pairs = set(syl_acc[a:b].tolist())
        pairs.update(f"{f}={k}" for f, k in zip(fcmp, cmp))
        pairs.update(pair_acc[pa:pb].tolist())
        defines = [t for ln in range(start + 1, end) for t in defines_of_line.get(ln, ())]
        out.append((art.uid, {
            "syl": s_c.replace("_", " "), "fsyl": s_f.replace("_", " "),
            "cmp": " ".join(cmp), "fcmp": " ".join(fcmp),
            "title": " ".join(title),
            "accent": " ".join(pairs),  # a set: order and repeats mean nothing to this field
            "defines": " ".join(defines),
        }))
    return out


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


def _analysed(batches: Iterable[list[ArticleText]], workers: int) -> Iterator[tuple[list[ArticleText], list]]:
    """(batch, fields) pairs, analysed in ``workers`` processes when > 1."""
    if workers <= 1:
        for b in batches:
            yield b, article_fields(b)
        return
    from kb.search.segment import _tables

    _tables()  # load pyvi once in the parent; forked workers share it
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers) as pool:
        pending = []
        for b in batches:
            pending.append((b, pool.apply_async(article_fields, (b,))))
            while len(pending) > 2 * workers:
                done_b, res = pending.pop(0)
                yield done_b, res.get()
        for done_b, res in pending:
            yield done_b, res.get()


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
        current = source_fingerprint(store.conn)
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
def _doc_attributes(conn: sqlite3.Connection) -> dict[str, tuple[str, str, str]]:
    return {r[0]: (r[1] or "", r[2] or "", r[3] or "")
            for r in conn.execute("SELECT doc_id, doc_type, phapdien_topic, kind FROM documents")}


def _add(writer, conn: sqlite3.Connection, sources: list[str] | None, progress: Progress | None,
         workers: int, forward: ForwardStore | None) -> tuple[int, ForwardStore]:
    """Analyse and index articles (of ``sources``, or all); returns (count, forward store).

    Without a forward store yet (a full build), an evenly spaced sample is
    analysed first and decides which terms are common.
    """
    attrs = _doc_attributes(conn)
    articles = list(read_articles(conn, sources))
    n_sample = 0
    if forward is None:
        picked = sample_indices(len(articles))
        chosen = set(picked)
        articles = [articles[i] for i in picked] + [a for i, a in enumerate(articles) if i not in chosen]
        n_sample = len(picked)
    waiting: list[tuple[ArticleText, dict[str, str]]] = []

    def put(a: ArticleText, f: dict[str, str], store: ForwardStore) -> None:
        dtype, topic, kind = attrs.get(a.doc_id, ("", "", ""))
        row = store.add(a.uid, a.doc_id, a.source, f)
        doc = tantivy.Document(uid=a.uid, doc=a.doc_id, source=a.source, dtype=dtype, topic=topic,
                               kind=kind, **f)
        doc.add_unsigned("row", row)  # typed: a plain int would be taken for i64
        writer.add_document(doc)

    total, done = len(articles), 0
    for batch, fields in _analysed(_batches(articles), workers):
        for a, (_, f) in zip(batch, fields):
            if forward is None:
                waiting.append((a, f))
                if len(waiting) >= n_sample:
                    forward = ForwardStore(common_vocabulary([x for _, x in waiting]))
                    for wa, wf in waiting:
                        put(wa, wf, forward)
                    waiting = []
            else:
                put(a, f, forward)
        done += len(batch)
        if progress:
            progress(done, total, batch[-1].uid)
    if forward is None:  # nothing to index
        forward = ForwardStore([])
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
    return "fresh" if manifest.get("sources", {}) == source_fingerprint(store.conn) else "stale"


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
    n, forward = _add(writer, store.conn, None, progress, workers, None)
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
    n, forward = _add(writer, store.conn, changed, progress, workers if len(changed) > 3 else 1, forward)
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
