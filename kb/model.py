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

import re
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


#: Point letters in Vietnamese legal order (đ follows d); ``kb.vntext.POINT_LETTERS`` is the same list.
_POINT_ORDER = {p: i for i, p in enumerate("a b c d đ e g h i k l m n o p q r s t u v x y".split())}
_POINT_LETTERS = frozenset(_POINT_ORDER)
#: The segment of each level: its prefix, then its label. Provisions: article "d3", clause
#: "k1", sub-section "k1.2", point "c", paragraph "p2". Framing parts: a Căn cứ line "cc1", a
#: lead-in paragraph "lm1", the closing (Nơi nhận) "nn", an attached document "kt1", Phần
#: "phthứ-hai", Chương "cii", Mục or a report's Roman section "m2" / "mII".
SEGMENT_PREFIX = {"article": "d", "clause": "k", "subclause": "k", "point": "", "paragraph": "p",
                  "basis": "cc", "preamble": "lm", "closing": "nn", "attachment": "kt",
                  "part": "ph", "chapter": "c", "section": "m"}
#: The exact form of each segment (a label as the readers write it).
_SEGMENT_FORM = {
    "article": re.compile(r"d\d+[a-zđ]?"), "clause": re.compile(r"k\d+[a-z]?"),
    "subclause": re.compile(r"k\d+\.\d+"), "paragraph": re.compile(r"p\d+"),
    "framing": re.compile(r"(?:cc|lm|kt)\d+|nn|ph\S+|c[ivxlc\d]+|m[IVXLC\d]+"),
}
_LEVEL_WORDS = {"article": "Điều", "clause": "khoản", "subclause": "tiểu mục", "point": "điểm",
                "paragraph": "đoạn"}


def _segment_level(seg: str) -> str | None:
    """'d3' → article, 'k1' → clause, 'k1.2' → subclause, 'c' → point, 'p2' → paragraph; else None."""
    if seg[:1] == "d" and seg[1:2].isdigit():
        return "article"
    if seg[:1] == "k" and seg[1:2].isdigit():
        return "subclause" if "." in seg else "clause"
    if seg[:1] == "p" and seg[1:].isdigit():
        return "paragraph"
    if seg in _POINT_LETTERS:
        return "point"
    return None  # a heading or framing part: "mII", "cc1", "lm1", "nn", "phthứ-hai"


def _valid_segment(seg: str) -> bool:
    level = _segment_level(seg)
    return level == "point" or bool(_SEGMENT_FORM[level or "framing"].fullmatch(seg))


