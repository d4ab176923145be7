"""A trainer's multiple-choice question typed on one line → the words worth searching.

"Ai triệu tập hội nghị? A. Trưởng thôn B. Chủ tịch UBND xã C. Cả A và B D. Tất cả đều sai"
is one question whose answer lies among its choices: the choices stay in the
query (the answering article contains the right one), but their labels
("A.", "B)") and the choices that only point at other choices ("Cả A và B",
"Tất cả các đáp án trên") are dropped — a lone "a" or "b" matches every
article with points a), b), and "đều đúng" matches nothing the question is about.

Labels are recognised only as a run that starts at A and goes on in order
(A, B[, C[, D…]]), each letter followed by "." or ")" — so "điểm a khoản 1"
or "phương án A" is left alone. Filler words are data
(``quiz_filler_words`` in kb/data/search_synonyms.yaml). Pure functions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kb.vntext import fold

#: A choice label: a letter followed by "." or ")" (or "/" or ":"), at the start or after a space or "?".
_LABEL = re.compile(r"(?:(?<=[\s?:;])|^)\(?([A-Ha-h])\s?[.):/]\s*(?=\S)")


@dataclass(frozen=True)
class Quiz:
    stem: str
    choices: tuple[str, ...]  # label-less, in order; filler choices kept here (see ``content_choices``)

    def content_choices(self, filler_words: frozenset[str]) -> tuple[str, ...]:
        """Choices that say something: not made only of filler words and choice letters."""
        return tuple(c for c in self.choices if not is_filler(c, filler_words))


def split_quiz(text: str) -> Quiz | None:
    """The stem and the choices of a one-line quiz question; None when ``text`` is not one.

    >>> split_quiz("Nhiệm kỳ? A. 2 năm B. 3 năm C. 5 năm").choices
    ('2 năm', '3 năm', '5 năm')
    >>> split_quiz("điểm a khoản 1 Điều 3") is None
    True
    """
    labels = [m for m in _LABEL.finditer(text)]
    run: list[re.Match] = []
    for m in labels:
        expected = chr(ord("a") + len(run))
        if m.group(1).lower() == expected:
            run.append(m)
        elif m.group(1).lower() == "a":
            run = [m]
        # any other letter out of order is text ("điểm b.") and left inside the choice
    if len(run) < 2:
        return None
    stem = text[:run[0].start()].strip()
    choices = []
    for m, nxt in zip(run, run[1:] + [None]):
        end = nxt.start() if nxt is not None else len(text)
        choices.append(text[m.end():end].strip(" ;,"))
    return Quiz(stem, tuple(c for c in choices if c))


def is_filler(choice: str, filler_words: frozenset[str]) -> bool:
    """'Cả A và B', 'Tất cả các đáp án trên đều đúng': only filler words and choice letters."""
    words = [fold(w).lower() for w in re.findall(r"[^\W_]+", choice)]
    return bool(words) and all(w in filler_words or (len(w) == 1 and w in "abcdefgh") for w in words)


def choice_texts(text: str, filler_words: frozenset[str]) -> tuple[str, ...]:
    """'stem choice' for each content choice of a one-line quiz question; () when it is not one.

    Each is one reading of the question ("is the answer B?"): the re-ranking
    (``kb.search.rerank``) prefers the article one of whose clauses holds a
    whole reading over one that holds a bit of every choice.
    """
    quiz = split_quiz(text)
    if quiz is None:
        return ()
    return tuple(f"{quiz.stem} {c}".strip() for c in quiz.content_choices(filler_words))


_UNSPLIT = Quiz("", ())


def search_text(text: str, filler_words: frozenset[str], quiz: Quiz | None = _UNSPLIT,
                kept: tuple[str, ...] | None = None) -> tuple[str, str | None]:
    """(text to search, note) — the stem and the content choices, labels and fillers dropped.
    ``quiz``: ``split_quiz(text)`` when the caller has it already; ``kept``: its ``content_choices``."""
    if quiz is _UNSPLIT:
        quiz = split_quiz(text)
    if quiz is None:
        return text, None
    if kept is None:
        kept = quiz.content_choices(filler_words)
    note = f"câu hỏi trắc nghiệm: {len(quiz.choices)} phương án, tìm cùng {len(kept)} phương án có nội dung"
    return " ".join([quiz.stem, *kept]).strip(), note
