"""The coverage brief of tests/data/checker_unseen91/ (written as a blind held-out set, opened for study in session 33: from the levels above and beside the
village in the invented province of Bình Khê: provincial plans before and after the 2025 reform, a provincial HĐND
resolution on what communes publish, a Sở's letter on hương ước recognition, a Sở's quy chế dân chủ and another
Sở's staff-conference minutes, provincial and commune Front reports on the people's supervision, a state company's
and a private employer's quy chế, a cooperative's workers' conference minutes, a commune's reply to
recommendations and a tổ dân phố's minutes).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen91")


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3-4 clean, 8-17 lawful sentences each (110 in all), at least 35 findings
    (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """The set's own mix: plans, reports, an agency's and enterprises' quy chế, a measures resolution, at least
    three documents of no listed type, and dates on both sides of the 2025 reform (about a third before)."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["ke_hoach"] >= 2 and types["bao_cao"] >= 2 and types["quy_che_co_quan"] >= 1
    assert types["quy_che_doanh_nghiep"] >= 2 and types["nghi_quyet_bien_phap"] >= 1 and types[None] >= 3
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert 4 <= len(before) <= 6 and len(after) >= 7
    assert any(c["clean"] for c in before) and any(c["clean"] for c in after)


def test_spread_of_findings():
    """The Law, both decrees, the labour rules for non-state employers and the 2025 reform are all represented;
    the Law's findings reach publication, community decisions, dialogue, both people's boards, agencies and
    state enterprises."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "145/2020/NĐ-CP", "45/2019/QH14",
            "72/2025/QH15"} <= docs
    articles = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert articles >= {12, 13, 20, 21, 32, 37, 40, 41, 42, 45, 51, 60, 65, 69, 77, 79, 90}
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["role_concurrency"] >= 4 and kinds["outdated_reference"] >= 4 and kinds["internal_consistency"] >= 4
    grades = Counter(e["severity"] for e in expects)
    assert grades["cảnh báo"] >= 5 and grades["gợi ý"] >= 1


def test_the_set_was_opened_for_study():
    """Blind until session 33, which opened it (with the other oldest blind sets): it is studied now and keeps floors."""
    assert "checker_unseen91" not in BLIND
