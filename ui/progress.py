"""Terminal widgets: a dependency-free progress line for long commands (ingest, graph, search index)."""
from __future__ import annotations

import sys
import time
from pathlib import Path


class ProgressBar:
    """A dependency-free progress line on stderr (redrawn on a terminal)."""

    def __init__(self, stream=None, width: int = 30):
        # sys.stderr read now, not at import: a test (or a caller) may have replaced it since
        self.stream, self.width = stream if stream is not None else sys.stderr, width
        stream = self.stream
        self.tty = stream.isatty()
        self.start = time.perf_counter()
        self._last = -1

    def __call__(self, n: int, total: int, label: str) -> None:
        pct = int(100 * n / max(total, 1))
        if not self.tty and pct // 10 == self._last // 10 and n != total:
            return
        self._last = pct
        filled = int(self.width * n / max(total, 1))
        bar = "#" * filled + "-" * (self.width - filled)
        name = Path(label).name[:40]
        line = f"[{bar}] {n}/{total} {pct:3d}% {time.perf_counter() - self.start:5.1f}s {name}"
        if self.tty:
            self.stream.write("\r" + line.ljust(100))
            if n == total:
                self.stream.write("\n")
        else:
            self.stream.write(line + "\n")
        self.stream.flush()
