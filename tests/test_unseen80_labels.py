"""The coverage brief of tests/data/checker_unseen80/ (written as a blind held-out set, opened for study in session 27, on how the commune informs and
consults its people and lets them decide, Law 10/2022 Chương II with Decrees 59/2023 and 61/2023: a commune plan
and its year-end report, a commune quy chế, a draft commune HĐND resolution on measures, a hương ước and a draft
quy ước, minutes of a village meeting, a household ballot count, a consultation notice, a report answering the
people's comments, decisions recognising a Trưởng thôn and setting up a Ban Giám sát đầu tư của cộng đồng, and a
tổ dân phố's year-end meeting plan; invented province of Tân Phong, dated 2024-2026).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen80")


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3-4 clean, 8-17 lawful sentences each (110 in all), at least 35 findings
    (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """The set's own mix: the document types its theme needs and dates before and after the 2025 reform."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    for kind in ("ke_hoach", "bao_cao", "quy_che_xa", "huong_uoc", "nghi_quyet_bien_phap"):
        assert types[kind] >= 1, kind
    assert types[None] >= 3
    years = {c["as_of"][:4] for c in cases}
    assert {"2024", "2025", "2026"} <= years
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(before) >= 4 and len(after) >= 4
    drafts = [c for c in cases if c["as_of"] == "2026-12-02"]
    assert len(drafts) >= 2


def test_spread_of_findings():
    """Law 10/2022 Chương II, both decrees and the 2025 reform are represented; the set is large enough."""
    expects = LABELLED.expects()
    assert 40 <= len(expects) <= 46
    assert sum(len(c["must_not_flag"]) for c in LABELLED.cases()) >= 110
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs
    law_articles = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert law_articles >= {12, 13, 16, 20, 21, 28, 36, 37, 39, 40, 41, 42, 45}
    assert sum(1 for e in expects if e["line"] is None) >= 2


def test_the_set_was_opened_for_study():
    """Blind until session 27, which opened it (with the other two oldest sets): it is studied now and keeps floors."""
    assert "checker_unseen80" not in BLIND
