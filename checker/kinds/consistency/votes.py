"""Internal consistency — those present and absent, votes, ballots and candidates.

8. ``absent_count``, ``rest_parts``, ``rate_base``, ``vote_totals``, ``listed_parts`` (IC-72..IC-76): the absent
   against the whole less the present; parts that end with the rest ("còn 2 đơn"); a rate of a named base the
   document states once ("Tỷ lệ trên số đại biểu có mặt"); a hand vote's three counts against those present; a
   count with "gồm:" and its parts one per list line, or parts then "tổng cộng".

9. ``ballots``, ``present_share``, ``money_share``, ``base_row_percents``, ``fund_balance``, ``candidate_votes``
   (IC-78..IC-83): ballots issued, returned, valid and invalid; the share of those present; an amount's share of the
   investment stated elsewhere; a table's rates against its 100% row; a fund's closing balance; a one-seat
   election's votes against the valid ballots.
"""
from __future__ import annotations

import dataclasses
import re

from checker.kinds import Context, finding
from checker.kinds.consistency.common import (
    _aligned, _aligned_read, _ev, _FOR, VOTE_OPTION, _LABEL_END, _labelled_number, NOT_ADDED, _num, NUMBER, pipe_tables, _PLACE,
    POPULATION, _tolerance, _vn_int, _vn_pct,
)
from checker.model import Finding, Rule
from checker.tables import cells as row_cells, space_cells
from checker.text import fold_keep_length


def _facts(ctx: Context) -> dict[int, str]:
    return _aligned_read(ctx)[1]


# -- absent_count: the whole, those present, those absent ---------------------------------------------------------

_ATTEND = (r"co\s+mat|du\s+hop|tham\s+du|du\s+hoi\s+nghi|di\s+bau|tham\s+gia\s+bo\s+phieu"
           r"|co\s+su\s+tham\s+gia\s+cua")  # "Hội nghị có sự tham gia của 62 đại biểu"
#: Those present: "số đại diện hộ có mặt: 97", "có mặt: 118 đại biểu", "dự họp 97 hộ", "97 đại diện hộ có mặt".
PRESENT = re.compile(rf"(?<!\w)(?P<label>(?:so\s+)?(?:[a-z]+\s+){{0,4}}?(?:{_ATTEND}))"
                     rf"{_LABEL_END}(?P<n>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)(?:\s+(?P<unit>[a-z]+))?"
                     rf"|(?<![\w/.,])(?P<n2>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)\s+(?P<unit2>[a-z]+)(?:\s+[a-z]+){{0,3}}?\s+(?:{_ATTEND})(?!\w)")
#: s31-qt (unseen86 u86-28): those present under the bare verb after the noun they count — "đại diện hộ dự 171",
#: "số hộ dự: 171", "đại biểu dự 45" — never "dự" alone ("dự toán 98.400.000", "dự kiến 20").
PRESENT_DU = re.compile(rf"(?<!\w)(?P<label>(?:so\s+)?(?:dai\s+dien\s+ho(?:\s+gia\s+dinh)?|ho(?:\s+gia\s+dinh)?|dai\s+bieu|"
                        rf"cu\s+tri|nguoi)\s+du){_LABEL_END}(?P<n>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)(?:\s+(?P<unit>[a-z]+))?")
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


#: The absent split by reason, every part counted: "(có lý do 7, không lý do 2)", "(có phép: 3; không phép: 1)".
_REASON_SPLIT = re.compile(r"\s*\(\s*(?:(?:co|khong)\s+(?:co\s+)?(?:ly\s+do|phep)\s*:?\s*\d+(?:\s+[a-z]+)?\s*[,;]\s*)+"
                           r"(?:co|khong)\s+(?:co\s+)?(?:ly\s+do|phep)\s*:?\s*\d+(?:\s+[a-z]+)?\s*\)")


def _complement_count(m, ctx_text: str) -> tuple[int, str | None] | None:
    """A matched count and its unit; None when its label or what follows restricts it to a part."""
    key = "n" if m.group("n") else "n2"
    label = m.group("label") or ""
    after = ctx_text[m.end():m.end() + 25]
    if _SOME.search(label) or re.match(r"\s*,?\s*(?:co\s+ly\s+do|khong\s+(?:co\s+)?ly\s+do|co\s+phep|khong\s+phep)", after):
        return None
    # "vắng 5 người (có lý do)." qualifies the whole; "(có lý do 3, không lý do 2)" splits it and the count is
    # still all the absent (IC-77 reads the parts); "(có lý do)" before another clause leaves it unsure
    if re.match(r"\s*\(\s*(?:co\s+ly\s+do|khong\s+(?:co\s+)?ly\s+do|co\s+phep|khong\s+phep)", after) \
            and not re.match(r"\s*\(\s*(?:deu\s+)?(?:co\s+ly\s+do|co\s+phep)\s*\)\s*(?:[.;]|$)", ctx_text[m.end():]) \
            and not _REASON_SPLIT.match(ctx_text[m.end():]):
        return None
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
            and not re.search(r"(?<!\w)khong\s+$", text[:x[2].start()]) and not _vote_over_present(x[2], text)]


#: s33-qt (u92-04 l.13, l.21): a count of one answer told over those present — "61/67 đại diện hộ dự họp giơ tay
#: đồng ý", "Đồng ý: 59/67 đại diện hộ dự họp", "52 hộ dự họp biểu quyết tán thành" — counts those who answered so,
#: not those present: the answer right after it in its clause, or its label right before it.
_ANSWER = r"(?:khong\s+)?(?:tan\s+thanh|dong\s+y|nhat\s+tri)|phan\s+doi|khong\s+bieu\s+quyet|y\s+kien\s+khac"
_ANSWER_AFTER = re.compile(rf"^\s*(?:(?:deu|da|cung)\s+)?(?:(?:gio\s+tay|bieu\s+quyet)\s+)?(?:{_ANSWER})(?!\w)")
_ANSWER_BEFORE = re.compile(rf"(?<!\w)(?:{_ANSWER})\s*(?::|la|co)?\s*$")


def _vote_over_present(m, text: str) -> bool:
    if not m.groupdict().get("n2"):
        return False  # "số đại diện hộ dự họp: 67": the label counts those present
    return bool(_ANSWER_AFTER.match(text[m.end():]) or _ANSWER_BEFORE.search(text[max(0, m.start() - 30):m.start()]))


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
        wholes, present = [], _present_counts(PRESENT, after) + _present_counts(PRESENT_DU, after)
        for t in scope:
            wholes += [w for w in _counts(POPULATION, t) if not _NOT_WHOLE.search(w[2].group("label"))]
            present += _present_counts(PRESENT, t) + _present_counts(PRESENT_DU, t)
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


def _vote_line(line: str, label: str) -> list[int]:
    """A list line's or table row's count for ``label``, as ``_vote`` reads it, or after the label and its object up to
    the line's colon — s23-ic (u71-04 l.28): "- Tán thành chủ trương và mức đóng góp: 79 đại diện hộ;"."""
    found = _vote(line, label)
    if found:
        return found
    m = re.match(rf"^\s*(?:[-+•*]|[a-zđ]\)|\d{{1,2}}[.)])?\s*(?:{label})(?!\w)[^\d:;()]{{0,80}}:\s*(?P<n>{NUMBER})"
                 rf"(?!\d|[.,]\d|\s*/|\s*%)", line)
    return [_num(m.group("n"))] if m else []


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
            out += _votes_exceed_whole(rule, ctx, p, sent, {x[0] for x in present}, _present_of(present))
            if len(fo) == 1 and len(ag) == 1 and len(ab) == 1 and "phieu" not in s \
                    and not re.search(r"\d\s*/\s*\d", _DATE_SLASH.sub(" ", s)):
                # "Có 180 hộ dự họp, 150 hộ tán thành, …": those present told in the vote's own sentence
                r = _OUT_OF.sub(r"\1/\2", s)  # "Có 62 trên 70 hộ dự họp": 62 present of 70
                here = {x[0] for x in _present_counts(PRESENT, r) + _present_counts(PRESENT_RATIO, r)}
                # s37-qt (u92-06 l.30): "số đại diện hộ tham gia bình chọn: 152; đồng ý: 139; …" — those who voted told in
                # the vote's own sentence are its base, before those present
                here_voters = {x[0] for x in _present_counts(VOTERS, r)}
                # s18-ic (u63-12 l.20): "Số đại diện hộ tham gia biểu quyết: 130" told before: every voter picks one
                # answer, so the three make those who voted (those present may be more)
                base = here_voters if len(here_voters) == 1 else here if len(here) == 1 else (
                    {x[0] for x in voters} if len({x[0] for x in voters}) == 1 else {x[0] for x in present})
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
    said = {f.evidence.line for f in out}
    return (out + _listed_votes(rule, ctx, paras) + _fraction_votes(rule, ctx, paras)
            + [f for f in _table_votes(rule, ctx, {x[0] for x in present}) if f.evidence.line not in said])


