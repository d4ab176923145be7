"""The coverage brief of tests/data/checker_unseen15/ (a blind set: community and workplace mixed).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen15")


def test_coverage_of_the_set():
    """The brief's coverage: 12-13 documents, community and workplace types, about three clean,
    a document from before the 2023 law and drafts checked on the review day."""
    cases = LABELLED.cases()
    assert 12 <= len(cases) <= 13
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] == 3 and types["quy_che_xa"] == 2
    assert {"quy_che_co_quan", "nghi_quyet_bien_phap", "ke_hoach", "bao_cao", None} <= set(types)
    assert 2 <= sum(c["clean"] for c in cases) <= 4
    years = {c["as_of"][:4] for c in cases}
    assert "2021" in years and "2026" in years
    assert sum(c["as_of"] == "2026-12-02" for c in cases) >= 2
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80
    assert sum(len(c["expect"]) for c in cases) >= 30


def test_no_provision_is_used_more_than_three_times():
    """The brief spreads the defects over the law: at most three findings rest on one provision."""
    basis = Counter((e["basis_doc"], e["basis_article"], e["basis_clause"])
                    for c in LABELLED.cases() for e in c["expect"] if e["basis_article"])
    assert max(basis.values()) <= 3
