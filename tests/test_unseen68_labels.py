"""The coverage brief of tests/data/checker_unseen68/ (a blind held-out set on the thôn and tổ dân phố at work:
notices and minutes of the annual meeting, an election and a dismissal, a ballot count, a recognition decision,
a community decision on contributions, Ban Giám sát đầu tư and Ban Thanh tra nhân dân papers, a Trưởng thôn's
report, hương ước and quy ước amendments).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen68")


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3-4 clean, 8-17 lawful sentences each (110 in all), at least 35 findings."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates before and after the 2025 reform."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 2 and types["bao_cao"] >= 2 and types["ke_hoach"] >= 3
    assert types[None] >= 5
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    assert any(c["as_of"] < "2025-07-01" for c in cases) and any(c["as_of"] >= "2025-07-01" for c in cases)


def test_spread_of_findings():
    """The Law, both decrees and the 2025 reform are all represented; every grade is used."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    assert LABELLED.most_per_provision() <= 3
