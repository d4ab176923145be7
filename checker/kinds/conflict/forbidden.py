"""The conflict kind's ``forbidden`` reader: wording the law does not allow, read in a sentence, across a list's
lead-in, in a paragraph or under a heading."""
from __future__ import annotations

import re
from dataclasses import replace

from checker.kinds import Context, all_groups, any_cue, check_groups, cue_regex, fill, finding
from checker.kinds.conflict import acts
from checker.kinds.conflict.polarity import restated  # s29-ls: the one reader of refusals (polarity)
from checker.kinds.conflict.common import (
    clauses, _evidence, heading_keys, _list_style, on_second_base, rejected_before, ZONES,
)
from checker.kinds.conflict.context import (
    AboutSentence, _clause_ok, _excluded_outside_replaced, _in_context, joined_sentences, lead_scope, list_lead_in, _sentences,
    table_header, title_about, titled_excluded,
)
from checker.model import Finding, Rule


#: the agent of a passive after «được» («Tổ bầu cử gồm 05 người, được Trưởng ban công tác Mặt trận thôn quyết định
#: thành lập»): the same reading as after «do», which the rules' patterns name; «được» keeps its length as «do  »
_PASSIVE_BY = re.compile(r"(?<!\w)(?:được|duoc)(?=\s+\w)")


def passive_key(key: str) -> str | None:
    """The key with each «được» that may open a passive's agent read as «do» (same length: offsets hold), or None when
    the key has none. A pattern that reads «… do <role> <act>» then reads «… được <role> <act>», the same passive;
    «được» as a modal («Trưởng thôn được quyết định …») has no role after it and no «do» pattern reads it."""
    if not _PASSIVE_BY.search(key):
        return None
    return _PASSIVE_BY.sub(lambda m: "do" + " " * (len(m.group(0)) - 2), key)


