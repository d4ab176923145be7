"""The coverage brief of tests/data/checker_unseen54/ (a blind held-out set on village life in an invented
Central Highlands province: hương ước of a thôn and a buôn and their amendment, minutes of election,
dismissal and periodic meetings, recognition decisions, a notice posted at the nhà văn hóa, a plan of a
Ban công tác Mặt trận, a commune Quy chế and reports, 2023-2026, before and after the 2025 reform).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen54")


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates before and after the 2025
    reform."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 2 and types["quy_che_xa"] >= 1 and types["bao_cao"] >= 2
    assert types["ke_hoach"] >= 2 and types[None] >= 5
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    assert any(c["as_of"] < "2025-07-01" for c in cases) and any(c["as_of"] >= "2025-07-01" for c in cases)
    assert all(not c["clean"] or not c["expect"] for c in cases)


def test_spread_of_findings():
    """The Law, both decrees and the 2025 reform are all represented; the concurrency rule appears both
    as an error (Ban Thanh tra nhân dân, Tổ bầu cử) and as a warning (Trưởng thôn kiêm Trưởng ban công
    tác Mặt trận)."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs
    concurrency = {e["severity"] for e in expects if e["kind"] == "role_concurrency"}
    assert {"lỗi", "cảnh báo"} <= concurrency
    assert sum(e["line"] is None for e in expects) >= 2
