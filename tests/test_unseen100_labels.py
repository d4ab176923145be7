"""The coverage brief of tests/data/checker_unseen100/ (written as a blind held-out set, opened for study in session 37: on the supervision boards — the Ban Thanh
tra nhân dân of communes, wards, agencies, public units and state enterprises, and the Ban Giám sát đầu tư của cộng
đồng: forty short documents of the invented province of Bình Sơn — decisions recognising a board, election minutes and
community decisions, member tables, plans, letters and their answers, reports, a Front guidance, a budget table and
agencies' and companies' quy chế excerpts; 30 carry exactly one finding, an act the law does not allow, ten in each
class — actor, forbidden, quantity — in a sentence of a tagged shape; 10 are clean).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, SHAPES, LabelledSet, shape_tag

LABELLED = LabelledSet("checker_unseen100")
#: The articles the brief names: Law 10/2022 Arts. 32-45, 59-63, 77-79 (and the general bans of Art. 9, the passing
#: threshold of Art. 21 and the enterprise duties of Art. 81 they lean on); Decree 59 Arts. 3 and 12-27.
LAW_ARTICLES = {9, 21, 81} | set(range(32, 46)) | set(range(59, 64)) | set(range(77, 80))
DECREE_ARTICLES = {3} | set(range(12, 28))


def test_the_writers_brief():
    """40 documents of 6-26 lines with valid labels: 30 with exactly one finding and 10 clean; 2-6 lawful sentences in
    every document, at least 100 in all; at least 15 provisions, at most three findings on one."""
    assert LABELLED.short_brief_problems(lawful=True, lines=(6, 26)) == []


def test_findings_are_acts_the_law_does_not_allow():
    """Every finding is a conflict or a role concurrency resting on a provision of the Law or Decree 59 on the boards;
    lỗi, except the concurrency Decree 59 Art. 3.1.c only contemplates, which is a cảnh báo."""
    expects = LABELLED.expects()
    assert LABELLED.act_problems({"10/2022/QH15", "59/2023/NĐ-CP"}, clause=True) == []
    for e in expects:
        articles = LAW_ARTICLES if e["basis_doc"] == "10/2022/QH15" else DECREE_ARTICLES
        assert e["basis_article"] in articles, e
        assert e["why"].count("«") >= 1 and e["why"].count("«") == e["why"].count("»"), e["why"]
    grades = Counter(e["severity"] for e in expects)
    assert grades["lỗi"] >= 27 and grades["cảnh báo"] >= 1
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["role_concurrency"] >= 3 and kinds["conflict"] >= 20


def test_spread_of_provisions():
    """At least 20 different provisions (the brief, short_brief_problems, asks 15 and at most three findings on one); both the Law and Decree 59 carry findings, and
    the commune boards, the agency and enterprise boards and the investment boards all do."""
    expects = LABELLED.expects()
    provisions = {(e["basis_doc"], e["basis_article"], e["basis_clause"]) for e in expects}
    assert len(provisions) >= 20
    law = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert law & set(range(36, 41)) and law & set(range(41, 46)) and law & set(range(60, 64)) and law & {77, 79, 81}
    decree = {e["basis_article"] for e in expects if e["basis_doc"] == "59/2023/NĐ-CP"}
    assert decree & {13, 14} and decree & {16, 17}


def test_shapes_and_classes():
    """Every case's note starts with a shape and a class tag; among the 30 findings at least five shapes carry four
    or more and every shape is used; the three classes carry ten findings each; clean cases are tagged clean."""
    cases = LABELLED.cases()
    assert LABELLED.tag_problems() == []
    per_shape = LABELLED.finding_shapes()
    assert sum(1 for n in per_shape.values() if n >= 4) >= 5, per_shape
    assert set(per_shape) == SHAPES, per_shape
    # a role concurrency is an actor finding: one person holding two posts the law keeps apart
    assert all(shape_tag(c)[1] == "actor" for c in cases for e in c["expect"] if e["kind"] == "role_concurrency")


def test_split_findings_are_wrapped():
    """A finding tagged split sits on a line hard-wrapped mid-sentence: the line before it does not end a sentence."""
    for c in LABELLED.cases():
        if c["clean"] or shape_tag(c)[0] != "split":
            continue
        line = c["expect"][0]["line"]
        before = LABELLED.lines(c["file"])[line - 2].rstrip()
        assert before and not before.endswith((".", ";", ":")), c["id"]


def test_coverage_of_the_set():
    """Dates before and after the 2025 reform, all from Decree 59's entry into force; agency and commune quy chế,
    plans, reports and at least 15 documents of other kinds; 2-6 lawful sentences in every document, at least 100."""
    cases = LABELLED.cases()
    assert all("2023-08-15" <= c["as_of"] <= "2026-12-31" for c in cases)
    n = LABELLED.reform_counts()
    assert n["before"] >= 10 and n["after"] >= 10 and n["clean_before"] >= 3 and n["clean_after"] >= 3
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_co_quan"] >= 3 and types["quy_che_xa"] >= 3
    assert types["ke_hoach"] >= 3 and types["bao_cao"] >= 3 and types[None] >= 15
    assert all(2 <= len(c["must_not_flag"]) <= 6 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 100


def test_lawful_sentences_do_not_sit_on_a_finding():
    """No lawful sentence shares a line with the case's finding."""
    for c in LABELLED.cases():
        found = {e["line"] for e in c["expect"]}
        assert not found & {m["line"] for m in c["must_not_flag"]}, c["id"]


def test_no_district_after_the_reform():
    """A document dated from 01/07/2025 names no district (huyện) and no thị trấn — the set's lawful sentences must
    not lean on an outdated level of government."""
    assert LABELLED.naming_after_reform("huyện", "thị trấn") == []


def test_the_set_was_opened_for_study():
    """Blind until session 37, which opened it (with the other oldest blind sets): it is studied now and keeps floors."""
    assert "checker_unseen100" not in BLIND
