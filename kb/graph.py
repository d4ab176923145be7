"""The article graph: who cites, details, relates to, bases on and amends whom.

Edges are derived from the knowledge base and persisted in its SQLite file
(tables ``graph_edges``, ``graph_nodes``, ``graph_sources``, owned by
``kb.graph_store.GraphStore``: this module runs no SQL), one batch per
source file, so a re-ingested file only rebuilds its own edges (sha256
unchanged → skipped). ``contains`` edges are not stored: they are the units'
``parent`` column, added when a networkx graph is loaded.

Edge types (``EDGE_TYPES``):

- ``contains``   document → article → clause → point (structure);
- ``cites``      unit → unit / document / external stub (``kb.citations``);
- ``details`` / ``implements``  "Nghị định này quy định chi tiết khoản 4 Điều
  23 …" (article → the provisions it details), and a document whose title
  says it details or guides another (document → document);
- ``related``    the pháp điển's "(Điều này có nội dung liên quan đến …)" notes;
- ``based_on``   a document's "Căn cứ …" list;
- ``amends`` / ``supplements`` / ``repeals`` / ``replaces``  from the pháp
  điển's amendment notes, from "… hết hiệu lực kể từ ngày …" sentences, and
  from the facts file (``kb/data/legal_facts.yaml``), each with its
  effective date.

Nodes are unit ids, document ids and ``ext:…`` stubs for documents cited but
not held (``graph_nodes`` keeps their number, type and date).
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import re
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

import networkx as nx

from kb.amending import extract_operations
from kb.citations.find import anchored_fold, find_citations
from kb.citations.labels import citation_label, doc_label
from kb.citations.model import DocRef, FoundCitation, TargetResolution
from kb.citations.patterns import AMENDING_TYPES, DETAILS_SUBJECT_TYPES, alternation
from kb.citations.resolve import Resolver
from kb.facts import FACTS_PATH, facts
from kb.model import Document, ProvisionId, Unit
from kb.graph_store import Edge, GraphStore, StoredEdge, Stub
from kb.store import Store
from kb.vntext import dmy_to_iso, fold, fold_same_length, nfc
from kb.workers import can_fork, die_with_parent

CONTAINS, CITES, DETAILS, IMPLEMENTS, RELATED, BASED_ON = (
    "contains", "cites", "details", "implements", "related", "based_on")
AMENDS, SUPPLEMENTS, REPEALS, REPLACES = "amends", "supplements", "repeals", "replaces"
EDGE_TYPES = (CONTAINS, CITES, DETAILS, IMPLEMENTS, RELATED, BASED_ON,
              AMENDS, SUPPLEMENTS, REPEALS, REPLACES)
#: Vietnamese names, for people.
EDGE_LABELS = {
    CONTAINS: "gồm", CITES: "dẫn chiếu", DETAILS: "quy định chi tiết", IMPLEMENTS: "hướng dẫn thi hành",
    RELATED: "có nội dung liên quan", BASED_ON: "căn cứ", AMENDS: "sửa đổi", SUPPLEMENTS: "bổ sung",
    REPEALS: "bãi bỏ / chấm dứt hiệu lực", REPLACES: "thay thế",
}
#: Pháp điển amendment words → edge type.
AMENDMENT_KINDS = {
    "sửa đổi": AMENDS, "bổ sung": SUPPLEMENTS, "bãi bỏ": REPEALS, "hủy bỏ": REPEALS,
    "thay thế": REPLACES, "đình chỉ": AMENDS, "đính chính": AMENDS,
}
#: Facts-file relation kinds → edge type ("ends": no longer in force, stated by another text).
FACT_KINDS = {"amends": AMENDS, "supplements": SUPPLEMENTS, "repeals": REPEALS,
              "replaces": REPLACES, "ends": REPEALS}
FACTS_ORIGIN = "facts:kb/data/legal_facts.yaml"

# Phrases that make a citation a details / implements edge: "Nghị định này quy định chi tiết …".
_SUBJECT = rf"(?:{alternation(map(fold, DETAILS_SUBJECT_TYPES), sep=' ')}) nay"
DETAILS_RE = re.compile(rf"{_SUBJECT}\s+(?:quy dinh chi tiet|quy dinh cu the)")
IMPLEMENTS_RE = re.compile(rf"{_SUBJECT}\s+(?:huong dan|quy dinh bien phap thi hanh|quy dinh viec thi hanh)")
TITLE_DETAILS_RE = re.compile(r"quy dinh chi tiet")
TITLE_IMPLEMENTS_RE = re.compile(r"huong dan|bien phap thi hanh")
# "… hết hiệu lực (thi hành) (kể từ ngày D | kể từ ngày <văn bản> này có hiệu lực)", "thay thế …".
ENDS_RE = re.compile(r"het hieu luc(?: thi hanh)?(?: ke tu ngay (?:(\d{1,2}) thang (\d{1,2}) nam (\d{4})|"
                     r"(\d{1,2})/(\d{1,2})/(\d{4})))?")
SUBJECT_START = re.compile(r"(?:\d+\.\s*|[a-z]\)\s*)?"
                           rf"(?:{alternation(map(fold, DETAILS_SUBJECT_TYPES + ('Bộ luật',)), sep=' ')})\b")


@dataclass(frozen=True)
class BuildReport:
    built: tuple[str, ...]
    skipped: int
    removed: tuple[str, ...]
    edges: int  # edges written in this build (equal edges of one source stored once)
    seconds: float


# ---------------------------------------------------------------------------
# Deriving edges (pure given a resolver: no writes)
# ---------------------------------------------------------------------------


def _article_of(unit: Unit) -> str:
    """'59/2023/NĐ-CP:d1:p1' → '59/2023/NĐ-CP:d1' (the unit itself when it is not in an article)."""
    return str(ProvisionId.of(unit).article_id() or unit.uid)


def _labels(unit: Unit) -> tuple[str | None, str | None]:
    """(article, clause) labels of a unit, for 'Điều này' / 'khoản này'."""
    pid = ProvisionId.of(unit)
    return pid.article, pid.clause


def _stub(res: TargetResolution) -> Stub | None:
    ext = res.external
    if ext is None:
        return None
    return Stub(ext.node, "external", ext.label,
                {"type": ext.doc_type, "number": ext.number, "name": ext.name, "issued": ext.issued,
                 "known": ext.known})


def _edge_for(src: str, cit: FoundCitation, res: TargetResolution, etype: str) -> Edge | None:
    node = res.node
    if node is None or node == src:
        return None
    attrs = {}
    if res.problem:
        attrs["problem"] = res.problem
    t = res.target
    if res.kind == "external" and t.article:
        attrs["article"], attrs["clause"], attrs["point"] = t.article, t.clause, t.point
    return Edge(src, node, etype, cit.start, cit.end, cit.text, None, attrs)


def lead_in_from(unit: Unit, seen: dict[str, Unit]) -> str:
    """The text introducing a unit: its ancestors' texts, after the article's opening paragraphs.

    ``seen`` holds the units of the same document read so far (reading order).
    """
    chain: list[str] = []
    parent = seen.get(unit.parent) if unit.parent else None
    top = unit
    while parent is not None and parent.level != "article":
        chain.append(parent.text)
        top, parent = parent, seen.get(parent.parent) if parent.parent else None
    if parent is not None:  # paragraphs of the article before the top-level unit
        chain += [u.text for u in reversed(list(seen.values()))
                  if u.parent == parent.uid and u.level == "paragraph" and u.ordinal < top.ordinal]
    return "\n".join(t for t in reversed(chain) if t)


def lead_in(store: Store, unit: Unit) -> str:
    """``lead_in_from`` for one unit read from the store."""
    article = store.unit(_article_of(unit))
    if article is None or article.uid == unit.uid:
        return ""
    seen = {article.uid: article, **{u.uid: u for u in store.descendants(article.uid)}}
    return lead_in_from(unit, seen)


def unit_edges(unit: Unit, doc: Document, resolver: Resolver,
               intro: str | Callable[[], str | None] | None = None) -> tuple[list[Edge], list[Stub]]:
    """cites / details / implements / repeals / replaces edges out of one unit's text and title.

    ``intro`` is the text introducing the unit (``lead_in_from``), or a function giving it,
    called only when the unit's text may hold a citation (most units cite nothing)."""
    edges: list[Edge] = []
    stubs: list[Stub] = []
    for text, where in ((unit.text, None), (unit.title, "title")):
        folded = anchored_fold(text) if text else None
        if folded is not None:
            lead = None if where else intro() if callable(intro) else intro
            e, s = _text_edges(unit, doc, resolver, text, where, lead or None, folded)
            edges += e
            stubs += s
    return edges, stubs


