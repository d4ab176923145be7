"""Reading a document's type and its own date (s27-dt): the heading shapes of ``rules/doctypes.yaml``'s examples, and
the one reader of the document's own date (``checker.docdate``: ``own_date``, ``minutes_date``, ``document_date``),
with the dates the former readers (``citations.own_date``, ``outdated_reference._minutes_date``, the notice's signing
line of ``conflict.dates``) handled."""
from __future__ import annotations

import pytest

from checker.docdate import ATTACHED_TO, MEETING, document_date, is_draft, minutes_date, own_date, signed_date
from checker.doctype import detect
from checker.ruledata import DOCTYPES_FILE, RULES_DIR, read_yaml
from checker.text import build_input

_EXAMPLES = read_yaml(RULES_DIR / DOCTYPES_FILE)["examples"]


@pytest.mark.parametrize("example", _EXAMPLES, ids=[e["text"].strip().split("\n")[-1][:40] for e in _EXAMPLES])
def test_doctype_examples(example):
    d = detect(build_input(example["text"], "x"))
    assert d.type == example["type"]
    assert set(example.get("variants", ())) <= set(d.variants)


_HEAD = "ỦY BAN NHÂN DÂN XÃ TÂN PHONG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"


def test_own_date_from_the_header():
    doc = build_input(_HEAD + "Số: 12/KH-UBND                 Tân Phong, ngày 15 tháng 01 năm 2026\n\nKẾ HOẠCH\n"
                      "Thực hiện dân chủ năm 2026\n\nI. MỤC ĐÍCH\n", "x")
    assert own_date(doc) == ("2026-01-15", True)
    assert document_date(doc, "ke_hoach").iso == "2026-01-15"


def test_a_flattened_heading_dates_the_text_for_every_reader():
    """unseen77 u77-06: the place-and-date line inside a heading flattened onto one line; a Căn cứ citing a quy chế
    issued with a decision is not the text's own date."""
    doc = build_input("UBND TỈNH BẠCH TRÚC / SỞ XÂY DỰNG — Số: 35/KH-SXD — Bạch Trúc, ngày 12 tháng 01 năm 2026 — "
                      "KẾ HOẠCH thực hiện dân chủ ở cơ sở tại Sở Xây dựng năm 2026\n\n"
                      "Căn cứ Quy chế thực hiện dân chủ của Sở ban hành kèm theo Quyết định số 210/QĐ-SXD ngày "
                      "15/9/2025;\n\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm quyền được biết.\n", "x")
    assert own_date(doc) == ("2026-01-12", True)
    d = document_date(doc, "ke_hoach")
    assert d.iso == "2026-01-12" and d.line == 1


@pytest.mark.parametrize("heading, iso", [
    # s35-ct (unseen95 u95-23, u95-28): the date beside the number, or alone under the title, with no place before it
    ("UBND XÃ BÌNH KHÊ\nSố: 41/TB-UBND, ngày 03/6/2024\nTHÔNG BÁO\nVề lịch tiếp công dân", "2024-06-03"),
    ("UBND XÃ BÌNH KHÊ\nSố 41/TB-UBND - ngày 3 tháng 6 năm 2024\nTHÔNG BÁO\nVề lịch tiếp công dân", "2024-06-03"),
    ("ỦY BAN MTTQ VIỆT NAM XÃ BÌNH KHÊ\nQUYẾT ĐỊNH Số 07/QĐ-MTTQ ngày 09/4/2025\nVề việc thành lập Ban giám sát",
     "2025-04-09"),
    ("BAN GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG XÃ BÌNH KHÊ\nBÁO CÁO\nKết quả giám sát quý I\n(ngày 02/4/2025)",
     "2025-04-02"),
    ("TỔ DÂN PHỐ SỐ 2\nKẾ HOẠCH hoạt động năm 2024 (Ngày 08 tháng 01 năm 2024)", "2024-01-08"),
    ("CÔNG TY TNHH GỖ MINH KHÊ\nQUY CHẾ ĐỐI THOẠI TẠI NƠI LÀM VIỆC\nNgày 20/02/2026", "2026-02-20"),
])
def test_a_date_beside_the_number_or_alone_dates_the_text(heading, iso):
    doc = build_input(heading + "\n\nI. NỘI DUNG\n1. Các bộ phận thực hiện theo quy định.\n", "x")
    assert doc.header.issued == iso
    assert own_date(doc) == (iso, True)
    assert document_date(doc).iso == iso


@pytest.mark.parametrize("heading", [
    # a bracket saying what happened that day, another document's date, a draft's round: not the text's own date
    "THÔN KHE NƯA\nHƯƠNG ƯỚC THÔN KHE NƯA\n(Thông qua tại cuộc họp cộng đồng dân cư ngày 14/9/2025)",
    "THÔN KHE NƯA\nGIẤY MỜI\nHọp cộng đồng dân cư (phát ngày 20/7/2025)",
    "UBND XÃ BÌNH KHÊ\nKẾ HOẠCH\nThực hiện Quyết định số 12/QĐ-UBND ngày 05/3/2025",
    "THÔN KHE NƯA\nDỰ THẢO\nHƯƠNG ƯỚC THÔN KHE NƯA\n(ngày 20/11/2026)",
])
def test_a_date_that_is_not_the_texts_own_does_not_date_it(heading):
    doc = build_input(heading + "\n\nI. NỘI DUNG\n1. Các bộ phận thực hiện theo quy định.\n", "x")
    assert doc.header.issued is None


def test_a_blank_date_gives_its_year_not_exact():
    doc = build_input(_HEAD + "Số:    /NQ-HĐND            Tân Phong, ngày …… tháng …… năm 2026\n\nDỰ THẢO\n\nNGHỊ QUYẾT\n"
                      "Về biện pháp bảo đảm thực hiện dân chủ ở cơ sở\n", "x")
    assert own_date(doc) == ("2026-01-01", False)
    d = document_date(doc, "nghi_quyet_bien_phap")
    assert d.iso is None and d.draft


def test_a_tờ_trình_presenting_a_draft_is_no_draft():
    """lawful2 lw2-02: "II. NỘI DUNG CHÍNH CỦA DỰ THẢO" names the draft the tờ trình presents."""
    doc = build_input(_HEAD + "Số: 09/TTr-UBND                 Tân Phong, ngày 05 tháng 02 năm 2026\n\nTỜ TRÌNH\n"
                      "Về dự thảo Nghị quyết quy định các biện pháp bảo đảm thực hiện dân chủ ở cơ sở\n\n"
                      "Kính gửi: Hội đồng nhân dân xã Tân Phong.\n\nI. SỰ CẦN THIẾT\nThực hiện Luật.\n\n"
                      "II. NỘI DUNG CHÍNH CỦA DỰ THẢO\nDự thảo gồm 3 chương.\n", "x")
    assert not is_draft(doc)
    assert document_date(doc, "").iso == "2026-02-05"
    stamped = build_input(_HEAD + "Số:    /NQ-HĐND                 DỰ THẢO\n\nNGHỊ QUYẾT\nVề biện pháp\n", "x")
    assert is_draft(stamped)


_MINUTES = ("THÔN NÀ NGỰA                           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "XÃ PÀ VINH                              Độc lập - Tự do - Hạnh phúc\n\n"
            "BIÊN BẢN\nCuộc họp cộng đồng dân cư thôn Nà Ngựa\n\n{opening}\n\nII. NỘI DUNG\n- Chủ trì: ông Hoàng Văn Tiến.\n")


@pytest.mark.parametrize("opening, iso", [
    # the forms the former outdated_reference._minutes_date read
    ("Thời gian: 14 giờ 00, ngày 27/02/2026, tại Nhà văn hóa thôn.", "2026-02-27"),
    ("Vào hồi 08 giờ 00 ngày 16 tháng 12 năm 2025, tại Nhà văn hóa thôn.", "2025-12-16"),
    ("Hồi 08 giờ 00 ngày 16 tháng 12 năm 2025, tại Nhà văn hóa thôn.", "2025-12-16"),
    ("Lúc 14 giờ ngày 20/5/2026, tại Nhà văn hóa thôn.", "2026-05-20"),
    ("Hôm nay, ngày 14 tháng 8 năm 2022, tại Nhà văn hóa thôn.", "2022-08-14"),
    # unseen47 n07: a list item under "2. Thời gian, thành phần"
    ("2. Thời gian, thành phần\n- Thời gian: 14 giờ 00 ngày 21/7/2024, tại Nhà văn hóa thôn Nà Ngựa.", "2024-07-21"),
    ("1. Thời gian và địa điểm: 19 giờ 30 ngày 18/8/2024, tại Nhà văn hóa thôn.", "2024-08-18"),
    # lawful12 lw12_11: the meeting's date first, a decision's date after it in the same line
    ("Hồi 08 giờ 00 ngày 24/11/2024, tại nhà văn hóa thôn, Tổ bầu cử (thành lập theo Quyết định số 208/QĐ-UBND ngày "
     "08/11/2024) triệu tập cuộc họp.", "2024-11-24"),
])
def test_minutes_are_dated_by_their_meeting_for_every_reader(opening, iso):
    doc = build_input(_MINUTES.format(opening=opening), "x")
    assert minutes_date(doc).iso == iso
    assert own_date(doc, meeting=True) == (iso, True)  # ("Hôm nay, ngày …" reads as a place-and-date line too)
    d = document_date(doc, "")
    assert (d.iso, d.kind) == (iso, MEETING)


def test_an_online_vote_spanning_days_is_no_meeting_date():
    """unseen34 n06: "Thời gian bắt đầu: … ngày 03/10/2026; thời gian kết thúc: … 05/10/2026" — the minutes record
    the vote's result, written at its end; no meeting opens them."""
    doc = build_input(_MINUTES.format(opening="Thời gian bắt đầu: 07 giờ 00 ngày 03/10/2026; thời gian kết thúc: "
                                              "21 giờ 00 ngày 05/10/2026."), "x")
    assert minutes_date(doc) is None and own_date(doc, meeting=True) is None


def test_a_notice_is_dated_by_the_line_it_signs_with():
    text = ("THÔN ĐÔNG\n\nTHÔNG BÁO\nVề việc họp thôn\n\nThôn tổ chức họp vào ngày 28/11/2026.\n\n"
            "Cầy Vằn, ngày 20 tháng 11 năm 2026\nTRƯỞNG THÔN\nLê Văn Hải\n")
    doc = build_input(text, "x")
    assert signed_date(doc) == "2026-11-20"
    assert own_date(doc, signed=True) == ("2026-11-20", True)


# s35-hz (unseen95 u95-22): a table under title lines that ``unwrap`` joined into one paragraph (no type heading read
# off it) is the body's table, numbered or not; the rows of a header flattened into columns stay in the header.
@pytest.mark.parametrize("text", [
    "HƯƠNG ƯỚC THÔN NÀ LẦU (trích)\n(Ban hành kèm theo Quyết định số 14/QĐ-UBND ngày 03/3/2025 của UBND xã)\n"
    "Biểu 1. Mức đóng góp của hộ gia đình\n| Khoản đóng góp | Mức thu | Thời hạn |\n"
    "| Quỹ sửa đường làng | 200.000 đồng/hộ | Tháng 6 |\n| Quỹ khuyến học | 50.000 đồng/hộ | Tháng 9 |\n",
    "QUY ƯỚC TỔ DÂN PHỐ SỐ 3 (trích Phụ lục)\n(Kèm theo Quyết định số 27/QĐ-UBND ngày 11/8/2025 của UBND phường)\n"
    "Phụ lục. Việc Nhân dân bàn và quyết định\n| Việc | Cách quyết định | Ghi chú |\n"
    "| Mức đóng góp sửa nhà văn hóa | Biểu quyết công khai | Trên 50% số hộ |\n"
    "| Nội dung quy ước | Phát phiếu lấy ý kiến | Trên 50% số hộ |\n",
])
def test_a_content_table_under_a_joined_title_is_the_body(text):
    doc = build_input(text, "x")
    rows = [p for p in doc.paras if p.text.lstrip().startswith("|")]
    assert rows and all(p.zone == "body" for p in rows)
    assert doc.paras[0].zone == "header"


@pytest.mark.parametrize("text", [
    "| ỦY BAN NHÂN DÂN XÃ ĐÔNG LÂM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
    "| Số: 12/TB-UBND | Độc lập - Tự do - Hạnh phúc |\n| | Đông Lâm, ngày 04 tháng 5 năm 2026 |\n"
    "THÔNG BÁO\nVề việc họp thôn\n\nThôn tổ chức họp vào ngày 10/5/2026.\n",
    "ỦY BAN NHÂN DÂN XÃ ĐÔNG LÂM\n| Số: 12/TB-UBND | Đông Lâm, ngày 04 tháng 5 năm 2026 |\n"
    "| Kính gửi: | Trưởng các thôn |\nTHÔNG BÁO\nVề việc họp thôn\n\nThôn tổ chức họp vào ngày 10/5/2026.\n",
])
def test_a_header_flattened_into_columns_stays_in_the_header(text):
    doc = build_input(text, "x")
    rows = [p for p in doc.paras if p.text.lstrip().startswith("|")]
    assert rows and all(p.zone == "header" for p in rows)


# s36-hz (unseen95 u95-23): a header's number written with its date and no place («Số: 88/KH-UBND, ngày 11/11/2024»)
# is the number — the number is no place — and the date stays the document's; a place between them is read as before.
@pytest.mark.parametrize("line, number, date", [
    ("Số: 88/KH-UBND, ngày 11/11/2024", "88/KH-UBND", "2024-11-11"),
    ("Số: 14/TB-UBND , ngày 03 tháng 6 năm 2025", "14/TB-UBND", "2025-06-03"),
    ("Số: 07/KH-BCĐ                Tân Phong, ngày 15 tháng 01 năm 2026", "07/KH-BCĐ", "2026-01-15"),
])
def test_a_number_beside_its_date_is_the_number(line, number, date):
    doc = build_input("ỦY BAN NHÂN DÂN XÃ TÂN PHONG\n" + line + "\nKẾ HOẠCH\nTổ chức họp thôn năm 2026\n\n"
                      "1. Các thôn tổ chức họp trong tháng 6.\n", "x")
    assert doc.header.number == number
    assert doc.header.place in ("", "Tân Phong")
    assert own_date(doc)[0] == date
    assert [p.zone for p in doc.paras[:2]] == ["header", "header"]


# s36-hz (unseen97 u97-23): a notice's heading carrying its title on its own line, then labelled fields of content — the
# first field opens the body, «Số người dự: …» included (only «Số:» is the header's number); a minutes' heading with its
# title keeps its fields in the header (checker_dev_acts2 da2-11), and so does a number line.
def test_fields_under_a_titled_notice_heading_are_the_body():
    doc = build_input(
        "BỆNH VIỆN ĐA KHOA HUYỆN LÂM SA\nTHÔNG BÁO Danh sách Ban Thanh tra nhân dân nhiệm kỳ 2025 – 2027\n"
        "Hội nghị viên chức, người lao động ngày 12/3/2025 (120/131 người có mặt) đã bầu Ban Thanh tra nhân dân gồm 03 "
        "thành viên do Công đoàn giới thiệu.\nSố đại biểu có mặt: 120 | Số phiếu phát ra: 120\n"
        "Người ký quyết định công nhận: Giám đốc Bệnh viện (Quyết định số 21/QĐ-BV ngày 15/3/2025)\n"
        "Thành viên: bà Lò Thị A, ông Cầm Văn B, bà Vi Thị C\nNhiệm kỳ: 02 năm, kể từ ngày công nhận\n"
        "Nơi nhận: các khoa, phòng; lưu VT.\n", "x")
    fields = [p for p in doc.paras if ":" in p.text and not p.text.startswith("Nơi nhận")]
    assert doc.paras[0].zone == "header" and len(fields) >= 3 and all(p.zone == "body" for p in fields)
    assert doc.header.doc_type == "Thông báo" and doc.header.title.startswith("Danh sách Ban Thanh tra")


def test_a_number_line_under_a_titled_notice_heading_stays_in_the_header():
    doc = build_input("ỦY BAN NHÂN DÂN XÃ ĐÔNG LÂM\nTHÔNG BÁO Lịch họp thôn tháng 5\nSố: 12/TB-UBND\n"
                      "Thời gian họp: 19 giờ ngày 10/5/2026\n", "x")
    assert [p.zone for p in doc.paras[:3]] == ["header"] * 3


