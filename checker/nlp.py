"""The language pipeline: spaCy sentences and an entity ruler of roles and bodies.

Built once per process, lazily (importing spaCy costs ~1.7 s; building the
pipeline ~0.1 s — see ``bench/check_bench.py``). Design choices, measured:

1. ``spacy.blank("vi")`` without pyvi: pyvi's word segmentation is ~30× slower
   and segments the same title differently from one sentence to the next
   ("Trưởng ban công tác" came out as "Trưởng" + "ban công tác"), so phrase
   patterns would miss. A regex tokenizer (syllables, numbers such as "2/3",
   "05", "59/2023", punctuation) gives stable tokens.
2. The pipeline runs on the accent-folded text (``kb.vntext.fold`` keeps the
   length), so "Uỷ ban" / "Ủy ban" and unaccented drafts match the same
   patterns, and every span maps back 1:1 onto the original text.
3. Patterns are data: ``rules/lexicon.yaml`` (roles, bodies, membership words).
"""
from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass
from functools import cached_property

from checker.ruledata import Lexicon, lexicon
from checker.text import InputDoc, Para, fold_keep_length, normalize_tones
from kb.vntext import nfc

TOKEN = re.compile(r"\d+(?:[.,/]\d+)*%?|\w+|[^\w\s]")


PARA_SEP = "\n\n"


class RegexTokenizer:
    """Syllables, numbers (with their separators) and single punctuation marks.

    A blank line separates paragraphs: the first token after it starts a
    sentence, so a whole document is one ``Doc`` (one pass is ~4× faster than
    one ``Doc`` per paragraph) while no sentence spans two paragraphs.
    """

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str):
        from spacy.tokens import Doc

        words, spaces, starts, origin = [], [], [], []
        n = len(text)
        new_para = True
        last = 0
        for m in TOKEN.finditer(text):
            if not new_para and PARA_SEP in text[last:m.start()]:
                new_para = True
            words.append(m.group())
            origin.append(m.start())
            e = last = m.end()
            spaces.append(e < n and text[e] == " ")
            starts.append(True if new_para else None)
            new_para = False
        # "gồm: 1. Bà A, Tổ trưởng; 2. Ông B; 3. …": an item number after ":" or ";" ends no sentence
        for i in range(2, len(words) - 1):
            if words[i] == "." and words[i - 2] in (":", ";") and words[i - 1].isdigit() and len(words[i - 1]) <= 2 \
                    and starts[i + 1] is None:
                starts[i + 1] = False
        doc = Doc(self.vocab, words=words, spaces=spaces, sent_starts=starts if words else None)
        # Doc.text rebuilds spacing from the tokens; keep where each token began in the input.
        doc.user_data["origin"] = origin
        return doc

    # spaCy serialisation hooks (unused: the pipeline is rebuilt from the lexicon)
    def to_bytes(self, **_):
        return b""

    def from_bytes(self, _b, **_):
        return self


@dataclass(frozen=True)
class Ent:
    label: str  # ROLE | BODY
    id: str  # role or body id from the lexicon
    start: int  # offsets in the paragraph text
    end: int


@dataclass(frozen=True)
class Sentence:
    para: Para
    start: int
    end: int
    ents: tuple[Ent, ...]

    @property
    def text(self) -> str:
        return self.para.text[self.start:self.end]

    @property
    def folded(self) -> str:
        return self.para.folded[self.start:self.end]

    @property
    def key(self) -> str:
        return self.para.key[self.start:self.end]


_LOCK = threading.Lock()
_NLP = None
_FORMS: dict[str, frozenset[str]] = {}


def _fold_pattern(p: str) -> str:
    return " ".join(fold_keep_length(nfc(p)).split())


def _spellings(lex: Lexicon, patterns) -> tuple[str, ...]:
    """Each pattern and its spellings with names abbreviated or spelled out (lexicon ``aliases``)."""
    return tuple(dict.fromkeys(s for p in patterns for s in lex.spellings(p)))


