"""Shared resources of the web app, opened once per server process.

Streamlit re-runs page scripts on every click; opening the SQLite file, the
document index and the search index each time would be slow, so they are
``st.cache_resource`` values keyed by the knowledge-base path. The path comes
from ``DCCS_KB`` (``dccs ui --kb PATH`` sets it for the server).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import streamlit as st

from kb.citations.labels import doc_label
from kb.citations.resolve import Resolver
from kb.store import KBError, Store, default_kb_path

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


@st.cache_resource(show_spinner=False)
def _search_engine(path: str, _progress: Callable[[int, int, str], None] | None = None) -> Any:
    from ui import features

    return features.open_search(_store(path), progress=_progress)


def search_engine() -> Any:
    """The search engine, or None while the search module is not installed.

    The first call in a server process opens the index. When it must be built
    or refreshed (a new or updated knowledge base, a new index format) the
    engine reports progress, and a progress bar appears while it works.
    """
    slot = st.empty()

    def progress(n: int, total: int, label: str) -> None:
        slot.progress(min(n / max(total, 1), 1.0),
                      text=f"Đang dựng chỉ mục tìm kiếm (chỉ làm một lần): {n}/{total} điều")
    with st.spinner("Đang mở chỉ mục tìm kiếm…", show_time=True):
        engine = _search_engine(str(kb_path()), progress)
    slot.empty()
    return engine


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
    return [t for t, _ in _store(path).type_counts() if t]


def reset() -> None:
    """Forget cached resources (after the knowledge base was rebuilt)."""
    st.cache_resource.clear()
    st.cache_data.clear()


def build_kb(progress: Callable[[int, int, str], None]) -> list:
    """Build the knowledge base from the default corpus, reporting progress."""
    from pipeline.ingest import default_sources, ingest

    reset()
    with Store(kb_path()) as s:
        return ingest(s, default_sources(), progress=progress)


def build_graph(progress: Callable[[int, int, str], None]) -> int:
    """Bring the link graph up to date (kb.graph); returns the number of edges written."""
    from kb.graph import build_graph as build

    with Store(kb_path()) as s:
        report = build(s, progress=progress)
    reset()
    return report.edges


def refresh_search(progress: Callable[[int, int, str], None]) -> None:
    """Build or bring up to date the search index beside the knowledge base."""
    from ui import features

    with Store(kb_path()) as s:
        features.open_search(s, progress=progress)
    reset()
