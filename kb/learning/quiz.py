"""Deterministic quizzes from the law's own sentences — no language model.

Every question is built on one *slot*: a number that matters or an actor
named in one sentence of a provision. The slot becomes

1. a multiple-choice question (the slot asked in place: "bao nhiêu ngày",
   "chủ thể nào"), with three distractors drawn from sibling provisions —
   same article first, then the same document, then the other core
   documents — rendered like the answer;
2. a true/false statement: the sentence itself (Đúng) or the sentence with
   the slot replaced by a distractor (Sai);
3. a fill-in-the-blank sentence.

A distractor is never also correct: its value differs from every value of
the same kind in the cited provision, and its text does not occur in the
provision at all. The same ``seed`` gives the same quiz (``random.Random``).
"""
from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field
from fractions import Fraction

from kb.facts import status_as_of
from kb.learning.extract import NumberFact, RoleFact, actor_mentions, number_facts, role_facts
from kb.learning.patterns import ACTORS, LEVEL, SPHERES
from kb.model import ProvisionId
from kb.learning.provisions import CORE_DOCS, Basis, Scope, article_uid, basis_of
from kb.learning.text import Sentence, contains, norm, sentences
from kb.model import Document, Unit
from kb.store import Store

MULTIPLE_CHOICE = "multiple_choice"
TRUE_FALSE = "true_false"
FILL_IN = "fill_in_blank"
QUESTION_TYPES = (MULTIPLE_CHOICE, TRUE_FALSE, FILL_IN)
TYPE_LABELS = {MULTIPLE_CHOICE: "Trắc nghiệm", TRUE_FALSE: "Đúng/Sai", FILL_IN: "Điền vào chỗ trống"}
#: Default mix: half multiple choice, a quarter each true/false and fill-in.
DEFAULT_MIX = {MULTIPLE_CHOICE: 2, TRUE_FALSE: 1, FILL_IN: 1}
TRUE, FALSE = "Đúng", "Sai"
BLANK = "……………"
LETTERS = "ABCD"

_MIN_LEN, _MAX_LEN = 30, 420
#: Farthest a numeric distractor may sit from the answer (log scale: about ×12).
_MAX_DISTANCE = math.log(12)


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    question: str
    choices: tuple[str, ...] | None
    answer: str
    evidence: str  # the provision's sentence, exactly as stored
    basis: Basis
    citation: str  # "khoản 3 Điều 12 Luật 10/2022/QH15"
    uid: str
    explanation: str
    claim: str | None = None  # true/false: the statement judged, before display edits

    def as_dict(self) -> dict:
        return {
            "id": self.id, "type": self.type, "question": self.question,
            "choices": list(self.choices) if self.choices is not None else None,
            "answer": self.answer, "evidence": self.evidence, "basis": self.basis.as_dict(),
            "citation": self.citation, "uid": self.uid, "explanation": self.explanation,
            "claim": self.claim,
        }


@dataclass(frozen=True)
class Quiz:
    title: str
    seed: int
    questions: tuple[Question, ...]
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class Slot:
    """Something in one sentence a question can ask about."""

    unit: Unit
    sentence: Sentence
    start: int  # span replaced in the sentence
    end: int
    answer: str  # as a choice or a blank shows it
    fact: NumberFact | RoleFact

    @property
    def is_number(self) -> bool:
        return isinstance(self.fact, NumberFact)


# -- facts of the documents, for distractors ------------------------------------------------

@dataclass
class FactIndex:
    """Number and role facts of whole documents, by article and by document."""

    numbers: dict[str, list[NumberFact]] = field(default_factory=dict)  # article uid → facts
    roles: dict[str, list[RoleFact]] = field(default_factory=dict)
    unit_text: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, store: Store, doc_ids) -> "FactIndex":
        idx = cls()
        for doc_id in doc_ids:
            for u in store.units_of(doc_id):
                if not u.text:
                    continue
                idx.unit_text[u.uid] = u.text
                art = article_uid(u.uid) or u.uid
                for s in sentences(u.uid, u.text):
                    idx.numbers.setdefault(art, []).extend(number_facts(s))
                    idx.roles.setdefault(art, []).extend(role_facts(s))
        return idx

    def tiers(self, table: dict, uid: str) -> list[list]:
        """Facts of the same article, of the same document, of the other documents."""
        art = article_uid(uid) or uid
        doc = ProvisionId.parse(uid).doc
        same_doc = [f for a, fs in table.items() if a != art and ProvisionId.within(a, doc) for f in fs]
        others = [f for a, fs in table.items() if not ProvisionId.within(a, doc) for f in fs]
        return [list(table.get(art, [])), same_doc, others]


