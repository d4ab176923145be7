"""The coverage brief of tests/data/checker_unseen84/ (written as a blind held-out set, opened for study in session 29 on democracy at the workplace:
forty short documents, one provision each — agencies and public service units (publication to staff, the staff
conference, its timing, quorum and votes, the Ban Thanh tra nhân dân and who may not sit on it, who issues the
quy chế), state enterprises (publication, the workers' conference, the Ban Thanh tra), private employers (periodic
dialogue under Bộ luật Lao động 2019 and Decree 145/2020, the quy chế) and citations of texts the 2023 law and the
2025 reform ended or replaced).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these tests read the
labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen84")


def test_the_short_document_brief():
    """40 documents of 6-24 lines, valid labels; 30 with exactly one expected finding and 10 clean; 2-6 lawful
    sentences each and at least 100 in all; at least 15 provisions, at most three findings on one."""
    assert LABELLED.short_brief_problems(lawful=True) == []


def test_kinds_and_grades():
    """The five main kinds, at least three internal-consistency slips; only lỗi and cảnh báo, mostly lỗi."""
    expects = LABELLED.expects()
    kinds = Counter(e["kind"] for e in expects)
    assert {"conflict", "required_content", "role_concurrency", "outdated_reference", "internal_consistency"} <= set(kinds)
    assert kinds["internal_consistency"] >= 3 and kinds["outdated_reference"] >= 3 and kinds["role_concurrency"] >= 2
    grades = Counter(e["severity"] for e in expects)
    assert set(grades) <= {"lỗi", "cảnh báo", "gợi ý"}
    assert grades["lỗi"] > grades["cảnh báo"] >= 3
    assert all(e["severity"] == "cảnh báo" for e in expects if e["kind"] == "internal_consistency")


def test_coverage_of_the_set():
    """Agencies, state and private employers; the types its theme needs; dates before and after both reforms."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_co_quan"] >= 6 and types["quy_che_doanh_nghiep"] >= 4
    assert types["ke_hoach"] >= 4 and types["bao_cao"] >= 3 and types[None] >= 15
    assert not set(types) - {"quy_che_co_quan", "quy_che_doanh_nghiep", "ke_hoach", "bao_cao", None}
    assert any(c["as_of"] < "2023-07-01" for c in cases)
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(before) >= 12 and len(after) >= 12
    assert {"2022", "2024", "2025", "2026"} <= {c["as_of"][:4] for c in cases}


def test_spread_of_findings():
    """The Law (agencies and state enterprises), Decree 59/2023, the labour rules and the 2025 reform all carry
    findings; the agency and state-enterprise articles both appear."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "145/2020/NĐ-CP", "45/2019/QH14", "72/2025/QH15"} <= docs
    law = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert {47, 48, 51, 59, 60, 63} <= law and {65, 69, 77, 81} <= law
    assert {e["basis_article"] for e in expects if e["basis_doc"] == "145/2020/NĐ-CP"} >= {38, 39, 48}
    assert all(e["basis_article"] is None for e in expects if e["basis_doc"] == "72/2025/QH15")


def test_the_set_was_opened_for_study():
    """Blind until session 29, which opened it (with the other oldest blind recall set): it is studied now and keeps floors."""
    assert "checker_unseen84" not in BLIND
