"""Thirty short lawful documents of the workplace written in session 23 (precision helper s23-pr3), in
tests/data/probes_s23-pr3_docs/.

Each is 6–24 lines with a real header and only the lines that matter, on the workplace (Law 10/2022 Chương IV–V,
Decrees 59/2023 and 145/2020, Bộ luật Lao động 2019): agencies and public service units (công khai in 03 working days
against 05 and posted 30 days against 20, the conference of staff in the first quarter, a unit of six with no Ban
Thanh tra nhân dân, a Ban of 09 with two deputies, answers in 10 days against 15, a ballot after a conference twice
without quorum, a fault told as past and remedied), state enterprises (công khai in 10 days against 15, a conference of
delegates within three months of the financial year, a Ban of 07 for a dispersed company) and non-state employers
(dialogue twice a year against once, more representatives than the minimum, a cover decision issuing a quy chế), dated
from 2022 (Decree 04/2015 and Decree 145/2020 then in force) to after the 2025 reform (a merged commune, a former
district). Each is checked as ``dccs check FILE`` checks it — on its own date — and must give no lỗi and no cảnh báo.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from checker import check_text

DOCS = Path(__file__).resolve().parent / "data" / "probes_s23-pr3_docs"
FILES = sorted(DOCS.glob("*.txt"))


def test_thirty_documents():
    assert len(FILES) == 30


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_lawful_document_gets_no_loi_or_canh_bao(store, path):
    report = check_text(path.read_text(encoding="utf-8"), store, source_name=path.name)
    flagged = [(f.rule, f.severity, f.message[:100]) for f in report.findings if f.severity in ("lỗi", "cảnh báo")]
    assert not flagged, f"{path.name}: {flagged}"
