"""Readers of session 39 (s39-cx) that hand a rule its subject: a notice's bulleted points are its body, not its title
(``corpus.official._BULLET_ITEM``); a body that holds only the signer's block is no body, so the conflict rules read
the text the layout reader put before it (``conflict.context._text_in_body``); a letter with a «V/v» line and no «Kính gửi:»
opens its text after that line."""
from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("opening", [
    "Ngày 03/3/2026, UBND xã nhận được đơn của bà về việc đóng góp làm đường.",
    "Theo biên bản cuộc họp, có 120/180 hộ tán thành mức đóng góp của thôn.",
])
def test_a_letter_without_addressees_opens_its_text_after_its_subject_line(opening):
    """unseen102 u102-12: a «V/v …» line and no «Kính gửi:» — the header ran on through the whole letter."""
    text = ("ỦY BAN NHÂN DÂN XÃ AN PHÚ | Số: 12/UBND | An Phú, ngày 10 tháng 3 năm 2026\n"
            "V/v trả lời kiến nghị của bà Lê Thị Hoa, thôn Bến\n" + opening + "\n"
            "Ủy ban nhân dân xã sẽ kiểm tra và trả lời bà trong tháng 3.\nNơi nhận: Bà Lê Thị Hoa; lưu VT.")
    doc = build_input(text, "cv.txt")
    assert [p.zone for p in doc.paras[:3]] == ["header", "header", "body"]
    assert doc.paras[1].text == "V/v trả lời kiến nghị của bà Lê Thị Hoa, thôn Bến"


def test_a_subject_line_wrapped_onto_a_capital_stays_in_the_header():
    text = ("ỦY BAN NHÂN DÂN TỈNH HÀ LAM\nSố: 45/UBND-NC\nV/v hướng dẫn tổ chức bầu Trưởng thôn,\n"
            "Tổ trưởng tổ dân phố năm 2027\nKính gửi: Ủy ban nhân dân các xã.\n"
            "Thực hiện Luật Thực hiện dân chủ ở cơ sở, Ủy ban nhân dân tỉnh hướng dẫn như sau.")
    doc = build_input(text, "cv.txt")
    subject = next(p for p in doc.paras if p.text.startswith("V/v"))
    assert subject.zone == "header" and subject.text.endswith("Tổ trưởng tổ dân phố năm 2027")
