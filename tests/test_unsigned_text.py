"""A text that carries no signature block at all (s28; dev_acts2 da2-11, da2-13): whether the paper was signed is not in
the file, so no signer is called missing unless the text itself says who signs, and the report says so
(checker.kinds.required_content.unsigned_text, checker.engine's notes)."""
from __future__ import annotations

from checker import check_text
from checker.kinds.required_content import unsigned_text
from checker.text import build_input

HEAD = ("THÔN KHE NGÁT - XÃ ĐỒNG VÂN\nBIÊN BẢN CUỘC HỌP CỘNG ĐỒNG DÂN CƯ BÀN MỨC ĐÓNG GÓP LÀM ĐƯỜNG NGÕ XÓM\n"
        "Hồi 19 giờ ngày 12/4/2026, tại nhà văn hóa thôn, ông Lục Văn Đàm, Trưởng thôn, chủ trì cuộc họp.\n"
        "Tổng số hộ: 142; có mặt 118 đại diện hộ. Biểu quyết giơ tay: 96/142 hộ tán thành mỗi hộ góp 500.000 đồng.\n"
        "Biên bản lập thành 03 bản, gửi UBND xã, Ban công tác Mặt trận thôn và lưu tại thôn.\n")
BLOCK = "\nTHƯ KÝ          CHỦ TRÌ - TRƯỞNG THÔN\n(đã ký)         (đã ký)\nLê Thị Mận      Lục Văn Đàm\n"


def test_a_text_without_a_block_is_unsigned_and_one_with_a_block_is_not():
    assert unsigned_text(build_input(HEAD))
    assert not unsigned_text(build_input(HEAD + BLOCK))


def test_no_signer_is_called_missing_and_the_report_says_why(store):
    bare = check_text(HEAD, store)
    assert not [f for f in bare.findings if f.rule == "RC-51"]
    assert any("không có phần chữ ký" in n for n in bare.notes)


def test_a_block_that_leaves_signers_out_is_still_a_fault(store):
    """Law 10/2022 Art. 20.2.g: the Trưởng ban công tác Mặt trận and two household representatives sign too."""
    signed = check_text(HEAD + BLOCK, store)
    missing = [f for f in signed.findings if f.rule == "RC-51"]
    assert missing and all(f.severity == "lỗi" for f in missing)
    assert not any("không có phần chữ ký" in n for n in signed.notes)
