"""Kind 6 — internal consistency: the document against itself.

1. ``totals``: a total and its listed parts — "41 thành viên (01 Trưởng ban, 01
   Phó Trưởng ban và 38 ủy viên)" — or a ratio and its percentage — "23/31
   doanh nghiệp (đạt 74%)". A parenthesis counts as a breakdown only when every
   part starts with a number (not "trong đó", "giảm từ … xuống …").
2. ``names``: a place written two ways that differ only in diacritics ("phường
   Phù Liễn" / "phường Phù Liên"), or a body under its official name and under
   another ("Ban Giám sát đầu tư của cộng đồng" / "… đầu tư cộng đồng").
3. ``dates``: one document number cited with two different dates, when the
   knowledge base does not know the document (otherwise ``wrong_date`` of kind
   4 says which date is right).
4. ``numbering``: the same Điều, Roman section or clause number twice; an
   attached document (a Quy chế after its Quyết định) starts its own numbering.
5. ``members``: "gồm 03 thành viên:" followed by a list of four people; ``listed``: "tại 12
   thôn: Phước Thượng, …" naming eleven, "05 điều … gồm Điều 3, Điều 5 và Điều 9".
6. ``restated``: one count of the community stated twice with two values ("Tổ dân
   phố số 5 có 164 hộ" … "Tổng số hộ trong tổ dân phố: 146 hộ").

7. ``impossible_dates``, ``basis_after``, ``lead_days``, ``own_clauses``, ``listed_dates``,
   ``body_sizes`` (IC-50..IC-55): a date no calendar has; a basis dated after the document; a
   date said to be N days before an event whose date is given elsewhere; "khoản N Điều này"
   beyond the article's clauses; a number of meetings against their listed dates; the Ban
   Thanh tra nhân dân stated with two sizes.

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

import dataclasses
import datetime
import re
from collections import Counter

from checker.basis import vn_date
from checker.citations import HEADING_DATE, own_date
from checker.dates import find_impossible_dates
from checker.quantities import spelled_value
from checker.kinds import Context, check_keys, cue_regex, finding
from checker.model import Evidence, Finding, Rule
from checker.tables import cells as row_cells, from_dashes, from_spaces, row_facts, split_row
from checker.text import ATTACHED, digits_for_words, fold_keep_length, normalize_tones
from corpus.official import ARTICLE, CHAPTER, ROMAN
from corpus.official import PART as DIVISION  # "Phần I", "PHẦN THỨ HAI" (``PART`` below is a sum's part)
from kb.vntext import fold, has_diacritics as has_marks

CHECKS = ("totals", "names", "dates", "numbers", "numbering", "members", "restated", "table", "structure",
          "table_sums", "periods", "own_articles", "listed", "weekdays", "shares", "impossible_dates", "basis_after",
          "lead_days", "own_clauses", "listed_dates", "body_sizes", "share_before", "row_sums", "row_percents",
          "fraction_counts", "status_parts", "labelled_parts", "absent_count", "rest_parts", "rate_base", "vote_totals", "listed_parts",
          "count_table", "passed_date", "table_rate",
          "ballots", "present_share", "money_share", "base_row_percents", "fund_balance", "candidate_votes", "products",
          "change", "fund_text", "clock", "deadline_before", "period_after", "schedule_deadline")
NUMBER = r"\d{1,3}(?:\.\d{3})*"
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
_GENERIC_UNIT_WORDS = {"so", "dai", "dien", "gia", "dinh", "tong", "cua", "trong", "tan", "thanh", "dong", "y", "dat"}
NOT_BREAKDOWN = re.compile(r"(?<!\w)(trong do|giam|tang|tu \d|xuong|dat|chiem|ty le|ti le|bang|khoang|tren|duoi|gan)(?!\w)")
#: "gồm 07 thành viên: 01 Trưởng ban, 01 Phó Trưởng ban và 04 Ủy viên" (the breakdown after a colon).
TOTAL_COLON = re.compile(rf"(?<![\d/.,])(?P<total>{NUMBER})\s+(?P<noun>thành viên|thanh vien|người|nguoi|đại biểu|dai bieu)"
                         r"\s*:\s*(?P<inner>\d[^.:()]{3,300})")
PART_SPLIT = re.compile(r"\s*(?:;|,|\s+va\s+|\s+và\s+)\s*")
PLACE = re.compile(
    r"(?<![\w])(?i:(?P<kw>phường|xã|thôn|bản|ấp|tổ dân phố|thị trấn|huyện|quận|tỉnh|thành phố|đặc khu|làng|xóm))"
    r"\s+(?P<name>[^\W\d_][^\W\d_]*(?:\s+[^\W\d_]+){0,3})"
)
CLAUSE_NO = re.compile(r"^(\d{1,2})\.\s+\S")


def validate(detect: dict) -> None:
    check_keys(detect, {"check", "complements"}, ["check"])
    if detect["check"] not in CHECKS:
        raise ValueError(f"'check' phải là một trong: {', '.join(CHECKS)}")
    for group in detect.get("complements", ()):
        if not isinstance(group, list) or len(group) < 2 or not all(isinstance(w, str) and w for w in group):
            raise ValueError("'complements' là danh sách các nhóm (mỗi nhóm ít nhất hai từ) chia hết một tổng")


def _num(s: str) -> int:
    return int(s.replace(".", ""))


def _ev(ctx: Context, p, a: int, b: int) -> Evidence:
    ev = ctx.doc.evidence(p, a, b)
    return Evidence(ev.text, p.line_at(a), ev.end_line, ev.paragraph, ev.section)


#: A total followed by its breakdown: "31 cuộc họp …, trong đó: 15 cuộc …; 11 cuộc …", "312 người lao động,
#: trong đó 198 lao động nam và 104 lao động nữ", "tổng cộng 22 cuộc họp, gồm 11 thôn họp 01 cuộc và 05 thôn
#: họp 02 cuộc". Matched on the folded text; "trong đó" may list only some parts, "gồm"/"cụ thể" lists all.
#: "612 hộ gia đình của 04 thôn: Cầm Thượng 187 hộ, …": a colon before named parts (not a digit — "07 thành
#: viên: 01 Trưởng ban …" is TOTAL_COLON's), the total's noun phrase may say whose units it counts.
BREAKDOWN = re.compile(rf"(?<![\w/.,])(?P<total>{NUMBER})(?![\d/,])\s+(?P<noun>[^\W\d_]+)"
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
#: A part that compares rather than divides: another year, the plan, the same period.
COMPARED = re.compile(r"(?<!\w)(?:nam\s+(?:19|20)\d\d|(?:19|20)\d\d|cung\s+ky|ke\s+hoach|chi\s+tieu|so\s+voi|tang|giam|nam\s+truoc)(?!\w)")


#: A number that names rather than counts: "Điều 5 Thông tư này", "khoản 3", "năm 2026", "số 7" ("tổng số 96 ý kiến",
#: "trong số 96 ý kiến" count).
NUMBER_LABEL = re.compile(r"(?<!\w)(?:dieu|khoan|diem|(?<!tong\s)(?<!trong\s)so|chuong|muc|phan|nam|ngay|thang|quy|lan\s+thu|phong|to)\s*$")


def _labelled_number(folded: str, start: int) -> bool:
    return bool(NUMBER_LABEL.search(folded[max(0, start - 12):start]))


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
    for i, (a, b) in enumerate(bounds):
        seg = inner[a:b].strip(" -+")
        if out and ";" not in inner and not re.search(r"\d", seg) and out[-1][2].split()[:1] == [head]:
            after = next((inner[a2:b2].strip(" -+") for a2, b2 in bounds[i + 1:]
                          if re.search(r"\d", inner[a2:b2])), "")
            nxt = PART.match(after)
            if nxt and nxt.group("words").split()[:1] == [head]:
                continue  # "21 cuộc họp về hương ước, quy ước, 06 cuộc họp …": a comma inside a part
        if out and ";" not in inner and not re.search(r"\d", seg) and out[-1][2].split()[-1:] == [head]:
            nxt = next((inner[a2:b2].strip(" -+") for a2, b2 in bounds[i + 1:] if re.search(r"\d", inner[a2:b2])), "")
            if _head_labelled(nxt, head):
                continue  # "họp bàn hương ước, quy ước 9 cuộc": a comma inside a labelled part
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
        lm = _head_labelled(seg, head)
        if lm:  # "họp bàn xây dựng đường giao thông nông thôn 23 cuộc": a long label, the total's own noun
            out.append((_num(lm.group("n")), 1, " ".join([lm.group("label"), lm.group("unit")])))
            last = b
            continue
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


def _bare_labelled(inner: str) -> list[tuple[int, int, str]]:
    """The parts of a parenthesis right after a total when every item is a name and a bare count ("kho Bắc Cửa 148,
    đội xe 74, văn phòng 48"), else []. A name ending in a word that numbers ("khoản 3", "năm 2024", "số 7") or
    opening with a comparison ("tăng 20") is no part."""
    items = [x.strip(" -+") for x in re.split(r"\s*;\s*" if ";" in inner else r"\s*,\s*|\s+va\s+", inner.strip())]
    out = []
    for x in items:
        m = BARE_LABELLED.match(x)
        if not m or NUMBER_LABEL.search(re.sub(r"van\s+phong$", "van", m.group("label"))) or COMPARED.search(x) or NOT_BREAKDOWN.search(m.group("label")) \
                or m.group("label").split()[0] in PART_WORDS_SKIP:
            return []
        out.append((_num(m.group("n")), 1, m.group("label")))
    return out if len(out) >= 2 else []


#: A part labelled by up to twelve words and counted in the total's own noun ("họp bàn mức đóng góp quỹ 19 cuộc").
LONG_LABELLED = re.compile(rf"^(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+){{0,11}})\s+(?P<n>{NUMBER})(?![\d/,])\s+(?P<unit>[^\W\d_]+)\s*$")


def _head_labelled(seg: str, head: str):
    m = LONG_LABELLED.match(seg)
    return m if m and m.group("unit") == head and m.group("label").split()[0] not in PART_WORDS_SKIP else None


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


def _covers(parts_text: list[str], groups: list[list[str]]) -> bool:
    """Do the parts name, one each, every member of a group that divides a whole ("nam"/"nữ")?"""
    for group in groups:
        forms = sorted({fold_keep_length(w) for w in group}, key=len, reverse=True)
        seen = []
        for text in parts_text:
            hit = next((w for w in forms if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)), None)
            if hit is None:
                break
            seen.append(hit)
        if len(seen) == len(parts_text) and len(set(seen)) == len(seen) == len(forms):
            return True
    return False


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


def _check_breakdown(rule: Rule, ctx: Context, p) -> list[Finding]:
    out = []
    f = p.folded
    groups = rule.detect.get("complements", [])
    for m in BREAKDOWN.finditer(f):
        if _labelled_number(f, m.start()):
            continue
        end = SENTENCE_END.search(f, m.end()).start()
        cue, start = m.group("cue") or "", m.end()
        if m.group("paren"):
            close = f.find(")", m.end())
            if close < 0 or "(" in f[m.end():close]:
                continue
            end = close
            inner = re.match(r"\s*(?P<cue>trong\s+do|bao\s+gom|gom|cu\s+the)?\s*:?\s*", f[m.end():end])
            cue, start = inner.group("cue") or "", m.end() + inner.end()
            if f[start:start + 1].isdigit() and ":" not in f[start:end] and not cue:
                continue  # "41 thành viên (01 Trưởng ban, …)": the older parenthesis check reads it
        if re.search(r"(?<!\w)(?:den|toi|tu|khoang|tren|duoi|da|thieu|nhat|hon|gan)\s*$|[-–]\s*$", f[max(0, m.start() - 12):m.start()]):
            continue  # "từ 7 đến 9 xe", "tối đa 9 xe", "khoảng 120 đại biểu": the total is not exact
        total, head = _num(m.group("total")), m.group("noun")
        total_words = {head, *m.group("mid").split()[:3]} - PART_WORDS_SKIP
        out += _part_percents(rule, ctx, p, start, end, total)
        inner = f[start:end] + _continued(ctx, p, end)
        parts, clean, last = _breakdown_parts(inner, head, total_words)
        if len(parts) < 2 and m.group("paren") and not cue:
            parts, last = _bare_labelled(inner), len(inner)  # "260 người (kho Bắc Cửa 148, đội xe 74, văn phòng 48)"
            clean = bool(parts)
        if len(parts) < 2:
            continue
        if m.group("colon") and inner[last:].strip(" ,;:.-"):
            continue  # a colon list is a breakdown only when every item is a counted part
        s = sum(n * k for n, k, _ in parts)
        # "trong đó" may name only some parts; "trong đó:" opening a list of three or more parts, each a
        # count of the total's own noun ("46 cuộc họp, trong đó: 17 cuộc họp …, 21 cuộc họp …, 06 cuộc họp …"),
        # lays the whole out
        listed = (cue.startswith("trong") and ":" in f[m.end("cue"):start] and len(parts) >= 3
                  and all(w.split()[:1] == [head] or w.split()[-1:] == [head] for _, k, w in parts if k == 1)
                  and all(k == 1 for _, k, _ in parts))
        whole = (clean and (not cue.startswith("trong") or listed)) or _covers([w for _, _, w in parts], groups)
        if s == total or (not whole and s < total):
            continue  # "trong đó" may list only some of the parts; more than the total cannot be
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
#: "1.846 hộ trên tổng số 2.104 hộ, đạt 91,4%": the count, its whole and the percentage together.
PAIR_PERCENT = re.compile(rf"(?<![\w/.,])(?P<a>{NUMBER})(?!\d)(?:(?:\s+[^\W\d_]+){{0,3}}\s+(?:trên|tren)\s+(?:tổng\s+số\s+|tong\s+so\s+)?"
                          r"|(?:\s+[^\W\d_]+){0,3}\s+(?:trong|/)\s*(?:tổng\s+số|tong\s+so)\s+|(?:\s+[^\W\d_]+){1,3}\s*/\s*)"
                          rf"(?P<b>{NUMBER})(?![\d,])(?:\s+[^\W\d_]+){{0,3}}\s*[,(]?\s*(?:đạt|chiếm|bằng|dat|chiem|bang)?\s*"
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


def _tolerance(p: str) -> float:
    """One unit of the last written digit: 74% → 1, 91,4% → 0,1, 63,05% → 0,1 (at least)."""
    return 0.1 if ("," in p or "." in p) else 1.0


def _vn_int(n: int) -> str:
    """1846 → "1.846" (Vietnamese thousands separator)."""
    return f"{n:,}".replace(",", ".")


def _vn_pct(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


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
        if key[max(0, m.start() - 1):m.start()] == "/" or OTHER_BASE.match(fk[m.end():m.end() + 20]):
            continue
        a = _num(m.group("a"))
        unit = fold_keep_length(m.group("unit") or "")
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
ROLE_BREAKDOWN = re.compile(rf"(?<!\w)(?:co\s+cau|thanh\s+phan)(?:\s+(?:cua\s+)?(?:ban|to|nhom)(?:\s+[a-z]+){{0,4}})?(?:\s*:?\s*(?:gom|co|la)\s*:?|\s*:)\s*"
                            rf"(?P<list>\d{{1,2}}\s+{_ROLE}(?:\s*(?:,|;|va)\s*\d{{1,2}}\s+{_ROLE}){{1,5}})(?!\s*\d)")
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
        sizes = {int(x.group("n")) for t in scope for x in SIZE_BEFORE.finditer(t)
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


def check_totals(rule: Rule, ctx: Context) -> list[Finding]:
    out = _check_shares_of_document(rule, ctx)
    zone = list(ctx.doc.zone("preamble", "body", "closing"))
    for i in range(len(zone)):
        out += _check_role_breakdown(rule, ctx, zone, i)
    for p in zone:
        out += _check_breakdown(rule, ctx, p)
        out += _check_far_part_share(rule, ctx, p)
        out += _check_per_unit(rule, ctx, p)
        out += _check_percent(rule, ctx, p)
        out += _check_amounts(rule, ctx, p)
        text, f = p.numbered, p.folded
        for m in [*TOTAL.finditer(text), *TOTAL_COLON.finditer(text)]:
            inner_f = f[m.start("inner"):m.end("inner")].strip()
            if not inner_f[:1].isdigit() or NOT_BREAKDOWN.search(inner_f) or _labelled_number(f, m.start()):
                continue
            segs: list[str] = []
            for seg in PART_SPLIT.split(m.group("inner").strip()):
                if seg[:1].isdigit() or not segs:
                    segs.append(seg)
                else:
                    segs[-1] += ", " + seg
            nums = []
            for seg in segs:
                nm = re.match(rf"({NUMBER})\s+\D", seg)
                if not nm:
                    nums = []
                    break
                nums.append(_num(nm.group(1)))
            total = _num(m.group("total"))
            if len(nums) < 2 or any(n > total for n in nums) or sum(nums) == total:
                continue
            if _roles_of_other_count(f[m.start("noun"):m.end("noun")], segs):
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()),
                               found=f"{total} {m.group('noun').strip()}",
                               detail=f"{' + '.join(str(n) for n in nums)} = {sum(nums)}, không phải {total}"))
        spans = []
        for m in [*RATIO.finditer(text), *RATIO_VERB.finditer(f), *RATIO_FIRST.finditer(f)]:
            spans.append((m.start(), m.end()))
            a, b = _num(m.group("a")), _num(m.group("b"))
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
        key = (fd.evidence.line, fd.message.rsplit(":", 1)[-1].strip())
        if key not in seen:
            seen.add(key)
            unique.append(fd)
    return unique


#: An amount of money: "18,6 tỷ đồng", "1.250 triệu đồng", "5.000.000 đồng" (folded text).
_AMOUNT = r"(?P<{p}n>\d{{1,3}}(?:\.\d{{3}})*(?:,\d{{1,3}})?)\s*(?P<{p}u>ty|trieu|nghin|ngan)?\s+dong(?!\w)"
_SCALE = {"ty": 1e9, "trieu": 1e6, "nghin": 1e3, "ngan": 1e3, None: 1.0}
#: "Tổng kinh phí … dự kiến 18,6 tỷ đồng, gồm: tập huấn 4,2 tỷ đồng; tuyên truyền, cuộc thi 3,1 tỷ đồng; …"
AMOUNT_TOTAL = re.compile(r"(?<![\w/.,])" + _AMOUNT.format(p="t") + r"\s*,?\s*(?:bao\s+gom|gom|cu\s+the)\s*:?\s*")
#: "tổng mức đầu tư 2.000 triệu đồng (ngân sách xã 1.400 triệu đồng, Nhân dân đóng góp 600 triệu đồng)": the items
#: in parentheses, not opened by "trong đó" (which may name only some).
AMOUNT_PAREN = re.compile(r"(?<![\w/.,])" + _AMOUNT.format(p="t") + r"\s*\((?!\s*trong\s+do)(?P<inner>[^()]{5,300})\)")
#: "tổng mức đầu tư 2,4 tỷ đồng; trong đó đường thôn Đông 1,2 tỷ đồng, …": "trong đó" may name only some items, so
#: only a sum of the named items larger than the whole is a contradiction.
AMOUNT_WITHIN = re.compile(r"(?<![\w/.,])" + _AMOUNT.format(p="t") + r"\s*[,;]\s*trong\s+do\s*:?\s*")
AMOUNT_PART = re.compile(r"^(?P<label>[^\d;:]{2,80}?)\s*:?\s+" + _AMOUNT.format(p="") + r"\s*$")


def _money(n: str, unit: str | None) -> float:
    return float(n.replace(".", "").replace(",", ".")) * _SCALE[unit]


def _check_amounts(rule: Rule, ctx: Context, p) -> list[Finding]:
    """A sum of money and the items it lists after "gồm": every item a label and an amount ("tập huấn 4,2 tỷ
    đồng"), separated by ";" (or ", " when there is none — a decimal comma has no space after it)."""
    out = []
    f = p.folded
    for m in [*AMOUNT_TOTAL.finditer(f), *AMOUNT_PAREN.finditer(f), *AMOUNT_WITHIN.finditer(f)]:
        within = m.re is AMOUNT_WITHIN
        if re.search(r"(?<!\w)(?:tu|den|khoang|tren|duoi|toi\s+da|toi\s+thieu|it\s+nhat|gan|hon)\s*$", f[max(0, m.start() - 12):m.start()]) \
                and not re.search(r"(?<!\w)đầu\s+tư\s*$", p.text[max(0, m.start() - 12):m.start()].lower()):
            continue  # not an exact total ("từ 2 tỷ đồng"; "tổng mức đầu tư 2.350 triệu đồng" is one)
        end = m.end("inner") if "inner" in m.groupdict() else SENTENCE_END.search(f, m.end()).start()
        inner = f[m.end("inner") - len(m.group("inner")):end] if "inner" in m.groupdict() else f[m.end():end]
        sep = r"\s*;\s*" if ";" in inner else r",\s+|\s+va\s+"
        parts = [x.strip(" -+") for x in re.split(sep, inner)]
        values = []
        for seg in parts:
            pm = AMOUNT_PART.match(seg)
            if not pm or COMPARED.search(pm.group("label")):
                values = []
                break
            values.append((pm.group("n"), _money(pm.group("n"), pm.group("u"))))
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


def check_names(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    places: dict[str, list[tuple[str, object, int, int]]] = {}
    for p in ctx.doc.paras:
        for m in PLACE.finditer(p.text):
            words = m.group("name").split()
            keep = []
            for w in words:  # a proper name: every syllable capitalised ("Phù Liễn", "PHÙ LIỄN")
                if not w[:1].isupper():
                    break
                keep.append(w)
            if not keep:
                continue
            name = " ".join(keep)
            end = m.start("name") + len(name)
            kw = m.group("kw").lower()
            key = f"{fold(kw)} {fold(name)}"
            places.setdefault(key, []).append((normalize_tones(name), p, m.start("name"), end))
    for key, uses in places.items():
        forms = Counter(u[0] for u in uses)
        if len(forms) < 2:
            continue
        main = forms.most_common(1)[0][0]
        main_name = next(u for u in uses if u[0] == main)
        for form, p, a, b in uses:
            if form == main:
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b],
                               usual=ctx.doc.paras[main_name[1].index - 1].text[main_name[2]:main_name[3]],
                               count=forms[main]))
    for body in ctx.lexicon.bodies:
        variants = tuple(v for v in body.variants if not v.split()[-1].isupper())
        if not variants:
            continue
        canon, other = cue_regex((body.name,)), cue_regex(variants)
        canon_lines, var_hits = [], []
        for p in ctx.doc.paras:
            canon_spans = [(m.start(), m.end()) for m in canon.finditer(p.key)]
            canon_lines += [p.line_at(a) for a, _ in canon_spans]
            for m in other.finditer(p.key):
                if not any(a <= m.start() < b for a, b in canon_spans):
                    var_hits.append((p, m.start(), m.end()))
        if canon_lines and var_hits:
            seen_paras = set()
            for p, a, b in var_hits:
                if p.index in seen_paras:
                    continue
                seen_paras.add(p.index)
                out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b], usual=body.name,
                                   count=len(canon_lines)))
    return out


def check_dates(rule: Rule, ctx: Context) -> list[Finding]:
    groups: dict[str, list] = {}
    for m in ctx.mentions:
        ref = m.ref
        if ref is None or not ref.number or not ref.issued or len(ref.issued) != 10:
            continue
        known, _ = ctx.identifier.identify(ref)
        if known is not None and known.issued:
            continue  # kind 4 (wrong_date) compares with the known date
        groups.setdefault(fold(ref.number).replace(" ", ""), []).append(m)
    out = []
    own, own_issued = ctx.doc.header, own_date(ctx.doc)
    own_issued = own_issued[0] if own_issued and own_issued[1] else None
    own_key = fold(own.number).replace(" ", "") if own.number and own_issued else None
    for key, ms in groups.items():
        dates = Counter(m.ref.issued for m in ms)
        if key == own_key:  # the document's own number and date in its heading, cited in an attached text
            head_line = next((p.line for p in ctx.doc.paras if p.zone == "header" and own.number in p.text), 1)
            if all(m.ref.issued == own_issued for m in ms):
                continue
            main, main_lines = own_issued, [head_line]
        elif len(dates) < 2:
            continue
        else:
            main = dates.most_common(1)[0][0]
            main_lines = [m.line for m in ms if m.ref.issued == main]
        for m in ms:
            if m.ref.issued == main:
                continue
            ev = ctx.doc.evidence(m.para, m.start, m.end)
            out.append(finding(rule, ctx, Evidence(ev.text, m.line, ev.end_line, ev.paragraph, ev.section),
                               doc=m.ref.number, found=vn_date(m.ref.issued), usual=vn_date(main),
                               lines=", ".join(map(str, main_lines))))
    return out


_ABOUT = re.compile(r"^[^;.()]{0,80}?(?<!\w)(?:về|ve)\s+(?:việc\s+|viec\s+)?(?P<about>[^;.()]{3,})")


def _about(m) -> str | None:
    """The first words of the title after a citation ("… về thực hiện Quy chế dân chủ …"), folded."""
    a = _ABOUT.match(m.para.key[m.end:m.end + 200])
    return " ".join(fold_keep_length(a.group("about")).split()[:5]) if a else None


def check_numbers(rule: Rule, ctx: Context) -> list[Finding]:
    """One document (same type, issuer mark and full date) cited under two different numbers."""
    groups: dict[tuple, list] = {}
    for m in ctx.mentions:
        ref = m.ref
        if ref is None or not ref.number or not ref.issued or len(ref.issued) != 10 or "/" not in ref.number:
            continue
        head, _, mark = ref.number.partition("/")
        if not head.isdigit():
            continue
        groups.setdefault((ref.doc_type, fold_keep_length(mark).replace(" ", ""), ref.issued), []).append(m)
    out = []
    for ms in groups.values():
        nums = Counter(m.ref.number for m in ms)
        if len(nums) < 2:
            continue
        main = nums.most_common(1)[0][0]
        first = next(m for m in ms if m.ref.number == main)
        for m in ms:
            if m.ref.number == main:
                continue
            a, b = _about(first), _about(m)
            if a and b and a != b:
                continue  # two documents of the same day on different matters
            if not (a and a == b) and abs(int(m.ref.number.partition("/")[0]) - int(main.partition("/")[0])) == 1:
                # 198/QĐ-UBND and 199/QĐ-UBND of one day: a batch signed together (the decision ending a Trưởng
                # thôn's term and the one naming the interim), unless both are cited with one title
                continue
            ev = ctx.doc.evidence(m.para, m.start, m.end)
            out.append(finding(rule, ctx, Evidence(ev.text, m.line, ev.end_line, ev.paragraph, ev.section),
                               found=m.ref.number, usual=main, date=vn_date(m.ref.issued), lines=str(first.line)))
    return out


#: A quotation of amended text opens at the start of a paragraph and closes at its end:
#: «1. Điều 3 được sửa đổi như sau: / "Điều 3. Việc cưới / 1. … / 2. …"».
QUOTE_OPEN = re.compile(r'^\s*["“„«]')
QUOTE_CLOSE = re.compile(r'["”»]\s*[.;,]?\s*$')


def check_numbering(rule: Rule, ctx: Context) -> list[Finding]:
    """The same Điều, Roman section or clause number twice. An article quoted in an amending text
    («Điều 3 được sửa đổi như sau: "Điều 3. … 1. … 2. …"») has its own numbering."""
    out = []
    articles: dict[str, int] = {}
    romans: dict[str, int] = {}
    clauses: dict[str, int] = {}
    quoted = False
    #: a numbered list opened by a sentence ending ":" inside a clause (a member list "1. Ông …"): its last number
    sub: int | None = None
    sub_open = False
    for p in ctx.doc.paras:
        t = p.text
        if ATTACHED.match(t):  # "QUY CHẾ … (Kèm theo Quyết định …)": a new document, its own numbering
            articles, romans, clauses = {}, {}, {}
            continue
        if p.zone != "body":
            continue
        if quoted or QUOTE_OPEN.match(t):
            quoted = not QUOTE_CLOSE.search(t)
            continue
        if DIVISION.match(t):
            romans, clauses = {}, {}
            continue
        if CHAPTER.match(t):  # "Chương II. …" then "1. …", "2. …": each chapter's own list
            clauses = {}
            continue
        am = ARTICLE.match(t)
        rm = ROMAN.match(t) if not articles else None
        cm = CLAUSE_NO.match(t)
        was_open, sub_open = sub_open, t.rstrip().endswith(":") and not cm
        if am or rm:
            sub = None
        if am:
            label, seen, kind = am.group(1), articles, "Điều"
            clauses = {}
        elif rm:
            label, seen, kind = rm.group(1), romans, "Mục"
            clauses = {}
        elif cm:
            label, seen, kind = cm.group(1), clauses, "khoản"
        else:
            continue
        if kind == "khoản" and sub is not None:
            if label.isdigit() and int(label) == sub + 1:
                sub = int(label)  # the sub-list goes on: its own numbers
                continue
            sub = None  # a number out of its run: the sub-list is over, back to the clauses
        elif kind == "khoản" and was_open and clauses and label == "1":
            sub = 1  # "2. Tổ chức của Ban / Ban … gồm 05 thành viên: / 1. Ông … / 2. Bà …": a list under a clause
            continue
        if label in seen:
            out.append(finding(rule, ctx, ctx.doc.evidence(p, 0, min(len(t), 120)),
                               found=f"{kind} {label}", first=seen[label]))
        else:
            seen[label] = p.line
    return out


#: "gồm 03 thành viên:" — a stated count followed by the list of its members.
MEMBERS = re.compile(rf"(?:gồm|gom|có|co|bầu|bau)\s+(?P<n>\d{{1,2}})\s+(?P<noun>thành viên|thanh vien|người|nguoi|đồng chí|dong chi)"
                     # "bầu 05 thành viên Ban Thanh tra nhân dân gồm các ông, bà: …": the body named before the list
                     r"(?:\s+(?:của\s+|cua\s+)?(?:Ban|ban|Tổ|tổ|To|to)\s+[^:.;,\d]{2,50}?(?=\s+(?:gồm|gom|là|la|bao\s+gồm|bao\s+gom)\b))?"
                     r"\s*(?:,\s*cụ thể|,\s*cu the|,?\s+như sau|,?\s+nhu sau|,?\s+sau đây|,?\s+sau day"
                     r"|,?\s+(?:có|co)\s+(?:tên|ten|danh\s+sách|danh\s+sach)\s+(?:như\s+|nhu\s+)?(?:sau|dưới\s+đây|duoi\s+day)"
                     r"(?:\s+đây|\s+day)?"
                     # "gồm 05 thành viên, do đại diện Ban công tác Mặt trận làm Tổ trưởng:" — who leads, then the list
                     r"|,\s*(?:do|trong\s+đó|trong\s+do)\s+[^:.;\d]{3,80}?\s+(?:làm|lam|giữ|giu)\s+[^:.;\d]{3,40}"
                     # "có 07 thành viên gồm:", "gồm 05 người, là các ông, bà:" — the list's own word before the colon
                     r"|,?\s+(?:gồm\s+có|gom\s+co|bao\s+gồm|bao\s+gom|gồm|gom|là|la)"
                     r"(?:\s+(?:các|cac)\s+(?:ông|ong|bà|ba|đồng\s+chí|dong\s+chi)(?:\s*,\s*(?:bà|ba))?)?)?"
                     r"\s*:\s*(?P<rest>.*)$"
                     # "danh sách … gồm 11 thành viên (xác định năm 2024, …)." and a table of members below it
                     r"|(?:gồm|gom)\s+(?P<n2>\d{1,2})\s+(?:thành viên|thanh vien|người|nguoi)\s*(?:\([^()]*\))?\s*\.?\s*$(?P<table>)")
#: A table's header naming the people it lists: "Họ và tên", "Thành viên đại diện bên người lao động".
_PEOPLE_HEADER = re.compile(r"(?<!\w)(?:họ\s+(?:và\s+)?tên|ho\s+(?:va\s+)?ten|thành\s+viên|thanh\s+vien)(?!\w)", re.IGNORECASE)
_BARE_NAME = re.compile(r"[^\W\d_][^\W\d_]*(?:\s+[^\W\d_]+){1,4}")
BULLET = re.compile(r"^\s*(?:[-–+•*]|[a-zđ]\)|\d{1,2}[.)])\s+")
#: s16-pa (unseen47 n03): "anh Sùng A Páo (Bí thư Chi đoàn)", "chị Lò Thị Hoa": a young member's form of address
PERSON = re.compile(r"(?<!\w)(?:ông|bà|anh|chị|ong|ba|đồng chí|dong chi|đ/c|d/c)\s+(?P<initial>[^\W\d_])", re.IGNORECASE)


def _style(marker: str) -> str:
    """Kind of list marker: "-" (any dash or bullet), "a)" or "1."; a change of kind ends the list."""
    m = marker.strip()
    return "dash" if m[:1] in "-–+•*" else ("letter" if m[:1].isalpha() else "number")


#: A seat described, not named, in an inline list of members: "đại diện Chi hội Phụ nữ", "01 đại diện hộ gia
#: đình", "02 thành viên do … cử" — the names counted are then fewer than the members, lawfully.
UNNAMED_MEMBER = re.compile(r"(?<!\w)(?:đại diện|\d{1,2}\s+(?:người|thành viên|ủy viên|đại diện))(?!\w)",
                            re.IGNORECASE)


def _named_after_label(item: str) -> int:
    """s17-i2 (u61-03 l.29): a list line "Thành viên: bà A (Chi hội Phụ nữ), ông B (…), ông C và bà D" names several
    members after one role label; the people after the colon are counted when every comma- or "và"-separated part
    (parentheses set aside) opens with a form of address and a capitalised name. 0 when the line is not of that shape."""
    m = re.match(r"\s*[^\W\d_][^:()\d]{1,40}:\s*(?P<rest>.+)$", item, re.S)
    if not m:
        return 0
    rest = re.sub(r"\([^()]*\)", " ", m.group("rest"))
    parts = [x.strip() for x in re.split(r"\s*[,;]\s*|\s+và\s+", re.sub(r"[\s.;]+$", "", rest)) if x.strip()]
    if len(parts) < 2:
        return 0
    for x in parts:
        pm = PERSON.match(x)
        if not pm or not pm.group("initial").isupper():
            return 0
    return len(parts)


