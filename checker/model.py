"""The checker's vocabulary: rules, findings and the report, as frozen dataclasses.

Every other checker module speaks in these types; renderers turn a ``Report``
into text, JSON, Markdown, HTML or an annotated DOCX without knowing how the
findings were made.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

#: Severities, strongest first. Only "lỗi" makes ``dccs check`` exit with 1.
ERROR, WARNING, HINT = "lỗi", "cảnh báo", "gợi ý"
SEVERITIES = (ERROR, WARNING, HINT)

#: Rule kinds the engine supports (one module each under ``checker.kinds``).
KINDS = (
    "required_content", "conflict", "role_concurrency",
    "outdated_reference", "draft_completeness", "internal_consistency",
)


@dataclass(frozen=True)
class FactRef:
    """A legal fact from ``kb/data/legal_facts.yaml`` used as (part of) a rule's basis.

    Facts carry what the corpus text cannot (the 2025 reform, replacements);
    they are shown with their mark (corpus / public / open), never as a quote.
    """

    kind: str  # "document" | "abolished_level"
    key: str  # document id, or the abolished term ("cấp huyện")


@dataclass(frozen=True)
class Example:
    """A small document a rule is tested on: ``violates`` must fire the rule, a lawful one must not."""

    text: str
    violates: bool
    type: str | None = None  # document type to check it as; default: the rule's first ``applies_to``
    as_of: str | None = None  # check date; default ``EXAMPLE_AS_OF``
    note: str = ""


EXAMPLE_AS_OF = "2026-12-02"


@dataclass(frozen=True)
class Rule:
    """One entry of the rule catalogue (``rules/*.yaml``), validated at load."""

    id: str
    title: str
    kind: str
    applies_to: tuple[str, ...]  # document type ids; ("*",) for every type
    severity: str
    basis: tuple[str, ...]  # citations, each must resolve in the knowledge base
    message: str
    fix: str
    explanation: str = ""
    facts: tuple[FactRef, ...] = ()
    detect: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)
    source: str = ""  # the YAML file, for error messages
    examples: tuple[Example, ...] = field(default=(), compare=False, hash=False)
    #: rules that state the same defect more exactly: when one of them fires on a line, this
    #: rule's finding on that line is not shown (one defect, said once)
    yields_to: tuple[str, ...] = ()
    #: rules that state the same defect of the whole text more exactly: when one of them keeps a finding anywhere in
    #: the text (after ``yields_to``), this rule's findings are not shown (CF-22 repeating at each mention of an online
    #: vote the defect CF-22b states at the matter put to it)
    yields_in_text: tuple[str, ...] = ()

    def applies(self, doc_type: str, variants: tuple[str, ...] = ()) -> bool:
        """For a document of ``doc_type`` whose text gives it ``variants`` (``checker.doctype.owner``): an entry
        "quy_che_doanh_nghiep" takes every employer's quy chế, "quy_che_doanh_nghiep:nha_nuoc" only one of that
        variant."""
        return "*" in self.applies_to or doc_type in self.applies_to \
            or any(f"{doc_type}:{v}" in self.applies_to for v in variants)


@dataclass(frozen=True)
class Evidence:
    """Where a finding sits: quoted text, 1-based line(s), paragraph and section."""

    text: str
    line: int
    end_line: int = 0
    paragraph: int = 0  # unwrapped paragraph (text) or DOCX paragraph number
    section: str = ""  # "Điều 1 khoản 3.1", "Mục II", "Căn cứ", …


@dataclass(frozen=True)
class Basis:
    """A legal basis resolved in the knowledge base (or a fact), with its quote."""

    citation: str  # as the rule wrote it
    label: str  # normalised: "điểm c khoản 1 Điều 3 Nghị định 59/2023/NĐ-CP"
    doc: str  # document number / id
    article: str | None = None
    clause: str | None = None
    point: str | None = None
    quote: str = ""
    status: str = ""  # status of the cited document on the check date
    notes: tuple[str, ...] = ()  # e.g. "amended wording not in the knowledge base"
    source: str = "kb"  # "kb" or "facts:<mark>"


@dataclass(frozen=True)
class Finding:
    rule: str
    kind: str
    severity: str
    title: str
    message: str
    evidence: Evidence
    basis: tuple[Basis, ...] = ()
    explanation: str = ""
    fix: str = ""
    #: True when the finding rests on an uncertain fact (an 'open' amendment, …)
    uncertain: bool = False
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class CoverageRow:
    """One required item and where the document covers it."""

    item: str
    label: str
    #: (section label, lines) for every section that mentions the item
    cells: tuple[tuple[str, tuple[int, ...]], ...] = ()
    basis: str = ""

    @property
    def covered(self) -> bool:
        return bool(self.cells)


@dataclass(frozen=True)
class CoverageMatrix:
    """Required items × document sections, for one required-content rule."""

    rule: str
    title: str
    sections: tuple[str, ...]
    rows: tuple[CoverageRow, ...]


@dataclass(frozen=True)
class DocumentInfo:
    source: str
    type: str  # doc type id, "" when unknown
    type_label: str
    type_detected: str  # what detection said (may differ from an override)
    title: str = ""
    issuer: str = ""
    date: str | None = None  # ISO date of the document when written in full
    fmt: str = "text"
    lines: int = 0
    paragraphs: int = 0
    type_cue: str = ""  # what decided the type ("tiêu đề «HƯƠNG ƯỚC THÔN …»; từ khóa …")
    date_kind: str = ""  # "ngày ban hành" | "ngày công nhận" | "" (no date)
    date_text: str = ""  # the text the date was read from
    draft: bool = False
    date_note: str = ""  # why there is no date


@dataclass(frozen=True)
class Scope:
    """What a check covered and what it cannot tell, shown in every report: a report without findings
    says only that these rules found nothing (``checker.scope``)."""

    rules: tuple[tuple[str, int], ...]  # (kind, rules of that kind run on this document and date), in KINDS order
    provisions: tuple[tuple[str, tuple[str, ...]], ...]  # (document, its articles the rules run rest on), in force
    limits: tuple[str, ...]  # Vietnamese: what the check does not cover (rules/scope.yaml)

    @property
    def rule_count(self) -> int:
        return sum(n for _, n in self.rules)


@dataclass(frozen=True)
class Report:
    document: DocumentInfo
    as_of: str
    findings: tuple[Finding, ...]
    coverage: tuple[CoverageMatrix, ...] = ()
    notes: tuple[str, ...] = ()  # Vietnamese remarks about the check itself
    as_of_from: str = ""  # where the check date came from: the document's date, today, the user
    applied: tuple[str, ...] = ()  # documents whose provisions applied on the date
    not_applied: tuple[str, ...] = ()  # basis documents not in force on the date
    scope: Scope | None = None  # what was checked and what was not

    def summary(self) -> dict[str, int]:
        counts = {s: 0 for s in SEVERITIES}
        for f in self.findings:
            counts[f.severity] += 1
        return counts

    @property
    def exit_code(self) -> int:
        """0 when no finding is a 'lỗi', 1 otherwise (the CLI's contract)."""
        return 1 if any(f.severity == ERROR for f in self.findings) else 0
