"""Schema checks shared by every helper-written labelled set (tests/labelsets.py).

These validate labels only and never run the checker. Each set's own coverage brief (how many
documents, which years, how many findings) is in tests/test_<set>_labels.py.
"""
from __future__ import annotations

import json

import pytest

from tests.labelsets import REFORM_DAY, REVIEW_DAY, LabelledSet

SETS = [LabelledSet(n) for n in ("checker_unseen", "checker_unseen2", "checker_unseen3", "checker_unseen4", "checker_unseen5",
                                 "checker_unseen6", "checker_unseen7", "checker_unseen8", "checker_unseen9", "checker_lawful",
                                 "checker_unseen10", "checker_unseen11", "checker_unseen12", "checker_unseen13", "checker_unseen14",
                                 "checker_unseen15", "checker_unseen16", "checker_unseen17", "checker_unseen18", "checker_unseen19",
                                 "checker_unseen20", "checker_unseen21", "checker_unseen22", "checker_unseen23", "checker_unseen24",
                                 "checker_unseen25", "checker_unseen26", "checker_unseen27", "checker_unseen28", "checker_unseen29",
                                 "checker_unseen30", "checker_unseen31", "checker_unseen32",
                                 "checker_unseen33", "checker_unseen34", "checker_unseen35", "checker_unseen36",
                                 "checker_unseen37", "checker_unseen38", "checker_unseen39", "checker_unseen40",
                                 "checker_unseen41", "checker_unseen42",
                                 "checker_unseen43", "checker_unseen44",
                                 "checker_unseen45", "checker_unseen46", "checker_unseen47",
                                 "checker_unseen48", "checker_unseen49", "checker_unseen50", "checker_unseen51", "checker_unseen52", "checker_unseen53", "checker_unseen54", "checker_unseen55",
                                 "checker_unseen56", "checker_unseen57", "checker_unseen58",
                                 "checker_unseen59", "checker_unseen60", "checker_unseen61", "checker_unseen62", "checker_lawful2", "checker_unseen63",
                                 "checker_unseen64", "checker_lawful3", "checker_unseen65",
                                 "checker_unseen66", "checker_lawful4", "checker_unseen67", "checker_unseen68", "checker_lawful5",
                                 "checker_unseen69", "checker_unseen70", "checker_unseen71", "checker_unseen72",
                                 "checker_lawful6", "checker_lawful7", "checker_lawful8", "checker_unseen73",
                                 "checker_unseen74", "checker_lawful9", "checker_unseen75", "checker_unseen76",
                                 "checker_unseen77", "checker_lawful10", "checker_lawful11", "checker_unseen78",
                                 "checker_unseen79", "checker_lawful12", "checker_unseen81", "checker_lawful13",
                                 "checker_unseen80", "checker_unseen82", "checker_unseen83", "checker_unseen84",
                                 "checker_lawful14", "checker_unseen85", "checker_unseen86", "checker_unseen87",
                                 "checker_unseen88", "checker_unseen89", "checker_dev_acts", "checker_lawful15",
                                 "checker_probe_s25pr", "checker_lawful16", "checker_dev_lawful_acts",
                                 "checker_lawful17", "checker_unseen90", "checker_unseen91",
                                  "checker_dev_acts2", "checker_unseen92", "checker_dev_forbidden",
                                  "checker_unseen93", "checker_unseen94", "checker_unseen95",
                                  "checker_unseen96", "checker_unseen97", "checker_unseen98", "checker_lawful18",
                                  "checker_unseen99", "checker_lawful19", "checker_unseen100", "checker_unseen101",
                                  "checker_unseen102", "checker_lawful20", "checker_unseen103", "checker_unseen104",
                                  "checker_lawful21", "checker_unseen105", "checker_lawful22", "checker_unseen106",
                                  "checker_lawful23", "checker_lawful24", "checker_unseen107",
                                  "checker_unseen108", "checker_lawful25", "checker_unseen109", "checker_lawful26",
                                   "checker_unseen110", "checker_lawful27", "checker_lawful28", "checker_unseen111")]
CASES = [(s, c) for s in SETS for c in s.cases()]
#: The sets written to the writers' brief (tests/labelsets.py ``LabelledSet.brief_problems``), with the number of
#: clean documents each was allowed.
BRIEFED = {"checker_unseen45": (3, 5), "checker_unseen48": (3, 4), "checker_unseen49": (3, 4), "checker_unseen50": (3, 5),
           "checker_unseen51": (3, 4), "checker_unseen52": (3, 4), "checker_unseen53": (3, 5),
           "checker_unseen54": (3, 4), "checker_unseen55": (3, 4), "checker_unseen56": (3, 4),
           "checker_unseen57": (3, 4), "checker_unseen58": (3, 4), "checker_unseen59": (3, 4),
           "checker_unseen60": (3, 4), "checker_unseen61": (3, 4), "checker_unseen62": (3, 4),
           "checker_unseen63": (3, 4), "checker_unseen64": (3, 4), "checker_unseen65": (3, 4),
           "checker_unseen66": (3, 4), "checker_unseen67": (3, 4), "checker_unseen68": (3, 4),
           "checker_unseen69": (3, 4), "checker_unseen70": (3, 4), "checker_unseen71": (3, 4),
           "checker_unseen72": (3, 4), "checker_unseen73": (3, 4), "checker_unseen74": (3, 4),
           "checker_unseen75": (3, 4), "checker_unseen76": (3, 4), "checker_unseen77": (3, 4),
           "checker_unseen78": (3, 4), "checker_unseen79": (3, 4), "checker_unseen81": (3, 4),
           "checker_unseen80": (3, 4), "checker_unseen82": (3, 4),
           "checker_unseen90": (3, 4), "checker_unseen91": (3, 4), "checker_unseen92": (3, 4),
           "checker_unseen93": (3, 4), "checker_unseen96": (3, 4), "checker_unseen98": (3, 4),
           "checker_unseen101": (3, 4)}


def test_top_level():
    for s in SETS:
        data = s.data()
        assert set(data) == {"note", "cases"}, s
        assert isinstance(data["cases"], list) and data["cases"], s


@pytest.mark.parametrize("labelled", SETS, ids=str)
def test_ids_and_files_unique_and_complete(labelled):
    cases = labelled.cases()
    ids = [c["id"] for c in cases]
    files = [c["file"] for c in cases]
    assert len(ids) == len(set(ids))
    assert len(files) == len(set(files))
    on_disk = {p.name for p in labelled.folder.glob("*.txt")}
    assert on_disk == set(files), f"not labelled: {on_disk - set(files)}; missing: {set(files) - on_disk}"


@pytest.mark.parametrize("labelled,case", CASES, ids=[f"{s}/{c['id']}" for s, c in CASES])
def test_case_schema(labelled, case):
    assert labelled.case_problems(case) == []


@pytest.mark.parametrize("labelled", SETS, ids=str)
def test_files_are_utf8_text(labelled):
    for case in labelled.cases():
        raw = (labelled.folder / case["file"]).read_bytes()
        raw.decode("utf-8")
        assert b"\x00" not in raw and b"\r" not in raw, case["file"]


@pytest.mark.parametrize("labelled", SETS, ids=str)
def test_drafts_are_checked_on_review_day(labelled):
    """A case whose expected findings include a blank left in a draft is checked as of the review day."""
    for case in labelled.cases():
        if any(e["kind"] == "draft_completeness" for e in case["expect"]):
            assert case["as_of"] == REVIEW_DAY, case["id"]


@pytest.mark.parametrize("labelled", SETS, ids=str)
def test_readme_lists_every_file(labelled):
    readme = (labelled.folder / "README.md").read_text(encoding="utf-8")
    for case in labelled.cases():
        assert case["file"] in readme, case["file"]


@pytest.mark.parametrize("labelled", SETS, ids=str)
def test_problem_finder_catches_bad_labels(labelled):
    """The validator itself must reject a wrong line, a wrong kind and a spaced contains (in a set of lawful documents
    only, with no expected finding: a lawful sentence on the wrong line, a spaced contains and a clean flag that lies)."""
    found = [c for c in labelled.cases() if c["expect"] and c["expect"][0]["line"] and c["must_not_flag"]]
    if not found:
        case = json.loads(json.dumps(next(c for c in labelled.cases() if len(c["must_not_flag"]) >= 2)))
        assert labelled.case_problems(case) == []
        lines = labelled.lines(case["file"])
        mnf = case["must_not_flag"][1]
        mnf["line"] = mnf["line"] + 1 if mnf["line"] < len(lines) else mnf["line"] - 1
        case["must_not_flag"][0]["contains"] = "a  b"
        case["clean"] = False
        problems = labelled.case_problems(case)
        assert any("not on line" in p for p in problems)
        assert any("run of spaces" in p for p in problems)
        assert any("clean=False" in p for p in problems)
        return
    case = json.loads(json.dumps(found[0]))
    assert labelled.case_problems(case) == []
    exp = case["expect"][0]
    lines = labelled.lines(case["file"])
    exp["line"] = exp["line"] + 1 if exp["line"] < len(lines) else exp["line"] - 1
    exp["kind"] = "typo"
    case["must_not_flag"][0]["contains"] = "a  b"
    problems = labelled.case_problems(case)
    assert any("not on line" in p for p in problems)
    assert any("kind 'typo'" in p for p in problems)
    assert any("run of spaces" in p for p in problems)


@pytest.mark.parametrize("name", sorted(BRIEFED))
def test_the_writers_brief(name):
    """13 documents of 25-70 lines, 3 to 4 or 5 clean, 8-17 lawful sentences each (110 in all), at least 35 findings
    (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LabelledSet(name).brief_problems(clean=BRIEFED[name]) == []


#: The class-tagged short sets written to one brief (ten actor, ten forbidden and ten quantity findings, ten clean
#: documents, each case's note tagged with its shape and class): the checks each of them keeps.
CLASS_TAGGED = [LabelledSet(n) for n in ("checker_unseen105", "checker_unseen106", "checker_unseen107",
                                         "checker_unseen108", "checker_unseen109", "checker_unseen110",
                                         "checker_unseen111")]
#: The acts the findings of each class-tagged set rest on, exactly: the Law and Decree 59, and for checker_unseen109
#: (hương ước and quy ước) also Decree 61.
CLASS_TAGGED_BASES = {"checker_unseen109": {"10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP"}}


@pytest.mark.parametrize("labelled", CLASS_TAGGED, ids=repr)
def test_class_tagged_writers_brief(labelled):
    """40 documents of 6-26 lines with valid labels: 30 with exactly one finding and 10 clean; at least 15 provisions
    and at most three findings on one; 2-6 lawful sentences in every document, at least 100 in all; every finding a
    conflict or a role concurrency resting on a clause of the Law or Decree 59 (and Decree 61 where CLASS_TAGGED_BASES
    says so), with a why that quotes it (each set's own file checks its severities and which clauses its concurrencies
    rest on)."""
    assert labelled.short_brief_problems(lawful=True, lines=(6, 26)) == []
    bases = CLASS_TAGGED_BASES.get(labelled.name, {"10/2022/QH15", "59/2023/NĐ-CP"})
    assert labelled.act_problems(bases, clause=True) == []


@pytest.mark.parametrize("labelled", CLASS_TAGGED, ids=repr)
def test_class_tagged_shapes_and_classes(labelled):
    """Every case's note starts with a shape and a class tag; among the 30 findings at least five shapes carry four
    or more and every shape carries at least three; the three classes carry ten findings each and each class comes in
    at least four shapes; clean cases are tagged clean, in at least four shapes."""
    assert labelled.class_shape_problems(every_shape=3, clean_shapes=4) == []


@pytest.mark.parametrize("labelled", CLASS_TAGGED, ids=repr)
def test_class_tagged_classes_fit_their_findings(labelled):
    """The role concurrencies are all actor findings; the quantity findings are about a number the law fixes, so
    their contains holds a figure or names the period of a frequency (a quarter), most of them a figure."""
    assert labelled.class_fit_problems() == []


@pytest.mark.parametrize("labelled", CLASS_TAGGED, ids=repr)
def test_class_tagged_split_cases_are_hard_wrapped(labelled):
    """A case tagged split carries its finding (or, clean, a lawful sentence) on a line hard-wrapped mid-sentence."""
    assert labelled.split_cases()
    assert labelled.unwrapped_split_cases() == []


@pytest.mark.parametrize("labelled", CLASS_TAGGED, ids=repr)
def test_class_tagged_sets_name_no_district_after_the_reform(labelled):
    """A document dated from 01/07/2025 names no district (huyện), no thị trấn and no thị xã; some earlier ones name a
    district in a lawful sentence."""
    assert labelled.naming_after_reform("huyện", "thị trấn", "thị xã") == []
    assert any(c["as_of"] >= REFORM_DAY for c in labelled.cases())
    named = [m for c in labelled.cases() if c["as_of"] < REFORM_DAY for m in c["must_not_flag"]
             if "huyện" in m["contains"].lower()]
    assert len(named) >= 5, len(named)


#: The lawful sets written with hard-wrapped lines (lawful22-25): the fewest cases tagged «split» and the fewest lawful
#: sentences on a line that runs on into a lower-case next line, each set's own brief.
WRAPPED_LAWFUL = {"checker_lawful22": (1, 5), "checker_lawful23": (3, 6), "checker_lawful24": (3, 6),
                  "checker_lawful25": (4, 20)}


@pytest.mark.parametrize("name", sorted(WRAPPED_LAWFUL))
def test_lawful_sets_hard_wrap_their_sentences(name):
    """The cases tagged «split» carry a lawful sentence hard-wrapped mid-sentence, and the wrapped-line helper sees at
    least the set's number of lawful sentences on a line that runs on into a lower-case next line (or continues one)."""
    labelled, (splits, runs) = LabelledSet(name), WRAPPED_LAWFUL[name]
    assert len(labelled.split_cases()) >= splits
    assert labelled.unwrapped_split_cases() == []
    wrapped = labelled.wrapped_lawful_lines()
    assert len(wrapped) >= runs, wrapped
