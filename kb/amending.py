"""Amending texts a user ingests: "Sửa đổi, bổ sung khoản 3 Điều 11 như sau: “…”".

Reads each article of an ingested amending document (a law, decree, … that is
not from the pháp điển), finds the document it amends from the article title's
citations, and turns each clause into an ``Operation`` on a unit of that
document: rewrite, supplement, replace a phrase, repeal. Used by ``kb.graph``
(amends / repeals edges) and ``kb.timeline`` (the wording in force on a date).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kb.citations.find import find_citations
from kb.citations.patterns import AMENDING_TYPES
from kb.citations.resolve import Resolver
from kb.model import Document, Unit
from kb.store import Store
from kb.vntext import dmy_to_iso, fold


_OP_REWRITE = re.compile(r"^(?P<verb>sua doi, bo sung|sua doi|bo sung|thay the)\s+(?P<what>.+?)\s+nhu sau\s*:")
_OP_REPEAL = re.compile(r"^bai bo\s+(?P<what>.+?)\s*[.;]?\s*$", re.S)
_OP_PHRASE = re.compile(r"^(?:sua doi|thay the|thay)\s+(?:cum\s+)?tu\s+[“\"](?P<old>.+?)[”\"]\s+(?:thanh|bang)\s+"
                        r"[“\"](?P<new>.+?)[”\"]\s+tai\s+(?P<what>.+?)\s*[.;]?\s*$", re.S)
_QUOTED = re.compile(r"[“\"](.+)[”\"]", re.S)
_IN_FORCE_FROM = re.compile(r"co hieu luc(?: thi hanh)?(?: ke)? tu ngay (\d{1,2})(?: thang |/)(\d{1,2})(?: nam |/)(\d{4})")
_VERBS = {"sua doi, bo sung": "sửa đổi, bổ sung", "sua doi": "sửa đổi", "bo sung": "bổ sung",
          "thay the": "thay thế"}


@dataclass(frozen=True)
class Operation:
    """One change an ingested amending text makes to a provision of another document."""

    target: str  # uid of the changed unit
    kind: str  # "sửa đổi, bổ sung" | "sửa đổi" | "bổ sung" | "thay thế" | "bãi bỏ" | "thay cụm từ"
    new_text: str | None  # the new wording (quoted in the amending text)
    old_phrase: str | None  # for "thay cụm từ"
    new_phrase: str | None
    by: str  # uid of the amending provision
    by_doc: str
    effective: str | None


def _effective_of(store: Store, doc: Document) -> str | None:
    for u in store.units_of(doc.doc_id):
        m = _IN_FORCE_FROM.search(fold(u.text))
        if m:
            return dmy_to_iso(*m.groups())
    return doc.effective


def _amending_docs(store: Store) -> list[Document]:
    """Ingested official texts (not pháp điển, not drafts) whose articles may amend others."""
    return store.documents_of(in_phapdien=False, not_kinds=("draft", "report", "article"), types=AMENDING_TYPES)


def extract_operations(store: Store, doc: Document) -> list[Operation]:
    """The operations of one amending document, each resolved to a unit of the amended law."""
    resolver = Resolver(store)
    effective = _effective_of(store, doc)
    out: list[Operation] = []
    for article in store.units_of(doc.doc_id, "article"):
        target_doc = None
        for cit in find_citations(article.title or "", doc.doc_id, article.label, context_type=doc.doc_type,
                                  names=resolver.names.table):
            for t in cit.targets:
                if t.doc is not None and not t.relative:
                    d, _ = resolver.document(t.doc)
                    if d is not None and d.doc_id != doc.doc_id:
                        target_doc = target_doc or d
        if target_doc is None:
            continue
        for u in store.descendants(article.uid):
            out += _unit_operations(u, doc, target_doc, effective, resolver)
    return out


def _unit_operations(u: Unit, doc: Document, target_doc: Document, effective: str | None,
                     resolver) -> list[Operation]:
    folded = fold(u.text)

    def targets(what_start: int, what_end: int) -> list[str]:
        found = find_citations(u.text[what_start:what_end], target_doc.doc_id, None,
                               context_type=target_doc.doc_type, names=resolver.names.table)
        uids = []
        for c in found:
            for r in (resolver.target(t) for t in c.targets):
                if r.unit is not None and r.problem is None and r.unit.doc_id == target_doc.doc_id:
                    uids.append(r.unit.uid)
        return uids

    m = _OP_REWRITE.match(folded)
    if m:
        q = _QUOTED.search(u.text, m.end())
        new = q.group(1).strip() if q else None
        return [Operation(t, _VERBS[m.group("verb")], new, None, None, u.uid, doc.doc_id, effective)
                for t in targets(m.start("what"), m.end("what"))]
    m = _OP_PHRASE.match(folded)
    if m:
        old, new = u.text[m.start("old"):m.end("old")], u.text[m.start("new"):m.end("new")]
        return [Operation(t, "thay cụm từ", None, old, new, u.uid, doc.doc_id, effective)
                for t in targets(m.start("what"), m.end("what"))]
    m = _OP_REPEAL.match(folded)
    if m:
        return [Operation(t, "bãi bỏ", None, None, None, u.uid, doc.doc_id, effective)
                for t in targets(m.start("what"), m.end("what"))]
    return []


def operations(store: Store) -> list[Operation]:
    """Every operation of every ingested amending text (cached until the sources change)."""
    key = (str(store.path), store.sources_state())
    hit = _OPS_CACHE.get(key)
    if hit is None:
        hit = [op for d in _amending_docs(store) for op in extract_operations(store, d)]
        _OPS_CACHE.clear()
        _OPS_CACHE[key] = hit
    return hit


_OPS_CACHE: dict[tuple, list[Operation]] = {}
