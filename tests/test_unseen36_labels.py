"""The coverage brief of tests/data/checker_unseen36/ (a blind set on dates, periods, counts and
sums; bamboo, silk and rice-mill communities and workplaces; the 2025 reform).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen36")


def test_coverage_of_the_set():
    """13 documents mixing community and workplace; about a quarter clean; documents from 2021-2024
    lawful for their date and documents after the 2025 reform; at least 35 findings and 110
    must_not_flag items, 8-17 of them per document."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 1 and types["quy_che_xa"] >= 1 and types["quy_che_co_quan"] >= 1
    assert types["quy_che_doanh_nghiep"] >= 2 and types["bao_cao"] >= 2 and types["ke_hoach"] >= 1
    assert types[None] >= 4
    clean = [c for c in cases if c["clean"]]
    assert 3 <= len(clean) <= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2021", "2023", "2024", "2025", "2026"} <= years
    assert any(c["as_of"] < "2025-07-01" and c["clean"] for c in cases)
    assert all(8 <= len(c["must_not_flag"]) <= 17 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert sum(len(c["expect"]) for c in cases) >= 35
    assert all(2 <= len(c["expect"]) <= 6 for c in cases if not c["clean"])


def test_spread_of_findings():
    """No provision carries more than three findings, every grade is used, and the law, both
    decrees, the labour-law dialogue decree and the 2025 reform are all represented; the theme's
    arithmetic slips appear as internal-consistency findings."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "145/2020/NĐ-CP", "72/2025/QH15"} <= docs
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["internal_consistency"] >= 5 and kinds["outdated_reference"] >= 3
    assert kinds["role_concurrency"] >= 3
