"""Thirty short lawful documents of the commune and village written in session 23 (precision helper s23-pr2), in tests/data/probes_s23-pr2_docs/.

Each is short (a header and only the lines that matter) and dense with what a naive checker flags: time limits
stricter than the law's, counts larger than the minimum, the law's own exceptions, conditionals, a fault told as past
and remedied, merged communes and a former district, delegations the law allows, figures that add up, and a 2021
quy chế under the Pháp lệnh of its day. The README beside them names each file and the provisions it restates.
Each is checked as ``dccs check FILE`` checks it — on its own date — and must give no lỗi and no cảnh báo.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from checker import check_text

DOCS = Path(__file__).resolve().parent / "data" / "probes_s23-pr2_docs"
FILES = sorted(DOCS.glob("*.txt"))


def test_thirty_documents():
    assert len(FILES) == 30


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_lawful_document_gets_no_loi_or_canh_bao(store, path):
    report = check_text(path.read_text(encoding="utf-8"), store, source_name=path.name)
    flagged = [(f.rule, f.severity, f.message[:100]) for f in report.findings if f.severity in ("lỗi", "cảnh báo")]
    assert not flagged, f"{path.name}: {flagged}"
