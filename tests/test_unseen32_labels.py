"""The coverage brief of tests/data/checker_unseen32/ (a blind held-out set on dates, periods, counts and sums).

Theme: birds and orchards in an invented province, community and workplace documents, before the Law,
before and after the 2025 two-tier reform. The schema checks common to every labelled set are in
tests/test_labelled_sets.py; like them, these tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import REVIEW_DAY, LabelledSet

LABELLED = LabelledSet("checker_unseen32")


def test_coverage_of_the_set():
    """13 documents of every type, about a quarter clean; a document from before the Law, documents from
    before and after the 2025 reform and a draft checked on the review day; at least 35 findings and
    110 must_not_flag items, 8 to 17 of them in every document."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 1 and types["quy_che_xa"] >= 1 and types["quy_che_co_quan"] >= 1
    assert types["quy_che_doanh_nghiep"] >= 2 and types["nghi_quyet_bien_phap"] >= 1
    assert types["ke_hoach"] >= 1 and types["bao_cao"] >= 2 and types[None] >= 3
    clean = sum(c["clean"] for c in cases)
    assert 3 <= clean <= 4
    as_of = sorted(c["as_of"] for c in cases)
    assert as_of[0] < "2023-07-01"                      # a document from before Law 10/2022 took effect
    assert any("2023-07-01" <= d < "2025-07-01" for d in as_of)
    assert sum(d >= "2025-07-01" for d in as_of) >= 6   # after the two-tier reform
    assert REVIEW_DAY in as_of
    assert sum(len(c["expect"]) for c in cases) >= 35
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert all(8 <= len(c["must_not_flag"]) <= 17 for c in cases)
    assert all(2 <= len(c["expect"]) <= 6 for c in cases if not c["clean"])


def test_spread_of_findings():
    """No provision carries more than three findings, every grade and every kind is used, and the
    commune, workplace, labour-law and 2025-reform bases are all represented."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    assert {e["kind"] for e in expects} == {"conflict", "role_concurrency", "outdated_reference",
                                             "internal_consistency", "draft_completeness"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "145/2020/NĐ-CP", "45/2019/QH14", "72/2025/QH15"} <= docs


def test_reform_labels_and_lawful_former_names():
    """Findings resting on the 2025 reform carry no article and sit only in documents dated from
    01/07/2025; documents dated before the reform carry none; former names marked '(cũ)' or
    'trước đây' are protected by must_not_flag items."""
    cases = LABELLED.cases()
    for case in cases:
        for e in case["expect"]:
            if e["basis_doc"] == "72/2025/QH15":
                assert e["basis_article"] is None and e["basis_clause"] is None
                assert case["as_of"] >= "2025-07-01", case["id"]
    former = [m for c in cases if c["as_of"] >= "2025-07-01" for m in c["must_not_flag"]
              if "(cũ)" in m["contains"] or "cũ" in m["contains"].split() or "trước đây" in m["contains"]
              or "trước ngày 01/7/2025" in m["contains"]]
    assert len(former) >= 6
