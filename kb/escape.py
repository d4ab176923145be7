"""One escaping policy for user text on its way out: Markdown, HTML, CSV, terminal, URL parameters.

Text that came from a user — a draft's words, a file name, a search query, a
parameter in the address bar, a cell of an answer key — is data, never markup.
Every place that writes such text into Markdown (reports, Streamlit), HTML,
a CSV cell or a terminal goes through one function here; the functions are
pure and total (any ``str`` in, a ``str`` out). The module lives in ``kb`` so
that ``checker``, ``kb.learning`` and ``ui`` can all import it (checker must
not import ui).

Examples (also run by ``tests/test_robustness.py``)::

    md_inline("![a](http://127.0.0.1:9999/t.png)")  -> "\\!\\[a\\]\\(http://127.0.0.1:9999/t.png\\)"
    html_text("<script>x</script>")                 -> "&lt;script&gt;x&lt;/script&gt;"
    csv_cell('=HYPERLINK("http://x")')              -> "'=HYPERLINK(\\"http://x\\")"
    terminal("a\\x1b[2Jb")                           -> "a\\\\x1b[2Jb"
"""
from __future__ import annotations

import codecs
import html as _html
import re

# C0 controls except tab/newline/CR, DEL, C1 controls, and the bidirectional overrides
# that can make a terminal or a page show text in a different order than it is stored.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f]")
# ASCII punctuation that makes inline Markdown anywhere in a line: links and images ('[', ']',
# '!'), autolinks and raw HTML ('<', '>', '&'), code, emphasis and strike-through ('`', '*',
# '~', and '_' except inside a word, where CommonMark ignores it), tables ('|'), LaTeX in
# Streamlit ('$') and the backslash itself. Streamlit's ':red[…]' needs a '[' and is
# neutralised with it. Rule ids, dates and numbers ("RL-01", "59/2023/NĐ-CP") stay as written.
_MD_SPECIAL = re.compile(r"([\\`*\[\]<>!|~$&]|(?<!\w)_|_(?!\w))")
# What makes a block when it starts a line: a heading, list, quote, thematic break, table
# underline or ordered list ("1." / "1)").
_MD_LINE_START = re.compile(r"^(\s*)([#>+=\-]|\d+(?=[.)]))")
#: A spreadsheet reads a cell starting with one of these as a formula (CSV injection).
CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
URL_PARAM_MAX = 500


def strip_controls(text: str, keep_newlines: bool = True) -> str:
    """Drop control and bidi-override characters (tab and, if asked, newlines stay)."""
    text = _CONTROL.sub("", str(text))
    return text if keep_newlines else re.sub(r"[\r\n]+", " ", text)


def md_inline(text: str) -> str:
    """User text inside one Markdown paragraph: no link, image, HTML, emphasis, heading or list."""
    text = _MD_SPECIAL.sub(r"\\\1", strip_controls(text, keep_newlines=False))
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2) if not m.group(2)[0].isdigit()
                              else m.group(1) + m.group(2) + "\\", text, count=1)


def md_block(text: str) -> str:
    """Several lines of user text for Markdown, each line escaped, line breaks kept."""
    return "  \n".join(md_inline(line) for line in strip_controls(text).splitlines())


def md_quote(text: str) -> str:
    """User text as a Markdown block quote, every line prefixed with '> '."""
    lines = [line for line in strip_controls(text).splitlines() if line.strip()]
    return "\n".join("> " + md_inline(line) for line in lines) or ">"


def md_cell(text: str) -> str:
    """User text in a Markdown table cell (one line, '|' escaped with the rest)."""
    return md_inline(" ".join(str(text).split()))


def html_text(text: str) -> str:
    """User text for an HTML element or attribute value (quotes escaped too)."""
    return _html.escape(strip_controls(text), quote=True)


def csv_cell(value) -> str:
    """A CSV cell a spreadsheet will show as text: formula starts get a leading apostrophe."""
    text = strip_controls("" if value is None else str(value))
    return "'" + text if text.startswith(CSV_FORMULA_START) else text


def terminal(text: str) -> str:
    """User text for a terminal: control characters shown as visible escapes, never obeyed."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(text))


def url_param(value, *, max_len: int = URL_PARAM_MAX) -> str | None:
    """A query-string parameter (``?q=``, ``?uid=``, ``?doc=``): untrusted text, bounded.

    Returns ``None`` for a missing or empty value; otherwise the value without control
    characters, cut to ``max_len``. The caller still escapes it wherever it is shown.
    """
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = value[0] if value else ""
    text = strip_controls(str(value), keep_newlines=False).strip()[:max_len]
    return text or None


def _show_bytes(exc: UnicodeError):
    """Encoding error handler: a byte that was not UTF-8 (kept by Python as a lone surrogate
    U+DC80–U+DCFF in file names and arguments) is written as ``\\xNN``; anything else
    unencodable as ``\\uNNNN``."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    bad = exc.object[exc.start:exc.end]
    return "".join(f"\\x{ord(c) - 0xDC00:02x}" if 0xDC80 <= ord(c) <= 0xDCFF else f"\\u{ord(c):04x}"
                   for c in bad), exc.end


#: ``text.encode("utf-8", SHOW_BYTES)``: never fails, shows a non-UTF-8 file name's bytes.
SHOW_BYTES = "dccs-show-bytes"
codecs.register_error(SHOW_BYTES, _show_bytes)