def _text_edges(unit: Unit, doc: Document, resolver: Resolver, text: str,
                where: str | None, intro: str | None, folded: str) -> tuple[list[Edge], list[Stub]]:
    """Edges of one text; ``folded`` is ``fold_same_length(nfc(text))``."""
    art, clause = _labels(unit)
    found = find_citations(text, doc.doc_id, art, context_clause=clause, context_type=doc.doc_type,
                           names=resolver.names.table, context_date=doc.issued, lead_in=intro,
                           folded=folded)
    if not found:
        return [], []
    if nfc(text) != text:
        folded = fold_same_length(text)  # as before for text not stored in NFC (none in the corpus)
    edges: list[Edge] = []
    stubs: list[Stub] = []
    article_uid = _article_of(unit)
    for cit in found:
        results = [resolver.target(t) for t in cit.targets]
        sentence = folded[max(0, folded.rfind(".", 0, cit.start) + 1):cit.start]
        derived = None
        if DETAILS_RE.search(sentence):
            derived = DETAILS
        elif IMPLEMENTS_RE.search(sentence):
            derived = IMPLEMENTS
        ends = _ends_statement(folded, cit, doc)
        for res in results:
            if res.target.relative and res.doc is not None and res.doc.doc_id == doc.doc_id \
                    and res.target.article is None:
                continue  # "Luật này" inside the law itself says nothing new
            e = _edge_for(unit.uid, cit, res, CITES)
            if e is None:
                continue
            if where:
                e.attrs["in"] = where
            edges.append(e)
            st = _stub(res)
            if st:
                stubs.append(st)
            if derived:
                edges.append(Edge(article_uid, e.dst, derived, cit.start, cit.end, cit.text, None,
                                  {"from_unit": unit.uid}))
            if ends and res.kind in ("external", "document") and res.target.article is None:
                etype, effective = ends
                edges.append(Edge(doc.doc_id, e.dst, etype, cit.start, cit.end, cit.text, effective,
                                  {"from_unit": unit.uid, "stated_in": unit.uid}))
    return edges, stubs


def _ends_statement(folded: str, cit: FoundCitation, doc: Document) -> tuple[str, str | None] | None:
    """'Nghị định số 159/2016/NĐ-CP … hết hiệu lực thi hành kể từ ngày 08 tháng 8 năm 2023'."""
    end = folded.find(".", cit.end)
    end = len(folded) if end < 0 else end
    tail = folded[cit.end:end]
    if folded[max(0, cit.start - 40):cit.start].rstrip().endswith(("thay the", "thay the cho")):
        return REPLACES, doc.effective
    m = ENDS_RE.search(tail)
    if m is None:
        return None
    # the cited document must be the subject: first in its sentence, or joined to the first by "và"
    head = folded[max(0, folded.rfind(".", 0, cit.start) + 1):cit.start].strip(" \n-+")
    if head and not re.fullmatch(r"(?:\d+\.|[a-z]\))?\s*", head) and not (
            head.endswith(" va") and SUBJECT_START.match(head)):
        return None
    g = m.groups()
    if g[2]:
        effective = dmy_to_iso(g[0], g[1], g[2])
    elif g[5]:
        effective = dmy_to_iso(g[3], g[4], g[5])
    else:
        effective = doc.effective  # "… kể từ ngày Luật này có hiệu lực thi hành"
    return REPEALS, effective


