"""Kind 2 — conflict with higher law: a number, a condition or an actor that the law fixes.

Four detection modes, one per rule:

1. ``quantity``: in a sentence matching the context cues, a period, threshold
   or count near the given cue words contradicts the legal bound
   (``min`` / ``max`` / ``gt`` / ``equals`` / ``range``) — "thông báo trước 01
   ngày" against "ít nhất 02 ngày" (Decree 59 Art. 3.3);
2. ``forbidden``: wording the law does not allow in this document type — a
   hương ước that fines ("phạt tiền", "nộp phạt 500.000 đồng"), Decree 61 Art. 5.4;
3. ``actor``: a role the law does not give the power to convene or chair;
4. ``restates``: a paragraph that copies a provision of a higher document
   (shared word 5-grams), which a hương ước must not do (Decree 61 Art. 4.1).

``expect`` lists the words of the legal bound as the basis writes them ("05
ngày làm việc", "hai phần ba"); a test checks they occur in the quoted basis.
"""
from __future__ import annotations

import re
from typing import Any

from checker.kinds import (Context, all_groups, any_cue, check_cues, check_groups, check_keys,
                           cue_regex, finding)
from checker.model import Evidence, Finding, Rule
from checker.quantities import UNIT_WORDS, find_quantities, parse_bound, violates

UNITS = set(UNIT_WORDS.values())
ZONES = {"body": ("body",), "all": ("preamble", "body", "closing")}


def validate(detect: dict) -> None:
    check_keys(detect, {"context", "exclude", "scope", "quantity", "forbidden", "actor", "restates",
                        "expect"})
    modes = [m for m in ("quantity", "forbidden", "actor", "restates") if m in detect]
    if len(modes) != 1:
        raise ValueError("cần đúng một cách phát hiện: quantity, forbidden, actor hoặc restates")
    if "context" in detect:
        check_groups(detect["context"], "context")
    if "exclude" in detect:
        check_cues(detect["exclude"], "exclude")
    if detect.get("scope", "body") not in ZONES:
        raise ValueError("'scope' phải là body hoặc all")
    if "expect" in detect:
        check_cues(detect["expect"], "expect")
    q = detect.get("quantity")
    if q is not None:
        check_keys(q, {"unit", "near", "window", "min", "max", "gt", "equals", "range"}, ["unit"])
        if q["unit"] not in UNITS:
            raise ValueError(f"đơn vị '{q['unit']}' không hợp lệ (có: {', '.join(sorted(UNITS))})")
        bounds = [k for k in ("min", "max", "gt", "equals", "range") if k in q]
        if not bounds:
            raise ValueError("'quantity' cần một giới hạn: min, max, gt, equals hoặc range")
        for k in bounds:
            vals = q[k] if k == "range" else [q[k]]
            if k == "range" and (not isinstance(vals, list) or len(vals) != 2):
                raise ValueError("'range' phải là [nhỏ nhất, lớn nhất]")
            for v in vals:
                parse_bound(v)
        if "near" in q:
            check_cues(q["near"], "quantity.near")
        if "context" not in detect:
            raise ValueError("'quantity' cần 'context' để biết câu nào nói về nội dung này")
    if "forbidden" in detect:
        check_cues(detect["forbidden"], "forbidden")
    a = detect.get("actor")
    if a is not None:
        check_keys(a, {"verbs", "forbidden", "window"}, ["verbs", "forbidden"])
        check_cues(a["verbs"], "actor.verbs")
        check_cues(a["forbidden"], "actor.forbidden")
    r = detect.get("restates")
    if r is not None:
        check_keys(r, {"docs", "min_share", "min_words"}, ["docs"])
        check_cues(r["docs"], "restates.docs")


def _sentences(rule: Rule, ctx: Context):
    zones = ZONES[rule.detect.get("scope", "body")]
    groups = rule.detect.get("context", [])
    exclude = tuple(rule.detect.get("exclude", ()))
    for s in ctx.ann.in_zones(*zones):
        f = s.key
        if groups and not all_groups(f, groups):
            continue
        if exclude and any_cue(f, exclude):
            continue
        yield s


def _evidence(ctx: Context, s, at: int) -> Evidence:
    ev = ctx.doc.evidence(s.para, s.start, s.end)
    line = s.para.line_at(s.start + at)
    return Evidence(ev.text, line, max(line, ev.end_line), ev.paragraph, ev.section)


def _near(f: str, q, cues: tuple[str, ...], window: int) -> bool:
    if not cues:
        return True
    for m in cue_regex(cues).finditer(f):
        if (0 <= q.start - m.end() <= window) or (0 <= m.start() - q.end <= window):
            return True
    return False


def _legal_text(q: dict) -> str:
    if "range" in q:
        return f"từ {q['range'][0]} đến {q['range'][1]}"
    for k, word in (("min", "ít nhất"), ("max", "tối đa"), ("gt", "trên"), ("equals", "đúng")):
        if k in q:
            return f"{word} {q[k]}"
    return ""


