"""Bytes on disk → text a reader can parse, with clear refusals.

Decides the format from content first and the file name second, decodes
(UTF-8, UTF-16, legacy TCVN3/VNI via ``corpus.legacy``), and extracts text
from DOCX, HTML and PDF (``corpus.formats``). Every refusal is a
``SourceError`` whose message names the file and the problem, in Vietnamese.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = int(os.environ.get("DCCS_MAX_UPLOAD_MB", "50")) * 1024 * 1024
SUPPORTED = (".md", ".txt", ".docx", ".html", ".htm", ".xml", ".pdf")


class SourceError(Exception):
    """A file that cannot be read; the message names the file and the problem."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class LoadedText:
    path: str
    text: str
    fmt: str  # "phapdien", "text", "docx", "html", "pdf"
    sha256: str
    data: bytes
    note: str = ""  # e.g. "đã chuyển mã từ TCVN3 sang Unicode"
    #: For DOCX/PDF: 1-based text line → paragraph (DOCX) or page (PDF) number.
    line_origin: tuple[int, ...] = ()


def sniff(data: bytes, name: str) -> str:
    """Format from magic bytes, then from the file name."""
    head = data[:2048].lstrip()
    suffix = Path(name).suffix.lower()
    if data[:4] == b"PK\x03\x04":
        return "docx"  # formats.docx_text refuses zips that are not Word files
    if data[:5] == b"%PDF-":
        return "pdf"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "ole"  # legacy .doc: refused with advice
    low = head[:512].lower()
    if low.startswith((b"<!doctype html", b"<html")) or b"<html" in low or suffix in (".html", ".htm"):
        return "html"
    if suffix == ".md":
        return "markdown"
    return "text"


def decode_text(data: bytes, path: str) -> tuple[str, str]:
    """Decode plain text; detect legacy Vietnamese encodings. Returns (text, note)."""
    from corpus import legacy

    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ""
        except UnicodeDecodeError as exc:
            raise SourceError(path, f"tệp UTF-16 bị hỏng ({exc.reason})") from exc
    if b"\x00" in data[:4096]:
        raise SourceError(path, "tệp nhị phân, không phải văn bản (có byte NUL)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        enc = legacy.detect(text)
        if enc:
            return legacy.to_unicode(text, enc), f"đã chuyển mã từ {enc} sang Unicode"
        return text, ""
    # Not UTF-8: a legacy 8-bit encoding, or garbage.
    latin = data.decode("latin-1")
    enc = legacy.detect(latin)
    if enc:
        return legacy.to_unicode(latin, enc), f"đã chuyển mã từ {enc} sang Unicode"
    try:
        return data.decode("cp1258"), "đã đọc theo bảng mã Windows-1258"
    except UnicodeDecodeError:
        pass
    raise SourceError(path, "không đọc được bảng mã (không phải UTF-8, TCVN3 hay VNI)")


def load_bytes(data: bytes, path: str) -> LoadedText:
    """Turn a file's bytes into text, or raise SourceError naming the problem."""
    from corpus import formats

    sha = hashlib.sha256(data).hexdigest()
    if len(data) == 0:
        raise SourceError(path, "tệp rỗng (0 byte)")
    if len(data) > MAX_BYTES:
        raise SourceError(path, f"tệp quá lớn ({len(data) / 1048576:.1f} MB; tối đa "
                                f"{MAX_BYTES // 1048576} MB)")
    fmt = sniff(data, path)
    origin: tuple[int, ...] = ()
    note = ""
    if fmt == "docx":
        text, origin = formats.docx_text(data, path)
    elif fmt == "pdf":
        text, origin = formats.pdf_text(data, path)
    elif fmt == "html":
        raw, note = decode_text(data, path)
        text = formats.html_text(raw, path)
    elif fmt == "ole":
        raise SourceError(path, "định dạng Word cũ (.doc) chưa được hỗ trợ: hãy lưu lại thành .docx")
    else:
        text, note = decode_text(data, path)
        if fmt == "markdown" and "\nĐiều " in text and "(Điều " in text and text.lstrip().startswith("---"):
            fmt = "phapdien"
    if not text.strip():
        raise SourceError(path, "văn bản rỗng: không có chữ nào đọc được"
                          + (" (PDF không có lớp chữ? cần OCR)" if fmt == "pdf" else ""))
    return LoadedText(path, text, fmt, sha, data, note, origin)


def load_file(path: str | Path) -> LoadedText:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise SourceError(str(p), f"tệp quá lớn ({size / 1048576:.1f} MB; tối đa "
                                      f"{MAX_BYTES // 1048576} MB)")
        data = p.read_bytes()
    except OSError as exc:
        raise SourceError(str(p), f"không mở được tệp ({exc.strerror})") from exc
    return load_bytes(data, str(p))
