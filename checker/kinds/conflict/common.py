"""The conflict kind: what several of its modules read — the zones a rule reads (``ZONES``), count units, clauses,
evidence, the document's subject and own date, headings, wordings named only to be rejected or a delay, shares."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from checker.dates import find_dates
from checker.kinds import Context
from checker.kinds.conflict.acts import ITEM_MARK
from checker.model import Evidence, Finding
from checker.quantities import UNIT_WORDS, Quantity
from checker.subject import subject_text
from checker.text import fold_keep_length, match_key, QUOTE_MAX


UNITS = set(UNIT_WORDS.values())
ZONES = {"body": ("body",), "all": ("preamble", "body", "closing")}
#: A wrapped line goes on in lower case or with a number that is no list marker
#: ("200.000 đồng/lần;", "15 ngày kể từ …", "24/8/2024 và gửi …" after "… đến hết ngày");
#: "2. …", "a) …", "- …" and capitals start a new item.
_GOES_ON = re.compile(r"^(?![a-zđ][.)]\s)(?:[a-zđà-ỹ]|\d+(?![.)]\s)(?:[.,]\d+)*\s|\d{1,2}/\d{1,2}/\d{4}(?!\d))")


_BASIS_LINE = re.compile(r"^\s*(?:can cu|theo de nghi|xet de nghi|xet to trinh|theo to trinh)\b")


# ---------------------------------------------------------------------------------------------------------
# A bare "Ban": the plan of the Ban Giám sát đầu tư của cộng đồng says "Ban gồm 04 thành viên", the report of
# the Ban Thanh tra nhân dân "Ban hoạt động dưới sự chỉ đạo của UBND xã". A sentence that names a bare "Ban" speaks
# of the Ban named last before it in its paragraph, else of the one Ban the issuer and the title name
# (``checker.subject``).
# ---------------------------------------------------------------------------------------------------------

#: A bare "Ban" in the accented key (never "bản", "bàn": an unaccented text says nothing here): "Ban gồm …",
#: "Ban hoạt động …", "kiến nghị của Ban trong vòng 30 ngày", "Thành viên Ban." — followed by a verb, a function
#: word or punctuation, not by a name ("Ban Chỉ đạo", "Ban Giám sát đầu tư"); "Ủy ban", "Trưởng ban", "Phó Trưởng
#: ban" are not the Ban.
_BARE_BAN = re.compile(r"(?<!\w)(?<!ủy )(?<!uỷ )(?<!trưởng )(?<!phó )ban(?=\s*(?:[,;.:)|]|$)|\s+(?:"
                       r"gồm|có|là|do|được|không|này|nêu|phải|sẽ|đã|vẫn|và|theo|với|cho|để|tự|làm|họp|trình|gửi|lập|"
                       r"mới|tại|ở|sau|trước|cùng|trong|hoạt\s+động|thực\s+hiện|"
                       r"chịu|đặt|báo\s+cáo|tổ\s+chức|kiến\s+nghị|đề\s+nghị|phát\s+hiện|kiểm\s+tra|"
                       # s19-cm (unseen17 n12): "Ban định kỳ hằng quý báo cáo …"
                       r"định\s+kỳ|hằng\s+quý|hàng\s+quý|"
                       # s37-sb (checker_unseen100 u100-23): «nhiệm kỳ của Ban kết thúc …», «Ban tiếp tục hoạt động»
                       r"kết\s+thúc|tiếp\s+tục|"
                       r"giám\s+sát(?!\s+đầu\s+tư|\s+cộng\s+đồng))(?!\w))")


_CLAUSE_END = re.compile(r"[;]")


def clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of a sentence: text between semicolons."""
    out, start = [], 0
    for m in _CLAUSE_END.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


#: "mỗi Ban có tối thiểu 03 thành viên" names the body itself (each commune's Ban), not a unit's share.
#: s40-qfp (unseen105 u105-09 L5): a remark in brackets after the unit — "mỗi thôn (17 thôn) bầu 01 thành viên",
#: "mỗi tổ dân phố (gồm 09 tổ) có 01 người" — is read through: the count stays one unit's share.
_PER = re.compile(r"\bmoi\s+(?!ban(?:\s+thanh\s+tra(?:\s+nhan\s+dan)?)?(?:\s+(?:xa|phuong))?\s+(?:co|gom)\b)"
                  r"(?:\w+\s+|\([^()]{1,30}\)\s+){0,6}$")
_OF_BODY = re.compile(r"\s+(?:ban|uy ban|hoi dong|to dan pho|to bau cu|bch)\b")


#: "mỗi thôn, tổ dân phố có 01 thành viên", "mỗi thôn, bản, tổ dân phố bầu 01 người": the comma joins the
#: kinds of unit after one "mỗi"; it does not end the clause (s17-c2a: "mỗi thôn, buôn 01 người" — buôn, bon, xóm, sóc, phum too).
_UNIT_LIST_COMMA = re.compile(r"\b(?:thon|ban|ap|lang|khom|to dan pho|tdp|khu pho|buon|bon|xom|soc|phum)\s*(?:,|va|hoac)\s*"
                              r"(?=(?:thon|ban|ap|lang|khom|to dan pho|tdp|khu pho|buon|bon|xom|soc|phum)\b)")


def _share_head(folded: str, start: int) -> str:
    """The clause before a count, a list of unit kinds after "mỗi" read as its last kind."""
    head = _UNIT_LIST_COMMA.sub("", folded[max(0, start - 40):start])
    return re.split(r"[;,:.]", head)[-1]


#: s19-p2 (lw8-08 L27): "(Công ty sử dụng từ 300 đến dưới 500 người lao động)", "Công ty sử dụng 412 người lao động":
#: a count of the employer's workforce — its band under Decree 145/2020 Art. 38.2, or its headcount — not of a side's
#: or a body's members (folded text).
_WORKFORCE_AFTER = re.compile(r"\s+lao\s+dong(?!\w)")
_WORKFORCE_BEFORE = re.compile(r"(?<!\w)(?:su\s+dung|tong\s+so|tu\s+\d[\d.]*\s+(?:nguoi\s+)?(?:lao\s+dong\s+)?den)"
                               r"(?:\s+[^\s\d,;()]+){0,3}\s*$")


def _workforce_count(folded: str, q: Quantity) -> bool:
    return bool(_WORKFORCE_AFTER.match(folded, q.end)) and bool(_WORKFORCE_BEFORE.search(folded[max(0, q.start - 40):q.start]))


def _is_share(folded: str, q: Quantity) -> bool:
    """"mỗi thôn bầu 01 thành viên" (a count per unit) or "01 thành viên Ban Thanh tra nhân
    dân" (a member of another body, in a list of who sits on this one): not a total."""
    head = _share_head(folded, q.start)
    return bool(_PER.search(head)) or bool(_OF_BODY.match(folded, q.end))


def _evidence(ctx: Context, s, at: int) -> Evidence:
    ev = ctx.doc.evidence(s.para, s.start, s.end)
    line = s.para.line_at(s.start + at)
    return Evidence(ev.text, line, max(line, ev.end_line), ev.paragraph, ev.section)


def also_quoting(own: Evidence, act) -> Evidence:
    """A defect that stands on two lines, said once: the finding stays on its own line and its quote carries the other
    line's text (``act``: a paragraph or an evidence, anything with ``text``) after it, so the reader sees both and a
    reviewer's mark on either is met; the line span itself is not widened (the lines between are no part of the defect).

    s24-fe, s31-ct: a decision whose fault is who decides — the authority line («CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …» over the
    Căn cứ) and the article by which it acts («Điều 1. Cho ông A thôi làm thành viên Ban …»); reviewers mark either
    (unseen49 u49-11 the authority line, unseen50 u50_08 and unseen88 u88-08 the article)."""
    if act is None:
        return own
    acts = " ".join(act.text.split())
    if not acts or acts in " ".join(own.text.split()):
        return own
    head = own.text
    room = max(QUOTE_MAX - len(acts) - 3, 80)  # the own line shortened first, so the other line is seen too
    if len(head) > room:
        head = head[:room - 1].rstrip() + "…"
    return Evidence(f"{head} … {acts}"[:QUOTE_MAX], own.line, own.end_line, own.paragraph, own.section)


def own_quote(ctx: Context, f: Finding) -> Finding:
    """The finding as its own line quotes it, without the other line ``also_quoting`` carried after it: the readers
    that judge the finding's sentence (``recounts_before_law``: a "(cũ)", a date before the law, "chưa …") read the
    sentence that states the defect, not the article quoted beside it.

    s32-ac (unseen90 u90-12): a decision issued by the wrong body — «CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …» over «Điều 1.
    Thành lập Ban … (đoạn qua khu dân cư thôn Đông Mai (cũ))» — was dropped as a recounted past because the article's
    «(cũ)» (a merged village's former name) was read as the issuer line's. The split is the first " … " whose tail the
    own paragraph does not hold (the own quote may itself contain " … ")."""
    text = f.evidence.text
    para = ctx.doc.para_at_line(f.evidence.line)
    if " … " not in text or para is None:
        return f
    home = " ".join(para.text.split())
    at = text.find(" … ")
    while at >= 0:
        tail = " ".join(text[at + 3:].split()).rstrip("…").strip()
        if tail and tail[:60] not in home:
            return replace(f, evidence=replace(f.evidence, text=text[:at]))
        at = text.find(" … ", at + 3)
    return f


# ---------------------------------------------------------------------------------------------------------
# s22-cf: a list item read with its lead-in. "Trưởng thôn có nhiệm vụ:" / "- quyết định mức thu …", "Hộ vi phạm bị
# thôn:" / "- phạt 500.000 đồng": who acts, and the act's first words, stand once in the line that opens the list
# and are carried by every item under it. The item is read (1) with the lead-in as its subject when the item alone
# misses the rule's context cues, (2) joined to the lead-in when a forbidden wording starts in the lead-in and ends
# in the item, and (3) under the lead-in's prohibition ("Nghiêm cấm …:", "Hương ước không được quy định …:") when
# the forbidden wording stands in the item's first clause — the item then names what is forbidden.
# ---------------------------------------------------------------------------------------------------------

#: a list item's marker and the space after it: "- ", "+ ", "a) ", "2. ", "3) " (``acts.ITEM_MARK``)
_ITEM_MARK = ITEM_MARK


# -- recorded votes against all households ---------------------------------------------

_NUM = r"\d{1,3}(?:\.\d{3})*(?![\d,])|\d{1,5}(?!\d|,\d)"
#: One part of the community: a cluster, one thôn of several, one round of a meeting.
_ONE_PART = re.compile(r"\b(?:cum|moi\s+cum|tung\s+cum|nhom(?!\s+(?:zalo|mang\s+xa\s+hoi|facebook|messenger))|to\s+\d|dot)\b")


def clauses_around(text: str, at: int) -> tuple[int, int]:
    for a, b in clauses(text):
        if a <= at <= b:
            return a, b
    return 0, len(text)
_LIST_ITEM = re.compile(r"^\s*(?:[-–+•*]|[a-zđ]\)|\d{1,2}[.)])\s+")
_HEADING = re.compile(r"^\s*(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]", re.IGNORECASE)


# -- dated events ----------------------------------------------------------------

#: Where a sentence ends inside a paragraph (after "." or ";").
_SENTENCE_END = re.compile(r"(?<=[.;])\s+")


def own_date_in_header(ctx: Context) -> tuple[Any, Any] | None:
    """(header paragraph, date) where the heading writes the document's own date ("Pà Vinh, ngày 20 tháng 5 năm
    2024"): the first header paragraph holding it, and that date as written there; None without an own date."""
    if not ctx.doc.date:
        return None
    for p in ctx.doc.zone("header"):
        hit = next((dt for dt in find_dates(p.folded) if dt.value.isoformat() == ctx.doc.date), None)
        if hit:
            return p, hit
    return None


def _list_style(text: str) -> str | None:
    """The kind of marker a list item starts with: a bullet, "a)" or "1."."""
    m = _LIST_ITEM.match(text)
    if not m:
        return None
    head = m.group(0).strip()
    return "bullet" if head[:1] in "-–+•*" else ("letter" if head[:1].isalpha() else "number")


# -- forbidden wording, context from the heading ---------------------------------------------------------
# ``heading_context`` (with ``forbidden`` and ``clause: true``): a sentence of an article about the body need
# not name it — under "Chương IV. BAN THANH TRA NHÂN DÂN / Điều 5. Tổ chức", "3. Trong nhiệm kỳ, nếu khuyết
# thành viên thì Ban Chấp hành Công đoàn cử người thay thế" speaks of the Ban. A clause that fails ``context``
# is still read when the headings of its chapter (Chương, Mục, Phần, "IV.") and article (Điều) match every
# ``heading_context`` group; the ``exclude`` cues are read on the clause either way.

_CHAPTER_HEAD = re.compile(r"^\s*(?:chương|mục|phần)\s+(?:thứ\s+)?[ivxlc\d]+\b|^\s*[ivx]{1,4}\.\s", re.IGNORECASE)
_ARTICLE_HEAD = re.compile(r"^\s*điều\s+\d+[a-zđ]?\s*[.:]?\s*", re.IGNORECASE)


def _head_text(key: str, m: re.Match) -> str:
    """An article's title: its line up to the first full stop after "Điều N." (at most 120 characters)."""
    rest = key[m.end():m.end() + 120]
    return key[:m.end()] + re.split(r"[.;:\n]", rest, maxsplit=1)[0]


def heading_keys(ctx: Context) -> dict[int, str]:
    """Para index → the cue-matching keys of the chapter and article headings it stands under."""
    key = "conflict.heading_keys"
    if key not in ctx.memo:
        out, chapter, article = {}, "", ""
        for p in ctx.doc.paras:
            if _CHAPTER_HEAD.match(p.text):
                chapter, article = p.key[:160], ""
            else:
                m = _ARTICLE_HEAD.match(p.key)
                if m:
                    article = _head_text(p.key, m)
            out[p.index] = chapter + " | " + article
        ctx.memo[key] = out
    return ctx.memo[key]


# ---------------------------------------------------------------------------------------------------------
# The subject of the document, for ``title`` (and ``dates.title``): its title, or — a công văn has none — its
# "V/v …" line ("V/v rà soát, sửa đổi, xây dựng hương ước các thôn năm 2026"), which tells what every
# instruction of the letter is about ("Dự thảo phải được niêm yết … tối thiểu mười lăm ngày") —
# ``checker.subject.subject_text``.
# ---------------------------------------------------------------------------------------------------------


def document_subject(ctx: Context) -> str:
    """The cue-matching key of the document's title, else of its "V/v …" subject line, else ""."""
    text = subject_text(ctx.doc)
    return match_key(text) if text else ""


#: A wording named only to be rejected: "trên 50% tổng số hộ, không phải trên 50% số hộ có mặt",
#: "chứ không tính theo số phiếu hợp lệ", "thay vì số người dự họp" (folded text).
_REJECTED = re.compile(r"(?<!\w)(?:khong\s+phai(?:\s+la)?|chu\s+khong(?:\s+phai(?:\s+la)?)?|"
                       r"khong\s+(?:duoc\s+)?tinh\s+(?:theo|tren|bang)|thay\s+vi|khong\s+lay)"
                       r"(?:\s+(?:tren|theo|so\s+voi|muc|ty\s+le|la)){0,2}\s*$")


#: s20-pr2 (lw11-08 L40): a period that measures a delay — how late something was done ("công khai chậm 02 ngày",
#: "niêm yết muộn 03 ngày", "quá hạn 05 ngày") or how long after its request an answer came ("UBND xã trả lời ngày
#: 04/4/2025, sau 11 ngày", "được phản hồi sau 09 ngày") — is no duration: a rule setting how long at least (a posting
#: or a consultation period) does not read it (match key: "sau" is after, "sáu" six).
_LATE_BEFORE = re.compile(r"(?<!\w)(?:chậm|muộn|trễ|quá\s+hạn)\s+(?:(?:khoảng|hơn|gần|mất)\s+)?$")
_REPLY_DELAY = re.compile(r"(?<!\w)(?:trả\s+lời|phản\s+hồi|giải\s+quyết|xử\s+lý|hồi\s+âm|có\s+văn\s+bản)(?:(?!niêm\s+yết|"
                          r"đăng\s+tải|công\s+khai|lấy\s+ý\s+kiến)[^.;])*?[,(]?\s*(?:chỉ\s+|tức\s+là\s+|tức\s+)?sau\s+"
                          r"(?:(?:khoảng|hơn|gần|tròn|đúng|đến|tới)\s+)?$")


def is_delay(key: str, at: int) -> bool:
    """Is the period at ``at`` a delay (see ``_LATE_BEFORE``, ``_REPLY_DELAY``), not a duration?"""
    before = key[max(0, at - 80):at]
    return bool(_LATE_BEFORE.search(before) or _REPLY_DELAY.search(before))


def rejected_before(key: str, at: int) -> bool:
    """Is the wording at ``at`` introduced as the one NOT meant ("không phải …", "thay vì …")?"""
    return _REJECTED.search(fold_keep_length(key[max(0, at - 40):at])) is not None


#: "112 phiếu, bằng 60,2% tổng số hộ của tổ (85,5% số hộ dự họp)": a share on the law's base (all
#: households) followed, in brackets, by the same count on another base — information, not the rule.
_SECOND_BASE = re.compile(r"tong\s+so\s+(?:dai\s+dien\s+)?ho\b[^()]{0,30}\(\s*$")


def on_second_base(key: str, at: int) -> bool:
    """Is the wording at ``at`` a bracketed second base after a share of all households?"""
    return _SECOND_BASE.search(fold_keep_length(key[max(0, at - 60):at])) is not None


# -- a quantity whose context is carried over a ";" or given by the heading -------------------------------------
# ``carry: true`` (quantity): the sentences of a paragraph are cut at ";", so "1. Dự thảo quy ước được niêm yết tại
# nhà văn hóa để các hộ góp ý; thời gian niêm yết là 15 ngày" puts the draft in one sentence and its period in the
# next. A sentence that fails ``context`` is still read when it opens on the act (the first ``context`` group within
# its first words: "thời gian niêm yết …", "niêm yết trong …" — not "kết quả bình xét … niêm yết …", another thing)
# and the sentences before it in its paragraph, ending in ";", give the other groups; ``exclude`` is read on all.
# ``heading_context`` (quantity): "2. Thành phần Ban gồm: …, tổng số 04 thành viên" under "Điều 5. Ban Giám sát đầu
# tư của cộng đồng" speaks of that Ban without naming it; such a sentence is read when its chapter and article
# headings match every ``heading_context`` group (``exclude`` still read on the clause).

def _lines_of(s) -> tuple[int, int]:
    return s.para.line_at(s.start), s.para.line_at(max(s.start, s.end - 1))


def _merge_by_line(found: list[Finding], extra: list[Finding], spans: list[tuple[int, int]]) -> list[Finding]:
    lines = {f.evidence.line for f in found}
    out = list(found)
    for f in extra:
        if f.evidence.line not in lines and any(a <= f.evidence.line <= b for a, b in spans):
            out.append(f)
            lines.add(f.evidence.line)
    return out


#: "Xã Yên Bồ được thành lập trên cơ sở nhập … (thuộc huyện Thanh Hà cũ);" / "hiện có 11 thôn và 03 tổ dân phố.":
#: a line ending in ";" ends a paragraph, but a next one opening in lower case goes on with the same sentence.
_CONTINUES = re.compile(r"^(?:hien\s+nay\s+|hien\s+)?(?:co|gom)\s+\d")


def _with_continuations(folded: list[str]) -> list[str]:
    """The paragraphs, plus each one joined to the next when the next goes on in lower case with a count."""
    out = list(folded)
    for prev, nxt in zip(folded, folded[1:]):
        if prev.rstrip().endswith((";", ",")) and _CONTINUES.match(nxt):
            out.append(prev.rstrip() + " " + nxt)
    return out


#: "- Ngày 05/6/2025, UBND xã … công nhận cho thôi làm Trưởng thôn …" / "Do vướng …, đến ngày 15/9/2025 UBND xã mới quyết
#: định …": a dash item goes on in a plain line (no dash, number, letter or heading of its own) until the next item.
_ITEM_OPEN = re.compile(r"^\s*[-–+•*]\s")
_OWN_START = re.compile(r"^\s*(?:[-–+•*|]|\d{1,2}[.)]|[a-zđ]\)|[IVX]{1,4}\.|Điều\s+\d|Chương\s|Mục\s|Bảng\s|Nơi\s+nhận)")


