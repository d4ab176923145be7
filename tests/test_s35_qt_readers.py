"""s35-qt: dates and counts read from the wrong item — a header field «Thời gian họp: …, ngày …» is no place-and-date
line, a type heading with only its date in brackets is a type heading, a count in brackets after named persons is
theirs, the Law's name «dân chủ ở cơ sở» names no Sở."""
from __future__ import annotations

import pytest

from corpus.official import type_heading
from checker.kinds.conflict.tally import _OF_PERSONS_NAMED
from checker.kinds.conflict.exclusions import _AT_GRASSROOTS
from checker.text import match_key


@pytest.mark.parametrize("text,expected", [
    ("THÔNG BÁO (ngày 05/3/2026)", ("THÔNG BÁO", "")),
    ("BÁO CÁO (tháng 6/2026)", ("BÁO CÁO", "")),
    ("BIÊN BẢN (cho thôi làm Trưởng thôn)", ("BIÊN BẢN", "(cho thôi làm Trưởng thôn)")),
    ("THÔNG BÁO", ("THÔNG BÁO", "")),
])
def test_a_type_heading_with_its_date_in_brackets(text, expected):
    assert type_heading(text) == expected


@pytest.mark.parametrize("before,theirs", [
    ("Người chứng kiến kiểm phiếu: ông Tăng Văn Bình, bà Cao Thị Lụa (đại diện ", True),
    ("giám sát kiểm phiếu: anh Lục Văn Tài, chị Bế Thị Hoa (", True),
    ("Tổng số hộ: 190; số hộ dự họp: ", False),
    ("Cuộc họp do ông Trưởng thôn chủ trì, có ", False),
])
def test_a_count_in_brackets_after_named_persons_is_theirs(before, theirs):
    assert bool(_OF_PERSONS_NAMED.search(before)) is theirs


def test_the_laws_name_is_no_department():
    key = match_key("Kết quả thực hiện dân chủ ở cơ sở năm 2025")
    assert "sở" not in _AT_GRASSROOTS.sub(lambda m: " " * len(m.group()), key).split()


def test_a_meeting_time_field_is_no_date_of_issue(store):
    from checker import check_text
    text = ("THÔN NÀ HÁT – XÃ YÊN LẠC\nTHÔNG BÁO MỜI HỌP CỘNG ĐỒNG DÂN CƯ\nThời gian họp: 20 giờ, thứ Bảy, ngày 12/9/2026\n"
            "Địa điểm: nhà văn hóa thôn\nNội dung: bàn việc làm đường nội đồng\nNgày thông báo: 07/9/2026")
    report = check_text(text, store, source_name="t")
    assert not [f for f in report.findings if f.rule == "CF-372"]


def test_the_election_date_is_not_flagged_when_the_timetable_row_is(store):
    from checker import check_text
    text = ("ỦY BAN NHÂN DÂN XÃ NÀ PHẶC\nKẾ HOẠCH bầu Trưởng thôn Khuổi Ún (ngày 02/3/2026)\nLịch thực hiện:\n"
            "| Bước | Công việc | Thời hạn |\n| 1 | Ban hành quyết định thành lập Tổ bầu cử | 20/3/2026 |\n"
            "| 2 | Họp cộng đồng dân cư bầu Trưởng thôn | 27/3/2026 |")
    import datetime
    report = check_text(text, store, doc_type="ke_hoach", as_of=datetime.date(2026, 3, 2), source_name="t")
    lines = {f.evidence.line for f in report.findings if f.rule == "CF-40"}
    assert lines == {5}
