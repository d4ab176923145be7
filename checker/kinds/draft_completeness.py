"""Kind 5 — draft completeness: blanks left in a draft, missing Căn cứ, missing effective date.

Blanks are read from the raw input lines (extraction keeps the spaces a
drafter left: "Tờ trình số       /TTr-UBND ngày    tháng   năm 2024"). An
ellipsis that ends an enumeration ("…, tổ dân phố...", "hành chính công ...
Qua đó") is not a blank: a run of dots counts only when it is long (≥ 5), or
follows a word that takes a number (số, ngày, tháng, năm, thứ, khóa …), or
stands before "/" (the number slot of "…/NQ-HĐND") or before a unit it counts ("gồm … thành viên",
"trong …. ngày", "đạt … %"), or before a bracketed instruction to the
drafter ("đăng tải trên … (ghi tên trang thông tin điện tử của xã)", "tại …. [điền địa điểm]").

detect: {check: placeholders, zones: [header | basis | preamble | body | closing]}
        {check: missing_basis}
        {check: missing_effective, cues: [...]}
"""
from __future__ import annotations

import re

from checker.kinds import Context, any_cue, check_cues, check_keys, finding
from checker.docdate import is_draft
from checker.kinds.required_content import declared_extract, title_evidence
from checker.model import Evidence, Finding, Rule
from checker.text import fold_keep_length

ZONES = ("header", "basis", "preamble", "body", "closing")
KEYWORDS = r"(?:so|ngay|thang|nam|thu|khoa|lan|dieu|khoan|thon|xa|phuong|ong|ba|to|ho ten|ky hop thu|nhiem ky)"
DOTS = r"(?:\.{3,}|…+|_{3,}|(?:\.\s?){3,})"
#: Keywords naming a place or a person: three dots after them at the end of a clause end an enumeration.
PLACE_WORDS = ("thon", "xa", "phuong", "to", "ong", "ba")
PLACEHOLDER = re.compile(
    rf"""
      [.…_]{{5,}}                                   # a long dotted or underlined blank
    | …{{2,}}                                       # "……" (two ellipsis characters)
    | (?P<kw>(?<![\w]){KEYWORDS}\s*:?\s*{DOTS})      # "ngày .....", "kỳ họp thứ …"
    | (?:^|(?<=\s)){DOTS}\s*/                       # "......./BC-HĐND"
    | (?<![\w])so\s*:?\s*/(?=\s*(?:[a-z]|\d{{4}}/))   # "Số: /BC-UBND", "số   /TTr-UBND", "Số: /2026/NQ-HĐND"
    | (?<![\w])ngay(?:\s|[.…_])+thang(?!\s+nam\s+sinh)(?!\w)   # day left blank
    | (?<![\w])ngay\s*:?\s*/\s*/\s*\d{{4}}                # "ngày    /    /2026"
    | (?<![\w])thang(?:\s|[.…_])+nam(?!\s+sinh)(?!\w)          # month left blank
    | (?:…|\.{{3,}}|_{{3,}})\s*[(\[]\s*(?:ghi(?!\s+chu)|dien|neu|chen|ten|dia\s+diem|ho\s+ten|chuc\s+vu|thoi\s+gian)\b
                                                    # "trên … (ghi tên trang thông tin điện tử)", "tại … (địa điểm)"
    | \[\s*(?:ten|ghi|dien|dia\s+diem|ho\s+ten)\b[^\]\n]{{0,40}}\]   # "Thôn [tên thôn]"
    | (?<![\w])so\s*:?\s*x{{2,}}\s*/                   # "Số: XX/QĐ-UBND"
    | (?<![\w])ngay\s+x{{1,2}}(?=\s+thang|\s*/)        # "ngày xx tháng …", "ngày xx/xx/2026"
    | (?<![\w])thang\s+x{{1,2}}(?![\w])                # "tháng xx"
    | (?:^|(?<=\s)){DOTS}\s*(?=(?:thanh\s+vien|uy\s+vien|pho\s+truong\s+ban|dai\s+bieu|ngay(?!\s+(?:cang|nay|mai|le|hoi|dem))|thang(?!\s+(?:lon|loi))|phan\s+tram|%|nguoi(?!\s+(?:dan|lao|dung|dan\s+toc|co\s+cong|cao|khuyet|nuoc|dai|dung\s+dau)))(?![\w]))
                                                    # a count left blank: "gồm … thành viên", "trong ….. ngày", "… %"
    | (?:^|(?<=\s)){DOTS}\s*(?=(?:trieu\s+|nghin\s+|ngan\s+|ty\s+)?(?:dong|d)\s*/|(?:trieu|nghin|ngan|ty)\s+dong(?!\w)|dong\s*(?:[,.;)]|$)
                                  |(?:lan|buoi|cuoc|ho|nguoi|ngay)\s*/\s*(?:nam|thang|quy|tuan|ngay|ho|nguoi|lan|khoa|nhiem\s+ky)(?!\w))
                                                    # an amount left blank: "là … đồng/hộ/năm", "… triệu đồng", "… đồng.", a rate "… lần/năm"
    """,
    re.VERBOSE,
)


def validate(detect: dict) -> None:
    check_keys(detect, {"check", "zones", "cues", "end_articles", "end_lines", "normative_only"}, ["check"])
    if detect["check"] not in ("placeholders", "missing_basis", "missing_effective"):
        raise ValueError("'check' phải là placeholders, missing_basis hoặc missing_effective")
    zones = detect.get("zones", list(ZONES))
    if not isinstance(zones, list) or not zones or set(zones) - set(ZONES):
        raise ValueError(f"'zones' phải là danh sách trong: {', '.join(ZONES)}")
    if detect["check"] == "missing_effective":
        check_cues(detect.get("cues"), "cues")
        for key in ("end_articles", "end_lines"):
            if key in detect:
                check_cues(detect[key], key)
        if "normative_only" in detect and detect["normative_only"] is not True:
            raise ValueError("'normative_only' chỉ nhận true")


#: A line of underscores or dashes alone is a rule (the line above footnotes, under a signature), not a blank.
RULE_LINE = re.compile(r"^\s*[_\-–—=]{3,}\s*$")


#: In a DRAFT only (a finished document's "…" ends an open list or elides a quotation), a lone ellipsis
#: token — spaces on both sides, or in parentheses — is a blank when it stands
#:  - before a noun it counts: "Tổ hiện có … hộ gia đình, … nhân khẩu", "Xã có … thôn", "có (…) đại diện";
#:  - between two words of one name or phrase, with no comma before it: "Tổ trưởng … tổ dân phố",
#:    "Giám đốc ___ và Trưởng các phòng" (not before "và"/"hoặc" that closes an open list "văn nghệ … và").
#:  - after an opening bracket before a counted noun: "(… hộ gia đình, 1.024 nhân khẩu)";
#:  - as a person's name: "Già làng Triệu Văn Nặm; ông …" under a signature title;
#:  - written as words in brackets: "| (chưa chọn) | (chưa chọn) |" for the signers not yet named.
_LONE = r"(?:\(\s*(?:…+|\.{3,})\s*\)|…+|\.{3,}|_{3,})"
COUNT_NOUNS = (r"(?:ho(?!\s+(?:ten|tro|so|khau\s+thuong|chieu|soi|gia\s+dinh\s+van\s+hoa))(?:\s+gia\s+dinh)?|nhan\s+khau|"
               r"dai\s+dien|thon|to\s+dan\s+pho|khu\s+pho|xom|ap|ban|lang|luot|cuoc|buoi|y\s+kien|kien\s+nghi|"
               r"phieu|hoc\s+sinh|can\s+bo|cong\s+chuc|vien\s+chuc|lao\s+dong|nguoi\s+lao\s+dong|cong\s+trinh|"
               r"du\s+an|van\s+ban|hoi\s+nghi|ty|trieu)(?!\w)")
DRAFT_BLANK = re.compile(
    rf"""(?:(?<=[a-z0-9)])|(?P<c>(?<=,)))\s+(?P<d>{_LONE})(?=\s+{COUNT_NOUNS})   # "có … hộ", "…, … nhân khẩu"
       | (?<=[a-z0-9])\s+(?P<n>{_LONE})(?=\s+(?!(?:va|hoac|cung|v\.?v|nhu|de|nham|thi|ma|cac|khac)(?!\w))[a-z])
                                                              # "Tổ trưởng … tổ dân phố"
       | (?<=[a-z0-9])\s+(?P<u>_{{3,}})(?=\s+[a-z])             # "Giám đốc ___ và …": underscores end no list
       | (?<=\()\s*(?P<p>{_LONE})(?=\s+{COUNT_NOUNS})           # "(… hộ gia đình, 1.024 nhân khẩu)"
       | (?<![a-z])(?:ong|ba)\s+(?P<o>…+|\.{{3,}}|_{{3,}})(?=\s*(?:[;,|]|$))   # a name left blank: "…; ông …"
       | (?P<q>\(\s*(?:chua\s+(?:chon|dien|ghi(?:\s+ten)?|co\s+ten)|de\s+trong)\s*\))  # "| (chưa chọn) |"
    """,
    re.VERBOSE,
)
QUOTED = re.compile(r'["“][^"”]*["”]')


def draft_blanks_in_line(raw: str) -> list[tuple[int, int]]:
    """Lone ellipses that are blanks in a draft (see ``DRAFT_BLANK``); not inside a quotation."""
    f = fold_keep_length(raw)
    f = QUOTED.sub(lambda m: " " * len(m.group(0)), f)
    out = []
    for m in DRAFT_BLANK.finditer(f):
        g = next(k for k in ("d", "n", "u", "p", "o", "q") if m.group(k))
        if m.group("c") is not None and not out:
            continue  # "…, … nhân khẩu" is a blank after a blank; "văn nghệ, … hộ" an open list
        nxt = re.match(r"\s*\)?\s*(\S)", raw[m.end(g):])
        if nxt and nxt.group(1).isupper():
            continue  # "hành chính công ... Qua đó": an ellipsis before a new sentence
        out.append((m.start(g), m.end(g)))
    return out


def placeholders_in_line(raw: str, following: str = "") -> list[tuple[int, int]]:
    """Spans of blanks in one raw input line. ``following`` is the next line: a blank at the end of a
    wrapped line is read with the unit that opens the next one ("mức đóng góp là … / đồng/hộ/năm")."""
    if RULE_LINE.match(raw):
        return []
    limit = len(raw)
    if following.strip() and not RULE_LINE.match(following) and re.search(r"[.…_]$", raw.rstrip()):
        limit = len(raw.rstrip())
        raw = raw[:limit] + " " + following.strip()
    if re.search(r"(?<!\w)đồng\s*$", raw) and re.match(r"\s*chí(?!\w)", following):
        raw = raw.rstrip() + " chí"  # "… đồng" / "chí Bí thư …": a title wrapped, no amount left blank
    f = fold_keep_length(raw)
    out = []
    for m in PLACEHOLDER.finditer(f):
        if m.start() >= limit:
            break
        if m.group("kw"):
            rest = raw[m.end():limit].lstrip()
            if rest[:1].isupper():  # "chuyển đổi số... Việc …": an ellipsis before a new sentence
                continue
            lead = re.match(r"[a-z ]*", m.group("kw")).group(0)
            dots = m.group("kw")[len(lead):]
            width = dots.count(".") + dots.count("_") + 3 * dots.count("…")
            if lead.split()[0] in PLACE_WORDS and width <= 3 and (not rest or rest[:1] in ",;.)"):
                continue  # "Các xã, phường...": an enumeration left open, not a name to fill
        out.append((m.start(), min(m.end(), limit)))
    return out


def _around(raw: str, a: int, b: int, words: int = 2) -> str:
    """The blank with a couple of whole words on each side, spaces collapsed, for the message."""
    lo = a
    for _ in range(words):
        lo = raw.rfind(" ", 0, max(0, lo - 1)) + 1 if raw[:lo].strip() else 0
        while lo > 0 and raw[lo - 1] == " ":
            lo -= 1
    hi = b
    for _ in range(words):
        m = re.compile(r"\s*\S+").match(raw, hi)
        if not m:
            break
        hi = m.end()
    return " ".join(raw[lo:hi].split())


