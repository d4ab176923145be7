"""The role_concurrency kind: which body a sentence speaks of — the bodies a paragraph mentions (``_mentions``:
never one named only as an agent or a decider), the Ban a bare post or a bare "Ban" belongs to (``_topic_body``,
``_named_body``: the nearest Ban named before it in the paragraph, the article, above the list, the chapter)."""
from __future__ import annotations

import re

from checker.kinds import Context, cue_regex
from checker.kinds.role_concurrency.common import TABLE_ROW, _BARE_BAN_OPENS, _COUNT_LED, _NUMBERING, _is_item
from checker.subject import document_board
from checker.text import fold_keep_length


# Other Ban the text may speak of. "Ban" followed by one of these words is the Ban already named
# ("thành phần Ban có …", "Thành viên Ban không …"); a Ban whose name starts with one of _NO_HEAD has
# no Trưởng ban ("Ban Chấp hành Công đoàn", "Ban Thường trực Ủy ban MTTQ") and is not the Ban of a bare post.
_BAN = re.compile(r"(?<!\w)ban\s+(?P<w>\w+)(?:\s+(?P<w2>\w+))?")
_NOT_BODY_AFTER = frozenset(
    "có gồm là do được không này nêu trên phải sẽ đã và theo với cho để bao tự làm họp trình gửi lập mới "
    "hành đầu ngày đêm bố phát tặng nhiệm thành trưởng phó ủy uỷ tại ở sau trước cùng "
    "hiện đang vẫn chưa".split())  # "Ban hiện có 07 thành viên"
# two words that make a verb phrase after the Ban already named: "Ban kiểm tra, giám sát …" (but "Ban kiểm phiếu")
_NOT_BODY_AFTER2 = frozenset((
    "kiểm tra", "giám sát", "xây dựng", "báo cáo", "thực hiện", "đề nghị", "đề xuất", "kiến nghị", "phân công",
    "thống nhất", "tiến hành", "chủ trì", "phối hợp", "hoạt động", "giải thể", "chịu trách", "làm việc",
    "xem xét", "kịp thời", "tổng hợp", "theo dõi", "tham gia", "tham mưu", "phát hiện", "yêu cầu", "gặp gỡ"))
_NO_HEAD = frozenset(("chấp hành", "thường vụ", "thường trực", "giám đốc", "tổng giám", "lãnh đạo", "giám hiệu"))
_NOT_BODY_FOLDED = frozenset(fold_keep_length(w) for w in _NOT_BODY_AFTER)
_NOT_BODY2_FOLDED = frozenset(fold_keep_length(w) for w in _NOT_BODY_AFTER2)
_NO_HEAD_FOLDED = frozenset(fold_keep_length(w) for w in _NO_HEAD)


#: "Ban Chấp hành Công đoàn", "Ban Thường vụ Đảng ủy": the collective word ends a Ban's name.
_WITHIN_BAN_NAME = re.compile(r"(?<!\w)(?:ban|BAN)\s+(?:chấp\s+hành|thường\s+vụ|chap\s+hanh|thuong\s+vu)\s+$")


# Other bodies with members ("Kế toán trưởng làm ủy viên" of a Hội đồng, a Tổ công tác, a Ban Chấp hành):
# they compete for a bare "thành viên", "ủy viên", "thư ký", not for a Trưởng ban.
_COLLECTIVE = re.compile(r"(?<!\w)(?:hội đồng|tổ(?!\s+(?:dân phố|trưởng|phó|chức|quốc))|đoàn(?!\s+(?:thể|viên|kết))|"
                         r"nhóm|chi bộ|đảng ủy|đảng uỷ|công đoàn|hoi dong|to(?!\s+(?:dan pho|truong|pho|chuc|quoc))|"
                         r"doan(?!\s+(?:the|vien|ket))|nhom|chi bo|dang uy|cong doan)\s+\w")


# "Theo đề nghị của Ban Chấp hành Công đoàn, hội nghị bầu 05 thành viên:": the body that proposes, guides or
# agrees is not the one whose members follow.
_AGENT = re.compile(r"(?<!\w)(?:theo\s+(?:đề\s+nghị|giới\s+thiệu|đề\s+xuất|hướng\s+dẫn|chỉ\s+đạo)(?:\s+của)?|"
                    r"sau\s+khi\s+thống\s+nhất\s+với|thống\s+nhất\s+với|"
                    r"theo\s+(?:de\s+nghi|gioi\s+thieu|de\s+xuat|huong\s+dan|chi\s+dao)(?:\s+cua)?|"
                    r"sau\s+khi\s+thong\s+nhat\s+voi|thong\s+nhat\s+voi)\s+")
