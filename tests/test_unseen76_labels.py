"""The coverage brief of tests/data/checker_unseen76/ (a blind held-out set on the thôn and tổ dân phố
governing itself: community meetings and votes on contributions, household ballots, quy ước drafting,
amendment and recognition, dismissal and election of the Trưởng thôn, publication of contributions).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen76")


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates before and after the 2025
    reform (the brief's counts: test_labelled_sets.test_the_writers_brief)."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 2 and types["ke_hoach"] >= 2 and types["bao_cao"] >= 2
    assert types[None] >= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2024", "2025", "2026"} <= years
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert before and len(after) > len(before)


def test_spread_of_findings():
    """The Law, both decrees and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs


def test_the_writers_brief_is_kept():
    """13 documents of 25-70 lines, 3-4 clean, 8-17 lawful sentences each (110 in all), at least 35 findings
    (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []
