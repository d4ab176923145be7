"""The abbreviation and equivalence table (kb/data/search_synonyms.yaml) as data.

Kept out of the code so that a legal officer can add "BCĐ" or "khu dân cư"
without touching Python; the loader checks the shape and names the file and
the entry when something is wrong.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from kb.search.analysis import canonical
from kb.vntext import fold, syllables

SYNONYMS_PATH = Path(__file__).resolve().parents[1] / "data" / "search_synonyms.yaml"


class SynonymsError(ValueError):
    """The table cannot be used; the message (Vietnamese) names file and entry."""


@dataclass(frozen=True)
class Equivalence:
    canonical: tuple[str, ...]  # the law's own phrase, canonical syllables
    variant: tuple[str, ...]  # what people type instead, canonical syllables


@dataclass(frozen=True)
class Synonyms:
    abbreviations: dict[str, tuple[tuple[str, ...], ...]]  # folded key → expansions
    equivalences: tuple[Equivalence, ...]  # longest variant first
    question_words: tuple[tuple[str, ...], ...]  # canonical phrases to ignore, longest first
    definition_words: tuple[tuple[str, ...], ...] = ()  # "là gì": the query asks for a definition
    quiz_filler_words: frozenset[str] = frozenset()  # folded words of "Cả A và B", "Tất cả đều đúng"
    #: a law's title ("Khiếu nại": Luật Khiếu nại) → the folded phrases that name its subject in a question
    law_subjects: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()
    #: the head words an article's title opens with that a question asks for ("hình thức nào"), folded,
    #: each → its family (the heads that answer it: "nhiệm vụ" → trách nhiệm, nhiệm vụ)
    asked_categories: Mapping[tuple[str, ...], tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: the heads of the articles that restate the others as someone's duty ("Trách nhiệm …"), folded
    restating_heads: tuple[tuple[str, ...], ...] = ()
    #: the equivalents that ask for a category by themselves ("để làm gì" → mục đích, "bao lâu" → thời
    #: hạn), folded, longest first, each with that category's family
    asking_phrases: tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...] = ()
    #: the abbreviations that name a document type only beside its number ("nd 59", "159/2016/NĐ-CP"),
    #: folded, each → what it stands for elsewhere ("ct ubnd xã": chủ tịch; none: left as typed)
    numbered_abbreviations: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: phrases asking for a category in words too vague to stand for its head ("những việc gì" → the
    #: nội dung family; search_synonyms.yaml asked_by), folded, longest first, each with that family:
    #: like ``asking_phrases`` but no restating head is damped (the matters asked may be someone's duties)
    asked_by: tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...] = ()

    def abbreviation_at(self, folded: list[str], k: int) -> tuple[tuple[str, ...], ...] | None:
        """What the abbreviation ``folded[k]`` stands for there (None: not one, or nothing there)."""
        key = folded[k]
        expansions = self.abbreviations.get(key)
        if not expansions or key not in self.numbered_abbreviations:
            return expansions
        after = folded[k + 1] if k + 1 < len(folded) else ""
        before = folded[k - 1] if k > 0 else ""
        if after[:1].isdigit() or (before[:1].isdigit() and after in self.abbreviations):
            return expansions
        return self.numbered_abbreviations[key] or None

    @cached_property
    def variant_phrases(self) -> tuple[tuple[str, ...], ...]:
        """The equivalents' variants of two syllables or more, longest first (once each)."""
        return tuple(dict.fromkeys(e.variant for e in self.equivalences if len(e.variant) >= 2))

    @cached_property
    def equivalences_by_first(self) -> dict[str, tuple[int, ...]]:
        """First syllable of a variant → the positions in ``equivalences`` of the variants it opens
        (a query looks up its own syllables, not the whole table)."""
        out: dict[str, list[int]] = {}
        for i, eq in enumerate(self.equivalences):
            out.setdefault(eq.variant[0], []).append(i)
        return {k: tuple(v) for k, v in out.items()}


_ASKS = frozenset({"gi", "nao", "may"})  # a variant holding one of these asks by itself
_ASKS_PAIR = frozenset({("bao", "lau"), ("bao", "nhieu")})


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(canonical(s) for s in syllables(text))


