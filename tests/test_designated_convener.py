"""s28-pr (lawful16 lw16-21): the Front committee's deputy head, designated by the Chủ tịch UBND xã while the Trưởng
thôn's post is vacant, convenes the community's meeting lawfully (Decree 59 Art. 3.1.d); the lexicon reads him as a
member of the Ban công tác Mặt trận (``member:ban_ctmt``), which CF-358 allows as it allows ``thanh_vien_ban_ctmt``.
A commune official in the same slot is still flagged."""
from __future__ import annotations

from checker import check_text
from checker.rules import catalogue

TEXT = ("ỦY BAN NHÂN DÂN XÃ NẬM CÚC\nSố: 118/QĐ-UBND\nNậm Cúc, ngày 04 tháng 8 năm 2025\n"
        "QUYẾT ĐỊNH Chỉ định người triệu tập cuộc họp cộng đồng dân cư thôn Pú Lâu\n"
        "Xét việc thôn Pú Lâu đang khuyết Trưởng thôn từ ngày 15/7/2025;\n"
        "Điều 1. Chỉ định ông Giàng A Súa - {role} - triệu tập và tổ chức cuộc họp "
        "cộng đồng dân cư bàn mức đóng góp sửa chữa bể nước sinh hoạt của thôn.\n")


def _cf358(store, role):
    rule = next(r for r in catalogue() if r.id == "CF-358")
    report = check_text(TEXT.format(role=role), store, as_of="2025-08-04", rules=[rule])
    return [f for f in report.findings if f.rule == "CF-358"]


def test_front_committee_deputy_designated(store):
    assert not _cf358(store, "Phó Trưởng ban công tác Mặt trận thôn")


def test_commune_official_still_flagged(store):
    assert _cf358(store, "Phó Chủ tịch Ủy ban nhân dân xã")
