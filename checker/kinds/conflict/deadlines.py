"""The conflict kind's readers of years and deadlines: ``year_span``, ``next_year_deadline``, ``school_year_deadline``,
``annual_conference`` and ``year_end``."""
from __future__ import annotations

import itertools
from typing import Any
from datetime import date as _date
import re

from checker.dates import DateAt, find_dates
from checker.kinds import Context, all_groups, any_cue, check_cues, check_groups, check_keys, cue_regex, finding
from checker.kinds.conflict.common import (
    document_subject, _evidence, on_second_base, own_date_in_header, rejected_before, ZONES,
)
from checker.kinds.conflict.common import heading_keys
from checker.kinds.conflict.context import _clause_ok, item_heads, joined_sentences, _sentences
from checker.model import Evidence, Finding, Rule
from checker.text import fold_keep_length, match_key


# ---------------------------------------------------------------------------------------------------------
# ``year_span``: a term written as years — "nhiệm kỳ 2025 - 2030" is longer than a 02-year term. A span
# of max + 1 years ("2026 - 2028" for 02 years) can be the term itself, so only a longer one is reported.
# ---------------------------------------------------------------------------------------------------------

#: "nhiệm kỳ 2025 - 2030", "Nhiệm kỳ của Ban: 2024 - 2027", "nhiệm kỳ của Ban Thanh tra nhân dân khóa mới là 2026 - 2029",
#: "nhiệm kỳ ba năm (2026 - 2029)".
_YEAR_SPAN = re.compile(r"nhiệm\s+kỳ(?:\s+của\s+[^:;.\d]{1,60}?(?:\s*:|\s+là))?(?:\s+(?:\d{1,2}|một|hai|ba|bốn|năm)\s+năm\s*\(|\s+)"
                        r"(?:từ\s+)?(?:năm\s+)?"
                        r"(?P<a>(?:19|20)\d\d)\s*(?:[-–—/]|đến)\s*(?:năm\s+)?(?P<b>(?:19|20)\d\d)(?!\d)")


#: "nhiệm kỳ của Ban được xác định là ba năm", "nhiệm kỳ 03 năm": the term written as a count of years (the key
#: reads a spelled number as its digits).
_TERM_YEARS = re.compile(r"nhiệm\s+kỳ(?:\s+của\s+[^:;.\d]{1,60}?)?(?:\s+(?:được\s+)?(?:xác\s+định|quy\s+định|ấn\s+định)"
                         r"(?:\s+là)?|\s+là|\s*:)?\s+(?P<n>\d{1,2})\s+năm\b(?!\s+(?:học|\d))")


def _term_years(key: str, most: int):
    """A term written as a count of years longer than ``most`` ("nhiệm kỳ 03 năm")."""
    for m in _TERM_YEARS.finditer(key):
        if int(m.group("n")) > most:
            yield m


#: s37-qt (u92-08 l.6): a term the law ties to another post's (Law 10/2022 Art. 36.2: the commune's Ban Thanh tra nhân
#: dân serves "theo nhiệm kỳ của Trưởng thôn, Tổ trưởng tổ dân phố trên cùng địa bàn") against that post's term as the
#: document itself states it: "Nhiệm kỳ của Trưởng thôn … là 2024 - 2029" and "… bầu Trưởng ban … nhiệm kỳ 2024 - 2026".
#: ``same_as`` names the post; the term is read on the title and the body alike. Reach: characters before "nhiệm kỳ"
#: where the post (or the rule's Ban) is named.
_SAME_AS_REACH = 100


def _spans_named(ctx: Context, cues, other, exclude=()) -> list[tuple[Any, int, int, int, int]]:
    """(paragraph, start, end, first year, last year) of each term written as years ("nhiệm kỳ 2024 - 2029") whose
    ``_SAME_AS_REACH`` characters before it, or its own words, name one of ``cues`` and none of ``other`` or
    ``exclude`` (the span's own "nhiệm kỳ của Trưởng thôn … là …" counts as named)."""
    out = []
    for p in ctx.doc.zone("header", "preamble", "body", "closing"):
        key = match_key(p.text)
        for m in _YEAR_SPAN.finditer(key):
            near = key[max(0, m.start() - _SAME_AS_REACH):m.start()]
            near = re.split(r"[.;:]", near)[-1] + key[m.start():m.end()]
            if any_cue(near, cues) and not any_cue(near, tuple(other) + tuple(exclude)):
                out.append((p, m.start(), m.end(), int(m.group("a")), int(m.group("b"))))
    return out