def document_edges(doc: Document, resolver: Resolver) -> tuple[list[Edge], list[Stub]]:
    """based_on edges from the Căn cứ list; details / implements edges from the title."""
    edges: list[Edge] = []
    stubs: list[Stub] = []
    for i, item in enumerate(doc.basis):
        # The item's first citation is the basis; later ones describe it ("… quy định chi tiết Luật X").
        for cit in find_citations(item, doc.doc_id, None, context_type=doc.doc_type,
                                  names=resolver.names.table)[:1]:
            for res in (resolver.target(t) for t in cit.targets):
                e = _edge_for(doc.doc_id, cit, res, BASED_ON)
                if e is not None:
                    edges.append(Edge(e.src, e.dst, BASED_ON, e.start, e.end, e.text, None,
                                      {**e.attrs, "basis_item": i + 1}))
                    st = _stub(res)
                    if st:
                        stubs.append(st)
    title = doc.title or ""
    folded = fold_same_length(title)
    kind = DETAILS if TITLE_DETAILS_RE.search(folded) else IMPLEMENTS if TITLE_IMPLEMENTS_RE.search(folded) else None
    if kind:
        phrase = (TITLE_DETAILS_RE if kind == DETAILS else TITLE_IMPLEMENTS_RE).search(folded)
        for cit in find_citations(title, None, None, names=resolver.names.table):
            if cit.start < phrase.start():
                continue
            for res in (resolver.target(t) for t in cit.targets):
                e = _edge_for(doc.doc_id, cit, res, kind)
                if e is not None and res.kind in ("document", "external", "unit"):
                    edges.append(Edge(doc.doc_id, e.dst, kind, None, None, cit.text, None, {"from": "title"}))
                    st = _stub(res)
                    if st:
                        stubs.append(st)
    return edges, stubs


def amendment_edges(article: Unit, resolver: Resolver) -> tuple[list[Edge], list[Stub]]:
    """Edges from the pháp điển note 'có nội dung được sửa đổi … bởi Điều 1 Luật số …'."""
    edges: list[Edge] = []
    stubs: list[Stub] = []
    for a in article.amendments:
        doc, ext = resolver.document(DocRef(None, a.by_doc, None))
        src = doc.doc_id if doc else ext.node
        by_article = str(ProvisionId.build(doc.doc_id, a.by_article)) if doc and a.by_article else None
        if by_article and resolver.unit(by_article):
            src = by_article
        if ext is not None:
            stubs.append(Stub(ext.node, "external", ext.label,
                              {"type": ext.doc_type, "number": ext.number, "name": ext.name,
                               "issued": ext.issued, "known": ext.known}))
        for kind in a.kinds:
            etype = AMENDMENT_KINDS.get(kind, AMENDS)
            edges.append(Edge(src, article.uid, etype, None, None, None, a.effective,
                              {"how": kind, "by_article": a.by_article, "by_doc": a.by_doc,
                               "source": "ghi chú pháp điển"}))
    return edges, stubs


OPERATION_KINDS = {"sửa đổi, bổ sung": AMENDS, "sửa đổi": AMENDS, "bổ sung": SUPPLEMENTS,
                   "thay thế": REPLACES, "bãi bỏ": REPEALS, "thay cụm từ": AMENDS}


def operation_edges(store: Store, doc: Document) -> list[Edge]:
    """"Sửa đổi, bổ sung khoản 3 Điều 11 như sau: …" in an ingested amending text."""
    if doc.phapdien_topic is not None or doc.kind in ("draft", "report", "article") or doc.doc_type not in AMENDING_TYPES:
        return []
    return [Edge(o.by, o.target, OPERATION_KINDS.get(o.kind, AMENDS), None, None, o.new_text, o.effective,
                 {"how": o.kind, "source": "văn bản sửa đổi đã nạp"}) for o in extract_operations(store, doc)]


def related_edges(article: Unit, code_to_uid: dict[str, str]) -> list[Edge]:
    out = []
    for code in article.related:
        dst = code_to_uid.get(code)
        if dst and dst != article.uid:
            out.append(Edge(article.uid, dst, RELATED, None, None, code, None, {"code": code}))
    return out


