"""The conflict kind's readers of a body's composition: ``members`` (a required member missing from a named list),
``roll`` (a table of members) and ``post_count`` (the posts of a board)."""
from __future__ import annotations

import re

from checker.kinds import Context, all_groups, any_cue, check_cues, check_groups, check_keys, cue_regex, finding
from checker.kinds.conflict.common import (
    _BARE_BAN, _BASIS_LINE, document_subject, _HEADING, _LIST_ITEM, _list_style, ZONES,
)
from checker.kinds.conflict.context import document_ban, _heading_board
from checker.model import Evidence, Finding, Rule
from checker.subject import last_board
from checker.tables import space_cells, space_row, split_row
from checker.text import match_key, numbered_text


# -- member lists -------------------------------------------------------------------

#: A named person in a member list: "ông Giàng A Sử", "bà Thào Thị Mỷ", "đồng chí Lò Văn Pấng".
_PERSON = re.compile(r"(?<!\w)(?:ông|bà|anh|chị|đồng chí|đ/c|cụ)\s+[A-ZĐÀ-ỸẮẰẲẴẶẤẦẨẪẬ]", re.IGNORECASE)


def check_members(rule: Rule, ctx: Context) -> list[Finding]:
    """The member list that follows the body's name ("… thành lập Tổ soạn thảo gồm: ông A (…), bà B
    (…)", or one bulleted line per member) names people but none of a required member."""
    mb = rule.detect["members"]
    context = rule.detect["context"]
    after = cue_regex(tuple(mb["list_after"]))
    out = []
    # the opening that says who set the body up may sit among the bases ("Căn cứ …; Bản … có … hộ …")
    zones = ZONES[rule.detect.get("scope", "all")] + ("basis",)
    paras = [p for p in ctx.doc.paras if p.zone in zones and not (p.zone == "basis" and _BASIS_LINE.match(p.folded))]
    for i, p in enumerate(paras):
        if not all_groups(p.key, context):
            continue
        name = cue_regex(tuple(g for grp in context for g in grp)).search(p.key)
        m = after.search(p.key, name.end() if name else 0)
        if not m or (name and m.start() - name.end() > 40):
            continue
        listed = p.text[m.end():]
        last = p
        style = None
        for k, q in enumerate(paras[i + 1:]):  # "… gồm:" then the list, or one member per bulleted line
            opens = k == 0 and not listed.strip(" :") and q.zone == p.zone and not _HEADING.match(q.text)
            if not (_LIST_ITEM.match(q.text) or opens):
                break
            mark = _list_style(q.text)
            if style and mark and mark != style:
                break  # "- Ông A …; - Bà B …" then "2. Ban công tác Mặt trận …": the next point, not a member
            style = style or mark
            listed, last = listed + "\n" + q.text, q
        people = [x for x in _PERSON.finditer(listed) if listed[x.end() - 1].isupper()]
        if len(people) < 2 and not counted_list(listed):
            continue  # a description ("đại diện các tổ chức …"), not a list of named members
        key = match_key(listed)
        missing = [r["label"] for r in mb["require"] if not any_cue(key, tuple(r["cues"]))]
        if not missing:
            continue
        start = name.start() if name else m.start()
        ev = ctx.doc.evidence(p, start, len(p.text))
        out.append(finding(rule, ctx, Evidence(ev.text, p.line_at(start), last.end_line, ev.paragraph, ev.section),
                           found=p.text[start:name.end()] if name else "", count=len(people) or counted_list(listed),
                           item=", ".join(missing)))
    return out


# -- a body's roll as a table -------------------------------------------------------------------------------
# ``roll: {body: [[…]], min | max}``: a table that lists a body's members one per row — opened by a line naming the
# body and ending on a colon ("1) Thành lập Ban Giám sát đầu tư của cộng đồng công trình …, gồm các ông, bà:"), or
# whose header names it ("| STT | Thành viên Tổ phát phiếu | Đơn vị |") — has fewer (more) numbered rows naming a
# person than the law allows. A line naming guests, attendance or another body ("Thành phần tham dự:", "Khách
# mời:") opens no roll of the body (``exclude``).

_ROW_NO = re.compile(r"^\s*\d{1,2}\s*\.?\s*$")
#: s33-pr (lawful17 lw17-25 L9): a header that says each row is not a member — a column that counts the members of
#: the row («Số thành viên Ban», «Số lượng», «Số người»: a roll lists one person a row, it never counts), or a first
#: column that names a work or a place («Công trình», «Dự án», «Địa bàn»: the Ban's works, one a row)
_COUNT_HEAD = re.compile(r"^\s*(?:số\s+(?:lượng|người|thành\s+viên|tv)|sl)\b", re.I)
_WORK_HEAD = re.compile(r"^\s*(?:tên\s+)?(?:công\s+trình|dự\s+án|hạng\s+mục|chương\s+trình|địa\s+bàn|địa\s+điểm)\b", re.I)
_ROW_NAME = re.compile(r"(?:^|\s)[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){1,4}")


def validate_roll(r) -> None:
    if not isinstance(r, dict) or "body" not in r or not ({"min", "max"} & set(r)):
        raise ValueError("'roll' cần 'body' (các nhóm từ khóa) và 'min' hoặc 'max'")
    check_groups(r["body"], "roll.body")


def _tables(ctx: Context):
    """(paragraph before the table, its rows) for each run of table rows in the body."""
    paras = list(ctx.doc.paras)
    i = 0
    while i < len(paras):
        if not paras[i].text.lstrip().startswith("|"):
            i += 1
            continue
        j = i
        while j < len(paras) and paras[j].text.lstrip().startswith("|"):
            j += 1
        yield (paras[i - 1] if i else None), paras[i:j]
        i = j


def check_roll(rule: Rule, ctx: Context) -> list[Finding]:
    r = rule.detect["roll"]
    exclude = tuple(rule.detect.get("exclude", ()))
    out = []
    for intro, rows in _tables(ctx):
        head = rows[0]
        opened = intro is not None and intro.text.rstrip().endswith(":") and all_groups(intro.key, r["body"]) \
            and not (exclude and any_cue(intro.key, exclude))
        headed = all_groups(head.key, r["body"]) and not (exclude and any_cue(head.key, exclude))
        if not (opened or headed):
            continue
        if not _ROW_NO.match(split_row(head.text)[0]):  # a header row
            hs = [match_key(c) for c in split_row(head.text)[1:]]
            if any(_COUNT_HEAD.match(c) for c in hs) or (hs and _WORK_HEAD.match(hs[0])):
                continue  # the rows are works or counts, not the Ban's members
        named, other = [], []
        for k, q in enumerate(rows):
            cs = [c.strip() for c in split_row(q.text)]
            if len(cs) >= 2 and _ROW_NO.match(cs[0]) and _ROW_NAME.search(cs[1]):
                named.append(q)
            elif k and not set(q.text.strip()) <= set("|-: "):
                other.append(q)
        if len(named) < 2 or other:
            continue  # a row that is no member's ("Tổng cộng", a note): not a plain roll
        n = len(named)
        if not (("min" in r and n < r["min"]) or ("max" in r and n > r["max"])):
            continue
        first = intro if opened else head
        ev = ctx.doc.evidence(first, 0, len(first.text))
        out.append(finding(rule, ctx, Evidence(ev.text, first.line, named[-1].end_line or named[-1].line, ev.paragraph,
                                               ev.section), found=f"{n:02d} người", count=n))
    return out


# -- a member list by posts: "gồm 05 người: Chi hội trưởng Phụ nữ, …, Bí thư Chi đoàn và một giáo viên …" --

#: s17-cc (unseen54 u54-01): "gồm 05 thành viên do Trưởng buôn chủ trì, phối hợp với … thành lập: A; B; …" — who set the
#: body up may stand between the count and the colon.
_COUNTED_LIST = re.compile(r"^\s*:?\s*(?:có\s+)?(?P<n>\d{1,2})\s+(?:\([^()]*\)\s+)?(?:người|thành viên|đồng chí)"
                           r"(?:\s*,?\s+(?:do|được)\s[^:;.\n]{0,120}?)?\s*:\s*(?P<items>.+)$",
                           re.S | re.I)


