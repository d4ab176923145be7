"""s38-fb: a type heading in capitals with its subject in lower case on the same line («THÔNG BÁO về việc …») is the
document's heading, and the text under it is the body — before, the header reader ran on to the closing and no rule
read the notice's sentences (checker_unseen102 u102-03, -22, -26)."""
from __future__ import annotations

import pytest

from corpus.official import subject_heading, type_heading, unwrap
from checker.text import build_input


@pytest.mark.parametrize("text,expected", [
    ("THÔNG BÁO về việc họp bàn mức đóng góp", ("THÔNG BÁO", "về việc họp bàn mức đóng góp")),
    ("QUYẾT ĐỊNH về việc công nhận Trưởng thôn", ("QUYẾT ĐỊNH", "về việc công nhận Trưởng thôn")),
    ("NGHỊ QUYẾT về nhiệm vụ năm 2026", ("NGHỊ QUYẾT", "về nhiệm vụ năm 2026")),
    ("Thông báo về việc họp thôn", None),  # a sentence, not a heading
])
def test_a_type_heading_with_its_subject_in_lower_case(text, expected):
    assert type_heading(text) == expected


def test_the_subject_heading_is_a_paragraph_of_its_own():
    paras = unwrap("ỦY BAN NHÂN DÂN XÃ BÌNH AN | Số: 92/TB-UBND | Bình An, ngày 03/12/2025\n"
                   "THÔNG BÁO về việc tự di dời vật kiến trúc\n"
                   "Qua rà soát, 23 hộ dân có mái che lấn vào hành lang bảo vệ kênh.\n")
    assert [p.line for p in paras] == [1, 2, 3]
    assert subject_heading(paras[1].text) and not subject_heading(paras[2].text)


def test_the_notice_under_its_subject_heading_is_body():
    doc = build_input("ỦY BAN NHÂN DÂN XÃ PHÚ HƯNG | Số: 40/TB-UBND | Phú Hưng, ngày 30 tháng 10 năm 2025\n"
                      "THÔNG BÁO về việc giải quyết kiến nghị tuyến đường liên thôn\n"
                      "UBND xã đã tiếp nhận 14 đơn kiến nghị của các hộ dân.\n"
                      "UBND xã sẽ tổ chức đối thoại với các hộ có đơn.\n"
                      "Nơi nhận: Các hộ có đơn; lưu VT.\n"
                      "TM. UBND XÃ | CHỦ TỊCH | Lâm Thị Thu\n")
    zones = {p.line: p.zone for p in doc.paras}
    assert zones[3] == zones[4] == "body"
    assert doc.header.doc_type == "Thông báo"
