"""checker_lawful26 (written as a blind held-out set by helper w26 in session 39, opened for study in session 41): thirty lawful records of the people's supervision in
the invented province of Hưng Yên Thượng, 2022-2026 — the Ban Thanh tra nhân dân of communes and wards, of a school and
a health centre and of two state enterprises, and the Ban Giám sát đầu tư của cộng đồng: elections, the Front's
recognitions and founding decisions, plans and programmes, site minutes, reports, answers, notices to investors and the
commune's budget lines for the boards — before the Law, under it and after the 2025 reform. Every document is clean:
any finding on it is a false one. Like the other label tests, these read the labels only and never run the checker.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from tests.labelsets import BLIND, LabelledSet, span_days

LABELLED = LabelledSet("checker_lawful26")
#: the day Decree 59/2023 took effect was 15/08/2023; the brief counts the earlier documents before 16/08/2023
DECREE_DAY = "2023-08-16"
#: the documents of an agency, a public service unit or a state enterprise (Law 10/2022 Chapters III and IV)
WORKPLACE = re.compile(r"truong-thcs|trung-tam-y-te|cong-ty|hoi-nghi-vien-chuc|hoi-nghi-nguoi-lao-dong")
DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def _date(m: re.Match) -> dt.date:
    d, mo, y = map(int, m.groups())
    return dt.date(y, mo, d)


def _texts() -> dict[str, list[str]]:
    return {c["file"]: LABELLED.lines(c["file"]) for c in LABELLED.cases()}


def test_the_lawful_brief_is_kept():
    """30 lawful documents of 10-40 lines, each clean with no expected finding and a valid schema; 3-8 lawful
    sentences per document, at least 120 in all, each with its reason."""
    assert LABELLED.lawful_brief_problems(lines=(10, 40)) == []


def test_every_lawful_sentence_names_its_basis():
    """Each lawful sentence's reason names the provision (or the fact, or the figures) that makes it lawful."""
    assert LABELLED.reasons_without_basis("Pháp lệnh", "NQLT", "Luật Thanh tra") == []


def test_mix_of_types():
    """At least five reports and five plans; the rest (minutes, decisions, notices, answers) null."""
    types = Counter(c["type"] for c in LABELLED.cases())
    assert types["bao_cao"] >= 5 and types["ke_hoach"] >= 5
    assert types[None] >= 10
    assert set(types) <= {None, "ke_hoach", "bao_cao"}


def test_mix_of_years_and_the_reform():
    """At least 5 documents under the old rules, 8 under Law 10/2022 before the 2025 reform and 10 after it; the old
    ones cite no later law, the later ones name no district, thị trấn or thị xã, and at least five lawful sentences of
    the earlier ones name a district, lawful on their date. None is dated between the Law's entry into force and
    16/08/2023, so the periods are the same counted from either day."""
    assert LABELLED.reform_spread_problems(district=5) == []
    cases = LABELLED.cases()
    assert not [c["id"] for c in cases if "2023-07-01" <= c["as_of"] < DECREE_DAY]
    assert sum(c["as_of"] < DECREE_DAY for c in cases) >= 5


def test_the_records_have_their_shapes():
    """Tables flattened into | rows, labelled fields, minutes lines and hard-wrapped lawful sentences are really there;
    every case is tagged with the shape of its riskiest line, all eight shapes used, and the split cases carry a
    lawful sentence hard-wrapped mid-sentence."""
    found = LABELLED.record_shapes("Chủ trì|Thư ký",
                                   "Thời gian|Địa điểm|Thành phần|Chủ trì|Kính gửi|Hình thức|Nội dung|Mục đích|"
                                   "Thời gian niêm yết|Hình thức công khai|Đối tượng giám sát|Kinh phí")
    assert len(found["tables"]) >= 8, found["tables"]
    assert len(found["labelled"]) >= 8, found["labelled"]
    assert len(found["wrapped"]) >= 5, found["wrapped"]
    assert len(found["minutes"]) >= 4, found["minutes"]
    assert found["on_table_rows"] >= 12
    assert LABELLED.shape_spread_problems(kinds=8) == []
    assert len(LABELLED.split_cases()) >= 4
    assert LABELLED.unwrapped_split_cases() == []
    assert len(LABELLED.wrapped_lawful_lines()) >= 12


