"""The coverage brief of tests/data/checker_unseen43/ (a blind, workplace set: state-owned enterprises,
their subsidiaries and non-state employers).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import REVIEW_DAY, LabelledSet

LABELLED = LabelledSet("checker_unseen43")


def test_coverage_of_the_set():
    """13 documents, all workplace; about a quarter clean; a document older than the Law, documents
    before and after the 2025 reform, one draft checked on the review day; at least 35 findings and
    110 must_not_flag items, 8 to 17 per document."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_doanh_nghiep"] >= 4 and types["bao_cao"] >= 2 and types["ke_hoach"] >= 1
    assert types[None] >= 5
    clean = sum(c["clean"] for c in cases)
    assert 3 <= clean <= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    assert any(c["as_of"] < "2023-07-01" for c in cases)
    assert any("2023-07-01" <= c["as_of"] < "2025-07-01" for c in cases)
    assert any(c["as_of"] == REVIEW_DAY for c in cases)
    assert all(8 <= len(c["must_not_flag"]) <= 17 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert sum(len(c["expect"]) for c in cases) >= 35
    assert all(2 <= len(c["expect"]) <= 6 for c in cases if not c["clean"])


def test_spread_of_findings():
    """No provision carries more than three findings, every grade is used, and the state-enterprise
    articles of the Law, its decree, the labour-law dialogue rules and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "145/2020/NĐ-CP", "45/2019/QH14", "72/2025/QH15"} <= docs
    law_articles = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert law_articles and all(64 <= a <= 81 for a in law_articles)
    kinds = {e["kind"] for e in expects}
    assert {"conflict", "role_concurrency", "outdated_reference", "internal_consistency", "draft_completeness"} <= kinds
