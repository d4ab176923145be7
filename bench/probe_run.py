"""Class probes: does the checker read a class of violation in wordings nobody tuned it on?

A probe file (``tests/data/probes_<session>-<area>.jsonl``, the format ``tests/test_probes.py`` keeps floors on) is
written by whoever works on a class of problem *before* changing the checker: violations of the class in invented
wordings and record shapes, and lawful near-misses (the same words used lawfully). One JSON object a line::

    {"text": "…", "type": "bao_cao", "violates": true, "rule": "CF-991", "provision": "…", "note": "…"}
    {"text": "…", "type": null, "violates": false, "note": "…"}

``type`` is the document type given to the checker (null lets it detect one); ``rule`` (optional) the rule that must
fire on a violation — without it any lỗi or cảnh báo counts. The whole rule set runs, as ``dccs check`` runs it, on
the date ``tests/test_probes.py`` uses — a probe measures the product, not one rule alone. The run prints each entry
not as expected (``-v``: every entry) and the totals «violations fired k/n · lawful flagged j/m», the class's figure
before and after a change.

    python bench/probe_run.py tests/data/probes_s41-rep.jsonl [more.jsonl ...] [-v]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.evaluation import SERIOUS  # noqa: E402  (the severities a reviewer counts: lỗi, cảnh báo)
from kb.vntext import nfc  # noqa: E402

#: the date every probe is checked on (``tests/test_probes.AS_OF``)
AS_OF = "2026-06-30"


def load_probe(path: Path) -> list[dict]:
    """The entries of one probe file, each checked for the keys every entry needs."""
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for i, e in enumerate(entries):
        if "text" not in e or "violates" not in e:
            raise SystemExit(f"{path}: mục {i} cần 'text' và 'violates'")
    return entries


def run_entry(entry: dict, store) -> tuple[bool, list[str]]:
    """(as expected?, the serious findings' rule ids) for one entry, the whole rule set run as a user runs it."""
    from checker import check_text
    report = check_text(nfc(entry["text"]), store, doc_type=entry.get("type") or None, as_of=AS_OF,
                        source_name="probe")
    serious = [f.rule for f in report.findings if f.severity in SERIOUS]
    if entry["violates"]:
        return (entry["rule"] in serious) if entry.get("rule") else bool(serious), serious
    return not serious, serious


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every entry, not only those not as expected")
    args = ap.parse_args(argv)
    from kb.store import Store
    fired = violations = flagged = lawful = 0
    with Store(os.environ["DCCS_KB"]) as store:
        for path in args.files:
            for i, e in enumerate(load_probe(path)):
                ok, serious = run_entry(e, store)
                if e["violates"]:
                    violations += 1
                    fired += ok
                else:
                    lawful += 1
                    flagged += not ok
                if args.verbose or not ok:
                    tag = ("FIRES " if ok else "SILENT") if e["violates"] else ("ok    " if ok else "FLAGS ")
                    first = " ".join(e["text"].split())[:160]
                    print(f"{tag} {path.stem}#{i} {e.get('rule') or ('?' if e['violates'] else '-')} {sorted(set(serious))} {first}")
    print(f"violations fired {fired}/{violations} · lawful flagged {flagged}/{lawful}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
