"""Each rule on rephrasings of its own examples (``bench/phrasing_bench.py``).

The variants keep the meaning — numbers in words or with a spelled repeat, abbreviations both
ways, old tone placement, a hard line break, a table row, capitals, a list mark, extra spaces —
and each rule runs alone on them, as in ``tests/test_rule_examples.py``. Floors are what the
readers reach today (measured, not wished): a share of ``violates`` variants per family that
must still fire, and a ceiling of ``lawful`` variants that fire (false findings). Raise the
floors and lower the ceilings as the readers improve; never the other way.
"""
from __future__ import annotations

import pytest

from bench.phrasing_bench import FAMILIES, run
from checker.rules import catalogue

#: share of ``violates`` variants that still fire, per family (measured 2026-12-03, rounded down).
#: num_words and abbrev_short were measured again after rounds rulesK/M/N merged: their new examples
#: (IC-52, IC-55, RL-31 in reports, signature blocks) brought variants the readers do not all read yet
#: (305/372, 450/484); no variant that fired before fails now (compared one by one with --json).
#: rulesP (round 7) read spelled numbers as digits in the matching key (``checker.quantities.spelled_number_spans``):
#: num_words 305/372 → 372/372, num_paren 297/325 → 324/325, no variant of another family lost. abbrev_short
#: is 450/484 = 0.9298 on main too: its floor 0.93 was rounded up and failed there; 0.929 is the measure rounded down.
RECALL_FLOOR = {
    "num_words": 1.0, "num_paren": 0.99, "num_plain": 1.0, "num_zero": 1.0,
    "abbrev_short": 0.929, "abbrev_long": 0.99, "tone_old": 1.0, "tone_new": 1.0,
    "split_line": 0.99, "table_row": 0.99, "upper": 0.99, "dash": 1.0, "letter": 1.0, "spaces": 0.99,
}
#: ``lawful`` variants that fire; the goal is 0 everywhere. The ones left come from rule patterns
#: that read digits only ("re:chậm\\s+nhất\\s+\\d+"), a wrap inside an open parenthesis, a table
#: row or a sentence in capitals read as a heading — see the report of branch rulesL.
LAWFUL_CEILING = {"abbrev_short": 1, "split_line": 2, "table_row": 1, "upper": 2}


@pytest.fixture(scope="module")
def measured(store):
    return run(store, catalogue())


@pytest.mark.slow
@pytest.mark.parametrize("family", list(FAMILIES))
def test_family_recall_floor(measured, family):
    table, _ = measured
    n, fired = table[family]["violates"]
    assert n > 0, f"họ biến thể {family} không tạo được biến thể nào"
    assert fired / n >= RECALL_FLOOR[family], f"{family}: chỉ {fired}/{n} biến thể vi phạm còn được phát hiện"


@pytest.mark.slow
@pytest.mark.parametrize("family", list(FAMILIES))
def test_family_lawful_ceiling(measured, family):
    table, failures = measured
    n, fired = table[family]["lawful"]
    wrong = [f"{v.rule.id}: {v.text[:120]!r}" for v in failures if v.family == family and not v.example.violates]
    assert fired <= LAWFUL_CEILING.get(family, 0), f"{family}: {fired}/{n} biến thể hợp pháp bị báo lỗi: {wrong}"


def test_variants_keep_the_numbers():
    from bench.phrasing_bench import num_paren, num_plain, num_words, spell
    assert spell(5) == "năm" and spell(15) == "mười lăm" and spell(21) == "hai mươi mốt" and spell(105) == "một trăm linh năm"
    assert num_words("chậm nhất 05 ngày làm việc") == "chậm nhất năm ngày làm việc"
    assert num_paren("gồm 07 thành viên") == "gồm 07 (bảy) thành viên"
    assert num_plain("05 (năm) ngày") == "5 ngày"
    assert num_words("ngày 05/5/2025, Điều 5") == "ngày 05/5/2025, Điều 5"  # dates and article numbers stay
    # a spelled repeat that disagrees with its digits is the defect itself (IC-06): no variant rewrites it
    assert num_words("gồm 03 (bốn) thành viên") == "gồm 03 (bốn) thành viên"
    assert num_plain("gồm 03 (bốn) thành viên") == "gồm 03 (bốn) thành viên"
