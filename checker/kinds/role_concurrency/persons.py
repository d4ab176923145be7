"""The role_concurrency kind, reader of named persons: the posts each named person holds anywhere in the text
(``_persons`` / ``_find_persons``: a name with the post after it, a post "là <name>", a chain of describing
clauses, short names, list items, nominees), so that one person holding both roles is found."""
from __future__ import annotations

import re

from checker.kinds import Context, cue_regex
from checker.kinds.role_concurrency.bodies import _after_agent, _topic_body
from checker.kinds.role_concurrency.common import (
    APPOSITION_ACTS, NEGATION, PERSON, VOTE_CLAUSE, _BARE_TAIL, _DESCRIBED_THEN_POST, _NOT_HOLDER_QUALIFIER, _NUMBERING, _conditional, _former, _item_name, _negated,
)
from checker.kinds.role_concurrency.lists import _inline_members, _member_items, _role_items
from checker.kinds.role_concurrency.nominees import _nominees
from checker.text import UPPER


_BETWEEN_NAME_ROLE = re.compile(r"^\s*(?:[,:\-–(]\s*)?(?:là\s+|giữ chức\s+|chức vụ\s*:?\s*)?$")
# "ông A hiện là Trưởng thôn", "ông A với tư cách Trưởng ban công tác Mặt trận", "bầu ông A làm Trưởng ban":
# the person's present post, written after a verb.
#: who elects, named between "được" and "bầu": "được hội nghị bầu giữ chức …", "được Nhân dân bầu làm …"
_ELECTOR = r"(?:(?:hội nghị|cuộc họp|đại hội|nhân dân|cộng đồng dân cư|các hộ|hộ gia đình|cử tri)(?:\s+\w+){0,2}\s+)?"
#: A post given to a person: "(được) phân công / giao / cử / chỉ định / bố trí làm …" (after a full name or a given name).
_GIVEN_POST = r"(?:được\s+)?(?:phân công|giao|cử|chỉ định|bố trí)\s+(?:làm|giữ chức|là)"
#: "ông A được phân công làm Thư ký Tổ bầu cử", "bà B tiếp tục giữ chức …": a post given to the person, now.
_NAME_THEN_POST = re.compile(r"^\s*,?\s*(?:(?:hiện nay|hiện|hiện đang|đang|nay)\s+(?:là|giữ chức|làm)|với tư cách(?: là)?|"
                             r"làm|được bầu làm|được bầu giữ chức|được\s+" + _ELECTOR + r"bầu\s+(?:làm|giữ chức)|"
                             r"(?:đồng thời\s+|cũng\s+)?" + _GIVEN_POST + "|"
                             r"(?:đồng thời\s+|cũng\s+|vẫn\s+)?(?:tiếp tục|hiện|hiện đang|đang|hiện nay|vẫn)\s+"
                             r"(?:làm|giữ chức|là|kiêm nhiệm|kiêm|đảm nhiệm|đảm nhận|giữ))\s+"
                             r"(?:chức\s+(?:danh\s+|vụ\s+)?|nhiệm vụ\s+)?$")
#: "ông A trúng cử thành viên Ban Thanh tra nhân dân xã": the post a named person is elected to (not in a condition:
#: "Trường hợp ông A trúng cử Trưởng thôn thì …").
_NAME_ELECTED = re.compile(r"^\s*(?:" + VOTE_CLAUSE + r"|đã\s+)?(?:trúng cử|được bầu vào|được bầu là|được bầu)\s+(?:làm\s+|vào\s+|chức\s+)?$")


#: "Đề nghị UBND xã ra quyết định công nhận ông A là thành viên Ban …": the recognition asked for or given is the
#: election's result, as "ông A trúng cử …" is — a finding points at the post that bars him (s28-rl, u82-01 L20).
_RECOGNISED = re.compile(r"(?<!\w)công\s+nhận\s+(?:kết\s+quả\s+bầu\s+)?(?:cho\s+)?$")


