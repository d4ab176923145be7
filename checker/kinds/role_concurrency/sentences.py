"""The role_concurrency kind, readers of prose: two roles joined in one sentence ("đồng thời là", "kiêm", "làm",
a signature title "TRƯỞNG THÔN – TRƯỞNG BAN …", a named holder in apposition; ``_pairs_in_sentence``) and a role
joining a body whose members the rule restricts ("… tham gia Ban Thanh tra nhân dân"; ``_joins_in_sentence``)."""
from __future__ import annotations

import re

from checker.kinds import cue_regex
from checker.kinds.role_concurrency.common import (
    APPOSITION_ACTS, ASSIGN, JOINS, NEGATION, VOTE_CLAUSE, _ACTS, _DEGREE, _NOT_HOLDER_QUALIFIER, _SIGNER, _across, _conditional,
    _former, _negated, _past_portfolio, _restricted_bodies, _upper_title, in_quotes,
    signers_roll,
)
from checker.text import UPPER, fold_keep_length


MARKERS = ("đồng thời là", "đồng thời giữ", "đồng thời làm", "đồng thời kiêm", "đồng thời đảm nhận",
           "đồng thời đảm nhiệm", "kiêm nhiệm", "kiêm luôn", "kiêm chức", "kiêm", "cũng là", "cùng lúc là", "giữ luôn")
# "Phó Hiệu trưởng làm Trưởng Ban Thanh tra nhân dân": a role that takes another (a few words may qualify it).
TAKES = re.compile(r"^[^;.:()]{0,25}?(?<!\w)(?:là|làm|giữ chức|được bầu làm|được cử làm|được phân công làm|"
                   r"tham gia với tư cách|tham gia làm|được (?:giới thiệu|đề xuất|đề nghị)(?:(?: để)?(?: hội nghị| đại hội| cuộc họp)? bầu)? (?:làm|vào)|(?:(?:được khuyến khích|được ưu tiên|có thể|nên) )?(?:ra |được )?ứng cử(?: làm| vào)?|(?:được )?đề cử(?: làm| vào)?)"
                   r"(?:\s+(?:đồng chí|dong chi|đ/c|d/c|một|mot|01))?\s*$")  # "… là đồng chí <role>", "… là một <role>"


# "Công chức cấp xã có uy tín, am hiểu pháp luật có thể được bầu làm thành viên Ban …": qualities of the role, read
# past as a portfolio is.
_QUALITY_WORDS = (r"có\s+uy\s+tín|có\s+kinh\s+nghiệm|có\s+năng\s+lực|có\s+trình\s+độ|nhiệt\s+tình|"
                  r"(?:am\s+hiểu|hiểu\s+biết)(?:\s+(?:về\s+)?(?:pháp\s+luật|chính\s+sách(?:,\s+pháp\s+luật)?|địa\s+bàn))?|"
                  r"tâm\s+huyết|gương\s+mẫu")
_QUALITIES = re.compile(r"^\s*(?:(?:" + _QUALITY_WORDS + r")(?:\s*,\s*|\s+và\s+|\s+(?=\S)))+")
#: s28-rl (u82-11 L40): "Trưởng thôn, Bí thư chi bộ thôn có uy tín, hiểu biết pháp luật có thể được giới thiệu bầu làm
#: thành viên Ban …": another post listed after the role (capitalised, a few words, none the lexicon knows) whose
#: qualities the listed posts share — the act after them reaches the first role too (read on the text, for capitals).
_LISTED_TITLE = re.compile(r"^\s*(?:,|hoặc|và|hay)\s+[" + UPPER + r"][\wÀ-ỹ]*(?:\s+[\wÀ-ỹ]+){0,5}?\s+(?=(?:"
                           + _QUALITY_WORDS + r")(?!\w))")


def _past_listed_title(text_gap: str, gap: str) -> str:
    m = _LISTED_TITLE.match(text_gap)
    return " " + gap[m.end():] if m else gap


def _past_qualities(gap: str) -> str:
    m = _QUALITIES.match(gap)
    return " " + gap[m.end():] if m else gap


# "Trưởng thôn giới thiệu người ứng cử <B>": someone else stands; the role proposes.
_STANDS = re.compile(r"(?:ứng cử|đề cử|ung cu|de cu)(?: làm| vào| lam| vao)?\s*$")
_URGES = re.compile(r"(?<!được )(?<!\w)(?:khuyến khích|vận động|động viên|mời)\s+(?!ứng)")
#: "Trưởng thôn giới thiệu bà Lan làm thành viên Ban …": the role acts on another person, who takes the post (key text).
_NAMES_ANOTHER = re.compile(_ACTS.pattern + r"(?:\s+(?:bầu|bau))?\s+(?:các\s+|cac\s+)?(?:ông|bà|anh|chị|đồng chí|đ/c|ong|ba|chi|dong chi|d/c)(?!\w)")
_LISTED = re.compile(r"^\s*(?:,|hoặc|và|hay|hoac|va)\s*$")