def counted_list(listed: str) -> int:
    """The size of a member list that states its count before a colon and then names exactly that many
    members, by person or by post ("05 người: A, B, C, D và E"; one per line after "05 thành viên:"):
    the whole composition, though it names nobody. 0 when the text is not such a list."""
    m = _COUNTED_LIST.match(numbered_text(listed))  # "gồm bốn người: …" as "gồm 4    người: …"
    if not m:
        return 0
    items = re.sub(r"\([^()]*\)", "", m.group("items")).strip().rstrip(".;")
    parts = [x.strip(" -+•") for x in re.split(r"\s*[;,\n]\s*|\s+và\s+", items)]
    parts = [x for x in parts if x]
    n = int(m.group("n"))
    return n if n >= 2 and len(parts) == n else 0


# -- one post held by too many members of a listed body ---------------------------------------------------
# ``post_count``: a member table or list gives each member's post in the body — "| 2 | Lường Thị Ỏn | … | Phó
# Trưởng ban |", "- Bà A, nhân viên … - Phó Trưởng ban;" — and the law caps how many hold one post (Decree 59
# Art. 17.3: not more than 02 Phó Trưởng ban); in a table, the post may stand in any cell of its own ("| 4 |
# Vương Thị Lài | Phó Trưởng ban | Đại diện người dân … |"). The list's body is read in the line that leads it and
# in the
# document's title ("KẾ HOẠCH Thành lập … Ban Giám sát đầu tư của cộng đồng …"): every ``context`` group must
# match there and no ``exclude`` cue may stand in the lead. The finding points at the first item over the cap.
#   post_count: {post: [cues: the item ends with the post], max: N}

_ITEM_LINE = re.compile(r"^\s*(?:\||[-–+•*]\s|\d{1,2}[.)]\s|[a-zđ]\)\s)")


#: a person named with an honorific: "bà Mùa Thị Dinh", "ông Sùng A Páo", "đồng chí Lò Văn Sáng"
_NAMED_PERSON = re.compile(r"(?<!\w)(?:[ôÔ]ng|[bB]à|[aA]nh|[cC]hị|[đĐ]ồng\s+chí|[đĐ]/[cC])\s+(?=(?P<name>\w+\s+\w+))")


def _persons_named(text: str) -> int:
    """How many persons ``text`` names with an honorific and a name in capitals ("bà Mùa Thị Dinh"), not "ông ấy"."""
    text = re.sub(r"\([^()]*\)", " ", text)  # "(phụ trách cụm gồm các tổ của ông …)": no holder named in brackets
    return sum(1 for m in _NAMED_PERSON.finditer(text)
               if all(w[:1].isupper() for w in m.group("name").split()[:2]))


def _item_style(text: str) -> str:
    """"|" (table row), "-" (bullet) or "1." (numbered point): a list keeps one style."""
    t = text.lstrip()
    return "|" if t.startswith("|") else ("-" if t[:1] in "-–+•*" else "1.")


def validate_post_count(d: dict) -> None:
    check_keys(d, {"post", "max", "cell"}, ["post", "max"])
    if "cell" in d and d["cell"] is not True:
        raise ValueError("'post_count.cell' là true")
    check_cues(d["post"], "post_count.post")
    if not isinstance(d["max"], int) or d["max"] < 0:
        raise ValueError("'post_count.max' phải là số nguyên không âm")


def _post_cell(row_key: str, posts) -> bool:
    """A table row with a cell that is the post alone: "| 4 | Vương Thị Lài | Phó Trưởng ban | Đại diện … |"."""
    cell = re.compile(r"\s*(?:" + cue_regex(tuple(posts)).pattern + r")\s*")
    return any(cell.fullmatch(c) for c in split_row(row_key))


def _bare_ban_lead(ctx: Context, para) -> str:
    """A list led by a bare "Ban" ("Ban được thành lập theo Quyết định …, gồm 07 thành viên:") lists the members of
    the Ban named last before it in its paragraph, else under its heading, else of the one Ban the document is by or
    about (the report of the Ban Giám sát đầu tư của cộng đồng, unseen41 n10); "" when the lead names no bare Ban."""
    m = _BARE_BAN.search(para.key)
    if not m:
        return ""
    board = last_board(para.folded[:m.start()]) or _heading_board(ctx, para)
    return match_key(board[1] if board else document_ban(ctx))


