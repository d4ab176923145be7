"""One module per rule kind; each exposes ``validate(detect)`` and ``check(rule, ctx)``.

``Context`` carries what the kinds share — the document, its sentences and
entities, its citations, the knowledge base and the check date — computed
lazily so that a rule set without role rules never loads spaCy.
"""
from __future__ import annotations

import importlib
import re
from functools import cached_property, lru_cache
from types import ModuleType
from typing import Any, Iterable

from checker.basis import BasisResolver, shared_cache
from checker.citations import Identifier, find_mentions
from checker.model import Basis, Evidence, Finding, Rule
from checker.nlp import annotate
from checker.ruledata import lexicon
from checker.text import InputDoc, blank_spelled_repeats, digits_for_words, fold_keep_length, normalize_tones
from kb.vntext import nfc

KIND_MODULES = {
    "required_content": "checker.kinds.required_content",
    "conflict": "checker.kinds.conflict",
    "role_concurrency": "checker.kinds.role_concurrency",
    "outdated_reference": "checker.kinds.outdated_reference",
    "draft_completeness": "checker.kinds.draft_completeness",
    "internal_consistency": "checker.kinds.consistency",
}


def module(kind: str) -> ModuleType:
    return importlib.import_module(KIND_MODULES[kind])


class Context:
    """Everything a rule may look at; expensive parts are built on first use."""

    def __init__(self, doc: InputDoc, store, resolver: BasisResolver, as_of: str, doc_type: str,
                 normative: bool, variants: tuple[str, ...] = ()):
        self.doc, self.store, self.resolver = doc, store, resolver
        self.as_of, self.doc_type, self.normative = as_of, doc_type, normative
        self.memo: dict = {}  # per-document results shared by several rules of one kind
        self.variants = variants  # the type's variants read from the text (``checker.doctype.owner``)

    @cached_property
    def ann(self):
        return annotate(self.doc)

    @cached_property
    def mentions(self):
        return find_mentions(self.doc)

    @cached_property
    def identifier(self):
        return Identifier(self.store, self.resolver.index, shared_cache(self.store).setdefault("identify", {}))

    @cached_property
    def lexicon(self):
        return lexicon()


# ---------------------------------------------------------------------------
# Cue matching on ``Para.key`` / ``Sentence.key`` (see ``checker.text.match_key``)
# ---------------------------------------------------------------------------

def cue_forms(cue: str) -> tuple[str, ...]:
    """The accented (modern tone placement) and the folded form of a cue, and of each spelling of
    it with a name abbreviated or spelled out (``rules/lexicon.yaml`` ``aliases``: "UBND" ↔ "Ủy ban nhân dân")."""
    out: list[str] = []
    for spelling in lexicon().spellings(" ".join(blank_spelled_repeats(nfc(cue)).split())):
        key = normalize_tones(spelling)
        out += [key, " ".join(digits_for_words(key).split()), fold_keep_length(spelling)]
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _alias_regex() -> tuple[re.Pattern, dict[str, str]] | None:
    """Each aliased name as a regex cue writes it ("tổ\\s+dân\\s+phố", "ủy ban nhân dân"), and the alternation
    that reads its abbreviations too ("(?:tổ\\s+dân\\s+phố|tdp)")."""
    found: dict[str, list[str]] = {}
    for a in lexicon().aliases:
        key = " ".join(normalize_tones(nfc(a.name)).lower().split())
        for short in a.short:
            form = r"\s+".join(re.escape(w) for w in normalize_tones(nfc(short)).lower().split())
            if form not in found.setdefault(key, []):
                found[key].append(form)
    forms = {k: "|".join(v) for k, v in found.items() if v}
    if not forms:
        return None
    names = sorted(forms, key=len, reverse=True)
    rx = re.compile(r"(?:(?<=\\[a-zA-Z])|(?<![\w\\]))(?:" + "|".join(r"(?:\\s\+|\s)".join(re.escape(w) for w in n.split()) for n in names)
                    + r")(?!\w)")
    return rx, forms


def regex_aliases(src: str) -> str:
    """A regex cue reads the lexicon's aliases as a word cue does (``cue_forms``): a name it writes out is read
    abbreviated too — "hội\\s+nghị\\s+(?:ở|của)\\s+tổ\\s+dân\\s+phố" also reads "Hội nghị định kỳ ở TDP"."""
    made = _alias_regex()
    if made is None:
        return src
    rx, forms = made

    def widen(m: re.Match) -> str:
        shorts = forms.get(" ".join(re.split(r"\\s\+|\s", m.group(0))), "")
        return f"(?:{m.group(0)}|{shorts})" if shorts else m.group(0)

    return rx.sub(widen, src)


@lru_cache(maxsize=2048)
def cue_regex(cues: tuple[str, ...]) -> re.Pattern:
    """One alternation for a list of cues, in both forms; a cue starting with 're:' is a regex.

    Regex cues are written in lower case and are folded too, so "re:phạt\\s+\\d" also
    matches an unaccented draft. Whole words only.
    """
    alts = []
    for c in sorted(cues, key=len, reverse=True):
        if c.startswith("re:"):
            src = regex_aliases(normalize_tones(c[3:]))
            alts.extend(f"(?:{f})" for f in dict.fromkeys((src, fold_keep_length(src))))
        else:
            for form in cue_forms(c):
                alts.append(r"\s+".join(_word_regex(w) for w in form.split(" ")))
    return re.compile(rf"(?<!\w)(?:{'|'.join(alts)})(?!\w)")


#: a cue's word ending in punctuation ("họ tên, đơn vị"): a text may put spaces before the mark ("họ tên , đơn vị")
_TRAILING_MARK = re.compile(r"^(.*?\w)([,;:.]+)$")


def _word_regex(word: str) -> str:
    m = _TRAILING_MARK.match(word)
    return re.escape(word) if m is None else rf"{re.escape(m.group(1))}\s*{re.escape(m.group(2))}"


def all_groups(key: str, groups: Iterable[Iterable[str]]) -> bool:
    return all(cue_regex(tuple(g)).search(key) for g in groups)


def any_cue(key: str, cues: Iterable[str]) -> re.Match | None:
    cues = tuple(cues)
    return cue_regex(cues).search(key) if cues else None


def check_groups(value: Any, name: str) -> None:
    if not isinstance(value, list) or not value:
        raise ValueError(f"'{name}' phải là danh sách không rỗng các nhóm từ khóa")
    for g in value:
        check_cues(g, name)


def check_cues(value: Any, name: str) -> None:
    if not isinstance(value, list) or not value or not all(isinstance(c, str) and c.strip() for c in value):
        raise ValueError(f"'{name}' phải là danh sách từ khóa (chuỗi)")
    for c in value:
        if c.startswith("re:"):
            try:
                re.compile(c[3:])
            except re.error as exc:
                raise ValueError(f"biểu thức chính quy «{c[3:]}» sai: {exc}") from exc


def check_keys(detect: dict, allowed: set[str], required: Iterable[str] = ()) -> None:
    unknown = set(detect) - allowed
    if unknown:
        raise ValueError(f"khóa không được hỗ trợ: {', '.join(sorted(unknown))}")
    missing = [k for k in required if k not in detect]
    if missing:
        raise ValueError(f"thiếu khóa: {', '.join(missing)}")


# ---------------------------------------------------------------------------
# Findings
# ---------------------------------------------------------------------------

class _Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def fill(template: str, **values: Any) -> str:
    return template.format_map(_Default(values))


def finding(rule: Rule, ctx: Context, evidence: Evidence, *, basis: tuple[Basis, ...] | None = None,
            message: str | None = None, explanation: str | None = None, fix: str | None = None,
            notes: tuple[str, ...] = (), uncertain: bool = False, **values: Any) -> Finding:
    """A finding of ``rule``; templates in message/explanation/fix are filled from ``values``."""
    basis = ctx.resolver.for_rule(rule) if basis is None else basis
    extra_notes, extra_uncertain = [], False
    for b in basis:
        for n in b.notes:
            if n not in extra_notes and not n.startswith("Nguồn:"):
                extra_notes.append(n)
    if any("sửa đổi" in n for n in extra_notes):
        extra_uncertain = any(ctx.resolver.amendment_notes(b.doc)[1] for b in basis)
    return Finding(
        rule=rule.id, kind=rule.kind, severity=rule.severity, title=rule.title,
        message=fill(message or rule.message, **values), evidence=evidence, basis=tuple(basis),
        explanation=fill(explanation if explanation is not None else rule.explanation, **values),
        fix=fill(fix or rule.fix, **values), uncertain=uncertain or extra_uncertain,
        notes=tuple(dict.fromkeys((*notes, *extra_notes))),
    )
