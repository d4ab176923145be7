"""A title in capitals followed by bracketed notes — the extract it holds and its recognition, read into one
paragraph — still names the document's type, and the extract is declared (dev_acts2 da2-05, da2-12).

Pure readers (checker.doctype, checker.kinds.required_content); the type examples are in rules/doctypes.yaml.
"""
from __future__ import annotations

from checker.doctype import detect
from checker.kinds.required_content import declared_extract
from checker.text import build_input

TITLE = ("ỦY BAN NHÂN DÂN XÃ ĐÌNH VĨ - THÔN LÀNG CHÈ      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "HƯƠNG ƯỚC THÔN LÀNG CHÈ {note}\n"
         "(Được UBND xã Đình Vĩ công nhận tại Quyết định số 58/QĐ-UBND ngày 20/5/2024)\n"
         "Điều 14. Lễ hội đình làng\n1. Lễ hội tổ chức vào ngày mùng 10 tháng Giêng âm lịch.\n")


def test_a_title_with_two_bracketed_notes_is_a_heading():
    doc = build_input(TITLE.format(note="(trích Chương IV)"))
    assert detect(doc).type == "huong_uoc"


def test_the_extract_named_by_its_chapter_is_declared():
    assert declared_extract(build_input(TITLE.format(note="(trích Chương IV)")))
    assert declared_extract(build_input(TITLE.format(note="(trích Mục 2)")))


def test_a_title_without_the_extract_note_is_the_whole_text():
    doc = build_input(TITLE.format(note=""))
    assert detect(doc).type == "huong_uoc"
    assert not declared_extract(doc)


def test_a_chapter_named_in_brackets_without_trich_is_no_extract():
    assert not declared_extract(build_input(TITLE.format(note="(Chương IV sửa đổi)")))


def test_many_brackets_read_in_bounded_time():
    """Hostile input: a heading followed by thousands of bracket groups is read linearly."""
    import time

    doc = build_input("HƯƠNG ƯỚC THÔN A " + "(x) " * 5000 + "(y\n" + "Điều 1. A\n")
    t0 = time.perf_counter()
    detect(doc)
    assert time.perf_counter() - t0 < 2.0
