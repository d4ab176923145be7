"""s29-qt: the quantity and date readers' classes — which side of a dialogue a count belongs to, a lead told as the
event then the period, a bound the text makes a requirement, what a notice's own sentence publishes."""
from __future__ import annotations

import pytest

from checker.kinds import cue_regex
from checker.kinds.conflict.dates import _published_objects
from checker.kinds.conflict.quantity import _graded_by_modality, _of_side
from checker.model import Evidence, Finding
from checker.quantities import find_quantities
from checker.text import fold_keep_length, match_key

SIDE = {"of": ["bên người lao động", "phía người lao động"],
        "other": ["bên người sử dụng lao động", "bên Công ty", "phía doanh nghiệp"]}


def _qs(text):
    return find_quantities(fold_keep_length(text).lower(), match_key(text))


@pytest.mark.parametrize("text,value,mine", [
    ("bên người lao động gồm 21 thành viên, bên Công ty gồm 05 người do Giám đốc dẫn đầu", 21, True),
    ("bên người lao động gồm 21 thành viên, bên Công ty gồm 05 người do Giám đốc dẫn đầu", 5, False),
    ("Đại diện bên người sử dụng lao động: 03 người, gồm Tổng Giám đốc", 3, False),
    ("Bên người sử dụng lao động gồm 03 người; bên người lao động gồm 05 người", 5, True),
    ("Thành phần gồm 02 người của phía doanh nghiệp và 14 người đại diện bên người lao động", 2, False),
    ("Số thành viên tham gia đối thoại gồm 09 người", 9, True),  # no side named: the rule's own
])
def test_a_count_belongs_to_the_side_named_before_it(text, value, mine):
    key = match_key(text)
    q = next(x for x in _qs(text) if x.value == value)
    assert _of_side(key, q, SIDE) is mine


@pytest.mark.parametrize("text,lead", [
    ("thông báo kế hoạch giám sát cho chủ đầu tư ngày 18/9/2025, trước ngày bắt đầu giám sát 18 ngày", True),
    ("gửi Ban quản lý dự án trước ngày thực hiện 30 ngày", True),
    ("trước ngày bắt đầu thực hiện giám sát 45 ngày", True),
    ("giám sát trong 18 ngày", False),
])
def test_a_lead_told_as_the_event_then_the_period(text, lead):
    q = [x for x in _qs(text) if x.unit == "days"][-1]
    assert q.lead is lead


def _finding():
    return Finding(rule="CF-380", kind="conflict", severity="lỗi", title="", message="",
                   evidence=Evidence(line=1, text=""), basis=())


@pytest.mark.parametrize("text,severity", [
    ("công dân có sáng kiến thì phải được ít nhất 25% tổng số hộ gia đình đồng thuận mới được gửi đến Trưởng thôn", "lỗi"),
    ("sáng kiến chỉ được đưa ra cộng đồng dân cư khi có ít nhất 20% tổng số hộ đồng thuận", "lỗi"),
    ("sáng kiến được ít nhất 15% tổng số hộ gia đình đồng thuận thì gửi Trưởng thôn", "cảnh báo"),
    ("Trưởng thôn phải tổ chức cuộc họp; sáng kiến được ít nhất 15% số hộ đồng thuận thì gửi Trưởng thôn", "cảnh báo"),
])
def test_a_floor_made_a_requirement_keeps_the_rules_grade(text, severity):
    folded = fold_keep_length(text).lower()
    q = next(x for x in find_quantities(folded) if x.unit == "percent")
    f = _finding()
    assert _graded_by_modality({"unless_required": "cảnh báo"}, folded, q, f).severity == severity


@pytest.mark.parametrize("text,n", [
    ("Công ty thông báo công khai lần đầu nội dung Quyết định số 88/QĐ-XSKT ngày 08/10/2025", 1),
    ("Công ty công khai toàn văn Quyết định số 12/QĐ-CT ngày 02/3/2026", 1),
    ("Công ty công khai theo Quyết định số 61/QĐ-XSKT ngày 12/8/2026 các nội dung sau", 0),
    ("Thực hiện Quyết định số 05/QĐ-CT ngày 10/3/2024 về công khai thông tin", 0),
])
def test_what_a_notice_sentence_publishes(text, n):
    key = match_key(text)
    first = cue_regex(("re:(?:quyết\\s+định|văn\\s+bản)\\s+số",))
    second = cue_regex(("công khai",))
    assert len(list(_published_objects(key, second, first))) == n
