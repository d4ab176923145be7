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


# s27-ctx: ``sentence_context`` (CF-45, CF-512: what Law Art. 13.3 binds) reads the line's own structure and, last, the
# document's subject; a sibling's subject never leaks in, and a coordinated predicate keeps its own words.

def _rule(rid):
    from checker.rules import catalogue
    return next(r for r in catalogue() if r.id == rid)


def _check(store, text, rid, dtype="ke_hoach"):
    import datetime
    from checker import check_text
    report = check_text(text, store, doc_type=None if dtype == "?" else dtype, as_of=datetime.date(2025, 6, 1), source_name="x", rules=[_rule(rid)])
    return sorted(f.evidence.line for f in report.findings if f.rule == rid)


PLAN = ("ỦY BAN NHÂN DÂN XÃ A\nA, ngày 20 tháng 01 năm 2025\nKẾ HOẠCH\nThực hiện dân chủ ở cơ sở năm 2025\n\n"
        "1. Công khai thông tin\n"
        "a) Danh sách hộ được trợ cấp do thiên tai: niêm yết ít nhất 30 ngày liên tục và phát trên loa truyền thanh xã 01 lần.\n"
        "b) Quy chế thực hiện dân chủ ở xã: niêm yết thường xuyên và phát trên loa truyền thanh xã 01 lần.\n")


def test_the_subject_of_a_broadcast_is_its_own_labels_not_a_siblings(store):
    assert _check(store, PLAN, "CF-512") == [7]  # item b) (Art. 11.4) does not take item a)'s subject


def test_a_sibling_sections_subject_never_leaks_into_the_sentence_subject(store):
    from checker.kinds.conflict.context import _subject_key
    text = ("ỦY BAN NHÂN DÂN XÃ A\nA, ngày 20 tháng 01 năm 2025\nKẾ HOẠCH\nTuyên truyền năm 2025\n\n"
            "1. Danh sách hộ nghèo được hỗ trợ năm 2025\n- Niêm yết tại trụ sở 30 ngày.\n"
            "2. Tuyên truyền ngày hội đại đoàn kết\n- Phát trên hệ thống truyền thanh của xã 01 lần.\n")
    ctx = _ctx(store, text, "ke_hoach")
    key = _subject_key(ctx, _sentences(ctx, 9)[-1])
    assert "đại đoàn kết" in key and "hộ nghèo" not in key
    assert _check(store, text, "CF-512") == []


def test_the_notices_title_gives_what_it_publishes(store):
    head = "ỦY BAN NHÂN DÂN XÃ A\nA, ngày 20 tháng 3 năm 2025\nTHÔNG BÁO\n"
    tail = "\n\nHình thức công khai:\n1. Niêm yết tại trụ sở 30 ngày.\n2. Phát trên hệ thống truyền thanh của xã 01 buổi.\n"
    assert _check(store, head + "Công khai danh sách hộ nghèo được hỗ trợ năm 2025" + tail, "CF-512", "?") == [8]
    assert _check(store, head + "Công khai dự toán ngân sách xã năm 2025" + tail, "CF-512", "?") == []  # Art. 11.2


def test_a_conjunct_keeps_its_own_period():
    from checker.kinds.conflict.context import conjunct_around
    key = "niêm yết ít nhất 30 ngày liên tục và phát trên loa truyền thanh xã 01 lần vào sáng thứ hai"
    assert conjunct_around(key, key.index("truyền thanh")) == "phát trên loa truyền thanh xã 01 lần vào sáng thứ hai"
    key = "phát trên hệ thống truyền thanh của xã 03 ngày liên tục, mỗi ngày 01 buổi"
    assert "liên tục" in conjunct_around(key, key.index("truyền thanh"))


# s29-ctx: a numbered heading holds until the next item of its level — a heading the layout reader joined to the lines
# under it is read from its first line, and the next number ends the heading even when it is a sentence.

GUIDE = ("ỦY BAN NHÂN DÂN XÃ A\nA, ngày 20 tháng 01 năm 2025\nHƯỚNG DẪN\nBầu, cho thôi làm Trưởng thôn\n\n"
         "1. Về bầu Trưởng thôn (Điều 6 đến Điều 8 Nghị định số 59/2023/NĐ-CP)\n"
         "a) Cuộc họp bầu do Tổ bầu cử triệu tập và chủ trì.\n\n"
         "2. Về cho thôi làm Trưởng thôn (Điều 9 Nghị định số 59/2023/NĐ-CP)\n"
         "Cuộc họp cho thôi làm Trưởng thôn do Trưởng ban công tác Mặt trận thôn triệu tập và chủ trì;\n"
         "trường hợp Trưởng thôn đồng thời là Trưởng ban công tác Mặt trận thì Chủ tịch UBND xã triệu tập\n"
         "và chủ trì.\n")


def test_a_joined_heading_is_its_own_lines_section_not_the_siblings(store):
    got = _inherited(store, GUIDE, 11)  # unseen20 n13's shape
    assert got["section"].startswith("2. về cho thôi") and "bầu" not in got["section"]
    assert _check(store, GUIDE, "CF-150", "?") == []  # the election's actor rule never reads the dismissal meeting


def test_the_next_number_ends_a_heading_even_as_a_sentence(store):
    text = ("ỦY BAN NHÂN DÂN XÃ A\n\nQUY CHẾ\n\n1. Bầu Trưởng thôn\n- Tổ bầu cử triệu tập cuộc họp.\n\n"
            "2. Cuộc họp cho thôi làm Trưởng thôn do Trưởng ban công tác Mặt trận triệu tập.\n"
            "- Chủ tịch UBND xã dự họp.\n")
    assert "section" not in _inherited(store, text, 9)  # «1. Bầu Trưởng thôn» does not reach item 2's lines
    assert _inherited(store, text, 6)["section"] == "1. bầu trưởng thôn"


def test_a_wrapped_numbered_sentence_is_no_heading(store):
    text = ("ỦY BAN NHÂN DÂN XÃ A\n\nQUY CHẾ\n\n1. Công khai thông tin\n\n"
            "2. Trường hợp công dân gửi kiến nghị đến Ban Thanh tra nhân dân xã thì đơn\n"
            "phải có xác nhận của Trưởng thôn nơi cư trú.\n- Ban trả lời trong 15 ngày.\n")
    got = _inherited(store, text, 9)
    assert "section" not in got or "kiến nghị" not in got["section"]
