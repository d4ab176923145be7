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

import re
import threading
from dataclasses import dataclass
from functools import cached_property

from checker.rules import Lexicon, lexicon
from checker.text import InputDoc, Para, fold_keep_length
from kb.vntext import nfc

TOKEN = re.compile(r"\d+(?:[.,/]\d+)*%?|\w+|[^\w\s]")


class RegexTokenizer:
    """Syllables, numbers (with their separators) and single punctuation marks."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str):
        from spacy.tokens import Doc

        words, spaces = [], []
        n = len(text)
        for m in TOKEN.finditer(text):
            words.append(m.group())
            e = m.end()
            spaces.append(e < n and text[e] == " ")
        doc = Doc(self.vocab, words=words, spaces=spaces)
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


_LOCK = threading.Lock()
_NLP = None


def _fold_pattern(p: str) -> str:
    return " ".join(fold_keep_length(nfc(p)).split())


def build_pipeline(lex: Lexicon):
    """spaCy blank Vietnamese + regex tokenizer + sentencizer + entity ruler."""
    import spacy

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = RegexTokenizer(nlp.vocab)
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", ";", "…"]})
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    patterns = []
    for role in lex.roles:
        for p in role.patterns:
            patterns.append({"label": "ROLE", "id": role.id, "pattern": _fold_pattern(p)})
    for body in lex.bodies:
        for p in (body.name, *body.variants):
            patterns.append({"label": "BODY", "id": body.id, "pattern": _fold_pattern(p)})
    ruler.add_patterns(patterns)
    return nlp


def pipeline():
    """The process-wide pipeline, built on first use (thread-safe)."""
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                _NLP = build_pipeline(lexicon())
    return _NLP


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


def annotate(doc: InputDoc) -> Annotated:
    nlp = pipeline()
    sents: list[Sentence] = []
    texts = [p.folded for p in doc.paras]
    for para, sdoc in zip(doc.paras, nlp.pipe(texts, batch_size=64)):
        ents = [Ent(e.label_, e.ent_id_, e.start_char, e.end_char) for e in sdoc.ents]
        for s in sdoc.sents:
            a, b = s.start_char, s.end_char
            sents.append(Sentence(para, a, b, tuple(e for e in ents if a <= e.start < b)))
    return Annotated(doc, tuple(sents))
