"""The act reader (checker/kinds/conflict/acts.py): a clause's modality and a lead-in's scope over its items, on
sentences written from the law (Law 10/2022/QH15, Decree 61/2023/NĐ-CP Art. 4-5: a hương ước sets no fine)."""
from __future__ import annotations

import re

import pytest

from checker.kinds.conflict import acts, polarity


@pytest.mark.parametrize("clause,modality", [
    ("Nghiêm cấm các hành vi sau", acts.RULED_OUT),
    ("Hương ước không được quy định các nội dung sau", acts.RULED_OUT),
    ("Các hành vi bị cấm", acts.RULED_OUT),
    ("Trưởng thôn không được", acts.RULED_OUT),
    ("khong duoc phep", acts.RULED_OUT),  # typed without tone marks
    ("Hộ không chấp hành thì bị thôn", acts.SANCTION),  # the items are the negation's consequence
    ("Hộ vi phạm bị", acts.SANCTION),
    ("Trưởng thôn có trách nhiệm", acts.OBLIGED),
    ("Ban Thanh tra nhân dân phải", acts.OBLIGED),
    ("Trưởng thôn có quyền", acts.ALLOWED),
    ("Công dân được", acts.ALLOWED),
    ("Nếu hộ gia đình vi phạm", acts.CONDITION),
    ("Trường hợp hộ vi phạm thì bị thôn", acts.SANCTION),  # the condition's main clause states the act
    ("Năm 2025, thôn đã thực hiện", acts.REPORT),
    ("Các hộ cam kết", acts.STATED),  # "cam" is no "cấm"
    ("Bí thư chi bộ phối hợp", acts.STATED),  # "Bí" is no "bị"
    ("Các khoản thu", acts.STATED),
])
def test_the_modality_of_a_clause(clause, modality):
    assert acts.modality(clause) == modality


@pytest.mark.parametrize("lead,before,after", [
    # the announcing words stand for the items and are dropped
    ("Hộ gia đình vi phạm thì bị Ban điều hành thôn xử lý như sau", "Hộ gia đình vi phạm thì bị Ban điều hành thôn", ""),
    ("Hộ vi phạm, tùy mức độ, sẽ bị áp dụng một trong các hình thức sau đây", "sẽ bị", ""),
    ("Hộ vi phạm bị thôn", "Hộ vi phạm bị thôn", ""),
    ("Trưởng thôn có nhiệm vụ", "Trưởng thôn có nhiệm vụ", ""),
    # the items are the subjects of the lead-in's predicate
    ("Các nội dung sau đây do Ủy ban nhân dân xã quyết định", "", "do Ủy ban nhân dân xã quyết định"),
    ("Những việc sau phải được cộng đồng dân cư bàn và quyết định", "", "phải được cộng đồng dân cư bàn và quyết định"),
])
def test_what_a_lead_in_gives_its_items(lead, before, after):
    scope = acts.read_lead(lead)
    assert (scope.before, scope.after) == (before, after)


def test_a_prohibiting_lead_in_keeps_its_items_as_objects():
    scope = acts.read_lead("Nghiêm cấm các nội dung sau do Trưởng thôn quyết định")
    assert scope.forbids and not scope.after


@pytest.mark.parametrize("lead,item,joined", [
    ("Hộ vi phạm bị Ban điều hành thôn xử lý như sau", "- buộc nộp 500.000 đồng vào quỹ thôn;",
     "Hộ vi phạm bị Ban điều hành thôn buộc nộp 500.000 đồng vào quỹ thôn"),
    ("Các nội dung sau do Ủy ban nhân dân xã quyết định", "a) Mức đóng góp xây dựng đường.",
     "Mức đóng góp xây dựng đường do Ủy ban nhân dân xã quyết định"),
    ("Trưởng thôn có quyền", "2. chỉ định Tổ bầu cử", "Trưởng thôn có quyền chỉ định Tổ bầu cử"),
])
def test_an_item_read_on_from_its_lead_in(lead, item, joined):
    j = acts.join(acts.read_lead(lead), item)
    assert j.key == joined
    assert j.key[j.start:j.end] == item[j.body:].rstrip(" ;.")


def test_an_item_with_a_label_of_its_own_is_read_from_its_value():
    scope = acts.read_lead("Hộ vi phạm bị thôn xử lý như sau")
    keys = [j.key for j in acts.readings(scope, "b) Tái phạm: buộc nộp 300.000 đồng.")]
    assert keys == ["Hộ vi phạm bị thôn Tái phạm: buộc nộp 300.000 đồng", "Hộ vi phạm bị thôn buộc nộp 300.000 đồng"]


