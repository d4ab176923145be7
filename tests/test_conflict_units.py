"""Pure helpers of the conflict rules: lead times, periods in hours and months, dates and
periods between two dates, clauses, counts that are shares (checker.quantities,
checker.dates, checker.kinds.conflict)."""
from __future__ import annotations

from datetime import date

import pytest

from checker.dates import days_between, find_dates, find_spans
from checker.kinds.conflict import _is_share, clauses
from checker.quantities import find_quantities, in_days, violates
from checker.subject import commune_office
from checker.text import build_input, fold_keep_length


def _q(text):
    return find_quantities(fold_keep_length(text).lower())


@pytest.mark.parametrize("text,lo,hi,lead", [
    ("thông báo chậm nhất 03 ngày trước khi tổ chức cuộc họp", 3, None, True),  # at least 3 days before
    ("ít nhất 02 ngày trước khi tổ chức cuộc họp", 2, None, True),
    ("thông báo trước 01 ngày", None, None, True),
    ("chậm nhất 05 ngày làm việc kể từ ngày có quyết định", None, 5, False),  # a deadline
    ("không chậm hơn 03 tháng của năm công tác tiếp theo", None, 3, False),
    ("khuyến khích niêm yết sớm hơn, ví dụ 10 ngày", None, None, True),  # how much earlier
    ("niêm yết sớm hơn 05 ngày", None, None, True),
    ("gửi trước buổi đối thoại 02 ngày làm việc", None, None, True),
    ("thông báo trước khi tiến hành kiểm tra 03 ngày làm việc", None, None, True),
    ("niêm yết trong 10 ngày, sớm hơn kế hoạch", None, None, False),  # a duration; "sớm hơn" after it
])
def test_lead_times_and_deadlines(text, lo, hi, lead):
    q = _q(text)[0]
    assert (q.lo, q.hi, q.lead) == (lo, hi, lead)


def test_lead_time_of_at_least_three_days_meets_a_two_day_minimum():
    assert not violates(_q("chậm nhất 03 ngày trước khi họp")[0], min_=2)
    assert violates(_q("thông báo trước 01 ngày")[0], min_=2)


def test_a_minimum_is_not_compared_with_a_deadline():
    assert not violates(_q("ít nhất là 20 ngày kể từ ngày công khai")[0], max_=15)
    assert violates(_q("chậm nhất là 30 ngày kể từ ngày có quyết định")[0], max_=15)


def test_hours_and_months_as_days():
    h = in_days(_q("gửi giấy mời trước 24 giờ")[0], lenient_high=True)
    assert h.value == 1 and h.lead
    m = _q("trong vòng 01 tháng")[0]
    assert in_days(m, lenient_high=False).value == 28 and in_days(m, lenient_high=True).value == 31
    assert _q("lúc 07 giờ 30 phút") == [] and _q("trước 17 giờ ngày 05/5") == []  # clock time, date


def test_spelled_numbers_bảy_and_a_digit_repeat_after_the_word():
    assert [(q.value, q.unit) for q in _q("Ban gồm bảy thành viên")] == [(7.0, "members")]
    assert [(q.value, q.unit) for q in _q("Ban gồm bảy (07) thành viên")] == [(7.0, "members")]
    assert [(q.value, q.unit) for q in _q("trong hai mươi bảy ngày")] == [(27.0, "days")]
    assert [(q.value, q.unit) for q in _q("ba ngày")] == [(3.0, "days")]


def test_dates_and_spans():
    f = fold_keep_length("Quyết định số 03/QĐ-UBND ngày 05/01/2026; họp ngày 26 tháng 4 năm 2026.").lower()
    assert [d.value for d in find_dates(f)] == [date(2026, 1, 5), date(2026, 4, 26)]
    assert find_dates("ngay 31/02/2026") == []
    s = find_spans(fold_keep_length("niêm yết từ ngày 02/9/2024 đến hết ngày 08/10/2024").lower())
    assert [x.days for x in s] == [37]  # both ends counted
    spans = lambda t: [(x.first, x.days) for x in find_spans(fold_keep_length(t).lower())]  # noqa: E731
    # a name of the first date in parentheses; a first date without its year or month
    assert spans("từ ngày 15/9/2026 (ngày công khai dự thảo) đến hết ngày 28/9/2026") == [(date(2026, 9, 15), 14)]
    assert spans("từ ngày 15/9 đến hết ngày 28/9/2026") == [(date(2026, 9, 15), 14)]
    assert spans("từ ngày 05 đến hết ngày 24 tháng 8 năm 2024") == [(date(2024, 8, 5), 20)]
    assert spans("từ ngày 20/12 đến ngày 10/01/2027") == [(date(2026, 12, 20), 22)]
    # lists of days, ranges of people or years are no spans
    assert spans("họp vào các ngày 06, 07 và 08/9/2024") == []
    assert spans("Ban kiểm phiếu từ 03 đến 05 người; nhiệm kỳ từ 2021 - 2026") == []
    assert days_between(date(2026, 1, 5), date(2026, 3, 25)) == 79
    assert days_between(date(2026, 4, 20), date(2026, 4, 26)) == 6


