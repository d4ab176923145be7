"""The coverage brief of tests/data/checker_unseen73/ (a blind held-out set on community investment supervision
and works the people pay for: thôn minutes on contributions, commune decisions, plans and notices, the Ban Giám sát
đầu tư của cộng đồng's decision, plan, report and recommendation, a Quy chế and a report to the HĐND).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen73")


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates before and after the 2025
    reform (the brief's counts: test_labelled_sets.test_the_writers_brief)."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["ke_hoach"] >= 2 and types["bao_cao"] >= 2 and types["quy_che_xa"] >= 1
    assert types[None] >= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    assert any(c["as_of"] < "2025-07-01" for c in cases) and any(c["as_of"] >= "2025-07-01" for c in cases)


def test_spread_of_findings():
    """The Law, Decree 59 and both steps of the local-government reform are all represented."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "65/2025/QH15", "72/2025/QH15"} <= docs