def _span_unlike_stated(rule: Rule, ctx: Context, same_as) -> list[Finding]:
    """The rule's Ban's term written as years, against the one term the document states for the post it follows."""
    ban = tuple(c for g in rule.detect.get("context", [])[:1] for c in g)
    exclude = tuple(c for c in rule.detect.get("exclude", ()) if c not in same_as)
    stated = {(a, b) for _, _, _, a, b in _spans_named(ctx, same_as, ban)}
    if len(stated) != 1:
        return []  # no term stated for the post, or several: which one the Ban follows is not read
    (a0, b0), = stated
    for p, start, end, a, b in _spans_named(ctx, ban, same_as, exclude):
        if (a, b) != (a0, b0):
            ev = ctx.doc.evidence(p, start, end)
            line = p.line_at(start)
            return [finding(rule, ctx, Evidence(ev.text, line, max(line, ev.end_line), ev.paragraph, ev.section),
                            found=p.text[start:end])]
    return []


def check_year_span(rule: Rule, ctx: Context) -> list[Finding]:
    if "same_as" in rule.detect["year_span"]:
        return _span_unlike_stated(rule, ctx, tuple(rule.detect["year_span"]["same_as"]))
    most = int(rule.detect["year_span"]["max"])
    counted = bool(rule.detect["year_span"].get("count"))  # also "nhiệm kỳ 03 năm" (a rule with no quantity twin)
    out = []
    for s in _sentences(rule, ctx):
        for m in itertools.chain((m for m in _YEAR_SPAN.finditer(s.key)
                                  if int(m.group("b")) - int(m.group("a")) > most),
                                 _term_years(s.key, most) if counted else ()):
            if m.end() > len(s.text):  # in the heading read as the sentence's "about" (AboutSentence): not its words
                continue
            if not _clause_ok(rule, s, m.start()):
                continue
            out.append(finding(rule, ctx, _evidence(ctx, s, m.start()), found=s.text[m.start():m.end()]))
            break
    return out


# -- a yearly deadline written as a date, month or quarter of the next year --------------------------------
# ``next_year_deadline``: the law bounds a yearly act by a period of the next year — "không chậm hơn 03 tháng
# của năm tiếp theo" (Law Art. 51.1, 69.1) — and a document writes the deadline as a calendar point: "hạn cuối là
# ngày 30 tháng 6 năm sau", "trước 30/6 năm sau", "trong quý II năm sau", "chậm nhất tháng 6 của năm tài chính
# tiếp theo", "trong 06 tháng đầu năm sau", "trong vòng 120 ngày kể từ ngày kết thúc năm tài chính". The
# sentence must anchor the deadline in the next year (``anchor``: "năm sau", "năm tiếp theo", "kết thúc năm tài
# chính" …); a point with its own year ("30/6/2026") is a plan or a report, not the rule. The latest day the
# text allows is compared with the end of the law's last month; "trước ngày 01/4", "trước quý II", "03 tháng
# đầu năm" keep within it. (A count of months, "chậm nhất 06 tháng sau khi kết thúc năm", is a quantity: the
# rules with ``quantity`` read it.) The point must belong to the event (``event`` cue before it, with no ``other`` act
# — "triển khai nghị quyết", "báo cáo" — between the two).
#   next_year_deadline: {months: 3, anchor: [cues], event: [cues], other: [cues]}

_MONTH_WORDS = {"một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12}
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "một": 1, "hai": 2, "ba": 3,
             "bốn": 4, "thứ nhất": 1, "thứ hai": 2, "thứ ba": 3, "thứ tư": 4}
_NUM_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
              "mười": 10, "mười hai": 12}
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MW = r"(?:mười\s+một|mười\s+hai|mười|giêng|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)"
_NUM = r"(?:\d{1,3}|mười\s+hai|mười|một|hai|ba|bốn|năm|sáu|bảy|tám|chín)(?:\s*\([^)]{1,15}\))?"
_MONTH = r"(?:0?[1-9]|1[0-2]|" + _MW + r")"
_INCL = (r"(?:chậm\s+nhất|muộn\s+nhất|hạn\s+(?:cuối|chót|cuối\s+cùng)|thời\s+hạn\s+cuối|không\s+(?:muộn|chậm|quá)"
         r"(?:\s+hơn)?|đến\s+hết|đến|trong|vào|hoàn\s+thành|kết\s+thúc|xong|hoặc)")
