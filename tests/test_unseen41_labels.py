"""The coverage brief of tests/data/checker_unseen41/ (a blind, community-meeting and hương ước held-out set).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen41")


def test_coverage_of_the_set():
    """13 community documents; about a quarter clean; documents lawful for their own date before the law
    and before the 2025 reform, and documents after it; at least 35 findings and 110 must_not_flag items."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 2 and types["bao_cao"] >= 2 and types["ke_hoach"] >= 1 and types[None] >= 6
    clean = sum(c["clean"] for c in cases)
    assert 3 <= clean <= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2022", "2024", "2025", "2026"} <= years
    assert all(8 <= len(c["must_not_flag"]) <= 17 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert sum(len(c["expect"]) for c in cases) >= 35
    assert all(2 <= len(c["expect"]) <= 6 for c in cases if not c["clean"])


def test_spread_of_findings():
    """No provision carries more than three findings, every grade is used, and the Law, both decrees
    and the 2025 reform are represented."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs
