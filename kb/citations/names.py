"""Document names: the built-in table for finding, and one knowledge base's names for resolving.

A ``NameTable`` compiles the known names of each type (laws, codes,
ordinances) into one regex per type; ``build_kb_names`` adds a knowledge
base's titles and the facts file's aliases, with the ids they name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from kb.citations.patterns import BUILTIN_NAMES, EXTRA_ALIASES, NAMED_TYPES, strip_type_word
from kb.facts import facts
from kb.vntext import fold, fold_same_length, nfc


@dataclass(frozen=True)
class NameTable:
    """Known document names per type, folded; compiled to one regex per type.

    Longest names come first in each alternation, so "Luật Tổ chức chính
    quyền địa phương" wins over "Luật Tổ chức …" prefixes.
    """

    by_type: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: folded name → its accented lower-case spellings
    accented: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    patterns: dict[str, re.Pattern] = field(default_factory=dict, compare=False, repr=False)

    @staticmethod
    def build(names: Iterable[tuple[str, str]]) -> "NameTable":
        """``names``: (doc type, name with or without the type word)."""
        acc: dict[str, set[str]] = {}
        accented: dict[str, set[str]] = {}
        for dtype, name in names:
            low = " ".join(nfc(name).lower().split()).strip(" .,;")
            prefix = dtype.lower() + " "
            if low.startswith(prefix):
                low = low[len(prefix):]
            key = fold_same_length(low)
            if len(key) >= 3 and re.match(r"[a-z0-9]", key):
                acc.setdefault(dtype, set()).add(key)
                accented.setdefault(key, set()).add(low)
        return NameTable._of({t: tuple(sorted(v, key=len, reverse=True)) for t, v in acc.items()},
                             {k: frozenset(v) for k, v in accented.items()})

    @staticmethod
    def _of(by_type: dict[str, tuple[str, ...]], accented: dict[str, frozenset[str]]) -> "NameTable":
        patterns = {}
        for t, names in by_type.items():
            alts = "|".join(r"\s+".join(re.escape(w) for w in n.split(" ")) for n in names)
            patterns[t] = re.compile(rf"(?:{alts})(?![\w])")
        return NameTable(by_type, accented, patterns)

    def merged(self, other: "NameTable") -> "NameTable":
        types = set(self.by_type) | set(other.by_type)
        accented = dict(self.accented)
        for k, v in other.accented.items():
            accented[k] = accented.get(k, frozenset()) | v
        return NameTable._of({
            t: tuple(sorted(set(self.by_type.get(t, ())) | set(other.by_type.get(t, ())),
                            key=len, reverse=True))
            for t in types
        }, accented)

    def spelled_right(self, folded: str, original: str) -> bool:
        """Accents must agree when the text has them: "Luật Dược" is not "Luật được"."""
        low = " ".join(original.lower().split())
        if fold(low) == low:  # text typed without accents: trust the folded match
            return True
        return low in self.accented.get(" ".join(folded.split()), frozenset()) or not self.accented


@lru_cache(maxsize=1)
def default_names() -> NameTable:
    """Built-in names plus the titles and aliases of the facts file."""
    pairs = [(t, n) for t, names in BUILTIN_NAMES.items() for n in names]
    for fact in facts().documents.values():
        if fact.doc_type in NAMED_TYPES:
            pairs.extend((fact.doc_type, n) for n in (fact.title, *fact.aliases))
    return NameTable.build(pairs)


@dataclass(frozen=True)
class KBNames:
    """Document names of one knowledge base: a table for finding, an index for resolving.

    Names come from titles; a law whose pháp điển notes carry no title (the
    Law on the Fatherland Front) takes its đề mục's title when it is the only
    untitled law there; the facts file and ``EXTRA_ALIASES`` add the rest.
    """

    table: NameTable
    ids: dict[tuple[str, str], tuple[str, ...]]  # (type, folded name) → doc ids
    issued: dict[str, str | None]
    numbers: dict[str, str]  # folded number → doc id (knowledge base and facts)


def _strip_type(dtype: str, name: str) -> str:
    return strip_type_word(dtype, nfc(name))


def build_kb_names(store) -> KBNames:
    rows = store.document_names()
    pairs: list[tuple[str, str, str]] = []  # (type, name, doc id)
    untitled: dict[tuple[str, str], list[str]] = {}
    issued: dict[str, str | None] = {}
    numbers: dict[str, str] = {}
    for r in rows:
        issued[r["doc_id"]] = r["issued"]
        if r["number"]:
            numbers[fold(r["number"])] = r["doc_id"]
        if r["doc_type"] not in NAMED_TYPES:
            continue
        if r["title"]:
            pairs.append((r["doc_type"], r["title"], r["doc_id"]))
        elif r["topic"]:
            untitled.setdefault((r["doc_type"], r["topic"]), []).append(r["doc_id"])
    for (dtype, topic), ids in untitled.items():
        if len(ids) == 1:
            pairs.append((dtype, topic, ids[0]))
    for fact in facts().documents.values():
        number = getattr(fact, "number", None) or fact.doc_id
        numbers.setdefault(fold(number), fact.doc_id)
        issued.setdefault(fact.doc_id, fact.issued)
        if fact.doc_type in NAMED_TYPES:
            pairs.extend((fact.doc_type, n, fact.doc_id) for n in (fact.title, *fact.aliases))
    for doc_id, (dtype, names) in EXTRA_ALIASES.items():
        pairs.extend((dtype, n, doc_id) for n in names)
    ids: dict[tuple[str, str], list[str]] = {}
    for dtype, name, doc_id in pairs:
        key = (dtype, " ".join(fold(_strip_type(dtype, name)).split()).strip(" .,;"))
        if doc_id not in ids.setdefault(key, []):
            ids[key].append(doc_id)
    table = NameTable.build((t, n) for t, n, _ in pairs)
    return KBNames(table, {k: tuple(v) for k, v in ids.items()}, issued, numbers)