_EXCL = r"(?:trước)"
_LEAD = r"(?P<lead>" + _INCL + r"|" + _EXCL + r")(?:\s+(?:là|vào|trong|trước|ngày|cuối|hết|tháng))*?\s+"
# a point followed by its own year (a plan's or report's date), or by "/" digits of a year
_OWN_YEAR = re.compile(r"\s*(?:[/.-]\s*\d{2,4}|(?:\s+|,\s*)năm\s+(?:\d{4}|nay|này|trước|đó))")
_DEADLINE = re.compile(
    _LEAD + r"(?:"
    r"(?:ngày\s+)?(?P<d>0?[1-9]|[12]\d|3[01])\s*(?:tháng\s+|/\s*|-\s*|\.\s*)(?P<dm>0?[1-9]|1[0-2]|" + _MW + r")(?![\d/])"
    r"|(?:ngày\s+)?cuối\s+tháng\s+(?P<em>" + _MONTH + r")(?![\d/])"
    r"|(?:hết\s+)?tháng\s+(?P<m>" + _MONTH + r")(?![\d/])"
    r"|(?:hết\s+)?q[uú][yý]\s+(?P<q>iv|iii|ii|i|[1-4]|một|hai|ba|bốn|thứ\s+(?:nhất|hai|ba|tư))(?![\w/])"
    r"|(?P<n>" + _NUM + r")\s+tháng\s+đầu(?:\s+(?:của\s+)?năm)?"
    r"|(?:nửa\s+đầu|6\s+tháng\s+đầu)\s+(?:của\s+)?năm(?P<half>)"
    r"|(?:vòng\s+|thời\s+hạn\s+)?(?P<nd>\d{2,3})\s+ngày(?=\s+(?:đầu|kể\s+từ|sau\s+khi\s+kết\s+thúc|sau\s+ngày\s+kết\s+thúc|từ\s+khi\s+kết\s+thúc))"
    r")")


def _num(s: str) -> int:
    s = re.sub(r"\s*\(.*\)$", "", s).strip()
    s = re.sub(r"\s+", " ", s)
    return int(s) if s.isdigit() else _NUM_WORDS.get(s, _MONTH_WORDS.get(s, 0))


def _month(s: str) -> int:
    s = re.sub(r"\s+", " ", s.strip())
    return int(s) if s.isdigit() else _MONTH_WORDS.get(s, 0)


def latest_day(m: re.Match) -> tuple[int, int] | None:
    """The latest (month, day) of the next year a deadline match allows; None when unread."""
    before = m.group("lead") == "trước"
    g = m.groupdict()
    if g["d"]:
        mon, day = _month(g["dm"]), int(g["d"])
        if not 1 <= mon <= 12:
            return None
        if before:
            if day == 1:
                return (mon - 1, _MONTH_DAYS[mon - 2]) if mon > 1 else None
            return mon, day - 1
        return mon, day
    mon = None
    if g["em"]:
        mon = _month(g["em"])
    elif g["m"]:
        mon = _month(g["m"]) - (1 if before else 0)
    elif g["q"]:
        q = _QUARTERS.get(re.sub(r"\s+", " ", g["q"]))
        mon = None if q is None else 3 * (q - 1 if before else q)
    elif g["n"]:
        mon = _num(g["n"])
    elif g["half"] is not None:
        mon = 6
    elif g["nd"]:
        days = int(g["nd"])
        for i, n in enumerate(_MONTH_DAYS):
            if days <= n:
                return (i + 1, days) if days else None
            days -= n
        return 12, 31
    if not mon or not 1 <= mon <= 12:
        return None
    return mon, _MONTH_DAYS[mon - 1]


def validate_next_year_deadline(d: dict) -> None:
    check_keys(d, {"months", "anchor", "event", "other", "under_heading"}, ["months", "anchor", "event"])
    if not isinstance(d["months"], int) or not 1 <= d["months"] <= 12:
        raise ValueError("'next_year_deadline.months' phải là số tháng từ 1 đến 12")
    if not isinstance(d.get("under_heading", False), bool):
        raise ValueError("'next_year_deadline.under_heading' phải là true hoặc false")
    for k in ("anchor", "event", "other"):
        if k in d:
            check_cues(d[k], f"next_year_deadline.{k}")


