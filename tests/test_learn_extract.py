"""kb.learning text and extraction: our own sample sentences, then spot checks on the real law."""
from __future__ import annotations

import pytest

from kb.learning.extract import actor_mentions, number_facts, role_facts
from kb.learning.text import Sentence, contains, norm, sentences


def sent(text: str) -> Sentence:
    return Sentence("mau:d1", 0, len(text), text)


# -- sentences and the comparison key -------------------------------------------------------

def test_sentences_are_exact_spans_and_skip_conversion_debris():
    text = ("Câu thứ nhất nói về thời hạn. Câu thứ hai có 03 ngày.\n"
            "Phu luc_ban hanh kem theo ND so 12_2024.doc\n"
            "Dòng cuối; không có dấu chấm")
    got = sentences("mau:d1", text)
    assert [s.text for s in got] == ["Câu thứ nhất nói về thời hạn.", "Câu thứ hai có 03 ngày.",
                                     "Dòng cuối; không có dấu chấm"]
    assert all(text[s.start:s.end] == s.text for s in got)


@pytest.mark.parametrize("a, b", [
    ("chậm nhất 05 (năm) ngày làm việc", "Chậm nhất 5 ngày làm việc"),
    ("trên 50 % tổng số hộ", "tren 50% tong so ho"),
    ("Trưởng thôn, Tổ trưởng tổ dân phố", "truong thon to truong to dan pho"),
])
def test_norm_makes_equivalent_writings_equal(a, b):
    assert norm(a) == norm(b)


def test_contains_respects_word_and_number_boundaries():
    assert contains("gồm từ 03 đến 05 thành viên", "3 đến 5 thành viên")
    assert not contains("trong thời hạn 15 ngày", "5 ngày")
    assert not contains("Ban Thanh tra nhân dân", "Thanh tr")
    assert not contains("Ủy ban nhân dân cấp xã", "ban nhân dân cấp tỉnh")


# -- numbers that matter ----------------------------------------------------------------------

@pytest.mark.parametrize("text, kind, value, amount, family", [
    ("Biên bản phải được gửi chậm nhất là 07 ngày làm việc kể từ ngày họp.", "time", "07 ngày làm việc", (7,), "day"),
    ("Việc niêm yết kéo dài ít nhất 15 ngày liên tục.", "time", "15 ngày", (15,), "day"),
    ("Trong thời hạn 03 (ba) tháng, đơn vị phải trả lời.", "time", "03 tháng", (3,), "month"),
    ("Nghị quyết được thông qua khi có trên 50% số đại biểu tán thành.", "threshold", "50%", (0.5,), "ratio"),
    ("Cần có từ hai phần ba số hộ trở lên đồng ý.", "threshold", "hai phần ba", (2 / 3,), "ratio"),
    ("Tổ công tác có từ 03 đến 07 thành viên.", "count", "03 đến 07 thành viên", (3, 7), "person"),
    ("Số ủy viên không quá 02 người.", "count", "02 người", (2,), "person"),
    ("Nhiệm kỳ của Tổ hòa giải là 03 năm.", "term", "03 năm", (3,), "year"),
    ("Hội nghị được tổ chức mỗi năm hai lần.", "frequency", "hai lần", (2,), "times"),
])
def test_number_facts_on_sample_sentences(text, kind, value, amount, family):
    facts = number_facts(sent(text))
    assert len(facts) == 1, facts
    f = facts[0]
    assert (f.kind, f.display_value, f.family) == (kind, value, family)
    assert f.amount == pytest.approx(amount)
    assert text[f.start:f.end].startswith(value.split()[0])
    assert f.phrase in text


def test_dates_and_reporting_periods_are_not_time_limits():
    assert number_facts(sent("Nghị định có hiệu lực từ ngày 15 tháng 8 năm 2023.")) == ()
    assert number_facts(sent("Ban báo cáo theo từng quý, 06 tháng và hằng năm.")) == ()
    # ... but a trainer's bare answer is read loosely
    loose = number_facts(sent("06 tháng"), strict=False)
    assert [f.display_value for f in loose] == ["06 tháng"]


