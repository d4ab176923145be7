"""The ``dccs`` command line: one sub-command per library function.

Each feature registers its own sub-commands from a module of its own
(``ui/commands_*.py``), so this file only wires them together. Exit codes:
0 ok, 1 a finding or a rejected file / unresolved citation, 2 usage or bad input.
"""
from __future__ import annotations

import argparse
import importlib
import sys

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
            stream.reconfigure(encoding="utf-8")
        except (AttributeError, ValueError):
            pass
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
