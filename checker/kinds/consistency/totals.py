"""Internal consistency — totals, breakdowns, shares, percentages, rates, products and changes.

1. ``totals``: a total and its listed parts — "41 thành viên (01 Trưởng ban, 01
   Phó Trưởng ban và 38 ủy viên)" — or a ratio and its percentage — "23/31
   doanh nghiệp (đạt 74%)". A parenthesis counts as a breakdown only when every
   part starts with a number (not "trong đó", "giảm từ … xuống …").

8. ``absent_count``, ``rest_parts``, ``rate_base``, ``vote_totals``, ``listed_parts`` (IC-72..IC-76): the absent
   against the whole less the present; parts that end with the rest ("còn 2 đơn"); a rate of a named base the
   document states once ("Tỷ lệ trên số đại biểu có mặt"); a hand vote's three counts against those present; a
   count with "gồm:" and its parts one per list line, or parts then "tổng cộng".

9. ``ballots``, ``present_share``, ``money_share``, ``base_row_percents``, ``fund_balance``, ``candidate_votes``
   (IC-78..IC-83): ballots issued, returned, valid and invalid; the share of those present; an amount's share of the
   investment stated elsewhere; a table's rates against its 100% row; a fund's closing balance; a one-seat
   election's votes against the valid ballots.

Numbers are read in Vietnamese notation (1.846 hộ; 91,4%). Rounding tolerance of
a percentage: one unit of its last written digit (74% ± 1; 91,4% ± 0,1), so a
percentage truncated instead of rounded is not reported.
"""
from __future__ import annotations

import re

from checker.kinds import Context, finding
from checker.kinds.consistency.common import (
    _aligned, BULLET, _BULLET_ITEM, COMPARED, covers, _decimal, _ev, first_per_line, _FOR, _labelled_number, _money, NOT_ADDED,
    _num, NUMBER, NUMBER_LABEL, _PART_OF_PART, PERCENT_CELL, pipe_tables, _PLACE, RATE_COLUMN, _rule_cells, _SCALE,
    _style, _tolerance, TOTAL_ROW, TOTAL_ROW_NAMED, _vn_int, _vn_pct, VOTE_OPTION,
)
from checker.kinds.consistency.stated import UNIT_KINDS, classified_sums, distributed, stated_wholes
from checker.model import Evidence, Finding, Rule
from checker.tables import cells as row_cells
from checker.text import digits_for_words, fold_keep_length
from kb.vntext import fold


TOTAL = re.compile(rf"(?<![\d/.,])(?P<total>{NUMBER})\s+(?P<noun>[^\d()%;:]{{1,90}}?)\s*\((?P<inner>[^()]{{3,400}})\)")
#: "79/112 hộ tán thành (70,5%)": a ratio and its percentage; another ratio between them ("87/112 hộ dự;
#: 79/112 … (70,5%)") owns the percentage.
RATIO = re.compile(rf"(?<![\d/.,])(?P<a>{NUMBER})\s*/\s*(?P<b>{NUMBER})(?![\d/,])(?:(?!\d\s*/\s*\d)[^()]){{0,90}}?\(\s*(?:đạt|chiếm|bằng|tỷ lệ|tỉ lệ|dat|chiem|bang|ty le|ti le)?\s*(?P<p>\d{{1,3}}(?:[.,]\d+)?)\s*%\s*\)")
#: "2.874/3.312 hộ tham dự, đạt 89,5%": a ratio with thousands and its percentage after a comma and a verb
#: (folded text; no other number in between).
RATIO_VERB = re.compile(rf"(?<![\w/.,])(?P<a>{NUMBER})\s*/\s*(?P<b>{NUMBER})(?![\d/,])[^()\d%;]{{0,90}}?,\s*"
                        r"(?:(?:dat|chiem|bang)\s+(?:ty\s+le\s+|ti\s+le\s+)?|ty\s+le\s+|ti\s+le\s+)(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%")
#: "đạt 87,7% (1.846/2.104 hộ)": the percentage first, its ratio after it in parentheses.
RATIO_FIRST = re.compile(rf"(?<![\w/.,])(?P<p>\d{{1,3}}(?:,\d{{1,2}})?)\s*%\s*\(\s*(?P<a>{NUMBER})(?:\s+[^\W\d_]+)?\s*/\s*"
                         rf"(?P<b>{NUMBER})(?![\d/,])")
#: s18-ic (s45 n04 l.20): "121/187 đại diện hộ tán thành (đạt 67,4% tổng số hộ)": the share names its base after the "%"
#: inside the bracket; read when that base is the ratio's own unit (folded text).
RATIO_NAMED = re.compile(rf"(?<![\w/.,])(?P<a>{NUMBER})\s*/\s*(?P<b>{NUMBER})(?![\d/,])[^()\d%;]{{1,60}}?\(\s*(?:dat|chiem|bang)?\s*"
                         r"(?:ty\s+le\s+|ti\s+le\s+)?(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%\s*(?:so\s+voi\s+|tren\s+|cua\s+)?tong\s+so\s+"
                         r"(?P<base>[a-z]+(?:\s+[a-z]+){0,3}?)\s*\)")
#: s39-pr (lawful23 l23-27 L25): "Có 11/14 thôn tán thành với tỷ lệ từ hai phần ba tổng số hộ trong thôn trở lên (78,6%)" —
#: a fraction after "từ", "ít nhất", "trên" … is the bound the count is measured against (the key writes "hai phần ba"
#: as "2/3"), not a ratio of counts: the percentage after it is the counts' own (11/14), not the bound's (folded text).
_THRESHOLD_BEFORE = re.compile(r"(?<!\w)(?:tu|it\s+nhat|toi\s+thieu|tren|qua|hon|duoi|khong\s+duoi|khong\s+it\s+hon)\s*$")


def _threshold_fraction(folded: str, start: int) -> bool:
    """Does the ratio starting at ``start`` stand as a bound — a fraction after "từ", "ít nhất", "trên" …?"""
    return bool(_THRESHOLD_BEFORE.search(folded, max(0, start - 24), start))


_COUNT_RATIO = re.compile(rf"(?<![\d/.,])(?P<a>{NUMBER})\s*/\s*(?P<b>{NUMBER})(?![\d/,])")


def _counts_before_bound(text: str, start: int) -> tuple[int, int] | None:
    """The ratio of counts stated before a bound in the same clause ("Có 11/14 thôn … từ 2/3 …": 11, 14), else None."""
    clause = max(text.rfind(";", 0, start), text.rfind(". ", 0, start), text.rfind(":", 0, start)) + 1
    folded = fold_keep_length(text).lower()
    found = [m for m in _COUNT_RATIO.finditer(text, clause, start) if not _threshold_fraction(folded, m.start("a"))]
    return (_num(found[-1].group("a")), _num(found[-1].group("b"))) if found else None


_GENERIC_UNIT_WORDS = {"so", "dai", "dien", "gia", "dinh", "tong", "cua", "trong", "tan", "thanh", "dong", "y", "dat"}
#: s23-ic (lw10-14 l.19): "trong thời hạn 15 ngày (nhanh nhất 6 ngày, chậm nhất 14 ngày)" — the extremes or the
#: average of a set are no parts of its total (folded text; "nhất trí" is a vote, not an extreme).
#: s23-pr (lawful10 lw10-14 L19): likewise "(thấp nhất 62%, cao nhất 91%)", "(bình quân 8 hộ)" describe the values.
EXTREMES = (r"(?:nhanh|cham|cao|thap|nhieu|it|lon|nho|som|muon|dai|ngan|tre|gia|dong|lau)\s+nhat|toi\s+da|toi\s+thieu|"
            r"trung\s+binh|binh\s+quan")
EXTREMES_RE = re.compile(rf"(?<!\w)(?:{EXTREMES})(?!\w)")
NOT_BREAKDOWN = re.compile(r"(?<!\w)(trong do|giam|tang|tu \d|xuong|dat|chiem|ty le|ti le|bang|khoang|tren|duoi|gan|"
                           + EXTREMES + r")(?!\w)")
#: "gồm 07 thành viên: 01 Trưởng ban, 01 Phó Trưởng ban và 04 Ủy viên" (the breakdown after a colon).
TOTAL_COLON = re.compile(rf"(?<![\d/.,])(?P<total>{NUMBER})\s+(?P<noun>thành viên|thanh vien|người|nguoi|đại biểu|dai bieu)"
                         r"\s*:\s*(?P<inner>\d[^.:()]{3,300})")
PART_SPLIT = re.compile(r"\s*(?:;|,|\s+va\s+|\s+và\s+)\s*")


#: A total followed by its breakdown: "31 cuộc họp …, trong đó: 15 cuộc …; 11 cuộc …", "312 người lao động,
#: trong đó 198 lao động nam và 104 lao động nữ", "tổng cộng 22 cuộc họp, gồm 11 thôn họp 01 cuộc và 05 thôn
#: họp 02 cuộc". Matched on the folded text; "trong đó" may list only some parts, "gồm"/"cụ thể" lists all.
#: "612 hộ gia đình của 04 thôn: Cầm Thượng 187 hộ, …": a colon before named parts (not a digit — "07 thành
#: viên: 01 Trưởng ban …" is TOTAL_COLON's), the total's noun phrase may say whose units it counts.
BREAKDOWN = re.compile(rf"(?<![\w/.,])(?P<total>{NUMBER})(?:/(?P<of>{NUMBER}))?(?![\d/,])\s+(?P<noun>[^\W\d_]+)"
                       r"(?P<mid>[^.;:()%\d]{0,120}?(?:\s+cua\s+\d{1,3}\s+[^\W\d_]+(?:\s+dan\s+pho)?)?)"
                       r"(?:(?:\s*[,:;]\s*|\s+)(?P<cue>trong\s+do|bao\s+gom|gom\s+co|gom|cu\s+the\s+(?:nhu\s+sau\s*)?)\s*:?\s*"
                       r"(?:(?<=trong\sdo\s)co\s+(?=\d))?"  # "7 công trình; trong đó có 3 công trình …"
                       r"|\s*(?P<paren>\()|\s*(?P<colon>:)\s*(?=[^\W\d_]))")
#: The end of the breakdown: a full stop that is not a thousands separator, or the paragraph's end.
SENTENCE_END = re.compile(r"\.(?!\d)|$")
#: A part of a breakdown: its count, its noun, and a second count of the total's noun ("11 thôn họp 01 cuộc").
PART = re.compile(rf"^(?P<n>{NUMBER})(?![\d/,])\s+(?P<words>[^\W\d_][^\d]*?)\s*(?:(?P<k>{NUMBER})(?![\d/,])\s+(?P<unit>[^\W\d_]+)"
                  r"(?:\s+[^\W\d_]+)*)?\s*$")
#: A labelled part: "thôn dưới 200 hộ: 12 cuộc", "nam 98 người", "nữ: 64".
LABELLED = re.compile(rf"^(?P<label>[^\d:]{{1,60}}?(?:\d[^:]{{0,40}}?)?\s*:|[^\W\d_]+(?:\s+[^\W\d_]+){{0,4}})\s*(?P<n>{NUMBER})(?![\d/,])"
                      r"(?:\s+(?P<unit>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}))?\s*$")
PART_WORDS_SKIP = {"co", "la", "cua", "thuoc", "tai", "o", "va", "so"}
#: Nouns that count people: a part may name a role instead ("05 thành viên gồm: 01 Trưởng ban, …").
PERSON_NOUNS = {"thanh", "nguoi", "dai", "dong", "can", "cong", "vien", "to", "uy"}


#: A digitless segment that is an uncounted part of its own, not a second name of the part before it: "các tổ dân
#: phố", "một số hộ", "còn lại" (folded).
_NOT_A_KIND = re.compile(r"(?<!\w)(?:cac|nhung|mot|so|con|lai|khac|va|hoac|trong|do|deu|chua|da|khong)(?!\w)")


def _breakdown_parts(inner: str, head: str, total_words: set[str]) -> tuple[list[tuple[int, int, str]], bool, int]:
    """(count, multiplier, folded words) of each leading part of a breakdown ([] when it is not one), and
    whether the listing is clean: it did not stop at a count of something else ("…: 7 đợt"), which may
    be a part the total includes under another unit; and where the last part read ends in ``inner``.

    Parts are separated by ";" when there is one, else by "," and "và"; the breakdown stops at the first
    segment without a count. A part belongs to the total when it repeats a word of the total's noun
    phrase ("198 lao động nam" of "312 người lao động"), counts the total's noun ("… 01 cuộc",
    "thôn dưới 200 hộ: 12 cuộc"), or names a role when the total counts people ("01 Trưởng ban").
    """
    if ";" in inner:
        before = inner[:inner.index(";")]
        items = re.split(r"\s*,\s*|\s+va\s+", before.strip())
        def _headed(x: str) -> bool:
            pm = PART.match(x.strip(" -+"))
            if pm and pm.group("words").split()[:1] == [head]:
                return True
            lm = LABELLED.match(x.strip(" -+"))  # "xóm Trên 64 hộ": a named part then its count in the total's noun
            return bool(lm) and (lm.group("unit") or "").split()[:1] == [head]
        if len(items) >= 2 and all(_headed(x) for x in items):
            # "30 hộ mức 5.000.000 đồng, 18 hộ mức 3.000.000 đồng; tổng cộng …", "gồm xóm Trên 64 hộ, xóm Giữa 58 hộ
            # và xóm Dưới 71 hộ; cuộc họp …": the parts end at ";"
            inner = before
    sep = re.compile(r"\s*;\s*" if ";" in inner else r"\s*,\s*|\s+va\s+")
    bounds, pos = [], 0
    for x in sep.finditer(inner):
        bounds.append((pos, x.start()))
        pos = x.end()
    bounds.append((pos, len(inner)))
    people = head in PERSON_NOUNS
    out, last = [], 0
    joined: set[int] = set()  # a part read with the label words before its "và" (below)
    for i, (a, b) in enumerate(bounds):
        if i in joined:
            continue
        seg = inner[a:b].strip(" -+")
        if (out and ";" not in inner and not re.search(r"\d", seg) and re.match(rf"(?:{UNIT_KINDS})(?!\w)", seg)
                and re.match(rf"(?:{UNIT_KINDS})(?!\w)", out[-1][2]) and last == bounds[i - 1][1]
                and inner[bounds[i - 1][1]:a].strip() == ","):
            # s25-ic (u75-11 l.16): "17 thôn, tổ dân phố họp toàn thể": a second kind of village named after a comma,
            # then what the part does — the part's words go on
            out[-1] = (out[-1][0], out[-1][1], f"{out[-1][2]} {seg}")
            last = b
            continue
        if out and ";" not in inner and not re.search(r"\d", seg) and out[-1][2].split()[:1] == [head]:
            after = next((inner[a2:b2].strip(" -+") for a2, b2 in bounds[i + 1:]
                          if re.search(r"\d", inner[a2:b2])), "")
            nxt = PART.match(after)
            if nxt and nxt.group("words").split()[:1] == [head]:
                # "21 cuộc họp về hương ước, quy ước, 06 cuộc họp …": a comma inside a part — its words go on the part's
                # label (s28-ic, u81-04 l.32: "85 đại biểu do các Xí nghiệp, phòng bầu": who elects is in the label)
                out[-1] = (out[-1][0], out[-1][1], f"{out[-1][2]} {seg}")
                last = b
                continue
        if out and ";" not in inner and not re.search(r"\d", seg) and out[-1][2].split()[-1:] == [head]:
            nxt = next((inner[a2:b2].strip(" -+") for a2, b2 in bounds[i + 1:] if re.search(r"\d", inner[a2:b2])), "")
            if _head_labelled(nxt, head, total_words):
                continue  # "họp bàn hương ước, quy ước 9 cuộc": a comma inside a labelled part
        if (out and ";" not in inner and last == bounds[i - 1][1] and inner[bounds[i - 1][1]:a].strip() == ","
                and re.fullmatch(r"[a-z]+(?:\s+[a-z]+){0,2}", seg) and not _NOT_A_KIND.search(seg)
                and PART.match(next((inner[a2:b2].strip(" -+") for a2, b2 in bounds[i + 1:] if re.search(r"\d", inner[a2:b2])), ""))):
            # s19-ic2 (u64-10): "34 thôn, bản và 9 tổ dân phố": a second name of the part's kind after a comma; s28-ic
            # (u81-04 l.32): "85 đại biểu do các Xí nghiệp, phòng bầu và 30 đại biểu đương nhiên" — the words go on the
            # part's label (what divides the whole: elected, ex officio)
            out[-1] = (out[-1][0], out[-1][1], f"{out[-1][2]} {seg}")
            continue
        if COMPARED.search(_period_label_years_blanked(seg)) or re.match(r"\d+\s*(?:den|toi|-|–|hoac)\s*\d", seg):
            return [], False, 0  # a comparison, or a range "02 đến 03 xe": no exact sum
        seg = _period_label_named(seg)
        m = PART.match(seg)
        if m:
            words = m.group("words").split()
            related = bool(words) and words[0] not in PART_WORDS_SKIP and (people or bool(set(words[:3]) & total_words))
            if m.group("k") and m.group("unit") == head:
                out.append((_num(m.group("n")), _num(m.group("k")), " ".join(words)))
            elif m.group("k") and not (words and words[0] == head):
                return out, False, last  # a second number of something else: not a simple count
            elif related:  # "11 thôn dưới 200 hộ" of "16 thôn": the second number qualifies the part
                out.append((_num(m.group("n")), 1, " ".join(words)))
            else:
                return out, False, last
            last = b
            continue
        m = LABELLED.match(seg)
        unit = (m.group("unit") or "").split() if m else []
        if m and (m.group("label").endswith(":") or unit) and (
                not unit or unit[0] == head or set(unit) & total_words or (people and unit[0] in PERSON_NOUNS)):
            out.append((_num(m.group("n")), 1, " ".join([m.group("label").rstrip(":"), *unit])))
            last = b
            continue
        lm = _head_labelled(seg, head, total_words)
        if lm:  # "họp bàn xây dựng đường giao thông nông thôn 23 cuộc": a long label, the total's own noun
            out.append((_num(lm.group("n")), 1, " ".join([lm.group("label"), lm.group("unit")])))
            last = b
            continue
        if (out or i == 0) and ";" not in inner and not re.search(r"\d", seg) and i + 1 < len(bounds) \
                and re.fullmatch(r"\s+va\s+", inner[b:bounds[i + 1][0]]):
            nxt = inner[bounds[i + 1][0]:bounds[i + 1][1]].strip(" -+")
            jm = re.fullmatch(rf"(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+){{0,11}})\s+(?P<n>{NUMBER})(?![\d/,])\s+"
                              rf"{re.escape(head)}(?:\s+[^\W\d_]+)?", nxt)
            if jm:
                out.append((_num(jm.group("n")), 1, " ".join([seg, jm.group("label"), head])))
                last = bounds[i + 1][1]
                joined.add(i + 1)
                continue  # s21-pr (u65-10 L24): "…, hỗ trợ Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng
                # 28 triệu đồng": a part whose label joins two names by "và" — read on, not a stop that ends the list
        return out, not re.search(r"\d", seg), last
    return out, True, last


#: s18-ic (u57-11 l.22): a part labelled by a sub-period before its colon — "Ban nhiệm kỳ 2023-2025 trong quý I: 03
#: cuộc", "đợt 2 (tháng 5/2025): 04 cuộc" — names a share of the period the total covers; its years name, not compare.
_PERIOD_LABEL = re.compile(r"^(?P<label>[^:]*?(?<!\w)(?:quy\s+(?:i{1,3}|iv|[1-4])|thang\s+\d{1,2}|dot\s+\d{1,2}|hoc\s+ky|"
                           r"nhiem\s+ky|(?:6|06|sau)\s+thang\s+(?:dau|cuoi))(?!\w)[^:]*):\s*\d")
_PERIOD_COMPARE = re.compile(r"(?<!\w)(?:cung\s+ky|ke\s+hoach|chi\s+tieu|so\s+voi|tang|giam|nam\s+truoc|ky\s+truoc|truoc)(?!\w)")


def _period_label_years_blanked(seg: str) -> str:
    m = _PERIOD_LABEL.match(seg)
    if not m or _PERIOD_COMPARE.search(seg):
        return seg
    label = re.sub(r"(?:19|20)\d\d", lambda x: " " * len(x.group(0)), m.group("label"))
    return label + seg[m.end("label"):]


def _period_label_named(seg: str) -> str:
    """A sub-period's label read as a name ("6 tháng đầu năm 2025: 05 cuộc" → "ky: 05 cuộc"): its own numbers are no
    count of the part."""
    m = _PERIOD_LABEL.match(seg)
    if not m or _PERIOD_COMPARE.search(seg) or not re.search(r"\d", m.group("label")):
        return seg
    return "ky" + seg[m.end("label"):]


#: A part in parentheses named by a few words before its bare count: "kho Bắc Cửa 148", "đội xe 74" (folded).
BARE_LABELLED = re.compile(rf"^(?P<label>[a-z]+(?:\s+[a-z]+){{0,4}})\s+(?P<n>{NUMBER})$")
BARE_LABELLED_LONG = re.compile(rf"^(?P<label>[a-z]+(?:\s+[a-z]+){{0,7}})\s+(?P<n>{NUMBER})$")


#: A label whose last words bound or compare its count ("trên 27", "khoảng 14"); "phát trên truyền thanh 9" is a channel.
_ENDS_NOT_BREAKDOWN = re.compile(NOT_BREAKDOWN.pattern + r"\s*$")


