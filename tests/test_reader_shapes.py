"""Documents in the shapes users paste: e-mail and chat envelopes, bodies in capitals, OCR slips, dates in words."""
import pytest

from checker.text import build_input

FORWARD = """Fw: KH to chuc HN VC-NLD 2026 (ban sua lan 2)
-----Original Message-----
From: tochuc@example.invalid   Sent: 02/03/2026 16:20
* Tep dinh kem: KH_HNVC_2026_v2.docx

SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH BẠCH SA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN QUẢN LÝ CẢNG CÁ GÀNH HẢI | Độc lập - Tự do - Hạnh phúc
Số: 09/KH-BQL | Gành Hải, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Tổ chức Hội nghị viên chức, người lao động năm 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Kiểm điểm việc thực hiện nhiệm vụ năm 2025.
"""

REPLY = """---------- Forwarded message ---------
From: Phòng Nhân sự <hr@example.invalid>
Date: Thứ Sáu, 24 thg 10, 2025 lúc 16:05
Subject: Re: V/v trả lời yêu cầu đối thoại của bên người lao động
To: Ban Chấp hành Công đoàn cơ sở <cdcs@example.invalid>

Kính gửi Ban Chấp hành Công đoàn cơ sở,

1. Công ty nhận được văn bản số 11/CĐCS vào ngày 03/10/2025.
2. Ngày: 05/10/2025 Công ty họp bàn.
"""


def test_forwarded_document_reads_its_own_header():
    d = build_input(FORWARD)
    h = d.header
    assert (h.doc_type, h.number, h.issued, h.place) == ("Kế hoạch", "09/KH-BQL", "2026-03-02", "Gành Hải")
    assert h.title == "Tổ chức Hội nghị viên chức, người lao động năm 2026"
    assert "|" not in h.issuer and h.issuer.startswith("SỞ NÔNG NGHIỆP")
    assert all(p.line >= 6 for p in d.paras)  # the envelope is no paragraph; line numbers stay


def test_email_without_header_is_dated_and_titled_by_its_envelope():
    d = build_input(REPLY)
    assert d.header.issued == "2025-10-24"
    assert d.header.title == "V/v trả lời yêu cầu đối thoại của bên người lao động"
    assert [p.line for p in d.paras][0] == 7
    assert any(p.line == 10 and p.text.startswith("2. Ngày:") for p in d.paras)  # a body line is no envelope


MESSAGE = """From: Ban Hành chính - Công ty TNHH Gỗ Phú An
To: Các tổ trưởng sản xuất
Sent: 03/02/2026 08:15
Subject: Thông báo về đơn đề nghị của người lao động
Chào cả nhà,
Công ty đã nhận đơn đề nghị về chế độ ăn ca do Công đoàn chuyển ngày 30/01/2026.
Người nào đứng tên trong đơn sẽ bị điều chuyển sang bộ phận bốc xếp.
Trân trọng,
"""

NO_GREETING = """Từ: Tổ trưởng tổ dân phố số 4
Gửi: Các hộ gia đình
Tiêu đề: Lịch họp tổ dân phố
Tổ dân phố họp lúc 19 giờ ngày 12/3/2026 tại nhà văn hóa.
Đề nghị mỗi hộ cử 01 đại diện dự họp.
"""


@pytest.mark.parametrize("text, first_body", [(MESSAGE, 6), (NO_GREETING, 4)])
def test_message_under_its_envelope_is_the_body(text, first_body):
    """s33-ct (unseen89 u89-18 in other words): an e-mail with no official header — its sentences are the body, the
    header ending on its greeting («Chào cả nhà,»), or, with none, before its first line."""
    d = build_input(text)
    body = [p.line for p in d.paras if p.zone == "body"]
    assert body and body[0] == first_body
    assert all(p.zone == "header" for p in d.paras if p.line < first_body)


def test_forwarded_official_document_keeps_its_own_zones():
    """… while a forwarded document with its own header keeps the header reader's zones (no greeting cut)."""
    d = build_input(FORWARD)
    assert [p.zone for p in d.paras if p.line <= 11] == ["header"] * len([p for p in d.paras if p.line <= 11])
    assert any(p.zone == "body" and p.text.startswith("I. MỤC ĐÍCH") for p in d.paras)


def test_plain_document_is_untouched_by_the_envelope_reader():
    text = "ỦY BAN NHÂN DÂN XÃ AN HÒA\nSố: 47/KH-UBND\nAn Hòa, ngày 27 tháng 3 năm 2026\n\nKẾ HOẠCH\nTổ chức bầu Trưởng thôn\n\nTừ: ngày 01/4/2026 các thôn họp.\n"
    d = build_input(text)
    assert d.header.issued == "2026-03-27" and any(p.text.startswith("Từ:") for p in d.paras)


def test_header_date_in_words():
    d = build_input("UBND XÃ MÙ SƯƠNG\nSố: 96/KH-UBND   Mù Sương, ngày mười tháng tám năm hai nghìn không trăm hai mươi sáu\n"
                    "KẾ HOẠCH\nLấy ý kiến Nhân dân\n\n1. Nội dung.\n")
    assert d.header.issued == "2026-08-10"


@pytest.mark.parametrize("title", [
    "Tổng kết Chỉ thị số 30-CT/TW, ngày 18/02/1998 của Bộ Chính trị",
    "Sơ kết Nghị quyết số 12/NQ-HĐND, ngày 10/12/2020 của HĐND xã",
    "Về việc thực hiện Kết luận số 65, ngày 04 tháng 3 năm 2010 của Ban Bí thư",
])
def test_a_title_citing_a_dated_document_keeps_the_documents_own_date(title):
    """The title's «…, ngày 18/02/1998» is the cited directive's date: it reads like a place and a date but its
    «place» is a document's number; the report's own date line stands and the title is kept."""
    d = build_input("ỦY BAN NHÂN DÂN XÃ PHÚ LƯƠNG\nSố: 12/BC-UBND\nPhú Lương, ngày 10 tháng 4 năm 2026\nBÁO CÁO\n"
                    + title + "\n\nI. KẾT QUẢ\n1. Đã tổ chức hội nghị.\n")
    assert (d.header.issued, d.header.place, d.header.title) == ("2026-04-10", "Phú Lương", title)


def test_a_report_without_a_date_line_is_not_dated_by_its_titles_citation():
    d = build_input("BÁO CÁO\nTổng kết Chỉ thị số 30-CT/TW, ngày 18/02/1998 của Bộ Chính trị\n\n"
                    "Thực hiện Kế hoạch số 335-KH/TU, ngày 25/4/2025 của Ban Thường vụ Tỉnh ủy.\n")
    assert d.header.issued is None and d.header.title.startswith("Tổng kết Chỉ thị số 30-CT/TW")


def test_a_number_line_joined_to_the_place_still_dates_the_document():
    d = build_input("UBND XÃ AN HÒA\nSố: 47 /KH-UBND An Hòa, ngày 27 tháng 3 năm 2026\nKẾ HOẠCH\nTổ chức hội nghị\n\n1. Nội dung.\n")
    assert d.header.issued == "2026-03-27"


def test_body_in_capitals_wrapped_after_a_comma_is_one_paragraph():
    text = ("Điều 3. Hội nghị người lao động\n"
            "1. HNNLĐ DO BAN LÃNH ĐẠO CÔNG TY VÀ BAN CHẤP HÀNH CĐCS PHỐI HỢP TỔ CHỨC MỖI NĂM MỘT LẦN,\n"
            "SAU KHI KẾT THÚC NĂM TÀI CHÍNH, CHẬM NHẤT TRƯỚC NGÀY 30 THÁNG 6 CỦA NĂM TIẾP THEO.\n"
            "2. HỘI NGHỊ HỢP LỆ KHI CÓ TRÊN 50% TỔNG SỐ ĐẠI BIỂU.\n"
            "CHƯƠNG II\nQUY ĐỊNH KHÁC\n")
    d = build_input(text)
    p = next(p for p in d.paras if p.text.startswith("1. HNNLĐ"))
    assert (p.line, p.end_line) == (2, 3)
    assert any(p.text == "2. HỘI NGHỊ HỢP LỆ KHI CÓ TRÊN 50% TỔNG SỐ ĐẠI BIỂU." for p in d.paras)


