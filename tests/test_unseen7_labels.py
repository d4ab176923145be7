"""The coverage brief of tests/data/checker_unseen7/ (the seventh blind set).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet, TYPES

LABELLED = LabelledSet("checker_unseen7")


def test_coverage_of_the_set():
    """13-15 documents of every type (a công văn of no type among them), two to four clean,
    an old document lawful for its date, drafts, and documents after the 2025 reform."""
    cases = LABELLED.cases()
    assert 13 <= len(cases) <= 15
    assert {c["type"] for c in cases} == TYPES
    assert 2 <= sum(c["clean"] for c in cases) <= 4
    years = {c["as_of"][:4] for c in cases}
    assert "2019" in years and "2026" in years
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80
    assert sum(len(c["expect"]) for c in cases) >= 30


def test_findings_spread_over_the_law():
    """No more than three expected findings rest on the same provision (document, article, clause)."""
    bases = Counter((e["basis_doc"], e["basis_article"], e["basis_clause"])
                    for c in LABELLED.cases() for e in c["expect"] if e["basis_doc"])
    assert bases and max(bases.values()) <= 3, bases.most_common(3)
    docs = {b[0] for b in bases}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "45/2019/QH14", "145/2020/NĐ-CP", "72/2025/QH15"} <= docs


def test_every_severity_is_used():
    severities = Counter(e["severity"] for c in LABELLED.cases() for e in c["expect"])
    assert set(severities) == {"lỗi", "cảnh báo", "gợi ý"}
