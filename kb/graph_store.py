"""The graph's tables in the knowledge base, and their one owner: ``GraphStore``.

``graph_edges`` (typed edges, each with the source file it was derived from),
``graph_nodes`` (stubs for documents cited but not held) and ``graph_sources``
(which source was built from which sha256 and set of documents) live in the
knowledge base's SQLite file. Only this module reads or writes them, through
typed methods; ``kb.graph`` derives the edges and answers questions about them.
The units and documents the graph reads come from ``kb.store.Store``.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterable, Iterator

from kb.store import Store

GRAPH_SCHEMA = """
CREATE TABLE IF NOT EXISTS graph_edges (
    src TEXT NOT NULL, dst TEXT NOT NULL, type TEXT NOT NULL, origin TEXT NOT NULL,
    start INTEGER, end INTEGER, text TEXT, effective TEXT, attrs TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS graph_edges_src ON graph_edges (src, type);
CREATE INDEX IF NOT EXISTS graph_edges_dst ON graph_edges (dst, type);
CREATE INDEX IF NOT EXISTS graph_edges_origin ON graph_edges (origin);
CREATE TABLE IF NOT EXISTS graph_nodes (
    node TEXT NOT NULL, origin TEXT NOT NULL, kind TEXT NOT NULL, label TEXT NOT NULL,
    attrs TEXT NOT NULL DEFAULT '{}', PRIMARY KEY (node, origin)
);
CREATE TABLE IF NOT EXISTS graph_sources (
    origin TEXT PRIMARY KEY, sha256 TEXT NOT NULL, docset TEXT NOT NULL, built_at TEXT NOT NULL,
    edges INTEGER NOT NULL, has_external INTEGER NOT NULL
);
"""
#: What ``GraphStore.snapshot`` reads: every column but the time of a build.
GRAPH_SNAPSHOT = {
    "edges": "SELECT src, dst, type, origin, start, end, text, effective, attrs FROM graph_edges",
    "nodes": "SELECT node, origin, kind, label, attrs FROM graph_nodes",
    "sources": "SELECT origin, sha256, docset, edges, has_external FROM graph_sources",
}


@dataclass(frozen=True)
class Edge:
    """An edge as derived, before it is stored (``origin`` is given when writing)."""

    src: str
    dst: str
    type: str
    start: int | None = None
    end: int | None = None
    text: str | None = None
    effective: str | None = None
    attrs: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Stub:
    """A node for a document not held in the knowledge base."""

    node: str
    kind: str  # "external"
    label: str
    attrs: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class StoredEdge:
    """An edge as read back, with the source file it came from."""

    src: str
    dst: str
    type: str
    origin: str
    text: str | None
    effective: str | None
    attrs: dict = field(compare=False, hash=False)


@dataclass(frozen=True)
class BuiltSource:
    """What the graph holds of one source file (or the facts file): ``graph_sources``."""

    origin: str
    sha256: str
    docset: str  # fingerprint of the documents held when it was built
    has_external: bool  # it cites documents not held (so a new document may resolve them)


def _stored(row: sqlite3.Row) -> StoredEdge:
    src, dst, etype, origin, _start, _end, text, effective, attrs = row
    return StoredEdge(src, dst, etype, origin, text, effective, json.loads(attrs))


class GraphStore:
    """Typed access to the graph's tables of one knowledge base (``Store``)."""

    def __init__(self, store: Store):
        self.store = store
        self.conn = store.conn
        self._tables = False  # graph tables seen to exist

    # -- schema ---------------------------------------------------------------------
    def ensure_schema(self) -> None:
        """Create the tables when missing (a writer; a read-only store only checks)."""
        if not self.store.readonly:
            self.conn.executescript(GRAPH_SCHEMA)

    def _readable(self) -> bool:
        """The graph's tables exist (a base whose graph was never built has none): readers then
        answer "nothing" instead of failing. A positive answer is kept (tables are never dropped)."""
        if not self._tables:
            self._tables = self.store.has_table("graph_edges")
        return self._tables

    def is_built(self) -> bool:
        """True when edges were built into this knowledge base (creates no table)."""
        return self.store.has_table("graph_sources") and \
            self.conn.execute("SELECT count(*) FROM graph_sources").fetchone()[0] > 0

    # -- building -------------------------------------------------------------------
    def built_sources(self) -> dict[str, BuiltSource]:
        """Every source the graph was built from, by origin."""
        self.ensure_schema()
        return {r[0]: BuiltSource(r[0], r[1], r[2], bool(r[3])) for r in self.conn.execute(
            "SELECT origin, sha256, docset, has_external FROM graph_sources")}

    def replace_source(self, origin: str, sha256: str, docset: str, edges: Iterable[Edge],
                       stubs: Iterable[Stub]) -> int:
        """The edges and stubs of one source, in place of what it had; returns the edges written
        (duplicates dropped: the first of equal edges is kept). Call inside a transaction."""
        c = self.conn
        c.execute("DELETE FROM graph_edges WHERE origin=?", (origin,))
        c.execute("DELETE FROM graph_nodes WHERE origin=?", (origin,))
        unique = list(dict.fromkeys(edges))
        c.executemany(
            "INSERT INTO graph_edges VALUES (?,?,?,?,?,?,?,?,?)",
            [(e.src, e.dst, e.type, origin, e.start, e.end, e.text, e.effective,
              json.dumps(e.attrs, ensure_ascii=False)) for e in unique])
        seen: dict[str, Stub] = {}
        for s in stubs:
            seen.setdefault(s.node, s)
        c.executemany("INSERT OR REPLACE INTO graph_nodes VALUES (?,?,?,?,?)",
                      [(s.node, origin, s.kind, s.label, json.dumps(s.attrs, ensure_ascii=False))
                       for s in seen.values()])
        c.execute("INSERT OR REPLACE INTO graph_sources VALUES (?,?,?,?,?,?)",
                  (origin, sha256, docset, datetime.now(timezone.utc).isoformat(timespec="seconds"),
                   len(unique), int(bool(seen))))
        return len(unique)

    def remove_source(self, origin: str) -> None:
        """Forget a source that is no longer in the knowledge base. Call inside a transaction."""
        for table in ("graph_edges", "graph_nodes", "graph_sources"):
            self.conn.execute(f"DELETE FROM {table} WHERE origin=?", (origin,))

    def set_docset_of_self_contained(self, docset: str) -> None:
        """Record ``docset`` for the sources that cite nothing external (their edges stand)."""
        self.conn.execute("UPDATE graph_sources SET docset=? WHERE has_external=0", (docset,))

    def mark_changed(self, origin: str) -> None:
        """Make the next build rebuild ``origin`` as if its file had changed (benchmarks, tests)."""
        self.conn.execute("UPDATE graph_sources SET sha256='changed' WHERE origin=?", (origin,))

    # -- reading --------------------------------------------------------------------
    def edges_from(self, node: str) -> list[StoredEdge]:
        if not self._readable():
            return []
        return [_stored(r) for r in self.conn.execute("SELECT * FROM graph_edges WHERE src=?", (node,))]

    def edges_to(self, node: str) -> list[StoredEdge]:
        if not self._readable():
            return []
        return [_stored(r) for r in self.conn.execute("SELECT * FROM graph_edges WHERE dst=?", (node,))]

    def edges_of_type(self, etype: str) -> Iterator[StoredEdge]:
        if not self._readable():
            return
        for r in self.conn.execute("SELECT * FROM graph_edges WHERE type=?", (etype,)):
            yield _stored(r)

    def edge_tuples(self) -> Iterator[tuple[str, str, str, str | None]]:
        """(src, dst, type, effective) of every edge, for a whole graph in memory."""
        if self._readable():
            yield from self.conn.execute("SELECT src, dst, type, effective FROM graph_edges")

    def stub(self, node: str) -> dict | None:
        """Kind, label and attributes of a stub node, or None."""
        if not self._readable():
            return None
        row = self.conn.execute("SELECT kind, label, attrs FROM graph_nodes WHERE node=? LIMIT 1",
                                (node,)).fetchone()
        return None if row is None else {"kind": row[0], "label": row[1], **json.loads(row[2])}

    def stubs(self) -> Iterator[tuple[str, str, str]]:
        """(node, kind, label) of every stub row."""
        if self._readable():
            yield from self.conn.execute("SELECT node, kind, label FROM graph_nodes")

    def edge_counts(self) -> dict[str, int]:
        """Stored edges per type."""
        if not self._readable():
            return {}
        return dict(self.conn.execute("SELECT type, count(*) FROM graph_edges GROUP BY type").fetchall())

    def snapshot(self) -> dict[str, list[tuple]]:
        """Every row of the graph's tables, sorted (``graph_sources.built_at`` left out: a
        time); empty lists when the graph was never built. ``bench/graph_compare.py`` and
        the tests compare two builds by it."""
        if not self._readable():
            return {table: [] for table in GRAPH_SNAPSHOT}
        return {table: sorted(tuple(r) for r in self.conn.execute(sql)) for table, sql in GRAPH_SNAPSHOT.items()}

    def stub_count(self) -> int:
        """Distinct stub nodes."""
        if not self._readable():
            return 0
        return self.conn.execute("SELECT count(DISTINCT node) FROM graph_nodes").fetchone()[0]
