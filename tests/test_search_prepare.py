"""First use: knowledge base + link graph + search index in one pass, shared and resumable.

Runs on a small real corpus (the 5 seeds and đề mục 44.13, symlinked from the
shared corpus) so that a whole build takes seconds.
"""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from kb.graph import graph_is_built
from pipeline.ingest import ingest
from pipeline.prepare import STAGES, Step, building, prepare, read_status, start_background, status_path
from kb.search.index import index_dir, index_state
from kb.store import Store
from tests.conftest import CORE_FILE


@pytest.fixture
def small_corpus(tmp_path, corpus, monkeypatch) -> Path:
    root = tmp_path / "corpus"
    (root / "seeds").mkdir(parents=True)
    for f in (corpus / "seeds").iterdir():
        (root / "seeds" / f.name).symlink_to(f)
    core = root / CORE_FILE
    core.parent.mkdir(parents=True)
    core.symlink_to(corpus / CORE_FILE)
    monkeypatch.setenv("DCCS_CORPUS", str(root))
    return root


def _ready(kb: Path) -> tuple[int, bool, str]:
    with Store(kb) as s:
        return s.counts()["articles"], graph_is_built(s), index_state(s)


def test_prepare_builds_all_three_with_one_progress(small_corpus, tmp_path):
    kb = tmp_path / "kb" / "kb.sqlite"
    steps: list[Step] = []
    report = prepare(kb, progress=steps.append, workers=1)
    articles, graph_ok, index = _ready(kb)
    assert articles > 100 and graph_ok and index == "fresh"
    assert report.ingested == 6 and report.edges > 0 and report.articles_indexed == articles
    # one display: every stage reports, in order, and the overall fraction never goes back
    stages = [s.stage for s in steps]
    assert [n for n, _, _ in STAGES] + ["done"] == list(dict.fromkeys(stages))
    fractions = [s.fraction for s in steps]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert "chỉ mục tìm kiếm" in next(s.text for s in steps if s.stage == "search")

    # second call: nothing to do in any stage
    again = prepare(kb, workers=1)
    assert again.ingested == 0 and again.edges == 0 and again.articles_indexed == 0


def test_graph_and_index_built_side_by_side_report_as_one_display(small_corpus, tmp_path):
    kb = tmp_path / "kb" / "kb.sqlite"
    steps: list[Step] = []
    report = prepare(kb, progress=steps.append, workers=2)  # the graph and the index in two processes
    articles, graph_ok, index = _ready(kb)
    assert articles > 100 and graph_ok and index == "fresh"
    assert report.edges > 0 and report.articles_indexed == articles
    assert set(report.seconds) == set(report.cpu) == {"kb", "graph", "search"}
    assert report.cpu["graph"] > 0 and report.cpu["search"] > 0  # measured in the stage processes
    assert [n for n, _, _ in STAGES] + ["done"] == list(dict.fromkeys(s.stage for s in steps))
    fractions = [s.fraction for s in steps]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    both = [s.text for s in steps if s.others]
    assert both and all("Dựng đồ thị liên kết" in t and "Dựng chỉ mục tìm kiếm" in t for t in both)
    # the same result as one stage after the other
    one = tmp_path / "one" / "kb.sqlite"
    prepare(one, workers=1)
    with Store(kb) as a, Store(one) as b:
        from kb.graph import counts

        assert counts(a) == counts(b)


def test_prepare_removes_a_cut_off_index_build(small_corpus, tmp_path):
    kb = tmp_path / "kb.sqlite"
    prepare(kb, workers=1)
    dead = index_dir(kb).with_name(index_dir(kb).name + ".tmp-999999")
    (dead / "junk").mkdir(parents=True)
    (dead / "junk" / "segment").write_bytes(b"\0" * 1000)
    with Store(kb) as s:  # sources written again: the next open must rebuild part of the index
        ingest(s, sorted((small_corpus / "seeds").iterdir()), force=True)
    assert _ready(kb)[2] == "stale"
    prepare(kb, workers=1)
    assert not dead.exists()
    assert _ready(kb)[2] == "fresh"


def _wait(kb: Path, pred, timeout: float = 240.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        st = read_status(kb)
        if pred(st):
            return st
        time.sleep(0.1)
    raise AssertionError(f"timeout; last status {read_status(kb)}")


def test_background_build_is_shared_and_resumes_after_kill(small_corpus, tmp_path):
    kb = tmp_path / "kb" / "kb.sqlite"
    assert read_status(kb).state == "none"
    assert start_background(kb)
    # a second session asking at once does not start a second build
    st = _wait(kb, lambda s: s.step is not None)
    assert st.state == "running" and building(kb)
    assert not start_background(kb)
    # cut it off the hard way
    import json

    pid = json.loads(status_path(kb).read_text(encoding="utf-8"))["pid"]
    os.kill(pid, signal.SIGKILL)
    st = _wait(kb, lambda s: s.state == "interrupted", timeout=30)
    assert not building(kb)
    # the next session starts it again; it finishes and leaves no temporary folder
    assert start_background(kb)
    st = _wait(kb, lambda s: s.state in ("done", "failed"))
    assert st.state == "done", st.error
    assert st.step is not None and st.step.fraction == 1.0
    articles, graph_ok, index = _ready(kb)
    assert articles > 100 and graph_ok and index == "fresh"
    assert not list(kb.parent.glob("*.tmp-*")) and not list(kb.parent.glob("*.old-*"))


def test_console_progress_is_one_display_for_all_stages():
    import io

    from pipeline.prepare import ConsoleProgress

    out = io.StringIO()  # not a terminal: one line per tenth of the whole build
    show = ConsoleProgress(out)
    for stage, lo, hi in (("kb", 0.0, 0.25), ("graph", 0.25, 0.55), ("search", 0.55, 1.0)):
        for n in range(0, 101):
            show(Step(stage, n, 100, f"x{n}", lo + (hi - lo) * n / 100))
    show(Step("done", 1, 1, "", 1.0))
    lines = out.getvalue().splitlines()
    assert 10 <= len(lines) <= 20
    assert lines[-1].startswith("[" + "#" * 30 + "] 100%") and "Đã sẵn sàng" in lines[-1]
    assert any("Dựng chỉ mục tìm kiếm: " in line for line in lines)
    assert any("Nạp văn bản vào cơ sở dữ liệu: " in line for line in lines)


def test_cli_first_use_builds_all_three_with_one_progress_line(small_corpus, tmp_path):
    import subprocess
    import sys

    from tests.conftest import PROJECT

    kb = tmp_path / "first" / "kb.sqlite"
    draft = PROJECT / "tests" / "data" / "ui_upload_draft.txt"
    env = dict(os.environ, DCCS_KB=str(kb), PYTHONPATH=str(PROJECT))
    out = subprocess.run([sys.executable, "-m", "ui.cli", "check", str(draft), "--format", "json"],
                         capture_output=True, text=True, env=env, cwd=PROJECT, timeout=600)
    assert out.returncode in (0, 1), out.stderr[-2000:]
    assert "Lần đầu sử dụng" in out.stderr and "Traceback" not in out.stderr
    progress = [line for line in out.stderr.splitlines() if line.startswith("[")]
    assert progress and "100%" in progress[-1] and "Đã sẵn sàng" in progress[-1]
    assert any("Dựng đồ thị liên kết" in line for line in progress)
    articles, graph_ok, index = _ready(kb)
    assert articles > 100 and graph_ok and index == "fresh"
