"""Worker processes of the builds (ingest, graph, first use): when to fork, and dying with the parent.

Builds fork worker processes to use every core. Two rules, kept here once:

- fork only from a process that runs no other thread (``can_fork``): forking a
  threaded program (the web app) can hang the child on a lock some thread held;
- a worker dies with the process that started it (``die_with_parent``): a build
  killed with ``kill -9`` must not leave workers behind, blocked on a queue for
  ever or still writing.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading

_PR_SET_PDEATHSIG = 1


def can_fork() -> bool:
    """True when this process may fork workers: POSIX fork, and no other thread running."""
    return hasattr(os, "fork") and threading.active_count() == 1


def die_with_parent(sig: int = signal.SIGKILL) -> None:
    """Ask the kernel to send ``sig`` to this process when its parent dies (Linux; elsewhere
    nothing). Call it first thing in a forked worker; if the parent is already gone, exit."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - no prctl: best effort
            pass
    if os.getppid() != parent:
        os._exit(1)  # the parent died before the request took effect
