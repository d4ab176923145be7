"""What citations are: references as written, targets found in text, and where they resolved.

Frozen dataclasses, no I/O. ``DocRef`` names a document (by number, name or
"… này"); ``Citation`` is one typed query; ``FoundCitation`` is a span of
running text with its ``Target``s; ``TargetResolution`` and ``Resolution``
say what the knowledge base holds for them.
"""
from __future__ import annotations

from dataclasses import dataclass

from kb.model import Document, Unit
from kb.vntext import vn_date


@dataclass(frozen=True)
class DocRef:
    """A reference to a document: by type + number, or by type + name."""

    doc_type: str | None = None
    number: str | None = None  # as written, upper-cased folded form restored from source
    name: str | None = None  # e.g. "Thực hiện dân chủ ở cơ sở"
    issued: str | None = None  # ISO date, or a year "2018", when the citation gives one
    doc_id: str | None = None  # knowledge-base id when already known (relative references)
    not_after: str | None = None  # ISO date the document cannot postdate (cited inside a dated one)


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    text: str
    doc: DocRef | None
    article: str | None = None
    clause: str | None = None
    point: str | None = None
    phapdien_code: str | None = None


@dataclass(frozen=True)
class Target:
    """One provision or document a citation points at.

    ``doc`` is None only when nothing names the document and no context or
    antecedent supplies one. ``relative`` marks "… này" and anaphoric
    targets, whose document came from the context rather than the words.
    """

    doc: DocRef | None
    article: str | None = None
    clause: str | None = None
    point: str | None = None
    relative: bool = False

    def key(self) -> tuple:
        d = self.doc
        return (d.doc_id or d.number or d.name if d else None, self.article, self.clause, self.point)


@dataclass(frozen=True)
class FoundCitation:
    """A citation found in text: exact span, and what it points at."""

    start: int
    end: int
    text: str
    targets: tuple[Target, ...]
    #: the document part was written (number, name or "… này"), not inherited
    explicit_doc: bool = False


@dataclass(frozen=True)
class ExternalDoc:
    """A document cited but not held in the knowledge base: a stub for the graph."""

    doc_type: str | None
    number: str | None
    name: str | None
    issued: str | None
    known: bool = False  # listed in the facts file (kb/data/legal_facts.yaml)

    @property
    def node(self) -> str:
        if self.number:
            return f"ext:{self.number}"
        year = (self.issued or "")[:4]
        return f"ext:{self.doc_type or ''} {self.name or ''}{' ' + year if year else ''}".strip()

    @property
    def label(self) -> str:
        parts = [self.doc_type or "Văn bản"]
        if self.number:
            parts.append(f"số {self.number}")
        if self.name:
            parts.append(self.name)
        if self.issued:
            parts.append(f"ngày {vn_date(self.issued)}" if len(self.issued) == 10 else f"năm {self.issued}")
        return " ".join(parts)


@dataclass(frozen=True)
class TargetResolution:
    """Where one target landed: a unit, a whole document, an external stub, or nowhere."""

    target: Target
    kind: str  # "unit" | "document" | "external" | "unresolved"
    doc: "Document | None" = None
    unit: "Unit | None" = None
    external: ExternalDoc | None = None
    problem: str | None = None  # Vietnamese: what was not found

    @property
    def node(self) -> str | None:
        """Graph node id: unit uid, document id, or 'ext:…'."""
        if self.unit is not None:
            return self.unit.uid
        if self.doc is not None:
            return self.doc.doc_id
        if self.external is not None:
            return self.external.node
        return None

    @property
    def exact(self) -> bool:
        return self.problem is None and self.kind != "unresolved"


@dataclass(frozen=True)
class Resolution:
    citation: Citation
    doc: Document | None
    unit: Unit | None
    problem: str | None = None  # Vietnamese: what was not found and what exists
    #: The document is held only in part (the articles the Bộ pháp điển codified in the subjects the corpus has),
    #: so an article it lacks may still exist: ``problem`` says so and is no proof of a wrong citation.
    partial: bool = False

    @property
    def ok(self) -> bool:
        return self.problem is None and (self.unit is not None or self.doc is not None)
