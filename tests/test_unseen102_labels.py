"""The coverage brief of tests/data/checker_unseen102/ (written as a blind held-out set, opened for study in session 38: on the commune's own acts after the 2025
reform and before it: the UBND xã, its Chủ tịch, the HĐND xã and the Ủy ban MTTQ xã publishing information, taking
the people's comments, organising what the people decide, answering recommendations and reporting, in the invented
province of Vĩnh Hòa — forty short notices, plans, letters, decisions, minutes, reports, quy chế and resolution
excerpts; 30 carry exactly one finding, an act the law does not allow, ten in each class — actor, forbidden,
quantity — in a sentence of a tagged shape; 10 are clean).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet, shape_tag

LABELLED = LabelledSet("checker_unseen102")


def test_the_writers_brief():
    """40 documents of 6-24 lines with valid labels: 30 with exactly one finding and 10 clean, 2-6 lawful sentences
    each and at least 100 in all."""
    assert LABELLED.short_brief_problems(lawful=True) == []


def test_findings_are_acts_the_law_does_not_allow():
    """Every finding is a conflict or a role concurrency resting on a provision of the Law (Arts. 5-31) or its two
    decrees; lỗi, except the concurrency Decree 59 Art. 3.1.c only contemplates, which is a cảnh báo."""
    expects = LABELLED.expects()
    assert LABELLED.act_problems({"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP"}) == []
    assert all(5 <= e["basis_article"] <= 31 for e in expects if e["basis_doc"] == "10/2022/QH15")
    assert all(3 <= e["basis_article"] <= 9 for e in expects if e["basis_doc"] == "59/2023/NĐ-CP")
    grades = Counter(e["severity"] for e in expects)
    assert grades["lỗi"] >= 25 and grades["cảnh báo"] >= 1
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["conflict"] >= 25 and kinds["role_concurrency"] >= 2


def test_spread_of_provisions():
    """Beyond the brief's spread of provisions (short_brief_problems): the Law carries most of them."""
    expects = LABELLED.expects()
    assert sum(e["basis_doc"] == "10/2022/QH15" for e in expects) >= 18


def test_shapes_and_classes():
    """Every case's note starts with a shape and a class tag; among the 30 findings at least five shapes carry four
    or more; the three classes carry ten findings each; clean cases are tagged clean."""
    cases = LABELLED.cases()
    assert LABELLED.tag_problems() == []
    per_shape = LABELLED.finding_shapes()
    assert sum(1 for n in per_shape.values() if n >= 4) >= 5, per_shape
    assert len(per_shape) >= 7, per_shape
    concurrency = [c for c in cases if any(e["kind"] == "role_concurrency" for e in c["expect"])]
    assert all(shape_tag(c)[1] == "actor" for c in concurrency)


def test_coverage_of_the_set():
    """Dates from the Decrees' entry into force to the review day, at least 10 before and 20 after the 2025 reform
    with clean documents on both sides; commune quy chế, plans, reports and at least 15 documents of other kinds."""
    cases = LABELLED.cases()
    assert all("2023-08-16" <= c["as_of"] <= "2026-12-02" for c in cases)
    n = LABELLED.reform_counts()
    assert n["before"] >= 10 and n["after"] >= 20 and n["clean_before"] >= 3 and n["clean_after"] >= 3
    types = Counter(c["type"] for c in cases)
    assert set(types) <= {"quy_che_xa", "ke_hoach", "bao_cao", "nghi_quyet_bien_phap", None}
    assert types["quy_che_xa"] >= 3 and types["ke_hoach"] >= 5 and types["bao_cao"] >= 3 and types[None] >= 15
    assert all(2 <= len(c["must_not_flag"]) <= 6 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 100


def test_no_district_after_the_reform():
    """A document dated from 01/07/2025 names no district (huyện) and no thị trấn."""
    assert LABELLED.naming_after_reform("huyện", "thị trấn") == []


def test_the_set_was_opened_for_study():
    """Blind until session 38, which opened it (with the other oldest blind sets): it is studied now and keeps floors."""
    assert "checker_unseen102" not in BLIND
