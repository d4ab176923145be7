"""The reviewer's twelve drafts, checked as a user runs ``dccs check FILE``: no ``--type``, no ``--as-of``.

Scored with ``checker/evaluation.py`` (the convention of ``$DCCS_CORPUS/review/README.md``;
``bench/review_bench.py -v`` prints the misses and false positives). The floors are the
goals of issue 10 — recall ≥ 0.90, precision ≥ 0.90, no must_not_flag hit — on this set and on
the second development set. The unseen set (``tests/data/checker_unseen``) has no floors here:
it is measured and reported, never tuned on.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checker import check_file, to_dict
from checker.docdate import LATEST
from checker.evaluation import load_cases, score_case, totals

#: The goals of issue 10 (reached 02/12/2026: recall 36/36, precision 33/33, no must_not_flag hit).
MIN_RECALL = 0.90
MIN_PRECISION = 0.90
MAX_MNF_HITS = 0


@pytest.fixture(scope="module")
def runs(corpus, store):
    folder, cases = load_cases(corpus / "review")
    out = []
    for case in cases:
        report = check_file(folder / case["file"], store)  # as a user would: no type, no date
        d = to_dict(report)
        out.append((case, report, score_case(case, d["findings"])))
    return out


def test_every_draft_is_typed_as_labelled(runs):
    assert {c["id"]: r.document.type for c, r, _ in runs} == {c["id"]: c["type"] for c, r, _ in runs}


def test_issued_documents_are_checked_at_their_own_date(runs):
    """Dated documents default to their own date, which is the date the reviewer labelled."""
    dated = [(c["id"], r.as_of, c["as_of"]) for c, r, _ in runs if r.document.date and r.document.date_kind != LATEST]
    assert len(dated) >= 8
    assert [(i, a) for i, a, _ in dated] == [(i, e) for i, _, e in dated]
    # a hương ước quoting no recognition decision is dated by the last step it records (the vote)
    latest = [(r.as_of, c["as_of"]) for c, r, _ in runs if r.document.date_kind == LATEST]
    assert latest and all(0 <= (date.fromisoformat(e) - date.fromisoformat(a)).days <= 31 for a, e in latest)


def test_recall_precision_and_must_not_flag_floors(runs):
    t = totals(s for _, _, s in runs)
    assert t.expected == 36
    assert t.recall >= MIN_RECALL, f"recall {t.found}/{t.expected}"
    assert t.precision >= MIN_PRECISION, f"precision {t.serious_matched}/{t.serious_matched + t.false_positives}"
    assert t.mnf_violations <= MAX_MNF_HITS


def test_the_2022_report_is_judged_by_the_law_of_2022(runs):
    case, report, score = next(x for x in runs if x[0]["file"].startswith("r12"))
    assert report.as_of == "2022-11-15"
    assert not score.mnf_violations  # Pháp lệnh 34/2007, NĐ 159/2016, huyện: all lawful then
    assert not any(b.doc in ("10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP")
                   for f in report.findings for b in f.basis)


def test_development_set_two_floors(store):
    """The 23 documents of ``tests/data/checker_heldout`` (written from the law by a helper who never saw
    the checker; a development set since round 2), checked as a user would: no type, no date."""
    folder, cases = load_cases(Path(__file__).parent / "data" / "checker_heldout")
    t = totals(score_case(c, to_dict(check_file(folder / c["file"], store))["findings"]) for c in cases)
    assert t.expected == 43
    assert t.recall >= MIN_RECALL and t.precision >= MIN_PRECISION, t.as_dict()
    assert t.mnf_violations <= MAX_MNF_HITS, t.as_dict()


def test_scoring_keeps_what_the_labels_do_not_judge():
    """The three fates of a lỗi/cảnh báo in a document with findings expected: matched, a false positive (it
    touches a lawful sentence), or unscored (shown by the bench, counted neither way)."""
    case = {"id": "x", "clean": False,
            "expect": [{"kind": "conflict", "severity": "lỗi", "line": 5, "contains": "15 ngày"}],
            "must_not_flag": [{"line": 9, "contains": "ít nhất 30 ngày", "why": "lawful"}]}

    def finding(line, severity="lỗi"):
        return {"kind": "conflict", "rule": "CF-1", "severity": severity, "message": "m",
                "evidence": {"line": line, "text": "t"}}

    s = score_case(case, [finding(5), finding(9), finding(12), finding(14, "gợi ý")])
    assert s.found == (0,) and s.serious_matched == 1
    assert [f["evidence"]["line"] for f in s.false_positives] == [9]
    assert [f["evidence"]["line"] for f in s.unscored] == [12]
    assert totals([s]).unscored == 1 and totals([s]).as_dict()["unscored"] == 1
    # in a clean case nothing is unscored: every lỗi/cảnh báo is a false positive
    clean = score_case(dict(case, clean=True, expect=[]), [finding(12)])
    assert clean.unscored == () and len(clean.false_positives) == 1
