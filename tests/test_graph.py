"""The article graph over the real corpus: acceptance edges, incremental rebuild, CLI.

Two knowledge bases are used: the session KB of the whole corpus (graph built
for the core đề mục only, so every pháp điển code can still resolve), and a
small KB of real files in a temporary folder for rebuild and CLI tests.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kb.graph import (AMENDS, BASED_ON, CITES, DETAILS, RELATED, REPEALS, REPLACES, SUPPLEMENTS,
                      build_graph, load_graph, neighbourhood)
from kb.graph_store import GraphStore
from kb.store import Store
from pipeline.ingest import ingest
from ui.cli import main

CORE = "phapdien/xay-dung-phap-luat-va-thi-hanh-phap-luat/thuc-hien-dan-chu-o-co-so.md"
FRONT = "phapdien/to-chuc-bo-may-nha-nuoc/mat-tran-to-quoc-viet-nam.md"
HANOI = "seeds/001_dd7ef5a3fe288978.txt"


@pytest.fixture(scope="module")
def core_graph(store, corpus):
    """The session KB with the graph built for đề mục 44.13 and the facts file."""
    report = build_graph(store, only=[str(corpus / CORE)])
    assert str(corpus / CORE) in report.built or report.skipped >= 1
    return store


@pytest.fixture(scope="module")
def small_kb(tmp_path_factory, corpus) -> Path:
    path = tmp_path_factory.mktemp("graph") / "kb.sqlite"
    with Store(path) as st:
        reports = ingest(st, [corpus / CORE, corpus / FRONT, corpus / HANOI])
        assert all(r.state == "ok" for r in reports)
        build_graph(st)
    return path


def _stored(store, *etypes):
    """The stored edges of the given types, read through the graph tables' owner."""
    return [e for t in etypes for e in GraphStore(store).edges_of_type(t)]


def _edges(store, etype, src=None, dst=None):
    return {(e.src, e.dst) for e in _stored(store, etype)
            if (src is None or e.src == src) and (dst is None or e.dst == dst)}


def test_decree_59_article_1_details_the_six_law_provisions(core_graph):
    got = {dst for _, dst in _edges(core_graph, DETAILS, src="59/2023/NĐ-CP:d1")}
    assert got == {"10/2022/QH15:d23:k4", "10/2022/QH15:d33:k4", "10/2022/QH15:d40:k3",
                   "10/2022/QH15:d45:k4", "10/2022/QH15:d63:k3", "10/2022/QH15:d81:k4"}
    # and the decree as a whole details the Law (from its title)
    assert ("59/2023/NĐ-CP", "10/2022/QH15") in _edges(core_graph, DETAILS)


def test_every_related_note_of_de_muc_44_13_is_an_edge_with_both_ends_resolved(core_graph, corpus):
    units = [core_graph.unit(uid) for _, uid in core_graph.codes_with_prefix("44.13.")]
    rows = [(u.uid, u.related) for u in units if u.level == "article" and u.related]
    codes = core_graph.code_index()
    edges = _edges(core_graph, RELATED)
    notes = [(uid, code) for uid, rel in rows for code in rel]
    # the đề mục file holds 40 such notes naming 67 articles
    text = (corpus / CORE).read_text(encoding="utf-8")
    assert len(rows) == text.count("(Điều này có nội dung liên quan đến") == 40
    assert len(notes) == 67
    for uid, code in notes:
        assert code in codes, f"{uid}: code {code} does not resolve"
        assert (uid, codes[code]) in edges, f"{uid} → {code} has no related edge"
        assert core_graph.unit(codes[code]) is not None


def test_law_article_cites_its_own_articles_and_amendment_facts_are_edges(core_graph):
    assert ("10/2022/QH15:d13:k2", "10/2022/QH15:d11:k12") in _edges(core_graph, CITES)
    facts_edges = {(e.src, e.dst, e.effective) for e in _stored(core_graph, AMENDS)
                   if e.origin.startswith("facts:")}
    assert ("ext:97/2025/QH15", "10/2022/QH15", "2025-07-01") in facts_edges


def test_ending_statements_become_dated_repeal_edges(core_graph):
    ends = {(e.src, e.dst, e.effective) for e in _stored(core_graph, REPEALS)
            if not e.origin.startswith("facts:")}
    assert ("59/2023/NĐ-CP", "ext:159/2016/NĐ-CP", "2023-08-08") in ends
    assert ("61/2023/NĐ-CP", "ext:22/2018/QĐ-TTg", "2023-08-16") in ends
    assert ("10/2022/QH15", "ext:55/1998/NQ-UBTVQH10", "2023-07-01") in ends


def test_front_law_amendment_notes_and_the_hanoi_basis(small_kb):
    with Store(small_kb) as st:
        amended = {e.dst for e in _stored(st, AMENDS, SUPPLEMENTS) if e.src == "ext:97/2025/QH15"}
        assert {f"75/2015/QH13:d{n}" for n in (1, 4, 5, 6, 20, 25, 26, 32, 33)} <= amended
        effective = {e.effective for e in GraphStore(st).edges_from("ext:97/2025/QH15")
                     if e.dst.startswith("75/2015/QH13:")}
        assert effective == {"2025-07-01"}
        basis = {dst for _, dst in _edges(st, BASED_ON, src="local:001_dd7ef5a3fe288978")}
        assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "ext:346/QĐ-TTg", "ext:77/2015/QH13"} <= basis
        assert GraphStore(st).stub("ext:346/QĐ-TTg")["issued"] == "2023-04-06"


