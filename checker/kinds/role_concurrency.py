"""Kind 3 — role concurrency: one person or post holding two roles that check each other.

Roles and bodies are entities from the spaCy entity ruler (``checker.nlp``,
patterns in ``rules/lexicon.yaml``). A pair (role A, role B) is reported when:

1. one sentence joins them — "Trưởng thôn đồng thời là Trưởng ban công tác Mặt
   trận", "… kiêm …", "Phó Hiệu trưởng làm Trưởng ban Thanh tra nhân dân", "B do
   A kiêm nhiệm", a signature title "TRƯỞNG THÔN – TRƯỞNG BAN CÔNG TÁC MẶT TRẬN";
2. a role joins a body whose members the rule restricts — "Kế toán trưởng Công
   ty tham gia Ban Thanh tra nhân dân", "giới thiệu Tổ trưởng tổ dân phố … tham
   gia Ban …";
3. a member list of the body names the role — inline ("Ban … gồm …, Kế toán
   trưởng; …", "…, do các Trưởng thôn đảm nhiệm") or as bulleted, numbered or
   table items after a line ending "… gồm 03 thành viên:";
4. the same named person holds A in one place and B in another — "Ông Lê Văn
   Tĩnh, Trưởng thôn lâm thời – Thành viên" in the Tổ bầu cử list and "người ứng
   cử: ông Lê Văn Tĩnh" below;
5. a role takes a post of the body written bare — "01 công chức Địa chính - Xây dựng
   phường làm Phó Trưởng ban", "Trưởng ban do Phó Giám đốc Công ty đảm nhiệm", a table
   row "| Ông … | Kế toán trưởng | Phó Trưởng ban |" — where the Ban is the one the text
   is speaking of: the nearest Ban named before the post, in the paragraph or the ones
   above it (``_topic_body``; a Ban that has no Trưởng ban, "Ban Chấp hành Công đoàn",
   does not compete);
6. a member list that names no body — "3. Thành phần gồm: …; công chức Địa chính - Xây dựng phường
   theo dõi dự án; …" under "Điều 8. Ban Giám sát đầu tư của cộng đồng" — lists the members of the
   body its article names above it (``_bare_lists``); not when the article speaks of a meeting;
7. one name signed under two upper-case titles of a signature block ("TRƯỞNG THÔN    TRƯỞNG BAN CÔNG TÁC
   MẶT TRẬN" / "(ký)  (ký)" / "Lường Văn Nọi    Lường Văn Nọi"; ``_signature_pairs``);
8. (mode ``delegation``) A hands someone the chairing of a meeting — "Trưởng thôn
   ủy quyền cho … chủ trì …" — outside the lawful case named by ``unless``.

Never when the wording is negated ("không đồng thời là", "không bao gồm"),
quoted, or the condition of a rule ("Trường hợp A đồng thời là B thì …", Decree
59 Art. 3.1.c), nor in a sentence with one of the rule's ``ignore`` words.

detect: {a: [role ids | tag:<tag>], b: [...], mode: concurrency | delegation,
         ignore: [cues]   # a sentence with one of these words states a possibility, not a fact
                          # ("có thể đồng thời"): its pairs do not count (named persons still do)
         unless: [cues],  # delegation: a paragraph with one of these is the lawful case
         only_if: [[cues], …],  # the rule reads only a document with a paragraph matching every group
         issued_by: [cues],  # … or one whose header names an issuer matching one of these
         named: true}  # only a pair held by a person the text names (a report on one person, not a count)

A body named after "theo đề nghị của", "thống nhất với" proposes or agrees; it is never the body whose
members follow ("Theo đề nghị của Ban Chấp hành Công đoàn, hội nghị bầu 05 thành viên:").
"""
from __future__ import annotations

import re

from checker.ruledata import lexicon
from checker import guards
from checker.kinds import conflict
from checker.kinds import Context, all_groups, any_cue, check_cues, check_groups, check_keys, cue_regex, finding
from checker.model import Evidence, Finding, Rule
from checker.nlp import Ent, keep_entity, pipeline
from checker.subject import boards, document_board
from checker.tables import carried_cell, cell_spans, space_row
from checker.text import UPPER, fold_keep_length

MARKERS = ("đồng thời là", "đồng thời giữ", "đồng thời làm", "đồng thời kiêm", "đồng thời đảm nhận",
           "đồng thời đảm nhiệm", "kiêm nhiệm", "kiêm luôn", "kiêm chức", "kiêm", "cũng là", "cùng lúc là", "giữ luôn")
# "Phó Hiệu trưởng làm Trưởng Ban Thanh tra nhân dân": a role that takes another (a few words may qualify it).
TAKES = re.compile(r"^[^;.:()]{0,25}?(?<!\w)(?:là|làm|giữ chức|được bầu làm|được cử làm|được phân công làm|"
                   r"tham gia với tư cách|tham gia làm|được (?:giới thiệu|đề xuất|đề nghị)(?: để(?: hội nghị| đại hội| cuộc họp)? bầu)? (?:làm|vào)|(?:(?:được khuyến khích|được ưu tiên|có thể|nên) )?(?:ra |được )?ứng cử(?: làm| vào)?|(?:được )?đề cử(?: làm| vào)?)"
                   r"(?:\s+(?:đồng chí|dong chi|đ/c|d/c|một|mot|01))?\s*$")  # "… là đồng chí <role>", "… là một <role>"
# "Phó Giám đốc Sở phụ trách công tác thanh tra, kiểm tra làm Trưởng ban …": the role's portfolio qualifies it
# (up to 10 words, commas allowed) and is read past when nobody acts in it; the unit a bare post belongs to may
# stand before it ("Phó Giám đốc Ban phụ trách bảo vệ rừng làm Trưởng BTTND").
PORTFOLIO = re.compile(r"^\s*(?:(?:ban|công ty|trung tâm|bệnh viện|sở|trường|viện|cong ty|trung tam|benh vien|so|truong|vien)\s+)?"
                       r"(?:(?:không|khong)\s+(?:trực tiếp\s+|truc tiep\s+)?)?(?:phụ trách|phu trach)"
                       r"(?:\s+[^\s;.:()]+){1,10}?(?=\s+(?:(?:có thể|co the)\s+)?(?:là|làm|giữ|được|đảm nhiệm|đảm nhận|la|lam|giu|duoc|dam nhiem|dam nhan|"
                       r"(?:đã\s+)?trúng cử|(?:da\s+)?trung cu)\s)")
# "Phó Giám đốc Sở không phụ trách công tác tài chính có thể được bầu làm …": a deputy still, whatever his
# portfolio — the leading "không" negates the portfolio, not the taking of the post
_PORTFOLIO_NEG = re.compile(r"^\s*(?:không|khong)\s+(?:trực tiếp\s+|truc tiep\s+)?")


def _past_portfolio(gap: str) -> str:
    """The gap with a leading "phụ trách …" qualifier removed (unless someone acts in it)."""
    m = PORTFOLIO.match(gap)
    if not m or _ACTS.search(m.group()):
        return gap
    body = m.group()[_PORTFOLIO_NEG.match(m.group()).end():] if _PORTFOLIO_NEG.match(m.group()) else m.group()
    if NEGATION.search(body):
        return gap  # "phụ trách tài chính không làm …": the negation is the sentence's
    return gap[m.end():]


# "Công chức cấp xã có uy tín, am hiểu pháp luật có thể được bầu làm thành viên Ban …": qualities of the role, read
# past as a portfolio is.
_QUALITIES = re.compile(r"^\s*(?:(?:có\s+uy\s+tín|có\s+kinh\s+nghiệm|có\s+năng\s+lực|có\s+trình\s+độ|nhiệt\s+tình|"
                        r"am\s+hiểu(?:\s+(?:pháp\s+luật|chính\s+sách(?:,\s+pháp\s+luật)?|địa\s+bàn))?|tâm\s+huyết|gương\s+mẫu)"
                        r"(?:\s*,\s*|\s+và\s+|\s+(?=\S)))+")


def _past_qualities(gap: str) -> str:
    m = _QUALITIES.match(gap)
    return " " + gap[m.end():] if m else gap


# "Trưởng thôn giới thiệu người ứng cử <B>": someone else stands; the role proposes.
_STANDS = re.compile(r"(?:ứng cử|đề cử|ung cu|de cu)(?: làm| vào| lam| vao)?\s*$")
_URGES = re.compile(r"(?<!được )(?<!\w)(?:khuyến khích|vận động|động viên|mời)\s+(?!ứng)")
_LISTED = re.compile(r"^\s*(?:,|hoặc|và|hay|hoac|va)\s*$")


def _past_listed(gap: str, f: str, roles, xe: int, ys: int, base: int) -> str:
    """"Trưởng thôn hoặc Phó Trưởng thôn có uy tín ra ứng cử <B>": the gap after the last role listed with the
    first ("A hoặc C …", "A, C …"), so the act that C takes reaches A too."""
    for z in roles:
        zs, ze = z.start - base, z.end - base
        if xe < zs and ze < ys and _LISTED.match(f[xe:zs]):
            return f[ze:ys]
    return gap


ASSIGN = ("kiêm nhiệm", "đảm nhiệm", "đảm nhận", "kiêm")
LIST_WORDS = ("gồm có", "gồm", "thành phần gồm", "thành phần là", "có các thành viên là", "thành viên là")
#: "Kết quả trúng cử:", "Những người trúng cử:": the list of those the paragraph's election put in the body.
ELECTED = re.compile(r"^\s*(?:kết quả trúng cử|kết quả bầu|những người trúng cử|danh sách trúng cử|các ông, bà trúng cử)"
                     r"\s*(?:như sau)?\s*:\s*$")
# "Kế toán trưởng Công ty tham gia Ban Thanh tra nhân dân", "giới thiệu Tổ trưởng tổ dân phố có uy tín
# tham gia Ban …": a role that joins a body (the verb must stand right before the body's name).
JOINS = re.compile(r"^[^;.:()]{0,40}?(?<!\w)(?:tham gia|là thành viên(?: của)?|làm thành viên(?: của)?|"
                   r"là ủy viên(?: của)?|làm ủy viên(?: của)?|được bầu vào|được cử vào|được giới thiệu vào|"
                   r"được bổ sung vào|vào|(?:(?:ra |được )?ứng cử|(?:được )?đề cử)(?: vào| làm)?(?: thành viên(?: của)?)?|"
                   # "Kế toán trưởng của Sở có thể được giới thiệu để hội nghị bầu vào Ban …": a passive permission
                   r"được (?:ưu tiên )?(?:giới thiệu|đề cử|đề xuất)(?: để)?(?: (?:hội nghị|cuộc họp|nhân dân|cử tri|"
                   r"các tổ dân phố|tổ dân phố|các thôn|thôn))? (?:bầu|ứng cử)(?: vào| làm)?(?: thành viên(?: của)?)?)\s*$")
DELEGATE = ("ủy quyền cho", "uỷ quyền cho", "giao cho", "phân công cho")
NEGATION = cue_regex(("không", "chưa", "cấm", "không được", "không thể", "không phải", "trừ", "ngoại trừ",
                      "loại trừ", "ngoài"))