def _described_post(text: str, gap: str, name_start: int, s) -> bool:
    """The gap after a name leads to its holder's present post through describing clauses (``_DESCRIBED_THEN_POST``,
    at least one clause or "đồng thời / hiện là"), or the name is elected to it (``_NAME_ELECTED``, outside a
    condition or a negation)."""
    if _DESCRIBED_THEN_POST.match(gap) and re.search(r"[\wÀ-ỹ]", gap):
        return True
    return bool(_NAME_ELECTED.match(gap)) and not _conditional(s.key, name_start - s.start) \
        and not _negated(s.key, name_start - s.start)


#: "<post> [a few words naming its object] là ông A": the post's holder named after it. Never a past holder, a
#: proposal or an act ("nhiệm kỳ trước là", "do … giới thiệu là", "được đề nghị là").
_POST_IS_NAME = re.compile(r"^(?:\s+(?P<q>[^,;.:()]{1,40}?))?\s+(?:hiện nay\s+|hiện\s+)?là\s+$")
#: A bare post opening a clause, its holder named after "là": "Ủy viên phụ trách thôn Bến Chuối là ông A".
_BARE_POST_IS_NAME = re.compile(r"(?:^|[;:]\s*|\.\s+|^\s*(?:\d{1,2}[.)]|[-–+•*])\s*)"
                                r"(?P<post>phó trưởng ban|trưởng ban|ủy viên|uỷ viên|thành viên)"
                                r"(?=(?:\s+[^,;.:()]{1,40}?)?\s+(?:hiện nay\s+|hiện\s+)?là\s+$)")


#: "Thành viên ông Khổng Văn Bãi (thôn Gành Đỏ) hiện là công chức …", "Ủy viên bà A, …": a bare post of the Ban written
#: as the person's title, right before the name, opening a clause (u65-09).
_BARE_POST_TITLE = re.compile(r"(?:^|[;:,(]\s*|\.\s+|^\s*(?:\d{1,2}[.)]|[-–+•*])\s*)"
                              r"(?P<post>phó trưởng ban|trưởng ban|ủy viên|uỷ viên|thành viên)\s+$")
#: "Ông A, thành viên (của Ban) được bầu ở thôn 3, hiện là …", "bà B, Ủy viên, …": the bare post as an apposition
#: right after the name, closed by a comma, a bracket or the place the member was elected at.
_BARE_POST_APPOSED = re.compile(r"\s*,\s*(?P<post>phó trưởng ban|trưởng ban|ủy viên|uỷ viên|thành viên)"
                                r"(?:\s+(?:của\s+)?ban(?:\s+này)?)?(?=\s*[,;)]|\s+(?:được\s+bầu|đại\s+diện)\s)")


#: "Thành viên được bầu tại thôn Nà Lạn là bà A, công chức …" (u74_09): the qualifier says only where the member came
#: from — the unit that elected or sent him — which gives the post to no one else (read in the sentence key).
_FROM_UNIT_KEY = re.compile(r"(?:được\s+" + _ELECTOR + r"\s*(?:bầu|cử|giới thiệu|đề cử|bau|cu|gioi thieu|de cu)|đại diện|dai dien)"
                            r"\s+(?:(?:tại|ở|từ|của|tai|o|tu|cua)\s+)?"
                            r"(?:thôn|bản|tổ dân phố|khu phố|khu dân cư|ấp|xóm|làng|buôn|khối|sóc|"
                            r"thon|ban|to dan pho|khu pho|khu dan cu|ap|xom|lang|buon|khoi|soc)"
                            r"(?:\s+[^\s,;.:()]+){0,4}")


#: The level (and the name) of the body a member post names, written after it: "Thành viên Ban Thanh tra nhân dân | xã
#: Khúc Rồng | được bầu tại thôn …".
_LEVEL_AFTER = re.compile(r"^\s*(?:xã|phường|thị trấn|đặc khu|xa|phuong|thi tran)"
                          r"(?:\s+(?!(?:được|đại|là|hiện|duoc|dai|la|hien)(?!\w))[^\s,;.:()]+){0,3}(?=\s)")


def _past_level(gap: str) -> str:
    m = _LEVEL_AFTER.match(gap)
    return gap[m.end():] if m else gap


