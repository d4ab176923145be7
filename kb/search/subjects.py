"""A law named by its subject: "… Mặt trận Tổ quốc …" → Law 75/2015/QH13 "Luật Mặt trận Tổ quốc Việt Nam".

Officers name a law by what it is about more often than by its number: "tiếp
dân" questions are answered by the Law on citizen reception (42/2013/QH13,
title "Tiếp công dân"), "Mặt trận Tổ quốc có được giới thiệu người ứng cử …"
by the Front law, not by the election resolutions that repeat its words. A
law's subject is its title without "Luật" / "Bộ luật" / "Pháp lệnh" (and
without a closing "Việt Nam": "Mặt trận Tổ quốc [Việt Nam]"); a query whose
folded syllables hold a subject of at least ``MIN_SYLLABLES`` in a row names
that law, and its articles are preferred (``SearchEngine``: × SUBJECT_BOOST).
Two-syllable subjects ("Thanh tra", "Khiếu nại", "Trẻ em") are left out: they
are ordinary words of questions about other texts ("Ban Thanh tra nhân dân").
Titles of amending laws ("Sửa đổi, bổ sung …") name no subject.

Measured on the three tuning sets (bench/search_quality.py), R@1 / R@5 /
MRR@10 summed over dev1 + dev3 + dev4: 2.613 / 2.920 / 2.748 → 2.652 / 2.931 /
2.776 at × 1.2 (no question lower; × 1.5 alike but one question lower; with
two-syllable subjects one question lower). It fires on 98 of the 510
questions (83 of them answered by the law named), mostly on "mặt trận tổ quốc",
"thực hiện dân chủ ở cơ sở" and "tiếp công dân"; 122 laws have a subject.

Pure: ``Subjects.of(documents)`` builds the table, ``named(folded)`` reads a query.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

from kb.search.analysis import folded_tokens

MIN_SYLLABLES = 3
AFTER_LAW = 8  # syllables read after "luật" (Subjects.after_law)
TYPES = ("Luật", "Bộ luật", "Pháp lệnh")
_LEADS = (("bo", "luat"), ("phap", "lenh"), ("luat",))  # a title that repeats its type
_AMENDING = ("sua", "doi")


def subject_of(doc_type: str, title: str) -> tuple[str, ...] | None:
    """The folded syllables a law's title names it by; None when it names none.

    >>> subject_of("Luật", "Luật Mặt trận Tổ quốc Việt Nam")
    ('mat', 'tran', 'to', 'quoc')
    >>> subject_of("Luật", "Tiếp công dân")
    ('tiep', 'cong', 'dan')
    >>> subject_of("Luật", "Sửa đổi, bổ sung một số điều của Luật Luật sư") is None
    True
    """
    if doc_type not in TYPES or not title:
        return None
    words = [w.lower() for w in folded_tokens(title)]
    for lead in _LEADS:
        if tuple(words[:len(lead)]) == lead:
            words = words[len(lead):]
            break
    if any(tuple(words[i:i + 2]) == _AMENDING for i in range(len(words))):
        return None
    if words[-2:] == ["viet", "nam"]:
        words = words[:-2]
    return tuple(words) if len(words) >= MIN_SYLLABLES else None


@dataclass(frozen=True)
class Subjects:
    """Each law's subject (folded syllables), looked up by its first syllable."""

    by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # syllable → ((subject, doc_id), …)
    #: syllable → ((phrase, doc_id), …): the phrases that name a law's subject in a question
    #: (search_synonyms.yaml ``law_subjects``: "tố cáo" → Law 25/2018 "Tố cáo"), read like subjects
    said: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(default_factory=dict)
    _after_law: dict = field(default_factory=dict, compare=False, repr=False)  # words → after_law

    @classmethod
    def of(cls, documents: Iterable[tuple[str, str, str]],
           said: Iterable[tuple[tuple[str, ...], str]] = ()) -> "Subjects":
        """From (doc_id, doc_type, title) triples, and (folded phrase, doc_id) pairs naming a law's
        subject as questions say it."""
        out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for doc_id, doc_type, title in documents:
            words = subject_of(doc_type, title)
            if words:
                out.setdefault(words[0], []).append((words, doc_id))
        aliases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, doc_id in said:
            if phrase:
                aliases.setdefault(phrase[0], []).append((tuple(phrase), doc_id))
        return cls({k: tuple(v) for k, v in out.items()}, {k: tuple(v) for k, v in aliases.items()})

    def named(self, folded: Sequence[str]) -> frozenset[str]:
        """The laws whose subject the query's folded syllables say, in a row; and the law that
        "luật" names by a part of its subject ("luật dân chủ ở cơ sở …": ``after_law``)."""
        found = set()
        get = self.by_first.get
        alias = self.said.get
        for i, w in enumerate(folded):
            for words, doc_id in get(w, ()):
                if tuple(folded[i:i + len(words)]) == words:
                    found.add(doc_id)
            for words, doc_id in alias(w, ()):
                if tuple(folded[i:i + len(words)]) == words:
                    found.add(doc_id)
            if w == "luat":
                found.update(self.after_law(tuple(folded[i + 1:i + 1 + AFTER_LAW])))
        return frozenset(found)

    def after_law(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The laws of the one subject that holds the longest run of ``words`` (two syllables or
        more, from the first) said after "luật": "dan chu o co so bat dau …" → Law 10/2022
        ("thực hiện dân chủ ở cơ sở"); none when two subjects hold that run."""
        got = self._after_law.get(words)
        if got is None:
            got = ()
            for n in range(len(words), 1, -1):
                held = self.holding(words[:n])
                if held:
                    got = next(iter(held.values())) if len(held) == 1 else ()
                    break
            if len(self._after_law) < 4096:
                self._after_law[words] = got
        return got

    def holding(self, words: Sequence[str]) -> dict[tuple[str, ...], tuple[str, ...]]:
        """The subjects that hold ``words`` (folded syllables) in a row, each with its laws:
        "dan chu o co so" → {("thuc", "hien", "dan", "chu", "o", "co", "so"): ("10/2022/QH15",)}.
        Reads the whole table: for a cited law's name that names no document (rare)."""
        words = tuple(words)
        n = len(words)
        out: dict[tuple[str, ...], list[str]] = {}
        if not n:
            return {}
        for entries in self.by_first.values():
            for subject, doc_id in entries:
                if any(subject[i:i + n] == words for i in range(len(subject) - n + 1)):
                    out.setdefault(subject, []).append(doc_id)
        return {k: tuple(v) for k, v in out.items()}
