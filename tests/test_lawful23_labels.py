"""checker_lawful23 (written as a blind held-out set, opened for study in session 39): thirty lawful documents of a commune (xã, phường) in the invented province of Bình Sơn, 2022-2026 —
notices publishing the budget, plans, land matters and results; plans to take the people's comments and the reports
summarising them; the commune's answers; the HĐND's resolutions on measures; the yearly report; excerpts of the
commune's quy chế dân chủ — before and after the 2025 reform. Every document is clean: any finding on it is a false
one. Like the other label tests, these read the labels only and never run the checker.
"""
from __future__ import annotations

import re
from collections import Counter

from tests.labelsets import BLIND, LabelledSet, span_days

LABELLED = LabelledSet("checker_lawful23")


def test_the_lawful_brief_is_kept():
    """30 lawful documents of 10-35 lines, each clean with no expected finding and a valid schema; 3-8 lawful
    sentences per document, at least 120 in all, each with its reason."""
    assert LABELLED.lawful_brief_problems(lines=(10, 35)) == []


def test_every_lawful_sentence_names_its_basis():
    """Each lawful sentence's reason names the provision (or the fact, or the figures) that makes it lawful."""
    assert LABELLED.reasons_without_basis("Pháp lệnh", "Luật Đất đai") == []


def test_mix_of_types():
    """At least six plans, six reports, three HĐND resolutions on measures and three quy chế excerpts; the rest
    (notices, answers, minutes) null."""
    types = Counter(c["type"] for c in LABELLED.cases())
    assert types["ke_hoach"] >= 6 and types["bao_cao"] >= 6
    assert types["nghi_quyet_bien_phap"] >= 3 and types["quy_che_xa"] >= 3
    assert types[None] >= 5
    assert set(types) <= {None, "ke_hoach", "bao_cao", "nghi_quyet_bien_phap", "quy_che_xa"}


def test_mix_of_years_and_the_reform():
    """At least 5 documents under the old rules (before 01/07/2023), 8 under Law 10/2022 before the 2025 reform and 10
    after it; the old ones cite no later law, the later ones name no district, thị trấn or thị xã, and at least five
    lawful sentences of the earlier ones name a district, lawful on their date."""
    assert LABELLED.reform_spread_problems(district=5) == []


def test_the_records_have_their_shapes():
    """Tables flattened into | rows, labelled fields, minutes lines and hard-wrapped lawful sentences are really
    there; the Chairman of the UBND and the Front's committee are named in one line in several documents; a deputy
    signs «KT. Chủ tịch» in several; each case is tagged with the shape of its riskiest line."""
    found = LABELLED.record_shapes("Chủ trì|Thư ký",
                                   "Hình thức công khai|Thời gian niêm yết|Địa điểm niêm yết|Cơ quan chủ trì|"
                                   "Hình thức lấy ý kiến|Thời gian lấy ý kiến|Kính gửi|Thời gian|Địa điểm|Thành phần|"
                                   "Nội dung")
    assert len(found["tables"]) >= 8, found["tables"]
    assert len(found["labelled"]) >= 8, found["labelled"]
    assert len(found["wrapped"]) >= 5, found["wrapped"]
    assert len(found["minutes"]) >= 3, found["minutes"]
    assert found["on_table_rows"] >= 10
    chairman = re.compile(r"Chủ tịch UBND (?:xã|phường)")
    front = re.compile(r"Ủy ban MTTQ")
    assert len(LABELLED.files_naming_both(chairman, front)) >= 6
    deputy = [c["file"] for c in LABELLED.cases() if "KT. CHỦ TỊCH" in "\n".join(LABELLED.lines(c["file"]))]
    assert len(deputy) >= 8, deputy
    assert LABELLED.shape_spread_problems(kinds=6) == []


def test_counts_add_up():
    """Every share written with its percentage is right to the first decimal, in a sentence («a/b ... (x,y%)») or a
    row «| total | count | x,y% |»; and every table's «Tổng»/«Toàn» row is the sum of the rows above it, column by
    column, wherever the column holds whole numbers."""
    assert LABELLED.written_share_problems(sentences=5, rows=15) == []

    wrong, totals = LABELLED.table_total_problems(re.compile(r"Tổng|Toàn"))
    assert wrong == []
    assert totals >= 12


def test_periods_are_long_enough():
    """Every span «từ ngày d/m/y đến (hết) ngày d/m/y» on a line that speaks of posting (niêm yết) lasts at least 30
    days after its first day, and on one that speaks of taking comments (lấy ý kiến) at least 20 once Law 10/2022 is in
    force (Art. 13.2, 28.2) — the set's spans really meet the law."""
    seen = 0
    for case in LABELLED.cases():
        for line in LABELLED.lines(case["file"]):
            for days in span_days(line):
                if "niêm yết" in line.lower():
                    seen += 1
                    assert days >= 30, (case["file"], line)
                elif "lấy ý kiến" in line.lower() and case["as_of"] >= "2023-07-01":
                    seen += 1
                    assert days >= 20, (case["file"], line)
    assert seen >= 8


def test_thresholds_are_met_on_all_households():
    """Every approval share «a/b ... (x,y%)» after «tán thành» in a document is over half of its base, and one on a
    line that speaks of a contribution or of two-thirds is at least two-thirds (Law 10/2022 Art. 21.1)."""
    wrong, checked = LABELLED.approval_share_problems(re.compile(r"tán thành"), re.compile(r"hai phần ba|đóng góp"))
    assert wrong == []
    assert checked >= 4


def test_the_set_was_opened_for_study():
    """Blind until session 39, which opened it (the oldest blind lawful set): it is studied now and keeps floors."""
    assert "checker_lawful23" not in BLIND
