"""Vietnamese legal search on the real corpus: quality, accents, abbreviations, citations, CLI.

The engine is built once per session over the shared full-corpus KB (the
index lands beside it, ``<kb>.search/``). Quality floors are checked on the
development set ``tests/data/search_dev.jsonl`` (155 queries written and
verified by hand, see its ``note`` fields):

* Recall@5 ≥ 0.90 and MRR@10 ≥ 0.75 — the issue's aims for law-contest
  questions. Measured on this corpus: R@5 0.968, MRR@10 0.870, so the floors
  leave room for ~10 queries to slip, and still fail on a real regression
  (rank-bm25 over the same tokens scores 0.845 / 0.749, over whitespace
  tokens 0.684 / 0.564);
* Recall@1 ≥ 0.70 and Recall@10 ≥ 0.93 (measured 0.800 and 0.981);
* per kind: every citation query answered first; queries typed without marks
  and abbreviation queries R@5 ≥ 0.85 (measured 1.00 and 0.92);
* the whole set typed without marks keeps the first two floors (measured
  R@5 ≈ 0.96, MRR@10 ≈ 0.86: accents are restored from the corpus).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb.search import SearchEngine, SearchInputError
from kb.search.analysis import analyze, canonical, has_marks, syllable_tokens
from kb.search.citation_query import find_refs
from kb.search.evaluate import DevQuery, by_kind, evaluate, load_dev
from kb.search.query import likeliest_spelling
from kb.search.snippet import CLOSE, OPEN
from kb.search.synonyms import synonyms
from kb.vntext import fold
from ui.cli import main

DEV = Path(__file__).parent / "data" / "search_dev.jsonl"
LAW = "10/2022/QH15"
ND59 = "59/2023/NĐ-CP"
ND61 = "61/2023/NĐ-CP"


@pytest.fixture(scope="session")
def engine(store) -> SearchEngine:
    return SearchEngine.open(store)


@pytest.fixture(scope="session")
def dev():
    return load_dev(DEV)


@pytest.fixture(scope="session")
def dev_ranks(engine, dev):
    metrics, ranks = evaluate(dev, lambda q: engine.rank(q, limit=10))
    print(f"\nsearch dev set: {metrics.line()}")
    for kind, m in by_kind(dev, ranks).items():
        print(f"  {kind:9} {m.line()}")
    return metrics, ranks


# -- the development set -----------------------------------------------------------
def test_dev_set_is_well_formed(dev, store):
    assert len(dev) >= 100
    assert len({q.id for q in dev}) == len(dev)
    kinds = {q.kind for q in dev}
    assert {"contest", "noaccent", "abbrev", "citation", "other"} <= kinds
    for q in dev:
        assert q.gold, q.id
        for uid in q.gold:
            unit = store.unit(uid)
            assert unit is not None and unit.level == "article", (q.id, uid)
    assert sum(1 for q in dev if not has_marks(q.query)) >= 15


def test_dev_set_quality_floors(dev_ranks):
    metrics, _ = dev_ranks
    assert metrics.recall[5] >= 0.90, metrics.line()
    assert metrics.mrr10 >= 0.75, metrics.line()
    assert metrics.recall[1] >= 0.70, metrics.line()
    assert metrics.recall[10] >= 0.93, metrics.line()


def test_dev_set_quality_by_kind(dev, dev_ranks):
    kinds = by_kind(dev, dev_ranks[1])
    assert kinds["citation"].recall[1] == 1.0, kinds["citation"].line()
    assert kinds["noaccent"].recall[5] >= 0.85, kinds["noaccent"].line()
    assert kinds["abbrev"].recall[5] >= 0.85, kinds["abbrev"].line()


# -- accents -------------------------------------------------------------------------
def test_unaccented_query_finds_the_same_articles(engine):
    accented = engine.rank("nhiệm kỳ ban thanh tra nhân dân", limit=5)
    plain = engine.rank("nhiem ky ban thanh tra nhan dan", limit=5)
    assert accented[0] == plain[0] == f"{LAW}:d36"
    assert len(set(accented) & set(plain)) >= 4, (accented, plain)


def test_folded_dev_queries_keep_their_answers(engine, dev):
    contest = [q for q in dev if q.kind == "contest"][:40]
    overlaps, found = [], 0
    for q in contest:
        a = engine.rank(q.query, limit=5)
        b = engine.rank(fold(q.query), limit=5)
        overlaps.append(len(set(a) & set(b)) / len(set(a) | set(b) or {1}))
        found += any(g in b for g in q.gold)
    assert sum(overlaps) / len(overlaps) >= 0.6, overlaps
    assert found / len(contest) >= 0.85


def test_exact_accents_are_preferred(engine):
    """'thuê đất' (land lease) and 'thuế đất' (land tax) fold alike; what was typed wins."""
    lease = engine.search("thuê đất", limit=5)
    tax = engine.search("thuế đất", limit=5)
    assert len({h.article_uid for h in lease} & {h.article_uid for h in tax}) <= 2
    for hits, typed, other in ((lease, "thuê", "thuế"), (tax, "thuế", "thuê")):
        marked = [w.lower() for h in hits for w in _marked(h.snippet)]
        assert sum(typed in m.split() for m in marked) >= 4, marked
        assert not any(other in m.split() for m in marked), marked
    explained = engine.explain("thuế đất")
    assert {("syl", "thuế"), ("syl", "đất")} <= {(t.field, t.text) for t in explained.terms}


def test_accent_restoration_uses_the_corpus_words(engine, dev):
    parsed = engine.explain("to bau cu truong thon")
    assert not parsed.accented
    assert " ".join(parsed.syllables) == "tổ bầu cử trưởng thôn"
    assert likeliest_spelling("nhiem ky ban thanh tra nhan dan".split(), engine.index) == \
        "nhiệm kỳ ban thanh tra nhân dân".split()
    assert likeliest_spelling(["thue", "dat"], engine.index) == ["thuê", "đất"]
    right = total = 0
    for q in dev:
        keys = [k for _, _, k, _ in syllable_tokens(q.query)]
        if has_marks(q.query):
            got = likeliest_spelling([fold(k) for k in keys], engine.index)
            right += sum(a == b for a, b in zip(got, keys))
            total += len(keys)
    assert right / total >= 0.93, right / total  # measured 0.968


def test_a_question_phrase_typed_without_marks_keeps_its_spelling(engine):
    # the corpus's pairs alone read "bao nhieu thanh vien" as "bảo nhiều thành viên"
    parsed = engine.explain("bttnd xa co bao nhieu thanh vien")
    assert any("bao nhiêu thành viên" in n for n in parsed.notes)
    assert not {"bảo", "nhiều", "bao", "nhiêu"} & set(parsed.syllables)  # a question phrase: dropped
    assert engine.rank("bttnd xa co bao nhieu thanh vien", limit=2)[0] in (f"{LAW}:d36", f"{ND59}:d13")


def test_an_equivalents_variant_typed_without_marks_keeps_its_spelling(engine):
    # the corpus's pairs alone read "hop thon" as "hợp thôn", "bang tin" as "bằng tin"
    notes = engine.explain("thong bao cua xa dan o bang tin phai de trong bao lau").notes
    assert any("bảng tin → niêm yết" in n for n in notes), notes
    notes = engine.explain("nghi quyet hop thon trai luat").notes
    assert any("nghị quyết họp thôn → quyết định của cộng đồng dân cư" in n for n in notes), notes


def test_whole_dev_set_typed_without_marks(engine, dev):
    folded = [DevQuery(q.id, q.kind, fold(q.query), q.gold) for q in dev]
    metrics, _ = evaluate(folded, lambda q: engine.rank(q, limit=10))
    print(f"\nsearch dev set typed without marks: {metrics.line()}")
    assert metrics.recall[5] >= 0.90 and metrics.mrr10 >= 0.75, metrics.line()


def test_two_tone_placements_are_one_word(engine):
    assert canonical("Uỷ") == canonical("ủy") == "ủy"
    assert canonical("hoà") == canonical("hòa")
    assert engine.rank("uỷ ban nhân dân cấp xã công khai thông tin", limit=5) == \
        engine.rank("ủy ban nhân dân cấp xã công khai thông tin", limit=5)


def test_one_letter_syllables_are_indexed(engine):
    terms = analyze("Ý kiến của Nhân dân ở cơ sở")
    assert "ý" in terms.syllables and "ở" in terms.syllables
    assert "o" in terms.folded_syllables and "y" in terms.folded_syllables
    assert engine.index.doc_freq("syl", "ở") > 1000
    assert engine.index.doc_freq("fsyl", "y") > 1000
    assert any(t.text == "ở" for t in engine.explain("dân chủ ở cơ sở").terms if t.field == "syl") or \
        any(t.text == "o" for t in engine.explain("dân chủ ở cơ sở").terms if t.field == "fsyl")


def test_two_mark_letters_and_d_are_folded(engine):
    terms = analyze("Hội nghị Đại hội đồng, ý kiến về chế độ")
    assert terms.folded_syllables[:2] == ("hoi", "nghi")
    assert "dai" in terms.folded_syllables and "che" in terms.folded_syllables
    assert "do" in terms.folded_syllables
    hits = engine.search("hoi nghi dinh ky cong dong dan cu", limit=3)
    assert hits and "Hội nghị" in hits[0].title + hits[0].snippet
    assert engine.index.doc_freq("fcmp", "dai_hoi") > 0


# -- abbreviations and local names ------------------------------------------------------
@pytest.mark.parametrize("typed, expected", [
    ("NĐ", "nghị định"), ("QĐ", "quyết định"), ("TTg", "thủ tướng chính phủ"),
    ("UBND", "ủy ban nhân dân"), ("HĐND", "hội đồng nhân dân"), ("MTTQ", "mặt trận tổ quốc"),
    ("BTTND", "ban thanh tra nhân dân"), ("GSĐTCĐ", "giám sát đầu tư của cộng đồng"),
    ("THDCCS", "thực hiện dân chủ ở cơ sở"), ("QCDC", "quy chế dân chủ"),
    ("CTMT", "công tác mặt trận"), ("TTHC", "thủ tục hành chính"), ("BHXH", "bảo hiểm xã hội"),
])
def test_abbreviations_expand(typed, expected):
    phrases = synonyms().abbreviations[fold(typed).lower()]
    assert tuple(canonical(s) for s in expected.split()) in phrases


def test_a_document_type_abbreviation_names_a_document_only_beside_its_number(engine):
    for query in ("khoan 3 dieu 4 nd 61/2023", "Nghị định 159/2016/NĐ-CP về Ban Thanh tra nhân dân"):
        assert any(n.endswith("→ nghị định") for n in engine.explain(query).notes), query
    notes = engine.explain("lay y kien nd toi thieu 20 ngay").notes
    assert "nd → nhân dân" in notes and not any("nghị định" in n for n in notes), notes
    notes = engine.explain("cong khai tt cap xa niem yet 30 ngay").notes
    assert "tt → thông tin" in notes, notes
    notes = engine.explain("ct ubnd xa tiep cong dan may ngay").notes
    assert not any("chỉ thị" in n for n in notes), notes


def test_abbreviation_query_finds_the_article(engine):
    assert f"{LAW}:d77" in engine.rank("nhiệm kỳ BTTND ở doanh nghiệp nhà nước", limit=3)
    assert engine.rank("gsdtcd tieu chuan thanh vien", limit=3)[0] == f"{LAW}:d42"


def test_local_names_map_to_the_law_words(engine):
    for query in ("cho thôi làm trưởng bản", "cho thôi làm trưởng ấp", "cho thôi làm trưởng khu phố"):
        result = engine.run(query, limit=5)
        assert any("→" in n for n in result.notes), (query, result.notes)
        assert f"{ND59}:d9" in [h.article_uid for h in result.hits[:3]], query
    # a one-syllable variant inside a longer word is not a local name: "văn bản" ≠ "văn thôn"
    parsed = engine.explain("văn bản của cộng đồng dân cư")
    assert not any("thôn" in t.text for t in parsed.terms)


def test_a_one_syllable_variant_heading_another_phrase_is_not_a_local_name(engine):
    # the word after decides ("bản kê khai", "bản dự thảo": a document, not the village "bản")
    for query in ("công khai bản kê khai tài sản thu nhập trong cơ quan",
                  "Bản dự thảo quy ước phải niêm yết bao lâu"):
        assert not any("bản → thôn" in n for n in engine.explain(query).notes), query
    # the village still is: "bản có" is said of a thôn too, and a comma ends the phrase
    for query in ("bản có nhiều dân tộc thì hương ước viết bằng tiếng gì",
                  "Người dân sống chung một bản, một khóm thì luật gọi nhóm đó là gì?"):
        parsed = engine.explain(query)
        assert any(n == "bản → thôn" for n in parsed.notes) or "thôn" in parsed.syllables, (query, parsed.notes)


def test_a_variant_typed_without_marks_that_the_law_spells_as_another_word_is_restored(engine):
    # "cong nhan" is "công nhận" (recognise) far more than "công nhân" (worker → người lao động),
    # "truong ban" "trưởng ban" (the board's head) more than "trưởng bản" (→ trưởng thôn)
    notes = engine.explain("cong nhan huong uoc quy uoc").notes
    assert not any("người lao động" in n for n in notes) and any("công nhận" in n for n in notes), notes
    notes = engine.explain("so pho truong ban bgsdtcd toi da").notes
    assert not any("trưởng thôn" in n for n in notes) and any("trưởng ban" in n for n in notes), notes
    # a variant said in a longer phrase keeps its spelling: "cho công nhân biết" → công khai
    notes = engine.explain("cong ty co phai cho cong nhan biet tien thuong khong").notes
    assert any("cho công nhân biết → công khai" in n for n in notes), notes


# -- citations ------------------------------------------------------------------------
@pytest.mark.parametrize("query, uid", [
    ("Điều 15 Luật 10/2022", f"{LAW}:d15"),
    ("khoan 3 dieu 4 nd 61/2023", f"{ND61}:d4:k3"),
    ("điểm c khoản 1 Điều 3 Nghị định 59/2023/NĐ-CP", f"{ND59}:d3:k1:c"),
    ("dieu 37 luat thdccs", f"{LAW}:d37"),
    ("44.13.NĐ.2.11", f"{ND61}:d11"),
    ("dieu 13 nd 59", f"{ND59}:d13"),
])
def test_citation_query_returns_that_unit_first(engine, query, uid):
    hits = engine.search(query, limit=5)
    assert hits[0].uid == uid and hits[0].cited
    assert hits[0].rank == 1
    assert len({h.article_uid for h in hits}) == len(hits)


def test_citation_to_a_missing_article_says_so(engine):
    result = engine.run("Điều 99 Luật 10/2022", limit=3)
    assert any("không có Điều 99" in n for n in result.notes)
    assert not any(h.cited for h in result.hits)


def test_named_document_is_preferred(engine):
    hits = engine.search("nd 59 to bau cu", limit=5)
    assert hits[0].doc == ND59


def test_a_typed_number_names_only_documents_of_that_type(engine):
    # no Decree 159/2016 is stored: the Circular 159/2016/TT-BTC is not the document named, and
    # the number stays among the words (Decree 59/2023 Art. 28: "Nghị định số 159/2016/NĐ-CP …
    # hết hiệu lực thi hành kể từ ngày 08 tháng 8 năm 2023")
    query = "nghị định 159/2016 về ban thanh tra nhân dân hết hiệu lực từ ngày nào"
    assert not find_refs(query, engine.store, engine.docs).doc_ids
    assert engine.rank(query, limit=3)[0] == f"{ND59}:d28"


# -- hits, snippets, status, filters ----------------------------------------------------
def test_hit_names_the_best_clause_and_marks_words(engine):
    hit = engine.search("nhiệm kỳ ban thanh tra nhân dân ở doanh nghiệp nhà nước", limit=1)[0]
    assert hit.article_uid == f"{LAW}:d77" and hit.clause == "3" and hit.uid == f"{LAW}:d77:k3"
    assert hit.citation == "khoản 3 Điều 77 Luật 10/2022/QH15"
    assert hit.phapdien_id == "44.13.LQ.77"
    assert f"{OPEN}Nhiệm kỳ{CLOSE}" in hit.snippet
    assert f"{OPEN}Ban Thanh tra nhân dân{CLOSE}" in hit.snippet
    for word in _marked(hit.snippet):
        assert all(fold(w) in fold(hit.snippet) for w in word.split())


def test_snippet_marks_do_not_split_words(engine):
    for hit in engine.search("hương ước", limit=10):
        text = hit.snippet
        assert text.count(OPEN) == text.count(CLOSE)
        for start in range(len(text)):
            if text.startswith(OPEN, start) and start > 0:
                assert not text[start - 1].isalnum(), text


@pytest.mark.parametrize("words", [
    {"ban", "thanh", "tra", "2", "0", "05"},  # numbers: leading zeros allowed, "05" as typed
    {"nhiem", "ky", "1.5"},  # a decimal number: not one run of letters, the pattern is used
    {"huong", "uoc"}, set(),
])
def test_marker_matches_are_the_words_pattern_matches(words):
    """``Marker.matches`` (set look-ups per run of letters) and ``matches_in`` (look-ups among a
    clause's runs) find exactly what the pattern finds."""
    from kb.search.snippet import ClauseWords, Marker, fold_nfc

    marker = Marker(frozenset(), frozenset(words), lambda w: 1.0)
    texts = ["Ban Thanh tra nhân dân (BTTND) có 02 đến 05 thành viên; 1.5 lần, 0 hoặc 00, 005 ngày",
             "Hương ước, quy ước_ban hành; nhiệm kỳ 2 năm, ky2, 2ky, ban-thanh-tra, x0, 0x, ²",
             ""]
    for text in texts:
        folded = fold_nfc(text)
        expected = [(*m.span(), m.group()) for m in marker.pattern.finditer(folded)]
        assert marker.matches(folded) == expected
        assert marker.matches_in(ClauseWords.of(text)) == expected  # from the clause's runs, kept
    assert any(marker.matches(fold_nfc(t)) for t in texts) or not words  # the texts do hold them


def test_best_clause_is_the_clause_scorers_best(engine, dev):
    """``best_clause`` (the query's words looked up in an article's word → clauses table) picks the
    clause the per-clause ``clause_scorer`` loop picks, for every hit of the dev set's queries."""
    from kb.search.snippet import best_clause, clause_scorer

    checked = 0
    for q in dev[:60]:
        parsed = engine.explain(q.query)
        marker = engine._marker(parsed)
        for uid in engine.rank(q.query, limit=10):
            article = engine._unit(uid)
            units, clauses, in_title = engine._clauses_of(article)
            if not units:
                continue
            score = clause_scorer(marker, in_title)
            expected, top = 0, 0.0
            for i, words in enumerate(clauses.clauses):
                if score(words) > top + 1e-9:
                    expected, top = i, score(words)
            assert best_clause(marker, clauses, in_title) == expected, (q.query, uid)
            checked += top > 0
    assert checked > 300  # most hits have a clause holding the query's words


def test_mark_from_the_clauses_runs_is_the_plain_mark(engine, dev):
    """``mark`` given the clause's ``ClauseWords`` (its runs and their spellings, kept: ``_accepted_in``)
    gives the snippet ``mark`` gives from the text alone (``Marker.matches`` + ``Marker.accepts``),
    for the shown clause of every hit of the dev set's queries, typed with and without marks."""
    from kb.search.snippet import ClauseWords, best_clause, mark

    checked = 0
    for q in dev[:60]:
        for typed in (q.query, fold(q.query)):
            marker = engine._marker(engine.explain(typed))
            for uid in engine.rank(typed, limit=10):
                units, clauses, in_title = engine._clauses_of(engine._unit(uid))
                if not units:
                    continue
                i = best_clause(marker, clauses, in_title)
                text = units[i].text
                plain = mark(text, marker)
                assert mark(text, marker, clause=clauses.clauses[i]) == plain, (typed, uid)
                assert mark(text, marker, clause=ClauseWords.of(text)) == plain, (typed, uid)  # nothing kept yet
                checked += "[[" in plain
    assert checked > 500


def test_snippet_window_holds_the_most_marks():
    """``_window`` (a slice of the ordered runs per start) picks the start a count over every run picks."""
    import random
    import re

    from kb.search.snippet import _window

    rng = random.Random(13)
    for _ in range(300):
        text = " ".join("".join(rng.choice("abcdđ") for _ in range(rng.randint(1, 7)))
                        for _ in range(rng.randint(1, 150)))
        words = [m.span() for m in re.finditer(r"\S+", text)]
        runs = sorted(rng.sample(words, rng.randint(0, min(len(words), 30))))
        best_start, best_count = 0, -1
        for s0, _ in runs or [(0, 0)]:
            s = max(0, s0 - 40)
            count = sum(1 for a, b in runs if a >= s and b <= s + 120)
            if count > best_count:
                best_start, best_count = s, count
        start, end = _window(text, runs, 120)
        if len(text) > 120:
            space = text.rfind(" ", 0, best_start + 1) if best_start > 0 else -1
            assert start == (space + 1 if space >= 0 else best_start)
        else:
            assert (start, end) == (0, len(text))


def test_status_as_of_a_date(engine):
    before = engine.search("Điều 15 Luật 10/2022", limit=1, as_of="2023-01-01")[0]
    after = engine.search("Điều 15 Luật 10/2022", limit=1, as_of="2025-08-01")[0]
    assert before.status == "chưa có hiệu lực"
    assert after.status.startswith("còn hiệu lực")
    assert any("97/2025/QH15" in n for n in after.status_notes)


def test_filters(engine):
    assert {h.doc for h in engine.search("bầu trưởng thôn", limit=10, doc="nd 59/2023")} == {ND59}
    assert {h.doc_type for h in engine.search("hương ước", limit=10, doc_type="Nghị định")} == {"Nghị định"}
    assert all(h.phapdien_id.startswith("44.13.") for h in engine.search("công khai", limit=10, doc="44.13"))
    with pytest.raises(SearchInputError):
        engine.search("x", doc="Luật không tồn tại 999/2099")
    with pytest.raises(SearchInputError):
        engine.search("x", doc_type="loại lạ")
    with pytest.raises(SearchInputError):
        engine.search("x", as_of="31/02/2024")


def test_question_words_are_ignored(engine):
    parsed = engine.explain("Nhiệm kỳ của Ban Thanh tra nhân dân là bao nhiêu năm?")
    assert not any(t.text in ("bao", "nhieu", "bao_nhieu") for t in parsed.terms)


def test_definition_question_finds_the_definition(engine):
    assert engine.rank("Hương ước, quy ước là gì?", limit=1) == [f"{ND61}:d2"]


# -- command line ----------------------------------------------------------------------
def test_cli_json_schema(kb_path, capsys):
    assert main(["search", "nhiem ky bttnd", "--kb", str(kb_path), "--json", "--limit", "3"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 3
    for i, h in enumerate(hits, start=1):
        assert {"rank", "doc", "article", "clause", "point", "phapdien_id", "title", "score",
                "snippet", "uid", "citation", "status"} <= set(h)
        assert h["rank"] == i
    assert hits[0]["doc"] == LAW and isinstance(hits[0]["article"], int)


def test_cli_text_output(kb_path, capsys):
    assert main(["search", "Điều 37 Luật 10/2022", "--kb", str(kb_path), "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. Điều 37 Luật 10/2022/QH15 — Tiêu chuẩn thành viên Ban Thanh tra nhân dân")


def test_cli_batch(kb_path, tmp_path, capsys):
    queries = ["nhiệm kỳ ban thanh tra nhân dân", "khoan 3 dieu 4 nd 61/2023", "huong uoc la gi"]
    f = tmp_path / "queries.txt"
    f.write_text("\n".join(queries) + "\n\n", encoding="utf-8")
    assert main(["search", "--batch", str(f), "--json", "--kb", str(kb_path), "--limit", "3"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [x["query"] for x in lines] == queries
    for x in lines:
        assert x["ms"] > 0 and 1 <= len(x["hits"]) <= 3
    assert lines[1]["hits"][0]["uid"] == f"{ND61}:d4:k3"


@pytest.mark.parametrize("args, message", [
    (["--batch", "/khong/co/tep.txt", "--json"], "không tìm thấy tệp truy vấn"),
    (["x", "--as-of", "2025-13-40"], "không hợp lệ"),
    (["x", "--type", "abc"], "loại văn bản"),
    (["x", "--doc", "Luật 999/2099"], "không tìm thấy văn bản"),
    ([], "hãy nhập từ khoá"),
])
def test_cli_bad_input_is_a_clear_message(kb_path, capsys, args, message):
    assert main(["search", *args, "--kb", str(kb_path)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_cli_batch_file_not_utf8(kb_path, tmp_path, capsys):
    f = tmp_path / "q.txt"
    f.write_bytes("nhiệm kỳ".encode("utf-16"))
    assert main(["search", "--batch", str(f), "--kb", str(kb_path)]) == 2
    assert "UTF-8" in capsys.readouterr().err


# -- helpers --------------------------------------------------------------------------
def _marked(snippet: str) -> list[str]:
    out, start = [], 0
    while (i := snippet.find(OPEN, start)) >= 0:
        j = snippet.find(CLOSE, i)
        out.append(snippet[i + len(OPEN):j])
        start = j + len(CLOSE)
    return out


def test_syllable_tokens_keep_offsets():
    text = "Điều 5. Ủy ban nhân dân ở xã"
    for start, end, key, folded in syllable_tokens(text):
        assert fold(text[start:end].lower()) == folded
        assert canonical(text[start:end]) == key


def test_forward_dense_rows_equal_scipy_slicing():
    """``ForwardStore._dense`` (scipy's C kernels called directly) gives the block
    ``matrix[rows].toarray()`` gives: any rows, repeated, unsorted, empty ones, none."""
    import numpy as np

    from kb.search.forward import ForwardStore

    forward = ForwardStore(["fsyl\ta", "fsyl\tb", "syl\tc", "title\td"])
    forward.add("x:d1", "x", "s", {"fsyl": "a a b", "syl": "c"})
    forward.add("x:d2", "x", "s", {"fsyl": "z"})  # no common term
    forward.add("x:d3", "x", "s", {"title": "d d d", "fsyl": "b"})
    for rows in ([2, 0, 1], [1], [0, 0, 2, 2, 1], []):
        rows = np.array(rows, dtype=np.int64)
        want = forward.matrix[rows].toarray()
        got = forward._dense(rows)
        assert got.dtype == want.dtype and np.array_equal(got, want), rows
    assert forward._dense(np.array([0]))[0].tolist() == [2, 1, 1, 0]


# -- latency work that must not change a result (searchlat5) ------------------------
def test_fold_query_is_fold_and_has_marks_is_has_diacritics():
    """``analysis.fold_query`` (one translate for Latin text) equals ``kb.vntext.fold`` on every
    character below U+3000 and on mixed strings; ``has_marks`` equals ``has_diacritics``."""
    import random

    from kb.search.analysis import _LATIN, fold_query
    from kb.vntext import _fold_each, has_diacritics

    # ``kb.vntext.fold`` takes the same translate for Latin text: both equal its definition (_fold_each)
    chars = [chr(i) for i in range(0x3000)]
    for c in chars:
        assert fold_query(c) == fold(c) == _fold_each(c) and has_marks(c) == has_diacritics(c), hex(ord(c))
    latin, rng = sorted(_LATIN), random.Random(13)
    for _ in range(20_000):
        s = "".join(rng.choice(latin if rng.random() < 0.9 else chars) for _ in range(rng.randint(0, 16)))
        assert fold_query(s) == fold(s) == _fold_each(s) and has_marks(s) == has_diacritics(s), repr(s)
    q = "Trưởng THÔN, Ủy ban nhân dân xã ĐỒNG Ý? İstanbul Σ ﬁ"
    assert fold_query(q) == fold(q) == _fold_each(q)


def _spelling_reference(folded, vocab):
    """Viterbi over accented forms, written plainly (the code before its per-pair memo)."""
    import math

    from kb.search.query import PAIR_FLOOR, UNIGRAM_PRIOR, WORD_BONUS, _plausible

    log = math.log
    options = [_plausible(vocab.accented_forms(f)) or [(f, 1)] for f in folded]
    best = {c: (UNIGRAM_PRIOR * log(1 + n), [c]) for c, n in options[0]}
    for i in range(1, len(folded)):
        pairs = dict(vocab.accented_forms(f"{folded[i - 1]}_{folded[i]}"))
        step = {}
        for c, n in options[i]:
            top, top_path = -math.inf, None
            for p, (prev, path) in best.items():
                pc = p + "_" + c
                score = prev + log(pairs.get(pc, 0) + PAIR_FLOOR) + WORD_BONUS * log(1 + vocab.doc_freq("cmp", pc))
                if top_path is None or score > top:
                    top, top_path = score, path
            step[c] = (top + UNIGRAM_PRIOR * log(1 + n), top_path + [c])
        best = step
    return max(best.values(), key=lambda x: x[0])[1]


def test_kept_spellings_restore_as_the_plain_viterbi(engine, dev):
    for q in dev:
        folded = [f for _, _, _, f in syllable_tokens(fold(q.query))]
        if folded:
            assert likeliest_spelling(folded, engine.index) == _spelling_reference(folded, engine.index), q.query


def _coverage_reference(readings, union, totals, idf, article, wants=None):
    """``rerank._coverage`` written plainly: per reading, each clause's idf sum in a dict."""
    from kb.search.rerank import DELEGATED, HEADING, NO_ANSWER

    lacking = 0
    if wants is not None and article.answers is not None:
        lacking = ((1 << article.clauses) - 1) & ~article.answers.get(wants, 0)
    held = [(w, article.where[w]) for w in union - article.title if w in article.where]
    best = 0.0
    for reading, total in zip(readings, totals):
        if total <= 0:
            continue
        base = sum(idf[w] for w in reading & article.title)
        in_heading = reading & article.heading
        if in_heading:
            base += HEADING * sum(idf[w] for w in in_heading)
        sums: dict[int, float] = {}
        for w, bits in held:
            if w in reading:
                weight = idf[w] * (1.0 - HEADING) if w in in_heading else idf[w]
                while bits:
                    low = bits & -bits
                    sums[low] = sums.get(low, 0.0) + weight
                    bits ^= low
        if len(sums) < article.clauses or not sums:
            best = max(best, base / total * (NO_ANSWER if lacking else 1.0))
        for bit, got in sums.items():
            share = (base + got) / total
            if article.delegating & bit:
                share *= DELEGATED
            if lacking & bit:
                share *= NO_ANSWER
            best = max(best, share)
    return best


def test_coverage_equals_the_plain_sums_bit_for_bit(engine, dev):
    """The re-ranking's clause coverage, on the candidates of every dev query typed and folded,
    and for every kind of answer asked: the same float as the plain per-clause sums."""
    from kb.search.answer import KINDS
    from kb.search.rerank import _coverage

    seen = 0
    for q in [d.query for d in dev] + [fold(d.query) for d in dev]:
        parsed = engine.explain(q)
        if not parsed.readings:
            continue
        union = frozenset().union(*parsed.readings)
        idf = {w: engine._term_idf("fsyl", w) for w in union}
        totals = [sum(idf[w] for w in r) for r in parsed.readings]
        for uid in engine.rank(q, limit=20):
            article = engine._article_words(uid)
            for wants in (None, *KINDS):
                got = _coverage(parsed.readings, union, totals, idf, article, wants)
                want = _coverage_reference(parsed.readings, union, totals, idf, article, wants)
                assert repr(got) == repr(want), (q, uid, wants)
                seen += 1
    assert seen > 1000


def test_titled_rows_are_the_whole_titles_the_query_says(engine, dev):
    """``SearchEngine._titled`` (64-bit signatures first) picks exactly the rows whose title has
    two words or more, all said by the query."""
    import numpy as np

    from kb.search.analysis import folded_tokens

    forward = engine.index.forward
    hits = 0
    for q in [d.query for d in dev]:
        said = frozenset(folded_tokens(q))
        rows = np.array(sorted({forward.uids.index(u) for u in engine.rank(q, limit=30)}), dtype=np.int64)
        titles = engine._titles(rows.tolist())
        want = [i for i, title in enumerate(titles) if len(title) >= 2 and title <= said]
        assert engine._titled(rows, said) == want, q
        hits += len(want)
    assert hits > 0


def test_quiz_readings_read_the_stem_once(engine):
    """``query._readings`` (the quiz split once, the stem's syllables read once for every choice) gives
    the readings of its plain form: ``_expanded`` of each "stem choice" of ``quiz.choice_texts``, in the
    same order, each set built from the same syllables in the same order (so it iterates alike)."""
    import json
    from pathlib import Path

    from kb.search.query import _expanded, _readings
    from kb.search.quiz import choice_texts

    syn = engine.synonyms

    def plain(text, searched):
        choices = choice_texts(text, syn.quiz_filler_words)
        if not choices:
            return (searched,) if searched else ()
        out = [frozenset(_expanded(c, syn)) & searched for c in choices]
        return tuple(r for r in out if r) or ((searched,) if searched else ())

    texts = ["Ai triệu tập hội nghị? A. Trưởng thôn B. Chủ tịch UBND xã C. Cả A và B D. Tất cả đều sai",
             "A. 2 năm B. 3 năm", "Nhiệm kỳ? A. Cả A và B B. Tất cả đều đúng", "điểm a khoản 1 Điều 3", ""]
    for name in ("search_dev.jsonl", "search_dev3.jsonl", "search_dev4.jsonl", "search_dev6.jsonl", "search_dev8.jsonl"):
        path = Path(__file__).parent / "data" / name
        texts += [json.loads(line)["query"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    quizzes = 0
    for text in texts:
        searched = engine.explain(text).readings
        searched = frozenset().union(*searched) if searched else frozenset()
        got, want = _readings(text, searched, syn), plain(text, searched)
        assert got == want and [list(r) for r in got] == [list(r) for r in want], text
        quizzes += len(want) > 1
    assert quizzes >= 20


# -- latency work that must not change a result (issue 13, s13-search) -------------
def _tuning_texts() -> list[str]:
    texts = []
    for name in ("search_dev.jsonl", "search_dev3.jsonl", "search_dev4.jsonl", "search_dev6.jsonl", "search_dev8.jsonl"):
        path = Path(__file__).parent / "data" / name
        texts += [json.loads(line)["query"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts + [fold(t) for t in texts]


def test_words_after_dropped_phrases_are_the_plain_words(engine, monkeypatch):
    """``query._words_kept`` (a window without a dropped syllable keeps its verdict, only windows across
    the gap are looked up) gives ``_words`` of the kept syllables: same entries, same order, for every
    tuning query, folded too, and every prefix of two words or more."""
    import kb.search.query as query

    plain, checked = query._words_kept, []

    def both(seq, kept, found, vocab):
        got, want = plain(seq, kept, found, vocab), query._words(kept, vocab)
        assert got == want and [type(w[4]) for w in got] == [type(w[4]) for w in want]
        checked.append(len(got))
        return got

    monkeypatch.setattr(query, "_words_kept", both)
    for text in _tuning_texts():
        words = text.split()
        for k in range(2, len(words) + 1):
            engine.explain(" ".join(words[:k]))
    assert len(checked) > 1000 and sum(checked) > 1000


def test_quiz_parts_are_the_searched_tokens(engine):
    """``query._quiz_parts``: the stem's and each content choice's tokens, one after another, are the
    tokens of the searched text (``search_text``), for every quiz of the tuning sets."""
    from kb.search.analysis import syllable_forms
    from kb.search.query import _quiz_parts
    from kb.search.quiz import search_text, split_quiz
    from kb.vntext import nfc

    syn = engine.synonyms
    quizzes = 0
    for text in _tuning_texts() + ["Nhiệm kỳ? A. Cả A và B B. Tất cả đều đúng", "A. 2 năm B. 3 năm"]:
        text = nfc(text).strip()
        quiz = split_quiz(text)
        if quiz is None:
            continue
        searched, _ = search_text(text, syn.quiz_filler_words, quiz)
        assert [t for _, tokens in _quiz_parts(quiz, syn) for t in tokens] == syllable_forms(searched), text
        quizzes += 1
    assert quizzes >= 100


def test_forward_norms_are_the_per_query_norms(engine):
    """``ForwardStore.norms`` (kept per row and field) holds, bit for bit, what ``score_columns``
    computed per query: ``K1 · (1 - B + B · dl / avgdl)`` of the rows asked for."""
    import numpy as np

    from kb.search.forward import B, K1

    forward = engine.index.forward
    rng = np.random.default_rng(13)
    for _ in range(50):
        rows = rng.integers(0, len(forward.uids), 100)
        fidx = rng.integers(0, 5, 40)
        dl = forward._lengths[rows].astype(np.float64)
        want = (K1 * (1 - B + B * dl / forward.avgdl))[:, fidx]
        assert forward.norms[rows[:, None], fidx].tobytes() == want.tobytes()
