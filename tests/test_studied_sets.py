"""Regression floors on every labelled set we have studied, checked as a user runs ``dccs check FILE``.

A studied set is one whose misses and false findings have been read (every ``tests/data/checker_*``
folder except ``labelsets.BLIND``). Its floors — expected findings found, false lỗi/cảnh báo, lawful
sentences flagged — come from ``bench/review_bench.py --no-as-of --floors tests/data/studied_floors.json``
run over the studied folders; a change may raise them, never lower them. Blind sets have no floors and are
never run here: they measure the checker and are never tuned on.
"""
from __future__ import annotations

import json

import pytest

from checker import check_file, to_dict
from checker.evaluation import load_cases, score_case, totals
from tests.labelsets import BLIND, DATA, studied_sets

FLOORS = json.loads((DATA / "studied_floors.json").read_text(encoding="utf-8"))


def test_floors_cover_the_studied_sets_and_no_blind_set():
    assert set(FLOORS) == set(studied_sets())
    assert not set(FLOORS) & BLIND
    assert all((DATA / name / "expected.json").exists() for name in BLIND | set(FLOORS))


@pytest.mark.parametrize("name", studied_sets())
def test_studied_set_keeps_its_floors(name, store):
    folder, cases = load_cases(DATA / name)
    t = totals(score_case(c, to_dict(check_file(folder / c["file"], store))["findings"]) for c in cases)
    floor = FLOORS[name]
    assert t.expected == floor["expected"], "labels changed: rewrite the floors with the bench"
    assert t.found >= floor["found"], f"recall fell: {t.found}/{t.expected} < {floor['found']}"
    assert t.false_positives <= floor["false_positives"], f"false lỗi/cảnh báo: {t.false_positives}"
    assert t.mnf_violations <= floor["must_not_flag_hits"], f"lawful sentences flagged: {t.mnf_violations}"
