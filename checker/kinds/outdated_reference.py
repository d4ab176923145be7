"""Kind 4 — outdated or invalid references, as of the check date.

One ``check`` per rule (``detect.check``):

1. ``ended``: a cited document replaced or repealed on the check date
   (``kb.facts.status_as_of``); in the body only where the text uses it as a
   current basis ("theo", "căn cứ", "thực hiện", "quy định tại");
2. ``missing_provision``: an Điều / khoản / điểm the cited document does not
   have (``kb.citations.resolve``); when the document was amended by a text we do not
   hold, the finding says the article may have been added rather than guess;
3. ``wrong_date`` / ``wrong_issuer``: a known document cited with another date
   or issuer than it has;
4. ``abolished_level``: a body of the abolished district level ("Ủy ban nhân
   dân huyện", "UBND thành phố Tam Giang", "Phòng Nội vụ") — ``find: bodies`` —
   or a place of it ("huyện Lục Giang", "thị trấn") — ``find: places`` — in a
   normative document dated and checked on or after the 2025 reform (date and
   basis from the facts file; words, exclusions and historical cues from the
   rule). Historical sentences ("thị trấn Chợ Mới … (cũ)", "trước đây là
   huyện …", "được thành lập trên cơ sở sắp xếp …") and titles of cited
   documents are not flagged. With ``where: recipients`` the check reads only
   the "Nơi nhận:" / "Kính gửi:" list and the requests ("Đề nghị …") of a
   report or letter (not normative: its account of the past is not judged, but
   it cannot be sent to, or ask something of, a body that no longer exists) — the
   items listed under "… đề nghị … các nội dung sau:" are requests too; ``ended`` with
   ``where: recipients`` reads the same requests of a report or letter for a document
   no longer in force (a sentence dating what it recounts to a year when the document
   was in force — "được công nhận năm 2019 theo Quyết định 22/2018" — is history);
5. ``amended_not_cited``: a Căn cứ cites a document amended on the check date
   but not the amending document;
6. ``unverified``: a cited document that neither the knowledge base nor the
   facts file knows: its validity could not be checked, and the report says so.

A Căn cứ is judged on the document's own date when it has one (a 2022 report
citing Pháp lệnh 34/2007 cited a law in force), else on the check date.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import lru_cache

from checker.basis import vn_date
from corpus.official import DOC_TYPE_HEAD
from checker.citations import Mention, fold_issuer
from checker.docdate import document_date, own_date
from checker.dates import find_dates
from checker.text import fold_keep_length, has_marks, normalize_tones
from checker import guards
from checker.kinds import Context, check_cues, check_keys, cue_regex, finding
from checker.model import Basis, Evidence, FactRef, Finding, Rule
from kb.citations.model import Citation, DocRef
from kb.facts import ENDED, facts, status_as_of, successors

CHECKS = ("ended", "missing_provision", "wrong_date", "wrong_issuer", "abolished_level", "amended_not_cited",
          "unverified", "old_own_rules")
UNVERIFIED_KEYS = {"central_types", "central_marks"}
LEVEL_KEYS = {"level", "find", "units", "patterns", "body_before", "exclude_before", "historical", "central_cities",
              "fields", "named", "skip_issuer"}
#: ``issuer`` (``abolished_level``): the lines above a report's or minutes' type heading — "XÃ VẠN ĐÒ - HUYỆN LẠCH VÀM" on
#: minutes of 12/10/2025 names a district that no longer exists as the place of the issuer.
WHERE = {"basis": ("basis",), "body": ("preamble", "body"), "all": ("header", "basis", "preamble", "body", "closing"),
         "recipients": ("header", "preamble", "body", "closing"), "instructions": ("preamble", "body"),
         "guidance": ("preamble", "body"), "issuer": ("header",), "dated": ("preamble", "body", "closing"),
         "fields": ("preamble", "body", "closing"), "articles": ("preamble", "body", "closing"),
         "account": ("body",)}
#: "Nơi nhận:", "Kính gửi:": the list of the bodies a document is sent to follows.
RECIPIENTS = re.compile(r"^\s*(?:nơi\s+nhận|noi\s+nhan|kính\s+gửi|kinh\s+gui)\s*:?")
#: "Đề nghị Ủy ban nhân dân huyện …", "- Kiến nghị Phòng Nội vụ …": a request addressed to a body now.
REQUEST = re.compile(r"^\s*(?:[-–+•*]\s*|\d{1,2}[.)]\s*|[a-zđ]\)\s*)?(?:kính\s+|kinh\s+)?(?:đề\s+nghị|de\s+nghi|kiến\s+nghị|kien\s+nghi)\s")
ITEM = re.compile(r"^\s*[-–+•*]\s*")
#: "… UBND xã đề nghị Trưởng các thôn thực hiện một số nội dung sau:": the items under it are requests too.
REQUEST_LEAD = re.compile(r"(?<!\w)(?:đề\s+nghị|de\s+nghi|yêu\s+cầu|yeu\s+cau|kiến\s+nghị|kien\s+nghi)\s[^:]*:\s*$")
LIST_ITEM = re.compile(r"^\s*(?:[-–+•*]|\d{1,2}[.)]|[a-zđ]\))\s")
#: "III. KIẾN NGHỊ, ĐỀ XUẤT" (a report's part of proposals): the items under it, up to the next part, are requests.
#: A part's numbering before a heading's words ("III. ", "2) "), in the lower-case key.
_PART_NUMBER = r"^\s*(?:[ivxlc]+[.)]\s*|\d{1,2}[.)]\s*)?"
PROPOSALS_HEADING = re.compile(_PART_NUMBER + r"(?:kiến\s+nghị|kien\s+nghi|đề\s+xuất|de\s+xuat)"
                               r"(?:\s*(?:,|và|va)\s*(?:kiến\s+nghị|kien\s+nghi|đề\s+xuất|de\s+xuat))?\s*:?\s*$")
ROMAN_HEADING = re.compile(r"^\s*[IVXLC]+[.)]\s")
#: "IV. PHƯƠNG HƯỚNG NĂM 2027", "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI": a report's part on what comes next.
DIRECTIONS_HEADING = re.compile(_PART_NUMBER + r"(?:phương\s+hướng|phuong\s+huong|nhiệm\s+vụ|nhiem\s+vu)"
                                r"(?:\s*(?:,|và|va)\s*(?:nhiệm\s+vụ|nhiem\s+vu|giải\s+pháp|giai\s+phap|phương\s+hướng|phuong\s+huong))*"
                                r"(?:\s+(?:trọng\s+tâm|trong\s+tam|chủ\s+yếu|chu\s+yeu))?"
                                r"(?:\s+(?:năm\s+\d{4}|thời\s+gian\s+tới|thoi\s+gian\s+toi|nam\s+\d{4}|(?:6|sáu|sau)\s+tháng\s+cuối\s+năm(?:\s+\d{4})?))?\s*:?\s*$")
#: "được công nhận năm 2019 theo Quyết định 22/2018 …": the sentence dates the act it recounts.
PAST_YEAR = re.compile(r"(?<!\w)(?:năm|nam)\s+((?:19|20)\d\d)(?!\d)")
CURRENT_USE = ("theo", "căn cứ", "thực hiện", "quy định tại", "áp dụng", "tại", "của", "hướng dẫn tại")
#: Cues that only place or own the document ("… tại …", "… của …"): the sentence names it without saying it is
#: applied, so by the severity policy it contradicts nothing by itself — at most a cảnh báo.
NAMING_ONLY = ("tại", "của")
_NAMING_ONLY_FOLDED = tuple(fold_keep_length(c) for c in NAMING_ONLY)
ABOUT_REPEAL = ("hết hiệu lực", "bãi bỏ", "thay thế", "trước đây", "trước khi", "đã được thay", "giai đoạn")


def validate(detect: dict) -> None:
    detect = guards.strip_off(detect)
    check_keys(detect, {"check", "where", "names", "transitional"} | LEVEL_KEYS | UNVERIFIED_KEYS, ["check"])
    if "transitional" in detect:
        tr = detect["transitional"]
        if not isinstance(tr, dict) or set(tr) != {"made", "continues"}:
            raise ValueError("'transitional' cần 'made' và 'continues'")
        check_cues(tr["made"], "transitional.made")
        check_cues(tr["continues"], "transitional.continues")
    if detect["check"] not in CHECKS:
        raise ValueError(f"'check' phải là một trong: {', '.join(CHECKS)}")
    if detect.get("where", "all") not in WHERE:
        raise ValueError(f"'where' phải là một trong: {', '.join(WHERE)}")
    if detect["check"] == "abolished_level":
        check_keys(detect, {"check", "where"} | LEVEL_KEYS, ["level", "find", "units", "body_before", "historical"])
        if detect["find"] not in ("bodies", "places"):
            raise ValueError("'find' phải là bodies hoặc places")
        check_cues(detect["units"], "units")
        for key in ("patterns", "exclude_before", "historical", "central_cities", "fields"):
            if key in detect:
                check_cues(detect[key], key)
        check_cues([detect["body_before"]], "body_before")
    if detect["check"] == "unverified":
        for key in UNVERIFIED_KEYS:
            check_cues(detect.get(key), key)


def reference_date(ctx: Context) -> str:
    """The date a document's references are judged on: its own date when known and earlier, else the check date."""
    d = ctx.doc.date
    return d if d and len(d) == 10 and d < ctx.as_of else ctx.as_of


def zone_of(para, ctx: Context | None = None) -> str:
    """The paragraph's zone; a paragraph opening with "Căn cứ" is part of the Căn cứ section wherever the
    header parser put it, and so is the opening "Thực hiện <document> …, UBND … báo cáo …" of a report or a
    letter (its Căn cứ: what the document carries out now) — also when the layout reader put it as the first
    paragraph of the body's opening part (a công văn without Roman sections: "Kính gửi: …" then "Thực hiện
    Quyết định số 22/2018/QĐ-TTg … , Sở … hướng dẫn như sau:")."""
    if ctx is not None and _first_opening(para, ctx) and IMPLEMENTS.match(para.key.lstrip()):
        return "basis"
    if ctx is not None and _under_basis_heading(para, ctx):
        return "basis"
    if para.zone == "body" and para.section:  # "Căn cứ Luật …, UBND đã ban hành …" inside Mục I of a report
        return para.zone
    key = para.key.lstrip()
    if key.startswith(("căn cứ", "can cu")):
        return "basis"
    if para.zone in ("preamble", "header") and IMPLEMENTS.match(key):
        return "basis"
    return para.zone


#: A part of the body headed as the document's bases: "I. CĂN CỨ PHÁP LÝ", "1. Căn cứ xây dựng Kế hoạch", "I. CƠ SỞ
#: PHÁP LÝ" (a tờ trình's, a plan's, an đề án's) — lower-case key, accented or folded.
BASIS_HEADING = re.compile(r"^\s*(?:[ivx]{1,4}|\d{1,2})[.)]\s*(?:các\s+|cac\s+)?(?:căn\s+cứ|can\s+cu|cơ\s+sở\s+pháp\s+lý|co\s+so\s+phap\s+ly)"
                           r"(?:\s+(?:pháp\s+lý|phap\s+ly|ban\s+hành|ban\s+hanh|xây\s+dựng|xay\s+dung|đề\s+xuất|de\s+xuat)[^.;:]{0,60})?\s*:?\s*$")
#: An item of that part that names a document: "- Luật Tổ chức chính quyền địa phương số 65/2025/QH15 …;".
BASIS_ITEM = re.compile(r"^\s*(?:[-–+•*]|\d{1,2}[.)]|[a-zđ]\))?\s*(?:luật|luat|bộ\s+luật|bo\s+luat|pháp\s+lệnh|phap\s+lenh|"
                        r"nghị\s+định|nghi\s+dinh|nghị\s+quyết|nghi\s+quyet|quyết\s+định|quyet\s+dinh|thông\s+tư|thong\s+tu|"
                        r"chỉ\s+thị|chi\s+thi|hiến\s+pháp|hien\s+phap)(?!\w)")


def _under_basis_heading(para, ctx: Context) -> bool:
    """Is ``para`` an item naming a document under a part of the body headed as the bases ("I. CĂN CỨ PHÁP LÝ" of a
    tờ trình: "- Luật Tổ chức chính quyền địa phương số 65/2025/QH15 …;")? Such a list is the document's Căn cứ, which
    the layout reader leaves in the body when it has no "Căn cứ" opening."""
    if para.zone != "body" or not para.section or not BASIS_ITEM.match(para.key):
        return False
    head = next((p for p in ctx.doc.paras if p.zone == "body" and p.section == para.section), None)
    return head is not None and head is not para and bool(BASIS_HEADING.match(head.key))


#: The section name ``checker.text`` gives the paragraphs before the first Mục, Chương or Điều.
OPENING = "Phần mở đầu"


def _first_opening(para, ctx: Context) -> bool:
    """Is ``para`` the first paragraph of the body, in its opening part (before any Mục, Chương, Điều)?"""
    if para.zone != "body" or para.section != OPENING:
        return False
    first = next((p for p in ctx.doc.paras if p.zone == "body"), None)
    return first is para


#: "Thực hiện Pháp lệnh số 34/2007/PL-UBTVQH11 …", "Thực hiện Quyết định 22/2018/QĐ-TTg …": a document carried out.
IMPLEMENTS = re.compile(r"(?:thực hiện|thuc hien|triển khai|trien khai|thi hành|thi hanh)\s+(?:các\s+|cac\s+)?"
                        r"(?:luật|luat|bộ luật|bo luat|pháp lệnh|phap lenh|nghị định|nghi dinh|nghị quyết|nghi quyet|"
                        r"quyết định|quyet dinh|thông tư|thong tu|chỉ thị|chi thi|nđ|qđ|nq|nd|qd)(?!\w)")
#: A replaced document named as such inside a Căn cứ: "Luật … thay thế Pháp lệnh số 34/2007/PL-UBTVQH11",
#: "Pháp lệnh … (cũ)", "… trước đây", "Quyết định số 22/2018/QĐ-TTg (nay đã hết hiệu lực)", "…, nay đã hết hiệu lực".
REPLACED_BEFORE = re.compile(r"(?:thay thế|thay cho|thế cho|thay the|the cho)\s*(?:cho\s+)?$")
REPLACED_AFTER = re.compile(r"^\s*(?:\(\s*(?:nay\s+)?(?:cũ|trước đây|cu|truoc day|đã hết hiệu lực|da het hieu luc|"
                            r"hết hiệu lực|het hieu luc)\s*\)|"
                            r",?\s*(?:nay\s+)?(?:trước đây|truoc day|đã hết hiệu lực|da het hieu luc|hết hiệu lực|het hieu luc|"
                            r"đã được thay thế|da duoc thay the|được thay thế|duoc thay the|nay là|nay la)(?!\w))")


def _mentions(rule: Rule, ctx: Context) -> list[Mention]:
    where = rule.detect.get("where", "all")
    zones = WHERE[where]
    found = [m for m in ctx.mentions if zone_of(m.para, ctx) in zones and m.ref is not None and not m.target.relative]
    if where == "recipients":  # the requests of a report or letter
        paras, loosely = _request_paras(ctx, loose=True)
        keep = {p.index for p in paras}
        found = [m for m in found if m.para.index in keep
                 and not (m.para.index in loosely and _past_sentence(m.para.key, m.start))]
    if where == "account":  # what a report recounts of its own period, its requests left to OR-11
        skip = {p.index for p in _request_paras(ctx, loose=True)[0]}
        found = [m for m in found if m.para.index not in skip]
    if where == "guidance":  # what a guidance letter tells its addressees to do (see ``_guidance_paras``)
        keep = {p.index for p in _guidance_paras(ctx)}
        found = [m for m in found if m.para.index in keep and not _past_sentence(m.para.key, m.start)]
    return found


def _dated_before(key: str, start: int, end: str | None) -> bool:
    """The sentence before a mention dates what it recounts to a year before ``end`` (when the
    cited document was still in force): "Hương ước cũ được công nhận năm 2019 theo Quyết định …"."""
    if not end:
        return False
    a = max(key.rfind(".", 0, start), key.rfind(";", 0, start), start - 120) + 1
    return any(int(y) < int(end[:4]) for y in PAST_YEAR.findall(key, a, start))


def _ev(ctx: Context, m: Mention) -> Evidence:
    ev = ctx.doc.evidence(m.para, m.start, m.end)
    return Evidence(ev.text, m.line, ev.end_line, ev.paragraph, ev.section)


def _provision_basis(ctx: Context, by: str, by_provision: str | None) -> Basis | None:
    """'Điều 90 khoản 2' of 10/2022/QH15 → the quoted provision, when the KB has it."""
    if not by_provision:
        return None
    m = re.match(r"Điều\s+(\d+)(?:\s+khoản\s+(\d+))?", by_provision)
    if not m:
        return None
    cit = f"{'khoản ' + m.group(2) + ' ' if m.group(2) else ''}Điều {m.group(1)} {by}"
    b = ctx.resolver.resolve(cit)
    return b if isinstance(b, Basis) else None


def _clause_start(text: str, start: int, reach: int = 240) -> int:
    """Where the words about a mention at ``start`` begin: 80 characters back, or further back to the start
    of its clause (after the last ';' or '. ') — "…; bãi bỏ Quyết định số 45/QĐ-UBND ngày 12/5/2018 ban hành
    Quy chế thực hiện dân chủ ở xã theo Pháp lệnh số 34/2007/PL-UBTVQH11" names the ordinance in a repeal."""
    lo = max(0, start - reach)
    cut = max(text.rfind(";", lo, start), text.rfind(". ", lo, start))
    return min(max(0, start - 80), cut + 1 if cut >= 0 else lo)


def _transitional(rule: Rule, key: str, start: int, end: int) -> bool:
    """``transitional`` (data in the rule): a body or text MADE under the ended document that CONTINUES until its term
    or its amendment — "Ban Thanh tra nhân dân được bầu theo Nghị định số 159/2016/NĐ-CP tiếp tục hoạt động cho đến
    khi tổ chức bầu nhiệm kỳ mới" (unseen66 u66-04 L44): the transitional rule of Decree 59/2023 Art. 29.2 (Law Art.
    91.3, Decree 61/2023 Art. 24.1 for a hương ước), told, not the ended document applied. Both cues are needed: the
    past act right before the mention ("được bầu theo"), and the continuation after it in the same clause ("tiếp tục
    hoạt động", "đến hết nhiệm kỳ"); "Ban tiếp tục hoạt động theo Nghị định 159/2016" applies the ended decree."""
    tr = rule.detect.get("transitional")
    if not tr:
        return False
    before = key[max(0, start - 80):start]
    if not re.search(r"(?:" + cue_regex(tuple(tr["made"])).pattern + r")\s*$", before):
        return False
    stop = re.search(r"[;.!?]", key[end:])
    after = key[end:end + (stop.start() if stop else 200)][:200]
    return bool(cue_regex(tuple(tr["continues"])).search(after))


def check_ended(rule: Rule, ctx: Context) -> list[Finding]:
    """A reference to a document no longer in force on the check date. When the document was
    issued while the reference was still in force (a 2019 hương ước citing QĐ 22/2018, checked
    today) it cited it rightly: the finding is at most a cảnh báo to review the document."""
    out, seen = [], set()
    issued = reference_date(ctx)
    on = ctx.as_of
    if rule.detect.get("where") in ("recipients", "guidance", "account") and ctx.normative:
        return []  # a normative text is read by the rule on its body
    period = _period_years(ctx) if rule.detect.get("where") == "account" else None
    for m in _mentions(rule, ctx):
        known, _ = ctx.identifier.identify(m.ref, issued)
        if known is None or known.doc_id in seen:
            continue
        status = status_as_of(known.doc_id, "norm", known.effective, on)
        if status.label != ENDED:
            continue
        right_when_issued = issued < on and \
            status_as_of(known.doc_id, "norm", known.effective, issued).label != ENDED
        f = m.para.key
        naming_only = False
        if zone_of(m.para, ctx) != "basis":
            before = f[max(0, m.start - 40):m.start]
            uses = list(cue_regex(CURRENT_USE).finditer(before))
            if not uses and not (period is not None and _APPLIED_CUE.search(
                    _COORDINATED.sub("", f[max(0, m.start - 160):m.start])[-60:])):
                continue
            naming_only = all(fold_keep_length(u.group(0)).lower() in _NAMING_ONLY_FOLDED for u in uses)
            if cue_regex(ABOUT_REPEAL).search(f[_clause_start(f, m.start):m.end + 80]):
                continue
            if _transitional(rule, f, m.start, m.end):
                continue
        elif REPLACED_BEFORE.search(f[max(0, m.start - 30):m.start]) or REPLACED_AFTER.match(f[m.end:m.end + 40]):
            continue  # named as the replaced document, not used as a basis
        rels = [r for r in facts().relations_to(known.doc_id) if r.kind in ("replaces", "repeals", "ends")
                and r.effective and r.effective <= on]
        if zone_of(m.para, ctx) != "basis" and _dated_before(f, m.start, min((r.effective for r in rels), default=None)):
            continue  # a historical account: the act it recounts was done while the document was in force
        if period is not None and (_under_faults(ctx, m.para) or not _applied_in_period(f, m.start, period, min(
                (r.effective for r in rels), default=None), (own_date(ctx.doc) or (None,))[0])):
            continue  # a report's account: only what was done under the ended text within the report's own period
        if period is not None:
            naming_only = False  # "… theo trình tự của …": the cue read by ``_applied_in_period`` applies it
        seen.add(known.doc_id)
        basis: list[Basis] = []
        for r in rels:
            pb = _provision_basis(ctx, r.by, r.by_provision)
            if pb:
                basis.append(pb)
            else:  # no provision to quote: the replacing document as the facts file records it
                rb = ctx.resolver.fact(FactRef("document", r.by))
                if isinstance(rb, Basis):
                    basis.append(rb)
        fb = ctx.resolver.fact(FactRef("document", known.doc_id))
        if isinstance(fb, Basis):
            basis.append(fb)
        r0 = rels[0] if rels else None
        chain = successors(r0.by, on) if r0 and r0.kind == "replaces" else []
        f = finding(
            rule, ctx, _ev(ctx, m), basis=tuple(basis), doc=known.label, status=status.label,
            by=r0.by if r0 else "?", date=vn_date(r0.effective) if r0 else "?",
            current=chain[-1].by if chain else (r0.by if r0 else "?"),
            notes=status.notes, uncertain=status.uncertain or any(r.mark == "open" for r in rels))
        if naming_only and f.severity == "lỗi":
            f = replace(f, severity="cảnh báo", notes=f.notes + (
                f"Câu chỉ nêu «{known.label}» (… tại, … của …) mà không nói áp dụng nó: cần xem lại, không kết luận "
                "là trái quy định.",))
        if right_when_issued and f.severity == "lỗi":
            f = replace(f, severity="cảnh báo", notes=f.notes + (
                f"Văn bản ban hành ngày {vn_date(issued)}, khi «{known.label}» còn hiệu lực: viện dẫn đúng tại "
                "ngày ban hành; cần rà soát, sửa đổi văn bản theo văn bản thay thế.",))
        out.append(f)
    return out


