"""checker_lawful24 (written as a blind held-out set, opened for study in session 40): thirty lawful records of democracy at the workplace in the invented province of Hòa Giang, 2022-2026 —
excerpts of the quy chế dân chủ of agencies, public service units, a state enterprise and private employers; notices
convening the staff or workers' conference; minutes of conferences and dialogues; the union's decisions recognising the
Ban Thanh tra nhân dân; plans, reports and answers — before Law 10/2022, under it and after the 2025 reform. Every
document is clean: any finding on it is a false one. Like the other label tests, these read the labels only and never
run the checker.
"""
from __future__ import annotations

import re
from collections import Counter

from tests.labelsets import BLIND, LabelledSet, span_days

LABELLED = LabelledSet("checker_lawful24")


def _text(case: dict) -> str:
    return "\n".join(LABELLED.lines(case["file"]))


def test_the_lawful_brief_is_kept():
    """30 lawful documents of 10-35 lines, each clean with no expected finding and a valid schema; 3-8 lawful
    sentences per document, at least 120 in all, each with its reason."""
    assert LABELLED.lawful_brief_problems(lines=(10, 35)) == []


def test_every_lawful_sentence_names_its_basis():
    """Each lawful sentence's reason names the provision (or the fact, or the figures) that makes it lawful."""
    assert LABELLED.reasons_without_basis("Labour Code", "Decree") == []


def test_mix_of_types():
    """At least three quy chế excerpts each of agencies/units and of enterprises, five plans, five reports; the rest
    (notices, minutes, decisions, answers) null."""
    types = Counter(c["type"] for c in LABELLED.cases())
    assert types["quy_che_co_quan"] >= 3 and types["quy_che_doanh_nghiep"] >= 3
    assert types["ke_hoach"] >= 5 and types["bao_cao"] >= 5
    assert types[None] >= 5
    assert set(types) <= {None, "ke_hoach", "bao_cao", "quy_che_co_quan", "quy_che_doanh_nghiep"}


def test_mix_of_years_and_the_reform():
    """At least 5 documents under the earlier rules (before 01/07/2023), 8 under Law 10/2022 before the 2025 reform
    and 10 after it; the old ones cite no later law, the later ones name no district, thị trấn or thị xã, and at least
    five lawful sentences of the earlier ones name a district, lawful on their date."""
    assert LABELLED.reform_spread_problems(district=5) == []


def test_non_state_employers_follow_the_labour_code():
    """Every document of a private company or a cooperative rests on the Labour Code / Decree 145/2020 and none
    claims to be bound by the state-enterprise section; at least four such documents."""
    private = [c for c in LABELLED.cases() if re.search(r"CÔNG TY (TNHH|CỔ PHẦN)(?! MỘT THÀNH VIÊN)|HỢP TÁC XÃ",
                                                        LABELLED.lines(c["file"])[0])]
    assert len(private) >= 4, [c["file"] for c in private]
    for case in private:
        text = _text(case)
        assert "145/2020" in text or "Bộ luật Lao động" in text or "Đối thoại" in text or "đối thoại" in text, case["file"]
        assert "Ban Thanh tra nhân dân gồm" not in text, case["file"]


def test_the_records_have_their_shapes():
    """Tables flattened into | rows, labelled fields, minutes lines and hard-wrapped lawful sentences are really there;
    a deputy signs «KT. GIÁM ĐỐC», «KT. HIỆU TRƯỞNG» or «KT. TỔNG GIÁM ĐỐC» in several; each case is tagged with
    the shape of its riskiest line."""
    found = LABELLED.record_shapes("Chủ trì|Thư ký",
                                   "Thời gian|Địa điểm|Thành phần|Chủ trì|Kính gửi|Nội dung|Nội dung lấy ý kiến|"
                                   "Hình thức|Hình thức công khai|Thời gian lấy ý kiến|Thời gian đăng tải")
    assert len(found["tables"]) >= 8, found["tables"]
    assert len(found["labelled"]) >= 8, found["labelled"]
    assert len(found["wrapped"]) >= 5, found["wrapped"]
    assert len(found["minutes"]) >= 3, found["minutes"]
    assert found["on_table_rows"] >= 10
    deputy = [c["file"] for c in LABELLED.cases()
              if re.search(r"KT\. (GIÁM ĐỐC|HIỆU TRƯỞNG|TỔNG GIÁM ĐỐC)", _text(c))]
    assert len(deputy) >= 8, deputy
    assert LABELLED.shape_spread_problems(kinds=8) == []


def test_counts_add_up():
    """Every share written with its percentage is right to the first decimal, in a sentence («a/b ... (x,y%)») or a
    row «| total | count | x,y% |»; and every table's «Tổng» row is the sum of the rows above it, column by column,
    wherever the column holds whole numbers."""
    assert LABELLED.written_share_problems(sentences=8, rows=10) == []

    wrong, totals = LABELLED.table_total_problems(re.compile(r"Tổng"))
    assert wrong == []
    assert totals >= 12


def test_quorums_and_votes_meet_the_law():
    """Every attendance share «có mặt a/b» is at least two-thirds (Law 10/2022 Art. 51.2.c, 69.2.c) — or over 70% when
    it counts dialogue representatives (Decree 145/2020 Art. 39.4) — and every approval share after «tán thành» or
    a vote row is over half of its base."""
    present = re.compile(r"có mặt (\d+)/(\d+)( thành viên đại diện)?")
    seen = 0
    for case in LABELLED.cases():
        for line in LABELLED.lines(case["file"]):
            for m in present.finditer(line.lower()):
                a, b = int(m.group(1)), int(m.group(2))
                seen += 1
                if m.group(3):
                    assert 10 * a > 7 * b, (case["file"], line)
                else:
                    assert 3 * a >= 2 * b, (case["file"], line)
    assert seen >= 5
    wrong, checked = LABELLED.approval_share_problems(re.compile(r"tán thành|phiếu"), re.compile(r"^(?!)"))
    assert wrong == []
    assert checked >= 5


def test_periods_are_long_enough():
    """Every span «từ ngày d/m/y đến (hết) ngày d/m/y» on a line that speaks of posting (niêm yết) or of putting on the
    internal system (đăng tải, công khai) lasts at least 20 days (Law 10/2022 Art. 48, 66)."""
    seen = 0
    for case in LABELLED.cases():
        lines = LABELLED.lines(case["file"])
        for i, line in enumerate(lines):
            context = (lines[i - 1] + " " + line).lower() if i else line.lower()
            for days in span_days(line):
                if not re.search(r"niêm yết|đăng tải|công khai", context):
                    continue
                seen += 1
                assert days >= 20, (case["file"], line)
    assert seen >= 4


def test_ban_thanh_tra_sizes_are_lawful():
    """Every «Ban … gồm NN thành viên» has 03-09 members, or more only where the document says the unit is dispersed
    (Law 10/2022 Art. 60.1, 77.1); with more than nine, at most two deputies (Decree 59/2023 Art. 21.3, 25.2)."""
    size = re.compile(r"gồm (\d{2}) thành viên", re.I)
    seen = 0
    for case in LABELLED.cases():
        text = _text(case)
        for m in size.finditer(text):
            n = int(m.group(1))
            seen += 1
            assert 3 <= n <= 9 or re.search(r"phân tán|cách xa nhau", text), (case["file"], n)
            if n >= 9:
                assert re.search(r"02 Phó Trưởng ban|Phó Trưởng ban: [^;]+; [^;]+;", text), (case["file"], n)
    assert seen >= 4


def test_the_set_was_opened_for_study():
    """Blind until session 40, which opened it (with the oldest blind lawful sets): it is studied now and keeps floors."""
    assert "checker_lawful24" not in BLIND
