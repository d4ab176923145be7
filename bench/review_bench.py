"""Benchmark: the checker's recall and precision on labelled documents it was not written for.

Runs ``checker.check_file`` on every case of one or more labelled folders (``expected.json``
in the reviewer's convention, see ``checker/evaluation.py``) and prints, per case and in
total: expected findings found (recall), lỗi + cảnh báo that are right (precision),
must_not_flag sentences flagged, and with ``-v`` every miss and false positive.

Modes (the default is how a user runs it: no ``--type``, the labelled ``as_of``):
  --with-type   pass the labelled ``type`` (shows what type detection costs)
  --no-as-of    pass no ``--as-of`` either (the checker decides the date)

  --floors PATH write each folder's totals (expected, found, false positives, lawful sentences
                flagged) as the regression floors of tests/test_studied_sets.py (studied sets only)

Usage: python bench/review_bench.py [FOLDER ...] [--kb PATH] [--with-type] [--no-as-of] [-v] [--json] [--floors PATH]
Default folder: $DCCS_CORPUS/review (../shared/corpus/review).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def run_folder(folder: Path, store, *, with_type: bool, with_as_of: bool):
    from checker import check_file, to_dict
    from checker.evaluation import load_cases, score_case

    folder, cases = load_cases(folder)
    out = []
    for case in cases:
        report = check_file(folder / case["file"], store,
                            doc_type=case.get("type") if with_type else None,
                            as_of=case.get("as_of") if with_as_of else None)
        d = to_dict(report)
        out.append((case, d, score_case(case, d["findings"])))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--kb")
    ap.add_argument("--with-type", action="store_true")
    ap.add_argument("--no-as-of", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--floors", type=Path)
    args = ap.parse_args(argv)

    from checker.evaluation import totals
    from pipeline.ingest import corpus_root
    from ui.common import open_store

    store = open_store(argparse.Namespace(kb=args.kb), ensure=True)
    folders = args.folders or [corpus_root() / "review"]
    result = {}
    for folder in folders:
        t0 = time.perf_counter()
        rows = run_folder(folder, store, with_type=args.with_type, with_as_of=not args.no_as_of)
        elapsed = time.perf_counter() - t0
        print(f"\n== {folder} ({len(rows)} văn bản, {elapsed:.1f} s)")
        print(f"{'case':44} {'type(detected)':>24} {'found':>7} {'ok/fp':>7} {'mnf':>4}")
        for case, d, s in rows:
            det = d["document"].get("type") or "?"
            print(f"{s.case[:44]:44} {det[:24]:>24} {len(s.found):>3}/{s.expected:<3} "
                  f"{s.serious_matched:>3}/{len(s.false_positives):<3} {len(s.mnf_violations):>4}")
            if args.verbose:
                for m in s.missed:
                    print(f"    MISS {m['kind']:<20} {m['severity']:<9} line {m.get('line')}: "
                          f"{(m.get('contains') or m.get('basis_doc') or '')[:70]}")
                for f in s.false_positives:
                    ev = f.get("evidence") or {}
                    print(f"    FP   {f['rule']:<8} {f['severity']:<9} line {ev.get('line')}: "
                          f"{f['message'][:90]}")
                for k in sorted(set(s.found) - set(s.severity_ok)):
                    m = case["expect"][k]
                    print(f"    SEV  {m['kind']:<20} labelled {m['severity']:<9} line {m.get('line')}: "
                          f"{(m.get('contains') or m.get('basis_doc') or '')[:70]}")
                for f in s.unscored:
                    ev = f.get("evidence") or {}
                    print(f"    UNSC {f['rule']:<8} {f['severity']:<9} line {ev.get('line')}: {f['message'][:90]}")
                for k in s.mnf_violations:
                    item = case["must_not_flag"][k]
                    print(f"    MNF  line {item['line']}: {item['contains'][:80]}")
        t = totals(s for _, _, s in rows)
        print(f"TOTAL recall {t.found}/{t.expected} = {t.recall:.2f} · precision "
              f"{t.serious_matched}/{t.serious_matched + t.false_positives} = {t.precision:.2f} · "
              f"must_not_flag hits {t.mnf_violations} · severity as labelled {t.severity_ok}/{t.found}")
        print(f"      unscored: {t.unscored} lỗi/cảnh báo in documents with findings expected match no expected item "
              f"and touch no lawful sentence (counted neither way; -v lists them)")
        result[str(folder)] = t.as_dict()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    if args.floors:
        floors = {Path(k).name: {f: v[f] for f in ("expected", "found", "false_positives", "must_not_flag_hits")}
                  for k, v in result.items()}
        args.floors.write_text(json.dumps(floors, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                               encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
