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

The package: this module holds the kind's entry points — ``validate`` (a rule's ``detect``), ``check`` and its stages
(``_check_unguarded``: the document-level exclusions, the basis in force, the community, a report's admissions; ``_check``:
the dispatch to one reader by detection mode) — and re-exports what other modules take from the kind (``__all__``).
Imports go one way, ``common`` ← ``context`` ← ``exclusions`` / ``households`` / the readers ← ``__init__``; no module
imports this one:

- ``common``: ``ZONES``, ``UNITS``, the patterns and small helpers several modules read (clauses, evidence, the
  document's subject and own date, headings, rejected and delayed wordings, shares).
- ``context``: where a rule's sentence is and what surrounds it — joined sentences, the subject, title and table
  a sentence is read about, the context cues on a clause, a list's lead-in, a named body, a title-read sentence.
- ``exclusions``: a rule left out for the whole document (``not_if`` …, ``document_excluded``), the employer's
  headcount, a report's recount of what happened before the law or its admission of a past year.
- ``households``: the households of a community, of those present, as a text states them.
- readers, one module per family: ``quantity`` (``quantity`` and its paragraph, heading and carried forms),
  ``forbidden`` (``forbidden`` and its paragraph and heading forms), ``actor``, ``restates``, ``tally``, ``members``
  (``members``, ``roll``, ``post_count``), ``dates`` (``dates``, ``date_pair``), ``deadlines`` (``year_span``,
  ``next_year_deadline``, ``school_year_deadline``, ``annual_conference``, ``year_end``), ``attendance``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from checker import guards
from checker.kinds import Context, all_groups, any_cue, check_cues, check_groups, check_keys
from checker.kinds.conflict.actor import check_actor, check_actor_under_heading, label_tail
from checker.kinds.conflict.attendance import check_attendance, validate_attendance
from checker.kinds.conflict.common import clauses, _is_share, UNITS, also_quoting, own_quote, ZONES
from checker.kinds.conflict.context import _excluded_outside_replaced, joined_sentences, list_lead_in
from checker.kinds.conflict.dates import check_date_pair, check_dates, validate_date_pair
from checker.kinds.conflict.deadlines import (
    check_annual_conference, check_next_year_deadline, check_school_year_deadline, check_year_end, check_year_span,
    validate_annual_conference, validate_next_year_deadline, validate_school_year_deadline, validate_year_end,
)
from checker.kinds.conflict.exclusions import (
    admits_past_year, defers_year, document_excluded, employer_headcount, held_late, issuer_key, names_subject,
    dated_before_basis, recounts_before_law, recounts_history, validate_not_if, validate_report_admissions,
)
from checker.kinds.conflict.forbidden import (
    check_forbidden, check_forbidden_in_paragraph, check_forbidden_under_heading, validate_heading_context,
)
from checker.kinds.conflict.households import community_households
from checker.kinds.conflict.members import (
    check_members, check_post_count, check_roll, validate_post_count, validate_roll,
)
from checker.kinds.conflict.quantity import (
    check_quantity, check_quantity_carried, check_quantity_in_paragraph, check_quantity_under_heading, commune_units,
)
from checker.kinds.conflict.restates import check_restates
from checker.kinds.conflict.tally import check_tally, tally_floor
from checker.model import Finding, Rule
from checker.quantities import parse_bound
from checker.subject import commune_office
from checker.text import match_key


#: What other modules and the tests take from this package (the kind's entry points and the readers' parts
#: that ``role_concurrency``, ``bench/silent_stages.py`` and ``tests/test_conflict_units.py`` use).
__all__ = [
    "validate", "check", "ZONES", "names_subject", "issuer_key", "recounts_before_law", "joined_sentences",
    "list_lead_in", "clauses", "commune_units", "_is_share", "label_tail",
    "_excluded_outside_replaced",
]


#: the readers whose own options are checked when a rule is loaded (the others take none, or cue lists checked above)
_MODE_VALIDATORS = {"date_pair": validate_date_pair, "post_count": validate_post_count,
                    "next_year_deadline": validate_next_year_deadline,
                    "school_year_deadline": validate_school_year_deadline,
                    "annual_conference": validate_annual_conference, "year_end": validate_year_end,
                    "attendance": validate_attendance, "roll": validate_roll}


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
                        "sentence_exclude", "sentence_context", "issuer_with", "table_header", "joined_scope",
                        "conjunct_exclude", "borrowed_once", "not_commune_office", "past_act", "titled_exclude",
                        "titled_spares",
                        "only_if_subject"})
    if "titled_exclude" in detect:
        check_groups(detect["titled_exclude"], "titled_exclude")
        if len(detect["titled_exclude"]) != 2:
            raise ValueError("'titled_exclude' là [[dấu hiệu trong tên văn bản], [dấu hiệu loại câu]]")
    if "past_act" in detect and detect["past_act"] != "dated":
        raise ValueError("'past_act' là dated (việc đã làm, ghi ngày trước khi căn cứ có hiệu lực)")
    if "titled_spares" in detect:
        check_groups(detect["titled_spares"], "titled_spares")
        if len(detect["titled_spares"]) != 2 or not set(detect["titled_spares"][1]) <= set(detect.get("exclude", ())):
            raise ValueError("'titled_spares' là [[dấu hiệu trong tên văn bản], [dấu hiệu loại câu thuộc 'exclude']]")
    if "sentence_exclude" in detect:
        if not detect.get("clause"):
            raise ValueError("'sentence_exclude' chỉ dùng với 'clause: true'")
        check_cues(detect["sentence_exclude"], "sentence_exclude")
    if "sentence_context" in detect:
        check_groups(detect["sentence_context"], "sentence_context")
    if "article_exclude" in detect:
        check_cues(detect["article_exclude"], "article_exclude")
    if "workforce_min" in detect and (not isinstance(detect["workforce_min"], int) or detect["workforce_min"] < 1):
        raise ValueError("'workforce_min' là số người lao động (số nguyên dương)")
    modes = [m for m in ("quantity", "forbidden", "actor", "restates", "dates", "tally", "members", "roll", "year_span",
                         "date_pair", "post_count", "next_year_deadline", "school_year_deadline", "attendance",
                         "annual_conference", "year_end")
             if m in detect]
    for mode, check_options in _MODE_VALIDATORS.items():  # in the order they were always checked
        if mode in detect:
            check_options(detect[mode])
    if set(modes) == {"forbidden", "actor"}:
        modes = ["forbidden"]  # s25-lex: a forbidden rule with an actor slot read through the act lexicon
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
                       "spans", "min_units", "of_body", "table", "of_summoned", "calendar_max", "above", "whole_staff", "side",
                       "unless_required", "other_act"},
                   ["unit"])
        if "other_act" in q:
            check_cues(q["other_act"], "quantity.other_act")
        if "side" in q:
            check_keys(q["side"], {"of", "other"}, ["of", "other"])
            check_cues(q["side"]["of"], "quantity.side.of")
            check_cues(q["side"]["other"], "quantity.side.other")
        if "whole_staff" in q and (not isinstance(q["whole_staff"], int) or isinstance(q["whole_staff"], bool)
                                   or q["whole_staff"] < 1):
            raise ValueError("'quantity.whole_staff' là số người (số nguyên dương) dưới mức đó phải họp toàn thể")
        if "unless_required" in q and q["unless_required"] not in ("cảnh báo", "gợi ý"):
            raise ValueError("'quantity.unless_required' là mức (cảnh báo, gợi ý) của giới hạn văn bản không đặt thành điều kiện bắt buộc")
        if "above" in q and ("range" not in q or q["above"] not in ("cảnh báo", "gợi ý")):
            raise ValueError("'quantity.above' là mức (cảnh báo, gợi ý) của số vượt cận trên của 'range'")
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
        check_keys(a, {"verbs", "act", "forbidden", "allowed", "allowed_cues", "window", "unless", "forbidden_cues",
                       "forbidden_label_cues", "object", "labels_only", "title_labels"})
        if "object" in a:
            check_cues(a["object"], "actor.object")
        if "allowed_cues" in a:
            check_cues(a["allowed_cues"], "actor.allowed_cues")
        if "act" not in a and "verbs" not in a:
            raise ValueError("'actor' cần 'act' (hành vi trong lexicon: convene, chair, …) hoặc 'verbs'")
        if "act" in a:
            from checker.ruledata import lexicon
            acts = [a["act"]] if isinstance(a["act"], str) else a["act"]
            if not isinstance(acts, list) or not acts:
                raise ValueError("'actor.act' phải là tên một hành vi hoặc danh sách hành vi")
            lexicon().act_cues(acts)
        if "verbs" in a:
            check_cues(a["verbs"], "actor.verbs")
        if "forbidden" not in a and "allowed" not in a:
            raise ValueError("'actor' cần 'forbidden' hoặc 'allowed'")
        for k in ("forbidden", "allowed"):
            if k in a:
                check_cues(a[k], f"actor.{k}")
        if "forbidden_cues" in a:
            check_cues(a["forbidden_cues"], "actor.forbidden_cues")
        if "forbidden_label_cues" in a:
            check_cues(a["forbidden_label_cues"], "actor.forbidden_label_cues")
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
        check_keys(c, {"households_below", "requires", "unless", "with_title"})
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
                       "name_in_claim", "matter_in_sentence", "whole_after_present", "against_counted"}, ["part"])
        if t.get("base", "all") not in ("all", "present", "attendees"):
            raise ValueError("'tally.base' chỉ nhận 'all' (tổng số hộ), 'present' (số hộ dự họp) hoặc 'attendees' "
                             "(số người dự hội nghị)")
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
    # ``with_title: true`` (s39-qt, unseen104 u104-29 L5): each paragraph is read with the document's own title — a
    # report «Kết quả kiện toàn Ban Thanh tra nhân dân …» whose body says «bầu 09 thành viên» counts that Ban
    title = f" | {match_key(ctx.doc.title_text or '')}" if c.get("with_title") else ""
    if "requires" in c and not any(all_groups(p.key + title, c["requires"]) for p in ctx.doc.paras):
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


def _as_titled_rule(rule: Rule, ctx: Context) -> Rule:
    """``titled_spares: [[title cues], [exclude cues]]`` (s40-qrc, unseen105 u105-01 L9): in a document whose own
    title names one of the first cues, the listed exclude cues are dropped — the title says what the body's words are
    about. A notice titled «Công khai việc quản lý, sử dụng khoản Nhân dân đóng góp làm đường …» posts «Bảng kê thu,
    chi và biên bản quyết toán»: the settlement of the people's contribution (Law 10/2022 Art. 11.5), not the budget
    law's «quyết toán». The inverse of ``titled_exclude``."""
    pair = rule.detect.get("titled_spares")
    if not pair or not any_cue(match_key(ctx.doc.title_text or ""), tuple(pair[0])):
        return rule
    return replace(rule, detect={**rule.detect, "exclude": [c for c in rule.detect["exclude"] if c not in pair[1]]})


def check(rule: Rule, ctx: Context) -> list[Finding]:
    return guards.keep(rule, ctx, _check_unguarded(rule, ctx))  # the shared sentence guards (checker/guards.py)


def _check_unguarded(rule: Rule, ctx: Context) -> list[Finding]:
    rule = _as_titled_rule(_as_office_rule(rule, ctx), ctx)
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
    out = [f for f in _check(rule, ctx) if not recounts_before_law(ctx, own_quote(ctx, f))]
    if rule.detect.get("past_act") == "dated":  # s34-p2: an act told as done on a date before the basis stood
        out = [f for f in out if not dated_before_basis(rule, ctx, own_quote(ctx, f))]
    return _at_authority(rule, ctx, out) if rule.detect.get("at_authority") else out


def _at_authority(rule: Rule, ctx: Context, out: list[Finding]) -> list[Finding]:
    """s19-cb ``at_authority: true`` (with ``authority_if``): the fault is who decides — the decision's authority line
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …" over the Căn cứ) — so the finding points there, its message quoting the article
    that decides; one finding for the decision.

    s24-fe: the fault stands on two lines — who decides and the article by which the decision acts ("Điều 1. Công nhận
    kết quả bầu …") — and reviewers mark either (unseen49 u49-11 the authority line, unseen50 u50_08 the article): the
    finding stays on the authority line and its quote carries the article's paragraph after it, so the one finding
    shows the reader both lines instead of a second finding for the same defect."""
    head = ctx.doc.heading_para
    if not out or head is None:
        return out
    at = next((p for p in ctx.doc.paras if p.zone == "header" and p.index > head.index and p.text.strip()
               and p.text.strip().upper() == p.text.strip() and all_groups(p.key, rule.detect["authority_if"])), None)
    if at is None:
        return out
    act = ctx.doc.para_at_line(out[0].evidence.line)
    return [replace(out[0], evidence=also_quoting(ctx.doc.evidence(at), act if act is not None and act.index != at.index
                                              else None))]


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
    if "forbidden" in d and "actor" in d:
        return _forbidden_and_actor(rule, ctx)
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


def _forbidden_and_actor(rule: Rule, ctx: Context) -> list[Finding]:
    """s25-lex: a ``forbidden`` rule that also has an ``actor`` slot — the wrongs its regexes name (bodies, shapes the
    reader does not read yet) and every role the slot reads doing the act through the act lexicon; one finding a line."""
    without_actor = replace(rule, detect={k: v for k, v in rule.detect.items() if k != "actor"})
    without_forbidden = replace(rule, detect={k: v for k, v in rule.detect.items() if k != "forbidden"})
    out = check(without_actor, ctx)
    seen = {f.evidence.line for f in out}
    for f in check(without_forbidden, ctx):
        if f.evidence.line not in seen:
            seen.add(f.evidence.line)
            out.append(f)
    return out


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


def check_report_admissions(rule: Rule, ctx: Context) -> list[Finding]:
    d = {k: v for k, v in rule.detect.items() if k not in ("past_year", "held_late")}
    out = _check(replace(rule, detect=d), ctx)
    if rule.detect.get("past_year") == "deferred":
        return [f for f in out if defers_year(ctx, f)]
    if rule.detect.get("past_year"):
        return [f for f in out if admits_past_year(rule, ctx, f)]
    months = rule.detect["held_late"]["months"]
    return [f for f in out if held_late(ctx, f, months) and not recounts_before_law(ctx, f)]