def check_members(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    paras = ctx.doc.paras
    for i, p in enumerate(paras):
        if p.zone not in ("preamble", "body", "closing"):
            continue
        m = MEMBERS.search(p.key)
        if not m:
            continue
        n = int(m.group("n") or m.group("n2"))
        rest = p.text[m.start("rest"):].strip() if m.group("n") else ""
        if m.group("n2"):  # no colon: only a table right below it lists the members
            nxt = paras[i + 1] if i + 1 < len(paras) else None
            if nxt is None or row_cells(nxt.text) is None:
                continue
        if rest:  # "gồm 03 thành viên: ông A, bà B, ông C và bà D"
            listed = sum(1 for x in PERSON.finditer(rest) if x.group("initial").isupper())  # not "bà con"
            if not listed:  # "là các ông, bà: Lê Văn An, Trần Thị Bình, …": bare names, each two to five capitalised words
                items = [x.strip() for x in re.split(r"\s*[,;]\s*|\s+và\s+", re.sub(r"\s*[.;]?\s*$", "", rest))]
                if len(items) >= 2 and all(_BARE_NAME.fullmatch(x) and all(w[0].isupper() for w in x.split())
                                           for x in items):
                    listed = len(items)
            last = p
            if listed < n and UNNAMED_MEMBER.search(PERSON.sub(" ", rest)):
                continue  # "ông A (Tổ trưởng); bà B; đại diện Chi hội Phụ nữ và 01 đại diện hộ": seats not named
        else:  # one member per following bulleted line
            listed, last, style, people = 0, p, None, False
            for q in paras[i + 1:]:
                row = row_cells(q.text)
                if row is not None and q.zone == p.zone and style in (None, "table"):
                    # a table of members: a header row, then one numbered row each ("| 1 | Bà A | … | Trưởng ban |";
                    # under a header "Họ và tên" the bare name "| 1 | Đặng Văn Chày | … |")
                    if re.fullmatch(r"\d{1,2}[.)]?", row[0]) and len(row) > 1 and (
                            any(PERSON.search(c) for c in row[1:])
                            or people and _BARE_NAME.fullmatch(row[1]) and all(w[0].isupper() for w in row[1].split())):
                        listed, last, style = listed + 1, q, "table"
                        continue
                    if style is None and not any(re.search(r"\d", c) for c in row):
                        people = people or bool(len(row) > 1 and _PEOPLE_HEADER.search(row[1]))
                        continue
                    break
                if m.group("n2"):
                    break
                b = BULLET.match(q.text)
                if not b or q.zone != p.zone or style not in (None, _style(b.group(0))):
                    break
                item = q.key[b.end():]
                if re.match(r"(?:các|những|cac|nhung)\s", item) and not _named_after_label(q.text[b.end():]):
                    listed = -1  # "- các Ủy viên": a group of unknown size
                    break
                counted = re.match(r"(\d{1,2})\s+[^\W\d_]", item)  # "- 01 Trưởng ban"
                named = _named_after_label(q.text[b.end():])  # "- Thành viên: bà A (…), ông B, ông C và bà D"
                listed, last, style = (listed + (int(counted.group(1)) if counted else named or 1), q,
                                       _style(b.group(0)))
        last_line = last.end_line
        if listed == 0 and not m.group("n2") and not rest:
            # a table in space-aligned columns right below ("TT  Họ và tên  Chức danh" / "1   Hà Văn Lộc  Trưởng ban"):
            # an indented run may be read as one paragraph, so the raw lines are read
            listed, last_line = _spaced_member_rows(ctx, p.end_line)
        if listed < 2 or listed == n:
            continue
        ev = ctx.doc.evidence(p, m.start(), m.end())
        out.append(finding(rule, ctx, Evidence(ev.text, p.line_at(m.start()), max(ev.end_line, last_line),
                                               ev.paragraph, ev.section),
                           found=p.text[m.start():m.start("rest") if m.group("n") else m.end()].rstrip(" :"),
                           count=listed, stated=n))
    return out + _members_named_on(rule, ctx) + _member_list_heading(rule, ctx)


#: A heading over the member table: "I. DANH SÁCH THÀNH VIÊN", "Danh sách thành viên Ban Thanh tra nhân dân:" (folded).
_MEMBER_LIST_HEAD = re.compile(r"^\s*(?:[ivx]{1,4}[.)]|\d{1,2}[.)]|[a-z][.)])?\s*danh\s+sach\s+(?:cac\s+)?thanh\s+vien"
                               r"(?:\s+(?:ban|to)\s+[a-z ]{2,60}?)?\s*:?\s*$")
#: The body's size stated in prose: "Ban Thanh tra nhân dân gồm 09 thành viên họp phiên thứ nhất" (key text).
_SIZE_STATED = re.compile(r"(?<!\w)(?:gồm|có)\s+(?P<n>\d{1,2})\s+thành viên(?!\w)")


def _member_list_heading(rule: Rule, ctx: Context) -> list[Finding]:
    """The body's size stated in the text ("Ban Thanh tra nhân dân gồm 09 thành viên họp phiên thứ nhất"), and its
    members in a table under a heading of its own further down ("I. DANH SÁCH THÀNH VIÊN" over "| TT | Họ và tên |
    … |" and numbered rows): the rows are the members. Silent when the text states two sizes, the heading is not
    right above the table, or a row does not name a person."""
    paras = ctx.doc.paras
    stated = [(p, m) for p in paras if p.zone in ("preamble", "basis", "body", "closing") for m in _SIZE_STATED.finditer(p.key)]
    if len({int(m.group("n")) for _, m in stated}) != 1:
        return []
    n = int(stated[0][1].group("n"))
    out = []
    for i, h in enumerate(paras):
        if not _MEMBER_LIST_HEAD.match(h.folded) or row_cells(h.text) is not None:
            continue
        listed, last, people = 0, None, False
        for q in paras[i + 1:i + 40]:
            row = row_cells(q.text)
            if row is None:
                break
            if listed == 0 and not any(re.search(r"\d", c) for c in row):
                people = people or bool(len(row) > 1 and _PEOPLE_HEADER.search(row[1]))
                continue
            if _rule_cells(row):
                continue
            if not (re.fullmatch(r"\d{1,2}[.)]?", row[0]) and int(row[0].rstrip(".)")) == listed + 1 and len(row) > 1
                    and (PERSON.search(row[1]) or people and _BARE_NAME.fullmatch(row[1])
                         and all(w[0].isupper() for w in row[1].split()))):
                listed = -1
                break
            listed, last = listed + 1, q
        if listed < 2 or listed == n or not people:
            continue
        p, m = stated[0]
        ev = ctx.doc.evidence(p, m.start(), m.end())
        out.append(finding(rule, ctx, Evidence(ev.text, p.line_at(m.start()), max(ev.end_line, last.end_line),
                                               ev.paragraph, ev.section),
                           found=p.text[m.start():m.end()], count=listed, stated=n))
    return out


#: A numbered row of a member table in space-aligned columns: "  1   Hà Văn Lộc          Trưởng ban       Thôn …".
_SPACED_MEMBER_ROW = re.compile(r"^\s*(?P<k>\d{1,2})[.)]?\s+(?P<name>[^\W\d_]+(?:\s[^\W\d_]+){1,4})(?:\s{2,}\S.*)?\s*$")


def _spaced_member_rows(ctx: Context, after_line: int) -> tuple[int, int]:
    """(rows, last line) of a member table in space-aligned columns right after ``after_line``: a header naming
    people ("TT  Họ và tên …"), then rows numbered 1, 2, 3 … each opening with a capitalised name. (0, 0) when the
    lines below are not such a table."""
    lines = ctx.doc.raw_lines
    k = after_line
    if k >= len(lines) or re.search(r"\d", lines[k]) or not _PEOPLE_HEADER.search(lines[k]):
        return 0, 0
    rows, last = 0, 0
    for no in range(k + 1, min(len(lines), k + 40)):
        r = _SPACED_MEMBER_ROW.match(lines[no])
        if not r or int(r.group("k")) != rows + 1 or not all(w[0].isupper() for w in r.group("name").split()):
            break
        rows, last = rows + 1, no + 1
    return rows, last


#: A count of members whose names follow the colon, the list running on over the next lines: "… gồm 07 người do
#: Ban Chấp hành Công đoàn cơ sở cử, cụ thể:" / "Bên người lao động (05 người, do Ban Chấp hành Công đoàn cơ sở
#: cử): bà A - Chủ tịch Công đoàn;" (key text: lower case, marks kept).
MEMBERS_BY = re.compile(r"(?:(?:gồm|có)\s+(?P<n>\d{1,2})\s+(?:thành viên|người)\s+do\s+[^:.;\d()]{3,80}?\s+(?:cử|bầu|giới thiệu|chỉ định|phân công)"
                        r"(?:\s*,?\s*(?:cụ thể|như sau|gồm|gồm có|là các ông, bà|là))?"
                        r"|\(\s*(?P<n2>\d{1,2})\s+(?:thành viên|người)(?:\s*,\s*do\s+[^:.;\d()]{3,80}?\s+(?:cử|bầu|giới thiệu|chỉ định))?\s*\))"
                        r"\s*:\s*(?P<rest>.*)$")
_NAMED = re.compile(r"(?<!\w)(?:ông|bà)\s+(?P<initial>[^\W\d_])")


def _members_named_on(rule: Rule, ctx: Context) -> list[Finding]:
    """A count of members with their names after the colon, on its line and the unbulleted lines that go on
    naming people ("ông Dương Văn Lợi; bà Chu Thị Nga; …"): the names counted must be the count. Silent when a seat
    is described, not named ("đại diện …"), or the names run into a new labelled line ("Khách mời: …")."""
    out = []
    paras = ctx.doc.paras
    for i, p in enumerate(paras):
        if p.zone not in ("preamble", "body", "closing") or MEMBERS.search(p.key):
            continue
        m = MEMBERS_BY.search(p.key)
        if not m:
            continue
        n = int(m.group("n") or m.group("n2"))
        texts, last = [p.text[m.start("rest"):]], p
        for q in paras[i + 1:i + 6]:
            if q.zone != p.zone or not re.match(r"\s*(?:ông|bà|Ông|Bà)\s+[^\W\d_]", q.text) or ":" in q.text:
                break
            texts.append(q.text)
            last = q
        rest = " ".join(texts)
        if UNNAMED_MEMBER.search(_NAMED.sub(" ", rest)) or re.search(r"(?<!\w)(?:các|những)\s+(?:ông|bà)(?!\w)", rest):
            continue
        listed = sum(1 for x in re.finditer(r"(?<!\w)(?:ông|bà|Ông|Bà)\s+(?P<initial>[^\W\d_])", rest) if x.group("initial").isupper())
        if listed < 2 or listed == n:
            continue
        a = m.start()
        ev = ctx.doc.evidence(p, a, m.start("rest"))
        out.append(finding(rule, ctx, Evidence(ev.text, p.line_at(a), max(ev.end_line, last.end_line), ev.paragraph, ev.section),
                           found=p.text[a:m.start("rest")].strip(" :"), count=listed, stated=n))
    return out


#: "tại 12 thôn: Phước Thượng, Phước Hạ, …", "05 điều của Hương ước năm 2019 gồm Điều 3, Điều 5 và Điều 9":
#: a count of named things followed by their names. Between the noun and the list only words (and a year).
LISTED = re.compile(
    r"(?<![\d/.,])(?P<n>\d{1,2})(?:\s*\([^()\d]*\))?\s+(?P<noun>tổ dân phố|thôn|bản|làng|xóm|ấp|khu phố|xã|phường|"
    r"điều|cụm dân cư|cụm|đơn vị|cơ quan|trường)(?!\w)"
    r"(?P<mid>(?:[^.;:()\d\n]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?)"
    r"(?:\s*:\s*|\s*,?\s+(?:gồm có|gồm|bao gồm|là)\s*:?\s*)"
    r"(?P<list>[^.;:()\n]+?)\s*(?=[.;]|$)", re.IGNORECASE)
#: "05 điều (Điều 3, 5 và 9)", "03 thôn (Nà Lừa, Nà Cạn và Bản Chang)": the list in parentheses.
LISTED_PAREN = re.compile(
    r"(?<![\d/.,])(?P<n>\d{1,2})\s+(?P<noun>tổ dân phố|thôn|bản|làng|xóm|ấp|khu phố|xã|phường|điều|cụm dân cư|cụm|"
    r"đơn vị|cơ quan|trường)(?!\w)(?P<mid>(?:[^.;:()\d\n]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?)\s*\(\s*(?:gồm\s*:?\s*)?"
    r"(?P<list>[^()\n]+?)\s*\)", re.IGNORECASE)
LIST_SPLIT = re.compile(r"\s*,\s*|\s+và\s+")
ARTICLE_ITEM = re.compile(r"^(?:Điều|điều)\s+\d{1,3}[a-zđ]?$")
BARE_NUMBER = re.compile(r"^\d{1,3}[a-zđ]?$")  # "Điều 3, 5 và 9": the article word said once
_KIND_WORDS = re.compile(r"^(?:thôn|bản|làng|xóm|ấp|tổ dân phố|khu phố|xã|phường|cụm|trường|cơ quan|đơn vị)\s+",
                         re.IGNORECASE)


def _name_item(item: str) -> bool:
    """A named place or body: capitalised words, perhaps after its kind and with a number ("thôn Bình
    Giang 1", "tổ dân phố số 5"); at most six words."""
    words = _KIND_WORDS.sub("", item).split()
    if not words or len(words) > 6:
        return False
    if words[0].lower() == "số":
        return len(words) == 2 and words[1].isdigit()
    return words[0][0].isupper() and all(w[0].isupper() or w.isdigit() for w in words)
LIST_TAIL = re.compile(r"(?:các|những|v\.v|vv|khác|\.\.\.|…)", re.IGNORECASE)


def _parens_blanked(text: str) -> str:
    """Parentheses blanked to spaces of the same length: "Đồng Me (120 hộ), Bàu Sen" lists two names."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)


def check_listed(rule: Rule, ctx: Context) -> list[Finding]:
    """A stated count of places, articles or bodies followed by the list of their names, which has a
    different number of names. The list may go on in the next paragraph when the reader cut it
    ("… gồm Điều 3, Điều 5 và" / "Điều 9.")."""
    out = []
    paras = ctx.doc.paras
    for i, p in enumerate(paras):
        if p.zone not in ("preamble", "body", "closing", "basis"):
            continue
        text = p.text
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        if nxt is not None and not re.search(r"[.;:!?]\s*$", text) and nxt.zone == p.zone:
            text = text + " " + nxt.text
        for m in [*LISTED.finditer(_parens_blanked(text)), *LISTED_PAREN.finditer(text)]:
            n = int(m.group("n"))
            items = [x.strip() for x in LIST_SPLIT.split(m.group("list").strip()) if x.strip()]
            if n < 2 or len(items) < 2 or len(items) == n or LIST_TAIL.search(m.group("list")):
                continue
            article = m.group("noun").lower() == "điều"
            if article:
                ok = bool(ARTICLE_ITEM.match(items[0])) and all(ARTICLE_ITEM.match(x) or BARE_NUMBER.match(x)
                                                                for x in items[1:])
            else:
                ok = all(_name_item(x) for x in items)
            if not ok:
                continue
            end = min(m.end(), len(p.text))
            ev = ctx.doc.evidence(p, m.start(), end)
            last = nxt.end_line if m.end() > len(p.text) and nxt is not None else ev.end_line
            out.append(finding(rule, ctx, Evidence(ev.text, p.line_at(m.start()), last, ev.paragraph, ev.section),
                               found=text[m.start():m.end("noun")], count=len(items), stated=n,
                               noun=m.group("noun").lower()))
    return out + _announced_items(rule, ctx) + _answered_items(rule, ctx)


# -- an announced number of items against the list that follows (s18-ic) ---------------------------------------------
#: Nouns of things a plan, report or letter enumerates (folded): "03 hình thức sau:", "04 nội dung chính:", "05
#: nhiệm vụ trọng tâm như sau:". People are IC-05's; places and articles are read above.
_ITEM_NOUNS = (r"noi\s+dung|hinh\s+thuc|cach\s+thuc|nhiem\s+vu|giai\s+phap|muc\s+tieu|yeu\s+cau|kien\s+nghi|de\s+nghi|van\s+de|buoc"
               r"|phuong\s+thuc|bien\s+phap|nhom\s+(?:giai\s+phap|nhiem\s+vu|noi\s+dung|van\s+de)|linh\s+vuc|tieu\s+chi"
               r"|nguyen\s+tac|phuong\s+an|cong\s+viec|viec|de\s+xuat|hoat\s+dong|chuong\s+trinh|dieu\s+kien|khau|dot"
               r"|chuyen\s+de|muc|phan|loai|nhom")
#: "bằng 03 hình thức sau:", "gồm 04 nội dung chính như sau:", "có 5 nhiệm vụ:" — the line ends at the colon.
ANNOUNCED = re.compile(rf"(?<![\w/.,])(?P<n>\d{{1,2}})\s+(?P<noun>{_ITEM_NOUNS})(?!\w)(?P<mid>[^.;:\d\n()]{{0,60}}?)"
                       r"\s*(?:(?:nhu\s+)?sau(?:\s+day)?|duoi\s+day|cu\s+the)?\s*:\s*$")
#: A bound, not a count: "ít nhất 03 hình thức", "tối đa 05 nội dung", "trong đó 02 nội dung".
_BOUND_BEFORE_COUNT = re.compile(r"(?<!\w)(?:it\s+nhat|toi\s+thieu|toi\s+da|khong\s+qua|khoang|tren|duoi|hon|gan|trong\s+do|"
                               r"tu|den|moi|hoac|dieu|khoan|diem|so|muc)\s*$")
_LIST_MARK = re.compile(r"^\s*(?:(?P<dash>[-–+•*])|(?P<letter>[a-zđ])\)|(?P<num>\d{1,2})[.)])\s+\S")


def _list_items(paras: list, start: int) -> tuple[int, int] | None:
    """(number of items, last line) of the list that starts at ``paras[start]``: lines of one marker kind, a numbered
    or lettered one running 1, 2, 3 … (a), b), c) …); dashes nested under numbered items are read past, a numbered
    line after a dash list ends it (the outer list goes on). A table right below counts its numbered rows. None when
    the lines are no clean list (a number skipped or repeated, a marker of a third kind)."""
    if start >= len(paras):
        return None
    first = paras[start]
    zone = first.zone
    row = row_cells(first.text)
    if row is not None:  # "| TT | Hình thức | … |" then "| 1 | … |", "| 2 | … |"
        k, last = 0, first.end_line
        for q in paras[start:start + 30]:
            c = row_cells(q.text)
            if c is None or q.zone != zone:
                break
            if re.fullmatch(r"\d{1,2}[.)]?", c[0]):
                if int(re.match(r"\d+", c[0]).group(0)) != k + 1:
                    return None
                k, last = k + 1, q.end_line
            elif k or any(re.search(r"\d", x) for x in c):
                return None  # a total row, or a row without its number: no clean count
        return (k, last) if k else None
    m0 = _LIST_MARK.match(first.text)
    if not m0:
        return None
    kind = "dash" if m0.group("dash") else "letter" if m0.group("letter") else "num"
    k, last = 0, first.end_line
    for q in paras[start:start + 30]:
        if q.zone != zone:
            break
        mk = _LIST_MARK.match(q.text)
        if not mk:
            break
        here = "dash" if mk.group("dash") else "letter" if mk.group("letter") else "num"
        if here != kind:
            if here == "dash" and kind != "dash":
                continue  # "- …" nested under "1. …"
            break  # "2. …" after a dash list: the outer list goes on
        if kind == "num" and int(mk.group("num")) != k + 1 or kind == "letter" and ord(mk.group("letter")) - ord("a") != k \
                and mk.group("letter") != "đ":
            return None
        k, last = k + 1, q.end_line
    return k, last


def _announced_items(rule: Rule, ctx: Context) -> list[Finding]:
    """s18-ic (u63-03 l.18): a count of things announced at the end of a line ("Việc lấy ý kiến được thực hiện bằng 03
    hình thức sau:", "Kế hoạch gồm 04 nội dung chính:") and the list right below it, one item per line (a table
    right below is IC-85's): the list must hold that many items. Silent for a bound ("ít nhất 03 hình thức"), a list that
    is not clean (a number skipped, a third marker kind), or one of a single item."""
    out = []
    paras = list(ctx.doc.zone("preamble", "body", "closing"))
    for i, p in enumerate(paras):
        f = p.folded
        m = ANNOUNCED.search(f)
        if not m or _BOUND_BEFORE_COUNT.search(f[max(0, m.start() - 14):m.start()]):
            continue
        n = int(m.group("n"))
        if i + 1 < len(paras) and row_cells(paras[i + 1].text) is not None:
            continue  # a table right below: IC-85 reads it
        got = _list_items(paras, i + 1)
        if got is None or n < 2:
            continue
        k, last = got
        if k < 2 or k == n or re.search(r"(?<!\w)trong\s+do(?!\w)", m.group("mid")):
            continue  # "23 kiến nghị, trong đó:" opens a breakdown by counts, not a list of the things
        items = [q.folded for q in paras[i + 1:] if q.end_line <= last]
        ends = [(x, c) for x in items if (c := re.search(r"(?:[:\s]|^)(\d[\d.,]*)(?:\s+[a-z]+)?\s*[;.,]?\s*$", x))]
        if any(not _labelled_number(x, c.start(1)) for x, c in ends):
            continue  # an item that ends with a count ("+ đang giải quyết: 06;"): a breakdown (IC-71, IC-76 read it)
        ev = ctx.doc.evidence(p, m.start(), m.end())
        out.append(finding(rule, ctx, Evidence(ev.text, p.line_at(m.start()), max(ev.end_line, last), ev.paragraph,
                                               ev.section),
                           found=p.text[m.start():m.end()].strip(" :"), count=k, stated=n,
                           noun=p.text[m.start("noun"):m.end("noun")].lower()))
    return out


#: "Văn bản kiến nghị 03 nội dung liên quan đến …", "Ban Thanh tra nhân dân nêu 04 vấn đề": matters raised (folded).
RAISED = re.compile(r"(?<!\w)(?:kien\s+nghi|de\s+nghi|phan\s+anh|neu|gom|co)\s+(?P<n>\d{1,2})\s+"
                    r"(?P<noun>noi\s+dung|van\s+de|kien\s+nghi|y\s+kien|viec|de\s+nghi)(?!\w)")
#: The reply's own cue: "UBND phường trả lời như sau:", "tiếp thu, giải trình như sau:" (folded, end of line).
_REPLY_CUE = re.compile(r"(?<!\w)(?:tra\s+loi|giai\s+trinh|tiep\s+thu|tra\s+loi\s+cu\s+the|tra\s+loi\s+tung\s+noi\s+dung)"
                        r"[^.:]{0,40}?(?:nhu\s+sau|sau\s+day|cu\s+the)?\s*:\s*$")


def _answered_items(rule: Rule, ctx: Context) -> list[Finding]:
    """s18-ic (u63-10 l.9): a reply that says how many matters were raised ("Văn bản kiến nghị 03 nội dung …") and then
    answers them one numbered item each, "1. Về …", "2. Về …", under "… trả lời như sau:": the items that answer a
    matter ("Về …") must be that many. Other numbered items after them ("5. Đối với 05 đơn của công dân") answer
    something else and are not counted; unnumbered lines between items continue the item above."""
    out = []
    paras = [q for q in ctx.doc.paras if q.zone != "header" or q.line > 3]  # a letter without "Kính gửi" opens in its header
    for i, p in enumerate(paras):
        ms = list(RAISED.finditer(p.folded))
        if len(ms) != 1:
            continue
        m = ms[0]
        n = int(m.group("n"))
        cue = next((j for j in range(i, min(i + 3, len(paras))) if _REPLY_CUE.search(paras[j].folded)), None)
        if cue is None or n < 2:
            continue
        about, k, last, clean = 0, 0, None, True
        for q in paras[cue + 1:cue + 40]:
            mk = _LIST_MARK.match(q.text)
            if mk and mk.group("num"):
                if int(mk.group("num")) != k + 1:
                    clean = False
                    break
                k += 1
                if re.match(r"\s*\d{1,2}[.)]\s+ve\s", q.folded):
                    if about != k - 1:
                        clean = False  # a matter answered after something else: no plain run
                        break
                    about, last = about + 1, q.end_line
                continue
            if re.match(r"\s*(?:noi\s+nhan|kinh\s+gui|tm\.|kt\.)", q.folded):
                break
        if not clean or about < 2 or about == n:
            continue
        ev = ctx.doc.evidence(p, m.start(), m.end())
        out.append(finding(rule, ctx, Evidence(ev.text, p.line_at(m.start()), ev.end_line, ev.paragraph, ev.section),
                           found=p.text[m.start():m.end()].strip(), count=about, stated=n,
                           noun=p.text[m.start("noun"):m.end("noun")].lower()))
    return out


#: "Tổ dân phố số 5 có 164 hộ", "Xã Tân Hòa có 9 thôn, 2.104 hộ với 7.912 nhân khẩu".
HAS_COUNT = re.compile(rf"(?<!\w)(?P<kind>thôn|tổ dân phố|xã|phường|làng|bản|ấp|khu phố|thon|to dan pho|xa|phuong)"
                       rf"(?P<name>(?:\s+(?:số\s+|so\s+)?[^\W_]+){{0,4}}?)\s+(?:có|co)\s+"
                       rf"(?P<list>(?:{NUMBER}\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*(?:,|với|voi|và|va)\s*){{0,3}}"
                       rf"{NUMBER}\s+(?:hộ|ho|nhân khẩu|nhan khau))")
#: "Tổng số hộ trong tổ dân phố: 146 hộ", "tổng số hộ trong xã 2.104 hộ".
TOTAL_IN = re.compile(rf"(?:tổng\s+số|tong\s+so)\s+(?P<unit>hộ|ho|nhân khẩu|nhan khau)(?:\s+gia\s+đình|\s+gia\s+dinh)?"
                      rf"\s+(?:trong|của|cua|toàn|toan)\s+(?P<kind>thôn|tổ dân phố|xã|phường|làng|bản|ấp|khu phố|thon|to dan pho|xa|phuong)"
                      rf"(?P<name>(?:\s+[^\W\d_]+){{0,3}}?)\s*:?\s*(?:là\s+|la\s+)?(?P<n>{NUMBER})\s+(?:hộ|ho|nhân khẩu|nhan khau)(?!\w)")
#: A count of all households: "164 hộ", "236 hộ gia đình" — not "18 hộ nghèo", "92 hộ đồng ý".
COUNT_ITEM = re.compile(rf"(?P<n>{NUMBER})\s+(?P<unit>hộ|ho|nhân khẩu|nhan khau)(?:\s+gia\s+đình|\s+gia\s+dinh)?"
                        r"(?=\s*(?:[,;.:)]|với\b|voi\b|và\b|va\b|$))")


def _proper(name: str) -> str:
    """The capitalised words of a place name ("Tân Hòa", "số 5"), folded; "" when generic."""
    words = name.split()
    keep = [w for w in words if w[:1].isupper() or w[:1].isdigit() or fold_keep_length(w) == "so"]
    return fold_keep_length(" ".join(keep)).strip()


#: A number in digits and its repeat in words in the parenthesis after it: "03 (ba) thành viên", "05 người (năm
#: người)", "150.000.000 đồng (Một trăm năm mươi triệu đồng)"; the digits may carry a scale ("150 triệu đồng (…)").
DIGITS_WORDS = re.compile(r"(?<![\w/.,])(?P<n>\d{1,3}(?:\.\d{3})*)(?![\d/]|[.,]\d)(?P<unit>(?:\s+[^\W\d_]+){0,2}?)"
                          r"\s*\(\s*(?P<w>[^\W\d_][^()\d]{0,120}?)\s*[.;,]?\s*\)")
_SPELLED_DIGIT = {"khong": 0, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "nham": 5,
                  "sau": 6, "bay": 7, "tam": 8, "chin": 9}
_SPELLED_SCALE = {"nghin": 1000, "ngan": 1000, "trieu": 10 ** 6, "ty": 10 ** 9, "ti": 10 ** 9}


def _spelled_amount(words: list[str]) -> tuple[int, int] | None:
    """(value, words used) of a number spelled in full from the first of ``words`` (folded, lower case), with its
    scales ("mot tram bon muoi trieu" → 140 000 000), or None when the first word spells no number."""
    total = group = cur = 0
    used = 0
    seen = False
    for w in words:
        if w == "muoi" and seen:
            cur = (cur or 1) * 10
        elif w == "muoi":
            cur += 10
        elif w == "tram" and seen:
            group += (cur or 1) * 100
            cur = 0
        elif w in ("linh", "le") and seen:
            pass
        elif w in _SPELLED_SCALE and seen:
            total += (group + cur or 1) * _SPELLED_SCALE[w]
            group = cur = 0
        elif w in _SPELLED_DIGIT and (w not in ("tu", "lam", "nham") or seen):
            cur += _SPELLED_DIGIT[w]
        else:
            break
        seen = True
        used += 1
    return (total + group + cur, used) if seen else None


def _spelled_repeats(rule: Rule, ctx: Context) -> list[Finding]:
    """A number written in digits whose repeat in words right after it says another number ("gồm 03 (bốn) thành
    viên", "140.000.000 đồng (Một trăm năm mươi triệu đồng)"). Only a parenthesis that is the number in words and
    nothing else, or the words followed by the same unit ("05 người (năm người)", "… đồng (… đồng chẵn)"), is read."""
    out = []
    for p in ctx.doc.paras:
        f = fold_keep_length(p.text).lower()  # the written text: ``Para.folded`` blanks the repeat
        for m in DIGITS_WORDS.finditer(f):
            words = m.group("w").split()
            unit = m.group("unit").split()
            got = _spelled_amount(words)
            if not got:
                continue
            value, used = got
            rest = words[used:]
            scale = 1
            for u in unit[:1]:
                if u in _SPELLED_SCALE:
                    scale = _SPELLED_SCALE[u]
            if rest and not (unit and rest[:len(unit)] == unit and len(rest) <= len(unit) + 1
                             or rest in (["dong"], ["dong", "chan"], ["chan"])):
                continue  # "15 giáo viên (năm học này)": the words say something else
            n = _num(m.group("n")) * scale
            if n == value:
                continue
            a, b = m.start("n"), m.end()
            out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:m.end("n")],
                               usual=p.text[m.start("w"):m.end("w")], lines=str(p.line_at(a))))
    return out


def check_restated(rule: Rule, ctx: Context) -> list[Finding]:
    """A count of the community (households, inhabitants) stated twice with two values; a number in digits and
    its repeat in words that differ ("03 (bốn) thành viên")."""
    stated = []  # (kind, name, unit, n, para, start, end)
    for p in ctx.doc.paras:  # the opening description may be read as part of the header
        for m in HAS_COUNT.finditer(p.key):
            kind = fold_keep_length(m.group("kind"))
            name = _proper(p.text[m.start("name"):m.end("name")])
            for c in COUNT_ITEM.finditer(p.key, m.start("list")):
                if c.start() >= m.end("list"):
                    break
                stated.append((kind, name, fold_keep_length(c.group("unit")).split()[0], _num(c.group("n")),
                               p, c.start(), c.end()))
        for m in TOTAL_IN.finditer(p.key):
            stated.append((fold_keep_length(m.group("kind")), _proper(p.text[m.start("name"):m.end("name")]),
                           fold_keep_length(m.group("unit")).split()[0], _num(m.group("n")), p, m.start(), m.end()))
    out = []
    named: dict[str, set[str]] = {}
    for kind, name, *_ in stated:
        if name:
            named.setdefault(kind, set()).add(name)
    first: dict[tuple, tuple] = {}
    for kind, name, unit, n, p, a, b in sorted(stated, key=lambda t: (t[4].line, t[5])):
        if not name:  # "tổng số hộ trong tổ dân phố": the one named place of that kind, if only one
            if len(named.get(kind, ())) > 1:
                continue
            name = next(iter(named.get(kind, {""})))
        k = (kind, name, unit)
        if k not in first:
            first[k] = (n, p, a, b)
            continue
        n0, p0, a0, b0 = first[k]
        if n0 == n:
            continue
        out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b],
                           usual=p0.text[a0:b0], lines=str(p0.line_at(a0))))
    return out + _spelled_repeats(rule, ctx)


_FILLER = {"de", "cho", "ve", "duoc", "da"}


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", fold_keep_length(text)) if w not in _FILLER]


def _table_counts(ctx: Context) -> list[tuple[list[str], int, int, str]]:
    """(label words, value, line, row) of table rows "Số cuộc họp … | 24 | 27", in the column of the
    document's year (or the only numeric column). Read from the raw lines: rows stay rows."""
    year = (ctx.doc.date or "")[:4]
    if not year:
        ty = re.search(r"nam\s+(\d{4})", fold_keep_length(ctx.doc.title_text or ""))
        year = ty.group(1) if ty else ""
    out, header = [], None
    for no, raw in enumerate(ctx.doc.raw_lines, 1):
        if raw.count("|") < 1:
            header = None
            continue
        cells = [c.strip() for c in raw.strip().strip("|").split("|")]
        if header is None:
            header = cells
            continue
        label = fold_keep_length(cells[0])
        if not re.match(r"(?:tong\s+)?so\s", label):
            continue
        values = [i for i, c in enumerate(cells[1:], 1) if re.fullmatch(NUMBER, c)]
        col = None
        if len(values) == 1:
            col = values[0]
        elif year:
            cols = [i for i, h in enumerate(header) if year in h]
            col = cols[0] if len(cols) == 1 else None
        if col is None or col >= len(cells) or not re.fullmatch(NUMBER, cells[col]):
            continue
        words = _words(re.sub(r"^(?:tong\s+)?so\s+", "", label))
        if len(words) >= 3:
            out.append((words, _num(cells[col]), no, " | ".join(cells)))
    return out


def check_table_vs_text(rule: Rule, ctx: Context) -> list[Finding]:
    """A count given in a summary table and in the text with two values ("27 cuộc họp" … "| 25")."""
    rows = _table_counts(ctx)
    out = []
    for p in ctx.doc.paras if rows else ():
        if "|" in p.text:
            continue
        for m in re.finditer(rf"(?<![\w/.,])(?P<n>{NUMBER})(?![\d/,])\s+(?P<rest>[^\d;:()]{{5,120}})", p.text):
            after = _words(m.group("rest"))
            for words, value, line, row in rows:
                k = min(len(words), 6)
                if after[:k] != words[:k] or _num(m.group("n")) == value:
                    continue
                out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()),
                                   found=p.text[m.start():m.end()].strip(" ,."), usual=row, lines=str(line)))
    return out


#: "Hương ước này gồm 4 chương, 14 điều", "Quy chế này có 05 chương và 20 điều": the text's own structure.
_COUNT = r"\d{1,3}(?:\s*\([^()]*\))?|(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)(?:\s+(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi)){0,2}"
#: "Hương ước này gồm 4 chương, 14 điều", "Quy chế này có 05 (năm) chương và 20 điều", "Quy ước thôn Đông Lao
#: gồm ba chương, mười hai điều", "… có 4 điều, chia thành 2 chương": the text's own structure.
STRUCTURE = re.compile(rf"(?<!\w)(?:nay|(?:huong\s+uoc|quy\s+uoc|quy\s+che|quy\s+dinh|noi\s+quy|dieu\s+le)[^\d.;:()]{{0,60}}?)"
                       rf"\s+(?:gom|co|bao\s+gom)\s+(?:(?P<ch>{_COUNT})\s+chuong\s*,?\s*(?:va\s+|voi\s+)?)?"
                       rf"(?P<art>{_COUNT})\s+dieu(?!\w)(?:\s*,?\s*(?:duoc\s+)?(?:chia\s+(?:thanh|lam)|trong)\s+(?P<ch_after>{_COUNT})\s+chuong)?")


#: The text a decision issues, named as attached to it ("Ban hành kèm theo Quyết định này Quy chế …"), folded.
_ATTACHED_TEXT = re.compile(r"(?<!\w)kem\s+theo(?!\w)")


def _count(s: str | None) -> int | None:
    """'05 (năm)' → 5, 'muoi hai' → 12 (folded)."""
    if not s:
        return None
    d = re.match(r"\d+", s)
    if d:
        return int(d.group())
    v = spelled_value(s)
    return int(v) if v else None


def _segments(ctx: Context) -> list[tuple[int, int, set[str], int]]:
    """(first line, last line, article labels, chapter count) of the document and of each attached text."""
    segs = [[0, 0, set(), 0]]
    for p in ctx.doc.paras:
        if ATTACHED.match(p.text) and (segs[-1][2] or segs[-1][3]):
            segs.append([p.line, p.line, set(), 0])
        segs[-1][1] = p.end_line
        am = ARTICLE.match(p.text)
        if am and p.zone in ("body", "basis", "preamble"):
            segs[-1][2].add(am.group(1))
        elif CHAPTER.match(p.text.strip()):
            segs[-1][3] += 1
    return [tuple(x) for x in segs]


def _plain(arts: set[str]) -> bool:
    """Articles numbered 1, 2, …, n without gaps or compound labels ("Điều 7.7.LQ.1" in a compilation)."""
    return all(a.isdigit() for a in arts) and {int(a) for a in arts} == set(range(1, len(arts) + 1))


#: "… Quy chế thực hiện dân chủ trong hoạt động của cơ quan … (gồm 03 chương, 12 điều)": the structure in parentheses
#: right after the name of a hương ước, quy ước, quy chế (folded; the name within 160 characters, no other parenthesis).
STRUCTURE_PAREN = re.compile(rf"(?<!\w)(?:huong\s+uoc|quy\s+uoc|quy\s+che|quy\s+dinh|noi\s+quy|dieu\s+le)[^\d.;:()]{{0,160}}?"
                             rf"\(\s*(?:gom|co|bao\s+gom)\s+(?:(?P<ch>{_COUNT})\s+chuong\s*,?\s*(?:va\s+)?)?"
                             rf"(?P<art>{_COUNT})\s+dieu\s*\)(?P<ch_after>)")


def check_structure(rule: Rule, ctx: Context) -> list[Finding]:
    """The number of chapters or articles a text announces for itself against the Chương/Điều it has."""
    segs = _segments(ctx)
    decision = fold(ctx.doc.header.doc_type or "").lower().strip() == "quyet dinh"
    out = []
    for p in ctx.doc.paras:
        for m in [*STRUCTURE.finditer(p.folded), *STRUCTURE_PAREN.finditer(p.folded)]:
            chapters, articles = _count(m.group("ch") or m.group("ch_after")), _count(m.group("art"))
            if articles is None:
                continue
            here = [i for i, (a, b, _, _) in enumerate(segs) if a <= p.line <= b]
            own_decision = decision and any(a <= p.line <= b for a, b, _, _ in segs[:1]) and not (
                m.group().startswith("nay") and re.search(r"quyet\s+dinh\s*$", p.folded[max(0, m.start() - 20):m.start()]))
            if own_decision or _ATTACHED_TEXT.search(p.folded[max(0, m.start() - 120):m.start()]):
                # a decision recognising or issuing a text ("Công nhận Hương ước …; Hương ước gồm 04 chương, 18
                # điều") counts that text's articles, never the decision's own Điều 1–4
                # "Ban hành kèm theo Quyết định này Quy chế …, gồm 06 chương, 24 điều": the attached text's
                # structure, not the decision's own; when the file holds no attached text there is nothing to count
                cands = [segs[i + 1] for i in here if i + 1 < len(segs)]
            else:
                cands = [segs[i] for i in here] + [segs[i + 1] for i in here if i + 1 < len(segs)]
            cands = [c for c in cands if len(c[2]) >= 2 and _plain(c[2])]  # a text whose articles were read
            if not cands:
                continue
            ok = False
            for _, _, arts, chs in cands:
                art_ok = articles == len(arts)
                ch_ok = chapters is None or not chs or chapters == chs
                ok = ok or (art_ok and ch_ok)
            if ok:
                continue
            _, _, arts, chs = cands[-1] if len(cands) > 1 and here and p.line < cands[-1][0] else cands[0]
            has = f"{len(arts)} điều" + (f", {chs} chương" if chs and chapters else "")
            a = p.folded.index("(", m.start()) if m.re is STRUCTURE_PAREN else m.start()
            out.append(finding(rule, ctx, _ev(ctx, p, a, m.end()), found=p.text[a:m.end()],
                               count=has))
    return out + _amended_count(rule, ctx) + _amended_named(rule, ctx) + _listed_articles(rule, ctx) \
        + _structure_twice(rule, ctx)


#: "Dự thảo Nghị quyết gồm 04 điều:", "Quy chế có 05 điều như sau:" — a count of articles, listed on the lines below.
ARTICLES_LISTED_BELOW = re.compile(rf"(?<!\w)(?:gom|co|bao\s+gom)\s+(?P<n>{_COUNT})\s+dieu\s*,?\s*(?:nhu\s+sau|sau\s+day|cu\s+the|gom)?\s*:\s*$")
#: "- Điều 3. Biện pháp về …", "Điều 3: …" — one article of a draft named on a list line (folded).
_ARTICLE_LINE = re.compile(r"^\s*(?:[-+•*–]\s*)?dieu\s+(?P<k>\d{1,3})\s*[.:]")
_SUB_ITEM = re.compile(r"^\s+(?:[a-zđ]\)|[-+•*]|\d{1,2}[.)])|^\s*[a-zđ]\)")


def _listed_articles(rule: Rule, ctx: Context) -> list[Finding]:
    """A draft's articles announced by number then listed below one per line ("Dự thảo Nghị quyết gồm 04 điều:" /
    "- Điều 1. Phạm vi …" … "- Điều 5. Tổ chức thực hiện …"): the articles listed, numbered 1, 2, … without a gap,
    must be the number announced. Sub-items ("a) …") may come between; any other line ends the list."""
    out = []
    lines = ctx.doc.raw_lines
    for p in ctx.doc.paras:
        if p.zone not in ("header", "preamble", "body", "closing"):  # a short excerpt's first line may be read as header
            continue
        m = ARTICLES_LISTED_BELOW.search(p.folded)
        if not m or (n := _count(m.group("n"))) is None:
            continue
        ks, last = [], 0
        for no in range(p.end_line, min(len(lines), p.end_line + 60)):
            f = fold_keep_length(lines[no]).lower()
            if not f.strip():
                break
            a = _ARTICLE_LINE.match(f)
            if a:
                ks.append(int(a.group("k")))
                last = no + 1
                continue
            if ks and _SUB_ITEM.match(f):
                continue
            break
        if len(ks) < 2 or ks != list(range(1, len(ks) + 1)) or len(ks) == n:
            continue
        ev = ctx.doc.evidence(p, m.start(), m.end())
        out.append(finding(rule, ctx, Evidence(ev.text, p.line_at(m.start()), max(ev.end_line, last), ev.paragraph, ev.section),
                           found=p.text[m.start():m.end()].rstrip(" :"), count=f"{len(ks)} điều được liệt kê"))
    return out


#: "(04 chương, 22 điều)", "gồm 05 chương, 24 điều": a draft's structure told in chapters and articles (folded).
_CH_ART = re.compile(r"(?<![\w/.,])(?P<ch>\d{1,2})\s+chuong\s*,\s*(?:va\s+)?(?P<art>\d{1,3})\s+dieu(?!\w)")


def _structure_twice(rule: Rule, ctx: Context) -> list[Finding]:
    """A notice or submission about ONE draft that tells its chapters and articles twice, differently ("đã hoàn
    thành dự thảo Quy ước gồm 05 chương, 24 điều" … "Bản dự thảo (04 chương, 22 điều) được sao gửi …"). Read only
    when the document has no articles of its own, every mention names the draft ("dự thảo" before it in its
    sentence), and the mentions give exactly two structures."""
    if any(a for _, _, a, _ in _segments(ctx)):
        return []
    said = []
    for p in ctx.doc.paras:
        if p.zone not in ("header", "preamble", "body", "closing"):  # a short excerpt's first line may be read as header
            continue
        for m in _CH_ART.finditer(p.folded):
            start = max((x.end() for x in re.finditer(r"[.;](?!\d)", p.folded[:m.start()])), default=0)
            if not re.search(r"(?<!\w)du\s+thao(?!\w)", p.folded[start:m.start()]):
                return []
            said.append(((int(m.group("ch")), int(m.group("art"))), p, m))
    if len({x for x, _, _ in said}) != 2:
        return []
    first = said[0][0]
    for x, p, m in said[1:]:
        if x != first:
            return [finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                            count=f"{first[0]} chương, {first[1]} điều (dòng {said[0][1].line} cùng nói về bản dự thảo này)")]
    return []


#: "sửa đổi, bổ sung Điều 9 và Điều 12 của Hương ước": the articles an amending text names as those it changes.
AMEND_NAMED = re.compile(r"(?<!\w)sua\s+doi(?:\s*,\s*|\s+va\s+|\s+)?(?:bo\s+sung\s+)?(?P<list>dieu\s+\d+[a-z]?"
                         r"(?:\s*(?:,|va)\s*(?:dieu\s+)?\d+[a-z]?)+)\s+(?:cua|tai|trong)(?!\w)")
#: "Điều 9 được sửa đổi như sau:", "Điều 11 được sửa đổi, bổ sung như sau:" — a change told in the passive (folded).
AMEND_ITEM_PASSIVE = re.compile(r"^\s*(?:\d{1,2}\s*[.)]\s*|[a-z]\)\s*|[-+•*]\s*)?dieu\s+(?P<art>\d+[a-z]?)\s+(?:duoc|nay\s+duoc)\s+"
                                r"(?:sua\s+doi|bo\s+sung|bai\s+bo|thay\s+the)")


def _amended_named(rule: Rule, ctx: Context) -> list[Finding]:
    """An amending text that names the articles it changes ("sửa đổi, bổ sung Điều 9 và Điều 12 của Hương ước …")
    against the articles its items change ("Điều 9 được sửa đổi như sau:", "Sửa đổi Điều 11 …"): the two sets must
    be the same. Read only when the text names its articles once and its items change at least two."""
    paras = ctx.doc.paras
    heads = [(i, m) for i, p in enumerate(paras) for m in AMEND_NAMED.finditer(p.folded)]
    if len(heads) != 1:
        return []
    i, m = heads[0]
    named = re.findall(r"\d+[a-z]?", m.group("list"))
    arts: list[str] = []
    for q in paras[i + 1:]:
        a = AMEND_ITEM.match(q.folded) or AMEND_ITEM_PASSIVE.match(q.folded)
        if a and a.group("art") not in arts:
            arts.append(a.group("art"))
    if len(arts) < 2 or set(arts) == set(named):
        return []
    p = paras[i]
    return [finding(rule, ctx, _ev(ctx, p, m.start(), m.end("list")), found=p.text[m.start():m.end("list")],
                    count="các điều được sửa đổi, bổ sung bên dưới là " + ", ".join(f"Điều {x}" for x in arts))]


#: "sửa đổi, bổ sung 03 điều của Hương ước như sau:" — an amending text announcing how many articles it changes.
AMEND_COUNT = re.compile(r"(?<!\w)sua\s+doi(?:\s*,\s*|\s+va\s+|\s+)bo\s+sung\s+(?P<n>\d{1,2}|[a-z]+(?:\s+[a-z]+)?)"
                         r"(?:\s*\([a-z\s]+\))?\s+dieu(?=\s+(?:cua|tai|trong|sau|nhu\s+sau|duoi\s+day)(?!\w)|\s*:)")
#: One change, opening its item: "Điều 2. Bổ sung Điều 8a như sau:", "1. Sửa đổi khoản 2 Điều 5 như sau:".
AMEND_ITEM = re.compile(r"^\s*(?:dieu\s+\d+[a-z]?\s*[.:]\s*|\d{1,2}\s*[.)]\s*|[a-z]\)\s*)?"
                        r"(?:sua\s+doi(?:\s*,\s*bo\s+sung)?|bo\s+sung|bai\s+bo|thay\s+the)\s+"
                        r"(?:(?:diem\s+[a-z]\s+)?(?:khoan\s+\d+\s+)?(?:cua\s+)?)?dieu\s+(?P<art>\d+[a-z]?)(?!\w)")


def _amended_count(rule: Rule, ctx: Context) -> list[Finding]:
    """An amending text's announced number of articles changed ("sửa đổi, bổ sung 03 điều của Hương ước như sau:")
    against the distinct articles its items change ("Sửa đổi Điều 1", "Bổ sung Điều 8a", "Sửa đổi khoản 2 Điều 12").
    Read only when the items below are all such changes, at least two, and the text holds one such announcement."""
    paras = ctx.doc.paras  # a short amending text's opening lines may be read as its heading
    # "sửa đổi, bổ sung một số điều của …" (the title) announces no number
    heads = [(i, m) for i, p in enumerate(paras) for m in AMEND_COUNT.finditer(p.folded) if _count(m.group("n"))]
    if len(heads) != 1:
        return []
    i, m = heads[0]
    n = _count(m.group("n"))
    arts: list[str] = []
    for q in paras[i + 1:]:
        a = AMEND_ITEM.match(q.folded)
        if a:
            if a.group("art") not in arts:
                arts.append(a.group("art"))
    if len(arts) < 2 or len(arts) == n:
        return []
    p = paras[i]
    return [finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                    count=f"{len(arts)} điều được sửa đổi, bổ sung (" + ", ".join(f"Điều {x}" for x in arts) + ")")]


#: The label of a table's total row: "Tổng cộng", "Tổng số", "Cộng", "Toàn xã".
TOTAL_ROW = re.compile(r"^\s*(?:tong\s+cong|tong\s+so|tong|cong|toan\s+(?:xa|phuong|dac\s+khu|don\s+vi|cong\s+ty|tinh|huyen|"
                       r"thi\s+xa|thi\s+tran|thanh\s+pho|quan|trung\s+tam|co\s+quan|truong|benh\s+vien|nganh|thon|"
                       r"to\s+dan\s+pho|hop\s+tac\s+xa|doanh\s+nghiep|vien|so|chi\s+cuc|cuc))\s*:?\s*$")
#: A labelled total as a table's LAST row: "Tổng số hộ tổ dân phố số 7", "Tổng cộng toàn xã", "Cộng các thôn".
TOTAL_ROW_NAMED = re.compile(r"^\s*(?:tong\s+cong|tong\s+so|cong)\s+[a-z]")
#: A total row that counts its rows in its label: "Cộng: 06 hộ", "Tổng cộng (12 người)", "Tổng số 5 thôn".
TOTAL_ROW_COUNTED = re.compile(r"^\s*(?:tong\s+cong|tong\s+so|tong|cong)\s*[:(]?\s*(?:\d{1,3}|(?:mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi)"
                               r"(?:\s+(?:mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin|muoi))?)\s+[a-z]+(?:\s+[a-z]+)?\s*\)?\s*:?\s*$")
_ALIGNED: dict[int, tuple[object, list[str], dict[int, str]]] = {}


def _aligned_read(ctx: Context) -> tuple[list[str], dict[int, str]]:
    """The document's lines with its tables aligned with spaces written as "| … |" rows (``checker.tables
    .from_spaces``), and the table facts with those rows' facts added to their paragraphs."""
    doc = ctx.doc
    got = _ALIGNED.get(id(doc))
    if got is not None and got[0] is doc:
        return got[1], got[2]
    lines = from_dashes(from_spaces(doc.raw_lines))
    facts = dict(doc.table_facts)
    changed = [k for k, (a, b) in enumerate(zip(doc.raw_lines, lines)) if a != b]
    runs: list[list[int]] = []
    for k in changed:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    added: dict[int, list[str]] = {}
    for run in runs:
        for k, fact in zip(run, row_facts([lines[k] for k in run])):
            para = doc.para_at_line(k + 1)
            if fact and para is not None:
                added.setdefault(para.index, []).append(fact)
    for index, more in added.items():
        facts[index] = "; ".join(more)
    if len(_ALIGNED) > 64:
        _ALIGNED.clear()
    _ALIGNED[id(doc)] = (doc, lines, facts)
    return lines, facts


def _aligned(ctx: Context) -> list[str]:
    return _aligned_read(ctx)[0]


def _facts(ctx: Context) -> dict[int, str]:
    return _aligned_read(ctx)[1]


def pipe_tables(raw_lines, min_bars: int = 1):
    """The document's flattened tables: each run of lines holding at least ``min_bars`` "|" as a list of
    (line number, stripped cells), "---|---" rule rows left out."""
    table: list[tuple[int, list[str]]] = []
    lines = [*raw_lines, ""]
    for no, raw in enumerate(lines, 1):
        if raw.count("|") >= min_bars:
            cells = [c.strip() for c in split_row(raw)]
            if not all(re.fullmatch(r":?-{2,}:?|", c) for c in cells):  # "---|---" rule rows
                table.append((no, cells))
            continue
        if table and not raw.strip() and _goes_on(table[-1][1], lines, no, min_bars):
            continue
        if table:
            yield table
        table = []


def _goes_on(last_cells: list[str], lines: list[str], start: int, min_bars: int) -> bool:
    """A blank line (a page-number line blanked by ``checker.text.without_page_marks``) inside a table: the next
    line holding text from ``start`` on (read in place, not copied) is a row of figures as wide as the row above — the same table going on over a page break, not a new one
    (which opens with its header row)."""
    nxt = next((lines[k] for k in range(start, len(lines)) if lines[k].strip()), "")
    return nxt.count("|") >= min_bars and len(split_row(nxt)) == len(last_cells) \
        and re.search(r"\|\s*\d", nxt) is not None


#: Rows that are measures of one vote or meeting, not parts of a total: attendance, ballots issued and returned.
NOT_PARTS = re.compile(r"(?<!\w)(?:du\s+hop|tham\s+du|co\s+mat|hop\s+le|phat\s+ra|thu\s+ve|so\s+phieu)(?!\w)")
#: A column that is not added up: a rate, an average, a rank, a year.
NOT_ADDED = re.compile(r"%|(?<!\w)(?:ty\s+le|ti\s+le|binh\s+quan|trung\s+binh|xep\s+loai|thu\s+tu|stt|tt|nam|ngay|so\s+hieu|ma)(?!\w)")


def check_table_sums(rule: Rule, ctx: Context) -> list[Finding]:
    """A table's "Tổng cộng" row against the sum of the rows above it, column by column; a table laid out
    in two side-by-side halves ("| Đơn vị | Số hộ | Đơn vị | Số hộ |") is read as one column."""
    return [f for t in pipe_tables(_aligned(ctx)) if len(t) >= 4
            for t in [_without_running(t)]
            for f in _table_sums(rule, ctx, _stacked(t)) + _money_sums(rule, ctx, t)] + _leader_sums(rule, ctx)


#: A line of a list of figures: a label, then dot leaders or a wide gap, then one number — "Tổng thu ngân sách xã
#: ........ 12.450", "   Phần móng                312.600.000" (numbers right-aligned, which the column reader of
#: ``checker.tables`` does not align). Folded text.
#: s17-i2 (u62-09, u62-12): a row may open with its number in a "TT" column ("   1   Được công nhận …   10") and hold
#: a count with its unit in a column before the figure ("Bồi dưỡng …   56 người   28.000"); the figure is the last.
_LEADER_LINE = re.compile(rf"^(?P<ind>[ \t]*(?:\d{{1,2}}[.)]?[ \t]{{2,}})?)(?P<bullet>[-–+•*]\s+)?(?P<label>[a-z](?:[^|\d:]|(?<=[a-z] )\d+){{1,80}}?)"
                          rf"(?:\s{{2,}}\d{{1,3}}\s+[a-z]+(?:\s[a-z]+)?)?"
                          rf"(?:\s*\.{{3,}}\s*|\s{{3,}})(?P<n>{NUMBER})\s*$")
_LEADER_TOTAL = re.compile(r"^(?:tong\s+cong|tong\s+so|tong|cong)(?!\w)")
_LEADER_SOME = re.compile(r"(?<!\w)(?:trong\s+do|rieng|ty\s+le|binh\s+quan|trung\s+binh|con\s+lai|ton|so\s+du|du\s+dau)(?!\w)")


def _leader_sums(rule: Rule, ctx: Context) -> list[Finding]:
    """A list of figures laid out with dot leaders or aligned by spaces: a "Cộng" / "Tổng …" line after its rows
    ("Phần móng … 312.600.000 / … / Cộng … 1.141.500.000"), or a "Tổng …" line over its "- …" items indented
    below it ("Tổng thu ngân sách xã … 12.450 / - Thu cân đối … 9.800 / - Thu bổ sung … 2.560"): the total must be
    the sum. Silent on a row of a part ("trong đó", "riêng"), a rate or a balance, and on fewer than two items."""
    raw = ctx.doc.raw_lines
    rows: list[list[tuple[int, int, bool, str, int, str]]] = [[]]
    for no, line in enumerate(raw, 1):
        f = fold_keep_length(line).lower()
        m = _LEADER_LINE.match(f)
        if not m or "|" in f:
            if rows[-1]:
                rows.append([])
            continue
        rows[-1].append((no, len(m.group("ind").expandtabs(4)), bool(m.group("bullet")), m.group("label").strip(" ."),
                         _num(m.group("n")), line.strip()))
    out = []
    for run in rows:
        if len(run) < 3 or any(_LEADER_SOME.search(r[3]) for r in run):
            continue
        done: set[int] = set()
        for i, (no, ind, bullet, label, value, text) in enumerate(run):
            if not _LEADER_TOTAL.match(label):
                continue
            items = []
            for r in run[i + 1:]:  # "Tổng thu …" over its "- …" items indented below it
                if r[1] <= ind or not r[2] or _LEADER_TOTAL.match(r[3]):
                    break
                items.append(r)
            if len(items) < 2 and i == len(run) - 1 and TOTAL_ROW.match(label):  # "Cộng" after its rows
                items = [r for r in run[:i] if r[1] >= ind - 2 and not _LEADER_TOTAL.match(r[3]) and r[0] not in done]
                if len({r[1] for r in items}) > 1 or any(r[2] for r in items):
                    items = []  # levels of items: which ones the total adds is not read
            if len(items) < 2:
                continue
            done.update(r[0] for r in items)
            total = sum(r[4] for r in items)
            if total == value:
                continue
            p = ctx.doc.para_at_line(no)
            if p is None:
                continue
            at = max(0, p.text.find(text[:20]))
            ev = _ev(ctx, p, at, at + len(text))
            if items[0][0] > no:  # the items below the total: the finding covers them
                ev = Evidence(ev.text, no, max(ev.end_line, items[-1][0]), ev.paragraph, ev.section)
            shown = re.sub(r"\s*\.{3,}\s*|\s{3,}", " ", text)
            out.append(finding(rule, ctx, ev, found=shown, column=re.sub(r"\s*[\d.]+$", "", shown).strip(" -"),
                               detail=f"{' + '.join(_vn_int(r[4]) for r in items)} = {_vn_int(total)}, không phải {_vn_int(value)}"))
    return out


_RUNNING_HEAD = re.compile(r"\s*(?:s?tt|so\s+tt)\.?\s*")
_RUNNING_CELL = re.compile(r"\s*(?:\d{1,3}|[ivxlc]+|[a-d])?\s*[.)]?\s*")


def _without_running(table: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A table numbered in its own first column ("| TT | Nội dung | Kinh phí |" over "| 1 | … |" and "| | Tổng cộng |
    … |") read without that column, its labels then first; any other table unchanged."""
    head = fold_keep_length(table[0][1][0]).lower() if table[0][1] else ""
    if len(table[0][1]) < 3 or not _RUNNING_HEAD.fullmatch(head) \
            or not all(_RUNNING_CELL.fullmatch(fold_keep_length(c[0]).lower()) for _, c in table[1:] if c):
        return table
    return [(no, c[1:]) for no, c in table]


#: A fund's "Tổng thu" / "Tổng chi" row ("Tổng cộng chi", "Cộng thu năm 2025"): the receipts or spending above it.
MONEY_TOTAL = re.compile(r"^\s*(?:tong\s+cong|tong\s+so|tong|cong)\s+(?P<w>thu|chi)(?:\s+[a-z0-9]+){0,4}\s*:?\s*$")
#: A balance carried over ("Tồn quỹ năm 2024 chuyển sang", "Số dư đầu kỳ"): some funds count it in the receipts,
#: some do not.
BALANCE_ROW = re.compile(r"^\s*(?:ton|so\s+du|du\s+dau|so\s+ton)(?!\w)")


def _money_sums(rule: Rule, ctx: Context, table: list[tuple[int, list[str]]]) -> list[Finding]:
    """A fund's table: each "Tổng thu" / "Tổng chi" row against the rows since the table's header or the previous
    total, when every one of them is a receipt ("Thu …") or spending ("Chi …") of that kind or a balance carried
    over. The total may count the balance or not; it is reported when it is neither sum."""
    out, start = [], 1
    for i in range(1, len(table)):
        no, cells = table[i]
        label = fold_keep_length(cells[0]).lower()
        m = MONEY_TOTAL.match(label)
        if not m and not TOTAL_ROW.match(label):
            continue
        data, start = table[start:i], i + 1
        if not m or len(data) < 2 or len(cells) < 2:
            continue
        labels = [fold_keep_length(c[0]).lower() for _, c in data]
        kinds = [("balance" if BALANCE_ROW.match(lb) else
                  "part" if re.match(rf"\s*(?:so\s+|khoan\s+)?{m.group('w')}(?!\w)", lb) else None) for lb in labels]
        if None in kinds or "part" not in kinds:
            continue
        for j in range(1, len(cells)):
            cell = re.fullmatch(rf"({NUMBER})(?:\s+(?:dong|d))?", fold_keep_length(cells[j]).lower().strip())
            col = [c[j].strip() if j < len(c) else "" for _, c in data]
            if not cell or not all(re.fullmatch(NUMBER, v) for v in col):
                continue
            total = _num(cell.group(1))
            every = sum(_num(v) for v in col)
            received = sum(_num(v) for v, k in zip(col, kinds) if k == "part")
            if total in (every, received):
                continue
            header = table[0][1]
            out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=" | ".join(cells),
                               column=header[j] if j < len(header) else str(j),
                               detail=f"{' + '.join(col)} = {_vn_int(every)}, không phải {cells[j]}"
                                      + (f" (không kể số tồn: {_vn_int(received)})" if every != received else "")))
    return out


def _stacked(table: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A table whose header repeats itself ("Đơn vị | Số hộ | Đơn vị | Số hộ") and whose only total row is
    the last one, its right half empty: the right half's rows put under the left half's. Any other table
    unchanged."""
    header = [fold_keep_length(c).lower() for c in table[0][1]]
    w = len(header) // 2
    if w < 2 or len(header) != 2 * w or header[:w] != header[w:]:
        return table
    rows = table[1:]
    totals = [i for i, (_, c) in enumerate(rows) if TOTAL_ROW.match(fold_keep_length(c[0]))]
    if totals != [len(rows) - 1] or any(x.strip() for x in rows[-1][1][w:]) or any(len(c) != 2 * w for _, c in rows):
        return table
    left = [(no, c[:w]) for no, c in rows[:-1]]
    right = [(no, c[w:]) for no, c in rows[:-1] if any(x.strip() for x in c[w:])]
    return [(table[0][0], table[0][1][:w]), *left, *right, (rows[-1][0], rows[-1][1][:w])]


#: A row that is a part's detail or a subtotal ("Trong đó: …", "- …", "Cộng", "Cộng mục I", "Tổng số …"), not a
#: row whose name begins with another "công" word ("Công ty … hỗ trợ", "Công trình …", "Công đoàn …").
SUBTOTAL_LABEL = re.compile(r"(?i)\s*(?:trong\s+do|[-+]|tong(?!\w)|cong(?:\s*$|\s*[:(.]|\s+(?:thu|chi|so|cong|muc|phan|nhom|"
                            r"[ivx]+|[a-d]|\d+)(?!\w)))")


#: A column of one year's amounts ("Năm 2024 (triệu đồng)", "Năm 2025"): added up like any other, not a column of years.
YEAR_AMOUNTS = re.compile(r"^\s*nam\s+(?:19|20)\d\d\s*(?:\([^()%]*\))?\s*$")


def _table_sums(rule: Rule, ctx: Context, table: list[tuple[int, list[str]]]) -> list[Finding]:
    header, rows = table[0][1], table[1:]
    out, start = [], 0
    for i, (no, cells) in enumerate(rows):
        label = fold_keep_length(cells[0])
        # "Tổng số hộ tổ dân phố số 7" counts as a total row only at the end of the table
        named = i == len(rows) - 1 and bool(TOTAL_ROW_NAMED.match(label))
        if not TOTAL_ROW.match(label) and not named and not TOTAL_ROW_COUNTED.match(label.lower()):
            continue
        data = rows[start:i]
        start = i + 1
        labels = [fold_keep_length(c[0]) for _, c in data]
        if len(data) < 2 or any(SUBTOTAL_LABEL.match(lb) for lb in labels):
            continue  # sub-rows or subtotals: which rows add up is not clear
        if named and any(NOT_PARTS.search(lb) for lb in labels):
            continue  # "Số hộ dự họp", "Số phiếu hợp lệ": measures of a vote, not parts of the total
        for j in range(1, len(cells)):
            head = fold_keep_length(header[j]).lower() if j < len(header) else ""
            # "2.850 hộ" under "Số hộ": the total may repeat the column's unit
            cell = re.fullmatch(rf"({NUMBER})(?:\s+(\w+))?", fold_keep_length(cells[j]).lower())
            if NOT_ADDED.search(head) and not YEAR_AMOUNTS.match(head) or not cell \
                    or cell.group(2) and cell.group(2) not in head.split():
                continue
            col = [c[j] if j < len(c) else "" for _, c in data]
            if not all(re.fullmatch(NUMBER, v) for v in col):
                continue
            total, s = _num(cell.group(1)), sum(_num(v) for v in col)
            if total == s:
                continue
            raw = ctx.doc.raw_lines[no - 1]
            out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=" | ".join(cells),
                               column=header[j] if j < len(header) else str(j),
                               detail=f"{' + '.join(col)} = {_vn_int(s)}, không phải {cells[j]}"))
    return out


_DATE = r"(?:(?P<{p}d>\d{{1,2}})\s*/\s*(?P<{p}m>\d{{1,2}})(?:\s*/\s*(?P<{p}y>\d{{4}}))?|(?P<{p}d2>\d{{1,2}})\s+thang\s+(?P<{p}m2>\d{{1,2}})(?:\s+nam\s+(?P<{p}y2>\d{{4}}))?)(?![\d/])"
_RANGE = (r"(?:ke\s+)?tu\s+(?:ngay\s+)?" + _DATE.format(p="a") + r"\s*(?:den|toi|-|–)\s*(?:het\s+)?(?:ngay\s+)?"
          + _DATE.format(p="b"))
#: "trong 15 ngày, từ ngày 01/10/2026 đến ngày 10/10/2026"; "từ ngày 15/10 đến hết ngày 29/10/2026 (15 ngày)".
PERIOD = re.compile(rf"(?<![\w/.,])(?P<n>\d{{1,3}})(?:\s*\([^()\d]*\))?\s+ngay(?!\s+lam\s+viec)(?!\w)"
                    rf"[\s,(:–-]*(?:lien\s+tuc[\s,(:–-]*)?{_RANGE}")
PERIOD_AFTER = re.compile(rf"{_RANGE}\s*[,(:–-]\s*(?:trong\s+|tong\s+cong\s+|tong\s+so\s+|gom\s+|la\s+)?"
                          rf"(?P<n>\d{{1,3}})(?:\s*\([^()\d]*\))?\s+ngay(?!\s+lam\s+viec)(?!\w)")

#: "gửi Giám đốc ngày 05/8/2025, được trả lời ngày 16/8/2025, tức trong vòng 08 ngày": "tức" restates the days
#: between the two dates just before it (both with their years, within one sentence).
SPAN_RESTATED = re.compile(r"(?<![\w/])" + _DATE.format(p="a") + r"[^.;]{0,80}?(?<![\w/])" + _DATE.format(p="b")
                           + r"\s*[,(]?\s*(?:tuc|tuc\s+la|nghia\s+la)\s+(?:(?:trong\s+vong|trong|sau|chi|mat|vua|la)\s+)?"
                           r"(?P<n>\d{1,3})\s+ngay(?!\s+lam\s+viec)(?!\w)")


def _date_of(m, p: str, year: str | None):
    d, mo = m.group(p + "d") or m.group(p + "d2"), m.group(p + "m") or m.group(p + "m2")
    y = m.group(p + "y") or m.group(p + "y2") or year
    if not (d and mo and y):
        return None
    try:
        return datetime.date(int(y), int(mo), int(d))
    except ValueError:
        return None


RANGE = re.compile(rf"(?<!\w){_RANGE}")
_YEARS = r"(?:nam\s+)?(?P<y1>(?:19|20)\d\d)\s*(?:-|–|den|toi)\s*(?:nam\s+)?(?P<y2>(?:19|20)\d\d)(?!\d)"
#: "nhiệm kỳ 05 năm (2021 - 2026)", "giai đoạn 2021 - 2025 (05 năm)": a number of years and the years.
YEAR_PERIOD = re.compile(rf"(?<![\w/.,])(?P<n>\d{{1,2}})(?:\s*\([^()\d]*\))?\s+nam\s*[(,:]\s*(?:tu\s+)?{_YEARS}")
YEAR_PERIOD_AFTER = re.compile(rf"{_YEARS}\s*[(,:]\s*(?P<n>\d{{1,2}})(?:\s*\([^()\d]*\))?\s+nam(?!\s+\d)(?!\w)")


#: "trong 3 tháng, từ tháng 4 đến tháng 6 năm 2025", "6 tháng (từ tháng 01/2026 đến tháng 6/2026)": a number of months
#: and the months that bound them (folded text).
_MONTH = r"thang\s+(?P<m{i}>\d{{1,2}})(?:\s*/\s*(?P<y{i}>(?:19|20)\d\d)|\s+nam\s+(?P<z{i}>(?:19|20)\d\d))?"
MONTH_PERIOD = re.compile(rf"(?<![\w/.,])(?P<n>\d{{1,2}})(?:\s*\([^()\d]*\))?\s+thang\s*[(,:]\s*(?:ke\s+)?(?:tu\s+)?"
                          + _MONTH.format(i=1) + r"\s*(?:den|toi|-|–)\s*(?:het\s+)?" + _MONTH.format(i=2) + r"(?!\s*/?\s*\d)")


def _month_spans(f: str):
    """(match, stated months, months counted with both ends) of each month period in folded text."""
    for m in MONTH_PERIOD.finditer(f):
        m1, m2 = int(m.group("m1")), int(m.group("m2"))
        y1, y2 = m.group("y1") or m.group("z1"), m.group("y2") or m.group("z2")
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            continue
        if y1 and y2:
            span = (int(y2) * 12 + m2) - (int(y1) * 12 + m1) + 1
        elif m2 >= m1 and not (y1 and not y2):
            span = m2 - m1 + 1
        else:
            continue  # crosses a year without saying it
        if span >= 1:
            yield m, int(m.group("n")), span


#: s17-i2 (u62-08 l.12, u62-03 l.11): a number of months or years, then the dates that bound them in parentheses:
#: "sơ kết 02 năm thi hành Luật … (từ ngày 01/7/2022 đến ngày 30/6/2025)", "qua 9 tháng triển khai (từ ngày
#: 01/01/2024 đến nay)" (folded text; "nay" is the document's own date).
SPAN_IN_PARENS = re.compile(rf"(?<![\w/.,])(?P<n>\d{{1,2}})\s+(?P<u>nam|thang)(?!\s+(?:19|20)\d\d)(?!\w)[^\d()%;.]{{0,80}}?"
                            rf"\(\s*(?:ke\s+)?tu\s+(?:ngay\s+)?" + _DATE.format(p="a") + r"\s*(?:den|toi|-|–)\s*(?:het\s+)?"
                            rf"(?:(?P<nay>nay|hien\s+nay)|(?:ngay\s+)?" + _DATE.format(p="b") + r")\s*\)")


def _span_in_parens(rule: Rule, ctx: Context, p) -> list[Finding]:
    """The months or years stated against the dates in parentheses after them, within a month either way (a
    period counted "02 năm" from 01/7/2023 to 30/6/2025); "đến nay" ends on the document's own exact date."""
    out = []
    for m in SPAN_IN_PARENS.finditer(p.folded):
        a = _date_of(m, "a", None)
        if m.group("nay"):
            own = own_date(ctx.doc)
            if not own or not own[1]:
                continue
            b = datetime.date.fromisoformat(own[0])
        else:
            b = _date_of(m, "b", None)
        if not a or not b or b < a:
            continue
        months = ((b - a).days + 1) / 30.4375
        n = int(m.group("n"))
        stated = n * 12 if m.group("u") == "nam" else n
        if abs(months - stated) <= 1.0:
            continue
        unit = "năm" if m.group("u") == "nam" else "tháng"
        told = f"{months / 12:.1f}".replace(".", ",") + " năm" if unit == "năm" else f"{months:.1f}".replace(".", ",") + " tháng"
        out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                           detail=f"từ {a.day:02d}/{a.month:02d}/{a.year} đến {b.day:02d}/{b.month:02d}/{b.year} là khoảng "
                                  f"{told}, không phải {n} {unit}"))
    return out


