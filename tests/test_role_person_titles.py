"""The titles and degrees a text writes before a name instead of «ông», «bà» (``persons:`` in
rules/role_concurrency.yaml, read by ``checker.kinds.role_concurrency.common.PERSON``): each example's name is read,
and no name is read from a text that writes such letters for something else (s29-ic, u84-12 l.8)."""
from __future__ import annotations

import pytest

from checker.kinds.role_concurrency.common import PERSON, person_titles

EXAMPLES = person_titles()["examples"]


@pytest.mark.parametrize("ex", EXAMPLES["names"], ids=[e["name"] for e in EXAMPLES["names"]])
def test_name_after_a_title(ex):
    m = PERSON.search(ex["text"])
    assert m is not None and " ".join(m.group("name").split()) == ex["name"], (ex, m and m.group("name"))


@pytest.mark.parametrize("text", EXAMPLES["not_names"])
def test_no_name_read(text):
    assert [m.group("name") for m in PERSON.finditer(text)] == []
