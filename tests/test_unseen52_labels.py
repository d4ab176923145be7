"""The coverage brief of tests/data/checker_unseen52/ (a blind held-out set on citizens at commune
level: a commune's Quy chế before and a ward's Quy chế after the 2025 reform, plans for electing a
Trưởng thôn, for consulting the people and for household ballots, minutes of community meetings,
a publication notice, a provincial resolution on measures, reports of a thị trấn and of a Ban
Thanh tra nhân dân, a recognition decision and a ward's letter on online voting).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen52")


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates before and after the 2025
    reform (the brief's counts: test_labelled_sets.test_the_writers_brief)."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_xa"] >= 2 and types["ke_hoach"] >= 2 and types["bao_cao"] >= 2
    assert types["nghi_quyet_bien_phap"] >= 1 and types[None] >= 5
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    assert any(c["as_of"] < "2025-07-01" <= c2["as_of"] for c in cases for c2 in cases)



def test_spread_of_findings():
    """The Law, both decrees
    and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs


def test_no_reform_finding_before_the_reform():
    """A document dated before 01/07/2025 is never faulted for naming the district level or a thị trấn."""
    for case in LABELLED.cases():
        if case["as_of"] < "2025-07-01":
            assert all(e["basis_doc"] != "72/2025/QH15" for e in case["expect"]), case["id"]
