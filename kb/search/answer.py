"""What kind of answer a question asks for, and which clauses hold that kind.

"Trong bao nhiêu ngày …?", "thời hạn bao lâu?", "mấy người?" ask for a quantity: the clause
that answers says a number with its unit ("05 ngày làm việc", "ít nhất 01 ngày", "03 người").
BM25 and the clause coverage (kb.search.rerank) read only the question's content
words, so a neighbouring article about the same thing without the figure can come first
("UBND xã phải xử lý trong bao nhiêu ngày làm việc?" → the article on the procedure, not the one
on its time limit). Kb.search.rerank counts the share of a clause without a quantity
× ``NO_ANSWER`` for such a question.

Measured on the tuning sets (R@1 / R@5 / MRR@10; 88 of their 510 questions ask for a
quantity): dev3 0.922 / 0.983 / 0.952 → 0.928 / 0.983 / 0.954, dev4 MRR@10 0.889 → 0.891, dev1
alike (NO_ANSWER 0.7–0.9 alike; 0.8 kept). A second kind, a moment ("khi nào", "thời điểm nào" → "kể
từ ngày", "có hiệu lực", "sau khi"), was measured and dropped: "Khi nào …?" at a question's
start asks for a condition, not a date, and three dev4 questions fell. So were a list ("gồm
những gì", "những … nào" → an article enumerating points; sum of R@1 over the three sets 2.716 →
2.711) and an authority ("do ai", "cơ quan nào" → a body before a power verb; no gain, 2.716 →
2.710 at 0.8). So was a permission (s13-search: "có được … không" at the question's end → a clause
saying "không được", "nghiêm cấm", "bị cấm", "cấm", "được phép", "có quyền" or "không phải"; MRR@10
dev1 0.970 alike, dev3 0.956 → 0.955, dev4 0.897 → 0.896, dev6 0.808 → 0.810: no gain). Pure functions
over folded words (``kb.search.analysis.folded_tokens``).
"""
from __future__ import annotations

import re
from typing import Mapping

QUANTITY = "quantity"

_UNITS = r"(?:ngay|thang|nam|gio|tuan|quy|lan|nguoi|ho|thanh vien|phan tram|ky)"
#: A question asking for a quantity, in folded words joined by spaces.
_ASKS = (
    (QUANTITY, re.compile(r"\b(?:bao nhieu|may|bao lau|toi da may|toi thieu may|it nhat may)\b")),
)
#: A clause holding that kind of answer.
_HOLDS = {
    QUANTITY: re.compile(r"\b(?:\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|hai muoi|ba muoi|nua)"
                         r" (?:" + _UNITS + r")\b|\b\d+ ?%|\bphan tram\b|\bqua ban\b|\b\d+ (?:phan|tren)\b"),
}
KINDS = tuple(_HOLDS)


def asked(words: list[str]) -> str | None:
    """The kind of answer a question (its folded words) asks for, or None."""
    text = " ".join(words)
    for kind, pattern in _ASKS:
        if pattern.search(text):
            return kind
    return None


def holds(words: list[str]) -> tuple[str, ...]:
    """The kinds of answer a clause (its folded words) holds."""
    text = " ".join(words)
    return tuple(kind for kind, pattern in _HOLDS.items() if pattern.search(text))


#: "… những hình thức nào", "… tiêu chuẩn gì": the word asked for stands right before these
_ASKING = frozenset({"nao", "gi"})
_PLURALS = frozenset({"nhung", "cac"})  # "những hình thức nào", "các hình thức công khai …"


def asked_category(words: list[str], categories: Mapping[tuple[str, ...], tuple[tuple[str, ...], ...]]
                   ) -> tuple[tuple[str, ...], ...]:
    """The title heads that answer what a question asks for, as the family (``Synonyms.asked_categories``)
    of the head it names; () when it names none. A question names it right before "nào" or "gì" ("mặt
    trận giám sát bằng những hình thức nào" → (("hinh", "thuc"),)), the longest first; a query typed as
    keywords opens with it ("các hình thức công khai thông tin cấp xã", "nhiệm vụ ban ttnd …")."""
    for i, w in enumerate(words):
        if w in _ASKING:
            for n in (2, 1):
                if i >= n:
                    family = categories.get(tuple(words[i - n:i]))
                    if family:
                        return family
    start = 0
    while start < len(words) and words[start] in _PLURALS:
        start += 1
    for n in (2, 1):
        family = categories.get(tuple(words[start:start + n]))
        if family:
            return family
    return ()


def asking_phrase(words: list[str], phrases) -> tuple[tuple[str, ...], ...]:
    """The family of the category an equivalent asks for by itself ("để làm gì" → mục đích, "trong bao
    lâu" → thời hạn: ``Synonyms.asking_phrases``), the longest said first; () when none is said."""
    if not phrases:
        return ()
    text = " " + " ".join(words) + " "
    for phrase, family in phrases:
        if " " + " ".join(phrase) + " " in text:
            return family
    return ()
