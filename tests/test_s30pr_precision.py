"""s30-pr: readings behind false findings on the studied sets (checker_unseen85, checker_unseen86).

Pure readers, and checks of whole short texts with the knowledge base; every text here is worded apart from the sets'.
"""
from __future__ import annotations

from checker.kinds.required_content import signature_pieces
from checker.text import build_input

# -- a part's heading in capitals under "Chương IV" is no signer's title (RC-05; unseen85 u85-07) ----------------------

EXTRACT = ("HƯƠNG ƯỚC BẢN PÁC NGÀ\nxã Thanh Lương, huyện Bảo Lâm, tỉnh Bắc Hà (thông qua tại cuộc họp ngày 05/3/2024)\n...\n"
           "Chương III\nGIỮ GÌN AN NINH TRẬT TỰ\n"
           "Điều 14. Các hộ gia đình tham gia tuần tra bảo vệ bản theo lịch do Trưởng bản phân công.\n"
           "Điều 15. Người lạ đến bản lưu trú qua đêm phải được chủ hộ báo với Trưởng bản và Công an xã.")


def test_chapter_title_under_its_number_is_no_signature():
    doc = build_input(EXTRACT)
    assert not any("AN NINH" in p.text for p in signature_pieces(doc))


def test_extract_without_its_signatures_gets_no_signature_finding(store):
    from checker import check_text

    report = check_text(EXTRACT, store, doc_type="huong_uoc")
    assert not any(f.rule == "RC-05" for f in report.findings)


def test_extract_ending_on_whose_behalf_it_is_signed_shows_no_signer(store):
    """unseen85 u85-02: the file stops at "TM. CỘNG ĐỒNG DÂN CƯ …", the signers' titles under it not in the file."""
    from checker import check_text

    text = EXTRACT + "\n\nTM. CỘNG ĐỒNG DÂN CƯ BẢN PÁC NGÀ"
    report = check_text(text, store, doc_type="huong_uoc")
    assert not any(f.rule == "RC-05" for f in report.findings)


def test_extract_with_a_signer_title_is_still_judged(store):
    from checker import check_text

    text = EXTRACT + "\n\nTM. CỘNG ĐỒNG DÂN CƯ BẢN PÁC NGÀ\nTRƯỞNG BẢN\nHoàng Văn Pảo"
    report = check_text(text, store, doc_type="huong_uoc")
    assert any(f.rule == "RC-05" for f in report.findings)


def test_whole_text_with_a_chapter_heading_still_lacks_its_signers(store):
    from checker import check_text

    text = ("HƯƠNG ƯỚC BẢN PÁC NGÀ\nxã Thanh Lương, tỉnh Bắc Hà\nChương I\nQUY ĐỊNH CHUNG\n"
            "Điều 1. Hương ước này quy định việc giữ gìn an ninh trật tự, vệ sinh môi trường trong bản.\n\n"
            "TRƯỞNG BẢN                  TRƯỞNG BAN CÔNG TÁC MẶT TRẬN\nHoàng Văn Pảo               Lục Thị Hoa")
    report = check_text(text, store, doc_type="huong_uoc")
    assert any(f.rule == "RC-05" and "hộ gia đình" in f.message for f in report.findings)
