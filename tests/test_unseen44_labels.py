"""The coverage brief of tests/data/checker_unseen44/ (a blind held-out set on local government documents
across levels: HĐND resolutions on measures, UBND plans, reports, công văn, tờ trình, decisions, notices).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen44")


def test_coverage_of_the_set():
    """13 documents of many kinds; about a quarter clean; documents lawful for their own date before
    Law 10/2022 (2019, 2020) and before the 2025 reform (2024), and documents after the reform; at least
    35 findings and 110 must_not_flag items, 8 to 17 per document."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    types = Counter(c["type"] for c in cases)
    assert types["nghi_quyet_bien_phap"] >= 2 and types["bao_cao"] >= 2 and types["ke_hoach"] >= 1
    assert types["huong_uoc"] >= 1 and types["quy_che_xa"] >= 1 and types["quy_che_co_quan"] >= 1
    assert types[None] >= 4
    clean = [c for c in cases if c["clean"]]
    assert 3 <= len(clean) <= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2019", "2020", "2024", "2025", "2026"} <= years
    assert any(c["as_of"] < "2023-07-01" for c in clean)
    assert all(8 <= len(c["must_not_flag"]) <= 17 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert sum(len(c["expect"]) for c in cases) >= 35
    assert all(2 <= len(c["expect"]) <= 6 for c in cases if not c["clean"])


def test_spread_of_findings():
    """No provision carries more than three findings, every grade is used, the law and both decrees
    and the 2025 reform are represented, and arithmetic or date slips are labelled."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["internal_consistency"] >= 5 and kinds["outdated_reference"] >= 4
    assert kinds["role_concurrency"] >= 3 and kinds["conflict"] >= 12
