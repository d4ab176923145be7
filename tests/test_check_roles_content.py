"""Role and required-content rules on the reviewer's drafts (corpus/review/, read in place).

What the per-rule examples cannot show: where a finding points, which provision it
quotes, and that the lawful wording of a real document stays silent.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from checker import check_text
from checker.rules import catalogue
from pipeline.ingest import corpus_root

REVIEW = corpus_root() / "review"
RULES = {r.id: r for r in catalogue()}


def _check(store, name: str, doc_type: str, as_of: str, *rule_ids: str):
    text = (REVIEW / name).read_text(encoding="utf-8")
    rules = [RULES[i] for i in rule_ids]
    return text, check_text(text, store, doc_type=doc_type, as_of=as_of, source_name=name, rules=rules)


def _line(text: str, n: int) -> str:
    return text.splitlines()[n - 1]


def test_signature_under_both_titles_is_a_warning_that_quotes_decree_59(store):
    text, r = _check(store, "r03-quy-uoc-to-dan-pho-so-5-dong-kenh.txt", "huong_uoc", "2026-03-10", "RL-01")
    (f,) = r.findings
    assert f.severity == "cảnh báo"
    assert "KIÊM TRƯỞNG BAN CÔNG TÁC MẶT TRẬN" in _line(text, f.evidence.line)
    assert f.basis[0].label == "điểm c khoản 1 Điều 3 Nghị định 59/2023/NĐ-CP"
    assert "đồng thời là Trưởng Ban công tác Mặt trận" in f.basis[0].quote
    assert "ký thay" not in f.fix and "thành viên khác" not in f.fix  # Law 20.2.g, Decree 61 Art. 6.1


def test_lawful_restatements_in_a_commune_quy_che_stay_silent(store):
    """r04: the conditional of Decree 59 Art. 3.1.c, a cluster-meeting delegation (Law Art. 18.3), the
    exclusions of Art. 37.2 and 42.2 and a Tổ bầu cử without candidates."""
    text, r = _check(store, "r04-quyet-dinh-quy-che-dan-chu-xa-yen-khe.txt", "quy_che_xa", "2025-10-15",
                     "RL-01", "RL-02", "RL-03", "RL-04", "RL-07")
    assert "Trường hợp Trưởng thôn đồng thời là Trưởng ban công tác Mặt trận" in _line(text, 83)
    assert "ủy quyền cho thành viên Ban công tác Mặt trận" in _line(text, 81)
    assert r.findings == ()


def test_candidate_on_the_election_team_points_at_the_team_list(store):
    text, r = _check(store, "r11-ke-hoach-bau-truong-thon-tan-lap-xa-an-hoa.txt", "ke_hoach", "2026-03-27",
                     "RL-07")
    (f,) = r.findings
    assert f.severity == "lỗi" and "Lê Văn Tĩnh" in f.message
    assert "Trưởng thôn lâm thời – Thành viên" in _line(text, f.evidence.line)
    assert f.basis[0].label == "điểm b khoản 1 Điều 6 Nghị định 59/2023/NĐ-CP"


@pytest.mark.parametrize("name,doc_type,as_of,rule,line_has,article", [
    ("r05-du-thao-quy-che-dan-chu-phuong-bac-thanh.txt", "quy_che_xa", "2026-12-02", "RL-03",
     "Ưu tiên giới thiệu Tổ trưởng tổ dân phố", "Điều 37"),
    ("r06-quy-che-dan-chu-truong-thcs-yen-khe.txt", "quy_che_co_quan", "2025-09-22", "RL-05",
     "Phó Hiệu trưởng, Trưởng ban", "Điều 60"),
    ("r08-quy-che-dan-chu-cong-ty-thuy-loi-ha-lam.txt", "quy_che_doanh_nghiep", "2026-02-10", "RL-06",
     "Kế toán trưởng Công ty tham gia Ban Thanh tra nhân dân", "Điều 77"),
])
def test_a_restricted_role_in_the_ban_thanh_tra_nhan_dan_is_an_error(store, name, doc_type, as_of, rule,
                                                                      line_has, article):
    text, r = _check(store, name, doc_type, as_of, rule)
    (f,) = r.findings
    assert f.severity == "lỗi" and line_has in _line(text, f.evidence.line)
    assert f.basis[0].label == f"khoản 2 {article} Luật 10/2022/QH15"


def test_exclusion_clause_and_small_unit_exception_in_an_agency_stay_silent(store):
    text, r = _check(store, "r07-quy-che-dan-chu-so-nong-nghiep-moi-truong-nam-linh.txt", "quy_che_co_quan",
                     "2026-03-16", "RL-05", "RL-08", "RL-09", "RC-03")
    assert "không đồng thời là Giám đốc, Phó Giám đốc Sở hoặc Kế toán trưởng" in _line(text, 88)
    assert "từ 07 người trở xuống không tổ chức Ban Thanh tra nhân dân" in _line(text, 91)
    assert r.findings == ()


def test_measures_missing_from_a_provincial_resolution_cite_art_85_not_86(store):
    _, r = _check(store, "r09-du-thao-nghi-quyet-hdnd-tinh-nam-linh-bien-phap.txt", "nghi_quyet_bien_phap",
                  "2026-12-02", "RC-01")
    (f,) = r.findings
    labels = [b.label for b in f.basis]
    assert labels == ["khoản 4 Điều 8 Luật 10/2022/QH15", "khoản 2 Điều 85 Luật 10/2022/QH15"]
    assert f.severity == "cảnh báo"


def test_a_provincial_resolution_taking_its_own_measures_gets_advice_on_the_groups_of_art_8(store):
    """s37-pr (lawful21 l21-16): no provision makes a resolution take every group of Law Art. 8; one that covers fewer
    than three of the five chose its own measures (advice), one written along Art. 8 that leaves a group out likely
    forgot it (a warning, as the reviewer's r09)."""
    head = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH LAM ĐIỀN\n\nNGHỊ QUYẾT\nQuy định các biện pháp bảo đảm thực hiện dân chủ ở cơ sở "
            "trên địa bàn tỉnh Lam Điền\n\nĐiều 1. Các biện pháp\n")
    own = head + ("1. Ủy ban nhân dân cấp xã lập sổ theo dõi các nội dung đã niêm yết, công khai.\n"
                  "2. Ủy ban nhân dân cấp xã bố trí kinh phí hỗ trợ hoạt động của Ban Thanh tra nhân dân.\n"
                  "Điều 2. Nghị quyết có hiệu lực từ ngày 01/01/2027.")
    r = check_text(own, store, doc_type="nghi_quyet_bien_phap", as_of="2026-12-02", rules=[RULES["RC-01"]])
    assert r.findings and {f.severity for f in r.findings} == {"gợi ý"}
    along = head + ("1. Bồi dưỡng nâng cao năng lực chuyên môn, nghiệp vụ cho cán bộ làm công tác dân chủ ở cơ sở.\n"
                    "2. Tuyên truyền, phổ biến pháp luật về thực hiện dân chủ ở cơ sở.\n"
                    "3. Ứng dụng công nghệ thông tin trong công khai thông tin.\n"
                    "Điều 2. Nghị quyết có hiệu lực từ ngày 01/01/2027.")
    r = check_text(along, store, doc_type="nghi_quyet_bien_phap", as_of="2026-12-02", rules=[RULES["RC-01"]])
    assert len(r.findings) == 2 and {f.severity for f in r.findings} == {"cảnh báo"}