@dataclass(frozen=True)
class ProvisionId:
    """A unit id as a value: ``59/2023/NĐ-CP:d3:k1:c`` is điểm c khoản 1 Điều 3 of Decree 59/2023.

    The one place that builds and reads unit ids: ``str(pid)`` is the id the
    store keys units by; ``parse`` reads one back (pass ``doc`` when known:
    ids of local drafts contain ':' themselves, "local:001_ab12…").
    """

    doc: str
    segments: tuple[str, ...] = ()  # "d3", "k1", "c"; also "k1.2", "p2", "mII", …

    @staticmethod
    def build(doc: str, article: str | None = None, clause: str | None = None,
              point: str | None = None) -> "ProvisionId":
        """The id of a provision cited by labels ("d3:c" when a point is cited without its clause)."""
        segs: list[str] = []
        if article:
            segs.append(f"d{article}")
            if clause:
                segs.append(f"k{clause}")
            if point:
                segs.append(point)
        return ProvisionId(doc, tuple(segs))

    @staticmethod
    def parse(uid: str, doc: str | None = None) -> "ProvisionId":
        if doc is not None and uid.startswith(doc + ":"):
            return ProvisionId(doc, tuple(uid[len(doc) + 1:].split(":")))
        if doc is not None and uid == doc:
            return ProvisionId(doc)
        parts = uid.split(":")
        head = 2 if parts[0] == "local" and len(parts) > 1 else 1
        if not all(_valid_segment(seg) for seg in parts[head:]):
            # a ':' inside the document part ("… tỷ lệ 1:500 …:d1", "ext:159/2016/NĐ-CP"):
            # the segments are the longest run of valid ones at the end
            head = len(parts)
            while head > 1 and _valid_segment(parts[head - 1]):
                head -= 1
        return ProvisionId(":".join(parts[:head]), tuple(parts[head:]))

    @staticmethod
    def read(text: str) -> "ProvisionId | None":
        """A provision id as a user types it back ("59/2023/NĐ-CP:d3:k1:c", "local:001_ab:d2"):
        a document, Điều, then optionally khoản (or tiểu mục) and điểm; None for anything else."""
        pid = ProvisionId.parse(text.strip())
        levels = [_segment_level(seg) for seg in pid.segments]
        if not pid.doc.strip() or not levels or levels[0] != "article" or len(levels) > 3:
            return None
        if levels[1:] not in ([], ["clause"], ["subclause"], ["point"], ["clause", "point"],
                              ["subclause", "point"]):
            return None
        return pid if pid.well_formed() else None

    def well_formed(self) -> bool:
        """The document part is set and every segment has one of the forms the readers write
        (``SEGMENT_PREFIX``): "d3", "k1", "k1.2", "c", "p2", "cc1", "nn", "mII", …"""
        return bool(self.doc) and self.doc == self.doc.strip() and all(map(_valid_segment, self.segments))

    @staticmethod
    def of(unit: "Unit") -> "ProvisionId":
        return ProvisionId.parse(unit.uid, unit.doc_id)

    def __str__(self) -> str:
        return ":".join((self.doc, *self.segments))

    def child(self, segment: str) -> "ProvisionId":
        return ProvisionId(self.doc, (*self.segments, segment))

    def sub(self, level: str, label: str = "") -> "ProvisionId":
        """The unit of ``level`` labelled ``label`` right under this one (``SEGMENT_PREFIX``):
        ``ProvisionId("59/2023/NĐ-CP").sub("article", "3").sub("clause", "1")`` is …:d3:k1."""
        return self.child(SEGMENT_PREFIX[level] + label)

    def with_doc(self, doc: str) -> "ProvisionId":
        """The same provision in the document ``doc`` (a document id changed at ingest)."""
        return ProvisionId(doc, self.segments)

    @staticmethod
    def within(uid: str, outer: str) -> bool:
        """True when the id ``uid`` is ``outer`` or a unit under it: "…:d3:k1" is within "…:d3",
        "…:d31" is not. Works on the id strings (no parsing: called in loops over many ids)."""
        return uid == outer or uid.startswith(outer + ":")

    @staticmethod
    def under_range(uid: str) -> tuple[str, str]:
        """(low, high): the ids of the units under ``uid`` are exactly the strings strictly
        between them (":" is followed by ";"), for a range query on the stored ids."""
        return uid + ":", uid + ";"

    def _label_of(self, level: str) -> str | None:
        for seg in self.segments:
            lv = _segment_level(seg)
            if lv == level or (level == "clause" and lv == "subclause"):
                return seg if lv == "point" else seg[1:]
        return None

    #: labels by level: "3", "1" (or "1.2" for a subclause), "c", "2"; None when absent
    article = property(lambda self: self._label_of("article"))
    clause = property(lambda self: self._label_of("clause"))
    point = property(lambda self: self._label_of("point"))
    paragraph = property(lambda self: self._label_of("paragraph"))

    @property
    def parent(self) -> "ProvisionId | None":
        return ProvisionId(self.doc, self.segments[:-1]) if self.segments else None

    def ancestors(self) -> tuple["ProvisionId", ...]:
        """Itself and every unit above it, outermost first: d3, d3:k1, d3:k1:c (the document excluded)."""
        return tuple(ProvisionId(self.doc, self.segments[:i + 1]) for i in range(len(self.segments)))

    def article_id(self) -> "ProvisionId | None":
        """The article holding this unit (itself for an article); None outside articles."""
        for i, seg in enumerate(self.segments):
            if _segment_level(seg) == "article":
                return ProvisionId(self.doc, self.segments[:i + 1])
        return None

    @property
    def label(self) -> str:
        """'điểm c khoản 1 Điều 3' (innermost first, as Vietnamese citations are written)."""
        words = []
        for seg in reversed(self.segments):
            level = _segment_level(seg)
            if level is None:
                continue
            words.append(f"{_LEVEL_WORDS[level]} {seg if level == 'point' else seg[1:]}")
        return " ".join(words)

    def sort_key(self) -> tuple:
        """Reading order within one document: Điều 2 < Điều 2a < Điều 10; khoản 1.2 < khoản 1.10."""
        def key(seg: str) -> tuple:
            level = _segment_level(seg)
            if level == "point":
                return (1, (_POINT_ORDER[seg],), "")
            body = seg[1:] if level else seg
            nums = tuple(int(n) for n in re.findall(r"\d+", body))
            return (0, nums, body)
        return (self.doc, tuple(key(s) for s in self.segments))
