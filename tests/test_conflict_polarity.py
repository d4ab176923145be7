"""s29-ls: one reader of refusals (``checker.kinds.conflict.polarity``), used by the ``forbidden`` reader (``restated``)
and the ``actor`` reader (``ruled_out_for``, ``not_done``): the act carried by «thực hiện (việc)», and a role's act only
proposed and turned down in its sentence."""
from __future__ import annotations

import re

import pytest

from checker.kinds.conflict import forbidden, polarity

_ACTS = re.compile(r"triệu\s+tập|chủ\s+trì|quyết\s+định|ký|xem\s+xét")


@pytest.mark.parametrize("sentence,role,verb,ruled_out", [
    # the act not carried out: «không thực hiện (việc) …» carries the negation to the act
    ("Trưởng thôn không thực hiện việc triệu tập và chủ trì cuộc họp.", "Trưởng thôn", "chủ trì", True),
    ("Chủ tịch Ủy ban nhân dân xã không thực hiện việc trực tiếp triệu tập và chủ trì cuộc họp.",
     "Chủ tịch Ủy ban nhân dân xã", "chủ trì", True),
    ("Phó Trưởng thôn chưa tiến hành ký quyết định thành lập Tổ bầu cử.", "Phó Trưởng thôn", "ký", True),
    # the act only proposed, and the proposal turned down (s28-ng's ``turned_down``, now the actor reader's too)
    ("Hội nghị đã bác bỏ đề nghị để Chủ tịch UBND xã triệu tập và chủ trì cuộc họp.", "Chủ tịch UBND xã", "triệu tập", True),
    ("Đề nghị để công chức Văn hóa - Xã hội phường triệu tập, chủ trì không được hội nghị chấp nhận.",
     "công chức Văn hóa - Xã hội phường", "triệu tập", True),
    # the act done: another clause's negation, a turn, the proposal accepted
    ("Chủ tịch UBND xã không họp, thực hiện việc triệu tập và chủ trì hội nghị.", "Chủ tịch UBND xã", "chủ trì", False),
    ("Chủ tịch UBND xã không thực hiện đúng quy trình, triệu tập và chủ trì hội nghị.", "Chủ tịch UBND xã", "chủ trì", False),
    ("Hội nghị đồng ý đề nghị để Chủ tịch UBND xã chủ trì cuộc họp.", "Chủ tịch UBND xã", "chủ trì", False),
    ("Chủ tịch UBND xã triệu tập cuộc họp nhưng các hộ không đồng ý.", "Chủ tịch UBND xã", "triệu tập", False),
])
def test_the_actor_readers_polarity(sentence, role, verb, ruled_out):
    k = sentence.lower()
    r = k.index(role.lower())
    v = k.index(verb.lower(), r + len(role))
    assert polarity.ruled_out_for(k, r, r + len(role), v, _ACTS) is ruled_out


def test_one_reader_for_both():
    # the forbidden reader's polarity is the module's own
    assert forbidden.restated is polarity.restated


@pytest.mark.parametrize("text,negated", [
    ("Trưởng thôn không chỉ định Ban kiểm phiếu.", True),
    ("Trưởng thôn không trực tiếp chỉ định Ban kiểm phiếu.", True),
    ("Trưởng thôn đã từ chối chỉ định Ban kiểm phiếu.", True),
    ("Trưởng thôn vẫn chỉ định Ban kiểm phiếu.", False),
    # «không chỉ … mà còn»: not only, the act done
    ("Trưởng thôn không chỉ chỉ định Ban kiểm phiếu mà còn chủ trì.", False),
])
def test_the_forbidden_readers_polarity(text, negated):
    rx = re.compile(r"trưởng\s+thôn(?:\s+[^\s,;.]+){0,3}?\s+chỉ\s+định\s+ban\s+kiểm\s+phiếu")
    key = text.lower()
    m = rx.search(key)
    assert m is not None
    assert polarity.restated(rx, key, m) is negated


@pytest.mark.parametrize("sentence,span,repealed", [
    # s29 (dev_forbidden df-38 L14): the measure named as what the text repeals, after it or before it
    ("Thông báo số 36/TB-TP ngày 17/6/2024 về trừ tiền lương người lao động đi muộn được bãi bỏ; các khoản đã trừ "
     "được hoàn trả.", "trừ tiền lương", True),
    ("Bãi bỏ quy định phạt tiền hộ không dự họp tại Hương ước năm 2019.", "phạt tiền", True),
    ("Quy định thu 200.000 đồng của hộ không đi họp đã bị hủy bỏ.", "thu 200.000 đồng", True),
    # a repeal in another clause, or none: the measure stands
    ("Hộ vi phạm nộp 200.000 đồng; Quyết định số 12 bị bãi bỏ.", "nộp 200.000 đồng", False),
    ("Hộ vi phạm bị phạt tiền, quy định cũ đã bãi bỏ.", "phạt tiền", False),
    ("Người lao động đi muộn bị trừ 100.000 đồng vào tiền lương.", "trừ 100.000 đồng", False),
])
def test_a_measure_repealed(sentence, span, repealed):
    low = sentence.lower()
    i = low.index(span)
    assert polarity.repealed(low, i, i + len(span)) is repealed