#: s28-qt (unseen77 u77-04 L22): "Hội nghị tổ chức mỗi năm một lần, do Giám đốc chủ trì, phối hợp với Công đoàn; thời
#: điểm do Giám đốc quyết định nhưng chậm nhất trước ngày 30 tháng 6 của năm tiếp theo" — a clause whose subject is the
#: time (thời điểm, thời gian, thời hạn, ngày họp) of what the clause before it names (key text).
_TIME_SUBJECT = re.compile(r"\W*(?:thời\s+điểm|thời\s+gian|thời\s+hạn|ngày\s+họp|ngày\s+tổ\s+chức)"
                           r"(?:\s+(?:tổ\s+chức|họp|hội\s+nghị))?\s+(?:do|là|:|chậm|không|trước|trong|vào|cụ\s+thể)")


def _time_clauses(rule: Rule, ctx: Context):
    """(clause, the clause before it): a clause cut at ";" that gives the time (``_TIME_SUBJECT``) of what the clause
    before it in the paragraph names, when that one holds the rule's context and neither an exclude cue — the meeting
    it names is the one whose time this clause sets."""
    groups = rule.detect.get("context", [])
    exclude = tuple(rule.detect.get("exclude", ()))
    prev = None
    for s in joined_sentences(ctx, ZONES[rule.detect.get("scope", "body")]):
        if prev is not None and prev.para is s.para and prev.key.rstrip().endswith(";") and _TIME_SUBJECT.match(s.key) \
                and not (groups and all_groups(s.key, groups)) and all_groups(prev.key, groups) \
                and not any_cue(prev.key + " " + s.key, exclude):
            yield s, prev
        prev = s


#: s34-q2 (unseen93 u93-08 L22): a clause whose subject is left out, opening on the holding itself or its frequency
#: ("1. Tổ chức mỗi năm một lần, chậm nhất …", "Được tổ chức hằng năm …", "Mỗi năm họp một lần …") — under an article
#: or section heading that names the meeting ("Điều 3. Hội nghị người lao động") it speaks of that meeting.
_SUBJECTLESS_HOLDING = re.compile(
    r"^\W*(?:(?:\d{1,2}|[a-zđ])[.)]\s+)?(?:được\s+)?(?:tổ\s+chức|họp|tiến\s+hành|triệu\s+tập|mỗi\s+năm|hằng\s+năm|hàng\s+năm|"
    r"định\s+kỳ|thường\s+niên)\b")


def _heading_sentences(rule: Rule, ctx: Context, read: set):
    """Sentences that open on the holding itself (``_SUBJECTLESS_HOLDING``), not read through the rule's own
    context, under a heading (the article, chapter or numbered section over them) that holds every context group
    and the event, with no exclude cue in the heading or the sentence."""
    groups = rule.detect.get("context", [])
    exclude = tuple(rule.detect.get("exclude", ()))
    if not groups:
        return
    heads, sections = heading_keys(ctx), item_heads(ctx)
    for s in joined_sentences(ctx, ZONES[rule.detect.get("scope", "body")]):
        if (s.para.index, s.start) in read or not _SUBJECTLESS_HOLDING.match(s.key):
            continue
        head = " | ".join(h for h in (sections.get(s.para.index, ""), heads.get(s.para.index, "")) if h.strip(" |"))
        if not head or not all_groups(head, groups) or any_cue(head + " " + s.key, exclude):
            continue
        yield s


def late_deadlines(rule: Rule, ctx: Context, d: dict, anchored, is_late) -> list[Finding]:
    """The scan both deadline modes share: in each sentence, the first deadline (``_DEADLINE``) that
    ``anchored(key, match)`` ties to the next (school) year, that carries no year of its own, that
    ``is_late(match)``, and that the meeting (``d["event"]``, no ``d["other"]`` act in between) comes before."""
    event = cue_regex(tuple(d["event"]))
    other = cue_regex(tuple(d["other"])) if d.get("other") else None
    out = []
    for s in _sentences(rule, ctx):
        k = s.key
        for m in _DEADLINE.finditer(k):
            if not anchored(k, m) or _OWN_YEAR.match(k, m.end()) or not is_late(m):
                continue
            if not _clause_ok(rule, s, m.start()) or rejected_before(k, m.start()) or on_second_base(k, m.start()):
                continue
            heads = [e.end() for e in event.finditer(k, 0, m.start())]
            if not heads or (other and other.search(k, heads[-1], m.start())):
                continue
            out.append(finding(rule, ctx, _evidence(ctx, s, m.start()), found=s.text[m.start():m.end()].strip()))
            break
    if d.get("under_heading"):
        read = {(s.para.index, s.start) for s in _sentences(rule, ctx)}
        for s in _heading_sentences(rule, ctx, read):
            k = s.key
            m = next((m for m in _DEADLINE.finditer(k) if anchored(k, m) and not _OWN_YEAR.match(k, m.end())
                      and is_late(m) and not rejected_before(k, m.start()) and not on_second_base(k, m.start())
                      and not (other and other.search(k, 0, m.start()))), None)
            if m is not None:
                out.append(finding(rule, ctx, _evidence(ctx, s, m.start()), found=s.text[m.start():m.end()].strip()))
    for s, before in _time_clauses(rule, ctx):  # "…; thời điểm do Giám đốc quyết định nhưng chậm nhất …"
        k = s.key
        m = next((m for m in _DEADLINE.finditer(k) if anchored(k, m) and not _OWN_YEAR.match(k, m.end()) and is_late(m)
                  and not rejected_before(k, m.start()) and not on_second_base(k, m.start())), None)
        if m is None or not event.search(before.key) or (other and other.search(k, 0, m.start())):
            continue
        out.append(finding(rule, ctx, _evidence(ctx, s, m.start()), found=s.text[m.start():m.end()].strip()))
    return out


#: "Năm công tác của Trường tính từ ngày 01/9 năm trước đến ngày 31/8 năm sau", "năm tài chính của Công ty bắt đầu từ
#: ngày 01/4 … kết thúc ngày 31/3": the document sets its own working (financial) year — the law's "03 tháng của năm công
#: tác tiếp theo" (Law Arts. 51.1, 69.1) then runs from that year's end, not from 31 December (folded key).
_OWN_WORK_YEAR = re.compile(
    r"\bnam\s+(?:cong\s+tac|tai\s+chinh|hoc)\b[^.;]{0,60}?\b(?:tu|bat\s+dau)\b[^.;]{0,20}?"
    r"(?:ngay\s+)?\d{1,2}\s*(?:/|thang\s+)\s*\d{1,2}\b[^.;]{0,40}?\b(?:den|toi|ket\s+thuc)\b\s*(?:het\s+)?(?:ngay\s+)?"
    r"(?P<d>\d{1,2})\s*(?:/|thang\s+)\s*(?P<m>\d{1,2})(?![\d/])")


def own_work_year_end(ctx: Context) -> int | None:
    """The month the document's own working (or financial) year ends in, when it sets one not ending in December
    ("Năm công tác … tính từ ngày 01/9 năm trước đến ngày 31/8 năm sau": 8); None otherwise."""
    for p in ctx.doc.zone("preamble", "body"):
        m = _OWN_WORK_YEAR.search(fold_keep_length(p.text).lower())
        if m and 1 <= int(m.group("m")) <= 11:
            return int(m.group("m"))
    return None


def check_next_year_deadline(rule: Rule, ctx: Context) -> list[Finding]:
    d = rule.detect["next_year_deadline"]
    bound = (d["months"], _MONTH_DAYS[d["months"] - 1])
    anchor = cue_regex(tuple(d["anchor"]))
    year_end = own_work_year_end(ctx)

    def is_late(m: re.Match) -> bool:
        late = latest_day(m)
        if late is not None and year_end is not None and (m.group("m") or m.group("em") or m.group("d")):
            # a month of the document's own working year: months after that year's end (October after an August end: 2)
            return (late[0] - year_end) % 12 > d["months"] or (late[0] - year_end) % 12 == 0
        return late is not None and late > bound

    return late_deadlines(rule, ctx, d, lambda k, m: anchor.search(k) is not None, is_late)


# ---------------------------------------------------------------------------------------------------------
# ``school_year_deadline``: a school's working year is its school year (năm học), from September. "không chậm
# hơn 03 tháng của năm công tác tiếp theo" then ends in November or December of the calendar year the next
# school year opens in; a deadline "của năm học tiếp theo" in January to July (or "06 tháng đầu năm học sau")
# lies in that school year's second half, months later. August is left alone (it may close the summer before).
#   school_year_deadline: {months: 3, anchor: [năm học tiếp theo, …], event: [hội nghị, tổ chức, …], other: [...]}
# ---------------------------------------------------------------------------------------------------------

_SCHOOL_LATE_MONTHS = range(1, 8)  # January to July of the next school year: its second half


def validate_school_year_deadline(d: dict) -> None:
    validate_next_year_deadline(d)


