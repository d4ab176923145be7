"""The coverage brief of tests/data/checker_unseen70/ (a blind held-out set on hương ước and quy ước in a
delta province and an urban province: a làng nghề hương ước, a new-urban-area quy ước, an amendment, the
plan to draft, the draft posted, the adopting minutes, the request for and the decision of recognition,
a review report, a partial annulment and a commune's guidance letter).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen70")


def test_the_writers_brief_unseen70():
    """13 documents, 3-4 clean, 8-17 lawful sentences each, at least 35 findings, every grade, the five kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates before and after the 2025 reform."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 3 and types["ke_hoach"] >= 3 and types["bao_cao"] >= 1
    assert types[None] >= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    assert any(c["as_of"] < "2025-07-01" for c in cases) and any(c["as_of"] >= "2025-07-01" for c in cases)


def test_spread_of_findings():
    """The Law, both decrees and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs
