"""The coverage brief of tests/data/checker_unseen45/ (a blind held-out set on wards and communes
after the 2025 reform: tổ dân phố quy ước, meeting and election minutes, publication notices, a ward report).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen45")


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates before and after the 2025
    reform (the brief's counts: test_labelled_sets.test_the_writers_brief)."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 2 and types["quy_che_xa"] >= 1 and types["bao_cao"] >= 1
    assert types["ke_hoach"] >= 2 and types[None] >= 5
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025"} <= years



def test_spread_of_findings():
    """The Law, both decrees
    and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs
