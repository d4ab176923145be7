"""s25-pr: the mechanisms behind four classes of false findings on short lawful texts (docs/coverage/s25-pr-misses.md).

Pure readers only: text in, values out — no knowledge base.
"""
from __future__ import annotations

from checker.kinds import Context
from checker.kinds.conflict.deadlines import own_work_year_end
from checker.kinds.required_content import issuer_lines, signature_pieces, drafters_block
from checker.tables import from_bars
from checker.text import build_input


def _ctx(text: str) -> Context:
    return Context(build_input(text), None, None, "2026-01-01", "quy_che_co_quan", True)


# -- a deadline counted from the document's own working year (CF-91/CF-93; lawful13 lw13-05) ---------------------

def test_own_working_year_end_is_read():
    text = ("QUY CHẾ\nThực hiện dân chủ của Trường\n\nĐiều 5. Năm công tác của Trường tính từ ngày 01/9 năm trước đến "
            "ngày 31/8 năm sau. Hội nghị viên chức tổ chức mỗi năm một lần trong tháng 10.")
    assert own_work_year_end(_ctx(text)) == 8


def test_financial_year_ending_in_march():
    text = "QUY CHẾ\nCủa Công ty\n\nĐiều 2. Năm tài chính của Công ty bắt đầu từ ngày 01/4 và kết thúc ngày 31/3 năm sau."
    assert own_work_year_end(_ctx(text)) == 3


def test_no_own_working_year():
    text = "QUY CHẾ\nCủa Sở\n\nĐiều 2. Hội nghị cán bộ, công chức tổ chức chậm nhất ngày 31/3 năm sau."
    assert own_work_year_end(_ctx(text)) is None


# -- the issuer of a community's paper headed by the commune's UBND (RC-11; unseen76 u76-03) ----------------------

def test_community_under_the_commune_issues():
    doc = build_input("UBND XÃ NGÀN SẬY\nTHÔN CỒN BÌM\nSố: 02/KH-TCB\n\nKẾ HOẠCH\nPhát phiếu lấy ý kiến hộ gia đình\n\n"
                      "1. Phát phiếu ngày 24/3/2026.")
    assert "ubnd" not in issuer_lines(doc) and "thôn cồn bìm" in issuer_lines(doc)


def test_the_commune_itself_issues():
    doc = build_input("ỦY BAN NHÂN DÂN XÃ PHÚ MỸ\nSố: 118/KH-UBND\n\nKẾ HOẠCH\nLấy ý kiến Nhân dân\n\n1. Nội dung.")
    assert "ủy ban nhân dân xã phú mỹ" in issuer_lines(doc)


# -- a drafting team's signature is no confirmation block (RC-05; unseen76 u76-06) --------------------------------

DRAFT = ("DỰ THẢO\nQUY ƯỚC TỔ DÂN PHỐ CẦU SẮT\n\nĐiều 1. Các hộ giữ gìn vệ sinh.\n\n"
         "TM. TỔ SOẠN THẢO\nTỔ TRƯỞNG TỔ DÂN PHỐ\n(đã ký)\nLại Thế Hùng")


def test_drafters_block_left_out():
    doc = build_input(DRAFT)
    assert drafters_block(doc)
    assert not any("TỔ TRƯỞNG" in p.text for p in signature_pieces(doc))


def test_confirmation_block_after_drafters_kept():
    doc = build_input(DRAFT + "\n\nTRƯỞNG BAN CÔNG TÁC MẶT TRẬN\nLò Thị Sến")
    texts = [p.text for p in signature_pieces(doc)]
    assert "TRƯỞNG BAN CÔNG TÁC MẶT TRẬN" in texts and "TỔ TRƯỞNG TỔ DÂN PHỐ" not in texts


# -- a table typed with inner bars only: one row, one paragraph (CF-269; lawful13 lw13-10) ------------------------

def test_bare_bar_table_becomes_rows():
    lines = ["Bước | Nội dung | Thời gian", "1 | Ban hành Kế hoạch | 02/3/2026", "2 | Gửi hồ sơ | chậm nhất 03/4/2026"]
    assert from_bars(lines) == ["| Bước | Nội dung | Thời gian |", "| 1 | Ban hành Kế hoạch | 02/3/2026 |",
                                "| 2 | Gửi hồ sơ | chậm nhất 03/4/2026 |"]


def test_two_column_header_is_no_table():
    lines = ["ỦY BAN NHÂN DÂN XÃ A | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 1/KH | A, ngày 02 tháng 3 năm 2026"]
    assert from_bars(lines) == lines


def test_each_bare_bar_row_is_its_own_paragraph():
    doc = build_input("KẾ HOẠCH\nBầu Trưởng thôn\n\nBước | Nội dung | Thời gian\n1 | Ban hành Kế hoạch | 02/3/2026\n"
                      "2 | Gửi hồ sơ | chậm nhất 03/4/2026\n3 | Công nhận | trong 05 ngày làm việc\n")
    rows = [p for p in doc.paras if p.text.startswith("|")]
    assert len(rows) == 4


def test_community_under_the_commune_in_mixed_case():
    doc = build_input("Ủy ban nhân dân XÃ NGÀN SẬY\nTHÔN CỒN BÌM\nSố: 02/KH-TCB\n\nKẾ HOẠCH\nPhát phiếu lấy ý kiến hộ gia đình\n\n"
                      "1. Phát phiếu ngày 24/3/2026.")
    assert "ủy ban nhân dân" not in issuer_lines(doc) and "thôn cồn bìm" in issuer_lines(doc)
