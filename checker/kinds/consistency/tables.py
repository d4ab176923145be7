"""Internal consistency — tables: sums of rows and columns, counts and rates in tables.

9. ``ballots``, ``present_share``, ``money_share``, ``base_row_percents``, ``fund_balance``, ``candidate_votes``
   (IC-78..IC-83): ballots issued, returned, valid and invalid; the share of those present; an amount's share of the
   investment stated elsewhere; a table's rates against its 100% row; a fund's closing balance; a one-seat
   election's votes against the valid ballots.
"""
from __future__ import annotations

import re

from checker.kinds import Context, finding
from checker.kinds.consistency.common import (
    _aligned, COMPARED, _decimal, _ev, first_per_line, _labelled_number, _money, NOT_ADDED, _num, NUMBER, PERCENT_CELL,
    pipe_tables, RATE_COLUMN, _rule_cells, _tolerance, TOTAL_ROW, TOTAL_ROW_NAMED, _vn_int, _vn_pct, VOTE_OPTION,
)
from checker.model import Evidence, Finding, Rule
from checker.tables import cells as row_cells
from checker.text import digits_for_words, fold_keep_length, numbered_text


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


#: A total row that counts its rows in its label: "Cộng: 06 hộ", "Tổng cộng (12 người)", "Tổng số 5 thôn".
TOTAL_ROW_COUNTED = re.compile(r"^\s*(?:tong\s+cong|tong\s+so|tong|cong)\s*[:(]?\s*(?:\d{1,3}|(?:mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi)"
                               r"(?:\s+(?:mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin|muoi))?)\s+[a-z]+(?:\s+[a-z]+)?\s*\)?\s*:?\s*$")


#: Rows that are measures of one vote or meeting, not parts of a total: attendance, ballots issued and returned.
NOT_PARTS = re.compile(r"(?<!\w)(?:du\s+hop|tham\s+du|co\s+mat|hop\s+le|phat\s+ra|thu\s+ve|so\s+phieu)(?!\w)")


def check_table_sums(rule: Rule, ctx: Context) -> list[Finding]:
    """A table's "Tổng cộng" row against the sum of the rows above it, column by column; a table laid out
    in two side-by-side halves ("| Đơn vị | Số hộ | Đơn vị | Số hộ |") is read as one column."""
    return [f for t in pipe_tables(_aligned(ctx)) if len(t) >= 4
            for f in _grouped_sums(rule, ctx, t)
            + [f for t in [_without_running(t)] for f in _table_sums(rule, ctx, _stacked(t)) + _money_sums(rule, ctx, t)]] \
        + _leader_sums(rule, ctx)


#: s20-ic (u58_04 l.17): a row of a numbered table's group — "A", "B", "I", "II" in its "TT" column — whose label is a
#: total ("| A | TỔNG THU NGÂN SÁCH XÃ | 9.860 |") over the rows numbered "1", "2", "3" under it up to the next group.
_GROUP_CELL = re.compile(r"\s*(?:[A-D]|[IVX]{1,4})\s*[.)]?\s*")
_ITEM_CELL = re.compile(r"\s*\d{1,2}\s*[.)]?\s*")
_GROUP_TOTAL = re.compile(r"^\s*(?:tong|cong)(?!\w)")


def _grouped_sums(rule: Rule, ctx: Context, table: list[tuple[int, list[str]]]) -> list[Finding]:
    """A table numbered in its own "TT" column, its groups lettered ("A", "B" or "I", "II") and their items numbered
    ("1", "2"): a group's row labelled as a total ("Tổng thu …", "Tổng chi …", "Cộng …") must be the sum of its items,
    column by column. Silent when an item row has sub-rows ("-", "a)", "Trong đó") or a cell is not a plain number."""
    header = table[0][1]
    if len(header) < 3 or not _RUNNING_HEAD.fullmatch(fold_keep_length(header[0]).lower()):
        return []
    rows, out = table[1:], []
    for i, (no, cells) in enumerate(rows):
        if len(cells) != len(header) or not _GROUP_CELL.fullmatch(cells[0]) \
                or not _GROUP_TOTAL.match(fold_keep_length(cells[1]).lower()):
            continue
        items = []
        for no2, c in rows[i + 1:]:
            if _GROUP_CELL.fullmatch(c[0]) or TOTAL_ROW.match(fold_keep_length(c[1] if len(c) > 1 else "")):
                break
            items.append((no2, c))
        if len(items) < 2 or any(len(c) != len(header) or not _ITEM_CELL.fullmatch(c[0])
                                 or SUBTOTAL_LABEL.match(fold_keep_length(c[1])) for _, c in items):
            continue
        for j in range(2, len(header)):
            head = fold_keep_length(header[j]).lower()
            if NOT_ADDED.search(head) and not YEAR_AMOUNTS.match(head) and not re.search(r"du\s+toan|ke\s+hoach|thuc\s+hien", head):
                continue
            col = [c[j].strip() for _, c in items]
            if not re.fullmatch(NUMBER, cells[j].strip()) or not all(re.fullmatch(NUMBER, v) for v in col):
                continue
            total, got = _num(cells[j].strip()), sum(_num(v) for v in col)
            if total != got:
                ev = ctx.doc.evidence_line(no)
                out.append(finding(rule, ctx, Evidence(ev.text, ev.line, items[-1][0], ev.paragraph, ev.section),
                                   found=" | ".join(cells[1:]), column=header[j],
                                   detail=f"{' + '.join(col)} = {_vn_int(got)}, không phải {cells[j].strip()}"))
    return out


