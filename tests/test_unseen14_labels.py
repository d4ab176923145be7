"""The coverage brief of tests/data/checker_unseen14/ (a mixed blind set: community and workplace).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet, REVIEW_DAY, TYPES

LABELLED = LabelledSet("checker_unseen14")


def test_coverage_of_the_set():
    """Twelve to fourteen documents of every type, about a fifth clean, an old document and drafts."""
    cases = LABELLED.cases()
    assert 12 <= len(cases) <= 14
    assert {c["type"] for c in cases} == TYPES
    assert 2 <= sum(c["clean"] for c in cases) <= len(cases) // 3
    years = {c["as_of"][:4] for c in cases}
    assert {"2020", "2025", "2026"} <= years
    assert sum(c["as_of"] == REVIEW_DAY for c in cases) >= 2
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80
    assert sum(len(c["expect"]) for c in cases) >= 30


def test_findings_spread_over_the_law():
    """No provision carries more than three findings; community and workplace both carry findings."""
    expect = [e for c in LABELLED.cases() for e in c["expect"] if e["basis_doc"]]
    per_provision = Counter((e["basis_doc"], e["basis_article"], e["basis_clause"]) for e in expect)
    assert max(per_provision.values()) <= 3
    law_articles = {e["basis_article"] for e in expect if e["basis_doc"] == "10/2022/QH15"}
    assert any(a <= 43 for a in law_articles) and any(44 <= a <= 83 for a in law_articles)
    assert {"59/2023/NĐ-CP", "61/2023/NĐ-CP", "145/2020/NĐ-CP", "72/2025/QH15"} <= {e["basis_doc"] for e in expect}


def test_severities_and_kinds():
    expect = [e for c in LABELLED.cases() for e in c["expect"]]
    assert {e["severity"] for e in expect} == {"lỗi", "cảnh báo", "gợi ý"}
    assert {"conflict", "role_concurrency", "outdated_reference", "required_content",
            "internal_consistency", "draft_completeness"} <= {e["kind"] for e in expect}
