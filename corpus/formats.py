"""Text extraction from DOCX, HTML and PDF: bytes in, lines out, refusals named.

Each extractor returns plain text with one paragraph (DOCX, HTML block) per
line, which ``corpus.official`` then parses exactly like a ``.txt`` draft.
DOCX and PDF also return ``line_origin``: for text line i+1, the DOCX
paragraph (see ``paragraph_elements``) or the PDF page it came from, so that
a check report can point back into the user's own file.

Untrusted input: every XML part is size-checked before it is read, parsed
with entity expansion and network access off, and refused outright if it
declares a DOCTYPE or entities (a Word document never does).
"""
from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from corpus import legacy
from corpus.errors import MAX_CHARS, SourceError, too_long

# --- limits -------------------------------------------------------------------
MAX_PART_BYTES = 64 * 1024 * 1024  # one XML part, uncompressed
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # all parts, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, above which a large part is a bomb
MAX_ENTRIES = 5000

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                           load_dtd=False, dtd_validation=False, remove_pis=True)


def parse_xml(data: bytes, path: str, part: str) -> etree._Element:
    """Parse one untrusted XML part; DOCTYPE/ENTITY declarations are refused unread."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise SourceError(path, f"tệp Word chứa khai báo DOCTYPE/ENTITY trong {part} "
                                "(có thể là tệp độc hại): từ chối đọc")
    try:
        root = etree.fromstring(data, _safe_parser())
    except etree.XMLSyntaxError as exc:
        raise SourceError(path, f"tệp Word bị hỏng: {part} không phải XML hợp lệ ({exc.msg})") from exc
    if root is None:
        raise SourceError(path, f"tệp Word bị hỏng: {part} rỗng")
    return root


# --- DOCX: the package ------------------------------------------------------------
class _Package:
    """A DOCX zip, checked for bombs and encryption before any part is read."""

    def __init__(self, data: bytes, path: str):
        self.path = path
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError,
                NotImplementedError) as exc:
            raise SourceError(path, "tệp .docx bị hỏng: không mở được gói ZIP (tệp bị cắt cụt, "
                                    "tải về chưa xong, hoặc không phải .docx thật)") from exc
        if len(infos) > MAX_ENTRIES:
            raise SourceError(path, f"gói ZIP có quá nhiều phần ({len(infos)}): "
                                    "không phải tệp Word thông thường")
        self.infos = {i.filename: i for i in infos}
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL_BYTES:
            raise SourceError(path, f"tệp nén bung ra quá lớn ({total / 1048576:.0f} MB): "
                                    "nghi là bom nén (zip bomb), từ chối đọc")
        for i in infos:
            if i.file_size > 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                raise SourceError(path, f"phần {i.filename} nén với tỉ lệ bất thường "
                                        f"({i.file_size // max(i.compress_size, 1)}:1): "
                                        "nghi là bom nén (zip bomb), từ chối đọc")
        if any(i.flag_bits & 0x1 for i in infos):
            raise SourceError(path, "tệp nén được đặt mật khẩu: hãy bỏ mật khẩu rồi nạp lại")
        names = set(self.infos)
        if "[Content_Types].xml" not in names:
            raise SourceError(path, _not_word(names))
        self.main = self._main_part()
        if self.main not in names:
            raise SourceError(path, _not_word(names))

    def _main_part(self) -> str:
        """The officeDocument target of ``_rels/.rels`` (usually word/document.xml)."""
        if "_rels/.rels" in self.infos:
            rels = parse_xml(self.read("_rels/.rels"), self.path, "_rels/.rels")
            for rel in rels.iter(f"{{{REL_NS}}}Relationship"):
                if rel.get("Type", "").endswith("/officeDocument"):
                    return rel.get("Target", "").lstrip("/")
        return "word/document.xml"

    def read(self, name: str) -> bytes:
        info = self.infos[name]
        if info.file_size > MAX_PART_BYTES:
            raise SourceError(self.path, f"phần {name} quá lớn ({info.file_size / 1048576:.0f} MB)")
        try:
            with self.zip.open(info) as fh:
                data = fh.read(MAX_PART_BYTES + 1)
        except Exception as exc:  # zlib.error, BadZipFile, NotImplementedError (odd methods)…
            raise SourceError(self.path, f"tệp .docx bị hỏng: không giải nén được phần {name}") from exc
        if len(data) > MAX_PART_BYTES:
            raise SourceError(self.path, f"phần {name} quá lớn: nghi là bom nén, từ chối đọc")
        return data

    def xml(self, name: str) -> etree._Element | None:
        return parse_xml(self.read(name), self.path, name) if name in self.infos else None

    def sibling(self, name: str) -> str:
        folder = self.main.rsplit("/", 1)[0] + "/" if "/" in self.main else ""
        return folder + name


def _not_word(names: set[str]) -> str:
    if "xl/workbook.xml" in names:
        return "đây là bảng tính Excel (.xlsx), không phải tài liệu Word"
    if "ppt/presentation.xml" in names:
        return "đây là bản trình chiếu PowerPoint (.pptx), không phải tài liệu Word"
    if "content.xml" in names and "mimetype" in names:
        return "đây là tài liệu OpenDocument (.odt): hãy lưu lại thành .docx"
    return "tệp ZIP nhưng không phải tài liệu Word (.docx): thiếu word/document.xml"


# --- DOCX: styles, fonts, numbering ---------------------------------------------------
@dataclass(frozen=True)
class _Styles:
    """What paragraph/run styles contribute: a font and a list numbering."""

    font: dict[str, str] = field(default_factory=dict)  # styleId → font (own, not inherited)
    based_on: dict[str, str] = field(default_factory=dict)
    num: dict[str, tuple[str, int]] = field(default_factory=dict)  # styleId → (numId, ilvl)
    default_para: str | None = None
    default_font: str | None = None

    def resolve(self, style: str | None, table: dict) -> object | None:
        seen = set()
        while style and style not in seen:
            seen.add(style)
            if style in table:
                return table[style]
            style = self.based_on.get(style)
        return None


@dataclass(frozen=True)
class _Level:
    start: int
    fmt: str
    text: str


class _Ns:
    """Tag names for one WordprocessingML namespace (transitional or strict)."""

    def __init__(self, ns: str):
        self.ns = ns
        for name in ("body p r t tab br cr pPr rPr rFonts pStyle rStyle numPr numId ilvl "
                     "moveFrom txbxContent vanish noBreakHyphen softHyphen instrText style "
                     "basedOn docDefaults rPrDefault abstractNum abstractNumId num lvl start "
                     "numFmt lvlText lvlOverride startOverride").split():
            setattr(self, name, f"{{{ns}}}{name}")
        self.val = f"{{{ns}}}val"
        self.del_ = f"{{{ns}}}del"

    def attr(self, el, name: str) -> str | None:
        return None if el is None else el.get(f"{{{self.ns}}}{name}")


def _font_of(rpr, w: _Ns) -> str | None:
    if rpr is None:
        return None
    fonts = rpr.find(w.rFonts)
    if fonts is None:
        return None
    return w.attr(fonts, "ascii") or w.attr(fonts, "hAnsi")


def _read_styles(root, w: _Ns) -> _Styles:
    if root is None:
        return _Styles()
    font, based, num = {}, {}, {}
    default_para = None
    for st in root.iter(w.style):
        sid = w.attr(st, "styleId")
        if not sid:
            continue
        b = st.find(w.basedOn)
        if b is not None and b.get(w.val):
            based[sid] = b.get(w.val)
        f = _font_of(st.find(w.rPr), w)
        if f:
            font[sid] = f
        ppr = st.find(w.pPr)
        npr = ppr.find(w.numPr) if ppr is not None else None
        if npr is not None:
            nid = npr.find(w.numId)
            lvl = npr.find(w.ilvl)
            if nid is not None:
                num[sid] = (nid.get(w.val, "0"), int(lvl.get(w.val, "0")) if lvl is not None else 0)
        if w.attr(st, "type") == "paragraph" and w.attr(st, "default") in ("1", "true"):
            default_para = sid
    default_font = None
    dd = root.find(w.docDefaults)
    if dd is not None:
        rd = dd.find(w.rPrDefault)
        if rd is not None:
            default_font = _font_of(rd.find(w.rPr), w)
    return _Styles(font, based, num, default_para, default_font)


def _read_numbering(root, w: _Ns) -> dict[str, dict[int, _Level]]:
    """numId → level → (start, format, text such as '%1.' or '%1.%2.')."""
    if root is None:
        return {}
    abstract: dict[str, dict[int, _Level]] = {}
    for an in root.iter(w.abstractNum):
        levels = {}
        for lvl in an.iter(w.lvl):
            ilvl = int(w.attr(lvl, "ilvl") or 0)
            start = lvl.find(w.start)
            fmt = lvl.find(w.numFmt)
            text = lvl.find(w.lvlText)
            levels[ilvl] = _Level(
                int(start.get(w.val, "1")) if start is not None else 1,
                fmt.get(w.val, "decimal") if fmt is not None else "decimal",
                text.get(w.val, "") if text is not None else "",
            )
        abstract[w.attr(an, "abstractNumId") or ""] = levels
    nums: dict[str, dict[int, _Level]] = {}
    for num in root.iter(w.num):
        ref = num.find(w.abstractNumId)
        levels = dict(abstract.get(ref.get(w.val) if ref is not None else "", {}))
        for ov in num.iter(w.lvlOverride):
            so = ov.find(w.startOverride)
            ilvl = int(w.attr(ov, "ilvl") or 0)
            if so is not None and ilvl in levels:
                old = levels[ilvl]
                levels[ilvl] = _Level(int(so.get(w.val, "1")), old.fmt, old.text)
        nums[w.attr(num, "numId") or ""] = levels
    return nums


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                           (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                           (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out


def _letters(n: int) -> str:
    # Word's scheme: a…z, then aa…zz, aaa…
    n = max(n, 1)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """A list counter as Word displays it for ``numFmt``."""
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


class _Numbering:
    """Counts automatic list numbers in reading order (Word's visible '1.', 'a)')."""

    def __init__(self, nums: dict[str, dict[int, _Level]]):
        self.nums = nums
        self.counters: dict[str, dict[int, int]] = {}

    def label(self, num_id: str, ilvl: int) -> str:
        levels = self.nums.get(num_id)
        if not levels or num_id == "0" or ilvl not in levels:
            return ""
        level = levels[ilvl]
        if level.fmt == "bullet":
            return "-"
        counts = self.counters.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]

        def sub(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k)
            if lv is None:
                return ""
            return format_number(counts.get(k, lv.start), lv.fmt)

        return re.sub(r"%(\d)", sub, level.text).strip()


