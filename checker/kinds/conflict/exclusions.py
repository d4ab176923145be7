"""The conflict kind: a rule left out for the whole document (``not_if``, ``not_if_unless``, ``only_if``, the issuer,
the authority, the employer's workforce) and a finding a report recounts rather than rules (before the law, a past
year it admits, history)."""
from __future__ import annotations

import itertools
from datetime import date as _date
import re

from checker import guards
from checker.dates import find_dates
from checker.kinds import Context, all_groups, any_cue, check_cues, check_groups, check_keys
from checker.kinds.conflict.common import clauses, document_subject
from checker.model import Finding, Rule
from checker.subject import SETTING_READ, commune_office, subject_text
from checker.text import fold_keep_length, match_key, normalize_tones


# ---------------------------------------------------------------------------------------------------------
# ``not_if`` (with ``not_if_unless``): the rule stands aside for a document its provision does not govern —
# a non-state employer's quy chế ("vốn 100% của nhà đầu tư tư nhân") is not bound by the state-enterprise
# chapter of Law 10/2022 (Art. 82.1), unless it says it chose to apply that chapter (Art. 82.2).
# ---------------------------------------------------------------------------------------------------------

def _run_on_keys(paras):
    """Each paragraph's key, and — s37-rf (record flips, lawful19 t24 l.9 as a table row) — the key of a paragraph read
    with the next one when that one opens in lower case: it goes on with the sentence the layout cut («| 2 | Hội nghị
    quyết định số lượng … là 11 thành viên do Bệnh viện có 24 khoa, | … |» / «phòng làm việc phân tán theo ca, …»)."""
    for k, p in enumerate(paras):
        yield p.key
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        if nxt is not None and nxt.text[:1].isalpha() and nxt.text[:1].islower():
            yield p.key + " " + nxt.key


def validate_not_if(detect: dict) -> None:
    for k in ("not_if", "not_if_unless", "only_if", "unknown_type_if", "authority_if", "also_not_if"):
        if k in detect:
            check_groups(detect[k], k)
    if "issuer_with" in detect:
        check_groups(detect["issuer_with"], "issuer_with")
        if len(detect["issuer_with"]) != 2 or "only_if" not in detect:
            raise ValueError("'issuer_with' là [[dấu hiệu cơ quan ban hành], [dấu hiệu trong thân văn bản]], dùng cùng 'only_if'")
    for k in ("subject_unless", "subject_if"):
        if k in detect:
            check_cues(detect[k], k)
    if "not_if_unless" in detect and "not_if" not in detect:
        raise ValueError("'not_if_unless' chỉ dùng cùng 'not_if'")
    ys = detect.get("year_span")
    if ys is not None:
        check_keys(ys, {"max", "count", "same_as"}, [])
        if ("max" in ys) == ("same_as" in ys):
            raise ValueError("'year_span' cần đúng một trong 'max' (số năm) hoặc 'same_as' (chức danh có nhiệm kỳ mà Ban theo)")
        if "same_as" in ys:
            check_cues(ys["same_as"], "year_span.same_as")
        elif not isinstance(ys["max"], int) or ys["max"] < 1:
            raise ValueError("'year_span.max' là số năm (số nguyên dương)")
        if "context" not in detect:
            raise ValueError("'year_span' cần 'context'")
    h = detect.get("headcount")
    if h is not None:
        q = detect.get("quantity") or {}
        if "min" not in q:
            raise ValueError("'headcount' cần 'quantity' với 'min'")
        ok = isinstance(h, list) and h and all(
            isinstance(x, list) and len(x) == 2 and all(isinstance(v, int) and v >= 0 for v in x) for x in h)
        if not ok or [x[0] for x in h] != sorted(x[0] for x in h) or h[0][0] != 0:
            raise ValueError("'headcount' là danh sách [số lao động từ, số tối thiểu], tăng dần, bắt đầu từ 0")


#: s35-qt (unseen96 u96-10 L19): the Law's own name in a title ("Kết quả thực hiện dân chủ ở cơ sở năm 2025", a
#: commune's report) names no workplace: its "cơ sở" is not a "Sở" (a department) the workplace rules' cues look for.
_AT_GRASSROOTS = re.compile(r"(?<!\w)ở\s+cơ\s+sở(?!\w)")


def names_subject(ctx: Context, cues) -> bool:
    """Do the issuer, the title or the "V/v" line name one of ``cues``? (The Law's name, "dân chủ ở cơ sở", is read as
    no subject.)"""
    key = _AT_GRASSROOTS.sub(lambda m: " " * len(m.group()), match_key(f"{ctx.doc.header.issuer} {subject_text(ctx.doc)}"))
    return any_cue(key, tuple(cues))


def issuer_key(ctx: Context) -> str:
    """The header's issuer block read as one line, for ``only_if``: a state enterprise's header names its owner
    above its own name ("ỦY BAN NHÂN DÂN TỈNH LAM SƠN / CÔNG TY TNHH MỘT THÀNH VIÊN CHÈ ĐỒI MÂY"), which no
    paragraph of its body may say."""
    return match_key(ctx.doc.header.issuer or "")


def authority_key(ctx: Context) -> str:
    """A decision's authority line — the header paragraphs below its type heading written in capitals ("GIÁM ĐỐC SỞ
    TÀI CHÍNH TỈNH LAM GIANG" over the Căn cứ lines), for ``authority_if`` (s16, unseen53 u53-13): who decides, which
    no paragraph of the body need repeat. Empty when the header has none."""
    head = ctx.doc.heading_para
    if head is None:
        return ""
    lines = [p.text.strip() for p in ctx.doc.paras if p.zone == "header" and p.index > head.index]
    return " ".join(match_key(t) for t in lines if t and t.upper() == t and any(c.isalpha() for c in t))


def _issuer_with(ctx: Context, d: dict) -> bool:
    """``issuer_with: [[issuer cues], [body cues]]``, a second way to meet ``only_if``: the header's issuer block
    matches the first group and some paragraph the second — a company ("CÔNG TY TNHH MTV LÂM NGHIỆP …") whose text
    names its Ban Thanh tra nhân dân anywhere is a state enterprise (Law Arts. 76, 77: no other company has one),
    though no sentence says "nhà nước" (s18, unseen57 u57-03, u57-08)."""
    w = d.get("issuer_with")
    if not w or not any_cue(issuer_key(ctx), tuple(w[0])):
        return False
    return any(any_cue(p.key, tuple(w[1])) for p in ctx.doc.paras if p.zone != "header")


def _only_if_with_subject(ctx: Context, d: dict) -> bool:
    """``only_if_subject: true``, a third way to meet ``only_if``: a body paragraph read with the document's title (or
    its "V/v" line) matches every group — the title says what each paragraph is about. A notice titled «Tổ chức đối
    thoại với các hộ …» whose «Nội dung: dự thảo quyết định …» names the decision holds the hearing before it, though
    no one paragraph names both (s39-fb, unseen103 u103-26)."""
    if not d.get("only_if_subject"):
        return False
    subject = match_key(subject_text(ctx.doc))
    if not subject.strip():
        return False
    return any(all_groups(f"{subject} {p.key}", d["only_if"]) for p in ctx.doc.paras if p.zone != "header")


def document_excluded(rule: Rule, ctx: Context) -> bool:
    """Some paragraph (any zone) matches every ``not_if`` group, and none matches every ``not_if_unless``
    group; or (``only_if``) no paragraph matches every ``only_if`` group — a rule of Decree 145/2020 that
    the state-enterprise chapter already states for state enterprises speaks only of a non-state employer;
    or (``subject_if``, for a report, plan or letter: ``SETTING_READ``) the issuer, title or "V/v" line names
    none of the cues ("CÔNG TY …": an enterprise's report); or (``subject_unless``) they name another
    chapter's subject — a Sở's letter "V/v tổ chức hội nghị cán bộ, công chức, viên chức …" speaks of the
    agencies' Ban Thanh tra nhân dân (2-year term, Law Art. 60.3), not the commune's (Law Art. 36.2)."""
    d = rule.detect
    paras = ctx.doc.paras
    if "subject_unless" in d and names_subject(ctx, d["subject_unless"]):
        return True
    # ``not_commune_office: true``: a rule of the commune's duties to its Nhân dân (Law Chapter II) stands aside for the
    # commune UBND's own office as a workplace (``checker.subject.commune_office``): a notice "Công khai thông tin trong
    # nội bộ cơ quan Ủy ban nhân dân xã" posts on the office's board for its staff, 20 days (Law Art. 48.2), not the
    # commune's 30 (Art. 13.2) — s34-qt, unseen93 u93-05
    if d.get("not_commune_office"):
        if "conflict.commune_office" not in ctx.memo:
            ctx.memo["conflict.commune_office"] = commune_office(ctx.doc)
        if ctx.memo["conflict.commune_office"]:
            return True
    if "subject_if" in d and ctx.doc_type in SETTING_READ and not names_subject(ctx, d["subject_if"]):
        return True
    if "only_if" in d and not any(all_groups(p.key, d["only_if"]) for p in paras) \
            and not all_groups(issuer_key(ctx), d["only_if"]) and not _issuer_with(ctx, d) \
            and not _only_if_with_subject(ctx, d):
        return True
    # a document of unknown type (applies_to "?": a non-state employer's quy chế) must show what it is
    if not ctx.doc_type and "unknown_type_if" in d and not any(all_groups(p.key, d["unknown_type_if"]) for p in paras):
        return True
    # ``authority_if``: the decision's authority line names who decides ("GIÁM ĐỐC SỞ …")
    if "authority_if" in d and not all_groups(authority_key(ctx), d["authority_if"]):
        return True
    if "workforce_min" in d and not _workforce_at_least(ctx, d["workforce_min"]):
        return True
    # ``also_not_if``: a second document-wide gate, not lifted by ``not_if_unless`` (a rule sharing its ``not_if``)
    if "also_not_if" in d and any(all_groups(k, d["also_not_if"]) for k in _run_on_keys(paras)):
        return True
    if "not_if" not in d:
        return False
    if not any(all_groups(p.key, d["not_if"]) for p in paras):
        return False
    return not ("not_if_unless" in d and any(all_groups(p.key, d["not_if_unless"]) for p in paras))


# ---------------------------------------------------------------------------------------------------------
# ``headcount``: a minimum that grows with the employer's workforce as the text states it — the workers'
# side of the workplace dialogue has at least 03, 04, 09, 14, 19 or 24 members by headcount (Decree
# 145/2020 Art. 38.2.a). Silent unless the text gives one headcount ("Công ty có 230 người lao động").
# ---------------------------------------------------------------------------------------------------------

_HEADCOUNT = re.compile(
    r"(?:\b(?:co|su dung|voi|va|tong so|gom|la|quy mo|ap dung cho|ap dung doi voi)\s+)"
    r"(?:(?:toan bo|tat ca|toan the|ca)\s+)?(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})\s+"
    r"(?:nguoi lao dong|lao dong|cong nhan vien|cong nhan|can bo cong nhan vien|cbcnv|cnv|nld)\b"
    r"(?!\s+(?:nu|chua thanh nien|cao tuoi|khuyet tat)\b)")  # "bộ phận có 21 lao động nữ": a part of the workforce
#: the workforce written in words with its digits after: "Công ty có sáu mươi tư (64) người lao động (NLĐ)"
_HEADCOUNT_WORDS = re.compile(
    r"(?:\b(?:co|su dung|voi|tong so|gom|quy mo)\s+)(?:[a-z]+\s+){1,5}\((?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})\)\s+"
    r"(?:nguoi lao dong|lao dong|cong nhan vien|cong nhan|can bo cong nhan vien|cbcnv|cnv|nld)\b")
_APPROX = re.compile(r"\b(?:khoang|tren|gan|hon|duoi|toi da|it nhat|bao nhieu|moi|tu)\s+$")
#: the workforce in the parenthesis that describes the employer: "Công ty TNHH Đá mỹ nghệ Thạch Anh Hồng (doanh
#: nghiệp ngoài nhà nước, 210 người lao động)", "Công ty cổ phần Bao bì (320 lao động)" — its last item.
_HEADCOUNT_PAREN = re.compile(
    r"\b(?:cong ty|doanh nghiep|tap doan|hop tac xa)\b[^()\n]{0,80}\((?:[^()]{0,60}?[,;]\s*)?"
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})\s+(?:nguoi lao dong|lao dong|cong nhan)\s*\)")
#: the same parenthesis opening on the workforce and saying where it works: "Quy chế … của Hợp tác xã (38 người lao động
#: làm việc theo hợp đồng lao động trên 09 sà lan …)" (unseen35 n08) — the employer's whole workforce, not a part of it.
_HEADCOUNT_PAREN_WORKING = re.compile(
    r"\b(?:cong ty|doanh nghiep|tap doan|hop tac xa)\b[^()\n]{0,80}\(\s*"
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})\s+(?:nguoi lao dong|lao dong|cong nhan)\s+(?:dang\s+)?lam viec\b")


def _describes_employer(p) -> bool:
    """A line read with the Căn cứ block that is no basis: "Công ty là công ty cổ phần …, hiện sử dụng 640 người lao
    động" written under the last "Căn cứ …" of a record (unseen30 n06)."""
    return p.zone == "basis" and not re.match(r"\s*(?:căn\s+cứ|xét|theo|thực\s+hiện|trên\s+cơ\s+sở)\b", p.key)


def employer_headcount(ctx: Context) -> int | None:
    """The one workforce the document gives ("có 230 người lao động"); None when it gives none,
    an approximate one ("khoảng 300"), or several different ones."""
    key = "conflict.headcount"
    if key not in ctx.memo:
        found: set[int] = set()
        for p in ctx.doc.paras:
            if p.zone not in ("header", "preamble", "body") and not _describes_employer(p):
                continue
            for m in itertools.chain(_HEADCOUNT.finditer(p.folded), _HEADCOUNT_LABEL.finditer(p.folded),
                                     _HEADCOUNT_PAREN.finditer(p.folded), _HEADCOUNT_WORDS.finditer(p.folded),
                                     _HEADCOUNT_PAREN_WORKING.finditer(p.folded)):
                head = p.folded[max(0, m.start("n") - 30):m.start("n")]
                if _APPROX.search(head):
                    found.add(-1)
                    continue
                found.add(int(m.group("n").replace(".", "")))
        ctx.memo[key] = next(iter(found)) if len(found) == 1 and -1 not in found else None
    return ctx.memo[key]


def _workforce_at_least(ctx: Context, n: int) -> bool:
    """``workforce_min``: the rule speaks only of an employer the text says employs at least ``n`` people ("Cơ sở sử
    dụng 14 người lao động": Labour Code Art. 119.1 binds an employer of 10 or more); silent when the text gives no
    one workforce."""
    have = employer_headcount(ctx)
    return have is not None and have >= n


# -- the workforce written as a label ("Tổng số lao động: 520 người", "Số lượng người lao động hiện có là
# 1.050 người"), read by ``employer_headcount`` beside "có 230 người lao động"; a part of the workforce
# ("số lao động nữ: 310 người") has a word between and is not read.
_HEADCOUNT_LABEL = re.compile(
    r"\b(?:tong so|so luong|so|luc luong)\s+(?:nguoi lao dong|lao dong|cong nhan vien|can bo cong nhan vien|cbcnv|nld)"
    r"(?:\s+(?:cua cong ty|cua doanh nghiep|toan cong ty|hien co|hien nay|dang lam viec|tai cong ty|binh quan|"
    r"nam \d{4}|den nay|(?:tai|tinh den|den|vao|tinh tai)\s+(?:thoi diem\s+)?(?:ngay\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?|"
    # "… của Công ty tại thời điểm đối thoại: 642 người" (s18, unseen57 u57-04)
    r"(?:tai|vao)\s+thoi diem\s+(?:(?:to chuc\s+)?(?:doi thoai|hoi nghi)|hien nay|hien tai|(?:lap\s+)?bao cao|lap ke hoach)|"
    r"(?:tai|tinh den|den|vao)\s+(?:thoi diem\s+)?(?:thang\s+\d{1,2}/\d{4}|cuoi nam \d{4}|ngay \d{1,2} thang \d{1,2} nam \d{4})|"
    r"\((?:tai|tinh den|den|vao|tinh tai)?\s*(?:ngay\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\))){0,2}"
    r"\s*(?::|la|co|gom)?\s*(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})(?:\s+(?:nguoi|lao dong)\b|(?=\s*(?:[.;]|$)))")


# ---------------------------------------------------------------------------------------------------------
# A report or a letter (not normative) may recount what was done before Law 10/2022 and its decrees took
# effect (2023): "Năm 2022, Ban Giám sát đầu tư … gồm 03 thành viên", "… nhiệm kỳ 2019 - 2022", "(cũ)".
# Such a sentence is history, lawful for its date; a finding on it is dropped. So is a sentence that
# reports a shortcoming ("03 thôn niêm yết chưa đủ 30 ngày", "còn hạn chế", "cần khắc phục"): naming what
# went wrong is the report's purpose, not a rule it sets. A normative text is not spared: it sets rules for
# now, whatever years it names.
# ---------------------------------------------------------------------------------------------------------

_BEFORE_LAW = re.compile(r"(?<![\d.,])(?:19\d\d|20(?:0\d|1\d|2[0-2]))(?![\d/])|\((?:cu|truoc day)\)|\btruoc day\b")
#: "Bản kê khai tài sản, thu nhập năm 2022 … không thuộc nội dung công khai" in a notice of 2023: the year is the period
#: the declaration or the accounts cover, not the time of the act (s17, unseen56 u56-07) — blanked before ``_BEFORE_LAW``.
_CONTENT_YEAR = re.compile(r"\b(?:ke khai|thu nhap|quyet toan|du toan)(?:\s*,?\s+(?:tai san|thu nhap|ngan sach|nha nuoc|lan dau|"
                           r"hang nam|bo sung))*\s+nam\s+(?:19|20)\d\d\b")
_SHORTCOMING = re.compile(r"\b(?:chua|han che|ton tai|thieu sot|sai sot|vi pham|khac phuc|chan chinh|"
                          r"khong dung (?:quy dinh|thoi han|thoi gian))\b")
#: "Tổ trưởng Xưởng sửa chữa", "khám chữa bệnh": "chữa" (to mend) folds to the "chua" of "chưa" (not yet) — blanked
#: before folding, so a post or a unit's name is no admitted shortcoming (s15, unseen49 u49-11); s37-hu (unseen99 u99-17):
#: so do "chùa" (a pagoda: "thôn Đồng Chùa"), "chúa", "chứa" (to hold), "chừa" — only "chưa" is "not yet"
_MEND = re.compile(r"(?<!\w)(?:chữa|chùa|chúa|chứa|chừa|chửa)(?!\w)", re.IGNORECASE)
#: "Công ty chưa có trang thông tin nội bộ thì niêm yết …": a condition a letter sets, not a shortcoming it reports.
_NOT_YET_THEN = re.compile(r"\bchua\s+co\b[^.;]{0,60}?\bthi\b")
#: … and so is the reason a notice or a plan (not a report) gives first: "Do cơ quan Sở chưa có hệ thống thông tin điện
#: tử nội bộ, Văn phòng Sở niêm yết Thông báo này …" (s15, unseen46 n12)
#: s39-fb (unseen104 u104-18 L7): … and a channel a notice or a plan sets as a condition — «Không tiếp nhận phản ánh gửi
#: thẳng đến Ban Thanh tra nhân dân … khi chưa qua Trưởng khoa, phòng»: the text's own rule, not a shortcoming it admits
_NOT_YET_SO = re.compile(_NOT_YET_THEN.pattern + r"|^\W*(?:do|vi)\s+(?:[^.;,]{0,40}?\s)?chua\s+co\b[^.;,]{0,60},"
                         r"|\b(?:khi|neu)\s+chua\s+(?:duoc\s+|gui\s+|di\s+)?qua\s+(?:truong|pho|to\s+truong|lanh\s+dao|thu\s+truong|"
                         r"giam\s+doc|chanh|nguoi\s+phu\s+trach|cap\s+(?:tren|quan\s+ly))\b")
#: "niêm yết tại bảng tin phòng hội đồng trong 15 ngày liên tục (nhà trường chưa có trang thông tin điện tử nội bộ)": the
#: lack of an internal site is the condition under which the Law requires posting (Law Arts. 48.2, 66.2: "Trường hợp cơ
#: quan, đơn vị chưa có trang thông tin điện tử nội bộ … thì … niêm yết"), told to say which form applies — not a
#: shortcoming the report admits (s23-rd, unseen72 u72-10 line 20). Blanked before ``_SHORTCOMING``; a report admitting
#: the short posting says so in words of its own ("chỉ …", "chưa đủ", "hạn chế").
#: "dự thảo quy ước thôn Pác Mạ chỉ niêm yết 21 ngày nên Ủy ban nhân dân xã không công nhận": a report telling a fault
#: together with the sanction the law gives it — the authority refused to recognise, sent it back, had it redone — recounts
#: the law applied, not a rule of its own (s23-rd, checker_lawful10 lw10-10 line 23).
_SANCTIONED = re.compile(r"\bnen\s+(?:[^.;]{0,60}?\s)?(?:khong\s+(?:duoc\s+)?cong\s+nhan|tra\s+lai\s+(?:ho\s+so|du\s+thao)|"
                         r"yeu\s+cau\s+(?:[^.;]{0,30}?\s)?(?:niem\s+yet|to\s+chuc|thuc\s+hien|lay\s+y\s+kien|cong\s+khai)\s+lai)\b")
_NO_SITE = re.compile(r"\bchua\s+co\s+(?:trang|he\s+thong|cong)(?:\s+thong\s+tin)?(?:\s+dien\s+tu)?(?:\s+noi\s+bo)?\b")
#: s25-pd (unseen75 u75-03 L28): "trường hợp pháp luật chuyên ngành chưa quy định, Ủy ban nhân dân xã tổ chức công khai chậm
#: nhất 10 ngày làm việc …", "thông tin chưa có thời hạn công khai riêng được công khai …": the condition under which the
#: Law's own rule applies (Law 10/2022 Art. 12.3 "Trường hợp pháp luật chưa có quy định thì …", Arts. 47.2, 65.2 "trừ
#: trường hợp pháp luật có quy định khác") — not a shortcoming the text admits. Blanked, as ``_NO_SITE``, before
#: ``_SHORTCOMING``.
_NO_RULE = re.compile(r"\b(?:phap\s+luat|luat|van\s+ban)(?:\s+(?:chuyen\s+nganh|lien\s+quan|khac))?\s+chua\s+(?:co\s+)?quy\s+dinh\b"
                      r"|\bchua\s+(?:co\s+|duoc\s+)?(?:quy\s+dinh|thoi\s+han)(?:\s+(?:thoi\s+(?:han|diem)|cong\s+khai)){0,2}\s+rieng\b")


#: "công nhận trước ngày 16/8/2023": what was done before a date the 2022-2023 law set; "huyện Pác Luông cũ"
#: (accented: folded "cu" is also "cư").
_BEFORE_DATE = re.compile(r"\btruoc (?:ngay )?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19\d\d|20(?:[01]\d|2[0-3]))\b")
_FORMER = re.compile(r"(?<!\w)cũ(?!\w)")


#: "Một số quyết định được công khai sau 12 ngày làm việc; đến nay đã khắc phục": the rest of the report's sentence
#: says the fault it recounts was corrected (s18-cg probes) — a past fault, not the text's rule. The remedies of any
#: fault (khắc phục, chấn chỉnh, điều chỉnh lại, sửa đổi lại, …) are the shared guard ``remedied``'s cues
#: (rules/guards.yaml); here only a body's own remedies, which as a guard on every rule would hide a count stated
#: before them ("Ban gồm 03 thành viên, đã được kiện toàn ngày …").
_CORRECTED = re.compile(r"\bda\s+(?:duoc\s+)?(?:kien toan|bau bo sung)\b")


#: "…, thông báo chỉ được niêm yết 10 ngày; đây là hạn chế cần khắc phục": the rest of the sentence judges the fact it
#: follows a shortcoming — the report admits it (s23-rd: the lack of an internal site, ``_NO_SITE``, is no longer
#: read as the admission).
_JUDGED_AFTER = re.compile(r"\b(?:day|viec nay|dieu nay|noi dung nay)\s+(?:la|con la|van la)\s+(?:mot\s+)?(?:han che|ton tai|"
                           r"thieu sot|sai sot)\b|\bcan\s+(?:duoc\s+)?(?:khac phuc|chan chinh|rut kinh nghiem)\b|"
                           r"\bchua\s+dung\s+(?:quy\s+dinh|thoi\s+gian|thoi\s+han)\b")


def _corrected_after(para_text: str, evidence: str) -> bool:
    k = para_text.find(evidence[:40])
    if k < 0:
        return False
    rest = re.split(r"[.\n]", para_text[k + len(evidence):], maxsplit=1)[0]
    folded = fold_keep_length(rest).lower()
    return bool(_CORRECTED.search(folded) or _JUDGED_AFTER.search(folded) or guards.remedied(match_key(rest)))


#: "… khi đó do Chủ tịch UBND huyện … thực hiện": a time named before, in the same paragraph.
_THEN = re.compile(r"\b(?:khi do|luc do|khi ay|luc ay|thoi diem do|thoi ky do|thoi gian do)\b")
#: "Trước khi Luật Thực hiện dân chủ ở cơ sở có hiệu lực (01/7/2023), …"
_BEFORE_THE_LAW = re.compile(r"\btruoc khi (?:luat|nghi dinh)\b[^.;]{0,80}?\bco hieu luc\b")


#: "NỘI QUY LAO ĐỘNG" as a heading (a type the readers do not know): the employer's own rules (Labour Code Art. 118).
_LABOUR_RULES_HEAD = re.compile(r"^\s*NỘI\s+QUY(?:\s+LAO\s+ĐỘNG)?\b[^a-zà-ỹ]*$")


def _labour_rules(ctx: Context) -> bool:
    """Is the document an employer's nội quy lao động (its heading among its first paragraphs)? Its "Vi phạm lần
    thứ ba: kéo dài thời hạn nâng lương 09 tháng" sets a sanction; it reports no shortcoming."""
    return any(_LABOUR_RULES_HEAD.match(p.text) for p in ctx.doc.paras[:12])


def recounts_before_law(ctx: Context, f: Finding) -> bool:
    """Is the finding's sentence, in a report or letter, dated before 2023, marked as past, or a shortcoming —
    or does it say "khi đó" of a time its paragraph dates before the law ("Trước khi Luật … có hiệu lực
    (01/7/2023), …; việc công nhận hương ước khi đó do Chủ tịch UBND huyện … thực hiện")?"""
    if ctx.normative or _labour_rules(ctx):
        return False
    para = ctx.doc.para_at_line(f.evidence.line)
    raw = _former_place_dated(f.evidence.text, _own_act_date(ctx) if para is not None and para.zone == "body" else None)
    text = fold_keep_length(_MEND.sub(lambda m: "_" * len(m.group()), raw)).lower()
    not_yet = _NOT_YET_THEN if ctx.doc_type == "bao_cao" else _NOT_YET_SO
    told = _NO_RULE.sub(lambda m: "_" * len(m.group()), _NO_SITE.sub(lambda m: "_" * len(m.group()), text))
    shortcoming = _SHORTCOMING.search(told) and not (not_yet.search(told)
                                                     and not _SHORTCOMING.search(not_yet.sub(" ", told)))
    if _BEFORE_LAW.search(_CONTENT_YEAR.sub(lambda m: "_" * len(m.group()), text)) or shortcoming or _BEFORE_DATE.search(text) \
            or _SANCTIONED.search(text) \
            or _FORMER.search(normalize_tones(raw).lower()):
        return True
    para = ctx.doc.para_at_line(f.evidence.line)
    if para is not None and _corrected_after(para.text, f.evidence.text):
        return True
    if para is None or not _THEN.search(text):
        return False
    before = fold_keep_length(para.text[:max(0, para.text.find(raw[:40]))]).lower()
    return bool(_BEFORE_THE_LAW.search(before) or _BEFORE_LAW.search(before) or _BEFORE_DATE.search(before))


# ---------------------------------------------------------------------------------------------------------
# A report admitting a missed yearly duty (``forbidden`` with ``past_year: true``): "năm 2025 Tổng Công ty chưa tổ
# chức đối thoại định kỳ" in a report dated 2026 says the duty of a completed year was not met — a breach the
# report records, not a shortcoming still to mend, so the "chưa" of ``recounts_before_law`` does not drop it. The
# finding stands only when the clause (else the document's title, "Báo cáo … năm 2025") names such a year, from
# 2024 (the first whole year under Law 10/2022 and its decrees) to the year before the document's own date; a year
# after "sang / đến / vào / kế hoạch" is where the act was moved to, not the year missed. No own date, no finding.
#
# A report dating the yearly conference late (``forbidden`` with ``held_late: {months: N}``): the sentence names
# the end of the period the conference closes ("năm tài chính 2024, từ 01/01 đến 31/12/2024") and the day it was
# held ("được tổ chức ngày 20/5/2025"); held more than N months after that end contradicts "không chậm hơn 03
# tháng của năm tiếp theo" (Law Arts. 51.1, 69.1). Silent unless both dates are written in full.
# ---------------------------------------------------------------------------------------------------------

_YEAR = re.compile(r"(?<![\d/.,-])(20\d\d)(?![\d/])")
_MOVED_TO = re.compile(r"\b(?:sang|den|toi|vao|cho|ke hoach|phuong huong|du kien)\s+(?:\w+\s+){0,2}$")
_PERIOD_END = re.compile(r"\b(?:den(?: het)?|ket thuc(?: vao)?)\s+(?:ngay\s+)?$")
_HELD_ON = re.compile(r"\b(?:to chuc|hop|dien ra|khai mac)\s+(?:vao\s+)?(?:ngay\s+)?$")


def _missed_years(text: str) -> list[int]:
    """The years a clause names as when something happened (not where it was moved to)."""
    return [int(m.group(1)) for m in _YEAR.finditer(text) if not _MOVED_TO.search(text[max(0, m.start() - 30):m.start()])]


#: the time a record opens with: "Thời gian: 14 giờ 00 ngày 16/01/2026", "Hôm nay, ngày 16/01/2026" (folded, at the start)
_RECORD_TIME = re.compile(r"\s*[-+•]?\s*(?:thoi\s+gian\s*:|hom\s+nay\b|vao\s+hoi\b)")


def _record_year(ctx: Context) -> int | None:
    """The year of a minutes with no date of its own: the one date its opening "Thời gian: …" / "Hôm nay, …" line
    gives — the day the meeting sat, which is the record's date."""
    if (ctx.doc.header.doc_type or "").strip().lower() != "biên bản":
        return None
    for q in ctx.doc.zone("header", "preamble", "body")[:12]:
        m = _RECORD_TIME.match(q.folded)
        if m:
            dates = find_dates(q.folded[:m.end() + 60])
            return dates[0].value.year if len({d.value for d in dates}) == 1 else None
    return None


