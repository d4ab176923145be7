"""The conflict kind's readers of dated events: ``dates`` (two events of one document too close or too far apart)
and ``date_pair``."""
from __future__ import annotations

from datetime import date as _date
import re
from dataclasses import replace
from typing import Any

from checker.docdate import own_date
from checker.dates import days_between, fewest_workdays, find_dates, most_workdays
from checker.kinds import Context, all_groups, any_cue, check_cues, check_keys, cue_regex, finding
from checker.kinds.conflict.common import document_subject, _item_goes_on, own_date_in_header, _SENTENCE_END, ZONES
from checker.model import Finding, Rule
from checker.text import fold_keep_length, match_key


def _cue_date(p, groups, ds):
    """The date a "Quyết định số … ngày D của … về việc <event>" line gives the event its last cue group names: the
    last date before the cue, else the first one after it (a line may date two decisions: "Quyết định số 205 ngày
    12/11/2024 … về việc tổ chức bầu … và Quyết định số 219 ngày 02/12/2024 … về việc thành lập Tổ bầu cử")."""
    m = cue_regex(tuple(groups[-1])).search(p.key)
    if m is None:
        return ds[0]
    before = [d for d in ds if d.end <= m.start()]
    return before[-1] if before else next((d for d in ds if d.start >= m.end()), ds[0])


#: Columns set apart by runs of spaces: "   20/4/2026        Ban hành quyết định …        Chủ tịch UBND xã".
_COLUMN_GAP = re.compile(r"\S {3,}\S")


def _aligned_rows(ctx: Context, p) -> list[tuple[int, int]]:
    """The spans of ``p`` that each raw line gives, when ``p`` joins the rows of a timetable whose columns are set apart
    by runs of spaces ("   24/4/2026      Họp Ban công tác Mặt trận …" / "   Chậm nhất 26/4/2026   Gửi biên bản …"): each row
    dates its own task. One span, the whole paragraph, otherwise. Kept per paragraph (``ctx.memo``): every dated
    rule reads every paragraph."""
    kept = ctx.memo.setdefault("conflict.aligned_rows", {})
    if p.index not in kept:
        kept[p.index] = _row_spans(ctx, p)
    return kept[p.index]


def _row_spans(ctx: Context, p) -> list[tuple[int, int]]:
    if p.end_line <= p.line:
        return [(0, len(p.text))]
    raws = ctx.doc.raw_lines[p.line - 1:p.end_line]
    if sum(1 for r in raws if _COLUMN_GAP.search(r.strip())) < 2:
        return [(0, len(p.text))]
    spans, start = [], 0
    for i in range(1, len(p.text) + 1):
        if i == len(p.text) or p.line_at(i) != p.line_at(start):
            spans.append((start, i))
            start = i
    return spans


def _dated(ctx: Context, groups, exclude, *, anchor: bool = False, by_cue: bool = False) -> list[tuple[Any, Any]]:
    """(paragraph, first date) of every paragraph matching the cue groups (a "Căn cứ" line,
    a timetable row, a numbered point: the unit a drafter dates an event in). For an anchor the exclude
    cues are read in the sentence of that date only: "Hôm nay, ngày 15/6/2026, … tổ chức cuộc họp. Giấy
    mời … được phát ngày 14/6/2026" dates the meeting in its first sentence and the invitation in the next.
    The rows of a timetable set out in columns of spaces, joined into one paragraph, are read one by one
    (``_aligned_rows``)."""
    out = []
    for p in ctx.doc.zone("header", "basis", "preamble", "body"):
        all_ds = None
        for a, b in _aligned_rows(ctx, p):
            key = p.key if (a, b) == (0, len(p.text)) else p.key[a:b]
            if not all_groups(key, groups):
                continue
            if exclude and not anchor and any_cue(key, tuple(exclude)):
                continue
            if all_ds is None:
                all_ds = find_dates(p.folded)
            ds = [d for d in all_ds if a <= d.start < b]
            if not ds:
                continue
            if anchor and len(groups) == 1:
                # "… Kế hoạch số 41/KH-UBND ngày 02/6/2026 …, ấn định ngày bầu cử là Chủ nhật, 14/6/2026": the anchor is the
                # date the cue introduces, when one follows it closely
                cue = next(cue_regex(tuple(groups[0])).finditer(p.key, a, b), None)
                near = next((d for d in ds if cue and cue.end() <= d.start <= cue.end() + 40), None)
                if near is not None:  # the exclude cues are read around the cue and its date only
                    if not (exclude and any_cue(p.key[max(a, cue.start() - 15):near.end], tuple(exclude))):
                        out.append((p, near))
                    continue
            if exclude and anchor:
                start = max((m.end() for m in _SENTENCE_END.finditer(p.text, a, ds[0].start)), default=a)
                end = next((m.start() for m in _SENTENCE_END.finditer(p.text, ds[0].end, b)), b)
                if any_cue(match_key(p.text[start:end]), tuple(exclude)):
                    continue
            out.append((p, _cue_date(p, groups, ds) if by_cue else ds[0]))
    return out


