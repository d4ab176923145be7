"""The coverage brief of tests/data/checker_unseen55/ (a blind held-out set on the commune's own
instruments after the 2025 reform: HĐND resolutions on measures, UBND plans, reports and quy chế,
decisions on publication and consultation, the commune Front's decisions on supervision boards).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen55")


def test_coverage_of_the_set():
    """The set's own mix: the commune instruments its theme needs and dates on both sides of the
    2025 reform, most after it."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["nghi_quyet_bien_phap"] >= 1 and types["quy_che_xa"] >= 2
    assert types["ke_hoach"] >= 2 and types["bao_cao"] >= 2 and types[None] >= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(after) > len(cases) / 2


def test_spread_of_findings():
    """The Law, both detailing decrees and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["role_concurrency"] >= 3 and kinds["outdated_reference"] >= 3


def test_pre_reform_documents_carry_no_reform_finding():
    """A document dated before 01/07/2025 is checked under the structure of its day."""
    for case in LABELLED.cases():
        if case["as_of"] < "2025-07-01":
            assert all(e["basis_doc"] != "72/2025/QH15" for e in case["expect"]), case["id"]
