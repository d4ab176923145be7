"""Coverage brief of tests/data/checker_unseen107/ (written as a blind held-out set, opened for study in session 41: on grassroots democracy inside state agencies
and public service units: what the head must publish to staff, how and when; what staff decide and comment on; the
yearly and extraordinary conference of cán bộ, công chức, viên chức, người lao động — who chairs it, its quorum, its
majority, its deadline, the ballot when it cannot meet; the agency's Ban Thanh tra nhân dân — who elects and
recognises it, who may not sit on it, its size, term, powers and direction; answering its recommendations; and the
Law's prohibitions; forty short documents of the invented province of Lạc Thủy Nam: minutes, notices, decisions, plans,
reports, answers and Quy chế excerpts; 30 carry exactly one finding, an act the law does not allow, ten in each class
— actor, forbidden, quantity — in a sentence of a tagged shape; 10 are clean).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen107")
LAW = "10/2022/QH15"
D59 = "59/2023/NĐ-CP"
#: the day each basis document took effect (Law Art. 90.1; Decree 59 Art. 28)
IN_FORCE = {LAW: "2023-07-01", D59: "2023-08-15"}
#: the Law's articles of the theme: citizens' rights and the prohibitions (5-9) and democracy in agencies and public
#: service units (44-63: publishing, deciding, commenting, the conference, supervision and the agency Ban)
THEME_ARTICLES = set(range(5, 10)) | set(range(44, 64))
#: Decree 59's articles of the theme, as far as they concern agencies and units (16-23; the agency Ban is 20-23)
D59_ARTICLES = set(range(16, 24))


def test_findings_are_acts_the_law_does_not_allow():
    """The findings' severities and kinds (their bases and whys: test_class_tagged_writers_brief in
    tests/test_labelled_sets.py): all are lỗi (the Law forbids the agency Ban's concurrency outright, Art. 60.2)."""
    expects = LABELLED.expects()
    assert Counter(e["severity"] for e in expects) == {"lỗi": 30}
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["conflict"] >= 25 and kinds["role_concurrency"] >= 3, kinds
    for e in expects:
        if e["kind"] == "role_concurrency":
            assert (e["basis_doc"], e["basis_article"], e["basis_clause"]) == (LAW, 60, 2), e


def test_the_theme_is_democracy_in_agencies_and_units():
    """The findings rest on the Law's articles on agencies and units and its prohibitions, and on Decree 59's agency
    Ban; they spread over publishing (46-48), deciding and commenting (49-55), the conference (50-52), the Ban (60-63)
    and the prohibitions (9); at least 20 provisions."""
    expects = LABELLED.expects()
    law = [e for e in expects if e["basis_doc"] == LAW]
    d59 = [e for e in expects if e["basis_doc"] == D59]
    assert len(law) >= 25 and len(d59) >= 2, (len(law), len(d59))
    assert all(e["basis_article"] in THEME_ARTICLES for e in law), [e["basis_article"] for e in law]
    assert all(e["basis_article"] in D59_ARTICLES for e in d59), [e["basis_article"] for e in d59]
    assert sum(46 <= e["basis_article"] <= 48 for e in law) >= 5
    assert sum(49 <= e["basis_article"] <= 55 for e in law) >= 6
    assert sum(60 <= e["basis_article"] <= 63 for e in law) >= 8
    assert sum(5 <= e["basis_article"] <= 9 for e in law) >= 4
    assert len({(e["basis_doc"], e["basis_article"], e["basis_clause"]) for e in expects}) >= 20


def test_dates_and_the_law_in_force():
    """Dates from 2022 to 2026, at least ten before and ten from the 2025 reform, clean ones on both sides; a finding
    rests on a document already in force on the case's date, so the documents dated before 01/07/2023 are clean and
    cite no later law."""
    assert LABELLED.law_in_force_problems(IN_FORCE) == []


def test_the_written_shares_add_up():
    """Every share written «a/b … (x,y%)» is right to the first decimal, and there are some."""
    wrong, checked = LABELLED.share_problems(__import__("re").compile(r"^(?!)(\d)"), __import__("re").compile(r"^(?!)"))
    assert wrong == [] and checked >= 10, (wrong, checked)


def test_types_and_lawful_sentences():
    """Plans, reports, Quy chế excerpts of agencies and units, and documents of other kinds; 2-6 lawful sentences in
    every document, each with the provision or figure that makes it lawful."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["ke_hoach"] >= 4 and types["bao_cao"] >= 4, types
    assert types["quy_che_co_quan"] >= 3, types
    assert types[None] >= 15, types
    assert not {"huong_uoc", "quy_che_xa", "nghi_quyet_bien_phap"} & set(types), types
    assert all(2 <= len(c["must_not_flag"]) <= 6 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 100
    assert LABELLED.reasons_without_basis() == []


def test_the_set_was_opened_for_study():
    """Blind until session 41, which opened it (with the oldest blind sets): it is studied now and keeps floors."""
    assert "checker_unseen107" not in BLIND
