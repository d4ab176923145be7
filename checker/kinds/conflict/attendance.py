"""The conflict kind's ``attendance`` reader: those present at a meeting against the share the law requires."""
from __future__ import annotations

import re
from dataclasses import replace

from checker.kinds import Context, all_groups, any_cue, check_cues, check_groups, check_keys, cue_regex, finding
from checker.kinds.conflict.common import clauses_around, _FULL_STOP, _GOES_ON, _SUMMONED, ZONES
from checker.model import Finding, Rule
from checker.quantities import parse_bound


#: "Có mặt: 28 người", "Số đại biểu có mặt: 188/300 (đạt 62,7%)", "Số người dự: 38/62", "có mặt 5 trên tổng số 9": the
#: count present, and the whole it is a part of when a "/" or "trên (tổng số)" follows (never a date, "07/12/2025").
PRESENT = re.compile(r"(?<!\w)(?:có\s+mặt|dự\s+họp|tham\s+dự|dự\s+hội\s+nghị|(?:người|đại\s+biểu)\s+dự(?=\s*:))"
                      r"\s*(?::|là|\|)?\s*(?P<n>\d{1,5})(?![\d,.]\d)(?!/\d{1,2}/)"
                      r"(?:\s*(?:/|trên\s+(?:tổng\s+số\s+)?)\s*(?P<of>\d{1,5})(?![\d/,.]\d))?",
                      re.IGNORECASE)
ATTENDANCE_REACH = 4

#: s30-zn (checker_dev_forbidden df-30, df-34): the count present written as what the meeting went on with — "tiếp
#: tục tiến hành với 41/68 người (60,3%)", "vẫn tiến hành đối thoại với 04/09 thành viên", "cuộc họp diễn ra với sự có
#: mặt của 52 trên tổng số 90 đại biểu": the record says the meeting was held with that share, a declaration in itself.
#: Only a count written with its whole ("N/M", "N trên (tổng số) M").
_HELD_WITH = re.compile(r"(?<!\w)(?:ti[ếe]n\s+h[àa]nh|di[ễe]n\s+ra|l[àa]m\s+vi[ệe]c|h[ọo]p)"
                        r"(?:\s+(?:cu[ộo]c\s+|bu[ổo]i\s+)?(?:h[ọo]p|h[ộo]i\s+ngh[ịi]|[đd][ốo]i\s+tho[ạa]i))?"
                        r"\s+v[ớo]i\s+(?:s[ựu]\s+(?:c[óo]\s+m[ặa]t|tham\s+d[ựu]|tham\s+gia)\s+c[ủu]a\s+)?"
                        r"(?:(?:t[ổo]ng\s+)?s[ốo]\s+)?(?P<n>\d{1,5})(?![\d,.]\d)(?!/\d{1,2}/)"
                        r"\s*(?:/|tr[êe]n\s+(?:t[ổo]ng\s+s[ốo]\s+)?)\s*(?P<of>\d{1,5})(?![\d/,.]\d)",
                        re.IGNORECASE)
#: what may not stand just before "tiến hành" in its clause: the condition of a rule ("chỉ được tiến hành với …"),
#: a negation, a plan ("dự kiến", "sẽ") or an adjournment
_HELD_NOT = re.compile(r"(?:kh[ôo]ng|ch[ưu]a|ch[ỉi]|n[ếe]u|khi|ph[ảa]i|m[ớo]i|s[ẽe]|d[ựu]\s+ki[ếe]n|ho[ãa]n|d[ừu]ng|"
                       r"tr[ưu][ờo]ng\s+h[ợo]p)(?:\s+(?:được|duoc|thể|the|cho|đã|da))*(?:\s+ti[ếe]p\s+t[ụu]c)?\s*$",
                       re.IGNORECASE)


#: s30-zn (checker_unseen77 u77-08, unseen86 u86-20): the absent written right after the count present — "có mặt 06
#: người, vắng 05 người", "có mặt 05 người, vắng 04": present and absent are the whole of those called
_ABSENT_AFTER = re.compile(r"\s*(?:người|đại\s+biểu|thành\s+viên|nguoi|dai\s+bieu|thanh\s+vien)?\s*[,;]\s*(?:và\s+|va\s+)?"
                           r"(?:vắng|vang)(?:\s+(?:mặt|mat))?\s*:?\s*(?P<k>\d{1,5})(?![\d/,.]\d)", re.IGNORECASE)


