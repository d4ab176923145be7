"""Kind 3 — role concurrency: one person or post holding two roles that check each other.

Roles and bodies are entities from the spaCy entity ruler (``checker.nlp``,
patterns in ``rules/lexicon.yaml``). A pair (role A, role B) is reported when:

1. one sentence joins them — "Trưởng thôn đồng thời là Trưởng ban công tác Mặt
   trận", "… kiêm …", "Phó Hiệu trưởng làm Trưởng ban Thanh tra nhân dân", "B do
   A kiêm nhiệm", a signature title "TRƯỞNG THÔN – TRƯỞNG BAN CÔNG TÁC MẶT TRẬN";
2. a role joins a body whose members the rule restricts — "Kế toán trưởng Công
   ty tham gia Ban Thanh tra nhân dân", "giới thiệu Tổ trưởng tổ dân phố … tham
   gia Ban …";
3. a member list of the body names the role — inline ("Ban … gồm …, Kế toán
   trưởng; …", "…, do các Trưởng thôn đảm nhiệm") or as bulleted, numbered or
   table items after a line ending "… gồm 03 thành viên:";
4. the same named person holds A in one place and B in another — "Ông Lê Văn
   Tĩnh, Trưởng thôn lâm thời – Thành viên" in the Tổ bầu cử list and "người ứng
   cử: ông Lê Văn Tĩnh" below;
5. a role takes a post of the body written bare — "01 công chức Địa chính - Xây dựng
   phường làm Phó Trưởng ban", "Trưởng ban do Phó Giám đốc Công ty đảm nhiệm", a table
   row "| Ông … | Kế toán trưởng | Phó Trưởng ban |" — where the Ban is the one the text
   is speaking of: the nearest Ban named before the post, in the paragraph or the ones
   above it (``_topic_body``; a Ban that has no Trưởng ban, "Ban Chấp hành Công đoàn",
   does not compete);
6. a member list that names no body — "3. Thành phần gồm: …; công chức Địa chính - Xây dựng phường
   theo dõi dự án; …" under "Điều 8. Ban Giám sát đầu tư của cộng đồng" — lists the members of the
   body its article names above it (``_bare_lists``); not when the article speaks of a meeting;
7. one name signed under two upper-case titles of a signature block ("TRƯỞNG THÔN    TRƯỞNG BAN CÔNG TÁC
   MẶT TRẬN" / "(ký)  (ký)" / "Lường Văn Nọi    Lường Văn Nọi"; ``_signature_pairs``);
8. (mode ``delegation``) A hands someone the chairing of a meeting — "Trưởng thôn
   ủy quyền cho … chủ trì …" — outside the lawful case named by ``unless``.

Never when the wording is negated ("không đồng thời là", "không bao gồm"),
quoted, or the condition of a rule ("Trường hợp A đồng thời là B thì …", Decree
59 Art. 3.1.c), nor in a sentence with one of the rule's ``ignore`` words.

detect: {a: [role ids | tag:<tag>], b: [...], mode: concurrency | delegation,
         ignore: [cues]   # a sentence with one of these words states a possibility, not a fact
                          # ("có thể đồng thời"): its pairs do not count (named persons still do)
         handled: [cues], # a sentence with one of these applies the law's own rule for the concurrency it
                          # states (the commune's Chairman calls the meeting, Decree 59 Art. 3.1.c): that pair is
                          # not reported anywhere in the text
         unless: [cues],  # delegation: a paragraph with one of these is the lawful case
         only_if: [[cues], …],  # the rule reads only a document with a paragraph matching every group
         issued_by: [cues],  # … or one whose header names an issuer matching one of these
         named: true}  # only a pair held by a person the text names (a report on one person, not a count)

A body named after "theo đề nghị của", "thống nhất với" proposes or agrees; it is never the body whose
members follow ("Theo đề nghị của Ban Chấp hành Công đoàn, hội nghị bầu 05 thành viên:").

The package: this module holds the kind's entry points — ``validate`` (a rule's ``detect``), ``check`` and
``_check_unguarded`` (every reader's pairs, joined into findings), ``applies`` — and ``_wording_across_clauses``
(a rule by wording read through the conflict engine). Imports go one way, ``common`` ← ``bodies`` ← the readers ←
``__init__``; no module imports this one:

- ``common``: the patterns and helpers several readers share (negation, conditions, quotations, a former or another
  person's post, the rule's pair, list items and table rows, a person's name, the label and evidence of a finding).
- ``bodies``: which body a sentence speaks of (``_mentions``, ``_topic_body``, ``_named_body``).
- readers, one module per family: ``sentences`` (two roles in one sentence, a role joining a body), ``lists``
  (member lists inline, as items, with no body named, counted members), ``nominees`` (nominee and elected lists; the
  board a vote elects), ``persons`` (the posts of each named person), ``posts`` (a post of the Ban written bare; a bare
  "Ban"), ``tables`` (members tables, a "Kiêm nhiệm" column), ``kinship``, ``delegation``, ``signatures`` (titles split,
  in columns, a bare head's, a signature block).
"""
from __future__ import annotations

