"""Twelve lawful documents written in session 23 (precision helper s23-pr), in tests/data/probes_s23-pr_docs/.

Each is lawful in every line and full of what a naive checker flags: time limits stricter than the law's (posting 35
days against 30, answers in 10 days against 15), the law's own exceptions (state secrets, a Giao thừa night), a repeal
naming the fine it removes, a fault told as past with the refusal and the redo that followed, the history of merged
units, a rule quoted as followed, delegated tasks, a range's ends, counts and sums that add up. Every document type is
there (a hương ước and an amending quy ước, the quy chế of a commune, an agency, a state and a non-state enterprise, an
HĐND resolution on measures, a plan, a report, minutes, two recognising decisions), dated before and after 01/07/2025.
Each is checked as ``dccs check FILE`` checks it — on its own date — and must give no lỗi and no cảnh báo.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from checker import check_text

DOCS = Path(__file__).resolve().parent / "data" / "probes_s23-pr_docs"
FILES = sorted(DOCS.glob("*.txt"))


def test_twelve_documents():
    assert len(FILES) == 12


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_lawful_document_gets_no_loi_or_canh_bao(store, path):
    report = check_text(path.read_text(encoding="utf-8"), store, source_name=path.name)
    flagged = [(f.rule, f.severity, f.message[:100]) for f in report.findings if f.severity in ("lỗi", "cảnh báo")]
    assert not flagged, f"{path.name}: {flagged}"
