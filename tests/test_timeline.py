"""Point in time on the real corpus: 30 June vs 1 July 2025, history, the facts as data."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb.facts import AMENDED, ENDED, IN_FORCE, NOT_YET
from kb.graph_store import GraphStore
from kb.timeline import TimelineDataError, changes, history, load_changes, point_in_time
from ui.cli import main


def test_law_10_2022_before_and_after_law_97_2025(store):
    before = point_in_time(store, "10/2022/QH15:d15:k1", "2025-06-30")
    assert (before.status, before.in_force, before.text_is_current, before.notices) == (IN_FORCE, True, True, ())
    after = point_in_time(store, "10/2022/QH15:d15:k1", "2025-07-01")
    assert after.status == AMENDED and after.in_force is True
    assert after.text_is_current is None  # which provisions changed is an open fact: never "current"
    assert any("97/2025/QH15" in n and "chưa có trong cơ sở dữ liệu" in n for n in after.notices)


def test_open_fact_on_article_11_3_is_reported_as_open(store):
    pit = point_in_time(store, "10/2022/QH15:d11:k3", "2025-07-01")
    assert any("47/2024/QH15" in n and "thông tin mở" in n for n in pit.notices)
    events = history(store, "10/2022/QH15:d11:k3")
    open_event = next(e for e in events if e.by == "47/2024/QH15")
    # Law 47/2024 is in force from 01/07/2025 [public]; which clause it changed stays open.
    assert open_event.uncertain and open_event.date == "2025-07-01" and open_event.mark == "open"
    # Another article gets only a note that the 47/2024 change most likely lies elsewhere.
    other = point_in_time(store, "10/2022/QH15:d20", "2025-07-01")
    assert not any("47/2024/QH15" in n for n in other.notices)


def test_front_law_shows_amended_wording_and_says_so_before_it_applies(store):
    before = point_in_time(store, "75/2015/QH13:d4", "2025-06-30")
    assert before.text_is_current is False
    assert any("SAU khi được" in n and "97/2025/QH15" in n for n in before.notices)
    after = point_in_time(store, "75/2015/QH13:d4", "2025-07-01")
    assert after.text_is_current is True and after.status == AMENDED and after.notices == ()


def test_not_yet_in_force_and_ended(store):
    assert point_in_time(store, "59/2023/NĐ-CP:d3:k1:c", "2023-08-14").status == NOT_YET
    assert point_in_time(store, "59/2023/NĐ-CP:d3:k1:c", "2023-08-15").status == IN_FORCE
    ended = point_in_time(store, "22/2018/QĐ-TTg", "2023-08-16")
    assert ended.status == ENDED and ended.in_force is False
    assert any("61/2023/NĐ-CP" in n for n in ended.notices)
    assert point_in_time(store, "22/2018/QĐ-TTg", "2023-08-15").status == IN_FORCE


def test_two_tier_reform_notice_on_provisions_naming_the_district_level(store):
    assert not any("cấp huyện" in n for n in point_in_time(store, "10/2022/QH15:d85", "2025-06-30").notices)
    assert any("cấp huyện" in n for n in point_in_time(store, "10/2022/QH15:d85", "2025-07-01").notices)


def test_history_is_dated_and_ordered(store):
    events = history(store, "10/2022/QH15:d15")
    dated = [e.date for e in events if e.date]
    assert dated == sorted(dated)
    kinds = [(e.date, e.kind) for e in events]
    assert ("2022-11-10", "ban hành") in kinds and ("2023-07-01", "có hiệu lực") in kinds
    assert any(e.by == "97/2025/QH15" and e.date == "2025-07-01" and e.wording_in_corpus is False for e in events)


def test_provision_data_agrees_with_the_corpus_notes(store):
    """Every change marked 'wording in corpus' must match a pháp điển note on that article."""
    checked = 0
    for c in changes():
        if not c.wording_in_corpus:
            continue
        for art in c.articles:
            unit = store.unit(f"{c.target}:d{art}")
            assert unit is not None, (c.target, art)
            assert any(a.by_doc == c.by and a.effective == c.effective for a in unit.amendments), (c.target, art)
            checked += 1
    assert checked == 11


def test_bad_timeline_file_names_the_file(tmp_path):
    bad = tmp_path / "timeline.yaml"
    bad.write_text("changes:\n  - target: 10/2022/QH15\n    kind: amends\n", encoding="utf-8")
    with pytest.raises(TimelineDataError, match="timeline.yaml"):
        load_changes(bad)
    bad.write_text("changes: [ {target: x, by: y, kind: nonsense, mark: open, source: s} ]", encoding="utf-8")
    with pytest.raises(TimelineDataError, match="không hợp lệ"):
        load_changes(bad)
    bad.write_text("changes: [\n", encoding="utf-8")
    with pytest.raises(TimelineDataError, match="không đọc được"):
        load_changes(bad)


def test_cli_show_as_of_never_shows_old_text_silently(kb_path, capsys):
    args = ["show", "khoản 4 Điều 23 Luật 10/2022/QH15", "--kb", str(kb_path)]
    assert main(args + ["--as-of", "2025-06-30", "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert before["status"] == IN_FORCE and before["notices"] == [] and before["text_is_current"] is True
    assert main(args + ["--as-of", "2025-07-01", "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    assert after["status"] == AMENDED and after["text_is_current"] is None
    assert any("97/2025/QH15" in n for n in after["notices"])
    assert after["text"] == before["text"] and after["uid"] == "10/2022/QH15:d23:k4"
    assert main(args + ["--as-of", "2025-07-01"]) == 0
    out = capsys.readouterr().out
    warning = out.index("97/2025/QH15")
    assert warning < out.index("Chính phủ quy định chi tiết")  # the notice comes before the text
    assert "chưa rõ có còn là nội dung đang có hiệu lực" in out


def test_cli_history(kb_path, capsys):
    assert main(["history", "Điều 11 Luật 10/2022/QH15", "--as-of", "2025-07-01", "--json",
                 "--kb", str(kb_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["node"] == "10/2022/QH15:d11"
    assert [e["by"] for e in data["events"] if e["uncertain"]] == ["97/2025/QH15", "47/2024/QH15"]
    assert data["as_of"]["status"] == AMENDED
    assert main(["history", "Quyết định 22/2018/QĐ-TTg", "--kb", str(kb_path)]) == 0
    out = capsys.readouterr().out
    assert "16/08/2023" in out and "61/2023/NĐ-CP" in out


def test_an_ingested_amending_text_gives_the_wording_in_force(tmp_path, corpus, capsys):
    """A user ingests an amending law (our own sample text, not a real law): its operations apply."""
    from kb.graph import build_graph
    from pipeline.ingest import ingest
    from kb.store import Store

    sample = Path(__file__).parent / "data" / "amending_law_sample.txt"
    kb = tmp_path / "kb.sqlite"
    with Store(kb) as st:
        reports = ingest(st, [corpus / "phapdien/xay-dung-phap-luat-va-thi-hanh-phap-luat/"
                                       "thuc-hien-dan-chu-o-co-so.md", sample])
        assert all(r.state == "ok" for r in reports)
        before = point_in_time(st, "10/2022/QH15:d11:k3", "2026-06-30")
        assert before.text_in_force is None
        assert any("Sẽ được sửa đổi, bổ sung bởi khoản 1 Điều 1 Luật 999/2026/QH15" in n for n in before.notices)
        after = point_in_time(st, "10/2022/QH15:d11:k3", "2026-07-01")
        assert after.text_in_force.startswith("3. Các quy hoạch đô thị và nông thôn")
        assert after.text_is_current is False and after.status == AMENDED
        # the later rewrite settles the open 47/2024 question for this clause
        assert not any("47/2024/QH15" in n for n in after.notices)
        article = point_in_time(st, "10/2022/QH15:d11", "2026-07-01")
        assert "3. Các quy hoạch đô thị và nông thôn" in article.text_in_force
        assert "1. " in article.text_in_force  # the untouched clauses stay
        repealed = point_in_time(st, "10/2022/QH15:d86:k2", "2026-07-01")
        assert repealed.status == ENDED and repealed.in_force is False
        phrase = point_in_time(st, "10/2022/QH15:d86:k3", "2026-07-01")
        assert "Ủy ban nhân dân cấp tỉnh" in phrase.text_in_force
        assert "cấp huyện" not in phrase.text_in_force
        build_graph(st)
        edge = [(e.type, e.effective) for e in GraphStore(st).edges_from("999/2026/QH15:d1:k1")
                if e.dst == "10/2022/QH15:d11:k3"]
        assert ("amends", "2026-07-01") in edge
    assert main(["show", "khoản 3 Điều 11 Luật 10/2022/QH15", "--as-of", "2026-07-01", "--kb", str(kb)]) == 0
    out = capsys.readouterr().out
    assert out.index("theo văn bản sửa đổi đã nạp") < out.index("3. Các quy hoạch đô thị") < \
        out.index("[Nội dung trong pháp điển, trước khi sửa đổi]")


def test_history_on_a_base_whose_graph_was_never_built(tmp_path, corpus):
    """The timeline asks the graph for end edges; without graph tables it gets none (no
    OperationalError to catch) and reading creates no table."""
    from kb.store import Store
    from pipeline.ingest import ingest

    with Store(tmp_path / "kb.sqlite") as st:
        ingest(st, [corpus / "phapdien/xay-dung-phap-luat-va-thi-hanh-phap-luat/thuc-hien-dan-chu-o-co-so.md"])
        events = history(st, "59/2023/NĐ-CP:d3")
        assert events and not st.has_table("graph_edges")
        assert GraphStore(st).edges_to("59/2023/NĐ-CP") == [] and GraphStore(st).snapshot()["edges"] == []
