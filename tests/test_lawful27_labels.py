"""checker_lawful27 (a blind held-out set, helper w27, session 40): thirty lawful records of the thôn and the tổ dân phố
and their Trưởng thôn / Tổ trưởng in the invented province of Yên Bình Nam, 2022-2026 — community meetings and their
minutes, household ballots and an online vote, the election, removal and acting appointment of a Trưởng thôn and the
commune's decisions recognising them, the yearly meeting, the Ban công tác Mặt trận, the people's comments — before
Law 10/2022, under it and after the 2025 reform. Every document is clean: any finding on it is a false one. Like the
other label tests, these read the labels only and never run the checker.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from tests.labelsets import BLIND, LAW_DAY, LabelledSet, span_days

LABELLED = LabelledSet("checker_lawful27")


def test_the_lawful_brief_is_kept():
    """30 lawful documents of 10-40 lines, each clean with no expected finding and a valid schema; 3-8 lawful
    sentences per document, at least 120 in all, each with its reason."""
    assert LABELLED.lawful_brief_problems(lines=(10, 40)) == []


def test_every_lawful_sentence_names_its_basis():
    """Each lawful sentence's reason names the provision (or the fact, or the figures) that makes it lawful."""
    assert LABELLED.reasons_without_basis("Pháp lệnh", "Thông tư", "Nghị định") == []


def test_mix_of_types():
    """At least five plans and five reports; the rest (minutes, decisions, notices, answers) null."""
    types = Counter(c["type"] for c in LABELLED.cases())
    assert types["ke_hoach"] >= 5 and types["bao_cao"] >= 5
    assert types[None] >= 10
    assert set(types) <= {None, "ke_hoach", "bao_cao"}


def test_mix_of_years_and_the_reform():
    """At least 5 documents under the old rules (before 01/07/2023, so also before Decree 59/2023 took effect on
    15/08/2023), 8 under Law 10/2022 before the reform and 10 after it; the old ones cite no later law, the later ones
    name no district, thị trấn or thị xã, and at least five lawful sentences of the earlier ones name a district."""
    assert LABELLED.reform_spread_problems(district=5) == []
    old, between, _ = LABELLED.periods()
    assert all(c["as_of"] < "2023-08-16" for c in old)
    assert all(c["as_of"] >= "2023-08-16" for c in between)
    assert not any("chuyện" in "\n".join(LABELLED.lines(c["file"])).lower() for c in LABELLED.cases())


def test_the_records_have_their_shapes():
    """Tables flattened into | rows, labelled fields, minutes lines and hard-wrapped lawful sentences are really there;
    every one of the eight shapes tags some case and «split» cases carry a hard-wrapped lawful sentence."""
    found = LABELLED.record_shapes(r"Ý kiến[^:\n]{0,80}|Kết luận|Trả lời[^:\n]{0,60}",
                                   "Thời gian|Địa điểm|Thành phần|Chủ trì|Thư ký|Nội dung")
    assert len(found["tables"]) >= 8, found["tables"]
    assert len(found["labelled"]) >= 8, found["labelled"]
    assert len(found["wrapped"]) >= 5, found["wrapped"]
    assert len(found["minutes"]) >= 4, found["minutes"]
    assert found["on_table_rows"] >= 10
    assert LABELLED.shape_spread_problems(kinds=8) == []
    assert len(LABELLED.split_cases()) >= 3
    assert LABELLED.unwrapped_split_cases() == []
    assert len(LABELLED.wrapped_lawful_lines()) >= 6


def test_counts_add_up():
    """Every share written with its percentage is right to the first decimal, in a sentence («a/b ... (x,y%)») or a
    row «| total | count | x,y% |»; and every table's «Tổng» row is the sum of the rows above it, column by column,
    wherever the column holds whole numbers."""
    assert LABELLED.written_share_problems(sentences=20, rows=15) == []
    wrong, totals = LABELLED.table_total_problems(re.compile(r"Tổng"))
    assert wrong == []
    assert totals >= 12


def test_thresholds_are_met_on_all_households():
    """Every approval share «a/b ... (x,y%)» after «tán thành» or «đồng ý» is over half of its base; under Law 10/2022
    one on a line that speaks of a contribution or of two-thirds is at least two-thirds (Art. 21.1). Before the Law
    (Pháp lệnh 34/2007) over half sufficed, and the set holds such a lawful share below two-thirds."""
    approval = re.compile(r"tán thành|đồng ý")
    wrong, checked = LABELLED.approval_share_problems(approval, re.compile(r"(?!)"))
    assert wrong == []
    assert checked >= 15
    wrong, checked = LABELLED.approval_share_problems(approval, re.compile(r"hai phần ba|đóng góp"), since=LAW_DAY)
    assert wrong == []
    old_below = [c["file"] for c in LABELLED.cases() if c["as_of"] < LAW_DAY
                 for line in LABELLED.lines(c["file"]) if "đóng góp" in line
                 for a, b in re.findall(r"(\d+)/(\d+) hộ gia đình tán thành", line) if 3 * int(a) < 2 * int(b)]
    assert old_below


def test_periods_are_long_enough():
    """Every span «từ ngày d/m/y đến (hết) ngày d/m/y» on a line that speaks of posting (niêm yết) lasts at least 30
    days after its first day (Law 10/2022 Art. 13.2), and on one that speaks of taking the people's comments (lấy ý
    kiến Nhân dân) at least 20 (Art. 28.2)."""
    seen = 0
    for case in LABELLED.cases():
        for line in LABELLED.lines(case["file"]):
            for days in span_days(line):
                if "niêm yết" in line.lower():
                    seen += 1
                    assert days >= 30, (case["file"], line)
                elif "lấy ý kiến nhân dân" in line.lower():
                    seen += 1
                    assert days >= 20, (case["file"], line)
    assert seen >= 4


def _working_days_after(start: dt.date, end: dt.date) -> int:
    """Working days (Monday-Friday) after ``start`` up to and including ``end``."""
    return sum((start + dt.timedelta(days=k)).weekday() < 5 for k in range(1, (end - start).days + 1))


def test_recognitions_come_within_five_working_days():
    """Every decision recognising an election or a removal is dated within 05 working days of the day the commune
    received the community's decision («gửi (đến) UBND xã ngày …», «UBND xã nhận ngày …»; Decree 59 Art. 8, 9.3)."""
    received = re.compile(r"(?:gửi (?:đến )?UBND xã|UBND xã nhận) ngày (\d{1,2})/(\d{1,2})/(\d{4})")
    checked = 0
    for case in LABELLED.cases():
        text = "\n".join(LABELLED.lines(case["file"]))
        if "công nhận" not in text or "QUYẾT ĐỊNH" not in text:
            continue
        for m in received.finditer(text):
            d, mo, y = map(int, m.groups())
            checked += 1
            assert _working_days_after(dt.date(y, mo, d), dt.date.fromisoformat(case["as_of"])) <= 5, case["file"]
    assert checked >= 4


def test_the_set_is_blind():
    """Written as a blind held-out set: measured by totals only, never studied."""
    assert "checker_lawful27" in BLIND