#: A line of a list of figures: a label, then dot leaders or a wide gap, then one number — "Tổng thu ngân sách xã
#: ........ 12.450", "   Phần móng                312.600.000" (numbers right-aligned, which the column reader of
#: ``checker.tables`` does not align). Folded text.
#: s17-i2 (u62-09, u62-12): a row may open with its number in a "TT" column ("   1   Được công nhận …   10") and hold
#: a count with its unit in a column before the figure ("Bồi dưỡng …   56 người   28.000"); the figure is the last.
#: s19-p2 (lw8-14 l.24-30): a label may hold its reckoning in parentheses — "Hội nghị đối thoại (02 hội nghị x 20)   40":
#: the row is still one of the list (else the rows after it were read as the whole list above its "Tổng cộng").
_LEADER_LINE = re.compile(rf"^(?P<ind>[ \t]*(?:\d{{1,2}}[.)]?[ \t]{{2,}})?)(?P<bullet>[-–+•*]\s+)?(?P<label>[a-z](?:[^|\d:()]|\([^()|\n]{{0,60}}\)|(?<=[a-z] )\d+){{1,80}}?)"
                          rf"(?:\s{{2,}}\d{{1,3}}\s+[a-z]+(?:\s[a-z]+)?)?"
                          rf"(?:\s*\.{{3,}}\s*|\s{{3,}})(?P<n>{NUMBER})\s*$")
#: … or with a gap of two spaces only when its figure ends at the column (±1) of the line above or below it (a long
#: label pushed against a right-aligned column: "… Ban công tác Mặt trận (02 lớp x 45)  90").
_LEADER_NARROW = re.compile(_LEADER_LINE.pattern.replace(r"|\s{3,})(?P<n>", r"|\s{2,})(?P<n>"))
_LEADER_GROUP = re.compile(r"^(?:[a-d]|[ivx]{1,4})[.)]?\s{2,}(?P<rest>\S.*)$")
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
        if m is None and (m := _LEADER_NARROW.match(f)) is not None:
            width = len(line.rstrip())
            near = [raw[i] for i in (no - 2, no) if 0 <= i < len(raw)]
            if not any(abs(len(x.rstrip()) - width) <= 1 and _LEADER_LINE.match(fold_keep_length(x).lower()) for x in near):
                m = None
        if not m or "|" in f:
            if rows[-1]:
                rows.append([])
            continue
        rows[-1].append((no, len(m.group("ind").expandtabs(4)), bool(m.group("bullet")), m.group("label").strip(" ."),
                         _num(m.group("n")), line.strip(), bool(re.search(r"\d", m.group("ind")))))
    out = []
    for run in rows:
        if len(run) < 3 or any(_LEADER_SOME.search(r[3]) for r in run):
            continue
        done: set[int] = set()
        for i, (no, ind, bullet, label, value, text, _) in enumerate(run):
            group = _LEADER_GROUP.match(label)
            if group and _LEADER_TOTAL.match(group.group("rest")):
                # s20-ic: "A     Tổng thu ngân sách xã     12.500" over "1     Thu …     3.100", "2     …": a lettered
                # group's total over the numbered rows under it, up to the next group
                items = []
                for r in run[i + 1:]:
                    if not r[6] or _LEADER_TOTAL.match(r[3]):
                        break
                    items.append(r)
                if len(items) >= 2 and sum(r[4] for r in items) != value:
                    total = sum(r[4] for r in items)
                    ev = ctx.doc.evidence_line(no)
                    shown = re.sub(r"\s{2,}", " | ", text)
                    out.append(finding(rule, ctx, Evidence(ev.text, no, items[-1][0], ev.paragraph, ev.section),
                                       found=shown, column=(re.split(r"\s{2,}", text) + [""])[1] or text,
                                       detail=f"{' + '.join(_vn_int(r[4]) for r in items)} = {_vn_int(total)}, "
                                              f"không phải {_vn_int(value)}"))
                continue
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


#: s20-ic (u59-05 l.23): a column of measures with decimals ("Diện tích (km2)": "12,46", "21,08", "18,37" over "Cộng |
#: 52,91"), each cell a number with a decimal comma.
_DECIMAL = re.compile(r"(\d{1,3}(?:\.\d{3})*),(\d{1,3})")
#: A column of a measure per unit or a level, whose total row is no sum: "Mật độ (người/km2)", "Mức …", "Hệ số …".
_NOT_SUMMED = re.compile(r"/|(?<!\w)(?:mat\s+do|muc|he\s+so|don\s+gia|gia)(?!\w)")


