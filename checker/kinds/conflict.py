"""Kind 2 — conflict with higher law: a number, a condition or an actor that the law fixes.

Seven detection modes, one per rule:

1. ``quantity``: in a sentence matching the context cues, a period, threshold
   or count near the given cue words contradicts the legal bound
   (``min`` / ``max`` / ``gt`` / ``equals`` / ``range``) — "thông báo trước 01
   ngày" against "ít nhất 02 ngày" (Decree 59 Art. 3.3);
2. ``forbidden``: wording the law does not allow in this document type — a
   hương ước that fines ("phạt tiền", "nộp phạt 500.000 đồng"), Decree 61 Art. 5.4;
3. ``actor``: a role the law does not give the power to convene or chair;
4. ``restates``: a paragraph that copies a provision of a higher document
   (shared word 5-grams), which a hương ước must not do (Decree 61 Art. 4.1);
5. ``dates``: two dated events of one document too close or too far apart — the
   Tổ bầu cử set up 6 days before the election day (Decree 59 Art. 6.1.b: at least 10);
6. ``tally``: a recorded vote against all households of the community — "Tổng số hộ: 168;
   số đại diện hộ dự họp: 139; số hộ tán thành: 81/168 (48,2%)" is not more than 50% of
   all household representatives (Decree 61 Art. 10), whatever share of those present it is;
7. ``members``: a body's list of named members that lacks a member the law requires — a
   drafting group of a Mông bản without its già làng and trưởng bản (Decree 61 Art. 8.2).

``clause: true`` checks the context cues on the clause (text between ";") that holds
the number or the actor, so "… từ hai phần ba …; các nội dung khác trên 50% …" is read
as two statements (``sentence_exclude``: cues that set the whole sentence aside, read across its clauses —
"… phối hợp với Trưởng thôn tổ chức bầu bổ sung; bà A trúng cử …, được Mặt trận công nhận"). A count after "mỗi" ("mỗi thôn bầu 01 thành viên") is a share, not
a total, and is never compared with a total. ``quantity.lead`` keeps only lead times
("… ngày trước khi họp", true) or only durations (false); ``quantity.spans`` also reads
periods written as two dates ("từ ngày 01/10 đến hết ngày 25/10/2026": 25 days).

``title`` with ``title_context`` (quantity): in a plan titled "… hội nghị định kỳ cuối năm
của thôn …" a sentence "Thông báo triệu tập gửi … chậm nhất 03 ngày trước ngày tổ chức" is
about that conference although it does not name it.
``title_para_exclude``: such a title-read sentence stands aside when its paragraph names
another matter ("Hội nghị do UBND phường tổ chức để Nhân dân góp ý; giấy mời phát 04 ngày
trước"). For ``forbidden`` and ``quantity`` a wording named only to be rejected ("không phải
trên 50% số hộ có mặt", "chứ không phải 15 ngày") or a bracketed second base after a share of
all households ("60,2% tổng số hộ (85,5% số hộ dự họp)") is not read as the text's rule.

``community`` makes any mode speak only of a community the document describes: fewer
households than a bound ("thôn nay có 168 hộ"), living as it says ("dân cư sống tập trung")
— meetings by cluster need 200 households or a scattered settlement (Law Art. 18.3).

``forbidden`` wording followed closely by an ``unless_after`` cue is a reference to
the law, not a rule of the draft ("xử phạt … theo quy định của pháp luật"). Sentences cut
by a hard line wrap (PDF text) are joined first. A rule whose every basis provision is not
yet (or no longer) in force on the check date says nothing.

``expect`` lists the words of the legal bound as the basis writes them ("05
ngày làm việc", "hai phần ba"); a test checks they occur in the quoted basis.
"""
from __future__ import annotations

import itertools
from datetime import date as _date
import re
from dataclasses import dataclass, replace
from typing import Any

from checker.kinds import (Context, all_groups, any_cue, check_cues, check_groups, check_keys,
                           cue_regex, fill, finding)
from checker import guards
from checker.model import Evidence, Finding, Rule
from checker.nlp import Sentence
from checker.subject import SETTING_READ, commune_office, document_board, last_board, subject_text
from checker.tables import space_cells, space_row, split_row
from checker.text import fold_keep_length, match_key, normalize_tones, numbered_text
from checker.citations import HEADING_DATE, own_date
from checker.dates import DateAt, days_between, fewest_workdays, find_dates, find_spans, most_workdays
from checker.quantities import UNIT_WORDS, Quantity, find_quantities, in_days, parse_bound, violates

UNITS = set(UNIT_WORDS.values())
ZONES = {"body": ("body",), "all": ("preamble", "body", "closing")}


def validate(detect: dict) -> None:
    detect = guards.strip_off(detect)
    check_keys(detect, {"context", "exclude", "scope", "quantity", "forbidden", "actor", "restates",
                        "expect", "clause", "unless_after", "advice_after", "dates", "title", "title_exclude", "title_context",
                        "tally", "community", "members", "paragraph", "not_if", "not_if_unless", "only_if",
                        "unknown_type_if", "headcount", "year_span", "heading_context",
                        "title_para_exclude", "carry", "past_year", "held_late", "transitional", "date_pair", "post_count",
                        "next_year_deadline", "school_year_deadline", "admission", "attendance", "subject_unless",
                        "subject_if", "annual_conference", "year_end", "subject_context", "workforce_min", "table_intro", "roll",
                        "commune_office", "prior_items", "authority_if", "at_authority", "article_exclude", "also_not_if",
                        "sentence_exclude", "issuer_with", "table_header", "joined_scope"})
    if "sentence_exclude" in detect:
        if not detect.get("clause"):
            raise ValueError("'sentence_exclude' chỉ dùng với 'clause: true'")
        check_cues(detect["sentence_exclude"], "sentence_exclude")
    if "article_exclude" in detect:
        check_cues(detect["article_exclude"], "article_exclude")
    if "workforce_min" in detect and (not isinstance(detect["workforce_min"], int) or detect["workforce_min"] < 1):
        raise ValueError("'workforce_min' là số người lao động (số nguyên dương)")
    modes = [m for m in ("quantity", "forbidden", "actor", "restates", "dates", "tally", "members", "roll", "year_span",
                         "date_pair", "post_count", "next_year_deadline", "school_year_deadline", "attendance",
                         "annual_conference", "year_end")
             if m in detect]
    if "date_pair" in detect:
        validate_date_pair(detect["date_pair"])
    if "post_count" in detect:
        validate_post_count(detect["post_count"])
    if "next_year_deadline" in detect:
        validate_next_year_deadline(detect["next_year_deadline"])
    if "school_year_deadline" in detect:
        validate_school_year_deadline(detect["school_year_deadline"])
    if "annual_conference" in detect:
        validate_annual_conference(detect["annual_conference"])
    if "year_end" in detect:
        validate_year_end(detect["year_end"])
    if "attendance" in detect:
        validate_attendance(detect["attendance"])
    if "roll" in detect:
        validate_roll(detect["roll"])
    if len(modes) != 1:
        raise ValueError("cần đúng một cách phát hiện: quantity, forbidden, actor, restates, dates, tally, members, "
                         "year_span, date_pair, post_count, next_year_deadline, school_year_deadline, attendance, "
                         "annual_conference hoặc year_end")
    if not isinstance(detect.get("clause", False), bool):
        raise ValueError("'clause' phải là true hoặc false")
    if detect.get("subject_context", False) not in (True, False, "title"):
        raise ValueError("'subject_context' phải là true, false hoặc title")
    if "unless_after" in detect:
        check_cues(detect["unless_after"], "unless_after")
    if "joined_scope" in detect:
        if "forbidden" not in detect:
            raise ValueError("'joined_scope' chỉ dùng với 'forbidden'")
        check_cues(detect["joined_scope"], "joined_scope")
    if "advice_after" in detect:
        a = detect["advice_after"]
        check_keys(a, {"cues", "message", "basis"}, ["cues", "message"])
        check_cues(a["cues"], "advice_after.cues")
        if "forbidden" not in detect:
            raise ValueError("'advice_after' chỉ dùng với 'forbidden'")
    if "context" in detect:
        check_groups(detect["context"], "context")
    if "exclude" in detect:
        check_cues(detect["exclude"], "exclude")
    if detect.get("scope", "body") not in ZONES:
        raise ValueError("'scope' phải là body hoặc all")
    if "expect" in detect:
        check_cues(detect["expect"], "expect")
    q = detect.get("quantity")
    if q is not None:
        check_keys(q, {"unit", "near", "window", "min", "max", "gt", "equals", "range", "allowed", "ceiling", "lead",
                       "spans", "min_units", "of_body", "table", "of_summoned", "calendar_max"}, ["unit"])
        if "min_units" in q and (not isinstance(q["min_units"], bool) or "min" not in q):
            raise ValueError("'quantity.min_units' phải là true hoặc false và cần 'min'")
        for u in (q["unit"] if isinstance(q["unit"], list) else [q["unit"]]):
            if u not in UNITS:
                raise ValueError(f"đơn vị '{u}' không hợp lệ (có: {', '.join(sorted(UNITS))})")
        if isinstance(q["unit"], list) and ("days" in q["unit"]) and len(q["unit"]) > 1:
            raise ValueError("'quantity.unit' days không đi cùng đơn vị khác")
        bounds = [k for k in ("min", "max", "gt", "equals", "range", "allowed", "ceiling") if k in q]
        if not bounds:
            raise ValueError("'quantity' cần một giới hạn: min, max, gt, equals, range, allowed hoặc ceiling")
        for k in ("lead", "spans", "of_body", "of_summoned"):
            if k in q and not isinstance(q[k], bool):
                raise ValueError(f"'quantity.{k}' phải là true hoặc false")
        for k in bounds:
            vals = q[k] if k in ("range", "allowed") else [q[k]]
            if k == "range" and (not isinstance(vals, list) or len(vals) != 2):
                raise ValueError("'range' phải là [nhỏ nhất, lớn nhất]")
            if k == "allowed" and (not isinstance(vals, list) or not vals):
                raise ValueError("'allowed' phải là danh sách giá trị")
            for v in vals:
                parse_bound(v)
        if "near" in q:
            check_cues(q["near"], "quantity.near")
        if "context" not in detect:
            raise ValueError("'quantity' cần 'context' để biết câu nào nói về nội dung này")
    if "forbidden" in detect:
        check_cues(detect["forbidden"], "forbidden")
        for c in detect["forbidden"]:
            if c.startswith("re:") and re.search(r"\\[A-Z]", c):
                raise ValueError(f"biểu thức «{c[3:]}» dùng \\S, \\W, \\D…: mẫu được viết thường khi so khớp, "
                                 "hãy dùng [^\\s], [^\\w], [^\\d]")
    if "title" in detect:
        if "actor" not in detect and "quantity" not in detect:
            raise ValueError("'title' chỉ dùng với 'actor' hoặc 'quantity' (tên văn bản cho biết cuộc họp nói về việc gì)")
        if "quantity" in detect and "title_context" not in detect:
            raise ValueError("'title' với 'quantity' cần 'title_context' (các câu được đọc khi tên văn bản khớp)")
        check_groups(detect["title"], "title")
    if "title_context" in detect:
        if "title" not in detect:
            raise ValueError("'title_context' cần 'title'")
        check_groups(detect["title_context"], "title_context")
    if "title_exclude" in detect:
        check_cues(detect["title_exclude"], "title_exclude")
    if "title_para_exclude" in detect:
        check_cues(detect["title_para_exclude"], "title_para_exclude")
    a = detect.get("actor")
    if a is not None:
        check_keys(a, {"verbs", "forbidden", "allowed", "allowed_cues", "window", "unless", "forbidden_cues"}, ["verbs"])
        if "allowed_cues" in a:
            check_cues(a["allowed_cues"], "actor.allowed_cues")
        check_cues(a["verbs"], "actor.verbs")
        if "forbidden" not in a and "allowed" not in a:
            raise ValueError("'actor' cần 'forbidden' hoặc 'allowed'")
        for k in ("forbidden", "allowed"):
            if k in a:
                check_cues(a[k], f"actor.{k}")
        if "forbidden_cues" in a:
            check_cues(a["forbidden_cues"], "actor.forbidden_cues")
        if "unless" in a:
            check_cues(a["unless"], "actor.unless")
    d = detect.get("dates")
    if d is not None:
        check_keys(d, {"anchor", "anchor_exclude", "event", "event_exclude", "min_before", "max_after",
                       "min_workdays_before", "max_workdays_after", "doc_date", "anchor_fallback", "title", "event_title", "notice",
                       "record_date", "event_by_cue", "event_first", "record_title_exclude", "doc_date_types", "at_anchor",
                       "doc_date_title"}, ["anchor", "event"])
        for k in ("anchor_fallback", "title", "event_title", "notice", "event_first"):
            if k in d:
                check_groups(d[k], f"dates.{k}")
        if ("anchor_fallback" in d or d.get("record_date")) and "title" not in d:
            raise ValueError("'dates.anchor_fallback' cần 'dates.title' (chỉ dùng khi tên văn bản nói về sự kiện)")
        if not isinstance(d.get("doc_date", False), bool):
            raise ValueError("'dates.doc_date' phải là true hoặc false")
        if "doc_date_types" in d:
            check_cues(d["doc_date_types"], "dates.doc_date_types")
        if "doc_date_title" in d:
            check_groups(d["doc_date_title"], "dates.doc_date_title")
        check_groups(d["anchor"], "dates.anchor")
        check_groups(d["event"], "dates.event")
        for k in ("anchor_exclude", "event_exclude"):
            if k in d:
                check_cues(d[k], f"dates.{k}")
        lim = [k for k in ("min_before", "max_after", "min_workdays_before", "max_workdays_after") if k in d]
        if len(lim) != 1 or not isinstance(d[lim[0]], int) or d[lim[0]] < 0:
            raise ValueError("'dates' cần đúng một giới hạn số ngày: min_before, min_workdays_before, max_after hoặc "
                             "max_workdays_after")
    c = detect.get("community")
    if c is not None:
        check_keys(c, {"households_below", "requires", "unless"})
        if "households_below" not in c and "requires" not in c:
            raise ValueError("'community' cần 'households_below' hoặc 'requires'")
        if "households_below" in c and (not isinstance(c["households_below"], int) or c["households_below"] <= 0):
            raise ValueError("'community.households_below' phải là số hộ (số nguyên dương)")
        if "requires" in c:
            check_groups(c["requires"], "community.requires")
        if "unless" in c:
            check_cues(c["unless"], "community.unless")
    validate_not_if(detect)
    validate_heading_context(detect)
    mb = detect.get("members")
    if mb is not None:
        check_keys(mb, {"list_after", "require"}, ["list_after", "require"])
        check_cues(mb["list_after"], "members.list_after")
        if not isinstance(mb["require"], list) or not mb["require"]:
            raise ValueError("'members.require' là danh sách {label, cues}")
        for r in mb["require"]:
            if not isinstance(r, dict) or set(r) != {"label", "cues"} or not isinstance(r["label"], str):
                raise ValueError("'members.require': mỗi mục có đúng hai khóa label và cues")
            check_cues(r["cues"], "members.require.cues")
        if "context" not in detect:
            raise ValueError("'members' cần 'context' (tên của ban, tổ có danh sách thành viên)")
    t = detect.get("tally")
    if t is not None:
        check_keys(t, {"part", "gt", "min", "matter", "claim", "of_present", "record_header", "base", "span_to", "count_not_after",
                       "name_in_claim", "matter_in_sentence", "whole_after_present"}, ["part"])
        if t.get("base", "all") not in ("all", "present"):
            raise ValueError("'tally.base' chỉ nhận 'all' (tổng số hộ) hoặc 'present' (số hộ dự họp)")
        if "span_to" in t:
            check_cues(t["span_to"], "tally.span_to")
        if "count_not_after" in t:
            check_cues(t["count_not_after"], "tally.count_not_after")
        if t.get("name_in_claim") not in (None, True, False, "named"):
            raise ValueError("'tally.name_in_claim' là true hoặc named")
        if t.get("name_in_claim") and "claim" not in t:
            raise ValueError("'tally.name_in_claim' cần 'claim'")
        check_cues(t["part"], "tally.part")
        if ("gt" in t) == ("min" in t):
            raise ValueError("'tally' cần đúng một ngưỡng: 'gt' (phải vượt quá) hoặc 'min' (phải đạt)")
        bound, _ = tally_floor(t)
        if not isinstance(bound, (int, float)) or not 0 < bound < 100:
            raise ValueError("ngưỡng của 'tally' là tỷ lệ phần trăm (0–100) của tổng số hộ")
        if "matter" in t:
            check_groups(t["matter"], "tally.matter")
        if "claim" in t:
            check_cues(t["claim"], "tally.claim")
    r = detect.get("restates")
    if r is not None:
        check_keys(r, {"docs", "min_share", "min_words"}, ["docs"])
        check_cues(r["docs"], "restates.docs")
    validate_report_admissions(detect)


_OPEN_END = re.compile(r"[^.;:!?…]\s*$")
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}|[a-zđ])[.)]\s*$")
#: A wrapped line goes on in lower case or with a number that is no list marker
#: ("200.000 đồng/lần;", "15 ngày kể từ …", "24/8/2024 và gửi …" after "… đến hết ngày");
#: "2. …", "a) …", "- …" and capitals start a new item.
_GOES_ON = re.compile(r"^(?![a-zđ][.)]\s)(?:[a-zđà-ỹ]|\d+(?![.)]\s)(?:[.,]\d+)*\s|\d{1,2}/\d{1,2}/\d{4}(?!\d))")


def _join_paras(p1, p2):
    """One paragraph of two: the second is the hard-wrapped end of the first."""
    shift = len(p1.text) + 1
    return replace(p1, text=p1.text + "\n" + p2.text, end_line=p2.end_line,
                   seg_starts=p1.seg_starts + tuple(shift + x for x in p2.seg_starts),
                   seg_lines=p1.seg_lines + p2.seg_lines)


_BASIS_LINE = re.compile(r"^\s*(?:can cu|theo de nghi|xet de nghi|xet to trinh|theo to trinh)\b")


def _zone_sentences(ctx: Context, zones: tuple[str, ...]):
    """The annotator's sentences of the zones. When the layout reader found no body at all (a
    plan whose "Căn cứ" block it never saw end, or whose numbered points "1. … 2. …" after
    "… như sau:" it took for an opening), the paragraphs it put among the bases that are no
    "Căn cứ …" line, and the opening, are read as the body."""
    if "body" in zones and not ctx.doc.zone("body"):
        zones = tuple(dict.fromkeys(zones + ("preamble", "basis")))
        return (s for s in ctx.ann.in_zones(*zones)
                if s.para.zone != "basis" or not _BASIS_LINE.match(s.para.folded) or _after_narrative(ctx, s.para))
    return ctx.ann.in_zones(*zones)


#: an opening that introduces a text's bases or its request, not its account: "Thực hiện …", "Căn cứ …", "Kính gửi …"
_OPENER = re.compile(r"^\s*(?:can cu|thuc hien|theo|xet|tren co so|kinh gui|ve viec|v/v)\b")


def _after_narrative(ctx: Context, para) -> bool:
    """A "Căn cứ …" line written after the account has begun is a sentence of it, no basis of the document: the
    notice "Ngày 08/10/2025, Ủy ban nhân dân xã nhận được …" then "Căn cứ quy chế làm việc …, thời hạn trả lời kiến
    nghị là 45 ngày; …" (unseen42 n03). Where the account begins is read once per document."""
    if "conflict.narrative_from" not in ctx.memo:
        ctx.memo["conflict.narrative_from"] = next(
            (q.index for q in ctx.doc.paras if q.zone in ("preamble", "body") and q.folded.strip()
             and not _OPENER.match(q.folded)), None)
    first = ctx.memo["conflict.narrative_from"]
    return first is not None and first < para.index


def joined_sentences(ctx: Context, zones: tuple[str, ...]) -> tuple:
    """The annotator's sentences, with a sentence cut by a hard line wrap ("… bị phạt" /
    "200.000 đồng/lần;") joined to what follows — in the same paragraph, or in the next
    paragraph when that starts on the next line and goes on in lower case or with a number."""
    key = ("conflict.sentences", zones)
    if key in ctx.memo:
        return ctx.memo[key]
    out: list = []
    for s in _zone_sentences(ctx, zones):
        prev = out[-1] if out else None
        if prev is None or not _OPEN_END.search(prev.text) or _LIST_MARK.match(prev.text):
            out.append(s)
        elif prev.para is s.para and "\n\n" not in s.para.text[prev.end:s.start]:
            out[-1] = Sentence(prev.para, prev.start, s.end, prev.ents + s.ents)
        elif (prev.para is not s.para and s.start == 0 and s.para.zone == prev.para.zone
              and s.para.line == prev.para.end_line + 1 and prev.end >= len(prev.para.text.rstrip())
              and not prev.para.text.rstrip().endswith("|")  # a closed table row never wraps into the prose below it
              and _GOES_ON.match(s.para.text)):
            para = _join_paras(prev.para, s.para)
            shift = len(prev.para.text) + 1
            ents = prev.ents + tuple(replace(e, start=e.start + shift, end=e.end + shift) for e in s.ents)
            out[-1] = Sentence(para, prev.start, s.end + shift, ents)
        else:
            out.append(s)
    ctx.memo[key] = tuple(out)
    return ctx.memo[key]


def subject_about(ctx: Context) -> str:
    """``subject_context: true``: a sentence that misses a context cue is read with the document's issuer and title
    (and "V/v" line), which say what the whole text is about — an employer's plan "CÔNG TY … / KẾ HOẠCH Tổ chức đối
    thoại định kỳ tại nơi làm việc" speaks of its workplace dialogue in "Đối thoại định kỳ được tổ chức 02 năm một
    lần"; the exclude cues are read on them too."""
    return match_key(f"{ctx.doc.header.issuer} {subject_text(ctx.doc)}")


def table_intro(ctx: Context, para) -> str:
    """``table_intro: true``: a table row is read with the line that opens its table ("2. Tổ phát phiếu lấy ý kiến
    gồm 07 thành viên:" over "| 1 | Ninh Văn Cường | Trưởng thôn | Tổ trưởng |"), when that line ends on a colon."""
    if not para.text.lstrip().startswith("|"):
        return ""
    before = [p for p in ctx.doc.paras if p.index < para.index][::-1]
    for k, p in enumerate(before):
        if p.text.lstrip().startswith("|"):
            continue
        return p.key if k <= 40 and p.text.rstrip().endswith(":") else ""
    return ""


def table_header(ctx: Context, para) -> str:
    """``table_header: true``: a table row is read with its table's header row — the column names say what its figures
    are ("| Nội dung | Tán thành | Tỷ lệ | Kết quả |" over "| Điều chỉnh mức đóng góp … | 72/151 | 47,7% | Thông qua |",
    unseen49 u49-05). Nothing for a row that is itself the header, or a table whose first row holds figures."""
    from checker.tables import cells as _cells, _header
    if _cells(para.text) is None:
        return ""
    first = None
    for p in [q for q in ctx.doc.paras if q.index < para.index][::-1]:
        if _cells(p.text) is None:
            break
        first = p
    if first is None:
        return ""
    head = _cells(first.text)
    return first.key if head and _header(head) else ""


def title_about(ctx: Context) -> str:
    """``subject_context: title``: only the document's own title, which names the one meeting minutes or a plan are
    of ("BIÊN BẢN / Cuộc họp cộng đồng dân cư bầu Trưởng thôn Bến Chum": "Ông A, Trưởng thôn đương nhiệm, triệu tập
    và chủ trì cuộc họp" is that meeting); a letter's "V/v" line, which may list several matters ("V/v tổ chức hội
    nghị định kỳ … và bầu Trưởng thôn …"), and the issuer are not read."""
    return match_key(ctx.doc.title_text or "")


def _sentences(rule: Rule, ctx: Context):
    """Sentences where the context cues hold and no exclude cue occurs (with ``clause: true``
    the exclude cues are read per clause, by ``_clause_ok``). A sentence that speaks of a bare
    "Ban" ("Ban gồm 04 thành viên …") in a document by or about one Ban is read with that Ban's name."""
    zones = ZONES[rule.detect.get("scope", "body")]
    groups = rule.detect.get("context", [])
    exclude = () if rule.detect.get("clause") else tuple(rule.detect.get("exclude", ()))
    for s in joined_sentences(ctx, zones):
        f = s.key
        if groups and not all_groups(f, groups):
            about = match_key(_bare_ban_name(ctx, s)) if _BARE_BAN.search(s.key) else ""
            if not about and ctx.doc_type == "huong_uoc" and _OWN_DRAFT.search(f):
                about = "hương ước"  # "Dự thảo được coi là thông qua khi …" in a hương ước: the hương ước itself
            if not about:
                about = _row_label(s)  # the rest of a table row cut at a ";" in a cell: its first cell
            if not about and rule.detect.get("table_intro"):
                about = table_intro(ctx, s.para)  # "2. Tổ phát phiếu lấy ý kiến gồm 07 thành viên:" over its roll
            if not about and rule.detect.get("table_header"):
                about = table_header(ctx, s.para)  # "| Nội dung | Tán thành | Tỷ lệ | Kết quả |" over its rows
            if not about and rule.detect.get("subject_context") == "title":
                about = title_about(ctx)  # "BIÊN BẢN / Cuộc họp cộng đồng dân cư bầu Trưởng thôn …"
            elif not about and rule.detect.get("subject_context"):
                about = subject_about(ctx)  # "CÔNG TY … / KẾ HOẠCH Tổ chức đối thoại định kỳ tại nơi làm việc"
            if not about and ("forbidden" in rule.detect or "actor" in rule.detect):
                lead = list_lead_in(ctx, s)  # "Trưởng thôn có nhiệm vụ:" over "- quyết định …": the item's subject
                about = lead[1] if lead else ""
            if not about and "year_span" in rule.detect and "heading_context" in rule.detect:
                # "IV. BẦU BAN THANH TRA NHÂN DÂN / … hội nghị biểu quyết 05 thành viên, nhiệm kỳ 2025 – 2028" (s15)
                head = heading_keys(ctx).get(s.para.index, "")
                if all_groups(head, rule.detect["heading_context"]):
                    about = head
            if not about or not all_groups(f + " | " + about, groups):
                continue
            s = AboutSentence(s.para, s.start, s.end, s.ents, about)
            f = s.key
        if exclude and (_excluded_outside_replaced(f, exclude, tuple(rule.detect.get("joined_scope", ())))
                        if "forbidden" in rule.detect else any_cue(f, exclude)):
            continue
        yield s


