"""Shared plumbing for the command line and the web app: where the KB is, opening it."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from kb.store import KBError, Store, default_kb_path


def kb_path(args) -> Path:
    return Path(args.kb).expanduser() if getattr(args, "kb", None) else default_kb_path()


def open_store(args, *, ensure: bool = False) -> Store:
    """Open the knowledge base; with ``ensure``, build it on first use (with progress)."""
    path = kb_path(args)
    if not path.exists() or Store(path).counts()["units"] == 0:
        if not ensure:
            raise KBError(f"Chưa có cơ sở dữ liệu tri thức tại {path}: hãy chạy 'dccs ingest'.")
        from pipeline.ingest import default_sources, ingest
        from ui.progress import ProgressBar
        print(f"Lần đầu sử dụng: đang xây dựng cơ sở dữ liệu tri thức tại {path} …", file=sys.stderr)
        store = Store(path)
        ingest(store, default_sources(), progress=ProgressBar())
        return store
    return Store(path)


def print_json(obj) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def fail(message: str, code: int = 2) -> int:
    print(f"Lỗi: {message}", file=sys.stderr)
    return code