def _school_month_late(m: re.Match, months: int) -> bool:
    """The deadline ``m`` lies later than ``months`` months into the next school year."""
    g = m.groupdict()
    if g["n"]:
        return _num(g["n"]) > months
    if g["half"] is not None:
        return 6 > months
    if not (g["d"] or g["em"] or g["m"]):
        return False  # a quarter or a number of days says nothing certain of a school year
    late = latest_day(m)
    return late is not None and late[0] in _SCHOOL_LATE_MONTHS


def check_school_year_deadline(rule: Rule, ctx: Context) -> list[Finding]:
    d = rule.detect["school_year_deadline"]
    anchor = cue_regex(tuple(d["anchor"]))
    months = int(d["months"])
    # "… ngày 30 tháng 6 của năm học tiếp theo": the school year named right after the deadline
    # ("06 tháng đầu năm học sau": the deadline itself may end on "năm")
    return late_deadlines(rule, ctx, d, lambda k, m: anchor.search(k[max(m.start(), m.end() - 4):m.end() + 25]) is not None,
                          lambda m: _school_month_late(m, months))


# ---------------------------------------------------------------------------------------------------------
# ``annual_conference``: the yearly conference of an agency (Law Art. 51.1) or a state enterprise (Art. 69.1) is held
# after its work or financial year ends "nhưng không chậm hơn 03 tháng" of the next. Minutes or a plan of that
# conference (its subject names it: ``title``; not ``title_exclude``) give the day it sits — "Thời gian: 8 giờ 00, ngày
# 22/4/2026", "Hội nghị tổ chức ngày 22/5/2026" (``held``, one date only), else a minutes' own date, the day of the
# meeting — and the year it reviews ("kết quả công tác năm 2025", "năm tài chính 2025"). A calendar work year
# reviewed the year before the meeting, and a meeting after the ``months``-th month: held late.
#   annual_conference: {title: [[cues]], title_exclude: [cues], held: [[cues]], held_exclude: [cues], months: 3}
# (``held``: the cues a date follows within 40 characters; ``held_exclude``: cues in the words around that date.)
# ---------------------------------------------------------------------------------------------------------

#: "năm công tác 2025", "năm tài chính 2025", "kết quả công tác năm 2025", "tổng kết năm 2025", "kết quả sản xuất,
#: kinh doanh năm 2025": the year the conference reviews (folded text).
_REVIEWED_YEAR = re.compile(r"\b(?:nam\s+(?:cong\s+tac|tai\s+chinh)|(?:tong\s+ket|ket\s+qua)(?:\s+[^\d.;:]{0,40}?)?\s+nam)"
                            r"\s+((?:19|20)\d\d)(?![\d/-])")


#: "năm tài chính trùng năm dương lịch", "năm tài chính của Công ty trùng với năm dương lịch" (folded text): the yearly
#: conference held in a year reviews the year before (s18, unseen43 n09)
_CALENDAR_YEAR = re.compile(r"\bnam\s+tai\s+chinh\s+(?:cua\s+[^.;:\d]{0,40}?)?(?:trung|la|theo)\s+(?:voi\s+)?nam\s+duong\s+lich\b")


def validate_annual_conference(a: dict) -> None:
    check_keys(a, {"title", "title_exclude", "held", "held_exclude", "months"}, ["title", "held", "months"])
    check_groups(a["title"], "annual_conference.title")
    check_groups(a["held"], "annual_conference.held")
    for k in ("title_exclude", "held_exclude"):
        if k in a:
            check_cues(a[k], f"annual_conference.{k}")
    if not isinstance(a["months"], int) or not 1 <= a["months"] <= 11:
        raise ValueError("'annual_conference.months' phải là số tháng từ 1 đến 11")


#: "Thời gian: trong tháng 4 năm 2027", "vào tháng 5/2027": a month without its day (folded text) — the conference
#: sits on the month's first day at the earliest; a bound before it ("trước tháng 4 năm 2027", "chậm nhất", "từ … đến")
#: is no time of sitting.
_HELD_MONTH = re.compile(r"(?<!\d)(?<!\d\s)thang\s+(\d{1,2})\s*(?:nam\s+|/\s*)((?:19|20)\d\d)(?![\d/])")
_MONTH_BOUND = re.compile(r"\b(?:truoc|cham\s+nhat|den|toi|het|khong|tu|sau|ngay)\b")


def _held_month(folded: str, start: int) -> DateAt | None:
    """The month written within 40 characters after ``start`` with no bound between, as its first day."""
    m = _HELD_MONTH.search(folded, start, start + 60)
    if m is None or m.start() > start + 40 or _MONTH_BOUND.search(folded, start, m.start()):
        return None
    try:
        return DateAt(_date(int(m.group(2)), int(m.group(1)), 1), m.start(), m.end())
    except ValueError:
        return None


def check_annual_conference(rule: Rule, ctx: Context) -> list[Finding]:
    a = rule.detect["annual_conference"]
    subject = document_subject(ctx)
    if not all_groups(subject, a["title"]) or any_cue(subject, tuple(a.get("title_exclude", ()))):
        return _annual_conference_in_sentence(rule, ctx, a)
    # the date written right after the cue ("Thời gian: 8 giờ 00, ngày 22/4/2026"), not the first of a paragraph that
    # opens "Thực hiện … Quyết định … ngày 20/02/2024, hôm nay, …"
    cue = cue_regex(tuple(c for group in a["held"] for c in group))
    skip = tuple(a.get("held_exclude", ()))
    dated = []
    rows = ctx.doc.named_rows
    for q in ctx.doc.zone("preamble", "body"):
        # a timetable row naming the conference itself ("| Tổ chức Hội nghị đại biểu người lao động năm 2026 | 16/4/2026
        # |" under a "Thời gian" column): its cells with their column names (s18, unseen57 u57-08); a row of another
        # step ("Tổ chức hội nghị tại các đội …", "Gửi dự thảo … trước hội nghị") is not the sitting
        row = rows.get(q.index)
        rkey = match_key(row) if row is not None else ""
        if row is not None and any_cue(rkey, tuple(a.get("title_exclude", ()))):
            continue  # the units' meeting before the enterprise's
        if row is not None and all_groups(rkey, a["title"]):
            key, folded, text = rkey, fold_keep_length(row).lower(), row
        else:  # a paragraph, or a row read as written ("| Hội nghị toàn thể Trung tâm: | 08 giờ 00 ngày 15/4/2026 |")
            key, folded, text = q.key, q.folded, q.text
        for m in cue.finditer(key):
            dt = next((d for d in find_dates(folded) if m.end() <= d.start <= m.end() + 40), None)
            if dt is None:
                dt = _held_month(folded, m.end())
            if dt is not None and not (skip and any_cue(key[max(0, m.start() - 40):dt.end], skip)):
                dated.append((q, dt, text))
    if not dated and (ctx.doc.header.doc_type or "").lower() == "biên bản" and (own := own_date_in_header(ctx)):
        dated = [(*own, own[0].text)]  # minutes are dated the day the conference sits
    if len({dt.value for _, dt, _ in dated}) != 1:
        return []
    p, dt, text = dated[0]
    held = dt.value
    reviewed = {int(m.group(1)) for q in ctx.doc.paras for m in _REVIEWED_YEAR.finditer(q.folded)}
    if any(_CALENDAR_YEAR.search(q.folded) for q in ctx.doc.paras):
        reviewed.add(held.year - 1)  # the yearly conference of a calendar financial year reviews the year before
    if held.year - 1 not in reviewed or held.month <= a["months"]:
        return []
    line = p.line if text is not p.text else p.line_at(dt.start)
    return [finding(rule, ctx, ctx.doc.evidence_line(line), found=text[dt.start:dt.end].strip(),
                    year=held.year - 1)]


#: "Hội nghị viên chức, người lao động năm 2025 của Trung tâm": the year the sentence gives the conference, right after
#: its name (folded text); s34-q2 (unseen93 u93-09 L19): or the working (financial) year it reviews, named as such —
#: "Hội nghị viên chức, người lao động đánh giá năm công tác 2024 được tổ chức ngày 15/4/2025".
_CONF_YEAR = re.compile(r"[^.;:\d]{0,60}?\bnam\s+(?:(?:cong\s+tac|tai\s+chinh)\s+)?((?:19|20)\d\d)(?![\d/-])")


_DATE_BOUND = re.compile(r"\b(?:truoc|cham\s+nhat|den|toi|het|khong|tu|sau)\b")


