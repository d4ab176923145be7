"""The role_concurrency kind, readers of a post of the Ban written bare: "01 công chức … làm Phó Trưởng ban",
"Trưởng ban do Phó Giám đốc đảm nhiệm", "Trưởng ban: ông A, Kế toán trưởng" (``_posts_in_para``), and a bare "Ban"
joined or left by a role (``_joins_bare_ban``, ``_member_may_be``, ``_LEFT_ONE``)."""
from __future__ import annotations

import re

from checker.kinds import Context, cue_regex
from checker.kinds.role_concurrency.bodies import _CHAPTER, TOPIC_BACK, _mentions, _named_body, _topic_body
from checker.kinds.role_concurrency.common import (
    COUNTED_IS, JOINS, NEGATION, PERSON, _ACTS, _BARE_TAIL, _DEGREE, _across, _conditional, _former, _is_item, _negated,
    _other_person, _past_portfolio, in_quotes,
)
from checker.text import UPPER


# ---------------------------------------------------------------------------------------------------------
# A post of a Ban written bare: "… làm Phó Trưởng ban.", "| Phó Trưởng ban |", "Trưởng ban do … đảm nhiệm".
# ---------------------------------------------------------------------------------------------------------

POSTS = ("phó trưởng ban", "trưởng ban", "ủy viên", "thành viên", "thư ký")
# "… làm Trưởng ban của Ban Thanh tra nhân dân": the Ban is named right after the post.
_OF_BODY = re.compile(r"\s*(?:của|trong|thuộc|cua|thuoc)\s+$")
# A role that takes the post: "<role> (phường) làm / là / giữ chức / được bầu làm <post>".
_TAKES_POST = re.compile(
    r"^[^;.:]{0,40}?(?<!\w)(?:là|làm|giữ chức|giữ vị trí|đảm nhiệm|đảm nhận|kiêm|kiêm nhiệm|được bầu làm|"
    r"được bầu giữ chức|được cử làm|được phân công làm|được chỉ định làm|được giao làm|tham gia với tư cách(?: là)?|"
    r"tham gia làm|la|lam|giu chuc|giu vi tri|dam nhiem|dam nhan|kiem|kiem nhiem|duoc bau lam|duoc bau giu chuc|"
    r"duoc cu lam|duoc phan cong lam|duoc chi dinh lam|duoc giao lam|tham gia voi tu cach(?: la)?|tham gia lam)"
    r"(?:\s+(?:chức|vị trí|chuc|vi tri))?\s*$")
# A post held by the role after it: "Trưởng ban là / : ông A, <role>", "Trưởng ban do 01 <role> đảm nhiệm".
#: "Ông A, Phó Trưởng ban, hiện là <role>": a named person, then the post and the role as two appositions.
_APPOSITIVE_HOLDER = re.compile(r"(?:^|[\s(])(?:[ÔôOo]ng|[Bb]à|[Đđ]ồng chí)\s+[" + UPPER + r"][\wÀ-ỹ]*(?:\s+[" + UPPER
                                + r"][\wÀ-ỹ]*){0,4}\s*,\s*$")
_APPOSITIVE_IS = re.compile(r"^\s*,\s*(?:hiện\s+nay\s+|hiện\s+|đồng\s+thời\s+|cũng\s+|đang\s+|hien\s+nay\s+|hien\s+|dong\s+thoi\s+|cung\s+|dang\s+)?"
                            r"(?:là|la)\s+(?:(?:01|một|mot)\s+)?$")
_HONORIFIC = r"(?:ông|bà|đồng chí|ong|ba|dong chi|đ/c|d/c|thầy|cô|" + _DEGREE + r")"
#: s32-sv (u90-07 l.17): "Phó Trưởng ban: 03 người gồm bà A (Tổ trưởng TDP số 4), ông B (TDP số 7), …": the post
#: shared by a counted group of named holders — each name, with its bracket, is one holder; the role in a holder's
#: bracket or apposition is his own.
_HOLDER_GROUP = (r"(?:(?:\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mot|bon|nam|sau|bay|tam|chin|muoi)\s+(?:người|nguoi|đồng chí|dong chi|thành viên|thanh vien|ông,\s*bà|ông/bà)\s*"
                 # u72-07 l.17: "Ủy viên: 07 đồng chí, trong đó có ông A, Kế toán trưởng Bệnh viện"
                 r"(?:gồm|gom|là|la|,?\s*trong\s+(?:số\s+)?đó\s+(?:có\s+)?|,?\s*trong\s+(?:so\s+)?do\s+(?:co\s+)?)?\s*:?\s*)")
_PRIOR_HOLDER = _HONORIFIC + r"\s+[^,;.:()]{2,30}?\s*(?:\([^();.:]{0,40}\))?\s*(?:,|và|va)\s*"
_POST_IS = re.compile(
    r"^\s*(?::|là|la|[-–—]|đồng thời là|cũng là|kiêm nhiệm|kiêm|dong thoi la|cung la|kiem nhiem|kiem|gồm|gom)\s*"
    r"(?:" + _HOLDER_GROUP + r"?(?:" + _PRIOR_HOLDER + r"){0,8}" + _HONORIFIC + r"\s+[^,;.:()]{2,30}?\s*[,(–—-]\s*)?"
    r"(?:01\s+|một\s+|mot\s+|đồng chí\s+|dong chi\s+)?$")
#: "ông A (Phó Trưởng ban, Kế toán trưởng …)": a named person's post in the Ban and his office, in one bracket.
_NAMED_PAREN_POSTS = re.compile(PERSON.pattern + r"\s*\(\s*$")
_POST_BY = re.compile(r"^\s*do\s+(?:01\s+|một\s+|mot\s+|các\s+|cac\s+|đồng chí\s+|dong chi\s+)?$")
_HOLDS = re.compile(r"^[^;.:]{0,25}?(?<!\w)(?:đảm nhiệm|đảm nhận|kiêm nhiệm|kiêm|làm|giữ|nắm giữ|dam nhiem|dam nhan|"
                    r"kiem nhiem|kiem|lam|giu|nam giu)(?!\w)")
# In an inline list, "<role> - <post>" after a separator (and a name): "Ban gồm: Ông A, Phó Giám đốc - Trưởng ban; …".
_DASH = re.compile(r"\s+[-–—]\s+")
_LIST_SEGMENT = re.compile(r"(?:^|[;:,])\s*$")
# …the role may carry its portfolio before the dash: "Ông A, Phó Giám đốc kỹ thuật - Trưởng ban",
# "Phó Tổng Giám đốc phụ trách kinh doanh – Phó Trưởng ban" (up to 5 plain words, no verb of acting).
_QUALIFIED_DASH = re.compile(r"(?:\s+[^\s,;.:()|\-–—/]+){1,5}\s+[-–—]\s+")
# "<post> - <description> (<role>)": the role in brackets says who the described person is.
_DESCRIBED = re.compile(r"\s*[-–—:]\s*[^;.:()]{2,60}?\(\s*")
# In an item (table row, bullet), a post standing as its own part: "| Phó Trưởng ban |", "…, Phó Giám đốc – Trưởng ban;".
_ITEM_SEP = re.compile(r"(?:^|[|,;(:–—]|\s-)\s*(?:\d{1,2}[.)]?\s*)?$")

_REVERSE = re.compile(r"\s*(?::|là|la|do|[-–—]\s|đồng thời là|cũng là|kiêm|dong thoi la|cung la|kiem|gồm|gom)(?!\w)")


def _bare_posts(s):
    """(start, end, bare) in the sentence key of posts outside any role entity: written bare ("… làm Phó
    Trưởng ban.") or followed by who holds them ("Trưởng ban là / do …", "Trưởng ban: …")."""
    f = s.key
    spans = [(e.start - s.start, e.end - s.start) for e in s.ents]
    for m in cue_regex(POSTS).finditer(f):
        if any(a <= m.start() < b for a, b in spans):
            continue
        bare = bool(_BARE_TAIL.match(f, m.end()) or _OF_BODY.match(f, m.end()))
        if bare or _REVERSE.match(f, m.end()):
            yield m.start(), m.end(), bare


