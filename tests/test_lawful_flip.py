"""The lawful flips of ``bench/lawful_flip_bench.py`` on a fixed sample of the rules that read who does what: each
violating example, varied into the lawful sentences beside it (the role only attends, reports, proposes, is the
object, is forbidden the act, helps; the lawful actor; the provision's exception), must give no finding of its rule,
while the example rebuilt from the same parts still does (else the variants prove nothing)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import lawful_flip_bench as flip  # noqa: E402
from checker.ruledata import lexicon  # noqa: E402
from checker.rules import catalogue  # noqa: E402

#: actor-slot rules over convene/chair, decide and set_up, with the shapes the bench frames: active, passive «do»,
#: label, «bởi», a forbidden_cues body
SAMPLE = ("CF-16", "CF-17", "CF-158", "CF-283", "CF-563", "CF-653", "CF-176")
RULES = {r.id: r for r in catalogue()}
#: every transformation, ``agree`` («<A>, sau khi thống nhất với <R>, <act> …») too: the role after «với» is the act's
#: partner, not its doer (actor._actors ``_PARTNER_BEFORE``); not the opt-in ones (``flip.OPT_IN``: s27-ng's ``refused``,
#: which the actor reader does not read yet)
ASSERTED = tuple(t for t in flip.TRANSFORMS if t not in flip.OPT_IN)


@pytest.mark.slow
@pytest.mark.parametrize("rule_id", SAMPLE)
def test_no_lawful_flip_fires(store, rule_id):
    rule = RULES[rule_id]
    lex = lexicon()
    framed, lost, variants = flip.rule_variants(rule, store, lex, ASSERTED)
    assert framed >= 1 and lost == 0, f"{rule_id}: {framed} frames, {lost} lost — the variants would prove nothing"
    assert variants, f"{rule_id}: no lawful variant written"
    fired = [v for v in variants if flip.findings(rule, v.example, v.text, store)]
    assert not fired, f"{rule_id}: {len(fired)}/{len(variants)} lawful variants flagged: " + " | ".join(
        f"[{v.transform}] {v.line[:160]}" for v in fired[:5])


def test_the_transforms_write_what_the_law_allows():
    """The generators are pure: a frame in, the lawful lines out — checked on one frame by hand."""
    rule = RULES["CF-158"]
    f = flip.Frame(rule, 0, rule.examples[0], ("Hội nghị do Chủ tịch UBND xã chủ trì.",), 0, "passive",
                   "Hội nghị do ", "Chủ tịch UBND xã", "chủ trì", ".", "chu_tich_ubnd_xa", "chủ trì")
    assert f.rebuilt == "Hội nghị do Chủ tịch UBND xã chủ trì."
    assert flip.t_allowed(f, "Trưởng thôn") == ["Hội nghị do Trưởng thôn chủ trì."]
    assert flip.t_attend(f, "Trưởng thôn")[0] == "Hội nghị do Trưởng thôn chủ trì, có sự tham dự của Chủ tịch UBND xã."
    assert flip.t_propose(f, "Trưởng thôn") == ["Hội nghị do Trưởng thôn chủ trì theo đề nghị của Chủ tịch UBND xã."]
    active = flip.Frame(rule, 0, rule.examples[0], ("Chủ tịch UBND xã chủ trì hội nghị.",), 0, "active", "",
                        "Chủ tịch UBND xã", "chủ trì", " hội nghị.", "chu_tich_ubnd_xa", "chủ trì")
    assert flip.t_prohibited(active, "Trưởng thôn") == ["Chủ tịch UBND xã không được chủ trì hội nghị.",
                                                       "Nghiêm cấm Chủ tịch UBND xã chủ trì hội nghị."]
    assert flip.t_quoted(active, "Trưởng thôn") == ["Thôn thực hiện đúng quy định «Chủ tịch UBND xã không được chủ trì hội nghị».",
                                                   "Quán triệt nguyên tắc: Chủ tịch UBND xã không được chủ trì hội nghị."]
    assert flip.t_refused(active, "Trưởng thôn") == ["Chủ tịch UBND xã đã từ chối chủ trì hội nghị.",
                                                    "Chủ tịch UBND xã không chủ trì hội nghị.",
                                                 # s28-ng: the proposal turned down, the act not carried out
                                                 "Chủ tịch UBND xã đề nghị chủ trì hội nghị nhưng hội nghị không đồng ý.",
                                                 "Đề nghị để Chủ tịch UBND xã chủ trì hội nghị không được hội nghị chấp nhận.",
                                                 "Chủ tịch UBND xã không thực hiện việc chủ trì hội nghị.",
                                                 "Hội nghị đã bác bỏ đề nghị để Chủ tịch UBND xã chủ trì hội nghị."]
