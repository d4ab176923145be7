"""The coverage brief of tests/data/checker_unseen8/ (blind set written without seeing the checker).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet, TYPES

LABELLED = LabelledSet("checker_unseen8")


def test_coverage_of_the_set():
    """The brief: 13-15 documents of every type (one of no type), about three clean, an old
    document lawful for its date, documents after the 2025 reform, at least 30 findings and
    80 must_not_flag items."""
    cases = LABELLED.cases()
    assert 13 <= len(cases) <= 15
    assert {c["type"] for c in cases} == TYPES
    assert 3 <= sum(c["clean"] for c in cases) <= 4
    years = {c["as_of"][:4] for c in cases}
    assert "2021" in years and {"2025", "2026"} <= years
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80
    assert sum(len(c["expect"]) for c in cases) >= 30


def test_every_severity_and_no_provision_overused():
    """Every severity is used and no provision is the basis of more than three findings."""
    expects = [e for c in LABELLED.cases() for e in c["expect"]]
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    per_provision = Counter((e["basis_doc"], e["basis_article"]) for e in expects if e["basis_doc"])
    assert max(per_provision.values()) <= 3
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "45/2019/QH14", "145/2020/NĐ-CP",
            "72/2025/QH15"} <= {doc for doc, _ in per_provision}
