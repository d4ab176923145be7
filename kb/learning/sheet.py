"""Study sheets: the provisions of a topic, grouped, with the tables trainers draw by hand.

A sheet shows each document's status first (Law 10/2022 has been amended in
2025 and the knowledge base does not hold the new wording: a trainer must
know before teaching from it), then the provisions article by article, the
numbers that matter, who does what, and the related provisions the pháp
điển links to — including local resolutions that use the same terms.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kb.facts import status_as_of
from kb.learning import patterns as P
from kb.learning.extract import number_facts, role_facts
from kb.learning.provisions import Related, Scope, article_uid, local_mentions, related_articles
from kb.learning.text import norm, sentences, shorten
from kb.citations.labels import numbered
from kb.store import Store


@dataclass(frozen=True)
class SheetItem:
    uid: str
    marker: str  # "1.", "a)", "" — as numbered in the source
    level: str
    text: str


@dataclass(frozen=True)
class SheetArticle:
    uid: str
    doc_id: str
    citation: str  # "Điều 36 Luật 10/2022/QH15"
    title: str
    items: tuple[SheetItem, ...]
    excerpt: bool  # only the units that mention the topic


@dataclass(frozen=True)
class DocStatus:
    doc_id: str
    label: str
    title: str
    status: str
    notes: tuple[str, ...]


@dataclass(frozen=True)
class NumberRow:
    kind: str  # label from patterns.KIND_LABELS
    phrase: str  # "chậm nhất là 05 ngày làm việc"
    context: str  # the sentence (shortened around the number)
    citation: str
    uid: str


@dataclass(frozen=True)
class RoleRow:
    actor: str
    role: str
    what: str
    citation: str
    uid: str


@dataclass(frozen=True)
class StudySheet:
    title: str
    as_of: str
    finder: str
    documents: tuple[DocStatus, ...]
    articles: tuple[SheetArticle, ...]
    numbers: tuple[NumberRow, ...]
    roles: tuple[RoleRow, ...]
    related: tuple[Related, ...]
    local: tuple[Related, ...]
    problems: tuple[str, ...] = ()


_KIND_ORDER = ("time", "threshold", "count", "term", "frequency")


def build_sheet(store: Store, scope: Scope, as_of: str | None = None) -> StudySheet:
    """Assemble the sheet for a scope (see ``kb.learning.provisions``)."""
    as_of = as_of or date.today().isoformat()
    documents = []
    for doc_id in dict.fromkeys(u.doc_id for u in scope.units):
        doc = scope.docs.get(doc_id)
        if doc is None:
            continue
        st = status_as_of(doc.doc_id, doc.kind, doc.effective, as_of)
        documents.append(DocStatus(doc_id, scope.doc_label(doc_id), doc.title, st.label, st.notes))

    articles: list[SheetArticle] = []
    by_article: dict[str, list] = {}
    for u in scope.units:
        by_article.setdefault(article_uid(u.uid) or u.uid, []).append(u)
    for art_uid, units in by_article.items():
        art = store.unit(art_uid)
        if art is None:
            continue
        all_children = [d.uid for d in store.descendants(art_uid)]
        items = tuple(SheetItem(u.uid, numbered(u), u.level, u.text) for u in units
                      if u.uid != art_uid and u.text)
        articles.append(SheetArticle(art_uid, art.doc_id, scope.label(art), art.title, items,
                                     excerpt=len(items) < len([c for c in all_children if c])))

    numbers: list[NumberRow] = []
    roles: list[RoleRow] = []
    seen_numbers: set[tuple[str, str]] = set()
    seen_roles: set[tuple[str, str, str]] = set()
    for u in scope.units:
        if not u.text:
            continue
        label = scope.label(u)
        for s in sentences(u.uid, u.text):
            for f in number_facts(s):
                key = (norm(s.text), norm(f.phrase))
                if key in seen_numbers:
                    continue
                seen_numbers.add(key)
                numbers.append(NumberRow(P.KIND_LABELS[f.kind], f.phrase, _window(s.text, f.phrase_start,
                                                                                  f.phrase_end), label, u.uid))
            for r in role_facts(s):
                what = r.what if len(r.what.split()) >= 2 else shorten(s.text, 160)
                key = (norm(r.key), r.role, norm(what))
                if key in seen_roles:
                    continue
                seen_roles.add(key)
                roles.append(RoleRow(r.actor[:1].upper() + r.actor[1:], r.role, shorten(what, 160), label, u.uid))
    numbers.sort(key=lambda n: _KIND_ORDER.index(_kind_key(n.kind)))
    roles.sort(key=lambda r: P.ROLE_ORDER.index(r.role) if r.role in P.ROLE_ORDER else len(P.ROLE_ORDER))

    related = tuple(related_articles(store, scope))
    local = tuple(local_mentions(store, scope.topic)) if scope.topic else ()
    return StudySheet(f"Tài liệu học tập: {scope.title}", as_of, scope.finder, tuple(documents),
                      tuple(articles), tuple(numbers), tuple(roles), related, local, scope.problems)


def _kind_key(label: str) -> str:
    return next(k for k, v in P.KIND_LABELS.items() if v == label)


def _window(text: str, start: int, end: int, width: int = 220) -> str:
    """The sentence, or a window of it around the number when it is long."""
    if len(text) <= width:
        return text
    half = (width - (end - start)) // 2
    a, b = max(0, start - half), min(len(text), end + half)
    a = text.rfind(" ", 0, a) + 1 if a > 0 else 0
    b = text.find(" ", b) if b < len(text) and text.find(" ", b) != -1 else len(text)
    return ("… " if a > 0 else "") + text[a:b].strip() + (" …" if b < len(text) else "")