def test_ocr_slips_and_running_headers():
    text = ("HƯƠNG ƯỚC THÔN RUỘNG MUỐI ĐÔNG\n"
            "Ðiều l. Hương ước này quy định các quy tắc tự quản.\n"
            "HƯƠNG ƯỚC THÔN RUỘNG MUỐI ĐÔNG - XÃ DIÊM THỦY ------------------------- Trang 2/3\n"
            "Ðiều 2. Hương ước có hiệu lực kể từ ngày ký.\n")
    d = build_input(text)
    texts = [p.text for p in d.paras]
    assert "Điều 1. Hương ước này quy định các quy tắc tự quản." in texts
    assert not any("Trang 2/3" in t for t in texts)


def test_a_heading_run_into_the_minutes_opening_is_cut_from_it():
    d = build_input("TỔ DÂN PHỐ SỐ 3 - THỊ TRẤN PHÙ KHÊ\n\nBIÊN BẢN HỌP CỘNG ĐỒNG DÂN CƯ (cho thôi làm Tổ trưởng tổ dân phố) - "
                    "Hôm nay, hồi 19 giờ 00 ngày 18/5/2025, tại Nhà văn hóa tổ dân phố, cộng đồng dân cư họp.\n\n"
                    "1. Thành phần\n- Thư ký: ông Nguyễn Văn Hải.\n")
    assert d.header.doc_type == "Biên bản"
    assert d.title_text == "HỌP CỘNG ĐỒNG DÂN CƯ (cho thôi làm Tổ trưởng tổ dân phố)"
    opening = next(p for p in d.paras if p.text.startswith("Hôm nay"))
    assert opening.zone == "body" and opening.line == 3
    # the same heading on its own line: its subject in brackets is part of the title
    d = build_input("TỔ DÂN PHỐ SỐ 3\n\nBIÊN BẢN HỌP CỘNG ĐỒNG DÂN CƯ (cho thôi làm Tổ trưởng tổ dân phố)\n\n"
                    "Hôm nay, ngày 18/5/2025, tổ dân phố họp.\n")
    assert d.header.doc_type == "Biên bản" and "cho thôi làm Tổ trưởng" in d.title_text
    # type word in capitals, title in sentence case, run into "Vào hồi"
    d = build_input("TỔ DÂN PHỐ 12\nBIÊN BẢN Họp tổ dân phố xem xét cho thôi làm Tổ trưởng - Vào hồi 19 giờ ngày 03/9/2026, "
                    "các hộ gia đình họp.\n\n1. Thành phần.\n")
    assert d.title_text == "Họp tổ dân phố xem xét cho thôi làm Tổ trưởng"
    # a heading followed by its title on the next line is not touched
    d = build_input("THÔN A\n\nBIÊN BẢN\nHọp thôn bầu Trưởng thôn\n\nHôm nay, ngày 02/3/2026, thôn họp.\n")
    assert d.title_text == "Họp thôn bầu Trưởng thôn"


def test_an_amendment_heading_is_read_as_the_text_it_amends():
    from checker.doctype import detect
    d = build_input("THÔN BÃI SẬY - XÃ HẠC SƠN\nBãi Sậy, ngày 19 tháng 4 năm 2026\n\n"
                    "NỘI DUNG SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA HƯƠNG ƯỚC THÔN BÃI SẬY\n\n"
                    "Lý do sửa đổi: từ ngày 01/7/2025 thôn thuộc xã Hạc Sơn, một số nội dung cần cập nhật lại.\n\n"
                    "Điều 1. Sửa đổi Điều 1 như sau: phạm vi áp dụng.\n")
    assert detect(d).type == "huong_uoc"
    assert d.header.doc_type == "Hương ước"
    assert d.title_text.startswith("NỘI DUNG SỬA ĐỔI, BỔ SUNG")
    assert next(p for p in d.paras if p.text.startswith("Lý do")).zone != "header"
    for heading in ("SỬA ĐỔI, BỔ SUNG QUY ƯỚC TỔ DÂN PHỐ SỐ 4", "BẢN BỔ SUNG HƯƠNG ƯỚC THÔN NÀ HÁN"):
        assert detect(build_input(f"THÔN A\n\n{heading}\n\nĐiều 1. Bổ sung Điều 5a.\n")).type == "huong_uoc"
    # a decision recognising an amendment stays a decision (no rules of its own)
    assert detect(build_input("UBND XÃ HẠC SƠN\n\nQUYẾT ĐỊNH\nCông nhận nội dung sửa đổi, bổ sung Hương ước thôn Bãi Sậy"
                              "\n\nĐiều 1. Công nhận.\n")).type == ""


def test_a_copy_with_words_two_spaces_apart_is_read_single_spaced():
    from checker.text import single_spaced
    lines = ["HƯƠNG  ƯỚC  THÔN  NÀ  PÈ", "Nà  Pè ,  ngày  16  tháng  11  năm  2025", "",
             "Điều  20.  Hương  ước  có  hiệu  lực  kể  từ  ngày  được  công  nhận.",
             "TRƯỞNG  THÔN                    TRƯỞNG  BAN  CÔNG  TÁC  MẶT  TRẬN"]
    out = single_spaced(lines)
    assert out[1] == "Nà Pè, ngày 16 tháng 11 năm 2025"
    assert out[4] == "TRƯỞNG THÔN                    TRƯỞNG BAN CÔNG TÁC MẶT TRẬN"  # the column gap stays
    # an ordinary text, with a few double spaces after a full stop, is left as it is
    plain = ["Điều 1. Phạm vi áp dụng của hương ước này.  Hương ước áp dụng trong thôn Nà Pè, xã Bản Lầu."] * 3
    assert single_spaced(plain) == plain


def test_a_heading_in_capitals_run_into_the_first_sentence_is_cut_and_the_amendment_dated_by_its_own_steps():
    from checker.docdate import document_date
    from checker.doctype import detect
    d = build_input("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nThôn Hòa Sơn, ngày 14 tháng 4 năm 2026\n"
                    "HƯƠNG ƯỚC THÔN HÒA SƠN, XÃ EA KMĂNG (SỬA ĐỔI, BỔ SUNG NĂM 2026) Cộng đồng dân cư thôn Hòa Sơn thống "
                    "nhất sửa đổi Điều 9 của Hương ước thôn Hòa Sơn như sau:\n\nI. QUÁ TRÌNH SỬA ĐỔI\n"
                    "1. Hương ước thôn Hòa Sơn được Ủy ban nhân dân xã Cư Bông công nhận tại Quyết định số 87/QĐ-UBND "
                    "ngày 20/12/2023.\n2. Ngày 12/4/2026, cuộc họp thôn thông qua.\n")
    assert detect(d).type == "huong_uoc"
    assert next(p for p in d.paras if p.text.startswith("Cộng đồng dân cư")).line == 3
    assert document_date(d, "huong_uoc").iso == "2026-04-14"  # not the 2023 recognition of the text it amends
    # the type word alone before sentence case is a title, not a body: left whole
    d = build_input("THÔN A\n\nBIÊN BẢN HỌP Cộng đồng dân cư thôn A về việc bầu Trưởng thôn nhiệm kỳ mới.\n")
    assert any(p.text.startswith("BIÊN BẢN HỌP Cộng đồng") for p in d.paras)


