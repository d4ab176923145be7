"""Schema checks for tests/data/checker_unseen4/ (fourth blind held-out set of checker cases).

The folder holds local documents written from the text of the law by a helper who saw neither
the checker's rules and code nor any other labelled set (only the reviewer's README convention), with an expected.json in the schema
of the reviewer's set (shared/corpus/review/README.md, "expected.json"). These tests validate
the labels only; they never run the checker, so nobody tunes it against this folder by way of
a test.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

FOLDER = Path(__file__).resolve().parent / "data" / "checker_unseen4"

KINDS = {"required_content", "conflict", "role_concurrency", "outdated_reference",
         "draft_completeness", "internal_consistency"}
SEVERITIES = {"lỗi", "cảnh báo", "gợi ý"}
TYPES = {"huong_uoc", "quy_che_xa", "quy_che_co_quan", "quy_che_doanh_nghiep",
         "nghi_quyet_bien_phap", "ke_hoach", "bao_cao", None}
CASE_REQUIRED = {"id", "file", "as_of", "type", "clean", "as_of_reason", "expect", "must_not_flag"}
CASE_OPTIONAL = {"note", "max_severity"}
EXPECT_REQUIRED = {"kind", "severity", "line", "basis_doc", "basis_article", "basis_clause", "why"}
EXPECT_OPTIONAL = {"contains", "alt_kinds"}
MNF_REQUIRED = {"line", "contains", "why"}
BASIS_DOC = re.compile(r"^\d{1,3}/\d{4}/(QH1\d|NĐ-CP)$")
NO_BASIS_KINDS = {"draft_completeness", "internal_consistency"}
REVIEW_DAY = "2026-12-02"


def _data() -> dict:
    return json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))


def _cases() -> list[dict]:
    return _data()["cases"]


def _lines(name: str) -> list[str]:
    return (FOLDER / name).read_text(encoding="utf-8").split("\n")


def _check_contains(lines: list[str], line, contains, where: str) -> list[str]:
    out = []
    if not isinstance(line, int) or isinstance(line, bool) or not 1 <= line <= len(lines):
        return [f"{where}: line {line!r} outside 1..{len(lines)}"]
    if not isinstance(contains, str) or not contains.strip():
        return [f"{where}: empty contains"]
    if re.search(r"\s{2,}", contains):
        out.append(f"{where}: contains has a run of spaces: {contains!r}")
    if contains not in lines[line - 1]:
        out.append(f"{where}: {contains!r} not on line {line}: {lines[line - 1]!r}")
    return out


def _case_problems(case: dict) -> list[str]:
    cid = case.get("id", "?")
    out: list[str] = []
    keys = set(case)
    if not CASE_REQUIRED <= keys or keys - CASE_REQUIRED - CASE_OPTIONAL:
        return [f"{cid}: keys {sorted(keys)}"]
    path = FOLDER / case["file"]
    if not path.is_file():
        return [f"{cid}: missing file {case['file']}"]
    lines = _lines(case["file"])
    try:
        dt.date.fromisoformat(case["as_of"])
    except (TypeError, ValueError):
        out.append(f"{cid}: as_of {case['as_of']!r} is not YYYY-MM-DD")
    if case["type"] not in TYPES:
        out.append(f"{cid}: type {case['type']!r}")
    if not isinstance(case["clean"], bool):
        out.append(f"{cid}: clean must be true or false")
    if case["clean"] != (not case["expect"]):
        out.append(f"{cid}: clean={case['clean']} but {len(case['expect'])} expected findings")
    if not str(case["as_of_reason"]).strip():
        out.append(f"{cid}: empty as_of_reason")
    for i, exp in enumerate(case["expect"]):
        where = f"{cid} expect[{i}]"
        ekeys = set(exp)
        if not EXPECT_REQUIRED <= ekeys or ekeys - EXPECT_REQUIRED - EXPECT_OPTIONAL:
            out.append(f"{where}: keys {sorted(ekeys)}")
            continue
        if exp["kind"] not in KINDS:
            out.append(f"{where}: kind {exp['kind']!r}")
        if exp["severity"] not in SEVERITIES:
            out.append(f"{where}: severity {exp['severity']!r}")
        alt = exp.get("alt_kinds", [])
        if not isinstance(alt, list) or not set(alt) <= KINDS or exp["kind"] in alt:
            out.append(f"{where}: alt_kinds {alt!r}")
        if exp["line"] is None:
            if "contains" in exp:
                out.append(f"{where}: line null must come without contains")
            if not exp["basis_doc"]:
                out.append(f"{where}: line null needs a basis_doc to be matched on")
        else:
            out += _check_contains(lines, exp["line"], exp.get("contains"), where)
        if exp["kind"] in NO_BASIS_KINDS:
            if exp["basis_doc"] or exp["basis_article"] or exp["basis_clause"]:
                out.append(f"{where}: {exp['kind']} carries no basis")
        elif not (isinstance(exp["basis_doc"], str) and BASIS_DOC.match(exp["basis_doc"])):
            out.append(f"{where}: basis_doc {exp['basis_doc']!r}")
        for key in ("basis_article", "basis_clause"):
            if exp[key] is not None and (not isinstance(exp[key], int) or exp[key] < 1):
                out.append(f"{where}: {key} {exp[key]!r}")
        if exp["basis_clause"] is not None and exp["basis_article"] is None:
            out.append(f"{where}: clause without article")
        if exp["kind"] == "draft_completeness" and exp["severity"] != "gợi ý":
            out.append(f"{where}: a blank in a draft is graded gợi ý")
        if not str(exp["why"]).strip():
            out.append(f"{where}: empty why")
    for i, mnf in enumerate(case["must_not_flag"]):
        where = f"{cid} must_not_flag[{i}]"
        if set(mnf) != MNF_REQUIRED:
            out.append(f"{where}: keys {sorted(mnf)}")
            continue
        out += _check_contains(lines, mnf["line"], mnf["contains"], where)
        if not str(mnf["why"]).strip():
            out.append(f"{where}: empty why")
    return out


def test_top_level():
    data = _data()
    assert set(data) == {"note", "cases"}
    assert isinstance(data["cases"], list) and data["cases"]


def test_ids_and_files_unique_and_complete():
    cases = _cases()
    ids = [c["id"] for c in cases]
    files = [c["file"] for c in cases]
    assert len(ids) == len(set(ids))
    assert len(files) == len(set(files))
    on_disk = {p.name for p in FOLDER.glob("*.txt")}
    assert on_disk == set(files), f"not labelled: {on_disk - set(files)}; missing: {set(files) - on_disk}"


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["id"])
def test_case_schema(case):
    assert _case_problems(case) == []


def test_files_are_utf8_text():
    for case in _cases():
        raw = (FOLDER / case["file"]).read_bytes()
        raw.decode("utf-8")
        assert b"\x00" not in raw and b"\r" not in raw, case["file"]


def test_drafts_are_checked_on_review_day():
    """A case whose expected findings include a blank left in a draft is checked as of the review day."""
    for case in _cases():
        if any(e["kind"] == "draft_completeness" for e in case["expect"]):
            assert case["as_of"] == REVIEW_DAY, case["id"]


def test_coverage_of_the_set():
    """The brief's coverage: at least 20 documents of every type and one of no type, about a
    quarter clean, old documents lawful for their date and documents after the 2025 reform,
    at least 45 expected findings and 130 must_not_flag items."""
    cases = _cases()
    assert len(cases) >= 20
    assert {c["type"] for c in cases} == TYPES
    assert sum(c["clean"] for c in cases) >= 5
    years = {c["as_of"][:4] for c in cases}
    assert {"2020", "2022", "2025", "2026"} <= years
    assert sum(len(c["must_not_flag"]) for c in cases) >= 130
    assert sum(len(c["expect"]) for c in cases) >= 45
    assert {e["severity"] for c in cases for e in c["expect"]} == SEVERITIES


def test_findings_spread_over_the_law():
    """No provision (document, article, clause) carries more than three expected findings."""
    seen: dict = {}
    for case in _cases():
        for exp in case["expect"]:
            if exp["basis_doc"]:
                key = (exp["basis_doc"], exp["basis_article"], exp["basis_clause"])
                seen[key] = seen.get(key, 0) + 1
    assert {k: n for k, n in seen.items() if n > 3} == {}


def test_readme_lists_every_file():
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    for case in _cases():
        assert case["file"] in readme, case["file"]


def test_problem_finder_catches_bad_labels():
    """The validator itself must reject a wrong line, a wrong kind and a spaced contains."""
    case = json.loads(json.dumps(next(c for c in _cases() if c["expect"] and c["must_not_flag"]
                                      and c["expect"][0]["line"] is not None)))
    assert _case_problems(case) == []
    exp = case["expect"][0]
    exp["line"] = exp["line"] + 1 if exp["line"] < len(_lines(case["file"])) else exp["line"] - 1
    exp["kind"] = "typo"
    case["must_not_flag"][0]["contains"] = "a  b"
    problems = _case_problems(case)
    assert any("not on line" in p for p in problems)
    assert any("kind 'typo'" in p for p in problems)
    assert any("run of spaces" in p for p in problems)
