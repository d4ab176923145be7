"""checker.evaluation.miss_cause: each class on a small case, and bench/miss_causes.py on a real studied set."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from checker.evaluation import MISS_CAUSES, RuleReach, cites_clause, miss_cause

ROOT = Path(__file__).resolve().parents[1]
LAW = "10/2022/QH15"
ITEM = {"kind": "conflict", "basis_doc": LAW, "basis_article": 21, "line": 5}
RULES = [RuleReach("conflict", ("huong_uoc",), frozenset({(LAW, "21")})),
         RuleReach("required_content", ("ke_hoach",), frozenset({(LAW, "14")}))]


def test_fired_elsewhere_when_a_finding_cites_the_article():
    f = {"kind": "conflict", "basis": [{"doc": LAW, "article": "21"}], "evidence": {"line": 30}}
    assert miss_cause(ITEM, [f], RULES, "huong_uoc") == "fired_elsewhere"


def test_cites_clause_tells_the_labelled_clause_from_a_neighbour():
    """fired_elsewhere is counted by article; cites_clause says whether the finding is on the labelled clause itself
    (CF-23 citing Art. 13.2 where the label is Art. 13.3 is a neighbour: clause 3 has no finding)."""
    item = {**ITEM, "basis_clause": 3}
    on = {"basis": [{"doc": LAW, "article": 21, "clause": 3}]}
    neighbour = {"basis": [{"doc": LAW, "article": 21, "clause": 2}]}
    whole_article = {"basis": [{"doc": LAW, "article": 21, "clause": None}]}
    assert cites_clause(on, item) and cites_clause(whole_article, item)
    assert not cites_clause(neighbour, item)
    assert miss_cause(item, [neighbour], RULES, "huong_uoc") == "fired_elsewhere"
    assert cites_clause(neighbour, {**ITEM, "basis_clause": None})


def test_a_finding_on_another_article_does_not_count():
    f = {"kind": "conflict", "basis": [{"doc": LAW, "article": "20"}]}
    assert miss_cause(ITEM, [f], RULES, "huong_uoc") == "rule_silent"


def test_rule_by_type():
    assert miss_cause(ITEM, [], RULES, "huong_uoc") == "rule_silent"
    assert miss_cause(ITEM, [], RULES, "bao_cao") == "rule_not_for_type"
    assert miss_cause(ITEM, [], RULES, None) == "rule_not_for_type"


def test_other_kind_no_rule_no_basis():
    assert miss_cause({**ITEM, "kind": "conflict", "basis_article": 14}, [], RULES, "ke_hoach") == "other_kind_only"
    assert miss_cause({**ITEM, "basis_article": 99}, [], RULES, "ke_hoach") == "no_rule"
    assert miss_cause({"kind": "internal_consistency", "line": 3}, [], RULES, None) == "no_basis"
    assert set(MISS_CAUSES) >= {"fired_elsewhere", "rule_silent", "rule_not_for_type", "other_kind_only", "no_rule",
                                "no_basis"}


def test_bench_counts_every_miss_of_a_studied_set(kb_path):
    """On a real set: the classes add up to the bench's misses, and --totals prints no document or line."""
    # the studied set with the most misses at its floor, so the classes have something to count
    floors = json.loads((ROOT / "tests" / "data" / "studied_floors.json").read_text(encoding="utf-8"))
    name = max(sorted(floors), key=lambda k: floors[k]["expected"] - floors[k]["found"])
    folder = ROOT / "tests" / "data" / name
    run = lambda *a: subprocess.run([sys.executable, str(ROOT / "bench" / "miss_causes.py"), str(folder),
                                     "--kb", str(kb_path), *a], capture_output=True, text=True, timeout=600)
    full, totals = run("--json"), run("--totals", "--json")
    assert full.returncode == 0 and totals.returncode == 0, full.stderr[-2000:]
    data = json.loads(totals.stdout.strip().splitlines()[-1])
    assert data["missed"] == sum(data["by_cause"].values()) > 0
    listed = re.compile(r"line (\d+|None):")
    assert not listed.search(totals.stdout)
    assert listed.search(full.stdout)
    from checker.evaluation import load_cases
    ids = {(c.get("id") or c["file"])[:16] for c in load_cases(folder)[1]}
    assert any(line.split()[0] in ids for line in full.stdout.splitlines() if line.strip())
    assert not any(line.split()[0] in ids for line in totals.stdout.splitlines() if line.strip())
    bench = subprocess.run([sys.executable, str(ROOT / "bench" / "review_bench.py"), str(folder), "--kb", str(kb_path),
                            "--no-as-of", "--json"], capture_output=True, text=True, timeout=600)
    t = json.loads(bench.stdout[bench.stdout.index("{"):])[str(folder)]
    assert data["missed"] == t["expected"] - t["found"]
