"""Rule citations → quoted provisions from the knowledge base (and facts).

A rule's ``basis`` entries are citations ("điểm c khoản 1 Điều 3 Nghị định
59/2023/NĐ-CP") resolved with ``kb.citations.parse.parse_citation`` +
``kb.citations.resolve.Resolver``; the report quotes ``kb.citations.labels.full_text``. The status
of the cited document on the check date is attached, so a finding based on
Law 10/2022 checked after 1 July 2025 says that the amended wording (Law
97/2025/QH15) is not in the knowledge base instead of pretending it knows.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from checker.model import Basis, FactRef, Rule
from kb.citations.labels import citation_label, full_text
from kb.citations.parse import parse_citation
from kb.citations.resolve import Resolver
from kb.facts import AMENDED, IN_FORCE, NOT_YET, Status, facts, status_as_of
from kb.model import ProvisionId
from kb.store import Store
from kb.vntext import vn_date


def _parts(uid: str) -> tuple[str | None, str | None, str | None]:
    pid = ProvisionId.parse(uid)
    return pid.article, pid.clause, pid.point


_INDEXES: dict[tuple, tuple[Resolver, dict]] = {}


def _state_key(store: Store) -> tuple:
    path = Path(store.path)
    try:
        st = path.stat()
        return (str(path.resolve()), st.st_mtime_ns, st.st_size)
    except OSError:
        return (str(path), id(store))


def shared_index(store: Store) -> Resolver:
    """The ``Resolver`` is ~1 s to build over the full corpus: keep one per knowledge-base state."""
    key = _state_key(store)
    if key not in _INDEXES:
        _INDEXES.clear()  # the base changed (re-ingest): drop the index and what was derived from it
        _INDEXES[key] = (Resolver(store), {})
    resolver = _INDEXES[key][0]
    if resolver.store is not store:  # the same file state opened again (the first handle may be closed)
        resolver.store = store
    return resolver


def shared_cache(store: Store) -> dict:
    """A memo that lives exactly as long as the shared index of this knowledge-base state."""
    shared_index(store)
    return _INDEXES[_state_key(store)][1]


class BasisResolver:
    """Resolves and caches citations against one store, for one check date."""

    def __init__(self, store: Store, as_of: str | None = None):
        self.store = store
        self.as_of = as_of or date.today().isoformat()
        self._index: Resolver | None = None
        self._cache: dict[str, Basis | str] = {}

    @property
    def index(self) -> Resolver:
        if self._index is None:
            self._index = shared_index(self.store)
        return self._index

    def amendment_notes(self, doc_id: str) -> tuple[tuple[str, ...], bool]:
        """Notes about amendments in force on the check date; True if they rest on open facts."""
        notes, uncertain = [], False
        for r in facts().relations_to(doc_id):
            if r.kind in ("amends", "supplements") and r.effective and r.effective <= self.as_of:
                where = r.target_provisions or "chưa xác định được điều, khoản bị sửa đổi"
                notes.append(f"{doc_id} đã được sửa đổi, bổ sung bởi {r.by} từ ngày {vn_date(r.effective)} "
                             f"({where}); nội dung sửa đổi chưa có trong cơ sở dữ liệu — cần đối chiếu "
                             "văn bản sửa đổi trước khi kết luận.")
                uncertain = uncertain or r.mark == "open"
        return tuple(notes), uncertain

    def status_of(self, doc, unit):
        """Status of the provision on the check date: its document's, unless the article itself
        takes effect later (pháp điển notes give each article its own in-force date)."""
        status = status_as_of(doc.doc_id, doc.kind, doc.effective, self.as_of)
        u, depth = unit, 0
        while u is not None and u.level != "article" and u.parent and depth < 8:
            u, depth = self.store.unit(u.parent), depth + 1
        eff = getattr(u, "effective", None) if u is not None and u.level == "article" else None
        if eff and eff > self.as_of and status.label in (IN_FORCE, AMENDED):
            return Status(NOT_YET, (f"Điều này có hiệu lực từ ngày {vn_date(eff)}.",))
        return status

    def resolve(self, citation: str) -> Basis | str:
        """A ``Basis`` with its quote, or the Vietnamese problem when it does not resolve."""
        if citation in self._cache:
            return self._cache[citation]
        cit = parse_citation(citation)
        if cit is None:
            out: Basis | str = f"không hiểu trích dẫn «{citation}»"
        else:
            res = self.index.resolve(cit)
            if res.problem or res.doc is None:
                out = res.problem or f"không tìm thấy «{citation}»"
            elif res.unit is None:
                out = f"«{citation}» chỉ dẫn tới cả văn bản, cần nêu điều, khoản cụ thể"
            else:
                doc, unit = res.doc, res.unit
                art, clause, point = _parts(unit.uid)
                quote = full_text(self.store, unit)
                if unit.level == "article" and unit.title:
                    quote = f"Điều {art}. {unit.title}\n{quote}".strip()
                status = self.status_of(doc, unit)
                notes, _ = self.amendment_notes(doc.doc_id)
                out = Basis(citation=citation, label=citation_label(unit, doc),
                            doc=doc.number or doc.doc_id, article=art, clause=clause, point=point,
                            quote=quote, status=status.label, notes=notes)
        self._cache[citation] = out
        return out

    def holds_document(self, citation: str) -> bool:
        """Whether the knowledge base holds the text of the document ``citation`` names (a base
        built from part of the corpus may not hold the Labour Code a rule quotes)."""
        cit = parse_citation(citation)
        if cit is None or cit.doc is None:
            return False
        ids = self.index.find(cit.doc)
        return bool(ids) and self.store.document(ids[0]) is not None

    def fact(self, ref: FactRef) -> Basis | str:
        f = facts()
        if ref.kind == "document":
            d = f.documents.get(ref.key)
            if d is None:
                return f"dữ kiện về văn bản {ref.key} không có trong tệp dữ kiện pháp lý"
            text = (f"{d.doc_type} {ref.key} — {d.title}; cơ quan ban hành: {d.issuer or '?'}; "
                    f"ngày ban hành: {vn_date(d.issued)}; hiệu lực: {vn_date(d.effective)}.")
            rels = [r for r in f.relations_to(ref.key) if r.kind in ("replaces", "repeals", "ends")]
            for r in rels:
                text += f" Bị thay thế/chấm dứt hiệu lực bởi {r.by} từ ngày {vn_date(r.effective)}."
            return Basis(citation=ref.key, label=f"{d.doc_type} {ref.key}", doc=ref.key, quote=text,
                         source=f"facts:{d.mark}", notes=(f"Nguồn: {d.source}",))
        level = next((a for a in f.abolished_levels if a.term == ref.key), None)
        if level is None:
            return f"dữ kiện về cấp hành chính «{ref.key}» không có trong tệp dữ kiện pháp lý"
        return Basis(citation=ref.key, label=f"Không còn «{level.term}» từ ngày {vn_date(level.effective)}",
                     doc=level.source, quote=f"Từ ngày {vn_date(level.effective)} không còn {level.term} "
                     f"(mô hình chính quyền địa phương hai cấp). Nguồn: {level.source}.",
                     source=f"facts:{level.mark}")

    def for_rule(self, rule: Rule, only: tuple[str, ...] | None = None) -> tuple[Basis, ...]:
        """Resolved basis of a rule (optionally only some of its citations); dangling ones skipped."""
        out = []
        for c in rule.basis:
            if only is not None and c not in only:
                continue
            b = self.resolve(c)
            if isinstance(b, Basis):
                out.append(b)
        if only is None:
            for ref in rule.facts:
                b = self.fact(ref)
                if isinstance(b, Basis):
                    out.append(b)
        return tuple(out)

    def unit_basis(self, uid: str) -> Basis | None:
        """Basis for a unit found by the checker itself (e.g. the provision a text restates)."""
        unit = self.store.unit(uid)
        if unit is None:
            return None
        doc = self.store.document(unit.doc_id)
        label = citation_label(unit, doc)
        art, clause, point = _parts(uid)
        return Basis(citation=label, label=label, doc=doc.number or doc.doc_id if doc else unit.doc_id,
                     article=art, clause=clause, point=point, quote=full_text(self.store, unit),
                     status=self.status_of(doc, unit).label if doc else "")
