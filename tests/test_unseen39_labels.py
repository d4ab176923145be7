"""The coverage brief of tests/data/checker_unseen39/ (a blind held-out set at commune level after the
2025 reform: xã, phường and a đặc khu formed on 01/07/2025).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen39")


def test_coverage_of_the_set():
    """13 commune-level documents; about a quarter clean; a 2022 document before the Law and a 2024
    document before the reform, lawful for their dates; the rest after the reform; at least 35
    findings and 110 must_not_flag items, 8 to 17 per document."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    types = Counter(c["type"] for c in cases)
    assert types["nghi_quyet_bien_phap"] >= 2 and types["quy_che_xa"] >= 2 and types["ke_hoach"] >= 2
    assert types["bao_cao"] >= 2 and types["huong_uoc"] >= 1 and types[None] >= 3
    clean = [c for c in cases if c["clean"]]
    assert 3 <= len(clean) <= len(cases) // 3 + 1
    years = {c["as_of"][:4] for c in cases}
    assert {"2022", "2024", "2025", "2026"} <= years
    assert any(c["clean"] and c["as_of"] < "2023-07-01" for c in cases)
    assert any(c["clean"] and "2023-07-01" <= c["as_of"] < "2025-07-01" for c in cases)
    assert all(8 <= len(c["must_not_flag"]) <= 17 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert sum(len(c["expect"]) for c in cases) >= 35


def test_spread_of_findings():
    """No provision carries more than three findings, every grade is used, the Law and both decrees
    are represented, and the 2025 reform is represented."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs
    kinds = {e["kind"] for e in expects}
    assert {"conflict", "required_content", "role_concurrency", "outdated_reference",
            "internal_consistency", "draft_completeness"} <= kinds