def _event_in_anchor_paragraph(p, groups, exclude, anchor):
    """The first date, other than the anchor's, of the first sentence of ``p`` that matches the event's cue
    groups and none of its exclude cues; None without one."""
    cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(p.text)), len(p.text)]
    for start, end in zip(cuts, cuts[1:]):
        key = match_key(p.text[start:end])
        if not all_groups(key, groups) or (exclude and any_cue(key, tuple(exclude))):
            continue
        return next((dt for dt in find_dates(p.folded) if start <= dt.start < end and dt.value != anchor), None)
    return None


#: Type headings of a record of what happened (``corpus.official`` capitalises them): never the plan it records.
_RECORDS = ("Biên bản", "Báo cáo")


def _own_date_counts(d: dict, ctx: Context) -> bool:
    """``dates.doc_date_types``: the document's own date is the event's only under one of these headings ("Kế
    hoạch", "Quyết định"); a "THÔNG BÁO Về việc niêm yết các quyết định tổ chức bầu …" is dated when it notifies,
    not when the plan it carries out was issued. A text whose heading is not read keeps its own date."""
    kinds = d.get("doc_date_types")
    heading = (ctx.doc.header.doc_type or "").strip().lower()
    if "doc_date_title" in d and not all_groups(document_subject(ctx), d["doc_date_title"]):
        return False  # s20-cf: the own date is the event's only when the title names it ("QUYẾT ĐỊNH Về việc thành lập Tổ bầu cử …")
    if any_cue(document_subject(ctx), tuple(d.get("event_exclude") or ())):
        # s25-pr (probe p06): the title names another act of the procedure — "Thành lập Tổ bầu cử Trưởng bản …" (Decree
        # 59 Art. 6.1.b, 10 days) is not the decision organising the election (Art. 6.1.a, 20 days): its own date is that act's
        return False
    return not kinds or not heading or heading in {k.lower() for k in kinds}


def _in_body(ctx: Context, line: int) -> bool:
    """Is ``line`` an item of the document's own (not its heading or bases)? A paragraph of the body, or a row of a
    table wherever the zones put it: a plan with no numbered headings ("KẾ HOẠCH … / Lịch thực hiện: / | 3 | Ban hành
    quyết định thành lập Tổ bầu cử | … | 21/10/2025 |") has all its lines in the preamble, and its timetable row is the
    step's own item (s35-qt, unseen95 u95-29 L11)."""
    p = ctx.doc.para_at_line(line)
    if p is None:
        return False
    return p.zone == "body" or ctx.doc.raw_lines[line - 1].lstrip().startswith("|")


