"""bench/silent_stages.py: where a silent conflict rule stops reading, on small documents and on a real studied set."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.silent_stages import STAGES, document_context, mode_of, stage_of  # noqa: E402
from checker import kinds  # noqa: E402
from checker.rules import catalogue  # noqa: E402

HEAD = "ỦY BAN NHÂN DÂN XÃ AN PHÚ\nAn Phú, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\nTổ chức bầu Trưởng thôn Gò Me\n\n"


@pytest.fixture(scope="module")
def cf150():
    return next(r for r in catalogue() if r.id == "CF-150")


@pytest.mark.parametrize("line, stage", [
    # the subject is read (an election meeting, who convenes it); whether this convener is named in the rule's
    # forbidden patterns is the reader's own stage
    ("Cuộc họp bầu Trưởng thôn do Chủ tịch Hội Nông dân thôn triệu tập và chủ trì.", "reading"),
    # the lawful convener is one of the rule's exclude cues
    ("Cuộc họp bầu Trưởng thôn do Tổ bầu cử triệu tập và chủ trì.", "excluded"),
    # the subject in words the rule does not know
    ("Hội nghị chọn người đứng đầu thôn do ông Trưởng thôn cũ mời họp.", "context"),
    # the subject with an exclude cue (a dismissal meeting)
    ("Cuộc họp bầu Trưởng thôn hoặc cho thôi làm Trưởng thôn do Trưởng ban công tác Mặt trận triệu tập.", "excluded"),
])
def test_stage_of_a_line(store, cf150, line, stage):
    ctx = document_context(HEAD + line + "\n", store)
    assert stage_of(cf150, ctx, 6, set()) == stage


def test_a_finding_on_the_line_is_withheld_not_silent(store, cf150):
    ctx = document_context(HEAD + "Cuộc họp bầu Trưởng thôn do Trưởng thôn đương nhiệm triệu tập và chủ trì.\n", store)
    raw = {f.evidence.line for f in kinds.module("conflict").check(cf150, ctx)}
    assert 6 in raw  # the rule reads this fault …
    assert stage_of(cf150, ctx, 6, raw) == "withheld"  # … so a miss there is the engine's, not the reader's


def test_modes_follow_the_dispatch():
    by_id = {r.id: r for r in catalogue()}
    assert mode_of(by_id["CF-150"]) == "forbidden"
    assert mode_of(by_id["CF-01"]) == "quantity"
    assert STAGES[0] == "not_applied" and STAGES[-1] == "reading"


def test_bench_on_studied_sets(kb_path):
    """On real sets: every silent miss is counted once, and --totals prints no document, line or rule."""
    # the three studied sets with the most misses at their floors, so there are silent misses to class
    floors = json.loads((ROOT / "tests" / "data" / "studied_floors.json").read_text(encoding="utf-8"))
    names = sorted(floors, key=lambda k: (floors[k]["found"] - floors[k]["expected"], k))[:3]
    folders = [str(ROOT / "tests" / "data" / n) for n in names]
    run = lambda *a: subprocess.run([sys.executable, str(ROOT / "bench" / "silent_stages.py"), *folders,
                                     "--kb", str(kb_path), *a], capture_output=True, text=True, timeout=900)
    full, totals = run(), run("--totals")
    assert full.returncode == 0 and totals.returncode == 0, full.stderr[-2000:]
    n = int(re.search(r"(\d+) silent misses", totals.stdout).group(1))
    counts = [int(m.group(1)) for m in re.finditer(r"^\s+(\d+)\s+(?:%s|other_kind|no_line)$" % "|".join(STAGES),
                                                   totals.stdout, re.M)]
    assert n == sum(counts) > 0
    assert not re.search(r"\bline\s+\d+", totals.stdout) and not re.search(r"CF-\d+", totals.stdout)
    assert re.search(r"line\s+\d+", full.stdout)