def test_dates_in_words():
    from checker.text import Para

    def read(t):
        return [d.value for d in find_dates(Para(1, t, 1, 1, "body", "", "", (0,), (1,)).folded)]
    assert read("Quyết định số 41/QĐ-UBND ngày mười lăm tháng ba năm 2026 của Chủ tịch") == [date(2026, 3, 15)]
    # a year in words is not the year 2000 read from its first words
    assert read("vào hồi tám giờ ngày hai mươi tám tháng sáu năm hai nghìn không trăm hai mươi sáu") == [date(2026, 6, 28)]
    assert read("ngày 28 tháng 6 năm hai nghìn không trăm hai mươi sáu") == [date(2026, 6, 28)]
    assert read("ngày mồng một tháng mười hai năm 2025; ngày hai mươi mốt tháng năm năm 2026") == [
        date(2025, 12, 1), date(2026, 5, 21)]
    assert read("ngay hai muoi tu thang tu nam hai nghin khong tram hai muoi sau") == [date(2026, 4, 24)]
    # no calendar date, a lunar month, words that are no date
    assert read("ngày ba mươi mốt tháng hai năm 2026") == []
    assert read("ngày mồng một tháng Giêng năm 2026") == []
    assert read("trong năm ngày của tháng này năm 2026; mỗi tháng hai lần") == []


def test_clauses_split_at_semicolons():
    t = "từ hai phần ba trở lên tán thành; các nội dung khác trên 50%"
    assert [t[a:b].strip() for a, b in clauses(t)] == ["từ hai phần ba trở lên tán thành",
                                                      "các nội dung khác trên 50%"]


@pytest.mark.parametrize("text,share", [
    ("Ban Thanh tra nhân dân phường gồm 22 thành viên, mỗi tổ dân phố bầu 01 thành viên", [False, True]),
    ("bảo đảm mỗi thôn có ít nhất 01 thành viên Ban Thanh tra nhân dân", [True]),
    ("gồm: 01 thành viên Ban Thanh tra nhân dân và 03 đại diện người dân", [True]),
    ("Ban Thanh tra nhân dân xã gồm 03 thành viên.", [False]),
])
def test_counts_per_unit_or_of_another_body_are_not_totals(text, share):
    f = fold_keep_length(text).lower()
    qs = [q for q in find_quantities(f) if q.unit == "members"]
    assert [_is_share(f, q) for q in qs] == share


@pytest.mark.parametrize("texts,count", [
    (["Quy chế thực hiện dân chủ ở phường Vọng Hải (phường có 09 tổ dân phố)."], 9),
    (["Trên địa bàn xã có 12 thôn, 3.400 hộ gia đình."], 12),
    (["Các xã có 45 thôn."], None),  # a province's text: no one commune's count
    (["Mỗi xã có 10 thôn."], None),
    (["Xã Cẩm Triều được thành lập trên cơ sở nhập xã Cẩm An có 07 thôn và xã Cẩm Hà có 09 thôn."], None),
    (["Ban Thanh tra nhân dân gồm 07 thành viên."], None),
])
def test_commune_unit_count(texts, count):
    from checker.kinds.conflict import commune_units

    assert commune_units(fold_keep_length(t).lower() for t in texts) == count


