"""The laws and decrees before the texts that restate them (kb/search/authority.py)."""
from __future__ import annotations

import pytest

from kb.search import SearchEngine
from kb.search.authority import BELOW_DECREES, LOWER, factor


def test_circulars_and_decisions_come_below_laws_and_decrees():
    assert factor("Luật") == factor("Bộ luật") == factor("Pháp lệnh") == factor("Nghị định") == 1.0
    assert factor("Thông tư") == factor("Thông tư liên tịch") == factor("Quyết định") == BELOW_DECREES < 1.0


def test_unknown_types_are_left_alone():
    assert factor("Bài viết") == factor("Pháp điển") == factor(None) == factor("") == 1.0


def test_every_lower_type_is_a_type_of_the_corpus(store):
    assert LOWER <= {d.doc_type for d in store.documents()}


@pytest.fixture(scope="module")
def engine(store) -> SearchEngine:
    return SearchEngine.open(store)


def test_the_law_comes_before_the_circulars_restating_it(engine):
    # Law 36/2018 Art. 25 and, word for word, articles of ministries' circulars (27/2024/TT-BTC …):
    # without the preference a circular came first and the law third
    assert engine.rank("chuyển đổi vị trí công tác định kỳ", limit=5)[0] == "36/2018/QH14:d25"


def test_the_law_comes_before_every_circular_restating_it(engine):
    # Law 36/2018 Art. 22.2, restated by Decree 59/2019 Art. 25 and by police circulars
    ranked = engine.rank("nhận quà tặng của cá nhân có liên quan đến công việc do mình giải quyết", limit=10)
    law = ranked.index("36/2018/QH14:d22")
    circulars = [i for i, uid in enumerate(ranked) if "/TT-" in uid]
    assert circulars and law < min(circulars), ranked


def test_a_draft_report_or_article_is_not_law():
    from kb.search.authority import NOT_NORMATIVE, level
    assert factor("Nghị quyết", "draft") == factor("Báo cáo", "report") == factor("Bài viết", "article") \
        == NOT_NORMATIVE < 1.0
    assert factor("Nghị quyết", "norm") == 1.0
    # near-duplicates (kb.search.duplicates): laws and decrees, then lower texts, then the rest; in force first
    assert level("Luật") == level("Nghị định") > level("Luật", in_force=False) > level("Thông tư") \
        > level("Nghị quyết", "draft")
