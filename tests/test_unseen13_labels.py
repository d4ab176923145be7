"""The coverage brief of tests/data/checker_unseen13/ (blind set: half community, half workplace).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import REVIEW_DAY, LabelledSet

LABELLED = LabelledSet("checker_unseen13")


def test_coverage_of_the_set():
    """13-15 documents, about 3 clean, an old document and drafts on the review day,
    at least 30 findings and 80 must_not_flag items."""
    cases = LABELLED.cases()
    assert 13 <= len(cases) <= 15
    assert 3 <= sum(c["clean"] for c in cases) <= 4
    years = {c["as_of"][:4] for c in cases}
    assert "2021" in years and {"2025", "2026"} <= years
    assert sum(c["as_of"] == REVIEW_DAY for c in cases) >= 2
    assert sum(len(c["expect"]) for c in cases) >= 30
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80


def test_types_mix_community_and_workplace():
    types = Counter(c["type"] for c in LABELLED.cases())
    assert types["huong_uoc"] >= 2 and types["quy_che_xa"] >= 2
    assert types["quy_che_co_quan"] >= 1 and types["quy_che_doanh_nghiep"] >= 1
    assert types["nghi_quyet_bien_phap"] >= 1 and types["ke_hoach"] >= 2 and types["bao_cao"] >= 1
    assert types[None] >= 3


def test_findings_spread_over_the_law():
    """No provision carries more than 3 findings; every severity and several sources are used."""
    findings = [e for c in LABELLED.cases() for e in c["expect"]]
    per_provision = Counter((e["basis_doc"], e["basis_article"], e["basis_clause"]) for e in findings if e["basis_doc"])
    assert max(per_provision.values()) <= 3
    assert {e["severity"] for e in findings} == {"lỗi", "cảnh báo", "gợi ý"}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "145/2020/NĐ-CP", "72/2025/QH15"} <= {e["basis_doc"] for e in findings}
