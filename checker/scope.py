"""The scope of one check: which rules ran, which provisions they rest on, and what the check cannot tell.

Every report carries it (``Report.scope``), so that a report without findings is read for what it is: these rules,
on this date, found nothing. The limits are data (``rules/scope.yaml``: general, per document type, for an unknown
type); the rules and provisions come from the rules the engine actually ran on the document. Pure: rules and
resolved bases in, a ``Scope`` out.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from checker.model import KINDS, Basis, Rule, Scope
from checker.ruledata import RULES_DIR, SCOPE_FILE, RuleError, read_yaml, str_list


@lru_cache(maxsize=4)
def limits_table(path: str | None = None) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]], tuple[str, ...]]:
    """(general limits, limits by document type id, limits for an unknown type) from ``rules/scope.yaml``."""
    file = Path(path) if path else RULES_DIR / SCOPE_FILE
    raw = read_yaml(file)
    if not isinstance(raw, dict) or not isinstance(raw.get("types", {}), dict):
        raise RuleError(file, "cần các mục 'general', 'types' (theo loại văn bản) và 'unknown'")
    general = str_list(raw.get("general"), "general", file)
    by_type = {str(k): str_list(v, f"types.{k}", file) for k, v in (raw.get("types") or {}).items()}
    unknown = str_list(raw.get("unknown"), "unknown", file)
    return general, by_type, unknown


def _articles(numbers: Iterable[str]) -> tuple[str, ...]:
    """Article numbers in order, runs of three or more joined: ("3", "5", "6", "7", "15") → ("3", "5–7", "15")."""
    nums = sorted({int(n) for n in numbers if str(n).isdigit()})
    out: list[str] = []
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        if j - i >= 2:
            out.append(f"{nums[i]}–{nums[j]}")
        else:
            out += [str(n) for n in nums[i:j + 1]]
        i = j + 1
    return tuple(out)


def build_scope(ran: Iterable[Rule], bases: Iterable[Basis], doc_type: str,
                name_of: Callable[[str], str]) -> Scope:
    """The scope of a check: ``ran`` the rules run on the document, ``bases`` the resolved bases of those rules
    that are in force on the date (knowledge-base provisions only), ``doc_type`` the type id ("" when unknown),
    ``name_of`` a document number → the name shown ("Luật 10/2022/QH15")."""
    per_kind = Counter(r.kind for r in ran)
    articles: dict[str, set[str]] = {}
    for b in bases:
        if b.article:
            articles.setdefault(b.doc, set()).add(b.article)
    provisions = tuple((name_of(doc), _articles(arts)) for doc, arts in sorted(articles.items(), key=_doc_order))
    general, by_type, unknown = limits_table()
    limits = general + (by_type.get(doc_type, ()) if doc_type else unknown)
    return Scope(tuple((k, per_kind[k]) for k in KINDS if per_kind[k]), provisions, limits)


def _doc_order(item: tuple[str, set[str]]) -> tuple[int, str]:
    """Laws first, then decrees, then the rest, each by number."""
    doc = item[0]
    rank = 0 if "/QH" in doc else 1 if "NĐ-CP" in doc else 2
    return rank, doc