def test_a_match_counts_across_the_join_only():
    j = acts.join(acts.read_lead("Hộ vi phạm bị thôn"), "- thu 200.000 đồng")
    at = j.key.index("thôn")
    assert acts.straddles(j, at, j.key.index("200"))  # "thôn thu 200": lead-in and item
    assert not acts.straddles(j, j.start, j.end)  # the item alone
    assert not acts.straddles(j, 0, at)  # the lead-in alone
    assert j.item_offset(j.key.index("200")) == len("- thu ")


def test_first_clause_of_an_item():
    key = "- phạt tiền hộ vi phạm, thu tiền hộ vắng họp"
    assert key[acts.item_body(key):acts.first_clause_end(key)] == "phạt tiền hộ vi phạm"


def test_a_table_row_read_under_its_agent_column():
    rows = acts.row_acts("| tt | nội dung | cơ quan quyết định | thời gian |",
                         "| 1 | mức đóng góp xây dựng đường | ủy ban nhân dân xã | quý i |")
    assert [r.key for r in rows] == ["mức đóng góp xây dựng đường do ủy ban nhân dân xã quyết định"]
    r = rows[0]
    assert r.key[r.start:r.end] == "ủy ban nhân dân xã"


def test_a_table_without_an_agent_column_states_no_act():
    assert acts.row_acts("| tt | nội dung | thời gian |", "| 1 | mức đóng góp | quý i |") == []
    assert acts.row_acts("| nội dung | người quyết định |", "| mức đóng góp | a | b |") == []  # cells differ


@pytest.mark.parametrize("key,agent", [
    ("hội nghị được chủ trì bởi chủ tịch công đoàn", "chủ tịch công đoàn"),
    ("hội nghị được chủ trì bởi ông a, chủ tịch công đoàn", "a, chủ tịch công đoàn"),
])
def test_the_agent_of_a_passive(key, agent):
    at = acts.agent_after(key, key.index("chủ trì") + len("chủ trì"))
    assert key[at:] == agent


def test_do_after_a_verb_is_not_read_as_its_agent():
    key = "trưởng thôn chủ trì do chủ tịch ủy ban nhân dân xã vắng"  # "do" = because
    assert acts.agent_after(key, key.index("chủ trì") + len("chủ trì")) is None


def test_an_item_with_its_own_agent_takes_no_predicate_from_the_lead_in():
    scope = acts.read_lead("Các nội dung sau đây do Hội đồng nhân dân xã quyết định")
    assert acts.readings(scope, "- mức đóng góp tự nguyện do Nhân dân bàn;") == []
    assert [j.key for j in acts.readings(scope, "- dự toán ngân sách xã;")] == [
        "dự toán ngân sách xã do Hội đồng nhân dân xã quyết định"]


@pytest.mark.parametrize("lead,before", [
    ("Hộ vi phạm bị thôn xử lý, tùy theo mức độ, như sau", "Hộ vi phạm bị thôn"),
    ("Hộ vi phạm bị thôn, tùy mức độ vi phạm", "Hộ vi phạm bị thôn"),
    ("Trưởng thôn có trách nhiệm báo cáo UBND xã, phối hợp với Ban công tác Mặt trận", "phối hợp với Ban công tác Mặt trận"),
    ("Hộ vi phạm, tùy mức độ, sẽ bị áp dụng một trong các hình thức sau đây", "sẽ bị"),
])
def test_inserts_and_announcing_clauses_are_passed_over(lead, before):
    assert acts.read_lead(lead).before == before