import re

from checker import guards
from checker.kinds import conflict
from checker.kinds import Context, all_groups, any_cue, check_cues, check_groups, check_keys, cue_regex, finding
from checker.kinds.role_concurrency.common import (
    PERSON, _across, _evidence, _former, _label, _negated, _other_person, _who,
)
from checker.kinds.role_concurrency.delegation import _delegations
from checker.kinds.role_concurrency.kinship import _kinships
from checker.kinds.role_concurrency.lists import (
    _bare_lists, _continued, _counted_members, _labelled_lines, _lists_in_para, _member_items,
)
from checker.kinds.role_concurrency.nominees import _put_forward
from checker.kinds.role_concurrency.persons import _persons
from checker.kinds.role_concurrency.posts import (
    _LEFT_ONE, _excepted_from_bar, _joins_bare_ban, _member_may_be, _posts_in_para,
)
from checker.kinds.role_concurrency.sentences import _joins_in_sentence, _pairs_in_sentence
from checker.kinds.role_concurrency.signatures import (
    _bare_head_titles, _column_titles, _signature_pairs, _signatures, _split_titles, titles_over_names,
)
from checker.kinds.role_concurrency.tables import _held_too_tables, _member_tables, _same_name_columns
from checker.model import Evidence, Finding, Rule
from checker.ruledata import lexicon
from checker.text import UPPER


#: What other modules take from this package: the kind's entry points (``checker.kinds.module``).
__all__ = ["validate", "check", "applies"]


def _by_wording(detect: dict) -> bool:
    """A rule on who may sit on a body written as wording, not as a pair of roles ("là vợ ông Giám đốc … (nhà thầu)"
    for Law Art. 42.2): its ``detect`` is read as a conflict rule's ``forbidden`` (checker.kinds.conflict), and the
    finding keeps this kind, since it judges a person's eligibility for the body."""
    return "forbidden" in detect


