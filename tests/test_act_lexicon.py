"""The act lexicon (``rules/lexicon.yaml`` ``acts``): each act's examples read by an ``actor`` rule over that act.

An ``is`` example is a sentence where the role written does the act: a rule that lets no role do it reports the role.
An ``is_not`` example is one where the role only attends, reports, asks, helps, is invited or is the object: no
finding. The rule reads the sentence as the checker does a document of unknown type (the ``actor`` reader, its
label, lead-in and table readings), so the examples test the act's cues and the reader's guards together."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker import check_text
from checker.model import EXAMPLE_AS_OF
from checker.ruledata import doctypes, lexicon
from checker.rules import parse_rule

LEX = lexicon()
CASES = [(a.id, True, t) for a in LEX.acts for t in a.is_examples] + \
        [(a.id, False, t) for a in LEX.acts for t in a.is_not_examples]


def _rule(act: str):
    raw = {"id": "AX-01", "title": f"Hành vi {act}", "kind": "conflict", "applies_to": ["?"], "severity": "cảnh báo",
           "basis": ["khoản 2 Điều 33 Luật 10/2022/QH15"], "message": "«{found}» làm việc này.", "fix": "—",
           "detect": {"clause": True, "actor": {"act": act, "allowed": ["to_bau_cu"]}}}
    return parse_rule(raw, Path("test_act_lexicon"), {t.id for t in doctypes()})


def test_every_act_has_both_kinds_of_example():
    for a in LEX.acts:
        assert a.patterns and a.is_examples and a.is_not_examples, a.id


def test_unknown_act_is_refused():
    with pytest.raises(Exception):
        _rule("nap_thue")


@pytest.mark.parametrize("act,is_act,text", CASES, ids=[f"{a}-{'is' if i else 'is_not'}-{k}"
                                                        for k, (a, i, _) in enumerate(CASES)])
def test_act_example(store, act, is_act, text):
    report = check_text(text, store, doc_type=None, as_of=EXAMPLE_AS_OF, source_name=f"act {act}", rules=[_rule(act)])
    hits = [f for f in report.findings if f.rule == "AX-01"]
    if is_act:
        assert hits, f"«{act}» không đọc được trong: {text!r}"
    else:
        assert not hits, f"«{act}» đọc nhầm trong: {text!r} → {[h.message for h in hits]}"
