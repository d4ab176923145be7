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
4. ``numbering``: the same Điều, Roman section or clause number twice; an
   attached document (a Quy chế after its Quyết định) starts its own numbering.
5. ``members``: "gồm 03 thành viên:" followed by a list of four people.
6. ``restated``: one count of the community stated twice with two values ("Tổ dân
   phố số 5 có 164 hộ" … "Tổng số hộ trong tổ dân phố: 146 hộ").

Numbers are read in Vietnamese notation (1.846 hộ; 91,4%). Rounding tolerance of
a percentage: one unit of its last written digit (74% ± 1; 91,4% ± 0,1), so a
percentage truncated instead of rounded is not reported.
"""
from __future__ import annotations

import re
from collections import Counter

from checker.basis import vn_date
from checker.kinds import Context, check_keys, cue_regex, finding
from checker.model import Evidence, Finding, Rule
from checker.text import fold_keep_length, normalize_tones
from corpus.official import ARTICLE, PART, ROMAN
from kb.vntext import fold

CHECKS = ("totals", "names", "dates", "numbers", "numbering", "members", "restated", "table")
NUMBER = r"\d{1,3}(?:\.\d{3})*"
TOTAL = re.compile(rf"(?<![\d/.,])(?P<total>{NUMBER})\s+(?P<noun>[^\d()%;:]{{1,90}}?)\s*\((?P<inner>[^()]{{3,400}})\)")
RATIO = re.compile(r"(?<![\d/.,])(?P<a>\d{1,4})\s*/\s*(?P<b>\d{1,4})(?![\d/])[^()]{0,90}?\(\s*(?:đạt|chiếm|bằng|tỷ lệ|tỉ lệ)?\s*(?P<p>\d{1,3}(?:[.,]\d+)?)\s*%\s*\)")
NOT_BREAKDOWN = re.compile(r"(?<!\w)(trong do|giam|tang|tu \d|xuong|dat|chiem|ty le|ti le|bang|khoang|tren|duoi|gan)(?!\w)")
#: "gồm 07 thành viên: 01 Trưởng ban, 01 Phó Trưởng ban và 04 Ủy viên" (the breakdown after a colon).
TOTAL_COLON = re.compile(rf"(?<![\d/.,])(?P<total>{NUMBER})\s+(?P<noun>thành viên|thanh vien|người|nguoi|đại biểu|dai bieu)"
                         r"\s*:\s*(?P<inner>\d[^.:()]{3,300})")
PART_SPLIT = re.compile(r"\s*(?:;|,|\s+va\s+|\s+và\s+)\s*")
PLACE = re.compile(
    r"(?<![\w])(?i:(?P<kw>phường|xã|thôn|bản|ấp|tổ dân phố|thị trấn|huyện|quận|tỉnh|thành phố|đặc khu|làng|xóm))"
    r"\s+(?P<name>[^\W\d_][^\W\d_]*(?:\s+[^\W\d_]+){0,3})"
)
CLAUSE_NO = re.compile(r"^(\d{1,2})\.\s+\S")
#: The title of a document attached to the one that issues it, or its "(Kèm theo …)" line.
ATTACHED = re.compile(r"^\s*(?:(?:QUY CHẾ|QUY ĐỊNH|HƯƠNG ƯỚC|QUY ƯỚC|ĐIỀU LỆ|NỘI QUY|KẾ HOẠCH)(?:\s|$)"
                      r"|\(?\s*(?:Ban hành\s+)?[Kk]èm theo\s+(?:Quyết định|Nghị quyết))")


def validate(detect: dict) -> None:
    check_keys(detect, {"check"}, ["check"])
    if detect["check"] not in CHECKS:
        raise ValueError(f"'check' phải là một trong: {', '.join(CHECKS)}")


def _num(s: str) -> int:
    return int(s.replace(".", ""))


def _ev(ctx: Context, p, a: int, b: int) -> Evidence:
    ev = ctx.doc.evidence(p, a, b)
    return Evidence(ev.text, p.line_at(a), ev.end_line, ev.paragraph, ev.section)


#: "27 cuộc họp …, trong đó: 12 cuộc …; 09 cuộc …; 08 cuộc …" (parts separated by ";").
IN_WHICH = re.compile(rf"(?<![\d/.,])(?P<total>{NUMBER})\s+(?P<noun>[^\W\d_]+)(?P<mid>[^.;:()%\d]{{0,120}}?),?\s*"
                      r"trong\s+(?:đó|do)\s*:?\s*(?P<inner>[^.]{5,600})")
#: "1.846 hộ, đạt 91,4%", "198 (đạt 83,9%)": a count and its percentage.
PERCENT = re.compile(rf"(?<![\w/.,])(?P<a>{NUMBER})(?!\d)(?:\s+(?P<unit>[^\W\d_]+))?(?:\s+[^\W\d_]+){{0,2}}\s*"
                     r"(?:[,(]\s*(?:đạt|chiếm|bằng|dat|chiem|bang)\s+(?:tỷ\s+lệ\s+|tỉ\s+lệ\s+|ty\s+le\s+)?|\(\s*)"
                     r"(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%")
#: "1.846 hộ trên tổng số 2.104 hộ, đạt 91,4%": the count, its whole and the percentage together.
PAIR_PERCENT = re.compile(rf"(?<![\w/.,])(?P<a>{NUMBER})(?!\d)(?:\s+[^\W\d_]+){{0,3}}\s+(?:trên|tren)\s+(?:tổng\s+số\s+|tong\s+so\s+)?"
                          rf"(?P<b>{NUMBER})(?![\d,])(?:\s+[^\W\d_]+){{0,3}}\s*[,(]?\s*(?:đạt|chiếm|bằng|dat|chiem|bang)?\s*"
                          r"(?:tỷ\s+lệ\s+|tỉ\s+lệ\s+|ty\s+le\s+)?(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%")
#: "tổng số hộ trong xã 2.104 hộ", "Tổng số hộ gia đình trong thôn: 236 hộ": the whole a percentage is of.
TOTAL_OF = re.compile(rf"(?:tổng\s+số|tong\s+so)\s+(?P<unit>[^\W\d_]+)[^\d;.%]{{0,60}}?(?P<n>{NUMBER})(?![\d/,])")
#: After the percentage: it is of something else than the stated total.
OTHER_BASE = re.compile(r"^\s*(?:so\s+voi|ke\s+hoach|chi\s+tieu|cung\s+ky|cua\b|so\s)")  # "% số hộ nghèo của xã"


def _tolerance(p: str) -> float:
    """One unit of the last written digit: 74% → 1, 91,4% → 0,1, 63,05% → 0,1 (at least)."""
    return 0.1 if ("," in p or "." in p) else 1.0


def _vn_int(n: int) -> str:
    """1846 → "1.846" (Vietnamese thousands separator)."""
    return f"{n:,}".replace(",", ".")


def _vn_pct(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def _parts(inner: str, sep: re.Pattern) -> list[tuple[int, str]]:
    """(number, following word) of each part; [] when a part does not start with a number."""
    out = []
    for seg in sep.split(inner.strip()):
        seg = seg.strip(" ,")
        if not seg:
            continue
        nm = re.match(rf"({NUMBER})\s+([^\W\d_]+)", seg)
        if not nm:
            return []
        out.append((_num(nm.group(1)), nm.group(2)))
    return out


def _check_in_which(rule: Rule, ctx: Context, p) -> list[Finding]:
    out = []
    for m in IN_WHICH.finditer(p.key):
        parts = _parts(m.group("inner"), re.compile(r"\s*;\s*"))
        total, noun = _num(m.group("total")), m.group("noun")
        # a breakdown: at least two parts, each counted in the total's noun ("27 cuộc họp" → "12 cuộc")
        if len(parts) < 2 or any(w != noun for _, w in parts):
            continue
        s = sum(n for n, _ in parts)
        if s <= total:  # "trong đó" may list only some of the parts; more than the total cannot be
            continue
        out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.start("inner")),
                           found=f"{p.text[m.start('total'):m.end('noun')]}",
                           detail=f"{' + '.join(str(n) for n, _ in parts)} = {s}, nhiều hơn {total}"))
    return out


def _check_percent(rule: Rule, ctx: Context, p) -> list[Finding]:
    out = []
    key = p.key
    fk = fold_keep_length(key)
    totals = [(t.start(), fold_keep_length(t.group("unit")), _num(t.group("n"))) for t in TOTAL_OF.finditer(key)]
    pairs = []
    for m in PAIR_PERCENT.finditer(key):
        a, b = _num(m.group("a")), _num(m.group("b"))
        pairs.append((m.start(), m.end()))
        if b == 0 or a > b:
            continue
        pct = float(m.group("p").replace(",", "."))
        if abs(100.0 * a / b - pct) > _tolerance(m.group("p")) + 1e-9:
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                               detail=f"{_vn_int(a)}/{_vn_int(b)} = {_vn_pct(100.0 * a / b)}%, không phải {m.group('p')}%"))
    for m in PERCENT.finditer(key):
        if any(a <= m.start() < b for a, b in pairs):
            continue
        if key[max(0, m.start() - 1):m.start()] == "/" or OTHER_BASE.match(fk[m.end():m.end() + 20]):
            continue
        a = _num(m.group("a"))
        unit = fold_keep_length(m.group("unit") or "")
        cands = [n for pos, u, n in totals if pos < m.start() and n > a and n != a and (not unit or u == unit)]
        if not cands:
            continue
        b = cands[-1]  # the nearest stated total before the count
        pct = float(m.group("p").replace(",", "."))
        actual = 100.0 * a / b
        if abs(actual - pct) <= _tolerance(m.group("p")) + 1e-9:
            continue
        out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                           detail=f"{_vn_int(a)}/{_vn_int(b)} = {_vn_pct(actual)}%, không phải {m.group('p')}%"))
    return out


def check_totals(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        out += _check_in_which(rule, ctx, p)
        out += _check_percent(rule, ctx, p)
        text, f = p.text, p.folded
        for m in [*TOTAL.finditer(text), *TOTAL_COLON.finditer(text)]:
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
            if abs(100.0 * a / b - pct) > _tolerance(m.group("p")) + 1e-9:
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


_ABOUT = re.compile(r"^[^;.()]{0,80}?(?<!\w)(?:về|ve)\s+(?:việc\s+|viec\s+)?(?P<about>[^;.()]{3,})")


def _about(m) -> str | None:
    """The first words of the title after a citation ("… về thực hiện Quy chế dân chủ …"), folded."""
    a = _ABOUT.match(m.para.key[m.end:m.end + 200])
    return " ".join(fold_keep_length(a.group("about")).split()[:5]) if a else None


def check_numbers(rule: Rule, ctx: Context) -> list[Finding]:
    """One document (same type, issuer mark and full date) cited under two different numbers."""
    groups: dict[tuple, list] = {}
    for m in ctx.mentions:
        ref = m.ref
        if ref is None or not ref.number or not ref.issued or len(ref.issued) != 10 or "/" not in ref.number:
            continue
        head, _, mark = ref.number.partition("/")
        if not head.isdigit():
            continue
        groups.setdefault((ref.doc_type, fold_keep_length(mark).replace(" ", ""), ref.issued), []).append(m)
    out = []
    for ms in groups.values():
        nums = Counter(m.ref.number for m in ms)
        if len(nums) < 2:
            continue
        main = nums.most_common(1)[0][0]
        first = next(m for m in ms if m.ref.number == main)
        for m in ms:
            if m.ref.number == main:
                continue
            a, b = _about(first), _about(m)
            if a and b and a != b:
                continue  # two documents of the same day on different matters
            ev = ctx.doc.evidence(m.para, m.start, m.end)
            out.append(finding(rule, ctx, Evidence(ev.text, m.line, ev.end_line, ev.paragraph, ev.section),
                               found=m.ref.number, usual=main, date=vn_date(m.ref.issued), lines=str(first.line)))
    return out


def check_numbering(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    articles: dict[str, int] = {}
    romans: dict[str, int] = {}
    clauses: dict[str, int] = {}
    for p in ctx.doc.paras:
        t = p.text
        if ATTACHED.match(t):  # "QUY CHẾ … (Kèm theo Quyết định …)": a new document, its own numbering
            articles, romans, clauses = {}, {}, {}
            continue
        if p.zone != "body":
            continue
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


#: "gồm 03 thành viên:" — a stated count followed by the list of its members.
MEMBERS = re.compile(rf"(?:gồm|gom|có|co)\s+(?P<n>\d{{1,2}})\s+(?P<noun>thành viên|thanh vien|người|nguoi|đồng chí|dong chi)"
                     r"\s*(?:,\s*cụ thể|,\s*cu the)?\s*:\s*(?P<rest>.*)$")
BULLET = re.compile(r"^\s*(?:[-–+•*]|[a-zđ]\)|\d{1,2}[.)])\s+")
PERSON = re.compile(r"(?<!\w)(?:ông|bà|ong|ba|đồng chí|dong chi|đ/c|d/c)\s+(?P<initial>[^\W\d_])", re.IGNORECASE)


def _style(marker: str) -> str:
    """Kind of list marker: "-" (any dash or bullet), "a)" or "1."; a change of kind ends the list."""
    m = marker.strip()
    return "dash" if m[:1] in "-–+•*" else ("letter" if m[:1].isalpha() else "number")


def check_members(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    paras = ctx.doc.paras
    for i, p in enumerate(paras):
        if p.zone not in ("preamble", "body", "closing"):
            continue
        m = MEMBERS.search(p.key)
        if not m:
            continue
        n = int(m.group("n"))
        rest = p.text[m.start("rest"):].strip()
        if rest:  # "gồm 03 thành viên: ông A, bà B, ông C và bà D"
            listed = sum(1 for x in PERSON.finditer(rest) if x.group("initial").isupper())  # not "bà con"
            last = p
        else:  # one member per following bulleted line
            listed, last, style = 0, p, None
            for q in paras[i + 1:]:
                b = BULLET.match(q.text)
                if not b or q.zone != p.zone or style not in (None, _style(b.group(0))):
                    break
                item = q.key[b.end():]
                if re.match(r"(?:các|những|cac|nhung)\s", item):
                    listed = -1  # "- các Ủy viên": a group of unknown size
                    break
                counted = re.match(r"(\d{1,2})\s+[^\W\d_]", item)  # "- 01 Trưởng ban"
                listed, last, style = listed + (int(counted.group(1)) if counted else 1), q, _style(b.group(0))
        if listed < 2 or listed == n:
            continue
        ev = ctx.doc.evidence(p, m.start(), m.end())
        out.append(finding(rule, ctx, Evidence(ev.text, p.line_at(m.start()), max(ev.end_line, last.end_line),
                                               ev.paragraph, ev.section),
                           found=p.text[m.start():m.end()].rstrip(" :"), count=listed, stated=n))
    return out


#: "Tổ dân phố số 5 có 164 hộ", "Xã Tân Hòa có 9 thôn, 2.104 hộ với 7.912 nhân khẩu".
HAS_COUNT = re.compile(rf"(?<!\w)(?P<kind>thôn|tổ dân phố|xã|phường|làng|bản|ấp|khu phố|thon|to dan pho|xa|phuong)"
                       rf"(?P<name>(?:\s+(?:số\s+|so\s+)?[^\W_]+){{0,4}}?)\s+(?:có|co)\s+"
                       rf"(?P<list>(?:{NUMBER}\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*(?:,|với|voi|và|va)\s*){{0,3}}"
                       rf"{NUMBER}\s+(?:hộ|ho|nhân khẩu|nhan khau))")
#: "Tổng số hộ trong tổ dân phố: 146 hộ", "tổng số hộ trong xã 2.104 hộ".
TOTAL_IN = re.compile(rf"(?:tổng\s+số|tong\s+so)\s+(?P<unit>hộ|ho|nhân khẩu|nhan khau)(?:\s+gia\s+đình|\s+gia\s+dinh)?"
                      rf"\s+(?:trong|của|cua|toàn|toan)\s+(?P<kind>thôn|tổ dân phố|xã|phường|làng|bản|ấp|khu phố|thon|to dan pho|xa|phuong)"
                      rf"(?P<name>(?:\s+[^\W\d_]+){{0,3}}?)\s*:?\s*(?:là\s+|la\s+)?(?P<n>{NUMBER})\s+(?:hộ|ho|nhân khẩu|nhan khau)(?!\w)")
#: A count of all households: "164 hộ", "236 hộ gia đình" — not "18 hộ nghèo", "92 hộ đồng ý".
COUNT_ITEM = re.compile(rf"(?P<n>{NUMBER})\s+(?P<unit>hộ|ho|nhân khẩu|nhan khau)(?:\s+gia\s+đình|\s+gia\s+dinh)?"
                        r"(?=\s*(?:[,;.:)]|với\b|voi\b|và\b|va\b|$))")


def _proper(name: str) -> str:
    """The capitalised words of a place name ("Tân Hòa", "số 5"), folded; "" when generic."""
    words = name.split()
    keep = [w for w in words if w[:1].isupper() or w[:1].isdigit() or fold_keep_length(w) == "so"]
    return fold_keep_length(" ".join(keep)).strip()


def check_restated(rule: Rule, ctx: Context) -> list[Finding]:
    """A count of the community (households, inhabitants) stated twice with two values."""
    stated = []  # (kind, name, unit, n, para, start, end)
    for p in ctx.doc.paras:  # the opening description may be read as part of the header
        for m in HAS_COUNT.finditer(p.key):
            kind = fold_keep_length(m.group("kind"))
            name = _proper(p.text[m.start("name"):m.end("name")])
            for c in COUNT_ITEM.finditer(p.key, m.start("list")):
                if c.start() >= m.end("list"):
                    break
                stated.append((kind, name, fold_keep_length(c.group("unit")).split()[0], _num(c.group("n")),
                               p, c.start(), c.end()))
        for m in TOTAL_IN.finditer(p.key):
            stated.append((fold_keep_length(m.group("kind")), _proper(p.text[m.start("name"):m.end("name")]),
                           fold_keep_length(m.group("unit")).split()[0], _num(m.group("n")), p, m.start(), m.end()))
    out = []
    named: dict[str, set[str]] = {}
    for kind, name, *_ in stated:
        if name:
            named.setdefault(kind, set()).add(name)
    first: dict[tuple, tuple] = {}
    for kind, name, unit, n, p, a, b in sorted(stated, key=lambda t: (t[4].line, t[5])):
        if not name:  # "tổng số hộ trong tổ dân phố": the one named place of that kind, if only one
            if len(named.get(kind, ())) > 1:
                continue
            name = next(iter(named.get(kind, {""})))
        k = (kind, name, unit)
        if k not in first:
            first[k] = (n, p, a, b)
            continue
        n0, p0, a0, b0 = first[k]
        if n0 == n:
            continue
        out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b],
                           usual=p0.text[a0:b0], lines=str(p0.line_at(a0))))
    return out


_FILLER = {"de", "cho", "ve", "duoc", "da"}


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", fold_keep_length(text)) if w not in _FILLER]


def _table_counts(ctx: Context) -> list[tuple[list[str], int, int, str]]:
    """(label words, value, line, row) of table rows "Số cuộc họp … | 24 | 27", in the column of the
    document's year (or the only numeric column). Read from the raw lines: rows stay rows."""
    year = (ctx.doc.date or "")[:4]
    if not year:
        ty = re.search(r"nam\s+(\d{4})", fold_keep_length(ctx.doc.title_text or ""))
        year = ty.group(1) if ty else ""
    out, header = [], None
    for no, raw in enumerate(ctx.doc.raw_lines, 1):
        if raw.count("|") < 1:
            header = None
            continue
        cells = [c.strip() for c in raw.strip().strip("|").split("|")]
        if header is None:
            header = cells
            continue
        label = fold_keep_length(cells[0])
        if not re.match(r"(?:tong\s+)?so\s", label):
            continue
        values = [i for i, c in enumerate(cells[1:], 1) if re.fullmatch(NUMBER, c)]
        col = None
        if len(values) == 1:
            col = values[0]
        elif year:
            cols = [i for i, h in enumerate(header) if year in h]
            col = cols[0] if len(cols) == 1 else None
        if col is None or col >= len(cells) or not re.fullmatch(NUMBER, cells[col]):
            continue
        words = _words(re.sub(r"^(?:tong\s+)?so\s+", "", label))
        if len(words) >= 3:
            out.append((words, _num(cells[col]), no, " | ".join(cells)))
    return out


def check_table_vs_text(rule: Rule, ctx: Context) -> list[Finding]:
    """A count given in a summary table and in the text with two values ("27 cuộc họp" … "| 25")."""
    rows = _table_counts(ctx)
    out = []
    for p in ctx.doc.paras if rows else ():
        if "|" in p.text:
            continue
        for m in re.finditer(rf"(?<![\w/.,])(?P<n>{NUMBER})(?![\d/,])\s+(?P<rest>[^\d;:()]{{5,120}})", p.text):
            after = _words(m.group("rest"))
            for words, value, line, row in rows:
                k = min(len(words), 6)
                if after[:k] != words[:k] or _num(m.group("n")) == value:
                    continue
                out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()),
                                   found=p.text[m.start():m.end()].strip(" ,."), usual=row, lines=str(line)))
    return out


def check(rule: Rule, ctx: Context) -> list[Finding]:
    return {"totals": check_totals, "names": check_names, "dates": check_dates, "numbers": check_numbers,
            "numbering": check_numbering, "members": check_members,
            "restated": check_restated, "table": check_table_vs_text}[rule.detect["check"]](rule, ctx)
