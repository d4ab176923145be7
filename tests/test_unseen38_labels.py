"""The coverage brief of tests/data/checker_unseen38/ (a blind held-out set on public service units
and state agencies: schools, health stations, hospitals, libraries, irrigation management units).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen38")


def test_coverage_of_the_set():
    """13 documents of agencies and public service units; about a quarter clean; documents of 2021 and
    2022 lawful for their date, documents before and after the 2025 reform; at least 35 findings and
    110 must_not_flag items, 8 to 17 per document."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_co_quan"] >= 3 and types["bao_cao"] >= 2 and types["ke_hoach"] >= 1
    assert types[None] >= 5
    clean = sum(c["clean"] for c in cases)
    assert 3 <= clean <= len(cases) // 3 + 1
    years = {c["as_of"][:4] for c in cases}
    assert {"2021", "2022", "2024", "2025", "2026"} <= years
    assert any(c["as_of"] < "2023-07-01" and c["clean"] for c in cases)
    assert any(c["as_of"] >= "2025-07-01" for c in cases) and any("2023-07-01" <= c["as_of"] < "2025-07-01" for c in cases)
    assert all(8 <= len(c["must_not_flag"]) <= 17 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert sum(len(c["expect"]) for c in cases) >= 35
    assert all(2 <= len(c["expect"]) <= 6 for c in cases if not c["clean"])


def test_spread_of_findings():
    """No provision carries more than three findings, every grade is used, and the Law, Decree 59/2023
    and the 2025 reform are all represented; the agency chapter of the Law (Arts. 46-63) dominates."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "72/2025/QH15"} <= docs
    agency = [e for e in expects if e["basis_doc"] == "10/2022/QH15" and 46 <= (e["basis_article"] or 0) <= 63]
    assert len(agency) >= 25
    assert len({(e["basis_article"], e["basis_clause"]) for e in agency}) >= 12
