"""Citations in the checked document, via ``kb.citations.find.find_citations``, identified in the KB.

This module does not extract citations itself: it runs the project's citation
finder paragraph by paragraph (so every citation keeps its paragraph and
line), reads the issuer written after a citation ("… của Chính phủ"), and
identifies the cited document among the knowledge base and the facts file,
using the cited date to choose between documents that share a name (Luật Tổ
chức chính quyền địa phương 2015 vs 2025).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from checker.text import InputDoc, Para, fold_keep_length
from kb.citations.find import find_citations
from kb.citations.model import DocRef, FoundCitation, Target
from kb.facts import facts
from kb.citations.resolve import Resolver
from kb.store import Store

#: Issuers as written after "của" (folded), longest first when matching.
ISSUERS = (
    "thu tuong chinh phu", "chinh phu", "uy ban thuong vu quoc hoi", "quoc hoi", "bo chinh tri",
    "ban bi thu", "ban chap hanh trung uong", "chu tich nuoc", "hoi dong nhan dan", "uy ban nhan dan",
)
_ISSUER_RE = re.compile(
    r"^\s*,?\s*(?:cua|do)\s+(?P<issuer>" + "|".join(sorted(ISSUERS, key=len, reverse=True)) + r")\b"
    r"|^\s*,?\s*(?:cua|do)\s+(?P<ministry>bo\s+(?!chinh\s+tri)[a-z ,&\-]+?)"
    r"(?=\s+(?:ve|quy\s+dinh|huong\s+dan|ban\s+hanh|sua\s+doi)\b|[;.)]|$)"
)


@dataclass(frozen=True)
class Mention:
    """One citation found in the checked text, with its paragraph."""

    para: Para
    start: int
    end: int
    found: FoundCitation
    issuer: str | None  # issuer as written after the citation ("Chính phủ"), if any

    @property
    def text(self) -> str:
        return self.para.text[self.start:self.end]

    @property
    def target(self) -> Target:
        return self.found.targets[0]

    @property
    def ref(self) -> DocRef | None:
        return self.target.doc

    @property
    def line(self) -> int:
        return self.para.line_at(self.start)


@dataclass(frozen=True)
class KnownDoc:
    """What the knowledge base and the facts file know about a cited document."""

    doc_id: str
    doc_type: str
    label: str
    issuer: str
    issued: str | None
    effective: str | None
    kind: str
    in_kb: bool


#: A dash other than "-" inside a document number ("04/2015/NĐ–CP", "NĐ—CP"): read as "-".
_NUMBER_DASH = re.compile(r"(?<=[\w/])[–—‐‑−](?=[A-ZĐ]{1,8}\b)")


def number_dashes(text: str) -> str:
    """``text`` with en/em dashes inside document numbers replaced by "-" (same length)."""
    return _NUMBER_DASH.sub("-", text)


def find_mentions(doc: InputDoc) -> list[Mention]:
    """Every citation of every paragraph, in reading order."""
    out: list[Mention] = []
    ctype = doc.header.doc_type or doc.parsed.doc_type or None
    for para in doc.paras:
        if not any(ch.isdigit() for ch in para.text) and "Luật" not in para.text \
                and "LUẬT" not in para.text and "Pháp lệnh" not in para.text:
            continue
        for c in find_citations(number_dashes(para.text), context_doc="local:checked", context_type=ctype):
            if not c.targets:
                continue
            m = _ISSUER_RE.match(para.folded[c.end:c.end + 80])
            issuer = None
            if m:
                g = "issuer" if m.group("issuer") else "ministry"
                issuer = " ".join(para.text[c.end + m.start(g):c.end + m.end(g)].split()) or None
            out.append(Mention(para, c.start, c.end, c, issuer))
    return out


def _year(s: str | None) -> str | None:
    return s[:4] if s else None


class Identifier:
    """Maps a cited ``DocRef`` onto a known document (KB first, then facts)."""

    def __init__(self, store: Store, index: Resolver, cache: dict | None = None):
        self.store, self.index = store, index
        # Shared by every check against the same knowledge base: a partial number look-up scans the index.
        self._cache: dict[tuple, KnownDoc | None] = cache if cache is not None else {}

    @cached_property
    def _facts(self):
        return facts()

    def known(self, doc_id: str) -> KnownDoc | None:
        fact = self._facts.documents.get(doc_id)
        d = self.store.document(doc_id)
        if d is None and fact is None:
            return None
        number = getattr(fact, "number", None) or (d.number if d else None) or doc_id
        dtype = (fact.doc_type if fact else None) or d.doc_type
        return KnownDoc(
            doc_id=doc_id, doc_type=dtype, label=f"{dtype} {number}",
            issuer=(fact.issuer if fact and fact.issuer else (d.issuer if d else "")),
            issued=(fact.issued if fact and fact.issued else (d.issued if d else None)),
            effective=(fact.effective if fact and fact.effective else (d.effective if d else None)),
            kind=(d.kind if d else "norm"), in_kb=d is not None,
        )

    def identify(self, ref: DocRef | None, on: str | None = None) -> tuple[KnownDoc | None, bool]:
        """(document, by_number). None when unknown or ambiguous.

        ``on``: the date the citing text speaks from; a law cited by name only ("Luật Tổ chức chính
        quyền địa phương") in a 2026 text is the one in force then, not its 2015 predecessor.
        """
        if ref is None or ref.doc_id:
            return None, False
        key = (ref.doc_type, ref.number, ref.name, ref.issued, None if ref.number or ref.issued else on)
        if key in self._cache:
            return self._cache[key], bool(ref.number)
        out = None
        if ref.number:
            ids = self.index.find(DocRef(ref.doc_type, ref.number, None))
            ids = [i for i in ids if not i.startswith("local:")]
            if ids and ref.doc_type and ref.number.count("/") < 2:
                # "Quyết định số 22/2018", "NĐ 159/2016": a partial number names a document of that type
                # (not Luật 22/2018/QH14, Thông tư 159/2016/TT-BTC); the facts file may know it
                typed = [k for k in (self.known(i) for i in ids) if k is not None and k.doc_type == ref.doc_type]
                if not typed:
                    key = fold_issuer(ref.number).replace(" ", "") + "/"
                    typed = [k for k in (self.known(i) for i in self._facts.documents
                                         if fold_issuer(i).replace(" ", "").startswith(key))
                             if k is not None and k.doc_type == ref.doc_type]
                out = typed[0] if len(typed) == 1 else None
            elif ids:
                out = self.known(ids[0])
            else:  # "34/2007/PL-UBTVQH" for 34/2007/PL-UBTVQH11: the term number of the issuer left out
                cited = fold_issuer(ref.number).replace(" ", "")
                ids = [i for i in self._facts.documents
                       if (n := fold_issuer(i).replace(" ", "")).startswith(cited) and n[len(cited):].isdigit()]
                if len(ids) == 1:
                    out = self.known(ids[0])
        elif ref.name:
            ids = [i for i in self.index.find(DocRef(ref.doc_type, None, ref.name))
                   if not i.startswith("local:")]
            cands = [k for k in (self.known(i) for i in ids) if k is not None]
            if len(cands) == 1:
                out = cands[0]
            elif cands and ref.issued:
                same = [k for k in cands if k.issued and (k.issued == ref.issued
                                                          or _year(k.issued) == ref.issued)]
                if len(same) == 1:
                    out = same[0]
            elif cands and on:
                live = [k for k in cands if k.effective and k.effective <= on and not self._ended(k.doc_id, on)]
                if len(live) == 1:
                    out = live[0]
        self._cache[key] = out
        return out, bool(ref.number)


    def _ended(self, doc_id: str, on: str) -> bool:
        return any(r.kind in ("replaces", "repeals", "ends") and r.effective and r.effective <= on
                   for r in self._facts.relations_to(doc_id))


def fold_issuer(name: str) -> str:
    f = " ".join(fold_keep_length(name).split())
    return re.sub(r"^bo truong ", "bo ", f)
