"""The coverage brief of tests/data/checker_unseen74/ (a blind held-out set of documents as officers
receive them: e-mailed, forwarded, pasted from Word or Zalo, on every topic of the Law — commune
publicity and decisions, thôn meetings and elections, hương ước, Ban Thanh tra nhân dân, an agency's
and a company's quy chế and dialogue).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen74")


def test_coverage_of_the_set():
    """The set's own mix: every kind of document its theme needs and dates before and after the 2025
    reform (the brief's counts: test_labelled_sets.test_the_writers_brief)."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 1 and types["quy_che_xa"] >= 1 and types["quy_che_co_quan"] >= 1
    assert types["quy_che_doanh_nghiep"] >= 2 and types["bao_cao"] >= 1 and types["ke_hoach"] >= 1
    assert types["nghi_quyet_bien_phap"] >= 1 and types[None] >= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    assert any(c["as_of"] < "2025-07-01" for c in cases) and any(c["as_of"] >= "2025-07-01" for c in cases)


def test_spread_of_findings():
    """The Law, both decrees, the labour law and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15", "145/2020/NĐ-CP"} <= docs


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3 to 4 clean, 8-17 lawful sentences each (110 in all), at least 35
    findings (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []
