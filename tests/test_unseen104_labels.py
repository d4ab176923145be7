"""Coverage brief of tests/data/checker_unseen104/ (written as a blind held-out set, opened for study in session 39: on grassroots democracy inside agencies, public
service units and enterprises: the yearly staff and workers' conferences — who convenes and chairs, who attends,
quorum and timing —, what the head publishes to staff and for how long, what staff decide or comment on, the unit's
Ban Thanh tra nhân dân — who may sit on it, its size, term, recognition and reporting —, workplace dialogue and the
answers to recommendations; forty short documents of the invented province of Hòa Lâm: plans, minutes, reports, Quy
chế excerpts, notices, decisions, replies and a union's letter; 30 carry exactly one finding, an act the law does not
allow, ten in each class — actor, forbidden, quantity — in a sentence of a tagged shape; 10 are clean).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, REFORM_DAY, LabelledSet

LABELLED = LabelledSet("checker_unseen104")
LAW = "10/2022/QH15"
D59 = "59/2023/NĐ-CP"
D145 = "145/2020/NĐ-CP"
LABOUR_CODE = "45/2019/QH14"
#: the day each basis document took effect (Law Art. 90.1; Decree 59 Art. 28; Labour Code Art. 220; Decree 145 Art. 121)
IN_FORCE = {LAW: "2023-07-01", D59: "2023-08-15", LABOUR_CODE: "2021-01-01", D145: "2021-02-01"}


def test_the_set_was_opened_for_study():
    """Blind until session 39, which opened it (with the other oldest blind sets): it is studied now and keeps floors."""
    assert "checker_unseen104" not in BLIND


def test_the_writers_brief():
    """40 documents of 6-26 lines with valid labels: 30 with exactly one finding and 10 clean; at least 15 provisions
    and at most three findings on one; 2-6 lawful sentences in every document, at least 100 in all."""
    assert LABELLED.short_brief_problems(lawful=True, lines=(6, 26)) == []


def test_findings_are_acts_the_law_does_not_allow():
    """Every finding is a conflict or a role concurrency resting on a clause of the Law, Decree 59, the Labour Code or
    Decree 145, with a why that quotes it; all are lỗi (the law itself keeps the posts apart, Arts. 60.2 and 77.2)."""
    expects = LABELLED.expects()
    assert LABELLED.act_problems(set(IN_FORCE), clause=True) == []
    assert Counter(e["severity"] for e in expects) == {"lỗi": 30}
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["conflict"] >= 25 and kinds["role_concurrency"] >= 2, kinds
    for e in expects:
        if e["kind"] == "role_concurrency":
            assert (e["basis_doc"], e["basis_article"], e["basis_clause"]) in {(LAW, 60, 2), (LAW, 77, 2)}, e


def test_the_theme_is_agencies_and_enterprises():
    """Most findings rest on the Law's chapters on agencies and state enterprises (Arts. 46-81), a few on its general
    prohibitions (Art. 9), on Decree 59's rules for the Ban Thanh tra nhân dân of agencies and units (Arts. 20-27), and
    on the labour law's workplace dialogue."""
    expects = LABELLED.expects()
    law = [e for e in expects if e["basis_doc"] == LAW]
    assert len(law) >= 24
    assert sum(46 <= e["basis_article"] <= 81 for e in law) >= 20
    assert all(46 <= e["basis_article"] <= 82 or e["basis_article"] == 9 for e in law)
    assert sum(60 <= e["basis_article"] <= 63 for e in law) >= 6
    assert sum(64 <= e["basis_article"] <= 81 for e in law) >= 3
    assert all(20 <= e["basis_article"] <= 27 for e in expects if e["basis_doc"] == D59)
    assert sum(e["basis_doc"] in (D145, LABOUR_CODE) for e in expects) >= 2


def test_shapes_and_classes():
    """Every case's note starts with a shape and a class tag; among the 30 findings at least five shapes carry four
    or more; the three classes carry ten findings each and each class comes in at least four shapes; clean cases are
    tagged clean."""
    assert LABELLED.class_shape_problems() == []


def test_split_cases_are_hard_wrapped():
    """A case tagged split carries its finding (or, clean, a lawful sentence) on a line hard-wrapped mid-sentence."""
    assert LABELLED.split_cases()
    assert LABELLED.unwrapped_split_cases() == []


def test_dates_and_the_law_in_force():
    """Dates from 2022 to 2026, at least ten before and ten from the 2025 reform, clean ones on both sides; a finding
    rests on a document already in force on the case's date, so the documents dated before 01/07/2023 are clean."""
    cases = LABELLED.cases()
    assert LABELLED.dated_problems(IN_FORCE) == []
    early, _, _ = LABELLED.periods()
    assert len(early) >= 3 and all(c["clean"] for c in early)
    # the early documents cite no later law, except one report that announces the Law's coming date of effect
    cited = LABELLED.citing_later_law(early)
    assert len(cited) <= 1, cited
    assert all("có hiệu lực từ ngày 01/7/2023" in "\n".join(LABELLED.lines(f)) for f in cited), cited


def test_types_and_lawful_sentences():
    """Plans, reports, Quy chế excerpts of agencies and enterprises and documents of other kinds; 2-6 lawful sentences
    in every document."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["ke_hoach"] >= 5 and types["bao_cao"] >= 5, types
    assert types["quy_che_co_quan"] + types["quy_che_doanh_nghiep"] >= 3, types
    assert types[None] >= 15, types
    assert not {"huong_uoc", "quy_che_xa", "nghi_quyet_bien_phap"} & set(types), types
    assert all(2 <= len(c["must_not_flag"]) <= 6 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 100


def test_no_district_after_the_reform():
    """A document dated from 01/07/2025 names no district (huyện) and no thị trấn."""
    assert LABELLED.naming_after_reform("huyện", "thị trấn") == []
    assert any(c["as_of"] >= REFORM_DAY for c in LABELLED.cases())
