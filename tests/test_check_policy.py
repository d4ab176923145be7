"""Types, dates and the law in force on the date (docs/severity-policy.md), on real documents.

The reviewer's drafts (``$DCCS_CORPUS/review``), the seeds and the knowledge base are used as
they are; variants are made by editing a real draft in the test, so each assertion could fail.
"""
from __future__ import annotations

import json
from dataclasses import replace
import re
from datetime import date
from pathlib import Path

import pytest

from checker import check_file, check_text, to_dict
from checker.basis import BasisResolver
from checker.docdate import ISSUED, LATEST, RECOGNISED, document_date
from checker.doctype import detect
from checker.engine import CheckInputError
from checker.model import ERROR, WARNING
from checker.policy import gate
from checker.rules import catalogue
from checker.text import build_input
from corpus.loader import load_file
from corpus.official import header_segments, normalize_number_dashes, parse_official, unwrap, parse_header

TODAY = date.today().isoformat()
LAW, D59, D61 = "10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP"


@pytest.fixture(scope="module")
def review(corpus) -> Path:
    return corpus / "review"


@pytest.fixture(scope="module")
def cases(review) -> list[dict]:
    return json.loads((review / "expected.json").read_text(encoding="utf-8"))["cases"]


def doc_of(path: Path):
    return build_input(load_file(path).text, path.name)


def basis_docs(report) -> set[str]:
    return {b.doc for f in report.findings for b in f.basis if b.source == "kb"}


# -- document type ----------------------------------------------------------------------------
def test_every_review_draft_gets_its_labelled_type(review, cases):
    got = {c["file"]: detect(doc_of(review / c["file"])).type for c in cases}
    assert got == {c["file"]: c["type"] for c in cases}


def test_the_cue_that_decided_is_reported(review):
    det = detect(doc_of(review / "r01-huong-uoc-thon-dong-lam.txt"))
    assert det.type == "huong_uoc" and det.cue == "tiêu đề «HƯƠNG ƯỚC THÔN ĐÔNG LÂM»"
    det = detect(doc_of(review / "r06-quy-che-dan-chu-truong-thcs-yen-khe.txt"))
    assert det.type == "quy_che_co_quan" and "«trong hoạt động của»" in det.cue


def test_seeds_types(seeds):
    got = {p.name[:3]: detect(doc_of(p)).type for p in sorted(seeds.glob("*.txt"))}
    assert got == {"000": "", "001": "nghi_quyet_bien_phap", "002": "bao_cao", "003": "bao_cao", "004": ""}


def test_private_school_private_company_and_letters_stay_unknown(review):
    school = (review / "r06-quy-che-dan-chu-truong-thcs-yen-khe.txt").read_text(encoding="utf-8")
    assert detect(build_input(school)).type == "quy_che_co_quan"
    private = school.replace("TRƯỜNG THCS YÊN KHÊ", "TRƯỜNG MẦM NON TƯ THỤC HOA MAI") \
        .replace("Trường THCS Yên Khê", "Trường Mầm non tư thục Hoa Mai")
    det = detect(build_input(private))
    assert det.type == "" and det.heading == "quyet dinh"
    company = (review / "r08-quy-che-dan-chu-cong-ty-thuy-loi-ha-lam.txt").read_text(encoding="utf-8")
    assert detect(build_input(company)).type == "quy_che_doanh_nghiep"
    # The same quy chế with no word of state ownership and no Ban Thanh tra nhân dân: a private firm.
    lines = [ln for ln in company.splitlines()
             if not re.search(r"Nhà nước|chủ sở hữu|Ban Thanh tra nhân dân", ln, re.IGNORECASE)]
    det = detect(build_input("\n".join(lines)))
    # an employer's quy chế all the same, of no variant: the labour-law rules read it, Chương IV Mục 1's do not
    assert (det.type, det.variants) == ("quy_che_doanh_nghiep", ())
    # … a text naming such a quy chế under no heading of its own stays unknown, and the note says why
    # (rules/doctypes.yaml unmet_note)
    det = detect(build_input("CÔNG TY CỔ PHẦN MAY MINH ANH\n\nNgười lao động đọc Quy chế dân chủ ở cơ sở tại nơi làm "
                             "việc của Công ty tại bảng tin từng phân xưởng.\n"))
    assert det.type == "" and "không nêu chủ sở hữu" in det.cue and "Nghị định 145/2020/NĐ-CP" in det.cue
    assert "doanh nghiệp nhà nước" not in detect(build_input(private)).cue  # a private school is no enterprise
    letter = ("ỦY BAN NHÂN DÂN XÃ AN HÒA\nSố: 12/UBND-VP\nV/v hướng dẫn xây dựng Quy chế thực hiện dân chủ ở xã\n"
              "An Hòa, ngày 03 tháng 3 năm 2026\n\nKính gửi: Ban công tác Mặt trận các thôn\n\n"
              "Để triển khai Quy chế thực hiện dân chủ ở xã, Ủy ban nhân dân xã hướng dẫn như sau:\n"
              "1. Các thôn rà soát hương ước.\n")
    det = detect(build_input(letter))
    assert det.type == "" and det.heading == "cong van" and "doanh nghiệp nhà nước" not in det.cue


def test_an_employers_owner_is_read_from_the_text(review):
    """Law 10/2022 Art. 2.4, 82 and the Enterprise Law's Art. 4.11: who owns the employer decides whether Chương IV
    Mục 1 binds its quy chế; the type is the same, its variant says (rules/doctypes.yaml ``owner``)."""
    company = (review / "r08-quy-che-dan-chu-cong-ty-thuy-loi-ha-lam.txt").read_text(encoding="utf-8")
    det = detect(build_input(company))
    assert (det.type, det.variants) == ("quy_che_doanh_nghiep", ("nha_nuoc",)) and "Nhà nước nắm giữ 100%" in det.cue
    bare = "\n".join(ln for ln in company.splitlines()
                     if not re.search(r"Nhà nước|chủ sở hữu|Ban Thanh tra nhân dân", ln, re.IGNORECASE))

    def owner_of(sentence: str) -> tuple[str, tuple[str, ...]]:
        d = detect(build_input(bare.replace("Theo đề nghị của Trưởng phòng", sentence + "\nTheo đề nghị của Trưởng phòng")))
        return d.type, d.variants

    ngoai, nha_nuoc = ("quy_che_doanh_nghiep", ("ngoai_nha_nuoc",)), ("quy_che_doanh_nghiep", ("nha_nuoc",))
    # the two cues that once typed a foreign or private company as a state enterprise
    assert owner_of("Công ty là doanh nghiệp 100% vốn đầu tư nước ngoài.") == ngoai
    assert owner_of("Công ty không phải doanh nghiệp nhà nước, thực hiện dân chủ theo pháp luật về lao động.") == ngoai
    assert owner_of("Căn cứ Điều 82 Luật Thực hiện dân chủ ở cơ sở;") == ngoai
    assert owner_of("Hợp tác xã sử dụng 38 người lao động theo hợp đồng lao động.") == ngoai
    # "không lựa chọn áp dụng": only an employer outside the State sector has that choice (Art. 82.2)
    assert owner_of("Công ty không lựa chọn áp dụng các quy định về doanh nghiệp nhà nước.") == ngoai
    # the State's share in figures decides (more than 50%)
    assert owner_of("Nhà nước nắm giữ 62% vốn điều lệ của Công ty.") == nha_nuoc
    assert owner_of("Nhà nước nắm giữ 30% vốn điều lệ của Công ty.") == ngoai
    assert owner_of("Công ty có vốn nhà nước chiếm 54% vốn điều lệ.") == nha_nuoc
    assert owner_of("Công ty là doanh nghiệp nhà nước.") == nha_nuoc
    # Art. 82.2: a non-state employer that chose Mục 1 has the chosen variant too
    assert owner_of("Công ty là doanh nghiệp ngoài Nhà nước; Công ty lựa chọn áp dụng quy định về hội nghị người lao "
                    "động của doanh nghiệp nhà nước.") == ("quy_che_doanh_nghiep", ("ngoai_nha_nuoc", "chon_muc_1"))
    # a quy chế that does not say who owns the employer: the type, no variant
    assert owner_of("Công ty có 230 người lao động.") == ("quy_che_doanh_nghiep", ())


def test_state_enterprise_rules_run_on_the_state_variant_only(store, review):
    """A rule of Chương IV Mục 1 (RL-06, Law Art. 77.2) names ``quy_che_doanh_nghiep:nha_nuoc``; a rule of the labour
    law names the type alone and reads every employer."""
    rl06 = [r for r in catalogue() if r.id == "RL-06"]
    assert rl06[0].applies_to == ("quy_che_doanh_nghiep:nha_nuoc", "quy_che_doanh_nghiep:chon_muc_1")
    body = ("QUY CHẾ DÂN CHỦ Ở CƠ SỞ TẠI NƠI LÀM VIỆC\ncủa Công ty cổ phần May Đông Hải {owner}\n\n"
            "Điều 9. Ban Thanh tra nhân dân\nKế toán trưởng Công ty là thành viên Ban Thanh tra nhân dân.")
    private = check_text(body.format(owner="(doanh nghiệp thuộc khu vực ngoài Nhà nước)"), store, rules=rl06,
                         as_of="2026-06-01")
    assert private.document.type == "quy_che_doanh_nghiep" and not private.findings
    assert any("khu vực ngoài Nhà nước" in n and "Mục 1 Chương IV" in n for n in private.notes)
    state = check_text(body.format(owner="(Nhà nước nắm giữ 65% vốn điều lệ)"), store, rules=rl06, as_of="2026-06-01")
    assert [f.rule for f in state.findings] == ["RL-06"]
    # --type with a variant overrides the text
    forced = check_text(body.format(owner="(doanh nghiệp thuộc khu vực ngoài Nhà nước)"), store, rules=rl06,
                        as_of="2026-06-01", doc_type="quy_che_doanh_nghiep:nha_nuoc")
    assert [f.rule for f in forced.findings] == ["RL-06"]
    # Art. 82.2: the employer that chose the state enterprise's Ban Thanh tra nhân dân is held to Art. 77.2 …
    chose = check_text(body.format(owner="(doanh nghiệp thuộc khu vực ngoài Nhà nước)") + "\nĐiều 10. Công ty lựa chọn "
                       "áp dụng quy định về Ban Thanh tra nhân dân tại Mục 1 Chương IV Luật.", store, rules=rl06,
                       as_of="2026-06-01")
    assert [f.rule for f in chose.findings] == ["RL-06"]
    # … but not asked for every content group of the section it chose only a part of (RC-04: a state enterprise's)
    assert [r.applies_to for r in catalogue() if r.id == "RC-04"] == [("quy_che_doanh_nghiep:nha_nuoc",)]


def test_report_about_a_quy_che_is_a_report(review):
    det = detect(doc_of(review / "r12-bao-cao-so-ket-qcdc-xa-tan-hoa-2022.txt"))
    assert det.type == "bao_cao"


# -- header ------------------------------------------------------------------------------------
def test_flattened_two_column_header_is_split(review):
    doc = doc_of(review / "r07-quy-che-dan-chu-so-nong-nghiep-moi-truong-nam-linh.txt")
    h = doc.header
    assert h.issuer == "UBND TỈNH NAM LĨNH SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
    assert h.number == "312/QĐ-SNNMT" and h.issued == "2026-03-16"
    assert h.title.startswith("Ban hành Quy chế thực hiện dân chủ trong hoạt động của Sở")
    assert header_segments("Số: 09/KH-UBND Phú Lương, ngày 15 tháng 01 năm 2026") == \
        ["Số: 09/KH-UBND", "Phú Lương, ngày 15 tháng 01 năm 2026"]


def test_date_broken_before_the_year_and_en_dash_numbers(review):
    text = (review / "r12-bao-cao-so-ket-qcdc-xa-tan-hoa-2022.txt").read_text(encoding="utf-8")
    broken = text.replace("Tân Hòa, ngày 15 tháng 11 năm 2022", "Tân Hòa, ngày 15 tháng 11\nnăm 2022", 1)
    assert broken != text
    h, _ = parse_header(unwrap(broken))
    assert h.issued == "2022-11-15"
    numeric = text.replace("Tân Hòa, ngày 15 tháng 11 năm 2022", "Tân Hòa, ngày 15/11/2022", 1)
    assert numeric != text and parse_header(unwrap(numeric))[0].issued == "2022-11-15"
    assert normalize_number_dashes("Nghị định số 04/2015/NĐ–CP ngày 09/01/2015") == \
        "Nghị định số 04/2015/NĐ-CP ngày 09/01/2015"
    doc = parse_official("Căn cứ Nghị định số 04/2015/NĐ–CP ngày 09/01/2015;\nĐiều 1. A.\n", "x.txt").documents[0]
    assert doc.basis == ("Nghị định số 04/2015/NĐ-CP ngày 09/01/2015",)


def test_a_number_label_alone_in_its_cell_joins_the_number_on_the_next_line():
    """A published copy whose two-column header lost its table ("Số:" / "102/2025/NQ-HĐND" / "|" /
    "Tây Ninh, ngày 28" / "tháng 3 năm 2025"): the header is read whole, so the document is dated."""
    real = Path(__file__).resolve().parent / "data" / "checker_real" / "real01-nghi-quyet-102-2025-hdnd-tay-ninh-trich.txt"
    h, _ = parse_header(unwrap(real.read_text(encoding="utf-8")))
    assert (h.doc_type, h.number, h.issued) == ("Nghị quyết", "102/2025/NQ-HĐND", "2025-03-28")
    assert h.issuer == "HỘI ĐỒNG NHÂN DÂN TỈNH TÂY NINH"
    # a "Số:" with its number on the same line, and a body line "Số: …" after a full sentence, stay as they were
    assert [p.text for p in unwrap("Số: 09/KH-UBND\nPhú Lương, ngày 15 tháng 01 năm 2026")] == \
        ["Số: 09/KH-UBND", "Phú Lương, ngày 15 tháng 01 năm 2026"]


