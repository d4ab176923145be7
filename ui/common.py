"""Shared plumbing for the command line and the web app: where the KB is, opening it."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from kb.escape import SHOW_BYTES
from kb.serialize import dumps
from kb.store import KBError, Store, default_kb_path
from pipeline.prepare import ConsoleProgress, prepare


def kb_path(args) -> Path:
    return Path(args.kb).expanduser() if getattr(args, "kb", None) else default_kb_path()


#: Commands that only read the knowledge base: opened read-only, so they work on a read-only
#: file system or a file without write permission, and never take a write lock.
READ_ONLY_COMMANDS = frozenset({"show", "search", "check", "learn"})


def open_store(args, *, ensure: bool = False, readonly: bool | None = None) -> Store:
    """Open the knowledge base; with ``ensure``, build it on first use (with progress).

    ``readonly`` defaults to whether ``args.command`` only reads (``READ_ONLY_COMMANDS``).
    Raises ``KBError`` (not built: exit 2) or ``KBUnusable`` (corrupt, locked, read-only,
    full: exit 3), both naming the file and what to do.
    """
    path = kb_path(args)
    if readonly is None:
        readonly = getattr(args, "command", None) in READ_ONLY_COMMANDS
    if path.exists() and path.is_file() and path.stat().st_size > 0:
        store = Store(path, readonly=readonly)
        try:
            if store.has_units():
                return store
        except KBError:
            store.close()
            raise
        store.close()
    elif path.exists() and not path.is_file():
        Store(path, readonly=True)  # raises KBUnusable naming the problem
    if not ensure:
        raise KBError(f"Chưa có cơ sở dữ liệu tri thức tại {path}: hãy chạy 'dccs ingest'.")
    # First use: the knowledge base, the link graph and the search index in one pass with one
    # progress line (``pipeline.prepare``).
    from kb.search.index import SearchIndexError  # on use: kb.search loads numpy and tantivy (~1 s)

    print(f"Lần đầu sử dụng: đang dựng cơ sở dữ liệu tri thức, đồ thị liên kết và chỉ mục tìm kiếm "
          f"tại {path} (chỉ làm một lần) …", file=sys.stderr)
    try:
        report = prepare(path, progress=ConsoleProgress())
    except SearchIndexError as exc:  # the knowledge base is built; search can be built later
        print(f"\nChưa dựng được chỉ mục tìm kiếm: {exc}", file=sys.stderr)
    else:
        for source, problem in report.rejected:
            print(f"Bỏ qua {source}: {problem}", file=sys.stderr)
    return Store(path, readonly=readonly)


def bad_utf8(text: str) -> str | None:
    """An argument that arrived as invalid UTF-8 (Python keeps the bytes as lone surrogates):
    the argument shown with ``\\x`` escapes, else None."""
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        return text.encode("utf-8", SHOW_BYTES).decode("utf-8")
    return None


def write_atomic(path: str | Path, data: bytes | str) -> None:
    """Write ``path`` all at once: a temporary file beside it, flushed, then renamed over it.

    A full disk or an interruption leaves the previous file (or none) — never a 0-byte or
    half-written report. Raises ``OSError`` (the caller's top level explains it)."""
    path = Path(path)
    raw = data.encode("utf-8", SHOW_BYTES) if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:100]}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError) and not exc.filename:
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
        raise


def same_file(a: str | Path, b: str | Path) -> bool:
    """True when two paths name the same file (also through links or ``..``)."""
    try:
        return Path(a).resolve() == Path(b).resolve() or Path(a).samefile(b)
    except OSError:
        return False


def print_json(obj) -> None:
    """Every --json output goes out here, through the one serializer (kb.serialize)."""
    sys.stdout.write(dumps(obj) + "\n")


def fail(message: str, code: int = 2) -> int:
    print(f"Lỗi: {message}", file=sys.stderr)
    return code
