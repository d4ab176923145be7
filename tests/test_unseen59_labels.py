"""The coverage brief of tests/data/checker_unseen59/ (a blind held-out set on the 2025 transition:
documents of communes and phường formed by merging older units on 01/07/2025 and of the units
before the merger - hương ước and quy ước, a quy chế, decisions, tờ trình, plans, reports, minutes).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen59")
REFORM_DAY = "2025-07-01"


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3 or 4 clean, 8-17 lawful sentences each (110 in all), at least 35
    findings (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates on both sides of the
    2025 reform, about half before and half after."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 2 and types["quy_che_xa"] >= 1 and types["bao_cao"] >= 2
    assert types["ke_hoach"] >= 2 and types[None] >= 5
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    before = sum(c["as_of"] < REFORM_DAY for c in cases)
    assert 5 <= before <= 8 and 5 <= len(cases) - before <= 8


def test_spread_of_findings():
    """The Law, both decrees and the 2025 reform are all represented, and the replaced local
    government law is flagged both before and after the two-tier reform."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15", "65/2025/QH15"} <= docs
    assert sum(len(c["expect"]) for c in LABELLED.cases()) >= 35
    assert Counter(e["severity"] for e in expects)["gợi ý"] >= 3


def test_reform_findings_only_after_the_reform():
    """A finding resting on the two-tier reform (no cấp huyện, no thị trấn, Law 72/2025) is only
    given to a document dated from 16/06/2025, when Law 72/2025 was passed."""
    for case in LABELLED.cases():
        for e in case["expect"]:
            if e["basis_doc"] == "72/2025/QH15":
                assert case["as_of"] >= "2025-06-16", case["id"]
