"""The coverage brief of tests/data/checker_unseen69/ (a blind held-out set on supervision by the people:
Ban Thanh tra nhân dân in communes, a public service unit and state-owned enterprises, Ban Giám sát đầu tư
của cộng đồng, their plans, minutes, reports and recommendations, and the answers to them).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen69")


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates before and after the 2025
    reform (the brief's counts: test_labelled_sets.test_the_writers_brief)."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["bao_cao"] >= 3 and types["ke_hoach"] >= 1 and types["quy_che_xa"] >= 1
    assert types["quy_che_co_quan"] >= 1 and types["quy_che_doanh_nghiep"] >= 1 and types[None] >= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    assert any(c["as_of"] < "2025-07-01" for c in cases) and any(c["as_of"] >= "2025-07-01" for c in cases)


def test_brief_of_the_set():
    """13 documents, 3-4 clean, at least 35 findings and 110 lawful sentences, at most three per provision."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_spread_of_findings():
    """The Law, Decree 59/2023 and the 2025 reform are all represented, and the boards of all three
    settings (commune, agency or unit, state enterprise) carry findings."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "72/2025/QH15"} <= docs
    articles = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert articles & {37, 38, 40} and articles & {41, 42, 45} and articles & {60, 62} and articles & {77}
