"""Find the facts a trainer asks about: numbers that matter and who does what.

Pure functions over one sentence (``kb.learning.text.Sentence``). Matching
runs on folded text, which maps one-to-one onto the NFC original, so every
fact carries exact offsets into the sentence: a quiz can blank it out, and a
verifier can quote it. Patterns live in ``kb.learning.patterns``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kb.learning import patterns as P
from kb.learning.text import Sentence, fold

_GLOSS = re.compile(r"\s*\([^()\d]{1,24}\)")


def _rx(phrase: str) -> str:
    """Table phrase → regex: a space is any whitespace, ', ' any comma spacing."""
    return phrase.replace(", ", r"\s*,\s*").replace(" ", r"\s+")


def _alt(items) -> str:
    return "|".join(_rx(i) for i in sorted(items, key=len, reverse=True))


# -- numbers --------------------------------------------------------------------------------

@dataclass(frozen=True)
class NumberFact:
    """A number that matters, e.g. 'chậm nhất là 05 ngày làm việc'.

    ``start``/``end`` delimit the value ("05 ngày làm việc") inside the
    sentence; ``phrase_start``/``phrase_end`` include the qualifier and suffix.
    """

    sentence: Sentence
    kind: str  # time | threshold | count | term
    start: int
    end: int
    phrase_start: int
    phrase_end: int
    qualifier: str  # folded ("cham nhat la"), "" when absent
    amount: tuple[float, ...]  # (5.0,), (3.0, 5.0) for ranges, (0.5,) for 50 %
    family: str  # day | month | year | person | household | ratio | …
    width: int  # digits as written ("05" → 2; 0: in words), to render distractors alike

    @property
    def uid(self) -> str:
        return self.sentence.uid

    @property
    def value(self) -> str:
        return self.sentence.text[self.start:self.end]

    @property
    def display_value(self) -> str:
        """The value without '(năm)' glosses: what a choice or a blank shows."""
        return " ".join(_GLOSS.sub("", self.value).split())

    @property
    def phrase(self) -> str:
        return self.sentence.text[self.phrase_start:self.phrase_end]

    @property
    def unit_text(self) -> str:
        """The unit as written after the last number ('ngày làm việc', 'thành viên')."""
        m = re.search(r"\d(?:\s*\([^()]*\))?\s+(\D+)$", self.display_value)
        return m.group(1) if m else ""

    @property
    def is_range(self) -> bool:
        return len(self.amount) == 2


_FAMILY = {
    "ngay lam viec": "day", "ngay": "day", "thang": "month", "nam": "year", "gio": "hour",
    "tuan": "week", "thanh vien": "person", "nguoi": "person", "nguoi lao dong": "worker",
    "ho gia dinh": "household", "dai dien": "representative", "phieu": "ballot", "ban": "copy",
    "thon": "village",
}
_QUAL = rf"(?:(?P<qual>{_alt(P.QUALIFIERS)})\s+)?"
_NUM = _rx(P.NUMBER)
_UNIT_NUMBER = (rf"(?<![\w/]){_QUAL}(?P<value>(?P<n1>{_NUM})(?:\s+den\s+(?P<n2>{_NUM}))?\s+"
                rf"(?P<unit>UNITS))(?![\w/])")
_TIME = re.compile(_UNIT_NUMBER.replace("UNITS", _alt(P.TIME_UNITS)))
_COUNT = re.compile(_UNIT_NUMBER.replace("UNITS", _alt(P.COUNT_UNITS)))
_PERCENT = re.compile(rf"(?<![\w/]){_QUAL}(?P<value>(?P<n1>\d{{1,3}}(?:[.,]\d+)?)\s?%)")
_FRACTION = re.compile(
    rf"(?<![\w/]){_QUAL}(?P<value>(?P<frac>[1-9]/[1-9]\d?)(?![\d/])|(?P<words>{_alt(P.FRACTION_WORDS)}))(?![\w/])")
_FREQUENCY = re.compile(
    rf"(?<![\w/])(?:moi|hang|hằng)\s+(?:nam|quy|thang)\s+{_QUAL}(?P<value>(?P<n1>\d{{1,2}}|{'|'.join(P.NUMBER_WORDS)})\s+lan)(?!\w)")
_SUFFIX = re.compile(r"\s+tro\s+(?:len|xuong)\b")
_TIME_CONTEXT = re.compile(r"\s*,?\s*(?:truoc|ke tu|lien tuc|sau khi|tro len|sau ngay)\b")
_DATE_BEFORE = re.compile(r"(?:ngay|thang|nam)\s*$")


def _number(text: str) -> float:
    return float(_GLOSS.sub("", text).replace(",", ".").strip())


def number_facts(sentence: Sentence, strict: bool = True) -> tuple[NumberFact, ...]:
    """Time limits, thresholds, counts and terms of office in one sentence.

    ``strict`` keeps only durations that read as limits ("chậm nhất", "kể từ",
    "liên tục" …), not reporting periods ("theo từng quý, 06 tháng"); an
    answer typed by a trainer ("10 ngày làm việc") is read with ``strict=False``.
    """
    text = sentence.text
    folded = fold(text)
    if len(folded) != len(text):
        return ()
    found: list[NumberFact] = []

    def add(m: re.Match, kind: str, amount: tuple[float, ...], family: str, width: int) -> None:
        qual = m.group("qual") or ""
        p_start = m.start("qual") if qual else m.start("value")
        suffix = _SUFFIX.match(folded, m.end("value"))
        p_end = suffix.end() if suffix else m.end("value")
        found.append(NumberFact(sentence, kind, m.start("value"), m.end("value"), p_start, p_end,
                                " ".join(qual.split()), amount, family, width))

    for m in _TIME.finditer(folded):
        before, after = folded[:m.start("value")], folded[m.end():]
        if _DATE_BEFORE.search(before) or after.lstrip()[:1].isdigit():
            continue  # 'ngày 15 tháng 8 năm 2023' is a date
        unit = " ".join(m.group("unit").split())
        qual = " ".join((m.group("qual") or "").split())
        amount = tuple(_number(g) for g in (m.group("n1"), m.group("n2")) if g)
        width = len(re.match(r"\d+", m.group("n1")).group())
        if "nhiem ky" in folded[:m.start()] and unit in ("nam", "thang") and qual in ("", "la"):
            add(m, "term", amount, _FAMILY[unit], width)
        elif not strict or (qual and qual not in ("tu", "la")) or _TIME_CONTEXT.match(after):
            add(m, "time", amount, _FAMILY[unit], width)
    for m in _COUNT.finditer(folded):
        unit = " ".join(m.group("unit").split())
        if unit == "ban" and text[m.start("unit"):m.end("unit")] != "bản":
            continue  # 'Ban' (a board), not 'bản' (copies)
        amount = tuple(_number(g) for g in (m.group("n1"), m.group("n2")) if g)
        add(m, "count", amount, _FAMILY[unit], len(re.match(r"\d+", m.group("n1")).group()))
    for m in _FREQUENCY.finditer(folded):
        n = m.group("n1")
        amount = (float(n),) if n.isdigit() else (float(P.NUMBER_WORDS[n]),)
        add(m, "frequency", amount, "times", len(n) if n.isdigit() else 0)
    for m in _PERCENT.finditer(folded):
        add(m, "threshold", (_number(m.group("n1")) / 100,), "ratio", 0)
    for m in _FRACTION.finditer(folded):
        if m.group("frac"):
            a, b = m.group("frac").split("/")
            value = int(a) / int(b)
        else:
            value = P.FRACTION_WORDS[" ".join(m.group("words").split())]
        add(m, "threshold", (value,), "ratio", 0)
    found.sort(key=lambda f: f.start)
    return tuple(found)


# -- who does what ---------------------------------------------------------------------------

@dataclass(frozen=True)
class RoleFact:
    """'<actor> <role> <what>' as the sentence says it, e.g. UBND cấp xã — công nhận — …"""

    sentence: Sentence
    actor: str  # the name as written (whitespace collapsed)
    key: str  # identity of the actor across sentences: canonical name + level
    category: str  # person | body
    canonical: str  # the table's name, without level ("Ủy ban nhân dân")
    start: int  # span of the actor's name in the sentence
    end: int
    role: str  # label from patterns.ROLE_VERBS
    what: str  # the object, as written, up to the end of the clause
    chain: int  # how many actors share the verb ("A, B phải …" → 2)
    opens_clause: bool = True  # the name starts its clause: safe to ask "chủ thể nào …?"

    @property
    def uid(self) -> str:
        return self.sentence.uid


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    key: str
    category: str
    name: str
    canonical: str


@lru_cache(maxsize=1)
def _actor_regex() -> re.Pattern:
    body = "|".join(f"(?P<a{i}>{_rx(p)})" for i, (_, _, p) in enumerate(P.ACTORS))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


_LEVEL_AT_END = re.compile(_rx(P.LEVEL) + "$")
_CHAIN_GAP = re.compile(r"\s*(?:,|\bva\b|\bhoac\b)\s*")
_VERB = "|".join(f"(?:{_rx(v)})" for v, _ in P.ROLE_VERBS)
_VERB_RUN = re.compile(_rx(P.VERB_GAP) + rf"(?P<verbs>(?:{_VERB})(?:\s*(?:,|\bva\b|\bhoac\b)\s*(?:{_VERB}))*)(?!\w)")
_ROLE_RX = [(re.compile(_rx(v)), label) for v, label in P.ROLE_VERBS]
_CLAUSE_END = re.compile(r"[;.:]\s|[;.:]$|\n")
_PASSIVE_AGENT = re.compile(r"(?:^|[\s(])(?:do|duoc|boi)\s*\(?$")
_THEN = re.compile(r"\bthi\s")
_FUNCTION_WORDS = re.compile(r"(?:\s+(?:đã|đang|sẽ|phải|và|mà|thì))+$")


def _balanced(text: str) -> str:
    """Cut at the first ')' that closes nothing: the clause ended with a parenthesis."""
    depth = 0
    for i, ch in enumerate(text):
        depth += ch == "("
        if ch == ")":
            if depth == 0:
                return text[:i]
            depth -= 1
    return text


def actor_mentions(text: str) -> tuple[ActorMention, ...]:
    """Every known actor named in ``text`` (NFC), longest name at each place."""
    folded = fold(text)
    if len(folded) != len(text):
        return ()
    out = []
    for m in _actor_regex().finditer(folded):
        i = int(m.lastgroup[1:])
        canonical, category, _ = P.ACTORS[i]
        if text[m.start():m.end()].split()[0].lower() != canonical.split()[0].lower():
            continue  # folding merges 'Bản' (a copy) with 'Ban' (a board)
        level = _LEVEL_AT_END.search(m.group())
        level_text = text[m.start() + level.start():m.end()] if level and level.group() else ""
        key = " ".join((canonical + " " + level_text).split())
        name = " ".join(text[m.start():m.end()].split())
        name = (canonical[0] + name[1:]) if name else name
        out.append(ActorMention(m.start(), m.end(), key, category, name, canonical))
    return tuple(out)


def role_facts(sentence: Sentence) -> tuple[RoleFact, ...]:
    """Who convenes, chairs, decides, recognises, supervises … in one sentence."""
    text = sentence.text
    folded = fold(text)
    mentions = actor_mentions(text)
    if not mentions:
        return ()
    chains: list[list[ActorMention]] = [[mentions[0]]]
    for m in mentions[1:]:
        gap = folded[chains[-1][-1].end:m.start]
        if _CHAIN_GAP.fullmatch(gap):
            chains[-1].append(m)
        else:
            chains.append([m])
    # Commas inside names ("Trưởng thôn, Tổ trưởng tổ dân phố") must not end a clause.
    masked = list(folded)
    for m in mentions:
        for i in range(m.start, m.end):
            if masked[i] == ",":
                masked[i] = "\x01"
    masked_text = "".join(masked)
    out: list[RoleFact] = []
    for chain in chains:
        before = folded[:chain[0].start].rstrip(" ,")
        if any(before == w or before.endswith(" " + w) for w in P.NOT_SUBJECT_BEFORE):
            continue
        run = _VERB_RUN.match(masked_text, chain[-1].end)
        if not run:
            continue
        inside = [m for m in mentions if chain[-1].end <= m.start < run.start("verbs")
                  and folded.count("(", chain[-1].end, m.start) <= folded.count(")", chain[-1].end, m.start)]
        if any(not folded[:m.start].rstrip().endswith(" voi") for m in inside):
            continue  # another actor stands nearer the verb: it is theirs
        verbs = run.group("verbs")
        roles: list[str] = []
        pos = 0
        while pos < len(verbs):
            for rx, label in _ROLE_RX:
                vm = rx.match(verbs, pos)
                if vm:
                    if label not in roles:
                        roles.append(label)
                    pos = vm.end()
                    break
            else:
                pos += 1
        if _PASSIVE_AGENT.search(before):
            # '<thing> do <actor> quyết định': the object is what comes before 'do'.
            head = before[:_PASSIVE_AGENT.search(before).start()]
            cut = max([head.rfind(ch) + 1 for ch in ";.:("] + [m.end() for m in _THEN.finditer(head)])
            what = _FUNCTION_WORDS.sub("", " ".join(text[cut:len(head)].split())).strip(" ,(")
        else:
            end = _CLAUSE_END.search(text, run.end())
            what = _balanced(" ".join(text[run.end():end.start() if end else len(text)].split())).strip(" ,")
        opens = before == "" or before.endswith(tuple(P.CLAUSE_OPENERS))
        for mention in chain:
            for role in roles:
                out.append(RoleFact(sentence, mention.name, mention.key, mention.category, mention.canonical,
                                    mention.start, mention.end, role, what, len(chain), opens))
    return tuple(out)