def test_counts_add_up():
    """Every share written with its percentage is right to the first decimal, in a sentence («a/b ... (x,y%)») or a
    row «| total | count | x,y% |»; and every table's «Tổng» row is the sum of the rows above it, column by column,
    wherever the column holds whole numbers."""
    assert LABELLED.written_share_problems(sentences=12, rows=14) == []
    wrong, totals = LABELLED.table_total_problems(re.compile(r"Tổng"))
    assert wrong == []
    assert totals >= 15


def test_elections_pass_by_the_shares_the_law_sets():
    """Every approval «a/b … (x,y%)» near «tán thành» is over half of its base, and at least two thirds on a line
    about a contribution (Law 10/2022 Art. 21.1, 51.2.c, 69.2.c); every election row «| households | approvals |
    x,y% |» is over half of all households (Art. 21.1)."""
    wrong, checked = LABELLED.approval_share_problems(re.compile(r"tán thành"), re.compile(r"hai phần ba|đóng góp"))
    assert wrong == []
    assert checked >= 10
    rows = [(f, line) for f, lines in _texts().items() for line in lines
            if (m := re.search(r"\| (\d+) \| (\d+) \| (\d+,\d)%", line)) and not 2 * int(m.group(2)) > int(m.group(1))]
    assert rows == []


def test_quorums_are_met():
    """Every conference of a unit or an enterprise that says it is valid («hợp lệ») has at least two thirds of those
    called present (Law 10/2022 Art. 51.2.c, 69.2.c)."""
    seen = 0
    for lines in _texts().values():
        for line in lines:
            if "hợp lệ" in line:
                for a, b in re.findall(r"(\d+)/(\d+)", line):
                    seen += 1
                    assert 3 * int(a) >= 2 * int(b), line
    assert seen >= 2


def test_periods_are_long_enough():
    """Every posting span «từ ngày … đến (hết) ngày …» lasts at least 30 days (Pháp lệnh 34/2007 Art. 7; Law 10/2022
    Art. 13.2); every notice to an investor «chậm nhất là 45 ngày» precedes the supervision by at least 45 days (Art.
    45.1.b); every answer to a board that says when it received the recommendation («nhận được ngày …») is dated
    within 15 days of it (Art. 40.1.c, 63.1.c)."""
    posted = notices = answers = 0
    for case in LABELLED.cases():
        as_of = dt.date.fromisoformat(case["as_of"])
        for line in LABELLED.lines(case["file"]):
            if "niêm yết" in line.lower():
                for days in span_days(line):
                    posted += 1
                    assert days >= 30, (case["file"], line)
            if "chậm nhất là 45 ngày" in line:
                days = sorted(_date(m) for m in DATE.finditer(line))
                notices += 1
                assert len(days) >= 2 and (days[-1] - days[0]).days >= 45, (case["file"], line)
            received = re.search(r"nhận được ngày (\d{1,2})/(\d{1,2})/(\d{4})", line)
            if received:
                answers += 1
                assert 0 <= (as_of - _date(received)).days <= 15, (case["file"], line)
    assert posted >= 4 and notices >= 2 and answers >= 3


def test_boards_have_lawful_sizes_and_terms():
    """Every board «gồm N thành viên» has at least 03 members, and at least 05 outside a unit or an enterprise (Law
    10/2022 Art. 36.1, 41.1, 60.1, 77.1); no board has more than 02 deputies (Decree 59/2023 Art. 13.3, 17.3, 21.3,
    25.2); a unit's or an enterprise's board «nhiệm kỳ YYYY - YYYY» runs two years (Art. 60.3, 77.3)."""
    sizes = terms = 0
    for name, lines in _texts().items():
        workplace = bool(WORKPLACE.search(name))
        for line in lines:
            for n in re.findall(r"gồm (\d+) thành viên", line):
                sizes += 1
                assert int(n) >= (3 if workplace else 5), (name, line)
            for n in re.findall(r"(\d+) Phó Trưởng ban", line):
                assert int(n) <= 2, (name, line)
            if workplace and "Ban Thanh tra nhân dân" in line:
                for y1, y2 in re.findall(r"nhiệm kỳ (\d{4}) - (\d{4})", line):
                    terms += 1
                    assert int(y2) - int(y1) == 2, (name, line)
    assert sizes >= 8 and terms >= 4


def test_the_set_was_opened_for_study():
    """Blind until session 41, which opened it (with the oldest blind sets): it is studied now and keeps floors."""
    assert "checker_lawful26" not in BLIND