def test_a_decision_whose_title_names_no_quy_che_is_no_quy_che_and_a_work_programme_is_a_plan():
    from checker.doctype import detect
    head = "ỦY BAN NHÂN DÂN\nPHƯỜNG NGỌC TRIỀU\nSố: 58/QĐ-UBND\nNgọc Triều, ngày 02 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\n"
    basis = "\n\nCăn cứ Quy chế thực hiện dân chủ ở phường Ngọc Triều ban hành kèm theo Quyết định số 31/QĐ-UBND;\n\n"
    assert detect(build_input(head + "Về việc lấy ý kiến Nhân dân đối với dự thảo Kế hoạch chỉnh trang chợ" + basis
                              + "Điều 1. Tổ chức lấy ý kiến Nhân dân.\n")).type == ""
    assert detect(build_input(head + "Ban hành Quy chế thực hiện dân chủ ở phường Ngọc Triều" + basis
                              + "Điều 1. Ban hành kèm theo Quyết định này Quy chế.\n")).type == "quy_che_xa"
    d = build_input("BAN THANH TRA NHÂN DÂN\nCẩm Vân, ngày 12 tháng 01 năm 2026\n\n"
                    "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026 CỦA BAN THANH TRA NHÂN DÂN TRƯỜNG THCS KIM BỒ\n"
                    "Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022;\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Kiểm tra.\n")
    assert detect(d).type == "ke_hoach"
    # a meeting's agenda stays a kind with no rules of its own
    assert detect(build_input("UBND XÃ A\n\nCHƯƠNG TRÌNH HỘI NGHỊ ĐỐI THOẠI NĂM 2026\n\n1. Khai mạc.\n")).type == ""


def test_a_type_word_and_its_qualifier_in_capitals_then_a_title_in_lower_case():
    from checker.doctype import detect
    d = build_input("CÔNG TY TNHH MỘT THÀNH VIÊN XỔ SỐ LAM ĐIỀN\nSố: 02/KHLT-XSKT          Lam Điền, ngày 10 tháng 01 năm 2024\n\n"
                    "KẾ HOẠCH LIÊN TỊCH thực hiện dân chủ ở Công ty năm 2024\n\nThực hiện Quy chế thực hiện dân chủ của "
                    "Công ty, Giám đốc và Ban Chấp hành Công đoàn thống nhất như sau.\n\nI. NỘI DUNG\n1. Hội nghị.\n")
    assert detect(d).type == "ke_hoach"
    assert d.header.doc_type == "Kế hoạch" and "thực hiện dân chủ ở Công ty" in d.title_text


@pytest.mark.parametrize("row", ["| TT | Nội dung | Người chủ trì |", "| STT | Việc | Người quyết định |"])
def test_a_table_right_under_the_title_opens_the_body_and_leaves_the_title_whole(row):
    """s24-fa2: the rows of a table right under the title were read as lines of the title, so no rule read them; the
    table is the body's first paragraph, and the title is cut where the rows began — never at a cell's words found
    inside the title («TT» in «Ban TTND»)."""
    d = build_input("UBND XÃ AN HÒA\nSố: 47/KH-UBND\nAn Hòa, ngày 27 tháng 3 năm 2026\nKẾ HOẠCH\n"
                    "Hoạt động của Ban TTND xã năm 2026\n" + row + "\n| 1 | Hội nghị định kỳ | Trưởng ban |\n")
    assert d.header.title == "Hoạt động của Ban TTND xã năm 2026"
    assert [p.zone for p in d.paras if p.text.startswith("|")] == ["body", "body"]


def test_a_two_column_header_flattened_into_a_row_stays_in_the_header():
    d = build_input("| ỦY BAN NHÂN DÂN XÃ AN HÒA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 47/KH-UBND\n"
                    "An Hòa, ngày 27 tháng 3 năm 2026\nKẾ HOẠCH\nTổ chức hội nghị\n\n1. Nội dung.\n")
    assert d.header.title == "Tổ chức hội nghị" and d.header.issued == "2026-03-27"