def _spread(parts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """s27-ic (u79-d03 l.30): each part whose label spreads its count over several units it names ("quý I và quý II
    mỗi quý 5.000.000 đồng") counts that many times (``stated.distributed``); [] when a label spreads it over units it
    does not count ("các thôn còn lại mỗi thôn 02 buổi")."""
    out = []
    for n, k, w in parts:
        d = distributed(w) if k == 1 else 1
        if not d:
            return []
        out.append((n, k * d, w))
    return out


def _bare_labelled(inner: str, words: int = 5) -> list[tuple[int, int, str]]:
    """The parts of a parenthesis right after a total when every item is a name and a bare count ("kho Bắc Cửa 148,
    đội xe 74, văn phòng 48"), else []. A name ending in a word that numbers ("khoản 3", "năm 2024", "số 7") or
    opening with a comparison ("tăng 20") is no part."""
    items = [x.strip(" -+") for x in re.split(r"\s*;\s*" if ";" in inner else r"\s*,\s*|\s+va\s+", inner.strip())]
    out = []
    for x in items:
        m = (BARE_LABELLED if words <= 5 else BARE_LABELLED_LONG).match(x)
        if not m or NUMBER_LABEL.search(re.sub(r"van\s+phong$", "van", m.group("label"))) or COMPARED.search(x) \
                or (NOT_BREAKDOWN.search(m.group("label")) if words <= 5 else _ENDS_NOT_BREAKDOWN.search(m.group("label"))) \
                or m.group("label").split()[0] in PART_WORDS_SKIP:
            return []
        out.append((_num(m.group("n")), 1, m.group("label")))
    return _spread(out) if len(out) >= 2 else []


#: A part labelled by up to twelve words and counted in the total's own noun ("họp bàn mức đóng góp quỹ 19 cuộc").
#: s22-ic (n07 class): the total's noun may be two words ("14 nội dung", "9 ý kiến") — the second one of the total's words.
LONG_LABELLED = re.compile(rf"^(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+){{0,11}})\s+(?P<n>{NUMBER})(?![\d/,])\s+(?P<unit>[^\W\d_]+)"
                           rf"(?:\s+(?P<unit2>[^\W\d_]+))?\s*$")


def _head_labelled(seg: str, head: str, total_words: set[str] = frozenset()):
    m = LONG_LABELLED.match(seg)
    return m if m and m.group("unit") == head and (m.group("unit2") is None or m.group("unit2") in total_words - {head}) \
        and m.group("label").split()[0] not in PART_WORDS_SKIP else None


#: "… trong đó 104 lao động nữ (chiếm 33,3%)": a part and its share of the total.
PART_PERCENT = re.compile(rf"(?<![\w/.,])(?P<a>{NUMBER})(?![\d/,])(?:\s+[^\W\d_]+){{1,4}}\s*(?:\(\s*|,\s*)"
                          r"(?:chiem|dat|bang)?\s*(?:ty\s+le\s+|ti\s+le\s+)?(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%")


def _part_percents(rule: Rule, ctx: Context, p, start: int, end: int, total: int) -> list[Finding]:
    out = []
    f = p.folded
    for m in PART_PERCENT.finditer(f, start, end):
        a = _num(m.group("a"))
        if total == 0 or a > total or _labelled_number(f, m.start()) \
                or not re.match(r"\s*(?:\)|[,;.]|$|(?:so\s+voi\s+)?tong\s+so(?!\s+\w+\s+(?:cua|toan)\b))", f[m.end():m.end() + 40]):
            continue  # "(chiếm 12% lao động dân tộc thiểu số của huyện)": a share of another whole
        actual = 100.0 * a / total
        if abs(actual - float(m.group("p").replace(",", "."))) <= _tolerance(m.group("p")) + 1e-9:
            continue
        out += _share_finding(rule, ctx, p, _ev(ctx, p, m.start(), m.end()), p.text[m.start():m.end()], a, total, m.group("p"))
    return out



def _continued(ctx: Context, p, end: int) -> str:
    """The next paragraph's first sentence when a list runs on past the end of ``p`` ("…: 128 người;" then
    "Xí nghiệp nước số 2: 175 người."): a line that ends with ";" or "," does not end the list."""
    f = p.folded
    if end < len(f.rstrip()) or not f.rstrip().endswith((";", ",")):
        return ""
    nxt = next((q for q in ctx.doc.paras if q.index == p.index + 1), None)
    if nxt is None or nxt.zone != p.zone:
        return ""
    g = nxt.folded
    return " " + g[:SENTENCE_END.search(g).start()]


#: s22-ic: a part that is a form of making information public — the same content is posted on the commune's portal and on
#: the notice board (Law 10/2022 Art. 13.1-2), read on the loudspeakers, so the forms' counts overlap (folded).
_DISCLOSURE_FORM = re.compile(r"(?<!\w)(?:niem\s+yet|dang\s+(?:tai|tren|cong|trang)|cong\s+thong\s+tin|trang\s+thong\s+tin|"
                              r"truyen\s+thanh|loa|thong\s+bao|phat\s+(?:tren|qua)|mang\s+xa\s+hoi|zalo|tin\s+nhan)(?!\w)")
#: ... unless the text says each content is counted once ("mỗi nội dung tính theo hình thức chính một lần").
_COUNTED_ONCE = re.compile(r"(?<!\w)(?:tinh|dem)\s+(?:[a-z]+\s+){0,6}?(?:mot\s+lan|01\s+lan|1\s+lan)(?!\w)|(?<!\w)chi\s+tinh(?!\w)")


def _check_breakdown(rule: Rule, ctx: Context, p) -> list[Finding]:
    out = []
    f = p.folded
    groups = rule.detect.get("complements", [])
    for m in BREAKDOWN.finditer(f):
        if _labelled_number(f, m.start()):
            continue
        end = SENTENCE_END.search(f, m.end()).start()
        cue, start = m.group("cue") or "", m.end()
        close = f.find(")", m.end()) if m.group("paren") else -1
        remark = re.match(r"\s*[,;]?\s*(?P<cue>trong\s+do|bao\s+gom|gom\s+co|gom|cu\s+the)\s*:?\s*", f[close + 1:]) \
            if close > 0 and not re.search(r"[\d(]", f[m.end():close]) else None
        if remark:
            # s22-ic (n07 l.17): a remark in parentheses between the total and its parts — "48 nội dung (mỗi nội dung
            # tính theo hình thức chính một lần), trong đó niêm yết 27, …": the parts follow the remark
            cue, start = remark.group("cue"), close + 1 + remark.end()
            end = SENTENCE_END.search(f, start).start()
        elif m.group("paren"):
            close = f.find(")", m.end())
            if close < 0 or "(" in f[m.end():close]:
                continue
            end = close
            inner = re.match(r"\s*(?P<cue>trong\s+do|bao\s+gom|gom|cu\s+the)?\s*:?\s*", f[m.end():end])
            cue, start = inner.group("cue") or "", m.end() + inner.end()
            if f[start:start + 1].isdigit() and ":" not in f[start:end] and not cue:
                continue  # "41 thành viên (01 Trưởng ban, …)": the older parenthesis check reads it
        if re.search(r"(?<!\w)(?:den|toi|tu|khoang|tren|duoi|da|thieu|nhat|hon|gan)\s*$|\d\s*[-–]\s*$", f[max(0, m.start() - 12):m.start()]):
            continue  # "từ 7 đến 9 xe", "tối đa 9 xe", "khoảng 120 đại biểu", "7 - 9 xe": the total is not exact; a list
            # line's dash ("- 20 thôn …, trong đó …") is no range (s25-ic, u75-11 l.16)
        total, head = _num(m.group("total")), m.group("noun")
        total_words = {head, *m.group("mid").split()[:3]} - PART_WORDS_SKIP
        out += _part_percents(rule, ctx, p, start, end, total)
        inner = f[start:end] + _continued(ctx, p, end)
        if EXTREMES_RE.search(f[start:end]):
            continue  # "(nhanh nhất 6 ngày, chậm nhất 14 ngày)": a range's ends, not its parts
        parts, clean, last = _breakdown_parts(inner, head, total_words)
        if len(parts) < 2 and m.group("paren") and not cue:
            parts, last = _bare_labelled(inner), len(inner)  # "260 người (kho Bắc Cửa 148, đội xe 74, văn phòng 48)"
            clean = bool(parts)
        elif len(parts) < 2 and cue.startswith("trong"):
            # s22-ic (n07 l.17): "48 nội dung …, trong đó niêm yết 27, đăng cổng thông tin điện tử 14, phát trên truyền
            # thanh 9": every item a label and a bare count of the total's noun, to the sentence's end; "trong đó" may
            # name only some parts, so only more than the total is read (below)
            parts, last, clean = _bare_labelled(f[start:end], 7), end - start, False
        if len(parts) < 2 or any(EXTREMES_RE.search(w) for _, _, w in parts):
            continue  # "(nhanh nhất 6 ngày, chậm nhất 14 ngày)": extremes, not parts
        parts = _spread(parts)
        if not parts:
            continue  # a part counted per unit over units it does not count: no exact sum
        if m.group("colon") and inner[last:].strip(" ,;:.-"):
            continue  # a colon list is a breakdown only when every item is a counted part
        s = sum(n * k for n, k, _ in parts)
        if s != total and any(k != 1 for _, k, _ in parts) and sum(k if k != 1 else n for n, k, _ in parts) == total:
            continue  # s23-pr: "gồm văn phòng 38 người và 04 đội lâm sinh 226 người": the 226 are the four teams' people
            # together, not each team's — read so, the parts make the total
        # "trong đó" may name only some parts; "trong đó:" opening a list of three or more parts, each a
        # count of the total's own noun ("46 cuộc họp, trong đó: 17 cuộc họp …, 21 cuộc họp …, 06 cuộc họp …"),
        # lays the whole out
        listed = (cue.startswith("trong") and ":" in f[m.end("cue"):start] and len(parts) >= 3
                  and all(w.split()[:1] == [head] or w.split()[-1:] == [head] for _, k, w in parts if k == 1)
                  and all(k == 1 for _, k, _ in parts))
        # s35-rf (record flip, lawful18 l06 as a table row): a list cut at the end of a table cell after a separator
        # ("| 14 cuộc họp gồm: 06 cuộc …, 05 cuộc …, |") goes on in the next row or line: it does not list every part
        cut = f.find("|", start, end)
        unfinished = cut >= 0 and re.search(r"(?:[,;]|(?<!\w)(?:va|hoac))\s*$", f[start:cut]) is not None
        whole = (clean and not unfinished and (not cue.startswith("trong") or listed)) \
            or covers([w for _, _, w in parts], groups)
        if s == total or (not whole and s < total) or m.group("of") and s == _num(m.group("of")):
            continue  # "trong đó" may list only some of the parts; more than the total cannot be
        if s > total and sum(1 for _, _, w in parts if _DISCLOSURE_FORM.search(w)) >= 2 \
                and not _COUNTED_ONCE.search(f[m.start():end]):
            continue  # one content made public in several forms (Law 10/2022 Art. 13.1-2): forms overlap
        terms = " + ".join(f"{n} × {k}" if k != 1 or any(k2 != 1 for _, k2, _ in parts) else str(n)
                           for n, k, _ in parts)
        stop = min(start + last, len(f))
        out.append(finding(rule, ctx, _ev(ctx, p, m.start(), stop),
                           found=p.text[m.start():stop].strip(" ,;:"),
                           detail=f"{terms} = {s}, {'nhiều hơn' if s > total else 'không phải'} {total}"))
    return out


#: "26 buổi tuyên truyền tại 9 thôn, mỗi thôn 03 buổi": a total, a number of units and the count per unit.
PER_UNIT = re.compile(rf"(?<![\w/.,])(?P<total>{NUMBER})(?![\d/,])\s+(?P<noun>[^\W\d_]+)(?P<mid>[^.;:()%\d]{{0,100}}?)"
                      rf"(?<![\w/.,])(?P<m>{NUMBER})(?![\d/,])\s+(?P<unit>[^\W\d_]+(?:\s+dan\s+pho)?)\s*,?\s*"
                      rf"(?:moi|mot)\s+(?P=unit)\s+(?P<verb>(?:[^\W\d_]+\s+){{0,2}}?)(?P<k>{NUMBER})(?![\d/,])\s+(?P=noun)(?!\w)")
#: "4 đợt tập huấn, mỗi đợt 2 ngày, tổng cộng 10 ngày": the same with the total after.
PER_UNIT_AFTER = re.compile(rf"(?<![\w/.,])(?P<m>{NUMBER})(?![\d/,])\s+(?P<unit>[^\W\d_]+)[^.;:()%\d]{{0,60}}?\s*,?\s*"
                            rf"moi\s+(?P=unit)\s+(?P<verb>(?:[^\W\d_]+\s+){{0,2}}?)(?P<k>{NUMBER})(?![\d/,])\s+(?P<noun>[^\W\d_]+)"
                            rf"[^.;:()%\d]{{0,30}}?[,;(]\s*(?:tong\s+cong|tong\s+so|tong|cong|ca\s+nam|tat\s+ca)\s*:?\s*(?:la\s+)?"
                            rf"(?P<total>{NUMBER})(?![\d/,])\s+(?P=noun)(?!\w)")
#: "mỗi thôn 02 đến 03 buổi", "mỗi thôn ít nhất 03 buổi": no exact count per unit.
NOT_EXACT = re.compile(r"(?<!\w)(?:it\s+nhat|toi\s+thieu|toi\s+da|khong\s+qua|trung\s+binh|binh\s+quan|"
                       r"(?:khoang|tren|duoi|tu|den|gan|hon|hoac)\s+\d)")
#: "…, riêng thôn Nà Khoang 02 buổi", "trừ thôn …", "một số thôn …": some units are excepted.
EXCEPTED = re.compile(r"(?<!\w)(?:rieng|tru|ngoai\s+tru|mot\s+so|co\s+(?:thon|to|ban)|rieng\s+le|con\s+lai|bu)(?!\w)")


def _check_per_unit(rule: Rule, ctx: Context, p) -> list[Finding]:
    out = []
    f = p.folded
    for m in [*PER_UNIT.finditer(f), *PER_UNIT_AFTER.finditer(f)]:
        if _labelled_number(f, m.start()):
            continue
        end = SENTENCE_END.search(f, m.end()).start()
        if NOT_EXACT.search(m.group("verb")) or NOT_EXACT.search(f, m.end(), min(end, m.end() + 30)) \
                or EXCEPTED.search(f, m.start(), end):
            continue  # a range, a minimum, an average or an exception
        if re.search(r"\d\s*(?:-|–|den)\s*$", f[:m.start("k")]):
            continue
        if m.re is PER_UNIT and re.search(rf"(?<![\w/.,]){NUMBER}\s+{re.escape(m.group('noun'))}(?!\w)", f[m.end():end]):
            continue  # "…, mỗi thôn 03 buổi và 01 buổi tại trụ sở xã": another part of the total
        total, n, k = _num(m.group("total")), _num(m.group("m")), _num(m.group("k"))
        if n * k == total:
            continue
        stop = re.compile(r"[,;:.()]|$").search(f, m.end()).start()  # the whole noun: "550 học viên"
        out.append(finding(rule, ctx, _ev(ctx, p, m.start(), stop), found=p.text[m.start():stop].strip(),
                           detail=f"{n} × {k} = {n * k}, không phải {total}"))
    return out


#: "1.846 hộ, đạt 91,4%", "198 (đạt 83,9%)": a count and its percentage.
PERCENT = re.compile(rf"(?<![\w/.,])(?P<a>{NUMBER})(?!\d)(?:\s+(?P<unit>[^\W\d_]+))?(?:\s+[^\W\d_]+){{0,2}}\s*"
                     r"(?:[,(]\s*(?:đạt|chiếm|bằng|dat|chiem|bang)\s+(?:tỷ\s+lệ\s+|tỉ\s+lệ\s+|ty\s+le\s+)?|\(\s*)"
                     r"(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%")
#: "1.846 hộ trên tổng số 2.104 hộ, đạt 91,4%": the count, its whole and the percentage together; up to ten words
#: before "trên" and five after the whole ("131 đại diện hộ tán thành trên tổng số 205 hộ gia đình trong thôn, đạt 63,9%").
PAIR_PERCENT = re.compile(rf"(?<![\w/.,])(?P<a>{NUMBER})(?!\d)(?:(?:\s+[^\W\d_]+){{0,10}}\s+(?:trên|tren)\s+(?:tổng\s+số\s+|tong\s+so\s+)?"
                          r"|(?:\s+[^\W\d_]+){0,3}\s+(?:trong|/)\s*(?:tổng\s+số|tong\s+so)\s+|(?:\s+[^\W\d_]+){1,3}\s*/\s*)"
                          rf"(?P<b>{NUMBER})(?![\d,])(?:\s+[^\W\d_]+){{0,5}}\s*[,(]?\s*(?:đạt|chiếm|bằng|dat|chiem|bang)?\s*"
                          r"(?:tỷ\s+lệ\s+|tỉ\s+lệ\s+|ty\s+le\s+)?(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%")
#: "tổng số hộ trong xã 2.104 hộ", "Tổng số hộ gia đình trong thôn: 236 hộ": the whole a percentage is of.
TOTAL_OF = re.compile(rf"(?:tổng\s+số|tong\s+so)\s+(?P<unit>[^\W\d_]+)[^\d;.%]{{0,60}}?(?P<n>{NUMBER})(?![\d/,])"
                      r"(?:\s+(?P<unit2>[^\W\d_]+))?")
#: After the percentage: it is of something else than the stated total.
#: "(đạt 76,3% tổng số hộ)" after "81 hộ dự họp, 74 hộ tán thành": a share of all households, not of those present.
OTHER_BASE = re.compile(r"^\s*(?:so\s+voi|ke\s+hoach|chi\s+tieu|cung\s+ky|cua\b|so\s|tong\s+so\s)")  # "% số hộ nghèo của xã"


#: "9/11 thôn …, đạt 86,4% số thôn", "88/163 hộ, đạt 56,4% tổng số hộ trong thôn": the percentage of the ratio's own
#: base, named again after it — not another base ("… 45% số hộ nghèo của xã").
_BASE_AFTER = re.compile(r"^\s*(?:tong\s+)?so\s+(?P<noun>[a-z]+)(?P<rest>(?:\s+[a-z]+){0,3})")
_BASE_WIDER = re.compile(r"(?<!\w)(?:xa|phuong|toan|ca|tinh|huyen|ngheo|nu|cua|tren|khu|dac)(?!\w)")


def _same_base(f: str, m: re.Match) -> bool:
    after = _BASE_AFTER.match(f[m.end():m.end() + 40])
    own = re.match(r"\s*([a-z]+)", f[m.end("b"):m.end("b") + 20]) if m.re is not RATIO_FIRST else None
    if not after or not own or own.group(1) != after.group("noun"):
        return False
    rest = re.split(r"[,.;]", f[m.end() + after.start("rest"):m.end() + after.end("rest")])[0]
    return not _BASE_WIDER.search(rest)


#: s34-qt (u91-12 l.20): a share that names its whole after it — "(chiếm 61,2% tổng số hộ)", "đạt 55% số hộ trong
#: thôn" (folded).
_SHARE_NAMED = re.compile(r"(?<!\w)(?:chiem|dat|bang)\s+(?:(?:ty|ti)\s+le\s+)?(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%\s+"
                          r"(?:cua\s+)?(?:tong\s+)?so\s+(?P<noun>[a-z]+)(?P<rest>(?:\s+[a-z]+){0,4})")


def _named_whole_shares(rule: Rule, ctx: Context, p) -> list[Finding]:
    """s34-qt (u91-12 l.20): the share of a count in the whole it names ("117 hộ tán thành mức đóng góp 1.500.000
    đồng/hộ (chiếm 61,2% tổng số hộ)"), the whole stated once before in the paragraph with "có" / "gồm" ("thôn có 212
    hộ gia đình"), the count the last "N hộ" of the share's own clause. Silent when the share names a wider place or
    a narrower kind ("tổng số hộ của xã", "số hộ dự họp", "số hộ nghèo"), or the clause holds no count of that noun."""
    out = []
    fk = fold_keep_length(p.key)
    for m in _SHARE_NAMED.finditer(fk):
        noun = m.group("noun")
        rest = re.split(r"[,.;)]", m.group("rest"))[0]
        if noun in ("phieu", "tien", "kinh", "von") or _BASE_WIDER.search(rest) \
                or re.search(r"(?<!\w)(?:du|dai\s+dien|tham\s+gia|co\s+mat|tan\s+thanh|dong\s+y|ngheo|duoc)(?!\w)", rest):
            continue
        count_rx = rf"(?<![\w/.,])(?P<n>{NUMBER})(?![\d/]|[.,]\d)\s+{re.escape(noun)}(?!\w)"
        # "có 129 hộ đồng ý", "có 150 hộ dự họp": a count of those who answered or came, no whole
        wholes = [w for w in re.finditer(rf"(?<!\w)(?:co|gom)\s+{count_rx}", fk[:m.start()])
                  if not re.match(r"(?:\s+[a-z]+){0,2}?\s+(?:dong\s+y|tan\s+thanh|nhat\s+tri|khong|du|tham\s+gia|co\s+mat|"
                                  r"vang|da|duoc|bieu\s+quyet)(?!\w)", fk[w.end():w.end() + 40])]
        if len({_num(w.group("n")) for w in wholes}) != 1:
            continue
        b = _num(wholes[-1].group("n"))
        clause_start = max(fk.rfind(";", 0, m.start()), fk.rfind(". ", 0, m.start()), wholes[-1].end())
        parts = list(re.finditer(count_rx, fk[clause_start:m.start()]))
        if not parts:
            continue
        a = _num(parts[-1].group("n"))
        if not 0 < a < b:
            continue
        pct = float(m.group("p").replace(",", "."))
        if abs(100.0 * a / b - pct) <= _tolerance(m.group("p")) + 1e-9:
            continue
        out += _share_finding(rule, ctx, p, _ev(ctx, p, m.start(), m.end()), p.text[m.start():m.end()], a, b, m.group("p"))
    return out


def _check_percent(rule: Rule, ctx: Context, p) -> list[Finding]:
    out = []
    key = p.key
    fk = fold_keep_length(key)
    totals = [(t.start(), {fold_keep_length(t.group("unit")), fold_keep_length(t.group("unit2") or "")} - {""},
               _num(t.group("n"))) for t in TOTAL_OF.finditer(key)]
    pairs = []
    for m in PAIR_PERCENT.finditer(key):
        a, b = _num(m.group("a")), _num(m.group("b"))
        pairs.append((m.start(), m.end()))
        if b == 0 or a > b:
            continue
        pct = float(m.group("p").replace(",", "."))
        if abs(100.0 * a / b - pct) > _tolerance(m.group("p")) + 1e-9:
            out += _share_finding(rule, ctx, p, _ev(ctx, p, m.start(), m.end()), p.text[m.start():m.end()], a, b,
                                  m.group("p"))
    for m in PERCENT.finditer(key):
        if any(a <= m.start() < b for a, b in pairs):
            continue
        if key[max(0, m.start() - 1):m.start()] == "/":
            continue
        a = _num(m.group("a"))
        unit = fold_keep_length(m.group("unit") or "")
        if OTHER_BASE.match(fk[m.end():m.end() + 20]):
            continue
        cands = [n for pos, u, n in totals if pos < m.start() and n > a and (not unit or unit in u)]
        if not cands:
            continue
        b = cands[-1]  # the nearest stated total before the count
        pct = float(m.group("p").replace(",", "."))
        actual = 100.0 * a / b
        if abs(actual - pct) <= _tolerance(m.group("p")) + 1e-9:
            continue
        out += _share_finding(rule, ctx, p, _ev(ctx, p, m.start(), m.end()), p.text[m.start():m.end()], a, b, m.group("p"))
    return out


_COUNT_IN_TEXT = re.compile(r"(?<![\d/.,])(\d{1,3}(?:\.\d{3})+|\d{1,6})(?![\d/]|[.,]\d)")


def _share_finding(rule: Rule, ctx: Context, p, ev: Evidence, found: str, a: int, b: int, pct: str) -> list[Finding]:
    """The finding for a share ``pct`` written for ``a`` of ``b`` that does not fit — none when the share fits another
    count the paragraph states ("412 phiếu phát ra; 398 thu về; 371 đồng ý (93,2%)" — of those returned; "180 hộ; 150
    tham gia, 132 đồng ý (73,3% tổng số hộ)"): the text does not say which base it means, so it is no contradiction."""
    share = float(pct.replace(",", "."))
    counts = {_num(x) for x in _COUNT_IN_TEXT.findall(p.numbered)} - {a, b}
    if any(y > a and not 1900 <= y <= 2100 and abs(100.0 * a / y - share) <= _tolerance(pct) + 1e-9 for y in counts):
        return []
    return [finding(rule, ctx, ev, found=found,
                    detail=f"{_vn_int(a)}/{_vn_int(b)} = {_vn_pct(100.0 * a / b)}%, không phải {pct}%")]


_ROLE = r"(?:truong\s+ban|pho\s+truong\s+ban|uy\s+vien|thu\s+ky|thanh\s+vien)"
#: "Cơ cấu Ban gồm: 01 Trưởng ban, 01 Phó Trưởng ban và 02 Ủy viên": a body's roles, without a total of its own.
#: s30-pr (u86-10 l.6): a list that goes on with a part it does not count ("01 Trưởng ban, 01 Phó Trưởng ban và các Ủy
#: viên", "…, còn lại là các Ủy viên") leaves the number of that part open: it is no breakdown of the size, so it is not
#: read as one.
ROLE_BREAKDOWN = re.compile(rf"(?<!\w)(?:co\s+cau|thanh\s+phan)(?:\s+(?:cua\s+)?(?:ban|to|nhom)(?:\s+[a-z]+){{0,4}})?(?:\s*:?\s*(?:gom|co|la)\s*:?|\s*:)\s*"
                            rf"(?P<list>\d{{1,2}}\s+{_ROLE}(?:\s*(?:,|;|va)\s*\d{{1,2}}\s+{_ROLE}){{1,5}})(?!\s*\d)"
                            rf"(?!\s*(?:,|;|va)\s*(?:\d{{1,2}}\s+)?[^.;\d]{{0,25}}?{_ROLE})")
#: "… gồm 05 thành viên", "có 07 thành viên": the body's size said just before its roles (not "từ 03 đến 05 thành viên").
SIZE_BEFORE = re.compile(r"(?<!\w)(?<!den\s)(?<!qua\s)(?:gom|co)\s+(?P<n>\d{1,2})\s+thanh\s+vien(?!\w)")


def _check_role_breakdown(rule: Rule, ctx: Context, paras: list, i: int) -> list[Finding]:
    """A body's size in one sentence or article ("Ban … gồm 05 thành viên") and its roles in the next ("Cơ cấu Ban gồm:
    01 Trưởng ban, 01 Phó Trưởng ban và 02 Ủy viên"): the roles must add up to the size. Read in the paragraph of the
    roles and the one before it; silent when two sizes are said there or a size is a range or a ceiling."""
    p = paras[i]
    f = p.folded
    out = []
    for m in ROLE_BREAKDOWN.finditer(f):
        scope = ([paras[i - 1].folded] if i else []) + [f[:m.start()]]
        body = re.search(r"(?:co\s+cau|thanh\s+phan)\s+(?:cua\s+)?(ban|to|nhom)(?!\w)", m.group(0))
        # the roles of "Ban" are those of a Ban whose size is said ("Ban Thanh tra nhân dân … gồm 05 thành viên")
        # s20-pr: "mỗi thôn có 01 thành viên" is a count per unit, not the Ban's size (``_labelled_number``)
        sizes = {int(x.group("n")) for t in scope for x in SIZE_BEFORE.finditer(t) if not _labelled_number(t, x.start("n"))
                 if not body or re.search(rf"(?<!\w)(?:{body.group(1)}|bttnd|btt|bgsdtcd|bgs)(?!\w)", t[max(0, x.start() - 80):x.start()])}
        if len(sizes) != 1 or any(re.search(r"(?<!\w)(?:tu\s+\d{1,2}\s+den|khong\s+qua|toi\s+da|toi\s+thieu|it\s+nhat)\s+\d{1,2}\s+thanh\s+vien", t)
                                  for t in scope):
            continue
        parts = [int(x) for x in re.findall(r"\d{1,2}", m.group("list"))]
        n = sizes.pop()
        if sum(parts) != n:
            out.append(finding(rule, ctx, _ev(ctx, p, m.start("list"), m.end("list")), found=p.text[m.start("list"):m.end("list")],
                               detail=f"{' + '.join(map(str, parts))} = {sum(parts)}, không phải {n} thành viên như đã nêu"))
    return out


#: Seats of a body, the parts of a member count: "01 Trưởng ban", "02 Phó Trưởng ban", "03 Ủy viên" (folded).
_ROLE_PART = re.compile(r"\d{1,3}\s+(?:pho\s+)?(?:truong|uy\s+vien|thanh\s+vien|to\s+vien|thu\s+ky|can\s+bo)(?!\w)")
#: A count of places or households, never of seats: "07 tổ dân phố", "14 thôn", "2.304 hộ" (folded noun).
_PLACE_NOUN = re.compile(r"\s*(?:thon|to\s+dan\s+pho|ban|ap|lang|xom|buon|phum|soc|xa|phuong|thi\s+tran|ho)(?!\w)")


def _roles_of_other_count(noun_f: str, segs: list[str]) -> bool:
    """s17-i2 (u62-05 l.25): "có 04 thành viên cho 07 tổ dân phố (01 Trưởng ban, 01 Phó Trưởng ban, 02 Ủy viên)": the
    parenthesis lists seats of a body, so it breaks down the member count, not the places before it."""
    return bool(_PLACE_NOUN.match(noun_f)) and all(_ROLE_PART.match(fold(s.strip())) for s in segs)


#: A seat in a body, held by one of its members: "01 Trưởng ban", "02 Phó Trưởng ban", "01 Tổ trưởng", "01 Thư ký"
#: (folded). A member counted by whom he represents ("01 đại diện UBMTTQ xã") or by his kind ("05 người dân") is no seat.
_SEAT = re.compile(r"\d{1,3}\s+(?:pho\s+)?(?:truong\s+(?:ban|to|nhom|doan)|to\s+(?:truong|pho)|chu\s+tich|uy\s+vien"
                   r"|thu\s+ky|thanh\s+vien|to\s+vien|truong\s+ban|pho\s+ban)(?!\w)")


def _another_reading_adds_up(inner: str, segs: list[str], nums: list[int], total: int) -> bool:
    """s28-ic (lw16-27 l.5): "Ban gồm 07 thành viên: 01 đại diện UBMTTQ xã, 01 đại diện BTTND xã, 05 đại diện người
    dân; 01 Phó Trưởng ban": the members are counted once by whom they represent (1 + 1 + 5 = 7); the seat after ";" is
    held by one of them — a second classification of the same members, not a part of its own. Two readings do so:
    - the list closed by ";" after two or more counted parts joined by "," or "và" (the parts before it);
    - the parts that are not seats, when the list counts members by what they represent and names seats too.
    When either reading makes the total, the text does not contradict itself."""
    if ";" in inner:
        before = [x for x in re.split(r"\s*,\s*|\s+(?:và|va)\s+", inner[:inner.index(";")].strip()) if x]
        counted = [re.match(rf"({NUMBER})\s+\D", x) for x in before]
        if len(before) >= 2 and all(counted) and sum(_num(c.group(1)) for c in counted) == total:
            return True
    seats = [bool(_SEAT.match(fold(s.strip()).lower())) for s in segs]
    if any(seats) and sum(1 for x in seats if not x) >= 2:
        return sum(n for n, seat in zip(nums, seats) if not seat) == total
    return False


def _classified_against_whole(rule: Rule, ctx: Context) -> list[Finding]:
    """s27-ic (u80-13 l.22): a classification of a whole ("Phân loại: tiếp thu 98 ý kiến; giải trình 36 ý kiến; 09 ý
    kiến thuộc thẩm quyền cấp tỉnh") against the one whole the document states of the same noun ("Tổng số ý kiến: 146
    ý kiến"): classifying shares every item out once, so the items make the whole. Silent when the whole is stated with
    two values or not at all."""
    wholes = stated_wholes(ctx)
    out = []
    for cls, written in classified_sums(ctx):
        same = [w for w in wholes if w.what == cls.what]
        if len({w.value for w in same}) != 1 or same[0].value == cls.value:
            continue
        w = same[0]
        ev = _ev(ctx, cls.para, cls.start, cls.end)
        out.append(finding(rule, ctx, ev, found=cls.quote,
                           detail=f"{' + '.join(written)} = {_vn_int(cls.value)}, "
                                  f"{'nhiều hơn' if cls.value > w.value else 'không phải'} {_vn_int(w.value)} "
                                  f"(«{w.quote}», dòng {w.line})"))
    return out


_PAREN_CUE = re.compile(r"(?:bao\s+gom|gom(?:\s+co)?)\s*:?\s*(?=\d)")


def check_totals(rule: Rule, ctx: Context) -> list[Finding]:
    out = _check_shares_of_document(rule, ctx) + _classified_against_whole(rule, ctx)
    zone = list(ctx.doc.zone("preamble", "body", "closing"))
    for i in range(len(zone)):
        out += _check_role_breakdown(rule, ctx, zone, i)
    for k, p in enumerate(zone):
        said = _check_breakdown(rule, ctx, p)
        out += said
        out += _check_far_part_share(rule, ctx, p)
        out += _check_per_unit(rule, ctx, p)
        out += _check_percent(rule, ctx, p)
        out += _named_whole_shares(rule, ctx, p)
        out += _check_amounts(rule, ctx, p, _list_carried(p, zone[k + 1] if k + 1 < len(zone) else None))
        text, f = p.numbered, p.folded
        for m in [*TOTAL.finditer(text), *TOTAL_COLON.finditer(text)]:
            inner_f = f[m.start("inner"):m.end("inner")].strip()
            # s33-qt (u91-02 l.16): "96 đơn vị hành chính cấp xã (gồm 81 xã và 17 phường)": "gồm" says the parts
            # make the whole, as a bare parenthesis of counts does; the breakdown reader speaks first when it reads it
            cue = _PAREN_CUE.match(inner_f) if m.re is TOTAL else None
            if cue and said:
                continue
            inner_raw = m.group("inner").strip()[cue.end():] if cue else m.group("inner").strip()
            inner_f = inner_f[cue.end():] if cue else inner_f
            if not inner_f[:1].isdigit() or NOT_BREAKDOWN.search(inner_f) or _labelled_number(f, m.start()):
                continue
            segs: list[str] = []
            for seg in PART_SPLIT.split(inner_raw):
                if seg[:1].isdigit() or not segs:
                    segs.append(seg)
                else:
                    segs[-1] += ", " + seg
            nums = []
            for seg in segs:
                # s19-p2 (lw7_14 L15): "19 kiến nghị (6 tháng đầu năm …: 8; 6 tháng cuối năm: 11)" — a sub-period's
                # label opens the part; its count is the number after the colon
                pl = _PERIOD_LABEL.match(fold(seg).lower())
                if pl and not _PERIOD_COMPARE.search(fold(seg).lower()):
                    seg = seg[pl.end("label"):].lstrip(" :") + " ky"
                nm = re.match(rf"({NUMBER})\s+\D", seg)
                if not nm:
                    nums = []
                    break
                nums.append(_num(nm.group(1)))
            total = _num(m.group("total"))
            if len(nums) < 2 or any(n > total for n in nums) or sum(nums) == total:
                continue
            if _another_reading_adds_up(m.group("inner"), segs, nums, total):
                continue  # s28-ic (lw16-27 l.5): the seats named after the constituencies are held by the same members
            if _roles_of_other_count(f[m.start("noun"):m.end("noun")], segs):
                continue
            if any(distributed(fold(seg).lower()) != 1 for seg in segs):
                continue  # s27-ic: "02 thôn mỗi thôn 03 buổi" — a part counted per unit; the breakdown reader weighs it
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()),
                               found=f"{total} {m.group('noun').strip()}",
                               detail=f"{' + '.join(str(n) for n in nums)} = {sum(nums)}, không phải {total}"))
        spans = []
        for m in [*RATIO.finditer(text), *RATIO_VERB.finditer(f), *RATIO_FIRST.finditer(f)]:
            spans.append((m.start(), m.end()))
            a, b = _num(m.group("a")), _num(m.group("b"))
            if _threshold_fraction(f, m.start("a")):
                # "Có 11/14 thôn tán thành với tỷ lệ từ hai phần ba … trở lên (78,6%)": the bound, not the counts — the
                # share is of the ratio of counts before it in the clause, if any
                counts = _counts_before_bound(text, m.start("a"))
                if counts is None:
                    continue
                a, b = counts
            pct = float(m.group("p").replace(",", "."))
            if b == 0 or a > b or OTHER_BASE.match(f[m.end():m.end() + 20]) and not _same_base(f, m):
                continue
            if abs(100.0 * a / b - pct) > _tolerance(m.group("p")) + 1e-9:
                out += _share_finding(rule, ctx, p, _ev(ctx, p, m.start(), m.end()), text[m.start():m.end()], a, b,
                                      m.group("p"))
        for m in RATIO_NAMED.finditer(f):  # "121/187 đại diện hộ tán thành (đạt 67,4% tổng số hộ)"
            a, b = _num(m.group("a")), _num(m.group("b"))
            after = set(f[m.end("b"):m.end("b") + 40].split()[:4]) - _GENERIC_UNIT_WORDS
            if b == 0 or a > b or not after & (set(m.group("base").split()) - _GENERIC_UNIT_WORDS):
                continue  # the share names another base than the ratio's ("121/146 phiếu (64,7% tổng số hộ)")
            spans.append((m.start(), m.end()))
            if abs(100.0 * a / b - float(m.group("p").replace(",", "."))) > _tolerance(m.group("p")) + 1e-9:
                out += _share_finding(rule, ctx, p, _ev(ctx, p, m.start(), m.end()), text[m.start():m.end()], a, b,
                                      m.group("p"))
        out += _check_ratio_any(rule, ctx, p, spans)
    # one sum read by two paths ("350 triệu đồng, gồm …" is a breakdown and a sum of money): said once per line
    seen: set[tuple[int, str]] = set()
    unique = []
    for fd in out:
        key = (fd.evidence.line, re.sub(r"(?<=\d)\.(?=\d{3}(?!\d))", "", fd.message.rsplit(":", 1)[-1].strip()))
        if key not in seen:
            seen.add(key)
            unique.append(fd)
    return unique


#: An amount of money: "18,6 tỷ đồng", "1.250 triệu đồng", "5.000.000 đồng" (folded text).
_AMOUNT = r"(?P<{p}n>\d{{1,3}}(?:\.\d{{3}})*(?:,\d{{1,3}})?)\s*(?P<{p}u>ty|trieu|nghin|ngan)?\s+dong(?!\w)"

#: "Tổng kinh phí … dự kiến 18,6 tỷ đồng, gồm: tập huấn 4,2 tỷ đồng; tuyên truyền, cuộc thi 3,1 tỷ đồng; …"
#: s38-qt (unseen101 u101-02 L16): "tổng giá trị 2.460 triệu đồng, gồm hai nguồn: ngân sách … 1.180 triệu đồng; nhân dân
#: đóng góp … 1.180 triệu đồng" — "gồm" may name how many items of what kind come before the colon.
AMOUNT_TOTAL = re.compile(r"(?<![\w/.,])" + _AMOUNT.format(p="t") + r"\s*,?\s*(?:bao\s+gom|gom|cu\s+the)"
                          r"(?:\s+(?:\d{1,2}|hai|ba|bon|nam|sau|cac)\s+(?:nguon(?:\s+von)?|khoan(?:\s+muc)?|hang\s+muc|phan|"
                          r"noi\s+dung|muc)\s*:)?\s*:?\s*")
#: "tổng mức đầu tư 2.000 triệu đồng (ngân sách xã 1.400 triệu đồng, Nhân dân đóng góp 600 triệu đồng)": the items
#: in parentheses, not opened by "trong đó" (which may name only some).
AMOUNT_PAREN = re.compile(r"(?<![\w/.,])" + _AMOUNT.format(p="t") + r"\s*\((?!\s*trong\s+do)(?P<inner>[^()]{5,300})\)")
#: "tổng mức đầu tư 2,4 tỷ đồng; trong đó đường thôn Đông 1,2 tỷ đồng, …": "trong đó" may name only some items, so
#: only a sum of the named items larger than the whole is a contradiction.
AMOUNT_WITHIN = re.compile(r"(?<![\w/.,])" + _AMOUNT.format(p="t") + r"\s*[,;]\s*trong\s+do\s*:?\s*")
AMOUNT_PART = re.compile(r"^(?P<label>[^\d;:]{2,80}?)\s*:?\s+" + _AMOUNT.format(p="") + r"\s*$")


def _list_carried(p, nxt) -> str:
    """s38-qt (unseen101 u101-02 L16-17): a paragraph ending on a colon whose list goes on in the next paragraph, one
    line of lower-case text with no list marker ("… tổng giá trị 2.460 triệu đồng, gồm hai nguồn: / ngân sách nhà nước
    hỗ trợ xi măng 1.180 triệu đồng; nhân dân đóng góp … 1.180 triệu đồng."): that line's first sentence (folded), else
    ""."""
    if nxt is None or not p.text.rstrip().endswith(":") or not nxt.text.lstrip()[:1].islower() or nxt.zone != p.zone:
        return ""
    f = nxt.folded
    return f[:SENTENCE_END.search(f).start()]