def check_periods(rule: Rule, ctx: Context) -> list[Finding]:
    """A number of days stated with the dates that bound them: the dates count one day more or less; and
    a period that ends before it begins."""
    out = []
    for p in ctx.doc.paras:
        f = p.folded
        out += _span_in_parens(rule, ctx, p)
        for m in RANGE.finditer(f):
            if not (m.group("ay") or m.group("ay2")) or not (m.group("by") or m.group("by2")):
                continue  # "từ 20/12 đến 10/01/2027" crosses a year: only dates with their years are compared
            a, b = _date_of(m, "a", None), _date_of(m, "b", None)
            if a and b and b < a:
                out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                                   detail=f"ngày kết thúc {b.day:02d}/{b.month:02d}/{b.year} trước ngày bắt đầu "
                                          f"{a.day:02d}/{a.month:02d}/{a.year}"))
        for m in [*YEAR_PERIOD.finditer(f), *YEAR_PERIOD_AFTER.finditer(f)]:
            n, y1, y2 = int(m.group("n")), int(m.group("y1")), int(m.group("y2"))
            if y2 < y1 or n in (y2 - y1, y2 - y1 + 1):  # "2021 - 2026" is 5 years; "2021 - 2025" 5 calendar years
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                               detail=f"từ năm {y1} đến năm {y2} không phải {n} năm"))
        for m, n, span in _month_spans(f):
            if n in (span, span - 1):  # both months counted, or the months between
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                               detail=f"từ tháng {m.group('m1')} đến tháng {m.group('m2')} là {span} tháng, không phải {n} tháng"))
        for m in [*PERIOD.finditer(f), *PERIOD_AFTER.finditer(f), *SPAN_RESTATED.finditer(f)]:
            if m.re is SPAN_RESTATED and not ((m.group("ay") or m.group("ay2")) and (m.group("by") or m.group("by2"))):
                continue
            year = m.group("by") or m.group("by2") or m.group("ay") or m.group("ay2")
            a, b = _date_of(m, "a", year), _date_of(m, "b", year)
            if not a or not b or b < a:
                continue
            days, n = (b - a).days, int(m.group("n"))
            if n in (days, days + 1):  # counted with or without the first day
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                               detail=f"từ {a.day:02d}/{a.month:02d}/{a.year} đến {b.day:02d}/{b.month:02d}/{b.year} "
                                      f"là {days + 1} ngày (tính cả ngày đầu)"))
    return out


#: "Điều 15 của Quy chế này", "khoản 2 Điều 7 Hương ước này": an article of the text itself.
OWN_ARTICLE = re.compile(r"(?<!\w)dieu\s+(?P<n>\d{1,3})\s+(?:cua\s+)?(?:ban\s+)?(?P<kind>quy\s+che|huong\s+uoc|quy\s+uoc|quy\s+dinh|"
                         r"quyet\s+dinh|nghi\s+quyet|ke\s+hoach|noi\s+quy|dieu\s+le)\s+nay(?!\w)")


def check_own_articles(rule: Rule, ctx: Context) -> list[Finding]:
    """A reference to an article of the text itself ("Điều 15 của Quy chế này") that the text does not have."""
    segs = _segments(ctx)
    out = []
    for p in ctx.doc.paras:
        for m in OWN_ARTICLE.finditer(p.folded):
            here = [i for i, (a, b, _, _) in enumerate(segs) if a <= p.line <= b]
            near = {j for i in here for j in (i - 1, i, i + 1) if 0 <= j < len(segs)}
            cands = [segs[j] for j in sorted(near) if len(segs[j][2]) >= 2]
            if not cands or not all(_plain(arts) for _, _, arts, _ in cands):
                continue  # numbering with gaps or compound labels: what exists is not clear
            if not cands or any(m.group("n") in arts for _, _, arts, _ in cands):
                continue
            has = max(len(arts) for _, _, arts, _ in cands)
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                               count=has))
    return out


#: Weekday names (folded): "thứ Bảy", "thứ 7", "Chủ nhật", "CN" → Monday = 0 … Sunday = 6.
_WEEKDAY = r"(?:thu\s+(?P<wd>hai|ba|tu|nam|sau|bay|[2-7])|(?P<sun>chu\s+nhat|cn))"
_WD_NUM = {"hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5}
_WD_NAME = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
_FULL_DATE = (r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})(?![\d/])"
              r"|(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>\d{4})")
#: "thứ Bảy, ngày 12/7/2026", "Chủ nhật (13/7/2025)", and "ngày 12/7/2026 (thứ Bảy)".
WEEKDAY_DATE = re.compile(rf"(?<!\w){_WEEKDAY}\s*[,(]?\s*(?:ngay\s+)?(?:{_FULL_DATE})")
DATE_WEEKDAY = re.compile(rf"(?<![\w/])(?:{_FULL_DATE})\s*(?:\(\s*|,\s*|-\s*){_WEEKDAY}(?!\w)")


_ORDINAL_BEFORE = re.compile(r"(?<!\w)(?:ky\s+hop|hop|lan|khoa|phien|dot|ky|hoi\s+nghi|dai\s+hoi|muc|dieu|chuong|phan|"
                             r"buoi|vong|nam|thang|tuan|so)\s*$")


#: The same names as written with their marks: in an accented text "thu tu" folded from "thu từ 01/4/2024" ("collect
#: from") is no "thứ Tư".
_WEEKDAY_MARKED = re.compile(r"(?<!\w)(?:thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])|(chủ\s+nhật|cn))(?!\w)", re.IGNORECASE)
_WD_MARKED_NUM = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}


def _marked_weekdays(text: str) -> set[int]:
    """The weekdays an accented text names with their marks (Monday = 0 … Sunday = 6)."""
    out = set()
    for m in _WEEKDAY_MARKED.finditer(normalize_tones(text)):
        w = (m.group(1) or "").lower()
        out.add(6 if m.group(2) else (int(w) - 2 if w.isdigit() else _WD_MARKED_NUM[w]))
    return out


def _weekday(m) -> int:
    if m.group("sun"):
        return 6
    w = m.group("wd")
    return int(w) - 2 if w.isdigit() else _WD_NUM[w]


def check_weekdays(rule: Rule, ctx: Context) -> list[Finding]:
    """A weekday written beside a full date that falls on another day ("thứ Bảy, ngày 12/7/2026" is a Sunday)."""

    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = p.folded
        marked: set[int] | None = None  # read only when a weekday disagrees with its date
        for m in [*WEEKDAY_DATE.finditer(f), *DATE_WEEKDAY.finditer(f)]:
            d, mo, y = (m.group("d") or m.group("d2"), m.group("m") or m.group("m2"), m.group("y") or m.group("y2"))
            try:
                day = datetime.date(int(y), int(mo), int(d))
            except ValueError:
                continue
            if m.re is WEEKDAY_DATE and _ORDINAL_BEFORE.search(f, 0, m.start()):
                continue  # "Kỳ họp thứ năm, ngày 10/12/2025", "lần thứ 7": an ordinal, not a weekday
            said = _weekday(m)
            if said == day.weekday():
                continue
            if marked is None:
                marked = _marked_weekdays(p.text) if has_marks(p.text) else set(range(7))
            if said not in marked:
                continue  # "bắt đầu thu từ 01/4/2024": folded, "thu tu" — no weekday in an accented text
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                               detail=f"ngày {day.day:02d}/{day.month:02d}/{day.year} là {_WD_NAME[day.weekday()]}, "
                                      f"không phải {_WD_NAME[said]}"))
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


def check_products(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    for p in ctx.doc.paras:
        text = p.numbered  # "ba tháng x 1.200.000": a spelled factor, offsets kept (cached per paragraph)
        if len(text) != len(p.text):
            text = p.text
        for m in PRODUCT_TEXT.finditer(text):
            a, b, c = _num(m.group("a")), _num(m.group("b")), _num(m.group("c"))
            if a * b != c:
                out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                                   detail=f"{m.group('a')} × {m.group('b')} = {_vn_int(a * b)}, không phải {m.group('c')}"))
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
_RATE_RESULT = re.compile(rf"[^.!?\d;]{{0,20}}?(?<!\w)(?:la|=|bang|thanh|tong\s+cong|tong\s+so\s+tien|tong)\s*:?\s*"
                          rf"(?P<c>{NUMBER})(?![.,]?\d)\s*(?:dong|d)(?!\w)")


def _rate_products(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    for p in ctx.doc.paras:
        f = p.folded
        for rx in (_RATE_FIRST, _EACH_FIRST):
            for m in rx.finditer(f):
                res = _RATE_RESULT.match(f, m.end())
                if not res:
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


# -- a count stated just before the table that lists or splits it -------------------------------------------------
#: A sentence handing over to a table: ends with a colon, "như sau", "sau đây" or "dưới đây" (folded).
_TO_TABLE = re.compile(r"(?:\s*:|(?<!\w)(?:nhu\s+sau|sau\s+day|duoi\s+day)\s*[:.]?)\s*$")
#: "03 kiến nghị", "5 thôn làng nghề", "172 đại diện hộ gia đình": an exact count and up to four words it counts.
_STATED = re.compile(rf"(?<![\w/.,])(?P<n>{NUMBER})(?![\d/,%]|\.\d)\s+(?P<noun>[a-z]+(?:\s+[a-z]+){{0,3}})")
_INEXACT = re.compile(r"(?<!\w)(?:khoang|tren|duoi|hon|gan|it\s+nhat|toi\s+da|toi\s+thieu|den|tu|hang|moi)\s*$")
_HEAD_SKIP = re.compile(r"^(?:tong\s+)?so\s+(?:luong\s+)?")
_COUNT_NOUN_SKIP = {"thanh", "nguoi", "ngay", "thang", "nam", "gio", "phut", "lan", "dong", "trieu", "ty", "phan", "diem",
                    "dieu", "khoan", "chuong", "muc", "so"}


def _next_table(ctx: Context, i: int) -> tuple[list, int] | tuple[None, int]:
    """The table (paragraphs whose text is a "| … |" row) right after paragraph ``i``, or after at most one
    paragraph that is no heading and hands over to nothing ("4. Thời gian lấy ý kiến: 15 ngày, …")."""
    paras = ctx.doc.paras
    for k in (i + 1, i + 2):
        if k >= len(paras):
            return None, k
        q = paras[k]
        if row_cells(q.text) is not None:
            rows = []
            for r in paras[k:]:
                c = row_cells(r.text)
                if c is None:
                    break
                rows.append((r, c))
            return rows, k
        if k == i + 2 or q.zone != paras[i].zone or re.match(r"\s*(?:[IVX]+\.|Điều\s|Dieu\s|[A-Z]\.\s)", q.text) \
                or _TO_TABLE.search(q.folded.rstrip()) and q.folded.rstrip().endswith(":"):
            return None, k
    return None, i


def check_count_table(rule: Rule, ctx: Context) -> list[Finding]:
    """A count stated in the sentence that hands over to a table right below it, against that table: the number of
    its numbered rows when the header names what is counted ("đã xem xét 03 kiến nghị … như sau:" over "| TT | Nội
    dung kiến nghị | … |" and four rows), the number of its rows when its first column is what is counted ("tại cả 5
    thôn … theo lịch dưới đây" over "| Thôn | Ngày họp |" and four rows), or the sum of the column that counts it
    ("172 đại diện hộ gia đình dự hội nghị, chia theo cụm như sau:" over "| Cụm | Số hộ | Số đại diện hộ dự |").
    Silent when any count of the same thing in that sentence fits; member lists are IC-05's."""
    out = []
    paras = ctx.doc.paras
    for i, p in enumerate(paras):
        if p.zone not in ("preamble", "basis", "body", "closing") or row_cells(p.text) is not None:
            continue
        f = p.folded.rstrip()
        if not _TO_TABLE.search(f):
            continue
        start = max((x.end() for x in re.finditer(r"\.(?!\d)\s", f)), default=0)  # the last sentence
        counts = [m for m in _STATED.finditer(f, start) if not _INEXACT.search(f[max(0, m.start() - 12):m.start()])
                  and m.group("noun").split()[0] not in _COUNT_NOUN_SKIP and not _labelled_number(f, m.start())]
        if not counts:
            continue
        rows, _ = _next_table(ctx, i)
        if not rows or len(rows) < 3:
            continue
        header = [fold_keep_length(c).lower() for c in rows[0][1]]
        body = [(r, c) for r, c in rows[1:] if not _rule_cells(c) and len(c) == len(header)]
        body = [(r, c) for r, c in body if not TOTAL_ROW.match(fold_keep_length(c[0]).lower())
                and not (len(c) > 1 and not c[0].strip() and TOTAL_ROW.match(fold_keep_length(c[1]).lower()))]
        if len(body) < 2 or len(body) != len(rows) - 1 - sum(1 for _, c in rows[1:] if _rule_cells(c)):
            continue  # a total or a row of another width: what the table counts is not plain
        found = _table_count(rows[0][1], body, counts)
        if found is None:
            continue
        m, detail = found
        last = body[-1][0]
        ev = ctx.doc.evidence(p, m.start(), m.end())
        out.append(finding(rule, ctx, Evidence(ev.text, ev.line, max(ev.end_line, last.end_line), ev.paragraph,
                                               ev.section),
                           found=p.text[m.start():m.start() + re.match(
                               r"(?:(?!\s(?:nhu\s+sau|sau\s+day|duoi\s+day|va|theo|cua)(?!\w))[^,;:()]){0,60}(?<=\w)",
                               f[m.start():]).end()],
                           detail=detail))
    return out


def _rule_cells(c: list[str]) -> bool:
    return all(re.fullmatch(r":?-{2,}:?|", x.replace(" ", "")) for x in c)


def _same_thing(noun: list[str], head: list[str]) -> bool:
    """Does a column header ("số đại diện hộ dự", "thôn") name what a count counts ("đại diện hộ gia đình dự …")?"""
    k = 0
    while k < min(len(noun), len(head)) and noun[k] == head[k]:
        k += 1
    return k >= min(2, len(head)) and k >= 1


def _table_count(raw: list[str], body: list, counts: list) -> tuple[object, str] | None:
    header = [fold_keep_length(c).lower() for c in raw]
    nouns = [(m, m.group("noun").split()) for m in counts]
    # the rows: numbered "1, 2, 3, …" under a header naming the counted thing, or named under a first column that is it
    numbered = [c[0].strip() for _, c in body]
    run = all(re.fullmatch(r"\d{1,3}\.?", x) for x in numbered) and \
        [int(x.rstrip(".")) for x in numbered] == list(range(1, len(body) + 1))
    first = _HEAD_SKIP.sub("", header[0]).split()
    joined = " ".join(header[1:])
    for m, noun in nouns:
        if _same_thing(noun, first) and len(first) <= 3 and all(c[0].strip() and not re.search(r"\d", c[0][:1])
                                                                for _, c in body):
            whats = [n for m2, n in nouns if _same_thing(n, first)]
            if any(_num(m2.group("n")) == len(body) for m2, n in nouns if _same_thing(n, first)) or not whats:
                return None
            return m, f"bảng dưới có {len(body)} dòng «{raw[0]}», không phải {m.group('n')}"
        if run and re.fullmatch(r"s?tt|so\s+tt", header[0].strip()) and len(noun) >= 2 \
                and re.search(rf"(?<!\w){' '.join(noun[:2])}(?!\w)", joined):
            if any(_num(m2.group("n")) == len(body) for m2, n in nouns if n[:2] == noun[:2]):
                return None
            return m, f"bảng dưới liệt kê {len(body)} mục, không phải {m.group('n')}"
    for j in range(1, len(header)):
        head = _HEAD_SKIP.sub("", header[j]).split()
        if not head or NOT_ADDED.search(header[j]) or header[j] == _HEAD_SKIP.sub("", header[j]):
            continue  # only "Số …" columns count
        col = [c[j].strip() for _, c in body]
        if not all(re.fullmatch(NUMBER, v) for v in col):
            continue
        s = sum(_num(v) for v in col)
        same = [m for m, noun in nouns if _same_thing(noun, head)]
        if not same or any(_num(m.group("n")) == s for m in same):
            continue
        return same[0], (f"cột «{raw[j]}» của bảng dưới cộng lại được {' + '.join(col)} = {_vn_int(s)}, "
                         f"không phải {same[0].group('n')}")
    return None


# -- a council resolution's closing formula against its own date ---------------------------------------------------
#: "Nghị quyết này đã được Hội đồng nhân dân tỉnh … khóa XVII, kỳ họp thứ … thông qua ngày 10 tháng 7 năm 2024"
#: (folded; the session's words between, no sentence end).
PASSED_ON = re.compile(r"(?<!\w)nghi\s+quyet\s+nay\s+(?:da\s+)?duoc\s+(?:hoi\s+dong\s+nhan\s+dan|hdnd)\b[^.;]{0,160}?"
                       r"\bthong\s+qua\s+(?:vao\s+)?ngay\s+(?P<d>\d{1,2})(?:\s+thang\s+|\s*/\s*)(?P<m>\d{1,2})"
                       r"(?:\s+nam\s+|\s*/\s*)(?P<y>\d{4})(?!\d)")


#: "Quy ước đã được cộng đồng dân cư thông qua tại cuộc họp ngày 05/10/2025", "Hương ước này được … thông qua tại
#: hội nghị ngày 12 tháng 10 năm 2025": the text's own adoption meeting, said at the start of its sentence (folded).
ADOPTED_AT = re.compile(r"(?:^|[.;:]\s*)(?:\d{1,2}\s*[.)]\s*)?(?P<what>huong\s+uoc|quy\s+uoc|quy\s+che|noi\s+quy)(?:\s+nay)?\s+"
                        r"(?:da\s+)?duoc\s+[^.;]{0,80}?\bthong\s+qua\s+tai\s+(?:cuoc\s+hop|hoi\s+nghi)\b[^.;\d]{0,60}?"
                        r"\bngay\s+(?P<d>\d{1,2})(?:\s+thang\s+|\s*/\s*)(?P<m>\d{1,2})(?:\s+nam\s+|\s*/\s*)(?P<y>\d{4})(?!\d)")


def _adopted_twice(rule: Rule, ctx: Context) -> list[Finding]:
    """A hương ước, quy ước or quy chế that says twice on which day its meeting adopted it, with two dates (point 9
    "thông qua tại cuộc họp ngày 05/10/2025", the closing line "… thông qua tại cuộc họp ngày 12 tháng 10 năm 2025"):
    one of them is wrong. Read only when both say the same kind of text and give whole dates, and not in a report
    (which may recount the adoption of several texts)."""
    kind = fold_keep_length(f"{ctx.doc.header.doc_type or ''} {ctx.doc_type or ''}").lower()
    if "bao cao" in kind or "bao_cao" in kind:
        return []
    said = []
    for p in ctx.doc.paras:
        for m in ADOPTED_AT.finditer(p.folded):
            try:
                day = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
            said.append((m.group("what"), day, p, m))
    if len(said) < 2 or len({w for w, *_ in said}) != 1 or len({d for _, d, *_ in said}) != 2:
        return []
    first = said[0][1]
    out = []
    for _, day, p, m in said[1:]:
        if day == first:
            continue
        a = m.start("what")
        out.append(finding(rule, ctx, _ev(ctx, p, a, m.end()), found=p.text[a:m.end()].strip(),
                           detail=f"ngày thông qua {day:%d/%m/%Y} khác ngày {first:%d/%m/%Y} ghi ở dòng {said[0][2].line}"))
        break
    return out


_ORDINAL = {"nhat": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
            "muoi": 10}
#: "KHÓA XII, KỲ HỌP THỨ TƯ", "khóa XII, kỳ họp thứ 5", "kỳ họp thứ mười một" (folded).
SESSION = re.compile(r"(?<!\w)khoa\s+(?P<term>[ivxlc]{1,6})\s*,?\s*ky\s+hop\s+thu\s+"
                     r"(?P<no>\d{1,2}|(?:muoi\s+)?(?:nhat|mot|hai|ba|tu|bon|nam|sau|bay|tam|chin)|muoi(?:\s+(?:mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin))?)(?!\w)")


def _ordinal(words: str) -> int | None:
    w = words.split()
    if w[0].isdigit():
        return int(w[0])
    if w[0] == "muoi":
        return 10 + (_ORDINAL.get(w[1], 0) if len(w) > 1 and w[1] != "lam" else (5 if len(w) > 1 else 0))
    return _ORDINAL.get(w[0])


def _session_twice(rule: Rule, ctx: Context) -> list[Finding]:
    """A council's resolution naming its term and session in its heading ("KHÓA XII, KỲ HỌP THỨ TƯ") and another in
    its closing formula ("… khóa XII, kỳ họp thứ năm thông qua ngày …"): one session passed it. Read only on the
    formula "Nghị quyết này đã được Hội đồng nhân dân … thông qua", against the first session the text names."""
    named = [(p, m) for p in ctx.doc.paras for m in SESSION.finditer(p.folded)]
    if len(named) < 2:
        return []
    p0, m0 = named[0]
    first = (m0.group("term"), _ordinal(m0.group("no")))
    out = []
    for p in ctx.doc.paras:
        for pm in PASSED_ON.finditer(p.folded):
            for m in SESSION.finditer(p.folded, pm.start(), pm.end()):
                if (p is p0 and m.start() == m0.start()) or (m.group("term"), _ordinal(m.group("no"))) == first:
                    continue
                out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                                   detail=f"phần đầu nghị quyết (dòng {p0.line}) ghi «{p0.text[m0.start():m0.end()]}»"))
    return out


def check_passed_date(rule: Rule, ctx: Context) -> list[Finding]:
    """A resolution of a People's Council dated in its heading on one day and said in its closing formula to have
    been passed on another ("…, ngày 12 tháng 7 năm 2024" / "… thông qua ngày 10 tháng 7 năm 2024"): a council's
    resolution bears the day the session passed it. Read only when both dates are whole."""
    own = own_date(ctx.doc)
    twice = _adopted_twice(rule, ctx)
    if twice:
        return twice
    if not own or not own[1] or not re.search(r"nghi\s+quyet", fold_keep_length(ctx.doc.header.doc_type or "").lower()):
        return []
    out = _session_twice(rule, ctx)
    for p in ctx.doc.paras:
        for m in PASSED_ON.finditer(p.folded):
            d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
            if not (1 <= mo <= 12 and 1 <= d <= 31):
                continue
            said = f"{y}-{mo:02d}-{d:02d}"
            if said == own[0]:
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start("d") - 5, m.end()), found=p.text[m.start("d") - 5:m.end()].strip(),
                               detail=f"ngày thông qua {d:02d}/{mo:02d}/{y} khác ngày ghi ở đầu nghị quyết "
                                      f"{own[0][8:]}/{own[0][5:7]}/{own[0][:4]}"))
    return out


# -- a rate in the text against the totals of a table ---------------------------------------------------------------
#: "Tỷ lệ thôn, tổ dân phố có hương ước, quy ước được công nhận đạt 91,2%" (folded).
RATE_OF_PHRASE = re.compile(r"(?<!\w)(?:ty|ti)\s+le\s+(?P<phrase>[a-z][a-z ,]{5,120}?)\s*(?::|\s(?:dat|la|bang|chiem))\s*"
                            r"(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%")
_RATE_STOP = {"so", "da", "co", "duoc", "cac", "va", "tong", "cua", "trong", "nam"}


def _content(words: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", words)} - _RATE_STOP


def check_table_rate(rule: Rule, ctx: Context) -> list[Finding]:
    """A rate the text states of a thing a table counts ("Tỷ lệ thôn, tổ dân phố có hương ước, quy ước được công nhận
    đạt 91,2%") against the table's total row: the one column whose header names that thing in the rate's words ("Đã
    có hương ước, quy ước được công nhận", three words or more) over the column of the whole ("Tổng số thôn, TDP").
    Silent when the rate fits the total row or the sum of the rows above it."""
    tables = []
    for t in pipe_tables(_aligned(ctx), 2):
        if len(t) < 4 or not TOTAL_ROW.match(fold_keep_length(t[-1][1][0]).lower()):
            continue
        tables.append(t)
    if not tables:
        return []
    out = []
    for p in ctx.doc.paras:
        if row_cells(p.text) is not None:
            continue
        for m in RATE_OF_PHRASE.finditer(p.folded):
            words = _content(m.group("phrase"))
            hits = []
            for t in tables:
                header = [fold_keep_length(c).lower() for c in t[0][1]]
                parts = [j for j, h in enumerate(header) if j and len(_content(h)) >= 3 and _content(h) <= words
                         and not NOT_ADDED.search(h) and not re.match(r"\s*tong(?!\w)", h)]
                wholes = [j for j, h in enumerate(header) if j and re.match(r"\s*tong\s+so\s+([a-z]+)", h)
                          and re.match(r"\s*tong\s+so\s+([a-z]+)", h).group(1) in words]
                if len(parts) == 1 and len(wholes) == 1:
                    hits.append((t, parts[0], wholes[0]))
            if len(hits) != 1:
                continue
            t, jp, jw = hits[0]
            rows, last = t[1:-1], t[-1][1]
            cells = [last[jp].strip() if jp < len(last) else "", last[jw].strip() if jw < len(last) else ""]
            col = [c[jp].strip() if jp < len(c) else "" for _, c in rows]
            if not all(re.fullmatch(NUMBER, v) for v in cells + col):
                continue
            part, whole, summed = _num(cells[0]), _num(cells[1]), sum(_num(v) for v in col)
            pct = float(m.group("p").replace(",", "."))
            tol = _tolerance(m.group("p")) + 0.05
            if whole == 0 or any(abs(100.0 * a / whole - pct) <= tol for a in (part, summed)):
                continue
            if COMPARED.search(m.group("phrase")) or re.search(r"(?<!\w)(?:ca\s+nuoc|toan\s+quoc|binh\s+quan|trung\s+binh)(?!\w)",
                                                               m.group("phrase")):
                continue  # another year's, the plan's, the country's rate
            if any(re.fullmatch(NUMBER, c[jp].strip()) and re.fullmatch(NUMBER, c[jw].strip()) and _num(c[jw].strip())
                   and abs(100.0 * _num(c[jp].strip()) / _num(c[jw].strip()) - pct) <= tol for _, c in rows if len(c) > max(jp, jw)):
                continue  # the rate of one row ("Tỷ lệ thôn …": the villages only)
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(),
                               detail=f"theo bảng, {_vn_int(part)}/{_vn_int(whole)} = {_vn_pct(100.0 * part / whole)}%"
                                      + (f" (cộng các dòng: {_vn_int(summed)}/{_vn_int(whole)} = "
                                         f"{_vn_pct(100.0 * summed / whole)}%)" if summed != part else "")
                                      + f", không phải {m.group('p')}%"))
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


def _dec(s: str) -> float:
    return float(s.replace(".", "").replace(",", "."))


def check_change(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    for p in ctx.doc.paras:
        if p.zone not in ("body", "closing", "preamble"):
            continue
        text = p.numbered  # spelled numbers read as digits, same length as the text
        for m in [*CHANGE.finditer(text), *CHANGE_SINCE.finditer(text)]:
            verb = m.group("verb").lower()
            verb2 = m.group("verb2").lower() if "verb2" in m.re.groupindex else verb
            if verb != verb2:
                continue
            a, b, c = _dec(m.group("a")), _dec(m.group("b")), _dec(m.group("c"))
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


#: A meeting's start and end hours (folded text): "vào hồi 14 giờ 00 phút", "bắt đầu lúc 8h30", "kết thúc vào lúc
#: 11 giờ 30 phút cùng ngày"; "sáng", "chiều", "tối" after the hour.
_HOUR = r"(?P<h>\d{1,2})\s*(?:gio|h|g)(?:\s*(?P<m>\d{1,2})(?:\s*phut)?)?(?:\s+(?P<part>sang|trua|chieu|toi))?(?![\w/])"
CLOCK_START = re.compile(r"(?<!\w)(?:bat\s+dau|khai\s+mac|vao\s+hoi|vao\s+luc)(?:\s+(?:vao|tu))?(?:\s+(?:luc|hoi))?\s+" + _HOUR)
CLOCK_END = re.compile(r"(?<!\w)(?:ket\s+thuc|be\s+mac)(?:\s+vao)?(?:\s+(?:luc|hoi))?\s+" + _HOUR)
_A_DATE = re.compile(r"\d{1,2}\s*/\s*\d{1,2}|ngay\s+\d{1,2}(?!\s*(?:gio|h))|hom\s+sau|ngay\s+hom\s+sau")


def _clock(m) -> tuple[int, int, str]:
    return int(m.group("h")), int(m.group("m") or 0), m.group("part") or ""


def check_clock(rule: Rule, ctx: Context) -> list[Finding]:
    """Minutes that end before they begin: one start hour and one end hour in the document, the end told "cùng
    ngày" or without a date of its own. Read only when the hours cannot be two halves of a twelve-hour day: the
    start written past noon (14 giờ: the document counts 24 hours) and the end with no "chiều"/"tối", or the end
    said "sáng"."""
    starts, ends = [], []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = p.folded
        starts += [(p, m) for m in CLOCK_START.finditer(f)
                   if not re.search(r"(?:ket\s+thuc|be\s+mac)\s*$", f[max(0, m.start() - 12):m.start()])]
        ends += [(p, m) for m in CLOCK_END.finditer(f)]
    if len(starts) != 1 or len(ends) != 1:
        return []
    (_, ms), (pe, me) = starts[0], ends[0]
    (h1, m1, part1), (h2, m2, part2) = _clock(ms), _clock(me)
    if not (0 <= h1 <= 23 and 0 <= h2 <= 23 and m1 < 60 and m2 < 60):
        return []
    written = h1  # "14 giờ" is written in 24 hours; "2 giờ chiều" in twelve
    if part1 in ("chieu", "toi") and h1 < 12:
        h1 += 12
    tail = pe.folded[me.end():me.end() + 40]
    if _A_DATE.search(tail) and "cung ngay" not in tail:
        return []  # the end on a date of its own
    if (h2, m2) >= (h1, m1):
        return []
    # a start written past noon ("14 giờ 00") says the document counts 24 hours: its "11 giờ 30" is morning
    if not (part2 == "sang" or (written >= 13 and part2 == "")):
        return []
    said = lambda h, m: f"{h} giờ {m:02d}"
    return [finding(rule, ctx, _ev(ctx, pe, me.start(), me.end()), found=pe.text[me.start():me.end()],
                    detail=f"hội nghị bắt đầu lúc {said(h1, m1)} nhưng kết thúc lúc {said(h2, m2)}, sớm hơn giờ bắt đầu")]


def check(rule: Rule, ctx: Context) -> list[Finding]:
    return {"weekdays": check_weekdays, "totals": check_totals, "names": check_names, "dates": check_dates, "numbers": check_numbers,
            "numbering": check_numbering, "members": check_members,
            "restated": check_restated, "table": check_table_vs_text, "structure": check_structure,
            "table_sums": check_table_sums, "periods": check_periods, "own_articles": check_own_articles,
            "listed": check_listed, "shares": check_shares, "impossible_dates": check_impossible_dates,
            "basis_after": check_basis_after, "lead_days": check_lead_days,
            "own_clauses": check_own_clauses, "listed_dates": check_listed_dates,
            "body_sizes": check_body_sizes, "share_before": check_share_before,
            "row_sums": check_row_sums, "row_percents": check_row_percents,
            "fraction_counts": check_fraction_counts, "status_parts": check_status_parts,
            "labelled_parts": check_labelled_parts, "absent_count": check_absent_count,
            "rest_parts": check_rest_parts, "rate_base": check_rate_base,
            "vote_totals": check_vote_totals, "listed_parts": check_listed_parts,
            "ballots": check_ballots, "present_share": check_present_share,
            "money_share": check_money_share, "base_row_percents": check_base_row_percents,
            "fund_balance": check_fund_balance, "candidate_votes": check_candidate_votes,
            "products": check_products, "count_table": check_count_table, "passed_date": check_passed_date,
            "change": check_change, "fund_text": check_fund_text, "clock": check_clock,
            "deadline_before": check_deadline_before, "period_after": check_period_after,
            "schedule_deadline": check_schedule_deadline,
            "table_rate": check_table_rate}[rule.detect["check"]](rule, ctx)


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


# -- dates that cannot be, or cannot be so ------------------------------------------------------------------
def check_impossible_dates(rule: Rule, ctx: Context) -> list[Finding]:
    """A written date that no calendar has: "ngày 31/4/2026", "ngày 29 tháng 02 năm 2026"."""
    out = []
    for p in ctx.doc.paras:
        for a, b, d, mo, y in find_impossible_dates(p.folded):
            why = (f"tháng {mo} không có ngày {d}" if 1 <= mo <= 12 and d > 0 else
                   f"không có tháng {mo}" if not 1 <= mo <= 12 else f"không có ngày {d}")
            if mo == 2 and d == 29:
                why = f"năm {y} không phải năm nhuận, tháng 2 chỉ có 28 ngày"
            out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b], detail=why))
    return out


#: A paragraph that names the texts the document rests on: "Căn cứ …", "Thực hiện …", "Theo đề nghị …".
BASIS_CUE = re.compile(r"^\s*(?:[-+*•]\s*)?(?:can\s+cu|thuc\s+hien|trien\s+khai|theo|xet)(?!\w)")


def _place_dates(ctx: Context) -> set[str]:
    """The dates of the place-and-date lines among the first lines ("Tân Phong, ngày 15 tháng 01 năm 2026")."""
    out = set()
    for raw in ctx.doc.raw_lines[:20]:
        m = HEADING_DATE.search(fold_keep_length(raw).lower())
        if m and m.group("d").isdigit() and m.group("m").isdigit():
            out.add(f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}")
    return out


#: Words before a cited text that the document replaces or repeals (folded): it is older than the document.
REPLACES = re.compile(r"(?<!\w)(?:thay\s+the|bai\s+bo|het\s+hieu\s+luc)(?:\s+(?:cho|toan\s+bo))?\s+(?:cac\s+)?[^\W\d_]*(?:\s+[^\W\d_]+)?\s*$")


def check_basis_after(rule: Rule, ctx: Context) -> list[Finding]:
    """A text the document rests on ("Căn cứ …", "Thực hiện Quyết định số … ngày …") dated after the
    document's own date: one of the two dates is wrong. Only an exact own date and exact cited dates."""
    own = own_date(ctx.doc)
    exact = _own_exact(ctx)  # a text replaced: against the heading's full date, placed or not
    if not own or not own[1] or own[0] not in _place_dates(ctx):
        own = None  # only a date the heading writes as "<Nơi>, ngày … tháng … năm …"
    if not own and not exact:
        return []
    own_no = fold(ctx.doc.header.number or "").replace(" ", "")
    # the paragraphs that name the bases: the "basis" zone, and the leading "Căn cứ …", "Thực hiện …"
    # paragraphs after the heading (a plan has no separate basis zone)
    bases = set()
    for p in ctx.doc.paras:
        if p.zone == "header":
            continue
        if p.zone == "basis" or BASIS_CUE.match(p.folded):
            bases.add(p.index)
        elif p.zone != "preamble":
            break
    out = []
    for m in ctx.mentions:
        ref, p = m.ref, m.para
        if ref is None or not ref.number or not ref.issued or len(ref.issued) != 10:
            continue
        if own_no and fold(ref.number).replace(" ", "") == own_no:
            continue  # the document's own number, cited in its attached text
        # "… thay thế Quyết định số 15/QĐ-UBND ngày 20/12/2026": the text replaced came before the one replacing it
        replaced = REPLACES.search(p.folded[max(0, m.start - 40):m.start])
        if p.index in bases and own and ref.issued > own[0]:
            day = own[0]
        elif replaced and exact and ref.issued > exact:
            day = exact
        else:
            continue
        ev = ctx.doc.evidence(p, m.start, m.end)
        out.append(finding(rule, ctx, Evidence(ev.text, m.line, ev.end_line, ev.paragraph, ev.section),
                           found=m.text, detail=f"văn bản được dẫn ngày {vn_date(ref.issued)}, sau ngày "
                                                f"{vn_date(day)} của chính văn bản này"))
    return out


#: "ngày 12/12/2026 (trước ngày hội nghị 10 ngày)", "ngày 15/12/2026, trước 10 ngày so với ngày họp",
#: "ngày 28/12/2026 (05 ngày sau hội nghị)": a date and how many days it lies before or after an event.
_LEAD_DATE = r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})(?![\d/])|(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>\d{4})(?!\d)"
_EVENT = r"(?P<event>(?:[^\W\d_]+\s+){0,3}?(?:hoi\s+nghi|cuoc\s+hop|hop|dai\s+hoi|doi\s+thoai|bau\s+cu|bo\s+phieu)(?:\s+[^\W\d_]+){0,3}?)"
_N_DAYS = r"(?P<n>\d{1,3})(?:\s*\([^()\d]*\))?\s+ngay(?!\s+lam\s+viec)(?!\w)"
LEAD_DAYS = re.compile(
    rf"(?<![\w/])(?:{_LEAD_DATE})[^.;()\d]{{0,30}}?[(,]\s*(?:tuc\s+la\s+|la\s+|(?:bao\s+dam|dam\s+bao)\s+)?"
    rf"(?:(?P<dir>truoc|sau)\s+(?:ngay\s+|khi\s+)?{_EVENT}\s+{_N_DAYS}"
    rf"|(?P<dir2>truoc|sau)\s+{_N_DAYS.replace('<n>', '<n2>')}\s+(?:so\s+voi\s+|ke\s+tu\s+)?(?:ngay\s+|khi\s+)?"
    rf"{_EVENT.replace('<event>', '<event2>')}"
    rf"|{_N_DAYS.replace('<n>', '<n3>')}\s+(?P<dir3>truoc|sau)\s+(?:ngay\s+|khi\s+)?{_EVENT.replace('<event>', '<event3>')})")
#: The event's key noun, and a date written in the same sentence as it.
_EVENT_NOUNS = ("hoi nghi", "cuoc hop", "dai hoi", "doi thoai", "bau cu", "bo phieu", "hop")
#: An event named by what is done there: "bầu cử" is the meeting that elects the Trưởng thôn (the "Tổ bầu cử" is
#: the team that runs it).
_EVENT_ALIAS = {"bau cu": r"(?<!to\s)bau\s+(?:cu|truong\s+(?:thon|ban|ap|lang|xom|khu\s+pho)|to\s+truong(?:\s+to\s+dan\s+pho)?)"}
#: A date that dates a cited text ("Kế hoạch số 12/KH-UBND ngày 02/11/2026"), not an event.
_CITED_DATE = re.compile(r"(?:so\s*:?\s*[\w./-]*\d[\w./-]*|nam\s+\d{4})\s+(?:ngay\s+)?$")


def _dated(f: str, year_ok=True):
    for m in re.finditer(rf"(?<![\w/]){_LEAD_DATE}", f):
        try:
            yield m, datetime.date(int(m.group("y") or m.group("y2")), int(m.group("m") or m.group("m2")),
                                   int(m.group("d") or m.group("d2")))
        except ValueError:
            continue


#: "HNNLĐ", "HNCBCCVC": a conference written by its initials (folded text).
_CONFERENCE_ABBR = re.compile(r"(?<!\w)hn(?:nld|cbccvc|cbcc|vc|dbnld)(?!\w)")
#: "hội nghị tổ", "hội nghị cấp phòng", "cuộc họp bộ phận": a part's own meeting, another event than the main one.
_PART_EVENT = r"(?!\s+(?:to(?!\s+chuc)|cap|phong|bo\s+phan|xi\s+nghiep|chi\s+nhanh|doi|phan\s+xuong)(?!\w))"


def _event_dates(ctx: Context, p, noun: str, skip: tuple[int, int]) -> set:
    """Dates the document gives the event: in a sentence naming it, or in the list under a "Thời gian"
    heading that holds ``p``."""
    out = set()
    paras = [q for q in ctx.doc.paras if q.zone in ("preamble", "body", "closing")]
    block: list = []
    idx = next((i for i, q in enumerate(paras) if q.index == p.index), None)
    if idx is not None:
        i = idx
        while i >= 0 and paras[i].folded.lstrip().startswith(("-", "+", "*", "•")):
            i -= 1
        if i >= 0 and "thoi gian" in paras[i].folded[:60]:
            j = i + 1
            block = [paras[i]]
            while j < len(paras) and paras[j].folded.lstrip().startswith(("-", "+", "*", "•")):
                block.append(paras[j])
                j += 1
    # "1. Thời gian: 08 giờ 00 ngày 06/3/2026" in a document whose title names the event ("Kế hoạch tổ chức
    # Hội nghị người lao động"): the event's own time line
    titled = any(re.search(rf"(?<!\w){noun}(?!\w)", q.folded) or (noun == "hoi nghi" and _CONFERENCE_ABBR.search(q.folded))
                 for q in ctx.doc.paras[:12] if q.zone == "header")
    for q in paras:
        f = q.folded
        if titled and re.match(r"\s*(?:\d{1,2}[.)]\s*|[-+*•]\s*)?thoi\s+gian(?:\s+to\s+chuc)?\s*:", f):
            block.append(q)
        for m, d in _dated(f):
            if q.index == p.index and m.start() == skip[0]:
                continue
            if _CITED_DATE.search(f[max(0, m.start() - 40):m.start()]):
                continue
            s0 = max(f.rfind(".", 0, m.start()), f.rfind(";", 0, m.start())) + 1
            s1 = len(f) if re.search(r"[.;]", f[m.end():]) is None else m.end() + re.search(r"[.;]", f[m.end():]).start()
            sentence = f[s0:s1]
            if re.search(rf"(?<!\w){_EVENT_ALIAS.get(noun, noun)}(?!\w){_PART_EVENT}", sentence) or q in block:
                out.add(d)
    return out


def check_lead_days(rule: Rule, ctx: Context) -> list[Finding]:
    """A date said to lie N days before (after) an event whose date the document gives elsewhere: the
    two dates are not N days apart (one day either way is tolerated: counting with or without the ends)."""
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = p.folded
        for m in LEAD_DAYS.finditer(f):
            try:
                d1 = datetime.date(int(m.group("y") or m.group("y2")), int(m.group("m") or m.group("m2")),
                                   int(m.group("d") or m.group("d2")))
            except ValueError:
                continue
            g = next(k for k in ("n", "n2", "n3") if m.group(k))
            if re.search(r"(?<!\w)(?:it\s+nhat|cham\s+nhat|toi\s+thieu|toi\s+da|khong\s+it\s+hon|hon|khoang|du)\s*$",
                         f[max(0, m.start(g) - 20):m.start(g)]):
                continue  # "trước ít nhất 05 ngày": a bound, not a count
            before = (m.group("dir") or m.group("dir2") or m.group("dir3")) == "truoc"
            n = int(m.group(g))
            event = m.group("event") or m.group("event2") or m.group("event3")
            noun = next((e for e in _EVENT_NOUNS if re.search(rf"(?<!\w){e}(?!\w)", event)), None)
            if noun is None:
                continue
            cands = {e for e in _event_dates(ctx, p, noun, (m.start(), m.end())) if (e > d1 if before else e < d1)}
            if len(cands) != 1:
                continue  # no date, or several, for the event: which one is meant is not clear
            e = cands.pop()
            days = abs((e - d1).days)
            if abs(days - n) <= 1:
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(" ,("),
                               detail=f"từ {d1.day:02d}/{d1.month:02d}/{d1.year} đến {e.day:02d}/{e.month:02d}/{e.year} "
                                      f"là {days} ngày, không phải {n} ngày"))
        out.extend(_own_span_days(rule, ctx, p))
    return out + _lead_days_rows(rule, ctx)


#: A lead told in a schedule's task cell, its date in another cell: "Gửi dự thảo … trước hội nghị 10 ngày",
#: "chậm nhất 10 ngày trước ngày họp", "trước 10 ngày so với ngày hội nghị" (folded).
LEAD_PHRASE = re.compile(
    rf"(?:(?P<dir>truoc|sau)\s+(?:ngay\s+|khi\s+)?{_EVENT}\s+{_N_DAYS}"
    rf"|(?P<dir2>truoc|sau)\s+{_N_DAYS.replace('<n>', '<n2>')}\s+(?:so\s+voi\s+|ke\s+tu\s+)?(?:ngay\s+|khi\s+)?"
    rf"{_EVENT.replace('<event>', '<event2>')}"
    rf"|{_N_DAYS.replace('<n>', '<n3>')}\s+(?P<dir3>truoc|sau)\s+(?:ngay\s+|khi\s+)?{_EVENT.replace('<event>', '<event3>')})")
_LEAD_BOUND = re.compile(r"(?<!\w)(?:it\s+nhat|cham\s+nhat|toi\s+thieu|khong\s+it\s+hon|som\s+nhat|toi\s+da|khong\s+qua)\s*$")


def _one_date(cell: str):
    """The one full date a cell gives ("09/4/2026", "ngày 16 tháng 4 năm 2026"), else None (none, several, a range)."""
    ds = list(_dated(cell))
    if len(ds) != 1 or re.search(r"\d\s*[-–]\s*\d|(?<!\w)(?:den|tu)\s+(?:ngay\s+)?\d", cell):
        return None
    return ds[0][1]


def _lead_days_rows(rule: Rule, ctx: Context) -> list[Finding]:
    """s18-ic (u57-08 l.34): a schedule table whose task says how many days before (after) the event it is done
    ("| 3 | Gửi dự thảo … trước hội nghị 10 ngày | 09/4/2026 | …") and whose event row, or the text, gives the event's
    date ("| 4 | Tổ chức Hội nghị … | 16/4/2026 | …"): the two dates must lie that many days apart (one day either way
    tolerated; a bound — "ít nhất", "chậm nhất" — only when too few days are left). Silent when the event has no date
    or several on the right side of the task, or the task's own date is a range."""
    out = []
    paras = {q.line: q for q in ctx.doc.paras}
    for table in pipe_tables(ctx.doc.raw_lines, 2):
        rows = [(no, [fold_keep_length(c).lower() for c in cells]) for no, cells in table]
        for no, cells in rows:
            for j, c in enumerate(cells):
                m = LEAD_PHRASE.search(c)
                if not m:  # spelled numbers as digits ("trước hội nghị mười lăm ngày"), accents then folded
                    c = fold_keep_length(digits_for_words(table[[r[0] for r in rows].index(no)][1][j].lower()))
                    m = LEAD_PHRASE.search(c)
                if not m:
                    continue
                g = next(k for k in ("n", "n2", "n3") if m.group(k))
                bound = bool(_LEAD_BOUND.search(c[max(0, m.start(g) - 20):m.start(g)]) or _LEAD_BOUND.search(c[:m.start()]))
                dates = [d for k, x in enumerate(cells) if k != j and (d := _one_date(x))]
                if len(dates) != 1 or list(_dated(c)):
                    continue
                d1, before, n = dates[0], (m.group("dir") or m.group("dir2") or m.group("dir3")) == "truoc", int(m.group(g))
                event = m.group("event") or m.group("event2") or m.group("event3")
                noun = next((e for e in _EVENT_NOUNS if re.search(rf"(?<!\w){e}(?!\w)", event)), None)
                if noun is None:
                    continue
                alias = _EVENT_ALIAS.get(noun, noun)
                cands = set()
                for no2, cells2 in rows:
                    if no2 == no:
                        continue
                    # the row that holds the event itself ("Tổ chức Hội nghị …", "Hội nghị đại biểu …"), not one that
                    # prepares it ("Họp Ban chỉ đạo chuẩn bị hội nghị")
                    named = [x for x in cells2 if (re.match(rf"\s*(?:to\s+chuc\s+|khai\s+mac\s+|tien\s+hanh\s+)?(?:cac\s+)?{alias}(?!\w){_PART_EVENT}", x)
                                                   or noun == "hoi nghi" and re.match(r"\s*(?:to\s+chuc\s+|khai\s+mac\s+)?(?:hoi\s+nghi\s+)?"
                                                                                      + _CONFERENCE_ABBR.pattern, x))
                             and not LEAD_PHRASE.search(x)]
                    ds = [d for x in cells2 if (d := _one_date(x))]
                    if named and len(ds) == 1:
                        cands.add(ds[0])
                p = paras.get(no)
                if p is not None:
                    cands |= _event_dates(ctx, p, noun, (-1, -1))
                cands = {e for e in cands if (e > d1 if before else e < d1)}
                if len(cands) != 1:
                    continue
                e = cands.pop()
                days = abs((e - d1).days)
                if abs(days - n) <= 1 or bound and days >= n:
                    continue
                raw = ctx.doc.raw_lines[no - 1]
                out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=raw.strip(" |"),
                                   detail=f"từ {d1.day:02d}/{d1.month:02d}/{d1.year} đến {e.day:02d}/{e.month:02d}/{e.year} "
                                          f"là {days} ngày, không phải {n} ngày"))
                break
    return out


#: "Thời gian từ ngày ban hành Kế hoạch đến ngày bầu cử là 30 ngày": a count of days between the document's own
#: date and an event whose date the document gives.
SPAN_FROM_OWN = re.compile(
    r"(?<!\w)tu\s+(?:ngay\s+|khi\s+)?(?:ban\s+hanh|ky)(?:\s+(?:ke\s+hoach|thong\s+bao|van\s+ban|quyet\s+dinh)(?:\s+nay)?)?"
    rf"\s+(?:den|toi)\s+(?:ngay\s+|khi\s+)?{_EVENT}\s+(?:la|co|duoc|con)\s+(?:tron\s+)?{_N_DAYS}")


def _own_span_days(rule: Rule, ctx: Context, p) -> list[Finding]:
    """``SPAN_FROM_OWN``: the days from the document's own date to its event, against the count it states."""
    if not ctx.doc.date:
        return []
    own = datetime.date.fromisoformat(ctx.doc.date)
    out = []
    f = p.folded
    for m in SPAN_FROM_OWN.finditer(f):
        noun = next((e for e in _EVENT_NOUNS if re.search(rf"(?<!\w){e}(?!\w)", m.group("event"))), None)
        if noun is None:
            continue
        cands = {e for e in _event_dates(ctx, p, noun, (m.start(), m.end())) if e > own}
        if len(cands) != 1:
            continue
        e = cands.pop()
        n, days = int(m.group("n")), (e - own).days
        if abs(days - n) <= 1:
            continue
        out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(" ,("),
                           detail=f"văn bản ghi ngày {own.day:02d}/{own.month:02d}/{own.year}, sự kiện ngày "
                                  f"{e.day:02d}/{e.month:02d}/{e.year}: cách nhau {days} ngày, không phải {n} ngày"))
    return out


#: "khoản 3 Điều này", "điểm b khoản 2 Điều này": a clause of the article the sentence stands in.
OWN_CLAUSE = re.compile(r"(?<!\w)khoan\s+(?P<n>\d{1,2})\s+(?:cua\s+)?dieu\s+nay(?!\w)")


def check_own_clauses(rule: Rule, ctx: Context) -> list[Finding]:
    """A reference to a clause of the same article ("theo khoản 3 Điều này") that the article does not have.
    Only an article whose clauses are numbered 1, 2, …, n, and not one that amends or quotes another text."""
    out = []
    article: list = []

    counted: dict[tuple[int, str], int] = {}  # (text, article) → its clauses, numbered 1 … n
    refs: list[tuple[int, object]] = []  # (text, paragraph) citing "khoản n Điều m <this text>"
    segment = 0

    def close(paras: list) -> None:
        if len(paras) < 2:
            return
        clauses = [CLAUSE_NO.match(q.text.strip()) for q in paras[1:]]
        nums = [int(c.group(1)) for c in clauses if c]
        if len(nums) < 2 or nums != list(range(1, len(nums) + 1)):
            return
        if any(re.search(r"sua\s+doi|bo\s+sung|thay\s+the|[\"“”]", q.folded) for q in paras):
            return  # an amending article quotes the text it amends
        am = ARTICLE.match(paras[0].text)
        counted.setdefault((segment, am.group(1)), len(nums))
        for q in paras:
            for m in OWN_CLAUSE.finditer(q.folded):
                if int(m.group("n")) > len(nums):
                    out.append(finding(rule, ctx, _ev(ctx, q, m.start(), m.end()), found=q.text[m.start():m.end()],
                                       detail=f"{paras[0].text.split('.')[0].strip()} chỉ có {len(nums)} khoản"))

    for p in ctx.doc.paras:
        if ARTICLE.match(p.text) and p.zone in ("body", "basis", "preamble"):
            close(article)
            article = [p]
        elif CHAPTER.match(p.text.strip()) or ATTACHED.match(p.text) or p.zone not in ("body", "preamble"):
            close(article)
            article = []
            if ATTACHED.match(p.text):
                segment += 1  # an attached text numbers its articles anew
        elif article:
            article.append(p)
        if p.zone in ("body", "preamble") and OTHER_OWN_CLAUSE.search(p.folded):
            refs.append((segment, p))
    close(article)
    # "theo quy định tại khoản 4 Điều 2 Nghị quyết này": a clause of another article of the same text
    for seg, q in refs:
        for m in OTHER_OWN_CLAUSE.finditer(q.folded):
            n = counted.get((seg, m.group("art")))
            if n and int(m.group("n")) > n:
                out.append(finding(rule, ctx, _ev(ctx, q, m.start(), m.end()), found=q.text[m.start():m.end()],
                                   detail=f"Điều {m.group('art')} chỉ có {n} khoản"))
    return out


#: "khoản 4 Điều 2 Nghị quyết này", "khoản 3 Điều 7 của Quy chế này" (folded).
OTHER_OWN_CLAUSE = re.compile(r"(?<!\w)khoan\s+(?P<n>\d{1,2})\s+(?:cua\s+)?dieu\s+(?P<art>\d{1,3})\s+(?:cua\s+)?"
                              r"(?:nghi\s+quyet|quy\s+che|quy\s+dinh|huong\s+uoc|quy\s+uoc|quyet\s+dinh|ke\s+hoach|noi\s+quy)\s+nay(?!\w)")


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
                        rf"|(?<!\w)tong\s+so\s+(?:nguoi\s+)?{words}(?!\w)[^\d;.%]{{0,40}}?(?P<n2>{NUMBER})(?![\d/,%])(?!\s*%)")
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        for m in stated.finditer(p.folded):
            out.append(_num(m.group("n") or m.group("n2")))
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
            if not wholes or any(abs(100.0 * a / n - pct) <= _tolerance(m.group("p")) + 1e-9 for n in wholes):
                continue
            end = m.end("p") + 1
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


#: "tổ chức 03 hội nghị đối thoại: ngày 12/3/2025 tại thôn Đông, ngày 20/8/2025 tại thôn Tây": a number of
#: events, then one date per event after a colon.
DATED_EVENTS = re.compile(rf"(?<![\w/.,])(?P<n>\d{{1,2}})(?:\s*\([^()\d]*\))?\s+(?P<noun>hoi\s+nghi|cuoc\s+hop|cuoc|buoi|dot|lan|phien|ky\s+hop)"
                          r"(?!\w)[^.;:\d()]{0,60}:\s*(?P<list>[^.]*(?:\.(?=\d)[^.]*)*)")
_ONE_DATE = re.compile(r"(?<![\d/])\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?(?![\d/])|(?<!\w)ngay\s+\d{1,2}\s+thang\s+\d{1,2}(?!\d)")


def check_listed_dates(rule: Rule, ctx: Context) -> list[Finding]:
    """A number of meetings (sessions, rounds) followed by their dates, one each, that lists more or fewer
    dates. Silent when an item holds a range or several dates, or the list does not end the sentence."""
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = p.folded
        for m in DATED_EVENTS.finditer(f):
            if _labelled_number(f, m.start()) or re.search(r"(?<!\w)(?:it\s+nhat|toi\s+thieu|toi\s+da|khoang|tren|hon)\s*$",
                                                            f[max(0, m.start() - 12):m.start()]):
                continue
            lst = m.group("list").strip()
            items = [x.strip() for x in re.split(r"\s*;\s*" if ";" in lst else r"\s*,\s*|\s+va\s+", lst) if x.strip()]
            dates = [len(_ONE_DATE.findall(x)) for x in items]
            if len(items) < 2 or any(d != 1 for d in dates) or re.search(r"(?<!\w)(?:den|toi|tu|hoac|du\s+kien)(?!\w)", lst):
                continue  # an item without its own date, a range, a tentative date: not one date per event
            if not re.match(r"\s*ngay\s|\s*\d", items[0]):
                continue
            n = int(m.group("n"))
            if n == len(items):
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(" ."),
                               detail=f"nêu {n} nhưng liệt kê {len(items)} ngày"))
    return out


#: "Ban Thanh tra nhân dân xã gồm 07 thành viên", "BTTND có 05 thành viên": the size of the one people's
#: inspection board of a commune or workplace (boards of which there are several — investment supervision,
#: election teams — are not compared).
BODY_SIZE = re.compile(rf"(?<!\w)(?P<body>ban\s+thanh\s+tra\s+nhan\s+dan|bttnd)(?P<of>\s+(?:cua\s+)?(?:xa|phuong|thi\s+tran|dac\s+khu|"
                       r"cong\s+ty|co\s+quan|don\s+vi|truong|benh\s+vien))?(?!\s+(?:cua\s+)?(?:thon|to|cac|moi|nhiem|khoa))"
                       rf"[^.;:\d]{{0,40}}?(?<!\w)(?:gom|co)\s+(?P<n>{NUMBER})(?:\s*\([^()\d]*\))?\s+(?:thanh\s+vien|nguoi)(?!\w)")
#: A sentence about another term, a change, a range or a condition: its size need not be today's.
_SIZE_CONTEXT = re.compile(r"(?<!\w)(?:nhiem\s+ky|khoa|(?:19|20)\d\d|cu|truoc|kien\s+toan|tang|giam(?!\s+sat)|len|xuong|tu\s+\d|den|toi\s+da|"
                           r"toi\s+thieu|it\s+nhat|khong\s+qua|truong\s+hop|neu|doi\s+voi|duoi|tren|du\s+kien|de\s+nghi|"
                           r"moi|cac|tung|rieng|truc\s+thuoc|thanh\s+lap)(?!\w)")  # boards of sub-units: "Mỗi phòng thành lập …"


def check_body_sizes(rule: Rule, ctx: Context) -> list[Finding]:
    """One people's inspection board stated with two sizes in the same document."""
    seen: dict[str, tuple] = {}
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = p.folded
        for m in BODY_SIZE.finditer(f):
            s0 = max(f.rfind(".", 0, m.start()), f.rfind(";", 0, m.start())) + 1
            nxt = re.search(r"[.;]", f[m.end():])
            sentence = f[s0:m.end() + (nxt.start() if nxt else len(f))]
            if _SIZE_CONTEXT.search(sentence):
                continue
            key = re.sub(r"\s+", " ", (m.group("of") or "").replace("cua ", "")).strip()
            n = _num(m.group("n"))
            if key not in seen:
                seen[key] = (n, p, m.start(), m.end())
                continue
            n0, p0, a0, b0 = seen[key]
            if n0 != n:
                out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                                   usual=p0.text[a0:b0], lines=str(p0.line_at(a0))))
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


# -- a table row against its own total column ------------------------------------------------------------------
#: The header of a total column: "Cộng", "Tổng cộng", "Tổng số", "Tổng", "Cả năm", "Cả giai đoạn".
TOTAL_COLUMN = re.compile(r"^\s*(?:tong\s+cong|tong\s+so|tong|cong|ca\s+nam|ca\s+giai\s+doan|toan\s+giai\s+doan)"
                          r"(?:\s*\([^()]*\))?\s*:?\s*$")
#: Headers of parts that add up to a total: years, quarters, months, or names with the same first word
#: ("Thôn Đông | Thôn Tây", "Năm 2027 | Năm 2028", "Quý I | Quý II").
#: The voters' column of a vote's table: "Tổng số tham gia", "Tổng số người biểu quyết", "Tổng số đại diện hộ tham gia".
VOTERS_COLUMN = re.compile(r"^\s*tong\s+so\s+(?:nguoi\s+|ho\s+|dai\s+dien\s+(?:ho\s+)?)?(?:tham\s+gia(?:\s+bieu\s+quyet)?"
                           r"|bieu\s+quyet)\s*$")
PERIOD_HEADER = re.compile(r"^\s*(?:nam\s+)?(?:19|20)\d\d\s*$|^\s*(?:quy|thang|dot|giai\s+doan)\s+[\divx]+(?:\s*/\s*\d{4})?\s*$")
#: A column that is no part: a rate, an average, a note, "of which", a plan beside its result.
NOT_A_PART = re.compile(r"%|(?<!\w)(?:ty\s+le|ti\s+le|binh\s+quan|trung\s+binh|trong\s+do|ghi\s+chu|don\s+vi|dvt|"
                        r"ke\s+hoach|chi\s+tieu|so\s+sanh|tang|giam|luy\s+ke)(?!\w)")


PLACE_HEADER = re.compile(r"^\s*(?:thon|to\s+dan\s+pho|to|xom|ban|ap|khu\s+pho|khu|xa|phuong|dac\s+khu|phong|khoa|"
                          r"xi\s+nghiep|chi\s+nhanh|nha\s+may|phan\s+xuong|truong|don\s+vi)(?=\s+\S)")


#: The options of one vote, which share out those who voted: "Tán thành | Không tán thành | Không biểu quyết".
VOTE_OPTION = re.compile(r"^\s*(?:so\s+)?(?:phieu\s+|nguoi\s+)?(?:(?:khong\s+)?(?:tan\s+thanh|dong\s+y|bieu\s+quyet)|"
                         r"y\s+kien\s+khac|phieu\s+trang)\s*$")


def _parts_alike(heads: list[str]) -> bool:
    if all(PERIOD_HEADER.match(h) for h in heads):
        return True
    if all(VOTE_OPTION.match(h) for h in heads) and len(set(heads)) == len(heads):
        return True
    # places or units of the same kind: "Thôn Đông | Thôn Tây", "Xí nghiệp 1 | Xí nghiệp 2"
    kinds = {m.group() if (m := PLACE_HEADER.match(h)) else "" for h in heads}
    return len(kinds) == 1 and "" not in kinds and len(set(heads)) == len(heads)


def check_row_sums(rule: Rule, ctx: Context) -> list[Finding]:
    """Each row of a table whose last column is its total ("| Nội dung | 2027 | 2028 | Cộng |") against the sum
    of the part columns before it. Only parts of one kind (years, quarters, places) are added."""
    return [f for t in pipe_tables(_aligned(ctx), 2) if len(t) >= 2
            for f in [*_row_sums(rule, ctx, t), *_status_rows(rule, ctx, t)]]