def check_forbidden(rule: Rule, ctx: Context) -> list[Finding]:
    """Forbidden wording, unless followed closely by an ``unless_after`` cue
    ("xử phạt theo quy định của pháp luật" refers to the law and sets no sanction). A list item is read with its
    lead-in's scope (``context.lead_scope``, ``acts``): under a prohibiting lead-in its first clause names what is
    forbidden; otherwise an item that goes on with the lead-in's sentence is read with it as one.
    ``borrowed_once: true`` (s29-ng, unseen83 u83-29): the fault is one act — the text's matter put to a forbidden
    mode — and a sentence that meets the rule's context only through words it borrows (the document's subject, a
    lead-in, a label) tells that act again: after the first such finding, the others are not said; a sentence that
    names the matter itself keeps its own."""
    cues = tuple(rule.detect["forbidden"])
    unless = tuple(rule.detect.get("unless_after", ()))
    advice = rule.detect.get("advice_after")
    exclude = tuple(rule.detect.get("exclude", ()))
    once = rule.detect.get("borrowed_once", False)
    borrowed = False  # a finding already made on a sentence that borrowed its context
    out = []
    for s in _topic_sentences(rule, ctx):
        if once and borrowed and isinstance(s, AboutSentence):
            continue  # ``borrowed_once``: the same fault, told again under the same borrowed subject
        lead = list_lead_in(ctx, s)
        scope = lead_scope(ctx, s) if lead else None
        forbids = scope is not None and scope.forbids
        if lead and exclude and not rule.detect.get("clause") and _excluded_outside_replaced(lead[1], exclude):
            continue  # "Trưởng thôn lập biên bản, đề nghị Ủy ban nhân dân xã:" / "- xử phạt hộ vi phạm": the lead-in's own
            #           exclude cue sets its items aside as it would the one sentence
        if forbids:
            # "Hương ước không được quy định các nội dung sau:" over "- Phạt tiền hộ vi phạm": the lead-in's prohibition
            # reaches the item's first clause, which names what is forbidden, not what the text does
            head = acts.first_clause_end(s.key)
            if any(m.start() < head for m in cue_regex(cues).finditer(s.key)):
                continue
        hits = [m for m in cue_regex(cues).finditer(s.key) if m.start() < len(s.text)]
        if not hits and not forbids:
            hits = _passive_hits(cue_regex(cues), s)
        if not hits and not forbids:
            hits = _paren_agent_hits(cue_regex(cues), s)
        if not hits and scope is not None and not forbids:  # "Trưởng thôn không được:" / "- chỉ định …": no act joined
            f = _forbidden_across_lead(rule, ctx, s, scope, cues, unless)
            if f is not None:
                out.append(f)
            continue
        if not hits and scope is None and s.start == 0 and s.text.lstrip().startswith("|"):
            f = _forbidden_in_row(rule, ctx, s, cues, unless)  # "| Nội dung | Cơ quan quyết định |" over its rows
            if f is not None:
                out.append(f)
            continue
        if not hits and scope is None:  # "Hộ vi phạm bị thôn: buộc nộp 300.000 đồng": a label and its value
            label = _label_scope(s)
            if label is not None:
                f = _forbidden_across_lead(rule, ctx, s, label[0], cues, unless, label[1])
                if f is not None:
                    out.append(f)
            continue
        for m in hits:
            if m.start() >= len(s.text):  # in the Ban's name read after a bare "Ban" (AboutSentence)
                break
            if unless:
                tail = s.key[m.end():m.end() + 60]
                if cue_regex(unless).search(tail):
                    continue
            if not _clause_ok_or_topic(rule, s, m.start()) or rejected_before(s.key, m.start()) \
                    or on_second_base(s.key, m.start()):
                continue
            if restated(cue_regex(cues), m.string, m):
                continue
            f = finding(rule, ctx, _evidence(ctx, s, m.start()), found=s.text[m.start():m.end()])
            if advice and cue_regex(tuple(advice["cues"])).search(s.key[m.end():m.end() + 60]):
                f = _as_advice(rule, ctx, f, advice, s.text[m.start():m.end()])
            out.append(f)
            borrowed = borrowed or isinstance(s, AboutSentence)
            break
    return out


#: a sentence's opening topic frame, up to its first comma: «Về (việc) thông qua hương ước sửa đổi, …», «Đối với việc
#: bầu Trưởng thôn, …» — what every clause of the sentence speaks of
_TOPIC = re.compile(r"^\s*(?:[-–+•]\s*|\d{1,2}[.)]\s*|[a-zđ]\)\s*)?(?:về|đối\s+với|riêng|ve|doi\s+voi)\s+[^,;:.]{3,80},")


def _topic_sentences(rule: Rule, ctx: Context):
    """``context._sentences``, and (s27-ng) the later sentences of a paragraph that opens with a topic frame
    («Về việc thông qua hương ước sửa đổi, Ban điều hành thôn đã thống nhất; hình thức: gửi phiếu lấy ý kiến đến từng
    hộ gia đình, …»), read with the topic when it completes the rule's context groups (``AboutSentence``: the topic
    joins the key, never the text)."""
    seen = set()
    for s in _sentences(rule, ctx):
        seen.add((s.para.index, s.start))
        yield s
    groups = rule.detect.get("context")
    if not groups or "sentence_context" in rule.detect or "quantity" in rule.detect:
        return
    exclude = () if rule.detect.get("clause") else tuple(rule.detect.get("exclude", ()))
    for s in joined_sentences(ctx, ZONES[rule.detect.get("scope", "body")]):
        if s.start == 0 or (s.para.index, s.start) in seen:
            continue
        t = _TOPIC.match(s.para.key)
        if t is None or t.end() > s.start or all_groups(s.key, groups) or not all_groups(s.key + " | " + t.group(0), groups):
            continue
        if exclude and _excluded_outside_replaced(s.key, exclude):
            continue
        if titled_excluded(rule, ctx, s.key):
            continue
        yield AboutSentence(s.para, s.start, s.end, s.ents, t.group(0))