@pytest.mark.parametrize("text,label", [
    ("Người triệu tập và chủ trì: ông A, Tổ trưởng tổ dân phố số 7.", True),
    ("Chủ trì cuộc họp: bà B, Trưởng ban công tác Mặt trận.", True),
    ("Trưởng thôn triệu tập và chủ trì cuộc họp.", False),
    ("Cuộc họp do Trưởng ban công tác Mặt trận chủ trì, Trưởng thôn tham dự.", False),
    ("Chủ trì, điều hành hội nghị: bà B, Trưởng ban công tác Mặt trận.", True),
    ("Người triệu tập, chủ trì và ký biên bản: ông A, Trưởng thôn.", False),
    ("Người triệu tập, chủ trì và ký: ông A, Trưởng thôn.", True),
])
def test_label_form_of_convener(text, label):
    import re

    from checker.kinds.conflict import label_tail
    from checker.ruledata import load_lexicon
    from checker.text import match_key

    tail = label_tail(load_lexicon())  # s27-ls: the label's acts are the lexicon's
    for t in (text, fold_keep_length(text)):
        key = match_key(t)
        verbs = [m for m in re.finditer(r"triệu tập|chủ trì|trieu tap|chu tri", key)]
        assert any(tail.match(key, m.end()) for m in verbs) == label


def test_fewest_workdays_never_counts_more_than_there_were():
    from datetime import date

    from checker.dates import fewest_workdays

    # Tuesday 24/3/2026 → Thursday 09/4/2026: 12 weekdays after the day of receipt, no holiday near
    assert fewest_workdays(date(2026, 3, 24), date(2026, 4, 9)) == 12
    assert fewest_workdays(date(2026, 3, 24), date(2026, 3, 31)) == 5
    # over Tết 2026 (17/02): the days off around it are left out, so 14 calendar days give no finding
    assert fewest_workdays(date(2026, 2, 10), date(2026, 2, 24)) == 0
    # around 30/4 - 01/5 the swapped days may be off too
    assert fewest_workdays(date(2026, 4, 24), date(2026, 5, 8)) <= 6
    # a year whose lunar holidays are not known: nothing is said
    assert fewest_workdays(date(2031, 3, 2), date(2031, 3, 20)) is None
    assert fewest_workdays(date(2026, 3, 20), date(2026, 3, 20)) is None



@pytest.mark.parametrize("issuer,title,expected", [
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG ĐIỀN LỘC", "KẾ HOẠCH\nTổ chức Hội nghị cán bộ, công chức, người lao động năm 2026", True),
    ("ỦY BAN NHÂN DÂN\nXÃ TÂN KHÊ", "BÁO CÁO\nKết quả bầu Ban Thanh tra nhân dân cơ quan nhiệm kỳ 2025-2027", True),
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG ĐIỀN LỘC", "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở năm 2025", False),
    ("ỦY BAN NHÂN DÂN\nXÃ TÂN KHÊ", "KẾ HOẠCH\nTổ chức hội nghị cán bộ, công chức và đối thoại với Nhân dân năm 2026", False),
    ("TRƯỜNG THCS HÒA MỸ", "KẾ HOẠCH\nTổ chức Hội nghị viên chức, người lao động năm học 2026-2027", False),
])
def test_the_commune_office_as_a_workplace_is_known_by_issuer_and_title(issuer, title, expected):
    """checker.subject.commune_office: the UBND xã / phường's own office (Law Chapter III), not the commune's people;
    a school is read by the workplace rules anyway."""
    doc = build_input(f"{issuer}                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 06/KH-UBND\n\n{title}\n\n"
                      "1. Thời gian: ngày 15/4/2026.")
    assert commune_office(doc) is expected


def test_a_cues_punctuation_may_follow_a_space():
    """A plain cue's word ending in a mark ("họ tên, đơn vị") reads a text that spaces the mark ("họ tên , đơn vị",
    the phrasing bench's `spaces` family), never a text without the mark."""
    from checker.kinds import any_cue
    assert any_cue("công bố họ tên , đơn vị của người tố cáo", ["họ tên, đơn vị"])
    assert any_cue("công bố họ tên, đơn vị của người tố cáo", ["họ tên, đơn vị"])
    assert not any_cue("công bố họ tên đơn vị của người tố cáo", ["họ tên, đơn vị"])


# s22-cf: a list item read with its lead-in; exclude cues in a replaced measure

@pytest.mark.parametrize("lead,forbids", [
    ("hương ước không được quy định các nội dung sau", True),
    ("nghiêm cấm các hình thức xử lý sau đây", True),
    ("trưởng thôn không được", True),
    ("các hành vi bị cấm", True),
    ("hộ không chấp hành thì bị thôn", False),  # the items are the negation's consequence, not its object
    ("trưởng thôn có nhiệm vụ", False),
    ("các hộ cam kết", False),  # "cam" is no "cấm"
])
def test_a_prohibiting_lead_in(lead, forbids):
    from checker.kinds.conflict.acts import read_lead
    assert read_lead(lead).forbids is forbids


