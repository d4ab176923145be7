"""The app's one door to the feature modules: search, checker, graph, learning.

Each feature is built in its own package; the app must keep working (and say
"chưa có" in Vietnamese) when one is absent, and must not depend on their
internals beyond the public calls below. Adapters here are thin on purpose.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import Any

MISSING = "Chức năng {what} chưa có trong bản cài đặt này."


def _module(name: str) -> ModuleType | None:
    """Import a feature module; None only when that module itself is missing."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and (name == exc.name or name.startswith(exc.name + ".")):
            return None
        raise


def available(feature: str) -> bool:
    return _module(MODULES[feature]) is not None


MODULES = {
    "search": "kb.search",
    "checker": "checker",
    "graph": "kb.graph",
    "learning": "kb.learning",
}


# -- search -----------------------------------------------------------------
def open_search(store, progress=None) -> Any:
    """The search engine (building its index on first use), or None when kb.search is absent."""
    mod = _module("kb.search")
    if mod is None or not hasattr(mod, "SearchEngine"):
        return None
    return mod.SearchEngine.open(store, progress=progress)


def search_ready(store) -> bool:
    """True when the search index beside this KB exists (opening it will not rebuild from scratch)."""
    mod = _module("kb.search")
    return mod is not None and mod.index_dir(store.path).exists()


def search_state(store) -> str:
    """'fresh' | 'stale' | 'missing' (read-only: compares the index manifest with the KB's sources)."""
    from kb.search.index import index_state

    return index_state(store)


def search_built(store) -> str:
    """A stamp that changes whenever the index beside this KB is rebuilt or updated."""
    from kb.search.index import index_dir

    try:
        return str((index_dir(store.path) / "manifest.json").stat().st_mtime_ns)
    except OSError:
        return ""


def search(engine, query: str, *, limit: int = 20, doc: str | None = None,
           doc_type: str | None = None, as_of: str | None = None) -> tuple[list, tuple[str, ...]]:
    """(hits, Vietnamese notes). Raises ``SearchInputError`` (ValueError) for unusable filters."""
    result = engine.run(query, limit=limit, doc=doc, doc_type=doc_type, as_of=as_of)
    return list(result.hits), tuple(result.notes)


def search_types(present: list[str]) -> list[str]:
    """Document types the search filter accepts, among those present in the KB."""
    from kb.citations.patterns import QUERY_TYPE_WORDS as DOC_TYPE_WORDS

    known = set(DOC_TYPE_WORDS.values())
    return [t for t in present if t in known]


# -- graph ------------------------------------------------------------------
def graph_ready(store) -> bool:
    """True when kb.graph is installed and its edges were built into this KB (read-only test)."""
    if _module("kb.graph") is None:
        return False
    from kb.graph import graph_is_built

    return graph_is_built(store)


def graph_edges(store, uid: str) -> list[tuple[str, str, str, str, str | None]] | None:
    """(direction, type label, other node, other's kind, citation text) for a unit and its subtree.

    None when the graph is not available, so the caller can fall back.
    """
    if not graph_ready(store):
        return None
    g = importlib.import_module("kb.graph")
    inside = {uid, *(u.uid for u in store.descendants(uid))}
    out = []
    for e in g.edges_of(store, uid, direction="both", subtree=True):
        if e.src in inside and e.dst in inside:
            continue  # "khoản 1 Điều này" inside the same provision
        direction, other = ("out", e.dst) if e.src in inside else ("in", e.src)
        out.append((direction, g.EDGE_LABELS.get(e.type, e.type), other, e.type, e.text))
    return out


def node_info(store, node: str) -> dict:
    g = importlib.import_module("kb.graph")
    return g.node_info(store, node)


# -- checker ----------------------------------------------------------------
#: (format, button label, MIME type) of the report downloads, in display order.
DOWNLOADS = (
    ("json", "Tải báo cáo JSON", "application/json"),
    ("md", "Tải báo cáo Markdown", "text/markdown"),
    ("html", "Tải báo cáo HTML", "text/html"),
    ("docx", "Tải DOCX có ghi chú",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
)
AUTO = ""  # "detect the document type"


@dataclass(frozen=True)
class CheckResult:
    """One check kept in the session (memory only): the report and its downloads."""

    name: str
    report: Any
    downloads: dict[str, bytes]
    problems: tuple[str, ...] = ()  # renderers that failed, in Vietnamese


def checker() -> ModuleType | None:
    mod = _module("checker.engine")
    return mod if mod is not None and hasattr(mod, "check_text") else None


def check_kinds() -> dict[str, str]:
    """Document types the checker knows, id → Vietnamese label; AUTO first."""
    out = {AUTO: "Tự nhận diện"}
    rules = _module("checker.rules")
    if rules is not None and hasattr(rules, "doctypes"):
        out.update({t.id: t.label for t in rules.doctypes()})
    return out


def run_check(mod: ModuleType, store, loaded, *, name: str, kind: str, as_of: str) -> CheckResult:
    """Check an upload already turned into text; render every download in memory.

    Raises the checker's ``CheckInputError`` (with a Vietnamese ``problem``) for bad input.
    """
    report = mod.check_text(loaded.text, store, doc_type=kind or None, as_of=as_of, source_name=name,
                            line_origin=tuple(loaded.line_origin), fmt=loaded.fmt)
    downloads: dict[str, bytes] = {}
    problems = []
    render = _module("checker.render")
    writers = {
        "json": lambda: render.to_json(report),
        "md": lambda: render.to_markdown(report),
        "html": lambda: render.to_html(report),
        "docx": lambda: annotated_docx(report, loaded),
    }
    for fmt, label, _ in DOWNLOADS:
        try:
            out = writers[fmt]() if render is not None else None
        except Exception as exc:  # a renderer bug must not lose the findings
            problems.append(f"{label}: {type(exc).__name__}: {exc}")
            continue
        if out is not None:
            downloads[fmt] = out.encode("utf-8") if isinstance(out, str) else bytes(out)
    return CheckResult(name, report, downloads, tuple(problems))


def annotated_docx(report, loaded) -> bytes | None:
    """The upload with the findings as Word comments (a new DOCX for text and PDF uploads)."""
    word = _module("checker.word")
    if word is None:
        return None
    return word.annotate(report, data=loaded.data, fmt=loaded.fmt, text=loaded.text,
                         line_origin=tuple(loaded.line_origin))


# -- timeline -----------------------------------------------------------------
def timeline() -> ModuleType | None:
    mod = _module("kb.timeline")
    return mod if mod is not None and hasattr(mod, "point_in_time") else None


# -- learning ---------------------------------------------------------------
def learning() -> ModuleType | None:
    return _module("kb.learning")
