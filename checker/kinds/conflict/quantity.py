"""The conflict kind's ``quantity`` reader: a period, threshold or count near its cue words against the legal bound,
and its forms read in a paragraph, under a heading or carried from an opening."""
from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import Any

from checker.dates import find_spans
from checker.kinds import Context, all_groups, any_cue, cue_regex, finding
from checker.kinds.conflict.common import (
    _evidence, heading_keys, is_delay, _is_share, _lines_of, _merge_by_line, _PER, rejected_before, _share_head,
    _SUMMONED, _with_continuations, _workforce_count, ZONES,
)
from checker.kinds.conflict.context import (
    AboutSentence, _clause_ok, joined_sentences, _sentences, table_header, _THEN, _title_sentences,
)
from checker.model import Evidence, Finding, Rule
from checker.quantities import Quantity, find_quantities, in_days, parse_bound, violates
from checker.tables import split_row


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


#: s36-hz (unseen71 u71-03 L14, exposed by s35-hz's header zone): «… | Niêm yết từ 04/9/2025 đến 03/10/2025; phát thanh 03
#: ngày liên tục |» — a period's own stretch, from the last cell bar, semicolon, colon, comma or sentence end before it,
#: names the act the period measures. When that stretch names another act (``quantity.other_act``: the commune's
#: broadcast, whose period is Law Art. 13.3's «ít nhất là 03 ngày liên tục»), the period is that act's, not the
#: consultation's (Art. 28.2) nor the posting's (Art. 13.2), whatever subject the row or the lead-in gives.
_STRETCH_START = re.compile(r"[|;:,]|\.(?!\d)")


def _other_act_period(folded: str, key: str, q, cues: tuple[str, ...]) -> bool:
    if not cues:
        return False
    start = max((m.end() for m in _STRETCH_START.finditer(folded, 0, q.start)), default=0)
    return cue_regex(cues).search(key, start, q.start) is not None


def column_name(ctx: Context, s, pos: int) -> str:
    """The name its table's header row gives the column holding position ``pos`` of sentence ``s`` (a key), or ""
    when ``s`` is no table row under a header (``table_header``)."""
    head = table_header(ctx, s.para)
    if not head:
        return ""
    row = s.para.text
    at = s.start + pos
    lead = len(row) - len(row.lstrip())
    column = row.count("|", lead + 1, at)  # bars before the position, the row's opening bar left out
    names = split_row(head)
    return names[column].strip() if 0 <= column < len(names) else ""


#: s39-pr (unseen103 u103-32 L8): «| Phí, lệ phí; lấy ý kiến Nhân dân (khoản 11, 12 Điều 11) | 2 | 30 ngày liên tục | 03 ngày
#: liên tục |» under «| Nhóm nội dung | Số nội dung | Thời gian niêm yết | Phát thanh |» — the period in a cell is what its
#: column's name says it is: a column named for another act (``quantity.other_act``: the broadcast) holds that act's period.
def _other_act_column(ctx: Context, s, q, cues: tuple[str, ...]) -> bool:
    if not cues:
        return False
    name = column_name(ctx, s, q.start)
    return bool(name) and cue_regex(cues).search(name) is not None


def _governed_duration(folded: str, key: str, q, cues: tuple[str, ...]) -> bool:
    """Is ``q`` a period marked as how long an act lasts, and does a cue open its clause before it?"""
    if not cues or not (_DURATION_BEFORE.search(folded, max(0, q.start - 24), q.start)
                        or _DURATION_AFTER.match(folded, q.end)):
        return False
    for m in cue_regex(cues).finditer(key, 0, q.start):
        if not _CLAUSE_STOP.search(folded, m.end(), q.start):
            return True
    return False


