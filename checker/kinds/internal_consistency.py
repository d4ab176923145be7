"""Kind 6 — internal consistency: the document against itself.

1. ``totals``: a total and its listed parts — "41 thành viên (01 Trưởng ban, 01
   Phó Trưởng ban và 38 ủy viên)" — or a ratio and its percentage — "23/31
   doanh nghiệp (đạt 74%)". A parenthesis counts as a breakdown only when every
   part starts with a number (not "trong đó", "giảm từ … xuống …").
2. ``names``: a place written two ways that differ only in diacritics ("phường
   Phù Liễn" / "phường Phù Liên"), or a body under its official name and under
   another ("Ban Giám sát đầu tư của cộng đồng" / "… đầu tư cộng đồng").
3. ``dates``: one document number cited with two different dates, when the
   knowledge base does not know the document (otherwise ``wrong_date`` of kind
   4 says which date is right).
4. ``numbering``: the same Điều, Roman section or clause number twice.
"""
from __future__ import annotations

import re
from collections import Counter

from checker.basis import vn_date
from checker.kinds import Context, check_keys, cue_regex, finding
from checker.model import Evidence, Finding, Rule
from checker.text import normalize_tones
from corpus.official import ARTICLE, PART, ROMAN
from kb.vntext import fold

CHECKS = ("totals", "names", "dates", "numbering")
NUMBER = r"\d{1,3}(?:\.\d{3})*"
TOTAL = re.compile(rf"(?<![\d/.,])(?P<total>{NUMBER})\s+(?P<noun>[^\d()%;:]{{1,90}}?)\s*\((?P<inner>[^()]{{3,400}})\)")
RATIO = re.compile(r"(?<![\d/.,])(?P<a>\d{1,4})\s*/\s*(?P<b>\d{1,4})(?![\d/])[^()]{0,90}?\(\s*(?:đạt|chiếm|bằng|tỷ lệ|tỉ lệ)?\s*(?P<p>\d{1,3}(?:[.,]\d+)?)\s*%\s*\)")
NOT_BREAKDOWN = re.compile(r"(?<!\w)(trong do|giam|tang|tu \d|xuong|dat|chiem|ty le|ti le|bang|khoang|tren|duoi|gan)(?!\w)")
PART_SPLIT = re.compile(r"\s*(?:;|,|\s+va\s+|\s+và\s+)\s*")
PLACE = re.compile(
    r"(?<![\w])(?i:(?P<kw>phường|xã|thôn|bản|ấp|tổ dân phố|thị trấn|huyện|quận|tỉnh|thành phố|đặc khu|làng|xóm))"
    r"\s+(?P<name>[^\W\d_][^\W\d_]*(?:\s+[^\W\d_]+){0,3})"
)
CLAUSE_NO = re.compile(r"^(\d{1,2})\.\s+\S")


def validate(detect: dict) -> None:
    check_keys(detect, {"check"}, ["check"])
    if detect["check"] not in CHECKS:
        raise ValueError(f"'check' phải là một trong: {', '.join(CHECKS)}")


def _num(s: str) -> int:
    return int(s.replace(".", ""))


def _ev(ctx: Context, p, a: int, b: int) -> Evidence:
    ev = ctx.doc.evidence(p, a, b)
    return Evidence(ev.text, p.line_at(a), ev.end_line, ev.paragraph, ev.section)


def check_totals(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        text, f = p.text, p.folded
        for m in TOTAL.finditer(text):
            inner_f = f[m.start("inner"):m.end("inner")].strip()
            if not inner_f[:1].isdigit() or NOT_BREAKDOWN.search(inner_f):
                continue
            segs: list[str] = []
            for seg in PART_SPLIT.split(m.group("inner").strip()):
                if seg[:1].isdigit() or not segs:
                    segs.append(seg)
                else:
                    segs[-1] += ", " + seg
            nums = []
            for seg in segs:
                nm = re.match(rf"({NUMBER})\s+\D", seg)
                if not nm:
                    nums = []
                    break
                nums.append(_num(nm.group(1)))
            total = _num(m.group("total"))
            if len(nums) < 2 or any(n > total for n in nums) or sum(nums) == total:
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()),
                               found=f"{total} {m.group('noun').strip()}",
                               detail=f"{' + '.join(str(n) for n in nums)} = {sum(nums)}, không phải {total}"))
        for m in RATIO.finditer(text):
            a, b = int(m.group("a")), int(m.group("b"))
            pct = float(m.group("p").replace(",", "."))
            if b == 0 or a > b:
                continue
            if abs(100.0 * a / b - pct) > 1.0:
                out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=f"{a}/{b} ({pct:g}%)",
                                   detail=f"{a}/{b} = {100.0 * a / b:.1f}%, không phải {pct:g}%"))
    return out


def check_names(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    places: dict[str, list[tuple[str, object, int, int]]] = {}
    for p in ctx.doc.paras:
        for m in PLACE.finditer(p.text):
            words = m.group("name").split()
            keep = []
            for w in words:  # a proper name: every syllable capitalised ("Phù Liễn", "PHÙ LIỄN")
                if not w[:1].isupper():
                    break
                keep.append(w)
            if not keep:
                continue
            name = " ".join(keep)
            end = m.start("name") + len(name)
            kw = m.group("kw").lower()
            key = f"{fold(kw)} {fold(name)}"
            places.setdefault(key, []).append((normalize_tones(name), p, m.start("name"), end))
    for key, uses in places.items():
        forms = Counter(u[0] for u in uses)
        if len(forms) < 2:
            continue
        main = forms.most_common(1)[0][0]
        main_name = next(u for u in uses if u[0] == main)
        for form, p, a, b in uses:
            if form == main:
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b],
                               usual=ctx.doc.paras[main_name[1].index - 1].text[main_name[2]:main_name[3]],
                               count=forms[main]))
    for body in ctx.lexicon.bodies:
        variants = tuple(v for v in body.variants if not v.split()[-1].isupper())
        if not variants:
            continue
        canon, other = cue_regex((body.name,)), cue_regex(variants)
        canon_lines, var_hits = [], []
        for p in ctx.doc.paras:
            canon_spans = [(m.start(), m.end()) for m in canon.finditer(p.key)]
            canon_lines += [p.line_at(a) for a, _ in canon_spans]
            for m in other.finditer(p.key):
                if not any(a <= m.start() < b for a, b in canon_spans):
                    var_hits.append((p, m.start(), m.end()))
        if canon_lines and var_hits:
            seen_paras = set()
            for p, a, b in var_hits:
                if p.index in seen_paras:
                    continue
                seen_paras.add(p.index)
                out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b], usual=body.name,
                                   count=len(canon_lines)))
    return out


def check_dates(rule: Rule, ctx: Context) -> list[Finding]:
    groups: dict[str, list] = {}
    for m in ctx.mentions:
        ref = m.ref
        if ref is None or not ref.number or not ref.issued or len(ref.issued) != 10:
            continue
        known, _ = ctx.identifier.identify(ref)
        if known is not None and known.issued:
            continue  # kind 4 (wrong_date) compares with the known date
        groups.setdefault(fold(ref.number).replace(" ", ""), []).append(m)
    out = []
    for ms in groups.values():
        dates = Counter(m.ref.issued for m in ms)
        if len(dates) < 2:
            continue
        main = dates.most_common(1)[0][0]
        main_lines = [m.line for m in ms if m.ref.issued == main]
        for m in ms:
            if m.ref.issued == main:
                continue
            ev = ctx.doc.evidence(m.para, m.start, m.end)
            out.append(finding(rule, ctx, Evidence(ev.text, m.line, ev.end_line, ev.paragraph, ev.section),
                               doc=m.ref.number, found=vn_date(m.ref.issued), usual=vn_date(main),
                               lines=", ".join(map(str, main_lines))))
    return out


def check_numbering(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    articles: dict[str, int] = {}
    romans: dict[str, int] = {}
    clauses: dict[str, int] = {}
    part = ""
    for p in ctx.doc.zone("body"):
        t = p.text
        if p.section.split(",")[0].endswith("kèm theo") and p.section.split(",")[0] != part:
            part = p.section.split(",")[0]  # an attached Quy chế restarts its numbering
            articles, romans, clauses = {}, {}, {}
        if PART.match(t):
            romans, clauses = {}, {}
            continue
        am = ARTICLE.match(t)
        rm = ROMAN.match(t) if not articles else None
        cm = CLAUSE_NO.match(t)
        if am:
            label, seen, kind = am.group(1), articles, "Điều"
            clauses = {}
        elif rm:
            label, seen, kind = rm.group(1), romans, "Mục"
            clauses = {}
        elif cm:
            label, seen, kind = cm.group(1), clauses, "khoản"
        else:
            continue
        if label in seen:
            out.append(finding(rule, ctx, ctx.doc.evidence(p, 0, min(len(t), 120)),
                               found=f"{kind} {label}", first=seen[label]))
        else:
            seen[label] = p.line
    return out


def check(rule: Rule, ctx: Context) -> list[Finding]:
    return {"totals": check_totals, "names": check_names, "dates": check_dates,
            "numbering": check_numbering}[rule.detect["check"]](rule, ctx)