def _decimal_sum(rule: Rule, ctx: Context, no: int, cells: list[str], j: int, header: list[str], col: list[str],
                 head: str) -> list[Finding]:
    """The total row's cell ``j`` against the sum of a column of decimal numbers, within the rounding of its parts
    (each written to its last digit: half a unit each)."""
    ms = [_DECIMAL.fullmatch(v.strip()) for v in [*col, cells[j]]]
    if not all(ms) or _NOT_SUMMED.search(head):
        return []
    vals = [_decimal(m.group(0)) for m in ms]
    unit = 10 ** -max(len(m.group(2)) for m in ms)
    total, s = vals[-1], sum(vals[:-1])
    if abs(total - s) <= unit * (len(col) + 1) / 2 + 1e-9:
        return []
    digits = max(len(m.group(2)) for m in ms)
    shown = f"{s:,.{digits}f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return [finding(rule, ctx, ctx.doc.evidence_line(no), found=" | ".join(cells),
                    column=header[j] if j < len(header) else str(j),
                    detail=f"{' + '.join(v.strip() for v in col)} = {shown}, không phải {cells[j].strip()}")]


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
            col = [c[j] if j < len(c) else "" for _, c in data]
            if NOT_ADDED.search(head) and not YEAR_AMOUNTS.match(head):
                continue
            if not cell and _DECIMAL.fullmatch(cells[j].strip()):
                out += _decimal_sum(rule, ctx, no, cells, j, header, col, head)
                continue
            if not cell or cell.group(2) and cell.group(2) not in head.split():
                continue
            if not all(re.fullmatch(NUMBER, v) for v in col):
                continue
            total, s = _num(cell.group(1)), sum(_num(v) for v in col)
            if total == s:
                continue
            out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=" | ".join(cells),
                               column=header[j] if j < len(header) else str(j),
                               detail=f"{' + '.join(col)} = {_vn_int(s)}, không phải {cells[j]}"))
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
        out.append(_count_table_finding(rule, ctx, p, f, m, detail, last))
    return out + _count_after_table(rule, ctx) + _total_over_list(rule, ctx)


def _count_table_finding(rule: Rule, ctx: Context, p, f: str, m, detail: str, last) -> Finding:
    ev = ctx.doc.evidence(p, m.start(), m.end())
    return finding(rule, ctx, Evidence(ev.text, ev.line, max(ev.end_line, last.end_line), ev.paragraph, ev.section),
                   found=p.text[m.start():m.start() + re.match(
                       r"(?:(?!\s(?:nhu\s+sau|sau\s+day|duoi\s+day|va|theo|cua)(?!\w))[^,;:()]){0,60}(?<=\w)",
                       f[m.start():]).end()],
                   detail=detail)


#: s25-ic (u75-03 l.25): the count closing a table, in the paragraph right under it — "Tổng số: 13 nội dung.", "Tổng
#: cộng 12 kiến nghị", "Có tất cả 5 thôn" — states what the table's rows count, as a sentence handing over to it does
#: (folded).
_CLOSING_COUNT = re.compile(rf"^\s*(?:tong\s+so|tong\s+cong|cong|co\s+tat\s+ca|tat\s+ca\s+co)\s*(?::|\s+la\s+|\s+co\s+)?\s*"
                            rf"(?=(?P<n>{NUMBER})(?![\d/,%]|\.\d)\s+[a-z])")


def _count_after_table(rule: Rule, ctx: Context) -> list[Finding]:
    """A count in the paragraph right under a table, opening with "Tổng số", "Tổng cộng", "Cộng": the count of the
    table's rows it names, paired as a count handing over to a table is (``_table_count``)."""
    out = []
    paras = ctx.doc.paras
    for i, p in enumerate(paras):
        if i == 0 or p.zone not in ("preamble", "body", "closing") or row_cells(p.text) is not None:
            continue
        f = p.folded.rstrip()
        lead = _CLOSING_COUNT.match(f)
        if not lead or row_cells(paras[i - 1].text) is None:
            continue
        k = i - 1
        while k > 0 and row_cells(paras[k - 1].text) is not None:
            k -= 1
        rows = [(r, row_cells(r.text)) for r in paras[k:i]]
        if len(rows) < 3:
            continue
        counts = [m for m in _STATED.finditer(f, lead.end()) if m.start() == lead.end()
                  and m.group("noun").split()[0] not in _COUNT_NOUN_SKIP]
        header = rows[0][1]
        body = [(r, c) for r, c in rows[1:] if not _rule_cells(c) and len(c) == len(header)]
        if not counts or len(body) < 2 or len(body) != len(rows) - 1 - sum(1 for _, c in rows[1:] if _rule_cells(c)) \
                or any(TOTAL_ROW.match(fold_keep_length(c[0]).lower()) for _, c in body):
            continue
        found = _table_count(header, body, counts)
        if found is None:
            continue
        m, detail = found
        out.append(_count_table_finding(rule, ctx, p, f, m, detail.replace("bảng dưới", "bảng trên"), body[-1][0]))
    return out


#: s20-ic (u60-10 l.11): a total stated with its unit ("Tổng số hộ được hỗ trợ: 27 hộ", "tổng cộng 27 hộ") … (folded)
_STATED_TOTAL = re.compile(rf"(?<!\w)tong\s+(?:so|cong)(?P<noun>(?:\s+[a-z]+){{0,8}}?)\s*(?::|\s(?:la|gom|co))?\s*"
                           rf"(?P<n>{NUMBER})(?![\d/,%]|\.\d)\s+(?P<unit>[a-z]+)")
