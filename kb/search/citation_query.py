"""Citations and document numbers inside a query.

"Điều 15 Luật 10/2022" and "khoan 3 dieu 2 nd 61/2023" are answered by the
provision itself, first (``kb.citations.parse`` + ``kb.citations.resolve``);
"nd 59 bầu trưởng thôn" names a document and some words: the words are
searched and hits from the named decree(s) are preferred.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable

from kb.citations.model import DocRef, Resolution
from kb.citations.parse import NUMBER_RE, parse_citation
from kb.citations.patterns import QUERY_TYPE_WORDS as DOC_TYPE_WORDS
from kb.citations.resolve import Resolver
from kb.facts import facts
from kb.search.analysis import fold_query
from kb.store import Store
from kb.vntext import fold, nfc

_TYPES = "|".join(re.escape(k) for k in sorted(DOC_TYPE_WORDS, key=len, reverse=True) if len(k) > 1)
DOC_MENTION = re.compile(
    rf"(?<![\w/])(?P<dtype>{_TYPES})\.?\s*(?:so\s*)?(?P<number>{NUMBER_RE})(?![\w/])"
    rf"|(?<![\w/])(?P<full>\d{{1,4}}/\d{{4}}/[a-z0-9]+(?:-[a-z0-9]+)*)(?![\w/])"
)


_TYPE_PREFIXES = tuple(f"{fold(t)} " for t in sorted(set(DOC_TYPE_WORDS.values()), key=len, reverse=True))


@dataclass(frozen=True)
class QueryRefs:
    text: str  # the query, NFC
    rest: str  # what is left to search once citations are taken out
    pinned: Resolution | None = None  # a provision the query cites
    whole_doc: str | None = None  # the query is only a document reference
    doc_ids: tuple[str, ...] = ()  # documents named in the query: their hits are preferred
    problem: str | None = None  # a citation that names something that does not exist


def _candidates(ref: DocRef, index: Resolver) -> list[str]:
    """Documents a reference may mean, latest issued first ("NĐ 61" → 61/2023 before 61/2006).

    A typed number names only documents of that type: "Nghị định 159/2016" is not the Circular
    159/2016/TT-BTC that the resolver falls back to when no decree of that number is stored."""
    ids = [i for i in index.find(ref) if i in index.docs
           and (not ref.doc_type or not ref.number or index.docs[i].doc_type == ref.doc_type)]
    return sorted(ids, key=lambda i: index.docs[i].issued or "", reverse=True)


def _resolve_any(store: Store, cit, index: Resolver) -> Resolution:
    """Resolve against each candidate document; the first that has the provision wins."""
    first = index.resolve(cit)
    if cit.doc is None or (first.unit is not None and first.problem is None):
        return first
    for doc_id in _candidates(cit.doc, index):
        res = index.resolve(replace(cit, doc=DocRef(number=doc_id)))
        if res.unit is not None and res.problem is None:
            return res
    return first


def _is_name_of(name: str, doc_id: str, index: Resolver) -> bool:
    """True when ``name`` is exactly the document's title or one of its aliases."""
    wanted = fold(name).strip()
    names = []
    doc = index.docs.get(doc_id)
    if doc is not None:
        names.append(doc.title)
    fact = facts().documents.get(doc_id)
    if fact is not None:
        names.extend((fact.title, *fact.aliases))
    for n in names:
        n = fold(n).strip()
        for prefix in _TYPE_PREFIXES:
            if n.startswith(prefix):
                n = n[len(prefix):]
                break
        if n == wanted:
            return True
    return False


def find_refs(query: str, store: Store, index: Resolver,
              law_named: Callable[[str], str | None] | None = None) -> QueryRefs:
    """``law_named``: a law's name as people cite it ("Luật MTTQ", "Luật dân chủ ở cơ sở") → the
    law's doc id, asked only when the resolver knows no document by that name."""
    text = nfc(query).strip()
    cit = parse_citation(text)
    if cit is not None and (cit.article or cit.phapdien_code):
        res = _resolve_any(store, cit, index)
        if res.unit is None and law_named is not None and cit.doc is not None and cit.doc.name \
                and not cit.doc.number and not index.find(cit.doc):
            doc_id = law_named(cit.doc.name)
            if doc_id is not None:
                res = _resolve_any(store, replace(cit, doc=DocRef(cit.doc.doc_type, doc_id)), index)
        rest = (text[:cit.start] + " " + text[cit.end:]).strip()
        if res.unit is not None:
            return QueryRefs(text, rest, pinned=res, problem=res.problem)
        if res.problem and cit.doc is not None:
            return QueryRefs(text, rest or text, problem=res.problem)
    folded = fold_query(text)
    doc_ids: list[str] = []
    spans = []
    if cit is not None and cit.doc is not None and cit.start == 0 and cit.end == len(text):
        ids = _candidates(cit.doc, index)
        if ids and cit.doc.number and not cit.doc.name:
            return QueryRefs(text, "", whole_doc=ids[0])
        if ids and cit.doc.name and not cit.doc.number:
            if _is_name_of(cit.doc.name, ids[0], index):
                return QueryRefs(text, "", whole_doc=ids[0])
            doc_ids.append(ids[0])  # "Luật THDCCS có hiệu lực từ ngày nào": words + a named law
    for m in DOC_MENTION.finditer(folded):
        if m.group("full"):
            ref = DocRef(number=text[m.start("full"):m.end("full")].upper())
        else:
            ref = DocRef(DOC_TYPE_WORDS[m.group("dtype")],
                         text[m.start("number"):m.end("number")].upper())
        ids = _candidates(ref, index)
        if ids:
            doc_ids.extend(i for i in ids if i not in doc_ids)
            spans.append((m.start(), m.end()))
    rest = text
    for a, b in reversed(spans):
        rest = rest[:a] + " " + rest[b:]
    rest = " ".join(rest.split())
    if not rest and doc_ids:
        return QueryRefs(text, "", whole_doc=doc_ids[0])
    return QueryRefs(text, rest, doc_ids=tuple(doc_ids))
