"""The coverage brief of tests/data/checker_unseen25/ (blind set: mixed community and workplace
documents in unusual shapes).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen25")


def test_coverage_of_the_set():
    """12-13 documents, several types and some of no type, a few clean, dated 2025 and 2026,
    at least 30 findings and 80 must_not_flag items."""
    cases = LABELLED.cases()
    assert 12 <= len(cases) <= 13
    types = {c["type"] for c in cases}
    assert {"huong_uoc", "quy_che_xa", "quy_che_co_quan", "quy_che_doanh_nghiep", "ke_hoach", "bao_cao", None} <= types
    assert 2 <= sum(c["clean"] for c in cases) <= 4
    assert {c["as_of"][:4] for c in cases} == {"2025", "2026"}
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80
    assert sum(len(c["expect"]) for c in cases) >= 30
    assert all(c["file"].startswith("n") for c in cases)


def test_every_severity_and_no_provision_overused():
    """Findings of all three severities; no provision carries more than 3 findings."""
    found = [e for c in LABELLED.cases() for e in c["expect"]]
    assert {e["severity"] for e in found} == {"lỗi", "cảnh báo", "gợi ý"}
    per_provision = Counter((e["basis_doc"], e["basis_article"]) for e in found if e["basis_article"])
    assert max(per_provision.values()) <= 3
    assert {e["basis_doc"] for e in found} >= {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP",
                                              "45/2019/QH14", "145/2020/NĐ-CP", "72/2025/QH15"}


def test_community_and_workplace_are_both_present():
    """Half community, half workplace: both groups have documents with findings."""
    cases = LABELLED.cases()
    workplace = [c for c in cases if c["type"] in {"quy_che_co_quan", "quy_che_doanh_nghiep"} or "thcs" in c["id"]]
    assert len(workplace) >= 4 and all(c["expect"] for c in workplace)