#: ``post_count`` with ``cell: true`` (s19-cr2, u67-12 L27): what a member IS in the body — "Đại diện Nhân dân thôn Bản
#: Khao" — begins one cell of the member's row, whichever column: "| 4 | Nông Văn Slin | Đại diện Nhân dân thôn … | Ủy
#: viên |", a row aligned with spaces ("4   Nông Văn Slin   Đại diện Nhân dân thôn Bản Khao   Ủy viên"), or a part of
#: a bulleted item after the name ("- Bà A, đại diện người dân thôn Đông - Ủy viên;"). A table's rows open with their
#: running number (its header row is not a member). The list's lead is the line above the run of rows.
_CELL_BULLET = re.compile(r"^\s*(?:[-–+•*]|\d{1,2}[.)])\s+")
_CELL_SEP = re.compile(r"\s*(?:,|;|\s[-–—]\s|\()\s*")


#: s40-qrc (unseen100 u100-35 L8): a member table's running number, or a range of them for one row that stands for
#: several members of one class — «| 3–9 | 07 người (danh sách chi tiết kèm theo) | Đại diện người dân … | Ủy viên |»
_RUNNING_CELL = re.compile(r"\s*(?P<a>\d{1,3})(?:\s*[–—-]\s*(?P<b>\d{1,3}))?\s*[.)]?\s*")


def _member_cells(line: str) -> list[str] | None:
    if "|" in line:
        row = [c for c in split_row(line)]
        return row if row and _RUNNING_CELL.fullmatch(row[0] or "") else None
    sr = space_row(line)
    if sr:
        return sr if re.fullmatch(r"\d{1,3}[.)]?", sr[0]) else None
    m = _CELL_BULLET.match(line)
    return _CELL_SEP.split(line[m.end():].strip()) if m else None


def _check_post_cells(rule: Rule, ctx: Context, d: dict, groups, exclude) -> list[Finding]:
    cue = re.compile(r"\s*(?:" + cue_regex(tuple(d["post"])).pattern + r")")
    raw = ctx.doc.raw_lines
    paras = list(ctx.doc.zone(*ZONES[rule.detect.get("scope", "body")]))
    para_of = {n: q for q in paras for n in q.seg_lines}
    title = document_subject(ctx)
    out, n = [], min(para_of) if para_of else 1
    last = max(para_of) if para_of else 0
    while n <= last:
        if n not in para_of or _member_cells(raw[n - 1]) is None:
            n += 1
            continue
        run = [n]
        while run[-1] + 1 <= last and run[-1] + 1 in para_of and _member_cells(raw[run[-1]]) is not None:
            run.append(run[-1] + 1)
        k = n - 1
        while k >= 1 and (not raw[k - 1].strip() or space_cells(raw[k - 1]) or "|" in raw[k - 1]):  # header rows
            k -= 1
        lead = match_key(raw[k - 1]) if k >= 1 else ""
        about = lead + " | " + title
        if not all_groups(about, groups) and k not in para_of and not any(x in para_of for x in range(1, k)):
            # s31-sv (unseen88 u88-22): the table opens the body, right under the document's heading («CƠ CẤU BAN GIÁM
            # SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG / Công trình: … / (Kèm theo Thông báo …)»): the heading's lines say whose it is
            lead = " | ".join([lead] + [p.key for p in ctx.doc.zone("header")])
            about = lead + " | " + title
        if all_groups(about, groups) and not (exclude and any_cue(lead, exclude)):
            holders = [x for x in run if any(cue.match(match_key(c)) for c in (_member_cells(raw[x - 1]) or [])[1:])]
            # a row numbered as a range («3–9») is that many members; the row that passes the cap is where it shows
            seats = [x for x in holders for _ in range(_rows_numbered(raw[x - 1]))]
            if len(seats) > d["max"]:
                out.append(finding(rule, ctx, ctx.doc.evidence_line(seats[d["max"]]), found=str(len(seats))))
            else:
                over = _counted_row(raw, k, n, holders, d["max"])
                if over:
                    out.append(finding(rule, ctx, ctx.doc.evidence_line(over[0]), found=str(over[1])))
        n = run[-1] + 1
    return out


def _rows_numbered(line: str) -> int:
    """How many members a member table's row stands for: 1, or b − a + 1 for a running number written as a range
    «a–b» (a ≤ b ≤ a + 30; anything else is read as one)."""
    cells = split_row(line) if "|" in line else []
    m = _RUNNING_CELL.fullmatch(cells[0]) if cells else None
    if not m or not m.group("b"):
        return 1
    a, b = int(m.group("a")), int(m.group("b"))
    return b - a + 1 if a <= b <= a + 30 else 1