def fact_edges(resolver: Resolver) -> tuple[list[Edge], list[Stub]]:
    """Dated relations between documents from the facts file, with their mark and source."""
    edges: list[Edge] = []
    stubs: list[Stub] = []

    def node(doc_id: str) -> str:
        doc, ext = resolver.document(DocRef(None, None, None, doc_id=doc_id)) if resolver.stored(doc_id) \
            else resolver.document(DocRef(None, _fact_number(doc_id), None))
        if doc is not None:
            return doc.doc_id
        stubs.append(Stub(ext.node, "external", ext.label,
                          {"type": ext.doc_type, "number": ext.number, "name": ext.name,
                           "issued": ext.issued, "known": ext.known}))
        return ext.node

    for r in facts().relations:
        etype = FACT_KINDS.get(r.kind)
        if etype is None:
            continue
        edges.append(Edge(node(r.by), node(r.target), etype, None, None, None, r.effective, {
            "how": r.kind, "by_provision": r.by_provision, "target_provisions": r.target_provisions,
            "mark": r.mark, "source": r.source}))
    return edges, stubs


def _fact_number(doc_id: str) -> str:
    fact = facts().documents.get(doc_id)
    return (getattr(fact, "number", None) if fact else None) or doc_id


# ---------------------------------------------------------------------------
# Building and persisting
# ---------------------------------------------------------------------------


def ensure_schema(store: Store) -> None:
    GraphStore(store).ensure_schema()


def _docset(store: Store) -> str:
    """Fingerprint of which documents exist: when it changes, stubs may now resolve."""
    h = hashlib.sha256()
    for doc_id in store.document_ids():
        h.update(doc_id.encode("utf-8") + b"\0")
    return h.hexdigest()[:16]


def _facts_sha() -> str:
    return hashlib.sha256(FACTS_PATH.read_bytes()).hexdigest()


def source_edges(store: Store, path: str, resolver: Resolver,
                 code_to_uid: dict[str, str]) -> tuple[list[Edge], list[Stub]]:
    """Every stored edge derived from one source file."""
    edges: list[Edge] = []
    stubs: list[Stub] = []
    docs: dict[str, Document] = {}
    for doc_id in store.documents_of_source(path):
        d = resolver.stored(doc_id)
        if d is not None:
            docs[doc_id] = d
    for d in docs.values():
        if path == (d.source_paths[0] if d.source_paths else path):
            e, s = document_edges(d, resolver)
            edges += e
            stubs += s
            edges += operation_edges(store, d)
    seen: dict[str, Unit] = {}
    for u in store.units_of_source(path):
        doc = docs.get(u.doc_id) or resolver.stored(u.doc_id)
        if doc is None:
            continue
        if u.level == "article" or u.parent is None:
            seen = {}
        seen[u.uid] = u
        intro = (lambda u=u, seen=seen: lead_in_from(u, seen)) if u.parent and u.level != "article" else None
        e, s = unit_edges(u, doc, resolver, intro)
        edges += e
        stubs += s
        if u.level == "article":
            edges += related_edges(u, code_to_uid)
            e, s = amendment_edges(u, resolver)
            edges += e
            stubs += s
    return edges, stubs


