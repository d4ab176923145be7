"""The coverage brief of tests/data/checker_unseen92/ (written as a blind held-out set, opened for study in session 33: on grassroots democracy in the commune:
a hương ước recognised before Decree 61/2023 and a draft quy ước of a merged ward, the decision recognising a
replacing hương ước, minutes of a dismissal meeting, of a contribution meeting and of a household ballot with an
online vote, a Ban Thanh tra nhân dân report and election minutes, a Ban Giám sát đầu tư của cộng đồng report, a
commune notice on publication, a plan for gathering opinions, an HĐND xã resolution on measures and a Ban công tác
Mặt trận report, in the invented province of Thạch Lâm, 2023-2026).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen92")


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3-4 clean, 8-17 lawful sentences each (110 in all), at least 35 findings
    (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates before and after the 2025 reform."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 2 and types["bao_cao"] >= 1 and types["ke_hoach"] >= 1
    assert types["nghi_quyet_bien_phap"] >= 1 and types[None] >= 3
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert 4 <= len(before) <= 6 and len(after) >= 7
    assert any(c["as_of"] < "2023-07-01" for c in cases), "a document checked under the law before Law 10/2022"


def test_spread_of_findings():
    """Law 10/2022, both decrees and the 2025 reform are represented; the Law's rules on meetings, thresholds,
    publication, opinion-gathering and the two supervision boards all carry findings."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs
    articles = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert articles >= {12, 13, 17, 20, 21, 28, 37, 41}
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["role_concurrency"] >= 3 and kinds["outdated_reference"] >= 3 and kinds["internal_consistency"] >= 3


def test_the_set_was_opened_for_study():
    """Blind until session 33, which opened it (with the other oldest blind sets): it is studied now and keeps floors."""
    assert "checker_unseen92" not in BLIND
