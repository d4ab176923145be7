"""Resolve a parsed citation against the knowledge base.

Documents are found by number (full or partial: "61/2023" with type Nghị
định), by name ("Luật Thực hiện dân chủ ở cơ sở", aliases from the facts
file) or by pháp điển code. When something is missing the answer says what,
and names the nearest unit that exists ("Luật 10/2022/QH15 có 91 điều").
"""
from __future__ import annotations

from dataclasses import dataclass

from kb.citation import Citation, DocRef
from kb.facts import facts
from kb.model import Document, Unit
from kb.store import Store
from kb.structure import article_sort_key
from kb.vntext import fold

_TYPE_PREFIXES = ("bộ luật ", "luật ", "nghị định ", "pháp lệnh ", "nghị quyết ", "thông tư ",
                  "quyết định ", "chỉ thị ")


@dataclass(frozen=True)
class Resolution:
    citation: Citation
    doc: Document | None
    unit: Unit | None
    problem: str | None = None  # Vietnamese: what was not found and what exists

    @property
    def ok(self) -> bool:
        return self.problem is None and (self.unit is not None or self.doc is not None)


def doc_label(doc: Document) -> str:
    """'Luật 10/2022/QH15', 'Nghị định 59/2023/NĐ-CP' — as officers write it."""
    return f"{doc.doc_type} {doc.number}" if doc.number else doc.doc_id


class DocIndex:
    """Number and name look-ups over all documents, built once per store."""

    def __init__(self, store: Store):
        self.store = store
        self.docs = {d.doc_id: d for d in store.documents()}
        self.by_number: dict[str, list[str]] = {}
        self.by_name: dict[str, list[str]] = {}
        for d in self.docs.values():
            if d.number:
                self.by_number.setdefault(fold(d.number), []).append(d.doc_id)
            if d.title:
                self.by_name.setdefault(_name_key(d.doc_type, d.title), []).append(d.doc_id)
        for fact in facts().documents.values():
            names = (fact.title, *fact.aliases)
            for name in names:
                key = _name_key(fact.doc_type, name)
                ids = self.by_name.setdefault(key, [])
                if fact.doc_id not in ids:
                    ids.insert(0, fact.doc_id)
        self._names_longest_first = sorted(self.by_name, key=len, reverse=True)

    def find(self, ref: DocRef) -> list[str]:
        """Candidate doc ids for a reference, best first."""
        out: list[str] = []
        if ref.number:
            key = fold(ref.number)
            exact = self.by_number.get(key, [])
            partial = [i for k, ids in self.by_number.items() if k.startswith(key + "/") for i in ids]
            cands = exact or partial
            if ref.doc_type:
                typed = [i for i in cands if self.docs[i].doc_type == ref.doc_type]
                cands = typed or cands
            out.extend(cands)
            if not out:
                # Known from the facts file though not ingested.
                for fact in facts().documents.values():
                    if fold(fact.number) == key or fold(fact.number).startswith(key + "/"):
                        out.append(fact.doc_id)
        elif ref.name:
            wanted = _name_key(ref.doc_type or "", ref.name)
            for key in self._names_longest_first:
                if wanted == key or wanted.startswith(key + " "):
                    ids = self.by_name[key]
                    # Latest issued first: "Luật Đất đai" means the one in force.
                    ids = sorted(ids, key=lambda i: (self.docs[i].issued or "") if i in self.docs else "9",
                                 reverse=True)
                    out.extend(ids)
                    break
        return list(dict.fromkeys(out))


def _name_key(doc_type: str, name: str) -> str:
    n = name.strip().lower()
    for p in _TYPE_PREFIXES:
        if n.startswith(p):
            n = n[len(p):]
            break
    return f"{fold(doc_type)}|{fold(n)}".strip()


def resolve(store: Store, cit: Citation, index: DocIndex | None = None) -> Resolution:
    index = index or DocIndex(store)
    if cit.phapdien_code:
        unit = store.unit_by_code(cit.phapdien_code) or _by_code_folded(store, cit.phapdien_code)
        if unit is None:
            return Resolution(cit, None, None, f"Không có điều mang mã pháp điển {cit.phapdien_code}.")
        return Resolution(cit, store.document(unit.doc_id), unit)
    if cit.doc is None:
        return Resolution(cit, None, None, "Trích dẫn không nêu văn bản (số hiệu hoặc tên văn bản).")
    ids = index.find(cit.doc)
    if not ids:
        what = cit.doc.number or cit.doc.name or ""
        return Resolution(cit, None, None,
                          f"Không tìm thấy văn bản {(cit.doc.doc_type or '').strip()} {what}".strip()
                          + " trong cơ sở dữ liệu.")
    doc = store.document(ids[0])
    if doc is None:  # known from facts only
        return Resolution(cit, None, None,
                          f"Văn bản {ids[0]} được biết đến nhưng chưa có nội dung trong cơ sở dữ liệu.")
    if cit.article is None:
        return Resolution(cit, doc, None)
    uid = f"{doc.doc_id}:d{cit.article}"
    article = store.unit(uid)
    if article is None:
        arts = store.units_of(doc.doc_id, "article")
        last = max(arts, key=lambda u: article_sort_key(u.label)).label if arts else "0"
        return Resolution(cit, doc, None,
                          f"{doc_label(doc)} không có Điều {cit.article}: văn bản có {len(arts)} điều"
                          f" (Điều cuối là Điều {last}).")
    unit = article
    if cit.clause:
        clause = store.unit(f"{uid}:k{cit.clause}")
        if clause is None:
            n = sum(1 for c in store.children(uid) if c.level == "clause")
            return Resolution(cit, doc, article,
                              f"Điều {cit.article} {doc_label(doc)} không có khoản {cit.clause}: "
                              f"điều này có {n} khoản.")
        unit = clause
    if cit.point:
        point = store.unit(f"{unit.uid}:{cit.point}")
        if point is None:
            letters = [c.label for c in store.children(unit.uid) if c.level == "point"]
            where = f"khoản {cit.clause} Điều {cit.article}" if cit.clause else f"Điều {cit.article}"
            have = ", ".join(letters) if letters else "không có điểm nào"
            return Resolution(cit, doc, unit,
                              f"{where} {doc_label(doc)} không có điểm {cit.point} (có: {have}).")
        unit = point
    return Resolution(cit, doc, unit)


def _by_code_folded(store: Store, code: str) -> Unit | None:
    """Pháp điển codes typed in lower case or without marks ('44.13.nd.1.3')."""
    key = fold(code)
    prefix = key.split(".")[0] + "."
    for row in store.conn.execute(
        "SELECT uid FROM units WHERE phapdien_code LIKE ?", (prefix + "%",)
    ):
        u = store.unit(row[0])
        if u and fold(u.phapdien_code or "") == key:
            return u
    return None


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
    parts = unit.uid.split(":")[1:]
    words = []
    for p in reversed(parts):
        if p.startswith("d") and p[1:2].isdigit():
            words.append(f"Điều {p[1:]}")
        elif p.startswith("k"):
            words.append(f"khoản {p[1:]}" if "." not in p else f"tiểu mục {p[1:]}")
        elif p.startswith("p") and p[1:].isdigit():
            words.append(f"đoạn {p[1:]}")
        else:
            words.append(f"điểm {p}")
    tail = doc_label(doc) if doc else unit.doc_id
    return " ".join(words + [tail])