# --- DOCX: paragraphs -----------------------------------------------------------------
def paragraph_elements(document_root) -> list:
    """The body's ``w:p`` elements in reading order: what ``line_origin`` counts.

    Document order, including paragraphs in table cells and text boxes, and
    excluding the duplicate fallback copies of ``mc:AlternateContent``. A
    checker adding Word comments must enumerate paragraphs with this same
    function (index = line_origin - 1).
    """
    ns = etree.QName(document_root).namespace or W_NS
    body = document_root.find(f"{{{ns}}}body")
    if body is None:
        return []
    fallback = f"{{{MC_NS}}}Fallback"
    return [p for p in body.iter(f"{{{ns}}}p")
            if not any(a.tag == fallback for a in p.iterancestors())]


@dataclass(frozen=True)
class Extracted:
    """Text of a DOCX or PDF, its line → paragraph/page map, and notes for the user."""

    text: str
    line_origin: tuple[int, ...]
    notes: tuple[str, ...] = ()


def _legacy_font(font: str | None) -> tuple[str | None, bool]:
    """(encoding, all-capitals font) from a font name: '.VnTimeH' → ('TCVN3', True)."""
    if not font:
        return None, False
    name = font.strip()
    if name.lower().startswith(".vn"):
        return "TCVN3", name.endswith("H")
    if name.upper().startswith("VNI-") or name.upper().startswith("VNI "):
        return "VNI", False
    return None, False


def _paragraph_segments(p, w: _Ns, para_font: str | None, styles: _Styles) -> list[tuple[str, str | None]]:
    """(text, run font) pieces of one paragraph, skipping deleted/hidden text and nested boxes."""
    segments: list[tuple[str, str | None]] = []
    skip = {w.del_, w.moveFrom, w.txbxContent, f"{{{MC_NS}}}Fallback", w.pPr, w.rPr, w.instrText}
    stack = list(reversed(p))
    while stack:
        el = stack.pop()
        tag = el.tag
        if tag in skip or not isinstance(tag, str):
            continue
        if tag == w.r:
            rpr = el.find(w.rPr)
            if rpr is not None and rpr.find(w.vanish) is not None:
                continue
            font = _font_of(rpr, w)
            if font is None and rpr is not None:
                rs = rpr.find(w.rStyle)
                if rs is not None:
                    font = styles.resolve(rs.get(w.val), styles.font)
            font = font or para_font
            nested = []
            for child in el:
                ct = child.tag
                if ct == w.t:
                    segments.append((child.text or "", font))
                elif ct == w.tab:
                    segments.append(("\t", None))
                elif ct in (w.br, w.cr):
                    segments.append(("\n", None))
                elif ct == w.noBreakHyphen:
                    segments.append(("-", None))
                elif ct in skip or ct == w.softHyphen:
                    continue
                elif len(child):
                    nested.append(child)  # e.g. mc:AlternateContent inside a run
            stack.extend(reversed(nested))
            continue
        stack.extend(reversed(el))
    return segments


