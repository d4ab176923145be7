"""The coverage brief of tests/data/checker_unseen51/ (a blind held-out set on hương ước and quy ước of
thôn and tổ dân phố: drafts, adoption minutes, household opinion forms, a tờ trình, a recognition decision,
a plan, a report and an amendment, 2022-2026, before and after the 2025 reform).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen51")


def test_coverage_of_the_set():
    """13 documents; 3 or 4 clean; documents of 2022-2026, before and after the 2025 reform; at least
    35 findings and 110 must_not_flag items, 8-17 per document, 2-6 findings per defective document."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    assert all(p == [] for c in cases for p in [LABELLED.case_problems(c)])
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 4 and types["bao_cao"] >= 1 and types["ke_hoach"] >= 1
    assert types[None] >= 4
    clean = sum(c["clean"] for c in cases)
    assert 3 <= clean <= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2022", "2023", "2024", "2025", "2026"} <= years
    assert any(c["as_of"] < "2025-07-01" for c in cases) and any(c["as_of"] >= "2025-07-01" for c in cases)
    assert all(8 <= len(c["must_not_flag"]) <= 17 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert sum(len(c["expect"]) for c in cases) >= 35
    assert all(2 <= len(c["expect"]) <= 6 for c in cases if not c["clean"])


def test_documents_have_realistic_length():
    for case in LABELLED.cases():
        assert 25 <= LABELLED.line_count(case["file"]) <= 70, case["file"]


def test_spread_of_findings():
    """No provision carries more than three findings, every grade and the five main kinds are used,
    and the Law, both decrees and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs
    kinds = {e["kind"] for e in expects}
    assert {"conflict", "required_content", "role_concurrency", "outdated_reference", "internal_consistency"} <= kinds
