"""The coverage brief of tests/data/checker_unseen34/ (a blind, community-heavy held-out set on
craft villages, markets and pottery).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen34")

WORKPLACE = {"quy_che_co_quan", "quy_che_doanh_nghiep"}


def test_coverage_of_the_set():
    """13 documents, at least 9 of them community documents; about a quarter clean; documents dated
    before the law and before the 2025 reform; at least 35 findings and 110 must_not_flag items."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    for case in cases:
        assert 25 <= len(LABELLED.lines(case["file"])) <= 70, case["file"]
        assert 8 <= len(case["must_not_flag"]) <= 17, case["id"]
        assert case["clean"] or 2 <= len(case["expect"]) <= 6, case["id"]
    types = Counter(c["type"] for c in cases)
    assert sum(n for t, n in types.items() if t not in WORKPLACE) >= 9
    assert types["huong_uoc"] >= 2 and types["quy_che_xa"] >= 1 and types["ke_hoach"] >= 1
    assert types["nghi_quyet_bien_phap"] >= 1 and types["quy_che_co_quan"] >= 2 and types[None] >= 5
    clean = sum(c["clean"] for c in cases)
    assert 3 <= clean <= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2022", "2024", "2025", "2026"} <= years
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert sum(len(c["expect"]) for c in cases) >= 35


def test_spread_of_findings():
    """No provision carries more than three findings, every grade is used, and the Law, both
    decrees and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs
