"""A provision's references, both ways, read from the link graph (``kb.graph``).

One call for both front ends: ``dccs refs`` prints it (``--json`` through
``kb.serialize``) and the web app's Điều khoản page lists it as links. Edges of
the node and of its parts count; an edge between two parts of the node ("khoản 1
Điều này" inside the same article) is neither in nor out.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kb.graph import EDGE_LABELS, edges_of, node_info
from kb.serialize import unit_label
from kb.store import Store

#: Edge attributes worth showing beside a reference, when the graph recorded them.
DETAIL_KEYS = ("how", "mark", "source", "problem", "by_article", "article", "clause", "point")


@dataclass(frozen=True)
class Reference:
    """One edge seen from the provision: ``src`` → ``dst``, ``other`` being the far end."""

    type: str  # kb.graph edge type ("details", "cites", …)
    type_vi: str  # its Vietnamese label
    src: str
    dst: str
    other: str
    other_label: str
    other_kind: str  # "article", "clause", "document", "external", …
    other_number: str | None = None  # the official number of a document the base does not hold
    text: str | None = None  # the citation as written
    effective: str | None = None
    details: dict = field(default_factory=dict)  # DETAIL_KEYS the graph recorded (article/clause as ints)


@dataclass(frozen=True)
class References:
    node: str
    label: str
    kind: str
    outgoing: dict[str, tuple[Reference, ...]]  # edge type → references, in the graph's order
    incoming: dict[str, tuple[Reference, ...]]


def references(store: Store, node: str) -> References:
    """Outgoing and incoming edges of ``node`` and of its parts, grouped by edge type."""
    inside = {node, *(u.uid for u in store.descendants(node))}
    infos: dict[str, dict] = {}
    outgoing: dict[str, list[Reference]] = {}
    incoming: dict[str, list[Reference]] = {}
    for e in edges_of(store, node, subtree=True):
        if (e.src in inside) == (e.dst in inside):
            continue
        other = e.dst if e.src in inside else e.src
        if other not in infos:
            infos[other] = node_info(store, other)
        info = infos[other]
        details = {k: e.attrs[k] for k in DETAIL_KEYS if e.attrs.get(k)}
        for k in ("article", "clause"):
            if k in details:
                details[k] = unit_label(details[k])
        ref = Reference(e.type, EDGE_LABELS.get(e.type, e.type), e.src, e.dst, other, info.get("label") or other,
                        info.get("kind", "unknown"), info.get("number"),
                        " ".join(e.text.split()) if e.text else None, e.effective, details)
        (outgoing if e.src in inside else incoming).setdefault(e.type, []).append(ref)
    info = node_info(store, node)
    return References(node, info["label"], info["kind"], {t: tuple(v) for t, v in outgoing.items()},
                      {t: tuple(v) for t, v in incoming.items()})
