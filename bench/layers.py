"""The layer rule, checked: which package may import which, and no import circles.

    corpus (pure readers) → kb core only; kb → never corpus, pipeline, checker or ui;
    pipeline → corpus + kb; checker → kb + corpus; ui → everything; nothing imports ui.

The *kb core* is what a reader may use without touching the store: the data
model, the Vietnamese text primitives, the structure builder and the citation
patterns (data). Imports are read from the source (``ast``), function-local
ones included, so a circle hidden inside a function still counts; the summary
line counts the module pairs imported only inside functions (each one a
dependency the module's header does not show). Modules loaded by name
(``importlib.import_module``: the rule-kind registry ``checker.kinds.KIND_MODULES``
and the CLI's ``COMMAND_MODULES``) are parent → child loads and are not read.

    python bench/layers.py        # prints violations and circles; exit 1 if any
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("corpus", "kb", "pipeline", "checker", "ui")
KB_CORE = ("kb.model", "kb.vntext", "kb.structure", "kb.citations.patterns")
#: package → packages it may import (besides itself)
ALLOWED: dict[str, tuple[str, ...]] = {
    "corpus": ("kb-core",),
    "kb": ("kb-core",),
    "pipeline": ("kb-core", "kb", "corpus"),
    "checker": ("kb-core", "kb", "corpus"),
    "ui": ("kb-core", "kb", "corpus", "pipeline", "checker"),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    out = {}
    for pkg in PACKAGES:
        for f in sorted((ROOT / pkg).rglob("*.py")):
            out[module_name(f)] = f
    return out


def imports(path: Path, name: str, known: set[str]) -> list[tuple[str, int, bool]]:
    """(imported project module, line, inside a function) for every import in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    local_lines = {n.lineno for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
                   for n in ast.walk(f) if isinstance(n, (ast.Import, ast.ImportFrom))}
    out = []
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        for t in targets:
            while t and t not in known:
                t = t.rpartition(".")[0]
            if t and t != name:
                out.append((t, node.lineno, node.lineno in local_lines))
    return out


def layer(mod: str) -> str:
    if any(mod == c or mod.startswith(c + ".") for c in KB_CORE):
        return "kb-core"
    return mod.split(".")[0]


def graph() -> dict[str, list[tuple[str, int, bool]]]:
    mods = modules()
    known = set(mods)
    return {m: imports(p, m, known) for m, p in mods.items()}


def violations(g: dict) -> list[str]:
    out = []
    for m, deps in g.items():
        src = layer(m)
        allowed = ALLOWED.get(src, ("kb-core",)) + (src,)
        for dep, line, local in deps:
            dst = layer(dep)
            if dst == "kb-core" and src == "kb":
                continue
            if dst not in allowed:
                out.append(f"{m}:{line} imports {dep} ({src} → {dst}{', inside a function' if local else ''})")
    return out


def circles(g: dict) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]
    sys.setrecursionlimit(10000)

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w, _, _ in g.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return out


def main() -> int:
    g = graph()
    bad = violations(g)
    loops = circles(g)
    for line in bad:
        print("layer:", line)
    for comp in loops:
        print("circle:", " ⇄ ".join(comp))
    edges = {(m, d, local) for m, deps in g.items() for d, _, local in deps}
    local = {(m, d) for m, d, is_local in edges if is_local}
    print(f"{len(g)} modules, {len({(m, d) for m, d, _ in edges})} module imports ({len(local)} only inside "
          f"functions), {len(bad)} layer violations, {len(loops)} circles")
    return 1 if bad or loops else 0


if __name__ == "__main__":
    raise SystemExit(main())
