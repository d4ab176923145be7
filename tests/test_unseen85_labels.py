"""The coverage brief of tests/data/checker_unseen85/ (written as a blind held-out set, opened for study in session 30: on the village's own decisions and
supervision: hương ước and quy ước, the Trưởng thôn / Tổ trưởng tổ dân phố, community meetings and decisions,
contributions, the Ban Thanh tra nhân dân and the Ban Giám sát đầu tư của cộng đồng, citations the 2022 Law or the
2025 reform replaced; forty short documents of the invented province of Bắc Hà, one provision each).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen85")


def test_the_writers_brief():
    """40 documents of 6-24 lines with valid labels: 30 with exactly one finding, 10 clean; 2-6 lawful sentences
    each and at least 100 in all; at least 15 provisions, at most three findings on one."""
    assert LABELLED.short_brief_problems(lawful=True) == []


def test_kinds_and_grades():
    """The five main kinds, at least three internal-consistency slips; grades lỗi and cảnh báo only."""
    expects = LABELLED.expects()
    kinds = Counter(e["kind"] for e in expects)
    assert {"conflict", "required_content", "role_concurrency", "outdated_reference", "internal_consistency"} <= set(kinds)
    assert kinds["internal_consistency"] >= 3
    grades = Counter(e["severity"] for e in expects)
    assert set(grades) == {"lỗi", "cảnh báo"}
    assert grades["lỗi"] > grades["cảnh báo"]
    assert all(e["severity"] == "cảnh báo" for e in expects if e["kind"] == "internal_consistency")


def test_coverage_of_the_set():
    """Types as they come (mostly null: minutes, notices, decisions, letters) and dates on both sides of the reform."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types[None] >= 20 and types["huong_uoc"] >= 4 and types["quy_che_xa"] >= 3 and types["ke_hoach"] >= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2022", "2024", "2025", "2026"} <= years
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(before) >= 12 and len(after) >= 12


def test_spread_of_findings():
    """Law 10/2022, both decrees and the 2025 reform are represented, each decree on several articles."""
    expects = LABELLED.expects()
    docs = Counter(e["basis_doc"] for e in expects if e["basis_doc"])
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= set(docs)
    for doc in ("10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP"):
        assert len({e["basis_article"] for e in expects if e["basis_doc"] == doc}) >= 5, doc


def test_the_set_was_opened_for_study():
    """Blind until session 30, which opened it (with the other oldest blind recall set): it is studied now and keeps floors."""
    assert "checker_unseen85" not in BLIND
