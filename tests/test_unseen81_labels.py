"""The coverage brief of tests/data/checker_unseen81/ (written as a blind held-out set, opened for study in session 28, on democracy at the workplace in the
invented province of Hòa Xuyên: quy chế dân chủ of a Sở, a regional health centre after the 2025 reform and a
primary school in 2023; of two one-member state companies, one a draft, and of a private garment company; a
staff-conference plan, minutes of an employees' conference, a conference resolution, minutes of a periodic
workplace dialogue, a decision recognising a Ban Thanh tra nhân dân, a notice to hospital staff and a report).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, REVIEW_DAY, LabelledSet

LABELLED = LabelledSet("checker_unseen81")


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3-4 clean, 8-17 lawful sentences each (110 in all), at least 35 findings
    (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates before and after the 2025 reform."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_co_quan"] >= 3 and types["quy_che_doanh_nghiep"] >= 3
    assert types["bao_cao"] >= 1 and types["ke_hoach"] >= 1 and types[None] >= 3
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(before) >= 4 and len(after) >= 4
    assert any(c["as_of"] == REVIEW_DAY for c in cases)
    assert 3 <= sum(c["clean"] for c in cases) <= 4


def test_spread_of_findings():
    """The Law, Decree 59/2023, the labour rules for dialogue and the 2025 reform are all represented, the
    findings are 40-46 in all, and no lỗi rests on a draft blank."""
    expects = LABELLED.expects()
    assert 40 <= len(expects) <= 46
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "145/2020/NĐ-CP", "45/2019/QH14", "72/2025/QH15"} <= docs
    articles = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert articles >= {47, 51, 60, 65, 69, 77, 81, 90}
    assert all(e["severity"] == "gợi ý" for e in expects if e["kind"] == "draft_completeness")
    assert sum(len(c["must_not_flag"]) for c in LABELLED.cases()) >= 150


def test_the_set_was_opened_for_study():
    """Blind until session 28, which opened it (with the other two oldest sets): it is studied now and keeps floors."""
    assert "checker_unseen81" not in BLIND