# ---------------------------------------------------------------------------------------------------------
# A bare "Ban": the plan of the Ban Giám sát đầu tư của cộng đồng says "Ban gồm 04 thành viên", the report of
# the Ban Thanh tra nhân dân "Ban hoạt động dưới sự chỉ đạo của UBND xã". A sentence that names a bare "Ban" speaks
# of the Ban named last before it in its paragraph, else of the one Ban the issuer and the title name
# (``checker.subject``).
# ---------------------------------------------------------------------------------------------------------

#: A bare "Ban" in the accented key (never "bản", "bàn": an unaccented text says nothing here): "Ban gồm …",
#: "Ban hoạt động …", "kiến nghị của Ban trong vòng 30 ngày", "Thành viên Ban." — followed by a verb, a function
#: word or punctuation, not by a name ("Ban Chỉ đạo", "Ban Giám sát đầu tư"); "Ủy ban", "Trưởng ban", "Phó Trưởng
#: ban" are not the Ban.
_BARE_BAN = re.compile(r"(?<!\w)(?<!ủy )(?<!uỷ )(?<!trưởng )(?<!phó )ban(?=\s*(?:[,;.:)|]|$)|\s+(?:"
                       r"gồm|có|là|do|được|không|này|nêu|phải|sẽ|đã|vẫn|và|theo|với|cho|để|tự|làm|họp|trình|gửi|lập|"
                       r"mới|tại|ở|sau|trước|cùng|trong|hoạt\s+động|thực\s+hiện|"
                       r"chịu|đặt|báo\s+cáo|tổ\s+chức|kiến\s+nghị|đề\s+nghị|phát\s+hiện|kiểm\s+tra|"
                       # s19-cm (unseen17 n12): "Ban định kỳ hằng quý báo cáo …"
                       r"định\s+kỳ|hằng\s+quý|hàng\s+quý|"
                       r"giám\s+sát(?!\s+đầu\s+tư|\s+cộng\s+đồng))(?!\w))")


#: In a hương ước, the draft or its amended content speaks of the hương ước itself: "Dự thảo được coi là thông qua
#: khi …", "Các nội dung sửa đổi, bổ sung tại Điều 1 có hiệu lực kể từ …".
_OWN_DRAFT = re.compile(r"(?<!\w)(?:dự\s+thảo|(?:các\s+)?nội\s+dung\s+sửa\s+đổi(?:,\s+bổ\s+sung)?)(?!\w)")


@dataclass(frozen=True)
class AboutSentence(Sentence):
    """A sentence read with the name of the Ban it speaks of (``about``, as a cue-matching key) appended to
    its key (never to its text)."""

    about: str = ""

    @property
    def key(self) -> str:
        return super().key + " | " + self.about


def _bare_ban_name(ctx: Context, s) -> str:
    """The Ban a bare "Ban" in sentence ``s`` speaks of: the one named last before it in its paragraph ("Ban Thanh
    tra nhân dân do hội nghị bầu …; nhiệm kỳ của Ban là 03 năm"), else the one the document is by or about."""
    board = last_board(s.para.folded[:s.start]) or _heading_board(ctx, s.para) or _defined_board(ctx)
    return board[1] if board else document_ban(ctx)


#: "… của Ban Giám sát đầu tư của cộng đồng (sau đây gọi là Ban) …": the text names the board a bare "Ban" stands for.
_CALLED_BAN = re.compile(r"\(\s*sau\s+day\s+(?:duoc\s+)?(?:goi|viet)\s+(?:tat\s+)?la\s*[\"'“]?\s*ban\s*[\"'”]?\s*\)")


def _defined_board(ctx: Context) -> tuple[str, str] | None:
    """The board the document defines as "Ban" ("… Ban Giám sát đầu tư của cộng đồng (sau đây gọi là Ban)"), when it
    defines one only."""
    key = "conflict.defined_board"
    if key not in ctx.memo:
        found = {b for p in ctx.doc.paras for m in _CALLED_BAN.finditer(p.folded)
                 if (b := last_board(p.folded[:m.start()]))}
        ctx.memo[key] = found.pop() if len(found) == 1 else None
    return ctx.memo[key]


def _heading_board(ctx: Context, para) -> tuple[str, str] | None:
    """The board the chapter or article heading over ``para`` names ("Chương IV. BAN THANH TRA NHÂN DÂN / Điều 4.
    Tổ chức / … 2. Nhiệm kỳ của Ban là 03 năm"): a bare "Ban" under it speaks of that board."""
    head = heading_keys(ctx).get(para.index, "")
    return last_board(fold_keep_length(head).lower()) if head.strip(" |") else None


def document_ban(ctx: Context) -> str:
    """The name of the one board the document is by or about (``checker.subject``), else ""."""
    key = "conflict.document_ban"
    if key not in ctx.memo:
        board = document_board(ctx.doc)
        ctx.memo[key] = board[1] if board else ""
    return ctx.memo[key]


_CLAUSE_END = re.compile(r"[;]")


def clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of a sentence: text between semicolons."""
    out, start = [], 0
    for m in _CLAUSE_END.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _in_context(rule: Rule, key: str) -> bool:
    groups = rule.detect.get("context", [])
    exclude = tuple(rule.detect.get("exclude", ()))
    if groups and not all_groups(key, groups):
        return False
    return not (exclude and any_cue(key, exclude))


_FULL_STOP = re.compile(r"[.!?]\s+(?=[A-ZÀ-ỸĐ])")


def _full_sentence(s) -> str:
    """The key of the whole sentence (to a full stop) around ``s``, whose own key ends at a semicolon."""
    text = s.para.text
    a = max((m.end() for m in _FULL_STOP.finditer(text, 0, s.start)), default=0)
    m = _FULL_STOP.search(text, s.end)
    return s.para.key[a:m.start() + 1 if m else len(text)]


def _clause_ok(rule: Rule, s, at: int) -> bool:
    """With ``clause: true``, do the context cues hold in the clause around offset ``at``?"""
    if not rule.detect.get("clause"):
        return True
    if "sentence_exclude" in rule.detect and any_cue(_full_sentence(s), tuple(rule.detect["sentence_exclude"])):
        return False  # ``sentence_exclude``: a cue anywhere in the sentence ("… tổ chức bầu bổ sung; bà A trúng cử …")
    about = f" | {s.about}" if isinstance(s, AboutSentence) else ""  # the bare "Ban"'s name
    for a, b in clauses(s.key):
        if a <= at <= b:
            return _in_context(rule, s.key[a:b] + about)
    return True


def _row_label(s) -> str:
    """s20-cf (unseen58 u58_05 L20): a ";" inside a table cell ("| Khoản 4: quy chế dân chủ … | Niêm yết tại trụ sở;
    trang TTĐT | Niêm yết 30 ngày, sau đó gỡ bỏ |") cuts the row into sentences, and the later ones lose the row's first
    cell, which says what the row is about: they are read with it."""
    text = s.para.text
    if not text.lstrip().startswith("|") or s.start == 0 or not text[:s.start].strip():
        return ""
    cells = [c for c in s.para.key.split("|") if c.strip()]
    head = text[:s.start]
    if not cells or head.count("|") < 2:  # the first cell must end before the sentence starts
        return ""
    return cells[0].strip()


#: "mỗi Ban có tối thiểu 03 thành viên" names the body itself (each commune's Ban), not a unit's share.
_PER = re.compile(r"\bmoi\s+(?!ban(?:\s+thanh\s+tra(?:\s+nhan\s+dan)?)?(?:\s+(?:xa|phuong))?\s+(?:co|gom)\b)(?:\w+\s+){0,6}$")
_OF_BODY = re.compile(r"\s+(?:ban|uy ban|hoi dong|to dan pho|to bau cu|bch)\b")


#: "mỗi thôn, tổ dân phố có 01 thành viên", "mỗi thôn, bản, tổ dân phố bầu 01 người": the comma joins the
#: kinds of unit after one "mỗi"; it does not end the clause (s17-c2a: "mỗi thôn, buôn 01 người" — buôn, bon, xóm, sóc, phum too).
_UNIT_LIST_COMMA = re.compile(r"\b(?:thon|ban|ap|lang|khom|to dan pho|tdp|khu pho|buon|bon|xom|soc|phum)\s*(?:,|va|hoac)\s*"
                              r"(?=(?:thon|ban|ap|lang|khom|to dan pho|tdp|khu pho|buon|bon|xom|soc|phum)\b)")


def _share_head(folded: str, start: int) -> str:
    """The clause before a count, a list of unit kinds after "mỗi" read as its last kind."""
    head = _UNIT_LIST_COMMA.sub("", folded[max(0, start - 40):start])
    return re.split(r"[;,:.]", head)[-1]


#: s19-p2 (lw8-08 L27): "(Công ty sử dụng từ 300 đến dưới 500 người lao động)", "Công ty sử dụng 412 người lao động":
#: a count of the employer's workforce — its band under Decree 145/2020 Art. 38.2, or its headcount — not of a side's
#: or a body's members (folded text).
_WORKFORCE_AFTER = re.compile(r"\s+lao\s+dong(?!\w)")
_WORKFORCE_BEFORE = re.compile(r"(?<!\w)(?:su\s+dung|tong\s+so|tu\s+\d[\d.]*\s+(?:nguoi\s+)?(?:lao\s+dong\s+)?den)"
                               r"(?:\s+[^\s\d,;()]+){0,3}\s*$")


def _workforce_count(folded: str, q: Quantity) -> bool:
    return bool(_WORKFORCE_AFTER.match(folded, q.end)) and bool(_WORKFORCE_BEFORE.search(folded[max(0, q.start - 40):q.start]))


def _is_share(folded: str, q: Quantity) -> bool:
    """"mỗi thôn bầu 01 thành viên" (a count per unit) or "01 thành viên Ban Thanh tra nhân
    dân" (a member of another body, in a list of who sits on this one): not a total."""
    head = _share_head(folded, q.start)
    return bool(_PER.search(head)) or bool(_OF_BODY.match(folded, q.end))


def _evidence(ctx: Context, s, at: int) -> Evidence:
    ev = ctx.doc.evidence(s.para, s.start, s.end)
    line = s.para.line_at(s.start + at)
    return Evidence(ev.text, line, max(line, ev.end_line), ev.paragraph, ev.section)


def _near(f: str, q, cues: tuple[str, ...], window: int) -> bool:
    if not cues:
        return True
    for m in cue_regex(cues).finditer(f):
        if (0 <= q.start - m.end() <= window) or (0 <= m.start() - q.end <= window):
            return True
        if m.start() < q.end and q.start < m.end():  # the cue is the quantity's own qualifier: "chậm nhất 10 ngày"
            return True
    return False


#: s23-rd: "Công ty đã niêm yết công khai Quyết định trích lập, sử dụng quỹ khen thưởng, quỹ phúc lợi năm 2024 tại trụ sở
#: Công ty trong 10 ngày": how long the act lasts ("trong", "trong vòng", "suốt", "trong thời gian" before the period, or
#: "liên tục" after it) is a slot of the verb that opens the clause, however long its object and place — the Law's own
#: sentence ("niêm yết các thông tin … tại trụ sở … ít nhất là 20 ngày liên tục", Arts. 13.2, 48.2, 66.2) puts them
#: between. Read for a duration rule (``lead: false`` with a floor) when a ``near`` cue opens the same clause before the
#: period and no other act is joined in between ("… và tổ chức lấy ý kiến trong 10 ngày": that act's period).
_DURATION_BEFORE = re.compile(r"(?<!\w)(?:trong(?:\s+vong|\s+suot|\s+thoi\s+gian)?|suot)\s+(?:(?:la|it\s+nhat|toi\s+thieu)\s+)?$")
_DURATION_AFTER = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?lien\s+tuc\b")
_CLAUSE_STOP = re.compile(r"[;:.!?]|(?<!\w)(?:va|roi|sau\s+do|dong\s+thoi|de)\s+(?:to\s+chuc|lay\s+y\s+kien|gui|hop|tra\s+loi|"
                          r"giai\s+quyet|thong\s+bao|tiep\s+nhan|tong\s+hop|bao\s+cao|nop|thu|phat|trien\s+khai|thuc\s+hien)(?!\w)")


def _governed_duration(folded: str, key: str, q, cues: tuple[str, ...]) -> bool:
    """Is ``q`` a period marked as how long an act lasts, and does a cue open its clause before it?"""
    if not cues or not (_DURATION_BEFORE.search(folded, max(0, q.start - 24), q.start)
                        or _DURATION_AFTER.match(folded, q.end)):
        return False
    for m in cue_regex(cues).finditer(key, 0, q.start):
        if not _CLAUSE_STOP.search(folded, m.end(), q.start):
            return True
    return False


def _legal_text(q: dict) -> str:
    if "allowed" in q:
        return " hoặc ".join(str(v) for v in q["allowed"])
    if "range" in q:
        return f"từ {q['range'][0]} đến {q['range'][1]}"
    for k, word in (("min", "ít nhất"), ("max", "tối đa"), ("gt", "trên"), ("equals", "đúng"), ("ceiling", "không quá")):
        if k in q:
            return f"{word} {q[k]}"
    return ""


#: "phường có 09 tổ dân phố", "trên địa bàn xã gồm 12 thôn": how many thôn, tổ dân phố the commune has.
#: "gồm 16 thôn, tổ dân phố": one count of both kinds together.
_UNIT_WORDS = r"(?:thon(?:\s*(?:,|va)\s*to dan pho(?!\s*\d))?|to dan pho|ban|lang|ap|khom|khu pho)"
#: "… 12 thôn và 03 tổ dân phố", "24 thôn, 06 tổ dân phố": a second kind of unit added to the first.
_UNIT_SECOND = r"(?:\s*(?:,|va)\s*(\d{1,2})\s+(?:\([^()\d]{1,20}\)\s+)?(?:to dan pho|khu pho|khom|thon|ban|ap))?"
#: "… 12 thôn đã tổ chức hội nghị", "… 05 thôn chưa …": a part of the commune's thôn, not their number.
_UNIT_SUBSET = r"(?!\s+(?:da|chua|dat|hoan thanh|to chuc|thuc hien|duoc|khong|tham gia|xay dung|co\s+\d|trong\s+do))"
_UNIT_COUNT = re.compile(
    r"(?<!cac )(?<!nhung )(?<!moi )\b(?:xa|phuong|thi tran|dia ban)\b(?:[^.;:()\n]|\([^()\n]{0,160}\)){0,60}?"
    r"\b(?:co|gom)\s+"
    r"(?:tong\s+(?:cong|so)\s+)?(\d{1,2})\s+(?:\([^()\d]{1,20}\)\s+)?" + _UNIT_WORDS + r"\b" + _UNIT_SECOND + _UNIT_SUBSET)


#: "¹ Xã Tân Ngàn được sắp xếp từ xã …, xã … thuộc huyện Sơn Ngàn (cũ), hoạt động từ ngày 01/7/2025; có 19 thôn.":
#: a paragraph (a footnote) about one commune whose last clause gives the count.
_UNIT_COUNT_TAIL = re.compile(
    r"^(?:[^\w\s]|[\d¹²³⁴⁵⁶⁷⁸⁹⁰])*\s*(?:xa|phuong|dac khu)\s[^\n]{0,300}?[;,]\s*(?:hien\s+nay\s+|hien\s+)?(?:co|gom)\s+"
    r"(?:tong\s+(?:cong|so)\s+)?(\d{1,2})\s+" + _UNIT_WORDS + _UNIT_SECOND + r"\s*(?=[.;]|$|,\s*[\d.]+\s+ho\b)")


#: "UBND xã Bồ Nông (11 thôn, 3.412 hộ) ban hành …": the count in brackets after the commune's name.
_UNIT_COUNT_PAREN = re.compile(r"\b(?:xa|phuong|dac khu)\s[^()\n.;]{0,40}?\(\s*(\d{1,2})\s+" + _UNIT_WORDS + _UNIT_SECOND +
                               r"\s*(?:[,;]\s*[\d.]+\s+ho\s*)?\)")


#: s17-cc (unseen55 u55-13): "Kính gửi: Thường trực HĐND xã; UBND xã; Nhân dân 27 thôn, tổ dân phố." — a commune's notice
#: addressed to the people of all its units, the count closing the addressee.
_UNIT_COUNT_ADDRESSEE = re.compile(r"\bkinh gui\b[^\n]{0,200}?\b(?:nhan dan|ba con|cu tri)\s+(?:(?:cua|o|tai)\s+)?(?:cac\s+)?(\d{1,2})\s+"
                                   + _UNIT_WORDS + _UNIT_SECOND + r"\s*(?=[.;]|$)")


def commune_units(folded_texts) -> int | None:
    """The number of thôn, tổ dân phố that folded texts give for their commune, when they give
    one number only (two different figures — before and after a merger — say nothing). "các
    xã có …", "mỗi xã có …" (a province's text) are no commune's count."""
    folded_texts = list(folded_texts)
    found = {_unit_sum(m) for t in folded_texts for m in _UNIT_COUNT.finditer(t)}
    found |= {_unit_sum(m) for t in folded_texts for m in _UNIT_COUNT_TAIL.finditer(t)}
    found |= {_unit_sum(m) for t in folded_texts for m in _UNIT_COUNT_PAREN.finditer(t)}
    found |= {_unit_sum(m) for t in folded_texts for m in _UNIT_COUNT_ADDRESSEE.finditer(t)}
    return found.pop() if len(found) == 1 else None


def _unit_sum(m: re.Match) -> int:
    return int(m.group(1)) + (int(m.group(2)) if m.group(2) else 0)


def unit_count(ctx: Context) -> int | None:
    key = "conflict.unit_count"
    if key not in ctx.memo:
        ctx.memo[key] = commune_units(_with_continuations([p.folded for p in ctx.doc.paras]))
    return ctx.memo[key]


def check_quantity(rule: Rule, ctx: Context) -> list[Finding]:
    q: dict[str, Any] = rule.detect["quantity"]
    units = tuple(q["unit"]) if isinstance(q["unit"], list) else (q["unit"],)  # "07 người" or "07 thành viên"
    unit, near, window = units[0], tuple(q.get("near", ())), int(q.get("window", 60))
    bounds = {}
    if "range" in q:
        bounds["min_"], bounds["max_"] = parse_bound(q["range"][0]), parse_bound(q["range"][1])
    for k, arg in (("min", "min_"), ("max", "max_"), ("gt", "gt"), ("equals", "equals"), ("ceiling", "ceiling")):
        if k in q:
            bounds[arg] = parse_bound(q[k])
    if "allowed" in q:
        bounds["allowed"] = [parse_bound(v) for v in q["allowed"]]
    legal = ", ".join(rule.detect.get("expect", [])) or _legal_text(q)
    floor_bounds = None
    if q.get("min_units"):
        floor_bounds = dict(bounds)
        # "tương ứng số lượng thôn, tổ dân phố … nhưng không ít hơn 05 người": with the commune's
        # count in the text, fewer members than thôn leaves a thôn unrepresented
        n = unit_count(ctx)
        if n and n > bounds["min_"]:
            bounds["min_"] = float(n)
            legal = f"tương ứng số lượng thôn, tổ dân phố — {n:02d} theo văn bản — nhưng không ít hơn {int(q['min']):02d} người"
    lead = q.get("lead")
    out = []
    for s, by_title in itertools.chain(((s, False) for s in _sentences(rule, ctx)),
                                       ((s, True) for s in _title_sentences(rule, ctx))):
        found_q = find_quantities(s.folded, s.key)
        if unit == "days":  # "trước 24 giờ", "trong vòng 01 tháng"
            lenient = "max" not in q
            found_q = [in_days(x, lenient_high=lenient) or x for x in found_q]
        if q.get("spans") and unit == "days":
            found_q += [Quantity(float(sp.days), "days", sp.start, sp.end, float(sp.days))
                        for sp in find_spans(s.folded)]
        if q.get("of_summoned") and unit == "percent":
            found_q += counts_of_summoned(ctx, s)
        for qty in found_q:
            calendar = _calendar_bounds(q, units, qty)
            if (qty.unit not in units and calendar is None) or not (
                    _near(s.key, qty, near, window)
                    or (lead is False and ("min" in q or "gt" in q) and qty.unit in ("days", "workdays")
                        and _governed_duration(s.folded, s.key, qty, near))
                    # a table row read with its header: the column names qualify every figure of the row
                    or (near and rule.detect.get("table_header") and isinstance(s, AboutSentence)
                        and s.para.text.lstrip().startswith("|") and cue_regex(near).search(s.about))):
                continue
            if lead is not None and qty.lead != lead:
                continue
            if lead is False and ("min" in q or "gt" in q) and is_delay(s.key, qty.start):
                continue  # "trả lời ngày 04/4, sau 11 ngày", "công khai chậm 02 ngày": a delay, not how long
            if rejected_before(s.key, qty.start):  # "30 ngày, chứ không phải 15 ngày như trước"
                continue
            if is_part_of_total(s.folded, qty, found_q):  # "07 người (06 người do …, 01 người …)"
                continue
            if unit in ("members", "people") and _workforce_count(s.folded, qty):
                continue
            if unit in ("members", "people", "households", "deputies") and _is_share(s.folded, qty) \
                    and not (q.get("of_body") and _of_own_body(rule, s, qty)):
                continue
            if not by_title and not _clause_ok(rule, s, qty.start):
                continue
            use = calendar or bounds
            if floor_bounds is not None and calendar is None and qty.lo is not None and qty.hi is None:
                # "… 09 thành viên, mỗi thôn bầu 01 người, không ít hơn 05 người" (lw4_03): a floor is the law's
                # "nhưng không ít hơn 05 người" restated, not the Ban's size — measured against the law's floor only
                use = floor_bounds
            if violates(qty, **use):
                found = s.text[qty.start:qty.end].strip()
                out.append(finding(rule, ctx, _evidence(ctx, s, qty.start), found=found, legal=legal))
                break
    if q.get("table"):  # "| Bên | Số người |" over "| Người sử dụng lao động | 02 |"
        out += table_count_findings(rule, ctx, units, bounds, legal, {f.evidence.line for f in out})
    return out


#: how many paragraphs above a sentence may state the number summoned its count is measured against
SUMMONED_REACH = 2


def counts_of_summoned(ctx: Context, s) -> list:
    """``quantity.of_summoned``: a count of people in the sentence ("hợp lệ khi có ít nhất 50 đại biểu được triệu tập
    có mặt") read as the share it is of the number summoned — or of the whole staff — that the sentence itself, else
    the nearest of the ``SUMMONED_REACH`` paragraphs above it, states ("… tổ chức hội nghị đại biểu, triệu tập 90 đại
    biểu."): 50 of 90 is at least 55,6%. Nothing when no such number is written."""
    t = own = _SUMMONED.search(s.key)
    if t is None:
        at = s.para.index - 1  # Para.index is 1-based
        for q in ctx.doc.paras[max(0, at - SUMMONED_REACH):at][::-1]:
            t = _SUMMONED.search(q.key)
            if t:
                break
    if t is None:
        total = _staff_table_total(ctx, s)
        if total is None:
            return []
    else:
        total = int(t.group("n") or t.group("n2") or t.group("n3"))
    out = []
    for m in _PEOPLE_COUNT.finditer(s.folded):
        n = int(m.group("n"))
        if not 0 < n <= total or (own is not None and own.start() <= m.start("n") < own.end()):
            continue  # the number summoned itself is no condition
        qual = " ".join((m.group("qual") or "").split())
        v = 100.0 * n / total
        lo = v if qual in ("it nhat", "toi thieu", "khong it hon", "khong duoi", "tren", "qua") or m.group("tail") else None
        out.append(Quantity(v, "percent", m.start("n"), m.end(), lo, None, qual in ("tren", "qua")))
    return out


#: A table of the people by unit, right above the sentence: "| Bộ phận | Số người |" … "| Tổng cộng | 46 |".
_TOTAL_ROW = re.compile(r"^\|\s*(?:tổng\s+cộng|tổng\s+số|cộng)\s*\|\s*(?P<n>\d{1,5})(?:\s*người)?\s*\|?\s*$")
_PEOPLE_HEADER = re.compile(r"(?<!\w)số\s+(?:người|lượng|viên\s+chức|cán\s+bộ|công\s+chức|lao\s+động|người\s+lao\s+động|"
                            r"đại\s+biểu)(?!\w)")
_NOT_PEOPLE_HEADER = re.compile(r"(?<!\w)(?:phiếu|tán\s+thành|hộ|đồng|tiền|kinh\s+phí|có\s+mặt|dự\s+họp|vắng)(?!\w)")


def _staff_table_total(ctx: Context, s) -> int | None:
    """The whole a count is measured against when no sentence states it (``counts_of_summoned``): the "Tổng cộng"
    row closing a table of the people by unit ("| Bộ phận | Số người |" … "| Tổng cộng | 46 |") that stands right
    above the sentence — the staff (or the delegates) of a plan's "Thành phần: … Cơ cấu như sau:". A table of votes,
    households, money or attendance is no such whole."""
    j = s.para.index - 2  # Para.index is 1-based: the paragraph right above
    if j < 0:
        return None
    m = _TOTAL_ROW.match(ctx.doc.paras[j].key.strip())
    if not m:
        return None
    while j > 0 and ctx.doc.paras[j - 1].key.lstrip().startswith("|"):
        j -= 1
    head = ctx.doc.paras[j].key
    if not _PEOPLE_HEADER.search(head) or _NOT_PEOPLE_HEADER.search(head):
        return None
    return int(m.group("n"))


#: "ít nhất 50 đại biểu", "từ 70 đại biểu trở lên", "trên 40 người" (folded): a count of people with its qualifier.
_PEOPLE_COUNT = re.compile(r"(?:\b(?P<qual>it\s+nhat|toi\s+thieu|khong\s+it\s+hon|khong\s+duoi|tren|qua|tu)\s+(?:la\s+)?)?"
                           r"(?<![\d/.,])(?P<n>\d{1,5})(?![\d/.,]\d)\s+(?:dai\s+bieu|nguoi|can\s+bo|cong\s+chuc|vien\s+chuc)\b"
                           r"(?:[^.;,\d]{0,40}?(?P<tail>\btro\s+len\b))?")


def check_forbidden(rule: Rule, ctx: Context) -> list[Finding]:
    """Forbidden wording, unless followed closely by an ``unless_after`` cue
    ("xử phạt theo quy định của pháp luật" refers to the law and sets no sanction)."""
    cues = tuple(rule.detect["forbidden"])
    unless = tuple(rule.detect.get("unless_after", ()))
    advice = rule.detect.get("advice_after")
    exclude = tuple(rule.detect.get("exclude", ()))
    out = []
    for s in _sentences(rule, ctx):
        lead = list_lead_in(ctx, s)
        forbids = bool(lead) and bool(_PROHIBITING_LEAD.search(lead[1]))
        if lead and exclude and not rule.detect.get("clause") and _excluded_outside_replaced(lead[1], exclude):
            continue  # "Trưởng thôn lập biên bản, đề nghị Ủy ban nhân dân xã:" / "- xử phạt hộ vi phạm": the lead-in's own
            #           exclude cue sets its items aside as it would the one sentence
        if forbids:
            # "Hương ước không được quy định các nội dung sau:" over "- Phạt tiền hộ vi phạm": the lead-in's prohibition
            # reaches the item's first clause, which names what is forbidden, not what the text does
            head = _first_clause_end(s.key)
            if any(m.start() < head for m in cue_regex(cues).finditer(s.key)):
                continue
        hits = [m for m in cue_regex(cues).finditer(s.key) if m.start() < len(s.text)]
        if not hits and lead and not forbids:  # "Trưởng thôn không được:" / "- chỉ định Ban kiểm phiếu": no act joined
            f = _forbidden_across_lead(rule, ctx, s, lead, cues, unless)
            if f is not None:
                out.append(f)
            continue
        for m in hits:
            if m.start() >= len(s.text):  # in the Ban's name read after a bare "Ban" (AboutSentence)
                break
            if unless:
                tail = s.key[m.end():m.end() + 60]
                if cue_regex(unless).search(tail):
                    continue
            if not _clause_ok(rule, s, m.start()) or rejected_before(s.key, m.start()) or on_second_base(s.key, m.start()):
                continue
            f = finding(rule, ctx, _evidence(ctx, s, m.start()), found=s.text[m.start():m.end()])
            if advice and cue_regex(tuple(advice["cues"])).search(s.key[m.end():m.end() + 60]):
                f = _as_advice(rule, ctx, f, advice, s.text[m.start():m.end()])
            out.append(f)
            break
    return out


# ---------------------------------------------------------------------------------------------------------
# s22-cf: a list item read with its lead-in. "Trưởng thôn có nhiệm vụ:" / "- quyết định mức thu …", "Hộ vi phạm bị
# thôn:" / "- phạt 500.000 đồng": who acts, and the act's first words, stand once in the line that opens the list
# and are carried by every item under it. The item is read (1) with the lead-in as its subject when the item alone
# misses the rule's context cues, (2) joined to the lead-in when a forbidden wording starts in the lead-in and ends
# in the item, and (3) under the lead-in's prohibition ("Nghiêm cấm …:", "Hương ước không được quy định …:") when
# the forbidden wording stands in the item's first clause — the item then names what is forbidden.
# ---------------------------------------------------------------------------------------------------------

#: a list item's marker and the space after it: "- ", "+ ", "a) ", "2. ", "3) "
_ITEM_MARK = re.compile(r"^\s*(?:[-–+•*]|[a-zđ]\)|\d{1,2}[.)])\s+")
#: the end of a sentence inside a lead-in paragraph, before its last sentence ("Điều 5. Xử lý vi phạm. Hộ … bị thôn:")
_LEAD_CUT = re.compile(r"[.;!?]\s+")
#: a lead-in that forbids what its items name; "thì", "bị", "sẽ", "phải" after the negation make the items its
#: consequence ("Hộ không chấp hành thì bị thôn:"), not its object
_PROHIBITING_LEAD = re.compile(r"(?<!\w)(?:nghiêm\s+cấm|cấm|bị\s+cấm|không\s+được(?:\s+phép)?|không\s+cho\s+phép|"
                               r"không\s+(?:quy\s+định|đặt\s+ra|áp\s+dụng|bao\s+gồm|sử\s+dụng|dùng)|"
                               r"nghiem\s+cam|bi\s+cam|khong\s+duoc(?:\s+phep)?|khong\s+cho\s+phep|"
                               r"khong\s+(?:quy\s+dinh|dat\s+ra|ap\s+dung|bao\s+gom|su\s+dung|dung))(?!\w)"
                               r"(?![^:]*?(?<!\w)(?:thì|bị|sẽ|phải|thi|bi|se|phai)(?!\w))[^:]*:?\s*$")


def _item_marker(text: str) -> str | None:
    """The marker kind of a list item: the bullet's own glyph ("-" and "+" are two levels), "letter" or "number"."""
    m = _ITEM_MARK.match(text)
    if not m:
        return None
    head = m.group(0).strip()
    return head[:1] if head[:1] in "-–+•*" else ("letter" if head[:1].isalpha() else "number")


def _last_sentence(text: str) -> int:
    """Where the last sentence of ``text`` (a lead-in ending ":") begins."""
    body = text.rstrip()
    return max((m.end() for m in _LEAD_CUT.finditer(body, 0, max(0, len(body) - 1))), default=0)


def list_lead_in(ctx: Context, s) -> tuple[str, str] | None:
    """(text, key) of the lead-in (``lead_in_at``)."""
    at = lead_in_at(ctx, s)
    if at is None:
        return None
    para, a, b = at
    return para.text[a:b], para.key[a:b]


def lead_in_at(ctx: Context, s) -> tuple[Any, int, int] | None:
    """(paragraph, start, end) of the lead-in that opens the list item ``s`` begins: the last sentence of the nearest paragraph
    above it, past the item's siblings (items of the same marker), that ends with ":" — or, for an item written on
    the lead-in's own line ("Trưởng thôn có nhiệm vụ: a) …; b) …"), the words before that line's colon. None for a
    sentence that starts no item, or a list under a heading without a colon."""
    para = s.para
    own = para.text[s.start:s.end]
    if s.start > 0:
        if not _ITEM_MARK.match(own):
            return None
        before = para.text[:s.start]
        colon = before.rfind(":")
        if colon < 0:
            return None
        a = _last_sentence(before[:colon + 1])
        return para, a, colon
    style = _item_marker(para.text)
    if style is None:
        return None
    memo = ctx.memo.setdefault("conflict.lead_in_at", {})
    if para.index in memo:
        return memo[para.index]
    paras = ctx.doc.paras
    i = next((k for k, q in enumerate(paras) if q.index == para.index), 0)
    out = None
    for _ in range(30):
        i -= 1
        if i < 0:
            break
        q = paras[i]
        if q.zone != para.zone:
            break
        t = q.text.rstrip()
        if _item_marker(q.text) == style and not _HEADING.match(q.text):
            continue  # a sibling item
        if t.endswith(":"):  # the lead-in, also an article's own line ("Điều 11. Hộ vi phạm … thì bị tổ dân phố:")
            out = (q, _last_sentence(t), len(t) - 1)
        break
    memo[para.index] = out
    return out


def lead_in_subject(ctx: Context, s, zones: tuple[str, ...]):
    """The role that opens the lead-in of the list item ``s`` — its subject, who does what each item says: "2. Trưởng
    ban công tác Mặt trận có trách nhiệm:" over "- triệu tập và chủ trì hội nghị …". None when the lead-in forbids
    ("Trưởng thôn không được:"), or opens with anything but a role."""
    at = lead_in_at(ctx, s)
    if at is None:
        return None
    para, a, b = at
    if _PROHIBITING_LEAD.search(para.key[a:b]):
        return None
    m = _ITEM_MARK.match(para.text[a:b])
    head = a + (m.end() if m else 0)
    roles = [e for t in joined_sentences(ctx, zones) if t.para.index == para.index
             for e in t.ents if e.label == "ROLE" and a <= e.start < b]
    first = min(roles, key=lambda e: e.start, default=None)
    return first if first is not None and first.start - head <= 2 else None


def _first_clause_end(key: str) -> int:
    """The end of an item's first clause (at ",", ";", ":" or "."), past its marker."""
    m = _ITEM_MARK.match(key)
    start = m.end() if m else 0
    e = re.compile(r"[,;:.]").search(key, start)
    return e.start() if e else len(key)


def _forbidden_across_lead(rule: Rule, ctx: Context, s, lead: tuple[str, str], cues, unless) -> Finding | None:
    """A forbidden wording that starts in the lead-in and ends in the item ("Hộ vi phạm bị thôn:" / "- xử phạt
    200.000 đồng"): the lead-in's last clause and the item without its marker are read as one sentence; the finding
    is the item's, quoting the item's words of it."""
    text, key = lead
    tail_at = max(key.rfind(";"), key.rfind(","))
    key = key[tail_at + 1:] if tail_at >= 0 else key
    m0 = _ITEM_MARK.match(s.key)
    body = m0.end() if m0 else 0
    own = s.key[body:len(s.text)]
    joined = key.rstrip() + " " + own
    cut = len(key.rstrip()) + 1
    for m in cue_regex(cues).finditer(joined):
        if m.start() >= cut or m.end() <= cut:
            continue  # wholly in the lead-in (the lead-in's own finding) or wholly in the item (read already)
        at = body + (m.end() - cut)
        if unless and cue_regex(unless).search(s.key[at:at + 60]):
            continue
        if rejected_before(joined, m.start()) or not _clause_ok(rule, s, body):
            continue
        found = s.text[body:at].strip()
        if not found:
            continue
        return finding(rule, ctx, _evidence(ctx, s, body), found=found)
    return None


#: "thay cho việc lập biên bản xử phạt của cơ quan có thẩm quyền": what follows a replacing word, to the clause's end,
#: is the measure the text sets aside — an exclude cue there ("cơ quan có thẩm quyền") names what is NOT done; an
#: exclude cue that is the replacing word itself ("thay vì" of CF-171: the lawful meeting put first) still holds
_REPLACED = re.compile(r"(?<!\w)(?<!không\s)(?<!khong\s)(?<!chứ\s)(?<!chu\s)(?:thay\s+(?:cho|vì|thế(?:\s+cho)?)|"
                       r"thay\s+(?:cho|vi|the(?:\s+cho)?))(?!\w)([^;.]*)")


#: s23-rd: "… áp dụng biểu quyết trực tuyến đối với các công việc tự quản theo khoản 6 Điều 15 Luật … và đối với chủ
#: trương, mức đóng góp xây dựng công trình công cộng …": a scope joined to the lawful one ("và (cả) đối với …", "và cả …").
_JOINED = re.compile(r"(?:,\s*)?(?<!\w)(?:và|va)\s+(?:(?:cả|ca)\s+)?(?:(?:đối|doi)\s+(?:với|voi)|(?:với|voi)|(?:cả|ca))\s+([^;.]*)")


#: … unless the conjunct restricts or denies ("chỉ áp dụng …", "không áp dụng …, và với …": no extension).
_RESTRICTS = re.compile(r"(?<!\w)(?:không|khong|chưa|chua|chỉ|chi|trừ|tru|ngoài|ngoai|nghiêm\s+cấm|cấm|cam)(?!\w)")


def _excluded_outside_replaced(key: str, exclude: tuple, joined_scope: tuple = ()) -> bool:
    """An exclude cue of a ``forbidden`` rule sets the sentence aside unless every place it stands is inside the
    measure the sentence says it replaces (``_REPLACED``): "bị thôn phạt 2.000.000 đồng, thay cho việc lập biên bản xử
    phạt của cơ quan có thẩm quyền" fines in the authority's place; "… không thay thế việc xử lý của cơ quan có thẩm
    quyền" and "báo cơ quan có thẩm quyền xử lý" keep the authority and stay set aside.

    ``joined_scope`` (s23-rd): a lawful scope the exclude cue restates ("các công việc tự quản theo khoản 6 Điều 15")
    spares nothing when the sentence joins to it another scope naming one of these cues ("… và đối với chủ trương, mức
    đóng góp …"): the cues standing before the join are not read; one inside the joined scope ("… và đối với mức đóng
    góp thì không áp dụng") or elsewhere still sets the sentence aside."""
    spans = [(m.start(1), m.end(1)) for m in _REPLACED.finditer(key)]  # the object, not the replacing words
    if joined_scope:
        for j in _JOINED.finditer(key):
            start = max(key.rfind(",", 0, j.start()), key.rfind(":", 0, j.start())) + 1
            if cue_regex(joined_scope).search(j.group(1)) and not _RESTRICTS.search(key, start, j.start()):
                spans.append((start, j.start()))  # the lawful scope restated, in the conjunct the joined one extends
    for m in cue_regex(exclude).finditer(key):
        if not any(a <= m.start() and m.end() <= b for a, b in spans):
            return True
    return False


def _as_advice(rule: Rule, ctx: Context, f: Finding, advice: dict, found: str) -> Finding:
    """s21-cf (unseen65 u65-01 L19): ``advice_after`` — the sanction sent on to a law by name ("người vi phạm bị xử phạt
    theo quy định của Luật Thủy sản") sets none: the text only restates what the law provides, advice (gợi ý) with the
    advice's own message and basis."""
    basis = f.basis
    if advice.get("basis"):
        basis = ctx.resolver.for_rule(replace(rule, basis=(advice["basis"],))) or f.basis
    return replace(f, severity="gợi ý", message=fill(advice["message"], found=found), basis=basis)


#: "Người triệu tập và chủ trì: ông A, Tổ trưởng …" — a label: the actor follows the colon.
_LABEL_TAIL = re.compile(r"(?:\s*(?:va|,)\s*(?:trieu\s+tap|chu\s+tri))*(?:\s+(?:cuoc\s+hop|hoi\s+nghi))?\s*:")
_LABEL_WINDOW = 60


def _actors(s, vm, window: int) -> tuple[list, Any]:
    """The roles that name who does the verb at ``vm``, and the actor among them: the nearest
    role before the verb, or — when the verb is a label ("Người chủ trì: …") — the first role
    after the colon, in the same clause."""
    before = [e for e in s.ents if e.label == "ROLE" and e.end - s.start <= vm.start()
              and vm.start() - (e.end - s.start) <= window]
    m = _LABEL_TAIL.match(s.folded, vm.end())
    if m:
        stop = min([i for i in (s.folded.find(";", m.end()), s.folded.find(".", m.end())) if i >= 0] or [len(s.folded)])
        after = [e for e in s.ents if e.label == "ROLE" and m.end() <= e.start - s.start
                 and e.end - s.start <= min(stop, m.end() + _LABEL_WINDOW)]
        if after:
            return after, min(after, key=lambda e: e.start)
    if not before:
        return [], None
    return before, max(before, key=lambda e: e.end)


def _calendar_bounds(q: dict, units, qty) -> dict | None:
    """``quantity.calendar_max``: a deadline in working days written in calendar days ("chậm nhất 15 ngày sau hội
    nghị") is read against the most calendar days those working days can span (05 working days: 07 days)."""
    if "calendar_max" not in q or qty.unit != "days" or "days" in units:
        return None
    return {"max_": parse_bound(q["calendar_max"])}


def _title_sentences(rule: Rule, ctx: Context):
    """With ``title`` groups, a plan titled "… cuộc họp cho thôi làm Tổ trưởng …" gives the
    context to its sentences ("Người triệu tập và chủ trì: …"), except those that name
    another purpose (``title_exclude``, e.g. "bầu") or an exclude cue; with ``title_context``
    only the sentences that match it ("Thông báo triệu tập gửi … 03 ngày trước ngày tổ chức"
    in a plan titled "… hội nghị định kỳ cuối năm của thôn …")."""
    groups = rule.detect.get("title")
    if not groups:
        return
    by_title = all_groups(document_subject(ctx), groups)
    skip = tuple(rule.detect.get("title_exclude", ())) + tuple(rule.detect.get("exclude", ()))
    within = rule.detect.get("title_context")
    if not by_title and not within:
        return
    for s in joined_sentences(ctx, ZONES[rule.detect.get("scope", "body")]):
        if not by_title and not _heading_names(ctx, s.para, groups):
            continue  # s20-cf: else the section heading over it may name the subject (with ``title_context`` only)
        if _in_context(rule, s.key) or (skip and any_cue(s.key, skip)):
            continue  # already read by _sentences, or about another matter
        if within and not all_groups(s.key, within):
            continue
        if other_matter_in_paragraph(rule, s):
            continue
        if skip and under_other_heading(ctx, s.para, skip, groups):
            continue
        yield s


def _heading_names(ctx: Context, para, groups) -> bool:
    """s20-cf (unseen58 u58_06 L22): a plan titled "Huy động nguồn lực xây dựng đường …" says what its voting rule is on
    in the section heading over it — "III. MỨC ĐÓNG GÓP VÀ CÁCH THỨC THỰC HIỆN / … Nội dung được thông qua khi có trên 50%
    …": the chapter or article heading ``para`` stands under matches the rule's ``title`` groups."""
    head = heading_keys(ctx).get(para.index, "")
    return bool(head.strip(" |")) and all_groups(head, groups)


#: a "do" between the role and the verb names another agent (lw2-03: "riêng cuộc họp bầu Trưởng thôn do Tổ bầu cử chủ
#: trì" — Tổ bầu cử, a body the lexicon has no role for, chairs; the role written before is the one elected)
_AGENT_AFTER_DO = re.compile(r"(?<!\w)do(?!\w)")


#: What a signature block writes under its titles: "(đã ký)", "(ký, ghi rõ họ tên)", "Đã ký" — once per column.
_SIGNED_ROW = re.compile(r"^\s*(?:\(?\s*(?:đã\s+ký|ký(?:,?\s+(?:và\s+)?ghi\s+rõ\s+họ\s+tên)?)[^()]{0,20}\)?\s*)+$",
                         re.IGNORECASE)


def _signing_titles(ctx: Context, para) -> bool:
    """s17-p2 (unseen64 u64-06): the row of signature titles that ends a minutes ("THƯ KÝ    TRƯỞNG BAN CÔNG TÁC MẶT
    TRẬN    CHỦ TRÌ - TRƯỞNG BẢN" over "(đã ký)"), left in the body by the layout reader: its columns side by side are
    no clause, and "CHỦ TRÌ" there labels a signer, not who chairs. A line in capitals with no sentence mark, the
    signing mark on the next line or the text ending within two lines."""
    # the layout reader may join the row with the line under it ("… CHỦ TRÌ - TRƯỞNG THÔN (đã ký) (đã ký)"): the
    # paragraph's first line is the row, its other lines come after it
    starts = list(getattr(para, "seg_starts", ()) or (0,)) + [len(para.text)]
    lines = [para.text[a:b].strip() for a, b in zip(starts, starts[1:])]
    t = lines[0]
    letters = [c for c in t if c.isalpha()]
    if len(letters) < 4 or sum(c.isupper() for c in letters) < 0.8 * len(letters) or re.search(r"[.;:!?]", t):
        return False
    after = [q for q in ctx.doc.paras if q.index > para.index]
    nxt = lines[1] if len(lines) > 1 else (after[0].text if after else "")
    return _SIGNED_ROW.match(nxt) is not None or len(after) <= 2


#: Roles that name who is elected or heard, never who convenes or chairs: with ``actor.allowed`` they are not read
#: as an actor outside the allowed list ("cuộc họp giới thiệu người ứng cử … chủ trì" names the candidate)
_NOT_ACTORS = frozenset({"ung_cu_vien", "cong_dan_uy_tin"})


def check_actor(rule: Rule, ctx: Context) -> list[Finding]:
    """The role written just before "triệu tập" / "chủ trì" (or after "Người chủ trì:") is the
    actor; is it one the law excludes?"""
    a = rule.detect["actor"]
    forbidden = ctx.lexicon.expand(a.get("forbidden", ()))
    # s21-cf: ``allowed`` — the law names the one lawful actor; any other recognised role in the slot is flagged
    allowed = ctx.lexicon.expand(a["allowed"]) if "allowed" in a else None
    # ``allowed_cues``: a lawful actor the lexicon has no role for ("Tổ bầu cử"), written with the role
    lawful_cues = cue_regex(tuple(a["allowed_cues"])) if "allowed_cues" in a else None
    unless = ctx.lexicon.expand(a.get("unless", ()))
    verbs = cue_regex(tuple(a["verbs"]))
    window = int(a.get("window", 40))
    out = []
    for s, by_title in itertools.chain(((s, False) for s in _sentences(rule, ctx)),
                                       ((s, True) for s in _title_sentences(rule, ctx))):
        if _signing_titles(ctx, s.para):
            continue
        hit = None
        # a row read by the title alone may be another step of the plan ("| Niêm yết các quyết định | Trưởng thôn |")
        row_actor = None if by_title or not _MEETING_WORD.search(s.folded) else _row_actor(ctx, s, verbs)
        if row_actor is not None and lawful_cues is not None and lawful_cues.search(
                s.key, s.key.rfind("|", 0, row_actor[0].start - s.start) + 1, _cell_end(s, row_actor[0])):
            row_actor = None  # "| … | Tổ trưởng Tổ bầu cử (Phó Trưởng ban công tác Mặt trận) |": the lawful body named
        if row_actor is not None:
            ids = {e.id for e in row_actor}
            first = row_actor[0]
            if not (unless and ids & unless) and (first.id in forbidden or (
                    allowed is not None and not ids & allowed and first.id not in _NOT_ACTORS)):
                hit = (first.start - s.start, first.end - s.start)
        lead_hit = None
        for vm in verbs.finditer(s.key) if hit is None else ():
            before, actor = _actors(s, vm, window)
            if actor is None and not by_title and _item_head_verb(s.key, vm.start()) and \
                    not _ROLE_AFTER.match(s.key, vm.end()) and not _LABEL_TAIL.match(s.folded, vm.end()):
                # s22-cf: "Trưởng thôn có nhiệm vụ:" / "- triệu tập hội nghị …": the item's verb has no role before it;
                # its subject is the lead-in's
                lead = lead_in_subject(ctx, s, ZONES[rule.detect.get("scope", "body")])
                if lead is not None and not (unless and lead.id in unless) and _clause_ok(rule, s, vm.start()) and (
                        lead.id in forbidden or (allowed is not None and lead.id not in allowed
                                                 and lead.id not in _NOT_ACTORS)):
                    at = lead_in_at(ctx, s)
                    lead_hit = at[0].text[lead.start:lead.end]
                    break
            cued = _cued_actor(a, s, vm, window, actor)
            if cued and (not unless or not any(e.id in unless for e in before)) and \
                    (by_title or _clause_ok(rule, s, vm.start())):
                hit = cued
                break
            if actor is None:
                continue
            if unless and any(e.id in unless for e in before):
                continue  # "Hiệu trưởng và Chủ tịch Công đoàn đồng chủ trì": the head chairs too
            if not by_title and not _clause_ok(rule, s, vm.start()):
                continue
            if lawful_cues is not None and lawful_cues.search(s.key, max(0, actor.start - s.start - 30), vm.start()):
                continue  # "Tổ trưởng Tổ bầu cử, ông A (Trưởng ban công tác Mặt trận) chủ trì": the lawful body acts
            if _AGENT_AFTER_DO.search(s.key, actor.end - s.start, vm.start()):
                continue  # "cuộc họp bầu Trưởng thôn do Tổ bầu cử chủ trì": the role is the object, the agent follows "do"
            if actor.id in forbidden or (allowed is not None and actor.id not in allowed
                                         and actor.id not in _NOT_ACTORS):
                hit = (actor.start - s.start, actor.end - s.start)
                break
        if hit:
            out.append(finding(rule, ctx, _evidence(ctx, s, hit[0]), found=s.text[hit[0]:hit[1]]))
        elif lead_hit:
            out.append(finding(rule, ctx, _evidence(ctx, s, 0), found=lead_hit))
    return out


def _item_head_verb(key: str, at: int) -> bool:
    """Does the item's predicate open at ``at`` — its first words after the marker, at most two ("- triệu tập …", "- kịp
    thời triệu tập …")? "- kết quả hội nghị do … chủ trì", "- việc triệu tập …" name an act, they do not do it."""
    m = _ITEM_MARK.match(key)
    if not m or at < m.end():
        return False
    head = key[m.end():at].split()
    return len(head) <= 2 and not any(w in ("việc", "viec", "kết", "ket", "nội", "noi") for w in head)


#: a verb followed by its agent ("… triệu tập bởi …", "do … chủ trì"): the lead-in's subject is not its actor
_ROLE_AFTER = re.compile(r"\s*(?:bởi|do|boi)\b")


_MEETING_WORD = re.compile(r"\b(?:cuoc\s+hop|hoi\s+nghi|hop\s+(?:thon|to|ban|cong\s+dong))\b")


def _cell_end(s, e) -> int:
    """The end (sentence offset) of the table cell the entity ``e`` stands in."""
    i = s.key.find("|", e.end - s.start)
    return len(s.key) if i < 0 else i


_ROW_MEETING_TASK = re.compile(r"(?:to\s+chuc\s+|trieu\s+tap\s+|tien\s+hanh\s+)?(?:cac\s+)?(?:cuoc\s+hop|hoi\s+nghi|hop)\b")


def _row_cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of every cell of a flattened row "| a | b |", blank ones too, the outer bars dropped."""
    bars = [m.start() for m in re.finditer(r"\|", text)]
    return [(a + 1, b) for a, b in zip(bars, bars[1:])]


def _row_actor(ctx: Context, s, verbs) -> list | None:
    """s21-cf (unseen13 p03 L33): a plan's timetable names who convenes or chairs in a column of its own — "| TT | Nội
    dung | Thời gian | Chủ trì |" over "| 7 | Tổ chức cuộc họp bầu Trưởng thôn | 17/5/2026 | Trưởng thôn đương nhiệm |":
    the roles written in the cell under the column whose heading is an ``actor.verbs`` cue (header row = the first row
    of the table), or None when the sentence is no such row."""
    text = s.para.text
    if not text.lstrip().startswith("|") or s.start > text.find("|") + 1:
        return None
    paras = ctx.doc.paras
    j = s.para.index - 1  # 0-based index of the row
    while j > 0 and paras[j - 1].text.lstrip().startswith("|"):
        j -= 1
    head = paras[j]
    if head is s.para or head.index == s.para.index:
        return None
    hcells = _row_cells(head.text.strip())
    col = next((k for k, (a, b) in enumerate(hcells) if verbs.search(match_key(head.text.strip()[a:b]))), None)
    if col is None:
        return None
    cells_ = _row_cells(text)
    if col >= len(cells_) or len(cells_) != len(hcells):
        return None
    # the row's task is the meeting itself ("Tổ chức cuộc họp bầu …", "Họp cộng đồng dân cư …"), not another act at it
    # ("Báo cáo … tại hội nghị định kỳ cuối năm | Trưởng ban công tác Mặt trận": who reports, not who chairs)
    task = next((s.para.folded[x:y].strip() for x, y in cells_[:col] if not re.fullmatch(r"\s*[\dIVXivx.]*\s*",
                                                                                          text[x:y])), "")
    if not _ROW_MEETING_TASK.match(task):
        return None
    a, b = cells_[col]
    found = sorted((e for e in s.ents if e.label == "ROLE" and a <= e.start and e.end <= b), key=lambda e: e.start)
    return found or None


def _cued_actor(a: dict, s, vm, window: int, actor) -> tuple[int, int] | None:
    """``actor.forbidden_cues``: an actor the lexicon has no role for ("do Bí thư Chi bộ chủ trì"), written in the
    ``window`` before the verb and after the last role there (a role nearer the verb is the actor)."""
    cues = a.get("forbidden_cues")
    if not cues:
        return None
    lo = max(0, vm.start() - window)
    if actor is not None and vm.start() >= actor.end - s.start:
        lo = max(lo, actor.end - s.start)
    hits = list(cue_regex(tuple(cues)).finditer(s.key, lo, vm.start()))
    if not hits or re.search(r"[;.]", s.key[hits[-1].end():vm.start()]):
        return None
    return hits[-1].start(), hits[-1].end()


# -- restatement ---------------------------------------------------------------
_SHINGLE = 5
_WORD = re.compile(r"\w+")


def _shingles(folded: str) -> list[tuple[str, ...]]:
    w = _WORD.findall(folded)
    return [tuple(w[i:i + _SHINGLE]) for i in range(len(w) - _SHINGLE + 1)]


def _index(ctx: Context, docs: tuple[str, ...]) -> dict:
    """Word 5-grams of the given documents' provisions → unit ids (built once per knowledge base)."""
    from checker.basis import shared_cache

    cache = shared_cache(ctx.store)
    key = ("restates", docs)
    if key not in cache:
        idx: dict[tuple, set[str]] = {}
        for d in docs:
            for u in ctx.store.units_of(d):
                if not u.text:
                    continue
                for sh in _shingles(fold_keep_length(u.text)):
                    idx.setdefault(sh, set()).add(u.uid)
        cache[key] = idx
    return cache[key]


def check_restates(rule: Rule, ctx: Context) -> list[Finding]:
    r = rule.detect["restates"]
    docs = tuple(r["docs"])
    min_share, min_words = float(r.get("min_share", 0.6)), int(r.get("min_words", 20))
    idx = _index(ctx, docs)
    out = []
    for p in ctx.doc.zone(*ZONES[rule.detect.get("scope", "body")]):
        if len(_WORD.findall(p.folded)) < min_words:
            continue
        if rule.detect.get("exclude") and any_cue(p.key, rule.detect["exclude"]):
            continue
        shs = _shingles(p.folded)
        counts: dict[str, int] = {}
        for sh in shs:
            for uid in idx.get(sh, ()):
                counts[uid] = counts.get(uid, 0) + 1
        if not counts:
            continue
        uid, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if n / len(shs) < min_share:
            continue
        ub = ctx.resolver.unit_basis(uid)
        basis = ctx.resolver.for_rule(rule) + ((ub,) if ub else ())
        out.append(finding(rule, ctx, ctx.doc.evidence(p), basis=basis,
                           restated=ub.label if ub else uid, share=f"{100 * n / len(shs):.0f}%"))
    return out


# -- recorded votes against all households ---------------------------------------------

_NUM = r"\d{1,3}(?:\.\d{3})*(?![\d,])|\d{1,5}(?!\d|,\d)"
_HH = r"(?:dai\s+dien\s+)?(?:ho|phieu|nguoi)(?:\s+gia\s+dinh|\s+dan)?"
#: "Tổng số hộ: 168", "tổng số hộ trong thôn là 236 hộ", "Tổng số hộ gia đình của tổ dân phố: 146".
_TOTAL_HH = re.compile(rf"\btong\s+so\s+(?:dai\s+dien\s+)?ho(?:\s+gia\s+dinh)?(?:\s+(?:trong|cua|toan|o)\s+[^:\d;.()]{{1,30}}?)?"
                       rf"\s*:?\s*(?:la\s+|co\s+)?(?P<n>{_NUM})(?!\s*/)")
#: s21-cf (unseen65 u65-01 L37): the number before the unit — "Kết quả biểu quyết: tổng số 236 hộ; 171 đại diện hộ dự họp;
#: 118 đại diện hộ tán thành" — not "tổng số 171 hộ dự họp", "tổng số 12 hộ nghèo".
_TOTAL_N_HH = re.compile(rf"\btong\s+so\s+(?:la\s+|co\s+)?(?P<n>{_NUM})\s+ho(?:\s+gia\s+dinh)?\b"
                         rf"(?!\s+(?:ngheo|can\s+ngheo|kinh\s+doanh|san\s+xuat|chinh\s+sach|dong\s+bao|tham|du|tan|dong\s+y|"
                         rf"nhat\s+tri|co\s+mat|vang|khong|bo\s+phieu|bieu\s+quyet|kien\s+nghi|de\s+nghi|gop|dang\s+ky))")


def _totals_hh(f: str):
    """The matches of every shape of "all the households" a paragraph writes: "Tổng số hộ: 236", "tổng số 236 hộ"."""
    return itertools.chain(_TOTAL_HH.finditer(f), _TOTAL_N_HH.finditer(f))


#: "thôn nay có 168 hộ", "Bản Sáng Pao có 96 hộ, 478 nhân khẩu" — not "mỗi thôn có", "18 hộ nghèo".
_COMMUNITY_HH = re.compile(
    rf"(?<!moi )(?<!cac )(?<!nhung )\b(?:thon|to\s+dan\s+pho|ban|lang|ap|xom|buon|bon|khu\s+pho|khom|khu\s+dan\s+cu|cong\s+dong\s+dan\s+cu)"
    rf"\b[^.;:()\n\d]{{0,40}}?\b(?:co|gom)\s+(?:tong\s+(?:so|cong)\s+)?(?P<n>{_NUM})\s+ho(?:\s+gia\s+dinh)?\b"
    rf"(?!\s+(?:ngheo|can\s+ngheo|kinh\s+doanh|san\s+xuat|chinh\s+sach|dong\s+bao|nguoi|tham|du|tan|dong\s+y))")
_PCT = r"(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%"
#: The count after the cue: "số hộ tán thành: 81/168 (48,2%)", "số hộ đồng ý: 92 hộ (đạt 63,0%)", "Tán thành chủ
#: trương và mức đóng góp: 118/131 phiếu", a table row read as "Số đại diện hộ tán thành cho thôi: 90 (…)".
_AFTER = re.compile(rf"\s*(?:la\s+|:\s*|,\s*|\s[^\d:;.,()|]{{1,45}}?:\s*)?(?:co\s+)?"
                    rf"(?P<a>{_NUM})(?:\s*/\s*(?P<d>{_NUM}))?(?:\s+{_HH})?"
                    rf"(?:\s*[,(]?\s*(?:dat\s+|chiem\s+|bang\s+|ty\s+le\s*:?\s*)?{_PCT}(?:[^()%;]{{0,40}}\))?)?")
#: The count before the cue: "124/142 hộ tán thành", "có 186 đại diện hộ gia đình tán thành", "84 đại diện tán thành".
_BEFORE = re.compile(rf"(?<![\d/.,])(?P<a>{_NUM})(?:\s*/\s*(?P<d>{_NUM})|\s+(?:tren|trong)\s+(?:tong\s+so\s+)?(?P<d2>{_NUM}))?"
                     rf"\s+(?:{_HH}|dai\s+dien)(?:\s+(?:trong\s+thon|du\s+hop|co\s+mat|tham\s+du|bieu\s+quyet))?"
                     # "112/198 đại diện hộ gia đình (56,6%) đồng ý": the share in brackets between count and cue
                     r"(?:\s*\(\s*(?:dat\s+|chiem\s+)?\d{1,3}(?:,\d{1,2})?\s*%\s*\))?\s+$")
_PCT_AFTER = re.compile(rf"\s*[,(:]?\s*(?:dat\s+|chiem\s+|bang\s+|ty\s+le\s+)?{_PCT}(?:[^()%;]{{0,40}}\))?")
#: "số đại diện hộ gia đình" before the cue names what is counted: the quote starts there.
_COUNTED = re.compile(r"\bso\s+(?:dai\s+dien\s+)?ho(?:\s+gia\s+dinh)?\s+$")
#: "với 48,2% tổng số hộ trong thôn tán thành": a percentage of the households before the cue.
_PCT_BEFORE = re.compile(rf"(?<![\d,]){_PCT}\s+(?:tong\s+)?so\s+(?:dai\s+dien\s+)?ho(?:\s+gia\s+dinh)?"
                         r"(?:\s+(?:trong|cua|toan)\s+(?:thon|to\s+dan\s+pho|ban|lang|cong\s+dong\s+dan\s+cu|[^\s\d,;.]+)"
                         r"(?:\s+[^\s\d,;.]+){0,2})?\s+$")
#: "tỷ lệ tán thành đạt 48,2%", "tán thành: 45%": only a percentage.
_ONLY_PCT = re.compile(rf"\s*:?\s*(?:dat\s+|chiem\s+|la\s+)?{_PCT}")
#: "không tán thành", and the absent counted as such: "số hộ không có người đại diện tham dự: 105".
_NEGATED = re.compile(r"(?:khong|chua|phan\s+doi)(?:\s+co)?(?:\s+nguoi)?(?:\s+dai\s+dien)?(?:\s+ho(?:\s+gia\s+dinh)?)?\s+$")
#: One part of the community: a cluster, one thôn of several, one round of a meeting.
_ONE_PART = re.compile(r"\b(?:cum|moi\s+cum|tung\s+cum|nhom(?!\s+(?:zalo|mang\s+xa\s+hoi|facebook|messenger))|to\s+\d|dot)\b")


def _int(s: str) -> int:
    return int(s.replace(".", ""))


_COMMUNITY_NAME = r"(?:thon|to\s+dan\s+pho|ban|lang|ap|xom|buon|bon|khu\s+pho|khom|khu\s+dan\s+cu|cong\s+dong\s+dan\s+cu)\b"
#: "Số hộ gia đình của tổ dân phố: 296 hộ" (a table row read as its sentence) — the community's own count.
_HH_OF_COMMUNITY = re.compile(rf"(?<!moi )\bso\s+ho(?:\s+gia\s+dinh)?\s+(?:cua|trong|toan)\s+{_COMMUNITY_NAME}"
                              rf"[^:\d;.()]{{0,25}}?\s*(?::|la)\s*(?P<n>{_NUM})(?!\s*/|[\d,])")
#: "đại diện 118/142 hộ gia đình trong thôn": those present of all the community's households, the whole after "/".
_HH_SHARE_OF_COMMUNITY = re.compile(rf"(?<![\d/.,])(?:{_NUM})\s*/\s*(?P<n>{_NUM})\s+ho(?:\s+gia\s+dinh)?\s+(?:trong|cua|toan)\s+"
                                    rf"{_COMMUNITY_NAME}")


#: "Đại diện hộ gia đình: có mặt 151/246 hộ", "số đại diện hộ có mặt: 112/236 hộ": those present of all the households;
#: s19-cm (unseen68 u68-07): "Tham dự: 165/240 đại diện hộ gia đình".
_PRESENT_OF_ALL = re.compile(rf"(?<!khong )\b(?:co\s+mat|du\s+hop|tham\s+du)\s*:?\s*(?:{_NUM})\s*/\s*(?P<n>{_NUM})\s+(?:dai\s+dien\s+)?ho\b"
                             r"(?!\s+(?:ngheo|can\s+ngheo|kinh\s+doanh))")


def _households_named_whole(texts: list[str]) -> set[int]:
    """The community's households a text states by naming the community as their whole: a label "Số hộ gia đình của
    tổ dân phố: 296 hộ", or the denominator of "118/142 hộ gia đình trong thôn" (never one cluster's, "cụm 2")."""
    return {_int(m.group("n")) for f in texts for rx in (_HH_OF_COMMUNITY, _HH_SHARE_OF_COMMUNITY)
            for m in rx.finditer(f.lower()) if not _ONE_PART.search(f.lower()[max(0, m.start() - 30):m.end()])}


#: s17-c2b (unseen62 u62-02 L35): "thôn Khuổi Tát có 236 hộ" in a commune's report on nine villages is one village's
#: whole, not the whole of "thôn Đông Xả" whose vote a later sentence records. A community named by its proper name:
#: the community word and the capitalised words after it ("thôn Đông Xả", "tổ dân phố số 3").
_NAMED_COMMUNITY = re.compile(r"(?i)(?<!\w)(?:thôn|tổ\s+dân\s+phố|bản|làng|ấp|xóm|buôn|bon|khu\s+phố|khóm)\s+"
                              r"(?P<name>(?:số\s+\d+\w*)|(?:[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,3}))")


def _community_names(text: str) -> set[str]:
    """The folded proper names of the communities ``text`` names ("thôn Đông Xả" → "dong xa"); a lower-case word
    after the community word ("thôn có", "bản thân") names none."""
    out = set()
    for m in _NAMED_COMMUNITY.finditer(text):
        words = m.group("name").split()
        if words[0].lower() == "số":
            out.add(fold_keep_length(" ".join(words[:2])).lower())
            continue
        keep = []
        for w in words:
            if not w[:1].isupper():
                break
            keep.append(w)
        if keep:
            out.add(fold_keep_length(" ".join(keep)).lower())
    return out


def community_households_names(ctx: Context) -> set[str]:
    """The proper names of the communities whose household count gives ``community_households`` ("thôn Khuổi Tát có
    236 hộ" → {"khuoi tat"}); empty when the count names no community by name."""
    community_households(ctx)
    return ctx.memo.get("conflict.households_names", set())


#: s19-cr2 (unseen64 u64-09): a tally typed with dot leaders, one row a line ("Tổng số hộ gia đình trong bản ......... 176",
#: "Số phiếu đồng ý ......... 86"), the rows run into one paragraph: the leader is the colon of a "label: value" row.
_LEADER = re.compile(r"[ \t]*(?:\.{4,}|…{2,}|(?:\. ){3,}\.?)[ \t]*")


def unleader(folded: str) -> str:
    """``folded`` with each dot leader written as ": " (length kept, so offsets into the key still hold)."""
    return _LEADER.sub(lambda m: ": " + " " * (len(m.group()) - 2), folded) if "..." in folded or "…" in folded else folded


def community_households(ctx: Context) -> int | None:
    """The number of households the document gives for its community, when it gives one only (a table row
    "| Tổng số hộ trong thôn | … |" over "| 186 | … |" too)."""
    key = "conflict.households"
    if key not in ctx.memo:
        texts = [unleader(p.folded) for p in ctx.doc.paras] + [fold_keep_length(t) for t in ctx.doc.table_facts.values()]
        found = {_int(m.group("n")) for f in texts for m in _COMMUNITY_HH.finditer(f)}
        ctx.memo["conflict.households_names"] = {
            n for p in ctx.doc.paras for m in _COMMUNITY_HH.finditer(p.folded)
            for n in _community_names(p.text[m.start():m.end()])}
        found |= {_int(m.group("n")) for f in texts for m in _totals_hh(f)
                  if not _ONE_PART.search(f[max(0, m.start() - 30):m.start()])}
        found |= _households_named_whole(texts)
        # s19-cm (unseen68 u68-12): "cuộc họp … có 180/236 đại diện hộ gia đình tham dự." names all the households as the
        # whole of those present (a second, different whole leaves the document with none)
        found |= {_int(m.group("n")) for f in texts for m in _ALL_THEN_PRESENT.finditer(f)
                  if not _ONE_PART.search(f[max(0, m.start() - 30):m.end()])}
        ctx.memo[key] = found.pop() if len(found) == 1 else None
    return ctx.memo[key]


def _the_one_count(ctx: Context, key: str, pattern: re.Pattern, skip) -> int | None:
    """The one number (group "n") ``pattern`` finds in the document's folded paragraphs, leaving out a match
    ``skip(folded, match)`` rejects; None when there is none or more than one. Kept in ``ctx.memo[key]``."""
    if key not in ctx.memo:
        found = {_int(m.group("n")) for p in ctx.doc.paras for m in pattern.finditer(p.folded) if not skip(p.folded, m)}
        ctx.memo[key] = found.pop() if len(found) == 1 else None
    return ctx.memo[key]


#: s19-cm (unseen68 u68-12): "cuộc họp … có 180/236 đại diện hộ gia đình tham dự." — the count present of all the
#: households, the word of attendance after it and ending the clause (never "176/207 đại diện hộ dự họp tán thành",
#: a vote of those present).
_ALL_THEN_PRESENT = re.compile(rf"(?<![\d/.,])(?:{_NUM})\s*/\s*(?P<n>{_NUM})\s+(?:dai\s+dien\s+)?ho(?:\s+gia\s+dinh)?"
                               r"\s+(?:co\s+mat|du\s+hop|tham\s+du)(?=\s*(?:[.;,)]|$))")


def households_after_present(ctx: Context) -> int | None:
    """The households the document gives only as the whole of its count present ("Đại diện hộ gia đình: có mặt
    151/246 hộ", "có 180/236 đại diện hộ gia đình tham dự."), when it gives one such whole
    (``tally.whole_after_present``)."""
    key = "conflict.households_after_present"
    if key not in ctx.memo:
        found = {_int(m.group("n")) for p in ctx.doc.paras for rx in (_PRESENT_OF_ALL, _ALL_THEN_PRESENT)
                 for m in rx.finditer(p.folded) if not _ONE_PART.search(p.folded[max(0, m.start() - 30):m.end()])}
        ctx.memo[key] = found.pop() if len(found) == 1 else None
    return ctx.memo[key]


def _tally_at(f: str, m: re.Match) -> tuple[int | None, int | None, float | None, int, int] | None:
    """(count, denominator, percentage, start, end) of the vote recorded at the cue ``m``."""
    a = _AFTER.match(f, m.end())
    if a and (a.group("d") or a.group("p") or re.match(r"\s*(?::|la\b)|\s[^\d:;.,()|]{1,45}?:", f[m.end():])):
        c = _COUNTED.search(f, max(0, m.start() - 30), m.start())
        return (_int(a.group("a")), _int(a.group("d")) if a.group("d") else None,
                float(a.group("p").replace(",", ".")) if a.group("p") else None, c.start() if c else m.start(), a.end())
    b = _BEFORE.search(f, max(0, m.start() - 60), m.start())
    if b:
        pa = _PCT_AFTER.match(f, m.end())
        d = b.group("d") or b.group("d2")
        return (_int(b.group("a")), _int(d) if d else None,
                float(pa.group("p").replace(",", ".")) if pa else None, b.start(), pa.end() if pa else m.end())
    pb = _PCT_BEFORE.search(f, max(0, m.start() - 70), m.start())
    if pb:  # "được thông qua với 48,2% tổng số hộ trong thôn tán thành"
        return None, None, float(pb.group("p").replace(",", ".")), pb.start(), m.end()
    o = _ONLY_PCT.match(f, m.end())
    if o and re.search(r"\bty\s+le\s+$", f[max(0, m.start() - 8):m.start()]):
        return None, None, float(o.group("p").replace(",", ".")), m.start(), o.end()
    return None


#: "tán thành đạt 85,5% số hộ dự họp": a share of those present, not of all households.
_PCT_OF_PRESENT = re.compile(rf"\s*:?\s*(?:dat\s+|chiem\s+|bang\s+|la\s+)?{_PCT}\s+(?:tong\s+)?so\s+(?:dai\s+dien\s+)?"
                             r"(?:ho|nguoi)(?:\s+gia\s+dinh)?\s+(?:du\s+hop|co\s+mat|tham\s+du)\b")
#: "Số đại diện hộ gia đình có mặt: 131" (folded): the households present; not "số hộ không có người đại diện tham dự: 105".
_HH_PRESENT = re.compile(r"(?<!khong )(?<!khong co )(?<!nguoi )(?<!dai dien )\b(?:co\s+mat|du\s+hop|tham\s+du)\s*(?::|la)\s*"
                         rf"(?P<n>{_NUM})(?![\d,.]\d|\s*/|\s*%)")
_ABSENT = re.compile(r"\b(?:khong|vang)\b[^:;.]{0,30}$")


def households_present(ctx: Context) -> int | None:
    """The households present the document records, when it records one number ("Số đại diện hộ gia đình có mặt:
    131"); a count of the absent ("số hộ không có người đại diện tham dự: 105") is not one."""
    return _the_one_count(ctx, "conflict.households_present", _HH_PRESENT,
                          lambda f, m: _ABSENT.search(f[max(0, m.start() - 40):m.start()]))


def _tally_of_present(ctx: Context, f: str, m: re.Match):
    """``tally.of_present``: the vote given only as a share of those present ("Số đại diện hộ tán thành đạt 85,5% số hộ
    dự họp"), turned into a count by the households present the document records: (count, None, None, start, end)."""
    o = _PCT_OF_PRESENT.match(f, m.end())
    present = households_present(ctx)
    if not o or not present:
        return None
    c = _COUNTED.search(f, max(0, m.start() - 30), m.start())
    count = round(float(o.group("p").replace(",", ".")) * present / 100.0)
    return count, None, None, c.start() if c else m.start(), o.end()


def tally_floor(t: dict) -> tuple[float, bool]:
    """(percent, strict) of a ``tally``: ``gt: 50`` → (50, True), a vote at or below breaks the rule; ``min: "2/3"``
    → (66.67, False), a vote below breaks it."""
    if "min" in t:
        b = parse_bound(t["min"])
        return (100.0 * b if b <= 1 else b), False
    return float(t["gt"]), True


def _tally_paras(rule: Rule, ctx: Context):
    """The paragraphs ``tally`` reads; with ``record_header``, minutes ("BIÊN BẢN / Cuộc họp … thông qua Hương ước /
    Tổng số hộ …: 312 hộ; số đại diện hộ … có mặt: 140 hộ.") whose counts follow the title with no opening of their
    own, left in the header, give them there too: a minutes' header records the one meeting."""
    zones = ZONES[rule.detect.get("scope", "all")]
    head = rule.detect["tally"].get("record_header") and (ctx.doc.header.doc_type or "").strip().lower() == "biên bản"
    exclude = tuple(rule.detect.get("exclude", ()))
    if head and exclude and any(any_cue(p.key, exclude) for p in ctx.doc.paras):
        head = False  # the record says the votes were sought by ballot, or the meeting fell short: its own counts stand aside
    return [p for p in ctx.doc.paras if p.zone in zones or (head and p.zone == "header" and re.search(r"\d", p.key))]


#: s17-c2a (u61-02): minutes whose title names only the meeting ("BIÊN BẢN CUỘC HỌP CỦA CỘNG ĐỒNG DÂN CƯ") state the
#: matter in their opening ("Hôm nay, hồi 19 giờ 30 …, tổ dân phố tổ chức cuộc họp bàn và quyết định chủ trương, mức
#: đóng góp lát gạch ngõ 42 …"): that opening is the record's subject, as a title would be.
_OPENING_MEETING = re.compile(r"^\s*(?:hôm\s+nay|vào\s+(?:hồi|lúc))\b[^.]{0,200}?\b(?:họp|hội\s+nghị)\b")


def _opening_subject(ctx: Context) -> str:
    """The key of the minutes' opening sentence when it names the meeting held ("Hôm nay … tổ chức cuộc họp bàn …"),
    among the first body paragraphs, else ""."""
    if (ctx.doc.header.doc_type or "").strip().lower() != "biên bản":
        return ""
    for p in ctx.doc.body[:3]:
        if _OPENING_MEETING.match(p.key):
            return p.key[:p.key.find(".") + 1 or None]
    return ""


#: "Nội dung 1 được thông qua do có 112/198 …": a vote on an item named by its number.
_ITEM_REF = re.compile(r"(?<!\w)nội\s+dung\s+(?:số\s+)?(\d{1,2})(?!\d)(?!\s*[:.)])")


def _item_matter(ctx: Context, key: str, matter) -> bool:
    """Does the item the paragraph votes on by number ("Nội dung 1 được thông qua …") name the matter where it is set
    out — the paragraph or table row that opens with it ("| Nội dung 1: Mỗi hộ đóng góp 1.500.000 đồng … |")?"""
    refs = {m.group(1) for m in _ITEM_REF.finditer(key)}
    if len(refs) != 1:
        return False
    head = re.compile(rf"^[\s|*-]*nội\s+dung\s+(?:số\s+)?{refs.pop()}\s*[:.)]")
    return any(head.match(q.key) and all_groups(q.key, matter) for q in ctx.doc.paras)


def check_tally(rule: Rule, ctx: Context) -> list[Finding]:
    """A recorded vote ("số hộ tán thành: 81/168 (48,2%)") short of the share of all households of the
    community the law asks: not more than ``gt`` %, or below ``min`` ("2/3"). All households: the total the
    paragraph gives ("Tổng số hộ: 168"), else the one the document gives ("thôn nay có 168 hộ", a table's
    "| Tổng số hộ trong thôn | … |" over "| 186 | … |"), else the denominator of the count itself. A table
    row is read as the sentence it stands for (``checker.tables``). With ``matter``, the paragraph or the
    document's title must name the matter voted on (every group); with ``claim``, the text must declare the
    decision passed after the count ("… thống nhất cho thôi làm Trưởng thôn"), and the finding points there.
    A vote of one cluster or one round, a negated count ("không tán thành") and a rule ("được thông qua khi
    có …") are not read. ``base: present`` measures the vote against those present (the households present the
    document records, else a denominator it names as present: the secretary, Decree 59 Art. 3.5.a);
    ``matter_in_sentence`` asks the matter of the count's own sentence; ``whole_after_present`` takes all households
    from "có mặt 151/246 hộ" when nothing else gives them; ``name_in_claim``: the candidate of the count ("Ông A: 118
    phiếu", "bà B được 85 đại diện hộ tán thành") must be the one the claim names; ``span_to`` (no ``claim``): the
    finding runs from the count to a later sentence calling the meeting valid; a vote on "Nội dung 1" reads the
    matter from the row or paragraph that sets that item out."""
    t = rule.detect["tally"]
    cues = cue_regex(tuple(fold_keep_length(c).lower() for c in t["part"]))
    exclude = tuple(rule.detect.get("exclude", ()))
    matter = t.get("matter")
    subject = document_subject(ctx)
    floor, strict = tally_floor(t)
    whole = community_households(ctx) or (households_after_present(ctx) if t.get("whole_after_present") else None)
    whole_names = community_households_names(ctx) if whole is not None and whole == community_households(ctx) else set()
    facts = ctx.doc.table_facts
    out = []
    counted: list = []  # (count, base, from a table row, finding) of each vote read without ``claim``
    claimed: set[int] = set()
    for p in _tally_paras(rule, ctx):
        fact = facts.get(p.index)
        f = fold_keep_length(fact) if fact else unleader(p.folded)
        key = match_key(fact) if fact else p.key
        if exclude and any_cue(key, exclude):
            continue
        if matter and not (all_groups(key, matter) or all_groups(subject, matter) or _item_matter(ctx, key, matter)
                           or all_groups(_opening_subject(ctx), matter)):
            continue
        for m in cues.finditer(f):
            if _NEGATED.search(f[max(0, m.start() - 40):m.start()]):
                continue
            got = _tally_at(f, m)
            if got is None and t.get("of_present"):
                got = _tally_of_present(ctx, f, m)
            if got is None:
                continue
            a, d, pct, start, end = got
            a_, b_ = clauses_around(f, start)
            # s23-pr2: "khi có hơn 50% …", "vượt mức 50%", "cao hơn 50%": the threshold restated, not a result
            if _ONE_PART.search(f[a_:b_]) or re.search(r"\b(?:khi\s+co|neu|phai|it\s+nhat|tren|tu|hon|cao\s+hon|lon\s+hon|"
                                                      r"nhieu\s+hon|vuot(?:\s+tren)?)(?:\s+muc)?\s+$",
                                                      f[max(0, start - 40):start]):
                continue
            if t.get("count_not_after") and any_cue(key[a_:start], tuple(t["count_not_after"])):
                continue  # ``count_not_after``: "- Tán thành: 141/149 đại diện hộ có mặt" counts votes, not who came
            if t.get("matter_in_sentence") and matter and not all_groups(key[_sentence_span(f, start, end)], matter):
                continue  # "Thư ký: bà A, được … cử với 27/61 hộ giơ tay đồng ý": the vote of the sentence naming the matter
            if t.get("base") == "present":  # a share of those present (Decree 59 Art. 3.5.a: the secretary)
                total = households_present(ctx) or (d if d and _OF_PRESENT_AFTER.match(f, start) else None)
            else:
                own = next((_int(x.group("n")) for x in _totals_hh(f)), None)
                # s17-c2b: the document's one whole belongs to a village named by name; a vote of another village named
                # in its sentence is measured on its own denominator, not on that village's households
                named = _community_names((fact or p.text)[_sentence_span(f, start, end)]) if whole_names else set()
                total = own or (None if named and not (named & whole_names) else whole)
            if t.get("base") == "present" and not total:
                continue
            if a is not None and total and a <= total:
                ratio, base = 100.0 * a / total, total
            elif a is not None and d and a <= d:
                ratio, base = 100.0 * a / d, d
            elif pct is not None:
                ratio, base = pct, None
            else:
                continue
            if (ratio > floor) if strict else (ratio >= floor - 1e-9):
                continue
            found = (fact or p.text)[start:end].strip(" ,;(")
            share = f"{ratio:.1f}".replace(".", ",") + "%"
            of = (f"{base} hộ dự họp" if t.get("base") == "present" else f"tổng số {base} hộ") if base else "tổng số hộ"
            if "claim" in t:  # the defect is the decision declared passed: point at that sentence, else none
                # "Nội dung 1 được thông qua do có 112/198 …": the claim its own sentence rests on the count comes first
                ev = None if fact else _claim_before(ctx, p, start, tuple(t["claim"]))
                if ev is None:
                    # s19-cm (unseen68 u68-07): a table row's own label ("| Đồng ý cho thôi làm Tổ trưởng | 82 | 49,7% |") is
                    # the vote, not its outcome: in a row the claim is read after the count's cell
                    cell = re.search(rf"(?<![\d/.,]){a}(?![\d,])", p.text) if fact and a is not None else None
                    ev = _claim_evidence(ctx, p, end if not fact else (cell.end() if cell else 0), tuple(t["claim"]))
                person = _PERSON_FACT.match(fact) if fact else None
                said = ctx.doc.para_at_line(ev.line) if ev is not None else None
                # s19-cm (unseen68 u68-05): the row's "Ông Khổng Minh Tuệ" is "ông Khổng Minh Tuệ" in the claim
                if ev is not None and person and _HONORIFIC.sub("", person.group(1)) not in (said.text if said else ev.text):
                    continue  # a candidate's row: the decision declared must name that candidate
                # ``name_in_claim: named`` (s17-cc): only a count whose cue names the candidate ("Ông Y Sơn Byă: 88
                # phiếu") asks the claim to name him; "78 đại diện hộ tán thành. Cuộc họp thống nhất cho thôi …" does not
                if t.get("name_in_claim") and ev is not None and not person and (
                        t["name_in_claim"] != "named" or _NAMED.match((fact or p.text)[m.start():m.end()])):
                    src = fact or p.text
                    name = _NAMED.match(src[m.start():m.end()]) or next(
                        iter(list(_NAMED_BEFORE.finditer(src[_sentence_span(f, start, end).start:start]))[-1:]), None)
                    who = " ".join(itertools.takewhile(lambda w: w[:1].isupper(), name.group(1).split())) if name else ""
                    if len(who.split()) < 2 or who not in (said.text if said else ev.text):
                        continue  # "Bà Lục Thị Nung: 29 phiếu": the candidate declared elected is another
                if ev is None or ev.line in claimed:
                    continue  # the same decision, counted twice ("đồng ý cho thôi: 97 phiếu" / "Với 97/160 …"): once
                claimed.add(ev.line)
                if p.line < ev.line:  # the finding rests on the count as well: its lines run from the count to the claim
                    ev = replace(ev, line=p.line, end_line=max(ev.end_line or ev.line, ev.line))
            else:
                ev = ctx.doc.evidence_line(p.line) if fact else _evidence_para(ctx, p, start, end)
                if "span_to" in t:  # the meeting declared valid after the count: the finding runs to that sentence
                    said = _claim_evidence(ctx, p, end if not fact else 0, tuple(t["span_to"]))
                    if said is not None and said.line > (ev.end_line or ev.line):
                        ev = replace(ev, end_line=said.end_line or said.line)
            out.append(finding(rule, ctx, ev, found=found, share=share, of=of))
            if "claim" not in t and a is not None:
                counted.append((a, base, bool(fact), out[-1]))
            break
    # s17-p2 (unseen64 u64-03): the vote tabled ("| Tán thành | 46 | 90,2% |", its share of those present right) and
    # then stated in a sentence ("được thông qua với 46 hộ tán thành") is one vote: said once, in the sentence
    said = {(a, base) for a, base, tabled, _ in counted if not tabled}
    dropped = {id(f) for a, base, tabled, f in counted if tabled and (a, base) in said}
    return [f for f in out if id(f) not in dropped]


#: "Ông Hà Văn Men" (a cue naming the candidate of a "name: N phiếu" row): the name without its title.
_NAMED = re.compile(r"^\s*(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)\s+(.+?)\s*$")
#: "bà Lò Thị Mai được 85 đại diện hộ tán thành": the candidate the sentence names before the count.
_NAMED_BEFORE = re.compile(r"(?<!\w)(?:[Ôô]ng|[Bb]à)\s+((?:[^\W\d_]+\s+){1,3}[^\W\d_]+)")
#: "27/61 hộ có mặt", "139/151 đại diện hộ tham dự": the denominator counts those present.
_OF_PRESENT_AFTER = re.compile(r"[^;.]{0,12}?\d\s*/\s*\d+\s+(?:dai\s+dien\s+)?(?:ho\s+)?(?:gia\s+dinh\s+)?"
                               r"(?:co\s+mat|du\s+hop|tham\s+du)\b")


def _sentence_span(folded: str, start: int, end: int) -> slice:
    """The sentence (a report cuts clauses at ";", not sentences) around ``start``–``end``."""
    lo = max((m.end() for m in _FULL_STOP.finditer(folded, 0, start)), default=0)
    hi = next((m.start() for m in _FULL_STOP.finditer(folded, end)), len(folded))
    return slice(lo, hi)


#: A candidates' table row read by ``checker.tables``: "Hồ Văn Lành (Người ứng cử), Số phiếu đồng ý: 90".
_PERSON_FACT = re.compile(r"^(.+?) \((?:Người|Họ|Ứng)[^()]*\), ")
#: the honorific a table's name cell may carry ("Ông Khổng Minh Tuệ"), which the sentence writes in lower case
_HONORIFIC = re.compile(r"^(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)\s+")
#: How many paragraphs after a recorded vote its outcome may be declared ("Kết luận: cuộc họp thống nhất …").
CLAIM_REACH = 8


#: A claim stated as the rule's condition, not as the outcome: "… phải có từ hai phần ba … tán thành mới được thông
#: qua", "nếu … thì được thông qua" (the law recalled beside the vote, unseen37 n04).
_RULE_CLAIM = re.compile(r"\b(?:moi|thi)\s+(?:duoc\s+)?(?:bieu\s+quyet\s+)?$")


def _states_rule(folded: str, at: int) -> bool:
    """Whether the claim cue at ``at`` is the condition of a rule ("mới được thông qua", "thì được thông qua")."""
    return bool(_RULE_CLAIM.search(folded[max(0, at - 24):at]))


def _claim_evidence(ctx: Context, p, after: int, cues: tuple) -> Evidence | None:
    """The sentence that declares the vote's decision passed — in the vote's paragraph after the count, or in
    one of the next ``CLAIM_REACH`` paragraphs of the same zone ("Chủ trì tuyên bố … đã được … thông qua")."""
    rx = cue_regex(cues)
    # s17-cc: "Căn cứ kết quả kiểm phiếu, ông A trúng cử …" after a body's count is read as a basis line; it is the claim
    paras = [q for q in ctx.doc.paras if q.index >= p.index
             and (q.zone == p.zone or (p.zone in ("body", "preamble") and q.zone == "basis"))][:CLAIM_REACH + 1]
    for q in paras:
        lo = after if q is p else 0
        for m in rx.finditer(q.key, lo):
            if _NEGATED.search(q.folded[max(0, m.start() - 12):m.start()]) or _states_rule(q.folded, m.start()):
                continue
            return _evidence_para(ctx, q, m.start(), m.end())
    return None


#: What joins a decision declared passed to the count it rests on, after it: "… được thông qua vì có 98/131 …",
#: "… thông qua với 90 hộ tán thành".
_CLAIM_BECAUSE = re.compile(r"^[^.;:]{0,20}?\b(?:vi|do|boi|voi|khi\s+da)\b(?:\s+(?:co|da\s+co|duoc))?\s*$")


def _claim_before(ctx: Context, p, start: int, cues: tuple) -> Evidence | None:
    """The decision declared passed before the count, in its sentence, and resting on it by "vì / do / với": "Kết
    luận: chủ trương và mức đóng góp được thông qua vì có 98/131 đại diện hộ dự họp tán thành"; never "khi có …"
    (a rule, read apart) nor a negated claim."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(p.text, 0, start)), default=0)
    for m in cue_regex(cues).finditer(p.key, lo, start):
        if _NEGATED.search(p.folded[max(0, m.start() - 12):m.start()]):
            continue
        if _CLAIM_BECAUSE.match(p.folded[m.end():start]) or (
                # s17-cc (unseen48 u48-05): the count's cue is the joining "với" itself — "ông A trúng cử Trưởng bản Co
                # Muông với 98/131 phiếu"
                re.match(r"voi\s", p.folded[start:start + 4]) and re.fullmatch(r"[^.;:]{0,50}", p.folded[m.end():start])):
            return _evidence_para(ctx, p, m.start(), m.end())
    return None


def clauses_around(text: str, at: int) -> tuple[int, int]:
    for a, b in clauses(text):
        if a <= at <= b:
            return a, b
    return 0, len(text)


def _evidence_para(ctx: Context, p, start: int, end: int) -> Evidence:
    ev = ctx.doc.evidence(p, start, end)
    return Evidence(ev.text, p.line_at(start), ev.end_line, ev.paragraph, ev.section)


# -- member lists -------------------------------------------------------------------

#: A named person in a member list: "ông Giàng A Sử", "bà Thào Thị Mỷ", "đồng chí Lò Văn Pấng".
_PERSON = re.compile(r"(?<!\w)(?:ông|bà|anh|chị|đồng chí|đ/c|cụ)\s+[A-ZĐÀ-ỸẮẰẲẴẶẤẦẨẪẬ]", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*(?:[-–+•*]|[a-zđ]\)|\d{1,2}[.)])\s+")
_HEADING = re.compile(r"^\s*(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]", re.IGNORECASE)


def check_members(rule: Rule, ctx: Context) -> list[Finding]:
    """The member list that follows the body's name ("… thành lập Tổ soạn thảo gồm: ông A (…), bà B
    (…)", or one bulleted line per member) names people but none of a required member."""
    mb = rule.detect["members"]
    context = rule.detect["context"]
    after = cue_regex(tuple(mb["list_after"]))
    out = []
    # the opening that says who set the body up may sit among the bases ("Căn cứ …; Bản … có … hộ …")
    zones = ZONES[rule.detect.get("scope", "all")] + ("basis",)
    paras = [p for p in ctx.doc.paras if p.zone in zones and not (p.zone == "basis" and _BASIS_LINE.match(p.folded))]
    for i, p in enumerate(paras):
        if not all_groups(p.key, context):
            continue
        name = cue_regex(tuple(g for grp in context for g in grp)).search(p.key)
        m = after.search(p.key, name.end() if name else 0)
        if not m or (name and m.start() - name.end() > 40):
            continue
        listed = p.text[m.end():]
        last = p
        style = None
        for k, q in enumerate(paras[i + 1:]):  # "… gồm:" then the list, or one member per bulleted line
            opens = k == 0 and not listed.strip(" :") and q.zone == p.zone and not _HEADING.match(q.text)
            if not (_LIST_ITEM.match(q.text) or opens):
                break
            mark = _list_style(q.text)
            if style and mark and mark != style:
                break  # "- Ông A …; - Bà B …" then "2. Ban công tác Mặt trận …": the next point, not a member
            style = style or mark
            listed, last = listed + "\n" + q.text, q
        people = [x for x in _PERSON.finditer(listed) if listed[x.end() - 1].isupper()]
        if len(people) < 2 and not counted_list(listed):
            continue  # a description ("đại diện các tổ chức …"), not a list of named members
        key = match_key(listed)
        missing = [r["label"] for r in mb["require"] if not any_cue(key, tuple(r["cues"]))]
        if not missing:
            continue
        start = name.start() if name else m.start()
        ev = ctx.doc.evidence(p, start, len(p.text))
        out.append(finding(rule, ctx, Evidence(ev.text, p.line_at(start), last.end_line, ev.paragraph, ev.section),
                           found=p.text[start:name.end()] if name else "", count=len(people) or counted_list(listed),
                           item=", ".join(missing)))
    return out


# -- a body's roll as a table -------------------------------------------------------------------------------
# ``roll: {body: [[…]], min | max}``: a table that lists a body's members one per row — opened by a line naming the
# body and ending on a colon ("1) Thành lập Ban Giám sát đầu tư của cộng đồng công trình …, gồm các ông, bà:"), or
# whose header names it ("| STT | Thành viên Tổ phát phiếu | Đơn vị |") — has fewer (more) numbered rows naming a
# person than the law allows. A line naming guests, attendance or another body ("Thành phần tham dự:", "Khách
# mời:") opens no roll of the body (``exclude``).

_ROW_NO = re.compile(r"^\s*\d{1,2}\s*\.?\s*$")
_ROW_NAME = re.compile(r"(?:^|\s)[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){1,4}")


def validate_roll(r) -> None:
    if not isinstance(r, dict) or "body" not in r or not ({"min", "max"} & set(r)):
        raise ValueError("'roll' cần 'body' (các nhóm từ khóa) và 'min' hoặc 'max'")
    check_groups(r["body"], "roll.body")


def _tables(ctx: Context):
    """(paragraph before the table, its rows) for each run of table rows in the body."""
    paras = list(ctx.doc.paras)
    i = 0
    while i < len(paras):
        if not paras[i].text.lstrip().startswith("|"):
            i += 1
            continue
        j = i
        while j < len(paras) and paras[j].text.lstrip().startswith("|"):
            j += 1
        yield (paras[i - 1] if i else None), paras[i:j]
        i = j


def check_roll(rule: Rule, ctx: Context) -> list[Finding]:
    r = rule.detect["roll"]
    exclude = tuple(rule.detect.get("exclude", ()))
    out = []
    for intro, rows in _tables(ctx):
        head = rows[0]
        opened = intro is not None and intro.text.rstrip().endswith(":") and all_groups(intro.key, r["body"]) \
            and not (exclude and any_cue(intro.key, exclude))
        headed = all_groups(head.key, r["body"]) and not (exclude and any_cue(head.key, exclude))
        if not (opened or headed):
            continue
        named, other = [], []
        for k, q in enumerate(rows):
            cs = [c.strip() for c in split_row(q.text)]
            if len(cs) >= 2 and _ROW_NO.match(cs[0]) and _ROW_NAME.search(cs[1]):
                named.append(q)
            elif k and not set(q.text.strip()) <= set("|-: "):
                other.append(q)
        if len(named) < 2 or other:
            continue  # a row that is no member's ("Tổng cộng", a note): not a plain roll
        n = len(named)
        if not (("min" in r and n < r["min"]) or ("max" in r and n > r["max"])):
            continue
        first = intro if opened else head
        ev = ctx.doc.evidence(first, 0, len(first.text))
        out.append(finding(rule, ctx, Evidence(ev.text, first.line, named[-1].end_line or named[-1].line, ev.paragraph,
                                               ev.section), found=f"{n:02d} người", count=n))
    return out


# -- dated events ----------------------------------------------------------------

#: Where a sentence ends inside a paragraph (after "." or ";").
_SENTENCE_END = re.compile(r"(?<=[.;])\s+")


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
    return not kinds or not heading or heading in {k.lower() for k in kinds}


def own_date_in_header(ctx: Context) -> tuple[Any, Any] | None:
    """(header paragraph, date) where the heading writes the document's own date ("Pà Vinh, ngày 20 tháng 5 năm
    2024"): the first header paragraph holding it, and that date as written there; None without an own date."""
    if not ctx.doc.date:
        return None
    for p in ctx.doc.zone("header"):
        hit = next((dt for dt in find_dates(p.folded) if dt.value.isoformat() == ctx.doc.date), None)
        if hit:
            return p, hit
    return None


def _in_body(ctx: Context, line: int) -> bool:
    """Is ``line`` in a paragraph of the document's body (not its heading or bases)?"""
    p = ctx.doc.para_at_line(line)
    return p is not None and p.zone == "body"


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
    if out and d.get("at_anchor") and not any(_in_body(ctx, f.evidence.line) for f in out):
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


#: "Cầy Vằn, ngày 20 tháng 11 năm 2026" alone on a line (folded, lower case): the place and date a notice signs with.
_SIGNED_DATE = re.compile(r"^\s*[^\d,;:.|]{2,50}" + HEADING_DATE.pattern + r"\s*\.?\s*$")
_NOTICES = ("thông báo", "giấy mời")


def notice_own_date(ctx: Context) -> _date | None:
    """A notice's or invitation's own date: the heading's, else the place-and-date line it signs with at its end
    ("Cầy Vằn, ngày 20 tháng 11 năm 2026" above the Tổ trưởng's name); None without one."""
    own = own_date(ctx.doc)
    if own and own[1]:
        return _date.fromisoformat(own[0])
    for raw in reversed(ctx.doc.raw_lines[-12:]):
        m = _SIGNED_DATE.match(fold_keep_length(raw).lower())
        if m and m.group("d").isdigit() and m.group("m").isdigit():
            try:
                return _date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                return None
    return None


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
    p, dt = anchors[0]
    return [finding(rule, ctx, ctx.doc.evidence_line(p.line_at(dt.start)), found=f"{own.day:02d}/{own.month:02d}/{own.year}",
                    anchor=f"{anchor.day:02d}/{anchor.month:02d}/{anchor.year}", days=gap)]


def _basis_in_force(rule: Rule, ctx: Context) -> bool:
    """Is at least one provision the rule rests on in force on the check date? A draft
    of November 2022 cannot contradict Law 10/2022 (in force 01/07/2023)."""
    from kb.facts import ENDED, NOT_YET

    basis = ctx.resolver.for_rule(rule)
    return not basis or any(b.status not in (NOT_YET, ENDED) for b in basis)


def community_holds(rule: Rule, ctx: Context) -> bool:
    """``community``: the rule speaks only of a community the document describes — fewer households
    than ``households_below`` ("thôn nay có 168 hộ"), a paragraph matching every ``requires`` group
    ("dân cư sống tập trung", "đồng bào dân tộc Mông") and none of the ``unless`` cues ("sống rải rác")."""
    c = rule.detect.get("community")
    if c is None:
        return True
    if "households_below" in c:
        n = community_households(ctx)
        if n is None or n >= c["households_below"]:
            return False
    if "requires" in c and not any(all_groups(p.key, c["requires"]) for p in ctx.doc.paras):
        return False
    return not ("unless" in c and any(any_cue(p.key, c["unless"]) for p in ctx.doc.paras))


#: the exclude cues that keep a workplace rule off the commune's texts (its Ban of Arts. 35-40, its citizens)
_COMMUNE_CUES = frozenset({"xã", "phường", "thị trấn", "đặc khu", "Chủ tịch Ủy ban nhân dân", "Chủ tịch UBND"})
#: the ``not_if`` cues that keep it off a whole commune text: its UBND, its level, the Mặt trận that elects its Ban
_COMMUNE_DOC_CUES = _COMMUNE_CUES | {"Ủy ban nhân dân xã", "UBND xã", "Ủy ban nhân dân phường", "UBND phường", "cấp xã",
                                     "Mặt trận", "MTTQ"}


def _as_office_rule(rule: Rule, ctx: Context) -> Rule:
    """``commune_office: true``: in a text of the commune UBND's own office as a workplace
    (``checker.subject.commune_office`` — its staff's conference, the Ban Thanh tra nhân dân of the cơ quan), the
    workplace rule reads the sentences that name the commune ("Chủ tịch UBND phường quyết định tổ chức hội nghị đại
    biểu"): its commune exclude cues are dropped. Any other text keeps them."""
    d = rule.detect
    if not d.get("commune_office") or "exclude" not in d:
        return rule
    if "conflict.commune_office" not in ctx.memo:
        ctx.memo["conflict.commune_office"] = commune_office(ctx.doc)
    if not ctx.memo["conflict.commune_office"]:
        return rule
    new = {**d, "exclude": [c for c in d["exclude"] if c not in _COMMUNE_CUES]}
    if "not_if" in d:  # the document-wide gate: the office's own text names its UBND, and the Mặt trận it is not
        new["not_if"] = [kept for g in d["not_if"] if (kept := [c for c in g if c not in _COMMUNE_DOC_CUES])]
        if not new["not_if"]:
            del new["not_if"]
            new.pop("not_if_unless", None)
    return replace(rule, detect=new)


def check(rule: Rule, ctx: Context) -> list[Finding]:
    return guards.keep(rule, ctx, _check_unguarded(rule, ctx))  # the shared sentence guards (checker/guards.py)


def _check_unguarded(rule: Rule, ctx: Context) -> list[Finding]:
    rule = _as_office_rule(rule, ctx)
    if not _basis_in_force(rule, ctx) or not community_holds(rule, ctx) or document_excluded(rule, ctx):
        return []
    if "community" in rule.detect:  # one community, one finding: at its first mention
        return _check(rule, ctx)[:1]
    if "past_year" in rule.detect or "held_late" in rule.detect:  # a report's admitted breach (end of file)
        return check_report_admissions(rule, ctx)
    if rule.detect.get("transitional"):  # a transitional article's subject is the texts made before the law
        return _check(rule, ctx)
    if rule.detect.get("admission"):  # the breach is the shortcoming the report admits (end of file)
        return [f for f in _check(rule, ctx) if not recounts_history(ctx, f)]
    out = [f for f in _check(rule, ctx) if not recounts_before_law(ctx, f)]
    return _at_authority(rule, ctx, out) if rule.detect.get("at_authority") else out


def _at_authority(rule: Rule, ctx: Context, out: list[Finding]) -> list[Finding]:
    """s19-cb ``at_authority: true`` (with ``authority_if``): the fault is who decides — the decision's authority line
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …" over the Căn cứ) — so the finding points there, its message quoting the article
    that decides; one finding for the decision."""
    head = ctx.doc.heading_para
    if not out or head is None:
        return out
    at = next((p for p in ctx.doc.paras if p.zone == "header" and p.index > head.index and p.text.strip()
               and p.text.strip().upper() == p.text.strip() and all_groups(p.key, rule.detect["authority_if"])), None)
    return out if at is None else [replace(out[0], evidence=ctx.doc.evidence(at))]


def _check(rule: Rule, ctx: Context) -> list[Finding]:
    d = rule.detect
    if "headcount" in d:
        return check_headcount(rule, ctx)
    if "year_span" in d:
        return check_year_span(rule, ctx)
    if "dates" in d:
        return check_dates(rule, ctx)
    if "date_pair" in d:
        return check_date_pair(rule, ctx)
    if "post_count" in d:
        return check_post_count(rule, ctx)
    if "next_year_deadline" in d:
        return check_next_year_deadline(rule, ctx)
    if "school_year_deadline" in d:
        return check_school_year_deadline(rule, ctx)
    if "attendance" in d:
        return check_attendance(rule, ctx)
    if "annual_conference" in d:
        return check_annual_conference(rule, ctx)
    if "year_end" in d:
        return check_year_end(rule, ctx)
    if "quantity" in d and d.get("paragraph"):
        return check_quantity_in_paragraph(rule, ctx)
    if "quantity" in d and d.get("carry"):
        return check_quantity_carried(rule, ctx)
    if "quantity" in d and "heading_context" in d:
        return check_quantity_under_heading(rule, ctx)
    if "quantity" in d:
        return check_quantity(rule, ctx)
    if "forbidden" in d and "heading_context" in d:
        return check_forbidden_under_heading(rule, ctx)
    if "forbidden" in d and d.get("paragraph"):
        return check_forbidden_in_paragraph(rule, ctx)
    if "forbidden" in d:
        return check_forbidden(rule, ctx)
    if "tally" in d:
        return check_tally(rule, ctx)
    if "members" in d:
        return check_members(rule, ctx)
    if "roll" in d:
        return check_roll(rule, ctx)
    if "actor" in d and "heading_context" in d:
        return check_actor_under_heading(rule, ctx)
    if "actor" in d:
        return check_actor(rule, ctx)
    return check_restates(rule, ctx)


# ---------------------------------------------------------------------------------------------------------
# ``not_if`` (with ``not_if_unless``): the rule stands aside for a document its provision does not govern —
# a non-state employer's quy chế ("vốn 100% của nhà đầu tư tư nhân") is not bound by the state-enterprise
# chapter of Law 10/2022 (Art. 82.1), unless it says it chose to apply that chapter (Art. 82.2).
# ---------------------------------------------------------------------------------------------------------

def validate_not_if(detect: dict) -> None:
    for k in ("not_if", "not_if_unless", "only_if", "unknown_type_if", "authority_if", "also_not_if"):
        if k in detect:
            check_groups(detect[k], k)
    if "issuer_with" in detect:
        check_groups(detect["issuer_with"], "issuer_with")
        if len(detect["issuer_with"]) != 2 or "only_if" not in detect:
            raise ValueError("'issuer_with' là [[dấu hiệu cơ quan ban hành], [dấu hiệu trong thân văn bản]], dùng cùng 'only_if'")
    for k in ("subject_unless", "subject_if"):
        if k in detect:
            check_cues(detect[k], k)
    if "not_if_unless" in detect and "not_if" not in detect:
        raise ValueError("'not_if_unless' chỉ dùng cùng 'not_if'")
    ys = detect.get("year_span")
    if ys is not None:
        check_keys(ys, {"max", "count"}, ["max"])
        if not isinstance(ys["max"], int) or ys["max"] < 1:
            raise ValueError("'year_span.max' là số năm (số nguyên dương)")
        if "context" not in detect:
            raise ValueError("'year_span' cần 'context'")
    h = detect.get("headcount")
    if h is not None:
        q = detect.get("quantity") or {}
        if "min" not in q:
            raise ValueError("'headcount' cần 'quantity' với 'min'")
        ok = isinstance(h, list) and h and all(
            isinstance(x, list) and len(x) == 2 and all(isinstance(v, int) and v >= 0 for v in x) for x in h)
        if not ok or [x[0] for x in h] != sorted(x[0] for x in h) or h[0][0] != 0:
            raise ValueError("'headcount' là danh sách [số lao động từ, số tối thiểu], tăng dần, bắt đầu từ 0")


def names_subject(ctx: Context, cues) -> bool:
    """Do the issuer, the title or the "V/v" line name one of ``cues``?"""
    return any_cue(match_key(f"{ctx.doc.header.issuer} {subject_text(ctx.doc)}"), tuple(cues))


def issuer_key(ctx: Context) -> str:
    """The header's issuer block read as one line, for ``only_if``: a state enterprise's header names its owner
    above its own name ("ỦY BAN NHÂN DÂN TỈNH LAM SƠN / CÔNG TY TNHH MỘT THÀNH VIÊN CHÈ ĐỒI MÂY"), which no
    paragraph of its body may say."""
    return match_key(ctx.doc.header.issuer or "")


def authority_key(ctx: Context) -> str:
    """A decision's authority line — the header paragraphs below its type heading written in capitals ("GIÁM ĐỐC SỞ
    TÀI CHÍNH TỈNH LAM GIANG" over the Căn cứ lines), for ``authority_if`` (s16, unseen53 u53-13): who decides, which
    no paragraph of the body need repeat. Empty when the header has none."""
    head = ctx.doc.heading_para
    if head is None:
        return ""
    lines = [p.text.strip() for p in ctx.doc.paras if p.zone == "header" and p.index > head.index]
    return " ".join(match_key(t) for t in lines if t and t.upper() == t and any(c.isalpha() for c in t))


def _issuer_with(ctx: Context, d: dict) -> bool:
    """``issuer_with: [[issuer cues], [body cues]]``, a second way to meet ``only_if``: the header's issuer block
    matches the first group and some paragraph the second — a company ("CÔNG TY TNHH MTV LÂM NGHIỆP …") whose text
    names its Ban Thanh tra nhân dân anywhere is a state enterprise (Law Arts. 76, 77: no other company has one),
    though no sentence says "nhà nước" (s18, unseen57 u57-03, u57-08)."""
    w = d.get("issuer_with")
    if not w or not any_cue(issuer_key(ctx), tuple(w[0])):
        return False
    return any(any_cue(p.key, tuple(w[1])) for p in ctx.doc.paras if p.zone != "header")


def document_excluded(rule: Rule, ctx: Context) -> bool:
    """Some paragraph (any zone) matches every ``not_if`` group, and none matches every ``not_if_unless``
    group; or (``only_if``) no paragraph matches every ``only_if`` group — a rule of Decree 145/2020 that
    the state-enterprise chapter already states for state enterprises speaks only of a non-state employer;
    or (``subject_if``, for a report, plan or letter: ``SETTING_READ``) the issuer, title or "V/v" line names
    none of the cues ("CÔNG TY …": an enterprise's report); or (``subject_unless``) they name another
    chapter's subject — a Sở's letter "V/v tổ chức hội nghị cán bộ, công chức, viên chức …" speaks of the
    agencies' Ban Thanh tra nhân dân (2-year term, Law Art. 60.3), not the commune's (Law Art. 36.2)."""
    d = rule.detect
    paras = ctx.doc.paras
    if "subject_unless" in d and names_subject(ctx, d["subject_unless"]):
        return True
    if "subject_if" in d and ctx.doc_type in SETTING_READ and not names_subject(ctx, d["subject_if"]):
        return True
    if "only_if" in d and not any(all_groups(p.key, d["only_if"]) for p in paras) \
            and not all_groups(issuer_key(ctx), d["only_if"]) and not _issuer_with(ctx, d):
        return True
    # a document of unknown type (applies_to "?": a non-state employer's quy chế) must show what it is
    if not ctx.doc_type and "unknown_type_if" in d and not any(all_groups(p.key, d["unknown_type_if"]) for p in paras):
        return True
    # ``authority_if``: the decision's authority line names who decides ("GIÁM ĐỐC SỞ …")
    if "authority_if" in d and not all_groups(authority_key(ctx), d["authority_if"]):
        return True
    if "workforce_min" in d and not _workforce_at_least(ctx, d["workforce_min"]):
        return True
    # ``also_not_if``: a second document-wide gate, not lifted by ``not_if_unless`` (a rule sharing its ``not_if``)
    if "also_not_if" in d and any(all_groups(p.key, d["also_not_if"]) for p in paras):
        return True
    if "not_if" not in d:
        return False
    if not any(all_groups(p.key, d["not_if"]) for p in paras):
        return False
    return not ("not_if_unless" in d and any(all_groups(p.key, d["not_if_unless"]) for p in paras))


# ---------------------------------------------------------------------------------------------------------
# ``headcount``: a minimum that grows with the employer's workforce as the text states it — the workers'
# side of the workplace dialogue has at least 03, 04, 09, 14, 19 or 24 members by headcount (Decree
# 145/2020 Art. 38.2.a). Silent unless the text gives one headcount ("Công ty có 230 người lao động").
# ---------------------------------------------------------------------------------------------------------

_HEADCOUNT = re.compile(
    r"(?:\b(?:co|su dung|voi|va|tong so|gom|la|quy mo|ap dung cho|ap dung doi voi)\s+)"
    r"(?:(?:toan bo|tat ca|toan the|ca)\s+)?(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})\s+"
    r"(?:nguoi lao dong|lao dong|cong nhan vien|cong nhan|can bo cong nhan vien|cbcnv|cnv|nld)\b"
    r"(?!\s+(?:nu|chua thanh nien|cao tuoi|khuyet tat)\b)")  # "bộ phận có 21 lao động nữ": a part of the workforce
#: the workforce written in words with its digits after: "Công ty có sáu mươi tư (64) người lao động (NLĐ)"
_HEADCOUNT_WORDS = re.compile(
    r"(?:\b(?:co|su dung|voi|tong so|gom|quy mo)\s+)(?:[a-z]+\s+){1,5}\((?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})\)\s+"
    r"(?:nguoi lao dong|lao dong|cong nhan vien|cong nhan|can bo cong nhan vien|cbcnv|cnv|nld)\b")
_APPROX = re.compile(r"\b(?:khoang|tren|gan|hon|duoi|toi da|it nhat|bao nhieu|moi|tu)\s+$")
#: the workforce in the parenthesis that describes the employer: "Công ty TNHH Đá mỹ nghệ Thạch Anh Hồng (doanh
#: nghiệp ngoài nhà nước, 210 người lao động)", "Công ty cổ phần Bao bì (320 lao động)" — its last item.
_HEADCOUNT_PAREN = re.compile(
    r"\b(?:cong ty|doanh nghiep|tap doan|hop tac xa)\b[^()\n]{0,80}\((?:[^()]{0,60}?[,;]\s*)?"
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})\s+(?:nguoi lao dong|lao dong|cong nhan)\s*\)")
#: the same parenthesis opening on the workforce and saying where it works: "Quy chế … của Hợp tác xã (38 người lao động
#: làm việc theo hợp đồng lao động trên 09 sà lan …)" (unseen35 n08) — the employer's whole workforce, not a part of it.
_HEADCOUNT_PAREN_WORKING = re.compile(
    r"\b(?:cong ty|doanh nghiep|tap doan|hop tac xa)\b[^()\n]{0,80}\(\s*"
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})\s+(?:nguoi lao dong|lao dong|cong nhan)\s+(?:dang\s+)?lam viec\b")


