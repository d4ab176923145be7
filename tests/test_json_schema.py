"""Every command that prints data prints JSON with --json, and every output keeps ONE schema.

The schema is ``kb.serialize.SCHEMA`` (documented in docs/json-schema.md): the same
field has the same type in every command (ints for article/clause, the official
number in ``doc``, provision ids in ``uid``/``node``). Each command runs on the real
knowledge base and a real review-set draft.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb.serialize import SCHEMA, to_jsonable, unit_label, validate
from ui.cli import main

REVIEW_DRAFT = "review/r01-huong-uoc-thon-dong-lam.txt"
CITED = "khoản 1 Điều 3 Nghị định 59/2023/NĐ-CP"


def commands(corpus):
    return {
        "show": ["show", CITED, "--json"],
        "show-document": ["show", "Nghị định 59/2023/NĐ-CP", "--json"],
        "search": ["search", "hương ước", "--json"],
        "cite": ["cite", "--json", "Theo Điều 3 Nghị định số 59/2023/NĐ-CP và khoản 1 Điều 5 "
                                   "Luật Thực hiện dân chủ ở cơ sở"],
        "refs": ["refs", "Điều 3 Nghị định 59/2023/NĐ-CP", "--json"],
        "graph": ["graph", "Điều 3 Nghị định 59/2023/NĐ-CP", "--json"],
        "history": ["history", "Điều 3 Nghị định 59/2023/NĐ-CP", "--json"],
        "check": ["check", str(corpus / REVIEW_DRAFT), "--json"],
        "learn": ["learn", "--cite", "Điều 3 Nghị định 59/2023/NĐ-CP", "--questions", "3", "--json"],
    }


@pytest.mark.parametrize("name", ["show", "show-document", "search", "cite", "refs", "graph",
                                  "history", "check", "learn"])
def test_every_json_output_keeps_the_one_schema(kb_path, corpus, capsys, name):
    argv = commands(corpus)[name]
    capsys.readouterr()
    main([*argv, "--kb", str(kb_path)])
    out, err = capsys.readouterr()
    data = json.loads(out)  # --json printed JSON, nothing else on stdout
    assert data, (name, err)
    assert validate(data) == [], name
    # the schema is not vacuous for this output: at least one governed field appears
    flat = json.dumps(data, ensure_ascii=False)
    assert any(f'"{key}":' in flat for key in SCHEMA), name


def test_search_batch_prints_one_json_line_per_query_in_the_schema(kb_path, tmp_path, capsys):
    queries = tmp_path / "q.txt"
    queries.write_text("hương ước\nkhoản 1 Điều 3 Nghị định 59/2023/NĐ-CP\n", encoding="utf-8")
    capsys.readouterr()
    rc = main(["search", "--batch", str(queries), "--json", "--limit", "3", "--kb", str(kb_path)])
    lines = capsys.readouterr().out.splitlines()
    assert rc == 0 and len(lines) == 2
    data = [json.loads(line) for line in lines]
    assert [d["query"] for d in data] == ["hương ước", "khoản 1 Điều 3 Nghị định 59/2023/NĐ-CP"]
    assert all(d["hits"] for d in data) and validate(data) == []
    assert data[1]["hits"][0]["uid"] == "59/2023/NĐ-CP:d3:k1"


def test_learn_verify_json_keeps_the_schema(kb_path, capsys):
    key = Path(__file__).resolve().parent / "data" / "contest_key_sample.csv"
    capsys.readouterr()
    main(["learn", "--verify", str(key), "--json", "--kb", str(kb_path)])
    data = json.loads(capsys.readouterr().out)
    assert data and validate(data) == []
    flat = json.dumps(data, ensure_ascii=False)
    assert any(f'"{field}":' in flat for field in SCHEMA)


def test_a_folder_check_keeps_the_schema_and_names_each_file(kb_path, corpus, tmp_path, capsys):
    """``check FOLDER --json``: one entry per file, a report or why it was not checked
    (``checker.render.batch_dict``), the same fields as a single check."""
    folder = tmp_path / "drafts"
    folder.mkdir()
    sample = Path(__file__).resolve().parents[1] / "corpus" / "samples" / "huong_uoc_loi.txt"
    (folder / "a.txt").write_bytes(sample.read_bytes())
    (folder / "b.txt").write_bytes(b"")
    capsys.readouterr()
    rc = main(["check", str(folder), "--json", "--kb", str(kb_path)])
    data = json.loads(capsys.readouterr().out)
    assert rc == 2  # one file could not be checked
    assert [f["path"] for f in data["files"]] == [str(folder / "a.txt"), str(folder / "b.txt")]
    assert data["files"][0]["report"]["findings"] and "rỗng" in data["files"][1]["error"]
    assert validate(data) == []


def test_ingest_json_lists_each_file(tmp_path, corpus, capsys):
    seed = sorted((corpus / "seeds").glob("*.txt"))[0]
    capsys.readouterr()
    rc = main(["ingest", str(seed), "--json", "--kb", str(tmp_path / "kb.sqlite")])
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert rc == 0 and [r["path"] for r in data] == [str(seed)] and data[0]["state"] == "ok"
    assert data[0]["documents"] >= 1 and validate(data) == []
    assert "Tổng:" in err  # the summary goes to stderr, stdout stays JSON


def test_cite_and_show_give_the_same_types_and_the_official_number(kb_path, capsys):
    capsys.readouterr()
    main(["cite", "--json", "--kb", str(kb_path), "khoản 1 Điều 5 Luật Thực hiện dân chủ ở cơ sở"])
    target = json.loads(capsys.readouterr().out)[0]["target"]
    main(["show", target["node"], "--json", "--kb", str(kb_path)])
    shown = json.loads(capsys.readouterr().out)
    assert (target["doc"], target["article"], target["clause"]) == (shown["doc"], shown["article"],
                                                                    shown["clause"]) == ("10/2022/QH15", 5, 1)
    assert target["doc_as_written"] == "Luật Thực hiện dân chủ ở cơ sở"


def test_the_validator_catches_the_old_mismatch():
    assert validate({"target": {"article": "3", "clause": 1}}) == [
        "$.target.article: giá trị '3' không đúng dạng"]
    assert validate([{"uid": 3}]) and validate({"point": True})
    assert validate({"article": 3, "clause": "1.2", "point": "đ", "uid": "59/2023/NĐ-CP:d3:k1:c"}) == []


def test_to_jsonable_and_unit_label():
    from kb.model import ProvisionId

    assert unit_label("12") == 12 and unit_label("3a") == "3a" and unit_label(None) is None
    assert to_jsonable({"id": ProvisionId.parse("59/2023/NĐ-CP:d3:k1"), "t": (1, 2)}) == \
        {"id": "59/2023/NĐ-CP:d3:k1", "t": [1, 2]}
