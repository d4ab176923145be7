"""Two readers of session 38 that the merged tree's phrasing test caught (tests/test_phrasing_robustness.py, families
num_words and tone_old): a village's households given as an aside in words, and a letter's ground-then-body sentence
whose issuer is written with the old tone mark («Uỷ ban»)."""
from __future__ import annotations

import pytest

from checker.text import _BASIS_THEN_BODY


def _ic06(store, text):
    from checker import check_text
    from checker.rules import catalogue
    rule = next(r for r in catalogue() if r.id == "IC-06")
    return [f for f in check_text(text, store, doc_type="bao_cao", as_of="2025-01-01", source_name="ví dụ",
                                  rules=[rule]).findings if f.rule == "IC-06"]


@pytest.mark.parametrize("size", ["(312 hộ)", "(ba trăm mười hai hộ)"])
def test_an_aside_in_words_is_read_as_in_digits(store, size):
    text = ("BÁO CÁO\nKết quả năm 2024\n\nI. Xã có 06 thôn; thôn đông nhất là Bản Chiềng " + size + ".\n"
            "II. Thôn Bản Chiềng có 290 hộ, đã xây dựng xong nhà văn hóa.")
    assert len(_ic06(store, text)) == 1


def test_the_same_size_in_words_stays_silent(store):
    text = ("BÁO CÁO\nKết quả năm 2024\n\nI. Xã có 06 thôn; thôn đông nhất là Bản Chiềng (ba trăm mười hai hộ).\n"
            "II. Thôn Bản Chiềng có 312 hộ, đã xây dựng xong nhà văn hóa.")
    assert _ic06(store, text) == []


@pytest.mark.parametrize("issuer", ["Ủy ban nhân dân phường", "Uỷ ban nhân dân phường", "UBND phường"])
def test_a_ground_then_body_sentence_is_read_whatever_the_tone_mark(issuer):
    text = ("Căn cứ Quyết định số 30/QĐ-UBND ngày 02/7/2026, " + issuer + " thông báo: trong thời hạn 90 ngày kể từ "
            "ngày có quyết định, tổ dân phố tổ chức bầu Tổ trưởng mới.")
    assert _BASIS_THEN_BODY.match(text)


def test_a_bare_list_of_bases_is_no_body():
    assert not _BASIS_THEN_BODY.match("Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10/11/2022;")
