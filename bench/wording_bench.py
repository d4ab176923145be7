"""Each rule on violations of its provision worded by people who never read the rule's own cues or examples.

Reads JSON lines ``{"rule", "label": "violates" | "lawful", "type", "as_of", "text", "why"}`` (files written
from the law by helpers who saw the rule catalogue's titles and provisions, not ``rules/*.yaml``), checks each
passage with ``checker.check_text`` and counts, per rule and in total:

- violations the rule finds (``found``), and those where only another rule speaks (``other``: a lỗi or cảnh báo of
  another id — the provision may be stated twice, or the passage breaks a second one);
- lawful passages the rule flags (``false``).

Where ``phrasing_bench`` rewrites a rule's own examples, this asks the question a fresh document asks: does the
rule know its provision in words nobody tuned it on? Run:

    python bench/wording_bench.py tests/data/wording/*.jsonl [--no-type] [-v]

``--no-type`` lets the checker detect the kind of each passage, as a user's upload would. ``--half read|unread``
keeps one half of each rule's passages (by their order within the rule and label: the 1st, 3rd … are ``read``, the
2nd, 4th … ``unread``): widen a rule on the read half, report the unread half.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

COUNTED = ("lỗi", "cảnh báo")


def load(paths, half: str = "") -> list[dict]:
    items, seen = [], defaultdict(int)
    for path in paths:
        for no, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                item = json.loads(line)
                item["where"] = f"{Path(path).name}:{no}"
                k = seen[(item["rule"], item["label"])]
                seen[(item["rule"], item["label"])] += 1
                if not half or (k % 2 == 0) == (half == "read"):
                    items.append(item)
    return items


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--kb")
    ap.add_argument("--no-type", action="store_true")
    ap.add_argument("--half", choices=("read", "unread"), default="")
    ap.add_argument("-v", "--verbose", action="store_true", help="every violation missed and lawful passage flagged")
    args = ap.parse_args(argv)
    from checker import check_text
    from checker.rules import load_rules
    from ui.common import open_store

    store = open_store(argparse.Namespace(kb=args.kb), ensure=True)
    known = {r.id for r in load_rules()}
    per = defaultdict(lambda: {"violates": 0, "found": 0, "other": 0, "lawful": 0, "false": 0})
    unknown = 0
    for item in load(args.files, args.half):
        rule = item["rule"]
        if rule not in known:
            unknown += 1
            continue
        report = check_text(item["text"], store, doc_type=None if args.no_type else item.get("type"),
                            as_of=item.get("as_of") or None, source_name=item["where"])
        fired = {f.rule for f in report.findings}
        others = {f.rule for f in report.findings if f.severity in COUNTED} - {rule}
        row = per[rule]
        if item["label"] == "violates":
            row["violates"] += 1
            row["found"] += rule in fired
            row["other"] += rule not in fired and bool(others)
            if args.verbose and rule not in fired:
                print(f"MISS  {rule} {item['where']} (others: {sorted(others)}): {item['text'][:140]!r}")
        else:
            row["lawful"] += 1
            row["false"] += rule in fired
            if args.verbose and rule in fired:
                print(f"FALSE {rule} {item['where']}: {item['text'][:140]!r}")
    print(f"{'rule':8} {'found':>9} {'other':>6} {'false':>9}")
    for rule in sorted(per):
        r = per[rule]
        print(f"{rule:8} {r['found']:>4}/{r['violates']:<4} {r['other']:>6} {r['false']:>4}/{r['lawful']:<4}")
    t = {k: sum(r[k] for r in per.values()) for k in ("violates", "found", "other", "lawful", "false")}
    print(f"TOTAL    violations found {t['found']}/{t['violates']} = {t['found'] / max(t['violates'], 1):.2f} "
          f"(another rule only: {t['other']}) · lawful flagged {t['false']}/{t['lawful']} · rules {len(per)}"
          + (f" · {unknown} passages name no rule of the catalogue" if unknown else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
