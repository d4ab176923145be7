"""kb.citations.find.find_citations on real sentences: spans, targets, relative references.

Sentences are quoted from the corpus and the seeds (the gold-set test measures
the same function over 300+ labelled citations; these pin individual forms).
"""
from __future__ import annotations

import pytest

from kb.citations.find import find_citations, infer_type
from kb.citations.model import FoundCitation
from kb.citations.names import NameTable
from kb.vntext import fold_same_length
from kb.vntext import fold, nfc


def targets(c: FoundCitation) -> list[tuple]:
    out = []
    for t in c.targets:
        d = t.doc
        doc = None if d is None else (d.doc_id or d.number or f"{d.doc_type}|{d.name}")
        out.append((doc, t.article, t.clause, t.point))
    return out


def only(text: str, **kw) -> FoundCitation:
    found = find_citations(text, **kw)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


def test_fold_same_length_matches_vntext_fold_on_the_core_file(corpus):
    text = nfc((corpus / "phapdien/xay-dung-phap-luat-va-thi-hanh-phap-luat/thuc-hien-dan-chu-o-co-so.md")
               .read_text(encoding="utf-8"))[:200_000]
    fast = fold_same_length(text)
    assert len(fast) == len(text)
    assert fast == fold(text)


def test_nested_reference_with_commas_and_capital_point_across_a_line_break():
    # seed 000: "tại điểm C, khoản 1, Điều 3, Nghị định số\n59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ"
    text = "Ví dụ, tại điểm C, khoản 1, Điều 3, Nghị định số \n59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định"
    c = only(text)
    assert text[c.start:c.end] == c.text == "điểm C, khoản 1, Điều 3, Nghị định số \n59/2023/NĐ-CP ngày 14/8/2023"
    assert targets(c) == [("59/2023/NĐ-CP", "3", "1", "c")]
    assert c.targets[0].doc.issued == "2023-08-14"


def test_point_dd_keeps_its_letter():
    c = only("quy định tại điểm đ khoản 1 Điều 3 Nghị định số 59/2023/NĐ-CP")
    assert targets(c) == [("59/2023/NĐ-CP", "3", "1", "đ")]


def test_list_of_clauses_expands_and_shares_the_article():
    c = only("niêm yết thông tin quy định tại các khoản 1, 2, 3, 5, 6, 7, 8, 9, 10, 11 và 12 Điều 11 "
             "của Luật này tại trụ sở", context_doc="10/2022/QH15", context_article="13")
    assert [t[2] for t in targets(c)] == ["1", "2", "3", "5", "6", "7", "8", "9", "10", "11", "12"]
    assert {t[0] for t in targets(c)} == {"10/2022/QH15"} and {t[1] for t in targets(c)} == {"11"}


def test_list_of_articles_and_this_decree():
    c = only("theo quy định tại các điều 8, 9 và 10 Nghị định này.", context_doc="61/2023/NĐ-CP",
             context_article="6")
    assert targets(c) == [("61/2023/NĐ-CP", a, None, None) for a in ("8", "9", "10")]
    assert all(t.relative for t in c.targets)


@pytest.mark.parametrize("text, expected", [
    ("từ Điều 5 đến Điều 9 Nghị định này", ["5", "6", "7", "8", "9"]),
    ("các điều từ Điều 228 đến Điều 233 của Bộ luật này", [str(n) for n in range(228, 234)]),
    ("từ Điều 430 đến Điều 439, từ Điều 441 đến Điều 443 và Điều 454 của Bộ luật này",
     [str(n) for n in range(430, 440)] + ["441", "442", "443", "454"]),
])
def test_ranges_expand(text, expected):
    c = only(text, context_doc="91/2015/QH13", context_article="1", context_type="Bộ luật")
    assert [t[1] for t in targets(c)] == expected
    assert c.text == text


def test_point_range():
    c = only("theo quy định từ điểm a đến điểm h khoản 1 Điều này", context_doc="39/2007/NĐ-CP",
             context_article="6")
    assert [t[3] for t in targets(c)] == ["a", "b", "c", "d", "đ", "e", "g", "h"]


def test_relative_references_use_the_context():
    found = find_citations("Thông tin quy định tại khoản 3 Điều này được gửi đến Trưởng thôn. Việc thông báo "
                           "quy định tại khoản này được thực hiện theo Luật này.",
                           context_doc="10/2022/QH15", context_article="13", context_clause="4")
    assert [c.text for c in found] == ["khoản 3 Điều này", "khoản này", "Luật này"]
    assert [targets(c) for c in found] == [[("10/2022/QH15", "13", "3", None)],
                                           [("10/2022/QH15", "13", "4", None)],
                                           [("10/2022/QH15", None, None, None)]]