def test_commune_resolution_cites_art_86(store):
    text = ("HỘI ĐỒNG NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TÂN PHONG\n\nNGHỊ QUYẾT\n"
            "Về các biện pháp bảo đảm thực hiện dân chủ ở cơ sở trên địa bàn xã\n\n"
            "Điều 1. Tuyên truyền, phổ biến pháp luật về thực hiện dân chủ ở cơ sở.")
    r = check_text(text, store, doc_type="nghi_quyet_bien_phap", as_of="2026-12-02", rules=[RULES["RC-01"]])
    assert r.findings and all(f.basis[-1].label == "điểm a khoản 1 Điều 86 Luật 10/2022/QH15" for f in r.findings)
    # a commune decides measures "trong phạm vi địa bàn cấp xã": a group it leaves out is advice, not a warning
    assert {f.severity for f in r.findings} == {"gợi ý"}


def test_non_state_employer_is_read_under_art_82_not_the_state_enterprise_chapter(store):
    text = (Path(__file__).resolve().parents[1] / "corpus" / "samples" / "quy_che_ngoai_nha_nuoc_loi.txt"
            ).read_text(encoding="utf-8")
    r = check_text(text, store, doc_type="quy_che_doanh_nghiep", as_of="2026-06-30",
                   rules=[RULES["RC-04"], RULES["RC-10"]])
    assert {f.rule for f in r.findings} == {"RC-10"}
    assert any(b.label.startswith("khoản 1 Điều 82") for f in r.findings for b in f.basis) or \
        any("đối thoại" in f.message for f in r.findings)
    # a 100% State-owned company is the other way round
    text, r = _check(store, "r08-quy-che-dan-chu-cong-ty-thuy-loi-ha-lam.txt", "quy_che_doanh_nghiep",
                     "2026-02-10", "RC-04", "RC-10")
    assert not [f for f in r.findings if f.rule == "RC-10"]


