"""The shared sentence guards (checker/guards.py): each cue list's examples in rules/guards.yaml — the found words
(in «») of a ``guarded`` example are covered by that guard, those of an ``open`` one by none."""
from __future__ import annotations

import re

import pytest

from checker import guards

CASES = [(name, ex, kind == "guarded")
         for name in guards.NAMES
         for kind in ("guarded", "open")
         for ex in guards.guard_data()[name]["examples"][kind]]


@pytest.mark.parametrize("name,example,guarded", CASES)
def test_guard_examples(name, example, guarded):
    found = re.search(r"«([^«»]+)»", example).group(1)
    text = example.replace("«", "").replace("»", "")
    kind = guards.guard_data()[name]["kinds"][0]
    got = guards.guarded_by(text, found, kind)
    if guarded:
        assert got == name, f"{name}: «{found}» not guarded in: {text}"
    else:
        assert got is None, f"{name}: «{found}» guarded by {got} in: {text}"


def test_guards_off_is_validated():
    assert guards.strip_off({"a": 1, "guards_off": ["negation"]}) == {"a": 1}
    with pytest.raises(ValueError):
        guards.strip_off({"guards_off": ["no_such_guard"]})


HEADING_CASES = [(ex, kind == "guarded") for kind in ("guarded", "open")
                 for ex in guards.guard_data()["remedied"]["heading_examples"][kind]]


@pytest.mark.parametrize("example,guarded", HEADING_CASES)
def test_remedied_heading_examples(example, guarded):
    """s21-pr2: a paragraph under a section heading (or opening with a label) that names its faults as already dealt
    with recounts them; a heading that only plans a remedy does not."""
    from types import SimpleNamespace
    paras = [SimpleNamespace(text=t.replace("«", "").replace("»", "")) for t in example.split("\n")]
    ctx = SimpleNamespace(doc=SimpleNamespace(paras=paras))
    assert guards.remedied_section(ctx, paras[-1]) is guarded, example


LATER_CASES = [(ex, kind == "guarded") for kind in ("guarded", "open")
               for ex in guards.guard_data()["remedied"]["later_examples"][kind]]


@pytest.mark.parametrize("example,guarded", LATER_CASES)
def test_remedied_later_examples(example, guarded):
    """s24: a lapse told in one paragraph and done again, as a past act on the same thing, in a later one is recounted;
    a redo of another thing, or one set as a rule or a plan, is not."""
    from types import SimpleNamespace
    found = re.search(r"«([^«»]+)»", example).group(1)
    paras = [SimpleNamespace(text=t.replace("«", "").replace("»", "")) for t in example.split("\n")]
    ctx = SimpleNamespace(doc=SimpleNamespace(paras=paras))
    lapse = next(p for p in paras if found in p.text)
    assert guards.redone_later(ctx, lapse, found) is guarded, example
