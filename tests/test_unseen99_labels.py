"""The coverage brief of tests/data/checker_unseen99/ (written as a blind held-out set, opened for study in session 37: on the hương ước and quy ước of villages
and tổ dân phố — what they may and may not contain, how they are drafted, commented on, adopted, sent, recognised,
published, amended and reviewed — in the invented province of Hà Phong: forty short documents — hương ước and quy
ước excerpts, minutes of village and tổ dân phố meetings, a village head's letters, commune decisions, notices,
guidance, plans and reports, a tổ dân phố's tally of ballots, Front committee letters; 30 carry exactly one finding,
an act the law does not allow, ten in each class — actor, forbidden, quantity — in a sentence of a tagged shape; 10
are clean).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen99")


def test_the_writers_brief():
    """40 documents of 6-26 lines with valid labels: 30 with exactly one finding and 10 clean, at least 15
    provisions and at most three findings on one, 2-6 lawful sentences in every document and 100 in all."""
    assert LABELLED.short_brief_problems(lawful=True, lines=(6, 26)) == []


def test_findings_are_acts_the_law_does_not_allow():
    """Every finding is a conflict or a role concurrency resting on a provision of the Law or its two decrees; lỗi,
    except the concurrency Decree 59 Art. 3.1.c only contemplates, which is a cảnh báo."""
    expects = LABELLED.expects()
    assert LABELLED.act_problems({"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP"}) == []
    assert all(e["kind"] == "conflict" for e in expects if e["severity"] == "lỗi")
    grades = Counter(e["severity"] for e in expects)
    assert grades["lỗi"] >= 25 and grades["cảnh báo"] >= 1


def test_the_theme_is_the_huong_uoc():
    """Most findings rest on Decree 61/2023 (the hương ước decree), the rest on the Law's articles on the community's
    decisions or on Decree 59's meeting rules."""
    per_doc = Counter(e["basis_doc"] for e in LABELLED.expects())
    assert per_doc["61/2023/NĐ-CP"] >= 15, per_doc
    articles_61 = {e["basis_article"] for e in LABELLED.expects() if e["basis_doc"] == "61/2023/NĐ-CP"}
    assert articles_61 <= set(range(3, 19)), articles_61


def test_shapes_and_classes():
    """Every case's note starts with a shape and a class tag; among the 30 findings at least five shapes carry four
    or more; the three classes carry ten findings each; clean cases are tagged clean."""
    assert LABELLED.tag_problems() == []
    per_shape = LABELLED.finding_shapes()
    assert sum(1 for n in per_shape.values() if n >= 4) >= 5, per_shape


def test_lawful_sentences_stand_apart_from_the_findings():
    """No lawful sentence sits on a finding's line or the line next to it, where a finding would excuse it."""
    for case in LABELLED.cases():
        for e in case["expect"]:
            assert all(abs(m["line"] - e["line"]) > 1 for m in case["must_not_flag"]), case["id"]


def test_coverage_of_the_set():
    """Dates from Decree 61's entry into force to 2026, at least ten either side of the 2025 reform and clean
    documents on both sides; hương ước, plans, reports and at least fifteen documents of other kinds."""
    cases = LABELLED.cases()
    assert all("2023-08-16" <= c["as_of"] <= "2026-12-31" for c in cases)
    n = LABELLED.reform_counts()
    assert n["before"] >= 10 and n["after"] >= 10 and n["clean_before"] >= 3 and n["clean_after"] >= 3
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 10
    assert types["ke_hoach"] >= 2 and types["bao_cao"] >= 2 and types[None] >= 15


def test_no_district_after_the_reform():
    """A document dated from 01/07/2025 names no district (huyện) and no thị trấn."""
    assert LABELLED.naming_after_reform("huyện", "thị trấn") == []


def test_the_set_was_opened_for_study():
    """Blind until session 37, which opened it (with the other oldest blind sets): it is studied now and keeps floors."""
    assert "checker_unseen99" not in BLIND
