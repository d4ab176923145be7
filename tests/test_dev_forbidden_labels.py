"""The coverage brief of tests/data/checker_dev_forbidden/ (a development set, studied: what the law forbids, in every
wording and shape — 40 short documents from the invented province of Vĩnh Thạch, one provision each, at the village,
the commune and the workplace; 30 with exactly one expected finding, an act a provision forbids, and 10 clean).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

import re
from collections import Counter

from tests.labelsets import SHAPES, LabelledSet, shape_tag

LABELLED = LabelledSet("checker_dev_forbidden")


def test_the_writers_brief():
    """40 valid documents of 6-24 lines; 30 with exactly one expected finding and 10 clean; every finding a conflict
    graded lỗi or cảnh báo; at least 15 provisions, at most three findings on one."""
    assert LABELLED.short_brief_problems() == []
    expects = LABELLED.expects()
    assert {e["kind"] for e in expects} == {"conflict"}
    assert {e["severity"] for e in expects} <= {"lỗi", "cảnh báo"}
    assert all(e["line"] is not None and e["basis_doc"] and e["basis_article"] for e in expects)


def test_every_note_names_its_shape():
    """Every case's note begins with `shape: X; ` (X one of the eight shapes), clean cases included."""
    for case in LABELLED.cases():
        assert shape_tag(case)[0] in SHAPES, case["id"]


def test_shapes_of_the_findings():
    """Among the 30 findings: at least 6 list, 5 conditional, 5 minutes, 3 table, 3 label, at most 4 sentence."""
    shapes = Counter(shape_tag(c)[0] for c in LABELLED.cases() if not c["clean"])
    assert sum(shapes.values()) == 30
    assert shapes["list"] >= 6 and shapes["conditional"] >= 5 and shapes["minutes"] >= 5
    assert shapes["table"] >= 3 and shapes["label"] >= 3
    assert shapes["sentence"] <= 4


def test_coverage_of_the_set():
    """The three levels, lawful restatements in every clean document, dates before and after the 2025 reform."""
    cases = LABELLED.cases()
    levels = Counter(re.search(r"; level: (\w+); ", c["note"]).group(1) for c in cases)
    assert levels == {"village": 14, "commune": 13, "workplace": 13}
    assert all(len(c["must_not_flag"]) >= 3 for c in cases if c["clean"])
    assert all(c["must_not_flag"] for c in cases)
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(before) >= 10 and len(after) >= 10
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 5 and types[None] >= 10
    assert types["quy_che_xa"] >= 2 and types["quy_che_co_quan"] >= 2 and types["quy_che_doanh_nghiep"] >= 2


def test_spread_of_findings():
    """The Law, both decrees of 2023 and the labour rules are all represented, at each level."""
    expects = LABELLED.expects()
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "45/2019/QH14", "145/2020/NĐ-CP"} <= {
        e["basis_doc"] for e in expects}
    for level in ("village", "commune", "workplace"):
        n = sum(bool(c["expect"]) for c in LABELLED.cases() if f"; level: {level}; " in c["note"])
        assert n == 10, level