#: s37-pr (lawful21 l21-14 L6, l21-21 L6): the meeting's officers labelled at the head of minutes — "Chủ trì: ông A,
#: Chủ tịch UBND xã." / "Thư ký: ông B, công chức Văn phòng - Thống kê." — the secretary is the meeting's, whatever
#: board the meeting is held with; he is the board's only where the text says so ("Thư ký Ban …", "thành viên Ban")
_MEETING_SECRETARY = re.compile(r"^\W*(?:thư\s+ký|thu\s+ky)(?:\s+(?:cuộc\s+họp|hội\s+nghị|buổi\s+làm\s+việc))?\s*:")
_MEETING_CHAIR = re.compile(r"^\W*(?:người\s+)?(?:chủ\s+trì|chủ\s+tọa|chủ\s+toạ|chu\s+tri|chu\s+toa)(?:\s+(?:cuộc\s+họp|hội\s+nghị))?\s*:")


def _meeting_secretary(ctx: Context, s, ps: int) -> bool:
    """The bare "thư ký" at ``ps`` labels the paragraph of a meeting's secretary, a chair's label one of the two
    paragraphs above or below it."""
    if s.para.key[:s.start + ps].strip(" -–—+*•\t") or not _MEETING_SECRETARY.match(s.para.key):
        return False
    paras = ctx.doc.paras
    k = next((i for i, p in enumerate(paras) if p.index == s.para.index), None)
    if k is None:
        return False
    return any(_MEETING_CHAIR.match(p.key) for p in paras[max(0, k - 2):k + 3] if p is not s.para)


def _post_body(ctx: Context, s, ps: int, pe: int) -> str | None:
    """The body of a bare post: named right after it ("Trưởng ban của Ban Thanh tra nhân dân") or the topic (never
    for the secretary of the meeting the minutes record, ``_meeting_secretary``)."""
    f = s.key
    m = re.match(r"\s*(?:của|trong|thuộc|cua|thuoc)\s+", f[pe:])
    if m and not _BARE_TAIL.match(f, pe):
        at = s.start + pe + m.end()
        named = [b for a, b in _mentions(s) if a == at]
        return named[0] if named else None
    if _meeting_secretary(ctx, s, ps):
        return None
    tail = _BARE_TAIL.match(f, pe)
    if tail and re.search(r"(?<!\w)ban(?!\w)", tail.group()):
        # "Kế toán trưởng Công ty là thành viên đương nhiên của Ban để …": the post of a Ban written bare, looked
        # for as a Trưởng ban's is (the article, then its chapter)
        return _topic_body(ctx, s.para, s.start + ps, "trưởng ban")
    return _topic_body(ctx, s.para, s.start + ps, f[ps:pe])


def _post_cell_between(s, r, ps: int) -> bool:
    """s26-pr (dev_lawful_acts dla_21 L9): another post in a cell between the role and the bare post — a row of the
    signers' titles, one a column ("NGƯỜI CHỦ TRÌ – TRƯỞNG THÔN | TRƯỞNG BAN CÔNG TÁC MẶT TRẬN | … | THƯ KÝ"), not
    one person's posts ("| Ông … | Kế toán trưởng, Phòng … | Phó Trưởng ban |")."""
    re_ = r.end - s.start
    return any(e is not r and re_ <= e.start - s.start < ps and "|" in s.key[re_:e.start - s.start] for e in s.ents)