def _holder_named(gap: str, span: str) -> bool:
    """``gap`` (text between a post and a name) says the name holds the post now (``_POST_IS_NAME``); ``span`` is the
    post with the gap, in the sentence key, read for negations, conditions and past terms."""
    pm = _POST_IS_NAME.match(gap)
    if pm is None:
        return False
    q = pm.group("q") or ""
    if q and _FROM_UNIT_KEY.fullmatch(q.strip()) and not NEGATION.search(span) and not _PAST_TERM.match(q):
        return True
    return not (q and (_NOT_HOLDER_QUALIFIER.search(q) or APPOSITION_ACTS.search(q) or _PAST_TERM.match(q)
                       or re.search(r"(?<!\w)(?:nhiệm kỳ|khóa|khoá)\s+(?:trước|cũ|\d)", q))) \
        and not NEGATION.search(span)


# "người ứng cử: ông A (…) và ông B": names listed after one role share it.
_NAME_LIST_GAP = re.compile(r"^\s*(?:\([^()]*\))?\s*(?:,|;|và|,\s*và)\s*$")


# "Ông A, Tổ trưởng tổ dân phố đương nhiệm, người ứng cử nhiệm kỳ mới - Tổ trưởng Tổ bầu cử": a role may
# carry a few plain qualifying words before the separator that leads to the next one.
QUALIFIED = re.compile(r"^\s*(?:[a-zà-ỹđ]+\s+){0,2}[a-zà-ỹđ]+\s*[,\-–—]\s*(?:là\s+|kiêm\s+)?$")
NOT_QUALIFIER = cue_regex(("do", "của", "được", "với", "cho", "để", "theo", "không", "chưa", "trừ", "thay", "giúp"))
_CHAIN = re.compile(r"^\s*(?:[,;]|\s[-–—])?\s*(?:(?:là|kiêm|đồng thời là|giữ chức|và|được bầu làm|được bầu vào|được cử làm|"
                    r"được cử vào|tham gia|làm|"
                    # "được hội nghị bầu giữ chức", "được cuộc họp bầu làm" (s17-r2): who elects, between "được" and "bầu"
                    r"được\s+" + _ELECTOR + r"\s*bầu\s+(?:làm|vào|giữ\s+chức))\s*)?[,]?\s*$")


#: "thành viên Ban Thanh tra nhân dân xã được bầu tại thôn, công chức Địa chính - Nông nghiệp UBND xã" (u68-03): where the
#: first post came from (elected at a thôn, tổ dân phố, bản …), then the person's next post; the level and name of the
#: commune may stand before it, the clause may be in brackets. Nothing else between: "…, nguyên công chức …" (a post
#: held formerly) or "…, và bà B, công chức …" (another person) stays apart.
_UNIT_FROM = (r"(?:được\s+" + _ELECTOR + r"\s*(?:bầu|cử|giới thiệu|bau|cu|gioi thieu)|đại diện|dai dien)\s+(?:(?:tại|ở|từ|của|tai|o|tu|cua)\s+)?"
              r"(?:thôn|bản|tổ dân phố|khu phố|khu dân cư|khu|ấp|xóm|làng|buôn|khối|sóc|cộng đồng dân cư|"
              r"thon|ban|to dan pho|khu pho|khu dan cu|ap|xom|lang|buon|khoi|soc|cong dong dan cu)"
              r"(?:\s+(?:số\s+|so\s+)?\d{1,3}[A-Za-z]?|(?:\s+[" + UPPER + r"][\wÀ-ỹ]*)+)?")
_CHAIN_FROM_UNIT = re.compile(r"^\s+(?:(?:xã|phường|thị trấn|đặc khu|xa|phuong|thi tran)(?:\s+[" + UPPER + r"][\wÀ-ỹ]*)*\s+)?"
                              r"(?:" + _UNIT_FROM + r"\s*,|\(\s*" + _UNIT_FROM + r"\s*\)\s*,?)\s*"
                              r"(?:(?:hiện\s+|đồng\s+thời\s+|hien\s+|dong\s+thoi\s+)?(?:là|kiêm|la|kiem)\s+)?$")


#: "…, hiện là / hiện đang là / đồng thời là <post>" after a short clause on the post before (no other person, no act).
_CHAIN_PRESENT = re.compile(r"^[^;.:()]{0,60},\s*(?:hiện nay|hiện đang|hiện|đồng thời|hiện cũng|hien nay|hien dang|hien|dong thoi)"
                            r"\s+(?:là|giữ chức|làm|la|giu chuc|lam)\s+(?:chức\s+(?:danh\s+|vụ\s+)?)?$")
_CHAIN_NOT = cue_regex(("ông", "bà", "anh", "chị", "của", "do", "nguyên", "trước đây", "không", "chưa", "đã thôi", "vợ",
                        "chồng", "con", "em", "cha", "mẹ", "bố", "đề nghị", "giới thiệu"))


# "ông A làm Trưởng thôn từ năm 2010 đến năm 2020": a post held in the past.
_PAST_TERM = re.compile(r"^[^;.]{0,40}?(?<!\w)(?:đến năm|đến tháng|đến ngày|nhiệm kỳ trước|trước đây|trước khi|"
                        r"den nam|den thang|den ngay|nhiem ky truoc|truoc day|truoc khi)(?!\w)", re.IGNORECASE)


def _past_term(text: str, end: int) -> bool:
    return _PAST_TERM.match(text[end:end + 60]) is not None


_NAME_BARE_POST = re.compile(r"\s*,?\s*(?:làm|là|được bầu làm|được bầu giữ chức|giữ chức|được cử làm|la|lam|duoc bau lam)\s+"
                             r"(?P<post>phó trưởng ban|trưởng ban|pho truong ban|truong ban)")
# "bà Nga đồng thời là Kế toán trưởng": a person named again by the given name alone.
_SHORT_PERSON = re.compile(r"(?<![\w])(?:[ÔôOo]ng|[Bb]à|[Đđ]ồng chí)\s+(?P<name>[" + UPPER + r"][\wÀ-ỹ]*)(?![\wÀ-ỹ])")


def _short_names(ctx: Context, out: dict) -> None:
    """Roles written after a person's given name alone ("bà Nga đồng thời là Kế toán trưởng") go to the one
    full name of the document that ends with it."""
    full = {}
    for name in out:
        full.setdefault(name.split()[-1], []).append(name)
    for s in ctx.ann.sentences:
        roles = [e for e in s.ents if e.label == "ROLE"]
        if not roles:
            continue
        text = s.para.text
        for m in _SHORT_PERSON.finditer(text, s.start, s.end):
            owners = full.get(m.group("name"), [])
            nxt = re.match(r"\s+(\w)", text[m.end():])
            if len(owners) != 1 or not m.group("name")[0].isupper() or (nxt and nxt.group(1).isupper()):
                continue
            gap_end = m.end()
            e = next((e for e in roles if e.start >= gap_end), None)
            if e is None:
                continue
            gap = s.key[gap_end - s.start:e.start - s.start]
            # "ông Gốm tiếp tục đảm nhiệm chức danh Trưởng ban công tác Mặt trận thôn" (after his election as Trưởng thôn)
            if re.fullmatch(r"\s*,?\s*(?:(?:hiện|hiện nay|nay|cũng|đồng thời|vừa|tiếp tục|vẫn)\s+)?"
                            r"(?:là|giữ chức|giữ|kiêm|kiêm nhiệm|làm|đảm nhiệm|đảm nhận|"
                            + _GIVEN_POST + r")\s+"
                            r"(?:chức\s+(?:danh\s+|vụ\s+)?)?", gap) and not _past_term(text, e.end):
                out[owners[0]].append((e.id, s, e.start))


def _persons(ctx: Context) -> dict[str, list[tuple[str, object, int]]]:
    if "persons" not in ctx.memo:
        ctx.memo["persons"] = _find_persons(ctx)
    return ctx.memo["persons"]


#: "Danh sách người ứng cử … do Ban công tác Mặt trận … giới thiệu (biên bản gửi … ngày 05/11/2024): ông A": who
#: proposed the list, then the colon that opens it.
_PROPOSED_LIST = re.compile(r"\s+(?:(?:đã|da)\s+)?(?:do|được|duoc)\s[^:;.()]{0,120}?(?:giới thiệu|đề cử|lập|thống nhất|gioi thieu|de cu|lap|thong nhat)"
                            r"[^:;.()]{0,60}?(?:\s*\([^()]{0,120}\))?\s*:\s*")


