"""The role_concurrency kind, readers of tables: a members table under its lead line or heading (rows naming a
person are members or candidates of the board it names; ``_member_tables``, rows read from bars, tabs or aligned
spaces) and a table whose "Kiêm nhiệm" column gives a row's second post (``_held_too_tables``)."""
from __future__ import annotations

import re

from checker.kinds import Context, cue_regex
from checker.kinds.role_concurrency.bodies import _CHAPTER, _mentions
from checker.kinds.role_concurrency.common import (
    PERSON, TABLE_ROW, _BARE_BAN_OPENS, _KIN, _NUMBERING, _SIGNER, _across, _former, _item_name, _negated, _other_person,
)
from checker.kinds.role_concurrency.nominees import _elected_board, _elected_column
from checker.subject import boards, document_board
from checker.tables import carried_cell, cell_spans, space_row
from checker.text import fold_keep_length


# ---------------------------------------------------------------------------------------------------------
# A members table: "Ban có 11 thành viên:" / "Danh sách trúng cử:" / "II. THÀNH PHẦN BAN", then rows
# "| 3 | Ma Văn Sấm | Đồng Chớp | Ủy viên | Công chức Tài chính - Kế toán xã |" or a vote tally
# "| 3 | Đinh Quang Hạ | Phó Giám đốc Công ty | 110 | 80,9% |": each row naming a person is a member (or a
# candidate) of the board the lead line, the heading above or the document names; a post in another cell is his.
# ---------------------------------------------------------------------------------------------------------

#: The lead (the paragraph right above the table) or the header row says the rows are the body's members,
#: its candidates or those it elected.
_MEMBER_LEAD = cue_regex(("thành viên", "ủy viên", "uỷ viên", "gồm", "trúng cử", "bầu", "kiểm phiếu", "ứng cử",
                          "thành phần", "danh sách", "kiện toàn", "tổ chức của ban", "chức danh trong ban",
                          "nhiệm vụ trong ban", "số phiếu"))
#: A header column of posts within the board: its rows are the board's members.
_OWN_POSTS = cue_regex(("chức danh trong ban", "chức vụ trong ban", "nhiệm vụ trong ban", "chức danh trong tổ",
                        "nhiệm vụ trong tổ"))
#: …never a list of those invited to or attending a meeting, nor of those the board met or monitored.
_GUEST_LEAD = cue_regex(("đại biểu", "khách mời", "mời", "tham dự", "dự họp", "có mặt", "vắng mặt", "làm việc với",
                         "tiếp xúc", "giám sát", "được giám sát", "kiểm tra", "đối thoại", "tiếp công dân", "kiến nghị",
                         "phân công", "tập huấn", "bồi dưỡng", "khen thưởng"))
#: A vote tally's own counting body is never the one whose candidates the rows are.
_COUNTERS = re.compile(r"(?<!\w)(?:ban|tổ|to)\s+(?:kiểm|kiem)\s+(?:phiếu|phieu)")
TABLE_LEAD_BACK = 6


_GUESTS = cue_regex(("đại biểu", "khách mời", "mời"))
#: s37-rf (record flips, lawful19 t16 l.9 as a tracking-table row): a row whose own cell labels its person as invited or
#: attending, "| 2 | Khách mời: Ông Lục Văn Kiên, Phó Chủ tịch Ủy ban nhân dân xã | … |", names a guest of the meeting,
#: not a member of the board the lead names
_GUEST_CELL = re.compile(r"(?<!\w)(?:khách\s+mời|khach\s+moi|đại\s+biểu(?:\s+(?:mời|dự|khách\s+mời))?|dai\s+bieu|"
                         r"mời|moi|dự\s+họp|du\s+hop|tham\s+dự|tham\s+du|dự|du)\s*:\s*(?:(?:ông|bà|ong|ba|đồng\s+chí|đ/c)\s+)?$")


#: A notice or letter with no article or Roman section after its Căn cứ ("… Ban Thường trực … thông báo:" / "1. … /
#: 2. Thành phần BGSĐTCĐ" over its members table) is read as its preamble: its tables are its body.
_TABLE_ZONES = ("body", "preamble")


class _LineRow:
    """One line of a paragraph that joined several rows aligned with spaces (a short text whose rows the reader took
    for one wrapped paragraph): the row's text, and where it sits in its paragraph (``lo``, ``hi``)."""

    def __init__(self, para, k: int):
        self.para, self.index, self.zone, self.section = para, para.index, para.zone, para.section
        self.lo = para.seg_starts[k]
        self.hi = para.seg_starts[k + 1] - 1 if k + 1 < len(para.seg_starts) else len(para.text)
        self.text = para.text[self.lo:self.hi]
        self.key = para.key[self.lo:self.hi] if len(para.key) == len(para.text) else self.text.lower()
        self.line = self.end_line = para.seg_lines[k]


def _line_rows(ctx: Context, p) -> list:
    """The rows of a paragraph every line of which is a row aligned with spaces (two lines or more), else []."""
    raw = ctx.doc.raw_lines
    if len(p.seg_lines) < 2 or any(not (0 < n <= len(raw)) for n in p.seg_lines):
        return []
    full = sum(space_row(raw[n - 1]) is not None for n in p.seg_lines)
    # a squeezed row (``_squeezed``) among full rows, never two of them alone (s17-r2: u61-05)
    if full < len(p.seg_lines) and (full < 2 or any(space_row(raw[n - 1]) is None and not _SQUEEZED_ROW.match(raw[n - 1])
                                                    for n in p.seg_lines)):
        return []
    return [_LineRow(p, k) for k in range(len(p.seg_lines))]


def _aligned(ctx: Context, p) -> bool:
    """A paragraph whose first line is a row of a table aligned with spaces ("Phó Trưởng ban    Ông Đào Minh Sơn
    Công chức Phòng Kinh tế xã"): three cells or more between runs of two spaces or more."""
    raw = ctx.doc.raw_lines
    return 0 < p.line <= len(raw) and space_row(raw[p.line - 1]) is not None


def _carried(ctx: Context, p) -> bool:
    """A one-line paragraph that carries a cell of the row above over (``tables.carried_cell``)."""
    raw = ctx.doc.raw_lines
    return 0 < p.line <= len(raw) and p.line == p.end_line and carried_cell(raw[p.line - 1])


def _row_name(ctx: Context, p) -> tuple[str, int] | None:
    """The person a table row names (``_item_name``); for a row aligned with spaces, a cell holding a name alone
    ("Trần Văn Bảo      1971      Làm ruộng")."""
    if TABLE_ROW.match(p.text) or not _aligned(ctx, p):
        raw = ctx.doc.raw_lines
        if not TABLE_ROW.match(p.text) and 0 < p.line <= len(raw) and _SQUEEZED_ROW.match(raw[p.line - 1]):
            # a squeezed row: the name ends with its cell ("Phó Trưởng ban bà Mã Thị Cúc     Trưởng thôn 4")
            got = _item_name(" ".join(re.split(r"\s{2,}", raw[p.line - 1].strip())[0].split()))
            if got is not None:
                return got
        return _item_name(p.text)
    for c in space_row(ctx.doc.raw_lines[p.line - 1]) or ():
        c = " ".join(c.split())
        if _SIGNER.fullmatch(c) and c != c.upper():
            at = p.text.find(c)
            if at >= 0:
                return " ".join(re.sub(r"^(?:[ÔôOo]ng|[Bb]à)\s+", "", c).split()), at
    return _item_name(p.text)


def _aligned_runs(ctx: Context, i: int) -> int:
    """The end (exclusive) of a run of two rows or more aligned with spaces starting at paragraph ``i`` (lines
    carrying a cell over included), else ``i``."""
    paras = ctx.doc.paras
    j, rows = i, 0
    while j < len(paras) and paras[j].zone == paras[i].zone and not TABLE_ROW.match(paras[j].text.strip()):
        if _aligned(ctx, paras[j]) or (rows and _squeezed(ctx, paras[j]) and j + 1 < len(paras)
                                       and _aligned(ctx, paras[j + 1])):
            rows += 1
        elif not (rows and _carried(ctx, paras[j])):
            break
        j += 1
    return j if rows >= 2 else i


#: a row whose first cell filled its column leaves one space before the next: "Phó Trưởng ban ông Kiều Văn Sử
#: tổ dân phố số 6" between rows of three cells (s17-r2: checker_unseen61 u61-05)
_SQUEEZED_ROW = re.compile(r"^\s*\S[^|\t]*?\S {2,}\S[^|\t]*$")


def _squeezed(ctx: Context, p) -> bool:
    """A one-line paragraph of two cells between runs of two spaces, squeezed between rows aligned with spaces."""
    raw = ctx.doc.raw_lines
    return 0 < p.line <= len(raw) and p.line == p.end_line and bool(_SQUEEZED_ROW.match(raw[p.line - 1]))


def _several_persons(text: str, at: int) -> bool:
    """s37-rf (record flips, lawful20 23 as a tracking table): the cell holding the row's person names another person
    too — "| 2 | Ông A, Trưởng thôn, và ông B, Trưởng ban công tác Mặt trận thôn, đã báo cáo … | Đã thực hiện |" is a
    sentence about what they did, not one member's row."""
    if "|" not in text:
        return False  # a row aligned with spaces: its cells are not cut here (its paragraph may join several rows)
    lo = text.rfind("|", 0, at) + 1
    hi = text.find("|", at)
    cell = text[lo:hi if hi >= 0 else len(text)]
    return len(PERSON.findall(cell)) >= 2


def _table_runs(ctx: Context):
    """(lead paragraphs, header row or None, rows naming a person) for each run of table rows (bars, tabs, or
    columns aligned with spaces)."""
    paras = ctx.doc.paras
    i = 0
    while i < len(paras):
        if paras[i].zone in _TABLE_ZONES and (rows := _line_rows(ctx, paras[i])):
            header = rows[0] if _row_name(ctx, rows[0]) is None else None
            # the header and the first row joined into one paragraph, the further rows one paragraph each (s20-rq:
            # unseen58 u58_10, "TT  Họ và tên  Thôn bầu  Chức danh trong Ban  Nghề nghiệp, chức vụ hiện tại" over
            # "1   Trương Công Bình   Gò Sả   Trưởng ban   Cựu chiến binh"): one table
            j = i + 1
            while j < len(paras) and paras[j].zone == paras[i].zone and not TABLE_ROW.match(paras[j].text.strip()) \
                    and (_aligned(ctx, paras[j]) or _carried(ctx, paras[j])):
                j += 1
            more = [r for r in paras[i + 1:j] if _aligned(ctx, r)]
            yield i, header, [r for r in rows + more if _row_name(ctx, r) is not None]
            i = max(i + 1, j)
            continue
        if paras[i].zone in _TABLE_ZONES and _aligned(ctx, paras[i]) and (j := _aligned_runs(ctx, i)) > i:
            rows = [r for r in paras[i:j] if _aligned(ctx, r) or (not _carried(ctx, r) and _squeezed(ctx, r))]
            header = rows[0] if _row_name(ctx, rows[0]) is None else None
            yield i, header, [r for r in rows if _row_name(ctx, r) is not None]
            i = j
            continue
        if paras[i].zone not in _TABLE_ZONES or not TABLE_ROW.match(paras[i].text.strip()) or paras[i].text.count("|") < 3:
            i += 1
            continue
        j = i
        while j < len(paras) and paras[j].zone == paras[i].zone and TABLE_ROW.match(paras[j].text.strip()):
            j += 1
        rows = paras[i:j]
        header = rows[0] if _item_name(rows[0].text) is None else None
        yield i, header, [r for r in rows if _item_name(r.text) is not None]
        i = j


def _table_body(ctx: Context, first: int, votes: bool) -> str | None:
    """The board of a members table starting at paragraph position ``first``: the nearest body named in the
    paragraphs above it (a chapter heading is the last one looked at; for a vote tally the Ban kiểm phiếu does not
    count), else the one board the document is by or about. None when another body is named nearer."""
    paras = ctx.doc.paras
    for back in range(1, TABLE_LEAD_BACK + 1):
        k = first - back
        if k < 0:
            break
        p = paras[k]
        # a letter's opening "Ngày …, UBND xã nhận được Văn bản số … của Ban …" may be read as its Căn cứ: such a
        # line counts only when it names one of the lexicon's boards
        in_basis = p.zone == "basis" and p.zone != paras[first].zone
        if (p.zone not in ("body", "preamble") or p.section != paras[first].section) and not in_basis:
            break  # "II. TỔ CHỨC CỦA BAN": above its section the text speaks of other things
        found = []
        for s in ctx.ann.by_para.get(p.index, ()):
            for at, b in _mentions(s, False):
                if votes and b is None and _COUNTERS.match(s.key, at - s.start):
                    continue
                found.append((at, b))
        if in_basis and found and not any(b for _, b in found):
            break
        if found and _BARE_BAN_OPENS.match(_NUMBERING.sub("", p.key, count=1)):
            # lw2-08: "Ban được Ủy ban Mặt trận … thành lập …, gồm 07 thành viên: 01 đại diện Ủy ban Mặt trận …, 01 đại
            # diện Ban Thanh tra nhân dân xã …": a bare "Ban" opening the lead is the Ban the document is by; the bodies
            # named after it are where its members come from (None: the document's Ban is not one the lexicon knows)
            board = document_board(ctx.doc)
            return board[0] if board else None
        if found:
            # "Ban Thanh tra nhân dân Trường … được bầu theo đề nghị của …; Ban Chấp hành Công đoàn công nhận …":
            # a board opening the paragraph is its subject
            opening = [b for at, b in found if b and at <= 12 and not re.search(r"\w", _NUMBERING.sub("", p.key[:at]))]
            return opening[0] if opening else max(found, key=lambda t: t[0])[1]
        if _CHAPTER.match(p.text):
            return None
    board = document_board(ctx.doc)
    return board[0] if board else None


def _unbracketed(key: str) -> str:
    """A lead without its bracketed qualifiers: "Kết quả bầu (tính trên 74 đại biểu có mặt):" is a vote tally whose
    base is those present, not a roll-call of them."""
    return re.sub(r"\([^()]*\)", " ", key)


#: "| Lý Văn Chiến | Trưởng trạm Trạm bảo vệ rừng Khe Ngang |": the head of a named station inside the unit, not the
#: unit's head (unseen56 u56-12).
_SUB_UNIT = re.compile(r"\s+(?:trạm|tram)\s+\w")
#: "Trạm trưởng Trạm …": the words "trưởng Trạm" read as "Trưởng trạm" after the first "Trạm".
_SUB_UNIT_BEFORE = re.compile(r"(?<!\w)(?:trạm|tram)\s+$")


def _member_tables(ctx: Context, A, B):
    """(body id, role ent, sentence, offset, name) for a restricted role in a row of a board's members table."""
    paras = ctx.doc.paras
    for first, header, rows in _table_runs(ctx):
        if not rows or first == 0:
            continue
        lead = paras[first - 1]
        head_key = header.key if header is not None else ""
        if not (_MEMBER_LEAD.search(lead.key) or _MEMBER_LEAD.search(head_key)):
            # "Hội nghị biểu quyết giơ tay. Kết quả:" over "| TT | Họ và tên | Chức vụ | Tán thành |": a show-of-hands
            # tally is read when the heading above it says which board is elected ("III. BẦU BAN THANH TRA NHÂN DÂN")
            if not (re.search(r"(?:biểu quyết|tán thành|bieu quyet|tan thanh)", f"{lead.key} {head_key}")
                    and _elected_board(ctx, first, first + len(rows) + (1 if header is not None else 0))):
                continue
        if (_GUEST_LEAD.search(_unbracketed(lead.key)) and not _OWN_POSTS.search(head_key)) or _GUESTS.search(head_key):
            # a header's "tỷ lệ trên số hộ có mặt" is a vote's base, not a roll-call; a header's "Chức danh trong
            # Ban" says the rows are the board's own members, whatever the lead says of who attended
            continue
        # "| TT | Họ và tên | Chức vụ | Tán thành |" under "hội nghị biểu quyết … bầu …": a show-of-hands vote counts too
        votes = bool(re.search(r"(?:phiếu|phieu|ứng cử|ung cu|trúng cử|trung cu|tán thành|tan thanh)",
                               f"{lead.key} {head_key}"))
        elected = _elected_board(ctx, first, first + len(rows) + (1 if header is not None else 0)) if votes else None
        col = _elected_column(header)
        body = None
        for row in rows:
            name, at_name = _row_name(ctx, row)
            if _GUEST_CELL.search(row.key[:at_name]) or _several_persons(row.text, at_name):
                continue
            if col is not None:
                # "| 2 | Bà A (công chức Địa chính - Xây dựng phường) | Ban Giám sát đầu tư … | 98 |": each row names the
                # board its person is elected to, in the "Bầu vào" column
                spans = cell_spans(row.text)
                if col >= len(spans):
                    continue
                cell = fold_keep_length(row.text[spans[col][0]:spans[col][1]]).lower()
                named = {bid for bid, _n, rx in boards() if rx.search(cell)}
                if len(named) != 1:
                    continue
                row_body = named.pop()
                for t in ctx.ann.by_para.get(row.index, ()):
                    r = next((e for e in t.ents if e.label == "ROLE" and not e.id.startswith("member:")
                              and (e.id in A or e.id in B) and e.start > at_name
                              and not (spans[col][0] <= e.start < spans[col][1])
                              and not _negated(t.key, e.start - t.start) and not _other_person(t.key, e.start - t.start)
                              and not _former(t.key, e.start - t.start)
                              and not _KIN.search(t.key[max(0, e.start - t.start - 25):e.start - t.start])), None)
                    if r is not None and _across(f"member:{row_body}", r.id, A, B):
                        yield row_body, r, t, r.start - t.start, name
                        break
                continue
            lo, hi = getattr(row, "lo", 0), getattr(row, "hi", None)
            for t in ctx.ann.by_para.get(row.index, ()):
                r = next((e for e in t.ents if e.label == "ROLE" and not e.id.startswith("member:")
                          and (e.id in A or e.id in B) and e.start > at_name + lo and (hi is None or e.start < hi)
                          and not _negated(t.key, e.start - t.start) and not _other_person(t.key, e.start - t.start)
                          and not _former(t.key, e.start - t.start)
                          and not _SUB_UNIT.match(t.key, e.end - t.start)
                          and not _SUB_UNIT_BEFORE.search(t.key, 0, e.start - t.start)
                          and not _KIN.search(t.key[max(0, e.start - t.start - 25):e.start - t.start])), None)
                if r is None:
                    continue
                if body is None:
                    body = elected or _table_body(ctx, first, votes) or ""
                if body and _across(f"member:{body}", r.id, A, B):
                    yield body, r, t, r.start - t.start, name
                break
            if body == "":
                break


#: A column whose header says the post in it is held besides the row's own: "Kiêm nhiệm", "Chức danh kiêm nhiệm".
_HELD_TOO = re.compile(r"(?<!\w)kiêm(?:\s+nhiệm)?(?!\w)")


def _held_too_tables(ctx: Context, A, B):
    """(x ent, y ent, sentence, name) for a row of a table with one "Kiêm nhiệm" column: "| 1 | Hoàng Văn Sơn |
    Trưởng thôn Khe Mạ | Trưởng ban công tác Mặt trận thôn |" under "| STT | Họ và tên | Chức danh | Kiêm nhiệm |" —
    the post in that column and a post in another column of the row are one person's."""
    for _first, header, rows in _table_runs(ctx):
        if header is None:
            continue
        head = cell_spans(header.key)
        held = [i for i, (a, b) in enumerate(head) if _HELD_TOO.search(header.key[a:b])]
        if len(held) != 1:
            continue
        for row in rows:
            cells = cell_spans(row.text)
            if isinstance(row, _LineRow) or len(cells) != len(head):
                continue
            name, _at = _row_name(ctx, row)
            lo, hi = cells[held[0]]
            sents = ctx.ann.by_para.get(row.index, ())
            ents = [(e, t) for t in sents for e in t.ents if e.label == "ROLE"
                    and not _negated(t.key, e.start - t.start) and not _former(t.key, e.start - t.start)]
            inside = [(e, t) for e, t in ents if lo <= e.start < hi]
            outside = [(e, t) for e, t in ents if not lo <= e.start < hi]
            pair = next(((x, y, t) for x, _ in outside for y, t in inside if _across(x.id, y.id, A, B)), None)
            if pair:
                yield (*pair, name)


def _bar_cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of every cell of a flattened row, blank ones included (the outer bars open and close no cell)."""
    bars = [m.start() for m in re.finditer(r"\|", text)]
    edges = [-1, *bars, len(text)]
    spans = [(a + 1, b) for a, b in zip(edges, edges[1:])]
    if spans and not text[spans[0][0]:spans[0][1]].strip():
        spans = spans[1:]
    if spans and not text[spans[-1][0]:spans[-1][1]].strip():
        spans = spans[:-1]
    return spans


#: A header cell whose post is held at another time than the row's other posts: "Trưởng thôn nhiệm kỳ trước",
#: "Trưởng thôn cũ", "Trưởng ban (nhiệm kỳ 2019 - 2024)", "Trưởng thôn mới".
_OTHER_TIME = re.compile(r"(?<!\w)(?:cũ|trước|tiền nhiệm|mới|sắp tới|tới|kế nhiệm|đã thôi|nhiệm kỳ\s+\d{4}|năm\s+\d{4}|"
                         r"cu|truoc|tien nhiem|moi|sap toi|toi|ke nhiem|da thoi|nhiem ky\s+\d{4}|nam\s+\d{4})(?!\w)")


#: A cell that names one person, with an aside after the name ("Nông Thị Mai (lâm thời)") or a title before it.
_ASIDE = re.compile(r"\s*\([^()]*\)\s*")


def _cell_person(cell: str) -> str | None:
    """The person a table cell names alone ("Lò Văn Khiêm", "Ông Hà Văn Toản", "Nông Thị Mai (lâm thời)"), folded,
    else None."""
    c = " ".join(_ASIDE.sub(" ", cell).split())
    if not c or c == c.upper() or not _SIGNER.fullmatch(c):
        return None
    return fold_keep_length(re.sub(r"^(?:[ÔôOo]ng|[Bb]à)\s+", "", c)).lower()


def _same_name_columns(ctx: Context, A, B):
    """(x id, y id, row sentence, offset, name) for a row of a table whose header gives two posts a column each and
    whose row names one person in both — s29-ic (u83-12 l.8): "| TT | Thôn, bản | Trưởng thôn/bản | Trưởng ban công
    tác Mặt trận | Ghi chú |" over "| 2 | Bản Nà Pheo | Lò Văn Khiêm | Lò Văn Khiêm | …": the person holds both posts.
    Read only where each cell holds a name alone; a header post no longer held ("Trưởng thôn cũ") is none. A list
    under its title may be read as the text's header: rows with bars are read in any zone."""
    paras = ctx.doc.paras
    i = 0
    while i < len(paras):
        header = paras[i]
        i += 1
        if not TABLE_ROW.match(header.text) or header.text.count("|") < 3:
            continue
        head = _bar_cells(header.text)
        if any(_cell_person(header.text[a:b]) for a, b in head):
            continue
        posts: dict[int, set[str]] = {}
        for t in ctx.ann.by_para.get(header.index, ()):
            for e in t.ents:
                if e.label != "ROLE" or e.id.startswith("member:") or _former(t.key, e.start - t.start):
                    continue
                col = next((k for k, (a, b) in enumerate(head) if a <= e.start < b), None)
                if col is not None and not _OTHER_TIME.search(header.key, head[col][0], head[col][1]):
                    posts.setdefault(col, set()).add(e.id)
        pairs = [(k, j, x, y) for k in posts for j in posts if k < j
                 for x in posts[k] for y in posts[j] if _across(x, y, A, B)]
        if not pairs:
            continue
        while i < len(paras) and TABLE_ROW.match(paras[i].text):
            row = paras[i]
            i += 1
            cells = _bar_cells(row.text)
            if len(cells) != len(head):
                continue
            for k, j, x, y in pairs:
                a = _cell_person(row.text[cells[k][0]:cells[k][1]])
                if a is None or a != _cell_person(row.text[cells[j][0]:cells[j][1]]):
                    continue
                cell = row.text[cells[j][0]:cells[j][1]]
                at = cells[j][0] + len(cell) - len(cell.lstrip())
                t = next((t for t in ctx.ann.by_para.get(row.index, ()) if t.start <= at < t.end), None)
                if t is not None:
                    yield x, y, t, at - t.start, " ".join(_ASIDE.sub(" ", cell).split())
                break
