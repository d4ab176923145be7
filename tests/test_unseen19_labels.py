"""The coverage brief of tests/data/checker_unseen19/ (the nineteenth blind set: half community, half workplace).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen19")


def test_coverage_of_the_set():
    """Thirteen documents of the brief's mix, about a quarter clean, dated 2023, 2025 and 2026,
    with at least 30 findings of every severity and 80 lawful sentences."""
    cases = LABELLED.cases()
    assert 12 <= len(cases) <= 13
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_xa"] == 2 and types["quy_che_co_quan"] == 2 and types["huong_uoc"] == 2
    assert types["ke_hoach"] >= 1 and types["bao_cao"] >= 1 and types["nghi_quyet_bien_phap"] >= 1
    assert types[None] >= 4  # two sets of minutes, a dialogue record and an official letter
    assert 3 <= sum(c["clean"] for c in cases) <= 4
    assert {"2023", "2025", "2026"} <= {c["as_of"][:4] for c in cases}
    expect = [e for c in cases for e in c["expect"]]
    assert len(expect) >= 30
    assert {e["severity"] for e in expect} == {"lỗi", "cảnh báo", "gợi ý"}
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80


def test_findings_spread_over_the_law():
    """No provision carries more than three findings; community and workplace chapters both appear."""
    expect = [e for c in LABELLED.cases() for e in c["expect"] if e["basis_doc"]]
    per_provision = Counter((e["basis_doc"], e["basis_article"], e["basis_clause"]) for e in expect)
    assert max(per_provision.values()) <= 3
    law_articles = {e["basis_article"] for e in expect if e["basis_doc"] == "10/2022/QH15"}
    assert any(a <= 43 for a in law_articles) and any(44 <= a <= 82 for a in law_articles)
    docs = {e["basis_doc"] for e in expect}
    assert {"59/2023/NĐ-CP", "61/2023/NĐ-CP", "45/2019/QH14", "145/2020/NĐ-CP", "72/2025/QH15"} <= docs
