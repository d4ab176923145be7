"""s28-pr: RC-54 (minutes of an agency's staff conference without the Ban Thanh tra nhân dân's report, Law Art. 51.4.đ)
judges minutes that record the conference's order of business — the head's or the union's report (Art. 51.4.a, b) —
and leaves alone minutes of the outcomes only (lawful16 lw16-13: attendance, the Ban elected, the resolution's vote)."""
from __future__ import annotations

from checker import check_text
from checker.rules import catalogue

HEAD = """TRƯỜNG TIỂU HỌC NA HANG
Na Hang, ngày 15/01/2024
BIÊN BẢN HỘI NGHỊ VIÊN CHỨC, NGƯỜI LAO ĐỘNG NĂM HỌC 2023-2024
Có mặt 39/42 viên chức, người lao động; hội nghị hợp lệ.
"""
OUTCOMES = HEAD + """Hội nghị bầu Ban Thanh tra nhân dân nhiệm kỳ 2024-2026 gồm 03 thành viên do Ban Chấp hành Công đoàn giới thiệu.
Nghị quyết hội nghị được thông qua với 38/39 người dự tán thành.
"""
ORDER = HEAD + """1. Hiệu trưởng trình bày báo cáo kết quả thực hiện nhiệm vụ năm học 2022-2023.
2. Chủ tịch Công đoàn báo cáo kết quả thực hiện nghị quyết hội nghị năm trước.
3. Hội nghị bầu Ban Thanh tra nhân dân nhiệm kỳ 2024-2026 gồm 03 thành viên.
"""


def _rc54(store, text):
    rule = next(r for r in catalogue() if r.id == "RC-54")
    return [f for f in check_text(text, store, doc_type=None, as_of="2024-01-15", rules=[rule]).findings
            if f.rule == "RC-54"]


def test_minutes_of_outcomes_only_are_not_judged(store):
    assert not _rc54(store, OUTCOMES)


def test_minutes_recording_the_order_still_are(store):
    assert _rc54(store, ORDER)