def _describes_employer(p) -> bool:
    """A line read with the Căn cứ block that is no basis: "Công ty là công ty cổ phần …, hiện sử dụng 640 người lao
    động" written under the last "Căn cứ …" of a record (unseen30 n06)."""
    return p.zone == "basis" and not re.match(r"\s*(?:căn\s+cứ|xét|theo|thực\s+hiện|trên\s+cơ\s+sở)\b", p.key)


def employer_headcount(ctx: Context) -> int | None:
    """The one workforce the document gives ("có 230 người lao động"); None when it gives none,
    an approximate one ("khoảng 300"), or several different ones."""
    key = "conflict.headcount"
    if key not in ctx.memo:
        found: set[int] = set()
        for p in ctx.doc.paras:
            if p.zone not in ("header", "preamble", "body") and not _describes_employer(p):
                continue
            for m in itertools.chain(_HEADCOUNT.finditer(p.folded), _HEADCOUNT_LABEL.finditer(p.folded),
                                     _HEADCOUNT_PAREN.finditer(p.folded), _HEADCOUNT_WORDS.finditer(p.folded),
                                     _HEADCOUNT_PAREN_WORKING.finditer(p.folded)):
                head = p.folded[max(0, m.start("n") - 30):m.start("n")]
                if _APPROX.search(head):
                    found.add(-1)
                    continue
                found.add(int(m.group("n").replace(".", "")))
        ctx.memo[key] = next(iter(found)) if len(found) == 1 and -1 not in found else None
    return ctx.memo[key]


