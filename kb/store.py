"""The knowledge base: an ordinary SQLite file a user can open and query.

Schema is versioned (``meta.schema_version``); every ingest runs in one
transaction, so a crash or a rejected file never leaves a half-written base.
Re-ingesting a source replaces exactly the units that came from it: ids are
stable, so nothing is duplicated.
"""
from __future__ import annotations

import json
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from kb.model import Amendment, Document, ParsedSource, Unit

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, ingested_at TEXT NOT NULL,
    documents INTEGER NOT NULL, units INTEGER NOT NULL, warnings INTEGER NOT NULL,
    stats TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, number TEXT, doc_type TEXT NOT NULL, title TEXT,
    issuer TEXT, issued TEXT, effective TEXT, status TEXT, kind TEXT NOT NULL,
    sha256 TEXT, signer TEXT, phapdien_topic TEXT, basis TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS document_sources (
    doc_id TEXT NOT NULL, path TEXT NOT NULL, PRIMARY KEY (doc_id, path)
);
CREATE TABLE IF NOT EXISTS units (
    uid TEXT PRIMARY KEY, doc_id TEXT NOT NULL, level TEXT NOT NULL, label TEXT NOT NULL,
    parent TEXT, ordinal INTEGER NOT NULL, title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '', phapdien_code TEXT, source_path TEXT NOT NULL,
    source_line INTEGER NOT NULL DEFAULT 0, effective TEXT,
    heading_path TEXT NOT NULL DEFAULT '[]', amendments TEXT NOT NULL DEFAULT '[]',
    related TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS units_doc ON units (doc_id, ordinal);
CREATE INDEX IF NOT EXISTS units_parent ON units (parent);
CREATE INDEX IF NOT EXISTS units_source ON units (source_path);
CREATE INDEX IF NOT EXISTS units_code ON units (phapdien_code);
CREATE TABLE IF NOT EXISTS issues (
    path TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL, line INTEGER
);
CREATE INDEX IF NOT EXISTS issues_path ON issues (path);
"""


class KBError(Exception):
    """A knowledge-base problem worth a clear message (missing, wrong version)."""


def default_kb_path() -> Path:
    """``DCCS_KB`` or ``~/.cache/dccs/kb.sqlite`` — never inside the source tree."""
    env = os.environ.get("DCCS_KB")
    if env:
        return Path(env).expanduser()
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "dccs" / "kb.sqlite"


@dataclass(frozen=True)
class IngestResult:
    path: str
    documents: int
    units: int
    warnings: int


class Store:
    """Thin typed access to the SQLite knowledge base."""

    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = Path(path)
        if readonly and not self.path.exists():
            raise KBError(f"Chưa có cơ sở dữ liệu tri thức tại {self.path}: hãy chạy 'dccs ingest'.")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------
    def _migrate(self) -> None:
        row = None
        try:
            row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.OperationalError:
            pass
        except sqlite3.DatabaseError as exc:
            raise KBError(f"{self.path} không phải cơ sở dữ liệu SQLite hợp lệ: {exc}") from exc
        if row is not None and int(row[0]) != SCHEMA_VERSION:
            raise KBError(
                f"{self.path} có lược đồ phiên bản {row[0]}, cần {SCHEMA_VERSION}: "
                "xoá tệp và chạy lại 'dccs ingest'."
            )
        if row is None:
            # executescript commits on its own; the DDL is idempotent.
            self.conn.executescript(SCHEMA)
            self.conn.execute(
                "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # -- writing --------------------------------------------------------------
    def ingest(self, parsed: Iterable[ParsedSource], status_of=None) -> list[IngestResult]:
        """Write every accepted source in ONE transaction; all or nothing.

        ``status_of(document) -> str`` fills the status column (kb.facts).
        """
        results = []
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.transaction() as c:
            for src in parsed:
                c.execute("DELETE FROM units WHERE source_path = ?", (src.path,))
                c.execute("DELETE FROM document_sources WHERE path = ?", (src.path,))
                c.execute("DELETE FROM issues WHERE path = ?", (src.path,))
                n_units = 0
                for doc in src.documents:
                    self._upsert_document(c, doc, status_of(doc) if status_of else doc.status)
                    c.execute("INSERT OR IGNORE INTO document_sources VALUES (?, ?)",
                              (doc.doc_id, src.path))
                    c.executemany(
                        "INSERT OR REPLACE INTO units VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        [_unit_row(u) for u in doc.units],
                    )
                    n_units += len(doc.units)
                c.executemany("INSERT INTO issues VALUES (?,?,?,?)",
                              [(i.path, i.severity, i.message, i.line) for i in src.issues])
                warnings = sum(1 for i in src.issues if i.severity == "warning")
                c.execute(
                    "INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?,?,?)",
                    (src.path, src.sha256, now, len(src.documents), n_units, warnings,
                     json.dumps(src.stats, ensure_ascii=False)),
                )
                results.append(IngestResult(src.path, len(src.documents), n_units, warnings))
            c.execute(
                "DELETE FROM documents WHERE doc_id NOT IN (SELECT doc_id FROM document_sources)"
            )
        return results

    @staticmethod
    def _upsert_document(c: sqlite3.Connection, d: Document, status: str) -> None:
        """Merge: a document assembled from several files keeps the best metadata."""
        c.execute(
            """INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
            ON CONFLICT(doc_id) DO UPDATE SET
              number=COALESCE(excluded.number, number),
              title=CASE WHEN length(excluded.title) > length(COALESCE(title,''))
                         THEN excluded.title ELSE title END,
              issuer=COALESCE(NULLIF(excluded.issuer,''), issuer),
              issued=COALESCE(excluded.issued, issued),
              effective=MIN(COALESCE(excluded.effective, effective), COALESCE(effective, excluded.effective)),
              status=excluded.status, sha256=excluded.sha256,
              signer=COALESCE(NULLIF(excluded.signer,''), signer),
              basis=CASE WHEN excluded.basis != '[]' THEN excluded.basis ELSE basis END""",
            (d.doc_id, d.number, d.doc_type, d.title, d.issuer, d.issued, d.effective, status,
             d.kind, d.sha256, d.signer, d.phapdien_topic, json.dumps(list(d.basis), ensure_ascii=False)),
        )

    # -- reading --------------------------------------------------------------
    def counts(self) -> dict:
        q = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "documents": q("SELECT count(*) FROM documents"),
            "articles": q("SELECT count(*) FROM units WHERE level='article'"),
            "units": q("SELECT count(*) FROM units"),
            "sources": q("SELECT count(*) FROM sources"),
        }

    def document(self, doc_id: str) -> Document | None:
        row = self.conn.execute("SELECT * FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        return _document(row, self._sources(doc_id)) if row else None

    def documents(self) -> list[Document]:
        """Every document (metadata only), by id; ``documents_of`` filters."""
        return self.documents_of()

    def _sources(self, doc_id: str) -> tuple[str, ...]:
        return tuple(r[0] for r in self.conn.execute(
            "SELECT path FROM document_sources WHERE doc_id=? ORDER BY path", (doc_id,)))

    def unit(self, uid: str) -> Unit | None:
        row = self.conn.execute("SELECT * FROM units WHERE uid=?", (uid,)).fetchone()
        return _unit(row) if row else None

    def units_of(self, doc_id: str, level: str | None = None) -> list[Unit]:
        sql = "SELECT * FROM units WHERE doc_id=?" + (" AND level=?" if level else "")
        sql += " ORDER BY ordinal"
        return [_unit(r) for r in self.conn.execute(sql, (doc_id, level) if level else (doc_id,))]

    def children(self, uid: str) -> list[Unit]:
        return [_unit(r) for r in self.conn.execute(
            "SELECT * FROM units WHERE parent=? ORDER BY ordinal", (uid,))]

    def descendants(self, uid: str) -> list[Unit]:
        out: list[Unit] = []
        for child in self.children(uid):
            out.append(child)
            out.extend(self.descendants(child.uid))
        return out

    def unit_by_code(self, code: str) -> Unit | None:
        row = self.conn.execute("SELECT * FROM units WHERE phapdien_code=?", (code,)).fetchone()
        return _unit(row) if row else None

    def issues(self, path: str | None = None) -> list[sqlite3.Row]:
        if path:
            return self.conn.execute("SELECT * FROM issues WHERE path=?", (path,)).fetchall()
        return self.conn.execute("SELECT * FROM issues").fetchall()

    def sources(self) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT * FROM sources ORDER BY path").fetchall()

    def source_sha(self, path: str) -> str | None:
        row = self.conn.execute("SELECT sha256 FROM sources WHERE path=?", (path,)).fetchone()
        return row[0] if row else None

    # -- typed queries (callers never write SQL) ------------------------------------------
    def documents_of(self, *, kinds: tuple[str, ...] | None = None, not_kinds: tuple[str, ...] = (),
                     types: tuple[str, ...] | None = None, in_phapdien: bool | None = None,
                     local: bool | None = None) -> list[Document]:
        """Documents (metadata only) filtered by kind, type, pháp điển origin and local id, by id."""
        where, params = ["1"], []
        if kinds is not None:
            where.append(f"kind IN ({','.join('?' * len(kinds))})")
            params += kinds
        if not_kinds:
            where.append(f"kind NOT IN ({','.join('?' * len(not_kinds))})")
            params += not_kinds
        if types is not None:
            where.append(f"doc_type IN ({','.join('?' * len(types))})")
            params += types
        if in_phapdien is not None:
            where.append("phapdien_topic IS NOT NULL" if in_phapdien else "phapdien_topic IS NULL")
        if local is not None:
            where.append("doc_id LIKE 'local:%'" if local else "doc_id NOT LIKE 'local:%'")
        rows = self.conn.execute(f"SELECT * FROM documents WHERE {' AND '.join(where)} ORDER BY doc_id", params)
        return [_document(r, ()) for r in rows]

    def document_names(self) -> list[sqlite3.Row]:
        """(doc_id, doc_type, title, issued, number, topic) of every document; topic is the
        title of the pháp điển đề mục it was read from (names a law whose notes carry no title)."""
        return self.conn.execute(
            """SELECT d.doc_id, d.doc_type, d.title, d.issued, d.number,
                      (SELECT json_extract(s.stats, '$.topic_title') FROM document_sources ds
                       JOIN sources s ON s.path = ds.path WHERE ds.doc_id = d.doc_id LIMIT 1) AS topic
               FROM documents d""").fetchall()

    def units_with_code_prefix(self, prefix: str) -> list[Unit]:
        """Units whose pháp điển code starts with ``prefix`` (SQL LIKE: case-insensitive for ASCII)."""
        return [_unit(r) for r in self.conn.execute(
            "SELECT * FROM units WHERE phapdien_code LIKE ?", (prefix + "%",))]

    def articles_related_to(self, code_prefix: str) -> list[tuple[str, tuple[str, ...]]]:
        """(article uid, related codes) of articles whose pháp điển notes name a code under ``code_prefix``."""
        rows = self.conn.execute("SELECT uid, related FROM units WHERE level='article' AND related LIKE ?",
                                 (f'%"{code_prefix}%',))
        return [(uid, tuple(json.loads(rel))) for uid, rel in rows]

    def units_relating_to(self, code: str) -> list[Unit]:
        """Units whose pháp điển notes say they relate to the article coded ``code``, in reading order."""
        pattern = "%" + json.dumps(code) + "%"
        return [_unit(r) for r in self.conn.execute(
            "SELECT * FROM units WHERE related LIKE ? ORDER BY doc_id, ordinal", (pattern,))]

    def type_counts(self) -> list[tuple[str, int]]:
        """(document type, number of documents), most frequent first."""
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT doc_type, count(*) FROM documents GROUP BY doc_type ORDER BY count(*) DESC")]

    def has_table(self, name: str) -> bool:
        """True when the table exists (read-only: creates nothing)."""
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                                 (name,)).fetchone() is not None

    def sources_state(self) -> tuple[int, str | None]:
        """(number of sources, last ingest time): changes whenever an ingest writes."""
        n, last = self.conn.execute("SELECT count(*), max(ingested_at) FROM sources").fetchone()
        return n, last


def _unit_row(u: Unit) -> tuple:
    return (
        u.uid, u.doc_id, u.level, u.label, u.parent, u.ordinal, u.title, u.text,
        u.phapdien_code, u.source_path, u.source_line, u.effective,
        json.dumps(list(u.heading_path), ensure_ascii=False),
        json.dumps([a.__dict__ for a in u.amendments], ensure_ascii=False),
        json.dumps(list(u.related)),
    )


def _unit(r: sqlite3.Row) -> Unit:
    return Unit(
        uid=r["uid"], doc_id=r["doc_id"], level=r["level"], label=r["label"],
        parent=r["parent"], ordinal=r["ordinal"], title=r["title"], text=r["text"],
        phapdien_code=r["phapdien_code"], source_path=r["source_path"],
        source_line=r["source_line"], effective=r["effective"],
        heading_path=tuple(json.loads(r["heading_path"])),
        amendments=tuple(
            Amendment(kinds=tuple(a["kinds"]), by_doc=a["by_doc"], by_article=a["by_article"],
                      effective=a["effective"])
            for a in json.loads(r["amendments"])
        ),
        related=tuple(json.loads(r["related"])),
    )


def _document(r: sqlite3.Row, sources: tuple[str, ...]) -> Document:
    return Document(
        doc_id=r["doc_id"], number=r["number"], doc_type=r["doc_type"], title=r["title"] or "",
        issuer=r["issuer"] or "", issued=r["issued"], effective=r["effective"],
        status=r["status"] or "", kind=r["kind"], source_paths=sources, sha256=r["sha256"] or "",
        basis=tuple(json.loads(r["basis"])), signer=r["signer"] or "",
        phapdien_topic=r["phapdien_topic"],
    )
