"""The coverage brief of tests/data/checker_unseen88/ (written as a blind held-out set, opened for study in session 31: on the commune level and the people's
supervision in the invented province Hà Vân: forty short documents, one provision each — quy chế excerpts, plans,
reports, the Front's decisions and notices, minutes of the Ban Thanh tra nhân dân and of the Ban Giám sát đầu tư của
cộng đồng, village and tổ dân phố notices — dated before and after the 2025 reform).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations


from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen88")


def test_the_writers_brief():
    """40 documents of 6-24 lines with valid labels: 30 with exactly one expected finding, 10 clean."""
    assert LABELLED.short_brief_problems() == []


def test_every_finding_is_an_unlawful_act():
    """Only conflict or role_concurrency, graded lỗi or cảnh báo, each on a line of the document with the law's basis."""
    expects = LABELLED.expects()
    assert len(expects) == 30
    assert {e["kind"] for e in expects} <= {"conflict", "role_concurrency"}
    assert {e["severity"] for e in expects} <= {"lỗi", "cảnh báo"}
    assert all(e["line"] is not None and e["basis_doc"] in {"10/2022/QH15", "59/2023/NĐ-CP"} for e in expects)
    assert all(e["basis_article"] and e["basis_clause"] for e in expects)


def test_spread_of_provisions():
    """Beyond the brief's spread of provisions (short_brief_problems): the Law's articles on publishing, comments and
    the supervision boards all carry findings."""
    expects = LABELLED.expects()
    articles = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert {13, 28, 36, 37, 39, 40, 41, 45} <= articles


def test_shapes_of_the_acts():
    """Every case's note starts with a shape tag; at least five shapes each carry at least four of the 30 findings."""
    assert LABELLED.tag_problems(classes=False) == []
    carried = LABELLED.finding_shapes()
    assert sum(carried.values()) == 30
    assert sum(1 for n in carried.values() if n >= 4) >= 5


def test_dates_before_and_after_the_reform():
    """Documents before 01/07/2025 (district level and thị trấn) and after, with a lawful restatement in clean ones."""
    cases = LABELLED.cases()
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(before) >= 10 and len(after) >= 20
    assert any(c["as_of"] < "2023-07-01" for c in cases)
    assert all(len(c["must_not_flag"]) >= 3 for c in cases if c["clean"])
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80


def test_the_set_was_opened_for_study():
    """Blind until session 31, which opened it (with the other oldest blind recall set): it is studied now and keeps floors."""
    assert "checker_unseen88" not in BLIND
