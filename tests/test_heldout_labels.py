"""Schema checks for the labelled checker cases kept outside the developers' set.

tests/data/checker_heldout/ (documents written for measuring, not for tuning) and
tests/data/checker_real/ (excerpts of real published documents) carry an expected.json in
the schema of the reviewer's set (shared/corpus/review/expected.json, README "expected.json").
These tests validate the labels only: every file exists, every `contains` is on its line,
kinds, severities and types come from the allowed sets. They never run the checker, so that
nobody tunes it against these folders by way of a test.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from pipeline.ingest import corpus_root
from tests.labelsets import (BASIS_DOC, CASE_OPTIONAL, CASE_REQUIRED, DATA, KINDS, MNF_REQUIRED, NO_BASIS_KINDS,
                             SEVERITIES, TYPES)

HELDOUT = DATA / "checker_heldout"
REAL = DATA / "checker_real"

# The shared vocabulary of every labelled set; the keys differ here: these sets (and the reviewer's)
# require `contains` and leave `basis_clause` optional.
CASE_KEYS = CASE_REQUIRED
EXPECT_KEYS = {"kind", "severity", "line", "contains", "basis_doc", "basis_article", "why"}
EXPECT_OPTIONAL = {"basis_clause", "alt_kinds"}
MNF_KEYS = MNF_REQUIRED


def _load(folder: Path) -> dict:
    return json.loads((folder / "expected.json").read_text(encoding="utf-8"))


def _lines(folder: Path, name: str) -> list[str]:
    return (folder / name).read_text(encoding="utf-8").split("\n")


def _problems(folder: Path, strict_clean: bool = True) -> list[str]:
    """Every schema problem of folder/expected.json, as readable strings (empty = valid).

    strict_clean: clean is true exactly when there are no expected findings (the reviewer's
    set and the held-out set). Without it (excerpts of real documents) clean=false with no
    expected findings is allowed: only the must_not_flag items of such a case are scored.
    """
    data = _load(folder)
    out: list[str] = []
    if set(data) - {"note", "cases"} or not isinstance(data.get("cases"), list):
        out.append(f"top level keys {sorted(data)}")
        return out
    ids = [c.get("id") for c in data["cases"]]
    if len(ids) != len(set(ids)):
        out.append("duplicate case ids")
    for case in data["cases"]:
        cid = case.get("id")
        keys = set(case)
        if not CASE_KEYS <= keys or keys - CASE_KEYS - CASE_OPTIONAL:
            out.append(f"{cid}: case keys {sorted(keys)}")
            continue
        path = folder / case["file"]
        if not path.is_file():
            out.append(f"{cid}: missing file {case['file']}")
            continue
        lines = _lines(folder, case["file"])
        try:
            dt.date.fromisoformat(case["as_of"])
        except (TypeError, ValueError):
            out.append(f"{cid}: as_of {case['as_of']!r}")
        if case["type"] not in TYPES:
            out.append(f"{cid}: type {case['type']!r}")
        if not isinstance(case["clean"], bool) or (
                case["clean"] != (not case["expect"]) if strict_clean else case["clean"] and case["expect"]):
            out.append(f"{cid}: clean={case['clean']!r} but {len(case['expect'])} expected findings")
        if not str(case["as_of_reason"]).strip():
            out.append(f"{cid}: empty as_of_reason")
        if "max_severity" in case and case["max_severity"] not in SEVERITIES:
            out.append(f"{cid}: max_severity {case['max_severity']!r}")
        for item in case["expect"]:
            out += [f"{cid}: {p}" for p in _expect_problems(item, lines)]
        for item in case["must_not_flag"]:
            out += [f"{cid}: {p}" for p in _located_problems(item, lines, MNF_KEYS, set())]
    return out


def _located_problems(item: dict, lines: list[str], required: set, optional: set) -> list[str]:
    keys = set(item)
    if not required <= keys or keys - required - optional:
        return [f"keys {sorted(keys)}"]
    out = []
    if not str(item.get("why") or "").strip():
        out.append(f"empty why at line {item.get('line')}")
    line, contains = item["line"], item["contains"]
    if line is None:
        return out
    if not isinstance(line, int) or not 1 <= line <= len(lines):
        return out + [f"line {line!r} outside the file ({len(lines)} lines)"]
    if not isinstance(contains, str) or not contains.strip():
        return out + [f"line {line}: empty contains"]
    if "  " in contains:
        out.append(f"line {line}: contains has a run of spaces: {contains!r}")
    if contains not in lines[line - 1]:
        out.append(f"line {line}: {contains!r} not in {lines[line - 1]!r}")
    # must also survive whitespace normalisation of the line (README: "no runs of spaces")
    elif contains not in " ".join(lines[line - 1].split()):
        out.append(f"line {line}: {contains!r} lost after whitespace normalisation")
    return out


def _expect_problems(item: dict, lines: list[str]) -> list[str]:
    out = _located_problems(item, lines, EXPECT_KEYS, EXPECT_OPTIONAL)
    if out and out[0].startswith("keys"):
        return out
    if item["kind"] not in KINDS:
        out.append(f"kind {item['kind']!r}")
    if not set(item.get("alt_kinds", [])) <= KINDS or item["kind"] in item.get("alt_kinds", []):
        out.append(f"alt_kinds {item.get('alt_kinds')!r}")
    if item["severity"] not in SEVERITIES:
        out.append(f"severity {item['severity']!r}")
    if (item["line"] is None) != (item["contains"] is None):
        out.append(f"line {item['line']!r} with contains {item['contains']!r}")
    doc, art = item["basis_doc"], item["basis_article"]
    if doc is not None and not BASIS_DOC.match(doc):
        out.append(f"basis_doc {doc!r}")
    if art is not None and (not isinstance(art, int) or doc is None):
        out.append(f"basis_article {art!r} (doc {doc!r})")
    clause = item.get("basis_clause")
    if clause is not None and (not isinstance(clause, int) or art is None):
        out.append(f"basis_clause {clause!r} (article {art!r})")
    if item["line"] is None and doc is None:
        out.append("missing content (line null) must name its basis_doc")
    if item["kind"] in NO_BASIS_KINDS and doc is not None:
        out.append(f"{item['kind']} carries basis_doc {doc!r}")
    if item["kind"] == "draft_completeness" and item["severity"] != "gợi ý":
        out.append("draft_completeness graded above gợi ý")
    return out


@pytest.mark.parametrize("folder,strict", [(HELDOUT, True), (REAL, False)], ids=["heldout", "real"])
def test_labels_follow_the_reviewers_schema(folder, strict):
    assert (folder / "expected.json").is_file(), folder
    assert _problems(folder, strict_clean=strict) == []


@pytest.mark.parametrize("folder", [HELDOUT, REAL], ids=["heldout", "real"])
def test_every_document_is_labelled_and_described(folder):
    files = {c["file"] for c in _load(folder)["cases"]}
    on_disk = {p.name for p in folder.glob("*.txt")}
    assert files == on_disk
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert [f for f in sorted(files) if f not in readme] == []


def test_validator_accepts_the_reviewers_own_labels():
    """The same validator passes the reviewer's set, so both folders share its schema."""
    review = corpus_root() / "review"
    if not (review / "expected.json").is_file():
        pytest.skip("reviewer's set not present in this corpus")
    assert _problems(review) == []