#: "Danh sách người ứng cử đã thống nhất với chi ủy chi bộ thôn gồm: bà A và ông B": a list-head role (``list_head`` in
#: the lexicon: "người ứng cử") opens its list with "gồm:" after words of who drew it up; only such a role, and only
#: before a colon, so "Trưởng ban … và các đoàn thể gồm: ông A" gives ông A no post.
_HEAD_LIST_OPENS = re.compile(r"\s+(?:[^:;.()]{0,80}?\s)?(?:bao\s+)?(?:gồm|gom)(?:\s+(?:có|co))?\s*:\s*")
#: s29-ic (u83-11 l.6, da2-03 l.7): "thống nhất danh sách (chính thức) người ứng cử Trưởng thôn gồm bà A và ông B": a
#: list-head role named as a list ("danh sách" right before it) opens its names with "gồm" and no colon.
_HEAD_LIST_GOM = re.compile(r"\s+(?:[^:;.()]{0,80}?\s)?(?:bao\s+)?(?:gồm|gom)(?:\s+(?:có|co))?\s+")
_LIST_BEFORE = re.compile(r"(?<!\w)(?:danh sách|danh sach)(?:\s+(?:chính thức|chinh thuc|chốt|chot))?\s+$")


#: "thống nhất danh sách người ứng cử (đã gửi UBND xã ngày 05/3/2026): ông A và ông B": an aside in brackets
#: between the role and the colon that opens its list.
_LIST_COLON = re.compile(r"(?<!\w)(?:danh sách|danh sach)(?!\w)[^:;.]{0,100}:")
_ASIDE_COLON = re.compile(r"\s*\([^()]{1,80}\)\s*:\s*")
#: s40-sig (unseen101 u101-05 L24): "3. Người ứng cử: Trưởng ban công tác Mặt trận thôn … giới thiệu ít nhất 01 người;
#: danh sách dự kiến gồm ông A và bà B": a clause of a paragraph labelled by a list-head role that opens on "danh sách
#: (dự kiến | chính thức) gồm / là" names the role's holders.
_LIST_CLAUSE = re.compile(r"^\s*(?:danh sách|danh sach)(?:\s+(?:dự kiến|chính thức|du kien|chinh thuc))?"
                          r"\s+(?:gồm|là|gom|la)(?:\s+(?:có|co))?\s*:?\s*$")
_LIST_CLAUSE_OPENS = re.compile(r"^\s*(?:danh sách|danh sach)\s")


def _label_role(ctx: Context, s, heads: frozenset[str]):
    """The list-head role an earlier sentence of ``s``'s paragraph opens with as its label ("3. Người ứng cử: …")."""
    for t in ctx.ann.by_para.get(s.para.index, ()):
        if t.start >= s.start:
            return None
        if _NUMBERING.fullmatch(t.key):
            continue  # the numbering "3.", "IV." read as a sentence of its own
        e = next((e for e in t.ents if e.label == "ROLE"), None)
        if e is not None and e.id in heads and _NUMBERING.fullmatch(t.key[:e.start - t.start]) \
                and t.key[e.end - t.start:].lstrip().startswith(":"):
            return e
        return None
    return None


