"""Legal facts kept as data (kb/data/legal_facts.yaml) and the status they imply.

The corpus text cannot tell that Law 10/2022 was amended in 2025 or that a
decree replaced an older decision; these facts can, each with its mark
(corpus / public / open) and source. ``status_as_of`` answers "is this in
force on date D?" and says so when the answer rests on an open fact.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from kb.vntext import vn_date as _vn_date

FACTS_PATH = Path(__file__).parent / "data" / "legal_facts.yaml"

IN_FORCE = "còn hiệu lực"
AMENDED = "còn hiệu lực, đã được sửa đổi"
ENDED = "hết hiệu lực"
NOT_YET = "chưa có hiệu lực"
DRAFT = "dự thảo"
NOT_NORM = "không phải văn bản quy phạm pháp luật"
UNKNOWN = "chưa rõ hiệu lực"


@dataclass(frozen=True)
class DocFact:
    doc_id: str
    number: str
    doc_type: str
    title: str
    issuer: str
    issued: str | None
    effective: str | None
    aliases: tuple[str, ...]
    mark: str
    source: str


@dataclass(frozen=True)
class Relation:
    kind: str  # replaces | repeals | amends | supplements | ends
    by: str
    by_provision: str | None
    target: str
    target_provisions: str | None
    effective: str | None
    mark: str
    source: str


@dataclass(frozen=True)
class AbolishedLevel:
    term: str
    patterns: tuple[str, ...]
    effective: str
    mark: str
    source: str


@dataclass(frozen=True)
class Lapse:
    """Where a transitional protection ends for part of the law: from ``since`` on, a finding
    resting on one of ``articles`` of ``doc`` is not capped (khoản 2 Điều 24 Nghị định
    61/2023/NĐ-CP: a hương ước that does not conform to the Decree's Điều 4 had to be replaced
    by 31/12/2023, so only a conforming one keeps its effect)."""

    provision: str
    doc: str
    articles: tuple[str, ...]
    since: str
    note: str


@dataclass(frozen=True)
class Transitional:
    """A transitional provision: documents of a type dated before a day keep their effect."""

    provision: str  # citation, resolvable in the knowledge base
    applies_to: tuple[str, ...]  # checker document types
    dated_before: str
    docs: tuple[str, ...]  # findings resting on these documents are capped
    max_severity: str
    note: str
    mark: str
    source: str
    lapse: Lapse | None = None


@dataclass(frozen=True)
class Status:
    label: str  # one of the constants above
    notes: tuple[str, ...] = ()  # Vietnamese sentences explaining the label
    uncertain: bool = False  # rests on an 'open' fact


@dataclass(frozen=True)
class Facts:
    documents: dict[str, DocFact]
    relations: tuple[Relation, ...]
    abolished_levels: tuple[AbolishedLevel, ...]
    transitional: tuple[Transitional, ...] = ()

    def relations_to(self, doc_id: str) -> list[Relation]:
        return [r for r in self.relations if r.target == doc_id]

    def relations_from(self, doc_id: str) -> list[Relation]:
        return [r for r in self.relations if r.by == doc_id]


def _s(v) -> str | None:
    return None if v is None else str(v)


def _lapse(raw: dict | None) -> Lapse | None:
    if raw is None:
        return None
    return Lapse(provision=raw["provision"], doc=raw["doc"], articles=tuple(str(a) for a in raw["articles"]),
                 since=str(raw["since"]), note=" ".join(str(raw["note"]).split()))


def load_facts(path: Path = FACTS_PATH) -> Facts:
    """Load and validate the facts file (YAML, safe-loaded)."""
    with open(path, encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    docs = {}
    for d in raw.get("documents", []):
        docs[d["id"]] = DocFact(
            doc_id=d["id"], number=d.get("number", d["id"]), doc_type=d["type"], title=d["title"], issuer=d.get("issuer", ""),
            issued=_s(d.get("issued")), effective=_s(d.get("effective")),
            aliases=tuple(d.get("aliases", [])), mark=d["mark"], source=d["source"],
        )
    rels = tuple(
        Relation(kind=r["kind"], by=r["by"], by_provision=r.get("by_provision"), target=r["target"],
                 target_provisions=r.get("target_provisions"), effective=_s(r.get("effective")),
                 mark=r["mark"], source=r["source"])
        for r in raw.get("relations", [])
    )
    levels = tuple(
        AbolishedLevel(term=a["term"], patterns=tuple(a["patterns"]), effective=str(a["effective"]),
                       mark=a["mark"], source=a["source"])
        for a in raw.get("abolished_levels", [])
    )
    trans = tuple(
        Transitional(provision=t["provision"], applies_to=tuple(t["applies_to"]),
                     dated_before=str(t["dated_before"]), docs=tuple(t["docs"]),
                     max_severity=t["max_severity"], note=" ".join(str(t["note"]).split()),
                     mark=t["mark"], source=t["source"], lapse=_lapse(t.get("lapse")))
        for t in raw.get("transitional", [])
    )
    for r in rels:
        if r.mark not in ("corpus", "public", "open"):
            raise ValueError(f"{path}: quan hệ {r.by} → {r.target} có mark không hợp lệ: {r.mark}")
    return Facts(docs, rels, levels, trans)


@lru_cache(maxsize=1)
def facts() -> Facts:
    return load_facts()


def successors(doc_id: str, as_of: str, f: Facts | None = None) -> list[Relation]:
    """The later replacements of ``doc_id`` in force on ``as_of``, in order (77/2015 → 65/2025 → 72/2025)."""
    f = f or facts()
    out: list[Relation] = []
    seen = {doc_id}
    current = doc_id
    while True:
        nxt = next((r for r in f.relations_to(current) if r.kind == "replaces" and r.effective
                    and r.effective <= as_of and r.by not in seen), None)
        if nxt is None:
            return out
        out.append(nxt)
        seen.add(nxt.by)
        current = nxt.by


def status_as_of(doc_id: str, kind: str, effective: str | None, as_of: str | None = None,
                 f: Facts | None = None) -> Status:
    """Status of a document on ``as_of`` (ISO date; default today)."""
    f = f or facts()
    as_of = as_of or date.today().isoformat()
    if kind == "draft":
        return Status(DRAFT)
    if kind in ("report", "article"):
        return Status(NOT_NORM)
    fact = f.documents.get(doc_id)
    effective = effective or (fact.effective if fact else None)
    for r in f.relations_to(doc_id):
        if r.kind in ("replaces", "repeals", "ends") and r.effective and r.effective <= as_of:
            verb = "thay thế" if r.kind == "replaces" else "chấm dứt hiệu lực"
            notes = [f"Bị {verb} bởi {r.by}" + (f" ({r.by_provision})" if r.by_provision else "")
                     + f" từ ngày {_vn_date(r.effective)}."]
            chain = successors(r.by, as_of, f) if r.kind == "replaces" else []
            if chain:
                notes.append("Văn bản thay thế đó lại bị thay thế: " + "; ".join(
                    f"{c.by} từ ngày {_vn_date(c.effective)}" for c in chain)
                    + f". Văn bản đang có hiệu lực tại ngày kiểm tra: {chain[-1].by}.")
            return Status(ENDED, tuple(notes), uncertain=r.mark == "open" or any(c.mark == "open" for c in chain))
    if effective and effective > as_of:
        return Status(NOT_YET, (f"Có hiệu lực từ ngày {_vn_date(effective)}.",))
    notes, uncertain, amended = [], False, False
    for r in f.relations_to(doc_id):
        if r.kind not in ("amends", "supplements"):
            continue
        if r.effective and r.effective <= as_of:
            amended = True
            where = r.target_provisions or "một số quy định (chưa xác định được điều, khoản cụ thể)"
            notes.append(
                f"Đã được sửa đổi, bổ sung bởi {r.by} từ ngày {_vn_date(r.effective)}: {where}; "
                "nội dung sửa đổi chưa có trong cơ sở dữ liệu."
            )
            uncertain = uncertain or r.mark == "open"
        elif r.effective is None:
            notes.append(
                f"Có thể đã được sửa đổi bởi {r.by} (ngày có hiệu lực và điều khoản bị sửa "
                "chưa xác định được)."
            )
            uncertain = True
    if effective is None and fact is None:
        return Status(UNKNOWN if not notes else AMENDED, tuple(notes), uncertain)
    return Status(AMENDED if amended else IN_FORCE, tuple(notes), uncertain)
