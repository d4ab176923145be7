"""checker_lawful25 (written as a blind held-out set, opened for study in session 40): thirty lawful records on hương ước and quy ước in the invented province of Tân An Hạ, 2022-2026 —
excerpts of the hương ước of thôn, làng, bản and ấp and the quy ước of tổ dân phố; the minutes and ballots adopting them;
the decisions recognising (by the district before Decree 61/2023, by the commune after it) or suspending them; notices,
plans, an answer to a complaint and yearly reports — before Law 10/2022, under it and after the 2025 reform. Every
document is clean: any finding on it is a false one. Like the other label tests, these read the labels only and never
run the checker.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_lawful25")
#: the day Decree 61/2023/NĐ-CP took effect (its Art. 25.1) and QĐ 22/2018/QĐ-TTg ended
DECREE_61_DAY = "2023-08-16"


def _text(case: dict) -> str:
    return "\n".join(LABELLED.lines(case["file"]))


def _date(text: str) -> dt.date:
    d, m, y = map(int, text.split("/"))
    return dt.date(y, m, d)


def _working_days(start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end`` (Monday to Friday)."""
    return sum(1 for n in range(1, (end - start).days + 1) if (start + dt.timedelta(n)).weekday() < 5)


def test_the_lawful_brief_is_kept():
    """30 lawful documents of 10-40 lines, each clean with no expected finding and a valid schema; 3-8 lawful
    sentences per document, at least 120 in all, each with its reason."""
    assert LABELLED.lawful_brief_problems(lines=(10, 40)) == []


def test_every_lawful_sentence_names_its_basis():
    """Each lawful sentence's reason names the provision (or the fact, or the figures) that makes it lawful."""
    assert LABELLED.reasons_without_basis("QĐ 22/2018", "Pháp lệnh 34/2007") == []


def test_mix_of_types():
    """At least fourteen hương ước / quy ước excerpts, three reports and two plans; the rest (minutes, decisions,
    notices, an answer) null."""
    types = Counter(c["type"] for c in LABELLED.cases())
    assert types["huong_uoc"] >= 14
    assert types["bao_cao"] >= 3 and types["ke_hoach"] >= 2
    assert types[None] >= 5
    assert set(types) <= {None, "huong_uoc", "ke_hoach", "bao_cao"}


def test_the_excerpts_look_like_huong_uoc():
    """Every hương ước / quy ước excerpt has «Điều N.» headings (two at least) and names its community; at least five
    carry a list of points «a)», «b)»."""
    listed = 0
    for case in LABELLED.cases():
        if case["type"] != "huong_uoc":
            continue
        lines = LABELLED.lines(case["file"])
        assert sum(bool(re.match(r"Điều \d+\.", line)) for line in lines) >= 2, case["file"]
        assert re.search(r"(HƯƠNG|QUY) ƯỚC (THÔN|LÀNG|BẢN|ẤP|TỔ DÂN PHỐ)", _text(case)), case["file"]
        listed += any(line.startswith("a) ") for line in lines) and any(line.startswith("b) ") for line in lines)
    assert listed >= 5, listed


def test_mix_of_years_and_the_reform():
    """At least 5 documents under the earlier rules (before 01/07/2023), 8 under Law 10/2022 before the 2025 reform
    and 10 after it; the old ones cite no later law, the later ones name no district, thị trấn or thị xã, and at least
    eight lawful sentences of the earlier ones name a district, lawful on their date. At least five documents are
    dated before Decree 61/2023 took effect."""
    assert LABELLED.reform_spread_problems(district=8) == []
    assert sum(c["as_of"] < DECREE_61_DAY for c in LABELLED.cases()) >= 5


