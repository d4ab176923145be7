"""Score check reports against labelled cases (the reviewer's ``expected.json`` convention).

A labelled set is a folder with ``expected.json``: ``{"cases": [{"file", "as_of", "type",
"clean", "expect": [...], "must_not_flag": [...], "max_severity"?}]}`` — see
``../shared/corpus/review/README.md``. The rules of scoring, as that README states them:

1. An expected item is *found* when a finding has the same kind (or one of ``alt_kinds``)
   and its evidence range ``line … end_line`` comes within ±1 of ``line`` or its evidence
   text contains ``contains``; for ``line: null`` (missing content) when one of its basis
   entries names ``basis_doc`` (and ``basis_article`` when given).
2. A ``must_not_flag`` item is *violated* by a lỗi or cảnh báo whose evidence range covers
   its line or whose evidence text contains its words, unless that finding matched an
   expected item of the case.
3. In a clean case every lỗi or cảnh báo is a false positive; in other cases findings that
   match nothing are not scored (the labels are conservative). Precision is therefore
   ``matched lỗi/cảnh báo ÷ (matched + false positives)`` where false positives are the
   findings of clean cases plus must_not_flag violations. The findings left unscored are kept
   (``CaseScore.unscored``) so a bench can show how many the labels do not judge.

Pure functions over plain data (the report's JSON form), so a bench and a test share them.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

SERIOUS = ("lỗi", "cảnh báo")
_ORDER = {"gợi ý": 0, "cảnh báo": 1, "lỗi": 2}


@dataclass(frozen=True)
class CaseScore:
    case: str
    expected: int
    found: tuple[int, ...]  # indexes of expected items found
    severity_ok: tuple[int, ...]  # … found with the reviewer's severity
    serious_matched: int  # lỗi/cảnh báo findings that matched an expected item
    false_positives: tuple[dict, ...]  # lỗi/cảnh báo findings counted wrong (clean case, must_not_flag, over cap)
    mnf_violations: tuple[int, ...]  # indexes of must_not_flag items violated
    missed: tuple[dict, ...] = field(default=())
    # lỗi/cảnh báo findings in a document with findings expected that match no expected item and touch no
    # must_not_flag sentence: the labels say nothing of them, so they count neither way (shown, not scored)
    unscored: tuple[dict, ...] = field(default=())


def load_cases(folder: str | Path) -> tuple[Path, list[dict]]:
    folder = Path(folder)
    data = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    return folder, data["cases"]


def _span(f: dict) -> tuple[int, int]:
    ev = f.get("evidence") or {}
    line = ev.get("line") or 0
    return line, ev.get("end_line") or line


def _norm(s: str) -> str:
    return " ".join((s or "").split())


def _kind_ok(item: dict, f: dict) -> bool:
    return f.get("kind") == item["kind"] or f.get("kind") in (item.get("alt_kinds") or ())


def matches_expected(item: dict, f: dict) -> bool:
    if not _kind_ok(item, f):
        return False
    if item.get("line") is None:
        for b in f.get("basis") or ():
            if b.get("doc") != item.get("basis_doc"):
                continue
            art = item.get("basis_article")
            if art is None or str(b.get("article") or "") == str(art):
                return True
        return False
    lo, hi = _span(f)
    if lo and lo - 1 <= item["line"] <= hi + 1:
        return True
    contains = item.get("contains")
    return bool(contains) and _norm(contains) in _norm((f.get("evidence") or {}).get("text", ""))


def violates(item: dict, f: dict) -> bool:
    if f.get("severity") not in SERIOUS:
        return False
    lo, hi = _span(f)
    if lo and lo <= item["line"] <= hi:
        return True
    contains = item.get("contains")
    return bool(contains) and _norm(contains) in _norm((f.get("evidence") or {}).get("text", ""))


def score_case(case: dict, findings: Iterable[dict]) -> CaseScore:
    findings = list(findings)
    expect = case.get("expect") or []
    found, sev_ok, matched_findings = [], [], set()
    for i, item in enumerate(expect):
        hits = [j for j, f in enumerate(findings) if matches_expected(item, f)]
        if hits:
            found.append(i)
            matched_findings.update(hits)
            if any(findings[j].get("severity") == item.get("severity") for j in hits):
                sev_ok.append(i)
    fps: list[dict] = []
    cap = case.get("max_severity")
    for j, f in enumerate(findings):
        if f.get("severity") not in SERIOUS or j in matched_findings:
            continue
        if case.get("clean"):
            fps.append(f)
        elif cap and _ORDER[f["severity"]] > _ORDER[cap]:
            fps.append(f)
    violations = []
    for k, item in enumerate(case.get("must_not_flag") or []):
        bad = [f for j, f in enumerate(findings) if j not in matched_findings and violates(item, f)]
        if bad:
            violations.append(k)
            fps.extend(f for f in bad if not any(f is g for g in fps))
    serious_matched = sum(1 for j in matched_findings if findings[j].get("severity") in SERIOUS)
    missed = tuple(expect[i] for i in range(len(expect)) if i not in found)
    unscored = tuple(f for j, f in enumerate(findings) if f.get("severity") in SERIOUS and j not in matched_findings
                     and not any(f is g for g in fps))
    return CaseScore(case.get("id") or case["file"], len(expect), tuple(found), tuple(sev_ok),
                     serious_matched, tuple(fps), tuple(violations), missed, unscored)


@dataclass(frozen=True)
class Totals:
    expected: int
    found: int
    severity_ok: int
    serious_matched: int
    false_positives: int
    mnf_violations: int
    unscored: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        d = self.serious_matched + self.false_positives
        return self.serious_matched / d if d else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {"expected": self.expected, "found": self.found, "recall": round(self.recall, 3),
                "severity_ok": self.severity_ok, "serious_matched": self.serious_matched,
                "false_positives": self.false_positives, "precision": round(self.precision, 3),
                "must_not_flag_hits": self.mnf_violations, "unscored": self.unscored}


def totals(scores: Iterable[CaseScore]) -> Totals:
    scores = list(scores)
    return Totals(sum(s.expected for s in scores), sum(len(s.found) for s in scores),
                  sum(len(s.severity_ok) for s in scores), sum(s.serious_matched for s in scores),
                  sum(len(s.false_positives) for s in scores), sum(len(s.mnf_violations) for s in scores),
                  sum(len(s.unscored) for s in scores))


# Why an expected item was missed: the classes ``bench/miss_causes.py`` counts (totals only on blind sets), so a
# session can tell a gap in the law's coverage from a gap in reading other writers' wording.
MISS_CAUSES = {
    "fired_elsewhere": "a finding citing the labelled article is in the report, on another line or of another kind",
    "rule_silent": "a rule of the labelled kind cites the article and applies to the detected type, but is silent",
    "rule_not_for_type": "a rule of the labelled kind cites the article but does not apply to the detected type",
    "other_kind_only": "only rules of another kind cite the article",
    "no_rule": "no rule cites the labelled article",
    "no_basis": "the label cites no provision (the document's own figures, lists, dates, names)",
}


@dataclass(frozen=True)
class RuleReach:
    """What a rule can find, for ``miss_cause``: its kind, the types it applies to, the (document, article) it cites."""
    kind: str
    applies_to: tuple[str, ...]
    articles: frozenset[tuple[str, str]]


def _basis_names(b: dict, item: dict, by_clause: bool) -> bool:
    """Does one basis (JSON form) name the document and article (and, ``by_clause``, the clause) the expected
    ``item`` names? An article or clause the item leaves out, or a clause the basis leaves out, matches any."""
    article, clause = item.get("basis_article"), item.get("basis_clause")
    return b.get("doc") == item.get("basis_doc") \
        and (article is None or str(b.get("article") or "") == str(article)) \
        and (not by_clause or not clause or not b.get("clause") or str(b.get("clause")) == str(clause))


def cites_label(finding: dict, item: dict) -> bool:
    """Does ``finding`` (JSON form) cite the document (and article, when given) that the expected ``item`` names?"""
    return bool(item.get("basis_doc")) and any(_basis_names(b, item, False) for b in finding.get("basis") or ())


def cites_clause(finding: dict, item: dict) -> bool:
    """``cites_label`` down to the clause: the finding cites the labelled clause itself (a label without a clause, or a
    basis without one, counts as the article's)."""
    return bool(item.get("basis_doc")) and any(_basis_names(b, item, True) for b in finding.get("basis") or ())


def miss_cause(item: dict, findings: Iterable[dict], rules: Iterable[RuleReach], doc_type: str | None) -> str:
    """The ``MISS_CAUSES`` class of a missed expected ``item`` given the report's findings (JSON form)."""
    doc = item.get("basis_doc")
    if not doc:
        return "no_basis"
    article = None if item.get("basis_article") is None else str(item["basis_article"])

    def reaches(r: RuleReach) -> bool:
        return any(d == doc and (article is None or a == article) for d, a in r.articles)

    if any(cites_label(f, item) for f in findings):
        return "fired_elsewhere"
    citing = [r for r in rules if reaches(r)]
    same_kind = [r for r in citing if r.kind == item["kind"]]
    # "quy_che_doanh_nghiep:nha_nuoc" reaches a quy_che_doanh_nghiep (the variant is read from its text)
    if any((doc_type or "?") in {a.split(":", 1)[0] for a in r.applies_to} or "*" in r.applies_to for r in same_kind):
        return "rule_silent"
    if same_kind:
        return "rule_not_for_type"
    return "other_kind_only" if citing else "no_rule"
