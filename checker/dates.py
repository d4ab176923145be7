"""Calendar dates as Vietnamese documents write them, and the days between two of them.

Pure functions over accent-folded lower-case text (``checker.text.fold_keep_length``),
so offsets are those of the original:

1. ``find_dates``: "25/3/2026", "05/01/2026", "ngày 26 tháng 4 năm 2026" (invalid
   dates such as 31/02 are skipped);
2. ``find_spans``: periods written as two dates — "từ ngày 02/9/2024 đến hết ngày
   08/10/2024" — with their length in days, counting both ends (the lenient count
   for a minimum period: "không ít hơn 30 ngày kể từ ngày niêm yết");
3. ``days_between``: whole days from one date to another.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_NUMERIC = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"
_WORDS = r"ngay\s+(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>\d{4})"
DATE = re.compile(rf"(?<![\d/.])(?:{_NUMERIC}|{_WORDS})(?![\d/])")
SPAN = re.compile(
    rf"\btu\s+(?:ngay\s+)?(?P<a>{_NUMERIC.replace('?P<d>', '?:').replace('?P<m>', '?:').replace('?P<y>', '?:')})"
    rf"\s*(?:den|-|–)\s*(?:het\s+)?(?:ngay\s+)?"
    rf"(?P<b>{_NUMERIC.replace('?P<d>', '?:').replace('?P<m>', '?:').replace('?P<y>', '?:')})"
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


def find_dates(folded: str) -> list[DateAt]:
    """Every valid calendar date in folded text, in order."""
    out = []
    for m in DATE.finditer(folded):
        if m.group("d"):
            v = _make(m.group("d"), m.group("m"), m.group("y"))
        else:
            v = _make(m.group("d2"), m.group("m2"), m.group("y2"))
        if v:
            out.append(DateAt(v, m.start(), m.end()))
    return out


def find_spans(folded: str) -> list[Span]:
    """Periods written "từ (ngày) A đến (hết) (ngày) B" with A ≤ B."""
    out = []
    for m in SPAN.finditer(folded):
        a, b = find_dates(m.group("a")), find_dates(m.group("b"))
        if a and b and a[0].value <= b[0].value:
            out.append(Span(a[0].value, b[0].value, m.start(), m.end()))
    return out


def days_between(first: date, second: date) -> int:
    """Whole days from ``first`` to ``second`` (negative when ``second`` is earlier)."""
    return (second - first).days