def build_pipeline(lex: Lexicon):
    """spaCy blank Vietnamese + regex tokenizer + sentencizer + entity ruler."""
    import spacy

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = RegexTokenizer(nlp.vocab)
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", ";", "…"], "overwrite": False})
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    patterns = []
    for role in lex.roles:
        for p in _spellings(lex, role.patterns):
            patterns.append({"label": "ROLE", "id": role.id, "pattern": _fold_pattern(p)})
    for body in lex.bodies:
        for p in _spellings(lex, (body.name, *body.variants)):
            patterns.append({"label": "BODY", "id": body.id, "pattern": _fold_pattern(p)})
    ruler.add_patterns(patterns)
    return nlp


def accented_forms(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Each role's and body's patterns as written (lower case, modern tone placement)."""
    out: dict[str, set[str]] = {}
    for role in lex.roles:
        out.setdefault(role.id, set()).update(normalize_tones(" ".join(nfc(p).split()))
                                              for p in _spellings(lex, role.patterns))
    for body in lex.bodies:
        out.setdefault(body.id, set()).update(normalize_tones(" ".join(nfc(p).split()))
                                              for p in _spellings(lex, (body.name, *body.variants)))
    return {k: frozenset(v) for k, v in out.items()}


def pipeline():
    """The process-wide pipeline, built on first use (thread-safe)."""
    global _NLP, _FORMS
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                lex = lexicon()
                _FORMS = accented_forms(lex)
                _NLP = build_pipeline(lex)
    return _NLP


#: s31-sv (unseen88 u88-06): a writer's en or em dash inside a title is the lexicon's hyphen — «công chức Văn hóa –
#: Xã hội xã» is «công chức Văn hóa - Xã hội»; one character for one, so offsets stay the text's
_DASHES = str.maketrans({"–": "-", "—": "-", "‒": "-", "−": "-"})


def keep_entity(ent_id: str, original: str) -> bool:
    """Folding merges "Trưởng ban" (of a committee) with "Trưởng bản" (a village head).

    Accented text must match a pattern as written; text typed without
    diacritics is matched on its folded form alone.
    """
    original = original.translate(_DASHES)
    if fold_keep_length(original) == original.lower():
        return True
    return normalize_tones(original) in _FORMS.get(ent_id, ())


@dataclass(frozen=True)
class Annotated:
    """Sentences with entities for every paragraph of a document."""

    doc: InputDoc
    sentences: tuple[Sentence, ...]

    @cached_property
    def by_para(self) -> dict[int, tuple[Sentence, ...]]:
        out: dict[int, list[Sentence]] = {}
        for s in self.sentences:
            out.setdefault(s.para.index, []).append(s)
        return {k: tuple(v) for k, v in out.items()}

    def in_zones(self, *zones: str) -> tuple[Sentence, ...]:
        return tuple(s for s in self.sentences if s.para.zone in zones)

    def roles_in(self, para: Para) -> tuple[Ent, ...]:
        return tuple(e for s in self.by_para.get(para.index, ()) for e in s.ents)


#: Characters per ``nlp()`` call: spaCy refuses texts over ``nlp.max_length`` (1,000,000,
#: error E088), so a long draft is annotated in pieces of whole paragraphs.
PIECE_CHARS = 200_000


def pieces(lengths: list[int], limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """Paragraph ranges [i, j) whose joined text stays under ``limit`` (a longer paragraph
    makes a piece of its own)."""
    out, start, size = [], 0, 0
    for k, n in enumerate(lengths):
        if k > start and size + n + len(PARA_SEP) > limit:
            out.append((start, k))
            start, size = k, 0
        size += n + len(PARA_SEP)
    if start < len(lengths):
        out.append((start, len(lengths)))
    return out


#: A role's first word that, after one of these words, ends another noun (folded): "chức vụ Trưởng phòng" is a post
#: of a division (Trưởng phòng), no «Vụ trưởng» (the head of a ministry's Vụ); "nhiệm vụ", "nghĩa vụ", "dịch vụ" …
#: (s28-rl, unseen81 u81-01 L45: RL-05 read «Công chức giữ chức vụ Trưởng phòng» as the agency's head).
_COMPOUND_BEFORE = {"vu": frozenset("chuc nhiem nghia dich phuc tai su cong thoi mua nghiep".split())}
_FIRST_WORD = re.compile(r"\w+")
_LAST_WORD = re.compile(r"(\w+)\s+$")


def _ends_compound(folded: str, a: int) -> bool:
    """The match at ``a`` opens with the second word of a compound whose first word stands right before it."""
    first = _FIRST_WORD.match(folded, a)
    before = first and _COMPOUND_BEFORE.get(first.group(0).lower())
    prev = before and _LAST_WORD.search(folded[max(0, a - 24):a])
    return bool(prev) and prev.group(1).lower() in before


def _kept(doc: InputDoc, texts: list[str], span, ent_id: str, i: int, j: int) -> bool:
    k, a, b = span(i, j)
    return b <= len(texts[k]) and not _ends_compound(texts[k], a) and keep_entity(ent_id, doc.paras[k].text[a:b])


def _rule_entities(nlp, sdoc, keep) -> None:
    """The entity ruler's matches on the folded text, those the accented text rejects dropped BEFORE the longest
    match is chosen: "TỔ TRƯỞNG TỔ DÂN PHỐ TRƯỞNG BAN CÔNG TÁC MẶT TRẬN" folds to "… to dan pho truong ban cong tac
    mat tran", where "pho truong ban cong tac mat tran" (Phó Trưởng ban …) is the longest match; chosen first and
    rejected afterwards («phố» is not «phó»), it took both real roles with it (unseen80 u80-10 L46)."""
    ruler = nlp.get_pipe("entity_ruler")
    ids = ruler._ent_ids  # match key → (label, id): spaCy's own table
    matches = [m for m in ruler.match(sdoc) if keep(ids[m[0]][1] if m[0] in ids else "", m[1], m[2])]
    ruler.set_annotations(sdoc, matches)


def annotate(doc: InputDoc) -> Annotated:
    """Sentences and entities of every paragraph, one pass per piece of the document."""
    nlp = pipeline()
    texts = [p.folded.replace("\n", " ").translate(_DASHES) for p in doc.paras]
    by_para: dict[int, list[Ent]] = {}
    sents: list[Sentence] = []
    for first, stop in pieces([len(t) for t in texts]):
        offsets, pos = [], 0
        for t in texts[first:stop]:
            offsets.append(pos)
            pos += len(t) + len(PARA_SEP)
        joined = PARA_SEP.join(texts[first:stop])
        if len(joined) >= nlp.max_length:  # one huge paragraph: tokens, not a parser, so no E088 risk
            nlp.max_length = len(joined) + 1
        sdoc = nlp(joined, disable=["entity_ruler"])
        origin = sdoc.user_data["origin"]

        def span(i: int, j: int) -> tuple[int, int, int]:
            """Token range [i, j) → (paragraph, start, end) in that paragraph's text."""
            a = origin[i]
            k = bisect.bisect_right(offsets, a) - 1
            b = origin[j - 1] + len(sdoc[j - 1].text)
            return first + k, a - offsets[k], b - offsets[k]

        _rule_entities(nlp, sdoc, lambda ent_id, i, j: _kept(doc, texts, span, ent_id, i, j))
        for e in sdoc.ents:  # every one already kept by ``_kept`` (within its paragraph, its accents matching)
            k, a, b = span(e.start, e.end)
            by_para.setdefault(k, []).append(Ent(e.label_, e.ent_id_, a, b))
        for s in sdoc.sents:
            k, a, b = span(s.start, s.end)
            b = min(b, len(texts[k]))
            ents = tuple(e for e in by_para.get(k, ()) if a <= e.start < b)
            sents.append(Sentence(doc.paras[k], a, b, ents))
    return Annotated(doc, tuple(sents))
