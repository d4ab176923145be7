"""The role_concurrency kind, readers of member lists: a body's list inline after "gồm" (``_lists_in_para``,
``_inline_members``), bulleted, numbered or table items under a lead line or heading naming the body
(``_member_items``, ``_role_items``), a list that names no body read as its article's (``_bare_lists``) and a board
counted as holding a barred post (``_counted_members``)."""
from __future__ import annotations

import re

from checker.kinds import Context, cue_regex
from checker.kinds.role_concurrency.bodies import _CHAPTER, _after_agent, _mentions
from checker.kinds.role_concurrency.common import (
    ASSIGN, COUNTED_IS, NEGATION, PERSON, _BARE_BAN_OPENS, _COUNT_LED, _NUMBERING, _across, _conditional, _former, _is_item,
    _item_name, _negated, _other_person, _restricted_bodies, in_quotes,
)
from checker.nlp import Ent
from checker.subject import boards, document_board
from checker.text import fold_keep_length, match_key


LIST_WORDS = ("gồm có", "gồm", "thành phần gồm", "thành phần là", "có các thành viên là", "thành viên là")
#: "Kết quả trúng cử:", "Những người trúng cử:": the list of those the paragraph's election put in the body.
ELECTED = re.compile(r"^\s*(?:kết quả trúng cử|kết quả bầu|những người trúng cử|danh sách trúng cử|các ông, bà trúng cử)"
                     r"\s*(?:như sau)?\s*:\s*$")
# In "Ban … gồm …", roles after these words act on the body rather than sit in it ("…, do Chủ tịch
# Ủy ban nhân dân xã quyết định thành lập").
LIST_STOP = ("do", "được", "theo đề nghị", "để", "nhằm", "có nhiệm vụ", "có trách nhiệm", "chịu trách nhiệm",
             "thực hiện", "phối hợp", "báo cáo", "quyết định", "công nhận", "chỉ đạo", "hướng dẫn")


#: "Ban … gồm 05 thành viên theo đề nghị của Ban Chấp hành Công đoàn: bà A (…), ông B (…)": the clause naming who
#: proposed the list ends on the colon that opens it; the list goes on after the colon.
_PROPOSER_THEN_COLON = re.compile(r"[^;.:()]{0,80}?:\s*")
_PROPOSER_STOPS = ("theo đề nghị", "theo de nghi", "do", "được", "duoc")


def _past_proposer(f: str, sm) -> int | None:
    """Where the list resumes after a proposer's clause ending on a colon, else None."""
    if sm is None or sm.group() not in _PROPOSER_STOPS:
        return None
    m = _PROPOSER_THEN_COLON.match(f, sm.end())
    return m.end() if m else None


def _lists_in_para(para, sents, A, B):
    """A body listing, in one paragraph, a role the rule keeps out of it: "Ban … gồm: …, Kế toán trưởng; …".

    The list runs from the list word to the end of its sentence — and on through the paragraph's
    ';'-separated sentences when a colon opens it — but stops at a clause that acts on the body
    ("…, do Chủ tịch … quyết định"). A negated list word ("không bao gồm") or a negation before
    the role drops it.
    """
    words = cue_regex(LIST_WORDS)
    stops = cue_regex(LIST_STOP)
    for k, s in enumerate(sents):
        f = s.key
        for e, other in _restricted_bodies(s, A, B):
            after = e.end - s.start
            lm = words.search(f, after)
            if lm and lm.start() - after > 40 and not ACTED_ON.match(f[after:lm.start()]):
                lm = None
            colon = None if lm else _COLON_LIST.match(f, after)  # "- Tổ bầu cử: Bà A (…) - Tổ trưởng; Ông B …"
            counted = None if (lm or colon) else _COUNT_LIST.match(f, after)  # "Thành phần Ban … có 01 công chức …"
            lm = lm or colon or counted
            if not lm or _negated(f, lm.start()) or _conditional(f, e.start - s.start):
                continue
            tail = [s]
            opened = colon is not None or ":" in f[lm.end():]
            for t in sents[k + 1:]:
                if tail[-1].text.rstrip().endswith("."):
                    break
                tail.append(t)
            for t in tail:
                ft = t.key
                begin = lm.end() if t is s else 0
                if t is not s and not opened:
                    # "…; Tổ trưởng tổ dân phố số 3 làm Phó Trưởng ban": a role given a post of the body
                    r = next((r for r in t.ents if r.label == "ROLE" and r.id in other
                              and (pm := POST.match(ft, r.end - t.start)) and not NEGATION.search(pm.group())
                              and not _negated(ft, r.start - t.start)), None)
                    if r is not None:
                        yield (e, r, t, r.start - t.start)
                        return
                    continue
                sm = stops.search(ft, begin)
                if (resume := _past_proposer(ft, sm)) is not None:
                    begin, sm = resume, stops.search(ft, resume)
                end = sm.start() if sm else len(ft)
                for r in (*t.ents, *_office_roles(t)):
                    rs = r.start - t.start
                    if r.label != "ROLE" or r.id not in other or not begin <= rs:
                        continue
                    if rs >= end and not _held_by(ft, sm, rs, r.end - t.start):
                        continue
                    if NEGATION.search(ft[begin:rs]) or _negated(ft, rs) or _REFUSED_AFTER.match(ft, r.end - t.start):
                        continue
                    if t is not s and _ACTS_AFTER.match(ft, r.end - t.start):
                        continue  # "…; Giám đốc Trung tâm tạo điều kiện cho Ban hoạt động": the subject of a new clause
                    if _former(ft, rs) or (rs < end and _other_person(ft, rs)) or _TERM_OF.search(ft, 0, rs):
                        continue  # "(nguyên Kế toán trưởng)", "(giúp việc cho Kế toán trưởng)", "nhiệm kỳ Trưởng thôn"
                    yield (e, r, t, rs)
                    return


#: "Thành phần Ban Giám sát đầu tư của cộng đồng có 01 công chức …", "Ban … công trình đường thôn có 02 đại diện …, 01
#: công chức …": "có" and a count right after the body (its project named between) open a member list as "gồm" does
#: (s20-rq: unseen59 u59-10 L25); "có trách nhiệm", "có 05 ngày" hold no count of people, and a role must follow.
_COUNT_LIST = re.compile(r"[^,;.:()]{0,40}?(?<!\w)(?:có|co)\s+(?:cả\s+|thêm\s+|ca\s+|them\s+)?"
                         r"(?=(?:\d{1,2}|một|hai|ba|bốn|năm|mot|bon|nam)\s+(?!ngày|tháng|năm|lần|buổi|ngay|thang|nam|lan|buoi)\S)")
#: A civil servant of one of the commune's own offices named with "của / thuộc" the commune (since 01/07/2025: Văn
#: phòng HĐND và UBND, Phòng Kinh tế, Phòng Văn hóa - Xã hội): "01 công chức Phòng Kinh tế của xã", "cán bộ Văn phòng
#: HĐND và UBND thuộc Ủy ban nhân dân phường" — the lexicon names these offices with the commune right after them.
_OFFICE_OF_COMMUNE = re.compile(r"(?<!\w)(?:cong chuc|can bo)\s+(?:phong|van phong)\s+[^,;.:()]{2,60}?\s+(?:cua|thuoc)\s+"
                                r"(?:(?:uy ban nhan dan|ubnd)\s+)?(?:xa|phuong|dac khu)(?!\w)")


def _office_roles(t) -> tuple:
    """A commune office's civil servant named with "của / thuộc" its commune (``_OFFICE_OF_COMMUNE``) as a role
    ``cong_chuc_xa`` the lexicon did not find (no other role inside it)."""
    out = []
    for m in _OFFICE_OF_COMMUNE.finditer(fold_keep_length(t.key)):
        a, b = t.start + m.start(), t.start + m.end()
        if not any(e.label == "ROLE" and e.start < b and a < e.end for e in t.ents):
            out.append(Ent("ROLE", "cong_chuc_xa", a, b))
    return tuple(out)


#: "…; Kế toán trưởng không tham gia": the role named only to be kept out.
_REFUSED_AFTER = re.compile(r"[^,;.:()]{0,30}?(?<!\w)(?:không|khong)\s+(?:được\s+|duoc\s+)?(?:tham gia|là|làm|giữ|ứng cử|"
                            r"la|lam|giu|ung cu)(?!\w)")


#: "…; Giám đốc Trung tâm tạo điều kiện cho Ban hoạt động.": past the list's ";", a role that is the subject of a verb
#: acting on the body or for it is not one more member.
_ACTS_AFTER = re.compile(r"[^,;.:()]{0,30}?(?<!\w)(?:tạo điều kiện|chỉ đạo|phối hợp|hỗ trợ|bảo đảm|đảm bảo|chịu trách nhiệm|"
                         r"có trách nhiệm|ban hành|quyết định|công nhận|phân công|triệu tập|chủ trì|bố trí|"
                         r"tao dieu kien|chi dao|phoi hop|ho tro|bao dam|dam bao|chiu trach nhiem|co trach nhiem)(?!\w)")


# "- Tổ bầu cử: Bà Nông Thị Chè (…) - Tổ trưởng; …": a body's name and a colon open its member list when a person
# follows ("Ban Thanh tra nhân dân: giám sát …" assigns a task).
#: "Tổ bầu cử (chủ trì cuộc họp): ông …": a bracket may stand between the name and the colon.
_COLON_LIST = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?:\s*(?=(?:ông|bà|đồng chí|đ/c|ong|ba|dong chi|d/c)\s)", re.IGNORECASE)


#: A text typed in capitals and hard-wrapped, each line its own paragraph: "1. BTTND DO HNNLĐ BẦU, GỒM 07 THÀNH VIÊN …,
#: GỒM: 01" / "KẾ TOÁN TRƯỞNG CÔNG TY (…), 04 ĐẠI DIỆN XÍ NGHIỆP, …" — a line not ending a sentence goes on in the next
#: one unless that one opens a new item.
_NEW_ITEM = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]+[.)]|[a-zđ]\)|[-–+•*|]|điều\s|chương\s|mục\s)", re.IGNORECASE)


def _caps_wrap(text: str, nxt: str) -> bool:
    t, n = text.strip(), nxt.strip()
    if not t or not n or t.endswith((".", ";", ":", "!", "?")) or _NEW_ITEM.match(n):
        return False
    letters = [c for c in t + n if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _continued(ctx: Context, para) -> list:
    """The sentences of a paragraph and of the lines that carry on its list: a paragraph ending with ";" or ","
    goes on in the next one when that one opens in lower case ("…, Phó Trưởng ban công tác Mặt trận thôn (Tổ
    trưởng);" / "bà Đèo Thị Hoa (Chi hội trưởng Phụ nữ); ông Cầm Văn Khởi (…, người được giới thiệu ứng cử …)")."""
    paras = ctx.doc.paras
    out = list(ctx.ann.by_para.get(para.index, ()))
    k = para.index  # ``index`` counts from 1: paras[k] is the next paragraph
    cur = para
    for _ in range(3):
        if k >= len(paras):
            break
        nxt = paras[k]
        caps = _caps_wrap(cur.text, nxt.text)
        if not cur.text.rstrip().endswith((";", ",")) and not caps:
            break
        if nxt.zone != cur.zone or not (nxt.text.strip()[:1].islower() or _COUNT_LED.match(nxt.text) or caps):
            break
        out.extend(ctx.ann.by_para.get(nxt.index, ()))
        cur, k = nxt, k + 1
    return out


# "Ban … do Ủy ban MTTQ Việt Nam phường quyết định thành lập theo từng dự án, gồm …": a clause that says who
# sets the body up may stand between its name and its member list.
ACTED_ON = re.compile(r"^\s*,?\s*(?:do|được)\s[^;.:]{0,140},\s*$")


POST = re.compile(r"\s*[^;.:]{0,20}?(?<!\w)(?:làm|là|giữ chức)\s+(?:phó\s+)?(?:trưởng\s+ban|ủy\s+viên|uỷ\s+viên|"
                  r"thành\s+viên|tổ\s+trưởng|tổ\s+phó|truong\s+ban|uy\s+vien|thanh\s+vien)(?!\w)")


#: "…, nhiệm kỳ theo nhiệm kỳ (của) Trưởng thôn": the role names whose term the body's follows (Law Art. 36.2), not
#: a member.
_TERM_OF = re.compile(r"(?<!\w)(?:nhiệm kỳ|nhiem ky)\s+(?:của\s+|cua\s+)?$")


def _held_by(f: str, stop, rs: int, re_: int) -> bool:
    """"… gồm 07 thành viên, do các Trưởng thôn đảm nhiệm": the role right after "do" fills the places."""
    if stop is None or stop.group() != "do" or not re.fullmatch(r"\s*(?:các|những|một|01)?\s*", f[stop.end():rs]):
        return False
    return cue_regex(ASSIGN + ("làm",)).match(f[re_:re_ + 20].lstrip()) is not None


# "Danh sách Ban Thanh tra nhân dân xã:", "III. THÀNH PHẦN TỔ BẦU CỬ (dự kiến 05 người)": a heading that
# names the body whose members follow as items.
#: s29-ic (u76-09 l.22): "6. Dự kiến Tổ bầu cử:" — a plan's proposed body lists its members the same way.
LIST_HEADING = re.compile(r"^\s*(?:[IVXLC]+[.)]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-–+•*])?\s*(?:(?:dự kiến|du kien)\s+)?"
                          r"(?:(?:danh sách|thành phần|danh sach|thanh phan)\s+(?:(?:các\s+)?thành viên\s+|thanh vien\s+)?)?$", re.IGNORECASE)


def _heading_body(para, sents, A, B) -> str | None:
    """The body a short heading names, when nothing but numbering and "Danh sách / Thành phần" stands
    before it: its items name the members (only items that name a person are read)."""
    text = para.text.strip()
    if len(text) > 90 or text.endswith((".", ";")):
        return None
    for s in sents:
        body = next((e for e in s.ents if e.label == "BODY"), None)
        if body is None:
            continue
        if f"member:{body.id}" not in A and f"member:{body.id}" not in B:
            return None
        if LIST_HEADING.match(para.key[:body.start]):
            return body.id
        return None
    return None


def _intro_body(sents, A, B, board: tuple | None = None) -> str | None:
    """The body whose members the paragraph is about to list: "Tổ bầu cử gồm 05 thành viên, …:",
    "Công nhận các ông, bà sau đây là thành viên Ban Thanh tra nhân dân phường:"."""
    if not sents or not sents[-1].text.rstrip().endswith(":"):
        return None
    s = sents[-1]
    f = s.key
    body = None
    member = next((e for e in s.ents if e.label == "ROLE" and e.id.startswith("member:")
                   and not _negated(f, e.start - s.start)), None)
    if member is not None:
        body = member.id[len("member:"):]
    elif ELECTED.search(f) and len(sents) > 1:
        # "5. Bầu Ban Thanh tra nhân dân nhiệm kỳ 2025 - 2027 … Kết quả trúng cử:": the Ban the paragraph elects
        named = [e for x in sents[:-1] for e in x.ents
                 if e.label == "BODY" or (e.label == "ROLE" and e.id.startswith("member:"))]
        if named:
            last = named[-1]
            body = last.id if last.label == "BODY" else last.id[len("member:"):]
    else:
        lm = cue_regex(LIST_WORDS).search(f)
        if not lm or _negated(f, lm.start()):
            return None
        before = [e for e in s.ents if e.label == "BODY" and e.end - s.start <= lm.start()]
        if before:
            body = before[-1].id
        elif len(sents) > 1 and not f[:lm.start()].strip(" ,;"):
            # s40-sig (unseen101 u101-05 L22): "2. Tổ bầu cử: Chủ tịch UBND xã quyết định thành lập …; gồm:": a bare
            # "gồm:" closing a paragraph labelled by the body it lists
            opening = next((x for x in sents[:-1] if not _NUMBERING.fullmatch(x.key)), None)
            body = _label_body(opening) if opening is not None else None
    if (body is not None or _listed_bare(f)) and _BARE_BAN_OPENS.match(_NUMBERING.sub("", s.para.key, count=1)):
        # "Ban gồm 05 thành viên, trong đó có 01 thành viên Ban Thanh tra nhân dân phường …:": the document's Ban (lw2-08);
        # s28-ctx: "3. Ban gồm 05 thành viên:" in the Ban's own report, no body named (unseen82 u82-04 L16)
        body = board[0] if board is not None else None
    if body is None or (f"member:{body}" not in A and f"member:{body}" not in B):
        return None
    return body


def _label_body(s) -> str | None:
    """The body a sentence opens with as its label, after no more than its numbering ("2. Tổ bầu cử: …"), else None."""
    key = s.para.key
    for e in s.ents:
        if e.label == "BODY" and _NUMBERING.fullmatch(key[s.start:e.start]) and key[e.end:e.end + 2].lstrip().startswith(":"):
            return e.id
    return None


def _listed_bare(f: str) -> bool:
    """A lead-in that opens a list with a list word ("gồm"), not negated: the list of a bare "Ban"."""
    lm = cue_regex(LIST_WORDS).search(f)
    return lm is not None and not _negated(f, lm.start())


#: s28-ctx: a lead-in announcing the members a meeting elected or a body holds, naming no body: "…, cả 05 người trúng
#: cử:", "hội nghị bầu 05 thành viên:", "Kết quả bầu:". Its body is the one the heading it stands under names.
_ANNOUNCES_MEMBERS = re.compile(
    r"(?<!\w)(?:trúng\s+cử|trung\s+cu|được\s+bầu|duoc\s+bau|(?:bầu|bau)\s+(?:được\s+|duoc\s+)?(?:\d{1,2}|các|cac|những|nhung)\s+"
    r"(?:thành\s+viên|thanh\s+vien|người|nguoi|ông,\s+bà|ong,\s+ba|đồng\s+chí|dong\s+chi)|"
    r"(?:gồm|gom)(?:\s+(?:có|co))?\s+(?:các\s+|cac\s+)?(?:\d{1,2}\s+)?(?:thành\s+viên|thanh\s+vien|người|nguoi|ông,\s+bà|ong,\s+ba|"
    r"đồng\s+chí|dong\s+chi))(?!\w)[^:]*:\s*$")
#: … whose own clause names no other group as the one it lists: "Ban kiểm phiếu gồm 03 người:", "Tổ bầu cử gồm 05
#: thành viên:" under the election's heading list that group, not the body elected
_GROUP_NOUN = re.compile(r"(?<!\w)(?:ban|tổ|to|hội\s+đồng|hoi\s+dong|đoàn|doan|nhóm|nhom|ủy\s+ban|uy\s+ban)(?!\w)")
#: … not a meeting's attendance: "Thành phần tham dự gồm:", "Khách mời:"
_ATTENDANCE = re.compile(r"(?<!\w)(?:tham\s+dự|tham\s+du|dự\s+họp|du\s+hop|khách\s+mời|khach\s+moi|có\s+mặt|co\s+mat|"
                         r"vắng|vang|được\s+mời|duoc\s+moi)(?!\w)")
#: a heading the lead-in stands under: a numbered or lettered line, or a short line in capitals
_HEAD_MARK = re.compile(r"^\s*(?:[IVXLC]+[.)]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))\s+\S")
#: how many paragraphs above the lead-in its heading may stand (the lead-in's own line first)
HEAD_REACH = 2


def _is_heading_line(text: str) -> bool:
    """A numbered or lettered line, or a short line in capitals (with its bracketed term: "IV. BẦU BAN THANH TRA NHÂN
    DÂN (nhiệm kỳ 2025-2027)")."""
    t = text.strip()
    if not t or len(t) > 120:
        return False
    bare = re.sub(r"\([^()]*\)", "", t)
    return bool(_HEAD_MARK.match(t)) or (bare.isupper() and len(bare) <= 90)


def _body_in(sents, a: int, b: int, A, B) -> str | None:
    """The first body named between para offsets ``a`` and ``b``, when the rule reads it; else None."""
    body = next((e for x in sents for e in x.ents if e.label == "BODY" and a <= e.start < b), None)
    if body is not None and (f"member:{body.id}" in A or f"member:{body.id}" in B):
        return body.id
    return None


def _heading_of_lead(ctx: Context, i: int, sents, A, B) -> str | None:
    """s28-ctx: the body whose members a lead-in that names none announces (``_ANNOUNCES_MEMBERS``), taken from the
    heading the lead-in stands under — its own structure: "5. Bầu Ban Thanh tra nhân dân nhiệm kỳ 2025 - 2028." /
    "Ban Chấp hành Công đoàn giới thiệu 05 người; …, cả 05 người trúng cử:" / "- Bà …, Kế toán trưởng Công ty;"
    (unseen81 u81-08 L23); "IV. BẦU BAN THANH TRA NHÂN DÂN (nhiệm kỳ 2025-2027)" / "…, hội nghị bầu 05 thành viên:" /
    "3. Bà … - Kế toán trưởng Công ty - 127 phiếu" (unseen77 u77-02 L33; the layout reader may join the two lines
    into one paragraph). Only the nearest heading above (no item between: a sibling list's heading never leaks in),
    and only when it names a body the rule reads; a lead-in that names a body or a member role itself is
    ``_intro_body``'s."""
    para = ctx.doc.paras[i]
    if not sents or not para.text.rstrip().endswith(":"):
        return None
    segs = para.seg_starts
    lead_a = 0
    if len(segs) > 1 and _is_heading_line(para.text[segs[-2]:segs[-1]]):
        lead_a = segs[-1]  # the heading's line and the lead-in's, joined by the layout reader
    lead = para.key[lead_a:]
    if any((e.label == "BODY" or (e.label == "ROLE" and e.id.startswith("member:"))) and e.start >= lead_a
           for x in sents for e in x.ents):
        return None
    m = _ANNOUNCES_MEMBERS.search(lead)
    unbracketed = re.sub(r"\([^()]*\)", " ", lead)
    # a tally of another group's election names that group («Kết quả bầu Ban kiểm phiếu:», «Kết quả bỏ phiếu chọn tổ
    # thư ký:»): not the board's
    tally = m is None and _TALLY_LEAD.search(unbracketed) is not None and not _GROUP_NOUN.search(unbracketed)
    if not (m or tally) or _ATTENDANCE.search(lead) or NEGATION.search(lead):
        return None
    if m is not None:
        clause = re.split(r"[,;]", lead[:m.start()])[-1]
        if _GROUP_NOUN.search(clause):
            return None
    if lead_a:
        return _body_in(sents, segs[-2], segs[-1], A, B) or (_elected_board(ctx, A, B) if tally else None)
    if _HEAD_MARK.match(para.text):
        return None  # a numbered lead-in is its own heading: the numbered line above it is a sibling
    paras = ctx.doc.paras
    for q in reversed(paras[max(0, i - HEAD_REACH):i]):
        if _is_item(q.text):
            return None  # a bulleted or named item between: the lead-in follows a sibling list, not its heading
        if _is_heading_line(q.text):
            return _body_in(ctx.ann.by_para.get(q.index, ()), 0, len(q.text), A, B) or (
                _elected_board(ctx, A, B) if tally else None)
    return _elected_board(ctx, A, B) if tally else None


#: s35-ac (checker_unseen95 u95-09 l.11): the lead-in of a vote's tally — «Kết quả bỏ phiếu kín (Ban kiểm phiếu 03
#: người):», «Kết quả kiểm phiếu:», «Kết quả bầu cử như sau:» — over the candidates with their votes; what is in
#: brackets (the counting board) is set aside first
_TALLY_LEAD = re.compile(r"^[^:]*?(?<!\w)(?:kết\s+quả|ket\s+qua)\s+(?:bỏ\s+phiếu|kiểm\s+phiếu|bầu(?:\s+cử)?|bo\s+phieu|"
                         r"kiem\s+phieu|bau(?:\s+cu)?)(?!\w)[^:;]*:\s*$")
#: … and the minutes it stands in hold one election: their title names the act
_ELECTS = re.compile(r"(?<!\w)(?:bầu|bau)(?!\w)")


def _elected_board(ctx: Context, A, B) -> str | None:
    """s35-ac: the board a vote's tally with no heading of its own is of — the one board the title of the minutes (or,
    when the layout reader found none, the header's lines) names, when it elects («BIÊN BẢN HỌP CỘNG ĐỒNG DÂN CƯ / Bầu thành viên Ban Giám sát đầu tư của cộng đồng
    …») and the rule reads that board's members; else None."""
    head = ctx.doc.title_text or " ".join(p.text for p in ctx.doc.paras if p.zone == "header")
    if not _ELECTS.search(match_key(head)):
        return None
    folded = fold_keep_length(head).lower()
    named = {bid for bid, _, rx in boards() if rx.search(folded)}
    if len(named) != 1:
        return None
    board = named.pop()
    return board if (f"member:{board}" in A or f"member:{board}" in B) else None


#: s34-sv (unseen93 u93-04 l.22-24): a lead-in whose sentence began on the line above — the layout reader broke
#: "Điều 1. Công nhận kết quả bầu Ban Thanh tra nhân dân Trường … nhiệm kỳ" / "2024 - 2026 (…) gồm 05 thành viên
#: (…), cụ thể:" into two paragraphs. The line above ends on no stop, and the body it names last (nothing after it but
#: the unit's name and a term) is the subject of the "gồm" that opens the list; a body the line above names as what
#: something serves or is given to ("… giúp việc cho Ban …") is not.
_SERVES_BODY = re.compile(r"(?<!\w)(?:cho|giúp|giúp việc|phục vụ|hỗ trợ|với|của|cua|giup|phuc vu|ho tro|voi)\s+$")


def _wrapped_lead(ctx: Context, i: int, sents, A, B) -> str | None:
    """The body of a lead-in ("… gồm 05 thành viên …, cụ thể:") that carries on the sentence of the paragraph
    above it (``_intro_body`` reads a lead-in whose body it names itself)."""
    paras = ctx.doc.paras
    para = paras[i]
    if i == 0 or len(sents) != 1 or not para.text.rstrip().endswith(":") or para.zone != "body":
        return None
    prev = paras[i - 1]
    if prev.zone != para.zone or prev.text.rstrip().endswith((".", ";", ":", "!", "?")) \
            or _is_item(para.text) or _HEAD_MARK.match(para.text) or para.text.strip()[:1].isupper():
        return None
    s = sents[0]
    f = s.key
    lm = _ANNOUNCES_MEMBERS.search(f)
    if not lm or _negated(f, lm.start()) or NEGATION.search(f) or _ATTENDANCE.search(f) \
            or any(e.start - s.start < lm.start() for e in s.ents):
        return None
    above = ctx.ann.by_para.get(prev.index, ())
    if not above or _ATTENDANCE.search(above[-1].key):
        return None
    last = above[-1]
    named = [e for e in last.ents if e.label == "BODY" or (e.label == "ROLE" and e.id.startswith("member:"))]
    if not named or any(e.start > named[-1].start for e in last.ents):
        return None
    e = named[-1]
    at = e.start - last.start
    if _negated(last.key, at) or _conditional(last.key, at) or _SERVES_BODY.search(last.key[:at]):
        return None
    body = e.id if e.label == "BODY" else e.id[len("member:"):]
    if f"member:{body}" not in A and f"member:{body}" not in B:
        return None
    return body


def _member_items(ctx: Context, A, B):
    """(body id, item paragraph) for bulleted member lists: "… gồm 03 thành viên:" then "- Bà …, Phó Hiệu trưởng"."""
    out = []
    paras = ctx.doc.paras
    by_para = ctx.ann.by_para
    doc_board = document_board(ctx.doc)
    i = 0
    while i < len(paras):
        sents = by_para.get(paras[i].index, ())
        body = _intro_body(sents, A, B, doc_board)
        named_only = False
        if body is None:
            body, named_only = _heading_body(paras[i], sents, A, B), True
        if body is None:
            body, named_only = _heading_of_lead(ctx, i, sents, A, B), True
        if body is None:
            body, named_only = _wrapped_lead(ctx, i, sents, A, B), False
        i += 1
        if body is None:
            continue
        while i < len(paras) and (_is_item(paras[i].text) or _labelled_lines(paras[i])):
            if not named_only or _item_name(paras[i].text):
                out.append((body, paras[i]))
            i += 1
    return out


#: s29-ic (da2-18 l.9): a member's line opened by his seat in the body, then a colon — "Thành viên (đại diện Nhân dân
#: thôn Bến Sỏi): bà Mai Thị Diễm, công chức …", "Phó Trưởng ban: ông …" (lower-case key).
_SEAT_LABEL = re.compile(r"^\s*(?:thành viên|ủy viên|uỷ viên|trưởng ban|phó trưởng ban|tổ trưởng|tổ phó|thư ký)"
                         r"(?:\s*\([^()]{0,80}\))?\s*:\s*(?:ông|bà|đồng chí|đ/c)\s")


def _labelled_lines(para) -> bool:
    """A paragraph the reader joined from lines that each name one member after his seat («Thành viên (…): bà A, …»
    on each line, no bullet): every line is an item of the list above it."""
    starts = getattr(para, "seg_starts", ())
    if len(starts) < 2 or len(para.key) != len(para.text):
        return False
    ends = [*starts[1:], len(para.text)]
    return all(_SEAT_LABEL.match(para.key[a:b]) for a, b in zip(starts, ends))


# "III. NGƯỜI ỨNG CỬ" then "Ông Lò Văn Sơn, sinh năm 1980.": a short heading that is only the role.
_ROLE_HEADING_LEAD = re.compile(r"^\s*(?:[IVXLC]+[.)]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))?\s*(?:danh sách|danh sach)?\s*$",
                                re.IGNORECASE)
_PERSON_LINE = re.compile(r"^\s*(?:[-–+•*]|\d{1,2}[.)])?\s*(?:[ÔôOo]ng|[Bb]à)\s+[A-ZĐÀ-Ỹ]")


def _role_heading(para, last, heads):
    """The role a short heading consists of ("III. NGƯỜI ỨNG CỬ", "Danh sách người ứng cử"), else None."""
    text = para.text.strip()
    if len(text) > 60 or text.endswith((".", ";", ",")):
        return None
    e = next((e for e in last.ents if e.label == "ROLE" and e.id in heads), None)
    if e is None or not _ROLE_HEADING_LEAD.match(para.key[:e.start]) or re.search(r"\w", para.key[e.end:]):
        return None
    return e


def _role_items(ctx: Context, heads: frozenset[str]):
    """(role id, item paragraph) for lists of people under a role: "Danh sách người ứng cử:" then "- Ông …"."""
    out = []
    paras = ctx.doc.paras
    i = 0
    while i < len(paras):
        sents = ctx.ann.by_para.get(paras[i].index, ())
        i += 1
        if not heads or not sents:
            continue
        last = sents[-1]
        heading = _role_heading(paras[i - 1], last, heads)
        if heading is None and not last.text.rstrip().endswith(":"):
            continue
        role = heading or next((e for e in reversed(last.ents) if e.label == "ROLE" and e.id in heads
                                and not _negated(last.key, e.start - last.start)), None)
        if role is None:
            continue
        if heading is not None and i < len(paras) and _NAMES_INTRODUCED.match(paras[i].text):
            out.append((role.id, paras[i]))  # "Đại diện Ban … giới thiệu danh sách …: ông A và bà B."
            i += 1
            continue
        while i < len(paras) and (_is_item(paras[i].text) or (heading is not None and _PERSON_LINE.match(paras[i].text))):
            out.append((role.id, paras[i]))
            i += 1
    return out


#: "II. DANH SÁCH NGƯỜI ỨNG CỬ" then "Đại diện Ban công tác Mặt trận giới thiệu danh sách đã thống nhất với chi ủy chi
#: bộ: ông A và bà B.": the list the heading names, introduced by who drew it up (no person named before the colon),
#: every name after the colon and nothing else in the paragraph. "Danh sách dự kiến do Ban công tác Mặt trận thôn giới
#: thiệu: ông A và ông B." opens the paragraph with the capital (s19-cm, unseen68 u68-04).
_NAMES_INTRODUCED = re.compile(
    r"^(?![^:]*(?<!\w)(?:[ÔôOo]ng|[Bb]à|[Đđ]ồng chí)\s+[A-ZĐÀ-Ỹ])[^:;.]{0,60}?(?<!\w)(?:[Dd]anh sách|[Dd]anh sach)(?!\w)[^:;.]{0,100}:"
    r"\s*(?:[ÔôOo]ng|[Bb]à)\s+[A-ZĐÀ-Ỹ][^:;]*$")


def _inline_members(ctx: Context):
    """(body id, name, sentence, offset) for each person named in a body's inline member list: "Tổ bầu cử gồm:
    bà Vi Thị Sải, … - Tổ trưởng; ông Lường Văn Khơi - thành viên; …" (over the lines that carry the list on), up
    to a clause that acts on the body ("…, do Chủ tịch … quyết định")."""
    words = cue_regex(LIST_WORDS)
    stops = cue_regex(LIST_STOP)
    for para in ctx.doc.paras:
        if para.zone != "body":
            continue
        sents = _continued(ctx, para)
        for k, s in enumerate(sents):
            if s.para is not para:
                break
            f = s.key
            for e in s.ents:
                if e.label != "BODY":
                    continue
                after = e.end - s.start
                lm = words.search(f, after)
                if lm and lm.start() - after > 40:
                    lm = None
                lm = lm or _COLON_LIST.match(f, after)
                if not lm or _negated(f, lm.start()) or _conditional(f, e.start - s.start) or _after_agent(f, e.start - s.start):
                    continue
                for t in sents[k:]:
                    begin = lm.end() if t is s else 0
                    sm = stops.search(t.key, begin)
                    if (resume := _past_proposer(t.key, sm)) is not None:
                        begin, sm = resume, stops.search(t.key, resume)
                    end = sm.start() if sm else len(t.key)
                    text = t.para.text
                    for m in PERSON.finditer(text, t.start + begin, t.start + end):
                        yield e.id, " ".join(m.group("name").split()), t, m.start()
                    if sm or t.text.rstrip().endswith("."):
                        break
                break


#: "Ban Thanh tra nhân dân xã có 07 thành viên, trong đó có 03 đồng chí là Trưởng thôn": some of the body's members
#: counted as holding a post (the sentence's key: lower case, accents kept); the "người … là" part is optional:
#: "trong đó 01 Kế toán trưởng" puts the count right before the post.
_COUNTED_HOLD = re.compile(r"trong\s+(?:số\s+|so\s+)?(?:đó|do)\s*:?\s*(?:có\s+|co\s+)?"
                           # "trong đó có 02 đồng chí là Phó trưởng thôn và 01 đồng chí là <post>": a later count
                           r"(?:\d{1,2}\s+[^.;:()]{0,60}?(?:,\s*|\s+và\s+|\s+va\s+)(?:có\s+|co\s+)?)?"
                           r"(?P<n>\d{1,2})\s+(?:(?:người|nguoi|đồng\s+chí|dong\s+chi|"
                           r"thành\s+viên|thanh\s+vien|ông,\s*bà|ông/bà|ủy\s+viên)?\s*"
                           r"(?:(?:hiện|đang|nay|cũng|hien|dang|cung)\s+){0,2}"
                           r"(?:là|la|giữ\s+chức(?:\s+vụ|\s+danh)?|giu\s+chuc(?:\s+vu|\s+danh)?|kiêm|kiem|đồng\s+thời\s+là|"
                           r"dong\s+thoi\s+la)\s+)?$")


def _counted_members(s, A, B):
    """(body id, role entity, offset) for "<Ban> … có N thành viên, trong đó (có) M người là <post>", and "<Ban> có N
    thành viên là <post>" (``COUNTED_IS``)."""
    f = s.key
    # "Thành viên Ban Thanh tra nhân dân xã gồm 7 người, trong số đó …": the body named inside a member role
    bodies = [e for e in s.ents if e.label == "BODY" or (e.label == "ROLE" and e.id.startswith("member:"))]
    if not bodies:
        return
    for r in s.ents:
        if r.label != "ROLE" or r.id.startswith("member:"):
            continue
        rs = r.start - s.start
        m = _COUNTED_HOLD.search(f[max(0, rs - 140):rs])
        if not m and not _negated(f, rs, 30) and not _former(f, rs):
            cm = COUNTED_IS.search(f, max(0, rs - 80), rs)
            body = next((b for b in reversed(bodies) if b.end - s.start <= (cm.start() if cm else -1)
                         and not re.search(r"[.;:]", f[b.end - s.start:cm.start()])
                         and len(f[b.end - s.start:cm.start()]) <= 60), None)
            if cm and body is not None:
                bid = body.id if body.label == "BODY" else body.id[len("member:"):]
                if _across(f"member:{bid}", r.id, A, B):
                    yield bid, r, rs
                continue
        if not m or _negated(f, rs, 30) or _former(f, rs):
            continue
        lead = f[:max(0, rs - 140) + m.start()]
        if re.search(r"[.;]", lead[-120:]) or not re.search(r"(?:thành\s+viên|thanh\s+vien|người|nguoi)", lead[-60:]):
            continue
        body = next((b for b in reversed(bodies) if b.start - s.start < len(lead)), None)
        if body is None:
            continue
        bid = body.id if body.label == "BODY" else body.id[len("member:"):]
        if _across(f"member:{bid}", r.id, A, B):
            yield bid, r, rs


# "3. Thành phần gồm: đại diện …; công chức Địa chính - Xây dựng phường theo dõi dự án; …" under "Điều 8. Ban
# Giám sát đầu tư của cộng đồng": a member list that names no body lists the members of the body its article
# speaks of (the nearest body named above it in the article; a proposing body does not count).
_OF_THE_BAN = r"(?:\s+(?:của\s+|cua\s+)?(?:ban|ban này|ban nay))?"
_BARE_LIST = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-–+•*])?\s*"
    # s33-sv (u91-08 l.22): "c) Các thành viên còn lại: …; ông A - công chức …" after "b) Ban gồm 04 thành viên;
    # Trưởng ban là …": the rest of the Ban's members, listed bare
    # ("thành phần khác" are other attendees, not members)
    r"(?:(?:(?:các|những|cac|nhung)\s+)?(?:thành viên|ủy viên|uỷ viên|thanh vien|uy vien)" + _OF_THE_BAN
    + r"\s+(?:còn lại|khác|con lai|khac)|(?:các|những|cac|nhung)\s+(?:thành viên|ủy viên|uỷ viên|thanh vien|uy vien)"
    + _OF_THE_BAN + r"|(?:thành phần|thành viên|thanh phan|thanh vien|ban)" + _OF_THE_BAN + ")"
    r"(?:\s+(?:nhiệm kỳ|nhiem ky)\s+[\d\s\-–]+)?"
    r"\s*(?:(?:gồm có|gồm|bao gồm|gom co|gom|bao gom)\s*:?|:)\s*")
