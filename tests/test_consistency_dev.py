"""Internal consistency (IC-*) and the report's recipients (OR-10) on the two labelled dev sets.

The reviewer's set (shared/corpus/review/) and the second set (tests/data/checker_heldout/) label
arithmetic slips written in many ways; each test runs only the rules of these kinds on one real
document of the sets, on its labelled date and type, and checks the labelled line is found and that
nothing else of these kinds is reported. The clean documents of the second set must give nothing.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker import check_file
from checker.docdate import own_date
from checker.rules import catalogue
from checker.text import build_input

HELDOUT = Path(__file__).resolve().parent / "data" / "checker_heldout"
CASES = {c["id"]: c for c in json.loads((HELDOUT / "expected.json").read_text(encoding="utf-8"))["cases"]}
RULES = [r for r in catalogue() if r.kind == "internal_consistency" or r.id == "OR-10"]


def run(store, case_id: str):
    case = CASES[case_id]
    return check_file(HELDOUT / case["file"], store, doc_type=case["type"], as_of=case["as_of"], rules=RULES)


def labelled(case_id: str) -> list[int]:
    return sorted(e["line"] for e in CASES[case_id]["expect"]
                  if e["kind"] in ("internal_consistency", "outdated_reference") and e["line"])


@pytest.mark.parametrize("case_id, expected", [
    ("h04-huong-uoc-co-dang-2021", [("IC-09", 14)]),          # "gồm 4 chương, 14 điều", 12 articles
    ("h09-quy-che-cty-cap-nuoc-van-trach", [("IC-01", 10)]),   # 198 nam + 104 nữ ≠ 312
    ("h13-ke-hoach-lay-y-kien-cam-trieu", [("IC-01", 14)]),    # 11 × 1 + 5 × 2 ≠ 22
    ("h16-bao-cao-thuan-khe-2026", [("IC-01", 22), ("OR-10", 33)]),  # 2.874/3.312 ≠ 89,5%; Phòng Nội vụ huyện
    ("h18-bao-cao-cam-an-2023", [("IC-01", 14)]),              # 9 thôn × 03 buổi ≠ 26
    ("h22-quy-che-thi-tran-minh-lac-2019", [("IC-03", 24)]),   # 15/7/2019 in the heading, 15/6/2019 attached
])
def test_labelled_slips_are_found_and_nothing_else(store, case_id, expected):
    r = run(store, case_id)
    got = sorted((f.rule, f.evidence.line) for f in r.findings)
    assert got == sorted(expected)
    assert [line for _, line in sorted(expected, key=lambda x: x[1])] == labelled(case_id)


@pytest.mark.parametrize("case_id", [c for c, v in CASES.items() if v["clean"]])
def test_clean_documents_give_no_consistency_finding(store, case_id):
    assert [(f.rule, f.evidence.line) for f in run(store, case_id).findings] == []


def test_own_date_of_a_flattened_two_column_heading():
    doc = build_input((HELDOUT / "h17-bao-cao-quy-che-dan-chu-xa-tan-my-2021.txt").read_text(encoding="utf-8"))
    assert own_date(doc) == ("2021-12-10", True)  # "Số: 88/BC-UBND            Tân Mỹ, ngày 10 tháng 12 năm 2021"


def test_own_date_of_a_draft_with_blanks_is_its_year():
    doc = build_input("UBND XÃ AN PHÚ\nSố:    /BC-UBND        An Phú, ngày …… tháng …… năm 2026\nBÁO CÁO\nNội dung.")
    assert own_date(doc) == ("2026-01-01", False)
