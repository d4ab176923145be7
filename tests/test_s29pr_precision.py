"""s29-pr: a part of a document judged as the whole (docs/coverage/s29-pr-misses.md).

A file that says it holds part of a text — an appendix of it, an extract whose "(trích)" sits on the title's own line,
or a copy that marks what it leaves out with "(...)" — is not judged for what the whole text must contain; a mark of
text left out names no signer.
"""
from __future__ import annotations

from checker.kinds.required_content import declared_extract, signature_pieces, unsigned_text
from checker.text import build_input

# -- an appendix of a quy chế (dev_acts2 da2-39) ---------------------------------------------------------------------

APPENDIX = ("CÔNG TY TNHH DỆT MAY SÔNG TRÀ              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "QUY CHẾ DÂN CHỦ Ở CƠ SỞ TẠI NƠI LÀM VIỆC - PHỤ LỤC 02: ĐỐI THOẠI TẠI NƠI LÀM VIỆC\n"
            "(Ban hành ngày 12/3/2024, sau khi tham khảo ý kiến Ban Chấp hành Công đoàn cơ sở)\n"
            "Số lần đối thoại định kỳ: 02 lần/năm (tháng 6 và tháng 12)\n"
            "Đại diện bên người lao động: 09 người, do Ban Chấp hành Công đoàn cơ sở xác định\n")


def test_an_appendix_of_the_text_is_a_part_of_it():
    assert declared_extract(build_input(APPENDIX))


def test_a_whole_quy_che_that_mentions_an_appendix_is_no_part():
    whole = APPENDIX.replace(" - PHỤ LỤC 02: ĐỐI THOẠI TẠI NƠI LÀM VIỆC", "") + \
        "Điều 9. Danh sách người lao động tham gia đối thoại tại Phụ lục kèm theo Quy chế này.\n"
    assert not declared_extract(build_input(whole))


# -- "(trích)" on the title's own line, the issuing line run onto it (dev_acts2 da2-35) -----------------------------

EXTRACT = ("CÔNG TY TNHH MAY MẶC HƯNG THẠCH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "                                            Độc lập - Tự do - Hạnh phúc\n"
           "QUY CHẾ DÂN CHỦ Ở CƠ SỞ TẠI NƠI LÀM VIỆC (trích)\n"
           "(Ban hành kèm theo Quyết định số 19/QĐ-TGĐ ngày 10/11/2025 của Tổng Giám đốc, sau khi tham khảo ý kiến Ban "
           "Chấp hành Công đoàn cơ sở)\n"
           "Điều 12. Kiến nghị, phản ánh của người lao động\n"
           "1. Người lao động gửi kiến nghị qua hòm thư góp ý hoặc Ban Chấp hành Công đoàn cơ sở.\n")


def test_extract_mark_on_the_title_line_joined_to_the_next():
    assert declared_extract(build_input(EXTRACT))
    assert not declared_extract(build_input(EXTRACT.replace(" (trích)", "")))


# -- a copy that marks what it leaves out (unseen83 u83-38, u83-17) -------------------------------------------------

DRAFT = ("UBND XÃ TÂN LẬP\nTHÔN KHUỔI LÙNG\n"
         "DỰ THẢO (niêm yết lấy ý kiến từ ngày 02/11/2026 đến hết ngày 05/12/2026)\n"
         "HƯƠNG ƯỚC THÔN KHUỔI LÙNG\n"
         "Căn cứ Nghị định số 61/2023/NĐ-CP ngày 16 tháng 8 năm 2023 của Chính phủ;\n"
         "Chương I. QUY ĐỊNH CHUNG\n"
         "Điều 1. Phạm vi: Hương ước quy định về việc cưới, việc tang, lễ hội và giữ gìn vệ sinh môi trường.\n"
         "(...)\n")


def test_an_elision_mark_says_text_is_left_out_and_names_no_signer():
    doc = build_input(DRAFT)
    assert declared_extract(doc)
    assert not signature_pieces(doc)
    assert unsigned_text(doc)
    whole = build_input(DRAFT.replace("(...)\n", ""))
    assert not declared_extract(whole)


