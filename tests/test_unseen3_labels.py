"""The coverage brief of tests/data/checker_unseen3/ (the third blind set; dev set 5 since it was studied).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from tests.labelsets import LabelledSet, SEVERITIES, TYPES

LABELLED = LabelledSet("checker_unseen3")


def test_coverage_of_the_set():
    """The brief's coverage: every document type and one of no type, about a quarter clean,
    old documents (before the 2022 law took effect) and documents after the 2025 reform,
    at least 45 expected findings and 130 must-not-flag items."""
    cases = LABELLED.cases()
    assert len(cases) >= 20
    assert {c["type"] for c in cases} == TYPES
    assert sum(c["clean"] for c in cases) * 5 >= len(cases)
    years = {c["as_of"][:4] for c in cases}
    assert {"2019", "2021", "2024", "2025", "2026"} <= years
    assert sum(len(c["must_not_flag"]) for c in cases) >= 130
    assert sum(len(c["expect"]) for c in cases) >= 45
    severities = {e["severity"] for c in cases for e in c["expect"]}
    assert severities == SEVERITIES


def test_old_documents_are_clean_or_only_arithmetic():
    """Documents dated before 01/07/2023 are checked by the law of their date: no finding of
    this set rests on Law 10/2022 or its decrees for them."""
    for case in LABELLED.cases():
        if case["as_of"] < "2023-07-01":
            assert all(e["kind"] == "internal_consistency" for e in case["expect"]), case["id"]
