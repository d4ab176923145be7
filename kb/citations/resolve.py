"""One resolver: citations (typed or found in text) → knowledge-base documents and units.

A ``Resolver`` holds, for one store, the number and name indexes of every
document (knowledge base first, then the facts file) and walks article →
clause → point. Typed queries (``Resolver.resolve``) get Vietnamese answers
that say what exists ("Luật 10/2022/QH15 có 91 điều"); targets found in
running text (``Resolver.target``) land on a unit, a whole document, an
*external stub* (type, number, date: a document we do not hold) or nowhere.
Build one per store and reuse it: the indexes take about a second.
"""
from __future__ import annotations

import re
from functools import cached_property
from typing import Sequence

from kb.citations.labels import doc_label
from kb.citations.model import (
    Citation, DocRef, ExternalDoc, FoundCitation, Resolution, Target, TargetResolution,
)
from kb.citations.names import KBNames, _strip_type, build_kb_names
from kb.citations.patterns import TYPE_WORDS
from kb.facts import facts
from kb.model import Document, ProvisionId, Unit
from kb.store import Store
from kb.structure import article_sort_key
from kb.vntext import fold

#: "bộ luật ", "luật ", …: type words a title may open with (longest first).
_TYPE_PREFIXES = tuple(t.lower() + " " for t in sorted(TYPE_WORDS.values(), key=len, reverse=True))


#: The title of a document's closing article: its effect, transition or execution ("Hiệu lực thi hành", "Điều
#: khoản thi hành", "Quy định chuyển tiếp", "Tổ chức thực hiện", "Trách nhiệm thi hành").
_CLOSING_ARTICLE = re.compile(r"thi hành|hiệu lực|chuyển tiếp|điều khoản|tổ chức thực hiện", re.IGNORECASE)


def held_in_part(articles: Sequence[Unit]) -> bool:
    """Does the knowledge base hold only part of a document's articles? A document read from the Bộ pháp điển
    keeps only the articles codified in the subjects (đề mục) the corpus has — the Bộ luật Lao động 2019 has 220
    articles, its subject "Lao động" 169. It is whole when its articles run 1, 2, … without a gap and the last is
    a closing article (effect, transition, execution); a document read from its own full text is whole."""
    if not articles or not any("phapdien" in (u.source_path or "") for u in articles[:3]):
        return False
    numbers = {int(m.group()) for u in articles if (m := re.match(r"\d+", u.label or ""))}
    if not numbers:
        return True
    last = max(articles, key=lambda u: article_sort_key(u.label))
    return numbers != set(range(1, max(numbers) + 1)) or not _CLOSING_ARTICLE.search(last.title or "")


def _name_key(doc_type: str, name: str) -> str:
    n = name.strip().lower()
    for p in _TYPE_PREFIXES:
        if n.startswith(p):
            n = n[len(p):]
            break
    return f"{fold(doc_type)}|{fold(n)}".strip()


def _issued_matches(cited: str | None, issued: str | None) -> bool:
    if not cited or not issued:
        return True
    return issued.startswith(cited) if len(cited) == 4 else issued == cited


