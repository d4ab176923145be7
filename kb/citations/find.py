"""Find every legal citation in Vietnamese running text, with exact spans.

``find_citations`` is pure (text in, citations out) and is used alike on
pháp điển articles, the seeds and uploaded drafts. ``kb.citations.resolve.resolve_found`` then maps
each target onto a knowledge-base unit, a known document, or an *external
stub* (type, number, date) so the graph still shows documents we do not hold.

The pipeline follows eyecite: fold → find anchors → parse the provision chain
(điểm / khoản / Điều, with lists and ranges) → parse the document part
(number, name, "… này", date) → targets → distribute and resolve anaphora.
Type words and names are data in ``kb.citations.patterns``; the regular expressions are at the top
of this module, not buried in code.

Cases handled, as they occur in the corpus and the seeds:

1. nested chains: "điểm c khoản 1 Điều 3 Nghị định số 59/2023/NĐ-CP",
   "tại điểm C, khoản 1, Điều 3, Nghị định số 59/2023/NĐ-CP" (case, commas);
2. lists: "các khoản 1, 2, 3, 5 và 6 Điều 11 của Luật này", "khoản 1 và
   khoản 2 Điều 15", "các điều 8, 9, 10 và 11 Nghị định này";
3. ranges: "từ Điều 5 đến Điều 9", "các điều từ 5 đến 9";
4. self and relative references: "Điều này", "khoản 1 Điều này", "điểm a
   khoản này", "Luật này", "Nghị định này" (resolved from the context given);
5. documents by number: "Luật số 10/2022/QH15", "Chỉ thị số 30-CT/TW",
   "Quyết định số 217-QĐ/TW, 218-QĐ/TW", with or without a date in either
   form ("ngày 14/8/2023", "ngày 14 tháng 8 năm 2023");
6. documents by name: "Luật Thực hiện dân chủ ở cơ sở", "Luật Phòng, chống
   tham nhũng năm 2018", "Hiến pháp năm 2013", amending laws named by title;
7. a document named once for several chains: "khoản 4 Điều 23; khoản 4
   Điều 33 … của Luật X" gives every chain Luật X;
8. a chain with no document ("khoản 1, Điều 3") in a report or article
   refers to the document cited just before (anaphora); in a legal text, to
   the text itself. "Nghị định này" in an article about Decree 59 means
   Decree 59, not the article.

Spans index the NFC form of the input (``kb.vntext.nfc``); matching runs on
an accent-folded copy of the same length, so a span is always exact.
"""
from __future__ import annotations
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Iterable

from kb.citations.model import DocRef, FoundCitation, Target
from kb.citations.names import NameTable, default_names
from kb.citations.patterns import (
    ABBREVIATIONS, KIND_FAMILIES, LAW_NUMBER, LEVEL_RANK, LEVEL_WORDS, NAME_MAX_WORDS, NAME_STOP_WORDS,
    NAMED_TYPES, NON_NORM_TYPES, NUMBER_TYPE_MARKERS, RELATIVE_TYPES, TYPE_WORDS, WEAK_TYPES,
)
from kb.vntext import POINT_LETTERS, dmy_to_iso, fold, fold_same_length, nfc

# ---------------------------------------------------------------------------
# Regular expressions (folded, lower-case text)
# ---------------------------------------------------------------------------