def test_validator_rejects_a_contains_that_is_not_on_its_line(tmp_path):
    (tmp_path / "a.txt").write_text("Điều 1. Nhiệm kỳ là 02 năm.\nĐiều 2. Khác.\n", encoding="utf-8")
    case = {"id": "x", "file": "a.txt", "as_of": "2026-01-01", "type": "quy_che_co_quan",
            "clean": False, "as_of_reason": "test",
            "expect": [{"kind": "conflict", "severity": "lỗi", "line": 2, "contains": "02 năm",
                        "basis_doc": "10/2022/QH15", "basis_article": 60, "basis_clause": 3,
                        "why": "Art. 60.3"}],
            "must_not_flag": [{"line": 1, "contains": "Nhiệm kỳ là 02 năm", "why": "Art. 60.3"}]}
    (tmp_path / "expected.json").write_text(json.dumps({"cases": [case]}), encoding="utf-8")
    problems = _problems(tmp_path)
    assert len(problems) == 1 and "'02 năm' not in" in problems[0]
    case["expect"][0]["line"] = 1
    (tmp_path / "expected.json").write_text(json.dumps({"cases": [case]}), encoding="utf-8")
    assert _problems(tmp_path) == []


def test_heldout_covers_the_brief():
    """At least 20 cases; every type and type null; clean and defective; old and draft dates."""
    cases = _load(HELDOUT)["cases"]
    assert len(cases) >= 20
    assert {c["type"] for c in cases} == TYPES
    clean = sum(c["clean"] for c in cases)
    assert 0.25 * len(cases) <= clean <= 0.5 * len(cases)
    dates = [dt.date.fromisoformat(c["as_of"]) for c in cases]
    assert min(dates).year <= 2019
    assert any(d < dt.date(2023, 7, 1) and d.year == 2023 for d in dates)
    assert sum(d >= dt.date(2025, 7, 1) for d in dates) >= len(cases) // 3
    drafts = [c for c in cases if c["as_of"] == "2026-12-02"]
    assert drafts and all(any(e["kind"] == "draft_completeness" for e in c["expect"]) for c in drafts)
    kinds = {e["kind"] for c in cases for e in c["expect"]}
    assert kinds == KINDS
    assert sum(len(c["must_not_flag"]) for c in cases) >= 100


def test_real_cases_are_dated_and_sourced():
    """Each real excerpt is dated by its own date and its README row gives an http(s) source."""
    readme = (REAL / "README.md").read_text(encoding="utf-8")
    for case in _load(REAL)["cases"]:
        row = next((line for line in readme.splitlines() if f"`{case['file']}`" in line), "")
        assert re.search(r"https?://\S+", row), case["file"]
        assert case["must_not_flag"], case["file"]
