"""The law's cross-references as a prior (kb/search/citing.py): pure, and the store's read."""
from __future__ import annotations

import pytest

from kb.search.citing import cited_prior, document_of


def test_document_of_keeps_colons_of_the_document_id():
    assert document_of("10/2022/QH15:d11") == "10/2022/QH15"
    assert document_of("local:001_ab:d3") == "local:001_ab"


def test_article_of_another_document_cited_by_the_first_results_gains():
    ranked = [(10.0, "59/2023/NĐ-CP:d3"), (8.5, "59/2023/NĐ-CP:d4"), (8.0, "10/2022/QH15:d11")]
    cites = {"59/2023/NĐ-CP:d3": ("10/2022/QH15:d11",)}.get
    out = cited_prior(ranked, lambda u: cites(u, ()))
    assert [u for _, u in out] == ["59/2023/NĐ-CP:d3", "10/2022/QH15:d11", "59/2023/NĐ-CP:d4"]
    assert out[0] == ranked[0]  # the first keeps its score
    assert out[1][0] == pytest.approx(8.0 * 1.1)


def test_citations_within_one_document_and_beyond_the_first_k_do_not_count():
    ranked = [(10.0, "61/2023/NĐ-CP:d11"), (9.9, "61/2023/NĐ-CP:d9")] + [
        (9.0 - i, f"x/{i}:d1") for i in range(6)]
    cites = {"61/2023/NĐ-CP:d11": ("61/2023/NĐ-CP:d9",), "x/5:d1": ("61/2023/NĐ-CP:d9",)}
    assert cited_prior(ranked, lambda u: cites.get(u, ())) == ranked


def test_a_citer_splits_its_share_among_what_it_cites():
    ranked = [(10.0, "a:d1"), (5.0, "b:d1"), (5.0, "c:d1")]
    out = dict((u, s) for s, u in cited_prior(ranked, lambda u: ("b:d1", "c:d1") if u == "a:d1" else ()))
    assert out["b:d1"] == pytest.approx(5.0 * 1.05) and out["c:d1"] == pytest.approx(5.0 * 1.05)


def test_store_reads_an_articles_citations_cut_to_articles(store, corpus):
    from kb.graph import build_graph
    from kb.search.store import SearchStore
    from tests.conftest import CORE_FILE
    build_graph(store, only=[str(corpus / CORE_FILE)])  # the session KB's graph for đề mục 44.13 (as tests/test_graph.py)
    got = SearchStore(store).cited_articles("61/2023/NĐ-CP:d11")
    assert "10/2022/QH15:d21" in got
    assert all(u.count(":") == 1 for u in got) and "61/2023/NĐ-CP:d11" not in got
    assert SearchStore(store).cited_articles("no/such:d1") == ()


# -- word order with a word between (kb/search/rerank.py, SKIP_GAIN) -------------------------------
def test_word_skips_are_words_one_apart():
    from kb.search.rerank import word_skips
    assert word_skips(["chep", "lai", "nhung", "noi", "dung"]) == ["chep nhung", "lai noi", "nhung dung"]
    assert word_skips(["a", "b"]) == []


def test_article_saying_the_query_words_one_apart_gains():
    from kb.search.rerank import ArticleText, rerank, word_skips
    from kb.search.analysis import folded_tokens
    texts = {"x:d1": ArticleText.of("Nguyên tắc", ["Không chép lại các nội dung đã được quy định"]),
             "x:d2": ArticleText.of("Bãi bỏ", ["Chép nội dung lại đã quy định"])}
    words = folded_tokens("chép lại những nội dung")
    readings = (frozenset(words),)
    ranked = [(1.0, "x:d2"), (1.0, "x:d1")]
    plain = rerank(ranked, readings, lambda w: 1.0, texts.__getitem__)
    skipped = rerank(ranked, readings, lambda w: 1.0, texts.__getitem__, skips=frozenset(word_skips(words)))
    assert dict((u, s) for s, u in plain)["x:d1"] == dict((u, s) for s, u in plain)["x:d2"]
    assert [u for _, u in skipped] == ["x:d1", "x:d2"]
    assert "chep cac" in texts["x:d1"].skips and "lai noi" in texts["x:d1"].skips