def _posts_in_para(ctx: Context, para, sents, A, B):
    """(body id, role ent, sentence, offset): a role holding a bare post of a body the rule restricts."""
    item = _is_item(para.text)
    for s in sents:
        roles = [e for e in s.ents if e.label == "ROLE" and not e.id.startswith("member:")
                 and (e.id in A or e.id in B)]
        if not roles:
            continue
        f = s.key
        for ps, pe, bare in _bare_posts(s):
            body = None
            for r in roles:
                rs, re_ = r.start - s.start, r.end - s.start
                if _negated(f, rs, 30) or _conditional(f, rs) or in_quotes(s.text, rs) or _former(f, rs):
                    continue
                linked = False
                if re_ <= ps and bare and not _other_person(f, rs):
                    gap = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), f[re_:ps])
                    if _TAKES_POST.match(_past_portfolio(gap)) and not NEGATION.search(gap) and not _ACTS.search(gap):
                        linked = True
                    elif re.fullmatch(r"[^;.:()]{0,25}?\(\s*", f[re_:ps]) and f[pe:].lstrip().startswith(")"):
                        linked = True  # "Phó Giám đốc Sở (Trưởng ban), …"
                    elif item and _ITEM_SEP.search(f[:ps]) and not NEGATION.search(gap) \
                            and not _ACTS.search(gap) and not re.search(r"[.;]", gap) \
                            and not _post_cell_between(s, r, ps):
                        linked = True  # "| Ông … | Kế toán trưởng, Phòng … | Phó Trưởng ban |"
                    elif (_DASH.fullmatch(f[re_:ps]) or (_QUALIFIED_DASH.fullmatch(f[re_:ps]) and not NEGATION.search(gap)
                                                         and not _ACTS.search(gap))) and _LIST_SEGMENT.search(f[:rs]):
                        linked = True  # "Ban gồm: Ông A, Phó Giám đốc - Trưởng ban; Bà B, …"
                elif rs >= pe:
                    gap = f[pe:rs]
                    if _POST_IS.match(gap) and not NEGATION.search(gap) and not _other_person(f, rs):
                        linked = True
                    elif _DESCRIBED.fullmatch(gap) and f[re_:].lstrip().startswith(")") \
                            and not NEGATION.search(gap) and not _ACTS.search(gap):
                        linked = True  # "Phó Trưởng ban - Trưởng phòng Tài chính - Kế toán (Kế toán trưởng);"
                    elif _APPOSITIVE_IS.match(gap) and _APPOSITIVE_HOLDER.search(s.text[:ps]) \
                            and not _other_person(f, rs):
                        linked = True  # "Ông Hứa Văn Bằng, Phó Trưởng ban, hiện là công chức Văn phòng - Thống kê"
                    elif _NAMED_PAREN_POSTS.search(s.text[:ps]) and re.fullmatch(r"\s*,\s*", gap) \
                            and re.match(r"[^()]{0,40}\)", s.text[re_:]) and not _other_person(f, rs):
                        linked = True  # "ông Lê Văn Hùng (Phó Trưởng ban, Kế toán trưởng Bệnh viện)"
                    elif _POST_BY.match(gap):
                        # "Phó Trưởng ban do Phó Hiệu trưởng phụ trách cơ sở vật chất đảm nhận": past the portfolio
                        rest = _past_portfolio(f[re_:])
                        hm = _HOLDS.match(rest)
                        linked = hm is not None and not NEGATION.search(rest[:hm.end()])
                if not linked:
                    continue
                if body is None:
                    body = _post_body(ctx, s, ps, pe) or ""
                if not body:
                    break
                if _across(f"member:{body}", r.id, A, B):
                    yield body, r, s, rs
                    return


# "2. Thành viên Ban không đồng thời là Tổng Giám đốc, kế toán trưởng; riêng Phó Tổng Giám đốc phụ trách kỹ thuật được
# tham gia Ban với tư cách Ủy viên": a role that joins "Ban" written bare — the Ban the article speaks of (the nearest
# Ban named above it in the same article, as for a bare "Trưởng ban"). The bare "Ban" must end its phrase ("… Ban với
# tư cách …", "… Ban làm …", "… Ban.") so that "tham gia Ban Chấp hành Công đoàn" is another body.
_BARE_BAN = re.compile(r"(?<!\w)ban(?=\s+(?:với\s+tư\s+cách|voi\s+tu\s+cach|làm|lam|nhiệm\s+kỳ|nhiem\s+ky|để|nhằm|de|nham)(?!\w)"
                       # s36-ac (u97-24 L7): the votes that elected the member — "… thành viên Ban với 71/78 phiếu"
                       r"|\s+(?:với|voi|đạt|dat)\s+(?:số\s+phiếu\s+|so\s+phieu\s+)?\d"
                       r"|\s*(?:[,.;:)]|$))")


#: s36-ac (checker_unseen97 u97-24 L7): minutes that record a vote's result with the winner's post in apposition — «đ/c
#: A, Phó Giám đốc Công ty, trúng cử thành viên Ban với 71/78 phiếu», «…, được bầu làm ủy viên Ban» — the verb right
#: after the post or after the comma that closes it («Kế toán trưởng Công ty, trúng cử …»; never «Phó Giám đốc chúc mừng
#: các đồng chí trúng cử …»: the role is another clause's subject)
_ELECTED = re.compile(r"^(?:[^,;.:()]{0,25}?\s*[,–-])?\s*(?:đã\s+|da\s+)?(?:trúng\s+cử|trung\s+cu|được\s+bầu\s+làm|duoc\s+bau\s+lam)"
                      r"(?:\s+(?:vào|làm|vao|lam))?(?:\s+(?:thành\s+viên|ủy\s+viên|uỷ\s+viên|thanh\s+vien|uy\s+vien))?"
                      r"(?:\s+(?:của|cua))?\s*$")