def test_number_words_gloss_is_dropped_from_the_display_value():
    f = number_facts(sent("Hồ sơ gửi chậm nhất sau 05 (năm) ngày làm việc, kể từ ngày họp."))[0]
    assert f.value == "05 (năm) ngày làm việc"
    assert f.display_value == "05 ngày làm việc"


# -- who does what ----------------------------------------------------------------------------

def test_roles_subject_passive_agent_and_objects():
    s = sent("Tổ bầu cử (do Chủ tịch Ủy ban nhân dân cấp xã quyết định thành lập) triệu tập và chủ trì cuộc "
             "họp; kết quả được gửi đến Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã.")
    got = {(r.actor, r.role) for r in role_facts(s)}
    assert ("Tổ bầu cử", "triệu tập") in got and ("Tổ bầu cử", "chủ trì") in got
    assert ("Chủ tịch Ủy ban nhân dân cấp xã", "thành lập") in got
    # an actor something is sent to does not act
    assert not any(a.startswith("Ủy ban Mặt trận") for a, _ in got)
    passive = [r for r in role_facts(s) if r.role == "thành lập"][0]
    assert passive.what == "Tổ bầu cử"


def test_passive_object_is_not_an_actor():
    s = sent("Ban kiểm phiếu được quyết định khi có trên 50% đại diện hộ gia đình đồng ý.")
    assert role_facts(s) == ()


def test_ban_and_ban_copy_are_not_confused():
    names = [m.name for m in actor_mentions("Biên bản kiểm phiếu lập thành 03 bản kiểm phiếu.")]
    assert names == []
    assert [m.name for m in actor_mentions("Ban kiểm phiếu hướng dẫn thể lệ.")] == ["Ban kiểm phiếu"]


def test_actor_variants_share_one_identity():
    a = actor_mentions("Trưởng thôn hoặc Tổ trưởng tổ dân phố gửi hồ sơ.")[0]
    b = actor_mentions("Trưởng thôn, Tổ trưởng tổ dân phố gửi hồ sơ.")[0]
    assert a.key == b.key == "Trưởng thôn, Tổ trưởng tổ dân phố"
    c = actor_mentions("Ủy ban nhân dân cấp tỉnh ban hành.")[0]
    assert (c.canonical, c.key) == ("Ủy ban nhân dân", "Ủy ban nhân dân cấp tỉnh")


# -- the real law -----------------------------------------------------------------------------

@pytest.mark.parametrize("uid, phrase, kind", [
    ("10/2022/QH15:d12:k3", "chậm nhất là 05 ngày làm việc", "time"),
    ("10/2022/QH15:d36:k1", "không ít hơn 05 người", "count"),
    ("10/2022/QH15:d60:k3", "là 02 năm", "term"),
    ("10/2022/QH15:d21:k1", "từ hai phần ba", "threshold"),
    ("10/2022/QH15:d33:k1", "một lần", "frequency"),
    ("61/2023/NĐ-CP:d9:k1", "không ít hơn 30 (ba mươi) ngày", "time"),
])
def test_numbers_found_in_the_law(store, uid, phrase, kind):
    unit = store.unit(uid)
    facts = [f for s in sentences(uid, unit.text) for f in number_facts(s)]
    assert (phrase, kind) in {(f.phrase, f.kind) for f in facts}


@pytest.mark.parametrize("uid, actor, role", [
    ("61/2023/NĐ-CP:d11:k1", "Ủy ban nhân dân cấp xã", "công nhận"),
    ("59/2023/NĐ-CP:d3:k1:c", "Trưởng Ban công tác Mặt trận ở thôn, tổ dân phố", "triệu tập"),
    ("10/2022/QH15:d18:k1", "Trưởng thôn, Tổ trưởng tổ dân phố", "chủ trì"),
    ("10/2022/QH15:d41:k1", "Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã", "thành lập"),
    ("61/2023/NĐ-CP:d20:k2", "Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã", "giám sát"),
])
def test_roles_found_in_the_law(store, uid, actor, role):
    unit = store.unit(uid)
    roles = {(r.actor, r.role) for s in sentences(uid, unit.text) for r in role_facts(s)}
    assert (actor, role) in roles