def test_a_letters_two_column_header_with_its_subject_line_is_read():
    """The usual công văn: issuer | quốc hiệu, "Số: …" | motto, "V/v …" under the number, the place and date alone
    in the right column. The motto ends its line, so the subject and the date are not swallowed by it."""
    text = ("ỦY BAN NHÂN DÂN XÃ LẠC TƠ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 132/UBND-KT                    Độc lập - Tự do - Hạnh phúc\n"
            "V/v trả lời kiến nghị của Ban Giám sát đầu tư của cộng đồng công trình kè bãi tre Bến Nứa\n"
            "                                   Lạc Tơ, ngày 12 tháng 6 năm 2026\n\n"
            "Kính gửi: Ban Giám sát đầu tư của cộng đồng.\n\nNgày 08/5/2026, UBND xã nhận được Văn bản số 03/KN-GSĐT.\n")
    h, _ = parse_header(unwrap(text))
    assert (h.number, h.issued, h.place, h.issuer) == ("132/UBND-KT", "2026-06-12", "Lạc Tơ", "ỦY BAN NHÂN DÂN XÃ LẠC TƠ")
    # a place and date inside a sentence, or a motto in the middle of a line, do not cut a paragraph
    body = [p.text for p in unwrap("Biên bản lập tại Lạc Tơ, ngày 12 tháng 6 năm 2026, có\nmặt đủ các thành viên.\n")]
    assert body == ["Biên bản lập tại Lạc Tơ, ngày 12 tháng 6 năm 2026, có mặt đủ các thành viên."]
    weekday = [p.text for p in unwrap("3. Hội nghị đối thoại cụm thôn Phú Lộc: thứ\nBảy, ngày 12/7/2026.\n")]
    assert weekday == ["3. Hội nghị đối thoại cụm thôn Phú Lộc: thứ Bảy, ngày 12/7/2026."]


def test_table_rows_and_an_implemented_document_open_paragraphs():
    text = ("Điều 6. Thành viên nhiệm kỳ 2026 - 2028 (theo kết quả bầu ngày 27/3/2026)\n"
            "| TT | Họ và tên | Chức danh trong Ban |\n| 1 | Bà Đinh Thị Lan | Trưởng ban |\n"
            "| 2 | Ông Vũ Quang Hưng | Phó Trưởng ban |\nghi chú sau bảng\n"
            "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2026 của Ủy ban nhân dân phường Kim Đài\n\n"
            "Thực hiện Pháp lệnh số 34/2007/PL-UBTVQH11, UBND phường báo cáo như sau:\n")
    paras = [p.text for p in unwrap(text)]
    assert paras[0].endswith("(theo kết quả bầu ngày 27/3/2026)")
    assert paras[1:5] == ["| TT | Họ và tên | Chức danh trong Ban |", "| 1 | Bà Đinh Thị Lan | Trưởng ban |",
                          "| 2 | Ông Vũ Quang Hưng | Phó Trưởng ban |", "ghi chú sau bảng"]
    # a title line does not end a sentence: "Thực hiện <Pháp lệnh> …" opens the report's first paragraph
    assert paras[-2].endswith("phường Kim Đài")
    assert paras[-1].startswith("Thực hiện Pháp lệnh số 34/2007")


LETTER = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 45/UBND-VP\nV/v tổ chức hội nghị thôn năm 2026\n"
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Phú, ngày 12 tháng 3 năm 2026\n\n"
          "Kính gửi:\n- Trưởng các thôn trên địa bàn xã;\n- Ban công tác Mặt trận các thôn.\n\n"
          "Để triển khai Luật Thực hiện dân chủ ở cơ sở, Ủy ban nhân dân xã đề nghị các thôn tổ chức hội nghị.\n"
          "Ban Giám sát đầu tư của cộng đồng gồm 04 thành viên.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")


def test_a_letters_body_begins_after_its_addressees():
    """"Kính gửi: …" and its list end a letter's header: a body opening with "Để …" (no "Căn cứ", no
    "Thực hiện", no numbered part) is read as the body, not as more header."""
    doc = build_input(LETTER)
    zone = {p.text.split()[0]: p.zone for p in doc.paras}
    assert zone["Để"] == "body" and zone["Ban"] == "body" and zone["Nơi"] == "closing"
    assert doc.header.issued == "2026-03-12" and "Kính" not in doc.header.date_raw
    one_line = LETTER.replace("Kính gửi:\n- Trưởng các thôn trên địa bàn xã;\n- Ban công tác Mặt trận các thôn.",
                              "Kính gửi: Trưởng các thôn trên địa bàn xã.")
    assert {p.zone for p in build_input(one_line).paras if p.text.startswith("Để")} == {"body"}


def test_attached_quy_che_restarts_numbering_in_its_own_part(review):
    doc = doc_of(review / "r04-quyet-dinh-quy-che-dan-chu-xa-yen-khe.txt")
    assert "Điều 1" in doc.sections and "Quy chế kèm theo, Điều 1" in doc.sections
    para = doc.para_at_line(45)  # "Điều 1. Phạm vi điều chỉnh" of the attached Quy chế
    assert para.zone == "body" and para.section == "Quy chế kèm theo, Điều 1"
    assert not any(s.startswith("Quy định kèm theo") for s in doc.sections)  # "Chương I / QUY ĐỊNH CHUNG"
    # A Quyết định signed with no "Nơi nhận" block: the attached Quy chế is found after the articles.
    school = doc_of(review / "r06-quy-che-dan-chu-truong-thcs-yen-khe.txt")
    assert "Quy chế kèm theo, Điều 1" in school.sections


# -- the document's own date -------------------------------------------------------------------
@pytest.mark.parametrize("name, iso, kind", [
    ("r01-huong-uoc-thon-dong-lam.txt", "2024-10-23", RECOGNISED),  # UBND xã recognition, not the vote
    ("r04-quyet-dinh-quy-che-dan-chu-xa-yen-khe.txt", "2025-10-15", "ngày ban hành"),
    ("r12-bao-cao-so-ket-qcdc-xa-tan-hoa-2022.txt", "2022-11-15", "ngày ban hành"),
    ("r02-huong-uoc-thon-ha-vi-du-thao.txt", None, ""),  # draft
    ("r05-du-thao-quy-che-dan-chu-phuong-bac-thanh.txt", None, ""),  # "Số: /QĐ-UBND", "ngày tháng"
    ("r03-quy-uoc-to-dan-pho-so-5-dong-kenh.txt", "2026-03-03", LATEST),  # voted 01–03/3/2026, recognition pending
])
def test_document_date(review, name, iso, kind):
    doc = doc_of(review / name)
    d = document_date(doc, detect(doc).type)
    assert (d.iso, d.kind) == (iso, kind)
    assert d.iso or d.note


