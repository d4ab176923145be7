"""A law named by its subject (kb/search/subjects.py)."""
from __future__ import annotations

import pytest

from kb.search import SearchEngine
from kb.search.subjects import Subjects, subject_of


def test_subject_of_a_title():
    assert subject_of("Luật", "Luật Mặt trận Tổ quốc Việt Nam") == ("mat", "tran", "to", "quoc")
    assert subject_of("Bộ luật", "Bộ luật Tố tụng dân sự") == ("to", "tung", "dan", "su")
    assert subject_of("Pháp lệnh", "Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn")[:3] == (
        "thuc", "hien", "dan")


def test_no_subject_for_short_titles_amendments_and_other_types():
    assert subject_of("Luật", "Thanh tra") is None  # two syllables: words of other questions
    assert subject_of("Luật", "Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công") is None
    assert subject_of("Nghị định", "Quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở") is None
    assert subject_of("Luật", "") is None


def test_a_query_names_the_laws_whose_subject_it_says_in_a_row():
    subjects = Subjects.of([("42/2013/QH13", "Luật", "Tiếp công dân"),
                            ("75/2015/QH13", "Luật", "Luật Mặt trận Tổ quốc Việt Nam")])
    assert subjects.named("chu tich xa tiep cong dan may ngay".split()) == {"42/2013/QH13"}
    assert subjects.named("mat tran to quoc giam sat".split()) == {"75/2015/QH13"}
    assert not subjects.named("cong dan tiep xuc".split())  # the words, not in a row


@pytest.fixture(scope="module")
def engine(store) -> SearchEngine:
    return SearchEngine.open(store)


def test_the_law_named_by_its_subject_is_preferred(engine):
    # Law 75/2015 Art. 8 "Quan hệ giữa Mặt trận Tổ quốc Việt Nam với Nhân dân" (cl. 2: Nhân dân
    # giám sát hoạt động của Mặt trận): 3rd before, behind two supervision articles of Law 10/2022
    ranked = engine.rank("Nhân dân giám sát hoạt động của Mặt trận Tổ quốc như thế nào", limit=5)
    assert ranked[0] == "75/2015/QH13:d8", ranked


def test_the_subjects_holding_a_run_of_words():
    subjects = Subjects.of([("10/2022/QH15", "Luật", "Thực hiện dân chủ ở cơ sở"),
                            ("35/2013/QH13", "Luật", "Hòa giải ở cơ sở"),
                            ("58/2020/QH14", "Luật", "Hòa giải, đối thoại tại Tòa án")])
    assert subjects.holding("dan chu o co so".split()) == {
        ("thuc", "hien", "dan", "chu", "o", "co", "so"): ("10/2022/QH15",)}
    assert set(subjects.holding("hoa giai".split())) == {("hoa", "giai", "o", "co", "so"),
                                                          ("hoa", "giai", "doi", "thoai", "tai", "toa", "an")}
    assert not subjects.holding("co so dan chu".split())


@pytest.mark.parametrize("query, article", [
    ("dieu 17 luat mttq", "75/2015/QH13:d17"),  # an abbreviation of the subject
    ("Điều 17 Luật Mặt trận Tổ quốc", "75/2015/QH13:d17"),  # the title without "Việt Nam"
    ("Điều 5 Luật dân chủ ở cơ sở", "10/2022/QH15:d5"),  # a run of the subject
    ("khoản 2 điều 9 luật pctn", "36/2018/QH14:d9"),  # "phòng, chống tham nhũng"
])
def test_an_article_of_a_law_cited_by_its_subject(engine, query, article):
    assert engine.rank(query, limit=3)[0] == article


def test_a_name_two_subjects_hold_names_no_law(engine):
    # "hòa giải": Law 35/2013 "Hòa giải ở cơ sở" and Law 58/2020 "Hòa giải, đối thoại tại Tòa án"
    assert engine._law_named("hòa giải") is None
    assert engine._law_named("hòa giải ở cơ sở") == "35/2013/QH13"


def test_luat_names_a_law_by_a_part_of_its_subject():
    subjects = Subjects.of([("10/2022/QH15", "Luật", "Thực hiện dân chủ ở cơ sở"),
                            ("34/2007/PL-UBTVQH11", "Pháp lệnh", "Thực hiện dân chủ ở xã, phường, thị trấn"),
                            ("35/2013/QH13", "Luật", "Hòa giải ở cơ sở"),
                            ("58/2020/QH14", "Luật", "Hòa giải, đối thoại tại Tòa án")])
    assert subjects.named("luat dan chu o co so bat dau co hieu luc".split()) == {"10/2022/QH15"}
    assert not subjects.named("luat dan chu co hieu luc".split())  # "dân chủ": two subjects
    assert not subjects.named("luat hoa giai".split())
    assert not subjects.named("dan chu o co so".split())  # without "luật", only a whole subject


def test_phrases_that_name_a_law_subject():
    subjects = Subjects.of([("35/2013/QH13", "Luật", "Hòa giải ở cơ sở")],
                           said=[(("hoa", "giai", "vien"), "35/2013/QH13")])
    assert subjects.named("muon lam hoa giai vien o thon".split()) == {"35/2013/QH13"}
    assert not subjects.named("hoa giai".split())


def test_every_law_of_the_tables_law_subjects_is_stored(engine):
    from kb.citations.model import DocRef
    for title, phrases in engine.synonyms.law_subjects:
        assert engine.docs.find(DocRef("Luật", None, title)), title
        assert phrases and all(phrases), title


def test_a_neighbouring_law_named_by_what_questions_say(engine):
    # Law 35/2013 Art. 7 "Tiêu chuẩn hòa giải viên": 2nd before, behind Decree 22/2017 Art. 7
    assert engine.rank("Muốn làm hòa giải viên ở thôn cần có tiêu chuẩn gì?", limit=3)[0] == "35/2013/QH13:d7"
