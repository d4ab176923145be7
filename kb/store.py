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
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import quote

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
    """A knowledge-base problem worth a clear message; ``exit_code`` for the command line.

    2: not built yet (a setup step is missing). ``KBUnusable`` (3): the file exists but
    cannot be used — corrupt, locked by another writer, read-only, disk full, wrong schema.
    """

    exit_code = 2


class KBUnusable(KBError):
    """The knowledge base exists but cannot be used; the message names the file and what to do."""

    exit_code = 3


#: How long a second writer waits for the first one (seconds); ``DCCS_KB_LOCK_WAIT``.
LOCK_WAIT = float(os.environ.get("DCCS_KB_LOCK_WAIT", "30"))


def explain(exc: BaseException, path: str | Path) -> KBUnusable:
    """A SQLite/OS error met while using the knowledge base → a Vietnamese ``KBUnusable``."""
    msg = str(exc).lower()
    errno = getattr(exc, "errno", None)
    if ("unable to open" in msg or "cannot open" in msg) and not _writable_dir(Path(path).parent):
        msg = "readonly"
    if "locked" in msg or "busy" in msg:
        what = (f"cơ sở dữ liệu tri thức {path} đang được một tiến trình khác ghi (ví dụ một lệnh "
                "'dccs ingest' khác): hãy chờ tiến trình đó xong rồi chạy lại")
    elif "disk is full" in msg or "disk full" in msg or errno == 28:
        what = (f"ổ đĩa chứa cơ sở dữ liệu tri thức {path} đã đầy: hãy giải phóng dung lượng rồi chạy "
                "lại (cơ sở dữ liệu giữ nguyên trạng thái trước lần ghi này)")
    elif "readonly" in msg or "read-only" in msg or errno == 30 or errno == 13:
        what = (f"không ghi được vào cơ sở dữ liệu tri thức {path} (chỉ đọc hoặc không có quyền ghi): "
                "hãy chọn tệp khác bằng --kb hoặc DCCS_KB ở thư mục có quyền ghi")
    elif "not a database" in msg or "malformed" in msg or "corrupt" in msg or "file is encrypted" in msg:
        what = (f"tệp {path} bị hỏng, không phải cơ sở dữ liệu tri thức hợp lệ: hãy xoá tệp rồi chạy "
                "'dccs ingest' để dựng lại")
    elif "unable to open" in msg or "cannot open" in msg:
        what = (f"không mở được cơ sở dữ liệu tri thức {path}: hãy kiểm tra quyền truy cập thư mục, "
                "hoặc chọn tệp khác bằng --kb")
    else:
        what = (f"lỗi khi dùng cơ sở dữ liệu tri thức {path} ({exc}): nếu lặp lại, hãy xoá tệp rồi chạy "
                "'dccs ingest' để dựng lại")
    return KBUnusable(what[0].upper() + what[1:] + ".")


def _writable_dir(directory: Path) -> bool:
    try:
        if os.statvfs(directory).f_flag & os.ST_RDONLY:
            return False
    except OSError:
        return True
    return os.access(directory, os.W_OK)


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


#: What ``Store.snapshot`` reads: every table ingest writes, every column but the time of ingest.
SNAPSHOT = {
    "documents": "SELECT * FROM documents",
    "document_sources": "SELECT * FROM document_sources",
    "units": "SELECT * FROM units",
    "sources": "SELECT path, sha256, documents, units, warnings, stats FROM sources",
    "issues": "SELECT * FROM issues",
}


