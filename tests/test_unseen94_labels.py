"""The coverage brief of tests/data/checker_unseen94/ (written as a blind held-out set, opened for study in session 34: on who may do what, what may not be
done and the numbers in the commune, the village / tổ dân phố and the supervision boards: forty short documents of
the invented province of Lạc Bình — hương ước and quy ước excerpts, minutes of village meetings and of the boards,
commune notices, plans, decisions, letters and reports; 30 carry exactly one finding, an act the law does not allow,
ten in each class — actor, forbidden, quantity — in a sentence of a tagged shape; 10 are clean).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen94")


def test_the_writers_brief():
    """40 documents of 6-24 lines with valid labels: 30 with exactly one finding and 10 clean."""
    assert LABELLED.short_brief_problems() == []


def test_findings_are_acts_the_law_does_not_allow():
    """Every finding is a conflict or a role concurrency resting on a provision of the Law or its two decrees; lỗi,
    except the concurrency Decree 59 Art. 3.1.c only contemplates, which is a cảnh báo."""
    expects = LABELLED.expects()
    assert LABELLED.act_problems({"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP"}) == []
    grades = Counter(e["severity"] for e in expects)
    assert grades["lỗi"] >= 25 and grades["cảnh báo"] >= 1


def test_shapes_and_classes():
    """Every case's note starts with a shape and a class tag; among the 30 findings at least five shapes carry four
    or more; the three classes carry ten findings each; clean cases are tagged clean."""
    assert LABELLED.tag_problems() == []
    per_shape = LABELLED.finding_shapes()
    assert sum(1 for n in per_shape.values() if n >= 4) >= 5, per_shape


def test_coverage_of_the_set():
    """Dates before and after the 2025 reform, checked from the Decrees' entry into force; hương ước, commune quy
    chế, plans, reports and documents of other kinds; 2-6 lawful sentences in every document, at least 100 in all."""
    cases = LABELLED.cases()
    assert all("2023-08-16" <= c["as_of"] <= "2026-12-31" for c in cases)
    n = LABELLED.reform_counts()
    assert n["before"] >= 10 and n["after"] >= 10 and n["clean_before"] >= 3 and n["clean_after"] >= 3
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 4 and types["quy_che_xa"] >= 4
    assert types["ke_hoach"] >= 2 and types["bao_cao"] >= 2 and types[None] >= 15
    assert all(2 <= len(c["must_not_flag"]) <= 6 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 100


def test_no_district_after_the_reform():
    """A document dated from 01/07/2025 names no district (huyện) — the set's lawful sentences must not lean on an
    outdated level of government."""
    assert LABELLED.naming_after_reform("huyện") == []


def test_the_set_was_opened_for_study():
    """Blind until session 34, which opened it (with the other oldest blind sets): it is studied now and keeps floors."""
    assert "checker_unseen94" not in BLIND
