"""The coverage brief of tests/data/checker_lawful21/ (written as a blind held-out set, opened for study in session 37: of lawful documents of the commune and the ward
and of their supervision boards: excerpts of a commune's quy chế dân chủ, HĐND resolutions on measures, the UBND's
plans and reports on publication and on taking comments, posting notices with their items, places and periods in |
rows, the Front's decisions forming or recognising the Ban Thanh tra nhân dân and the Ban Giám sát đầu tư của cộng
đồng, their minutes and reports, the Front's conference, a commune's dialogue with residents and its answers to
recommendations — in the communes and wards of the invented province of Tây Hòa, dated from 2022 to 2026: under the
old rules before Law 10/2022 took effect, under Law 10/2022 and Decree 59/2023 before the 2025 reform, and after it).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these tests read the
labels only and never run the checker.
"""
from __future__ import annotations

import re
from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_lawful21")


def test_the_set_was_opened_for_study():
    """Blind until session 37, which opened it (the oldest blind lawful set): it is studied now and keeps floors."""
    assert "checker_lawful21" not in BLIND


def test_the_lawful_brief_is_kept():
    """30 lawful documents of 8-30 lines, each clean with no expected finding and a valid schema; 3-8 lawful
    sentences per document, at least 120 in all, each with its reason."""
    assert LABELLED.lawful_brief_problems(lines=(8, 30)) == []


def test_every_lawful_sentence_names_its_basis():
    """Each lawful sentence's reason names the provision (or the fact, or the figures) that makes it lawful."""
    assert LABELLED.reasons_without_basis() == []


def test_mix_of_types():
    """Mostly unnamed kinds (minutes, notices, decisions) as null, with at least four commune quy chế excerpts and
    four HĐND resolutions on measures, and some plans and reports."""
    types = Counter(c["type"] for c in LABELLED.cases())
    assert types[None] >= 12
    assert types["quy_che_xa"] >= 4
    assert types["nghi_quyet_bien_phap"] >= 4
    assert types["ke_hoach"] >= 2 and types["bao_cao"] >= 2
    assert set(types) <= {None, "quy_che_xa", "nghi_quyet_bien_phap", "ke_hoach", "bao_cao"}


def test_mix_of_years_and_the_reform():
    """At least 5 documents under the old rules (before 01/07/2023), 8 under Law 10/2022 before the 2025 reform and 10
    after it; the old ones cite no later law, the later ones name no district, thị trấn or thị xã, and some earlier
    ones name a district as a lawful sentence of their date."""
    assert LABELLED.reform_spread_problems(district=5) == []


def test_the_records_have_their_shapes():
    """Tables flattened into | rows, minutes lines, labelled fields and hard-wrapped lawful sentences are really there,
    the commune's chairman and the Front's chairman are named in one line in several records, and each case is tagged
    with the shape of its riskiest line."""
    found = LABELLED.record_shapes("Chủ trì|Thư ký",
                                   "Kính gửi|Thành phần|Thời gian|Thời gian niêm yết|Địa điểm|Cơ quan ban hành|Nội dung|Có mặt")
    two_chairmen = LABELLED.files_naming_both(re.compile(r"Chủ tịch (UBND|Ủy ban nhân dân) xã"),
                                              re.compile(r"Chủ tịch Ủy ban MTTQ"))
    assert len(found["tables"]) >= 8, found["tables"]
    assert len(found["minutes"]) >= 8, found["minutes"]
    assert len(found["labelled"]) >= 8, found["labelled"]
    assert len(found["wrapped"]) >= 5, found["wrapped"]
    assert found["on_table_rows"] >= 10
    assert len(two_chairmen) >= 5, two_chairmen
    assert LABELLED.shape_spread_problems(kinds=5) == []


def test_counts_add_up():
    """Every share written with its percentage is right to the first decimal: «a/b ... (x,y%)» in a sentence, and
    table rows «| total | count | x,y%» (the count's share of the row's total)."""
    assert LABELLED.written_share_problems(sentences=5, rows=15) == []
