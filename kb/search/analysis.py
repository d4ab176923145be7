"""Vietnamese text → index terms, the same way for articles and for queries.

Every syllable is indexed twice: in *canonical accented* form (lower case,
NFC, old/new tone placement unified so that "uỷ ban" and "ủy ban" meet) and
in *folded* form (no marks, đ → d), so that "nhiem ky" finds "nhiệm kỳ" while
an accented query still earns the extra score of exact-accent matches.
Words are pyvi's (``kb.search.segment``): a multi-syllable word such as
"dân_chủ" or "tổ_dân_phố" is indexed as one more term, so the phrase scores
above its syllables scattered in a text. Single-letter syllables ("ở", "ý")
are ordinary terms: nothing is dropped.

Pure functions; the only state is a cache of per-syllable normal forms.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np

from kb.search.segment import segment_flat, segment_ids
from kb.vntext import LATIN, fold, fold_nfc, fold_same_length, nfc

#: Old-style tone placement on the last vowel of an open syllable → the
#: placement most of the corpus uses (on the first vowel): "hoà" → "hòa",
#: "uỷ" → "ủy". Both spellings then share one canonical form.
_TONE_MOVES = {
    first + second_toned: first_toned + second
    for first, second, tones in (
        ("o", "a", "àáảãạ"), ("o", "e", "èéẻẽẹ"), ("u", "y", "ỳýỷỹỵ"),
    )
    for second_toned, first_toned in zip(
        tones, (unicodedata.normalize("NFC", first + m) for m in "\u0300\u0301\u0309\u0303\u0323"))
}
WORD = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+")
_DIGITS = re.compile(r"\d+")

_LATIN = LATIN  # kb.vntext.LATIN: a text made of them folds by one translate


def fold_query(text: str) -> str:
    """``kb.vntext.fold(text)``, by one C translate when the text is Latin (``_LATIN``): a query
    is folded on every keystroke, and ``fold`` decomposes it character by character."""
    if _LATIN.issuperset(text):
        return fold_same_length(text)
    return fold(text)


def has_marks(text: str) -> bool:
    """``kb.vntext.has_diacritics(text)``: whether the text carries a Vietnamese mark (or đ)."""
    low = nfc(text).lower()
    return fold_query(low) != low


_cache: dict[str, tuple[str, str] | None] = {}


def canonical(syllable: str) -> str:
    """Lower-case NFC syllable with one tone placement: 'Uỷ' → 'ủy', '02' → '2'."""
    s = unicodedata.normalize("NFC", syllable).lower()
    if _DIGITS.fullmatch(s):
        return s.lstrip("0") or "0"
    tail = s[-2:]
    if tail in _TONE_MOVES:
        s = s[:-2] + _TONE_MOVES[tail]
    return s


def forms(token: str) -> tuple[str, str] | None:
    """(canonical, folded) of one syllable-like token; None for punctuation."""
    got = _cache.get(token)
    if got is not None or token in _cache:
        return got
    m = WORD.fullmatch(token) or WORD.search(token)
    if m is None:
        out = None
    else:
        key = canonical(m.group(0))
        out = (key, fold(key))
    if len(_cache) < 500_000:
        _cache[token] = out
    return out


@dataclass(frozen=True)
class Terms:
    """Index terms of one text, in reading order."""

    syllables: tuple[str, ...]  # canonical accented syllables
    folded_syllables: tuple[str, ...]
    compounds: tuple[str, ...]  # canonical multi-syllable words, syllables joined by "_"
    folded_compounds: tuple[str, ...]


def _terms(sylls: list[str], glue: list[bool], a: int, b: int) -> Terms:
    """Terms of syllables ``a:b``; ``glue[i]``: syllable i continues the word before."""
    syllables: list[str] = []
    folded: list[str] = []
    compounds: list[str] = []
    folded_compounds: list[str] = []
    word_k: list[str] = []
    word_f: list[str] = []
    get = _cache.get
    for i in range(a, b):
        s = sylls[i]
        f = get(s)
        if f is None:
            f = forms(s)
            if f is None:
                if len(word_k) > 1:
                    compounds.append("_".join(word_k))
                    folded_compounds.append("_".join(word_f))
                word_k, word_f = [], []
                continue
        key, fold_ = f
        syllables.append(key)
        folded.append(fold_)
        if glue[i] and word_k:
            word_k.append(key)
            word_f.append(fold_)
        else:
            if len(word_k) > 1:
                compounds.append("_".join(word_k))
                folded_compounds.append("_".join(word_f))
            word_k, word_f = [key], [fold_]
    if len(word_k) > 1:
        compounds.append("_".join(word_k))
        folded_compounds.append("_".join(word_f))
    return Terms(tuple(syllables), tuple(folded), tuple(compounds), tuple(folded_compounds))


def analyze_lines(lines: list[str]) -> list[Terms]:
    """Terms of each line (pyvi segmentation runs on the whole batch at once)."""
    sylls, glue, starts = segment_flat(lines)
    flags = glue.tolist()
    ends = starts[1:] + [len(sylls)]
    return [_terms(sylls, flags, a, b) for a, b in zip(starts, ends)]


@dataclass(frozen=True)
class WordTokens:
    """Word-like syllables of many lines (punctuation dropped), as arrays, for batch indexing.

    ``canon[j]`` / ``folded[j]``: forms of the j-th word syllable; ``line[j]``:
    its line; ``cont[j]``: it continues a pyvi word with the word syllable
    before it (the two were adjacent and glued). Same terms as ``analyze_lines``.
    """

    canon: np.ndarray  # object (str)
    folded: np.ndarray  # object (str)
    line: np.ndarray  # int64
    cont: np.ndarray  # bool
    line_start: np.ndarray  # int64, first word syllable of each line (len(lines) + 1 entries)
    ids: np.ndarray  # int64, the syllable's distinct form (index into ``forms``)
    forms: list[tuple[str, str]]  # (canonical, folded) of each distinct word syllable


def word_tokens(lines: list[str]) -> WordTokens:
    seg = segment_ids(lines)
    n_lines = len(lines)
    pairs = [forms(t) or ("", "") for t in seg.tokens]
    is_word = np.array([bool(p[0]) for p in pairs], dtype=bool)
    ucanon = np.array([p[0] for p in pairs], dtype=object)
    ufold = np.array([p[1] for p in pairs], dtype=object)
    lengths = np.diff(np.array([*seg.starts, len(seg.ids)], dtype=np.int64)) if n_lines else np.zeros(0, np.int64)
    line_of = np.repeat(np.arange(n_lines, dtype=np.int64), lengths)
    pos = np.flatnonzero(is_word[seg.ids])
    ids = seg.ids[pos]
    cont = np.zeros(len(pos), dtype=bool)
    if len(pos) > 1:
        cont[1:] = seg.glue[pos[1:]] & (pos[1:] == pos[:-1] + 1)
    line = line_of[pos]
    line_start = np.searchsorted(line, np.arange(n_lines + 1, dtype=np.int64))
    return WordTokens(ucanon[ids], ufold[ids], line, cont, line_start, ids, pairs)


def joined(words: np.ndarray, cont: np.ndarray, a: int, b: int) -> str:
    """Syllables ``a:b`` as text: '_' inside a pyvi word, ' ' between words."""
    if b <= a:
        return ""
    seps = np.where(np.append(cont[a + 1:b], False), "_", " ").astype(object)
    out = np.empty(2 * (b - a), dtype=object)
    out[0::2] = words[a:b]
    out[1::2] = seps
    return "".join(out.tolist())[:-1]


def analyze(text: str) -> Terms:
    """Terms of a text; line breaks are segment boundaries, as in pyvi."""
    lines = [line for line in text.split("\n") if line.strip()]
    parts = analyze_lines(lines)
    return Terms(tuple(s for p in parts for s in p.syllables),
                 tuple(s for p in parts for s in p.folded_syllables),
                 tuple(c for p in parts for c in p.compounds),
                 tuple(c for p in parts for c in p.folded_compounds))


_LEADING_ZEROS = re.compile(r"(?<![\d.,])0+(?=\d)")


def folded_tokens(text: str) -> list[str]:
    """Folded syllables of ``text`` in order: one translate and one regex pass, in C."""
    return WORD.findall(_LEADING_ZEROS.sub("", fold_nfc(text)))


def syllable_forms(text: str) -> list[tuple[str, str]]:
    """(canonical, folded) of every word-like token of ``text``: ``syllable_tokens`` without the offsets."""
    return [forms(w) or (w, w) for w in WORD.findall(text)]


def syllable_tokens(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, canonical, folded) of every word-like token of ``text``.

    Used to mark matched words in snippets: offsets are into ``text`` itself.
    """
    out = []
    for m in WORD.finditer(text):
        key, folded = forms(m.group(0)) or (m.group(0), m.group(0))
        out.append((m.start(), m.end(), key, folded))
    return out