def check_dates(rule: Rule, ctx: Context) -> list[Finding]:
    """Events dated too close before, or too long after, the anchor event of the document.

    The anchor (the election day; the decision recognising a dismissal) must have one
    date in the whole document; when the text gives two different ones nothing is said.
    """
    d = rule.detect["dates"]
    if rule.detect.get("context") and not any(all_groups(p.key, rule.detect["context"])
                                              for p in ctx.doc.paras):
        return []
    anchors = _dated(ctx, d["anchor"], d.get("anchor_exclude"), anchor=True)
    if not anchors and "anchor_fallback" in d:
        # "- Thời gian: 07 giờ 30 phút, Chủ nhật, ngày 26/4/2026." in a plan titled "… bầu Trưởng thôn …"
        if all_groups(document_subject(ctx), d["title"]):
            anchors = _dated(ctx, d["anchor_fallback"], d.get("anchor_exclude"), anchor=True)
    if not anchors and d.get("record_date"):
        anchors = _record_date(ctx, d)
    values = {dt.value for _, dt in anchors}
    if len(values) != 1:
        return []
    anchor = values.pop()
    events = _dated(ctx, d["event"], d.get("event_exclude"), by_cue=bool(d.get("event_by_cue")))
    if "event_title" in d and all_groups(document_subject(ctx), d["event"]):
        # a notice "Về việc niêm yết các quyết định tổ chức bầu …" whose title names the event: its point "Thời gian
        # niêm yết: từ ngày 28/9/2026" dates it without naming the decisions again
        known = {id(p) for p, _ in events}
        events += [(p, dt) for p, dt in _dated(ctx, d["event_title"], d.get("event_exclude")) if id(p) not in known]
    first = _dated(ctx, d["event_first"], d.get("event_exclude")) if "event_first" in d else []
    if first:
        # the step the provision dates most plainly, where the text dates it ("Kế hoạch triển khai từ ngày 03/11/2025"):
        # it is the event, and the decision or plan it carries out, dated elsewhere, is not judged again
        events = first
    elif d.get("doc_date") and ctx.doc.header.doc_type not in _RECORDS and _own_date_counts(d, ctx) \
            and (own := own_date_in_header(ctx)):
        # the document's own date: a plan issued too late is itself the event (minutes and reports are dated by
        # the meeting or after it: their date is no plan's)
        events.append(own)
    out = _notice_dated_late(rule, ctx, anchors, anchor, events) if "notice" in d else []
    for p, dt in events:
        anc = next((a_dt for a, a_dt in anchors if a is p), None)
        if anc is not None and len(_aligned_rows(ctx, p)) > 1 and p.line_at(dt.start) != p.line_at(anc.start):
            pass  # a timetable's rows joined into one paragraph: the event's row dates it, the anchor's row the meeting
        elif anc is not None:
            # minutes open "Hôm nay, ngày 15/6/2026, … tổ chức cuộc họp. Giấy mời … được phát ngày 14/6/2026": the
            # meeting's date and the event's in one paragraph — the event's is the date of its own sentence
            dt = _event_in_anchor_paragraph(p, d["event_first"] if first else d["event"], d.get("event_exclude"), anchor)
            if dt is None:
                continue
        if "max_workdays_after" in d:  # working days, never more than there were (``fewest_workdays``)
            gap = fewest_workdays(anchor, dt.value)
            bad = gap is not None and gap > d["max_workdays_after"]
        elif "min_workdays_before" in d:  # working days, never fewer than there were (``most_workdays``)
            gap = most_workdays(dt.value, anchor)
            bad = gap is not None and 0 <= days_between(dt.value, anchor) and gap < d["min_workdays_before"]
        elif "min_before" in d:
            gap = days_between(dt.value, anchor)
            bad = 0 <= gap < d["min_before"]
        else:
            gap = days_between(anchor, dt.value)
            bad = gap > d["max_after"]
        if bad:
            # the line of the date itself, not its whole paragraph ("Thực hiện Quyết định số 55/QĐ-UBND
            # ngày 06/4/2026 … (do ông … xin thôi …, đã được công nhận tại Quyết định … ngày 12/3/2026)")
            out.append(finding(rule, ctx, ctx.doc.evidence_line(p.line_at(dt.start)), found=p.text[dt.start:dt.end].strip(),
                               anchor=f"{anchor.day:02d}/{anchor.month:02d}/{anchor.year}", days=gap))
    # (never in a record: minutes tell the meeting's day as it happened, no date a reader would move — s25-pr, u48-05 L14)
    if out and d.get("at_anchor") and ctx.doc.header.doc_type not in _RECORDS \
            and not any(_in_body(ctx, f.evidence.line) for f in out):
        # s18-cm: ``at_anchor: true`` — a step dated too late only in the heading or the bases (the plan's own date, "Căn cứ
        # Quyết định số 58/QĐ-UBND ngày 08/5/2026 …") is said there and once more at the date of the meeting it precedes
        # ("1. Thời gian, địa điểm: 08 giờ, Chủ nhật ngày 24/5/2026"), the date in the body a reader would move; a step the
        # body dates as an item of its own is said at that item only
        # the line that states the meeting's time ("2. Thời gian bầu cử: 07 giờ 30 phút, Chủ nhật ngày 15/3/2026") before a
        # timetable row that dates it too
        stated = [(q, qdt) for q, qdt in (_dated(ctx, d["anchor_fallback"], d.get("anchor_exclude"), anchor=True)
                                          if "anchor_fallback" in d else []) if qdt.value == anchor]
        p, adt = (stated or anchors)[0]
        line = p.line_at(adt.start)
        if all(f.evidence.line != line for f in out):
            first = out[0]
            out.append(replace(first, evidence=ctx.doc.evidence_line(line)))
    return out


