"""The coverage brief of tests/data/checker_unseen47/ (a blind set on rural and mountain communities
with a cooperative and a small factory in the same area).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen47")


def test_coverage_of_the_set():
    """13 documents, mostly community papers plus two workplace regulations; about a quarter clean;
    documents dated before the law (2021, 2022) and after the 2025 reform (2025, 2026); at least 35
    findings and 110 must_not_flag items."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    assert not [p for c in cases for p in LABELLED.case_problems(c)]
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 2 and types["quy_che_doanh_nghiep"] >= 2
    assert types["ke_hoach"] >= 1 and types[None] >= 7
    clean = sum(c["clean"] for c in cases)
    assert 3 <= clean <= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2021", "2022", "2023", "2024", "2025", "2026"} <= years
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert sum(len(c["expect"]) for c in cases) >= 35
    for c in cases:
        assert 8 <= len(c["must_not_flag"]) <= 17
        assert c["clean"] or 2 <= len(c["expect"]) <= 6
        assert 25 <= len(LABELLED.lines(c["file"])) <= 71


def test_spread_of_findings():
    """No provision carries more than three findings, every grade is used, and the hương ước decree,
    the detailing decree, the labour-law dialogue rules and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "145/2020/NĐ-CP", "45/2019/QH14", "72/2025/QH15"} <= docs
    kinds = {e["kind"] for e in expects}
    assert {"conflict", "required_content", "role_concurrency", "outdated_reference", "internal_consistency"} <= kinds
