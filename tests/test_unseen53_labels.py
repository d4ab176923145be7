"""The coverage brief of tests/data/checker_unseen53/ (a blind held-out set on democracy at the
workplace: quy chế of private, foreign-invested, cooperative and state-owned employers and of a public
hospital and health centre, minutes of a workers' conference and of a periodic dialogue, a notice of
what is made public to workers, a school and an agency plan, a Ban Thanh tra nhân dân report and a
decision recognising an agency's Ban Thanh tra nhân dân).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen53")


def test_coverage_of_the_set():
    """13 documents; about a quarter clean; documents of 2023-2024 lawful for their date and documents
    after the 2025 reform; at least 35 findings and 110 must_not_flag items, 8-17 per document."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    assert all(p == [] for c in cases for p in [LABELLED.case_problems(c)])
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_doanh_nghiep"] >= 3 and types["quy_che_co_quan"] >= 2
    assert types["ke_hoach"] >= 2 and types["bao_cao"] >= 1 and types[None] >= 4
    clean = sum(c["clean"] for c in cases)
    assert 3 <= clean <= len(cases) // 3 + 1
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    assert all(8 <= len(c["must_not_flag"]) <= 17 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert sum(len(c["expect"]) for c in cases) >= 35
    assert all(2 <= len(c["expect"]) <= 6 for c in cases if not c["clean"])


def test_documents_have_realistic_length():
    for case in LABELLED.cases():
        assert 25 <= LABELLED.line_count(case["file"]) <= 70, case["file"]


def test_spread_of_findings():
    """No provision carries more than three findings, every grade is used, and the Law (Chương I,
    III and IV), Decree 59 and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "72/2025/QH15"} <= docs
    articles = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert articles & set(range(1, 11)) and articles & set(range(46, 64)) and articles & set(range(64, 83))
    kinds = {e["kind"] for e in expects}
    assert {"conflict", "required_content", "role_concurrency", "outdated_reference", "internal_consistency"} <= kinds