AMENDMENT = """HƯƠNG ƯỚC THÔN NÀ LỪA
(SỬA ĐỔI, BỔ SUNG NĂM 2025)

Hương ước thôn Nà Lừa được Chủ tịch UBND huyện công nhận tại Quyết định số 77/QĐ-UBND ngày 12/4/2018.
Cộng đồng dân cư thôn thống nhất sửa đổi, bổ sung Hương ước như sau:

Điều 1. Sửa đổi Điều 4 như sau: "Điều 4. Việc tang tổ chức gọn nhẹ."
Điều 2. Hương ước sửa đổi có hiệu lực kể từ ngày Ủy ban nhân dân xã ban hành quyết định công nhận.

Nà Lừa, ngày 20 tháng 3 năm 2025
TRƯỞNG THÔN
"""


def test_an_amendment_is_not_dated_by_the_recognition_of_the_text_it_amends():
    doc = build_input(AMENDMENT)
    d = document_date(doc, "huong_uoc")
    assert (d.iso, d.kind) == ("2025-03-20", LATEST)
    # the same text recognised later than anything else it records is dated by its recognition
    recognised = AMENDMENT.replace("công nhận tại Quyết định số 77/QĐ-UBND ngày 12/4/2018",
                                   "công nhận tại Quyết định số 77/QĐ-UBND ngày 12/4/2025")
    assert document_date(build_input(recognised), "huong_uoc").iso == "2025-04-12"


ATTACHED = """SỞ Y TẾ TỈNH HÀ NAM LĨNH	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BỆNH VIỆN ĐA KHOA SÔNG ĐÀO	Độc lập - Tự do - Hạnh phúc
QUY CHẾ
Thực hiện dân chủ ở Bệnh viện đa khoa Sông Đào
(Ban hành kèm theo Quyết định số 112/QĐ-BV ngày 14 tháng 5 năm 2024 của Giám đốc Bệnh viện)
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc thực hiện dân chủ tại Bệnh viện, trụ sở tại huyện Sông Đào.
Điều 2. Hiệu lực
Quy chế có hiệu lực kể từ ngày ký Quyết định ban hành; Quyết định số 40/QĐ-BV ngày 02/01/2026 sẽ sửa đổi sau.
"""


def test_a_regulation_issued_with_a_decision_is_dated_by_that_decision():
    d = document_date(build_input(ATTACHED), "quy_che_co_quan")
    assert (d.iso, d.kind) == ("2024-05-14", ISSUED)
    # a draft's blank decision gives no date; a decision quoted in the articles does not date the text
    blank = ATTACHED.replace("112/QĐ-BV ngày 14 tháng 5 năm 2024", "     /QĐ-BV ngày     tháng    năm 2026")
    assert document_date(build_input(blank), "quy_che_co_quan").iso is None
    assert document_date(build_input(blank), "quy_che_co_quan").year == 2026


MINUTES_2022 = """THÔN GÒ SẬY - XÃ NAM ĐỒNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BIÊN BẢN
Cuộc họp cộng đồng dân cư thôn Gò Sậy bàn mức đóng góp làm đường

Căn cứ Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn số 34/2007/PL-UBTVQH11 ngày 20/4/2007;
Vào hồi 08 giờ 00, Chủ nhật ngày 11/9/2022, tại nhà văn hóa thôn, thôn tổ chức cuộc họp cộng đồng dân cư.
I. THÀNH PHẦN
- Chủ trì: ông Lê Văn An, Trưởng thôn.
II. NỘI DUNG
Mức đóng góp 500.000 đồng/hộ, nộp trước ngày 31/12/2022.
"""


def test_minutes_are_dated_by_the_meeting_they_record(store):
    """s26-pr (lawful14 lw14-06): minutes with no place-and-date line of their own are dated by the meeting their
    opening states ("Vào hồi 08 giờ 00, Chủ nhật ngày 11/9/2022, tại …"), and checked on it: a 2022 meeting under
    Pháp lệnh 34/2007, then in force, is no Căn cứ on an ended document."""
    d = document_date(build_input(MINUTES_2022))
    assert (d.iso, d.kind) == ("2022-09-11", "ngày họp ghi ở phần mở đầu biên bản")
    r = check_text(MINUTES_2022, store, source_name="bb")
    assert r.as_of == "2022-09-11" and not [f for f in r.findings if f.rule == "OR-01"]
    # the other openings: "Hôm nay, …", "Thời gian: …", a title's "được lập hồi …"
    for opening, iso in (("Hôm nay, ngày 05 tháng 10 năm 2023, tại nhà văn hóa thôn.", "2023-10-05"),
                         ("Thời gian: 19 giờ 30 ngày 24/8/2025. Địa điểm: nhà văn hóa.", "2025-08-24"),
                         ("1. Thời gian, địa điểm: 19 giờ 30 ngày 18/8/2024, tại nhà sinh hoạt.", "2024-08-18")):
        text = MINUTES_2022.replace("Vào hồi 08 giờ 00, Chủ nhật ngày 11/9/2022, tại nhà văn hóa thôn, thôn tổ chức "
                                    "cuộc họp cộng đồng dân cư.", opening)
        assert document_date(build_input(text)).iso == iso, opening
    # a date the body reports is not the meeting's; a text that is no biên bản is not dated by it
    later = MINUTES_2022.replace("Vào hồi 08 giờ 00, Chủ nhật ngày 11/9/2022, tại nhà văn hóa thôn, thôn tổ chức "
                                 "cuộc họp cộng đồng dân cư.", "Thôn tổ chức cuộc họp cộng đồng dân cư.")
    assert document_date(build_input(later)).iso is None
    assert document_date(build_input(MINUTES_2022.replace("BIÊN BẢN", "THÔNG BÁO"))).iso is None


def test_default_check_date_is_the_documents_own_date_else_today(review, store):
    r = check_file(review / "r12-bao-cao-so-ket-qcdc-xa-tan-hoa-2022.txt", store)
    assert r.as_of == "2022-11-15" and r.as_of_from == "ngày của văn bản"
    r = check_file(review / "r05-du-thao-quy-che-dan-chu-phuong-bac-thanh.txt", store)
    assert r.as_of == TODAY and r.as_of_from == "hôm nay" and r.document.draft
    r = check_file(review / "r12-bao-cao-so-ket-qcdc-xa-tan-hoa-2022.txt", store, as_of="hom-nay")
    assert r.as_of == TODAY
    r = check_file(review / "r12-bao-cao-so-ket-qcdc-xa-tan-hoa-2022.txt", store, as_of="15/11/2023")
    assert r.as_of == "2023-11-15" and r.as_of_from == "ngày người dùng chọn"
    with pytest.raises(CheckInputError) as exc:
        check_file(review / "r05-du-thao-quy-che-dan-chu-phuong-bac-thanh.txt", store, as_of="ban-hanh")
    assert "không có ngày ban hành" in exc.value.problem and "hom-nay" in exc.value.problem


