"""The coverage brief of tests/data/checker_unseen4/ (the fourth blind set; dev set 6 since it was studied).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from tests.labelsets import LabelledSet, SEVERITIES, TYPES

LABELLED = LabelledSet("checker_unseen4")


def test_coverage_of_the_set():
    """The brief's coverage: at least 20 documents of every type and one of no type, about a
    quarter clean, old documents lawful for their date and documents after the 2025 reform,
    at least 45 expected findings and 130 must_not_flag items."""
    cases = LABELLED.cases()
    assert len(cases) >= 20
    assert {c["type"] for c in cases} == TYPES
    assert sum(c["clean"] for c in cases) >= 5
    years = {c["as_of"][:4] for c in cases}
    assert {"2020", "2022", "2025", "2026"} <= years
    assert sum(len(c["must_not_flag"]) for c in cases) >= 130
    assert sum(len(c["expect"]) for c in cases) >= 45
    assert {e["severity"] for c in cases for e in c["expect"]} == SEVERITIES


def test_findings_spread_over_the_law():
    """No provision (document, article, clause) carries more than three expected findings."""
    seen: dict = {}
    for case in LABELLED.cases():
        for exp in case["expect"]:
            if exp["basis_doc"]:
                key = (exp["basis_doc"], exp["basis_article"], exp["basis_clause"])
                seen[key] = seen.get(key, 0) + 1
    assert {k: n for k, n in seen.items() if n > 3} == {}