def validate(detect: dict) -> None:
    detect = guards.strip_off(detect)
    if _by_wording(detect):
        if not isinstance(detect.get("across_clauses", False), bool):
            raise ValueError("'across_clauses' phải là true hoặc false")
        conflict.validate({k: v for k, v in detect.items() if k != "across_clauses"})
        return
    check_keys(detect, {"a", "b", "mode", "unless", "ignore", "handled", "only_if", "issued_by", "named", "subject_unless"}, ["a"])
    if not isinstance(detect.get("named", False), bool):
        raise ValueError("'named' phải là true hoặc false")
    if "only_if" in detect:
        check_groups(detect["only_if"], "only_if")
    mode = detect.get("mode", "concurrency")
    if mode not in ("concurrency", "delegation", "kinship"):
        raise ValueError("'mode' phải là concurrency, delegation hoặc kinship")
    if mode == "kinship" and not all(x.startswith("member:") for x in detect["a"]):
        raise ValueError("'kinship': 'a' chỉ gồm member:<cơ quan>")
    if mode == "concurrency" and "b" not in detect:
        raise ValueError("thiếu khóa: b")
    for k in ("a", "b"):
        if k not in detect:
            continue
        v = detect[k]
        if not isinstance(v, list) or not v or not all(isinstance(x, str) for x in v):
            raise ValueError(f"'{k}' phải là danh sách mã vai trò")
    for k in ("unless", "ignore", "handled", "subject_unless", "issued_by"):
        if k in detect:
            check_cues(detect[k], k)
    if "issued_by" in detect and "only_if" not in detect:
        raise ValueError("'issued_by' chỉ dùng cùng 'only_if' (thêm một cách nhận ra văn bản)")
    lex = lexicon()
    known = {r.id for r in lex.roles} | {f"tag:{t}" for r in lex.roles for t in r.tags}
    bad = [x for k in ("a", "b") for x in detect.get(k, ()) if x not in known]
    if bad:
        raise ValueError(f"vai trò không có trong lexicon: {', '.join(bad)}")


def check(rule: Rule, ctx: Context) -> list[Finding]:
    if _by_wording(rule.detect) and not rule.detect.get("across_clauses"):
        return conflict.check(rule, ctx)  # guarded there
    return guards.keep(rule, ctx, _check_unguarded(rule, ctx))  # the shared sentence guards (checker/guards.py)


_TOLD_TOGETHER = re.compile(r"(?<!\w)(?:đồng\s+thời|kiêm|vừa\s+là)(?!\w)")


