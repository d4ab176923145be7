"""Coverage brief of tests/data/checker_unseen106/ (written as a blind held-out set, opened for study in session 41: on the people's supervision: the Ban Thanh tra
nhân dân of the commune, of agencies and public service units and of state enterprises — how it is elected and by
whom, who may and may not sit on it, its size and term, who directs it, its plans and reports, what it may see and ask,
how the commune, the head of the unit or the enterprise must answer it, its funding — and the supervision through the
Front and the Ban công tác Mặt trận; forty short documents of the invented province of Tây Nguyên Hạ: minutes, a tally
sheet, notices, decisions, plans and programmes, reports, answers and Quy chế excerpts; 30 carry exactly one finding,
an act the law does not allow, ten in each class — actor, forbidden, quantity — in a sentence of a tagged shape; 10
are clean).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen106")
LAW = "10/2022/QH15"
D59 = "59/2023/NĐ-CP"
#: the day each basis document took effect (Law Art. 90.1; Decree 59 Art. 28)
IN_FORCE = {LAW: "2023-07-01", D59: "2023-08-15"}
#: the Law's articles of the theme: citizens' rights and the prohibitions (5-9), the community's meetings and decisions
#: that elect the Ban (18-21), the people's supervision and the commune Ban (30-40), the staff conference and the
#: agency Ban (51, 56-63), the workers' conference and the enterprise Ban (69, 75-81)
THEME_ARTICLES = set(range(5, 10)) | set(range(18, 22)) | set(range(30, 41)) | {51} | set(range(56, 64)) | {69} \
    | set(range(75, 82))
#: Decree 59's articles of the theme: the community meeting (3), the periodic meeting (10-11) and the three Bans
#: Thanh tra nhân dân (12-15, 20-27)
D59_ARTICLES = {3, 10, 11} | set(range(12, 16)) | set(range(20, 28))
#: the concurrencies the Law forbids (commune, agency, enterprise Ban) and the one Decree 59 Art. 3 contemplates
CONCURRENCY = {(LAW, 37, 2): "lỗi", (LAW, 60, 2): "lỗi", (LAW, 77, 2): "lỗi", (D59, 3, 1): "cảnh báo"}


def test_findings_are_acts_the_law_does_not_allow():
    """The findings' severities and kinds (their bases and whys: test_class_tagged_writers_brief in
    tests/test_labelled_sets.py): all are lỗi but the one concurrency Decree 59 Art. 3.1.c contemplates, a cảnh báo."""
    expects = LABELLED.expects()
    assert Counter(e["severity"] for e in expects) == {"lỗi": 29, "cảnh báo": 1}
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["conflict"] >= 25 and kinds["role_concurrency"] >= 3, kinds
    for e in expects:
        if e["kind"] == "role_concurrency":
            assert CONCURRENCY.get((e["basis_doc"], e["basis_article"], e["basis_clause"])) == e["severity"], e
        else:
            assert e["severity"] == "lỗi", e


def test_the_theme_is_the_peoples_supervision():
    """The findings rest on the Law's and Decree 59's articles of the theme, spread over the commune Ban, the agency
    Ban, the enterprise Ban and the prohibitions; at least 20 provisions."""
    expects = LABELLED.expects()
    law = [e for e in expects if e["basis_doc"] == LAW]
    d59 = [e for e in expects if e["basis_doc"] == D59]
    assert len(law) >= 20 and len(d59) >= 5, (len(law), len(d59))
    assert all(e["basis_article"] in THEME_ARTICLES for e in law), [e["basis_article"] for e in law]
    assert all(e["basis_article"] in D59_ARTICLES for e in d59), [e["basis_article"] for e in d59]
    assert sum(33 <= e["basis_article"] <= 40 for e in law) >= 7
    assert sum(e["basis_article"] == 51 or 56 <= e["basis_article"] <= 63 for e in law) >= 6
    assert sum(e["basis_article"] == 69 or 75 <= e["basis_article"] <= 81 for e in law) >= 4
    assert sum(5 <= e["basis_article"] <= 9 for e in law) >= 3
    assert sum(20 <= e["basis_article"] <= 27 for e in d59) >= 1 and sum(e["basis_article"] <= 15 for e in d59) >= 4
    assert len({(e["basis_doc"], e["basis_article"], e["basis_clause"]) for e in expects}) >= 20


def test_dates_and_the_law_in_force():
    """Dates from 2022 to 2026, at least ten before and ten from the 2025 reform, clean ones on both sides; a finding
    rests on a document already in force on the case's date, so the documents dated before 01/07/2023 are clean and
    cite no later law."""
    assert LABELLED.law_in_force_problems(IN_FORCE) == []


def test_types_and_lawful_sentences():
    """Plans and programmes, reports, Quy chế excerpts of communes, agencies and an enterprise, and documents of other
    kinds; 2-6 lawful sentences in every document, each with the provision or figure that makes it lawful."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["ke_hoach"] >= 5 and types["bao_cao"] >= 5, types
    assert types["quy_che_xa"] + types["quy_che_co_quan"] >= 3 and types["quy_che_xa"] >= 1, types
    assert types[None] >= 15, types
    assert not {"huong_uoc", "nghi_quyet_bien_phap"} & set(types), types
    assert all(2 <= len(c["must_not_flag"]) <= 6 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 100
    assert LABELLED.reasons_without_basis() == []


def test_the_set_was_opened_for_study():
    """Blind until session 41, which opened it (with the oldest blind sets): it is studied now and keeps floors."""
    assert "checker_unseen106" not in BLIND
