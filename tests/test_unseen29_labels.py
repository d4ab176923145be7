"""The coverage brief of tests/data/checker_unseen29/ (a blind, community-leaning held-out set).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import REVIEW_DAY, LabelledSet

LABELLED = LabelledSet("checker_unseen29")
WORKPLACE = ("n11-", "n12-", "n13-")


def test_coverage_of_the_set():
    """13 documents, at least 9 of them community documents (thôn, tổ dân phố, xã) and the rest
    workplaces; about a quarter clean; a 2022 document from before the Law and a 2024 document from
    before the 2025 reform, both lawful for their date; at least 35 findings and 110 must_not_flag."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    community = [c for c in cases if not c["file"].startswith(WORKPLACE)]
    assert len(community) >= 9
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 2 and types["quy_che_xa"] >= 1 and types["ke_hoach"] >= 1
    assert types["bao_cao"] >= 1 and types[None] >= 5
    assert types["quy_che_doanh_nghiep"] >= 1 and types["quy_che_co_quan"] >= 1
    clean = [c for c in cases if c["clean"]]
    assert 3 <= len(clean) <= 4
    assert any(c["as_of"] < "2023-07-01" for c in clean)
    assert any("2023-07-01" <= c["as_of"] < "2025-07-01" for c in clean)
    years = {c["as_of"][:4] for c in cases}
    assert {"2022", "2024", "2025", "2026"} <= years
    for c in cases:
        assert 8 <= len(c["must_not_flag"]) <= 17, c["id"]
        assert c["clean"] or 2 <= len(c["expect"]) <= 6, c["id"]
        assert 25 <= len(LABELLED.lines(c["file"])) <= 71, c["id"]
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert sum(len(c["expect"]) for c in cases) >= 35


def test_spread_of_findings():
    """No provision carries more than three findings, every grade is used, the draft is checked on
    the review day, and the Law, both decrees, the labour code, the dialogue decree and the 2025
    reform are all represented."""
    cases = LABELLED.cases()
    expects = [e for c in cases for e in c["expect"]]
    per_provision = Counter((e["basis_doc"], e["basis_article"], e["basis_clause"])
                            for e in expects if e["basis_doc"])
    assert max(per_provision.values()) <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    assert {e["kind"] for e in expects} == {"required_content", "conflict", "role_concurrency",
                                            "outdated_reference", "draft_completeness",
                                            "internal_consistency"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "145/2020/NĐ-CP", "45/2019/QH14", "72/2025/QH15"} <= docs
    drafts = [c for c in cases if any(e["kind"] == "draft_completeness" for e in c["expect"])]
    assert drafts and all(c["as_of"] == REVIEW_DAY for c in drafts)


def test_reform_findings_only_after_the_reform():
    """A finding resting on the 2025 reform (72/2025/QH15) is only made on a document checked from
    01/07/2025 and, as the review convention asks, gives no article."""
    for c in LABELLED.cases():
        for e in c["expect"]:
            if e["basis_doc"] == "72/2025/QH15":
                assert c["as_of"] >= "2025-07-01", c["id"]
                assert e["basis_article"] is None and e["basis_clause"] is None
