"""The coverage brief of tests/data/checker_unseen35/ (a blind, workplace-heavy held-out set:
ports, shipyards, textile mills, vocational schools).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen35")


def test_coverage_of_the_set():
    """13 documents, at least 9 of them workplace documents; about a quarter clean; a document dated
    before the Law took effect, one before the 2025 reform, and documents after it; at least 35
    findings and 110 must_not_flag items, 8 to 17 per document."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_co_quan"] >= 1 and types["quy_che_doanh_nghiep"] >= 3
    assert types["huong_uoc"] >= 1 and types["bao_cao"] >= 3 and types["ke_hoach"] >= 1
    assert types[None] >= 4
    clean = sum(c["clean"] for c in cases)
    assert 3 <= clean <= 4
    assert any(c["as_of"] < "2023-07-01" and c["clean"] for c in cases)
    assert any("2023-07-01" <= c["as_of"] < "2025-07-01" and c["clean"] for c in cases)
    years = {c["as_of"][:4] for c in cases}
    assert {"2023", "2024", "2025", "2026"} <= years
    assert all(8 <= len(c["must_not_flag"]) <= 17 for c in cases)
    assert all(2 <= len(c["expect"]) <= 6 for c in cases if not c["clean"])
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert sum(len(c["expect"]) for c in cases) >= 35


def test_documents_are_of_the_brief_length():
    for case in LABELLED.cases():
        text = (LABELLED.folder / case["file"]).read_text(encoding="utf-8")
        assert 25 <= len(text.rstrip("\n").split("\n")) <= 70, case["file"]


def test_spread_of_findings():
    """No provision carries more than three findings, every grade is used, and the Law, both decrees,
    the Labour Code, the dialogue decree and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP", "145/2020/NĐ-CP", "45/2019/QH14", "72/2025/QH15"} <= docs
    reform = [e for e in expects if e["basis_doc"] == "72/2025/QH15"]
    assert all(e["basis_article"] is None for e in reform)
