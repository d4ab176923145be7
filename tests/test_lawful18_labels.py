"""The coverage brief of tests/data/checker_lawful18/ (written as a blind held-out set, opened for study in session 34: lawful records of grassroots democracy:
minutes, tally and voting sheets, registers, notices with labelled fields, plans and reports with tables, two hương
ước and quy ước, in the villages, tổ dân phố, communes and supervision boards of the invented province of Sơn Hà, dated
from 2022 to 2026 — under the old ordinance, under Law 10/2022 before the 2025 reform, and after it).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these tests read the
labels only and never run the checker.
"""
from __future__ import annotations

import re
from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_lawful18")


def test_the_set_was_opened_for_study():
    """Blind until session 34, which opened it (the oldest blind lawful set): it is studied now and keeps floors."""
    assert "checker_lawful18" not in BLIND


def test_the_lawful_brief_is_kept():
    """30 lawful documents of 8-30 lines, each clean with no expected finding and a valid schema; 3-8 lawful
    sentences per document, at least 120 in all, each with its reason."""
    assert LABELLED.lawful_brief_problems(lines=(8, 30)) == []


def test_every_lawful_sentence_names_its_basis():
    """Each lawful sentence's reason names the provision (or the fact, or the figures) that makes it lawful."""
    assert LABELLED.reasons_without_basis("Thông tư", "Quyết định", "Nghị định") == []


def test_mix_of_types():
    """Mostly unnamed kinds (minutes, sheets, notices, decisions) as null, with plans, reports and hương ước."""
    types = Counter(c["type"] for c in LABELLED.cases())
    assert types[None] >= 15
    assert types["ke_hoach"] >= 3 and types["bao_cao"] >= 3 and types["huong_uoc"] >= 2
    assert set(types) <= {None, "ke_hoach", "bao_cao", "huong_uoc"}


def test_mix_of_years_and_the_reform():
    """At least 5 documents under the old rules (before 01/07/2023), 8 under Law 10/2022 before the 2025 reform and 10
    after it; the old ones cite no later law, the later ones name no district except as history."""
    cases = LABELLED.cases()
    assert {"2022", "2023", "2024", "2025", "2026"} <= {c["as_of"][:4] for c in cases}
    old, between, after = LABELLED.periods()
    assert len(old) >= 5 and len(between) >= 8 and len(after) >= 10
    assert LABELLED.citing_later_law(old) == []
    for case in after:
        for line in LABELLED.lines(case["file"]):
            for hit in re.finditer(r"(huyện|thị trấn|thị xã) [A-ZĐ]\w*( [A-ZĐ]\w*)?", line):
                assert "(cũ)" in line[hit.end():hit.end() + 6] or line[hit.end():].startswith(" (cũ)"), (case["file"], line)
    history = [m for c in after for m in c["must_not_flag"] if "cũ" in m["contains"]]
    assert len(history) >= 4


def test_the_records_have_their_shapes():
    """Tables flattened into | rows, minutes lines, labelled fields and hard-wrapped lawful sentences are really there,
    and each case is tagged with the shape of its riskiest line."""
    cases = LABELLED.cases()
    found = LABELLED.record_shapes(r"(?:Chủ trì|Thư ký)(?: hội nghị)?",
                                   "Người ký|Thời hạn niêm yết|Thành phần|Kính gửi|Nội dung lấy ý kiến|Tham dự")
    opinions = [c["file"] for c in cases
                if any(re.match(r"(Ý kiến|Kết luận)\b", line) for line in LABELLED.lines(c["file"]))]
    assert len(found["tables"]) >= 8, found["tables"]
    assert len(found["minutes"]) >= 8, found["minutes"]
    assert len(found["labelled"]) >= 8, found["labelled"]
    assert len(opinions) >= 8, opinions
    assert len(found["wrapped"]) >= 5, found["wrapped"]
    assert found["on_table_rows"] >= 15
    assert LABELLED.shape_spread_problems(kinds=4) == []


def test_counts_in_table_rows_add_up():
    """Every share written with its percentage is right to the first decimal: «a/b ... (x,y%)» in a sentence, and
    «| n | x,y%» rows under a table header that states its base («Tỷ lệ / 238 hộ», «Tỷ lệ / tổng số 264 hộ»)."""
    wrong, checked = LABELLED.share_problems(re.compile(r"Tỷ lệ / (?:tổng số )?(\d+) hộ"),
                                             re.compile(r"\| (\d+) \| (\d+,\d)%$"))
    assert wrong == []
    assert checked >= 15