#: "(07 thành viên, do Ban Thường trực UBMTTQ Việt Nam xã quyết định số lượng)": the body after "do" that decides.
#: "Danh sách đề cử Ban Thanh tra nhân dân (05 người) do Ban Chấp hành Công đoàn giới thiệu:": the body after "do" that
#: proposes the list is not the one whose members follow either.
_DECIDER = re.compile(r"[^,;.:()]{3,60}?\s+(?:quyết\s+định|quyet\s+dinh|giới\s+thiệu|gioi\s+thieu|đề\s+cử|de\s+cu|"
                      r"đề\s+xuất|de\s+xuat)(?!\w)")


def _decides(f: str, i: int) -> bool:
    """The name at ``i`` follows "do" and decides ("do Ban Thường trực … quyết định"): it is not the body spoken of."""
    return re.search(r"(?<!\w)do\s+$", f[max(0, i - 4):i]) is not None and _DECIDER.match(f, i) is not None


def _after_agent(f: str, i: int) -> bool:
    """The name at ``i`` stands in the noun phrase after "theo đề nghị của" (no comma between)."""
    m = None
    for m in _AGENT.finditer(f, max(0, i - 70), i):
        pass
    return (m is not None and not re.search(r"[,;.:()]", f[m.end():i]) and i - m.end() <= 40) or _decides(f, i)


def _mentions(s, ban_post: bool = True) -> list[tuple[int, str | None]]:
    """(offset in the paragraph, body id | None for another body) of the bodies a sentence names, in order.

    For a Trưởng ban (``ban_post``) only a Ban that has one competes; for a bare member post, any body
    with members does."""
    out: list[tuple[int, str | None]] = []
    spans = []
    f = s.key
    for e in s.ents:
        spans.append((e.start, e.end))  # "Trưởng ban công tác Mặt trận" is a role, not a mention
        if _after_agent(f, e.start - s.start):
            continue
        if e.label == "BODY":
            out.append((e.start, e.id))
        elif e.label == "ROLE" and e.id.startswith("member:"):
            out.append((e.start, e.id[len("member:"):]))
    for m in _BAN.finditer(f):
        at = s.start + m.start()
        if any(a <= at < b for a, b in spans) or _after_agent(f, m.start()):
            continue
        if re.search(r"(?:ủy|uỷ|uy|trưởng|truong)\s+$", f[max(0, m.start() - 8):m.start()]):  # "Ủy ban", "Trưởng ban"
            continue
        w, two = m.group("w"), f"{m.group('w')} {m.group('w2') or ''}".strip()
        if w.isdigit() or w in _NOT_BODY_AFTER or w in _NOT_BODY_FOLDED or two in _NOT_BODY_AFTER2 \
                or two in _NOT_BODY2_FOLDED:
            continue  # the Ban already named
        if ban_post and (two in _NO_HEAD or two in _NO_HEAD_FOLDED):
            continue  # a Ban without a Trưởng ban
        out.append((at, None))
    if not ban_post:
        for m in _COLLECTIVE.finditer(f):
            at = s.start + m.start()
            if _WITHIN_BAN_NAME.search(f, max(0, m.start() - 24), m.start()):
                continue  # "Ban Chấp hành Công đoàn": the Ban's own name, read (or set aside) above
            if not any(a <= at < b for a, b in spans) and not _after_agent(f, m.start()):
                out.append((at, None))
    return sorted(out)


# How far back the Ban of a bare post is looked for: paragraphs, not crossing a chapter heading.
TOPIC_BACK = 15
_CHAPTER = re.compile(r"^\s*(?:chương|chuong|phần|phan|CHƯƠNG|PHẦN)\s+[\dIVXLCivxlc]+")
# "Trưởng ban", "Phó Trưởng ban" are posts of a Ban only; "thành viên", "ủy viên", "thư ký" of any collective
# body, so those are read only in the paragraph that names the Ban or in a list under it.
_BAN_POSTS = ("trưởng ban", "phó trưởng ban", "truong ban", "pho truong ban")


def _topic_body(ctx: Context, para, upto: int, post: str) -> str | None:
    """The Ban of a bare post (``_named_body``); when no body at all is named around it, the one board the
    document is by or about (``checker.subject``: "Ủy viên phụ trách thôn … là ông …, đồng thời là Trưởng thôn"
    in the report of the Ban Thanh tra nhân dân)."""
    named, body = _named_body(ctx, para, upto, post)
    if named:
        return body
    board = document_board(ctx.doc)
    return board[0] if board else None