def test_one_law_named_after_several_chains_applies_to_all_of_them():
    # Decree 59/2023 Art. 1, as compiled in đề mục 44.13
    text = ("Nghị định này quy định chi tiết khoản 4 Điều 23; khoản 4 Điều 33; khoản 3 Điều 40; khoản 4 Điều 45; "
            "khoản 3 Điều 63 và khoản 4 Điều 81 của Luật Thực hiện dân chủ ở cơ sở, gồm các nội dung sau:")
    found = find_citations(text, context_doc="59/2023/NĐ-CP", context_article="1")
    chains = [c for c in found if c.targets[0].article]
    assert [(t[1], t[2]) for c in chains for t in targets(c)] == [
        ("23", "4"), ("33", "4"), ("40", "3"), ("45", "4"), ("63", "3"), ("81", "4")]
    assert all(c.targets[0].doc.name == "Thực hiện dân chủ ở cơ sở" for c in chains)
    assert found[0].text == "Nghị định này"


def test_report_refers_back_to_the_decree_it_just_named():
    # seed 000: "… bất cập tại Nghị định số 59/2023/NĐ-CP. … Ví dụ, khoản 1, Điều 3, cần điều chỉnh …"
    text = ("Chính phủ cần rà soát, điều chỉnh một số bất cập tại Nghị định số 59/2023/NĐ-CP. Một số điểm cụ thể "
            "đã chỉ ra trong nghiên cứu. Ví dụ, khoản 1, Điều 3, cần điều chỉnh cách diễn đạt. Tương tự, tại "
            "điểm đ, khoản 1, Điều 3 của Nghị \nđịnh này quy định. Điều này dẫn đến hiệu quả thấp.")
    found = find_citations(text, context_doc="local:000", context_type="Bài viết")
    assert [c.text for c in found] == ["Nghị định số 59/2023/NĐ-CP", "khoản 1, Điều 3",
                                       "điểm đ, khoản 1, Điều 3 của Nghị \nđịnh này"]
    assert targets(found[1]) == [("59/2023/NĐ-CP", "3", "1", None)]
    assert targets(found[2]) == [("59/2023/NĐ-CP", "3", "1", "đ")]


def test_documents_by_number_with_both_date_forms_and_party_documents():
    text = ("Căn cứ Quyết định số 346/QĐ-TTg ngày 06 tháng 4 năm 2023 của Thủ tướng; Chỉ thị số 30-CT/TW, "
            "ngày 18/02/1998 của Bộ Chính trị; Pháp lệnh số 34/2007/PL-UBTVQH11; Nghị quyết số 18-NQ/TW; "
            "Chỉ thị 30 -CT/TW; Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị")
    found = find_citations(text)
    assert [c.text for c in found] == [
        "Quyết định số 346/QĐ-TTg ngày 06 tháng 4 năm 2023", "Chỉ thị số 30-CT/TW, ngày 18/02/1998",
        "Pháp lệnh số 34/2007/PL-UBTVQH11", "Nghị quyết số 18-NQ/TW", "Chỉ thị 30 -CT/TW",
        "Quyết định số 217-QĐ/TW, 218-QĐ/TW"]
    refs = [t.doc for c in found for t in c.targets]
    assert [(r.doc_type, r.number, r.issued) for r in refs] == [
        ("Quyết định", "346/QĐ-TTg", "2023-04-06"), ("Chỉ thị", "30-CT/TW", "1998-02-18"),
        ("Pháp lệnh", "34/2007/PL-UBTVQH11", None), ("Nghị quyết", "18-NQ/TW", None),
        ("Chỉ thị", "30-CT/TW", None), ("Quyết định", "217-QĐ/TW", None), ("Quyết định", "218-QĐ/TW", None)]


def test_documents_by_name_with_year_and_amending_title():
    text = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số "
            "điều của Luật Tổ chức Chính phủ và Luật Tổ chức \n\nchính quyền địa phương ngày 22 tháng 11 năm 2019; "
            "Luật Phòng, chống tham nhũng năm 2018 đã đưa ra; thực hiện nghiêm Luật Tiếp công dân; quy định của "
            "pháp luật.")
    found = find_citations(text)
    assert [c.text for c in found] == [
        "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
        "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức \n\nchính quyền địa "
        "phương ngày 22 tháng 11 năm 2019",
        "Luật Phòng, chống tham nhũng năm 2018", "Luật Tiếp công dân"]
    assert found[0].targets[0].doc.issued == "2015-06-19"
    assert found[2].targets[0].doc.issued == "2018"


