"""How provisions and documents are written back for people: labels and numbered full text."""
from __future__ import annotations

from kb.model import Document, ProvisionId, Unit
from kb.store import Store


def doc_label(doc: Document) -> str:
    """'Luật 10/2022/QH15', 'Nghị định 59/2023/NĐ-CP' — as officers write it."""
    return f"{doc.doc_type} {doc.number}" if doc.number else doc.doc_id


def full_text(store: Store, unit: Unit) -> str:
    """The unit's text with all its descendants, numbered as in the source."""
    lines = [unit.text] if unit.text else []
    for d in store.descendants(unit.uid):
        lines.append(f"{numbered(d)} {d.text}".strip())
    return "\n".join(lines)


def numbered(u: Unit) -> str:
    return {"clause": f"{u.label}.", "subclause": f"{u.label}.", "point": f"{u.label})"}.get(u.level, "")


def citation_label(unit: Unit, doc: Document | None = None) -> str:
    """'điểm c khoản 1 Điều 3 Nghị định 59/2023/NĐ-CP' for any unit id."""
    words = ProvisionId.of(unit).label
    tail = doc_label(doc) if doc else unit.doc_id
    return f"{words} {tail}" if words else tail