_PRESENT_HEAD = re.compile(rf"(?:so\s+)?(?:[a-z]+\s+){{0,3}}?(?:{_ATTEND}|tham\s+gia\s+bieu\s+quyet)(?:\s+[a-z]+){{0,2}}")


def _table_votes(rule: Rule, ctx: Context, present: set[int]) -> list[Finding]:
    """s26-ic (u77-02 l.23): a table of votes, one matter a row, under the three answers ("| Nội dung | Tán thành | Không
    tán thành | Không biểu quyết | Cộng |"), against the one number present the document states ("có mặt: 146"): every
    one present gives one answer on each matter, so each row's three answers make those present. Read when the table
    has the three answer columns, a row of it adds up to those present exactly (the table counts that meeting), and
    the document gives one number present; a row that does not is said. s29-ic (u84-38 l.8): a row that states its own
    present under a column of those present or voting ("| Có mặt | Tán thành | Không tán thành | Không biểu quyết |",
    "| 98 | 88 | 09 | 04 |") is read against its own cell."""
    out = []
    for table in pipe_tables(_aligned(ctx), 2):
        header = [" ".join(fold_keep_length(c).lower().split()) for c in table[0][1]]
        cols = [[j for j, h in enumerate(header) if j and re.fullmatch(rf"(?:so\s+)?(?:{rx})", h)]
                for rx in (_FOR, _AGAINST, _ABSTAIN)]
        if any(len(c) != 1 for c in cols) or any("phieu" in h for h in header):
            continue
        js = [c[0] for c in cols]
        own = [j for j, h in enumerate(header) if j not in js and _PRESENT_HEAD.fullmatch(h)
               and not re.search(r"(?<!\w)(?:vang|khong)(?!\w)", h)]
        own = own[0] if len(own) == 1 else None
        if own is None and len(present) != 1:
            continue
        rows = []
        for no, cells in table[1:]:
            if len(cells) != len(header) or not all(re.fullmatch(NUMBER, cells[j].strip()) for j in js):
                continue
            if own is not None and not re.fullmatch(NUMBER, cells[own].strip()):
                continue
            rows.append((no, cells, [_num(cells[j].strip()) for j in js],
                         _num(cells[own].strip()) if own is not None else next(iter(present))))
        if own is None and not any(sum(v) == n for _, _, v, n in rows):
            continue
        for no, cells, v, n in rows:
            if sum(v) == n or 2 * sum(v) < n:
                continue
            told = ("người có mặt ghi ở cùng dòng" if own is not None
                    else f"người có mặt (các dòng khác cộng đúng {_vn_int(n)})")
            out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=" | ".join(cells),
                               detail=f"{' + '.join(_vn_int(x) for x in v)} = {_vn_int(sum(v))}, không phải {_vn_int(n)} "
                                      + told))
    return out


#: Those who voted, told as a label and its count: "Số đại diện hộ tham gia biểu quyết: 130", "tham gia bình chọn
#: 130 hộ", "130 đại diện hộ tham gia biểu quyết" (folded; "không tham gia biểu quyết" is an answer, not voters).
#: s37-qt: "tham gia biểu quyết trực tuyến: 152" — the online vote's voters (Decree 59/2023 Art. 5).
_VOTED = (r"(?:(?<!khong\s)tham\s+gia\s+(?:bieu\s+quyet|binh\s+chon|lay\s+y\s+kien)|(?<!khong\s)da\s+bieu\s+quyet)"
          r"(?:\s+truc\s+tuyen)?")
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


def _present_of(present: list) -> dict[int, set[int]]:
    """Those present told as a ratio of the whole body ("Có mặt: 06/07 thành viên"), by that whole: {7: {6}}."""
    out: dict[int, set[int]] = {}
    for k, _, m in present:
        if m.re is PRESENT_RATIO and (w := m.group("whole") or m.group("whole2")):
            out.setdefault(_num(w), set()).add(k)
    return out


def _votes_exceed_whole(rule: Rule, ctx: Context, p, sent, present: set[int],
                        present_of: dict[int, set[int]] | None = None) -> list[Finding]:
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
    frac_whole = bool(wholes)
    if not wholes:
        if len(cats) == 3:
            return []  # the sum-equals check judges a full plain vote
        r = _OUT_OF.sub(r"\1/\2", s)
        here = {x[0] for x in _present_counts(PRESENT, r) + _present_counts(PRESENT_RATIO, r)}
        wholes = here if here else present
    if len(wholes) != 1 or (n := next(iter(wholes))) <= 0:
        return []
    total = sum(cats)
    told = ""
    if total <= n and frac_whole and len(here := (present_of or {}).get(n, set())) == 1 and next(iter(here)) < n:
        # s22-ic (u69-06 l.22): the vote over the whole body ("tán thành 03/07, không tán thành 04/07") when only part
        # of it was there ("Có mặt: 06/07 thành viên"): an absent member casts no vote, so the votes are at most those
        # present
        told = f" ({_vn_int(next(iter(here)))}/{_vn_int(n)})"
        n = next(iter(here))
    if total <= n:
        return []
    a, b = sent.start(), sent.end()
    return [finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b].strip(),
                    detail=f"{' + '.join(_vn_int(c) for c in cats)} = {_vn_int(total)}, nhiều hơn {_vn_int(n)} người có mặt{told}")]


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
        vote = _vote_line if listed else _vote
        cats = [(c, v) for c, v in (("against", vote(text, _AGAINST)), ("abstain", vote(text, _ABSTAIN)))
                if v]
        fo = [] if cats else vote(text, _FOR)
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
                # s23-ic (u71-05 l.30-33): the evidence runs from the whole to the last answer, the tally's lines
                ev = ctx.doc.evidence(last[whole], 0, len(last[whole].text))
                ev = dataclasses.replace(ev, end_line=max(ev.end_line, answer_para.end_line))
                out.append(finding(rule, ctx, ev,
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
    ev = dataclasses.replace(ev, line=min(first, no), end_line=no)
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
_VALID_AT = re.compile(r"(?<![\w])(?<!khong\s)(?:so\s+)?phieu\s+hop\s+le\s*(?:\.{3,}\s*|:\s*|\s+(?:la\s+)?)(?P<n>\d{1,4})(?![\d/%]|[.,]\d)"
                       # s29-ic (u83-32 l.9): "Kết quả kiểm phiếu: phát ra 131, thu về 131, hợp lệ 131; tán thành 97; …":
                       # the valid ballots told bare, after the ballots issued or returned of the same count
                       r"|(?<!\w)(?:phat\s+ra|thu\s+ve)(?!\w)[^\n;.]{0,40}?[,;]\s*hop\s+le\s*(?::\s*|\s+(?:la\s+)?)"
                       r"(?P<b>\d{1,4})(?![\d/%]|[.,]\d)")


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
        got, last_at = {}, v.end()
        for k, rx in _ANSWERS3.items():
            hits = [m for m in rx.finditer(window)
                    if not (k == "for" and re.search(r"(?<!\w)khong\s+$|(?<!\w)y\s+kien\s+$", window[:m.start()]))]
            if len(hits) != 1:
                break
            got[k] = int(hits[0].group("n"))
            last_at = max(last_at, v.end() + hits[0].start())
        if len(got) != 3:
            continue
        valid, total = int(v.group("n") or v.group("b")), sum(got.values())
        if total == valid:
            continue
        no = text.count("\n", 0, v.start()) + 1
        # s23-ic (u71-05 l.30-33): the evidence runs from the valid ballots to the last answer, the tally's lines
        ev = ctx.doc.evidence_line(no)
        ev = dataclasses.replace(ev, line=no, end_line=max(no, text.count("\n", 0, last_at) + 1))
        names = {"for": "đồng ý", "against": "không đồng ý", "abstain": "ý kiến khác"}
        out.append(finding(rule, ctx, ev, found=raw[no - 1].strip(" -+;.|"),
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


# -- a one-seat election: the candidates' votes against the valid ballots ------------------------------------------
#: An election of one person (Law 10/2022 Art. 11: the head of a village or residential group).
ONE_SEAT = re.compile(r"(?<!\w)bau\s+(?:truong\s+(?:thon|ban|ap|lang|xom|khu\s+pho|phum|soc)|to\s+truong\s+to\s+dan\s+pho)(?!\w)")
_VOTES_CELL = re.compile(rf"({NUMBER})(?:\s+phieu)?")
#: "Ông Hứa Văn Ngô được 88 phiếu", "bà Lê Thị Mơ đạt 51 phiếu" (folded text; a ratio "88/142" is not read).
_PROSE_VOTES = re.compile(rf"(?<!\w)(?:ong|ba)\s+(?P<name>[a-z]+(?:\s+[a-z]+){{1,3}}?)\s+(?:duoc|dat|co)\s+"
                          rf"(?P<n>{NUMBER})(?!\d|[.,]\d|\s*/)\s+phieu(?!\s+(?:hop\s+le|khong|phat|thu))")



def _ballot_counts(ctx: Context) -> tuple[set[int], set[int], set[int], int]:
    """The ballot counts the document states (each read once from its facts): valid (not "không hợp lệ"), returned,
    invalid, and the line of the last invalid count — shared by the one-seat and the candidate checks."""
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
    return valid, returned, invalid, invalid_line

#: s33-qt (u92-08 l.28): a candidate's votes with or without a verb — "ông Mẫn Văn Tiến 05 phiếu", "bà B được 02 phiếu".
_BARE_VOTES = re.compile(rf"(?<!\w)(?:ong|ba)\s+(?P<name>[a-z]+(?:\s+[a-z]+){{1,3}}?)\s+(?:(?:duoc|dat|co)\s+)?"
                         rf"(?P<n>{NUMBER})(?!\d|[.,]\d|\s*/)\s+phieu(?!\s+(?:hop\s+le|khong|phat|thu))")


def _one_seat_sentence(rule: Rule, ctx: Context) -> list[Finding]:
    """s33-qt (u92-08 l.28): one sentence tells the election of one seat ("Kết quả bầu Trưởng ban: số phiếu phát ra
    06, thu về 06; ông A 05 phiếu, bà B 02 phiếu"), its ballots (valid, or returned when no invalid is told) and its
    candidates' votes: each ballot keeps at most one name for one seat, so the votes cannot exceed those ballots. Read
    per sentence, so a document electing two seats (Trưởng ban, then Phó Trưởng ban) weighs each on its own."""
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = p.folded
        for sent in re.finditer(r"(?:[^.\n]|\.(?=\d))+", f):
            s = sent.group(0)
            if not ONE_SEAT.search(s) or "phieu" not in s:
                continue
            valid = {_num(m.group("n") or m.group("m")) for m in _BALLOT["valid"].finditer(s)
                     if not re.search(r"(?<!\w)khong\s+$", s[:m.start()])}
            returned = {_num(m.group("n") or m.group("m")) for m in _BALLOT["returned"].finditer(s)}
            invalid = list(_BALLOT["invalid"].finditer(s))
            base = valid if valid else (returned if not invalid else set())
            if len(base) != 1:
                continue
            votes = [(m.group("name"), _num(m.group("n")), m) for m in _BARE_VOTES.finditer(s)]
            if len(votes) < 2 or len({x for x, _, _ in votes}) != len(votes):
                continue
            n, total = next(iter(base)), sum(k for _, k, _ in votes)
            if total <= n:
                continue
            a, b = sent.start() + votes[0][2].start(), sent.start() + votes[-1][2].end()
            kind = "hợp lệ" if valid else "thu về"
            out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b].strip(),
                               detail=f"{' + '.join(_vn_int(k) for _, k, _ in votes)} = {_vn_int(total)} phiếu bầu, "
                                      f"nhiều hơn {_vn_int(n)} phiếu {kind}"))
    return out


def check_candidate_votes(rule: Rule, ctx: Context) -> list[Finding]:
    """The election of one head of a village or residential group: each valid ballot keeps at most one name, so the
    candidates' votes together cannot exceed the valid ballots the document states once. Candidates are read from
    a table's rows ("| Ông Hứa Văn Ngô | 88 phiếu |", "| Hà Văn Cầm | 97 | 68,3% |" under "Người ứng cử") or
    from "ông A được 88 phiếu"; silent when a candidate is named twice with two counts, or the valid count is
    not stated once."""
    told = _one_seat_sentence(rule, ctx)
    if told:
        return told
    head = " ".join(q.folded for q in ctx.doc.paras[:15])
    if not ONE_SEAT.search(head):
        return []
    valid, returned, invalid, invalid_line = _ballot_counts(ctx)
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


# -- s27-ic: one candidate's votes against the valid ballots, whatever the seats -------------------------------------
#: A header cell naming the candidates ("Họ và tên", "Người ứng cử", "Người trúng cử") and one counting their votes
#: ("Số phiếu", "Số phiếu bầu", "Phiếu bầu"; not a rate) — folded.
_NAMES_HEAD = re.compile(r"(?<!\w)(?:ho\s+(?:va\s+)?ten|(?:nguoi\s+)?(?:ung|trung)\s+cu)(?!\w)")
_VOTES_HEAD = re.compile(r"^\s*(?:so\s+)?phieu(?:\s+bau)?(?:\s+(?:dong\s+y|tan\s+thanh))?\s*$")
_A_NAME = re.compile(r"(?:(?:ong|ba|anh|chi)\s+)?[a-z]+(?:\s+[a-z]+){1,4}")


def _candidate_rows(ctx: Context) -> list[tuple[int, str, int]]:
    """(line, name, votes) of each row of a table of candidates — a header with a names column and a votes column,
    then numbered rows naming a person and a bare count — in "| … |" rows or columns aligned with spaces."""
    out = []
    rows: list[tuple[int, list[str]]] = []
    for no, line in enumerate(ctx.doc.raw_lines, 1):
        cells = row_cells(line) if "|" in line else space_cells(line)
        rows.append((no, cells or []))
    k = 0
    while k < len(rows):
        no, head = rows[k]
        heads = [fold_keep_length(c).lower().strip() for c in head]
        names = next((i for i, h in enumerate(heads) if _NAMES_HEAD.search(h)), None)
        votes = next((i for i, h in enumerate(heads) if _VOTES_HEAD.match(h)), None)
        k += 1
        if names is None or votes is None or any(re.search(r"\d", h) for h in heads):
            continue
        while k < len(rows) and len(rows[k][1]) == len(head):
            no2, cells = rows[k]
            name = fold_keep_length(cells[names]).lower().strip()
            got = re.fullmatch(rf"({NUMBER})(?:\s+phieu)?", fold_keep_length(cells[votes]).lower().strip())
            if not (_A_NAME.fullmatch(name) and got and cells[names].split()[-1][:1].isupper()):
                break
            out.append((no2, cells[names].strip(), _num(got.group(1))))
            k += 1
    return out


#: s34-qt (u93-07 l.28): a candidate's votes and their share written beside them — "29 phiếu (91,2%)", "được 29 phiếu,
#: đạt 91,2%", "29 phiếu (đạt 91,2% số phiếu hợp lệ)" (folded). A share that names another base ("% tổng số cử tri") is
#: not read.
_VOTES_SHARE = re.compile(rf"(?<![\w/.,])(?P<n>{NUMBER})(?!\d|[.,]\d|\s*/)\s+phieu(?:\s+bau)?\s*(?:\(\s*|,\s*)"
                          r"(?:(?:dat|chiem|bang)\s+)?(?:(?:ty|ti)\s+le\s+)?(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%"
                          r"(?=\s*(?:\)|\||;|$|\.|,)|\s+(?:(?:tong\s+)?so\s+)?phieu\s+hop\s+le(?!\w))")
#: Every count the document writes (a share's base may be any of them: the valid ballots, those returned, present).
_ANY_COUNT = re.compile(rf"(?<![\d.,])({NUMBER})(?![\d]|[.,]\d)")


def _share_off_ballots(rule: Rule, ctx: Context, valid: set[int], returned: set[int]) -> list[Finding]:
    """s34-qt (u93-07 l.28): a candidate's votes written with their share ("29 phiếu (91,2%)") where the document
    states one count of the valid ballots (or, with none, of those returned): the share is of that count. Reported
    only when it is the share of no count the document writes anywhere (issued, returned, present, convened) — the
    text need not say which base it meant, and any base it states may be it."""
    bound, what = (valid, "phiếu hợp lệ") if valid else (returned, "phiếu thu về")
    if len(bound) != 1 or (n := next(iter(bound))) <= 0:
        return []
    counts = {_num(x) for line in ctx.doc.raw_lines for x in _ANY_COUNT.findall(line)}
    out = []
    for no, line in enumerate(ctx.doc.raw_lines, 1):
        f = fold_keep_length(line).lower()
        if "phieu" not in f or "%" not in f:
            continue
        for m in _VOTES_SHARE.finditer(f):
            k, pct = _num(m.group("n")), float(m.group("p").replace(",", "."))
            if k > n or k == 0:
                continue  # more votes than ballots: IC-98's first reading; none: no share to check
            tol = _tolerance(m.group("p")) + 1e-9
            if any(y >= k and abs(100.0 * k / y - pct) <= tol for y in counts if y):
                continue
            out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=line[m.start():m.end()].strip(" ,(|"),
                               detail=f"{_vn_int(k)}/{_vn_int(n)} {what} = {_vn_pct(100.0 * k / n)}%, "
                                      f"không phải {m.group('p')}%"))
    return out


def check_candidate_over_valid(rule: Rule, ctx: Context) -> list[Finding]:
    """s27-ic (u79-d07 l.26): a secret ballot gives each candidate at most one vote, however many seats are filled, so
    no candidate has more votes than the valid ballots the document states once (or, with none stated, the ballots
    returned). Candidates are read from a table ("| STT | Họ và tên | … | Số phiếu |", also in columns aligned with
    spaces); silent with two valid counts (two rounds), or a candidate named twice."""
    valid, returned, _, _ = _ballot_counts(ctx)
    bound, what = (valid, "phiếu hợp lệ") if valid else (returned, "phiếu thu về")
    if len(bound) != 1:
        return []
    n = next(iter(bound))
    shares = _share_off_ballots(rule, ctx, valid, returned)
    rows = _candidate_rows(ctx)
    if len({name for _, name, _ in rows}) != len(rows):
        return shares
    out = shares
    for no, name, k in rows:
        if k > n:
            also = f", {_vn_int(next(iter(returned)))} phiếu thu về" if valid and len(returned) == 1 and k > next(iter(returned)) else ""
            out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=f"{name}: {_vn_int(k)} phiếu",
                               detail=f"{_vn_int(k)} phiếu, nhiều hơn {_vn_int(n)} {what}{also}"))
    return out


