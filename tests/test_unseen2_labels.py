"""The coverage brief of tests/data/checker_unseen2/ (the second blind set; dev set 4 since it was studied).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from tests.labelsets import KINDS, LabelledSet, NO_BASIS_KINDS, TYPES

LABELLED = LabelledSet("checker_unseen2")


def test_coverage_of_the_set():
    """The brief's coverage: at least 20 documents of every type and one of no type, about a
    quarter clean, old documents (2018-2022) lawful for their date, documents after the 2025
    reform, at least 45 expected findings and 130 must_not_flag items."""
    cases = LABELLED.cases()
    assert len(cases) >= 20
    assert {c["type"] for c in cases} == TYPES
    assert sum(c["clean"] for c in cases) >= 5
    years = {c["as_of"][:4] for c in cases}
    assert {"2020", "2021", "2024", "2025", "2026"} <= years
    old = [c for c in cases if c["as_of"] < "2023-07-01"]
    assert old and all(c["clean"] for c in old)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 130
    assert sum(len(c["expect"]) for c in cases) >= 45
    kinds = {e["kind"] for c in cases for e in c["expect"]}
    assert kinds == KINDS


def test_every_defect_case_has_a_lawful_counterpart():
    """Each case carries must_not_flag items, so a checker that flags everything loses."""
    for case in LABELLED.cases():
        assert len(case["must_not_flag"]) >= 5, case["id"]


def test_severity_follows_the_kind():
    """Role concurrency of Trưởng thôn and Trưởng ban công tác Mặt trận is a warning (Decree 59/2023
    Art. 3.1.c), arithmetic is never an error, and a rule-based finding quotes its provision."""
    for case in LABELLED.cases():
        for exp in case["expect"]:
            if exp["kind"] == "internal_consistency":
                assert exp["severity"] == "cảnh báo", case["id"]
            if exp["kind"] == "role_concurrency" and "Trưởng ban công tác Mặt trận" in exp["why"] \
                    and "Art. 3.1.c" in exp["why"]:
                assert exp["severity"] == "cảnh báo", case["id"]
            if exp["kind"] not in NO_BASIS_KINDS:
                assert "Art." in exp["why"] or exp["basis_doc"] == "72/2025/QH15", case["id"]