DRAFT_2024 = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH AN PHÚ\nDỰ THẢO\n\nNGHỊ QUYẾT\nVề các biện pháp bảo đảm thực hiện dân chủ ở cơ sở\n\n"
              "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
              "Xét Tờ trình số      /TTr-UBND ngày    tháng   năm 2024 của Ủy ban nhân dân tỉnh;\n\n"
              "QUYẾT NGHỊ:\nĐiều 1. Hằng năm, Ủy ban nhân dân tỉnh, cấp huyện, cấp xã xây dựng kế hoạch kiểm tra.\n"
              "Điều 2. Nghị quyết này được Hội đồng nhân dân tỉnh thông qua ngày      tháng    năm 2024.\n")


def test_a_draft_of_a_past_year_is_judged_at_that_years_end(store):
    """A draft whose blank dates name 2024 ("ngày    tháng   năm 2024") was written in 2024: by default
    it is checked with the law at 31/12/2024 (the 2015 local-government law and the district level
    still existed), and says so; "hôm nay" gives today's view, where both are outdated."""
    doc = build_input(DRAFT_2024)
    d = document_date(doc, "nghi_quyet_bien_phap")
    assert d.iso is None and d.draft and d.year == 2024
    then = check_text(DRAFT_2024, store, doc_type="nghi_quyet_bien_phap")
    assert then.as_of == "2024-12-31" and "năm 2024" in then.as_of_from
    assert not [f for f in then.findings if f.rule.startswith("OR-0") and f.severity in (ERROR, WARNING)]
    assert check_text(DRAFT_2024, store, doc_type="nghi_quyet_bien_phap", as_of="ban-hanh").as_of == "2024-12-31"
    now = check_text(DRAFT_2024, store, doc_type="nghi_quyet_bien_phap", as_of="hom-nay")
    rules = {f.rule for f in now.findings}
    assert {"OR-01", "OR-06"} <= rules, rules
    # the fix names the law in force today, not the first replacement (77/2015 → 65/2025 → 72/2025)
    old_law = next(f for f in now.findings if f.rule == "OR-01")
    assert "65/2025/QH15" in old_law.message and "(72/2025/QH15)" in old_law.fix
    # a period, not a blank date: "6 tháng năm 2024" names no year of writing
    assert document_date(build_input(DRAFT_2024.replace("ngày    tháng   năm 2024", "sơ kết 6 tháng năm 2024")
                                     .replace("ngày      tháng    năm 2024", "")), "nghi_quyet_bien_phap").year is None


# -- the law in force on the date -------------------------------------------------------------
def test_a_provision_not_yet_in_force_is_not_applied(store):
    cit = "khoản 1 Điều 9 Nghị định 61/2023/NĐ-CP"
    before = BasisResolver(store, "2022-11-15").resolve(cit)
    after = BasisResolver(store, "2026-01-01").resolve(cit)
    assert before.status == "chưa có hiệu lực" and after.status.startswith("còn hiệu lực")
    from checker.model import Evidence, Finding
    f = Finding("X", "conflict", ERROR, "t", "m", Evidence("e", 1), basis=(before,))
    assert gate(f) is None
    assert gate(Finding("X", "conflict", ERROR, "t", "m", Evidence("e", 1), basis=(after,))) is not None


def test_a_2022_report_gets_nothing_from_the_2022_law_or_its_decrees(review, store):
    path = review / "r12-bao-cao-so-ket-qcdc-xa-tan-hoa-2022.txt"
    then = check_file(path, store)  # its own date, 15/11/2022
    assert not basis_docs(then) & {LAW, D59, D61}
    assert any(LAW in x for x in then.not_applied)
    assert not any("34/2007" in f.message for f in then.findings)  # the Pháp lệnh was in force then
    now = check_file(path, store, as_of="hom-nay")
    assert any(LAW in x for x in now.applied)


def test_a_hương_ước_recognised_before_decree_61_is_only_warned(review, store):
    draft = (review / "r02-huong-uoc-thon-ha-vi-du-thao.txt").read_text(encoding="utf-8")
    now = check_text(draft, store, as_of="hom-nay")
    assert any(f.severity == ERROR and D61 in {b.doc for b in f.basis} for f in now.findings)
    old = draft.replace("DỰ THẢO LẦN 2", "") + (
        "\nHương ước này đã được Ủy ban nhân dân xã Phú Lương công nhận tại Quyết định số 45/QĐ-UBND "
        "ngày 12/5/2019.\n")
    r = check_text(old, store, as_of="hom-nay")
    assert r.document.date == "2019-05-12" and r.document.date_kind == RECOGNISED
    on_61 = [f for f in r.findings if D61 in {b.doc for b in f.basis}]
    assert on_61 and all(f.severity == WARNING for f in on_61)
    assert all(any("khoản 1 Điều 24 Nghị định 61/2023/NĐ-CP" in n for n in f.notes) for f in on_61)
    then = check_text(old, store)  # its own date: 12/05/2019, before the Law and the Decree
    assert then.as_of == "2019-05-12" and not basis_docs(then) & {LAW, D59, D61}


def test_content_against_decree_61_art_4_loses_the_transitional_cap_after_2023(store):
    """Decree 61 Art. 24.1 keeps a hương ước recognised before 16/08/2023 only if it conforms to its
    Art. 4; Art. 24.2 had non-conforming ones replaced by 31/12/2023. So a clause against Art. 4 is
    capped at cảnh báo while that deadline runs, and is a lỗi checked after it; a finding on another
    article of the Decree stays capped."""
    text = ("ỦY BAN NHÂN DÂN XÃ HÀ LINH\nHà Linh, ngày 15 tháng 3 năm 2022\n"
            "HƯƠNG ƯỚC THÔN KHE MẠ\n\n"
            "Điều 19. Người tái phạm nhiều lần sẽ bị trục xuất khỏi thôn.\n"
            "Hương ước này được Ủy ban nhân dân huyện Hà Linh công nhận tại Quyết định số 12/QĐ-UBND "
            "ngày 15/3/2022.\n")

    def art4(r):
        return [f for f in r.findings if f.rule == "CF-773"]

    during = check_text(text, store, as_of="2023-10-01")
    after = check_text(text, store, as_of="2024-04-10")
    assert during.document.date == "2022-03-15" and after.document.date == "2022-03-15"
    assert [f.severity for f in art4(during)] == [WARNING]
    assert any("Điều 24" in n for n in art4(during)[0].notes)
    assert [f.severity for f in art4(after)] == [ERROR]
    assert any("khoản 2 Điều 24" in n for n in art4(after)[0].notes)
    other = [f for f in after.findings if D61 in {b.doc for b in f.basis}
             and not any(b.doc == D61 and b.article == "4" for b in f.basis)]
    assert all(f.severity != ERROR for f in other)


