"""The coverage brief of tests/data/checker_unseen78/ (written as a blind held-out set, opened for study in session 26 on the commune and its
people after the 2025 reform: a commune democracy plan, a publication notice, a consultation plan,
dialogue and meeting minutes, a reply to recommendations, an HĐND xã resolution on measures,
reports and a Front letter).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen78")


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3-4 clean, 8-17 lawful sentences each (110 in all), at least 35
    findings (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates before and after the 2025
    reform."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["ke_hoach"] >= 3 and types["bao_cao"] >= 2
    assert types["nghi_quyet_bien_phap"] >= 1 and types["quy_che_xa"] >= 1
    assert types[None] >= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    assert 2 <= len(before) < len(cases) - len(before)


def test_spread_of_findings():
    """The Law, Decree 59 and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "72/2025/QH15"} <= docs


def test_the_set_was_opened_for_study():
    """Blind until session 26, which opened it (with the other two oldest sets): it is studied now and keeps floors."""
    assert "checker_unseen78" not in BLIND
