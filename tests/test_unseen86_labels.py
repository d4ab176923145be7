"""The coverage brief of tests/data/checker_unseen86/ (written as a blind held-out set, opened for study in session 30: forty short documents from an
officer's inbox in the invented province of Tây Lâm — commune notices, plans and reports, village minutes,
invitations, hương ước and quy ước excerpts, an HĐND xã resolution excerpt, decisions on Ban Thanh tra nhân dân,
agency and public service unit notices and minutes, state and private companies' letters and dialogue minutes,
an e-mail — each with one point or none).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen86")


def test_the_writers_brief():
    """40 documents of 6-24 lines with valid labels; 30 with exactly one finding and 10 clean; 2-6 lawful
    sentences each and at least 100 in all; at most three findings on one provision and at least 15 provisions."""
    assert LABELLED.short_brief_problems(lawful=True) == []


def test_kinds_and_grades():
    """The five main kinds, at least three internal-consistency findings, grades mostly lỗi and cảnh báo."""
    expects = LABELLED.expects()
    kinds = Counter(e["kind"] for e in expects)
    assert {"conflict", "required_content", "role_concurrency", "outdated_reference"} <= set(kinds)
    assert kinds["internal_consistency"] >= 3
    grades = Counter(e["severity"] for e in expects)
    assert grades["lỗi"] + grades["cảnh báo"] >= 28
    assert grades["lỗi"] >= 1 and grades["cảnh báo"] >= 1


def test_coverage_of_the_set():
    """Every level and both sides of the 2025 reform: commune, village, agency, state and private companies."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types[None] >= 20
    assert types["huong_uoc"] >= 5 and types["ke_hoach"] >= 3 and types["bao_cao"] >= 4
    assert types["quy_che_xa"] >= 2 and types["quy_che_doanh_nghiep"] >= 1
    years = {c["as_of"][:4] for c in cases}
    assert {"2022", "2024", "2025", "2026"} <= years
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(before) >= 12 and len(after) >= 20
    assert any(c["as_of"] == "2026-12-02" for c in cases)


def test_spread_of_findings():
    """The Law, both decrees, the labour rules and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "45/2019/QH14", "145/2020/NĐ-CP",
            "72/2025/QH15"} <= docs
    law_articles = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert law_articles >= {12, 13, 21, 36, 37, 48, 51, 60, 65, 69, 77, 90}


def test_the_set_was_opened_for_study():
    """Blind until session 30, which opened it (with the other oldest blind recall set): it is studied now and keeps floors."""
    assert "checker_unseen86" not in BLIND
