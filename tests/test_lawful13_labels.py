"""The coverage brief of tests/data/checker_lawful13/ (a blind set of sixteen lawful documents across the whole
Law in the invented province of Vân Khê: hương ước and quy ước, the quy chế of a merged commune and of a former
thị trấn, the quy chế of a school, a provincial department, a state water company and a private garment company,
an HĐND resolution on measures, plans to elect a Trưởng thôn and to consult residents, a commune report, minutes of
a village meeting, of a staff conference and of a workplace dialogue, and a decision recognising a Trưởng thôn).

Every document is lawful on its own date, so every case is clean and carries only must_not_flag items: the
sentences most likely to fool a checker, each with the provision that makes it lawful. The schema checks common to
every labelled set are in tests/test_labelled_sets.py; like them, these tests read the labels only and never run
the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_lawful13")
ALL_TYPES = {"huong_uoc", "quy_che_xa", "quy_che_co_quan", "quy_che_doanh_nghiep", "nghi_quyet_bien_phap",
             "ke_hoach", "bao_cao"}


def test_the_writers_brief():
    """16 documents of 25-70 lines with valid labels, all clean (no expected finding), 12-16 lawful sentences
    each and at least 200 in all."""
    cases = LABELLED.cases()
    assert [p for c in cases for p in LABELLED.case_problems(c)] == []
    assert len(cases) == 16
    for case in cases:
        assert 25 <= LABELLED.line_count(case["file"]) <= 70, case["file"]
        assert case["clean"] is True and case["expect"] == [], case["id"]
        assert 12 <= len(case["must_not_flag"]) <= 16, case["id"]
    assert sum(len(c["must_not_flag"]) for c in cases) >= 200
    assert LABELLED.expects() == []


def test_one_lawful_sentence_per_line():
    """No two must_not_flag items of a document sit on the same line, so one false positive counts once."""
    for case in LABELLED.cases():
        lines = [m["line"] for m in case["must_not_flag"]]
        assert len(lines) == len(set(lines)), case["id"]


def test_coverage_of_the_set():
    """All seven document types and at least three null ones; half the documents dated before the 2025 reform
    (01/07/2025) and half after, each checked at its own date."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert ALL_TYPES <= set(types)
    assert types[None] >= 3
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(before) == len(after) == 8
    assert {"2023", "2024", "2025", "2026"} <= {c["as_of"][:4] for c in cases}


def test_every_lawful_sentence_names_its_basis():
    """Each must_not_flag reason points at what makes the sentence lawful: a provision of the Law, a decree, the
    labour code, the reform, or the arithmetic it checks."""
    for case in LABELLED.cases():
        for mnf in case["must_not_flag"]:
            why = mnf["why"]
            assert any(key in why for key in ("Law", "Decree", "Bộ luật", "=", "+", "reform", "district", "01/07/2025",
                                             "(cũ)", "cũ", "History", "Historical")), (case["id"], why)


def test_the_set_was_opened_for_study():
    """Blind until session 25, which opened it (with unseen75 and 76): it is studied now and keeps floors."""
    assert "checker_lawful13" not in BLIND
