"""The conflict kind's ``restates`` reader: a paragraph that copies a provision of a higher document (shared word
5-grams)."""
from __future__ import annotations

import re

from checker.kinds import Context, any_cue, finding
from checker.kinds.conflict.common import ZONES
from checker.model import Finding, Rule
from checker.text import fold_keep_length


# -- restatement ---------------------------------------------------------------
_SHINGLE = 5
_WORD = re.compile(r"\w+")


def _shingles(folded: str) -> list[tuple[str, ...]]:
    w = _WORD.findall(folded)
    return [tuple(w[i:i + _SHINGLE]) for i in range(len(w) - _SHINGLE + 1)]


def _index(ctx: Context, docs: tuple[str, ...]) -> dict:
    """Word 5-grams of the given documents' provisions → unit ids (built once per knowledge base)."""
    from checker.basis import shared_cache

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
