"""Why the checker misses what reviewers expect: each missed item of labelled sets, classed by cause.

The classes are ``checker.evaluation.MISS_CAUSES``: a rule citing the labelled article fired on another line
(``fired_elsewhere``), exists and applies but is silent (``rule_silent``), does not apply to the detected type, only
rules of another kind cite it, no rule cites it, or the label cites no provision (internal consistency). On a blind
set use ``--totals``: it prints the counts by class and kind only, never a document, line or label.

Usage: python bench/miss_causes.py FOLDER ... [--kb PATH] [--totals] [--json]
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def cited_articles(rule) -> frozenset[tuple[str, str]]:
    """(document number, article) of each provision a rule's basis cites."""
    from kb.citations.parse import parse_citation

    arts = set()
    for b in rule.basis:
        c = parse_citation(b)
        if c and c.doc and c.doc.number and c.article:
            arts.add((c.doc.number, str(c.article)))
    return frozenset(arts)


def rule_reach() -> list:
    from checker.evaluation import RuleReach
    from checker.rules import catalogue

    # the catalogue the checker runs (``$DCCS_RULES`` too), loaded once for both
    return [RuleReach(r.kind, tuple(r.applies_to), cited_articles(r)) for r in catalogue()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--kb")
    ap.add_argument("--totals", action="store_true", help="counts only (for blind sets)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from checker import check_file, to_dict
    from checker.evaluation import MISS_CAUSES, cites_clause, cites_label, load_cases, miss_cause, score_case
    from ui.common import open_store

    store = open_store(argparse.Namespace(kb=args.kb), ensure=True)
    reach = rule_reach()
    by_cause, by_kind = collections.Counter(), collections.Counter()
    missed = same_clause = 0
    for folder in args.folders:
        folder, cases = load_cases(folder)
        for case in cases:
            d = to_dict(check_file(folder / case["file"], store, doc_type=None, as_of=None))
            findings = d["findings"]
            doc_type = d["document"].get("type")
            for item in score_case(case, findings).missed:
                cause = miss_cause(item, findings, reach, doc_type)
                missed += 1
                if cause == "fired_elsewhere" and any(cites_clause(f, item) for f in findings):
                    same_clause += 1
                by_cause[cause] += 1
                by_kind[(cause, item["kind"])] += 1
                if not args.totals:
                    near = ""
                    if cause == "fired_elsewhere":
                        near = "  ← " + ", ".join(sorted({f"{f['rule']}@{(f.get('evidence') or {}).get('line')}"
                                                         for f in findings if cites_label(f, item)}))
                    print(f"{(case.get('id') or case['file'])[:16]:16} {(doc_type or '?')[:20]:20} {cause:18} "
                          f"{item['kind'][:20]:20} {item.get('basis_doc') or '-'} Điều {item.get('basis_article') or '-'} "
                          f"line {item.get('line')}: {(item.get('contains') or '')[:60]}{near}")
    print(f"\n{missed} expected findings missed in {len(args.folders)} set(s), by cause:")
    for cause in MISS_CAUSES:
        kinds = ", ".join(f"{k} {n}" for (c, k), n in sorted(by_kind.items()) if c == cause)
        print(f"  {by_cause[cause]:4}  {cause:18} {MISS_CAUSES[cause]}" + (f"  [{kinds}]" if kinds else ""))
        if cause == "fired_elsewhere":
            print(f"{'':24}of which {same_clause} by a finding citing the labelled clause itself (the others cite "
                  "another clause of the article: that clause has no finding)")
    if args.json:
        print(json.dumps({"missed": missed, "by_cause": dict(by_cause)}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
