"""s39-rf (record shapes): a minutes line or a record's field states a sentence after its label — «Ý kiến ông A
(trưởng thôn): …», «Kết luận của chủ trì: …», «Nội dung: …» with a value that opens in capitals. The rule reads the
words said from where they begin (``conflict.context.said_part``), so a cue written for a sentence's own opening
still reads them; a field's lower-case value and a speaker who speaks of himself keep their label."""
from __future__ import annotations

import pytest

from checker.kinds.conflict.context import speaker_end

HEAD = "QUY CHẾ\nThực hiện dân chủ trong hoạt động của Sở Nông nghiệp\n\nĐiều 5. Hội nghị cán bộ, công chức\n"
LIB = "BÁO CÁO\nCông tác thực hiện dân chủ năm 2026 của Thư viện tỉnh\n\nIII. BAN THANH TRA NHÂN DÂN\n"


def _hits(store, rule_id, text, doc_type):
    from checker import check_text
    from checker.rules import catalogue
    rule = next(r for r in catalogue() if r.id == rule_id)
    return [f for f in check_text(text, store, doc_type=doc_type, as_of="2026-06-01", source_name="ví dụ",
                                  rules=[rule]).findings if f.rule == rule_id]


@pytest.mark.parametrize("line", [
    "Kết luận của chủ tọa: Hội nghị được tổ chức ba năm một lần vào quý I.",
    "Ý kiến bà Lê Thị Hoa (Chủ tịch Công đoàn): Hội nghị được tổ chức 02 năm/lần.",
    "Nội dung: Hội nghị do Giám đốc triệu tập hai năm một lần.",
])
def test_a_labelled_statement_still_fires(store, line):
    assert _hits(store, "CF-33", HEAD + line, "quy_che_co_quan")


@pytest.mark.parametrize("line", [
    "Kết luận của chủ tọa: Hội nghị được tổ chức mỗi năm một lần vào quý I.",
    "Nội dung: Hội nghị được tổ chức hằng năm, chậm nhất trong quý I.",
])
def test_a_labelled_lawful_statement_stays_silent(store, line):
    assert _hits(store, "CF-33", HEAD + line, "quy_che_co_quan") == []


@pytest.mark.parametrize("line", [
    "Ý kiến ông Trần Văn Nam (Giám đốc): Thư viện hiện có 12 viên chức, vì vậy không bầu Ban Thanh tra nhân dân.",
    "Kết luận của chủ trì: Thư viện chỉ có 15 người lao động nên không tổ chức Ban Thanh tra nhân dân.",
])
def test_a_headcount_reason_said_in_minutes_fires(store, line):
    assert _hits(store, "CF-365", LIB + line, "bao_cao")


def test_a_headcount_said_with_the_ban_elected_stays_silent(store):
    line = "Ý kiến ông Trần Văn Nam (Giám đốc): Thư viện hiện có 12 viên chức và đã bầu Ban Thanh tra nhân dân."
    assert _hits(store, "CF-365", LIB + line, "bao_cao") == []


@pytest.mark.parametrize("text,words", [
    ("Nội dung: Hội nghị được tổ chức hằng năm.", "Hội nghị"),
    ("Kết luận của chủ trì: Thôn thống nhất mức đóng góp.", "Thôn"),
    ("Ý kiến ông Nguyễn Văn A (trưởng thôn): Đề nghị giữ nguyên.", "Đề nghị"),
])
def test_where_the_words_said_begin(text, words):
    assert text[speaker_end(text):].strip().startswith(words)
