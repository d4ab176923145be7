"""A clause that leaves its matter to the Government's text does not answer it (kb/search/rerank.py)."""
from __future__ import annotations

import pytest

from kb.search import SearchEngine
from kb.search.rerank import ArticleText, coverage


def test_delegating_clauses_are_marked():
    article = ArticleText.of("Tổ chức cuộc họp", [
        "Cuộc họp do Trưởng thôn triệu tập; trường hợp cuộc họp để bầu Trưởng thôn thì thực hiện "
        "theo quy định của Chính phủ.",
        "Bộ trưởng Bộ Công an quy định việc thực hiện dân chủ trong Công an nhân dân.",  # says who rules
        "Kinh phí theo quy định của pháp luật về ngân sách nhà nước.",  # not a text of a higher body
    ])
    assert article.delegating == 0b001


def test_a_delegating_clause_covers_less():
    words = frozenset({"bau", "truong", "thon"})
    idf = {w: 1.0 for w in words}
    pointer = ArticleText.of("", ["Việc bầu Trưởng thôn thực hiện theo quy định của Chính phủ."])
    answer = ArticleText.of("", ["Tổ bầu cử triệu tập cuộc họp để bầu Trưởng thôn."])
    assert coverage((words,), idf, answer) == 1.0
    assert coverage((words,), idf, pointer) < 1.0


@pytest.fixture(scope="module")
def engine(store) -> SearchEngine:
    return SearchEngine.open(store)


@pytest.mark.parametrize("query", [
    "người nào triệu tập cuộc họp bầu tổ trưởng tổ dân phố",
    "chủ trì cuộc họp cho thôi làm tổ trưởng tổ dân phố",
])
def test_the_decree_that_answers_comes_before_the_law_that_delegates(engine, query):
    # Law 10/2022 Art. 18.1 leaves the meetings to elect or dismiss a Trưởng thôn to the Government;
    # Decree 59/2023 Art. 3.1.b–c names who convenes and chairs them (2nd before the change)
    assert engine.rank(query, limit=3)[0] == "59/2023/NĐ-CP:d3"