#: The columns of a table of petitions: received, then its statuses (folded headers).
_RECEIVED_COL = re.compile(r"^\s*(?:tong\s+)?(?:so\s+)?(?:(?:kien\s+nghi|don(?:\s+thu)?|y\s+kien|phan\s+anh|vu\s+viec)\s+)?"
                           r"(?:(?:da\s+)?tiep\s+nhan|(?:da\s+)?nhan(?:\s+duoc)?)\s*$")
_DONE_COL = re.compile(r"^\s*(?:so\s+)?(?:kien\s+nghi\s+|don\s+)?da\s+(?:xem\s+xet\s*,?\s*)?(?:giai\s+quyet|tra\s+loi|xu\s+ly)(?:\s+xong)?\s*$")
_PENDING_COL = re.compile(r"^\s*(?:so\s+)?(?:kien\s+nghi\s+|don\s+)?(?:dang\s+(?:xem\s+xet|giai\s+quyet|xu\s+ly|xac\s+minh)"
                          r"|chua\s+(?:giai\s+quyet|tra\s+loi|xu\s+ly)|con\s+ton|ton\s+dong)\s*$")


def _status_rows(rule: Rule, ctx: Context, table: list[tuple[int, list[str]]]) -> list[Finding]:
    """A table of petitions by subject, "| Nội dung | Tiếp nhận | Đã giải quyết | Đang xem xét |": on each row the
    statuses (done, not yet) add up to those received. Read only when every figure column is one of these, with one
    received column and at least one of each status; the total row is judged only when every other row adds up."""
    header = [fold_keep_length(c).lower() for c in table[0][1]]
    recv = [j for j, h in enumerate(header) if _RECEIVED_COL.match(h)]
    done = [j for j, h in enumerate(header) if _DONE_COL.match(h)]
    pend = [j for j, h in enumerate(header) if _PENDING_COL.match(h)]
    if len(recv) != 1 or not done or not pend:
        return []
    parts, r = done + pend, recv[0]
    bad, total_bad = [], []
    for no, cells in table[1:]:
        if len(cells) != len(header):
            continue
        if any(re.fullmatch(NUMBER, c) for j, c in enumerate(cells) if j not in parts and j != r):
            return []  # another figure column: not a plain status table
        vals = [cells[j] for j in parts]
        if not all(re.fullmatch(NUMBER, v) for v in vals + [cells[r]]):
            continue
        whole, got = _num(cells[r]), sum(_num(v) for v in vals)
        if whole == got:
            continue
        f = finding(rule, ctx, ctx.doc.evidence_line(no), found=" | ".join(cells), column=table[0][1][r],
                    detail=f"{' + '.join(vals)} = {_vn_int(got)}, không phải {cells[r]}")
        (total_bad if TOTAL_ROW.match(fold_keep_length(cells[0]).lower()) else bad).append(f)
    return bad or total_bad


def _row_sums(rule: Rule, ctx: Context, table: list[tuple[int, list[str]]]) -> list[Finding]:
    header = [fold_keep_length(c).lower() for c in table[0][1]]
    t = len(header) - 1
    voters = t >= 3 and bool(VOTERS_COLUMN.match(header[t]))
    if t < 3 or not TOTAL_COLUMN.match(header[t]) and not voters:
        return []
    first = 2 if re.fullmatch(r"\s*(?:s?tt|so\s+tt)\s*", header[0]) else 1
    if first == 1 and _parts_alike(header[:t]):
        first = 0  # "| Quý I | Quý II | Quý III | Quý IV | Cả năm |": no label column, the first column is a part
    parts = list(range(first, t))
    if len(parts) < 2 or any(NOT_A_PART.search(header[j]) or TOTAL_COLUMN.match(header[j]) for j in parts) \
            or not _parts_alike([header[j] for j in parts]):
        return []
    if voters and not (all(VOTE_OPTION.match(header[j]) for j in parts)
                       and any(re.search(r"(?<!\w)(?:khac|khong\s+bieu\s+quyet|trang)$", header[j]) for j in parts)):
        return []  # those who took part make the options only when one option holds everyone else
    out = []
    for no, cells in table[1:]:
        if len(cells) != len(header):
            continue
        vals = [cells[j] for j in parts]
        if not all(re.fullmatch(NUMBER, v) for v in vals + [cells[t]]):
            continue
        total, s = _num(cells[t]), sum(_num(v) for v in vals)
        if total == s:
            continue
        out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=" | ".join(cells), column=table[0][1][t],
                           detail=f"{' + '.join(vals)} = {_vn_int(s)}, không phải {cells[t]}"))
    return out


# -- a table row's rate against the two counts beside it ---------------------------------------------------------
#: The header of a rate column: "Tỷ lệ (%)", "Tỷ lệ", "%", "Đạt (%)".
RATE_COLUMN = re.compile(r"^\s*(?:(?:ty|ti)\s+le|dat)?[^%|]{0,40}?(?:\(\s*%\s*\)|%)\s*$|^\s*(?:ty|ti)\s+le(?:\s+[^\d|]{0,40})?\s*$")
PERCENT_CELL = re.compile(r"^\s*(\d{1,3}(?:,\d{1,2})?)\s*%?\s*$")


def _whole_and_part(whole: str, part: str) -> bool:
    """Headers of a whole and its part: "Tổng số hộ | Số hộ dự họp", "Số phiếu phát ra | Số phiếu tán thành",
    "Kế hoạch | Thực hiện" — not two parts of a third number ("Tán thành | Không tán thành", a rate of those present)."""
    whole, part = " ".join(whole.split()), " ".join(part.split())
    if re.search(r"(?<!\w)khong(?!\w)", whole + " " + part):
        return False
    if whole.startswith("ke hoach") and part.startswith("thuc hien"):
        return True
    w = re.sub(r"^tong\s+(?:so\s+)?", "so ", whole).split()
    pw = part.split()
    if len(w) >= 2 and w[0] == "so" and pw[:2] == w[:2]:
        return True
    # "Số hộ | Hộ tham dự", "Số cử tri | Cử tri đi bầu": the part's noun without "số", then what it counts
    return len(w) == 2 and w[0] == "so" and len(pw) >= 2 and pw[0] == w[1]


def check_row_percents(rule: Rule, ctx: Context) -> list[Finding]:
    """A row "| Thôn Đông | 120 | 98 | 81,7 |" under "| … | Số hộ | Số hộ dự | Tỷ lệ (%) |": the rate must be one
    count of the row over the other (either way round: a result over a plan may pass 100%). Only rows with
    exactly two counts before the rate are read."""
    return [f for t in pipe_tables(_aligned(ctx), 2) if len(t) >= 2 for f in _row_percents(rule, ctx, t)]


def _row_percents(rule: Rule, ctx: Context, table: list[tuple[int, list[str]]]) -> list[Finding]:
    header = [fold_keep_length(c).lower() for c in table[0][1]]
    if any(re.search(r"(?<!\w)(?:binh\s+quan|trung\s+binh|tang|giam|so\s+voi|cung\s+ky)(?!\w)", h) for h in header):
        return []
    out = []
    for r, h in enumerate(header):
        if r < 2 or not RATE_COLUMN.match(h) or "%" not in h and not re.match(r"\s*(?:ty|ti)\s+le", h):
            continue
        counts = [j for j in range(r) if j and not RATE_COLUMN.match(header[j])
                  and any(len(c) == len(header) and re.fullmatch(NUMBER, c[j]) for _, c in table[1:])]
        # the two columns right before the rate, and no other count column in the table before them
        if counts != [r - 2, r - 1]:
            continue
        a, b = r - 2, r - 1
        if not _whole_and_part(header[a], header[b]):
            continue
        for no, cells in table[1:]:
            if len(cells) != len(header):
                continue
            # a rate may be spelled ("Tám mươi sáu phần trăm")
            m = PERCENT_CELL.match(re.sub(r"\s*phần\s+trăm\s*$", "%", digits_for_words(cells[r].lower())))
            if not (re.fullmatch(NUMBER, cells[a]) and re.fullmatch(NUMBER, cells[b]) and m):
                continue
            x, y = _num(cells[a]), _num(cells[b])
            p = float(m.group(1).replace(",", "."))
            tol = _tolerance(m.group(1)) + 0.05
            fits = [100 * n / d for n, d in ((x, y), (y, x)) if d]
            if not fits or any(abs(f - p) <= tol for f in fits):
                continue
            lo, hi = min(x, y), max(x, y)
            out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=" | ".join(cells), column=table[0][1][r],
                               detail=f"{_vn_int(lo)}/{_vn_int(hi)} = {_vn_pct(100 * lo / hi)}%, không phải {m.group(1)}%"))
    return out



# --- rulesV (round 10): a ratio and its percentage in any of the usual phrasings ---
#: A count: "2.714" (dots between thousands) or "2714"; not part of a decimal "91,2" or of a date "12/2025/…".
_RNUM = r"\d{1,3}(?:\.\d{3})+|\d{1,6}"
#: "a/b", "a hộ/b hộ", "a trên b", "a trên tổng số b", "a trong tổng số b" (folded text, numbers as digits).
_RATIO_CORE = (rf"(?P<a>{_RNUM})(?![\d,.]\d)(?:\s+[^\W\d_]+){{0,2}}\s*(?:/|\s(?:tren|trong)\s+(?:tong\s+so\s+)?)\s*"
               rf"(?P<b>{_RNUM})(?![\d/]|[,.]\d)")
#: "… a/b …, đạt p%", "… a/b … (p%)", "a/b … = p%", "a/b …; tỷ lệ p%": the percentage after the ratio, only
#: words (no number, no sentence end) between them.
RATIO_THEN_PCT = re.compile(
    rf"(?<![\w/.,]){_RATIO_CORE}(?P<mid>[^\d%;.:()=]{{0,90}}?)"
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
        if re.search(r"(?<!\w)(?:tang|giam|so\s+voi|nam\s+\d{4})(?!\w)", m.groupdict().get("mid") or ""):
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
    rxs = [rf"(?<!\w)(?:tong\s+)?so\s+{words}\s*(?:\||:)?\s*(?:(?:la|co|gom|bang|du\s+kien)\s+)?(?P<y>\d{{1,3}}(?:\.\d{{3}})*)(?![\d/,.]\d)",
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


def _status_table(rule: Rule, ctx: Context, table: list[tuple[int, list[str]]]) -> list[Finding]:
    out = []
    header, rows = table[0][1], table[1:]
    labels = [fold_keep_length(c[0]) for _, c in rows]
    # rows: a counted whole, then status rows to the end of the table
    for i in range(len(rows) - 2):
        if STATUS_LABEL.match(labels[i]) or labels[i].startswith(("trong do", "-", "+")):
            continue
        if not _status_group(labels[i + 1:]) and not (re.match(r"\s*tong\s+so(?!\w)", labels[i].lower())
                                                      and _disposition_group(labels[i + 1:])):
            continue
        for j in range(1, len(header)):
            if NOT_ADDED.search(fold_keep_length(header[j])):
                continue
            col = [c[j] if j < len(c) else "" for _, c in rows[i:]]
            if not all(re.fullmatch(NUMBER, v) for v in col):
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


def check_status_parts(rule: Rule, ctx: Context) -> list[Finding]:
    """Items counted, then split by status to the end of the list ("27 kiến nghị: đã giải quyết 19, đang
    giải quyết 6"; a table's rows or columns "Đã giải quyết | Đang giải quyết"): the parts must add up to
    the whole. Not read when another kind of part follows ("chuyển cơ quan khác 2") or the statuses are of
    different actions ("đã công khai" / "đang hoàn thiện")."""
    out = [f for t in pipe_tables(_aligned(ctx), 2) if len(t) >= 3 for f in _status_table(rule, ctx, t)]
    paras = list(ctx.doc.zone("preamble", "body", "closing"))
    for i, p in enumerate(paras):
        found = _status_prose(rule, ctx, p)  # "| Đã giải quyết | 19 |": a cell between, not read as prose
        out += found or _received_prose(rule, ctx, p, paras[i + 1] if i + 1 < len(paras) else None)
    return out + _received_list(rule, ctx)


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
DISPOSED = re.compile(r"(?<!\w)(?P<st>da|dang|chua|con)\s+(?P<verb>(?:[^\W\d_]+,?\s+){1,5}?)(?:xong\s+)?"
                      r"(?P<n>\d{1,3})(?![\d/,.]\d|\s*/)\s+(?P<noun>[^\W\d_]+)")
_DONE_VERB = re.compile(r"(?<!\w)(?:giai\s+quyet|tra\s+loi|xu\s+ly|ket\s+thuc)(?!\w)")


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
        a, b = w.start(), w.end() + parts[-1].end()
        if joined and b > len(p.text):  # the parts on the next line: the evidence runs to it
            ev = _ev(ctx, p, a, len(p.text))
            ev = Evidence(ev.text, ev.line, max(ev.end_line, after.end_line), ev.paragraph, ev.section)
            out.append(finding(rule, ctx, ev, found=p.text[w.start():w.end()],
                               detail=f"{' + '.join(m.group('n') for m in parts)} = {_vn_int(sum(nums))}, "
                                      f"không phải {w.group('n')}"))
            continue
        out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[w.start():w.end()],
                           detail=f"{' + '.join(m.group('n') for m in parts)} = {_vn_int(sum(nums))}, "
                                  f"không phải {w.group('n')}"))
    return out



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
            if len(parts) < 2 or not all(parts):
                continue
            if m.group("noun") and any(x.group("noun") and x.group("noun") != m.group("noun") for x in parts):
                continue  # parts counted in another unit
            total, s = _num(m.group("total")), sum(_num(x.group("n")) for x in parts)
            if s == total or (cue.startswith("trong") and s < total):
                continue
            terms = " + ".join(str(_num(x.group("n"))) for x in parts)
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(),
                               detail=f"{terms} = {s}, {'nhiều hơn' if s > total else 'không phải'} {total}"))
    return out


# -- absent_count: the whole, those present, those absent ---------------------------------------------------------
#: The whole a meeting is counted against, as a label and its number: "Tổng số hộ gia đình trong thôn: 148 hộ",
#: "Số đại biểu được triệu tập: 190", "tổng số người lao động là 312". Folded text.
_LABEL_END = r"\s*(?::|\s(?:la|gom|co))?\s*"
_PLACE = r"(?:thon|ban|lang|xom|ap|to\s+dan\s+pho|khu\s+pho|to|xa|phuong|cong\s+ty|co\s+quan|don\s+vi|benh\s+vien|truong)"
POPULATION = re.compile(rf"(?<!\w)(?P<label>tong\s+so(?:,?\s+[a-z]+){{1,9}}?|so(?:\s+[a-z]+){{1,4}}?\s+(?:duoc\s+)?(?:trieu\s+tap|moi\s+du)"
                        rf"|so(?:\s+[a-z]+){{1,3}}?\s+(?:trong|cua|toan)\s+{_PLACE}(?:\s+[a-z]+){{0,3}}?|tong\s+so)"
                        rf"{_LABEL_END}(?P<n>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)(?:\s+(?P<unit>[a-z]+))?")
_ATTEND = (r"co\s+mat|du\s+hop|tham\s+du|du\s+hoi\s+nghi|di\s+bau|tham\s+gia\s+bo\s+phieu"
           r"|co\s+su\s+tham\s+gia\s+cua")  # "Hội nghị có sự tham gia của 62 đại biểu"
#: Those present: "số đại diện hộ có mặt: 97", "có mặt: 118 đại biểu", "dự họp 97 hộ", "97 đại diện hộ có mặt".
PRESENT = re.compile(rf"(?<!\w)(?P<label>(?:so\s+)?(?:[a-z]+\s+){{0,4}}?(?:{_ATTEND}))"
                     rf"{_LABEL_END}(?P<n>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)(?:\s+(?P<unit>[a-z]+))?"
                     rf"|(?<![\w/.,])(?P<n2>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)\s+(?P<unit2>[a-z]+)(?:\s+[a-z]+){{0,3}}?\s+(?:{_ATTEND})(?!\w)")
#: Those present as a ratio of the whole: "có mặt 45/52 đại biểu", "45/52 đại biểu có mặt", "dự họp: 97/148 hộ".
PRESENT_RATIO = re.compile(rf"(?<!\w)(?P<label>(?:so\s+)?(?:[a-z]+\s+){{0,4}}?(?:{_ATTEND})){_LABEL_END}"
                           rf"(?P<n>{NUMBER})\s*/\s*(?P<whole>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)(?:\s+(?P<unit>[a-z]+))?"
                           rf"|(?<![\w/.,])(?P<n2>{NUMBER})\s*/\s*(?P<whole2>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)\s+(?P<unit2>[a-z]+)"
                           rf"(?:\s+[a-z]+){{0,3}}?\s+(?:{_ATTEND})(?!\w)")
#: Those absent: "số hộ không có người dự: 53", "vắng: 72", "vắng mặt 12 người", "12 đại biểu vắng mặt".
ABSENT = re.compile(rf"(?<!\w)(?P<label>(?:so\s+)?(?:[a-z]+\s+){{0,4}}?(?:vang(?:\s+mat)?|khong\s+(?:co\s+(?:nguoi\s+)?(?:dai\s+dien\s+)?(?:cua\s+ho\s+)?)?"
                    rf"(?:du|tham\s+du|co\s+mat|di\s+bau|tham\s+gia\s+bo\s+phieu)(?:\s+hop|\s+hoi\s+nghi)?))"
                    rf"{_LABEL_END}(?P<n>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)(?:\s+(?P<unit>[a-z]+(?:\s+(?:bieu|tri|dien\s+ho|dong))?))?"
                    rf"|(?<![\w/.,])(?P<n2>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)\s+(?P<unit2>[a-z]+)(?:\s+[a-z]+){{0,3}}?\s+vang(?:\s+mat)?(?!\w)")
#: A label that counts only some of the absent or present ("vắng có lý do", "có mặt đúng giờ", "dự họp lần 2"),
#: or a total that is not the meeting's whole ("tổng số phiếu", "tổng số ý kiến").
_SOME = re.compile(r"(?<!\w)(?:ly\s+do|phep|dung\s+gio|muon|lan|dot|phieu|y\s+kien|kien\s+nghi|khach|moi\s+them|nu|dang\s+vien|"
                   r"uy\s+quyen|thay|dai\s+bieu\s+khach)(?!\w)")


def _unit(after: str) -> str | None:
    """The unit of a count from the words after it: "đại diện hộ" counts households, "đại biểu", "cử tri" two words."""
    w = re.match(r"\s*([a-z]+(?:\s+[a-z]+){0,2})", after)
    if not w:
        return None
    words = w.group(1).split()
    if words[:2] == ["dai", "dien"]:
        return "ho"
    if words[:2] in (["dai", "bieu"], ["cu", "tri"], ["lao", "dong"]):
        return " ".join(words[:2])
    return words[0] if words[0] in ("ho", "nguoi", "thanh", "can", "vien", "cong", "hoc", "nhan") else None


def _complement_count(m, ctx_text: str) -> tuple[int, str | None] | None:
    """A matched count and its unit; None when its label or what follows restricts it to a part."""
    key = "n" if m.group("n") else "n2"
    label = m.group("label") or ""
    after = ctx_text[m.end():m.end() + 25]
    if _SOME.search(label) or re.match(r"\s*,?\s*(?:co\s+ly\s+do|khong\s+(?:co\s+)?ly\s+do|co\s+phep|khong\s+phep)", after):
        return None
    if re.match(r"\s*\(\s*(?:co\s+ly\s+do|khong\s+(?:co\s+)?ly\s+do|co\s+phep|khong\s+phep)", after) \
            and not re.match(r"\s*\(\s*(?:deu\s+)?(?:co\s+ly\s+do|co\s+phep)\s*\)\s*(?:[.;]|$)", ctx_text[m.end():]):
        return None  # "vắng 5 người (có lý do)." qualifies the whole; "(có lý do 3, không lý do 2)" splits it
    tail = ctx_text[m.end(key):m.end(key) + 30]
    if re.match(r"\s*/\s*\d", tail):  # "45/52 đại biểu": the unit after the whole
        tail = re.sub(r"^\s*/\s*[\d.]+", "", tail)
    return _num(m.group(key)), _unit(tail)


_NOT_WHOLE = re.compile(r"(?<!\w)(?:co\s+mat|du|tham\s+du|vang|tan\s+thanh|bieu\s+quyet|dong\s+y|phieu|y\s+kien|kien\s+nghi|don|"
                        r"nu|dang\s+vien|ngheo|trong\s+do)(?!\w)")


def _present_counts(pattern, text: str) -> list[tuple[int, str | None, object]]:
    """Counts of those present, without the absent phrased as a negation ("số hộ không có người đại diện tham
    dự: 91" is not a count of "có người đại diện tham dự")."""
    return [x for x in _counts(pattern, text) if "khong" not in (x[2].group("label") or "")
            and not re.search(r"(?<!\w)khong\s+$", text[:x[2].start()])]


def _counts(pattern, text: str, end: int | None = None) -> list[tuple[int, str | None, object]]:
    out = []
    for m in pattern.finditer(text, 0, len(text) if end is None else end):
        at = m.start("n") if m.group("n") else m.start("n2")
        if _labelled_number(text, at) and not re.search(r"tong\s+so\s*:?\s*$", text[:at]):
            continue  # "số 7": a name, not a count; "tổng số 148 hộ" is a count
        c = _complement_count(m, text)
        if c:
            out.append((*c, m))
    return out


#: A row of a two-column table of labelled counts, "| Số hộ không có người đại diện dự họp | 84 | |" (folded).
_LABEL_ROW = re.compile(r"^(?P<lead>[ \t]*\|)(?P<label>[^|\d]{3,120}?)\|(?P<rest>[^\n]*)$", re.MULTILINE)


def _label_rows(f: str) -> str:
    """The folded text with each row of labelled counts read as "label: number; …" (same length): a vertical table
    ("| Tổng số hộ gia đình trong thôn | 214 | 100% |") states the whole, the present and the absent like a list."""
    if "|" not in f:
        return f
    return _LABEL_ROW.sub(lambda m: " " * len(m.group("lead")) + m.group("label") + ":" + m.group("rest").replace("|", ";"), f)


def check_absent_count(rule: Rule, ctx: Context) -> list[Finding]:
    """The whole of a meeting, those present and those absent, each stated ("Tổng số hộ: 148; số đại diện
    hộ có mặt: 97; số hộ không có người dự: 53"): the absent must be the whole less the present. Read in the
    paragraph of the absent count and the three before it; silent when the whole or the present count is not
    the only one there (a delegates' meeting names the staff and the delegates called: the delegates are the
    whole), when a count is of a part ("vắng có lý do", "nữ") or the units differ."""
    out = [f for t in pipe_tables(_aligned(ctx), 2) if len(t) >= 2 for f in _complement_table(rule, ctx, t)]
    paras = list(ctx.doc.zone("preamble", "body", "closing"))
    for i, p in enumerate(paras):
        f = _label_rows(p.folded)
        absent = _counts(ABSENT, f)
        if len({a[0] for a in absent}) != 1:
            continue
        b, b_unit, bm = absent[0]
        scope = [_label_rows(q.folded) for q in paras[max(0, i - 3):i]] + [f[:bm.start()]]
        # "Số hộ vắng mặt: 20 hộ; số hộ có mặt: 60 hộ": those present told after the absent, in its sentence
        after = re.match(r"(?:[^.]|\.(?=\d))*", f[bm.end():]).group(0)
        wholes, present = [], _present_counts(PRESENT, after)
        for t in scope:
            wholes += [w for w in _counts(POPULATION, t) if not _NOT_WHOLE.search(w[2].group("label"))]
            present += _present_counts(PRESENT, t)
            for x in _present_counts(PRESENT_RATIO, t):
                present.append(x)
                wholes.append((_num(x[2].group("whole") or x[2].group("whole2")), x[1], x[2]))
        called = [w for w in wholes if re.search(r"trieu\s+tap|moi\s+du", w[2].group("label") or "")]
        if len({w[0] for w in called}) == 1:
            wholes = called
        if len({w[0] for w in wholes}) != 1 or len({x[0] for x in present}) != 1:
            continue
        (n, n_unit, _), (a, a_unit, _) = wholes[0], present[0]
        units = {u for u in (n_unit, a_unit, b_unit) if u}
        # "người" is any person counted; households ("hộ") are not persons
        if len(units - {"nguoi"}) > 1 or ("ho" in units and len(units) > 1) or not 0 < a or n - a == b:
            continue
        if a >= n:  # "Tổng số CBCCVC là 48 người, có mặt 51 người, vắng 0 người": more present than the whole
            if a > n:
                out.append(finding(rule, ctx, _ev(ctx, p, bm.start(), bm.end()), found=p.text[bm.start():bm.end()].strip(),
                                   detail=f"số có mặt {_vn_int(a)} lớn hơn tổng số {_vn_int(n)}"))
            continue
        out.append(finding(rule, ctx, _ev(ctx, p, bm.start(), bm.end()), found=p.text[bm.start():bm.end()].strip(),
                           detail=f"{_vn_int(n)} − {_vn_int(a)} = {_vn_int(n - a)}, không phải {_vn_int(b)}"))
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


_BULLET_ITEM = re.compile(r"^\s*(?:[-–+•*]|[a-zđ]\)|\d{1,2}[.)])\s+")
_PART_OF_PART = re.compile(r"(?<!\w)(?:trong\s+do|bao\s+gom|gom|ngoai\s+ra|rieng)(?!\w)")


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
            rx += rf"|(?<![\w/.,])(?P<y2>{NUMBER})\s*/\s*{NUMBER}(?!\d|[.,]\d|\s*/|\s*%)\s+{noun}\s+{qual}(?!\w)"
        # every number stated right after the qualifier anywhere ("số đại diện hộ có mặt: 150"), so that two
        # meetings or two years leave the base unknown
        for m in re.finditer(rf"(?<!\w){qual}\s*(?::|la|co)?\s*(?P<y>{NUMBER})(?!\d|[.,]\d|\s*%)", text):
            if not skip[0] <= m.start("y") < skip[1]:
                found.add(_num(m.group("y")))
        for m in re.finditer(rx, text):
            if m.group("y2"):
                if not skip[0] <= m.start("y2") < skip[1]:
                    found.add(_num(m.group("y2")))
                continue
            if skip[0] <= m.start("y") < skip[1]:
                continue
            unit = m.group("unit") or ""
            if noun and unit and not re.match(noun, unit) and unit.split()[0] not in ("nguoi",):
                continue
            found.add(_num(m.group("y")))
    return found.pop() if len(found) == 1 and -1 not in found else None


def check_rate_base(rule: Rule, ctx: Context) -> list[Finding]:
    """A percentage of a base the document names ("Tỷ lệ trên số đại biểu có mặt"; "đạt 88,6% số đại biểu có
    mặt") and states once elsewhere ("có mặt: 118 đại biểu"): the count over that base must give the
    percentage, within the rounding of its last written digit. Silent when the base is stated several times
    (two meetings, two years) or not at all, when a row has more than one count, or the count exceeds the base."""
    paras = list(ctx.doc.zone("preamble", "body", "closing"))
    keys = [fold_keep_length(p.key).lower() for p in paras]
    text = "\n".join(keys)
    out = []
    for table in pipe_tables(_aligned(ctx), 2):
        if len(table) < 2:
            continue
        header = [fold_keep_length(c).lower() for c in table[0][1]]
        for r, h in enumerate(header):
            hm = RATE_BASE_HEAD.match(h)
            if not hm or r < 2:
                continue
            phrase = " ".join(hm.group("phrase").split())
            # "Tỷ lệ trên số người dự": those who attend are those present ("có mặt: 31 người")
            base = _stated_base(text, re.sub(r"(?<=\s)du$", "co mat", phrase))
            if not base:
                continue
            for no, cells in table[1:]:
                if len(cells) != len(header):
                    continue
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


_PLACE = r"(?:thon|to\s+dan\s+pho|buon|ban|ap|xom|lang|khu\s+pho|khu\s+dan\s+cu|soc|phum|to)"
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


_ABSENT_HEAD = re.compile(rf"(?<!\w)(?:vang(?:\s+mat)?|khong\s+(?:co\s+(?:nguoi\s+)?(?:dai\s+dien\s+)?(?:cua\s+ho\s+)?)?(?:du|tham\s+du|co\s+mat|di\s+bau))(?!\w)")


def _complement_table(rule: Rule, ctx: Context, table: list[tuple[int, list[str]]]) -> list[Finding]:
    """"| Thôn | Tổng số hộ | Số hộ dự họp | Số hộ vắng |": one column of each kind; every row checked."""
    header = [fold_keep_length(c).lower() for c in table[0][1]]
    absent = [j for j, h in enumerate(header) if _ABSENT_HEAD.search(h) and not _SOME.search(h)]
    present = [j for j, h in enumerate(header) if re.search(rf"(?<!\w)(?:{_ATTEND})(?!\w)", h)
               and j not in absent and not _SOME.search(h) and not NOT_ADDED.search(h)]
    whole = [j for j, h in enumerate(header) if j not in absent + present and not NOT_ADDED.search(h)
             and re.match(rf"\s*(?:tong\s+so|so\s+[a-z ]*?(?:trieu\s+tap|(?:trong|cua)\s+{_PLACE}))", h)
             and not _NOT_WHOLE.search(h)]
    if len(absent) != 1 or len(present) != 1 or len(whole) != 1:
        return []
    (n, a, b), out = (whole[0], present[0], absent[0]), []
    for no, cells in table[1:]:
        if len(cells) != len(header) or not all(re.fullmatch(NUMBER, cells[j]) for j in (n, a, b)):
            continue
        x, y, z = _num(cells[n]), _num(cells[a]), _num(cells[b])
        if y <= x and x - y != z:
            out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=" | ".join(cells), column=table[0][1][b],
                               detail=f"{_vn_int(x)} − {_vn_int(y)} = {_vn_int(x - y)}, không phải {_vn_int(z)}"))
    return out


# -- a hand vote's for, against and abstaining against those present ------------------------------------------------
_FOR = r"(?<!khong\s)(?:tan\s+thanh|dong\s+y|nhat\s+tri)"
_AGAINST = r"khong\s+tan\s+thanh|khong\s+dong\s+y|khong\s+nhat\s+tri|phan\s+doi"
_ABSTAIN = r"khong\s+bieu\s+quyet|khong\s+tham\s+gia\s+bieu\s+quyet|khong\s+co\s+y\s+kien|khong\s+y\s+kien|y\s+kien\s+khac"


def _vote(sentence: str, label: str) -> list[int]:
    """Every count the sentence gives for ``label``: "80 đại diện hộ tán thành", "tán thành: 80", "tán thành 80 hộ"."""
    rx = (rf"(?<![\w/.,])(?P<a>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)(?:\s+[a-z]+){{0,3}}?\s+(?:{label})(?!\w)"
          rf"|(?<!\w)(?:{label})\s*(?::|la|co)?\s*(?P<b>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)")
    counts = [_num(m.group("a") or m.group("b")) for m in re.finditer(rx, sentence)]
    # "không có hộ nào có ý kiến khác", "không có đại biểu nào không tán thành": none, a count of 0
    none = rf"(?<!\w)khong\s+co\s+(?:[a-z]+\s+){{1,3}}?nao\s+(?:co\s+)?(?:{label})(?!\w)"
    return counts + [0 for _ in re.finditer(none, sentence)]


#: "62 trên (tổng số) 70 hộ": a part of a whole, read as "62/70".
_OUT_OF = re.compile(rf"(?<![\w/.,])({NUMBER})\s+tren\s+(?:tong\s+so\s+)?({NUMBER})(?![\d/]|[.,]\d)")


def check_vote_totals(rule: Rule, ctx: Context) -> list[Finding]:
    """A show-of-hands vote that states its for, against and abstaining ("80 tán thành, 14 không tán thành, 03
    không biểu quyết"), against the one number of those present the document gives before it ("số đại diện hộ
    có mặt: 97"): the three must add up to those present. Silent for ballots ("phiếu": counted against the
    ballots returned), when a category is missing (some may not have voted), when the document gives several
    numbers present (two meetings, someone left), a category twice, or the vote is under half of those present
    (a smaller body voting: "Ban công tác Mặt trận biểu quyết: 5 tán thành …")."""
    paras = list(ctx.doc.zone("preamble", "body", "closing"))
    out, present, voters = [], [], []
    for p in ctx.doc.paras:
        f = p.folded
        if p.zone == "header":  # a short excerpt's first lines ("Số hộ có mặt: 45/60 hộ.") may be read as its header
            if not RANK_LINE.search(f):
                present += _present_counts(PRESENT, _OUT_OF.sub(r"\1/\2", f))
                present += _present_counts(PRESENT_RATIO, _OUT_OF.sub(r"\1/\2", f))
            continue
        if p.zone not in ("preamble", "body", "closing"):
            continue
        for sent in re.finditer(r"(?:[^.\n]|\.(?=\d))+", f):
            s = sent.group(0)
            out += _one_over_present(rule, ctx, p, sent, {x[0] for x in present})
            out += _shares_over_whole(rule, ctx, p, sent)
            fo, ag, ab = _vote(s, _FOR), _vote(s, _AGAINST), _vote(s, _ABSTAIN)
            out += _votes_exceed_whole(rule, ctx, p, sent, {x[0] for x in present})
            if len(fo) == 1 and len(ag) == 1 and len(ab) == 1 and "phieu" not in s \
                    and not re.search(r"\d\s*/\s*\d", _DATE_SLASH.sub(" ", s)):
                # "Có 180 hộ dự họp, 150 hộ tán thành, …": those present told in the vote's own sentence
                r = _OUT_OF.sub(r"\1/\2", s)  # "Có 62 trên 70 hộ dự họp": 62 present of 70
                here = {x[0] for x in _present_counts(PRESENT, r) + _present_counts(PRESENT_RATIO, r)}
                # s18-ic (u63-12 l.20): "Số đại diện hộ tham gia biểu quyết: 130" told before: every voter picks one
                # answer, so the three make those who voted (those present may be more)
                base = here if len(here) == 1 else ({x[0] for x in voters} if len({x[0] for x in voters}) == 1
                                                     else {x[0] for x in present})
                total = fo[0] + ag[0] + ab[0]
                # a vote far smaller than those present is a smaller body's (a committee voting within the meeting)
                if len(base) == 1 and total != next(iter(base)) and 2 * total >= next(iter(base)):
                    n = next(iter(base))
                    a, b = sent.start(), sent.end()
                    out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b].strip(),
                                       detail=f"{_vn_int(fo[0])} + {_vn_int(ag[0])} + {_vn_int(ab[0])} = {_vn_int(total)}, "
                                              f"không phải {_vn_int(n)} người có mặt"))
                continue
            s = _OUT_OF.sub(r"\1/\2", s)
            present += _present_counts(PRESENT, s)
            present += _present_counts(PRESENT_RATIO, s)
            voters += _present_counts(VOTERS, s)
    return out + _listed_votes(rule, ctx, paras) + _fraction_votes(rule, ctx, paras)