# -- s22-ic: a vote's options against the total of the vote the document states -----------------------------------

#: The total of one vote, stated: "Tổng số phiếu biểu quyết: 110", "tổng số người tham gia biểu quyết là 62", "Tổng số
#: đại diện hộ biểu quyết 97" (folded).
VOTE_TOTAL = re.compile(rf"(?<!\w)tong\s+so\s+(?:phieu\s+|nguoi\s+|dai\s+dien(?:\s+ho(?:\s+gia\s+dinh)?)?\s+|dai\s+bieu\s+|ho\s+)?"
                        rf"(?:(?:da|tham\s+gia)\s+)?bieu\s+quyet\s*(?::|la|co)?\s*(?P<n>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)")
_CATS = (("against", re.compile(rf"(?<!\w)(?:{_AGAINST})(?!\w)")), ("abstain", re.compile(rf"(?<!\w)(?:{_ABSTAIN})(?!\w)")),
         ("for", re.compile(rf"(?<!\w)(?:{_FOR})(?!\w)")))


def _option_of(cell: str) -> str | None:
    """The answer a table column or a label holds: "Tán thành" → for, "Không tán thành" → against, "Ý kiến khác" →
    abstain (folded)."""
    c = cell.strip(" :.")
    if not VOTE_OPTION.match(c):
        return None
    for cat, rx in _CATS:
        if rx.search(c):
            return cat
    return None