def _past_listed(gap: str, f: str, roles, xe: int, ys: int, base: int) -> str:
    """"Trưởng thôn hoặc Phó Trưởng thôn có uy tín ra ứng cử <B>": the gap after the last role listed with the
    first ("A hoặc C …", "A, C …"), so the act that C takes reaches A too."""
    for z in roles:
        zs, ze = z.start - base, z.end - base
        if xe < zs and ze < ys and _LISTED.match(f[xe:zs]):
            return f[ze:ys]
    return gap


#: "Ông A (thôn Bến Đá) phản ánh Trưởng thôn đồng thời làm Trưởng ban công tác Mặt trận": what a citizen reports,
#: asks or complains of in the minutes is his account, not the text's statement (the answer follows it).
_REPORTED = re.compile(r"(?<!\w)(?:phản ánh|phản ảnh|thắc mắc|băn khoăn|khiếu nại|tố cáo|cho rằng|hỏi|phan anh|thac mac|"
                       r"ban khoan|khieu nai|to cao|cho rang)(?:\s+(?:về|ve))?(?:\s+(?:việc|viec|là|la|rằng|rang))?"
                       r"\s*:?\s*[^;.:!?]{0,40}$")


def _reported(f: str, upto: int) -> bool:
    """The role at ``upto`` stands in what someone reports, asks or complains of ("Ông A phản ánh …")."""
    return _REPORTED.search(f, max(0, upto - 60), upto) is not None


#: A role right after the passive "được" is the agent of what follows, never one of the pair (s24-rc).
_PASSIVE_AGENT = re.compile(r"(?<!\w)(?:được|duoc)\s+$")


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
        if _PASSIVE_AGENT.search(f, max(0, x.start - s.start - 12), x.start - s.start):
            continue  # "bà A … được Giám đốc Công ty giới thiệu để HNNLĐ bầu làm Ủy viên Ban TTND": the agent proposes
        for y in roles[i + 1:]:
            xs, xe, ys = x.start - s.start, x.end - s.start, y.start - s.start
            gap = _past_listed_title(s.text[xe:ys], f[xe:ys])
            # "ông A, Phó Giám đốc phụ trách kỹ thuật, trúng cử <member>": the portfolio read past
            elected = _ELECTED_BY_VOTE.match(gap) is not None or _ELECTED_BY_VOTE.match(_past_portfolio(gap)) is not None
            # a long portfolio is read past, and the role's qualities ("có uy tín, hiểu biết pháp luật", s28-rl u82-11)
            if len(gap) > 60 and len(_past_portfolio(gap)) > 60 and len(_past_qualities(_past_portfolio(gap))) > 60 \
                    and not elected:
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
                    and not ((sm := _STANDS.search(tg)) and (_ACTS.search(tg[:sm.start()]) or _URGES.search(tg[:sm.start()]))) \
                    and not _NAMES_ANOTHER.search(tg):
                yield (x, y, xs)
                continue
            # one signature title naming both posts: "TRƯỞNG THÔN – TRƯỞNG BAN CÔNG TÁC MẶT TRẬN"
            # (two titles side by side are separated by spaces only, and do not count)
            if TITLE_JOIN.fullmatch(s.text[xe:ys]) and _upper_title(s.text) \
                    and not signers_roll(s.text, xs, y.end - s.start):
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
_ELECTED_BY_VOTE = re.compile(r"^\s*\)?\s*,?\s*(?:" + VOTE_CLAUSE + r"|(?:đã\s+|và\s+)?)"
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
NAMED_HOLDER = re.compile(r"^\s*(?::|là|la)\s*(?:ông|bà|đồng chí|ong|ba|dong chi|đ/c|d/c|thầy|cô|" + _DEGREE +
                          r")\s+[^,;.:()]{2,30}?\s*[,(–—-]\s*$")
# "Phó Trưởng ban Giám sát đầu tư của cộng đồng công trình kè mương là bà A, công chức …": the first post may
# carry a few words naming its object or place before "là" — never an actor, a past term or a condition.
_HOLDER_QUALIFIER = re.compile(r"^\s*(?P<q>[^,;.:()]{1,40}?)\s+(?=là\s|la\s)")




def _named_holder(gap: str) -> bool:
    """The gap between a post and a second post is "là ông A, " — the named holder of the first post, whose
    other post stands in apposition — possibly after a few words qualifying the first post."""
    if NAMED_HOLDER.match(gap):
        return True
    q = _HOLDER_QUALIFIER.match(gap)
    return bool(q and not _NOT_HOLDER_QUALIFIER.search(q.group("q")) and not APPOSITION_ACTS.search(q.group("q"))
                and NAMED_HOLDER.match(gap[q.end():]))
APPOSITION_END = re.compile(r"[^;.,:]{0,30}(?:$|[;.,)])")


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
                    or in_quotes(s.text, rs) or _reported(f, rs) or _NAMES_ANOTHER.search(gap):
                continue
            yield (e, r, rs)
