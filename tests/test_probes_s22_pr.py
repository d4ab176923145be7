"""Twelve lawful documents written in session 22 (precision helper s22-pr), in tests/data/probes_s22-pr_docs/.

Each is lawful in every line and full of what a naive checker flags: time limits stricter than the law's, the law's
own exceptions, conditionals, a fault told as past and remedied, the history of merged units, a rule quoted as
followed, delegated tasks, figures that add up. Every document type is there (hương ước and an amending quy ước, the
quy chế of a commune, an agency, a state and a non-state enterprise, an HĐND resolution on measures, a plan, two
reports, minutes, a recognising decision), dated before and after 01/07/2025. Each is checked as ``dccs check FILE``
checks it — on its own date — and must give no lỗi and no cảnh báo. Besides, the lowered grade of a draft's missing
household signers (RC-05 ``at_adoption``) is kept.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from checker import check_text

DOCS = Path(__file__).resolve().parent / "data" / "probes_s22-pr_docs"
FILES = sorted(DOCS.glob("*.txt"))


def test_twelve_documents():
    assert len(FILES) == 12


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_lawful_document_gets_no_loi_or_canh_bao(store, path):
    report = check_text(path.read_text(encoding="utf-8"), store, source_name=path.name)
    flagged = [(f.rule, f.severity, f.message[:100]) for f in report.findings if f.severity in ("lỗi", "cảnh báo")]
    assert not flagged, f"{path.name}: {flagged}"


DRAFT = """THÔN BẢN CHIẾU - XÃ TÂN PHONG
DỰ THẢO lần 2 (ngày … tháng … năm 2026)

HƯƠNG ƯỚC THÔN BẢN CHIẾU

Điều 1. Các hộ giữ gìn vệ sinh đường thôn, không thả rông gia súc.
Điều 2. Hương ước có hiệu lực kể từ ngày Ủy ban nhân dân xã ban hành quyết định công nhận.

TRƯỞNG THÔN                     TRƯỞNG BAN CÔNG TÁC MẶT TRẬN
Hà Văn Tính                     Lò Thị Xuân
"""


def test_a_drafts_household_signers_are_advice(store):
    """Decree 61/2023 Art. 6.1: the two household representatives sign the adopted text; a draft without their
    line is told to add it (gợi ý), not charged with a lỗi; the same text adopted and dated keeps the lỗi."""
    draft = [f for f in check_text(DRAFT, store).findings if f.rule == "RC-05"]
    assert draft and all(f.severity == "gợi ý" for f in draft)
    adopted = DRAFT.replace("DỰ THẢO lần 2 (ngày … tháng … năm 2026)", "Tân Phong, ngày 10 tháng 5 năm 2026")
    done = [f for f in check_text(adopted, store).findings if f.rule == "RC-05"]
    assert done and all(f.severity == "lỗi" for f in done)
