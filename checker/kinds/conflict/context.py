"""The conflict kind: where a rule's sentence is and what surrounds it — sentences joined across wraps, the subject,
title, table or named body a sentence is read about, the context cues on a sentence or a clause, a list's lead-in,
the sentences read under a title or a heading."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from checker.kinds import Context, all_groups, any_cue, cue_regex
from checker.kinds.conflict import acts
from checker.kinds.conflict.common import (
    _BARE_BAN, _BASIS_LINE, clauses, document_subject, _FULL_STOP, _GOES_ON, _HEADING, heading_keys, _ITEM_MARK,
    ZONES,
)
from checker.model import Rule
from checker.nlp import Sentence
from checker.subject import document_board, last_board, subject_text
from checker.text import UPPER, fold_keep_length, match_key


_OPEN_END = re.compile(r"[^.;:!?…]\s*$")
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}|[a-zđ])[.)]\s*$")


def _join_paras(p1, p2):
    """One paragraph of two: the second is the hard-wrapped end of the first."""
    shift = len(p1.text) + 1
    return replace(p1, text=p1.text + "\n" + p2.text, end_line=p2.end_line,
                   seg_starts=p1.seg_starts + tuple(shift + x for x in p2.seg_starts),
                   seg_lines=p1.seg_lines + p2.seg_lines)


def _zone_sentences(ctx: Context, zones: tuple[str, ...]):
    """The annotator's sentences of the zones. When the layout reader found no body at all (a
    plan whose "Căn cứ" block it never saw end, or whose numbered points "1. … 2. …" after
    "… như sau:" it took for an opening), the paragraphs it put among the bases that are no
    "Căn cứ …" line, and the opening, are read as the body."""
    if "body" in zones and not _text_in_body(ctx):
        zones = tuple(dict.fromkeys(zones + ("preamble", "basis")))
        return (s for s in ctx.ann.in_zones(*zones)
                if s.para.zone != "basis" or not _BASIS_LINE.match(s.para.folded) or _after_narrative(ctx, s.para)
                or _basis_leads_in(s.para))
    if "body" in zones and any(_basis_leads_in(p) for p in ctx.doc.zone("basis")):
        return (s for s in ctx.ann.in_zones(*(zones + ("basis",))) if s.para.zone != "basis" or _basis_leads_in(s.para))
    return ctx.ann.in_zones(*zones)


def _text_in_body(ctx: Context) -> bool:
    """Whether the layout reader's body holds any text besides a signer's block: s39-cx (unseen104 u104-23) — a report
    with no numbered part and no «Nơi nhận» («BÁO CÁO / Tình hình công khai … / Trung tâm đã có …: / | … | / GIÁM
    ĐỐC») has its account read as the opening and only the signer's title «GIÁM ĐỐC» as the body; a body of capitals
    (the signer's post, «TM. ỦY BAN NHÂN DÂN | CHỦ TỊCH») and a short name after it is no body."""
    body = ctx.doc.zone("body")
    signer = False
    for p in body:
        text = p.text.strip()
        if text and not any(c.islower() for c in text) and len(text) <= 80:
            signer = True  # «GIÁM ĐỐC», «KT. CHỦ TỊCH | PHÓ CHỦ TỊCH»
            continue
        if signer and _SIGNER_NAME.match(text):
            continue  # «Hoàng Thị Lan», «(đã ký)»
        return True
    return False


#: a signer's name or mark under the post: two to five capitalised words, or «(đã ký)», «(ký, ghi rõ họ tên)»
_SIGNER_NAME = re.compile(r"^(?:(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]*\.?\s+){1,4}[A-ZĐÀ-Ỹ][a-zà-ỹđ]*|\((?:đã\s+)?ký[^)]*\))$")


#: the enacting formula's verb at a paragraph's end: «… CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ QUYẾT ĐỊNH:», «… HĐND XÃ QUYẾT NGHỊ:»
_ENACTS = re.compile(r"(?:quyet dinh|quyet nghi|ban hanh|nghi quyet)\s*:\s*$")


def _basis_leads_in(para) -> bool:
    """s31-ct: a «Căn cứ …» paragraph the layout reader put among the bases that goes on, after its basis, to the
    document's own act and opens the list that follows — «Căn cứ đề nghị của công chức Văn hóa - Xã hội, Chủ tịch
    Ủy ban nhân dân xã chỉ định 07 ông, bà có tên sau làm thành viên Ban …:» (checker_dev_acts da-25), «Căn cứ kết quả
    cuộc họp ngày …, Ban công tác Mặt trận thống nhất:» — is a sentence of the text, no basis: a basis ends in «;» or
    «,» before the enacting formula, never in «:» unless it is that formula («… QUYẾT ĐỊNH:») or a list of bases
    («Căn cứ các văn bản sau:», nothing after the basis cue but its own words)."""
    f = para.folded.rstrip()
    if not f.endswith(":") or not _BASIS_LINE.match(f) or _ENACTS.search(f):
        return False
    return "," in f  # the basis, then the act after the comma; «Căn cứ:» / «Căn cứ các văn bản sau:» have none


#: an opening that introduces a text's bases or its request, not its account: "Thực hiện …", "Căn cứ …", "Kính gửi …"
_OPENER = re.compile(r"^\s*(?:can cu|thuc hien|theo|xet|tren co so|kinh gui|ve viec|v/v)\b")


def _after_narrative(ctx: Context, para) -> bool:
    """A "Căn cứ …" line written after the account has begun is a sentence of it, no basis of the document: the
    notice "Ngày 08/10/2025, Ủy ban nhân dân xã nhận được …" then "Căn cứ quy chế làm việc …, thời hạn trả lời kiến
    nghị là 45 ngày; …" (unseen42 n03). Where the account begins is read once per document."""
    if "conflict.narrative_from" not in ctx.memo:
        ctx.memo["conflict.narrative_from"] = next(
            (q.index for q in ctx.doc.paras if q.zone in ("preamble", "body") and q.folded.strip()
             and not _OPENER.match(q.folded)), None)
    first = ctx.memo["conflict.narrative_from"]
    return first is not None and first < para.index


def joined_sentences(ctx: Context, zones: tuple[str, ...]) -> tuple:
    """The annotator's sentences, with a sentence cut by a hard line wrap ("… bị phạt" /
    "200.000 đồng/lần;") joined to what follows — in the same paragraph, or in the next
    paragraph when that starts on the next line and goes on in lower case or with a number."""
    key = ("conflict.sentences", zones)
    if key in ctx.memo:
        return ctx.memo[key]
    out: list = []
    for s in _zone_sentences(ctx, zones):
        prev = out[-1] if out else None
        if prev is None or not _OPEN_END.search(prev.text) or _LIST_MARK.match(prev.text):
            out.append(s)
        elif prev.para is s.para and "\n\n" not in s.para.text[prev.end:s.start]:
            out[-1] = Sentence(prev.para, prev.start, s.end, prev.ents + s.ents)
        elif (prev.para is not s.para and s.start == 0 and s.para.zone == prev.para.zone
              and s.para.line == prev.para.end_line + 1 and prev.end >= len(prev.para.text.rstrip())
              and not prev.para.text.rstrip().endswith("|")  # a closed table row never wraps into the prose below it
              and _GOES_ON.match(s.para.text)):
            para = _join_paras(prev.para, s.para)
            shift = len(prev.para.text) + 1
            ents = prev.ents + tuple(replace(e, start=e.start + shift, end=e.end + shift) for e in s.ents)
            out[-1] = Sentence(para, prev.start, s.end + shift, ents)
        else:
            out.append(s)
    ctx.memo[key] = tuple(out)
    return ctx.memo[key]


#: a row of a table typed with runs of spaces between its cells ("3    Danh mục dự án …    Niêm yết    20 ngày …")
_SPACED_CELLS = re.compile(r"\S\s{2,}(?=\S)")


def spaced_table(ctx: Context, para) -> bool:
    """Is ``para`` a table typed with runs of spaces (two input lines or more with two cell gaps or more each)? The
    layout reader joins its rows into one paragraph and closes up the spaces."""
    memo = ctx.memo.setdefault("conflict.spaced_table", {})
    if para.index not in memo:
        memo[para.index] = sum(1 for n in set(para.seg_lines) if spaced_row(ctx, n)) >= 2
    return memo[para.index]


def spaced_row(ctx: Context, line: int) -> bool:
    """Is input line ``line`` a row of a space-aligned table: two cell gaps or more, and few against its words (a text
    typed with two spaces between every word is no table)?"""
    raw = ctx.doc.raw_lines
    if not 0 < line <= len(raw):
        return False
    t = raw[line - 1].strip()
    gaps = len(_SPACED_CELLS.findall(t))
    return gaps >= 2 and gaps * 3 <= len(t.split())


def _row_sentences(ctx: Context, s):
    """s26-ctx (unseen78 u78-02 L17): for a ``quantity`` rule, a sentence of a space-aligned table is cut at each row's
    start — a count is its row's ("3 Danh mục dự án … Niêm yết 20 ngày liên tục …" is not read with row 4's "bồi
    thường"). Wording rules keep the paragraph: a members table's rows read with the line that opens it (unseen67
    u67-12 L21, measured)."""
    if not spaced_table(ctx, s.para):
        yield s
        return
    cuts = [a for a in s.para.seg_starts if s.start < a < s.end] + [s.end]
    a = s.start
    for b in cuts:
        if s.para.text[a:b].strip():
            yield Sentence(s.para, a, b, tuple(e for e in s.ents if a <= e.start < b))
        a = b


def subject_about(ctx: Context) -> str:
    """``subject_context: true``: a sentence that misses a context cue is read with the document's issuer and title
    (and "V/v" line), which say what the whole text is about — an employer's plan "CÔNG TY … / KẾ HOẠCH Tổ chức đối
    thoại định kỳ tại nơi làm việc" speaks of its workplace dialogue in "Đối thoại định kỳ được tổ chức 02 năm một
    lần"; the exclude cues are read on them too."""
    return match_key(f"{ctx.doc.header.issuer} {subject_text(ctx.doc)}")


def table_intro(ctx: Context, para) -> str:
    """``table_intro: true``: a table row is read with the line that opens its table ("2. Tổ phát phiếu lấy ý kiến
    gồm 07 thành viên:" over "| 1 | Ninh Văn Cường | Trưởng thôn | Tổ trưởng |"), when that line ends on a colon."""
    if not para.text.lstrip().startswith("|"):
        return ""
    before = [p for p in ctx.doc.paras if p.index < para.index][::-1]
    for k, p in enumerate(before):
        if p.text.lstrip().startswith("|"):
            continue
        return p.key if k <= 40 and p.text.rstrip().endswith(":") else ""
    return ""


def table_header(ctx: Context, para) -> str:
    """``table_header: true``: a table row is read with its table's header row — the column names say what its figures
    are ("| Nội dung | Tán thành | Tỷ lệ | Kết quả |" over "| Điều chỉnh mức đóng góp … | 72/151 | 47,7% | Thông qua |",
    unseen49 u49-05). Nothing for a row that is itself the header, or a table whose first row holds figures."""
    from checker.tables import cells as _cells, _header
    if _cells(para.text) is None:
        return ""
    first = None
    for p in [q for q in ctx.doc.paras if q.index < para.index][::-1]:
        if _cells(p.text) is None:
            break
        first = p
    if first is None:
        return ""
    head = _cells(first.text)
    return first.key if head and _header(head) else ""


def title_about(ctx: Context) -> str:
    """``subject_context: title``: only the document's own title, which names the one meeting minutes or a plan are
    of ("BIÊN BẢN / Cuộc họp cộng đồng dân cư bầu Trưởng thôn Bến Chum": "Ông A, Trưởng thôn đương nhiệm, triệu tập
    và chủ trì cuộc họp" is that meeting); a letter's "V/v" line, which may list several matters ("V/v tổ chức hội
    nghị định kỳ … và bầu Trưởng thôn …"), and the issuer are not read — save that a title naming a bare «Ban» («BIÊN
    BẢN / HỌP BAN» under the header «BAN GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG …», unseen105 u105-19) is read with the one
    board the document is by or about (``document_ban``)."""
    title = match_key(ctx.doc.title_text or "")
    if _BARE_BAN.search(title):
        own = document_ban(ctx)
        if own:
            return f"{title} | {match_key(own)}"
    return title


def _sentences(rule: Rule, ctx: Context):
    """Sentences where the context cues hold and no exclude cue occurs (with ``clause: true``
    the exclude cues are read per clause, by ``_clause_ok``). A sentence that speaks of a bare
    "Ban" ("Ban gồm 04 thành viên …") in a document by or about one Ban is read with that Ban's name."""
    zones = ZONES[rule.detect.get("scope", "body")]
    groups = rule.detect.get("context", [])
    exclude = () if rule.detect.get("clause") else tuple(rule.detect.get("exclude", ()))
    sentences = joined_sentences(ctx, zones)
    if "quantity" in rule.detect:  # a count is its row's: a space-aligned table is read row by row
        sentences = [r for s in sentences for r in _row_sentences(ctx, s)]
    for s in map(said_part, sentences):
        f = s.key
        if groups and not all_groups(f, groups):
            about = match_key(_bare_ban_name(ctx, s)) if _BARE_BAN.search(s.key) else ""
            if not about and ctx.doc_type == "huong_uoc" and _OWN_DRAFT.search(f):
                about = "hương ước"  # "Dự thảo được coi là thông qua khi …" in a hương ước: the hương ước itself
            if not about:
                about = _row_label(s)  # the rest of a table row cut at a ";" in a cell: its first cell
            if not about and rule.detect.get("table_intro"):
                about = table_intro(ctx, s.para)  # "2. Tổ phát phiếu lấy ý kiến gồm 07 thành viên:" over its roll
            if not about and rule.detect.get("table_header"):
                about = table_header(ctx, s.para)  # "| Nội dung | Tán thành | Tỷ lệ | Kết quả |" over its rows
            if not about and rule.detect.get("carry") == "any":
                # s25-pd (unseen48 u48-11 L26, unseen69 u69-08 L21): a report's account of the answers follows the
                # sentence on the Ban's kiến nghị — "Ban … ban hành 48 kiến nghị …" / "Ủy ban nhân dân xã đã giải quyết
                # 41/48 kiến nghị" / "Thời gian thông báo kết quả giải quyết kiến nghị bình quân là 25 ngày …": the board
                # named just before — in the paragraph, the heading of its section ("1. Ban Thanh tra nhân dân") or the
                # ``CARRY_REACH`` paragraphs above — is whose kiến nghị they are
                board = (last_board(s.para.folded[:s.start]) or _heading_board(ctx, s.para)
                         or _board_named_before(ctx, s.para, CARRY_REACH) or _board_of_list(ctx, s.para))
                # … else the one board the document is by or about: a Ban's own report asking the commune to answer "các
                # kiến nghị trên trong thời hạn 30 ngày" (unseen69 u69-03 L31)
                about = match_key(board[1]) if board else match_key(document_ban(ctx))
            if not about and rule.detect.get("subject_context") == "title":
                about = title_about(ctx)  # "BIÊN BẢN / Cuộc họp cộng đồng dân cư bầu Trưởng thôn …"
            elif not about and rule.detect.get("subject_context"):
                about = subject_about(ctx)  # "CÔNG TY … / KẾ HOẠCH Tổ chức đối thoại định kỳ tại nơi làm việc"
            if not about and ("forbidden" in rule.detect or "actor" in rule.detect):
                lead = list_lead_in(ctx, s)  # "Trưởng thôn có nhiệm vụ:" over "- quyết định …": the item's subject
                about = lead[1] if lead else ""
            if not about and "year_span" in rule.detect and "heading_context" in rule.detect:
                # "IV. BẦU BAN THANH TRA NHÂN DÂN / … hội nghị biểu quyết 05 thành viên, nhiệm kỳ 2025 – 2028" (s15)
                head = heading_keys(ctx).get(s.para.index, "")
                if all_groups(head, rule.detect["heading_context"]):
                    about = head
            if not about or not all_groups(f + " | " + about, groups):
                about = inherited_about(ctx, s, groups)  # s26-ctx: a carrier above found words that do not fit
            if not about or not all_groups(f + " | " + about, groups):
                continue
            s = AboutSentence(s.para, s.start, s.end, s.ents, about)
            f = s.key
        if "sentence_context" in rule.detect and not all_groups(_subject_key(ctx, s), rule.detect["sentence_context"]):
            continue
        if exclude and (_excluded_outside_replaced(f, exclude, tuple(rule.detect.get("joined_scope", ())))
                        if "forbidden" in rule.detect else any_cue(f, exclude)):
            continue
        if titled_excluded(rule, ctx, f):
            continue
        yield s


def titled_excluded(rule: Rule, ctx: Context, key: str) -> bool:
    """``titled_exclude: [[title cues], [exclude cues]]``: in a document whose own title names one of the first
    cues, a sentence with one of the second stands aside — s37-pr (unseen99 u99-31 L10): in the UBND's decision
    recognising a quy ước («Về việc công nhận Quy ước thôn …»), «Quy ước có hiệu lực kể từ ngày ký» is the day the
    decision is signed, the day Decree 61 Art. 11.5 gives; the same words in the quy ước itself are its village's
    signing."""
    pair = rule.detect.get("titled_exclude")
    return bool(pair) and any_cue(key, tuple(pair[1])) and any_cue(title_about(ctx), tuple(pair[0]))


#: what ``sentence_context`` reads besides the sentence: the structure a line inherits its subject from, not the
#: article or chapter over it
_SUBJECT_SOURCES = ("label", "lead", "header", "section")


def _subject_key(ctx: Context, s) -> str:
    """``sentence_context``: the context groups that say what a sentence is about are read over the whole sentence (to
    its full stop: "Danh sách hộ được hỗ trợ … niêm yết 30 ngày; phát thanh 01 ngày" — the subject before the «;») and
    the subject it inherits (its label or row, its list's lead-in, its table's header, the numbered heading over it:
    "2. Danh sách 37 hộ được hỗ trợ xây dựng nhà ở" over "- Phát trên hệ thống truyền thanh của xã 01 ngày")."""
    about = s.about if isinstance(s, AboutSentence) else ""
    parts = [_full_sentence(s), about] + [k for src, k in inherited(ctx, s) if src in _SUBJECT_SOURCES]
    # s27-ctx: last, the document's own subject (its title, else its «V/v» line) — a notice «Công khai kết quả bình
    # xét hộ nghèo được hỗ trợ …» publishes that in every line of its «Hình thức công khai» («3. Phát trên Đài truyền
    # thanh xã 01 buổi …», unseen52 u52-05 L26); a notice «Công khai dự toán ngân sách xã» gives none (unseen58 u58_04)
    return " | ".join(p for p in parts + [_parent_item(ctx, s.para), _document_about(ctx)] if p)


def _document_about(ctx: Context) -> str:
    """The document's subject (``document_subject``: its title, else its «V/v» line) — or, when the layout reader found
    neither (a heading run into one line with the issuer: «BAN CHỈ HUY QUÂN SỰ XÃ … — ngày … / KẾ HOẠCH công khai danh
    sách công dân gọi nhập ngũ năm 2026», probes_s14-cfc), the header's own lines."""
    return document_subject(ctx) or " | ".join(p.key for p in ctx.doc.zone("header"))


def _parent_item(ctx: Context, para, reach: int = 6) -> str:
    """The numbered or lettered item a bulleted line stands under, whatever it ends with ("2. Danh sách 37 hộ được hỗ
    trợ …." over "- Hình thức: …" / "- Phát trên hệ thống truyền thanh của xã 01 ngày"): "" for a line that is no
    bullet, or when a non-item paragraph comes first."""
    kind = _item_marker(para.text)
    if kind is None or kind in ("number", "letter"):
        return ""
    paras = ctx.doc.paras
    for q in reversed(paras[max(0, para.index - reach):para.index]):
        k = _item_marker(q.text)
        if k in ("number", "letter"):
            return q.key
        if k is None:
            return ""
    return ""


# ---------------------------------------------------------------------------------------------------------
# s26-ctx: the subject a line inherits from its own structure. A drafter states a subject once and writes the lines
# under it without it: an article's heading over its clauses ("Điều 9. Ban Thanh tra nhân dân" / "2. Nhiệm kỳ 05
# năm"), a numbered section heading over its points, a lead-in over its items ("Trưởng thôn … quyết định các việc
# sau:" / "- Mức đóng góp … 800.000 đồng/hộ"), a label over its value ("2. Bên người lao động: …; có mặt 06 người"),
# a column header over a row's cells. ``inherited`` walks that chain for one sentence — its own line's label, the
# lead-in of its list (nested lists up to three levels), its table's header row, the numbered section heading, the
# article and the chapter it stands under — and never crosses into a sibling: a lead-in is found past the item's
# own siblings only, a heading holds until the next heading of its level (``heading_keys``, ``item_heads``).
# ``_sentences`` reads a sentence that misses a context group with what it inherits, for every rule read through it
# (quantity, forbidden, actor, deadlines), when the sentence itself holds at least one group (the predicate is the
# line's own; only the subject is inherited) — or, for a rule of one group, when the subject comes from the
# nearest structure (label, lead-in, row header), not from a heading.
# ---------------------------------------------------------------------------------------------------------

#: a line's own label: the words before its first colon, short, with no sentence end before it ("2. Bên người lao
#: động: …", "- Mức đóng góp: …"); a sentence starting after the colon reads it as its subject
_OWN_LABEL = re.compile(r"^\s*(?:(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]\s+|[-–+•*]\s+)?(?P<label>[^:;.!?|\n]{3,80}):(?!\s*$)")


def _row_head(ctx: Context, s) -> str:
    """The cells of a table row before sentence ``s``, cut from it at a ";" inside a cell ("| 4 | Chính sách … | Niêm
    yết; hệ thống truyền thanh xã | Niêm yết ít nhất 30 ngày liên tục;" before "phát thanh 01 ngày … |", unseen71 u71-01
    L25; a space-aligned row, unseen78 u78-02 L19): the row's subject and the column the sentence goes on in."""
    if s.para.text.lstrip().startswith("|"):
        row, cells = 0, s.para.key[:s.start].split("|")[:-1]  # the cell the sentence starts in is not its subject
    elif spaced_row(ctx, s.para.line_at(s.start)):
        row = max((a for a in s.para.seg_starts if a <= s.start), default=0)
        cells = _SPACED_CELLS.split(ctx.doc.raw_lines[s.para.line_at(s.start) - 1].strip())
        cells = [match_key(c) for c in cells]
    else:
        return ""
    if s.start <= row or not s.para.text[row:s.start].strip(" |"):
        return ""
    # the row's subject: its first cell that is no running number ("| 4 |", "3    Danh mục …"); the cells between
    # (another column's words, a clause before a ";") are siblings of the sentence, not its subject
    subject = next((c.strip() for c in cells if c.strip() and not re.fullmatch(r"[\divxlc.)]+", c.strip())), "")
    return subject if subject and subject in s.para.key[row:s.start] and not s.key.startswith(subject) else ""


def own_label(s) -> str:
    """The key of the label of the sentence's own line when the sentence starts after that label's colon."""
    if s.start == 0:
        return ""
    m = _OWN_LABEL.match(s.para.text)
    if not m or m.end() > s.start:
        return ""
    if speaker_end(s.para.text) >= m.end():
        return ""  # s33-pr: «Ý kiến ông A (trưởng thôn): …» names who spoke, not what his words are about
    return s.para.key[m.start("label"):m.end("label")]


def inherited(ctx: Context, s) -> list[tuple[str, str]]:
    """(source, key) of what sentence ``s`` inherits from its own structure, nearest first: ``label`` (its line's
    label, or a table row's first cell), ``lead`` (its list's lead-in, and the lead-ins that one is an item of),
    ``header`` (its table's header row), ``section`` (the numbered heading it stands under), ``article`` and
    ``chapter``."""
    memo = ctx.memo.setdefault("conflict.inherited", {})
    at = (s.para.index, s.start)
    if at in memo:
        return memo[at]
    out: list[tuple[str, str]] = []
    label = _row_head(ctx, s) or own_label(s)
    if label:
        out.append(("label", label))
    lead = lead_in_at(ctx, s)
    level = 0
    while lead is not None and level < 3:
        q, a, b = lead
        out.append(("lead", q.key[a:b]))
        if not _item_marker(q.text):
            break
        lead, level = lead_in_at(ctx, _WholePara(q, 0, len(q.text))), level + 1
    head = table_header(ctx, s.para) if s.start == 0 else ""
    if head and head != s.para.key:
        out.append(("header", head))
    section = item_heads(ctx).get(s.para.index, "")
    if section and not s.para.key[s.start:].startswith(section):  # not the heading itself
        out.append(("section", section))
    chapter, _, article = heading_keys(ctx).get(s.para.index, " | ").partition(" | ")
    if article.strip() and not s.para.key.startswith(article):
        out.append(("article", article))
    if chapter.strip() and not s.para.key.startswith(chapter):
        out.append(("chapter", chapter))
    memo[at] = out
    return out


#: the sources ``_sentences`` reads for every rule. Measured on the studied sets (s26-ctx): the lead-in, the header
#: and the headings read for every rule gained nothing and flagged 12 lawful sentences (a heading «Điều 3. Cuộc họp
#: của cộng đồng dân cư» gave actor rules the meeting of a lawful exception's sentence) — the rules that need them
#: keep their own options (``table_header``, ``heading_context``, the lead-in of ``forbidden`` / ``actor``)
FALLBACK_SOURCES = ("label",)
#: the sources near enough to give a one-group rule its one subject
_NEAR_SOURCES = ("label", "lead", "header")


def inherited_about(ctx: Context, s, groups) -> str:
    """The inherited subject (``inherited``) that, with the sentence, holds every context group — "" when none does, or
    when the sentence holds no group itself (of a rule of two groups or more)."""
    if not groups:
        return ""
    f = s.key
    own = sum(1 for g in groups if cue_regex(tuple(g)).search(f))
    if len(groups) > 1 and own == 0:
        return ""
    parts = [k for src, k in inherited(ctx, s) if src in FALLBACK_SOURCES and (len(groups) > 1 or src in _NEAR_SOURCES)]
    for n in range(1, len(parts) + 1):
        about = " | ".join(parts[:n])
        if all_groups(f + " | " + about, groups):
            return about
    return ""


#: In a hương ước, the draft or its amended content speaks of the hương ước itself: "Dự thảo được coi là thông qua
#: khi …", "Các nội dung sửa đổi, bổ sung tại Điều 1 có hiệu lực kể từ …".
_OWN_DRAFT = re.compile(r"(?<!\w)(?:dự\s+thảo|(?:các\s+)?nội\s+dung\s+sửa\s+đổi(?:,\s+bổ\s+sung)?)(?!\w)")


@dataclass(frozen=True)
class AboutSentence(Sentence):
    """A sentence read with the name of the Ban it speaks of (``about``, as a cue-matching key) appended to
    its key (never to its text)."""

    about: str = ""

    @property
    def key(self) -> str:
        return super().key + " | " + self.about


def _bare_ban_name(ctx: Context, s) -> str:
    """The Ban a bare "Ban" in sentence ``s`` speaks of: the one named last before it in its paragraph ("Ban Thanh
    tra nhân dân do hội nghị bầu …; nhiệm kỳ của Ban là 03 năm"), else the one the document is by or about, else the one
    named last in the paragraphs before it (``_board_named_before``)."""
    board = last_board(s.para.folded[:s.start]) or _heading_board(ctx, s.para) or _defined_board(ctx)
    if board:
        return board[1]
    own = document_ban(ctx)
    if own:
        return own
    board = _board_named_before(ctx, s.para)
    return board[1] if board else ""


#: how many paragraphs back a bare "Ban" may find the board named before it
BOARD_REACH = 20
#: "Chương III", "CHƯƠNG IV": a chapter opens — a board named in an earlier chapter is not the bare "Ban" of this one
_CHAPTER = re.compile(r"^\s*chương\s+[ivxlc\d]+\b", re.IGNORECASE)


#: how many paragraphs above a sentence ``carry: any`` reads for the board whose kiến nghị it speaks of
CARRY_REACH = 2


def _board_of_list(ctx: Context, para) -> tuple[str, str] | None:
    """The board named in the items of the list ``para`` closes, or in the label that opens it ("1. Ban Thanh tra nhân
    dân" over "- Ban Thanh tra nhân dân xã có 31 thành viên …" … "- Thời gian thông báo kết quả giải quyết kiến nghị bình
    quân là 25 ngày …", unseen69 u69-08): the items before it of the same marker, then the line above them."""
    mark = _item_marker(para.text)
    if mark is None:
        return None
    paras = ctx.doc.paras
    for q in reversed(paras[:para.index - 1]):  # Para.index is 1-based
        board = last_board(q.folded) if q.zone != "header" else None
        if board or _item_marker(q.text) != mark:
            return board
    return None


def _board_named_before(ctx: Context, para, reach: int = BOARD_REACH) -> tuple[str, str] | None:
    """s25-pd: the board named last in the paragraphs before ``para`` (at most ``BOARD_REACH``, never across a chapter's
    opening) — a letter's addressee ("Kính gửi: Ban Giám sát đầu tư của cộng đồng công trình …" over "… thời hạn xem
    xét, giải quyết kiến nghị của Ban là 30 ngày làm việc", unseen73 u73-07), or the article of the same chapter that
    set the board up ("Điều 6. Thành lập Ban Giám sát đầu tư của cộng đồng" over "Điều 9 … 2. Xem xét, giải quyết kiến
    nghị của Ban …", u73-11) when the document itself is by or about no one board."""
    paras = ctx.doc.paras
    k = para.index - 1  # Para.index is 1-based
    for q in reversed(paras[max(0, k - reach):k]):
        if q.zone == "header" and not _ADDRESSEE.match(q.key):
            continue  # the issuer, number and title are the document's own board (``document_ban``), read with its doubts
        board = last_board(q.folded)
        if board:
            return board
        if _CHAPTER.match(q.text):
            return None
    return None


#: "Kính gửi: Ban Giám sát đầu tư của cộng đồng …": the only line of a letter's heading that names another's board
_ADDRESSEE = re.compile(r"^\W*kính\s+gửi\b")


#: "… của Ban Giám sát đầu tư của cộng đồng (sau đây gọi là Ban) …": the text names the board a bare "Ban" stands for.
_CALLED_BAN = re.compile(r"\(\s*sau\s+day\s+(?:duoc\s+)?(?:goi|viet)\s+(?:tat\s+)?la\s*[\"'“]?\s*ban\s*[\"'”]?\s*\)")


def _defined_board(ctx: Context) -> tuple[str, str] | None:
    """The board the document defines as "Ban" ("… Ban Giám sát đầu tư của cộng đồng (sau đây gọi là Ban)"), when it
    defines one only."""
    key = "conflict.defined_board"
    if key not in ctx.memo:
        found = {b for p in ctx.doc.paras for m in _CALLED_BAN.finditer(p.folded)
                 if (b := last_board(p.folded[:m.start()]))}
        ctx.memo[key] = found.pop() if len(found) == 1 else None
    return ctx.memo[key]


def _heading_board(ctx: Context, para) -> tuple[str, str] | None:
    """The board the chapter or article heading over ``para`` names ("Chương IV. BAN THANH TRA NHÂN DÂN / Điều 4.
    Tổ chức / … 2. Nhiệm kỳ của Ban là 03 năm"): a bare "Ban" under it speaks of that board."""
    head = heading_keys(ctx).get(para.index, "")
    return last_board(fold_keep_length(head).lower()) if head.strip(" |") else None


def document_ban(ctx: Context) -> str:
    """The name of the one board the document is by or about (``checker.subject``), else ""."""
    key = "conflict.document_ban"
    if key not in ctx.memo:
        board = document_board(ctx.doc)
        ctx.memo[key] = board[1] if board else ""
    return ctx.memo[key]


def _in_context(rule: Rule, key: str, exclude_key: str | None = None) -> bool:
    """The context cues hold in ``key`` and no exclude cue in ``exclude_key`` (default: ``key``)."""
    groups = rule.detect.get("context", [])
    exclude = tuple(rule.detect.get("exclude", ()))
    if groups and not all_groups(key, groups):
        return False
    return not (exclude and any_cue(key if exclude_key is None else exclude_key, exclude))


def _full_sentence(s) -> str:
    """The key of the whole sentence (to a full stop) around ``s``, whose own key ends at a semicolon."""
    text = s.para.text
    a = max((m.end() for m in _FULL_STOP.finditer(text, 0, s.start)), default=0)
    m = _FULL_STOP.search(text, s.end)
    return s.para.key[a:m.start() + 1 if m else len(text)]


_HONORIFIC = r"(?:[ÔôOo]ng|[Bb]à|[Aa]nh|[Cc]hị|[Đđ]ồng\s+chí|[Đđ]/[Cc])\s+"
_PERSON_NAME = rf"[{UPPER}][^\W\d_]*(?:\s+[{UPPER}][^\W\d_]*){{0,4}}"
_SPEECH = r"(?:[ÝýYy]\s+kiến|[Pp]hát\s+biểu|[Tt]rình\s+bày|[Tt]ham\s+luận|[Gg]óp\s+ý|[Tt]hảo\s+luận)"
#: s33-pr (record flips, «Ý kiến ông X (trưởng thôn): …»): minutes put a speaker before what he said — «Ý kiến ông
#: Nguyễn Văn A (Trưởng thôn): …», «Phát biểu của bà B, Chủ tịch Công đoàn: …», «Ông C (đại diện hộ) phát biểu: …».
#: The speaker's post tells who spoke, not what the clause after the colon is about (Law 10/2022 Art. 20.2, Decree 59
#: Art. 3.5: the minutes record the opinions expressed); a clause's context is read in the words said.
_SPEAKER = re.compile(
    r"^\s*(?:[-–+•*]\s*|\d{1,2}[.)]\s*|[a-zđ]\)\s*)?"
    rf"(?:{_SPEECH}(?:\s+của)?\s+{_HONORIFIC}{_PERSON_NAME}(?:\s*\([^()]{{2,100}}\)|\s*[,–-]\s*[^:;()]{{2,80}}?)?"
    rf"|{_HONORIFIC}{_PERSON_NAME}(?:\s*\([^()]{{2,100}}\)|\s*[,–-]\s*[^:;()]{{2,80}}?)?\s+"
    r"(?:phát\s+biểu|nêu\s+ý\s+kiến|có\s+ý\s+kiến|trình\s+bày|tham\s+luận|góp\s+ý|cho\s+rằng|nói)"
    # s39-rf (record shapes): a record's field whose value is the statement itself — «Nội dung: …», «Kết luận của chủ
    # trì: …», «Ghi chú: …» — names no actor and no matter; what follows its colon is the sentence as written
    r"|(?P<field>[Nn]ội\s+dung|[Kk]ết\s+luận(?:\s+của\s+(?:người\s+)?(?:chủ\s+trì|chủ\s+tọa|chủ\s+toạ|hội\s+nghị|cuộc\s+họp))?"
    r"|[Gg]hi\s+chú))\s*:")


def speaker_end(text: str) -> int:
    """Where the words of a speaker a minutes line opens with begin («Ý kiến ông A (trưởng thôn): |…»); 0 if none."""
    m = _SPEAKER.match(text)
    return m.end() if m else 0


#: the speaker speaking of himself («tôi sẽ triệu tập …»): his post is the agent of his words
FIRST_PERSON = re.compile(r"(?<!\w)(?:tôi|toi|chúng\s+tôi|chung\s+toi|bản\s+thân|ban\s+than)(?!\w)")


def said_part(s):
    """s39-rf (record shapes): the sentence a minutes line or a record's field states, read from where its words begin —
    «Ý kiến ông A (trưởng thôn): Thư viện hiện có 11 viên chức … nên không bầu Ban …», «Nội dung: Hội nghị được tổ
    chức 02 năm/lần» (a field's value that opens in capitals, as a sentence does): the label names who spoke or that
    a statement follows, and a cue written for the sentence's own
    opening («^… thư viện … có», «^hội nghị được …») reads the statement as it reads it standing alone. ``s`` itself
    when it opens with no such label, or when the speaker speaks of himself («… phát biểu: tôi sẽ triệu tập …»)."""
    said = speaker_end(s.text)
    words = s.text[said:].strip()
    if not said or not words or FIRST_PERSON.search(s.key, said):
        return s
    if _SPEAKER.match(s.text).group("field") and not words[:1].isupper():
        return s  # «Nội dung: thông qua mức đóng góp …»: a field's value, no sentence — read with its label
    start = s.start + said + len(s.text[said:]) - len(s.text[said:].lstrip())
    return replace(s, start=start, ents=tuple(e for e in s.ents if e.start >= start))


#: s38-cd: a condition frame — «(Trong) trường hợp …», «Nếu …», closed by «thì» — and its «thì»
_CONDITION_OPENER = re.compile(r"(?<![^\W_])(?:trong\s+trường\s+hợp|trường\s+hợp|nếu|trong\s+truong\s+hop|truong\s+hop|neu)(?![^\W_])")
_THEN = re.compile(r"(?<![^\W_])(?:thì|thi)(?![^\W_])")


def condition_openers_before(key: str, at: int) -> str:
    """``key`` with the opener of every condition frame closed by «thì» before offset ``at`` blanked (same length).

    s38-cd (the conditional shape, the rules' own violations put after «Trường hợp cần thiết thì …»): a rule that lists
    «trường hợp» / «nếu» among its ``exclude`` cues sets aside a conditional sentence because the act it names may be
    the condition («Nếu Ủy ban nhân dân xã không công khai dự toán thì người dân có quyền kiến nghị»: a case spoken of,
    not an act done) or a lawful exception. When the found act comes after the frame's «thì», it is what the text
    prescribes in that case («Trường hợp cần thiết thì Ủy ban nhân dân xã không công khai danh sách hộ nghèo»): the
    frame's opener no longer sets it aside. The frame's other words still do (an exclude cue written in the condition,
    «Trường hợp thông tin thuộc bí mật nhà nước thì không công khai», keeps the sentence aside)."""
    out = key
    for m in _CONDITION_OPENER.finditer(key, 0, at):
        then = _THEN.search(key, m.end(), at)
        if then is not None and not _CONDITION_OPENER.search(key, m.end(), then.start()):
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out


def _clause_ok(rule: Rule, s, at: int) -> bool:
    """With ``clause: true``, do the context cues hold in the clause around offset ``at``? The exclude cues are read
    with the openers of the condition frames the found act comes after blanked (``condition_openers_before``)."""
    if not rule.detect.get("clause"):
        return True
    if "sentence_exclude" in rule.detect and any_cue(_full_sentence(s), tuple(rule.detect["sentence_exclude"])):
        return False  # ``sentence_exclude``: a cue anywhere in the sentence ("… tổ chức bầu bổ sung; bà A trúng cử …")
    about = f" | {s.about}" if isinstance(s, AboutSentence) else ""  # the bare "Ban"'s name
    for a, b in clauses(s.key):
        if a <= at <= b:
            if "conjunct_exclude" in rule.detect and any_cue(conjunct_around(s.key, at, a, b),
                                                              tuple(rule.detect["conjunct_exclude"])):
                return False
            framed = condition_openers_before(s.key, at)
            said = speaker_end(s.text[a:b])
            if said and a + said <= at:  # the speaker's post is no part of what he said (s33-pr)
                return _in_context(rule, " " * said + s.key[a + said:b] + about,
                                   exclude_key=" " * said + framed[a + said:b] + about)
            cell = _cell_before(s) if a == 0 else ""
            if cell:  # the exclude cues read with the words of the cell the piece was cut from
                return _in_context(rule, s.key[a:b] + about, exclude_key=cell + framed[a:b] + about)
            return _in_context(rule, s.key[a:b] + about, exclude_key=framed[a:b] + about)
    return True


def _cell_before(s) -> str:
    """s35-ct (unseen92 u92-10 L12): a table row cut into sentences at a ";" inside a cell («| 2 | Dự toán, quyết
    toán ngân sách xã; tình hình thực hiện dự toán theo quý | Niêm yết tại trụ sở UBND xã | 15 ngày liên tục |»): the
    key of that cell's words before the piece, which say what the cell lists («… ngân sách xã»: the commune's own
    budget, not the budget law's subject). "" for a piece that starts a cell or a sentence that is no table row."""
    text = s.para.text
    if s.start == 0 or not text.lstrip().startswith("|"):
        return ""
    bar = text.rfind("|", 0, s.start)
    if bar < 0 or not text[bar + 1:s.start].strip():
        return ""
    return s.para.key[bar + 1:s.start]


#: where a clause's predicates join: «… và …», «…, …» (s27-ctx)
_CONJUNCT_JOIN = re.compile(r",\s+|\s+(?:và|va)\s+")


def conjunct_around(key: str, at: int, a: int = 0, b: int | None = None) -> str:
    """``conjunct_exclude`` (s27-ctx): the conjunct of clause ``key[a:b]`` that holds offset ``at`` — from the join
    («và», «,») before ``at`` to the next join after the words found there. A clause that coordinates two predicates
    («niêm yết ít nhất 30 ngày liên tục và phát trên loa truyền thanh xã 01 lần», unseen80 u80-01 L22) gives each its
    own words: the posting's «ít nhất … liên tục» is no period of the broadcast. The found words themselves may hold a
    join («phát … 03 ngày liên tục, mỗi ngày 01 buổi»): the conjunct runs to the first join after ``at`` that is past
    the next digit run, so a period written inside the found words stays the broadcast's own."""
    b = len(key) if b is None else b
    start = max((m.end() for m in _CONJUNCT_JOIN.finditer(key, a, at)), default=a)
    m = re.compile(r"\d").search(key, at, b)
    after = m.end() if m else at
    end = next((m.start() for m in _CONJUNCT_JOIN.finditer(key, after, b)), b)
    return key[start:end]


def _row_label(s) -> str:
    """s20-cf (unseen58 u58_05 L20): a ";" inside a table cell ("| Khoản 4: quy chế dân chủ … | Niêm yết tại trụ sở;
    trang TTĐT | Niêm yết 30 ngày, sau đó gỡ bỏ |") cuts the row into sentences, and the later ones lose the row's first
    cell, which says what the row is about: they are read with it."""
    text = s.para.text
    if not text.lstrip().startswith("|") or s.start == 0 or not text[:s.start].strip():
        return ""
    cells = [c for c in s.para.key.split("|") if c.strip()]
    head = text[:s.start]
    if not cells or head.count("|") < 2:  # the first cell must end before the sentence starts
        return ""
    return cells[0].strip()
#: the end of a sentence inside a lead-in paragraph, before its last sentence ("Điều 5. Xử lý vi phạm. Hộ … bị thôn:")
_LEAD_CUT = re.compile(r"[.;!?]\s+")


def _item_marker(text: str) -> str | None:
    """The marker kind of a list item: the bullet's own glyph ("-" and "+" are two levels), "letter" or "number"."""
    m = _ITEM_MARK.match(text)
    if not m:
        return None
    head = m.group(0).strip()
    return head[:1] if head[:1] in "-–+•*" else ("letter" if head[:1].isalpha() else "number")


def _last_sentence(text: str) -> int:
    """Where the last sentence of ``text`` (a lead-in ending ":") begins."""
    body = text.rstrip()
    return max((m.end() for m in _LEAD_CUT.finditer(body, 0, max(0, len(body) - 1))), default=0)


def list_lead_in(ctx: Context, s) -> tuple[str, str] | None:
    """(text, key) of the lead-in (``lead_in_at``)."""
    at = lead_in_at(ctx, s)
    if at is None:
        return None
    para, a, b = at
    return para.text[a:b], para.key[a:b]


def lead_in_at(ctx: Context, s) -> tuple[Any, int, int] | None:
    """(paragraph, start, end) of the lead-in that opens the list item ``s`` begins: the last sentence of the nearest paragraph
    above it, past the item's siblings (items of the same marker), that ends with ":" — or, for an item written on
    the lead-in's own line ("Trưởng thôn có nhiệm vụ: a) …; b) …"), the words before that line's colon. None for a
    sentence that starts no item, or a list under a heading without a colon."""
    para = s.para
    own = para.text[s.start:s.end]
    if s.start > 0:
        if not _ITEM_MARK.match(own):
            return None
        before = para.text[:s.start]
        colon = before.rfind(":")
        if colon < 0:
            return None
        a = _last_sentence(before[:colon + 1])
        return para, a, colon
    style = _item_marker(para.text)
    if style is None:
        return None
    memo = ctx.memo.setdefault("conflict.lead_in_at", {})
    if para.index in memo:
        return memo[para.index]
    paras = ctx.doc.paras
    i = next((k for k, q in enumerate(paras) if q.index == para.index), 0)
    out = None
    for _ in range(30):
        i -= 1
        if i < 0:
            break
        q = paras[i]
        if q.zone != para.zone:
            break
        t = q.text.rstrip()
        if _item_marker(q.text) == style and not _HEADING.match(q.text):
            continue  # a sibling item
        if t.endswith(":"):  # the lead-in, also an article's own line ("Điều 11. Hộ vi phạm … thì bị tổ dân phố:")
            out = (q, _last_sentence(t), len(t) - 1)
        break
    memo[para.index] = out
    return out


def lead_scope(ctx: Context, s) -> acts.Lead | None:
    """The scope of the lead-in over the list item ``s`` (``acts.read_lead``), or None. A lead-in that is itself an
    item and states no modality of its own takes its own lead-in's prohibition: under «Nghiêm cấm thôn áp dụng các
    biện pháp sau:» / «- Các khoản thu:», the item «+ phạt tiền hộ vi phạm» is ruled out too (levels nest)."""
    at = lead_in_at(ctx, s)
    if at is None:
        return None
    para, a, b = at
    scope = acts.read_lead(para.key[a:b])
    q, level = para, 0
    while scope.modality == acts.STATED and a <= acts.item_body(q.text) and level < 3 and _item_marker(q.text):
        up = lead_in_at(ctx, _WholePara(q, 0, len(q.text)))
        if up is None:
            break
        q, a, b = up
        if acts.read_lead(q.key[a:b]).forbids:
            return replace(scope, modality=acts.RULED_OUT)
        level += 1
    return scope


@dataclass(frozen=True)
class _WholePara:
    """A paragraph read as the one sentence that starts it (``lead_in_at`` of a lead-in that is an item)."""

    para: Any
    start: int
    end: int


def lead_in_subject(ctx: Context, s, zones: tuple[str, ...]):
    """The role that opens the lead-in of the list item ``s`` — its subject, who does what each item says: "2. Trưởng
    ban công tác Mặt trận có trách nhiệm:" over "- triệu tập và chủ trì hội nghị …". None when the lead-in forbids
    ("Trưởng thôn không được:"), or opens with anything but a role."""
    at = lead_in_at(ctx, s)
    if at is None:
        return None
    para, a, b = at
    scope = lead_scope(ctx, s)
    if scope is not None and scope.forbids:
        return None  # "Trưởng thôn không được:", and the items of a list nested under a prohibition
    m = _ITEM_MARK.match(para.text[a:b])
    head = a + (m.end() if m else 0)
    roles = [e for t in joined_sentences(ctx, zones) if t.para.index == para.index
             for e in t.ents if e.label == "ROLE" and a <= e.start < b]
    first = min(roles, key=lambda e: e.start, default=None)
    return first if first is not None and first.start - head <= 2 else None


#: "thay cho việc lập biên bản xử phạt của cơ quan có thẩm quyền": what follows a replacing word, to the clause's end,
#: is the measure the text sets aside — an exclude cue there ("cơ quan có thẩm quyền") names what is NOT done; an
#: exclude cue that is the replacing word itself ("thay vì" of CF-171: the lawful meeting put first) still holds
_REPLACED = re.compile(r"(?<!\w)(?<!không\s)(?<!khong\s)(?<!chứ\s)(?<!chu\s)(?:thay\s+(?:cho|vì|thế(?:\s+cho)?)|"
                       r"thay\s+(?:cho|vi|the(?:\s+cho)?))(?!\w)([^;.]*)")


#: s23-rd: "… áp dụng biểu quyết trực tuyến đối với các công việc tự quản theo khoản 6 Điều 15 Luật … và đối với chủ
#: trương, mức đóng góp xây dựng công trình công cộng …": a scope joined to the lawful one ("và (cả) đối với …", "và cả …").
_JOINED = re.compile(r"(?:,\s*)?(?<!\w)(?:và|va)\s+(?:(?:cả|ca)\s+)?(?:(?:đối|doi)\s+(?:với|voi)|(?:với|voi)|(?:cả|ca))\s+([^;.]*)")


#: … unless the conjunct restricts or denies ("chỉ áp dụng …", "không áp dụng …, và với …": no extension).
_RESTRICTS = re.compile(r"(?<!\w)(?:không|khong|chưa|chua|chỉ|chi|trừ|tru|ngoài|ngoai|nghiêm\s+cấm|cấm|cam)(?!\w)")


def _excluded_outside_replaced(key: str, exclude: tuple, joined_scope: tuple = ()) -> bool:
    """An exclude cue of a ``forbidden`` rule sets the sentence aside unless every place it stands is inside the
    measure the sentence says it replaces (``_REPLACED``): "bị thôn phạt 2.000.000 đồng, thay cho việc lập biên bản xử
    phạt của cơ quan có thẩm quyền" fines in the authority's place; "… không thay thế việc xử lý của cơ quan có thẩm
    quyền" and "báo cơ quan có thẩm quyền xử lý" keep the authority and stay set aside.

    ``joined_scope`` (s23-rd): a lawful scope the exclude cue restates ("các công việc tự quản theo khoản 6 Điều 15")
    spares nothing when the sentence joins to it another scope naming one of these cues ("… và đối với chủ trương, mức
    đóng góp …"): the cues standing before the join are not read; one inside the joined scope ("… và đối với mức đóng
    góp thì không áp dụng") or elsewhere still sets the sentence aside."""
    spans = [(m.start(1), m.end(1)) for m in _REPLACED.finditer(key)]  # the object, not the replacing words
    if joined_scope:
        for j in _JOINED.finditer(key):
            start = max(key.rfind(",", 0, j.start()), key.rfind(":", 0, j.start())) + 1
            if cue_regex(joined_scope).search(j.group(1)) and not _RESTRICTS.search(key, start, j.start()):
                spans.append((start, j.start()))  # the lawful scope restated, in the conjunct the joined one extends
    for m in cue_regex(exclude).finditer(key):
        if not any(a <= m.start() and m.end() <= b for a, b in spans):
            return True
    return False


def _title_sentences(rule: Rule, ctx: Context):
    """With ``title`` groups, a plan titled "… cuộc họp cho thôi làm Tổ trưởng …" gives the
    context to its sentences ("Người triệu tập và chủ trì: …"), except those that name
    another purpose (``title_exclude``, e.g. "bầu") or an exclude cue; with ``title_context``
    only the sentences that match it ("Thông báo triệu tập gửi … 03 ngày trước ngày tổ chức"
    in a plan titled "… hội nghị định kỳ cuối năm của thôn …")."""
    groups = rule.detect.get("title")
    if not groups:
        return
    by_title = all_groups(document_subject(ctx), groups)
    skip = tuple(rule.detect.get("title_exclude", ())) + tuple(rule.detect.get("exclude", ()))
    within = rule.detect.get("title_context")
    if not by_title and not within:
        return
    for s in joined_sentences(ctx, ZONES[rule.detect.get("scope", "body")]):
        if not by_title and not _heading_names(ctx, s.para, groups):
            continue  # s20-cf: else the section heading over it may name the subject (with ``title_context`` only)
        if _in_context(rule, s.key) or (skip and any_cue(s.key, skip)):
            continue  # already read by _sentences, or about another matter
        if within and not all_groups(s.key, within):
            continue
        if other_matter_in_paragraph(rule, s):
            continue
        if skip and under_other_heading(ctx, s.para, skip, groups):
            continue
        yield s


def _heading_names(ctx: Context, para, groups) -> bool:
    """s20-cf (unseen58 u58_06 L22): a plan titled "Huy động nguồn lực xây dựng đường …" says what its voting rule is on
    in the section heading over it — "III. MỨC ĐÓNG GÓP VÀ CÁCH THỨC THỰC HIỆN / … Nội dung được thông qua khi có trên 50%
    …": the chapter or article heading ``para`` stands under matches the rule's ``title`` groups."""
    head = heading_keys(ctx).get(para.index, "")
    return bool(head.strip(" |")) and all_groups(head, groups)


def other_matter_in_paragraph(rule: Rule, s) -> bool:
    """A sentence read only because of the document's title ("Kết quả các cuộc họp, hội nghị của tổ
    dân phố") stands aside when its paragraph names another matter (``title_para_exclude``): "Hội nghị
    do UBND phường tổ chức để Nhân dân góp ý; giấy mời phát 04 ngày trước" is no periodic hội nghị."""
    skip = tuple(rule.detect.get("title_para_exclude", ()))
    return bool(skip) and any_cue(match_key(s.para.text), skip)


#: A numbered item's heading line: "2. Bầu Trưởng thôn Đồng Chớp", "II. VỀ HỘI NGHỊ CỘNG ĐỒNG DÂN CƯ" — short,
#: with no sentence after it.
_ITEM_HEAD = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4})\.\s+\S[^.;:!?]{0,90}$")


#: the marker that opens a numbered line: an Arabic number (group 1) or a Roman one (group 2)
_ITEM_OPEN = re.compile(r"^\s*(?:(\d{1,2})|([IVX]{1,4}))\.\s")


def _head_line(p) -> str | None:
    """The key of paragraph ``p``'s first line when that line is a numbered heading (``_ITEM_HEAD``) — the whole
    paragraph, or its first line when the layout reader joined the heading to the sentences under it («2. Về cho thôi
    làm Trưởng thôn (Điều 9 …)» / «Cuộc họp cho thôi làm Trưởng thôn do …»: the next line opens a sentence of its own,
    it is no wrapped end of the heading)."""
    cut = next((a for a in p.seg_starts if a > 0), len(p.text))  # where the paragraph's second input line starts
    first, rest = p.text[:cut].rstrip(), p.text[cut:]
    if not _ITEM_HEAD.match(first):
        return None
    opens = rest.lstrip()[:1]
    if opens and not (opens.isupper() or opens.isdigit() or opens in "-–+•*(["):
        return None  # «2. Trường hợp công dân gửi kiến nghị … thì đơn» / «phải có xác nhận …»: a wrapped sentence
    return p.key[:len(first)]


def item_heads(ctx: Context) -> dict[int, str]:
    """Para index → the cue-matching key of the numbered heading line it stands under (its own, for a heading).

    s29-ctx: a heading holds until the next item of its level, never into a sibling's lines — a heading the layout
    reader joined to the lines under it is read from its first line (unseen20 n13: «2. Về cho thôi làm Trưởng thôn …»
    did not replace «1. Về bầu Trưởng thôn …», whose election subject the lawful sentence on the dismissal meeting
    took), and the next number of an Arabic heading («2. Cuộc họp …» after «1. Bầu …») ends it even when that item is
    a sentence, not a heading; a Roman heading ends the Arabic one under it."""
    key = "conflict.item_heads"
    if key not in ctx.memo:
        out, heads, number = {}, {"roman": "", "number": ""}, 0
        for p in ctx.doc.paras:
            if p.zone != "body":
                heads, number = {"roman": "", "number": ""}, 0
            elif m := _ITEM_OPEN.match(p.text):
                head = _head_line(p)
                if m.group(2):  # «II. …»: a new part; the numbered heading of the last part ends with it
                    if head is not None:
                        heads, number = {"roman": head, "number": ""}, 0
                elif head is not None:
                    heads["number"], number = head, int(m.group(1))
                elif number and int(m.group(1)) == number + 1:
                    heads["number"], number = "", 0  # the next sibling of the heading, written as a sentence
            out[p.index] = heads["number"] or heads["roman"]
        ctx.memo[key] = out
    return ctx.memo[key]


def under_other_heading(ctx: Context, para, skip: tuple, groups: list) -> bool:
    """A sentence read only because of the document's title stands aside when the numbered item it stands under
    names another purpose (a ``title_exclude`` cue) and not the title's subject: in a letter "V/v tổ chức hội nghị
    định kỳ cuối năm … và bầu Trưởng thôn …", the sentences under "2. Bầu Trưởng thôn Đồng Chớp" speak of the
    election, not of the periodic hội nghị."""
    head = item_heads(ctx).get(para.index, "")
    return bool(head) and any_cue(head, skip) and not all_groups(head, groups)
