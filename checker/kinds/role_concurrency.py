"""Kind 3 — role concurrency: one person or post holding two roles that check each other.

Roles and bodies are entities from the spaCy entity ruler (``checker.nlp``,
patterns in ``rules/lexicon.yaml``). A pair (role A, role B) is reported when:

1. one sentence joins them with a concurrency marker — "Trưởng thôn đồng thời
   là Trưởng ban công tác Mặt trận", "… kiêm …", "B do A kiêm nhiệm" — and no
   negation precedes the marker ("không đồng thời là" is the law's own wording);
2. a membership list puts role B in body A — "Ban Thanh tra nhân dân gồm … các
   Trưởng thôn";
3. the same named person ("Ông Nguyễn Văn An, Trưởng thôn …") holds A in one
   place and B in another;
4. (mode ``delegation``) A hands B a power the law gives A — "Trưởng thôn ủy
   quyền cho thành viên Ban công tác Mặt trận chủ trì …".

detect: {a: [role ids | tag:<tag>], b: [...], mode: concurrency | delegation}
"""
from __future__ import annotations

import re

from checker.kinds import Context, check_keys, cue_regex, finding
from checker.model import Evidence, Finding, Rule

MARKERS = ("đồng thời là", "đồng thời giữ", "đồng thời làm", "đồng thời kiêm", "kiêm nhiệm", "kiêm luôn",
           "kiêm chức", "kiêm", "cũng là", "cùng lúc là", "giữ luôn")
ASSIGN = ("kiêm nhiệm", "đảm nhiệm", "đảm nhận", "kiêm")
LIST_WORDS = ("gồm có", "gồm", "thành phần gồm", "thành phần là", "có các thành viên là", "thành viên là")
DELEGATE = ("ủy quyền cho", "uỷ quyền cho", "giao cho", "phân công cho")
NEGATION = cue_regex(("không", "chưa", "cấm", "không được", "không thể", "không phải"))
PERSON = re.compile(
    r"(?<![\w])(?:[ÔôOo]ng|[Bb]à|[Đđ]ồng chí|Đ/c|đ/c)\s+"
    r"(?P<name>[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){1,4})"
)
_BETWEEN_NAME_ROLE = re.compile(r"^\s*(?:[,:\-–(]\s*)?(?:là\s+|giữ chức\s+|chức vụ\s*:?\s*)?$")


def validate(detect: dict) -> None:
    check_keys(detect, {"a", "b", "mode"}, ["a", "b"])
    for k in ("a", "b"):
        v = detect[k]
        if not isinstance(v, list) or not v or not all(isinstance(x, str) for x in v):
            raise ValueError(f"'{k}' phải là danh sách mã vai trò")
    if detect.get("mode", "concurrency") not in ("concurrency", "delegation"):
        raise ValueError("'mode' phải là concurrency hoặc delegation")
    from checker.rules import lexicon

    lex = lexicon()
    known = {r.id for r in lex.roles} | {f"tag:{t}" for r in lex.roles for t in r.tags}
    bad = [x for k in ("a", "b") for x in detect[k] if x not in known]
    if bad:
        raise ValueError(f"vai trò không có trong lexicon: {', '.join(bad)}")


def _label(ctx: Context, role_id: str) -> str:
    r = ctx.lexicon.role(role_id)
    return r.label if r else role_id


