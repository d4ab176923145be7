"""checker_lawful28 (written as a blind held-out set, helper w28, session 41): thirty lawful records of petitions,
complaints, denunciations, supervision and discipline in the invented province of Đông Lâm Hạ, 2022-2026 — the words of
Law 10/2022 Art. 9 used lawfully: answers of communes, public service units and state companies within the law's times,
the supervision boards' reports, notices of denunciation results naming no denouncer, sanctions and transfers for stated
reasons, lists leaving out households for lawful reasons, information kept back as the law allows, votes counted on all
households, prohibitions restated — before and after the 2025 reform. Every document is clean: any finding on it is a
false one. Like the other label tests, these read the labels only and never run the checker.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from tests.labelsets import BLIND, SPAN, LabelledSet, span_days

LABELLED = LabelledSet("checker_lawful28")


def test_the_lawful_brief_is_kept():
    """30 lawful documents of 10-40 lines, each clean with no expected finding and a valid schema; 3-8 lawful
    sentences per document, at least 120 in all, each with its reason."""
    assert LABELLED.lawful_brief_problems(lines=(10, 40)) == []


def test_every_lawful_sentence_names_its_basis():
    """Each lawful sentence's reason names the provision (or the fact, or the figures) that makes it lawful."""
    assert LABELLED.reasons_without_basis("Luật", "Bộ luật", "Nghị định", "Quyết định", "Pháp lệnh") == []


def test_mix_of_types():
    """At least six reports and four quy chế or hương ước (of an agency, a commune or a village); the rest (answers,
    notices, minutes, decisions) null."""
    types = Counter(c["type"] for c in LABELLED.cases())
    assert types["bao_cao"] >= 6
    assert types["quy_che_co_quan"] + types["quy_che_xa"] + types["huong_uoc"] >= 4
    assert min(types["quy_che_co_quan"], types["quy_che_xa"], types["huong_uoc"]) >= 1
    assert types[None] >= 10
    assert set(types) <= {None, "bao_cao", "quy_che_co_quan", "quy_che_xa", "huong_uoc"}


def test_mix_of_years_and_the_reform():
    """At least 5 documents under the old rules (before 01/07/2023, so also before Decree 61's 16/08/2023), 8 under Law
    10/2022 before the reform and 10 after it; the old ones cite no later law, the later ones name no district, thị
    trấn or thị xã (nor a word hiding «huyện», such as «chuyện»), and at least eight lawful sentences of the earlier
    ones name a district, lawful on their date."""
    assert LABELLED.reform_spread_problems(district=8) == []
    old, _, _ = LABELLED.periods()
    assert all(c["as_of"] < "2023-08-16" for c in old)


def test_the_records_have_their_shapes():
    """Tables flattened into | rows, labelled fields, minutes lines and hard-wrapped lawful sentences are really there;
    every shape tag is used, each case tagged with the shape of its riskiest line, and the split cases carry a lawful
    sentence hard-wrapped mid-sentence."""
    found = LABELLED.record_shapes("Chủ trì|Thư ký|Kết luận|Ý kiến[^:]*",
                                   "Kính gửi|Nội dung[^:]*|Ngày nhận|Ngày thụ lý|Văn bản kiến nghị|Kết quả[^:]*|"
                                   "Thời hạn[^:]*|Thời gian[^:]*|Địa điểm|Thành phần|Lý do[^:]*|Mức hỗ trợ|Người khiếu nại|"
                                   "Quyết định bị khiếu nại")
    assert len(found["tables"]) >= 9, found["tables"]
    assert len(found["labelled"]) >= 12, found["labelled"]
    assert len(found["wrapped"]) >= 6, found["wrapped"]
    assert len(found["minutes"]) >= 3, found["minutes"]
    assert found["on_table_rows"] >= 15
    assert LABELLED.shape_spread_problems(kinds=8) == []
    assert len(LABELLED.split_cases()) >= 4
    assert LABELLED.unwrapped_split_cases() == []


def test_counts_add_up():
    """Every share written with its percentage is right to the first decimal, in a sentence («a/b ... (x,y%)») or a
    row «| total | count | x,y% |»; and every table's «Tổng» row is the sum of the rows above it, column by column,
    wherever the column holds whole numbers."""
    assert LABELLED.written_share_problems(sentences=5, rows=15) == []
    wrong, totals = LABELLED.table_total_problems(re.compile(r"Tổng"))
    assert wrong == []
    assert totals >= 20


def test_votes_are_counted_on_all_households():
    """Every approval share «a/b ... (x,y%)» after «tán thành» is over half of its base, and one on a line speaking of
    a contribution or of two-thirds is at least two-thirds (Law 10/2022 Art. 21.1)."""
    wrong, checked = LABELLED.approval_share_problems(re.compile(r"tán thành"), re.compile(r"hai phần ba|đóng góp"))
    assert wrong == []
    assert checked >= 3


_STATED = re.compile(SPAN.pattern + r"\s*\((\d+) ngày\)")


def test_stated_periods_match_their_dates_and_the_law():
    """Every span «từ ngày … đến (hết) ngày …» that states its length «(N ngày)» states it right; and every span on a
    line that speaks of posting lasts at least 30 days (Law 10/2022 Art. 13.2), one answering a kiến nghị at most 15
    (Art. 40.1.c, 45.2.c, 63.1.c, 81.1.d), one settling a denunciation at most 30, or 90 once extended (Luật Tố cáo
    Art. 30), one settling a complaint at most 30 (Luật Khiếu nại Art. 28)."""
    stated = posted = replied = 0
    for case in LABELLED.cases():
        for line in LABELLED.lines(case["file"]):
            for m in _STATED.finditer(line):
                d1, mo1, y1, d2, mo2, y2, n = map(int, m.groups())
                assert (dt.date(y2, mo2, d2) - dt.date(y1, mo1, d1)).days == n, (case["file"], line)
                stated += 1
            for days in span_days(line):
                low = line.lower()
                if "niêm yết" in low:
                    posted += 1
                    assert days >= 30, (case["file"], line)
                elif "kiến nghị" in low:
                    replied += 1
                    assert days <= 15, (case["file"], line)
                elif "tố cáo" in low:
                    replied += 1
                    assert days <= (90 if "gia hạn" in low else 30), (case["file"], line)
                elif "khiếu nại" in low:
                    replied += 1
                    assert days <= 30, (case["file"], line)
    assert stated >= 10 and posted >= 5 and replied >= 10, (stated, posted, replied)


def test_denouncers_are_never_named():
    """No line speaking of «người tố cáo» names an «ông»/«bà»; every notice of a denunciation's conclusion says the
    denouncer's identity is kept back (Luật Tố cáo Art. 40.3; Law 10/2022 Art. 9.2)."""
    notices = 0
    for case in LABELLED.cases():
        lines = LABELLED.lines(case["file"])
        for line in lines:
            if "người tố cáo" in line.lower():
                assert not re.search(r"\b(?:ông|bà) [A-ZĐ]", line), (case["file"], line)
        if any("Kết luận nội dung tố cáo" in line for line in lines):
            notices += 1
            assert any("người tố cáo" in line and re.search(r"không (?:được )?nêu|giữ bí mật", line) for line in lines), \
                case["file"]
    assert notices >= 3


_MEASURE = re.compile(r"kỷ luật|điều chuyển|điều động|phân công|chấm dứt|nhắc nhở|bị loại|không đưa vào|đưa ra khỏi")
_RIGHT = re.compile(r"kiến nghị|phản ánh|khiếu nại|tố cáo|gửi đơn")
_NOT_BECAUSE = re.compile(r"không (?:liên quan|căn cứ|vì|phải là căn cứ|được xem xét|ảnh hưởng)|không hộ nào|"
                          r"không có trường hợp|chỉ căn cứ")


def test_measures_beside_a_right_say_it_is_not_their_cause():
    """Every line that puts a measure (a sanction, a transfer, a reminder, leaving someone out) beside the exercise of
    a right (a kiến nghị, phản ánh, complaint or denunciation) says the right is not its ground — a lawful near-miss of
    Law 10/2022 Art. 9.2, never the violation itself; there are several such lines."""
    seen = 0
    for case in LABELLED.cases():
        for line in LABELLED.lines(case["file"]):
            if _MEASURE.search(line) and _RIGHT.search(line) and "tố cáo sai sự thật" not in line:
                seen += 1
                assert _NOT_BECAUSE.search(line), (case["file"], line)
    assert seen >= 4, seen


def test_the_set_is_blind():
    """Written blind in session 41 and kept blind: measured by totals only, never studied, no floors."""
    assert "checker_lawful28" in BLIND