def _check_unguarded(rule: Rule, ctx: Context) -> list[Finding]:
    if _by_wording(rule.detect):
        if rule.detect.get("across_clauses"):
            return _wording_across_clauses(rule, ctx)
        return conflict.check(rule, ctx)
    if "subject_unless" in rule.detect and conflict.names_subject(ctx, rule.detect["subject_unless"]):
        return []  # the minutes of an agency's conference speak of the agency's Ban, not the commune's
    A = ctx.lexicon.expand(rule.detect["a"])
    if rule.detect.get("mode") == "delegation":
        return _delegations(rule, ctx, A)
    if rule.detect.get("mode") == "kinship":
        return _kinships(rule, ctx)
    B = ctx.lexicon.expand(rule.detect["b"])
    named = bool(rule.detect.get("named", False))
    out: dict[int, Finding] = {}
    pairs: set[tuple[str, str]] = set()
    ignore = tuple(rule.detect.get("ignore", ()))
    handled = tuple(rule.detect.get("handled", ()))
    # ``handled``: a pair a sentence states while applying the law's own rule for it ("Do Trưởng thôn đồng thời là
    # Trưởng ban công tác Mặt trận, theo điểm c khoản 1 Điều 3 Nghị định 59/2023/NĐ-CP, … Chủ tịch UBND xã triệu tập
    # …"): the text handles the concurrency as the law's own case, and the same pair told elsewhere in it ("Ông A,
    # Trưởng thôn, hiện đồng thời là Trưởng ban …") is that case, not a risk left unseen
    # the sentence may name one post bare ("Vì Tổ trưởng kiêm Trưởng ban công tác Mặt trận nên …"): the posts of ``a``
    # or ``b`` it names are excused
    excused = {e.id for s in ctx.ann.sentences if s.ents and handled and any_cue(s.key, handled)
               and _TOLD_TOGETHER.search(s.key) for e in s.ents if e.id in A or e.id in B}

    remedies: dict[int, list[tuple[int, int]]] = {}
    off = tuple(rule.detect.get("guards_off", ()))

    def told_remedied(s, at) -> bool:
        """s28-rl (unseen81 u81-13 L27): a report that tells the pair as a fault already put right — "03 trường bầu
        Phó Hiệu trưởng làm Trưởng ban, Sở đã chỉ đạo bầu lại" — records the lapse and its remedy, it seats no one (the
        shared ``remedied`` guard: its cues in the sentence or the next one, or a section of faults dealt with). A
        remedy only asked for ("đề nghị bầu lại", "phải bầu lại") is none."""
        if "remedied" in off:
            return False
        spans = remedies.setdefault(s.para.index, guards.remedied(s.para.key))
        return any(x <= s.start + at < y for x, y in spans) or guards.remedied_section(ctx, s.para)

    signed: dict[tuple[int, int], str] = {}

    def signers() -> dict[tuple[int, int], str]:
        """The name signed under each signature title's sentence (``signatures._signatures``), read once."""
        if not signed:
            signed.update({(t.para.index, t.start): n.title() for n, _e, t, _line in reversed(_signatures(ctx))})
            signed.setdefault((-1, -1), "")
        return signed

    def add(s, at, x_id, y_id, name="", end_line=0):
        """A finding for the pair x, y (in either order: the side ``a`` names is put first)."""
        a_id, b_id = (x_id, y_id) if x_id in A else (y_id, x_id)
        if a_id in excused or b_id in excused:
            return
        if told_remedied(s, at):
            return
        if _LEFT_ONE.search(s.key):
            return  # s21-pr2 (lw6-11 L33): the sentence tells one of the two posts was given up — no concurrency
        if named and not name and not PERSON.search(s.para.text, s.start, s.end):
            # s33-sv (unseen64 u64-07 L36): a signature title "TỔ TRƯỞNG TỔ DÂN PHỐ" / "KIÊM TRƯỞNG BAN CÔNG TÁC MẶT
            # TRẬN" names its holder in the name signed under it
            name = signers().get((s.para.index, s.start), "")
            # s33-sv (unseen76 u76-07 L11): "Trưởng thôn Hà Văn Tuyên (kiêm Trưởng ban …)": a full name written
            # bare after its post, its middle name «Văn» / «Thị» telling it from a place's
            bare = next((m for e in s.ents if e.label == "ROLE"
                         for m in [_BARE_FULL_NAME.match(s.para.text, e.end, s.end)] if m), None)
            name = name or (" ".join(bare.group().split()) if bare else "")
            if not name:
                return  # ``named``: only a person the text names ("ông A, Trưởng thôn, đồng thời …")
        if named and (a_id, b_id) in pairs:
            return  # minutes naming the chair "Trưởng thôn kiêm …" then signing under both titles: one finding
        pairs.add((a_id, b_id))
        ev = _evidence(ctx, s, at)
        if end_line > ev.end_line:  # a signature: the title, down to the name signed under it
            ev = Evidence(ev.text, ev.line, end_line, ev.paragraph, ev.section)
        out.setdefault(ev.line, finding(rule, ctx, ev, a=_label(ctx, a_id), b=_label(ctx, b_id),
                                        who=_who(s, name, at)))

    for s in ctx.ann.sentences:
        if not s.ents or (ignore and any_cue(s.key, ignore)):
            continue
        for x, y, at in _pairs_in_sentence(s, A, B):
            if not titles_over_names(ctx, s, x, y):
                add(s, at, x.id, y.id)
        for body, r, at in _joins_in_sentence(s, A, B):
            add(s, at, f"member:{body.id}", r.id)
        for body, r, at in _joins_bare_ban(ctx, s, A, B):
            add(s, at, f"member:{body}", r.id)
        for body, r, at in _excepted_from_bar(ctx, s, A, B):
            add(s, at, f"member:{body}", r.id)
        for body, r, at in _counted_members(s, A, B):
            add(s, at, f"member:{body}", r.id)
    for para in ctx.doc.paras:
        sents = ctx.ann.by_para.get(para.index, ())
        if not any(s.ents for s in sents):
            continue
        for body, r, t, at in _lists_in_para(para, _continued(ctx, para), A, B):
            add(t, at, f"member:{body.id}", r.id)
    # a bare post of the body the text speaks of: "01 Phó Giám đốc Công ty làm Trưởng ban"
    for para in ctx.doc.paras:
        sents = ctx.ann.by_para.get(para.index, ())
        if not any(s.ents for s in sents) or (ignore and any_cue(para.key, ignore)):
            continue
        for body, r, t, at in _posts_in_para(ctx, para, sents, A, B):
            add(t, at, f"member:{body}", r.id)
    # a member list that does not name its body: "3. Thành phần gồm: …; công chức Địa chính - Xây dựng …"
    for body, r, t, at in _bare_lists(ctx, A, B):
        add(t, at, f"member:{body}", r.id)
    for para in ctx.doc.paras:
        for body, r, t, at in _member_may_be(ctx, para, ctx.ann.by_para.get(para.index, ()), A, B):
            add(t, at, f"member:{body}", r.id)
    # a members table: "Danh sách trúng cử:" then "| 2 | Bà Trịnh Thị Khoang | Kế toán trưởng Công ty | 160 |"
    for body, r, t, at, name in _member_tables(ctx, A, B):
        add(t, at, f"member:{body}", r.id, name)
    # those elected or put forward: "… trúng cử, trong đó ông A, Phó Giám đốc …" under "Bầu Ban Thanh tra nhân dân"
    for body, r, t, at, name in _put_forward(ctx, A, B):
        add(t, at, f"member:{body}", r.id, name)
    # a "Kiêm nhiệm" column: "| Hoàng Văn Sơn | Trưởng thôn Khe Mạ | Trưởng ban công tác Mặt trận thôn |"
    for x, y, t, name in _held_too_tables(ctx, A, B):
        add(t, y.start - t.start, x.id, y.id, name)
    # s29-ic (u83-12 l.8): one name in two post columns of a row — "| Trưởng thôn/bản | Trưởng ban công tác Mặt trận |"
    # over "| Lò Văn Khiêm | Lò Văn Khiêm |"
    for x_id, y_id, t, at, name in _same_name_columns(ctx, A, B):
        add(t, at, x_id, y_id, name)
    # a signature title cut over two lines: "TỔ TRƯỞNG TỔ DÂN PHỐ" / "KIÊM TRƯỞNG BAN CÔNG TÁC MẶT TRẬN"
    for x, t, y in _split_titles(ctx):
        if _across(x.id, y.id, A, B):
            add(t, y.start - t.start, x.id, y.id)
    for t, at, x_id, y_id in _column_titles(ctx):
        if _across(x_id, y_id, A, B):
            add(t, at, x_id, y_id)
    for t, y in _bare_head_titles(ctx):
        if _across("to_truong_tdp", y.id, A, B):
            add(t, y.start - t.start, "to_truong_tdp", y.id)
    # bulleted member lists: "- Bà Mai Thị Hảo, Phó Hiệu trưởng, Trưởng ban;"
    for body_id, para in _member_items(ctx, A, B):
        member = f"member:{body_id}"
        other = B if member in A else A
        # s29-ic (da2-18): a paragraph joined from lines that each name a member («Thành viên (…): bà A, …») is an
        # item a line: the first post of each line is that member's
        per_line = _labelled_lines(para)
        said: set[int] = set()
        for t in ctx.ann.by_para.get(para.index, ()):
            for r in (e for e in t.ents if e.label == "ROLE" and e.id in other
                      and not _negated(t.key, e.start - t.start) and not _other_person(t.key, e.start - t.start)
                      and not _former(t.key, e.start - t.start)):
                line = para.line_at(r.start)
                if line in said:
                    continue
                said.add(line)
                add(t, r.start - t.start, member, r.id)
                if not per_line:
                    break
            if said and not per_line:
                break
    # one name signed under two titles: "TRƯỞNG THÔN … TRƯỞNG BAN CÔNG TÁC MẶT TRẬN" / "Lường Văn Nọi … Lường Văn Nọi"
    for t, at, a_id, b_id, name, name_line in _signature_pairs(ctx, A, B):
        add(t, at, a_id, b_id, name, name_line)
    for name, roles in _persons(ctx).items():
        has_a = [(r, s, at) for r, s, at in roles if r in A]
        has_b = [(r, s, at) for r, s, at in roles if r in B]
        if not has_a or not has_b:
            continue
        # point at the body membership (the provision to change), else at the later mention
        # a post the person is elected to ("ông A trúng cử thành viên Ban …") is the result: point at the post that
        # bars him ("ông A, sinh năm 1979, hiện là công chức …") when the text names one elsewhere
        elected = ctx.memo.get("elected", set())
        told = [t for t in has_a + has_b if (t[1].para.index, t[2]) not in elected] or has_a + has_b
        members = [t for t in told if t[0].startswith("member:")]
        r2, s2, at2 = members[0] if members else max(told, key=lambda t: (t[1].para.index, t[2]))
        ev = _evidence(ctx, s2, at2 - s2.start)
        if ev.line in out:
            continue
        add(s2, at2 - s2.start, has_a[0][0], has_b[0][0], name)
    return list(out.values())