_SP = r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)*"  # spaces, possibly across hard line breaks
_S1 = r"(?:[ \t\u00a0]|\n)+"
DATE_RE = re.compile(
    rf"{_SP},?{_SP}(?:ban{_S1}hanh{_S1})?ngay{_S1}(?P<d>\d{{1,2}}){_SP}(?:[/.\-]|thang{_S1})"
    rf"{_SP}(?P<m>\d{{1,2}}){_SP}(?:[/.\-]|,?{_S1}nam{_S1}){_SP}(?P<y>\d{{4}})\b"
)
YEAR_RE = re.compile(rf"{_S1}(?:nam{_S1})?(?P<y>(?:19|20)\d\d)\b(?!\s*[/\-]\d)")
#: A document number: 59/2023/NĐ-CP, 30-CT/TW, 346/QĐ-TTg, 2011/SNV-XDCQ&CTTN, 30 -CT/TW, and a number
#: hard-wrapped after its hyphen "22/2018/QĐ-⏎TTg" (joined "QĐ- TTg": only before an issuer's code).
NUMBER_RE = re.compile(
    r"(?P<num>\d{1,4}(?:/\d{4})?(?:[ ]?[/\-][ ]?[a-z][a-z0-9&]*(?:[\-/][a-z0-9&]+|-[ ](?:ttg|cp|ubnd|hdnd|ubtvqh\d+))*"
    r"|/\d{4}(?:/[a-z0-9&\-]+)?))(?![\w/])"
)
LEVEL_RE = re.compile(rf"(?P<tu>tu{_S1})?(?P<cac>(?:cac|nhung){_S1})?(?P<kw>diem|khoan|dieu)\b")
ARTICLE_LABEL = re.compile(r"\d{1,3}[a-z]?(?![\w/.]\d|\w)")
CLAUSE_LABEL = re.compile(r"\d{1,3}(?:\.\d{1,2})?[a-z]?(?!\w|[/]\d|\.\d)")
POINT_LABEL = re.compile(r"[a-z](?![\w])")
NAY_RE = re.compile(r"nay\b")
LIST_SEP = re.compile(rf"{_SP}(?:,{_SP}(?:va{_S1}|hoac{_S1})?|{_S1}va{_S1}|{_S1}hoac{_S1}|{_S1}va/hoac{_S1})")
RANGE_SEP = re.compile(rf"{_S1}den{_S1}")
CHAIN_SEP = re.compile(rf"{_SP},?{_SP}(?:cua{_S1}|tai{_S1}|thuoc{_S1})?")
DOC_SEP = re.compile(rf"{_SP},?{_SP}(?:cua{_S1}|tai{_S1}|thuoc{_S1}|theo{_S1})?")
SO_RE = re.compile(rf"\.?{_SP}(?:so{_SP}:?{_SP}|s[o]\.{_SP})?")
#: Gap between two chains that share the document named after the last one.
DISTRIBUTE_GAP = re.compile(rf"^{_SP}(?:[;,]{_SP}(?:va{_S1}|hoac{_S1})?|va{_S1}|hoac{_S1}){_SP}$")
#: Sentence start: a capitalised "Điều này" here is prose ("Điều này dẫn đến …").
SENTENCE_START = re.compile(r"(?:^|[.!?:;…“\"(\n]|\)\s)\s*$")
AMENDING_TITLE = re.compile(
    rf"{_S1}sua{_S1}doi,?{_SP}(?:bo{_S1}sung{_S1})?(?:mot{_S1}so{_S1}dieu{_S1}cua{_S1})?"
)
ANAPHORA_WINDOW = 1200  # characters: how far back a bare chain looks for its document

# ---------------------------------------------------------------------------
# Scanner
# ---------------------------------------------------------------------------

_TYPE_ALT = "|".join(sorted((_S1.join(map(re.escape, k.split())) for k in TYPE_WORDS),
                            key=len, reverse=True))
TYPE_RE = re.compile(rf"(?P<type>{_TYPE_ALT})\b")
_ABBR_ALT = "|".join(sorted((re.escape(fold(k)) for k in ABBREVIATIONS), key=len, reverse=True))
ABBR_RE = re.compile(rf"(?P<abbr>{_ABBR_ALT})\b")
#: Where a citation may start. The leading look-ahead on first letters lets the regex
#: engine skip most positions quickly (≈40 % faster on the corpus).
ANCHOR = re.compile(
    rf"(?=[bcdhklnpqst])\b(?:(?:tu{_S1})?(?:(?:cac|nhung){_S1})?(?:diem|khoan|dieu){_S1}"
    rf"(?:tu{_S1}(?:(?:diem|khoan|dieu){_S1})?)?(?:\d|[a-z]\b|nay\b)"
    rf"|(?:{_TYPE_ALT}|{_ABBR_ALT})\b)"
)
_WS = re.compile(_S1)
_PHAP_BEFORE = re.compile(r"phap\s+$")
_TU = re.compile(rf"tu{_S1}")
_NAY_AFTER = re.compile(rf"{_S1}nay\b")
_SO_AFTER_NAME = re.compile(rf"{_S1}so{_SP}")
_NUM_LIST_SEP = re.compile(rf"{_SP}(?:,|va){_SP}")
_AMEND_JOIN = re.compile(rf"{_SP}(?:,{_SP}|{_S1}va{_S1}){_SP}")
_WORD = re.compile(r"([a-z0-9]+)(?:[ \t]+|$)")
_KEYWORD_AFTER = {kw: re.compile(rf"(?:cac{_S1})?{kw}{_S1}") for kw in LEVEL_WORDS}
_ITEM_END = re.compile(
    rf"{_SP}(?:$|[,;.:)\]]|(?:va|hoac|den|cua|tai|thuoc|theo|nay|diem|khoan|dieu|{_TYPE_ALT})\b)")

@dataclass
class _Level:
    level: str
    labels: list[str]  # ["nay"] for "Điều này", "khoản này"
    start: int
    end: int


@dataclass
class _Doc:
    refs: tuple[DocRef, ...]  # empty for "… này"
    start: int
    end: int
    relative_type: str | None = None


class _Scanner:
    """Parsers over one text; each returns what it read and where it stopped."""

    def __init__(self, text: str, names: NameTable, folded: str | None = None):
        self.text = text
        self.f = fold_same_length(text) if folded is None else folded
        self.names = names
        self._newlines: list[int] | None = None

    def line_start(self, i: int) -> int:
        """Offset of the line holding ``i`` (newline offsets found once: no rescans)."""
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.text)]
        k = bisect_left(self._newlines, i)
        return self._newlines[k - 1] + 1 if k else 0

    def is_upper_at(self, i: int) -> bool:
        return i < len(self.text) and self.text[i].isupper()

    # -- provision chain ---------------------------------------------------------
    def level(self, pos: int, min_rank: int) -> _Level | None:
        """One level: keyword + label list / range, or keyword + "này"."""
        m = LEVEL_RE.match(self.f, pos)
        if not m:
            return None
        kw = m.group("kw")
        level = LEVEL_WORDS[kw]
        if LEVEL_RANK[level] < min_rank:
            return None
        sp = _WS.match(self.f, m.end())
        if not sp:
            return None
        p = sp.end()
        if NAY_RE.match(self.f, p):
            if m.group("cac") or m.group("tu"):
                return None
            return _Level(level, ["nay"], m.start(), p + 3)
        tu = bool(m.group("tu"))
        item = self.item(level, kw, p, tu, first=True)
        if item is None:
            return None
        labels, p = item
        while True:
            sm = LIST_SEP.match(self.f, p)
            if not sm:
                break
            q = sm.end()
            tm = _TU.match(self.f, q)
            item = self.item(level, kw, tm.end() if tm else q, bool(tm), first=False)
            if item is None:
                break
            labels.extend(item[0])
            p = item[1]
        return _Level(level, list(dict.fromkeys(labels)), m.start(), p)

    def item(self, level: str, kw: str, p: int, tu: bool, first: bool) -> tuple[list[str], int] | None:
        """One list item: a label ("5", "khoản 5") or a range ("từ Điều 5 đến Điều 9")."""
        km = _KEYWORD_AFTER[kw].match(self.f, p)
        if km and first and not tu:
            return None  # "Điều Điều 5" is not a citation
        q = km.end() if km else p
        if first and not tu:
            tm = _TU.match(self.f, q)  # "các điều từ 5 đến 9"
            if tm:
                tu, q = True, tm.end()
                km2 = _KEYWORD_AFTER[kw].match(self.f, q)
                q = km2.end() if km2 else q
        a = self.label(level, q)
        if a is None:
            return None
        if not tu:
            if not first and not km and not _ITEM_END.match(self.f, a[1]):
                return None  # "Điều 11, 03 ngày làm việc"
            return [a[0]], a[1]
        rm = RANGE_SEP.match(self.f, a[1])
        if not rm:
            return None
        km = _KEYWORD_AFTER[kw].match(self.f, rm.end())
        b = self.label(level, km.end() if km else rm.end())
        expanded = _expand_range(level, a[0], b[0]) if b else None
        if expanded is None:
            return None
        return expanded, b[1]

    def label(self, level: str, pos: int) -> tuple[str, int] | None:
        rx = {"article": ARTICLE_LABEL, "clause": CLAUSE_LABEL, "point": POINT_LABEL}[level]
        m = rx.match(self.f, pos)
        if not m:
            return None
        raw = self.text[m.start():m.end()].lower()
        if level == "point":
            if raw not in POINT_LETTERS:  # 'đ' stays 'đ': read from the original
                return None
        return raw, m.end()

    def chain(self, pos: int) -> list[_Level] | None:
        """Levels in ascending rank: point, clause, article (each optional)."""
        lv = self.level(pos, 0)
        if lv is None:
            return None
        levels = [lv]
        while levels[-1].labels != ["nay"] and levels[-1].level != "article":
            sm = CHAIN_SEP.match(self.f, levels[-1].end)
            nxt = self.level(sm.end(), LEVEL_RANK[levels[-1].level] + 1) if sm else None
            if nxt is None:
                break
            levels.append(nxt)
        return levels

    # -- document part -------------------------------------------------------------
    def doc_type_at(self, pos: int) -> tuple[str, int, bool] | None:
        """(canonical type, end, written with a capital) for a type word at ``pos``."""
        m = TYPE_RE.match(self.f, pos)
        if m:
            return TYPE_WORDS[" ".join(m.group("type").split())], m.end(), self.is_upper_at(pos)
        m = ABBR_RE.match(self.f, pos)
        if m:
            raw = self.text[m.start():m.end()]
            if raw in ABBREVIATIONS:
                return ABBREVIATIONS[raw], m.end(), True
        return None

    def document(self, pos: int) -> _Doc | None:
        """A document reference at ``pos``: "… này", by number, or by name."""
        t = self.doc_type_at(pos)
        if t is None:
            return None
        dtype, p, capital = t
        if dtype == "Luật" and _PHAP_BEFORE.search(self.f, max(0, pos - 6), pos):
            return None  # "pháp luật"
        nm = _NAY_AFTER.match(self.f, p)
        if nm:
            if not capital or dtype not in RELATIVE_TYPES:
                return None
            return _Doc((), pos, nm.end(), relative_type=dtype)
        sm = SO_RE.match(self.f, p)
        q = sm.end() if sm else p
        has_so = "so" in self.f[p:q]
        num = NUMBER_RE.match(self.f, q)
        if num and (has_so or re.search(r"[/\-]", num.group("num"))):
            if not has_so and not capital and dtype in WEAK_TYPES:
                return None
            numbers = [self.number_text(num)]
            end = num.end()
            while True:  # "Quyết định số 217-QĐ/TW, 218-QĐ/TW"
                lm = _NUM_LIST_SEP.match(self.f, end)
                n2 = NUMBER_RE.match(self.f, lm.end()) if lm else None
                if not n2 or _series(numbers[0]) != _series(self.number_text(n2)) or not _series(numbers[0]):
                    break
                numbers.append(self.number_text(n2))
                end = n2.end()
            issued, end = self.date(end)
            refs = tuple(DocRef(dtype, n, None, issued=issued) for n in numbers)
            return _Doc(refs, pos, end)
        if dtype not in NAMED_TYPES or not capital:
            return None
        if dtype == "Hiến pháp":
            ym = YEAR_RE.match(self.f, p)
            if not ym:
                return None
            return _Doc((DocRef(dtype, None, None, issued=ym.group("y")),), pos, ym.end())
        span = self.name(dtype, p)
        if span is None:
            return None
        a, end = span
        name = " ".join(self.text[a:end].split())
        number = None
        sm2 = _SO_AFTER_NAME.match(self.f, end)
        if sm2:
            n3 = NUMBER_RE.match(self.f, sm2.end())
            if n3 and "/" in n3.group("num"):
                number, end = self.number_text(n3), n3.end()
        issued, end2 = self.date(end)
        if issued is None:
            ym = YEAR_RE.match(self.f, end)
            if ym:
                issued, end2 = ym.group("y"), ym.end()
        return _Doc((DocRef(dtype, number, name, issued=issued),), pos, end2)

    def number_text(self, m: re.Match) -> str:
        return re.sub(r"\s+", "", self.text[m.start("num"):m.end("num")])

    def date(self, pos: int) -> tuple[str | None, int]:
        dm = DATE_RE.match(self.f, pos)
        if dm:
            iso = dmy_to_iso(dm.group("d"), dm.group("m"), dm.group("y"))
            if iso and not self._opens_clause(dm):
                return iso, dm.end()
        return None, pos

    def _opens_clause(self, dm: re.Match) -> bool:
        """A date set off by a comma that a capitalised subject follows starts the next clause, not the
        cited document's date: "Thực hiện Luật … số 10/2022/QH15, ngày 16/3/2026 Sở Nội vụ tổ chức hội nghị"
        (while "…, ngày 14/8/2023 của Chính phủ" and "… ngày 14/8/2023 Quy định …" keep theirs)."""
        if "," not in self.f[dm.start():dm.start("d")]:
            return False
        nxt = _WS.match(self.text, dm.end())
        at = nxt.end() if nxt else dm.end()
        return at < len(self.text) and self.text[at].isupper() and not self.text.startswith("Quy định", at)

    def name(self, dtype: str, pos: int) -> tuple[int, int] | None:
        """Span of the name after a type word ending at ``pos``."""
        sp = _WS.match(self.f, pos)
        if not sp:
            return None
        p = sp.end()
        am = AMENDING_TITLE.match(self.f, pos)
        if am:  # "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B"
            q, end = am.end(), None
            while True:
                t = self.doc_type_at(q)
                if t is None or t[0] not in NAMED_TYPES:
                    break
                inner = self.name(t[0], t[1])
                if inner is None:
                    break
                end = inner[1]
                sep = _AMEND_JOIN.match(self.f, end)
                if not sep:
                    break
                q = sep.end()
            if end is not None:
                return p, end
        rx = self.names.patterns.get(dtype)
        if rx is not None:
            m = rx.match(self.f, p)
            while m:
                if self.names.spelled_right(m.group(0), self.text[p:m.end()]):
                    return p, m.end()
                # a shorter known name may still fit ("Luật Dược" vs "Luật được …")
                shorter = re.compile(rx.pattern).match(self.f, p, m.end() - 1)
                m = shorter if shorter and shorter.end() < m.end() else None
        if not self.is_upper_at(p):
            return None
        # Generic: a capitalised word, then words up to a stop word or punctuation.
        words, q, end = 0, p, p
        for wm in _WORD.finditer(self.f, p):
            w = wm.group(1)
            original = self.text[wm.start():wm.start() + len(w)].lower()
            if wm.start() != q or (words and original in NAME_STOP_WORDS) or w.isdigit():
                break
            words += 1
            end, q = wm.start() + len(w), wm.end()
            if words >= NAME_MAX_WORDS:
                break
        if not words:
            return None
        partial = " ".join(self.f[p:end].split()) + " "
        if any(n.startswith(partial) for n in self.names.by_type.get(dtype, ())):
            return None  # a known name cut short (a figure or page break inside it)
        return p, end


def _series(number: str) -> str:
    """'217-QĐ/TW' → '-qd/tw': the part a list of numbers shares."""
    return re.sub(r"^\d+", "", fold(number))


def _expand_range(level: str, a: str, b: str) -> list[str] | None:
    if level == "point":
        if a in POINT_LETTERS and b in POINT_LETTERS:
            i, j = POINT_LETTERS.index(a), POINT_LETTERS.index(b)
            if i < j:
                return POINT_LETTERS[i:j + 1]
        return None
    if a.isdigit() and b.isdigit() and int(a) < int(b) <= int(a) + 200:
        return [str(n) for n in range(int(a), int(b) + 1)]
    return None


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------

def infer_type(doc_id: str | None) -> str | None:
    """'59/2023/NĐ-CP' → 'Nghị định': the type an id implies, when it does."""
    if not doc_id:
        return None
    f = fold(doc_id)
    for marker, dtype in NUMBER_TYPE_MARKERS:
        if marker in f:
            return dtype
    if LAW_NUMBER.search(f):
        return "Luật"
    return None


def _same_kind(a: str | None, b: str | None) -> bool:
    return a == b or any(a in fam and b in fam for fam in KIND_FAMILIES)


def find_citations(text: str, context_doc: str | None = None, context_article: str | None = None,
                   *, context_clause: str | None = None, context_type: str | None = None,
                   names: NameTable | None = None, context_date: str | None = None,
                   lead_in: str | None = None, folded: str | None = None) -> list[FoundCitation]:
    """Every citation in ``text`` (NFC-normalised), in order, with its targets.

    ``context_doc`` / ``context_article`` / ``context_clause`` say where the
    text sits ("Điều này" is Điều ``context_article`` of ``context_doc``);
    ``context_type`` is that document's type ("Nghị định"; inferred from the
    id when possible): it tells "Luật này" in a law from "Luật này" in an
    article discussing a law. ``names`` adds document names (the knowledge
    base's titles) to the built-in table. ``context_date`` (the text's issue
    date) keeps a law cited by name from resolving to a later law of that name.
    ``lead_in`` is the text introducing this one (the clause above a list of
    points): "Nghị định này quy định chi tiết … của Luật X:" then "b) Điều 17
    …" means Điều 17 of Luật X.
    ``folded``: ``fold_same_length(nfc(text))`` when the caller has it already (a caller
    that scanned the text for anchors first, ``anchored_fold``), so it is not folded twice.
    """
    text = nfc(text)
    table = _with_defaults(names)
    finder = _Finder(_Scanner(text, table, folded), context_doc, context_article, context_clause, context_type,
                     context_date)
    if lead_in:
        finder.seed(nfc(lead_in), table)
    return finder.run()


