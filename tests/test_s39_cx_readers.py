"""Readers of session 39 (s39-cx) that hand a rule its subject: a notice's bulleted points are its body, not its title
(``corpus.official._BULLETED_ITEM``); a body that holds only the signer's block is no body, so the conflict rules read
the text the layout reader put before it (``conflict.context._text_in_body``); a table row's figure is named by its own
column's header (``quantity.column_name``, ``table_header: column``)."""
from __future__ import annotations

import pytest

from checker.kinds.conflict.quantity import column_name
from checker.text import build_input

NOTICE = ("SỞ Y TẾ TỈNH HÀ LAM\nBỆNH VIỆN ĐA KHOA KHU VỰC\nSố: 12/TB-BV - Hà Lam, ngày 03 tháng 3 năm 2026\n"
          "THÔNG BÁO\nCách thức gửi phản ánh của viên chức\n"
          "- Viên chức gửi phản ánh đến Trưởng khoa hoặc Giám đốc;\n"
          "- Hòm thư góp ý do Công đoàn mở hằng tuần.\nGIÁM ĐỐC")


def test_a_bulleted_point_ends_the_title():
    doc = build_input(NOTICE, "tb.txt")
    assert doc.header.title == "Cách thức gửi phản ánh của viên chức"
    assert all(p.zone != "header" for p in doc.paras if p.text.startswith("- "))


def test_a_letters_addressees_stay_in_its_header():
    text = ("UBND XÃ AN PHÚ\nSố: 05/UBND\nV/v tổ chức hội nghị\nKính gửi:\n- Trưởng thôn Đông;\n- Trưởng thôn Tây.\n"
            "Ủy ban nhân dân xã đề nghị các thôn tổ chức hội nghị trước ngày 15/3/2026.")
    doc = build_input(text, "cv.txt")
    assert [p.zone for p in doc.paras if p.text.startswith("- ")] == ["header", "header"]


@pytest.mark.parametrize("body, holds_text", [
    (["GIÁM ĐỐC"], False),
    (["KT. CHỦ TỊCH | PHÓ CHỦ TỊCH", "Hoàng Thị Lan"], False),
    (["GIÁM ĐỐC", "(đã ký)", "Lê Văn An"], False),
    (["Các nội dung trên được đăng tải 20 ngày.", "GIÁM ĐỐC"], True),
])
def test_a_body_of_only_the_signer_is_no_body(body, holds_text):
    """unseen104 u104-23: the report's account was read as its opening and «GIÁM ĐỐC» as its whole body."""
    from types import SimpleNamespace

    from checker.kinds.conflict.context import _text_in_body
    paras = [SimpleNamespace(text=t) for t in body]
    ctx = SimpleNamespace(doc=SimpleNamespace(zone=lambda *zones: paras))
    assert _text_in_body(ctx) is holds_text


@pytest.mark.parametrize("row, column, name", [
    ("| 1 | Dự thảo | 01/3/2026 | 15 ngày |", "15 ngày", " Thời hạn góp ý "),
    ("| 1 | Dự thảo | 01/3/2026 | 15 ngày |", "01/3", " Ngày niêm yết "),
])
def test_a_figure_is_named_by_its_own_column(row, column, name):
    header = "| TT | Nội dung | Ngày niêm yết | Thời hạn góp ý |"
    assert column_name(row, header, row.index(column)) == name


def test_a_row_of_another_width_reads_the_whole_header():
    header = "| Nội dung | Thời gian niêm yết |"
    row = "| 1 | Dự thảo | 15 ngày |"
    assert column_name(row, header, row.index("15")) == header
