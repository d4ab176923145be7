"""The coverage brief of tests/data/checker_unseen40/ (a blind, workplace set: seafood, electronics,
tea cooperatives and logistics; non-state employers, a cooperative, a household business and state
enterprises).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import REVIEW_DAY, LabelledSet

LABELLED = LabelledSet("checker_unseen40")


def test_coverage_of_the_set():
    """13 documents, all workplace; about a quarter clean; a 2022 document before the Law, 2024 and early-2025
    documents before the reform, later ones after it and a draft; at least 35 findings and 110 must_not_flag."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_doanh_nghiep"] >= 3 and types["bao_cao"] >= 1 and types[None] >= 6
    clean = sum(c["clean"] for c in cases)
    assert 3 <= clean <= len(cases) // 3 + 1
    years = {c["as_of"][:4] for c in cases}
    assert {"2022", "2024", "2025", "2026"} <= years
    assert any(c["as_of"] == REVIEW_DAY for c in cases)
    assert all(8 <= len(c["must_not_flag"]) <= 17 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert sum(len(c["expect"]) for c in cases) >= 35
    assert all(2 <= len(c["expect"]) <= 6 for c in cases if not c["clean"])


def test_spread_of_findings():
    """No provision carries more than three findings, every grade is used, and the Law's enterprise
    chapter, Decree 59/2023, the labour code, its dialogue decree and the 2025 reform are represented."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    docs = Counter(e["basis_doc"] for e in expects)
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "145/2020/NĐ-CP", "45/2019/QH14", "72/2025/QH15"} <= set(docs)
    assert docs["145/2020/NĐ-CP"] >= 10
    kinds = {e["kind"] for e in expects}
    assert {"conflict", "role_concurrency", "outdated_reference", "required_content",
            "draft_completeness", "internal_consistency"} <= kinds
