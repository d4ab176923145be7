"""Kind 4 — outdated or invalid references, as of the check date.

One ``check`` per rule (``detect.check``):

1. ``ended``: a cited document replaced or repealed on the check date
   (``kb.facts.status_as_of``); in the body only where the text uses it as a
   current basis ("theo", "căn cứ", "thực hiện", "quy định tại");
2. ``missing_provision``: an Điều / khoản / điểm the cited document does not
   have (``kb.citations.resolve``); when the document was amended by a text we do not
   hold, the finding says the article may have been added rather than guess;
3. ``wrong_date`` / ``wrong_issuer``: a known document cited with another date
   or issuer than it has;
4. ``abolished_level``: "cấp huyện", "thị trấn"… in a normative document
   checked on or after the 2025 reform (patterns from the facts file);
5. ``amended_not_cited``: a Căn cứ cites a document amended on the check date
   but not the amending document.
"""
from __future__ import annotations

import re

from checker.basis import vn_date
from checker.citations import Mention, fold_issuer
from checker.kinds import Context, check_keys, cue_regex, finding
from checker.model import Basis, Evidence, FactRef, Finding, Rule
from kb.citations.model import Citation, DocRef
from kb.facts import ENDED, facts, status_as_of

CHECKS = ("ended", "missing_provision", "wrong_date", "wrong_issuer", "abolished_level", "amended_not_cited")
WHERE = {"basis": ("basis",), "body": ("preamble", "body"), "all": ("header", "basis", "preamble", "body", "closing")}
CURRENT_USE = ("theo", "căn cứ", "thực hiện", "quy định tại", "áp dụng", "tại", "của", "hướng dẫn tại")
ABOUT_REPEAL = ("hết hiệu lực", "bãi bỏ", "thay thế", "trước đây", "trước khi", "đã được thay", "giai đoạn")


def validate(detect: dict) -> None:
    check_keys(detect, {"check", "where", "names"}, ["check"])
    if detect["check"] not in CHECKS:
        raise ValueError(f"'check' phải là một trong: {', '.join(CHECKS)}")
    if detect.get("where", "all") not in WHERE:
        raise ValueError(f"'where' phải là một trong: {', '.join(WHERE)}")


def _mentions(rule: Rule, ctx: Context) -> list[Mention]:
    zones = WHERE[rule.detect.get("where", "all")]
    return [m for m in ctx.mentions if m.para.zone in zones and m.ref is not None and not m.target.relative]


def _ev(ctx: Context, m: Mention) -> Evidence:
    ev = ctx.doc.evidence(m.para, m.start, m.end)
    return Evidence(ev.text, m.line, ev.end_line, ev.paragraph, ev.section)


def _provision_basis(ctx: Context, by: str, by_provision: str | None) -> Basis | None:
    """'Điều 90 khoản 2' of 10/2022/QH15 → the quoted provision, when the KB has it."""
    if not by_provision:
        return None
    m = re.match(r"Điều\s+(\d+)(?:\s+khoản\s+(\d+))?", by_provision)
    if not m:
        return None
    cit = f"{'khoản ' + m.group(2) + ' ' if m.group(2) else ''}Điều {m.group(1)} {by}"
    b = ctx.resolver.resolve(cit)
    return b if isinstance(b, Basis) else None


def check_ended(rule: Rule, ctx: Context) -> list[Finding]:
    out, seen = [], set()
    for m in _mentions(rule, ctx):
        known, _ = ctx.identifier.identify(m.ref)
        if known is None or known.doc_id in seen:
            continue
        status = status_as_of(known.doc_id, "norm", known.effective, ctx.as_of)
        if status.label != ENDED:
            continue
        f = m.para.key
        if m.para.zone != "basis":
            before = f[max(0, m.start - 40):m.start]
            if not cue_regex(CURRENT_USE).search(before):
                continue
            if cue_regex(ABOUT_REPEAL).search(f[max(0, m.start - 80):m.end + 80]):
                continue
        seen.add(known.doc_id)
        rels = [r for r in facts().relations_to(known.doc_id) if r.kind in ("replaces", "repeals", "ends")
                and r.effective and r.effective <= ctx.as_of]
        basis: list[Basis] = []
        for r in rels:
            pb = _provision_basis(ctx, r.by, r.by_provision)
            if pb:
                basis.append(pb)
        fb = ctx.resolver.fact(FactRef("document", known.doc_id))
        if isinstance(fb, Basis):
            basis.append(fb)
        r0 = rels[0] if rels else None
        out.append(finding(
            rule, ctx, _ev(ctx, m), basis=tuple(basis), doc=known.label, status=status.label,
            by=r0.by if r0 else "?", date=vn_date(r0.effective) if r0 else "?",
            notes=status.notes, uncertain=status.uncertain or any(r.mark == "open" for r in rels)))
    return out


def check_missing_provision(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    for m in _mentions(rule, ctx):
        for t in m.found.targets:
            if t.article is None or t.relative or t.doc is None:
                continue
            known, by_number = ctx.identifier.identify(t.doc)
            if known is None or not known.in_kb:
                continue
            if not by_number and not ctx.normative:
                continue  # a report naming "Bộ luật Lao động" may mean an older code
            cit = Citation(m.start, m.end, m.text, DocRef(number=known.doc_id), t.article, t.clause, t.point)
            res = ctx.resolver.index.resolve(cit)
            if not res.problem:
                continue
            notes, uncertain = ctx.resolver.amendment_notes(known.doc_id)
            if notes:
                notes = notes + ("Văn bản sửa đổi có thể đã bổ sung điều, khoản này: chưa thể kết luận "
                                 "trích dẫn sai khi chưa có văn bản sửa đổi.",)
            basis = (res.unit and ctx.resolver.unit_basis(res.unit.uid),) if res.unit else ()
            out.append(finding(rule, ctx, _ev(ctx, m), basis=tuple(b for b in basis if b),
                               problem=res.problem, doc=known.label, notes=notes, uncertain=bool(notes)))
            break
    return out


def _same_doc_dates(ctx: Context, doc_id: str) -> dict[str, list[int]]:
    dates: dict[str, list[int]] = {}
    for m in ctx.mentions:
        if m.ref is None or not m.ref.issued or len(m.ref.issued) != 10:
            continue
        k, _ = ctx.identifier.identify(m.ref)
        if k is not None and k.doc_id == doc_id:
            dates.setdefault(m.ref.issued, []).append(m.line)
    return dates


def check_wrong_date(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    for m in _mentions(rule, ctx):
        cited = m.ref.issued
        if not cited or len(cited) != 10:
            continue
        known, _ = ctx.identifier.identify(m.ref)
        if known is None or not known.issued or len(known.issued) != 10 or known.issued == cited:
            continue
        others = _same_doc_dates(ctx, known.doc_id).get(known.issued, [])
        where = (f" (chính văn bản này cũng ghi đúng ngày {vn_date(known.issued)} ở dòng "
                 f"{', '.join(map(str, others))})") if others else ""
        fb = ctx.resolver.fact(FactRef("document", known.doc_id))
        basis = (fb,) if isinstance(fb, Basis) else ()
        out.append(finding(rule, ctx, _ev(ctx, m), basis=basis, doc=known.label,
                           cited_date=vn_date(cited), known_date=vn_date(known.issued), others=where))
    return out


def check_wrong_issuer(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    for m in _mentions(rule, ctx):
        if not m.issuer:
            continue
        known, _ = ctx.identifier.identify(m.ref)
        if known is None or not known.issuer:
            continue
        actual = fold_issuer(known.issuer)
        cited = fold_issuer(m.issuer)
        if actual == cited or actual.startswith(cited + " ") and cited.startswith("bo "):
            continue
        out.append(finding(rule, ctx, _ev(ctx, m), doc=known.label, cited_issuer=m.issuer,
                           known_issuer=known.issuer))
    return out


_TITLE_AFTER = re.compile(r"[^;.()]{0,60}?(?<!\w)(?:về|ve)\s[^;.()]*")


def _title_end(m: Mention) -> int:
    """End of the cited document's title ("Pháp lệnh số 34/2007/PL-UBTVQH11 về … thị trấn")."""
    t = _TITLE_AFTER.match(m.para.key, m.end)
    return t.end() if t else m.end


def check_abolished_level(rule: Rule, ctx: Context) -> list[Finding]:
    if not ctx.normative:
        return []
    levels = [a for a in facts().abolished_levels if a.effective <= ctx.as_of]
    if not levels:
        return []
    spans_by_para: dict[int, list[tuple[int, int]]] = {}
    for m in ctx.mentions:
        spans_by_para.setdefault(m.para.index, []).append((m.start, _title_end(m)))
    out = []
    for p in ctx.doc.zone(*WHERE[rule.detect.get("where", "all")]):
        hits = []
        for lv in levels:
            for mm in cue_regex(tuple(lv.patterns)).finditer(p.key):
                if any(a <= mm.start() < b for a, b in spans_by_para.get(p.index, ())):
                    continue  # inside a cited title ("Pháp lệnh … ở xã, phường, thị trấn")
                hits.append((mm.start(), mm.end(), lv))
        if not hits:
            continue
        hits.sort(key=lambda h: h[0])
        terms = list(dict.fromkeys(h[2].term for h in hits))
        found = list(dict.fromkeys(p.text[a:b] for a, b, _ in hits))
        a = hits[0][0]
        ev = ctx.doc.evidence(p)
        ev = Evidence(ev.text, p.line_at(a), ev.end_line, ev.paragraph, ev.section)
        basis = tuple(b for b in (ctx.resolver.fact(FactRef("abolished_level", t)) for t in terms)
                      if isinstance(b, Basis))
        out.append(finding(rule, ctx, ev, basis=basis, term=", ".join(terms), found="; ".join(found),
                           date=vn_date(hits[0][2].effective)))
    return out


def check_amended_not_cited(rule: Rule, ctx: Context) -> list[Finding]:
    cited_ids = set()
    for m in ctx.mentions:
        k, _ = ctx.identifier.identify(m.ref) if m.ref else (None, False)
        if k:
            cited_ids.add(k.doc_id)
    out, seen = [], set()
    for m in _mentions(rule, ctx):
        known, _ = ctx.identifier.identify(m.ref)
        if known is None or known.doc_id in seen:
            continue
        rels = [r for r in facts().relations_to(known.doc_id)
                if r.kind in ("amends", "supplements") and r.effective and r.effective <= ctx.as_of
                and r.by not in cited_ids]
        if not rels:
            continue
        seen.add(known.doc_id)
        by = ", ".join(dict.fromkeys(r.by for r in rels))
        basis = tuple(b for b in (ctx.resolver.fact(FactRef("document", r.by)) for r in rels)
                      if isinstance(b, Basis))
        out.append(finding(rule, ctx, _ev(ctx, m), basis=basis, doc=known.label, by=by,
                           date=vn_date(rels[0].effective), uncertain=any(r.mark == "open" for r in rels)))
    return out


def check(rule: Rule, ctx: Context) -> list[Finding]:
    return {
        "ended": check_ended, "missing_provision": check_missing_provision,
        "wrong_date": check_wrong_date, "wrong_issuer": check_wrong_issuer,
        "abolished_level": check_abolished_level, "amended_not_cited": check_amended_not_cited,
    }[rule.detect["check"]](rule, ctx)
