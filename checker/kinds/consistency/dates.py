"""Internal consistency — dates, periods, weekdays, clock times, lead days, deadlines and schedules.

3. ``dates``: one document number cited with two different dates, when the
   knowledge base does not know the document (otherwise ``wrong_date`` of kind
   4 says which date is right).

7. ``impossible_dates``, ``basis_after``, ``lead_days``, ``own_clauses``, ``listed_dates``,
   ``body_sizes`` (IC-50..IC-55): a date no calendar has; a basis dated after the document; a
   date said to be N days before an event whose date is given elsewhere; "khoản N Điều này"
   beyond the article's clauses; a number of meetings against their listed dates; the Ban
   Thanh tra nhân dân stated with two sizes.
"""
from __future__ import annotations

import datetime
import re
from collections import Counter

from checker.basis import vn_date
from checker.docdate import HEADING_DATE, own_date
from checker.dates import find_impossible_dates
from checker.kinds import Context, finding
from checker.kinds.consistency.common import BULLET, _ev, _labelled_number, pipe_tables
from checker.model import Evidence, Finding, Rule
from checker.tables import split_row
from checker.text import digits_for_words, fold_keep_length, normalize_tones
from kb.vntext import fold, has_diacritics as has_marks


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
    own, own_issued = ctx.doc.header, own_date(ctx.doc)
    own_issued = own_issued[0] if own_issued and own_issued[1] else None
    own_key = fold(own.number).replace(" ", "") if own.number and own_issued else None
    for key, ms in groups.items():
        dates = Counter(m.ref.issued for m in ms)
        if key == own_key:  # the document's own number and date in its heading, cited in an attached text
            head_line = next((p.line for p in ctx.doc.paras if p.zone == "header" and own.number in p.text), 1)
            if all(m.ref.issued == own_issued for m in ms):
                continue
            main, main_lines = own_issued, [head_line]
        elif len(dates) < 2:
            continue
        else:
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


_DATE = r"(?:(?P<{p}d>\d{{1,2}})\s*/\s*(?P<{p}m>\d{{1,2}})(?:\s*/\s*(?P<{p}y>\d{{4}}))?|(?P<{p}d2>\d{{1,2}})\s+thang\s+(?P<{p}m2>\d{{1,2}})(?:\s+nam\s+(?P<{p}y2>\d{{4}}))?)(?![\d/])"
_RANGE = (r"(?:ke\s+)?tu\s+(?:ngay\s+)?" + _DATE.format(p="a") + r"\s*(?:den|toi|-|–)\s*(?:het\s+)?(?:ngay\s+)?"
          + _DATE.format(p="b"))
#: "trong 15 ngày, từ ngày 01/10/2026 đến ngày 10/10/2026"; "từ ngày 15/10 đến hết ngày 29/10/2026 (15 ngày)".
PERIOD = re.compile(rf"(?<![\w/.,])(?P<n>\d{{1,3}})(?:\s*\([^()\d]*\))?\s+ngay(?!\s+lam\s+viec)(?!\w)"
                    rf"[\s,(:–-]*(?:lien\s+tuc[\s,(:–-]*)?{_RANGE}")
#: s37-qt (u98-02 l.23): the count may be claimed whole after the dates, "…, đủ 30 ngày theo quy định", "(tròn 30 ngày)".
PERIOD_AFTER = re.compile(rf"{_RANGE}\s*[,(:–-]\s*(?:trong\s+|tong\s+cong\s+|tong\s+so\s+|gom\s+|la\s+|(?:vua\s+)?du\s+|tron\s+)?"
                          rf"(?P<n>\d{{1,3}})(?:\s*\([^()\d]*\))?\s+ngay(?!\s+lam\s+viec)(?!\w)")

#: "gửi Giám đốc ngày 05/8/2025, được trả lời ngày 16/8/2025, tức trong vòng 08 ngày": "tức" restates the days
#: between the two dates just before it (both with their years, within one sentence).
SPAN_RESTATED = re.compile(r"(?<![\w/])" + _DATE.format(p="a") + r"[^.;]{0,80}?(?<![\w/])" + _DATE.format(p="b")
                           + r"\s*[,(]?\s*(?:tuc|tuc\s+la|nghia\s+la)\s+(?:(?:trong\s+vong|trong|sau|chi|mat|vua|la)\s+)?"
                           r"(?P<n>\d{1,3})\s+ngay(?!\s+lam\s+viec)(?!\w)")


def _date_of(m, p: str, year: str | None):
    d, mo = m.group(p + "d") or m.group(p + "d2"), m.group(p + "m") or m.group(p + "m2")
    y = m.group(p + "y") or m.group(p + "y2") or year
    if not (d and mo and y):
        return None
    try:
        return datetime.date(int(y), int(mo), int(d))
    except ValueError:
        return None



# s21-ic2 (u64-02 l.24): a period recalled by its length — "Hết thời hạn niêm yết 30 ngày nêu trên", "sau 30 ngày
# niêm yết nói trên" — against the one range of dates the text gave that activity before ("Thời gian niêm yết: từ
# ngày 06/11/2023 đến hết ngày 25/11/2023", 20 days) (folded).
_ACTS = r"niem\s+yet|lay\s+y\s+kien|gop\s+y|cong\s+khai"
_RECALLED = re.compile(rf"(?<!\w)(?:(?:thoi\s+han|thoi\s+gian)\s+(?P<act>{_ACTS})\s+(?:la\s+)?(?P<n>\d{{1,3}})\s+ngay"
                       rf"|(?P<n2>\d{{1,3}})\s+ngay\s+(?P<act2>{_ACTS}))"
                       rf"(?!\s+lam\s+viec)\s*,?\s+(?:neu\s+tren|noi\s+tren|ke\s+tren|o\s+tren|tren|(?:nhu\s+)?da\s+neu|nhu\s+tren)(?!\w)")


def _period_recalled(rule: Rule, ctx: Context) -> list[Finding]:
    paras = list(ctx.doc.zone("preamble", "body", "closing"))
    out = []
    for p in paras:
        for m in _RECALLED.finditer(p.folded):
            act = re.sub(r"\s+", " ", m.group("act") or m.group("act2"))
            n = int(m.group("n") or m.group("n2"))
            spans = set()
            for q in paras:
                if q.line > p.line or (q is p and False):
                    break
                f = q.folded
                if act not in re.sub(r"\s+", " ", f):
                    continue
                for r in RANGE.finditer(f):
                    if r.end() > len(f) or (q is p and r.start() >= m.start()):
                        continue
                    yb = r.group("by") or r.group("by2")
                    a, b = _date_of(r, "a", r.group("ay") or r.group("ay2") or yb), _date_of(r, "b", yb)
                    if a and b and b >= a:
                        spans.add((a, b, q, r.start(), r.end()))
            if len({(a, b) for a, b, *_ in spans}) != 1:
                continue
            a, b, q, x, y = next(iter(spans))
            days = (b - a).days
            if n in (days, days + 1):
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                               detail=f"{n} ngày nhắc lại khoảng «{q.text[x:y]}» (dòng {q.line_at(x)}): từ "
                                      f"{a.day:02d}/{a.month:02d}/{a.year} đến {b.day:02d}/{b.month:02d}/{b.year} là "
                                      f"{days + 1} ngày (tính cả ngày đầu)"))
    return out


RANGE = re.compile(rf"(?<!\w){_RANGE}")

#: s23-ic (u71-06 l.25/30): a plan's length for an activity — "Thời gian lấy ý kiến Nhân dân: 10 ngày kể từ ngày công
#: khai dự thảo" — stated before the timetable gives that activity its dates ("| Nhân dân góp ý … | Từ ngày 25/8/2025
#: đến hết ngày 14/9/2025 |", 21 days). Asking for comments and giving them are one activity (folded text).
_ACT_FAMILIES = {"y kien": r"lay\s+y\s+kien|gop\s+y|tham\s+gia\s+y\s+kien", "niem yet": r"niem\s+yet"}
_LENGTH_OF = re.compile(r"(?<!\w)(?:thoi\s+han|thoi\s+gian)\s+(?P<act>lay\s+y\s+kien|gop\s+y|tham\s+gia\s+y\s+kien|niem\s+yet)"
                        r"(?P<gap>(?:\s+[a-z]+){0,3}?)\s*(?::|la)?\s*(?P<n>\d{1,3})\s+ngay(?!\s+lam\s+viec)(?!\w)")
#: A timetable line of another step that mentions the activity in passing: "Tổng hợp ý kiến góp ý", "thẩm định dự thảo
#: sau khi tiếp thu ý kiến" (folded).
_OTHER_STEP = re.compile(r"(?<!\w)(?:tong\s+hop|tiep\s+thu|giai\s+trinh|tham\s+dinh|bao\s+cao|trinh|ban\s+hanh|phe\s+duyet|"
                         r"hoan\s+thien|xay\s+dung|du\s+thao\s+ke\s+hoach|cong\s+nhan|kiem\s+tra|so\s+ket|tong\s+ket)(?!\w)")


def _period_scheduled(rule: Rule, ctx: Context) -> list[Finding]:
    """The one length a text gives an activity against the one range of dates its timetable gives it. Silent with a
    bound ("ít nhất", "tối đa", "không quá"), working days, two lengths or two ranges for the activity, a line that is
    another step; the dates count the length with or without the first day."""
    paras = list(ctx.doc.zone("preamble", "body", "closing"))
    out = []
    for fam, acts in _ACT_FAMILIES.items():
        lengths = [(p, m) for p in paras for m in _LENGTH_OF.finditer(p.folded)
                   if re.fullmatch(rf"(?:{acts})", m.group("act"))]
        if len({int(m.group("n")) for _, m in lengths}) != 1 or any(
                re.search(r"(?<!\w)(?:it\s+nhat|toi\s+thieu|toi\s+da|khong\s+qua|cham\s+nhat)(?!\w)",
                          m.group("gap") + " " + p.folded[m.end():m.end() + 12]) or RANGE.search(p.folded)
                for p, m in lengths):
            continue  # a bound, or the dates beside the length (read above)
        p0, m0 = lengths[0]
        n = int(m0.group("n"))
        spans = {}
        for q in paras:
            if q is p0 or any(q is p for p, _ in lengths):
                continue
            f = q.folded
            if not re.search(rf"(?<!\w)(?:{acts})(?!\w)", f) or _OTHER_STEP.search(f):
                continue
            for r in RANGE.finditer(f):
                yb = r.group("by") or r.group("by2")
                a, b = _date_of(r, "a", r.group("ay") or r.group("ay2") or yb), _date_of(r, "b", yb)
                if a and b and b >= a:
                    spans.setdefault((a, b), (q, r.start(), r.end()))
        if len(spans) != 1:
            continue
        (a, b), (q, x, y) = next(iter(spans.items()))
        days = (b - a).days
        if n in (days, days + 1):
            continue
        out.append(finding(rule, ctx, _ev(ctx, q, x, y), found=q.text[x:y],
                           detail=f"từ {a.day:02d}/{a.month:02d}/{a.year} đến {b.day:02d}/{b.month:02d}/{b.year} là "
                                  f"{days + 1} ngày (tính cả ngày đầu), không phải {n} ngày như «{p0.text[m0.start():m0.end()]}» "
                                  f"(dòng {p0.line_at(m0.start())})"))
    return out
_YEARS = r"(?:nam\s+)?(?P<y1>(?:19|20)\d\d)\s*(?:-|–|den|toi)\s*(?:nam\s+)?(?P<y2>(?:19|20)\d\d)(?!\d)"
#: "nhiệm kỳ 05 năm (2021 - 2026)", "giai đoạn 2021 - 2025 (05 năm)": a number of years and the years.
YEAR_PERIOD = re.compile(rf"(?<![\w/.,])(?P<n>\d{{1,2}})(?:\s*\([^()\d]*\))?\s+nam\s*[(,:]\s*(?:tu\s+)?{_YEARS}")
YEAR_PERIOD_AFTER = re.compile(rf"{_YEARS}\s*[(,:]\s*(?P<n>\d{{1,2}})(?:\s*\([^()\d]*\))?\s+nam(?!\s+\d)(?!\w)")


#: "trong 3 tháng, từ tháng 4 đến tháng 6 năm 2025", "6 tháng (từ tháng 01/2026 đến tháng 6/2026)": a number of months
#: and the months that bound them (folded text).
_MONTH = r"thang\s+(?P<m{i}>\d{{1,2}})(?:\s*/\s*(?P<y{i}>(?:19|20)\d\d)|\s+nam\s+(?P<z{i}>(?:19|20)\d\d))?"
MONTH_PERIOD = re.compile(rf"(?<![\w/.,])(?P<n>\d{{1,2}})(?:\s*\([^()\d]*\))?\s+thang\s*[(,:]\s*(?:ke\s+)?(?:tu\s+)?"
                          + _MONTH.format(i=1) + r"\s*(?:den|toi|-|–)\s*(?:het\s+)?" + _MONTH.format(i=2) + r"(?!\s*/?\s*\d)")