#: s21-pr2 (lw6-11 L33): "Một thành viên Ban … được bầu làm Tổ trưởng … đã thôi làm thành viên Ban", "… đã được cho
#: thôi làm Trưởng thôn", "đã xin thôi giữ chức …", "đã rút khỏi Ban": the sentence reports one post given up.
_LEFT_ONE = re.compile(r"(?<!\w)(?:đã|da)\s+(?:(?:được|duoc|xin|cho|nộp\s+đơn|có\s+đơn)\s+){0,3}(?:(?:ông|bà|anh|chị|ong|ba)\s+)?"
                       r"(?:thôi\s+(?:làm|giữ|đảm\s+nhiệm|tham\s+gia|là)|thoi\s+(?:lam|giu|dam\s+nhiem|tham\s+gia|la)|"
                       r"rút\s+khỏi|rut\s+khoi|nghỉ\s+(?:làm|giữ)|nghi\s+(?:lam|giu))(?!\w)")


#: "… được bổ nhiệm làm Phó Giám đốc thì thôi làm thành viên Ban": a consequence, leaving the Ban.
_LEAVES = re.compile(r"(?<!\w)(?:thì|thôi|rút|ra khỏi|miễn nhiệm|không còn|thi|thoi|rut|ra khoi|mien nhiem|khong con)(?!\w)")


# "Kế toán trưởng của Sở được giới thiệu ứng cử nếu có uy tín": standing, with no object, in an article on the Ban;
# "… có thể được bầu làm thành viên." names the post and still no body.
_STANDS_BARE = re.compile(r"^[^;.:()]{0,30}?(?<!\w)(?:được giới thiệu ứng cử|được ứng cử|ra ứng cử|được tham gia ứng cử|"
                          r"được giới thiệu để bầu|được bầu|"
                          # s34-sv (unseen93 u93-08 l.38): who elects between "được" and "bầu" — "… có thể được hội
                          # nghị bầu làm thành viên nếu có uy tín", "được Đại hội công nhân viên chức bầu vào"
                          r"được\s+(?:hội nghị|đại hội|hội nghị đại biểu)(?:\s+[^\s;.:()]+){0,4}?\s+bầu"
                          r"(?=\s+(?:làm|vào)\s))"
                          # "… có thể được bầu làm thành viên." (rulesS15b): a member of no body named, the article's Ban
                          r"(?:\s+(?:làm|vào)\s+(?:thành viên|ủy viên|uỷ viên))?(?=\s*(?:nếu|khi|để|nhằm|[,.;]|$))")
# "Thành viên Ban … là người thường trú trên địa bàn; có thể là công chức phường …": the clause after ";" keeps the
# member as its subject.
_MAY_BE = re.compile(r"^\s*(?:(?:và|nhưng)\s+)?(?:có thể|cũng có thể|được phép|được)\s+(?:là|gồm|gồm cả)\s+$")


def _member_may_be(ctx: Context, para, sents, A, B):
    """(body id, role ent, sentence, offset): "<member of the body> là …; có thể là <role>"."""
    for k, s in enumerate(sents[1:], 1):
        subj = next((e for e in sents[k - 1].ents if e.label == "ROLE" and e.id.startswith("member:")), None)
        if subj is None or not re.match(r"^\s*(?:\d{1,2}[.)]\s*)?$", sents[k - 1].key[:subj.start - sents[k - 1].start]):
            continue
        r = next((e for e in s.ents if e.label == "ROLE"), None)
        if r is None or not _MAY_BE.match(s.key[:r.start - s.start]):
            continue
        body = subj.id[len("member:"):]
        if _across(subj.id, r.id, A, B):
            yield body, r, s, r.start - s.start


#: s32-sv (u90-09 l.31): "Ban có 01 thành viên là Phó Giám đốc phụ trách kỹ thuật": the bare "Ban" (of its article)
#: opening the count of its members who hold a post (``lists.COUNTED_IS``), up to 30 characters before the count.
_BARE_BAN_COUNTS = re.compile(r"(?<!\w)ban\s+(?:(?:này|nay|hiện|hien|cũng|cung)\s+)?$")