def test_a_long_run_of_dots_is_a_blank_not_an_elision():
    form = DRAFT.replace("(...)\n", "Ý kiến khác của hộ gia đình:\n.......................................\n")
    assert not declared_extract(build_input(form))


def test_the_part_is_not_judged_for_the_whole_texts_content(store):
    """Decree 145/2020 Art. 37.2 asks the quy chế — not each of its appendices — for the dialogue's content (RC-20);
    Decree 61/2023 Art. 6.1's signatures are judged only where the file shows a signature block (RC-05)."""
    from checker import check_text

    for text, dtype, noted in ((APPENDIX, None, True), (EXTRACT, None, False), (DRAFT, "huong_uoc", True)):
        report = check_text(text, store, doc_type=dtype)
        bad = [f for f in report.findings if f.kind in ("required_content", "draft_completeness")
               and f.severity in ("lỗi", "cảnh báo")]
        assert not bad, [(f.rule, f.message) for f in bad]
        # the note comes with a content rule that ran (RC-20 does not run on an issued text's extract: issued_text)
        assert noted == any("bản trích" in n for n in report.notes)
        assert report.document.type == (dtype or "quy_che_doanh_nghiep")  # "(trích)" on the title line types it still


# -- the sections of the whole quy chế are not asked of one chapter (RC-02/03/04 ``whole_text``) ----------------------

CHAPTER = ("ỦY BAN NHÂN DÂN XÃ LẠC ĐIỀN\n"
           "QUY CHẾ THỰC HIỆN DÂN CHỦ Ở XÃ LẠC ĐIỀN (trích Chương V)\n"
           "(Ban hành kèm theo Quyết định số 41/QĐ-UBND ngày 12/3/2025 của Ủy ban nhân dân xã)\n"
           "Điều 18. Ban Thanh tra nhân dân\n"
           "Ban Thanh tra nhân dân xã kiểm tra, giám sát việc thực hiện chính sách, pháp luật trên địa bàn xã.\n")


def test_a_chapter_named_in_the_title_bracket_is_an_extract():
    assert declared_extract(build_input(CHAPTER))


def test_one_chapter_is_not_asked_for_the_other_groups(store):
    from checker import check_text
    from checker.rules import catalogue

    rc02 = [r for r in catalogue() if r.id == "RC-02"]
    part = check_text(CHAPTER, store, doc_type="quy_che_xa", rules=rc02)
    assert not part.findings
    whole = check_text(CHAPTER.replace(" (trích Chương V)", ""), store, doc_type="quy_che_xa", rules=rc02)
    assert whole.findings and all(f.severity == "gợi ý" for f in whole.findings)


# -- the total of households in the attendance fraction (RC-58; dev_acts2 da2-02) -------------------------------------

def test_attendance_over_all_households_states_the_total(store):
    from checker import check_text
    from checker.rules import catalogue

    rc58 = [r for r in catalogue() if r.id == "RC-58"]
    text = ("UBND XÃ NGHĨA LỘ - THÔN BẢN VẼN\nBIÊN BẢN CUỘC HỌP BẦU TRƯỞNG THÔN BẢN VẼN\n"
            "Hồi 08 giờ ngày 14/12/2025, tại Nhà văn hóa thôn, cuộc họp có 176/230 đại diện hộ gia đình tham dự.\n"
            "Tổ bầu cử điều hành việc bầu cử bằng hình thức bỏ phiếu kín.\n"
            "Kết quả: ông Hà Văn Khiêm được 151 phiếu tán thành, trúng cử Trưởng thôn.\n")
    assert not check_text(text, store, rules=rc58).findings
    vote_only = text.replace("có 176/230 đại diện hộ gia đình tham dự", "có mặt 176 đại diện hộ gia đình")
    assert any("tổng số hộ" in f.message for f in check_text(vote_only, store, rules=rc58).findings)