def _votes_told(ctx: Context) -> list[tuple[int, int, dict[str, int]]]:
    """Each vote the document tells with two answers or more, as (first line, last line, {answer: count}): a table
    whose header names the answers over one row a question ("| Nội dung | Tán thành | Không tán thành | Ý kiến khác |"
    / "| Thông qua toàn văn Quy ước | 100 | 6 | 2 |"); a sentence giving each answer once ("tán thành 100, không tán
    thành 6, ý kiến khác 2"); or the answers one per list line or table row ("- Tán thành: 100;", "| Tán thành | 100 |")."""
    votes = []
    lines = _aligned(ctx)
    in_table: set[int] = set()
    for table in pipe_tables(lines, 2):
        in_table |= {no for no, _ in table}
        head = [_option_of(fold_keep_length(c).lower()) for c in table[0][1]]
        if sum(1 for h in head if h) >= 2 and len({h for h in head if h}) == sum(1 for h in head if h):
            for no, cells in table[1:]:
                got = {}
                for h, c in zip(head, cells):
                    if h and re.fullmatch(rf"\s*{NUMBER}\s*", c):
                        got[h] = _num(c.strip())
                if len(got) >= 2:
                    votes.append((no, no, got))
            continue
        run: dict[str, int] = {}
        first = last = 0
        for no, cells in table:
            cat = _option_of(fold_keep_length(cells[0]).lower()) if cells else None
            nums = [c for c in cells[1:] if re.fullmatch(rf"\s*{NUMBER}(?:\s+[a-z]+){{0,3}}\s*", fold_keep_length(c).lower())]
            if cat and nums and cat not in run:
                run[cat] = _num(re.match(NUMBER, nums[0].strip()).group(0))
                first, last = first or no, no
        if len(run) >= 2:
            votes.append((first, last, run))
    run, first, last = {}, 0, 0
    for p in ctx.doc.zone("preamble", "body", "closing"):
        if p.line in in_table:
            continue
        f = p.folded
        cats = {c: _vote(f, rx) for c, rx in (("for", _FOR), ("against", _AGAINST), ("abstain", _ABSTAIN))}
        told = {c: v for c, v in cats.items() if v}
        if len(told) >= 2 and all(len(v) == 1 for v in told.values()) and not re.search(r"\d\s*/\s*\d", f):
            votes.append((p.line, p.end_line, {c: v[0] for c, v in told.items()}))
            run = {}
            continue
        if len(told) == 1 and BULLET_LINE.match(p.text):
            (c, v), = told.items()
            if len(v) == 1 and c not in run:
                run[c] = v[0]
                first, last = first or p.line, p.end_line
                continue
        if len(run) >= 2:
            votes.append((first, last, run))
        run, first, last = {}, 0, 0
    if len(run) >= 2:
        votes.append((first, last, run))
    return votes