def _annual_conference_in_sentence(rule: Rule, ctx: Context, a: dict) -> list[Finding]:
    """s21-cf (unseen66 d11 L33): a document about something else (a report on the year's kiến nghị) says when the yearly
    conference of a named year sits — "Hội nghị viên chức, người lao động năm 2025 của Trung tâm dự kiến tổ chức trong
    tháng 5 năm 2026": the conference of year N sitting in year N + 1 after the ``months``-th month is late whatever the
    year it reviews. One sentence names the conference (every ``title`` group, no ``title_exclude`` cue), its year, and
    the date after a ``held`` cue; a conference named with the year it sits in says nothing of the year reviewed."""
    cue = cue_regex(tuple(c for group in a["held"] for c in group))
    skip = tuple(a.get("held_exclude", ())) + tuple(a.get("title_exclude", ()))
    names = cue_regex(tuple(c for group in a["title"] for c in group))
    out = []
    for s in joined_sentences(ctx, ("body",)):
        if s.para.text.lstrip().startswith("|"):
            continue  # a plan's timetable row: CF-373 reads the month it puts the conference in
        if not all_groups(s.key, a["title"]) or any_cue(s.key, skip):
            continue
        n = names.search(s.key)
        y = _CONF_YEAR.match(s.folded, n.end()) if n else None
        if y is None:
            continue
        if "nam cong tac" in s.folded[y.start(1) - 14:y.start(1)] or "nam tai chinh" in s.folded[y.start(1) - 15:y.start(1)]:
            if own_work_year_end(ctx) is not None:
                continue  # a working year of the document's own, not ending in December: its third month differs
        # the date after a ``held`` cue, or the first one right after the conference's year ("Trung tâm sẽ tổ chức Hội
        # nghị viên chức năm 2025 vào tháng 6/2026") with no bound between ("trước", "chậm nhất", "đến" …)
        starts = [m.end() for m in cue.finditer(s.key, n.start())] + [y.end()]
        for at in starts:
            dt = next((d for d in find_dates(s.folded) if at <= d.start <= at + 40
                       and not _DATE_BOUND.search(s.folded, at, d.start)), None) or _held_month(s.folded, at)
            if dt is None:
                continue
            held = dt.value
            if held.year == int(y.group(1)) + 1 and held.month > a["months"]:
                out.append(finding(rule, ctx, _evidence(ctx, s, dt.start), found=s.text[dt.start:dt.end].strip(),
                                   year=held.year - 1))
            break
        if out:
            break
    return out


# ---------------------------------------------------------------------------------------------------------
# ``year_end``: a conference held "vào thời gian cuối năm" (Law Art. 33.1) named with its year — "hội nghị định kỳ năm
# 2026", a plan titled "… hội nghị định kỳ cuối năm 2026 …" — and dated in the next year: in the sentence that names it
# ("… được tổ chức từ ngày 01/02/2027 đến ngày 15/3/2027"), or in a row of the plan's timetable under a column naming
# it ("Ngày hội nghị: 15/01/2027"). A deadline for what follows the conference (a report sent "trước ngày 10/01/2027")
# is an ``exclude`` cue.
#   year_end: {names: [cues naming the conference]}
# ---------------------------------------------------------------------------------------------------------

_NAMED_YEAR = re.compile(r"(?:năm|nam)\s+((?:19|20)\d\d)(?!\d)")


def validate_year_end(y: dict) -> None:
    check_keys(y, {"names"}, ["names"])
    check_cues(y["names"], "year_end.names")


def check_year_end(rule: Rule, ctx: Context) -> list[Finding]:
    names = cue_regex(tuple(rule.detect["year_end"]["names"]))
    exclude = tuple(rule.detect.get("exclude", ()))

    def year_after(key: str) -> int | None:
        m = names.search(key)
        y = _NAMED_YEAR.search(key, m.end(), m.end() + 40) if m else None
        return int(y.group(1)) if y else None

    titled = year_after(document_subject(ctx))
    out = []
    for p in ctx.doc.zone("body"):
        row = ctx.doc.named_rows.get(p.index)
        if row is not None:  # a timetable's row: the column names the conference, the title its year
            key, folded, year = match_key(row), fold_keep_length(row).lower(), titled
            if not names.search(key):
                continue
        else:
            key, folded = p.key, p.folded
            year = year_after(key) or (titled if names.search(key) else None)
        if year is None or (exclude and any_cue(p.key, exclude)):  # a row: its own cells, not the column names
            continue
        late = next((d for d in find_dates(folded) if d.value.year == year + 1 and d.value.month <= 9), None)
        if late is None:
            continue
        found = (row[late.start:late.end] if row is not None else p.text[late.start:late.end]).strip()
        ev = ctx.doc.evidence_line(p.line if row is not None else p.line_at(late.start))
        out.append(finding(rule, ctx, ev, found=found, year=year))
    return out
