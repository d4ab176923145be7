"""The law in force on the check date, and the severity policy (docs/severity-policy.md).

Pure functions over findings whose basis was resolved for the check date
(``checker.basis``: every ``Basis`` from the knowledge base carries the status of
its document on that date). Nothing here knows a rule by name:

- ``in_force(b)``: a provision applies only while its document is in force
  (not yet in force → it does not apply; ended → it does not apply).
- ``gate``: a finding keeps only the basis in force on the date; a finding whose
  every knowledge-base basis is out of force is withheld.
- ``cap_severity``: lỗi only when a quoted provision in force (or a settled fact)
  supports it; a finding with no basis is at most a cảnh báo; one resting only on
  an open fact is a gợi ý; a transitional provision (``kb/data/legal_facts.yaml``
  ``transitional``) caps findings about a document that keeps its effect, except where its
  ``lapse`` has come (content that had to be replaced by a deadline).
"""
from __future__ import annotations

from dataclasses import replace

from checker.model import ERROR, HINT, SEVERITIES, WARNING, Basis, Finding
from kb.facts import AMENDED, IN_FORCE, UNKNOWN, Transitional

#: Document statuses under which a provision applies on the check date.
APPLICABLE = (IN_FORCE, AMENDED, UNKNOWN)


def is_kb(b: Basis) -> bool:
    return b.source == "kb"


def fact_mark(b: Basis) -> str:
    return b.source[6:] if b.source.startswith("facts:") else ""


def in_force(b: Basis) -> bool:
    """A knowledge-base provision applies when its document's status on the date allows it."""
    return not is_kb(b) or b.status in APPLICABLE


def gate(f: Finding) -> Finding | None:
    """Drop basis not in force; withhold the finding when no knowledge-base basis is left."""
    kb = [b for b in f.basis if is_kb(b)]
    if not kb:
        return f
    kept = tuple(b for b in f.basis if in_force(b))
    if not any(is_kb(b) for b in kept):
        return None
    return f if len(kept) == len(f.basis) else replace(f, basis=kept)


def weaker(a: str, b: str) -> str:
    """The weaker of two severities."""
    return a if SEVERITIES.index(a) >= SEVERITIES.index(b) else b


def supports_error(f: Finding) -> bool:
    """A lỗi needs a quoted provision in force, or a fact that is not open."""
    for b in f.basis:
        if is_kb(b) and in_force(b) and b.quote.strip():
            return True
        if fact_mark(b) in ("corpus", "public"):
            return True
    return False


def cap_severity(f: Finding, transitional: tuple[Transitional, ...] = ()) -> Finding:
    sev, notes = f.severity, list(f.notes)
    if sev == ERROR and not supports_error(f):
        only_open = bool(f.basis) and all(fact_mark(b) == "open" for b in f.basis)
        sev = HINT if only_open else WARNING
        notes.append("Mức độ hạ từ «lỗi» vì " + ("chỉ dựa trên dữ kiện chưa xác định (open)." if only_open
                                                  else "không có quy định đang có hiệu lực được trích dẫn."))
    for t in transitional:
        docs = {b.doc for b in f.basis if is_kb(b)}
        if t.lapse is not None and any(is_kb(b) and b.doc == t.lapse.doc and b.article in t.lapse.articles
                                       for b in f.basis):
            if t.lapse.note not in notes:
                notes.append(t.lapse.note)
            continue
        if docs & set(t.docs) and SEVERITIES.index(sev) < SEVERITIES.index(t.max_severity):
            sev = t.max_severity
            notes.append(f"Quy định chuyển tiếp ({t.provision}): {t.note}")
    return f if sev == f.severity and len(notes) == len(f.notes) else replace(f, severity=sev, notes=tuple(notes))


def transitional_for(doc_type: str, doc_date: str | None, as_of: str,
                     rules: tuple[Transitional, ...]) -> tuple[Transitional, ...]:
    """Transitional provisions that protect this document on the check date; a ``lapse`` is kept
    only once the check date has reached it."""
    if not doc_date:
        return ()
    return tuple(t if t.lapse is None or as_of >= t.lapse.since else replace(t, lapse=None)
                 for t in rules if doc_type in t.applies_to and doc_date < t.dated_before <= as_of)