def _check_amounts(rule: Rule, ctx: Context, p, carried: str = "") -> list[Finding]:
    """A sum of money and the items it lists after "gồm": every item a label and an amount ("tập huấn 4,2 tỷ
    đồng"), separated by ";" (or ", " when there is none — a decimal comma has no space after it). ``carried``: the
    list's line after a paragraph ending on the colon (``_list_carried``)."""
    out = []
    f = p.folded
    for m in [*AMOUNT_TOTAL.finditer(f), *AMOUNT_PAREN.finditer(f), *AMOUNT_WITHIN.finditer(f)]:
        within = m.re is AMOUNT_WITHIN
        if re.search(r"(?<!\w)(?:tu|den|khoang|tren|duoi|toi\s+da|toi\s+thieu|it\s+nhat|gan|hon)\s*$", f[max(0, m.start() - 12):m.start()]) \
                and not re.search(r"(?<!\w)đầu\s+tư\s*$", p.text[max(0, m.start() - 12):m.start()].lower()):
            continue  # not an exact total ("từ 2 tỷ đồng"; "tổng mức đầu tư 2.350 triệu đồng" is one)
        end = m.end("inner") if "inner" in m.groupdict() else SENTENCE_END.search(f, m.end()).start()
        inner = f[m.end("inner") - len(m.group("inner")):end] if "inner" in m.groupdict() else f[m.end():end]
        if not inner.strip() and carried and m.re is not AMOUNT_PAREN:
            inner = carried
        sep = r"\s*;\s*" if ";" in inner else r",\s+|\s+va\s+"
        parts = [x.strip(" -+") for x in re.split(sep, inner)]
        values = []
        for seg in parts:
            pm = AMOUNT_PART.match(seg)
            if not pm or COMPARED.search(pm.group("label")):
                values = []
                break
            d = distributed(pm.group("label"))  # s27-ic: "quý I và quý II mỗi quý 5.000.000 đồng" counts twice
            if not d:
                values = []
                break
            values.append((pm.group("n") if d == 1 else f"{pm.group('n')} × {d}", d * _money(pm.group("n"), pm.group("u"))))
        if len(values) < 2:
            continue
        total = _money(m.group("tn"), m.group("tu"))
        s = sum(v for _, v in values)
        if abs(s - total) <= 1e-6 * max(total, 1.0) or within and s < total:
            continue
        unit = m.group("tu")
        v = s / _SCALE[unit]
        shown = _vn_int(round(v)) if abs(v - round(v)) < 1e-9 else f"{v:.3f}".rstrip("0").replace(".", ",")
        out.append(finding(rule, ctx, _ev(ctx, p, m.start(), end), found=p.text[m.start():m.start() + f.find("dong", m.start()) - m.start() + 4],
                           detail=f"{' + '.join(n for n, _ in values)} = {shown}, "
                                  + (f"nhiều hơn cả tổng số {m.group('tn')}" if within else f"không phải {m.group('tn')}")))
    return out


# ---------------------------------------------------------------------------------------------------------
# ``products``: a multiplication written out ("4 quý x 5.000.000", "240 hộ × 500.000 đồng") beside the result it
# gives — in prose after "=" / "là" / "bằng", or in a table row whose name holds the multiplication and whose one
# number cell holds the result.
# ---------------------------------------------------------------------------------------------------------

#: "4 quý x 5.000.000", "240 hộ × 500.000 đồng/hộ", "12 tháng x 1,5 triệu" is not read (no decimals): two whole
#: numbers, at most three words after the first, an "x" standing alone or "×" between them.
_FACTORS = (rf"(?<![\w/.,])(?P<a>{NUMBER})(?![.,]\d)(?:\s*\([^()\d]*\))?(?:\s+[^\W\d_]+){{0,3}}\s*(?:(?<=\s)x(?=\s)|×|\*)\s*"
            rf"(?P<b>{NUMBER})(?![.,]?\d)(?:\s*(?:đồng|dong|đ|d|người|nguoi|hộ|ho)(?:\s*/\s*[^\W\d_]+)?)?")
#: the result stated after it in the same sentence: "= 20.000.000", "là 120.000.000 đồng".
PRODUCT_TEXT = re.compile(_FACTORS + rf"\s*(?:=|là|la|bằng|bang|thành|thanh)\s*(?P<c>{NUMBER})(?![.,]?\d)", re.IGNORECASE)
PRODUCT_CELL = re.compile(_FACTORS, re.IGNORECASE)


#: A term of a sum just before "+": a product ("186 hộ x 1.500.000") or a bare amount ("500.000 đồng"), ending where
#: the "+" opens (the plus itself read by ``_terms_before``).
_PLUS_END = re.compile(r"\s*\+\s*$")
_BARE_TERM = re.compile(rf"(?<![\w/.,×*+])(?P<n>{NUMBER})(?![.,]?\d)(?:\s*(?:đồng|dong|đ))?\s*$", re.IGNORECASE)

#: The last term of a sum, a bare amount, and the sum's result: "… + 2.000.000 = 55.000.000" (the terms before it read
#: by ``_terms_before``).
_SUM_TAIL = re.compile(rf"(?<=\+)\s*(?P<n>{NUMBER})(?![.,]?\d)(?:\s*(?:đồng|dong|đ|công|cong))?\s*"
                       rf"(?:=|là|bằng|thành)\s*(?P<c>{NUMBER})(?![.,]?\d)", re.IGNORECASE)


def _terms_before(text: str, start: int) -> list[tuple] | None:
    """s38-pr (u101-08 l.22): "186 hộ x 1.500.000 + 8 hộ x 750.000 = 285.000.000": the product before "=" is the last
    term of a sum; its result is the sum's. Reads the terms joined by "+" before ``start`` (products or bare amounts),
    as (shown, value, start); [] when no "+" comes before; None when a term before a "+" is not read, or a "-" or
    another operator comes before (the total is then not read)."""
    terms: list[tuple] = []
    end = start
    while True:
        pre = text[:end]
        if re.search(r"(?:\d|\)|đồng|dong)\s*[-−–]\s*$", pre, re.IGNORECASE):
            return None  # "… 200.000 - 5 x 10.000 = …": a difference or a share is not read
        plus = _PLUS_END.search(pre)
        if not plus:
            return terms
        pre = pre[:plus.start()]
        prod = [m for m in PRODUCT_CELL.finditer(pre) if m.end() == len(pre)]
        if prod:
            m = prod[-1]
            terms.insert(0, (f"{m.group('a')} × {m.group('b')}", _num(m.group("a")) * _num(m.group("b")), m.start()))
            end = m.start()
            continue
        bare = _BARE_TERM.search(pre)
        if not bare:
            return None
        terms.insert(0, (bare.group("n"), _num(bare.group("n")), bare.start()))
        end = bare.start()


def check_products(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    for p in ctx.doc.paras:
        text = p.numbered  # "ba tháng x 1.200.000": a spelled factor, offsets kept (cached per paragraph)
        if len(text) != len(p.text):
            text = p.text
        for m in PRODUCT_TEXT.finditer(text):
            terms = _terms_before(text, m.start())
            if terms is None:
                continue  # a sum whose other terms are not read: its total is not the product's
            a, b, c = _num(m.group("a")), _num(m.group("b")), _num(m.group("c"))
            terms.append((f"{m.group('a')} × {m.group('b')}", a * b))
            start = terms[0][2] if len(terms) > 1 else m.start()
            total = sum(v for _, v, *_ in terms)
            if total != c:
                shown = " + ".join(t for t, *_ in terms)
                out.append(finding(rule, ctx, _ev(ctx, p, start, m.end()), found=p.text[start:m.end()],
                                   detail=f"{shown} = {_vn_int(total)}, không phải {m.group('c')}"))
        for m in _SUM_TAIL.finditer(text):  # "64 hộ x 800.000 + 6 hộ x 400.000 + 2.000.000 = 55.000.000"
            terms = _terms_before(text, m.start("n"))
            if not terms or not any("×" in t for t, *_ in terms):
                continue  # a sum of bare numbers is IC-01's, not a product's
            terms.append((m.group("n"), _num(m.group("n"))))
            total, c = sum(v for _, v, *_ in terms), _num(m.group("c"))
            if total != c:
                start = terms[0][2]
                out.append(finding(rule, ctx, _ev(ctx, p, start, m.end()), found=p.text[start:m.end()],
                                   detail=f"{' + '.join(t for t, *_ in terms)} = {_vn_int(total)}, không phải {m.group('c')}"))
    for t in pipe_tables(_aligned(ctx)):
        header = t[0][1]
        for no, cells in t[1:]:
            read = [(j, digits_for_words(c.lower())) for j, c in enumerate(cells)]
            named = [(j, label, m) for j, label in read if (m := PRODUCT_CELL.search(label))]
            if len(named) != 1:
                continue
            j0, label, m = named[0]
            if m.end() < len(label.rstrip(" )")) - 1 and re.search(r"\d", label[m.end():]):
                continue  # another number after the multiplication: which one is the result is not clear
            vals = [(j, c.strip()) for j, c in enumerate(cells) if j > j0 and re.fullmatch(rf"{NUMBER}(?:\s+(?:đồng|dong|đ))?", c.strip())]
            if len(vals) != 1:
                continue
            j, v = vals[0]
            head = fold_keep_length(header[j]).lower() if j < len(header) else ""
            if re.search(r"%|(?<!\w)(?:ty\s+le|ti\s+le)(?!\w)", head):
                continue  # a rate column
            a, b, c = _num(m.group("a")), _num(m.group("b")), _num(re.match(NUMBER, v).group(0))
            if a * b == c:
                continue
            out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=" | ".join(cells),
                               detail=f"{m.group('a')} × {m.group('b')} = {_vn_int(a * b)}, không phải {v}"))
    for t in pipe_tables(_aligned(ctx), 2):
        out += _column_products(rule, ctx, t)
    return out + _rate_products(rule, ctx)


#: A rate per unit, then a number of those units and the amount they give, in one sentence: "Mức đóng góp: 300.000
#: đồng/hộ; dự kiến thu từ 246 hộ là 78.300.000 đồng", "mỗi hộ 200.000 đồng, 80 hộ là 16.000.000 đồng" (folded;
#: the amount right after "là", "=", "bằng", "thành", "tổng cộng" — not "đã nộp", which may be part of it).
_RATE_UNIT = r"(?P<u>ho|nguoi|khau|suat|thanh\s+vien|lao\s+dong)"
_RATE_FIRST = re.compile(rf"(?<![\w/.,])(?P<r>{NUMBER})(?![.,]?\d)\s*(?:dong|d)\s*(?:/|moi|mot|cho\s+moi|cho\s+mot)\s*{_RATE_UNIT}(?!\w)"
                         rf"[^.!?\d]{{0,60}}?(?<![\w/.,])(?P<n>{NUMBER})(?![.,]?\d)\s+(?P=u)(?!\w)")
_EACH_FIRST = re.compile(rf"(?<!\w)(?:moi|mot)\s+{_RATE_UNIT}\s*(?:dong\s+gop|dong|nop|gop|ho\s+tro|duoc\s+ho\s+tro|chi)?\s*:?\s*"
                         rf"(?P<r>{NUMBER})(?![.,]?\d)\s*(?:dong|d)(?!\w)[^.!?\d]{{0,60}}?(?<![\w/.,])(?P<n>{NUMBER})(?![.,]?\d)\s+(?P=u)(?!\w)")
#: s24-ic (u74_02 l.20): the count first, then its rate, then the amount — "Danh sách 37 hộ được hỗ trợ …, mức hỗ trợ
#: 10.000.000 đồng/hộ, tổng kinh phí 350.000.000 đồng" (folded; the rate per the same unit as the count; a name's
#: number between, "bão số 3", is read past).
_COUNT_FIRST = re.compile(rf"(?<![\w/.,])(?P<n>{NUMBER})(?![.,]?\d)\s+{_RATE_UNIT}(?!\w)(?:[^.!?\d;]|(?<=so )\d{{1,3}}(?!\d)){{0,80}}?"
                          rf"(?<![\w/.,])(?P<r>{NUMBER})(?![.,]?\d)\s*(?:dong|d)\s*/\s*(?P=u)(?!\w)")
_RATE_RESULT = re.compile(rf"[^.!?\d;]{{0,20}}?(?<!\w)(?:la|=|bang|thanh(?:\s+tien)?|tong\s+cong|tong\s+so\s+tien|"
                          rf"(?:tong\s+)?kinh\s+phi(?:\s+(?:ho\s+tro|du\s+kien|la))?|tong)\s*:?\s*"
                          rf"(?P<c>{NUMBER})(?![.,]?\d)\s*(?:dong|d)(?!\w)")
#: Between the count and the amount: a bound, an average or a group excepted — the amount need not be the product
#: ("mức hỗ trợ tối đa …", "đối với hộ không nghèo", "riêng hộ nghèo được miễn") (folded).
_NOT_A_PRODUCT = re.compile(r"(?<!\w)(?:toi\s+da|toi\s+thieu|khong\s+qua|it\s+nhat|binh\s+quan|trung\s+binh|khoang|"
                            r"doi\s+voi|rieng|tru|mien|giam|ngoai|tuy|neu|tu\s+\d|den\s+\d|hoac)(?!\w)")


def _rate_products(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    for p in ctx.doc.paras:
        f = p.folded
        for rx in (_RATE_FIRST, _EACH_FIRST, _COUNT_FIRST):
            for m in rx.finditer(f):
                res = _RATE_RESULT.match(f, m.end())
                if not res or (rx is _COUNT_FIRST and _NOT_A_PRODUCT.search(f, m.start(), res.end())):
                    continue
                r, n, c = _num(m.group("r")), _num(m.group("n")), _num(res.group("c"))
                if r * n == c or n < 2:
                    continue
                out.append(finding(rule, ctx, _ev(ctx, p, m.start(), res.end()), found=p.text[m.start():res.end()],
                                   detail=f"{m.group('r')} × {m.group('n')} = {_vn_int(r * n)}, không phải {res.group('c')}"))
    return out


#: A table's columns of a rate per unit, a number of units and their product: "Mức mỗi hộ | Số hộ | Tổng",
#: "Đơn giá | Số lượng | Thành tiền", "Định mức (đồng/người) | Số người | Cộng".
RATE_HEAD = re.compile(r"^\s*(?:muc(?:\s+gop|\s+dong\s+gop|\s+ho\s+tro|\s+chi)?\s+(?:moi|mot|\d+)\s+[a-z]+|muc\s*\([^()]*/[^()]*\)"
                       r"|don\s+gia|dinh\s+muc)(?:\s*\([^()]*\))?\s*$")
UNITS_HEAD = re.compile(r"^\s*(?:so\s+(?:luong|ho|nguoi|thon|lan|buoi|cuoc|thang|ngay|dot)|khoi\s+luong)(?:\s*\([^()]*\))?\s*$")
PRODUCT_HEAD = re.compile(r"^\s*(?:tong|tong\s+cong|tong\s+so|thanh\s+tien|cong|tong\s+thu|du\s+kien\s+thu)(?:\s*\([^()]*\))?\s*$")
_AMOUNT_CELL = re.compile(rf"^\s*(?P<n>{NUMBER})(?![.,]?\d)\s*(?P<unit>[^\d|]*?)\s*$")


def _column_products(rule: Rule, ctx: Context, table: list[tuple[int, list[str]]]) -> list[Finding]:
    """Each row of a table with a rate column, a units column and their product ("| Ngày công | 05 ngày công | 80 hộ
    | 340 ngày công |" under "| Hình thức | Mức mỗi hộ | Số hộ | Tổng |"): the product against the rate times the
    units. Read only when each of the three headers is unambiguous and the product keeps the rate's unit."""
    header = [fold_keep_length(c).lower() for c in table[0][1]]
    rate = [j for j, h in enumerate(header) if RATE_HEAD.match(h)]
    units = [j for j, h in enumerate(header) if UNITS_HEAD.match(h)]
    prod = [j for j, h in enumerate(header) if PRODUCT_HEAD.match(h)]
    if len(rate) != 1 or len(units) != 1 or len(prod) != 1 or not rate[0] < prod[0] or not units[0] < prod[0]:
        return []
    r, u, t = rate[0], units[0], prod[0]
    out = []
    for no, cells in table[1:]:
        if len(cells) != len(header):
            continue
        # "05 (năm) ngày công", "Tám mươi hộ": a spelled repeat dropped, a spelled count read as its digits
        got = [_AMOUNT_CELL.match(re.sub(r"\s*\([^()]*\)", "", fold_keep_length(digits_for_words(cells[j].lower()))))
               for j in (r, u, t)]
        if not all(got):
            continue
        a, b, c = (_num(g.group("n")) for g in got)
        ua, uc = got[0].group("unit"), got[2].group("unit")
        if ua.split("/")[0].strip() != uc.strip() or a * b == c:
            continue  # "200.000 đồng/hộ" and "16.000.000 đồng": the rate's unit, per unit, is the product's
        out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=" | ".join(cells),
                           detail=f"{cells[r]} × {cells[u]} = {_vn_int(a * b)}, không phải {cells[t]}"))
    return out


#: "giảm từ 120 hộ xuống còn 95 hộ, giảm 35 hộ", "tăng từ 80% lên 92% (tăng 12%)": a change told three times —
#: from, to, and by how much (a count, or a percentage of the first figure, or percentage points). Only within one
#: sentence; "so với" and other years between the parts are allowed, another number is not.
_DEC = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
CHANGE = re.compile(
    rf"(?<!\w)(?P<verb>giảm|tăng)(?:\s+(?:được|thêm))?\s+từ\s+(?P<a>{_DEC})(?![\d/])\s*(?P<ua>%|[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}})?"
    rf"(?P<mid>(?:\s+(?:năm|quý|tháng)\s+(?:19|20)\d\d|[^\d;.()%]){{0,40}}?)"
    rf"\s+(?:xuống\s+còn|xuống|lên\s+thành|lên|còn)\s+(?P<b>{_DEC})(?![\d/])\s*(?P<ub>%|[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}})?"
    rf"(?P<mid2>(?:\s+(?:năm|quý|tháng)\s+(?:19|20)\d\d|[^\d;.%]){{0,30}}?)"
    rf"[,(;]\s*(?:tức(?:\s+là)?\s+|hay\s+|bằng\s+|đã\s+)?(?P<verb2>giảm|tăng)(?:\s+(?:được|thêm))?\s+(?P<c>{_DEC})(?![\d/])"
    rf"\s*(?P<uc>%|điểm\s+phần\s+trăm|phần\s+trăm|[^\W\d_]+)?",
    re.IGNORECASE)


#: "48 cuộc họp, tăng 12 cuộc so với năm 2024 (40 cuộc)": the new figure first, the change, then the old figure in
#: parentheses after "so với".
CHANGE_SINCE = re.compile(
    rf"(?<![\w/.,])(?P<b>{_DEC})(?![\d/])\s*(?P<ub>%|[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}})?(?:\s+[^\d;.()%,]{{1,40}}?)?\s*,\s*"
    rf"(?P<verb>giảm|tăng)(?:\s+(?:được|thêm))?\s+(?P<c>{_DEC})(?![\d/])\s*(?P<uc>%|điểm\s+phần\s+trăm|phần\s+trăm|[^\W\d_]+)?"
    rf"[^\d;.()]{{0,12}}?\s+so\s+với\s+(?:cùng\s+kỳ\s+)?(?:năm|quý|tháng|kỳ|nhiệm\s+kỳ)?\s*(?:trước|(?:19|20)\d\d)?\s*"
    # "(35 nội dung)", "(năm 2025 công khai 35 nội dung)": the earlier figure, after its year and a verb
    rf"\(\s*(?:(?:năm|quý|tháng|kỳ)\s+(?:19|20)\d\d\s*:?\s*(?:(?:là|đạt|có|đã|công\s+khai|tổ\s+chức|giám\s+sát|tiếp\s+nhận)\s+){{0,2}})?"
    rf"(?P<a>{_DEC})(?![\d/])\s*(?P<ua>%|[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}})?\s*\)",
    re.IGNORECASE)


#: s21-ic (u65-07 l.27): the change first, then both figures in parentheses — "tăng 12 nội dung so với năm 2024 (46 so
#: với 38)", "giảm 5 cuộc so với năm trước (31 cuộc so với 36 cuộc)": the new figure before "so với", the old after.
CHANGE_PAIR = re.compile(
    rf"(?<!\w)(?P<verb>giảm|tăng)(?:\s+(?:được|thêm))?\s+(?P<c>{_DEC})(?![\d/])\s*(?P<uc>%|điểm\s+phần\s+trăm|phần\s+trăm|[^\W\d_]+)?"
    rf"(?:\s+[^\W\d_]+){{0,2}}?\s+so\s+với\s+(?:cùng\s+kỳ\s+)?(?:năm|quý|tháng|kỳ|nhiệm\s+kỳ)?\s*(?:trước|(?:19|20)\d\d)?\s*"
    rf"\(\s*(?P<b>{_DEC})(?![\d/])\s*(?P<ub>%|[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}})?\s+so\s+với\s+"
    rf"(?P<a>{_DEC})(?![\d/])\s*(?P<ua>%|[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}})?\s*\)",
    re.IGNORECASE)


def check_change(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    for p in ctx.doc.paras:
        if p.zone not in ("body", "closing", "preamble"):
            continue
        text = p.numbered  # spelled numbers read as digits, same length as the text
        for m in [*CHANGE.finditer(text), *CHANGE_SINCE.finditer(text), *CHANGE_PAIR.finditer(text)]:
            verb = m.group("verb").lower()
            verb2 = m.group("verb2").lower() if "verb2" in m.re.groupindex else verb
            if verb != verb2:
                continue
            a, b, c = _decimal(m.group("a")), _decimal(m.group("b")), _decimal(m.group("c"))
            ua, ub, uc = (fold_keep_length((m.group(k) or "").lower()).split() for k in ("ua", "ub", "uc"))
            a_pct = ua[:1] == ["%"] or ua[:2] == ["phan", "tram"]
            b_pct = ub[:1] == ["%"] or ub[:2] == ["phan", "tram"]
            if a_pct != b_pct or (ua and ub and not a_pct and ua[0] != ub[0]):
                continue  # different units: not the same quantity
            direction_wrong = (b > a) if verb == "giảm" else (b < a)
            if uc[:1] == ["%"] or uc[:2] == ["phan", "tram"]:
                if a_pct:  # "từ 80% lên 92%, tăng 12%": points or relative — both readings must fail
                    ok = abs(abs(b - a) - c) <= _tolerance(m.group("c")) + 1e-9 or (
                        a and abs(100.0 * abs(b - a) / a - c) <= _tolerance(m.group("c")) + 1e-9)
                    want = f"{_vn_pct(abs(b - a))} điểm phần trăm"
                else:
                    if not a:
                        continue
                    ok = abs(100.0 * abs(b - a) / a - c) <= _tolerance(m.group("c")) + 1e-9
                    want = f"{_vn_pct(100.0 * abs(b - a) / a)}%"
            elif uc[:1] == ["diem"]:
                ok = abs(abs(b - a) - c) <= _tolerance(m.group("c")) + 1e-9
                want = f"{_vn_pct(abs(b - a))} điểm phần trăm"
            else:
                if uc and ua and uc[0] != ua[0]:
                    continue  # "giảm từ 120 hộ xuống 95 hộ, giảm 2 thôn": another quantity
                if a_pct:
                    continue
                step = 0.1 if "," in m.group("c") or "," in m.group("a") or "," in m.group("b") else 0.5
                ok = abs(abs(b - a) - c) < step - 1e-9
                d = abs(b - a)
                want = _vn_int(int(d)) if d == int(d) else f"{d:.2f}".rstrip("0").replace(".", ",")
            if ok and not direction_wrong:
                continue
            detail = (f"từ {m.group('a')} đến {m.group('b')} là {'tăng' if b > a else 'giảm'}, không phải {verb}"
                      if direction_wrong else f"từ {m.group('a')} đến {m.group('b')} là {verb} {want}, không phải {m.group('c')}"
                      + (f" {m.group('uc')}" if m.group("uc") else ""))
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(),
                               detail=detail))
    return out


# -- a part and its percentage of a whole stated just before it ---------------------------------------------
#: "tiếp nhận 318 ý kiến, đã tiếp thu 251 ý kiến (đạt 82,5%)", "phát ra 300 phiếu, thu về 280 phiếu, đạt 93,3%":
#: the whole is a count that a verb of receiving, issuing or having introduces; the part, with the same noun,
#: follows in the same clause (no "." or ";" between) with its percentage.
WHOLE = re.compile(rf"(?<![\w/.,])(?:tiep\s+nhan|nhan\s+duoc|nhan|thu\s+ve|thu\s+duoc|phat\s+ra|phat|tong\s+hop\s+duoc|"
                   rf"tong\s+hop|co|gom|tong\s+cong|tong\s+so)\s+(?:tong\s+(?:cong|so)\s+)?(?:la\s+)?(?P<b>{NUMBER})(?![\d/,])\s+(?P<noun>[^\W\d_]+)")
PART_PERCENT = re.compile(rf"(?<![\w/.,])(?P<a>{NUMBER})(?![\d/,])\s+(?P<noun>[^\W\d_]+)[^\d().;%/]{{0,40}}?"
                          r"(?:[,(]\s*(?:dat|chiem|bang)\s+(?:ty\s+le\s+|ti\s+le\s+)?|\(\s*)(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%")


def check_shares(rule: Rule, ctx: Context) -> list[Finding]:
    """A percentage that is not the share of the part in the whole stated before it in the same clause
    (``check: shares``). Silent when the percentage is of something else ("82,5% kế hoạch", "so với …"),
    when a "tổng số …" whole is in the paragraph (``check: totals`` reads that), or when the part exceeds
    the whole."""
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = fold_keep_length(p.key)
        if "%" not in f or TOTAL_OF.search(p.key):
            continue
        for m in PART_PERCENT.finditer(f):
            wholes = [w for w in WHOLE.finditer(f, 0, m.start())
                      if w.group("noun") == m.group("noun") and w.end() <= m.start()
                      and not re.search(r"\.|;(?!\s*(?:da|trong\s+do)\s)", f[w.end():m.start()])]
            # "tiếp nhận 20 đơn; đã giải quyết 14 đơn, đạt tỷ lệ 70%": the part in the next clause of the sentence
            if not wholes or OTHER_BASE.match(f[m.end():m.end() + 20]):
                continue
            w = wholes[-1]
            if w.start("b") == m.start("a"):
                continue
            a, b = _num(m.group("a")), _num(w.group("b"))
            if b == 0 or a > b:
                continue
            actual = 100.0 * a / b
            if abs(actual - float(m.group("p").replace(",", "."))) <= _tolerance(m.group("p")) + 1e-9:
                continue
            end = m.end() + (1 if f[m.end():m.end() + 1] == ")" else 0)
            out.append(finding(rule, ctx, _ev(ctx, p, w.start(), end), found=p.text[w.start("b"):end].strip(),
                               detail=f"{_vn_int(a)}/{_vn_int(b)} = {_vn_pct(actual)}%, không phải {m.group('p')}%"))
    return out


# -- a share of a whole the document states elsewhere ------------------------------------------------------
#: "Số lao động nữ là 143 người, chiếm 25,5% tổng số lao động", "236 người dự (đạt 68,2% tổng số người lao
#: động)": a count and its share of a named whole.
SHARE_OF = re.compile(rf"(?<![\w/.,])(?P<a>{NUMBER})(?![\d/,])\s+[^\W\d_]+[^\d%;.()]{{0,20}}?[,(]\s*(?:chiem|bang|dat)\s+"
                      r"(?:ty\s+le\s+|ti\s+le\s+)?(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%\s*(?:so\s+voi\s+)?tong\s+so\s+"
                      r"(?P<whole>[^\W\d_]+(?:\s+[^\W\d_]+)?)")
#: Words of the whole's noun that do not name it ("tổng số lao động của Công ty").
_WHOLE_SKIP = {"cua", "trong", "toan", "tai", "o", "thuoc", "nguoi"}
#: Whose whole a share may be of and still be the document's: "tổng số lao động của Công ty", "… toàn xã".
_WHOLE_OWNERS = ("cong ty", "xa", "phuong", "thi tran", "dac khu", "thon", "to dan pho", "lang", "co quan",
                 "don vi", "doanh nghiep", "benh vien", "truong", "toan")


def _document_wholes(ctx: Context, key: list[str]) -> list[int]:
    """Every count of ``key`` ("lao dong", "ho") the document states as a whole: "Công ty có 640 người lao
    động", "tổng số lao động: 640 người", or a table's total row under a column that names it."""
    words = r"\s+".join(map(re.escape, key))
    # "có 81 hộ dự họp" counts those present, not the whole
    stated = re.compile(rf"(?<!\w)(?:co|gom|tong\s+cong|tong\s+so|voi)\s+(?:la\s+)?(?P<n>{NUMBER})(?![\d/,])\s+(?:nguoi\s+)?{words}(?!\w)"
                        r"(?!(?:\s+[a-z]+){0,3}?\s+(?:du|tham\s+du|co\s+mat|tan\s+thanh|dong\s+y|vang|bieu\s+quyet|nhat\s+tri)(?!\w))"
                        rf"|(?<!\w)tong\s+so\s+(?:nguoi\s+)?{words}(?!\w)[^\d;.%]{{0,40}}?(?P<n2>{NUMBER})(?![\d/,%])(?!\s*%)"
                        # s20-ic (u59-01 l.29): those present as a fraction of the whole, "171/212 hộ có đại diện dự họp"
                        rf"|(?<![\w/.,]){NUMBER}\s*/\s*(?P<n3>{NUMBER})(?![\d/,])\s+(?:nguoi\s+)?{words}(?!\w)"
                        r"(?=(?:\s+[a-z]+){0,4}?\s+(?:du(?:\s+hop)?|tham\s+du|co\s+mat)(?!\w))")
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        for m in stated.finditer(p.folded):
            out.append(_num(m.group("n") or m.group("n2") or m.group("n3")))
    for rows in pipe_tables(_aligned(ctx)):
        if len(rows) < 3:
            continue
        table = [[fold_keep_length(c).lower() for c in cells] for _, cells in rows]
        cols = [j for j, h in enumerate(table[0]) if re.search(rf"(?<!\w){words}(?!\w)", h) and not NOT_ADDED.search(h)]
        for i, row in enumerate(table[1:], 1):
            if TOTAL_ROW.match(row[0]) or TOTAL_ROW_NAMED.match(row[0]):
                out += [_num(row[j]) for j in cols if j < len(row) and re.fullmatch(NUMBER, row[j])]
                # the rows' own sum too: a wrong total row (IC-10) is not the only whole the reader has
                for j in cols:
                    col = [r[j] if j < len(r) else "" for r in table[1:i]]
                    if col and all(re.fullmatch(NUMBER, v) for v in col):
                        out.append(sum(_num(v) for v in col))
    return out


#: "131 đại diện hộ tán thành trên tổng số " before the count a share follows: the share may be of the part (131) over
#: another whole ("… 168 đại diện hộ dự họp, đạt 63,9% tổng số hộ trong thôn" — 131 of the 205 households).
_PART_ON_BEFORE = re.compile(rf"(?<![\w/.,])(?P<x>{NUMBER})(?![\d/,])(?:\s+[a-z]+){{0,10}}?\s+tren\s+(?:tong\s+so\s+)?$")


def _part_before(f: str, start: int) -> int | None:
    m = _PART_ON_BEFORE.search(f[max(0, start - 90):start])
    return _num(m.group("x")) if m else None


def _check_shares_of_document(rule: Rule, ctx: Context) -> list[Finding]:
    """A share "chiếm P% tổng số X" of a whole X the document states elsewhere (a sentence or a table's
    total row): reported when the percentage fits none of the wholes stated."""
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = p.folded
        for m in SHARE_OF.finditer(f):
            if _labelled_number(f, m.start()):
                continue
            key = [w for w in m.group("whole").split() if w not in _WHOLE_SKIP][:2]
            q = re.match(r"\s+(?:cua|tai|o|thuoc|trong)\s+(?P<q>[^\W\d_]+(?:\s+[^\W\d_]+)?)", f[m.end():m.end() + 40])
            if not key or (q and not q.group("q").startswith(_WHOLE_OWNERS)):
                continue  # "tổng số lao động của xí nghiệp": the whole of a part, not of the document's body
            a, pct = _num(m.group("a")), float(m.group("p").replace(",", "."))
            wholes = sorted({n for n in _document_wholes(ctx, key) if n > a})
            x = _part_before(f, m.start())
            if not wholes or any(abs(100.0 * y / n - pct) <= _tolerance(m.group("p")) + 1e-9
                                 for n in wholes for y in (a, x) if y):
                continue
            shown = "; ".join(f"{_vn_int(a)}/{_vn_int(n)} = {_vn_pct(100.0 * a / n)}%" for n in wholes[:3])
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(),
                               detail=f"{shown}, không phải {m.group('p')}%"))
    return out


#: "24/24 thôn đã có hương ước, trong đó 21 hương ước đã được công nhận theo Nghị định số 61/2023/NĐ-CP
#: (đạt 91,7%)": a whole (a count or a ratio), a "trong đó" part, and the part's percentage after a longer
#: clause (the short form "trong đó 320 hộ nghèo (chiếm 25,6%)" is read with the breakdown).
FAR_PART = re.compile(rf"(?<![\w/.,])(?P<a>{NUMBER})(?:\s*/\s*(?P<b>{NUMBER}))?(?![\d/,])\s+[^\W\d_]+[^.;:()%\d]{{0,80}}?,?\s*"
                      rf"trong\s+do\s*:?\s*(?P<z>{NUMBER})(?![\d/,])\s+(?P<gap>[^.;()%]{{1,160}}?)\s*"
                      r"\(\s*(?:dat|chiem|bang)?\s*(?:ty\s+le\s+|ti\s+le\s+)?(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%\s*\)")
#: A cited text's number inside a clause ("Nghị định số 61/2023/NĐ-CP", "năm 2023"): no count of the part.
_CITED_NUMBER = re.compile(r"(?<!\w)(?:so\s+)?\d+(?:/[\w.-]*\d[\w.-]*)+(?:/[a-z-]+)*|(?<!\w)(?:so|nam)\s+\d+(?!\w)")


def _check_far_part_share(rule: Rule, ctx: Context, p) -> list[Finding]:
    out = []
    f = p.folded
    for m in FAR_PART.finditer(f):
        gap = m.group("gap")
        if re.search(r"\d", _CITED_NUMBER.sub(" ", gap)) or COMPARED.search(_CITED_NUMBER.sub(" ", gap)):
            continue  # another count, or a comparison, between the part and the percentage
        if not m.group("b") and len(gap.split()) <= 4 and not _CITED_NUMBER.search(gap):
            continue  # the short form: ``_part_percents`` reads it
        if _labelled_number(f, m.start()) or OTHER_BASE.match(f[m.end():m.end() + 20]):
            continue
        z, pct = _num(m.group("z")), float(m.group("p").replace(",", "."))
        wholes = {_num(m.group("a"))} | ({_num(m.group("b"))} if m.group("b") else set())
        wholes = {w for w in wholes if w >= z and w > 0}
        if not wholes or any(abs(100.0 * z / w - pct) <= _tolerance(m.group("p")) + 1e-9 for w in wholes):
            continue
        w = max(wholes)
        out += _share_finding(rule, ctx, p, _ev(ctx, p, m.start("z"), m.end()), p.text[m.start("z"):m.end()].strip(),
                              z, w, m.group("p"))
    return out


# -- a percentage followed by the figures it is computed from ---------------------------------------------------
#: "Tỷ lệ hộ tham dự bình quân tại 6 cuộc bầu cử là 79,5% (tổng số 1.046 hộ, có 806 hộ dự)": the percentage first,
#: then, in parentheses, the whole ("tổng số / trên …") and the part counted in the same noun. The part over the
#: whole must give the percentage (± one unit of its last digit). Silent when the part exceeds the whole.
SHARE_BEFORE = re.compile(rf"(?<![\d,])(?P<p>\d{{1,3}}(?:,\d{{1,2}})?)\s*%\s*\(\s*(?:tinh\s+)?(?:tren\s+(?:tong\s+so\s+)?|tong\s+so\s*:?\s*)"
                          rf"(?P<b>{NUMBER})(?![\d/,])\s+(?P<noun>[^\W\d_]+)(?:\s+[^\W\d_]+){{0,4}}\s*[,;]\s*"
                          rf"(?:trong\s+do\s+|co\s+|da\s+|so\s+)?(?P<a>{NUMBER})(?![\d/,])\s+(?P=noun)(?!\w)[^()%]{{0,60}}\)")


def check_share_before(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = fold_keep_length(p.key)
        if "%" not in f:
            continue
        for m in SHARE_BEFORE.finditer(f):
            a, b = _num(m.group("a")), _num(m.group("b"))
            if b == 0 or a > b:
                continue
            actual = 100.0 * a / b
            if abs(actual - float(m.group("p").replace(",", "."))) <= _tolerance(m.group("p")) + 1e-9:
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(),
                               detail=f"{_vn_int(a)}/{_vn_int(b)} = {_vn_pct(actual)}%, không phải {m.group('p')}%"))
    return out



# --- rulesV (round 10): a ratio and its percentage in any of the usual phrasings ---
#: A count: "2.714" (dots between thousands) or "2714"; not part of a decimal "91,2" or of a date "12/2025/…".
_RNUM = r"\d{1,3}(?:\.\d{3})+|\d{1,6}"
#: "a/b", "a hộ/b hộ", "a trên b", "a trên tổng số b", "a trong tổng số b" (folded text, numbers as digits).
_RATIO_CORE = (rf"(?P<a>{_RNUM})(?![\d,.]\d)(?:\s+[^\W\d_]+){{0,2}}\s*(?:/|\s(?:tren|trong)\s+(?:tong\s+so\s+)?)\s*"
               rf"(?P<b>{_RNUM})(?![\d/]|[,.]\d)")
#: s28-ic (u81-13 l.24): the year or school year the counted acts belong to, read past between a ratio and its share —
#: "312/340 trường đã tổ chức hội nghị viên chức năm học 2025 - 2026, đạt 93,5%" (folded; after "năm", "năm học").
_PERIOD_YEAR = r"(?<=nam |hoc )(?:19|20)\d\d(?:\s*-\s*(?:19|20)\d\d)?(?!\d)"
#: "… a/b …, đạt p%", "… a/b … (p%)", "a/b … = p%", "a/b …; tỷ lệ p%": the percentage after the ratio, only
#: words (no number, no sentence end) between them.
#: s24-ic (u73-05 l.26): the owner of the counted items may be counted between them, "361/383 hộ của hai thôn, đạt
#: 96,3%" ("của" or "tại" and a small count), read past.
RATIO_THEN_PCT = re.compile(
    rf"(?<![\w/.,]){_RATIO_CORE}(?P<mid>(?:[^\d%;.:()=]|(?<=(?:cua|tai) )\d{{1,2}}(?= +[a-z])|{_PERIOD_YEAR}){{0,90}}?)"
    r"(?:\s*[,(]\s*|\s*=\s*|\s*;\s*(?=(?:dat\s+)?(?:ty|ti)\s+le)|\s+(?=(?:dat|chiem|bang)\s))"
    r"(?:(?:dat|chiem|bang|la)\s+)?(?:(?:ty|ti)\s+le\s+(?:la\s+)?)?(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%")
#: "đạt p% (a/b hộ)", "p% (a trên b hộ)": the percentage first, its ratio in the parentheses after it.
PCT_THEN_RATIO = re.compile(rf"(?<![\w/.,])(?P<p>\d{{1,3}}(?:,\d{{1,2}})?)\s*%\s*\(\s*(?:[^\W\d_]+\s+){{0,3}}{_RATIO_CORE}")
#: Before the first count: a date or a document number, not a count ("tháng 12/2025", "số 15/2025/…").
_NOT_COUNT_BEFORE = re.compile(r"(?<!\w)(?:ngay|thang|nam|so|quy|dieu|khoan|ky|tu|den|toi|truoc|sau|vao|luc|han)\s*:?\s*$")


def _check_ratio_any(rule: Rule, ctx: Context, p, taken: list[tuple[int, int]]) -> list[Finding]:
    """A ratio whose stated percentage is not its quotient, read in any of the usual phrasings; the
    readers above (``taken`` spans) keep their own. A percentage of another base ("95% kế hoạch",
    "so với năm trước") is not checked; one unit of the last written digit is allowed."""
    out = []
    taken = [*taken, *((m.start(), m.end()) for m in PAIR_PERCENT.finditer(p.key))]  # ``_check_percent``'s
    key = fold_keep_length(p.key)
    for m in [*RATIO_THEN_PCT.finditer(key), *PCT_THEN_RATIO.finditer(key)]:
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if _NOT_COUNT_BEFORE.search(key[max(0, m.start() - 12):m.start()]) or OTHER_BASE.match(key[m.end():m.end() + 20]):
            continue
        if re.search(r"(?<!\w)(?:tang|giam|so\s+voi|nam\s+truoc|ky\s+truoc)(?!\w)", m.groupdict().get("mid") or ""):
            continue
        a, b = _num(m.group("a")), _num(m.group("b"))
        if b == 0 or a > b or (a <= 12 and 1990 <= b <= 2100 and "." not in m.group("b")):
            continue  # "12/2025": a month
        taken.append((m.start(), m.end()))
        pct = float(m.group("p").replace(",", "."))
        actual = 100.0 * a / b
        if abs(actual - pct) <= _tolerance(m.group("p")) + 1e-9:
            continue
        out += _share_finding(rule, ctx, p, _ev(ctx, p, m.start(), m.end()), p.text[m.start():m.end()], a, b, m.group("p"))
    return out


# --- rulesV (round 10): a count stated both as a number and as a fraction of another count ---
#: A fraction as the key writes it ("hai phần ba" → "2/3", "năm mươi phần trăm" → "50%"), or "một nửa".
_FRACTION = r"(?P<fa>\d{1,2})\s*/\s*(?P<fb>\d{1,2})(?![\d/])|(?P<pc>\d{1,3}(?:,\d{1,2})?)\s*%|(?P<half>mot\s+nua)"
#: The whole the fraction is of: "số đại biểu được triệu tập", "tổng số hộ gia đình trong thôn".
_OF = r"\s+(?:tong\s+)?so\s+(?P<phrase>[^\W\d_]+(?:\s+[^\W\d_]+){0,7}?)"
#: "ít nhất 75 đại biểu (hai phần ba số đại biểu được triệu tập)", "75 đại biểu, bằng 2/3 số …,":
#: the count first, the fraction in parentheses or after a comma and "bằng"/"tức là".
COUNT_THEN_FRACTION = re.compile(
    rf"(?<![\w/.,])(?P<n>\d{{1,3}}(?:\.\d{{3}})*)(?![\d/,.])\s+(?P<unit>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*"
    rf"(?:\(\s*|,\s*(?:bang|tuc\s+la|tuong\s+duong(?:\s+voi)?)\s+)(?:(?:it\s+nhat|toi\s+thieu|tren|qua)\s+)?"
    rf"(?:{_FRACTION}){_OF}\s*(?=[),;.]|\s+(?:co\s+mat|tham\s+du|du\s+hop)(?!\w))")
#: "ít nhất 2/3 số đại biểu được triệu tập (75 người)", "trên 50% tổng số hộ … (100 hộ)": the fraction first.
FRACTION_THEN_COUNT = re.compile(
    rf"(?<![\w/.,])(?:{_FRACTION}){_OF}\s*\(\s*(?:(?:la|tuc\s+la|bang|tuong\s+duong)\s+)?"
    rf"(?P<n>\d{{1,3}}(?:\.\d{{3}})*)(?![\d/,.])(?:\s+[^\W\d_]+){{0,2}}\s*\)")


def _fraction(m) -> float | None:
    if m.group("fa"):
        a, b = int(m.group("fa")), int(m.group("fb"))
        return a / b if 0 < a < b else None
    if m.group("pc"):
        x = float(m.group("pc").replace(",", "."))
        return x / 100 if 0 < x < 100 else None
    return 0.5


def _whole_counts(text: str, phrase: str, skip: tuple[int, int]) -> set[int]:
    """Every number the document states for ``phrase``: "Số đại biểu được triệu tập là 120 người",
    "| Số đại biểu được triệu tập | 120 người |", "120 đại biểu được triệu tập", "triệu tập 120 đại biểu"."""
    words = r"\s+".join(map(re.escape, phrase.split()))
    # the number on the label's own line: "… dự họp |" closing a row is not stated by "5. Căn cứ …" below it
    rxs = [rf"(?<!\w)(?:tong\s+)?so\s+{words}[^\S\n]*(?:\||:)?[^\S\n]*(?:(?:la|co|gom|bang|du\s+kien)\s+)?(?P<y>\d{{1,3}}(?:\.\d{{3}})*)(?![\d/,.]\d)",
           rf"(?<![\w/.,])(?P<y>\d{{1,3}}(?:\.\d{{3}})*)(?![\d/,])\s+{words}(?!\w)"]
    passive = re.fullmatch(r"(?P<noun>.+?)\s+duoc\s+(?P<verb>.+)", phrase)
    if passive:  # "đại biểu được triệu tập" ← "triệu tập 120 đại biểu"
        noun = r"\s+".join(map(re.escape, passive.group("noun").split()))
        verb = r"\s+".join(map(re.escape, passive.group("verb").split()))
        rxs.append(rf"(?<!\w){verb}\s+(?P<y>\d{{1,3}}(?:\.\d{{3}})*)(?![\d/,])\s+{noun}(?!\w)")
    out = set()
    for rx in rxs:
        for m in re.finditer(rx, text):
            if skip[0] <= m.start() < skip[1]:
                continue
            if re.search(r"(?<!\w)nam\s+\d{4}\s*[,:]?\s*$", text[max(0, m.start() - 16):m.start()]):
                out.add(-1)  # "Năm 2024 số đại biểu … là 120": the whole of one year; another may follow
            out.add(_num(m.group("y")))
    return out


def check_fraction_counts(rule: Rule, ctx: Context) -> list[Finding]:
    """A count given with the fraction of a whole it stands for ("ít nhất 75 đại biểu (hai phần ba số đại
    biểu được triệu tập)") against the whole the document states once ("Số đại biểu được triệu tập là 120
    người"): the count must be the fraction of it, give or take one (66 or 67 for 2/3 of 100; 119 for "trên
    50%" of 236). Not checked when the document states no number, or several numbers, for that whole."""
    paras = list(ctx.doc.zone("preamble", "body", "closing"))
    keys = [fold_keep_length(p.key) for p in paras]
    text = "\n".join(keys)
    out, base = [], 0
    for p, key in zip(paras, keys):
        for m in [*COUNT_THEN_FRACTION.finditer(key), *FRACTION_THEN_COUNT.finditer(key)]:
            frac = _fraction(m)
            phrase = " ".join(m.group("phrase").split())
            if frac is None or len(phrase) < 3:
                continue
            wholes = _whole_counts(text, phrase, (base + m.start(), base + m.end()))
            n = _num(m.group("n"))
            if len(wholes) != 1:
                continue
            whole = wholes.pop()
            if whole <= n:
                continue
            expected = frac * whole
            if expected - 1 < n <= expected + 1:
                continue
            fr = m.group(0)[m.start("fa") - m.start():m.end("fb") - m.start()] if m.group("fa") else (
                m.group("pc") + "%" if m.group("pc") else "một nửa")
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(),
                               detail=f"{fr} của {_vn_int(whole)} là {_vn_pct(expected).replace(',0', '')}, "
                                      f"không phải {_vn_int(n)}"))
        base += len(key) + 1
    return out


# --- rulesV (round 10): items counted, then split by how far they have got ("đã / đang / chưa …") ---
#: "đã giải quyết", "đang giải quyết", "chưa giải quyết": a status and the action it is the status of.
_STATUS = r"(?P<st>da|dang|chua|con)\s+(?:duoc\s+)?(?P<verb>[^\W\d_]+\s+[^\W\d_]+)"
STATUS_LABEL = re.compile(rf"^\s*{_STATUS}(?!\w)")
#: Prose: "tiếp nhận 27 kiến nghị; đã giải quyết 19 kiến nghị, đang giải quyết 6 kiến nghị."
STATUS_PART = re.compile(rf"(?<!\w){_STATUS}\s+(?:xong\s+)?(?P<n>\d{{1,3}}(?:\.\d{{3}})*)(?![\d/,.]\d|\s*/)"
                         r"(?:\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+)?))?")
#: The count first: "19 kiến nghị đã được giải quyết, 6 kiến nghị đang giải quyết".
STATUS_PART_AFTER = re.compile(rf"(?<![\w/.,])(?P<n>\d{{1,3}}(?:\.\d{{3}})*)(?![\d/,])\s+(?P<noun>[^\W\d_]+\s+[^\W\d_]+)\s+"
                               rf"{_STATUS}(?!\w)")
_WHOLE = re.compile(rf"(?<![\w/.,])(?P<n>\d{{1,3}}(?:\.\d{{3}})*)(?![\d/,])\s+(?P<noun>[^\W\d_]+\s+[^\W\d_]+)")


def _status_group(labels: list[str]) -> bool:
    """Labels that split one action by status: at least one "đã" and one "đang"/"chưa"/"còn", the same action."""
    ms = [STATUS_LABEL.match(lb) for lb in labels]
    if not all(ms) or len(ms) < 2:
        return False
    return len({m.group("verb") for m in ms}) == 1 and "da" in {m.group("st") for m in ms} and bool(
        {m.group("st") for m in ms} & {"dang", "chua", "con"})


#: A row that says what became of the items counted above it: done, under way, pending, passed on, returned.
_DISPOSITION = re.compile(r"^\s*(?:(?:da|dang|chua|con)\s+|(?:chuyen|tra\s+lai|huong\s+dan|khong\s+thu\s+ly)(?!\w))")


def _disposition_group(labels: list[str]) -> bool:
    """Rows under an explicit "Tổng số …" that each say what became of the items ("Đã giải quyết xong", "Đang
    xem xét, chưa đến hạn trả lời", "Chuyển cơ quan có thẩm quyền"), at least one done and one not yet: they
    account for every item even when their verbs differ."""
    sts = [re.match(r"\s*(da|dang|chua|con)\s", lb.lower()) for lb in labels]
    return len(labels) >= 2 and all(_DISPOSITION.match(lb.lower()) for lb in labels) \
        and any(m and m.group(1) == "da" for m in sts) and any(m and m.group(1) != "da" for m in sts)


#: s19-ic2 (u61-05 l.27): a count cell with its unit, "27 vụ việc" (the unit the same down the column).
_COUNT_CELL = re.compile(rf"(?P<n>{NUMBER})(?:\s+(?P<unit>[^\W\d_]+(?:\s+[^\W\d_]+)?))?")


def _count_cells(col: list[str]) -> list[str] | None:
    """The numbers of a column of counts ("27 vụ việc", "15 vụ việc" or bare "27"), one unit or none throughout."""
    ms = [_COUNT_CELL.fullmatch(v.strip()) for v in col]
    if not all(ms) or len({fold_keep_length(m.group("unit") or "").lower() for m in ms}) != 1:
        return None
    return [m.group("n") for m in ms]


#: The row of the whole the disposition rows below account for: "Tổng số …", or what was received — s20-ic (u58_03
#: l.24): "Tiếp nhận trong năm | 14" over "Đã xem xét, xác minh xong | 9", "Đang xác minh | 3", "Chuyển cơ quan … | 1";
#: "Số đơn tiếp nhận", "Nhận được", "Tổng số đơn thư nhận được" (folded, lower case).
_COUNTED_WHOLE = re.compile(r"\s*(?:tong\s+so(?!\w)|tong\s+cong(?!\w)|(?:da\s+)?(?:tiep\s+nhan|nhan\s+duoc)(?!\w)"
                            r"|so\s+(?:[a-z]+\s+){1,3}?(?:da\s+|duoc\s+)?(?:tiep\s+nhan|nhan\s+duoc)(?!\w))")


def _status_table(rule: Rule, ctx: Context, table: list[tuple[int, list[str]]]) -> list[Finding]:
    out = []
    header, rows = table[0][1], table[1:]
    if len(header) >= 2 and _count_cells(header[1:2]) and not _count_cells(header[:1]):
        header, rows = [""] * len(header), table  # no header row: the table opens with its whole ("Tổng số … | 27 vụ việc")
    labels = [fold_keep_length(c[0]) for _, c in rows]
    # rows: a counted whole, then status rows to the end of the table
    for i in range(len(rows) - 2):
        if STATUS_LABEL.match(labels[i]) or labels[i].startswith(("trong do", "-", "+")):
            continue
        if not _status_group(labels[i + 1:]) and not (_COUNTED_WHOLE.match(labels[i].lower())
                                                      and _disposition_group(labels[i + 1:])):
            continue
        for j in range(1, len(header)):
            if NOT_ADDED.search(fold_keep_length(header[j])):
                continue
            col = _count_cells([c[j] if j < len(c) else "" for _, c in rows[i:]])
            if col is None:
                continue
            whole, parts = _num(col[0]), [_num(v) for v in col[1:]]
            if sum(parts) != whole:
                no, cells = rows[-1]
                ev = ctx.doc.evidence_line(rows[i][0])  # the total's row through the last part's
                ev = Evidence(ev.text, ev.line, no, ev.paragraph, ev.section)
                out.append(finding(rule, ctx, ev, found=" | ".join(rows[i][1]),
                                   detail=f"{' + '.join(col[1:])} = {_vn_int(sum(parts))}, không phải "
                                          f"{col[0]} ({rows[i][1][0]})"))
        break
    # columns: a counted whole, then status columns to the end of each row
    heads = [fold_keep_length(h) for h in header]
    for k in range(1, len(heads) - 2):
        if STATUS_LABEL.match(heads[k]) or NOT_ADDED.search(heads[k]) or not _status_group(heads[k + 1:]):
            continue
        for no, cells in rows:
            vals = cells[k:]
            if len(vals) != len(heads) - k or not all(re.fullmatch(NUMBER, v) for v in vals):
                continue
            if sum(_num(v) for v in vals[1:]) != _num(vals[0]):
                out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=" | ".join(cells),
                                   detail=f"{' + '.join(vals[1:])} = {_vn_int(sum(_num(v) for v in vals[1:]))}, "
                                          f"không phải {vals[0]} ({header[k]})"))
        break
    return out


def _status_prose(rule: Rule, ctx: Context, p) -> list[Finding]:
    out = []
    key = fold_keep_length(p.key)
    for sent in re.finditer(r"(?:[^.]|\.(?=\d))+", key):
        s = sent.group(0)
        parts = list(STATUS_PART.finditer(s))
        if len(parts) < 2 or not _status_group([m.group(0) for m in parts]):
            parts = list(STATUS_PART_AFTER.finditer(s))
            if len(parts) < 2 or not _status_group([s[m.start("st"):m.end()] for m in parts]):
                continue
        nouns = {" ".join(m.group("noun").split()[:2]) for m in parts if m.group("noun")}
        wholes = [w for w in _WHOLE.finditer(s[:parts[0].start()]) if w.group("noun") in nouns]
        if not wholes or len(nouns) != 1:
            continue
        if _WHOLE.search(s[parts[-1].end():]):
            continue  # another count after the last status: the split goes on
        between = s[wholes[-1].end():parts[0].start()]
        if re.search(r"\d", between):
            continue
        whole = _num(wholes[-1].group("n"))
        nums = [_num(m.group("n")) for m in parts]
        if sum(nums) == whole:
            continue
        a, b = sent.start() + wholes[-1].start(), sent.start() + parts[-1].end()
        out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b],
                           detail=f"{' + '.join(m.group('n') for m in parts)} = {_vn_int(sum(nums))}, "
                                  f"không phải {wholes[-1].group('n')}"))
    return out


#: s19-ic2 (u61-05 l.27): a line that is a label and its count — two cells apart by spaces ("Đang xác minh      9 vụ
#: việc") or a list item after a colon ("- Đang xác minh: 9 vụ việc;"); no digit in the label.
_LABEL_COUNT = re.compile(r"^\s*(?:[-+•*]\s*)?(?P<label>[^\W\d_][^\d|:]{2,90}?)\s*(?::\s*|[ ]{2,}|\t+)"
                          rf"(?P<count>{NUMBER}(?:\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?)\s*[;.,]?\s*$")


def _label_count_runs(ctx: Context) -> list[list[tuple[int, list[str]]]]:
    """Runs of three lines or more, each a label and its count, as the rows of a table without a header (the lines
    a table aligned with spaces already turned into "| … |" rows are not read again)."""
    runs, run = [], []
    for no, line in enumerate([*_aligned(ctx), ""], 1):
        m = _LABEL_COUNT.match(line) if "|" not in line else None
        if m:
            run.append((no, [m.group("label").strip(), m.group("count").strip()]))
            continue
        if len(run) >= 3:
            runs.append(run)
        run = []
    return runs


def check_status_parts(rule: Rule, ctx: Context) -> list[Finding]:
    """Items counted, then split by status to the end of the list ("27 kiến nghị: đã giải quyết 19, đang
    giải quyết 6"; a table's rows or columns "Đã giải quyết | Đang giải quyết"): the parts must add up to
    the whole. Not read when another kind of part follows ("chuyển cơ quan khác 2") or the statuses are of
    different actions ("đã công khai" / "đang hoàn thiện")."""
    out = [f for t in pipe_tables(_aligned(ctx), 2) if len(t) >= 3 for f in _status_table(rule, ctx, t)]
    out += [f for t in _label_count_runs(ctx) for f in _status_table(rule, ctx, t)]
    paras = list(ctx.doc.zone("preamble", "body", "closing"))
    for i, p in enumerate(paras):
        found = _status_prose(rule, ctx, p)  # "| Đã giải quyết | 19 |": a cell between, not read as prose
        out += found or _received_prose(rule, ctx, p, paras[i + 1] if i + 1 < len(paras) else None)
    out += _received_list(rule, ctx)
    out += [f for p in paras for f in _comments_answered(rule, ctx, p)]
    return first_per_line(out)  # s20-ic: a list of label-and-count lines read as a table and as prose


#: What became of comments received: each is taken in ("tiếp thu") or answered ("giải trình"; Law 10/2022 Art. 28.3,
#: Art. 55.1) — "tiếp thu 19 ý kiến", "19 ý kiến được tiếp thu", "giải trình 06 ý kiến" (folded, numbers as digits).
_ANSWERED = re.compile(rf"(?<!\w)(?P<verb>(?:khong\s+|chua\s+)?tiep\s+thu|giai\s+trinh)\s+(?:(?:va\s+)?duoc\s+)?"
                       rf"(?P<n>\d{{1,3}})(?![\d/,.]\d|\s*/|\s*%)\s+(?P<noun>[a-z]+)"
                       rf"|(?<![\w/.,])(?P<n2>\d{{1,3}})(?![\d/,.]\d|\s*/|\s*%)\s+(?P<noun2>[a-z]+)(?:\s+[a-z]+)?\s+"
                       rf"(?:da\s+)?(?:duoc\s+)?(?P<verb2>(?:khong\s+|chua\s+)?tiep\s+thu|giai\s+trinh)(?!\w)")
#: The text says no comment is left: "không còn ý kiến nào chưa xử lý", "tất cả các ý kiến đều đã được tiếp thu,
#: giải trình", "100% ý kiến được …".
_NONE_LEFT = re.compile(r"(?<!\w)(?:khong\s+con\s+(?:[a-z]+\s+){0,3}?nao\s+(?:chua|khong)\s+(?:duoc\s+)?(?:xu\s+ly|tiep\s+thu|"
                        r"giai\s+trinh|tra\s+loi|giai\s+quyet)|(?:tat\s+ca|toan\s+bo)\s+(?:cac\s+)?(?:y\s+kien|gop\s+y)\s+"
                        r"(?:[a-z]+\s+){0,3}?(?:deu\s+)?(?:da\s+)?duoc\s+(?:xu\s+ly|tiep\s+thu|giai\s+trinh|tra\s+loi)|"
                        r"100\s*%\s+(?:so\s+)?(?:y\s+kien|gop\s+y)\s+(?:deu\s+)?(?:da\s+)?duoc)")


def _comments_answered(rule: Rule, ctx: Context, p) -> list[Finding]:
    """s23-ic (u72-10 l.25): "nhận 27 ý kiến; tiếp thu 19 ý kiến, giải trình 06 ý kiến, không còn ý kiến nào chưa xử
    lý": comments received, those taken in and those answered, and the text saying none is left — the two then make
    the whole. Read only with that saying, both dispositions told once, in the whole's noun, in one sentence; and only
    fewer than received is a contradiction (one comment may be taken in part and answered in part)."""
    out = []
    f = p.folded
    for sent in re.finditer(r"(?:[^.\n]|\.(?=\d))+", f):
        s, off = sent.group(0), sent.start()
        ws = list(RECEIVED.finditer(s))
        if len(ws) != 1 or not _NONE_LEFT.search(s, ws[0].end()):
            continue
        w = ws[0]
        parts = []
        for m in _ANSWERED.finditer(s, w.end()):
            verb, n, noun = (m.group("verb"), m.group("n"), m.group("noun")) if m.group("verb") else \
                (m.group("verb2"), m.group("n2"), m.group("noun2"))
            if noun != w.group("noun"):
                continue
            parts.append((re.sub(r"\s+", " ", verb), _num(n), m))
        verbs = [v for v, _, _ in parts]
        if "tiep thu" not in verbs or "giai trinh" not in verbs or len(set(verbs)) != len(verbs):
            continue
        whole, total = _num(w.group("n")), sum(n for _, n, _ in parts)
        if total >= whole:
            continue
        a, b = off + w.start(), off + parts[-1][2].end()
        second = re.match(r"\s+[a-z]+", s[w.end():])  # "ý kiến": the noun's second word ends the quote too
        if second and f[b:b + second.end()] == second.group(0):
            b += second.end()
        out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b].strip(" ,;"),
                           detail=f"{' + '.join(_vn_int(n) for _, n, _ in parts)} = {_vn_int(total)}, ít hơn "
                                  f"{_vn_int(whole)} đã nhận, trong khi văn bản nói không còn ý kiến nào chưa xử lý"))
    return out


#: A list item of a status: "- đã xem xét, giải quyết xong: 09;", "- đang xác minh: 05 đơn", "- chuyển cơ quan có
#: thẩm quyền: 02." — its label, then its one count at the end (folded, marker removed).
_STATUS_ITEM = re.compile(rf"^(?P<label>[a-z][^\d:]{{2,80}}?)\s*:\s*(?P<n>{NUMBER})(?![.,]?\d)\s*(?P<noun>[a-z]+)?\s*[;.,]?\s*$")


def _received_list(rule: Rule, ctx: Context) -> list[Finding]:
    """Items received, then split by status on the list lines below ("Tiếp nhận 17 đơn, …, trong đó:" / "- đã
    xem xét, giải quyết xong: 09;" / "- đang xem xét: 05;" / "- chuyển cơ quan có thẩm quyền: 02."): the lines account
    for every item when one is done ("đã giải quyết / trả lời / xử lý"), another not yet ("đang", "chưa") and each
    line is one status and one count; their counts must add up to those received."""
    out = []
    paras = list(ctx.doc.zone("preamble", "body", "closing"))
    for i, p in enumerate(paras):
        f = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), fold_keep_length(p.key))
        if not f.rstrip().endswith(":"):
            continue
        ws = list(RECEIVED.finditer(f))
        if len(ws) != 1 or re.search(r"\d", f[ws[0].end():]):
            continue
        w = ws[0]
        items = []
        style = None
        for q in paras[i + 1:i + 10]:
            mk = _BULLET_ITEM.match(q.folded)
            if not mk or style and _style(mk.group(0)) != style:
                break  # the list ends at its last line or at a marker of another kind ("4. …" after "- …")
            style = _style(mk.group(0))
            m = _STATUS_ITEM.match(_BULLET_ITEM.sub("", q.folded))
            if not m or m.group("noun") and m.group("noun") != w.group("noun") or _PART_OF_PART.search(m.group("label")):
                items = []
                break
            items.append((m, q))
        labels = [m.group("label") for m, _ in items]
        if len(items) < 2 or not any(re.match(r"da\s", lb) and _DONE_VERB.search(lb) for lb in labels) \
                or not any(re.match(r"(?:dang|chua|con)\s", lb) for lb in labels):
            continue
        whole, nums = _num(w.group("n")), [_num(m.group("n")) for m, _ in items]
        if sum(nums) == whole:
            continue
        a, b = w.start(), w.end()
        ev = _ev(ctx, p, a, b)
        ev = Evidence(ev.text, ev.line, max(ev.end_line, items[-1][1].line), ev.paragraph, ev.section)
        out.append(finding(rule, ctx, ev, found=p.text[a:b],
                           detail=f"{' + '.join(m.group('n') for m, _ in items)} = {_vn_int(sum(nums))}, "
                                  f"không phải {w.group('n')}"))
    return out


