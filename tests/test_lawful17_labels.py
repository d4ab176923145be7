"""The coverage brief of tests/data/checker_lawful17/ (written as a blind held-out set, opened for study in session 33: lawful documents: hương ước and quy ước,
a commune's and a merged commune's quy chế, quy chế of a project unit, a school, a health centre, state and private
enterprises and a cooperative, HĐND resolutions of a commune and a province, plans, reports, minutes, notices and
decisions, in the invented province of Bạch Long Thủy, dated from 2021 to 2026, before and after the 2025 reform).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these tests read the
labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_lawful17")


def test_the_set_was_opened_for_study():
    """Blind until session 33, which opened it (the oldest blind lawful set): it is studied now and keeps floors."""
    assert "checker_lawful17" not in BLIND


def test_the_lawful_brief_is_kept():
    """30 lawful documents of 6-24 lines, each clean with no expected finding and a valid schema; 3-8 lawful
    sentences per document, at least 120 in all, each with the provision that makes it lawful."""
    assert LABELLED.lawful_brief_problems() == []


def test_mix_of_types():
    """Every document type of the checker, and the unnamed kinds (minutes, notices, decisions) as null."""
    types = Counter(c["type"] for c in LABELLED.cases())
    assert types["huong_uoc"] >= 3 and types["quy_che_xa"] >= 2
    assert types["quy_che_co_quan"] >= 3 and types["quy_che_doanh_nghiep"] >= 3
    assert types["nghi_quyet_bien_phap"] >= 2 and types["ke_hoach"] >= 3 and types["bao_cao"] >= 3
    assert types[None] >= 6


def test_mix_of_years_and_the_reform():
    """Documents under the old ordinance (before 01/07/2023), under Law 10/2022 before the 2025 reform, and after it;
    drafts checked on the review day."""
    cases = LABELLED.cases()
    years = {c["as_of"][:4] for c in cases}
    assert {"2021", "2022", "2023", "2024", "2025", "2026"} <= years
    old = [c for c in cases if c["as_of"] < "2023-07-01"]
    between = [c for c in cases if "2023-07-01" <= c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(old) >= 4 and len(between) >= 8 and len(after) >= 8
    drafts = [c for c in cases if "draft" in c["as_of_reason"]]
    assert drafts and all(c["as_of"] == "2026-12-02" for c in drafts)


def test_history_and_citations_are_labelled_lawful():
    """After the reform the former district, thị trấn or thị xã appears as history «(cũ)»; amending laws are cited."""
    after = [c for c in LABELLED.cases() if c["as_of"] >= "2025-07-01"]
    history = [m for c in after for m in c["must_not_flag"] if "(cũ)" in m["contains"]]
    assert len(history) >= 5
    amending = [m for c in LABELLED.cases() for m in c["must_not_flag"] if "sửa đổi, bổ sung" in m["contains"]]
    assert len(amending) >= 5
