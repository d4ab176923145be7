"""s33-fb: the ``forbidden`` reader reads a body named with its place («UBND xã Lâm Phong quyết định») as the body
alone («UBND xã quyết định»): ``forbidden.place_blank_key`` blanks the place's title-case name after a level word,
keeping the key's length, so a pattern's «\\s+» joins the level word to the act after the name."""
from __future__ import annotations

import pytest

from checker.kinds.conflict.forbidden import place_blank_key


def _blank(text: str) -> str | None:
    return place_blank_key(text, text.lower())


@pytest.mark.parametrize("text,read", [
    ("Danh sách do UBND xã Lâm Phong quyết định.", "danh sách do ubnd xã quyết định."),
    ("Ban Thường trực Ủy ban MTTQ phường Trà Giang đồng ý", "ban thường trực ủy ban mttq phường đồng ý"),
    ("Chủ tịch UBND huyện Vân Lũy, Chủ tịch UBND xã Hà ký", "chủ tịch ubnd huyện , chủ tịch ubnd xã ký"),
    ("Trưởng thôn Khuổi Mìn Thượng Hạ Bốn chủ trì", "trưởng thôn bốn chủ trì"),  # four words at most
])
def test_the_place_name_is_blanked(text, read):
    out = _blank(text)
    assert out is not None and len(out) == len(text)
    assert " ".join(out.split()) == read


@pytest.mark.parametrize("text", [
    "ỦY BAN NHÂN DÂN XÃ LÂM PHONG QUYẾT ĐỊNH:",  # a heading in capitals: its verb is no name
    "Tổ dân phố số 4 họp ngày 10/3/2026.",  # a number names the unit, no title-case word
    "UBND xã quyết định mức đóng góp.",  # no name
    "UBND xã UBND huyện",  # an abbreviation is no name
])
def test_no_name_no_change(text):
    out = _blank(text)
    assert out is None or out == text.lower()


def test_a_name_ending_the_clause_keeps_its_mark():
    text = "Chủ trì: ông Việt, Chủ tịch UBND xã Yên Thạc."
    out = _blank(text)
    assert out is not None and out.endswith("ubnd xã" + " " * len(" Yên Thạc") + ".")
