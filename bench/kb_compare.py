"""Compare what two ingests stored: same documents, units, sources and issues?

    python bench/kb_compare.py BEFORE.sqlite AFTER.sqlite

Plain sqlite3 (no project code); ``sources.ingested_at`` is left out (a time). Exit 1
when they differ.
"""
from __future__ import annotations

import sqlite3
import sys
from collections import Counter

QUERIES = {
    "documents": "SELECT * FROM documents",
    "document_sources": "SELECT * FROM document_sources",
    "units": "SELECT * FROM units",
    "sources": "SELECT path, sha256, documents, units, warnings, stats FROM sources",
    "issues": "SELECT * FROM issues",
}


def main(a: str, b: str) -> int:
    ca, cb = (sqlite3.connect(f"file:{p}?mode=ro", uri=True) for p in (a, b))
    same = True
    for name, sql in QUERIES.items():
        x, y = Counter(ca.execute(sql)), Counter(cb.execute(sql))
        diff = (x - y) + (y - x)
        print(f"{name}: {sum(x.values())} vs {sum(y.values())}, {sum(diff.values())} rows differ")
        for row in list(diff)[:5]:
            print("  ", str(row)[:300])
        same &= not diff
    print("IDENTICAL" if same else "DIFFERENT")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
