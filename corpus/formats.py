"""Text extraction from DOCX, HTML and PDF. Placeholder until the readers land."""
from __future__ import annotations

from corpus.loader import SourceError


def docx_text(data: bytes, path: str) -> tuple[str, tuple[int, ...]]:
    raise SourceError(path, "chưa hỗ trợ DOCX")


def pdf_text(data: bytes, path: str) -> tuple[str, tuple[int, ...]]:
    raise SourceError(path, "chưa hỗ trợ PDF")


def html_text(raw: str, path: str) -> str:
    raise SourceError(path, "chưa hỗ trợ HTML")
