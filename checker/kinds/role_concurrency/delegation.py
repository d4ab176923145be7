"""The role_concurrency kind, reader of the ``delegation`` mode: a role that hands someone the chairing of a
meeting ("Trưởng thôn ủy quyền cho … chủ trì …"; ``_delegations``)."""
from __future__ import annotations

from checker.kinds import Context, any_cue, cue_regex, finding
from checker.kinds.role_concurrency.common import _evidence, _label, _negated, _who, in_quotes
from checker.model import Finding, Rule


DELEGATE = ("ủy quyền cho", "uỷ quyền cho", "giao cho", "phân công cho")


def _delegations(rule: Rule, ctx: Context, A) -> list[Finding]:
    """A hands the chairing of a meeting to someone else ("ủy quyền cho … chủ trì"), outside the
    case the rule's ``unless`` cues name (e.g. a cluster meeting, Law Art. 18.3)."""
    B = ctx.lexicon.expand(rule.detect["b"]) if "b" in rule.detect else None
    unless = tuple(rule.detect.get("unless", ()))
    verbs = cue_regex(DELEGATE)
    chair = cue_regex(("chủ trì", "điều hành"))
    out: dict[int, Finding] = {}
    for s in ctx.ann.sentences:
        f = s.key
        if unless and any_cue(s.para.key, unless):
            continue
        for x in s.ents:
            if x.label != "ROLE" or x.id not in A:
                continue
            xe = x.end - s.start
            vm = verbs.search(f, xe)
            if not vm or vm.start() - xe > 40 or _negated(f, vm.start()) or in_quotes(s.text, vm.start()):
                continue
            cm = chair.search(f, vm.end())
            if not cm or cm.start() - vm.end() > 80:
                continue
            y = None
            if B is not None:
                y = next((e for e in s.ents if e.label == "ROLE" and e.id in B
                          and vm.end() <= e.start - s.start <= cm.start()), None)
                if y is None:
                    continue
            ev = _evidence(ctx, s, x.start - s.start)
            out.setdefault(ev.line, finding(rule, ctx, ev, a=_label(ctx, x.id),
                                            b=_label(ctx, y.id) if y else "người khác", who=_who(s)))
            break
    return list(out.values())