def test_recognition_moves_from_the_district_to_the_commune():
    """A recognition decision dated before 16/08/2023 comes from a district People's Committee under QĐ 22/2018; one
    dated from that day from a commune or ward (Decree 61 Art. 11.1). Both kinds are in the set."""
    decisions = [c for c in LABELLED.cases() if "quyet-dinh-cong-nhan" in c["file"]]
    before = [c for c in decisions if c["as_of"] < DECREE_61_DAY]
    after = [c for c in decisions if c["as_of"] >= DECREE_61_DAY]
    assert before and len(after) >= 2
    for case in before:
        assert LABELLED.lines(case["file"])[0].startswith("ỦY BAN NHÂN DÂN HUYỆN"), case["file"]
        assert "22/2018/QĐ-TTg" in _text(case) and "61/2023" not in _text(case), case["file"]
    for case in after:
        assert re.match(r"ỦY BAN NHÂN DÂN (XÃ|PHƯỜNG) ", LABELLED.lines(case["file"])[0]), case["file"]
        assert "61/2023/NĐ-CP" in _text(case), case["file"]


def test_effect_runs_from_the_recognition():
    """Every line saying when a hương ước or quy ước takes effect ties it to the recognition decision (Decree 61 Art.
    11.5; before it, QĐ 22/2018) or to the signing of the decision that recognises it."""
    seen = 0
    for case in LABELLED.cases():
        for line in LABELLED.lines(case["file"]):
            if re.search(r"(ước|bổ sung)[^.;]*có hiệu lực", line, re.I):
                seen += 1
                assert "công nhận" in line or "ký Quyết định này" in line, (case["file"], line)
    assert seen >= 10


def test_no_community_fines():
    """The set's measures for breaches stay within Decree 61 Art. 5.4: no line sets a money fine of the community's
    own, and at least eight documents pass breaches of the law to the authorities «theo quy định của pháp luật»."""
    fine = re.compile(r"nộp phạt|phạt tiền|phạt \d|bị phạt", re.I)
    for case in LABELLED.cases():
        assert not any(fine.search(line) for line in LABELLED.lines(case["file"])), case["file"]
    passed_on = [c["file"] for c in LABELLED.cases() if "theo quy định của pháp luật" in _text(c).replace("\n", " ")]
    assert len(passed_on) >= 8, passed_on


def test_the_records_have_their_shapes():
    """Tables flattened into | rows, labelled fields, minutes lines and hard-wrapped lawful sentences are really there;
    each case is tagged with the shape of its riskiest line, and all eight shapes are used."""
    found = LABELLED.record_shapes("Chủ trì|Thư ký",
                                   "Thời gian|Địa điểm|Thành phần|Chủ trì|Kính gửi|Nội dung|Thời gian niêm yết|"
                                   "Hình thức góp ý|Mục đích|Kinh phí")
    assert len(found["tables"]) >= 7, found["tables"]
    assert len(found["labelled"]) >= 10, found["labelled"]
    assert len(found["wrapped"]) >= 8, found["wrapped"]
    assert len(found["minutes"]) >= 4, found["minutes"]
    assert found["on_table_rows"] >= 10
    assert LABELLED.shape_spread_problems(kinds=8) == []


def test_counts_add_up():
    """Every share written with its percentage is right to the first decimal, in a sentence («a/b ... (x,y%)») or a
    row «| total | count | x,y% |»; and every table's «Tổng» row is the sum of the rows above it, column by column,
    wherever the column holds whole numbers."""
    assert LABELLED.written_share_problems(sentences=15, rows=12) == []

    wrong, totals = LABELLED.table_total_problems(re.compile(r"Tổng"))
    assert wrong == []
    assert totals >= 10


def test_quorums_and_votes_meet_the_law():
    """Every attendance share «dự họp a/b» is over half of all households (Decree 61 Art. 10.1.a); every approval
    share after «tán thành» or a ballot count is over half of its base (Decree 61 Art. 10; Law 10/2022 Art. 21.1), and
    on a line about a contribution (đóng góp, kinh phí) at least two thirds (Law 10/2022 Art. 15.1-15.2, 21.1)."""
    present = re.compile(r"dự họp:? (\d+)/(\d+)")
    seen = 0
    for case in LABELLED.cases():
        for line in LABELLED.lines(case["file"]):
            for m in present.finditer(line):
                a, b = int(m.group(1)), int(m.group(2))
                seen += 1
                assert 2 * a > b, (case["file"], line)
    assert seen >= 3
    wrong, checked = LABELLED.approval_share_problems(re.compile(r"tán thành|phiếu"),
                                                      re.compile(r"đóng góp|kinh phí", re.I))
    assert wrong == []
    assert checked >= 12


def test_contributions_are_voted_by_two_thirds():
    """At least four documents record a contribution the people voted, each share at least two thirds of all
    households."""
    voted = re.compile(r"(\d+)/(\d+) hộ tán thành")
    found = []
    for case in LABELLED.cases():
        for line in LABELLED.lines(case["file"]):
            if re.search(r"đóng góp", line, re.I):
                for m in voted.finditer(line):
                    a, b = int(m.group(1)), int(m.group(2))
                    assert 3 * a >= 2 * b, (case["file"], line)
                    found.append(case["file"])
    assert len(set(found)) >= 4, found


def test_drafts_are_posted_thirty_days():
    """Every span «từ ngày d/m/y đến (hết) ngày d/m/y» on a line (or after a line) that speaks of posting a draft
    (niêm yết) lasts at least 30 days (Decree 61 Art. 9.1; the older drafts kept to it too)."""
    span = re.compile(r"từ ngày (\d{1,2}/\d{1,2}/\d{4}) đến (?:hết )?ngày (\d{1,2}/\d{1,2}/\d{4})", re.I)
    seen = 0
    for case in LABELLED.cases():
        lines = LABELLED.lines(case["file"])
        for i, line in enumerate(lines):
            context = (lines[i - 1] + " " + line).lower() if i else line.lower()
            if "niêm yết" not in context:
                continue
            for m in span.finditer(line):
                seen += 1
                assert (_date(m.group(2)) - _date(m.group(1))).days + 1 >= 30, (case["file"], line)
    assert seen >= 7


#: (file, the earlier day, the later day, at most this many working days, the provision)
DEADLINES = [
    ("l25-10-quyet-dinh-cong-nhan-huong-uoc-thon-dong-phu-2023.txt", "18/10/2023", "24/10/2023", 5, "61 Art. 11.3.b"),
    ("l25-09-bien-ban-hop-thon-dong-phu-thong-qua-huong-uoc-2023.txt", "15/10/2023", "18/10/2023", 5, "61 Art. 11.3.a"),
    ("l25-15-quyet-dinh-tam-ngung-mot-phan-huong-uoc-ban-khe-van-2024.txt", "15/8/2024", "20/8/2024", 3, "61 Art. 12.2"),
    ("l25-21-quyet-dinh-cong-nhan-quy-uoc-to-dan-pho-so-3-2025.txt", "24/9/2025", "29/9/2025", 5, "61 Art. 11.3.b"),
    ("l25-19-bien-ban-hop-to-dan-pho-so-3-thong-qua-quy-uoc-2025.txt", "21/9/2025", "24/9/2025", 5, "61 Art. 11.3.a"),
    ("l25-26-tra-loi-phan-anh-huong-uoc-ban-khe-van-2026.txt", "11/3/2026", "18/3/2026", 5, "61 Art. 14.3"),
]


def test_the_commune_keeps_its_deadlines():
    """The recognitions, the suspension and the answer fall within the working days Decree 61 gives (Art. 11.3,
    12.2, 14.3), counted from the dates the documents state (the meeting or the receipt; the decision)."""
    for name, start, end, limit, basis in DEADLINES:
        case = next(c for c in LABELLED.cases() if c["file"] == name)
        assert start in _text(case) or end in _text(case), name
        assert _working_days(_date(start), _date(end)) <= limit, (name, basis)


def test_the_set_was_opened_for_study():
    """Blind until session 40, which opened it (with the oldest blind lawful sets): it is studied now and keeps floors."""
    assert "checker_lawful25" not in BLIND
