"""The coverage brief of tests/data/checker_unseen23/ (blind set, community-heavy, pottery-themed places).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen23")


def test_coverage_of_the_set():
    """The brief: 12-13 documents, mostly community documents, a few clean, drafts and an old document."""
    cases = LABELLED.cases()
    assert 12 <= len(cases) <= 13
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 2 and types["quy_che_co_quan"] >= 2
    assert {"ke_hoach", "bao_cao", "nghi_quyet_bien_phap", None} <= set(types)
    assert 2 <= sum(c["clean"] for c in cases) <= 4
    years = {c["as_of"][:4] for c in cases}
    assert "2022" in years and "2026" in years
    assert sum(c["as_of"] == "2026-12-02" for c in cases) >= 2
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80
    assert sum(len(c["expect"]) for c in cases) >= 30


def test_findings_are_spread_over_the_law():
    """No more than three findings rest on the same provision (document, article, clause)."""
    basis = Counter((e["basis_doc"], e["basis_article"], e["basis_clause"])
                    for c in LABELLED.cases() for e in c["expect"] if e["basis_doc"])
    assert max(basis.values()) <= 3
    assert len({doc for doc, _, _ in basis}) >= 5


def test_every_severity_is_used():
    severities = Counter(e["severity"] for c in LABELLED.cases() for e in c["expect"])
    assert set(severities) == {"lỗi", "cảnh báo", "gợi ý"}
