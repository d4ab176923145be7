"""The coverage brief of tests/data/checker_unseen79/ (written as a blind held-out set, opened for study in session 27, on supervision by the people:
the Ban Thanh tra nhân dân of a commune, a ward, a public hospital and a state company, and a Ban Giám sát
đầu tư của cộng đồng for a school building; minutes, decisions, plans, reports, a quy chế, a recommendation
and its answer).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen79")


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates before and after the 2025
    reform (the brief's counts: test_labelled_sets.test_the_writers_brief)."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["ke_hoach"] >= 2 and types["bao_cao"] >= 3
    assert types["quy_che_doanh_nghiep"] >= 1 and types["quy_che_xa"] >= 1
    assert types[None] >= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    assert 2 <= len(before) < len(cases) - len(before)


def test_spread_of_findings():
    """The Law, Decree 59, the Labour Code and the 2025 reform are all represented, and the
    supervision theme's provisions (Law Arts. 36-45, 60-63, 77-81) carry findings."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "72/2025/QH15", "45/2019/QH14"} <= docs
    articles = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert articles & set(range(36, 46)) and articles & set(range(60, 64)) and articles & set(range(77, 82))
    assert sum(e["kind"] == "role_concurrency" for e in expects) >= 5


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3-4 clean, 8-17 lawful sentences each (110 in all), at least 35 findings
    (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_the_set_was_opened_for_study():
    """Blind until session 27, which opened it (with the other two oldest sets): it is studied now and keeps floors."""
    assert "checker_unseen79" not in BLIND
