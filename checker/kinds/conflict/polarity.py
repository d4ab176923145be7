"""The polarity of the clause an act is in: is the act the text names done, or ruled out, refused, not done, only
proposed and turned down? One reader, used by both readers of the conflict kind that read who does what — the
``forbidden`` reader (``restated``: a matched wording whose act the text negates) and the ``actor`` reader
(``ruled_out_for``: the act negated for the role that would do it) — and by ``acts.modality``. A pure module (strings
in, values out), on the lower-case key; a document typed without tone marks is read by the unambiguous forms only.

The cues (s29-ls folded here the two sets that were kept apart: ``forbidden._REFUSED / _NOT_DONE / _TURN / _NOT_AGENT
/ _SANCTIONED / _OTHER_PARTY`` and ``acts.REFUSED_CUES / NOT_DONE_CUES / TURN_CUES``):

- ``RULED_OUT_CUES`` — a prohibition: «nghiêm cấm», «cấm», «không được», «không cho phép», «không quy định / đặt ra /
  áp dụng …»;
- ``REFUSED_CUES`` — the act refused: «(đã) từ chối», «không đồng ý / chấp nhận / chấp thuận»;
- ``NOT_DONE_CUES`` — a bare negation of the act: «không», «chưa» (with «trực tiếp», «tự» after it), never «không chỉ /
  những / ngừng / phải» («không chỉ định» is the act «chỉ định» negated);
- ``NOT_AGENT_CUES`` — a passive's agent negated: «không do …», «chưa được …»;
- ``CONSEQUENCE_CUES`` — what makes a negation another clause's condition: «thì», «bị», «sẽ», «phải»;
- ``TURN_WORDS`` — a turn to another clause: «mà», «nhưng», «song», «rồi», «sau đó», «vẫn»;
- ``SANCTIONED_BEFORE`` — a consequence right before the negation: the negation is what the text imposes;
- ``turned_down`` — the act only proposed and the proposal turned down in its sentence (s28-ng)."""
from __future__ import annotations

import re

_W = r"(?<!\w)"
_E = r"(?!\w)"

#: the cues of a ruled-out act; never a bare "cam" (cam kết) or "bi" (bí thư) in a text without tone marks
RULED_OUT_CUES = re.compile(_W + r"(?:nghiêm\s+cấm|bị\s+cấm|cấm|không\s+được(?:\s+phép)?|không\s+cho\s+phép|"
                            r"không\s+(?:quy\s+định|đặt\s+ra|áp\s+dụng|bao\s+gồm|sử\s+dụng|dùng)|"
                            r"nghiem\s+cam|bi\s+cam|khong\s+duoc(?:\s+phep)?|khong\s+cho\s+phep|"
                            r"khong\s+(?:quy\s+dinh|dat\s+ra|ap\s+dung|bao\s+gom|su\s+dung|dung))" + _E)
#: the act refused: «Chủ tịch UBND xã đã từ chối quyết định thành lập Tổ …», «… không đồng ý / chấp nhận / chấp thuận …»
REFUSED_CUES = re.compile(_W + r"(?:(?:đã|da)\s+)?(?:từ\s+chối|không\s+(?:đồng\s+ý|chấp\s+nhận|chấp\s+thuận)|"
                          r"tu\s+choi|khong\s+(?:dong\s+y|chap\s+nhan|chap\s+thuan))" + _E)
#: a bare negation of the act: «không», «chưa», with «trực tiếp» or «tự» after it («Giám đốc Trung tâm không quyết
#: định …», «Chủ tịch UBND xã không trực tiếp chủ trì …») — never «không chỉ / không những» (not only … but), «không
#: ngừng», «không phải»
NOT_DONE_CUES = re.compile(_W + r"(?:không|chưa|khong|chua)(?!\s+(?:(?:chỉ|chi)(?!\s+(?:định|đạo|huy|thị|dinh|dao|thi)" + _E
                           + r")|những|ngừng|phải|nhung|ngung|phai)" + _E
                           + r")(?:\s+(?:trực\s+tiếp|truc\s+tiep|tự)(?=\s))?" + _E)
#: a bare negation of a passive's agent: «Ban kiểm phiếu không do Trưởng thôn chỉ định», «… chưa được Chủ tịch UBND xã
#: công nhận» — the text says that agent does not act
NOT_AGENT_CUES = re.compile(_W + r"(?:không|chưa|khong|chua)(?:\s+(?:phải|phai))?(?=\s+(?:do|được|duoc)" + _E + ")")
#: what makes the words after a negation its consequence, not its object ("Hộ không chấp hành thì bị thôn:")
CONSEQUENCE_CUES = re.compile(_W + r"(?:thì|bị|sẽ|phải|thi|se|phai)" + _E)
#: a turn to another clause after the negation: what follows is not what it negates («Trưởng thôn không họp mà tự
#: quyết định …», «… không gửi trước đến các hộ mà được phát … tại cuộc họp», «dù chưa được công nhận vẫn triệu tập»)
TURN_WORDS = re.compile(_W + r"(?:mà|nhưng|song|rồi|sau\s+đó|vẫn|ma|nhung|roi|sau\s+do)" + _E)
#: … and, with the clause marks, the turn the actor reader's ``not_done`` reads (a «,» it reads itself: «không triệu
#: tập, chủ trì» joins two acts under one negation)
TURN_CUES = re.compile(TURN_WORDS.pattern + r"|[;:.()]")
#: … the turn a matched span reads (``restated``): a «,» ends the negated clause; a «.» may be a number's (300.000)
SPAN_TURN = re.compile(TURN_WORDS.pattern + r"|[,;:]")
#: a consequence right before the negation: the negation is what the text imposes («… thì không được chia nước giếng
#: chung», «… sẽ không được xét …»: unseen37 n02 L17), not a rule it restates
SANCTIONED_BEFORE = re.compile(_W + r"(?:thì|sẽ|thi|se)(?:\s+(?:bị|cũng|đều))?\s+$")
#: a party named before a bare negation in a span: the negation is that party's omission («thu 50.000 đồng đối với hộ
#: không tham gia …»), not the act's
OTHER_PARTY = re.compile(_W + r"(?:hộ|người|đối\s+với|cho|của|với|nếu|khi|trường\s+hợp|mà|vì|do)" + _E)

#: what may stand between a bare negation and the act it negates wherever the subject stands: nothing (the cue takes
#: «trực tiếp», «tự» in)
_RIGHT_BEFORE = re.compile(r"\s*")
#: what joins verbs under one negation: «không triệu tập và chủ trì», «đã từ chối xem xét, quyết định»
_COORD = re.compile(r"\s*(?:,|(?<!\w)(?:và|hoặc|hay|va|hoac)(?!\w))\s*")
#: a verb joined to the act under the negation that the lexicon names no act: «xem xét, quyết định»; and the words that
#: carry an act to its verb: «không thực hiện (việc) triệu tập», «không tiến hành …», «chưa ra quyết định …»
_JOINED_VERB = re.compile(_W + r"(?:xem\s+xét|xem\s+xet)" + _E)
#: the words that carry a negated act to its verb, right after the negation: «không thực hiện (việc) triệu tập …», «chưa
#: tiến hành (việc) …», then «trực tiếp» / «tự» (lawful_flip_bench ``refused``: «Chủ tịch UBND xã không thực hiện việc
#: triệu tập và chủ trì hội nghị» was read as the act done)
_CARRIER = re.compile(r"\s*(?:(?:thực\s+hiện|tiến\s+hành|thuc\s+hien|tien\s+hanh)(?:\s+(?:việc|viec))?(?!\w))?"
                      r"(?:\s*(?:trực\s+tiếp|truc\s+tiep|tự)(?!\w))?")
#: the most words between the subject and the negation («Phó Trưởng thôn đã / vẫn …»), and in each verb phrase the
#: negation covers before the act («không ban hành quyết định thành lập»; one more in a verb joined to it: «không
#: trực tiếp triệu tập và chủ trì»)
_SUBJECT_GAP_WORDS = 4
_NEGATED_WORDS = 3


def not_done(key: str, subject_end: int, verb_start: int, act_cues: re.Pattern | None = None) -> bool:
    """s28-ls: is the act at ``verb_start`` said not done by the subject ending at ``subject_end``: refused («Chủ tịch
    UBND xã đã từ chối ra quyết định thành lập …») or negated («Phó Trưởng thôn không ký quyết định …», «… chưa triệu
    tập …»)? The negation stands in the subject's clause (at most four words after it, no clause mark), and covers the
    act: no consequence («thì», «bị», «sẽ», «phải») nor a turn («mà», «nhưng», «;») after it, at most three words
    before the act, or verbs joined to it by «,» / «và» that are acts themselves (``act_cues``, «xem xét»: «không
    triệu tập và chủ trì», «đã từ chối xem xét, quyết định»). A report of the act refused or not done states no act
    done; «không được» is ``ruled_out_for``'s."""
    if subject_end > verb_start:
        return False
    k = key.lower()
    cues = list(REFUSED_CUES.finditer(k, subject_end, verb_start)) + list(NOT_DONE_CUES.finditer(k, subject_end, verb_start))
    for c in sorted(cues, key=lambda m: -m.start()):
        scope = k[c.end():verb_start]
        if _RIGHT_BEFORE.fullmatch(scope) and not REFUSED_CUES.match(k, c.start()):
            return True  # «Giám đốc Trung tâm, theo Quy chế, không quyết định …»: the bare negation right before the act
        before = k[subject_end:c.start()]
        if re.search(r"[,;:.()]", before) or len(before.split()) > _SUBJECT_GAP_WORDS:
            continue
        if CONSEQUENCE_CUES.search(scope) or TURN_CUES.search(scope):
            continue
        parts = _COORD.split(scope[_CARRIER.match(scope).end():])
        if len(parts[-1].split()) > _NEGATED_WORDS:
            continue
        if all(p.strip() == "" or (len(p.split()) <= _NEGATED_WORDS + 1 and (
                _JOINED_VERB.search(p) or (act_cues is not None and act_cues.search(p))))
               for p in parts[:-1]):
            return True
    return False


#: what may stand between a prohibition and the role it rules an act out for: «Nghiêm cấm Trưởng thôn …», «Không được
#: để / giao cho Chủ tịch … », «không được do Chủ tịch … chủ trì» — at most two words, no clause mark
_TO_ROLE = re.compile(r"^\s*(?:\S+\s+){0,2}$")


def ruled_out_for(key: str, role_start: int, role_end: int, verb_start: int,
                  act_cues: re.Pattern | None = None) -> bool:
    """s26-lv: is the act at ``verb_start`` ruled out for the role at [``role_start``, ``role_end``) — a prohibition
    between them («Trưởng thôn không được triệu tập …», «… bị cấm chủ trì …») or governing the role right before it
    («Nghiêm cấm Chủ tịch UBND xã chủ trì …», «Cuộc họp không được do Chủ tịch UBND xã triệu tập»), with no
    consequence («thì», «bị», «sẽ», «phải») after the negation before the act («Trưởng thôn không được bầu thì Chủ tịch
    … triệu tập» — the negation is another clause's)? The text then states the law, it does not break it. s28-ls: or
    the act is refused or not done by the role (``not_done``; ``act_cues``: the acts a negation may cover together).
    s29-ls: or the role's act is only proposed and the proposal turned down («Hội nghị đã bác bỏ đề nghị để Chủ tịch
    UBND xã triệu tập …», «Đề nghị để … quyết định … không được hội nghị chấp nhận»: ``turned_down``)."""
    k = key.lower()
    if turned_down(k, min(role_start, verb_start), max(role_end, _joined_end(k, verb_start, act_cues))):
        return True
    if role_start >= verb_start:  # «Hội nghị không được chủ trì bởi Chủ tịch Công đoàn»: the agent after the verb
        m = None
        for m in RULED_OUT_CUES.finditer(k, max(0, verb_start - 30), verb_start):
            pass
        return m is not None and not CONSEQUENCE_CUES.search(k, m.end(), verb_start)
    if role_end <= verb_start:
        for m in RULED_OUT_CUES.finditer(k, role_end, verb_start):
            if not CONSEQUENCE_CUES.search(k, m.end(), verb_start):
                return True
        if not_done(k, role_end, verb_start, act_cues):
            return True  # «Giám đốc Trung tâm không quyết định …», «… đã từ chối ký …»: the role does not do the act
    before = k[max(0, role_start - 40):role_start]
    last = None
    for m in RULED_OUT_CUES.finditer(before):
        last = m
    if last is None or not _TO_ROLE.match(before[last.end():]) or re.search(r"[,;:.]", before[last.end():]):
        return False
    return not CONSEQUENCE_CUES.search(k, role_start - len(before) + last.end(), verb_start)


def _joined_end(k: str, verb_start: int, act_cues: re.Pattern | None) -> int:
    """The end of the act at ``verb_start`` and of the acts joined to it by «,» / «và» («triệu tập, chủ trì …»): what a
    proposal names before its rejection may follow («Đề nghị để công chức … triệu tập, chủ trì không được hội nghị chấp
    nhận»)."""
    m = act_cues.match(k, verb_start) if act_cues is not None else None
    if m is None:
        return verb_start
    end = m.end()
    while True:
        c = _COORD.match(k, end)
        n = act_cues.match(k, c.end()) if c is not None else None
        if n is None or n.end() <= end:
            return end
        end = n.end()


# -- a matched span: the forbidden reader's polarity -------------------------------------------------------------

def span_negations(low: str, start: int, end: int) -> list:
    """The cues inside the span [``start``, ``end``) of the lower-case key that may negate its act: a prohibition, a
    passive's agent negated, the act refused, and a bare «không / chưa» when no other party stands before it in the
    span («thu 50.000 đồng đối với hộ không tham gia …»: the household's omission). Each still has to cover the span
    (``covers``)."""
    out = list(RULED_OUT_CUES.finditer(low, start, end))
    out += NOT_AGENT_CUES.finditer(low, start, end)
    out += REFUSED_CUES.finditer(low, start, end)
    out += [c for c in NOT_DONE_CUES.finditer(low, start, end) if not OTHER_PARTY.search(low, start, c.start())]
    return out


def covers(low: str, c, end: int) -> bool:
    """Does the negation ``c`` govern the words after it to ``end``: no consequence («thì», «bị», «sẽ», «phải») nor turn
    («mà», «nhưng», «,», «;») between, and no consequence right before it («… thì không được dự lễ …», «… bị cấm …»: a
    sanction the text imposes, the fault itself)?"""
    if CONSEQUENCE_CUES.search(low, c.end(), end) or SPAN_TURN.search(low, c.end(), end):
        return False
    return not (SANCTIONED_BEFORE.search(low, max(0, c.start() - 16), c.start()) or low.startswith("bị", c.start()))


def restated(rx, key: str, m) -> bool:
    """s27-ng: the polarity of a matched span. A forbidden wording whose span holds a prohibition between its words
    («Chủ tịch UBND xã không được quyết định thành lập Tổ …», «Ban kiểm phiếu không được do Trưởng thôn chỉ định»,
    «Trưởng thôn tuyệt đối không được chỉ định …») restates the law: the text rules the act out, it does not do it.
    The negation (``span_negations``) counts only when the rule's pattern still reads the span without it, within the
    span — the words the pattern names are there without the negation, which a gap of the pattern took in — so a
    pattern whose fault is the prohibition itself («không được khiếu nại», a right restricted) keeps its finding; and
    only when it covers the span's end (``covers``). Also read as the act not done: a passive's agent negated («không
    do …»), the act refused («đã từ chối …»), a bare «không / chưa» before the act, and (s28-ng) the act only proposed
    and turned down (``turned_down``); (s29) the act named as what a text repeals (``repealed``)."""
    low = key.lower()
    if turned_down(low, m.start(), m.end()):
        return True
    if not _REPEAL_WORDS.search(rx.pattern) and repealed(low, m.start(), m.end()):
        return True  # a rule whose fault is a repeal (Law Art. 22: a community's decision abolished) reads it itself
    for c in span_negations(low, m.start(), m.end()):
        if c.start() <= m.start() or not covers(low, c, m.end()):
            continue  # «… không gửi trước đến các hộ mà được phát … tại cuộc họp»: the negation is the clause before
        cut = key[:c.start()] + " " * (c.end() - c.start()) + key[c.end():]
        if rx.match(cut, m.start(), m.end()):  # within the span: not a wording the gap reaches beyond it
            return True
    return False


# -- a proposal turned down (s28-ng) ------------------------------------------------------------------------------

#: a proposal — what the span names is only asked for: «đề nghị (để) …», «đề xuất (việc) …», «kiến nghị …»
_PROPOSAL = re.compile(_W + r"(?:đề\s+nghị|đề\s+xuất|kiến\s+nghị|de\s+nghi|de\s+xuat|kien\s+nghi)" + _E)
#: the proposal turned down, before it: «Hội nghị đã bác bỏ đề nghị …», «UBND xã không chấp nhận đề xuất …», «… từ chối
#: kiến nghị …» — the rejection, at most a few words (the proposal's owner), then the proposal, in one clause
_REJECTED_BEFORE = re.compile(_W + r"(?:bác\s+bỏ|bác|từ\s+chối|không\s+(?:đồng\s+ý|chấp\s+nhận|chấp\s+thuận|"
                              r"thông\s+qua|nhất\s+trí|tán\s+thành)(?:\s+với)?)\s+(?:các\s+|những\s+)?$")
#: the proposal turned down, after the span in the same sentence: «… không được hội nghị chấp nhận», «… bị bác bỏ»,
#: «…, nhưng hội nghị không đồng ý», «… song UBND xã từ chối»
_REJECTED_AFTER = re.compile(
    r"[^.;,]{0,160}?(?<!\w)(?:không\s+được(?:\s+[^\s,;.]+){0,5}?\s+(?:chấp\s+nhận|chấp\s+thuận|thông\s+qua|"
    r"đồng\s+ý|tán\s+thành|nhất\s+trí)|bị(?:\s+[^\s,;.]+){0,4}?\s+(?:bác\s+bỏ|bác|từ\s+chối))(?!\w)|"
    r"[^.;]{0,160}?(?<!\w)(?:nhưng|song|tuy\s+nhiên)(?!\w)[^.;,]{0,60}?(?<!\w)(?:không\s+(?:đồng\s+ý|chấp\s+nhận|"
    r"chấp\s+thuận|thông\s+qua|nhất\s+trí|tán\s+thành)|bác\s+bỏ|từ\s+chối)(?!\w)")


def turned_down(low: str, start: int, end: int) -> bool:
    """s28-ng: is the wording at [``start``, ``end``) of the lower-case key only proposed, and the proposal turned down
    in the same sentence? «Hội nghị đã bác bỏ đề nghị để Trưởng thôn chỉ định Ban kiểm phiếu», «Đề nghị để Chủ tịch
    UBND phường quyết định … không được hội nghị chấp nhận», «Trưởng thôn đề nghị chỉ định Ban kiểm phiếu nhưng hội
    nghị không đồng ý»: nobody did the act. The proposal («đề nghị», «đề xuất», «kiến nghị») stands just before the
    span or in it; a rejection with no proposal («Trưởng thôn chỉ định Ban kiểm phiếu nhưng các hộ không đồng ý»: the
    act was done, others disagreed) is not read."""
    before = None
    for p in _PROPOSAL.finditer(low, max(0, start - 40), end):
        if p.start() >= start or not re.search(r"[,;:.]", low[p.end():start]):
            before = p
            break
    if before is None:
        return False
    r = _REJECTED_BEFORE.search(low, max(0, before.start() - 40), before.start())
    if r is not None:
        return True
    return _REJECTED_AFTER.match(low, end) is not None


# -- a measure repealed (s29) ----------------------------------------------------------------------------------------

_REPEAL = r"(?:bãi\s+bỏ|hủy\s+bỏ|huỷ\s+bỏ|bai\s+bo|huy\s+bo)"
#: a rule pattern that names a repeal itself
_REPEAL_WORDS = re.compile(r"bãi|hủy|huỷ|bai\\s|huy\\s")
#: the measure named, then repealed in the same clause: «Thông báo số 36/TB-TP … về trừ tiền lương người lao động đi
#: muộn được bãi bỏ», «… việc thu 200.000 đồng/hộ đã bị hủy bỏ» — no clause mark between (dev_forbidden df-38 L14)
_REPEALED_AFTER = re.compile(r"[^.;:,]{0,100}?" + _W + r"(?:(?:đã\s+|da\s+)?(?:được|bị|duoc|bi)\s+|(?:đã|da)\s+)"
                             + _REPEAL + _E)
#: the repeal, then the measure: «Bãi bỏ quy định về phạt tiền hộ không dự họp», «hủy bỏ việc trừ lương …» — at most a
#: few words between, no clause mark
_REPEALED_BEFORE = re.compile(_REPEAL + r"(?:\s+(?:các|những|cac|nhung))?(?:\s+[^\s,;:.]+){0,6}?\s+$")


def repealed(low: str, start: int, end: int) -> bool:
    """s29: is the wording at [``start``, ``end``) of the lower-case key what the text repeals? «Thông báo … về trừ
    tiền lương người lao động đi muộn được bãi bỏ; các khoản đã trừ được hoàn trả», «Bãi bỏ quy định phạt tiền hộ không
    dự họp»: the text ends the measure, it does not impose it. The repeal stands in the same clause, after the measure
    as its predicate or right before it as the verb; a repeal in another clause («Hộ vi phạm nộp 200.000 đồng; Quyết
    định số 12 bị bãi bỏ») is not read."""
    if _REPEALED_AFTER.match(low, end):
        return True
    return _REPEALED_BEFORE.search(low, max(0, start - 60), start) is not None