def test_no_lỗi_without_a_quoted_provision(review, store):
    """A rule written as lỗi with no legal basis (IC-04 raised to lỗi here) is made a cảnh báo by the engine."""
    text = (review / "r10-ke-hoach-thuc-hien-dan-chu-xa-phu-luong-2026.txt").read_text(encoding="utf-8")
    dup = text.replace("II. NỘI DUNG, NHIỆM VỤ TRỌNG TÂM", "I. NỘI DUNG, NHIỆM VỤ TRỌNG TÂM")
    assert dup != text
    ic04 = next(r for r in catalogue() if r.id == "IC-04")
    assert not ic04.basis
    r = check_text(dup, store, rules=[replace(ic04, severity=ERROR)])
    ic = [f for f in r.findings if f.rule == "IC-04"]
    assert ic and all(f.severity == WARNING and not f.basis for f in ic)
    assert any("Mức độ hạ từ «lỗi»" in n for n in ic[0].notes)
    assert not any(f.severity == ERROR and not f.basis for f in r.findings)


def test_footnotes_are_their_own_zone(review):
    """"____" and "[1] …" under the signature are a footnote, not a blank nor a current reference."""
    doc = doc_of(review / "r04-quyet-dinh-quy-che-dan-chu-xa-yen-khe.txt")
    assert doc.para_at_line(34).zone == "footnote" and doc.para_at_line(35).zone == "footnote"
    assert doc.para_at_line(34).text.startswith("____") and doc.para_at_line(35).text.startswith("[1] Xã")
    doc = doc_of(review / "r08-quy-che-dan-chu-cong-ty-thuy-loi-ha-lam.txt")
    assert doc.para_at_line(30).zone == "footnote" and doc.para_at_line(30).text.startswith("¹ Công ty")


def test_heading_glued_to_its_title_and_a_foreword_first(review):
    src = (review / "r04-quyet-dinh-quy-che-dan-chu-xa-yen-khe.txt").read_text(encoding="utf-8")
    glued = src.replace("QUYẾT ĐỊNH\nBan hành Quy chế", "QUYẾT ĐỊNH Ban hành Quy chế", 1)
    assert glued != src
    doc = build_input(glued)
    assert detect(doc).type == "quy_che_xa"
    assert (doc.header.doc_type, doc.header.title) == ("Quyết định", "Ban hành Quy chế thực hiện dân chủ ở xã Yên Khê")
    hu = (review / "r01-huong-uoc-thon-dong-lam.txt").read_text(encoding="utf-8").splitlines()
    start = hu.index("LỜI NÓI ĐẦU")
    foreword_first = "\n".join(hu[start:start + 3] + hu[:start] + hu[start + 3:])  # LỜI NÓI ĐẦU before all
    doc = build_input(foreword_first)
    assert detect(doc).type == "huong_uoc" and detect(doc).cue == "tiêu đề «HƯƠNG ƯỚC THÔN ĐÔNG LÂM»"


RECOGNITION_2019 = """ỦY BAN NHÂN DÂN
XÃ YÊN KHÊ
Số: 45/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Khê, ngày 05 tháng 3 năm 2019

QUYẾT ĐỊNH
Về việc công nhận Hương ước thôn Đông Lâm

CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ YÊN KHÊ

Căn cứ Quyết định số 22/2018/QĐ-TTg ngày 08 tháng 5 năm 2018 của Thủ tướng Chính phủ về xây dựng, thực hiện hương ước, quy ước;

QUYẾT ĐỊNH:
Điều 1. Công nhận Hương ước thôn Đông Lâm (có văn bản kèm theo).
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn An

"""


def test_a_recognition_decision_with_its_hương_ước_attached(review, store):
    """"QUYẾT ĐỊNH Về việc công nhận Hương ước …" + the hương ước: typed by the attachment,
    dated by the decision, judged by the law of 2019 at its own date."""
    hu = (review / "r01-huong-uoc-thon-dong-lam.txt").read_text(encoding="utf-8").splitlines()
    start = next(i for i, ln in enumerate(hu) if ln.startswith("HƯƠNG ƯỚC THÔN"))
    text = RECOGNITION_2019 + "\n".join(hu[start:95])
    doc = build_input(text)
    det = detect(doc)
    assert det.type == "huong_uoc" and "văn bản kèm theo" in det.cue
    assert document_date(doc, det.type).iso == "2019-03-05"
    then = check_text(text, store)
    assert then.as_of == "2019-03-05" and not basis_docs(then) & {LAW, D59, D61}
    assert not any(f.rule == "OR-01" for f in then.findings)  # QĐ 22/2018 was in force in 2019
    now = check_text(text, store, as_of="hom-nay")
    assert any(f.rule == "OR-01" for f in now.findings)  # …and replaced by Decree 61 today
    assert not any(f.severity == ERROR and {b.doc for b in f.basis} & {LAW, D61} for f in now.findings)


def test_a_basis_right_when_issued_is_a_warning_today(store):
    """A 2022 quy chế citing Pháp lệnh 34/2007 (ended 01/07/2023): nothing at its own date; today a
    cảnh báo to review it, never a lỗi, with a note saying it was right when issued."""
    text = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 21/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nAn Phú, ngày 12 tháng 3 năm 2022\n\nQUYẾT ĐỊNH\n"
            "Ban hành Quy chế thực hiện dân chủ ở xã An Phú\n\nỦY BAN NHÂN DÂN XÃ AN PHÚ\n\n"
            "Căn cứ Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20 tháng 4 năm 2007 của Ủy ban Thường vụ Quốc hội "
            "về thực hiện dân chủ ở xã, phường, thị trấn;\n\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế thực hiện dân chủ ở xã An Phú.\n")
    then = check_text(text, store, doc_type="quy_che_xa")
    assert then.as_of == "2022-03-12" and not [f for f in then.findings if f.rule == "OR-01"]
    now = [f for f in check_text(text, store, doc_type="quy_che_xa", as_of="2026-12-02").findings
           if f.rule == "OR-01"]
    assert now and all(f.severity == WARNING for f in now)
    assert any("viện dẫn đúng tại ngày ban hành" in n for n in now[0].notes)


def test_applying_a_replaced_document_is_a_lỗi_naming_it_only_a_warning(store):
    """OR-02 and OR-11 follow one policy: a text issued after the replacement that applies the
    replaced document ("thực hiện theo …") contradicts the provision that ended it (lỗi); a sentence
    that only places or owns it ("… lưu tại …") is a cảnh báo; a historical mention is nothing."""
    head = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 21/QĐ-UBND\nAn Phú, ngày 12 tháng 3 năm 2026\n\nQUY CHẾ\n"
            "Thực hiện dân chủ ở xã An Phú\n\n")
    def or02(body):
        return [f.severity for f in check_text(head + body, store, doc_type="quy_che_xa").findings if f.rule == "OR-02"]
    assert or02("Điều 5. Việc bầu Ban Thanh tra nhân dân thực hiện theo Nghị định số 159/2016/NĐ-CP.\n") == [ERROR]
    assert or02("Điều 5. Hồ sơ bầu Ban Thanh tra nhân dân lưu tại Nghị định số 159/2016/NĐ-CP.\n") == [WARNING]
    assert or02("Điều 5. Nghị định số 159/2016/NĐ-CP trước đây đã hết hiệu lực; việc bầu Ban Thanh tra nhân dân "
                "thực hiện theo Luật.\n") == []
    letter = ("ỦY BAN NHÂN DÂN XÃ AN PHÚ\nSố: 45/UBND-VP\nAn Phú, ngày 03 tháng 3 năm 2026\nV/v bầu Ban Thanh tra nhân dân\n"
              "Kính gửi: Ban công tác Mặt trận các thôn.\nĐề nghị Ban công tác Mặt trận các thôn tổ chức bầu Ban Thanh "
              "tra nhân dân theo Nghị định số 159/2016/NĐ-CP của Chính phủ.\n")
    assert [f.severity for f in check_text(letter, store).findings if f.rule == "OR-11"] == [ERROR]