@pytest.mark.parametrize("key,excluded", [
    ("bị thôn phạt 2.000.000 đồng, thay cho việc lập biên bản xử phạt của cơ quan có thẩm quyền.", False),
    ("trưởng thôn báo cơ quan có thẩm quyền xử lý.", True),
    ("các hình thức này không thay thế việc xử lý của cơ quan có thẩm quyền.", True),  # a negated replacement
    ("cơ quan có thẩm quyền xử phạt thay cho thôn.", True),  # the cue before the replacing words
])
def test_an_exclude_cue_in_the_replaced_measure(key, excluded):
    from checker.kinds.conflict import _excluded_outside_replaced
    assert _excluded_outside_replaced(key, ("cơ quan có thẩm quyền",)) is excluded


def test_the_replacing_word_itself_may_be_the_exclude_cue():
    from checker.kinds.conflict import _excluded_outside_replaced
    assert _excluded_outside_replaced("họp toàn thôn thay vì họp theo cụm dân cư.", ("thay vì",))


def _lead(text, line):
    import argparse
    from bench.silent_stages import document_context
    from checker.kinds import conflict
    from ui.common import open_store
    ctx = document_context(text, open_store(argparse.Namespace(kb=None), ensure=True), "x", "huong_uoc")
    s = next(s for s in conflict.joined_sentences(ctx, ("body",)) if s.para.line_at(s.start) == line)
    return conflict.list_lead_in(ctx, s)


def test_the_lead_in_of_a_list_item_past_its_siblings():
    text = ("HƯƠNG ƯỚC THÔN A\n\nĐiều 11. Hộ vi phạm quy định tại Điều 6 thì bị tổ dân phố:\n- nhắc nhở lần đầu;\n"
            "+ tại cuộc họp tổ;\n- thu 500.000 đồng nếu tái phạm.")
    assert _lead(text, 4)[0] == "Hộ vi phạm quy định tại Điều 6 thì bị tổ dân phố"
    assert _lead(text, 5) is None  # "+" under "- nhắc nhở lần đầu;" (no colon)
    assert _lead(text, 6) is None  # a "+" item between: read conservatively, no lead-in
    text = text.replace("+ tại cuộc họp tổ;\n", "- phê bình tại cuộc họp tổ;\n")
    assert _lead(text, 6)[0] == "Hộ vi phạm quy định tại Điều 6 thì bị tổ dân phố"  # past its siblings


def test_items_on_the_lead_ins_own_line():
    text = "HƯƠNG ƯỚC THÔN A\n\nĐiều 3. Trưởng thôn có trách nhiệm: a) triệu tập cuộc họp; b) lập Ban kiểm phiếu."
    assert _lead(text, 3) is None or _lead(text, 3)[0] == "Trưởng thôn có trách nhiệm"


@pytest.mark.parametrize("text, part, expected", [
    # s26-qt (lawful14 lw14-14): the total, then its parts after "gồm", adding up to it
    ("Bên người lao động: 16 người, gồm 14 người do Công đoàn cơ sở cử và 02 người do nhóm đại diện cử.", 2, True),
    ("Bên người lao động: 16 người, gồm 14 người do Công đoàn cơ sở cử và 02 người do nhóm đại diện cử.", 14, True),
    ("Bên người lao động có 20 người: 17 người là đoàn viên và 03 người không là đoàn viên.", 3, True),
    # the counts after it do not make it up: no breakdown
    ("Bên người lao động: 16 người, gồm 04 người do Công đoàn cơ sở cử.", 4, False),
    # another clause: no part
    ("Ban Thanh tra nhân dân có 16 người; bên người lao động gồm 02 người.", 2, False),
])
def test_parts_listed_after_their_total(text, part, expected):
    from checker.kinds.conflict.quantity import is_part_of_total
    p = build_input(text).paras[0]
    found = find_quantities(p.folded, p.key)
    qty = next(q for q in found if q.value == part)
    assert is_part_of_total(p.folded, qty, found) is expected


