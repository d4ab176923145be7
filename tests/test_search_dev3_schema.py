"""Schema of the third search dev set (``tests/data/search_dev3.jsonl``).

The set is a tuning set beside the first (see ``search_dev3.md``), written
from the law text the way issue 13 §4 asks. This test only checks its shape:
ids, kinds, one-line queries, the quotas the set was written to, and that
every gold id is an article unit of the knowledge base built from the corpus.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

DEV3 = Path(__file__).parent / "data" / "search_dev3.jsonl"
KINDS = {"decree61", "front", "neighbour", "paraphrase", "quiz", "officer", "role", "other"}
#: Minimum number of questions per kind (the quotas the set was written to).
QUOTAS = {"decree61": 40, "paraphrase": 30, "quiz": 30, "officer": 20, "role": 5}
GOLD_RX = re.compile(r"^(?P<doc>[^:\s]+):d(?P<art>\d+)$")
FIELDS = {"id", "kind", "query", "gold", "note"}


def load() -> list[dict]:
    with open(DEV3, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


ROWS = load()


def test_size_and_ids():
    assert len(ROWS) >= 150
    ids = [r["id"] for r in ROWS]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert all(re.fullmatch(r"d3-\d{3}", i) for i in ids)


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_row_schema(row):
    assert set(row) == FIELDS
    assert row["kind"] in KINDS
    q = row["query"]
    assert isinstance(q, str) and q.strip() and "\n" not in q
    assert q == unicodedata.normalize("NFC", q)
    assert isinstance(row["gold"], list) and row["gold"]
    assert len(set(row["gold"])) == len(row["gold"])
    for g in row["gold"]:
        assert GOLD_RX.match(g), g
        assert g == unicodedata.normalize("NFC", g)
    assert isinstance(row["note"], str) and row["note"].strip()
    if row["kind"] == "quiz":
        assert all(f"{c}." in q for c in "ABCD"), "a quiz question carries its choices A–D"
    if row["kind"] == "officer":
        assert q == q.lower() and not re.search(r"[^\x00-\x7f]", q), "officer queries are typed without diacritics"


def test_quotas():
    kinds = Counter(r["kind"] for r in ROWS)
    for kind, n in QUOTAS.items():
        assert kinds[kind] >= n, (kind, kinds[kind])
    assert kinds["front"] + kinds["neighbour"] >= 25
    on_61 = sum(any(g.startswith("61/2023/NĐ-CP:") for g in r["gold"]) for r in ROWS)
    assert on_61 >= 40


@pytest.mark.slow
def test_every_gold_id_is_an_article_of_the_kb(store):
    missing, not_article = [], []
    for row in ROWS:
        for g in row["gold"]:
            unit = store.unit(g)
            if unit is None:
                missing.append((row["id"], g))
            elif (unit.level, unit.label, unit.doc_id) != ("article", GOLD_RX.match(g)["art"], GOLD_RX.match(g)["doc"]):
                not_article.append((row["id"], g, unit.level, unit.label, unit.doc_id))
    assert not missing, missing
    assert not not_article, not_article
