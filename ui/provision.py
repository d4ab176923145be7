"""Everything the Điều khoản page shows about one provision, gathered without Streamlit.

``load_provision`` reads the store (and the graph when it is installed) and
returns one immutable ``ProvisionView``; the page only lays it out. References
come from the graph module; until it is there, from the pháp điển's own
'có nội dung liên quan đến' codes, which the store already holds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kb.facts import Status, facts, status_as_of
from kb.model import Document, Unit
from kb.citations.labels import citation_label, doc_label, full_text
from kb.store import Store
from ui.format import Crumb, ancestor_uids, breadcrumb, vn_date

_CODE = re.compile(r"^\d+\.\d+\.")
#: Reference types, most useful first (kb.graph edge types).
TYPE_ORDER = ("details", "implements", "cites", "related", "based_on", "amends", "supplements",
              "repeals", "replaces")
RELATION_WORDS = {
    "replaces": "thay thế", "repeals": "bãi bỏ", "amends": "sửa đổi",
    "supplements": "bổ sung", "ends": "chấm dứt hiệu lực",
}


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


@dataclass(frozen=True)
class HistoryEntry:
    date: str | None  # ISO
    text: str  # Vietnamese sentence
    uncertain: bool = False


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
    history: tuple[HistoryEntry, ...]
    children: tuple[Unit, ...]
    refs: tuple[Ref, ...] = field(default=())
    refs_from: str = "phapdien"  # "graph" (kb.graph) or "phapdien" (the related-content notes only)
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
    status, events, current = _time(store, uid, doc, article, as_of)
    found = graph_refs(store, uid)
    refs_from = "graph" if found is not None else "phapdien"
    refs = tuple(found if found is not None else related_refs(store, article or unit))
    return ProvisionView(
        unit=unit, doc=doc, article=article, citation=citation_label(unit, doc),
        title=(article.title if article else unit.title), text=full_text(store, unit),
        crumbs=tuple(crumbs), status=status, history=events, text_is_current=current,
        children=tuple(c for c in store.children(uid) if c.level != "paragraph"), refs=refs,
        refs_from=refs_from,
    )


def _time(store: Store, uid: str, doc: Document, article: Unit | None,
          as_of: str | None) -> tuple[Status, tuple[HistoryEntry, ...], bool | None]:
    """Status, history and whether our text is in force: kb.timeline, else the facts alone."""
    from ui import features

    tl = features.timeline()
    if tl is None:
        return (status_as_of(doc.doc_id, doc.kind, doc.effective, as_of),
                tuple(history(doc, article)), True)
    pit = tl.point_in_time(store, uid, as_of)
    events = tuple(HistoryEntry(e.date, e.text, e.uncertain) for e in tl.history(store, uid))
    uncertain = any(e.uncertain for e in pit.events)
    return Status(pit.status, tuple(pit.notices), uncertain), events, pit.text_is_current


def history(doc: Document, article: Unit | None) -> list[HistoryEntry]:
    """Dated events of the document and the article, oldest first."""
    out: list[HistoryEntry] = []
    if doc.issued:
        out.append(HistoryEntry(doc.issued, f"Ban hành {doc_label(doc)}."))
    eff = (article.effective if article else None) or doc.effective
    if eff:
        out.append(HistoryEntry(eff, "Bắt đầu có hiệu lực."))
    for a in article.amendments if article else ():
        by = f"Điều {a.by_article} " if a.by_article else ""
        out.append(HistoryEntry(a.effective, f"{', '.join(a.kinds).capitalize()} bởi {by}{a.by_doc}."))
    f = facts()
    for r in f.relations_to(doc.doc_id):
        where = f" ({r.target_provisions})" if r.target_provisions else ""
        out.append(HistoryEntry(
            r.effective,
            f"Bị {RELATION_WORDS.get(r.kind, r.kind)}{where} bởi {r.by}"
            + (f" ({r.by_provision})" if r.by_provision else "") + ".",
            uncertain=r.mark == "open"))
    for r in f.relations_from(doc.doc_id):
        out.append(HistoryEntry(
            r.effective,
            f"{RELATION_WORDS.get(r.kind, r.kind).capitalize()} {r.target}"
            + (f" (theo {r.by_provision})" if r.by_provision else "") + ".",
            uncertain=r.mark == "open"))
    return sorted(out, key=lambda h: h.date or "9999")


def history_line(h: HistoryEntry) -> str:
    when = vn_date(h.date) if h.date else "(chưa rõ ngày)"
    return f"{when}: {h.text}" + (" (chưa chắc chắn)" if h.uncertain else "")


def related_refs(store: Store, article: Unit) -> list[Ref]:
    """References the pháp điển compiled: 'Điều này có nội dung liên quan đến …'."""
    out: list[Ref] = []
    for code in article.related:
        target = store.unit_by_code(code)
        label = _unit_label(store, target) if target else f"Điều {code} (chưa có trong cơ sở dữ liệu)"
        out.append(Ref("Nội dung liên quan (pháp điển)", "out", label, uid=target.uid if target else None))
    if article.phapdien_code:
        for src in store.units_relating_to(article.phapdien_code):
            out.append(Ref("Nội dung liên quan (pháp điển)", "in", _unit_label(store, src), uid=src.uid))
    return out


def graph_refs(store: Store, uid: str) -> list[Ref] | None:
    """References from the article graph (kb.graph), or None when it is not built."""
    from ui import features

    edges = features.graph_edges(store, uid)
    if edges is None:
        return None
    out: dict[tuple, Ref] = {}
    rank: dict[str, int] = {}
    for direction, group, other, etype, text in edges:
        rank.setdefault(group.capitalize(), TYPE_ORDER.index(etype) if etype in TYPE_ORDER else 99)
        key = (direction, group, other)
        if key in out:
            continue
        if text and _CODE.match(text):
            text = None  # a pháp điển code says nothing the label does not
        unit = store.unit(other)
        if unit is not None:
            ref = Ref(group.capitalize(), direction, _unit_label(store, unit), uid=other, note=text or "")
        elif store.document(other) is not None:
            ref = Ref(group.capitalize(), direction, features.node_info(store, other)["label"], doc=other,
                      note=text or "")
        else:  # a document we do not hold: searchable by its number
            info = features.node_info(store, other)
            ref = Ref(group.capitalize(), direction, info.get("label") or other, note=text or "",
                      search=info.get("number") or info.get("label") or other)
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
    """A Graphviz picture: the provision in the middle, its references around it."""
    def q(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    def short(label: str) -> str:
        head = label.split(" — ")[0]
        return head if len(head) <= 48 else head[:47] + "…"

    lines = ["digraph G {", 'rankdir="LR";', 'bgcolor="transparent";',
             'node [shape=box, style="rounded,filled", fillcolor="#eef3fb", color="#5b7db1",'
             ' fontname="Helvetica", fontsize=11];', 'edge [color="#8896ab", fontsize=9, fontname="Helvetica"];',
             f'{q("self")} [label={q(short(view.citation))}, fillcolor="#ffd98a", color="#c58a00"];']
    seen: dict[str, str] = {}
    for i, r in enumerate(view.refs[:limit]):
        key = r.uid or r.doc or f"x{i}"
        if key not in seen:
            seen[key] = f"n{len(seen)}"
            lines.append(f"{q(seen[key])} [label={q(short(r.label))}];")
        node = seen[key]
        a, b = (q("self"), q(node)) if r.direction == "out" else (q(node), q("self"))
        lines.append(f"{a} -> {b} [label={q(r.group.split(' (')[0])}];")
    if len(view.refs) > limit:
        lines.append(f'{q("more")} [label={q(f"… và {len(view.refs) - limit} liên kết khác")}, shape=plaintext,'
                     ' style=""];')
    lines.append("}")
    return "\n".join(lines)
