"""Turn an article's body lines into Khoản / tiểu khoản / Điểm / paragraph units.

Shared by every reader so that a clause is recognised the same way in the
pháp điển, in a pasted draft and in an uploaded DOCX. Numbering is checked
for sequence (1, 2, 3…; a, b, c, d, đ, e…): a line "2." inside a point that
lists items does not open a new clause unless 2 is the next expected number.
"""
from __future__ import annotations

import re
from kb.model import ProvisionId, Unit
from kb.vntext import POINT_LETTERS

CLAUSE = re.compile(r"^(\d{1,3})([a-z]?)\.(?!\d)\s*(.*)$")
SUBCLAUSE = re.compile(r"^(\d{1,3})\.(\d{1,2})\.?(?!\d)\s+(.*)$")
POINT = re.compile(r"^([a-zđ])(\d?)\)\s*(.*)$")
ARTICLE_NUM = re.compile(r"^(\d+)([a-zđ]?)$")


def article_sort_key(label: str) -> int:
    """'15' → 1500, '2a' → 201: keeps inserted articles after their base."""
    m = ARTICLE_NUM.match(label.strip())
    if not m:
        return 0
    num, suffix = int(m.group(1)), m.group(2)
    return num * 100 + (POINT_LETTERS.index(suffix) + 1 if suffix in POINT_LETTERS else 0)


def _next_letter(letter: str | None) -> str:
    if letter is None:
        return "a"
    i = POINT_LETTERS.index(letter) if letter in POINT_LETTERS else -1
    return POINT_LETTERS[i + 1] if 0 <= i < len(POINT_LETTERS) - 1 else ""


class BodyBuilder:
    """Accumulates body lines of one article and emits its child units."""

    def __init__(self, article: Unit, source_path: str):
        self.article = article
        self.pid = ProvisionId.of(article)
        self.path = source_path
        self._units: list[dict] = []
        self._clause: dict | None = None
        self._sub: dict | None = None
        self._point: dict | None = None
        self._last_clause: tuple[int, str] | None = None
        self._paragraphs = 0

    # -- public -----------------------------------------------------------
    def add_line(self, line: str, line_no: int) -> None:
        line = line.strip()
        if not line:
            return
        if self._try_subclause(line, line_no):
            return
        if self._try_clause(line, line_no):
            return
        if self._try_point(line, line_no):
            return
        target = self._point or self._sub or self._clause
        if target is not None:
            target["text"] = f"{target['text']}\n{line}" if target["text"] else line
            return
        self._paragraphs += 1
        self._units.append(self._new("paragraph", str(self._paragraphs), None, line, line_no))

    def units(self) -> list[Unit]:
        base = self.article.ordinal
        return [
            Unit(
                uid=u["uid"], doc_id=self.article.doc_id, level=u["level"], label=u["label"],
                parent=u["parent"], ordinal=base + i + 1, text=u["text"],
                source_path=self.path, source_line=u["line"],
            )
            for i, u in enumerate(self._units)
        ]

    # -- recognisers --------------------------------------------------------
    def _new(self, level: str, label: str, parent: dict | None, text: str, line_no: int) -> dict:
        """A unit of ``level`` under ``parent`` (a unit made here, or the article when None)."""
        pid = (parent["pid"] if parent else self.pid).sub(level, label)
        return {"pid": pid, "uid": str(pid), "level": level, "label": label,
                "parent": parent["uid"] if parent else self.article.uid, "text": text, "line": line_no}

    def _try_clause(self, line: str, line_no: int) -> bool:
        m = CLAUSE.match(line)
        if not m:
            return False
        num, suffix, rest = int(m.group(1)), m.group(2), m.group(3)
        last = self._last_clause
        if last is None:
            ok = num <= 2 and not suffix
        elif suffix:
            ok = num == last[0]
        else:
            ok = num == last[0] + 1
        if not ok:
            return False
        label = f"{num}{suffix}"
        self._clause = self._new("clause", label, None, rest, line_no)
        self._units.append(self._clause)
        self._last_clause = (num, suffix)
        self._sub = None
        self._point = None
        return True

    def _try_subclause(self, line: str, line_no: int) -> bool:
        m = SUBCLAUSE.match(line)
        if not m or self._clause is None:
            return False
        major, minor, rest = m.group(1), int(m.group(2)), m.group(3)
        if major != self._clause["label"]:
            return False
        last_minor = int(self._sub["label"].split(".")[1]) if self._sub else 0
        if minor != last_minor + 1:
            return False
        label = f"{major}.{minor}"
        self._sub = self._new("subclause", label, self._clause, rest, line_no)
        # A sub-section id hangs off the article, not the clause (its parent stays the clause),
        # so that '3.1' reads the way drafters cite it: …:d1:k3.1
        self._sub["pid"] = self.pid.sub("subclause", label)
        self._sub["uid"] = str(self._sub["pid"])
        self._units.append(self._sub)
        self._point = None
        return True

    def _try_point(self, line: str, line_no: int) -> bool:
        m = POINT.match(line)
        if not m or m.group(2):
            return False
        letter, rest = m.group(1), m.group(3)
        current = self._point["label"] if self._point else None
        if letter != _next_letter(current):
            return False
        self._point = self._new("point", letter, self._sub or self._clause, rest, line_no)
        self._units.append(self._point)
        return True
