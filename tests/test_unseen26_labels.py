"""The coverage brief of tests/data/checker_unseen26/ (a blind set: dates and numbers read across a
document, the 2025 reform, minutes, notices and a công văn beside quy chế and hương ước).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen26")


def test_coverage_of_the_set():
    cases = LABELLED.cases()
    assert len(cases) >= 12
    types = {c["type"] for c in cases}
    assert {"huong_uoc", "quy_che_xa", "quy_che_co_quan", "quy_che_doanh_nghiep", "ke_hoach", "bao_cao", None} <= types
    clean = sum(c["clean"] for c in cases)
    assert 2 <= clean <= len(cases) // 3
    years = {c["as_of"][:4] for c in cases}
    assert "2018" in years and "2026" in years
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80
    assert sum(len(c["expect"]) for c in cases) >= 30


def test_severities_and_spread():
    exp = [e for c in LABELLED.cases() for e in c["expect"]]
    sev = Counter(e["severity"] for e in exp)
    assert sev["lỗi"] and sev["cảnh báo"] and sev["gợi ý"]
    basis = Counter((e.get("basis_doc"), e.get("basis_article"), e.get("basis_clause"))
                    for e in exp if e.get("basis_doc") and e.get("basis_article"))
    assert max(basis.values()) <= 3


def test_old_document_is_clean_for_its_date():
    old = [c for c in LABELLED.cases() if c["as_of"] < "2023-07-01"]
    assert old and all(c["clean"] for c in old)