def _month_spans(f: str):
    """(match, stated months, months counted with both ends) of each month period in folded text."""
    for m in MONTH_PERIOD.finditer(f):
        m1, m2 = int(m.group("m1")), int(m.group("m2"))
        y1, y2 = m.group("y1") or m.group("z1"), m.group("y2") or m.group("z2")
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            continue
        if y1 and y2:
            span = (int(y2) * 12 + m2) - (int(y1) * 12 + m1) + 1
        elif m2 >= m1 and not (y1 and not y2):
            span = m2 - m1 + 1
        else:
            continue  # crosses a year without saying it
        if span >= 1:
            yield m, int(m.group("n")), span


#: s17-i2 (u62-08 l.12, u62-03 l.11): a number of months or years, then the dates that bound them in parentheses:
#: "sơ kết 02 năm thi hành Luật … (từ ngày 01/7/2022 đến ngày 30/6/2025)", "qua 9 tháng triển khai (từ ngày
#: 01/01/2024 đến nay)" (folded text; "nay" is the document's own date).
SPAN_IN_PARENS = re.compile(rf"(?<![\w/.,])(?P<n>\d{{1,2}})\s+(?P<u>nam|thang)(?!\s+(?:19|20)\d\d)(?!\w)[^\d()%;.]{{0,80}}?"
                            rf"\(\s*(?:ke\s+)?tu\s+(?:ngay\s+)?" + _DATE.format(p="a") + r"\s*(?:den|toi|-|–)\s*(?:het\s+)?"
                            rf"(?:(?P<nay>nay|hien\s+nay)|(?:ngay\s+)?" + _DATE.format(p="b") + r")\s*\)")
#: s24-ic (u73-04 l.22): the same with the dates after a comma or a colon, "Thời gian giám sát: 06 tháng, từ ngày
#: 01/3/2024 đến ngày 31/7/2024", or the length after the dates, "từ ngày 01/01/2024 đến ngày 30/6/2024 (06 tháng)",
#: "…, trong 06 tháng" (folded; both dates with their years).
SPAN_BESIDE = re.compile(rf"(?<![\w/.,])(?P<n>\d{{1,2}})\s+(?P<u>nam|thang)(?!\s+(?:19|20)\d\d)(?!\w)\s*[,:–-]\s*"
                         r"(?:ke\s+)?tu\s+(?:ngay\s+)?" + _DATE.format(p="a") + r"\s*(?:den|toi|-|–)\s*(?:het\s+)?(?:ngay\s+)?"
                         + _DATE.format(p="b"))
SPAN_AFTER = re.compile(r"(?<!\w)(?:ke\s+)?tu\s+(?:ngay\s+)?" + _DATE.format(p="a") + r"\s*(?:den|toi|-|–)\s*(?:het\s+)?"
                        r"(?:ngay\s+)?" + _DATE.format(p="b") + r"\s*[,(:]\s*(?:trong\s+|tong\s+cong\s+|la\s+)?"
                        r"(?P<n>\d{1,2})\s+(?P<u>nam|thang)(?!\s+(?:19|20)\d\d)(?!\w)")


def _whole_months(a: datetime.date, b: datetime.date) -> int | None:
    """The calendar months from a to b when they begin on a month's first day and end on a month's last day
    (01/3/2024 – 31/7/2024: five), else None."""
    if a.day != 1 or (b + datetime.timedelta(days=1)).day != 1:
        return None
    return (b.year * 12 + b.month) - (a.year * 12 + a.month) + 1


def _span_in_parens(rule: Rule, ctx: Context, p) -> list[Finding]:
    """The months or years stated against the dates in parentheses after them, within a month either way (a
    period counted "02 năm" from 01/7/2023 to 30/6/2025); "đến nay" ends on the document's own exact date."""
    out, seen = [], []
    for m in [*SPAN_IN_PARENS.finditer(p.folded), *SPAN_BESIDE.finditer(p.folded), *SPAN_AFTER.finditer(p.folded)]:
        if any(x < m.end() and m.start() < y for x, y in seen):
            continue
        seen.append((m.start(), m.end()))
        a = _date_of(m, "a", None)
        if m.groupdict().get("nay"):
            own = own_date(ctx.doc)
            if not own or not own[1]:
                continue
            b = datetime.date.fromisoformat(own[0])
        else:
            b = _date_of(m, "b", None)
        if not a or not b or b < a:
            continue
        months = ((b - a).days + 1) / 30.4375
        n = int(m.group("n"))
        stated = n * 12 if m.group("u") == "nam" else n
        whole = None if m.groupdict().get("nay") else _whole_months(a, b)
        if (stated == whole) if whole is not None else abs(months - stated) <= 1.0:
            continue  # whole months are counted exactly; a period cut inside a month within a month either way
        if whole is not None:
            months = float(whole)
        unit = "năm" if m.group("u") == "nam" else "tháng"
        told = f"{months / 12:.1f}".replace(".", ",") + " năm" if unit == "năm" else f"{months:.1f}".replace(".", ",") + " tháng"
        if whole is not None:
            told = f"{whole} tháng" if unit == "tháng" or whole % 12 else f"{whole // 12} năm"
        out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                           detail=f"từ {a.day:02d}/{a.month:02d}/{a.year} đến {b.day:02d}/{b.month:02d}/{b.year} là "
                                  f"{'' if whole is not None else 'khoảng '}{told}, không phải {n} {unit}"))
    return out


#: s29-ic (u83-18 l.8): a period named by its place in the year, then the dates that bound it in parentheses —
#: "Trong quý II năm 2024 (từ ngày 01/7 đến ngày 30/9/2024)", "6 tháng đầu năm 2025 (từ 01/01 đến 30/6/2025)"
#: (folded; spelled numbers read as digits; «06 tháng», «09 tháng» with a leading zero as drafters write them).
NAMED_PERIOD = re.compile(r"(?<!\w)(?:quy\s+(?P<q>iv|iii|ii|i|0?[1-4])|(?P<h>0?6)\s+thang\s+(?P<hw>dau|cuoi)|(?P<nine>0?9)\s+thang\s+dau)"
                          r"(?:\s+nam|\s*/)?\s*(?P<y>(?:19|20)\d\d)?\s*\(\s*(?:ke\s+)?tu\s+(?:ngay\s+)?" + _DATE.format(p="a")
                          + r"\s*(?:den|toi|-|–)\s*(?:het\s+)?(?:ngay\s+)?" + _DATE.format(p="b") + r"\s*\)")
_QUARTER_NUM = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER_NAME = ("", "I", "II", "III", "IV")


def _named_months(m) -> tuple[int, int, str]:
    """The first and last month a ``NAMED_PERIOD`` names, and its name."""
    if m.group("q"):
        q = _QUARTER_NUM[m.group("q").lstrip("0")]
        return 3 * q - 2, 3 * q, f"quý {_QUARTER_NAME[q]}"
    if m.group("h"):
        return (1, 6, "6 tháng đầu năm") if m.group("hw") == "dau" else (7, 12, "6 tháng cuối năm")
    return 1, 9, "9 tháng đầu năm"


def _named_period_dates(rule: Rule, ctx: Context, p) -> list[Finding]:
    """s29-ic (u83-18 l.8): a quarter or half of a year named with the dates that bound it, when the dates lie wholly
    outside it ("quý II năm 2024 (từ ngày 01/7 đến ngày 30/9/2024)": the dates are quarter III). A reporting period
    that overlaps its quarter — cut from the 15th of the month before, as periodic reports close their figures
    (Decree 09/2019/NĐ-CP Art. 12), or a part of it — is not read as a slip; a period whose year the text does not
    give, nor a range crossing a year without saying so, is not compared."""
    out = []
    for m in NAMED_PERIOD.finditer(p.folded):
        b = _date_of(m, "b", m.group("y"))
        if b is None:
            continue
        ya = m.group("ay") or m.group("ay2")
        a_month = int(m.group("am") or m.group("am2"))
        a = _date_of(m, "a", ya or str(b.year if a_month <= b.month else b.year - 1))
        if a is None or b < a:
            continue
        m1, m2, name = _named_months(m)
        year = int(m.group("y")) if m.group("y") else b.year
        first = datetime.date(year, m1, 1)
        last = (datetime.date(year + (m2 == 12), m2 % 12 + 1, 1) - datetime.timedelta(days=1))
        if not (b < first - datetime.timedelta(days=20) or a > last):
            continue  # the dates overlap the period named (or its reporting period, from the 15th before)
        told = None
        for q in range(1, 5):
            qa = datetime.date(a.year, 3 * q - 2, 1)
            qb = datetime.date(a.year + (q == 4), (3 * q) % 12 + 1, 1) - datetime.timedelta(days=1)
            if a >= qa and b <= qb:
                told = f"quý {_QUARTER_NAME[q]} năm {a.year}"
        told = f" ({told})" if told else ""
        out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                           detail=f"từ {a.day:02d}/{a.month:02d}/{a.year} đến {b.day:02d}/{b.month:02d}/{b.year}{told} "
                                  f"nằm ngoài {name} năm {year}"))
    return out


def check_periods(rule: Rule, ctx: Context) -> list[Finding]:
    """A number of days stated with the dates that bound them: the dates count one day more or less; and
    a period that ends before it begins."""
    out = _period_recalled(rule, ctx) + _period_scheduled(rule, ctx)
    for p in ctx.doc.paras:
        f = p.folded
        out += _span_in_parens(rule, ctx, p) + _named_period_dates(rule, ctx, p)
        for m in RANGE.finditer(f):
            if not (m.group("ay") or m.group("ay2")) or not (m.group("by") or m.group("by2")):
                continue  # "từ 20/12 đến 10/01/2027" crosses a year: only dates with their years are compared
            a, b = _date_of(m, "a", None), _date_of(m, "b", None)
            if a and b and b < a:
                out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                                   detail=f"ngày kết thúc {b.day:02d}/{b.month:02d}/{b.year} trước ngày bắt đầu "
                                          f"{a.day:02d}/{a.month:02d}/{a.year}"))
        for m in [*YEAR_PERIOD.finditer(f), *YEAR_PERIOD_AFTER.finditer(f)]:
            n, y1, y2 = int(m.group("n")), int(m.group("y1")), int(m.group("y2"))
            if y2 < y1 or n in (y2 - y1, y2 - y1 + 1):  # "2021 - 2026" is 5 years; "2021 - 2025" 5 calendar years
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                               detail=f"từ năm {y1} đến năm {y2} không phải {n} năm"))
        for m, n, span in _month_spans(f):
            if n in (span, span - 1):  # both months counted, or the months between
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                               detail=f"từ tháng {m.group('m1')} đến tháng {m.group('m2')} là {span} tháng, không phải {n} tháng"))
        for m in [*PERIOD.finditer(f), *PERIOD_AFTER.finditer(f), *SPAN_RESTATED.finditer(f)]:
            if m.re is SPAN_RESTATED and not ((m.group("ay") or m.group("ay2")) and (m.group("by") or m.group("by2"))):
                continue
            year = m.group("by") or m.group("by2") or m.group("ay") or m.group("ay2")
            a, b = _date_of(m, "a", year), _date_of(m, "b", year)
            if not a or not b or b < a:
                continue
            days, n = (b - a).days, int(m.group("n"))
            if n in (days, days + 1):  # counted with or without the first day
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                               detail=f"từ {a.day:02d}/{a.month:02d}/{a.year} đến {b.day:02d}/{b.month:02d}/{b.year} "
                                      f"là {days + 1} ngày (tính cả ngày đầu)"))
    return out


#: Weekday names (folded): "thứ Bảy", "thứ 7", "Chủ nhật", "CN" → Monday = 0 … Sunday = 6.
_WEEKDAY = r"(?:thu\s+(?P<wd>hai|ba|tu|nam|sau|bay|[2-7])|(?P<sun>chu\s+nhat|cn))"
_WD_NUM = {"hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5}
_WD_NAME = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
_FULL_DATE = (r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})(?![\d/])"
              r"|(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>\d{4})")
#: "thứ Bảy, ngày 12/7/2026", "Chủ nhật (13/7/2025)", and "ngày 12/7/2026 (thứ Bảy)".
WEEKDAY_DATE = re.compile(rf"(?<!\w){_WEEKDAY}\s*[,(]?\s*(?:ngay\s+)?(?:{_FULL_DATE})")
DATE_WEEKDAY = re.compile(rf"(?<![\w/])(?:{_FULL_DATE})\s*(?:\(\s*|,\s*|-\s*){_WEEKDAY}(?!\w)")


_ORDINAL_BEFORE = re.compile(r"(?<!\w)(?:ky\s+hop|hop|lan|khoa|phien|dot|ky|hoi\s+nghi|dai\s+hoi|muc|dieu|chuong|phan|"
                             r"buoi|vong|nam|thang|tuan|so)\s*$")


#: The same names as written with their marks: in an accented text "thu tu" folded from "thu từ 01/4/2024" ("collect
#: from") is no "thứ Tư".
_WEEKDAY_MARKED = re.compile(r"(?<!\w)(?:thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])|(chủ\s+nhật|cn))(?!\w)", re.IGNORECASE)
_WD_MARKED_NUM = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}


