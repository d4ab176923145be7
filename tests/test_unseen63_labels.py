"""The coverage brief of tests/data/checker_unseen63/ (a blind held-out set on a city's phường before
and after the 2025 reform: apartment buildings and markets, sidewalk and parking rules in quy ước,
contributions for community cameras, a consultation plan, a Tổ trưởng's dismissal and re-election,
a Ban Thanh tra nhân dân's quarterly report, a reply to its recommendations, an online vote).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen63")


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3-4 clean, 8-17 lawful sentences each (110 in all), at least 35 findings
    (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates on both sides of the
    01/07/2025 reform."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 2 and types["quy_che_xa"] >= 1 and types["bao_cao"] >= 2
    assert types["ke_hoach"] >= 2 and types[None] >= 5
    years = {c["as_of"][:4] for c in cases}
    assert {"2024", "2025", "2026"} <= years
    before = sum(c["as_of"] < "2025-07-01" for c in cases)
    assert 5 <= before <= 8


def test_spread_of_findings():
    """The Law, both decrees, the replaced local-government law and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15", "65/2025/QH15"} <= docs
    assert sum(e["severity"] == "gợi ý" for e in expects) >= 2
