"""A finding must always quote what it read: a finding whose message quotes an empty value («») is a reader
bug, and the engine drops it (unseen66 u66-09: CF-303 read the heading's term «nhiệm kỳ 2025 - 2028» in the key
of every members-table row under it and quoted each row's own words for it — nothing)."""
from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

from checker import check_text
from checker import engine, kinds
from checker.model import Evidence, Finding
from checker.rules import catalogue

U66_09 = """CÔNG ĐOÀN CƠ SỞ TRƯỜNG CAO ĐẲNG KỸ THUẬT VÂN QUỲ
Tích Lư, ngày 24 tháng 11 năm 2025

QUYẾT ĐỊNH
Công nhận kết quả bầu thành viên Ban Thanh tra nhân dân Trường Cao đẳng Kỹ thuật Vân Quỳ

Điều 1. Công nhận kết quả bầu Ban Thanh tra nhân dân Trường Cao đẳng Kỹ thuật Vân Quỳ nhiệm kỳ 2025 - 2028 gồm 02 thành viên có tên sau:
| STT | Họ và tên | Đơn vị công tác | Số phiếu tán thành |
| 1 | Hà Thị Phượng | Giảng viên khoa Điện - Điện tử | 88/97 |
| 2 | Lộc Văn Trình | Chuyên viên phòng Đào tạo | 85/97 |
Mỗi thành viên trúng cử đều đạt trên 50% tổng số đại biểu dự hội nghị tán thành.
"""


def _rule(rid):
    return next(r for r in catalogue() if r.id == rid)


def test_the_heading_term_is_quoted_once_on_its_own_line_and_never_empty(store):
    report = check_text(U66_09, store)
    cf = [f for f in report.findings if f.rule == "CF-303"]
    assert [f.evidence.line for f in cf] == [7]
    assert "«nhiệm kỳ 2025 - 2028»" in cf[0].message
    assert not any("«»" in f.message.replace(" ", "") for f in report.findings)


def test_quotes_nothing_reads_the_message_against_its_template():
    rule = _rule("CF-303")
    ev = Evidence(text="x", line=1)
    empty = Finding(rule=rule.id, kind=rule.kind, severity=rule.severity, title=rule.title,
                    message=rule.message.replace("{found}", ""), evidence=ev)
    full = replace(empty, message=rule.message.replace("{found}", "nhiệm kỳ 2025 - 2028"))
    assert engine.quotes_nothing(rule, empty)
    assert engine.quotes_nothing(rule, replace(empty, message=rule.message.replace("{found}", "  ")))
    assert not engine.quotes_nothing(rule, full)


def test_the_engine_drops_a_finding_that_quotes_nothing(store, monkeypatch):
    rule = _rule("CF-303")

    def fake_check(r, ctx):
        ev = Evidence(text="y", line=7)
        yield kinds.finding(r, ctx, ev, found="")
        yield kinds.finding(r, ctx, ev, found="nhiệm kỳ 2025 - 2030")

    real = kinds.module
    monkeypatch.setattr(kinds, "module", lambda kind: SimpleNamespace(check=fake_check) if kind == rule.kind
                        else real(kind))
    report = check_text(U66_09, store, rules=[rule])
    assert [f.message for f in report.findings] == [rule.message.replace("{found}", "nhiệm kỳ 2025 - 2030")]


BTTND_MINUTES = """ỦY BAN MTTQ VIỆT NAM XÃ PHIÊNG LỒM                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN THANH TRA NHÂN DÂN                                 Độc lập - Tự do - Hạnh phúc
                                        Phiêng Lồm, ngày 14 tháng 8 năm 2025
BIÊN BẢN HỌP BAN THANH TRA NHÂN DÂN XÃ PHIÊNG LỒM

1. Ban thống nhất kế hoạch giám sát quý III.

Chủ trì: Lò Văn Pền
Thư ký: Lò Thị Hoa
"""
# s28: the signers written as labels, no block in capitals — a text with no signature at all is no longer judged for
# its signers (required_content.unsigned_text), and a block in capitals is where RC-95 would point instead of the title


def test_a_one_line_heading_is_quoted_once_for_missing_content(store):
    """Missing content points at the heading and the title; a heading that holds its title on one line was quoted
    as «BIÊN BẢN HỌP BAN … HỌP BAN …» (unseen69 u69-06, RC-95)."""
    report = check_text(BTTND_MINUTES, store)
    quotes = [f.evidence.text for f in report.findings if f.evidence.section == "Tiêu đề"]
    assert quotes, "RC-95 points at the heading"
    assert all(q.count("HỌP BAN THANH TRA") == 1 for q in quotes), quotes
