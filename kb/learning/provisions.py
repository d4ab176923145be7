"""Which provisions a study sheet or a quiz covers, and what they cite.

A *scope* is the list of provisions behind one piece of learning material:
found for a topic (search, with a folded-text fallback) or named by
citations. Only legal normative documents enter a scope — a quiz answer must
rest on law, never on a draft or a report. Neighbours come from the pháp
điển's own cross-references (``Unit.related``), read in both directions.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kb.citations.labels import citation_label, doc_label
from kb.citations.parse import parse_citation
from kb.citations.resolve import Resolver
from kb.learning.text import norm
from kb.serialize import unit_label
from kb.model import PROVISION_LEVELS, Document, ProvisionId, Unit
from kb.store import Store

#: Law 10/2022/QH15 and the two decrees detailing it: the default ground for topics.
CORE_DOCS = ("10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP")



@dataclass(frozen=True)
class Basis:
    """Where an answer comes from: document number, Điều, khoản, điểm."""

    doc: str
    article: str | None
    clause: str | None
    point: str | None

    def as_dict(self) -> dict:
        return {"doc": self.doc, "article": unit_label(self.article), "clause": unit_label(self.clause),
                "point": self.point}


def basis_of(unit: Unit, doc: Document | None = None) -> Basis:
    pid = ProvisionId.of(unit)
    return Basis((doc.number if doc and doc.number else unit.doc_id), pid.article, pid.clause, pid.point)


def article_uid(uid: str) -> str | None:
    """'59/2023/NĐ-CP:d3:k1:c' → '59/2023/NĐ-CP:d3'."""
    article = ProvisionId.parse(uid).article_id()
    return None if article is None else str(article)


@dataclass(frozen=True)
class Scope:
    """Provisions behind one sheet or quiz, in reading order, plus what went wrong."""

    title: str
    units: tuple[Unit, ...]  # provision-level units (articles, clauses, points, paragraphs)
    docs: dict  # doc_id → Document
    problems: tuple[str, ...] = ()
    topic: str | None = None
    finder: str = ""
    whole: frozenset = frozenset()  # article uids taken whole: the topic's own articles

    def label(self, unit: Unit) -> str:
        return citation_label(unit, self.docs.get(unit.doc_id))

    def doc_label(self, doc_id: str) -> str:
        doc = self.docs.get(doc_id)
        return doc_label(doc) if doc else doc_id


# -- finding provisions for a topic ---------------------------------------------------------

class ProvisionFinder(Protocol):
    name: str

    def find(self, query: str, limit: int) -> list[str]:
        """Unit ids relevant to ``query``, best first."""


class FoldedTextFinder:
    """Accent-insensitive phrase search over the core documents, no index needed.

    The store keeps no folded column, so the ~1,000 units of Law 10/2022 and
    its decrees are folded once per finder: a unit matches when it holds the
    whole query as a phrase (its article title counts); only when no unit
    does, units holding all the query's words are taken instead.
    """

    name = "so khớp cụm từ (không phân biệt dấu)"

    def __init__(self, store: Store, doc_ids: tuple[str, ...] = CORE_DOCS):
        self._rows: list[tuple[int, str, str, str]] = []
        titles: dict[str, str] = {}
        for rank, doc_id in enumerate(doc_ids):
            for u in store.units_of(doc_id):
                if u.level == "article":
                    titles[u.uid] = norm(u.title)
                if u.level in PROVISION_LEVELS:
                    self._rows.append((rank, u.uid, norm(u.title + " " + u.text),
                                       titles.get(article_uid(u.uid) or "", "")))

    def find(self, query: str, limit: int = 200) -> list[str]:
        q = norm(query)
        if not q:
            return []
        words = set(q.split())
        phrase = re.compile(rf"(?<!\w){re.escape(q)}(?!\w)")
        scored = []
        for order, (rank, uid, text, title) in enumerate(self._rows):
            if phrase.search(text):
                score = 3
            elif phrase.search(title):
                score = 2
            elif len(words) > 1 and words <= set(text.split()):
                score = 1
            else:
                continue
            scored.append((-score, rank, order, uid))
        if any(score <= -2 for score, *_ in scored):
            scored = [row for row in scored if row[0] <= -2]  # the words scattered ('nhiệm kỳ') are noise
        scored.sort()
        return [uid for *_, uid in scored[:limit]]


class SearchEngineFinder:
    """Hits of the project's search engine (``kb.search``), kept to the core documents."""

    name = "máy tìm kiếm kb.search"

    def __init__(self, engine, doc_ids: tuple[str, ...] = CORE_DOCS):
        self.engine = engine
        self.doc_ids = doc_ids

    def find(self, query: str, limit: int = 200) -> list[str]:
        out = []
        for hit in self.engine.search(query, limit=limit):
            uid = getattr(hit, "uid", None) or (hit.get("uid") if isinstance(hit, dict) else None)
            if uid and any(ProvisionId.within(uid, d) for d in self.doc_ids):
                out.append(uid)
        return out


