"""The coverage brief of tests/data/checker_unseen97/ (written as a blind held-out set, opened for study in session 36: on democracy at the workplace: forty short
documents of the invented province of Kim Thạch — excerpts of agencies', public service units' and enterprises' Quy chế
dân chủ, minutes of staff and workers' conferences and of workplace dialogues, notices and decisions on the Ban Thanh
tra nhân dân, plans, reports and table rows; 30 carry exactly one finding, an act the law does not allow, ten in each
class — actor, forbidden, quantity — in a sentence of a tagged shape; 10 are clean).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, SHAPES, LabelledSet, shape_tag

LABELLED = LabelledSet("checker_unseen97")
BASES = {"10/2022/QH15", "59/2023/NĐ-CP", "45/2019/QH14", "145/2020/NĐ-CP"}


def test_the_writers_brief():
    """40 documents of 6-24 lines with valid labels: 30 with exactly one finding and 10 clean, 2-6 lawful sentences
    each and at least 100 in all, at least 15 provisions and at most three findings on one."""
    assert LABELLED.short_brief_problems(lawful=True) == []


def test_findings_are_acts_the_law_does_not_allow():
    """Every finding is a conflict or a role concurrency resting on a provision of Law 10/2022 Chapter IV (or its Art.
    9), Decree 59/2023, the Labour Code or Decree 145/2020; all are lỗi — the two concurrencies are excluded by the
    Law's own words (Arts. 60.2, 77.2), so none is a mere warning."""
    expects = LABELLED.expects()
    assert {e["kind"] for e in expects} == {"conflict", "role_concurrency"}
    assert {e["severity"] for e in expects} == {"lỗi"}
    assert all(e["basis_doc"] and e["basis_article"] and e["basis_clause"] and e["line"] and e["contains"]
               for e in expects)
    assert {e["basis_doc"] for e in expects} == BASES
    for e in expects:
        if e["kind"] == "role_concurrency":
            assert (e["basis_doc"], e["basis_article"], e["basis_clause"]) in {("10/2022/QH15", 60, 2),
                                                                                ("10/2022/QH15", 77, 2)}
        if e["basis_doc"] == "10/2022/QH15":
            assert e["basis_article"] == 9 or 46 <= e["basis_article"] <= 82, e
        if e["basis_doc"] == "59/2023/NĐ-CP":
            assert 20 <= e["basis_article"] <= 27, e
        assert e["why"].count("«") >= 1 and e["why"].count("»") >= 1, e["why"]


def test_spread_of_provisions():
    """At least 20 different provisions (the brief, short_brief_problems, asks 15 and at most three findings on one), and every finding's provision appears in
    its why."""
    expects = LABELLED.expects()
    provisions = {(e["basis_doc"], e["basis_article"], e["basis_clause"]) for e in expects}
    assert len(provisions) >= 20
    for e in expects:
        assert f"Điều {e['basis_article']}" in e["why"], e["why"]


def test_shapes_and_classes():
    """Every case's note starts with a shape and a class tag; among the 30 findings at least five shapes carry four
    or more and every shape is used; the three classes carry ten findings each; clean cases are tagged clean."""
    cases = LABELLED.cases()
    assert LABELLED.tag_problems() == []
    per_shape = LABELLED.finding_shapes()
    assert sum(1 for n in per_shape.values() if n >= 4) >= 5, per_shape
    assert set(per_shape) == SHAPES, per_shape
    actor_kinds = Counter(c["expect"][0]["kind"] for c in cases if shape_tag(c)[1] == "actor")
    assert actor_kinds["role_concurrency"] >= 1 and actor_kinds["conflict"] >= 5


def test_split_findings_are_hard_wrapped():
    """A finding tagged split sits in a sentence hard-wrapped over two or more lines: its line, or the line before,
    does not end a sentence."""
    for case in LABELLED.cases():
        if shape_tag(case)[0] != "split" or case["clean"]:
            continue
        lines = LABELLED.lines(case["file"])
        n = case["expect"][0]["line"]
        assert not lines[n - 1].rstrip().endswith((".", ";", ":")) or \
            not lines[n - 2].rstrip().endswith((".", ";", ":")), case["id"]


def test_coverage_of_the_set():
    """Dates from Decree 59's entry into force to 2026, at least ten before and ten after 01/07/2025 (three clean on
    each side); agencies' and enterprises' regulations, plans, reports and at least 15 documents of other kinds."""
    cases = LABELLED.cases()
    assert all("2023-08-15" <= c["as_of"] <= "2026-12-31" for c in cases)
    n = LABELLED.reform_counts()
    assert n["before"] >= 10 and n["after"] >= 10 and n["clean_before"] >= 3 and n["clean_after"] >= 3
    types = Counter(c["type"] for c in cases)
    assert set(types) <= {"quy_che_co_quan", "quy_che_doanh_nghiep", "ke_hoach", "bao_cao", None}
    assert types["quy_che_co_quan"] >= 5 and types["quy_che_doanh_nghiep"] >= 5
    assert types["ke_hoach"] >= 2 and types["bao_cao"] >= 2 and types[None] >= 15
    assert all(2 <= len(c["must_not_flag"]) <= 6 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 100


def test_no_district_after_the_reform():
    """A document dated from 01/07/2025 names no district (huyện) — the set's lawful sentences must not lean on an
    outdated level of government."""
    assert LABELLED.naming_after_reform("huyện") == []


def test_lawful_sentences_do_not_overlap_the_finding():
    """No must_not_flag item sits on the line of its case's finding, so a lawful sentence never shields a defect."""
    for case in LABELLED.cases():
        lines = {e["line"] for e in case["expect"]}
        assert not lines & {m["line"] for m in case["must_not_flag"]}, case["id"]


def test_the_set_was_opened_for_study():
    """Blind until session 36, which opened it (with the other oldest blind sets): it is studied now and keeps floors."""
    assert "checker_unseen97" not in BLIND