def _marked_weekdays(text: str) -> set[int]:
    """The weekdays an accented text names with their marks (Monday = 0 … Sunday = 6)."""
    out = set()
    for m in _WEEKDAY_MARKED.finditer(normalize_tones(text)):
        w = (m.group(1) or "").lower()
        out.add(6 if m.group(2) else (int(w) - 2 if w.isdigit() else _WD_MARKED_NUM[w]))
    return out


def _weekday(m) -> int:
    if m.group("sun"):
        return 6
    w = m.group("wd")
    return int(w) - 2 if w.isdigit() else _WD_NUM[w]


def check_weekdays(rule: Rule, ctx: Context) -> list[Finding]:
    """A weekday written beside a full date that falls on another day ("thứ Bảy, ngày 12/7/2026" is a Sunday)."""

    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = p.folded
        marked: set[int] | None = None  # read only when a weekday disagrees with its date
        for m in [*WEEKDAY_DATE.finditer(f), *DATE_WEEKDAY.finditer(f)]:
            d, mo, y = (m.group("d") or m.group("d2"), m.group("m") or m.group("m2"), m.group("y") or m.group("y2"))
            try:
                day = datetime.date(int(y), int(mo), int(d))
            except ValueError:
                continue
            if m.re is WEEKDAY_DATE and _ORDINAL_BEFORE.search(f, 0, m.start()):
                continue  # "Kỳ họp thứ năm, ngày 10/12/2025", "lần thứ 7": an ordinal, not a weekday
            said = _weekday(m)
            if said == day.weekday():
                continue
            if marked is None:
                marked = _marked_weekdays(p.text) if has_marks(p.text) else set(range(7))
            if said not in marked:
                continue  # "bắt đầu thu từ 01/4/2024": folded, "thu tu" — no weekday in an accented text
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                               detail=f"ngày {day.day:02d}/{day.month:02d}/{day.year} là {_WD_NAME[day.weekday()]}, "
                                      f"không phải {_WD_NAME[said]}"))
    return out + _event_weekday(rule, ctx)


#: s19-ic (u68-01 l.29): a weekday said of the meeting without a date — "Vì hội nghị họp vào sáng Chủ nhật", "cuộc
#: họp diễn ra chiều thứ Bảy", "hộ dân dự họp vào Chủ nhật" (folded; "vào / họp / diễn ra / tổ chức" before it).
EVENT_WEEKDAY = re.compile(rf"(?<!\w)(?:vao|hop|dien\s+ra|to\s+chuc|khai\s+mac)(?:\s+(?:buoi|ngay|hom))?(?:\s+(?:sang|chieu|toi))?"
                           rf"\s+{_WEEKDAY}(?!\w)(?!\s*[,(]?\s*(?:ngay\s+)?\d)")
#: A meeting of the document's own kind named in the sentence.
_MEETING = re.compile(r"(?<!\w)(?:hoi\s+nghi|cuoc\s+hop|hop)(?!\w)")
#: Recurring, conditional or negated: "họp vào Chủ nhật hằng tháng", "nếu họp vào thứ Bảy", "không họp vào Chủ nhật".
_NOT_ONE_DAY = re.compile(r"(?<!\w)(?:hang\s+(?:tuan|thang|nam|quy)|moi|cac\s+(?:buoi|ngay|sang|chieu|toi)|dinh\s+ky|thuong|neu|truong\s+hop|khong|tranh|chua|du\s+kien\s+doi|"
                          r"doi\s+sang|thay\s+vi|truoc\s+day|lan\s+truoc|nam\s+truoc)(?!\w)")


_TIME_LINE = re.compile(r"\s*(?:(?:\d{1,2}|[ivx]{1,4})[.)]\s*|[-+*•]\s*)?thoi\s+gian(?:\s+(?:to\s+chuc|hop|hoi\s+nghi|cuoc\s+hop))?\s*:")


def _event_weekday(rule: Rule, ctx: Context) -> list[Finding]:
    """The weekday a sentence says the meeting falls on, with no date beside it, against the one date the document
    gives the meeting ("1. Thời gian: … thứ Sáu, ngày 15/12/2023" … "Vì hội nghị họp vào sáng Chủ nhật"). Silent when
    the document gives the meeting no date or several, for a recurring, conditional or negated day, and for a sentence
    naming two weekdays."""
    out = []
    dates: set | None = None
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = p.folded
        for m in EVENT_WEEKDAY.finditer(f):
            s0 = max(f.rfind(".", 0, m.start()), f.rfind(";", 0, m.start())) + 1
            e = re.search(r"[.;]", f[m.end():])
            sentence = f[s0:m.end() + e.start() if e else len(f)]
            if not _MEETING.search(sentence) or _NOT_ONE_DAY.search(f, s0, m.end() + 25) or _ONE_DATE.search(sentence) \
                    or len(re.findall(rf"(?<!\w){_WEEKDAY}(?!\w)", sentence)) != 1:
                continue
            said = _weekday(m)
            if has_marks(p.text) and said not in _marked_weekdays(p.text[s0:s0 + len(sentence)]):
                continue
            if dates is None:  # the meeting's "Thời gian:" line, else every sentence naming the meeting with a date
                dates = {d for q in ctx.doc.zone("preamble", "body", "closing") if _TIME_LINE.match(q.folded)
                         for _, d in _dated(q.folded)}
                if not dates:
                    for noun in ("hoi nghi", "cuoc hop"):
                        dates |= _event_dates(ctx, p, noun, (-1, -1))
            if len(dates) != 1:
                return out
            day = next(iter(dates))
            if day.weekday() == said:
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                               detail=f"văn bản ghi cuộc họp vào ngày {day.day:02d}/{day.month:02d}/{day.year}, là "
                                      f"{_WD_NAME[day.weekday()]}, không phải {_WD_NAME[said]}"))
    return out


# -- a council resolution's closing formula against its own date ---------------------------------------------------
#: "Nghị quyết này đã được Hội đồng nhân dân tỉnh … khóa XVII, kỳ họp thứ … thông qua ngày 10 tháng 7 năm 2024"
#: (folded; the session's words between, no sentence end).
PASSED_ON = re.compile(r"(?<!\w)nghi\s+quyet\s+nay\s+(?:da\s+)?duoc\s+(?:hoi\s+dong\s+nhan\s+dan|hdnd)\b[^.;]{0,160}?"
                       r"\bthong\s+qua\s+(?:vao\s+)?ngay\s+(?P<d>\d{1,2})(?:\s+thang\s+|\s*/\s*)(?P<m>\d{1,2})"
                       r"(?:\s+nam\s+|\s*/\s*)(?P<y>\d{4})(?!\d)")


#: "Quy ước đã được cộng đồng dân cư thông qua tại cuộc họp ngày 05/10/2025", "Hương ước này được … thông qua tại
#: hội nghị ngày 12 tháng 10 năm 2025": the text's own adoption meeting, said at the start of its sentence (folded).
ADOPTED_AT = re.compile(r"(?:^|[.;:]\s*)(?:\d{1,2}\s*[.)]\s*)?(?P<what>huong\s+uoc|quy\s+uoc|quy\s+che|noi\s+quy)(?:\s+nay)?\s+"
                        r"(?:da\s+)?duoc\s+[^.;]{0,80}?\bthong\s+qua\s+tai\s+(?:cuoc\s+hop|hoi\s+nghi)\b[^.;\d]{0,60}?"
                        r"\bngay\s+(?P<d>\d{1,2})(?:\s+thang\s+|\s*/\s*)(?P<m>\d{1,2})(?:\s+nam\s+|\s*/\s*)(?P<y>\d{4})(?!\d)")


def _adopted_twice(rule: Rule, ctx: Context) -> list[Finding]:
    """A hương ước, quy ước or quy chế that says twice on which day its meeting adopted it, with two dates (point 9
    "thông qua tại cuộc họp ngày 05/10/2025", the closing line "… thông qua tại cuộc họp ngày 12 tháng 10 năm 2025"):
    one of them is wrong. Read only when both say the same kind of text and give whole dates, and not in a report
    (which may recount the adoption of several texts)."""
    kind = fold_keep_length(f"{ctx.doc.header.doc_type or ''} {ctx.doc_type or ''}").lower()
    if "bao cao" in kind or "bao_cao" in kind:
        return []
    said = []
    for p in ctx.doc.paras:
        for m in ADOPTED_AT.finditer(p.folded):
            try:
                day = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
            said.append((m.group("what"), day, p, m))
    if len(said) < 2 or len({w for w, *_ in said}) != 1 or len({d for _, d, *_ in said}) != 2:
        return []
    first = said[0][1]
    out = []
    for _, day, p, m in said[1:]:
        if day == first:
            continue
        a = m.start("what")
        out.append(finding(rule, ctx, _ev(ctx, p, a, m.end()), found=p.text[a:m.end()].strip(),
                           detail=f"ngày thông qua {day:%d/%m/%Y} khác ngày {first:%d/%m/%Y} ghi ở dòng {said[0][2].line}"))
        break
    return out


_ORDINAL = {"nhat": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
            "muoi": 10}
#: "KHÓA XII, KỲ HỌP THỨ TƯ", "khóa XII, kỳ họp thứ 5", "kỳ họp thứ mười một" (folded).
SESSION = re.compile(r"(?<!\w)khoa\s+(?P<term>[ivxlc]{1,6})\s*,?\s*ky\s+hop\s+thu\s+"
                     r"(?P<no>\d{1,2}|(?:muoi\s+)?(?:nhat|mot|hai|ba|tu|bon|nam|sau|bay|tam|chin)|muoi(?:\s+(?:mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin))?)(?!\w)")


def _ordinal(words: str) -> int | None:
    w = words.split()
    if w[0].isdigit():
        return int(w[0])
    if w[0] == "muoi":
        return 10 + (_ORDINAL.get(w[1], 0) if len(w) > 1 and w[1] != "lam" else (5 if len(w) > 1 else 0))
    return _ORDINAL.get(w[0])


def _session_twice(rule: Rule, ctx: Context) -> list[Finding]:
    """A council's resolution naming its term and session in its heading ("KHÓA XII, KỲ HỌP THỨ TƯ") and another in
    its closing formula ("… khóa XII, kỳ họp thứ năm thông qua ngày …"): one session passed it. Read only on the
    formula "Nghị quyết này đã được Hội đồng nhân dân … thông qua", against the first session the text names."""
    named = [(p, m) for p in ctx.doc.paras for m in SESSION.finditer(p.folded)]
    if len(named) < 2:
        return []
    p0, m0 = named[0]
    first = (m0.group("term"), _ordinal(m0.group("no")))
    out = []
    for p in ctx.doc.paras:
        for pm in PASSED_ON.finditer(p.folded):
            for m in SESSION.finditer(p.folded, pm.start(), pm.end()):
                if (p is p0 and m.start() == m0.start()) or (m.group("term"), _ordinal(m.group("no"))) == first:
                    continue
                out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                                   detail=f"phần đầu nghị quyết (dòng {p0.line}) ghi «{p0.text[m0.start():m0.end()]}»"))
    return out


def check_passed_date(rule: Rule, ctx: Context) -> list[Finding]:
    """A resolution of a People's Council dated in its heading on one day and said in its closing formula to have
    been passed on another ("…, ngày 12 tháng 7 năm 2024" / "… thông qua ngày 10 tháng 7 năm 2024"): a council's
    resolution bears the day the session passed it. Read only when both dates are whole."""
    own = own_date(ctx.doc)
    twice = _adopted_twice(rule, ctx)
    if twice:
        return twice
    if not own or not own[1] or not re.search(r"nghi\s+quyet", fold_keep_length(ctx.doc.header.doc_type or "").lower()):
        return []
    out = _session_twice(rule, ctx)
    for p in ctx.doc.paras:
        for m in PASSED_ON.finditer(p.folded):
            d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
            if not (1 <= mo <= 12 and 1 <= d <= 31):
                continue
            said = f"{y}-{mo:02d}-{d:02d}"
            if said == own[0]:
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start("d") - 5, m.end()), found=p.text[m.start("d") - 5:m.end()].strip(),
                               detail=f"ngày thông qua {d:02d}/{mo:02d}/{y} khác ngày ghi ở đầu nghị quyết "
                                      f"{own[0][8:]}/{own[0][5:7]}/{own[0][:4]}"))
    return out


#: A meeting's start and end hours (folded text): "vào hồi 14 giờ 00 phút", "bắt đầu lúc 8h30", "kết thúc vào lúc
#: 11 giờ 30 phút cùng ngày"; "sáng", "chiều", "tối" after the hour.
_HOUR = r"(?P<h>\d{1,2})\s*(?:gio|h|g)(?:\s*(?P<m>\d{1,2})(?:\s*phut)?)?(?:\s+(?P<part>sang|trua|chieu|toi))?(?![\w/])"
CLOCK_START = re.compile(r"(?<!\w)(?:bat\s+dau|khai\s+mac|vao\s+hoi|vao\s+luc)(?:\s+(?:vao|tu))?(?:\s+(?:luc|hoi))?\s+" + _HOUR)
CLOCK_END = re.compile(r"(?<!\w)(?:ket\s+thuc|be\s+mac)(?:\s+vao)?(?:\s+(?:luc|hoi))?\s+" + _HOUR)
_A_DATE = re.compile(r"\d{1,2}\s*/\s*\d{1,2}|ngay\s+\d{1,2}(?!\s*(?:gio|h))|hom\s+sau|ngay\s+hom\s+sau")


def _clock(m) -> tuple[int, int, str]:
    return int(m.group("h")), int(m.group("m") or 0), m.group("part") or ""


def check_clock(rule: Rule, ctx: Context) -> list[Finding]:
    """Minutes that end before they begin: one start hour and one end hour in the document, the end told "cùng
    ngày" or without a date of its own. Read only when the hours cannot be two halves of a twelve-hour day: the
    start written past noon (14 giờ: the document counts 24 hours) and the end with no "chiều"/"tối", or the end
    said "sáng"."""
    starts, ends = [], []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = p.folded
        starts += [(p, m) for m in CLOCK_START.finditer(f)
                   if not re.search(r"(?:ket\s+thuc|be\s+mac)\s*$", f[max(0, m.start() - 12):m.start()])]
        ends += [(p, m) for m in CLOCK_END.finditer(f)]
    if len(starts) != 1 or len(ends) != 1:
        return []
    (_, ms), (pe, me) = starts[0], ends[0]
    (h1, m1, part1), (h2, m2, part2) = _clock(ms), _clock(me)
    if not (0 <= h1 <= 23 and 0 <= h2 <= 23 and m1 < 60 and m2 < 60):
        return []
    written = h1  # "14 giờ" is written in 24 hours; "2 giờ chiều" in twelve
    if part1 in ("chieu", "toi") and h1 < 12:
        h1 += 12
    tail = pe.folded[me.end():me.end() + 40]
    if _A_DATE.search(tail) and "cung ngay" not in tail:
        return []  # the end on a date of its own
    if (h2, m2) >= (h1, m1):
        return []
    # a start written past noon ("14 giờ 00") says the document counts 24 hours: its "11 giờ 30" is morning
    if not (part2 == "sang" or (written >= 13 and part2 == "")):
        return []
    said = lambda h, m: f"{h} giờ {m:02d}"
    return [finding(rule, ctx, _ev(ctx, pe, me.start(), me.end()), found=pe.text[me.start():me.end()],
                    detail=f"hội nghị bắt đầu lúc {said(h1, m1)} nhưng kết thúc lúc {said(h2, m2)}, sớm hơn giờ bắt đầu")]


# -- dates that cannot be, or cannot be so ------------------------------------------------------------------
def check_impossible_dates(rule: Rule, ctx: Context) -> list[Finding]:
    """A written date that no calendar has: "ngày 31/4/2026", "ngày 29 tháng 02 năm 2026"."""
    out = []
    for p in ctx.doc.paras:
        for a, b, d, mo, y in find_impossible_dates(p.folded):
            why = (f"tháng {mo} không có ngày {d}" if 1 <= mo <= 12 and d > 0 else
                   f"không có tháng {mo}" if not 1 <= mo <= 12 else f"không có ngày {d}")
            if mo == 2 and d == 29:
                why = f"năm {y} không phải năm nhuận, tháng 2 chỉ có 28 ngày"
            out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b], detail=why))
    return out


#: A paragraph that names the texts the document rests on: "Căn cứ …", "Thực hiện …", "Theo đề nghị …".
BASIS_CUE = re.compile(r"^\s*(?:[-+*•]\s*)?(?:can\s+cu|thuc\s+hien|trien\s+khai|theo|xet)(?!\w)")


def _place_dates(ctx: Context) -> set[str]:
    """The dates of the place-and-date lines among the first lines ("Tân Phong, ngày 15 tháng 01 năm 2026")."""
    out = set()
    for raw in ctx.doc.raw_lines[:20]:
        m = HEADING_DATE.search(fold_keep_length(raw).lower())
        if m and m.group("d").isdigit() and m.group("m").isdigit():
            out.add(f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}")
    return out


#: Words before a cited text that the document replaces or repeals (folded): it is older than the document.
REPLACES = re.compile(r"(?<!\w)(?:thay\s+the|bai\s+bo|het\s+hieu\s+luc)(?:\s+(?:cho|toan\s+bo))?\s+(?:cac\s+)?[^\W\d_]*(?:\s+[^\W\d_]+)?\s*$")


def check_basis_after(rule: Rule, ctx: Context) -> list[Finding]:
    """A text the document rests on ("Căn cứ …", "Thực hiện Quyết định số … ngày …") dated after the
    document's own date: one of the two dates is wrong. Only an exact own date and exact cited dates."""
    own = own_date(ctx.doc)
    exact = _own_exact(ctx)  # a text replaced: against the heading's full date, placed or not
    if not own or not own[1] or own[0] not in _place_dates(ctx):
        own = None  # only a date the heading writes as "<Nơi>, ngày … tháng … năm …"
    if not own and not exact:
        return []
    own_no = fold(ctx.doc.header.number or "").replace(" ", "")
    # the paragraphs that name the bases: the "basis" zone, and the leading "Căn cứ …", "Thực hiện …"
    # paragraphs after the heading (a plan has no separate basis zone)
    bases = set()
    for p in ctx.doc.paras:
        if p.zone == "header":
            continue
        if p.zone == "basis" or BASIS_CUE.match(p.folded):
            bases.add(p.index)
        elif p.zone != "preamble":
            break
    out = []
    for m in ctx.mentions:
        ref, p = m.ref, m.para
        if ref is None or not ref.number or not ref.issued or len(ref.issued) != 10:
            continue
        if own_no and fold(ref.number).replace(" ", "") == own_no:
            continue  # the document's own number, cited in its attached text
        # "… thay thế Quyết định số 15/QĐ-UBND ngày 20/12/2026": the text replaced came before the one replacing it
        replaced = REPLACES.search(p.folded[max(0, m.start - 40):m.start])
        if p.index in bases and own and ref.issued > own[0]:
            day = own[0]
        elif replaced and exact and ref.issued > exact:
            day = exact
        else:
            continue
        ev = ctx.doc.evidence(p, m.start, m.end)
        out.append(finding(rule, ctx, Evidence(ev.text, m.line, ev.end_line, ev.paragraph, ev.section),
                           found=m.text, detail=f"văn bản được dẫn ngày {vn_date(ref.issued)}, sau ngày "
                                                f"{vn_date(day)} của chính văn bản này"))
    return out


#: "ngày 12/12/2026 (trước ngày hội nghị 10 ngày)", "ngày 15/12/2026, trước 10 ngày so với ngày họp",
#: "ngày 28/12/2026 (05 ngày sau hội nghị)": a date and how many days it lies before or after an event.
_LEAD_DATE = r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})(?![\d/])|(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>\d{4})(?!\d)"
_EVENT = r"(?P<event>(?:[^\W\d_]+\s+){0,3}?(?:hoi\s+nghi|cuoc\s+hop|hop|dai\s+hoi|doi\s+thoai|bau\s+cu|bo\s+phieu)(?:\s+[^\W\d_]+){0,3}?)"
_N_DAYS = r"(?P<n>\d{1,3})(?:\s*\([^()\d]*\))?\s+ngay(?!\s+lam\s+viec)(?!\w)"
LEAD_DAYS = re.compile(
    rf"(?<![\w/])(?:{_LEAD_DATE})[^.;()\d]{{0,30}}?[(,]\s*(?:tuc\s+la\s+|la\s+|(?:bao\s+dam|dam\s+bao)\s+)?"
    rf"(?:(?P<dir>truoc|sau)\s+(?:ngay\s+|khi\s+)?{_EVENT}\s+{_N_DAYS}"
    rf"|(?P<dir2>truoc|sau)\s+{_N_DAYS.replace('<n>', '<n2>')}\s+(?:so\s+voi\s+|ke\s+tu\s+)?(?:ngay\s+|khi\s+)?"
    rf"{_EVENT.replace('<event>', '<event2>')}"
    rf"|{_N_DAYS.replace('<n>', '<n3>')}\s+(?P<dir3>truoc|sau)\s+(?:ngay\s+|khi\s+)?{_EVENT.replace('<event>', '<event3>')})")
#: The event's key noun, and a date written in the same sentence as it.
_EVENT_NOUNS = ("hoi nghi", "cuoc hop", "dai hoi", "doi thoai", "bau cu", "bo phieu", "hop")
#: An event named by what is done there: "bầu cử" is the meeting that elects the Trưởng thôn (the "Tổ bầu cử" is
#: the team that runs it).
_EVENT_ALIAS = {"bau cu": r"(?<!to\s)bau\s+(?:cu|truong\s+(?:thon|ban|ap|lang|xom|khu\s+pho)|to\s+truong(?:\s+to\s+dan\s+pho)?)"}
#: A date that dates a cited text ("Kế hoạch số 12/KH-UBND ngày 02/11/2026"), not an event.
_CITED_DATE = re.compile(r"(?:so\s*:?\s*[\w./-]*\d[\w./-]*|nam\s+\d{4})\s+(?:ngay\s+)?$")


def _dated(f: str, year_ok=True):
    for m in re.finditer(rf"(?<![\w/]){_LEAD_DATE}", f):
        try:
            yield m, datetime.date(int(m.group("y") or m.group("y2")), int(m.group("m") or m.group("m2")),
                                   int(m.group("d") or m.group("d2")))
        except ValueError:
            continue


#: "HNNLĐ", "HNCBCCVC": a conference written by its initials (folded text).
_CONFERENCE_ABBR = re.compile(r"(?<!\w)hn(?:nld|cbccvc|cbcc|vc|dbnld)(?!\w)")
#: "hội nghị tổ", "hội nghị cấp phòng", "cuộc họp bộ phận": a part's own meeting, another event than the main one.
_PART_EVENT = r"(?!\s+(?:to(?!\s+chuc)|cap|phong|bo\s+phan|xi\s+nghiep|chi\s+nhanh|doi|phan\s+xuong)(?!\w))"


def _event_dates(ctx: Context, p, noun: str, skip: tuple[int, int]) -> set:
    """Dates the document gives the event: in a sentence naming it, or in the list under a "Thời gian"
    heading that holds ``p``."""
    out = set()
    paras = [q for q in ctx.doc.paras if q.zone in ("preamble", "body", "closing")]
    block: list = []
    idx = next((i for i, q in enumerate(paras) if q.index == p.index), None)
    if idx is not None:
        i = idx
        while i >= 0 and paras[i].folded.lstrip().startswith(("-", "+", "*", "•")):
            i -= 1
        if i >= 0 and "thoi gian" in paras[i].folded[:60]:
            j = i + 1
            block = [paras[i]]
            while j < len(paras) and paras[j].folded.lstrip().startswith(("-", "+", "*", "•")):
                block.append(paras[j])
                j += 1
    # "1. Thời gian: 08 giờ 00 ngày 06/3/2026" in a document whose title names the event ("Kế hoạch tổ chức
    # Hội nghị người lao động"): the event's own time line
    titled = any(re.search(rf"(?<!\w){noun}(?!\w)", q.folded) or (noun == "hoi nghi" and _CONFERENCE_ABBR.search(q.folded))
                 for q in ctx.doc.paras[:12] if q.zone == "header")
    for q in paras:
        f = q.folded
        if titled and re.match(r"\s*(?:\d{1,2}[.)]\s*|[-+*•]\s*)?thoi\s+gian(?:\s+to\s+chuc)?\s*:", f):
            block.append(q)
        for m, d in _dated(f):
            if q.index == p.index and m.start() == skip[0]:
                continue
            if _CITED_DATE.search(f[max(0, m.start() - 40):m.start()]):
                continue
            s0 = max(f.rfind(".", 0, m.start()), f.rfind(";", 0, m.start())) + 1
            s1 = len(f) if re.search(r"[.;]", f[m.end():]) is None else m.end() + re.search(r"[.;]", f[m.end():]).start()
            sentence = f[s0:s1]
            if re.search(rf"(?<!\w){_EVENT_ALIAS.get(noun, noun)}(?!\w){_PART_EVENT}", sentence) or q in block:
                out.add(d)
    return out


def check_lead_days(rule: Rule, ctx: Context) -> list[Finding]:
    """A date said to lie N days before (after) an event whose date the document gives elsewhere: the
    two dates are not N days apart (one day either way is tolerated: counting with or without the ends)."""
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = p.folded
        for m in LEAD_DAYS.finditer(f):
            try:
                d1 = datetime.date(int(m.group("y") or m.group("y2")), int(m.group("m") or m.group("m2")),
                                   int(m.group("d") or m.group("d2")))
            except ValueError:
                continue
            g = next(k for k in ("n", "n2", "n3") if m.group(k))
            if re.search(r"(?<!\w)(?:it\s+nhat|cham\s+nhat|toi\s+thieu|toi\s+da|khong\s+it\s+hon|hon|khoang|du)\s*$",
                         f[max(0, m.start(g) - 20):m.start(g)]):
                continue  # "trước ít nhất 05 ngày": a bound, not a count
            before = (m.group("dir") or m.group("dir2") or m.group("dir3")) == "truoc"
            n = int(m.group(g))
            event = m.group("event") or m.group("event2") or m.group("event3")
            noun = next((e for e in _EVENT_NOUNS if re.search(rf"(?<!\w){e}(?!\w)", event)), None)
            if noun is None:
                continue
            cands = {e for e in _event_dates(ctx, p, noun, (m.start(), m.end())) if (e > d1 if before else e < d1)}
            if len(cands) != 1:
                continue  # no date, or several, for the event: which one is meant is not clear
            e = cands.pop()
            days = abs((e - d1).days)
            if abs(days - n) <= 1:
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(" ,("),
                               detail=f"từ {d1.day:02d}/{d1.month:02d}/{d1.year} đến {e.day:02d}/{e.month:02d}/{e.year} "
                                      f"là {days} ngày, không phải {n} ngày"))
        out.extend(_own_span_days(rule, ctx, p))
    return out + _lead_days_rows(rule, ctx)


#: A lead told in a schedule's task cell, its date in another cell: "Gửi dự thảo … trước hội nghị 10 ngày",
#: "chậm nhất 10 ngày trước ngày họp", "trước 10 ngày so với ngày hội nghị" (folded).
LEAD_PHRASE = re.compile(
    rf"(?:(?P<dir>truoc|sau)\s+(?:ngay\s+|khi\s+)?{_EVENT}\s+{_N_DAYS}"
    rf"|(?P<dir2>truoc|sau)\s+{_N_DAYS.replace('<n>', '<n2>')}\s+(?:so\s+voi\s+|ke\s+tu\s+)?(?:ngay\s+|khi\s+)?"
    rf"{_EVENT.replace('<event>', '<event2>')}"
    rf"|{_N_DAYS.replace('<n>', '<n3>')}\s+(?P<dir3>truoc|sau)\s+(?:ngay\s+|khi\s+)?{_EVENT.replace('<event>', '<event3>')})")
_LEAD_BOUND = re.compile(r"(?<!\w)(?:it\s+nhat|cham\s+nhat|toi\s+thieu|khong\s+it\s+hon|som\s+nhat|toi\s+da|khong\s+qua)\s*$")


def _one_date(cell: str):
    """The one full date a cell gives ("09/4/2026", "ngày 16 tháng 4 năm 2026"), else None (none, several, a range)."""
    ds = list(_dated(cell))
    if len(ds) != 1 or re.search(r"\d\s*[-–]\s*\d|(?<!\w)(?:den|tu)\s+(?:ngay\s+)?\d", cell):
        return None
    return ds[0][1]


def _lead_days_rows(rule: Rule, ctx: Context) -> list[Finding]:
    """s18-ic (u57-08 l.34): a schedule table whose task says how many days before (after) the event it is done
    ("| 3 | Gửi dự thảo … trước hội nghị 10 ngày | 09/4/2026 | …") and whose event row, or the text, gives the event's
    date ("| 4 | Tổ chức Hội nghị … | 16/4/2026 | …"): the two dates must lie that many days apart (one day either way
    tolerated; a bound — "ít nhất", "chậm nhất" — only when too few days are left). Silent when the event has no date
    or several on the right side of the task, or the task's own date is a range."""
    out = []
    paras = {q.line: q for q in ctx.doc.paras}
    for table in pipe_tables(ctx.doc.raw_lines, 2):
        rows = [(no, [fold_keep_length(c).lower() for c in cells]) for no, cells in table]
        for no, cells in rows:
            for j, c in enumerate(cells):
                m = LEAD_PHRASE.search(c)
                if not m:  # spelled numbers as digits ("trước hội nghị mười lăm ngày"), accents then folded
                    c = fold_keep_length(digits_for_words(table[[r[0] for r in rows].index(no)][1][j].lower()))
                    m = LEAD_PHRASE.search(c)
                if not m:
                    continue
                g = next(k for k in ("n", "n2", "n3") if m.group(k))
                bound = bool(_LEAD_BOUND.search(c[max(0, m.start(g) - 20):m.start(g)]) or _LEAD_BOUND.search(c[:m.start()]))
                dates = [d for k, x in enumerate(cells) if k != j and (d := _one_date(x))]
                if len(dates) != 1 or list(_dated(c)):
                    continue
                d1, before, n = dates[0], (m.group("dir") or m.group("dir2") or m.group("dir3")) == "truoc", int(m.group(g))
                event = m.group("event") or m.group("event2") or m.group("event3")
                noun = next((e for e in _EVENT_NOUNS if re.search(rf"(?<!\w){e}(?!\w)", event)), None)
                if noun is None:
                    continue
                alias = _EVENT_ALIAS.get(noun, noun)
                cands = set()
                for no2, cells2 in rows:
                    if no2 == no:
                        continue
                    # the row that holds the event itself ("Tổ chức Hội nghị …", "Hội nghị đại biểu …"), not one that
                    # prepares it ("Họp Ban chỉ đạo chuẩn bị hội nghị")
                    named = [x for x in cells2 if (re.match(rf"\s*(?:to\s+chuc\s+|khai\s+mac\s+|tien\s+hanh\s+)?(?:cac\s+)?{alias}(?!\w){_PART_EVENT}", x)
                                                   or noun == "hoi nghi" and re.match(r"\s*(?:to\s+chuc\s+|khai\s+mac\s+)?(?:hoi\s+nghi\s+)?"
                                                                                      + _CONFERENCE_ABBR.pattern, x))
                             and not LEAD_PHRASE.search(x)]
                    ds = [d for x in cells2 if (d := _one_date(x))]
                    if named and len(ds) == 1:
                        cands.add(ds[0])
                p = paras.get(no)
                if p is not None:
                    cands |= _event_dates(ctx, p, noun, (-1, -1))
                cands = {e for e in cands if (e > d1 if before else e < d1)}
                if len(cands) != 1:
                    continue
                e = cands.pop()
                days = abs((e - d1).days)
                if abs(days - n) <= 1 or bound and days >= n:
                    continue
                raw = ctx.doc.raw_lines[no - 1]
                out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=raw.strip(" |"),
                                   detail=f"từ {d1.day:02d}/{d1.month:02d}/{d1.year} đến {e.day:02d}/{e.month:02d}/{e.year} "
                                          f"là {days} ngày, không phải {n} ngày"))
                break
    return out


#: "Thời gian từ ngày ban hành Kế hoạch đến ngày bầu cử là 30 ngày": a count of days between the document's own
#: date and an event whose date the document gives.
SPAN_FROM_OWN = re.compile(
    r"(?<!\w)tu\s+(?:ngay\s+|khi\s+)?(?:ban\s+hanh|ky)(?:\s+(?:ke\s+hoach|thong\s+bao|van\s+ban|quyet\s+dinh)(?:\s+nay)?)?"
    rf"\s+(?:den|toi)\s+(?:ngay\s+|khi\s+)?{_EVENT}\s+(?:la|co|duoc|con)\s+(?:tron\s+)?{_N_DAYS}")


def _own_span_days(rule: Rule, ctx: Context, p) -> list[Finding]:
    """``SPAN_FROM_OWN``: the days from the document's own date to its event, against the count it states."""
    if not ctx.doc.date:
        return []
    own = datetime.date.fromisoformat(ctx.doc.date)
    out = []
    f = p.folded
    for m in SPAN_FROM_OWN.finditer(f):
        noun = next((e for e in _EVENT_NOUNS if re.search(rf"(?<!\w){e}(?!\w)", m.group("event"))), None)
        if noun is None:
            continue
        cands = {e for e in _event_dates(ctx, p, noun, (m.start(), m.end())) if e > own}
        if len(cands) != 1:
            continue
        e = cands.pop()
        n, days = int(m.group("n")), (e - own).days
        if abs(days - n) <= 1:
            continue
        out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(" ,("),
                           detail=f"văn bản ghi ngày {own.day:02d}/{own.month:02d}/{own.year}, sự kiện ngày "
                                  f"{e.day:02d}/{e.month:02d}/{e.year}: cách nhau {days} ngày, không phải {n} ngày"))
    return out


#: "tổ chức 03 hội nghị đối thoại: ngày 12/3/2025 tại thôn Đông, ngày 20/8/2025 tại thôn Tây": a number of
#: events, then one date per event after a colon.
DATED_EVENTS = re.compile(rf"(?<![\w/.,])(?P<n>\d{{1,2}})(?:\s*\([^()\d]*\))?\s+(?P<noun>hoi\s+nghi|cuoc\s+hop|cuoc|buoi|dot|lan|phien|ky\s+hop)"
                          r"(?!\w)[^.;:\d()]{0,60}:\s*(?P<list>[^.]*(?:\.(?=\d)[^.]*)*)")
_ONE_DATE = re.compile(r"(?<![\d/])\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?(?![\d/])|(?<!\w)ngay\s+\d{1,2}\s+thang\s+\d{1,2}(?!\d)")


def check_listed_dates(rule: Rule, ctx: Context) -> list[Finding]:
    """A number of meetings (sessions, rounds) followed by their dates, one each, that lists more or fewer
    dates. Silent when an item holds a range or several dates, or the list does not end the sentence."""
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = p.folded
        for m in DATED_EVENTS.finditer(f):
            if _labelled_number(f, m.start()) or re.search(r"(?<!\w)(?:it\s+nhat|toi\s+thieu|toi\s+da|khoang|tren|hon)\s*$",
                                                            f[max(0, m.start() - 12):m.start()]):
                continue
            lst = m.group("list").strip()
            items = [x.strip() for x in re.split(r"\s*;\s*" if ";" in lst else r"\s*,\s*|\s+va\s+", lst) if x.strip()]
            dates = [len(_ONE_DATE.findall(x)) for x in items]
            if len(items) < 2 or any(d != 1 for d in dates) or re.search(r"(?<!\w)(?:den|toi|tu|hoac|du\s+kien)(?!\w)", lst):
                continue  # an item without its own date, a range, a tentative date: not one date per event
            if not re.match(r"\s*ngay\s|\s*\d", items[0]):
                continue
            n = int(m.group("n"))
            if n == len(items):
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(" ."),
                               detail=f"nêu {n} nhưng liệt kê {len(items)} ngày"))
    return out


# -- a date the document asks for, or reports up to, against its own date ---------------------------------------
_FULL = r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)(?![\d/])|(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>(?:19|20)\d\d)(?!\d)"
#: A deadline the document sets (folded): "gửi … trước ngày 15/5/2026", "chậm nhất ngày 30/12/2025", "hạn cuối gửi
#: ý kiến: trước ngày …", "hoàn thành trước ngày …".
DEADLINE = re.compile(rf"(?<!\w)(?:truoc|cham\s+nhat(?:\s+(?:la|vao|den))?|han\s+(?:cuoi|chot)[^.;\d]{{0,60}}?(?::\s*)?(?:truoc|la|vao)?|"
                      rf"khong\s+qua|han\s+(?:gui|nop)[^.;\d]{{0,30}}?)\s+(?:het\s+)?(?:ngay\s+)?(?:{_FULL})")
#: The sentence asks someone to act by the date.
_ASKS = re.compile(r"(?<!\w)(?:de\s+nghi|yeu\s+cau|han\s+(?:cuoi|chot|gui|nop)|cham\s+nhat|gui\s+(?:ve|y\s+kien|bao\s+cao|ket\s+qua)|"
                   r"nop\s+(?:ve|ho\s+so|bao\s+cao)|hoan\s+thanh)(?!\w)")
#: ... and does not tell what was done by then ("đã gửi trước ngày …", "kết quả …").
_DONE = re.compile(r"(?<!\w)(?:da|duoc|ket\s+qua|thuc\s+hien\s+xong|nam\s+truoc|ky\s+truoc)(?!\w)")
#: A document that tells the past: its dates before its own date are what happened.
_PAST_TITLE = re.compile(r"^\s*(?:bao\s+cao|bien\s+ban|tong\s+ket|so\s+ket)(?!\w)")


def _date_iso(m) -> str | None:
    """The ISO date of a ``_FULL`` match (``_date_of``), None for an impossible one."""
    day = _date_of(m, "", None)
    return day.isoformat() if day else None


def _own_exact(ctx: Context) -> str | None:
    """The document's own date when its heading writes it in full and it is no draft."""
    if any(_DRAFT_LINE.search(fold_keep_length(raw).lower()) for raw in ctx.doc.raw_lines[:12]):
        return None
    own = own_date(ctx.doc)
    if own and own[1] and own[0] in _place_dates(ctx):
        return own[0]
    if own and not re.match(r"\s*ngày\b", ctx.doc.header.date_raw or "", re.IGNORECASE):
        return None
    # a heading that writes its date alone on a line, without the place: "Ngày 10 tháng 01 năm 2026", "Ngày 05/4/2026"
    # (s35-ct: the header reader now dates the text by that line too, ``text._date_by_number_or_alone``)
    for raw in ctx.doc.raw_lines[:8]:
        m = _DATE_LINE.match(fold_keep_length(raw).lower())
        if m:
            return _date_iso(m)
    return None


