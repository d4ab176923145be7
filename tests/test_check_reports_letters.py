"""Reports and official letters (công văn, of no type the checker knows) state facts and rules too.

A community rule reads them wherever the text states what the law fixes — a report's "Ban Giám sát đầu
tư của cộng đồng gồm 04 thành viên", a guidance letter's "rà soát … 02 năm một lần" — while a report's
account of what was done before the law (2022 and earlier, "(cũ)") and a shortcoming it reports stay clean.
"""
from __future__ import annotations

import pytest

from checker.engine import check_text

LETTER_HEAD = """UBND TỈNH HOẰNG CHÂU                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH                  Độc lập - Tự do - Hạnh phúc
Số: 77/SVHTTDL-QLVH                     Hoằng Châu, ngày 10 tháng 9 năm 2026
V/v hướng dẫn thực hiện hương ước, quy ước

                 Kính gửi: Ủy ban nhân dân các xã, phường trên địa bàn tỉnh.

"""
REPORT_HEAD = """ỦY BAN NHÂN DÂN XÃ ĐÔNG LĨNH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 88/BC-UBND                                Độc lập - Tự do - Hạnh phúc
                                        Đông Lĩnh, ngày 20 tháng 11 năm 2026
BÁO CÁO
Kết quả thực hiện dân chủ ở cơ sở năm 2026

I. KẾT QUẢ
"""


def _rules(store, head: str, body: str) -> list[str]:
    report = check_text(head + body, store, source_name="thử")
    return sorted(f.rule for f in report.findings if f.severity in ("lỗi", "cảnh báo"))


@pytest.mark.slow
@pytest.mark.parametrize("body, rule", [
    ("Thực hiện Quyết định số 22/2018/QĐ-TTg ngày 08/5/2018 của Thủ tướng Chính phủ, Sở hướng dẫn như sau:\n"
     "1. Cộng đồng dân cư rà soát hương ước hằng năm.\n", "OR-01"),
    ("Thực hiện Nghị định số 61/2023/NĐ-CP, Sở hướng dẫn như sau:\n"
     "1. Định kỳ 02 năm một lần, cộng đồng dân cư tổ chức rà soát, đánh giá việc thực hiện hương ước, quy ước.\n", "CF-241"),
    ("Thực hiện Nghị định số 61/2023/NĐ-CP, Sở hướng dẫn như sau:\n"
     "1. Trong thời hạn 10 ngày làm việc kể từ ngày nhận được phản ánh bằng văn bản, UBND xã ban hành quyết định "
     "tạm ngừng thực hiện hương ước.\n", "CF-162"),
])
def test_a_letter_is_read(store, body, rule):
    assert rule in _rules(store, LETTER_HEAD, body)


@pytest.mark.slow
def test_a_lawful_letter_stays_clean(store):
    body = ("Thực hiện Nghị định số 61/2023/NĐ-CP ngày 16/8/2023 của Chính phủ, Sở hướng dẫn như sau:\n"
            "1. Hằng năm, vào dịp Ngày hội Đại đoàn kết toàn dân tộc (18/11), cộng đồng dân cư rà soát, đánh giá "
            "việc thực hiện hương ước, quy ước.\n"
            "2. Trong thời hạn 03 ngày làm việc kể từ ngày nhận được phản ánh bằng văn bản, UBND xã ban hành quyết "
            "định tạm ngừng thực hiện hương ước; quyết định bãi bỏ trong thời hạn 05 ngày làm việc.\n"
            "3. Hương ước được phê duyệt trước ngày 16/8/2023 theo Quyết định số 22/2018/QĐ-TTg mà phù hợp với "
            "Điều 4 Nghị định số 61/2023/NĐ-CP thì tiếp tục thực hiện.\n")
    assert _rules(store, LETTER_HEAD, body) == []


@pytest.mark.slow
def test_a_report_is_read(store):
    body = ("1. Công trình nhà văn hóa thôn Đông: Ủy ban MTTQ xã quyết định thành lập Ban Giám sát đầu tư của "
            "cộng đồng gồm 04 thành viên.\n")
    assert "CF-11" in _rules(store, REPORT_HEAD, body)


@pytest.mark.slow
@pytest.mark.parametrize("head, body", [
    (REPORT_HEAD, "1. Năm 2022, Ban Giám sát đầu tư của cộng đồng công trình chợ xã gồm 04 thành viên.\n"),
    (REPORT_HEAD, "1. Còn 01 Ban Giám sát đầu tư của cộng đồng chưa đủ thành viên (chỉ có 04 thành viên), cần khắc phục.\n"),
    (REPORT_HEAD, "1. Ban Giám sát đầu tư của cộng đồng công trình nhà văn hóa gồm 07 thành viên, trong đó đại diện "
                  "người dân thôn Đông là 05 người.\n"),
    # the transitional rule restated in a letter (Decree 61 Art. 24.1): recognised before 16/8/2023, by the former district
    (LETTER_HEAD, "1. Hương ước được công nhận trước ngày 16/8/2023 (kể cả hương ước do UBND huyện Bắc Sơn cũ phê duyệt) "
                  "mà phù hợp với Điều 4 Nghị định số 61/2023/NĐ-CP thì tiếp tục thực hiện cho đến khi được sửa đổi, bổ sung.\n"),
])
def test_history_shortcomings_and_lawful_facts_stay_clean(store, head, body):
    assert _rules(store, head, body) == []


@pytest.mark.slow
def test_a_named_total_row_ends_a_table(store):
    body = ("Kết quả lấy ý kiến đóng góp xây dựng nhà văn hóa thôn Đông:\n| Nội dung | Số hộ |\n| Tán thành | 241 |\n"
            "| Không tán thành | 37 |\n| Không có ý kiến | 19 |\n| Tổng số hộ thôn Đông | 287 |\n")
    assert "IC-10" in _rules(store, REPORT_HEAD, body)
