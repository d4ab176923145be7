"""Lawful flips: does a rule that reads who does what stay silent on the lawful sentence next to its violation?

``bench/phrasing_bench.py`` varies each rule's examples keeping their meaning; this bench varies each ``violates``
example of a rule that reads an actor and an act into the lawful sentences a drafter writes beside it, by
transformations stated once (``TRANSFORMS``) and grounded in the law:

- ``attend``      the forbidden role only attends: «… do <A> chủ trì, có sự tham dự của <R>», «với sự tham gia của
                  <R>», «<A> mời <R> dự …» (Law 10/2022 Art. 33.2, 51.1: who convenes and chairs; anyone may attend);
- ``report``      it reports at a meeting another chairs, «…; <R> báo cáo», «<R> báo cáo tại <M> do <A> chủ trì»;
- ``propose``     it proposes, another acts, «<R> đề nghị <A> <act> …», or nobody acts in the sentence, «<R> đề nghị
                  <act> …» (Decree 59 Art. 9.1: the Ban công tác Mặt trận proposes the dismissal meeting);
- ``object``      it is what the act is done to, «<A> triệu tập cuộc họp cho thôi làm <R>», «… bầu <R>» (Decree 59
                  Art. 3.1.b-c), only for a role the community elects or dismisses;
- ``prohibited``  the act is ruled out for it, «<R> không được <act> …», «Nghiêm cấm <R> <act> …»;
- ``assist``      it helps the lawful actor, «<R> giúp <A> chuẩn bị …» (Law Art. 51.1: the union «phối hợp»);
- ``agree``       the lawful actor acts after agreeing with it, «<A>, sau khi thống nhất với <R>, <act> …» (Decree 59
                  Art. 3.1.c, Law Art. 50.2);
- ``allowed``     the lawful actor does the act with the same verb, «… do <A> <act>» (the rule's own ``allowed`` or
                  the provision's actor, ``LAWFUL``);
- ``exception``   the law's own conditional exception, where the rule's provision has one (``EXCEPTIONS``);
- ``quoted``      (s27-ng) the prohibition quoted as a rule followed, «Thôn thực hiện đúng quy định «<R> không được
                  <act> …»», «Quán triệt nguyên tắc: <R> không được <act> …»;
- ``refused``     (s27-ng) the act refused or not done, «<R> đã từ chối <act> …», «<R> không <act> …»; (s28-ng) the
                  act only proposed and turned down, «<R> đề nghị <act> … nhưng hội nghị không đồng ý», «Đề nghị để <R>
                  <act> … không được hội nghị chấp nhận», «Hội nghị đã bác bỏ đề nghị để <R> <act> …», not carried
                  out, «<R> không thực hiện việc <act> …» (only when named: ``OPT_IN``; ``--patterns-only`` runs a
                  forbidden rule without its ``actor`` slot: the ``forbidden`` reader's own figure).

``<R>`` is the role the rule flags in the example, ``<A>`` the actor the provision names, ``<act>`` the example's
own verb phrase. Only the line the rule flags is rewritten; the other lines (title, headings) stay, so the rule's
context cues still hold. A frame is checked first: the line rebuilt from its parts must still fire (else the
example is counted as ``no frame`` and yields nothing). Each variant is run with the rule ALONE, as
``tests/test_rule_examples.py`` runs examples; every variant that fires is a lawful flip.

For ``forbidden`` rules with no ``actor`` slot that name a role and an act in their violation, only ``prohibited``,
``quoted`` and ``refused`` are used: the act may be unlawful whoever does it (a fine in a hương ước), so attending, proposing or another actor
could still be a fault.

    python bench/lawful_flip_bench.py [--rule CF-16 ...] [--transform T ...] [-v] [--json out.json]

No labelled set is read: the examples are the rules' own.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass

from kb.vntext import nfc

# ---------------------------------------------------------------------------
# The law's actors: who lawfully does the act a rule reads (``A``), when the rule names none in ``allowed``
# ---------------------------------------------------------------------------

#: rule → the lawful actor as a drafter writes it, from the rule's provision
LAWFUL = {
    # Decree 59 Art. 3.1.c: «Trưởng Ban công tác Mặt trận … triệu tập và chủ trì cuộc họp … để cho thôi làm Trưởng thôn»
    "CF-16": "Trưởng ban công tác Mặt trận",
    "CF-283": "Trưởng ban công tác Mặt trận",
    "CF-563": "Trưởng ban công tác Mặt trận",
    # Law Art. 33.2 (hội nghị định kỳ), Decree 59 Art. 3.1.a (cuộc họp): the Trưởng thôn convenes and chairs
    "CF-158": "Trưởng thôn",
    "CF-358": "Trưởng thôn",
    # Law Art. 51.1: «Người đứng đầu cơ quan … chủ trì, phối hợp với Ban Chấp hành công đoàn tổ chức hội nghị»
    "CF-17": "Thủ trưởng cơ quan",
    "CF-310": "Thủ trưởng cơ quan",
    # Law Art. 41.1: «Ban thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã quyết định thành lập»
    "CF-151": "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã",
    # Decree 59 Art. 6.1.b: «Chủ tịch Ủy ban nhân dân cấp xã quyết định thành lập Tổ bầu cử»
    "CF-176": "Chủ tịch Ủy ban nhân dân xã",
    # Decree 59 Art. 3.1.b: the Tổ bầu cử convenes and chairs the electing meeting
    "CF-150b": "Tổ bầu cử",
    # Law Arts. 36.2, 60.3, 77.3: the meeting that elected the Ban Thanh tra nhân dân dismisses its member
    "CF-844s": "hội nghị viên chức, người lao động",
    # Decree 59 Arts. 21.1, 25.1: the Ban Chấp hành Công đoàn recognises the result
    "CF-844t": "Ban Chấp hành Công đoàn",
    # Decree 59 Art. 9.3: «Ủy ban nhân dân cấp xã xem xét, quyết định sau khi thống nhất với Ủy ban Mặt trận …»
    "CF-651": "Ủy ban nhân dân xã",
    # Law Art. 18.1: the Chủ tịch UBND xã designates «đại diện Ban công tác Mặt trận …» who convenes
    "CF-652": "đại diện Ban công tác Mặt trận",
    # Law Art. 50.2 / 68.2: «người đứng đầu cơ quan, đơn vị sau khi đã thống nhất với Ban Chấp hành Công đoàn»
    "CF-653": "Thủ trưởng cơ quan",
    "CF-654": "Giám đốc Công ty",
    # Law Art. 19.1.a, Decree 59 Art. 4.1.a: «Chủ tịch Ủy ban nhân dân cấp xã quyết định lựa chọn hình thức phát phiếu»
    "CF-656": "Chủ tịch Ủy ban nhân dân xã",
    # Decree 61 Art. 11.1: the UBND cấp xã issues the recognition; its Chủ tịch signs (Mẫu số 03)
    "CF-658": "Chủ tịch Ủy ban nhân dân xã",
}

#: the law's own conditional exception, written as the provision writes it, for the rules whose provision has one
_DUAL_POST = ("Trường hợp Trưởng thôn đồng thời là Trưởng ban công tác Mặt trận thì Chủ tịch Ủy ban nhân dân xã "
              "triệu tập và chủ trì cuộc họp cho thôi làm Trưởng thôn sau khi thống nhất với Chủ tịch Ủy ban Mặt "
              "trận Tổ quốc Việt Nam xã.")  # Decree 59 Art. 3.1.c, second sentence
_VACANT = ("Trường hợp khuyết Trưởng thôn thì Chủ tịch Ủy ban nhân dân xã chỉ định đại diện Ban công tác Mặt trận "
           "ở thôn triệu tập và tổ chức cuộc họp của cộng đồng dân cư.")  # Law Art. 18.1, Decree 59 Art. 3.1.d
EXCEPTIONS = {
    "CF-16": (_DUAL_POST,), "CF-283": (_DUAL_POST,), "CF-563": (_DUAL_POST,),
    "CF-358": (_VACANT,), "CF-652": (_VACANT,),
}

#: roles the community elects or dismisses (Decree 59 Arts. 3.1.b-c, 7-9): the only ones the ``object`` flip names
_ELECTED_TAGS = ("truong_thon_tdp",)

_MEETING = re.compile(r"(?i)\b(cuộc họp|hội nghị|họp)\b")
#: «… do R», «… được R», «do ông A, R», «do đồng chí R»: the role is the agent of a passive
_PASSIVE_END = re.compile(r"(?i)(?<!\w)(?:do|được|bởi)\s+(?:(?:đồng\s+chí|ông|bà)\s+[^,;.]{0,30},\s*)?"
                          r"(?:(?:đồng\s+chí|ông|bà)\s+)?$")
#: what may stand between the role and its act: no other agent, owner or negation («do», «của», «không»)
_GAP_BAD = re.compile(r"(?i)(?<!\w)(?:do|được|bởi|của|cho|với|không|chưa|chẳng)(?!\w)")
_END = re.compile(r"\s*[.;:]?\s*$")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _low(s: str) -> str:
    return s[:1].lower() + s[1:] if s[:2] != s[:2].upper() else s


def _split_end(s: str) -> tuple[str, str]:
    m = _END.search(s)
    return s[:m.start()], s[m.start():] or "."


_MARK = re.compile(r"^\s*(?:[-+•*]\s*|\d{1,2}[.)]\s*|[a-zđ]\)\s*)?")


@dataclass(frozen=True)
class Frame:
    """A violating line cut into its parts: ``pre`` + ``role`` + ``vp`` + ``post`` (active, passive: ``pre`` ends with
    «do / được»), or ``pre`` + ``vp`` + «bởi» + ``role`` + ``post`` (``by``), or a label ``pre`` … ``role`` (``label``)."""

    rule: object
    index: int
    example: object
    lines: tuple[str, ...]
    at: int  # 0-based line index
    shape: str  # active | passive | by | label
    pre: str
    role: str
    vp: str
    post: str
    role_id: str
    act: str = ""  # the act cue itself, the end of ``vp``

    def with_line(self, *new: str) -> str:
        return "\n".join((*self.lines[:self.at], *new, *self.lines[self.at + 1:]))

    @property
    def rebuilt(self) -> str:
        if self.shape == "by":
            return self.pre + self.vp + " bởi " + self.role + self.post
        if self.shape == "label":
            return self.pre + self.role + self.post
        return self.pre + self.role + " " + self.vp + self.post


def _role_regexes(lex):
    from checker.kinds import cue_regex
    from checker.nlp import _spellings
    return [(r.id, cue_regex(_spellings(lex, r.patterns))) for r in lex.roles]


def _roles_in(line: str, lex, extra_cues=()):
    """(start, end, role id) of every lexicon role and ``forbidden_cues`` actor in ``line``, longest first."""
    from checker.kinds import cue_regex
    from checker.text import match_key
    key = match_key(nfc(line))
    found = []
    for rid, rx in _role_regexes_cached(lex):
        found += [(m.start(), m.end(), rid) for m in rx.finditer(key)]
    if extra_cues:
        found += [(m.start(), m.end(), "cue") for m in cue_regex(tuple(extra_cues)).finditer(key)]
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out, last = [], -1
    for s, e, rid in found:
        if s >= last:
            out.append((s, e, rid))
            last = e
    return out


_RX_CACHE: dict = {}


def _role_regexes_cached(lex):
    if "roles" not in _RX_CACHE:
        _RX_CACHE["roles"] = _role_regexes(lex)
    return _RX_CACHE["roles"]


def _act_regex(lex, rule):
    from checker.kinds import cue_regex
    a = rule.detect.get("actor")
    if a is not None:
        cues = lex.act_cues(a["act"]) if "act" in a else ()
        return cue_regex(tuple(dict.fromkeys((*cues, *a.get("verbs", ())))))
    return cue_regex(tuple(dict.fromkeys(c for act in lex.acts for c in act.patterns)))


def _wrong(rule, lex, rid: str) -> bool:
    """Is the role ``rid`` one the rule flags as the actor?"""
    a = rule.detect.get("actor")
    if a is None:
        return rid != "cue"
    if rid == "cue":
        return True
    if rid in lex.expand(a.get("forbidden", ())):
        return True
    return "allowed" in a and rid not in lex.expand(a["allowed"])


#: the words that place a role after its name («công chức Văn hóa - Xã hội phường», «Chủ tịch UBND xã Kiền Kiền»):
#: part of the role as written, not of the act — a place word, a number, or a capitalised name
_PLACE_WORDS = ("xã", "phường", "thị trấn", "thôn", "bản", "tổ dân phố", "trường", "công ty", "bệnh viện", "cơ quan",
                "số")


def _owner_end(line: str, end: int) -> int:
    while True:
        m = re.match(r"\s+(\S+)", line[end:])
        if m is None:
            return end
        word = m.group(1)
        place = next((p for p in _PLACE_WORDS if line[end:].lstrip().lower().startswith(p + " ")
                      or line[end:].strip().lower() == p), None)
        if place is not None:
            end = end + (len(line[end:]) - len(line[end:].lstrip())) + len(place)
        elif word[:1].isupper() or word.isdigit():
            end += m.end()
        else:
            return end
        while end > 0 and line[end - 1] in ".,;:)":
            end -= 1


def frames(rule, i, ex, lex, flagged_lines):
    """The frames of one violating example: one per flagged line whose wrong role and act the bench can place."""
    from checker.text import match_key
    text = nfc(ex.text)
    lines = tuple(text.split("\n"))
    acts_rx = _act_regex(lex, rule)
    cues = (rule.detect.get("actor") or {}).get("forbidden_cues", ())
    out = []
    for at in sorted(flagged_lines):
        if not 0 <= at < len(lines):
            continue
        line = lines[at]
        if line.lstrip().startswith("|"):
            continue  # a table row: no sentence to rewrite
        key = match_key(line)
        roles = [r for r in _roles_in(line, lex, cues) if _wrong(rule, lex, r[2])]
        for rs, re_, rid in roles:
            re_ = _owner_end(line, re_)
            # active / passive: the act follows the role within 40 characters, no clause mark between
            vm = next((m for m in acts_rx.finditer(key, re_) if len(key[re_:m.start()].split()) <= 2
                       and not re.search(r"[.;:]|,\s*\w", key[re_:m.start()])
                       and not _GAP_BAD.search(key[re_:m.start()])
                       and not any(re_ <= o[0] < m.start() for o in _roles_in(line, lex, cues))), None)
            if vm is not None and ("actor" in rule.detect or not re.search(r"[,;]", line[vm.end():])):
                pre, post = line[:rs], line[vm.end():]
                shape = "passive" if _PASSIVE_END.search(pre) else "active"
                if ":" in pre and acts_rx.search(key, 0, pre.rindex(":")) is not None:
                    # «Người triệu tập và chủ trì: <R> triệu tập …»: the label already says <R> acts — only the role
                    # in the label can change («<A> triệu tập …», the role attending)
                    shape = "label"
                    pre, post = line[:rs], line[re_:]
                out.append(Frame(rule, i, ex, lines, at, shape, pre, line[rs:re_], line[re_:vm.end()].strip(), post,
                                 rid, line[vm.start():vm.end()]))
                break
            # «… được chủ trì bởi R»
            vm = next((m for m in acts_rx.finditer(key, 0, rs) if re.fullmatch(r"\s*bởi\s*", key[m.end():rs])), None)
            if vm is not None:
                out.append(Frame(rule, i, ex, lines, at, "by", line[:vm.start()], line[rs:re_],
                                 line[vm.start():vm.end()], line[re_:], rid))
                break
            # a label: «Người triệu tập và chủ trì: ông A, R»
            vm = next((m for m in acts_rx.finditer(key, 0, rs) if ":" in key[m.end():rs]
                       and not re.search(r"[.;]", key[m.end():rs])), None)
            if vm is not None:
                out.append(Frame(rule, i, ex, lines, at, "label", line[:rs], line[rs:re_], line[vm.start():vm.end()],
                                 line[re_:], rid))
                break
        if out:
            break
    return out


# ---------------------------------------------------------------------------
# Transformations: each takes a frame and the lawful actor and gives the lawful lines (none when it does not apply)
# ---------------------------------------------------------------------------

def _meeting_vp(f: Frame) -> bool:
    return f.rule.detect.get("actor", {}).get("act") in ("chair", "convene") or \
        set(f.rule.detect.get("actor", {}).get("act") or ()) & {"chair", "convene"}


def t_attend(f: Frame, A: str) -> list[str]:
    if f.shape in ("active", "passive"):
        body, end = _split_end(f.post)
        out = [f.pre + A + " " + f.vp + body + ", có sự tham dự của " + f.role + end,
               f.pre + A + " " + f.vp + body + " với sự tham gia của " + f.role + end]
        if f.shape == "active" and _meeting_vp(f) and _MEETING.search(body):
            out.append(f.pre + A + " mời " + f.role + " dự" + body + end)
            out.append(f.pre + A + " " + f.vp + body + "; " + f.role + " được mời dự và phát biểu chỉ đạo" + end)
        return out
    if f.shape == "by":
        body, end = _split_end(f.post)
        return [f.pre + f.vp + " bởi " + A + body + ", có sự tham dự của " + f.role + end]
    # a label: the lawful actor in the label, the role among those who attend
    body, end = _split_end(f.post)
    return [(f.pre + A + body + end, "- Tham dự: " + f.role + ".")]


def t_report(f: Frame, A: str) -> list[str]:
    if f.shape not in ("active", "passive"):
        return []
    body, end = _split_end(f.post)
    out = [f.pre + A + " " + f.vp + body + "; " + f.role + " báo cáo" + end]
    if f.shape == "active" and _meeting_vp(f) and _MEETING.search(body):
        out.append(_MARK.match(f.pre).group(0) + f.role + " báo cáo tại" + body + " do " + A + " chủ trì" + end)
    return out


def t_propose(f: Frame, A: str) -> list[str]:
    if f.shape == "active":
        return [f.pre + f.role + " đề nghị " + A + " " + f.vp + f.post,
                f.pre + f.role + " đề nghị " + f.vp + f.post]
    if f.shape == "passive":
        body, end = _split_end(f.post)
        return [f.pre + A + " " + f.vp + body + " theo đề nghị của " + f.role + end]
    return []


def t_object(f: Frame, A: str, lex) -> list[str]:
    role = lex.role(f.role_id)
    if role is None or not set(role.tags) & set(_ELECTED_TAGS) or not _meeting_vp(f) or f.shape != "active":
        return []
    _, end = _split_end(f.post)
    return [f.pre + A + " " + f.vp + " cuộc họp cho thôi làm " + f.role + end,
            f.pre + A + " " + f.vp + " cuộc họp bầu " + f.role + end]


#: a clause that only places the act in time or purpose («sau khi <R> ban hành …», «để <R> …»): a prohibition there
#: says nothing a drafter writes
_SUBORDINATE = re.compile(r"(?i)(?<!\w)(?:sau\s+khi|trước\s+khi|kể\s+từ\s+khi|khi|để)\s*$")


def t_prohibited(f: Frame, A: str) -> list[str]:
    if f.shape != "active" or _SUBORDINATE.search(f.pre):
        return []
    mark = _MARK.match(f.pre).group(0)
    # «không được» goes right before the act, after what stands between («đương nhiệm», «trực tiếp»); a past «đã»
    # is dropped: a prohibition has no tense
    gap, act = f.vp[:len(f.vp) - len(f.act)], f.act
    gap = re.sub(r"(?i)(?<!\w)(?:đã|đang|sẽ)\s+", "", gap)
    return [f.pre + f.role + gap + " không được " + act + f.post if gap.strip() else
            f.pre + f.role + " không được " + act + f.post,
            mark + "Nghiêm cấm " + f.role + (gap if gap.strip() else " ") + act + f.post]


def _gap_act(f: Frame) -> tuple[str, str]:
    """The words between the role and the act cue (a tense word dropped), spaced on both sides when any, and the act
    cue."""
    gap, act = f.vp[:len(f.vp) - len(f.act)], f.act
    gap = re.sub(r"(?i)(?<!\w)(?:đã|đang|sẽ)\s+", "", gap).strip()
    return (" " + gap + " " if gap else " "), act


def t_quoted(f: Frame, A: str) -> list[str]:
    """s27-ng: the prohibition quoted to say it was followed — a report's «Thực hiện đúng quy định «<R> không được
    <act> …»» and a text's «Quán triệt nguyên tắc: <R> không được <act> …» state the law; they do not break it."""
    if f.shape != "active" or _SUBORDINATE.search(f.pre):
        return []
    mark = _MARK.match(f.pre).group(0)
    gap, act = _gap_act(f)
    body, end = _split_end(f.post)
    said = f.role + gap + "không được " + act + body
    return [mark + "Thôn thực hiện đúng quy định «" + said + "»" + end,
            mark + "Quán triệt nguyên tắc: " + said + end]


