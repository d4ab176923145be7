"""The coverage brief of tests/data/checker_unseen24/ (a workplace-heavy blind set).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen24")


def test_coverage_of_the_set():
    """13 documents, ten of them from workplaces; about a quarter clean; one lawful 2023 hương ước;
    enough findings and lawful sentences to measure recall and precision."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    assert all(c["id"].startswith("n") and c["file"].startswith(c["id"] + "-") for c in cases)
    assert sum(c["clean"] for c in cases) == 3
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_co_quan"] == 2 and types["quy_che_doanh_nghiep"] == 1
    assert {"huong_uoc", "quy_che_xa", "ke_hoach", "bao_cao", None} <= set(types)
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2025", "2026"} <= years
    assert sum(len(c["expect"]) for c in cases) >= 30
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80


def test_spread_over_the_law():
    """No provision carries more than 3 findings; labour-law dialogue and the 2025 reform are present."""
    cases = LABELLED.cases()
    per_provision = Counter((e["basis_doc"], e["basis_article"], e["basis_clause"])
                            for c in cases for e in c["expect"] if e["basis_doc"])
    assert max(per_provision.values()) <= 3
    docs = {doc for doc, _, _ in per_provision}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "45/2019/QH14", "145/2020/NĐ-CP", "72/2025/QH15"} <= docs
    severities = Counter(e["severity"] for c in cases for e in c["expect"])
    assert severities["lỗi"] > 0 and severities["cảnh báo"] > 0


def test_old_hương_ước_is_clean():
    """The 2023 hương ước names its district, lawful for its date."""
    case = next(c for c in LABELLED.cases() if c["type"] == "huong_uoc")
    assert case["clean"] and case["as_of"].startswith("2023")
    assert any("HUYỆN" in m["contains"] for m in case["must_not_flag"])