@pytest.mark.parametrize("sentence,role,verb,ruled_out", [
    # s26-lv: the act ruled out for the role — the text states the law (Decree 59 Art. 3.1.c, Law Art. 33.2)
    ("Chủ tịch UBND xã không được triệu tập và chủ trì hội nghị.", "Chủ tịch UBND xã", "triệu tập", True),
    ("Nghiêm cấm Trưởng thôn triệu tập cuộc họp cho thôi làm Trưởng thôn.", "Trưởng thôn", "triệu tập", True),
    ("Cuộc họp không được do Chủ tịch UBND xã triệu tập.", "Chủ tịch UBND xã", "triệu tập", True),
    ("Trưởng thôn đương nhiệm không được chủ trì cuộc họp bầu.", "Trưởng thôn", "chủ trì", True),
    ("Hội nghị không được chủ trì bởi Chủ tịch Công đoàn.", "Chủ tịch Công đoàn", "chủ trì", True),
    # the negation is another clause's, or a consequence follows it: the role acts
    ("Trưởng thôn không được bầu thì Chủ tịch UBND xã triệu tập cuộc họp.", "Chủ tịch UBND xã", "triệu tập", False),
    ("Khi Trưởng thôn không được bầu lại, Chủ tịch UBND xã chủ trì cuộc họp.", "Chủ tịch UBND xã", "chủ trì", False),
    ("Chủ tịch UBND xã triệu tập cuộc họp; Trưởng thôn không được phát biểu.", "Chủ tịch UBND xã", "triệu tập", False),
    ("Chủ tịch UBND xã trực tiếp chủ trì hội nghị.", "Chủ tịch UBND xã", "chủ trì", False),
    ("Hội nghị được chủ trì bởi Chủ tịch Công đoàn.", "Chủ tịch Công đoàn", "chủ trì", False),
])
def test_an_act_ruled_out_for_its_role(sentence, role, verb, ruled_out):
    k = sentence.lower()
    r = k.index(role.lower())
    v = k.index(verb.lower())
    assert polarity.ruled_out_for(k, r, r + len(role), v) is ruled_out


@pytest.mark.parametrize("tail,announces", [
    (" các việc sau:", True),          # «Trưởng thôn … quyết định các việc sau:» — the items are the act's objects
    (" những nội dung sau đây:", True),
    (":", True),
    (" như sau", True),
    (" mức đóng góp như sau:", False),  # the act has its own object; the items detail it
    (" cuộc họp:", False),
])
def test_a_lead_in_act_followed_only_by_announcing_words_takes_the_items_as_objects(tail, announces):
    assert acts.announces(tail) is announces


_ACTS = re.compile(r"triệu\s+tập|chủ\s+trì|quyết\s+định|ký")


@pytest.mark.parametrize("sentence,role,verb,done", [
    # s28-ls: the clause's polarity — the act refused or not done by its subject (a report, a restatement)
    ("Trưởng thôn đã từ chối triệu tập cuộc họp cho thôi làm Trưởng thôn.", "Trưởng thôn", "triệu tập", False),
    ("Trưởng thôn không triệu tập và chủ trì cuộc họp.", "Trưởng thôn", "chủ trì", False),
    ("Chủ tịch UBND xã không trực tiếp triệu tập và chủ trì cuộc họp.", "Chủ tịch UBND xã", "chủ trì", False),
    ("Chủ tịch UBND phường đã từ chối ban hành quyết định thành lập Ban.", "Chủ tịch UBND phường", "quyết định", False),
    ("Chủ tịch Ủy ban MTTQ phường đã từ chối xem xét, quyết định.", "Chủ tịch Ủy ban MTTQ phường", "quyết định", False),
    ("Phó Trưởng thôn chưa ký quyết định thành lập Tổ bầu cử.", "Phó Trưởng thôn", "ký", False),
    ("Giám đốc Trung tâm, theo Quy chế, không quyết định việc thu, chi.", "Giám đốc Trung tâm", "quyết định", False),
    ("Trưởng thôn không có thẩm quyền triệu tập cuộc họp này.", "Trưởng thôn", "triệu tập", False),
    # the negation governs another verb, or a turn follows it: the act is done
    ("Trưởng thôn không họp mà tự quyết định thu quỹ.", "Trưởng thôn", "quyết định", True),
    ("Trưởng thôn không chỉ triệu tập mà còn chủ trì cuộc họp.", "Trưởng thôn", "triệu tập", True),
    ("Trưởng thôn từ chối đơn của hộ ông A và triệu tập cuộc họp.", "Trưởng thôn", "triệu tập", True),
    ("Chủ tịch UBND xã không thông qua cuộc họp, trực tiếp quyết định.", "Chủ tịch UBND xã", "quyết định", True),
    ("Trưởng thôn dù chưa được công nhận vẫn triệu tập cuộc họp.", "Trưởng thôn", "triệu tập", True),
    ("Chủ tịch UBND xã, do thôn không tổ chức được, trực tiếp quyết định.", "Chủ tịch UBND xã", "quyết định", True),
    ("Trưởng thôn không dự thì Phó Trưởng thôn chủ trì.", "Trưởng thôn", "chủ trì", True),
])
def test_an_act_refused_or_not_done(sentence, role, verb, done):
    k = sentence.lower()
    r = k.index(role.lower())
    v = k.rindex(verb.lower())
    assert polarity.not_done(k, r + len(role), v, _ACTS) is not done