def build_graph(store: Store, *, force: bool = False, only: Iterable[str] | None = None,
                progress: Callable[[int, int, str], None] | None = None,
                workers: int | None = None) -> BuildReport:
    """Bring the stored edges up to date with the knowledge base, source by source.

    A source is rebuilt when its sha256 changed, when it is new, or — if it
    cites documents we did not hold — when the set of documents changed.
    ``only`` limits the build to some source paths (and the facts file).
    Edges are derived in ``workers`` processes (default: one per core when
    many sources changed) and written by this one, in one transaction.
    """
    t0 = time.perf_counter()
    graph = GraphStore(store)
    built_rows = graph.built_sources()
    docset = _docset(store)
    sources = {r["path"]: r["sha256"] for r in store.sources()}
    wanted = dict(sources)
    wanted[FACTS_ORIGIN] = _facts_sha()
    keep = None if only is None else {str(p) for p in only} | {FACTS_ORIGIN}
    todo = []
    for origin, sha in wanted.items():
        if keep is not None and origin not in keep:
            continue
        prev = built_rows.get(origin)
        stale = (force or prev is None or prev.sha256 != sha
                 or (prev.docset != docset and prev.has_external))
        if stale:
            todo.append(origin)
    removed = tuple(o for o in built_rows if o not in wanted)
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if len(todo) >= 16 else 1
    written = 0
    # Worker processes are forked before the write transaction opens, and only when this
    # process runs no other thread (forking a threaded program, e.g. the web app, can hang).
    derived = _derive(store, todo, workers if can_fork() else 1)
    if workers > 1:
        derived = iter(list(derived))
    with store.transaction():
        for origin in removed:
            graph.remove_source(origin)
        for n, (origin, (edges, stubs)) in enumerate(derived, start=1):
            if progress:
                progress(n, len(todo), origin)
            written += graph.replace_source(origin, wanted[origin], docset, edges, stubs)
    # Documents whose docset changed but which cite nothing external keep their edges;
    # record the new fingerprint so they are not re-examined needlessly.
    graph.set_docset_of_self_contained(docset)
    considered = len(wanted) if keep is None else len(keep & set(wanted))
    return BuildReport(tuple(todo), considered - len(todo), removed, written,
                       time.perf_counter() - t0)


_WORKER: dict = {}


def _worker_init(path: str) -> None:
    die_with_parent()
    store = Store(path, readonly=True)
    _WORKER.update(store=store, resolver=Resolver(store), codes=store.code_index())


def _derive_one(origin: str, store: Store | None = None) -> tuple[str, tuple[list[Edge], list[Stub]]]:
    store = store or _WORKER["store"]
    if origin == FACTS_ORIGIN:
        return origin, fact_edges(_WORKER["resolver"])
    return origin, source_edges(store, origin, _WORKER["resolver"], _WORKER["codes"])


def _derive(store: Store, todo: list[str], workers: int) -> Iterator[tuple[str, tuple[list[Edge], list[Stub]]]]:
    """(origin, (edges, stubs)) for every origin, in this process or in a pool."""
    if not todo:
        return
    if workers <= 1:
        _WORKER.update(store=store, resolver=Resolver(store), codes=store.code_index())
        try:
            for origin in todo:
                yield _derive_one(origin, store)
        finally:
            _WORKER.clear()
        return
    # biggest sources first, so the pool stays busy to the end
    order = sorted(todo, key=lambda o: os.path.getsize(o) if os.path.exists(o) else 0, reverse=True)
    # "fork": no re-import of the caller's script; workers open their own read-only connection
    # and leave the inherited one alone (they end with os._exit, so it is never closed there).
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                             initializer=_worker_init, initargs=(str(store.path),)) as pool:
        for fut in as_completed([pool.submit(_derive_one, o) for o in order]):
            yield fut.result()


def graph_is_built(store: Store) -> bool:
    """True when edges were built into this knowledge base (read-only: creates no table)."""
    return GraphStore(store).is_built()


# ---------------------------------------------------------------------------
# Reading: edges of a node, neighbourhoods, the whole graph in networkx
# ---------------------------------------------------------------------------


def edges_of(store: Store, node: str, *, direction: str = "both", subtree: bool = False) -> list[StoredEdge]:
    """Stored edges out of / into ``node`` (with ``subtree``, of its descendants too)."""
    graph = GraphStore(store)
    nodes = [node]
    if subtree:
        nodes += [u.uid for u in store.descendants(node)]
    out: list[StoredEdge] = []
    for n in nodes:
        if direction in ("out", "both"):
            out += graph.edges_from(n)
        if direction in ("in", "both"):
            out += graph.edges_to(n)
    return list(dict.fromkeys(out))