def test_rebuild_is_incremental_per_source(tmp_path, corpus):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    draft = seeds / "draft.txt"
    draft.write_text("NGHỊ QUYẾT\nCăn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;\n"
                     "Điều 1. Thực hiện khoản 1 Điều 15 Luật số 10/2022/QH15.\n", encoding="utf-8")
    with Store(tmp_path / "kb.sqlite") as st:
        ingest(st, [corpus / CORE, draft])
        first = build_graph(st)
        assert len(first.built) == 3  # two sources and the facts file
        again = build_graph(st)
        assert again.built == () and again.skipped == 3
        before = _edges(st, CITES)
        draft.write_text(draft.read_text(encoding="utf-8").replace("khoản 1 Điều 15", "khoản 2 Điều 16"),
                         encoding="utf-8")
        ingest(st, [draft])
        third = build_graph(st)
        assert third.built == (str(draft),)
        after = _edges(st, CITES)
        assert ("local:draft:d1", "10/2022/QH15:d15:k1") in before - after
        assert ("local:draft:d1", "10/2022/QH15:d16:k2") in after - before
        unchanged = {e for e in before if not e[0].startswith("local:")}
        assert unchanged <= after


def test_neighbourhood_and_whole_graph(small_kb):
    with Store(small_kb) as st:
        g = neighbourhood(st, "59/2023/NĐ-CP:d1", 1)
        assert g.has_edge("59/2023/NĐ-CP:d1", "10/2022/QH15:d81:k4", key=DETAILS)
        assert g.has_edge("59/2023/NĐ-CP", "59/2023/NĐ-CP:d1", key="contains")
        assert g.nodes["10/2022/QH15:d81:k4"]["label"].startswith("khoản 4 Điều 81 Luật 10/2022/QH15")
        whole = load_graph(st)
        assert whole.number_of_nodes() > 3000
        assert {d["type"] for _, _, d in whole.edges(data=True)} >= {CITES, DETAILS, RELATED, "contains", REPLACES}


def test_cli_refs_lists_incoming_details(small_kb, capsys):
    assert main(["refs", "Điều 23 Luật 10/2022/QH15", "--json", "--kb", str(small_kb)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["node"] == "10/2022/QH15:d23"
    assert [e["src"] for e in data["incoming"]["details"]] == ["59/2023/NĐ-CP:d1"]
    assert any(e["other"] == "59/2023/NĐ-CP:d1" for e in data["outgoing"]["related"])
    assert main(["refs", "Điều 23 Luật 10/2022/QH15", "--kb", str(small_kb)]) == 0
    out = capsys.readouterr().out
    assert "quy định chi tiết" in out and "Điều 1 Nghị định 59/2023/NĐ-CP" in out


def test_cli_graph_formats(small_kb, tmp_path, capsys):
    assert main(["graph", "Điều 1 Nghị định 59/2023/NĐ-CP", "--depth", "1", "--format", "json",
                 "--kb", str(small_kb)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["center"] == "59/2023/NĐ-CP:d1"
    assert sum(1 for e in data["edges"] if e["type"] == DETAILS) == 6
    assert main(["graph", "Điều 1 Nghị định 59/2023/NĐ-CP", "--format", "dot", "--kb", str(small_kb)]) == 0
    dot = capsys.readouterr().out
    assert dot.startswith("digraph") and "quy định chi tiết" in dot
    if shutil.which("dot"):
        png = tmp_path / "g.png"
        assert main(["graph", "Điều 1 Nghị định 59/2023/NĐ-CP", "--format", "png", "-o", str(png),
                     "--kb", str(small_kb)]) == 0
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_cite_json_and_bad_input(small_kb, tmp_path, capsys):
    assert main(["cite", "theo khoản 1, 2 Điều 18 của Luật Thực hiện dân chủ ở cơ sở và Quyết định số "
                 "346/QĐ-TTg", "--json", "--kb", str(small_kb)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["text"] for r in rows] == ["khoản 1, 2 Điều 18 của Luật Thực hiện dân chủ ở cơ sở",
                                         "Quyết định số 346/QĐ-TTg"]
    assert [t["node"] for t in rows[0]["targets"]] == ["10/2022/QH15:d18:k1", "10/2022/QH15:d18:k2"]
    assert rows[0]["resolved"] is True and rows[1]["resolved"] is False
    assert rows[1]["target"]["external"]["number"] == "346/QĐ-TTg"
    assert main(["cite", "--file", str(tmp_path / "missing.docx"), "--kb", str(small_kb)]) == 2
    assert "missing.docx" in capsys.readouterr().err
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 truncated zip")
    assert main(["cite", "--file", str(broken), "--kb", str(small_kb)]) == 2
    err = capsys.readouterr().err
    assert "broken.docx" in err and "Traceback" not in err


def test_cli_unknown_citation_exits_1(small_kb, capsys):
    assert main(["refs", "Điều 95 Luật 10/2022/QH15", "--kb", str(small_kb)]) == 1
    assert "Điều 95" in capsys.readouterr().err
    assert main(["graph", "Điều 1 Nghị định 59/2023/NĐ-CP", "--types", "bogus", "--kb", str(small_kb)]) == 2
