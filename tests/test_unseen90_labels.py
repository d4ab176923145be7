"""The coverage brief of tests/data/checker_unseen90/ (written as a blind held-out set, opened for study in session 32: across every level of grassroots
democracy in the invented province of Quảng Lâm: a merged commune's Quy chế, plan and year-end report, an HĐND xã
resolution on measures, a merged village's hương ước, minutes of a Trưởng thôn election and of a thị trấn's Ban Thanh
tra nhân dân, a public health unit's Quy chế, a state company's draft and a private company's workplace Quy chế, a
budget notice, and decisions setting up a Ban Giám sát đầu tư của cộng đồng and an election team).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen90")


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3-4 clean, 8-17 lawful sentences each (110 in all), at least 35 findings
    (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """The set's own mix: every document type the brief asks for, at least three null documents, and about a third
    of the documents dated before the 2025 reform."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    for needed in ("ke_hoach", "bao_cao", "huong_uoc", "quy_che_xa", "nghi_quyet_bien_phap"):
        assert types[needed] >= 1, needed
    assert types["quy_che_co_quan"] + types["quy_che_doanh_nghiep"] >= 1
    assert types[None] >= 3
    years = {c["as_of"][:4] for c in cases}
    assert {"2024", "2025", "2026"} <= years
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert 4 <= len(before) <= 6 and len(after) >= 7
    assert any(c["as_of"] == "2026-12-02" for c in cases)


def test_spread_of_findings():
    """The Law, both decrees, the labour rules and the 2025 reform are all represented among the bases."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "45/2019/QH14", "145/2020/NĐ-CP",
            "72/2025/QH15"} <= docs
    articles = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert articles >= {13, 21, 32, 33, 36, 37, 39, 41, 42, 51, 60, 65, 73, 77, 90}
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["role_concurrency"] >= 5 and kinds["outdated_reference"] >= 5


def test_the_set_was_opened_for_study():
    """Blind until session 32, which opened it (with the other oldest blind recall set): it is studied now and keeps floors."""
    assert "checker_unseen90" not in BLIND
