"""The coverage brief of tests/data/checker_unseen95/ (written as a blind held-out set, opened for study in session 35: on the records of grassroots democracy in
the invented province of Đông Lâm — minutes of village, tổ dân phố and board meetings, tally sheets, registers, forms,
notices with labelled fields, plans and reports with tables, decisions and hương ước excerpts; 30 carry exactly one
finding, an act the law does not allow, ten in each class — actor, forbidden, quantity — written mostly in minutes
lines, labelled fields, tables flattened into `|` rows and hard-wrapped sentences; 10 are clean).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

import re
from collections import Counter

from tests.labelsets import BLIND, LabelledSet, shape_tag

LABELLED = LabelledSet("checker_unseen95")


def _finding_line(case: dict) -> str:
    exp = case["expect"][0]
    return LABELLED.lines(case["file"])[exp["line"] - 1]


def test_the_writers_brief():
    """40 documents of 8-30 lines with valid labels: 30 with exactly one finding and 10 clean; at least 15
    provisions, at most three findings on one; 2-6 lawful sentences each and at least 100 in all."""
    assert LABELLED.short_brief_problems(lawful=True, lines=(8, 30)) == []


def test_findings_are_acts_the_law_does_not_allow():
    """Every finding is a conflict or a role concurrency resting on a provision of the Law or its two decrees, with a
    line, a contains and a why that quotes the provision; lỗi, except the concurrency Decree 59 Art. 3.1.c only
    contemplates, which is a cảnh báo."""
    expects = LABELLED.expects()
    assert LABELLED.act_problems({"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP"}, clause=True) == []
    for e in expects:
        assert e["why"].count("«") >= 1 and e["why"].count("«") == e["why"].count("»"), e["why"]
    grades = Counter(e["severity"] for e in expects)
    assert grades["lỗi"] >= 25 and grades["cảnh báo"] >= 1


def test_shapes_and_classes():
    """Every case's note starts with a shape and a class tag; among the 30 findings minutes, label, table and split
    carry at least six each; the three classes carry ten findings each; clean cases are tagged clean; a role
    concurrency is an actor finding."""
    cases = LABELLED.cases()
    assert LABELLED.tag_problems() == []
    per_shape = LABELLED.finding_shapes()
    assert all(per_shape[s] >= 6 for s in ("minutes", "label", "table", "split")), per_shape
    for case in cases:
        if not case["clean"] and case["expect"][0]["kind"] == "role_concurrency":
            assert shape_tag(case)[1] == "actor", case["id"]


def test_the_shape_is_on_the_line():
    """The tagged shape is visible on the finding's line: a table row starts with '|', a labelled field has a
    'Label:' before its value, a minutes line names the chair, a speaker, the vote, the conclusion or the secretary,
    and a split sentence runs on to (or comes from) a neighbouring line that is not a new item."""
    minutes = re.compile(r"^(Chủ trì|Ý kiến|Kết luận|Biểu quyết|Thư ký|Trưởng thôn đề nghị)")
    for case in LABELLED.cases():
        if case["clean"]:
            continue
        shape, line = shape_tag(case)[0], _finding_line(case)
        if shape == "table":
            assert line.startswith("|") and line.endswith("|"), case["id"]
        elif shape == "label":
            assert re.match(r"^[^:|]{3,60}:", line), case["id"]
        elif shape == "minutes":
            assert minutes.match(line), case["id"]
        elif shape == "split":
            lines = LABELLED.lines(case["file"])
            n = case["expect"][0]["line"]
            ends_open = not line.rstrip().endswith((".", ";", ")", ":"))
            prev_open = n >= 2 and not lines[n - 2].rstrip().endswith((".", ";", ":", ")"))
            assert ends_open or prev_open, case["id"]


def test_coverage_of_the_set():
    """Dates before and after the 2025 reform, from the Decrees' entry into force; hương ước, commune quy chế, plans,
    reports and documents of other kinds; 2-6 lawful sentences in every document, at least 100 in all."""
    cases = LABELLED.cases()
    assert all("2023-08-16" <= c["as_of"] <= "2026-12-31" for c in cases)
    n = LABELLED.reform_counts()
    assert n["before"] >= 10 and n["after"] >= 10 and n["clean_before"] >= 3 and n["clean_after"] >= 3
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 4 and types["quy_che_xa"] >= 4
    assert types["ke_hoach"] >= 2 and types["bao_cao"] >= 2 and types[None] >= 15
    assert all(2 <= len(c["must_not_flag"]) <= 6 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 100


def test_lawful_sentences_keep_off_the_finding():
    """No lawful sentence sits on the finding's own line."""
    for case in LABELLED.cases():
        finding_lines = {e["line"] for e in case["expect"]}
        assert not finding_lines & {m["line"] for m in case["must_not_flag"]}, case["id"]


def test_no_district_after_the_reform():
    """A document dated from 01/07/2025 names no district (huyện) and no thị trấn — the set's lawful sentences must
    not lean on an outdated level of government."""
    assert LABELLED.naming_after_reform("huyện", "thị trấn") == []


def test_the_set_was_opened_for_study():
    """Blind until session 35, which opened it (with the other oldest blind sets): it is studied now and keeps floors."""
    assert "checker_unseen95" not in BLIND