# "Trường hợp Trưởng thôn đồng thời là Trưởng ban công tác Mặt trận thì …" (Decree 59 Art. 3.1.c) provides
# for a case; it makes no one hold both posts.
CONDITIONAL = cue_regex(("trường hợp", "trong trường hợp", "nếu", "khi", "giả sử", "đối với trường hợp"))
BULLET = re.compile(r"^\s*(?:[-–—+•*]|[a-zđ]\))\s*")
TABLE_ROW = re.compile(r"^[^|]*\|[^|]*\|")  # a flattened table row: "1 | Trần Văn Hùng | Phó Giám đốc | Trưởng ban"
NAMED_ITEM = re.compile(r"^\s*\d{1,2}[.)]\s*(?:[ÔôOo]ng|[Bb]à|[Đđ]ồng chí)\s+[A-ZĐÀ-Ỹ]")  # "1. Ông Trần Văn Lộc, …"


def _is_item(text: str) -> bool:
    return bool(BULLET.match(text) or TABLE_ROW.match(text) or NAMED_ITEM.match(text))
# In "Ban … gồm …", roles after these words act on the body rather than sit in it ("…, do Chủ tịch
# Ủy ban nhân dân xã quyết định thành lập").
LIST_STOP = ("do", "được", "theo đề nghị", "để", "nhằm", "có nhiệm vụ", "có trách nhiệm", "chịu trách nhiệm",
             "thực hiện", "phối hợp", "báo cáo", "quyết định", "công nhận", "chỉ đạo", "hướng dẫn")
PERSON = re.compile(
    r"(?<![\w])(?:[ÔôOo]ng|[Bb]à|[Đđ]ồng chí|Đ/c|đ/c)\s+"
    r"(?!(?:Phó|Chủ|Trưởng|Bí|Giám|Tổ|Hiệu|Kế|Thường|Ủy|Uỷ|Đại|Chánh|Thành)(?!\w))"  # "đồng chí Phó Chủ tịch" names a post
    r"(?P<name>[" + UPPER + r"][\wÀ-ỹ]*(?:\s+[" + UPPER + r"][\wÀ-ỹ]*){1,4})"
)
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
#: "ông A, sinh năm 1979, thường trú tại thôn, hiện là công chức …", "ông A (sinh năm 1979), Trưởng thôn",
#: "ông A, đồng thời là Trưởng thôn": the person's present post after a few clauses that only describe him (birth,
#: residence, ethnicity) — never a past post ("nguyên", "trước đây là": not a description, the gap does not match).
_DESCRIPTION = (r"(?:sinh năm\s+\d{4}|sinh ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|năm sinh\s*:?\s*\d{4}|"
                r"\d{2,3}\s+tuổi|dân tộc\s*:?\s*[\wÀ-ỹ]+|giới tính\s*:?\s*[\wÀ-ỹ]+|"
                r"(?:hiện\s+)?(?:thường trú|tạm trú|cư trú|trú|nơi ở|quê quán|quê)\s*(?:tại|ở)?\s*:?\s*[^,;.:()]{1,40}?|"
                # "(thôn Gành Đỏ)", "(tổ dân phố Bến Vạn)": the unit a member comes from; "thành viên được bầu ở thôn 3"
                r"(?:thôn|bản|tổ dân phố|khu phố|ấp|xóm|làng|buôn|khối)\s+[^,;.:()]{1,30}?|"
                r"(?:thành viên|ủy viên|uỷ viên)(?:\s+(?:của\s+)?ban)?(?:\s+(?:được\s+bầu|đại\s+diện)\s+(?:tại|ở|từ|của)?\s*"
                r"(?:thôn|bản|tổ dân phố|khu phố|ấp|xóm|làng|buôn|khối)\s+[^,;.:()]{1,30}?)?)")
_DESCRIBED_THEN_POST = re.compile(r"^(?:\s*,\s*" + _DESCRIPTION + r"|\s*\(\s*" + _DESCRIPTION + r"\s*\))*(?:\s*,\s*"
                                  r"(?:(?:(?:hiện nay|hiện|hiện đang|đang|nay|đồng thời|hiện cũng|cũng)\s+)?(?:là|giữ chức|làm)\s+)?"
                                  # "ông A (thôn Gành Đỏ) hiện là …": after a bracket, the present post with no comma
                                  r"|(?<=\))\s+(?:hiện nay|hiện|hiện đang|đang)\s+(?:là|giữ chức|làm)\s+)"
                                  r"(?:chức\s+)?$")
#: "ông A trúng cử thành viên Ban Thanh tra nhân dân xã": the post a named person is elected to (not in a condition:
#: "Trường hợp ông A trúng cử Trưởng thôn thì …").
_NAME_ELECTED = re.compile(r"^\s*(?:đã\s+)?(?:trúng cử|được bầu vào|được bầu là|được bầu)\s+(?:làm\s+|vào\s+|chức\s+)?$")


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


def _holder_named(gap: str, span: str) -> bool:
    """``gap`` (text between a post and a name) says the name holds the post now (``_POST_IS_NAME``); ``span`` is the
    post with the gap, in the sentence key, read for negations, conditions and past terms."""
    pm = _POST_IS_NAME.match(gap)
    if pm is None:
        return False
    q = pm.group("q") or ""
    return not (q and (_NOT_HOLDER_QUALIFIER.search(q) or APPOSITION_ACTS.search(q) or _PAST_TERM.match(q)
                       or re.search(r"(?<!\w)(?:nhiệm kỳ|khóa|khoá)\s+(?:trước|cũ|\d)", q))) \
        and not NEGATION.search(span)


# "người ứng cử: ông A (…) và ông B": names listed after one role share it.
_NAME_LIST_GAP = re.compile(r"^\s*(?:\([^()]*\))?\s*(?:,|;|và|,\s*và)\s*$")


def _by_wording(detect: dict) -> bool:
    """A rule on who may sit on a body written as wording, not as a pair of roles ("là vợ ông Giám đốc … (nhà thầu)"
    for Law Art. 42.2): its ``detect`` is read as a conflict rule's ``forbidden`` (checker.kinds.conflict), and the
    finding keeps this kind, since it judges a person's eligibility for the body."""
    return "forbidden" in detect


def validate(detect: dict) -> None:
    detect = guards.strip_off(detect)
    if _by_wording(detect):
        if not isinstance(detect.get("across_clauses", False), bool):
            raise ValueError("'across_clauses' phải là true hoặc false")
        conflict.validate({k: v for k, v in detect.items() if k != "across_clauses"})
        return
    check_keys(detect, {"a", "b", "mode", "unless", "ignore", "only_if", "issued_by", "named", "subject_unless"}, ["a"])
    if not isinstance(detect.get("named", False), bool):
        raise ValueError("'named' phải là true hoặc false")
    if "only_if" in detect:
        check_groups(detect["only_if"], "only_if")
    mode = detect.get("mode", "concurrency")
    if mode not in ("concurrency", "delegation", "kinship"):
        raise ValueError("'mode' phải là concurrency, delegation hoặc kinship")
    if mode == "kinship" and not all(x.startswith("member:") for x in detect["a"]):
        raise ValueError("'kinship': 'a' chỉ gồm member:<cơ quan>")
    if mode == "concurrency" and "b" not in detect:
        raise ValueError("thiếu khóa: b")
    for k in ("a", "b"):
        if k not in detect:
            continue
        v = detect[k]
        if not isinstance(v, list) or not v or not all(isinstance(x, str) for x in v):
            raise ValueError(f"'{k}' phải là danh sách mã vai trò")
    for k in ("unless", "ignore", "subject_unless", "issued_by"):
        if k in detect:
            check_cues(detect[k], k)
    if "issued_by" in detect and "only_if" not in detect:
        raise ValueError("'issued_by' chỉ dùng cùng 'only_if' (thêm một cách nhận ra văn bản)")
    lex = lexicon()
    known = {r.id for r in lex.roles} | {f"tag:{t}" for r in lex.roles for t in r.tags}
    bad = [x for k in ("a", "b") for x in detect.get(k, ()) if x not in known]
    if bad:
        raise ValueError(f"vai trò không có trong lexicon: {', '.join(bad)}")


def _label(ctx: Context, role_id: str) -> str:
    r = ctx.lexicon.role(role_id)
    return r.label if r else role_id