def admits_past_year(rule: Rule, ctx: Context, f: Finding) -> bool:
    own = int(str(ctx.doc.date)[:4]) if ctx.doc.date else _record_year(ctx)
    if not own:
        return False
    key = match_key(f.evidence.text)
    m = any_cue(key, tuple(rule.detect["forbidden"]))
    clause = next((key[a:b] for a, b in clauses(key) if a <= m.start() <= b), key) if m else key
    years = (_missed_years(fold_keep_length(clause).lower())
             or _missed_years(fold_keep_length(document_subject(ctx)).lower()))
    return bool(years) and all(2024 <= y < own for y in years)


#: "quý II/2026", "tháng 3/2026": a period of a year, written with a slash (``_YEAR`` reads no year after "/").
_PERIOD_OF_YEAR = re.compile(r"\b(?:quy\s+(?:[ivx]+|\d)|thang\s+\d{1,2})\s*/\s*(20\d\d)(?![\d/])")
_DEFERRED_TO = re.compile(r"\b(?:sang|du kien|ke hoach|phuong huong|se|lui|hoan|chuyen|doi)(?:\s+[\w/]+){0,7}\s+$")


def defers_year(ctx: Context, f: Finding) -> bool:
    """``past_year: deferred``: a report dated in (or after) a year Y it names says the yearly duty was not met in Y and
    is put off to Y+1 ("Trong năm 2023, … chưa tổ chức hội nghị đối thoại …; dự kiến tổ chức trong năm 2024", u67-11):
    the year's duty is admitted unmet though the year is not over. From 2023 (Law 10/2022 in force 01/07/2023), the
    document dated from then; a year a ``past_year: true`` rule already reads (2024 … the year before the date) is
    left to it. A move within the same year ("dự kiến tổ chức trong tháng 12/2025") is no admission."""
    d = ctx.doc.date
    if not d or str(d)[:10] < "2023-07-01":
        return False
    own = int(str(d)[:4])
    raw = f.evidence.text
    para = ctx.doc.para_at_line(f.evidence.line)
    if para is not None and raw[:40] in para.text:  # the evidence is a clause: the sentence goes on after its ";"
        at = para.text.find(raw[:40])
        stop = re.search(r"\.(?:\s|$)", para.text[at + len(raw):])
        raw = para.text[at:at + len(raw) + (stop.start() if stop else len(para.text))]
    text = fold_keep_length(raw).lower()
    missed, moved = set(), set()
    for m in _YEAR.finditer(text):
        (moved if _DEFERRED_TO.search(text[max(0, m.start() - 40):m.start()]) else missed).add(int(m.group(1)))
    for m in _PERIOD_OF_YEAR.finditer(text):  # s20-cf (unseen45 n07, unseen39 n06): "dự kiến tổ chức trong quý II/2026"
        if _DEFERRED_TO.search(text[max(0, m.start() - 40):m.start()]):
            moved.add(int(m.group(1)))
    return len(missed) == 1 and all(2023 <= y <= own and y + 1 in moved and not 2024 <= y < own for y in missed)


def held_late(ctx: Context, f: Finding, months: int) -> bool:
    text = fold_keep_length(f.evidence.text).lower()
    ends = [d.value for d in find_dates(text) if _PERIOD_END.search(text[max(0, d.start - 20):d.start])]
    held = [d.value for d in find_dates(text) if _HELD_ON.search(text[max(0, d.start - 25):d.start])]
    if len(set(ends)) != 1 or len(set(held)) != 1:
        return False
    end, day = ends[0], held[0]
    y, m = divmod(end.month - 1 + months, 12)
    limit_month = (end.year + y, m + 1)
    return day > end and (day.year, day.month) > limit_month


def validate_report_admissions(detect: dict) -> None:
    if "past_year" in detect and ((detect["past_year"] is not True and detect["past_year"] != "deferred")
                                  or "forbidden" not in detect):
        raise ValueError("'past_year' là true (hoặc deferred) và dùng cùng 'forbidden'")
    h = detect.get("held_late")
    if h is not None:
        if "forbidden" not in detect or not isinstance(h, dict) or set(h) != {"months"} \
                or not isinstance(h["months"], int) or h["months"] < 1:
            raise ValueError("'held_late' là {months: số tháng} và dùng cùng 'forbidden'")
        if "past_year" in detect:
            raise ValueError("'held_late' và 'past_year' không dùng cùng nhau")


# ---------------------------------------------------------------------------------------------------------
# ``admission: true``: the wording is itself the breach a report or letter admits — "chưa tổ chức đối thoại định
# kỳ năm 2025, dự kiến gộp vào đối thoại định kỳ năm 2026" — so its "chưa" is no shortcoming to mend that would
# spare it (``recounts_before_law``); a sentence about the years before Law 10/2022, or marked "(cũ)", still is.
# ---------------------------------------------------------------------------------------------------------

def recounts_history(ctx: Context, f: Finding) -> bool:
    if ctx.normative:
        return False
    text = fold_keep_length(f.evidence.text).lower()
    return bool(_BEFORE_LAW.search(text) or _BEFORE_DATE.search(text)
                or _FORMER.search(normalize_tones(f.evidence.text).lower()))


#: "Ngày 05/6/2025, UBND xã Yên Bồ (cũ) công nhận …": "(cũ)" after a place's name marks the unit before the 2025
#: merger, not a time before the law — when the sentence dates its event on or after 01/7/2023 (Law 10/2022 in force).
#: s32-ct: the villages and residential groups merged with their communes are named so too ("khu dân cư thôn Đông Mai
#: (cũ)", unseen90 u90-12 L17).
_FORMER_PLACE = re.compile(r"((?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thôn|bản|ấp|tổ dân phố|khu phố|tổ|xóm|làng)\s+"
                           r"(?:(?:[A-ZĐÀ-Ỹ][\w-]*|số|\d+)\s+){0,3}(?:[A-ZĐÀ-Ỹ][\w-]*|\d+))\s*\(cũ\)")