def _named_body(ctx: Context, para, upto: int, post: str) -> tuple[bool, str | None]:
    """The Ban a bare post at ``upto`` of ``para`` belongs to: the nearest one named before it — in the
    paragraph; then, for a Trưởng ban / Phó Trưởng ban, in the paragraphs above it in the same article;
    for a list item (table row, bullet), in the items above it and the paragraphs before the list (a
    chapter heading is the last one looked at). (True, None) when that Ban is not one of the lexicon's bodies
    ("Ban kiểm phiếu", "Ban vận động"); (False, None) when none is named."""
    paras = ctx.doc.paras
    k = para.index - 1
    item = _is_item(para.text) or (k >= 0 and _continues_count(paras[k].text, para.text))
    ban_post = " ".join(post.split()) in _BAN_POSTS
    in_items = item
    before_list = 0
    for back in range(TOPIC_BACK + 1):
        if k - back < 0:
            return False, None
        p = paras[k - back]
        if p.zone == "header" and back and _TITLE_TOPIC.search(p.key):
            # "KẾ HOẠCH / Kiện toàn Ban Thanh tra nhân dân xã …": the document's subject is the Ban
            found = [(at, b) for s in ctx.ann.by_para.get(p.index, ()) for at, b in _mentions(s, ban_post)]
            return (True, max(found, key=lambda t: t[0])[1]) if found else (False, None)
        if p.zone not in ("body", "preamble"):
            return False, None
        if back:
            if in_items and _is_item(p.text):
                pass
            elif item:
                in_items = False
                before_list += 1
                if not ban_post and before_list > 3:
                    return False, None
            elif not ban_post:
                return False, None
            elif p.section != para.section:
                body = _chapter_body(ctx, k - back)
                return (True, body) if body else (False, None)
        if back and in_items and _is_item(p.text) and _GUEST_ITEM.match(p.key):
            continue  # "- Đại biểu: …; Trưởng ban Thanh tra nhân dân xã" above "- Thư ký: bà A": those invited
        found = [(at, b) for s in ctx.ann.by_para.get(p.index, ()) for at, b in _mentions(s, ban_post)
                 if (back or at < upto) and not (back and in_items and at in _row_posts(s))]
        if found and back and _BARE_BAN_OPENS.match(_NUMBERING.sub("", p.key, count=1)):
            board = document_board(ctx.doc)  # "Ban được … thành lập, gồm …: 01 đại diện Ban Thanh tra …" (lw2-08)
            return True, board[0] if board else None
        if found:
            return True, max(found, key=lambda t: t[0])[1]
        if back and _CHAPTER.match(p.text):
            return False, None
    return False, None


#: A minutes' attendance item ("- Đại biểu: …", "- Khách mời: …", "- Tham dự: …"): the bodies it names are guests,
#: not the body whose posts the items below fill ("- Thư ký: bà A, công chức …" is the meeting's secretary).
_GUEST_ITEM = re.compile(r"^\s*(?:[-–+•*]|\d{1,2}[.)]|[a-zđ]\))?\s*(?:đại biểu|khách mời|thành phần mời|tham dự|dự họp|"
                         r"có mặt|vắng mặt|nhân dân|dai bieu|khach moi|tham du|du hop|co mat|vang mat|nhan dan|"
                         # "- Đại diện Ban Thanh tra nhân dân phường: bà A, …", "- Tổng số đại biểu dự: …" (u67-09):
                         # a body sending its representative to the meeting
                         r"đại diện|tổng số đại biểu|tong so dai bieu|dai dien)"
                         r"[^:]{0,30}:")


def _chapter_body(ctx: Context, k: int) -> str | None:
    """The one Ban a chapter heading names ("Chương IV. BAN THANH TRA NHÂN DÂN") when a bare Trưởng ban, Phó
    Trưởng ban of an article that names no Ban before it ("Điều 9. Cơ cấu Ban gồm …; Trưởng ban do một Phó Hiệu
    trưởng đảm nhiệm") sits in that chapter, and the articles between name no other Ban."""
    paras = ctx.doc.paras
    seen: set[str | None] = set()
    for back in range(TOPIC_BACK + 1):
        if k - back < 0:
            return None
        p = paras[k - back]
        if p.zone not in ("body", "preamble"):
            return None
        found = {b for s in ctx.ann.by_para.get(p.index, ()) for _, b in _mentions(s, True)}
        if _CHAPTER.match(p.text.lower()):
            if len(found) != 1 or None in found or (seen - found):
                return None
            return next(iter(found))
        seen |= found
    return None


def _row_posts(s) -> frozenset[int]:
    """Where a table row above names a member post as its person's office ("| 2 | Mã Văn Sình | Phó Trưởng ban
    Thanh tra nhân dân xã | Phó Trưởng ban |"): the office its holder keeps elsewhere, not the board the list is of."""
    if not TABLE_ROW.match(s.para.text.strip()):
        return frozenset()
    return frozenset(e.start for e in s.ents if e.label == "ROLE" and e.id.startswith("member:"))


def _continues_count(before: str, text: str) -> bool:
    return before.rstrip().endswith((";", ",")) and _COUNT_LED.match(text) is not None


# A title (trích yếu) whose subject is setting up a body: its member posts below are that body's.
_TITLE_TOPIC = cue_regex(("kiện toàn", "thành lập", "bầu", "công nhận", "danh sách", "thành phần", "bổ sung thành viên",
                          "kien toan", "thanh lap", "bau", "cong nhan", "danh sach", "thanh phan"))