#: … over a list of its parts below, a line each: a label, dot leaders, a colon or a wide gap, the count and the same
#: unit ("Thôn Cối Trên ............. 6 hộ", "- Thôn Nà Sại: 7 hộ;", "Tổ 3        4 hộ").
_UNIT_LINE = re.compile(rf"^\s*(?:[-+•*]\s*|[a-z]\)\s*|\d{{1,2}}[.)]\s+)?(?P<label>[a-z](?:[^\d|:.…]|(?<=[a-z] )\d{{1,2}}(?!\d)){{1,80}}?)\s*"
                        rf"(?:[.…]{{3,}}\s*|:\s*|\s{{2,}})(?P<n>{NUMBER})\s+(?P<unit>[a-z]+)\s*[;.,]?\s*$")
#: A list that is a part of the total only, or not its parts: "trong đó", "riêng", "ngoài ra", a rate.
_NOT_SPLIT = re.compile(r"(?<!\w)(?:trong\s+do|rieng|ngoai\s+ra|ty\s+le|ti\s+le|binh\s+quan|du\s+kien|ke\s+hoach|"
                        r"nam\s+truoc|cung\s+ky|(?:con\s+)?lai)(?!\w)")


def _total_over_list(rule: Rule, ctx: Context) -> list[Finding]:
    """A total stated with its unit, then — after at most three lines that count nothing in that unit — the list of
    its parts, one a line with the same unit ("1. Tổng số hộ được hỗ trợ: 27 hộ." … "2. Danh sách theo thôn:" / "Thôn
    Cối Trên ....... 6 hộ" / …): the parts must add up to the total. Silent on fewer than three parts, on a part
    labelled as a total or a share ("trong đó", "còn lại"), and when the list is followed by more parts elsewhere."""
    raw = ctx.doc.raw_lines
    folded = [fold_keep_length(numbered_text(x)).lower() for x in raw]  # "mười lăm hộ", "15 (mười lăm) hộ" as "15 hộ", same length
    out = []
    for k, f in enumerate(folded):
        ms = [m for m in _STATED_TOTAL.finditer(f) if m.group("unit") in m.group("noun").split() or not m.group("noun").strip()]
        if len(ms) != 1 or _NOT_SPLIT.search(f) or k and _UNIT_LINE.match(folded[k - 1]):
            continue  # a total among the lines of a list: which lines it adds is not read
        m = ms[0]
        unit = m.group("unit")
        same = re.compile(rf"(?<![\w/]){NUMBER}\s+{unit}(?!\w)")
        j, between = k + 1, 0
        while j < len(folded) and not _UNIT_LINE.match(folded[j]) and between <= 3:
            if folded[j].strip():
                between += 1
                if same.search(folded[j]) or _NOT_SPLIT.search(folded[j]) or "|" in folded[j]:
                    break
            j += 1
        parts = []
        while j < len(folded) and (u := _UNIT_LINE.match(folded[j])) and u.group("unit") == unit:
            parts.append((j, u))
            j += 1
        if len(parts) < 3 or any(TOTAL_ROW.match(u.group("label")) or _STATED_TOTAL.search(folded[i])
                                 or _NOT_SPLIT.search(u.group("label")) for i, u in parts):
            continue
        if j < len(folded) and same.search(folded[j]):
            continue  # the list goes on in another shape
        got = sum(_num(u.group("n")) for _, u in parts)
        if got == _num(m.group("n")):
            continue
        p = ctx.doc.para_at_line(k + 1)
        if p is None:
            continue
        at = max(0, fold_keep_length(numbered_text(p.text)).lower().find(f[m.start():m.end()]))
        ev = _ev(ctx, p, at, at + m.end() - m.start())
        out.append(finding(rule, ctx, Evidence(ev.text, ev.line, parts[-1][0] + 1, ev.paragraph, ev.section),
                           found=raw[k][m.start():m.end()].strip(),
                           detail=f"danh sách bên dưới cộng lại {' + '.join(u.group('n') for _, u in parts)} = "
                                  f"{_vn_int(got)} {raw[parts[0][0]][parts[0][1].start('unit'):parts[0][1].end('unit')]}"
                                  f", không phải {m.group('n')}"))
    return out


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


# -- a rate in the text against the totals of a table ---------------------------------------------------------------
#: "Tỷ lệ thôn, tổ dân phố có hương ước, quy ước được công nhận đạt 91,2%" (folded).
RATE_OF_PHRASE = re.compile(r"(?<!\w)(?:ty|ti)\s+le\s+(?P<phrase>[a-z][a-z ,]{5,120}?)\s*(?::|\s(?:dat|la|bang|chiem))\s*"
                            r"(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%")
_RATE_STOP = {"so", "da", "co", "duoc", "cac", "va", "tong", "cua", "trong", "nam"}


def _content(words: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", words)} - _RATE_STOP


def _rate_subject(header: str, phrase: str) -> bool:
    """A column's header that names the rate's subject — the noun the rate's phrase opens with, nothing else:
    "Doanh nghiệp" or "Số doanh nghiệp" for "doanh nghiệp đã đối thoại định kỳ" (folded)."""
    h = re.match(r"^\s*(?:tong\s+so\s+|so\s+(?:luong\s+)?)?(?P<noun>[a-z]+(?:\s+[a-z]+){0,2})\s*(?:\([^()]*\))?\s*$", header)
    if not h or not _content(h.group("noun")):
        return False
    noun = " ".join(h.group("noun").split())
    return re.match(rf"{re.escape(noun)}(?!\w)", " ".join(phrase.split())) is not None


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
                if not wholes:
                    # s26-ic (u77-10 l.22): the whole's column headed by the very thing the rate is of — "Doanh nghiệp"
                    # (or "Số doanh nghiệp") under "Tỷ lệ doanh nghiệp đã đối thoại định kỳ …": the rate's subject
                    wholes = [j for j, h in enumerate(header) if j and j not in parts and _rate_subject(h, m.group("phrase"))]
                    wholes = wholes if len(wholes) == 1 else []
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
            for f in first_per_line([*_row_sums(rule, ctx, t), *_status_rows(rule, ctx, t), *_learned_rows(rule, ctx, t)])]


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
    return [f for t in pipe_tables(_aligned(ctx), 2) if len(t) >= 2
            for f in _row_percents(rule, ctx, t) or _fraction_rates(rule, ctx, t)]


#: A rate column that names the column it measures: "Tỷ lệ tán thành", "Tỷ lệ đồng ý (%)" (folded).
_RATE_OF = re.compile(r"^\s*(?:ty|ti)\s+le\s+(?P<name>[a-z][a-z ]{1,40}?)\s*(?:\(\s*%\s*\))?\s*$")
_FRACTION_CELL = re.compile(r"^\s*(?P<a>\d{1,4})\s*/\s*(?P<b>\d{1,4})\s*$")


def _fraction_rates(rule: Rule, ctx: Context, table: list[tuple[int, list[str]]]) -> list[Finding]:
    """s23-ic (u72-03 l.31): "| Mức đóng góp … | 08/11 | 03/11 | 78,6% |" under "| Nội dung | Tán thành | Không tán
    thành | Tỷ lệ tán thành |": the rate column names the column it measures, whose cell writes its own fraction —
    the rate is that fraction (8/11 = 72,7%). Only a column named exactly so, a cell "a/b" and a rate cell are read."""
    header = [" ".join(fold_keep_length(c).lower().split()) for c in table[0][1]]
    out = []
    for r, h in enumerate(header):
        m = _RATE_OF.match(h)
        cols = [j for j, x in enumerate(header) if m and j != r and x == m.group("name")]
        learned = False
        if not cols and r and _BARE_RATE.match(h):
            # s29-ic (u81-11 l.19): a bare "Tỷ lệ" column right after a column of fractions ("| Số phiếu | Tỷ lệ |" over
            # "| 132/140 | 94,3% |"): the rate is that fraction when it is so on two rows at least
            cols, learned = [r - 1], True
        if len(cols) != 1:
            continue
        j = cols[0]
        rows = []
        for no, cells in table[1:]:
            if len(cells) != len(header):
                continue
            fr, pc = _FRACTION_CELL.match(cells[j]), PERCENT_CELL.match(cells[r].strip())
            if not fr or not pc or not 0 < int(fr.group("b")) or int(fr.group("a")) > int(fr.group("b")):
                continue
            a, b, written = int(fr.group("a")), int(fr.group("b")), pc.group(1)
            rows.append((no, cells, a, b, written,
                         abs(100.0 * a / b - float(written.replace(",", "."))) <= _tolerance(written) + 0.05))
        if learned and sum(fits for *_, fits in rows) < 2:
            continue
        for no, cells, a, b, written, fits in rows:
            if fits:
                continue
            out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=" | ".join(cells), column=table[0][1][r],
                               detail=f"{a}/{b} = {_vn_pct(100 * a / b)}%, không phải {written}%"))
    return out


#: A rate column that names nothing: "Tỷ lệ", "Tỷ lệ (%)", "Tỷ lệ %" (folded).
_BARE_RATE = re.compile(r"^\s*(?:ty|ti)\s+le\s*(?:\(\s*%\s*\)|%)?\s*$")


def _row_rate(cells: list[str], a: int, b: int, r: int) -> tuple[int, int, str, list[bool]] | None:
    """The two counts of a row, its rate as written and, for each way round with a non-zero base, whether the rate is
    one count over the other within the rounding of its last digit; None when a cell is no figure. A rate may be
    spelled ("Tám mươi sáu phần trăm")."""
    m = PERCENT_CELL.match(re.sub(r"\s*phần\s+trăm\s*$", "%", digits_for_words(cells[r].lower())))
    if not (re.fullmatch(NUMBER, cells[a]) and re.fullmatch(NUMBER, cells[b]) and m):
        return None
    x, y = _num(cells[a]), _num(cells[b])
    p, tol = float(m.group(1).replace(",", ".")), _tolerance(m.group(1)) + 0.05
    return x, y, m.group(1), [abs(100 * n / d - p) <= tol for n, d in ((x, y), (y, x)) if d]


def _rate_fits(cells: list[str], a: int, b: int, r: int) -> bool | None:
    rate = _row_rate(cells, a, b, r)
    return None if rate is None else any(rate[3])


