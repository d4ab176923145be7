"""Numbers, periods and thresholds as Vietnamese legal text writes them.

Pure functions over accent-folded lower-case text (``checker.text.fold_keep_length``),
so offsets are those of the original. Handles, among others:

1. digits with a spelled repeat: "05 (năm) ngày làm việc", "30 (ba mươi) ngày", and the other way round,
   "bảy (07) thành viên";
2. spelled numbers: "hai phần ba", "ba mươi ngày", "năm ngày làm việc";
3. fractions and percentages: "2/3", "50%", "50 phần trăm", "quá bán", "một nửa";
4. qualifiers: "trên 50%" (strictly more; "trên mức 50%" alike), "ít nhất", "tối thiểu", "không ít hơn",
   "từ … trở lên", "tối đa", "không quá", "chậm nhất", "không chậm hơn", ranges "từ 03 đến 09";
5. lead times: a period followed by "trước" ("chậm nhất 03 ngày trước khi họp") is a
   lead time, and "chậm nhất N ngày trước" means *at least* N days before (``lead``); so is a period
   after "sớm hơn" ("niêm yết sớm hơn, ví dụ 10 ngày"): how much earlier, not how long;
6. units: ngày, ngày làm việc, giờ, tháng, năm, thành viên, người, hộ, Phó Trưởng ban, %;
   ``in_days`` reads hours and months as days for a period rule ("trước 24 giờ" = 01 ngày).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

SPELLED = {
    "khong": 0, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5,
    "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10, "muoi mot": 11, "sa6": 6,
}
#: "sáu" (six) folds to "sau" (after): where the accented text shows "sáu", the folded text is read
#: with this same-length word in its place, which may start a number ("sáu tháng", "sáu mươi ngày").
SIX = "sa6"
UNIT_WORDS = {
    "ngay lam viec": "workdays",
    "ngay": "days",
    "gio": "hours",
    "tieng dong ho": "hours",  # "24 tiếng đồng hồ"
    "tieng": "hours",  # "trước 24 tiếng" (but "ba tiếng kẻng": see _NOT_HOURS)
    "thang": "months",
    "tuan": "weeks",  # "trong vòng một tuần", "02 tuần"
    "nam": "years",
    "thanh vien": "members",
    "nguoi": "people",
    "ho": "households",
    "pho truong ban": "deputies",
    "%": "percent",
    "phan tram": "percent",
}
_UNIT_ALT = "|".join(sorted((re.escape(u) for u in UNIT_WORDS), key=len, reverse=True))
#: "sáu", "tư", "lăm" fold to "sau", "tu", "lam" (after, from, do): they may only
#: follow another number word ("hai mươi lăm"), never start a number.
_FIRST_WORD = r"(?:mot|hai|ba|bon|nam|sa6|bay|tam|chin|muoi)\b"  # \b: "bay" is not "ba" + "y"
_NUM_WORD = r"(?:mot|hai|ba|bon|tu|nam|lam|sau|sa6|bay|tam|chin|muoi|tram)\b"
SPELLED_NUMBER = rf"\b{_FIRST_WORD}(?:\s+{_NUM_WORD}){{0,3}}"

DIGITS = r"\d{1,3}(?:[.,]\d+)?"
QUANTITY = re.compile(
    rf"""
    (?P<qual>(?:it\s+nhat|toi\s+thieu|khong\s+it\s+hon|toi\s+da|khong\s+qua|khong\s+vuot\s+qua|
              khong\s+cham\s+hon|khong\s+thap\s+hon|khong\s+ngan\s+hon|khong\s+nho\s+hon|cham\s+nhat|
              cao\s+hon|lon\s+hon|dai\s+hon|vuot(?:\s+tren)?|(?<=\bco\s)hon|(?<=\bdat\s)hon|
              tren|qua|duoi|tu|it\s+hon|nhieu\s+hon|khong\s+duoi)\s+(?:(?:la|muc)\s+)?)?
    (?:
      (?<![\d/.,])(?P<frac>\d{{1,2}}\s*/\s*\d{{1,2}})(?![\d/])
     |(?P<sfrac>{SPELLED_NUMBER})\s+phan\s+(?P<sden>{SPELLED_NUMBER})(?!\s+tram)
     |(?<![\d/.,])(?P<num>{DIGITS})(?![\d/])(?:\s*\((?P<paren>[^()\d]{{1,30}})\))?
     |(?P<spelled>{SPELLED_NUMBER})(?:\s*\(\s*\d{{1,3}}\s*\))?   # "bảy (07) thành viên"
    )
    (?:\s*(?:den|-|–)\s*(?P<hi>{DIGITS})(?:\s*\([^()\d]{{1,30}}\))?)?
    \s*(?P<unit>{_UNIT_ALT})?
    (?P<tail>\s+tro\s+len|\s+tro\s+xuong)?
    """,
    re.VERBOSE,
)
WORD_THRESHOLDS = {
    "qua ban": (50.0, True),
    "qua nua": (50.0, True),  # "quá nửa số đại biểu": more than half
    "mot nua": (50.0, False),
}
_WORD_THRESHOLD = re.compile(r"\b(qua ban|qua nua|mot nua)\b")
#: s23-pr2: "trên", "quá", "hơn 50%" ("có hơn", "đạt hơn"), "cao hơn", "lớn hơn", "dài hơn", "vượt (trên) 50%":
#: strictly more than — the law's "trên 50%" in other words; "không thấp hơn", "không ngắn hơn": at least.
_MORE_THAN = frozenset({"tren", "qua", "nhieu hon", "hon", "cao hon", "lon hon", "dai hon", "vuot", "vuot tren"})
#: "không được vượt quá 50%", "chưa cao hơn": a negated "more than" is "at most".
_NEGATED_BEFORE = re.compile(r"\b(?:khong|chua|cam)\s+(?:(?:duoc|the|nen)\s+)?(?:vuot\s+)?$")
_MORE_THAN_BEFORE = re.compile(r"\b(?:tren|hon|qua|nhieu\s+hon)\s+$")
#: After a period: "trước khi họp", "trước ngày bầu cử", "(ba) ngày trước" — a lead time.
_LEAD = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?truoc\b")
_LEAD_BEFORE = re.compile(r"\btruoc\s+$")  # "thông báo trước 01 ngày"
#: "niêm yết sớm hơn, ví dụ 10 ngày", "sớm hơn 05 ngày": how much earlier — a lead time, not a duration.
_LEAD_EARLIER = re.compile(r"\bsom\s+hon\s*[,:(]?\s*(?:(?:vi\s+du|chang\s+han|khoang|it\s+nhat)\s*[,:]?\s*)?$")
#: "thông báo trước ngày họp 01 ngày", "trước khi tổ chức hội nghị ít nhất 05 ngày", "trước cuộc họp một ngày",
#: "trước buổi đối thoại 02 ngày làm việc", "trước khi tiến hành kiểm tra 03 ngày":
#: the event, then the period; s29-qt (unseen83 u83-21 L8): the event's start named — "trước ngày bắt đầu giám sát 18
#: ngày", "trước ngày thực hiện 30 ngày" (Law Art. 45.1.b's own event).
_LEAD_EVENT_BEFORE = re.compile(r"\btruoc\s+(?:(?:ngay|khi|gio)\s+)?(?:to\s+chuc\s+|tien\s+hanh\s+|bat\s+dau\s+(?:thuc\s+hien\s+)?)?"
                                r"(?:cuoc\s+|buoi\s+|viec\s+)?(?:hop|hoi\s+nghi|"
                                r"bau(?:\s+cu)?|phat\s+phieu|dien\s+ra|doi\s+thoai|kiem\s+tra|giam\s+sat|thuc\s+hien)\s+$"
                                # s37-sb (checker_unseen100 u100-09): the carrying out itself, no noun after it — «trước
                                # ngày tiến hành 02 ngày làm việc», «trước khi bắt đầu 05 ngày»
                                r"|\btruoc\s+(?:ngay|khi)\s+(?:tien\s+hanh|bat\s+dau)\s+$")
#: "ba tiếng kẻng", "hai tiếng chuông": sounds, not hours.
_NOT_HOURS = re.compile(r"\s*(?:keng|chuong|coi|trong|no|noi|hat|vo\s+tay)\b")
#: "ngày 31 | tháng 3", "tháng 12 | năm 2025": the number ends a day or month of a date.
_DATE_BEFORE = re.compile(r"\b(?:ngay|thang)\s+$")
_CLOCK = re.compile(r"\s*(?:\d|phut\b|sang\b|chieu\b|toi\b|ngay\s+\d|ngay\s+(?:hom|mai)|hang\s+ngay|,\s*ngay\s+\d)")


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str  # workdays, days, hours, months, years, members, people, households, deputies, percent
    start: int
    end: int
    lo: float | None = None  # lower bound the text sets (inclusive unless strict)
    hi: float | None = None
    strict: bool = False  # "trên 50%": more than, not equal
    lead: bool = False  # "… ngày trước khi họp": a lead time before an event

    def as_percent(self) -> float | None:
        return self.value if self.unit == "percent" else None


def spelled_value(words: str) -> float | None:
    """'ba muoi' → 30, 'hai' → 2, 'muoi lam' → 15; None when not a number."""
    parts = words.split()
    if not parts:
        return None
    total, cur = 0, 0
    for w in parts:
        if w not in SPELLED and w != "tram":
            return None
        if w == "muoi":
            cur = (cur or 1) * 10
        elif w == "tram":
            cur = (cur or 1) * 100
            total, cur = total + cur, 0
        else:
            cur += SPELLED[w]
    return float(total + cur)


def _num(s: str) -> float:
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):  # thousands: 1.071
        return float(s.replace(".", ""))
    return float(s.replace(",", "."))


_SAU = re.compile(r"(?<!\w)sau(?!\w)")
_SAU_BEFORE = re.compile(r"(?<!\w)sau\s+$")


def mark_six(folded: str, key: str | None) -> str:
    """``folded`` with each "sau" that the accented ``key`` writes "sáu" replaced by ``SIX``."""
    if not key or len(key) != len(folded) or "sáu" not in key:
        return folded
    return _SAU.sub(lambda m: SIX if key[m.start():m.end()] == "sáu" else m.group(), folded)


#: s23-rd: a day of a range of dates — "từ 03/4 đến 12/4/2025", "03/4 - 12/4", "từ ngày 01/3 đến 10/3" — is no fraction.
#: A range of two fractions ("2/3 - 3/4 số hộ") stays read: the range is of dates when the second names its year, the
#: first is written with a leading zero, or "từ" opens it.
_DATE_RANGE_AFTER = re.compile(r"\s*(?:den(?:\s+(?:het\s+)?ngay)?|-|–)\s*\d{1,2}\s*/\s*\d{1,2}(?P<year>\s*/\s*\d{4})?(?!\d)")
_DATE_RANGE_BEFORE = re.compile(r"(?:0\d\s*/\s*\d{1,2}|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})\s*(?:den(?:\s+(?:het\s+)?ngay)?|-|–)\s*$")
_FROM_BEFORE = re.compile(r"(?<!\w)tu(?:\s+ngay)?\s+$")


#: The number words as an accented text writes them: a folded word is read as a number only where the accented text
#: shows one of these — "Trung tâm ngày 16/01/2026" folds to "trung tam ngay" but "tâm" is no "tám" (eight), nor "tạm",
#: "bà", "bày", "nằm", "muối" any number (unseen77 u77-12).
_ACCENTED_NUMBER_WORDS = frozenset("một mốt hai ba bốn tư năm lăm nhăm sáu bảy bẩy tám chín mười mươi trăm".split())


def _spelled_in_key(key: str | None, folded: str, start: int, end: int) -> bool:
    """Do the words the folded text reads as a spelled number at ``start:end`` stand as number words in the accented
    ``key``? True when there is no accented key to tell (a text typed without accents is read as before)."""
    if not key or len(key) != len(folded) or not has_marks_key(key):
        return True
    return all(w in _ACCENTED_NUMBER_WORDS for w in key[start:end].split())


def find_quantities(folded: str, key: str | None = None) -> list[Quantity]:
    """Every quantity with a unit (or a fraction/percentage) in folded text.

    ``key``: the same text with its accents (``checker.text.match_key``), to tell "sáu" (six) from
    "sau" (after), "tám" (eight) from "tâm", "tạm"; without it, "sau mươi ngày" is not read (60 days, or
    "after ten days"?)."""
    out: list[Quantity] = []
    folded = mark_six(folded, key)
    for m in QUANTITY.finditer(folded):
        if m.start() > 0 and folded[m.start() - 1].isalnum():
            continue
        if any(m.group(g) and not _spelled_in_key(key, folded, m.start(g), m.end(g)) for g in ("sfrac", "sden", "spelled")):
            continue  # a folded look-alike of a number word ("tâm", "bà", "nằm"): no number
        spelled_start = m.group("sfrac") or m.group("spelled")
        if spelled_start and re.match(r"(?:muoi|tram)\b", spelled_start) and \
                _SAU_BEFORE.search(folded, max(0, m.start() - 8), m.start()) and not (key and has_marks_key(key)):
            continue  # "sau mươi ngày" typed without accents: six, or after?
        # s23-pr2: "trên mức 50% tổng số đại diện hộ" — the qualifier bounds the level it names, as "trên 50%"
        qual = re.sub(r"\s+(?:la|muc)$", "", " ".join((m.group("qual") or "").split()))
        unit_word = m.group("unit")
        unit = UNIT_WORDS.get(" ".join(unit_word.split())) if unit_word else None
        if m.group("frac"):
            a, b = (int(x) for x in re.split(r"\s*/\s*", m.group("frac")))
            if b == 0 or a > b or b > 20 or re.search(r"\bngay\s+$", folded[max(0, m.start() - 8):m.start()]):
                continue  # "ngày 05/5": a date, not a fraction
            ranged = _DATE_RANGE_AFTER.match(folded, m.end("frac"))
            if (ranged and (ranged.group("year") or m.group("frac").startswith("0") or _FROM_BEFORE.search(folded, 0, m.start()))) \
                    or _DATE_RANGE_BEFORE.search(folded, max(0, m.start() - 24), m.start()):
                continue  # "(từ 03/4 đến 12/4/2025)": the first day of a range of dates, not three quarters
            value, unit = 100.0 * a / b, "percent"
        elif m.group("sfrac"):
            a, b = spelled_value(m.group("sfrac")), spelled_value(m.group("sden"))
            if not a or not b or a > b:
                continue
            value, unit = 100.0 * a / b, "percent"
        elif m.group("num"):
            if unit is None:
                continue
            value = _num(m.group("num"))
        else:
            spelled = m.group("spelled")
            words = spelled.split()
            # "năm" after a number word is the unit "year": "hai năm".
            if unit is None and len(words) > 1 and words[-1] == "nam":
                words, unit = words[:-1], "years"
            if unit is None:
                continue
            v = spelled_value(" ".join(words))
            if v is None:
                continue
            value = v
        if unit is None:
            continue
        if unit_word and unit_word.split()[0] == "tieng" and len(unit_word.split()) == 1 and _NOT_HOURS.match(folded, m.end()):
            continue  # "ba tiếng kẻng": a sound, not hours
        if unit in ("months", "years") and m.group("num") and _DATE_BEFORE.search(folded, 0, m.start()) \
                and not m.group("qual"):
            continue  # "ngày 31 tháng 3", "tháng 12 năm 2025": a date, not a period
        if unit == "hours" and _CLOCK.match(folded, m.end()):
            continue  # "07 giờ 30 phút", "trước 17 giờ ngày 05/5": a time of day
        lo = hi = None
        strict = False
        lead = unit in ("days", "workdays", "hours", "months", "weeks") and bool(
            _LEAD.match(folded, m.end()) or _LEAD_BEFORE.search(folded[max(0, m.start() - 12):m.start()])
            or _LEAD_EARLIER.search(folded[max(0, m.start() - 30):m.start()])
            or _LEAD_EVENT_BEFORE.search(folded[max(0, m.start() - 40):m.start()]))
        if m.group("hi"):
            lo, hi = value, _num(m.group("hi"))
        elif qual in _MORE_THAN and _NEGATED_BEFORE.search(folded, max(0, m.start() - 20), m.start()):
            hi = value  # "không được vượt quá 50%", "không cao hơn 30 ngày": at most
        elif qual in _MORE_THAN:
            lo, strict = value, True
        elif qual in ("it nhat", "toi thieu", "khong it hon", "khong duoi", "khong thap hon", "khong ngan hon",
                      "khong nho hon") or (
                qual == "tu" and (m.group("tail") or "").strip() == "tro len"):
            lo = value
        elif lead and qual in ("cham nhat", "khong cham hon"):
            lo = value  # "chậm nhất 03 ngày trước khi họp": at least 03 days before
        elif qual in ("toi da", "khong qua", "khong vuot qua", "cham nhat", "khong cham hon") or (
                (m.group("tail") or "").strip() == "tro xuong"):
            hi = value
        elif qual in ("duoi", "it hon"):
            hi, strict = value, True
        out.append(Quantity(value, unit, m.start(), m.end(), lo, hi, strict, lead))
    for m in _POST_COUNT.finditer(folded):
        # "Phó Trưởng ban: 03 đồng chí (…)", "Phó Trưởng ban gồm 03 người": the post labels the count of those who hold it
        g = "n" if m.group("n") else "cell"
        n = m.group(g)
        v = _num(n) if n[0].isdigit() else spelled_value(n)
        if v is not None:
            # a row's figure is quoted with its post's cell: «Phó Trưởng ban | 03»
            start = m.start() + len(m.group()) - len(m.group().lstrip()) if g == "cell" else m.start(g)
            out.append(Quantity(v, "deputies", start, m.end(g) if g == "cell" else m.end(), None, None, False, False))
    for m in _WORD_THRESHOLD.finditer(folded):
        v, strict = WORD_THRESHOLDS[m.group(1)]
        # "trên một nửa", "hơn một nửa", "quá một nửa": more than half, as "trên 50%"
        strict = strict or bool(_MORE_THAN_BEFORE.search(folded, 0, m.start()))
        out.append(Quantity(v, "percent", m.start(), m.end(), v, None, strict))
    return sorted(out, key=lambda q: q.start)


#: s23-rd (unseen72 u72-07 line 17): "Cơ cấu Ban: Trưởng ban: bà A; Phó Trưởng ban: 03 đồng chí (ông B, bà C, ông D)" —
#: a label naming the post, then how many hold it, counted in persons ("đồng chí", "người", "thành viên", "ông/bà").
_POST_COUNT = re.compile(rf"(?<!\w)(?:so\s+(?:luong\s+)?)?pho\s+truong\s+ban\s*(?::|gom|la|co)\s*(?P<n>\d{{1,2}}|{SPELLED_NUMBER})"
                         r"(?:\s*\([^()\d]{1,12}\))?\s+(?:dong\s+chi|d/c|nguoi|thanh\s+vien|ong|ba)(?!\w)"
                         # s39-qt (unseen104 u104-29 L9): a table row of the posts, «| Phó Trưởng ban | 03 | … |» — the post
                         # as the row's label cell, how many hold it in the next cell alone; not when the cell after is a
                         # bare figure too («| Phó Trưởng ban | 03 | 02 |»: two counts, which column is which is unsaid)
                         r"|(?<=\|)\s*pho\s+truong\s+ban\s*\|\s*(?P<cell>\d{1,2})\s*\|(?!\s*\d{1,3}\s*\|)")


def has_marks_key(key: str) -> bool:
    """Does the matching key keep accents (an accented text)?"""
    return any(ord(ch) > 127 for ch in key)


def in_days(q: Quantity, *, lenient_high: bool) -> Quantity | None:
    """A period in hours, weeks or months as days (``None`` for other units).

    A month is 28 to 31 days: ``lenient_high`` (a minimum to reach) counts 31, else 28,
    so that "niêm yết 01 tháng" meets a 30-day minimum and "trong vòng 01 tháng" still
    breaks a 15-day maximum."""
    if q.unit == "hours":
        f = 1 / 24
    elif q.unit == "months":
        f = 31.0 if lenient_high else 28.0
    elif q.unit == "weeks":
        f = 7.0
    else:
        return None
    conv = (lambda v: None if v is None else v * f)
    return Quantity(q.value * f, "days", q.start, q.end, conv(q.lo), conv(q.hi), q.strict, q.lead)


# ---------------------------------------------------------------------------
# Comparison with a legal bound
# ---------------------------------------------------------------------------

def parse_bound(value) -> float:
    """A legal number from a rule: 5, "2/3" (→ 66.67 %), "50%"."""
    if isinstance(value, (int, float)):
        return float(value)
    s = str(value).strip()
    if "/" in s:
        a, b = s.split("/")
        return 100.0 * int(a) / int(b)
    return float(s.rstrip("%"))


#: Units counted in whole numbers: a strict bound on them ("trên 07 người") is the next whole number ("từ 08 người").
WHOLE_COUNTS = frozenset({"members", "people", "households", "deputies"})


def violates(q: Quantity, *, min_=None, max_=None, gt=None, equals=None, allowed=None, ceiling=None) -> bool:
    """Does the document's quantity contradict the legal bound?

    ``min_``: the law requires at least this (a notice period, a member count);
    ``max_``: at most this (a deadline; a lower bound in the text — "ít nhất 20 ngày" — is
    a duration, not a deadline, and is not compared); ``gt``: strictly more than this (a
    voting threshold "trên 50%"); ``equals``: exactly this (a term of office);
    ``allowed``: one of these values (a term that follows another office's term); ``ceiling``: a threshold the
    text may lower but not raise (a citizen's initiative needs "ít nhất 10%": "ít nhất 20%" restricts the right).
    Thresholds in the document are read as the minimum they require.
    """
    eps = 1e-6
    low = q.lo if q.lo is not None else q.value
    high = q.hi if q.hi is not None else q.value
    strict = q.strict
    if q.strict and q.unit in WHOLE_COUNTS:
        # s23-pr (lawful10 lw10-05 L23): people, members, households are counted whole — "vượt quá 07 người", "trên 07
        # người" is at least 08, "dưới 08 người" at most 07 (Law 10/2022 Art. 60.1 draws its line at "từ 07 … trở xuống")
        if q.lo is not None and float(q.lo).is_integer():
            low, strict = q.lo + 1, False
        if q.hi is not None and q.lo is None and float(q.hi).is_integer():
            high = q.hi - 1
    if min_ is not None:
        if q.lo is None and q.hi is not None:
            # "tối đa 3 ngày" allows less than the legal minimum; but a count of members under a cap that the law's own
            # range holds ("Vì Ban có dưới 09 thành viên, Ban có 01 Phó Trưởng ban" against 03 to 09: s25-pd, lawful9
            # lw9-06 L14) says how large the body is not, only that it stays within the range's top
            if not (max_ is not None and q.unit in WHOLE_COUNTS and min_ - eps <= high <= max_ + eps):
                return True
        if low + eps < min_:
            return True
    if max_ is not None and not (q.lo is not None and q.hi is None) and high - eps > max_:
        return True  # "ít nhất 20 ngày" is a minimum: it sets no deadline to compare
    if gt is not None:
        if q.lo is None and q.hi is not None:
            return True
        if low + eps < gt or (abs(low - gt) <= eps and not strict):
            return True
    if equals is not None and (abs(low - equals) > eps or abs(high - equals) > eps):
        return True
    if allowed is not None and not any(abs(q.value - a) <= eps for a in allowed):
        return True
    if ceiling is not None and low - eps > ceiling:
        return True
    return False


# ---------------------------------------------------------------------------
# Spelled numbers as digits, in place (same length)
# ---------------------------------------------------------------------------

#: Accented number words (lower case, modern tone placement) and their value. "mốt", "tư", "lăm"
#: only close a number after "mươi"/"mười" ("hai mươi mốt", "hai mươi tư", "mười lăm").
_DIGIT_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
_LAST_WORDS = {**_DIGIT_WORDS, "mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}
#: What a count is of: a spelled digit alone ("năm", "ba", "một") is a number only before one of
#: these ("năm ngày", "ba thành viên", "một Phó Trưởng ban"); "năm 2026", "mỗi năm một lần",
#: "ba mẹ", "một số" keep their words.
COUNT_NOUNS = frozenset(w.replace("_", " ") for w in """ngày tháng năm tuần giờ phút người thành_viên hộ đại_biểu
    đại_diện cử_tri phiếu ý_kiến tổ thôn bản ấp làng khu_phố cụm xã phường đơn_vị công_chức viên_chức cán_bộ
    lao_động doanh_nghiệp xí_nghiệp đợt phó_trưởng_ban ủy_viên thư_ký trưởng_ban nhân_khẩu học_sinh
    giáo_viên đảng_viên chi_hội cơ_quan""".split())
#: A number right after these words is a name or an ordinal, not a count: "tháng năm", "quý hai",
#: "Điều mười", "số năm", "lần thứ hai".
_NOT_AFTER = frozenset("tháng quý thứ điều khoản mục chương phần số khóa lần tập loại hạng bậc cấp lớp".split())
#: "năm" alone after these words is the year: "trong năm", "mỗi năm", "cuối năm người lao động …".
#: "tập" ends these verbs: "triệu tập một trăm hai mươi đại biểu" counts, "Tập hai" names a volume
#: (and "tổng số hai trăm hộ" counts, "số hai" names).
_VERB_TAP = frozenset("triệu học luyện tuyển".split())
_YEAR_AFTER = frozenset("trong mỗi hằng hàng cả của cuối đầu giữa các những nửa năm".split())
_WORD = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*|%|[^\w\s]")


def _parse_spelled(words: list[str], i: int) -> tuple[int, int] | None:
    """The number spelled from ``words[i]`` on: (value, words used), or None."""
    def below_100(j: int) -> tuple[int, int] | None:
        w = words[j] if j < len(words) else ""
        nxt = words[j + 1] if j + 1 < len(words) else ""
        if w == "mười":
            last = _LAST_WORDS.get(nxt)
            return (10 + last, 2) if last and nxt not in ("tư", "mốt") else (10, 1)
        if w in _DIGIT_WORDS:
            if nxt == "mươi":
                after = words[j + 2] if j + 2 < len(words) else ""
                last = _LAST_WORDS.get(after)
                return (_DIGIT_WORDS[w] * 10 + last, 3) if last else (_DIGIT_WORDS[w] * 10, 2)
            return _DIGIT_WORDS[w], 1
        return None

    def below_1000(i: int) -> tuple[int, int] | None:
        first = below_100(i)
        if first is None:
            return None
        value, used = first
        if used == 1 and value < 10 and i + 1 < len(words) and words[i + 1] == "trăm":
            value, used = value * 100, 2
            j = i + 2
            nxt = words[j] if j < len(words) else ""
            if nxt in ("linh", "lẻ") and j + 1 < len(words) and words[j + 1] in _DIGIT_WORDS:
                value, used = value + _DIGIT_WORDS[words[j + 1]], used + 2
            elif (rest := below_100(j)) is not None and (rest[1] > 1 or rest[0] == 10):
                value, used = value + rest[0], used + rest[1]  # "một trăm hai mươi", "hai trăm mười"
        return value, used

    got = below_1000(i)
    if got is None:
        return None
    value, used = got
    j = i + used
    if j < len(words) and words[j] in ("nghìn", "ngàn"):
        value, used = value * 1000, used + 1  # "một nghìn hai trăm": thousands, then hundreds
        if j + 2 < len(words) and words[j + 2] == "trăm" and (rest := below_1000(j + 1)) is not None:
            value, used = value + rest[0], used + rest[1]
    if i + used < len(words) and words[i + used] in _SCALE_WORDS:
        return None  # "hai triệu đồng", "một nghìn không trăm …": not read
    return value, used


_SCALE_WORDS = frozenset("nghìn ngàn triệu tỷ tỉ vạn trăm mươi".split())


def spelled_number_spans(key: str) -> list[tuple[int, int, str]]:
    """Where ``key`` (lower case, accented: ``checker.text.match_key``) spells a number, with the
    digits to read there: "năm ngày" → "5", "mười lăm ngày" → "15", "một trăm linh năm hộ" → "105",
    "hai phần ba" → "2/3", "năm mươi phần trăm" and "50 phần trăm" → "50%".

    A spelled digit alone counts only before a count noun (``COUNT_NOUNS``), a fraction or a
    percentage; a number after a naming word (``_NOT_AFTER``: "tháng năm", "Điều mười") is left."""
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(key)]
    words = [t[2] for t in toks]
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        w = words[i]
        prev = words[i - 1] if i else ""
        if w[0].isdigit() and i + 2 < len(words) and words[i + 1] == "phần" and words[i + 2] == "trăm" \
                and re.fullmatch(r"\d{1,3}(?:[.,]\d+)?", w):
            out.append((toks[i][0], toks[i + 2][1], w + "%"))  # "50 phần trăm"
            i += 3
            continue
        if w == "một" and i + 1 < len(words) and words[i + 1] == "nửa":
            i += 2  # "một nửa": rules and ``find_quantities`` read the words (50 %, not more)
            continue
        before = words[i - 2] if i > 1 else ""
        naming = prev in _NOT_AFTER and not (prev == "tập" and before in _VERB_TAP or prev == "số" and before == "tổng")
        parsed = _parse_spelled(words, i)
        if parsed is None or naming:
            i += parsed[1] if parsed and naming else 1  # "Điều mười hai": the whole name, not "mười 2"
            continue
        value, used = parsed
        j = i + used
        nxt = words[j] if j < len(words) else ""
        if nxt == "phần" and j + 1 < len(words):
            if words[j + 1] == "trăm":
                out.append((toks[i][0], toks[j + 1][1], f"{value}%"))
                i = j + 2
                continue
            den = (4, 1) if words[j + 1] == "tư" else _parse_spelled(words, j + 1)  # "ba phần tư"
            if den is not None and 0 < value <= den[0] <= 20:  # "tám phần tám thôn": all eight of them
                out.append((toks[i][0], toks[j + den[1]][1], f"{value}/{den[0]}"))
                i = j + 1 + den[1]
                continue
        end = toks[i + used - 1][1]
        if nxt == "(" and j + 2 < len(words) and words[j + 1].isdigit() and words[j + 2] == ")":
            if int(words[j + 1]) == value:  # "hai mươi (20) ngày": the digits repeat the words
                end, j = toks[j + 2][1], j + 3
                nxt = words[j] if j < len(words) else ""
                used = j - i
        structural = used > 1 or words[i] == "mười"
        counted = any(" ".join(words[j:j + k]) in COUNT_NOUNS for k in (1, 2, 3)) or (nxt in ("đến", "tới", "-", "–") and j + 1 < len(words)
                                         and (words[j + 1][0].isdigit() or words[j + 1] in _DIGIT_WORDS
                                              or words[j + 1] == "mười"))
        year = prev in _YEAR_AFTER and not (prev == "trong" and nxt in ("ngày", "giờ"))  # "trong năm ngày": five
        if w == "năm" and used == 1 and (year or (nxt == "năm" and prev in _DIGIT_WORDS)):
            counted = False
        if structural or counted:
            digits = str(value)
            if len(digits) <= end - toks[i][0]:
                out.append((toks[i][0], end, digits))
        i += used
    return out


def with_digits(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` with each span replaced by its digits, padded with spaces to the same length: a count
    keeps its digits first ("5   ngày": a match that goes on to the unit quotes the whole words), a
    ratio last ("trên          50% số phiếu", "        2/3 số đại biểu": what follows stays next to it)."""
    if not spans:
        return text
    parts, last = [], 0
    for a, b, digits in spans:
        ratio = digits.endswith("%") or "/" in digits
        parts += [text[last:a], digits.rjust(b - a) if ratio else digits.ljust(b - a)]
        last = b
    parts.append(text[last:])
    return "".join(parts)
