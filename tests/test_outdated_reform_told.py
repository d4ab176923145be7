"""s28-pr: OR-12 (a report's task to an abolished district body) reads a sentence telling the body's end — "các
Phòng Giáo dục và Đào tạo cấp huyện kết thúc hoạt động" — as the reform told, not a task given (unseen81 u81-13
L12), while the same report's task to those offices for the next year still fires (L33)."""
from __future__ import annotations

from checker import check_text
from checker.rules import catalogue

REPORT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LẠC SƠN
Số: 402/BC-SGDĐT
Lạc Sơn, ngày 12 tháng 12 năm 2025

BÁO CÁO
Kết quả thực hiện dân chủ ở cơ sở năm 2025

I. ĐẶC ĐIỂM TÌNH HÌNH
Từ ngày 01/7/2025, thực hiện mô hình chính quyền địa phương hai cấp, các Phòng Giáo dục và Đào tạo cấp huyện chấm dứt hoạt động; các trường do Ủy ban nhân dân cấp xã quản lý.

II. PHƯƠNG HƯỚNG NĂM 2026
1. Phòng Giáo dục và Đào tạo các huyện tiếp tục đôn đốc các trường tổ chức hội nghị viên chức trước ngày 15/01/2026.
"""


def _or12_lines(store, text):
    rule = next(r for r in catalogue() if r.id == "OR-12")
    report = check_text(text, store, doc_type="bao_cao", rules=[rule])
    return sorted(f.evidence.line for f in report.findings if f.rule == "OR-12")


def test_the_body_ended_is_told_not_tasked(store):
    lines = _or12_lines(store, REPORT)
    assert 9 not in lines, "the sentence telling the district offices' end is history"
    assert 12 in lines, "the task for 2026 to the same offices is still one"
