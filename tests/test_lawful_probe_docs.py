"""Lawful documents the precision helpers wrote from the law alone (tests/data/probes_*_docs/): each is checked as
``dccs check FILE`` checks it — on its own date — and must give no lỗi and no cảnh báo.

Each folder's README names every file and the provisions it restates. The documents are lawful in every line and
dense with what a naive checker flags: time limits stricter than the law's, counts larger than the minimum, the
law's own exceptions, conditionals, a fault told as past and remedied (with the refusal and the dated redo that
followed), a repeal naming the fine it removes, the history of merged communes and former districts, a rule quoted as
followed, delegations the law allows, a range's ends, figures that add up, and texts dated before Law 10/2022 that
follow the law of their day.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from checker import check_text

DATA = Path(__file__).resolve().parent / "data"
#: folder → how many documents it holds (a file lost or added shows here)
FOLDERS = {
    # session 22, s22-pr: twelve whole documents of every type, before and after 01/07/2025
    "probes_s22-pr_docs": 12,
    # session 23, s23-pr: twelve whole documents of every type (a repeal, a refusal and redo, a range's ends)
    "probes_s23-pr_docs": 12,
    # session 23, s23-pr2: thirty short documents of the commune and village (6–24 lines each)
    "probes_s23-pr2_docs": 30,
    # session 23, s23-pr3: thirty short documents of the workplace (agencies, state and non-state employers)
    "probes_s23-pr3_docs": 30,
    # session 24, s24-pr: thirty short documents, the lawful twins of forbidden acts (village, commune, supervision
    # boards, workplaces)
    "probes_s24-pr_docs": 30,
}
#: the folders whose README names each document and the provisions it restates (s22-pr's and s23-pr's folders
#: have no README)
NAMED_IN_README = {"probes_s23-pr2_docs", "probes_s23-pr3_docs", "probes_s24-pr_docs"}
FILES = [p for name in FOLDERS for p in sorted((DATA / name).glob("*.txt"))]


@pytest.mark.parametrize("name", FOLDERS)
def test_folder_holds_its_documents(name):
    files = sorted((DATA / name).glob("*.txt"))
    assert len(files) == FOLDERS[name]
    if name in NAMED_IN_README:
        text = (DATA / name / "README.md").read_text(encoding="utf-8")
        assert all(p.stem.split("_")[0] in text for p in files), name  # «w01», «d01»


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.stem}" for p in FILES])
def test_lawful_document_gets_no_loi_or_canh_bao(store, path):
    report = check_text(path.read_text(encoding="utf-8"), store, source_name=path.name)
    flagged = [(f.rule, f.severity, f.message[:100]) for f in report.findings if f.severity in ("lỗi", "cảnh báo")]
    assert not flagged, f"{path.parent.name}/{path.name}: {flagged}"
