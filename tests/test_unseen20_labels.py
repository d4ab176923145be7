"""The coverage brief of tests/data/checker_unseen20/ (a blind set: half community, half workplace).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen20")


def test_coverage_of_the_set():
    """12-13 documents: two hương ước (one old), commune and ward Quy chế, a hospital, a state and a
    non-state employer, two sets of minutes, a plan, two reports and a letter; two clean."""
    cases = LABELLED.cases()
    assert 12 <= len(cases) <= 13
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] == 2 and types["quy_che_xa"] == 2 and types["quy_che_co_quan"] == 1
    assert types["quy_che_doanh_nghiep"] == 2 and types["ke_hoach"] == 1 and types["bao_cao"] == 2
    assert types[None] == 3
    assert 2 <= sum(c["clean"] for c in cases) <= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2019", "2025", "2026"} <= years
    old = next(c for c in cases if c["as_of"].startswith("2019"))
    assert old["clean"] and old["type"] == "huong_uoc"


def test_findings_and_lawful_sentences():
    cases = LABELLED.cases()
    expect = [e for c in cases for e in c["expect"]]
    assert len(expect) >= 30
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80
    severities = Counter(e["severity"] for e in expect)
    assert severities["lỗi"] and severities["cảnh báo"] and severities["gợi ý"]
    assert {e["kind"] for e in expect} >= {"conflict", "role_concurrency", "outdated_reference",
                                           "internal_consistency", "draft_completeness", "required_content"}


def test_spread_over_the_law():
    """No provision carries more than three findings; both chapters of the Law, both decrees and the
    labour law are used."""
    expect = [e for c in LABELLED.cases() for e in c["expect"] if e["basis_doc"]]
    per_article = Counter((e["basis_doc"], e["basis_article"]) for e in expect)
    assert max(per_article.values()) <= 3
    docs = {e["basis_doc"] for e in expect}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "145/2020/NĐ-CP", "72/2025/QH15"} <= docs
    law_articles = {e["basis_article"] for e in expect if e["basis_doc"] == "10/2022/QH15"}
    assert any(a <= 45 for a in law_articles) and any(46 <= a <= 82 for a in law_articles)
