"""s28-pr (unseen81 u81-04): a state enterprise's quy chế that says nothing of workplace dialogue leaves out what Law
10/2022 Art. 73 and Decree 145/2020 Art. 37.2 require (RC-101); one that sets out a yearly dialogue does not."""
from __future__ import annotations

from checker import check_text

HEAD = ("CÔNG TY TNHH MỘT THÀNH VIÊN CẤP NƯỚC SÔNG MÃ\nSố: 31/QĐ-CN                    Sông Mã, ngày 24 tháng 02 năm 2026\n\n"
        "QUYẾT ĐỊNH\nBan hành Quy chế thực hiện dân chủ tại Công ty\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế thực hiện dân chủ tại Công ty (Nhà nước nắm giữ 100% vốn điều lệ).\n\n"
        "QUY CHẾ THỰC HIỆN DÂN CHỦ TẠI CÔNG TY\n"
        "Điều 1. Công khai thông tin theo khoản 1 Điều 64 Luật Thực hiện dân chủ ở cơ sở.\n"
        "Điều 2. Hội nghị người lao động tổ chức mỗi năm một lần, chậm nhất ngày 31 tháng 3.\n")


def _rc101(store, text):
    report = check_text(text, store)
    return [f for f in report.findings if f.rule == "RC-101"]


def test_no_dialogue_in_a_state_enterprise_quy_che(store):
    assert _rc101(store, HEAD)


def test_a_yearly_dialogue_set_out(store):
    assert not _rc101(store, HEAD + "Điều 3. Công ty tổ chức đối thoại định kỳ mỗi năm một lần vào tháng 10.\n")
