"""Where a silent conflict rule stops reading: each missed item of class ``rule_silent`` (bench/miss_causes.py), for
the conflict rules that cite its article, classed by the first stage of the rule's reading that fails on the
labelled line.

The stages, in the order the rule runs them (``checker/kinds/conflict/__init__.py``, ``check``):

- ``not_applied``: the kind's ``applies`` hook leaves the rule out for this document;
- ``context``: no sentence on the labelled line (±1) holds every context cue group (``detect.context``) — the
  rule does not know the wording of the subject;
- ``excluded``: a sentence holds the context cues but an ``exclude`` cue too;
- ``withheld``: the rule finds something on the line but the engine drops it (basis not in force, said once by
  another rule, ``yields_to``);
- ``reading``: a sentence passes context and exclude, and the rule's own reading (the quantity, the forbidden
  pattern, the actor, the date) does not find the fault.

An item counts once, at the furthest stage any of its rules reaches (a rule that reaches ``reading`` shows that
the subject was recognised). Items of other kinds and items without a line are counted as ``other_kind`` and
``no_line``. On a blind set use ``--totals``: it prints the counts only, never a document, line, rule or label.

Usage: python bench/silent_stages.py FOLDER ... [--kb PATH] [--totals]
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

STAGES = ("not_applied", "context", "excluded", "withheld", "reading")
#: The detection modes of ``conflict._check``, in its order of dispatch; a rule with none of them restates.
MODES = ("headcount", "year_span", "dates", "date_pair", "post_count", "next_year_deadline", "school_year_deadline",
         "attendance", "annual_conference", "year_end", "quantity", "forbidden", "tally", "members", "roll", "actor")


def shape_of(line_text: str) -> str:
    """The shape of the labelled line: a table row ("|" or columns two spaces apart), a label and its value, a list
    item, or running text."""
    t = line_text.strip()
    if t.count("|") >= 2:
        return "table_bar"
    if len(re.findall(r"\S\s{2,}\S", t)) >= 2:
        return "table_spaced"
    if re.match(r"^[^.;]{2,40}:\s*\S", t):
        return "label_value"
    if re.match(r"^(?:[-+•*]|\d{1,2}[.)]|[a-zđ]\))\s", t):
        return "list_item"
    return "prose"


def mode_of(rule) -> str:
    return next((m for m in MODES if m in rule.detect), "restates")


def stage_of(rule, ctx, line: int, raw_lines: set[int]) -> str:
    """The furthest stage ``rule`` reaches on ``line`` of the document in ``ctx``."""
    from checker import kinds
    from checker.kinds import conflict
    from checker.kinds import all_groups, any_cue

    mod = kinds.module(rule.kind)
    if not getattr(mod, "applies", lambda r, c: True)(rule, ctx):
        return "not_applied"
    if any(abs(n - line) <= 1 for n in raw_lines):
        return "withheld"
    zones = conflict.ZONES[rule.detect.get("scope", "body")]
    groups = rule.detect.get("context", [])
    exclude = tuple(rule.detect.get("exclude", ()))
    best = "context"
    for s in conflict.joined_sentences(ctx, zones):
        first, last = s.para.line_at(s.start), s.para.line_at(max(s.start, s.end - 1))
        if not (first - 1 <= line <= last + 1):
            continue
        if groups and not all_groups(s.key, groups):
            continue
        if exclude and not rule.detect.get("clause") and any_cue(s.key, exclude):
            best = "excluded"
            continue
        return "reading"
    return best


def document_context(text: str, store, name: str = "văn bản", doc_type: str | None = None):
    """The checker's reading of a document (``checker.kinds.Context``) as ``checker.engine.check_text`` builds it:
    the detected type unless ``doc_type`` is given, checked on the document's own date."""
    from checker import kinds
    from checker.basis import BasisResolver
    from checker.doctype import detect, is_normative
    from checker.engine import document_date, resolve_as_of, type_variants
    from checker.text import build_input

    doc = build_input(text, name)
    det = detect(doc)
    dtype = doc_type or det.type
    as_of, _ = resolve_as_of(None, document_date(doc, dtype))
    return kinds.Context(doc, store, BasisResolver(store, as_of), as_of, dtype, is_normative(dtype),
                         type_variants(doc, det, dtype))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--kb")
    ap.add_argument("--totals", action="store_true", help="counts only (for blind sets)")
    args = ap.parse_args(argv)

    from bench.miss_causes import cited_articles, rule_reach
    from checker import check_file, to_dict
    from checker import kinds
    from checker.evaluation import load_cases, miss_cause, score_case
    from checker.rules import catalogue
    from ui.common import open_store

    store = open_store(argparse.Namespace(kb=args.kb), ensure=True)
    reach = rule_reach()
    rules = [r for r in catalogue() if r.kind == "conflict"]
    cites = {r.id: cited_articles(r) for r in rules}
    counts, modes, shapes = collections.Counter(), collections.Counter(), collections.Counter()
    for folder in args.folders:
        folder, cases = load_cases(folder)
        for case in cases:
            path = folder / case["file"]
            d = to_dict(check_file(path, store, doc_type=None, as_of=None))
            findings, doc_type = d["findings"], d["document"].get("type")
            silent = [it for it in score_case(case, findings).missed
                      if miss_cause(it, findings, reach, doc_type) == "rule_silent"]
            if not silent:
                continue
            text = path.read_text(encoding="utf-8")
            ctx = document_context(text, store, path.name)
            lines = text.splitlines()
            raw_by_rule: dict[str, set[int]] = {}  # a rule's finding lines in this document, run once for all its items
            dtype = ctx.doc_type
            for item in silent:
                if item["kind"] != "conflict":
                    counts["other_kind"] += 1
                    continue
                if item.get("line") is None:
                    counts["no_line"] += 1
                    continue
                key = (item.get("basis_doc"), str(item.get("basis_article")))
                mine = [r for r in rules if key in cites[r.id] and (r.applies(dtype, ctx.variants) if dtype else
                                                                    ("?" in r.applies_to or "*" in r.applies_to))]
                stages = []
                for r in mine:
                    if r.id not in raw_by_rule:
                        raw_by_rule[r.id] = {f.evidence.line for f in kinds.module(r.kind).check(r, ctx)}
                    raw = raw_by_rule[r.id]
                    stages.append((stage_of(r, ctx, item["line"], raw), r.id))
                best = max(stages, key=lambda x: STAGES.index(x[0])) if stages else ("context", "-")
                counts[best[0]] += 1
                shapes[(best[0], shape_of(lines[item["line"] - 1] if item["line"] <= len(lines) else ""))] += 1
                if best[0] == "reading":  # which readers recognised the subject and found no fault
                    for m in sorted({mode_of(r) for r, (st, _) in zip(mine, stages) if st == "reading"}):
                        modes[m] += 1
                if not args.totals:
                    print(f"{(case.get('id') or case['file'])[:16]:16} line {item['line']:>3} {best[0]:11} "
                          f"{best[1]:7} ({len(mine)} rules) {(item.get('contains') or '')[:60]}")
    total = sum(counts.values())
    print(f"\n{total} silent misses, by the furthest stage a rule citing the article reaches on the labelled line:")
    for k in (*STAGES, "other_kind", "no_line"):
        print(f"  {counts[k]:4}  {k}")
    print("the shape of the labelled line, by stage:")
    for (st, sh), n in sorted(shapes.items()):
        print(f"  {n:4}  {st:11} {sh}")
    print("the readers of the rules that reach 'reading' (an item may count under several):")
    for m, n in modes.most_common():
        print(f"  {n:4}  {m}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
