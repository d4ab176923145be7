"""The coverage brief of tests/data/checker_unseen5/ (the fifth blind set, written from the law only).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import REVIEW_DAY, LabelledSet

LABELLED = LabelledSet("checker_unseen5")


def test_coverage_of_the_set():
    """The brief: 12-14 documents of every kind (a công văn and a non-state employer's quy chế of no type), about a
    quarter clean, an old hương ước lawful for its date, drafts checked on the review day,
    >= 30 expected findings and >= 80 must_not_flag items."""
    cases = LABELLED.cases()
    assert 12 <= len(cases) <= 14
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] == 2 and types["quy_che_xa"] == 2 and types["quy_che_co_quan"] == 2
    assert types["quy_che_doanh_nghiep"] == 1 and types["nghi_quyet_bien_phap"] == 1
    assert types["ke_hoach"] == 2 and types["bao_cao"] == 1 and types[None] == 2
    assert 3 <= sum(c["clean"] for c in cases) <= 4
    years = {c["as_of"][:4] for c in cases}
    assert "2019" in years and {"2025", "2026"} <= years
    assert any(c["as_of"] == REVIEW_DAY for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80
    assert sum(len(c["expect"]) for c in cases) >= 30


def test_findings_spread_over_the_law():
    """No provision carries more than three expected findings in the whole set, and the set
    draws on Law 10/2022, both decrees, the labour code and its decree."""
    basis = Counter((e["basis_doc"], e["basis_article"], e["basis_clause"])
                    for c in LABELLED.cases() for e in c["expect"] if e["basis_doc"])
    assert max(basis.values()) <= 3, basis.most_common(3)
    docs = {doc for doc, _, _ in basis}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "45/2019/QH14", "145/2020/NĐ-CP"} <= docs


def test_old_hương_ước_is_clean():
    old = [c for c in LABELLED.cases() if c["type"] == "huong_uoc" and c["as_of"] < "2023-07-01"]
    assert old and all(c["clean"] for c in old)
