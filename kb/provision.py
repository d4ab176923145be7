"""One provision or one document as ``dccs show`` presents it (``--json`` through
``kb.serialize``): what the knowledge base holds, its status on a date (``kb.timeline``)
and, for a provision, the wording in force when an ingested amending text changed it.
"""
from __future__ import annotations

from dataclasses import dataclass

from kb.citations.labels import citation_label, full_text
from kb.facts import status_as_of
from kb.model import Amendment, Document, ProvisionId, Unit
from kb.serialize import unit_label
from kb.store import Store
from kb.timeline import point_in_time


@dataclass(frozen=True)
class ProvisionInfo:
    doc: str  # official number (the base's id for a document without one)
    doc_type: str | None
    doc_title: str | None
    article: int | str | None
    clause: int | str | None
    point: str | None
    uid: str
    citation: str
    title: str | None  # the article's title
    text: str
    phapdien_id: str | None
    status: str
    status_notes: tuple[str, ...]
    as_of: str
    in_force: bool | None
    text_is_current: bool | None
    notices: tuple[str, ...]
    text_in_force: str | None
    effective: str | None
    amendments: tuple[Amendment, ...]
    source: str | None
    source_line: int | None


@dataclass(frozen=True)
class ArticleEntry:
    article: int | str | None
    title: str | None


@dataclass(frozen=True)
class DocumentInfo:
    doc: str
    doc_type: str | None
    title: str | None
    issuer: str | None
    issued: str | None
    effective: str | None
    status: str
    status_notes: tuple[str, ...]
    as_of: str
    in_force: bool | None
    notices: tuple[str, ...]
    articles: tuple[ArticleEntry, ...]


def provision_info(store: Store, unit: Unit, doc: Document, as_of: str | None = None) -> ProvisionInfo:
    pid = ProvisionId.of(unit)
    article_unit = store.unit(str(pid.article_id())) if pid.article else None
    status = status_as_of(doc.doc_id, doc.kind, doc.effective, as_of)
    pit = point_in_time(store, unit.uid, as_of)
    return ProvisionInfo(
        doc=doc.number or doc.doc_id, doc_type=doc.doc_type, doc_title=doc.title,
        article=unit_label(pid.article), clause=unit_label(pid.clause), point=pid.point, uid=unit.uid,
        citation=citation_label(unit, doc), title=article_unit.title if article_unit else unit.title,
        text=full_text(store, unit), phapdien_id=article_unit.phapdien_code if article_unit else None,
        status=pit.status, status_notes=tuple(status.notes), as_of=pit.as_of, in_force=pit.in_force,
        text_is_current=pit.text_is_current, notices=tuple(pit.notices), text_in_force=pit.text_in_force,
        effective=(article_unit.effective if article_unit else None) or doc.effective,
        amendments=tuple(article_unit.amendments) if article_unit else (),
        source=unit.source_path, source_line=unit.source_line,
    )


def document_info(store: Store, doc: Document, as_of: str | None = None) -> DocumentInfo:
    status = status_as_of(doc.doc_id, doc.kind, doc.effective, as_of)
    pit = point_in_time(store, doc.doc_id, as_of)
    return DocumentInfo(
        doc=doc.number or doc.doc_id, doc_type=doc.doc_type, title=doc.title, issuer=doc.issuer,
        issued=doc.issued, effective=doc.effective, status=pit.status, status_notes=tuple(status.notes),
        as_of=pit.as_of, in_force=pit.in_force, notices=tuple(pit.notices),
        articles=tuple(ArticleEntry(unit_label(a.label), a.title) for a in store.units_of(doc.doc_id, "article")),
    )