#: a table's count column: «Số lượng», «Số người», «SL»
_COUNT_HEAD = re.compile(r"\s*(?:số\s+lượng(?:\s+\(?người\)?)?|số\s+người|sl)\s*")
_COUNT_CELL = re.compile(r"\s*0?(\d{1,2})\s*(?:người)?\s*")


def _counted_row(raw: list[str], k: int, n: int, holders: list[int], cap: int) -> tuple[int, int] | None:
    """s31-sv (unseen88 u88-22): a make-up table gives one row to a class of members and their number in a count
    column — «| TT | Thành phần | Số lượng | Chức danh |» over «| 3 | Đại diện người dân TDP số 7 | 07 | Ủy viên |»: the
    row stands for that many members. The first holder row whose own count is over ``cap`` (line, count), else None;
    counts of several rows are not added (a count per place is not the Ban's share for one place)."""
    col = None
    for line in raw[max(k, 0):n - 1]:  # the header rows between the lead and the first member row
        if "|" in line:
            cells = [match_key(c) for c in split_row(line)]
            col = next((i for i, c in enumerate(cells) if _COUNT_HEAD.fullmatch(c)), col)
    if col is None:
        return None
    for x in holders:
        cells = split_row(raw[x - 1])
        m = _COUNT_CELL.fullmatch(cells[col]) if col < len(cells) else None
        if m and int(m.group(1)) > cap:
            return x, int(m.group(1))
    return None


def check_post_count(rule: Rule, ctx: Context) -> list[Finding]:
    d = rule.detect["post_count"]
    groups = rule.detect.get("context", [])
    exclude = tuple(rule.detect.get("exclude", ()))
    if d.get("cell"):
        return _check_post_cells(rule, ctx, d, groups, exclude)
    # the post as the item's last part: "| Phó Trưởng ban |", "… - Phó Trưởng ban;", "…, Phó Trưởng ban." — s37
    # (unseen100 u100-21 L10): or before the holder's portfolio, "- Ông A: Phó Trưởng ban, phụ trách cụm các thôn …;"
    post = re.compile(r"(?:^|[|,:;–—-])\s*(?:" + cue_regex(tuple(d["post"])).pattern
                      + r")\s*(?:[|;.,]?\s*$|[,(]\s*(?:phụ\s+trách|phu\s+trach)(?!\w))")
    title = document_subject(ctx)
    out = []
    paras = list(ctx.doc.zone(*ZONES[rule.detect.get("scope", "body")]))
    i = 0
    while i < len(paras):
        if not _ITEM_LINE.match(paras[i].text):
            i += 1
            continue
        style = _item_style(paras[i].text)
        j = i + 1
        while j < len(paras) and _ITEM_LINE.match(paras[j].text) and _item_style(paras[j].text) == style:
            j += 1
        lead = paras[i - 1].key if i > 0 else ""
        about = lead + " | " + title
        if i > 0 and not all_groups(about, groups):
            about += " | " + _bare_ban_lead(ctx, paras[i - 1])
        if all_groups(about, groups) and not (exclude and any_cue(lead, exclude)):
            holders = [q for q in paras[i:j] if post.search(q.key) or (style == "|" and _post_cell(q.key, d["post"]))]
            # s30-rc (unseen85 u85-23): an item labelled with the post names its holders after the colon ("- Phó Trưởng
            # ban: bà Mùa Thị Dinh (8/9), ông Sùng A Páo (7/9), bà Giàng Thị Mỷ (6/9);"): each person named is a holder
            if style != "|":
                labelled = re.compile(r"^\s*(?:[-–+•*]|\d{1,2}[.)]|[a-zđ]\))\s*(?:" + cue_regex(tuple(d["post"])).pattern
                                      + r")\s*:")
                for q in paras[i:j]:
                    lm = labelled.match(q.key)
                    if lm and q not in holders:
                        holders.extend([q] * _persons_named(q.text[lm.end():]))
            if len(holders) > d["max"]:
                q = holders[d["max"]]
                out.append(finding(rule, ctx, ctx.doc.evidence_line(q.line), found=str(len(holders))))
        i = j
    return out