def _workforce_at_least(ctx: Context, n: int) -> bool:
    """``workforce_min``: the rule speaks only of an employer the text says employs at least ``n`` people ("Cơ sở sử
    dụng 14 người lao động": Labour Code Art. 119.1 binds an employer of 10 or more); silent when the text gives no
    one workforce."""
    have = employer_headcount(ctx)
    return have is not None and have >= n


def check_headcount(rule: Rule, ctx: Context) -> list[Finding]:
    n = employer_headcount(ctx)
    if n is None:
        return []
    need = max(m for lo, m in rule.detect["headcount"] if n >= lo)
    d = dict(rule.detect)
    del d["headcount"]
    d["quantity"] = {**d["quantity"], "min": need}
    d["expect"] = [f"ít nhất {need:02d} người — người sử dụng lao động có {n} người lao động theo văn bản"]
    return _check(replace(rule, detect=d), ctx)


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


def check_year_span(rule: Rule, ctx: Context) -> list[Finding]:
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
# -- forbidden wording, context from the paragraph -------------------------------

def check_forbidden_in_paragraph(rule: Rule, ctx: Context) -> list[Finding]:
    """``forbidden`` with ``paragraph: true``: the context cues may stand anywhere in the sentence's
    paragraph — a report's item "5. Ban Thanh tra nhân dân xã: … kiện toàn Ban gồm 14 thành viên; UBND xã
    đã ban hành quyết định công nhận kết quả bầu …" names the body in one clause and the act in the
    next — and so are the exclude cues: a paragraph that also speaks of the Trưởng thôn's election leaves
    "UBND xã đã công nhận kết quả bầu" ambiguous."""
    groups = rule.detect.get("context", [])
    exclude = tuple(rule.detect.get("exclude", ()))
    cues = cue_regex(tuple(rule.detect["forbidden"]))
    out = []
    for s in joined_sentences(ctx, ZONES[rule.detect.get("scope", "body")]):
        if groups and not all_groups(s.para.key, groups):
            continue
        if exclude and any_cue(s.para.key, exclude):
            continue
        if "article_exclude" in rule.detect and any_cue(heading_keys(ctx).get(s.para.index, "").rsplit(" | ", 1)[-1],
                                                         tuple(rule.detect["article_exclude"])):
            continue  # ``article_exclude``: "Điều 4. Ban Giám sát đầu tư … / 2. Thành phần Ban gồm …": that article's Ban
        m = cues.search(s.key)
        if m:
            out.append(finding(rule, ctx, _evidence(ctx, s, m.start()), found=s.text[m.start():m.end()]))
        elif rule.detect.get("prior_items") and s.start == 0:
            found = _in_prior_items(ctx, s.para, cues, exclude, rule.detect["prior_items"])
            if found:
                out.append(finding(rule, ctx, _evidence(ctx, s, 0), found=found))
    return out