#: s27-qt (unseen80 u80-07 line 11): "Cuộc họp … chỉ có đại diện 87/212 hộ tham dự (41,0%), không đủ tỷ lệ để thông qua quy
#: ước tại cuộc họp nên tổ dân phố tổ chức phát phiếu …": a figure the text itself measures against the law's bound and
#: finds short — the fact that opens the law's next step (Decree 61/2023 Art. 10.2.a: ballots "chỉ … sau khi cuộc họp …
#: không thể thực hiện được do không đạt tỷ lệ quy định tại điểm a khoản 1"; Law 10/2022 Art. 19.1.b: "không có đủ đại
#: diện của số hộ gia đình tham dự"), not a bound the text sets. Read for a bare figure (no "từ", "trên", "ít nhất" of
#: its own: "khi có từ 40% … ; nếu không đủ …" sets a bound) whose clause says it falls short of what is required — "không
#: đủ / chưa đạt tỷ lệ, số lượng, thời hạn …", "dưới mức quy định", "không đủ điều kiện" — with no threshold of its own
#: after the words ("không đủ 50%") and no "vẫn" that goes on regardless ("không đủ tỷ lệ nhưng vẫn thông qua").
_SHORT_OF = re.compile(
    r"(?<!\w)(?:(?:khong|chua)\s+(?:co\s+)?(?:du|dat|bao\s+dam|dam\s+bao)\s+(?:(?:so\s+)?(?:ty\s+le|so\s+luong|muc|nguong|"
    r"dieu\s+kien|so\s+ho|so\s+nguoi|so\s+dai\s+dien|so\s+thanh\s+vien|thoi\s+(?:han|gian)|so\s+ngay)|quy\s+dinh|theo\s+quy\s+dinh)"
    r"|(?:thap|it|ngan)\s+hon\s+(?:muc|ty\s+le|so\s+luong|thoi\s+han)\s+(?:theo\s+)?quy\s+dinh"
    r"|duoi\s+(?:muc|ty\s+le|nguong)\s+(?:theo\s+)?quy\s+dinh)(?!\s*(?:la\s+|tu\s+|tren\s+|it\s+nhat\s+)?\d)")
#: … a figure in a condition or a duty ("khi có 40% …", "nếu …", "phải …") or after a qualifier ("từ", "trên") is a bound
_CONDITION = re.compile(r"(?<!\w)(?:khi|neu|truong\s+hop|phai)(?!\w)")
_QUALIFIED = re.compile(r"(?<!\w)(?:tu|tren|duoi|qua|hon|it\s+nhat|toi\s+thieu|toi\s+da)\s*$")
_CLAUSE_END = re.compile(r"[;\n]|\.(?!\d)")
_REGARDLESS = re.compile(r"(?<!\w)(?:van|tuy\s+nhien\s+van|nhung\s+da)\s+(?:duoc\s+)?(?:thong\s+qua|to\s+chuc|tien\s+hanh|"
                         r"bieu\s+quyet|cong\s+nhan|niem\s+yet|hop)")


def _stated_short(folded: str, q) -> bool:
    """Does the clause of a bare figure say the figure falls short of what the law requires?"""
    if q.lo is not None or q.hi is not None or not folded[q.start:q.start + 1].isdigit():
        return False
    stops = [m.start() for m in _CLAUSE_END.finditer(folded)]
    start = max((i + 1 for i in stops if i < q.start), default=0)
    if _CONDITION.search(folded, start, q.start) or _QUALIFIED.search(folded[start:q.start]):
        return False
    clause = folded[start:min((i for i in stops if i >= q.end), default=len(folded))]
    m = _SHORT_OF.search(clause)
    return bool(m) and not _REGARDLESS.search(clause, m.end())


#: s40-qfp (lawful24 l24-26 L12): a figure in a condition whose consequence is that the act does not go ahead — «Trường
#: hợp bên người lao động có mặt không quá 70% số thành viên đại diện thì cuộc đối thoại được lùi sang ngày khác», «nếu
#: dưới 50% số hộ dự họp thì không tiến hành cuộc họp» — names the case the law itself refuses, not a floor the text
#: lowers: a minimum (``min``, ``gt``) is never broken by it. Only the first «thì» after the figure is read, up to the
#: next comma, so «… thì vẫn tiến hành, nếu … thì hoãn» keeps its first consequence (folded text).
_CONDITION_OPEN = re.compile(r"(?<!\w)(?:truong\s+hop|neu|khi)(?!\w)")
_REFUSED = re.compile(
    r"\s+(?:[^;.,]{0,50}?\s)?(?:"
    r"(?:khong|chua)\s+(?:duoc\s+|du\s+dieu\s+kien\s+(?:de\s+)?)?(?:tien\s+hanh|to\s+chuc(?!\s+lai)|thong\s+qua|dien\s+ra|hop)(?!\w)"
    r"|(?:lui|hoan)\s+(?:lai|sang|toi|den|ngay|cuoc|viec|thoi|to\s+chuc)(?!\w)"
    r"|(?:to\s+chuc|trieu\s+tap)\s+lai(?!\w)"
    r"|(?:doi|chuyen)\s+sang\s+(?:ngay|thoi\s+diem|dip)(?!\w))")


def _refused_in_condition(folded: str, q) -> bool:
    """Is the figure inside a condition («trường hợp / nếu / khi …») whose consequence («thì …») is that the act is not
    held, put off or held again?"""
    stops = [m.start() for m in _CLAUSE_END.finditer(folded)]
    start = max((i + 1 for i in stops if i < q.start), default=0)
    end = min((i for i in stops if i >= q.end), default=len(folded))
    opens = [m for m in _CONDITION_OPEN.finditer(folded, start, q.start)]
    if not opens or _THEN.search(folded, opens[-1].end(), q.start):
        return False
    then = _THEN.search(folded, q.end, end)
    return bool(then) and bool(_REFUSED.match(folded[:end], then.end()))


#: how far after a count its party may be named when none is named before it ("03 người của bên người sử dụng lao động")
_SIDE_AFTER = 30


def _of_side(key: str, q, side: dict) -> bool:
    """``quantity.side: {of: [cues], other: [cues]}``: two parties of one act (the dialogue's «bên người lao động» and
    «bên người sử dụng lao động», Decree 145/2020 Art. 38.2) counted in one sentence — a count belongs to the party named
    last before it ("bên người lao động gồm 21 thành viên, bên Công ty gồm 05 người": the 05 are the employer's), else
    to the one named just after it. A count no party claims is read as the rule's."""
    def last(cues):
        return max((m.end() for m in cue_regex(tuple(cues)).finditer(key, 0, q.start)), default=-1)
    mine, other = last(side["of"]), last(side["other"])
    if mine >= 0 or other >= 0:
        return mine >= other
    def first(cues):
        return min((m.start() for m in cue_regex(tuple(cues)).finditer(key, q.end, q.end + _SIDE_AFTER)), default=10**9)
    return first(side["of"]) <= first(side["other"])


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
    if q.get("whole_staff"):
        # Law 10/2022 Art. 51.2.a: an agency of fewer than 100 people "thì tổ chức hội nghị toàn thể" — those summoned
        # are then the whole staff the text gives; silent when it gives none, or 100 or more (point b)
        staff = staff_count(ctx)
        if staff is None or staff >= int(q["whole_staff"]):
            return []
        bounds["min_"] = float(staff)
        legal = f"toàn thể {staff} người theo văn bản (cơ quan, đơn vị có ít hơn {int(q['whole_staff'])} người)"
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
        wholes = ratio_wholes(s.folded, found_q) if set(units) & {"members", "people"} else []
        found_q += wholes  # "17/18 thành viên … có mặt, gồm 14 người … và 04 người …": the 18, all of the side
        if q.get("whole_staff"):
            found_q = [Quantity(float(m.group("n")), unit, m.start("n"), m.end(), None, None, False, False)
                       for m in _DELEGATES.finditer(s.folded)]
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
            if _other_act_period(s.folded, s.key, qty, tuple(q.get("other_act", ()))) \
                    or _other_act_column(ctx, s, qty, tuple(q.get("other_act", ()))):
                continue  # "…; phát thanh 03 ngày liên tục", a column «Phát thanh»: the broadcast's period, not this rule's
            if lead is False and ("min" in q or "gt" in q) and is_delay(s.key, qty.start):
                continue  # "trả lời ngày 04/4, sau 11 ngày", "công khai chậm 02 ngày": a delay, not how long
            if rejected_before(s.key, qty.start):  # "30 ngày, chứ không phải 15 ngày như trước"
                continue
            if ("min" in q or "gt" in q or "range" in q) and _stated_short(s.folded, qty):
                continue  # "… (41,0%), không đủ tỷ lệ để thông qua … nên … phát phiếu": the shortfall the text records
            if ("min" in q or "gt" in q) and _refused_in_condition(s.folded, qty):
                continue  # "trường hợp … có mặt không quá 70% … thì cuộc đối thoại được lùi": the case the law refuses
            if is_part_of_total(s.folded, qty, found_q):  # "07 người (06 người do …, 01 người …)"
                continue
            if unit in ("members", "people") and _workforce_count(s.folded, qty):
                continue
            if unit in ("members", "people") and _holders_count(s, qty):
                continue  # "Ban có 01 thành viên là Phó Giám đốc …": the members holding a post, not the body's size
            if unit in ("members", "people") and _attendance_count(s.folded, qty) and qty not in wholes:
                continue  # "danh sách đại diện gồm 09 người …; có mặt 05 người, vắng 04": who came, not who sits
            if "side" in q and not _of_side(s.key, qty, q["side"]):
                continue  # "bên người lao động gồm 21 thành viên, bên Công ty gồm 05 người": the employer's count
            if unit in ("members", "people", "households", "deputies") and _is_share(_each_only(s), qty) \
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
                f = finding(rule, ctx, _evidence(ctx, s, qty.start), found=found, legal=legal)
                out.append(_graded_by_modality(q, s.folded, qty, _graded_by_bound(q, use, qty, f)))
                break
    if q.get("table"):  # "| Bên | Số người |" over "| Người sử dụng lao động | 02 |"
        out += table_count_findings(rule, ctx, units, bounds, legal, {f.evidence.line for f in out})
    return out


#: s30-pr (unseen86 u86-20 L5): "Bên người lao động: danh sách đại diện đã công bố gồm 09 người …; có mặt 05 người, vắng
#: 04": a count marked present or absent ("có mặt 05 người", "vắng mặt: 02 thành viên", "05 người có mặt") says who came
#: to a meeting, not how many a side or a body is made of — a composition rule reads the size, a quorum rule the share
#: (units members/people only; "gồm 03 người tham dự đối thoại" stays a composition).
_PRESENT_BEFORE = re.compile(r"(?<!\w)(?:co\s+mat|vang(?:\s+mat)?)\s*(?::\s*)?(?:la\s+)?$")
_PRESENT_AFTER = re.compile(r"\s*(?:nguoi|thanh\s+vien|dai\s+dien)?\s*(?:co\s+mat|vang\s+mat)(?!\w)")


#: s32-sv (u90-09 l.31): "Ban có 01 thành viên là Phó Giám đốc phụ trách kỹ thuật", "… có 02 người giữ chức Trưởng
#: thôn": after «có» (not «gồm», which gives the whole), a count of members followed by the post they hold — a
#: capitalised title — counts the holders of that post (a role_concurrency matter, Law Arts. 37.2, 60.2, 77.2), not how
#: many the body has. "Ban có 07 thành viên là đại diện các thôn" names no post and stays a size.
_HOLDERS_BEFORE = re.compile(r"(?<!\w)co\s+(?:ca\s+)?$")
_HOLDERS_AFTER = re.compile(r"\s*(?:(?:hien|dang|nay|cung)\s+){0,2}(?:la|giu\s+chuc(?:\s+vu|\s+danh)?|kiem|dong\s+thoi\s+la)"
                            r"\s+(?:(?:nguyen|cuu)\s+)?")


def _holders_count(s, q) -> bool:
    # "thành viên" only: "phía người sử dụng lao động có một người là Giám đốc Công ty" is the side's size (CF-92)
    if not re.search(r"(?:thanh|uy)\s+vien\s*$", s.folded[q.start:q.end]) \
            or not _HOLDERS_BEFORE.search(s.folded[max(0, q.start - 12):q.start]):
        return False
    m = _HOLDERS_AFTER.match(s.folded, q.end)
    return bool(m) and m.end() < len(s.text) and s.text[m.end()].isupper()


def _attendance_count(folded: str, q) -> bool:
    return bool(_PRESENT_BEFORE.search(folded[max(0, q.start - 20):q.start])) or bool(_PRESENT_AFTER.match(folded, q.end))


#: s28-qt (unseen81 u81-07 L18): the delegates a conference is made of — "hội nghị đại biểu gồm 40 đại biểu do các phòng
#: cử", "triệu tập 45 đại biểu" — never those present or absent ("40 đại biểu có mặt").
_DELEGATES = re.compile(r"(?<!\w)(?:gom(?:\s+co)?|trieu\s+tap|voi|la)\s+(?P<n>\d{1,4})\s+dai\s+bieu\b"
                        r"(?!\s+(?:co\s+mat|vang|du\s+hop|tham\s+du|dat|tan\s+thanh))")
#: the whole staff of the agency or unit: "Văn phòng hiện có 87 CBCCVC, NLĐ (61 công chức, …)", "Trường có 46 viên chức,
#: người lao động", "Tổng số cán bộ, công chức, viên chức, người lao động của Sở: 64 người" — the unit names itself, and
#: the count is followed by no part of the staff ("có 21 viên chức nữ", "có 12 đảng viên") or attendance.
_STAFF_PEOPLE = (r"(?:nguoi|can\s+bo|cong\s+chuc|vien\s+chuc|nguoi\s+lao\s+dong|giao\s+vien|cbccvc|cbcc|cbcnvc|cbvc|ccvc|"
                 r"cb\s*,\s*cc|cb\s*,\s*vc)\b")
_STAFF = re.compile(
    r"(?<!cac )(?<!moi )\b(?:co\s+quan|don\s+vi|van\s+phong|so|truong|nha\s+truong|trung\s+tam|benh\s+vien|vien|"
    r"chi\s+cuc|cuc|ban\s+quan\s+ly|thu\s+vien|bao\s+tang)\b(?:\s+[^\s\d,;.()]+){0,6}?\s+(?:hien\s+nay\s+|hien\s+)?"
    r"(?:co|gom)\s+(?:tong\s+so\s+|tong\s+cong\s+)?(?P<n>\d{1,4})\s+" + _STAFF_PEOPLE +
    r"(?!\s*(?:nu|dang\s+vien|tham\s+du|du\s+hop|co\s+mat|la\s+dai\s+bieu|dai\s+bieu|nghi|chua|da|duoc))"
    r"|\btong\s+so\s+(?:(?:can\s+bo|cong\s+chuc|vien\s+chuc|nguoi\s+lao\s+dong|giao\s+vien|cbccvc|nld)[,\s]*(?:va\s+)?)+"
    r"(?:cua\s+[^:;.\d|]{1,40}?)?(?::|la|\|)\s*(?P<n2>\d{1,4})(?![\d/,.]\d)")


def staff_count(ctx: Context) -> int | None:
    """The one count of its whole staff an agency's text gives (``_STAFF``); None when it gives none or two different
    ones, or says that some work away from the office (Law Art. 51.2.b lets them meet as delegates)."""
    key = "conflict.staff_count"
    if key not in ctx.memo:
        found = {int(m.group("n") or m.group("n2")) for p in ctx.doc.paras if p.zone in ("header", "preamble", "body")
                 for m in _STAFF.finditer(p.folded)}
        ctx.memo[key] = found.pop() if len(found) == 1 else None
    return ctx.memo[key]


#: "mới" (new) folds to the "moi" of "mỗi" (each): "nhiệm kỳ mới là 07 thành viên" is no count per unit
_NEW = re.compile(r"(?<!\w)mới(?!\w)", re.IGNORECASE)


def _each_only(s) -> str:
    """The sentence's folded text with every "mới" (new) blanked, so that only a written "mỗi" (each) makes a count a
    share (``_is_share``; s28-qt, unseen22 n12 L32: "số lượng Ban Thanh tra nhân dân xã nhiệm kỳ mới là 07 thành viên")."""
    folded, text = s.folded, s.text
    if len(text) != len(folded):
        return folded
    for m in _NEW.finditer(text):
        folded = folded[:m.start()] + "m_i" + folded[m.end():]
    return folded


