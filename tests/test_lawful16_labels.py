"""The coverage brief of tests/data/checker_lawful16/ (written as a blind set, opened for study in session 28, of 30 short lawful documents about who
convenes, chairs, sets up, recognises and signs — village and tổ dân phố meetings, Trưởng thôn elections and
dismissals, hội nghị định kỳ, Ban Thanh tra nhân dân and Ban Giám sát đầu tư của cộng đồng, agency and
state-enterprise conferences, non-state employers — with attending, invited, reporting and delegated roles
in the same lines).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, REVIEW_DAY, LabelledSet

LABELLED = LabelledSet("checker_lawful16")


def test_the_lawful_brief_is_kept():
    """30 documents of 6-24 lines, all clean, valid labels; 3-8 lawful sentences a naive checker flags in each,
    at least 120 in all."""
    assert LABELLED.lawful_brief_problems() == []


def test_mix_of_types_and_years():
    """Plans, reports and untyped documents (minutes, notices, decisions); dates before and after the 2025 reform."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["ke_hoach"] >= 3 and types["bao_cao"] >= 3 and types[None] >= 15
    years = {c["as_of"][:4] for c in cases}
    assert {"2022", "2023", "2024", "2025", "2026"} <= years
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(before) >= 10 and len(after) >= 10
    assert sum(c["as_of"] == REVIEW_DAY for c in cases) >= 1


def test_every_lawful_sentence_names_its_basis():
    """Each must_not_flag item says which provision makes it lawful (or, for numbers, that they add up)."""
    for c in LABELLED.cases():
        for m in c["must_not_flag"]:
            assert any(k in m["why"] for k in ("Luật", "NĐ", "Điều", "khớp", "hợp pháp")), (c["id"], m["contains"])


def test_the_set_was_opened_for_study():
    """Blind until session 28, which opened it (with the other two oldest sets): it is studied now and keeps floors."""
    assert "checker_lawful16" not in BLIND
