"""The coverage brief of tests/data/checker_unseen12/ (blind set 12, workplace emphasis).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen12")
WORKPLACE = {"10/2022/QH15": range(44, 84), "59/2023/NĐ-CP": range(20, 29),
             "45/2019/QH14": range(63, 64), "145/2020/NĐ-CP": range(37, 49)}


def _findings():
    return [e for c in LABELLED.cases() for e in c["expect"]]


def test_coverage_of_the_set():
    """13 to 15 documents of the brief's mix, about a fifth clean, a 2021 document lawful for its
    date, documents from after the 2025 reform and drafts checked on the review day."""
    cases = LABELLED.cases()
    assert 13 <= len(cases) <= 15
    assert all(c["file"].startswith("q") for c in cases)
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] == 2 and types["quy_che_xa"] == 2 and types["quy_che_co_quan"] == 2
    assert types["quy_che_doanh_nghiep"] == 1 and types["nghi_quyet_bien_phap"] == 1
    assert types["ke_hoach"] == 2 and types["bao_cao"] == 1 and types[None] >= 2
    clean = [c for c in cases if c["clean"]]
    assert 3 <= len(clean) <= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2021", "2025", "2026"} <= years
    assert sum(c["as_of"] == "2026-12-02" for c in cases) >= 3
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80
    assert len(_findings()) >= 30


def test_findings_spread_and_workplace_emphasis():
    """No provision carries more than 3 findings, every severity occurs, and at least half of the
    findings with a basis rest on the workplace provisions."""
    findings = _findings()
    assert {e["severity"] for e in findings} == {"lỗi", "cảnh báo", "gợi ý"}
    per_provision = Counter((e["basis_doc"], e["basis_article"], e["basis_clause"])
                            for e in findings if e["basis_doc"])
    assert max(per_provision.values()) <= 3, per_provision.most_common(3)
    based = [e for e in findings if e["basis_doc"]]
    workplace = [e for e in based if e["basis_article"] in WORKPLACE.get(e["basis_doc"], ())]
    assert len(workplace) * 2 >= len(based)