def anchored_fold(text: str) -> str | None:
    """``fold_same_length(nfc(text))`` when a citation may start in ``text``, else None.

    None means ``find_citations(text, …)`` finds nothing, whatever the context (no anchor:
    its own first test). A caller reading many texts, most of which cite nothing (the
    graph build), skips those and passes the fold on (``find_citations(…, folded=…)``).
    """
    folded = fold_same_length(nfc(text))
    return folded if ANCHOR.search(folded) else None


_MERGED: dict[int, tuple[NameTable, NameTable]] = {}


def _with_defaults(names: NameTable | None) -> NameTable:
    """Built-in names plus ``names``, merged once per table (merging compiles regexes)."""
    if names is None:
        return default_names()
    hit = _MERGED.get(id(names))
    if hit is None or hit[0] is not names:
        if len(_MERGED) > 8:
            _MERGED.clear()
        hit = (names, default_names().merged(names))
        _MERGED[id(names)] = hit
    return hit[1]


_HEADING_AFTER = re.compile(r"[ \t]*[.:]")
_BLANK = re.compile(r"\s*")
_BEFORE_BARE = re.compile(r"(?:tai|theo)\s+(?:cac\s+)?$")
_BEFORE_CLAUSE_NAY = re.compile(r"(?:tai|theo|quy dinh|cua|o)\s+$")
_DETAILS_PHRASE = re.compile(r"quy dinh chi tiet|huong dan (?:thi hanh|chi tiet)|quy dinh bien phap thi hanh")
#: Between a dated document and a law named in its description ("… ngày 19/6/2013 … quy
#: định chi tiết khoản 3 Điều 63 Bộ luật Lao động"): no sentence or item boundary.
_NO_BOUNDARY = re.compile(r"^[^;.()\n]{0,300}$")