class CombinedFinder:
    """Exact phrase matches first, then what the search engine adds (typos, synonyms)."""

    def __init__(self, *finders: ProvisionFinder):
        self.finders = finders
        self.name = " + ".join(f.name for f in finders)

    def find(self, query: str, limit: int = 200) -> list[str]:
        out: dict[str, None] = {}
        for f in self.finders:
            for uid in f.find(query, limit):
                out.setdefault(uid)
        return list(out)[:limit]


def default_finder(store: Store) -> ProvisionFinder:
    """The folded-text finder, joined by ``kb.search`` when its index is already built.

    A study sheet never triggers a full-corpus index build (minutes, silent):
    the folded-text finder alone covers the core documents; ``dccs search``
    builds the index, and from then on sheets use it too.
    """
    base = FoldedTextFinder(store)
    try:
        index_dir = importlib.import_module("kb.search.index").index_dir
        if not Path(index_dir(store.path)).exists():
            return base
        engine = importlib.import_module("kb.search").SearchEngine.open(store)
    except Exception:  # noqa: BLE001 - the search engine is optional; the fallback is complete
        return base
    return CombinedFinder(base, SearchEngineFinder(engine))


# -- building scopes ------------------------------------------------------------------------

def _norm_docs(store: Store) -> dict[str, Document]:
    return {d.doc_id: d for d in store.documents_of(kinds=("norm",))}


def scope_for_topic(store: Store, topic: str, finder: ProvisionFinder | None = None,
                    max_articles: int = 30) -> Scope:
    """The articles a topic is about, with the units that mention it.

    An article whose title (or heading unit) matches is taken whole; in other
    articles only the matching units, with their clause's lead-in, are kept.
    """
    finder = finder or default_finder(store)
    docs = _norm_docs(store)
    hits = [u for u in finder.find(topic, 400) if ProvisionId.parse(u).doc in docs]
    q = norm(topic)
    whole: dict[str, bool] = {}
    picked: dict[str, set[str]] = {}
    for uid in hits:
        art = article_uid(uid)
        if not art:
            continue
        art_unit = store.unit(art)
        if art_unit is None:
            continue
        if uid == art or (q and q in norm(art_unit.title)):
            whole[art] = True
        picked.setdefault(art, set()).add(uid)
    ranked = sorted(picked, key=lambda a: (not whole.get(a, False), -len(picked[a]),
                                            hits.index(next(iter(sorted(picked[a], key=hits.index))))))
    keep = set(ranked[:max_articles])
    units: list[Unit] = []
    for art in keep:
        art_unit = store.unit(art)
        descendants = store.descendants(art)
        if whole.get(art):
            chosen = [art_unit, *descendants]
        else:
            wanted = set(picked[art])
            for uid in list(wanted):  # the lead-in of a matching point's clause
                parent = ProvisionId.parse(uid).parent
                if parent is not None and str(parent) != art and ProvisionId.within(str(parent), art):
                    wanted.add(str(parent))
            chosen = [art_unit] + [u for u in descendants if u.uid in wanted]
        units.extend(chosen)
    units = _in_reading_order(units, docs)
    problems = () if units else (f"Không tìm thấy quy định nào về «{topic}» trong Luật 10/2022/QH15 "
                                 "và các nghị định hướng dẫn.",)
    return Scope(topic, tuple(units), docs, problems, topic, getattr(finder, "name", ""),
                 frozenset(a for a in keep if whole.get(a)))


