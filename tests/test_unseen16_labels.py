"""The coverage brief of tests/data/checker_unseen16/ (a blind set, mixed community and workplace, workplace-weighted).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen16")


def test_coverage_of_the_set():
    """12-13 documents, about a quarter clean, workplace documents weighing more, an old lawful
    hương ước from before the 2025 reform, at least 30 findings and 80 must_not_flag items."""
    cases = LABELLED.cases()
    assert 12 <= len(cases) <= 13
    assert sum(c["clean"] for c in cases) * 5 >= len(cases)
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_co_quan"] >= 3 and types["quy_che_doanh_nghiep"] >= 2
    assert types["huong_uoc"] >= 1 and types["quy_che_xa"] >= 1 and types["bao_cao"] >= 1
    assert types["ke_hoach"] >= 2 and types[None] >= 2
    years = {c["as_of"][:4] for c in cases}
    assert {"2024", "2025", "2026"} <= years
    assert any(c["type"] == "huong_uoc" and c["clean"] and c["as_of"] < "2025-07-01" for c in cases)
    assert sum(len(c["expect"]) for c in cases) >= 30
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80


def test_findings_spread_over_the_law():
    """No provision carries more than 3 findings; labour-law dialogue and the 2025 reform are covered."""
    basis = Counter((e["basis_doc"], e["basis_article"], e["basis_clause"])
                    for c in LABELLED.cases() for e in c["expect"] if e["basis_doc"])
    assert max(basis.values()) <= 3
    docs = {doc for doc, _, _ in basis}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "145/2020/NĐ-CP", "72/2025/QH15", "45/2019/QH14"} <= docs
    severities = Counter(e["severity"] for c in LABELLED.cases() for e in c["expect"])
    assert severities["lỗi"] and severities["cảnh báo"] and severities["gợi ý"]
