"""Compare what two ingests stored: same documents, units, sources and issues?

    python bench/kb_compare.py BEFORE.sqlite AFTER.sqlite

Each file is opened read-only through its owner, ``kb.store.Store``, and read whole
with ``Store.snapshot`` (every column but ``sources.ingested_at``, a time): a plain
``SELECT *`` per table that does not depend on the parsing code being compared. Both
files must have the store's schema version. Exit 1 when they differ.
"""
from __future__ import annotations

import sys
from collections import Counter

from kb.store import Store


def main(a: str, b: str) -> int:
    with Store(a, readonly=True) as sa, Store(b, readonly=True) as sb:
        ta, tb = sa.snapshot(), sb.snapshot()
    same = True
    for name in ta:
        x, y = Counter(ta[name]), Counter(tb[name])
        diff = (x - y) + (y - x)
        print(f"{name}: {sum(x.values())} vs {sum(y.values())}, {sum(diff.values())} rows differ")
        for row in list(diff)[:5]:
            print("  ", str(row)[:300])
        same &= not diff
    print("IDENTICAL" if same else "DIFFERENT")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