def _held_with(key: str, exclude: tuple) -> re.Match | None:
    """The count the record says the meeting went on with ("tiến hành với 41/68 người"), when its stretch — from the
    last ", " or ";" before it to the next ";", "." or " và " — carries no negation, condition or exclusion."""
    for m in _HELD_WITH.finditer(key):
        lo = max(key.rfind(", ", 0, m.start()) + 2, key.rfind(";", 0, m.start()) + 1, 0)
        stop = re.compile(r";|\.(?!\d)|\s(?:và|va)\s").search(key, m.end())
        hi = stop.start() if stop else len(key)
        if _HELD_NOT.search(key[lo:m.start()]) or (exclude and any_cue(key[lo:hi], exclude)):
            continue
        return m
    return None


def validate_attendance(a: dict) -> None:
    check_keys(a, {"min", "gt", "present_context", "present_exclude", "reach", "span"}, [])
    if a.get("reach", "record") != "record":
        raise ValueError("'attendance.reach' chỉ nhận 'record'")
    if ("min" in a) == ("gt" in a):
        raise ValueError("'attendance' cần đúng một ngưỡng: 'min' (phải đạt) hoặc 'gt' (phải vượt quá)")
    parse_bound(a.get("min", a.get("gt")))
    if "present_context" in a:
        check_groups(a["present_context"], "attendance.present_context")
    if "present_exclude" in a:
        check_cues(a["present_exclude"], "attendance.present_exclude")


def _declares_valid(key: str, groups, exclude: tuple) -> bool:
    """Does the paragraph call the meeting valid: every ``groups`` cue in it, and a sentence with a cue of the last
    group (the declaration) that has no ``exclude`` cue — the exclusion is the declaration's, not the paragraph's."""
    if not all_groups(key, groups):
        return False
    if not exclude:
        return True
    if not groups:
        return not any_cue(key, exclude)
    return any(any_cue(s, tuple(groups[-1])) and not any_cue(s, exclude) for s in _FULL_STOP.split(key))


def _present_of_side(a: dict, key: str, m: re.Match, before: str = "", lead: str = "") -> bool:
    """``present_context`` in the sentence of the count present (``before``: the sentence's start in the paragraph
    above, when the hard-wrapped paragraph goes on in lower case; ``lead``: the label of the list item the paragraph
    sits under, "2. Bên người lao động:"), no ``present_exclude`` in its clause."""
    if "present_context" in a:
        start = max((x.end() for x in _FULL_STOP.finditer(key, 0, m.start())), default=0)
        stop = _FULL_STOP.search(key, m.end())
        head = _FULL_STOP.split(before)[-1] + " " if start == 0 and before else ""
        said = key[start:stop.start() if stop else len(key)]
        if not all_groups(head + said, a["present_context"]) and not (lead and all_groups(lead + " " + said,
                                                                                              a["present_context"])):
            return False
    if "present_exclude" in a:
        a0, b0 = clauses_around(key, m.start())
        if any_cue(key[a0:b0], tuple(a["present_exclude"])):
            return False
    return True


def _one_meeting_record(a: dict, ctx: Context) -> bool:
    """``reach: record``: the minutes of one meeting ("BIÊN BẢN / Đối thoại định kỳ …") give the attendance under
    "I. THÀNH PHẦN" and call the meeting valid in their conclusion, many paragraphs below — the count and the
    declaration are of the one meeting the record is of (unseen30 n06)."""
    return a.get("reach") == "record" and (ctx.doc.header.doc_type or "").lower() == "biên bản"


#: a list item's label ("2. Bên người lao động:", "b) Đại diện bên người lao động:") and a heading that ends its reach
_ITEM_LABEL = re.compile(r"^\s*(?:\d{1,2}|[a-zđ])[.)]\s+(?P<label>[^:;.]{3,80})(?::|$)")
_SECTION_HEAD = re.compile(r"^\s*(?:[IVX]{1,5}|[A-Z])\.\s")


def _item_label(paras, i: int) -> str:
    """The label of the numbered item that paragraph ``i`` goes on under ("2. Bên người lao động: danh sách … /
    Số thành viên … 12 người / Có mặt 08/12 thành viên; …": the count present is the workers' side's, s18 u57-04),
    within three paragraphs above and no section heading between; empty when ``i`` is an item itself."""
    p = paras[i]
    if _ITEM_LABEL.match(p.key) or _SECTION_HEAD.match(p.text):
        return ""
    for q in paras[max(0, i - 3):i][::-1]:
        if q.zone != p.zone or _SECTION_HEAD.match(q.text):
            return ""
        m = _ITEM_LABEL.match(q.key)
        if m:
            return m.group("label")
    return ""