def _record_date(ctx: Context, d: dict) -> list[tuple[Any, Any]]:
    """``dates.record_date``: minutes ("BIÊN BẢN Đối thoại định kỳ …") whose title matches the ``title`` groups and
    whose text dates the meeting nowhere the anchor cues reach are dated by the meeting they record: the first date of
    an opening "Hôm nay, …" or "Thời gian: …" line before the first heading, else the date of the heading
    ("Trà Hương, ngày 18 tháng 6 năm 2026")."""
    if (ctx.doc.header.doc_type or "").strip().lower() != "biên bản" or not all_groups(document_subject(ctx), d["title"]):
        return []
    if any_cue(document_subject(ctx), tuple(d.get("record_title_exclude") or ())):
        return []  # ``record_title_exclude``: minutes of another meeting ("… hiệp thương giới thiệu người ứng cử …")
    for p in ctx.doc.zone("header", "basis", "preamble", "body"):
        if _RECORD_HEADING.match(p.text):
            break
        if _RECORD_OPENING.match(p.folded):
            ds = find_dates(p.folded)
            if ds:
                return [(p, ds[0])]
    own = own_date_in_header(ctx)
    return [own] if own else []


#: s15-dt: "Hồi 08 giờ 30 ngày 17/8/2025, tại nhà văn hóa bản …", "Vào hồi …" open minutes too.
_RECORD_OPENING = re.compile(r"^\s*(?:hom\s+nay|thoi\s+gian|(?:vao\s+)?hoi\s+\d{1,2})\b")  # s18-cm: "hồi 19 giờ", two digits
_RECORD_HEADING = re.compile(r"^\s*(?:[IVX]{1,4}\.|[A-Z]\.|\d{1,2}\.)\s")


#: s30-rc (unseen85 u85-31): a summons ("GIẤY TRIỆU TẬP") is a notice as an invitation is
_NOTICES = ("thông báo", "giấy mời", "giấy triệu tập")


def notice_own_date(ctx: Context) -> _date | None:
    """A notice's or invitation's own date: the heading's, else the place-and-date line it signs with at its end
    ("Cầy Vằn, ngày 20 tháng 11 năm 2026" above the Tổ trưởng's name), read by ``docdate.own_date``; None without
    one."""
    own = own_date(ctx.doc, signed=True)
    return _date.fromisoformat(own[0]) if own and own[1] else None


def _notice_dated_late(rule: Rule, ctx: Context, anchors, anchor, events) -> list[Finding]:
    """``dates.notice``: the document is itself the notice or invitation of the meeting (a "THÔNG BÁO" or "GIẤY MỜI"
    whose title matches the cue groups and none of the event's exclude cues: "Về việc tổ chức cuộc họp tổ dân
    phố …"), signed fewer than ``min_before`` days before the meeting its "Thời gian: …" dates. Said at the
    meeting's date, the line the reader corrects."""
    d = rule.detect["dates"]
    subject = document_subject(ctx)
    if (ctx.doc.header.doc_type or "").strip().lower() not in _NOTICES or "min_before" not in d \
            or not all_groups(subject, d["notice"]) or any_cue(subject, tuple(d.get("event_exclude") or ())):
        return []
    own = notice_own_date(ctx)
    if own is None:
        return []
    gap = days_between(own, anchor)
    if not 0 <= gap < d["min_before"]:
        return []
    if any(days_between(dt.value, anchor) >= d["min_before"] for _, dt in events):
        return []  # "… được phát trên loa truyền thanh từ ngày 10/3/2026": it reached the households in time
    if any(0 <= days_between(dt.value, anchor) < d["min_before"] for _, dt in events):
        # s29-qt (unseen83 u83-08 L14): the notice states when it reaches the households — "Thông báo này được gửi đến
        # từng hộ … và đọc trên loa … từ tối ngày 12/12/2025" — and too late: the finding is that line's, said by the
        # events' loop; the meeting's date is lawful
        return []
    p, dt = anchors[0]
    return [finding(rule, ctx, ctx.doc.evidence_line(p.line_at(dt.start)), found=f"{own.day:02d}/{own.month:02d}/{own.year}",
                    anchor=f"{anchor.day:02d}/{anchor.month:02d}/{anchor.year}", days=gap)]


