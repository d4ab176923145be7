"""Bytes on disk → text a reader can parse, with clear refusals.

Decides the format from content first and the file name second, decodes
(UTF-8, UTF-16, legacy TCVN3/VNI via ``corpus.legacy``, Windows-1258), and
extracts text from DOCX, HTML and PDF (``corpus.formats``). Whatever the
format, the extracted text then goes through one legacy-encoding check, so a
.docx typed in .VnTime or a PDF made from one is converted like a .txt.
Every refusal is a ``SourceError`` whose message names the file and the
problem, in Vietnamese.
"""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from corpus import errors, formats, legacy
from corpus.errors import MAX_CHARS, SourceError, vn_int

MAX_BYTES = int(os.environ.get("DCCS_MAX_UPLOAD_MB", "50")) * 1024 * 1024
SUPPORTED = (".md", ".txt", ".docx", ".html", ".htm", ".xml", ".pdf")


def size_label(n: int, limit_bytes: int | None = None) -> str:
    """A size for people, precise enough to differ from the limit it is compared with
    (50,0001 MB is not shown as "50.0 MB; tối đa 50 MB")."""
    limit = (MAX_BYTES if limit_bytes is None else limit_bytes) / 1048576
    mb = n / 1048576
    for digits in (1, 2, 3):
        text = f"{mb:.{digits}f}"
        if float(text) != limit:
            return text.replace(".", ",") + " MB"
    return f"{vn_int(n)} byte"


def too_large(path: str, size: int) -> SourceError:
    return SourceError(path, f"tệp quá lớn: {size_label(size)}, vượt giới hạn {MAX_BYTES // 1048576} MB "
                             f"({vn_int(MAX_BYTES)} byte). Hãy chia văn bản thành nhiều tệp nhỏ hơn")


def too_long(path: str, chars: int) -> SourceError:
    """Extracted text over ``MAX_CHARS`` (extraction stops as soon as it passes the limit)."""
    return errors.too_long(path, MAX_CHARS)


@dataclass(frozen=True)
class LoadedText:
    path: str
    text: str
    fmt: str  # "phapdien", "text", "markdown", "docx", "html", "pdf"
    sha256: str
    data: bytes
    note: str = ""  # e.g. "đã chuyển mã từ TCVN3 sang Unicode"
    #: For DOCX/PDF: 1-based text line → paragraph (DOCX) or page (PDF) number.
    line_origin: tuple[int, ...] = ()


# Formats we recognise only to refuse them with advice.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "ảnh PNG"), (b"\xff\xd8\xff", "ảnh JPEG"), (b"GIF8", "ảnh GIF"),
    (b"II*\x00", "ảnh TIFF"), (b"MM\x00*", "ảnh TIFF"), (b"\x7fELF", "chương trình (ELF)"),
    (b"MZ", "chương trình Windows (.exe)"), (b"\x1f\x8b", "tệp nén gzip"),
    (b"7z\xbc\xaf\x27\x1c", "tệp nén 7z"), (b"Rar!", "tệp nén RAR"), (b"ID3", "âm thanh MP3"),
    (b"SQLite format 3\x00", "cơ sở dữ liệu SQLite"),
)


def sniff(data: bytes, name: str) -> str:
    """Format from magic bytes, then from the file name."""
    head = data[:2048].lstrip()
    suffix = Path(name).suffix.lower()
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return "docx"  # formats.docx_text refuses zips that are not Word files
    if data[:5] == b"%PDF-" or (b"%PDF-" in data[:1024] and suffix == ".pdf"):
        return "pdf"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "ole"  # legacy .doc or an encrypted .docx: refused with advice
    if data[:5] == b"{\\rtf":
        return "rtf"
    if any(data.startswith(magic) for magic, _ in _MAGIC):
        return "binary"
    low = head[:512].lower()
    if low.startswith((b"<!doctype html", b"<html")) or b"<html" in low or suffix in (".html", ".htm"):
        return "html"
    if suffix == ".md":
        return "markdown"
    return "text"


def _ole_problem(data: bytes) -> str:
    """Why an OLE2 compound file is refused (names of its streams, in UTF-16)."""
    def has(stream: str) -> bool:
        return stream.encode("utf-16-le") in data

    if has("EncryptedPackage") or has("EncryptionInfo"):
        return "tài liệu Word được đặt mật khẩu (mã hoá): hãy gỡ mật khẩu, lưu lại thành .docx rồi nạp"
    if has("WordDocument"):
        return "định dạng Word cũ (.doc) chưa được hỗ trợ: hãy mở bằng Word và lưu lại thành .docx"
    if has("Workbook") or has("Book"):
        return "đây là bảng tính Excel cũ (.xls), không phải văn bản"
    return "tệp Office cũ (OLE) không được hỗ trợ: hãy lưu lại thành .docx"


def _binary_problem(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"tệp nhị phân ({what}), không phải văn bản"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'UTF-16-LE'/'UTF-16-BE' when NULs fill one byte of every pair (Notepad's 'Unicode')."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    return bool(sample) and len(_CONTROL.findall(sample)) > 0.01 * len(sample)


def decode_text(data: bytes, path: str) -> tuple[str, str]:
    """Bytes of a text file → (str, note). Legacy 8-bit text is returned as cp1252 characters
    for ``convert_legacy`` to recognise; anything unreadable is refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else _utf16_without_bom(data)
    if encoding:
        try:
            return data.decode(encoding).lstrip("\ufeff"), ""
        except UnicodeDecodeError as exc:
            raise SourceError(path, f"tệp UTF-16 bị hỏng ({exc.reason})") from exc
    if b"\x00" in data[:8192]:
        raise SourceError(path, "tệp nhị phân, không phải văn bản (có byte NUL)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if _looks_binary(text):
            raise SourceError(path, "tệp nhị phân, không phải văn bản (nhiều ký tự điều khiển)")
        return text, ""
    # UTF-8 damaged in a few places (a bad copy, a truncated download): keep it.
    lenient = data.decode("utf-8", errors="replace")
    damaged = lenient.count("\ufffd")
    if damaged <= max(3, len(data) // 2000) and not _looks_binary(lenient):
        return lenient, f"tệp UTF-8 có {damaged} chỗ hỏng, đã thay bằng ký tự �"
    # Not UTF-8: a legacy 8-bit file (TCVN3, VNI, Windows-1258), or garbage.
    chars = legacy.decode_8bit(data)
    if _looks_binary(chars):
        raise SourceError(path, "tệp nhị phân, không phải văn bản (nhiều ký tự điều khiển)")
    if legacy.diagnose(chars).encoding:
        return chars, ""
    cp1258 = _try_cp1258(data)
    if cp1258 is not None:
        return cp1258, "đã đọc theo bảng mã Windows-1258 (CP1258) và chuyển sang Unicode"
    raise SourceError(path, "không đọc được bảng mã: tệp không phải UTF-8, cũng không phải "
                            "TCVN3 (ABC), VNI hay Windows-1258. Hãy lưu lại với bảng mã Unicode (UTF-8)")


def _try_cp1258(data: bytes) -> str | None:
    """Windows-1258 Vietnamese, accepted only if it reads as Vietnamese syllables."""
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    words = [w for w in re.findall(r"[^\W\d_]+", text) if not w.isascii()]
    if len(words) < 3:
        return None
    good = sum(1 for w in words if legacy.is_syllable(w))
    viet = sum(1 for w in words if re.search("[ăđơưĂĐƠƯ\u1ea0-\u1ef9]", w))
    return text if good >= 0.9 * len(words) and viet >= 0.3 * len(words) else None


def convert_legacy(text: str, path: str) -> tuple[str, str]:
    """Convert TCVN3/VNI text to Unicode; refuse text mixing them with Unicode."""
    d = legacy.diagnose(text)
    if d.encoding:
        return legacy.to_unicode(text, d.encoding), f"đã chuyển mã từ {d.encoding} sang Unicode"
    if d.verdict == "mixed":
        raise SourceError(path, "văn bản trộn lẫn chữ Unicode với chữ gõ bằng bảng mã cũ "
                                "(TCVN3/VNI): hãy chuyển toàn bộ sang Unicode (ví dụ bằng công cụ "
                                "chuyển mã của Unikey) rồi nạp lại")
    if d.verdict == "unknown":
        raise SourceError(path, "văn bản có vẻ gõ bằng bảng mã cũ nhưng không xác định được là "
                                "TCVN3 hay VNI: hãy chuyển sang Unicode rồi nạp lại")
    return text, ""


def _html_charset(data: bytes) -> str | None:
    m = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", data[:4096], re.IGNORECASE)
    return m.group(1).decode("ascii").lower() if m else None


def _decode_html(data: bytes, path: str) -> tuple[str, str]:
    charset = _html_charset(data)
    if charset and charset not in ("utf-8", "utf8"):
        try:
            return data.decode(charset), ""
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, path)


def _join_notes(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


def load_bytes(data: bytes, path: str) -> LoadedText:
    """Turn a file's bytes into text, or raise SourceError naming the problem."""
    sha = hashlib.sha256(data).hexdigest()
    if len(data) == 0:
        raise SourceError(path, "tệp rỗng (0 byte)")
    if len(data) > MAX_BYTES:
        raise too_large(path, len(data))
    fmt = sniff(data, path)
    origin: tuple[int, ...] = ()
    note = ""
    if fmt == "docx":
        out = formats.docx_extract(data, path, max_chars=MAX_CHARS)
        text, origin, note = out.text, out.line_origin, _join_notes(*out.notes)
    elif fmt == "pdf":
        out = formats.pdf_extract(data, path, max_chars=MAX_CHARS)
        text, origin, note = out.text, out.line_origin, _join_notes(*out.notes)
    elif fmt == "html":
        raw, note = _decode_html(data, path)
        text = formats.html_text(raw, path, max_chars=MAX_CHARS)
    elif fmt == "ole":
        raise SourceError(path, _ole_problem(data))
    elif fmt == "rtf":
        raise SourceError(path, "định dạng RTF chưa được hỗ trợ: hãy lưu lại thành .docx")
    elif fmt == "binary":
        raise SourceError(path, _binary_problem(data) or "tệp nhị phân, không phải văn bản")
    else:
        text, note = decode_text(data, path)
    if len(text) > MAX_CHARS:
        raise too_long(path, len(text))
    if not text.strip():
        raise SourceError(path, "văn bản rỗng: không có chữ nào đọc được"
                          + (" (PDF không có lớp chữ? cần OCR)" if fmt == "pdf" else ""))
    if fmt == "markdown" and "\nĐiều " in text and "(Điều " in text and text.lstrip().startswith("---"):
        fmt = "phapdien"  # the Ministry's compilation: Unicode by construction
    else:
        text, legacy_note = convert_legacy(text, path)
        note = _join_notes(note, legacy_note)
    return LoadedText(path, text, fmt, sha, data, note, origin)


def load_file(path: str | Path) -> LoadedText:
    p = Path(path)
    try:
        if p.is_dir():
            raise SourceError(str(p), "đây là thư mục, không phải tệp")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise too_large(str(p), size)
        data = p.read_bytes()
    except OSError as exc:
        raise SourceError(str(p), f"không mở được tệp ({exc.strerror})") from exc
    return load_bytes(data, str(p))