#: A heading line that marks a draft: "DỰ THẢO", "(Dự thảo lần 2)", "KẾ HOẠCH (DỰ THẢO)".
_DRAFT_LINE = re.compile(r"\(\s*du\s+thao[^)]*\)|^\s*du\s+thao(?:\s+lan\s+\d+)?\s*$")
_DATE_LINE = re.compile(r"^\s*ngay\s+(?P<d>\d{1,2})\s*(?:thang|/)\s*(?P<m>\d{1,2})\s*(?:nam|/)\s*(?P<y>(?:19|20)\d\d)\s*$")


def check_deadline_before(rule: Rule, ctx: Context) -> list[Finding]:
    """A plan, a notice or a letter that asks for something by a date ("đề nghị các thôn gửi báo cáo trước ngày
    15/5/2026") before its own date ("ngày 20 tháng 5 năm 2026"): no one can meet it, one of the two dates is
    wrong. Silent for reports and minutes (they tell what was done), for a sentence that tells what was done
    ("đã", "kết quả"), and for a document without a full date of its own."""
    own = _own_exact(ctx)
    if not own or ctx.doc_type == "bao_cao" or _PAST_TITLE.match(fold(ctx.doc.title_text or "").lower()):
        return []
    out = []
    # a short excerpt's first body line may be read into its heading
    for p in [q for q in ctx.doc.paras if q.zone in ("header", "preamble", "body", "closing")]:
        f = p.folded
        for sent in re.finditer(r"(?:[^.\n]|\.(?=\d))+", f):
            st = sent.group(0)
            if not _ASKS.search(st):
                continue
            for m in DEADLINE.finditer(st):
                when = _date_iso(m)
                if not when or when >= own or _DONE.search(st[:m.start()]):
                    continue
                # the ask must be in the deadline's own clause: "Hồ sơ … của xã (cũ) trước ngày 01/7/2025 được lưu tại
                # …; công dân có quyền yêu cầu cung cấp …" (lw4_14) dates the records, it asks nothing by that day
                c0 = st.rfind(";", 0, m.start()) + 1
                c1 = st.find(";", m.end())
                if not _ASKS.search(st[c0:c1 if c1 >= 0 else len(st)]):
                    continue
                a, b = sent.start() + m.start(), sent.start() + m.end()
                out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b].strip(),
                                   detail=f"thời hạn {vn_date(when)} đã qua trước ngày {vn_date(own)} của chính văn bản"))
    return out


#: The period a report covers (folded): "Kỳ báo cáo: từ ngày 01/01/2026 đến ngày 31/12/2026", "số liệu báo cáo tính
#: từ ngày … đến ngày …", "thời gian lấy số liệu từ … đến …".
REPORT_PERIOD = re.compile(rf"(?<!\w)(?:ky\s+bao\s+cao|so\s+lieu(?:\s+bao\s+cao)?|thoi\s+(?:gian|diem)\s+(?:lay|chot)\s+so\s+lieu|"
                           rf"pham\s+vi\s+bao\s+cao)\s*(?::|duoc|la|tinh)?\s*(?:tinh\s+)?(?:tu\s+(?:ngay\s+)?[\d/]+(?:\s+thang\s+\d+\s+nam\s+\d+)?\s*)?"
                           rf"(?:den|toi|-|–)\s+(?:het\s+)?(?:ngay\s+)?(?:{_FULL})")
#: Figures estimated ahead ("ước thực hiện", "dự kiến"): a report may count days still to come.
_ESTIMATED = re.compile(r"(?<!\w)(?:uoc|du\s+kien|du\s+bao)(?!\w)")


def check_period_after(rule: Rule, ctx: Context) -> list[Finding]:
    """A report whose stated period ends after the report's own date ("Ngày 03/02/2026 … Kỳ báo cáo: từ ngày
    01/01/2026 đến ngày 31/12/2026"): it reports days still to come — the period or the date is wrong. Silent for
    estimated figures ("ước thực hiện đến 31/12") and a document without a full date of its own."""
    own = _own_exact(ctx)
    if not own or not (ctx.doc_type == "bao_cao" or re.match(r"\s*bao\s+cao(?!\w)", fold(ctx.doc.title_text or "").lower())):
        return []  # a plan may ask for figures up to a day to come
    out = []
    for p in ctx.doc.paras:
        if p.zone not in ("header", "preamble", "body", "closing"):
            continue
        f = p.folded
        for m in REPORT_PERIOD.finditer(f):
            when = _date_iso(m)
            sent_start = max(f.rfind(".", 0, m.start()), f.rfind("\n", 0, m.start())) + 1
            sent_end = f.find(".", m.end()) if "." in f[m.end():] else len(f)
            if not when or when <= own or _ESTIMATED.search(f[sent_start:sent_end]):
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(),
                               detail=f"kỳ báo cáo kết thúc ngày {vn_date(when)}, sau ngày {vn_date(own)} của chính báo cáo"))
    return out


# -- a step's deadline against the plan's own timetable -----------------------------------------------------------
#: A row of a timetable, its cells split by bars or by runs of spaces: "Thông qua, đề nghị công nhận   Tháng 6/2026
#: Trưởng thôn": a step, then when (a month, months "02-3/2026", or a date) — folded text.
_WHEN_CELL = re.compile(r"^(?:thang\s+|trong\s+thang\s+|tu\s+thang\s+)?(?P<m>\d{1,2})(?:\s*(?:[-–]|den)\s*(?:thang\s+)?\d{1,2})?\s*/\s*(?P<y>(?:19|20)\d\d)$")
#: "hoàn thành việc thông qua hương ước, quy ước sửa đổi trước ngày 30/4/2026", "xong việc niêm yết chậm nhất ngày
#: 15/5/2026": the step, then its deadline (folded).
STEP_DEADLINE = re.compile(r"(?<!\w)(?:hoan\s+thanh|xong|ket\s+thuc)\s+(?:viec\s+|cong\s+tac\s+)?(?P<step>[a-z]+\s+[a-z]+)(?!\w)"
                           r"[^.;:]{0,80}?(?<!\w)(?:truoc|cham\s+nhat|han\s+cuoi)\s+(?:(?:la|vao)\s+)?(?:ngay\s+)?"
                           r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)(?!\d)")
_STEP_WORDS = {"thong qua", "niem yet", "lay y", "soan thao", "ra soat", "tong ket", "to chuc", "bau cu", "de nghi",
               "cong khai", "trien khai", "xay dung", "bieu quyet", "phat phieu", "kiem phieu", "hop thon"}


def _timetable_rows(ctx: Context) -> list[tuple[int, str, datetime.date]]:
    """(line, step label, first day of its time) of each timetable row: a label cell, then a cell of when."""
    rows = []
    for no, raw in enumerate(ctx.doc.raw_lines, 1):
        cells = [c.strip() for c in (split_row(raw) if "|" in raw else re.split(r" {2,}|\t", raw.strip()))]
        cells = [c for c in cells if c]
        while cells and re.fullmatch(r"\d{1,2}[.)]?|[ivxlc]+[.)]?", cells[0].lower()):
            cells = cells[1:]  # a running number "| 1 | Niêm yết … |"
        if len(cells) < 2:
            continue
        label = fold_keep_length(cells[0]).lower().strip(" .:-")
        label = re.sub(r"^\d{1,2}[.)]?\s*", "", label)
        whens = [m for c in cells[1:] if (m := _WHEN_CELL.match(fold_keep_length(c).lower().strip(" .;")))]
        if len(whens) != 1 or not re.match(r"[a-z]", label):
            continue
        m = whens[0]
        mo, y = int(m.group("m")), int(m.group("y"))
        if 1 <= mo <= 12:
            rows.append((no, label, datetime.date(y, mo, 1)))
    return rows


#: A quarter's heading over its tasks: "Quý I/2026", "2. Quý II năm 2026:", "QUÝ 3/2026" (folded, whole paragraph).
_QUARTER_HEAD = re.compile(r"\s*(?:(?:[ivx]{1,4}|\d{1,2}|[a-d])[.)]\s*)?quy\s+(?P<q>iv|iii|ii|i|0?[1-4])\s*(?:/|-|nam\s+)\s*"
                           r"(?P<y>20\d\d)\s*:?\s*")
_QUARTER_NO = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
#: One month of a year named in a task: "(tháng 5/2026)", "trong tháng 5 năm 2026" — not a span "tháng 4-5/2026".
_TASK_MONTH = re.compile(r"(?<![\d\-–/])(?<!den\s)(?<!toi\s)thang\s+(?P<m>\d{1,2})\s*(?:/\s*|\s+nam\s+)(?P<y>20\d\d)(?![\d/])")


def _month_outside_quarter(rule: Rule, ctx: Context) -> list[Finding]:
    """s17-i2 (u62-10 l.24): a plan lists its tasks under quarter headings ("Quý I/2026") and dates one of them in a
    month of another quarter of that year ("- Giám sát việc công khai dự toán … (tháng 5/2026)"). Read on the list
    items right under the heading, up to the next heading; a span of months or another year is not read."""
    paras = list(ctx.doc.zone("preamble", "body", "closing"))
    out = []
    for i, h in enumerate(paras):
        hm = _QUARTER_HEAD.fullmatch(h.folded)
        if not hm:
            continue
        q, year = _QUARTER_NO[hm.group("q").lstrip("0")], int(hm.group("y"))
        for item in paras[i + 1:i + 20]:
            if not BULLET.match(item.text) or _QUARTER_HEAD.fullmatch(item.folded):
                break
            if re.search(r"(?<!\w)(?:tu|den|toi|va|hoac)\s+thang|(?<!\w)thang\s+\d{1,2}\s*(?:-|–|,|va|den)\s*\d", item.folded):
                continue  # a span or several months: which one the quarter holds is not read
            months = [m for m in _TASK_MONTH.finditer(item.folded) if int(m.group("y")) == year]
            if len(months) != 1:
                continue
            m = months[0]
            month = int(m.group("m"))
            if not 1 <= month <= 12 or (month - 1) // 3 + 1 == q:
                continue
            out.append(finding(rule, ctx, _ev(ctx, item, m.start(), m.end()), found=item.text[m.start():m.end()],
                               detail=f"việc xếp vào {h.text.strip().rstrip(':')} nhưng tháng {month}/{year} thuộc quý "
                                      f"{['I', 'II', 'III', 'IV'][(month - 1) // 3]}"))
    return out


def check_schedule_deadline(rule: Rule, ctx: Context) -> list[Finding]:
    """A plan's timetable puts a step in a month ("Thông qua, đề nghị công nhận | Tháng 6/2026") and its text
    requires that step done before an earlier day ("hoàn thành việc thông qua hương ước … trước ngày 30/4/2026"):
    the timetable begins the step after its own deadline. Read only when one timetable row opens with the step's
    words (two words: "thông qua", "niêm yết", "lấy ý kiến" …) and the whole month of that row is after the day."""
    quarters = _month_outside_quarter(rule, ctx)
    rows = _timetable_rows(ctx)
    if len(rows) < 2:
        return quarters
    out = quarters
    for p in ctx.doc.zone("preamble", "body", "closing"):
        for m in STEP_DEADLINE.finditer(p.folded):
            step = m.group("step")
            if step not in _STEP_WORDS:
                continue
            try:
                due = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
            same = [r for r in rows if r[1].startswith(step)]
            if len(same) != 1 or same[0][2] <= due:
                continue
            no, label, start = same[0]
            a = m.start()
            out.append(finding(rule, ctx, _ev(ctx, p, a, m.end()), found=p.text[a:m.end()],
                               detail=f"tiến độ ở dòng {no} («{re.sub(r'[|]?[ ]{2,}[|]?|[ ]?[|][ ]?', ' | ', ctx.doc.raw_lines[no - 1].strip(' |'))}») xếp việc này "
                                      f"từ tháng {start.month}/{start.year}, sau thời hạn {due:%d/%m/%Y}"))
    return out


# -- a body acting in a plan's timetable before the step that sets it up ----------------------------------------
#: The step that sets a body up: "Ban hành Quyết định thành lập Tổ bầu cử", "thành lập Ban Kiểm phiếu" (folded);
#: "kiện toàn" (the body already exists) is not read.
_SETS_UP = re.compile(r"(?<!\w)(?<!da\s)(?<!duoc\s)thanh\s+lap\s+(?:cac\s+)?(?P<body>(?:tieu\s+ban|to\s+cong\s+tac|hoi\s+dong|to|ban|doan)"
                      r"(?:\s+[a-z]+){1,3})")
#: Words that end a body's name: its place, a purpose, a list of members.
_NAME_END = {"thon", "xa", "phuong", "ban", "khu", "ap", "xom", "lang", "bon", "cua", "de", "va", "gom", "thi", "tran",
             "tai", "theo", "nhiem", "voi", "so", "nam", "dot", "thuoc", "phu", "trach", "tdp", "do"}