# -- two dated events in one paragraph -------------------------------------------------------------------
# ``date_pair``: one paragraph dates two events the law sets a period between — "Ủy ban MTTQ xã gửi văn bản
# thông báo kế hoạch giám sát cho chủ đầu tư ngày 01/4/2026; Ban bắt đầu giám sát từ ngày 20/4/2026" (at least
# 45 days, Law Art. 45.1.b), "Hồ sơ nhận đủ ngày 03/9/2025; UBND xã ban hành quyết định công nhận ngày 06/10/2025"
# (05 working days, Decree 61 Art. 11.3.b). A date belongs to the event whose cue stands in the words before it
# (back to the previous date, at most ``reach`` characters). ``min_gap``: the second comes too soon after the
# first; ``max_gap``: too long after it (calendar days; a working-day period is given its longest calendar span).
#   date_pair: {first: [cues], second: [cues], min_gap | max_gap | max_workdays: N, reach: 120, not_between: [cues],
#               across_items: a run of bullets is one unit ("numbered": numbered items too — "1. Ngày 05/8/2026, Ban
#               kiến nghị …" / "2. Ngày 29/8/2026, UBND xã trả lời …"), across_rows: a timetable's rows are one unit,
#               named_rows: a table row is read under its column names,
#               own_date: [cues]: a document whose subject names them is itself the second event, dated by its own date}
# s12: ``min_workdays``: a lead time in working days, short only when Monday to Friday with no holiday leave fewer
# (``checker.dates.most_workdays``; a Ban's inspection plan notified 05 working days ahead, Decree 59 Art. 22.1.b);
# ``own_date_at: first``: the own-date finding is said at the first event's line ("Ngày 04/8/2025, UBND xã nhận được …");
# ``own_only: true`` (with ``own_date``): only the own-date pair is read, never two dates of one paragraph (s29-qt: the
# decision recognising a Trưởng thôn dates his start before its own day, "thực hiện nhiệm vụ Trưởng thôn kể từ ngày
# 19/10/2025" in the decision of 24/10/2025 — Decree 59 Art. 8: he acts from the recognition, ``max_gap: 0``);
# ``after_own: true`` (with ``own_date``): the first cue dates what the document itself does and may not be later than
# its own date ("Quy ước có hiệu lực thi hành kể từ ngày 01/8/2025" in the recognition of 28/7/2025, Decree 61 Art. 11.5).
# ``dates`` (one anchor, events anywhere in the text) reads the same periods: ``min_workdays_before`` and
# ``max_workdays_after`` count working days as above; ``record_date`` dates minutes whose title matches ``title`` by the
# meeting they record ("Hôm nay …", "Thời gian: …" before the first heading, else the heading's date); ``event_by_cue``
# takes the date just before the event's cue ("Quyết định số 219 ngày 02/12/2024 … về việc thành lập Tổ bầu cử").

def validate_date_pair(d: dict) -> None:
    check_keys(d, {"first", "second", "min_gap", "max_gap", "max_workdays", "reach", "not_between", "across_items",
                   "across_rows", "named_rows", "own_date", "min_workdays", "own_date_at", "after_own", "own_first",
                   "own_rows", "own_only"},
               ["first", "second"])
    if "own_date" in d:
        check_cues(d["own_date"], "date_pair.own_date")
    if "own_first" in d:
        if "own_date" not in d:
            raise ValueError("'date_pair.own_first' cần 'date_pair.own_date'")
        check_cues(d["own_first"], "date_pair.own_first")
    if d.get("own_date_at") not in (None, "first", "receipt"):
        raise ValueError("'date_pair.own_date_at' là 'first' hoặc 'receipt'")
    check_cues(d["first"], "date_pair.first")
    check_cues(d["second"], "date_pair.second")
    if "not_between" in d:
        check_cues(d["not_between"], "date_pair.not_between")
    if d.get("own_only") and "own_date" not in d:
        raise ValueError("'date_pair.own_only' cần 'date_pair.own_date'")
    if d.get("own_rows") and "own_date" not in d:
        raise ValueError("'date_pair.own_rows' cần 'date_pair.own_date'")
    if d.get("after_own"):
        if "own_date" not in d:
            raise ValueError("'date_pair.after_own' cần 'date_pair.own_date'")
        return
    lim = [k for k in ("min_gap", "max_gap", "max_workdays", "min_workdays") if k in d]
    if len(lim) != 1 or not isinstance(d[lim[0]], int) or d[lim[0]] < 0:
        raise ValueError("'date_pair' cần đúng một giới hạn số ngày: min_gap, max_gap, max_workdays hoặc min_workdays")


_CLAUSE_CUT = re.compile(r"[;]|\.\s")


_BULLET = re.compile(r"^\s*[-–+•]\s")


_NUMBERED_ITEM = re.compile(r"^\s*(?:[-–+•]|\d{1,2}[.)])\s")


def _wrapped_units(ctx: Context, zones, across_items: bool | str = False, across_rows: bool = False) -> list[list]:
    """Paragraphs joined while one does not end a sentence: a PDF line break before "01/4/2026; Ban …" opens a
    new paragraph, but the words before it still date that event; a table row is a unit of its own (a timetable's
    row dates one event; with ``across_rows`` a timetable is one unit, each row dating its own task). With
    ``across_items`` a run of bullets is one
    unit too: a report lists one dated event per bullet ("- Biên bản … gửi UBND xã ngày 24/3/2026." / "- Ngày
    09/4/2026, UBND xã ban hành Quyết định … công nhận …")."""
    units, cur = [], []
    for p in ctx.doc.zone(*zones):
        item = _NUMBERED_ITEM if across_items == "numbered" else _BULLET
        bullets = across_items and cur and item.match(cur[-1].text) and item.match(p.text)
        row_run = across_rows and cur and cur[-1].text.lstrip().startswith("|") and p.text.lstrip().startswith("|")
        rows = cur and (cur[-1].text.lstrip().startswith("|") or p.text.lstrip().startswith("|")) and not row_run
        if cur and not row_run and (rows or (cur[-1].zone != p.zone or re.search(r"[.:;!?]\s*$", cur[-1].text))
                    and not _item_goes_on(cur, p) and not bullets):
            units.append(cur)
            cur = []
        cur.append(p)
    if cur:
        units.append(cur)
    return units


def _nearest_event(before: str, after: str, first_cues: tuple, second_cues: tuple) -> int:
    """1 or 2: the event whose cue stands nearest the date — in the words before it (the cue ending last), else
    in the words after it (the cue starting first); 0 when neither is named."""
    ends = {k: max((m.end() for m in cue_regex(c).finditer(before)), default=-1)
            for k, c in ((1, first_cues), (2, second_cues))}
    if max(ends.values()) >= 0:
        return 2 if ends[2] >= ends[1] else 1
    starts = {k: min((m.start() for m in cue_regex(c).finditer(after)), default=len(after) + 1)
              for k, c in ((1, first_cues), (2, second_cues))}
    if min(starts.values()) > len(after):
        return 0
    return 1 if starts[1] <= starts[2] else 2


def _gap_bad(d: dict, first, second) -> tuple[bool, int | None]:
    if "max_workdays" in d:  # working days, never more than there were (``fewest_workdays``)
        gap = fewest_workdays(first, second)
        return gap is not None and gap > d["max_workdays"], gap
    if "min_workdays" in d:  # a lead time in working days, never fewer than there were (``most_workdays``)
        gap = most_workdays(first, second)
        return gap is not None and gap < d["min_workdays"], gap
    gap = days_between(first, second)
    return ((0 <= gap < d["min_gap"]) if "min_gap" in d else gap > d["max_gap"]), gap


def _own_date_pair(rule: Rule, ctx: Context) -> list[Finding]:
    """``own_date``: the document is the second event — a decision titled "Về việc công nhận Hương ước thôn …" is dated
    the day of the recognition — and its "Xét hồ sơ … tiếp nhận ngày 02/4/2026" (a Căn cứ line or the body) dates the
    first: the pair is the first cue's date and the document's own date."""
    d = rule.detect["date_pair"]
    if not ctx.doc.date or not any_cue(document_subject(ctx), tuple(d["own_date"])):
        return []
    own = _date.fromisoformat(ctx.doc.date)
    head = own_date_in_header(ctx)
    # ``own_first``: cues read only here, where the document itself is the second event — "Xét hồ sơ … (UBND xã nhận
    # ngày 06/10/2025)" in the decision recognising the result names a receipt no report sentence could be trusted with
    first = cue_regex(tuple(d["first"]) + tuple(d.get("own_first", ())))
    exclude = tuple(rule.detect.get("exclude", ()))
    # a "Xét …" line right under the title, with no "Căn cứ" before it, is read in the header zone
    for p in ctx.doc.zone("header", "basis", "preamble", "body"):
        if p.text.strip() and head is not None and p is head[0]:
            continue
        if d.get("own_first") and exclude and any_cue(p.key, exclude):
            continue  # "Xét hồ sơ … nhận ngày 02/4/2026, đã bổ sung hồ sơ ngày …": not the complete file's date
        for m in first.finditer(p.key):
            dt = next((x for x in find_dates(p.folded) if m.end() <= x.start <= m.end() + 40), None)
            if dt is not None and d.get("after_own") and dt.value > own and head is not None:
                # ``after_own``: the cue dates what the document itself does — "Quy ước có hiệu lực thi hành kể từ ngày
                # 01/8/2025" in the decision of 28/7/2025 recognising it — and that date is later than the document's
                hp, hd = head
                return [finding(rule, ctx, ctx.doc.evidence_line(p.line_at(dt.start)), found=p.text[dt.start:dt.end].strip(),
                                anchor=hp.text[hd.start:hd.end].strip(), days=days_between(own, dt.value))]
            if dt is None or dt.value >= own or d.get("after_own"):
                continue
            bad, gap = _gap_bad(d, dt.value, own)
            if bad and head is not None:
                hp, hd = head
                # ``own_date_at: first``: said where the text dates the first event ("Ngày 04/8/2025, UBND xã nhận được …");
                # ``receipt``: there too when the receipt's date ends what its line dates ("Xét … (hồ sơ nhận đủ ngày
                # 15/4/2024)"), else at the document's own date — a "Xét" line going on to date the file's papers
                # ("… tiếp nhận ngày 02/4/2026, gồm: …; biên bản cuộc họp thôn ngày 28/3/2026 …") is read for them
                at = hp.line_at(hd.start)
                if d.get("own_date_at") == "first" or d.get("own_date_at") == "receipt" and not any(
                        x.start > dt.start and p.line_at(x.start) == p.line_at(dt.start) for x in find_dates(p.folded)):
                    at = p.line_at(dt.start)
                return [finding(rule, ctx, ctx.doc.evidence_line(at), found=hp.text[hd.start:hd.end].strip(),
                                anchor=p.text[dt.start:dt.end].strip(), days=gap)]
            if bad and head is None and d.get("own_date_at") == "first":
                # an e-mail dated by its envelope only (blanked from the text, ``without_envelope``): said at the first date
                return [finding(rule, ctx, ctx.doc.evidence_line(p.line_at(dt.start)), found=own.strftime("%d/%m/%Y"),
                                anchor=p.text[dt.start:dt.end].strip(), days=gap)]
            return []
    return []


