"""s27-pr: mechanisms behind false findings on short lawful texts (docs/coverage/s27-pr-misses.md).

Pure readers, and one check of the report's notes on an extract (with the knowledge base).
"""
from __future__ import annotations

import re

from checker.kinds.required_content import declared_extract, signature_pieces, signer_posts
from checker.text import build_input, match_key

# -- a signer's name after the title and its mark in one cell (RC-52; lawful15 lw15-12) ------------------------------

MINUTES = ("CÔNG TY CỔ PHẦN GẠCH MEN THẠCH VÂN\nBIÊN BẢN ĐỐI THOẠI ĐỊNH KỲ TẠI NƠI LÀM VIỆC NĂM 2025\n"
           "Thời gian: 14 giờ ngày 16/12/2025, tại phòng họp Công ty.\n"
           "Bên người sử dụng lao động: ông Kiều Văn Thạch, Tổng Giám đốc, người đại diện theo pháp luật, chủ trì.\n"
           "Biên bản được đọc lại, có chữ ký của đại diện hai bên.\n"
           "ĐẠI DIỆN BÊN SỬ DỤNG LAO ĐỘNG (đã ký) Kiều Văn Thạch | ĐẠI DIỆN BÊN NGƯỜI LAO ĐỘNG (đã ký) Mạc Thị Giang")


def test_name_after_the_mark_signs_with_the_post_the_body_gives():
    doc = build_input(MINUTES)
    posts = [p.text for p in signer_posts(doc, signature_pieces(doc))]
    assert any(re.search(r"giám đốc", match_key(t)) for t in posts)


# -- an extract's signatures lie outside the file (RC-05, RC-51; dev_acts da-06, da-15) -----------------------------

def test_extract_under_the_title():
    doc = build_input("THÔN GÒ MÈ - XÃ TÂN DƯƠNG\n\nHƯƠNG ƯỚC THÔN GÒ MÈ\n(Trích Chương IV)\n\n"
                      "Điều 15. Giữ gìn vệ sinh môi trường\nHộ gia đình không đổ rác ra kênh mương.")
    assert declared_extract(doc)


def test_whole_text_is_no_extract():
    doc = build_input("THÔN GÒ MÈ - XÃ TÂN DƯƠNG\n\nHƯƠNG ƯỚC THÔN GÒ MÈ\n\n"
                      "Điều 15. Trích quỹ thôn 10% để sửa đường.\nHộ gia đình không đổ rác ra kênh mương.")
    assert not declared_extract(doc)


def test_the_report_says_an_extract_was_not_judged_for_what_it_leaves_out(store):
    """What the tool does not know is said: a declared extract gets no lỗi or cảnh báo for missing content, and the
    report's notes say why (checker.engine)."""
    from checker import check_text

    text = ("THÔN GÒ MÈ - XÃ TÂN DƯƠNG\n\nHƯƠNG ƯỚC THÔN GÒ MÈ\n(Trích Chương IV)\n\n"
            "Điều 15. Giữ gìn vệ sinh môi trường\nHộ gia đình không đổ rác ra kênh mương.")
    report = check_text(text, store, doc_type="huong_uoc")
    assert any("bản trích" in n for n in report.notes)
    assert not any(f.kind == "required_content" and f.severity in ("lỗi", "cảnh báo") for f in report.findings)
    whole = check_text(text.replace("(Trích Chương IV)\n", ""), store, doc_type="huong_uoc")
    assert not any("bản trích" in n for n in whole.notes)