#: between two roles named as one subject: ", ", " và ", " hoặc ", " hay " (a plural "các …" unit may follow the last).
_COORD = re.compile(r"\s*(?:,|và|hoặc|hay|va|hoac)\s*$")
_COORD_TAIL = re.compile(r"^(?:\s+(?:các|những|cac|nhung)\s+[^\s,;.:()]+(?:\s+[^\s,;.:()]+)?)?")


def _coordinated_end(s, r, re_: int) -> int:
    """The end of the last role named together with ``r`` as the sentence's subject ("Phó Giám đốc, Giám đốc các xí
    nghiệp"), read from ``r``'s end: each next role joined by a comma or "và / hoặc", with a plural unit after it."""
    f = s.key
    ents = sorted((e for e in s.ents if e.label == "ROLE" and e.start > r.start), key=lambda e: e.start)
    for e in ents:
        es = e.start - s.start
        if es < re_ or not _COORD.match(f[re_:es]) or not f[re_:es].strip():
            break
        re_ = e.end - s.start
        re_ += _COORD_TAIL.match(f[re_:]).end()
    return re_


def _joins_bare_ban(ctx: Context, s, A, B):
    """(body id, role ent, at): a role the rule restricts joining the bare "Ban" of its article."""
    f = s.key
    if not any(e.label == "BODY" for e in s.ents):
        for r in s.ents:
            if r.label != "ROLE" or r.id.startswith("member:") or (r.id not in A and r.id not in B):
                continue
            rs = r.start - s.start
            cm = COUNTED_IS.search(f, max(0, rs - 80), rs)
            if cm is None or not _BARE_BAN_COUNTS.search(f, max(0, cm.start() - 30), cm.start()) \
                    or _negated(f, rs, 30) or _conditional(f, rs) or in_quotes(s.text, rs) or _former(f, rs):
                continue
            body = _topic_body(ctx, s.para, s.start + cm.start(), "trưởng ban")
            if body and _across(f"member:{body}", r.id, A, B):
                yield body, r, rs
    for r in s.ents:
        if r.label != "ROLE" or r.id.startswith("member:") or (r.id not in A and r.id not in B):
            continue
        rs, re_ = r.start - s.start, r.end - s.start
        # s34-sv (unseen93 u93-08 l.38): "Phó Giám đốc, Giám đốc các xí nghiệp có thể được …": roles named together
        # as one subject — the verb stands after the last of them
        re_ = _coordinated_end(s, r, re_)
        sm = _STANDS_BARE.match(_past_portfolio(f[re_:]))
        if sm and not NEGATION.search(sm.group()) and not _negated(f, rs, 30) and not _conditional(f, rs) \
                and not in_quotes(s.text, rs) and not _former(f, rs) and not _other_person(f, rs) \
                and not any(e.label == "BODY" for e in s.ents):
            body = _topic_body(ctx, s.para, s.start + rs, "trưởng ban")
            if body and _across(f"member:{body}", r.id, A, B):
                yield body, r, rs
                continue
    for r in s.ents:
        if r.label != "ROLE" or r.id.startswith("member:") or (r.id not in A and r.id not in B):
            continue
        rs, re_ = r.start - s.start, r.end - s.start
        m = _BARE_BAN.search(f, re_, min(len(f), re_ + 70))
        if m is None:
            continue
        gap = _past_portfolio(f[re_:m.start()])
        if not (JOINS.match(gap) or _ELECTED.match(gap)) or NEGATION.search(gap) or _LEAVES.search(gap) or _negated(f, rs, 30) \
                or _conditional(f, rs) or in_quotes(s.text, rs) or _former(f, rs) or _other_person(f, rs):
            continue
        body = _topic_body(ctx, s.para, s.start + m.start(), "trưởng ban")
        if body and _across(f"member:{body}", r.id, A, B):
            yield body, r, rs


# ---------------------------------------------------------------------------------------------------------
# An exception to the bar on a body's members: "Thành viên Ban … không đồng thời là cán bộ, công chức xã, trừ công
# chức Địa chính - Nông nghiệp - Xây dựng được … cử tham gia" (u73-11). The text restates the law's bar, then lets
# one of the barred roles in: the role after "trừ / ngoại trừ" sits on the body the sentence's subject belongs to.
# ---------------------------------------------------------------------------------------------------------