class _Boundaries:
    """Sentence starts and "quy định chi tiết" phrases of one text, found once (linear time)."""

    def __init__(self, folded: str):
        self.f = folded
        self._stops: list[int] | None = None
        self._details: list[tuple[int, int]] | None = None

    def sentence_start(self, i: int) -> int:
        """Just after the last ". " that ends before ``i``, or the last newline before it; else 0."""
        if self._stops is None:
            self._stops = ([m.start() + 1 for m in re.finditer(r"\. ", self.f)],
                           [m.start() + 1 for m in re.finditer("\n", self.f)])
        dots, lines = self._stops
        k, j = bisect_right(dots, i - 1), bisect_right(lines, i)
        return max(dots[k - 1] if k else 0, lines[j - 1] if j else 0)

    def details_between(self, a: int, b: int) -> bool:
        if self._details is None:
            self._details = [(m.start(), m.end()) for m in _DETAILS_PHRASE.finditer(self.f)]
        k = bisect_left(self._details, (a, -1))
        return k < len(self._details) and self._details[k][1] <= b


class _Finder:
    """Walks the anchors of one text, keeping what anaphora and sharing need."""

    def __init__(self, sc: _Scanner, context_doc: str | None, context_article: str | None,
                 context_clause: str | None, context_type: str | None, context_date: str | None = None):
        self.sc, self.f, self.text = sc, sc.f, sc.text
        self.ctx_article, self.ctx_clause = context_article, context_clause
        self.ctype = context_type or infer_type(context_doc)
        self.ctx_ref = DocRef(self.ctype, None, None, doc_id=context_doc) if context_doc else None
        self.normative = context_doc is not None and self.ctype not in NON_NORM_TYPES
        self.out: list[FoundCitation] = []
        self.history: list[tuple[int, DocRef]] = []  # documents named so far, for anaphora
        self.last_of_type: dict[str | None, tuple[int, DocRef]] = {}  # the last of each type
        self.bounds = _Boundaries(sc.f)
        self.pending: list[int] = []  # chains without a document that a later one may share
        self.context_date = context_date
        self.listed: DocRef | None = None  # the document a lead-in says this list details

    def seed(self, lead_in: str, table: NameTable) -> None:
        """Read the lead-in for what a list of provisions below it refers to."""
        if not lead_in.rstrip().endswith(":") or not _DETAILS_PHRASE.search(fold_same_length(lead_in)):
            return
        before = _Finder(_Scanner(lead_in, table), None, None, None, self.ctype, self.context_date)
        before.normative = self.normative
        before.run()
        if before.history:
            self.listed = before.history[-1][1]

    # -- documents from context ----------------------------------------------------
    def remember(self, at: int, refs: Iterable[DocRef]) -> None:
        for ref in refs:
            self.history.append((at, ref))
            self.last_of_type[ref.doc_type] = (at, ref)

    def antecedent(self, at: int, dtype: str | None, since: int = 0) -> DocRef | None:
        """The document named last (within the window), or the last of ``dtype``'s kind."""
        if dtype is None:
            if not self.history:
                return None
            p, ref = self.history[-1]
            return ref if p >= since and at - p <= ANAPHORA_WINDOW else None
        hits = [hit for t, hit in self.last_of_type.items() if _same_kind(t, dtype) and hit[0] >= since]
        return max(hits, key=lambda h: h[0])[1] if hits else None

    def relative_doc(self, dtype: str, at: int) -> DocRef | None:
        if self.ctx_ref is not None and (self.ctype is None or _same_kind(self.ctype, dtype)):
            return self.ctx_ref
        return self.antecedent(at, dtype)

    def constrain(self, refs: tuple[DocRef, ...], start: int) -> tuple[DocRef, ...]:
        """A law named by a text cannot postdate it, nor the dated document it describes."""
        if not refs or refs[0].number or refs[0].issued:
            return refs
        limit = self.context_date
        if self.out:
            prev = self.out[-1]
            dated = [t.doc.issued for t in prev.targets
                     if t.doc is not None and t.doc.number and t.doc.issued and len(t.doc.issued) == 10]
            if dated and _NO_BOUNDARY.match(self.text[prev.end:start]):
                limit = min(dated[0], limit) if limit else dated[0]
        if limit and len(limit) == 10:
            return tuple(replace(r, not_after=limit) for r in refs)
        return refs

    # -- the walk ------------------------------------------------------------------
    def run(self) -> list[FoundCitation]:
        f, pos = self.f, 0
        while True:
            m = ANCHOR.search(f, pos)
            if not m:
                return self.out
            start = m.start()
            if LEVEL_RE.match(f, start):
                levels = self.sc.chain(start)
                built = self.chain_citation(levels) if levels else None
                if built is None:
                    # The anchors inside the first level's list ("khoản 1, khoản 2, …") read the
                    # rest of the same list and fail alike: skip them, or a long list is quadratic.
                    pos = max(start + 1, levels[0].end) if levels else start + 1
                    continue
                cit, named, bare = built
                if named:
                    self.share(named[0], cit.start)
                    self.remember(cit.start, named)
                if bare:
                    self.pending.append(len(self.out))
                else:
                    self.pending = []
                self.out.append(cit)
                pos = cit.end
                continue
            d = self.sc.document(start)
            if d is None:
                pos = start + 1
                continue
            if d.relative_type:
                targets: tuple[Target, ...] = (Target(self.relative_doc(d.relative_type, start), relative=True),)
            else:
                refs = self.constrain(d.refs, start)
                targets = tuple(Target(r) for r in refs)
                self.remember(d.start, refs)
            self.out.append(FoundCitation(d.start, d.end, self.text[d.start:d.end], targets, True))
            self.pending = []
            pos = d.end

    def share(self, ref: DocRef, start: int) -> None:
        """"khoản 4 Điều 23; khoản 4 Điều 33 … của Luật X": Luật X for every chain."""
        for idx in reversed(self.pending):
            nxt = self.out[idx + 1].start if idx + 1 < len(self.out) else start
            if not DISTRIBUTE_GAP.match(self.f[self.out[idx].end:nxt]):
                break
            self.out[idx] = replace(self.out[idx], targets=tuple(
                replace(t, doc=ref, relative=False) for t in self.out[idx].targets))

    def chain_citation(self, levels: list[_Level]) -> tuple[FoundCitation, tuple[DocRef, ...], bool] | None:
        """Targets of a chain: (citation, documents named, bare?) or None if not a citation."""
        sc, f, text = self.sc, self.f, self.text
        start = levels[0].start
        top = levels[-1]
        rel_level = top.labels == ["nay"]
        implicit_level = False
        if top.level != "article" and not rel_level:
            # "quy định tại điểm a" in a legal text: a point of this clause. In prose, too vague.
            if not (self.normative and _BEFORE_BARE.search(f, max(0, start - 16), start)):
                return None
            implicit_level = True
        if _is_heading(sc, levels, top):
            return None
        if rel_level and len(levels) == 1:
            if top.level == "point":
                return None
            if top.level == "article" and (not sc.is_upper_at(start) or
                                           SENTENCE_START.search(text[max(0, start - 40):start])):
                return None  # "Điều này dẫn đến …" opening a sentence is prose
            if top.level == "clause" and not _BEFORE_CLAUSE_NAY.search(f, max(0, start - 24), start):
                return None
        end = top.end
        doc = None
        if not rel_level and not implicit_level:
            sm = DOC_SEP.match(f, end)
            doc = sc.document(sm.end()) if sm else None
        named: tuple[DocRef, ...] = ()
        bare = False
        if doc is not None:
            end = doc.end
            if doc.relative_type:
                ref, relative = self.relative_doc(doc.relative_type, start), True
            else:
                named = self.constrain(doc.refs, start)
                ref, relative = named[0], False
        elif rel_level or implicit_level:
            ref, relative = self.ctx_ref, True
        else:
            bare = True
            ref = self.bare_doc(start)
            relative = ref is not None
        by_level = {lv.level: lv.labels for lv in levels}
        implicit = ["nay"] if rel_level or implicit_level else [None]
        arts = by_level.get("article", implicit)
        clauses = by_level.get("clause", implicit if implicit_level and top.level == "point" else [None])

        def label(level: str, value: str | None) -> str | None:
            if value != "nay":
                return value
            return {"article": self.ctx_article, "clause": self.ctx_clause}.get(level)

        targets: list[Target] = []
        # Lower levels belong to the first item of the level above:
        # "khoản 1 Điều 2 và Điều 3" is khoản 1 of Điều 2, and all of Điều 3.
        for ai, a in enumerate(arts):
            for ci, c in enumerate(clauses if ai == 0 else [None]):
                for p in (by_level.get("point", [None]) if ai == 0 and ci == 0 else [None]):
                    targets.append(Target(ref, label("article", a), label("clause", c), p,
                                          relative=relative or rel_level))
        targets = list(dict.fromkeys(targets))
        return FoundCitation(start, end, text[start:end], tuple(targets), doc is not None), named, bare

    def bare_doc(self, start: int) -> DocRef | None:
        """The document of a chain that names none.

        A legal text means itself, except in a sentence saying what it details
        ("… quy định chi tiết … Luật Tương trợ tư pháp … các Điều 16, 31"); a
        report or article means the document it cited just before.
        """
        if not self.normative:
            return self.antecedent(start, None) or self.ctx_ref
        if self.listed is not None and not self.history:
            return self.listed
        sentence = self.bounds.sentence_start(start)
        if self.bounds.details_between(sentence, start):
            ref = self.antecedent(start, None, since=sentence)
            if ref is not None:
                return ref
        return self.ctx_ref


def _is_heading(sc: _Scanner, levels: list[_Level], top: _Level) -> bool:
    """'Điều 2. Nguồn kinh phí' at a line start is an article heading, not a citation."""
    if len(levels) != 1 or top.level != "article" or len(top.labels) != 1:
        return False
    if not _BLANK.fullmatch(sc.text, sc.line_start(top.start), top.start):
        return False
    return _HEADING_AFTER.match(sc.f, top.end) is not None


