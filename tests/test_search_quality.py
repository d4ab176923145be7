"""Search quality on the dev sets over the whole corpus, the quiz-question reading, the re-ranking.

``tests/data/search_dev.jsonl``, ``search_dev3.jsonl`` and ``search_dev4.jsonl`` are the
sets the ranking is tuned on (dev4 was measured blind once, as a held-out set, before it
became one); ``tests/data/search_dev2.jsonl`` was written by people who never saw the
ranking code and is never tuned on, nor is ``search_dev5.jsonl`` (written blind): their
floors below are a regression guard (slightly below the values reached when they were set),
not a target.
``bench/search_quality.py`` prints the same figures with latency.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kb.search import SearchEngine
from kb.search.evaluate import evaluate, load_dev
from kb.search.quiz import choice_texts, is_filler, search_text, split_quiz
from kb.search.rerank import ArticleText, coverage, pair_share, rerank, word_pairs
from kb.search.synonyms import synonyms

DATA = Path(__file__).parent / "data"

#: (set, R@1, R@5, R@10, MRR@10) floors. Reached with the clause re-ranking (kb/search/rerank.py):
#: dev1 0.916 / 0.987 / 1.000 / 0.950, dev3 0.850 / 0.961 / 0.967 / 0.899 (before it: dev1
#: 0.839 / 0.981 / 1.000 / 0.903, dev3 0.739 / 0.933 / 0.944 / 0.819); dev2 (held out, measured as a total only) 0.742 / 0.901 /
#: 0.925 / 0.809 (before: 0.695 / 0.883 / 0.920 / 0.776).
#: Then with the plain-word table (kb/data/search_synonyms.yaml: the law's term searched as typed,
#: the re-ranking reading the query in the law's words) and short citations ("k2 d6 nd61"):
#: dev1 0.916 / 0.987 / 1.000 / 0.950, dev3 0.856 / 0.967 / 0.978 / 0.906, dev4 0.771 / 0.949 /
#: 0.966 / 0.846 (dev4 blind, before: 0.703 / 0.857 / 0.869 / 0.767); dev2 (held out, run once at
#: the end, totals only) 0.751 / 0.897 / 0.930 / 0.813 (before: 0.742 / 0.901 / 0.925 / 0.809).
#: Then with circulars and decisions below the laws and decrees (kb/search/authority.py), a clause
#: leaving its matter to the Government's text covering less (kb/search/rerank.py), a law named by
#: its subject preferred (kb/search/subjects.py) and seven more plain words: dev1 0.935 / 0.994 /
#: 1.000 / 0.962, dev3 0.911 / 0.983 / 0.994 / 0.944, dev4 0.806 / 0.954 / 0.971 / 0.870; dev2
#: (held out, run once at the end, totals only) 0.779 / 0.911 / 0.939 / 0.835 (before: 0.751 /
#: 0.897 / 0.930 / 0.813).
#: Then with the query's word pairs said in order (kb/search/rerank.py, first 20 re-scored):
#: dev1 0.948 / 0.994 / 1.000 / 0.970, dev3 0.917 / 0.983 / 0.994 / 0.947, dev4 0.834 / 0.954 /
#: 0.966 / 0.887; held out (run once at the end, totals only) dev2 0.793 / 0.911 / 0.939 / 0.844
#: (before: 0.779 / 0.911 / 0.939 / 0.835), dev5 (``search_dev5.jsonl``, written blind, held out
#: like dev2; its floors too are a regression guard) 0.706 / 0.864 / 0.910 / 0.776 (before: 0.695 /
#: 0.859 / 0.893 / 0.766).
#: Then with a higher near-duplicate before its restatement (kb/search/duplicates.py), a clause
#: without a number counting less for a question asking for a quantity (kb/search/answer.py) and
#: drafts/reports × 0.8: dev1 0.948 / 0.994 / 1.000 / 0.970, dev3 0.928 / 0.983 / 0.994 / 0.954,
#: dev4 0.840 / 0.954 / 0.971 / 0.891; held out (run once at the end, totals only) dev2 0.798 /
#: 0.920 / 0.939 / 0.848 (before: 0.793 / 0.911 / 0.939 / 0.844), dev5 0.706 / 0.864 / 0.910 /
#: 0.777 (before: 0.706 / 0.864 / 0.910 / 0.776).
#: Then with the chapter/section headings as a weak part of each clause (kb/search/rerank.py): dev1
#: 0.948 / 0.994 / 1.000 / 0.970, dev3 0.933 / 0.983 / 0.994 / 0.956, dev4 0.851 / 0.960 / 0.971 /
#: 0.897; held out (run once at the end, totals only) dev2 0.798 / 0.920 / 0.934 / 0.847 (before:
#: 0.798 / 0.920 / 0.939 / 0.848), dev5 0.706 / 0.864 / 0.915 / 0.778 (before: 0.706 / 0.864 /
#: 0.910 / 0.777) — no change on the held-out sets beyond one question each at rank 10.
#: Then dev6 (``search_dev6.jsonl``, 170 questions written blind on 2026-12-04, measured blind once:
#: 0.682 / 0.871 / 0.912 / 0.763) became a tuning set, and 16 equivalents grounded in the law's
#: wording (and five more plain words for "công khai") were added to kb/data/search_synonyms.yaml for its missed paraphrases: dev6 0.724 / 0.924 /
#: 0.953 / 0.808; dev1, dev3, dev4 unchanged; held out (totals only) dev2 0.803 / 0.930 / 0.944 /
#: 0.853 (before: 0.798 / 0.920 / 0.934 / 0.847), dev5 0.712 / 0.870 / 0.921 / 0.785 (before: 0.706 /
#: 0.864 / 0.915 / 0.778).
#: Session s16-se (issue 13 §4, classes not questions): a law cited or named by its subject as
#: people say it ("Điều 17 Luật MTTQ", "luật dân chủ ở cơ sở …"), a typed number naming only
#: documents of its type, transitional articles, the neighbouring laws named by what questions say
#: (search_synonyms.yaml ``law_subjects``), the rarer terms' first 150 candidates (was 100), and
#: question phrases and equivalents' variants typed without marks keeping their spelling: dev1
#: unchanged, dev3 0.939 / 0.989 / 1.000 / 0.961, dev4 0.863 / 0.966 / 0.977 / 0.904, dev6 0.753 /
#: 0.941 / 0.965 / 0.836, dev2 0.826 / 0.948 / 0.962 / 0.876 (before: 0.803 / 0.930 / 0.944 /
#: 0.853); held out (totals only, at the start and the end) dev5 0.729 / 0.881 / 0.927 / 0.798
#: (before: 0.712 / 0.870 / 0.921 / 0.785). That helper was told by mistake that dev2 was a tuning set and
#: studied three of its misses (d2-163, d2-180, d2-181): dev2 is a tuning set from session 16 on; dev5 and
#: dev7 (written blind in session 16) are the held-out sets.
#: Session s17-se (issue 13 §4, classes not questions): dev8 (``search_dev8.jsonl``, 259 questions written blind the
#: way users type) became a tuning set, and its missed paraphrases, studied by class with those of dev2/dev4/dev6,
#: gave equivalents in kb/data/search_synonyms.yaml grounded in the law's own wording (a citizen's everyday word for
#: the law's: "họp tổng kết" → "hội nghị định kỳ", "bao nhiêu hộ đồng ý" → "đại diện hộ gia đình tán thành",
#: "nói chuyện" → "đối thoại", "dọa" → "đe dọa", "làm hương ước" → "xây dựng hương ước", "nói trực tiếp" →
#: "trình bày trực tiếp" …): dev1 0.948 / 1.000 / 1.000 / 0.973, dev3 0.939 / 0.994 / 1.000 / 0.962, dev2 0.836 /
#: 0.962 / 0.977 / 0.887, dev4 0.874 / 0.966 / 0.977 / 0.911, dev6 0.782 / 0.953 / 0.976 / 0.858, dev8 0.799 / 0.946 /
#: 0.969 / 0.863 (before: 0.780 / 0.923 / 0.942 / 0.841); held out (totals only, at the start and the end) dev5
#: 0.740 / 0.893 / 0.932 / 0.809 (before: 0.729 / 0.881 / 0.927 / 0.798), dev7 0.741 / 0.896 / 0.925 / 0.809
#: (before: 0.721 / 0.866 / 0.896 / 0.784).
#: Session s17-se2: an article titled by what the question asks for ("… những hình thức nào" → "Hình thức …",
#: engine.CATEGORY_BOOST), or that keywords open with ("các hình thức …"): dev1 0.948 / 1.000 / 1.000 / 0.972, dev3 0.944 /
#: 0.994 / 1.000 / 0.966, dev6 0.806 / 0.959 / 0.976 / 0.873, dev8 0.819 / 0.946 / 0.969 / 0.874, dev2 and dev4 unchanged.
#: Session s18-se: an article of another document that the first five results cite (kb.search.citing): dev2 0.850 /
#: 0.962 / 0.981 / 0.895, dev6 0.812 / 0.959 / 0.976 / 0.876, dev8 0.826 / 0.946 / 0.969 / 0.878, dev1 MRR 0.971, dev3 and
#: dev4 unchanged; then word order with a word between (rerank.SKIP_GAIN 0.15): dev1 0.948 / 1.000 / 1.000 / 0.970, dev3
#: 0.950 / 0.994 / 1.000 / 0.968, dev2 0.850 / 0.962 / 0.986 / 0.895, dev4 0.874 / 0.966 / 0.977 / 0.911, dev6 0.812 / 0.965 /
#: 0.976 / 0.874, dev8 0.830 / 0.946 / 0.965 / 0.881; held out (totals only, once at the end) dev5 0.746 / 0.893 / 0.932 /
#: 0.813 (before: 0.751 / 0.893 / 0.932 / 0.816), dev7 0.766 / 0.900 / 0.925 / 0.826 (before: 0.751 / 0.900 / 0.925 / 0.817).
#: Session s18-se2: asked for another category, an article titled by the duties ("Trách nhiệm …",
#: engine.RESTATING): dev6 0.824 / 0.965 / 0.976 / 0.882, dev4 MRR 0.912, dev8 MRR 0.882, the others unchanged; held
#: out (totals only, once at the end) dev5 0.751 / 0.893 / 0.932 / 0.816 (before: 0.746 / 0.893 / 0.932 / 0.813), dev7
#: unchanged.
#: Session s20-se: a vague phrase asks for a category (search_synonyms.yaml asked_by): dev2 0.850 / 0.967 / 0.986 /
#: 0.898, dev4 0.880 / 0.977 / 0.983 / 0.918, dev8 0.838 / 0.950 / 0.965 / 0.887, the others unchanged; held out
#: (totals only, once at the end) dev5 0.768 / 0.893 / 0.932 / 0.828, dev7 0.766 / 0.905 / 0.925 / 0.828.
FLOORS = {
    "search_dev.jsonl": (0.94, 0.99, 1.0, 0.96),
    "search_dev3.jsonl": (0.94, 0.99, 1.0, 0.96),
    "search_dev4.jsonl": (0.87, 0.96, 0.97, 0.91),
    "search_dev2.jsonl": (0.84, 0.96, 0.97, 0.89),
    "search_dev5.jsonl": (0.74, 0.89, 0.93, 0.80),
    "search_dev6.jsonl": (0.82, 0.96, 0.97, 0.88),
    # held out, written blind in session 16; measured at its landing: 0.721 / 0.866 / 0.896 / 0.784 (0.716 / 0.856 /
    # 0.881 / 0.776 at the search code before that session)
    "search_dev7.jsonl": (0.74, 0.89, 0.92, 0.80),
    # written blind in session 17 (the way users type), a tuning set from its landing: 0.780 / 0.923 / 0.942 / 0.841
    # on main at 3c98a9b
    "search_dev8.jsonl": (0.82, 0.94, 0.96, 0.88),
}


@pytest.fixture(scope="module")
def engine(store) -> SearchEngine:
    return SearchEngine.open(store)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_dev_set_floors(engine, name):
    dev = load_dev(DATA / name)
    m, _ = evaluate(dev, lambda q: engine.rank(q, limit=10))
    print(f"\n{name}: {m.line()}")
    r1, r5, r10, mrr = FLOORS[name]
    assert m.recall[1] >= r1, m.line()
    assert m.recall[5] >= r5, m.line()
    assert m.recall[10] >= r10, m.line()
    assert m.mrr10 >= mrr, m.line()


# -- quiz questions (pure) -----------------------------------------------------------
FILLER = synonyms().quiz_filler_words


def test_quiz_choices_are_split_in_order():
    q = split_quiz("Nhiệm kỳ của Ban Thanh tra nhân dân ở xã? A. 02 năm B. 03 năm C. 05 năm D. Cả A và B")
    assert q is not None
    assert q.stem == "Nhiệm kỳ của Ban Thanh tra nhân dân ở xã?"
    assert q.choices == ("02 năm", "03 năm", "05 năm", "Cả A và B")
    assert q.content_choices(FILLER) == ("02 năm", "03 năm", "05 năm")


def test_quiz_with_parenthesised_lower_case_labels():
    q = split_quiz("Ai triệu tập hội nghị? a) Trưởng thôn; b) Chủ tịch Ủy ban nhân dân xã")
    assert q is not None and q.choices == ("Trưởng thôn", "Chủ tịch Ủy ban nhân dân xã")


@pytest.mark.parametrize("text", [
    "điểm a khoản 1 Điều 3 Nghị định 59/2023/NĐ-CP",
    "Theo phương án A. thì ai triệu tập?",
    "Trưởng thôn kiêm Trưởng ban công tác Mặt trận",
    "Điều 5. Các hành vi bị nghiêm cấm",
])
def test_not_a_quiz(text):
    assert split_quiz(text) is None
    assert search_text(text, FILLER) == (text, None)


@pytest.mark.parametrize("choice", ["Cả A và B", "Tất cả các đáp án trên", "Cả A, B và C đều đúng",
                                    "Không có phương án nào đúng", "Tất cả các phương án trên đều sai"])
def test_filler_choices(choice):
    assert is_filler(choice, FILLER)


@pytest.mark.parametrize("choice", ["Trưởng thôn", "02 năm", "Ủy ban nhân dân cấp xã", "Đúng 30 ngày"])
def test_content_choices(choice):
    assert not is_filler(choice, FILLER)


def test_quiz_query_searches_stem_and_content_choices(engine):
    parsed = engine.explain("Ai triệu tập cuộc họp cho thôi làm Trưởng thôn? A. Chủ tịch UBND xã "
                            "B. Trưởng ban công tác Mặt trận C. Cả A và B D. Tất cả đều sai")
    texts = {t.text for t in parsed.terms}
    assert {"trieu", "tap", "chu", "tich", "mat", "tran"} <= texts
    assert not {"a", "b", "c", "d", "tat", "deu"} & texts, sorted(texts)
    assert any("trắc nghiệm" in n for n in parsed.notes)


def test_concurrent_posts_question_finds_decree_59_article_3(engine):
    # Issue 13's example: Decree 59 Art. 3.1.c "Trường hợp Trưởng thôn, Tổ trưởng tổ dân phố đồng thời
    # là Trưởng Ban công tác Mặt trận thì …" (rank 8 before đề mục 44.13 was preferred, 5 after).
    ranked = engine.rank("trưởng thôn kiêm trưởng ban công tác mặt trận", limit=10)
    assert "59/2023/NĐ-CP:d3" in ranked[:5], ranked


def test_article_whose_title_the_query_says_is_preferred(engine):
    # Law 75/2015 Art. 27 "Hình thức giám sát": its text names the Front once, articles that
    # name it often outscored it (not in the top 10) until a title said in the query counted.
    ranked = engine.rank("hình thức giám sát của Mặt trận Tổ quốc Việt Nam", limit=10)
    assert "75/2015/QH13:d27" in ranked[:3], ranked


def test_quiz_readings_are_stem_plus_each_content_choice():
    text = "Nhiệm kỳ của Ban Thanh tra nhân dân ở xã? A. 02 năm B. 05 năm C. Cả A và B"
    assert choice_texts(text, FILLER) == ("Nhiệm kỳ của Ban Thanh tra nhân dân ở xã? 02 năm",
                                          "Nhiệm kỳ của Ban Thanh tra nhân dân ở xã? 05 năm")
    assert choice_texts("nhiệm kỳ ban thanh tra nhân dân", FILLER) == ()


def test_parsed_quiz_has_one_reading_per_choice(engine):
    parsed = engine.explain("Nhiệm kỳ của Ban Thanh tra nhân dân ở xã là mấy năm? A. 02 năm B. 05 năm")
    assert len(parsed.readings) == 2
    assert all({"nhiem", "ky", "thanh", "tra"} <= r for r in parsed.readings)
    assert "5" not in parsed.readings[0] and "5" in parsed.readings[1]
    assert len(engine.explain("nhiệm kỳ ban thanh tra nhân dân").readings) == 1


# -- re-ranking by the share of the query one clause holds (pure) ---------------------
IDF = {"thanh": 2.0, "lap": 2.0, "ban": 1.0, "khu": 3.0, "dan": 0.5, "cu": 3.0, "02": 1.0, "2": 1.0}


def test_coverage_is_the_best_single_clause_with_the_title():
    article = ArticleText.of("Tổ chức", ["Ủy ban thành lập Ban công tác ở khu dân cư.", "Ban họp."])
    whole = frozenset({"thanh", "lap", "ban", "khu", "dan", "cu"})
    assert coverage((whole,), IDF, article) == pytest.approx(1.0)
    split = ArticleText.of("Tổ chức", ["Ủy ban thành lập Ban.", "Ở khu dân cư."])
    assert coverage((whole,), IDF, split) == pytest.approx(6.5 / 11.5)  # khu, dan, cu
    titled = ArticleText.of("Khu dân cư", ["Ủy ban thành lập Ban."])
    assert coverage((whole,), IDF, titled) == pytest.approx(1.0)


def test_coverage_matches_whole_words_and_numbers_without_leading_zeros():
    article = ArticleText.of("", ["Nhiệm kỳ 02 năm; thành viên ban."])
    assert coverage((frozenset({"2"}),), IDF, article) == 1.0
    assert coverage((frozenset({"lap"}),), IDF, ArticleText.of("", ["lập lại"])) == 1.0
    assert coverage((frozenset({"lap"}),), IDF, ArticleText.of("", ["lapxx"])) == 0.0


def test_coverage_takes_the_best_reading_of_a_quiz():
    article = ArticleText.of("", ["Ban thành lập 02 năm."])
    readings = (frozenset({"ban", "khu"}), frozenset({"ban", "2"}))
    assert coverage(readings, IDF, article) == 1.0


def test_rerank_lifts_a_candidate_whose_clause_holds_the_query():
    texts = {"a": ArticleText.of("", ["thành lập ban", "khu dân cư"]),
             "b": ArticleText.of("", ["thành lập ban ở khu dân cư"])}
    reading = (frozenset({"thanh", "lap", "ban", "khu", "dan", "cu"}),)
    out = rerank([(10.0, "a"), (9.0, "b"), (1.0, "c")], reading, IDF.get, texts.__getitem__, top=2)
    assert [u for _, u in out] == ["b", "a", "c"]
    assert out[2] == (1.0, "c")  # past ``top``: untouched
    assert rerank([(1.0, "a")], (), IDF.get, texts.__getitem__) == [(1.0, "a")]


def test_coverage_of_a_delegating_clause_and_of_clauses_holding_nothing():
    # clause bits beyond the first word: the third clause holds all; a delegating clause counts × 0.8
    article = ArticleText.of("", ["Họp.", "Bàn.", "Thành lập ban ở khu dân cư."])
    whole = frozenset({"thanh", "lap", "ban", "khu", "dan", "cu"})
    assert coverage((whole,), IDF, article) == pytest.approx(1.0)
    pointer = ArticleText.of("", ["Thành lập ban ở khu dân cư theo quy định của Chính phủ."])
    assert coverage((whole,), IDF, pointer) == pytest.approx(0.8)
    assert coverage((whole,), IDF, ArticleText.of("Khu dân cư", ["Họp."])) == pytest.approx(6.5 / 11.5)


def test_pair_share_counts_the_query_word_pairs_said_in_order():
    pairs = frozenset(word_pairs(["truong", "thon", "kiem", "truong", "ban"]))
    assert pairs == {"truong thon", "thon kiem", "kiem truong", "truong ban"}
    said = ArticleText.of("Trưởng thôn", ["Trưởng thôn kiêm Trưởng ban công tác Mặt trận."])
    assert pair_share(pairs, said) == 1.0
    scattered = ArticleText.of("", ["Thôn, ban đều có người kiêm nhiệm chức trưởng."])  # not in order
    assert pair_share(pairs, scattered) == 0.0
    in_title = ArticleText.of("Trưởng thôn", ["Nhiệm vụ."])
    assert pair_share(pairs, in_title) == 0.25
    assert pair_share(frozenset(), said) == 0.0


def test_rerank_lifts_the_candidate_saying_the_query_s_phrases():
    texts = {"a": ArticleText.of("", ["ban lập khu thành cư dân"]),
             "b": ArticleText.of("", ["thành lập ban ở khu dân cư"])}
    reading = (frozenset({"thanh", "lap", "ban", "khu", "dan", "cu"}),)
    pairs = frozenset(word_pairs(["thanh", "lap", "ban"]))
    ranked = [(10.0, "a"), (9.0, "b")]
    assert [u for _, u in rerank(ranked, reading, IDF.get, texts.__getitem__)] == ["a", "b"]
    assert [u for _, u in rerank(ranked, reading, IDF.get, texts.__getitem__, pairs=pairs)] == ["b", "a"]


def test_heading_words_count_weakly_in_every_clause_and_fully_where_a_clause_says_them():
    from kb.search.rerank import HEADING
    whole = frozenset({"thanh", "lap", "ban", "khu", "dan", "cu"})
    headings = ("Chương II. THỰC HIỆN Ở KHU DÂN CƯ", "Mục 1. THÀNH LẬP")
    article = ArticleText.of("Tổ chức", ["Ban họp.", "Ban ở khu dân cư."], headings)
    assert article.heading == {"thuc", "hien", "o", "khu", "dan", "cu", "thanh", "lap"}  # labels cut off
    # clause 2 says ban, khu, dan, cu (7.5); the heading adds thanh, lap at HEADING of their idf
    assert coverage((whole,), IDF, article) == pytest.approx((7.5 + HEADING * 4.0) / 11.5)
    # a heading's word a clause says counts once, fully
    said = ArticleText.of("", ["Thành lập ban ở khu dân cư."], headings)
    assert coverage((whole,), IDF, said) == pytest.approx(1.0)
    # a heading word the title holds is the title's
    titled = ArticleText.of("Thành lập", ["Ban."], headings)
    assert "thanh" not in titled.heading
    assert coverage((whole,), IDF, titled) == pytest.approx((5.0 + HEADING * 6.5) / 11.5)
    assert coverage((whole,), IDF, ArticleText.of("", ["Ban họp."])) == pytest.approx(1.0 / 11.5)


def test_heading_phrases_count_for_word_order():
    pairs = frozenset(word_pairs(["ban", "va", "quyet", "dinh"]))
    topic = ArticleText.of("Kinh phí", ["Kinh phí do ngân sách bảo đảm."],
                           ("Chương II. THỰC HIỆN DÂN CHỦ Ở XÃ", "Mục 2. NHÂN DÂN BÀN VÀ QUYẾT ĐỊNH"))
    assert pair_share(pairs, topic) == 1.0
    assert pair_share(pairs, ArticleText.of("Kinh phí", ["Kinh phí do ngân sách bảo đảm."])) == 0.0
    # the label's own words ("Mục 2") make no pair
    assert "muc 2" not in topic.pairs and "2 nhan" not in topic.pairs


def test_named_document_found_even_by_common_words_only(engine):
    # "nd 61/2023 hieu luc …": Decree 61 Art. 25 holds "hiệu lực" but no rarer term; the
    # two-phase BM25 found nothing within the decree, and other laws' "Hiệu lực thi hành" won.
    assert engine.rank("nd 61/2023 hieu luc tu ngay nao", limit=3)[0] == "61/2023/NĐ-CP:d25"
    assert engine.rank("hiệu lực", limit=3, doc="61/2023/NĐ-CP")[0] == "61/2023/NĐ-CP:d25"


def test_quiz_choice_readings_expand_abbreviations(engine):
    # "B. … UBND cấp xã": the choice's reading holds what the query searches ("ủy ban nhân dân"),
    # not the bare abbreviation that was replaced by it.
    parsed = engine.explain("Trưởng thôn chính thức hoạt động khi: A. Trúng cử B. Có quyết định của UBND xã")
    assert {"uy", "ban", "nhan", "dan", "xa"} <= parsed.readings[1], parsed.readings


def test_readings_in_the_law_words(engine):
    # "bao nhiêu hộ đồng ý": a clause saying "tán thành" (Law 10/2022 Art. 21) answers it too.
    parsed = engine.explain("Phải có bao nhiêu hộ đồng ý thì quyết định được thông qua?")
    assert any({"tan", "thanh"} <= r and not {"dong", "y"} & r for r in parsed.readings), parsed.readings
    assert any({"dong", "y"} <= r for r in parsed.readings), parsed.readings


# -- near-duplicate articles (pure) ---------------------------------------------------
def test_higher_near_duplicate_moves_before_the_restatement_and_both_stay():
    from kb.search.duplicates import containment, prefer_originals
    law = ArticleText.of("Nhận quà tặng", ["Cán bộ không được nhận quà tặng của cá nhân có liên quan đến công việc do mình giải quyết."])
    copy = ArticleText.of("Quy định chung", ["Cán bộ không được nhận quà tặng của cá nhân có liên quan đến công việc do mình giải quyết."])
    other = ArticleText.of("Tiếp công dân", ["Chủ tịch Ủy ban nhân dân cấp xã tiếp công dân ít nhất 01 ngày trong tuần."])
    texts = {"L:d1": law, "T:d1": copy, "O:d1": other}
    assert containment(law, copy) >= 0.6 > containment(law, other)
    level = {"L:d1": 5, "T:d1": 3, "O:d1": 3}.get
    ranked = [(3.0, "T:d1"), (2.0, "O:d1"), (1.0, "L:d1")]
    assert [u for _, u in prefer_originals(ranked, texts.get, level)] == ["L:d1", "T:d1", "O:d1"]
    # a lower text that says something else does not move; the higher one first stays first
    assert prefer_originals([(3.0, "O:d1"), (1.0, "L:d1")], texts.get, level) == [(3.0, "O:d1"), (1.0, "L:d1")]
    assert prefer_originals([(3.0, "L:d1"), (1.0, "T:d1")], texts.get, level) == [(3.0, "L:d1"), (1.0, "T:d1")]


# -- what a question asks for, named by the head word of an article's title --------------------
def test_a_question_names_what_it_asks_for_by_the_word_before_nao_or_gi():
    from kb.search.analysis import folded_tokens
    from kb.search.answer import asked_category
    from kb.search.synonyms import synonyms
    cats = synonyms().asked_categories
    assert asked_category(folded_tokens("mặt trận giám sát bằng những hình thức nào"), cats) == (("hinh", "thuc"),)
    assert asked_category(folded_tokens("hoa giai vien can tieu chuan gi"), cats) == (("tieu", "chuan"),)
    # one family: an organ's "nhiệm vụ" is what the laws title its "Trách nhiệm …"
    assert set(asked_category(folded_tokens("Chủ tịch UBND xã có nhiệm vụ gì?"), cats)) == {("trach", "nhiem"), ("nhiem", "vu")}
    assert asked_category(folded_tokens("muốn sửa hương ước thì làm thế nào"), cats) == ()
    # keywords opening with it ("Các", "Những" skipped); said elsewhere, it is not what is asked
    assert asked_category(folded_tokens("các hình thức công khai thông tin cấp xã"), cats) == (("hinh", "thuc"),)
    assert asked_category(folded_tokens("thoi han dinh ky chuyen doi vi tri cong tac"), cats) == (("thoi", "han"),)
    assert asked_category(folded_tokens("trưởng thôn muốn nghỉ thì thủ tục ra sao"), cats) == ()
    # an equivalent of a head names its category ("bổn phận" → nghĩa vụ)
    assert asked_category(folded_tokens("người dân có những bổn phận gì"), cats) == (("nghia", "vu"),)


def test_asking_phrase_names_a_category_by_itself():
    from kb.search.analysis import folded_tokens
    from kb.search.answer import asking_phrase
    from kb.search.synonyms import synonyms
    phrases = synonyms().asking_phrases
    assert asking_phrase(folded_tokens("làm hương ước thôn để làm gì"), phrases) == (("muc", "dich"),)
    assert asking_phrase(folded_tokens("hoa giai vien can dieu kien gi"), phrases) == (("tieu", "chuan"),)
    assert asking_phrase(folded_tokens("ủy ban xã phải làm gì"), phrases) == ()  # a restating head: left out
    assert asking_phrase(folded_tokens("hương ước có hiệu lực khi nào"), phrases) == ()


def test_a_vague_phrase_asks_for_the_matters_without_words_of_its_own():
    """"những việc gì", "những gì" ask for the nội dung family (search_synonyms.yaml asked_by), apart
    from the asking equivalents: they add no word to the search."""
    from kb.search.analysis import folded_tokens
    from kb.search.answer import asking_phrase
    from kb.search.synonyms import synonyms
    got = asking_phrase(folded_tokens("Bà con trong thôn được tự quyết những việc gì"), synonyms().asked_by)
    assert ("noi", "dung") in got
    assert asking_phrase(folded_tokens("bàn và quyết định những gì"), synonyms().asked_by) == got
    assert asking_phrase(folded_tokens("nghị định 59 quy định chi tiết những điều nào"), synonyms().asked_by) == ()
    assert asking_phrase(folded_tokens("những việc gì"), synonyms().asking_phrases) == ()
    assert not any(e.variant == ("những", "việc", "gì") for e in synonyms().equivalences)
    # an organ's role is titled by its duties
    assert ("trach", "nhiem") in asking_phrase(folded_tokens("Công đoàn có vai trò gì"), synonyms().asked_by)
    assert asking_phrase(folded_tokens("hỏi ý kiến dân bằng cách nào"), synonyms().asked_by) == (("hinh", "thuc"),)


def test_a_vaguely_asked_list_prefers_the_article_of_its_matters(engine):
    """"… bàn và quyết định những gì" → Law 10/2022 Art. 67 "Những nội dung người lao động bàn và
    quyết định" first (Art. 68 "Hình thức …" stood first without asked_by); asked vaguely, an
    article of a body's duties is not damped (Art. 43 "Nhiệm vụ, quyền hạn của Ban Giám sát …")."""
    assert engine.rank("người lao động doanh nghiệp nhà nước bàn và quyết định những gì", limit=3)[0] == \
        "10/2022/QH15:d67"
    assert engine.rank("công trình xây trường ở xã làm ẩu, ban giám sát của dân được kiểm tra những việc gì",
                       limit=3)[0] == "10/2022/QH15:d43"


