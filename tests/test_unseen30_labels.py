"""The coverage brief of tests/data/checker_unseen30/ (a blind, workplace-heavy held-out set on a tea,
coffee and spice theme).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen30")

# File-name markers of the workplace documents (agency, public service unit, enterprise, cooperative).
WORKPLACE = ("-so-", "benh-vien", "thpt", "vien-nghien-cuu", "cong-ty", "htx", "co-quan")


def test_coverage_of_the_set():
    """13 documents, at least 9 of them workplace; about a quarter clean; a document before the Law,
    documents before and after the 2025 reform; at least 35 findings and 110 must_not_flag items."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    workplace = [c for c in cases if any(m in c["file"] for m in WORKPLACE)]
    assert len(workplace) >= 9
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_co_quan"] >= 2 and types["quy_che_doanh_nghiep"] >= 2
    assert types["huong_uoc"] >= 1 and types["bao_cao"] >= 1 and types["ke_hoach"] >= 1 and types[None] >= 3
    clean = sum(c["clean"] for c in cases)
    assert 3 <= clean <= len(cases) // 3 + 1
    years = {c["as_of"][:4] for c in cases}
    assert {"2022", "2024", "2025", "2026"} <= years
    assert min(c["as_of"] for c in cases) < "2023-07-01"
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert sum(len(c["expect"]) for c in cases) >= 35


def test_shape_of_each_document():
    """25–70 lines a document, 8–17 must_not_flag items each, 2–6 findings in each non-clean case."""
    for case in LABELLED.cases():
        lines = LABELLED.lines(case["file"])
        assert 25 <= len([l for l in lines if l.strip()]) <= 70, case["file"]
        assert 8 <= len(case["must_not_flag"]) <= 17, case["id"]
        if not case["clean"]:
            assert 2 <= len(case["expect"]) <= 6, case["id"]


def test_spread_of_findings():
    """No provision carries more than three findings, every grade is used, and the labour-law
    dialogue decree, the Labour Code and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "145/2020/NĐ-CP", "45/2019/QH14", "72/2025/QH15"} <= docs
    assert all(e["basis_article"] is None for e in expects if e["basis_doc"] == "72/2025/QH15")


def test_labels_are_valid():
    """The shared validator finds no schema problem in any case."""
    assert [p for c in LABELLED.cases() for p in LABELLED.case_problems(c)] == []
