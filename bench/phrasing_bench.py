"""Phrasing robustness: does each rule still read its own examples when they are rephrased?

For every rule's ``examples`` (rules/*.yaml) the bench writes systematic variants that keep
the meaning — numbers in words or with a spelled repeat, abbreviations both ways, old and new
tone placement, the sentence split over two lines, in a table row, in upper case, behind a
list mark, with extra spaces — and runs the rule ALONE on each variant, exactly as
tests/test_rule_examples.py runs the examples. Per variant family it reports the share of
``violates`` variants that still fire (recall) and the number of ``lawful`` variants that fire
(false findings; must be 0).

    python bench/phrasing_bench.py [--family F ...] [--rule CF-01 ...] [-v] [--json out.json]

No labelled set is read: the examples are the rules' own.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable

from kb.vntext import nfc

# ---------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------

_DIGIT_WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def spell(n: int) -> str:
    """0..999 in Vietnamese words: 5 → "năm", 15 → "mười lăm", 21 → "hai mươi mốt", 105 → "một trăm linh năm"."""
    if n < 10:
        return _DIGIT_WORDS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        head = "mười" if tens == 1 else f"{_DIGIT_WORDS[tens]} mươi"
        if unit == 0:
            return head
        if unit == 5:
            return f"{head} lăm"
        if unit == 1 and tens > 1:
            return f"{head} mốt"
        return f"{head} {_DIGIT_WORDS[unit]}"
    hundreds, rest = divmod(n, 100)
    head = f"{_DIGIT_WORDS[hundreds]} trăm"
    if rest == 0:
        return head
    if rest < 10:
        return f"{head} linh {_DIGIT_WORDS[rest]}"
    return f"{head} {spell(rest)}"


#: A count or a period the law sets: a number right before its unit (not a date, not an article number).
_UNITS = r"(?:ngày làm việc|ngày|giờ|tháng|năm|thành viên|người|hộ|Phó Trưởng ban|đại biểu|%|phần trăm)"
_NUMBER = re.compile(rf"(?<![\w/.,:])(\d{{1,3}})(?![\d/.,]\d)(\s*\((?:[^()]{{1,30}})\))?(?=\s*{_UNITS}(?!\w))")
_FRACTION = re.compile(r"(?<![\w/.,])(\d)\s*/\s*(\d)(?![\d/])")
_DATE_BEFORE = re.compile(r"(?:ngày|tháng|Điều|khoản|điểm|số|năm)\s*$", re.IGNORECASE)


def _numbers(text: str, make: Callable[[re.Match], str | None]) -> str:
    out, pos = [], 0
    for m in _NUMBER.finditer(text):
        if _DATE_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        if m.group(2) and m.group(2).strip(" ()").lower() != spell(int(m.group(1))):
            continue  # "03 (bốn) thành viên": the repeat disagrees — that is the defect; no variant keeps the meaning
        new = make(m)
        if new is None:
            continue
        out.append(text[pos:m.start()])
        out.append(new)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _capital_if_starts(text: str, start: int, word: str) -> str:
    at_start = start == 0 or re.search(r"(?:[.!?\n|]\s*|^\s*[-+]\s*)$", text[:start]) is not None
    return word[0].upper() + word[1:] if at_start else word


def num_words(text: str) -> str:
    """"05 ngày" → "năm ngày"; "2/3" → "hai phần ba"; "05 (năm) ngày" → "năm ngày"."""
    text = _numbers(text, lambda m: _capital_if_starts(text, m.start(), spell(int(m.group(1)))))
    text = re.sub(r"(\S+)\s*%", lambda m: m.group(0) if re.search(r"\d", m.group(1)) else f"{m.group(1)} phần trăm", text)

    def frac(m):
        if _DATE_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            return m.group(0)
        return f"{spell(int(m.group(1)))} phần {spell(int(m.group(2)))}"
    return _FRACTION.sub(frac, text)


def num_paren(text: str) -> str:
    """"05 ngày" → "05 (năm) ngày" (the spelled repeat of official texts)."""
    return _numbers(text, lambda m: None if m.group(2) or text[m.end():m.end() + 1] == "%"
                    else f"{m.group(1)} ({spell(int(m.group(1)))})")


def num_plain(text: str) -> str:
    """"05 ngày" → "5 ngày", "05 (năm) ngày" → "5 ngày" (no leading zero, no repeat)."""
    return _numbers(text, lambda m: str(int(m.group(1))))


def num_zero(text: str) -> str:
    """"5 ngày" → "05 ngày" (leading zero), repeat dropped."""
    return _numbers(text, lambda m: f"{int(m.group(1)):02d}")


# ---------------------------------------------------------------------------
# Names: full ↔ abbreviation
# ---------------------------------------------------------------------------

#: (full name, abbreviation); matched case-insensitively on whole words, first letter kept.
ABBREVIATIONS = [
    ("Ủy ban Mặt trận Tổ quốc Việt Nam", "UBMTTQVN"),
    ("Ủy ban Mặt trận Tổ quốc", "UBMTTQ"),
    ("Mặt trận Tổ quốc Việt Nam", "MTTQVN"),
    ("Mặt trận Tổ quốc", "MTTQ"),
    ("Ủy ban nhân dân", "UBND"),
    ("Hội đồng nhân dân", "HĐND"),
    ("Ban Thanh tra nhân dân", "Ban TTND"),
    ("Ban Giám sát đầu tư của cộng đồng", "Ban GSĐTCĐ"),
    ("Ban công tác Mặt trận", "Ban CTMT"),
    ("Ban Chấp hành Công đoàn", "BCH Công đoàn"),
    ("Ban chấp hành công đoàn", "BCH công đoàn"),
    ("tổ dân phố", "TDP"),
    ("Hội nghị người lao động", "HNNLĐ"),
    ("người lao động", "NLĐ"),
    ("người sử dụng lao động", "NSDLĐ"),
]


def _swap(text: str, pairs: list[tuple[str, str]]) -> str:
    for a, b in pairs:
        pat = re.compile(rf"(?<!\w){re.escape(a)}(?!\w)", re.IGNORECASE)
        text = pat.sub(b, text)
    return text


def _old_tones(s: str) -> str:
    return s.replace("Ủy", "Uỷ").replace("ủy", "uỷ")


def abbrev_short(text: str) -> str:
    """Full names → abbreviations ("Ủy ban nhân dân" → "UBND"); also the "Uỷ" spelling."""
    pairs = [(a, b) for a, b in ABBREVIATIONS] + [(_old_tones(a), b) for a, b in ABBREVIATIONS if "Ủy" in a]
    return _swap(text, sorted(pairs, key=lambda p: -len(p[0])))


def abbrev_long(text: str) -> str:
    """Abbreviations → full names ("UBND" → "Ủy ban nhân dân"), whole words, case kept."""
    out = text
    for a, b in sorted(ABBREVIATIONS, key=lambda p: -len(p[1])):
        out = re.sub(rf"(?<![\w/-]){re.escape(b)}(?!\w)", a, out)  # not in "Số: 21/QĐ-UBND"
    out = re.sub(r"(?<!\w)BTTND(?!\w)", "Ban Thanh tra nhân dân", out)
    out = re.sub(r"(?<!\w)UBMTTQ(?!\w)", "Ủy ban Mặt trận Tổ quốc", out)
    return out


# ---------------------------------------------------------------------------
# Tone placement, layout
# ---------------------------------------------------------------------------

_NEW_TO_OLD = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé", "ỏe": "oẻ",
               "õe": "oẽ", "ọe": "oẹ", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}


def _tone_sub(text: str, table: dict[str, str]) -> str:
    pat = re.compile("(" + "|".join(table) + r")(?!\w)", re.IGNORECASE)

    def one(m):
        s = m.group(0)
        new = table[s.lower()]
        if s.isupper():  # "THỦY SẢN" → "THUỶ SẢN", never the mixed "THUỷ" nobody types
            return new.upper()
        return new[0].upper() + new[1:] if s[0].isupper() else new
    return pat.sub(one, text)


def tone_old(text: str) -> str:
    """"Ủy ban", "hòa giải" → "Uỷ ban", "hoà giải"."""
    return _tone_sub(text, _NEW_TO_OLD)


def tone_new(text: str) -> str:
    """"Uỷ ban", "hoà giải" → "Ủy ban", "hòa giải"."""
    return _tone_sub(text, {v: k for k, v in _NEW_TO_OLD.items()})


def split_line(text: str, rng: random.Random) -> str:
    """One space (past the first quarter) becomes a line break, as a PDF's hard wrap."""
    if "\n" in text:
        return text
    spaces = [m.start() for m in re.finditer(r"(?<=\w) (?=\w)", text)]
    spaces = [i for i in spaces if len(text) // 4 <= i <= 3 * len(text) // 4] or spaces
    if not spaces:
        return text
    i = rng.choice(spaces)
    return text[:i] + "\n" + text[i + 1:]


def table_row(text: str) -> str:
    """Inside a table row: "| 1 | … |" (a one-paragraph example only)."""
    if "\n" in text:
        return text
    return "| 1 | " + " ".join(text.split("\n")).replace("|", "/") + " |"


def upper(text: str) -> str:
    """A heading-like sentence (one line, no more than 25 words) in capitals."""
    if "\n" in text or len(text.split()) > 25 or _LIST_MARK.match(text):
        return text
    return text.upper()


def dash(text: str) -> str:
    """A leading "- " (a one-paragraph example that has no list mark of its own)."""
    return text if "\n" in text or _LIST_MARK.match(text) else "- " + text


def letter(text: str) -> str:
    """A leading "a) " (a one-paragraph example that has no list mark of its own)."""
    return text if "\n" in text or _LIST_MARK.match(text) else "a) " + text


_LIST_MARK = re.compile(r"^\s*(?:[-+•]|[a-zđ]\)|\d+(?:\.\d+)*[.)]|[IVX]+\.|Điều\s+\d)", re.IGNORECASE)


def spaces(text: str) -> str:
    """Two spaces between words, and one before each comma."""
    return re.sub(r"(?<=\S) (?=\S)", "  ", text).replace(", ", " , ")


FAMILIES: dict[str, Callable[[str, random.Random], str]] = {
    "num_words": lambda t, r: num_words(t),
    "num_paren": lambda t, r: num_paren(t),
    "num_plain": lambda t, r: num_plain(t),
    "num_zero": lambda t, r: num_zero(t),
    "abbrev_short": lambda t, r: abbrev_short(t),
    "abbrev_long": lambda t, r: abbrev_long(t),
    "tone_old": lambda t, r: tone_old(t),
    "tone_new": lambda t, r: tone_new(t),
    "split_line": split_line,
    "table_row": lambda t, r: table_row(t),
    "upper": lambda t, r: upper(t),
    "dash": lambda t, r: dash(t),
    "letter": lambda t, r: letter(t),
    "spaces": lambda t, r: spaces(t),
}


@dataclass(frozen=True)
class Variant:
    rule: object
    index: int
    example: object
    family: str
    text: str


def variants(rules, families=None, seed: int = 10):
    """Every (rule, example, family) whose variant differs from the example, in a stable order."""
    fams = families or list(FAMILIES)
    for rule in rules:
        for i, ex in enumerate(rule.examples):
            original = nfc(ex.text)
            for fam in fams:
                rng = random.Random(f"{seed}:{rule.id}:{i}:{fam}")
                text = FAMILIES[fam](original, rng)
                if text != original:
                    yield Variant(rule, i, ex, fam, text)


def fires(v: Variant, store) -> bool:
    from checker import check_text
    from checker.model import EXAMPLE_AS_OF
    from checker.rules import example_type

    report = check_text(v.text, store, doc_type=example_type(v.rule, v.example),
                        as_of=v.example.as_of or EXAMPLE_AS_OF, source_name=f"{v.rule.id} biến thể {v.family}",
                        rules=[v.rule])
    return any(f.rule == v.rule.id for f in report.findings)


def original_fires(rule, ex, store) -> bool:
    return fires(Variant(rule, 0, ex, "original", nfc(ex.text)), store)


def run(store, rules, families=None):
    """{family: {"violates": [n, fired], "lawful": [n, fired]}} and the list of failures."""
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: {"violates": [0, 0], "lawful": [0, 0]})
    failures = []
    for v in variants(rules, families):
        kind = "violates" if v.example.violates else "lawful"
        hit = fires(v, store)
        table[v.family][kind][0] += 1
        table[v.family][kind][1] += hit
        if hit != v.example.violates:
            failures.append(v)
    return dict(table), failures


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--family", action="append", choices=list(FAMILIES))
    ap.add_argument("--rule", action="append", help="rule id (repeatable)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every variant that fails")
    ap.add_argument("--json", help="write the table and failures to this file")
    args = ap.parse_args(argv)

    from checker.rules import catalogue
    from kb.store import Store

    rules = [r for r in catalogue() if not args.rule or r.id in args.rule]
    t0 = time.time()
    with Store(os.environ["DCCS_KB"]) as store:
        table, failures = run(store, rules, args.family)
    dt = time.time() - t0
    print(f"{'family':<14}{'violates fired':>18}{'share':>8}{'lawful fired':>15}")
    tot = [0, 0, 0, 0]
    for fam in FAMILIES:
        if fam not in table:
            continue
        (vn, vf), (ln, lf) = table[fam]["violates"], table[fam]["lawful"]
        tot = [tot[0] + vn, tot[1] + vf, tot[2] + ln, tot[3] + lf]
        share = f"{vf / vn:.3f}" if vn else "-"
        print(f"{fam:<14}{f'{vf}/{vn}':>18}{share:>8}{f'{lf}/{ln}':>15}")
    share = f"{tot[1] / tot[0]:.3f}" if tot[0] else "-"
    print(f"{'ALL':<14}{f'{tot[1]}/{tot[0]}':>18}{share:>8}{f'{tot[3]}/{tot[2]}':>15}")
    print(f"({len(rules)} rules, {dt:.0f} s)")
    if args.verbose:
        for v in failures:
            what = "MISS" if v.example.violates else "FALSE"
            print(f"{what} {v.rule.id} [{v.family}] {v.text[:220]!r}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"table": table, "failures": [
                {"rule": v.rule.id, "index": v.index, "family": v.family, "violates": v.example.violates,
                 "text": v.text} for v in failures]}, fh, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