#: A header cell naming who does each step of a timetable (folded).
_ACTOR_HEAD = re.compile(r"(?:nguoi|don\s+vi|co\s+quan|bo\s+phan|to\s+chuc|ca\s+nhan)\s+(?:thuc\s+hien|chu\s+tri|phu\s+trach|thuc\s+hien\s*/\s*chu\s+tri)"
                         r"|(?:chu\s+tri|phu\s+trach|trach\s+nhiem|thuc\s+hien|phan\s+cong)(?:\s+thuc\s+hien)?$")
#: A date bounded from above ("chậm nhất 31/3/2024", "trước ngày …", "hạn …") and from below ("sau", "từ").
_UPPER = re.compile(r"(?<!\w)(?:cham\s+nhat|truoc|han(?:\s+(?:cuoi|chot))?|khong\s+qua|xong\s+truoc)(?!\w)")
_LOWER = re.compile(r"(?<!\w)(?:sau|tu|ke\s+tu|bat\s+dau|tiep\s+theo|du\s+kien)(?!\w)")
_ACT_LEAD = r"(?:(?:to\s+truong|pho\s+to\s+truong|truong\s+ban|pho\s+truong\s+ban|thu\s+ky|(?:cac\s+)?thanh\s+vien)\s+)?"


def _body_key(name: str) -> str | None:
    words = name.split()
    head = 2 if words[:2] in (["tieu", "ban"], ["hoi", "dong"]) else (3 if words[:3] == ["to", "cong", "tac"] else 1)
    out = words[:head]
    for w in words[head:]:
        if w in _NAME_END:
            break
        out.append(w)
    return " ".join(out) if len(out) > head else None


def _timetable_steps(ctx: Context) -> list[tuple[int, str, str | None, datetime.date, str]]:
    """(line, task, actor or None, date, bound) of each dated step of a timetable — a table row (cells split by bars or
    by runs of spaces) with one dated cell, its actor in the column headed «Người thực hiện / Chủ trì / Trách nhiệm …»;
    or a list item ("- Ngày 31/3/2024: Tổ bầu cử niêm yết …") with one date. bound: "upper" (chậm nhất, trước),
    "lower" (sau, từ) or "" (on that day)."""
    steps = []
    actor_col = None
    for no, raw in enumerate(ctx.doc.raw_lines, 1):
        line = fold_keep_length(raw).lower()
        cells = [c.strip() for c in (split_row(line) if "|" in line else re.split(r" {2,}|\t", line.strip()))]
        cells = [c for c in cells if c]
        if len(cells) >= 2:
            if not list(_dated(line)):
                heads = [k for k, c in enumerate(cells) if _ACTOR_HEAD.search(c.strip(" .:"))]
                if heads and any(re.search(r"thoi\s+(?:gian|han)|ngay|tien\s+do|moc", c) for c in cells):
                    actor_col = heads[-1]
                continue
            whens = [k for k, c in enumerate(cells) if _one_date(c)]
            if len(whens) != 1:
                continue
            k = whens[0]
            c = cells[k]
            m, d = next(_dated(c))
            before = c[:m.start()]
            bound = "upper" if _UPPER.search(before) else ("lower" if _LOWER.search(before) else "")
            actor = cells[actor_col] if actor_col is not None and actor_col < len(cells) and actor_col != k else None
            task = " | ".join(x for j, x in enumerate(cells) if j not in (k, actor_col))
            steps.append((no, task, actor, d, bound))
            continue
        if not line.strip():
            continue
        actor_col = None
        if not (BULLET.match(line) or re.match(r"\s*(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*[:–-]", line)):
            continue
        ds = list(_dated(line))
        if len(ds) != 1 or re.search(r"\d\s*[-–]\s*\d|(?<!\w)(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?\d", line):
            continue
        m, d = ds[0]
        before = line[max(0, m.start() - 25):m.start()]
        bound = "upper" if _UPPER.search(before) else ("lower" if _LOWER.search(before) else "")
        task = BULLET.sub("", line, count=1)
        task = re.sub(r"^\s*(?:(?:cham\s+nhat|truoc)\s+)?(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*[:,–-]?\s*", "", task)
        steps.append((no, task.strip(), None, d, bound))
    return steps


def _acts(step, key: str) -> bool:
    """Whether the body (its folded key) does the step: it is the step's actor cell, or the task's subject
    ("Tổ bầu cử niêm yết …"), or named after "do / giao / người thực hiện:"."""
    _, task, actor, _, _ = step
    k = rf"(?<!\w){key}(?!\w)"
    if actor is not None:
        return bool(re.search(k, actor))
    return bool(re.match(rf"\s*{_ACT_LEAD}{k}", task)
                or re.search(rf"(?<!\w)(?:do|giao(?:\s+cho)?|(?:nguoi|don\s+vi|bo\s+phan)\s+thuc\s+hien\s*:|(?:chu\s+tri|phu\s+trach|trach\s+nhiem)\s*:)\s*"
                             rf"{_ACT_LEAD}{k}", task))


def check_acts_before_set_up(rule: Rule, ctx: Context) -> list[Finding]:
    """s19-ic2 (u68-04 l.24): a plan's timetable sets a body up in one step ("| 5 | Ban hành Quyết định thành lập Tổ bầu
    cử | 01/4/2024 | Chủ tịch UBND xã |") and gives that body a step dated earlier ("| 4 | Niêm yết … | chậm nhất
    31/3/2024 | Tổ bầu cử |"): the body acts before it exists. Read when the timetable has at least three dated steps,
    one step sets the body up on a day (not "chậm nhất"), the earlier step's date is that day or a bound before it, and
    the text says nowhere that the body was set up already ("đã thành lập", a basis "Quyết định … thành lập …").
    Steps on the same day, a body "kiện toàn" (it exists) are silent."""
    steps = _timetable_steps(ctx)
    if len(steps) < 3:
        return _collected_before_handed_out(rule, ctx) + _compiled_before_collected(rule, ctx)
    out = []
    setups: dict[str, list] = {}
    for s in steps:
        for m in _SETS_UP.finditer(s[1]):
            key = _body_key(m.group("body"))
            if key and (not setups.get(key) or setups[key][-1] is not s):
                setups.setdefault(key, []).append(s)
    step_lines = {s[0] for s in steps}
    for key, ss in setups.items():
        if len(ss) != 1 or ss[0][4] != "" and ss[0][4] != "lower":
            continue
        setup = ss[0]
        k = rf"(?<!\w){key}(?!\w)"
        said = re.compile(rf"(?:(?:da|duoc|da\s+duoc)\s+thanh\s+lap\s+(?:cac\s+)?{k}|{k}[^.;]{{0,60}}?(?<!\w)(?:da|duoc|da\s+duoc)\s+thanh\s+lap"
                          rf"|thanh\s+lap\s+(?:cac\s+)?{k}[^.;]{{0,80}}?\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*\d{{4}}"
                          rf"|\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*\d{{4}}[^.;]{{0,80}}?thanh\s+lap\s+(?:cac\s+)?{k})")
        if any(no not in step_lines and said.search(fold_keep_length(raw).lower())
               for no, raw in enumerate(ctx.doc.raw_lines, 1)) \
                or any(p.zone == "basis" and re.search(k, p.folded) for p in ctx.doc.paras):
            continue
        for s in steps:
            if s is setup or _SETS_UP.search(s[1]) or s[4] == "lower" or s[3] >= setup[3] or not _acts(s, key):
                continue
            raw = ctx.doc.raw_lines[s[0] - 1]
            name = ctx.doc.raw_lines[setup[0] - 1]
            a = fold_keep_length(name).lower().find(key)
            shown = name[a:a + len(key)] if a >= 0 else key
            out.append(finding(rule, ctx, ctx.doc.evidence_line(s[0]), found=raw.strip(" |"),
                               detail=f"việc này giao cho {shown} với thời hạn {s[3]:%d/%m/%Y}, nhưng theo dòng {setup[0]} "
                                      f"{shown} đến ngày {setup[3]:%d/%m/%Y} mới được thành lập"))
    said = {f.evidence.line for f in out}
    out += [f for f in _uses_before_made(rule, ctx, steps) if f.evidence.line not in said]
    said = {f.evidence.line for f in out}
    out += [f for f in _collected_before_handed_out(rule, ctx) if f.evidence.line not in said]
    said = {f.evidence.line for f in out}
    return out + [f for f in _compiled_before_collected(rule, ctx) if f.evidence.line not in said]


#: A step that makes public or sends on what another step makes: "Niêm yết các quyết định", "Thông báo, niêm yết các
#: quyết định tại nhà văn hóa", "Công bố kết quả bầu cử" (folded task). ``what``: the product.
_USES = re.compile(r"(?<!\w)(?:niem\s+yet|thong\s+bao|cong\s+bo|cong\s+khai|phat|gui|pho\s+bien|trien\s+khai|bao\s+cao)(?!\w)"
                   r"[^|.;]{0,40}?(?<!\w)(?P<what>cac\s+quyet\s+dinh(?!\s+cua\s+cong\s+dong)|quyet\s+dinh\s+thanh\s+lap|"
                   r"ket\s+qua\s+(?:cuoc\s+hop\s+)?(?:bau(?:\s+cu)?|kiem\s+phieu|bo\s+phieu))(?!\w)")
#: The step that makes it: issuing a decision that organises the work (not one that recognises its outcome), or the
#: vote itself.
_MAKES = {"quyet dinh": re.compile(r"(?<!\w)(?:ban\s+hanh|ky|ra)\s+(?:cac\s+)?quyet\s+dinh(?!\s+(?:cong\s+nhan|cho\s+thoi|mien\s+nhiem|"
                                   r"bai\s+nhiem|khen|phe\s+duyet\s+ket\s+qua))"),
          "ket qua": re.compile(r"(?<!\w)(?:(?:to\s+chuc\s+)?(?:cuoc\s+hop|hoi\s+nghi)(?:\s+[a-z]+){0,6}?\s+bau|to\s+chuc\s+bau|"
                                r"bo\s+phieu\s+bau|kiem\s+phieu)(?!\w)")}


def _uses_before_made(rule: Rule, ctx: Context, steps) -> list[Finding]:
    """s19-ic2 (n13 l.19, u68-04 l.24): a timetable step posts or sends on what a later step makes — "| 5 | Thông báo,
    niêm yết các quyết định … | chậm nhất 09/11/2025 |" before "| 4 | Ban hành quyết định thành lập Tổ bầu cử … |
    10/11/2025 |"; "Công bố kết quả bầu" before the vote. Read when exactly one step makes it, on a day after the
    step's date (or bound); steps on the same day, a decision that recognises the outcome, are silent."""
    out = []
    for s in steps:
        m = _USES.search(s[1])
        if not m or s[4] == "lower":
            continue
        what = "quyet dinh" if "quyet dinh" in m.group("what") else "ket qua"
        if what == "quyet dinh" and "thanh lap" in m.group("what"):
            makers = [t for t in steps if t is not s and _SETS_UP.search(t[1]) and _MAKES[what].search(t[1])]
        else:
            makers = [t for t in steps if t is not s and _MAKES[what].search(t[1]) and not _USES.search(t[1])]
        if len(makers) != 1:
            continue
        t = makers[0]
        if t[4] == "upper" or t[3] <= s[3]:
            continue
        raw = ctx.doc.raw_lines[s[0] - 1]
        made = re.sub(r"[ ]{2,}", " ", ctx.doc.raw_lines[t[0] - 1].strip(" |"))
        out.append(finding(rule, ctx, ctx.doc.evidence_line(s[0]), found=raw.strip(" |"),
                           detail=f"việc này có thời hạn {s[3]:%d/%m/%Y}, nhưng việc nó cần đến (dòng {t[0]}: «{made}») "
                                  f"đến ngày {t[3]:%d/%m/%Y} mới làm"))
    return out


#: s22-ic (u70-13 l.22): the steps of consulting households by ballot (Decree 61/2023 Art. 10.2; Law 10/2022 Art. 25):
#: the ballots are handed out ("phát phiếu"), then collected and counted ("thu phiếu", "kiểm phiếu") — folded labels.
_HAND_OUT = re.compile(r"(?<!\w)phat\s+(?:phieu|lai\s+phieu)(?!\w)")
_COLLECT = re.compile(r"(?<!\w)(?:thu\s+(?:lai\s+|ve\s+)?phieu|kiem\s+phieu)(?!\w)")


def _step_label(line: str) -> str | None:
    """The label of a dated line of a plan: the words before its first colon in a list item or a numbered line
    ("7. Thời hạn thu phiếu: chậm nhất ngày 20/11/2023"), or the cells of a table row that hold no date."""
    if "|" in line:
        cells = [c.strip() for c in split_row(line)]
        return " | ".join(c for c in cells if c and not list(_dated(c)))
    m = re.match(r"\s*(?:\d{1,2}[.)]|[-+•*]|[a-z][.)])?\s*(?P<label>[^:\d]{3,80}):", line)
    return m.group("label") if m else None


