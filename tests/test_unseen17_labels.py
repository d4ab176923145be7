"""The coverage brief of tests/data/checker_unseen17/ (blind set, weaving-themed places, 13 documents).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen17")


def test_coverage_of_the_set():
    """Community and workplace documents, minutes of both kinds, an old lawful hương ước, post-reform texts."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    assert {"huong_uoc", "quy_che_xa", "quy_che_co_quan", "quy_che_doanh_nghiep", "nghi_quyet_bien_phap",
            "ke_hoach", "bao_cao", None} == {c["type"] for c in cases}
    assert sum(c["as_of"] == "2026-12-02" for c in cases) >= 2
    assert 1 <= sum(c["clean"] for c in cases) < len(cases)
    years = {c["as_of"][:4] for c in cases}
    assert {"2022", "2025", "2026"} <= years
    severities = {e["severity"] for c in cases for e in c["expect"]}
    assert severities == {"lỗi", "cảnh báo", "gợi ý"}
    assert sum(len(c["must_not_flag"]) for c in cases) >= 90
    assert sum(len(c["expect"]) for c in cases) >= 45
