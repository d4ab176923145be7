"""bench/labelled_figures.py --compare: the merge gate reads two verbose studied-bench outputs item by item."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("labelled_figures", ROOT / "bench" / "labelled_figures.py")
figures = importlib.util.module_from_spec(spec)
spec.loader.exec_module(figures)

OLD = """
== /x/tests/data/checker_unseen1 (2 văn bản, 1.0 s)
case                                                   type(detected)   found   ok/fp  mnf
u1-01                                                         huong_uoc   1/2     1/0      0
    MISS conflict             lỗi       line 12: chậm nhất 02 ngày
u1-02                                                                 ?   0/0     0/1      0
    FP   CF-03    lỗi       line 4: Thời hạn niêm yết
TOTAL recall 1/2 = 0.50 · precision 1/2 = 0.50 · must_not_flag hits 0 · severity as labelled 1/1
"""
NEW = """
== /y/tests/data/checker_unseen1 (2 văn bản, 1.3 s)
case                                                   type(detected)   found   ok/fp  mnf
u1-01                                                         huong_uoc   1/2     1/0      1
    MISS conflict             lỗi       line 20: khác
    MNF  line 7: Trưởng thôn đồng thời
u1-02                                                                 ?   0/0     0/0      0
TOTAL recall 1/2 = 0.50 · precision 1/1 = 1.00 · must_not_flag hits 1 · severity as labelled 1/1
"""


def test_compare_lists_lost_gained_new_and_gone_items(tmp_path, capsys):
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    assert figures.compare(tmp_path / "old.txt", tmp_path / "new.txt") == 0
    out = capsys.readouterr().out
    assert "LOST     checker_unseen1 u1-01: MISS conflict lỗi line 20: khác" in out
    assert "GAINED   checker_unseen1 u1-01: MISS conflict lỗi line 12: chậm nhất 02 ngày" in out
    assert "GONE FP  checker_unseen1 u1-02: FP CF-03 lỗi line 4: Thời hạn niêm yết" in out
    assert "NEW MNF  checker_unseen1 u1-01: MNF line 7: Trưởng thôn đồng thời" in out
    assert out.rstrip().endswith("LOST 1 · GAINED 1 · NEW FP 0 · GONE FP 1 · NEW MNF 1 · GONE MNF 0")


def test_studied_sums_add_the_sets_totals():
    assert figures._studied_sum(OLD + NEW) == ("studied (2 sets): recall 2/4 = 0.500 · precision 2/3 = 0.667 · "
                                             "lawful sentences flagged 1")


def test_a_case_in_one_file_only_is_an_incomplete_run(tmp_path, capsys):
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(NEW.split("u1-02")[0], encoding="utf-8")
    assert figures.compare(tmp_path / "old.txt", tmp_path / "new.txt") == 1
    assert "cases in one file only: 1" in capsys.readouterr().out


def test_recall_by_shape_counts_only_cases_with_a_shape_tag():
    from types import SimpleNamespace as Score
    rows = [({"note": "shape: list; the act under a lead-in"}, {}, Score(expected=1, found=(0,))),
            ({"note": "shape: list; another"}, {}, Score(expected=1, found=())),
            ({"note": "shape: passive; do X quyết định"}, {}, Score(expected=1, found=(0,))),
            ({"note": "a case with no tag"}, {}, Score(expected=1, found=())),
            ({"note": "shape: label; a clean case"}, {}, Score(expected=0, found=()))]
    assert figures._shape_line(rows) == "list 1/2 · passive 1/1"
    assert figures._shape_line(rows[3:4]) == ""
