"""Coverage brief of tests/data/checker_unseen110/ (a blind held-out set: the commune's plans and reports on
grassroots democracy and the Ủy ban MTTQ's supervision of them — the UBND xã's yearly, publication, comment and
decision plans, its six-month and yearly reports, the Front's plans, reports and notices on the Ban Thanh tra nhân
dân and the Ban Giám sát đầu tư của cộng đồng, the HĐND xã's review and the thôn's reports on its meetings; forty
short documents of the invented province of Bắc Hà Tây; 30 carry exactly one finding, an act the law does not
allow, ten in each class — actor, forbidden, quantity — in a sentence of a tagged shape; 10 are clean).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

import re
from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen110")
LAW = "10/2022/QH15"
D59 = "59/2023/NĐ-CP"
#: the day each basis document took effect (Law Art. 90.1; Decree 59 Art. 28)
IN_FORCE = {LAW: "2023-07-01", D59: "2023-08-15"}
#: the Law's articles of the theme: the prohibitions (9), publication (11-14), the people decide (15-24), the people
#: comment (25-29), supervision, the Ban Thanh tra nhân dân and the Ban Giám sát (30-45), and the HĐND's, the UBND's
#: and the Front's responsibilities (86-87)
THEME_ARTICLES = {9} | set(range(11, 46)) | {86, 87}
#: the concurrencies the set rests on: a Trưởng thôn on the Ban Thanh tra, a commune công chức on a Ban Giám sát, a
#: candidate on the election team
CONCURRENCIES = {(LAW, 37, 2), (LAW, 42, 2), (D59, 6, 1)}


def test_findings_are_acts_the_law_does_not_allow():
    """The findings' severities and kinds (their bases and whys: test_class_tagged_writers_brief in
    tests/test_labelled_sets.py): all are lỗi — the Law and Decree 59 keep the posts apart themselves."""
    expects = LABELLED.expects()
    assert Counter(e["severity"] for e in expects) == {"lỗi": 30}
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["conflict"] >= 25 and kinds["role_concurrency"] >= 3, kinds
    for e in expects:
        if e["kind"] == "role_concurrency":
            assert (e["basis_doc"], e["basis_article"], e["basis_clause"]) in CONCURRENCIES, e


def test_the_theme_is_the_communes_plans_reports_and_supervision():
    """The findings rest on the Law's articles of the theme — most on supervision and the two Bans, some on
    publication, the people's decisions and comments, and the prohibitions — and on Decree 59's articles on the
    community meeting, the ballot, the election of the Trưởng thôn, the periodic meeting and the Ban Thanh tra
    (Arts. 3-19); the documents are the commune's plans and reports, with notices, minutes, letters and guidance."""
    expects = LABELLED.expects()
    law = [e for e in expects if e["basis_doc"] == LAW]
    assert len(law) >= 22
    assert all(e["basis_article"] in THEME_ARTICLES for e in law), [e["basis_article"] for e in law]
    assert sum(30 <= e["basis_article"] <= 45 for e in law) >= 8
    assert sum(11 <= e["basis_article"] <= 14 for e in law) >= 3
    assert sum(15 <= e["basis_article"] <= 24 for e in law) >= 4
    assert sum(25 <= e["basis_article"] <= 29 for e in law) >= 2
    assert sum(e["basis_article"] == 9 for e in law) >= 3
    d59 = [e for e in expects if e["basis_doc"] == D59]
    assert len(d59) >= 4 and all(3 <= e["basis_article"] <= 19 for e in d59)
    assert len({(e["basis_doc"], e["basis_article"], e["basis_clause"]) for e in expects}) >= 20
    types = Counter(c["type"] for c in LABELLED.cases())
    assert types["ke_hoach"] >= 10 and types["bao_cao"] >= 10 and types[None] >= 8, types
    assert set(types) <= {"ke_hoach", "bao_cao", None}, types
    assert all(c["file"].startswith(c["id"] + "-") for c in LABELLED.cases())


def test_dates_and_the_law_in_force():
    """Dates from 2022 to 2026, at least ten before and ten from the 2025 reform, clean ones on both sides; a finding
    rests on a document already in force on the case's date, so the documents dated before 01/07/2023 are clean and
    cite no later law."""
    assert LABELLED.law_in_force_problems(IN_FORCE) == []


def test_figures_add_up():
    """The reports' tables add up to their «Tổng cộng» rows and every written share «a/b … (x,y%)» is right to the
    first decimal."""
    wrong, checked = LABELLED.table_total_problems(re.compile(r"^Tổng cộng"))
    assert wrong == [] and checked >= 5, (wrong, checked)
    wrong, checked = LABELLED.share_problems(re.compile(r"^(?!)(\d)"), re.compile(r"^(?!)"))
    assert wrong == [] and checked >= 5, (wrong, checked)


def test_types_and_lawful_sentences():
    """2-6 lawful sentences in every document, at least 100 in all, each with the provision, fact or figure that
    makes it lawful."""
    cases = LABELLED.cases()
    assert all(2 <= len(c["must_not_flag"]) <= 6 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 100
    assert LABELLED.reasons_without_basis() == []


def test_the_set_is_blind():
    """A held-out set: measured by totals only, never studied, no floors."""
    assert "checker_unseen110" in BLIND
