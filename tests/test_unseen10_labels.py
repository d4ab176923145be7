"""The coverage brief of tests/data/checker_unseen10/ (blind set 10, written from the law only).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen10")


def test_coverage_of_the_set():
    """13-15 documents across the types the brief asks for, about three clean, an old document
    lawful for its date, drafts checked on the review day, enough findings and must_not_flag items."""
    cases = LABELLED.cases()
    assert 13 <= len(cases) <= 15
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] == 2 and types["quy_che_xa"] == 2 and types["quy_che_co_quan"] == 2
    assert types["quy_che_doanh_nghiep"] == 1 and types["nghi_quyet_bien_phap"] == 1
    assert types["ke_hoach"] == 2 and types["bao_cao"] == 1 and types[None] == 2
    assert 3 <= sum(c["clean"] for c in cases) <= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2020", "2025", "2026"} <= years
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80
    assert sum(len(c["expect"]) for c in cases) >= 30


def test_findings_spread_over_the_law():
    """No provision carries more than three findings; several instruments and all three severities occur."""
    expects = [e for c in LABELLED.cases() for e in c["expect"]]
    per_provision = Counter((e["basis_doc"], e["basis_article"]) for e in expects if e["basis_doc"])
    assert max(per_provision.values()) <= 3
    docs = {e["basis_doc"] for e in expects if e["basis_doc"]}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "45/2019/QH14", "145/2020/NĐ-CP", "72/2025/QH15"} <= docs
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}


def test_drafts_checked_on_the_review_day():
    for case in LABELLED.cases():
        if any(e["kind"] == "draft_completeness" for e in case["expect"]):
            assert case["as_of"] == "2026-12-02", case["id"]
