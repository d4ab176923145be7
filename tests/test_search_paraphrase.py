"""Plain words for the law's own (kb/data/search_synonyms.yaml «equivalents»), on questions of no dev set.

Each query below found nothing relevant in its top 3 before its entry was added.
"""
from __future__ import annotations

import pytest

from kb.search import SearchEngine


@pytest.fixture(scope="module")
def engine(store) -> SearchEngine:
    return SearchEngine.open(store)


@pytest.mark.parametrize("query, note, answer", [
    # Law 35/2013 Art. 7 "Tiêu chuẩn hòa giải viên"
    ("hòa giải viên cần đạt những yêu cầu gì", "→ tiêu chuẩn", "35/2013/QH13:d7"),
    # Law 10/2022 Art. 18.2 "Đại diện hộ gia đình …" (who attends the meeting of the thôn)
    ("mỗi nhà cử mấy người đi họp", "mỗi nhà → hộ gia đình", "10/2022/QH15:d18"),
    # Law 10/2022 Art. 11 "Những nội dung chính quyền địa phương cấp xã phải công khai"
    ("những việc gì xã phải cho dân biết", "cho dân biết → công khai", "10/2022/QH15:d11"),
])
def test_plain_words_find_the_law_words(engine, query, note, answer):
    result = engine.run(query, limit=3)
    assert any(note in n for n in result.notes), result.notes
    assert answer in [h.article_uid for h in result.hits], [h.article_uid for h in result.hits]


def test_a_cap_is_searched_as_the_law_says_it(engine):
    # Decree 59/2023 Art. 17.2 "… nhưng không quá 05 người": "tối đa" is searched as "không quá"
    parsed = engine.explain("ban giám sát đầu tư của cộng đồng có tối đa bao nhiêu thành viên")
    assert "tối đa → không quá" in parsed.notes
    assert {"khong", "qua"} <= {t.text for t in parsed.terms if t.field == "fsyl" and t.weight == 1.0}
