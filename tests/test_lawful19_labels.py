"""The coverage brief of tests/data/checker_lawful19/ (written as a blind held-out set, opened for study in session 35: of lawful records of democracy at the workplace and
of the supervision boards: quy chế excerpts, minutes of the hội nghị cán bộ, công chức, viên chức, người lao động and of
the hội nghị người lao động, dialogue minutes, notices, a Ban's election minutes and member lists, its recommendations
and the answers, reports and plans with tables — in agencies, a school, a hospital, a provincial centre, a state company,
two private companies and the communes of the invented province of Tây Khê, dated from 2022 to 2026: under the Labour
Code and Decree 145/2020 before Law 10/2022 took effect, under Law 10/2022 before the 2025 reform, and after it).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these tests read the
labels only and never run the checker.
"""
from __future__ import annotations

import re
from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_lawful19")


def test_the_set_was_opened_for_study():
    """Blind until session 35, which opened it (the oldest blind lawful set): it is studied now and keeps floors."""
    assert "checker_lawful19" not in BLIND


def test_the_lawful_brief_is_kept():
    """30 lawful documents of 8-30 lines, each clean with no expected finding and a valid schema; 3-8 lawful
    sentences per document, at least 120 in all, each with its reason."""
    assert LABELLED.lawful_brief_problems(lines=(8, 30)) == []


def test_every_lawful_sentence_names_its_basis():
    """Each lawful sentence's reason names the provision (or the fact, or the figures) that makes it lawful."""
    assert LABELLED.reasons_without_basis("Labour Code") == []


def test_mix_of_types():
    """Mostly unnamed kinds (minutes, notices, decisions, recommendations) as null, with quy chế of agencies and of
    companies, plans and reports."""
    types = Counter(c["type"] for c in LABELLED.cases())
    assert types[None] >= 15
    assert all(types[t] >= 2 for t in ("quy_che_co_quan", "quy_che_doanh_nghiep", "ke_hoach", "bao_cao"))
    assert set(types) <= {None, "quy_che_co_quan", "quy_che_doanh_nghiep", "ke_hoach", "bao_cao"}


def test_mix_of_years_and_the_reform():
    """At least 5 documents under the old rules (before 01/07/2023), 8 under Law 10/2022 before the 2025 reform and 10
    after it; the old ones cite no later law, the later ones name no district or thị trấn, and some earlier ones name a
    district as a lawful sentence of their date."""
    assert LABELLED.reform_spread_problems(district=3) == []


def test_the_records_have_their_shapes():
    """Tables flattened into | rows, minutes lines, labelled fields and hard-wrapped lawful sentences are really there,
    the head and the union are named in one line in many records, and each case is tagged with the shape of its
    riskiest line."""
    cases = LABELLED.cases()
    found = LABELLED.record_shapes("Chủ trì|Thư ký",
                                   "Kính gửi|Thành phần|Tham dự|Người ký|Khách mời|Có mặt|Đại biểu|Thời gian")
    head_and_union = [c["file"] for c in cases
                      if any(re.search(r"(Giám đốc|Hiệu trưởng)", line) and "Công đoàn" in line
                             for line in LABELLED.lines(c["file"]))]
    assert len(found["tables"]) >= 8, found["tables"]
    assert len(found["minutes"]) >= 8, found["minutes"]
    assert len(found["labelled"]) >= 8, found["labelled"]
    assert len(head_and_union) >= 12, head_and_union
    assert len(found["wrapped"]) >= 5, found["wrapped"]
    assert found["on_table_rows"] >= 12
    assert LABELLED.shape_spread_problems(kinds=5) == []


def test_counts_add_up():
    """Every share written with its percentage is right to the first decimal: «a/b ... (x,y%)» in a sentence, and
    «| n | x,y% |» rows under a line that states their base («tỷ lệ / 74 đại biểu», «tổng số 71 người dự»)."""
    wrong, checked = LABELLED.share_problems(re.compile(r"(?:tỷ lệ /|tỷ lệ trên|tổng số) (\d+) (?:đại biểu|người)"),
                                             re.compile(r"\| (\d+) \| (\d+,\d)% \|$"))
    assert wrong == []
    assert checked >= 20
