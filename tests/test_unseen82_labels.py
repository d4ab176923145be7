"""The coverage brief of tests/data/checker_unseen82/ (written as a blind held-out set, opened for study in session 28, on the people's supervision and the
village's self-government: the Ban Thanh tra nhân dân of a commune, a ward and a public hospital, a Ban Giám sát
đầu tư của cộng đồng, electing and dismissing a Trưởng thôn / Tổ trưởng tổ dân phố, a village's year-end meeting,
a hương ước and a draft quy ước, a commune's and a public service unit's Quy chế; 2023-2026, in the invented
province of Phù Vân).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen82")


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3-4 clean, 8-17 lawful sentences each (110 in all), at least 35 findings
    (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates before and after the 2025 reform."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types[None] >= 3 and types["ke_hoach"] >= 1 and types["bao_cao"] >= 1 and types["huong_uoc"] >= 1
    assert types["quy_che_xa"] + types["quy_che_co_quan"] >= 1
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(before) >= 4 and len(after) >= 4


def test_spread_of_findings():
    """The Law, Decrees 59/2023 and 61/2023 and the 2025 reform are all represented, and the supervision articles."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs
    articles = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert articles >= {21, 33, 36, 37, 39, 40, 41, 42, 45, 60, 62, 63}
    decree59 = {e["basis_article"] for e in expects if e["basis_doc"] == "59/2023/NĐ-CP"}
    assert decree59 >= {3, 6, 9, 11, 13, 14, 17}


def test_the_set_was_opened_for_study():
    """Blind until session 28, which opened it (with the other two oldest sets): it is studied now and keeps floors."""
    assert "checker_unseen82" not in BLIND