def _clause_ok_or_topic(rule: Rule, s, at: int) -> bool:
    """``_clause_ok``, or (s27-ng, checker_dev_acts da-26) the clause read with the sentence's opening topic frame
    («Về việc thông qua hương ước sửa đổi, Ban điều hành thôn đã thống nhất; hình thức: gửi phiếu …»): the topic
    is the subject of the clauses after it, as a list's lead-in is of its items."""
    if _clause_ok(rule, s, at):
        return True
    t = _TOPIC.match(s.key)
    if t is None or at < t.end():
        return False
    a, b = next(((a, b) for a, b in clauses(s.key) if a <= at <= b), (0, len(s.key)))
    return _in_context(rule, s.key[a:b] + " | " + s.key[:t.end()])


def _passive_hits(rx, s) -> list:
    """s27-ng: the matches of the rule's patterns on the sentence read with «được» as the passive's «do»
    (``passive_key``), those that take in such a «được»: a «do» the sentence wrote is read already."""
    pk = passive_key(s.key[:len(s.text)])
    if pk is None:
        return []
    return [m for m in rx.finditer(pk) if m.start() < len(s.text) and pk[m.start():m.end()] != s.key[m.start():m.end()]]


#: s30-fb (checker_dev_forbidden df-21, label): a parenthesis that opens on a word and names who acts — «Mức đóng góp
#: (UBND xã ấn định, không đưa ra họp thôn): 2.000.000 đồng/hộ», «Mức thu: 200.000 đồng/hộ (Trưởng thôn quyết định)» —
#: says what «do <agent> <verb>» says: the agent of what the words before it name
_PAREN_AGENT = re.compile(r"(?<=\w)\s*\((?=\s*[^\W\d_])")


class _Span:
    """A match of a pattern on a re-read key, carried back to the sentence's own offsets (``_paren_agent_hits``)."""

    def __init__(self, start: int, end: int, string: str):
        self._start, self._end, self.string = start, end, string

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, i: int = 0) -> str:
        return self.string[self._start:self._end]


def _paren_agent_hits(rx, s) -> list:
    """The matches of the rule's patterns on the sentence read with each parenthesis that opens on a word as «do»
    (``_PAREN_AGENT``): «mức đóng góp (ubnd xã ấn định» read «mức đóng góp do ubnd xã ấn định». Only the matches that
    take in such a «do» count (the others are read on the sentence itself); each is carried back to the sentence's
    offsets, from the start of its first word to the end of its last, so the finding quotes the text as written."""
    key = s.key[:len(s.text)]
    opens = [m.end() - 1 for m in _PAREN_AGENT.finditer(key)]
    if not opens:
        return []
    pk, ins, pos = "", [], 0
    for i in opens:
        pk += key[pos:i]
        ins.append(len(pk))
        pk += " do "
        pos = i + 1
    pk += key[pos:]

    def back(p: int) -> int:
        shift = 0
        for k in ins:
            if p >= k + 4:
                shift += 3
            elif p > k:
                return k - shift  # inside the «do»: the parenthesis itself
        return p - shift

    out = []
    for m in rx.finditer(pk):
        if not any(m.start() <= k + 1 and k + 3 <= m.end() for k in ins):
            continue
        a, b = back(m.start()), back(m.end())
        if a < b <= len(s.text):
            out.append(_Span(a, b, s.key))
    return out


def _forbidden_across_lead(rule: Rule, ctx: Context, s, scope: acts.Lead, cues, unless,
                           body: int | None = None) -> Finding | None:
    """A forbidden act split between the lead-in and the item, read as one sentence (``acts.join``): the item goes
    on from the lead-in's last clause, its announcing words dropped ("Hộ vi phạm bị Ban điều hành thôn xử lý như
    sau:" / "- buộc nộp 500.000 đồng"), or is the subject of the lead-in's predicate ("Các nội dung sau do Chủ tịch
    UBND xã quyết định:" / "- mức đóng góp …"). Only a wording that takes words from both counts (the others are
    read on the lead-in or the item alone); the finding is the item's, quoting the item's words of it. An item that
    opens with a label of its own is also read from the label's value ("b) Tái phạm: buộc nộp …"); ``body``: where
    the item's words begin (a label's value read as the item of the label, ``_label_scope``)."""
    for j in _lead_readings(scope, s.key[:len(s.text)], body, tuple(rule.detect.get("exclude", ()))):
        for m in cue_regex(cues).finditer(j.key):
            if not acts.straddles(j, m.start(), m.end()):
                continue  # wholly in the lead-in (the lead-in's own finding) or wholly in the item (read already)
            a, at = j.item_offset(m.start()), j.item_offset(m.end())
            if unless and cue_regex(unless).search(j.key[m.end():m.end() + 60]):
                continue
            if rejected_before(j.key, m.start()) or not _clause_ok(rule, s, j.body) or restated(cue_regex(cues), j.key, m):
                continue
            found = s.text[a:at].strip()
            if not found:
                continue
            return finding(rule, ctx, _evidence(ctx, s, a), found=found)
    return None


def _lead_readings(scope: acts.Lead, item_key: str, body: int | None = None, exclude=()) -> list[acts.Joined]:
    """``acts.readings``, then (s29-ng, checker_dev_acts2 da2-35) the same item read on from the lead-in's whole
    sentence, its commas blanked: a lead-in's comma may join two nouns of one object («Người lao động gửi đơn kiến
    nghị, khiếu nại đến cơ quan nhà nước … thì bị:» / «a) Không xét thưởng cuối năm …») rather than end a clause,
    and the act the item's sanction follows on (the petition) is then cut off from its subject by the last-clause
    reading. Read second, so a wording the last clause completes keeps its reading; the rule's exclude cues anywhere
    in the whole lead-in set it aside («Người lao động gửi đơn tố cáo sai sự thật, vu khống … thì bị:»)."""
    out = acts.readings(scope, item_key, body)
    if scope.after or scope.forbids or "," not in scope.text:
        return out
    whole = acts.read_lead(scope.text.replace(",", " "))
    if whole.after or whole.forbids or whole.before == scope.before or (exclude and any_cue(whole.before, exclude)):
        return out
    return out + acts.readings(whole, item_key, body)


def _forbidden_in_row(rule: Rule, ctx: Context, s, cues, unless) -> Finding | None:
    """A table row under a header with an agent column, read as the sentence it states (``acts.row_acts``: "| Mức
    đóng góp xây dựng đường | UBND xã |" under "| Nội dung | Cơ quan quyết định |" reads "Mức đóng góp xây dựng đường
    do UBND xã quyết định"); a wording that reaches the agent's cell from the row's subject is the row's fault,
    quoting the agent."""
    head = table_header(ctx, s.para)
    if not head:
        return None
    row = s.key[:len(s.text)]
    for r in acts.row_acts(head, row):
        for m in cue_regex(cues).finditer(r.key):
            if not (m.start() < r.start < m.end()):
                continue
            if unless and cue_regex(unless).search(r.key[m.end():m.end() + 60]):
                continue
            if rejected_before(r.key, m.start()) or not _clause_ok(rule, s, r.cell_start) or restated(cue_regex(cues), r.key, m):
                continue
            return finding(rule, ctx, _evidence(ctx, s, r.cell_start), found=s.text[r.cell_start:r.cell_end])
    return None


def _label_scope(s) -> tuple[acts.Lead, int] | None:
    """A sentence that is a label and its value ("Hộ vi phạm bị thôn: buộc nộp 300.000 đồng", "Các nội dung sau do
    UBND xã quyết định: mức đóng góp …"): the words before its colon read as a lead-in over the value, and where the
    value begins; None for a sentence with no such colon or a prohibiting label."""
    text = s.text
    colon = text.find(":")
    if colon < 0 or not text[colon + 1:].strip():
        return None
    scope = acts.read_lead(s.key[:colon])
    if scope.forbids:
        return None
    return scope, colon + 1 + (len(text[colon + 1:]) - len(text[colon + 1:].lstrip()))


def _as_advice(rule: Rule, ctx: Context, f: Finding, advice: dict, found: str) -> Finding:
    """s21-cf (unseen65 u65-01 L19): ``advice_after`` — the sanction sent on to a law by name ("người vi phạm bị xử phạt
    theo quy định của Luật Thủy sản") sets none: the text only restates what the law provides, advice (gợi ý) with the
    advice's own message and basis."""
    basis = f.basis
    if advice.get("basis"):
        basis = ctx.resolver.for_rule(replace(rule, basis=(advice["basis"],))) or f.basis
    return replace(f, severity="gợi ý", message=fill(advice["message"], found=found), basis=basis)
# -- forbidden wording, context from the paragraph -------------------------------

def check_forbidden_in_paragraph(rule: Rule, ctx: Context) -> list[Finding]:
    """``forbidden`` with ``paragraph: true``: the context cues may stand anywhere in the sentence's
    paragraph — a report's item "5. Ban Thanh tra nhân dân xã: … kiện toàn Ban gồm 14 thành viên; UBND xã
    đã ban hành quyết định công nhận kết quả bầu …" names the body in one clause and the act in the
    next — and so are the exclude cues: a paragraph that also speaks of the Trưởng thôn's election leaves
    "UBND xã đã công nhận kết quả bầu" ambiguous."""
    groups = rule.detect.get("context", [])
    exclude = tuple(rule.detect.get("exclude", ()))
    cues = cue_regex(tuple(rule.detect["forbidden"]))
    out = []
    # s34-ac (checker_unseen94 u94-04): ``subject_context: title`` — a report whose title names the board («Kết quả kiện
    # toàn Ban Thanh tra nhân dân xã …») speaks of it in an item that does not repeat it («3. Kết quả bầu 07 thành viên
    # đã được Ủy ban nhân dân xã … ra quyết định công nhận»); the exclude cues are read on the title too
    title = title_about(ctx) if rule.detect.get("subject_context") == "title" else ""
    for s in joined_sentences(ctx, ZONES[rule.detect.get("scope", "body")]):
        about = s.para.key
        if groups and not all_groups(about, groups) and title:
            about = s.para.key + " | " + title
        if groups and not all_groups(about, groups):
            continue
        if exclude and any_cue(about, exclude):
            continue
        if "article_exclude" in rule.detect and any_cue(heading_keys(ctx).get(s.para.index, "").rsplit(" | ", 1)[-1],
                                                         tuple(rule.detect["article_exclude"])):
            continue  # ``article_exclude``: "Điều 4. Ban Giám sát đầu tư … / 2. Thành phần Ban gồm …": that article's Ban
        m = next((m for m in cues.finditer(s.key) if not restated(cues, s.key, m)), None)
        if m:
            out.append(finding(rule, ctx, _evidence(ctx, s, m.start()), found=s.text[m.start():m.end()]))
        elif rule.detect.get("prior_items") and s.start == 0:
            found = _in_prior_items(ctx, s.para, cues, exclude, rule.detect["prior_items"])
            if found:
                out.append(finding(rule, ctx, _evidence(ctx, s, 0), found=found))
    return out


