"""The role_concurrency kind, reader of kinship: a member of (or a candidate for) a board who is a relative of an
officer of the contractor, the investor or their consultant the text names ("…, bố đẻ Giám đốc Công ty TNHH Xây dựng
X" beside "nhà thầu: Công ty TNHH Xây dựng X"; ``_kinships``, Law Art. 42.2)."""
from __future__ import annotations

import re

from checker.kinds import Context, finding
from checker.kinds.role_concurrency.bodies import _topic_body
from checker.kinds.role_concurrency.common import TABLE_ROW, _is_item, in_quotes
from checker.model import Evidence, Finding, Rule


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
