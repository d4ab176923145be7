"""s31-ct: a «Căn cứ …» paragraph that goes on to the text's own act and opens the list after it is a sentence of the
text, not one of its bases (``checker.kinds.conflict.context._basis_leads_in``); the enacting formula and a bare list
of bases stay bases. The texts are written for these tests, in other words than the labelled sets'."""
from __future__ import annotations

from types import SimpleNamespace

from checker import check_text
from checker.kinds.conflict.context import _basis_leads_in
from checker.rules import catalogue
from checker.text import fold_keep_length


def _para(text):
    return SimpleNamespace(folded=fold_keep_length(text.lower()))


def test_shapes():
    assert _basis_leads_in(_para("Căn cứ kết quả họp ngày 02/3/2026, Chủ tịch UBND phường bổ nhiệm 05 người sau làm thành viên Ban:"))
    assert _basis_leads_in(_para("Xét đề nghị của Trưởng thôn, Ban công tác Mặt trận thôn thống nhất như sau:"))
    assert not _basis_leads_in(_para("Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10/11/2022, CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ QUYẾT ĐỊNH:"))
    assert not _basis_leads_in(_para("Căn cứ các văn bản sau:"))
    assert not _basis_leads_in(_para("Căn cứ Luật Thực hiện dân chủ ở cơ sở, Nghị định số 59/2023/NĐ-CP;"))
    assert not _basis_leads_in(_para("Xét đề nghị của Văn phòng HĐND và UBND phường,"))


NOTICE = """ỦY BAN NHÂN DÂN PHƯỜNG MINH KHAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 17/TB-UBND | Độc lập - Tự do - Hạnh phúc
Minh Khai, ngày 09 tháng 3 năm 2026
THÔNG BÁO
Thành viên Ban Thanh tra nhân dân phường Minh Khai nhiệm kỳ 2026 - 2031

Căn cứ kết quả rà soát ngày 02/3/2026, {who} 05 người sau làm thành viên Ban Thanh tra nhân dân phường Minh Khai:
1. Ông Tạ Quang Vinh, tổ dân phố số 1;
2. Bà Hồ Thị Nhàn, tổ dân phố số 2;
3. Ông Kha Văn Lợi, tổ dân phố số 3 (và 02 người khác).
"""


def _rule(rid):
    return next(r for r in catalogue() if r.id == rid)


def test_appointment_in_a_basis_lead_in_is_read(store):
    report = check_text(NOTICE.format(who="Chủ tịch Ủy ban nhân dân phường bổ nhiệm"), store, rules=[_rule("CF-178")])
    assert [f.evidence.line for f in report.findings if f.rule == "CF-178"] == [7]


def test_lawful_recognition_in_a_basis_lead_in_stays_silent(store):
    lawful = NOTICE.replace("Căn cứ kết quả rà soát ngày 02/3/2026, {who}",
                            "Căn cứ kết quả bầu tại cuộc họp các tổ dân phố ngày 02/3/2026, Ban Thường trực Ủy ban MTTQ "
                            "Việt Nam phường công nhận")
    report = check_text(lawful, store, rules=[_rule("CF-178")])
    assert not [f for f in report.findings if f.rule == "CF-178"]
