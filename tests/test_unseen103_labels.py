"""The coverage brief of tests/data/checker_unseen103/ (written as a blind held-out set, opened for study in session 39: on publication and the people's comments:
what the commune, the village / tổ dân phố and the public units must make public, by which forms, for how long, and
how comments are taken, collated, answered and reported back — forty short documents of the invented province of
Lam Sơn: commune notices and tables of postings, loudspeaker schedules, plans to take comments, summaries of
comments, minutes of village meetings, a public school's notice to staff, reports with figures, a Trưởng thôn's
letters, a commune Quy chế and a draft quy ước; 30 carry exactly one finding, an act the law does not allow, ten in
each class — actor, forbidden, quantity — in a sentence of a tagged shape; 10 are clean).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, REFORM_DAY, LabelledSet

LABELLED = LabelledSet("checker_unseen103")
LAW = "10/2022/QH15"
#: the day each basis document took effect (Law Art. 90.1; Decree 59 Art. 28; Decree 61, effect article)
IN_FORCE = {LAW: "2023-07-01", "59/2023/NĐ-CP": "2023-08-15", "61/2023/NĐ-CP": "2023-08-16"}


def test_the_set_was_opened_for_study():
    """Blind until session 39, which opened it (with the other oldest blind sets): it is studied now and keeps floors."""
    assert "checker_unseen103" not in BLIND


def test_the_writers_brief():
    """40 documents of 6-26 lines with valid labels: 30 with exactly one finding and 10 clean; at least 15 provisions
    and at most three findings on one; 2-6 lawful sentences in every document, at least 100 in all."""
    assert LABELLED.short_brief_problems(lawful=True, lines=(6, 26)) == []


def test_findings_are_acts_the_law_does_not_allow():
    """Every finding is a conflict or a role concurrency resting on a clause of the Law or its two decrees, with a
    why that quotes it; lỗi, except the concurrency Decree 59 Art. 3.1.c only contemplates, which is a cảnh báo."""
    expects = LABELLED.expects()
    assert LABELLED.act_problems(set(IN_FORCE), clause=True) == []
    grades = Counter(e["severity"] for e in expects)
    assert grades["lỗi"] >= 25 and grades["cảnh báo"] >= 1, grades
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["conflict"] >= 25 and kinds["role_concurrency"] >= 2, kinds


def test_the_theme_is_publication_and_comments():
    """Most findings rest on the Law's articles on publication, comments and supervision (Arts. 9-35); the rest on
    the decrees' rules for meetings, ballots and the quy ước's draft."""
    law = [e for e in LABELLED.expects() if e["basis_doc"] == LAW]
    assert len(law) >= 22
    assert sum(9 <= e["basis_article"] <= 35 for e in law) >= 20
    assert sum(11 <= e["basis_article"] <= 14 for e in law) >= 5
    assert sum(25 <= e["basis_article"] <= 31 for e in law) >= 5


def test_shapes_and_classes():
    """Every case's note starts with a shape and a class tag; among the 30 findings at least five shapes carry four
    or more; the three classes carry ten findings each and each class comes in at least four shapes; clean cases are
    tagged clean."""
    assert LABELLED.class_shape_problems() == []


def test_split_cases_are_hard_wrapped():
    """A case tagged split carries its finding (or, clean, a lawful sentence) on a line hard-wrapped mid-sentence."""
    assert LABELLED.unwrapped_split_cases() == []


def test_dates_and_the_law_in_force():
    """Dates from 2022 to 2026, before and after the 2025 reform; a finding rests on a document already in force on
    the case's date, so the documents dated before 01/07/2023 (the old Pháp lệnh's time) are clean."""
    cases = LABELLED.cases()
    assert LABELLED.dated_problems(IN_FORCE) == []
    early = [c for c in cases if c["as_of"] < IN_FORCE[LAW]]
    assert early and all(c["clean"] for c in early)


def test_types_and_lawful_sentences():
    """Plans, reports, a commune Quy chế and documents of other kinds; 2-6 lawful sentences in every document."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["ke_hoach"] >= 5 and types["bao_cao"] >= 5, types
    assert types["quy_che_xa"] + types["nghi_quyet_bien_phap"] >= 1, types
    assert types[None] >= 15, types
    assert all(2 <= len(c["must_not_flag"]) <= 6 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 100


def test_no_district_after_the_reform():
    """A document dated from 01/07/2025 names no district (huyện) and no thị trấn."""
    assert LABELLED.naming_after_reform("huyện", "thị trấn") == []
    assert any(c["as_of"] >= REFORM_DAY for c in LABELLED.cases())