def check_attendance(rule: Rule, ctx: Context) -> list[Finding]:
    a = rule.detect["attendance"]
    strict = "gt" in a
    share = parse_bound(str(a["gt"] if strict else a["min"]))
    groups = rule.detect.get("context", [])
    exclude = tuple(rule.detect.get("exclude", ()))
    record = _one_meeting_record(a, ctx)
    # minutes whose count present follows the title with no opening of its own ("BIÊN BẢN / Đối thoại định kỳ … /
    # Bên người lao động: có mặt 06/10 …") leave it in the header: in one meeting's record it is that meeting's count
    # (s30-rc: or in the preamble — "Thành phần bên NLĐ: có mặt 06 người, …" right under the title is read as one)
    paras = [p for p in ctx.doc.paras if p.zone in ZONES[rule.detect.get("scope", "body")]
             or (record and p.zone in ("header", "preamble") and PRESENT.search(p.key))]
    valid = [i for i, p in enumerate(paras) if _declares_valid(p.key, groups, exclude)]
    out = []
    counts: list[tuple[int, int, bool]] = []  # (present, whole, held with) of each finding
    for i, p in enumerate(paras):
        held = _held_with(p.key, exclude) if all_groups(p.key, groups[:-1]) else None
        if held is not None and _present_of_side(a, p.key, held, "", _item_label(paras, i)):
            valid.append(i)  # the paragraph declares the meeting held with the count it gives
        else:
            held = None
        if not any(i <= j <= i + ATTENDANCE_REACH for j in valid) and not (
                record and any(j > i for j in valid) and not any_cue(p.key, exclude)):
            continue
        q = paras[i - 1] if i else None  # "… gồm 12 người;" / "có mặt 07/12 người …": one sentence, wrapped
        before = q.key if q is not None and q.zone == p.zone and p.line == (q.end_line or q.line) + 1 \
            and re.search(r"[;,]\s*$|[^.;:!?…]\s*$", q.text) and _GOES_ON.match(p.text) else ""
        lead = _item_label(paras, i)
        m = held or next((m for m in PRESENT.finditer(p.key) if _present_of_side(a, p.key, m, before, lead)), None)
        if not m:
            continue
        absent = None if m.group("of") else _ABSENT_AFTER.match(p.key, m.end())
        if m.group("of"):  # "38/62": the whole the count is a part of, written beside it
            total, whom_of = int(m.group("of")), False
        elif absent:  # "có mặt 06 người, vắng 05 người": those present and those absent make the whole
            total, whom_of = int(m.group("n")) + int(absent.group("k")), True
        else:  # the summoned in the same paragraph or a table row just above
            t = next((t for q in (p,) + tuple(paras[max(0, i - 2):i][::-1]) for t in [_SUMMONED.search(q.key)] if t), None)
            if not t:
                continue
            total, whom_of = int(t.group("n") or t.group("n2") or t.group("n3")), bool(t.group("n3"))
        present = int(m.group("n"))
        if not 0 < present < total:
            continue
        pct = 100.0 * present / total
        if pct > share + 1e-6 or (not strict and pct >= share - 1e-6):
            continue
        pct_text = f"{pct:.1f}".replace(".", ",")
        quote = " ".join(p.text[m.start():m.end()].split())
        if absent:
            quote = " ".join(p.text[m.start():absent.end()].split())
            found = f"{quote} ({pct_text}% của {total})"
        elif m.group("of"):
            found = f"{quote} ({pct_text}%)"
        else:
            whom = f"tổng số {total}" if whom_of else f"{total} được triệu tập"
            found = f"{quote} trên {whom} ({pct_text}%)"
        ev = ctx.doc.evidence(p, m.start(), m.end())
        j = next((j for j in valid if i <= j <= i + ATTENDANCE_REACH), None)
        if a.get("span") and j is not None and groups:  # the finding runs from the count to the declaration
            q = paras[j]
            said = cue_regex(tuple(groups[-1])).search(q.key)
            last = q.line_at(said.start()) if said else q.line
            if last > (ev.end_line or ev.line):
                ev = replace(ev, end_line=last)
        out.append(finding(rule, ctx, ev, found=found, legal=", ".join(rule.detect.get("expect", ()))))
        counts.append((present, total, held is not None))
    # s30-zn (dev_forbidden df-34): the count given under the roll ("có mặt 04 thành viên, vắng 05") and again where the
    # record says the meeting went on with it ("vẫn tiến hành đối thoại với 04/09 thành viên") is one count: said once,
    # where the meeting is held with it
    said = {(n, t) for n, t, h in counts if h}
    return [f for f, (n, t, h) in zip(out, counts) if h or (n, t) not in said]