#: "Ban tiếp nhận 17 đơn, kiến nghị": items received, counted (folded text).
RECEIVED = re.compile(r"(?<!\w)(?:tiep\s+nhan|nhan\s+duoc|(?<!ca\s)(?<!cong\s)(?<!dan\s)(?<!tu\s)nhan)\s+(?:duoc\s+)?(?:(?:tong\s+(?:so|cong)|tat\s+ca)\s+)?"
                      r"(?P<n>\d{1,3})\s+(?P<noun>[^\W\d_]+)(?!\s*/)")
#: "Đã phối hợp giải quyết xong 11 đơn", "đang xem xét, xác minh 5 đơn": what became of them, by status.
#: s24-ic (u74_09 l.29): the verbs may run long, "đã xem xét, xác minh và trả lời bằng văn bản 9 đơn".
DISPOSED = re.compile(r"(?<!\w)(?P<st>da|dang|chua|con)\s+(?P<verb>(?:[^\W\d_]+,?\s+){1,10}?)(?:xong\s+)?"
                      r"(?P<n>\d{1,3})(?![\d/,.]\d|\s*/)\s+(?P<noun>[^\W\d_]+)")
_DONE_VERB = re.compile(r"(?<!\w)(?:giai\s+quyet|tra\s+loi|xu\s+ly|ket\s+thuc)(?!\w)")
#: s19-ic (u67-04 l.31): the rest not yet done, "còn 03 kiến nghị đang xem xét", "còn lại 2 đơn chưa giải quyết".
REMAINDER = re.compile(r"(?<!\w)(?P<st>con)(?:\s+lai)?\s+(?P<n>\d{1,3})(?![\d/,.]\d|\s*/)\s+(?P<noun>[^\W\d_]+)"
                       r"(?:\s+[^\W\d_]+){0,2}?\s+(?:dang|chua)\s+[^\W\d_]+")
#: "chuyển UBND xã 09", "chuyển cơ quan có thẩm quyền 09 kiến nghị": those passed on (folded).
PASSED_ON_COUNT = re.compile(r"(?<!\w)chuyen(?:\s+[^\W\d_]+){0,6}?\s+(?P<n>\d{1,3})(?![\d/,.]\d|\s*/)")


#: s18-ic (u63-05 l.28): the next line goes on with what became of the items ("Đã xem xét, xác minh xong 06 đơn;
#: đang xác minh 02 đơn.") — unmarked, opening with a status (folded).
_STATUS_LINE = re.compile(r"^\s*(?:da|dang|chua|con)\s+[^\W\d_]")


def _received_prose(rule: Rule, ctx: Context, p, after=None) -> list[Finding]:
    """Items received, then — in the same sentence or the next ones of the paragraph — each accounted for by its
    status, worded with different verbs ("tiếp nhận 17 đơn … Đã giải quyết xong 11 đơn; đang xem xét, xác minh 5
    đơn"): the parts must add up. Only when one part is done ("đã giải quyết / trả lời / xử lý"), another is not
    yet, every count after the receipt that names the same items is one of the parts, and a bracket's breakdown
    ("(qua hòm thư 6, trực tiếp 11)") is read past."""
    f = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), fold_keep_length(p.key))
    joined = False
    if after is not None and after.zone == p.zone and RECEIVED.search(f) and _STATUS_LINE.match(after.folded) \
            and not RECEIVED.search(after.folded) and not BULLET.match(after.text):
        f, joined = f + "\n" + re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), fold_keep_length(after.key)), True
    out = []
    for w in RECEIVED.finditer(f):
        rest_end = len(f)
        nxt = RECEIVED.search(f, w.end())
        if nxt:
            rest_end = nxt.start()
        rest = f[w.end():rest_end]
        parts = [m for m in DISPOSED.finditer(rest) if m.group("noun") == w.group("noun")]
        # "…, còn 03 kiến nghị đang xem xét": the rest, not yet done, its count before its status
        parts = sorted([*parts, *(m for m in REMAINDER.finditer(rest) if m.group("noun") == w.group("noun")
                                  and not any(q.start() <= m.start("n") < q.end() for q in parts))], key=lambda m: m.start())
        if not parts:
            out += _received_bare(rule, ctx, p, f, w)  # s27-ic: the dispositions as bare counts
            continue
        if len(parts) < 2 or not any(m.group("st") == "da" and (_DONE_VERB.search(m.group("verb")) or
                                                                 re.search(r"(?<!\w)xong\s", m.group(0))) for m in parts) \
                or not any(m.group("st") != "da" for m in parts):
            continue
        counted = [m for m in re.finditer(r"(?<![\w/.,])(\d{1,3})\s+([^\W\d_]+)", rest) if m.group(2) == w.group("noun")]
        if len(counted) != len(parts):
            continue  # another count of the same items ("chuyển cơ quan khác 1 đơn"): not every part is read
        whole, nums = _num(w.group("n")), [_num(m.group("n")) for m in parts]
        if sum(nums) == whole:
            continue
        # "tiếp nhận 11 kiến nghị, chuyển UBND xã 09, …": the items passed on, a bare count before the parts, may be
        # the whole the parts account for
        passed = [m.group("n") for m in PASSED_ON_COUNT.finditer(rest[:parts[0].start()])]
        if sum(nums) in map(_num, passed):
            continue
        a, b = w.start(), w.end() + parts[-1].end()
        if joined and b > len(p.text):  # the parts on the next line: the evidence runs to it
            ev = _ev(ctx, p, a, len(p.text))
            ev = Evidence(ev.text, ev.line, max(ev.end_line, after.end_line), ev.paragraph, ev.section)
            out.append(finding(rule, ctx, ev, found=p.text[w.start():w.end()],
                               detail=f"{' + '.join(m.group('n') for m in parts)} = {_vn_int(sum(nums))}, "
                                      f"không phải {w.group('n')}"))
            continue
        also = "".join(f" hay {x} (số đã chuyển)" for x in passed)
        out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[w.start():w.end()],
                           detail=f"{' + '.join(m.group('n') for m in parts)} = {_vn_int(sum(nums))}, "
                                  f"không phải {w.group('n')}{also}"))
    return out


#: s27-ic (u79-d04 l.24): what became of the items received, each a status or a passing-on and a bare count in the
#: same sentence — "tiếp nhận 23 đơn, kiến nghị của công dân; đã giải quyết xong 15, đang giải quyết 06, chuyển cơ
#: quan có thẩm quyền 03" (folded; the counts count the items received, since none names another noun).
BARE_DISPOSED = re.compile(r"(?<!\w)(?P<st>da|dang|chua|con(?:\s+lai)?|chuyen|tra\s+lai|huong\s+dan)\s+"
                           r"(?P<verb>(?:[^\W\d_]+,?\s+){0,10}?)(?:xong\s+)?(?P<n>\d{1,3})(?![\d/,.]\d|\s*/|\s*%)"
                           r"\s*(?=[,;.]|$|va\s)")


def _settled_then_open(a, b) -> bool:
    """s33-qt (u91-08 l.15): "đã được giải quyết 9, đang giải quyết 6, chuyển … 3": items settled ("đã giải quyết")
    then items not yet ("đang …", "chưa …", "còn …"): the two states exclude each other, so the first part holds none
    of the parts after it, whatever their sum."""
    return a.group("st") == "da" and bool(_DONE_VERB.search(a.group("verb")) or "xong" in a.group(0)) \
        and b.group("st") in ("dang", "chua", "con", "con lai")


def _received_bare(rule: Rule, ctx: Context, p, f: str, w) -> list[Finding]:
    """The dispositions of the items received (``RECEIVED``: "tiếp nhận 23 đơn") told as bare counts in the same
    sentence, right after the whole: one done ("đã giải quyết xong 15"), one not yet or passed on ("đang giải quyết
    06", "chuyển cơ quan có thẩm quyền 03"); every count of the sentence after the whole one of them. The dispositions
    share the items out (each item is in one state), so they make the whole — unless "trong đó" names only some, and
    a part that is the sum of the parts after it (a part of a part: "chuyển … 17, đã trả lời 12, còn 5") reads none."""
    end = SENTENCE_END.search(f, w.end()).start()
    rest = f[w.end():end]
    parts = list(BARE_DISPOSED.finditer(rest))
    if len(parts) < 2 or re.search(r"\d", rest[:parts[0].start()]):
        return []
    if len(re.findall(r"(?<![\d.,])\d+(?:[.,]\d+)*", rest)) != len(parts):
        return []  # another count in the sentence: not every one is a disposition
    if any(re.search(r"\d", rest[a.end():b.start()]) or not re.fullmatch(r"\s*[,;]?\s*(?:va\s+)?", rest[a.end():b.start()])
           for a, b in zip(parts, parts[1:])):
        return []  # the dispositions stand one after another
    if not any(m.group("st") == "da" and (_DONE_VERB.search(m.group("verb")) or "xong" in m.group(0)) for m in parts) \
            or not any(m.group("st") != "da" for m in parts):
        return []
    whole, nums = _num(w.group("n")), [_num(m.group("n")) for m in parts]
    partial = re.search(r"(?<!\w)trong\s+do(?!\w)", rest[:parts[0].start()])
    if sum(nums) == whole or (partial and sum(nums) < whole):
        return []
    if any(nums[i] == sum(nums[i + 1:]) and not _settled_then_open(parts[i], parts[i + 1]) for i in range(len(nums) - 2)) or \
            any(sum(nums[:i]) == whole for i in range(2, len(nums))):
        return []  # a part of a part, or a split that already makes the whole and another after it
    a, b = w.start(), w.end() + parts[-1].end()
    return [finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b],
                    detail=f"{' + '.join(m.group('n') for m in parts)} = {_vn_int(sum(nums))}, "
                           f"{'nhiều hơn' if sum(nums) > whole else 'không phải'} {w.group('n')}")]


# -- a labelled count and its labelled parts in brackets ----------------------------------------------------
#: "vắng 55 (trực chuyên môn 43, ốm 9, việc riêng 5)", "nữ: 64 (công nhân 50, nhân viên 12)": the count follows its
#: label (a colon or a table bar between; at most one noun after it) and every part in the brackets is "label count [noun]"; the parts of a bracket opened by
#: "trong đó" may be only some of the whole.
LABELLED_TOTAL = re.compile(rf"(?<![\w/.,])(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}})\s*(?:[:|]|\s/(?=\s))?\s*(?P<total>{NUMBER})(?![\d/,%])"
                            r"\s*(?:(?P<noun>[^\W\d_]+)\s*)?\((?P<inner>[^()]{3,200})\)")
LABELLED_PART = re.compile(rf"^\s*(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+){{0,5}})\s*:?\s*(?P<n>{NUMBER})(?![\d/,%])"
                           r"(?:\s+(?P<noun>[^\W\d_]+))?\s*$")


def check_labelled_parts(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    for p in ctx.doc.paras:
        f = p.folded
        for m in LABELLED_TOTAL.finditer(f):
            if _labelled_number(f, m.start("total")) or m.group("label").split()[-1] in ("so", "la", "co", "gom"):
                continue  # "Điều 5 (…)", "số 7 (…)"; "có 55 (…)" counts what is named elsewhere
            inner = m.group("inner")
            partial = re.match(r"\s*(?:trong\s+do|gom\s+co|bao\s+gom|gom|cu\s+the)?\s*:?\s*", inner)
            cue = inner[:partial.end()].strip(" :")
            parts = [LABELLED_PART.match(x) for x in re.split(r"\s*[,;]\s*|\s+va\s+", inner[partial.end():])]
            if len(parts) < 2 or not all(parts) or any(EXTREMES_RE.search(x.group("label")) for x in parts):
                continue  # "(nhanh nhất 6 ngày, chậm nhất 14 ngày)": a range's ends, not its parts
            if m.group("noun") and any(x.group("noun") and x.group("noun") != m.group("noun") for x in parts):
                continue  # parts counted in another unit
            spread = [distributed(x.group("label")) for x in parts]
            if not all(spread):
                continue  # s27-ic: a part counted per unit over units it does not count
            total, s = _num(m.group("total")), sum(_num(x.group("n")) * d for x, d in zip(parts, spread))
            if s == total or (cue.startswith("trong") and s < total):
                continue
            terms = " + ".join(str(_num(x.group("n"))) + (f" × {d}" if d != 1 else "") for x, d in zip(parts, spread))
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(),
                               detail=f"{terms} = {s}, {'nhiều hơn' if s > total else 'không phải'} {total}"))
    return out


# -- a count split into parts that end with the rest ("còn 2 đơn") -------------------------------------------------
#: "Tiếp nhận 14 đơn, kiến nghị của công dân: đã chuyển UBND xã giải quyết 9 đơn, Ban trực tiếp xác minh 4 đơn,
#: còn 2 đơn đang xem xét": a count and its noun, a colon (or "trong đó", "gồm") and a list of clauses, each
#: counting the same noun. Folded text, numbers as digits.
SPLIT_WHOLE = re.compile(rf"(?<![\w/.,])(?P<n>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)\s+(?P<noun>[a-z]+)(?P<mid>[^.:;\d()%]{{0,80}}?)"
                         r"(?::|;(?=[ \t]*[^\W\d_])|,?\s+(?:trong\s+do|gom|bao\s+gom|cu\s+the)\s*:?)\s*(?P<list>(?:[^.]|\.(?=\d))*)")
#: The last part names the rest: "còn 2 đơn", "còn lại 2 đơn", "số còn lại (2 đơn)", "2 đơn còn lại".
_REST = re.compile(r"^(?:va\s+)?(?:con\s+lai|con|so\s+con\s+lai)(?!\w)|(?<!\w)con\s+lai(?!\w)")
_ONE_COUNT = r"(?<![\w/.,])(?P<k>{n})(?!\d|[.,]\d|\s*/|\s*%)\s+{noun}(?!\w)"


def _rest_sum(noun: str, items: list[str], total: int) -> tuple[list[int], int] | None:
    """The parts counted in ``items`` up to the rest, when they do not make ``total``; None when they do, or the
    list is not a split ending with the rest."""
    counted = []
    for it in items:
        ks = list(re.finditer(_ONE_COUNT.format(n=NUMBER, noun=re.escape(noun)), it))
        if len(ks) != 1 or len(re.findall(r"\d+(?:[.,]\d+)*", it)) != 1:
            break
        counted.append((it, _num(ks[0].group("k"))))
    # the parts run from the first item to a rest; nothing counted after the rest
    rest = next((i for i, (it, _) in enumerate(counted) if _REST.search(it)), None)
    if rest is None or rest < 1 or len(counted) > rest + 1:
        return None
    if len(items) > len(counted) and re.search(r"\d", " ".join(items[len(counted):])):
        return None
    parts = [k for _, k in counted]
    if sum(parts) == total or any(sum(parts[:j]) == total for j in range(1, len(parts))):
        return None  # right, or two splits in a row ("9 đơn thuộc thẩm quyền, 5 đơn không …; đã giải quyết 8 …")
    return parts, len(counted)


#: s28-ic (u81-13 l.24-25): a ratio of those that did something, then the rest that did not — "312/340 trường đã tổ chức
#: hội nghị …; còn 27 trường chưa tổ chức", "… 18/20 thôn đã họp, còn lại 2 thôn": the rest is the whole less the part
#: (folded; the rest counts the ratio's own noun, "còn lại" or "còn … chưa/không", in the same sentence).
RATIO_REST = re.compile(rf"(?<![\w/.,])(?P<a>{NUMBER})\s*/\s*(?P<b>{NUMBER})(?![\d/,]|\.\d)\s+(?P<noun>[a-z]+)"
                        r"(?P<mid>(?:[^.;!?]|\.(?=\d)){0,160}?)[;,]\s*(?:(?P<lai>con\s+lai|so\s+con\s+lai)|con)\s+"
                        rf"(?P<c>{NUMBER})(?![\d/,%]|\.\d)\s+(?P=noun)(?!\w)(?P<after>\s+[a-z]+(?:\s+[a-z]+){{0,2}})?")


def _ratio_rest(rule: Rule, ctx: Context, p) -> list[Finding]:
    """The rest after a ratio ("312/340 trường đã …; còn 27 trường chưa …") must be the whole less the part. Silent
    when the rest is not told as the rest ("còn lại", or "còn … chưa/không"), when the sentence compares (tăng, giảm,
    so với) or names a second ratio between them."""
    out = []
    f = p.folded
    for m in RATIO_REST.finditer(f):
        if not m.group("lai") and (m.group("after") or "").split()[:1] not in (["chua"], ["khong"]):
            continue
        if re.search(r"\d\s*/\s*\d|(?<!\w)(?:tang|giam|so\s+voi|trong\s+do)(?!\w)", m.group("mid")):
            continue
        a, b, c = _num(m.group("a")), _num(m.group("b")), _num(m.group("c"))
        if a > b or a + c == b or _labelled_number(f, m.start()):
            continue
        # the finding stands at the rest, the count a reader checks against the ratio told before it
        end = m.end("c") + 1 + len(m.group("noun")) + len(m.group("after") or "")
        out.append(finding(rule, ctx, _ev(ctx, p, m.start("c"), end), found=p.text[m.start("c"):end].strip(" ,;"),
                           detail=f"«{p.text[m.start():m.end('noun')]}» để lại {_vn_int(b)} − {_vn_int(a)} = "
                                  f"{_vn_int(b - a)}, không phải {_vn_int(c)}"))
    return out


def check_rest_parts(rule: Rule, ctx: Context) -> list[Finding]:
    """A count split into parts of the same noun, the last of which is the rest ("còn 2 đơn đang xem xét"): the
    parts must add up to the count, since naming the rest says the list is complete. The parts follow a colon
    or "trong đó" in the sentence, or stand one per list line under it ("+ Còn lại: 2 đơn"). Silent when a part
    holds another number (a date, a second count), a "trong đó" inside the list (a part of a part), no rest, or
    the first parts already make the count (a second split follows the first)."""
    out = []
    paras = list(ctx.doc.zone("preamble", "body", "closing"))
    for i, p in enumerate(paras):
        f = p.folded
        out += _ratio_rest(rule, ctx, p)
        for m in SPLIT_WHOLE.finditer(f):
            if _labelled_number(f, m.start("n")):
                continue
            lst = m.group("list")
            from_lines = not lst.strip()
            if from_lines:  # "Tiếp nhận 14 đơn, kiến nghị:" then one part per list line
                if f[m.end():].strip():
                    continue
                items = []
                for q in paras[i + 1:i + 9]:
                    if not _BULLET_ITEM.match(q.folded):
                        break
                    items.append(_BULLET_ITEM.sub("", q.folded).strip(" .;"))
            else:
                items = [x.strip() for x in re.split(r"\s*[,;]\s*|\s+va\s+(?=\D*\d)", lst) if x.strip()]
            if _PART_OF_PART.search(" ".join(items)) or len(items) < 2:
                continue
            total = _num(m.group("n"))
            res = _rest_sum(m.group("noun"), items, total)
            if not res:
                continue
            parts, _ = res
            out.append(finding(rule, ctx, _ev(ctx, p, m.start("n"), m.end("mid")), found=p.text[m.start("n"):m.end("mid")].strip(),
                               detail=f"{' + '.join(map(_vn_int, parts))} = {_vn_int(sum(parts))}, không phải {_vn_int(total)}"))
    return out


# -- a percentage of a base the document states once ("tỷ lệ trên số đại biểu có mặt") --------------------------
#: Words that qualify those counted: present, attending, called.
_QUALIFIER = r"co\s+mat|du\s+hop|tham\s+du|du\s+hoi\s+nghi|duoc\s+trieu\s+tap|duoc\s+moi"
#: s17-i2 (u61-07 l.27): a ballot count as the base of a share ("118 phiếu, bằng 65,9% số phiếu hợp lệ").
_BALLOT_QUAL = r"(?<=phieu\s)(?:hop\s+le|thu\s+ve|phat\s+ra)"
#: A rate column naming its base: "Tỷ lệ trên số đại biểu có mặt", "Tỷ lệ (%) so với tổng số hộ", "% số hộ dự họp".
RATE_BASE_HEAD = re.compile(r"^\s*(?:(?:ty|ti)\s+le\s*(?:\(\s*%\s*\)|%|phan\s+tram)?|%)\s*(?:tren|so\s+voi|cua)?\s*(?:tong\s+)?so\s+"
                            r"(?P<phrase>[a-z]+(?:\s+[a-z]+){0,6}?)\s*(?:\(\s*(?:%|phan\s+tram)\s*\))?\s*$")
#: Prose: "101 đại biểu tán thành, đạt 88,6% số đại biểu có mặt", "80 hộ đồng ý (chiếm 54% tổng số hộ dự họp)".
SHARE_OF_BASE = re.compile(rf"(?<![\w/.,])(?P<a>{NUMBER})(?![\d/,])\s+[a-z]+(?:\s+[a-z]+){{0,5}}?\s*(?:\(|,)\s*"
                           r"(?:(?:dat|chiem|bang)\s+)?(?:(?:ty|ti)\s+le\s+)?(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%\s*(?:tren\s+|so\s+voi\s+)?(?:tong\s+)?so\s+"
                           rf"(?P<phrase>[a-z]+(?:\s+[a-z]+){{0,3}}?\s+(?:{_QUALIFIER}|{_BALLOT_QUAL}))(?=\s*[),;.]|\s*$|\s+va\s)")