def _item_goes_on(cur: list, p) -> bool:
    """Does paragraph ``p`` continue the dash item that opens the unit ``cur`` (and is in the same zone)?"""
    return (cur[-1].zone == p.zone and _ITEM_OPEN.match(cur[-1].text) is not None
            and _OWN_START.match(p.text) is None and p.text[:1].isupper() and not p.text.isupper())



# ---------------------------------------------------------------------------------------------------------
# ``attendance: {min: "2/3"}`` (minutes, reports of a conference): the two counts written apart — "Số đại biểu
# được triệu tập: 150; số đại biểu có mặt: 95", "triệu tập 80 đại biểu, có mặt 48 đại biểu" — in one paragraph
# (or the summoned in one of the two table rows above), or as a fraction after the count present ("Số người dự: 38/62",
# "có mặt 07/12 người": present / whole), and the conference called valid ("Chủ trì tuyên bố hội nghị đủ điều kiện
# tiến hành": a paragraph matching every ``context`` group, with a sentence holding a cue of the last group — the
# declaration — and no ``exclude`` cue; "… đủ điều kiện tiến hành. Nghị quyết … 35/38 người dự tán thành." keeps its
# declaration) in that paragraph or one of the next ``ATTENDANCE_REACH``: fewer present than ``min`` of those summoned
# (``gt``: not more than it — Decree 145/2020 Art. 39.4, "trên 70%"). ``present_context`` (groups) must hold in the
# sentence of the count present, and no ``present_exclude`` cue in its clause ("Bên người sử dụng lao động có mặt
# 03/04 người; bên người lao động có mặt 07/12 người": the workers' side only). ("31/52 … dự (59,6%)" is read by
# ``quantity`` with ``paragraph: true``.)
# ---------------------------------------------------------------------------------------------------------

_PEOPLE = r"(?:đại\s+biểu|người\s+lao\s+động|người|viên\s+chức|cán\s+bộ|công\s+chức|công\s+nhân)"
#: s38-rf (unseen77 u77-02 l.12 as a field): the counted people may be set off as a label before their verb («Số đại
#: biểu: được triệu tập: 150»)
_SUMMONED = re.compile(r"(?<!\w)(?:(?:tổng\s+)?số\s+)?" + _PEOPLE + r"(?:\s*:(?=\s*(?:được|phải)\s))?[^:;.\d|]{0,30}?(?:được\s+|phải\s+)?triệu\s+tập"
                       r"\s*(?::|là|gồm|\|)?\s*(?P<n>\d{1,5})(?![\d/,.]\d)"
                       r"|(?<!\w)triệu\s+tập\s+(?P<n2>\d{1,5})\s+" + _PEOPLE +
                       # the whole staff (Law Art. 51.2.c: "hai phần ba tổng số cán bộ, công chức, viên chức, người lao
                       # động"): "Tổng số viên chức, người lao động của nhà trường: 46 người"
                       r"|(?<!\w)tổng\s+số\s+(?:(?:cán\s+bộ|công\s+chức|viên\s+chức|người\s+lao\s+động|công\s+nhân)[,\s]*(?:và\s+)?)+"
                       r"[^:;.\d|]{0,40}?(?::|là|\|)\s*(?P<n3>\d{1,5})(?![\d/,.]\d)", re.IGNORECASE)
#: a full sentence (a report cuts its clauses at ";", not its sentences)
_FULL_STOP = re.compile(r"(?<=[.!?])\s+")


# -- round 13: a rule may read the "Căn cứ" lines too ----------------------------------------
#: ``scope: with_basis``: the bases as well as the rest of the document — a plan cites there the decision that set a
#: body up ("Căn cứ Quyết định số 318/QĐ-UBND … của Chủ tịch UBND xã về việc thành lập Ban Giám sát đầu tư …").
ZONES["with_basis"] = ("basis", "preamble", "body", "closing")