BULLET_LINE = re.compile(r"^\s*(?:[-+•*]|[a-zđ]\)|\d{1,2}[.)])\s*")
_NAMES = {"for": "tán thành", "against": "không tán thành", "abstain": "ý kiến khác (không biểu quyết)"}


def check_vote_stated_total(rule: Rule, ctx: Context) -> list[Finding]:
    """s22-ic (u70-04 l.22): the total of a vote stated right by it ("Tổng số phiếu biểu quyết: 110") against the answers
    the vote gives ("| Thông qua toàn văn Quy ước | 100 | 6 | 2 |" under "Tán thành | Không tán thành | Ý kiến khác"):
    every vote cast is one answer, so all the answers add up to the total, and two of them never exceed it. Read when
    the total stands within three lines of exactly one vote; silent when valid or invalid ballots are spoken of
    there (the answers then add up to the valid ballots, IC-78), or when fewer than all three answers fall short of
    the total (an answer may be untold)."""
    votes = _votes_told(ctx)
    if not votes:
        return []
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        for m in VOTE_TOTAL.finditer(p.folded):
            line = p.line_at(m.start())
            near = [v for v in votes if v[0] - 3 <= line <= v[1] + 3]
            if len(near) != 1:
                continue
            a0, b0, got = near[0]
            lo, hi = min(a0, line) - 1, max(b0, line) + 1
            window = " ".join(fold_keep_length(x).lower() for x in ctx.doc.raw_lines[max(0, lo - 1):hi])
            if re.search(r"(?<!\w)(?:hop\s+le|phieu\s+trang|de\s+trong|bo\s+trong)(?!\w)", window):
                continue  # ballots: the answers add up to the valid ones, a blank ballot is no answer
            n, total = _num(m.group("n")), sum(got.values())
            if total == n or (len(got) < 3 and total < n):
                continue
            parts = " + ".join(f"{_vn_int(got[c])} {_NAMES[c]}" for c in ("for", "against", "abstain") if c in got)
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                               detail=f"{parts} = {_vn_int(total)}, {'nhiều hơn' if total > n else 'không phải'} {_vn_int(n)}"))
    return out