class Store:
    """Thin typed access to the SQLite knowledge base."""

    def __init__(self, path: str | Path, *, readonly: bool = False, notice=None):
        """Open the base. ``readonly``: no write of any kind (works on a read-only file
        system or a file without write permission); otherwise WAL mode and the schema.
        Faults become ``KBUnusable`` naming the file; ``notice(msg)`` tells a waiting writer."""
        self.path = Path(path)
        self.readonly = readonly
        self.notice = notice or (lambda m: print(m, file=sys.stderr, flush=True))
        if not self.path.exists():
            if readonly:
                raise KBError(f"Chưa có cơ sở dữ liệu tri thức tại {self.path}: hãy chạy 'dccs ingest'.")
        elif self.path.is_dir():
            raise KBUnusable(f"{self.path} là một thư mục, không phải tệp cơ sở dữ liệu tri thức: "
                             "hãy chỉ tới một tệp .sqlite bằng --kb hoặc DCCS_KB.")
        try:
            if readonly:
                self.conn = self._connect_readonly()
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                            timeout=LOCK_WAIT)
                self.conn.row_factory = sqlite3.Row
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
                self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except KBError:
            raise
        except (sqlite3.Error, OSError) as exc:
            raise explain(exc, self.path) from exc

    def _connect_readonly(self) -> sqlite3.Connection:
        """``mode=ro``; on a read-only file system a WAL base cannot make its -shm file,
        so fall back to ``immutable=1`` (nobody can be writing there anyway) — never where the folder is
        writable or the base is locked: a writer may be at work, and its pages are not to be read as final."""
        uri = "file:" + quote(str(self.path.resolve()))
        last: Exception | None = None
        for flags in ("?mode=ro", "?mode=ro&immutable=1"):
            if "immutable" in flags and (os.access(self.path.parent, os.W_OK) or "locked" in str(last).lower()):
                break  # a writable place: someone may be writing (an ingest holding its lock) — an immutable
                #        reader would then read half-written pages ("database disk image is malformed")
            conn = sqlite3.connect(uri + flags, uri=True, isolation_level=None, check_same_thread=False,
                                   timeout=LOCK_WAIT)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError as exc:
                conn.close()
                last = exc
                continue
            except sqlite3.DatabaseError:
                conn.close()
                raise
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA query_only=ON")
            return conn
        raise last  # type: ignore[misc]
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
        except sqlite3.OperationalError as exc:
            if "no such table" not in str(exc):
                raise
        if row is not None and str(row[0]) != str(SCHEMA_VERSION):
            raise KBUnusable(
                f"{self.path} có lược đồ phiên bản {row[0]}, cần {SCHEMA_VERSION}: "
                "xoá tệp và chạy lại 'dccs ingest'."
            )
        if row is None:
            if self.readonly and self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise KBUnusable(f"Tệp {self.path} bị hỏng hoặc không phải cơ sở dữ liệu tri thức (không có "
                                 "bảng meta): hãy xoá tệp rồi chạy 'dccs ingest' để dựng lại.")
            if self.readonly:
                raise KBError(f"Chưa có cơ sở dữ liệu tri thức tại {self.path} (tệp chưa có dữ liệu): "
                              "hãy chạy 'dccs ingest'.")
            # executescript commits on its own; the DDL is idempotent.
            self.conn.executescript(SCHEMA)
            self.conn.execute(
                "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction. A second writer is told it waits, then refused clearly."""
        self._begin()
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise explain(exc, self.path) from exc

    def _begin(self) -> None:
        if self.readonly:
            raise KBUnusable(f"Cơ sở dữ liệu tri thức {self.path} đang mở ở chế độ chỉ đọc.")
        self.conn.execute(f"PRAGMA busy_timeout={int(min(LOCK_WAIT, 0.5) * 1000)}")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise explain(exc, self.path) from exc
        self.notice(f"Cơ sở dữ liệu tri thức {self.path} đang được một tiến trình khác ghi; "
                    f"đang chờ tối đa {LOCK_WAIT:.0f} giây …")
        self.conn.execute(f"PRAGMA busy_timeout={int(LOCK_WAIT * 1000)}")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise explain(exc, self.path) from exc

    # -- writing --------------------------------------------------------------
    def ingest(self, parsed: Iterable[ParsedSource], status_of=None) -> list[IngestResult]:
        """Write every accepted source in ONE transaction; all or nothing.

        ``status_of(document) -> str`` fills the status column (kb.facts).
        """
        results = []
        # to the microsecond: a re-ingest within the same second must still change what the
        # search index and the graph record as built from
        now = datetime.now(timezone.utc).isoformat(timespec="microseconds")
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

    def has_units(self) -> bool:
        """True when ingest stored anything; a damaged file raises ``KBUnusable`` naming it."""
        try:
            return self.conn.execute("SELECT 1 FROM units LIMIT 1").fetchone() is not None
        except sqlite3.DatabaseError as exc:
            raise explain(exc, self.path) from exc

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

    def doc_holders(self, doc_id: str, other_than: str) -> list[str]:
        """Source paths other than ``other_than`` that already hold document ``doc_id``."""
        return [r[0] for r in self.conn.execute(
            "SELECT path FROM document_sources WHERE doc_id=? AND path<>? ORDER BY path", (doc_id, other_than))]

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

    def codes_with_prefix(self, prefix: str) -> list[tuple[str, str]]:
        """(pháp điển code, uid) of the units whose code starts with ``prefix`` exactly as stored, without
        reading the units: a range over the code index, for finding a code typed in another case."""
        return self.conn.execute("SELECT phapdien_code, uid FROM units WHERE phapdien_code >= ? AND phapdien_code < ?",
                                 (prefix, prefix + "\U0010ffff")).fetchall()

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

    def document_ids(self) -> list[str]:
        """Every document id, sorted."""
        return [r[0] for r in self.conn.execute("SELECT doc_id FROM documents ORDER BY doc_id")]

    def documents_of_source(self, path: str) -> list[str]:
        """Ids of the documents read (wholly or in part) from the source file ``path``."""
        return [r[0] for r in self.conn.execute("SELECT doc_id FROM document_sources WHERE path=?", (path,))]

    def units_of_source(self, path: str) -> Iterator[Unit]:
        """The units read from the source file ``path``, document by document in reading order."""
        for row in self.conn.execute("SELECT * FROM units WHERE source_path=? ORDER BY doc_id, ordinal",
                                     (path,)):
            yield _unit(row)

    def unit_ids(self, level: str | None = None) -> list[str]:
        """Ids of every unit (of one ``level``: "article", …)."""
        if level is None:
            return [r[0] for r in self.conn.execute("SELECT uid FROM units")]
        return [r[0] for r in self.conn.execute("SELECT uid FROM units WHERE level=?", (level,))]

    def top_unit_ids(self, doc_id: str) -> list[str]:
        """Ids of a document's units that have no parent (its chapters or articles), in order."""
        return [r[0] for r in self.conn.execute(
            "SELECT uid FROM units WHERE doc_id=? AND parent IS NULL ORDER BY ordinal", (doc_id,))]

    def unit_tree(self) -> list[tuple[str, str, str | None, str]]:
        """(uid, doc_id, parent, level) of every unit: the structure without the text."""
        return [tuple(r) for r in self.conn.execute("SELECT uid, doc_id, parent, level FROM units")]

    def code_index(self) -> dict[str, str]:
        """Pháp điển code → unit id, for every coded unit."""
        return dict(self.conn.execute(
            "SELECT phapdien_code, uid FROM units WHERE phapdien_code IS NOT NULL").fetchall())

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

    def backup(self, target: str | Path) -> None:
        """A consistent copy of the whole file at ``target`` (SQLite's online backup)."""
        dst = sqlite3.connect(target)
        try:
            self.conn.backup(dst)
        finally:
            dst.close()

    def snapshot(self) -> dict[str, list[tuple]]:
        """Every row ingest stored, table by table, sorted (``sources.ingested_at`` left out:
        a time): what two ingests are compared by (``bench/kb_compare.py``, tests)."""
        return {table: sorted(tuple(r) for r in self.conn.execute(sql)) for table, sql in SNAPSHOT.items()}


def _unit_row(u: Unit) -> tuple:
    return (
        u.uid, u.doc_id, u.level, u.label, u.parent, u.ordinal, u.title, u.text,
        u.phapdien_code, u.source_path, u.source_line, u.effective,
        json.dumps(list(u.heading_path), ensure_ascii=False) if u.heading_path else "[]",
        json.dumps([a.__dict__ for a in u.amendments], ensure_ascii=False) if u.amendments else "[]",
        json.dumps(list(u.related)) if u.related else "[]",
    )


def _json_tuple(value: str) -> tuple:
    """A stored JSON list as a tuple; the common empty list without parsing."""
    return () if value == "[]" else tuple(json.loads(value))


def _unit(r: sqlite3.Row) -> Unit:
    """A ``SELECT * FROM units`` row (columns in the order of ``SCHEMA``) → ``Unit``."""
    (uid, doc_id, level, label, parent, ordinal, title, text, code, source_path, source_line,
     effective, heading_path, amendments, related) = r
    return Unit(
        uid=uid, doc_id=doc_id, level=level, label=label, parent=parent, ordinal=ordinal,
        title=title, text=text, phapdien_code=code, source_path=source_path,
        source_line=source_line, effective=effective, heading_path=_json_tuple(heading_path),
        amendments=tuple(
            Amendment(kinds=tuple(a["kinds"]), by_doc=a["by_doc"], by_article=a["by_article"],
                      effective=a["effective"])
            for a in _json_tuple(amendments)
        ),
        related=_json_tuple(related),
    )


def _document(r: sqlite3.Row, sources: tuple[str, ...]) -> Document:
    return Document(
        doc_id=r["doc_id"], number=r["number"], doc_type=r["doc_type"], title=r["title"] or "",
        issuer=r["issuer"] or "", issued=r["issued"], effective=r["effective"],
        status=r["status"] or "", kind=r["kind"], source_paths=sources, sha256=r["sha256"] or "",
        basis=tuple(json.loads(r["basis"])), signer=r["signer"] or "",
        phapdien_topic=r["phapdien_topic"],
    )
