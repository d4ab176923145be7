"""The coverage brief of tests/data/checker_unseen21/ (a blind set: community and workplace, half each).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen21")


def test_coverage_of_the_set():
    """The brief: 12-13 documents, community and workplace kinds, minutes and unusual kinds
    (no type), about a quarter clean, a 2024 hương ước lawful for its date, post-reform 2025-2026."""
    cases = LABELLED.cases()
    assert 12 <= len(cases) <= 13
    types = {c["type"] for c in cases}
    assert {"huong_uoc", "quy_che_xa", "quy_che_co_quan", "quy_che_doanh_nghiep", "ke_hoach", "bao_cao", None} <= types
    clean = sum(c["clean"] for c in cases)
    assert 2 <= clean and clean * 5 <= len(cases) * 2
    years = {c["as_of"][:4] for c in cases}
    assert {"2024", "2025", "2026"} <= years
    assert any(c["clean"] and c["as_of"].startswith("2024") and c["type"] == "huong_uoc" for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80
    assert sum(len(c["expect"]) for c in cases) >= 30


def test_no_provision_is_overused():
    """At most 3 findings rest on the same provision (article of one document)."""
    counts: dict[tuple, int] = {}
    for c in LABELLED.cases():
        for e in c["expect"]:
            if e["basis_doc"] and e["basis_article"]:
                key = (e["basis_doc"], e["basis_article"])
                counts[key] = counts.get(key, 0) + 1
    assert max(counts.values()) <= 3, counts


def test_every_severity_is_used():
    sev = {e["severity"] for c in LABELLED.cases() for e in c["expect"]}
    assert sev == {"lỗi", "cảnh báo", "gợi ý"}