def in_quotes(text: str, pos: int) -> bool:
    """Inside “…” or "…": a quotation of the law, not the document's own provision."""
    before = text[:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# "đại diện hộ gia đình do người ứng cử giới thiệu", "vợ của Trưởng thôn": the role names someone else.
# "(giúp việc Kế toán trưởng)", "trợ lý Giám đốc": the role names the one served, not the member
OTHER_PERSON = re.compile(r"(?<!\w)(?:do|của|cho|với|thay|thay mặt|theo đề nghị của|giúp việc|trợ lý|phụ tá)"
                          r"\s+(?:các\s+|những\s+|một\s+)?$")


def _other_person(f: str, upto: int) -> bool:
    return OTHER_PERSON.search(f[max(0, upto - 30):upto]) is not None


# "nguyên Trưởng bản Nà Pục", "cựu Phó Giám đốc": a post the person no longer holds; "quyết định cho thôi làm thành
# viên Ban …", "miễn nhiệm thành viên Ban …": a post the text takes away.
FORMER = re.compile(r"(?<!\w)(?:nguyên|cựu|từng là|từng giữ|từng làm|trước đây là|trước đây|đã thôi|đã nghỉ|"
                    r"thôi làm|miễn nhiệm|bãi nhiệm|cách chức|"
                    r"nguyen|cuu|tung la|tung giu|tung lam|truoc day la|truoc day|da thoi|da nghi|"
                    r"thoi lam|mien nhiem|bai nhiem|cach chuc)"
                    r"(?:\s+(?:chức|chuc|là|la))?\s*$")  # "02 người nguyên là Trưởng thôn"


def _former(f: str, upto: int) -> bool:
    return FORMER.search(f[max(0, upto - 20):upto]) is not None


# "không phải là Trưởng thôn hoặc cán bộ, công chức xã", "Không có thành viên Ban lãnh đạo, điều hành hay Kế toán
# trưởng tham gia Ban": a negation reaches every role of the list it opens.
_NEGATED_LIST = re.compile(r"(?<!\w)(?:không phải là|không phải|không được là|không là|không đồng thời là|không có|"
                           r"khong phai la|khong phai|khong duoc la|khong la|khong dong thoi la|khong co)\s+[^;.:()]{0,60}?"
                           r"(?:hoặc|và|hay|hoac|va|,)\s*$")


# "Không bố trí cán bộ, công chức xã, Trưởng thôn làm thành viên Ban …", "Nghiêm cấm giới thiệu Trưởng thôn …": a
# negated act of appointing reaches every role of the list it governs.
_NEGATED_ACT = re.compile(r"(?<!\w)(?:không|nghiêm cấm|cấm|khong|nghiem cam|cam)\s+(?:được\s+|duoc\s+)?"
                          r"(?:bố trí|giới thiệu|bầu|cử|chọn|phân công|đề cử|đưa|bo tri|gioi thieu|bau|cu|chon|phan cong|"
                          r"de cu|dua)\s+(?:[^;.:()]{0,70}?(?:hoặc|và|hay|hoac|va|,)\s*)?$")


def _negated(f: str, upto: int, window: int = 16) -> bool:
    return NEGATION.search(f[max(0, upto - window):upto]) is not None \
        or _NEGATED_LIST.search(f[max(0, upto - 90):upto]) is not None \
        or _NEGATED_ACT.search(f[max(0, upto - 100):upto]) is not None


#: "Ông A (thôn Bến Đá) phản ánh Trưởng thôn đồng thời làm Trưởng ban công tác Mặt trận": what a citizen reports,
#: asks or complains of in the minutes is his account, not the text's statement (the answer follows it).
_REPORTED = re.compile(r"(?<!\w)(?:phản ánh|phản ảnh|thắc mắc|băn khoăn|khiếu nại|tố cáo|cho rằng|hỏi|phan anh|thac mac|"
                       r"ban khoan|khieu nai|to cao|cho rang)(?:\s+(?:về|ve))?(?:\s+(?:việc|viec|là|la|rằng|rang))?"
                       r"\s*:?\s*[^;.:!?]{0,40}$")


def _reported(f: str, upto: int) -> bool:
    """The role at ``upto`` stands in what someone reports, asks or complains of ("Ông A phản ánh …")."""
    return _REPORTED.search(f, max(0, upto - 60), upto) is not None


def _conditional(f: str, upto: int) -> bool:
    """"Trường hợp <A> đồng thời là <B> thì …": the pair sits in the condition of a sentence."""
    m = None
    for m in CONDITIONAL.finditer(f, 0, upto):
        pass
    if m is not None and _HEDGE.fullmatch(f, m.start(), upto):
        return False  # "Trường hợp cần thiết, Phó Giám đốc … có thể tham gia Ban …": a permission, no condition on A
    return m is not None and upto - m.end() <= 40 and "thì" not in f[m.end():upto]


_HEDGE = re.compile(r"(?:trong\s+)?(?:trường hợp|khi|nếu|truong hop|khi|neu)\s+(?:thật\s+|that\s+|xét\s+thấy\s+|xet\s+thay\s+)?"
                    r"(?:cần thiết|cần|can thiet|can)\s*,\s*")


def _pairs_in_sentence(s, A, B):
    """(a_ent, b_ent, at) for role pairs joined inside one sentence.

    "A đồng thời là / kiêm B", "A làm B", "B do A kiêm nhiệm"; never when negated
    ("không đồng thời là"), quoted, or the condition of a rule ("Trường hợp A đồng thời là B thì …").
    """
    f = s.key
    roles = [e for e in s.ents if e.label == "ROLE"]
    markers = cue_regex(MARKERS)
    assign = cue_regex(ASSIGN)
    for i, x in enumerate(roles):
        for y in roles[i + 1:]:
            xs, xe, ys = x.start - s.start, x.end - s.start, y.start - s.start
            gap = f[xe:ys]
            # "ông A, Phó Giám đốc phụ trách kỹ thuật, trúng cử <member>": the portfolio read past
            elected = _ELECTED_BY_VOTE.match(gap) is not None or _ELECTED_BY_VOTE.match(_past_portfolio(gap)) is not None
            if len(gap) > 60 and len(_past_portfolio(gap)) > 60 and not elected:  # a long portfolio is read past
                continue
            if not _across(x.id, y.id, A, B) or _conditional(f, xs) or _negated(f, xs, 30):
                continue
            if _former(f, xs) or _former(f, ys):
                continue  # "ông A, nguyên Trưởng thôn, nay là Trưởng ban công tác Mặt trận"
            if _reported(f, xs):
                continue  # "Ông A phản ánh Trưởng thôn đồng thời làm Trưởng ban …": a citizen's account
            if elected:
                yield (x, y, xs)  # "ông A (Trưởng thôn) được 81/131 đại diện hộ đồng ý (61,8%) và trúng cử <member>"
                continue
            if _two_in_cell(s.text, xs, xe, ys):
                yield (x, y, xs)  # "| Lò Văn Thanh | Trưởng thôn, Trưởng ban công tác Mặt trận | Chủ trì |"
                continue
            m = markers.search(gap)
            if m and in_quotes(s.text, xe + m.start()):
                continue
            if m and not _negated(f, xe + m.start()) and _marker_reaches(gap[m.end():]):
                yield (x, y, xs)
                continue
            tg = _past_qualities(_past_portfolio(_past_listed(gap, f, roles, xe, ys, s.start)))
            if TAKES.match(tg) and not NEGATION.search(_past_portfolio(gap)) and not in_quotes(s.text, xe) \
                    and not ((sm := _STANDS.search(tg)) and (_ACTS.search(tg[:sm.start()]) or _URGES.search(tg[:sm.start()]))):
                yield (x, y, xs)
                continue
            # one signature title naming both posts: "TRƯỞNG THÔN – TRƯỞNG BAN CÔNG TÁC MẶT TRẬN"
            # (two titles side by side are separated by spaces only, and do not count)
            if TITLE_JOIN.fullmatch(s.text[xe:ys]) and _upper_title(s.text):
                yield (x, y, xs)
                continue
            # "Trưởng ban Thanh tra nhân dân là đồng chí A, Kế toán trưởng Công ty.": the named holder's post
            # stands in apposition (nothing acts after it)
            if _named_holder(gap) and not NEGATION.search(gap) and not in_quotes(s.text, xe):
                tail = f[y.end - s.start:]
                if APPOSITION_END.match(tail) and not APPOSITION_ACTS.search(tail[:40]):
                    yield (x, y, xs)
                    continue
            # "B do A kiêm nhiệm": the role after "do" holds the one before.
            if re.search(r"(?<!\w)do\s*(?:(?:đồng chí|dong chi|đ/c|d/c|01|một|mot)\s+)?$", gap):  # "do đồng chí <role> đảm nhiệm"
                tail = f[y.end - s.start:y.end - s.start + 30]
                am = assign.search(tail)
                if am and not _negated(f, y.end - s.start + am.start()):
                    yield (x, y, xs)


TITLE_JOIN = re.compile(r"\s*[-–—/]\s*")
#: "(Trưởng thôn) được 81/131 đại diện hộ gia đình đồng ý (61,8% tổng số hộ) và trúng cử <member>": the vote that
#: elected the role's holder stands between the role and the post.
_ELECTED_BY_VOTE = re.compile(r"^\s*\)?\s*,?\s*(?:được\s+\d{1,4}\s*/\s*\d{1,4}\s[^;.:()]{0,60}?(?:đồng ý|tán thành|nhất trí)"
                              r"(?:\s*\([^()]{0,60}\))?\s*(?:và\s+|,\s*)?|(?:đã\s+|và\s+)?)"
                              r"(?:trúng cử|được bầu làm|được bầu vào|được bầu)(?:\s+(?:làm|vào))?\s*$")
# After "đồng thời là / kiêm / cũng là" the second role follows at once, or after a word or two ("đồng thời giữ
# chức", "Trưởng thôn Nà Lừa cũng là"): "Trưởng ban công tác Mặt trận cũng là người ký biên bản cùng Trưởng
# thôn" makes no one hold both posts.
# "kiêm giữ chức vụ", "đồng thời đảm nhận nhiệm vụ": a verb of holding, then the post's noun.
# "đồng thời là một trong hai ứng cử viên": one of a few holders of the post.
_MARKER_REST = re.compile(r"^\s*(?:(?:là\s+|la\s+)?(?:một trong|mot trong)\s+(?:(?:các|những|số|cac|nhung|so|\d{1,2}|hai|ba|bốn|năm|hai|ba|bon|nam)\s+)?)?"
                          r"(?:(?:giữ|giu)\s+(?=ch|vi|vị))?"
                          r"(?:(?:chức vụ|chức danh|chức|vị trí|nhiệm vụ|luôn|cả|chuc vu|chuc danh|chuc|vi tri|nhiem vu|luon|ca)\s*)?"
                          r"(?:là\s*|la\s*)?:?\s*(?:(?:đồng chí|dong chi|đ/c|d/c)\s+)?$")


def _marker_reaches(rest: str) -> bool:
    return _MARKER_REST.match(rest) is not None


# One table cell naming two roles: "| Trưởng thôn, Trưởng ban công tác Mặt trận |", "| Trưởng thôn kiêm … |".
_CELL_GAP = re.compile(r"^\s*(?:[,;/+&]|và|kiêm|[-–—])\s*$")


def _two_in_cell(text: str, xs: int, xe: int, ys: int) -> bool:
    """Both roles make up one cell of a flattened table row, joined only by a comma or "kiêm", and another
    cell of the row names a person ("| Bồi dưỡng Trưởng thôn, Trưởng ban công tác Mặt trận | 45 |" lists two
    kinds of people, not one person's posts)."""
    if "|" not in text or "|" in text[xe:ys] or _CELL_GAP.match(text[xe:ys]) is None:
        return False
    line_start = text.rfind("\n", 0, xs) + 1
    cell_start = text.rfind("|", line_start, xs)
    if cell_start < 0 or text[cell_start + 1:xs].strip():
        return False
    line_end = text.find("\n", ys)
    row = text[line_start:line_end if line_end >= 0 else len(text)]
    return any(_SIGNER.fullmatch(c.strip()) and c.strip() != c.strip().upper()
               and not _TIME_CELL.match(fold_keep_length(c.strip())) for c in row.split("|"))


#: A capitalised cell that is a time, not a name: "| Quý II |", "| Tháng Mười |", "| Học kỳ I |" (a plan's schedule
#: column beside "| Trưởng thôn, Trưởng ban CTMT |" in its "Phối hợp" column is two bodies, not one person).
_TIME_CELL = re.compile(r"^(?:quy|thang|nam|tuan|ngay|dot|giai doan|hoc ky|ky)\b")  # folded: "Qúy II" too


#: A degree or professional title standing for "ông / bà" before a name: "Trưởng ban: BSCKII Lục Thị Trầm, …".
_DEGREE = r"(?:pgs\.?\s*ts|gs\.?\s*ts|bsckii|bscki|bsck\s*ii|bsck\s*i|bs|ths|ts|cn|ks|ds|ls)\.?"
NAMED_HOLDER = re.compile(r"^\s*(?::|là|la)\s*(?:ông|bà|đồng chí|ong|ba|dong chi|đ/c|d/c|thầy|cô|" + _DEGREE +
                          r")\s+[^,;.:()]{2,30}?\s*[,(–—-]\s*$")
# "Phó Trưởng ban Giám sát đầu tư của cộng đồng công trình kè mương là bà A, công chức …": the first post may
# carry a few words naming its object or place before "là" — never an actor, a past term or a condition.
_HOLDER_QUALIFIER = re.compile(r"^\s*(?P<q>[^,;.:()]{1,40}?)\s+(?=là\s|la\s)")
_NOT_HOLDER_QUALIFIER = cue_regex(("do", "được", "theo", "thay", "giúp", "với", "cho", "để", "trừ", "trước", "cũ",
                                   "nguyên", "cựu", "sẽ", "dự kiến", "đề nghị", "giới thiệu", "bầu", "cử", "chọn"))




def _named_holder(gap: str) -> bool:
    """The gap between a post and a second post is "là ông A, " — the named holder of the first post, whose
    other post stands in apposition — possibly after a few words qualifying the first post."""
    if NAMED_HOLDER.match(gap):
        return True
    q = _HOLDER_QUALIFIER.match(gap)
    return bool(q and not _NOT_HOLDER_QUALIFIER.search(q.group("q")) and not APPOSITION_ACTS.search(q.group("q"))
                and NAMED_HOLDER.match(gap[q.end():]))
APPOSITION_END = re.compile(r"[^;.,:]{0,30}(?:$|[;.,)])")
APPOSITION_ACTS = cue_regex(("tạo điều kiện", "chỉ đạo", "có trách nhiệm", "chịu trách nhiệm", "phối hợp", "giải quyết",
                             "ký", "quyết định", "cung cấp", "báo cáo", "xem xét", "công nhận", "triệu tập", "chủ trì"))


def _upper_title(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _across(x_id: str, y_id: str, A, B) -> bool:
    """One of the pair on each side of the rule."""
    return (x_id in A and y_id in B) or (x_id in B and y_id in A)


def _restricted_bodies(s, A, B):
    """(body entity, the roles kept out of it) for each body of the sentence one side of the rule names."""
    for e in s.ents:
        member = f"member:{e.id}"
        if e.label == "BODY" and (member in A or member in B):
            yield e, (B if member in A else A)


def _joins_in_sentence(s, A, B):
    """(body_ent, role_ent, at): a role that joins a body whose members the rule restricts.

    "Kế toán trưởng Công ty tham gia Ban Thanh tra nhân dân", "giới thiệu Tổ trưởng tổ dân phố
    có uy tín tham gia Ban Thanh tra nhân dân phường".
    """
    f = s.key
    for e, other in _restricted_bodies(s, A, B):
        es = e.start - s.start
        for r in s.ents:
            rs, re_ = r.start - s.start, r.end - s.start
            if r.label != "ROLE" or r.id not in other or re_ > es:
                continue
            # "Phó Giám đốc Sở không trực tiếp phụ trách tài chính có thể được giới thiệu để hội nghị bầu vào Ban …":
            # the role's portfolio (negated or not) is read past, as in ``_pairs_in_sentence``
            gap = _past_portfolio(f[re_:es])
            if len(gap) > 60 or not JOINS.match(gap) or NEGATION.search(gap) or _negated(f, rs, 30) or _conditional(f, rs) \
                    or in_quotes(s.text, rs) or _reported(f, rs):
                continue
            yield (e, r, rs)


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
LIST_HEADING = re.compile(r"^\s*(?:[IVXLC]+[.)]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-–+•*])?\s*"
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
    if body is not None and _BARE_BAN_OPENS.match(_NUMBERING.sub("", s.para.key, count=1)):
        # "Ban gồm 05 thành viên, trong đó có 01 thành viên Ban Thanh tra nhân dân phường …:": the document's Ban (lw2-08)
        body = board[0] if board is not None else None
    if body is None or (f"member:{body}" not in A and f"member:{body}" not in B):
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
        i += 1
        if body is None:
            continue
        while i < len(paras) and _is_item(paras[i].text):
            if not named_only or _item_name(paras[i].text):
                out.append((body, paras[i]))
            i += 1
    return out


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


def _item_name(text: str) -> tuple[str, int] | None:
    """The person an item names: "Ông A" / "Bà A", or a table cell holding a name alone ("| Lò Văn Sơn |")."""
    m = PERSON.search(text)
    if m:
        return " ".join(m.group("name").split()), m.start()
    if not TABLE_ROW.match(text):
        return None
    at = 0
    for cell in text.split("|"):
        c = cell.strip()
        if c and _SIGNER.fullmatch(c) and c != c.upper():
            return " ".join(re.sub(r"^(?:[ÔôOo]ng|[Bb]à)\s+", "", c).split()), at + cell.index(c)
        at += len(cell) + 1
    return None


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


# ---------------------------------------------------------------------------------------------------------
# A post of a Ban written bare: "… làm Phó Trưởng ban.", "| Phó Trưởng ban |", "Trưởng ban do … đảm nhiệm".
# ---------------------------------------------------------------------------------------------------------

POSTS = ("phó trưởng ban", "trưởng ban", "ủy viên", "thành viên", "thư ký")
# What may follow a bare post: the end of a clause, "của Ban (này)", or a word that starts a new clause.
_BARE_TAIL = re.compile(
    r"\s*(?:(?:đương nhiên|duong nhien)\s+)?(?:(?:của|trong|thuộc|cua|thuoc)\s+ban(?:\s+(?:này|nay))?\s*)?"
    r"(?:$|[,.;:)|–—]|-\s|(?:để|nhằm|nhiệm kỳ|kể từ|từ ngày|và|thay|de|nham|nhiem ky|ke tu|tu ngay|va)(?!\w))")
# "… làm Trưởng ban của Ban Thanh tra nhân dân": the Ban is named right after the post.
_OF_BODY = re.compile(r"\s*(?:của|trong|thuộc|cua|thuoc)\s+$")
# A role that takes the post: "<role> (phường) làm / là / giữ chức / được bầu làm <post>".
_TAKES_POST = re.compile(
    r"^[^;.:]{0,40}?(?<!\w)(?:là|làm|giữ chức|giữ vị trí|đảm nhiệm|đảm nhận|kiêm|kiêm nhiệm|được bầu làm|"
    r"được bầu giữ chức|được cử làm|được phân công làm|được chỉ định làm|được giao làm|tham gia với tư cách(?: là)?|"
    r"tham gia làm|la|lam|giu chuc|giu vi tri|dam nhiem|dam nhan|kiem|kiem nhiem|duoc bau lam|duoc bau giu chuc|"
    r"duoc cu lam|duoc phan cong lam|duoc chi dinh lam|duoc giao lam|tham gia voi tu cach(?: la)?|tham gia lam)"
    r"(?:\s+(?:chức|vị trí|chuc|vi tri))?\s*$")
# …unless someone else acts in between: "<role> cử / giới thiệu / đề nghị ông A làm Trưởng ban".
_ACTS = re.compile(r"(?<!được )(?<!duoc )(?<!\w)(?:cử|giới thiệu|đề nghị|đề xuất|bầu|chỉ định|phân công|giao|quyết định|"
                   r"công nhận|chọn|cu|gioi thieu|de nghi|de xuat|bau|chi dinh|phan cong|giao|quyet dinh|cong nhan|chon)"
                   r"(?!\w)")
# A post held by the role after it: "Trưởng ban là / : ông A, <role>", "Trưởng ban do 01 <role> đảm nhiệm".
#: "Ông A, Phó Trưởng ban, hiện là <role>": a named person, then the post and the role as two appositions.
_APPOSITIVE_HOLDER = re.compile(r"(?:^|[\s(])(?:[ÔôOo]ng|[Bb]à|[Đđ]ồng chí)\s+[" + UPPER + r"][\wÀ-ỹ]*(?:\s+[" + UPPER
                                + r"][\wÀ-ỹ]*){0,4}\s*,\s*$")
_APPOSITIVE_IS = re.compile(r"^\s*,\s*(?:hiện\s+nay\s+|hiện\s+|đồng\s+thời\s+|cũng\s+|đang\s+|hien\s+nay\s+|hien\s+|dong\s+thoi\s+|cung\s+|dang\s+)?"
                            r"(?:là|la)\s+(?:(?:01|một|mot)\s+)?$")
_POST_IS = re.compile(
    r"^\s*(?::|là|la|[-–—]|đồng thời là|cũng là|kiêm nhiệm|kiêm|dong thoi la|cung la|kiem nhiem|kiem|gồm|gom)\s*(?:(?:ông|bà|đồng chí|ong|ba|dong chi|đ/c|d/c|"
    r"thầy|cô|" + _DEGREE + r")\s+[^,;.:()]{2,30}?\s*[,(–—-]\s*)?"
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


#: "… gồm: 01 Trưởng ban là …;" / "01 Phó Trưởng ban là …; 03 Ủy viên gồm …": a line that opens on a count of posts
#: after a line ending in ";" or "," goes on with the list above it (the reader made it a paragraph of its own).
_COUNT_LED = re.compile(r"^\s*(?:\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:phó\s+trưởng\s+ban|trưởng\s+ban|ủy\s+viên|uỷ\s+viên|thành\s+viên|thư\s+ký)(?!\w)",
                        re.IGNORECASE)


def _continues_count(before: str, text: str) -> bool:
    return before.rstrip().endswith((";", ",")) and _COUNT_LED.match(text) is not None


# A title (trích yếu) whose subject is setting up a body: its member posts below are that body's.
_TITLE_TOPIC = cue_regex(("kiện toàn", "thành lập", "bầu", "công nhận", "danh sách", "thành phần", "bổ sung thành viên",
                          "kien toan", "thanh lap", "bau", "cong nhan", "danh sach", "thanh phan"))

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


def _post_body(ctx: Context, s, ps: int, pe: int) -> str | None:
    """The body of a bare post: named right after it ("Trưởng ban của Ban Thanh tra nhân dân") or the topic."""
    f = s.key
    m = re.match(r"\s*(?:của|trong|thuộc|cua|thuoc)\s+", f[pe:])
    if m and not _BARE_TAIL.match(f, pe):
        at = s.start + pe + m.end()
        named = [b for a, b in _mentions(s) if a == at]
        return named[0] if named else None
    tail = _BARE_TAIL.match(f, pe)
    if tail and re.search(r"(?<!\w)ban(?!\w)", tail.group()):
        # "Kế toán trưởng Công ty là thành viên đương nhiên của Ban để …": the post of a Ban written bare, looked
        # for as a Trưởng ban's is (the article, then its chapter)
        return _topic_body(ctx, s.para, s.start + ps, "trưởng ban")
    return _topic_body(ctx, s.para, s.start + ps, f[ps:pe])


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
                            and not _ACTS.search(gap) and not re.search(r"[.;]", gap):
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


#: "thống nhất danh sách người ứng cử (đã gửi UBND xã ngày 05/3/2026): ông A và ông B": an aside in brackets
#: between the role and the colon that opens its list.
_LIST_COLON = re.compile(r"(?<!\w)(?:danh sách|danh sach)(?!\w)[^:;.]{0,100}:")
_ASIDE_COLON = re.compile(r"\s*\([^()]{1,80}\)\s*:\s*")


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
        if not s.ents:
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
                                           or (re.fullmatch(r"\s*\(\s*", text[e.end:m.start()])
                                               and text[m.end():].lstrip().startswith(")"))):
                    held.append(e)  # "Trưởng thôn: ông A", "01 người ứng cử (ông Lường Văn Khơi)"
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
                first = prev_end == m.end()
                if (first and len(gap) <= 6 and _BETWEEN_NAME_ROLE.match(gap)) or (not first and _CHAIN.match(gap)) \
                        or (first and _NAME_THEN_POST.match(gap) and not _past_term(text, e.end)) \
                        or (first and _described_post(text, gap, m.start(), s) and not _past_term(text, e.end)):
                    if first and _NAME_ELECTED.match(gap):
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


#: "Danh sách đề cử: bà A (Phó Giám đốc) - dự kiến Trưởng ban; ông B (…)" right under "Bầu Ban Thanh tra nhân dân
#: nhiệm kỳ 2026 - 2028 gồm 05 thành viên …": the people put up for the body the line above elects.
_NOMINEE_LIST = re.compile(r"^\s*(?:[-–+•*]\s*)?(?:danh sách|danh sach)\s+(?:người\s+|nguoi\s+)?"
                           r"(?:đề cử|ứng cử|giới thiệu|dự kiến|đề xuất|de cu|ung cu|gioi thieu|du kien|de xuat)\s*:")
_ELECTS_BODY = re.compile(r"(?<!\w)(?:bầu|bau)\s+$")
#: "Bầu bổ sung 01 thành viên Ban Thanh tra nhân dân …", "bầu thêm ủy viên Ban …": an election that fills a body's seat.
_ELECTS_SEAT = re.compile(r"(?<!\w)(?:bầu|bau)\s+(?:(?:bổ\s+sung|thêm|lại|bo\s+sung|them|lai)\s+)?"
                          r"(?:(?:\d{1,2}|một|hai|ba|mot)\s+)?(?:(?:thành\s+viên|ủy\s+viên|uỷ\s+viên|người)\s+(?:vào\s+)?)?$")
#: "…; Ban Chấp hành Công đoàn giới thiệu ông A, Kế toán trưởng Công ty.", "Công đoàn đề cử ông A (…)": who is put up.
_PUTS_UP = re.compile(r"(?<!\w)(?:giới thiệu|đề cử|đề xuất|gioi thieu|de cu|de xuat)\s+(?:(?:người\s+ứng\s+cử|nhân\s+sự)\s+(?:là\s+)?)?$")
#: …unless the sentence gives the person another post or body: "giới thiệu ông A làm Thư ký hội nghị".
_OTHER_SEAT = re.compile(r"(?<!\w)(?:làm|vào|giữ chức|phụ trách|tham gia|lam|vao|giu chuc|phu trach|tham gia)\s")


def _elected_seat(s) -> str | None:
    """The body whose seat the sentence elects ("Bầu bổ sung 01 thành viên Ban Thanh tra nhân dân …"), else None."""
    for e in s.ents:
        body = e.id if e.label == "BODY" else e.id[len("member:"):] if e.label == "ROLE" and e.id.startswith("member:") else None
        if body and _ELECTS_SEAT.search(s.key, 0, e.start - s.start) and not _negated(s.key, e.start - s.start) \
                and not _conditional(s.key, e.start - s.start):
            return body
    return None


def _nominees(ctx: Context):
    """(body id, name, sentence, offset) for each person of a nominee list whose sentence follows one electing the
    body ("Bầu <body> …"), in the same paragraph or the one above; and each person put up ("giới thiệu / đề cử ông A,
    <post>") in the sentence that elects a seat of the body or in the one after it (u66-12)."""
    sents = ctx.ann.sentences
    for prev, t in zip(sents, sents[1:]):
        if not _NOMINEE_LIST.match(t.key) or prev.para.zone != t.para.zone or t.para.index - prev.para.index > 1:
            continue
        body = None
        for e in prev.ents:
            if e.label == "BODY" and _ELECTS_BODY.search(prev.key, 0, e.start - prev.start) \
                    and not _negated(prev.key, e.start - prev.start):
                body = e.id
        if body is None:
            continue
        for m in PERSON.finditer(t.para.text, t.start, t.end):
            yield body, " ".join(m.group("name").split()), t, m.start()
    for k, t in enumerate(sents):
        if t.para.zone != "body":
            continue
        for m in PERSON.finditer(t.para.text, t.start, t.end):
            at = m.start() - t.start
            pm = _PUTS_UP.search(t.key, max(0, at - 40), at)
            if pm is None or _negated(t.key, pm.start()) or _conditional(t.key, pm.start()) \
                    or _OTHER_SEAT.search(re.sub(r"\([^()]*\)", " ", t.key[m.end() - t.start:])):
                continue
            body = _elected_seat(t)
            if body is None and k and sents[k - 1].para is t.para:
                body = _elected_seat(sents[k - 1])
            if body:
                yield body, " ".join(m.group("name").split()), t, m.start()


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


def _who(s, name: str = "", at: int | None = None) -> str:
    """"Ông Lê Văn Hải" when the sentence (or the caller) names the person, else a neutral subject. When the
    sentence names several people ("bà A (Trưởng ban, …), ông B (Phó Trưởng ban, Kế toán trưởng …)"), the one
    named last before the pair at offset ``at`` — never the first of the list by default."""
    if not name:
        found = list(PERSON.finditer(s.para.text, s.start, s.end))
        if at is not None and len(found) > 1:
            before = [m for m in found if m.start() <= s.start + at]
            found = before[-1:]
        m = found[0] if found else None
        name = " ".join(m.group("name").split()) if m else ""
    return f"Ông/bà {name}" if name else "Một người (hoặc một chức danh)"


def _evidence(ctx: Context, s, at: int) -> Evidence:
    ev = ctx.doc.evidence(s.para, s.start, s.end)
    line = s.para.line_at(s.start + at)
    return Evidence(ev.text, line, max(line, ev.end_line), ev.paragraph, ev.section)


def _delegations(rule: Rule, ctx: Context, A) -> list[Finding]:
    """A hands the chairing of a meeting to someone else ("ủy quyền cho … chủ trì"), outside the
    case the rule's ``unless`` cues name (e.g. a cluster meeting, Law Art. 18.3)."""
    B = ctx.lexicon.expand(rule.detect["b"]) if "b" in rule.detect else None
    unless = tuple(rule.detect.get("unless", ()))
    verbs = cue_regex(DELEGATE)
    chair = cue_regex(("chủ trì", "điều hành"))
    out: dict[int, Finding] = {}
    for s in ctx.ann.sentences:
        f = s.key
        if unless and any_cue(s.para.key, unless):
            continue
        for x in s.ents:
            if x.label != "ROLE" or x.id not in A:
                continue
            xe = x.end - s.start
            vm = verbs.search(f, xe)
            if not vm or vm.start() - xe > 40 or _negated(f, vm.start()) or in_quotes(s.text, vm.start()):
                continue
            cm = chair.search(f, vm.end())
            if not cm or cm.start() - vm.end() > 80:
                continue
            y = None
            if B is not None:
                y = next((e for e in s.ents if e.label == "ROLE" and e.id in B
                          and vm.end() <= e.start - s.start <= cm.start()), None)
                if y is None:
                    continue
            ev = _evidence(ctx, s, x.start - s.start)
            out.setdefault(ev.line, finding(rule, ctx, ev, a=_label(ctx, x.id),
                                            b=_label(ctx, y.id) if y else "người khác", who=_who(s)))
            break
    return list(out.values())


# ---------------------------------------------------------------------------------------------------------
# (mode ``kinship``) A member of the body is a relative of an officer of the contractor or investor the text names
# ("| 3 | Ông A | …, bố đẻ Giám đốc Công ty TNHH Xây dựng X | Ủy viên |" beside "nhà thầu: Công ty TNHH Xây dựng X").
# ---------------------------------------------------------------------------------------------------------

_ORG = r"(?:tổng công ty|công ty|hợp tác xã|htx|doanh nghiệp|doanh nghiep|cong ty|tong cong ty|hop tac xa)"
_PARTY = (r"(?:nhà thầu|chủ đầu tư|đại diện chủ đầu tư|đơn vị thi công|đơn vị tư vấn(?: giám sát)?|tư vấn giám sát|"
          r"nha thau|chu dau tu|don vi thi cong|tu van giam sat)")
#: "nhà thầu (thi công): Công ty X", "chủ đầu tư là Công ty X"
_PARTY_NAMED = re.compile(_PARTY + r"(?:\s+(?:thi công|xây dựng|chính|thi cong|xay dung))?\s*(?::|là|la)\s*"
                          r"(?P<org>" + _ORG + r"[^,;.:()|\n]{2,60})")
#: "Công ty X, nhà thầu thi công", "Công ty X (đơn vị thi công)"
_NAMED_PARTY = re.compile(r"(?P<org>" + _ORG + r"[^,;.:()|\n]{2,60}?)\s*(?:,|\(|\s[-–]\s)\s*(?:là\s+|la\s+)?" + _PARTY
                          + r"(?!\w)")
_KIN_WORDS = (r"(?:vợ|chồng|con trai|con gái|con rể|con dâu|con|bố đẻ|bố vợ|bố chồng|bố|mẹ đẻ|mẹ vợ|mẹ chồng|mẹ|cha đẻ|cha|"
        r"anh trai|anh ruột|anh|chị gái|chị ruột|chị|em trai|em gái|em ruột|em|cháu ruột|cháu)")
_OFFICER = (r"(?:phó\s+)?(?:tổng\s+)?(?:giám đốc|chủ tịch(?: hội đồng (?:quản trị|thành viên))?|chủ nhiệm|chủ doanh nghiệp|"
            r"kế toán trưởng|người đại diện(?: theo pháp luật)?|chỉ huy trưởng)")
#: "vợ ông Phan Văn Đức - Giám đốc Công ty X", "bố đẻ Giám đốc Công ty X", "có con trai là Giám đốc Công ty X, …"
_KIN_OF_OFFICER = re.compile(r"(?<!\w)" + _KIN_WORDS + r"(?:\s+(?:ruột|đẻ))?\s+(?:của\s+|là\s+)?"
                             r"(?:(?:ông|bà)\s+[^,;.:()|\-–]{2,30}?(?:\s*(?:,|\(|\s[-–]\s)\s*(?:là\s+|hiện là\s+)?|\s+(?:hiện\s+)?là\s+))?"
                             + _OFFICER + r"\s+(?:của\s+)?(?P<org>" + _ORG + r"[^,;.:()|\n]{2,60})")
#: the kinship is put to a member or a candidate: a post of the body in the row or item, or the words of a candidacy
_MEMBER_WORDS = re.compile(r"(?<!\w)(?:ủy viên|uỷ viên|thành viên|trưởng ban|phó trưởng ban|ứng cử|được bầu|trúng cử)(?!\w)")
_CLAUSE_END = re.compile(r"[.;|](?:\s|$)")
_KIN_DENIED = re.compile(r"(?<!\w)(?:không có|không phải|không được|không là|nếu|trường hợp|rà soát)(?!\w)")


def _org_key(org: str) -> str:
    return " ".join(org.split()).strip(" -–")


def _same_org(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 12 and long_.startswith(short)


def _kinships(rule: Rule, ctx: Context) -> list[Finding]:
    """A relative of an officer of the contractor, investor or their consultant — named so in the same phrase or
    elsewhere in the text — sits on (or stands for) the body of ``a`` (Law Art. 42.2, for the Ban Giám sát đầu tư
    của cộng đồng). The row or sentence must give a post of the body or a candidacy, and the body the text speaks of
    there (``_topic_body``) must be that body."""
    bodies = {x[len("member:"):] for x in rule.detect["a"]}
    parties = set()
    for p in ctx.doc.paras:
        for rx in (_PARTY_NAMED, _NAMED_PARTY):
            for m in rx.finditer(p.key):
                parties.add(_org_key(m.group("org")))
    out: dict[int, Finding] = {}
    for p in ctx.doc.paras:
        if p.zone not in ("body", "preamble"):
            continue
        f = p.key
        for m in _KIN_OF_OFFICER.finditer(f):
            org = _org_key(m.group("org"))
            tail = f[m.end("org"):m.end("org") + 30]
            direct = re.match(r"\s*(?:,|\(|\s[-–]\s)\s*(?:là\s+)?" + _PARTY, tail) is not None
            if not direct and not any(_same_org(org, x) for x in parties):
                continue
            start = max((e.end() for e in _CLAUSE_END.finditer(f, 0, m.start())), default=0)
            end_m = _CLAUSE_END.search(f[m.end():])
            end = m.end() + end_m.start() if end_m else len(f)
            if _KIN_DENIED.search(f, start, m.start()) or in_quotes(p.text, m.start()):
                continue
            row = TABLE_ROW.match(p.text) is not None or _is_item(p.text)
            s_end = re.search(r"\.(?:\s|$)", f[m.end():])  # the sentence, past the ";" of a comment on it
            if not _MEMBER_WORDS.search(f if row else f[start:m.end() + s_end.start() if s_end else len(f)]):
                continue
            body = _topic_body(ctx, p, m.start(), "trưởng ban")
            if body not in bodies:
                continue
            ev = ctx.doc.evidence(p, start, end)
            line = p.line_at(m.start())
            out.setdefault(line, finding(rule, ctx, Evidence(ev.text, line, max(line, ev.end_line), ev.paragraph,
                                                             ev.section), found=p.text[m.start():m.end()].strip()))
    return list(out.values())


_MARKER_LINE = re.compile(r"^\s*(?:kiêm nhiệm|kiêm|đồng thời là|kiem nhiem|kiem|dong thoi la)\s+$")


def _split_titles(ctx: Context):
    """(role of a short line, the next line's sentence, its role) when the next line opens with "KIÊM" /
    "đồng thời là" and its first role follows the marker: one title written over two lines."""
    paras = ctx.doc.paras
    for p, q in zip(paras, paras[1:]):
        if len(p.text.strip()) > 80 or not re.match(r"^\s*(?:kiêm|đồng thời là|kiem|dong thoi la)\s", q.key):
            continue
        last = [e for t in ctx.ann.by_para.get(p.index, ()) for e in t.ents if e.label == "ROLE"]
        sents = ctx.ann.by_para.get(q.index, ())
        if not last or not sents:
            continue
        t = sents[0]
        first = next((e for e in t.ents if e.label == "ROLE"), None)
        if first is None or not _MARKER_LINE.match(t.key[:first.start - t.start]):
            continue
        yield last[-1], t, first


#: between two posts of one column's title: "TRƯỞNG BẢN KIÊM TRƯỞNG BAN", "TRƯỞNG THÔN – TRƯỞNG BAN …"
_COLUMN_JOIN = re.compile(r"^\s*(?:kiêm nhiệm|kiêm|đồng thời là|kiem nhiem|kiem|dong thoi la|[-–—,])\s*$")


def _column_titles(ctx: Context):
    """(sentence, offset, role x, role y) for one column of a signature block whose title runs over two upper-case
    lines, the cut falling inside the second post: "TRƯỞNG BẢN KIÊM TRƯỞNG BAN      ĐẠI DIỆN HỘ GIA ĐÌNH" /
    "CÔNG TÁC MẶT TRẬN BẢN". The column's two pieces are read together; the two posts must be joined by "kiêm",
    "đồng thời là" or a dash (two titles one under the other are two signers)."""
    raw = ctx.doc.raw_lines
    for p in ctx.doc.paras:
        for k, line_no in enumerate(p.seg_lines):
            if not 1 <= line_no < len(raw):
                continue
            top, below = raw[line_no - 1], raw[line_no]
            if not _upper_title(top) or not below.strip() or not _upper_title(below) \
                    or _SIGN_NOTE.match(below.strip()):
                continue
            tops, lows = _columns(top), _columns(below)
            for i, (at, head) in enumerate(tops):
                end = tops[i + 1][0] if i + 1 < len(tops) else 10 ** 6
                tail = [c for a, c in lows if at - 4 <= a < end]
                if len(tail) != 1 or _SIGN_NOTE.match(tail[0]):
                    continue
                joined = f"{head} {tail[0]}"
                folded = fold_keep_length(joined)
                ents = [e for e in pipeline()(folded).ents
                        if e.label_ == "ROLE" and keep_entity(e.ent_id_, joined[e.start_char:e.end_char])]
                for x, y in zip(ents, ents[1:]):
                    if x.start_char >= len(head) or y.end_char <= len(head) + 1:
                        continue  # the pair must straddle the cut
                    if not _COLUMN_JOIN.match(joined[x.end_char:y.start_char].lower()):
                        continue
                    off = p.seg_starts[k] + max(0, p.text[p.seg_starts[k]:].find(head[:12]))
                    t = next((t for t in ctx.ann.by_para.get(p.index, ()) if t.start <= off < t.end), None)
                    if t is not None:
                        yield t, off - t.start, x.ent_id_, y.ent_id_


# "TM. TỔ DÂN PHỐ BẮC ĐẨU" / "TỔ TRƯỞNG KIÊM TRƯỞNG BAN CÔNG TÁC MẶT TRẬN": under the community it signs for, a
# bare "TỔ TRƯỞNG" is the Tổ trưởng tổ dân phố.
_BARE_HEAD_TITLE = re.compile(r"^\s*(?:chủ trì\s*[-–—]\s*)?tổ trưởng\s*(?:kiêm(?: nhiệm)?|đồng thời là|[-–—])\s*$")
_FOR_TDP = re.compile(r"^\s*(?:tm|t/m)\.?\s*(?:tổ dân phố|khu phố)\b")


_FOR_ANY = re.compile(r"^\s*(?:tm|t/m|kt|q)\.?\s+\w")
#: the covenant's own name in its opening lines: "QUY ƯỚC TỔ DÂN PHỐ HÒE NHAI", "HƯƠNG ƯỚC … TỔ DÂN PHỐ SỐ 3"
_TDP_COVENANT = re.compile(r"^\W*(?:hương ước|quy ước)\b[^\n]{0,40}?\b(?:tổ dân phố|khu phố)(?!\w)")


def _tdp_own_covenant(ctx: Context) -> bool:
    """A hương ước or quy ước of a tổ dân phố, by its title in the first lines."""
    if ctx.doc_type != "huong_uoc":
        return False
    return any(_TDP_COVENANT.match(p.key) for p in ctx.doc.paras[:8])


_BARE_HEAD_IN_TEXT = re.compile(r"(?<!\w)tổ trưởng\s*(?:kiêm(?: nhiệm)?|đồng thời là)\s*$")
_OF_TDP = re.compile(r"\s*(?:tổ dân phố|khu phố|tdp)(?!\w)")


def _bare_head_titles(ctx: Context):
    """(the title's sentence, its role) for "TỔ TRƯỞNG KIÊM <role>" signed for a tổ dân phố ("TM. TỔ DÂN PHỐ …"
    on one of the two lines above), and for "Tổ trưởng kiêm Trưởng ban công tác Mặt trận tổ dân phố" in the text (the
    place after the second post names the first)."""
    for t in ctx.ann.sentences:
        for y in t.ents:
            if y.label == "ROLE" and _BARE_HEAD_IN_TEXT.search(t.key, 0, y.start - t.start) \
                    and _OF_TDP.match(t.key, y.end - t.start) and not _negated(t.key, y.start - t.start) \
                    and not _conditional(t.key, y.start - t.start):
                yield t, y
    paras = ctx.doc.paras
    own_tdp = _tdp_own_covenant(ctx)
    for k, p in enumerate(paras):
        above = paras[max(0, k - 2):k]
        if not _upper_title(p.text):
            continue
        # a quy ước of a tổ dân phố signed with no "TM." line: its bare "TỔ TRƯỞNG" is the Tổ trưởng tổ dân phố
        # (s17-r2: checker_unseen61 u61-08); never under "TM. TỔ BẦU CỬ" or another body's "TM."
        if not any(_FOR_TDP.match(q.key) for q in above) \
                and not (own_tdp and not any(_FOR_ANY.match(q.key) for q in above)):
            continue
        for t in ctx.ann.by_para.get(p.index, ()):
            y = next((e for e in t.ents if e.label == "ROLE"), None)
            if y is not None and _BARE_HEAD_TITLE.match(t.key[:y.start - t.start]):
                yield t, y


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
    """(body id, role entity, offset) for "<Ban> … có N thành viên, trong đó (có) M người là <post>"."""
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


def check(rule: Rule, ctx: Context) -> list[Finding]:
    if _by_wording(rule.detect) and not rule.detect.get("across_clauses"):
        return conflict.check(rule, ctx)  # guarded there
    return guards.keep(rule, ctx, _check_unguarded(rule, ctx))  # the shared sentence guards (checker/guards.py)


def _check_unguarded(rule: Rule, ctx: Context) -> list[Finding]:
    if _by_wording(rule.detect):
        if rule.detect.get("across_clauses"):
            return _wording_across_clauses(rule, ctx)
        return conflict.check(rule, ctx)
    if "subject_unless" in rule.detect and conflict.names_subject(ctx, rule.detect["subject_unless"]):
        return []  # the minutes of an agency's conference speak of the agency's Ban, not the commune's
    A = ctx.lexicon.expand(rule.detect["a"])
    if rule.detect.get("mode") == "delegation":
        return _delegations(rule, ctx, A)
    if rule.detect.get("mode") == "kinship":
        return _kinships(rule, ctx)
    B = ctx.lexicon.expand(rule.detect["b"])
    named = bool(rule.detect.get("named", False))
    out: dict[int, Finding] = {}
    pairs: set[tuple[str, str]] = set()

    def add(s, at, x_id, y_id, name="", end_line=0):
        """A finding for the pair x, y (in either order: the side ``a`` names is put first)."""
        a_id, b_id = (x_id, y_id) if x_id in A else (y_id, x_id)
        if _LEFT_ONE.search(s.key):
            return  # s21-pr2 (lw6-11 L33): the sentence tells one of the two posts was given up — no concurrency
        if named and not name and not PERSON.search(s.para.text, s.start, s.end):
            return  # ``named``: only a person the text names ("ông A, Trưởng thôn, đồng thời …")
        if named and (a_id, b_id) in pairs:
            return  # minutes naming the chair "Trưởng thôn kiêm …" then signing under both titles: one finding
        pairs.add((a_id, b_id))
        ev = _evidence(ctx, s, at)
        if end_line > ev.end_line:  # a signature: the title, down to the name signed under it
            ev = Evidence(ev.text, ev.line, end_line, ev.paragraph, ev.section)
        out.setdefault(ev.line, finding(rule, ctx, ev, a=_label(ctx, a_id), b=_label(ctx, b_id),
                                        who=_who(s, name, at)))

    ignore = tuple(rule.detect.get("ignore", ()))
    for s in ctx.ann.sentences:
        if not s.ents or (ignore and any_cue(s.key, ignore)):
            continue
        for x, y, at in _pairs_in_sentence(s, A, B):
            add(s, at, x.id, y.id)
        for body, r, at in _joins_in_sentence(s, A, B):
            add(s, at, f"member:{body.id}", r.id)
        for body, r, at in _joins_bare_ban(ctx, s, A, B):
            add(s, at, f"member:{body}", r.id)
        for body, r, at in _counted_members(s, A, B):
            add(s, at, f"member:{body}", r.id)
    for para in ctx.doc.paras:
        sents = ctx.ann.by_para.get(para.index, ())
        if not any(s.ents for s in sents):
            continue
        for body, r, t, at in _lists_in_para(para, _continued(ctx, para), A, B):
            add(t, at, f"member:{body.id}", r.id)
    # a bare post of the body the text speaks of: "01 Phó Giám đốc Công ty làm Trưởng ban"
    for para in ctx.doc.paras:
        sents = ctx.ann.by_para.get(para.index, ())
        if not any(s.ents for s in sents) or (ignore and any_cue(para.key, ignore)):
            continue
        for body, r, t, at in _posts_in_para(ctx, para, sents, A, B):
            add(t, at, f"member:{body}", r.id)
    # a member list that does not name its body: "3. Thành phần gồm: …; công chức Địa chính - Xây dựng …"
    for body, r, t, at in _bare_lists(ctx, A, B):
        add(t, at, f"member:{body}", r.id)
    for para in ctx.doc.paras:
        for body, r, t, at in _member_may_be(ctx, para, ctx.ann.by_para.get(para.index, ()), A, B):
            add(t, at, f"member:{body}", r.id)
    # a members table: "Danh sách trúng cử:" then "| 2 | Bà Trịnh Thị Khoang | Kế toán trưởng Công ty | 160 |"
    for body, r, t, at, name in _member_tables(ctx, A, B):
        add(t, at, f"member:{body}", r.id, name)
    # those elected or put forward: "… trúng cử, trong đó ông A, Phó Giám đốc …" under "Bầu Ban Thanh tra nhân dân"
    for body, r, t, at, name in _put_forward(ctx, A, B):
        add(t, at, f"member:{body}", r.id, name)
    # a "Kiêm nhiệm" column: "| Hoàng Văn Sơn | Trưởng thôn Khe Mạ | Trưởng ban công tác Mặt trận thôn |"
    for x, y, t, name in _held_too_tables(ctx, A, B):
        add(t, y.start - t.start, x.id, y.id, name)
    # a signature title cut over two lines: "TỔ TRƯỞNG TỔ DÂN PHỐ" / "KIÊM TRƯỞNG BAN CÔNG TÁC MẶT TRẬN"
    for x, t, y in _split_titles(ctx):
        if _across(x.id, y.id, A, B):
            add(t, y.start - t.start, x.id, y.id)
    for t, at, x_id, y_id in _column_titles(ctx):
        if _across(x_id, y_id, A, B):
            add(t, at, x_id, y_id)
    for t, y in _bare_head_titles(ctx):
        if _across("to_truong_tdp", y.id, A, B):
            add(t, y.start - t.start, "to_truong_tdp", y.id)
    # bulleted member lists: "- Bà Mai Thị Hảo, Phó Hiệu trưởng, Trưởng ban;"
    for body_id, para in _member_items(ctx, A, B):
        member = f"member:{body_id}"
        other = B if member in A else A
        for t in ctx.ann.by_para.get(para.index, ()):
            r = next((e for e in t.ents if e.label == "ROLE" and e.id in other
                      and not _negated(t.key, e.start - t.start) and not _other_person(t.key, e.start - t.start)
                      and not _former(t.key, e.start - t.start)),
                     None)
            if r is not None:
                add(t, r.start - t.start, member, r.id)
                break
    # one name signed under two titles: "TRƯỞNG THÔN … TRƯỞNG BAN CÔNG TÁC MẶT TRẬN" / "Lường Văn Nọi … Lường Văn Nọi"
    for t, at, a_id, b_id, name, name_line in _signature_pairs(ctx, A, B):
        add(t, at, a_id, b_id, name, name_line)
    for name, roles in _persons(ctx).items():
        has_a = [(r, s, at) for r, s, at in roles if r in A]
        has_b = [(r, s, at) for r, s, at in roles if r in B]
        if not has_a or not has_b:
            continue
        # point at the body membership (the provision to change), else at the later mention
        # a post the person is elected to ("ông A trúng cử thành viên Ban …") is the result: point at the post that
        # bars him ("ông A, sinh năm 1979, hiện là công chức …") when the text names one elsewhere
        elected = ctx.memo.get("elected", set())
        told = [t for t in has_a + has_b if (t[1].para.index, t[2]) not in elected] or has_a + has_b
        members = [t for t in told if t[0].startswith("member:")]
        r2, s2, at2 = members[0] if members else max(told, key=lambda t: (t[1].para.index, t[2]))
        ev = _evidence(ctx, s2, at2 - s2.start)
        if ev.line in out:
            continue
        add(s2, at2 - s2.start, has_a[0][0], has_b[0][0], name)
    return list(out.values())


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _wording_across_clauses(rule: Rule, ctx: Context) -> list[Finding]:
    """A wording rule with ``across_clauses: true`` reads each body paragraph whole, past the ";" that cuts the
    annotator's sentences — "… Trưởng thôn đồng thời là Trưởng ban công tác Mặt trận thôn; xã tiếp tục duy trì mô
    hình này" states the fact in one clause and endorses it in the next (RL-50). The ``forbidden`` regexes keep to
    one sentence themselves ([^.]); context and exclude cues are read in the matched sentence."""
    d = rule.detect
    cues = cue_regex(tuple(d["forbidden"]))
    groups = d.get("context", [])
    exclude = tuple(d.get("exclude", ()))
    zones = conflict.ZONES[d.get("scope", "body")]
    out = []
    for p in ctx.doc.paras:
        if p.zone not in zones:
            continue
        key = p.key
        for m in cues.finditer(key):
            start = max((e.end() for e in _SENTENCE_END.finditer(key, 0, m.start())), default=0)
            end_m = _SENTENCE_END.search(key, m.end())
            sent = key[start:end_m.end() if end_m else len(key)]
            if groups and not all_groups(sent, groups):
                continue
            if exclude and any_cue(sent, exclude):
                continue
            ev = ctx.doc.evidence(p, start, end_m.end() if end_m else len(key))
            line = p.line_at(m.start())
            f = finding(rule, ctx, Evidence(ev.text, line, max(line, ev.end_line), ev.paragraph, ev.section),
                        found=p.text[m.start():m.end()])
            if not conflict.recounts_before_law(ctx, f):
                out.append(f)
            break
    return out


def applies(rule: Rule, ctx: Context) -> bool:
    """``only_if``: the rule speaks only of a document one of whose paragraphs (any zone) matches every cue
    group — a report of an agency's hội nghị cán bộ, công chức, viên chức, not a commune's report."""
    if _by_wording(rule.detect):
        return True  # the conflict reading applies its own document exclusions
    groups = rule.detect.get("only_if")
    if not groups or any(all_groups(p.key, groups) for p in ctx.doc.paras):
        return True
    # ``issued_by``: or the issuer named in the header is one of these ("TRƯỜNG TIỂU HỌC HOA SEN" over the minutes
    # of its Ban Thanh tra nhân dân) — read in the header's issuer block only, never in the body
    issuer = rule.detect.get("issued_by")
    return bool(issuer) and any_cue(conflict.issuer_key(ctx), tuple(issuer))


# "3. Thành phần gồm: đại diện …; công chức Địa chính - Xây dựng phường theo dõi dự án; …" under "Điều 8. Ban
# Giám sát đầu tư của cộng đồng": a member list that names no body lists the members of the body its article
# speaks of (the nearest body named above it in the article; a proposing body does not count).
_BARE_LIST = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-–+•*])?\s*"
    r"(?:thành phần|thành viên|thanh phan|thanh vien|ban)(?:\s+(?:của\s+|cua\s+)?(?:ban|ban này|ban nay))?"
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
#: "bố đẻ Giám đốc Công ty …", "vợ ông Chủ tịch": the post is a relative's (Law Art. 42.2 is a wording rule).
_KIN = re.compile(r"(?<!\w)(?:bố|mẹ|cha|vợ|chồng|con|anh|chị|em|cháu|ông nội|bà nội|bo|me|vo|chong)"
                  r"(?:\s+(?:đẻ|ruột|rể|dâu|trai|gái|de|ruot))?(?:\s+(?:của|cua|là|la))?\s+(?:(?:ông|bà|ong|ba)\s+)?$")
TABLE_LEAD_BACK = 6
_NUMBERING = re.compile(r"^\s*(?:[IVXLC]+[.)]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-–+•*])?\s*", re.IGNORECASE)


_GUESTS = cue_regex(("đại biểu", "khách mời", "mời"))
#: "… trúng cử thành viên Ban Thanh tra nhân dân xã", "Bầu thành viên Ban …": the board a vote elects.
_ELECTS = re.compile(r"(?<!\w)(?:bau|trung cu|ung cu)\s+(?:(?:bo sung\s+)?(?:thanh vien|uy vien|vao)\s+)?$")
ELECTED_AROUND = 4


def _elected_board(ctx: Context, first: int, after: int) -> str | None:
    """The one board a vote tally's neighbourhood (a few paragraphs above and below it, and the title) says is
    elected: "4. Ông A trúng cử thành viên Ban Thanh tra nhân dân xã", "Bầu thành viên Ban …"."""
    paras = ctx.doc.paras
    near = paras[max(0, first - ELECTED_AROUND):first] + paras[after:after + ELECTED_AROUND]
    texts = [p.text for p in near if p.zone in ("body", "preamble")] + [ctx.doc.title_text or ""]
    named = set()
    for text in texts:
        folded = fold_keep_length(text).lower()
        for bid, _name, rx in boards():
            for m in rx.finditer(folded):
                if _ELECTS.search(folded[max(0, m.start() - 40):m.start()]):
                    named.add(bid)
    return named.pop() if len(named) == 1 else None


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


_BARE_BAN_OPENS = re.compile(r"\s*ban\s+(?:được|gồm|có|do|đã|hiện|là)\b")


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

#: A sentence listing people elected or put forward: "11 người trúng cử (…), trong đó ông A, Phó Giám đốc, …",
#: "Ban Chấp hành Công đoàn giới thiệu: bà A (giáo viên), ông B (Phó Hiệu trưởng)", "Những người được bầu là …".
_PUT_FORWARD = re.compile(r"(?<!\w)(?:trúng cử|được bầu|bầu được|đắc cử|giới thiệu|đề cử|ứng cử|được đề cử|được giới thiệu)"
                          r"(?:\s+(?:thành viên|ủy viên|uỷ viên)(?:\s+ban(?:\s+[^\s,;:.()]+){0,5})?)?"
                          r"(?:\s+(?:được\s+)?(?:\d{1,2}|\w+)\s+(?:người|thành viên|ủy viên|đồng chí))?\s*(?:\([^()]{0,60}\)\s*)?"
                          # s23-fe (u72-03 L23): the list's purpose before its colon, "giới thiệu 03 người để Hội nghị bầu:"
                          r"(?:,?\s*để\s+(?:hội nghị|đại hội)\s+(?:xem xét,?\s+)?(?:bầu|biểu quyết|lựa chọn|bỏ phiếu)(?:\s+(?:bầu|chọn))?\s*)?"
                          r"(?::|là|gồm|gồm có|,\s*trong\s+đó(?:\s+có)?)\s*")
#: "ông A, <post>" / "ông A (<post>)" / "ông A - <post>": the post right after the name is the person's own.
_POST_AFTER_NAME = re.compile(r"(?:[,(]|\s[-–]\s)\s*(?:hiện\s+là\s+|là\s+)?$")


def _put_forward(ctx: Context, A, B):
    """(body id, role ent, sentence, offset, name) for a person named in a list of those elected or put forward to
    a board, whose own post (in apposition, commas or brackets) the rule restricts: "5. Bầu Ban Thanh tra nhân dân:"
    over "- Kết quả: 11 người trúng cử, trong đó ông Nông Văn Bảy, Phó Giám đốc phụ trách kỹ thuật, …"; "IV. BẦU BAN
    THANH TRA NHÂN DÂN" over "3. Ban Chấp hành Công đoàn giới thiệu: …, ông Bế Văn Quý (Phó Hiệu trưởng)". The board
    is the one elected (``_elected_board``: the paragraphs around, the title); none when two boards are."""
    paras = ctx.doc.paras
    for k, para in enumerate(paras):
        if para.zone not in ("body", "preamble"):
            continue
        for t in ctx.ann.by_para.get(para.index, ()):
            m = _PUT_FORWARD.search(t.key)
            if not m or _negated(t.key, m.start()) or _conditional(t.key, m.start()) or in_quotes(t.text, m.start()):
                continue
            # a proposal names its list after a colon ("giới thiệu: …", "đề cử gồm …"); "Trưởng ban do Ủy ban MTTQ xã giới
            # thiệu là ông A, …, để hội nghị xem xét" proposes one holder of a post, not a member
            if re.match(r"(?:được\s+)?(?:giới thiệu|đề cử|ứng cử)", m.group()) and not re.search(r"(?::|gồm(?:\s+có)?)\s*$", m.group()):
                continue
            body = None
            for e in t.ents:
                # the board named before the list, or after it as what the people listed stand for ("… ứng cử thành
                # viên Ban Thanh tra nhân dân")
                if e.id.startswith("member:") and e.id[len("member:"):] in _BOARDS and (
                        e.start - t.start < m.end() or _STANDS_FOR.search(t.key[max(0, e.start - t.start - 20):e.start - t.start])):
                    body = e.id[len("member:"):]
            body = body or _elected_board(ctx, k, k + 1)
            if not body:
                continue
            for pm in PERSON.finditer(t.para.text, t.start + m.end(), t.end):
                r = next((e for e in t.ents if e.label == "ROLE" and not e.id.startswith("member:")
                          and pm.end() <= e.start <= pm.end() + 14
                          and _POST_AFTER_NAME.search(t.para.text[pm.end():e.start])
                          and not _KIN.search(t.key[max(0, e.start - t.start - 25):e.start - t.start])), None)
                if r is not None and _across(f"member:{body}", r.id, A, B):
                    yield body, r, t, r.start - t.start, " ".join(pm.group("name").split())


_BOARDS = ("bttnd", "bgsdtcd")
_STANDS_FOR = re.compile(r"(?<!\w)(?:ứng cử|trúng cử|được bầu|bầu|vào|làm)(?:\s+(?:vào|làm))?\s*$")


#: A header cell naming, for each row, the board its person is elected to: "Bầu vào", "Ứng cử vào", "Trúng cử vào".
_ELECTED_TO = re.compile(r"^\s*(?:bầu|ứng cử|trúng cử|được bầu|bau|ung cu|trung cu|duoc bau)\s+(?:vào|vao)(?:\s+ban)?\s*$")


def _elected_column(header) -> int | None:
    """The index (in ``cell_spans``) of a header's "Bầu vào" cell, else None."""
    if header is None:
        return None
    spans = cell_spans(header.text)
    found = [i for i, (a, b) in enumerate(spans) if _ELECTED_TO.match(header.key[a:b])]
    return found[0] if len(found) == 1 else None


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


# ---------------------------------------------------------------------------------------------------------
# Signature blocks: "TRƯỞNG THÔN          TRƯỞNG BAN CÔNG TÁC MẶT TRẬN" / "(ký)     (ký)" / "Lường Văn Nọi
# Lường Văn Nọi" — the same name signed under two titles is one person holding both posts.
# ---------------------------------------------------------------------------------------------------------

_COLUMNS = re.compile(r"[^|]+?(?=\s{2,}|\s*\||$)")
_SIGNER = re.compile(r"^(?:[ÔôOo]ng\s+|[Bb]à\s+)?[" + UPPER + r"][\wÀ-ỹ]*(?:\s+[" + UPPER + r"][\wÀ-ỹ]*){1,4}$")
_SIGN_NOTE = re.compile(r"^\(?\s*(?:đã\s+)?(?:ký|kí|ky)\b.*\)?$|^\(.*\)$", re.IGNORECASE)
SIGN_LOOK = 5


def _columns(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group().strip()) for m in _COLUMNS.finditer(line) if m.group().strip()]


def _signatures(ctx: Context):
    """(name, role ent, sentence) for each role of an upper-case signature title and the name signed under it
    (the name in the column nearest the title's)."""
    raw = ctx.doc.raw_lines
    out = []
    for p in ctx.doc.paras:
        for t in ctx.ann.by_para.get(p.index, ()):
            for e in t.ents:
                if e.label != "ROLE":
                    continue
                line_no = p.line_at(e.start)
                if not 1 <= line_no <= len(raw):
                    continue
                line = raw[line_no - 1]
                if not _upper_title(line):
                    continue
                k = p.seg_lines.index(line_no) if line_no in p.seg_lines else None
                if k is None:
                    continue
                words = p.text[e.start:e.end].split()
                found = re.search(r"\s+".join(map(re.escape, words)), line) if words else None
                if found is None:
                    continue
                col = found.start()
                titles = _columns(line)
                for j in range(line_no, min(len(raw), line_no + SIGN_LOOK)):
                    below = raw[j]
                    cols = _columns(below)
                    if not cols:
                        continue
                    if _upper_title(below) and any(c for _, c in cols if not _SIGNER.match(c)):
                        break  # the next title block
                    names = [(at, c) for at, c in cols if _SIGNER.match(c) and not _SIGN_NOTE.match(c)
                             and c != c.upper()]
                    if not names or len(names) < len([c for c in cols if not _SIGN_NOTE.match(c[1])]):
                        if all(_SIGN_NOTE.match(c) for _, c in cols):
                            continue
                        if not names:
                            continue
                    # the title column this role sits in, and the name column nearest to it
                    tcol = max((at for at, _ in titles if at <= col), default=0)
                    if len(titles) != len(names) and len(titles) > 1:
                        break
                    starts = [at for at, _ in titles]
                    if len(titles) == len(names) > 1 and tcol in starts:
                        # as many names as titles: the name in the same column, counted — the offsets of a grid
                        # "TỔ TRƯỞNG … | TRƯỞNG THÔN | TRƯỞNG BAN …" / "Chu Văn Lạng | Hứa Văn Bạo | Lương Thị Nhài"
                        # do not line up (lw4_11)
                        at, name = names[starts.index(tcol)]
                    else:
                        at, name = min(names, key=lambda n: abs(n[0] - tcol))
                    out.append((" ".join(re.sub(r"^(?:[ÔôOo]ng|[Bb]à)\s+", "", name).split()).lower(), e, t, j + 1))
                    break
    return out


def _signature_pairs(ctx: Context, A, B):
    """(sentence, offset, a role id, b role id, name, line of the name): one name signed under a title of each
    side. The line of the name is given so that the finding's evidence runs from the title to the name signed."""
    seen: dict[str, list] = {}
    for name, e, t, at_line in _signatures(ctx):
        seen.setdefault(name, []).append((e, t, at_line))
    for name, held in seen.items():
        xa = [(e, t, n) for e, t, n in held if e.id in A]
        xb = [(e, t, n) for e, t, n in held if e.id in B and all(e is not a for a, _, _ in xa)]
        if xa and xb:
            e, t, _ = max(xa + xb, key=lambda h: h[0].start)
            yield t, e.start - t.start, xa[0][0].id, xb[0][0].id, name.title(), max(n for _, _, n in xa + xb)


# "2. Thành viên Ban không đồng thời là Tổng Giám đốc, kế toán trưởng; riêng Phó Tổng Giám đốc phụ trách kỹ thuật được
# tham gia Ban với tư cách Ủy viên": a role that joins "Ban" written bare — the Ban the article speaks of (the nearest
# Ban named above it in the same article, as for a bare "Trưởng ban"). The bare "Ban" must end its phrase ("… Ban với
# tư cách …", "… Ban làm …", "… Ban.") so that "tham gia Ban Chấp hành Công đoàn" is another body.
_BARE_BAN = re.compile(r"(?<!\w)ban(?=\s+(?:với\s+tư\s+cách|voi\s+tu\s+cach|làm|lam|nhiệm\s+kỳ|nhiem\s+ky|để|nhằm|de|nham)(?!\w)"
                       r"|\s*(?:[,.;:)]|$))")


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
                          r"được giới thiệu để bầu|được bầu)"
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


def _joins_bare_ban(ctx: Context, s, A, B):
    """(body id, role ent, at): a role the rule restricts joining the bare "Ban" of its article."""
    f = s.key
    for r in s.ents:
        if r.label != "ROLE" or r.id.startswith("member:") or (r.id not in A and r.id not in B):
            continue
        rs, re_ = r.start - s.start, r.end - s.start
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
        if not JOINS.match(gap) or NEGATION.search(gap) or _LEAVES.search(gap) or _negated(f, rs, 30) \
                or _conditional(f, rs) or in_quotes(s.text, rs) or _former(f, rs) or _other_person(f, rs):
            continue
        body = _topic_body(ctx, s.para, s.start + m.start(), "trưởng ban")
        if body and _across(f"member:{body}", r.id, A, B):
            yield body, r, rs