#: "- Căn cứ Quyết định số …", "1. Căn cứ …": a basis written as a list item is no published row.
_BASIS_ITEM = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?(?:căn\s+cứ|can\s+cu|thực\s+hiện|xét)\b")
#: a notice's published item: a table row, a bullet, "1." / "1)" or a lettered "a)" item (s16, unseen53 u53-09)
_NOTICE_ITEM = re.compile(r"^\s*(?:[-–+•]|\d{1,2}[.)]|[a-zđ]\))\s")


def _own_date_rows(rule: Rule, ctx: Context) -> list[Finding]:
    """``own_rows`` (with ``own_date``): a notice whose title matches the ``own_date`` cues ("THÔNG BÁO / Công khai
    thông tin trong nội bộ Viện") is itself the publication, dated by its own date; each row of its table or list
    ("| 2 | Bổ nhiệm Phó Trưởng phòng … | Quyết định số 112/QĐ-VNCNN ngày 15/9/2023 | Niêm yết |") dates the decision it
    publishes, right after a ``first`` cue. A row too long before the notice is said at its own line; a row with an
    ``exclude`` cue (a budget, a recruitment: another law times them) is not read. Căn cứ lines are never rows."""
    d = rule.detect["date_pair"]
    if (ctx.doc.header.doc_type or "").strip().lower() not in _NOTICES or not ctx.doc.date \
            or not any_cue(document_subject(ctx), tuple(d["own_date"])):
        return []
    own = _date.fromisoformat(ctx.doc.date)
    head = own_date_in_header(ctx)
    if head is None:
        return []
    hp, hd = head
    first = cue_regex(tuple(d["first"]))
    exclude = tuple(rule.detect.get("exclude", ()))
    second = cue_regex(tuple(d["second"]))
    out = []
    for p in ctx.doc.zone("basis", "preamble", "body"):  # a notice has no "QUYẾT ĐỊNH:": its table may sit in any
        if exclude and any_cue(p.key, exclude):
            continue
        if not (p.text.lstrip().startswith("|") or _NOTICE_ITEM.match(p.text)) or _BASIS_ITEM.match(p.key):
            # s29-qt (unseen84 u84-15 L6): the notice's own sentence names what it publishes — "Thực hiện điểm d khoản 1
            # Điều 64 Luật …, Công ty thông báo công khai lần đầu nội dung Quyết định số 88/QĐ-XSKT ngày 08/10/2025 …":
            # the decision is the object of its «công khai», not the basis it acts on
            for m in _published_objects(p.key, second, first):
                dt = next((x for x in find_dates(p.folded) if m.end() <= x.start <= m.end() + 40), None)
                if dt is None or dt.value >= own:
                    continue
                bad, gap = _gap_bad(d, dt.value, own)
                if bad:
                    out.append(finding(rule, ctx, ctx.doc.evidence_line(p.line_at(dt.start)),
                                       found=p.text[dt.start:dt.end].strip(), anchor=hp.text[hd.start:hd.end].strip(), days=gap))
                break
            continue
        for m in first.finditer(p.key):
            dt = next((x for x in find_dates(p.folded) if m.end() <= x.start <= m.end() + 40), None)
            if dt is None or dt.value >= own:
                continue
            bad, gap = _gap_bad(d, dt.value, own)
            if bad:
                out.append(finding(rule, ctx, ctx.doc.evidence_line(p.line_at(dt.start)), found=p.text[dt.start:dt.end].strip(),
                                   anchor=hp.text[hd.start:hd.end].strip(), days=gap))
            break  # one decision a row
    return out