def structural_edges(store: Store, node: str) -> list[tuple[str, str]]:
    """(parent, child) pairs touching ``node``: its container and its children."""
    pairs: list[tuple[str, str]] = []
    u = store.unit(node)
    if u is not None:
        pairs.append((u.parent or u.doc_id, u.uid))
        pairs += [(u.uid, c.uid) for c in store.children(u.uid)]
    elif store.document(node) is not None:
        pairs += [(node, uid) for uid in store.top_unit_ids(node)]
    return pairs


def node_info(store: Store, node: str) -> dict:
    """Kind and a human label for any node id."""

    u = store.unit(node)
    if u is not None:
        d = store.document(u.doc_id)
        label = citation_label(u, d)
        if u.level == "article" and u.title:
            label += f" — {u.title}"
        return {"kind": u.level, "label": label, "doc": u.doc_id}
    d = store.document(node)
    if d is not None:
        return {"kind": "document", "label": doc_label(d) + (f" — {d.title}" if d.title else ""), "doc": d.doc_id}
    graph = GraphStore(store)
    graph.ensure_schema()
    stub = graph.stub(node)
    if stub is not None:
        return {"kind": stub.pop("kind"), "label": stub.pop("label"), "doc": None, **stub}
    return {"kind": "unknown", "label": node, "doc": None}


def neighbourhood(store: Store, node: str, depth: int = 1, *, types: Iterable[str] | None = None,
                  structure: bool = True, limit: int = 400) -> nx.MultiDiGraph:
    """The graph within ``depth`` hops of ``node`` (both directions), as networkx.

    ``structure`` adds the contains edges (parent and children) at each hop.
    ``limit`` caps the number of nodes so a hub (the Law's Điều 1) stays drawable.
    """
    wanted = set(types) if types else None
    g = nx.MultiDiGraph()
    g.add_node(node, **node_info(store, node))
    frontier = deque([(node, 0)])
    seen = {node}
    while frontier:
        n, d = frontier.popleft()
        if d >= depth:
            continue
        pairs: list[tuple[str, str, str, dict]] = []
        for e in edges_of(store, n):
            if wanted is None or e.type in wanted:
                pairs.append((e.src, e.dst, e.type, {"text": e.text, "effective": e.effective, **e.attrs}))
        if structure and (wanted is None or CONTAINS in wanted):
            pairs += [(a, b, CONTAINS, {}) for a, b in structural_edges(store, n)]
        for a, b, t, attrs in pairs:
            for m in (a, b):
                if m not in seen:
                    if len(seen) >= limit:
                        continue
                    seen.add(m)
                    g.add_node(m, **node_info(store, m))
                    frontier.append((m, d + 1))
            if a in seen and b in seen:
                g.add_edge(a, b, key=t, type=t, **{k: v for k, v in attrs.items() if v is not None})
    return g


def load_graph(store: Store, *, structure: bool = True) -> nx.MultiDiGraph:
    """The whole graph in memory (documents, units, stubs; every edge type), in bulk."""
    graph = GraphStore(store)
    graph.ensure_schema()
    g = nx.MultiDiGraph()
    if structure:
        g.add_nodes_from((d, {"kind": "document", "doc": d}) for d in store.document_ids())
        rows = store.unit_tree()
        g.add_nodes_from((u, {"kind": lvl, "doc": d}) for u, d, _, lvl in rows)
        g.add_edges_from((p or d, u, CONTAINS, {"type": CONTAINS}) for u, d, p, _ in rows)
    g.add_nodes_from((n, {"kind": k, "label": lab}) for n, k, lab in graph.stubs())
    g.add_edges_from((s, d, t, {"type": t, "effective": e}) for s, d, t, e in graph.edge_tuples())
    return g


def counts(store: Store) -> dict:
    graph = GraphStore(store)
    graph.ensure_schema()
    by_type = graph.edge_counts()
    by_type[CONTAINS] = store.counts()["units"]
    return {"edges": by_type, "external_nodes": graph.stub_count()}


def iter_edges(store: Store, etype: str) -> Iterator[StoredEdge]:
    graph = GraphStore(store)
    graph.ensure_schema()
    yield from graph.edges_of_type(etype)