# -- slots ----------------------------------------------------------------------------------

def _usable(s: Sentence) -> bool:
    text = s.text
    return (_MIN_LEN <= len(text) <= _MAX_LEN and not text.endswith(":") and text[:1].isupper()
            and text.count("(") == text.count(")"))


def find_slots(scope: Scope) -> list[Slot]:
    """Every number and actor that can be asked about, in reading order, without repeats."""
    out: list[Slot] = []
    seen: set[tuple[str, str]] = set()
    for unit in scope.units:
        if not unit.text:
            continue
        for s in sentences(unit.uid, unit.text):
            if not _usable(s):
                continue
            key_text = norm(s.text)
            for f in number_facts(s):
                answer = f.display_value
                if _count(key_text, norm(answer)) != 1:
                    continue  # blanking one copy would leave the answer in view
                key = (key_text, norm(answer))
                if key not in seen:
                    seen.add(key)
                    out.append(Slot(unit, s, f.start, f.end, answer, f))
            mentions = actor_mentions(s.text)
            for r in role_facts(s):
                if r.chain != 1 or not r.opens_clause or sum(m.key == r.key for m in mentions) != 1:
                    continue
                key = (key_text, norm(r.key))
                if key not in seen:
                    seen.add(key)
                    out.append(Slot(unit, s, r.start, r.end, r.actor, r))
    return out


def _count(haystack: str, needle: str) -> int:
    return len(re.findall(rf"(?<![\w%/]){re.escape(needle)}(?![\w%/])", haystack)) if needle else 0


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- distractors ----------------------------------------------------------------------------

_FRACTION_NAMES = {round(v, 4): k for k, v in (("một phần ba", 1 / 3), ("hai phần ba", 2 / 3),
                                                  ("ba phần tư", 3 / 4), ("một phần tư", 1 / 4),
                                                  ("một phần hai", 1 / 2))}


_NUMBER_NAMES = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu"}


def _render_number(f: NumberFact, amount: tuple[float, ...]) -> str | None:
    """A value written the way the answer is written; None when it cannot be."""
    if f.kind == "threshold":
        x = amount[0]
        shown = f.display_value
        if "%" in shown:
            pct = x * 100
            return f"{round(pct)}%" if math.isclose(pct, round(pct), abs_tol=1e-6) else None
        if "/" in shown:
            frac = Fraction(x).limit_denominator(10)
            return f"{frac.numerator}/{frac.denominator}" if math.isclose(float(frac), x, abs_tol=1e-6) else None
        return _FRACTION_NAMES.get(round(x, 4))

    def num(x: float) -> str:
        if f.width == 0:  # written in words: "một lần"
            return _NUMBER_NAMES.get(int(x), str(int(x))) if float(x).is_integer() else f"{x:g}"
        return f"{int(x):0{f.width}d}" if float(x).is_integer() else f"{x:g}".replace(".", ",")
    body = f"{num(amount[0])} đến {num(amount[1])}" if len(amount) == 2 else num(amount[0])
    return f"{body} {f.unit_text}".strip()


def _same_amount(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return len(a) == len(b) and all(math.isclose(x, y, rel_tol=1e-3) for x, y in zip(a, b))


def number_distractors(slot: Slot, index: FactIndex, want: int = 3, rng: random.Random | None = None,
                       shortlist: int = 5) -> list[str]:
    """Values of the same kind from sibling provisions that the cited provision does not hold."""
    f: NumberFact = slot.fact  # type: ignore[assignment]
    provision = slot.unit.text
    taken = [g.amount for s in sentences(slot.unit.uid, provision) for g in number_facts(s)
             if g.kind == f.kind or g.family == f.family]
    candidates: list[tuple[int, float, str, tuple[float, ...]]] = []
    pools = index.tiers(index.numbers, slot.unit.uid)
    numbers_seen: list[list[float]] = [[], [], []]
    for tier, pool in enumerate(pools):
        for g in pool:
            if g.kind != f.kind or (f.kind != "threshold" and g.family != f.family):
                continue
            numbers_seen[tier].extend(g.amount)
            if len(g.amount) != len(f.amount):
                continue
            candidates.append((tier, _distance(f.amount, g.amount), "", g.amount))
    if f.is_range:  # ranges are rare: pair up the sibling provisions' numbers
        for tier, nums in enumerate(numbers_seen):
            uniq = sorted(set(nums))
            for i, a in enumerate(uniq):
                for b in uniq[i + 1:]:
                    candidates.append((tier + 1, _distance(f.amount, (a, b)), "", (a, b)))
    out: list[str] = []
    chosen: list[tuple[float, ...]] = []
    for tier, dist, _, amount in sorted(candidates, key=lambda c: (c[0], c[1], c[3])):
        if len(out) == shortlist:
            break
        if dist > _MAX_DISTANCE * len(amount):
            continue  # 200 households against 2 is no temptation
        if _same_amount(amount, f.amount) or any(_same_amount(amount, t) for t in taken):
            continue
        if any(_same_amount(amount, c) for c in chosen):
            continue
        text = _render_number(f, amount)
        if text is None or contains(provision, text) or norm(text) == norm(slot.answer):
            continue
        chosen.append(amount)
        out.append(text)
    return _pick(out, want, rng)


def _pick(shortlist: list[str], want: int, rng: random.Random | None) -> list[str]:
    """``want`` of the shortlist, best first; a seeded rng varies which ones."""
    if rng is None or len(shortlist) <= want:
        return shortlist[:want]
    picked = set(rng.sample(range(len(shortlist)), want))
    return [x for i, x in enumerate(shortlist) if i in picked]


def _distance(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    return sum(abs(math.log((x + 1) / (y + 1))) for x, y in zip(a, b))


def actor_distractors(slot: Slot, index: FactIndex, want: int = 3, rng: random.Random | None = None,
                      shortlist: int = 6) -> list[str]:
    """Other actors who act in sibling provisions and are not named in the cited one.

    One name per actor (not "Hội đồng nhân dân" beside "Hội đồng nhân dân cấp
    xã"); the same kind of actor (a person, a body) and the same role first.
    """
    r: RoleFact = slot.fact  # type: ignore[assignment]
    provision = slot.unit.text
    named = {m.key for m in actor_mentions(provision)}
    best: dict[str, tuple[float, str]] = {}
    for tier, pool in enumerate(index.tiers(index.roles, slot.unit.uid)):
        for g in pool:
            if g.key in named or g.key.endswith(("cùng cấp", "các cấp")) or contains(provision, g.actor):
                continue
            if g.canonical == r.canonical and g.key == r.key:
                continue
            if norm(g.actor) in norm(r.actor) or norm(r.actor) in norm(g.actor):
                continue  # "Chủ tịch Ủy ban nhân dân cấp xã" acts for "Ủy ban nhân dân cấp xã": arguable
            rank = (tier + (0 if g.category == r.category else 0.5) + (0 if g.role == r.role else 0.25)
                    + (0 if _same_sphere(g.canonical, r.canonical) else 3)
                    + (0.3 if g.canonical in _LEVELLED and g.key == g.canonical else 0))  # "Hội đồng nhân dân" alone
            if g.canonical not in best or (rank, g.actor) < best[g.canonical]:
                best[g.canonical] = (rank, g.actor)
    out: list[str] = []
    for _, name in sorted(best.values()):
        if norm(name) != norm(slot.answer) and all(norm(name) != norm(o) for o in out):
            out.append(name)
        if len(out) == shortlist:
            break
    return _pick(out, want, rng)


_LEVELLED = {name for name, _, pattern in ACTORS if pattern.endswith(LEVEL)}


def _same_sphere(a: str, b: str) -> bool:
    sa, sb = SPHERES.get(a, "commune"), SPHERES.get(b, "commune")
    return sa == sb or "any" in (sa, sb)


def distractors(slot: Slot, index: FactIndex, want: int = 3, rng: random.Random | None = None) -> list[str]:
    if slot.is_number:
        return number_distractors(slot, index, want, rng)
    return actor_distractors(slot, index, want, rng)


# -- wording --------------------------------------------------------------------------------

_PROPER_START = ("Nhân dân", "Nhà nước", "Quốc hội", "Chính phủ", "Mặt trận", "Luật ", "Nghị định ",
                 "Hiến pháp")


def doc_phrase(doc: Document | None, doc_id: str) -> str:
    """'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15', 'Nghị định số 59/2023/NĐ-CP'."""
    if doc is None:
        return doc_id
    if doc.doc_type == "Luật" and doc.title:
        title = doc.title if doc.title.startswith("Luật") else f"Luật {doc.title}"
        return f"{title} số {doc.number}" if doc.number else title
    return f"{doc.doc_type} số {doc.number}" if doc.number else doc.doc_type


def _lead(text: str) -> str:
    """Lower-case the first letter after 'Theo …,' unless it starts a name."""
    if text.startswith(_PROPER_START) or not text[:1].isupper():
        return text
    first = next(iter(actor_mentions(text)), None)
    if first is not None and first.start == 0 and first.canonical[:1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _local_refs(text: str, basis: Basis) -> str:
    """'Điều này' → 'Điều 3': the question leaves the article, so it names it."""
    if basis.article:
        text = re.sub(r"\bĐiều này\b", f"Điều {basis.article}", text)
    if basis.clause:
        text = re.sub(r"\bkhoản này\b", f"khoản {basis.clause}", text)
    return text


def _as_question(text: str) -> str:
    return text.rstrip(" .;:,") + "?"


def _ask(slot: Slot) -> str:
    """The slot asked in place: 'bao nhiêu ngày làm việc', 'chủ thể nào'."""
    if not slot.is_number:
        return "chủ thể nào"
    f: NumberFact = slot.fact  # type: ignore[assignment]
    if f.kind == "threshold":
        return "bao nhiêu phần trăm" if "%" in f.display_value else "bao nhiêu phần"
    unit = f.unit_text
    return f"bao nhiêu đến bao nhiêu {unit}" if f.is_range else f"bao nhiêu {unit}"


def _replace(slot: Slot, by: str) -> str:
    s = slot.sentence.text
    if slot.start == 0:
        by = _cap(by)
    return s[:slot.start] + by + s[slot.end:]


# -- building questions ---------------------------------------------------------------------

class _Builder:
    def __init__(self, scope: Scope, index: FactIndex, rng: random.Random):
        self.scope, self.index, self.rng = scope, index, rng
        self._distractors: dict[tuple[str, int, int], list[str]] = {}

    def distractors(self, slot: Slot) -> list[str]:
        key = (slot.unit.uid, slot.sentence.start, slot.start)
        if key not in self._distractors:
            self._distractors[key] = distractors(slot, self.index, rng=self.rng)
        return self._distractors[key]

    def can(self, slot: Slot, qtype: str) -> bool:
        if qtype == MULTIPLE_CHOICE:
            return len(self.distractors(slot)) == 3
        return True

    def build(self, slot: Slot, qtype: str, qid: str) -> Question:
        unit = slot.unit
        doc = self.scope.docs.get(unit.doc_id)
        basis = basis_of(unit, doc)
        citation = self.scope.label(unit)
        where = f"Điều {basis.article} {doc_phrase(doc, unit.doc_id)}" if basis.article else doc_phrase(doc, unit.doc_id)
        lead_in = self.lead_in(unit)
        if lead_in and not contains(lead_in, slot.answer):  # never show the answer in the context
            where += f" ({lead_in})"
        evidence = slot.sentence.text
        written = evidence[slot.start:slot.end]
        common = dict(id=qid, type=qtype, evidence=evidence, basis=basis, citation=citation, uid=unit.uid)
        if qtype == MULTIPLE_CHOICE:
            answer = _cap(slot.answer)
            choices = [answer, *(_cap(d) for d in self.distractors(slot))]
            self.rng.shuffle(choices)
            asked = _local_refs(_as_question(_replace(slot, _ask(slot))), basis)
            letter = LETTERS[choices.index(answer)]
            return Question(question=f"Theo {where}, {_lead(asked)}", choices=tuple(choices), answer=answer,
                            explanation=f"Đáp án {letter}: {answer} ({citation}).", **common)
        if qtype == FILL_IN:
            blanked = _local_refs(_replace(slot, BLANK), basis)
            return Question(question=f"Điền vào chỗ trống (theo {where}): {blanked}", choices=None,
                            answer=slot.answer if slot.is_number else written,
                            explanation=f"{citation}.", **common)
        wrong = self.distractors(slot)
        if wrong and self.rng.random() < 0.5:
            swap = self.rng.choice(wrong)
            claim = _replace(slot, swap)
            return Question(question=f"Đúng hay sai? Theo {where}: {_local_refs(claim, basis)}", choices=None,
                            answer=FALSE, claim=claim,
                            explanation=f"Sai: {citation} quy định «{written}», không phải «{swap}».", **common)
        return Question(question=f"Đúng hay sai? Theo {where}: {_local_refs(evidence, basis)}", choices=None,
                        answer=TRUE, claim=evidence, explanation=f"Đúng: {citation}.", **common)

    def lead_in(self, unit: Unit) -> str:
        """A point's sentence often lacks its subject: it is in the clause's lead-in line."""
        if unit.level != "point" or not unit.parent:
            return ""
        parent_text = self.index.unit_text.get(unit.parent, "")
        if not parent_text or "\n" in parent_text or len(parent_text) > 160 or parent_text.endswith("."):
            return ""
        return parent_text.rstrip(" :;")


def _words(text: str) -> frozenset[str]:
    return frozenset(norm(text).split())


def _near(text: str, used: list[frozenset[str]], threshold: float = 0.75) -> bool:
    """Same sentence, or its twin in a parallel article (Điều 21 and Điều 25 of Decree 59)."""
    words = _words(text)
    return any(len(words & u) / max(1, len(words | u)) >= threshold for u in used)


def _plan(n: int, mix: dict[str, int], rng: random.Random) -> list[str]:
    total = sum(mix.values())
    plan: list[str] = []
    for qtype, weight in mix.items():
        plan.extend([qtype] * round(n * weight / total))
    while len(plan) < n:
        plan.append(max(mix, key=mix.get))
    plan = plan[:n]
    rng.shuffle(plan)
    return plan


def make_quiz(store: Store, scope: Scope, n: int = 10, seed: int = 1,
              mix: dict[str, int] | None = None, index: FactIndex | None = None) -> Quiz:
    """``n`` questions on the scope's provisions; the same seed gives the same quiz."""
    rng = random.Random(seed)
    mix = {k: v for k, v in (mix or DEFAULT_MIX).items() if v > 0 and k in QUESTION_TYPES}
    if not mix:
        raise ValueError("Cần ít nhất một loại câu hỏi.")
    docs = tuple(dict.fromkeys([*(u.doc_id for u in scope.units), *CORE_DOCS]))
    index = index or FactIndex.build(store, docs)
    slots = find_slots(scope)
    rng.shuffle(slots)
    builder = _Builder(scope, index, rng)
    used_slots: set[int] = set()
    used_sentences: list[frozenset[str]] = []
    seen_questions: set[str] = set()
    questions: list[Question] = []
    for qtype in _plan(n, mix, rng):
        picked = None
        for fresh_sentence_only in (True, False):
            for types in ([qtype], [t for t in mix if t != qtype]):
                for i, slot in enumerate(slots):
                    if i in used_slots or (fresh_sentence_only and _near(slot.sentence.text, used_sentences)):
                        continue
                    for t in types:
                        if builder.can(slot, t):
                            picked = (i, slot, t)
                            break
                    if picked:
                        break
                if picked:
                    break
            if picked:
                break
        if not picked:
            break
        i, slot, t = picked
        used_slots.add(i)
        q = builder.build(slot, t, f"q{len(questions) + 1:02d}")
        if norm(q.question) in seen_questions:
            continue
        seen_questions.add(norm(q.question))
        used_sentences.append(_words(slot.sentence.text))
        questions.append(q)
    problems = list(scope.problems)
    for doc_id in dict.fromkeys(store.unit(q.uid).doc_id for q in questions):
        doc = scope.docs.get(doc_id)
        status = status_as_of(doc_id, doc.kind, doc.effective) if doc else None
        if status is not None and status.notes:
            problems.append(f"{scope.doc_label(doc_id)} ({status.label}): câu hỏi dựa trên lời văn trong cơ sở "
                            f"dữ liệu; {status.notes[-1]}")
    if len(questions) < n:
        problems.append(f"Chỉ tạo được {len(questions)}/{n} câu hỏi: các quy định đã chọn không có đủ "
                        "con số hoặc chủ thể để hỏi. Hãy mở rộng chủ đề hoặc thêm trích dẫn.")
    return Quiz(scope.title, seed, tuple(questions), tuple(problems))