def test_an_article_titled_by_what_the_question_asks_for_is_preferred(engine):
    """"… bằng những hình thức nào" → Law 75/2015 Art. 27 "Hình thức giám sát" first (a plan for
    supervision, which says more of the words, stood first without it); a quiz's "nào" asks which
    choice, not what kind of article."""
    assert engine.rank("mặt trận giám sát bằng những hình thức nào", limit=3)[0] == "75/2015/QH13:d27"
    heads = engine.synonyms.asked_categories[("hinh", "thuc")]
    forward = engine.index.forward
    row = forward.uids.index("75/2015/QH13:d27")
    assert engine._headed([row], heads) == [0]
    assert engine._headed([row], engine.synonyms.asked_categories[("noi", "dung")]) == []


def test_asked_for_another_category_an_article_of_duties_gives_way(engine):
    """An article titled by the duties ("Trách nhiệm …": search_synonyms.yaml restating_heads) says
    every procedure of its document again as someone's duty: asked for rights, the article of rights
    comes first (Law 10/2022 Art. 5, not Art. 35 "Trách nhiệm trong việc bảo đảm …"); asked for
    duties, the duties' articles stay first."""
    assert engine.synonyms.restating_heads == (("trach", "nhiem"), ("nhiem", "vu"))
    assert engine.rank("người dân có những quyền gì trong việc dân chủ ở xã phường", limit=3)[0] == "10/2022/QH15:d5"
    assert engine.rank("Ủy ban nhân dân cấp xã có trách nhiệm gì trong xây dựng hương ước",
                       limit=3)[0] == "61/2023/NĐ-CP:d18"


