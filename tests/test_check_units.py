"""The checker's pure parts: quantities, blanks, line mapping, entities, document types.

Tables of real strings (from the seeds and the law) and the expected readings.
None of these needs the knowledge base.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.doctype import detect
from checker.kinds import all_groups, cue_regex
from checker.kinds.draft_completeness import placeholders_in_line
from checker.nlp import annotate
from checker.quantities import find_quantities, violates
from checker.text import build_input, fold_keep_length, match_key, normalize_tones

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"


@pytest.mark.parametrize("text, value, unit, lo, hi, strict", [
    ("chậm nhất là 05 ngày làm việc kể từ ngày có quyết định", 5, "workdays", None, 5, False),
    ("không ít hơn 30 (ba mươi) ngày, kể từ ngày niêm yết", 30, "days", 30, None, False),
    ("khi có từ hai phần ba tổng số đại diện hộ gia đình trở lên tán thành", 200 / 3, "percent", None, None, False),
    ("khi có trên 50% tổng số đại diện hộ gia đình", 50, "percent", 50, None, True),
    ("gồm từ 03 đến 09 thành viên", 3, "members", 3, 9, False),
    ("Nhiệm kỳ của Ban Thanh tra nhân dân là 02 năm", 2, "years", None, None, False),
    ("nhiệm kỳ hai năm", 2, "years", None, None, False),
    ("được thông qua khi quá bán số hộ đồng ý", 50, "percent", 50, None, True),
    ("hội nghị tiến hành khi có quá nửa số đại biểu tham dự", 50, "percent", 50, None, True),
    ("được thông qua khi có trên một nửa số người dự hội nghị tán thành", 50, "percent", 50, None, True),
    ("khi có hơn một nửa số đại biểu tán thành", 50, "percent", 50, None, True),
    ("khi có một nửa số người dự tán thành", 50, "percent", 50, None, False),  # half is not more than half
    ("có 2/3 số hộ tán thành", 200 / 3, "percent", None, None, False),
    ("không chậm hơn 03 tháng của năm công tác tiếp theo", 3, "months", None, 3, False),  # at most 3 months
    ("năm ngày làm việc", 5, "workdays", None, None, False),
])
def test_quantities(text, value, unit, lo, hi, strict):
    q = find_quantities(fold_keep_length(text))[0]
    assert (q.unit, q.lo, q.hi, q.strict) == (unit, lo, hi, strict)
    assert abs(q.value - value) < 1e-9


@pytest.mark.parametrize("text, value", [
    ("Phó Trưởng ban: 03 đồng chí (ông A, bà B, ông C)", 3),  # s23-rd: the post as a label, then how many hold it
    ("Phó Trưởng ban gồm hai người", 2),
])
def test_deputies_counted_after_the_post(text, value):
    assert [q.value for q in find_quantities(fold_keep_length(text).lower()) if q.unit == "deputies"] == [value]


@pytest.mark.parametrize("text", [
    "ngày 14/8/2023", "kể từ ngày ký", "sau ngày ký ban hành", "có 1.071 lao động", "nhiệm kỳ 2021 - 2026",
    "giảm từ 156 bản xuống còn 126 bản",
    "(từ 03/4 đến 12/4/2025)", "03/4 - 12/4", "ngày 3/4 - 12/4/2025",  # s23-rd: ranges of dates, not three quarters
    "Phó Trưởng ban là bà Lò Thị A",
])
def test_not_quantities(text):
    assert find_quantities(fold_keep_length(text)) == []


@pytest.mark.parametrize("text, kw, expected", [
    ("trước 01 ngày", {"min_": 2}, True),
    ("ít nhất 02 ngày", {"min_": 2}, False),
    ("tối đa 03 ngày", {"min_": 2}, True),  # allows less than the minimum
    ("chậm nhất 10 ngày làm việc", {"max_": 5}, True),
    ("trên 50%", {"gt": 50}, False),
    ("50%", {"gt": 50}, True),
    ("2/3", {"min_": 200 / 3}, False),
    ("66%", {"min_": 200 / 3}, True),
    ("từ 03 đến 11 thành viên", {"min_": 3, "max_": 9}, True),
    ("03 năm", {"equals": 2}, True),
    ("ít nhất 20%", {"ceiling": 10}, True),  # a threshold raised above the law's
    ("ít nhất 10%", {"ceiling": 10}, False),
    ("từ 05%", {"ceiling": 10}, False),  # lowered: the right widened
    ("ít nhất 20%", {"max_": 10}, False),  # ``max_`` reads a lower bound as a duration, not a threshold
])
def test_violations(text, kw, expected):
    assert violates(find_quantities(fold_keep_length(text))[0], **kw) is expected


@pytest.mark.parametrize("line, blanks", [
    ("Xét Tờ trình số       /TTr-UBND ngày    tháng   năm 2024 của Ủy ban nhân dân ", 2),  # seed 001
    ("thực hiện dân chủ ở cơ sở; Báo cáo thẩm tra số ......./BC-HĐND ngày ..... ", 2),
    ("2021 - 2026 kỳ họp thứ … thông qua ngày      tháng    năm 2024 và có hiệu lực ", 2),
    ("Số: /BC-UBND", 1),  # seed 003
    ("Phù Liễn, ngày tháng 4 năm 2026", 1),
    ("Số:      /2026/NQ-HĐND", 1),
    # ellipses ending an enumeration are not blanks (seeds 001, 002, 003)
    ("qua các lớp bồi dưỡng, tập huấn, qua các buổi sinh hoạt văn hóa cộng đồng...  ", 0),
    ("thực hiện hiệu quả mô hình tại bản Lao Chải 1, xã Khun Há.... qua đó nhân ", 0),
    ("hình thức công khai tại Trung tâm phục vụ hành chính công ... Qua đó tạo điều kiện", 0),
    ("xây dựng đô thị văn minh, chuyển đổi số... Việc thực hiện dân chủ", 0),
    ("Số: 12/2026/NQ-HĐND", 0),
    ("ghi rõ ngày tháng năm sinh của người ứng cử", 0),
])
def test_placeholders(line, blanks):
    assert len(placeholders_in_line(line)) == blanks


def test_evidence_names_the_exact_input_line_inside_a_wrapped_paragraph():
    text = "Điều 4. Hiệu lực thi hành\n\nNghị quyết này được Hội đồng nhân dân Thành phố khóa XVI, nhiệm kỳ 2021 - 2026" \
           "\n\nkỳ họp thứ … thông qua ngày      tháng    năm 2024 và có hiệu lực\n\nkể từ ngày ký./.\n"
    doc = build_input(text, "x")
    p = next(p for p in doc.paras if p.text.startswith("Nghị quyết này"))
    assert (p.line, p.end_line) == (3, 7)
    at = p.text.index("kỳ họp thứ")
    assert p.line_at(at) == 5 and p.line_at(p.text.index("kể từ")) == 7
    ev = doc.evidence(p, at, at + 12)
    assert (ev.line, ev.text, ev.section) == (5, "kỳ họp thứ …", "Điều 4")


@pytest.mark.parametrize("text, joined", [
    ("Tổ bầu cử gồm 05 người: ông Lê Văn\nAn (Tổ trưởng); bà Trần Thị Bình.", True),  # a name cut by the wrap
    ("Cuộc họp để cho thôi làm\nTổ trưởng tổ dân phố do Trưởng ban công tác Mặt trận chủ trì.", True),
    ("Người được giới thiệu là ông Lê Văn An.\nTrưởng thôn tổ chức họp.", False),  # the sentence ended
    ("TRƯỞNG THÔN\nLê Văn An", False),  # a signature block
    ("1. UBND phường báo cáo kết quả 6 tháng đầu năm\n2026 như sau:", True),  # a year cut from its "năm"
    ("Điều 9. Ban gồm 07 thành viên (01 Trưởng ban,\n01 Phó Trưởng ban và 05 Ủy viên).", True),  # a count after a comma
    ("Điều 9. Ban gồm các thành viên sau:\n01 Trưởng ban là ông Lê Văn An.", False),  # a list after a colon
    ("1. Kế hoạch năm\n2026. Tổ chức hội nghị", False),  # "2026." is no year going on
    ("1. Giấy mời đã được gửi đến các hộ vào ngày\n11/4/2026, đồng thời thông báo trên loa.", True),  # a date cut
    ("1. Giấy mời được gửi vào tối thứ Bảy\n14/3/2026 qua loa truyền thanh.", True),
    # s32: a village's name cut by the wrap, as a person's is
    ("Ông Hà Văn Tám, Trưởng thôn Nà\nHin, được đề cử làm Trưởng ban Thanh tra nhân dân xã.", True),
    ("Thành viên: bà Lò Thị Pọm, bản Pá\nKhoang (trưởng nhóm).", True),
    ("Điều 5. Trách nhiệm của Trưởng thôn\nTrưởng thôn tổ chức họp.", False),  # a heading, no name begun
    ("Hội nghị thôn Đông Hạ\nThời gian: 8 giờ.", False),  # a label opens the next line
    ("Điều 3. Trách nhiệm của Trưởng thôn Đông Hạ\nTrưởng thôn tổ chức họp.", False),  # a heading's village
    ("Ông Lê Văn An, Trưởng thôn Đông Hạ\nĐịa điểm: nhà văn hóa thôn.", False),
])
def test_hard_wraps_join(text, joined):
    doc = build_input(text, "x")
    assert (len(doc.paras) == 1) == joined


def test_folding_collisions_do_not_make_findings():
    # "Trưởng ban" (of a committee) folds like "Trưởng bản" (a village head)
    doc = build_input("QUY CHẾ\nBan Thanh tra nhân dân gồm 41 thành viên (01 Trưởng ban, 01 Phó Trưởng ban).\n"
                      "Trưởng bản Nà Tăm dự họp.\n", "x")
    ents = [(e.id, s.para.text[e.start:e.end]) for s in annotate(doc).sentences for e in s.ents]
    assert ("truong_thon", "Trưởng bản") in ents and not any(t == "Trưởng ban" for _, t in ents)
    # "tại sân" folds like "tài sản", "kiểm tra" like "kiêm"
    key = match_key("Câu lạc bộ tập luyện tại sân nhà văn hóa; Ban kiểm tra việc thu chi.")
    assert not cue_regex(("tài sản",)).search(key) and not cue_regex(("kiêm",)).search(key)


def test_regex_cues_read_the_lexicon_aliases():
    """s26-pr (lawful14 lw14-04 L37): a regex cue that writes a name out reads its abbreviation too, as a word cue does
    ("hội\\s+nghị … tổ\\s+dân\\s+phố" reads "Hội nghị định kỳ ở TDP"); the name inside a longer one is left alone."""
    rx = cue_regex((r"re:hội\s+nghị\s+(?:định\s+kỳ\s+)?(?:ở|của|tại)\s+(?:các\s+)?(?:thôn|tổ\s+dân\s+phố)",))
    assert rx.search(match_key("6 | Hội nghị định kỳ ở TDP | Tổ trưởng TDP"))
    assert rx.search(match_key("Hội nghị tại các tổ dân phố"))
    assert not rx.search(match_key("Hội nghị định kỳ ở TDPX"))
    assert cue_regex((r"re:\bủy\s+ban\s+nhân\s+dân\s+xã\s+triệu\s+tập",)).search(match_key("UBND xã triệu tập"))
    assert not cue_regex((r"re:ban\s+chấp\s+hành\s+công\s+đoàn",)).search(match_key("BCH Đoàn thanh niên"))


def test_unaccented_drafts_still_match():
    key = match_key("truong thon dong thoi la truong ban cong tac mat tran")
    assert all_groups(key, [["Trưởng thôn"], ["Trưởng ban công tác Mặt trận"]])
    doc = build_input("QUY CHE\nTruong thon dong thoi la Truong ban cong tac Mat tran.\n", "x")
    ids = [e.id for s in annotate(doc).sentences for e in s.ents]
    assert ids == ["truong_thon", "truong_ban_ctmt"]


def test_a_folded_match_the_accents_reject_does_not_hide_the_roles_beside_it():
    """s27-or (unseen80 u80-10 L46): «tổ dân phố Trưởng ban công tác Mặt trận» folds to «… pho truong ban …», where
    «Phó Trưởng ban công tác Mặt trận» is the longest match; rejected for its accents («phố» ≠ «phó») after it had
    been chosen, it left the title line with no role at all. Matches are now filtered before the longest is chosen."""
    for line in ("TỔ TRƯỞNG TỔ DÂN PHỐ          TRƯỞNG BAN CÔNG TÁC MẶT TRẬN",
                 "Tổ trưởng tổ dân phố đồng thời là Trưởng ban công tác Mặt trận."):
        doc = build_input(f"QUY ƯỚC\n{line}\n", "x")
        assert [e.id for s in annotate(doc).sentences for e in s.ents] == ["to_truong_tdp", "truong_ban_ctmt"], line
    # the deputy written as such is still the deputy
    doc = build_input("QUY ƯỚC\nPhó Trưởng ban công tác Mặt trận dự họp.\n", "x")
    assert [e.id for s in annotate(doc).sentences for e in s.ents] == ["thanh_vien_ban_ctmt"]


def test_old_tone_placement_is_the_same_word():
    assert normalize_tones("Uỷ ban nhân dân phường Hoà Bình") == "ủy ban nhân dân phường hòa bình"
    assert len(normalize_tones("Thuỷ lợi")) == len("Thuỷ lợi")


@pytest.mark.parametrize("name, doc_type", [
    ("nghi_quyet_bien_phap_sach.txt", "nghi_quyet_bien_phap"),
    ("quy_che_xa_sach.txt", "quy_che_xa"),
    ("quy_che_co_quan_sach.txt", "quy_che_co_quan"),
    ("quy_che_doanh_nghiep_sach.txt", "quy_che_doanh_nghiep"),
    ("huong_uoc_sach.txt", "huong_uoc"),
    ("quy_uoc_ngoai_pham_vi.txt", "huong_uoc"),
    ("ke_hoach_sach.txt", "ke_hoach"),
    ("bao_cao_sach.txt", "bao_cao"),
])
def test_document_type_detection(name, doc_type):
    doc = build_input((SAMPLES / name).read_text(encoding="utf-8"), name)
    assert detect(doc).type == doc_type


def test_a_quy_che_issued_by_decision_is_still_a_quy_che():
    text = ("ỦY BAN NHÂN DÂN\nXÃ TÂN PHONG\n\nQUYẾT ĐỊNH\nBan hành Quy chế thực hiện dân chủ ở xã Tân Phong\n\n"
            "Căn cứ Luật Thực hiện dân chủ ở cơ sở;\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\n")
    assert detect(build_input(text, "x")).type == "quy_che_xa"


def test_the_commune_peoples_committee_as_an_agency():
    """"… trong hoạt động của cơ quan Ủy ban nhân dân xã": the agency's own quy chế (Law Chương III), not the commune's."""
    agency = ("ỦY BAN NHÂN DÂN XÃ TRÀ HƯƠNG\n\nQUY CHẾ\nThực hiện dân chủ trong hoạt động của cơ quan Ủy ban nhân dân xã "
              "Trà Hương\n\nĐiều 1. Quy chế này quy định việc thực hiện dân chủ trong nội bộ cơ quan.\n")
    assert detect(build_input(agency, "x")).type == "quy_che_co_quan"
    commune = ("ỦY BAN NHÂN DÂN XÃ TRÀ HƯƠNG\n\nQUY CHẾ\nThực hiện dân chủ ở xã Trà Hương\n\n"
               "Điều 1. Quy chế này quy định việc thực hiện dân chủ của Nhân dân trên địa bàn xã.\n")
    assert detect(build_input(commune, "x")).type == "quy_che_xa"


def test_sentences_never_cross_paragraphs_and_offsets_are_exact():
    doc = build_input("KẾ HOẠCH\nTrưởng thôn họp dân\nÔng Lê Văn Hải, Trưởng thôn Đông; Bà Vũ Thị Hoa là Trưởng ban "
                      "công tác Mặt trận.\n", "x")
    sents = annotate(doc).sentences
    for s in sents:
        assert s.para.text[s.start:s.end] == s.text and s.end <= len(s.para.text)
        for e in s.ents:
            assert s.start <= e.start < e.end <= s.end
    assert [s.text for s in sents if s.para.index == 3] == [
        "Ông Lê Văn Hải, Trưởng thôn Đông;", "Bà Vũ Thị Hoa là Trưởng ban công tác Mặt trận."]


def test_an_item_number_of_an_inline_list_ends_no_sentence():
    doc = build_input("BIÊN BẢN\nHọp Tổ bầu cử\n\nTổ bầu cử gồm: 1. Bà Lê Thị Hạnh, Tổ trưởng; 2. Ông Trần Văn Quý, "
                      "thành viên. Điều 5. Hiệu lực thi hành.\n", "x")
    texts = [s.text for s in annotate(doc).sentences if s.para.zone == "body"]
    # "1." after ":" and "2." after ";" are the items' numbers; "5." after "Điều" still ends its sentence
    assert texts == ["Tổ bầu cử gồm: 1. Bà Lê Thị Hạnh, Tổ trưởng;", "2. Ông Trần Văn Quý, thành viên.", "Điều 5.",
                     "Hiệu lực thi hành."]


def test_a_body_sentence_under_the_title_with_no_blank_line_is_not_title():
    text = ("UBND XÃ AN LẠC\nAn Lạc, ngày 05 tháng 6 năm 2026\n\nKẾ HOẠCH\nTổ chức bầu Trưởng thôn nhiệm kỳ 2026 - 2028\n"
            "Tổ bầu cử gồm 05 người do Trưởng thôn đương nhiệm\nlàm Tổ trưởng.\nThời gian bầu: ngày 20/6/2026.\n")
    doc = build_input(text, "x")
    assert doc.title_text == "Tổ chức bầu Trưởng thôn nhiệm kỳ 2026 - 2028"
    assert [p.line for p in doc.paras if p.text.startswith("Tổ bầu cử gồm 05 người")] == [6]
    # a title wrapped over two lines, with no sentence after it, stays whole
    wrapped = ("UBND XÃ AN LẠC\nAn Lạc, ngày 05 tháng 6 năm 2026\n\nKẾ HOẠCH\nTổ chức bầu Trưởng thôn nhiệm kỳ 2026 - 2028 "
               "của thôn\nĐông Hạ\n\n1. Thời gian bầu: ngày 20/6/2026.\n")
    assert build_input(wrapped, "x").title_text == "Tổ chức bầu Trưởng thôn nhiệm kỳ 2026 - 2028 của thôn Đông Hạ"


def test_a_board_named_by_its_short_name_issues_the_text():
    text = ("BAN GSĐTCĐ XÃ PHONG ĐIỀN\nPhong Điền, ngày 30 tháng 3 năm 2026\n\nBÁO CÁO\n"
            "Hoạt động giám sát công trình trường mầm non\n\nBan có 06 thành viên.\n")
    assert build_input(text, "x").header.issuer == "BAN GSĐTCĐ XÃ PHONG ĐIỀN"


def test_numbered_minutes_after_the_bases_are_the_body():
    text = ("THÔN RẠCH MỚI\nRạch Mới, ngày 18 tháng 8 năm 2026\n\nBIÊN BẢN CUỘC HỌP CỘNG ĐỒNG DÂN CƯ\n"
            "Về mức đóng góp xây dựng bến đò\n\nCăn cứ Điều 15 và Điều 21 Luật Thực hiện dân chủ ở cơ sở;\n"
            "Căn cứ đề xuất của Trưởng thôn ngày 29/7/2026.\n\n1. Thời gian, địa điểm: 14 giờ 00 ngày 18/8/2026.\n"
            "2. Thành phần: đại diện 118/142 hộ gia đình trong thôn.\n")
    zones = {p.line: p.zone for p in build_input(text, "x").paras}
    assert zones[7] == zones[8] == "basis" and zones[10] == zones[11] == "body"
    # a numbered list of bases (items ending ";") does not end the bases: never read as the body
    bases = ("UBND XÃ AN LẠC\nAn Lạc, ngày 05 tháng 6 năm 2026\n\nQUYẾT ĐỊNH\nVề việc công nhận hương ước\n\nCăn cứ:\n"
             "1. Luật Thực hiện dân chủ ở cơ sở ngày 10/11/2022;\n2. Nghị định số 61/2023/NĐ-CP ngày 16/8/2023;\n")
    assert "body" not in [p.zone for p in build_input(bases, "x").paras if p.text.startswith(("1.", "2."))]


def test_empty_text_is_refused():
    with pytest.raises(ValueError, match="văn bản rỗng"):
        build_input("  \n\t\n", "x")


def test_an_opening_after_a_blank_line_is_not_part_of_the_title():
    text = ("THÔN BÃI SẬY\nSố: 04/KH-TT\nBãi Sậy, ngày 20 tháng 11 năm 2026\n\nKẾ HOẠCH\n"
            "Tổ chức hội nghị định kỳ cuối năm 2026 của cộng đồng dân cư thôn Bãi Sậy\n\n"
            "Thực hiện Điều 33 Luật Thực hiện dân chủ ở cơ sở, Trưởng thôn xây dựng Kế hoạch như sau:\n\n"
            "1. Mục đích\nĐánh giá tình hình thôn năm 2026 và thảo luận phương hướng năm 2027, "
            "kết quả thực hiện các nội dung đã bàn và quyết định trong năm của cộng đồng dân cư thôn.\n")
    doc = build_input(text, "x")
    assert doc.title_text == "Tổ chức hội nghị định kỳ cuối năm 2026 của cộng đồng dân cư thôn Bãi Sậy"
    opening = next(p for p in doc.paras if p.text.startswith("Thực hiện"))
    assert (opening.line, opening.end_line) == (8, 8)
    # a wrapped sentence that goes on with "Thực hiện" on the next line (no blank line) stays one paragraph
    doc = build_input("KẾ HOẠCH\nTổ chức hội nghị\n\n1. Các hộ gia đình trong thôn tích cực\nThực hiện tốt nếp sống văn minh.\n", "x")
    assert any(p.text == "1. Các hộ gia đình trong thôn tích cực Thực hiện tốt nếp sống văn minh." for p in doc.paras)


def test_a_capital_line_after_a_blank_line_opens_a_paragraph_unless_every_line_is_spaced():
    text = ("BIÊN BẢN\nCuộc họp cộng đồng dân cư bầu Trưởng thôn Gò Mít nhiệm kỳ 2026 - 2028\n\n"
            "Ông Lê Văn Sen trúng cử Trưởng thôn với 132/210 hộ gia đình tán thành.\n\nCuộc họp kết thúc lúc 10 giờ.\n")
    doc = build_input(text, "x")
    assert [p.text for p in doc.paras][:3] == [
        "BIÊN BẢN", "Cuộc họp cộng đồng dân cư bầu Trưởng thôn Gò Mít nhiệm kỳ 2026 - 2028",
        "Ông Lê Văn Sen trúng cử Trưởng thôn với 132/210 hộ gia đình tán thành."]
    # the title that has begun does not go on with the body's first sentence
    assert doc.title_text == "Cuộc họp cộng đồng dân cư bầu Trưởng thôn Gò Mít nhiệm kỳ 2026 - 2028"
    doc = build_input("QUY ƯỚC TỔ DÂN PHỐ CÂY SI\n\nTổ dân phố Cây Si thuộc phường Ngũ Phúc, có 214 hộ gia đình.\n\n"
                      "Căn cứ Luật Thực hiện dân chủ ở cơ sở;\n", "x")
    assert doc.title_text == "TỔ DÂN PHỐ CÂY SI"
    # a title on two lines, the second a short phrase, stays whole
    doc = build_input("KẾ HOẠCH\nTổ chức hội nghị định kỳ cuối năm 2026\ncủa cộng đồng dân cư thôn Bãi Sậy\n\n"
                      "1. Mục đích\n", "x")
    assert doc.title_text == "Tổ chức hội nghị định kỳ cuối năm 2026 của cộng đồng dân cư thôn Bãi Sậy"
    # a sentence wrapped after a comma or a dangling word goes on across the blank line
    line = "1. Thành phần tham dự hội nghị định kỳ cuối năm 2026 của cộng đồng dân cư thôn Bãi Sậy gồm"
    doc = build_input(f"KẾ HOẠCH\nTổ chức hội nghị\n\n{line}\n\nTrưởng thôn và đại diện các hộ gia đình.\n", "x")
    assert any(p.text == f"{line} Trưởng thôn và đại diện các hộ gia đình." for p in doc.paras)
    # a copy that spaces every line says nothing by its blank lines
    spaced = "\n\n".join(["KẾ HOẠCH", "Tổ chức hội nghị thôn", "1. Hội nghị có đại diện các hộ gia đình trong thôn và",
                           "Trưởng thôn chủ trì.", "2. Thời gian: tháng 12."])
    doc = build_input(spaced, "x")
    assert any(p.text == "1. Hội nghị có đại diện các hộ gia đình trong thôn và Trưởng thôn chủ trì." for p in doc.paras)


def test_a_place_that_names_its_units_before_the_date_is_read():
    doc = build_input("CÔNG TY CỔ PHẦN SAO BẮC\nSố: 03/2026/QĐ-SB                  Phường Cửa Bắc, thành phố Hải Vân, ngày 15 "
                      "tháng 01 năm 2026\n\nQUYẾT ĐỊNH\nVề việc công bố danh sách\n\nĐiều 1. Nội dung.\n", "x")
    h = doc.header
    assert (h.issued, h.place, h.number_raw) == ("2026-01-15", "Phường Cửa Bắc, thành phố Hải Vân", "03/2026/QĐ-SB")
    doc = build_input("UBND XÃ TÂN MÂY\nSố: 5/TB-UBND\nXã Tân Mây, huyện Đồi Mây, ngày 26 tháng 02 năm 2024\n\n"
                      "THÔNG BÁO\nVề việc họp\n\nNội dung.\n", "x")
    assert (doc.header.issued, doc.header.place) == ("2024-02-26", "Xã Tân Mây, huyện Đồi Mây")


def test_articles_in_capitals_and_an_addressee_line():
    text = ("BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở năm 2026\n\nKính gửi: Ủy ban nhân dân tỉnh Lam Giang.\n\n"
            "ĐIỀU 1. CÔNG KHAI THÔNG TIN\n1. Công khai chậm nhất 05 ngày làm việc.\n"
            "ĐIỀU 2. HỘI NGHỊ\n1. Tổ chức mỗi năm một lần.\n")
    doc = build_input(text, "x")
    assert [u.label for u in doc.parsed.units if u.level == "article"] == ["1", "2"]
    assert any(p.text == "Kính gửi: Ủy ban nhân dân tỉnh Lam Giang." for p in doc.paras)


def test_the_cut_lines_of_a_wrapped_sentence_are_no_signature_titles():
    from checker.kinds.required_content import signature_pieces
    text = ("BIÊN BẢN\nCuộc họp cộng đồng dân cư thôn Bìm Bìm\n\n"
            "Hôm nay, ngày 12/4/2026, tại Nhà văn hóa thôn Bìm Bìm, thôn tổ chức cuộc họp.\nI. THÀNH PHẦN\n"
            "- Ban công tác Mặt trận thôn: bà Lương Thị Nhài (Trưởng ban) và 02\nthành viên.\n"
            "Cuộc họp kết thúc hồi 21 giờ cùng ngày.\n\nTHƯ KÝ          CHỦ TRÌ - TRƯỞNG THÔN\n"
            "Hoàng Văn Sở          Vi Văn Thắm\n")
    titles = [s.text for s in signature_pieces(build_input(text, "x"))]
    assert "THƯ KÝ CHỦ TRÌ - TRƯỞNG THÔN" in titles
    assert not any("Ban công tác Mặt trận" in t for t in titles)
    # the same line unwrapped, as a signature label of its own, still counts
    signed = text.replace("Hoàng Văn Sở          Vi Văn Thắm\n", "Trưởng ban công tác Mặt trận: Lương Thị Nhài\n")
    assert any("Trưởng ban công tác Mặt trận" in t for t in
               (s.text for s in signature_pieces(build_input(signed, "x"))))


def test_a_page_number_line_does_not_cut_a_sentence_or_a_table():
    text = ("Điều 5. Kinh phí\n| Nội dung | Số tiền |\n| Tuyên truyền | 10.000.000 |\n- 2 -\n| Bồi dưỡng | 5.000.000 |\n"
            "| Tổng cộng | 15.000.000 |\nĐiều 6. Ban Thanh tra nhân dân gồm 05 thành viên và hoạt động\nTrang 3/4\n"
            "theo quy định của pháp luật.\n")
    doc = build_input(text, "x")
    rows = [p for p in doc.paras if p.text.startswith("|")]
    assert [p.line for p in rows] == [2, 3, 5, 6] and not any(p.text.strip() in ("- 2 -", "Trang 3/4") for p in doc.paras)
    assert any(p.text.endswith("hoạt động theo quy định của pháp luật.") for p in doc.paras)
    assert doc.raw_lines[3] == "" and len(doc.raw_lines) == 9


def test_a_table_goes_on_over_a_blanked_page_mark_but_a_new_table_does_not():
    from checker.kinds.consistency import pipe_tables
    lines = ["| Nội dung | Số tiền |", "| Tuyên truyền | 10 |", "", "| Bồi dưỡng | 5 |", "| Tổng cộng | 15 |",
             "", "| Họ và tên | Chức vụ |", "| Lê Văn A | Trưởng ban |"]
    assert [[no for no, _ in t] for t in pipe_tables(lines)] == [[1, 2, 4, 5], [7, 8]]


def test_a_preamble_citing_an_article_does_not_continue_the_title():
    text = ("KẾ HOẠCH\nTổ chức hội nghị định kỳ cuối năm 2026 của cộng đồng dân cư thôn Bãi Sậy xã Hòa\n"
            "Thực hiện Điều 33 Luật Thực hiện dân chủ ở cơ sở, Ban công tác Mặt trận thôn xây dựng kế hoạch.\n"
            "I. MỤC ĐÍCH\n")
    doc = build_input(text, "x")
    assert doc.header.title.endswith("thôn Bãi Sậy xã Hòa")
    assert any(p.text.startswith("Thực hiện Điều 33") for p in doc.paras)


def test_a_text_quoted_from_an_e_mail_reply_is_read_without_its_marks():
    from checker.text import unquoted
    lines = ["> QUY CHẾ", ">", "> Điều 1. Ban Thanh tra nhân dân gồm 05 thành viên.", "", "> Điều 2. Hiệu lực"]
    assert unquoted(lines) == ["QUY CHẾ", "", "Điều 1. Ban Thanh tra nhân dân gồm 05 thành viên.", "", "Điều 2. Hiệu lực"]
    # a few lines that begin with ">" in an ordinary text stay as they are
    plain = ["Điều 1. Tỷ lệ tán thành", "> 50% tổng số hộ", "Điều 2. Hiệu lực", "Quy chế có hiệu lực từ ngày ký."]
    assert unquoted(plain) == plain
    doc = build_input("\n".join(lines), "x")
    assert [u.label for u in doc.parsed.units if u.level == "article"] == ["1", "2"]


def test_an_article_in_capitals_near_the_end_is_no_signature_title():
    from checker.kinds.required_content import signature_pieces
    text = ("HƯƠNG ƯỚC THÔN PHÚ AN\n\nĐiều 1. Phạm vi\nHương ước áp dụng trong thôn.\n"
            "ĐIỀU 12. TRƯỞNG THÔN VÀ TRƯỞNG BAN CÔNG TÁC MẶT TRẬN TỔ CHỨC THỰC HIỆN HƯƠNG ƯỚC NÀY.\n\n"
            "TRƯỞNG THÔN\nLê Văn Khoát\n")
    titles = [s.text for s in signature_pieces(build_input(text, "x"))]
    assert "TRƯỞNG THÔN" in titles and not any(t.startswith("ĐIỀU 12") for t in titles)