def test_a_type_heading_under_a_v_v_line_wins():
    """A plan whose header also carries a "V/v …" line is a kế hoạch; a letter with no type heading stays one."""
    plan = ("UBND PHƯỜNG AN BÌNH\nSố: 15/KH-UBND\nV/v tổ chức cuộc họp bầu Tổ trưởng tổ dân phố số 2\n"
            "An Bình, ngày 10 tháng 8 năm 2026\n\nKẾ HOẠCH\nTổ chức cuộc họp bầu Tổ trưởng tổ dân phố số 2\n\n"
            "1. Thời gian: ngày 23/8/2026.\n")
    assert detect(build_input(plan)).type == "ke_hoach"
    letter = plan.replace("KẾ HOẠCH\nTổ chức", "Kính gửi: Tổ dân phố số 2\n\nỦy ban nhân dân phường tổ chức")
    assert detect(build_input(letter)).type == ""


def test_a_rule_that_does_not_apply_shows_no_coverage_and_no_law(store):
    """RC-10 (a non-state employer's quy chế) runs on any type but applies only to such a quy chế:
    an HĐND resolution gets neither its coverage matrix nor the Labour Code among the laws applied."""
    samples = Path(__file__).resolve().parents[1] / "corpus" / "samples"
    r = check_file(samples / "demo_nghi_quyet_bien_phap.txt", store, as_of="2026-06-30")
    assert not any(m.rule == "RC-10" for m in r.coverage)
    assert r.coverage  # RC-01's matrix is there
    assert "45/2019/QH14" not in json.dumps(to_dict(r)["document"], ensure_ascii=False)
    private = check_file(samples / "quy_che_ngoai_nha_nuoc_loi.txt", store, as_of="2026-06-30")
    assert any(m.rule == "RC-10" for m in private.coverage)


MINUTES = """BỆNH VIỆN ĐA KHOA HOA SEN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                   Độc lập - Tự do - Hạnh phúc

BIÊN BẢN
Hội nghị viên chức, người lao động năm 2026

Thời gian: 08 giờ, ngày 15 tháng 3 năm 2026.
Địa điểm: Hội trường Bệnh viện.
Số đại biểu được triệu tập: 150; số đại biểu có mặt: 95.
Chủ trì tuyên bố hội nghị đủ điều kiện tiến hành.

THƯ KÝ                              CHỦ TỌA
"""


@pytest.mark.parametrize("opening", ["Địa điểm: Hội trường Bệnh viện.", "Thành phần: 95 đại biểu.",
                                     "Hôm nay, ngày 15/3/2026, tại Hội trường Bệnh viện.",
                                     "Vào hồi 08 giờ ngày 15/3/2026, tại Hội trường."])
def test_minutes_body_is_not_read_as_header(store, opening):
    """Minutes with no numbered section: before, the header ran to the end (every body rule was blind to
    them); "Thời gian: …", "Địa điểm: …", "Thành phần: …", "Hôm nay, …", "Vào hồi …" open the body."""
    text = MINUTES.replace("Địa điểm: Hội trường Bệnh viện.", opening)
    doc = build_input(text, "bb.txt")
    zone = {p.line: p.zone for p in doc.paras}
    assert zone[1] == "header" and zone[9] == "body" and zone[10] == "body"
    assert any(f.rule == "CF-368" for f in check_text(text, store).findings)


@pytest.mark.parametrize("issuer", ["TRƯỜNG THPT CÁNH DIỀU", "TRƯỜNG MẦM NON HOA SEN", "TRUNG TÂM LƯU TRỮ TỈNH",
                                    "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG", "HỢP TÁC XÃ NÔNG NGHIỆP ĐỒNG TIẾN"])
def test_a_school_or_unit_over_its_ban_issues_the_report(issuer):
    """A public service unit's or cooperative's name over "BAN THANH TRA NHÂN DÂN" is the issuer (before, a school's
    name was dropped, so the report read as the commune's Ban); a numbered item after the title is body."""
    doc = build_input(f"{issuer}\nBAN THANH TRA NHÂN DÂN\n\nBÁO CÁO\nKết quả hoạt động năm 2026\n\n"
                      "2. Ban đã tiến hành 03 cuộc giám sát.", "bc.txt")
    assert doc.header.issuer.startswith(issuer) and doc.title_text == "Kết quả hoạt động năm 2026"


COMMUNITY_MINUTES = """UBND XÃ CỔ ĐÀN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THÔN SÁO TRÚC               Độc lập - Tự do - Hạnh phúc

BIÊN BẢN CUỘC HỌP CỘNG ĐỒNG DÂN CƯ THÔN SÁO TRÚC
(Về chủ trương và mức đóng góp làm nhà văn hóa thôn)

Hôm nay, vào hồi 19 giờ ngày 20/9/2025, tại nhà văn hóa thôn Sáo Trúc, thôn tổ chức cuộc họp.
Giấy mời được gửi tới các hộ từ ngày 19/9/2025, tức trước cuộc họp một ngày.

I. KẾT QUẢ
Biểu quyết: 80/150 đại diện hộ tán thành; phương án được thông qua vì quá nửa số đại diện hộ dự họp tán thành.
Biên bản này được Trưởng thôn gửi UBND xã, Ủy ban MTTQ Việt Nam xã trong thời hạn 10 ngày làm việc
kể từ ngày họp.

THƯ KÝ                                TRƯỞNG THÔN
(đã ký)                               (đã ký)
"""


def test_minutes_heading_with_its_title_and_opening_after_a_blank_line():
    """"BIÊN BẢN CUỘC HỌP …" is a type heading with its title glued on; "Hôm nay, …" after a blank line is
    neither the title's continuation nor header (before: the title swallowed the opening and the next
    sentence, and the heading went to the issuer)."""
    doc = build_input(COMMUNITY_MINUTES, "bb.txt")
    assert doc.header.doc_type == "Biên bản"
    assert doc.header.title.startswith("CUỘC HỌP CỘNG ĐỒNG DÂN CƯ THÔN SÁO TRÚC (Về chủ trương")
    assert "BIÊN BẢN" not in doc.header.issuer
    zone = {p.line: p.zone for p in doc.paras}
    assert zone[4] == "header" and zone[7] == "body" and zone[8] == "body"
    assert doc.heading_para.line == 4


