"""The coverage brief of tests/data/checker_unseen9/ (a blind set written from the law alone).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import KINDS, LabelledSet, SEVERITIES, TYPES

LABELLED = LabelledSet("checker_unseen9")


def test_coverage_of_the_set():
    """The brief's coverage: 13-15 documents of every type (a công văn of no type), about a quarter
    clean, an old document lawful for its date, documents after the 2025 reform and drafts."""
    cases = LABELLED.cases()
    assert 13 <= len(cases) <= 15
    assert {c["type"] for c in cases} == TYPES
    assert sum(c["clean"] for c in cases) * 4 >= len(cases)
    years = {c["as_of"][:4] for c in cases}
    assert {"2019", "2025", "2026"} <= years
    assert any(c["as_of"] == "2026-12-02" for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80
    assert sum(len(c["expect"]) for c in cases) >= 30


def test_findings_are_varied():
    """Every kind and severity occurs, and no provision carries more than three findings."""
    found = [e for c in LABELLED.cases() for e in c["expect"]]
    assert {e["kind"] for e in found} == KINDS
    assert {e["severity"] for e in found} == SEVERITIES
    per_provision = Counter((e["basis_doc"], e["basis_article"], e["basis_clause"])
                            for e in found if e["basis_doc"])
    assert max(per_provision.values()) <= 3, per_provision.most_common(3)
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "145/2020/NĐ-CP", "72/2025/QH15"} <= {
        e["basis_doc"] for e in found}


def test_old_document_is_clean():
    """The 2019 hương ước is lawful for its date: clean, with its old bases among the must_not_flag."""
    old = [c for c in LABELLED.cases() if c["as_of"] < "2023-07-01"]
    assert old and all(c["clean"] for c in old)
    assert any("Pháp lệnh" in m["contains"] for c in old for m in c["must_not_flag"])
