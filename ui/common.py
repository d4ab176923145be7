"""Shared plumbing for the command line and the web app: where the KB is, opening it."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from kb.store import KBError, Store, default_kb_path


def kb_path(args) -> Path:
    return Path(args.kb).expanduser() if getattr(args, "kb", None) else default_kb_path()


def open_store(args, *, ensure: bool = False) -> Store:
    """Open the knowledge base; with ``ensure``, prepare it on first use.

    First use builds the knowledge base, the link graph and the search index
    in one pass with one progress line (``kb.prepare``).
    """
    path = kb_path(args)
    if not path.exists() or Store(path).counts()["units"] == 0:
        if not ensure:
            raise KBError(f"Chưa có cơ sở dữ liệu tri thức tại {path}: hãy chạy 'dccs ingest'.")
        from kb.prepare import ConsoleProgress, prepare
        from kb.search.index import SearchIndexError
        print(f"Lần đầu sử dụng: đang dựng cơ sở dữ liệu tri thức, đồ thị liên kết và chỉ mục tìm kiếm "
              f"tại {path} (chỉ làm một lần) …", file=sys.stderr)
        try:
            report = prepare(path, progress=ConsoleProgress())
        except SearchIndexError as exc:  # the knowledge base is built; search can be built later
            print(f"\nChưa dựng được chỉ mục tìm kiếm: {exc}", file=sys.stderr)
        else:
            for source, problem in report.rejected:
                print(f"Bỏ qua {source}: {problem}", file=sys.stderr)
    return Store(path)


def print_json(obj) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def fail(message: str, code: int = 2) -> int:
    print(f"Lỗi: {message}", file=sys.stderr)
    return code
