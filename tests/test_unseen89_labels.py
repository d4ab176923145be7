"""The coverage brief of tests/data/checker_unseen89/ (written as a blind held-out set, opened for study in session 32: on workplace democracy: forty short
documents of agencies, public service units, state enterprises and private employers — quy chế excerpts, notices,
minutes of staff and employees' conferences and of a Ban Thanh tra nhân dân, dialogue minutes, HR letters — each
on one provision; 30 carry exactly one finding, an act the law does not allow, in a sentence of a tagged shape).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen89")


def test_the_writers_brief():
    """40 documents of 6-24 lines with valid labels: 30 with exactly one finding and 10 clean."""
    assert LABELLED.short_brief_problems() == []


def test_findings_are_acts_the_law_does_not_allow():
    """Every finding is a conflict or a role concurrency, graded lỗi or cảnh báo, resting on a provision."""
    expects = LABELLED.expects()
    assert {e["kind"] for e in expects} <= {"conflict", "role_concurrency"}
    assert {e["severity"] for e in expects} <= {"lỗi", "cảnh báo"}
    assert all(e["basis_doc"] and e["basis_article"] and e["line"] for e in expects)


def test_spread_of_provisions():
    """Beyond the brief's spread of provisions (short_brief_problems): the Law, Decree 59, the labour code and
    Decree 145 are all represented."""
    expects = LABELLED.expects()
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "45/2019/QH14", "145/2020/NĐ-CP"} <= {e["basis_doc"] for e in expects}


def test_shapes_of_the_sentences():
    """Every case's note starts with a shape tag; among the 30 findings at least five shapes carry four or more."""
    assert LABELLED.tag_problems(classes=False) == []
    per_shape = LABELLED.finding_shapes()
    assert sum(1 for n in per_shape.values() if n >= 4) >= 5, per_shape


def test_coverage_of_the_set():
    """Dates before and after the 2025 reform; agency and enterprise quy chế, plans and documents of other kinds;
    lawful sentences in every document."""
    cases = LABELLED.cases()
    assert len([c for c in cases if c["as_of"] < "2025-07-01"]) >= 10
    assert len([c for c in cases if c["as_of"] >= "2025-07-01"]) >= 10
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_co_quan"] >= 5 and types["quy_che_doanh_nghiep"] >= 4
    assert types["ke_hoach"] >= 2 and types[None] >= 15
    assert all(c["must_not_flag"] for c in cases)


def test_the_set_was_opened_for_study():
    """Blind until session 32, which opened it (with the other oldest blind recall set): it is studied now and keeps floors."""
    assert "checker_unseen89" not in BLIND