def t_refused(f: Frame, A: str) -> list[str]:
    """s27-ng: a report that the act was refused or not done — «<R> đã từ chối <act> …», «đề nghị … để <R> <act> … không
    được chấp nhận», «<R> không <act> …»: nobody did the act the rule forbids."""
    if f.shape != "active" or _SUBORDINATE.search(f.pre) or re.search(r"(?i)(?<!\w)bị\s*$", f.pre):
        return []
    vp = re.sub(r"(?i)^(?:đã|đang|sẽ)\s+", "", f.vp.strip())
    body, end = _split_end(f.post)
    return [f.pre + f.role + " đã từ chối " + vp + body + end,
            f.pre + f.role + " không " + vp + body + end,
            # s28-ng: the act only proposed and the proposal turned down, by the meeting or in the passive; the act
            # not carried out; the proposal rejected before it is named
            f.pre + f.role + " đề nghị " + vp + body + " nhưng hội nghị không đồng ý" + end,
            f.pre + "Đề nghị để " + f.role + " " + vp + body + " không được hội nghị chấp nhận" + end,
            f.pre + f.role + " không thực hiện việc " + vp + body + end,
            f.pre + "Hội nghị đã bác bỏ đề nghị để " + f.role + " " + vp + body + end]


def t_assist(f: Frame, A: str) -> list[str]:
    if f.shape not in ("active", "passive"):
        return []
    body, end = _split_end(f.post)
    if f.shape == "active":
        return [f.pre + f.role + " giúp " + A + " " + f.vp + f.post]
    return [f.pre + A + " " + f.vp + body + "; " + f.role + " giúp " + A + " chuẩn bị" + end]


def t_agree(f: Frame, A: str) -> list[str]:
    """The lawful actor acts after agreeing with the role (Decree 59 Art. 3.1.c: «… sau khi thống nhất với Chủ tịch Ủy ban
    Mặt trận Tổ quốc Việt Nam cấp xã»; Law Art. 50.2: «sau khi đã thống nhất với Ban Chấp hành Công đoàn»)."""
    if f.shape not in ("active", "passive"):
        return []
    body, end = _split_end(f.post)
    if f.shape == "active":
        return [f.pre + A + ", sau khi thống nhất với " + f.role + ", " + f.vp + f.post,
                f.pre + A + " " + f.vp + body + " sau khi thống nhất với " + f.role + end]
    return [f.pre + A + " " + f.vp + body + " sau khi thống nhất với " + f.role + end]


def t_allowed(f: Frame, A: str) -> list[str]:
    if f.shape == "by":
        return [f.pre + f.vp + " bởi " + A + f.post]
    if f.shape == "label":
        return [f.pre + A + f.post]
    return [f.pre + A + " " + f.vp + f.post]


def t_exception(f: Frame, A: str) -> list[str]:
    return list(EXCEPTIONS.get(f.rule.id, ()))


TRANSFORMS = {
    "attend": t_attend, "report": t_report, "propose": t_propose, "object": t_object, "prohibited": t_prohibited,
    "assist": t_assist, "agree": t_agree, "allowed": t_allowed, "exception": t_exception,
    "quoted": t_quoted, "refused": t_refused,
}
#: transformations run only when named (``--transform``): ``refused`` fires on the ``actor`` reader, which reads no
#: refusal («đã từ chối») nor bare «không» before the act yet (s27-ng: 26 of 54 variants, every one through an actor
#: slot — a worklist for the owner of ``actor.py`` / ``acts.py``); the ``forbidden`` reader reads both (``restated``)
OPT_IN = ("refused",)
#: what a forbidden rule with no actor slot may take: the act ruled out, quoted as a rule followed, or refused is
#: lawful whoever it names
FORBIDDEN_ONLY = ("prohibited", "quoted", "refused")


@dataclass(frozen=True)
class Variant:
    rule: object
    index: int
    example: object
    transform: str
    text: str
    line: str = ""


def lawful_actor(rule, lex) -> str | None:
    if rule.id in LAWFUL:
        return LAWFUL[rule.id]
    a = rule.detect.get("actor") or {}
    for ref in a.get("allowed", ()):
        ids = sorted(lex.expand([ref]))
        if ids and lex.role(ids[0]) is not None:
            return lex.role(ids[0]).label
    return None


def variants_of(f: Frame, lex, transforms=None):
    """The lawful variants of one frame (whole example texts), as (transform, text, the new line)."""
    A = lawful_actor(f.rule, lex)
    if A == "Trưởng thôn" and re.search(r"(?i)tổ dân phố|\bTDP\b", "\n".join(f.lines)):
        A = "Tổ trưởng tổ dân phố"  # the same post in a ward (Law Art. 2)
    slot = "actor" in f.rule.detect
    for name in transforms or [t for t in TRANSFORMS if t not in OPT_IN]:
        if not slot and name not in FORBIDDEN_ONLY:
            continue
        if A is None and name not in ("prohibited", "exception"):
            continue
        fn = TRANSFORMS[name]
        lines = fn(f, A, lex) if name == "object" else fn(f, A)
        for new in dict.fromkeys(lines):  # a line, or a tuple of lines that take the flagged line's place
            yield name, (f.with_line(*new) if isinstance(new, tuple) else f.with_line(new)), \
                " / ".join(new) if isinstance(new, tuple) else new


#: a forbidden rule whose fault is who acts: its title says the act is «không do» the lawful actor, done «thay vì» by
#: it, or «do <someone> <act>» — only there is ruling the act out for the role written a lawful restatement (a rule on
#: a time limit or a threshold would make «<R> không được <act>» a wrong prohibition)
_WHO_TITLE = re.compile(r"(?i)không do|thay vì|(?<!\w)do\s[^,;]{0,60}?(?:triệu tập|chủ trì|thành lập|công nhận|"
                        r"quyết định|chỉ định|ký)")


def reads_actor(rule, lex) -> bool:
    """A rule that reads an actor and an act: an ``actor`` slot, or a ``forbidden`` conflict rule whose fault is who
    acts (``_WHO_TITLE``; tested per example: a violating line that names a role and an act)."""
    d = rule.detect or {}
    return "actor" in d or (rule.kind == "conflict" and "forbidden" in d and _WHO_TITLE.search(rule.title) is not None)


# ---------------------------------------------------------------------------
# Runner
# ---------------------------------------------------------------------------

#: s28-ng ``--patterns-only``: only the ``forbidden`` rules, one with an ``actor`` slot run without the slot — the figure
#: of the ``forbidden`` reader's own patterns (``checker/kinds/conflict/forbidden.py``), apart from the act reader's
PATTERNS_ONLY = False


def _patterns_only(rule):
    from dataclasses import replace
    d = rule.detect or {}
    if PATTERNS_ONLY and "forbidden" in d and "actor" in d:
        return replace(rule, detect={k: v for k, v in d.items() if k != "actor"})
    return rule


def findings(rule, ex, text, store, name="biến thể"):
    rule = _patterns_only(rule) if name == "biến thể" else rule
    from checker import check_text
    from checker.model import EXAMPLE_AS_OF
    from checker.rules import example_type
    report = check_text(text, store, doc_type=example_type(rule, ex), as_of=ex.as_of or EXAMPLE_AS_OF,
                        source_name=f"{rule.id} {name}", rules=[rule])
    return [f for f in report.findings if f.rule == rule.id]


def rule_variants(rule, store, lex, transforms=None):
    """(frames found, frames lost, [Variant]) for one rule: each violating example that fires gives its frame; a frame
    whose rebuilt line no longer fires is lost."""
    got, lost, out = 0, 0, []
    for i, ex in enumerate(rule.examples):
        if not ex.violates:
            continue
        hits = findings(rule, ex, nfc(ex.text), store, "ví dụ")
        flagged = set()
        for h in hits:
            flagged.update(range(h.evidence.line - 1, max(h.evidence.line, h.evidence.end_line or 0)))
        for f in frames(rule, i, ex, lex, flagged):
            if not findings(rule, ex, f.with_line(f.rebuilt), store, "khung"):
                lost += 1
                continue
            got += 1
            for name, text, line in variants_of(f, lex, transforms):
                out.append(Variant(rule, i, ex, name, text, line))
    return got, lost, out


def run(store, rules, transforms=None):
    from checker.ruledata import lexicon
    lex = lexicon()
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    firing: dict[str, Counter] = defaultdict(Counter)
    flips, frames_n, lost_n, n_rules = [], 0, 0, 0
    for rule in rules:
        if not reads_actor(rule, lex) or (PATTERNS_ONLY and "forbidden" not in (rule.detect or {})):
            continue  # --patterns-only: the rules the forbidden reader reads
        got, lost, vs = rule_variants(rule, store, lex, transforms)
        frames_n, lost_n = frames_n + got, lost_n + lost
        n_rules += bool(got)
        for v in vs:
            hit = bool(findings(rule, v.example, v.text, store))
            table[v.transform][0] += 1
            table[v.transform][1] += hit
            if hit:
                firing[v.transform][rule.id] += 1
                flips.append(v)
    return dict(table), firing, flips, frames_n, lost_n, n_rules


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rule", action="append", help="rule id (repeatable)")
    ap.add_argument("--transform", action="append", choices=list(TRANSFORMS))
    ap.add_argument("-v", "--verbose", action="store_true", help="print every lawful variant that fires")
    ap.add_argument("--all", action="store_true", help="with -v, print every variant, fired or not")
    ap.add_argument("--json", help="write the table and the flips to this file")
    ap.add_argument("--patterns-only", action="store_true",
                    help="only forbidden rules, their variants run without an actor slot (the forbidden reader alone)")
    args = ap.parse_args(argv)
    global PATTERNS_ONLY
    PATTERNS_ONLY = args.patterns_only

    from checker.rules import catalogue
    from kb.store import Store

    rules = [r for r in catalogue() if not args.rule or r.id in args.rule]
    t0 = time.time()
    with Store(os.environ["DCCS_KB"]) as store:
        if args.all:
            from checker.ruledata import lexicon
            lex = lexicon()
            for r in rules:
                if reads_actor(r, lex):
                    for v in rule_variants(r, store, lex, args.transform)[2]:
                        hit = bool(findings(r, v.example, v.text, store))
                        print(f"{'FIRES' if hit else 'ok   '} {r.id} [{v.transform}] {v.line[:220]!r}")
            return 0
        table, firing, flips, nf, nl, nr = run(store, rules, args.transform)
    dt = time.time() - t0
    print(f"{'transform':<12}{'variants':>10}{'fired':>8}  most")
    tot = [0, 0]
    for name in TRANSFORMS:
        if name not in table:
            continue
        n, k = table[name]
        tot = [tot[0] + n, tot[1] + k]
        most = ", ".join(f"{r} {c}" for r, c in firing[name].most_common(4))
        print(f"{name:<12}{n:>10}{k:>8}  {most}")
    print(f"{'ALL':<12}{tot[0]:>10}{tot[1]:>8}")
    print(f"({nr} rules with a frame, {nf} frames, {nl} frames lost, {dt:.0f} s)")
    if args.verbose:
        for v in flips:
            print(f"FLIP {v.rule.id} [{v.transform}] {v.line[:260]!r}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"table": table, "flips": [{"rule": v.rule.id, "index": v.index, "transform": v.transform,
                                                  "text": v.text} for v in flips]},
                      fh, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
