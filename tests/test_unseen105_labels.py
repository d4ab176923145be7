"""Coverage brief of tests/data/checker_unseen105/ (written as a blind held-out set, opened for study in session 40: on the community's money and works: the
contributions the people decide and the majority they need, works built with the people's money or the commune's
budget, the Ban Giám sát đầu tư của cộng đồng — who sets it up, who sits on it, its size, what it may see and do, to
whom it answers —, the commune Ban Thanh tra nhân dân, the commune's publication of contributions, works and plans,
the people's comments on drafts and projects and the commune's answers; forty short documents of the invented province
of Hải Minh: minutes, a tally sheet, notices, decisions, plans, reports, Quy chế excerpts, HĐND resolutions, replies
and a register; 30 carry exactly one finding, an act the law does not allow, ten in each class — actor, forbidden,
quantity — in a sentence of a tagged shape; 10 are clean).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen105")
LAW = "10/2022/QH15"
D59 = "59/2023/NĐ-CP"
#: the day each basis document took effect (Law Art. 90.1; Decree 59 Art. 28)
IN_FORCE = {LAW: "2023-07-01", D59: "2023-08-15"}
#: the Law's articles of the theme: publication (11-14), the people decide (15-17) and the majority it takes (21), the
#: people comment (25-29), supervision, the Ban Thanh tra nhân dân and the Ban Giám sát (33-45), and the general
#: prohibitions (9)
THEME_ARTICLES = set(range(11, 18)) | {21} | set(range(25, 30)) | set(range(33, 46)) | {9}


def test_findings_are_acts_the_law_does_not_allow():
    """The findings' severities and kinds (their bases and whys: test_class_tagged_writers_brief in
    tests/test_labelled_sets.py): all are lỗi (the Law itself keeps the posts apart, Arts. 37.2 and 42.2)."""
    expects = LABELLED.expects()
    assert Counter(e["severity"] for e in expects) == {"lỗi": 30}
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["conflict"] >= 25 and kinds["role_concurrency"] >= 2, kinds
    for e in expects:
        if e["kind"] == "role_concurrency":
            assert (e["basis_doc"], e["basis_article"], e["basis_clause"]) in {(LAW, 37, 2), (LAW, 42, 2)}, e


def test_the_theme_is_the_communitys_money_and_works():
    """The findings rest on the Law's articles of the theme, most on the two Bans (Arts. 36-45), some on publication
    and the people's decisions and comments; Decree 59's on its articles on the two Bans (Arts. 12-19)."""
    expects = LABELLED.expects()
    law = [e for e in expects if e["basis_doc"] == LAW]
    assert len(law) >= 24
    assert all(e["basis_article"] in THEME_ARTICLES for e in law), [e["basis_article"] for e in law]
    assert sum(36 <= e["basis_article"] <= 45 for e in law) >= 10
    assert sum(41 <= e["basis_article"] <= 45 for e in law) >= 6
    assert sum(11 <= e["basis_article"] <= 17 or e["basis_article"] == 21 for e in law) >= 4
    assert sum(25 <= e["basis_article"] <= 29 for e in law) >= 2
    d59 = [e for e in expects if e["basis_doc"] == D59]
    assert len(d59) >= 2 and all(12 <= e["basis_article"] <= 19 for e in d59)
    assert len({(e["basis_doc"], e["basis_article"], e["basis_clause"]) for e in expects}) >= 20


def test_dates_and_the_law_in_force():
    """Dates from 2022 to 2026, at least ten before and ten from the 2025 reform, clean ones on both sides; a finding
    rests on a document already in force on the case's date, so the documents dated before 01/07/2023 are clean and
    cite no later law."""
    assert LABELLED.law_in_force_problems(IN_FORCE) == []


def test_types_and_lawful_sentences():
    """Plans, reports, Quy chế excerpts of communes, HĐND resolutions and documents of other kinds; 2-6 lawful
    sentences in every document, each with the provision or figure that makes it lawful."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["ke_hoach"] >= 5 and types["bao_cao"] >= 5, types
    assert types["quy_che_xa"] >= 3 and types["nghi_quyet_bien_phap"] >= 2, types
    assert types[None] >= 15, types
    assert not {"huong_uoc", "quy_che_co_quan", "quy_che_doanh_nghiep"} & set(types), types
    assert all(2 <= len(c["must_not_flag"]) <= 6 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 100
    assert LABELLED.reasons_without_basis() == []


def test_the_set_was_opened_for_study():
    """Blind until session 40, which opened it (with the oldest blind sets): it is studied now and keeps floors."""
    assert "checker_unseen105" not in BLIND