# s36-zn (unseen97 u97-03): an excerpt's fields one a line under longer labels («Nơi … được gửi …: …», «Thời hạn trả lời
# …: …»), no line ending on a full stop, were joined into paragraphs; each field is its own paragraph, in the body
def test_fields_under_longer_labels_stay_separate_paragraphs():
    doc = build_input(
        "BỆNH VIỆN ĐA KHOA HUYỆN LÂM SA\nQUY CHẾ TIẾP NHẬN Ý KIẾN (trích Mục 3 – Góp ý của viên chức)\n"
        "Bộ phận đầu mối: Phòng Điều dưỡng\nHình thức góp ý: hộp thư tại các khoa; thư điện tử của Bệnh viện\n"
        "Nơi viên chức được nộp đơn góp ý: chỉ Phòng Điều dưỡng\nThời gian phản hồi cho viên chức: 07 ngày làm việc\n"
        "Thời gian phản hồi Ban Thanh tra: 10 ngày\nLưu ý: giữ kín tên người góp ý\n", "x")
    fields = [p for p in doc.paras if ":" in p.text]
    assert len(fields) == 6 and all(p.line == p.end_line for p in fields)
    assert all(p.zone == "body" for p in fields)


def test_a_sentence_wrapped_before_a_colon_still_joins():
    # one sentence whose wrap leaves a name's tail and a colon on the next line: not a field
    doc = build_input("KẾ HOẠCH\nGiám sát đầu tư của cộng đồng năm 2026\n\n1. Số lượng thành viên Ban\n"
                      "Giám sát đầu tư của cộng đồng: 04 người.\n2. Thời gian giám sát từ tháng 3\n"
                      "đến tháng 10 năm 2026.\n", "x")
    texts = [p.text for p in doc.paras]
    assert "1. Số lượng thành viên Ban Giám sát đầu tư của cộng đồng: 04 người." in texts
    assert "2. Thời gian giám sát từ tháng 3 đến tháng 10 năm 2026." in texts


@pytest.mark.parametrize("heading, iso", [
    # s37 (unseen100 u100-16): the short form under a quy chế's title dates the quy chế by the decision issuing it
    ("QUY CHẾ THỰC HIỆN DÂN CHỦ Ở XÃ HÒA MỸ (trích Điều 33)\n(Kèm theo Quyết định số 21/QĐ-UBND ngày 20/5/2024 của "
     "UBND xã Hòa Mỹ)", "2024-05-20"),
    ("QUY CHẾ DÂN CHỦ TRONG HOẠT ĐỘNG CỦA TRƯỜNG\nkèm theo Quyết định số 08/QĐ-THCS ngày 05 tháng 9 năm 2025 của "
     "Hiệu trưởng", "2025-09-05"),
    ("QUY CHẾ THỰC HIỆN DÂN CHỦ\n(Ban hành kèm theo Quyết định số 86/QĐ-BQL ngày 20/9/2024 của Giám đốc Ban)",
     "2024-09-20"),
])
def test_a_text_issued_with_a_decision_is_dated_by_it(heading, iso):
    doc = build_input(heading + "\n\nĐiều 1. Phạm vi\nQuy chế này quy định việc thực hiện dân chủ.\n", "x")
    d = document_date(doc, "quy_che_xa")
    assert d.iso == iso and d.note == ATTACHED_TO


@pytest.mark.parametrize("text", [
    # the same words inside the body, or after another noun, name another document's date, not this text's
    "QUY CHẾ THỰC HIỆN DÂN CHỦ\n\nĐiều 1. Phạm vi\nDanh sách thành viên kèm theo Quyết định số 21/QĐ-UBND ngày "
    "20/5/2024 của UBND xã.\n",
    "QUY CHẾ THỰC HIỆN DÂN CHỦ\n\nĐiều 1. Phạm vi\n(Kèm theo Quyết định số 21/QĐ-UBND ngày 20/5/2024 của UBND xã)\n",
])
def test_a_decision_named_outside_the_heading_does_not_date_the_text(text):
    assert document_date(build_input(text, "x"), "quy_che_xa").iso is None
