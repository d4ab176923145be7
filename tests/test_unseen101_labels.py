"""The coverage brief of tests/data/checker_unseen101/ (written as a blind held-out set, opened for study in session 38: on a year of the thôn and tổ dân phố —
electing and dismissing the Trưởng thôn / Tổ trưởng tổ dân phố, the annual community meeting, the Ban công tác Mặt
trận's work, village contributions and their accounts, the commune's guidance and reports — Law 10/2022/QH15 Arts. 5-10,
15-23, 27, 30-31, 33 and Decree 59/2023/NĐ-CP Arts. 3-11, in the merged commune of Phú Lộc, province of Lạc Sơn, after
the 2025 reform, and in the same villages of xã Hòa Phú and xã Thượng Lộc, huyện Vân Khê, before it).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, REVIEW_DAY, SHAPES, LabelledSet, shape_tag

LABELLED = LabelledSet("checker_unseen101")


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3-4 clean, 8-17 lawful sentences each (110 in all), at least 35 findings
    (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """Minutes, decisions, plans and reports, dated under the ordinance, between the Law and the 2025 reform, and
    after it; a draft checked on the review day; a clean document in each period."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["ke_hoach"] >= 3 and types["bao_cao"] >= 2 and types[None] >= 6
    years = {c["as_of"][:4] for c in cases}
    assert {"2022", "2024", "2025", "2026"} <= years
    counts = LABELLED.reform_counts()
    assert 4 <= counts["before"] <= 6 and counts["after"] >= 7
    old = [c for c in cases if c["as_of"] < "2023-07-01"]
    assert len(old) >= 2 and all(e["basis_doc"] is None for c in old for e in c["expect"]), \
        "documents checked under the ordinance, with no finding resting on the later law"
    assert any(c["clean"] for c in old)
    assert any(c["clean"] for c in cases if "2023-08-15" <= c["as_of"] < "2025-07-01")
    assert sum(c["clean"] for c in cases if c["as_of"] >= "2025-07-01") >= 2
    drafts = [c for c in cases if any(e["kind"] == "draft_completeness" for e in c["expect"])]
    assert drafts and all(c["as_of"] == REVIEW_DAY for c in drafts)
    assert all(shape_tag(c)[0] in SHAPES for c in cases), "every case tagged with the shape of its key sentence"
    assert LABELLED.naming_after_reform("huyện"), "some documents after the reform still carry the district"


def test_spread_of_findings():
    """Law 10/2022 (its Chapter I and the Articles on the village), Decree 59 Arts. 3-11 and the 2025 reform are
    represented; findings spread over many provisions and every kind the brief names."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "72/2025/QH15", "65/2025/QH15"} <= docs
    law = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert law >= {5, 9, 16, 17, 19, 20, 21, 30, 33, 90}
    decree59 = {e["basis_article"] for e in expects if e["basis_doc"] == "59/2023/NĐ-CP"}
    assert decree59 >= {3, 6, 8, 9, 10, 11}
    provisions = {(e["basis_doc"], e["basis_article"], e["basis_clause"]) for e in expects if e["basis_doc"]}
    assert len(provisions) >= 20
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["conflict"] >= 18 and kinds["internal_consistency"] >= 6 and kinds["outdated_reference"] >= 5
    assert kinds["role_concurrency"] >= 2 and kinds["required_content"] >= 2 and kinds["draft_completeness"] >= 2
    grades = Counter(e["severity"] for e in expects)
    assert grades["lỗi"] >= 25 and grades["cảnh báo"] >= 7 and grades["gợi ý"] >= 2
    assert any(e["kind"] == "role_concurrency" and e["severity"] == "cảnh báo" for e in expects)
    assert any(e["kind"] == "role_concurrency" and e["severity"] == "lỗi" for e in expects)
    assert any(e["line"] is None for e in expects), "missing content labelled by its basis"
    after = [e for c in LABELLED.cases() if c["as_of"] >= "2025-07-01" for e in c["expect"]]
    assert sum(e["basis_doc"] == "72/2025/QH15" for e in after) >= 2, "the old world carried past the reform"
    assert sum(e["kind"] == "outdated_reference" and e["basis_doc"] == "10/2022/QH15" for e in after) >= 2, \
        "the ordinance cited after the Law replaced it"


def test_lawful_sentences_a_naive_reader_flags():
    """Lawful sentences that look like violations: old units named before the reform or marked as former after it,
    the ordinance before mid-2023, deadlines and shares that are right though they look odd."""
    cases = LABELLED.cases()
    mnf = [m for c in cases for m in c["must_not_flag"]]
    assert len(mnf) >= 150
    assert sum("(cũ)" in m["contains"] or " cũ" in m["contains"] for m in mnf) >= 6
    assert sum("huyện" in m["contains"].lower() for m in mnf) >= 8
    assert sum("ngày" in m["contains"] and any(ch.isdigit() for ch in m["contains"]) for m in mnf) >= 20
    assert sum("%" in m["contains"] for m in mnf) >= 10
    assert sum("34/2007" in m["contains"] for c in cases if c["as_of"] < "2023-07-01" for m in c["must_not_flag"]) >= 2


def test_the_set_was_opened_for_study():
    """Blind until session 38, which opened it (with the other oldest blind sets): it is studied now and keeps floors."""
    assert "checker_unseen101" not in BLIND
