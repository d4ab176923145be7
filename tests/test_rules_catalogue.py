"""The rule catalogue (issue 5): every rule loads, every basis resolves, every number is in its basis.

The knowledge base is the session fixture built from the whole real corpus.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.basis import BasisResolver
from checker.engine import check_file, check_text
from checker.model import KINDS, Basis
from checker.rules import RULES_DIR, RuleError, catalogue, lexicon, load_lexicon, load_rules

RULES = catalogue()
BY_ID = {r.id: r for r in RULES}


def test_catalogue_covers_every_kind_with_several_rules():
    kinds = {k: sum(1 for r in RULES if r.kind == k) for k in KINDS}
    assert all(n >= 3 for n in kinds.values()), kinds
    assert len(RULES) == len(BY_ID)  # ids are unique


@pytest.fixture(scope="module")
def resolver(store):
    return BasisResolver(store, "2026-06-30")


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_basis_citation_resolves_and_is_quoted(rule, resolver):
    assert rule.basis or rule.facts or rule.explanation
    for citation in rule.basis:
        b = resolver.resolve(citation)
        assert isinstance(b, Basis), f"{rule.id}: căn cứ «{citation}» không tra được: {b}"
        assert b.quote.strip(), f"{rule.id}: «{citation}» không có nội dung"
        assert b.article, f"{rule.id}: «{citation}» phải chỉ tới một điều cụ thể"
    for ref in rule.facts:
        assert isinstance(resolver.fact(ref), Basis), f"{rule.id}: dữ kiện {ref} không có"


@pytest.mark.parametrize("rule", [r for r in RULES if r.detect.get("expect")], ids=lambda r: r.id)
def test_each_legal_number_of_a_conflict_rule_appears_in_its_quoted_basis(rule, resolver):
    quoted = "\n".join(b.quote for b in resolver.for_rule(rule))
    for words in rule.detect["expect"]:
        assert words in quoted, f"{rule.id}: «{words}» không có trong căn cứ được trích"


def test_every_quantity_conflict_rule_declares_what_it_expects():
    for r in RULES:
        if r.kind == "conflict" and "quantity" in r.detect:
            assert r.detect.get("expect"), r.id


def test_required_content_items_cite_one_of_the_rule_citations():
    for r in RULES:
        for it in r.detect.get("items", ()):
            if "basis" in it:
                assert it["basis"] in r.basis, (r.id, it["id"])


def test_role_rules_use_roles_the_lexicon_defines():
    lex = lexicon()
    assert any(r.kind == "role_concurrency" and "forbidden" not in r.detect for r in RULES)
    for r in RULES:
        if r.kind == "role_concurrency" and "forbidden" not in r.detect:  # a rule by wording (RL-41) names no roles
            assert lex.expand(r.detect["a"]) and lex.expand(r.detect["b"]), r.id


# -- malformed files give a clear error naming the file and the rule ------------

GOOD = """
rules:
  - id: XX-01
    title: Thử
    kind: draft_completeness
    applies_to: ["*"]
    severity: gợi ý
    message: "Thử"
    fix: "Sửa"
    explanation: "Vì"
    detect: {check: missing_basis}
