"""The coverage brief of tests/data/checker_unseen64/ (a blind held-out set on hương ước and quy ước
of villages and bản in an invented mountain province with several ethnic peoples, across their whole
life: the decision to draft, the drafting group, the draft posted for comments, the meeting or ballot
that adopts it, the request for recognition and the recognising decision, the annual review, an
amendment, a suspension, and a commune report, 2023-2026).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen64")


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3-4 clean, 8-17 lawful sentences each (110 in all), at least 35
    findings (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates on both sides of the 2025
    reform (01/07/2025), about half each."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 2 and types["ke_hoach"] >= 1 and types["bao_cao"] >= 1
    assert types[None] >= 5
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    before = sum(c["as_of"] < "2025-07-01" for c in cases)
    assert 5 <= before <= 8


def test_spread_of_findings():
    """The Law, both decrees and the 2025 reform are all represented; the concurrency of the Trưởng
    thôn and the Trưởng ban công tác Mặt trận is a warning, never an error."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs
    assert all(e["severity"] == "cảnh báo" for e in expects if e["kind"] == "role_concurrency")


def test_pre_reform_documents_never_flag_the_reform():
    """Documents dated before 01/07/2025 are lawful under the pre-reform structure on their date."""
    for case in LABELLED.cases():
        if case["as_of"] < "2025-07-01":
            assert all(e["basis_doc"] != "72/2025/QH15" for e in case["expect"]), case["id"]