#: Those who voted, told as a label and its count: "Số đại diện hộ tham gia biểu quyết: 130", "tham gia bình chọn
#: 130 hộ", "130 đại diện hộ tham gia biểu quyết" (folded; "không tham gia biểu quyết" is an answer, not voters).
_VOTED = r"(?<!khong\s)tham\s+gia\s+(?:bieu\s+quyet|binh\s+chon|lay\s+y\s+kien)|(?<!khong\s)da\s+bieu\s+quyet"
VOTERS = re.compile(rf"(?<!\w)(?P<label>(?:so\s+)?(?:[a-z]+\s+){{0,4}}?(?:{_VOTED})){_LABEL_END}(?P<n>{NUMBER})"
                    rf"(?!\d|[.,]\d|\s*/|\s*%)(?:\s+(?P<unit>[a-z]+))?"
                    rf"|(?<![\w/.,])(?P<n2>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)\s+(?P<unit2>[a-z]+)(?:\s+[a-z]+){{0,3}}?\s+(?:{_VOTED})(?!\w)")


#: A date written with slashes ("ngày 16/3/2024", "16/03/2024"): no fraction of those present.
_DATE_SLASH = re.compile(r"(?<![\w/])\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}(?!\d)")


def _vote_fraction(sentence: str, label: str) -> list[tuple[int, int]]:
    """Every (count, whole) the sentence gives for ``label`` as a fraction: "tán thành 08/09 người", "tán thành:
    08/09", "71/124 hộ tán thành"."""
    rx = (rf"(?<![\w/.,])(?P<a>\d{{1,4}})\s*/\s*(?P<n>\d{{1,4}})(?![\d/]|[.,]\d)(?:\s+[a-z]+){{0,3}}?\s+(?:{label})(?!\w)"
          rf"|(?<!\w)(?:{label})\s*(?::|la|co)?\s*(?P<b>\d{{1,4}})\s*/\s*(?P<m>\d{{1,4}})(?![\d/]|[.,]\d)")
    return [(int(m.group("a") or m.group("b")), int(m.group("n") or m.group("m"))) for m in re.finditer(rx, sentence)]


def _votes_exceed_whole(rule: Rule, ctx: Context, p, sent, present: set[int]) -> list[Finding]:
    """A show-of-hands vote whose stated categories, each told once, add up to MORE than those present: the whole
    is the one "k/N" the categories give ("tán thành 08/09 người (88,9%), không tán thành 02 người": 8 + 2 = 10 of
    9), or the one number present in the sentence or stated before ("số đại diện hộ dự họp 97; tán thành 81, không
    tán thành 12, ý kiến khác 6"). Two categories are enough: nobody votes twice. Fewer than those present stays
    silent (a category may be untold); ballots ("phiếu") are judged by IC-78; with all three categories plain and
    a base, the sum-equals check above speaks."""
    s = _DATE_SLASH.sub(lambda m: " " * len(m.group(0)), sent.group(0))
    if "phieu" in s:
        return []
    cats, wholes = [], set()
    for label in (_FOR, _AGAINST, _ABSTAIN):
        plain, frac = _vote(s, label), _vote_fraction(s, label)
        if len(plain) + len(frac) > 1:
            return []
        if plain:
            cats.append(plain[0])
        elif frac:
            cats.append(frac[0][0])
            wholes.add(frac[0][1])
    if len(cats) < 2:
        return []
    if not wholes:
        if len(cats) == 3:
            return []  # the sum-equals check judges a full plain vote
        r = _OUT_OF.sub(r"\1/\2", s)
        here = {x[0] for x in _present_counts(PRESENT, r) + _present_counts(PRESENT_RATIO, r)}
        wholes = here if here else present
    if len(wholes) != 1 or (n := next(iter(wholes))) <= 0:
        return []
    total = sum(cats)
    if total <= n:
        return []
    a, b = sent.start(), sent.end()
    return [finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b].strip(),
                    detail=f"{' + '.join(_vn_int(c) for c in cats)} = {_vn_int(total)}, nhiều hơn {_vn_int(n)} người có mặt")]


#: "Không đồng ý ........ 38/124", "71/124 đại diện hộ đồng ý": one category's count over those present.
_FRACTION = re.compile(r"(?<![\w/.,])(?P<k>\d{1,4})\s*/\s*(?P<n>\d{1,4})(?![\d/.,]\d|\s*(?:\d|[a-z]*\s*/))")
_VOTE_CAT = (("against", re.compile(rf"(?<!\w)(?:{_AGAINST})(?!\w)")), ("abstain", re.compile(rf"(?<!\w)(?:{_ABSTAIN})(?!\w)")),
             ("for", re.compile(rf"(?<!\w)(?:{_FOR})(?!\w)")))


def _fraction_vote(text: str):
    """(category, count, whole) of a clause or line holding one vote category and one fraction "k/N"; else None."""
    if "phieu" in text or re.search(r"(?<!\w)(?:ngay|thang|nam|so)\s*\d{1,4}\s*/", text):
        return None  # ballots are counted against the ballots returned (IC-78); a date or a document number
    fr = list(_FRACTION.finditer(text))
    if len(fr) != 1:
        return None
    cats = []
    rest = text
    for c, rx in _VOTE_CAT:
        if rx.search(rest):
            cats.append(c)
            rest = rx.sub(" ", rest)
    if len(cats) != 1:
        return None
    return cats[0], int(fr[0].group("k")), int(fr[0].group("n"))


def _fraction_votes(rule: Rule, ctx: Context, paras: list) -> list[Finding]:
    """A vote told as fractions of those present, one category per line ("Đồng ý ....... 71/124 đại diện hộ dự họp",
    "Không đồng ý ....... 38/124", "Không biểu quyết ....... 12/124") or per clause of one sentence ("71/124 hộ tán
    thành, 38/124 hộ không tán thành, 12/124 hộ không biểu quyết"): for, against and abstaining, over one whole,
    add up to that whole. Silent for ballots, when a category is missing or told twice, or the wholes differ."""
    out = []

    def judge(run, p_last, a, b):
        if len(run) != 3 or {c for c, _, _ in run} != {"for", "against", "abstain"} or len({n for _, _, n in run}) != 1:
            return
        n, total = run[0][2], sum(k for _, k, _ in run)
        if total == n or n == 0 or 2 * total < n:
            return
        counts = {c: k for c, k, _ in run}
        out.append(finding(rule, ctx, _ev(ctx, p_last, a, b), found=p_last.text[a:b].strip(" -+;."),
                           detail=f"{_vn_int(counts['for'])} + {_vn_int(counts['against'])} + {_vn_int(counts['abstain'])}"
                                  f" = {_vn_int(total)}, không phải {_vn_int(n)} người có mặt"))

    def judge_line(run, no):
        if len(run) != 3 or {c for c, _, _ in run} != {"for", "against", "abstain"} or len({n for _, _, n in run}) != 1:
            return
        n, total = run[0][2], sum(k for _, k, _ in run)
        if total == n or n == 0 or 2 * total < n:
            return
        counts = {c: k for c, k, _ in run}
        out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=ctx.doc.raw_lines[no - 1].strip(" -+;."),
                           detail=f"{_vn_int(counts['for'])} + {_vn_int(counts['against'])} + {_vn_int(counts['abstain'])}"
                                  f" = {_vn_int(total)}, không phải {_vn_int(n)} người có mặt"))

    # one category per line: the raw lines (a run of indented lines may be read as one paragraph)
    zone_lines = {n for p in paras for n in range(p.line, p.end_line + 1)}
    run: list = []
    last = None
    for no, line in enumerate([*ctx.doc.raw_lines, ""], 1):
        v = _fraction_vote(fold_keep_length(line).lower()) if no in zone_lines else None
        if v and all(c != v[0] for c, _, _ in run):
            run.append(v)
            last = no
            continue
        if last is not None:
            judge_line(run, last)
        run, last = ([v], no) if v else ([], None)
    for p in paras:
        # one sentence: its clauses split at commas and semicolons
        for sent in re.finditer(r"(?:[^.\n]|\.(?=\d))+", p.folded):
            votes = [x for x in map(_fraction_vote, re.split(r"[,;]", sent.group(0))) if x]
            if len(votes) == 3 and not _fraction_vote(sent.group(0)):
                judge(votes, p, sent.start(), sent.end())
    return out


_LIST_LINE = re.compile(r"^\s*(?:[-+•*]|[a-zđ]\)|\d{1,2}[.)])\s*")
#: A header line that is no count of those present: the issuer, the national motto, the date.
RANK_LINE = re.compile(r"(?<!\w)(?:cong\s+hoa|doc\s+lap|ngay\s+\d|uy\s+ban|ubnd)(?!\w)")
#: One candidate's votes: "Ông Nguyễn Văn A trúng cử với 92 phiếu bầu", "bà B được 160 phiếu (đạt …)" (folded).
CANDIDATE_VOTES = re.compile(rf"(?<!\w)(?:ong|ba)\s+[a-z]+(?:\s+[a-z]+){{0,3}}?\s+(?:trung\s+cu\s+)?(?:duoc|dat|voi|co)\s+"
                             rf"(?:so\s+phieu\s+(?:bau\s+)?(?:la\s+)?)?(?P<n>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)\s+phieu(?!\s+(?:phat|thu|hop))")


def _vote_share(sentence: str, label: str) -> list[str]:
    """Every percentage the sentence gives for ``label``: "60% hộ đồng ý", "đồng ý: 60%", "tán thành chiếm 60%"."""
    rx = (rf"(?<![\w/.,])(?P<a>\d{{1,3}}(?:,\d{{1,2}})?)\s*%(?:\s+[a-z]+){{0,3}}?\s+(?:{label})(?!\w)"
          rf"|(?<!\w)(?:{label})\s*(?::|la|chiem|dat)?\s*(?:ty\s+le\s+)?(?P<b>\d{{1,3}}(?:,\d{{1,2}})?)\s*%")
    return [m.group("a") or m.group("b") for m in re.finditer(rx, sentence)]


def _shares_over_whole(rule: Rule, ctx: Context, p, sent) -> list[Finding]:
    """A vote told in shares, for, against and abstaining in one sentence ("60% hộ đồng ý, 35% hộ không đồng ý, 12%
    hộ có ý kiến khác"): the three are shares of one whole and make 100%, within their rounding."""
    s = sent.group(0)
    shares = [_vote_share(s, x) for x in (_FOR, _AGAINST, _ABSTAIN)]
    if any(len(x) != 1 for x in shares) or re.search(r"(?<!\w)(?:tong\s+so|so\s+voi|tang|giam)(?!\w)", s):
        return []
    vals = [float(x[0].replace(",", ".")) for x in shares]
    if abs(sum(vals) - 100.0) <= sum(_tolerance(x[0]) for x in shares) / 2 + 1e-9:
        return []
    a, b = sent.start(), sent.end()
    return [finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b].strip(),
                    detail=" + ".join(f"{x[0]}%" for x in shares) + f" = {_vn_pct(sum(vals))}%, không phải 100%")]


def _one_over_present(rule: Rule, ctx: Context, p, sent, base: set[int]) -> list[Finding]:
    """One candidate's votes more than the one number of those present stated before: no one votes twice."""
    if len(base) != 1 or (n := next(iter(base))) <= 0:
        return []
    out = []
    for m in CANDIDATE_VOTES.finditer(sent.group(0)):
        k = _num(m.group("n"))
        if k > n:
            a, b = sent.start() + m.start(), sent.start() + m.end()
            out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b].strip(),
                               detail=f"{_vn_int(k)} phiếu, nhiều hơn {_vn_int(n)} người có mặt"))
    return out


def _listed_votes(rule: Rule, ctx: Context, paras: list) -> list[Finding]:
    """The vote's three counts one per list line or table row ("- Tán thành: 104 đại diện hộ;" / "- Không tán
    thành: 21 …;" / "- Ý kiến khác: 09 …", "| Tán thành | 104 |"), against the one number present stated before
    them. Each line holds one category and one count; the run ends at the first line that does not."""
    facts = _facts(ctx)
    out, present, run = [], [], []

    def close() -> None:
        if len(run) != 3 or {c for c, _, _ in run} != {"for", "against", "abstain"}:
            return
        base = {x[0] for x in present}
        total = sum(n for _, n, _ in run)
        if len(base) != 1 or total == next(iter(base)) or 2 * total < next(iter(base)):
            return
        n, last = next(iter(base)), run[-1][2]
        counts = {c: k for c, k, _ in run}
        out.append(finding(rule, ctx, ctx.doc.evidence(last, 0, len(last.text)), found=last.text.strip(" -+;."),
                           detail=f"{_vn_int(counts['for'])} + {_vn_int(counts['against'])} + {_vn_int(counts['abstain'])}"
                                  f" = {_vn_int(total)}, không phải {_vn_int(n)} người có mặt"))

    for p in paras:
        text = fold_keep_length(facts[p.index]).lower() if p.index in facts else p.folded
        listed = p.index in facts or _LIST_LINE.match(p.text)
        cats = [(c, v) for c, v in (("against", _vote(text, _AGAINST)), ("abstain", _vote(text, _ABSTAIN)))
                if v]
        fo = [] if cats else _vote(text, _FOR)
        if fo:
            cats = [("for", fo)]
        if listed and len(cats) == 1 and len(cats[0][1]) == 1 and "phieu" not in text \
                and not re.search(r"\d\s*/\s*\d", text) and all(c != cats[0][0] for c, _, _ in run):
            run.append((cats[0][0], cats[0][1][0], p))
            continue
        close()
        run = []
        present += _present_counts(PRESENT, text) + _present_counts(PRESENT_RATIO, text)
    close()
    return out


# -- a total and its parts on list lines after "gồm:", or parts then "tổng cộng" ------------------------------------
#: "Ban Thanh tra nhân dân có 9 thành viên, gồm:" closing its line; the parts follow one per list line.
LIST_WHOLE = re.compile(rf"(?<![\w/.,])(?P<n>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)\s+(?P<noun>[a-z]+)(?P<mid>[^.:;\d()%]{{0,60}}?)"
                        r",?\s+(?:gom|bao\s+gom|cu\s+the|nhu\s+sau|gom\s+co|(?<=dong,\s)trong\s+do)\s*:\s*$")
#: "Tổng kinh phí … là 150.000.000 đồng, trong đó:": a total sum of money split on the lines below (not a count,
#: whose "trong đó" names some of its parts only)
_MONEY_TOTAL_HEAD = re.compile(r"(?<!\w)tong\s+(?:kinh\s+phi|so\s+tien|du\s+toan|muc\s+dau\s+tu|chi|thu)(?!\w)")
#: "Số hộ nghèo 45 hộ, hộ cận nghèo 30 hộ, tổng cộng 80 hộ": the parts, then their total in the same sentence.
SUM_AFTER = re.compile(rf"(?<!\w)(?:tong\s+cong|cong|tong\s+so|tong)\s*(?::|la)?\s*(?P<n>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)\s+(?P<noun>[a-z]+)")
_PERSONS = {"thanh", "nguoi", "dai", "can", "cong", "uy", "dong", "vien", "hoc", "giao"}


def _part_count(item: str, noun: str) -> int | None:
    """The one count of a part line or clause, in the total's noun (persons count as "người"); None otherwise."""
    nums = re.findall(rf"(?<![\w/.,]){NUMBER}(?!\d|[.,]\d|\s*/|\s*%)", item)
    if len(nums) != 1 or len(re.findall(r"\d+", item)) != len(re.findall(r"\d+", nums[0])):
        # "c) Hỗ trợ Ban … của 146 xã (1.500.000 đồng x 12 tháng): 2.628 triệu đồng": the item's own count is the
        # one after its last colon, its label's numbers describing it
        tail = re.fullmatch(r"[^:]*:\s*(?P<t>[^:]*?)\s*[;,.]?\s*", item)
        if tail and ":" in item and tail.group("t") != item and re.match(r"\d", tail.group("t")):
            return _part_count(tail.group("t"), noun)
        return None
    after = re.search(rf"(?<![\w/.,]){re.escape(nums[0])}(?!\d)\s*(?P<u>[a-z]+)?", item)
    u = after.group("u") if after else None
    if u and u != noun and not (u == "nguoi" and noun in _PERSONS):
        return None
    return _num(nums[0])


def check_listed_parts(rule: Rule, ctx: Context) -> list[Finding]:
    """A count announced with "gồm:" at the end of its line, then one part per list line ("- Trưởng ban: 01 người"),
    or parts followed by their "tổng cộng" in one sentence: the parts must add up to the count. Silent when a line
    holds no count or two, counts another unit, or says "trong đó" (a part of a part)."""
    out = []
    paras = list(ctx.doc.zone("preamble", "body", "closing"))
    for i, p in enumerate(paras):
        f = p.folded
        m = LIST_WHOLE.search(f)
        if m and m.group(0).rstrip(" :").endswith("trong do") and not (
                m.group("noun") == "dong" and _MONEY_TOTAL_HEAD.search(f[:m.start()])):
            m = None
        if m and not _labelled_number(f, m.start("n")):
            parts = []
            for q in paras[i + 1:i + 15]:
                if not _BULLET_ITEM.match(q.folded):
                    break
                item = _BULLET_ITEM.sub("", q.folded)
                k = _part_count(item, m.group("noun"))
                if k is None or _PART_OF_PART.search(item):
                    parts = []
                    break
                parts.append(k)
            if len(parts) < 2:
                parts = _leader_parts(ctx, p.end_line, m.group("noun"))
            total = _num(m.group("n"))
            if len(parts) >= 2 and sum(parts) != total:
                out.append(finding(rule, ctx, _ev(ctx, p, m.start("n"), m.end("mid")), found=p.text[m.start("n"):m.end("mid")].strip(),
                                   detail=f"{' + '.join(map(_vn_int, parts))} = {_vn_int(sum(parts))}, không phải {_vn_int(total)}"))
        for sent in re.finditer(r"(?:[^.\n]|\.(?=\d))+", f):
            s = sent.group(0)
            t = SUM_AFTER.search(s)
            if not t or _PART_OF_PART.search(s[:t.start()]):
                continue
            head = s[:t.start()].rstrip(" ,;")
            items = [x for x in re.split(r"\s*[,;]\s*", head) if x.strip()]
            ks = [_part_count(x, t.group("noun")) for x in items]
            # every clause before the total is a part of it; at least two
            if len(ks) < 2 or any(k is None for k in ks):
                continue
            total = _num(t.group("n"))
            if sum(ks) != total:
                a, b = sent.start(), sent.start() + t.end()
                out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b].strip(),
                                   detail=f"{' + '.join(map(_vn_int, ks))} = {_vn_int(sum(ks))}, không phải {_vn_int(total)}"))
    return out + _group_parts(rule, ctx, paras)


#: "Phòng Hành chính - Tổng hợp ........... 06", "Ban Giám đốc (đại biểu đương nhiên) …… 07 người": a part on a
#: dot-leader line, its label then its count (folded).
_LEADER_ITEM = re.compile(rf"^\s*(?:[-+•*]\s*|[a-zđ]\)\s*|\d{{1,2}}[.)]\s+)?(?P<label>[^\d:]{{2,80}}?)\s*(?:\.{{3,}}|…+|_{{3,}})\s*:?\s*"
                          rf"(?P<n>{NUMBER})(?![\d/,%]|\.\d)(?:\s*\([a-z ]{{2,30}}\))?(?:\s+(?P<unit>[a-z]+))?\s*[;.,]?\s*$")


def _leader_parts(ctx: Context, after_line: int, noun: str) -> list[int]:
    """The counts of the dot-leader lines right after ``after_line`` (raw lines: an indented run may be read as one
    paragraph), each in the announced noun or bare; [] when the run holds fewer than two or a line of another kind
    comes first."""
    parts = []
    for line in ctx.doc.raw_lines[after_line:after_line + 15]:
        if not line.strip():
            break
        lm = _LEADER_ITEM.match(fold_keep_length(digits_for_words(line.lower())))  # "…… chín người"
        if not lm:
            break
        u = lm.group("unit")
        if u and u != noun and not (u == "nguoi" and noun in _PERSONS):
            return []
        parts.append(_num(lm.group("n")))
    return parts


#: "Thôn có 286 hộ gia đình" — the households of the place, stated once (folded; not "từ 200 hộ … trở lên").
_PLACE_HOUSEHOLDS = re.compile(rf"(?<!\w)(?:co|gom|tong\s+so)\s+(?P<n>{NUMBER})(?![.,]?\d)\s+ho(?:\s+gia\s+dinh|\s+dan)?(?!\w)(?!\s+(?:tro\s+len|tro\s+xuong))")
#: "… được tổ chức theo 02 cụm dân cư:", "chia thành 03 điểm họp:" — the place split into groups, listed below.
_SPLIT_INTO = re.compile(r"(?<!\w)(?:theo|thanh|chia|gom)\s+(?:\d{1,2}|hai|ba|bon|nam)\s+(?:cum|diem|nhom|khu)(?:\s+[a-z]+){0,3}\s*:\s*$")
#: "- Cụm số 1 (xóm Giữa, xóm Đình): 151 hộ, họp tại …": a group's households.
_GROUP_ITEM = re.compile(rf"^(?:cum|diem|nhom|khu)(?:\s+hop)?\s+(?:so\s+)?\d{{1,2}}\b[^:\d]{{0,80}}:\s*(?P<n>{NUMBER})(?![.,]?\d)\s+ho(?!\w)(?P<rest>[^\d]*)$")


def _group_parts(rule: Rule, ctx: Context, paras: list) -> list[Finding]:
    """A place's households stated once ("Thôn … có 286 hộ gia đình"), then the place split into meeting groups
    listed below ("… theo 02 cụm dân cư:" / "- Cụm số 1 (…): 151 hộ, …" / "- Cụm số 2 (…): 128 hộ, …"): every
    household belongs to one group, so the groups add up to the place (Law 10/2022 Art. 18.3: the meeting of the
    thôn held by groups). Silent when the households are stated twice, a group line holds another count, or the
    number of groups announced is not the number listed."""
    out = []
    for i, p in enumerate(paras):
        f = p.folded
        sp = _SPLIT_INTO.search(f)
        if not sp:
            continue
        wholes = {_num(m.group("n")) for q in paras[max(0, i - 2):i + 1] for m in _PLACE_HOUSEHOLDS.finditer(q.folded)}
        if len(wholes) != 1:
            continue
        announced = re.search(r"(\d{1,2}|hai|ba|bon|nam)\s+(?:cum|diem|nhom|khu)", sp.group(0)).group(1)
        announced = {"hai": 2, "ba": 3, "bon": 4, "nam": 5}.get(announced) or int(announced)
        parts, last = [], None
        for q in paras[i + 1:i + 12]:
            mk = _BULLET_ITEM.match(q.folded)
            if not mk:
                break
            g = _GROUP_ITEM.match(_BULLET_ITEM.sub("", q.folded))
            if not g:
                parts = []
                break
            parts.append(_num(g.group("n")))
            last = q
        whole = next(iter(wholes))
        if len(parts) < 2 or len(parts) != announced or sum(parts) == whole:
            continue
        out.append(finding(rule, ctx, ctx.doc.evidence(last, 0, len(last.text)), found=last.text.strip(" -+;."),
                           detail=f"{' + '.join(map(_vn_int, parts))} = {_vn_int(sum(parts))}, không phải {_vn_int(whole)} hộ"))
    return out


# -- a ballot count: issued, returned, valid and invalid ------------------------------------------------------------
_N = rf"(?P<n>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)"
#: Each kind of ballot count, its label then its number ("phiếu hợp lệ: 139", "thu về 142", "hợp lệ là 168") or
#: its number then its label ("139 phiếu hợp lệ", "142 phiếu phát ra"); folded text.
_BALLOT = {
    "issued": re.compile(rf"(?<!\w)phat\s+ra\s*(?::|la|co)?\s*(?:tong\s+so\s+)?{_N}|(?<![\w/.,]){_N.replace('n>', 'm>')}\s+phieu\s+(?:duoc\s+)?phat\s+ra"),
    "returned": re.compile(rf"(?<!\w)thu\s+(?:ve|vao)\s*(?::|la|co|duoc)?\s*{_N}|(?<![\w/.,]){_N.replace('n>', 'm>')}\s+phieu\s+(?:duoc\s+)?thu\s+(?:ve|vao)"),
    "valid": re.compile(rf"(?<!khong\s)(?<!\w)hop\s+le\s*(?::|la|co)?\s*{_N}|(?<![\w/.,]){_N.replace('n>', 'm>')}\s+phieu\s+hop\s+le"),
    "invalid": re.compile(rf"(?<!\w)khong\s+hop\s+le\s*(?::|la|co)?\s*{_N}|(?<![\w/.,]){_N.replace('n>', 'm>')}\s+phieu\s+khong\s+hop\s+le"),
}
_BALLOT_NAMES = {"issued": "phát ra", "returned": "thu về", "valid": "hợp lệ", "invalid": "không hợp lệ"}


def _check_ballots_core(rule: Rule, ctx: Context) -> list[Finding]:
    """A secret ballot's counts, in prose ("phát ra 142, thu về 142, hợp lệ 139, không hợp lệ 4") or a table
    (one column or one row each): the valid and the invalid make the ballots returned, none exceeds those issued
    (none of the returned or valid exceeds the issued or returned). Read where "phiếu" is written; silent when
    the document gives one kind of count with two values (two elections, two rounds)."""
    facts = _facts(ctx)
    seen: dict[str, set[int]] = {k: set() for k in _BALLOT}
    last: dict[str, object] = {}
    for p in ctx.doc.zone("preamble", "body", "closing"):
        text = fold_keep_length(facts[p.index]).lower() if p.index in facts else p.folded
        if "phieu" not in text:
            continue
        for kind, rx in _BALLOT.items():
            for m in rx.finditer(text):
                if kind == "valid" and re.search(r"(?<!\w)khong\s+$", text[:m.start()]):
                    continue
                seen[kind].add(_num(m.group("n") or m.group("m")))
                last[kind] = p
    one = {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}
    if any(len(v) > 1 for v in seen.values()):
        return []
    problems: list[tuple[str, str]] = []
    if "valid" in one and "invalid" in one:
        both = one["valid"] + one["invalid"]
        for whole in ("returned", "issued"):
            if whole in one:
                wrong = both != one[whole] if whole == "returned" else both > one[whole]
                if wrong:
                    problems.append(("invalid", f"{_vn_int(one['valid'])} phiếu hợp lệ + {_vn_int(one['invalid'])} "
                                     f"phiếu không hợp lệ = {_vn_int(both)}, không phải {_vn_int(one[whole])} phiếu "
                                     f"{_BALLOT_NAMES[whole]}"))
                break
    for part, whole in (("returned", "issued"), ("valid", "returned"), ("valid", "issued")):
        if part in one and whole in one and one[part] > one[whole] and not problems:
            problems.append((part, f"{_vn_int(one[part])} phiếu {_BALLOT_NAMES[part]} nhiều hơn {_vn_int(one[whole])} "
                                   f"phiếu {_BALLOT_NAMES[whole]}"))
    out = []
    for kind, detail in problems[:1]:
        p = last[kind]
        out.append(finding(rule, ctx, ctx.doc.evidence(p, 0, len(p.text)), found=p.text.strip(" -+;."), detail=detail))
    if out:
        return out
    # "Phiếu đồng ý | 97", "Phiếu không đồng ý | 30", "Phiếu có ý kiến khác | 14" under "Số phiếu thu về | 139": each
    # ballot returned holds one answer at most, so the answers never exceed the ballots returned (nor the valid
    # ones); fewer may be lawful (blank or spoiled ballots left untold)
    answers: dict[str, set[int]] = {"for": set(), "against": set(), "abstain": set()}
    answer_para = None
    for p in ctx.doc.zone("preamble", "body", "closing"):
        text = fold_keep_length(facts[p.index]).lower() if p.index in facts else p.folded
        if "phieu" not in text:
            continue
        got = False
        for kind, label in (("against", _AGAINST), ("abstain", _ABSTAIN)):
            for k in _vote(text, rf"phieu\s+(?:co\s+)?(?:{label})") + _vote(text, rf"(?<=phieu\s)(?:{label})"):
                answers[kind].add(k)
                got = True
        for k in _vote(text, rf"phieu\s+(?:{_FOR})") + _vote(text, rf"(?<=phieu\s)(?:{_FOR})"):
            answers["for"].add(k)
            got = True
        if got:
            answer_para = p
    if answer_para is not None and answers["for"] and answers["against"] and all(len(v) <= 1 for v in answers.values()):
        given = [(k, next(iter(v))) for k, v in answers.items() if v]
        total = sum(n for _, n in given)
        for whole in ("valid", "returned"):
            if whole in one and total > one[whole]:
                names = {"for": "đồng ý", "against": "không đồng ý", "abstain": "ý kiến khác"}
                out.append(finding(rule, ctx, ctx.doc.evidence(last[whole], 0, len(last[whole].text)),
                                   found=last[whole].text.strip(" -+;.|"),
                                   detail=" + ".join(f"{_vn_int(n)} phiếu {names[k]}" for k, n in given)
                                          + f" = {_vn_int(total)}, nhiều hơn {_vn_int(one[whole])} phiếu {_BALLOT_NAMES[whole]}"))
                return out
    # "tán thành 47 người, không tán thành 03 người, tổng số phiếu hợp lệ 52": on a yes-or-no ballot every valid one
    # is one or the other
    for p in ctx.doc.zone("preamble", "body", "closing"):
        for m in _YES_NO_VALID.finditer(p.folded):
            a, b, v = (_num(m.group(k)) for k in ("a", "b", "v"))
            if a + b != v:
                out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                                   detail=f"{_vn_int(a)} tán thành + {_vn_int(b)} không tán thành = {_vn_int(a + b)}, "
                                          f"không phải {_vn_int(v)} phiếu hợp lệ"))
    return out


def check_ballots(rule: Rule, ctx: Context) -> list[Finding]:
    return _check_ballots_core(rule, ctx) or _all_answers_vs_valid(rule, ctx) or _answers_with_invalid(rule, ctx)


#: Ballots neither valid nor invalid by name, or left blank: the answers need not make up the rest.
_OTHER_BALLOTS = re.compile(r"(?<!\w)(?:phieu\s+trang|bo\s+trong|khong\s+danh\s+dau|phieu\s+khong\s+ghi|vong\s+(?:2|hai))(?!\w)")


def _answers_with_invalid(rule: Rule, ctx: Context) -> list[Finding]:
    """s18-ic (u63-08 l.23): "Số phiếu thu về: 98" then "Đồng ý cho thôi: 61 phiếu; không đồng ý: 30 phiếu; phiếu
    không hợp lệ: 5", the valid count left untold: every ballot returned is invalid or holds one answer, so the
    answers and the invalid ones make the ballots returned (61 + 30 + 5 = 96, not 98). Read when the returned and the
    invalid are each told once, "đồng ý" and "không đồng ý" once each after the returned count (an "ý kiến khác" at
    most once), and nothing speaks of blank ballots or a second round."""
    raw = ctx.doc.raw_lines
    # "Số phiếu thu về ........ 161": dot leaders read as a colon (s18-ic, u64-09 l.30)
    text = "\n".join(re.sub(r"[ \t]*\.{3,}[ \t]*", ": ", fold_keep_length(x).lower()) for x in raw)
    if _OTHER_BALLOTS.search(text) or _VALID_AT.search(text):
        return []
    kinds = {}
    for kind in ("returned", "invalid", "valid"):
        hits = [m for m in _BALLOT[kind].finditer(text)
                if not (kind == "valid" and re.search(r"(?<!\w)khong\s+$", text[:m.start()]))]
        if len({_num(m.group("n") or m.group("m")) for m in hits}) > 1:
            return []
        kinds[kind] = hits
    if kinds["valid"] or not kinds["returned"]:
        return []
    ret = kinds["returned"][0]
    window_end = min(len(text), ret.end() + 500)
    nxt = re.search(r"(?<!\w)(?:phat\s+ra|thu\s+ve)(?!\w)", text[ret.end():window_end])
    if nxt:
        window_end = ret.end() + nxt.start()
    window = text[ret.end():window_end]
    got = {}
    for k, rx in _ANSWERS3.items():
        hits = [m for m in rx.finditer(window)
                if not (k == "for" and re.search(r"(?<!\w)khong\s+$|(?<!\w)y\s+kien\s+$|(?<!\w)(?:ty|ti)\s+le\s+$",
                                                 window[:m.start()]))]
        if len(hits) > 1 or k != "abstain" and len(hits) != 1:
            return []
        if hits:
            got[k] = (int(hits[0].group("n")), ret.end() + hits[0].start())
    returned = _num(ret.group("n") or ret.group("m"))
    if kinds["invalid"]:
        inv = kinds["invalid"][0]
        if not ret.end() <= inv.start() <= window_end + 200:
            return []
        invalid, inv_at = _num(inv.group("n") or inv.group("m")), inv.start()
    elif len(got) == 3 and not re.search(r"(?<!\w)hop\s+le(?!\w)", text):
        # s15/s16 u48-13 l.27: all three answers told and no ballot called valid or invalid: they are the ballots
        invalid, inv_at = 0, 0
    else:
        return []
    total = sum(n for n, _ in got.values()) + invalid
    if total == returned:
        return []
    no = text.count("\n", 0, max(inv_at, max(at for _, at in got.values()))) + 1
    first = text.count("\n", 0, ret.start()) + 1  # the evidence runs from the ballots returned to the last count
    ev = ctx.doc.evidence_line(no)
    ev = Evidence(ev.text, min(first, no), no, ev.paragraph, ev.section)
    names = {"for": "đồng ý", "against": "không đồng ý", "abstain": "ý kiến khác"}
    return [finding(rule, ctx, ev, found=raw[no - 1].strip(" -+;.|"),
                    detail=" + ".join(f"{_vn_int(n)} phiếu {names[k]}" for k, (n, _) in got.items())
                           + (f" + {_vn_int(invalid)} phiếu không hợp lệ" if kinds["invalid"] else "")
                           + f" = {_vn_int(total)}, không phải {_vn_int(returned)} phiếu thu về")]