def check_placeholders(rule: Rule, ctx: Context) -> list[Finding]:
    zones = set(rule.detect.get("zones", ZONES))
    draft = is_draft(ctx.doc)
    out = []
    for p in ctx.doc.paras:
        if p.zone not in zones:
            continue
        lines, snippets = [], []
        for no in range(p.line, p.end_line + 1):
            raw = ctx.doc.raw_lines[no - 1]
            following = ctx.doc.raw_lines[no] if no < len(ctx.doc.raw_lines) else ""
            spans = placeholders_in_line(raw, following)
            if draft:
                spans += [s for s in draft_blanks_in_line(raw) if not any(a < s[1] and s[0] < b for a, b in spans)]
            if not spans:
                continue
            lines.append(no)
            for a, b in spans:
                snippets.append("«" + _around(raw, a, b) + "»")
        if not lines:
            continue
        ev = ctx.doc.evidence(p)
        ev = Evidence(ev.text, lines[0], lines[-1], ev.paragraph, ev.section)
        out.append(finding(rule, ctx, ev, found="; ".join(dict.fromkeys(snippets)),
                           lines=", ".join(map(str, lines))))
    return out


def check_missing_basis(rule: Rule, ctx: Context) -> list[Finding]:
    if ctx.doc.zone("basis") or any(p.text.startswith("Căn cứ") for p in ctx.doc.paras):
        return []
    return [finding(rule, ctx, title_evidence(ctx))]


#: An article's heading ("Điều 3. Tổ chức thực hiện").
_ARTICLE = re.compile(r"^\s*Điều\s+\d+")


def _shows_its_end(detect: dict, ctx: Context) -> bool:
    """``end_articles`` / ``end_lines``: the text reaches its last part — an article whose heading holds one of
    ``end_articles`` ("Điều 3. Tổ chức thực hiện"), or a line holding one of ``end_lines`` ("… thông qua ngày …",
    "Nơi nhận"). An extract that stops in Điều 1, or a news item retelling the resolution, does not: the clause on
    its effect may stand in the part left out. Without either option every text counts as whole."""
    arts, lines = tuple(detect.get("end_articles") or ()), tuple(detect.get("end_lines") or ())
    if not arts and not lines:
        return True
    return any((arts and _ARTICLE.match(p.text) and any_cue(p.key, arts)) or (lines and any_cue(p.key, lines))
               for p in ctx.doc.zone("body", "closing"))


#: A document number of the individual form, with no year between the number and the sign: "23/NQ-HĐND",
#: "…/NQ-HĐND". A legal normative document is numbered in each year with its year: "19/2024/NQ-HĐND",
#: "/2026/NQ-HĐND" (Luật Ban hành văn bản quy phạm pháp luật: số, năm ban hành, ký hiệu).
_INDIVIDUAL_NUMBER = re.compile(r"^[\s.…_\d]*/\s*(?!(?:19|20)\d\d\s*/)[A-ZĐ]{1,6}\s*-", re.IGNORECASE)


def normative_number(doc) -> bool | None:
    """Is the document numbered as a legal normative document (True), as an individual one (False), or not
    numbered at all (None)?"""
    raw = (doc.header.number_raw or "").strip()
    if not raw or "/" not in raw:
        return None
    return not _INDIVIDUAL_NUMBER.match(raw)


def check_missing_effective(rule: Rule, ctx: Context) -> list[Finding]:
    cues = tuple(rule.detect["cues"])
    if rule.detect.get("normative_only") and normative_number(ctx.doc) is False:
        # "Số: 23/NQ-HĐND": an individual resolution (a commune's measures, Law Art. 86.1.a) takes effect as adopted
        # unless it says otherwise; the clause on the date of effect is a normative document's (lawful9 lw9-08,
        # unseen58 u58_09)
        return []
    if any(any_cue(p.key, cues) for p in ctx.doc.zone("body", "closing")):
        return []
    if not _shows_its_end(rule.detect, ctx):
        return []
    if declared_extract(ctx.doc):
        # s29-pr (dev_acts2 da2-39 «QUY CHẾ … - PHỤ LỤC 02: …», unseen83 u83-17 «(...)»): the file says it holds part of
        # the text; the clause on its effect may stand in the part left out
        return []
    return [finding(rule, ctx, title_evidence(ctx))]


def check(rule: Rule, ctx: Context) -> list[Finding]:
    return {"placeholders": check_placeholders, "missing_basis": check_missing_basis,
            "missing_effective": check_missing_effective}[rule.detect["check"]](rule, ctx)