def test_community_minutes_read_as_the_decision_they_record(store):
    """The minutes of a community meeting are its decision (Law Art. 20.1): the notice one day ahead
    (CF-02), "quá nửa số … dự họp" for a contribution named in the title (CF-05), "Biên bản này … 10 ngày
    làm việc" (CF-15, not the recognition period CF-48) and the missing signatures (RC-51, pointing at the
    signature block) are found with no type given."""
    r = check_text(COMMUNITY_MINUTES, store, as_of="2025-10-01")
    got = {(f.rule, f.evidence.line) for f in r.findings}
    assert {("CF-02", 8), ("CF-05", 11), ("CF-15", 12)} <= got
    assert not any(f.rule == "CF-48" for f in r.findings)
    rc51 = [f for f in r.findings if f.rule == "RC-51"]
    assert len(rc51) == 2 and all(f.evidence.line == 15 for f in rc51)


BOARD_PLAN = """ỦY BAN MTTQ VIỆT NAM XÃ CỔ ĐÀN
BAN GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG
Số: 01/KH-GSĐTCĐ                     Cổ Đàn, ngày 03 tháng 6 năm 2026

KẾ HOẠCH
Giám sát dự án đường trục thôn Sáo Trúc

I. THÀNH PHẦN
Ban gồm 04 thành viên và tự giải thể sau khi hoàn thành nhiệm vụ.
II. HOẠT ĐỘNG
Trong năm, Ban hoạt động dưới sự chỉ đạo trực tiếp của UBND xã.
UBND xã thông báo kết quả giải quyết kiến nghị của Ban trong
vòng 30 ngày kể từ ngày nhận kiến nghị.
Văn bản gồm 04 thành viên ký.
"""


def test_a_bare_ban_is_the_board_that_issues_the_text(store):
    """A board's own plan says "Ban gồm 04 thành viên": the issuer (now read: the Front's committee and the
    board it hosts) names the one Ban it speaks of (Law Arts. 41.1, 39.1 via CF-11 and CF-159). A document by
    or about no Ban, or about two, reads a bare "Ban" as before: as nothing."""
    doc = build_input(BOARD_PLAN, "kh.txt")
    assert doc.header.issuer == "ỦY BAN MTTQ VIỆT NAM XÃ CỔ ĐÀN BAN GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG"
    got = {(f.rule, f.evidence.line) for f in check_text(BOARD_PLAN, store, as_of="2026-06-30").findings}
    assert ("CF-11", 9) in got and ("CF-159", 11) in got and ("CF-37", 13) in got
    assert not any(rule == "CF-11" and line == 14 for rule, line in got)  # "Văn bản gồm": "bản" is no Ban
    for other in ("BAN CHỈ ĐẠO PHONG TRÀO", "BAN THANH TRA NHÂN DÂN XÃ CỔ ĐÀN\nBAN GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG"):
        text = BOARD_PLAN.replace("BAN GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG", other, 1)
        rules = {f.rule for f in check_text(text, store, as_of="2026-06-30").findings}
        assert not rules & {"CF-11", "CF-159", "CF-37"}, other


def test_a_table_of_figures_above_the_conclusion_is_no_signature_block(store):
    """"| Tổng số hộ trong thôn | Đại diện hộ có mặt | … |" in the last paragraphs named the household
    representatives, so RC-51 thought they had signed; a table the text goes on after holds figures, and
    "BIÊN BẢN / CUỘC HỌP … (capitals)" gives the minutes their title."""
    text = COMMUNITY_MINUTES.replace("I. KẾT QUẢ\n", "I. KẾT QUẢ\n| Tổng số hộ | Đại diện hộ có mặt |\n| 150 | 120 |\n") \
        .replace("BIÊN BẢN CUỘC HỌP CỘNG ĐỒNG DÂN CƯ THÔN SÁO TRÚC\n", "BIÊN BẢN\nCUỘC HỌP CỘNG ĐỒNG DÂN CƯ THÔN SÁO TRÚC\n")
    doc = build_input(text, "bb.txt")
    assert doc.header.title.startswith("CUỘC HỌP CỘNG ĐỒNG DÂN CƯ THÔN SÁO TRÚC")
    missing = {f.message for f in check_text(text, store, as_of="2025-10-01").findings if f.rule == "RC-51"}
    assert any("02 đại diện các hộ gia đình" in m for m in missing)


ELECTION_FILE = """ỦY BAN NHÂN DÂN XÃ CỔ ĐÀN
TỔ BẦU CỬ THÔN KHỔ VẢI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

HỒ SƠ CUỘC HỌP BẦU TRƯỞNG THÔN KHỔ VẢI, NHIỆM KỲ 2026 - 2028

A. CÁC VĂN BẢN CHUẨN BỊ
1. Quyết định số 40/QĐ-UBND ngày 02/6/2026 của Chủ tịch UBND xã về việc tổ chức bầu Trưởng thôn.

B. KIẾN NGHỊ CỦA TỔ BẦU CỬ
1. Đề nghị UBND xã xem xét, công nhận ông Hà Văn Cầm là Trưởng thôn; theo hướng dẫn của xã, UBND xã ra quyết
định công nhận trong thời hạn 15 ngày làm việc kể từ ngày nhận hồ sơ.
"""


def test_a_file_headed_ho_so_with_lettered_parts_has_a_body(store):
    """"HỒ SƠ …" is a type heading (before: it joined the issuer, and "A. CÁC VĂN BẢN CHUẨN BỊ" with it); "A.",
    "B." parts in capitals are sections ("C." alone was read, as a Roman numeral), so the rules read the body."""
    doc = build_input(ELECTION_FILE, "hs.txt")
    assert doc.header.doc_type == "Hồ sơ" and doc.header.issuer == "ỦY BAN NHÂN DÂN XÃ CỔ ĐÀN TỔ BẦU CỬ THÔN KHỔ VẢI"
    assert doc.sections == ("Mục A", "Mục B")
    assert any(f.rule == "CF-48" and f.evidence.line in (13, 14) for f in check_text(ELECTION_FILE, store).findings)


def test_a_concurrency_names_the_person_who_holds_both_posts(store):
    """In a list of members with their posts in brackets, the finding names the member whose bracket holds the
    forbidden post — before, the first person of the sentence (who holds no such post) was named."""
    text = ("QUY CHẾ\nThực hiện dân chủ ở Bệnh viện Y dược cổ truyền\n\nĐiều 14. Ban Thanh tra nhân dân\n"
            "4. Thành viên Ban nhiệm kỳ 2026 - 2028: bà Nông Thị Thảo (Trưởng ban, Điều dưỡng trưởng khoa Châm cứu), "
            "ông Lê Văn Hùng (Phó Trưởng ban, Kế toán trưởng Bệnh viện) và 05 ủy viên.\n")
    msgs = [f.message for f in check_text(text, store, doc_type="quy_che_co_quan").findings if f.rule == "RL-05"]
    assert msgs and all("Lê Văn Hùng" in m and "Nông Thị Thảo" not in m for m in msgs)
