"""The coverage brief of tests/data/checker_unseen75/ (a blind held-out set on a merged commune's first
year: the new xã's plan, publication list, HĐND resolution, Trưởng thôn elections, review of hương ước,
the new Ban Thanh tra nhân dân, a six-month report and a letter to the thôn).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen75")


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates before and after the 2025
    reform (the brief's counts: test_labelled_sets.test_the_writers_brief)."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["ke_hoach"] >= 2 and types["bao_cao"] >= 2
    assert types["nghi_quyet_bien_phap"] >= 1 and types["huong_uoc"] >= 1 and types[None] >= 4
    dates = sorted(c["as_of"] for c in cases)
    assert dates[0] < "2025-07-01" <= dates[-1]
    assert sum(d < "2025-07-01" for d in dates) >= 2
    assert {"2025", "2026"} <= {d[:4] for d in dates}


def test_pre_reform_documents_are_clean():
    """Documents dated before 01/07/2025 name the district and the thị trấn lawfully."""
    for case in LABELLED.cases():
        if case["as_of"] < "2025-07-01":
            assert case["clean"], case["id"]


def test_spread_of_findings():
    """The Law, both decrees and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3-4 clean, 8-17 lawful sentences each (110 in all), at least 35 findings
    (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []
