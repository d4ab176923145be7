"""The conflict kind's ``actor`` reader: a role the law does not give the power to convene, chair or sign, in a
sentence, a table row or under a heading."""
from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import Any

from checker.kinds import Context, all_groups, any_cue, cue_regex, finding
from checker.kinds.conflict import acts, polarity
from checker.kinds.conflict.common import _BARE_BAN, _evidence, heading_keys, _ITEM_MARK, also_quoting, ZONES
from checker.kinds.conflict.context import (
    AboutSentence, FIRST_PERSON, _clause_ok, joined_sentences, lead_in_at, lead_in_subject, lead_scope, _sentences, speaker_end, _title_sentences,
)
from checker.model import Finding, Rule
from checker.text import match_key


#: "Người triệu tập và chủ trì: ông A, Tổ trưởng …" — a label: the actor follows the colon. s27-ls: the acts a label
#: joins are the lexicon's, every one («Người triệu tập và chủ trì:», «Người quyết định và ký:», «Chủ trì, điều hành
#: hội nghị:»), read by ``_label_tail`` on the key; what may close the label before its colon: the meeting it is of
_LABEL_MEETING = r"(?:\s+(?:(?:cuộc|buổi|phiên)\s+họp|hội\s+nghị|(?:cuoc|buoi|phien)\s+hop|hoi\s+nghi))?\s*:"


def label_tail(lexicon) -> re.Pattern:
    """The words that close a label after its act: more of the ``lexicon``'s acts joined by «và» or «,», the meeting,
    the colon — matched on a sentence's key right after the act."""
    acts_rx = cue_regex(tuple(dict.fromkeys(c for a in lexicon.acts for c in a.patterns))).pattern
    return re.compile(rf"(?:\s*(?:và|va|,)\s*{acts_rx})*{_LABEL_MEETING}")


def _label_tail(ctx: Context) -> re.Pattern:
    key = ("actor.label_tail",)
    if key not in ctx.memo:
        ctx.memo[key] = label_tail(ctx.lexicon)
    return ctx.memo[key]


#: s25-lex: a label whose act takes a longer object — "Người ký quyết định công nhận kết quả bầu: Giám đốc Trung tâm",
#: "Cơ quan quyết định thành lập Tổ bầu cử: …": the line (or item) opens with the label's head, the verb, at most eight
#: words, then the colon
_LABEL_HEAD = re.compile(r"(?:^|[\n;])\s*(?:[-+•*]\s*|\d{1,2}[.)]\s*|[a-zđ]\)\s*)?"
                         r"(?:nguoi|co\s+quan|chu\s+the|cap|don\s+vi|tham\s+quyen)?(?:\s+(?:co\s+tham\s+quyen|duoc\s+giao))?\s*$")
_LABEL_OBJECT = re.compile(r"[^.;:|\n]{0,60}?:")
_LABEL_WINDOW = 60
#: the most syllables a label's object takes ("Người quyết định số lượng thành viên Ban Thanh tra nhân dân:", 9; s26-fb:
#: 8 left that label unread)
_LABEL_OBJECT_WORDS = 12
#: before a colon, the words that announce the members of what the act sets up, not its doer ("Thành lập Tổ bầu cử
#: Trưởng thôn Nà Ca gồm 05 người: bà A, đại diện Ban công tác Mặt trận thôn, …"; probes_s23-pr2 d06, lost by the
#: longer label object)
_COMPOSITION = re.compile(r"(?<!\w)(?:gom|bao\s+gom|co\s+\d{1,3}|\d{1,3}\s+(?:nguoi|thanh\s+vien))(?!\w)")


#: s32-pr: the chair owning what follows the colon («Kết luận của chủ trì:», «Ý kiến của người chủ trì:»)
_OWNER_OF_LABEL = re.compile(r"(?<!\w)(?:của|cua)\s+(?:(?:người|nguoi)\s+)?$")


def _label_end(s, vm, tail: re.Pattern) -> int | None:
    """Where the value of a label whose verb is ``vm`` begins ("Người triệu tập và chủ trì: …", "Người ký quyết định
    công nhận kết quả bầu: …"), or None when the verb is no label's. ``tail``: ``_label_tail``."""
    if _OWNER_OF_LABEL.search(s.key, 0, vm.start()):
        return None  # s32-pr: «Kết luận của chủ trì: …», «Ý kiến của chủ trì: …» — the act word names the chair as
        #              the owner of what he said; the colon opens his words, not who chairs
    m = tail.match(s.key, vm.end())
    if m:
        return m.end()
    line_start = max(s.folded.rfind("\n", 0, vm.start()), s.folded.rfind(";", 0, vm.start()), -1) + 1
    if _LABEL_HEAD.search(s.folded[line_start:vm.start()]) is None:
        return None
    m = _LABEL_OBJECT.match(s.folded, vm.end())
    if m is None or len(s.folded[vm.end():m.end()].split()) > _LABEL_OBJECT_WORDS:
        return None
    if _COMPOSITION.search(s.folded, vm.end(), m.end()):
        return None  # "Thành lập Tổ bầu cử … gồm 05 người: bà A, đại diện Ban công tác Mặt trận, …": the members follow
    return m.end()


def _verbs(ctx: Context, a: dict):
    """The regex of the acts an ``actor`` rule reads: the lexicon's cues for ``act`` (one act or a list) and the rule's
    own ``verbs`` (kept for rules written before the act lexicon, and for a verb no act names)."""
    cues = ctx.lexicon.act_cues(a["act"]) if "act" in a else ()
    return cue_regex(tuple(dict.fromkeys((*cues, *a.get("verbs", ())))))


#: words that make the role written right after them the object of an act, besides the lexicon's acts: "làm Trưởng
#: thôn", "ứng cử Trưởng thôn", "đối với Trưởng thôn", "chức danh Trưởng thôn"
_OBJECT_WORDS = ("làm", "ứng cử", "trúng cử", "đối với", "chức danh", "giữ chức", "thôi làm")


def _object_of_act(ctx: Context, s, actor) -> bool:
    """Is the role written right after an act ("bầu Trưởng thôn", "cho thôi làm Trưởng thôn", "công nhận Trưởng ban")
    or a word that makes it an object ("làm", "đối với") — what the act is done to, not who does it?"""
    at = actor.start - s.start
    key = ("actor.object_words",)
    if key not in ctx.memo:
        cues = tuple(dict.fromkeys(c for a in ctx.lexicon.acts for c in a.patterns)) + _OBJECT_WORDS
        ctx.memo[key] = cue_regex(cues)
    last = None
    for m in ctx.memo[key].finditer(s.key, max(0, at - 40), at):
        last = m
    return last is not None and re.fullmatch(r"\s*(?:(?:ông|bà|ong|ba)\s+)?", s.key[last.end():at]) is not None


#: a role written as the owner of something ("đề nghị của …", "ý kiến của …"): not an agent
_OWNER_BEFORE = re.compile(r"(?<!\w)(?:của|cua)\s+(?:(?:ông|bà|đồng\s+chí|ong|ba|dong\s+chi)\s+)?$")

_PASSIVE_MARK = re.compile(r"(?<!\w)(?:được|bị|duoc|bi)\s*$")


def _bare_passive(s, actor, vm) -> bool:
    """A passive with no agent before its verb ("…, được thành lập …"), the role written further back: the role is
    what the sentence is about or a part of it, not the act's agent. "Trưởng thôn được triệu tập …" (the marker right
    after the role) is left as it was read."""
    if actor.end - s.start > vm.start():
        return False
    gap = s.key[actor.end - s.start:vm.start()]
    m = _PASSIVE_MARK.search(gap)
    return m is not None and gap[:m.start()].strip() != ""


def _blocked(ctx: Context, s, actor, vm) -> bool:
    """Does a word between the role and the act make the role not the act's agent — it asks for it, advises on it,
    helps, reports, is invited or only attends ("Trưởng ban công tác Mặt trận đề nghị triệu tập …", lexicon
    ``act_blockers``)?"""
    if not ctx.lexicon.act_blockers or actor.end - s.start > vm.start():
        return False
    return cue_regex(ctx.lexicon.act_blockers).search(s.key, actor.end - s.start, vm.start()) is not None


def _actors(s, vm, window: int, tail: re.Pattern, verbs=None) -> tuple[list, Any]:
    """The roles that name who does the verb at ``vm``, and the actor among them: the agent after «bởi» of a passive
    verb (``acts.agent_after``), else the nearest role before the verb, or — when the verb is a label ("Người chủ
    trì: …") — the first role after the colon, in the same clause."""
    by = acts.agent_after(s.key, vm.end())
    if by is not None:  # "Hội nghị được chủ trì bởi Chủ tịch Công đoàn": the passive's agent follows the verb
        stop = min([i for i in (s.key.find(";", by), s.key.find(".", by)) if i >= 0] or [len(s.key)])
        agent = sorted((e for e in s.ents if e.label == "ROLE" and by <= e.start - s.start < min(stop, by + 40)),
                       key=lambda e: e.start)
        if agent:  # the first role after «bởi» ("bởi ông A, Chủ tịch Công đoàn …")
            return agent, agent[0]
    before = [e for e in s.ents if e.label == "ROLE" and e.end - s.start <= vm.start()
              and vm.start() - (e.end - s.start) <= window]
    said = speaker_end(s.text)
    if said and vm.start() >= said and not FIRST_PERSON.search(s.key, said, vm.start()):
        # s33-pr: «Ý kiến ông A (trưởng thôn): Người chủ trì công bố kết quả …» — the speaker's post is who spoke, not
        # the agent of an act in his words
        before = [e for e in before if e.start - s.start >= said]
    signer = _decision_signer(s, vm)
    if signer is not None and not any(vm.start() - (e.end - s.start) <= _DECISION_GAP for e in before):
        # s30-ac: «Quyết định công nhận kết quả bầu … do Chủ tịch UBND xã ký»: the act is the decision's, its signer does it
        return [signer], signer
    end = _label_end(s, vm, tail)
    if end is not None:
        stop = min([i for i in (s.folded.find(";", end), s.folded.find(".", end)) if i >= 0] or [len(s.folded)])
        # s29-ls (checker_dev_acts2 da2-28): a label's value is its line, however long («Người triệu tập và chủ trì hội
        # nghị: Ban Chấp hành Công đoàn cơ sở Trung tâm (bà Lê Thị Ngát, Chủ tịch Công đoàn)»: the body first, its
        # officer after); a value the layout joined with the next lines keeps the window
        reach = max(end + _LABEL_WINDOW, min(_line_end(s, end), end + _LABEL_LINE))
        after = [e for e in s.ents if e.label == "ROLE" and end <= e.start - s.start
                 and e.end - s.start <= min(stop, reach)]
        if after:
            first = min(after, key=lambda e: e.start)
            own = verbs.search(s.key, first.end - s.start, stop) if verbs is not None else None
            if own is not None and any(first.end - s.start <= e.start - s.start < own.start()
                                       for e in s.ents if e.label == "ROLE"):
                # s26-lv: the label's value is a clause whose act has another agent ("Người triệu tập và chủ trì: Chủ
                # tịch UBND xã đề nghị Trưởng ban công tác Mặt trận triệu tập …"): its verb is read in the clause. The
                # value's own act with no other role before it ("Chủ trì: ông A, Tổ trưởng (người bị đề nghị cho
                # thôi), triệu tập và điều hành") keeps the label's reading.
                return [], None
            return after, first
    if not before:
        return [], None
    # s26-fb: a role right after «với» is the partner of another act ("Trưởng thôn, sau khi thống nhất với Ban công tác
    # Mặt trận thôn, quyết định …"), not the subject of the verb: the nearest other role before it is
    agents = [e for e in before if not _PARTNER_BEFORE.search(s.key, 0, e.start - s.start)]
    if not agents:
        return before, None  # every role is a partner: the agent is one the lexicon has no role for
    return before, max(agents, key=lambda e: e.end)


#: s39-ac (checker_unseen104 u104-01): a role said to be away right after it — «Chủ trì: bà A, Chủ tịch Công đoàn
#: trường (thầy Hiệu trưởng nghỉ phép, không dự)» — does not take part in the act: it excuses nothing (``unless``)
_ABSENT_AFTER = re.compile(r"^[^;.()|\n]{0,25}?(?<!\w)(?:nghỉ\s+phép|vắng(?:\s+mặt)?|không\s+(?:tham\s+)?dự|"
                           r"đi\s+công\s+tác|bận\s+công\s+tác|nghỉ\s+ốm|ốm|nằm\s+viện)(?!\w)")


def _absent(s, role) -> bool:
    """The text right after ``role`` (up to the next bracket, stop or line) says its holder is away."""
    return _ABSENT_AFTER.search(s.key[role.end - s.start:]) is not None


#: s30-ac: the act named as a decision's content — «Quyết định công nhận …», «quyết định số 12/QĐ-UBND ngày 10/5/2026
#: (về việc) công nhận …», «ra quyết định thành lập …» — right before the act
_DECISION_BEFORE = re.compile(r"(?<!\w)(?:quyết\s+định|quyet\s+dinh)(?:\s+số\s+[\w/.-]+|\s+so\s+[\w/.-]+)?"
                              r"(?:\s+(?:ngày|ngay)\s+[\d/]+)?(?:\s+(?:về|ve)\s+(?:việc|viec))?\s*$")
#: … and its signer after it, in the act's clause: «… do (ông A,) Chủ tịch UBND xã ký», «… được Giám đốc ký ban hành»,
#: «…; người ký: ông A, Chủ tịch UBND xã»
_SIGNED_BY = re.compile(r"(?<!\w)(?:(?:do|được|duoc)\s+(?P<do>)|(?:người|nguoi)\s+(?:ký|ky)(?:\s+(?:ban\s+hành|ban\s+hanh))?"
                        r"\s*:\s*(?P<label>))")
_SIGN_VERB = re.compile(r"\s*(?:(?:đã|da)\s+)?(?:ký|ky)(?!\w)")
#: the most characters between a role before the act and the act, for that role to stay its subject over a signer
_DECISION_GAP = 25


def _sentence_stop(key: str, at: int) -> int:
    """The first full stop after ``at`` that ends a sentence — not one inside a number or a code («12/QĐ-UBND», «1.500»)."""
    for m in re.finditer(r"\.(?=\s|$)", key[at:]):
        return at + m.start()
    return -1


def _decision_signer(s, vm):
    """s30-ac: the role that signs the decision whose content is the act at ``vm`` — «Quyết định công nhận kết quả bầu
    thành viên Ban Thanh tra nhân dân do Chủ tịch UBND xã ký ngày 12/5/2026», «… số 12/QĐ-UBND; người ký: ông A, Chủ
    tịch UBND xã»: the act opens the decision's name, the signer follows in its clause (a «do»/«được» agent whose verb
    is «ký», or a «Người ký:» label). None otherwise."""
    if not _DECISION_BEFORE.search(s.key, max(0, vm.start() - 60), vm.start()) and \
            not re.match(r"(?:quyết|quyet)\s+(?:định|dinh)\s", vm.group(0)):  # the act's cue holds the decision
        return None
    # the decision's record may go on after «;» to its signer («…; người ký: …»); a «do» agent stays in the clause
    stop = min([i for i in (_sentence_stop(s.key, vm.end()), s.key.find("\n", vm.end())) if i >= 0] or [len(s.key)])
    semi = s.key.find(";", vm.end(), stop)
    roles = sorted((e for e in s.ents if e.label == "ROLE" and vm.end() <= e.start - s.start < stop),
                   key=lambda e: e.start)
    for m in _SIGNED_BY.finditer(s.key, vm.end(), stop):
        after = [e for e in roles if e.start - s.start >= m.end()]
        if not after:
            return None
        first = after[0]
        gap = s.key[m.end():first.start - s.start]
        if len(gap) > 40 or (gap.strip() and not re.fullmatch(r"\s*(?:(?:ông|bà|đồng\s+chí|ong|ba|dong\s+chi)\s+[^,;.()]{2,40}"
                                                                r"\s*[,(–-]\s*)?", gap)):
            continue
        if m.group("label") is None and semi >= 0 and m.start() > semi:
            continue  # «…; do Chủ tịch UBND xã ký …»: another clause
        if m.group("label") is None and not _SIGN_VERB.match(s.key, first.end - s.start):
            continue  # «do Chủ tịch UBND xã đề nghị», «được Chủ tịch UBND xã chuyển đến»: no signing
        return first
    return None


#: the most characters a label's value reaches on its own line (``_line_end``)
_LABEL_LINE = 160


def _line_end(s, at: int) -> int:
    """The end (sentence offset) of the input line that holds the sentence offset ``at``: where the next line of the
    paragraph begins, or the sentence's end."""
    starts = getattr(s.para, "seg_starts", ()) or ()
    nxt = [x - s.start for x in starts if x - s.start > at]
    return min(nxt) if nxt else len(s.key)


#: "với" right before a role: the role is who the act is done with ("thống nhất với", "phối hợp với")
#: s29-ls (checker_unseen84 u84-11 L8): «phối hợp (cùng) …» with no «với» names the partner too — «Trưởng ban Quản lý di
#: tích phối hợp Chủ tịch Công đoàn xây dựng, ban hành Quy chế» (Law Art. 59.1.a: «Phối hợp cùng Ban Chấp hành Công đoàn»)
_PARTNER_BEFORE = re.compile(r"(?<!\w)(?:với|voi|phối\s+hợp(?:\s+cùng)?|phoi\s+hop(?:\s+cung)?)\s+$")


#: a "do" between the role and the verb names another agent (lw2-03: "riêng cuộc họp bầu Trưởng thôn do Tổ bầu cử chủ
#: trì" — Tổ bầu cử, a body the lexicon has no role for, chairs; the role written before is the one elected)
#: s31-ac (checker_unseen87 u87-03): «do» ending a noun is no agent's mark — «tuyên bố lý do, khai mạc và điều hành
#: cuộc họp», «nguyên do», «tự do»
_AGENT_AFTER_DO = re.compile(r"(?<!\w)(?<!lý )(?<!ly )(?<!nguyên )(?<!nguyen )(?<!tự )(?<!tu )do(?!\w)")


#: What a signature block writes under its titles: "(đã ký)", "(ký, ghi rõ họ tên)", "Đã ký" — once per column.
_SIGNED_ROW = re.compile(r"^\s*(?:\(?\s*(?:đã\s+ký|ký(?:,?\s+(?:và\s+)?ghi\s+rõ\s+họ\s+tên)?)[^()]{0,20}\)?\s*)+$",
                         re.IGNORECASE)


def _signing_titles(ctx: Context, para) -> bool:
    """s17-p2 (unseen64 u64-06): the row of signature titles that ends a minutes ("THƯ KÝ    TRƯỞNG BAN CÔNG TÁC MẶT
    TRẬN    CHỦ TRÌ - TRƯỞNG BẢN" over "(đã ký)"), left in the body by the layout reader: its columns side by side are
    no clause, and "CHỦ TRÌ" there labels a signer, not who chairs. A line in capitals with no sentence mark, the
    signing mark on the next line or the text ending within two lines."""
    # the layout reader may join the row with the line under it ("… CHỦ TRÌ - TRƯỞNG THÔN (đã ký) (đã ký)"): the
    # paragraph's first line is the row, its other lines come after it
    starts = list(getattr(para, "seg_starts", ()) or (0,)) + [len(para.text)]
    lines = [para.text[a:b].strip() for a, b in zip(starts, starts[1:])]
    t = lines[0]
    letters = [c for c in t if c.isalpha()]
    if len(letters) < 4 or sum(c.isupper() for c in letters) < 0.8 * len(letters) or re.search(r"[.;:!?]", t):
        return False
    after = [q for q in ctx.doc.paras if q.index > para.index]
    nxt = lines[1] if len(lines) > 1 else (after[0].text if after else "")
    return _SIGNED_ROW.match(nxt) is not None or len(after) <= 2


#: Roles that name who is elected or heard, never who convenes or chairs: with ``actor.allowed`` they are not read
#: as an actor outside the allowed list ("cuộc họp giới thiệu người ứng cử … chủ trì" names the candidate)
_NOT_ACTORS = frozenset({"ung_cu_vien", "cong_dan_uy_tin"})


def _opening_rule(rule: Rule, ctx: Context) -> Rule | None:
    """s27-ls: a notice or letter with no Căn cứ and no numbered parts («THÔNG BÁO / Về cuộc họp … / Ông A là Trưởng
    thôn. …, ông có trách nhiệm triệu tập …», «Trưởng thôn … quyết định các việc sau: / - Mức đóng góp …») has its whole
    account in what the layout reader calls the preamble, the zone before the body: the rule is read there too (a
    copy of it over every zone), when it reads the body only and the document states no basis — a decision's preamble
    (its Căn cứ and «Xét đề nghị …») is not read. None otherwise."""
    if rule.detect.get("scope", "body") != "body" or any(p.zone == "basis" for p in ctx.doc.paras):
        return None
    if not any(p.zone == "preamble" for p in ctx.doc.paras):
        return None
    return replace(rule, detect={**rule.detect, "scope": "all"})


def check_actor(rule: Rule, ctx: Context) -> list[Finding]:
    """The role written just before "triệu tập" / "chủ trì" (or after "Người chủ trì:") is the
    actor; is it one the law excludes?"""
    a = rule.detect["actor"]
    forbidden = ctx.lexicon.expand(a.get("forbidden", ()))
    # s21-cf: ``allowed`` — the law names the one lawful actor; any other recognised role in the slot is flagged
    allowed = ctx.lexicon.expand(a["allowed"]) if "allowed" in a else None
    # ``allowed_cues``: a lawful actor the lexicon has no role for ("Tổ bầu cử"), written with the role
    lawful_cues = cue_regex(tuple(a["allowed_cues"])) if "allowed_cues" in a else None
    unless = ctx.lexicon.expand(a.get("unless", ()))
    verbs = _verbs(ctx, a)
    tail = _label_tail(ctx)
    window = int(a.get("window", 40))
    # s25-lex ``object``: what the act is done to ("Tổ bầu cử"), named in the act's clause — before the actor in a
    # passive ("Tổ bầu cử … được Trưởng ban … thành lập"), after the verb in an active one
    objects = cue_regex(tuple(a["object"])) if "object" in a else None
    if a.get("labels_only"):
        return _label_findings(rule, ctx, a, verbs, forbidden, allowed, unless, objects) + [
            f for f in _record_subject_findings(rule, ctx, verbs, forbidden, allowed, unless, objects)]
    out = []
    opened = _opening_rule(rule, ctx)
    for s, by_title in itertools.chain(((s, False) for s in _sentences(rule, ctx)),
                                       ((s, True) for s in _title_sentences(rule, ctx)),
                                       ((s, False) for s in (_sentences(opened, ctx) if opened else ())
                                        if s.para.zone == "preamble")):
        if _signing_titles(ctx, s.para):
            continue
        zrule = opened if s.para.zone == "preamble" and opened else rule  # the zones its lead-in is looked for in
        hit = None
        # a row read by the title alone may be another step of the plan ("| Niêm yết các quyết định | Trưởng thôn |")
        row_actor = None if by_title or not _meeting_words(ctx).search(s.key) else _row_actor(ctx, s, verbs)
        if row_actor is None and not by_title:
            row_actor = _row_doer(ctx, s, verbs)  # "| Quyết định thành lập Ban … | Chủ tịch UBND xã |" under "Người thực hiện"
        if row_actor is not None and objects is not None and not objects.search(s.key):
            row_actor = None
        if row_actor is not None and lawful_cues is not None and lawful_cues.search(
                s.key, s.key.rfind("|", 0, row_actor[0].start - s.start) + 1, _cell_end(s, row_actor[0])):
            row_actor = None  # "| … | Tổ trưởng Tổ bầu cử (Phó Trưởng ban công tác Mặt trận) |": the lawful body named
        if row_actor is not None and rule.detect.get("clause") and any_cue(s.key, tuple(rule.detect.get("exclude", ()))):
            row_actor = None  # s24-fa2: "| Hội nghị Ban Chấp hành Công đoàn | Chủ tịch Công đoàn |": the row's exclude cue
        if row_actor is not None:
            ids = {e.id for e in row_actor}
            first = row_actor[0]
            if not (unless and ids & unless) and (first.id in forbidden or (
                    allowed is not None and not ids & allowed and first.id not in _NOT_ACTORS)):
                hit = (first.start - s.start, first.end - s.start)
        lead_hit = None
        enact_hit = None
        named = {}  # s27-ls: a person's span → the role the document gave him (``_person_actor``)
        for vm in verbs.finditer(s.key) if hit is None else ():
            if by_title and a.get("title_labels") and _label_end(s, vm, tail) is None:
                continue  # s39-ac: ``actor.title_labels`` — under the title only a field («Chủ trì: …») is the meeting's
            before, actor = _actors(s, vm, window, tail, verbs)
            if actor is None and not by_title and _item_head_verb(s.key, vm.start()) and \
                    not _ROLE_AFTER.match(s.key, vm.end()) and _label_end(s, vm, tail) is None:
                # s22-cf: "Trưởng thôn có nhiệm vụ:" / "- triệu tập hội nghị …": the item's verb has no role before it;
                # its subject is the lead-in's
                zones = ZONES[zrule.detect.get("scope", "body")]
                lead = _assignee(ctx, s, zones) or lead_in_subject(ctx, s, zones)  # the role handed the items acts
                # s28-ls: "- không triệu tập cuộc họp khi …", "- đã từ chối ký …": the item says the act is not done
                if lead is not None and polarity.not_done(s.key, acts.item_body(s.key), vm.start(), verbs):
                    lead = None
                if lead is not None and not (unless and lead.id in unless) and _clause_ok(rule, s, vm.start()) and (
                        objects is None or _object_in_clause(s, vm.start(), vm.end(), objects)) and (
                        lead.id in forbidden or (allowed is not None and lead.id not in allowed
                                                 and lead.id not in _NOT_ACTORS)):
                    at = lead_in_at(ctx, s)
                    lead_hit = at[0].text[lead.start:lead.end]
                    break
                if lead is None and a.get("forbidden_cues"):
                    # s29-ls (checker_dev_acts2 da2-16): the lead-in opens with an actor the lexicon has no role for,
                    # named by the rule's ``forbidden_cues`` («1. Ủy ban nhân dân xã có trách nhiệm:» / «b) Công nhận kết
                    # quả bầu thành viên Ban Thanh tra nhân dân …»): the item's act is that body's
                    cued_lead = _lead_cued(ctx, s, zones, cue_regex(tuple(a["forbidden_cues"])))
                    if cued_lead is not None and not polarity.not_done(s.key, acts.item_body(s.key), vm.start(), verbs) \
                            and _clause_ok(rule, s, vm.start()) and (
                            objects is None or _object_in_clause(s, vm.start(), vm.end(), objects)):
                        lead_hit = cued_lead
                        break
            if actor is None and lead_hit is None and enact_hit is None and not by_title and _article_head_verb(s, vm.start()) and \
                    not _ROLE_AFTER.match(s.key, vm.end()) and _label_end(s, vm, tail) is None:
                # s30-ac: a decision's article opens with the act («Điều 1. Công nhận kết quả bầu …») under the enacting
                # formula that names its issuer («CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …» / «Căn cứ …» / «QUYẾT ĐỊNH:»): the
                # issuer does the act
                enact = _enacting_role(ctx, s)
                if _named_doer_offends(enact, rule, s, vm, objects, unless, forbidden, allowed):
                    enact_hit = enact
                    break
            if actor is None and lead_hit is None and enact_hit is None and not by_title and _subject_head_verb(s, vm.start()):
                # s34-ac (checker_dev_acts2 da2-32): a record of a document («Trích yếu: Công nhận kết quả bầu thành
                # viên Ban Thanh tra nhân dân …») names its act as its subject and its signer on a label of its own
                # («Người ký: ông A, Giám đốc»): the signer does the act
                signer = _record_signer(ctx)
                if _named_doer_offends(signer, rule, s, vm, objects, unless, forbidden, allowed):
                    enact_hit = signer
                    break
            cued = _cued_actor(ctx, a, s, vm, window, actor)
            if cued and (not unless or not any(e.id in unless for e in before)) and \
                    (by_title or _clause_ok(rule, s, vm.start())) and \
                    (objects is None or _object_in_clause(s, min(cued[0], vm.start()), vm.end(), objects)):
                # s28-ls: the rule's ``object`` holds for an actor named by a cue as for a role («UBND xã … công nhận
                # … thành viên Ban Thanh tra nhân dân»)
                hit = cued
                break
            if actor is None and not by_title:
                person = _person_actor(ctx, s, vm, window)
                if person is not None:
                    before, actor = [person[0]], person[0]
                    named[(actor.start - s.start, actor.end - s.start)] = person[1]
            if actor is None:
                # s26-fb: minutes name their chair once ("Chủ trì: ông A, Chủ tịch Ủy ban nhân dân xã") and then call
                # him by his title alone ("ông Chủ tịch kết luận: thành lập Ban …"): the title stands for that role
                ref = _chair_reference(ctx, s, vm, window)
                if ref is not None and not (unless and ref[0].id in unless) and \
                        (by_title or _clause_ok(rule, s, vm.start())) and \
                        (objects is None or _object_in_clause(s, ref[1], vm.end(), objects)) and \
                        not (lawful_cues is not None and lawful_cues.search(s.key, ref[1], vm.start())) and \
                        (ref[0].id in forbidden or (allowed is not None and ref[0].id not in allowed
                                                    and ref[0].id not in _NOT_ACTORS)):
                    hit = (ref[1], ref[2])
                    break
                continue
            if unless and any(e.id in unless and not _absent(s, e) for e in before):
                continue  # "Hiệu trưởng và Chủ tịch Công đoàn đồng chủ trì": the head chairs too
            if not by_title and not _clause_ok(rule, s, vm.start()):
                continue
            if lawful_cues is not None and lawful_cues.search(s.key, max(0, actor.start - s.start - 30), vm.start()):
                continue  # "Tổ trưởng Tổ bầu cử, ông A (Trưởng ban công tác Mặt trận) chủ trì": the lawful body acts
            if objects is not None and not _object_in_clause(s, min(actor.start - s.start, vm.start()), vm.end(), objects):
                continue  # "Chủ tịch UBND xã thành lập Ban quản lý dự án; Ban Giám sát … giám sát": another object
            if _blocked(ctx, s, actor, vm):
                continue  # "Trưởng ban công tác Mặt trận đề nghị triệu tập …": the role asks, another acts
            if polarity.ruled_out_for(s.key, actor.start - s.start, actor.end - s.start, vm.start(), verbs):
                continue  # s26-lv: "Chủ tịch UBND xã không được chủ trì …", "Nghiêm cấm …": the text states the law;
                #           s28-ls: "… đã từ chối ký …", "… không triệu tập …": the act is not done
            if actor.end - s.start <= vm.start() and "|" in s.key[actor.end - s.start:vm.start()]:
                continue  # "… | Trưởng ban công tác Mặt trận | 11/3/2026\n4 | Quyết định thành lập …": another cell, another row
            if _object_of_act(ctx, s, actor):
                continue  # "Quyết định … công nhận kết quả cho thôi làm Trưởng thôn …": the role is what an act is done to
            if _OWNER_BEFORE.search(s.key, 0, actor.start - s.start):
                continue  # "theo đề nghị của Chủ tịch Công đoàn, hội nghị cho thôi …": the role owns a proposal, not the act
            if _bare_passive(s, actor, vm):
                continue  # "Tổ bầu cử gồm Trưởng ban … và 04 thành viên, được thành lập …": the role is a member
            if _AGENT_AFTER_DO.search(s.key, actor.end - s.start, vm.start()):
                continue  # "cuộc họp bầu Trưởng thôn do Tổ bầu cử chủ trì": the role is the object, the agent follows "do"
            if actor.id in forbidden or (allowed is not None and actor.id not in allowed
                                         and actor.id not in _NOT_ACTORS):
                hit = (actor.start - s.start, actor.end - s.start)
                break
        if enact_hit is not None:
            # the fault is who issues the decision: the finding stands on the enacting formula's line, once
            t, e = enact_hit[2], enact_hit[0]
            ev = also_quoting(_evidence(ctx, t, e.start - t.start), s.para if s.para.index != t.para.index else None)
            if all(f.evidence.line != ev.line for f in out):
                out.append(finding(rule, ctx, ev, found=enact_hit[1]))
            continue
        if hit is None and lead_hit is None and not by_title and verbs.search(s.key) is None:
            lead_hit = _lead_act(zrule, ctx, s, verbs, window, objects, lambda e: not (unless and e.id in unless) and (
                e.id in forbidden or (allowed is not None and e.id not in allowed and e.id not in _NOT_ACTORS)))
        if hit:
            found = s.text[hit[0]:hit[1]]
            if (hit[0], hit[1]) in named:
                found = f"{found} ({named[(hit[0], hit[1])]})"  # "ông (Trưởng thôn Bản Mạ)"
            out.append(finding(rule, ctx, _evidence(ctx, s, hit[0]), found=found))
        elif lead_hit:
            out.append(finding(rule, ctx, _evidence(ctx, s, 0), found=lead_hit))
    out.extend(f for f in _record_subject_findings(rule, ctx, verbs, forbidden, allowed, unless, objects)
               if all(g.evidence.line != f.evidence.line for g in out))
    out.extend(f for f in _subject_clause_findings(rule, ctx, a, verbs, forbidden, allowed, unless, objects, window, tail)
               if all(g.evidence.line != f.evidence.line for g in out))
    # s37-sb (checker_unseen100 u100-37): a record whose fields the layout reader puts in the header zone (a
    # submission slip: «Nội dung: thành lập BGSĐTCCĐ …» / «Cấp quyết định thành lập Ban: Chủ tịch UBND xã») is read
    # by its labels there, as a ``labels_only`` rule reads them: the sentence reader reads the body only
    out.extend(f for f in _label_findings(rule, ctx, a, verbs, forbidden, allowed, unless, objects, body=False)
               if all(g.evidence.line != f.evidence.line for g in out))
    return out


#: s35-ac: a record's lines that say what it is of — its title in capitals («PHIẾU THEO DÕI HỒ SƠ HƯƠNG ƯỚC, QUY
#: ƯỚC»), its subject («V/v …», «Trích yếu: …») and the name of the document it tracks («Tên văn bản: Hương ước …»)
#: or submits for signature (s38-ac, checker_unseen102 u102-24: a submission slip's «Văn bản trình: Quyết định công
#: nhận Hương ước thôn …», «Dự thảo trình ký: …»)
_RECORD_NAME = re.compile(r"^\s*(?:[-+•*]\s*)?(?:tên\s+(?:văn\s+bản|hồ\s+sơ|tài\s+liệu)|loại\s+văn\s+bản|nội\s+dung(?:\s+trình)?|(?:văn\s+bản|dự\s+thảo|hồ\s+sơ)\s+(?:trình(?:\s+ký)?|đề\s+nghị\s+(?:ký|ban\s+hành)))\s*:")


def _record_subject_text(ctx: Context) -> str:
    """s35-ac: the key of a record's title, subject and name lines in its header zone (``_RECORD_NAME``)."""
    key = ("actor.record_subject",)
    if key not in ctx.memo:
        ctx.memo[key] = " | ".join(_FORM_NAME.sub(lambda m: " " * len(m.group()), p.key) for p in ctx.doc.paras
                                   if p.zone == "header" and (
                                       _capitals(p.text) or _SUBJECT_LABEL.match(p.key) or _RECORD_NAME.match(p.key)))
    return ctx.memo[key]


#: s38-ac (checker_unseen102 u102-24): the words that name the form itself, not what it is about — a submission slip's
#: title («PHIẾU TRÌNH KÝ») and the head of its document line («Văn bản trình:»): its «trình» is the form's, no request
#: to a body the rule's exclude cues mean («Trưởng thôn trình UBND xã công nhận»); blanked in the record's name
_FORM_NAME = re.compile(r"(?<!\w)phiếu\s+trình(?:\s+ký)?(?!\w)|^\s*(?:[-+•*]\s*)?(?:văn\s+bản|dự\s+thảo|hồ\s+sơ)\s+trình(?:\s+ký)?\s*:")


def _label_findings(rule: Rule, ctx: Context, a: dict, verbs, forbidden, allowed, unless, objects,
                    body: bool = True) -> list[Finding]:
    """s35-ac (checker_unseen95 u95-02): ``actor.labels_only`` — the rule reads only labels whose act is its own and
    whose head names a doer or nothing («Cơ quan công nhận: Ban Thường trực Ủy ban MTTQ Việt Nam xã …», «Công nhận:
    …»; not «Người đề nghị công nhận: …»), in the sentences its context reads and in a record's header zone (a
    register's or form's fields, all of it above the body): there the context and the act's object may stand in the
    record's title, subject or document-name lines (``_record_subject_text``) instead of the label's own line. The value
    names the actor: a role of the lexicon forbidden or not allowed, or a body the rule's ``forbidden_label_cues`` /
    ``forbidden_cues`` name (``_label_cued``)."""
    tail = _label_tail(ctx)
    window = int(a.get("window", 40))
    cues = tuple(a.get("forbidden_label_cues", ())) + tuple(a.get("forbidden_cues", ()))
    cue_rx = cue_regex(cues) if cues else None
    groups = rule.detect.get("context", [])
    exclude = tuple(rule.detect.get("exclude", ()))
    subject = _record_subject_text(ctx)
    out = []
    for s, in_header in itertools.chain(((s, False) for s in (_sentences(rule, ctx) if body else ())),
                                        ((s, True) for s in joined_sentences(ctx, ("header",)))):
        if in_header:
            if groups and not all_groups(f"{s.key} | {subject}", groups):
                continue
            if not rule.detect.get("clause") and exclude and any_cue(s.key, exclude):
                continue
            if groups and not all_groups(s.key, groups):
                s = AboutSentence(s.para, s.start, s.end, s.ents, subject)  # the clause read with the record's name
        for vm in verbs.finditer(s.key):
            if vm.start() >= len(s.text):
                break  # the name a sentence is read with, appended to its key
            end = _label_end(s, vm, tail)
            if end is None:
                continue
            line_start = max(s.folded.rfind("\n", 0, vm.start()), s.folded.rfind(";", 0, vm.start()), -1) + 1
            if _LABEL_HEAD.search(s.folded[line_start:vm.start()]) is None:
                continue  # «Người đề nghị công nhận: …»: the label's head is another act's doer
            if not _clause_ok(rule, s, vm.start()):
                continue
            if objects is not None:
                if in_header:  # a record's fields are its lines: the object in the label's own line or its name lines
                    stop = s.key.find("\n", vm.end())
                    held = objects.search(s.key, line_start, stop if stop >= 0 else len(s.text)) or objects.search(subject)
                else:
                    held = _object_in_clause(s, vm.start(), end, objects)
                if not held:
                    continue
            _, actor = _actors(s, vm, window, tail, verbs)
            hit = None
            if actor is not None and actor.start - s.start >= end:
                if not (unless and actor.id in unless) and (actor.id in forbidden or (
                        allowed is not None and actor.id not in allowed and actor.id not in _NOT_ACTORS)):
                    hit = (actor.start - s.start, actor.end - s.start)
            elif actor is None and cue_rx is not None:
                hit = _label_cued(ctx, s, vm, cue_rx)
            if hit:
                out.append(finding(rule, ctx, _evidence(ctx, s, hit[0]), found=s.text[hit[0]:hit[1]]))
                break
    return out


def _record_subject_findings(rule: Rule, ctx: Context, verbs, forbidden, allowed, unless, objects) -> list[Finding]:
    """s34-ac (checker_dev_acts2 da2-32): a record of a document, all of it in the header zone the layout reader gives
    («PHIẾU THÔNG TIN VĂN BẢN / … / Trích yếu: Công nhận kết quả bầu thành viên Ban Thanh tra nhân dân … / Người ký:
    Trịnh Văn Ước, Giám đốc»): the subject label's act, when it meets the rule's context, clause and object, is done by
    the record's signer (``_record_signer``); the finding stands on the signer's line. s35-ac (checker_unseen95 u95-04):
    the subject line may stand before the body (the preamble zone), and the signer may be a body the lexicon has no role
    for, named by the rule's ``forbidden_label_cues`` or ``forbidden_cues`` at the head of the issuer label's value
    («Cơ quan ban hành, người ký: UBND xã Đồng Tiến – Phó Chủ tịch …»; ``_record_issuer_cued``)."""
    signer = _record_signer(ctx)
    if signer is not None:
        if (unless and signer[0].id in unless) or not (
                signer[0].id in forbidden or (allowed is not None and signer[0].id not in allowed
                                              and signer[0].id not in _NOT_ACTORS)):
            return []
        doer = (signer[1], signer[2], signer[0].start - signer[2].start)
    else:
        a = rule.detect["actor"]
        cues = tuple(a.get("forbidden_label_cues", ())) + tuple(a.get("forbidden_cues", ()))
        doer = _record_issuer_cued(ctx, cue_regex(cues)) if cues else None
        if doer is None:
            return []
    groups = rule.detect.get("context", [])
    exclude = tuple(rule.detect.get("exclude", ()))
    for s in joined_sentences(ctx, ("header", "preamble")):
        if not _SUBJECT_LABEL.match(s.para.key) or (groups and not all_groups(s.key, groups)):
            continue
        if not rule.detect.get("clause") and exclude and any_cue(s.key, exclude):
            continue
        for vm in verbs.finditer(s.key):
            if not _subject_head_verb(s, vm.start()) or not _clause_ok(rule, s, vm.start()):
                continue
            if objects is not None and not _object_in_clause(s, vm.start(), vm.end(), objects):
                continue
            words, t, at = doer
            other = s.para if s.para.index != t.para.index else None
            return [finding(rule, ctx, also_quoting(_evidence(ctx, t, at), other), found=words)]
    return []


def _subject_clause_findings(rule: Rule, ctx: Context, a: dict, verbs, forbidden, allowed, unless, objects, window: int,
                             tail) -> list[Finding]:
    """s38-ac (checker_unseen102 u102-04): a document's subject line above its body whose value is a clause that names
    its own doer before the act («Trích yếu: UBND xã công nhận kết quả bầu thành viên Ban Thanh tra nhân dân …», «V/v
    Chủ tịch UBND xã công nhận …»): read as a sentence is — the role before the act (``_actors``) or a body the rule's
    ``forbidden_cues`` name (``_cued_actor``), with the rule's context, clause, object and the act not ruled out. The
    subject that opens with the act («Trích yếu: Công nhận …») is the signer's (``_record_subject_findings``)."""
    groups = rule.detect.get("context", [])
    exclude = tuple(rule.detect.get("exclude", ()))
    out = []
    for s in joined_sentences(ctx, ("header", "preamble")):
        m = _SUBJECT_LABEL.match(s.key)
        if m is None or s.start != 0 or (groups and not all_groups(s.key, groups)):
            continue
        if not rule.detect.get("clause") and exclude and any_cue(s.key, exclude):
            continue
        for vm in verbs.finditer(s.key, m.end()):
            if not _clause_ok(rule, s, vm.start()):
                continue
            _, actor = _actors(s, vm, window, tail, verbs)
            hit = None
            if actor is not None and actor.start - s.start >= m.end() and actor.end - s.start <= vm.start():
                if (unless and actor.id in unless) or _blocked(ctx, s, actor, vm) or \
                        polarity.ruled_out_for(s.key, actor.start - s.start, actor.end - s.start, vm.start(), verbs) or \
                        _OWNER_BEFORE.search(s.key, 0, actor.start - s.start) or \
                        _AGENT_AFTER_DO.search(s.key, actor.end - s.start, vm.start()):
                    continue
                if actor.id in forbidden or (allowed is not None and actor.id not in allowed
                                             and actor.id not in _NOT_ACTORS):
                    hit = (actor.start - s.start, actor.end - s.start)
            elif actor is None:
                cued = _cued_actor(ctx, a, s, vm, window, None)
                if cued is not None and cued[0] >= m.end():
                    hit = cued
            if hit is None:
                continue
            if objects is not None and not _object_in_clause(s, min(hit[0], vm.start()), vm.end(), objects):
                continue
            out.append(finding(rule, ctx, _evidence(ctx, s, hit[0]), found=s.text[hit[0]:hit[1]]))
            break
    return out


#: s27-ls: a person named by title and name ("ông Lò Văn Thắng", "bà Đào Thị Nhung", "đồng chí A") or by the bare title
#: that stands for the last one named ("…, ông có trách nhiệm triệu tập …"); never «bà con», «ông bà», «các ông»
_PERSON = re.compile(r"(?<![\w/])(?P<title>ông|bà|đồng\s+chí|đ/c)(?!\s+(?:con|bà|ông)(?!\w))(?!\w)")
_PERSON_NOT = re.compile(r"(?<!\w)(?:các|những|vị|hai|mấy)\s+$")
#: what joins a person's name to the role he holds: "ông A, Trưởng thôn", "ông A – Trưởng thôn", "Ông A là Trưởng
#: thôn", "ông A (Trưởng thôn)", "ông A, hiện là Trưởng thôn"; or the role to the name after it: "Trưởng thôn, ông A"
_NAME_ROLE = re.compile(r"^\s*(?:[,:(–-]\s*)?(?:(?:hiện\s+)?(?:là|giữ\s+chức|hien\s+la|la|giu\s+chuc)\s+)?$")
_ROLE_NAME = re.compile(r"^\s*[,:(–-]?\s*$")
#: s38-ac (checker_unseen102 u102-18): the person a dismissal is «đối với» names the holder of the post dismissed from
#: («đề nghị … xem xét cho thôi làm Trưởng thôn đối với ông Lương Văn Khôi»; ``_DISMISSED_ROLE`` before the role)
_ROLE_OF_NAME = re.compile(r"^\s*,?\s*đối\s+với\s*$")
_DISMISSED_ROLE = re.compile(r"(?<!\w)(?:cho\s+thôi\s+(?:làm\s+|giữ\s+chức\s+)?|miễn\s+nhiệm\s+(?:chức\s+)?)$")


def _name_after(text: str, at: int) -> tuple[str, int]:
    """The name written after a title at ``at`` — words that open with a capital ("Lò Văn Thắng"), at most five —
    lower-cased, and where it ends; ("", at) when none follows."""
    end, words = at, []
    for m in re.finditer(r"\s*([^\W\d_][\w]*)", text[at:]):
        if m.start() != end - at or not m.group(1)[:1].isupper() or len(words) == 5:
            break
        words.append(m.group(1).lower())
        end = at + m.end()
    return " ".join(words), end


def _people(ctx: Context) -> list:
    """(paragraph index, offset, title, name, role, role's words): each person the document names with a role, in reading order — the
    name joined to the role by a comma, a dash, a parenthesis or «là» (``_NAME_ROLE``, ``_ROLE_NAME``)."""
    key = ("actor.people",)
    if key in ctx.memo:
        return ctx.memo[key]
    out = []
    for t in joined_sentences(ctx, ZONES["all"]):
        roles = sorted((e for e in t.ents if e.label == "ROLE"), key=lambda e: e.start)
        for m in _PERSON.finditer(t.key):
            if _PERSON_NOT.search(t.key, 0, m.start()):
                continue
            name, end = _name_after(t.text, m.end())
            if not name:
                continue
            a, b = t.start + m.start(), t.start + end
            after = next((e for e in roles if e.start >= b), None)
            before = next((e for e in reversed(roles) if e.end <= a), None)
            role = None
            if after is not None and after.start - b <= 30 and _NAME_ROLE.match(t.para.key[b:after.start]):
                role = after
            elif before is not None and _ROLE_NAME.match(t.para.key[before.end:a]):
                role = before
            elif before is not None and _ROLE_OF_NAME.match(t.para.key[before.end:a]) and \
                    _DISMISSED_ROLE.search(t.para.key, 0, before.start):
                role = before  # s38-ac: «cho thôi làm Trưởng thôn đối với ông Lương Văn Khôi»: he holds the post
            if role is not None:
                out.append((t.para.index, a, m.group("title")[:1], name, role, t.para.text[role.start:role.end]))
    ctx.memo[key] = out
    return out


def _person_actor(ctx: Context, s, vm, window: int):
    """s27-ls: the agent of the act at ``vm`` when the clause names a person, not a role — "ông Lò Văn Thắng triệu tập
    …" or the bare "ông" standing for the last man named ("Ông Lò Văn Thắng là Trưởng thôn Bản Mạ. …, ông có trách
    nhiệm triệu tập và chủ trì …"): minutes and notices name the role once and the person after. The role the document
    gave that person, as an entity over the person's words in ``s`` (the reader's guards then read it as a role), and
    the role's words; or None."""
    lo = max(0, vm.start() - window, max(s.key.rfind(".", 0, vm.start()), s.key.rfind(";", 0, vm.start())) + 1)
    said = speaker_end(s.text)
    if said and vm.start() >= said and not FIRST_PERSON.search(s.key, said, vm.start()):
        # s37-rf (record flips, lawful20 20 as an opinion): «Ý kiến ông A (trưởng thôn): Quyết định: thông qua … mức
        # đóng góp» — the speaker is who spoke, not the agent of an act in his words (as for a role, ``_actors``)
        lo = max(lo, said)
    refs = [m for m in _PERSON.finditer(s.key, lo, vm.start()) if not _PERSON_NOT.search(s.key, 0, m.start())]
    if not refs:
        return None
    r = refs[-1]
    name, end = _name_after(s.text, r.end())
    if end > vm.start():
        return None
    at = s.start + r.start()
    title = r.group("title")[:1]
    known = [p for p in _people(ctx) if (p[0], p[1]) < (s.para.index, at + 1)]
    if name:
        person = next((p for p in reversed(known) if p[3] == name or p[3].endswith(" " + name)), None)
    else:
        # the bare title: the last person of that title named before it, within the paragraph or the two above
        person = next((p for p in reversed(known) if p[2] == title), None)
        person = person if person is not None and s.para.index - person[0] <= 2 else None
    if person is None:
        return None
    return replace(person[4], start=at, end=s.start + end), person[5]


#: the chair's label in minutes: "Chủ trì: …", "Chủ tọa:", "Người chủ trì:", "- Chủ trì hội nghị: …"
_CHAIR_LABEL = re.compile(r"(?:^|[\n;.])\s*(?:[-+•*]\s*|\d{1,2}[.)]\s*|[a-zđ]\)\s*)?(?:nguoi\s+)?chu\s+(?:tri|toa)"
                          r"(?:\s+(?:cuoc\s+hop|hoi\s+nghi|phien\s+hop))?\s*:")
#: a title alone standing for the chair ("ông Chủ tịch", "đồng chí chủ trì", "chủ tọa"), no body named after it
_CHAIR_TITLE = re.compile(r"(?<!\w)(?:(?:ong|ba|dong\s+chi|d/c)\s+(?:chu\s+tich|chu\s+tri|chu\s+toa)|nguoi\s+chu\s+tri|"
                          r"chu\s+toa)(?!\s+(?:uy|ubnd|hdnd|ub|cong|mat|mttq|hoi|xa|phuong|thi|tinh|huyen|ban|nha|tp)(?!\w))")


def _chair_reference(ctx: Context, s, vm, window: int):
    """(role, start, end): the minutes' chair — the first role after the document's chair label — when the words
    before the act at ``vm`` (its clause, ``window``) call him by his title alone ("ông Chủ tịch kết luận: thành lập …",
    "đồng chí chủ trì quyết định …"); the span is the title's in ``s``. None elsewhere."""
    lo = max(0, vm.start() - window, max(s.folded.rfind(".", 0, vm.start()), s.folded.rfind(";", 0, vm.start())) + 1)
    refs = list(_CHAIR_TITLE.finditer(s.folded, lo, vm.start()))
    if not refs:
        return None
    key = ("actor.chair_of_minutes",)
    if key not in ctx.memo:
        chair = None
        for t in joined_sentences(ctx, ZONES["all"]):
            m = _CHAIR_LABEL.search(t.folded)
            if m is None:
                continue
            stop = min([i for i in (t.folded.find(";", m.end()), t.folded.find(".", m.end())) if i >= 0]
                       or [len(t.folded)])
            after = sorted((e for e in t.ents if e.label == "ROLE" and m.end() <= e.start - t.start < min(stop, m.end() + 80)),
                           key=lambda e: e.start)
            if after:
                chair = after[0]
                break
        ctx.memo[key] = chair
    chair = ctx.memo[key]
    if chair is None:
        return None
    r = refs[-1]
    if ctx.lexicon.act_blockers and cue_regex(ctx.lexicon.act_blockers).search(s.key, r.end(), vm.start()):
        return None  # "ông Chủ tịch đề nghị Ủy ban Mặt trận … thành lập …": the chair asks, another acts
    if polarity.ruled_out_for(s.key, r.start(), r.end(), vm.start()):
        return None  # s28-ls: "ông Chủ tịch không đồng ý thành lập …": the act refused or ruled out
    return chair, r.start(), r.end()


#: an item that names its own agent ("- mức đóng góp do Nhân dân bàn, quyết định"): the lead-in's act is not done to it
_OWN_AGENT = re.compile(r"(?<!\w)(?:do|bởi|boi)(?!\w)")


def _lead_act(rule: Rule, ctx: Context, s, verbs, window: int, objects, wrong) -> str | None:
    """s26-fb: a list item that names only what an act is done to, under a lead-in that states the act and its actor
    and announces the items as the act's objects ("Trưởng thôn, sau khi thống nhất với …, quyết định các việc sau:" /
    "- Mức đóng góp xây dựng nhà văn hóa thôn là 800.000 đồng/hộ"; ``acts.announces``): the lead-in's actor, read by the
    sentence reader's own guards (a blocker, an owner, a bare passive, "do"), does the act to the item. The actor's
    words when ``wrong(actor)`` holds and the item meets the rule's clause context and object, else None."""
    at = lead_in_at(ctx, s)
    if at is None or _OWN_AGENT.search(s.key):
        return None
    scope = lead_scope(ctx, s)
    if scope is None or scope.forbids or scope.modality == acts.CONDITION:
        return None
    if not _clause_ok(rule, s, acts.item_body(s.key)) or (objects is not None and not objects.search(s.key)):
        return None
    para, a, b = at
    for t in joined_sentences(ctx, ZONES[rule.detect.get("scope", "body")]):
        if t.para.index != para.index or not t.start <= max(a, b - 1) < t.end:
            continue
        lo, hi = max(a - t.start, 0), b - t.start
        for vm in verbs.finditer(t.key, lo, hi):
            if not acts.announces(t.key[vm.end():hi]):
                continue
            # the lead-in's subject may open it well before its act ("Trưởng thôn, sau khi thống nhất với …, quyết định")
            _, actor = _actors(t, vm, max(window, vm.start() - lo), _label_tail(ctx))
            if actor is None or actor.start - t.start < lo or not wrong(actor):
                continue
            gap = t.key[actor.end - t.start:vm.start()]
            if "," in gap and not gap.lstrip().startswith(","):
                # s27-ls: the role does its own act and another clause, with its own subject, states the lead-in's
                # («Trưởng thôn thông báo kết quả cuộc họp, cộng đồng dân cư đã quyết định các việc sau:»); an inserted
                # clause («Trưởng thôn, sau khi thống nhất với …, quyết định») keeps the role as the subject
                continue
            if polarity.ruled_out_for(t.key, actor.start - t.start, actor.end - t.start, vm.start(), verbs):
                continue  # s28-ls: "Trưởng thôn không quyết định các việc sau:": the act is not done
            if _blocked(ctx, t, actor, vm) or _object_of_act(ctx, t, actor) or _bare_passive(t, actor, vm) or \
                    _OWNER_BEFORE.search(t.key, 0, actor.start - t.start) or \
                    _AGENT_AFTER_DO.search(t.key, actor.end - t.start, vm.start()):
                continue
            return t.text[actor.start - t.start:actor.end - t.start]
    return None


def _object_in_clause(s, start: int, end: int, objects) -> bool:
    """Is the act's object named in the clause that holds [start, end) — from the last "." or ";" before it to the next
    after it?"""
    lo = max(s.key.rfind(";", 0, start), s.key.rfind(".", 0, start)) + 1
    stops = [i for i in (s.key.find(";", end), s.key.find(".", end)) if i >= 0]
    hi = min(stops) if stops else len(s.key)
    if objects.search(s.key, lo, hi) is not None:
        return True
    # s34-ac (checker_unseen94 u94-05): a bare «Ban» in the clause («Cơ quan quyết định thành lập Ban: Ủy ban nhân dân
    # xã …») stands for the board the sentence was read with (``context.AboutSentence``: named before it, in the
    # heading or the title); the object holds when that board is the rule's
    about = getattr(s, "about", "")
    if not about or objects.search(about) is None:
        return False
    # s37-sb (checker_unseen100 u100-03): «Kết quả bầu 08 thành viên của 08 thôn đã được Chủ tịch UBND xã công nhận»
    # under the title «Về thành phần Ban Thanh tra nhân dân xã …»: the board's members, named bare, are its own
    return _BARE_BAN.search(s.key, lo, hi) is not None or _BARE_MEMBERS.search(s.key, lo, hi) is not None


#: s37-sb: «thành viên» bare — no body named after it («thành viên của 08 thôn», «08 thành viên đã được …»), not «thành
#: viên Tổ bầu cử» nor «thành viên Ủy ban …»
_BARE_MEMBERS = re.compile(r"(?<!\w)thành\s+viên(?=\s*(?:[,;.:)|]|$)|\s+(?:của\s+(?:\d+\s+|các\s+)?(?:thôn|tổ\s+dân\s+phố|bản|ấp)|"
                           r"đã|được|do|là|gồm|nêu)(?!\w))")


#: a column naming who does a row's task: «Người thực hiện», «Đơn vị chủ trì», «Phụ trách», «Thẩm quyền»
_DOER = r"(?:người|cơ\s+quan|đơn\s+vị|bộ\s+phận|cá\s+nhân|chủ\s+thể|cấp)"
#: s31-ac (checker_unseen87 u87-04): the doer's heading may join two kinds of doer by a slash or «và» («Người/cơ quan
#: thực hiện», «Cơ quan, đơn vị chủ trì»)
_DOER_COLUMN = re.compile(rf"^\s*(?:{_DOER}(?:\s*(?:/|,|và|hoặc)\s*{_DOER})*\s+)?"
                          r"(?:thực\s+hiện|phụ\s+trách|chủ\s+trì|thẩm\s+quyền|chịu\s+trách\s+nhiệm|trách\s+nhiệm)"
                          r"(?:\s+(?:thực\s+hiện|chính))?\s*$")


def _table_head(ctx: Context, s):
    """The header row (the first row) of the table whose row the sentence ``s`` opens, or None when ``s`` opens no
    table row or is the header itself."""
    text = s.para.text
    if not text.lstrip().startswith("|") or s.start > text.find("|") + 1:
        return None
    paras = ctx.doc.paras
    j = s.para.index - 1  # 0-based index of the row
    while j > 0 and paras[j - 1].text.lstrip().startswith("|"):
        j -= 1
    head = paras[j]
    if head is s.para or head.index == s.para.index:
        return None
    return head


#: s33-ac (checker_unseen88 u88-04): a row's task may open with the issuing of the decision whose content is the act —
#: «| 3 | Ban hành quyết định công nhận kết quả bầu thành viên BTTND | Chủ tịch UBND phường |», «Ra quyết định thành
#: lập …», «Ký ban hành quyết định …»: the doer issues it, so does the act; never «Trình (ký) quyết định …», «Dự thảo
#: quyết định …», «Niêm yết quyết định …» (another step: the one who submits, drafts or posts it)
_ISSUE_DECISION = re.compile(r"(?:ban\s+hành|ra|ký(?:\s+ban\s+hành)?|ban\s+hanh|ky(?:\s+ban\s+hanh)?)\s+(?=(?:quyết|quyet)\s+(?:định|dinh)\s)")


def _row_doer(ctx: Context, s, verbs) -> list | None:
    """s25-lex: a table row whose task opens with the act («| 2 | Quyết định thành lập Ban Giám sát … | Chủ tịch Ủy ban
    nhân dân xã |») under a header with a doer column («Người thực hiện», «Đơn vị chủ trì», «Phụ trách»): the roles in
    the doer's cell do the act. None when the sentence is no such row."""
    text = s.para.text
    head = _table_head(ctx, s)
    if head is None:
        return None
    hcells = acts.bar_cells(head.text.strip())
    cells_ = acts.bar_cells(text)
    if len(cells_) != len(hcells):
        return None
    col = next((k for k, (a, b) in enumerate(hcells) if _DOER_COLUMN.match(head.text.strip()[a:b].lower())), None)
    if col is None:
        # s26-fb: a column that names the act itself («Người quyết định», «Cơ quan phê duyệt», «Thẩm quyền thành lập»)
        # is read by ``acts.row_acts``, the reader the ``forbidden`` rules use: the roles in its cell do that act to
        # what the row names
        for r in acts.row_acts(head.key, s.para.key):
            if verbs.fullmatch(r.key[r.end:].strip()) is None:
                continue
            found = sorted((e for e in s.ents if e.label == "ROLE" and r.cell_start <= e.start < r.cell_end),
                           key=lambda e: e.start)
            if found:
                return found
        return None
    task = next(((x, y) for x, y in cells_[:col] if text[x:y].strip() and not re.fullmatch(r"\s*[\dIVXivx.]*\s*",
                                                                                            text[x:y])), None)
    if task is None:
        return None
    x, y = task
    key = match_key(text[x:y]).strip()
    if verbs.match(key) is None:  # the task opens with the act …
        issue = _ISSUE_DECISION.match(key)
        if issue is None or verbs.match(key, issue.end()) is None:
            return None  # … or with the issuing of the decision that does it («Ban hành quyết định công nhận …»)
    a, b = cells_[col]
    found = sorted((e for e in s.ents if e.label == "ROLE" and a <= e.start and e.end <= b), key=lambda e: e.start)
    return found or None


#: s27-ls: a lead-in that hands its items to a role — «Hội nghị thống nhất giao cho Trưởng thôn:», «Ủy ban nhân dân xã
#: phân công ông A, Phó Chủ tịch Ủy ban nhân dân xã, thực hiện các việc sau:» — the word that assigns, right before the
#: role (a person's name and a comma may stand between)
_ASSIGNS = re.compile(r"(?<!\w)(?:giao(?:\s+nhiệm\s+vụ)?|phân\s+công|ủy\s+quyền|uỷ\s+quyền|giao\s+nhiem\s+vu|giao|"
                      r"phan\s+cong|uy\s+quyen)(?:\s+(?:cho|cho))?\s+(?:(?:ông|bà|đồng\s+chí|ong|ba|dong\s+chi)"
                      r"(?:\s+[^\W\d_]\w*){0,5}\s*[,–-]\s*)?$")
#: … and what may follow the role to the colon: its place, «(chủ trì,) thực hiện / chịu trách nhiệm / quyết định» and
#: the words that announce the list — at most eight words, no clause mark, no other role
_ASSIGN_TAIL_WORDS = 8


def _open_lead(ctx: Context, s):
    """The lead-in of the list item ``s`` as (paragraph, start, end), when it neither forbids nor states a condition —
    the lead-ins whose actor may be the items' (``_assignee``, ``_lead_cued``); else None."""
    at = lead_in_at(ctx, s)
    if at is None:
        return None
    scope = lead_scope(ctx, s)
    if scope is None or scope.forbids or scope.modality == acts.CONDITION:
        return None
    return at


def _assignee(ctx: Context, s, zones: tuple[str, ...]):
    """s27-ls: the role a list's lead-in assigns its items to («Hội nghị giao cho Trưởng thôn:» / «- quyết định mức
    đóng góp …»): the items' acts are that role's. None when the lead-in forbids or assigns nothing."""
    at = _open_lead(ctx, s)
    if at is None:
        return None
    para, a, b = at
    roles = sorted((e for t in joined_sentences(ctx, zones) if t.para.index == para.index
                    for e in t.ents if e.label == "ROLE" and a <= e.start < b), key=lambda e: e.start)
    if not roles:
        return None
    last = roles[-1]
    tail = para.key[last.end:b]
    if re.search(r"[,;.]", tail) or len(tail.split()) > _ASSIGN_TAIL_WORDS:
        return None
    clause = max(para.key.rfind(",", a, last.start), para.key.rfind(";", a, last.start), a)
    # the role right after the assigning word, or after a person named before it («giao ông A, Trưởng thôn:»)
    head = para.key[clause:last.start] if not _ASSIGNS.search(para.key, a, last.start) else para.key[a:last.start]
    return last if _ASSIGNS.search(head) else None


def _lead_cued(ctx: Context, s, zones: tuple[str, ...], cues) -> str | None:
    """s29-ls: the words of an actor named by an ``actor.forbidden_cues`` cue (a body the lexicon has no role for: «Ủy
    ban nhân dân xã») that opens the lead-in of the list item ``s`` as its subject — «1. Ủy ban nhân dân xã có trách
    nhiệm:» — as ``context.lead_in_subject`` reads a role there. None when the lead-in forbids, states a condition,
    hands the items to another («… giao …: », ``_ASSIGNS``), or has a blocker after the actor («Ủy ban nhân dân xã phối
    hợp với …:», «… đề nghị …:»): the body asks or helps, another acts."""
    at = _open_lead(ctx, s)
    if at is None:
        return None
    para, a, b = at
    m = _ITEM_MARK.match(para.text[a:b])
    head = a + (m.end() if m else 0)
    c = cues.search(para.key, head, b)
    if c is None or c.start() - head > 2:
        return None
    rest = para.key[c.end():b]
    if _ASSIGNS_ANY.search(rest) or (ctx.lexicon.act_blockers and cue_regex(ctx.lexicon.act_blockers).search(rest)):
        return None
    return para.text[c.start():c.end()]


#: a lead-in that hands its items on, anywhere after its subject: «… giao (cho) …», «… phân công …», «… ủy quyền …»
_ASSIGNS_ANY = re.compile(r"(?<!\w)(?:giao|phân\s+công|ủy\s+quyền|uỷ\s+quyền|phan\s+cong|uy\s+quyen)(?!\w)")


def _item_head_verb(key: str, at: int) -> bool:
    """Does the item's predicate open at ``at`` — its first words after the marker, at most two ("- triệu tập …", "- kịp
    thời triệu tập …")? "- kết quả hội nghị do … chủ trì", "- việc triệu tập …" name an act, they do not do it."""
    m = _ITEM_MARK.match(key)
    if not m or at < m.end():
        return False
    head = key[m.end():at].split()
    return len(head) <= 2 and not any(w in ("việc", "viec", "kết", "ket", "nội", "noi") for w in head)


#: s30-ac: the mark of a decision's article, «Điều 1.», «Điều 2:» — what follows is the article's provision
_ARTICLE_MARK = re.compile(r"^\s*(?:điều|dieu)\s+\d{1,2}\s*[.:]\s*")
#: words that may stand before an article's act and still leave the issuer its doer («Điều 1. Nay công nhận …»); a
#: negation or a modal («Điều 1. Không công nhận …», «Điều 1. Đề nghị công nhận …») leaves it not done by the issuer
_ARTICLE_LEAD = frozenset({"nay", "chính", "thức", "chinh", "thuc", "ban", "hành", "hanh", "kèm", "kem", "theo"})


def _article_head_verb(s, at: int) -> bool:
    """s30-ac: does a decision's article open with the act at ``at`` (a sentence offset) — «Điều 1. Công nhận …»,
    «Điều 1. Nay thành lập …» (at most two words between the mark and the act, none a negation or a request)? The
    mark may stand in the sentence or before it in its paragraph (the layout reader reads it as the article's head)."""
    m = _ARTICLE_MARK.match(s.para.key)
    if not m:
        return False
    pos = s.start + at  # the paragraph's offset of the act
    if pos < m.end() or s.para.key.find(".", m.end(), pos) >= 0:
        return False  # the act in the article's second sentence, or the head itself
    head = s.para.key[m.end():pos].split()
    return len(head) <= 2 and all(w in _ARTICLE_LEAD for w in head)


#: s34-ac: the label of a record's subject — «Trích yếu:», «Trích yếu nội dung:», «V/v:», «Về việc:» — what follows is
#: the act the recorded document does
#: s35-ac (checker_unseen95 u95-04): «V/v» and «Về việc» are labels by themselves, the colon left out as a document's
#: subject line writes them («V/v thành lập Ban Giám sát đầu tư của cộng đồng …»)
_SUBJECT_LABEL = re.compile(r"^\s*(?:[-+•*]\s*)?(?:trích\s+yếu(?:\s+nội\s+dung)?\s*:|(?:v/v|về\s+việc)(?:\s*:|(?=\s)))\s*")
#: … and the record's signer label, the whole line's head: «Người ký: ông A, Giám đốc», «Người ký ban hành: …»; s35-ac
#: (u95-04): the issuer's label, alone or joined with the signer's («Cơ quan ban hành, người ký: UBND xã … – Phó Chủ
#: tịch …», «Đơn vị ban hành: …», «Người ký, chức vụ: …»). Matched at a line's start (``_line_starts``), no «^».
_ISSUER_WORDS = r"(?:người\s+ký(?:\s+ban\s+hành)?|(?:cơ\s+quan|đơn\s+vị|cấp)\s+ban\s+hành|chức\s+vụ(?:\s+người\s+ký)?)"
_SIGNER_LABEL = re.compile(rf"[ \t]*(?:[-+•*]\s*)?(?=(?:người\s+ký|cơ\s+quan|đơn\s+vị|cấp))"
                           rf"{_ISSUER_WORDS}(?:\s*(?:,|/|và)\s*{_ISSUER_WORDS})*\s*:\s*")


def _subject_head_verb(s, at: int) -> bool:
    """s34-ac: does the record's subject label open with the act at ``at`` (a sentence offset) — «Trích yếu: Công nhận
    kết quả bầu …», «V/v: Quyết định công nhận …» (no word between the colon and the act: «Trích yếu: Đề nghị công
    nhận …», «Về việc: Không công nhận …» name no act done)?"""
    m = _SUBJECT_LABEL.match(s.para.key)
    if not m:
        return False
    pos = s.start + at
    return pos == m.end() or (pos > m.end() and not s.para.key[m.end():pos].strip())


def _named_doer_offends(named, rule, s, vm, objects, unless, forbidden, allowed) -> bool:
    """Whether the doer a document names outside the sentence — the enacting formula's issuer (``_enacting_role``) or
    a record's one signer (``_record_signer``), as (entity, its words, …) or None — offends the rule at the verb ``vm``
    of ``s``: not excused by ``unless``, the clause and the act's object in place, and the doer forbidden or not among
    those allowed."""
    if named is None or (unless and named[0].id in unless):
        return False
    if not _clause_ok(rule, s, vm.start()):
        return False
    if objects is not None and not _object_in_clause(s, vm.start(), vm.end(), objects):
        return False
    doer = named[0].id
    return doer in forbidden or (allowed is not None and doer not in allowed and doer not in _NOT_ACTORS)


def _line_starts(p) -> tuple[int, ...]:
    """The offsets in ``p``'s text where its input lines begin (a paragraph the layout reader joined from wrapped
    lines holds several)."""
    return tuple(sorted({0, *(getattr(p, "seg_starts", ()) or ())}))


def _record_labels(ctx: Context) -> list:
    """s35-ac: every signer or issuer label of a record (``_SIGNER_LABEL``) at a line's start, as (the sentence that
    holds its line, where its value begins and where its line ends, both offsets in that sentence). The layout reader
    may have joined the line with the subject line above it (a sentence of two paragraphs): the line is looked for in
    the sentences by its words."""
    key = ("actor.record_labels",)
    if key not in ctx.memo:
        out = []
        sents = joined_sentences(ctx, ("header", "basis", *ZONES["all"]))
        for p in ctx.doc.paras:
            starts = _line_starts(p)
            for k, st in enumerate(starts):
                m = _SIGNER_LABEL.match(p.key, st)
                if not m:
                    continue
                end = starts[k + 1] if k + 1 < len(starts) else len(p.key)
                line = p.key[st:end].rstrip()
                cut = line.find(".", m.end() - st)  # a sentence may end inside the value («(KT. Chủ tịch)»)
                line = line[:cut] if cut >= 0 else line
                for t in sents:
                    i = t.key.find(line) if line else -1
                    if i >= 0:
                        out.append((t, i + m.end() - st, i + len(line)))
                        break
        # the record's issuer: one label of the body («Cơ quan ban hành: …») and one of the signer («Người ký: …»), or
        # one joining both; a register listing several documents repeats them and names no one issuer
        kinds = [("signer" if re.match(r"\s*(?:[-+•*]\s*)?(?:người\s+ký|chức\s+vụ)", t.key[max(0, t.key.rfind("\n", 0, at)
                                                                                              + 1):at]) else "body")
                 for t, at, _ in out]
        ctx.memo[key] = out if len(out) <= 2 and len(set(kinds)) == len(kinds) else []
    return ctx.memo[key]


def _record_signer(ctx: Context):
    """s34-ac: the role on the record's one signer label («Người ký: Trịnh Văn Ước, Giám đốc»), the first role in its
    line, as (entity, its words, its sentence) — as ``_enacting_role`` gives the issuer. None when the document has no
    such label, repeats one (``_record_labels``), or its labels name no role of the lexicon."""
    key = ("actor.record_signer",)
    if key not in ctx.memo:
        found = None
        labels = _record_labels(ctx)
        for t, at, line_end in labels:
            roles = sorted((e for e in t.ents if e.label == "ROLE" and at <= e.start - t.start < line_end),
                           key=lambda e: e.start)
            if roles:
                first = roles[0]
                found = (first, t.text[first.start - t.start:first.end - t.start], t)
                break
        ctx.memo[key] = found
    return ctx.memo[key]


#: s35-ac: the most characters before the body a record's issuer label names first («UBND xã Đồng Tiến – Phó Chủ tịch
#: …»: none; «- Ủy ban nhân dân xã …»)
_ISSUER_AT_HEAD = 3


def _record_issuer_cued(ctx: Context, cues: re.Pattern):
    """s35-ac (checker_unseen95 u95-04): the body the record's one issuer label names first — «Cơ quan ban hành, người
    ký: UBND xã Đồng Tiến – Phó Chủ tịch Nguyễn Đức Hạnh (KT. Chủ tịch)» — when the lexicon has no role for it and one
    of the rule's ``cues`` names it at the value's head, as (its words, the sentence, its offset in the sentence). None
    when the record repeats its labels (``_record_labels``), a label whose value names a role of the lexicon
    (``_record_signer`` reads it) is passed over, and a body named later in its value («Ban Thường trực Ủy ban MTTQ xã,
    theo đề nghị của UBND xã») is no issuer."""
    for t, at, line_end in _record_labels(ctx):
        if any(e.label == "ROLE" and at <= e.start - t.start < line_end for e in t.ents):
            continue
        c = cues.search(t.key, at, line_end)
        if c is None or len(t.key[at:c.start()].strip(" -–•*(")) > _ISSUER_AT_HEAD:
            continue
        return t.text[c.start():c.end()], t, c.start()
    return None


#: the decision line of the enacting formula: «QUYẾT ĐỊNH:», alone or after its issuer («TRƯỞNG THÔN MỘC LAN QUYẾT ĐỊNH:»)
_DECIDES_LINE = re.compile(r"(?:^|\s)(?:quyết\s+định|quyet\s+dinh)\s*:\s*$")
#: the lines an enacting formula holds between its issuer and «QUYẾT ĐỊNH:»: its bases and the proposal
_FORMULA_LINE = re.compile(r"^\s*(?:căn\s+cứ|can\s+cu|xét|xet|theo\s+đề\s+nghị|theo\s+de\s+nghi|trên\s+cơ\s+sở|"
                           r"tren\s+co\s+so|thực\s+hiện|thuc\s+hien)(?!\w)")
#: the most lines of bases between the issuer and «QUYẾT ĐỊNH:»
_FORMULA_LINES = 12


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _enacting_role(ctx: Context, s):
    """s30-ac: the role that issues the decision whose article ``s`` is — the enacting formula's issuer, written in
    capitals on its own line before the bases and «QUYẾT ĐỊNH:» («CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP», «GIÁM ĐỐC SỞ
    XÂY DỰNG») or on the decision line itself («TRƯỞNG THÔN MỘC LAN QUYẾT ĐỊNH:»), as (entity, its words). None when
    the document has no such formula before ``s``, or the line opens with no role (a body the lexicon has no role for:
    «ỦY BAN NHÂN DÂN XÃ …», «BAN THƯỜNG TRỰC …» name no single role)."""
    key = ("actor.enacting",)
    if key not in ctx.memo:
        found = None
        paras = ctx.doc.paras
        for i, p in enumerate(paras):
            if not _DECIDES_LINE.search(p.key.strip()):
                continue
            cands = [p]
            j = i - 1
            while j >= 0 and i - j <= _FORMULA_LINES and _FORMULA_LINE.match(paras[j].key):
                j -= 1
            if j >= 0 and j < i:
                cands.insert(0, paras[j])
            for q in cands:
                text = q.text.strip()
                if not _capitals(text):
                    continue
                lead = len(q.text) - len(q.text.lstrip())
                roles = sorted((e for t in joined_sentences(ctx, ("header", "basis", *ZONES["all"]))
                                if t.para.index == q.index for e in t.ents if e.label == "ROLE"), key=lambda e: e.start)
                if roles and roles[0].start - lead <= 2:
                    sent = next(t for t in joined_sentences(ctx, ("header", "basis", *ZONES["all"]))
                                if t.para.index == q.index and t.start <= roles[0].start < t.end + 1)
                    found = (p.index, roles[0], q.text[roles[0].start:roles[0].end], sent)
                    break
            break  # the first decision line is the formula's
        ctx.memo[key] = found
    found = ctx.memo[key]
    if found is None or s.para.index <= found[0]:
        return None
    return found[1], found[2], found[3]


#: a verb followed by its agent ("… triệu tập bởi …", "do … chủ trì"): the lead-in's subject is not its actor
_ROLE_AFTER = re.compile(r"\s*(?:bởi|do|boi)\b")


def _meeting_words(ctx: Context) -> re.Pattern:
    """The lexicon's ``meetings``: the names of a meeting («cuộc họp», «hội nghị», «họp thôn»)."""
    key = ("actor.meetings",)
    if key not in ctx.memo:
        ctx.memo[key] = cue_regex(ctx.lexicon.meetings or ("cuộc họp", "hội nghị"))
    return ctx.memo[key]


def _meeting_task(ctx: Context) -> re.Pattern:
    """A row's task that is the meeting itself: the lexicon's meeting, or a bare «họp», after «tổ chức / triệu tập /
    tiến hành (các)» or alone («Tổ chức cuộc họp bầu …», «Họp cộng đồng dân cư …», «Hội nghị viên chức …»)."""
    key = ("actor.meeting_task",)
    if key not in ctx.memo:
        lead = cue_regex(("tổ chức", "triệu tập", "tiến hành")).pattern
        ctx.memo[key] = re.compile(rf"\s*(?:{lead}\s+)?(?:(?:các|cac)\s+)?(?:{_meeting_words(ctx).pattern}|(?<!\w)(?:họp|hop)(?!\w))")
    return ctx.memo[key]


def _cell_end(s, e) -> int:
    """The end (sentence offset) of the table cell the entity ``e`` stands in."""
    i = s.key.find("|", e.end - s.start)
    return len(s.key) if i < 0 else i




def _row_actor(ctx: Context, s, verbs) -> list | None:
    """s21-cf (unseen13 p03 L33): a plan's timetable names who convenes or chairs in a column of its own — "| TT | Nội
    dung | Thời gian | Chủ trì |" over "| 7 | Tổ chức cuộc họp bầu Trưởng thôn | 17/5/2026 | Trưởng thôn đương nhiệm |":
    the roles written in the cell under the column whose heading is an ``actor.verbs`` cue (header row = the first row
    of the table), or None when the sentence is no such row."""
    text = s.para.text
    head = _table_head(ctx, s)
    if head is None:
        return None
    hcells = acts.bar_cells(head.text.strip())
    col = next((k for k, (a, b) in enumerate(hcells) if verbs.search(match_key(head.text.strip()[a:b]))), None)
    if col is None:
        return None
    cells_ = acts.bar_cells(text)
    if col >= len(cells_) or len(cells_) != len(hcells):
        return None
    # the row's task is the meeting itself ("Tổ chức cuộc họp bầu …", "Họp cộng đồng dân cư …"), not another act at it
    # ("Báo cáo … tại hội nghị định kỳ cuối năm | Trưởng ban công tác Mặt trận": who reports, not who chairs)
    task = next((s.para.key[x:y].strip() for x, y in cells_[:col] if not re.fullmatch(r"\s*[\dIVXivx.]*\s*",
                                                                                       text[x:y])), "")
    if not _meeting_task(ctx).match(task):  # s29-ls: the meeting named through the lexicon (``meetings``)
        return None
    a, b = cells_[col]
    found = sorted((e for e in s.ents if e.label == "ROLE" and a <= e.start and e.end <= b), key=lambda e: e.start)
    return found or None


#: s37-sb: the cued body hands the matter on to the Front or the union, who then does the act («UBND xã tổng hợp, gửi
#: Ủy ban MTTQ Việt Nam xã xem xét, công nhận»)
_HAND_OVER = re.compile(r"(?<!\w)(?:gửi|trình|chuyển)(?:\s+(?:đến|tới|lên|cho|về))?\s+(?:ban\s+thường\s+trực\s+)?"
                        r"(?:ủy\s+ban\s+(?:mặt\s+trận|mttq)|uỷ\s+ban\s+(?:mặt\s+trận|mttq)|ubmttq|mặt\s+trận|mttq|"
                        r"ban\s+chấp\s+hành\s+công\s+đoàn|bch\s+công\s+đoàn)(?!\w)")


def _cued_actor(ctx: Context, a: dict, s, vm, window: int, actor) -> tuple[int, int] | None:
    """``actor.forbidden_cues``: an actor the lexicon has no role for ("do Bí thư Chi bộ chủ trì"), written in the
    ``window`` before the verb and after the last role there (a role nearer the verb is the actor). s26-lv: read as a
    role is — not when a blocker stands between it and the act («Ban Chấp hành Công đoàn đề nghị quyết định …») or the
    act is ruled out for it («Bí thư Chi bộ không được chủ trì …»)."""
    cues = a.get("forbidden_cues")
    label_cues = a.get("forbidden_label_cues")
    if actor is None and label_cues:
        # s34-ac (checker_unseen94 u94-05): ``forbidden_label_cues`` — a body read only as a label's value («Cơ quan
        # quyết định thành lập Ban: Ủy ban nhân dân xã …»), for a rule whose ``forbidden`` patterns read the sentences
        label = _label_cued(ctx, s, vm, cue_regex(tuple(label_cues)))
        if label is not None:
            return label
    if not cues:
        return None
    lo = max(0, vm.start() - window)
    if actor is not None and vm.start() >= actor.end - s.start:
        lo = max(lo, actor.end - s.start)
    if actor is None:
        label = _label_cued(ctx, s, vm, cue_regex(tuple(cues)))
        if label is not None:
            return label
    hits = list(cue_regex(tuple(cues)).finditer(s.key, lo, vm.start()))
    if not hits or re.search(r"[;.]", s.key[hits[-1].end():vm.start()]):
        return None
    h = hits[-1]
    if ctx.lexicon.act_blockers and cue_regex(ctx.lexicon.act_blockers).search(s.key, h.end(), vm.start()):
        return None
    # s29-ls: read as a role is — not a partner («phối hợp với Ban Chấp hành Công đoàn xây dựng, ban hành …»), an owner
    # («ý kiến của Ban Chấp hành Công đoàn»), nor the body a bare passive speaks of after it («…, được ban hành»)
    if _PARTNER_BEFORE.search(s.key, 0, h.start()) or _OWNER_BEFORE.search(s.key, 0, h.start()):
        return None
    gap = s.key[h.end():vm.start()]
    p = _PASSIVE_MARK.search(gap)
    if p is not None and gap[:p.start()].strip() != "":
        return None
    if _HAND_OVER.search(gap):
        return None  # s37-sb: «… được UBND xã tổng hợp, gửi Ủy ban MTTQ xã xem xét, công nhận»: the Front acts
    if polarity.ruled_out_for(s.key, h.start(), h.end(), vm.start(), cue_regex(tuple(cues))):
        return None
    return h.start(), h.end()


def _label_cued(ctx: Context, s, vm, cues) -> tuple[int, int] | None:
    """s31-ac (checker_unseen87 u87-01): the value of a label whose act is at ``vm`` («Người chủ trì: ông A, Bí thư Chi
    bộ thôn», «Chủ trì cuộc họp: đồng chí Bí thư Chi bộ») names an actor the lexicon has no role for, by one of the
    rule's ``forbidden_cues``: the cue's span when the value, in its clause and reach, names no role of the lexicon
    (those ``_actors`` reads) and no blocker stands before the cue; else None."""
    end = _label_end(s, vm, _label_tail(ctx))
    if end is None:
        return None
    stop = min([i for i in (s.folded.find(";", end), s.folded.find(".", end)) if i >= 0] or [len(s.folded)])
    reach = min(stop, max(end + _LABEL_WINDOW, min(_line_end(s, end), end + _LABEL_LINE)))
    c = cues.search(s.key, end, reach)
    if c is None or any(e.label == "ROLE" and end <= e.start - s.start < reach for e in s.ents):
        return None  # a role in the value is read by ``_actors`` («ông A, Bí thư Chi bộ kiêm Trưởng thôn»: he may)
    if ctx.lexicon.act_blockers and cue_regex(ctx.lexicon.act_blockers).search(s.key, end, c.start()):
        return None
    return c.start(), c.end()


# ---------------------------------------------------------------------------------------------------------
# ``actor`` with ``heading_context``: an article about the meeting need not name it in every sentence — under
# "Điều 4. Hội nghị định kỳ của tổ dân phố", "Hội nghị … do Chủ tịch Ủy ban nhân dân phường triệu tập và chủ trì"
# speaks of the periodic meeting. Besides the sentences that meet ``context``, a sentence (no exclude cue) whose
# chapter and article headings match every ``heading_context`` group is read for its actor.
# ---------------------------------------------------------------------------------------------------------

def check_actor_under_heading(rule: Rule, ctx: Context) -> list[Finding]:
    out = check_actor(rule, ctx)
    heads = heading_keys(ctx)
    groups = rule.detect["heading_context"]
    under = [p for p in ctx.doc.paras if all_groups(heads.get(p.index, ""), groups)]
    if not under:
        return out
    seen = {f.evidence.line for f in out}
    detect = {k: v for k, v in rule.detect.items() if k not in ("context", "title", "title_exclude", "heading_context")}
    for f in check_actor(replace(rule, detect=detect), ctx):
        line = f.evidence.line
        if line in seen or not any(p.line <= line <= (p.end_line or p.line) for p in under):
            continue
        seen.add(line)
        out.append(f)
    return out