def docx_extract(data: bytes, path: str, max_chars: int = MAX_CHARS) -> Extracted:
    """Read a .docx: paragraphs as lines, list numbers, legacy-font runs converted;
    ``SourceError`` once the text passes ``max_chars``."""
    pkg = _Package(data, path)
    root = pkg.xml(pkg.main)
    ns = etree.QName(root).namespace
    if ns not in (W_NS, W_STRICT_NS):
        raise SourceError(path, "tệp ZIP nhưng phần nội dung không phải WordprocessingML")
    w = _Ns(ns)
    styles = _read_styles(pkg.xml(pkg.sibling("styles.xml")), w)
    numbering = _Numbering(_read_numbering(pkg.xml(pkg.sibling("numbering.xml")), w))
    lines: list[str] = []
    origin: list[int] = []
    converted: set[str] = set()
    total = 0
    for index, p in enumerate(paragraph_elements(root), start=1):
        ppr = p.find(w.pPr)
        pstyle_el = ppr.find(w.pStyle) if ppr is not None else None
        pstyle = pstyle_el.get(w.val) if pstyle_el is not None else styles.default_para
        # (pPr/rPr formats only the paragraph mark, so the font comes from the style.)
        para_font = styles.resolve(pstyle, styles.font) or styles.default_font
        text, used = _join_segments(_paragraph_segments(p, w, para_font, styles))
        converted |= used
        label = _list_label(ppr, pstyle, w, styles, numbering)
        if label and text.strip():
            text = f"{label} {text.lstrip()}"
        for line in unicodedata.normalize("NFC", text).split("\n"):
            line = line.rstrip()
            if line.strip():
                lines.append(line)
                origin.append(index)
                total += len(line) + 1
        if total > max_chars:  # a small .docx can expand to tens of millions of characters
            raise too_long(path, max_chars)
    fonts = {"TCVN3": ".VnTime", "VNI": "VNI-Times"}
    notes = tuple(f"đã chuyển mã các đoạn dùng phông {enc} ({fonts[enc]}…) sang Unicode"
                  for enc in sorted(converted))
    return Extracted("\n".join(lines), tuple(origin), notes)


def _join_segments(segments: list[tuple[str, str | None]]) -> tuple[str, set[str]]:
    """Concatenate runs, converting consecutive runs in one legacy font together."""
    out: list[str] = []
    used: set[str] = set()
    pending: list[str] = []
    pending_key: tuple[str, bool] | None = None

    def flush() -> None:
        nonlocal pending, pending_key
        if pending_key is not None:
            enc, caps = pending_key
            before = "".join(out).rstrip()
            text = legacy.to_unicode("".join(pending), enc,
                                     at_sentence_start=not before or before[-1] in ".:;!?")
            out.append(text.upper() if caps else text)
            used.add(enc)
        pending, pending_key = [], None

    for text, font in segments:
        enc, caps = _legacy_font(font)
        key = (enc, caps) if enc else None
        if key != pending_key:
            flush()
        if key is None:
            out.append(text)
        else:
            pending_key = key
            pending.append(text)
    flush()
    return "".join(out), used


def _list_label(ppr, pstyle, w: _Ns, styles: _Styles, numbering: _Numbering) -> str:
    npr = ppr.find(w.numPr) if ppr is not None else None
    if npr is not None:
        nid = npr.find(w.numId)
        lvl = npr.find(w.ilvl)
        num_id = nid.get(w.val, "0") if nid is not None else None
        ilvl = int(lvl.get(w.val, "0")) if lvl is not None else 0
        if num_id is None:  # level given, list from the style
            inherited = styles.resolve(pstyle, styles.num)
            num_id = inherited[0] if inherited else "0"
        return numbering.label(num_id, ilvl)
    inherited = styles.resolve(pstyle, styles.num)
    return numbering.label(*inherited) if inherited else ""


def docx_text(data: bytes, path: str) -> tuple[str, tuple[int, ...]]:
    """DOCX → (text, line_origin); see ``docx_extract``."""
    out = docx_extract(data, path)
    return out.text, out.line_origin


# --- HTML -----------------------------------------------------------------------------
_DROP = frozenset("script style noscript template nav iframe object embed svg canvas head "
                  "button select input textarea map audio video".split())
_BLOCK = frozenset("p div br li tr td th h1 h2 h3 h4 h5 h6 table tbody thead tfoot ul ol dl dt dd "
                   "section article header footer main aside blockquote pre address center hr "
                   "figure figcaption caption form fieldset legend body html title".split())
