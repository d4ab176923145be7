"""How the readers refuse a file: ``SourceError`` and the size limit they share.

The loader (``corpus.loader``) and the format extractors (``corpus.formats``) both
refuse input; this module sits below both so that neither imports the other to do
it. Messages name the file and the problem, in Vietnamese.
"""
from __future__ import annotations

import os

#: Characters of text any format may extract (a small DOCX can expand to tens of millions):
#: ~1,000 pages, far above any regulation or draft; ``DCCS_MAX_CHARS`` to change.
MAX_CHARS = int(os.environ.get("DCCS_MAX_CHARS", "3000000"))


class SourceError(Exception):
    """A file that cannot be read; the message names the file and the problem."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def vn_int(n: int) -> str:
    """1234567 → "1.234.567"."""
    return f"{n:,}".replace(",", ".")


def too_long(path: str, limit: int) -> SourceError:
    """Extracted text over ``limit`` characters (extraction stops as soon as it passes it)."""
    return SourceError(path, f"văn bản quá dài: trích xuất được hơn {vn_int(limit)} ký tự "
                             f"(giới hạn {vn_int(limit)} ký tự, khoảng 1.000 trang). "
                             "Hãy chia văn bản thành nhiều tệp nhỏ hơn")
