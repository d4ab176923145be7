"""Tables flattened to text ("| … | … |" rows), read as the sentences they stand for.

Minutes and reports give their figures in tables; the rules read sentences. A table row is read as
the facts it states:

- under a header row, each value with its column's name:
    "| Tổng số hộ trong thôn | Đại diện hộ có mặt | Số hộ vắng |" over "| 186 | 131 | 56 |"
    → "Tổng số hộ trong thôn: 186; Đại diện hộ có mặt: 131; Số hộ vắng: 56"
- a label and its values on one row (with the header's names of the further columns):
    "| Số đại diện hộ tán thành cho thôi | 90 | 80,4% số hộ dự họp |"
    → "Số đại diện hộ tán thành cho thôi: 90 (80,4% số hộ dự họp)"; when the first column holds people
    ("| Người ứng cử | Số phiếu đồng ý |" over "| Hồ Văn Lành | 90 |") the figure keeps its column's name:
    "Hồ Văn Lành (Người ứng cử), Số phiếu đồng ý: 90"

A row whose first cell is a running number and whose other cells hold words ("| 1 | Ông A | Trưởng ban |") is
a list item, not a fact: it is not read. ``named_rows`` reads every row under its header, list items too ("STT: 1;
Nội dung: Quy chế …; Văn bản làm căn cứ: Quyết định … ngày 18/12/2025; Ngày công khai: 09/01/2026"), for a rule that
needs each cell's column (a date's meaning). Pure functions over the rows' text; the caller keeps each row's line
for its evidence.
"""
from __future__ import annotations

import re
from typing import Sequence

#: A cell holding a figure: "186", "1.240", "55,9%", "41/68", "80,4% số hộ dự họp".
_FIGURE = re.compile(r"^\s*\d[\d.,]*\s*(?:%|/\s*\d[\d.,]*)?")
_RUNNING = re.compile(r"^\s*(?:\d{1,3}|[IVXLC]+|[a-zđ])\s*[.)]?\s*$")
#: A first column of people: "Người ứng cử", "Họ và tên", "Người được bầu" — its cells are names, not labels.
_PERSON_COLUMN = re.compile(r"^\s*(?:người\s+(?:ứng\s+cử|được\s+bầu|được\s+giới\s+thiệu)|họ\s+(?:và\s+)?tên|ứng\s+cử\s+viên)\s*$",
                            re.IGNORECASE)


#: A cell that is a figure and nothing else: "69", "42,1%", "1.240", "41/68" (a table's sign when its rows are tabs).
_FIGURE_CELL = re.compile(r"^\d[\d.,]*\s*(?:%|/\s*\d[\d.,]*)?$")


def _tab_cells(line: str) -> list[str] | None:
    """The cells of a tab-separated row, an empty cell kept in its place ("Tổng cộng\t\t422": three cells); None
    for a line with fewer than two cells holding text (an indented line "\t+ Ông A …")."""
    if "\t" not in line:
        return None
    cells_ = [c.strip() for c in line.strip(" \r").split("\t")]
    return cells_ if sum(1 for c in cells_ if c) >= 2 else None


#: Two or more spaces between two cells of a row aligned with spaces ("Khu vực I      6                1.812").
_GAP = re.compile(r" {2,}")


def space_cells(line: str) -> list[str] | None:
    """The cells of a row aligned with runs of spaces, else None: a line holding "|" or a tab, or fewer than three
    cells."""
    if "|" in line or "\t" in line or not line.strip():
        return None
    cells_ = [c.strip() for c in _GAP.split(line.strip())]
    return cells_ if len(cells_) >= 3 else None


def space_row(line: str) -> list[str] | None:
    """The cells of a row aligned with spaces (``space_cells``) when the line reads as a row of people or posts: at
    most eight cells, one of them of several words ("Ông Đào Minh Sơn") — a sentence typed with two spaces between
    every word is no table."""
    cells_ = space_cells(line)
    if not cells_ or len(cells_) > 8 or not any(" " in c for c in cells_):
        return None
    return cells_


def carried_cell(line: str) -> bool:
    """A line of one cell indented deep: the rest of a cell of the row above, cut over two lines
    ("                    TNHH Xây dựng Hưng Phát (nhà thầu …)")."""
    return len(line) - len(line.lstrip(" ")) >= 12 and space_cells(line) is None and len(line.split()) <= 12


def _cell_starts(line: str) -> list[tuple[int, int]]:
    """(start, end) columns of each cell of a row aligned with spaces."""
    return [(m.start(), m.end()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def join_carried_cells(lines: Sequence[str]) -> list[str]:
    """A cell of a table aligned with spaces cut over two lines, joined back into its row: the carried line
    (``carried_cell``, "                    TNHH Xây dựng Hưng Phát (nhà thầu …)") is appended to the cell of the row
    above that starts in its column ("Làm ruộng; em ruột ông Trần Văn Hưng, Giám đốc Công ty"), and left blank, so
    that the row says in one place what its cells say (line numbers stay). Only under a row of a table (a row with a
    figure, or a row under another row), not in capitals (a signature grid), and not a bracket ("(đã ký)")."""
    out = list(lines)
    for k in range(1, len(lines)):
        line, above = lines[k], out[k - 1]
        if not carried_cell(line) or line.strip()[:1] in "(-–+*•" or line.strip() == line.strip().upper():
            continue
        row = space_row(above)
        if not row or any(len(c.split()) >= 2 and c == c.upper() for c in row):  # a signature grid's titles
            continue
        before = space_cells(out[k - 2]) if k >= 2 else None
        in_table = any(_FIGURE_CELL.match(c) for c in row) or bool(
            before and not any(len(c.split()) >= 2 and c == c.upper() for c in before))
        col = len(line) - len(line.lstrip(" "))
        spans = _cell_starts(above)
        at = next((i for i, (a, _) in enumerate(spans) if abs(a - col) <= 2), None)
        if not in_table or at is None or at == 0:
            continue
        end = spans[at][1]
        out[k - 1] = above[:end] + " " + line.strip() + above[end:]
        out[k] = ""
    return out


def from_spaces(lines: Sequence[str]) -> list[str]:
    """A table aligned with spaces written as the "| … |" rows the rest reads, every other line as it is (line numbers
    stay): a header row of three cells or more holding no figure, then two rows or more of as many cells, each
    holding a figure after its first cell ("Khu vực I      6      1.812"; "210    168    168"). Read by the
    internal-consistency checks only (``checker.kinds.consistency.common._aligned``): the other kinds read tabs and
    bars."""
    lines, out = list(lines), list(lines)
    i = 0
    while i < len(lines):
        first = space_cells(lines[i]) if out[i] == lines[i] else None
        if not first or any(_FIGURE_CELL.match(c) for c in first):
            i += 1
            continue
        run = [first]
        while i + len(run) < len(lines) and (c := space_cells(lines[i + len(run)])) and len(c) == len(first) \
                and all(_FIGURE_CELL.match(x) for x in c[1:]) and (_FIGURE_CELL.match(c[0]) or not _figure(c[0])):
            run.append(c)
        if len(run) >= 2:
            for k, row in enumerate(run, start=i):
                out[k] = "| " + " | ".join(row) + " |"
        elif (got := _worded_run(lines, i, first)):
            run = got
            for k, row in enumerate(run, start=i):
                out[k] = "| " + " | ".join(row) + " |"
        i += len(run)
    return out


#: The label of a total row under a table aligned with spaces: "Tổng cộng", "Tổng số", "Cộng".
_SPACE_TOTAL = re.compile(r"^(?:[Tt]ổng\s+cộng|[Tt]ổng\s+số|[Tt]ổng|[Cc]ộng|TỔNG\s+CỘNG|TỔNG\s+SỐ|CỘNG)\s*:?$")


#: A month or a quarter of a year as a row's label ("3/2026", "IV/2025"): a period, not a figure.
_MONTH_CELL = re.compile(r"^\d{1,2}/(?:19|20)\d\d$")


def _worded_run(lines: list[str], i: int, first: list[str]) -> list[list[str]] | None:
    """s22-ic (u69-02 l.23): a table aligned with spaces whose rows hold words before their one figure, in the last
    column ("IV/2025    Thu, chi quỹ vì người nghèo của phường    2"), closed by a total row whose figure stands in
    that last column ("Tổng cộng                                  12"): the rows as cells, the total row padded with
    empty cells to the header's width. None unless two rows or more of the header's width end in a figure, no other
    cell of theirs is a figure alone, and the total row follows right under them, its figure ending where theirs end."""
    rows: list[list[str]] = []
    k = i + 1
    while k < len(lines) and (c := space_cells(lines[k])) and len(c) == len(first) \
            and _FIGURE_CELL.match(c[-1]) and not any(_FIGURE_CELL.match(x) and not _MONTH_CELL.match(x) for x in c[:-1]):
        rows.append(c)
        k += 1
    if len(rows) < 2 or k >= len(lines) or "|" in lines[k] or "\t" in lines[k]:
        return None
    total = [x.strip() for x in _GAP.split(lines[k].strip())]
    if len(total) != 2 or not _SPACE_TOTAL.match(total[0]) or not _FIGURE_CELL.match(total[1]):
        return None
    ends = {len(lines[j].rstrip()) for j in range(i + 1, k)}
    if not any(abs(len(lines[k].rstrip()) - e) <= 2 for e in ends):
        return None
    return [first, *rows, [total[0], *[""] * (len(first) - 2), total[1]]]


_DASH = re.compile(r"\s+[-–]\s+")
#: A total written under a dashed table: "Tổng cộng: 11.650.000", "Cộng: 2.400.000 đồng".
_DASH_TOTAL = re.compile(r"^\s*(?P<label>[Tt]ổng\s+cộng|[Tt]ổng\s+số|[Tt]ổng|[Cc]ộng)\s*:?\s*(?P<n>\d[\d.,]*)\s*(?:đồng|đ)?\s*\.?\s*$")


def from_dashes(lines: Sequence[str]) -> list[str]:
    """A table written as lines of cells between " - " (an e-mail's "Bộ phận - Nhiệm vụ - Kinh phí (đồng)" over
    "Văn phòng - hậu cần, hội trường - 3.200.000"), as "| … |" rows, every other line as it is: a header of three
    cells or more holding no figure, then two rows or more of as many cells whose last cell is a figure and whose
    others are not; a total line right under it ("Tổng cộng: 11.650.000") is written as a row of the same width, its
    figure in the last column. Read by the internal-consistency checks only."""
    lines, out = list(lines), list(lines)
    i = 0
    while i < len(lines):
        head = [c.strip() for c in _DASH.split(lines[i].strip())] if "|" not in lines[i] else []
        if len(head) < 3 or any(_figure(c) for c in head) or lines[i].lstrip()[:1] in "-–+*•":
            i += 1
            continue
        k = i + 1
        while k < len(lines) and "|" not in lines[k] and lines[k].lstrip()[:1] not in "-–+*•" and \
                len(c := [x.strip() for x in _DASH.split(lines[k].strip())]) == len(head) and \
                _FIGURE_CELL.match(c[-1]) and not any(_figure(x) for x in c[:-1]):
            k += 1
        if k - i - 1 >= 2:
            for j in range(i, k):
                out[j] = "| " + " | ".join(x.strip() for x in _DASH.split(lines[j].strip())) + " |"
            t = _DASH_TOTAL.match(lines[k]) if k < len(lines) else None
            if t:
                out[k] = "| " + " | ".join([t.group("label"), *[""] * (len(head) - 2), t.group("n")]) + " |"
        i = max(k, i + 1)
    return out


def _bar_cells(line: str) -> list[str] | None:
    """The cells of a row written with bars but no outer bars ("1 | Ban hành Kế hoạch | Chủ tịch UBND xã | 02/3/2026"):
    three cells or more; None for a row already framed ("| … |"), a line with fewer bars, or an empty first cell."""
    t = line.strip()
    if not t or t.startswith("|") or t.count("|") < 2:
        return None
    cells = [c.strip() for c in t.split("|")]
    return cells if cells[0] else None


def from_bars(lines: Sequence[str]) -> list[str]:
    """s25-pr (lawful13 lw13-10): a table typed with bars between its cells but none at the ends ("Bước | Nội dung |
    Chủ trì | Thời gian" over "8 | Gửi quyết định … | Tổ trưởng Tổ bầu cử | chậm nhất 03/4/2026"), written as the
    "| … |" rows the rest reads — each row a paragraph of its own, its date its own task's, never the next row's; every
    other line as it is, one line for one line. The run is read as ``from_tabs`` reads tabs: two lines or more of as
    many cells, three or more, with a figure cell below the first row or three rows; a two-column header line ("ỦY BAN
    NHÂN DÂN XÃ … | CỘNG HÒA …") has too few cells."""
    return _as_bar_rows(lines, _bar_cells)


def from_tabs(lines: Sequence[str]) -> list[str]:
    """A table pasted from Word as tab-separated rows, written as the "| … |" rows the rest reads; every other line
    as it is, one line for one line (line numbers stay). A run of two or more lines with the same number of
    tab-separated cells is a table when a row below its first holds a figure cell ("1\tLù Văn Dũng\t69\t42,1%"), or
    when it has three rows of three cells or more (a list of members and their posts); a two-column heading or a
    signature block of two columns ("TRƯỞNG THÔN\tTHƯ KÝ") is neither."""
    return _as_bar_rows(lines, _tab_cells)


def _as_bar_rows(lines: Sequence[str], cells_of) -> list[str]:
    """``from_bars`` and ``from_tabs``: each run of two lines or more with as many cells (``cells_of`` reads a line's
    cells, None when it is no row) that is a table — a figure cell below the first row, or three rows of three cells
    or more — written as "| … |" rows; every other line as it is, one line for one line."""
    out = list(lines)
    i = 0
    while i < len(lines):
        run = [first] if (first := cells_of(lines[i])) else []
        while run and i + len(run) < len(lines) and (c := cells_of(lines[i + len(run)])) and len(c) == len(first):
            run.append(c)
        if len(run) >= 2 and (any(_FIGURE_CELL.match(c) for row in run[1:] for c in row)
                              or (len(run) >= 3 and len(first) >= 3)):
            for k, row in enumerate(run, start=i):
                out[k] = "| " + " | ".join(row) + " |"
        i += max(len(run), 1)
    return out


def split_row(text: str) -> list[str]:
    """The cells of a flattened row as written, outer bars dropped: "| a | b |" → [" a ", " b "]."""
    return text.strip().strip("|").split("|")


def cell_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank cell of a flattened row, the text before the first "|" and after the last
    counted when it holds anything: offsets into ``text`` (and into its same-length keys)."""
    bars = [m.start() for m in re.finditer(r"\|", text)]
    edges = [-1, *bars, len(text)]
    return [(a + 1, b) for a, b in zip(edges, edges[1:]) if text[a + 1:b].strip()]


def cells(text: str) -> list[str] | None:
    """The stripped cells of a flattened table row, else None (not a row: no outer bars, or one cell)."""
    t = text.strip()
    if not (t.startswith("|") and t.endswith("|")) or t.count("|") < 3:
        return None
    return [c.strip() for c in split_row(t)]


def _figure(cell: str) -> bool:
    return bool(_FIGURE.match(cell))


def _header(row: list[str]) -> bool:
    """Column names: no cell is a figure, at least two cells are words."""
    return not any(_figure(c) for c in row if c) and sum(1 for c in row if c) >= 2


def _under(header: list[str], row: list[str]) -> str:
    """A row's cells under their columns' names: "Tổng số hộ: 186; Đại diện hộ có mặt: 131"."""
    return "; ".join(f"{h}: {v}" for h, v in zip(header, row) if h and v)


#: A Markdown table's rule row cell: "---", ":---:", "" (unseen41 n07: its header was read as "---: 72").
_RULE_CELL = re.compile(r"^:?-{3,}:?$|^$")


def _rule_row(row: list[str]) -> bool:
    """The rule under a Markdown table's header ("|---|---|"): no column names, no figures."""
    return any(c for c in row) and all(_RULE_CELL.match(c.replace(" ", "")) for c in row)


def _under_headers(rows: Sequence[str], first_only: bool):
    """(cells, header above them) for each row of one table, in order; (None, None) for a header row or a line that
    is no row (it ends the table and its header). With ``first_only`` the first header stays, and a later row of
    words is read under it; otherwise each row of words is the header of the rows below it."""
    header: list[str] | None = None
    for text in rows:
        row = cells(text)
        if row is None:
            header = None
            yield None, None
        elif _rule_row(row):  # "|---|:---:|" under the header: a Markdown table's rule, the header stays
            yield None, None
        elif (header is None or not first_only) and _header(row):
            header = row
            yield None, None
        else:
            yield row, header


#: A running-number column's name: "TT", "STT", "Số TT".
_RUNNING_COLUMN = re.compile(r"^\s*(?:s[ốo]\s*)?s?tt\.?\s*$", re.IGNORECASE)


def _without_running_column(row: list[str], header: list[str] | None) -> tuple[list[str], list[str] | None]:
    """A candidates' row numbered in its own column ("| 1 | Lù Văn Dũng | 69 | 42,1% |" under "| TT | Họ và tên | Số
    phiếu bầu | … |") read without its number, as the row of people it is; any other row as it is."""
    if header and len(header) == len(row) >= 3 and _RUNNING_COLUMN.match(header[0]) and _PERSON_COLUMN.match(header[1]) \
            and _RUNNING.match(row[0]) and row[1] and not _figure(row[1]):
        return row[1:], header[1:]
    return row, header


def row_facts(rows: Sequence[str]) -> list[str | None]:
    """For the rows of one table, in order, the sentence each row stands for (None: no fact)."""
    out: list[str | None] = []
    for row, header in _under_headers(rows, first_only=False):
        if row is None:
            out.append(None)
            continue
        row, header = _without_running_column(row, header)
        label = row[0] and not _figure(row[0]) and not _RUNNING.match(row[0]) and len(row) >= 2 and _figure(row[1])
        if label:  # "| Số đại diện hộ tán thành cho thôi | 90 | 80,4% số hộ dự họp |"
            names = header[2:] if header and len(header) == len(row) else [""] * (len(row) - 2)
            rest = [f"{h}: {v}" if h else v for h, v in zip(names, row[2:]) if v]
            head = f"{row[0]}: {row[1]}"
            if header and len(header) == len(row) and _PERSON_COLUMN.match(header[0]) and header[1]:
                # "| Người ứng cử | Số phiếu đồng ý |" over "| Hồ Văn Lành | 90 |": the person, then what the figure counts
                head = f"{row[0]} ({header[0]}), {header[1]}: {row[1]}"
            out.append(head + (f" ({'; '.join(rest)})" if rest else ""))
            continue
        # "| 186 | 131 | 56 |" under its header; not a numbered item ("| 1 | Ông A | Trưởng ban |")
        item = _RUNNING.match(row[0]) and any(c and not _figure(c) for c in row[1:])
        if header and len(header) == len(row) and any(_figure(c) for c in row) and not item:
            out.append(_under(header, row))
            continue
        out.append(None)
    return out


def named_rows(rows: Sequence[str]) -> list[str | None]:
    """For the rows of one table, in order, each row below a header row of as many cells as "Header: value; …"
    (None: the header itself, a row of another width, or no header above)."""
    return [_under(header, row) if row is not None and header is not None and len(header) == len(row) else None
            for row, header in _under_headers(rows, first_only=True)]

