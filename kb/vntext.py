"""Vietnamese text primitives shared by ingest, search and the checker.

Small pure functions, used identically everywhere so that a query, an article
and an uploaded draft are normalised the same way (NFC, then optional folding).
"""
from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"[ \t\u00a0\u200b\ufeff]+")
_SYLLABLE = re.compile(r"\w+", re.UNICODE)


def nfc(text: str) -> str:
    """Unicode NFC: text stored decomposed (NFD) is otherwise never found.

    A long text is normalised line by line, and only the lines that need it: a newline
    neither composes nor reorders with its neighbours, so the result is the same, and
    a whole file with a few decomposed marks is not re-composed entirely (10× faster).
    """
    if len(text) < 4096:
        return unicodedata.normalize("NFC", text)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not unicodedata.is_normalized("NFC", line):
            lines[i] = unicodedata.normalize("NFC", line)
    return "\n".join(lines)


def clean_spaces(text: str) -> str:
    return _WS.sub(" ", text).strip()


def fold(text: str) -> str:
    """Lower-case and strip every diacritic, including đ → d and two-mark letters.

    >>> fold("Hội nghị ĐẠI HỘI đồng")
    'hoi nghi dai hoi dong'

    A text made only of characters that fold one to one and without context (``LATIN``:
    Vietnamese letters, digits, punctuation) folds by one C translate (``fold_same_length``);
    any other is decomposed character by character (``_fold_each``), with the same result.
    """
    if LATIN.issuperset(text):
        return text.translate(_FOLD_TABLE)
    return _fold_each(text)


def _fold_each(text: str) -> str:
    """``fold`` by its definition: NFD, marks dropped, đ → d."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return stripped.replace("đ", "d")


def _build_fold_table() -> list[str]:
    """NFC letters → folded letter, one character each: folding keeps offsets.

    A list indexed by code point with every character below U+2000 present (identity
    when not folded): ``str.translate`` then never looks up a missing key, which
    raises and catches a LookupError per character (3-4× slower on Vietnamese text);
    characters beyond the list are kept as they are.
    """
    table = [chr(cp) for cp in range(0x2000)]
    for cp in range(0x41, 0x2000):
        ch = chr(cp)
        if unicodedata.normalize("NFC", ch) != ch:
            continue
        f = _fold_each(ch)
        if len(f) == 1 and f != ch:
            table[cp] = f
    return table


_FOLD_TABLE = _build_fold_table()
#: Latin letters (Vietnamese among them), digits, punctuation: the characters that ``fold`` maps one
#: to one and without context — lower case, marks stripped, đ → d — exactly as the translate table
#: of ``fold_same_length`` does. A text made of them folds by that table alone.
LATIN = frozenset(c for c in map(chr, [*range(0x250), *range(0x1E00, 0x1F00)])
                  if unicodedata.normalize("NFC", c) == c and c.translate(_FOLD_TABLE) == _fold_each(c))


def fold_same_length(text: str) -> str:
    """``fold`` for NFC text, as a C-speed translate that never changes length (offsets stay valid)."""
    return text.translate(_FOLD_TABLE)


def fold_nfc(text: str) -> str:
    """``fold_same_length`` of any text, normalised to NFC first (same length as the NFC form)."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.translate(_FOLD_TABLE)


def fold_keep_length(text: str) -> str:
    """Accent-folded lower-case text of exactly the same length (offsets stay valid).

    ``fold_same_length``, then lower-cases what the table does not cover; a
    character whose lower case is longer ("İ") keeps its own form.
    """
    f = fold_same_length(text).lower()
    if len(f) == len(text):
        return f
    return "".join(fold(ch) if len(fold(ch)) == 1 else ch for ch in text)


def has_diacritics(text: str) -> bool:
    """True when the text carries any Vietnamese diacritic (incl. đ)."""
    low = nfc(text).lower()
    return fold(low) != low


def syllables(text: str) -> list[str]:
    """Lower-cased NFC syllables; keeps one-letter words such as 'ở' and 'ý'."""
    return _SYLLABLE.findall(nfc(text).lower())


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_to_int(numeral: str) -> int | None:
    """'XIV' → 14; None when it is not a Roman numeral."""
    numeral = numeral.upper()
    if not numeral or any(ch not in _ROMAN for ch in numeral):
        return None
    total = 0
    for i, ch in enumerate(numeral):
        value = _ROMAN[ch]
        if i + 1 < len(numeral) and _ROMAN[numeral[i + 1]] > value:
            total -= value
        else:
            total += value
    return total


#: Point letters in Vietnamese legal order (đ follows d).
POINT_LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()


def dmy_to_iso(day: str | int, month: str | int, year: str | int) -> str | None:
    """('1', '7', '2023') → '2023-07-01'; None for impossible dates."""
    try:
        d, m, y = int(day), int(month), int(year)
    except (TypeError, ValueError):
        return None
    if not (1 <= d <= 31 and 1 <= m <= 12 and 1900 <= y <= 2100):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def vn_date(iso: str | None, missing: str = "(chưa rõ ngày)") -> str:
    """'2023-07-01' → '01/07/2023', as Vietnamese officers write dates.

    ``missing`` stands for no date; a year ("2018") or any other form is returned as given.
    """
    if not iso:
        return missing
    parts = str(iso).split("-")
    if len(parts) != 3:
        return str(iso)
    y, m, d = parts
    return f"{d}/{m}/{y}"