def _rate_learned(table: list[tuple[int, list[str]]], width: int, a: int, b: int, r: int) -> bool:
    """s21-ic (u65-07 l.17): whatever the two count columns are called ("Tổng số hộ | Tán thành | Tỷ lệ"), the rate is
    one over the other on most rows (two at least, with a part neither nil nor the whole): a row where it is not is
    a slip."""
    got = [(c, _rate_fits(c, a, b, r)) for _, c in table[1:] if len(c) == width]
    fit = [c for c, ok in got if ok and _num(c[a]) != _num(c[b]) and min(_num(c[a]), _num(c[b])) > 0]
    wrong = [c for c, ok in got if ok is False]
    return len(fit) >= 2 and 2 * len(wrong) <= len(fit)


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
        if not _whole_and_part(header[a], header[b]) and not _rate_learned(table, len(header), a, b, r):
            continue
        for no, cells in table[1:]:
            if len(cells) != len(header):
                continue
            rate = _row_rate(cells, a, b, r)
            if rate is None or not rate[3] or any(rate[3]):
                continue
            x, y, written, _ = rate
            lo, hi = min(x, y), max(x, y)
            out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=" | ".join(cells), column=table[0][1][r],
                               detail=f"{_vn_int(lo)}/{_vn_int(hi)} = {_vn_pct(100 * lo / hi)}%, không phải {written}%"))
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
#: A balance named bare: "Tồn quỹ", "Số dư", "Còn lại", "Tồn" (folded; the whole label).
_BARE_BALANCE = re.compile(r"^\s*(?:ton\s+quy|so\s+du|con\s+lai|ton|so\s+ton|so\s+tien\s+con\s+lai)\s*:?\s*$")
CLOSING_ROW = re.compile(r"^\s*(?:ton\s+quy\s+chuyen|ton\s+cuoi|so\s+du\s+cuoi|so\s+ton\s+cuoi|con\s+ton|ton\s+quy\s+cuoi|"
                         r"so\s+du\s+chuyen|ton\s+quy\s+den\s+ngay)(?!\w)")


#: s34-qt (u93-02 l.26-27): a fund's receipts, spending and balance told in one sentence — "Quỹ phúc lợi năm 2023: thu
#: 12.000.000 đồng, chi 9.450.000 đồng, còn tồn chuyển sang năm 2024 là 2.250.000 đồng", "đã thu 40 triệu đồng, đã chi
#: 38 triệu đồng, số dư 2 triệu đồng" (folded). The balance's label may name the year it is carried to.
_PROSE_AMOUNT = r"(?P<{p}n>\d{{1,3}}(?:\.\d{{3}})*(?:,\d{{1,3}})?)\s*(?P<{p}u>ty|trieu|nghin|ngan)?\s+(?:dong|d)(?!\w)"
_PROSE_FUND = re.compile(
    r"(?<!\w)(?:(?:tong|da)\s+)?thu(?:\s+(?:duoc|vao|trong\s+(?:nam|ky)))?\s*:?\s*(?:la\s+)?" + _PROSE_AMOUNT.format(p="a")
    + r"\s*[,;]\s*(?:(?:tong|da)\s+)?chi(?:\s+(?:ra|trong\s+(?:nam|ky)))?\s*:?\s*(?:la\s+)?" + _PROSE_AMOUNT.format(p="b")
    + r"\s*[,;]\s*(?P<label>(?:con\s+(?:ton|lai|du)|ton\s+quy|so\s+du|so\s+ton|ton|du)"
      r"(?:\s+(?:quy|cuoi\s+(?:nam|ky)|chuyen(?:\s+sang)?|sang|nam|(?:19|20)\d\d|ky\s+sau|nam\s+sau|la))*)\s*:?\s*"
    + _PROSE_AMOUNT.format(p="c"))
#: Another amount in the sentence (an opening balance, a part of the receipts): the three are not read alone.
_ANY_AMOUNT = re.compile(r"(?<![\w/.,])" + _PROSE_AMOUNT.format(p=""))


def _prose_fund_balance(rule: Rule, ctx: Context) -> list[Finding]:
    """s34-qt (u93-02 l.27): the receipts, the spending and the balance in one sentence; the balance is the receipts
    less the spending. Silent when the sentence tells any other amount (an opening balance it may add, a part)."""
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = p.folded
        if "thu" not in f or "chi" not in f:
            continue
        for m in _PROSE_FUND.finditer(f):
            a = f.rfind(".", 0, m.start())
            while a > 0 and f[a - 1].isdigit() and a + 1 < len(f) and f[a + 1].isdigit():
                a = f.rfind(".", 0, a)  # a thousands dot ("1.250 hộ") ends no sentence
            a, b = max(0, a + 1), f.find(".", m.end())
            while 0 <= b < len(f) - 1 and f[b + 1].isdigit():
                b = f.find(".", b + 1)
            sentence = f[a:b if b >= 0 else len(f)]
            if len(_ANY_AMOUNT.findall(sentence)) != 3 or re.search(r"(?<!\w)(?:dau\s+(?:nam|ky)|nam\s+truoc|chuyen\s+sang\s+nam\s+nay|no|tam\s+ung)(?!\w)", sentence):
                continue
            t_in, t_out = _money(m.group("an"), m.group("au")), _money(m.group("bn"), m.group("bu"))
            close = _money(m.group("cn"), m.group("cu"))
            if t_out > t_in or abs(close - (t_in - t_out)) < 0.5:
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, m.start("cn"), m.end()), found=p.text[m.start("label"):m.end()].strip(),
                               detail=f"{m.group('an')} − {m.group('bn')} = {_vn_int(round(t_in - t_out))}, không phải {m.group('cn')}"))
    return out


def check_fund_balance(rule: Rule, ctx: Context) -> list[Finding]:
    """A fund's table that states the receipts ("Tổng thu"), the spending ("Tổng chi") and the balance carried
    on ("Tồn quỹ chuyển năm 2026"): the balance is the receipts less the spending, plus the opening balance when
    the receipts do not count it. Reported when it is neither; silent when a total is missing or stated twice."""
    out = []
    for table in pipe_tables(_aligned(ctx), 2):
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
            # s25-ic (u76-07 l.22): a bare balance ("Tồn quỹ", "Số dư", "Còn lại") stated after both the receipts and the
            # spending is the one they leave, as one stated before them is the one carried in
            after_both = bool(found["in"] and found["out"])
            kind = ("in" if t.group("w") == "thu" else "out") if t else \
                "close" if CLOSING_ROW.match(label) or after_both and _BARE_BALANCE.match(label) else \
                "open" if BALANCE_ROW.match(label) and not found["in"] else None
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
    return out + _prose_fund_balance(rule, ctx)


# -- a relation learned from the table's own rows ------------------------------------------------------------------
#: s21-ic (u66-11 l.17-18): whatever the headers say, when one count column equals the sum of the run of count columns
#: beside it on most rows, a row where it does not is a slip ("| Nguồn kiến nghị | Tiếp nhận | Đã giải quyết | Đang
#: giải quyết | Chuyển cơ quan có thẩm quyền |": 11 = 7 + 3 + 1, 8 = 5 + 2 + 1, but 5 ≠ 3 + 1 + 0). The same for a
#: last row that is the sum of the rows above it in most columns, whatever it is called. Folded headers that are never
#: counts: rates, averages, ranks, codes, numbers of order, dates, scores, phone numbers.
_NOT_COUNT_HEAD = re.compile(r"%|(?<!\w)(?:ty\s+le|ti\s+le|binh\s+quan|trung\s+binh|xep\s+loai|thu\s+tu|s?tt|so\s+tt|"
                             r"ma(?:\s+so)?|so\s+hieu|ngay|nam\s+sinh|dien\s+thoai|sdt|diem|he\s+so|don\s+gia|gia|"
                             r"muc|dinh\s+muc|luy\s+ke|so\s+du|ton|con\s+lai|chenh\s+lech|tang|giam|"
                             r"so\s+(?:quyet\s+dinh|van\s+ban|phong|nha|ho\s+so)|dien\s+tich|tuoi)(?!\w)")
#: s21-ic (u59-12 l.18): headers of a merger's table — the former units and the new one ("Sà Nam (cũ) | … | Xã Hòa
#: Mạc"): the new unit's count of villages may be their sum, its Ban Thanh tra nhân dân is not (folded; "cũ" is read
#: on the written header, folded it is also "cử").
_MERGED_HEAD = re.compile(r"(?<!\w)(?:sap\s+xep|sap\s+nhap|hop\s+nhat|truoc|sau|moi\s+thanh\s+lap)(?!\w)")
#: A row that is no row of parts: a sub-row ("Trong đó", "- …", "+ …"), a rate or an average.
_NOT_DATA_ROW = re.compile(r"^\s*(?:trong\s+do|rieng|[-+]|ty\s+le|ti\s+le|binh\s+quan|trung\s+binh)(?!\w)")


def _int_columns(header: list[str], rows: list[list[str]]) -> list[int]:
    """Columns holding a plain count on every row that has a figure there and on at least two rows, whose header is
    not a rate, a code or a date; a column numbered 1, 2, 3 … down its rows (a "TT" column) is left out."""
    out = []
    for j in range(len(header)):
        head = fold_keep_length(header[j]).lower()
        if _NOT_COUNT_HEAD.search(head):
            continue
        col = [r[j].strip() for r in rows if j < len(r) and r[j].strip() not in ("", "-", "–")]
        if len(col) < 2 or not all(re.fullmatch(NUMBER, v) for v in col):
            continue
        if [_num(v) for v in col] == list(range(1, len(col) + 1)):
            continue
        out.append(j)
    return out


def _holds(row: list[str], t: int, parts: list[int]) -> bool | None:
    cells = [row[j].strip() if j < len(row) else "" for j in [t, *parts]]
    if not all(re.fullmatch(NUMBER, c) for c in cells):
        return None
    return _num(cells[0]) == sum(_num(c) for c in cells[1:])


