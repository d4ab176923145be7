"""The coverage brief of tests/data/checker_unseen42/ (a blind held-out set on commune, ward and
special-zone democracy and on agencies' and public service units' democracy).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen42")


def test_coverage_of_the_set():
    """13 documents, at least 5 of agencies or units; about a quarter clean; documents of 2023 and 2024
    lawful for their date and documents after the 2025 reform; at least 35 findings and 110
    must_not_flag items, 8 to 17 per document."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_xa"] >= 1 and types["nghi_quyet_bien_phap"] >= 1
    assert types["quy_che_co_quan"] >= 2 and types["ke_hoach"] >= 3 and types["bao_cao"] >= 2
    assert types[None] >= 3
    clean = sum(c["clean"] for c in cases)
    assert 3 <= clean <= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    assert all(8 <= len(c["must_not_flag"]) <= 17 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert sum(len(c["expect"]) for c in cases) >= 35
    assert all(2 <= len(c["expect"]) <= 6 for c in cases if not c["clean"])


def test_spread_of_findings():
    """No provision carries more than three findings, every grade is used, and the law's commune
    and agency chapters, Decree 59/2023 and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "72/2025/QH15"} <= docs
    articles = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert articles & {11, 12, 13, 14} and articles & set(range(25, 34)) and 40 in articles
    assert articles & set(range(46, 61))
    assert {e["basis_article"] for e in expects if e["basis_doc"] == "59/2023/NĐ-CP"} & {20, 21, 22, 23}
