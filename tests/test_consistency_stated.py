"""s25-ic: the stated quantities of ``checker.kinds.consistency.stated``, read on sentences written for them."""
from __future__ import annotations

from types import SimpleNamespace

from checker.kinds.consistency.stated import one_value, own_villages, tied_lengths, tied_sizes
from checker.text import build_input

HEAD = "ỦY BAN NHÂN DÂN XÃ AN HÒA\nAn Hòa, ngày 15 tháng 7 năm 2025\nKẾ HOẠCH\nThực hiện dân chủ ở cơ sở\n\nI. NỘI DUNG\n"


def _ctx(body: str):
    return SimpleNamespace(doc=build_input(HEAD + body, "x"))


def test_the_villages_counted_by_kind_are_their_sum():
    ctx = _ctx("1. Xã An Hòa được thành lập trên cơ sở nhập xã An Lạc và xã Hòa Bình; hiện có 14 thôn và 6 tổ dân phố.\n")
    w = one_value(own_villages(ctx))
    assert w is not None and w.value == 20 and w.what == {"thon", "to dan pho"} and w.quote == "14 thôn và 6 tổ dân phố"


def test_the_villages_counted_whole():
    ctx = _ctx("1. Xã An Hòa gồm 12 thôn, tổ dân phố.\n2. Trên địa bàn xã hiện có 9 thôn và 3 tổ dân phố.\n")
    got = own_villages(ctx)
    assert [s.value for s in got] == [12, 12] and one_value(got).what == {"thon", "to dan pho"}


def test_a_former_commune_or_a_plan_counts_no_villages_of_the_commune():
    ctx = _ctx("1. Trước khi sắp xếp, xã An Lạc có 7 thôn và 2 tổ dân phố.\n"
               "2. Xã An Hòa dự kiến gồm 10 thôn.\n3. Xã An Lạc (cũ) hiện có 5 thôn và 1 tổ dân phố.\n")
    assert own_villages(ctx) == []


def test_two_counts_of_the_villages_give_no_single_value():
    ctx = _ctx("1. Xã An Hòa gồm 12 thôn, tổ dân phố.\n2. Hiện có 9 thôn và 4 tổ dân phố.\n")
    assert one_value(own_villages(ctx)) is None


def test_a_size_tied_to_the_villages_before_or_after_its_count():
    ctx = _ctx("1. Bầu Ban Thanh tra nhân dân, số thành viên tương ứng số thôn, tổ dân phố, tổng cộng 22 thành viên.\n"
               "2. Ban Thanh tra nhân dân gồm 14 thành viên, tương ứng với số lượng thôn của xã.\n")
    got = [(s.value, sorted(k), s.quote) for s, k in tied_sizes(ctx)]
    assert got == [(22, ["thon", "to dan pho"], "tổng cộng 22 thành viên"), (14, ["thon"], "gồm 14 thành viên")]


def test_the_law_s_floor_is_no_size_and_an_approximate_size_ties_nothing():
    ctx = _ctx("1. Ban có số thành viên tương ứng số thôn, tổ dân phố nhưng không ít hơn 05 người, tổng cộng 9 thành viên.\n"
               "2. Ban có khoảng 12 thành viên, tương ứng số thôn.\n"
               "3. Ban gồm 9 thành viên và Tổ giúp việc 3 thành viên, tương ứng số thôn.\n")
    assert [s.value for s, _ in tied_sizes(ctx)] == [9]


def test_a_length_tied_to_the_route_and_the_route_s_length():
    ctx = _ctx("- Quy mô: mặt đường dài 1,2 km, rộng 7,5 m; rãnh dọc hai bên tuyến dài 1.450 m mỗi bên, "
               "bằng toàn bộ chiều dài tuyến.\n")
    [(s, w)] = tied_lengths(ctx)
    assert (s.value, w.value, w.quote) == (1450, 1200, "dài 1,2 km")


def test_a_share_of_the_route_is_no_tie():
    ctx = _ctx("- Quy mô: mặt đường dài 1,2 km; rãnh dài 450 m, bằng khoảng một phần ba chiều dài tuyến.\n")
    assert tied_lengths(ctx) == []


def test_frequencies_as_times_a_year_and_what_states_none():
    from checker.kinds.consistency.stated import frequencies
    ctx = _ctx("1. Công ty tổ chức đối thoại định kỳ với người lao động 06 tháng một lần.\n"
               "2. Đối thoại định kỳ tổ chức 2 lần/năm.\n3. Hội nghị người lao động tổ chức mỗi năm một lần.\n"
               "4. Đối thoại định kỳ ít nhất 03 tháng một lần.\n5. Đối thoại định kỳ mỗi quý 01 lần hoặc khi có yêu cầu.\n")
    got = [(act, who, s.value) for act, who, s in frequencies(ctx)]
    assert got == [("doi thoai dinh ky", "nguoi lao dong", 2000), ("doi thoai dinh ky", "", 2000),
                   ("hoi nghi nguoi lao dong", "", 1000)]


def test_an_act_named_as_an_object_has_no_frequency_of_its_own():
    from checker.kinds.consistency.stated import frequencies
    ctx = _ctx("Điều 7. Định kỳ 06 tháng một lần, Giám đốc kiểm tra kết quả thực hiện nghị quyết hội nghị người lao động.\n"
               "Điều 8. Giám đốc báo cáo việc đối thoại định kỳ tại hội nghị, 03 tháng một lần.\n")
    assert frequencies(ctx) == []


