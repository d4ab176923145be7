"""s26-qt: minutes ("BIÊN BẢN") without a dated header are dated by the meeting they record (lawful14 lw14-06) —
read by ``checker.docdate.minutes_date`` (s26-pr and s26-qt wrote one each; the merge kept one)."""
from __future__ import annotations

from checker.docdate import MEETING, document_date
from checker.text import build_input

_MINUTES = ("THÔN GÒ MẬN - XÃ NGỌC SÀNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "                                    Độc lập - Tự do - Hạnh phúc\n\n"
            "BIÊN BẢN\nCuộc họp cộng đồng dân cư thôn Gò Mận\n\n"
            "{opening}\n\nI. THÀNH PHẦN\n- Chủ trì: ông Hà Văn Quý, Trưởng thôn.\n")


def _date(opening: str):
    return document_date(build_input(_MINUTES.format(opening=opening)), "")


def test_minutes_are_dated_by_their_meeting():
    d = _date("Hồi 19 giờ 30 phút, ngày 14 tháng 8 năm 2022, tại Nhà văn hóa thôn Gò Mận, thôn tổ chức cuộc họp.")
    assert d.iso == "2022-08-14"
    d = _date("Hôm nay, vào lúc 14 giờ 00 ngày 20/5/2026, tại Nhà văn hóa thôn, cuộc họp được tiến hành.")
    assert d.iso == "2026-05-20"


def test_a_date_without_the_time_of_a_meeting_dates_nothing():
    d = _date("Căn cứ Hướng dẫn số 12/HD-UBND ngày 02/8/2022 của UBND xã Ngọc Sàng.")
    assert d.iso is None


def test_minutes_opening_on_their_bases_are_dated_by_the_meeting():
    """lw14-06: the bases stand between the title and the meeting's time; the header carries no date."""
    d = _date("Căn cứ Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn số 34/2007/PL-UBTVQH11 ngày 20/4/2007;\n"
              "Căn cứ Hướng dẫn số 12/HD-UBND ngày 02/8/2022 của UBND xã Ngọc Sàng.\n"
              "Hồi 19 giờ 30 phút, ngày 14 tháng 8 năm 2022, tại Nhà văn hóa thôn Gò Mận, thôn tổ chức cuộc họp.")
    assert (d.iso, d.kind) == ("2022-08-14", MEETING)
