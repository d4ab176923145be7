"""s28-ctx: a member list whose lead-in names no body takes the body from the heading it stands under
(``checker.kinds.role_concurrency.lists._heading_of_lead``) — its own structure only: a sibling item's body never
leaks into the next list, a list of those attending is no list of members."""
from __future__ import annotations

import argparse

import pytest


@pytest.fixture(scope="module")
def store():
    from ui.common import open_store
    return open_store(argparse.Namespace(kb=None), ensure=True)


HEAD = ("CÔNG TY TNHH MTV XỔ SỐ KIẾN THIẾT HÒA XUYÊN\nBIÊN BẢN\nHỘI NGHỊ NGƯỜI LAO ĐỘNG NĂM 2025\n\n"
        "II. NỘI DUNG\n")


def _lines(store, text):
    from checker.engine import check_text
    from checker.rules import catalogue
    rules = [r for r in catalogue() if r.id == "RL-31"]
    report = check_text(text, store, doc_type=None, as_of=None, source_name="x", rules=rules)
    return sorted(f.evidence.line for f in report.findings if f.rule == "RL-31")


def test_the_lead_in_takes_the_body_of_its_heading(store):
    text = HEAD + ("5. Bầu Ban Thanh tra nhân dân nhiệm kỳ 2025 - 2028.\n"
                   "Ban Chấp hành Công đoàn giới thiệu 03 người; Hội nghị biểu quyết, cả 03 người trúng cử:\n"
                   "   - Ông Hà Văn Lộc, công nhân;\n"
                   "   - Bà Triệu Thị Mến, Kế toán trưởng Công ty;\n")
    assert _lines(store, text) == [9]


def test_a_heading_and_lead_in_joined_into_one_paragraph(store):
    text = HEAD + ("IV. BẦU BAN THANH TRA NHÂN DÂN (nhiệm kỳ 2025-2027)\n"
                   "Theo đề nghị của Ban Chấp hành Công đoàn cơ sở, hội nghị bầu 05 thành viên:\n"
                   "1. Ông Tạ Văn Cừ - tổ trưởng xưởng cắt - 138 phiếu\n"
                   "2. Bà Hứa Thị Mận - Kế toán trưởng Công ty - 127 phiếu\n")
    assert _lines(store, text) == [9]


def test_a_sibling_items_body_never_leaks(store):
    text = HEAD + ("5. Bầu Ban Thanh tra nhân dân nhiệm kỳ 2025 - 2028.\n"
                   "Hội nghị bầu 02 thành viên:\n"
                   "   - Ông Hà Văn Lộc, công nhân;\n"
                   "   - Bà Sầm Thị Yến, nhân viên phòng Phát hành.\n"
                   "6. Bầu đại biểu dự Đại hội Công đoàn cấp trên.\n"
                   "Hội nghị bầu 02 người, cả 02 người trúng cử:\n"
                   "   - Bà Triệu Thị Mến, Kế toán trưởng Công ty;\n"
                   "   - Ông Lường Văn Dũng, tổ trưởng.\n")
    assert _lines(store, text) == []


def test_a_list_below_another_list_takes_no_heading(store):
    text = HEAD + ("5. Bầu Ban Thanh tra nhân dân nhiệm kỳ 2025 - 2028.\n"
                   "   - Ông Hà Văn Lộc, công nhân;\n"
                   "Hội nghị bầu 02 người, cả 02 người trúng cử:\n"
                   "   - Bà Triệu Thị Mến, Kế toán trưởng Công ty;\n")
    assert _lines(store, text) == []


def test_those_attending_are_no_members(store):
    text = HEAD + ("5. Ban Thanh tra nhân dân báo cáo hoạt động năm 2024.\n"
                   "Thành phần tham dự gồm 03 thành viên:\n"
                   "   - Bà Triệu Thị Mến, Kế toán trưởng Công ty;\n")
    assert _lines(store, text) == []


def test_another_group_listed_under_the_heading(store):
    text = HEAD + ("5. Bầu Ban Thanh tra nhân dân nhiệm kỳ 2025 - 2028.\n"
                   "Hội nghị biểu quyết cử Ban kiểm phiếu gồm 03 người:\n"
                   "   - Bà Triệu Thị Mến, Kế toán trưởng Công ty;\n"
                   "   - Ông Hà Văn Lộc, công nhân.\n")
    assert _lines(store, text) == []


def test_a_numbered_lead_in_is_its_own_heading(store):
    text = HEAD + ("4. Bầu Ban Thanh tra nhân dân nhiệm kỳ 2025 - 2028 bằng bỏ phiếu kín.\n"
                   "5. Bầu đại biểu dự Đại hội Công đoàn cấp trên, cả 02 người trúng cử:\n"
                   "   - Bà Triệu Thị Mến, Kế toán trưởng Công ty;\n"
                   "   - Ông Hà Văn Lộc, công nhân.\n")
    assert _lines(store, text) == []
