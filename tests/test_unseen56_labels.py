"""The coverage brief of tests/data/checker_unseen56/ (a blind held-out set on democracy in state agencies and
public service units: quy chế of a commune's own agency, a school and a provincial centre, minutes of hội nghị cán bộ,
công chức, viên chức, người lao động, Ban Thanh tra nhân dân decisions, programmes and reports, publication notices).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen56")


def test_coverage_of_the_set():
    """The set's own mix: the agency and unit document types its theme needs, at least four documents of no
    labelled type, and dates before and after the 2025 reform."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_co_quan"] >= 3 and types["ke_hoach"] >= 2 and types["bao_cao"] >= 2
    assert types[None] >= 4
    assert set(types) <= {"quy_che_co_quan", "ke_hoach", "bao_cao", None}
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    assert any(c["as_of"] < "2025-07-01" for c in cases) and any(c["as_of"] >= "2025-07-01" for c in cases)


def test_spread_of_findings():
    """The Law (its chapter on agencies and units and its effect article), Decree 59 (the Ban Thanh tra nhân dân
    of agencies and the end of Decree 159/2016) and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "72/2025/QH15"} <= docs
    law_articles = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert len(law_articles & set(range(46, 64))) >= 10
    assert 90 in law_articles
    assert {(e["basis_doc"], e["basis_article"]) for e in expects} >= {("59/2023/NĐ-CP", 22), ("59/2023/NĐ-CP", 28)}


def test_reform_findings_only_on_or_after_the_reform():
    """No document dated before 01/07/2025 is faulted for naming a huyện or thị trấn."""
    for case in LABELLED.cases():
        if case["as_of"] < "2025-07-01":
            assert all(e["basis_doc"] != "72/2025/QH15" for e in case["expect"]), case["id"]