def test_labelled_field_after_the_bases_is_the_body():
    """s33-ct (unseen89 u89-10 in other words): a labelled field under the bases is a line of the text, and a field that
    opens on «Nơi nhận …» names where reports go — no closing; the closing's «Nơi nhận:» and an enacting formula in
    capitals keep their zones."""
    d = build_input("BAN THANH TRA NHÂN DÂN | BỆNH VIỆN ĐA KHOA HUYỆN SÔNG MÃ\n"
                    "Số: 02/KH-TTND | Sông Mã, ngày 15 tháng 01 năm 2026\n"
                    "KẾ HOẠCH HOẠT ĐỘNG NĂM 2026\n"
                    "Căn cứ Nghị quyết Hội nghị viên chức năm 2026.\n"
                    "Người chỉ đạo hoạt động của Ban: Giám đốc Bệnh viện\n"
                    "Nơi nhận kết quả giám sát: Ban Chấp hành Công đoàn Bệnh viện\n"
                    "Quý II: giám sát việc công khai tài chính.\n"
                    "Nơi nhận:\n- Công đoàn Bệnh viện;\n- Lưu.\n")
    zone = {p.text.split(":")[0]: p.zone for p in d.paras}
    assert zone["Người chỉ đạo hoạt động của Ban"] == "body"
    assert zone["Nơi nhận kết quả giám sát"] == "body"
    assert zone["Nơi nhận"] == "closing"
    assert zone["Căn cứ Nghị quyết Hội nghị viên chức năm 2026."] == "basis"


def test_enacting_formula_in_capitals_is_no_field():
    d = build_input("ỦY BAN NHÂN DÂN XÃ TÂN PHONG\nSố: 05/QĐ-UBND    Tân Phong, ngày 02 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\n"
                    "Ban hành Quy chế thực hiện dân chủ ở xã Tân Phong\n\nCăn cứ Luật Thực hiện dân chủ ở cơ sở;\n"
                    "Xét đề nghị của công chức Văn phòng - Thống kê.\n"
                    "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ QUYẾT ĐỊNH: Ban hành kèm theo Quyết định này Quy chế.\n")
    from checker.text import _field_after_bases
    assert not _field_after_bases("QUYẾT ĐỊNH: Ban hành kèm theo Quyết định này Quy chế.")
    assert not _field_after_bases("Căn cứ Luật Thực hiện dân chủ ở cơ sở: các Điều 11, 12.")
    assert _field_after_bases("Thời gian niêm yết: 30 ngày liên tục")
    assert d.paras


@pytest.mark.parametrize("text, field_line, title", [
    # s34-ct (unseen89 u89-26 in other words): an invitation's first field under its title is the body
    ("CÔNG ĐOÀN TRƯỜNG THPT HOA SEN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 04/GM-CĐ | Hoa Sen, ngày 02 tháng 3 năm 2026\n"
     "GIẤY MỜI\nDự Hội nghị viên chức, người lao động năm học 2025 - 2026\nNgười triệu tập và chủ trì: bà Lê Thị Hoa, Chủ tịch Công đoàn\n"
     "Thời gian: 14 giờ, ngày 10/3/2026.\n", 5, "Dự Hội nghị viên chức, người lao động năm học 2025 - 2026"),
    ("THÔN ĐỒNG VÀNG\nTHÔNG BÁO\nVề việc họp thôn bàn mức đóng góp làm đường\nNgười chủ trì: ông Hà Văn Lâm, Trưởng thôn\n"
     "Địa điểm: nhà văn hóa thôn.\n", 4, "Về việc họp thôn bàn mức đóng góp làm đường"),
])
def test_a_labelled_field_under_the_title_opens_the_body(text, field_line, title):
    doc = build_input(text)
    p = next(p for p in doc.paras if p.line == field_line)
    assert p.zone == "body"
    assert doc.header.title == title


def test_the_header_keeps_its_own_labelled_lines():
    doc = build_input("ỦY BAN NHÂN DÂN XÃ AN PHÚ\nSố: 12/UBND\nCÔNG VĂN\nV/v: triển khai Quy chế dân chủ\nKính gửi: các thôn.\n"
                      "1. Các thôn phổ biến Quy chế.\n")
    assert all(p.zone == "header" for p in doc.paras if p.line <= 5)