def _graded_by_bound(q: dict, bounds: dict, qty: Quantity, f: Finding) -> Finding:
    """``quantity.above``: the grade of a count that breaks only the range's upper bound. Law 10/2022 Arts. 60.1, 77.1
    set the Ban Thanh tra nhân dân at "từ 03 đến 09 thành viên" and let a unit "có tính chất đặc thù hoặc hoạt động phân
    tán" have more — a record of a larger Ban may rest on that exception unstated; fewer than the floor has none: the
    rule's own grade ("gồm 02 thành viên", "từ 02 đến 05 thành viên" — its low end under the floor)."""
    if "above" not in q or "min_" not in bounds or violates(qty, min_=bounds["min_"]):
        return f
    return replace(f, severity=q["above"])


#: the words that make a stated bound a requirement — "phải được ít nhất 25% … đồng thuận … mới được gửi", "chỉ được
#: đưa ra khi có từ 20% …", "bắt buộc" — rather than one case the text describes
_REQUIRED = re.compile(r"(?<!\w)(?:phai|moi\s+(?:duoc|co\s+the|dua|gui)|chi\s+(?:duoc|khi|khi\s+co)|bat\s+buoc|"
                       r"khong\s+duoc\s+(?:dua|gui|xem\s+xet)[^;.]{0,40}?(?:neu|khi)\s+(?:chua|khong|duoi))(?!\w)")
_CLAUSE_CUTS = re.compile(r"[;\n]|\.(?!\d)")


def _graded_by_modality(q: dict, folded: str, qty: Quantity, f: Finding) -> Finding:
    """``quantity.unless_required``: the grade of a bound the text does not make a requirement. A floor above the law's
    that the clause states as necessary ("phải được ít nhất 25% tổng số hộ … đồng thuận … mới được gửi", "chỉ … khi")
    takes from citizens what the law gives them (Law 10/2022 Art. 16.3, a quy chế "không được trái hoặc hạn chế" it,
    Art. 35.2.c): the rule's own grade; stated as one case that suffices ("được ít nhất 15% … đồng thuận thì gửi") it
    denies nothing outright — a likely problem, this lower grade (s29-qt, unseen83 u83-31 L9)."""
    if "unless_required" not in q:
        return f
    start = max((m.end() for m in _CLAUSE_CUTS.finditer(folded, 0, qty.start)), default=0)
    end = next((m.start() for m in _CLAUSE_CUTS.finditer(folded, qty.end)), len(folded))
    return f if _REQUIRED.search(folded, start, end) else replace(f, severity=q["unless_required"])


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


def _calendar_bounds(q: dict, units, qty) -> dict | None:
    """``quantity.calendar_max``: a deadline in working days written in calendar days ("chậm nhất 15 ngày sau hội
    nghị") is read against the most calendar days those working days can span (05 working days: 07 days)."""
    if "calendar_max" not in q or qty.unit != "days" or "days" in units:
        return None
    return {"max_": parse_bound(q["calendar_max"])}


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


#: what may stand before the act in a carried sentence: "thời gian niêm yết", "và được niêm yết", "việc niêm yết"
_CARRY_OPENING = re.compile(r"(?:(?:thời\s+gian|thời\s+hạn|thoi\s+gian|thoi\s+han|việc|viec|được|duoc|và|va|đã|da|"
                            r"phải|phai|sẽ|se)\s*){0,3}")


def check_quantity_carried(rule: Rule, ctx: Context) -> list[Finding]:
    d = dict(rule.detect)  # ``carry`` kept: ``_sentences`` reads it (``carry: any``: the board named just above)
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
        if _sums_to(folded, t, qty, found, family):
            return True
    if qty.unit in ("members", "people") and _part_of_ratio_whole(folded, qty, found):
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