def in_quotes(text: str, pos: int) -> bool:
    """Inside “…” or "…": a quotation of the law, not the document's own provision."""
    before = text[:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _negated(f: str, upto: int) -> bool:
    return NEGATION.search(f[max(0, upto - 16):upto]) is not None


def _pairs_in_sentence(s, A, B):
    """(a_ent, b_ent, at) for role pairs joined by a marker inside one sentence."""
    f = s.key
    roles = [e for e in s.ents if e.label == "ROLE"]
    markers = cue_regex(MARKERS)
    assign = cue_regex(ASSIGN)
    for i, x in enumerate(roles):
        for y in roles[i + 1:]:
            xs, xe, ys = x.start - s.start, x.end - s.start, y.start - s.start
            gap = f[xe:ys]
            if len(gap) > 60:
                continue
            pair = (x.id in A and y.id in B) or (x.id in B and y.id in A)
            if not pair:
                continue
            m = markers.search(gap)
            if m and in_quotes(s.text, xe + m.start()):
                continue
            if m and not _negated(f, xe + m.start()):
                yield (x, y, xs)
                continue
            # "B do A kiêm nhiệm": the role after "do" holds the one before.
            if re.search(r"(?<!\w)do\s*$", gap):
                tail = f[y.end - s.start:y.end - s.start + 30]
                am = assign.search(tail)
                if am and not _negated(f, y.end - s.start + am.start()):
                    yield (x, y, xs)


def _lists_in_sentence(s, ctx: Context, A, B):
    """A body named in A ("member:<body>") listing a role of B among its members."""
    bodies = {r[len("member:"):] for r in A | B if r.startswith("member:")}
    if not bodies:
        return
    f = s.key
    words = cue_regex(LIST_WORDS)
    for e in s.ents:
        if e.label != "BODY" or e.id not in bodies:
            continue
        member = f"member:{e.id}"
        other = B if member in A else A
        after = e.end - s.start
        lm = words.search(f, after)
        if not lm or lm.start() - after > 40:
            continue
        for r in s.ents:
            rs = r.start - s.start
            if r.label == "ROLE" and r.id in other and rs >= lm.end() and not _negated(f, rs):
                if NEGATION.search(f[lm.end():rs]):
                    continue
                yield (e, r, rs)
                break


_CHAIN = re.compile(r"^\s*[,;]?\s*(?:(?:là|kiêm|đồng thời là|giữ chức|và|được bầu làm|được bầu vào|được cử làm|"
                    r"được cử vào|tham gia|làm)\s*)?[,]?\s*$")


def _persons(ctx: Context) -> dict[str, list[tuple[str, object, int]]]:
    if "persons" not in ctx.memo:
        ctx.memo["persons"] = _find_persons(ctx)
    return ctx.memo["persons"]


def _find_persons(ctx: Context) -> dict[str, list[tuple[str, object, int]]]:
    """Named people and the roles written next to their names: name → [(role, sentence, offset)].

    "Ông Lê Văn Hải, Trưởng thôn Đông" (role after the name), "Trưởng thôn:
    ông Lê Văn Hải" (before), and chains "Bà Phạm Thu Hà, Kế toán trưởng, là
    Trưởng Ban Thanh tra nhân dân" (each role joined to the previous one).
    """
    out: dict[str, list] = {}
    for s in ctx.ann.sentences:
        if not s.ents:
            continue
        text = s.para.text
        roles = sorted((e for e in s.ents if e.label == "ROLE"), key=lambda e: e.start)
        for m in PERSON.finditer(text, s.start, s.end):
            name = " ".join(m.group("name").split())
            held = []
            for e in roles:
                if e.end <= m.start() and re.fullmatch(r"\s*:?\s*", text[e.end:m.start()]):
                    held.append(e)
            prev_end = m.end()
            for e in roles:
                if e.start < m.end():
                    continue
                gap = text[prev_end:e.start]
                first = prev_end == m.end()
                if (first and len(gap) <= 6 and _BETWEEN_NAME_ROLE.match(gap)) or (not first and _CHAIN.match(gap)):
                    held.append(e)
                    prev_end = e.end
                    continue
                # words after a role ("Trưởng thôn Đông,") may separate it from the next one
                tail = re.match(r"^\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)*", gap)
                if not first and tail and _CHAIN.match(gap[tail.end():]):
                    held.append(e)
                    prev_end = e.end
                    continue
                break
            for e in held:
                out.setdefault(name, []).append((e.id, s, e.start))
    return out


def _who(s, name: str = "") -> str:
    """"Ông Lê Văn Hải" when the sentence (or the caller) names the person, else a neutral subject."""
    if not name:
        m = PERSON.search(s.para.text, s.start, s.end)
        name = " ".join(m.group("name").split()) if m else ""
    return f"Ông/bà {name}" if name else "Một người (hoặc một chức danh)"


def _evidence(ctx: Context, s, at: int) -> Evidence:
    ev = ctx.doc.evidence(s.para, s.start, s.end)
    line = s.para.line_at(s.start + at)
    return Evidence(ev.text, line, max(line, ev.end_line), ev.paragraph, ev.section)


def check(rule: Rule, ctx: Context) -> list[Finding]:
    A = ctx.lexicon.expand(rule.detect["a"])
    B = ctx.lexicon.expand(rule.detect["b"])
    out: dict[int, Finding] = {}
    if rule.detect.get("mode") == "delegation":
        verbs = cue_regex(DELEGATE)
        for s in ctx.ann.sentences:
            f = s.key
            for x in s.ents:
                if x.label != "ROLE" or x.id not in A:
                    continue
                xe = x.end - s.start
                vm = verbs.search(f, xe)
                if not vm or vm.start() - xe > 40 or _negated(f, vm.start()) or in_quotes(s.text, vm.start()):
                    continue
                y = next((e for e in s.ents if e.label == "ROLE" and e.id in B
                          and 0 <= e.start - s.start - vm.end() <= 25), None)
                if y is not None:
                    ev = _evidence(ctx, s, x.start - s.start)
                    out.setdefault(ev.line, finding(rule, ctx, ev, a=_label(ctx, x.id), b=_label(ctx, y.id),
                                                    who=_who(s)))
                    break
        return list(out.values())
    for s in ctx.ann.sentences:
        if not s.ents:
            continue
        for x, y, at in _pairs_in_sentence(s, A, B):
            ev = _evidence(ctx, s, at)
            a_id, b_id = (x.id, y.id) if x.id in A else (y.id, x.id)
            out.setdefault(ev.line, finding(rule, ctx, ev, a=_label(ctx, a_id), b=_label(ctx, b_id),
                                            who=_who(s)))
        for body, r, at in _lists_in_sentence(s, ctx, A, B):
            ev = _evidence(ctx, s, at)
            member = f"member:{body.id}"
            a_id, b_id = (member, r.id) if member in A else (r.id, member)
            out.setdefault(ev.line, finding(rule, ctx, ev, a=_label(ctx, a_id), b=_label(ctx, b_id),
                                            who=_who(s)))
    for name, roles in _persons(ctx).items():
        has_a = [(r, s, at) for r, s, at in roles if r in A]
        has_b = [(r, s, at) for r, s, at in roles if r in B]
        if not has_a or not has_b:
            continue
        r2, s2, at2 = max(has_a + has_b, key=lambda t: (t[1].para.index, t[2]))
        ev = _evidence(ctx, s2, at2 - s2.start)
        if any(abs(line - ev.line) <= 0 for line in out):
            continue
        out.setdefault(ev.line, finding(rule, ctx, ev, a=_label(ctx, has_a[0][0]), b=_label(ctx, has_b[0][0]),
                                        who=_who(s2, name)))
    return list(out.values())