# --- the dev set (tests/data/checker_heldout/, labels in its expected.json) --------------------------
import json  # noqa: E402

HELDOUT = Path(__file__).parent / "data" / "checker_heldout"


def _heldout_case(case_id: str) -> dict:
    cases = json.loads((HELDOUT / "expected.json").read_text(encoding="utf-8"))["cases"]
    return next(c for c in cases if c["id"] == case_id)


def _run_heldout(store, case: dict, *rule_ids: str):
    text = (HELDOUT / case["file"]).read_text(encoding="utf-8")
    return check_text(text, store, doc_type=case["type"], as_of=case["as_of"], source_name=case["file"],
                      rules=[RULES[i] for i in rule_ids])


@pytest.mark.parametrize("case_id,rule,article", [
    ("h06-quy-che-phuong-vong-hai-draft", "RL-04", 42),   # member list after "do … quyết định thành lập …, gồm"
    ("h23-ke-hoach-bau-to-truong-tdp2-hoa-vien", "RL-07", None),  # "…, Tổ trưởng … đương nhiệm, người ứng cử … - Tổ trưởng Tổ bầu cử"
])
def test_labelled_role_slips_of_the_dev_set_are_found_where_labelled(store, case_id, rule, article):
    case = _heldout_case(case_id)
    wanted = [e for e in case["expect"] if e["kind"] == "role_concurrency"
              and (article is None or e.get("basis_article") == article)]
    assert wanted
    r = _run_heldout(store, case, rule)
    for e in wanted:
        hits = [f for f in r.findings if f.evidence.line <= e["line"] <= f.evidence.end_line]
        assert hits, (rule, e["line"], [f.evidence.line for f in r.findings])
        assert all(f.severity == e["severity"] for f in hits)


def test_clean_resolution_and_plans_of_the_dev_set_give_no_required_content_warning(store):
    for case_id in ("h11-nghi-quyet-xa-thuan-khe", "h14-ke-hoach-bau-truong-thon-ban-chang",
                    "h08-quy-che-mam-non-hoa-sen", "h10-quy-che-cty-lam-nghiep-2024",
                    "h03-quy-uoc-tdp3-minh-lac-2024"):
        case = _heldout_case(case_id)
        assert case["clean"]
        r = _run_heldout(store, case, "RC-01", "RC-03", "RC-04", "RC-05", "RC-08")
        assert r.findings == (), (case_id, [f.message for f in r.findings])


# --- how signatures are written ------------------------------------------------------------------------

@pytest.mark.parametrize("closing,missing", [
    ("Trưởng xóm: Hà Văn Tính (đã ký)\nTrưởng ban công tác Mặt trận: Bế Thị Dung (đã ký)\n"
     "Đại diện hộ gia đình thứ nhất: Nông Văn Lự (đã ký)\nĐại diện hộ gia đình thứ hai: Lục Thị Vân (đã ký)", ()),
    ("| TRƯỞNG KHU PHỐ | TRƯỞNG BAN CTMT | ĐẠI DIỆN 02 HỘ GIA ĐÌNH |\n| (đã ký) | (đã ký) | (đã ký) |", ()),
    ("Trưởng xóm: Hà Văn Tính (đã ký)\nĐại diện hộ gia đình thứ nhất: Nông Văn Lự (đã ký)",
     ("Trưởng ban công tác Mặt trận",)),
    ("TRƯỞNG THÔN                 TRƯỞNG BAN CÔNG TÁC MẶT TRẬN\n(đã ký)                     (đã ký)",
     ("02 đại diện các hộ gia đình",)),
])
def test_signature_titles_are_read_line_by_line_and_cell_by_cell(store, closing, missing):
    text = ("HƯƠNG ƯỚC\nXóm Nà Pàn\n\nĐiều 1. Giữ gìn vệ sinh đường làng, không thả rông gia súc.\n\n"
            "Điều 2. Việc cưới, việc tang thực hiện tiết kiệm.\n\n" + closing)
    r = check_text(text, store, doc_type="huong_uoc", as_of="2026-12-02", source_name="t", rules=[RULES["RC-05"]])
    got = sorted(f.message for f in r.findings)
    assert got == sorted(f"Phần ký xác nhận thiếu: {m}." for m in missing)