def test_each_periodic_act_of_the_vocabulary_reads_its_examples():
    """s26-ic: the periodic acts are data (``stated:`` in rules/internal_consistency.yaml); each entry's sentences
    that state a frequency are read as that act at that frequency, and those that state none are not."""
    from checker.kinds.consistency.stated import VOCABULARY, frequencies
    assert VOCABULARY.acts
    for act in VOCABULARY.acts:
        for text, per_year, who in act.states:
            got = [(a, w, s.value) for a, w, s in frequencies(_ctx(text + "\n"))]
            assert got == [(act.id, who, round(per_year * 1000))], (act.id, text, got)
        for text in act.states_none:
            assert [x for x in frequencies(_ctx(text + "\n")) if x[0] == act.id] == [], (act.id, text)


def test_a_malformed_vocabulary_is_refused_by_name(tmp_path):
    import pytest
    from checker.kinds.consistency.stated import load_vocabulary
    from checker.ruledata import RuleError
    good = ("stated:\n  village_kinds: [thôn]\n  per_year: {năm: 1}\n  frequency_not_exact: [ít nhất]\n"
            "  parties: [Nhân dân]\n  periodic_acts:\n    - id: doi_thoai\n      label: đối thoại\n"
            "      patterns: [đối thoại định kỳ]\n      examples:\n        states:\n"
            "          - {text: \"Đối thoại định kỳ mỗi năm một lần.\", per_year: 1}\n")
    (tmp_path / "ok.yaml").write_text(good, encoding="utf-8")
    assert [a.id for a in load_vocabulary(str(tmp_path / "ok.yaml")).acts] == ["doi thoai"]
    for bad, said in ((good.replace("per_year: {năm: 1}", "per_year: {năm: 0}"), "per_year"),
                      (good.replace("[đối thoại định kỳ]", "[đối]"), "hai từ"),
                      (good.replace("        states:\n", "        stated:\n"), "examples"),
                      (good.replace("  parties", "  partys"), "không dùng")):
        (tmp_path / "bad.yaml").write_text(bad, encoding="utf-8")
        load_vocabulary.cache_clear()
        with pytest.raises(RuleError, match=said):
            load_vocabulary(str(tmp_path / "bad.yaml"))


def test_the_communes_area_as_the_subject_of_its_villages():
    """s26-ic (u78-01 l.17): "…; địa bàn xã hiện có 12 thôn" states the commune's own count; by kind it is their sum."""
    ctx = _ctx("2. Xã Khuê An được thành lập trên cơ sở sắp xếp xã Khuê An và xã Đá Mài; địa bàn xã hiện có 12 thôn.\n")
    w = one_value(own_villages(ctx))
    assert w is not None and (w.value, w.what) == (12, {"thon"})
    ctx = _ctx("2. Trên địa bàn xã hiện có 9 thôn và 4 tổ dân phố.\n")
    assert [(s.value, s.shape) for s in own_villages(ctx)] == [(13, "by_kind")]


def test_those_present_of_a_side():
    """s26-ic (u77-08): a side's count of those present, where the side is listed and where it acts; a later moment
    states none."""
    from checker.kinds.consistency.stated import present_counts
    ctx = _ctx("2. Bên người lao động: số thành viên đại diện là 11 người; có mặt 06 người, vắng 05 người.\n"
               "- Bên người lao động (07 thành viên có mặt) đề nghị lập tổ giám sát.\n"
               "- Bên người sử dụng lao động có mặt 03 người.\n"
               "- Sau giờ giải lao, bên người lao động còn 05 người có mặt.\n")
    got = [(side, s.value, s.quote) for side, s in present_counts(ctx)]
    assert got == [("nguoi lao dong", 6, "có mặt 06 người"), ("nguoi lao dong", 7, "07 thành viên có mặt"),
                   ("nguoi su dung lao dong", 3, "có mặt 03 người")]


def test_the_pairing_of_two_statements():
    """s26-ic: ``disagreeing`` pairs the first statement of a quantity with the first that differs; a quantity stated
    with one value, or with three, pairs none."""
    from checker.kinds.consistency.stated import Stated, disagreeing
    ctx = _ctx("x\n")
    p = ctx.doc.paras[-1]
    st = lambda v: Stated(v, frozenset({"x"}), p, 0, 1)
    got = disagreeing([("a", st(6), 1), ("b", st(3), 0), ("a", st(6), 2), ("a", st(7), 3), ("c", st(1), 0),
                       ("c", st(2), 0), ("c", st(3), 0)])
    assert [(a.value, ta, b.value, tb) for (a, ta), (b, tb) in got] == [(6, 1, 7, 3)]


def test_each_distributive_example_of_the_vocabulary_counts_its_units():
    """s27-ic (u79-d03 l.30): a part counted per unit over the units its label names ("quý I và quý II mỗi quý") counts
    that many times; the examples are data (``stated.distributive`` in rules/internal_consistency.yaml)."""
    from checker.kinds.consistency.stated import VOCABULARY, distributed
    assert VOCABULARY.spreads and VOCABULARY.spreads_unknown
    for text, units in VOCABULARY.spreads:
        label = _ctx(text + "\n").doc.paras[-1].folded
        assert distributed(label) == units, (text, distributed(label))
    for text in VOCABULARY.spreads_unknown:
        assert distributed(_ctx(text + "\n").doc.paras[-1].folded) == 0, text