def scope_for_citations(store: Store, citations: list[str] | tuple[str, ...]) -> Scope:
    """Provisions named by citations: a whole document, an article, a clause or a point."""
    docs = _norm_docs(store)
    all_docs = {d.doc_id: d for d in store.documents()}
    index = Resolver(store)
    units: list[Unit] = []
    problems: list[str] = []
    for text in citations:
        cit = parse_citation(text)
        if cit is None:
            problems.append(f"Không hiểu trích dẫn «{text}». Ví dụ: «khoản 2 Điều 6 Nghị định 61/2023/NĐ-CP».")
            continue
        res = index.resolve(cit)
        if res.problem or (res.unit is None and res.doc is None):
            problems.append(f"«{text}»: {res.problem or 'không tìm thấy.'}")
            continue
        doc = res.doc
        if doc.doc_id not in docs:
            kind = {"draft": "một dự thảo", "report": "một báo cáo", "article": "một bài viết"}.get(doc.kind, "")
            problems.append(f"«{text}»: {doc.doc_type} «{doc.title or doc.doc_id}» là {kind or 'văn bản'}, "
                            "không phải văn bản quy phạm pháp luật; học liệu chỉ dựa trên văn bản quy phạm.")
            continue
        if res.unit is None:
            units.extend(u for u in store.units_of(doc.doc_id) if u.level in PROVISION_LEVELS)
        else:
            units.append(res.unit)
            units.extend(store.descendants(res.unit.uid))
            art = article_uid(res.unit.uid)
            if art and art != res.unit.uid:
                units.append(store.unit(art))  # its title names what the clause is about
    units = [u for u in units if u is not None and u.level in PROVISION_LEVELS]
    title = "; ".join(citations)
    return Scope(title, tuple(_in_reading_order(units, {**all_docs, **docs})), docs, tuple(problems))


def _in_reading_order(units: list[Unit], docs: dict) -> list[Unit]:
    rank = {d: i for i, d in enumerate(CORE_DOCS)}
    unique = {u.uid: u for u in units}
    return sorted(unique.values(), key=lambda u: (rank.get(u.doc_id, len(rank)), u.doc_id, u.ordinal))


# -- neighbours -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Related:
    """An article linked to the scope, and how we know it is linked."""

    uid: str
    citation: str
    title: str
    via: str  # Vietnamese: why it is listed
    excerpt: str = ""
    status: str = ""


def related_articles(store: Store, scope: Scope, limit: int = 40) -> list[Related]:
    """Articles the pháp điển links to the scope's articles, in both directions."""
    in_scope = {u.uid for u in scope.units}
    articles = [u for u in scope.units if u.level == "article"]
    central = [a for a in articles if a.uid in scope.whole]
    articles = central or articles  # passing mentions would drown the list
    codes = {u.phapdien_code: u for u in articles if u.phapdien_code}
    out: dict[str, Related] = {}
    docs = {d.doc_id: d for d in store.documents()}

    def add(unit: Unit | None, via: str) -> None:
        if unit is None or unit.uid in in_scope or unit.uid in out:
            return
        out[unit.uid] = Related(unit.uid, citation_label(unit, docs.get(unit.doc_id)), unit.title, via)

    for art in articles:
        for code in art.related:
            add(store.unit_by_code(code), f"được pháp điển ghi là có nội dung liên quan đến "
                                          f"{citation_label(art, docs.get(art.doc_id))}")
    prefixes = sorted({".".join(code.split(".")[:2]) + "." for code in codes})  # '44.13.'
    for prefix in prefixes:
        for uid, related in store.articles_related_to(prefix):
            for code in related:
                if code in codes:
                    art = codes[code]
                    add(store.unit(uid), f"dẫn chiếu đến {citation_label(art, docs.get(art.doc_id))} (pháp điển)")
    return sorted(out.values(), key=lambda r: (ProvisionId.parse(r.uid).doc not in CORE_DOCS, r.uid))[:limit]


def local_mentions(store: Store, phrase: str, limit: int = 12) -> list[Related]:
    """Provisions of local documents (resolutions, drafts) that use the topic's words."""
    q = norm(phrase)
    if not q:
        return []
    rx = re.compile(rf"(?<!\w){re.escape(q)}(?!\w)")
    out: list[Related] = []
    for doc in store.documents_of(local=True, types=("Nghị quyết",)):
        for u in store.units_of(doc.doc_id):
            if u.level in PROVISION_LEVELS and u.text and rx.search(norm(u.text)):
                status = "dự thảo" if doc.kind == "draft" else ""
                out.append(Related(u.uid, _local_label(u, doc), doc.title,
                                   "văn bản địa phương dùng cùng thuật ngữ", u.text, status))
                if len(out) >= limit:
                    return out
    return out


def _local_label(unit: Unit, doc: Document) -> str:
    """'điểm d khoản 2 Điều 1 dự thảo Nghị quyết …': local ids are not document numbers."""
    b = basis_of(unit, doc)
    words = [f"điểm {b.point}" if b.point else "",
             (f"tiểu mục {b.clause}" if "." in b.clause else f"khoản {b.clause}") if b.clause else "",
             f"Điều {b.article}" if b.article else ""]
    name = f"{doc.doc_type} {doc.number}" if doc.number else doc.doc_type
    if doc.kind == "draft":
        name = f"dự thảo {name}"
    return " ".join(w for w in words if w) + f" {name} «{doc.title}»"