class Resolver:
    """Number/name indexes of one knowledge base plus the unit walk; build once, use for many citations."""

    def __init__(self, store: "Store", names: KBNames | None = None):
        self.store = store
        if names is not None:
            self.names = names
        self._docs: dict[str, "Document | None"] = {}
        self._refs: dict[DocRef, tuple] = {}
        self._units: dict[str, "Unit | None"] = {}

    # -- indexes ---------------------------------------------------------------------
    @cached_property
    def docs(self) -> dict[str, "Document"]:
        """Every document of the store (metadata), by id."""
        return {d.doc_id: d for d in self.store.documents()}

    @cached_property
    def names(self) -> KBNames:
        """Names for the finder (``names.table``) and the name → ids index of running text."""
        return build_kb_names(self.store)

    @cached_property
    def by_number(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for d in self.docs.values():
            if d.number:
                out.setdefault(fold(d.number), []).append(d.doc_id)
        return out

    @cached_property
    def by_name(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for d in self.docs.values():
            if d.title:
                out.setdefault(_name_key(d.doc_type, d.title), []).append(d.doc_id)
        for fact in facts().documents.values():
            for name in (fact.title, *fact.aliases):
                ids = out.setdefault(_name_key(fact.doc_type, name), [])
                if fact.doc_id not in ids:
                    ids.insert(0, fact.doc_id)
        return out

    @cached_property
    def _fact_numbers(self) -> list[tuple[str, str]]:
        """(folded number, id) of every document of the facts file, in its order."""
        return [(fold(f.number), f.doc_id) for f in facts().documents.values()]

    @cached_property
    def _by_number_head(self) -> dict[str, list[str]]:
        """Ids of the numbers that continue a given head with "/…" ('59/2023' → 59/2023/NĐ-CP), in
        ``by_number`` order: what ``find`` reads for a partial number, without a scan."""
        out: dict[str, list[str]] = {}
        for k, ids in self.by_number.items():
            for j, ch in enumerate(k):
                if ch == "/":
                    out.setdefault(k[:j], []).extend(ids)
        return out

    @cached_property
    def _by_number_stem(self) -> dict[str, list[str]]:
        """Ids of the numbers (``names.numbers``) that continue a given stem with digits only
        ('34/2007/pl-ubtvqh' → 34/2007/PL-UBTVQH11), in that table's order."""
        out: dict[str, list[str]] = {}
        for n, i in self.names.numbers.items():
            j = len(n)
            while j > 0 and n[j - 1:].isdigit():
                j -= 1
                out.setdefault(n[:j], []).append(i)
        return out

    def find(self, ref: DocRef) -> list[str]:
        """Candidate doc ids for a reference, best first (knowledge base, then the facts file)."""
        out: list[str] = []
        if ref.number:
            key = fold(ref.number)
            exact = self.by_number.get(key, [])
            partial = self._by_number_head.get(key, [])
            cands = exact or partial
            if ref.doc_type:
                typed = [i for i in cands if self.docs[i].doc_type == ref.doc_type]
                cands = typed or cands
            out.extend(cands)
            if not out:
                # Known from the facts file though not ingested.
                for number, doc_id in self._fact_numbers:
                    if number == key or number.startswith(key + "/"):
                        out.append(doc_id)
        elif ref.name:
            wanted = _name_key(ref.doc_type or "", ref.name)
            # The longest known name that is the whole of ``wanted`` or its first words.
            ends = [len(wanted)] + [j for j in range(len(wanted) - 1, 0, -1) if wanted[j] == " "]
            for key in (wanted[:j] for j in ends):
                if key in self.by_name:
                    # Latest issued first: "Luật Đất đai" means the one in force.
                    out.extend(sorted(self.by_name[key], reverse=True,
                                      key=lambda i: (self.docs[i].issued or "") if i in self.docs else "9"))
                    break
        return list(dict.fromkeys(out))

    def stored(self, doc_id: str) -> "Document | None":
        if doc_id not in self._docs:
            self._docs[doc_id] = self.store.document(doc_id)
        return self._docs[doc_id]

    # -- the unit walk -----------------------------------------------------------------
    #: Units remembered by ``unit`` (a whole-corpus graph build looks up ~50k distinct ones).
    UNIT_MEMO = 200_000

    def unit(self, uid: str) -> "Unit | None":
        """``store.unit``, memoised: the same provisions are cited again and again."""
        try:
            return self._units[uid]
        except KeyError:
            pass
        if len(self._units) >= self.UNIT_MEMO:
            self._units.clear()
        u = self._units[uid] = self.store.unit(uid)
        return u

    def walk(self, doc_id: str, article: str, clause: str | None = None,
             point: str | None = None) -> tuple["Unit | None", str | None]:
        """(deepest unit found, the level missing below it: "article" | "clause" | "point" | None)."""
        pid = ProvisionId.build(doc_id, article)
        unit = self.unit(str(pid))
        if unit is None:
            return None, "article"
        if clause:
            found = self.unit(str(pid.sub("clause", clause)))
            if found is None:
                return unit, "clause"
            unit = found
        if point:
            found = self.unit(str(ProvisionId.of(unit).sub("point", point)))
            if found is None:
                return unit, "point"
            unit = found
        return unit, None

    # -- typed queries -------------------------------------------------------------------
    def resolve(self, cit: Citation) -> Resolution:
        """A typed citation → its unit or document, or a Vietnamese problem naming what exists."""
        store = self.store
        if cit.phapdien_code:
            unit = store.unit_by_code(cit.phapdien_code) or _by_code_folded(store, cit.phapdien_code)
            if unit is None:
                return Resolution(cit, None, None, f"Không có điều mang mã pháp điển {cit.phapdien_code}.")
            return Resolution(cit, store.document(unit.doc_id), unit)
        if cit.doc is None:
            return Resolution(cit, None, None, "Trích dẫn không nêu văn bản (số hiệu hoặc tên văn bản).")
        # an id typed back ("local:001_ab:d2", "Nghị quyết 24/2008/QH12:d3") names its document
        ids = [cit.doc.doc_id] if cit.doc.doc_id and self.stored(cit.doc.doc_id) else self.find(cit.doc)
        if not ids:
            what = cit.doc.number or cit.doc.name or cit.doc.doc_id or ""
            named = " ".join(filter(None, ((cit.doc.doc_type or "").strip(), what)))
            return Resolution(cit, None, None, f"Không tìm thấy văn bản {named} trong cơ sở dữ liệu.")
        doc = store.document(ids[0])
        if doc is None:  # known from facts only
            return Resolution(cit, None, None,
                              f"Văn bản {ids[0]} được biết đến nhưng chưa có nội dung trong cơ sở dữ liệu.")
        if cit.article is None:
            return Resolution(cit, doc, None)
        unit, missing = self.walk(doc.doc_id, cit.article, cit.clause, cit.point)
        if missing == "article":
            arts = store.units_of(doc.doc_id, "article")
            last = max(arts, key=lambda u: article_sort_key(u.label)) if arts else None
            if held_in_part(arts):
                return Resolution(cit, doc, None,
                                  f"Cơ sở dữ liệu không có Điều {cit.article} {doc_label(doc)}: kho chỉ có {len(arts)} "
                                  f"điều của văn bản này (các điều đã được pháp điển hóa vào các đề mục có trong kho, "
                                  f"điều cuối là Điều {last.label if last else 0}), nên chưa kết luận được điều này "
                                  f"không tồn tại.", partial=True)
            return Resolution(cit, doc, None,
                              f"{doc_label(doc)} không có Điều {cit.article}: văn bản có {len(arts)} điều"
                              f" (Điều cuối là Điều {last.label if last else 0}).")
        if missing == "clause":
            n = sum(1 for c in store.children(unit.uid) if c.level == "clause")
            return Resolution(cit, doc, unit,
                              f"Điều {cit.article} {doc_label(doc)} không có khoản {cit.clause}: "
                              f"điều này có {n} khoản.")
        if missing == "point":
            letters = [c.label for c in store.children(unit.uid) if c.level == "point"]
            where = f"khoản {cit.clause} Điều {cit.article}" if cit.clause else f"Điều {cit.article}"
            have = ", ".join(letters) if letters else "không có điểm nào"
            return Resolution(cit, doc, unit,
                              f"{where} {doc_label(doc)} không có điểm {cit.point} (có: {have}).")
        return Resolution(cit, doc, unit)

    # -- citations found in running text ---------------------------------------------------
    def document(self, ref: DocRef) -> tuple["Document | None", ExternalDoc | None]:
        """The knowledge-base document a reference names, else an external stub (memoised)."""
        hit = self._refs.get(ref)
        if hit is None:
            hit = self._refs[ref] = self._document(ref)
        return hit

    def _document(self, ref: DocRef) -> tuple["Document | None", ExternalDoc | None]:
        if ref.doc_id:
            doc = self.stored(ref.doc_id)
            if doc is not None:
                return doc, None
            if not (ref.number or ref.name):
                return None, None  # the text under review itself, not ingested
        ids: list[str] = []
        issued = self.names.issued
        if ref.number:
            # A number identifies the document even when the cited date is wrong.
            ids = self.find(DocRef(ref.doc_type, ref.number)) or self._by_number_prefix(ref.number)
        elif ref.name:
            key = (ref.doc_type or "", " ".join(fold(_strip_type(ref.doc_type or "", ref.name)).split()))
            ids = list(self.names.ids.get(key, ())) or self.find(ref)
            ids = [i for i in ids if _issued_matches(ref.issued, issued.get(i))]
            if ref.not_after:
                ids = [i for i in ids if (issued.get(i) or "") <= ref.not_after]
            # The latest of several laws of one name is the one in force.
            ids.sort(key=lambda i: issued.get(i) or "", reverse=True)
        for i in ids:
            doc = self.stored(i)
            if doc is not None:
                return doc, None
            ext = self._known(i, ref)
            if ext is not None:
                return None, ext
        return None, ExternalDoc(ref.doc_type, ref.number, ref.name, ref.issued, False)

    def _by_number_prefix(self, number: str) -> list[str]:
        """'34/2007/PL-UBTVQH' → 34/2007/PL-UBTVQH11: the legislature's term left out."""
        return list(self._by_number_stem.get(fold(number), ()))

    def _known(self, doc_id: str, ref: DocRef) -> ExternalDoc | None:
        fact = facts().documents.get(doc_id)
        if fact is None:
            return None
        number = getattr(fact, "number", None) or (doc_id if re.search(r"\d[/-]", doc_id) else None)
        return ExternalDoc(fact.doc_type, number, ref.name or fact.title, fact.issued or ref.issued, True)

    def target(self, target: Target) -> TargetResolution:
        if target.doc is None:
            return TargetResolution(target, "unresolved",
                                    problem="Trích dẫn không nêu văn bản và không suy ra được từ ngữ cảnh.")
        doc, ext = self.document(target.doc)
        if doc is None and ext is None:
            return TargetResolution(target, "unresolved", problem=(
                f"«{target.doc.doc_type or 'Văn bản'} này» là chính văn bản đang xét "
                f"({target.doc.doc_id}), chưa được nạp vào cơ sở dữ liệu."))
        if doc is None:
            return TargetResolution(target, "external", external=ext)
        if target.article is None:
            return TargetResolution(target, "document", doc=doc)
        unit, missing = self.walk(doc.doc_id, target.article, target.clause, target.point)
        if missing == "article":
            return TargetResolution(target, "document", doc=doc,
                                    problem=f"Văn bản {doc.doc_id} không có Điều {target.article}.")
        if missing == "clause":
            return TargetResolution(target, "unit", doc=doc, unit=unit,
                                    problem=f"Điều {target.article} không có khoản {target.clause}.")
        if missing == "point":
            return TargetResolution(target, "unit", doc=doc, unit=unit,
                                    problem=f"Không có điểm {target.point} tại {unit.uid}.")
        return TargetResolution(target, "unit", doc=doc, unit=unit)


def resolve_found(store: "Store", found: FoundCitation | Sequence[FoundCitation],
                  resolver: Resolver | None = None) -> list[TargetResolution]:
    """Resolve every target of one citation (or of a list of citations), in order.

    Pass a ``Resolver`` to reuse its indexes across many calls.
    """
    resolver = resolver or Resolver(store)
    items = [found] if isinstance(found, FoundCitation) else list(found)
    return [resolver.target(t) for c in items for t in c.targets]


def _by_code_folded(store: "Store", code: str) -> "Unit | None":
    """Pháp điển codes typed in lower case or without marks ('44.13.nd.1.3')."""
    key = fold(code)
    # the leading numbers ("44.13.") are written alike however the code is typed: look under them
    segs = key.split(".")
    head = 0
    while head < len(segs) - 1 and segs[head].isdigit():
        head += 1
    prefix = ".".join(segs[:max(head, 1)]) + "."
    for stored, uid in store.codes_with_prefix(prefix):
        if fold(stored) == key:
            return store.unit(uid)
    return None
