"""The coverage brief of tests/data/checker_unseen57/ (a blind held-out set on democracy at the workplace
of employers: a 100% state-owned forestry company, a state-majority joint-stock company, a private garment
factory and a tea cooperative; their quy chế, minutes of hội nghị người lao động and of periodic dialogue,
publication notices, a trade-union notice, reports and plans).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen57")


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates before and after the 2025
    reform (the brief's counts: test_labelled_sets.test_the_writers_brief)."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_doanh_nghiep"] >= 3 and types["bao_cao"] >= 2 and types["ke_hoach"] >= 2
    assert types[None] >= 4
    assert set(types) <= {"quy_che_doanh_nghiep", "bao_cao", "ke_hoach", None}
    years = {c["as_of"][:4] for c in cases}
    assert {"2024", "2025", "2026"} <= years
    assert any(c["as_of"] < "2025-07-01" for c in cases) and any(c["as_of"] >= "2025-07-01" for c in cases)


def test_spread_of_findings():
    """The Law, Decree 59, the Labour Code, Decree 145 and the 2025 reform are all represented, and
    the workplace chapter of the Law carries most of the Law's findings."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "45/2019/QH14", "145/2020/NĐ-CP", "72/2025/QH15"} <= docs
    law = [e for e in expects if e["basis_doc"] == "10/2022/QH15"]
    assert sum(64 <= (e["basis_article"] or 0) <= 82 for e in law) >= len(law) - 1


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3 or 4 clean, 8-17 lawful sentences each (110 in all), at least 35
    findings (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []
