"""A query as officers type it → weighted index terms.

Steps, each a small function over the query's syllables:

0. a one-line quiz question loses its choice labels and its filler choices
   ("Cả A và B"); its stem and content choices are searched (``kb.search.quiz``);
1. abbreviations are expanded ("ubnd" → "ủy ban nhân dân", "bttnd" → …);
2. a query typed without any mark has its accents restored from the corpus's
   own words ("nhiem ky" → "nhiệm kỳ": the accented form of that word most
   documents use) — restored forms score at half weight, folded forms at full
   weight, so a wrong guess costs little and an accented query keeps its
   advantage on exact-accent matches;
3. local names and plain words are mapped to the law's words ("trưởng bản" →
   "trưởng thôn", "bổn phận" → "nghĩa vụ", "trong bao lâu" → "thời hạn"): the
   law's term is searched as if typed, the plain word at ``W_VARIANT``, and the
   re-ranking reads the query both ways (``ParsedQuery.readings``);
   a question for a definition ("… là gì?") also searches the terms the corpus
   defines; question words ("bao nhiêu", "là gì") are then dropped;
4. multi-syllable words are found by looking up every 2–4 syllable window in
   the index's vocabulary of pyvi words — for a short query that is more
   robust than running the segmenter on it, and it works without marks.

Every syllable and word is searched folded; its accented form is searched
too only when its folded form is ambiguous in the corpus ("ban": ban, bản,
bàn, bán) — elsewhere accents decide nothing and would only cost time.
The vocabulary is injected (``Vocabulary``), so this module needs no index.
"""
from __future__ import annotations

import math
import weakref
from dataclasses import dataclass, field
from typing import Protocol

from kb.search.analysis import has_marks, syllable_forms
from kb.search.quiz import _UNSPLIT, Quiz, search_text, split_quiz
from kb.search.synonyms import Synonyms
from kb.vntext import fold, nfc

#: Field weights. Folded fields carry the match; accented fields reward exact
#: accents; the title field rewards articles *about* the query's subject.
#: W_TITLE sits on a plateau of the dev set (0.25–0.5 alike; 1.0 cost ~5
#: points of Recall@5, 2.0 ~9): titles help, but must not outweigh the text.
W_FOLDED = 1.0
W_ACCENT = 1.0
W_RESTORED = 0.5
W_TITLE = 0.5
#: A plain word the law says otherwise ("bổn phận" for "nghĩa vụ", "trưởng bản" for "trưởng thôn",
#: kb/data/search_synonyms.yaml): the law's term is searched as if typed, the plain word at 0.3 — rare
#: in legal text, it would otherwise reward whatever article happens to use it. Tuning sets
#: (R@1 + MRR@10 summed over dev1, dev3, dev4): plain word 0.2–0.5 with the law's term 0.7–1.0 on a
#: plateau (5.234–5.246), against 5.225 with the plain word at 1.0 and the law's term at 0.5.
W_EQUIVALENT = 1.0
W_VARIANT = 0.3
W_ABBREVIATION_TOKEN = 0.3
W_COMPOUND = 1.0
W_DEFINES = 3.0  # "X là gì?" → X among the terms the corpus defines
MAX_WORD = 4  # longest multi-syllable word looked up
#: a one-syllable variant heading another phrase (``_heads_other_phrase``): the corpus says the pair
#: with the word after in this many articles at least, the law's term with it less than this share
HEAD_PAIR_MIN = 20
HEAD_PAIR_SHARE = 0.2
PAIR_FLOOR = 0.1  # an unseen pair of accented forms counts as 0.1 article
WORD_BONUS = 0.5  # weight of "pyvi read the pair as one word" in restoration
UNIGRAM_PRIOR = 0.1  # weight of a form's own frequency in restoration
RARE_SPELLING = 0.005  # spellings used this much less than the commonest are typos
AMBIGUOUS = 0.02  # a folded form is ambiguous when its 2nd accented form has ≥ 2 % of uses


class Vocabulary(Protocol):
    def doc_freq(self, field: str, term: str) -> int: ...

    def accented_forms(self, folded: str) -> list[tuple[str, int]]:
        """Canonical accented forms of a folded syllable or word ('a_b'), most frequent first."""
        ...


@dataclass(frozen=True)
class QueryTerm:
    field: str  # syl | fsyl | cmp | fcmp | title | defines
    text: str
    weight: float


_TERMS: dict[tuple[str, str, float], QueryTerm] = {}


def _term(fld: str, text: str, weight: float) -> QueryTerm:
    """``QueryTerm(fld, text, weight)``, one object per distinct value (a frozen dataclass costs
    a microsecond to make; a query has dozens of terms, mostly seen before)."""
    key = (fld, text, weight)
    got = _TERMS.get(key)
    if got is None:
        got = QueryTerm(fld, text, weight)
        if len(_TERMS) < 200_000:
            _TERMS[key] = got
    return got


@dataclass(slots=True)
class _Syllable:
    canonical: str | None  # None: typed without marks and not (yet) restored
    folded: str
    origin: str  # typed | restored | expanded
    plain: bool = False  # part of a plain word the law says otherwise (``_equivalents``)


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    accented: bool  # the user typed marks
    syllables: tuple[str, ...]  # canonical (restored when typed without marks)
    terms: tuple[QueryTerm, ...]
    mark_canonical: frozenset[str]  # syllables to highlight by exact accents
    mark_folded: frozenset[str]  # syllables to highlight ignoring accents
    notes: tuple[str, ...] = field(default=())  # "UBND → ủy ban nhân dân", for --explain
    #: Folded syllables one clause should hold to answer the query (kb.search.rerank): the
    #: query's own words (question words dropped, abbreviations expanded); for a quiz, one set
    #: per reading "stem + choice"; each also said in the law's words when the query holds a
    #: local name or plain word (its equivalents in place of it).
    readings: tuple[frozenset[str], ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not self.terms


def _expand_abbreviations(tokens: list[tuple[str, str]], syn: Synonyms,
                          notes: list[str]) -> tuple[list[_Syllable], list[str]]:
    out: list[_Syllable] = []
    abbreviation_tokens: list[str] = []
    all_folded = [f for _, f in tokens]
    for k, (key, folded) in enumerate(tokens):
        expansions = syn.abbreviation_at(all_folded, k) if folded in syn.abbreviations else None
        if expansions is None and folded in syn.numbered_abbreviations:
            abbreviation_tokens.append(folded)  # "tt", "nd" away from a number: said, not expanded
            continue
        if expansions:
            abbreviation_tokens.append(folded)
            for phrase in expansions:
                out.extend(_Syllable(s, fold(s), "expanded") for s in phrase)
                notes.append(f"{key} → {' '.join(phrase)}")
            continue
        out.append(_Syllable(key, folded, "typed"))
    return out, abbreviation_tokens


def _pin_phrases(seq: list[_Syllable], phrases: tuple[tuple[str, ...], ...]) -> None:
    """A phrase of search_synonyms.yaml of two syllables or more typed without marks takes its own
    spelling before the accents are restored: a question phrase ("bao nhieu", "khi nao", "o dau"),
    an equivalent's variant ("hop thon", "ca thon", "dan thong bao"). The corpus's pairs are the
    law's: they read "bao nhieu thanh vien" as "bảo nhiều thành viên" ("nhiều thành viên" is law
    text, "bao nhiêu" rarely), "hop thon" as "hợp thôn", and the phrase was then neither dropped nor
    read as a question, nor said in the law's words. Unaccented, the tuning sets' accented questions
    folded: dev2 R@5 0.934 → 0.944, dev4 0.834 / 0.926 / 0.878 → 0.840 / 0.954 / 0.890 (R@1 / R@5 /
    MRR@10), dev6 0.747 / 0.918 / 0.819 → 0.753 / 0.935 / 0.831; dev1 R@5 0.994 → 0.987 (one)."""
    by_first = _folded_by_first(phrases)
    i = 0
    while i < len(seq):
        s = seq[i]
        for folded, p in by_first.get(s.folded, ()) if s.canonical is None else ():
            n = len(p)
            if all(t.canonical is None for t in seq[i:i + n]) and \
                    tuple(t.folded for t in seq[i:i + n]) == folded:
                for t, c in zip(seq[i:i + n], p):
                    t.canonical, t.origin = c, "restored"
                i += n - 1
                break
        i += 1


#: another spelling of a two-syllable variant that the corpus says as a word (pyvi's, in at least
#: PIN_WORD_MIN articles) and as a pair in at least PIN_PAIR_MIN articles, more than the variant's
PIN_WORD_MIN = 5
PIN_PAIR_MIN = 100
_PINNABLE: dict[int, tuple[tuple, object, tuple]] = {}


def _pinnable(phrases: tuple[tuple[str, ...], ...], vocab: Vocabulary) -> tuple[tuple[str, ...], ...]:
    """The variants that keep their own spelling when typed without marks (``_pin_phrases``), less
    the two-syllable ones whose folded form the law says otherwise as a word of its own: "cong nhan"
    is "công nhận" (a word in 1383 articles, said in 1395) more than "công nhân" (465), "truong ban"
    "trưởng ban" (442) more than the village's "trưởng bản" (17): pinned, "cong nhan huong uoc" read
    "công nhân" → người lao động, "so pho truong ban" "trưởng bản" → trưởng thôn. The accents are then
    restored from the corpus like any other syllable. "họp thay" stays pinned: "hợp thay" (266) is
    no word, only a pair across words ("phù hợp thay thế"). Kept per table and vocabulary."""
    got = _PINNABLE.get(id(phrases))
    if got is not None and got[0] is phrases and got[1] is vocab:
        return got[2]
    memo = _spellings(vocab)
    out = []
    for p in phrases:
        if len(p) == 2:
            key = "_".join(p)
            forms = vocab.accented_forms(fold(key))
            own = dict(forms).get(key, 0)
            own_word = vocab.doc_freq("cmp", key)
            if any(f != key and n >= PIN_PAIR_MIN and n > own and memo.is_word("cmp", f)
                   and vocab.doc_freq("cmp", f) >= max(PIN_WORD_MIN, own_word + 1) for f, n in forms):
                continue
        out.append(p)
    got = tuple(out)
    if len(_PINNABLE) > 64:
        _PINNABLE.clear()
    _PINNABLE[id(phrases)] = (phrases, vocab, got)
    return got


#: a table's phrases of two syllables or more by their first folded syllable (``_folded_by_first``)
_FOLDED_BY_FIRST: dict[int, tuple[tuple, dict]] = {}


def _folded_by_first(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """(folded phrase, phrase) of the table's phrases of two syllables or more, by their first folded
    syllable, in order; kept for the table (it outlives queries)."""
    got = _FOLDED_BY_FIRST.get(id(phrases))
    if got is not None and got[0] is phrases:
        return got[1]
    by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for p in phrases:
        if len(p) >= 2:
            by_first.setdefault(fold(p[0]), []).append((tuple(fold(x) for x in p), p))
    if len(_FOLDED_BY_FIRST) > 64:
        _FOLDED_BY_FIRST.clear()
    _FOLDED_BY_FIRST[id(phrases)] = (phrases, by_first)
    return by_first


def _restore(seq: list[_Syllable], vocab: Vocabulary, notes: list[str]) -> None:
    """Accents for each run of unmarked syllables: the likeliest spelling given the corpus."""
    i = 0
    while i < len(seq):
        if seq[i].canonical is not None:
            i += 1
            continue
        end = i
        while end < len(seq) and seq[end].canonical is None:
            end += 1
        for s, c in zip(seq[i:end], likeliest_spelling([s.folded for s in seq[i:end]], vocab)):
            s.canonical, s.origin = c, "restored"
        i = end
    restored = [s.canonical for s in seq if s.origin == "restored"]
    if restored:
        notes.append("khôi phục dấu: " + " ".join(restored))


def likeliest_spelling(folded: list[str], vocab: Vocabulary) -> list[str]:
    """Viterbi over the accented forms the corpus uses for each folded syllable.

    Two adjacent forms score log(articles where they stand side by side), plus
    a bonus when pyvi read them as one word ("nhiệm kỳ" beats "nhiệm ký" before
    "ban", although "ký ban[ hành]" is the commoner pair); each form's own
    frequency is a weak prior. Measured on the dev set's 134 accented queries,
    folded then restored: 96.8 % of syllables, 71 % of whole queries right; on
    400 random article titles 99.4 % and 95 % (optimistic: titles are corpus text).

    A syllable's forms and a pair of syllables' steps are pure functions of the
    vocabulary, kept per syllable and per pair (``_Spellings``): a query pays
    only the sums of its own path.
    """
    memo = _spellings(vocab)
    options = [memo.forms(f) for f in folded]
    best = [prior for _, prior in options[0]]  # each form of syllable i: its best path's score
    back = []  # for i ≥ 1, each form of syllable i: the form of syllable i - 1 on its best path
    for i in range(1, len(folded)):
        step, came = [], []
        if len(best) == 1:  # one form before: no choice to make
            prev = best[0]
            for (_, prior), ((pair, word),) in zip(options[i], memo.steps(folded[i - 1], folded[i])):
                step.append(prev + pair + word + prior)
                came.append(0)
        else:
            for (_, prior), moves in zip(options[i], memo.steps(folded[i - 1], folded[i])):
                scores = [prev + pair + word for prev, (pair, word) in zip(best, moves)]
                top = max(scores)  # the first best
                step.append(top + prior)
                came.append(scores.index(top))
        best = step
        back.append(came)
    j = best.index(max(best))  # the first best
    path = [options[-1][j][0]]
    for i in range(len(folded) - 1, 0, -1):
        j = back[i - 1][j]
        path.append(options[i - 1][j][0])
    path.reverse()
    return path


class _Spellings:
    """What restoring accents and weighting a query's syllables derive from the vocabulary
    alone, per syllable or per pair of adjacent syllables, kept while the vocabulary lives."""

    def __init__(self, vocab: Vocabulary):
        self.vocab = vocab
        self._forms: dict[str, tuple[tuple[str, float], ...]] = {}
        self._steps: dict[tuple[str, str], tuple[tuple[tuple[float, float], ...], ...]] = {}
        self._ambiguous: dict[str, bool] = {}
        self._words: dict[str, dict[str, bool]] = {}

    def words(self, field: str) -> dict[str, bool]:
        """term → whether ``field`` indexes it (``is_word``), for the terms asked so far."""
        return self._words.setdefault(field, {})

    def is_word(self, field: str, term: str) -> bool:
        """Whether some article holds ``term`` in ``field`` (kept in ``words(field)``)."""
        got = self.vocab.doc_freq(field, term) > 0
        known = self.words(field)
        if len(known) < KEPT:
            known[term] = got
        return got

    def forms(self, folded: str) -> tuple[tuple[str, float], ...]:
        """(accented form, its prior ``UNIGRAM_PRIOR · log(1 + articles)``), plausible forms only,
        most frequent first; the folded syllable itself when the corpus has no form of it."""
        got = self._forms.get(folded)
        if got is None:
            forms = _plausible(self.vocab.accented_forms(folded)) or [(folded, 1)]
            got = tuple(dict((c, UNIGRAM_PRIOR * math.log(1 + n)) for c, n in forms).items())
            if len(self._forms) < KEPT:
                self._forms[folded] = got
        return got

    def steps(self, before: str, after: str) -> tuple[tuple[tuple[float, float], ...], ...]:
        """For each form c of ``after``, for each form p of ``before`` (``forms`` order): the two
        terms a step p → c adds, log(articles saying "p c" + PAIR_FLOOR) and the pyvi-word bonus."""
        key = (before, after)
        got = self._steps.get(key)
        if got is None:
            log = math.log
            pairs = dict(self.vocab.accented_forms(f"{before}_{after}"))
            doc_freq = self.vocab.doc_freq
            got = tuple(tuple((log(pairs.get(p + "_" + c, 0) + PAIR_FLOOR),
                               WORD_BONUS * log(1 + doc_freq("cmp", p + "_" + c)))
                              for p, _ in self.forms(before))
                        for c, _ in self.forms(after))
            if len(self._steps) < KEPT:
                self._steps[key] = got
        return got

    def ambiguous(self, folded: str) -> bool:
        got = self._ambiguous.get(folded)
        if got is None:
            got = _ambiguous(folded, self.vocab)
            if len(self._ambiguous) < KEPT:
                self._ambiguous[folded] = got
        return got


#: vocabulary → its ``_Spellings`` (weakly: they go with it)
_SPELLINGS: "weakref.WeakKeyDictionary[Vocabulary, _Spellings]" = weakref.WeakKeyDictionary()
KEPT = 200_000  # syllables, pairs kept per vocabulary (each kind)


def _spellings(vocab: Vocabulary) -> _Spellings:
    try:
        got = _SPELLINGS.get(vocab)
        if got is None:
            got = _SPELLINGS[vocab] = _Spellings(vocab)
        return got
    except TypeError:  # a vocabulary that cannot be weakly referenced: nothing is kept
        return _Spellings(vocab)


def _plausible(forms: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Drop spellings too rare to be meant ('nhỉệm' in 1 article beside 'nhiệm' in 20 590)."""
    if not forms:
        return forms
    floor = RARE_SPELLING * forms[0][1]
    return [(c, n) for c, n in forms if n >= floor]


def _ambiguous(folded: str, vocab: Vocabulary) -> bool:
    """'ban' (ban, bản, bàn, bán) is; 'nhiem' (nhiệm) is not: only then do accents matter."""
    forms = vocab.accented_forms(folded)
    if len(forms) < 2:
        return False
    return forms[1][1] >= AMBIGUOUS * sum(n for _, n in forms)


def defined_terms(folded_syllables: list[str]) -> list[str]:
    """Terms of a defined subject: its folded syllables and adjacent pairs ('cong_dong')."""
    pairs = [f"{a}_{b}" for a, b in zip(folded_syllables, folded_syllables[1:])]
    return [*folded_syllables, *pairs]


def _contains(seq: list[_Syllable], phrases: tuple[tuple[str, ...], ...]) -> bool:
    keys = [s.canonical for s in seq]
    present = set(keys)
    return any(tuple(keys[i:i + len(p)]) == p for p in phrases if p[0] in present
               for i in range(len(keys) - len(p) + 1))


#: a table's phrases by their first syllable, in the table's order (``_by_first``), per table
_BY_FIRST: dict[int, tuple[tuple[tuple[str, ...], ...], dict[str, list[tuple[str, ...]]]]] = {}


def _by_first(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """``phrases`` grouped by their first syllable, in order; kept for the table (it outlives queries)."""
    got = _BY_FIRST.get(id(phrases))
    if got is not None and got[0] is phrases:
        return got[1]
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        by_first.setdefault(p[0], []).append(p)
    if len(_BY_FIRST) > 64:
        _BY_FIRST.clear()
    _BY_FIRST[id(phrases)] = (phrases, by_first)
    return by_first


def _drop_phrases(seq: list[_Syllable], phrases: tuple[tuple[str, ...], ...]) -> list[_Syllable]:
    by_first = _by_first(phrases)  # in order: the first phrase that matches is dropped
    keys = [s.canonical for s in seq]
    out: list[_Syllable] = []
    i = 0
    while i < len(seq):
        for p in by_first.get(keys[i], ()):
            if tuple(keys[i:i + len(p)]) == p:
                i += len(p)
                break
        else:
            out.append(seq[i])
            i += 1
    return out


def _words(seq: list[_Syllable], vocab: Vocabulary) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, canonical, folded, accented_known) of multi-syllable words found.

    Windows by length, then by start; each window's folded string extends the one a
    syllable shorter (one concatenation per window, not one join); the accented one is
    joined only for a window that is a word.
    """
    found = []
    memo = _spellings(vocab)
    folded_word, accented_word = memo.words("fcmp"), memo.words("cmp")
    folded = [s.folded for s in seq]
    keys = None
    f_prev = folded
    for n in range(2, MAX_WORD + 1):
        f_cur = [f_prev[i] + "_" + folded[i + n - 1] for i in range(len(seq) - n + 1)]
        if not f_cur:
            break
        for i, f in enumerate(f_cur):
            # an accented word is indexed with its folded form: no folded word, no word at all
            if folded_word.get(f) or (f not in folded_word and memo.is_word("fcmp", f)):
                if keys is None:
                    keys = [s.canonical or s.folded for s in seq]
                k = "_".join(keys[i:i + n])
                in_accented = all(s.canonical is not None for s in seq[i:i + n]) and (
                    accented_word.get(k) or (k not in accented_word and memo.is_word("cmp", k)))
                found.append((i, i + n, k, f, in_accented))
        f_prev = f_cur
    return found


def _words_kept(seq: list[_Syllable], kept: list[_Syllable], found: list[tuple[int, int, str, str, bool]],
                vocab: Vocabulary) -> list[tuple[int, int, str, str, bool]]:
    """``_words(kept, vocab)``, given ``found = _words(seq, vocab)`` and ``kept`` a subsequence of
    ``seq`` (the same syllables, some dropped): a window of ``kept`` whose syllables stand side by
    side in ``seq`` is ``seq``'s window, found or not already; only the windows across a gap are
    looked up. Same entries, same order (by length, then by start)."""
    where = {id(s): i for i, s in enumerate(seq)}
    pos = [where[id(s)] for s in kept]  # kept[j] is seq[pos[j]]
    at = [-1] * len(seq)  # seq position → kept position (-1: dropped)
    for j, i in enumerate(pos):
        at[i] = j
    out = []
    for a, b, key, folded, in_accented in found:  # windows with none of their syllables dropped
        ja, jb = at[a], at[b - 1]
        if ja >= 0 and jb - ja == b - 1 - a:
            out.append((ja, ja + b - a, key, folded, in_accented))
    memo = _spellings(vocab)
    folded_word, accented_word = memo.words("fcmp"), memo.words("cmp")
    gaps = [j for j in range(1, len(kept)) if pos[j] - pos[j - 1] > 1]  # kept[j - 1], kept[j] not side by side
    for n in range(2, MAX_WORD + 1):
        for i in sorted({i for g in gaps for i in range(max(0, g - n + 1), min(g, len(kept) - n + 1))}):
            window = kept[i:i + n]
            f = "_".join([s.folded for s in window])
            if folded_word.get(f) or (f not in folded_word and memo.is_word("fcmp", f)):
                k = "_".join([s.canonical or s.folded for s in window])
                in_accented = all(s.canonical is not None for s in window) and (
                    accented_word.get(k) or (k not in accented_word and memo.is_word("cmp", k)))
                out.append((i, i + n, k, f, in_accented))
    out.sort(key=lambda w: (w[1] - w[0], w[0]))
    return out


def _pair_count(vocab: Vocabulary, a: str, b: str) -> int:
    """Articles saying the canonical syllables ``a b`` side by side on a line."""
    key = a + "_" + b
    for form, n in vocab.accented_forms(fold(key)):
        if form == key:
            return n
    return 0


def _heads_other_phrase(vocab: Vocabulary, variant: str, after: str | None, law: str) -> bool:
    """Whether a one-syllable variant followed by a word of two syllables or more heads a phrase of
    another sense: Vietnamese puts a noun's modifiers after it ("bản kê khai", "bản dự thảo": a
    document, not the village "bản"), so the word after decides. The corpus says "bản kê" in 108
    articles, "thôn kê" in none: the pair is common (≥ HEAD_PAIR_MIN articles) and the law's term
    (its last syllable) says it less than HEAD_PAIR_SHARE as often. "bản có nhiều dân tộc" and "một
    bản, một khóm" keep the village (no word opens after it: "có nhiều", "một khóm" are none);
    what precedes ("một bản", "công khai bản") tells nothing."""
    if after is None:
        return False
    n = _pair_count(vocab, variant, after)
    return n >= HEAD_PAIR_MIN and _pair_count(vocab, law, after) < HEAD_PAIR_SHARE * n


def _equivalents(seq: list[_Syllable], words, syn: Synonyms,
                 notes: list[str], vocab: Vocabulary | None = None) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(variant's folded syllables, canonical phrase) for each local name or plain word found in the
    query that the law says otherwise."""
    keys = [s.canonical for s in seq]
    at: dict[str | None, list[int]] = {}  # syllable → where the query says it
    for i, k in enumerate(keys):
        at.setdefault(k, []).append(i)
    index = syn.equivalences_by_first
    # the table's order (longest variant first), only for variants opened by a syllable of the query
    found = sorted(i for k in at for i in index.get(k, ()))
    taken = [False] * len(seq)
    opens = {a for a, b, *_ in words if b - a > 1}  # where a word of two syllables or more opens
    out = []
    for eq in (syn.equivalences[i] for i in found):
        n = len(eq.variant)
        for i in at[eq.variant[0]]:
            if i + n > len(seq) or any(taken[i:i + n]) or tuple(keys[i:i + n]) != eq.variant:
                continue
            if n == 1 and any(a <= i < b and b - a > 1 for a, b, *_ in words):
                continue  # "bản" inside "văn bản"
            if n == 1 and vocab is not None and i + 1 in opens and \
                    _heads_other_phrase(vocab, keys[i], keys[i + 1], eq.canonical[-1]):
                continue  # "bản kê khai", "bản dự thảo"
            for j in range(i, i + n):
                taken[j] = True
                seq[j].plain = True
            out.append((tuple(s.folded for s in seq[i:i + n]), eq.canonical))
            notes.append(f"{' '.join(eq.variant)} → {' '.join(eq.canonical)}")
    return out


def parse_query(query: str, vocab: Vocabulary, syn: Synonyms) -> ParsedQuery:
    text = nfc(query).strip()
    accented = has_marks(text)
    notes: list[str] = []
    quiz = split_quiz(text)  # read once: the searched text and the readings
    kept_choices = quiz.content_choices(syn.quiz_filler_words) if quiz is not None else None
    searched, quiz_note = search_text(text, syn.quiz_filler_words, quiz, kept_choices)
    if quiz_note:
        notes.append(quiz_note)
    if quiz is None:
        parts = None
        tokens = syllable_forms(searched)
    else:  # the stem's and each content choice's tokens, read once for the searched text and the readings
        parts = _quiz_parts(quiz, syn, kept_choices)
        tokens = [t for part in parts for t in part[1]]
    seq, abbreviation_tokens = _expand_abbreviations(tokens, syn, notes)
    if not accented:
        for s in seq:
            if s.origin == "typed":
                s.canonical = None
        _pin_phrases(seq, syn.question_words)
        _pin_phrases(seq, _pinnable(syn.variant_phrases, vocab))
        _restore(seq, vocab, notes)
    words = _words(seq, vocab)
    equivalents = _equivalents(seq, words, syn, notes, vocab)
    asks_definition = _contains(seq, syn.definition_words)
    kept = _drop_phrases(seq, syn.question_words)
    if len(kept) < len(seq):  # words may now span the gap a question phrase left
        words = _words_kept(seq, kept, words, vocab)
    seq = kept
    readings = _with_law_words(_readings(text, frozenset(s.folded for s in seq), syn, quiz, parts), equivalents)
    weights: dict[tuple[str, str], float] = {}
    get = weights.get

    def add(fld: str, term: str, weight: float) -> None:
        if weight > get((fld, term), 0.0):
            weights[(fld, term)] = weight

    said = [not s.plain for s in seq]
    ambiguous = _spellings(vocab).ambiguous
    for s, own in zip(seq, said):  # add() written out: a query has dozens of syllables
        k = 1.0 if own else W_VARIANT
        key, w = ("fsyl", s.folded), W_FOLDED * k
        if w > get(key, 0.0):
            weights[key] = w
        key, w = ("title", s.folded), W_TITLE * k
        if w > get(key, 0.0):
            weights[key] = w
        if s.canonical is not None and ambiguous(s.folded):
            add("syl", s.canonical, (W_RESTORED if s.origin == "restored" else W_ACCENT) * k)
    for i, j, key, folded, in_accented in words:
        k = 1.0 if any(said[i:j]) else W_VARIANT
        add("fcmp", folded, W_COMPOUND * k)
        add("title", folded, W_TITLE * k)
        if in_accented and ambiguous(folded):
            restored = any(s.origin == "restored" for s in seq[i:j])
            add("cmp", key, (W_RESTORED if restored else W_ACCENT) * k)
    if asks_definition:
        subject = [s.folded for s in seq]
        for term in defined_terms(subject):
            add("defines", term, W_DEFINES)
        notes.append("hỏi định nghĩa: " + " ".join(s.canonical or s.folded for s in seq))
    for folded in abbreviation_tokens:
        add("fsyl", folded, W_ABBREVIATION_TOKEN)
    for _, phrase in equivalents:
        for s in phrase:
            add("syl", s, W_EQUIVALENT)
            add("fsyl", fold(s), W_EQUIVALENT)
        for n in range(2, min(MAX_WORD, len(phrase)) + 1):
            for i in range(0, len(phrase) - n + 1):
                key = "_".join(phrase[i:i + n])
                if vocab.doc_freq("cmp", key) > 0:
                    add("cmp", key, W_EQUIVALENT)
                    add("fcmp", fold(key), W_EQUIVALENT)
        seq = seq + [_Syllable(s, fold(s), "expanded") for s in phrase]
    mark_canonical = frozenset(s.canonical for s in seq
                               if s.canonical is not None and s.origin in ("typed", "expanded"))
    mark_folded = frozenset(s.folded for s in seq if s.origin == "restored" or s.canonical is None)
    return ParsedQuery(
        text=text, accented=accented,
        syllables=tuple(s.canonical or s.folded for s in seq),
        terms=tuple([_TERMS.get((f, t, w)) or _term(f, t, w) for (f, t), w in weights.items()]),
        mark_canonical=mark_canonical, mark_folded=mark_folded, notes=tuple(notes),
        readings=readings,
    )


def _with_law_words(readings: tuple[frozenset[str], ...],
                    equivalents: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> tuple[frozenset[str], ...]:
    """Each reading, and beside it the same reading said in the law's words (variants → canonical):
    a clause that says "tán thành" answers "bao nhiêu hộ đồng ý" as well as one saying "đồng ý"."""
    if not equivalents:
        return readings
    variant = frozenset(f for v, _ in equivalents for f in v)
    law = frozenset(fold(c) for _, phrase in equivalents for c in phrase)
    out = list(readings)
    for r in readings:
        alt = (r - variant) | law
        if alt not in out:
            out.append(alt)
    return tuple(out)


def _quiz_parts(quiz: Quiz, syn: Synonyms,
                kept: tuple[str, ...] | None = None) -> list[tuple[str, list[tuple[str, str]]]]:
    """(text, ``syllable_forms(text)``) of the stem and of each content choice (``kept``, when the
    caller has them), in order: the searched text is their join (``search_text``), and a token never
    spans the space between them, so its tokens are theirs one after another."""
    if kept is None:
        kept = quiz.content_choices(syn.quiz_filler_words)
    return [(t, syllable_forms(t)) for t in (quiz.stem, *kept)]


def _readings(text: str, searched: frozenset[str], syn: Synonyms, quiz=_UNSPLIT,
              parts: list[tuple[str, list[tuple[str, str]]]] | None = None) -> tuple[frozenset[str], ...]:
    """The query's folded words as one reading, or one per quiz choice ("stem + choice");
    ``quiz``: ``split_quiz(text)`` when the caller has it already; ``parts``: ``_quiz_parts(quiz)``
    when the caller has them (the content choices and the tokens, read once)."""
    if quiz is _UNSPLIT:
        quiz = split_quiz(text)
    if quiz is None:
        return (searched,) if searched else ()
    if parts is None:
        parts = _quiz_parts(quiz, syn)
    if len(parts) < 2:  # no content choice
        return (searched,) if searched else ()
    # each reading is "stem choice" (``choice_texts``); a token never spans the space between them,
    # so its syllables are the stem's, read once, then the choice's
    stem = _expanded_forms(parts[0][1], syn)
    out = []
    for _, tokens in parts[1:]:
        words = frozenset(stem + _expanded_forms(tokens, syn)) & searched
        if words:
            out.append(words)
    return tuple(out) or ((searched,) if searched else ())


def _expanded(text: str, syn: Synonyms) -> list[str]:
    """The folded syllables of a text, abbreviations expanded ("UBND" → uy, ban, nhan, dan) as in
    the searched query."""
    return _expanded_forms(syllable_forms(text), syn)


def _expanded_forms(tokens: list[tuple[str, str]], syn: Synonyms) -> list[str]:
    """``_expanded`` of a text given its ``syllable_forms``."""
    out = []
    all_folded = [f for _, f in tokens]
    for k, (_, folded) in enumerate(tokens):
        expansions = syn.abbreviation_at(all_folded, k) if folded in syn.abbreviations else None
        if expansions:
            out.extend(fold(s) for phrase in expansions for s in phrase)
        else:
            out.append(folded)
    return out