def check_quantity(rule: Rule, ctx: Context) -> list[Finding]:
    q: dict[str, Any] = rule.detect["quantity"]
    unit, near, window = q["unit"], tuple(q.get("near", ())), int(q.get("window", 60))
    bounds = {}
    if "range" in q:
        bounds["min_"], bounds["max_"] = parse_bound(q["range"][0]), parse_bound(q["range"][1])
    for k, arg in (("min", "min_"), ("max", "max_"), ("gt", "gt"), ("equals", "equals")):
        if k in q:
            bounds[arg] = parse_bound(q[k])
    out = []
    for s in _sentences(rule, ctx):
        for qty in find_quantities(s.folded):
            if qty.unit != unit or not _near(s.key, qty, near, window):
                continue
            if violates(qty, **bounds):
                found = s.text[qty.start:qty.end].strip()
                out.append(finding(rule, ctx, _evidence(ctx, s, qty.start), found=found,
                                   legal=", ".join(rule.detect.get("expect", [])) or _legal_text(q)))
                break
    return out


def check_forbidden(rule: Rule, ctx: Context) -> list[Finding]:
    cues = tuple(rule.detect["forbidden"])
    out = []
    for s in _sentences(rule, ctx):
        m = cue_regex(cues).search(s.key)
        if m:
            out.append(finding(rule, ctx, _evidence(ctx, s, m.start()),
                               found=s.text[m.start():m.end()]))
    return out


def check_actor(rule: Rule, ctx: Context) -> list[Finding]:
    """The role written just before "triệu tập" / "chủ trì" is the actor; is it one the law excludes?"""
    a = rule.detect["actor"]
    forbidden = ctx.lexicon.expand(a["forbidden"])
    verbs = cue_regex(tuple(a["verbs"]))
    window = int(a.get("window", 40))
    out = []
    for s in _sentences(rule, ctx):
        hit = None
        for vm in verbs.finditer(s.key):
            before = [e for e in s.ents if e.label == "ROLE" and e.end - s.start <= vm.start()
                      and vm.start() - (e.end - s.start) <= window]
            if not before:
                continue
            actor = max(before, key=lambda e: e.end)
            if actor.id in forbidden:
                hit = (actor.start - s.start, actor.end - s.start)
                break
        if hit:
            out.append(finding(rule, ctx, _evidence(ctx, s, hit[0]), found=s.text[hit[0]:hit[1]]))
    return out


# -- restatement ---------------------------------------------------------------
_SHINGLE = 5
_WORD = re.compile(r"\w+")


def _shingles(folded: str) -> list[tuple[str, ...]]:
    w = _WORD.findall(folded)
    return [tuple(w[i:i + _SHINGLE]) for i in range(len(w) - _SHINGLE + 1)]


def _index(ctx: Context, docs: tuple[str, ...]) -> dict:
    """Word 5-grams of the given documents' provisions → unit ids (built once per knowledge base)."""
    from checker.basis import shared_cache
    from checker.text import fold_keep_length

    cache = shared_cache(ctx.store)
    key = ("restates", docs)
    if key not in cache:
        idx: dict[tuple, set[str]] = {}
        for d in docs:
            for u in ctx.store.units_of(d):
                if not u.text:
                    continue
                for sh in _shingles(fold_keep_length(u.text)):
                    idx.setdefault(sh, set()).add(u.uid)
        cache[key] = idx
    return cache[key]


def check_restates(rule: Rule, ctx: Context) -> list[Finding]:
    r = rule.detect["restates"]
    docs = tuple(r["docs"])
    min_share, min_words = float(r.get("min_share", 0.6)), int(r.get("min_words", 20))
    idx = _index(ctx, docs)
    out = []
    for p in ctx.doc.zone(*ZONES[rule.detect.get("scope", "body")]):
        if len(_WORD.findall(p.folded)) < min_words:
            continue
        if rule.detect.get("exclude") and any_cue(p.key, rule.detect["exclude"]):
            continue
        shs = _shingles(p.folded)
        counts: dict[str, int] = {}
        for sh in shs:
            for uid in idx.get(sh, ()):
                counts[uid] = counts.get(uid, 0) + 1
        if not counts:
            continue
        uid, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if n / len(shs) < min_share:
            continue
        ub = ctx.resolver.unit_basis(uid)
        basis = ctx.resolver.for_rule(rule) + ((ub,) if ub else ())
        out.append(finding(rule, ctx, ctx.doc.evidence(p), basis=basis,
                           restated=ub.label if ub else uid, share=f"{100 * n / len(shs):.0f}%"))
    return out


def check(rule: Rule, ctx: Context) -> list[Finding]:
    d = rule.detect
    if "quantity" in d:
        return check_quantity(rule, ctx)
    if "forbidden" in d:
        return check_forbidden(rule, ctx)
    if "actor" in d:
        return check_actor(rule, ctx)
    return check_restates(rule, ctx)