@pytest.mark.parametrize("text, short", [
    # s27-qt (unseen80 u80-07): the shortfall the text records, which opens the ballot (Decree 61/2023 Art. 10.2.a)
    ("cuộc họp ngày 09/3/2025 chỉ có đại diện 87/212 hộ tham dự (41,0%), không đủ tỷ lệ để thông qua quy ước tại cuộc họp "
     "nên tổ dân phố tổ chức phát phiếu", True),
    ("chỉ có 96/230 hộ dự họp, bằng 41,7%, chưa đạt tỷ lệ quy định nên trưởng thôn tổ chức phát phiếu", True),
    ("dự thảo niêm yết 21 ngày, ngắn hơn thời hạn quy định nên ubnd xã không công nhận", True),
    # … not a bound the text sets, nor a shortfall it goes on regardless of, nor one in another clause
    ("hương ước được thông qua khi có từ 40% số hộ tán thành, nếu không đủ tỷ lệ thì phát phiếu", False),
    ("cuộc họp chỉ có 41,7% số hộ tham dự, không đủ tỷ lệ nhưng vẫn biểu quyết thông qua hương ước", False),
    ("có 41,7% số hộ tham dự; cuộc họp trước không đủ tỷ lệ", False),
    ("có 41,7% số hộ tham dự, không đủ 50% tổng số hộ", False),
])
def test_a_figure_the_text_says_falls_short(text, short):
    from checker.kinds.conflict.quantity import _stated_short
    folded = fold_keep_length(text).lower()
    q = [x for x in find_quantities(folded, folded) if x.unit in ("percent", "days")][0]
    assert _stated_short(folded, q) is short


# s28-qt: the whole staff an agency's text gives (Law Art. 51.2.a) and the delegates a conference is made of
@pytest.mark.parametrize("text,expected", [
    ("Văn phòng hiện có 87 CBCCVC, NLĐ (61 công chức, 19 viên chức, 05 người lao động), toàn bộ làm việc tại trụ sở.", [87]),
    ("Trường có 52 viên chức, người lao động.", [52]),
    ("Tổng số cán bộ, công chức, viên chức, người lao động của Sở: 64 người.", [64]),
    ("Trường có 21 viên chức nữ.", []),  # a part of the staff
    ("Các phòng có 12 người.", []),  # the parts, not the agency
    ("Hội nghị có 40 đại biểu có mặt.", []),
])
def test_the_whole_staff_of_an_agency(text, expected):
    from checker.kinds.conflict.quantity import _STAFF
    folded = fold_keep_length(text).lower()
    assert [int(m.group("n") or m.group("n2")) for m in _STAFF.finditer(folded)] == expected


@pytest.mark.parametrize("text,expected", [
    ("hội nghị đại biểu gồm 40 đại biểu do các phòng cử", [40]),
    ("triệu tập 30 đại biểu", [30]),
    ("có 40 đại biểu có mặt", []),  # those present, not those summoned
    ("gồm 40 đại biểu tham dự", []),
])
def test_the_delegates_a_conference_is_made_of(text, expected):
    from checker.kinds.conflict.quantity import _DELEGATES
    folded = fold_keep_length(text).lower()
    assert [int(m.group("n")) for m in _DELEGATES.finditer(folded)] == expected


@pytest.mark.parametrize("text,severity", [
    ("gồm 02 thành viên", "lỗi"),  # under the floor: no exception
    ("gồm từ 02 đến 05 thành viên", "lỗi"),  # the range's low end under the floor
    ("gồm 11 thành viên", "cảnh báo"),  # over the ceiling: the Law's exception may apply
    ("gồm từ 03 đến 11 thành viên", "cảnh báo"),
])
def test_a_count_is_graded_by_the_bound_it_breaks(text, severity):
    from checker.kinds.conflict.quantity import _graded_by_bound
    from checker.model import Evidence, Finding
    q = _q(text)[0]
    bounds = {"min_": 3.0, "max_": 9.0}
    assert violates(q, **bounds)
    f = Finding("CF-326", "conflict", "lỗi", "", "", Evidence(text, 1))
    assert _graded_by_bound({"range": [3, 9], "above": "cảnh báo"}, bounds, q, f).severity == severity
    assert _graded_by_bound({"range": [3, 9]}, bounds, q, f).severity == "lỗi"  # no ``above``: the rule's grade


@pytest.mark.parametrize("text,share", [
    ("số lượng Ban Thanh tra nhân dân xã nhiệm kỳ mới là 07 thành viên", False),  # "mới" (new) is no "mỗi" (each)
    ("mỗi thôn bầu 01 thành viên", True),
])
def test_only_a_written_each_makes_a_count_a_share(text, share):
    from types import SimpleNamespace
    from checker.kinds.conflict.quantity import _each_only
    s = SimpleNamespace(text=text, folded=fold_keep_length(text).lower())
    q = next(x for x in _q(text) if x.unit == "members")
    assert _is_share(_each_only(s), q) is share
