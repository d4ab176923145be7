"""Shared resources of the web app, opened once per server process.

Streamlit re-runs page scripts on every click; opening the SQLite file, the
document index and the search index each time would be slow, so they are
``st.cache_resource`` values keyed by the knowledge-base path. The path comes
from ``DCCS_KB`` (``dccs ui --kb PATH`` sets it for the server).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import streamlit as st

from kb.citations.labels import doc_label
from kb.citations.patterns import QUERY_TYPE_WORDS
from kb.citations.resolve import Resolver
from kb.graph import graph_is_built
from kb.search import SearchEngine
from kb.search.index import index_dir, index_state
from kb.store import KBError, Store, default_kb_path
from pipeline.prepare import read_status, start_background

#: Page scripts, relative to ui/app.py; page links name them.
PAGE_SEARCH = "views_search.py"
PAGE_PROVISION = "views_provision.py"
PAGE_CHECK = "views_check.py"
PAGE_LEARNING = "views_learning.py"
PAGE_SETUP = "views_setup.py"


@dataclass(frozen=True)
class KBState:
    """Whether the knowledge base can be used, and if not, why (in Vietnamese)."""

    path: Path
    ready: bool
    problem: str = ""
    counts: dict | None = None


def kb_path() -> Path:
    return default_kb_path()


def kb_state() -> KBState:
    """Inspect the knowledge base without creating it."""
    path = kb_path()
    if not path.exists():
        return KBState(path, False, f"Chưa có cơ sở dữ liệu tri thức tại {path}.")
    try:
        counts = _counts(str(path), _stamp(path))
    except KBError as exc:
        return KBState(path, False, str(exc))
    if counts["units"] == 0:
        return KBState(path, False, f"Cơ sở dữ liệu tri thức tại {path} còn trống.", counts)
    return KBState(path, True, "", counts)


def _stamp(path: Path) -> tuple[float, float]:
    """Changes when the file is written (WAL mode writes the -wal file first)."""
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_mtime, wal.stat().st_mtime if wal.exists() else 0.0


@st.cache_data(show_spinner=False, max_entries=4)
def _counts(path: str, stamp: tuple[float, float]) -> dict:
    """Row counts scan the units table: once per version of the file, not once per click."""
    return _store(path).counts()


@st.cache_resource(show_spinner=False)
def _store(path: str) -> Store:
    return Store(path)


def store() -> Store:
    return _store(str(kb_path()))


@st.cache_resource(show_spinner="Đang nạp danh mục văn bản…")
def _doc_index(path: str) -> Resolver:
    return Resolver(_store(path))


def doc_index() -> Resolver:
    return _doc_index(str(kb_path()))


@st.cache_resource(show_spinner=False, max_entries=2)
def _search_engine(path: str, built: str) -> SearchEngine:
    """One engine per built index (``built`` changes when the index is rebuilt)."""
    return SearchEngine.open(_store(path))


def _index_stamp(s: Store) -> str:
    """Changes whenever the search index beside this KB is rebuilt or updated."""
    try:
        return str((index_dir(s.path) / "manifest.json").stat().st_mtime_ns)
    except OSError:
        return ""


def search_engine() -> SearchEngine:
    """The search engine (``kb.search``), the one the command line opens.

    Raises ``NotReady`` while the shared background build (``pipeline.prepare``)
    has not finished the index: the engine is never built inside a session,
    so a closed or reloaded page loses nothing.
    """
    s = store()
    if index_state(s) != "fresh":
        ensure_prepared()
        raise NotReady("search")
    return _search_engine(str(kb_path()), _index_stamp(s))


class NotReady(Exception):
    """A part of the first-use build (``pipeline.prepare``) is still running."""


# -- the shared first-use build ------------------------------------------------------
_start_lock = threading.Lock()


def build_status():
    return read_status(kb_path())


def needs_prepare() -> bool:
    """True when the KB, the graph or the search index is missing or stale (read-only checks)."""
    kb = kb_state()
    if not kb.ready:
        return True
    s = store()
    return not graph_is_built(s) or index_state(s) != "fresh"


def ensure_prepared(*, ingest: bool = False) -> Any:
    """Start the shared background build when something is missing (at most one per KB).

    Every session of the server — and every server on the machine — sees the
    same build through ``build_status``; closing or reloading a page does
    not stop it.
    """
    with _start_lock:
        status = build_status()
        if status.state != "running" and (ingest or needs_prepare()):
            if status.state == "failed" and not ingest:
                return status  # do not retry a failing build on every click; the setup page offers it
            start_background(kb_path(), ingest_always=ingest)
            status = build_status()
    return status


@st.cache_data(show_spinner=False, max_entries=1)
def doc_choices(path: str) -> list[tuple[str, str]]:
    """(doc_id, label) of every document, for the filters; the core documents first."""

    docs = _store(path).documents()
    core = ("10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP")
    first = [d for c in core for d in docs if d.doc_id == c]
    rest = sorted((d for d in docs if d.doc_id not in core), key=lambda d: doc_label(d).lower())
    return [(d.doc_id, _choice_label(d)) for d in first + rest]


def _choice_label(doc) -> str:

    label = doc_label(doc)
    title = doc.title if doc.title and doc.title not in label else ""
    text = f"{label} — {title}" if title else label
    return text if len(text) <= 110 else text[:109] + "…"


@st.cache_data(show_spinner=False, max_entries=1)
def doc_types(path: str) -> list[str]:
    """Document types held in the KB that the search filter accepts (``kb.citations.patterns``)."""
    known = set(QUERY_TYPE_WORDS.values())
    return [t for t, _ in _store(path).type_counts() if t and t in known]


def reset() -> None:
    """Forget cached resources (after the knowledge base was rebuilt)."""
    st.cache_resource.clear()
    st.cache_data.clear()
