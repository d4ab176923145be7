"""The coverage brief of tests/data/checker_unseen31/ (a blind held-out set: mountains, forests and
terraced fields, pasted in unusual shapes).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import REVIEW_DAY, LabelledSet

LABELLED = LabelledSet("checker_unseen31")

# Which documents concern a workplace (agency, school, enterprise); the rest are community documents.
WORKPLACE = {"n07-quy-che-dan-chu-lam-nghiep-van-linh", "n08-quy-che-dan-chu-bql-rung-phong-ho-2024",
             "n09-quy-che-dan-chu-che-suong-may-2022", "n10-quy-che-dan-chu-du-lich-ruong-tang-may",
             "n11-bien-ban-hoi-nghi-vien-chuc-mu-suong", "n13-du-thao-ke-hoach-hoi-nghi-nld-2027"}


def test_problems_are_none():
    assert [p for c in LABELLED.cases() for p in LABELLED.case_problems(c)] == []


def test_coverage_of_the_set():
    """13 documents of 25-70 lines, community and workplace roughly even; about a quarter clean; two
    documents from 2019-2022 that are clean for their own date, one from before the 2025 reform and a
    draft checked on the review day; at least 35 findings and 110 must_not_flag items."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    for c in cases:
        text = (LABELLED.folder / c["file"]).read_text(encoding="utf-8")
        assert 25 <= len(text.rstrip("\n").split("\n")) <= 70, c["file"]
    ids = {c["id"] for c in cases}
    assert WORKPLACE <= ids
    assert 6 <= len(WORKPLACE) <= 7
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_xa"] >= 1 and types["huong_uoc"] >= 1 and types["nghi_quyet_bien_phap"] >= 1
    assert types["quy_che_doanh_nghiep"] >= 3 and types["quy_che_co_quan"] >= 1
    assert types["ke_hoach"] >= 2 and types["bao_cao"] >= 1 and types[None] >= 3
    clean = [c for c in cases if c["clean"]]
    assert 3 <= len(clean) <= 4
    old = [c for c in cases if c["as_of"] < "2023-01-01"]
    assert len(old) == 2 and all(c["clean"] for c in old)
    assert any("2024-01-01" <= c["as_of"] < "2025-07-01" for c in cases)
    assert any(c["as_of"] == REVIEW_DAY for c in cases)
    for c in cases:
        assert 8 <= len(c["must_not_flag"]) <= 17, c["id"]
        assert c["clean"] or 2 <= len(c["expect"]) <= 6, c["id"]
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert sum(len(c["expect"]) for c in cases) >= 35


def test_spread_of_findings():
    """No provision carries more than three findings, every grade is used, and the Law, both decrees,
    the labour code, the dialogue decree and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "145/2020/NĐ-CP", "45/2019/QH14", "72/2025/QH15"} <= docs
    kinds = {e["kind"] for e in expects}
    assert {"conflict", "required_content", "role_concurrency", "outdated_reference",
            "internal_consistency", "draft_completeness"} <= kinds


def test_post_reform_documents_name_no_district_unlabelled():
    """A document checked from 01/07/2025 that names a district or thị trấn carries the finding for it."""
    for c in LABELLED.cases():
        if c["as_of"] < "2025-07-01":
            continue
        lines = LABELLED.lines(c["file"])
        flagged = {e["line"] for e in c["expect"] if e["basis_doc"] == "72/2025/QH15"}
        for i, line in enumerate(lines, 1):
            if "huyện" in line.lower() or "thị trấn" in line.lower():
                assert i in flagged, (c["id"], i)
