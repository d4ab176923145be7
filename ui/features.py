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
def open_search(store) -> Any:
    mod = _module("kb.search")
    if mod is None or not hasattr(mod, "SearchEngine"):
        return None
    return mod.SearchEngine.open(store)


def search(engine, query: str, *, limit: int = 20, doc: str | None = None,
           doc_type: str | None = None, as_of: str | None = None) -> list:
    return list(engine.search(query, limit=limit, doc=doc, doc_type=doc_type, as_of=as_of))


# -- graph ------------------------------------------------------------------
def open_graph(store) -> Any:
    mod = _module("kb.graph")
    if mod is None:
        return None
    for name in ("load_graph", "open_graph", "build_graph"):
        fn = getattr(mod, name, None)
        if callable(fn):
            return fn(store)
    cls = getattr(mod, "LegalGraph", None) or getattr(mod, "Graph", None)
    if cls is not None and hasattr(cls, "open"):
        return cls.open(store)
    return None


# -- checker ----------------------------------------------------------------
#: (format, button label, MIME type) of the report downloads, in display order.
DOWNLOADS = (
    ("json", "Tải báo cáo JSON", "application/json"),
    ("md", "Tải báo cáo Markdown", "text/markdown"),
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
    mod = _module("checker")
    return mod if mod is not None and hasattr(mod, "check_text") else None


def check_kinds(mod: ModuleType) -> dict[str, str]:
    """Document types the checker knows, id → Vietnamese label; AUTO first."""
    out = {AUTO: "Tự nhận diện"}
    rules = _module("checker.rules")
    if rules is not None and hasattr(rules, "doctypes"):
        out.update({t.id: t.label for t in rules.doctypes()})
    return out


def run_check(mod: ModuleType, store, loaded, *, name: str, kind: str, as_of: str) -> CheckResult:
    """Check an upload already turned into text; render every download in memory."""
    report = mod.check_text(loaded.text, store=store, source=name, doc_type=kind or None,
                            as_of=as_of)
    downloads: dict[str, bytes] = {}
    problems = []
    render = _module("checker.render")
    for fmt, label, _ in DOWNLOADS:
        try:
            if fmt == "docx":
                if loaded.fmt != "docx":
                    continue
                downloads[fmt] = render.to_docx(report, loaded.data)
            else:
                out = getattr(render, f"to_{fmt}")(report)
                downloads[fmt] = out.encode("utf-8") if isinstance(out, str) else out
        except Exception as exc:  # a renderer bug must not lose the findings
            problems.append(f"{label}: {type(exc).__name__}: {exc}")
    return CheckResult(name, report, downloads, tuple(problems))


# -- learning ---------------------------------------------------------------
def learning() -> ModuleType | None:
    return _module("kb.learning")
