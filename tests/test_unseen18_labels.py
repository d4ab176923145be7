"""The coverage brief of tests/data/checker_unseen18/ (a blind set: half community, half workplace).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen18")


def test_coverage_of_the_set():
    """13 documents, about a quarter clean, every document type but the HĐND resolution plus
    documents of no type, a 2020 document and documents after the 2025 reform."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    types = {c["type"] for c in cases}
    assert {"huong_uoc", "quy_che_xa", "quy_che_co_quan", "quy_che_doanh_nghiep",
            "ke_hoach", "bao_cao", None} <= types
    assert 3 <= sum(c["clean"] for c in cases) <= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2020", "2025", "2026"} <= years
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80
    assert sum(len(c["expect"]) for c in cases) >= 30


def test_spread_of_the_findings():
    """Every kind of finding and every severity appear; no provision carries more than three findings."""
    found = [e for c in LABELLED.cases() for e in c["expect"]]
    assert {e["kind"] for e in found} == {"required_content", "conflict", "role_concurrency",
                                         "outdated_reference", "draft_completeness", "internal_consistency"}
    assert {e["severity"] for e in found} == {"lỗi", "cảnh báo", "gợi ý"}
    per_article = Counter((e["basis_doc"], e["basis_article"]) for e in found if e["basis_doc"])
    assert max(per_article.values()) <= 3
    docs = {e["basis_doc"] for e in found if e["basis_doc"]}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "145/2020/NĐ-CP", "72/2025/QH15"} <= docs


def test_half_community_half_workplace():
    """The community side (Law Arts. 10-43, Decrees 59 Arts. 3-19 and 61) and the workplace side
    (Law Arts. 44-83, Decree 59 Arts. 20-27, labour law) each carry at least a third of the findings."""
    found = [e for c in LABELLED.cases() for e in c["expect"] if e["basis_article"]]

    def workplace(e):
        return (e["basis_doc"] in {"45/2019/QH14", "145/2020/NĐ-CP"}
                or (e["basis_doc"] == "10/2022/QH15" and 44 <= e["basis_article"] <= 83)
                or (e["basis_doc"] == "59/2023/NĐ-CP" and 20 <= e["basis_article"] <= 28))
    side = sum(map(workplace, found))
    assert 3 * side >= len(found) and 3 * (len(found) - side) >= len(found)
