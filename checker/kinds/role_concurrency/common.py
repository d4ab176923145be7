"""The role_concurrency kind: what several of its readers share — negation, conditions, quotations, a post no
longer held or someone else's, the role pair a rule asks for (``_across``), list items and table rows, a person's
name (``PERSON``), a past portfolio, the wordings that give a post (``ASSIGN``, ``JOINS``, apposition), the item
numbering and bare-Ban openings, and the label, holder and evidence of a finding."""
from __future__ import annotations

import re
from functools import lru_cache

from checker.kinds import Context, cue_regex
from checker.model import Evidence
from checker.ruledata import RULES_DIR, RuleError, read_yaml, str_list
from checker.text import UPPER


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


ASSIGN = ("kiêm nhiệm", "đảm nhiệm", "đảm nhận", "kiêm")
#: The vote that elects, read past before "trúng cử": "được 61/84 đại diện hộ tán thành, ", "được trên 50% số đại diện
#: hộ gia đình dự họp tán thành, ", "được 81/131 đại diện hộ đồng ý (61,8%) và " (a regex fragment).
VOTE_CLAUSE = (r"được\s+(?:\d{1,4}\s*/\s*\d{1,4}|trên\s+\d{1,3}(?:[,.]\d+)?\s*%)\s[^;.:()]{0,70}?(?:đồng ý|tán thành|nhất trí)"
               r"(?:\s*\([^()]{0,60}\))?\s*(?:và\s+|,\s*)?")
# "Kế toán trưởng Công ty tham gia Ban Thanh tra nhân dân", "giới thiệu Tổ trưởng tổ dân phố có uy tín
# tham gia Ban …": a role that joins a body (the verb must stand right before the body's name).
JOINS = re.compile(r"^[^;.:()]{0,40}?(?<!\w)(?:tham gia|là thành viên(?: của)?|làm thành viên(?: của)?|"
                   r"là ủy viên(?: của)?|làm ủy viên(?: của)?|được bầu vào|được cử vào|được giới thiệu vào|"
                   r"được bổ sung vào|vào|(?:(?:ra |được )?ứng cử|(?:được )?đề cử)(?: vào| làm)?(?: thành viên(?: của)?)?|"
                   # "Kế toán trưởng của Sở có thể được giới thiệu để hội nghị bầu vào Ban …": a passive permission
                   r"được (?:ưu tiên )?(?:giới thiệu|đề cử|đề xuất)(?: để)?(?: (?:hội nghị|cuộc họp|nhân dân|cử tri|"
                   r"các tổ dân phố|tổ dân phố|các thôn|thôn))? (?:bầu|ứng cử)(?: vào| làm)?(?: thành viên(?: của)?)?)\s*$")
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
@lru_cache(maxsize=1)
def person_titles() -> dict:
    """The ``persons:`` section of ``rules/role_concurrency.yaml``: the titles and degrees a text writes before a name
    instead of «ông», «bà» (``abbreviations`` read with their dot, ``words`` written out) and its examples."""
    path = RULES_DIR / "role_concurrency.yaml"
    raw = read_yaml(path)
    sec = raw.get("persons") if isinstance(raw, dict) else None
    if not isinstance(sec, dict):
        raise RuleError(path, "thiếu mục 'persons' (chức danh, học vị viết trước tên người)")
    extra = set(sec) - {"abbreviations", "words", "examples"}
    if extra:
        raise RuleError(path, f"'persons' có khóa không dùng: {', '.join(sorted(extra))}")
    return {"abbreviations": str_list(sec.get("abbreviations"), "persons.abbreviations", path),
            "words": str_list(sec.get("words"), "persons.words", path),
            "examples": sec.get("examples") or {}}


def _title_regex() -> str:
    """A title or degree before a name: "BS.CKII ", "ThS. ", "PGS.TS. ", "Bác sĩ " (``person_titles``)."""
    t = person_titles()
    ab = "|".join(sorted(map(re.escape, t["abbreviations"]), key=len, reverse=True))
    words = "|".join(sorted((r"\s+".join(map(re.escape, w.split())) for w in t["words"]), key=len, reverse=True))
    return (rf"(?:(?:{ab})(?:\.(?:{ab}))+\.?\s+|(?:{ab})\.\s*(?!(?:{ab})\W)(?=[" + UPPER + "])"
            + (rf"|(?:{words})\s+" if words else "") + ")")


