"""The coverage brief of tests/data/checker_unseen50/ (a blind held-out set at province and commune
level: HĐND resolutions on measures to ensure grassroots democracy, UBND plans and reports whose figures
must add up, decisions forming or recognising Ban Thanh tra nhân dân and Ban Giám sát đầu tư của cộng
đồng, their minutes and a report, a community contribution decision and a tổ dân phố quy ước).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen50")


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates before and after the 2025
    reform (the brief's counts: test_labelled_sets.test_the_writers_brief)."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["nghi_quyet_bien_phap"] >= 2 and types["ke_hoach"] >= 2 and types["bao_cao"] >= 2
    assert types["huong_uoc"] >= 1 and types[None] >= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    assert any(c["as_of"] < "2025-07-01" for c in cases) and any(c["as_of"] >= "2025-07-01" for c in cases)



def test_spread_of_findings():
    """The Law, both decrees
    and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs


def test_pre_reform_documents_carry_no_reform_finding():
    """Documents dated before 01/07/2025 are lawful under the pre-reform structure on their date:
    none of their findings rests on the 2025 reform."""
    for case in LABELLED.cases():
        if case["as_of"] < "2025-07-01":
            assert all(e["basis_doc"] != "72/2025/QH15" for e in case["expect"]), case["id"]
