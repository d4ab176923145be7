"""The coverage brief of tests/data/checker_unseen27/ (blind set, community-leaning, real-life shapes).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen27")


def test_coverage_of_the_set():
    """13 documents (8 community, 5 workplace), 3 clean, an old quy ước lawful for 2020,
    drafts checked on the review day, at least 30 findings and 80 must_not_flag items."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    assert sum(c["clean"] for c in cases) == 3
    assert {c["type"] for c in cases} == {"huong_uoc", "quy_che_co_quan", "ke_hoach", "bao_cao", None}
    years = {c["as_of"][:4] for c in cases}
    assert {"2020", "2026"} <= years
    old = [c for c in cases if c["as_of"] < "2023-07-01"]
    assert old and all(c["clean"] for c in old)
    assert any(c["as_of"] == "2026-12-02" for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80
    assert sum(len(c["expect"]) for c in cases) >= 30


def test_severities_and_spread():
    """Every grade is used, and no provision carries more than three findings."""
    findings = [e for c in LABELLED.cases() for e in c["expect"]]
    assert {e["severity"] for e in findings} == {"lỗi", "cảnh báo", "gợi ý"}
    per_article = Counter((e["basis_doc"], e["basis_article"]) for e in findings if e["basis_doc"])
    assert max(per_article.values()) <= 3
    docs = {e["basis_doc"] for e in findings if e["basis_doc"]}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "45/2019/QH14", "145/2020/NĐ-CP"} <= docs