#: What opens the list of a total's parts right after it: "16 người, gồm 14 người … và 02 người …", "16 người: 14 …".
_PARTS_OPEN = re.compile(r"^\s*(?:[,:]\s*)?(?:(?:bao\s+)?gom(?:\s+co)?|trong\s+do(?:\s+(?:co|gom|la))?|cu\s+the|la)?\s*[,:]?\s*$")


def _sums_to(folded: str, total, qty, found, family: dict) -> bool:
    """``qty`` is one of the parts listed right after ``total`` ("Bên người lao động: 16 người, gồm 14 người do Công
    đoàn cơ sở cử và 02 người do nhóm đại diện đối thoại cử", lawful14 lw14-14): the counts of the same kind that follow
    the total, in the same clause, add up to it, and the first of them stands right after it (at most "gồm", "trong
    đó", ":" between). How a count relates to its parts, whatever word opens the list."""
    kind = family.get(qty.unit, qty.unit)
    after = [x for x in found if x.start >= total.end and family.get(x.unit, x.unit) == kind]
    if not after or not _PARTS_OPEN.match(folded[total.end:after[0].start]):
        return False
    acc = 0.0
    for x in after:
        if ";" in folded[total.end:x.start]:
            return False
        acc += x.value
        if x is qty or x.start >= qty.start:
            # the parts up to the quantity must not yet pass the total, and the whole list must make it up
            if acc > total.value:
                return False
            rest = [y for y in after if y.start > x.start and ";" not in folded[total.end:y.start]]
            return acc + sum(y.value for y in rest) == total.value or acc == total.value
        if acc > total.value:
            return False
    return False


#: s39-pr (unseen104 u104-34 L5): "Bên người lao động: 17/18 thành viên đại diện có mặt (Công ty có 415 lao động), gồm 14
#: người của Công đoàn cơ sở và 04 người của nhóm đại diện đối thoại" — the side's members given as those present of the
#: whole (read as a share, not a count), then its parts after "gồm" / "trong đó": the parts make up the whole (14 + 4 = 18),
#: so each is one part of the side, not its size (folded text).
_RATIO_OF_PERSONS = re.compile(r"(?<![\d.,/])\d{1,3}\s*/\s*(\d{1,3})(?![\d/])\s+(?:nguoi|thanh\s+vien|dai\s+dien|dai\s+bieu)(?!\w)")
_PARTS_CUE = re.compile(r"(?<!\w)(?:(?:bao\s+)?gom(?:\s+co)?|trong\s+do)(?!\w)")


def _part_of_ratio_whole(folded: str, qty, found) -> bool:
    """``qty`` is one of the counts listed after "gồm" that add up to the whole of a ratio "a/b thành viên" before
    it, in the same clause."""
    for m in _RATIO_OF_PERSONS.finditer(folded, 0, qty.start):
        cue = _PARTS_CUE.search(folded, m.end(), qty.start)
        if cue is None or ";" in folded[m.end():qty.start]:
            continue
        parts = [x for x in found if x.unit in ("members", "people") and x.start >= cue.end()
                 and ";" not in folded[cue.end():x.start]]
        if any(x is qty for x in parts) and sum(x.value for x in parts) == float(m.group(1)):
            return True
    return False


def ratio_wholes(folded: str, found) -> list[Quantity]:
    """The whole "b" of each ratio "a/b thành viên" whose parts are listed after it (``_part_of_ratio_whole``), as a
    count of members: the parts are not read as the side's size, the whole is."""
    out = []
    for m in _RATIO_OF_PERSONS.finditer(folded):
        parts = [x for x in found if x.unit in ("members", "people") and x.start > m.end()]
        if parts and _part_of_ratio_whole(folded, parts[0], found):
            out.append(Quantity(float(m.group(1)), "members", m.start(1), m.end()))
    return out


#: A count of representatives right before a parenthesis: "16 đại diện (", "12 thành viên đại diện (" — never a
#: workforce ("420 người lao động (Bên người lao động gồm 13 người …)" names the workers, not a total of the 13).
_PERSONS_TOTAL = re.compile(r"(?<![\d.,/])(\d{1,3})\s+(?:nguoi\s+|thanh\s+vien\s+)?(?:dai\s+dien|dai\s+bieu)\s*$")


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