def _in_prior_items(ctx: Context, para, cues, exclude, most: int) -> str:
    """``prior_items: N`` (with ``paragraph``): a list item whose fact the rule needs may stand in one of the N items
    right before it in the same list — a plan's "2. Cơ quan hiện có 41 cán bộ, công chức, người lao động …" then "3.
    Thành phần: 25 đại biểu do Chủ tịch UBND phường chỉ định" (unseen49 u49-08). The items are read up the list while
    they are items of the same kind ("2." / "3.", "- " / "- ") in the same zone; an item with an exclude cue ends the
    search. The text the cue finds there, else ""."""
    style = _list_style(para.text)
    if style not in ("bullet", "number"):
        return ""
    paras = ctx.doc.paras
    i = next((k for k, q in enumerate(paras) if q.index == para.index), 0)
    for _ in range(most):
        i -= 1
        if i < 0:
            return ""
        q = paras[i]
        if q.zone != para.zone or _list_style(q.text) != style:
            return ""
        if exclude and any_cue(q.key, exclude):
            return ""
        m = cues.search(q.key)
        if m:
            return q.text[m.start():m.end()]
    return ""


def _list_style(text: str) -> str | None:
    """The kind of marker a list item starts with: a bullet, "a)" or "1."."""
    m = _LIST_ITEM.match(text)
    if not m:
        return None
    head = m.group(0).strip()
    return "bullet" if head[:1] in "-–+•*" else ("letter" if head[:1].isalpha() else "number")


# ---------------------------------------------------------------------------------------------------------
# ``quantity.of_body``: "bầu 03 thành viên Ban Thanh tra nhân dân" names the total of the body the rule is
# about (its first context group), not a member of another body sitting on this one.
# ---------------------------------------------------------------------------------------------------------

def _of_own_body(rule: Rule, s, qty) -> bool:
    head = _share_head(s.folded, qty.start)
    if _PER.search(head):
        return False  # "mỗi thôn bầu 01 thành viên Ban Thanh tra nhân dân": a count per thôn
    groups = rule.detect.get("context") or [[]]
    m = cue_regex(tuple(groups[0])).match(s.key, qty.end + 1) if groups[0] else None
    return bool(m)


# -- the workforce written as a label ("Tổng số lao động: 520 người", "Số lượng người lao động hiện có là
# 1.050 người"), read by ``employer_headcount`` beside "có 230 người lao động"; a part of the workforce
# ("số lao động nữ: 310 người") has a word between and is not read.
_HEADCOUNT_LABEL = re.compile(
    r"\b(?:tong so|so luong|so|luc luong)\s+(?:nguoi lao dong|lao dong|cong nhan vien|can bo cong nhan vien|cbcnv|nld)"
    r"(?:\s+(?:cua cong ty|cua doanh nghiep|toan cong ty|hien co|hien nay|dang lam viec|tai cong ty|binh quan|"
    r"nam \d{4}|den nay|(?:tai|tinh den|den|vao|tinh tai)\s+(?:thoi diem\s+)?(?:ngay\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?|"
    # "… của Công ty tại thời điểm đối thoại: 642 người" (s18, unseen57 u57-04)
    r"(?:tai|vao)\s+thoi diem\s+(?:(?:to chuc\s+)?(?:doi thoai|hoi nghi)|hien nay|hien tai|(?:lap\s+)?bao cao|lap ke hoach)|"
    r"(?:tai|tinh den|den|vao)\s+(?:thoi diem\s+)?(?:thang\s+\d{1,2}/\d{4}|cuoi nam \d{4}|ngay \d{1,2} thang \d{1,2} nam \d{4})|"
    r"\((?:tai|tinh den|den|vao|tinh tai)?\s*(?:ngay\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\))){0,2}"
    r"\s*(?::|la|co|gom)?\s*(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})(?:\s+(?:nguoi|lao dong)\b|(?=\s*(?:[.;]|$)))")


# -- forbidden wording, context from the heading ---------------------------------------------------------
# ``heading_context`` (with ``forbidden`` and ``clause: true``): a sentence of an article about the body need
# not name it — under "Chương IV. BAN THANH TRA NHÂN DÂN / Điều 5. Tổ chức", "3. Trong nhiệm kỳ, nếu khuyết
# thành viên thì Ban Chấp hành Công đoàn cử người thay thế" speaks of the Ban. A clause that fails ``context``
# is still read when the headings of its chapter (Chương, Mục, Phần, "IV.") and article (Điều) match every
# ``heading_context`` group; the ``exclude`` cues are read on the clause either way.

_CHAPTER_HEAD = re.compile(r"^\s*(?:chương|mục|phần)\s+(?:thứ\s+)?[ivxlc\d]+\b|^\s*[ivx]{1,4}\.\s", re.IGNORECASE)
_ARTICLE_HEAD = re.compile(r"^\s*điều\s+\d+[a-zđ]?\s*[.:]?\s*", re.IGNORECASE)


def _head_text(key: str, m: re.Match) -> str:
    """An article's title: its line up to the first full stop after "Điều N." (at most 120 characters)."""
    rest = key[m.end():m.end() + 120]
    return key[:m.end()] + re.split(r"[.;:\n]", rest, maxsplit=1)[0]


def heading_keys(ctx: Context) -> dict[int, str]:
    """Para index → the cue-matching keys of the chapter and article headings it stands under."""
    key = "conflict.heading_keys"
    if key not in ctx.memo:
        out, chapter, article = {}, "", ""
        for p in ctx.doc.paras:
            if _CHAPTER_HEAD.match(p.text):
                chapter, article = p.key[:160], ""
            else:
                m = _ARTICLE_HEAD.match(p.key)
                if m:
                    article = _head_text(p.key, m)
            out[p.index] = chapter + " | " + article
        ctx.memo[key] = out
    return ctx.memo[key]


def validate_heading_context(detect: dict) -> None:
    if "heading_context" in detect:
        check_groups(detect["heading_context"], "heading_context")
        if ("forbidden" not in detect or not detect.get("clause")) and "actor" not in detect and "quantity" not in detect \
                and "year_span" not in detect:
            raise ValueError("'heading_context' chỉ dùng với 'actor', 'quantity', 'year_span', hoặc với 'forbidden' và 'clause: true'")


def check_forbidden_under_heading(rule: Rule, ctx: Context) -> list[Finding]:
    cues = cue_regex(tuple(rule.detect["forbidden"]))
    unless = tuple(rule.detect.get("unless_after", ()))
    exclude = tuple(rule.detect.get("exclude", ()))
    heads = heading_keys(ctx)
    out = []
    for s in joined_sentences(ctx, ZONES[rule.detect.get("scope", "body")]):
        under = all_groups(heads.get(s.para.index, ""), rule.detect["heading_context"])
        for m in cues.finditer(s.key):
            if unless and cue_regex(unless).search(s.key[m.end():m.end() + 60]):
                continue
            a, b = next(((a, b) for a, b in clauses(s.key) if a <= m.start() <= b), (0, len(s.key)))
            clause = s.key[a:b]
            if not _in_context(rule, clause) and not (under and not (exclude and any_cue(clause, exclude))):
                continue
            out.append(finding(rule, ctx, _evidence(ctx, s, m.start()), found=s.text[m.start():m.end()]))
            break
    return out


# -- a quantity, its context from the paragraph ------------------------------------------------------------

def check_quantity_in_paragraph(rule: Rule, ctx: Context) -> list[Finding]:
    """``quantity`` with ``paragraph: true``: the context cues (and the exclude cues) are read on the whole
    paragraph, since the sentences of a report are cut at ";" — "hội nghị có 31/52 viên chức dự (đạt 59,6%);
    Chủ tọa tuyên bố hội nghị đủ điều kiện tổ chức hợp lệ" gives the attendance in one sentence and calls the
    conference valid in the next. The number itself is read as by ``check_quantity``."""
    groups = rule.detect.get("context", [])
    exclude = tuple(rule.detect.get("exclude", ()))
    spans = [(p.line, p.end_line or p.line) for p in ctx.doc.paras
             if p.zone in ZONES[rule.detect.get("scope", "body")]
             and all_groups(p.key, groups) and not (exclude and any_cue(p.key, exclude))]
    if not spans:
        return []
    d = {k: v for k, v in rule.detect.items() if k not in ("context", "exclude", "paragraph", "clause")}
    found = check_quantity(replace(rule, detect=d), ctx)
    return [f for f in found if any(a <= f.evidence.line <= b for a, b in spans)]


# -- a member list by posts: "gồm 05 người: Chi hội trưởng Phụ nữ, …, Bí thư Chi đoàn và một giáo viên …" --

#: s17-cc (unseen54 u54-01): "gồm 05 thành viên do Trưởng buôn chủ trì, phối hợp với … thành lập: A; B; …" — who set the
#: body up may stand between the count and the colon.
_COUNTED_LIST = re.compile(r"^\s*:?\s*(?:có\s+)?(?P<n>\d{1,2})\s+(?:\([^()]*\)\s+)?(?:người|thành viên|đồng chí)"
                           r"(?:\s*,?\s+(?:do|được)\s[^:;.\n]{0,120}?)?\s*:\s*(?P<items>.+)$",
                           re.S | re.I)


def counted_list(listed: str) -> int:
    """The size of a member list that states its count before a colon and then names exactly that many
    members, by person or by post ("05 người: A, B, C, D và E"; one per line after "05 thành viên:"):
    the whole composition, though it names nobody. 0 when the text is not such a list."""
    m = _COUNTED_LIST.match(numbered_text(listed))  # "gồm bốn người: …" as "gồm 4    người: …"
    if not m:
        return 0
    items = re.sub(r"\([^()]*\)", "", m.group("items")).strip().rstrip(".;")
    parts = [x.strip(" -+•") for x in re.split(r"\s*[;,\n]\s*|\s+và\s+", items)]
    parts = [x for x in parts if x]
    n = int(m.group("n"))
    return n if n >= 2 and len(parts) == n else 0


# ---------------------------------------------------------------------------------------------------------
# A report or a letter (not normative) may recount what was done before Law 10/2022 and its decrees took
# effect (2023): "Năm 2022, Ban Giám sát đầu tư … gồm 03 thành viên", "… nhiệm kỳ 2019 - 2022", "(cũ)".
# Such a sentence is history, lawful for its date; a finding on it is dropped. So is a sentence that
# reports a shortcoming ("03 thôn niêm yết chưa đủ 30 ngày", "còn hạn chế", "cần khắc phục"): naming what
# went wrong is the report's purpose, not a rule it sets. A normative text is not spared: it sets rules for
# now, whatever years it names.
# ---------------------------------------------------------------------------------------------------------

_BEFORE_LAW = re.compile(r"(?<![\d.,])(?:19\d\d|20(?:0\d|1\d|2[0-2]))(?![\d/])|\((?:cu|truoc day)\)|\btruoc day\b")
#: "Bản kê khai tài sản, thu nhập năm 2022 … không thuộc nội dung công khai" in a notice of 2023: the year is the period
#: the declaration or the accounts cover, not the time of the act (s17, unseen56 u56-07) — blanked before ``_BEFORE_LAW``.
_CONTENT_YEAR = re.compile(r"\b(?:ke khai|thu nhap|quyet toan|du toan)(?:\s*,?\s+(?:tai san|thu nhap|ngan sach|nha nuoc|lan dau|"
                           r"hang nam|bo sung))*\s+nam\s+(?:19|20)\d\d\b")
_SHORTCOMING = re.compile(r"\b(?:chua|han che|ton tai|thieu sot|sai sot|vi pham|khac phuc|chan chinh|"
                          r"khong dung (?:quy dinh|thoi han|thoi gian))\b")
#: "Tổ trưởng Xưởng sửa chữa", "khám chữa bệnh": "chữa" (to mend) folds to the "chua" of "chưa" (not yet) — blanked
#: before folding, so a post or a unit's name is no admitted shortcoming (s15, unseen49 u49-11)
_MEND = re.compile(r"(?<!\w)chữa(?!\w)", re.IGNORECASE)
#: "Công ty chưa có trang thông tin nội bộ thì niêm yết …": a condition a letter sets, not a shortcoming it reports.
_NOT_YET_THEN = re.compile(r"\bchua\s+co\b[^.;]{0,60}?\bthi\b")
#: … and so is the reason a notice or a plan (not a report) gives first: "Do cơ quan Sở chưa có hệ thống thông tin điện
#: tử nội bộ, Văn phòng Sở niêm yết Thông báo này …" (s15, unseen46 n12)
_NOT_YET_SO = re.compile(_NOT_YET_THEN.pattern + r"|^\W*(?:do|vi)\s+(?:[^.;,]{0,40}?\s)?chua\s+co\b[^.;,]{0,60},")
#: "niêm yết tại bảng tin phòng hội đồng trong 15 ngày liên tục (nhà trường chưa có trang thông tin điện tử nội bộ)": the
#: lack of an internal site is the condition under which the Law requires posting (Law Arts. 48.2, 66.2: "Trường hợp cơ
#: quan, đơn vị chưa có trang thông tin điện tử nội bộ … thì … niêm yết"), told to say which form applies — not a
#: shortcoming the report admits (s23-rd, unseen72 u72-10 line 20). Blanked before ``_SHORTCOMING``; a report admitting
#: the short posting says so in words of its own ("chỉ …", "chưa đủ", "hạn chế").
#: "dự thảo quy ước thôn Pác Mạ chỉ niêm yết 21 ngày nên Ủy ban nhân dân xã không công nhận": a report telling a fault
#: together with the sanction the law gives it — the authority refused to recognise, sent it back, had it redone — recounts
#: the law applied, not a rule of its own (s23-rd, checker_lawful10 lw10-10 line 23).
_SANCTIONED = re.compile(r"\bnen\s+(?:[^.;]{0,60}?\s)?(?:khong\s+(?:duoc\s+)?cong\s+nhan|tra\s+lai\s+(?:ho\s+so|du\s+thao)|"
                         r"yeu\s+cau\s+(?:[^.;]{0,30}?\s)?(?:niem\s+yet|to\s+chuc|thuc\s+hien|lay\s+y\s+kien|cong\s+khai)\s+lai)\b")
_NO_SITE = re.compile(r"\bchua\s+co\s+(?:trang|he\s+thong|cong)(?:\s+thong\s+tin)?(?:\s+dien\s+tu)?(?:\s+noi\s+bo)?\b")


