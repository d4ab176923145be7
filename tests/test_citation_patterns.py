"""Every document type and abbreviation in kb/citations/patterns.py is matched by its own examples.

The pattern table keeps its examples beside each entry (as reporters-db keeps
a regex beside its examples): running-text examples must be found by
``find_citations`` as exactly one citation of that type, query examples must be
parsed by ``parse_citation`` to that type. A new type word or abbreviation
without a working example fails here.
"""
from __future__ import annotations

import pytest

from kb.citations.find import find_citations
from kb.citations.parse import parse_citation
from kb.citations.patterns import ABBREVIATIONS, DOC_TYPE_TABLE, QUERY_TYPE_WORDS, TYPE_WORDS
from kb.vntext import fold

RUNNING = [(t.name, ex) for t in DOC_TYPE_TABLE for ex in t.examples]
QUERIES = [(t.name, ex) for t in DOC_TYPE_TABLE for ex in t.query_examples]


@pytest.mark.parametrize("doc_type,example", RUNNING, ids=[e for _, e in RUNNING])
def test_running_text_example_is_found_with_its_type(doc_type, example):
    found = find_citations(f"Căn cứ {example} của cơ quan có thẩm quyền.")
    assert len(found) == 1, [c.text for c in found]
    assert found[0].text == example
    assert [t.doc.doc_type for t in found[0].targets] == [doc_type]


@pytest.mark.parametrize("doc_type,example", QUERIES, ids=[e for _, e in QUERIES])
def test_query_example_parses_to_its_type(doc_type, example):
    cit = parse_citation(example)
    assert cit is not None and cit.doc is not None
    assert cit.doc.doc_type == doc_type


def test_every_type_and_abbreviation_has_an_example_that_uses_it():
    for t in DOC_TYPE_TABLE:
        assert t.examples, t.name
        for abbr in t.abbreviations:
            assert any(ex.startswith(abbr + " ") for ex in t.examples), (t.name, abbr)
        for abbr in t.query_abbreviations:
            assert any(fold(ex).startswith(abbr + " ") for ex in t.query_examples), (t.name, abbr)


def test_each_word_and_abbreviation_is_listed_once():
    words = [fold(t.name) for t in DOC_TYPE_TABLE]
    assert len(words) == len(set(words)) == len(TYPE_WORDS)
    abbrs = [a for t in DOC_TYPE_TABLE for a in t.abbreviations]
    assert len(abbrs) == len(set(abbrs)) == len(ABBREVIATIONS)
    short = [a for t in DOC_TYPE_TABLE for a in t.query_abbreviations]
    assert len(short) == len(set(short)) and not set(short) & set(words)
    assert set(QUERY_TYPE_WORDS.values()) <= set(TYPE_WORDS.values())


@pytest.mark.parametrize("query,article,clause,number", [
    ("k2 d6 nd61", "6", "2", "61"),  # k/d glued to their numbers, the type to its number
    ("dieu 10 nd61 ty le thong qua", "10", None, "61"),
    ("khoan 3 d2 nd 61/2023", "2", "3", "61/2023"),
    ("d.5 luat 10/2022", "5", None, "10/2022"),
])
def test_short_query_forms(query, article, clause, number):
    cit = parse_citation(query)
    assert cit is not None and cit.doc is not None
    assert (cit.article, cit.clause, cit.doc.number) == (article, clause, number)


@pytest.mark.parametrize("query", ["dk1 ubnd", "ubnd xa tra loi kien nghi", "nhiệm kỳ 5 năm"])
def test_words_glued_to_numbers_are_not_short_forms(query):
    cit = parse_citation(query)
    assert cit is None or cit.article is None, cit
