"""The checker's figures on every labelled set, as a closing note reports them, in one command.

    python bench/labelled_figures.py OUT [--kb PATH] [--no-studied] [--without RULE,RULE]
    python bench/labelled_figures.py --compare OLD/studied.txt NEW/studied.txt

Writes into the folder OUT (all runs without ``--type`` and without ``--as-of``, as a user checks a file):

- ``studied.txt``: ``bench/review_bench.py -v`` over every studied set (``tests.labelsets.studied_sets()``);
- ``blind.txt``: one line of totals per blind set (``tests.labelsets.BLIND``) — recall sets as
  found/expected · right/(right + false lỗi-cảnh báo) · lawful sentences flagged, lawful sets as false findings ·
  lawful sentences flagged — their sums, the count of documents whose detected type differs from the labelled one
  (by type pair only), recall by the ``shape:`` tag of a set's case notes where its cases carry one, and
  ``bench/miss_causes.py --totals`` and ``bench/silent_stages.py --totals`` on the blind
  recall sets. Nothing of a blind set is printed beyond counts: no case, line, rule or label.

``--without RULE,…`` runs the blind totals with those rules left out of the catalogue (no studied run, no causes): the
do-no-harm gate of a new rule, which must not cost the blind sets a lawful sentence or a right finding.

``--compare`` reads two ``studied.txt`` files and lists, set by set and case by case, expected items lost and gained,
new and gone false findings, and lawful sentences newly flagged (the gate for a merge: a LOST or NEW line is a
regression to explain).
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]  # the package, and review_bench beside this file


def _blind_sets() -> tuple[list[Path], list[Path]]:
    from tests.labelsets import BLIND, DATA
    names = sorted(BLIND, key=lambda n: (len(n), n))
    recall = [DATA / n for n in names if n.startswith("checker_unseen")]
    lawful = [DATA / n for n in names if n.startswith("checker_lawful")]
    return recall, lawful


def _shape_line(rows) -> str:
    """Recall by the shape tag of the cases that carry one ("list 5/8 · passive 3/4 …"), or "" when none does."""
    from tests.labelsets import shape_tag  # the one reading of a case's "shape: list; …" tag
    by: dict[str, list[int]] = {}
    for case, _, score in rows:
        shape = shape_tag(case)[0]
        if shape and score.expected:
            n = by.setdefault(shape, [0, 0])
            n[0] += len(score.found)
            n[1] += score.expected
    return " · ".join(f"{k} {a}/{b}" for k, (a, b) in sorted(by.items()))


def _blind_totals(folders: list[Path], kb: str | None) -> tuple[list[str], Counter, Counter]:
    from review_bench import run_folder
    from checker.evaluation import totals
    from ui.common import open_store

    store = open_store(argparse.Namespace(kb=kb), ensure=True)
    lines: list[str] = []
    pairs: Counter = Counter()
    sums: Counter = Counter()
    for folder in folders:
        rows = run_folder(folder, store, with_type=False, with_as_of=False)
        t = totals(s for _, _, s in rows)
        for case, d, _ in rows:
            detected, labelled = d["document"].get("type") or None, case.get("type") or None
            if detected != labelled:
                pairs[(labelled or "?", detected or "?")] += 1
        fp = t.false_positives
        if t.expected:
            lines.append(f"{folder.name:20} {t.found}/{t.expected} · {t.serious_matched}/{t.serious_matched + fp} "
                         f"· {t.mnf_violations} (severity as labelled {t.severity_ok}/{t.found})")
        else:
            lines.append(f"{folder.name:20} false findings {fp} · lawful sentences flagged {t.mnf_violations}")
        if shapes := _shape_line(rows):
            lines.append(f"{'':20} recall by shape: {shapes}")
        sums.update(expected=t.expected, found=t.found, ok=t.serious_matched, fp=fp, mnf=t.mnf_violations,
                    sev=t.severity_ok, cases=len(rows))
    return lines, sums, pairs


def _leave_out(rule_ids: set[str]) -> None:
    """Run the checker without these rules (this process only)."""
    import checker.engine as engine
    full = engine.catalogue
    missing = rule_ids - {r.id for r in full()}
    if missing:
        raise SystemExit(f"no such rule: {', '.join(sorted(missing))}")
    engine.catalogue = lambda *a, **k: tuple(r for r in full(*a, **k) if r.id not in rule_ids)


def figures(out: Path, kb: str | None, studied: bool, without: set[str] = frozenset()) -> int:
    from tests.labelsets import studied_sets, DATA
    out.mkdir(parents=True, exist_ok=True)
    if without:
        _leave_out(set(without))
        studied = False
    kb_args = ["--kb", kb] if kb else []
    procs = []
    if studied:
        sets = [str(DATA / n) for n in studied_sets()]
        fh = (out / "studied.txt").open("w", encoding="utf-8")
        procs.append((subprocess.Popen([sys.executable, str(ROOT / "bench/review_bench.py"), *sets, "--no-as-of",
                                        "-v", *kb_args], stdout=fh, stderr=subprocess.STDOUT), fh))
    recall, lawful = _blind_sets()
    t0 = time.perf_counter()
    report = [f"# blind sets, no --type, no --as-of ({time.strftime('%Y-%m-%d %H:%M')})"
              + (f", without {', '.join(sorted(without))}" if without else ""), ""]
    for name, folders in (("recall", recall), ("lawful", lawful)):
        lines, sums, pairs = _blind_totals(folders, kb)
        report += [f"## {name} sets", *lines]
        if name == "recall":
            report.append(f"SUM {len(folders)} sets: recall {sums['found']}/{sums['expected']} = "
                          f"{sums['found'] / max(sums['expected'], 1):.3f} · precision {sums['ok']}/{sums['ok'] + sums['fp']}"
                          f" = {sums['ok'] / max(sums['ok'] + sums['fp'], 1):.3f} · lawful sentences flagged {sums['mnf']}"
                          f" · severity as labelled {sums['sev']}/{sums['found']}")
        else:
            report.append(f"SUM {len(folders)} sets: false findings {sums['fp']} · lawful sentences flagged {sums['mnf']}")
        report.append(f"type detected ≠ labelled: {sum(pairs.values())} of {sums['cases']} documents")
        report += [f"  {a} → {b}: {n}" for (a, b), n in sorted(pairs.items())]
        report.append("")
    for tool in ("miss_causes.py", "silent_stages.py") if not without else ():
        res = subprocess.run([sys.executable, str(ROOT / "bench" / tool), *map(str, recall), "--totals", *kb_args],
                             capture_output=True, text=True)
        report += [f"## {tool} --totals (blind recall sets)", res.stdout.rstrip(), ""]
    report.append(f"({time.perf_counter() - t0:.0f} s)")
    (out / "blind.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    print("\n".join(report))
    rc = 0
    for proc, fh in procs:
        rc |= proc.wait()
        fh.close()
        text = (out / "studied.txt").read_text(encoding="utf-8")
        print(_studied_sum(text))
    return rc


_HEAD = re.compile(r"^== (\S+)")
_CASE = re.compile(r"^(\S.{0,43}?)\s+\S+\s+\d+/\d+\s+\d+/\d+\s+\d+$")
_TOTAL = re.compile(r"^TOTAL recall (\d+)/(\d+) .*? precision (\d+)/(\d+) .*?must_not_flag hits (\d+)")


def _studied_sum(text: str) -> str:
    sums = [0] * 5
    n = 0
    for line in text.splitlines():
        if m := _TOTAL.match(line):
            n += 1
            sums = [a + int(b) for a, b in zip(sums, m.groups())]
    found, expected, ok, judged, mnf = sums
    return (f"studied ({n} sets): recall {found}/{expected} = {found / max(expected, 1):.3f} · precision {ok}/{judged}"
            f" = {ok / max(judged, 1):.3f} · lawful sentences flagged {mnf}")


def _items(path: Path) -> dict[tuple[str, str], set[str]]:
    """(set, case) → the MISS / FP / MNF lines of a verbose review bench output (SEV and UNSC left aside)."""
    out: dict[tuple[str, str], set[str]] = {}
    folder = case = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := _HEAD.match(line):
            folder, case = Path(m.group(1)).name, ""
        elif line.startswith("    ") and case:
            item = line.strip()
            if item.split()[0] in {"MISS", "FP", "MNF"}:
                out.setdefault((folder, case), set()).add(re.sub(r"\s+", " ", item))
        elif folder and (m := _CASE.match(line)):
            case = m.group(1).strip()
            out.setdefault((folder, case), set())
    return out


def compare(old: Path, new: Path) -> int:
    a, b = _items(old), _items(new)
    counts = Counter()
    for key in sorted(set(a) | set(b)):
        before, after = a.get(key, set()), b.get(key, set())
        for item in sorted(after - before):
            tag = {"MISS": "LOST", "FP": "NEW FP", "MNF": "NEW MNF"}[item.split()[0]]
            counts[tag] += 1
            print(f"{tag:8} {key[0]} {key[1]}: {item}")
        for item in sorted(before - after):
            tag = {"MISS": "GAINED", "FP": "GONE FP", "MNF": "GONE MNF"}[item.split()[0]]
            counts[tag] += 1
            print(f"{tag:8} {key[0]} {key[1]}: {item}")
    missing = sorted(set(a) ^ set(b))
    if missing:
        print(f"cases in one file only: {len(missing)} (an incomplete run?)")
    print(" · ".join(f"{k} {counts[k]}" for k in ("LOST", "GAINED", "NEW FP", "GONE FP", "NEW MNF", "GONE MNF")))
    return 1 if missing else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", type=Path)
    ap.add_argument("--kb")
    ap.add_argument("--no-studied", action="store_true")
    ap.add_argument("--without", default="", help="rule ids to leave out, comma-separated (blind totals only)")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    args = ap.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if not args.out:
        ap.error("give OUT or --compare OLD NEW")
    without = {r.strip() for r in args.without.split(",") if r.strip()}
    return figures(args.out, args.kb, not args.no_studied, without)


if __name__ == "__main__":
    raise SystemExit(main())