def test_prose_is_not_cited():
    text = ("Điều này dẫn đến hiệu quả công tác giám sát không cao. Các quy định của pháp luật, điều kiện "
            "cần thiết; tuyên truyền pháp luật; triển khai Luật; quán triệt Luật được triển khai;\n Điều 2. "
            "Nguồn kinh phí thực hiện\nXét Tờ trình số       /TTr-UBND ngày    tháng   năm 2024; "
            "thực hiện Nghị quyết theo quy định.")
    assert find_citations(text) == []


def test_article_heading_at_line_start_is_not_a_citation():
    assert find_citations("Điều 4. Hiệu lực thi hành\nNghị quyết này có hiệu lực.", context_doc="local:x",
                          context_type="Nghị quyết")[0].text == "Nghị quyết này"


def test_law_named_inside_a_dated_decree_cannot_postdate_it():
    text = "Nghị định số 60/2013/NĐ-CP ngày 19/6/2013 của Chính phủ quy định chi tiết khoản 3 Điều 63 Bộ luật Lao động"
    found = find_citations(text)
    assert found[1].targets[0].doc.not_after == "2013-06-19"


def test_names_from_the_knowledge_base_are_accent_exact():
    names = NameTable.build([("Luật", "Dược")])
    assert find_citations("quán triệt Luật được triển khai", names=names) == []
    assert only("theo Luật Dược", names=names).text == "Luật Dược"


def test_spans_index_the_nfc_text():
    decomposed = "theo khoản 2 Điều 6 Nghị định số 61/2023/NĐ-CP".replace("ả", "a\u0309")
    c = only(decomposed)
    assert nfc(decomposed)[c.start:c.end] == c.text


@pytest.mark.parametrize("doc_id, dtype", [("59/2023/NĐ-CP", "Nghị định"), ("10/2022/QH15", "Luật"),
                                           ("117/2021/TT-BCA", "Thông tư"), ("local:001", None)])
def test_infer_type(doc_id, dtype):
    assert infer_type(doc_id) == dtype


def test_odd_input_does_not_crash():
    for text in ("", "Điều", "khoản 1, 2, 3,", "từ Điều 9 đến Điều 5", "số /2023/NĐ-CP", "Luật " * 50,
                 "Điều 1" * 200, "\x00\ufeffĐiều 3 Luật này"):
        find_citations(text, context_doc="10/2022/QH15", context_article="1")


@pytest.mark.parametrize("typed,uid", [("44.13.nd.1.3", "59/2023/NĐ-CP:d3"), ("44.13.NĐ.2.11", "61/2023/NĐ-CP:d11"),
                                       ("44.13.nđ.2.11", "61/2023/NĐ-CP:d11"), ("44.13.lq.5", "10/2022/QH15:d5")])
def test_phapdien_code_typed_in_any_case_is_found_under_its_numbers(store, typed, uid):
    """A code typed in lower case or without marks is looked up under its leading numbers ("44.13."), an
    index range: no scan of every unit (that scan took about 100 ms on the whole corpus)."""
    from kb.citations.resolve import _by_code_folded

    assert _by_code_folded(store, typed).uid == uid
    assert _by_code_folded(store, "44.13.xx.9") is None
    codes = store.codes_with_prefix("44.13.")
    assert codes and all(code.startswith("44.13.") for code, _ in codes)
    assert len(codes) < len(store.codes_with_prefix("44."))


@pytest.mark.parametrize("text,issued", [
    ("Thực hiện Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, ngày 16/3/2026 Sở Nội vụ tổ chức hội nghị.", None),
    ("Căn cứ Nghị định số 59/2023/NĐ-CP, ngày 14/8/2023 của Chính phủ quy định chi tiết", "2023-08-14"),
    ("Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 Quy định chi tiết", "2023-08-14"),
    ("Căn cứ Nghị định số 59/2023/NĐ-CP, ngày 14 tháng 8 năm 2023 của Chính phủ", "2023-08-14"),
])
def test_a_date_that_opens_the_next_clause_is_not_the_cited_documents(text, issued):
    """", ngày 16/3/2026 Sở Nội vụ tổ chức …" dates the meeting, not the law (it gave a false OR-04)."""
    (found,) = find_citations(text)
    assert [t.doc.issued for t in found.targets] == [issued]