#: "công nhận trước ngày 16/8/2023": what was done before a date the 2022-2023 law set; "huyện Pác Luông cũ"
#: (accented: folded "cu" is also "cư").
_BEFORE_DATE = re.compile(r"\btruoc (?:ngay )?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19\d\d|20(?:[01]\d|2[0-3]))\b")
_FORMER = re.compile(r"(?<!\w)cũ(?!\w)")


#: "Một số quyết định được công khai sau 12 ngày làm việc; đến nay đã khắc phục": the rest of the report's sentence
#: says the fault it recounts was corrected (s18-cg probes) — a past fault, not the text's rule. The remedies of any
#: fault (khắc phục, chấn chỉnh, điều chỉnh lại, sửa đổi lại, …) are the shared guard ``remedied``'s cues
#: (rules/guards.yaml); here only a body's own remedies, which as a guard on every rule would hide a count stated
#: before them ("Ban gồm 03 thành viên, đã được kiện toàn ngày …").
_CORRECTED = re.compile(r"\bda\s+(?:duoc\s+)?(?:kien toan|bau bo sung)\b")


#: "…, thông báo chỉ được niêm yết 10 ngày; đây là hạn chế cần khắc phục": the rest of the sentence judges the fact it
#: follows a shortcoming — the report admits it (s23-rd: the lack of an internal site, ``_NO_SITE``, is no longer
#: read as the admission).
_JUDGED_AFTER = re.compile(r"\b(?:day|viec nay|dieu nay|noi dung nay)\s+(?:la|con la|van la)\s+(?:mot\s+)?(?:han che|ton tai|"
                           r"thieu sot|sai sot)\b|\bcan\s+(?:duoc\s+)?(?:khac phuc|chan chinh|rut kinh nghiem)\b|"
                           r"\bchua\s+dung\s+(?:quy\s+dinh|thoi\s+gian|thoi\s+han)\b")


def _corrected_after(para_text: str, evidence: str) -> bool:
    k = para_text.find(evidence[:40])
    if k < 0:
        return False
    rest = re.split(r"[.\n]", para_text[k + len(evidence):], maxsplit=1)[0]
    folded = fold_keep_length(rest).lower()
    return bool(_CORRECTED.search(folded) or _JUDGED_AFTER.search(folded) or guards.remedied(match_key(rest)))


#: "… khi đó do Chủ tịch UBND huyện … thực hiện": a time named before, in the same paragraph.
_THEN = re.compile(r"\b(?:khi do|luc do|khi ay|luc ay|thoi diem do|thoi ky do|thoi gian do)\b")
#: "Trước khi Luật Thực hiện dân chủ ở cơ sở có hiệu lực (01/7/2023), …"
_BEFORE_THE_LAW = re.compile(r"\btruoc khi (?:luat|nghi dinh)\b[^.;]{0,80}?\bco hieu luc\b")


#: "NỘI QUY LAO ĐỘNG" as a heading (a type the readers do not know): the employer's own rules (Labour Code Art. 118).
_LABOUR_RULES_HEAD = re.compile(r"^\s*NỘI\s+QUY(?:\s+LAO\s+ĐỘNG)?\b[^a-zà-ỹ]*$")


def _labour_rules(ctx: Context) -> bool:
    """Is the document an employer's nội quy lao động (its heading among its first paragraphs)? Its "Vi phạm lần
    thứ ba: kéo dài thời hạn nâng lương 09 tháng" sets a sanction; it reports no shortcoming."""
    return any(_LABOUR_RULES_HEAD.match(p.text) for p in ctx.doc.paras[:12])


def recounts_before_law(ctx: Context, f: Finding) -> bool:
    """Is the finding's sentence, in a report or letter, dated before 2023, marked as past, or a shortcoming —
    or does it say "khi đó" of a time its paragraph dates before the law ("Trước khi Luật … có hiệu lực
    (01/7/2023), …; việc công nhận hương ước khi đó do Chủ tịch UBND huyện … thực hiện")?"""
    if ctx.normative or _labour_rules(ctx):
        return False
    raw = _former_place_dated(f.evidence.text)
    text = fold_keep_length(_MEND.sub(lambda m: "_" * len(m.group()), raw)).lower()
    not_yet = _NOT_YET_THEN if ctx.doc_type == "bao_cao" else _NOT_YET_SO
    told = _NO_SITE.sub(lambda m: "_" * len(m.group()), text)
    shortcoming = _SHORTCOMING.search(told) and not (not_yet.search(told)
                                                     and not _SHORTCOMING.search(not_yet.sub(" ", told)))
    if _BEFORE_LAW.search(_CONTENT_YEAR.sub(lambda m: "_" * len(m.group()), text)) or shortcoming or _BEFORE_DATE.search(text) \
            or _SANCTIONED.search(text) \
            or _FORMER.search(normalize_tones(raw).lower()):
        return True
    para = ctx.doc.para_at_line(f.evidence.line)
    if para is not None and _corrected_after(para.text, f.evidence.text):
        return True
    if para is None or not _THEN.search(text):
        return False
    before = fold_keep_length(para.text[:max(0, para.text.find(raw[:40]))]).lower()
    return bool(_BEFORE_THE_LAW.search(before) or _BEFORE_LAW.search(before) or _BEFORE_DATE.search(before))


# ---------------------------------------------------------------------------------------------------------
# ``actor`` with ``heading_context``: an article about the meeting need not name it in every sentence — under
# "Điều 4. Hội nghị định kỳ của tổ dân phố", "Hội nghị … do Chủ tịch Ủy ban nhân dân phường triệu tập và chủ trì"
# speaks of the periodic meeting. Besides the sentences that meet ``context``, a sentence (no exclude cue) whose
# chapter and article headings match every ``heading_context`` group is read for its actor.
# ---------------------------------------------------------------------------------------------------------

def check_actor_under_heading(rule: Rule, ctx: Context) -> list[Finding]:
    out = check_actor(rule, ctx)
    heads = heading_keys(ctx)
    groups = rule.detect["heading_context"]
    under = [p for p in ctx.doc.paras if all_groups(heads.get(p.index, ""), groups)]
    if not under:
        return out
    seen = {f.evidence.line for f in out}
    detect = {k: v for k, v in rule.detect.items() if k not in ("context", "title", "title_exclude", "heading_context")}
    for f in check_actor(replace(rule, detect=detect), ctx):
        line = f.evidence.line
        if line in seen or not any(p.line <= line <= (p.end_line or p.line) for p in under):
            continue
        seen.add(line)
        out.append(f)
    return out


# ---------------------------------------------------------------------------------------------------------
# The subject of the document, for ``title`` (and ``dates.title``): its title, or — a công văn has none — its
# "V/v …" line ("V/v rà soát, sửa đổi, xây dựng hương ước các thôn năm 2026"), which tells what every
# instruction of the letter is about ("Dự thảo phải được niêm yết … tối thiểu mười lăm ngày") —
# ``checker.subject.subject_text``.
# ---------------------------------------------------------------------------------------------------------


def document_subject(ctx: Context) -> str:
    """The cue-matching key of the document's title, else of its "V/v …" subject line, else ""."""
    text = subject_text(ctx.doc)
    return match_key(text) if text else ""


#: A wording named only to be rejected: "trên 50% tổng số hộ, không phải trên 50% số hộ có mặt",
#: "chứ không tính theo số phiếu hợp lệ", "thay vì số người dự họp" (folded text).
_REJECTED = re.compile(r"(?<!\w)(?:khong\s+phai(?:\s+la)?|chu\s+khong(?:\s+phai(?:\s+la)?)?|"
                       r"khong\s+(?:duoc\s+)?tinh\s+(?:theo|tren|bang)|thay\s+vi|khong\s+lay)"
                       r"(?:\s+(?:tren|theo|so\s+voi|muc|ty\s+le|la)){0,2}\s*$")


#: s20-pr2 (lw11-08 L40): a period that measures a delay — how late something was done ("công khai chậm 02 ngày",
#: "niêm yết muộn 03 ngày", "quá hạn 05 ngày") or how long after its request an answer came ("UBND xã trả lời ngày
#: 04/4/2025, sau 11 ngày", "được phản hồi sau 09 ngày") — is no duration: a rule setting how long at least (a posting
#: or a consultation period) does not read it (match key: "sau" is after, "sáu" six).
_LATE_BEFORE = re.compile(r"(?<!\w)(?:chậm|muộn|trễ|quá\s+hạn)\s+(?:(?:khoảng|hơn|gần|mất)\s+)?$")
_REPLY_DELAY = re.compile(r"(?<!\w)(?:trả\s+lời|phản\s+hồi|giải\s+quyết|xử\s+lý|hồi\s+âm|có\s+văn\s+bản)(?:(?!niêm\s+yết|"
                          r"đăng\s+tải|công\s+khai|lấy\s+ý\s+kiến)[^.;])*?[,(]?\s*(?:chỉ\s+|tức\s+là\s+|tức\s+)?sau\s+"
                          r"(?:(?:khoảng|hơn|gần|tròn|đúng|đến|tới)\s+)?$")


def is_delay(key: str, at: int) -> bool:
    """Is the period at ``at`` a delay (see ``_LATE_BEFORE``, ``_REPLY_DELAY``), not a duration?"""
    before = key[max(0, at - 80):at]
    return bool(_LATE_BEFORE.search(before) or _REPLY_DELAY.search(before))


def rejected_before(key: str, at: int) -> bool:
    """Is the wording at ``at`` introduced as the one NOT meant ("không phải …", "thay vì …")?"""
    return _REJECTED.search(fold_keep_length(key[max(0, at - 40):at])) is not None


#: "112 phiếu, bằng 60,2% tổng số hộ của tổ (85,5% số hộ dự họp)": a share on the law's base (all
#: households) followed, in brackets, by the same count on another base — information, not the rule.
_SECOND_BASE = re.compile(r"tong\s+so\s+(?:dai\s+dien\s+)?ho\b[^()]{0,30}\(\s*$")


def on_second_base(key: str, at: int) -> bool:
    """Is the wording at ``at`` a bracketed second base after a share of all households?"""
    return _SECOND_BASE.search(fold_keep_length(key[max(0, at - 60):at])) is not None


def other_matter_in_paragraph(rule: Rule, s) -> bool:
    """A sentence read only because of the document's title ("Kết quả các cuộc họp, hội nghị của tổ
    dân phố") stands aside when its paragraph names another matter (``title_para_exclude``): "Hội nghị
    do UBND phường tổ chức để Nhân dân góp ý; giấy mời phát 04 ngày trước" is no periodic hội nghị."""
    skip = tuple(rule.detect.get("title_para_exclude", ()))
    return bool(skip) and any_cue(match_key(s.para.text), skip)


#: A numbered item's heading line: "2. Bầu Trưởng thôn Đồng Chớp", "II. VỀ HỘI NGHỊ CỘNG ĐỒNG DÂN CƯ" — short,
#: with no sentence after it.
_ITEM_HEAD = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4})\.\s+\S[^.;:!?]{0,90}$")


def item_heads(ctx: Context) -> dict[int, str]:
    """Para index → the cue-matching key of the numbered heading line it stands under (its own, for a heading)."""
    key = "conflict.item_heads"
    if key not in ctx.memo:
        out, head = {}, ""
        for p in ctx.doc.paras:
            if p.zone != "body":
                head = ""
            elif _ITEM_HEAD.match(p.text):
                head = p.key
            out[p.index] = head
        ctx.memo[key] = out
    return ctx.memo[key]


def under_other_heading(ctx: Context, para, skip: tuple, groups: list) -> bool:
    """A sentence read only because of the document's title stands aside when the numbered item it stands under
    names another purpose (a ``title_exclude`` cue) and not the title's subject: in a letter "V/v tổ chức hội nghị
    định kỳ cuối năm … và bầu Trưởng thôn …", the sentences under "2. Bầu Trưởng thôn Đồng Chớp" speak of the
    election, not of the periodic hội nghị."""
    head = item_heads(ctx).get(para.index, "")
    return bool(head) and any_cue(head, skip) and not all_groups(head, groups)


# -- a quantity whose context is carried over a ";" or given by the heading -------------------------------------
# ``carry: true`` (quantity): the sentences of a paragraph are cut at ";", so "1. Dự thảo quy ước được niêm yết tại
# nhà văn hóa để các hộ góp ý; thời gian niêm yết là 15 ngày" puts the draft in one sentence and its period in the
# next. A sentence that fails ``context`` is still read when it opens on the act (the first ``context`` group within
# its first words: "thời gian niêm yết …", "niêm yết trong …" — not "kết quả bình xét … niêm yết …", another thing)
# and the sentences before it in its paragraph, ending in ";", give the other groups; ``exclude`` is read on all.
# ``heading_context`` (quantity): "2. Thành phần Ban gồm: …, tổng số 04 thành viên" under "Điều 5. Ban Giám sát đầu
# tư của cộng đồng" speaks of that Ban without naming it; such a sentence is read when its chapter and article
# headings match every ``heading_context`` group (``exclude`` still read on the clause).

def _lines_of(s) -> tuple[int, int]:
    return s.para.line_at(s.start), s.para.line_at(max(s.start, s.end - 1))


def _merge_by_line(found: list[Finding], extra: list[Finding], spans: list[tuple[int, int]]) -> list[Finding]:
    lines = {f.evidence.line for f in found}
    out = list(found)
    for f in extra:
        if f.evidence.line not in lines and any(a <= f.evidence.line <= b for a, b in spans):
            out.append(f)
            lines.add(f.evidence.line)
    return out


#: what may stand before the act in a carried sentence: "thời gian niêm yết", "và được niêm yết", "việc niêm yết"
_CARRY_OPENING = re.compile(r"(?:(?:thời\s+gian|thời\s+hạn|thoi\s+gian|thoi\s+han|việc|viec|được|duoc|và|va|đã|da|"
                            r"phải|phai|sẽ|se)\s*){0,3}")


def check_quantity_carried(rule: Rule, ctx: Context) -> list[Finding]:
    d = {k: v for k, v in rule.detect.items() if k != "carry"}
    found = check_quantity(replace(rule, detect=d), ctx)
    groups = d.get("context", [])
    exclude = tuple(d.get("exclude", ()))
    spans = []
    for s in joined_sentences(ctx, ZONES[d.get("scope", "body")]):
        if len(groups) < 2 or all_groups(s.key, groups):
            continue
        act = cue_regex(tuple(groups[0])).search(s.key)
        # ``carry: any`` (s17-cc, unseen55 u55-03): the act may stand anywhere in the sentence — "Ban Thanh tra nhân dân đã
        # gửi 09 kiến nghị; Ủy ban nhân dân xã đã trả lời 07 kiến nghị, 02 kiến nghị còn lại đang trong thời hạn giải
        # quyết 30 ngày" names the Ban in the sentence before and the answering body first
        if not act or (rule.detect.get("carry") != "any" and not _CARRY_OPENING.fullmatch(s.key[:act.start()].strip())):
            continue
        before = s.para.key[:s.start]
        if not before.rstrip().endswith(";"):
            continue
        if not all_groups(before + " " + s.key, groups[1:]) or (exclude and any_cue(before + " " + s.key, exclude)):
            continue
        spans.append(_lines_of(s))
    if not spans:
        return found
    d2 = {k: v for k, v in d.items() if k not in ("title", "title_context", "title_exclude")}
    d2["context"] = groups[:1]
    return _merge_by_line(found, check_quantity(replace(rule, detect=d2), ctx), spans)


def check_quantity_under_heading(rule: Rule, ctx: Context) -> list[Finding]:
    d = {k: v for k, v in rule.detect.items() if k != "heading_context"}
    found = check_quantity(replace(rule, detect=d), ctx)
    heads = heading_keys(ctx)
    groups = d.get("context", [])
    spans = [_lines_of(s) for s in joined_sentences(ctx, ZONES[d.get("scope", "body")])
             if not all_groups(s.key, groups)
             and all_groups(heads.get(s.para.index, ""), rule.detect["heading_context"])]
    if not spans:
        return found
    d2 = {k: v for k, v in d.items() if k not in ("context", "title", "title_context", "title_exclude")}
    d2["clause"] = True  # ``exclude`` read on the clause that holds the number
    return _merge_by_line(found, check_quantity(replace(rule, detect=d2), ctx), spans)


# ---------------------------------------------------------------------------------------------------------
# A report admitting a missed yearly duty (``forbidden`` with ``past_year: true``): "năm 2025 Tổng Công ty chưa tổ
# chức đối thoại định kỳ" in a report dated 2026 says the duty of a completed year was not met — a breach the
# report records, not a shortcoming still to mend, so the "chưa" of ``recounts_before_law`` does not drop it. The
# finding stands only when the clause (else the document's title, "Báo cáo … năm 2025") names such a year, from
# 2024 (the first whole year under Law 10/2022 and its decrees) to the year before the document's own date; a year
# after "sang / đến / vào / kế hoạch" is where the act was moved to, not the year missed. No own date, no finding.
#
# A report dating the yearly conference late (``forbidden`` with ``held_late: {months: N}``): the sentence names
# the end of the period the conference closes ("năm tài chính 2024, từ 01/01 đến 31/12/2024") and the day it was
# held ("được tổ chức ngày 20/5/2025"); held more than N months after that end contradicts "không chậm hơn 03
# tháng của năm tiếp theo" (Law Arts. 51.1, 69.1). Silent unless both dates are written in full.
# ---------------------------------------------------------------------------------------------------------

_YEAR = re.compile(r"(?<![\d/.,-])(20\d\d)(?![\d/])")
_MOVED_TO = re.compile(r"\b(?:sang|den|toi|vao|cho|ke hoach|phuong huong|du kien)\s+(?:\w+\s+){0,2}$")
_PERIOD_END = re.compile(r"\b(?:den(?: het)?|ket thuc(?: vao)?)\s+(?:ngay\s+)?$")
_HELD_ON = re.compile(r"\b(?:to chuc|hop|dien ra|khai mac)\s+(?:vao\s+)?(?:ngay\s+)?$")


def _missed_years(text: str) -> list[int]:
    """The years a clause names as when something happened (not where it was moved to)."""
    return [int(m.group(1)) for m in _YEAR.finditer(text) if not _MOVED_TO.search(text[max(0, m.start() - 30):m.start()])]


#: the time a record opens with: "Thời gian: 14 giờ 00 ngày 16/01/2026", "Hôm nay, ngày 16/01/2026" (folded, at the start)
_RECORD_TIME = re.compile(r"\s*[-+•]?\s*(?:thoi\s+gian\s*:|hom\s+nay\b|vao\s+hoi\b)")


def _record_year(ctx: Context) -> int | None:
    """The year of a minutes with no date of its own: the one date its opening "Thời gian: …" / "Hôm nay, …" line
    gives — the day the meeting sat, which is the record's date."""
    if (ctx.doc.header.doc_type or "").strip().lower() != "biên bản":
        return None
    for q in ctx.doc.zone("header", "preamble", "body")[:12]:
        m = _RECORD_TIME.match(q.folded)
        if m:
            dates = find_dates(q.folded[:m.end() + 60])
            return dates[0].value.year if len({d.value for d in dates}) == 1 else None
    return None


def admits_past_year(rule: Rule, ctx: Context, f: Finding) -> bool:
    own = int(str(ctx.doc.date)[:4]) if ctx.doc.date else _record_year(ctx)
    if not own:
        return False
    key = match_key(f.evidence.text)
    m = any_cue(key, tuple(rule.detect["forbidden"]))
    clause = next((key[a:b] for a, b in clauses(key) if a <= m.start() <= b), key) if m else key
    years = (_missed_years(fold_keep_length(clause).lower())
             or _missed_years(fold_keep_length(document_subject(ctx)).lower()))
    return bool(years) and all(2024 <= y < own for y in years)


#: "quý II/2026", "tháng 3/2026": a period of a year, written with a slash (``_YEAR`` reads no year after "/").
_PERIOD_OF_YEAR = re.compile(r"\b(?:quy\s+(?:[ivx]+|\d)|thang\s+\d{1,2})\s*/\s*(20\d\d)(?![\d/])")
_DEFERRED_TO = re.compile(r"\b(?:sang|du kien|ke hoach|phuong huong|se|lui|hoan|chuyen|doi)(?:\s+[\w/]+){0,7}\s+$")


def defers_year(ctx: Context, f: Finding) -> bool:
    """``past_year: deferred``: a report dated in (or after) a year Y it names says the yearly duty was not met in Y and
    is put off to Y+1 ("Trong năm 2023, … chưa tổ chức hội nghị đối thoại …; dự kiến tổ chức trong năm 2024", u67-11):
    the year's duty is admitted unmet though the year is not over. From 2023 (Law 10/2022 in force 01/07/2023), the
    document dated from then; a year a ``past_year: true`` rule already reads (2024 … the year before the date) is
    left to it. A move within the same year ("dự kiến tổ chức trong tháng 12/2025") is no admission."""
    d = ctx.doc.date
    if not d or str(d)[:10] < "2023-07-01":
        return False
    own = int(str(d)[:4])
    raw = f.evidence.text
    para = ctx.doc.para_at_line(f.evidence.line)
    if para is not None and raw[:40] in para.text:  # the evidence is a clause: the sentence goes on after its ";"
        at = para.text.find(raw[:40])
        stop = re.search(r"\.(?:\s|$)", para.text[at + len(raw):])
        raw = para.text[at:at + len(raw) + (stop.start() if stop else len(para.text))]
    text = fold_keep_length(raw).lower()
    missed, moved = set(), set()
    for m in _YEAR.finditer(text):
        (moved if _DEFERRED_TO.search(text[max(0, m.start() - 40):m.start()]) else missed).add(int(m.group(1)))
    for m in _PERIOD_OF_YEAR.finditer(text):  # s20-cf (unseen45 n07, unseen39 n06): "dự kiến tổ chức trong quý II/2026"
        if _DEFERRED_TO.search(text[max(0, m.start() - 40):m.start()]):
            moved.add(int(m.group(1)))
    return len(missed) == 1 and all(2023 <= y <= own and y + 1 in moved and not 2024 <= y < own for y in missed)


def held_late(ctx: Context, f: Finding, months: int) -> bool:
    text = fold_keep_length(f.evidence.text).lower()
    ends = [d.value for d in find_dates(text) if _PERIOD_END.search(text[max(0, d.start - 20):d.start])]
    held = [d.value for d in find_dates(text) if _HELD_ON.search(text[max(0, d.start - 25):d.start])]
    if len(set(ends)) != 1 or len(set(held)) != 1:
        return False
    end, day = ends[0], held[0]
    y, m = divmod(end.month - 1 + months, 12)
    limit_month = (end.year + y, m + 1)
    return day > end and (day.year, day.month) > limit_month


def check_report_admissions(rule: Rule, ctx: Context) -> list[Finding]:
    d = {k: v for k, v in rule.detect.items() if k not in ("past_year", "held_late")}
    out = _check(replace(rule, detect=d), ctx)
    if rule.detect.get("past_year") == "deferred":
        return [f for f in out if defers_year(ctx, f)]
    if rule.detect.get("past_year"):
        return [f for f in out if admits_past_year(rule, ctx, f)]
    months = rule.detect["held_late"]["months"]
    return [f for f in out if held_late(ctx, f, months) and not recounts_before_law(ctx, f)]


def validate_report_admissions(detect: dict) -> None:
    if "past_year" in detect and ((detect["past_year"] is not True and detect["past_year"] != "deferred")
                                  or "forbidden" not in detect):
        raise ValueError("'past_year' là true (hoặc deferred) và dùng cùng 'forbidden'")
    h = detect.get("held_late")
    if h is not None:
        if "forbidden" not in detect or not isinstance(h, dict) or set(h) != {"months"} \
                or not isinstance(h["months"], int) or h["months"] < 1:
            raise ValueError("'held_late' là {months: số tháng} và dùng cùng 'forbidden'")
        if "past_year" in detect:
            raise ValueError("'held_late' và 'past_year' không dùng cùng nhau")


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
# ``after_own: true`` (with ``own_date``): the first cue dates what the document itself does and may not be later than
# its own date ("Quy ước có hiệu lực thi hành kể từ ngày 01/8/2025" in the recognition of 28/7/2025, Decree 61 Art. 11.5).
# ``dates`` (one anchor, events anywhere in the text) reads the same periods: ``min_workdays_before`` and
# ``max_workdays_after`` count working days as above; ``record_date`` dates minutes whose title matches ``title`` by the
# meeting they record ("Hôm nay …", "Thời gian: …" before the first heading, else the heading's date); ``event_by_cue``
# takes the date just before the event's cue ("Quyết định số 219 ngày 02/12/2024 … về việc thành lập Tổ bầu cử").

def validate_date_pair(d: dict) -> None:
    check_keys(d, {"first", "second", "min_gap", "max_gap", "max_workdays", "reach", "not_between", "across_items",
                   "across_rows", "named_rows", "own_date", "min_workdays", "own_date_at", "after_own", "own_first",
                   "own_rows"},
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
    out = []
    for p in ctx.doc.zone("basis", "preamble", "body"):  # a notice has no "QUYẾT ĐỊNH:": its table may sit in any
        if not (p.text.lstrip().startswith("|") or _NOTICE_ITEM.match(p.text)) or (exclude and any_cue(p.key, exclude)) \
                or _BASIS_ITEM.match(p.key):
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


def check_date_pair(rule: Rule, ctx: Context) -> list[Finding]:
    d = rule.detect["date_pair"]
    if d.get("own_rows"):
        return _own_date_rows(rule, ctx)
    if d.get("own_date"):
        own = _own_date_pair(rule, ctx)
        if own or d.get("after_own"):
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


# -- one post held by too many members of a listed body ---------------------------------------------------
# ``post_count``: a member table or list gives each member's post in the body — "| 2 | Lường Thị Ỏn | … | Phó
# Trưởng ban |", "- Bà A, nhân viên … - Phó Trưởng ban;" — and the law caps how many hold one post (Decree 59
# Art. 17.3: not more than 02 Phó Trưởng ban); in a table, the post may stand in any cell of its own ("| 4 |
# Vương Thị Lài | Phó Trưởng ban | Đại diện người dân … |"). The list's body is read in the line that leads it and
# in the
# document's title ("KẾ HOẠCH Thành lập … Ban Giám sát đầu tư của cộng đồng …"): every ``context`` group must
# match there and no ``exclude`` cue may stand in the lead. The finding points at the first item over the cap.
#   post_count: {post: [cues: the item ends with the post], max: N}

_ITEM_LINE = re.compile(r"^\s*(?:\||[-–+•*]\s|\d{1,2}[.)]\s|[a-zđ]\)\s)")


def _item_style(text: str) -> str:
    """"|" (table row), "-" (bullet) or "1." (numbered point): a list keeps one style."""
    t = text.lstrip()
    return "|" if t.startswith("|") else ("-" if t[:1] in "-–+•*" else "1.")


def validate_post_count(d: dict) -> None:
    check_keys(d, {"post", "max", "cell"}, ["post", "max"])
    if "cell" in d and d["cell"] is not True:
        raise ValueError("'post_count.cell' là true")
    check_cues(d["post"], "post_count.post")
    if not isinstance(d["max"], int) or d["max"] < 0:
        raise ValueError("'post_count.max' phải là số nguyên không âm")


def _post_cell(row_key: str, posts) -> bool:
    """A table row with a cell that is the post alone: "| 4 | Vương Thị Lài | Phó Trưởng ban | Đại diện … |"."""
    cell = re.compile(r"\s*(?:" + cue_regex(tuple(posts)).pattern + r")\s*")
    return any(cell.fullmatch(c) for c in split_row(row_key))


def _bare_ban_lead(ctx: Context, para) -> str:
    """A list led by a bare "Ban" ("Ban được thành lập theo Quyết định …, gồm 07 thành viên:") lists the members of
    the Ban named last before it in its paragraph, else under its heading, else of the one Ban the document is by or
    about (the report of the Ban Giám sát đầu tư của cộng đồng, unseen41 n10); "" when the lead names no bare Ban."""
    m = _BARE_BAN.search(para.key)
    if not m:
        return ""
    board = last_board(para.folded[:m.start()]) or _heading_board(ctx, para)
    return match_key(board[1] if board else document_ban(ctx))


#: ``post_count`` with ``cell: true`` (s19-cr2, u67-12 L27): what a member IS in the body — "Đại diện Nhân dân thôn Bản
#: Khao" — begins one cell of the member's row, whichever column: "| 4 | Nông Văn Slin | Đại diện Nhân dân thôn … | Ủy
#: viên |", a row aligned with spaces ("4   Nông Văn Slin   Đại diện Nhân dân thôn Bản Khao   Ủy viên"), or a part of
#: a bulleted item after the name ("- Bà A, đại diện người dân thôn Đông - Ủy viên;"). A table's rows open with their
#: running number (its header row is not a member). The list's lead is the line above the run of rows.
_CELL_BULLET = re.compile(r"^\s*(?:[-–+•*]|\d{1,2}[.)])\s+")
_CELL_SEP = re.compile(r"\s*(?:,|;|\s[-–—]\s|\()\s*")


def _member_cells(line: str) -> list[str] | None:
    if "|" in line:
        row = [c for c in split_row(line)]
        return row if row and re.fullmatch(r"\s*\d{1,3}\s*[.)]?\s*", row[0] or "") else None
    sr = space_row(line)
    if sr:
        return sr if re.fullmatch(r"\d{1,3}[.)]?", sr[0]) else None
    m = _CELL_BULLET.match(line)
    return _CELL_SEP.split(line[m.end():].strip()) if m else None


def _check_post_cells(rule: Rule, ctx: Context, d: dict, groups, exclude) -> list[Finding]:
    cue = re.compile(r"\s*(?:" + cue_regex(tuple(d["post"])).pattern + r")")
    raw = ctx.doc.raw_lines
    paras = list(ctx.doc.zone(*ZONES[rule.detect.get("scope", "body")]))
    para_of = {n: q for q in paras for n in q.seg_lines}
    title = document_subject(ctx)
    out, n = [], min(para_of) if para_of else 1
    last = max(para_of) if para_of else 0
    while n <= last:
        if n not in para_of or _member_cells(raw[n - 1]) is None:
            n += 1
            continue
        run = [n]
        while run[-1] + 1 <= last and run[-1] + 1 in para_of and _member_cells(raw[run[-1]]) is not None:
            run.append(run[-1] + 1)
        k = n - 1
        while k >= 1 and (not raw[k - 1].strip() or space_cells(raw[k - 1]) or "|" in raw[k - 1]):  # header rows
            k -= 1
        lead = match_key(raw[k - 1]) if k >= 1 else ""
        about = lead + " | " + title
        if all_groups(about, groups) and not (exclude and any_cue(lead, exclude)):
            holders = [x for x in run if any(cue.match(match_key(c)) for c in (_member_cells(raw[x - 1]) or [])[1:])]
            if len(holders) > d["max"]:
                out.append(finding(rule, ctx, ctx.doc.evidence_line(holders[d["max"]]), found=str(len(holders))))
        n = run[-1] + 1
    return out


def check_post_count(rule: Rule, ctx: Context) -> list[Finding]:
    d = rule.detect["post_count"]
    groups = rule.detect.get("context", [])
    exclude = tuple(rule.detect.get("exclude", ()))
    if d.get("cell"):
        return _check_post_cells(rule, ctx, d, groups, exclude)
    # the post as the item's last part: "| Phó Trưởng ban |", "… - Phó Trưởng ban;", "…, Phó Trưởng ban."
    post = re.compile(r"(?:^|[|,:;–—-])\s*(?:" + cue_regex(tuple(d["post"])).pattern + r")\s*[|;.,]?\s*$")
    title = document_subject(ctx)
    out = []
    paras = list(ctx.doc.zone(*ZONES[rule.detect.get("scope", "body")]))
    i = 0
    while i < len(paras):
        if not _ITEM_LINE.match(paras[i].text):
            i += 1
            continue
        style = _item_style(paras[i].text)
        j = i + 1
        while j < len(paras) and _ITEM_LINE.match(paras[j].text) and _item_style(paras[j].text) == style:
            j += 1
        lead = paras[i - 1].key if i > 0 else ""
        about = lead + " | " + title
        if i > 0 and not all_groups(about, groups):
            about += " | " + _bare_ban_lead(ctx, paras[i - 1])
        if all_groups(about, groups) and not (exclude and any_cue(lead, exclude)):
            holders = [q for q in paras[i:j] if post.search(q.key) or (style == "|" and _post_cell(q.key, d["post"]))]
            if len(holders) > d["max"]:
                q = holders[d["max"]]
                out.append(finding(rule, ctx, ctx.doc.evidence_line(q.line), found=str(len(holders))))
        i = j
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
    check_keys(d, {"months", "anchor", "event", "other"}, ["months", "anchor", "event"])
    if not isinstance(d["months"], int) or not 1 <= d["months"] <= 12:
        raise ValueError("'next_year_deadline.months' phải là số tháng từ 1 đến 12")
    for k in ("anchor", "event", "other"):
        if k in d:
            check_cues(d[k], f"next_year_deadline.{k}")


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
    return out


def check_next_year_deadline(rule: Rule, ctx: Context) -> list[Finding]:
    d = rule.detect["next_year_deadline"]
    bound = (d["months"], _MONTH_DAYS[d["months"] - 1])
    anchor = cue_regex(tuple(d["anchor"]))

    def is_late(m: re.Match) -> bool:
        late = latest_day(m)
        return late is not None and late > bound

    return late_deadlines(rule, ctx, d, lambda k, m: anchor.search(k) is not None, is_late)


# ---------------------------------------------------------------------------------------------------------
# A part of a total: "danh sách đại diện gồm 07 người (06 người do Công đoàn cơ sở cử, 01 người của nhóm đại
# diện đối thoại)" or "gồm 07 người, trong đó 01 người …" — the numbers after the total break it down; read
# against a minimum they would make a lawful count look short.
# ---------------------------------------------------------------------------------------------------------

_PART_HEAD = re.compile(r"\btrong\s+do\b(?:\s+(?:co|gom|la))?[^;.]{0,80}$")
_COUNT_UNITS = ("members", "people", "households", "deputies")


def is_part_of_total(folded: str, qty, found) -> bool:
    """``qty`` breaks down a count of the same kind stated before it in the sentence: it stands inside a
    parenthesis opened right after that count, or after "trong đó" that follows it."""
    if qty.unit not in _COUNT_UNITS:
        return False
    # of the same kind: "11 thành viên, trong đó … 03 Phó Trưởng ban" counts deputies, a part with its own bound
    family = {"members": "p", "people": "p"}
    totals = [t for t in found if family.get(t.unit, t.unit) == family.get(qty.unit, qty.unit)
              and t.end <= qty.start and t.value > qty.value]
    for t in totals:
        between = folded[t.end:qty.start]
        opened = between.find("(")
        # "07 người (06 …, 01 …)": the parenthesis opens on the total itself, not "230 người lao động (Bên …"
        if 0 <= opened <= 3 and between.count("(") > between.count(")") and ";" not in between:
            return True
        if _PART_HEAD.search(between) and ";" not in between:
            return True
    if qty.unit in ("members", "people"):
        # a total of persons counted with a noun the quantity reader takes as no unit ("16 đại diện (Công đoàn cơ sở 13
        # người, nhóm đại diện đối thoại 03 người)", "12 thành viên đại diện (…)"): the count inside the parenthesis
        # opened on it is one of its parts (lawful9 lw9-07)
        head = folded[:qty.start]
        opened = head.rfind("(")
        if opened >= 0 and ")" not in head[opened:] and ";" not in head[opened:]:
            m = _PERSONS_TOTAL.search(head[:opened])
            if m and float(m.group(1)) > qty.value:
                return True
    return False


#: A count of representatives right before a parenthesis: "16 đại diện (", "12 thành viên đại diện (" — never a
#: workforce ("420 người lao động (Bên người lao động gồm 13 người …)" names the workers, not a total of the 13).
_PERSONS_TOTAL = re.compile(r"(?<![\d.,/])(\d{1,3})\s+(?:nguoi\s+|thanh\s+vien\s+)?(?:dai\s+dien|dai\s+bieu)\s*$")


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
# ``quantity.table: true``: a count in a table whose header names the unit — "| Bên | Số người | Thành phần |"
# over "| Người sử dụng lao động | 02 | Giám đốc …; Trưởng phòng … |". The bare number is read in the unit of
# its column, and the row is read with the header's first cell before its own ("Bên" + "Người sử dụng lao
# động") for the context and exclude cues.
# ---------------------------------------------------------------------------------------------------------

_COUNT_HEADER = re.compile(r"^\s*(?:tổng\s+)?(?:số\s+lượng|số|sl)(?:\s+(?:người|thành\s+viên|đại\s+diện|đại\s+biểu))?"
                           r"(?:\s*\((?:người|thành\s+viên)\))?\s*$")
_BARE_COUNT = re.compile(r"^\s*(\d{1,3})\s*(?:người|thành\s+viên)?\s*$")


def _table_zones(ctx: Context, zones: tuple[str, ...]) -> tuple[str, ...]:
    """As ``_zone_sentences``: when the layout reader found no body (a plan whose numbered sections "1. … 2. …"
    after "… như sau:" it took for an opening), the opening's tables are the body's."""
    if "body" in zones and not ctx.doc.zone("body"):
        return tuple(dict.fromkeys(zones + ("preamble",)))
    return zones


def table_count_findings(rule: Rule, ctx: Context, units, bounds: dict, legal: str, seen: set) -> list[Finding]:
    groups = rule.detect.get("context", [])
    exclude = tuple(rule.detect.get("exclude", ()))
    zones = _table_zones(ctx, ZONES[rule.detect.get("scope", "body")])
    out: list[Finding] = []
    header: tuple[list[str], int, str] | None = None
    for p in ctx.doc.paras:
        if not p.text.lstrip().startswith("|"):
            header = None
            continue
        cells = split_row(p.key)
        col = next((i for i, c in enumerate(cells) if _COUNT_HEADER.match(c)), None)
        if col is not None:
            unit = "members" if "thành viên" in cells[col] else "people"
            header = (cells, col, unit)
            continue
        if header is None or p.zone not in zones or p.line in seen:
            continue
        hcells, col, unit = header
        if len(cells) != len(hcells) or unit not in units:
            continue
        m = _BARE_COUNT.match(cells[col])
        if not m:
            continue
        key = f"{hcells[0].strip()} {' '.join(c.strip() for c in cells)}"
        if (groups and not all_groups(key, groups)) or (exclude and any_cue(key, exclude)):
            continue
        qty = Quantity(float(m.group(1)), units[0], 0, 0)
        if violates(qty, **bounds):
            ev = ctx.doc.evidence(p)
            out.append(finding(rule, ctx, Evidence(ev.text, p.line, p.line, ev.paragraph, ev.section),
                               found=f"{m.group(1)} {'thành viên' if unit == 'members' else 'người'}", legal=legal))
    return out


# ---------------------------------------------------------------------------------------------------------
# ``admission: true``: the wording is itself the breach a report or letter admits — "chưa tổ chức đối thoại định
# kỳ năm 2025, dự kiến gộp vào đối thoại định kỳ năm 2026" — so its "chưa" is no shortcoming to mend that would
# spare it (``recounts_before_law``); a sentence about the years before Law 10/2022, or marked "(cũ)", still is.
# ---------------------------------------------------------------------------------------------------------

def recounts_history(ctx: Context, f: Finding) -> bool:
    if ctx.normative:
        return False
    text = fold_keep_length(f.evidence.text).lower()
    return bool(_BEFORE_LAW.search(text) or _BEFORE_DATE.search(text)
                or _FORMER.search(normalize_tones(f.evidence.text).lower()))


#: "Xã Yên Bồ được thành lập trên cơ sở nhập … (thuộc huyện Thanh Hà cũ);" / "hiện có 11 thôn và 03 tổ dân phố.":
#: a line ending in ";" ends a paragraph, but a next one opening in lower case goes on with the same sentence.
_CONTINUES = re.compile(r"^(?:hien\s+nay\s+|hien\s+)?(?:co|gom)\s+\d")


def _with_continuations(folded: list[str]) -> list[str]:
    """The paragraphs, plus each one joined to the next when the next goes on in lower case with a count."""
    out = list(folded)
    for prev, nxt in zip(folded, folded[1:]):
        if prev.rstrip().endswith((";", ",")) and _CONTINUES.match(nxt):
            out.append(prev.rstrip() + " " + nxt)
    return out


#: "- Ngày 05/6/2025, UBND xã … công nhận cho thôi làm Trưởng thôn …" / "Do vướng …, đến ngày 15/9/2025 UBND xã mới quyết
#: định …": a dash item goes on in a plain line (no dash, number, letter or heading of its own) until the next item.
_ITEM_OPEN = re.compile(r"^\s*[-–+•*]\s")
_OWN_START = re.compile(r"^\s*(?:[-–+•*|]|\d{1,2}[.)]|[a-zđ]\)|[IVX]{1,4}\.|Điều\s+\d|Chương\s|Mục\s|Bảng\s|Nơi\s+nhận)")


def _item_goes_on(cur: list, p) -> bool:
    """Does paragraph ``p`` continue the dash item that opens the unit ``cur`` (and is in the same zone)?"""
    return (cur[-1].zone == p.zone and _ITEM_OPEN.match(cur[-1].text) is not None
            and _OWN_START.match(p.text) is None and p.text[:1].isupper() and not p.text.isupper())


#: "Ngày 05/6/2025, UBND xã Yên Bồ (cũ) công nhận …": "(cũ)" after a place's name marks the unit before the 2025
#: merger, not a time before the law — when the sentence dates its event on or after 01/7/2023 (Law 10/2022 in force).
_FORMER_PLACE = re.compile(r"((?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh)\s+(?:[A-ZĐÀ-Ỹ][\w-]*\s+){0,3}[A-ZĐÀ-Ỹ][\w-]*)\s*\(cũ\)")


def _former_place_dated(text: str) -> str:
    """The text with a place's "(cũ)" blanked when every full date it gives is on or after 01/7/2023."""
    if "(cũ)" not in text:
        return text
    dates = [d.value for d in find_dates(fold_keep_length(text).lower())]
    if not dates or min(dates) < _date(2023, 7, 1):
        return text
    return _FORMER_PLACE.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text)



# ---------------------------------------------------------------------------------------------------------
# ``attendance: {min: "2/3"}`` (minutes, reports of a conference): the two counts written apart — "Số đại biểu
# được triệu tập: 150; số đại biểu có mặt: 95", "triệu tập 80 đại biểu, có mặt 48 đại biểu" — in one paragraph
# (or the summoned in one of the two table rows above), or as a fraction after the count present ("Số người dự: 38/62",
# "có mặt 07/12 người": present / whole), and the conference called valid ("Chủ trì tuyên bố hội nghị đủ điều kiện
# tiến hành": a paragraph matching every ``context`` group, with a sentence holding a cue of the last group — the
# declaration — and no ``exclude`` cue; "… đủ điều kiện tiến hành. Nghị quyết … 35/38 người dự tán thành." keeps its
# declaration) in that paragraph or one of the next ``ATTENDANCE_REACH``: fewer present than ``min`` of those summoned
# (``gt``: not more than it — Decree 145/2020 Art. 39.4, "trên 70%"). ``present_context`` (groups) must hold in the
# sentence of the count present, and no ``present_exclude`` cue in its clause ("Bên người sử dụng lao động có mặt
# 03/04 người; bên người lao động có mặt 07/12 người": the workers' side only). ("31/52 … dự (59,6%)" is read by
# ``quantity`` with ``paragraph: true``.)
# ---------------------------------------------------------------------------------------------------------

_PEOPLE = r"(?:đại\s+biểu|người\s+lao\s+động|người|viên\s+chức|cán\s+bộ|công\s+chức|công\s+nhân)"
_SUMMONED = re.compile(r"(?<!\w)(?:(?:tổng\s+)?số\s+)?" + _PEOPLE + r"[^:;.\d|]{0,30}?(?:được\s+|phải\s+)?triệu\s+tập"
                       r"\s*(?::|là|gồm|\|)?\s*(?P<n>\d{1,5})(?![\d/,.]\d)"
                       r"|(?<!\w)triệu\s+tập\s+(?P<n2>\d{1,5})\s+" + _PEOPLE +
                       # the whole staff (Law Art. 51.2.c: "hai phần ba tổng số cán bộ, công chức, viên chức, người lao
                       # động"): "Tổng số viên chức, người lao động của nhà trường: 46 người"
                       r"|(?<!\w)tổng\s+số\s+(?:(?:cán\s+bộ|công\s+chức|viên\s+chức|người\s+lao\s+động|công\s+nhân)[,\s]*(?:và\s+)?)+"
                       r"[^:;.\d|]{0,40}?(?::|là|\|)\s*(?P<n3>\d{1,5})(?![\d/,.]\d)", re.IGNORECASE)
#: "Có mặt: 28 người", "Số đại biểu có mặt: 188/300 (đạt 62,7%)", "Số người dự: 38/62", "có mặt 5 trên tổng số 9": the
#: count present, and the whole it is a part of when a "/" or "trên (tổng số)" follows (never a date, "07/12/2025").
_PRESENT = re.compile(r"(?<!\w)(?:có\s+mặt|dự\s+họp|tham\s+dự|dự\s+hội\s+nghị|(?:người|đại\s+biểu)\s+dự(?=\s*:))"
                      r"\s*(?::|là|\|)?\s*(?P<n>\d{1,5})(?![\d,.]\d)(?!/\d{1,2}/)"
                      r"(?:\s*(?:/|trên\s+(?:tổng\s+số\s+)?)\s*(?P<of>\d{1,5})(?![\d/,.]\d))?",
                      re.IGNORECASE)
ATTENDANCE_REACH = 4
#: a full sentence (a report cuts its clauses at ";", not its sentences)
_FULL_STOP = re.compile(r"(?<=[.!?])\s+")


def validate_attendance(a: dict) -> None:
    check_keys(a, {"min", "gt", "present_context", "present_exclude", "reach", "span"}, [])
    if a.get("reach", "record") != "record":
        raise ValueError("'attendance.reach' chỉ nhận 'record'")
    if ("min" in a) == ("gt" in a):
        raise ValueError("'attendance' cần đúng một ngưỡng: 'min' (phải đạt) hoặc 'gt' (phải vượt quá)")
    parse_bound(a.get("min", a.get("gt")))
    if "present_context" in a:
        check_groups(a["present_context"], "attendance.present_context")
    if "present_exclude" in a:
        check_cues(a["present_exclude"], "attendance.present_exclude")


def _declares_valid(key: str, groups, exclude: tuple) -> bool:
    """Does the paragraph call the meeting valid: every ``groups`` cue in it, and a sentence with a cue of the last
    group (the declaration) that has no ``exclude`` cue — the exclusion is the declaration's, not the paragraph's."""
    if not all_groups(key, groups):
        return False
    if not exclude:
        return True
    if not groups:
        return not any_cue(key, exclude)
    return any(any_cue(s, tuple(groups[-1])) and not any_cue(s, exclude) for s in _FULL_STOP.split(key))


def _present_of_side(a: dict, key: str, m: re.Match, before: str = "", lead: str = "") -> bool:
    """``present_context`` in the sentence of the count present (``before``: the sentence's start in the paragraph
    above, when the hard-wrapped paragraph goes on in lower case; ``lead``: the label of the list item the paragraph
    sits under, "2. Bên người lao động:"), no ``present_exclude`` in its clause."""
    if "present_context" in a:
        start = max((x.end() for x in _FULL_STOP.finditer(key, 0, m.start())), default=0)
        stop = _FULL_STOP.search(key, m.end())
        head = _FULL_STOP.split(before)[-1] + " " if start == 0 and before else ""
        said = key[start:stop.start() if stop else len(key)]
        if not all_groups(head + said, a["present_context"]) and not (lead and all_groups(lead + " " + said,
                                                                                              a["present_context"])):
            return False
    if "present_exclude" in a:
        a0, b0 = clauses_around(key, m.start())
        if any_cue(key[a0:b0], tuple(a["present_exclude"])):
            return False
    return True


def _one_meeting_record(a: dict, ctx: Context) -> bool:
    """``reach: record``: the minutes of one meeting ("BIÊN BẢN / Đối thoại định kỳ …") give the attendance under
    "I. THÀNH PHẦN" and call the meeting valid in their conclusion, many paragraphs below — the count and the
    declaration are of the one meeting the record is of (unseen30 n06)."""
    return a.get("reach") == "record" and (ctx.doc.header.doc_type or "").lower() == "biên bản"


#: a list item's label ("2. Bên người lao động:", "b) Đại diện bên người lao động:") and a heading that ends its reach
_ITEM_LABEL = re.compile(r"^\s*(?:\d{1,2}|[a-zđ])[.)]\s+(?P<label>[^:;.]{3,80})(?::|$)")
_SECTION_HEAD = re.compile(r"^\s*(?:[IVX]{1,5}|[A-Z])\.\s")


def _item_label(paras, i: int) -> str:
    """The label of the numbered item that paragraph ``i`` goes on under ("2. Bên người lao động: danh sách … /
    Số thành viên … 12 người / Có mặt 08/12 thành viên; …": the count present is the workers' side's, s18 u57-04),
    within three paragraphs above and no section heading between; empty when ``i`` is an item itself."""
    p = paras[i]
    if _ITEM_LABEL.match(p.key) or _SECTION_HEAD.match(p.text):
        return ""
    for q in paras[max(0, i - 3):i][::-1]:
        if q.zone != p.zone or _SECTION_HEAD.match(q.text):
            return ""
        m = _ITEM_LABEL.match(q.key)
        if m:
            return m.group("label")
    return ""


def check_attendance(rule: Rule, ctx: Context) -> list[Finding]:
    a = rule.detect["attendance"]
    strict = "gt" in a
    share = parse_bound(str(a["gt"] if strict else a["min"]))
    groups = rule.detect.get("context", [])
    exclude = tuple(rule.detect.get("exclude", ()))
    record = _one_meeting_record(a, ctx)
    # minutes whose count present follows the title with no opening of its own ("BIÊN BẢN / Đối thoại định kỳ … /
    # Bên người lao động: có mặt 06/10 …") leave it in the header: in one meeting's record it is that meeting's count
    paras = [p for p in ctx.doc.paras if p.zone in ZONES[rule.detect.get("scope", "body")]
             or (record and p.zone == "header" and _PRESENT.search(p.key))]
    valid = [i for i, p in enumerate(paras) if _declares_valid(p.key, groups, exclude)]
    out = []
    for i, p in enumerate(paras):
        if not any(i <= j <= i + ATTENDANCE_REACH for j in valid) and not (
                record and any(j > i for j in valid) and not any_cue(p.key, exclude)):
            continue
        q = paras[i - 1] if i else None  # "… gồm 12 người;" / "có mặt 07/12 người …": one sentence, wrapped
        before = q.key if q is not None and q.zone == p.zone and p.line == (q.end_line or q.line) + 1 \
            and re.search(r"[;,]\s*$|[^.;:!?…]\s*$", q.text) and _GOES_ON.match(p.text) else ""
        lead = _item_label(paras, i)
        m = next((m for m in _PRESENT.finditer(p.key) if _present_of_side(a, p.key, m, before, lead)), None)
        if not m:
            continue
        if m.group("of"):  # "38/62": the whole the count is a part of, written beside it
            total, whom_of = int(m.group("of")), False
        else:  # the summoned in the same paragraph or a table row just above
            t = next((t for q in (p,) + tuple(paras[max(0, i - 2):i][::-1]) for t in [_SUMMONED.search(q.key)] if t), None)
            if not t:
                continue
            total, whom_of = int(t.group("n") or t.group("n2") or t.group("n3")), bool(t.group("n3"))
        present = int(m.group("n"))
        if not 0 < present < total:
            continue
        pct = 100.0 * present / total
        if pct > share + 1e-6 or (not strict and pct >= share - 1e-6):
            continue
        pct_text = f"{pct:.1f}".replace(".", ",")
        quote = " ".join(p.text[m.start():m.end()].split())
        if m.group("of"):
            found = f"{quote} ({pct_text}%)"
        else:
            whom = f"tổng số {total}" if whom_of else f"{total} được triệu tập"
            found = f"{quote} trên {whom} ({pct_text}%)"
        ev = ctx.doc.evidence(p, m.start(), m.end())
        j = next((j for j in valid if i <= j <= i + ATTENDANCE_REACH), None)
        if a.get("span") and j is not None and groups:  # the finding runs from the count to the declaration
            q = paras[j]
            said = cue_regex(tuple(groups[-1])).search(q.key)
            last = q.line_at(said.start()) if said else q.line
            if last > (ev.end_line or ev.line):
                ev = replace(ev, end_line=last)
        out.append(finding(rule, ctx, ev, found=found, legal=", ".join(rule.detect.get("expect", ()))))
    return out


# -- round 13: a rule may read the "Căn cứ" lines too ----------------------------------------
#: ``scope: with_basis``: the bases as well as the rest of the document — a plan cites there the decision that set a
#: body up ("Căn cứ Quyết định số 318/QĐ-UBND … của Chủ tịch UBND xã về việc thành lập Ban Giám sát đầu tư …").
ZONES["with_basis"] = ("basis", "preamble", "body", "closing")


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
#: its name (folded text).
_CONF_YEAR = re.compile(r"[^.;:\d]{0,60}?\bnam\s+((?:19|20)\d\d)(?![\d/-])")


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