def test_a_date_finding_quotes_the_line_of_its_date_not_the_whole_paragraph(store):
    """CF-44 on a plan whose decision is dated 13 days before the election: the evidence is the line that
    carries the decision's date, not the wrapped paragraph around it (which also tells, lawfully, how the
    former Trưởng thôn's resignation was recognised)."""
    text = ("ỦY BAN NHÂN DÂN XÃ AN HÒA\nSố: 50/KH-UBND\nAn Hòa, ngày 25 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Tổ chức bầu Trưởng thôn Tân Lập\n\n"
            "Thực hiện Quyết định số 55/QĐ-UBND ngày 13/4/2026 của Chủ tịch UBND xã về việc tổ chức bầu Trưởng\n"
            "thôn Tân Lập (do ông Hà Văn Bình xin thôi làm Trưởng thôn vì lý do sức khỏe, đã được UBND xã công\n"
            "nhận tại Quyết định số 31/QĐ-UBND ngày 12/3/2026), UBND xã ban hành Kế hoạch như sau:\n\n"
            "1. Cuộc họp bầu Trưởng thôn tổ chức vào 08 giờ ngày 26/4/2026 tại nhà văn hóa thôn.")
    r = check_text(text, store, doc_type="ke_hoach", as_of="2026-04-26", rules=[RULES["CF-44"]])
    (f,) = r.findings
    assert (f.evidence.line, f.evidence.end_line) == (8, 8)
    assert "13/4/2026" in f.evidence.text and "xin thôi" not in f.evidence.text


def test_missing_signers_of_a_draft_without_a_signature_block_point_at_its_signing_sentence(store):
    """s24-fe (unseen13 p15 L35): a draft quy ước with no signature block says who signs it; each signer the sentence
    leaves out is marked there (where the reviewer marks it), not on the title. s28: a text with no signature block at
    all is judged for its signers only through that sentence (``required_content.unsigned_text``) — a signer it names
    is not called missing, and another paper's signing ("Biên bản … có chữ ký của …") is not the text's own, so nothing
    is judged and the report says the file shows no signatures."""
    head = ("TỔ DÂN PHỐ SỐ 7\nDỰ THẢO (lần 1)\n\nQUY ƯỚC\nTỔ DÂN PHỐ SỐ 7, PHƯỜNG MẪU ĐƠN\n\n"
            "Điều 1. Các hộ giữ gìn vệ sinh đường phố, không đổ rác ra kênh.\n")
    text = head + "Điều 2. Sau khi được thông qua, Quy ước do Tổ trưởng tổ dân phố ký xác nhận và lưu tại tổ.\n"
    r = check_text(text, store, doc_type="huong_uoc", as_of="2026-12-02", source_name="t", rules=[RULES["RC-05"]])
    at = {f.message: f.evidence.line for f in r.findings}
    assert at == {"Phần ký xác nhận thiếu: Trưởng ban công tác Mặt trận.": 8,
                  "Phần ký xác nhận thiếu: 02 đại diện các hộ gia đình.": 8}
    other = head + "Điều 2. Biên bản cuộc họp thông qua quy ước có chữ ký của Tổ trưởng và thư ký cuộc họp.\n"
    r = check_text(other, store, doc_type="huong_uoc", as_of="2026-12-02", source_name="t", rules=[RULES["RC-05"]])
    assert r.findings == ()
    assert any("không có phần chữ ký" in n for n in r.notes)


@pytest.mark.parametrize("rule,text,authority", [
    ("CF-844", "CÔNG TY TNHH MTV CẤP NƯỚC SƠN NGUYÊN\nSố: 45/QĐ-CN\nSơn Nguyên, ngày 10 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\n"
               "Về việc công nhận kết quả bầu Ban Thanh tra nhân dân Công ty\n\nGIÁM ĐỐC CÔNG TY TNHH MTV CẤP NƯỚC SƠN NGUYÊN\n\n"
               "Căn cứ Luật Thực hiện dân chủ ở cơ sở;\n\nQUYẾT ĐỊNH:\n"
               "Điều 1. Công nhận kết quả bầu Ban Thanh tra nhân dân Công ty nhiệm kỳ 2026 - 2028 gồm 05 thành viên.", 8),
    ("CF-742", "ỦY BAN NHÂN DÂN XÃ ĐỒNG SEN\nSố: 21/QĐ-UBND\nĐồng Sen, ngày 02 tháng 4 năm 2026\n\nQUYẾT ĐỊNH\n"
               "Công nhận kết quả bầu thành viên Ban Thanh tra nhân dân xã\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐỒNG SEN\n\n"
               "Căn cứ Luật Thực hiện dân chủ ở cơ sở;\n\nQUYẾT ĐỊNH:\n"
               "Điều 1. Công nhận kết quả bầu 09 thành viên Ban Thanh tra nhân dân xã Đồng Sen.", 8),
])
def test_a_decision_by_the_wrong_authority_points_at_its_authority_line_quoting_its_article(store, rule, text, authority):
    """s24-fe (unseen49 u49-11 L11, unseen50 u50_08 L21): who decides and the article that decides are one defect on
    two lines; the one finding stands on the authority line and quotes Điều 1 after it."""
    r = check_text(text, store, doc_type=None, as_of="2026-04-10", source_name="t", rules=[RULES[rule]])
    (f,) = r.findings
    assert (f.evidence.line, f.evidence.end_line) == (authority, authority)
    assert f.evidence.text.startswith(text.splitlines()[authority - 1])
    assert "Điều 1. Công nhận kết quả bầu" in f.evidence.text


