"""The coverage brief of tests/data/checker_unseen72/ (a blind held-out set on democracy at the workplace:
a primary school's quy chế dân chủ, commune health stations' hội nghị viên chức, a hospital's Ban Thanh tra
nhân dân, a state-owned water company's dialogue rules, notice, union recommendation and director's answer).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen72")


def test_the_writers_brief():
    """13 documents, 3-4 clean, 8-17 lawful sentences each, at least 35 findings, every grade and kind."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """The set's own mix: the workplace document types and dates before and after the 2025 reform."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_co_quan"] >= 1 and types["quy_che_doanh_nghiep"] >= 2
    assert types["ke_hoach"] >= 2 and types["bao_cao"] >= 2 and types[None] >= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2024", "2025", "2026"} <= years
    assert any(c["as_of"] < "2025-07-01" for c in cases) and any(c["as_of"] >= "2025-07-01" for c in cases)


def test_spread_of_findings():
    """The Law, Decree 59, the labour-law texts on dialogue and the 2025 reform are all represented."""
    docs = {e["basis_doc"] for e in LABELLED.expects()}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "145/2020/NĐ-CP", "45/2019/QH14", "72/2025/QH15"} <= docs
