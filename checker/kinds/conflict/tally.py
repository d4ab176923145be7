"""The conflict kind's ``tally`` reader: a recorded vote against all households of the community, and the claims a
report makes about it."""
from __future__ import annotations

import itertools
import re
from dataclasses import replace

from checker.kinds import Context, all_groups, any_cue, cue_regex, finding
from checker.kinds.conflict.common import (
    clauses_around, document_subject, _FULL_STOP, _NUM, _ONE_PART, _SENTENCE_END, ZONES,
)
from checker.kinds.conflict.households import (
    community_households, community_households_names, _community_names, households_after_present, households_present,
    _int, the_one_count, _totals_hh, unleader,
)
from checker.kinds.conflict.attendance import PRESENT
from checker.model import Evidence, Finding, Rule
from checker.quantities import parse_bound
from checker.text import fold_keep_length, match_key


_HH = r"(?:dai\s+dien\s+)?(?:ho|phieu|nguoi)(?:\s+gia\s+dinh|\s+dan)?"
_PCT = r"(?P<p>\d{1,3}(?:,\d{1,2})?)\s*%"
#: The count after the cue: "số hộ tán thành: 81/168 (48,2%)", "số hộ đồng ý: 92 hộ (đạt 63,0%)", "Tán thành chủ
#: trương và mức đóng góp: 118/131 phiếu", a table row read as "Số đại diện hộ tán thành cho thôi: 90 (…)".
_AFTER = re.compile(rf"\s*(?:la\s+|:\s*|,\s*|\s[^\d:;.,()|]{{1,45}}?:\s*)?(?:co\s+)?"
                    rf"(?P<a>{_NUM})(?:\s*/\s*(?P<d>{_NUM}))?(?:\s+{_HH})?"
                    rf"(?:\s*[,(]?\s*(?:dat\s+|chiem\s+|bang\s+|ty\s+le\s*:?\s*)?{_PCT}(?:[^()%;]{{0,40}}\))?)?")
#: The count before the cue: "124/142 hộ tán thành", "có 186 đại diện hộ gia đình tán thành", "84 đại diện tán thành".
_BEFORE = re.compile(rf"(?<![\d/.,])(?P<a>{_NUM})(?:\s*/\s*(?P<d>{_NUM})|\s+(?:tren|trong)\s+(?:tong\s+so\s+)?(?P<d2>{_NUM}))?"
                     rf"\s+(?:{_HH}|dai\s+dien)(?:\s+(?:trong\s+thon|du\s+hop|co\s+mat|tham\s+du|bieu\s+quyet))?"
                     # "112/198 đại diện hộ gia đình (56,6%) đồng ý": the share in brackets between count and cue
                     r"(?:\s*\(\s*(?:dat\s+|chiem\s+)?\d{1,3}(?:,\d{1,2})?\s*%\s*\))?\s+$")
_PCT_AFTER = re.compile(rf"\s*[,(:]?\s*(?:dat\s+|chiem\s+|bang\s+|ty\s+le\s+)?{_PCT}(?:[^()%;]{{0,40}}\))?")
#: "số đại diện hộ gia đình" before the cue names what is counted: the quote starts there.
_COUNTED = re.compile(r"\bso\s+(?:dai\s+dien\s+)?ho(?:\s+gia\s+dinh)?\s+$")
#: "với 48,2% tổng số hộ trong thôn tán thành": a percentage of the households before the cue.
_PCT_BEFORE = re.compile(rf"(?<![\d,]){_PCT}\s+(?:tong\s+)?so\s+(?:dai\s+dien\s+)?ho(?:\s+gia\s+dinh)?"
                         r"(?:\s+(?:trong|cua|toan)\s+(?:thon|to\s+dan\s+pho|ban|lang|cong\s+dong\s+dan\s+cu|[^\s\d,;.]+)"
                         r"(?:\s+[^\s\d,;.]+){0,2})?\s+$")
#: "tỷ lệ tán thành đạt 48,2%", "tán thành: 45%": only a percentage.
_ONLY_PCT = re.compile(rf"\s*:?\s*(?:dat\s+|chiem\s+|la\s+)?{_PCT}")
#: "không tán thành", and the absent counted as such: "số hộ không có người đại diện tham dự: 105".
_NEGATED = re.compile(r"(?:khong|chua|phan\s+doi)(?:\s+co)?(?:\s+nguoi)?(?:\s+dai\s+dien)?(?:\s+ho(?:\s+gia\s+dinh)?)?\s+$")


def _tally_at(f: str, m: re.Match) -> tuple[int | None, int | None, float | None, int, int] | None:
    """(count, denominator, percentage, start, end) of the vote recorded at the cue ``m``."""
    a = _AFTER.match(f, m.end())
    if a and (a.group("d") or a.group("p") or re.match(r"\s*(?::|la\b)|\s[^\d:;.,()|]{1,45}?:", f[m.end():])):
        c = _COUNTED.search(f, max(0, m.start() - 30), m.start())
        return (_int(a.group("a")), _int(a.group("d")) if a.group("d") else None,
                float(a.group("p").replace(",", ".")) if a.group("p") else None, c.start() if c else m.start(), a.end())
    b = _BEFORE.search(f, max(0, m.start() - 60), m.start())
    if b:
        pa = _PCT_AFTER.match(f, m.end())
        d = b.group("d") or b.group("d2")
        return (_int(b.group("a")), _int(d) if d else None,
                float(pa.group("p").replace(",", ".")) if pa else None, b.start(), pa.end() if pa else m.end())
    pb = _PCT_BEFORE.search(f, max(0, m.start() - 70), m.start())
    if pb:  # "được thông qua với 48,2% tổng số hộ trong thôn tán thành"
        return None, None, float(pb.group("p").replace(",", ".")), pb.start(), m.end()
    o = _ONLY_PCT.match(f, m.end())
    if o and re.search(r"\bty\s+le\s+$", f[max(0, m.start() - 8):m.start()]):
        return None, None, float(o.group("p").replace(",", ".")), m.start(), o.end()
    return None


#: "tán thành đạt 85,5% số hộ dự họp": a share of those present, not of all households.
_PCT_OF_PRESENT = re.compile(rf"\s*:?\s*(?:dat\s+|chiem\s+|bang\s+|la\s+)?{_PCT}\s+(?:tong\s+)?so\s+(?:dai\s+dien\s+)?"
                             r"(?:ho|nguoi)(?:\s+gia\s+dinh)?\s+(?:du\s+hop|co\s+mat|tham\s+du)\b")


def _tally_of_present(ctx: Context, f: str, m: re.Match):
    """``tally.of_present``: the vote given only as a share of those present ("Số đại diện hộ tán thành đạt 85,5% số hộ
    dự họp"), turned into a count by the households present the document records: (count, None, None, start, end)."""
    o = _PCT_OF_PRESENT.match(f, m.end())
    present = households_present(ctx)
    if not o or not present:
        return None
    c = _COUNTED.search(f, max(0, m.start() - 30), m.start())
    count = round(float(o.group("p").replace(",", ".")) * present / 100.0)
    return count, None, None, c.start() if c else m.start(), o.end()


#: s31-qt (unseen87 u87-17): a count against, the count first — "24 không tán thành", "29 hộ không tán thành" (a count
#: written in words is digits in the key, padded: "29            hộ không tán thành") — is part of the tally line.
_AGAINST_COUNT = re.compile(r"(?<![\d.,/])\d{1,5}\s+(?:(?:đại\s+diện\s+)?hộ(?:\s+gia\s+đình)?\s+|phiếu\s+|người\s+)?"
                            r"(?:không|phản\s+đối)\s+(?:tán\s+thành|đồng\s+ý)")


def _against_masked(key: str) -> str:
    """``against_counted``: the key with each count against blanked (length kept), so that an exclude cue on "không
    tán thành" (a paragraph arguing against the matter) does not set the tally line itself aside."""
    return _AGAINST_COUNT.sub(lambda m: " " * len(m.group()), key)


def tally_floor(t: dict) -> tuple[float, bool]:
    """(percent, strict) of a ``tally``: ``gt: 50`` → (50, True), a vote at or below breaks the rule; ``min: "2/3"``
    → (66.67, False), a vote below breaks it."""
    if "min" in t:
        b = parse_bound(t["min"])
        return (100.0 * b if b <= 1 else b), False
    return float(t["gt"]), True


def _tally_paras(rule: Rule, ctx: Context):
    """The paragraphs ``tally`` reads; with ``record_header``, minutes ("BIÊN BẢN / Cuộc họp … thông qua Hương ước /
    Tổng số hộ …: 312 hộ; số đại diện hộ … có mặt: 140 hộ.") whose counts follow the title with no opening of their
    own, left in the header, give them there too: a minutes' header records the one meeting."""
    zones = ZONES[rule.detect.get("scope", "all")]
    head = rule.detect["tally"].get("record_header") and (ctx.doc.header.doc_type or "").strip().lower() == "biên bản"
    exclude = tuple(rule.detect.get("exclude", ()))
    if head and exclude and any(any_cue(p.key, exclude) for p in ctx.doc.paras):
        head = False  # the record says the votes were sought by ballot, or the meeting fell short: its own counts stand aside
    return [p for p in ctx.doc.paras if p.zone in zones or (head and p.zone == "header" and re.search(r"\d", p.key))]


#: s17-c2a (u61-02): minutes whose title names only the meeting ("BIÊN BẢN CUỘC HỌP CỦA CỘNG ĐỒNG DÂN CƯ") state the
#: matter in their opening ("Hôm nay, hồi 19 giờ 30 …, tổ dân phố tổ chức cuộc họp bàn và quyết định chủ trương, mức
#: đóng góp lát gạch ngõ 42 …"): that opening is the record's subject, as a title would be.
_OPENING_MEETING = re.compile(r"^\s*(?:hôm\s+nay|vào\s+(?:hồi|lúc))\b[^.]{0,200}?\b(?:họp|hội\s+nghị)\b")
#: s31-qt (unseen87 u87-17): minutes whose subject line ("Về chủ trương, mức đóng góp lắp đặt …", "V/v bàn mức thu quỹ
#: …") stands under the title but was read as the body's first paragraph — the published copy lost the header table,
#: or the line ran on into the opening ("… ngõ xóm Hồi 19 giờ 30 ngày …"): that line is the record's subject, up to
#: where the opening of the meeting starts.
_SUBJECT_LINE = re.compile(r"^\s*(?:v/v|về\s+việc|về)\s+[^.;:]{6,200}?(?=\s+(?:hồi|vào\s+(?:hồi|lúc)|hôm\s+nay|"
                           r"thời\s+gian)\b|[.;:]|$)")


def _opening_subject(ctx: Context) -> str:
    """The key of the minutes' opening sentence when it names the meeting held ("Hôm nay … tổ chức cuộc họp bàn …"),
    among the first body paragraphs, else ""."""
    if (ctx.doc.header.doc_type or "").strip().lower() != "biên bản":
        return ""
    for i, p in enumerate(ctx.doc.body[:3]):
        if _OPENING_MEETING.match(p.key):
            return p.key[:p.key.find(".") + 1 or None]
        s = _SUBJECT_LINE.match(p.key) if i == 0 else None
        if s:
            return s.group(0)
    return ""


#: "Nội dung 1 được thông qua do có 112/198 …": a vote on an item named by its number.
_ITEM_REF = re.compile(r"(?<!\w)nội\s+dung\s+(?:số\s+)?(\d{1,2})(?!\d)(?!\s*[:.)])")


def _item_matter(ctx: Context, key: str, matter) -> bool:
    """Does the item the paragraph votes on by number ("Nội dung 1 được thông qua …") name the matter where it is set
    out — the paragraph or table row that opens with it ("| Nội dung 1: Mỗi hộ đóng góp 1.500.000 đồng … |")?"""
    refs = {m.group(1) for m in _ITEM_REF.finditer(key)}
    if len(refs) != 1:
        return False
    head = re.compile(rf"^[\s|*-]*nội\s+dung\s+(?:số\s+)?{refs.pop()}\s*[:.)]")
    return any(head.match(q.key) and all_groups(q.key, matter) for q in ctx.doc.paras)


def check_tally(rule: Rule, ctx: Context) -> list[Finding]:
    """A recorded vote ("số hộ tán thành: 81/168 (48,2%)") short of the share of all households of the
    community the law asks: not more than ``gt`` %, or below ``min`` ("2/3"). All households: the total the
    paragraph gives ("Tổng số hộ: 168"), else the one the document gives ("thôn nay có 168 hộ", a table's
    "| Tổng số hộ trong thôn | … |" over "| 186 | … |"), else the denominator of the count itself. A table
    row is read as the sentence it stands for (``checker.tables``). With ``matter``, the paragraph or the
    document's title must name the matter voted on (every group); with ``claim``, the text must declare the
    decision passed after the count ("… thống nhất cho thôi làm Trưởng thôn"), and the finding points there.
    A vote of one cluster or one round, a negated count ("không tán thành") and a rule ("được thông qua khi
    có …") are not read. ``base: present`` measures the vote against those present (the households present the
    document records, else a denominator it names as present: the secretary, Decree 59 Art. 3.5.a);
    ``matter_in_sentence`` asks the matter of the count's own sentence; ``whole_after_present`` takes all households
    from "có mặt 151/246 hộ" when nothing else gives them; ``name_in_claim``: the candidate of the count ("Ông A: 118
    phiếu", "bà B được 85 đại diện hộ tán thành") must be the one the claim names; ``span_to`` (no ``claim``): the
    finding runs from the count to a later sentence calling the meeting valid; a vote on "Nội dung 1" reads the
    matter from the row or paragraph that sets that item out."""
    t = rule.detect["tally"]
    cues = cue_regex(tuple(fold_keep_length(c).lower() for c in t["part"]))
    exclude = tuple(rule.detect.get("exclude", ()))
    matter = t.get("matter")
    subject = document_subject(ctx)
    floor, strict = tally_floor(t)
    whole = community_households(ctx) or (households_after_present(ctx) if t.get("whole_after_present") else None)
    whole_names = community_households_names(ctx) if whole is not None and whole == community_households(ctx) else set()
    facts = ctx.doc.table_facts
    out = []
    counted: list = []  # (count, base, from a table row, finding) of each vote read without ``claim``
    claimed: set[int] = set()
    for p in _tally_paras(rule, ctx):
        fact = facts.get(p.index)
        f = fold_keep_length(fact) if fact else unleader(p.folded)
        key = match_key(fact) if fact else p.key
        if exclude and any_cue(_against_masked(key) if t.get("against_counted") else key, exclude):
            continue
        if matter and not (all_groups(key, matter) or all_groups(subject, matter) or _item_matter(ctx, key, matter)
                           or all_groups(_opening_subject(ctx), matter)):
            continue
        for m in cues.finditer(f):
            if _NEGATED.search(f[max(0, m.start() - 40):m.start()]):
                continue
            got = _tally_at(f, m)
            if got is None and t.get("of_present"):
                got = _tally_of_present(ctx, f, m)
            if got is None:
                continue
            a, d, pct, start, end = got
            a_, b_ = clauses_around(f, start)
            # s23-pr2: "khi có hơn 50% …", "vượt mức 50%", "cao hơn 50%": the threshold restated, not a result
            if _ONE_PART.search(f[a_:b_]) or re.search(r"\b(?:khi\s+co|neu|phai|it\s+nhat|tren|tu|hon|cao\s+hon|lon\s+hon|"
                                                      r"nhieu\s+hon|vuot(?:\s+tren)?)(?:\s+muc)?\s+$",
                                                      f[max(0, start - 40):start]):
                continue
            if t.get("count_not_after") and any_cue(key[a_:start], tuple(t["count_not_after"])):
                continue  # ``count_not_after``: "- Tán thành: 141/149 đại diện hộ có mặt" counts votes, not who came
            if _OF_PERSONS_NAMED.search((fact or p.text)[max(0, start - 160):start]):
                continue  # s35-qt (u95-35 L5): "ông A, bà B (đại diện 02 hộ dự họp)" counts the persons just named
            if t.get("matter_in_sentence") and matter and not all_groups(key[_sentence_span(f, start, end)], matter):
                continue  # "Thư ký: bà A, được … cử với 27/61 hộ giơ tay đồng ý": the vote of the sentence naming the matter
            if t.get("base") == "present":  # a share of those present (Decree 59 Art. 3.5.a: the secretary)
                total = households_present(ctx) or (d if d and _OF_PRESENT_AFTER.match(f, start) else None)
            elif t.get("base") == "attendees":  # a conference's vote: a share of those attending (Law Arts. 51.2.c, 69.2.c)
                total = conference_attendees(ctx)
                if pct is not None and _PCT_OF_WHOLE.match(f, end):
                    continue  # "47,3% tổng số viên chức": a share of the whole staff, not of those attending
            else:
                own = next((_int(x.group("n")) for x in _totals_hh(f)), None)
                # s17-c2b: the document's one whole belongs to a village named by name; a vote of another village named
                # in its sentence is measured on its own denominator, not on that village's households
                named = _community_names((fact or p.text)[_sentence_span(f, start, end)]) if whole_names else set()
                total = own or (None if named and not (named & whole_names) else whole)
            if t.get("base") == "present" and not total:
                continue
            if a is not None and total and a <= total:
                ratio, base = 100.0 * a / total, total
            elif a is not None and d and a <= d:
                ratio, base = 100.0 * a / d, d
            elif pct is not None:
                ratio, base = pct, None
            else:
                continue
            if (ratio > floor) if strict else (ratio >= floor - 1e-9):
                continue
            found = (fact or p.text)[start:end].strip(" ,;(")
            share = f"{ratio:.1f}".replace(".", ",") + "%"
            of = (f"{base} hộ dự họp" if t.get("base") == "present" else f"tổng số {base} hộ") if base else "tổng số hộ"
            if "claim" in t:  # the defect is the decision declared passed: point at that sentence, else none
                # "Nội dung 1 được thông qua do có 112/198 …": the claim its own sentence rests on the count comes first
                ev = None if fact else _claim_before(ctx, p, start, tuple(t["claim"]))
                if ev is None and t.get("base") == "attendees":
                    ev = _first_claim(ctx, p, end, tuple(t["claim"]), cues)
                    if ev is None:
                        continue
                if ev is None:
                    # s19-cm (unseen68 u68-07): a table row's own label ("| Đồng ý cho thôi làm Tổ trưởng | 82 | 49,7% |") is
                    # the vote, not its outcome: in a row the claim is read after the count's cell
                    cell = re.search(rf"(?<![\d/.,]){a}(?![\d,])", p.text) if fact and a is not None else None
                    ev = _claim_evidence(ctx, p, end if not fact else (cell.end() if cell else 0), tuple(t["claim"]))
                person = _PERSON_FACT.match(fact) if fact else None
                said = ctx.doc.para_at_line(ev.line) if ev is not None else None
                # s19-cm (unseen68 u68-05): the row's "Ông Khổng Minh Tuệ" is "ông Khổng Minh Tuệ" in the claim
                if ev is not None and person and _HONORIFIC.sub("", person.group(1)) not in (said.text if said else ev.text):
                    continue  # a candidate's row: the decision declared must name that candidate
                # ``name_in_claim: named`` (s17-cc): only a count whose cue names the candidate ("Ông Y Sơn Byă: 88
                # phiếu") asks the claim to name him; "78 đại diện hộ tán thành. Cuộc họp thống nhất cho thôi …" does not
                if t.get("name_in_claim") and ev is not None and not person and (
                        t["name_in_claim"] != "named" or _NAMED.match((fact or p.text)[m.start():m.end()])):
                    src = fact or p.text
                    name = _NAMED.match(src[m.start():m.end()]) or next(
                        iter(list(_NAMED_BEFORE.finditer(src[_sentence_span(f, start, end).start:start]))[-1:]), None)
                    who = " ".join(itertools.takewhile(lambda w: w[:1].isupper(), name.group(1).split())) if name else ""
                    if len(who.split()) < 2 or who not in (said.text if said else ev.text):
                        continue  # "Bà Lục Thị Nung: 29 phiếu": the candidate declared elected is another
                if ev is None or ev.line in claimed:
                    continue  # the same decision, counted twice ("đồng ý cho thôi: 97 phiếu" / "Với 97/160 …"): once
                claimed.add(ev.line)
                if p.line < ev.line:  # the finding rests on the count as well: its lines run from the count to the claim
                    ev = replace(ev, line=p.line, end_line=max(ev.end_line or ev.line, ev.line))
            else:
                ev = ctx.doc.evidence_line(p.line) if fact else _evidence_para(ctx, p, start, end)
                if "span_to" in t:  # the meeting declared valid after the count: the finding runs to that sentence
                    said = _claim_evidence(ctx, p, end if not fact else 0, tuple(t["span_to"]))
                    if said is not None and said.line > (ev.end_line or ev.line):
                        ev = replace(ev, end_line=said.end_line or said.line)
            out.append(finding(rule, ctx, ev, found=found, share=share, of=of))
            if "claim" not in t and a is not None:
                counted.append((a, base, bool(fact), out[-1]))
            break
    # s17-p2 (unseen64 u64-03): the vote tabled ("| Tán thành | 46 | 90,2% |", its share of those present right) and
    # then stated in a sentence ("được thông qua với 46 hộ tán thành") is one vote: said once, in the sentence
    said = {(a, base) for a, base, tabled, _ in counted if not tabled}
    dropped = {id(f) for a, base, tabled, f in counted if tabled and (a, base) in said}
    return [f for f in out if id(f) not in dropped]


#: s35-qt (unseen95 u95-35 L5): "Người chứng kiến kiểm phiếu: ông Tăng Văn Bình, bà Cao Thị Lụa (đại diện 02 hộ dự họp)": a
#: count in brackets right after persons named by title and name describes those persons (two witnesses from two
#: households present), not the meeting's attendance.
_OF_PERSONS_NAMED = re.compile(r"(?<!\w)(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)\s+(?:[A-ZÀ-ỸĐ][^\W\d_]*\s+){1,3}[A-ZÀ-ỸĐ][^\W\d_]*"
                               r"\s*\(\s*(?:là\s+|gồm\s+)?(?:đại\s+diện\s+(?:cho\s+)?|thuộc\s+|của\s+)?$")

#: "Ông Hà Văn Men" (a cue naming the candidate of a "name: N phiếu" row): the name without its title.
_NAMED = re.compile(r"^\s*(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)\s+(.+?)\s*$")
#: "bà Lò Thị Mai được 85 đại diện hộ tán thành": the candidate the sentence names before the count.
_NAMED_BEFORE = re.compile(r"(?<!\w)(?:[Ôô]ng|[Bb]à)\s+((?:[^\W\d_]+\s+){1,3}[^\W\d_]+)")
#: "27/61 hộ có mặt", "139/151 đại diện hộ tham dự": the denominator counts those present.
_OF_PRESENT_AFTER = re.compile(r"[^;.]{0,12}?\d\s*/\s*\d+\s+(?:dai\s+dien\s+)?(?:ho\s+)?(?:gia\s+dinh\s+)?"
                               r"(?:co\s+mat|du\s+hop|tham\s+du)\b")


def _sentence_span(folded: str, start: int, end: int) -> slice:
    """The sentence (a report cuts clauses at ";", not sentences) around ``start``–``end``."""
    lo = max((m.end() for m in _FULL_STOP.finditer(folded, 0, start)), default=0)
    hi = next((m.start() for m in _FULL_STOP.finditer(folded, end)), len(folded))
    return slice(lo, hi)


#: A candidates' table row read by ``checker.tables``: "Hồ Văn Lành (Người ứng cử), Số phiếu đồng ý: 90".
_PERSON_FACT = re.compile(r"^(.+?) \((?:Người|Họ|Ứng)[^()]*\), ")
#: the honorific a table's name cell may carry ("Ông Khổng Minh Tuệ"), which the sentence writes in lower case
_HONORIFIC = re.compile(r"^(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)\s+")
#: How many paragraphs after a recorded vote its outcome may be declared ("Kết luận: cuộc họp thống nhất …").
CLAIM_REACH = 8


#: A claim stated as the rule's condition, not as the outcome: "… phải có từ hai phần ba … tán thành mới được thông
#: qua", "nếu … thì được thông qua" (the law recalled beside the vote, unseen37 n04).
_RULE_CLAIM = re.compile(r"\b(?:moi|thi)\s+(?:duoc\s+)?(?:bieu\s+quyet\s+)?$")


def _states_rule(folded: str, at: int) -> bool:
    """Whether the claim cue at ``at`` is the condition of a rule ("mới được thông qua", "thì được thông qua")."""
    return bool(_RULE_CLAIM.search(folded[max(0, at - 24):at]))


def _claim_evidence(ctx: Context, p, after: int, cues: tuple) -> Evidence | None:
    """The sentence that declares the vote's decision passed — in the vote's paragraph after the count, or in
    one of the next ``CLAIM_REACH`` paragraphs of the same zone ("Chủ trì tuyên bố … đã được … thông qua")."""
    rx = cue_regex(cues)
    # s17-cc: "Căn cứ kết quả kiểm phiếu, ông A trúng cử …" after a body's count is read as a basis line; it is the claim
    paras = [q for q in ctx.doc.paras if q.index >= p.index
             and (q.zone == p.zone or (p.zone in ("body", "preamble") and q.zone == "basis"))][:CLAIM_REACH + 1]
    for q in paras:
        lo = after if q is p else 0
        for m in rx.finditer(q.key, lo):
            if _NEGATED.search(q.folded[max(0, m.start() - 12):m.start()]) or _states_rule(q.folded, m.start()):
                continue
            return _evidence_para(ctx, q, m.start(), m.end())
    return None


#: s30-zn: "47,3% tổng số viên chức": a percentage of the whole staff, after the vote's share
_PCT_OF_WHOLE = re.compile(r"\s*(?:cua\s+)?tong\s+so\s+(?:can\s+bo|cong\s+chuc|vien\s+chuc|nguoi\s+lao\s+dong|lao\s+dong|"
                           r"cong\s+nhan|dai\s+bieu\s+duoc\s+trieu\s+tap)")


def conference_attendees(ctx: Context) -> int | None:
    """s30-zn (checker_unseen84 u84-05, dev_acts2 da2-33): those attending a conference as its record gives them —
    "có mặt: 131 người", "Số đại biểu có mặt: 124/130", "số người dự hội nghị: 58" — the one count the document writes
    (two different counts, two meetings or two rounds: none)."""
    return the_one_count(ctx, "tally.attendees", PRESENT, text="key", zones=("header", "preamble", "body"))


def _first_claim(ctx: Context, p, after: int, cues: tuple, counts: re.Pattern) -> Evidence | None:
    """``base: attendees``: the outcome of a conference's vote is the first claim cue after the count — in its paragraph or
    the next ``CLAIM_REACH`` of the same zone, before another vote's count ("Tán thành: 62 người … / Chủ trì tuyên bố
    nội dung … được thông qua"). A negated first claim ("không được thông qua") or a rule's condition ("khi có trên 50%
    … thì được thông qua") ends the search: that vote was not declared passed."""
    rx = cue_regex(cues)
    paras = [q for q in ctx.doc.paras if q.index >= p.index and q.zone == p.zone][:CLAIM_REACH + 1]
    for q in paras:
        lo = after if q is p else 0
        m = rx.search(q.key, lo)
        other = counts.search(q.folded, lo) if q is not p else None
        if other is not None and (m is None or other.start() < m.start()):
            return None  # another vote's count comes first
        if m is None:
            continue
        if _NEGATED.search(q.folded[max(0, m.start() - 12):m.start()]) or _states_rule(q.folded, m.start()) \
                or re.search(r"\b(?:khi|neu)\b[^.;]{0,60}$", q.folded[max(0, m.start() - 60):m.start()]):
            return None
        return _evidence_para(ctx, q, m.start(), m.end())
    return None


#: What joins a decision declared passed to the count it rests on, after it: "… được thông qua vì có 98/131 …",
#: "… thông qua với 90 hộ tán thành".
_CLAIM_BECAUSE = re.compile(r"^[^.;:]{0,20}?\b(?:vi|do|boi|voi|khi\s+da)\b(?:\s+(?:co|da\s+co|duoc))?\s*$")


def _claim_before(ctx: Context, p, start: int, cues: tuple) -> Evidence | None:
    """The decision declared passed before the count, in its sentence, and resting on it by "vì / do / với": "Kết
    luận: chủ trương và mức đóng góp được thông qua vì có 98/131 đại diện hộ dự họp tán thành"; never "khi có …"
    (a rule, read apart) nor a negated claim."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(p.text, 0, start)), default=0)
    for m in cue_regex(cues).finditer(p.key, lo, start):
        if _NEGATED.search(p.folded[max(0, m.start() - 12):m.start()]):
            continue
        if _CLAIM_BECAUSE.match(p.folded[m.end():start]) or (
                # s17-cc (unseen48 u48-05): the count's cue is the joining "với" itself — "ông A trúng cử Trưởng bản Co
                # Muông với 98/131 phiếu"
                re.match(r"voi\s", p.folded[start:start + 4]) and re.fullmatch(r"[^.;:]{0,50}", p.folded[m.end():start])):
            return _evidence_para(ctx, p, m.start(), m.end())
    return None


def _evidence_para(ctx: Context, p, start: int, end: int) -> Evidence:
    ev = ctx.doc.evidence(p, start, end)
    return Evidence(ev.text, p.line_at(start), ev.end_line, ev.paragraph, ev.section)
