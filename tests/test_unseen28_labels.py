"""The coverage brief of tests/data/checker_unseen28/ (a blind, workplace-leaning held-out set).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen28")


def test_coverage_of_the_set():
    """13 documents, 8 workplace and 5 community; about a quarter clean; a 2024 document lawful for its
    date and documents after the 2025 reform; at least 30 findings and 80 must_not_flag items."""
    cases = LABELLED.cases()
    assert 12 <= len(cases) <= 13
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_co_quan"] >= 2 and types["quy_che_doanh_nghiep"] >= 2
    assert types["huong_uoc"] >= 1 and types["quy_che_xa"] >= 1 and types["bao_cao"] >= 2
    assert types["ke_hoach"] >= 1 and types[None] >= 3
    clean = sum(c["clean"] for c in cases)
    assert 3 <= clean <= len(cases) // 3 + 1
    years = {c["as_of"][:4] for c in cases}
    assert {"2024", "2025", "2026"} <= years
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80
    assert sum(len(c["expect"]) for c in cases) >= 30


def test_spread_of_findings():
    """No provision carries more than three findings, every grade is used, and the labour-law
    dialogue decree and the 2025 reform are both represented."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "145/2020/NĐ-CP", "45/2019/QH14", "72/2025/QH15"} <= docs
