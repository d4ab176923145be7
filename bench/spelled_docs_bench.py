"""Whole labelled documents with their counts spelled in words: do the findings stay?

Each document of the given folders is checked as written and after ``bench.phrasing_bench.num_words``
("05 ngày" → "năm ngày", "50%" → "năm mươi phần trăm", "2/3" → "hai phần ba"); the findings (rule ids,
with multiplicity) are compared. ``lost``: a finding the spelled text no longer gets; ``new``: one it
gains (read it: a true finding the digits missed, or a false one). Run:

    python bench/spelled_docs_bench.py /work/shared/corpus/review tests/data/checker_heldout …

Never on a blind set.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # "bench.phrasing_bench" from any directory


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--kb")
    args = ap.parse_args(argv)
    from bench.phrasing_bench import num_words
    from checker import check_text
    from ui.common import open_store

    store = open_store(argparse.Namespace(kb=args.kb), ensure=True)
    kept = lost = new = docs = 0
    for folder in map(Path, args.folders):
        for f in sorted([*folder.glob("*.txt"), *folder.glob("*.md")]):
            if f.name == "README.md":
                continue
            text = f.read_text(encoding="utf-8")
            spelled = num_words(text)
            if spelled == text:
                continue
            docs += 1
            a = Counter(x.rule for x in check_text(text, store, source_name=f.name).findings)
            b = Counter(x.rule for x in check_text(spelled, store, source_name=f.name).findings)
            if a != b:
                print(f"{folder.name}/{f.name}: lost {dict(a - b)} new {dict(b - a)}")
            kept, lost, new = kept + sum((a & b).values()), lost + sum((a - b).values()), new + sum((b - a).values())
    print(f"{docs} documents with counts spelled: findings kept {kept}, lost {lost}, new {new}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