def _collected_before_handed_out(rule: Rule, ctx: Context) -> list[Finding]:
    """The ballots collected or counted by a day before the day they begin to be handed out ("6. Thời gian phát phiếu:
    từ ngày 25/11/2023 đến ngày 28/11/2023" and "7. Thời hạn thu phiếu: chậm nhất ngày 20/11/2023"): no household can
    return a ballot it has not been given — one of the dates is wrong. Read when one line (a numbered or bulleted line
    opening with its label, or a table row) names the handing out and one names the collecting, each with full dates
    and neither naming the other step; the handing out starts on its earliest date, the collecting ends on its latest."""
    handed, collected = [], []
    for no, raw in enumerate(ctx.doc.raw_lines, 1):
        line = fold_keep_length(raw).lower()
        label = _step_label(line)
        if not label:
            continue
        days = [d for _, d in _dated(line)]
        if not days:
            continue
        out_, in_ = bool(_HAND_OUT.search(label)), bool(_COLLECT.search(label))
        if out_ and not in_:
            handed.append((no, min(days)))
        elif in_ and not out_:
            collected.append((no, max(days)))
    if len(handed) != 1 or not collected:
        return []
    h_no, start = handed[0]
    return _lines_before(rule, ctx, collected, start,
                         lambda last: f"phiếu được thu, kiểm đến ngày {last:%d/%m/%Y}, nhưng theo dòng {h_no} đến ngày "
                                      f"{start:%d/%m/%Y} mới bắt đầu phát phiếu")


def _lines_before(rule: Rule, ctx: Context, dated: list, bound, detail) -> list[Finding]:
    """A finding on each (line, day) of ``dated`` whose day falls before ``bound``, its line quoted; ``detail(day)``
    says why."""
    out = []
    for no, day in dated:
        if day < bound:
            raw = ctx.doc.raw_lines[no - 1]
            out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=raw.strip(" |-"), detail=detail(day)))
    return out


#: s26-ic (u78-03 l.30): the time given to collect opinions ("Thời gian lấy ý kiến là 12 ngày, từ ngày 16/9/2024 đến hết
#: ngày 27/9/2024") and the step that compiles all of them, bounded from above ("Trước ngày 25/9/2024: … tổng hợp toàn bộ
#: ý kiến của Nhân dân"): the whole cannot be compiled before the last opinion may come in (folded).
_COLLECT_PERIOD = re.compile(r"(?<!\w)(?:thoi\s+gian|thoi\s+han)\s+(?:lay|tiep\s+nhan|gop|nhan|thu\s+thap)\s+y\s+kien(?!\w)")
_COMPILE_ALL = re.compile(r"(?<!\w)tong\s+hop\s+(?:toan\s+bo|tat\s+ca|day\s+du)\s+(?:cac\s+)?(?:y\s+kien|ket\s+qua\s+lay\s+y\s+kien)(?!\w)")
#: A part or a moment of the compiling, not the whole: each round, each day, a first summary (folded).
_COMPILE_PART = re.compile(r"(?<!\w)(?:tung\s+dot|dot\s+\d|hang\s+ngay|hang\s+tuan|dinh\s+ky|so\s+bo|buoc\s+dau|giua\s+ky|lan\s+\d|"
                           r"theo\s+tung|da\s+nhan\s+duoc\s+den)(?!\w)")
#: The bound before a date: "trước ngày", "chậm nhất (là) ngày", "xong trước", "hạn (chót)" (folded).
_BOUND_DAY = re.compile(r"(?<!\w)(?:truoc|cham\s+nhat(?:\s+la)?|xong\s+truoc|han(?:\s+chot)?|khong\s+qua)\s+(?:ngay\s+)?$")


def _compiled_before_collected(rule: Rule, ctx: Context) -> list[Finding]:
    """All the opinions compiled by a day before the last day they may be given: one line states the time to give
    them, ending on a full date, and a line gives the compiling of all of them ("toàn bộ", "tất cả", "đầy đủ") a bound
    before that date. Silent when the time to give opinions ends on two different days (two rounds), or the compiling
    is of one round, a first summary or a part."""
    ends, compiles = set(), []
    for no, raw in enumerate(ctx.doc.raw_lines, 1):
        line = fold_keep_length(raw).lower()
        if _COLLECT_PERIOD.search(line):
            days = [(m, d) for m, d in _dated(line)]
            if days:
                m, d = max(days, key=lambda x: x[1])
                if re.search(r"(?<!\w)(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?$", line[max(0, m.start() - 20):m.start()]):
                    ends.add((d, no))
            continue
        if _COMPILE_ALL.search(line) and not _COMPILE_PART.search(line):
            bounded = [d for m, d in _dated(line) if _BOUND_DAY.search(line[max(0, m.start() - 22):m.start()])]
            if len(bounded) == 1:
                compiles.append((no, bounded[0]))
    if len({d for d, _ in ends}) != 1:
        return []
    end, e_no = min(ends)
    return _lines_before(rule, ctx, compiles, end,
                         lambda due: f"toàn bộ ý kiến phải tổng hợp xong trước {due:%d/%m/%Y}, nhưng theo dòng {e_no} ý "
                                     f"kiến còn được tiếp nhận đến hết ngày {end:%d/%m/%Y}")


# -- the meeting's day restated with another date -------------------------------------------------------------
#: "trước ngày bầu cử ngày 16/6/2024", "ngày họp là 16/6/2024", "ngày hội nghị (16/6/2024)" (folded): the day of the
#: event named, then a date.
EVENT_DAY = re.compile(r"(?<!\w)ngay\s+(?P<ev>(?:to\s+chuc\s+)?(?:cuoc\s+hop|hoi\s+nghi|hop)(?:\s+bau(?:\s+cu)?)?|bau\s+cu|bo\s+phieu)"
                       r"\s*(?:,\s*)?(?:la\s+|vao\s+|:\s*|\(\s*)?(?:ngay\s+)?(?P<date>" + _LEAD_DATE.replace("?P<", "?P<e") + ")")
#: Another round or several meetings: the days may differ.
_ROUNDS = re.compile(r"(?<!\w)(?:bau\s+lai|bau\s+bo\s+sung|lan\s+(?:2|hai)|vong\s+(?:2|hai)|dot\s+(?:2|hai)|hop\s+lai|lui\s+(?:lai|ngay)|"
                     r"doi\s+(?:lai\s+)?ngay|chuyen\s+sang\s+ngay|hoan)(?!\w)")


def check_event_day(rule: Rule, ctx: Context) -> list[Finding]:
    """s19-ic2 (u61-03 l.34): the day of the meeting restated ("… tức là trước ngày bầu cử ngày 16/6/2024") against the
    one date the rest of the document gives that meeting ("Cuộc họp … bầu Tổ trưởng: 07 giờ 30, thứ Bảy, ngày
    15/6/2024"). Silent when the rest gives the meeting no date or several, and when the text speaks of another round
    or a changed day ("bầu lại", "lùi ngày", "hoãn")."""
    out = []
    if any(_ROUNDS.search(p.folded) for p in ctx.doc.paras):
        return out
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = p.folded
        for m in EVENT_DAY.finditer(f):
            try:
                said = datetime.date(int(m.group("ey") or m.group("ey2")), int(m.group("em") or m.group("em2")),
                                     int(m.group("ed") or m.group("ed2")))
            except (TypeError, ValueError):
                continue
            ev = m.group("ev")
            noun = "bau cu" if re.search(r"bau|bo\s+phieu", ev) else ("hoi nghi" if "hoi nghi" in ev else "cuoc hop")
            s0 = max(f.rfind(".", 0, m.start()), f.rfind(";", 0, m.start())) + 1
            e = re.search(r"\.(?!\d)|;", f[m.end():])
            own = {d for _, d in _dated(f[s0:m.end() + e.start() if e else len(f)])}  # the restating sentence's dates
            dates = _event_dates(ctx, p, noun, (m.start("date"), m.end("date"))) - own
            if noun == "bau cu":
                dates |= {d for q in ctx.doc.zone("preamble", "body", "closing") if q.index != p.index
                          for _, d in _dated(q.folded) if re.search(r"(?<!\w)cuoc\s+hop[^.;]{0,80}?(?<!to\s)bau", q.folded)
                          and len(list(_dated(q.folded))) == 1}
            if len(dates) != 1:
                continue
            day = next(iter(dates))
            if day == said:
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                               detail=f"chỗ khác văn bản ghi ngày này là {day.day:02d}/{day.month:02d}/{day.year}"))
    return out


# --- s24-ic (u74_11 l.30, u49-13 l.38): the document's own effect dated twice ---
_OWN_TYPES = r"nghi\s+quyet|quyet\s+dinh|quy\s+che|huong\s+uoc|quy\s+uoc|noi\s+quy|quy\s+dinh|ke\s+hoach"
#: "Nghị quyết này có hiệu lực từ ngày 01/02/2024", "Quyết định này có hiệu lực kể từ ngày ký", "Nghị quyết này đã được
#: HĐND xã … thông qua ngày 15/12/2023 và có hiệu lực từ ngày 01/02/2024" — a text of the document's own kind at the
#: start of a clause, saying from when it takes effect: a date, or the day it is signed, issued or passed (folded).
EFFECT = re.compile(
    rf"(?:^|(?<=[.;:])|(?<=[.;:]\s))\s*(?P<subj>{_OWN_TYPES})(?P<this>\s+nay)?\s+"
    r"(?:(?:da\s+)?duoc\s+(?P<by>[^.;]{0,160}?)\s+va\s+)?co\s+hieu\s+luc(?:\s+thi\s+hanh)?\s+(?:ke\s+)?tu\s+(?:ngay\s+)?"
    r"(?:(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})|(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>\d{4})"
    r"|(?P<act>ky(?:\s+ban\s+hanh)?|ban\s+hanh|thong\s+qua)(?!\s+(?:quy|huong|nghi|quyet|ke|noi|cua|tai)(?!\w)))(?![\d/])")
_PASSED_ON_DAY = re.compile(r"(?<!\w)thong\s+qua\s+(?:vao\s+)?ngay\s+(?:(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})"
                            r"|(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>\d{4}))")
#: "Ban hành kèm theo Quyết định này Quy chế …": the text a decision issues takes its effect with it.
_ISSUED_WITH = re.compile(rf"(?<!\w)ban\s+hanh\s+kem\s+theo\s+quyet\s+dinh\s+nay\s+(?:ban\s+)?(?P<what>{_OWN_TYPES})(?!\w)")


def check_effect_twice(rule: Rule, ctx: Context) -> list[Finding]:
    """The document says twice from when it takes effect, on two different days ("… thông qua ngày 15/12/2023 và có
    hiệu lực từ ngày 01/02/2024" / "Nghị quyết có hiệu lực kể từ ngày thông qua"; a decision "có hiệu lực kể từ ngày ký"
    and the Quy chế it issues "có hiệu lực từ ngày 01 tháng 6 năm 2026"). Read only for the document's own kind (its
    heading's, "… này", or the text a decision issues "kèm theo Quyết định này"), and only when both days are known: a
    date, or the day of signing (the heading's date) or of passing (the day the text says it was passed, else the
    heading's). An effect tied to another act ("kể từ ngày được UBND xã công nhận") is not compared."""
    own_type = re.sub(r"\s+", " ", fold_keep_length(ctx.doc.header.doc_type or "").lower()).strip()
    own = own_date(ctx.doc)
    own_day = datetime.date.fromisoformat(own[0]) if own and own[1] else None
    issued = {m.group("what") for p in ctx.doc.paras for m in _ISSUED_WITH.finditer(p.folded)}
    issued = {re.sub(r"\s+", " ", w) for w in issued}
    passed = {d for p in ctx.doc.paras for m in _PASSED_ON_DAY.finditer(p.folded) if (d := _date_of(m, "", None))}
    said = []  # (subject, day, how, paragraph, match)
    for p in ctx.doc.paras:
        for m in EFFECT.finditer(p.folded):
            subj = re.sub(r"\s+", " ", m.group("subj"))
            if not (m.group("this") or subj == own_type or subj in issued):
                continue
            act = m.group("act")
            if not act:
                day = _date_of(m, "", None)
            elif act.startswith("thong"):
                here = _PASSED_ON_DAY.search(m.group("by") or "")
                day = (_date_of(here, "", None) if here else None) or (next(iter(passed)) if len(passed) == 1 else own_day)
            else:
                day = own_day
            if day:
                said.append((subj, day, p, m))
    out = []
    for i, (subj, day, p, m) in enumerate(said):
        for subj0, day0, p0, m0 in said[:i]:
            same = subj == subj0 or {subj, subj0} <= {"quyet dinh", *issued} and "quyet dinh" in {subj, subj0}
            if not same or day == day0:
                continue
            a = m.start("subj")
            out.append(finding(rule, ctx, _ev(ctx, p, a, m.end()), found=p.text[a:m.end()],
                               detail=f"có hiệu lực từ {day.day:02d}/{day.month:02d}/{day.year}, trong khi "
                                      f"«{p0.text[m0.start('subj'):m0.end()].strip()}» là từ "
                                      f"{day0.day:02d}/{day0.month:02d}/{day0.year}"))
            break
    return out
