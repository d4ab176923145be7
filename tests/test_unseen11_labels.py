"""The coverage brief of tests/data/checker_unseen11/ (a blind set with community documents emphasised).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet, TYPES

LABELLED = LabelledSet("checker_unseen11")


def test_coverage_of_the_set():
    """The brief's coverage: every document type, some of no type, about three clean documents,
    an old document lawful for its date, drafts on the review day, after-reform documents."""
    cases = LABELLED.cases()
    assert 13 <= len(cases) <= 15
    assert {c["type"] for c in cases} == TYPES
    assert 2 <= sum(c["clean"] for c in cases) <= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2021", "2025", "2026"} <= years
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80
    assert sum(len(c["expect"]) for c in cases) >= 30


def test_spread_over_the_law():
    """No provision carries more than three findings, and at least half the findings with a basis
    rest on the community provisions (Law Arts. 10-43, Decree 59 Arts. 3-19, Decree 61)."""
    findings = [e for c in LABELLED.cases() for e in c["expect"]]
    per_provision = Counter((e["basis_doc"], e["basis_article"], e["basis_clause"])
                            for e in findings if e["basis_article"] is not None)
    assert max(per_provision.values()) <= 3
    severities = Counter(e["severity"] for e in findings)
    assert severities["lỗi"] and severities["cảnh báo"] and severities["gợi ý"]

    def community(e):
        return ((e["basis_doc"] == "10/2022/QH15" and e["basis_article"] and 10 <= e["basis_article"] <= 43)
                or (e["basis_doc"] == "59/2023/NĐ-CP" and e["basis_article"] and 3 <= e["basis_article"] <= 19)
                or e["basis_doc"] == "61/2023/NĐ-CP")
    assert sum(map(community, findings)) * 2 >= len(findings)