#: s37 (unseen100 u100-38 L10): or after the colon of a label the posts make, the village's level written after the
#: post: "Trưởng thôn kiêm Trưởng ban công tác Mặt trận thôn: Lò Văn Pấu"
_BARE_FULL_NAME = re.compile(r"(?:\s*:|\s+(?:thôn|tổ\s+dân\s+phố|TDP|tổ|bản|ấp|khu\s+phố)\s*:)?\s+[" + UPPER + r"][\wÀ-ỹ]*\s+(?:Văn|Thị)(?:\s+[" + UPPER + r"][\wÀ-ỹ]*){1,2}(?![\wÀ-ỹ])")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _wording_across_clauses(rule: Rule, ctx: Context) -> list[Finding]:
    """A wording rule with ``across_clauses: true`` reads each body paragraph whole, past the ";" that cuts the
    annotator's sentences — "… Trưởng thôn đồng thời là Trưởng ban công tác Mặt trận thôn; xã tiếp tục duy trì mô
    hình này" states the fact in one clause and endorses it in the next (RL-50). The ``forbidden`` regexes keep to
    one sentence themselves ([^.]); context and exclude cues are read in the matched sentence."""
    d = rule.detect
    cues = cue_regex(tuple(d["forbidden"]))
    groups = d.get("context", [])
    exclude = tuple(d.get("exclude", ()))
    zones = conflict.ZONES[d.get("scope", "body")]
    out = []
    for p in ctx.doc.paras:
        if p.zone not in zones:
            continue
        key = p.key
        for m in cues.finditer(key):
            start = max((e.end() for e in _SENTENCE_END.finditer(key, 0, m.start())), default=0)
            end_m = _SENTENCE_END.search(key, m.end())
            sent = key[start:end_m.end() if end_m else len(key)]
            if groups and not all_groups(sent, groups):
                continue
            if exclude and any_cue(sent, exclude):
                continue
            ev = ctx.doc.evidence(p, start, end_m.end() if end_m else len(key))
            line = p.line_at(m.start())
            f = finding(rule, ctx, Evidence(ev.text, line, max(line, ev.end_line), ev.paragraph, ev.section),
                        found=p.text[m.start():m.end()])
            if not conflict.recounts_before_law(ctx, f):
                out.append(f)
            break
    return out


def applies(rule: Rule, ctx: Context) -> bool:
    """``only_if``: the rule speaks only of a document one of whose paragraphs (any zone) matches every cue
    group — a report of an agency's hội nghị cán bộ, công chức, viên chức, not a commune's report."""
    if _by_wording(rule.detect):
        return True  # the conflict reading applies its own document exclusions
    groups = rule.detect.get("only_if")
    if not groups or any(all_groups(p.key, groups) for p in ctx.doc.paras):
        return True
    # ``issued_by``: or the issuer named in the header is one of these ("TRƯỜNG TIỂU HỌC HOA SEN" over the minutes
    # of its Ban Thanh tra nhân dân) — read in the header's issuer block only, never in the body
    issuer = rule.detect.get("issued_by")
    return bool(issuer) and any_cue(conflict.issuer_key(ctx), tuple(issuer))
