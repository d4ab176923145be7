"""The coverage brief of tests/data/checker_unseen96/ (written as a blind held-out set, opened for study in session 35: on a commune and its villages before and
after the 2025 two-tier reform, in the invented province of Quảng Lĩnh: xã Lạc Phong, merged on 01/07/2025 from two
communes and a thị trấn of the former huyện Tân Định. Minutes of village meetings electing and dismissing a Trưởng
thôn, two hương ước and a decision recognising one, a plan for a village's year-end conference, a decision setting up
a Ban Giám sát đầu tư của cộng đồng, the merged commune's Quy chế, an HĐND xã resolution on measures, a yearly
report, an election plan for a tổ dân phố, a notice publishing information and a draft plan for gathering opinions).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, REVIEW_DAY, LabelledSet

LABELLED = LabelledSet("checker_unseen96")
REFORM = "2025-07-01"


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3-4 clean, 8-17 lawful sentences each (110 in all), at least 35 findings
    (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """Commune and village documents of many forms, dated under the old rules, under the Law before the reform,
    and after it; a clean document on each side of the reform."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 2 and types["ke_hoach"] >= 3 and types[None] >= 4
    assert types["quy_che_xa"] >= 1 and types["nghi_quyet_bien_phap"] >= 1 and types["bao_cao"] >= 1
    assert not types["quy_che_co_quan"] and not types["quy_che_doanh_nghiep"], "a commune-level set"
    years = {c["as_of"][:4] for c in cases}
    assert {"2022", "2023", "2024", "2025", "2026"} <= years
    before = [c for c in cases if c["as_of"] < REFORM]
    after = [c for c in cases if c["as_of"] >= REFORM]
    assert 4 <= len(before) <= 6 and len(after) >= 7
    old = [c for c in cases if c["as_of"] < "2023-07-01"]
    assert len(old) >= 2 and all(e["basis_doc"] is None for c in old for e in c["expect"]), \
        "documents checked under the rules before Law 10/2022 carry no finding resting on it"
    assert any(c["clean"] for c in before) and any(c["clean"] for c in after)
    drafts = [c for c in cases if any(e["kind"] == "draft_completeness" for e in c["expect"])]
    assert drafts and all(c["as_of"] == REVIEW_DAY for c in drafts)


def test_the_reform_is_checked_by_date():
    """Findings resting on the 2025 reform (Law 72/2025) only on documents dated after it; the replaced 2015 law
    on local government flagged from 01/03/2025 (Law 65/2025) as well."""
    for case in LABELLED.cases():
        for e in case["expect"]:
            if e["basis_doc"] == "72/2025/QH15":
                assert case["as_of"] >= REFORM and e["kind"] == "outdated_reference", case["id"]
            if e["basis_doc"] == "65/2025/QH15":
                assert "2025-03-01" <= case["as_of"] < "2025-06-16", case["id"]
    reform = [e for e in LABELLED.expects() if e["basis_doc"] in {"72/2025/QH15", "65/2025/QH15"}]
    assert len(reform) >= 4


def test_spread_of_findings():
    """Law 10/2022 Ch. I and II, Decrees 59 and 61 and the reform are represented; findings spread over many
    articles and every kind the brief names."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "72/2025/QH15"} <= docs
    articles = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert articles >= {9, 13, 20, 21, 28, 32, 36, 37, 40, 41, 42, 45, 90}
    assert all(a <= 45 for a in articles - {90}), "commune and village provisions only"
    assert {e["basis_article"] for e in expects if e["basis_doc"] == "59/2023/NĐ-CP"} >= {3, 6, 17}
    assert {e["basis_article"] for e in expects if e["basis_doc"] == "61/2023/NĐ-CP"} >= {5, 6, 9, 10, 11, 18}
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["role_concurrency"] >= 3 and kinds["outdated_reference"] >= 5 and kinds["internal_consistency"] >= 5
    assert kinds["required_content"] >= 2 and kinds["draft_completeness"] >= 2 and kinds["conflict"] >= 15
    grades = Counter(e["severity"] for e in expects)
    assert grades["cảnh báo"] >= 6 and grades["gợi ý"] >= 2
    assert any(e["kind"] == "role_concurrency" and e["severity"] == "cảnh báo" for e in expects)
    assert any(e["kind"] == "role_concurrency" and e["severity"] == "lỗi" for e in expects)
    assert any(e["line"] is None for e in expects), "missing content labelled by its basis"
    assert all(e["kind"] not in {"internal_consistency", "draft_completeness"} or e["severity"] != "lỗi"
               for e in expects)


def test_the_set_was_opened_for_study():
    """Blind until session 35, which opened it (with the other oldest blind sets): it is studied now and keeps floors."""
    assert "checker_unseen96" not in BLIND
