"""The coverage brief of tests/data/checker_unseen58/ (a blind held-out set on supervision and
transparency at commune level: Ban Giám sát đầu tư của cộng đồng and Ban Thanh tra nhân dân,
public notices of the budget, disclosure plans, voluntary contributions and answers to citizens).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen58")


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3-4 clean, 8-17 lawful sentences each (110 in all), at least 35
    findings (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates before and after the 2025
    reform."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["bao_cao"] >= 3 and types["ke_hoach"] >= 3 and types["nghi_quyet_bien_phap"] >= 1
    assert types[None] >= 5
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(before) >= 5 and len(after) >= 5
    assert any(c["clean"] for c in before) and any(c["clean"] for c in after)


def test_spread_of_findings():
    """The Law, Decree 59/2023 and the 2025 reform are all represented; the supervision boards'
    provisions (Law Arts. 36-45) carry a good share of the findings."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "72/2025/QH15"} <= docs
    boards = [e for e in expects if e["basis_doc"] == "10/2022/QH15" and 36 <= (e["basis_article"] or 0) <= 45]
    assert len(boards) >= 8
    assert sum(e["kind"] == "internal_consistency" for e in expects) >= 5
