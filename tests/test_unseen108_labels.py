"""Coverage brief of tests/data/checker_unseen108/ (a blind held-out set on grassroots democracy in state enterprises
and at non-state employers: what the enterprise must publish to workers, how and when; what workers decide and comment
on; the workers' conference — who organises it, who attends, when, its quorum and majority, the ballot when it cannot
meet — and the workplace dialogue; the enterprise's Ban Thanh tra nhân dân — who elects and recognises it, who may not
sit on it, its size, term, direction, plans and reports; answering its recommendations within 15 days; non-state
employers, who follow Chapter I and the labour law and may choose Mục 1; and the Law's prohibitions; forty short
documents of the invented province of Phước Lâm: minutes, notices, decisions, plans, reports, answers and Quy chế
excerpts; 30 carry exactly one finding, an act the law does not allow, ten in each class — actor, forbidden,
quantity — in a sentence of a tagged shape; 10 are clean).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

import re
from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen108")
LAW = "10/2022/QH15"
D59 = "59/2023/NĐ-CP"
#: the day each basis document took effect (Law Art. 90.1; Decree 59 Art. 28)
IN_FORCE = {LAW: "2023-07-01", D59: "2023-08-15"}
#: the Law's articles of the theme: citizens' rights and the prohibitions (5-9) and democracy in state enterprises and
#: at non-state employers (Chapter IV, 64-82)
THEME_ARTICLES = set(range(5, 10)) | set(range(64, 83))
#: Decree 59's articles on the state enterprise's Ban Thanh tra nhân dân (24-27)
D59_ARTICLES = set(range(24, 28))


def test_findings_are_acts_the_law_does_not_allow():
    """The findings' severities and kinds (their bases and whys: test_class_tagged_writers_brief in
    tests/test_labelled_sets.py): all are lỗi (the Law forbids the enterprise Ban's concurrency outright, Art. 77.2)."""
    expects = LABELLED.expects()
    assert Counter(e["severity"] for e in expects) == {"lỗi": 30}
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["conflict"] >= 25 and kinds["role_concurrency"] >= 3, kinds
    for e in expects:
        if e["kind"] == "role_concurrency":
            assert (e["basis_doc"], e["basis_article"], e["basis_clause"]) == (LAW, 77, 2), e


def test_the_theme_is_democracy_in_enterprises():
    """The findings rest on the Law's Chapter IV and its prohibitions, and on Decree 59's enterprise Ban; they spread
    over publishing (64-66), deciding and the conference (67-70), commenting (71-74), the Ban (77-79 and Decree 59
    24-27), answering (81), the non-state employer (82) and the prohibitions (9); at least 20 provisions."""
    expects = LABELLED.expects()
    law = [e for e in expects if e["basis_doc"] == LAW]
    d59 = [e for e in expects if e["basis_doc"] == D59]
    assert len(law) >= 25 and len(d59) >= 2, (len(law), len(d59))
    assert all(e["basis_article"] in THEME_ARTICLES for e in law), [e["basis_article"] for e in law]
    assert all(e["basis_article"] in D59_ARTICLES for e in d59), [e["basis_article"] for e in d59]
    assert sum(64 <= e["basis_article"] <= 66 for e in law) >= 5
    assert sum(67 <= e["basis_article"] <= 70 for e in law) >= 5
    assert sum(71 <= e["basis_article"] <= 74 for e in law) >= 1
    assert sum(77 <= e["basis_article"] <= 79 for e in law) + len(d59) >= 8
    assert sum(e["basis_article"] == 81 for e in law) >= 1
    assert sum(e["basis_article"] == 82 for e in law) >= 1
    assert sum(5 <= e["basis_article"] <= 9 for e in law) >= 3
    assert len({(e["basis_doc"], e["basis_article"], e["basis_clause"]) for e in expects}) >= 20


def test_dates_and_the_law_in_force():
    """Dates from 2022 to 2026, at least ten before and ten from the 2025 reform, clean ones on both sides; a finding
    rests on a document already in force on the case's date, so the documents dated before 01/07/2023 are clean and
    cite no later law."""
    assert LABELLED.law_in_force_problems(IN_FORCE) == []


def test_the_written_shares_add_up():
    """Every share written «a/b … (x,y%)» is right to the first decimal, and there are some."""
    wrong, checked = LABELLED.share_problems(re.compile(r"^(?!)(\d)"), re.compile(r"^(?!)"))
    assert wrong == [] and checked >= 10, (wrong, checked)


def test_non_state_employers_are_in_the_set():
    """Some documents come from non-state employers (a private company, a cooperative), one with a finding on
    Art. 82 and at least one clean, choosing Mục 1 lawfully (Art. 82.2)."""
    cases = LABELLED.cases()
    private = [c for c in cases if re.search(r"MAY MẶC|HỢP TÁC XÃ", "\n".join(LABELLED.lines(c["file"])))]
    assert len(private) >= 2 and any(c["clean"] for c in private) and not all(c["clean"] for c in private)


def test_types_and_lawful_sentences():
    """Plans, reports, Quy chế excerpts of enterprises, and documents of other kinds; 2-6 lawful sentences in every
    document, each with the provision or figure that makes it lawful."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["ke_hoach"] >= 4 and types["bao_cao"] >= 3, types
    assert types["quy_che_doanh_nghiep"] >= 5, types
    assert types[None] >= 15, types
    assert not {"huong_uoc", "quy_che_xa", "quy_che_co_quan", "nghi_quyet_bien_phap"} & set(types), types
    assert all(2 <= len(c["must_not_flag"]) <= 6 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 100
    assert LABELLED.reasons_without_basis() == []


def test_the_set_is_blind():
    assert "checker_unseen108" in BLIND