# -- the kind of answer a question asks for (pure) -------------------------------------
def test_a_question_for_a_quantity_prefers_the_clause_saying_a_number_with_its_unit():
    from kb.search.analysis import folded_tokens
    from kb.search.answer import QUANTITY, asked, holds
    assert asked(folded_tokens("UBND xã phải xử lý trong bao nhiêu ngày làm việc?")) == QUANTITY
    assert asked(folded_tokens("ct ubnd xa tiep cong dan may ngay")) == QUANTITY
    assert asked(folded_tokens("Khi nào một người thôi làm hòa giải viên?")) is None
    assert holds(folded_tokens("trong thời hạn 05 ngày làm việc, kể từ ngày nhận được")) == (QUANTITY,)
    assert holds(folded_tokens("Ủy ban nhân dân cấp xã xem xét, xử lý kiến nghị")) == ()
    title, words = "Xử lý", ["Ủy ban nhân dân cấp xã xử lý kiến nghị.", "Ủy ban nhân dân cấp xã xử lý kiến nghị trong 05 ngày."]
    with_figure, without = ArticleText.of(title, words), ArticleText.of(title, words[:1])
    reading = (frozenset({"uy", "ban", "xa", "xu", "ly", "kien", "nghi"}),)
    idf = dict.fromkeys(reading[0], 1.0)
    assert coverage(reading, idf, with_figure) == coverage(reading, idf, without) == 1.0
    from kb.search.rerank import NO_ANSWER, _coverage
    total = [sum(idf.values())]
    assert _coverage(reading, reading[0], total, idf, with_figure, QUANTITY) == 1.0
    assert _coverage(reading, reading[0], total, idf, without, QUANTITY) == NO_ANSWER
