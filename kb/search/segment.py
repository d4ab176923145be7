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
import pickle
import re
import string
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

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


class _Kept:
    """Stand-in for a class of the pickled model: keeps its state, runs none of its code."""

    def __setstate__(self, state) -> None:
        self.state = state


class _ModelUnpickler(pickle.Unpickler):
    """Reads pyvi's pickled ``sklearn_crfsuite.CRF`` without importing scikit-learn
    (its import alone costs ~4.5 s of CPU, more than the rest of loading the model):
    the estimator and its file holder are stand-ins; what matters is the
    crfsuite model file the pickle carries, which pycrfsuite reads directly."""

    def find_class(self, module: str, name: str):
        if module.startswith(("sklearn_crfsuite", "pycrfsuite")):
            return _Kept
        return super().find_class(module, name)


def _pyvi_dir() -> str:
    import importlib.util

    spec = importlib.util.find_spec("pyvi")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("pyvi is not installed")
    return list(spec.submodule_search_locations)[0]


def _load_pyvi() -> tuple[str, set, set]:
    """(crfsuite model dump, bi-grams, tri-grams) of pyvi's tokenizer, read as
    ``pyvi.ViTokenizer`` reads them, but without importing it (see ``_ModelUnpickler``)."""
    import pycrfsuite

    root = _pyvi_dir()
    bi, tri = set(), set()
    with open(os.path.join(root, "models", "words.txt"), encoding="utf-8") as fin:
        for token in fin.read().split("\n"):
            n = len(token.split(" "))
            if n == 2:
                bi.add(token)
            elif n == 3:
                tri.add(token)
    with open(os.path.join(root, "models", "pyvi3.pkl"), "rb") as fin:
        crf = _ModelUnpickler(fin).load()
    data = crf.state["modelfile"].state["__FILE_RESOURCE_DATA__"]
    with tempfile.TemporaryDirectory(prefix="dccs-pyvi-") as tmp:
        model, dump = os.path.join(tmp, "model.crfsuite"), os.path.join(tmp, "model.dump")
        with open(model, "wb") as fh:
            fh.write(data)
        tagger = pycrfsuite.Tagger()
        tagger.open(model)
        tagger.dump(dump)
        tagger.close()
        with open(dump, encoding="utf-8") as fh:
            return fh.read(), bi, tri


def _load_pyvi_by_import() -> tuple[str, set, set]:
    """The same through ``pyvi.ViTokenizer`` itself (a pyvi whose pickle differs)."""
    from pyvi.ViTokenizer import ViTokenizer  # loads the pickled model once

    fd, path = tempfile.mkstemp(suffix=".crfdump")
    os.close(fd)
    try:
        ViTokenizer.model.tagger_.dump(path)
        with open(path, encoding="utf-8") as fh:
            return fh.read(), ViTokenizer.bi_grams, ViTokenizer.tri_grams
    finally:
        os.unlink(path)


@lru_cache(maxsize=1)
def _model() -> tuple[CrfWeights, frozenset, frozenset]:
    try:
        dump, bi, tri = _load_pyvi()
    except (OSError, KeyError, AttributeError, TypeError, pickle.UnpicklingError):
        dump, bi, tri = _load_pyvi_by_import()
    return _parse_dump(dump), frozenset(bi), frozenset(tri)


#: pyvi's syllabifier pattern, with inner groups made non-capturing so that
#: ``findall`` returns strings (same matches; checked against pyvi in the tests).
_SYLLABLE = re.compile(
    r"([A-ZĐ]+\.|Tp\.|Mr\.|Mrs\.|Ms\.|Dr\.|ThS\.|==>|->|\.\.\.|>>|\n|\w+://[^\s]+"
    r"|[a-zA-Z0-9_.+-]+@(?:[a-zA-Z0-9-]+\.)+[a-zA-Z0-9-]+|\d+(?:[\.,_]\d+)+|[^\w\s]|\w+)"
)


def syllabify(text: str) -> list[str]:
    """pyvi's syllables: NFC words, numbers, punctuation, 'UBND.'-style abbreviations.

    No match of the pattern holds whitespace other than a line break, so the
    text is cut at whitespace first (in C) and a chunk made only of word
    characters — most of them — is one syllable without running the pattern;
    the rest (punctuation, numbers with separators, e-mails, URLs) goes through
    it once per distinct chunk (``_chunks``). Same output as ``_SYLLABLE.findall`` (``tests/test_search_segment.py``).
    """
    text = unicodedata.normalize("NFC", text)
    if "\n" in text:
        return _SYLLABLE.findall(text)
    out: list[str] = []
    append, extend, known = out.append, out.extend, _chunks.get
    for chunk in text.split():
        if chunk.isalnum():
            append(chunk)
        else:
            got = known(chunk)
            if got is None:
                got = _SYLLABLE.findall(chunk)
                if len(_chunks) < 200_000:
                    _chunks[chunk] = got
            extend(got)
    return out


#: Syllables of each chunk with punctuation seen so far ("dân,", "(Điều"): the whole
#: pháp điển has ~50 000 distinct ones among 12 million chunks.
_chunks: dict[str, list[str]] = {}


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


_props_cache: dict[str, tuple[int, int, int, int, int]] = {}


def _props(s: str, ids: dict[str, int]) -> tuple[int, int, int, int, int]:
    """(model id, istitle, isupper, isdigit, may glue) of one syllable, cached."""
    got = _props_cache.get(s)
    if got is None:
        glue = s not in _PUNCT and not s[0].isdigit()
        got = (ids.get(s.lower(), 0), s.istitle(), s.isupper(), s.isdigit(), glue)
        if len(_props_cache) < 1_000_000:
            _props_cache[s] = got
    return got


def _emissions(props: np.ndarray, line_id: np.ndarray, t: _Tables) -> np.ndarray:
    """I_W − B_W score of every syllable; features never cross a line boundary.

    ``props``: one row (model id, istitle, isupper, isdigit, may glue) per syllable.
    """
    n = len(props)
    idx = props[:, 0]
    title, upper, digit = props[:, 1].astype(bool), props[:, 2].astype(bool), props[:, 3].astype(bool)
    f = t.weights.flags
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
    return emit


def _viterbi(emit: np.ndarray, lengths: np.ndarray, trans: tuple[float, float, float, float]) -> np.ndarray:
    """Two-state Viterbi for many lines at once (rows of ``emit``, padded).

    B_W emission is 0 and I_W emission is the difference; ties go to B_W, as
    in crfsuite. Returns I_W flags, shape of ``emit``.
    """
    bb, bi, ib, ii = trans
    k, m = emit.shape
    score_b = np.zeros(k)
    score_i = emit[:, 0].copy()
    from_i_b = np.zeros((k, m), dtype=bool)  # best predecessor of B_W at t is I_W
    from_i_i = np.zeros((k, m), dtype=bool)  # best predecessor of I_W at t is I_W
    for step in range(1, m):
        to_b_from_b, to_b_from_i = score_b + bb, score_i + ib
        to_i_from_b, to_i_from_i = score_b + bi, score_i + ii
        b_i = to_b_from_i > to_b_from_b
        i_i = to_i_from_i > to_i_from_b
        from_i_b[:, step] = b_i
        from_i_i[:, step] = i_i
        active = step < lengths
        new_b = np.where(b_i, to_b_from_i, to_b_from_b)
        new_i = np.where(i_i, to_i_from_i, to_i_from_b) + emit[:, step]
        score_b = np.where(active, new_b, score_b)
        score_i = np.where(active, new_i, score_i)
    state = score_i > score_b
    labels = np.zeros((k, m), dtype=bool)
    last = lengths - 1
    for step in range(m - 1, -1, -1):
        if step < m - 1:
            moved = np.where(state, from_i_i[:, step + 1], from_i_b[:, step + 1])
            state = np.where(step < last, moved, state)
        labels[:, step] = state
    return labels