_CELL = frozenset(("td", "th"))
# Where the legal text lives on common publishers' pages (vbpl.vn first).
_CONTENT_XPATHS = (
    "//*[@id='toanvancontent']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' toanvancontent ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' fulltext ')]",
    "//*[@id='divContentDoc']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' content1 ')]",
    "//main", "//article",
)
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_DOCTYPE = re.compile(r"^\s*<!DOCTYPE[^\[>]*(\[.*?\])?\s*>", re.IGNORECASE | re.DOTALL)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def html_text(raw: str, path: str, max_chars: int = MAX_CHARS) -> str:
    """vbpl.vn-style HTML → one block (p, div, li, cell, heading…) per line.

    Scripts, styles, navigation and hidden elements are dropped; when the
    page has a known content container (vbpl.vn's ``toanvancontent``) only
    that is read. Entities (&nbsp;, &amp;…) are decoded the normal HTML way;
    the parser never fetches anything.
    """
    raw = _DOCTYPE.sub("", _XML_DECL.sub("", raw, count=1), count=1)  # and any entity declarations
    if not raw.strip():
        raise SourceError(path, "tệp HTML rỗng")
    parser = etree.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                              huge_tree=False, recover=True)
    try:
        root = etree.fromstring(raw, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise SourceError(path, f"không đọc được HTML ({exc})") from exc
    if root is None:
        raise SourceError(path, "tệp HTML không có nội dung")
    container = root
    for xp in _CONTENT_XPATHS:
        found = [el for el in root.xpath(xp) if len("".join(el.itertext()).strip()) >= 40]
        if found:
            container = found[0]
            break
    lines = _html_lines(container, path, max_chars)
    return "\n".join(lines)


def _html_lines(root, path: str = "", max_chars: int = MAX_CHARS) -> list[str]:
    lines: list[str] = []
    current: list[str] = []
    pre_depth = 0
    size = [0]

    def newline() -> None:
        text = "".join(current)
        current.clear()
        size[0] += len(text)
        if size[0] > max_chars:
            raise too_long(path, max_chars)
        if pre_depth:
            lines.extend(t.rstrip() for t in text.split("\n") if t.strip())
            return
        text = _WS.sub(" ", text).strip()
        if text:
            lines.append(unicodedata.normalize("NFC", text))

    def add(text: str | None) -> None:
        if text:
            current.append(text)

    dropping = None
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if not tag:
                walker.skip_subtree()
                continue
            if tag in _DROP or el.get("hidden") is not None or _HIDDEN.search(el.get("style", "")) \
                    or el.get("aria-hidden") == "true":
                dropping = el
                walker.skip_subtree()
                continue
            if tag in _BLOCK:
                newline()
            if tag == "pre":
                pre_depth += 1
            add(el.text)
        else:
            if el is dropping:
                dropping = None
            elif tag:
                if tag in _BLOCK:
                    newline()
                if tag == "pre":
                    newline()
                    pre_depth -= 1
            if el is not root:
                add(el.tail)
    newline()
    return lines


# --- PDF ------------------------------------------------------------------------------
def pdf_text(data: bytes, path: str) -> tuple[str, tuple[int, ...]]:
    """PDF text layer → (text, line_origin = page number per line).

    Refuses encrypted PDFs (unless openable with an empty password), corrupt
    ones, and scans without a text layer (the message suggests OCR).
    """
    out = pdf_extract(data, path)
    return out.text, out.line_origin


def pdf_extract(data: bytes, path: str, max_chars: int = MAX_CHARS) -> Extracted:
    try:
        from pypdf import PdfReader
    except ImportError as exc:  # pragma: no cover - pypdf is a dependency
        raise SourceError(path, "thiếu thư viện pypdf để đọc PDF") from exc
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # missing crypto backend, unknown algorithm
                ok = 0
            if not ok:
                raise SourceError(path, "PDF được đặt mật khẩu: hãy gỡ mật khẩu rồi nạp lại")
        pages = list(reader.pages)
    except SourceError:
        raise
    except Exception as exc:  # pypdf raises many types on broken files
        raise SourceError(path, f"PDF bị hỏng, không đọc được (chi tiết kỹ thuật: "
                                f"{type(exc).__name__}: {exc})") from exc
    if not pages:
        raise SourceError(path, "PDF không có trang nào")
    lines: list[str] = []
    origin: list[int] = []
    empty: list[int] = []
    total = 0
    for number, page in enumerate(pages, start=1):
        try:
            text = page.extract_text() or ""
        except Exception as exc:
            raise SourceError(path, f"PDF bị hỏng ở trang {number} (chi tiết kỹ thuật: "
                                    f"{type(exc).__name__}: {exc})") from exc
        page_lines = [ln.rstrip() for ln in unicodedata.normalize("NFC", text).splitlines() if ln.strip()]
        if not page_lines:
            empty.append(number)
        lines.extend(page_lines)
        origin.extend([number] * len(page_lines))
        total += sum(len(ln) + 1 for ln in page_lines)
        if total > max_chars:
            raise too_long(path, max_chars)
    if not lines:
        raise SourceError(path, f"PDF không có lớp chữ ({len(pages)} trang, không trang nào có chữ: "
                                "có lẽ là ảnh quét): cần nhận dạng ký tự (OCR) trước khi nạp, "
                                "hoặc nạp bản .docx gốc")
    notes = ()
    if empty:
        shown = ", ".join(map(str, empty[:10])) + ("…" if len(empty) > 10 else "")
        notes = (f"PDF: {len(empty)} trang không có lớp chữ (trang {shown}), cần OCR",)
    return Extracted("\n".join(lines), tuple(origin), notes)
