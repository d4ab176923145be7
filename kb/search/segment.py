"""pyvi word segmentation, with pyvi's own CRF model and a faster decoder.

``pyvi.ViTokenizer.tokenize`` builds a Python dict of features per syllable and
hands them to python-crfsuite: about 0.2 MB/s, six minutes for the pháp điển.
The model is a two-label (B_W / I_W) linear-chain CRF whose features are
sums of per-syllable weights, so this module reads those weights once from
the model pyvi ships, scores each syllable with a few dictionary look-ups and
decodes with a two-state Viterbi. The output is the same token sequence as
pyvi's (``tests/test_search_segment.py`` checks it line by line on the core
đề mục); only the speed differs.
"""
from __future__ import annotations

import os
import re
import string
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

_FEATURE = re.compile(r"\(\d+\) (.*?) --> (B_W|I_W): (-?\d+(?:\.\d+)?)\n", re.DOTALL)
_TRANSITION = re.compile(r"\(\d+\) (B_W|I_W) --> (B_W|I_W): (-?\d+(?:\.\d+)?)")
_PUNCT = frozenset(string.punctuation)


@dataclass(frozen=True)
class CrfWeights:
    """The model as score differences I_W − B_W (only the difference decides)."""

    flags: dict[str, float]  # bias, word.istitle(), -1:word.bi_gram(), …
    word: dict[str, float]  # word.lower():w
    prev_word: dict[str, float]  # -1:word.lower():w  (the syllable before)
    next_word: dict[str, float]  # +1:word.lower():w  (the syllable after)
    trans: tuple[float, float, float, float]  # BB, BI, IB, II


def _parse_dump(text: str) -> CrfWeights:
    state = text[text.index("STATE_FEATURES = {"):]
    trans_block = text[text.index("TRANSITIONS = {"):text.index("STATE_FEATURES = {")]
    diff: dict[str, float] = {}
    for attr, label, weight in _FEATURE.findall(state):
        w = float(weight)
        diff[attr] = diff.get(attr, 0.0) + (w if label == "I_W" else -w)
    flags, word, prev_word, next_word = {}, {}, {}, {}
    for attr, d in diff.items():
        if attr.startswith("word.lower():"):
            word[attr[len("word.lower():"):]] = d
        elif attr.startswith("-1:word.lower():"):
            prev_word[attr[len("-1:word.lower():"):]] = d
        elif attr.startswith("+1:word.lower():"):
            next_word[attr[len("+1:word.lower():"):]] = d
        else:
            flags[attr] = d
    t = {(a, b): float(w) for a, b, w in _TRANSITION.findall(trans_block)}
    return CrfWeights(flags, word, prev_word, next_word,
                      (t[("B_W", "B_W")], t[("B_W", "I_W")], t[("I_W", "B_W")], t[("I_W", "I_W")]))


@lru_cache(maxsize=1)
def _model() -> tuple[CrfWeights, frozenset, frozenset]:
    from pyvi.ViTokenizer import ViTokenizer  # loads the pickled model once

    fd, path = tempfile.mkstemp(suffix=".crfdump")
    os.close(fd)
    try:
        ViTokenizer.model.tagger_.dump(path)
        with open(path, encoding="utf-8") as fh:
            weights = _parse_dump(fh.read())
    finally:
        os.unlink(path)
    return weights, frozenset(ViTokenizer.bi_grams), frozenset(ViTokenizer.tri_grams)


#: pyvi's syllabifier pattern, with inner groups made non-capturing so that
#: ``findall`` returns strings (same matches; checked against pyvi in the tests).
_SYLLABLE = re.compile(
    r"([A-ZĐ]+\.|Tp\.|Mr\.|Mrs\.|Ms\.|Dr\.|ThS\.|==>|->|\.\.\.|>>|\n|\w+://[^\s]+"
    r"|[a-zA-Z0-9_.+-]+@(?:[a-zA-Z0-9-]+\.)+[a-zA-Z0-9-]+|\d+(?:[\.,_]\d+)+|[^\w\s]|\w+)"
)


def syllabify(text: str) -> list[str]:
    """pyvi's syllables: NFC words, numbers, punctuation, 'UBND.'-style abbreviations."""
    return _SYLLABLE.findall(unicodedata.normalize("NFC", text))


@dataclass(frozen=True)
class _Tables:
    """The model as arrays indexed by syllable id (0 = unknown syllable)."""

    ids: dict[str, int]
    word: np.ndarray
    prev_word: np.ndarray
    next_word: np.ndarray
    bigrams: np.ndarray  # sorted keys a*V+b
    trigrams: np.ndarray  # sorted keys (a*V+b)*V+c
    size: int
    weights: CrfWeights


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    weights, bi, tri = _model()
    vocab = set(weights.word) | set(weights.prev_word) | set(weights.next_word)
    for gram in (*bi, *tri):
        vocab.update(gram.split(" "))
    ids = {w: i for i, w in enumerate(sorted(vocab), start=1)}
    size = len(ids) + 1

    def table(d: dict[str, float]) -> np.ndarray:
        arr = np.zeros(size)
        for w, v in d.items():
            arr[ids[w]] = v
        return arr

    def keys(grams, n: int) -> np.ndarray:
        out = []
        for g in grams:
            parts = g.split(" ")
            if len(parts) == n:
                k = 0
                for p in parts:
                    k = k * size + ids[p]
                out.append(k)
        return np.unique(np.array(out, dtype=np.int64))

    return _Tables(ids, table(weights.word), table(weights.prev_word), table(weights.next_word),
                   keys(bi, 2), keys(tri, 3), size, weights)


def _member(keys: np.ndarray, table: np.ndarray) -> np.ndarray:
    pos = np.searchsorted(table, keys)
    pos[pos == len(table)] = 0
    return table[pos] == keys


def _labels(lines: list[list[str]], t: _Tables) -> list[list[bool]]:
    """Per line, True where pyvi's CRF says I_W (the syllable continues a word).

    All lines are scored in one vectorised pass; features never look across a
    line boundary, exactly as when pyvi is called line by line.
    """
    sylls = [s for line in lines for s in line]
    n = len(sylls)
    line_id = np.repeat(np.arange(len(lines)), [len(line) for line in lines])
    f = t.weights.flags
    ids = t.ids
    idx = np.fromiter((ids.get(s.lower(), 0) for s in sylls), dtype=np.int64, count=n)
    title = np.fromiter((s.istitle() for s in sylls), dtype=bool, count=n)
    upper = np.fromiter((s.isupper() for s in sylls), dtype=bool, count=n)
    digit = np.fromiter((s.isdigit() for s in sylls), dtype=bool, count=n)
    emit = (f.get("bias", 0.0) + t.word[idx] + f.get("word.isupper()", 0.0) * upper
            + f.get("word.istitle()", 0.0) * title + f.get("word.isdigit()", 0.0) * digit)
    if n > 1:
        same = line_id[:-1] == line_id[1:]
        known = (idx[:-1] > 0) & (idx[1:] > 0)
        bigram = known & _member(idx[:-1] * t.size + idx[1:], t.bigrams)
        emit[1:] += same * (t.prev_word[idx[:-1]] + f.get("-1:word.istitle()", 0.0) * title[:-1]
                            + f.get("-1:word.isupper()", 0.0) * upper[:-1]
                            + f.get("-1:word.bi_gram()", 0.0) * bigram)
        emit[:-1] += same * (t.next_word[idx[1:]] + f.get("+1:word.istitle()", 0.0) * title[1:]
                             + f.get("+1:word.isupper()", 0.0) * upper[1:]
                             + f.get("+1:word.bi_gram()", 0.0) * bigram)
    if n > 2:
        same = line_id[:-2] == line_id[2:]
        known = (idx[:-2] > 0) & (idx[1:-1] > 0) & (idx[2:] > 0)
        trigram = same & known & _member((idx[:-2] * t.size + idx[1:-1]) * t.size + idx[2:],
                                         t.trigrams)
        emit[2:] += f.get("-2:word.tri_gram()", 0.0) * trigram
        emit[:-2] += f.get("+2:word.tri_gram()", 0.0) * trigram
    values = emit.tolist()
    out, pos = [], 0
    for line in lines:
        out.append(_viterbi(values[pos:pos + len(line)], t.weights.trans) if line else [])
        pos += len(line)
    return out


def _viterbi(emit: list[float], trans: tuple[float, float, float, float]) -> list[bool]:
    """Two-state Viterbi; B_W emission is 0, I_W emission is the difference."""
    bb, bi_, ib, ii = trans
    score_b, score_i = 0.0, emit[0]
    back: list[tuple[bool, bool]] = []  # per step: (B came from I, I came from I)
    for e in emit[1:]:
        from_b_to_b, from_i_to_b = score_b + bb, score_i + ib
        from_b_to_i, from_i_to_i = score_b + bi_, score_i + ii
        b_prev_i = from_i_to_b > from_b_to_b
        i_prev_i = from_i_to_i > from_b_to_i
        back.append((b_prev_i, i_prev_i))
        score_b = from_i_to_b if b_prev_i else from_b_to_b
        score_i = (from_i_to_i if i_prev_i else from_b_to_i) + e
    state = score_i > score_b
    labels = [state]
    for step in reversed(back):
        state = step[1] if state else step[0]
        labels.append(state)
    labels.reverse()
    return labels


def _join(sylls: list[str], labels: list[bool]) -> list[str]:
    """pyvi's rule for gluing an I_W syllable to the word before it."""
    if not sylls:
        return []
    words = [sylls[0]]
    for i in range(1, len(sylls)):
        cur, prev = sylls[i], sylls[i - 1]
        if (labels[i] and cur not in _PUNCT and prev not in _PUNCT
                and not cur[0].isdigit() and not prev[0].isdigit()
                and not (cur[0].istitle() and not prev[0].istitle())):
            words[-1] += "_" + cur
        else:
            words.append(cur)
    return words


def segment_lines(lines: list[str]) -> list[list[str]]:
    """``segment`` for many lines at once (much faster than one by one)."""
    sylls = [syllabify(line) for line in lines]
    labels = _labels(sylls, _tables())
    return [_join(s, lab) for s, lab in zip(sylls, labels)]


def segment(text: str) -> list[str]:
    """Words of ``text`` as pyvi writes them: syllables of a word joined by '_'.

    >>> segment("Trưởng thôn do cộng đồng dân cư bầu")
    ['Trưởng_thôn', 'do', 'cộng_đồng', 'dân_cư', 'bầu']
    """
    return segment_lines([text])[0]