def _find_persons(ctx: Context) -> dict[str, list[tuple[str, object, int]]]:
    """Named people and the roles written next to their names: name → [(role, sentence, offset)].

    "Ông Lê Văn Hải, Trưởng thôn Đông" (role after the name), "Trưởng thôn:
    ông Lê Văn Hải" (before; names listed after the colon share it: "người ứng cử: ông A (…) và
    ông B"), chains "Bà Phạm Thu Hà, Kế toán trưởng, là Trưởng Ban Thanh tra nhân dân" (each role
    joined to the previous one), and the items of a bulleted member list ("Tổ bầu cử gồm …:" then
    "- Ông Lê Văn Tĩnh, … – Thành viên"): each named item is a member of the body.
    """
    out: dict[str, list] = {}
    list_heads = frozenset(r.id for r in ctx.lexicon.roles if "list_head" in r.tags)
    for s in ctx.ann.sentences:
        if not s.ents and not _LIST_CLAUSE_OPENS.match(s.key):
            continue
        text = s.para.text
        roles = sorted((e for e in s.ents if e.label == "ROLE"), key=lambda e: e.start)
        shared: list = []  # roles before a colon, shared by a list of names
        prev_name_end = None
        for m in PERSON.finditer(text, s.start, s.end):
            name = " ".join(m.group("name").split())
            held = []
            for e in roles:
                if e.end <= m.start() and not _after_agent(s.key, e.start - s.start) \
                        and (re.fullmatch(r"\s*:?\s*", text[e.end:m.start()])
                                           or _ASIDE_COLON.fullmatch(text[e.end:m.start()])
                                           or _PROPOSED_LIST.fullmatch(text[e.end:m.start()])
                                           or (e.id in list_heads and _HEAD_LIST_OPENS.fullmatch(text[e.end:m.start()]))
                                           or (e.id in list_heads and _HEAD_LIST_GOM.fullmatch(text[e.end:m.start()])
                                               and _LIST_BEFORE.search(s.key, max(0, e.start - s.start - 30), e.start - s.start))
                                           or (re.fullmatch(r"\s*\(\s*", text[e.end:m.start()])
                                               and text[m.end():].lstrip().startswith(")"))
                                           # s32-sv (u76-07 l.28): "Thành viên Ban Thanh tra nhân dân xã được bầu tại
                                           # thôn là anh A, công chức …": a body's member post, where it came from,
                                           # then its holder after "là" (as for a bare post, ``_holder_named``)
                                           or (e.id.startswith("member:") and _holder_named(
                                               _past_level(s.key[e.end - s.start:m.start() - s.start]),
                                               s.key[e.start - s.start:m.start() - s.start])
                                               and not APPOSITION_ACTS.search(s.key, m.end() - s.start,
                                                                              m.end() - s.start + 60))):
                    held.append(e)  # "Trưởng thôn: ông A", "01 người ứng cử (ông Lường Văn Khơi)"
            if not held and not shared and _LIST_CLAUSE.match(s.key[:m.start() - s.start]):
                label = _label_role(ctx, s, list_heads)
                if label is not None:
                    held.append(label)
            if held:
                shared = list(held)
            elif shared and prev_name_end is not None and _NAME_LIST_GAP.match(text[prev_name_end:m.start()]):
                held = list(shared)
            else:
                shared = []
            prev_name_end = m.end()
            prev_end = m.end()
            for e in roles:
                if e.start < m.end():
                    continue
                gap = text[prev_end:e.start]
                # the same gap with numbers read as digits in place ("được trên năm mươi phần trăm … tán thành"):
                # the vote that elects is written either way (``Para.numbered`` keeps the offsets)
                ngap = s.para.numbered[prev_end:e.start]
                first = prev_end == m.end()
                if (first and len(gap) <= 6 and _BETWEEN_NAME_ROLE.match(gap)) or (not first and _CHAIN.match(gap)) \
                        or (first and _NAME_THEN_POST.match(gap) and not _past_term(text, e.end)) \
                        or (first and _described_post(text, ngap, m.start(), s) and not _past_term(text, e.end)):
                    if first and (_NAME_ELECTED.match(ngap) or _RECOGNISED.search(s.key, 0, m.start() - s.start)):
                        ctx.memo.setdefault("elected", set()).add((s.para.index, e.start))
                    held.append(e)
                    prev_end = e.end
                    continue
                # words after a role ("Trưởng thôn Đông,") may separate it from the next one
                tail = re.match(r"^\s+[" + UPPER + r"][\wÀ-ỹ]*(?:\s+[" + UPPER + r"][\wÀ-ỹ]*)*", gap) \
                    or re.match(r"^\s+(?:số\s+)?\d{1,3}[A-Za-z]?(?!\w)", gap)  # "Tổ trưởng tổ dân phố số 4," (u67-09)
                if not first and tail and _CHAIN.match(gap[tail.end():]):
                    held.append(e)
                    prev_end = e.end
                    continue
                if not first and QUALIFIED.match(gap) and not NOT_QUALIFIER.search(gap):
                    held.append(e)
                    prev_end = e.end
                    continue
                # "Bà A, thành viên Ban Thanh tra nhân dân phường được bầu tại tổ dân phố 6, hiện là công chức …":
                # a clause telling where the first post came from, then the person's present post
                if not first and _CHAIN_PRESENT.match(gap) and not _CHAIN_NOT.search(gap):
                    held.append(e)
                    prev_end = e.end
                    continue
                if not first and _CHAIN_FROM_UNIT.match(gap) and not _past_term(text, e.end):
                    held.append(e)
                    prev_end = e.end
                    continue
                break
            for e in held:
                out.setdefault(name, []).append((e.id, s, e.start))
            # "do bà Trần Thị Mai làm Trưởng ban": a bare post of the Ban the text speaks of
            pm = _NAME_BARE_POST.match(s.key, m.end() - s.start)
            if pm and not held:
                ps, pe = pm.start("post"), pm.end("post")
                if _BARE_TAIL.match(s.key, pe):
                    body = _topic_body(ctx, s.para, s.start + ps, s.key[ps:pe])
                    if body:
                        out.setdefault(name, []).append((f"member:{body}", s, s.start + ps))
            # "Thành viên ông A (thôn …) hiện là …", "Ông A, thành viên được bầu ở thôn 3, hiện là …": a bare post of
            # the Ban the text speaks of, as the person's title or apposition — counted when the person holds a role too
            tm = _BARE_POST_TITLE.search(s.key, 0, m.start() - s.start) or _BARE_POST_APPOSED.match(s.key, m.end() - s.start)
            if tm and held and not any(x.start - s.start <= tm.start("post") < x.end - s.start for x in s.ents) \
                    and not _negated(s.key, tm.start("post")) and not _conditional(s.key, tm.start("post")) \
                    and not _former(s.key, tm.start("post")):
                ps = tm.start("post")
                body = _topic_body(ctx, s.para, s.start + ps, " ".join(tm.group("post").split()))
                if body:
                    out.setdefault(name, []).append((f"member:{body}", s, s.start + ps))
            # "Ủy viên phụ trách thôn Bến Chuối là ông A": a bare post of the Ban the text speaks of, before its holder
            bm = _BARE_POST_IS_NAME.search(s.key, 0, m.start() - s.start)
            if bm and _holder_named(s.key[bm.end("post"):m.start() - s.start], s.key[bm.start("post"):m.start() - s.start]) \
                    and not any(x.start - s.start <= bm.start("post") < x.end - s.start for x in s.ents) \
                    and not APPOSITION_ACTS.search(s.key, m.end() - s.start, m.end() - s.start + 60):
                ps = bm.start("post")
                body = _topic_body(ctx, s.para, s.start + ps, " ".join(bm.group("post").split()))
                if body:
                    out.setdefault(name, []).append((f"member:{body}", s, s.start + ps))
    _short_names(ctx, out)
    for body_id, name, s, at in _inline_members(ctx):
        out.setdefault(name, []).append((f"member:{body_id}", s, at))
    lex = ctx.lexicon
    heads = frozenset(r.id for r in lex.roles if "list_head" in r.tags)
    for role_id, para in _role_items(ctx, heads):
        # "Ông A, Tổ trưởng Tổ bầu cử, giới thiệu danh sách …: ông B và bà C": the list is after the colon
        lm = _LIST_COLON.search(para.text)
        found = [(" ".join(m.group("name").split()), m.start()) for m in PERSON.finditer(para.text, lm.end() if lm else 0)] \
            or ([_item_name(para.text)] if _item_name(para.text) else [])
        for name, at in found:
            sents = ctx.ann.by_para.get(para.index, ())
            s = next((t for t in sents if t.start <= at < t.end), sents[0] if sents else None)
            if s is not None:
                out.setdefault(name, []).append((role_id, s, at))
    for body_id, name, t, at in _nominees(ctx):
        out.setdefault(name, []).append((f"member:{body_id}", t, at))
    every = frozenset(r.id for r in lex.roles)
    for body_id, para in _member_items(ctx, every, every):
        sents = ctx.ann.by_para.get(para.index, ())
        found = _item_name(para.text)
        if found and sents:
            name, at = found
            s = next((t for t in sents if t.start <= at < t.end), sents[0])
            out.setdefault(name, []).append((f"member:{body_id}", s, at))
    return out
