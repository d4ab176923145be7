"""A condition frame's opener («Trường hợp …», «Nếu …» closed by «thì») sets aside only the acts inside the condition
(checker/kinds/conflict/context.py, ``condition_openers_before``; session 38, s38-cd): an act found after the «thì» is
what the text prescribes in that case, and a rule listing «trường hợp» / «nếu» among its exclude cues reads it."""
from __future__ import annotations

import pytest

from checker.kinds.conflict.context import condition_openers_before
from checker.text import match_key


def _blanked(text: str, at_word: str) -> str:
    key = match_key(text)
    return condition_openers_before(key, key.index(at_word))


def test_the_opener_is_blanked_when_the_act_follows_then():
    out = _blanked("Trường hợp cần thiết thì Ủy ban nhân dân xã không công khai danh sách hộ nghèo.", "không công khai")
    assert "trường hợp" not in out and out.startswith(" " * len("trường hợp") + " cần thiết thì")


def test_the_opener_stays_when_the_act_is_the_condition():
    out = _blanked("Nếu Ủy ban nhân dân xã không công khai dự toán thì người dân có quyền kiến nghị.", "không công khai")
    assert out.startswith("nếu ")


def test_the_conditions_other_words_stay():
    out = _blanked("Trường hợp thông tin thuộc bí mật nhà nước thì không công khai dự toán.", "không công khai")
    assert "bí mật" in out and "trường hợp" not in out


def test_an_inner_condition_keeps_the_outer_opener():
    """«Nếu …, trường hợp … thì …»: only the frame closed by the «thì» before the act loses its opener."""
    out = _blanked("Nếu được đồng ý, trường hợp khẩn cấp thì Giám đốc không lấy ý kiến viên chức.", "không lấy")
    assert out.startswith("nếu ") and "trường hợp" not in out


def test_the_key_keeps_its_length():
    text = "Trong trường hợp cần gấp thì Giám đốc không lấy ý kiến viên chức."
    key = match_key(text)
    assert len(condition_openers_before(key, key.index("không lấy"))) == len(key)


@pytest.mark.parametrize("rule_id, doc_type, text, fires", [
    ("CF-707", "ke_hoach", "Trường hợp cần thiết thì Ủy ban nhân dân xã không công khai danh sách hộ nghèo, hộ cận nghèo.", True),
    ("CF-707", "quy_che_xa", "Nếu Ủy ban nhân dân xã không công khai dự toán ngân sách thì người dân có quyền kiến nghị.", False),
    ("CF-707", "quy_che_xa", "Trường hợp thông tin thuộc bí mật nhà nước thì không công khai dự toán ngân sách xã.", False),
    ("CF-322", "quy_che_co_quan", "Trường hợp cần ban hành gấp thì Giám đốc ban hành quy chế chi tiêu nội bộ, không lấy ý kiến viên chức.", True),
    ("CF-322", "quy_che_co_quan", "Nếu Hiệu trưởng ban hành quy chế chi tiêu nội bộ mà không lấy ý kiến viên chức thì viên chức có quyền kiến nghị.", False),
])
def test_the_rules_read_the_frame(store, rule_id, doc_type, text, fires):
    from checker import check_text
    from checker.rules import catalogue
    rule = next(r for r in catalogue() if r.id == rule_id)
    report = check_text(text, store, doc_type=doc_type, as_of="2025-01-01", source_name="ví dụ", rules=[rule])
    assert any(f.rule == rule_id for f in report.findings) is fires