#: a decision's own heading: what its articles say, it does on its own date — they recount nothing
_DECISION_HEAD = re.compile(r"^\W*(?:QUYẾT ĐỊNH|NGHỊ QUYẾT)\b")


def _own_act_date(ctx: Context) -> _date | None:
    """s32-ct: the date of a decision whose articles are its own act (its heading «QUYẾT ĐỊNH», the sentence in its body),
    else None — for a sentence that dates nothing itself."""
    head = ctx.doc.heading_para
    if head is None or not _DECISION_HEAD.match(head.text.replace("*", "")) or not ctx.doc.date:
        return None
    try:
        return _date.fromisoformat(ctx.doc.date[:10])
    except ValueError:
        return None


def _former_place_dated(text: str, own: _date | None = None) -> str:
    """The text with a place's "(cũ)" blanked when every full date it gives is on or after 01/7/2023 — or, when it gives
    none, when ``own`` (the date of the decision whose article it is, ``_own_act_date``) is: an article of a decision of
    20/10/2025 that sets up a Ban for the road "qua khu dân cư thôn Đông Mai (cũ)" names the village before the merger,
    and recounts no act before the law."""
    if "(cũ)" not in text:
        return text
    dates = [d.value for d in find_dates(fold_keep_length(text).lower())] or ([own] if own else [])
    if not dates or min(dates) < _date(2023, 7, 1):
        return text
    return _FORMER_PLACE.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text)


# ---------------------------------------------------------------------------------------------------------
# ``past_act: dated`` (s34-p2): an act the text tells as done and dates before the rule's provision came into force —
# «Quy ước thôn … năm 2018 đã được Ủy ban nhân dân huyện công nhận», «Hương ước được UBND huyện công nhận tại Quyết
# định số 45/QĐ-UBND ngày 12/3/2020», «Trước đây, hương ước do Chủ tịch UBND huyện công nhận» — was correct on its
# date under the rules then in force (QĐ 22/2018/QĐ-TTg: the district recognised; Decree 61/2023 in force 16/08/2023),
# even in a normative text of today (a hương ước's preamble telling its own history), which ``recounts_before_law``
# does not read. The clause of the act must date it: a year, a full date, a local decision's number with its year,
# or «trước đây» / «theo quy định cũ»; every date it gives must fall before the latest in-force date of the rule's
# basis (read from the knowledge base), a bare year no later than that date's year. A past act dated after («năm 2024 đã được UBND huyện công nhận») is a violation
# told and still fires; an undated one («đã được UBND huyện công nhận») is read as before.
# ---------------------------------------------------------------------------------------------------------

_ACT_YEAR = re.compile(r"(?<![\d/.,-])((?:19|20)\d\d)(?![\d/])")
#: "Quyết định số 12/2019/QĐ-UBND", "22/2018/QĐ-TTg": a decision's number carries its year (a law's, a decree's do not
#: date the act: "cho phù hợp Nghị định 61/2023/NĐ-CP")
_DECISION_YEAR = re.compile(r"\b\d{1,4}/((?:19|20)\d\d)/q[dđ]-")
#: "nhiệm kỳ 2021 - 2023": a term names whose act it is, not when it was done — blanked before the years are read
_TERM = re.compile(r"\bnhiem\s+ky\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b")
_OLD_TIME = re.compile(r"\btruoc\s+day\b|\b(?:theo|cua)\s+(?:cac\s+)?quy\s+dinh\s+cu\b|\bthoi\s+(?:gian|ky)\s+truoc\b")


def _basis_start(rule: Rule, ctx: Context) -> _date | None:
    """The latest in-force date among the documents the rule's basis cites (the day the rule fully stands)."""
    key = ("basis_start", rule.id)
    if key not in ctx.memo:
        days = []
        for b in ctx.resolver.for_rule(rule):
            doc = ctx.resolver.store.document(b.doc) if b.doc else None
            if doc is not None and doc.effective:
                try:
                    days.append(_date.fromisoformat(doc.effective[:10]))
                except ValueError:
                    pass
        ctx.memo[key] = max(days) if days else None
    return ctx.memo[key]


def dated_before_basis(rule: Rule, ctx: Context, f: Finding) -> bool:
    start = _basis_start(rule, ctx)
    if start is None:
        return False
    key = match_key(f.evidence.text)
    m = any_cue(key, tuple(rule.detect.get("forbidden") or ()))
    clause = next((key[a:b] for a, b in clauses(key) if a <= m.start() <= b), key) if m else key
    text = _TERM.sub(lambda t: "_" * len(t.group()), fold_keep_length(clause).lower())
    days = [d.value for d in find_dates(text)]
    years = [int(y) for y in _ACT_YEAR.findall(text)] + [int(y) for y in _DECISION_YEAR.findall(text)]
    old = bool(_OLD_TIME.search(text))
    if not (days or years or old):
        return False
    # a bare year of the basis's own year (2023) does not say on which side of the day it falls: spared (precision first)
    return all(d < start for d in days) and all(y <= start.year for y in years)
