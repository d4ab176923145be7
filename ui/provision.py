"""Everything the Điều khoản page shows about one provision, gathered without Streamlit.

``load_provision`` reads the store and returns one immutable ``ProvisionView``;
the page only lays it out. Status and history come from ``kb.timeline``, the
references from ``kb.references`` — the calls behind ``dccs show``, ``dccs
history`` and ``dccs refs`` — and the picture from ``kb.graphviz``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kb.citations.labels import citation_label, doc_label, full_text
from kb.facts import Status
from kb.graph import graph_is_built
from kb.graphviz import to_dot
from kb.model import Document, Unit
from kb.references import references
from kb.store import Store
from kb.timeline import Event, history, point_in_time
from ui.format import Crumb, ancestor_uids, breadcrumb, vn_date

_CODE = re.compile(r"^\d+\.\d+\.")
#: Reference types, most useful first (kb.graph edge types).
TYPE_ORDER = ("details", "implements", "cites", "related", "based_on", "amends", "supplements",
              "repeals", "replaces")


@dataclass(frozen=True)
class Ref:
    """One reference to or from the provision, ready to be a link."""

    group: str  # Vietnamese type name, e.g. "Nội dung liên quan (pháp điển)"
    direction: str  # "out" (this provision cites) | "in" (cited by)
    label: str
    uid: str | None = None  # a unit to link to
    doc: str | None = None  # or a whole document
    note: str = ""
    search: str | None = None  # or, for a document not held, what to search for
    type: str = ""  # the kb.graph edge type
    kind: str | None = None  # the other end's kind (kb.graph.node_info)


@dataclass(frozen=True)
class ProvisionView:
    unit: Unit
    doc: Document
    article: Unit | None
    citation: str
    title: str
    text: str
    crumbs: tuple[Crumb, ...]
    status: Status
    history: tuple[Event, ...]  # kb.timeline.history
    children: tuple[Unit, ...]
    refs: tuple[Ref, ...] | None = field(default=())  # None: the link graph is not built yet
    text_is_current: bool | None = True  # is the text shown the wording in force on as_of? None: unknown


def load_provision(store: Store, uid: str, as_of: str | None = None) -> ProvisionView | None:
    unit = store.unit(uid)
    if unit is None:
        return None
    doc = store.document(unit.doc_id)
    if doc is None:
        return None
    chain_units = [u for u in (store.unit(a) for a in ancestor_uids(uid)) if u is not None]
    article = next((u for u in chain_units if u.level == "article"), None)
    headings = article.heading_path if article else unit.heading_path
    crumbs = breadcrumb(doc.doc_id, doc_label(doc), headings,
                        [(u.uid, u.level, u.label) for u in chain_units])
    pit = point_in_time(store, uid, as_of)
    status = Status(pit.status, tuple(pit.notices), any(e.uncertain for e in pit.events))
    refs = tuple(graph_refs(store, uid)) if graph_is_built(store) else None
    return ProvisionView(
        unit=unit, doc=doc, article=article, citation=citation_label(unit, doc),
        title=(article.title if article else unit.title), text=full_text(store, unit),
        crumbs=tuple(crumbs), status=status, history=tuple(history(store, uid)),
        text_is_current=pit.text_is_current,
        children=tuple(c for c in store.children(uid) if c.level != "paragraph"), refs=refs,
    )


def history_line(h: Event) -> str:
    when = vn_date(h.date) if h.date else "(chưa rõ ngày)"
    return f"{when}: {h.text}" + (" (chưa chắc chắn)" if h.uncertain else "")


def graph_refs(store: Store, uid: str) -> list[Ref]:
    """References from the link graph (``kb.references``), as links: out first, by type."""
    found = references(store, uid)
    out: dict[tuple, Ref] = {}
    rank: dict[str, int] = {}
    for direction, groups in (("out", found.outgoing), ("in", found.incoming)):
        for etype, items in groups.items():
            for r in items:
                group = r.type_vi.capitalize()
                rank.setdefault(group, TYPE_ORDER.index(etype) if etype in TYPE_ORDER else 99)
                key = (direction, group, r.other)
                if key in out:
                    continue
                note = "" if not r.text or _CODE.match(r.text) else r.text  # a pháp điển code says nothing new
                unit = store.unit(r.other)
                kw = {"note": note, "type": etype, "kind": r.other_kind}
                if unit is not None:
                    ref = Ref(group, direction, _unit_label(store, unit), uid=r.other, **kw)
                elif store.document(r.other) is not None:
                    ref = Ref(group, direction, r.other_label, doc=r.other, **kw)
                else:  # a document we do not hold: searchable by its number
                    ref = Ref(group, direction, r.other_label, search=r.other_number or r.other_label, **kw)
                out[key] = ref
    order = {"out": 0, "in": 1}
    return sorted(out.values(), key=lambda r: (order[r.direction], rank[r.group]))


def _unit_label(store: Store, unit: Unit) -> str:
    doc = store.document(unit.doc_id)
    label = citation_label(unit, doc)
    art = store.unit(ancestor_uids(unit.uid)[0]) if ":" in unit.uid else None
    title = art.title if art else unit.title
    return f"{label} — {title}" if title else label


def grouped(refs: tuple[Ref, ...] | list[Ref], direction: str) -> dict[str, list[Ref]]:
    """Refs of one direction grouped by type, groups in first-seen order."""
    out: dict[str, list[Ref]] = {}
    for r in refs:
        if r.direction == direction:
            out.setdefault(r.group, []).append(r)
    return out


def neighbourhood_dot(view: ProvisionView, limit: int = 24) -> str:
    """The provision in the middle, its references around it (``kb.graphviz``, as ``dccs graph``)."""
    me = view.unit.uid
    nodes = {me: (view.citation, view.unit.level)}
    edges = []
    refs = view.refs or ()
    for i, r in enumerate(refs[:limit]):
        key = r.uid or r.doc or f"x{i}"
        nodes.setdefault(key, (r.label.split(" — ")[0], r.kind))
        edges.append((me, key, r.type, None) if r.direction == "out" else (key, me, r.type, None))
    more = f"… và {len(refs) - limit} liên kết khác" if len(refs) > limit else None
    return to_dot(((n, label, kind) for n, (label, kind) in nodes.items()), edges, center=me, note=more)
