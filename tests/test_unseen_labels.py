"""The coverage brief of tests/data/checker_unseen/ (the first blind set; dev set 3 since it was studied).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from tests.labelsets import LabelledSet, TYPES

LABELLED = LabelledSet("checker_unseen")


def test_coverage_of_the_set():
    """The brief's coverage: every document type, some of no type, about a third clean,
    documents from before the law and after the 2025 reform."""
    cases = LABELLED.cases()
    assert len(cases) >= 14
    assert {c["type"] for c in cases} == TYPES
    assert sum(c["clean"] for c in cases) * 4 >= len(cases)
    years = {c["as_of"][:4] for c in cases}
    assert {"2019", "2020", "2023"} <= years and "2026" in years
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80
    assert sum(len(c["expect"]) for c in cases) >= 35
