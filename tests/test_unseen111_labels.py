"""Coverage brief of tests/data/checker_unseen111/ (written as a blind held-out set: the people's rights in practice and
what the law forbids against them — how petitions, complaints, denunciations and the two supervision boards'
recommendations are received, handled and answered, by whom and within what time; what the people and the staff may
see; how their opinions and votes are taken and counted; and the acts Law 10/2022 Art. 9 forbids written into real
papers — across communes and wards with their thôn and tổ dân phố, one hospital, one school and one state forestry
company of the invented province of Nam Sơn Hà; forty short documents: notices, minutes, answers, reports, plans,
Quy chế excerpts, a register and tables; 30 carry exactly one finding, an act the law does not allow, ten in each
class — actor, forbidden, quantity — in a sentence of a tagged shape; 10 are clean).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet, shape_tag

LABELLED = LabelledSet("checker_unseen111")
LAW = "10/2022/QH15"
D59 = "59/2023/NĐ-CP"
#: the day each basis document took effect (Law Art. 90.1; Decree 59 Art. 28)
IN_FORCE = {LAW: "2023-07-01", D59: "2023-08-15"}
#: the Law's articles of the theme: the prohibitions (9), publication and information (11-14), the people decide and
#: comment (15-29), supervision and the two Bans (30-45), agencies and public units (46-63) and the supervision articles
#: for state enterprises (75-81)
THEME_ARTICLES = {9} | set(range(11, 46)) | set(range(46, 64)) | set(range(75, 82))
#: Decree 59's articles of the theme: the community meeting, the ballots and the Trưởng thôn (3-11), the three kinds
#: of Ban Thanh tra nhân dân and the Ban Giám sát (12-27)
THEME_D59 = set(range(3, 28))


def test_findings_are_acts_the_law_does_not_allow():
    """All findings are lỗi; the three role concurrencies rest on the Law's incompatibility clauses for the commune,
    agency and enterprise Ban Thanh tra nhân dân (Arts. 37.2, 60.2, 77.2) and are actor findings."""
    expects = LABELLED.expects()
    assert Counter(e["severity"] for e in expects) == {"lỗi": 30}
    kinds = Counter(e["kind"] for e in expects)
    assert kinds == {"conflict": 27, "role_concurrency": 3}, kinds
    for case in LABELLED.cases():
        for e in case["expect"]:
            if e["kind"] == "role_concurrency":
                assert (e["basis_doc"], e["basis_article"], e["basis_clause"]) in {(LAW, 37, 2), (LAW, 60, 2), (LAW, 77, 2)}
                assert shape_tag(case)[1] == "actor", case["id"]


def test_the_theme_is_the_peoples_rights_and_what_is_forbidden():
    """The forbidden findings rest mostly on Law Art. 9 (threats, reprisals, disclosure, falsified votes), the others on
    information and votes withheld; the reply periods of the answering bodies (Arts. 40.1, 45.2, 63.1) each carry one;
    the agency, public unit and state enterprise chapters carry at least six; Decree 59 at least five."""
    cases = LABELLED.cases()
    expects = LABELLED.expects()
    law = [e for e in expects if e["basis_doc"] == LAW]
    d59 = [e for e in expects if e["basis_doc"] == D59]
    assert all(e["basis_article"] in THEME_ARTICLES for e in law), [e["basis_article"] for e in law]
    assert len(d59) >= 5 and all(e["basis_article"] in THEME_D59 for e in d59), [e["basis_article"] for e in d59]
    forbidden = [e for c in cases if shape_tag(c)[1] == "forbidden" for e in c["expect"]]
    assert sum(e["basis_doc"] == LAW and e["basis_article"] == 9 for e in forbidden) >= 5
    assert {(e["basis_article"], e["basis_clause"]) for e in law if e["basis_article"] == 9} == {(9, 1), (9, 2), (9, 5)}
    replies = {(e["basis_article"], e["basis_clause"]) for e in law}
    assert {(40, 1), (45, 2), (63, 1)} <= replies
    assert sum(46 <= e["basis_article"] <= 81 for e in law) + sum(20 <= e["basis_article"] <= 27 for e in d59) >= 6
    assert len({(e["basis_doc"], e["basis_article"], e["basis_clause"]) for e in expects}) >= 25
    assert LABELLED.most_per_provision() <= 2


def test_dates_and_the_law_in_force():
    """Dates from 2022 to 2026, at least ten before and ten from the 2025 reform, clean ones on both sides; a finding
    rests on a document already in force on the case's date, so the documents dated before 01/07/2023 are clean and
    cite no later law."""
    assert LABELLED.law_in_force_problems(IN_FORCE) == []
    early, _, _ = LABELLED.periods()
    assert len(early) >= 4


def test_types_and_lawful_sentences():
    """Reports, plans, Quy chế excerpts of communes and of public units (and one of the state company), and notices,
    minutes, answers and decisions without a type; 2-6 lawful sentences in every document, each with the provision or
    figure that makes it lawful."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["bao_cao"] >= 6 and types["ke_hoach"] >= 4, types
    assert types["quy_che_xa"] + types["quy_che_co_quan"] >= 4 and types["quy_che_co_quan"] >= 2, types
    assert types[None] >= 12, types
    assert not {"huong_uoc", "nghi_quyet_bien_phap"} & set(types), types
    assert all(2 <= len(c["must_not_flag"]) <= 6 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 100
    assert LABELLED.reasons_without_basis() == []


def test_the_set_is_blind():
    """Written blind in session 41: measured by totals only, never studied, no floors."""
    assert "checker_unseen111" in BLIND