LIST_TOPIC_BACK = 6


def _list_topic(ctx: Context, para) -> str | None:
    """The body of a bare member list: the nearest body named in the paragraphs above it, in its article."""
    paras = ctx.doc.paras
    for back in range(1, LIST_TOPIC_BACK + 1):
        k = para.index - 1 - back  # ``index`` counts from 1
        if k < 0:
            return None
        p = paras[k]
        if p.zone not in ("body", "preamble") or p.section != para.section:
            return None
        found = [(at, b) for s in ctx.ann.by_para.get(p.index, ()) for at, b in _mentions(s, False)]
        if _MEETING.search(p.key):
            return None  # "2. Thành phần: …" of a meeting held to elect the body lists who attends
        if found:
            return max(found, key=lambda t: t[0])[1]
        if _CHAPTER.match(p.text):
            return None
    return None


_MEETING = cue_regex(("hội nghị", "cuộc họp", "họp", "tham dự", "dự họp", "mời", "buổi", "phiên"))


def _bare_lists(ctx: Context, A, B):
    """(body id, role ent, sentence, offset) for a role in a member list that does not name its body."""
    stops = cue_regex(LIST_STOP)
    for para in ctx.doc.paras:
        if para.zone != "body":
            continue
        m = _BARE_LIST.match(para.key)
        sents = ctx.ann.by_para.get(para.index, ())
        if not m or not sents or any(e.label == "BODY" and e.start < m.end() for s in sents for e in s.ents):
            continue
        body = None
        for t in sents:
            if t.end <= m.end():
                continue
            ft = t.key
            begin = max(0, m.end() - t.start)
            sm = stops.search(ft, begin)
            end = sm.start() if sm else len(ft)
            for r in t.ents:
                rs = r.start - t.start
                if r.label != "ROLE" or r.id.startswith("member:") or not begin <= rs < end:
                    continue
                if NEGATION.search(ft[begin:rs]) or _negated(ft, rs) or _former(ft, rs) or _other_person(ft, rs) \
                        or in_quotes(t.text, rs):
                    continue
                if body is None:
                    body = _list_topic(ctx, para) or ""
                if not body:
                    break
                if _across(f"member:{body}", r.id, A, B):
                    yield body, r, t, rs
                    break
            if body == "" or t.text.rstrip().endswith("."):
                break  # the list ends with its sentence ("…; …; …." — a colon carries it over the ";")
