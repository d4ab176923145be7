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
    """Unicode NFC: text stored decomposed (NFD) is otherwise never found."""
    return unicodedata.normalize("NFC", text)


def clean_spaces(text: str) -> str:
    return _WS.sub(" ", text).strip()


def fold(text: str) -> str:
    """Lower-case and strip every diacritic, including đ → d and two-mark letters.

    >>> fold("Hội nghị ĐẠI HỘI đồng")
    'hoi nghi dai hoi dong'
    """
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return stripped.replace("đ", "d")


def has_diacritics(text: str) -> bool:
    return fold(text) != text.lower()


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
