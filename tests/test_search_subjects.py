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