#: the words a publication verb may have between it and the document it publishes: "công khai (lần đầu) (toàn văn / nội
#: dung / các nội dung của) Quyết định số …" — never "theo", "tại", "căn cứ", which send to a basis
_PUBLISHED_GAP = re.compile(r"^\s*(?:(?:lần\s+đầu|toàn\s+văn|nội\s+dung|các|những|của|việc)\s*,?\s*){0,4}$")


def _published_objects(key: str, second, first):
    """The ``first`` cues (a document's number) that stand right after a ``second`` cue (the act of publishing) as its
    object, in one sentence of a notice."""
    for m2 in second.finditer(key):
        m1 = first.search(key, m2.end(), m2.end() + 40)
        if m1 is not None and _PUBLISHED_GAP.match(key[m2.end():m1.start()]):
            yield m1


def check_date_pair(rule: Rule, ctx: Context) -> list[Finding]:
    d = rule.detect["date_pair"]
    if d.get("own_rows"):
        return _own_date_rows(rule, ctx)
    if d.get("own_date"):
        own = _own_date_pair(rule, ctx)
        if own or d.get("after_own") or d.get("own_only"):
            return own
    groups = rule.detect.get("context", [])
    exclude = tuple(rule.detect.get("exclude", ()))
    first_cues, second_cues = tuple(d["first"]), tuple(d["second"])
    between = tuple(d.get("not_between", ()))
    reach = d.get("reach", 120)
    out = []
    facts = ctx.doc.named_rows if d.get("named_rows") else {}
    for unit in _wrapped_units(ctx, ZONES[rule.detect.get("scope", "body")], d.get("across_items", False),
                               bool(d.get("across_rows"))):
        key, text, dates, at = "", "", [], 0
        for p in unit:
            fact = facts.get(p.index)
            # a table row read as the sentence it stands for ("Văn bản làm căn cứ: Quyết định … ngày 18/12/2025; Ngày
            # công khai: 09/01/2026"): each date then has its column's name before it; the evidence is the row's line
            p_key, p_text = (match_key(fact), fact) if fact else (p.key, p.text)
            for dt in find_dates(fold_keep_length(fact).lower() if fact else p.folded):
                dates.append((at + dt.start, at + dt.end, dt.value, p, -1 if fact else dt.start))
            # a timetable's rows (``across_rows``) are cut apart: a date belongs to the task of its own row
            sep = " ; " if d.get("across_rows") and p.text.lstrip().startswith("|") else " "
            key, text, at = key + p_key + sep, text + p_text + sep, at + len(p_key) + len(sep)
        if len(dates) < 2 or not all_groups(key, groups) or (exclude and any_cue(key, exclude)):
            continue
        firsts, seconds, prev = [], [], 0
        for k, (a, b, value, p, local) in enumerate(dates):
            lo = max(prev, a - reach)
            cuts = [m.end() for m in _CLAUSE_CUT.finditer(key, lo, a)]
            before = key[cuts[-1] if cuts else lo:a]
            nxt = dates[k + 1][0] if k + 1 < len(dates) else len(key)
            cut = _CLAUSE_CUT.search(key, b, nxt)
            after = key[b:cut.start() if cut else min(nxt, b + reach)]
            side = _nearest_event(before, after, first_cues, second_cues)
            if side == 2:
                seconds.append((a, b, value, p, local))
            elif side == 1:
                firsts.append((a, b, value, p, local))
            prev = b
        for a in firsts[:1]:
            b = next((x for x in seconds if x[0] > a[1]), None)
            if b is None or (between and any_cue(key[a[1]:b[0]], between)):
                continue
            bad, gap = _gap_bad(d, a[2], b[2])
            if bad:
                out.append(finding(rule, ctx, ctx.doc.evidence_line(b[3].line if b[4] < 0 else b[3].line_at(b[4])),
                                   found=text[b[0]:b[1]].strip(), anchor=text[a[0]:a[1]].strip(), days=gap))
    return out
