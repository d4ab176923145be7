"""The coverage brief of tests/data/checker_lawful14/ (written as a blind set, opened for study in session 26 of sixteen lawful documents across the whole law,
in the invented province of Hòa Lâm: a hương ước and the decision recognising it, a merged commune's quy chế, a
phường plan, a commune year-end report, a 2022 village meeting under Pháp lệnh 34/2007, the election of a Tổ trưởng
tổ dân phố, a Ban Thanh tra nhân dân report, a health centre's quy chế, a 2022 school staff conference, a Sở's
disclosure notice, a state water company's quy chế and employees' conference, a private company's workplace quy chế
and dialogue under Decree 145/2020, and a commune HĐND resolution on measures).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import REVIEW_DAY, BLIND, LabelledSet

LABELLED = LabelledSet("checker_lawful14")


def test_every_case_is_valid_and_clean():
    """Sixteen documents of 20-70 lines, valid labels, every one clean with no expected finding."""
    cases = LABELLED.cases()
    assert len(cases) == 16
    assert [p for c in cases for p in LABELLED.case_problems(c)] == []
    assert all(c["clean"] and c["expect"] == [] for c in cases)
    assert LABELLED.expects() == []
    assert all(20 <= LABELLED.line_count(c["file"]) <= 70 for c in cases)


def test_lawful_sentences():
    """10-18 lawful sentences a naive checker might flag in each document, at least 200 in all, each with a why."""
    cases = LABELLED.cases()
    assert all(10 <= len(c["must_not_flag"]) <= 18 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 200
    assert all(m["why"].strip() for c in cases for m in c["must_not_flag"])


def test_coverage_of_the_set():
    """The mix the set needs: commune, agency, enterprise and HĐND documents; dates before and after the reform."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 1 and types["quy_che_xa"] >= 1 and types["quy_che_co_quan"] >= 1
    assert types["quy_che_doanh_nghiep"] >= 2 and types["nghi_quyet_bien_phap"] >= 1
    assert types["ke_hoach"] >= 1 and types["bao_cao"] >= 2 and types[None] >= 6
    years = {c["as_of"][:4] for c in cases}
    assert {"2022", "2023", "2024", "2025", "2026"} <= years
    before_law = [c for c in cases if c["as_of"] < "2023-07-01"]
    before_reform = [c for c in cases if c["as_of"] < "2025-07-01"]
    after_reform = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(before_law) >= 2 and len(before_reform) >= 5 and len(after_reform) >= 8
    assert all(c["as_of"] != REVIEW_DAY for c in cases)  # no drafts: every document is dated and issued


def test_the_set_was_opened_for_study():
    """Blind until session 26, which opened it (with the other two oldest sets): it is studied now and keeps floors."""
    assert "checker_lawful14" not in BLIND
