"""The coverage brief of tests/data/checker_unseen98/ (written as a blind held-out set, opened for study in session 36: on what a commune must publish, what the
people discuss and decide, and what they comment on before the commune decides — Law 10/2022/QH15 Arts. 11-20 and
25-26 with Chapter I, Decrees 59/2023 and 61/2023 — in the merged commune of Mai Lâm, province of Thanh Nguyên, and its
villages and tổ dân phố, after the 2025 reform and in the same places before it: village minutes of 2022, 2024 and
2025, commune publishing plans and reports, a posting notice, syntheses of residents' comments, an HĐND xã resolution,
a tổ dân phố ballot plan and a draft plan for comments on the commune's Quy chế).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, REVIEW_DAY, LabelledSet

LABELLED = LabelledSet("checker_unseen98")


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3-4 clean, 8-17 lawful sentences each (110 in all), at least 35 findings
    (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """Plans, reports, minutes and a notice, dated before the Law took effect, between the Law and the 2025 reform,
    and after it; a draft checked on the review day."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["ke_hoach"] >= 3 and types["bao_cao"] >= 3 and types[None] >= 3
    years = {c["as_of"][:4] for c in cases}
    assert {"2022", "2023", "2024", "2025", "2026"} <= years
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert 4 <= len(before) <= 6 and len(after) >= 7
    old = [c for c in cases if c["as_of"] < "2023-07-01"]
    assert len(old) >= 2 and all(e["basis_doc"] is None for c in old for e in c["expect"]), \
        "documents checked under the ordinance, with no finding resting on the later law"
    assert any(c["clean"] for c in old) and any(c["clean"] for c in after)
    assert any(c["clean"] for c in before if c["as_of"] >= "2023-07-01")
    drafts = [c for c in cases if any(e["kind"] == "draft_completeness" for e in c["expect"])]
    assert drafts and all(c["as_of"] == REVIEW_DAY for c in drafts)


def test_spread_of_findings():
    """Law 10/2022 Arts. 11-20, 25-26 and Chapter I, Decrees 59 and 61 and the 2025 reform are represented; findings
    spread over many articles and every kind the brief names."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs
    articles = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert articles >= {9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 25, 26}
    provisions = {(e["basis_doc"], e["basis_article"], e["basis_clause"]) for e in expects if e["basis_doc"]}
    assert len(provisions) >= 22
    decree59 = {e["basis_article"] for e in expects if e["basis_doc"] == "59/2023/NĐ-CP"}
    assert {3, 4} <= decree59
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["role_concurrency"] >= 3 and kinds["outdated_reference"] >= 5 and kinds["internal_consistency"] >= 6
    assert kinds["required_content"] >= 2 and kinds["draft_completeness"] >= 2 and kinds["conflict"] >= 20
    grades = Counter(e["severity"] for e in expects)
    assert grades["cảnh báo"] >= 8 and grades["gợi ý"] >= 2
    assert any(e["kind"] == "role_concurrency" and e["severity"] == "cảnh báo" for e in expects)
    assert any(e["kind"] == "role_concurrency" and e["severity"] == "lỗi" for e in expects)
    assert sum(e["line"] is None for e in expects) >= 2, "missing content labelled by its basis"
    after = [e for c in LABELLED.cases() if c["as_of"] >= "2025-07-01" for e in c["expect"]]
    assert sum(e["basis_doc"] == "72/2025/QH15" for e in after) >= 2, "the old world carried past the reform"


def test_lawful_sentences_a_naive_reader_flags():
    """Lawful sentences that look like violations: old units marked as former, the ordinance before mid-2023,
    periods and shares that are right though they look odd."""
    mnf = [m for c in LABELLED.cases() for m in c["must_not_flag"]]
    assert sum(len(c["must_not_flag"]) for c in LABELLED.cases()) >= 130
    assert sum("(cũ)" in m["contains"] or " cũ" in m["contains"] for m in mnf) >= 6
    assert sum("ngày" in m["contains"] and any(ch.isdigit() for ch in m["contains"]) for m in mnf) >= 10
    assert sum("%" in m["contains"] for m in mnf) >= 6


def test_the_set_was_opened_for_study():
    """Blind until session 36, which opened it (with the other oldest blind sets): it is studied now and keeps floors."""
    assert "checker_unseen98" not in BLIND