def check_missing_provision(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    for m in _mentions(rule, ctx):
        for t in m.found.targets:
            if t.article is None or t.relative or t.doc is None:
                continue
            known, by_number = ctx.identifier.identify(t.doc)
            if known is None or not known.in_kb:
                continue
            if not by_number and not ctx.normative:
                continue  # a report naming "Bộ luật Lao động" may mean an older code
            cit = Citation(m.start, m.end, m.text, DocRef(number=known.doc_id), t.article, t.clause, t.point)
            res = ctx.resolver.index.resolve(cit)
            if not res.problem or res.partial:
                continue  # found, or the knowledge base holds only part of the document's articles
            notes, uncertain = ctx.resolver.amendment_notes(known.doc_id)
            if notes:
                notes = notes + ("Văn bản sửa đổi có thể đã bổ sung điều, khoản này: chưa thể kết luận "
                                 "trích dẫn sai khi chưa có văn bản sửa đổi.",)
            basis = (res.unit and ctx.resolver.unit_basis(res.unit.uid),) if res.unit else ()
            out.append(finding(rule, ctx, _ev(ctx, m), basis=tuple(b for b in basis if b),
                               problem=res.problem, doc=known.label, notes=notes, uncertain=bool(notes)))
            break
    return out


def _same_doc_dates(ctx: Context, doc_id: str) -> dict[str, list[int]]:
    dates: dict[str, list[int]] = {}
    for m in ctx.mentions:
        if m.ref is None or not m.ref.issued or len(m.ref.issued) != 10:
            continue
        k, _ = ctx.identifier.identify(m.ref)
        if k is not None and k.doc_id == doc_id:
            dates.setdefault(m.ref.issued, []).append(m.line)
    return dates


def check_wrong_date(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    for m in _mentions(rule, ctx):
        cited = m.ref.issued
        if not cited or len(cited) != 10:
            continue
        known, _ = ctx.identifier.identify(m.ref)
        if known is None or not known.issued or len(known.issued) != 10 or known.issued == cited:
            continue
        others = _same_doc_dates(ctx, known.doc_id).get(known.issued, [])
        where = (f" (chính văn bản này cũng ghi đúng ngày {vn_date(known.issued)} ở dòng "
                 f"{', '.join(map(str, others))})") if others else ""
        fb = ctx.resolver.fact(FactRef("document", known.doc_id))
        basis = (fb,) if isinstance(fb, Basis) else ()
        out.append(finding(rule, ctx, _ev(ctx, m), basis=basis, doc=known.label,
                           cited_date=vn_date(cited), known_date=vn_date(known.issued), others=where))
    return out


def check_wrong_issuer(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    for m in _mentions(rule, ctx):
        if not m.issuer:
            continue
        known, _ = ctx.identifier.identify(m.ref)
        if known is None or not known.issuer:
            continue
        actual = fold_issuer(known.issuer)
        cited = fold_issuer(m.issuer)
        if actual == cited or actual.startswith(cited + " ") and cited.startswith("bo "):
            continue
        out.append(finding(rule, ctx, _ev(ctx, m), doc=known.label, cited_issuer=m.issuer,
                           known_issuer=known.issuer))
    return out


#: "… 22/2018/QĐ-TTg … của Thủ tướng Chính phủ và hướng dẫn của Phòng …": "và hướng dẫn" starts another item.
_TITLE_AFTER = re.compile(r"[^;.)]{0,60}?(?<!\w)(?<!và )(?<!va )"
                          r"(?:về|ve|sửa đổi|sua doi|quy định|quy dinh|hướng dẫn|huong dan)[\s,][^;.]*")


def _title_end(m: Mention) -> int:
    """End of the cited document's title ("Pháp lệnh số 34/2007/PL-UBTVQH11 về … thị trấn")."""
    t = _TITLE_AFTER.match(m.para.key, m.end)
    return t.end() if t else m.end


_SENTENCE = re.compile(r"[^.;!?]+[.;!?]*")
_WORD = re.compile(r"\s+([^\W_]+)")


def _both_forms(pattern: str) -> dict[bool, re.Pattern]:
    """A lower-case pattern in its two forms, as ``_rx`` reads cues: accented (True) and folded (False). Write ``[^\\s]``
    rather than ``\\S``: folding lower-cases the pattern too."""
    return {True: re.compile(normalize_tones(pattern)), False: re.compile(fold_keep_length(pattern))}


#: A commune-level unit named just before a place ("phường Cửa Bắc, thành phố …"), and a province after it.
_COMMUNE_BEFORE = _both_forms(r"(?<!\w)(?:phường|xã|đặc khu)\s+[^\s]+(?:\s+[^\s]+){0,3}\s*[,–-]\s*$")
_PROVINCE_AFTER = _both_forms(r"\s*(?:[,–-]\s*)?(?:thuộc\s+)?tỉnh(?!\w)")
#: "thành phố Vân Hải (thành phố trực thuộc trung ương)", "thành phố Vân Hải, thành phố trực thuộc Trung ương": the
#: text itself says the city is of the province level.
_CENTRAL_AFTER = _both_forms(r"\s*[(,–-]?\s*(?:là\s+)?(?:thành\s+phố\s+)?trực\s+thuộc\s+trung\s+ương")
_CITY_WORD = _both_forms(r"(?<!\w)thành\s+phố(?!\w)")


def _declared_central(ctx: Context) -> frozenset[str]:
    """The cities the text itself calls centrally run ("thành phố Vân Hải (thành phố trực thuộc trung ương)"), folded:
    a province, wherever the text names it."""
    if "outdated_reference.central" not in ctx.memo:
        found = set()
        for p in ctx.doc.paras:
            acc = has_marks(p.text)
            for m in _CITY_WORD[acc].finditer(p.key):
                nm = _proper_name(p.text, m.end())
                if nm and _CENTRAL_AFTER[acc].match(p.key, nm[1]):
                    found.add(fold_issuer(nm[0]))
        ctx.memo["outdated_reference.central"] = frozenset(found)
    return ctx.memo["outdated_reference.central"]


def _ward_of_city(key: str, a0: int, at: int, name_end: int, b0: int, accented: bool) -> bool:
    """A commune or ward placed directly in a city that no province follows: after 01/07/2025 that is how a ward of a
    centrally-run city is written ("phường Cửa Bắc, thành phố Hải Vân"), so an unknown city there is not read as a
    district-level one; "phường Lê Lợi, thành phố Vinh, tỉnh Nghệ An" still is."""
    if not _COMMUNE_BEFORE[accented].search(key[max(a0, at - 40):at]):
        return False
    return not _PROVINCE_AFTER[accented].match(key, name_end, b0)


def _proper_name(text: str, pos: int) -> tuple[str, int] | None:
    """The capitalised words after ``pos`` ("Lục Giang", "LỤC GIANG", "Tam Giang"), with their end; None
    when the next word is lower case ("Huyện ủy")."""
    words, end = [], pos
    while len(words) < 4:
        w = _WORD.match(text, end)
        if not w or not (w.group(1)[0].isupper() or (words and w.group(1).isdigit())):
            break
        words.append(w.group(1))
        end = w.end()
    return (" ".join(words), end) if words else None


@lru_cache(maxsize=256)
def _rx(cues: tuple[str, ...], accented: bool) -> re.Pattern:
    """Cues as one whole-word alternation, in one form only: accented text is matched with accented
    cues (the folded "quan" of "quận" would match "cơ quan"), unaccented text with folded cues."""
    form = normalize_tones if accented else fold_keep_length
    alts = []
    for c in sorted(cues, key=len, reverse=True):
        if c.startswith("re:"):
            alts.append(f"(?:{form(c[3:])})")
        else:
            alts.append(r"\s+".join(re.escape(w) for w in form(" ".join(c.split())).split(" ")))
    return re.compile(rf"(?<!\w)(?:{'|'.join(alts)})(?!\w)")


#: "(cũ)" right after a name (cue-matching key).
_FORMER_MARK = re.compile(r"\s*\(\s*(?:cũ|cu)\s*\)")
#: … or closing the body's name or a list after it: "Phòng Giáo dục và Đào tạo huyện Minh Sa (cũ)", "UBND các huyện,
#: thị xã (cũ)".
_FORMER_AFTER = re.compile(r"[^,;.()]{0,40}?(?:\s*(?:,|và|va)\s*[^,;.()]{1,30}?)*\s*\(\s*(?:cũ|cu)\s*\)")


def _level_hits(rule: Rule, ctx: Context, p, cited: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of paragraph ``p`` naming a body (``find: bodies``) or a place (``places``) of the abolished level."""
    d = rule.detect
    bodies = d["find"] == "bodies"
    key = p.key
    acc = has_marks(p.text)
    unit_re = _rx(tuple(d["units"]), acc)
    body_re = re.compile(r"(?:" + _rx((d["body_before"],), acc).pattern + r")\s*$")
    excl_re = _rx(tuple(d["exclude_before"]), acc) if d.get("exclude_before") else None
    hist_re = _rx(tuple(d["historical"]), acc)
    cities = {fold_issuer(c) for c in d.get("central_cities", ())} | _declared_central(ctx)
    hits = []
    for sent in _SENTENCE.finditer(key):
        a0, b0 = sent.span()
        marks = list(hist_re.finditer(key, a0, b0))
        # a historical account: "thị trấn Chợ Mới thuộc huyện Lục Giang (cũ)". For a body, when the only cue is a
        # "(cũ)" after a name, it marks that name alone: "các xã thuộc huyện Mái Chèo (cũ) gửi báo cáo qua UBND huyện
        # Mái Chèo" still sends to the district's UBND.
        former_only = bodies and bool(marks) and all(_FORMER_MARK.match(key, max(a0, m.start() - 2)) or
                                                     _FORMER_MARK.match(key, max(a0, m.start() - 1)) for m in marks)
        if marks and not former_only:
            continue
        n0 = len(hits)
        if bodies and d.get("patterns"):
            for m in _rx(tuple(d["patterns"]), acc).finditer(key, a0, b0):
                hits.append((m.start(), m.end()))
        for m in unit_re.finditer(key, a0, b0):
            unit = fold_issuer(m.group(0)).rstrip(".")
            unit = "thanh pho" if unit == "tp" else unit
            nm = _proper_name(p.text, m.end())
            name = nm[0] if nm and nm[1] <= b0 else None
            if unit == "thanh pho" and (not name or fold_issuer(name) in cities):
                continue  # "Thành phố" of a centrally-run city is a province
            if unit == "thanh pho" and not bodies and _ward_of_city(key, a0, m.start(), nm[1], b0, acc):
                continue  # "phường Cửa Bắc, thành phố Hải Vân": how a centrally-run city's ward is written
            if unit != "thi tran" and not name and not bodies:
                continue  # a place is named: "huyện Lục Giang"
            if d.get("named") and not name:
                continue  # ``named: true``: a bare "thị trấn" (in a list "xã, thị trấn") is not read
            before = key[max(a0, m.start() - 70):m.start()]
            if excl_re and re.search(r"(?:" + excl_re.pattern + r")\s*(?:nhân\s+dân\s+|nhan\s+dan\s+)?$", before):
                continue  # "Công an huyện", "Tòa án nhân dân huyện": not the administration
            bm = body_re.search(before)
            if bool(bm) != bodies:
                continue
            start = m.start() - len(before) + bm.start() if bm else m.start()
            hits.append((start, nm[1] if name else m.end()))
        if former_only:  # keep the mentions no "(cũ)" follows
            hits[n0:] = [h for h in hits[n0:] if not _FORMER_AFTER.match(key, h[1])]
    merged: list[tuple[int, int]] = []
    for a, b in sorted(h for h in hits if not any(x <= h[0] < y for x, y in cited)):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _recipient_paras(ctx: Context) -> list:
    """The paragraphs of a "Nơi nhận:" / "Kính gửi:" list (the heading paragraph and its "- …" items) and
    the requests the document addresses to a body ("Đề nghị Ủy ban nhân dân huyện …")."""
    return _request_paras(ctx)[0]


def _request_paras(ctx: Context, loose: bool = False) -> tuple[list, set[int]]:
    key = f"outdated_reference.requests.{loose}"
    if key not in ctx.memo:
        ctx.memo[key] = _find_request_paras(ctx, loose)
    return ctx.memo[key]


def _find_request_paras(ctx: Context, loose: bool) -> tuple[list, set[int]]:
    """(paragraphs, indices read loosely): ``_recipient_paras``, and with ``loose`` also what a report or letter asks
    for from now on without a request word of its own — every paragraph of a part headed "PHƯƠNG HƯỚNG, NHIỆM VỤ …"
    and a request list's paragraphs between its items ("d) Hồ sơ …" / "Hồ sơ gửi UBND cấp xã …"). The loose ones are
    returned apart: their sentences that recount the past are not requests (``_past_sentence``)."""
    out, loosely, inside, listed, proposals, directions = [], set(), False, False, False, False
    for p in ctx.doc.paras:
        if PROPOSALS_HEADING.match(p.key):
            proposals = True  # "III. KIẾN NGHỊ, ĐỀ XUẤT": every item under it is a request
            inside = listed = directions = False
            continue
        if loose and DIRECTIONS_HEADING.match(p.key):
            directions = True  # "IV. PHƯƠNG HƯỚNG NĂM 2027": what is to be done from now
            inside = listed = proposals = False
            continue
        if (proposals or directions) and (ROMAN_HEADING.match(p.text) or RECIPIENTS.match(p.key)):
            proposals = directions = False
        if proposals and LIST_ITEM.match(p.key):
            out.append(p)
            continue
        if directions and p.zone == "body":
            out.append(p)
            loosely.add(p.index)
            continue
        if REQUEST.match(p.key):
            out.append(p)
            inside = False
            listed = bool(REQUEST_LEAD.search(p.key))
        elif RECIPIENTS.match(p.key):
            out.append(p)
            inside, listed = True, False
        elif inside and ITEM.match(p.key):
            out.append(p)
        elif listed and LIST_ITEM.match(p.key):
            out.append(p)  # an item of "… đề nghị … các nội dung sau:"
        elif REQUEST_LEAD.search(p.key):
            out.append(p)
            inside, listed = False, True
        elif loose and listed and p.zone == "body" and not ROMAN_HEADING.match(p.text):
            out.append(p)  # a paragraph of an item that the reader cut after a full stop
            loosely.add(p.index)
        else:
            inside = listed = False
    return out, loosely


_QUOC_HIEU_AFTER = re.compile(r"\s+(?:CỘNG\s+HÒA|CỘNG\s+HOÀ|Cộng\s+hòa|Độc\s+lập|ĐỘC\s+LẬP)\b.*$")


def _spans_finding(rule: Rule, ctx: Context, p, spans, date, found=None) -> Finding:
    """One finding for a paragraph's matched spans: each distinct wording quoted once, pointing at the first."""
    if found is None:
        found = list(dict.fromkeys(" ".join(p.text[a:b].split()) for a, b in spans))
    ev = ctx.doc.evidence(p)
    ev = Evidence(ev.text, p.line_at(spans[0][0]), ev.end_line, ev.paragraph, ev.section)
    return finding(rule, ctx, ev, found="; ".join(found), date=vn_date(date))


def check_abolished_level(rule: Rule, ctx: Context) -> list[Finding]:
    where = rule.detect.get("where", "all")
    if where == "instructions":
        return check_abolished_level_instructions(rule, ctx)
    if where in ("dated", "fields", "articles"):
        return check_abolished_level_read(rule, ctx)
    if where in ("recipients", "issuer"):
        if ctx.normative:
            return []  # a normative text is read whole (``where: all``)
    elif not ctx.normative:
        return []  # reports and articles describe the past
    level = next((a for a in facts().abolished_levels if a.term == rule.detect["level"]), None)
    if level is None or level.effective > ctx.as_of or level.effective > reference_date(ctx):
        return []  # checked, or issued, before the reform: the district level existed
    if where in ("recipients", "issuer"):
        own = own_date(ctx.doc)
        if own is None or level.effective > own[0]:
            return []  # a report of unknown date may have been sent before the reform
    undated = where == "all" and _undated_time(ctx, level.effective)
    if undated == "before":
        return []  # an undated text whose own times all lie before the reform was written while the level existed
    spans_by_para: dict[int, list[tuple[int, int]]] = {}
    for m in ctx.mentions:
        spans_by_para.setdefault(m.para.index, []).append((m.start, _title_end(m)))
    out = []
    if where == "recipients":
        paras = _recipient_paras(ctx)
    elif where == "issuer":  # the lines above the type heading: who issues the text, and where, on its own date
        paras = list(itertools.takewhile(lambda q: q.zone == "header" and not DOC_TYPE_HEAD.match(q.text.strip()),
                                         ctx.doc.paras))
    else:
        paras = ctx.doc.zone(*WHERE[where])
        if rule.detect.get("skip_issuer"):
            # ``skip_issuer``: the lines above the type heading name who issues the text ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO /
            # HUYỆN … (cũ) / TRƯỜNG THCS …"), no task given nor report sent; the issuer rule reads them
            issuer = {q.index for q in itertools.takewhile(
                lambda q: q.zone == "header" and not DOC_TYPE_HEAD.match(q.text.strip()), ctx.doc.paras)}
            paras = [q for q in paras if q.index not in issuer]
    for p in paras:
        hits = _level_hits(rule, ctx, p, spans_by_para.get(p.index, []))
        if not hits:
            continue
        found = list(dict.fromkeys(" ".join(p.text[a:b].split()) for a, b in hits))
        if where == "issuer":  # a flattened two-column header: the quốc hiệu's column is not the place's name
            found = [_QUOC_HIEU_AFTER.split(x)[0] for x in found]
        f = _spans_finding(rule, ctx, p, hits, level.effective, found)
        if undated == "unknown" and f.severity in ("lỗi", "cảnh báo"):
            f = replace(f, severity="gợi ý", notes=f.notes + (
                f"Văn bản không ghi ngày ban hành (hay ngày công nhận) và không nêu thời điểm nào: không biết văn bản "
                f"được viết trước hay sau ngày {vn_date(level.effective)}. Nếu văn bản ban hành từ ngày này, "
                f"ghi theo đơn vị hành chính hiện hành.",))
        out.append(f)
    return out


def _undated_time(ctx: Context, reform: str) -> str:
    """When a text that is no draft bears no date of its own (``document_date``: no header date, no recognition, no
    date it records), what its own times say of when it was written: "before" when the latest time it names
    (``_latest_time``) lies before the reform — a plan of "hội nghị cuối năm 2024" without a date line, an excerpt of
    a hương ước of 2023 —, "unknown" when it names none, "" when it is dated, a draft (written now) or names a later
    time."""
    dd = document_date(ctx.doc, ctx.doc_type)
    if dd.iso or dd.draft or dd.year:
        return ""
    latest = _latest_time(ctx, own=True)
    if latest is None:
        return "unknown"
    return "before" if latest < reform else ""


def check_amended_not_cited(rule: Rule, ctx: Context) -> list[Finding]:
    cited_ids = set()
    for m in ctx.mentions:
        k, _ = ctx.identifier.identify(m.ref) if m.ref else (None, False)
        if k:
            cited_ids.add(k.doc_id)
    out, seen = [], set()
    for m in _mentions(rule, ctx):
        known, _ = ctx.identifier.identify(m.ref)
        if known is None or known.doc_id in seen:
            continue
        rels = [r for r in facts().relations_to(known.doc_id)
                if r.kind in ("amends", "supplements") and r.effective and r.effective <= ctx.as_of
                and r.by not in cited_ids]
        if not rels:
            continue
        seen.add(known.doc_id)
        by = ", ".join(dict.fromkeys(r.by for r in rels))
        basis = tuple(b for b in (ctx.resolver.fact(FactRef("document", r.by)) for r in rels)
                      if isinstance(b, Basis))
        out.append(finding(rule, ctx, _ev(ctx, m), basis=basis, doc=known.label, by=by,
                           date=vn_date(rels[0].effective), uncertain=any(r.mark == "open" for r in rels)))
    return out


def _central(ref, detect: dict) -> bool:
    """A document of the central state (a law, a decree, a Prime Minister's decision…), whose validity a
    legal database records; a commune's plan or decision is not."""
    if ref.doc_type in detect.get("central_types", ()):
        return True
    number = ref.number or ""
    return any(mark in number.upper() for mark in detect.get("central_marks", ()))


def check_unverified(rule: Rule, ctx: Context) -> list[Finding]:
    """One finding listing every central document cited that neither the KB nor the facts file knows."""
    docs: dict[str, list[int]] = {}
    first: Mention | None = None
    titles: dict[int, list[tuple[int, int]]] = {}
    for m in ctx.mentions:
        titles.setdefault(m.para.index, []).append((m.end, _title_end(m)))
    for m in _mentions(rule, ctx):
        ref = m.ref
        if not (ref.number or ref.name) or not _central(ref, rule.detect):
            continue
        if any(a <= m.start < b for a, b in titles.get(m.para.index, ())):
            continue  # named in the title of a cited law ("Luật số 97/2025/QH15 … của Luật Công đoàn")
        known, _ = ctx.identifier.identify(ref, reference_date(ctx))
        if known is not None:
            continue
        label = " ".join(x for x in (ref.doc_type, ("số " + ref.number) if ref.number else ref.name) if x)
        key = next((k for k in docs if fold_issuer(k) == fold_issuer(label)), label)
        docs.setdefault(key, []).append(m.line)
        first = first or m
    if first is None:
        return []
    listed = "; ".join(f"{d} (dòng {', '.join(map(str, dict.fromkeys(lines)))})" for d, lines in docs.items())
    return [finding(rule, ctx, _ev(ctx, first), docs=listed, count=len(docs))]


def check(rule: Rule, ctx: Context) -> list[Finding]:
    return guards.keep(rule, ctx, _check_unguarded(rule, ctx))  # the shared sentence guards (checker/guards.py)


def _check_unguarded(rule: Rule, ctx: Context) -> list[Finding]:
    return {"unverified": check_unverified,
        "ended": check_ended, "missing_provision": check_missing_provision,
        "wrong_date": check_wrong_date, "wrong_issuer": check_wrong_issuer,
        "abolished_level": check_abolished_level, "amended_not_cited": check_amended_not_cited,
        "old_own_rules": check_old_own_rules,
    }[rule.detect["check"]](rule, ctx)


#: An agency's own quy chế on democracy: "Quy chế thực hiện dân chủ trong hoạt động của cơ quan Sở", "quy chế dân chủ
#: của đơn vị" (folded).
_OWN_QUY_CHE = re.compile(r"(?<!\w)quy\s+che\s+(?:thuc\s+hien\s+)?dan\s+chu\s+(?:trong\s+hoat\s+dong\s+)?(?:cua|o|tai)\s+"
                          r"(?:co\s+quan|don\s+vi)(?!\w)")
#: Still applied, never remade: "tiếp tục được áp dụng, chưa sửa đổi", "vẫn thực hiện", "chưa được ban hành lại".
_STILL_APPLIED = re.compile(r"(?<!\w)(?:tiep\s+tuc\s+(?:duoc\s+)?(?:ap\s+dung|thuc\s+hien)|van\s+(?:duoc\s+)?(?:ap\s+dung|thuc\s+hien)"
                            r"|chua\s+(?:duoc\s+)?(?:sua\s+doi|ban\s+hanh\s+(?:lai|moi)|thay\s+the|cap\s+nhat|xay\s+dung\s+lai))(?!\w)")
#: A remaking under way or done: "đang rà soát, sửa đổi", "dự kiến ban hành mới trong quý I/2026", "đã được thay thế".
_REMADE = re.compile(r"(?<!\w)(?:dang|se|du\s+kien|ke\s+hoach|da\s+(?:duoc\s+)?(?:sua\s+doi|thay\s+the|ban\s+hanh\s+(?:lai|moi)))(?!\w)")


def check_old_own_rules(rule: Rule, ctx: Context) -> list[Finding]:
    """A report or letter dated after the Law took effect telling that the agency's own quy chế on democracy, issued
    on a day before it ("Quy chế … của cơ quan Sở ban hành theo Quyết định số 37/QĐ-… ngày 12/3/2019"), is still
    applied or was never amended ("tiếp tục được áp dụng, chưa sửa đổi"): advice to remake it under the Law (Art.
    59.1.a). Silent when the sentence tells a remaking under way or done, or names no date before the Law."""
    effective = "2023-07-01"
    own = own_date(ctx.doc)
    if ctx.normative or own is None or own[0] < effective:
        return []
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = p.folded
        for sent in _SENTENCE.finditer(f):
            s = sent.group(0)
            q, still = _OWN_QUY_CHE.search(s), _STILL_APPLIED.search(s)
            if not q or not still or _REMADE.search(f[sent.start():]):  # "…; Sở đang rà soát để ban hành mới"
                continue
            days = find_dates(s)
            if len(days) != 1 or days[0].value.isoformat() >= effective:
                continue
            a, b = sent.start() + min(q.start(), still.start()), sent.start() + max(q.end(), still.end())
            ev = ctx.doc.evidence(p, a, b)
            out.append(finding(rule, ctx, ev, found=p.text[a:b].strip(),
                               date=days[0].value.strftime("%d/%m/%Y")))
    return out


# -- a letter that instructs a body of the abolished level ---------------------------------------------------
# ``where: instructions``: a letter or guidance (not a normative text) dated after the reform that gives a task to a
# body of the abolished level — "Phòng Nội vụ các huyện tiếp tục tổng hợp kết quả … gửi Sở Nội vụ trước ngày
# 15/01/2027", "UBND các huyện chỉ đạo các xã …". Only a sentence that instructs (a task word, no word of the past,
# no year before the reform) counts: a letter also recounts what the district did before it was abolished.
INSTRUCTS = re.compile(
    r"(?<!\w)(?:tiếp\s+tục|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|chủ\s+trì|chủ\s+động|chỉ\s+đạo|hướng\s+dẫn|"
    r"tổng\s+hợp|triển\s+khai|tổ\s+chức\s+thực\s+hiện|thực\s+hiện|kiểm\s+tra|theo\s+dõi|rà\s+soát|báo\s+cáo|gửi|"
    r"giao|yêu\s+cầu|đề\s+nghị|phối\s+hợp|hoàn\s+thành|trước\s+ngày|"
    r"chuyển(?!\s+(?:giao|đổi|tiếp|công\s+tác))(?:(?:\s+[^\W\d_]+){0,6}?\s+(?:đến|tới|lên|về))?|sẽ)(?!\w)", re.IGNORECASE)
PAST_WORDS = re.compile(r"(?<!\w)(?:đã|vừa|từng|đã\s+từng|trước\s+đó|khi\s+đó|lúc\s+đó|giai\s+đoạn)(?!\w)", re.IGNORECASE)
ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


#: A month of a year: "tháng 4/2025", "tháng 4 năm 2025", "04/2025" (folded text, after the full dates are cut out).
_MONTH_YEAR = re.compile(r"(?<![\d/.])(?:thang\s+)?(\d{1,2})\s*(?:/|\s+nam\s+)\s*((?:19|20)\d\d)(?!\d)")


def _time_before(words: str, effective: str) -> bool:
    """The sentence places what it tells before ``effective`` (ISO date): a full date before it ("ngày 12/5/2025"),
    a month before its month ("tháng 4/2025"), or a bare year up to its year ("năm 2024"; "năm 2025" may be before it,
    so it counts too). A date after it — a deadline "trước ngày 30/9/2025" in minutes of August 2025 — is not history:
    the year alone read it as such (unseen69 u69-06 L26, unseen73 u73-08 L31)."""
    folded = fold_keep_length(words).lower()
    cut = folded
    for d in find_dates(folded):
        if d.value.isoformat() < effective:
            return True
        cut = cut[:d.start] + " " * (d.end - d.start) + cut[d.end:]
    year, month = int(effective[:4]), int(effective[5:7])
    for m in _MONTH_YEAR.finditer(cut):
        if 1 <= int(m.group(1)) <= 12:
            if (int(m.group(2)), int(m.group(1))) < (year, month):
                return True
            cut = cut[:m.start()] + " " * (m.end() - m.start()) + cut[m.end():]
    return any(int(y) <= year for y in ANY_YEAR.findall(cut))


def check_abolished_level_instructions(rule: Rule, ctx: Context) -> list[Finding]:
    if ctx.normative:
        return []  # a normative text is read whole by ``where: all``
    level = next((a for a in facts().abolished_levels if a.term == rule.detect["level"]), None)
    if level is None or level.effective > ctx.as_of or level.effective > reference_date(ctx):
        return []
    own = own_date(ctx.doc, meeting=True)  # minutes dated by their meeting
    if own is None or level.effective > own[0]:
        return []  # a letter of unknown date may have been sent before the reform
    spans_by_para: dict[int, list[tuple[int, int]]] = {}
    for m in ctx.mentions:
        spans_by_para.setdefault(m.para.index, []).append((m.start, _title_end(m)))
    out = []
    requests = {p.index for p in _recipient_paras(ctx)}  # read by ``where: recipients``
    for p in ctx.doc.zone(*WHERE["instructions"]):
        if p.index in requests:
            continue
        text = p.key
        keep = []
        for a, b in _level_hits(rule, ctx, p, spans_by_para.get(p.index, [])):
            sent = next((m.span() for m in _SENTENCE.finditer(text) if m.start() <= a < m.end()), (0, len(text)))
            words = text[sent[0]:sent[1]]
            if not INSTRUCTS.search(words) or PAST_WORDS.search(words):
                continue
            if _time_before(words, level.effective):
                continue  # "tháng 4/2025 UBND huyện hướng dẫn …": the time before the reform
            keep.append((a, b))
        if not keep:
            continue
        out.append(_spans_finding(rule, ctx, p, keep, level.effective))
    return out


# -- what a guidance letter tells its addressees to do ------------------------------------------------------
# ``where: guidance`` (``ended``): a letter that guides ("Sở Nội vụ hướng dẫn như sau:", "… hướng dẫn một số nội dung
# sau:") sets out, in every numbered part after that lead and up to "Nơi nhận:", what its addressees are to do from
# now — "d) Các xã, phường hướng dẫn thôn tiếp tục sử dụng mẫu biên bản theo Pháp lệnh số 34/2007/PL-UBTVQH11". A
# sentence with a word of the past ("đã", "trước ngày") or a date or year outside a document number is history, and
# the requests ("Đề nghị …") are read by ``where: recipients``.
GUIDE_LEAD = re.compile(r"(?<!\w)(?:hướng\s+dẫn|huong\s+dan)\s[^:]{0,60}?(?:như\s+sau|nhu\s+sau|sau|cụ\s+thể|cu\s+the)\s*:\s*$")


def _guidance_paras(ctx: Context) -> list:
    """The body paragraphs after a guidance lead, up to the list of recipients (not the requests)."""
    requests = {p.index for p in _recipient_paras(ctx)}
    out, inside = [], False
    for p in ctx.doc.paras:
        if RECIPIENTS.match(p.key):
            inside = False
        elif GUIDE_LEAD.search(p.key):  # "… hướng dẫn như sau:", not "Năm 2022, huyện đã hướng dẫn như sau:"
            inside = not _past_sentence(p.key, len(p.key.rstrip()) - 1)
        elif inside and p.zone in WHERE["guidance"] and p.index not in requests:
            out.append(p)
    return out


#: Words before a mention in its clause that make it the object of the account, not the rule the actors followed:
#: "rà soát, sửa đổi hương ước xây dựng theo …", "Hương ước được công nhận theo …", "bãi bỏ quy chế ban hành theo …".
_NOT_APPLIED = re.compile(r"(?<!\w)(?:rà\s+soát|ra\s+soat|sửa\s+đổi|sua\s+doi|sửa|bổ\s+sung|bo\s+sung|bãi\s+bỏ|bai\s+bo|"
                          r"hủy\s+bỏ|huy\s+bo|thay\s+thế|thay\s+the|cũ|(?:được|duoc)\s+(?:công\s+nhận|cong\s+nhan|phê\s+duyệt|phe\s+duyet|ban\s+hành|ban\s+hanh|xây\s+dựng|xay\s+dung|lập|lap|thành\s+lập|thanh\s+lap|bầu|bau|ký|ky|thông\s+qua|thong\s+qua)|đã\s+có|da\s+co|còn\s+ghi|con\s+ghi|"
                          r"vẫn\s+ghi|van\s+ghi|ghi|dẫn\s+chiếu|viện\s+dẫn|vien\s+dan|nhầm|nham|sai|phát\s+hiện|phat\s+hien)(?!\w)",
                          re.IGNORECASE)
_APPLIED_CUE = re.compile(r"(?<!\w)(?:thực\s+hiện|thuc\s+hien|theo|áp\s+dụng|ap\s+dung|căn\s+cứ|can\s+cu|"
                          r"quy\s+định\s+tại|quy\s+dinh\s+tai|triển\s+khai|trien\s+khai)"
                          r"(?:\s+(?:trình\s+tự|trinh\s+tu|quy\s+trình|quy\s+trinh|hướng\s+dẫn|huong\s+dan|quy\s+định|"
                          r"quy\s+dinh|mẫu|mau|nội\s+dung|noi\s+dung))?(?:\s+(?:của|cua|tại|tai))?\s*$", re.IGNORECASE)


def _period_years(ctx: Context) -> tuple[int, ...]:
    """The years a report's title names as its period (none: the report's period is not read)."""
    # s20-ic (u59-04): not the year inside a document's number ("… Pháp lệnh số 34/2007/PL-UBTVQH11" read with the
    # title of a 2024 report whose first line carries it out)
    return tuple(int(y) for y in ANY_YEAR.findall(_DOC_NUMBER.sub(" ", ctx.doc.title_text or "")))  # "… năm 2025"


#: Documents named before the mention in one list under one cue: "theo Luật Thực hiện dân chủ ở cơ sở và Nghị định
#: số 159/2016/NĐ-CP": the cue applies each of them (key text; cut off to find the cue).
_COORDINATED = re.compile(r"(?:(?<=\s)(?:luật|luat|nghị\s+định|nghi\s+dinh|quyết\s+định|quyet\s+dinh|pháp\s+lệnh|phap\s+lenh|"
                          r"nghị\s+quyết|nghi\s+quyet|thông\s+tư|thong\s+tu)\s[^;:.()]{0,90}?\s*(?:,|\svà|\sva)\s*)+$",
                          re.IGNORECASE)


#: s19-ic (u67-11 l.25): a body's standing basis told in the present — "Ban Thanh tra nhân dân (06 thành viên) hoạt
#: động theo Nghị định số 159/2016/NĐ-CP" — is true on the report's own date, whatever part of its period came before.
_STANDING_CUE = re.compile(r"(?<!\w)(?:(?:to\s+chuc\s+va\s+)?hoat\s+dong|lam\s+viec|van\s+hanh)\s+theo\s*$")
#: Words that put the standing basis in the past or the period's first part: "đã", "trước", "6 tháng đầu năm".
_STANDING_PAST = re.compile(r"(?<!\w)(?:da|truoc|dau\s+nam|thang\s+dau|quy\s+i|tu\s+dau|den\s+thang|den\s+ngay|khi)(?!\w)")


def _applied_in_period(key: str, start: int, period: tuple[int, ...], end: str | None, own: str | None = None) -> bool:
    """A report whose title names only years after ``end`` recounts, in a sentence with no earlier date or year
    and no word of the past document ("trước đây", "cũ"), that its actors did a thing under the ended document:
    "Thực hiện Quyết định số 22/2018/QĐ-TTg, xã đã hướng dẫn 07 thôn …", "Ban … hoạt động theo Nghị định …".
    A period of the year the document ended (a report on 2023 of a decree ended 08/8/2023) counts only for a body's
    standing basis told in the present ("Ban … hoạt động theo …") in a report dated after the end."""
    if not end or not period:
        return False
    straddles = min(period) <= int(end[:4])
    if straddles and not (min(period) == int(end[:4]) and own and own > end):
        return False
    sent_m = next((m for m in _SENTENCE.finditer(key) if m.start() <= start < m.end()), None)
    if sent_m is None:
        return False
    sent = sent_m.group(0)
    bare = _DOC_NUMBER.sub(" ", sent)
    if _BEFORE_WORDS.search(sent) or any(int(y) < int(end[:4]) or (not straddles and int(y) == int(end[:4]))
                                         for y in ANY_YEAR.findall(bare)):
        return False
    head = _COORDINATED.sub("", key[max(sent_m.start(), _clause_start(key, start, 160)):start])
    if not _APPLIED_CUE.search(head[-30:]) or _NOT_APPLIED.search(head):
        return False
    if straddles and (not _STANDING_CUE.search(fold_keep_length(head).lower())
                      or _STANDING_PAST.search(fold_keep_length(head).lower())):
        return False
    return not _NOT_OWN_ACT.search(sent)


#: A sentence about another time ("Khi còn cấp huyện, …", "giai đoạn trước") or that reports a fault to correct
#: ("một số xã vẫn thực hiện … theo …, do chưa cập nhật văn bản mới"): not the report's own act under the old text.
_NOT_OWN_ACT = re.compile(r"(?<!\w)(?:giai\s+đoạn|giai\s+doan|khi\s+đó|khi\s+do|lúc\s+đó|luc\s+do|từng|tung|khi\s+còn|khi\s+con|"
                          r"khi\s+chưa|khi\s+chua|thời\s+kỳ|thoi\s+ky|vẫn|van|chưa\s+cập\s+nhật|chua\s+cap\s+nhat|"
                          r"chấn\s+chỉnh|chan\s+chinh|khắc\s+phục|khac\s+phuc|không\s+đúng|khong\s+dung|sai|"
                          r"một\s+số|mot\s+so|hạn\s+chế|han\s+che|tồn\s+tại|ton\s+tai|thiếu\s+sót|thieu\s+sot)(?!\w)",
                          re.IGNORECASE)
#: A part of a report on its shortcomings: "III. HẠN CHẾ", "3. Tồn tại, khó khăn": what it tells is a fault found.
_FAULTS_HEADING = re.compile(r"^\s*(?:[ivxlc]+|\d{1,2})[.)]\s*(?:những\s+|nhung\s+)?(?:hạn\s+chế|han\s+che|tồn\s+tại|ton\s+tai|"
                             r"khó\s+khăn|kho\s+khan|vướng\s+mắc|vuong\s+mac|thiếu\s+sót|thieu\s+sot|nguyên\s+nhân|nguyen\s+nhan)",
                             re.IGNORECASE)


def _under_faults(ctx: Context, para) -> bool:
    """Is ``para`` in a report's part on its shortcomings (after "III. HẠN CHẾ" and before the next such heading)?"""
    under = False
    for p in ctx.doc.paras:
        if p.index >= para.index:
            return under
        if ROMAN_HEADING.match(p.text) or re.match(r"^\s*\d{1,2}[.)]\s*[A-ZĐÀ-Ỹ ,]{6,}$", p.text):
            under = bool(_FAULTS_HEADING.match(p.key))
        elif _FAULTS_HEADING.match(p.key) and len(p.key) < 80:
            under = True
    return under


def _past_sentence(key: str, start: int) -> bool:
    """Does the sentence holding ``start`` recount the past: a word of the past, "trước ngày", or a date or a year
    outside the numbers of the documents it cites ("được phê duyệt trước ngày 16/8/2023 theo Quyết định số
    22/2018/QĐ-TTg", "năm 2019")?"""
    sent = next((m.group(0) for m in _SENTENCE.finditer(key) if m.start() <= start < m.end()), key)
    bare = _DOC_NUMBER.sub(" ", sent)
    return bool(PAST_WORDS.search(sent) or _BEFORE_WORDS.search(sent) or ANY_YEAR.search(bare))


#: "34/2007/PL-UBTVQH11", "22/2018/QĐ-TTg": a document's number, whose year says nothing of when — nor do the date
#: written after it ("… số 22/2018/QĐ-TTg ngày 08/5/2018", "… ngày 16 tháng 8 năm 2023") and its entry into force
#: ("… số 10/2022/QH15 (có hiệu lực từ ngày 01/7/2023)"): they name the document, not an act of the past.
_DOC_NUMBER = re.compile(r"\((?:có|co)\s+(?:hiệu|hieu)\s+(?:lực|luc)[^()]{0,40}\)|\d{1,5}/(?:19|20)\d\d/[^\s,;.()]+"
                         r"(?:\s*\((?:có\s+hiệu\s+lực|co\s+hieu\s+luc)[^()]{0,40}\))?"
                         r"(?:\s+(?:ngày|ngay)\s+\d{1,2}(?:\s*/\s*\d{1,2}\s*/\s*|\s+(?:tháng|thang)\s+\d{1,2}\s+(?:năm|nam)\s+)"
                         r"(?:19|20)\d\d(?!\d))?")
_BEFORE_WORDS = re.compile(r"(?<!\w)(?:trước\s+ngày|trước\s+năm|trước\s+khi|trước\s+đây|truoc\s+ngay|truoc\s+nam|"
                           r"truoc\s+khi|truoc\s+day)(?!\w)", re.IGNORECASE)


# -- what a report, letter or notice recounts or states as now ----------------------------------------------
# ``where: dated`` (not a normative text, dated on or after the reform): a sentence that dates the act it speaks of on
# or after the reform — "Trong tháng 9/2026, UBND xã đã lập hồ sơ trình Ủy ban nhân dân huyện Thuổng Sắt công nhận",
# a table row "| Xí nghiệp số 3 (thị trấn Bình Sa, huyện Lạc Nguyên) | 11/2025 |" — names a body (or a place) of the
# abolished level as acting, receiving or existing then. A sentence that also names a time before the reform, a year
# alone of the reform's year ("năm 2025"), or a word of history is not read.
# ``where: fields``: a field of the document's present facts ("Chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng huyện
# Tà Vân", "… do Ban QLDA huyện … làm chủ đầu tư") names such a body; undated, it states the present.
# ``where: articles``: a text of unknown type written as articles ("Điều 1. …", "Điều 2. …" — a cooperative's quy chế
# the type reader did not know) is read whole, as ``where: all`` reads a normative text.
_DATE_FULL = re.compile(r"(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?!\d)")
_DATE_WORDS = re.compile(r"(?<!\w)(?:ngày|ngay)\s+(\d{1,2})\s+(?:tháng|thang)\s+(\d{1,2})\s+(?:năm|nam)\s+((?:19|20)\d\d)(?!\d)")
_MONTH_YEAR = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*((?:19|20)\d\d)(?![\d/])|(?<!\w)(?:tháng|thang)\s+(\d{1,2})\s+(?:năm|nam)\s+((?:19|20)\d\d)(?!\d)")
_YEAR = re.compile(r"(?<![\d/])((?:19|20)\d\d)(?![\d/])")
#: "Số: 214/BC-UBND", "Quyết định số 12/QĐ-UBND": a document's number is not a date.
_NUMBER_WORDS = re.compile(r"(?<!\w)(?:số|so)\s*:?\s*[^\s,;]+")


def _act_time(sentence: str, reform: str) -> bool | None:
    """When the sentence dates what it speaks of: True when every date, month or year it names (outside the numbers
    and dates of the documents it cites) is on or after ``reform`` and one is; False when one is before it or is the
    reform's year alone (it may be before); None when it names none."""
    bare = _NUMBER_WORDS.sub(lambda m: " " * len(m.group(0)), _DOC_NUMBER.sub(lambda m: " " * len(m.group(0)), sentence))
    ry, rm = int(reform[:4]), int(reform[5:7])
    found = False
    taken: list[tuple[int, int]] = []

    def free(m) -> bool:
        return not any(a <= m.start() < b for a, b in taken)

    def before(m) -> bool:  # "trước ngày 01/7/2025 thuộc …": a time before that date
        return bool(_BEFORE_TIME.search(bare, max(0, m.start() - 16), m.start()))

    for rx in (_DATE_FULL, _DATE_WORDS):
        for m in rx.finditer(bare):
            d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            taken.append(m.span())
            if not (1 <= mo <= 12 and 1 <= d <= 31) or before(m):
                return False
            if f"{y:04d}-{mo:02d}-{d:02d}" < reform:
                return False
            found = True
    for m in _MONTH_YEAR.finditer(bare):
        if not free(m):
            continue
        mo, y = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(3)), int(m.group(4)))
        taken.append(m.span())
        if not 1 <= mo <= 12 or (y, mo) < (ry, rm) or before(m):
            return False
        found = True
    for m in _YEAR.finditer(bare):
        if not free(m):
            continue
        if int(m.group(1)) <= ry or before(m):
            return False
        found = True
    return True if found else None


_BEFORE_TIME = re.compile(r"(?<!\w)(?:trước|truoc)(?:\s+(?:ngày|ngay|tháng|thang|năm|nam))?\s*$")
_ANY_YEAR_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _latest_time(ctx: Context, own: bool = False) -> str | None:
    """The latest time a text of unknown date names (outside the numbers of the documents it cites): a full date as
    it is, a year alone as its first day ("…/…/2026", a draft's blank date, gives 2026-01-01). ``own``: leave out the
    dates of the documents it cites (the spans of the citation engine's mentions, ``ctx.mentions``, that carry an issue
    date: "Quyết định số 30/QĐ-UBND ngày 05/01/2024"), which tell when those were issued, not when this one was."""
    best = None
    cited: dict[int, list[tuple[int, int]]] = {}
    if own:
        for m in ctx.mentions:
            if any(t.doc is not None and t.doc.issued for t in m.found.targets):
                cited.setdefault(m.para.index, []).append((m.start, m.end))
    for p in ctx.doc.paras:
        bare = _DOC_NUMBER.sub(lambda m: " " * len(m.group(0)), p.key)
        if len(bare) == len(p.text):
            for a, b in cited.get(p.index, ()):
                bare = bare[:a] + " " * (b - a) + bare[b:]
        for rx in (_DATE_FULL, _DATE_WORDS):
            for m in rx.finditer(bare):
                d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
                if 1 <= mo <= 12 and 1 <= d <= 31:
                    t = f"{y:04d}-{mo:02d}-{d:02d}"
                    best = t if best is None or t > best else best
        for m in _ANY_YEAR_IN_TEXT.finditer(bare):
            t = f"{m.group(1)}-01-01"
            best = t if best is None or t > best else best
    return best


def _written_as_articles(ctx: Context) -> bool:
    """Does a text of unknown type set out articles ("Điều 1. …" … "Điều 3. …"), as a quy chế or a quy định does?"""
    n = {m.group(1) for p in ctx.doc.paras if (m := _ARTICLE_HEAD.match(p.text))}
    return len(n) >= 3


_ARTICLE_HEAD = re.compile(r"^\s*(?:Điều|ĐIỀU|Dieu|DIEU)\s+(\d{1,3})\s*[.:]")


#: A line of minutes naming who attended: "Khách mời: bà A, công chức UBND thị trấn …", "Thành phần tham dự: …".
_ATTENDING_LINE = re.compile(r"^\s*(?:[-+•*]\s*)?(?:khách\s+mời|khach\s+moi|đại\s+biểu\s+(?:mời|dự)|dai\s+bieu\s+(?:moi|du)|"
                             r"thành\s+phần|thanh\s+phan|có\s+mặt|co\s+mat|tham\s+dự|tham\s+du|mời\s+dự|moi\s+du)[^:.;]{0,40}:")
_ATTENDING_HEAD = re.compile(r"^\s*(?:[ivxlc]+|\d{1,2}|[a-z])[.)]\s*(?:thành\s+phần|thanh\s+phan)")


def _attendance(ctx: Context, para) -> bool:
    """Is ``para`` in the attendance of minutes ("BIÊN BẢN …"): a line "Khách mời: …", "Thành phần: …", or a line
    of the part headed "I. THÀNH PHẦN"? Those attending are named as they were on the meeting's day."""
    kind = f"{ctx.doc.header.doc_type or ''} {ctx.doc.title_text or ''}"
    if "bien ban" not in fold_keep_length(kind).lower():
        return False
    if _ATTENDING_LINE.match(para.key):
        return True
    for p in reversed([q for q in ctx.doc.paras if q.index < para.index]):
        if re.match(r"^\s*(?:[ivxlc]+|\d{1,2})[.)]\s", p.key) and p.key[:40].upper() == p.text[:40].upper() \
                and p.text[:40] == p.text[:40].upper():
            return bool(_ATTENDING_HEAD.match(p.key))  # the nearest heading in capitals
    return False


#: "… ngày 02/6/2026 của ", "… ngày 02 tháng 6 năm 2026 của ": the date a cited document was issued, its issuer next
#: (folded, lower case; the end of the text before a body named).
_ISSUED_ON = re.compile(r"(?<!\w)ngay\s+(?P<d>\d{1,2})(?:\s*/\s*|\s+thang\s+)(?P<m>\d{1,2})(?:\s*/\s*|\s+nam\s+)(?P<y>\d{4})"
                        r"\s*(?:cua\s+)?$")


#: s18-ic (u63-10 l.18): the text hands a matter on to the body for it to act — "đơn … đã được chuyển đến Ủy ban nhân
#: dân thành phố … để giải quyết theo thẩm quyền", "gửi hồ sơ lên Phòng … để thẩm định": the body is to act after
#: the text's own date, so it exists then (folded: the words before the body, and after it).
_HANDED_BEFORE = re.compile(r"(?<!\w)(?:chuyen|chuyen\s+tiep|gui|trinh|bao\s+cao)(?:\s+(?:ho\s+so|don|don\s+thu|van\s+ban))?"
                            r"\s+(?:den|toi|len|ve|sang|cho)?\s*$")
_HANDED_AFTER = re.compile(r"^\s*,?\s*(?:de|nham)\s+(?:xem\s+xet|giai\s+quyet|xu\s+ly|tham\s+dinh|phe\s+duyet|cong\s+nhan|"
                           r"ra\s+quyet\s+dinh|quyet\s+dinh|chi\s+dao|cho\s+y\s+kien|tra\s+loi)(?!\w)")


def _handed_on(text: str, a: int, b: int) -> bool:
    folded = fold_keep_length(text).lower()
    return bool(_HANDED_BEFORE.search(folded[max(0, a - 40):a]) and _HANDED_AFTER.match(folded[b:b + 40]))


def check_abolished_level_read(rule: Rule, ctx: Context) -> list[Finding]:
    d = rule.detect
    where = d["where"]
    if where == "articles":
        if ctx.normative or ctx.doc_type or not _written_as_articles(ctx):
            return []  # a text of a known type is read by its own rules (OR-06); a letter's items are not articles
    elif where == "dated" and ctx.normative:
        return []  # a normative text is read whole by ``where: all``
    level = next((a for a in facts().abolished_levels if a.term == d["level"]), None)
    if level is None or level.effective > ctx.as_of or level.effective > reference_date(ctx):
        return []
    own = own_date(ctx.doc, meeting=where == "dated")
    if where == "articles" and own is None:
        latest = _latest_time(ctx)  # an undated draft: "Quy chế có hiệu lực từ ngày …/…/2026"
        own = (latest, False) if latest else None
    if own is None or level.effective > own[0]:
        return []  # a text of unknown date may have been written before the reform
    reform = level.effective
    spans_by_para: dict[int, list[tuple[int, int]]] = {}
    for m in ctx.mentions:
        spans_by_para.setdefault(m.para.index, []).append((m.start, _title_end(m)))
    requests = {p.index for p in _recipient_paras(ctx)} if where != "articles" else set()
    out = []
    for p in ctx.doc.zone(*WHERE[where], *(("basis",) if where == "dated" else ())):
        basis_para = where != "articles" and (p.zone == "basis" or zone_of(p, ctx) == "basis")
        if p.index in requests or (basis_para and where != "dated"):
            continue  # the requests and the recipients are read by ``where: recipients``; a Căn cứ names documents
        text = p.key
        acc = has_marks(p.text)
        keep = []
        cited = spans_by_para.get(p.index, [])
        for a, b in _level_hits(rule, ctx, p, [] if where == "dated" else cited):
            if basis_para or any(x <= a < y for x, y in cited):
                # a Căn cứ or a cited document's issuer: only a document the district body issued on or after the
                # reform ("Thực hiện Công văn số 112/UBND-NV ngày 02/6/2026 của Ủy ban nhân dân huyện …") says it acted
                iss = _ISSUED_ON.search(fold_keep_length(text[max(0, a - 60):a]).lower())
                if iss and f"{int(iss.group('y')):04d}-{int(iss.group('m')):02d}-{int(iss.group('d')):02d}" >= reform \
                        and 1 <= int(iss.group("m")) <= 12:
                    keep.append((a, b))
                continue
            sent = next((m.span() for m in _SENTENCE.finditer(text) if m.start() <= a < m.end()), (0, len(text)))
            words = text[sent[0]:sent[1]]
            when = _act_time(words, reform)
            if where == "dated" and when is None and _attendance(ctx, p):
                when = True  # minutes' list of those attending: the meeting's day, the minutes' own date
            if where == "dated" and when is None and _handed_on(text, a, b):
                when = True  # "… đã được chuyển đến UBND thành phố … để giải quyết": the body is to act after the text
            if where == "dated" and when is None and d.get("find") == "places" and _notice(ctx) \
                    and not _PAST_WORDS.search(fold_keep_length(words).lower()):
                when = True  # a notice's undated sentence tells where things are now: "Địa điểm niêm yết: … thị trấn …"
            if where == "dated" and when is not True:
                continue
            if where != "dated" and when is False:
                continue  # "… theo Quyết định … ngày 12/3/2024 của UBND huyện …": what was done then
            if where == "fields":
                lead = text[max(sent[0], a - 60):a]
                cut = max(lead.rfind(";"), lead.rfind(","))
                lead = lead[cut + 1:] if cut >= 0 else lead
                if not (_rx(tuple(d["fields"]), acc).search(lead) and re.search(r":\s*$", lead)) and \
                        not _ROLE_AFTER[acc].match(text, b):
                    continue
            keep.append((a, b))
        if not keep:
            continue
        out.append(_spans_finding(rule, ctx, p, keep, reform))
    return out


#: s19-ic (u67-06 l.20): a notice ("THÔNG BÁO …") tells, in its undated sentences, what holds on its own date.
_PAST_WORDS = re.compile(r"(?<!\w)(?:da|truoc|cu|nam\s+(?:19|20)\d\d|nay\s+la|nay\s+thuoc|sap\s+nhap|sap\s+xep|hop\s+nhat)(?!\w)")


def _notice(ctx: Context) -> bool:
    """A notice: its type or title, or a heading line among its first ones, opens with "THÔNG BÁO" (a title run into
    the place-and-date line: "Phù Ngạn, ngày 05 tháng 8 năm 2025 THÔNG BÁO Về việc …")."""
    kind = f"{ctx.doc.header.doc_type or ''} {ctx.doc.title_text or ''}"
    if fold_keep_length(kind).lower().lstrip().startswith("thong bao"):
        return True
    return any(re.search(r"(?:^|\d{4}\s+)THÔNG\s+BÁO(?!\w)", raw.strip()) for raw in ctx.doc.raw_lines[:8])


#: "… Ban QLDA huyện Tà Vân làm chủ đầu tư": the role follows the body.
_ROLE_AFTER = _both_forms(r"\s*(?:\(\s*cũ\s*\)\s*)?(?:là|làm|được\s+giao\s+làm)\s+(?:chủ\s+đầu\s+tư|đại\s+diện\s+chủ\s+đầu\s+tư|cơ\s+quan\s+chủ\s+quản)(?!\w)")
