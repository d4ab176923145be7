"""Compare the graph tables of two knowledge bases: identical edges and stub nodes?

    python bench/graph_compare.py BEFORE.sqlite AFTER.sqlite

Reads ``graph_edges`` (every column but ``origin``'s build time) and ``graph_nodes``
with plain sqlite3 (no project code, so it judges a change of that code), prints the
counts and the differences (at most 20 of each), exit 1 when they differ.
"""
from __future__ import annotations

import sqlite3
import sys
from collections import Counter


def tables(path: str) -> tuple[Counter, Counter, Counter]:
    c = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    edges = Counter(c.execute("SELECT src, dst, type, origin, start, end, text, effective, attrs "
                              "FROM graph_edges"))
    nodes = Counter(c.execute("SELECT node, origin, kind, label, attrs FROM graph_nodes"))
    sources = Counter(c.execute("SELECT origin, sha256, docset, edges, has_external FROM graph_sources"))
    return edges, nodes, sources


def main(a: str, b: str) -> int:
    ta, tb = tables(a), tables(b)
    same = True
    for name, x, y in zip(("edges", "nodes", "sources"), ta, tb):
        only_a, only_b = x - y, y - x
        print(f"{name}: {sum(x.values())} vs {sum(y.values())}; only in first {sum(only_a.values())}, "
              f"only in second {sum(only_b.values())}")
        for row in list(only_a)[:20]:
            print("  -", row)
        for row in list(only_b)[:20]:
            print("  +", row)
        same &= not only_a and not only_b
    by_type = Counter(r[2] for r in ta[0].elements())
    print("edges by type:", dict(sorted(by_type.items())))
    print("IDENTICAL" if same else "DIFFERENT")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