def load_synonyms(path: Path = SYNONYMS_PATH) -> Synonyms:
    try:
        with open(path, encoding="utf-8") as fh:
            raw = yaml.safe_load(fh) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise SynonymsError(f"{path}: không đọc được bảng từ viết tắt/đồng nghĩa: {exc}") from exc
    if not isinstance(raw, dict):
        raise SynonymsError(f"{path}: nội dung phải là một bảng (mapping) YAML.")
    abbreviations: dict[str, tuple[tuple[str, ...], ...]] = {}
    for key, values in (raw.get("abbreviations") or {}).items():
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise SynonymsError(f"{path}: từ viết tắt «{key}» phải có danh sách cụm từ đầy đủ.")
        abbreviations[fold(str(key)).strip()] = tuple(_phrase(v) for v in values)
    equivalences = []
    for n, entry in enumerate(raw.get("equivalents") or [], start=1):
        if not isinstance(entry, dict) or not entry.get("canonical") or not entry.get("variants"):
            raise SynonymsError(f"{path}: mục tương đương thứ {n} cần «canonical» và «variants».")
        target = _phrase(str(entry["canonical"]))
        for variant in entry["variants"]:
            equivalences.append(Equivalence(target, _phrase(str(variant))))
    equivalences.sort(key=lambda e: len(e.variant), reverse=True)
    questions = sorted({_phrase(str(q)) for q in raw.get("question_words") or []},
                       key=len, reverse=True)
    definitions = sorted({_phrase(str(q)) for q in raw.get("definition_words") or []},
                         key=len, reverse=True)
    filler = raw.get("quiz_filler_words") or []
    if not isinstance(filler, list) or not all(isinstance(w, str) and w.strip() for w in filler):
        raise SynonymsError(f"{path}: «quiz_filler_words» phải là danh sách từ.")
    law_subjects = []
    for n, entry in enumerate(raw.get("law_subjects") or [], start=1):
        if not isinstance(entry, dict) or not entry.get("law") or not isinstance(entry.get("said"), list):
            raise SynonymsError(f"{path}: mục «law_subjects» thứ {n} cần «law» (tên luật) và danh sách «said».")
        law_subjects.append((str(entry["law"]), tuple(tuple(fold(s).lower() for s in syllables(str(w)))
                                                      for w in entry["said"])))
    categories: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    for item in raw.get("asked_categories") or []:
        family = item if isinstance(item, list) else [item]
        if not family or not all(isinstance(w, str) and w.strip() for w in family):
            raise SynonymsError(f"{path}: «asked_categories» phải là danh sách từ (hoặc nhóm từ).")
        heads = tuple(tuple(fold(s).lower() for s in syllables(w)) for w in family)
        for head in heads:
            categories[head] = heads
    # an equivalent of a head ("bổn phận" → nghĩa vụ) names that category too; one that asks by itself
    # ("để làm gì" → mục đích, "bao lâu" → thời hạn) is a phrase that asks for it wherever it stands
    asking: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    for eq in equivalences:
        family = categories.get(tuple(fold(s).lower() for s in eq.canonical))
        if not family:
            continue
        said = tuple(fold(s).lower() for s in eq.variant)
        if _ASKS & set(said) or any(pair in _ASKS_PAIR for pair in zip(said, said[1:])):
            asking.setdefault(said, family)
        elif len(said) <= 2:
            categories.setdefault(said, family)
    asked_by: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    # a phrase that asks for a category without standing for its words ("những việc gì" asks for
    # "Những nội dung …" but is not the words "nội dung": search_synonyms.yaml asked_by)
    for head, phrases in (raw.get("asked_by") or {}).items():
        family = categories.get(tuple(fold(s).lower() for s in syllables(str(head))))
        if not family or not isinstance(phrases, list) or \
                not all(isinstance(w, str) and w.strip() for w in phrases):
            raise SynonymsError(f"{path}: «asked_by» «{head}» phải là một mục của asked_categories "
                                "và danh sách cụm từ hỏi nó.")
        for phrase in phrases:
            asked_by.setdefault(tuple(fold(s).lower() for s in syllables(phrase)), family)
    restating = raw.get("restating_heads") or []
    heads_restating = {tuple(fold(s).lower() for s in syllables(w)) for w in restating if isinstance(w, str)}
    # a phrase asking for a restating head ("phải làm gì" → trách nhiệm) asks for a procedure as often:
    # the restating damper (kb/search/engine.py RESTATING) decides there
    asking = {said: family for said, family in asking.items() if not heads_restating & set(family)}
    if not isinstance(restating, list) or not all(isinstance(w, str) and w.strip() for w in restating):
        raise SynonymsError(f"{path}: «restating_heads» phải là danh sách từ.")
    numbered: dict[str, tuple[tuple[str, ...], ...]] = {}
    for key, values in (raw.get("numbered_abbreviations") or {}).items():
        if fold(str(key)).strip() not in abbreviations or not isinstance(values, list) or \
                not all(isinstance(v, str) and v.strip() for v in values):
            raise SynonymsError(f"{path}: «numbered_abbreviations» «{key}» phải là một từ viết tắt đã có "
                                "và danh sách (có thể rỗng) các cụm từ nó viết tắt ở chỗ khác.")
        numbered[fold(str(key)).strip()] = tuple(_phrase(v) for v in values)
    return Synonyms(abbreviations, tuple(equivalences), tuple(q for q in questions if q),
                    tuple(d for d in definitions if d),
                    frozenset(fold(s).lower() for w in filler for s in syllables(w)), tuple(law_subjects),
                    categories, tuple(tuple(fold(s).lower() for s in syllables(w)) for w in restating),
                    tuple(sorted(asking.items(), key=lambda kv: len(kv[0]), reverse=True)), numbered,
                    tuple(sorted(asked_by.items(), key=lambda kv: len(kv[0]), reverse=True)))


@lru_cache(maxsize=1)
def synonyms() -> Synonyms:
    return load_synonyms()
