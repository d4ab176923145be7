"""The ``dccs`` command line: one sub-command per library function.

Each feature registers its own sub-commands from a module of its own
(``ui/commands_*.py``), so this file only wires them together, and turns every
fault into a Vietnamese message and an exit code — never a traceback:

====  =====================================================================================
0     done; no finding of severity «lỗi»
1     at least one «lỗi» (check), a rejected file (ingest), an unresolved citation (show)
2     bad input or usage: unreadable file, bad option, invalid UTF-8 argument, an output
      that cannot be written (``-o`` naming an input, full disk for the report), knowledge
      base not built yet
3     the knowledge base cannot be used: corrupt, locked by another writer, read-only for
      a command that writes, disk full, wrong schema version
4     an internal error (a bug): a one-line message; ``DCCS_DEBUG=1`` shows the traceback
130   interrupted (Ctrl+C)
====  =====================================================================================
"""
from __future__ import annotations

import argparse
import errno
import importlib
import os
import sqlite3
import sys

from kb.escape import SHOW_BYTES
from kb.store import KBError, explain
from ui.common import kb_path

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_KB, EXIT_INTERNAL = 0, 1, 2, 3, 4

COMMAND_MODULES = [
    "ui.commands_kb",
    "ui.commands_graph",
    "ui.commands_ui",
    "ui.commands_learn",
    "ui.commands_check",
    "ui.commands_search",
]


def common_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--kb", metavar="PATH",
                        help="tệp cơ sở dữ liệu tri thức (mặc định: $DCCS_KB hoặc ~/.cache/dccs/kb.sqlite)")
    return parent


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dccs", description="Cơ sở tri thức và kiểm tra văn bản về thực hiện dân chủ ở cơ sở.")
    parser.add_argument("--kb", metavar="PATH", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")
    parent = common_parent()
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, parent)
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        try:
            # A file name or argument that is not valid UTF-8 is printed with \x escapes
            # instead of crashing the print.
            stream.reconfigure(encoding="utf-8", errors=SHOW_BYTES)
        except (AttributeError, ValueError):
            pass
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last line of defence: a message, never a traceback
        return _fault(exc, args)


def _fault(exc: Exception, args) -> int:
    if isinstance(exc, KBError):
        print(f"Lỗi: {exc}", file=sys.stderr)
        return exc.exit_code
    if isinstance(exc, sqlite3.Error):
        print(f"Lỗi: {explain(exc, kb_path(args))}", file=sys.stderr)
        return EXIT_KB
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES):
        where = f" {exc.filename}" if exc.filename else ""
        why = {errno.ENOSPC: "ổ đĩa đã đầy", errno.EDQUOT: "vượt hạn mức dung lượng",
               errno.EROFS: "hệ thống tệp chỉ đọc", errno.EACCES: "không có quyền ghi"}[exc.errno]
        print(f"Lỗi: không ghi được{where}: {why}. Hãy giải phóng dung lượng hoặc chọn nơi ghi khác.",
              file=sys.stderr)
        return EXIT_USAGE
    if isinstance(exc, MemoryError):
        print("Lỗi: không đủ bộ nhớ để xử lý đầu vào này; hãy chia nhỏ văn bản.", file=sys.stderr)
        return EXIT_USAGE
    if os.environ.get("DCCS_DEBUG"):
        raise exc
    print(f"Lỗi nội bộ ({type(exc).__name__}: {str(exc)[:300]}). Đây là lỗi của chương trình, không phải "
          "của văn bản: hãy báo lại kèm lệnh đã chạy (đặt DCCS_DEBUG=1 để xem chi tiết).", file=sys.stderr)
    return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
