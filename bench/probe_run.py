"""Class probes: does the checker read a class of violation in wordings nobody tuned it on?

A probe file (``bench/probes/<name>.yaml``) is written by whoever works on a class of problem *before* changing the
checker: violations of the class in invented wordings and record shapes, and lawful near-misses (the same words used
lawfully). Each entry::

    - {text: "…", type: bao_cao, rule: CF-991}        # a violation: the named rule must fire (lỗi or cảnh báo)
    - {text: "…", type: "?", rule: null}               # lawful: no lỗi / cảnh báo at all

``type`` is the document type given to the checker (``"?"`` lets it detect one); ``as_of`` (optional) the date
checked, default the document's own. The whole rule set runs, as ``dccs check`` runs it — a probe measures the
product, not one rule alone. The run prints one line per entry and the totals «violations fired k/n · lawful
flagged j/m», the class's figure before and after a change.

    python bench/probe_run.py bench/probes/rep.yaml [more.yaml ...] [-v]
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.evaluation import SERIOUS  # noqa: E402  (the severities a reviewer counts: lỗi, cảnh báo)
from kb.vntext import nfc  # noqa: E402


def load_probe(path: Path) -> list[dict]:
    """The entries of one probe file, each checked for the two keys every entry needs."""
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if isinstance(entries, dict):
        entries = entries.get("entries", [])
    for i, e in enumerate(entries):
        if not isinstance(e, dict) or "text" not in e or "rule" not in e:
            raise SystemExit(f"{path}: mục {i} cần 'text' và 'rule' (rule: null cho câu hợp pháp)")
    return entries


def run_entry(entry: dict, store) -> tuple[bool, list[str]]:
    """(as expected?, the serious findings' rule ids) for one entry, the whole rule set run as a user runs it."""
    from checker import check_text
    dtype = entry.get("type") or None
    report = check_text(nfc(entry["text"]), store, doc_type=None if dtype in (None, "?") else dtype,
                        as_of=entry.get("as_of"), source_name="probe")
    serious = [f.rule for f in report.findings if f.severity in SERIOUS]
    if entry["rule"]:
        return entry["rule"] in serious, serious
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
                if e["rule"]:
                    violations += 1
                    fired += ok
                else:
                    lawful += 1
                    flagged += not ok
                if args.verbose or not ok:
                    tag = ("FIRES " if ok else "SILENT") if e["rule"] else ("ok    " if ok else "FLAGS ")
                    first = " ".join(e["text"].split())[:160]
                    print(f"{tag} {path.stem}#{i} {e['rule'] or '-'} {sorted(set(serious))} {first}")
    print(f"violations fired {fired}/{violations} · lawful flagged {flagged}/{lawful}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
