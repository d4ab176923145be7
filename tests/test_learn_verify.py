"""`dccs learn --verify`: a trainer's answer key checked against the knowledge base."""
from __future__ import annotations

import json
import unicodedata

import pytest

from kb.learning.verify import (CONTRADICTED, NO_BASIS, SUPPORTED, UNSUPPORTED, KeyFileError, check_answer,
                                parse_key, read_key)
from tests.conftest import PROJECT
from ui.cli import main

SAMPLE = PROJECT / "tests" / "data" / "contest_key_sample.csv"
#: Rows of our sample key that contradict the law, and what the law says.
WRONG = {"1": "05 ngày làm việc", "4": "02 năm", "5": "Ủy ban nhân dân cấp xã", "8": "Sai", "10": None,
         "11": "10 ngày"}
RIGHT = {"2", "3", "6", "7", "9", "12"}


@pytest.fixture(scope="module")
def verdicts(kb_path, tmp_path_factory) -> list[dict]:
    out = tmp_path_factory.mktemp("verify") / "v.json"
    rc = main(["learn", "--kb", str(kb_path), "--verify", str(SAMPLE), "--format", "json", "-o", str(out)])
    assert rc == 1  # something was flagged
    return json.loads(out.read_text(encoding="utf-8"))


def test_flags_the_wrong_answers_and_not_the_right_ones(verdicts):
    by_id = {v["id"]: v for v in verdicts}
    assert set(by_id) == set(WRONG) | RIGHT
    assert {i for i, v in by_id.items() if v["flagged"]} == set(WRONG)
    for i, expected in WRONG.items():
        assert by_id[i]["expected"] == expected, by_id[i]
    for i in RIGHT:
        assert by_id[i]["status"] == SUPPORTED, by_id[i]


def test_the_real_contest_mistake_10_vs_05_working_days(verdicts):
    v = next(v for v in verdicts if v["id"] == "1")
    assert v["status"] == CONTRADICTED and v["basis"] == "khoản 3 Điều 12 Luật 10/2022/QH15"
    assert "05 ngày làm việc" in v["message"] and "10 ngày làm việc" in v["message"]
    assert "chậm nhất là 05 ngày làm việc" in v["evidence"]


def test_unresolvable_citation_and_wrong_actor(verdicts):
    by_id = {v["id"]: v for v in verdicts}
    assert by_id["10"]["status"] == NO_BASIS and "không có Điều 95" in by_id["10"]["message"]
    assert by_id["5"]["status"] == UNSUPPORTED and "cấp huyện" in by_id["5"]["message"]


def test_letter_answers_are_read_through_their_choices(verdicts):
    by_id = {v["id"]: v for v in verdicts}
    assert by_id["9"]["answer"] == "A" and by_id["9"]["status"] == SUPPORTED
    assert by_id["11"]["answer"] == "D" and "20 ngày" in by_id["11"]["message"]


def test_generated_quiz_passes_its_own_verification(kb_path, tmp_path, capsys):
    key = tmp_path / "de.csv"
    assert main(["learn", "--kb", str(kb_path), "--cite", "Nghị định 59/2023/NĐ-CP", "Luật 10/2022/QH15",
                 "--questions", "40", "--seed", "9", "--format", "csv", "-o", str(key)]) == 0
    capsys.readouterr()
    rc = main(["learn", "--kb", str(kb_path), "--verify", str(key), "--format", "json"])
    result = json.loads(capsys.readouterr().out)
    assert len(result) == 40
    assert [v for v in result if v["flagged"]] == []
    assert rc == 0


def test_text_report_marks_rows(kb_path, capsys):
    rc = main(["learn", "--kb", str(kb_path), "--verify", str(SAMPLE)])
    out = capsys.readouterr().out
    assert rc == 1 and "12 câu, 6 câu cần xem lại" in out
    assert "✗ Câu 1 (dòng 2)" in out and "✓ Câu 2 (dòng 3)" in out


# -- pure checks, on our own sentences --------------------------------------------------------------

PROVISION = ("Biên bản cuộc họp phải được gửi đến Ủy ban nhân dân cấp xã chậm nhất 05 ngày làm việc kể từ "
             "ngày họp. Thông báo mời họp được niêm yết ít nhất 03 ngày trước ngày họp.")


@pytest.mark.parametrize("question, answer, status, expected", [
    ("Biên bản phải gửi chậm nhất bao nhiêu ngày làm việc?", "10 ngày làm việc", CONTRADICTED, "05 ngày làm việc"),
    ("Biên bản phải gửi chậm nhất bao nhiêu ngày làm việc?", "5 ngày làm việc", SUPPORTED, None),
    ("Thông báo mời họp được niêm yết ít nhất mấy ngày?", "05 ngày", CONTRADICTED, "03 ngày"),
    ("Biên bản gửi cho ai?", "Ủy ban nhân dân cấp tỉnh", UNSUPPORTED, "Ủy ban nhân dân cấp xã"),
    ("Đúng hay sai: biên bản cuộc họp phải được gửi chậm nhất 07 ngày làm việc.", "Đúng", CONTRADICTED, "Sai"),
    ("Đúng hay sai: biên bản cuộc họp phải được gửi chậm nhất 05 ngày làm việc.", "Đúng", SUPPORTED, None),
    ("Thông báo được niêm yết ở đâu?", "nhà văn hóa thôn", UNSUPPORTED, None),
])
def test_check_answer(question, answer, status, expected):
    got_status, message, evidence, got_expected = check_answer(question, answer, PROVISION)
    assert (got_status, got_expected) == (status, expected), message
    assert evidence in PROVISION


def test_semicolon_csv_with_english_headers():
    rows = parse_key("id;question;answer;citation\nq1;Hỏi?;05 ngày;khoản 3 Điều 12 Luật 10/2022/QH15\n")
    assert [(r.id, r.answer, r.citation) for r in rows] == [("q1", "05 ngày", "khoản 3 Điều 12 Luật 10/2022/QH15")]


@pytest.mark.parametrize("content, message", [
    (b"", "rỗng"),
    ("STT,Câu hỏi,Đáp án\n1,Hỏi?,05 ngày\n".encode(), "thiếu cột căn cứ"),
    (b"PK\x03\x04binary", "không phải tệp CSV"),
    ("Câu hỏi,Đáp án,Căn cứ\n".encode(), "không có dòng câu hỏi"),
])
def test_bad_key_files_get_a_clear_message(tmp_path, content, message):
    path = tmp_path / "key.csv"
    path.write_bytes(content)
    with pytest.raises(KeyFileError) as err:
        read_key(path)
    assert message in str(err.value) and str(path) in str(err.value)


def test_cli_missing_key_file(kb_path, capsys, tmp_path):
    rc = main(["learn", "--kb", str(kb_path), "--verify", str(tmp_path / "khong-co.csv")])
    assert rc == 2 and "không tồn tại" in capsys.readouterr().err


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Excel writes it: precomposed base letters, combining tone marks."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            head = unicodedata.normalize("NFC", base + "".join(marks[:1]))
            try:
                out += head.encode("cp1258") + "".join(marks[1:]).encode("cp1258")
            except UnicodeEncodeError:
                out += (base + "".join(marks)).encode("cp1258")
    return out


def test_windows_1258_key_is_read(tmp_path):
    path = tmp_path / "ansi.csv"
    path.write_bytes(_cp1258("Câu hỏi,Đáp án,Căn cứ\nHỏi?,Đúng,Điều 10 Nghị định 61/2023/NĐ-CP\n"))
    rows = read_key(path)
    assert rows[0].answer == "Đúng" and rows[0].citation == "Điều 10 Nghị định 61/2023/NĐ-CP"
