"""The coverage brief of tests/data/checker_unseen87/ (written as a blind held-out set, opened for study in session 31: at the village level: forty short
hương ước and quy ước excerpts, village and tổ dân phố minutes, notices, an invitation, Front committee letters and
decisions, commune letters, plans and decisions and a village report, each on one provision of Law 10/2022 Chương II,
Decree 59/2023 or Decree 61/2023; thirty carry exactly one act the law does not allow, ten are clean).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet, shape_tag

LABELLED = LabelledSet("checker_unseen87")


def test_the_writers_brief():
    """40 valid documents of 6-24 lines; 30 with exactly one finding, 10 clean; at least 15 provisions, at most
    three findings on one; every finding an act the law does not allow (conflict or role_concurrency), graded
    lỗi or cảnh báo."""
    assert LABELLED.short_brief_problems() == []
    expects = LABELLED.expects()
    assert {e["kind"] for e in expects} <= {"conflict", "role_concurrency"}
    assert {e["severity"] for e in expects} <= {"lỗi", "cảnh báo"}
    assert all(e["line"] is not None and e["basis_doc"] for e in expects)


def test_shapes_of_the_sentences():
    """Every note starts with a shape tag; at least five shapes carry at least four of the 30 findings each."""
    cases = LABELLED.cases()
    assert LABELLED.tag_problems(classes=False) == []
    carried = LABELLED.finding_shapes()
    assert sum(carried.values()) == 30
    assert sum(1 for n in carried.values() if n >= 4) >= 5
    assert len({shape_tag(c)[0] for c in cases if c["clean"]}) >= 5


def test_coverage_of_the_set():
    """Lawful sentences everywhere; the Law and both decrees; dates before and after the 2025 reform, and a draft."""
    cases = LABELLED.cases()
    assert all(c["must_not_flag"] for c in cases)
    assert all(len(c["must_not_flag"]) >= 3 for c in cases if c["clean"])
    assert sum(len(c["must_not_flag"]) for c in cases) >= 100
    docs = Counter(e["basis_doc"] for e in LABELLED.expects())
    assert docs["10/2022/QH15"] >= 8 and docs["59/2023/NĐ-CP"] >= 8 and docs["61/2023/NĐ-CP"] >= 6
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 6 and types["ke_hoach"] >= 3 and types["bao_cao"] >= 1 and types[None] >= 20
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(before) >= 12 and len(after) >= 12
    assert any(c["as_of"] < "2023-07-01" and c["clean"] for c in cases)
    assert any(c["as_of"] == "2026-12-02" for c in cases)


def test_the_set_was_opened_for_study():
    """Blind until session 31, which opened it (with the other oldest blind recall set): it is studied now and keeps floors."""
    assert "checker_unseen87" not in BLIND