def _stated_base(text: str, phrase: str, skip: tuple[int, int] = (0, 0)) -> int | None:
    """The one number the document states for ``phrase`` ("đại biểu có mặt"): by its full label (``_whole_counts``)
    or by its qualifier alone after a list of the meeting's counts ("Số đại biểu được triệu tập: 190; có mặt:
    118 đại biểu"). None when it states none, several, or one per year."""
    found = _whole_counts(text, phrase, skip)
    q = re.search(rf"(?:{_QUALIFIER})$", phrase) or re.search(r"(?<=^phieu\s)(?:hop\s+le|thu\s+ve|phat\s+ra)$", phrase)
    if q:
        noun = r"\s+".join(map(re.escape, phrase[:q.start()].split()))
        qual = r"\s+".join(q.group(0).split())
        # "có mặt: 118 đại biểu", "Có mặt 118/190 đại biểu", "118/190 đại biểu có mặt"
        rx = (rf"(?:^|[;:,\n]|\.\s)\s*(?:[-+]\s*)?{qual}\s*(?::|la)?\s*(?P<y>{NUMBER})(?:\s*/\s*{NUMBER})?(?!\d|[.,]\d|\s*/|\s*%)"
              rf"(?:\s+(?P<unit>[a-z]+(?:\s+[a-z]+)?))?")
        if noun:
            # "176/207 đại diện hộ dự họp tán thành": 176 of the 207 present vote for, the present are 207
            rx += (rf"|(?<![\w/.,])(?P<y2>{NUMBER})\s*/\s*(?P<w2>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)\s+{noun}\s+{qual}(?!\w)"
                   r"(?P<vote>\s+(?:tan\s+thanh|dong\s+y|nhat\s+tri|bieu\s+quyet|bo\s+phieu|gio\s+tay)(?!\w))?")
        # every number stated right after the qualifier anywhere ("số đại diện hộ có mặt: 150"), so that two
        # meetings or two years leave the base unknown
        for m in re.finditer(rf"(?<!\w){qual}\s*(?::|la|co)?\s*(?P<y>{NUMBER})(?!\d|[.,]\d|\s*%)", text):
            if not skip[0] <= m.start("y") < skip[1]:
                found.add(_num(m.group("y")))
        for m in re.finditer(rx, text):
            if m.group("y2"):
                if not skip[0] <= m.start("y2") < skip[1]:
                    found.add(_num(m.group("w2") if m.group("vote") else m.group("y2")))
                continue
            if skip[0] <= m.start("y") < skip[1]:
                continue
            unit = m.group("unit") or ""
            if noun and unit and not re.match(noun, unit) and unit.split()[0] not in ("nguoi",):
                continue
            found.add(_num(m.group("y")))
    return found.pop() if len(found) == 1 and -1 not in found else None


#: A rate cell naming its own base under a plain "Tỷ lệ" column: "51,2% so với số đại diện hộ dự họp".
#: A base given as a number in a rate's header or a table's title: "Tỷ lệ (trên 41 người dự)", "(tính trên 112 đại biểu
#: có mặt)" (folded): a count of people, households or ballots, in parentheses.
BASE_GIVEN = re.compile(rf"\(\s*(?:tinh\s+)?tren\s+(?:tong\s+so\s+)?(?P<n>{NUMBER})\s+(?:nguoi|dai\s+bieu|dai\s+dien|ho|phieu|"
                        r"thanh\s+vien|can\s+bo|cong\s+chuc|vien\s+chuc|nguoi\s+lao\s+dong)(?!\w)[a-z ,]{0,40}\)")
RATE_BASE_GIVEN_HEAD = re.compile(rf"^\s*(?:(?:ty|ti)\s+le|%)[a-z ]{{0,30}}?\s*{BASE_GIVEN.pattern}\s*(?:\(\s*%\s*\)|%)?\s*$")
CELL_BASE = re.compile(r"^\s*(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%\s*(?:tren|so\s+voi|cua)\s*(?:tong\s+)?so\s+"
                       r"(?P<phrase>[a-z]+(?:\s+[a-z]+){0,6}?)\s*$")


def _rate_base(text: str, phrase: str) -> int | None:
    """The one number the document states for a rate's named base; "Tỷ lệ trên số người dự": those who attend are
    those present ("có mặt: 31 người")."""
    return _stated_base(text, re.sub(r"(?<=\s)du$", "co mat", " ".join(phrase.split())))


def check_rate_base(rule: Rule, ctx: Context) -> list[Finding]:
    """A percentage of a base the document names ("Tỷ lệ trên số đại biểu có mặt"; "đạt 88,6% số đại biểu có
    mặt") and states once elsewhere ("có mặt: 118 đại biểu"): the count over that base must give the
    percentage, within the rounding of its last written digit. Silent when the base is stated several times
    (two meetings, two years) or not at all, when a row has more than one count, or the count exceeds the base."""
    paras = list(ctx.doc.zone("preamble", "body", "closing"))
    keys = [fold_keep_length(p.key).lower() for p in paras]
    text = "\n".join(keys)
    out = []
    lines = _aligned(ctx)
    for table in pipe_tables(lines, 2):
        if len(table) < 2:
            continue
        header = [fold_keep_length(digits_for_words(c.lower())).lower() for c in table[0][1]]  # «trên bốn mươi mốt người»
        # s26-ic (u77-05 l.21): the table's title gives the base of its rates — "BIỂU QUYẾT (tính trên 112 đại biểu có mặt)"
        above = next((lines[i] for i in range(table[0][0] - 2, max(-1, table[0][0] - 4), -1) if lines[i].strip()), "")
        tm = BASE_GIVEN.search(fold_keep_length(digits_for_words(above.lower())).lower()) if "|" not in above else None
        for r, h in enumerate(header):
            hm = RATE_BASE_HEAD.match(h)
            gm = RATE_BASE_GIVEN_HEAD.match(h)
            if r < 2 or not (hm or gm or RATE_COLUMN.match(h)):
                continue
            head_base = _rate_base(text, hm.group("phrase")) if hm else None
            if hm and not head_base:
                continue
            if not hm:
                # s26-ic (u77-13 l.27): the rate's header gives its base — "Tỷ lệ (trên 41 người dự)"; or the title does
                given = gm or (tm if re.match(r"\s*(?:ty|ti)\s+le(?!\w)", h) else None)
                head_base = _num(given.group("n")) if given else None
                if head_base == 0:
                    continue
            for no, cells in table[1:]:
                if len(cells) != len(header):
                    continue
                base = head_base
                if not base:  # a plain "Tỷ lệ" column whose cells name their base: "51,2% so với số đại diện hộ dự họp"
                    cm = CELL_BASE.match(fold_keep_length(cells[r]).lower())
                    if not cm or not (base := _rate_base(text, cm.group("phrase"))):
                        continue
                    cells = [*cells[:r], cm.group("p") + "%", *cells[r + 1:]]
                counts = [j for j in range(1, r) if re.fullmatch(NUMBER, cells[j]) and not RATE_COLUMN.match(header[j])]
                if len(counts) > 1 and all(VOTE_OPTION.match(header[j]) for j in counts):
                    # "| Tán thành | Không tán thành | Tỷ lệ trên tổng số hộ |": the rate of those in favour
                    counts = [j for j in counts if re.match(rf"\s*(?:so\s+)?(?:phieu\s+|nguoi\s+)?{_FOR}\s*$", header[j])]
                pm = PERCENT_CELL.match(digits_for_words(cells[r].lower()).replace(" ", ""))  # "Sáu mươi tám phần trăm"
                if len(counts) != 1 or not pm:
                    continue
                a, pct = _num(cells[counts[0]]), float(pm.group(1).replace(",", "."))
                if a > base or abs(100.0 * a / base - pct) <= _tolerance(pm.group(1)) + 0.05:
                    continue
                out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=" | ".join(cells), column=table[0][1][r],
                                   detail=f"{_vn_int(a)}/{_vn_int(base)} = {_vn_pct(100.0 * a / base)}%, không phải {pm.group(1)}%"))
    offset = 0
    for p, key in zip(paras, keys):
        for m in SHARE_OF_BASE.finditer(key):
            if _labelled_number(key, m.start("a")):
                continue
            base = _stated_base(text, " ".join(m.group("phrase").split()), (offset + m.start(), offset + m.end()))
            a, pct = _num(m.group("a")), float(m.group("p").replace(",", "."))
            if not base or a > base or abs(100.0 * a / base - pct) <= _tolerance(m.group("p")) + 0.05:
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(),
                               detail=f"{_vn_int(a)}/{_vn_int(base)} = {_vn_pct(100.0 * a / base)}%, không phải {m.group('p')}%"))
        offset += len(key) + 1
    out += _option_rates(ctx, rule, paras, keys, text)
    out += _household_shares(ctx, rule, paras, keys, text)
    return out


#: "142 phiếu, bằng 58,1% tổng số đại diện hộ gia đình trong thôn", "96 hộ (đạt 61,5% tổng số hộ của thôn)"
SHARE_OF_HOUSEHOLDS = re.compile(
    rf"(?<![\w/.,])(?P<a>{NUMBER})(?![\d/,])\s+[a-z]+(?:\s+[a-z]+){{0,5}}?\s*(?:\(|,)\s*(?:(?:dat|chiem|bang)\s+)?"
    r"(?:(?:ty|ti)\s+le\s+)?(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%\s*(?:tren\s+|so\s+voi\s+)?tong\s+so\s+(?:dai\s+dien\s+)?ho"
    rf"(?:\s+gia\s+dinh)?(?:\s+(?:trong|cua|toan)\s+{_PLACE})?(?=\s*[),;.]|\s*$)")
#: The place's households stated: "Thôn Đồi Cát … có 231 hộ gia đình.", "tổng số hộ 148", "Tổng số hộ trong thôn: 215".
PLACE_HOUSEHOLDS = re.compile(
    rf"(?<!\w)co\s+(?P<y>{NUMBER})\s+ho(?:\s+gia\s+dinh)?(?=\s*(?:[),;.:]|$|trong\s+do|gom|voi))"
    rf"|(?<!\w)tong\s+so\s+ho(?:\s+gia\s+dinh)?(?:\s+(?:trong|cua|toan)\s+{_PLACE})?\s*(?::|la|co)?\s*(?P<z>{NUMBER})"
    r"(?!\d|[.,]\d|\s*/|\s*%)")


def _household_shares(ctx: Context, rule: Rule, paras: list, keys: list[str], text: str) -> list[Finding]:
    """A count told as a share of all the place's households ("ông A đạt 142 phiếu, bằng 58,1% tổng số đại diện hộ
    gia đình trong thôn") against the one number of households the document gives ("Thôn … có 231 hộ gia đình"):
    142/231 is 61,5%. Silent when the document gives no number of households, or several (two places, two years)."""
    # the households may open a short excerpt, read as its header
    heads = "\n".join(fold_keep_length(p.key) for p in ctx.doc.paras if p.zone == "header")
    wholes = {_num(m.group("y") or m.group("z")) for t in (heads, text) for m in PLACE_HOUSEHOLDS.finditer(t)}
    if len(wholes) != 1 or (base := next(iter(wholes))) <= 0:
        return []
    out = []
    for p, key in zip(paras, keys):
        for m in SHARE_OF_HOUSEHOLDS.finditer(key):
            if _labelled_number(key, m.start("a")):
                continue
            a, pct = _num(m.group("a")), float(m.group("p").replace(",", "."))
            if a > base or abs(100.0 * a / base - pct) <= _tolerance(m.group("p")) + 0.05:
                continue
            x = _part_before(key, m.start())
            if x and x <= base and abs(100.0 * x / base - pct) <= _tolerance(m.group("p")) + 0.05:
                continue  # the share of the ratio's part before it
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(),
                               detail=f"{_vn_int(a)}/{_vn_int(base)} = {_vn_pct(100.0 * a / base)}%, không phải {m.group('p')}%"))
    return out


#: "Tỷ lệ đồng ý: 52,3% số đại diện hộ gia đình có mặt": one option's rate, under the vote's table (folded key).
OPTION_RATE = re.compile(r"(?<!\w)(?:ty|ti)\s+le\s+(?P<opt>(?:khong\s+)?(?:tan\s+thanh|dong\s+y))\s*(?::|la|dat)?\s*(?:dat\s+)?"
                         r"(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%\s*(?:tren\s+|so\s+voi\s+)?(?:tong\s+)?so\s+"
                         rf"(?P<phrase>[a-z]+(?:\s+[a-z]+){{0,4}}?\s+(?:{_QUALIFIER}))(?=\s*[),;.]|\s*$)")


def _option_rates(ctx: Context, rule: Rule, paras: list, keys: list[str], text: str) -> list[Finding]:
    """"Tỷ lệ đồng ý: 52,3% số đại diện hộ gia đình có mặt" right under a vote's table of one row ("| Nội dung | Đồng
    ý | Không đồng ý | … |" over "| … | 41 | 37 | 8 |"): that option's count over the base the document states once."""
    out = []
    for k, (p, key) in enumerate(zip(paras, keys)):
        for m in OPTION_RATE.finditer(key):
            rows = []
            for q in reversed(paras[:k]):
                c = row_cells(q.text)
                if c is None:
                    break
                rows.insert(0, [fold_keep_length(x).lower() for x in c])
            rows = [r for r in rows if not _rule_cells(r)]
            if len(rows) != 2 or len(rows[0]) != len(rows[1]):
                continue  # one table of one vote right above
            opt = " ".join(m.group("opt").split())
            cols = [j for j, h in enumerate(rows[0]) if re.fullmatch(rf"\s*(?:so\s+)?(?:phieu\s+)?{opt}\s*", h)]
            if len(cols) != 1 or not re.fullmatch(NUMBER, rows[1][cols[0]].strip()):
                continue
            base = _stated_base(text, " ".join(m.group("phrase").split()))
            a, pct = _num(rows[1][cols[0]].strip()), float(m.group("p").replace(",", "."))
            if not base or a > base or abs(100.0 * a / base - pct) <= _tolerance(m.group("p")) + 0.05:
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(),
                               detail=f"{_vn_int(a)}/{_vn_int(base)} = {_vn_pct(100.0 * a / base)}%, không phải {m.group('p')}%"))
    return out


# -- a sum of money and its share of a named sum stated elsewhere -------------------------------------------------
#: "đạt giá trị 1.240 triệu đồng, bằng 68% tổng mức đầu tư": an amount, its percentage, and the named sum it is a
#: share of ("tổng mức đầu tư", "tổng dự toán", "tổng kinh phí", "giá trị hợp đồng"); folded text.
_MONEY_BASE = r"tong\s+muc\s+dau\s+tu|tong\s+du\s+toan|tong\s+kinh\s+phi|tong\s+von(?:\s+dau\s+tu)?|gia\s+tri\s+hop\s+dong"
MONEY_SHARE = re.compile(r"(?<![\w/.,])" + _AMOUNT.format(p="") + r"\s*,?\s*\(?\s*(?:bang|chiem|dat)\s+(?:ty\s+le\s+)?"
                         rf"(?P<p>\d{{1,3}}(?:,\d{{1,2}})?)\s*%\s*(?:so\s+voi\s+|cua\s+)?(?P<base>{_MONEY_BASE})(?!\w)")


def _money_bases(text: str, base: str, skip: tuple[int, int]) -> set[float]:
    """Every amount the text states for ``base`` ("tổng mức đầu tư 2.000 triệu đồng", "tổng mức đầu tư được
    duyệt là 2 tỷ đồng"), outside ``skip``."""
    rx = re.compile(rf"(?<!\w){base}(?P<mid>[^\d.;%]{{0,30}}?)" + _AMOUNT.format(p="b"))
    return {_money(m.group("bn"), m.group("bu")) for m in rx.finditer(text)
            if not skip[0] <= m.start() < skip[1] and not COMPARED.search(m.group("mid"))}


#: The unit of a table's column of money: "Số tiền (đồng)", "Kinh phí (triệu đồng)", "Dự toán (nghìn đồng)".
_MONEY_HEAD_UNIT = re.compile(r"\(\s*(?P<u>ty|trieu|nghin|ngan)?\s*(?:dong|d)\s*\)")


def _money_table_wholes(ctx: Context, base: str) -> set[float]:
    """The sums a table gives for a named sum (``base``, folded: "tong von", "tong kinh phi"): in a table one of whose
    headers names it ("Nguồn vốn", "Kinh phí") and whose money column says its unit ("Số tiền (đồng)"), the total
    row's amount and the sum of the rows above it. Empty when two such tables are found."""
    noun = re.sub(r"^tong\s+(?:muc\s+)?", "", base).split()[0]
    found: list[set[float]] = []
    for rows in pipe_tables(_aligned(ctx)):
        table = [[fold_keep_length(c).lower() for c in cells] for _, cells in rows]
        if len(table) < 4 or not any(re.search(rf"(?<!\w){noun}(?!\w)", h) for h in table[0]):
            continue
        for j, h in enumerate(table[0]):
            u = _MONEY_HEAD_UNIT.search(h)
            if not u or j == 0:
                continue
            for i, row in enumerate(table[1:], 1):
                if TOTAL_ROW.match(row[0]) and j < len(row) and re.fullmatch(NUMBER, row[j].strip()):
                    col = [r[j].strip() if j < len(r) else "" for r in table[1:i]]
                    got = {_money(row[j].strip(), u.group("u"))}
                    if len(col) >= 2 and all(re.fullmatch(NUMBER, v) for v in col):
                        got.add(sum(_money(v, u.group("u")) for v in col))
                    found.append(got)
    return found[0] if len(found) == 1 else set()


def check_money_share(rule: Rule, ctx: Context) -> list[Finding]:
    """An amount and its percentage of a named sum ("1.240 triệu đồng, bằng 68% tổng mức đầu tư") that the
    document states with one value elsewhere ("tổng mức đầu tư 2.000 triệu đồng"): the amount over that sum must
    give the percentage, within the rounding of its last written digit. Silent when the sum is stated with two
    values (adjusted, another year) or not at all."""
    paras = list(ctx.doc.zone("preamble", "body", "closing"))
    keys = [p.folded for p in paras]
    text = "\n".join(keys)
    out, offset = [], 0
    for p, key in zip(paras, keys):
        for m in MONEY_SHARE.finditer(key):
            base = " ".join(m.group("base").split())
            values = _money_bases(text, r"\s+".join(base.split()), (offset + m.start(), offset + m.end()))
            part, pct = _money(m.group("n"), m.group("u")), float(m.group("p").replace(",", "."))
            if not values and (wholes := _money_table_wholes(ctx, base)):
                # s20-ic (u58_02 l.24): the sum stated only as a table's total row, right or wrong — none fits
                if all(0 < part <= w and abs(100.0 * part / w - pct) > _tolerance(m.group("p")) + 1e-9 for w in wholes):
                    shown = "; ".join(f"{m.group('n')}/{_vn_int(round(w / _SCALE[m.group('u')]))} = {_vn_pct(100.0 * part / w)}%"
                                      for w in sorted(wholes))
                    out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(),
                                       detail=f"{shown}, không phải {m.group('p')}%"))
                continue
            if len(values) != 1:
                continue
            whole = next(iter(values))
            if not 0 < part <= whole or abs(100.0 * part / whole - pct) <= _tolerance(m.group("p")) + 1e-9:
                continue
            unit = m.group("u")
            shown = _vn_int(round(whole / _SCALE[unit])) if whole % _SCALE[unit] == 0 else f"{whole:,.0f}".replace(",", ".")
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(),
                               detail=f"{m.group('n')}/{shown} = {_vn_pct(100.0 * part / whole)}%, không phải {m.group('p')}%"))
        offset += len(key) + 1
    return out


#: "Tổng thu quỹ là 120 triệu đồng, đã chi 85 triệu đồng, còn tồn 45 triệu đồng": receipts, spending and the balance
#: told in one sentence (folded text). Each amount carries its own unit.
_FUND_AMT = r"(?P<{p}n>\d{{1,3}}(?:\.\d{{3}})*(?:,\d{{1,3}})?)\s*(?P<{p}u>ty|trieu|nghin|ngan)?\s*(?:dong|d)(?!\w)"
_FUND_GAP = r"(?:\s+(?!\d)[^\d;.:]{0,40}?)?\s*(?:la|:)?\s*"
FUND_TEXT = re.compile(
    r"(?<!\w)(?:tong\s+(?:so\s+)?)?thu" + _FUND_GAP + _FUND_AMT.format(p="i")
    + r"\s*[,;]\s*(?:va\s+)?(?:da\s+)?(?:tong\s+(?:so\s+)?)?chi" + _FUND_GAP + _FUND_AMT.format(p="o")
    + r"\s*[,;]\s*(?:va\s+)?(?:hien\s+)?(?:con\s+)?(?:ton(?:\s+quy)?|so\s+du)(?!\s+dau)" + _FUND_GAP + _FUND_AMT.format(p="c"))
#: An opening balance said in the same paragraph: the receipts may or may not count it — not read.
_OPENING = re.compile(r"(?<!\w)(?:ton\s+(?:quy\s+)?dau|du\s+dau|so\s+du\s+dau|chuyen\s+sang|nam\s+truoc\s+chuyen|ky\s+truoc)(?!\w)")


def check_fund_text(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = p.folded
        if _OPENING.search(f):
            continue
        for m in FUND_TEXT.finditer(f):
            t_in, t_out, close = (_money(m.group(k + "n"), m.group(k + "u")) for k in "ioc")
            if abs(close - (t_in - t_out)) < 0.5:
                continue
            scale = _SCALE[m.group("cu")]
            v = (t_in - t_out) / scale
            shown = _vn_int(round(v)) if abs(v - round(v)) < 1e-9 else f"{v:.3f}".rstrip("0").replace(".", ",")
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                               detail=f"{m.group('in')} − {m.group('on')} = {shown}, không phải {m.group('cn')}"))
    return out
