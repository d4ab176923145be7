"""Every rule on its own examples (``examples:`` beside the rule in ``rules/*.yaml``).

Like reporters-db's regexes with their examples: a rule's ``violates`` examples must each
give at least one finding of that rule, and its ``lawful`` examples — lawful restatements of
the provision among them — must give none. Each example is checked with that rule alone, as
the document type it names (default: the rule's first ``applies_to``) and on its date
(default ``EXAMPLE_AS_OF``).
"""
from __future__ import annotations

import pytest

from checker import check_text
from checker.model import EXAMPLE_AS_OF
from checker.rules import catalogue, example_type

RULES = catalogue()
CASES = [(r, i, ex) for r in RULES for i, ex in enumerate(r.examples)]


@pytest.mark.slow
@pytest.mark.parametrize("rule,i,ex", CASES,
                         ids=[f"{r.id}-{'violates' if ex.violates else 'lawful'}-{i}" for r, i, ex in CASES])
def test_rule_on_its_example(store, rule, i, ex):
    report = check_text(ex.text, store, doc_type=example_type(rule, ex), as_of=ex.as_of or EXAMPLE_AS_OF,
                        source_name=f"{rule.id} ví dụ {i}", rules=[rule])
    hits = [f for f in report.findings if f.rule == rule.id]
    if ex.violates:
        assert hits, f"{rule.id} không phát hiện ví dụ vi phạm: {ex.text[:200]!r}"
    else:
        assert not hits, (f"{rule.id} báo sai trên câu hợp pháp: {ex.text[:200]!r} → "
                          f"{[h.message for h in hits]}")


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_every_rule_has_both_kinds_of_example(rule):
    kinds = {ex.violates for ex in rule.examples}
    assert kinds == {True, False}, (f"{rule.id} ({rule.source}) cần ít nhất một ví dụ 'violates' và một "
                                    "ví dụ 'lawful' trong 'examples'")
