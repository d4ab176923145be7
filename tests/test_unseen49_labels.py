"""The coverage brief of tests/data/checker_unseen49/ (a blind held-out set on democracy at the
workplace: quy chế of agencies, public service units and enterprises, minutes of staff conferences and
dialogues, publicity notices, decisions, plans and a report).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen49")


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates before and after the 2025
    reform (the brief's counts: test_labelled_sets.test_the_writers_brief)."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_co_quan"] >= 2 and types["quy_che_doanh_nghiep"] >= 2 and types["bao_cao"] >= 1
    assert types["ke_hoach"] >= 2 and types[None] >= 4
    assert not types["huong_uoc"] and not types["quy_che_xa"] and not types["nghi_quyet_bien_phap"]
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years



def test_spread_of_findings():
    """The Law's workplace
    chapters, Decree 59 and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "72/2025/QH15"} <= docs
    articles = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert any(46 <= a <= 63 for a in articles) and any(64 <= a <= 81 for a in articles) and 82 in articles
