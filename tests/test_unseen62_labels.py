"""The coverage brief of tests/data/checker_unseen62/ (a blind held-out set on plans, reports and
reviews of implementing grassroots democracy: provincial and commune plans, reports with tables of
figures, inspection conclusions, HĐND resolutions on measures with annexes, a training plan and the
minutes of a year-end meeting).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen62")


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3-4 clean, 8-17 lawful sentences each (110 in all), at least 35
    findings (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """The set's own mix: plans, reports, resolutions on measures and untyped documents, dated on both
    sides of the 2025 reform."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["ke_hoach"] >= 3 and types["bao_cao"] >= 3 and types["nghi_quyet_bien_phap"] >= 2
    assert types[None] >= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    before = sum(c["as_of"] < "2025-07-01" for c in cases)
    assert 5 <= before <= 8


def test_spread_of_findings():
    """Figures that must agree carry many findings; the Law, both decrees and the 2025 reform
    (Law 65/2025 and Law 72/2025 on local government) are all represented."""
    expects = LABELLED.expects()
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["internal_consistency"] >= 10
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "65/2025/QH15", "72/2025/QH15"} <= docs
