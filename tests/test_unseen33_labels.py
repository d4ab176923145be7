"""The coverage brief of tests/data/checker_unseen33/ (a blind held-out set on islands, salt fields and
lighthouses, in the shapes users really paste: OCR text, flattened Word files, e-mail and Zalo forwards).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import REVIEW_DAY, LabelledSet

LABELLED = LabelledSet("checker_unseen33")


def test_coverage_of_the_set():
    """13 documents, community and workplace roughly even; about a quarter clean; two documents of
    2021-2022 checked as of their own date; at least 35 findings and 110 must_not_flag items."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    assert all(1 <= i <= 13 for i in (int(c["file"][1:3]) for c in cases))
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 2 and types["quy_che_xa"] >= 1 and types["nghi_quyet_bien_phap"] >= 1
    assert types["quy_che_doanh_nghiep"] >= 2 and types["quy_che_co_quan"] >= 1
    assert types["ke_hoach"] >= 2 and types["bao_cao"] >= 1 and types[None] >= 3
    clean = sum(c["clean"] for c in cases)
    assert 3 <= clean <= 4
    years = Counter(c["as_of"][:4] for c in cases)
    assert years["2021"] + years["2022"] >= 2
    assert {"2025", "2026"} <= set(years)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert all(8 <= len(c["must_not_flag"]) <= 17 for c in cases)
    assert sum(len(c["expect"]) for c in cases) >= 35
    assert all(2 <= len(c["expect"]) <= 6 for c in cases if not c["clean"])


def test_old_documents_are_checked_at_their_own_date():
    """The 2021-2022 documents carry no finding that rests on the law or the reform that came later."""
    for case in LABELLED.cases():
        if case["as_of"] < "2023-07-01":
            assert all(e["basis_doc"] is None for e in case["expect"]), case["id"]


def test_spread_of_findings():
    """No provision carries more than three findings, every grade is used, drafts are checked on the
    review day, and the labour-law dialogue decree and the 2025 reform are both represented."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "145/2020/NĐ-CP", "45/2019/QH14", "72/2025/QH15"} <= docs
    kinds = Counter(e["kind"] for e in expects)
    assert {"conflict", "role_concurrency", "outdated_reference", "required_content",
            "internal_consistency", "draft_completeness"} <= set(kinds)
    for case in LABELLED.cases():
        if any(e["kind"] == "draft_completeness" for e in case["expect"]):
            assert case["as_of"] == REVIEW_DAY
