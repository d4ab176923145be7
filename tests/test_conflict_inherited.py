"""s26-ctx: the subject a line inherits from its own structure (``checker.kinds.conflict.context.inherited``) —
heading → clause, lead-in → items, label → value, a table row as its own subject — and never from a sibling."""
from __future__ import annotations

import argparse

import pytest


@pytest.fixture(scope="module")
def store():
    from ui.common import open_store
    return open_store(argparse.Namespace(kb=None), ensure=True)


def _ctx(store, text, dtype="quy_che_xa"):
    from bench.silent_stages import document_context
    return document_context(text, store, "x", dtype)


def _sentences(ctx, line):
    from checker.kinds import conflict
    return [s for s in conflict.joined_sentences(ctx, ("body",)) if s.para.line_at(s.start) == line]


def _inherited(store, text, line, dtype="quy_che_xa"):
    from checker.kinds.conflict.context import inherited
    ctx = _ctx(store, text, dtype)
    return dict(inherited(ctx, _sentences(ctx, line)[-1]))


QUY_CHE = ("ỦY BAN NHÂN DÂN XÃ A\n\nQUY CHẾ THỰC HIỆN DÂN CHỦ Ở XÃ A\n\n"
           "Chương II\nBAN THANH TRA NHÂN DÂN\n"
           "Điều 4. Ban Thanh tra nhân dân\n1. Nhiệm kỳ 05 năm.\n"
           "Điều 5. Trưởng thôn\n1. Nhiệm kỳ 05 năm.\n")


def test_a_clause_inherits_its_article_and_chapter(store):
    got = _inherited(store, QUY_CHE, 8)
    assert "ban thanh tra nhân dân" in got["article"]
    assert got["chapter"].startswith("chương ii")


def test_a_sibling_articles_subject_never_leaks(store):
    got = _inherited(store, QUY_CHE, 10)
    assert "trưởng thôn" in got["article"] and "ban thanh tra" not in got["article"]


def test_an_item_inherits_its_lead_in(store):
    text = QUY_CHE + ("Điều 6. Trách nhiệm của Chủ tịch Ủy ban nhân dân xã\nChủ tịch Ủy ban nhân dân xã có nhiệm vụ:\n"
                      "- Chỉ đạo công khai thông tin;\n- Bảo đảm kinh phí hoạt động của Ban.\n")
    got = _inherited(store, text, 14)
    assert got["lead"] == "chủ tịch ủy ban nhân dân xã có nhiệm vụ"  # past its sibling item
    assert "trách nhiệm của chủ tịch" in got["article"]


def test_a_value_inherits_its_label(store):
    text = ("BIÊN BẢN ĐỐI THOẠI\n\nA. THÀNH PHẦN\n"
            "2. Bên người lao động: số thành viên đại diện là 11 người; có mặt 06 người, vắng 05 người.\n")
    got = _inherited(store, text, 4, "bao_cao")
    assert got["label"] == "bên người lao động"


def test_a_space_aligned_table_reads_each_row_as_its_own_sentence(store):
    text = ("THÔNG BÁO\nCông khai dự toán ngân sách xã\n\n1. Nội dung và thời hạn công khai\n"
            "STT  Nội dung công khai              Hình thức     Thời hạn\n"
            "1    Dự toán ngân sách xã năm 2026   Niêm yết      30 ngày liên tục\n"
            "2    Kế hoạch thu hồi đất, bồi thường   Niêm yết   30 ngày liên tục\n")
    ctx = _ctx(store, text, "ke_hoach")
    from checker.kinds.conflict.context import _row_sentences
    rows = [r for s in _sentences(ctx, 5) + _sentences(ctx, 6) for r in _row_sentences(ctx, s)
            if r.para.line_at(r.start) == 6]
    assert rows and all("bồi thường" not in s.text for s in rows)  # row 2's words are not row 1's


def test_the_fallback_reads_the_rows_subject_not_a_heading(store):
    from checker.kinds.conflict.context import inherited_about
    ctx = _ctx(store, QUY_CHE)
    s = _sentences(ctx, 8)[-1]
    # measured: a heading read for every rule flagged lawful sentences; the rules that need it have their own option
    assert not inherited_about(ctx, s, [["ban thanh tra"], ["nhiệm kỳ"]])
    text = ("ỦY BAN NHÂN DÂN XÃ A\n\nKẾ HOẠCH\nCông khai thông tin năm 2026\n\nI. NỘI DUNG\n"
            "| TT | Nội dung | Hình thức | Thời hạn |\n"
            "| 4 | Danh sách hộ nghèo | Niêm yết; truyền thanh xã | niêm yết 30 ngày; truyền thanh 03 ngày liên tục |\n")
    ctx = _ctx(store, text, "ke_hoach")
    last = _sentences(ctx, 8)[-1]
    assert last.text.startswith("truyền thanh 03 ngày")
    assert dict(inherited(ctx, last)).get("label") == "danh sách hộ nghèo"  # the row's subject, not a sibling cell
    assert not inherited_about(ctx, last, [["niêm yết"]])  # «niêm yết» of the sibling clause never leaks in


def inherited(ctx, s):
    from checker.kinds.conflict.context import inherited as _inherited
    return _inherited(ctx, s)
