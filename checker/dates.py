"""Calendar dates as Vietnamese documents write them, and the days between two of them.

Pure functions over accent-folded lower-case text (``checker.text.fold_keep_length``),
so offsets are those of the original:

1. ``find_dates``: "25/3/2026", "05/01/2026", "ngày 26 tháng 4 năm 2026" (invalid
   dates such as 31/02 are skipped);
2. ``find_spans``: periods written as two dates — "từ ngày 02/9/2024 đến hết ngày
   08/10/2024", "từ ngày 15/9 (ngày công khai dự thảo) đến hết ngày 28/9/2026", "từ
   ngày 05 đến ngày 24 tháng 8 năm 2024" (the first date takes the month and year it
   leaves out from the second) — with their length in days, counting both ends (the
   lenient count for a minimum period: "không ít hơn 30 ngày kể từ ngày niêm yết");
3. ``days_between``: whole days from one date to another; ``fewest_workdays``: the working days between
   them, never more than there were (weekends and every day a public holiday may fall on left out);
   ``most_workdays``: never fewer than there were (Monday to Friday, no holiday left out);
4. ``find_impossible_dates``: a day, month and year that no calendar has ("ngày 31/4/2026",
   "ngày 29 tháng 02 năm 2026", "ngày 12 tháng 13 năm 2026").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_NUMERIC = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"
_WORDS = r"ngay\s+(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>\d{4})"
DATE = re.compile(rf"(?<![\d/.])(?:{_NUMERIC}|{_WORDS})(?![\d/])")
#: The first date of a span may leave out what the second one says: "từ 15/9 đến 28/9/2026",
#: "từ ngày 05 đến ngày 24/8/2024", "từ ngày 05 đến ngày 24 tháng 8 năm 2024".
_FIRST = (r"(?P<ad>\d{1,2})(?:\s*[/.-]\s*(?P<am>\d{1,2})(?:\s*[/.-]\s*(?P<ay>\d{4}))?"
          r"|\s+thang\s+(?P<am2>\d{1,2})(?:\s+nam\s+(?P<ay2>\d{4}))?)?")
_SECOND = (r"(?P<bd>\d{1,2})(?:\s*[/.-]\s*(?P<bm>\d{1,2})\s*[/.-]\s*(?P<by>\d{4})"
           r"|\s+thang\s+(?P<bm2>\d{1,2})\s+nam\s+(?P<by2>\d{4}))")
#: "(ngày công khai dự thảo)" after the first date names it; it is no part of the span.
SPAN = re.compile(
    rf"\btu\s+(?:ngay\s+)?{_FIRST}(?![\d/])(?:\s*\([^()\d]{{0,60}}\))?"
    rf"\s*(?:den|toi|-|–)\s*(?:het\s+)?(?:ngay\s+)?{_SECOND}(?![\d/])"
)

#: s40-qrc (unseen105 u105-04 L10): a range written as two dates joined by a dash, with no «từ» — a timetable's cell
#: «| 05/11 - 14/11/2025 |», «(10/3 – 29/3/2026)». The first date gives at least its day and month, the second a whole
#: date; neither is part of a number («số 05/11-14/11/2025/…» is no range: the "/" after it).
BARE_SPAN = re.compile(
    r"(?<![\w/.-])(?<!so\s)(?<!so:\s)(?P<ad>\d{1,2})\s*/\s*(?P<am>\d{1,2})(?:\s*/\s*(?P<ay>\d{4}))?(?![\d/])"
    r"\s*(?:-|–|—)\s*(?P<bd>\d{1,2})\s*/\s*(?P<bm>\d{1,2})\s*/\s*(?P<by>\d{4})(?![\d/.-]*[a-z\d])"
)


@dataclass(frozen=True)
class DateAt:
    value: date
    start: int
    end: int


@dataclass(frozen=True)
class Span:
    first: date
    last: date
    start: int
    end: int

    @property
    def days(self) -> int:
        """Length counting both the first and the last day."""
        return (self.last - self.first).days + 1


def _make(d: str, m: str, y: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------------------
# Dates written in words: "ngày mười lăm tháng ba năm 2026", "ngày hai mươi hai tháng ba năm hai nghìn không trăm
# hai mươi sáu", "ngày mồng một tháng Giêng năm 2026". The folded text may already read part of the words as digits
# (``checker.text.Para.folded``: "ngay 22           thang ba nam 2000      khong tram 26"), so each part accepts
# digits, words or both. A day and a month must be whole (1–31, 1–12) and the year four digits' worth (1900–2099).
# ---------------------------------------------------------------------------------------------------------

_W_DIGIT = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9}
_W_LAST = {**_W_DIGIT, "lam": 5, "nham": 5}
_NUMW = r"(?:\d{1,4}|khong|mot|hai|ba|bon|tu|nam|lam|nham|sau|bay|tam|chin|muoi|tram|nghin|ngan|linh|le)"
_WORDS_NUM = rf"{_NUMW}(?:\s+{_NUMW}){{0,7}}"
_MONTHS: dict[str, int] = {}  # "tháng Giêng", "tháng Chạp" name lunar months: not read
_SPELLED = re.compile(
    rf"(?<![\w/.])ngay\s+(?:(?:mong|mung)\s+)?(?P<d>{_WORDS_NUM})\s+thang\s+(?P<m>{_WORDS_NUM}?)"
    rf"\s+nam\s+(?P<y>{_WORDS_NUM})(?![\w/])"
)


def _words_value(words: list[str]) -> int | None:
    """The value of a number written in folded words and digits ("muoi lam", "hai muoi hai", "2000 khong tram 26",
    "hai nghin khong tram hai muoi sau", "hai khong hai sau"); None when the words do not make one number."""
    if not words:
        return None
    if len(words) == 4 and all(w in _W_LAST or w == "khong" for w in words) and words[0] in ("mot", "hai"):
        return int("".join(str(_W_LAST.get(w, 0)) for w in words))  # "hai không hai sáu": digit by digit
    total, cur, i = 0, 0, 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w.isdigit():
            if cur % 100 and int(w) < 100 or int(w) >= 1000 and (total or cur):
                return None
            if int(w) >= 1000:
                total, cur = int(w), 0
            else:
                cur += int(w)
        elif w in ("nghin", "ngan"):
            if total or cur == 0 or cur > 999:
                return None
            total, cur = cur * 1000, 0
        elif w == "tram":
            if cur >= 10 or i == 0 and not total:
                return None
            cur *= 100
        elif w == "khong":
            if nxt != "tram":
                return None
        elif w in ("linh", "le"):
            if nxt not in _W_DIGIT:
                return None
        elif w == "muoi":
            last = cur % 100
            if last and last < 10 and (i and words[i - 1] in _W_DIGIT):
                cur += last * 9  # "hai mươi": 2 → 20
            elif last:
                return None
            else:
                cur += 10  # "mười", "mười lăm"
            if nxt in _W_LAST:  # "mười một", "mười lăm", "hai mươi mốt", "hai mươi tư"
                cur += _W_LAST[nxt]
                i += 1
        elif w in _W_DIGIT:
            if cur % 100 and not (i and words[i - 1] in ("linh", "le")):
                return None
            cur += _W_DIGIT[w]
        else:
            return None
        i += 1
    return total + cur


def _spelled_dates(folded: str) -> list[DateAt]:
    out = []
    for m in _SPELLED.finditer(folded):
        if all(re.fullmatch(r"\d+", m.group(g)) for g in ("d", "m", "y")):
            continue  # read by ``DATE``
        month = _MONTHS.get(m.group("m")) or _words_value(m.group("m").split())
        day, year = _words_value(m.group("d").split()), _words_value(m.group("y").split())
        if not (day and month and year and 1900 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= 31):
            continue
        v = _make(str(day), str(month), str(year))
        if v:
            out.append(DateAt(v, m.start(), m.end()))
    return out


def find_dates(folded: str) -> list[DateAt]:
    """Every valid calendar date in folded text, in order: in digits ("25/3/2026", "ngày 26 tháng 4 năm 2026") or in
    words ("ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi sáu", ``_spelled_dates``)."""
    out = []
    for m in DATE.finditer(folded):
        if m.group("d"):
            v = _make(m.group("d"), m.group("m"), m.group("y"))
        else:
            v = _make(m.group("d2"), m.group("m2"), m.group("y2"))
        if v:
            out.append(DateAt(v, m.start(), m.end()))
    if "thang" in folded:
        words = _spelled_dates(folded)
        if words:  # a date in words wins over the digits read inside it ("năm hai nghìn …" is not year 2000)
            out = [d for d in out if not any(w.start <= d.start < w.end or d.start <= w.start < d.end for w in words)]
            out = sorted(out + words, key=lambda d: d.start)
    return out


def find_spans(folded: str) -> list[Span]:
    """Periods written "từ (ngày) A đến (hết) (ngày) B" with A ≤ B; A may leave out the month
    and year B gives ("từ ngày 05 đến ngày 24/8/2024"); and "A - B", two dates joined by a dash (``BARE_SPAN``)."""
    out = []
    for m in SPAN.finditer(folded):
        bm, by = m.group("bm") or m.group("bm2"), m.group("by") or m.group("by2")
        last = _make(m.group("bd"), bm, by)
        am, ay = m.group("am") or m.group("am2"), m.group("ay") or m.group("ay2")
        first = _make(m.group("ad"), am or bm, ay or by)
        if first and last and not ay and first > last:
            first = _make(m.group("ad"), am or bm, str(int(by) - 1))  # "từ 20/12 đến 10/01/2027"
        if first and last and first <= last:
            out.append(Span(first, last, m.start(), m.end()))
    for m in BARE_SPAN.finditer(folded):
        if any(sp.start <= m.start() < sp.end for sp in out):
            continue  # "từ 05/11 - 14/11/2025": read above
        last = _make(m.group("bd"), m.group("bm"), m.group("by"))
        first = _make(m.group("ad"), m.group("am"), m.group("ay") or m.group("by"))
        if first and last and not m.group("ay") and first > last:
            first = _make(m.group("ad"), m.group("am"), str(int(m.group("by")) - 1))  # "20/12 - 10/01/2027"
        if first and last and first <= last:
            out.append(Span(first, last, m.start(), m.end()))
    return sorted(out, key=lambda sp: sp.start)


def days_between(first: date, second: date) -> int:
    """Whole days from ``first`` to ``second`` (negative when ``second`` is earlier)."""
    return (second - first).days


# ---------------------------------------------------------------------------------------------------------
# Working days. Public holidays (Bộ luật Lao động 2019 Art. 112): 01/01; Tết (05 days around the lunar new year);
# Giỗ Tổ Hùng Vương (10/3 lunar); 30/4 and 01/5; 02/9 and one day next to it — and the Government moves days off
# next to them each year. ``fewest_workdays`` counts Monday to Friday and takes out every day a holiday or a day
# swapped for one may fall on (a window around each), so it never says more working days than there were; a
# finding on it is safe. The lunar dates are known for the years below; for another year it says nothing.
# ---------------------------------------------------------------------------------------------------------

#: Lunar new year's day and Giỗ Tổ Hùng Vương (10/3 lunar) in the solar calendar.
_LUNAR = {
    2023: (date(2023, 1, 22), date(2023, 4, 29)), 2024: (date(2024, 2, 10), date(2024, 4, 18)),
    2025: (date(2025, 1, 29), date(2025, 4, 7)), 2026: (date(2026, 2, 17), date(2026, 4, 26)),
    2027: (date(2027, 2, 6), date(2027, 4, 16)), 2028: (date(2028, 1, 26), date(2028, 4, 4)),
}
#: Days before and after each holiday that may be off (the holiday itself, days moved next to it).
_TET_WINDOW, _DAY_WINDOW = 9, 3


def _may_be_off(day: date) -> bool:
    tet, hung = _LUNAR[day.year]
    fixed = (date(day.year, 1, 1), date(day.year, 4, 30), date(day.year, 5, 1), date(day.year, 9, 2), hung)
    if any(abs((day - f).days) <= _DAY_WINDOW for f in fixed) or abs((day - tet).days) <= _TET_WINDOW:
        return True
    return day.month == 12 and day.day >= 31 - _DAY_WINDOW  # next year's 01/01


def fewest_workdays(first: date, second: date) -> int | None:
    """The fewest working days there can have been after ``first`` up to and including ``second`` (the day of
    receipt does not count: "trong thời hạn 05 ngày làm việc kể từ ngày nhận được"); None for a year whose
    lunar holidays are not known, or when ``second`` is not after ``first``."""
    if second <= first or not all(y in _LUNAR for y in range(first.year, second.year + 1)):
        return None
    n, day = 0, first
    while day < second:
        day += timedelta(days=1)
        if day.weekday() < 5 and not _may_be_off(day):
            n += 1
    return n


#: "ngày 31/4/2026", "31/4/2026", "ngày 30 tháng 02 năm 2026": a written day, month and year; not a document
#: number ("số 31/4/2026…", "12/2023/NĐ-CP").
_ANY_DATE = re.compile(r"(?<![\w/.-])(?:(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)(?![\d/.-]*[a-z\d])"
                       r"|ngay\s+(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>(?:19|20)\d\d)(?!\d))")
_NUMBER_BEFORE = re.compile(r"(?<!\w)(?:so|ky\s+hieu|ma)\s*:?\s*$")


def find_impossible_dates(folded: str) -> list[tuple[int, int, int, int, int]]:
    """(start, end, day, month, year) of each written date that is not a calendar date: day 0, a month
    past 12, a day past the month's end (29/02 outside a leap year)."""
    out = []
    for m in _ANY_DATE.finditer(folded):
        d, mo, y = (int(m.group("d") or m.group("d2")), int(m.group("m") or m.group("m2")),
                    int(m.group("y") or m.group("y2")))
        if m.group("d") and _NUMBER_BEFORE.search(folded, max(0, m.start() - 12), m.start()):
            continue
        if not 1 <= mo <= 12 and m.group("d"):
            continue  # "15/13/2026" may be two numbers and a year; only "tháng 13" is read as a month
        if _make(str(d), str(mo), str(y)) is None:
            out.append((m.start(), m.end(), d, mo, y))
    return out


def most_workdays(first: date, second: date) -> int | None:
    """The most working days there can have been after ``first`` up to and including ``second`` (Monday to Friday,
    no holiday taken out): a lead time shorter than this is short whatever days were off ("chậm nhất 05 ngày làm
    việc trước ngày đối thoại"); None when ``second`` is before ``first``."""
    if second < first:
        return None
    n, day = 0, first
    while day < second:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n += 1
    return n