#: One answer of a vote and its count, after its label: "Đồng ý cho thôi làm Tổ trưởng ...... 71 phiếu", "không
#: đồng ý: 39", "ý kiến khác 6 phiếu" (folded text; the label's tail holds no digit and no other answer).
_ANSWER_AT = r"[^\d;\n]{{0,60}}?(?:\s*\.{{3,}}\s*|\s*:\s*|\s+(?:la\s+|co\s+)?)(?P<{k}>\d{{1,4}})(?![\d/%]|[.,]\d)(?:\s+phieu)?"
_ANSWERS3 = {k: re.compile(rf"(?<![\w])(?:{lab})" + _ANSWER_AT.format(k="n"))
             for k, lab in (("for", _FOR), ("against", _AGAINST), ("abstain", _ABSTAIN))}
_VALID_AT = re.compile(r"(?<![\w])(?<!khong\s)(?:so\s+)?phieu\s+hop\s+le\s*(?:\.{3,}\s*|:\s*|\s+(?:la\s+)?)(?P<n>\d{1,4})(?![\d/%]|[.,]\d)")


def _all_answers_vs_valid(rule: Rule, ctx: Context) -> list[Finding]:
    """s17-i2 (u61-11 l.31): "Số phiếu hợp lệ ...... 118" over "Đồng ý …… 71 phiếu / Không đồng ý …… 39 phiếu / Ý kiến
    khác …… 6 phiếu": when all three answers of a yes-or-no ballot are told, once each, right after the valid count
    (dot leaders, a list or prose), each valid ballot holds one of them, so they add up to the valid ballots.
    Silent when an answer is missing or told twice, or another valid count comes first (two ballots)."""
    raw = ctx.doc.raw_lines
    text = "\n".join(fold_keep_length(x).lower() for x in raw)
    valids = list(_VALID_AT.finditer(text))
    out = []
    for i, v in enumerate(valids):
        end = valids[i + 1].start() if i + 1 < len(valids) else len(text)
        window = text[v.end():min(end, v.end() + 500)]
        got = {}
        for k, rx in _ANSWERS3.items():
            hits = [m for m in rx.finditer(window)
                    if not (k == "for" and re.search(r"(?<!\w)khong\s+$|(?<!\w)y\s+kien\s+$", window[:m.start()]))]
            if len(hits) != 1:
                break
            got[k] = int(hits[0].group("n"))
        if len(got) != 3:
            continue
        valid, total = int(v.group("n")), sum(got.values())
        if total == valid:
            continue
        no = text.count("\n", 0, v.start()) + 1
        names = {"for": "đồng ý", "against": "không đồng ý", "abstain": "ý kiến khác"}
        out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=raw[no - 1].strip(" -+;.|"),
                           detail=" + ".join(f"{_vn_int(n)} phiếu {names[k]}" for k, n in got.items())
                                  + f" = {_vn_int(total)}, không phải {_vn_int(valid)} phiếu hợp lệ"))
    return out


_COUNTED_AS = r"(?:\s+(?:nguoi|phieu|dai\s+bieu|dai\s+dien))?"
#: A yes-or-no vote's two counts, then the valid ballots they make (folded text).
_YES_NO_VALID = re.compile(rf"(?<!khong\s)(?:tan\s+thanh|dong\s+y)\s*:?\s*(?P<a>\d{{1,4}}){_COUNTED_AS}\s*[,;]\s*"
                           rf"(?:khong\s+tan\s+thanh|khong\s+dong\s+y)\s*:?\s*(?P<b>\d{{1,4}}){_COUNTED_AS}\s*[,;]\s*"
                           r"(?:tong\s+(?:so\s+)?)?(?:so\s+)?phieu\s+hop\s+le\s*:?\s*(?P<v>\d{1,4})(?![\d/])")


# -- those present and their share of the whole ------------------------------------------------------------------
#: The percentage written right after a count of those present: "có mặt 29 người (đạt 93,8%)", "dự họp: 112
#: (Tỷ lệ: 55,9%)" (a table row read as a fact), "97 đại diện hộ dự họp, đạt 65,5%".
_SHARE_AFTER = re.compile(r"\s*(?:nguoi|ho|dai\s+bieu|dai\s+dien\s+ho|can\s+bo|thanh\s+vien)?\s*(?:[,(]\s*)?"
                          r"(?:(?:dat|chiem|bang)\s+)?(?:(?:ty|ti)\s+le\s*:?\s*)?(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%"
                          r"(?!\s*(?:so|cua|tren|ke\s+hoach|chi\s+tieu))")


def check_present_share(rule: Rule, ctx: Context) -> list[Finding]:
    """The share written beside a count of those present ("tổng số 32 cán bộ …; có mặt 29 người (đạt 93,8%)", a
    table's "| Số đại diện hộ dự họp | 112 | 55,9% |" under "| Tổng số hộ | 187 | 100% |") against the one whole
    stated in the same paragraph or the three before it. Silent when the whole is not the only one there, when
    the units differ (persons against households), or the share names another base ("… % số hộ dự họp")."""
    facts = _facts(ctx)
    paras = list(ctx.doc.zone("preamble", "body", "closing"))
    texts = [fold_keep_length(facts[p.index]).lower() if p.index in facts else p.folded for p in paras]
    out = []
    for i, (p, f) in enumerate(zip(paras, texts)):
        if "%" not in f:
            continue
        for x in _present_counts(PRESENT, f):
            m = x[2]
            key = "n" if m.group("n") else "n2"
            share = _SHARE_AFTER.match(f, m.end(key))
            if not share:
                continue
            scope = texts[max(0, i - 3):i] + [f[:m.start()]]
            wholes = [w for t in scope for w in _counts(POPULATION, t) if not _NOT_WHOLE.search(w[2].group("label"))]
            if len({w[0] for w in wholes}) != 1:
                continue
            n, n_unit = wholes[0][0], wholes[0][1]
            a, a_unit = x[0], x[1]
            units = {u for u in (n_unit, a_unit) if u}
            if len(units - {"nguoi"}) > 1 or ("ho" in units and len(units) > 1) or not 0 < a <= n:
                continue
            pct = float(share.group("p").replace(",", "."))
            actual = 100.0 * a / n
            if abs(actual - pct) <= _tolerance(share.group("p")) + 1e-9:
                continue
            if p.index in facts:
                ev, found = ctx.doc.evidence(p, 0, len(p.text)), p.text.strip()
            else:
                end = share.end() + (1 if f[share.end():share.end() + 1] == ")" else 0)
                ev, found = _ev(ctx, p, m.start(), end), p.text[m.start():end].strip(" ,")
            out.append(finding(rule, ctx, ev, found=found,
                               detail=f"{_vn_int(a)}/{_vn_int(n)} = {_vn_pct(actual)}%, không phải {share.group('p')}%"))
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
            if len(values) != 1:
                continue
            whole, part = next(iter(values)), _money(m.group("n"), m.group("u"))
            pct = float(m.group("p").replace(",", "."))
            if not 0 < part <= whole or abs(100.0 * part / whole - pct) <= _tolerance(m.group("p")) + 1e-9:
                continue
            unit = m.group("u")
            shown = _vn_int(round(whole / _SCALE[unit])) if whole % _SCALE[unit] == 0 else f"{whole:,.0f}".replace(",", ".")
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(),
                               detail=f"{m.group('n')}/{shown} = {_vn_pct(100.0 * part / whole)}%, không phải {m.group('p')}%"))
        offset += len(key) + 1
    return out


# -- a table's rates against its 100% row ---------------------------------------------------------------------------
#: A rate cell naming its base: "68,9% số tham gia", "37,2% tổng số hộ", "19,8% trên số dự họp" (folded).
_NAMED_RATE_CELL = re.compile(r"\s*(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%\s*(?:tren\s+|cua\s+|so\s+voi\s+)?(?P<base>(?:tong\s+)?so\s+[a-z ]{2,40}?)\s*$")


def _named_row_base(cells: list[str], r: int, j: int, above: list[tuple[str, float]]) -> str | None:
    """s17-i2 (u61-04 l.33): "| Đồng ý | 71 | 68,9% số tham gia |" under "| Số đại diện hộ tham gia biểu quyết | 96 |":
    a rate that names its base is the row's count over the one row above whose label holds that name ("tham gia",
    "tổng số hộ"). The detail when it is off beyond the rounding of its last digit; None when the base row is not
    the only one, or the rate fits."""
    m = _NAMED_RATE_CELL.fullmatch(fold_keep_length(cells[r]).lower())
    if not m:
        return None
    phrase = " ".join(m.group("base").split())
    words = phrase[3:] if phrase.startswith("so ") else phrase
    hits = [v for lb, v in above if re.search(rf"(?<!\w){re.escape(words)}(?!\w)", " ".join(lb.split()))]
    if len(hits) != 1:
        return None
    value, base, pct = _num(cells[j]), hits[0], float(m.group("p").replace(",", "."))
    if not 0 < value <= base or abs(100.0 * value / base - pct) <= _tolerance(m.group("p")) + 1e-9:
        return None
    return f"{_vn_int(value)}/{_vn_int(base)} = {_vn_pct(100.0 * value / base)}%, không phải {m.group('p')}%"


def check_base_row_percents(rule: Rule, ctx: Context) -> list[Finding]:
    """A table with a rate column whose "Tổng số …" row is 100% ("| Tổng số hộ | 187 | 100% |"): the rate of every
    row below it is its count over that row's count — or over the count of a row in between ("| Tán thành | 90 |
    80,4% |" under "| Dự họp | 112 | … |": of those present). Reported when it is neither, beyond the rounding of
    its last written digit. A rate that names its base ("80,4% số hộ dự họp") is not read."""
    out = []
    for table in pipe_tables(_aligned(ctx), 2):
        header = [fold_keep_length(c).lower() for c in table[0][1]]
        for r, h in enumerate(header):
            if r < 2 or not (re.match(r"\s*(?:ty|ti)\s+le", h) or "%" in h):
                continue
            plain = bool(re.search(r"%|phan\s+tram", h))  # "Tỷ lệ (%)": the cells may omit the sign
            rx = r"(\d{1,3}(?:,\d{1,2})?)\s*%" + ("?" if plain else "")
            base, seen, rows_above = None, [], []
            for no, cells in table[1:]:
                if len(cells) != len(header):
                    continue
                label = fold_keep_length(cells[0]).lower()
                nums = [j for j in range(1, r) if re.fullmatch(NUMBER, cells[j])]
                # a rate may be spelled ("Một trăm phần trăm")
                pm = re.fullmatch(rx, re.sub(r"\s*phần\s+trăm\s*$", "%", digits_for_words(cells[r].strip().lower())).strip())
                if len(nums) == 1:
                    rows_above.append((label, _num(cells[nums[0]])))
                if len(nums) == 1 and not pm:
                    named = _named_row_base(cells, r, nums[0], rows_above[:-1])
                    if named:
                        out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=" | ".join(cells),
                                           column=table[0][1][r], detail=named))
                if len(nums) != 1 or not pm:
                    continue
                value, pct = _num(cells[nums[0]]), float(pm.group(1).replace(",", "."))
                if base is None:
                    if pct == 100 and re.match(r"\s*tong\s+so", label):
                        base = value
                    continue
                seen.append(value)
                tol = _tolerance(pm.group(1)) + 0.05
                fits = [100.0 * value / d for d in [base, *seen[:-1]] if d and value <= d]
                if not 0 < value <= base or any(abs(f - pct) <= tol for f in fits):
                    continue
                out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=" | ".join(cells), column=table[0][1][r],
                                   detail=f"{_vn_int(value)}/{_vn_int(base)} = {_vn_pct(100.0 * value / base)}%, "
                                          f"không phải {pm.group(1)}%"))
    return out


# -- a fund's closing balance: opening + receipts − spending --------------------------------------------------------
_MONEY_CELL = re.compile(rf"({NUMBER}(?:,\d{{1,3}})?)(?:\s*(?:đồng|đ))?")
#: The balance carried to the next period: "Tồn quỹ chuyển năm 2026", "Số dư cuối kỳ", "Tồn cuối năm", "Còn tồn".
CLOSING_ROW = re.compile(r"^\s*(?:ton\s+quy\s+chuyen|ton\s+cuoi|so\s+du\s+cuoi|so\s+ton\s+cuoi|con\s+ton|ton\s+quy\s+cuoi|"
                         r"so\s+du\s+chuyen|ton\s+quy\s+den\s+ngay)(?!\w)")


def check_fund_balance(rule: Rule, ctx: Context) -> list[Finding]:
    """A fund's table that states the receipts ("Tổng thu"), the spending ("Tổng chi") and the balance carried
    on ("Tồn quỹ chuyển năm 2026"): the balance is the receipts less the spending, plus the opening balance when
    the receipts do not count it. Reported when it is neither; silent when a total is missing or stated twice."""
    out = []
    for table in pipe_tables(_aligned(ctx), 2):
        header = table[0][1]
        found: dict[str, list[tuple[float, int, list[str]]]] = {"in": [], "out": [], "open": [], "close": []}
        for no, cells in table[1:]:
            if len(cells) < 2:
                continue
            label = fold_keep_length(cells[0]).lower()
            vals = [c for c in cells[1:] if c.strip()]
            m = _MONEY_CELL.fullmatch(vals[0].strip()) if len(vals) == 1 else None
            if not m:
                continue
            v = _money(m.group(1), None)
            t = MONEY_TOTAL.match(label)
            kind = ("in" if t.group("w") == "thu" else "out") if t else \
                "close" if CLOSING_ROW.match(label) else "open" if BALANCE_ROW.match(label) and not found["in"] else None
            if kind:
                found[kind].append((v, no, cells))
        if any(len(found[k]) != 1 for k in ("in", "out", "close")) or len(found["open"]) > 1:
            continue
        if _money_sums(rule, ctx, table):
            continue  # a total that does not add up its own rows: that defect is IC-10's, said once
        (t_in, _, _), (t_out, _, _), (close, no, cells) = found["in"][0], found["out"][0], found["close"][0]
        opening = found["open"][0][0] if found["open"] else 0.0
        fits = {t_in - t_out, t_in + opening - t_out}
        if any(abs(close - f) < 0.5 for f in fits):
            continue
        detail = f"{_vn_int(round(t_in))} − {_vn_int(round(t_out))} = {_vn_int(round(t_in - t_out))}"
        if opening:
            detail += f" (cộng tồn đầu kỳ {_vn_int(round(opening))}: {_vn_int(round(opening + t_in - t_out))})"
        out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=" | ".join(cells),
                           detail=f"{detail}, không phải {cells[1] if len(cells) > 1 else ''}"))
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


# -- a one-seat election: the candidates' votes against the valid ballots ------------------------------------------
#: An election of one person (Law 10/2022 Art. 11: the head of a village or residential group).
ONE_SEAT = re.compile(r"(?<!\w)bau\s+(?:truong\s+(?:thon|ban|ap|lang|xom|khu\s+pho|phum|soc)|to\s+truong\s+to\s+dan\s+pho)(?!\w)")
_VOTES_CELL = re.compile(rf"({NUMBER})(?:\s+phieu)?")
#: "Ông Hứa Văn Ngô được 88 phiếu", "bà Lê Thị Mơ đạt 51 phiếu" (folded text; a ratio "88/142" is not read).
_PROSE_VOTES = re.compile(rf"(?<!\w)(?:ong|ba)\s+(?P<name>[a-z]+(?:\s+[a-z]+){{1,3}}?)\s+(?:duoc|dat|co)\s+"
                          rf"(?P<n>{NUMBER})(?!\d|[.,]\d|\s*/)\s+phieu(?!\s+(?:hop\s+le|khong|phat|thu))")


def check_candidate_votes(rule: Rule, ctx: Context) -> list[Finding]:
    """The election of one head of a village or residential group: each valid ballot keeps at most one name, so the
    candidates' votes together cannot exceed the valid ballots the document states once. Candidates are read from
    a table's rows ("| Ông Hứa Văn Ngô | 88 phiếu |", "| Hà Văn Cầm | 97 | 68,3% |" under "Người ứng cử") or
    from "ông A được 88 phiếu"; silent when a candidate is named twice with two counts, or the valid count is
    not stated once."""
    head = " ".join(q.folded for q in ctx.doc.paras[:15])
    if not ONE_SEAT.search(head):
        return []
    facts = _facts(ctx)
    valid: set[int] = set()
    returned: set[int] = set()
    invalid: set[int] = set()
    invalid_line = 0
    for p in ctx.doc.zone("preamble", "body", "closing"):
        text = fold_keep_length(facts[p.index]).lower() if p.index in facts else p.folded
        if "phieu" in text:
            valid |= {_num(m.group("n") or m.group("m")) for m in _BALLOT["valid"].finditer(text)
                      if not re.search(r"(?<!\w)khong\s+$", text[:m.start()])}
            returned |= {_num(m.group("n") or m.group("m")) for m in _BALLOT["returned"].finditer(text)}
            got = {_num(m.group("n") or m.group("m")) for m in _BALLOT["invalid"].finditer(text)}
            if got:
                invalid |= got
                invalid_line = p.line
    implied = False
    if not valid and len(returned) == 1 and len(invalid) == 1 and next(iter(invalid)) < next(iter(returned)):
        # "Số phiếu thu về | 171", "Số phiếu không hợp lệ | 4" and no valid count: the valid are the rest
        valid, implied = {next(iter(returned)) - next(iter(invalid))}, True
    if len(valid) != 1:
        return []
    votes: dict[str, set[int]] = {}
    last = None
    for table in pipe_tables(_aligned(ctx), 2):
        header = " ".join(fold_keep_length(c).lower() for c in table[0][1])
        named = re.search(r"ung\s+cu|ho\s+(?:va\s+)?ten", header)
        for no, cells in table[1:]:
            first = fold_keep_length(cells[0]).lower() if cells else ""
            person = re.match(r"\s*(?:ong|ba)\s+[a-z]", first) or (named and re.fullmatch(r"[a-z]+(?:\s+[a-z]+){1,4}", first.strip()))
            if not person or len(cells) < 2:
                continue
            m = _VOTES_CELL.fullmatch(fold_keep_length(cells[1]).lower().strip())
            if m:
                votes.setdefault(re.sub(r"^\s*(?:ong|ba)\s+", "", first).strip(), set()).add(_num(m.group(1)))
                last = ctx.doc.evidence_line(no), " | ".join(cells)
    if not votes:
        for p in ctx.doc.zone("preamble", "body", "closing"):
            for m in _PROSE_VOTES.finditer(p.folded):
                votes.setdefault(m.group("name"), set()).add(_num(m.group("n")))
                last = _ev(ctx, p, m.start(), m.end()), p.text[m.start():m.end()]
    if len(votes) < 2 or any(len(v) != 1 for v in votes.values()) or last is None:
        return []
    total, n = sum(next(iter(v)) for v in votes.values()), next(iter(valid))
    if total <= n:
        return []
    parts = " + ".join(_vn_int(next(iter(v))) for v in votes.values())
    of = (f" ({_vn_int(next(iter(returned)))} phiếu thu về trừ {_vn_int(next(iter(invalid)))} phiếu không hợp lệ)"
          if implied else "")
    ev = last[0]
    if implied and invalid_line < ev.line:  # the finding spans the invalid count it rests on and the candidates
        ev = dataclasses.replace(ev, line=invalid_line, end_line=max(ev.end_line, ev.line))
    return [finding(rule, ctx, ev, found=last[1].strip(),
                    detail=f"{parts} = {_vn_int(total)} phiếu bầu, nhiều hơn {_vn_int(n)} phiếu hợp lệ{of}")]


# -- a date the document asks for, or reports up to, against its own date ---------------------------------------
_FULL = r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)(?![\d/])|(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>(?:19|20)\d\d)(?!\d)"
#: A deadline the document sets (folded): "gửi … trước ngày 15/5/2026", "chậm nhất ngày 30/12/2025", "hạn cuối gửi
#: ý kiến: trước ngày …", "hoàn thành trước ngày …".
DEADLINE = re.compile(rf"(?<!\w)(?:truoc|cham\s+nhat(?:\s+(?:la|vao|den))?|han\s+(?:cuoi|chot)[^.;\d]{{0,60}}?(?::\s*)?(?:truoc|la|vao)?|"
                      rf"khong\s+qua|han\s+(?:gui|nop)[^.;\d]{{0,30}}?)\s+(?:het\s+)?(?:ngay\s+)?(?:{_FULL})")
#: The sentence asks someone to act by the date.
_ASKS = re.compile(r"(?<!\w)(?:de\s+nghi|yeu\s+cau|han\s+(?:cuoi|chot|gui|nop)|cham\s+nhat|gui\s+(?:ve|y\s+kien|bao\s+cao|ket\s+qua)|"
                   r"nop\s+(?:ve|ho\s+so|bao\s+cao)|hoan\s+thanh)(?!\w)")
#: ... and does not tell what was done by then ("đã gửi trước ngày …", "kết quả …").
_DONE = re.compile(r"(?<!\w)(?:da|duoc|ket\s+qua|thuc\s+hien\s+xong|nam\s+truoc|ky\s+truoc)(?!\w)")
#: A document that tells the past: its dates before its own date are what happened.
_PAST_TITLE = re.compile(r"^\s*(?:bao\s+cao|bien\s+ban|tong\s+ket|so\s+ket)(?!\w)")


def _date_iso(m) -> str | None:
    """The ISO date of a ``_FULL`` match (``_date_of``), None for an impossible one."""
    day = _date_of(m, "", None)
    return day.isoformat() if day else None


def _own_exact(ctx: Context) -> str | None:
    """The document's own date when its heading writes it in full and it is no draft."""
    if any(_DRAFT_LINE.search(fold_keep_length(raw).lower()) for raw in ctx.doc.raw_lines[:12]):
        return None
    own = own_date(ctx.doc)
    if own:
        return own[0] if own[1] and own[0] in _place_dates(ctx) else None
    # a heading that writes its date alone on a line, without the place: "Ngày 10 tháng 01 năm 2026", "Ngày 05/4/2026"
    for raw in ctx.doc.raw_lines[:8]:
        m = _DATE_LINE.match(fold_keep_length(raw).lower())
        if m:
            return _date_iso(m)
    return None


#: A heading line that marks a draft: "DỰ THẢO", "(Dự thảo lần 2)", "KẾ HOẠCH (DỰ THẢO)".
_DRAFT_LINE = re.compile(r"\(\s*du\s+thao[^)]*\)|^\s*du\s+thao(?:\s+lan\s+\d+)?\s*$")
_DATE_LINE = re.compile(r"^\s*ngay\s+(?P<d>\d{1,2})\s*(?:thang|/)\s*(?P<m>\d{1,2})\s*(?:nam|/)\s*(?P<y>(?:19|20)\d\d)\s*$")


def check_deadline_before(rule: Rule, ctx: Context) -> list[Finding]:
    """A plan, a notice or a letter that asks for something by a date ("đề nghị các thôn gửi báo cáo trước ngày
    15/5/2026") before its own date ("ngày 20 tháng 5 năm 2026"): no one can meet it, one of the two dates is
    wrong. Silent for reports and minutes (they tell what was done), for a sentence that tells what was done
    ("đã", "kết quả"), and for a document without a full date of its own."""
    own = _own_exact(ctx)
    if not own or ctx.doc_type == "bao_cao" or _PAST_TITLE.match(fold(ctx.doc.title_text or "").lower()):
        return []
    out = []
    # a short excerpt's first body line may be read into its heading
    for p in [q for q in ctx.doc.paras if q.zone in ("header", "preamble", "body", "closing")]:
        f = p.folded
        for sent in re.finditer(r"(?:[^.\n]|\.(?=\d))+", f):
            st = sent.group(0)
            if not _ASKS.search(st):
                continue
            for m in DEADLINE.finditer(st):
                when = _date_iso(m)
                if not when or when >= own or _DONE.search(st[:m.start()]):
                    continue
                a, b = sent.start() + m.start(), sent.start() + m.end()
                out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b].strip(),
                                   detail=f"thời hạn {vn_date(when)} đã qua trước ngày {vn_date(own)} của chính văn bản"))
    return out


#: The period a report covers (folded): "Kỳ báo cáo: từ ngày 01/01/2026 đến ngày 31/12/2026", "số liệu báo cáo tính
#: từ ngày … đến ngày …", "thời gian lấy số liệu từ … đến …".
REPORT_PERIOD = re.compile(rf"(?<!\w)(?:ky\s+bao\s+cao|so\s+lieu(?:\s+bao\s+cao)?|thoi\s+(?:gian|diem)\s+(?:lay|chot)\s+so\s+lieu|"
                           rf"pham\s+vi\s+bao\s+cao)\s*(?::|duoc|la|tinh)?\s*(?:tinh\s+)?(?:tu\s+(?:ngay\s+)?[\d/]+(?:\s+thang\s+\d+\s+nam\s+\d+)?\s*)?"
                           rf"(?:den|toi|-|–)\s+(?:het\s+)?(?:ngay\s+)?(?:{_FULL})")
#: Figures estimated ahead ("ước thực hiện", "dự kiến"): a report may count days still to come.
_ESTIMATED = re.compile(r"(?<!\w)(?:uoc|du\s+kien|du\s+bao)(?!\w)")


def check_period_after(rule: Rule, ctx: Context) -> list[Finding]:
    """A report whose stated period ends after the report's own date ("Ngày 03/02/2026 … Kỳ báo cáo: từ ngày
    01/01/2026 đến ngày 31/12/2026"): it reports days still to come — the period or the date is wrong. Silent for
    estimated figures ("ước thực hiện đến 31/12") and a document without a full date of its own."""
    own = _own_exact(ctx)
    if not own or not (ctx.doc_type == "bao_cao" or re.match(r"\s*bao\s+cao(?!\w)", fold(ctx.doc.title_text or "").lower())):
        return []  # a plan may ask for figures up to a day to come
    out = []
    for p in ctx.doc.paras:
        if p.zone not in ("header", "preamble", "body", "closing"):
            continue
        f = p.folded
        for m in REPORT_PERIOD.finditer(f):
            when = _date_iso(m)
            sent_start = max(f.rfind(".", 0, m.start()), f.rfind("\n", 0, m.start())) + 1
            sent_end = f.find(".", m.end()) if "." in f[m.end():] else len(f)
            if not when or when <= own or _ESTIMATED.search(f[sent_start:sent_end]):
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()].strip(),
                               detail=f"kỳ báo cáo kết thúc ngày {vn_date(when)}, sau ngày {vn_date(own)} của chính báo cáo"))
    return out


# -- a step's deadline against the plan's own timetable -----------------------------------------------------------
#: A row of a timetable, its cells split by bars or by runs of spaces: "Thông qua, đề nghị công nhận   Tháng 6/2026
#: Trưởng thôn": a step, then when (a month, months "02-3/2026", or a date) — folded text.
_WHEN_CELL = re.compile(r"^(?:thang\s+|trong\s+thang\s+|tu\s+thang\s+)?(?P<m>\d{1,2})(?:\s*(?:[-–]|den)\s*(?:thang\s+)?\d{1,2})?\s*/\s*(?P<y>(?:19|20)\d\d)$")
#: "hoàn thành việc thông qua hương ước, quy ước sửa đổi trước ngày 30/4/2026", "xong việc niêm yết chậm nhất ngày
#: 15/5/2026": the step, then its deadline (folded).
STEP_DEADLINE = re.compile(r"(?<!\w)(?:hoan\s+thanh|xong|ket\s+thuc)\s+(?:viec\s+|cong\s+tac\s+)?(?P<step>[a-z]+\s+[a-z]+)(?!\w)"
                           r"[^.;:]{0,80}?(?<!\w)(?:truoc|cham\s+nhat|han\s+cuoi)\s+(?:(?:la|vao)\s+)?(?:ngay\s+)?"
                           r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)(?!\d)")
_STEP_WORDS = {"thong qua", "niem yet", "lay y", "soan thao", "ra soat", "tong ket", "to chuc", "bau cu", "de nghi",
               "cong khai", "trien khai", "xay dung", "bieu quyet", "phat phieu", "kiem phieu", "hop thon"}


def _timetable_rows(ctx: Context) -> list[tuple[int, str, datetime.date]]:
    """(line, step label, first day of its time) of each timetable row: a label cell, then a cell of when."""
    rows = []
    for no, raw in enumerate(ctx.doc.raw_lines, 1):
        cells = [c.strip() for c in (split_row(raw) if "|" in raw else re.split(r" {2,}|\t", raw.strip()))]
        cells = [c for c in cells if c]
        while cells and re.fullmatch(r"\d{1,2}[.)]?|[ivxlc]+[.)]?", cells[0].lower()):
            cells = cells[1:]  # a running number "| 1 | Niêm yết … |"
        if len(cells) < 2:
            continue
        label = fold_keep_length(cells[0]).lower().strip(" .:-")
        label = re.sub(r"^\d{1,2}[.)]?\s*", "", label)
        whens = [m for c in cells[1:] if (m := _WHEN_CELL.match(fold_keep_length(c).lower().strip(" .;")))]
        if len(whens) != 1 or not re.match(r"[a-z]", label):
            continue
        m = whens[0]
        mo, y = int(m.group("m")), int(m.group("y"))
        if 1 <= mo <= 12:
            rows.append((no, label, datetime.date(y, mo, 1)))
    return rows


#: A quarter's heading over its tasks: "Quý I/2026", "2. Quý II năm 2026:", "QUÝ 3/2026" (folded, whole paragraph).
_QUARTER_HEAD = re.compile(r"\s*(?:(?:[ivx]{1,4}|\d{1,2}|[a-d])[.)]\s*)?quy\s+(?P<q>iv|iii|ii|i|0?[1-4])\s*(?:/|-|nam\s+)\s*"
                           r"(?P<y>20\d\d)\s*:?\s*")
_QUARTER_NO = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
#: One month of a year named in a task: "(tháng 5/2026)", "trong tháng 5 năm 2026" — not a span "tháng 4-5/2026".
_TASK_MONTH = re.compile(r"(?<![\d\-–/])(?<!den\s)(?<!toi\s)thang\s+(?P<m>\d{1,2})\s*(?:/\s*|\s+nam\s+)(?P<y>20\d\d)(?![\d/])")


def _month_outside_quarter(rule: Rule, ctx: Context) -> list[Finding]:
    """s17-i2 (u62-10 l.24): a plan lists its tasks under quarter headings ("Quý I/2026") and dates one of them in a
    month of another quarter of that year ("- Giám sát việc công khai dự toán … (tháng 5/2026)"). Read on the list
    items right under the heading, up to the next heading; a span of months or another year is not read."""
    paras = list(ctx.doc.zone("preamble", "body", "closing"))
    out = []
    for i, h in enumerate(paras):
        hm = _QUARTER_HEAD.fullmatch(h.folded)
        if not hm:
            continue
        q, year = _QUARTER_NO[hm.group("q").lstrip("0")], int(hm.group("y"))
        for item in paras[i + 1:i + 20]:
            if not BULLET.match(item.text) or _QUARTER_HEAD.fullmatch(item.folded):
                break
            if re.search(r"(?<!\w)(?:tu|den|toi|va|hoac)\s+thang|(?<!\w)thang\s+\d{1,2}\s*(?:-|–|,|va|den)\s*\d", item.folded):
                continue  # a span or several months: which one the quarter holds is not read
            months = [m for m in _TASK_MONTH.finditer(item.folded) if int(m.group("y")) == year]
            if len(months) != 1:
                continue
            m = months[0]
            month = int(m.group("m"))
            if not 1 <= month <= 12 or (month - 1) // 3 + 1 == q:
                continue
            out.append(finding(rule, ctx, _ev(ctx, item, m.start(), m.end()), found=item.text[m.start():m.end()],
                               detail=f"việc xếp vào {h.text.strip().rstrip(':')} nhưng tháng {month}/{year} thuộc quý "
                                      f"{['I', 'II', 'III', 'IV'][(month - 1) // 3]}"))
    return out


def check_schedule_deadline(rule: Rule, ctx: Context) -> list[Finding]:
    """A plan's timetable puts a step in a month ("Thông qua, đề nghị công nhận | Tháng 6/2026") and its text
    requires that step done before an earlier day ("hoàn thành việc thông qua hương ước … trước ngày 30/4/2026"):
    the timetable begins the step after its own deadline. Read only when one timetable row opens with the step's
    words (two words: "thông qua", "niêm yết", "lấy ý kiến" …) and the whole month of that row is after the day."""
    quarters = _month_outside_quarter(rule, ctx)
    rows = _timetable_rows(ctx)
    if len(rows) < 2:
        return quarters
    out = quarters
    for p in ctx.doc.zone("preamble", "body", "closing"):
        for m in STEP_DEADLINE.finditer(p.folded):
            step = m.group("step")
            if step not in _STEP_WORDS:
                continue
            try:
                due = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
            same = [r for r in rows if r[1].startswith(step)]
            if len(same) != 1 or same[0][2] <= due:
                continue
            no, label, start = same[0]
            a = m.start()
            out.append(finding(rule, ctx, _ev(ctx, p, a, m.end()), found=p.text[a:m.end()],
                               detail=f"tiến độ ở dòng {no} («{re.sub(r'[|]?[ ]{2,}[|]?|[ ]?[|][ ]?', ' | ', ctx.doc.raw_lines[no - 1].strip(' |'))}») xếp việc này "
                                      f"từ tháng {start.month}/{start.year}, sau thời hạn {due:%d/%m/%Y}"))
    return out