PERSON = re.compile(
    # s32-sv (u76-07 l.28): "anh Lù Văn Pủa", "chị Lò Thị Hoa" name a person as «ông», «bà» do (a full name follows)
    r"(?<![\w])(?:(?:[ÔôOo]ng|[Bb]à|[Đđ]ồng chí|Đ/c|đ/c|[Aa]nh|[Cc]hị)\s+|" + _title_regex() + ")"
    r"(?!(?:Phó|Chủ|Trưởng|Bí|Giám|Tổ|Hiệu|Kế|Thường|Ủy|Uỷ|Đại|Chánh|Thành)(?!\w))"  # "đồng chí Phó Chủ tịch" names a post
    r"(?P<name>[" + UPPER + r"][\wÀ-ỹ]*(?:\s+[" + UPPER + r"][\wÀ-ỹ]*){1,4})"
)


def _label(ctx: Context, role_id: str) -> str:
    r = ctx.lexicon.role(role_id)
    return r.label if r else role_id


def in_quotes(text: str, pos: int) -> bool:
    """Inside “…” or "…": a quotation of the law, not the document's own provision."""
    before = text[:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# "đại diện hộ gia đình do người ứng cử giới thiệu", "vợ của Trưởng thôn": the role names someone else.
# "(giúp việc Kế toán trưởng)", "trợ lý Giám đốc": the role names the one served, not the member
# "(Danh sách đã được Chủ tịch Công ty phê duyệt …)", "được Trưởng thôn giới thiệu": a role right after the passive
# "được" is the one who acts on the member, not a post the member holds.
OTHER_PERSON = re.compile(r"(?<!\w)(?:do|của|cho|với|thay|thay mặt|theo đề nghị của|giúp việc|trợ lý|phụ tá|được|duoc)"
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
#: s40-sig (lawful24 l24-25 L13): or no one of a group holds the posts listed — «không ai là thành viên ban lãnh đạo,
#: điều hành hay kế toán trưởng», «không người nào / không thành viên nào giữ chức …»
_NEGATED_LIST = re.compile(r"(?<!\w)(?:không phải là|không phải|không được là|không là|không đồng thời là|không có|"
                           r"không (?:có )?(?:ai|người nào|thành viên nào|một ai)(?: (?:trong số|trong|của|thuộc) [^;.:(),]{0,40}?)?(?: là| giữ| làm| kiêm)|"
                           r"khong (?:co )?(?:ai|nguoi nao|thanh vien nao|mot ai)(?: (?:trong so|trong|cua|thuoc) [^;.:(),]{0,40}?)?(?: la| giu| lam| kiem)|"
                           r"khong phai la|khong phai|khong duoc la|khong la|khong dong thoi la|khong co)\s+[^;.:()]{0,60}?"
                           r"(?:hoặc|và|hay|hoac|va|,)\s*$")


# "Không bố trí cán bộ, công chức xã, Trưởng thôn làm thành viên Ban …", "Nghiêm cấm giới thiệu Trưởng thôn …": a
# negated act of appointing reaches every role of the list it governs.
_NEGATED_ACT = re.compile(r"(?<!\w)(?:không|nghiêm cấm|cấm|khong|nghiem cam|cam)\s+(?:được\s+|duoc\s+)?"
                          r"(?:bố trí|giới thiệu|bầu|cử|chọn|phân công|đề cử|đưa|bo tri|gioi thieu|bau|cu|chon|phan cong|"
                          r"de cu|dua)\s+(?:[^;.:()]{0,70}?(?:hoặc|và|hay|hoac|va|,)\s*)?$")


#: s29-ic: "(không đồng thời là cán bộ, công chức xã)", "không kiêm nhiệm Trưởng thôn": the post is denied, however long
#: the words that deny it (NEGATION reads only the last 16 characters).
_NOT_ALSO = re.compile(r"(?<!\w)(?:không|chưa|khong|chua)\s+(?:(?:được|duoc)\s+)?(?:đồng thời|kiêm nhiệm|kiêm|cùng lúc|"
                       r"dong thoi|kiem nhiem|kiem|cung luc)(?:\s+(?:là|làm|giữ|la|lam|giu))?\s*$")


#: s40-sig: no one of a group holds the post, the group named between: «không ai trong số các ủy viên là …»,
#: «không có thành viên nào của Ban giữ chức …»
_NO_ONE = re.compile(r"(?<!\w)(?:không|khong)\s+(?:có\s+|co\s+)?(?:ai|người nào|thành viên nào|một ai|nguoi nao|thanh vien nao|mot ai)"
                     r"(?:\s+(?:trong số|trong|của|thuộc|trong so|cua|thuoc)\s+[^;.:(),]{0,40}?)?"
                     r"\s+(?:là|giữ|làm|kiêm|la|giu|lam|kiem)(?:\s+(?:chức(?:\s+vụ)?|chuc(?:\s+vu)?))?\s*$")


def _negated(f: str, upto: int, window: int = 16) -> bool:
    return NEGATION.search(f[max(0, upto - window):upto]) is not None \
        or _NO_ONE.search(f[max(0, upto - 70):upto]) is not None \
        or _NOT_ALSO.search(f[max(0, upto - 40):upto]) is not None \
        or _NEGATED_LIST.search(f[max(0, upto - 90):upto]) is not None \
        or _NEGATED_ACT.search(f[max(0, upto - 100):upto]) is not None


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


#: A degree or professional title standing for "ông / bà" before a name: "Trưởng ban: BSCKII Lục Thị Trầm, …".
_DEGREE = r"(?:pgs\.?\s*ts|gs\.?\s*ts|bsckii|bscki|bsck\s*ii|bsck\s*i|bs|ths|ts|cn|ks|ds|ls)\.?"
_NOT_HOLDER_QUALIFIER = cue_regex(("do", "được", "theo", "thay", "giúp", "với", "cho", "để", "trừ", "trước", "cũ",
                                   "nguyên", "cựu", "sẽ", "dự kiến", "đề nghị", "giới thiệu", "bầu", "cử", "chọn"))
APPOSITION_ACTS = cue_regex(("tạo điều kiện", "chỉ đạo", "có trách nhiệm", "chịu trách nhiệm", "phối hợp", "giải quyết",
                             "ký", "quyết định", "cung cấp", "báo cáo", "xem xét", "công nhận", "triệu tập", "chủ trì"))


def _upper_title(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


#: s37-pr (unseen99 u99-33 L11, u99-40 L12): a title of another signer in a row of signers' titles — household
#: representatives ("ĐẠI DIỆN 02 HỘ", "02 ĐẠI DIỆN HỘ", "ĐẠI DIỆN HỘ GIA ĐÌNH") or the secretary ("THƯ KÝ")
_OTHER_SIGNER = re.compile(r"^(?:(?:\d{1,2}|hai|các)\s+)?đại\s+diện(?!\w)|^thư\s+ký(?!\w)")
#: the dash between two titles of a row, and what ends a title's column: the names after a colon, a cell bar, a gap
_ROLL_DASH = re.compile(r"\s*[-–—]\s+|\s+[-–—]\s*")
_COLUMN_END = re.compile(r"\s{2,}|\||:|\n")


def signers_roll(text: str, at: int, end: int) -> bool:
    """The two posts at ``text[at:end]`` (the sentence's text, not its key: the key writes "HAI" as "2   ") stand in
    one column of signers' titles joined by dashes, another of which names another signer: "TRƯỞNG THÔN — TRƯỞNG BAN CÔNG TÁC MẶT TRẬN — THƯ KÝ — ĐẠI DIỆN 02 HỘ:
    …" is a roll of several people who sign, not one person's two posts ("TỔ TRƯỞNG – TRƯỞNG BAN CÔNG TÁC MẶT TRẬN"
    over one name still is)."""
    text = text.lower()
    start = max((m.end() for m in _COLUMN_END.finditer(text, 0, at)), default=0)
    stop = _COLUMN_END.search(text, end)
    column = text[start:stop.start() if stop else len(text)]
    pieces = [x.strip() for x in _ROLL_DASH.split(column)]
    return len(pieces) >= 3 and any(_OTHER_SIGNER.match(x) for x in pieces)


def _across(x_id: str, y_id: str, A, B) -> bool:
    """One of the pair on each side of the rule."""
    return (x_id in A and y_id in B) or (x_id in B and y_id in A)


def _restricted_bodies(s, A, B):
    """(body entity, the roles kept out of it) for each body of the sentence one side of the rule names."""
    for e in s.ents:
        member = f"member:{e.id}"
        if e.label == "BODY" and (member in A or member in B):
            yield e, (B if member in A else A)


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
# What may follow a bare post: the end of a clause, "của Ban (này)", or a word that starts a new clause.
_BARE_TAIL = re.compile(
    r"\s*(?:(?:đương nhiên|duong nhien)\s+)?(?:(?:của|trong|thuộc|cua|thuoc)\s+ban(?:\s+(?:này|nay))?\s*)?"
    # s37 (unseen100 u100-26 L6): or the votes in brackets, "được bầu làm Trưởng ban (5/5 phiếu)"
    r"(?:$|[,.;:)|–—]|-\s|\(\s*\d|(?:để|nhằm|nhiệm kỳ|kể từ|từ ngày|và|thay|de|nham|nhiem ky|ke tu|tu ngay|va)(?!\w))")
# …unless someone else acts in between: "<role> cử / giới thiệu / đề nghị ông A làm Trưởng ban".
_ACTS = re.compile(r"(?<!được )(?<!duoc )(?<!\w)(?:cử|giới thiệu|đề nghị|đề xuất|bầu|chỉ định|phân công|giao|quyết định|"
                   r"công nhận|chọn|cu|gioi thieu|de nghi|de xuat|bau|chi dinh|phan cong|giao|quyet dinh|cong nhan|chon)"
                   r"(?!\w)")


#: "… gồm: 01 Trưởng ban là …;" / "01 Phó Trưởng ban là …; 03 Ủy viên gồm …": a line that opens on a count of posts
#: after a line ending in ";" or "," goes on with the list above it (the reader made it a paragraph of its own).
_COUNT_LED = re.compile(r"^\s*(?:\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:phó\s+trưởng\s+ban|trưởng\s+ban|ủy\s+viên|uỷ\s+viên|thành\s+viên|thư\s+ký)(?!\w)",
                        re.IGNORECASE)


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
#: "bố đẻ Giám đốc Công ty …", "vợ ông Chủ tịch": the post is a relative's (Law Art. 42.2 is a wording rule).
_KIN = re.compile(r"(?<!\w)(?:bố|mẹ|cha|vợ|chồng|con|anh|chị|em|cháu|ông nội|bà nội|bo|me|vo|chong)"
                  r"(?:\s+(?:đẻ|ruột|rể|dâu|trai|gái|de|ruot))?(?:\s+(?:của|cua|là|la))?\s+(?:(?:ông|bà|ong|ba)\s+)?$")
_NUMBERING = re.compile(r"^\s*(?:[IVXLC]+[.)]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-–+•*])?\s*", re.IGNORECASE)


_BARE_BAN_OPENS = re.compile(r"\s*ban\s+(?:được|gồm|có|do|đã|hiện|là)\b")
_SIGNER = re.compile(r"^(?:[ÔôOo]ng\s+|[Bb]à\s+)?[" + UPPER + r"][\wÀ-ỹ]*(?:\s+[" + UPPER + r"][\wÀ-ỹ]*){1,4}$")


#: s32-sv (u90-09 l.31): "Ban Thanh tra nhân dân Công ty có 01 thành viên là Phó Giám đốc phụ trách kỹ thuật": the
#: body's members counted by the post they hold, with no total before — the count, then "là / giữ chức / kiêm" and the
#: post (the sentence key). "gồm 07 thành viên là đại diện …" names no post: only a role of the rule's other side counts.
COUNTED_IS = re.compile(r"(?<!\w)(?:có|gồm|co|gom)\s+(?:cả\s+|ca\s+)?(?:\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mot|bon|nam|sau|bay|tam|chin|muoi)\s+"
                        r"(?:người|nguoi|đồng\s+chí|dong\s+chi|thành\s+viên|thanh\s+vien|ủy\s+viên|uy\s+vien)\s+"
                        r"(?:(?:hiện|đang|nay|cũng|hien|dang|cung)\s+){0,2}"
                        r"(?:là|la|giữ\s+chức(?:\s+vụ|\s+danh)?|giu\s+chuc(?:\s+vu|\s+danh)?|kiêm|kiem|đồng\s+thời\s+là|"
                        r"dong\s+thoi\s+la)\s+$")


# Shared by ``persons`` (a named person's posts) and ``nominees`` (a person put up for a board, s33-sv).
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
