"""The data model every other module speaks: immutable, typed, free of I/O.

A *Document* is one legal text (a law, a decree, a local draft, a report). Its
body is a flat tuple of *Units* in reading order; each unit knows its parent by
id, so the tree (Chương → Mục → Điều → Khoản → Điểm) is explicit yet the
tuple stays trivially serialisable to SQLite rows.

Unit ids are stable and human-readable: ``59/2023/NĐ-CP:d3:k1:c`` is điểm c
khoản 1 Điều 3 of Decree 59/2023. Re-reading the same source gives the same ids,
which is what makes re-ingesting idempotent.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Level = Literal[
    "part", "chapter", "section", "subsection",  # Phần, Chương, Mục, Tiểu mục
    "article", "clause", "subclause", "point", "paragraph",
    "preamble", "basis", "closing",
]

#: Levels that carry legal provisions (as opposed to headings and framing text).
PROVISION_LEVELS = ("article", "clause", "subclause", "point", "paragraph")


@dataclass(frozen=True)
class Amendment:
    """A change recorded against an article: 'có nội dung được sửa đổi … bởi …'."""

    kinds: tuple[str, ...]  # subset of ("sửa đổi", "bổ sung", "bãi bỏ")
    by_doc: str  # number of the amending document, e.g. "97/2025/QH15"
    by_article: str | None  # "1" for "Điều 1 Luật số 97/2025/QH15"
    effective: str | None  # ISO date the change takes effect


@dataclass(frozen=True)
class Unit:
    """One node of a document's structure, with its own text only.

    ``text`` is the unit's own line(s) — for an article, the heading title lives
    in ``title`` and the clauses are child units. ``full_text`` of an article is
    assembled by the store from its descendants.
    """

    uid: str
    doc_id: str
    level: Level
    label: str  # "3", "1", "c", "3.1", "II" — as numbered in the source
    parent: str | None
    ordinal: int  # position in the document's reading order
    title: str = ""
    text: str = ""
    phapdien_code: str | None = None  # e.g. "44.13.NĐ.1.3" for articles
    source_path: str = ""
    source_line: int = 0
    effective: str | None = None  # ISO date, from the pháp điển source note
    amendments: tuple[Amendment, ...] = ()
    related: tuple[str, ...] = ()  # pháp điển codes from 'có nội dung liên quan đến'
    heading_path: tuple[str, ...] = ()  # e.g. ("Chương II", "Mục 1") as compiled


@dataclass(frozen=True)
class Document:
    """A legal or local document with its metadata and its units."""

    doc_id: str  # the number as written officially, or a derived id for drafts
    number: str | None
    doc_type: str  # "Luật", "Nghị định", "Thông tư", "Nghị quyết", "Báo cáo", …
    title: str = ""
    issuer: str = ""
    issued: str | None = None  # ISO dates
    effective: str | None = None
    status: str = ""  # see kb.status for the vocabulary
    kind: str = "norm"  # "norm" (legal normative), "draft", "report", "article"
    source_paths: tuple[str, ...] = ()
    sha256: str = ""
    units: tuple[Unit, ...] = ()
    basis: tuple[str, ...] = ()  # the 'Căn cứ …' items, verbatim
    signer: str = ""
    phapdien_topic: str | None = None  # đề mục code, for pháp điển sources


@dataclass(frozen=True)
class ParseIssue:
    """A warning or error found while reading one source file."""

    path: str
    severity: Literal["warning", "error"]
    message: str  # Vietnamese, names the problem; the path names the file
    line: int = 0


@dataclass(frozen=True)
class ParsedSource:
    """What a reader returns for one file: documents plus the issues it met."""

    path: str
    sha256: str
    documents: tuple[Document, ...] = ()
    issues: tuple[ParseIssue, ...] = ()
    stats: dict = field(default_factory=dict, compare=False)

    @property
    def ok(self) -> bool:
        return not any(i.severity == "error" for i in self.issues)