@dataclass(frozen=True)
class Segmented:
    """Many lines segmented at once, syllables as ids into ``tokens`` (each distinct one once)."""

    tokens: list[str]  # distinct syllables, in order of first appearance
    ids: np.ndarray  # int64, one per syllable: index into ``tokens``
    glue: np.ndarray  # bool, one per syllable: continues the word before
    starts: list[int]  # first syllable of each line


def segment_ids(lines: list[str]) -> Segmented:
    """All syllables of ``lines`` as token ids, whether each glues to the one before, line starts.

    ``glue[i]`` applies pyvi's rule: the CRF says I_W, neither syllable is
    punctuation or starts with a digit, and a capitalised syllable does not
    glue to a lower-case one. Per-syllable properties are computed once per
    distinct syllable.
    """
    t = _tables()
    per_line = [syllabify(line) for line in lines]
    lengths = np.array([len(p) for p in per_line], dtype=np.int64)
    starts = [0]
    for n in lengths[:-1]:
        starts.append(starts[-1] + int(n))
    flat = list(chain.from_iterable(per_line))
    index = dict.fromkeys(flat)  # distinct syllables in order of first appearance
    tokens = list(index)
    index.update(zip(tokens, range(len(tokens))))
    total = len(flat)
    ids = np.fromiter(map(index.__getitem__, flat), dtype=np.int64, count=total)
    glue = np.zeros(total, dtype=bool)
    if not total:
        return Segmented(tokens, ids, glue, starts)
    model_ids = t.ids
    uprops = np.array([_props(s, model_ids) for s in tokens], dtype=np.int64).reshape(len(tokens), 5)
    props = uprops[ids]
    line_id = np.repeat(np.arange(len(lines)), lengths)
    emit = _emissions(props, line_id, t)
    # Lines of similar length share a padded matrix (short lines are the rule).
    order = np.argsort(lengths, kind="stable")
    offsets = np.array(starts, dtype=np.int64)
    for chunk in np.array_split(order, max(1, len(order) // 256)):
        chunk = chunk[lengths[chunk] > 0]
        if not len(chunk):
            continue
        m = int(lengths[chunk].max())
        cols = np.arange(m)
        mask = cols[None, :] < lengths[chunk][:, None]
        pos = offsets[chunk][:, None] + cols[None, :]
        padded = np.where(mask, emit[np.where(mask, pos, 0)], 0.0)
        labels = _viterbi(padded, lengths[chunk], t.weights.trans)
        glue[pos[mask]] = labels[mask]
    may = props[:, 4].astype(bool)
    first_title = np.array([s[0].istitle() for s in tokens], dtype=bool)[ids]
    rule = np.zeros(total, dtype=bool)
    rule[1:] = may[1:] & may[:-1] & ~(first_title[1:] & ~first_title[:-1])
    glue &= rule
    glue[offsets[lengths > 0]] = False
    return Segmented(tokens, ids, glue, starts)


def segment_flat(lines: list[str]) -> tuple[list[str], np.ndarray, list[int]]:
    """All syllables of ``lines`` (strings), whether each glues to the one before, line starts."""
    seg = segment_ids(lines)
    tokens = seg.tokens
    return [tokens[i] for i in seg.ids.tolist()], seg.glue, seg.starts


def segment_lines(lines: list[str]) -> list[list[str]]:
    """``segment`` for many lines at once (much faster than one by one)."""
    sylls, glue, starts = segment_flat(lines)
    out: list[list[str]] = []
    bounds = starts[1:] + [len(sylls)]
    flags = glue.tolist()
    for a, b in zip(starts, bounds):
        words: list[str] = []
        for i in range(a, b):
            if flags[i] and words:
                words[-1] += "_" + sylls[i]
            else:
                words.append(sylls[i])
        out.append(words)
    return out


def segment(text: str) -> list[str]:
    """Words of ``text`` as pyvi writes them: syllables of a word joined by '_'.

    >>> segment("Trưởng thôn do cộng đồng dân cư bầu")
    ['Trưởng_thôn', 'do', 'cộng_đồng', 'dân_cư', 'bầu']
    """
    return segment_lines([text])[0]
