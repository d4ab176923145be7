"""The coverage brief of tests/data/checker_lawful20/ (written as a blind held-out set, opened for study in session 36: of lawful records of the village and the tổ dân
phố: hương ước and quy ước excerpts with their rewards tables, notices calling community meetings, minutes of the
meetings, of the annual conference and of the vote counts, the Front committee's minutes, a Trưởng thôn's letters and
reports, contribution tables, and the commune's decisions recognising a Trưởng thôn, a Tổ trưởng or a hương ước — in
the villages, tổ dân phố, communes and wards of the invented province of Đông Nguyên, dated from 2022 to 2026: under
the old rules before Law 10/2022 took effect, under Law 10/2022 and Decrees 59/2023 and 61/2023 before the 2025
reform, and after it).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these tests read the
labels only and never run the checker.
"""
from __future__ import annotations

import re
from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_lawful20")


def test_the_set_was_opened_for_study():
    """Blind until session 36, which opened it (the oldest blind lawful set): it is studied now and keeps floors."""
    assert "checker_lawful20" not in BLIND


def test_the_lawful_brief_is_kept():
    """30 lawful documents of 8-30 lines, each clean with no expected finding and a valid schema; 3-8 lawful
    sentences per document, at least 120 in all, each with its reason."""
    assert LABELLED.lawful_brief_problems(lines=(8, 30)) == []


def test_every_lawful_sentence_names_its_basis():
    """Each lawful sentence's reason names the provision (or the fact, or the figures) that makes it lawful."""
    assert LABELLED.reasons_without_basis("QĐ 22/2018") == []


def test_mix_of_types():
    """Mostly unnamed kinds (minutes, notices, decisions, letters) as null, with at least six hương ước or quy ước,
    plans and reports."""
    types = Counter(c["type"] for c in LABELLED.cases())
    assert types[None] >= 15
    assert types["huong_uoc"] >= 6
    assert types["ke_hoach"] >= 2 and types["bao_cao"] >= 2
    assert set(types) <= {None, "huong_uoc", "ke_hoach", "bao_cao"}


def test_mix_of_years_and_the_reform():
    """At least 5 documents under the old rules (before 01/07/2023), 8 under Law 10/2022 before the 2025 reform and 10
    after it; the old ones cite no later law, the later ones name no district, thị trấn or thị xã, and some earlier
    ones name a district as a lawful sentence of their date."""
    assert LABELLED.reform_spread_problems(district=3) == []


def test_the_records_have_their_shapes():
    """Tables flattened into | rows, minutes lines, labelled fields and hard-wrapped lawful sentences are really there,
    the Trưởng thôn (or Tổ trưởng) and the Front committee are named in one line in many records, and each case is
    tagged with the shape of its riskiest line."""
    cases = LABELLED.cases()
    found = LABELLED.record_shapes("Chủ trì|Thư ký",
                                   "Kính gửi|Thành phần|Thời gian|Địa điểm|Đại biểu|Khách mời|Có mặt|Nội dung")
    head_and_front = [c["file"] for c in cases
                      if any(re.search(r"(Trưởng thôn|Tổ trưởng)", line) and "Mặt trận" in line
                             for line in LABELLED.lines(c["file"]))]
    assert len(found["tables"]) >= 8, found["tables"]
    assert len(found["minutes"]) >= 8, found["minutes"]
    assert len(found["labelled"]) >= 8, found["labelled"]
    assert len(found["wrapped"]) >= 5, found["wrapped"]
    assert found["on_table_rows"] >= 10
    assert len(head_and_front) >= 15, head_and_front
    assert LABELLED.shape_spread_problems(kinds=5) == []


def test_counts_add_up():
    """Every share written with its percentage is right to the first decimal: «a/b ... (x,y%)» in a sentence."""
    wrong, checked = LABELLED.share_problems(re.compile(r"(?:tổng số) (\d+) (?:hộ)"),
                                             re.compile(r"\| (\d+) \| (\d+,\d)% \|$"))
    assert wrong == []
    assert checked >= 15
