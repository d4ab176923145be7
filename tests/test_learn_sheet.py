"""Study sheets on the real law, and their exports (md, printable html, pdf, csv, json)."""
from __future__ import annotations

import csv
import io
import json

import pytest

from kb.learning import export
from kb.learning.provisions import Basis, FoldedTextFinder, Related, scope_for_citations, scope_for_topic
from kb.learning.quiz import MULTIPLE_CHOICE, Question, Quiz, make_quiz
from kb.learning.sheet import DocStatus, NumberRow, RoleRow, SheetArticle, SheetItem, StudySheet, build_sheet
from kb.learning.text import contains
from ui.cli import main


@pytest.fixture(scope="module")
def btt(store):
    return build_sheet(store, scope_for_topic(store, "Ban Thanh tra nhân dân"), as_of="2026-01-01")


@pytest.fixture(scope="module")
def huong_uoc(store):
    return build_sheet(store, scope_for_topic(store, "hương ước"), as_of="2026-01-01")


def citations(sheet: StudySheet) -> set[str]:
    return {a.citation for a in sheet.articles}


def test_topic_sheet_groups_the_topic_articles_across_law_and_decree(btt):
    got = citations(btt)
    assert {"Điều 36 Luật 10/2022/QH15", "Điều 37 Luật 10/2022/QH15", "Điều 60 Luật 10/2022/QH15",
            "Điều 13 Nghị định 59/2023/NĐ-CP", "Điều 21 Nghị định 59/2023/NĐ-CP"} <= got
    # grouped: the Law's articles before the decree's, each in article order
    docs = [a.doc_id for a in btt.articles]
    assert docs == sorted(docs, key=lambda d: ["10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP"].index(d))
    art36 = next(a for a in btt.articles if a.citation == "Điều 36 Luật 10/2022/QH15")
    assert not art36.excerpt and [i.marker for i in art36.items][:2] == ["1.", "2."]


def test_numbers_table_carries_counts_terms_and_time_limits_with_citations(btt, store):
    rows = {(n.phrase, n.citation) for n in btt.numbers}
    assert ("không ít hơn 05 người", "khoản 1 Điều 36 Luật 10/2022/QH15") in rows
    assert ("là 02 năm", "khoản 3 Điều 60 Luật 10/2022/QH15") in rows
    assert ("không quá 02 người", "khoản 3 Điều 13 Nghị định 59/2023/NĐ-CP") in rows
    assert {"Số lượng", "Nhiệm kỳ", "Thời hạn"} <= {n.kind for n in btt.numbers}
    for n in btt.numbers:  # every number is quoted from the provision it cites
        assert n.phrase in store.unit(n.uid).text


def test_who_does_what_table(huong_uoc, store):
    rows = {(r.actor, r.role, r.citation) for r in huong_uoc.roles}
    assert ("Ủy ban nhân dân cấp xã", "công nhận", "khoản 1 Điều 11 Nghị định 61/2023/NĐ-CP") in rows
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã", "giám sát", "khoản 2 Điều 20 Nghị định 61/2023/NĐ-CP") in rows
    for r in huong_uoc.roles:
        assert contains(store.unit(r.uid).text, r.actor)


def test_status_notes_warn_that_the_law_was_amended(btt):
    law = next(d for d in btt.documents if d.doc_id == "10/2022/QH15")
    assert law.status == "còn hiệu lực, đã được sửa đổi"
    assert any("97/2025/QH15" in n for n in law.notes)


def test_related_provisions_from_the_phap_dien_and_local_resolutions(huong_uoc):
    related = {r.citation for r in huong_uoc.related}
    assert {"Điều 20 Luật 10/2022/QH15", "Điều 21 Luật 10/2022/QH15"} <= related
    assert not related & citations(huong_uoc)
    assert huong_uoc.local, "the Hà Nội draft resolution uses 'hương ước'"
    assert all("dự thảo Nghị quyết" in r.citation and contains(r.excerpt, "hương ước") for r in huong_uoc.local)


def test_unaccented_topic_finds_the_same_articles(store):
    finder = FoldedTextFinder(store)
    a = scope_for_topic(store, "hội nghị định kỳ", finder)
    b = scope_for_topic(store, "hoi nghi dinh ky", finder)
    assert [u.uid for u in a.units] == [u.uid for u in b.units]
    sheet = build_sheet(store, a)
    assert ("một lần", "khoản 1 Điều 33 Luật 10/2022/QH15") in {(n.phrase, n.citation) for n in sheet.numbers}
    assert ("Trưởng thôn, Tổ trưởng tổ dân phố", "triệu tập") in {(r.actor, r.role) for r in sheet.roles}


def test_unknown_topic_says_so(store):
    scope = scope_for_topic(store, "tàu vũ trụ liên hành tinh")
    assert not scope.units and "Không tìm thấy" in scope.problems[0]


def test_sheet_for_one_clause(store):
    sheet = build_sheet(store, scope_for_citations(store, ["khoản 3 Điều 12 Luật 10/2022/QH15"]))
    assert [a.citation for a in sheet.articles] == ["Điều 12 Luật 10/2022/QH15"]
    assert sheet.articles[0].excerpt
    assert [n.phrase for n in sheet.numbers] == ["chậm nhất là 05 ngày làm việc"]


# -- exports -----------------------------------------------------------------------------------

def _tiny() -> tuple[StudySheet, Quiz]:
    """Hand-made data with markup in it: exports must escape it."""
    sheet = StudySheet(
        "Tài liệu học tập: <thử>", "2026-01-01", "kiểm thử",
        (DocStatus("X", "Luật X", "Luật mẫu", "còn hiệu lực", ("ghi chú <b>đậm</b>",)),),
        (SheetArticle("X:d1", "X", "Điều 1 Luật X", "Tiêu đề & ký hiệu",
                      (SheetItem("X:d1:k1", "1.", "clause", "Văn bản <script>alert(1)</script> | ống"),), False),),
        (NumberRow("Thời hạn", "chậm nhất 05 ngày", "… chậm nhất 05 ngày …", "khoản 1 Điều 1 Luật X", "X:d1:k1"),),
        (RoleRow("Ủy ban nhân dân cấp xã", "công nhận", "kết quả | bầu", "khoản 1 Điều 1 Luật X", "X:d1:k1"),),
        (Related("X:d2", "Điều 2 Luật X", "Khác", "liên quan"),), ())
    q = Question("q01", MULTIPLE_CHOICE, "Chọn <đáp án>?", ("A1", "B2", "C3", "D4"), "C3", "Câu <gốc>.",
                 Basis("X", "1", "1", None), "khoản 1 Điều 1 Luật X", "X:d1:k1", "Đáp án C")
    return sheet, Quiz("mẫu", 7, (q,))


def test_html_is_printable_and_escapes_the_law_text():
    sheet, quiz = _tiny()
    page = export.to_html(sheet, quiz)
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "@page" in page and 'class="answers"' in page  # answer key on its own page
    assert "Câu 1" in page and "C. C3" in page


def test_markdown_tables_escape_pipes_and_list_answers():
    sheet, quiz = _tiny()
    md = export.to_markdown(sheet, quiz)
    assert "| Thời hạn | **chậm nhất 05 ngày** |" in md
    assert "kết quả \\| bầu" in md
    assert "## Đáp án và căn cứ" in md and "**Câu 1**: C. C3 — căn cứ **khoản 1 Điều 1 Luật X**" in md


def test_csv_and_json_for_quiz_tools(store):
    quiz = make_quiz(store, scope_for_citations(store, ["Nghị định 61/2023/NĐ-CP"]), 12, seed=4)
    rows = list(csv.DictReader(io.StringIO(export.quiz_to_csv(quiz))))
    assert len(rows) == len(quiz.questions) == 12
    for row, q in zip(rows, quiz.questions):
        assert row["question"] == q.question and row["answer"] == q.answer and row["evidence"] == q.evidence
        if q.type == MULTIPLE_CHOICE:
            assert row["choice_" + row["answer_letter"].lower()] == q.answer
        assert row["citation"] == q.citation and row["article"] == q.basis.article
    data = json.loads(export.quiz_to_json(quiz))
    assert isinstance(data, list) and data[0]["basis"] == quiz.questions[0].basis.as_dict()


@pytest.mark.skipif(export.find_chromium() is None, reason="Chromium is needed to print PDF")
def test_pdf_keeps_vietnamese_text(store, tmp_path):
    from pypdf import PdfReader

    scope = scope_for_citations(store, ["Điều 33 Luật 10/2022/QH15"])
    out = tmp_path / "hoc-lieu.pdf"
    export.write_pdf(export.to_html(build_sheet(store, scope), make_quiz(store, scope, 3, seed=1)), out)
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Hội nghị định kỳ của cộng đồng dân cư" in " ".join(text.split())
    assert "Đáp án và căn cứ" in text


# -- command line -----------------------------------------------------------------------------

def test_cli_topic_markdown(kb_path, capsys):
    rc = main(["learn", "--kb", str(kb_path), "--topic", "hương ước", "--questions", "5"])
    out = capsys.readouterr().out
    assert rc == 0
    assert out.startswith("# Tài liệu học tập: hương ước")
    for heading in ("## 3. Những con số cần nhớ", "## 4. Ai làm gì", "## 5. Quy định liên quan",
                    "## Câu hỏi ôn tập (5 câu, mã đề 1)", "## Đáp án và căn cứ"):
        assert heading in out


def test_cli_html_to_file(kb_path, tmp_path, capsys):
    out = tmp_path / "btt.html"
    rc = main(["learn", "--kb", str(kb_path), "--topic", "Ban Thanh tra nhân dân", "--format", "html",
               "-o", str(out), "--questions", "4", "--seed", "3"])
    assert rc == 0 and "<h2>4. Ai làm gì</h2>" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("argv, message", [
    (["--topic", "hương ước", "--format", "pdf"], "cần --output"),
    (["--topic", "hương ước", "--questions", "-3"], "--questions"),
    (["--topic", "hương ước", "--types", "essay"], "--types"),
    (["--topic", "hương ước", "--format", "json", "--questions", "0"], "csv/json"),
    (["--topic", "hương ước", "--as-of", "2025-13-45"], "YYYY-MM-DD"),
    (["--topic", "   "], "--topic rỗng"),
])
def test_cli_usage_errors_are_clear(kb_path, capsys, argv, message):
    rc = main(["learn", "--kb", str(kb_path), *argv])
    assert rc == 2 and message in capsys.readouterr().err


def test_cli_unresolved_citation_is_named(kb_path, capsys):
    rc = main(["learn", "--kb", str(kb_path), "--cite", "Điều 99 Luật 10/2022/QH15", "--questions", "0"])
    assert rc == 1 and "không có Điều 99" in capsys.readouterr().err


def test_cli_missing_knowledge_base(tmp_path, capsys):
    rc = main(["learn", "--kb", str(tmp_path / "none.sqlite"), "--topic", "hương ước"])
    assert rc == 2 and "dccs ingest" in capsys.readouterr().err
