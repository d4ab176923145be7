"""checker_dev_lawful_acts (s25-lp): the coverage brief of the set — labels only, the checker is not run here."""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

SET = LabelledSet("checker_dev_lawful_acts")


def test_every_case_valid_and_clean():
    cases = SET.cases()
    assert len(cases) == 24
    assert [p for c in cases for p in SET.case_problems(c)] == []
    assert all(c["clean"] and c["expect"] == [] for c in cases)
    assert SET.expects() == []


def test_short_documents_and_lawful_sentences():
    cases = SET.cases()
    assert all(6 <= SET.line_count(c["file"]) <= 24 for c in cases)
    assert all(3 <= len(c["must_not_flag"]) <= 8 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 90


def test_mix_of_types_and_years():
    cases = SET.cases()
    types = Counter(c["type"] for c in cases)
    assert types[None] >= 12 and {"ke_hoach", "bao_cao"} <= set(types)
    before = sum(c["as_of"] < "2025-07-01" for c in cases)
    assert 8 <= before <= 16 and len(cases) - before >= 8
    assert {c["as_of"][:4] for c in cases} >= {"2023", "2024", "2025", "2026"}