def _learned_rows(rule: Rule, ctx: Context, table: list[tuple[int, list[str]]]) -> list[Finding]:
    header = table[0][1]
    body = [(no, c) for no, c in table[1:] if len(c) == len(header)]
    if len(body) < 3 or len(header) < 4:
        return []
    totals = [(no, c) for no, c in body if TOTAL_ROW.match(fold_keep_length(c[0]).lower())
              or TOTAL_ROW_NAMED.match(fold_keep_length(c[0]).lower())]
    data = [(no, c) for no, c in body if (no, c) not in totals and not _NOT_DATA_ROW.match(fold_keep_length(c[0]).lower())]
    if any(_MERGED_HEAD.search(fold_keep_length(h).lower()) or re.search(r"(?<!\w)cũ(?!\w)", h.lower()) for h in header):
        return []  # former units beside the merged one: a body or a count of the new unit is no sum of the old ones
    ints = _int_columns(header, [c for _, c in data])
    if len(ints) < 3:
        return []
    # hypotheses: a count column against a contiguous run (two or more) of count columns just after or before it
    hyps = []
    for k, t in enumerate(ints):
        for end in range(k + 3, len(ints) + 1):
            if ints[end - 1] - ints[k + 1] == end - k - 2:  # contiguous in the table
                hyps.append((t, ints[k + 1:end]))
        for start in range(0, k - 1):
            if ints[k - 1] - ints[start] == k - 1 - start:
                hyps.append((t, ints[start:k]))
    exact = []
    for t, parts in hyps:
        got = [(no, c, _holds(c, t, parts)) for no, c in data]
        got = [g for g in got if g[2] is not None]
        if len(got) >= 2 and all(g[2] for g in got):
            exact.append((t, parts))
    out, seen = [], set()
    for t, parts in hyps:
        got = [(no, c, _holds(c, t, parts)) for no, c in data]
        got = [g for g in got if g[2] is not None]
        agree = [(no, c) for no, c, ok in got if ok and _num(c[t]) >= 3
                 and sum(1 for j in parts if _num(c[j]) > 0) >= 2]
        wrong = [(no, c) for no, c, ok in got if not ok]
        if len(agree) < 2 or not wrong or 2 * len(wrong) > len(agree):
            continue
        # another reading holds on every row: the same parts make another column, or this column is another run
        if any((t2 != t and p2 == parts) or (t2 == t and p2 != parts) or t in p2 and set(parts) & set(p2)
               for t2, p2 in exact):
            continue
        wrong += [(no, c) for no, c in totals if _holds(c, t, parts) is False]
        names = ", ".join(f"«{c[0]}»" if c[0].strip() and not re.fullmatch(NUMBER, c[0].strip()) else f"dòng {no}"
                          for no, c in agree[:3])
        for no, c in wrong:
            if no in seen:
                continue
            seen.add(no)
            vals = [c[j].strip() for j in parts]
            out.append(finding(rule, ctx, ctx.doc.evidence_line(no), found=" | ".join(c), column=header[t],
                               detail=f"{' + '.join(vals)} = {_vn_int(sum(_num(v) for v in vals))}, không phải "
                                      f"{c[t].strip()} (các dòng {names} đều có «{header[t]}» bằng tổng các cột "
                                      f"{', '.join('«' + header[j] + '»' for j in parts)})"))
    return out + _learned_total_row(rule, ctx, header, body, seen)


def _learned_total_row(rule: Rule, ctx: Context, header: list[str], body: list[tuple[int, list[str]]],
                       seen: set) -> list[Finding]:
    """The last row, whatever its label, against the sum of the rows above it column by column: when it is their
    sum in most count columns (two at least), a column where it is not is a slip. A row labelled as a total is left
    to the total-row reader (IC table sums)."""
    last_no, last = body[-1]
    label = fold_keep_length(last[0]).lower()
    if any(_MERGED_HEAD.search(fold_keep_length(c[0]).lower()) or re.search(r"(?<!\w)cũ(?!\w)", c[0].lower())
           for _, c in body):
        return []
    if TOTAL_ROW.match(label) or TOTAL_ROW_NAMED.match(label) or last_no in seen:
        return []
    above = [c for _, c in body[:-1]]
    if len(above) < 2 or any(_NOT_DATA_ROW.match(fold_keep_length(c[0]).lower()) or TOTAL_ROW.match(
            fold_keep_length(c[0]).lower()) for c in above):
        return []
    ints = _int_columns(header, [c for _, c in body])
    agree, wrong = [], []
    for j in ints:
        col = [c[j].strip() for c in above]
        if not all(re.fullmatch(NUMBER, v) for v in col) or not re.fullmatch(NUMBER, last[j].strip()):
            continue
        s = sum(_num(v) for v in col)
        if s == _num(last[j].strip()):
            if sum(1 for v in col if _num(v) > 0) >= 2 and s >= 3:
                agree.append(j)
        else:
            wrong.append((j, col, s))
    if len(agree) < 2 or not wrong or 2 * len(wrong) > len(agree):
        return []
    heads = ", ".join(f"«{header[j]}»" for j in agree[:3])
    return [finding(rule, ctx, ctx.doc.evidence_line(last_no), found=" | ".join(last), column=header[j],
                    detail=f"{' + '.join(col)} = {_vn_int(s)}, không phải {last[j].strip()} (ở các cột {heads} dòng "
                           f"này đúng bằng tổng các dòng trên)")
            for j, col, s in wrong]
