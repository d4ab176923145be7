"""The coverage brief of tests/data/checker_unseen6/ (a blind held-out set written from the law only).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen6")


def test_coverage_of_the_set():
    """The brief: 13-15 documents of every kind, about three clean, an old document lawful for its
    date and drafts checked on the review day, >= 30 findings and >= 80 must_not_flag items."""
    cases = LABELLED.cases()
    assert 13 <= len(cases) <= 15
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 2 and types["quy_che_xa"] >= 2 and types["quy_che_co_quan"] >= 2
    assert types["quy_che_doanh_nghiep"] >= 1 and types["nghi_quyet_bien_phap"] >= 1
    assert types["ke_hoach"] >= 2 and types["bao_cao"] >= 1 and types[None] >= 1
    assert 2 <= sum(c["clean"] for c in cases) <= 4
    years = {c["as_of"][:4] for c in cases}
    assert "2021" in years and {"2025", "2026"} <= years
    assert sum(len(c["expect"]) for c in cases) >= 30
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80


def test_no_provision_is_leaned_on_more_than_three_times():
    """Variety: at most three expected findings rest on the same article and clause."""
    basis = Counter((e["basis_doc"], e["basis_article"], e["basis_clause"])
                    for c in LABELLED.cases() for e in c["expect"] if e["basis_doc"])
    assert max(basis.values()) <= 3, basis.most_common(3)


def test_every_severity_and_kind_is_used():
    found = [e for c in LABELLED.cases() for e in c["expect"]]
    assert {e["severity"] for e in found} == {"lỗi", "cảnh báo", "gợi ý"}
    assert {e["kind"] for e in found} >= {"conflict", "role_concurrency", "outdated_reference",
                                          "draft_completeness", "internal_consistency"}