#: The bar: "không (được) (đồng thời) là / làm / giữ …", "không phải là …".
_BAR = re.compile(r"(?<!\w)(?:không|khong)\s+(?:được\s+|duoc\s+)?(?:đồng thời\s+|dong thoi\s+)?"
                  r"(?:là|làm|giữ|phải là|la|lam|giu|phai la)(?!\w)")
#: The exception, right before the role it lets in: "…, trừ công chức …", "(ngoại trừ 01 công chức …)".
_EXCEPT_BEFORE = re.compile(r"(?:[,;(–—]|\s-)\s*(?:trừ|ngoại trừ|tru|ngoai tru)\s+(?:(?:trường hợp|truong hop)\s+)?"
                            r"(?:(?:các|những|một|01|người là|cac|nhung|mot|nguoi la)\s+)?$")
#: The sentence's subject is the member: "Thành viên Ban (…) là …" / "Ủy viên …" opening the sentence or its item.
_MEMBER_SUBJECT = re.compile(r"^\s*(?:(?:\d{1,2}|[a-zđ])[.)]\s*|[-–+•*]\s*)?(?P<post>thành viên|ủy viên|uỷ viên|thanh vien|uy vien)"
                             r"(?=\s+(?:của\s+|cua\s+)?ban(?!\w))")
#: …unless the excepted one has left the barred post: "trừ công chức đã nghỉ hưu".
_EXCEPT_LEFT = re.compile(r"^[^,;.()]{0,60}?(?<!\w)(?:đã nghỉ hưu|đã thôi|nghỉ hưu|đã nghỉ việc|da nghi huu|da thoi)(?!\w)")


def _definite_ban(ctx: Context, para, upto: int) -> str | None:
    """The Ban of "Thành viên Ban …" (the Ban already named): looked for as a Trưởng ban's is (the paragraph, the
    article, a chapter heading naming it); else, in an article of the chapter naming none ("Điều 7. Tiêu chuẩn thành
    viên" after "Điều 6. Thành lập Ban Giám sát đầu tư của cộng đồng"), the one Ban the chapter names above it — none
    when it names two, or another body."""
    named, body = _named_body(ctx, para, upto, "trưởng ban")
    if named:
        return body
    paras = ctx.doc.paras
    seen: set = set()
    for k in range(para.index - 1, max(-1, para.index - 1 - TOPIC_BACK), -1):
        p = paras[k]
        if p.zone not in ("body", "preamble"):
            break
        seen |= {b for t in ctx.ann.by_para.get(p.index, ()) for _, b in _mentions(t, True)}
        if _CHAPTER.match(p.text.lower()):
            break
    return next(iter(seen)) if len(seen) == 1 and None not in seen else None


def _excepted_from_bar(ctx: Context, s, A, B):
    """(body id, role ent, at): a role the rule keeps off a body, let in by an exception to the text's own bar."""
    f = s.key
    members = [e for e in s.ents if e.label == "ROLE" and e.id.startswith("member:")]
    for r in s.ents:
        if r.label != "ROLE" or r.id.startswith("member:") or (r.id not in A and r.id not in B):
            continue
        rs, re_ = r.start - s.start, r.end - s.start
        em = _EXCEPT_BEFORE.search(f, max(0, rs - 40), rs)
        if em is None or in_quotes(s.text, rs) or _conditional(f, rs) or _former(f, rs) \
                or _EXCEPT_LEFT.match(f, re_):
            continue
        bar = None
        for bar in _BAR.finditer(f, 0, em.start()):
            pass
        # the bar names the class the excepted role belongs to: a role the rule restricts stands between them
        if bar is None or not any(bar.end() <= e.start - s.start < em.start() and (e.id in A or e.id in B)
                                  for e in s.ents if e.label == "ROLE" and not e.id.startswith("member:")):
            continue
        body = None
        subject = next((e for e in members if e.start - s.start < bar.start()), None)
        if subject is not None and re.fullmatch(r"\s*(?:(?:\d{1,2}|[a-zđ])[.)]\s*|[-–+•*]\s*)?", f[:subject.start - s.start]):
            body = subject.id[len("member:"):]
        else:
            sm = _MEMBER_SUBJECT.match(f)
            if sm and sm.end() <= bar.start():
                body = _definite_ban(ctx, s.para, s.start + sm.start("post"))
        if body and _across(f"member:{body}", r.id, A, B):
            yield body, r, rs
