"""Compare the graph tables of two knowledge bases: identical edges and stub nodes?

    python bench/graph_compare.py BEFORE.sqlite AFTER.sqlite

Each file is opened read-only and its graph read whole through the tables' owner,
``kb.graph_store.GraphStore.snapshot`` (every column but ``graph_sources.built_at``,
a time): plain ``SELECT``s that do not depend on the graph code being compared.
Prints the counts and the differences (at most 20 of each), exit 1 when they differ.
"""
from __future__ import annotations

import sys
from collections import Counter

from kb.graph_store import GraphStore
from kb.store import Store


def tables(path: str) -> tuple[Counter, Counter, Counter]:
    with Store(path, readonly=True) as store:
        snap = GraphStore(store).snapshot()
    return Counter(snap["edges"]), Counter(snap["nodes"]), Counter(snap["sources"])


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
