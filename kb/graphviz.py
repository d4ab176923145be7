"""The one Graphviz writer: nodes and typed edges of the link graph → DOT source.

``dccs graph --format dot|png`` draws a neighbourhood (``kb.graph.neighbourhood``,
via ``graph_dot``) and the web app's Điều khoản page draws a provision with its
references (``to_dot``); both get the same shapes, colours and labels. Pure: no
Graphviz, no pydot needed to write the source.
"""
from __future__ import annotations

from typing import Iterable

from kb.graph import EDGE_LABELS

COLOURS = {"cites": "gray40", "details": "blue", "implements": "steelblue", "related": "darkgreen",
           "based_on": "purple", "amends": "red", "supplements": "orange", "repeals": "black",
           "replaces": "brown", "contains": "gray80"}
SHAPES = {"document": "box3d", "article": "box", "external": "note"}
LABEL_MAX = 70


def quote(s: object) -> str:
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _short(label: str) -> str:
    return label if len(label) <= LABEL_MAX else label[:LABEL_MAX - 3] + "…"


def to_dot(nodes: Iterable[tuple[str, str, str | None]],
           edges: Iterable[tuple[str, str, str, str | None]], *, center: str | None = None,
           note: str | None = None) -> str:
    """DOT for ``nodes`` (id, label, kind) and ``edges`` (src, dst, edge type, effective date or
    None); ``center`` is filled, ``note`` is a caption node (e.g. "… và 12 liên kết khác")."""
    lines = ["digraph dccs {", '  graph [rankdir=LR, fontname="DejaVu Sans"];',
             '  node [fontname="DejaVu Sans", fontsize=10, style=rounded];',
             '  edge [fontname="DejaVu Sans", fontsize=8];']
    for n, label, kind in nodes:
        fill = ', style="rounded,filled", fillcolor="#ffd98a"' if n == center else ""
        lines.append(f"  {quote(n)} [label={quote(_short(label or n))}, shape={SHAPES.get(kind or '', 'ellipse')}"
                     f"{fill}];")
    for u, v, t, effective in edges:
        extra = f"\\n{effective}" if effective else ""
        lines.append(f"  {quote(u)} -> {quote(v)} [label={quote(EDGE_LABELS.get(t, t) + extra)}, "
                     f"color={COLOURS.get(t, 'black')}];")
    if note:
        lines.append(f'  "…" [label={quote(note)}, shape=plaintext];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def graph_dot(g, *, center: str | None = None) -> str:
    """DOT for a networkx graph from ``kb.graph`` (nodes carry label and kind, edges their type)."""
    return to_dot(((n, a.get("label", n), a.get("kind")) for n, a in g.nodes(data=True)),
                  ((u, v, a.get("type", k), a.get("effective")) for u, v, k, a in g.edges(keys=True, data=True)),
                  center=center)