"""


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "thu.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_a_well_formed_file_loads(tmp_path):
    rules = load_rules(tmp_path, files=[_write(tmp_path, GOOD)])
    assert [r.id for r in rules] == ["XX-01"]


@pytest.mark.parametrize("change, rule_id, words", [
    (("kind: draft_completeness", "kind: lạ"), "XX-01", "loại quy tắc 'lạ' không được hỗ trợ"),
    (("severity: gợi ý", "severity: nặng"), "XX-01", "mức độ 'nặng' không hợp lệ"),
    (('applies_to: ["*"]', "applies_to: [cong_van]"), "XX-01", "loại văn bản không tồn tại: cong_van"),
    (("detect: {check: missing_basis}", "detect: {check: missing_basis, lạ: 1}"), "XX-01", "khóa không được hỗ trợ"),
    (("detect: {check: missing_basis}", "detect: {check: sai}"), "XX-01", "'check' phải là"),
    (("    fix: \"Sửa\"\n", ""), "XX-01", "thiếu trường bắt buộc 'fix'"),
    (("id: XX-01", "id: sai mã"), "sai mã", "mã quy tắc 'sai mã' không hợp lệ"),
])
def test_malformed_rule_names_file_rule_and_problem(tmp_path, change, rule_id, words):
    path = _write(tmp_path, GOOD.replace(*change))
    with pytest.raises(RuleError) as exc:
        load_rules(tmp_path, files=[path])
    msg = str(exc.value)
    assert str(path) in msg and words in msg
    assert exc.value.rule_id == rule_id


def test_conflict_rule_without_basis_is_refused(tmp_path):
    text = GOOD.replace("kind: draft_completeness", "kind: conflict").replace(
        "detect: {check: missing_basis}", "detect: {forbidden: [phạt tiền]}")
    with pytest.raises(RuleError, match="phải nêu căn cứ pháp lý"):
        load_rules(tmp_path, files=[_write(tmp_path, text)])


def test_broken_yaml_names_the_line(tmp_path):
    path = _write(tmp_path, "rules:\n  - id: XX-01\n    title: [không đóng\n")
    with pytest.raises(RuleError) as exc:
        load_rules(tmp_path, files=[path])
    assert str(path) in str(exc.value) and "YAML không hợp lệ (dòng" in str(exc.value)


def test_duplicate_rule_id_across_files(tmp_path):
    a = tmp_path / "a.yaml"
    b = tmp_path / "b.yaml"
    a.write_text(GOOD, encoding="utf-8")
    b.write_text(GOOD, encoding="utf-8")
    with pytest.raises(RuleError, match="mã quy tắc trùng"):
        load_rules(tmp_path, files=[a, b])


@pytest.mark.parametrize("old, new", [
    ('"cán bộ, công chức cấp xã"', "cán bộ, công chức cấp xã"),  # leaves the bare "cán bộ"
    ("Chủ tịch UBND phường,", "Chủ tịch UBND xã, phường,"),  # leaves the bare "phường"
])
def test_lexicon_refuses_a_pattern_split_by_a_yaml_comma(tmp_path, old, new):
    text = (RULES_DIR / "lexicon.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "lexicon.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RuleError, match="quá ngắn hoặc quá chung") as exc:
        load_lexicon(path)
    assert str(path) in str(exc.value)


# -- the workplace gates of a conflict rule (rules/conflict_workplace.yaml) ------------------------

CONFLICT = GOOD.replace("kind: draft_completeness", "kind: conflict").replace(
    '    explanation: "Vì"\n', '    explanation: "Vì"\n    basis: [khoản 2 Điều 38 Nghị định 145/2020/NĐ-CP]\n')


@pytest.mark.parametrize("detect, words", [
    ("{headcount: [[0, 3], [50, 4]], context: [[đối thoại]], quantity: {unit: people, max: 3}}",
     "'headcount' cần 'quantity' với 'min'"),
    ("{headcount: [[50, 4], [0, 3]], context: [[đối thoại]], quantity: {unit: people, min: 3}}",
     "tăng dần, bắt đầu từ 0"),
    ("{not_if_unless: [[lựa chọn áp dụng]], forbidden: [phạt tiền]}", "'not_if_unless' chỉ dùng cùng 'not_if'"),
    ("{unknown_type_if: [], forbidden: [phạt tiền]}", "'unknown_type_if' phải là danh sách"),
    ("{past_year: 1, forbidden: [chưa tổ chức]}", "'past_year' là true"),
    ("{held_late: {months: 0}, forbidden: [hội nghị]}", "'held_late' là {months: số tháng}"),
    ("{held_late: 3, forbidden: [hội nghị]}", "'held_late' là {months: số tháng}"),
])
def test_malformed_workplace_gate_is_refused(tmp_path, detect, words):
    text = CONFLICT.replace("detect: {check: missing_basis}", f"detect: {detect}")
    with pytest.raises(RuleError) as exc:
        load_rules(tmp_path, files=[_write(tmp_path, text)])
    assert words in str(exc.value)


def test_unknown_type_marker_and_three_digit_ids_load(tmp_path):
    text = CONFLICT.replace('applies_to: ["*"]', 'applies_to: [quy_che_doanh_nghiep, "?"]').replace(
        "id: XX-01", "id: XX-101").replace(
        "detect: {check: missing_basis}",
        "detect: {unknown_type_if: [[nơi làm việc]], headcount: [[0, 3], [50, 4]], context: [[đối thoại]], "
        "quantity: {unit: people, min: 3}}")
    (rule,) = load_rules(tmp_path, files=[_write(tmp_path, text)])
    assert rule.id == "XX-101" and rule.applies_to == ("quy_che_doanh_nghiep", "?")


def test_yields_to_must_name_a_rule_of_the_catalogue(tmp_path):
    path = _write(tmp_path, GOOD.replace("    fix: \"Sửa\"\n", "    fix: \"Sửa\"\n    yields_to: [XX-99]\n"))
    with pytest.raises(RuleError, match="'yields_to' nêu quy tắc không có: XX-99"):
        load_rules(tmp_path, files=[path])


def test_two_rules_may_not_yield_to_each_other(tmp_path):
    other = GOOD.replace("id: XX-01", "id: XX-02").replace("rules:\n", "")
    text = GOOD.replace("    fix: \"Sửa\"\n", "    fix: \"Sửa\"\n    yields_to: [XX-02]\n") + \
        other.replace("    fix: \"Sửa\"\n", "    fix: \"Sửa\"\n    yields_to: [XX-01]\n")
    with pytest.raises(RuleError, match="'yields_to' hai chiều"):
        load_rules(tmp_path, files=[_write(tmp_path, text)])


def test_one_defect_is_said_once_when_a_rule_yields_to_a_more_exact_one(store, corpus):
    """The reviewer's r08 line 63 ("chậm nhất trong quý II của năm tiếp theo"): CF-34 (forms of the
    period) and CF-93 (the deadline read as a point of the next year) both read Art. 69.1 there;
    the user sees one lỗi. Run alone, CF-34 still fires — the rule is not weakened, only said once."""
    doc = corpus / "review" / "r08-quy-che-dan-chu-cong-ty-thuy-loi-ha-lam.txt"
    on_63 = [f.rule for f in check_file(doc, store).findings if f.evidence.line == 63]
    assert on_63.count("CF-93") == 1 and "CF-34" not in on_63
    cf34 = [r for r in catalogue() if r.id == "CF-34"]
    alone = check_file(doc, store, rules=cf34).findings
    assert [f.evidence.line for f in alone] == [63]


ONLINE_VOTE = ("TỔ DÂN PHỐ SỐ 9 – PHƯỜNG NGẠN KIỀU\nNgạn Kiều, ngày 09 tháng 02 năm 2026\nBIÊN BẢN\n"
               "Kết quả biểu quyết trực tuyến về việc lắp camera và mức đóng góp của các hộ\n"
               "1. Nội dung biểu quyết: chủ trương lắp 12 mắt camera; mức đóng góp 300.000 đồng/hộ.\n"
               "2. Tổ lấy ý kiến biểu quyết trực tuyến gồm 05 người.\n"
               "3. Hình thức: bình chọn trên nhóm Zalo của tổ dân phố (đồng ý / không đồng ý / ý kiến khác).\n")


def test_a_rule_yields_in_text_to_the_rule_stating_the_defect_at_its_place(store):
    """s26-pr (unseen63 u63-12 L16): CF-22b states the online vote on a contribution at the matter put to it (L5); CF-22
    no longer says it again at each line naming the online form. Run without CF-22b, CF-22 still fires."""
    rules = [r for r in catalogue() if r.id in ("CF-22", "CF-22b")]
    found = [(f.rule, f.evidence.line) for f in check_text(ONLINE_VOTE, store, source_name="u63", rules=rules).findings]
    assert [r for r, _ in found] == ["CF-22b"]
    alone = check_text(ONLINE_VOTE, store, source_name="u63", rules=rules[:1] if rules[0].id == "CF-22" else rules[1:])
    assert [f.rule for f in alone.findings] and {f.rule for f in alone.findings} == {"CF-22"}


def test_yields_in_text_names_a_known_rule(tmp_path):
    with pytest.raises(RuleError, match="'yields_in_text' nêu quy tắc không có"):
        load_rules(tmp_path, files=[_write(tmp_path, GOOD.replace("    fix: \"Sửa\"\n",
                                                                   "    fix: \"Sửa\"\n    yields_in_text: [XX-99]\n"))])
