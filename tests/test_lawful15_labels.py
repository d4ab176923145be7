"""The coverage brief of tests/data/checker_lawful15/ (written as a blind set, opened for study in session 27, of thirty short lawful documents on who may do
what: village and tổ dân phố meetings, the commune and its supervision boards, agencies, state and non-state
employers, before and after the 2025 reform).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these tests read the
labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_lawful15")


def test_every_case_is_valid_and_clean():
    """30 documents of 6-24 lines, valid labels, every one clean with no expected finding."""
    cases = LABELLED.cases()
    assert len(cases) == 30
    assert [p for c in cases for p in LABELLED.case_problems(c)] == []
    assert all(c["clean"] is True and c["expect"] == [] for c in cases)
    assert LABELLED.expects() == []
    assert all(6 <= LABELLED.line_count(c["file"]) <= 24 for c in cases)


def test_lawful_sentences():
    """3-8 must_not_flag items per document, at least 120 in all, each with a reason."""
    cases = LABELLED.cases()
    assert all(3 <= len(c["must_not_flag"]) <= 8 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 120
    assert all(m["why"].strip() for c in cases for m in c["must_not_flag"])


def test_mix_of_types_and_years():
    """The document types of the theme, and dates on both sides of 01/07/2025 (one draft on the review day)."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 3 and types["quy_che_co_quan"] >= 2 and types["quy_che_doanh_nghiep"] >= 2
    assert types["quy_che_xa"] >= 1 and types["ke_hoach"] >= 3 and types["bao_cao"] >= 2 and types[None] >= 12
    years = {c["as_of"][:4] for c in cases}
    assert {"2022", "2023", "2024", "2025", "2026"} <= years
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(before) >= 10 and len(after) >= 10
    assert sum(c["as_of"] == "2026-12-02" for c in cases) >= 1


def test_the_set_was_opened_for_study():
    """Blind until session 27, which opened it (with the other two oldest sets): it is studied now and keeps floors."""
    assert "checker_lawful15" not in BLIND
