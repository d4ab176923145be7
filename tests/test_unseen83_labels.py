"""The coverage brief of tests/data/checker_unseen83/ (written as a blind held-out set, opened for study in session 29 at commune and village level: what the
commune publishes and for how long, comments on drafts, community decisions by meeting, ballot or online vote and
their thresholds, the village meeting and its notice, the Trưởng thôn and the Ban công tác Mặt trận, the Ban Thanh
tra nhân dân and the Ban giám sát đầu tư của cộng đồng, hương ước / quy ước, HĐND resolutions on measures, and
citations the 2025 reform made outdated; the invented province of Kim Sơn).

Forty short documents of one provision each — not the 13-document writers' brief, so ``brief_problems`` does not
apply. The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these tests
read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen83")


def test_the_sets_shape():
    """40 documents of 6-24 lines with valid labels: 30 with exactly one expected finding, 10 clean; 2-6 lawful
    sentences each and at least 100 in all."""
    assert LABELLED.short_brief_problems(lawful=True) == []


def test_spread_of_findings():
    """30 findings on at least 15 provisions, at most three on one; the four main kinds and at least three
    internal-consistency findings; mostly lỗi and cảnh báo."""
    expects = LABELLED.expects()
    assert len(expects) == 30
    provisions = {(e["basis_doc"], e["basis_article"], e["basis_clause"]) for e in expects if e["basis_doc"]}
    assert len(provisions) >= 15
    assert LABELLED.most_per_provision() <= 3
    kinds = Counter(e["kind"] for e in expects)
    assert {"conflict", "required_content", "role_concurrency", "outdated_reference"} <= set(kinds)
    assert kinds["internal_consistency"] >= 3
    grades = Counter(e["severity"] for e in expects)
    assert grades["lỗi"] + grades["cảnh báo"] >= 27 and grades["cảnh báo"] >= 3
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs


def test_coverage_of_the_set():
    """Commune and village documents of every kind, dated before and after the 2025 reform; drafts on review day."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types[None] >= 12 and types["ke_hoach"] >= 4 and types["huong_uoc"] >= 4
    assert types["quy_che_xa"] >= 2 and types["bao_cao"] >= 3 and types["nghi_quyet_bien_phap"] >= 2
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(before) >= 12 and len(after) >= 12
    assert any(c["as_of"] < "2023-07-01" for c in cases)
    assert sum(c["as_of"] == "2026-12-02" for c in cases) >= 2


def test_the_set_was_opened_for_study():
    """Blind until session 29, which opened it (with the other oldest blind recall set): it is studied now and keeps floors."""
    assert "checker_unseen83" not in BLIND
