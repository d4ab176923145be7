"""The coverage brief of tests/data/checker_unseen52/ (a blind held-out set on citizens at commune
level: a commune's Quy chế before and a ward's Quy chế after the 2025 reform, plans for electing a
Trưởng thôn, for consulting the people and for household ballots, minutes of community meetings,
a publication notice, a provincial resolution on measures, reports of a thị trấn and of a Ban
Thanh tra nhân dân, a recognition decision and a ward's letter on online voting).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen52")


def test_coverage_of_the_set():
    """13 documents; 3 or 4 clean; documents of 2023-2024 and early 2025 lawful for their date and
    documents after the 2025 reform; at least 35 findings and 110 must_not_flag items, 8-17 per document."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    assert all(p == [] for c in cases for p in [LABELLED.case_problems(c)])
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_xa"] >= 2 and types["ke_hoach"] >= 2 and types["bao_cao"] >= 2
    assert types["nghi_quyet_bien_phap"] >= 1 and types[None] >= 5
    clean = sum(c["clean"] for c in cases)
    assert 3 <= clean <= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    assert any(c["as_of"] < "2025-07-01" <= c2["as_of"] for c in cases for c2 in cases)
    assert all(8 <= len(c["must_not_flag"]) <= 17 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert sum(len(c["expect"]) for c in cases) >= 35
    assert all(2 <= len(c["expect"]) <= 6 for c in cases if not c["clean"])


def test_documents_have_realistic_length():
    for case in LABELLED.cases():
        assert 25 <= LABELLED.line_count(case["file"]) <= 70, case["file"]


def test_spread_of_findings():
    """No provision carries more than three findings, every grade is used, and the Law, both decrees
    and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs
    kinds = {e["kind"] for e in expects}
    assert {"conflict", "required_content", "role_concurrency", "outdated_reference", "internal_consistency"} <= kinds


def test_no_reform_finding_before_the_reform():
    """A document dated before 01/07/2025 is never faulted for naming the district level or a thị trấn."""
    for case in LABELLED.cases():
        if case["as_of"] < "2025-07-01":
            assert all(e["basis_doc"] != "72/2025/QH15" for e in case["expect"]), case["id"]
