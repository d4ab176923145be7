"""The coverage brief of tests/data/checker_unseen60/ (a blind held-out set of everyday uploads of every
kind: a hương ước of a bản, a quy ước of a tổ dân phố, a school's and a private company's quy chế, a
commune HĐND resolution on measures, UBND plans and a report, minutes, a tờ trình, a notice and a decision).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen60")


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3 to 4 clean, 8-17 lawful sentences each (110 in all), at least 35
    findings (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """The set's own mix: every level the Law covers and dates before and after the 2025 reform."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 2 and types["quy_che_co_quan"] >= 1 and types["quy_che_doanh_nghiep"] >= 1
    assert types["nghi_quyet_bien_phap"] >= 1 and types["ke_hoach"] >= 2 and types["bao_cao"] >= 1
    assert types[None] >= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(before) >= 4 and len(after) >= 4
    assert sum(c["clean"] for c in before) >= 1 and sum(c["clean"] for c in after) >= 1


def test_spread_of_findings():
    """The Law, both decrees, the labour-law texts and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15",
            "45/2019/QH14", "145/2020/NĐ-CP"} <= docs
    assert sum(e["severity"] == "lỗi" for e in expects) >= 20


def test_no_reform_finding_before_the_reform():
    """A document dated before 01/07/2025 is never faulted for the two-tier reform (Law 72/2025)."""
    for case in LABELLED.cases():
        if case["as_of"] < "2025-07-01":
            assert all(e["basis_doc"] != "72/2025/QH15" for e in case["expect"]), case["id"]