def _in_prior_items(ctx: Context, para, cues, exclude, most: int) -> str:
    """``prior_items: N`` (with ``paragraph``): a list item whose fact the rule needs may stand in one of the N items
    right before it in the same list — a plan's "2. Cơ quan hiện có 41 cán bộ, công chức, người lao động …" then "3.
    Thành phần: 25 đại biểu do Chủ tịch UBND phường chỉ định" (unseen49 u49-08). The items are read up the list while
    they are items of the same kind ("2." / "3.", "- " / "- ") in the same zone; an item with an exclude cue ends the
    search. The text the cue finds there, else ""."""
    style = _list_style(para.text)
    if style not in ("bullet", "number"):
        return ""
    paras = ctx.doc.paras
    i = next((k for k, q in enumerate(paras) if q.index == para.index), 0)
    for _ in range(most):
        i -= 1
        if i < 0:
            return ""
        q = paras[i]
        if q.zone != para.zone or _list_style(q.text) != style:
            return ""
        if exclude and any_cue(q.key, exclude):
            return ""
        m = cues.search(q.key)
        if m:
            return q.text[m.start():m.end()]
    return ""


def validate_heading_context(detect: dict) -> None:
    if "heading_context" in detect:
        check_groups(detect["heading_context"], "heading_context")
        if ("forbidden" not in detect or not detect.get("clause")) and "actor" not in detect and "quantity" not in detect \
                and "year_span" not in detect:
            raise ValueError("'heading_context' chỉ dùng với 'actor', 'quantity', 'year_span', hoặc với 'forbidden' và 'clause: true'")


def check_forbidden_under_heading(rule: Rule, ctx: Context) -> list[Finding]:
    cues = cue_regex(tuple(rule.detect["forbidden"]))
    unless = tuple(rule.detect.get("unless_after", ()))
    exclude = tuple(rule.detect.get("exclude", ()))
    heads = heading_keys(ctx)
    # s40-qfp (unseen105 u105-06 L9): with ``subject_context: title`` the document's own title stands as the heading of
    # a text that has no article headings — «THÔNG BÁO / Số lượng, cơ cấu thành viên Ban Giám sát đầu tư của cộng đồng
    # công trình …» over «Đại diện người dân thôn Bãi Ngọc (…): 07 người»
    title = title_about(ctx) if rule.detect.get("subject_context") == "title" else ""
    carried = _carried_boards(rule, ctx)
    out = []
    for s in joined_sentences(ctx, ZONES[rule.detect.get("scope", "body")]):
        under = all_groups(heads.get(s.para.index, "") + (" | " + title if title else ""), rule.detect["heading_context"])
        about = next((t for a, b, t in carried.get(s.para.index, ()) if a < s.end and s.start < b), "")
        for m in cues.finditer(s.key):
            if unless and cue_regex(unless).search(s.key[m.end():m.end() + 60]):
                continue
            if restated(cues, s.key, m):
                continue
            a, b = next(((a, b) for a, b in clauses(s.key) if a <= m.start() <= b), (0, len(s.key)))
            clause = s.key[a:b]
            if about and _in_context(rule, f"{clause} | {about}"):
                pass
            elif not _in_context(rule, clause) and not (under and not (exclude and any_cue(clause, exclude))):
                continue
            out.append(finding(rule, ctx, _evidence(ctx, s, m.start()), found=s.text[m.start():m.end()]))
            break
    return out


def _carried_boards(rule: Rule, ctx: Context) -> dict[int, list[tuple[int, int, str]]]:
    """s40-act (unseen105 u105-12): with ``heading_context`` and ``carry: any``, a sentence that does not name the board
    is read with the one ``context._sentences`` carries to it — named in the points just before («1. … thành lập 03 Ban
    Giám sát đầu tư của cộng đồng …» over «2. Kết quả bầu đại diện người dân … đã được UBND xã … công nhận»), else the
    one the document is by or about; by paragraph, (start, end, board) of each sentence read so — a sentence read from
    its first said word («Kết luận của chủ trì: …», ``said_part``) starts later than the joined sentence it is part of."""
    if rule.detect.get("carry") != "any":
        return {}
    out: dict[int, list[tuple[int, int, str]]] = {}
    for s in _sentences(rule, ctx):
        if isinstance(s, AboutSentence):
            out.setdefault(s.para.index, []).append((s.start, s.end, s.about))
    return out
