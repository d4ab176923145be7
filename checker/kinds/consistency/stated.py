"""Internal consistency — a stated quantity, read once per document, and the pairing of two statements of it.

Every internal-consistency check states the same thing twice and compares: a total and its parts, a count in the text
and the rows of a table, a size and what the size is tied to. This module holds the representation the families share
for one such quantity — ``Stated``: its value, what it counts (a set of kinds, folded), whether the value is exact,
the words and line it was read from — and the document's own count of its villages (thôn, tổ dân phố, bản, ấp …), the
quantity that the most statements of a commune's documents restate (``own_villages``): "Xã … gồm 09 thôn, tổ dân
phố", "…; hiện có 14 thôn và 6 tổ dân phố", "Toàn xã có 12 thôn". The family checks read it from here instead of each
reading its own shape of it.

Pure reading: paragraphs in (``ctx.doc.zone(...)``), statements out; nothing here decides a finding.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from checker.kinds import Context
from checker.ruledata import RULES_DIR, RuleError, read_yaml, str_list
from checker.text import normalize_tones
from kb.vntext import fold


@dataclass(frozen=True)
class Stated:
    """One statement of a quantity: ``value`` of ``what`` (folded kinds, "thon", "to dan pho"), read from
    ``para.text[start:end]``; ``exact`` is False for "khoảng", "trên", a range."""
    value: int
    what: frozenset
    para: object
    start: int
    end: int
    exact: bool = True
    shape: str = ""

    @property
    def line(self) -> int:
        return self.para.line_at(self.start)

    @property
    def quote(self) -> str:
        return self.para.text[self.start:self.end].strip(" ,;:.")


# -- the vocabulary, data in ``rules/internal_consistency.yaml`` (``stated:``) -----------------------------------------
#: The file that holds the vocabulary of stated quantities beside the rules that pair them.
VOCABULARY_FILE = RULES_DIR / "internal_consistency.yaml"


def phrase(words: str, comma: bool = True) -> str:
    """A pattern for a phrase as a user writes it, matched on folded text: the words folded, any run of spaces between
    them, a comma allowed between two words ("hội nghị cán bộ, công chức" and "hội nghị cán bộ công chức") unless
    ``comma`` is False."""
    return (r",?\s+" if comma else r"\s+").join(re.escape(w) for w in fold(words).replace(",", " ").split())


def alternatives(phrases, comma: bool = True) -> str:
    """One alternation of several phrases, the longest first (so "khi cần thiết" is read before "khi cần")."""
    return "|".join(phrase(w, comma) for w in sorted(phrases, key=lambda w: -len(w)))


@dataclass(frozen=True)
class PeriodicAct:
    """A periodic act of the vocabulary: ``pattern`` (folded) finds it; its examples — sentences that state its
    frequency (``states``: text, times a year, whom with) and sentences that state none (``states_none``)."""
    id: str
    label: str
    pattern: re.Pattern
    states: tuple = ()
    states_none: tuple = ()


@dataclass(frozen=True)
class Vocabulary:
    village_kinds: tuple          # folded kinds of village ("tdp" read as "to dan pho")
    per_year: dict                # folded unit → how many a year
    not_exact: re.Pattern         # a stated frequency that is a bound, an alternative, an amendment
    parties: re.Pattern           # whom a periodic act is held with ("voi <who>")
    acts: tuple                   # PeriodicAct, in the file's order
    each: tuple = ()              # folded words opening the unit a part is counted per ("moi", "tung")
    all: tuple = ()               # folded words after units that each take the count ("deu")
    spreads: tuple = ()           # examples: (label, units it spreads its count over)
    spreads_unknown: tuple = ()   # examples: labels that spread a count over units they do not count


def _need(cond: bool, path, problem: str, entry: str | None = None) -> None:
    if not cond:
        raise RuleError(path, problem, entry)


@lru_cache(maxsize=4)
def load_vocabulary(path: Path | str | None = None) -> Vocabulary:
    """The ``stated:`` section of ``rules/internal_consistency.yaml``, validated; ``RuleError`` names the file, the
    entry and the problem (in Vietnamese)."""
    path = Path(path) if path else VOCABULARY_FILE
    raw = read_yaml(path)
    voc = raw.get("stated") if isinstance(raw, dict) else None
    _need(isinstance(voc, dict), path, "thiếu mục 'stated' (từ vựng của các số liệu được nêu)")
    extra = set(voc) - {"village_kinds", "per_year", "frequency_not_exact", "parties", "periodic_acts", "distributive"}
    _need(not extra, path, f"'stated' có khóa không dùng: {', '.join(sorted(extra))}")
    kinds = tuple(dict.fromkeys(fold(k) for k in str_list(voc.get("village_kinds"), "stated.village_kinds", path)))
    per = voc.get("per_year")
    _need(isinstance(per, dict) and per and all(isinstance(v, (int, float)) and v > 0 for v in per.values()), path,
          "'stated.per_year' phải là bảng đơn vị → số lần trong năm (số dương)")
    per_year = {fold(str(k)): float(v) for k, v in per.items()}
    _need(all(" " not in k for k in per_year), path, "'stated.per_year': mỗi đơn vị là một từ (tuần, tháng, quý, năm)")
    bounds = str_list(voc.get("frequency_not_exact"), "stated.frequency_not_exact", path)
    parties = str_list(voc.get("parties"), "stated.parties", path)
    acts = []
    _need(isinstance(voc.get("periodic_acts"), list) and voc["periodic_acts"], path,
          "'stated.periodic_acts' phải là danh sách hoạt động định kỳ")
    for a in voc["periodic_acts"]:
        _need(isinstance(a, dict) and isinstance(a.get("id"), str) and a.get("label"), path,
              f"hoạt động định kỳ không hợp lệ: {a!r}")
        aid = a["id"]
        pats = str_list(a.get("patterns"), "patterns", path, aid)
        _need(all(len(x.replace(",", " ").split()) >= 2 for x in pats), path, "mỗi mẫu ít nhất hai từ", aid)
        ex = a.get("examples") or {}
        _need(isinstance(ex, dict) and set(ex) <= {"states", "states_none"} and ex.get("states"), path,
              "'examples' cần 'states' (câu nêu tần suất) và có thể có 'states_none'", aid)
        states = []
        for e in ex["states"]:
            _need(isinstance(e, dict) and isinstance(e.get("text"), str) and isinstance(e.get("per_year"), (int, float))
                  and set(e) <= {"text", "per_year", "with"}, path,
                  f"ví dụ 'states' cần 'text' và 'per_year' (và có thể 'with'): {e!r}", aid)
            states.append((e["text"], float(e["per_year"]), fold(e.get("with") or "")))
        none = str_list(ex.get("states_none", []), "states_none", path, aid, allow_empty=True)
        acts.append(PeriodicAct(fold(aid.replace("_", " ")), str(a["label"]),
                                re.compile(rf"(?<!\w)(?:{alternatives(pats)})(?!\w)"), tuple(states), none))
    _need(len({a.id for a in acts}) == len(acts), path, "mã hoạt động định kỳ trùng")
    dist = voc.get("distributive") or {}
    _need(isinstance(dist, dict) and set(dist) <= {"each", "all", "examples"}, path,
          "'stated.distributive' cần 'each', 'all' và có thể 'examples'")
    each = tuple(fold(w) for w in str_list(dist.get("each", []), "stated.distributive.each", path, allow_empty=True))
    every = tuple(fold(w) for w in str_list(dist.get("all", []), "stated.distributive.all", path, allow_empty=True))
    ex = dist.get("examples") or {}
    _need(isinstance(ex, dict) and set(ex) <= {"spreads", "unknown"}, path,
          "'stated.distributive.examples' cần 'spreads' (nhãn, số đơn vị) và 'unknown'")
    spreads = []
    for e in ex.get("spreads") or []:
        _need(isinstance(e, dict) and isinstance(e.get("text"), str) and isinstance(e.get("units"), int)
              and e["units"] >= 1 and set(e) == {"text", "units"}, path,
              f"ví dụ 'spreads' cần 'text' và 'units' (số nguyên dương): {e!r}")
        spreads.append((e["text"], e["units"]))
    unknown = str_list(ex.get("unknown", []), "stated.distributive.examples.unknown", path, allow_empty=True)
    return Vocabulary(kinds, per_year, re.compile(rf"(?<!\w)(?:{alternatives(bounds)})(?!\w)"),
                      re.compile(rf"(?<!\w)voi\s+(?P<who>{alternatives(parties)})(?!\w)"), tuple(acts),
                      each, every, tuple(spreads), tuple(unknown))


VOCABULARY = load_vocabulary()

#: A kind of village (folded).
UNIT_KINDS = alternatives(VOCABULARY.village_kinds, comma=False)


#: s27-ic (u79-d03 l.30): a part counted per unit over the units its label names — "quý I và quý II mỗi quý 5.000.000
#: đồng" (``stated.distributive`` in the vocabulary; folded, spelled numbers as digits).
_EACH = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, VOCABULARY.each)) or '(?!)'})\s+(?P<unit>[a-z]+)(?!\w)")
_ALL = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, VOCABULARY.all)) or '(?!)'})(?!\w)")
_NUMERAL = r"(?:[ivx]{1,4}|\d{1,2})"
_SMALL = {"hai": 2, "ba": 3, "bon": 4}  # a count spelled where the text reads no number ("hai quý đầu năm")
_LEAD_SKIP = {"cac", "nhung", "ca", "hai", "moi", "va", "cua"}


def distributed(label: str) -> int:
    """How many units a part's label spreads its count over: 1 when it spreads it over none ("hội trường"); the units
    named when it does ("quý I và quý II mỗi quý" → 2, "04 thôn vùng cao mỗi thôn" → 4, "xóm Trên và xóm Dưới đều"
    → 2); 0 when it spreads it over units it does not count ("các thôn còn lại mỗi thôn"): no exact part. ``label``
    is folded, with spelled numbers as digits."""
    w = re.sub(r"\s+", " ", label.strip(" ,;:-+"))
    m = _EACH.search(w)
    if m:
        unit, before = m.group("unit"), w[:m.start()].strip(" ,;:")
    else:
        m = _ALL.search(w)
        if not m:
            return 1
        before = w[:m.start()].strip(" ,;:")
        lead = [x for x in before.split() if x not in _LEAD_SKIP]
        if not lead:
            return 0
        unit = lead[0]
    if not before:
        return 0
    if m.re is _EACH and not re.search(rf"(?<!\w){re.escape(unit)}(?!\w)", before) \
            and not re.search(rf"(?<![\w.,])(?:\d{{1,3}}|hai|ba|bon)\s+", before):
        return 1  # folded "moi" is also "môi", "mới" ("ý kiến về môi trường"): a cue over no unit the label names
    c = re.search(rf"(?<![\w.,])(?P<n>\d{{1,3}}|hai|ba|bon)\s+{re.escape(unit)}(?!\w)", before)
    if c:
        return _SMALL.get(c.group("n")) or int(c.group("n"))
    named = re.findall(rf"(?<!\w){re.escape(unit)}\s+(?!va\b|moi\b)[a-z0-9]", before)
    if len(named) >= 2:
        return len(named)
    lst = re.search(rf"(?<!\w){re.escape(unit)}\s+{_NUMERAL}(?:\s*(?:,|va)\s*{_NUMERAL})+(?!\w)", before)
    if lst:
        return len(re.findall(rf"(?<!\w){_NUMERAL}(?!\w)", lst.group(0)[len(unit):]))
    return 0


#: A number spelled in words, the repeat of digits ("03 (ba) thành viên", "… đồng (Một trăm năm mươi triệu đồng)"):
#: its digits and scales (folded) and the same words as an accented text writes them. s29-ic (u84-09 l.8, u84-10
#: l.6): folded, "ông (bà)" reads "ba" (three) and "(nam)" five; only a word the accented text writes as a number
#: word is one ("bà", "nam", "sau", "tâm", "bay" are not).
SPELLED_DIGIT = {"khong": 0, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "nham": 5,
                 "sau": 6, "bay": 7, "tam": 8, "chin": 9}
SPELLED_SCALE = {"nghin": 1000, "ngan": 1000, "trieu": 10 ** 6, "ty": 10 ** 9, "ti": 10 ** 9}
NUMBER_WORDS = frozenset("không một mốt hai ba bốn tư năm lăm nhăm sáu bảy bẩy tám chín mười mươi trăm linh lẻ "
                         "nghìn ngàn triệu tỷ tỉ".split())


def spelled_amount(words: list[str], written: list[str] | None = None) -> tuple[int, int] | None:
    """(value, words used) of a number spelled in full from the first of ``words`` (folded, lower case), with its
    scales ("mot tram bon muoi trieu" → 140 000 000), or None when the first word spells no number. ``written``: the
    same words as an accented text writes them (None for a text typed without accents); a word it writes as no number
    word ends the number ("ông (bà)", "(Nam)": none)."""
    accented = written is not None and len(written) == len(words)
    total = group = cur = 0
    used = 0
    seen = False
    for k, w in enumerate(words):
        if accented and normalize_tones(written[k]).strip(".,;:") not in NUMBER_WORDS:
            break
        if w == "muoi" and seen:
            cur = (cur or 1) * 10
        elif w == "muoi":
            cur += 10
        elif w == "tram" and seen:
            group += (cur or 1) * 100
            cur = 0
        elif w in ("linh", "le") and seen:
            pass
        elif w in SPELLED_SCALE and seen:
            total += (group + cur or 1) * SPELLED_SCALE[w]
            group = cur = 0
        elif w in SPELLED_DIGIT and (w not in ("tu", "lam", "nham") or seen):
            cur += SPELLED_DIGIT[w]
        else:
            break
        seen = True
        used += 1
    return (total + group + cur, used) if seen else None


def unit_kind(word: str) -> str:
    """A kind of village as one word: "tổ dân phố" and its short form "TDP" alike (folded)."""
    w = re.sub(r"\s+", " ", word.strip().lower())
    return "to dan pho" if w == "tdp" else w


#: s19-ic (u67-08 l.18): the commune's own count of its villages — "Xã Vân Trạch …, gồm 09 thôn, tổ dân phố",
#: "Toàn xã có 12 thôn", "Phường có 07 tổ dân phố" — at the start of its sentence, the count closing its clause (folded).
#: s21-ic (u65-03 l.18): or the scope of the text over the commune — "Quy chế áp dụng trên địa bàn xã đảo Hòn Mây gồm 09
#: thôn", "Hương ước được thực hiện trong phạm vi phường … có 07 tổ dân phố".
UNITS_WHOLE = re.compile(r"^\s*(?:[-+•*]\s*|\d{1,2}[.)]\s*)?(?:(?:quy\s+che|huong\s+uoc|quy\s+uoc|quy\s+dinh|ke\s+hoach|van\s+ban)"
                         r"(?:\s+nay)?\s+(?:duoc\s+)?(?:ap\s+dung|thuc\s+hien|trien\s+khai)\s+(?:tren|tai|trong)\s+"
                         r"(?:(?:toan\s+)?dia\s+ban|pham\s+vi(?:\s+toan)?)\s+(?:cua\s+)?"
                         # s26-ic (u78-01 l.17): the commune's area as the subject — "…; địa bàn xã hiện có 12 thôn"
                         r"|(?:tren\s+)?(?:toan\s+)?dia\s+ban\s+(?:cua\s+)?)?(?:toan\s+)?(?P<lvl>xa|phuong|dac\s+khu)(?!\w)[^.;:]{0,90}?(?<!\w)(?:gom|co|bao\s+gom)"
                         r"\s+(?P<n>\d{1,3})\s+(?P<kind>thon|to\s+dan\s+pho|ban|ap|khu\s+pho|buon|lang|xom)(?!\w)"
                         r"(?P<both>\s*,\s*(?:thon|to\s+dan\s+pho|ban|ap|khu\s+pho))?(?=\s*(?:[,.;(]|$|va\s|voi\s))")
#: s25-ic (u75-02 l.16): the same count by kind, in a clause that tells the commune's present — "…; hiện có 14 thôn và
#: 6 tổ dân phố", "Xã … hiện có 14 thôn, 6 tổ dân phố": the villages are the kinds' sum (folded; the clause opens
#: with "hiện (nay) có" or "hiện nay, xã có", its subject told before it, or "Trên địa bàn xã hiện có …").
UNITS_BY_KIND = re.compile(rf"^\s*(?:[-+•*]\s*|\d{{1,2}}[.)]\s*)?(?:(?:(?:tren|trong)\s+(?:toan\s+)?(?:dia\s+ban|pham\s+vi)\s+(?:cua\s+)?)?(?:toan\s+)?(?:xa|phuong|dac\s+khu)(?!\w)[^.;:\d]{{0,60}}?\s+)?"
                           rf"hien(?:\s+nay)?\s*,?\s*(?:(?:xa|phuong)\s+)?co\s+(?P<n1>\d{{1,3}})\s+(?P<k1>{UNIT_KINDS})(?!\w)"
                           rf"\s*(?:,|va)\s*(?P<n2>\d{{1,3}})\s+(?P<k2>{UNIT_KINDS})(?!\w)\s*(?:[.;]|$)")
#: A sentence about another place or time: the former communes, a district, a province, before the merger.
#: s21-ic (u65-03 l.31): "cũ" (former) is read on the written text — folded, "cu" is also "cử" (appoints).
FORMER = re.compile(r"(?<!\w)cũ(?!\w)", re.I)
UNITS_ELSEWHERE = re.compile(r"(?<!\w)(?:truoc|sap\s+nhap|sap\s+xep|hop\s+nhat|huyen|tinh|toan\s+quoc|ca\s+nuoc|nam\s+20\d\d|"
                             r"giai\s+doan|cac\s+xa|moi\s+xa|xa\s+khac|phuong\s+khac|thi\s+tran|du\s+kien|se)(?!\w)")


#: s32-qt (unseen90 u90-03 l.9): the count in the clause after the commune's own sentence opened on its name — "Xã Ngọc
#: Lư được thành lập … trên cơ sở nhập …; có 17 thôn, tổ dân phố với 6.842 hộ": the "; có N thôn" goes on saying of the
#: commune that opens the paragraph (folded; the clause itself must name no other place or time).
UNITS_GO_ON = re.compile(r"^\s*(?:hien(?:\s+nay)?\s+)?(?:co|gom|bao\s+gom)\s+(?P<n>\d{1,3})\s+(?P<kind>thon|to\s+dan\s+pho|ban|ap|khu\s+pho|buon|lang|xom)(?!\w)"
                         r"(?P<both>\s*,\s*(?:thon|to\s+dan\s+pho|ban|ap|khu\s+pho))?(?!\s*(?:,|va)\s*\d)(?=\s*(?:[,.;(]|$|va\s|voi\s))")
#: the paragraph opens on the commune and runs to the clause with no full stop between: "Xã Ngọc Lư …;"
_OPENS_WITH_COMMUNE = re.compile(r"^\s*(?:[-+•*]\s*|\d{1,2}[.)]\s*)?(?:xa|phuong|dac\s+khu)\s+[^\W\d_](?:[^.]|\.(?=\d))*;\s*$")


def clauses(p) -> list[tuple[int, str]]:
    """The clauses of a paragraph's folded text, cut at ".", ";" and line ends (a "." between digits is a
    thousands separator): (offset, clause)."""
    return [(m.start(), m.group(0)) for m in re.finditer(r"(?:[^.;\n]|\.(?=\d))+", p.folded)]


_CACHE: dict[int, tuple[object, list[Stated]]] = {}


def own_villages(ctx: Context) -> list[Stated]:
    """Every statement of the commune's own count of its villages, in the order of the text. A clause about former
    communes, a district, another year or a plan to come states none. The callers pair only when every statement
    gives the same value (two different counts of the villages: which one is meant is not read)."""
    doc = ctx.doc
    got = _CACHE.get(id(doc))
    if got is not None and got[0] is doc:
        return got[1]
    out: list[Stated] = []
    for p in doc.zone("preamble", "body", "closing"):
        for off, s in clauses(p):
            m = UNITS_WHOLE.match(s)
            if m and UNITS_BY_KIND.match(s):
                m = None  # "Trên địa bàn xã hiện có 9 thôn và 4 tổ dân phố": the count by kind, not 9 alone
            if m:
                if UNITS_ELSEWHERE.search(s[:m.start("n")]) or FORMER.search(p.text[off:off + m.start("n")]):
                    continue
                kinds = {unit_kind(m.group("kind"))}
                if m.group("both"):
                    kinds.add(unit_kind(m.group("both").strip(" ,")))
                out.append(Stated(int(m.group("n")), frozenset(kinds), p, off + m.start("n"), off + m.end(), shape="whole"))
                continue
            m = UNITS_GO_ON.match(s)
            if m and _OPENS_WITH_COMMUNE.match(p.folded[:off]) and not UNITS_ELSEWHERE.search(s) \
                    and not FORMER.search(p.text[off:off + len(s)]):
                kinds = {unit_kind(m.group("kind"))}
                if m.group("both"):
                    kinds.add(unit_kind(m.group("both").strip(" ,")))
                out.append(Stated(int(m.group("n")), frozenset(kinds), p, off + m.start("n"), off + m.end(), shape="whole"))
                continue
            m = UNITS_BY_KIND.match(s)
            if m and not UNITS_ELSEWHERE.search(s) and not FORMER.search(p.text[off:off + len(s)]):
                k1, k2 = unit_kind(m.group("k1")), unit_kind(m.group("k2"))
                if k1 == k2:
                    continue
                out.append(Stated(int(m.group("n1")) + int(m.group("n2")), frozenset({k1, k2}), p, off + m.start("n1"),
                                  off + m.end("k2"), shape="by_kind"))
    if len(_CACHE) > 64:
        _CACHE.clear()
    _CACHE[id(doc)] = (doc, out)
    return out


def one_value(stated: list[Stated]) -> Stated | None:
    """The first statement when every statement gives the same value, else None (none, or two values)."""
    return stated[0] if stated and len({s.value for s in stated}) == 1 else None


#: s25-ic (u75-02 l.23): a size the text ties to the villages by the law's own relation (Law 10/2022 Art. 36.1: the Ban
#: Thanh tra nhân dân's members "tương ứng số lượng thôn, tổ dân phố … nhưng không ít hơn 05 người") and then counts —
#: "số thành viên tương ứng số thôn, tổ dân phố, tổng cộng 22 thành viên", "gồm 22 thành viên, tương ứng với số thôn,
#: tổ dân phố" (folded; the count in the same clause, before or after the tie).
TIED = re.compile(rf"(?<!\w)tuong\s+ung\s+(?:voi\s+)?(?:so\s+(?:luong\s+)?)?(?P<kinds>(?:{UNIT_KINDS})(?:\s*,\s*(?:{UNIT_KINDS}))*)(?!\w)")
_TIED_COUNT = re.compile(r"(?<![\w/.,])(?P<n>\d{1,3})(?![\d/,%]|\.\d)\s+(?P<noun>thanh\s+vien|nguoi|dai\s+dien|uy\s+vien)(?!\w)")
#: The count is no exact size: "khoảng", "tối đa", "không quá", "ít nhất", a range.
_INEXACT_BEFORE = re.compile(r"(?<!\w)(?:khoang|toi\s+da|toi\s+thieu|khong\s+qua|it\s+nhat|tren|duoi|gan|hon|tu|den|moi)\s*$")
#: The law's floor of a tied size: not fewer than 05 members (Law 10/2022 Art. 36.1).
TIED_FLOOR = 5


def tied_sizes(ctx: Context) -> list[tuple[Stated, frozenset]]:
    """Each count of members the text ties to its villages ("tương ứng số thôn, tổ dân phố") in the same clause, with
    the kinds of village it is tied to."""
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        for off, s in clauses(p):
            t = TIED.search(s)
            if not t or UNITS_ELSEWHERE.search(s) or FORMER.search(p.text[off:off + len(s)]):
                continue
            counts = [m for m in _TIED_COUNT.finditer(s) if not _INEXACT_BEFORE.search(s[max(0, m.start() - 14):m.start()])]
            if len(counts) != 1:
                continue  # none, or two sizes in the clause (a floor, another board): which one is tied is not read
            m = counts[0]
            kinds = frozenset(unit_kind(k) for k in re.split(r"\s*,\s*", t.group("kinds")))
            start = off + m.start()
            lead = re.search(r"(?:tong\s+cong|tong\s+so|gom|la|co)\s*:?\s*$", s[:m.start()])
            if lead:
                start = off + lead.start()
            out.append((Stated(int(m.group("n")), kinds, p, start, off + m.end(), shape="tied"), kinds))
    return out


#: A length: "dài 1,2 km", "dài 1.450 m", "chiều dài 850m" (folded).
LENGTH = re.compile(r"(?<!\w)(?:chieu\s+)?dai\s+(?:khoang\s+|tren\s+|gan\s+)?(?P<n>\d{1,3}(?:\.\d{3})*(?:,\d{1,3})?)\s*(?P<u>km|m)(?!\w)")
#: s25-ic (u69-13 l.15): a length the text ties to the whole of the route — "rãnh dọc hai bên tuyến dài 1.450 m mỗi bên,
#: bằng toàn bộ chiều dài tuyến", "… dài 900 m, bằng chiều dài toàn tuyến" (folded; the tied length right before the tie).
TIED_LENGTH = re.compile(r"(?P<len>dai\s+(?P<n>\d{1,3}(?:\.\d{3})*(?:,\d{1,3})?)\s*(?P<u>km|m)(?!\w))(?:\s+moi\s+ben)?\s*,?\s*"
                         r"(?:bang|dung\s+bang|tuong\s+ung(?:\s+voi)?)\s+(?:toan\s+bo\s+|ca\s+)?chieu\s+dai\s+(?:cua\s+)?"
                         r"(?:toan\s+)?(?:tuyen|duong|cong\s+trinh)(?!\w)")


def metres(n: str, unit: str) -> float:
    """A length in metres: "1,2" km → 1200, "1.450" m → 1450."""
    v = float(n.replace(".", "").replace(",", "."))
    return v * 1000 if unit == "km" else v


def tied_lengths(ctx: Context) -> list[tuple[Stated, Stated]]:
    """Each length the text ties to the route's whole length, with the route's length: the first length stated in the
    same paragraph before it that is not itself tied (the route's own: "mặt đường … dài 1,2 km"). Silent when the
    paragraph states no earlier length, or a length qualified as approximate."""
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = p.folded
        for t in TIED_LENGTH.finditer(f):
            whole = next((m for m in LENGTH.finditer(f, 0, t.start()) if m.start() < t.start("len")), None)
            if whole is None or re.search(r"(?:khoang|tren|gan)\s+$", f[whole.start():whole.start("n")]):
                continue
            w = Stated(round(metres(whole.group("n"), whole.group("u"))), frozenset({"m"}), p, whole.start(), whole.end(),
                       shape="length")
            s = Stated(round(metres(t.group("n"), t.group("u"))), frozenset({"m"}), p, t.start("len"), t.end(),
                       shape="tied")
            out.append((s, w))
    return out


# -- a frequency ---------------------------------------------------------------------------------------------------
#: How often a periodic act is held, as times a year: "06 tháng một lần", "mỗi năm một lần", "03 tháng/lần", "2 lần/năm",
#: "mỗi quý 01 lần" (folded; the number words are digits in ``Para.numbered``'s folded form; the units and the acts are
#: the vocabulary's).
_PER = VOCABULARY.per_year
_UNIT = "|".join(map(re.escape, _PER))
_ONE = r"(?:mot|01|1)"
FREQUENCY = re.compile(
    rf"(?<!\w)(?:(?P<k>\d{{1,2}})\s+(?P<u>{_UNIT})\s*(?:{_ONE}\s+lan|/\s*lan)"
    rf"|moi\s+(?P<u2>{_UNIT})\s+(?P<t2>{_ONE}|\d{{1,2}})\s+lan"
    rf"|(?P<t3>{_ONE}|\d{{1,2}})\s+lan\s*(?:/\s*|moi\s+|trong\s+(?:mot\s+)?|mot\s+)(?P<u3>{_UNIT}))(?!\w)")
#: A bound, not a frequency: "ít nhất 06 tháng một lần"; an alternative; an act held also when asked; a clause amending
#: or recalling a frequency (``frequency_not_exact`` of the vocabulary, folded).
_BOUND = VOCABULARY.not_exact
#: The periodic acts whose frequency a text states and may restate (``periodic_acts`` of the vocabulary): the folded
#: act name → its pattern.
PERIODIC_ACTS = {a.id: a.pattern for a in VOCABULARY.acts}
#: Whom the dialogue is with: "với người lao động", "với Nhân dân" (folded) — two dialogues with different parties
#: are two acts.
_WITH = VOCABULARY.parties


#: What may stand between the act and its frequency: the party, "(được) tổ chức", "định kỳ" — the act is the subject
#: held at that frequency ("đối thoại định kỳ với người lao động 06 tháng một lần", "hội nghị đối thoại định kỳ tổ chức
#: mỗi năm một lần") (folded).
_HELD_AT = re.compile(r"(?:\s+voi\s+[a-z]+(?:\s+[a-z]+){0,3}?)?(?:\s+(?:duoc\s+)?(?:to\s+chuc|dien\s+ra))?(?:\s+dinh\s+ky)?\s*,?\s*")


def _per_year(m) -> float | None:
    if m.group("u"):
        return _PER[m.group("u")] / int(m.group("k")) if int(m.group("k")) else None
    unit, times = (m.group("u2"), m.group("t2")) if m.group("u2") else (m.group("u3"), m.group("t3"))
    return _PER[unit] * (1 if not times[:1].isdigit() else int(times))


def frequencies(ctx: Context) -> list[tuple[str, str, Stated]]:
    """Each exact frequency of a periodic act in a clause that names that one act: (act, whom it is with, the
    frequency as times a year ×1000, rounded). A bound ("ít nhất"), an alternative, an act also held when asked, a clause
    naming two acts or two frequencies state none."""
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        for off, s in clauses(p):
            acts = [(a, x) for a, rx in PERIODIC_ACTS.items() for x in rx.finditer(s)]
            freqs = list(FREQUENCY.finditer(s))
            if len(acts) != 1 or len(freqs) != 1 or _BOUND.search(s):
                continue
            m = freqs[0]
            if acts[0][1].end() > m.start() or not _HELD_AT.fullmatch(s[acts[0][1].end():m.start()]):
                continue  # "Định kỳ 06 tháng một lần, Giám đốc … kiểm tra … nghị quyết hội nghị người lao động": the act
                # is named as an object, the frequency is another act's (s25-ic, unseen40 n04 l.26)
            acts = [acts[0][0]]
            v = _per_year(m)
            if v is None:
                continue
            w = _WITH.search(s)
            out.append((acts[0], " ".join(w.group("who").replace(",", " ").split()) if w else "",
                        Stated(round(v * 1000), frozenset({acts[0]}), p, off + m.start(), off + m.end(), shape="frequency")))
    return out


# -- those present of one side ---------------------------------------------------------------------------------------
#: s26-ic (u77-08 l.23): how many of one side of a meeting are present, stated where the side is listed and again where
#: it acts — "2. Bên người lao động: số thành viên đại diện … là 11 người; có mặt 06 người, vắng 05 người" and "Bên người
#: lao động (07 thành viên có mặt) đề nghị …" (folded). The side is "bên …" (Decree 145/2020 Art. 38.3: the two sides of
#: a dialogue at the workplace), read up to its colon, its parenthesis or "có mặt".
_SIDE = r"(?<!\w)ben\s+(?P<side>[a-z]+(?:\s+[a-z]+){0,5}?)"
_PRESENT_NOUN = r"(?:nguoi|thanh\s+vien|dai\s+dien|dai\s+bieu)"
#: "Bên X: … có mặt 06 người" — the side labels its line; one count of those present in the line.
SIDE_LABEL = re.compile(rf"^\s*(?:[-+•*]\s*|\d{{1,2}}[.)]\s*|[a-z][.)]\s*)?{_SIDE}\s*:")
PRESENT_IN_LINE = re.compile(rf"(?<!\w)co\s+mat\s*:?\s*(?P<n>\d{{1,3}})\s+{_PRESENT_NOUN}(?!\w)")
#: "Bên X (07 thành viên có mặt)", "bên X có mặt 07 người", "bên X có 07 người có mặt".
SIDE_PRESENT = re.compile(rf"{_SIDE}\s*(?:\(\s*(?P<n>\d{{1,3}})\s+{_PRESENT_NOUN}\s+(?:co\s+mat|du\s+hop|tham\s+du)\s*\)"
                          rf"|\s+co\s+mat\s*:?\s*(?P<n2>\d{{1,3}})\s+{_PRESENT_NOUN}(?!\w)"
                          rf"|\s+co\s+(?P<n3>\d{{1,3}})\s+{_PRESENT_NOUN}\s+co\s+mat(?!\w))")
#: A count of a later moment or of a part, not of the side at the meeting: after a break, at a second session, those
#: still there, late or leaving early, "tối đa", another meeting (folded).
_PRESENT_ELSEWHERE = re.compile(r"(?<!\w)(?:sau\s+(?:gio\s+)?giai\s+lao|sau\s+khi|phien|buoi|con\s+lai|con\s+\d|den\s+muon|ve\s+som|"
                                r"roi\s+(?:cuoc|hoi)|luc\s+\d|lan\s+(?:thu|\d)|dot|quy\s+[ivx\d]|cuoc\s+(?:doi\s+thoai|hop)\s+(?:truoc|lan)|"
                                r"toi\s+da|toi\s+thieu|it\s+nhat|khoang|tren\s+\d|du\s+kien|tong\s+so\s+cac)(?!\w)")


def present_counts(ctx: Context) -> list[tuple[str, Stated]]:
    """Each statement of how many of one side are present: (the side, folded; the count). A line or clause that speaks
    of a later moment, a bound or another meeting states none; a line that labels a side and states two counts of
    those present states none."""
    out = []
    for p in ctx.doc.zone("body", "closing"):
        f = p.folded
        lab = SIDE_LABEL.match(f)
        if lab:
            got = list(PRESENT_IN_LINE.finditer(f, lab.end()))
            if len(got) == 1 and not _PRESENT_ELSEWHERE.search(f):
                m = got[0]
                out.append((" ".join(lab.group("side").split()),
                            Stated(int(m.group("n")), frozenset({"present"}), p, m.start(), m.end(), shape="side_label")))
            continue
        for off, s in clauses(p):
            for m in SIDE_PRESENT.finditer(s):
                if _PRESENT_ELSEWHERE.search(s):
                    break
                n = m.group("n") or m.group("n2") or m.group("n3")
                a = m.start("n") if m.group("n") else m.end("side")
                end = m.end() - (1 if s[m.end() - 1] == ")" else 0)
                out.append((" ".join(m.group("side").split()),
                            Stated(int(n), frozenset({"present"}), p, off + a, off + end, shape="side")))
    return out


# -- the pairing -----------------------------------------------------------------------------------------------------
def disagreeing(statements) -> list[tuple[tuple, tuple]]:
    """The pairs of statements of one quantity that disagree: ``statements`` are (key, Stated, tag) in the order of the
    text — the key names the quantity (a periodic act, a side of a meeting), the tag what else the reader told of it
    (whom the act is with). For each key stated with exactly two values: (the first statement, the first that differs
    from it), each as (Stated, tag). A key with three values or more is left: which moment each tells is not read."""
    by_key: dict = {}
    for key, s, tag in statements:
        by_key.setdefault(key, []).append((s, tag))
    out = []
    for got in by_key.values():
        if len({s.value for s, _ in got}) != 2:
            continue
        first = got[0]
        out.append((first, next(x for x in got if x[0].value != first[0].value)))
    return out


#: s27-ic (u80-13 l.15): the document's whole of a counted noun, stated as the whole — "Tổng số ý kiến: 146 ý kiến",
#: "tổng số ý kiến nhận được là 146" (folded; a two-word noun, repeated after the count or not).
WHOLE_OF = re.compile(r"(?<!\w)tong\s+so\s+(?P<noun>[a-z]+\s+[a-z]+)(?:\s+(?:nhan\s+duoc|tiep\s+nhan|thu\s+duoc|da\s+nhan))?"
                      r"\s*(?::|la)?\s*(?P<n>\d{1,3}(?:\.\d{3})*)(?![\d/,%]|\.\d)(?:\s+(?P<again>[a-z]+\s+[a-z]+))?")
#: s27-ic (u80-13 l.22): the same whole shared out by a classification — "Phân loại: tiếp thu 98 ý kiến; giải trình 36 ý
#: kiến; 09 ý kiến thuộc thẩm quyền cấp tỉnh" (folded): each item one count of one noun.
CLASSIFIED = re.compile(r"(?<!\w)phan\s+loai(?:\s+[a-z]+){0,5}?\s*:\s*(?P<list>[^:]+)$")
_ITEM_COUNT = re.compile(r"(?<![\w/.,])(?P<n>\d{1,3}(?:\.\d{3})*)(?![\d/,%]|\.\d)\s+(?P<noun>[a-z]+\s+[a-z]+)")


def stated_wholes(ctx: Context) -> list[Stated]:
    """Each statement of a whole count ("Tổng số ý kiến: 146 ý kiến"): ``what`` is its noun (folded)."""
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        for off, s in clauses(p):
            for m in WHOLE_OF.finditer(s):
                if m.group("again") and m.group("again") != m.group("noun"):
                    continue
                out.append(Stated(int(m.group("n").replace(".", "")), frozenset({m.group("noun")}), p, off + m.start(),
                                  off + m.end(), shape="whole"))
    return out


def classified_sums(ctx: Context) -> list[tuple[Stated, list[str]]]:
    """Each classification of a whole ("Phân loại: tiếp thu 98 ý kiến; giải trình 36 ý kiến; 09 ý kiến …") as the sum of
    its items, with the counts as written: every item holds one count, all of one noun; none says "trong đó"."""
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        text = re.sub(r"\.\s*$", "", p.folded.rstrip())
        m = CLASSIFIED.search(text)
        if not m or re.search(r"(?<!\w)trong\s+do(?!\w)", m.group("list")):
            continue
        items = [x for x in re.split(r"\s*[;,]\s*", m.group("list")) if x.strip()]
        counts = [list(_ITEM_COUNT.finditer(x)) for x in items]
        if len(items) < 2 or any(len(c) != 1 or len(re.findall(r"\d+", x)) != 1 for c, x in zip(counts, items)):
            continue
        nouns = {c[0].group("noun") for c in counts}
        if len(nouns) != 1:
            continue
        total = sum(int(c[0].group("n").replace(".", "")) for c in counts)
        out.append((Stated(total, frozenset(nouns), p, m.start(), len(text), shape="classified"),
                    [c[0].group("n") for c in counts]))
    return out



# -- the workforce of the document's own employer ---------------------------------------------------------------------
#: s28-ic (u81-10 l.13/19, u81-06 l.16/22): how many people the employer the document speaks for employs, stated in one
#: place and again in another — "Công ty có 180 người lao động" … "tổng số lao động hiện nay 186 người"; "Quy chế áp
#: dụng đối với 96 người lao động …" … "Công ty có 112 người lao động làm việc phân tán …" (folded). The employer is
#: named bare ("Công ty", "Nhà trường", "Cơ quan", "Đơn vị", "Doanh nghiệp"): the document's own; a named one ("Công ty
#: TNHH An Phú có …") or a unit of it ("Xí nghiệp số 1 của Công ty có …") is another whole.
_STAFF = (r"(?P<noun>(?:can\s+bo\s*,?\s*)?(?:cong\s+chuc\s*,?\s*)?(?:vien\s+chuc\s*,?\s*)?(?:nguoi\s+)?lao\s+dong"
          r"|(?:can\s+bo\s*,?\s*)?(?:cong\s+chuc\s*,?\s*)?vien\s+chuc|can\s+bo\s*,?\s*cong\s+chuc)")
_STAFF_N = r"(?P<n>\d{1,3}(?:\.\d{3})*|\d{1,6})(?![\d/,%]|\.\d)"
#: What a count of the staff may not be followed by: a kind of worker (women, on contract), a place (a subset), a state.
_STAFF_SUBSET = r"(?!\s*,?\s*(?:nu|nam|tre|hop\s+dong|thoi\s+vu|tai|o|thuoc|tham|dang|duoc|truc|nghi|moi|tuyen|la|chua|da|khong|cua)(?!\w))"
STAFF_OWN = re.compile(rf"(?:^|(?<=[:,]\s)|(?<=\d[.)]\s)|(?<=dieu\s\d\.\s)|(?<=dieu\s\d\d\.\s))\s*(?:hien\s+nay\s*,?\s*)?"
                       rf"(?:cong\s+ty|doanh\s+nghiep|co\s+quan|don\s+vi|nha\s+truong|benh\s+vien)\s+(?:hien\s+(?:nay\s+)?)?"
                       rf"(?:co|gom)\s+(?:tong\s+(?:so\s+|cong\s+))?{_STAFF_N}\s+{_STAFF}(?!\w){_STAFF_SUBSET}")
STAFF_TOTAL = re.compile(rf"(?<!\w)tong\s+so\s+{_STAFF}(?:\s+(?:hien\s+nay|hien\s+co|cua\s+(?:cong\s+ty|co\s+quan|don\s+vi|nha\s+truong)))?"
                         rf"\s*(?::|la)?\s*{_STAFF_N}\s*(?:nguoi(?:\s+lao\s+dong)?|lao\s+dong)?\s*$")
STAFF_SCOPE = re.compile(rf"(?<!\w)(?:quy\s+che|noi\s+quy|quy\s+dinh)(?:\s+nay)?\s+(?:duoc\s+)?ap\s+dung\s+(?:doi\s+voi|cho)\s+"
                         rf"(?:toan\s+bo\s+|tat\s+ca\s+)?{_STAFF_N}\s+{_STAFF}(?!\w){_STAFF_SUBSET.replace('|tai|o|', '|')}")
#: A clause of another moment: a date or year, a plan, a change, an average (a bound before the count is not read:
#: the patterns take the count right after "có", "đối với", the colon).
_STAFF_ELSEWHERE = re.compile(r"(?<!\w)(?:nam\s+(?:19|20)\d\d|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/(?:19|20)\d\d|tinh\s+den|den\s+ngay|thoi\s+diem|"
                              r"truoc\s+day|truoc\s+khi|sau\s+khi|du\s+kien|se|tang|giam|nam\s+truoc|ky\s+truoc|binh\s+quan|trung\s+binh|"
                              r"sap\s+xep|sap\s+nhap)(?!\w)")


def _staff_key(noun: str) -> str:
    words = re.sub(r"[\s,]+", " ", noun).split()
    return "lao dong" if words in (["lao", "dong"], ["nguoi", "lao", "dong"]) else " ".join(words)


def own_staff(ctx: Context) -> list[tuple[str, Stated]]:
    """Each statement of the workforce of the document's own employer: (the kind of staff counted, folded — "lao động"
    for "người lao động"; the count). A clause of another date, a plan, a change or a bound states none."""
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        for off, s in clauses(p):
            if _STAFF_ELSEWHERE.search(s) or FORMER.search(p.text[off:off + len(s)]):
                continue
            for rx, shape in ((STAFF_OWN, "own"), (STAFF_TOTAL, "total"), (STAFF_SCOPE, "scope")):
                for m in rx.finditer(s):
                    # "tổng số lao động hiện nay 186 người": the noun before the count, quoted whole
                    a, b = (m.start(), m.end()) if shape == "total" else (m.start("n"), m.end("noun"))
                    out.append((_staff_key(m.group("noun")),
                                Stated(int(m.group("n").replace(".", "")), frozenset({"staff"}), p, off + a, off + b,
                                       shape=shape)))
    out.sort(key=lambda x: (x[1].line, x[1].start))
    return out