SUMMONS = ("ỦY BAN NHÂN DÂN XÃ TÂN LẬP\nSố: 12/GTT-UBND                         Tân Lập, ngày 02 tháng 6 năm 2026\n\n"
           "GIẤY TRIỆU TẬP\nCuộc họp cộng đồng dân cư thôn Nà Khoang để cho thôi làm Trưởng thôn\n\n"
           "Ông Vi Văn Thịnh, Trưởng thôn Nà Khoang, hiện đồng thời là Trưởng ban công tác Mặt trận thôn, có đơn xin thôi "
           "làm Trưởng thôn.\n"
           "Do Trưởng thôn đồng thời là Trưởng ban công tác Mặt trận, theo điểm c khoản 1 Điều 3 Nghị định số 59/2023/NĐ-CP, "
           "Chủ tịch UBND xã triệu tập và chủ trì cuộc họp.\n")


def test_a_concurrency_the_text_handles_by_the_decrees_own_case_is_not_warned(store):
    """s26-pr (probe_s25pr p04 L7): the same pair told in a sentence that applies Decree 59 Art. 3.1.c (the commune's
    Chairman convenes the dismissal meeting) is that case — RL-40's ``handled``; without that sentence it is warned."""
    r = check_text(SUMMONS, store, source_name="p04", rules=[RULES["RL-40"]])
    assert not r.findings
    told = SUMMONS.split("Do Trưởng thôn")[0] + "Trưởng thôn triệu tập và chủ trì cuộc họp.\n"
    assert [f.rule for f in check_text(told, store, source_name="p04b", rules=[RULES["RL-40"]]).findings] == ["RL-40"]


SIGNERS = ("THÔN PÁC NHẠN – XÃ SUỐI TRẦU\nSố: 04/BB | Pác Nhạn, ngày 08/6/2025\n"
           "BIÊN BẢN Cuộc họp cộng đồng dân cư bầu thành viên Ban Thanh tra nhân dân xã\n"
           "Kết quả: bà Nông Thị Thủy trúng cử với 81/104 phiếu.\n"
           "NGƯỜI CHỦ TRÌ – TRƯỞNG THÔN | TRƯỞNG BAN CÔNG TÁC MẶT TRẬN | ĐẠI DIỆN HỘ GIA ĐÌNH | THƯ KÝ\n"
           "Mã Văn Nghị | Đàm Văn Tuyến | Lò Văn Pấu, Hoàng Thị Niên | Lường Thị Hoa\n")


def test_a_row_of_signers_titles_is_no_persons_posts(store):
    """s26-pr (dev_lawful_acts dla_21 L9): the meeting's «THƯ KÝ» three cells after «TRƯỞNG THÔN», another post
    between them, is another signer's column — not a post of the Ban held by the Trưởng thôn (RL-03)."""
    assert not check_text(SIGNERS, store, source_name="dla21", rules=[RULES["RL-03"]]).findings
    row = SIGNERS.replace("NGƯỜI CHỦ TRÌ – TRƯỞNG THÔN | TRƯỞNG BAN CÔNG TÁC MẶT TRẬN | ĐẠI DIỆN HỘ GIA ĐÌNH | THƯ KÝ\n"
                          "Mã Văn Nghị | Đàm Văn Tuyến | Lò Văn Pấu, Hoàng Thị Niên | Lường Thị Hoa\n",
                          "Danh sách thành viên Ban Thanh tra nhân dân xã được bầu ở thôn:\n"
                          "| 1 | Ông Mã Văn Nghị | Trưởng thôn Pác Nhạn | Thư ký |\n")
    assert [f.rule for f in check_text(row, store, source_name="dla21b", rules=[RULES["RL-03"]]).findings] == ["RL-03"]
