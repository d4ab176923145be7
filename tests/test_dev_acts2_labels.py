"""The coverage brief of tests/data/checker_dev_acts2/ (a development set, studied: 40 short documents from the
village, commune and workplace levels of the invented province of Vĩnh Thạch, 2024-2026; 30 carry exactly one act the
law does not allow — the wrong actor, a forbidden content, a forbidden mode — written as minutes, lists, labels,
tables, split or conditional sentences; 10 are clean).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import SHAPES, LabelledSet, shape_tag

LABELLED = LabelledSet("checker_dev_acts2")


def test_every_case_is_valid():
    assert [p for c in LABELLED.cases() for p in LABELLED.case_problems(c)] == []


def test_the_writers_brief():
    """40 documents of 6-24 lines; 30 with exactly one expected finding and 10 clean; at least 15 provisions, at most
    three findings on one provision; every finding an act the law does not allow (conflict or role_concurrency)."""
    assert LABELLED.short_brief_problems() == []
    cases, expects = LABELLED.cases(), LABELLED.expects()
    assert {e["kind"] for e in expects} <= {"conflict", "role_concurrency"}
    assert all(set(e.get("alt_kinds", [])) <= {"conflict", "role_concurrency"} for e in expects)
    assert all(e["line"] is not None and e["severity"] in {"lỗi", "cảnh báo"} for e in expects)
    assert all(c["must_not_flag"] for c in cases)


def test_shapes_of_the_acts():
    """Every case's note opens with its shape; the findings use the hard shapes only: at least 8 minutes, 8 list,
    4 label and 4 table, the rest split or conditional, no plain sentence or passive."""
    cases = LABELLED.cases()
    assert [c["id"] for c in cases if shape_tag(c)[0] not in SHAPES] == []
    found = Counter(shape_tag(c)[0] for c in cases if not c["clean"])
    assert found["minutes"] >= 8 and found["list"] >= 8 and found["label"] >= 4 and found["table"] >= 4
    assert found["sentence"] == 0 and found["passive"] == 0
    assert set(found) <= {"minutes", "list", "label", "table", "split", "conditional"}
    assert sum(found.values()) == 30
    clean = Counter(shape_tag(c)[0] for c in cases if c["clean"])
    assert clean["sentence"] == 0 and clean["passive"] == 0


def test_coverage_of_the_set():
    """Three levels, dates before and after the 2025 reform, and the law's documents all represented."""
    cases = LABELLED.cases()
    levels = Counter(c["note"].split("; ")[1].split(" ")[0] for c in cases)
    assert levels["village"] >= 12 and levels["commune"] >= 12 and levels["workplace"] >= 12
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(before) >= 12 and len(after) >= 12
    assert {"2024", "2025", "2026"} <= {c["as_of"][:4] for c in cases}
    docs = {e["basis_doc"] for e in LABELLED.expects()}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "45/2019/QH14", "145/2020/NĐ-CP"} <= docs
    types = Counter(c["type"] for c in cases)
    assert types[None] >= 20 and types["huong_uoc"] >= 3 and types["quy_che_xa"] >= 2
