"""Spelled numbers read as digits in the matching key, in place (``checker.quantities.spelled_number_spans``)."""
from __future__ import annotations

import pytest

from checker.quantities import find_quantities
from checker.text import build_input, match_key


@pytest.mark.parametrize("text, key", [
    ("chậm nhất năm ngày trước ngày tổ chức cuộc họp bầu", "chậm nhất 5   ngày trước ngày tổ chức cuộc họp bầu"),
    ("tối thiểu mười lăm ngày", "tối thiểu 15       ngày"),
    ("gồm bảy thành viên", "gồm 7   thành viên"),
    ("hai mươi mốt ngày", "21           ngày"),
    ("hai mươi tư giờ", "24          giờ"),
    ("một trăm linh năm hộ", "105               hộ"),
    ("một trăm tám mươi bảy hộ", "187                   hộ"),
    ("một nghìn hai trăm người", "1200               người"),
    ("trong thời gian hai mươi (20) ngày", "trong thời gian 20            ngày"),
    ("từ ba đến năm thành viên", "từ 3  đến 5   thành viên"),
    ("khi có từ hai phần ba tổng số", "khi có từ         2/3 tổng số"),
    ("ba phần tư số hộ", "       3/4 số hộ"),
    # s37: a share of all of them, "nhà văn hóa tám phần tám thôn" (IC-06 reads its base, 8)
    ("nhà văn hóa tám phần tám thôn", "nhà văn hóa          8/8 thôn"),
    ("trên năm mươi phần trăm số phiếu", "trên                50% số phiếu"),
    ("đạt 50 phần trăm", "đạt          50%"),
])
def test_spelled_numbers_become_digits(text, key):
    assert match_key(text) == key
    assert len(match_key(text)) == len(text)


@pytest.mark.parametrize("text", [
    "mỗi năm một lần", "hằng năm", "trong năm người lao động", "điều mười", "số năm", "tháng năm", "lần thứ hai",
    "ba mẹ", "một số nội dung", "năm học", "năm thành lập", "năm trước", "sau mười ngày tổ chức",
    "một nửa số hộ",  # read by the rules' own words and by find_quantities (50 %, not more than half)
    "hai triệu đồng",  # money is not read
    "năm phần bốn",  # an improper fraction is no share
])
def test_ordinary_words_stay(text):
    """"năm" the year, "sau" (after, not "sáu"), names and ordinals keep their words."""
    key = match_key(text)
    assert key.replace("10  ", "mười") == text, key


def test_unaccented_text_keeps_its_words():
    assert match_key("cham nhat nam ngay") == "cham nhat nam ngay"


def test_quantities_read_long_spelled_numbers():
    doc = build_input("Thôn có một trăm tám mươi bảy hộ; niêm yết chậm nhất mười lăm ngày trước ngày họp.")
    p = doc.paras[0]
    got = [(q.value, q.unit) for q in find_quantities(p.folded, p.key)]
    assert (187.0, "households") in got and (15.0, "days") in got


def test_numbered_text_keeps_case_and_offsets():
    doc = build_input("Ban Thanh tra nhân dân gồm Bảy thành viên: 01 Trưởng ban, một Phó Trưởng ban.")
    p = doc.paras[0]
    assert len(p.numbered) == len(p.text) and "7   thành viên" in p.numbered and "1   Phó Trưởng ban" in p.numbered


@pytest.mark.parametrize("text", [
    "Sau khi thống nhất với Ban Chấp hành Công đoàn Trung tâm ngày 16/01/2026, Giám đốc ban hành Kế hoạch.",
    "Hội nghị tạm ngừng; Bà con có mặt đông đủ.",
    "Ông Lò Văn Bày ngày 05/3/2026 nộp đơn.",
])
def test_folded_look_alikes_of_number_words_are_no_numbers(text):
    """s26-qt (unseen77 u77-12): "tâm", "tạm", "bà", "bày" fold to "tam", "ba", "bay": in an accented text they are read as
    numbers only where the text writes the number word itself."""
    p = build_input(text).paras[0]
    assert not [q for q in find_quantities(p.folded, p.key) if q.unit in ("days", "people", "households")]


def test_number_words_still_read_beside_look_alikes():
    p = build_input("Trung tâm niêm yết trong tám ngày, sau đó lấy ý kiến trong hai mươi ngày.").paras[0]
    got = [(q.value, q.unit) for q in find_quantities(p.folded, p.key)]
    assert (8.0, "days") in got and (20.0, "days") in got
    assert [(q.value, q.unit) for q in find_quantities("niem yet trong tam ngay")] == [(8.0, "days")]  # unaccented text
