"""s27-ng: the polarity of a ``forbidden`` rule's matched span (``forbidden.restated``): a prohibition that a gap of the
pattern took in restates the law; a prohibition the pattern names is the fault; a negation followed by a consequence
is another clause's."""
from __future__ import annotations

import pytest

from checker.kinds import cue_regex
from checker.kinds.conflict.forbidden import restated

_ACT = ("re:(?:chủ\\s+tịch\\s+)?(?:ủy\\s+ban\\s+nhân\\s+dân|ubnd)\\s+xã(?:\\s+[^\\s,;.]+){0,3}?\\s+(?:ra\\s+)?"
        "(?:quyết\\s+định\\s+)?thành\\s+lập\\s+tổ\\s+soạn\\s+thảo",
        "re:ban\\s+kiểm\\s+phiếu[^;.]{0,60}?\\sdo\\s+trưởng\\s+thôn(?:\\s+[^\\s;.,]+){0,3}?\\s+chỉ\\s+định")
#: CF-820's own wording: the prohibition is the fault (Law Art. 51.2.đ lets a small unit hold the conference)
_BAN = ("re:từ\\s+0?7\\s+[^;.]{0,60}?trở\\s+xuống[^;.]{0,40}?không\\s+được\\s+(?:tổ\\s+chức|triệu\\s+tập)\\s+hội\\s+nghị",)


def _first(cues, text):
    rx = cue_regex(cues)
    key = text.lower()
    m = rx.search(key)
    assert m is not None, text
    return rx, key, m


@pytest.mark.parametrize("text", [
    "Chủ tịch UBND xã không được quyết định thành lập Tổ soạn thảo hương ước.",
    "Chủ tịch UBND xã không được tự ra quyết định thành lập Tổ soạn thảo.",
    "Chủ tịch UBND xã nghiêm cấm ra quyết định thành lập Tổ soạn thảo.",
    "Ban kiểm phiếu không được do Trưởng thôn chỉ định.",
    "Ban kiểm phiếu cuộc họp không được do Trưởng thôn tự chỉ định.",
    "chu tich ubnd xa khong duoc quyet dinh thanh lap to soan thao",
])
def test_prohibition_in_the_gap_restates(text):
    assert restated(*_first(_ACT, text))


@pytest.mark.parametrize("cues,text", [
    (_ACT, "Chủ tịch UBND xã quyết định thành lập Tổ soạn thảo hương ước."),
    # the negation is another clause's: a consequence follows it inside the span
    (_ACT, "Ban kiểm phiếu, nếu cuộc họp không được tổ chức thì do Trưởng thôn chỉ định."),
    # the pattern names the prohibition: it is the fault
    (_BAN, "Đơn vị có từ 07 người trở xuống không được tổ chức hội nghị."),
])
def test_fault_stays(cues, text):
    assert not restated(*_first(cues, text))


_FINE = ("re:thu\\s+[\\d.]+\\s+đồng[^;.]{0,60}?lao\\s+động",)


@pytest.mark.parametrize("text", [
    "Chủ tịch UBND xã đã từ chối quyết định thành lập Tổ soạn thảo hương ước.",
    "Chủ tịch UBND xã không quyết định thành lập Tổ soạn thảo hương ước.",
    "Chủ tịch UBND xã chưa ra quyết định thành lập Tổ soạn thảo.",
])
def test_refused_or_not_done(text):
    assert restated(*_first(_ACT, text))


def test_another_partys_omission_is_no_negation_of_the_act():
    # the household did not work: the fine is still set
    assert not restated(*_first(_FINE, "Thôn thu 50.000 đồng đối với hộ không tham gia lao động công ích."))


_BELIEF = ("re:theo\\s+đạo[^;.]{0,80}?không\\s+được|theo\\s+đạo[^;.]{0,80}?chia\\s+nước",)


def test_a_sanction_after_then_is_the_fault():
    # unseen37 n02 L17: «… thì không được dự lễ … và không được chia nước giếng chung» is what the quy ước imposes
    text = "Hộ nào theo đạo khác với tín ngưỡng truyền thống của buôn thì không được dự lễ cúng bến nước và không được chia nước giếng chung."
    rx = cue_regex(_BELIEF)
    key = text.lower()
    assert all(not restated(rx, key, m) for m in rx.finditer(key))


def test_a_wording_past_the_negation_does_not_count():
    # CF-181: «… thì thôn không báo cáo cơ quan chức năng và không bị xử lý …» — blanking the first «không» lets the
    # gap reach «không bị xử lý» beyond the span; only a reading inside the span counts
    cues = ("re:đã\\s+bồi\\s+thường[^.;]{0,80}?thì\\s+[^.;]{0,40}?(?:không\\s+bị\\s+xử\\s+lý|không\\s+báo\\s+cáo\\s+cơ\\s+quan)",)
    text = "Hộ đã bồi thường theo Hương ước thì thôn không báo cáo cơ quan chức năng và không bị xử lý theo pháp luật."
    assert not restated(*_first(cues, text))


def test_a_negation_before_a_turn_is_the_clause_befores():
    # CF-562: «… không gửi trước đến các hộ mà được phát … tại cuộc họp» — the «mà» clause is what was done
    cues = ("re:dự\\s+toán[^;.]{0,80}?phát(?:\\s+cho\\s+[^;.]{0,40}?)?\\s+tại\\s+cuộc\\s+họp",)
    text = "Dự toán chi tiết không gửi trước đến các hộ mà được phát cho đại diện hộ gia đình tại cuộc họp."
    assert not restated(*_first(cues, text))


_CHOOSE = ("re:trưởng\\s+thôn(?:\\s+[^\\s,;.]+){0,3}?\\s+chỉ\\s+định\\s+ban\\s+kiểm\\s+phiếu",)


@pytest.mark.parametrize("text", [
    # s28-ng: the act only proposed and the proposal turned down in the same sentence (``turned_down``)
    "Hội nghị đã bác bỏ đề nghị để Trưởng thôn chỉ định Ban kiểm phiếu.",
    "Đề nghị để Trưởng thôn chỉ định Ban kiểm phiếu không được hội nghị chấp nhận.",
    "Trưởng thôn đề nghị chỉ định Ban kiểm phiếu nhưng hội nghị không đồng ý.",
    "UBND xã không chấp nhận đề xuất để Trưởng thôn chỉ định Ban kiểm phiếu.",
    "Kiến nghị để Trưởng thôn chỉ định Ban kiểm phiếu đã bị cuộc họp bác bỏ.",
])
def test_a_proposal_turned_down_restates(text):
    assert restated(*_first(_CHOOSE, text))


@pytest.mark.parametrize("text", [
    # the act done, others disagree: still the fault
    "Trưởng thôn chỉ định Ban kiểm phiếu nhưng các hộ không đồng ý.",
    # the proposal accepted, or the rejection another clause's or sentence's
    "Trưởng thôn đề nghị chỉ định Ban kiểm phiếu và hội nghị đã đồng ý.",
    "Đề nghị để Trưởng thôn chỉ định Ban kiểm phiếu, các đề xuất khác không được thông qua.",
    "UBND xã đề nghị, Trưởng thôn chỉ định Ban kiểm phiếu; hộ không đồng ý.",
])
def test_a_proposal_not_turned_down_stays(text):
    assert not restated(*_first(_CHOOSE, text))
