"""The coverage brief of tests/data/checker_unseen46/ (a blind set on state agencies and public service units).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen46")


def test_schema_of_every_case():
    assert [p for c in LABELLED.cases() for p in LABELLED.case_problems(c)] == []


def test_coverage_of_the_set():
    """13 documents of agencies and units; about a quarter clean; documents dated before the Law
    took effect, before the 2025 reform and after it; at least 35 findings and 110 must_not_flag items."""
    cases = LABELLED.cases()
    assert len(cases) == 13
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_co_quan"] >= 3 and types["bao_cao"] >= 3
    assert types["ke_hoach"] >= 1 and types[None] >= 4
    clean = sum(c["clean"] for c in cases)
    assert 3 <= clean <= 4
    assert any(c["as_of"] < "2023-07-01" for c in cases)
    assert any("2023-07-01" <= c["as_of"] < "2025-07-01" for c in cases)
    assert any(c["as_of"] >= "2025-07-01" for c in cases)
    assert all(8 <= len(c["must_not_flag"]) <= 17 for c in cases)
    assert all(2 <= len(c["expect"]) <= 6 for c in cases if not c["clean"])
    assert sum(len(c["must_not_flag"]) for c in cases) >= 110
    assert sum(len(c["expect"]) for c in cases) >= 35


def test_spread_of_findings():
    """No provision carries more than three findings, every grade is used, and the Law, Decree 59/2023,
    the labour code, Decree 145/2020 and the 2025 reform are all represented."""
    expects = LABELLED.expects()
    assert LABELLED.most_per_provision() <= 3
    assert {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"}
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "45/2019/QH14", "145/2020/NĐ-CP", "72/2025/QH15"} <= docs


def test_files_are_utf8_and_sized():
    for case in LABELLED.cases():
        raw = (LABELLED.folder / case["file"]).read_bytes()
        text = raw.decode("utf-8")
        assert b"\r" not in raw and b"\x00" not in raw
        assert 25 <= len(text.rstrip("\n").split("\n")) <= 70, case["file"]
    readme = (LABELLED.folder / "README.md").read_text(encoding="utf-8")
    assert all(c["file"] in readme for c in LABELLED.cases())
