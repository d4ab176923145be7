"""Record flips: does a lawful sentence stay lawful when a record writes it as minutes, a field, a table row or wrapped?

The studied sets' ``must_not_flag`` sentences are lawful as written. A record (biên bản, phiếu, bảng theo dõi, a
document pasted from a PDF) writes the same sentence in other shapes; none of them changes what it says. This bench
rewrites every lawful line of a studied document into each shape below, checks the document before and after, and
counts a **record flip**: a lỗi or cảnh báo on the rewritten lines whose rule did not flag that line in the plain
document — a false finding the shape alone causes. Each transformation, stated once, and why it keeps the meaning:

- ``opinion``   «Ý kiến ông Nguyễn Văn A (trưởng thôn): <sentence>» — minutes attribute a sentence to a speaker; the
                sentence is what was said, its actor and act unchanged (Law 10/2022 Art. 33.3, Decree 59 Art. 3.2:
                the minutes record the opinions expressed);
- ``conclude``  «Kết luận của chủ trì: <sentence>» — the chair's conclusion restates the sentence; who chairs is a
                fact of the meeting, not of the sentence's act;
- ``chair``     «Chủ trì: <who>» + the sentence, when the sentence names who chairs («<who> chủ trì …»): a minutes
                header states the same chair (Law Art. 33.2, 51.1);
- ``field``     «Nội dung: <sentence>» — a labelled field whose value is the sentence;
- ``label``     «<Noun phrase>: <rest>» — the sentence split at the end of its first noun phrase (before its first
                verb of the lexicon's acts, or «do / là / được / có / phải»), the subject as the label: a form's
                field says «<subject>: <predicate>»;
- ``table``     «| 2 | <sentence> | Đã thực hiện |» — a row of a tracking table: the sentence in a cell, a status
                cell beside it;
- ``wrap2`` / ``wrap3`` — the sentence hard-wrapped over two or three lines at word boundaries (a PDF copy, a
                narrow column): the same words in the same order;
- ``numbered``  «2. <sentence>» — an item of a numbered list;
- ``condition`` «Trường hợp cần thiết thì <sentence>» — the sentence as what the text prescribes in a case (s38-cd):
                a condition put before an act leaves the act what it was — a lawful act stays lawful, and with
                ``--violates`` a violation must still fire (``conflict/context.condition_openers_before``).

Only the lawful lines are rewritten (each ``must_not_flag`` line of a case, unless an expected finding of the case
rests on that line or it is already a table row); the others stay. By default every lawful line of a document is
rewritten at once (one check per document and shape — how a record looks: every line in its shape); ``--one``
rewrites one line at a time (slower, no line can cause another's flip). A finding is on a rewritten line when its
evidence line falls within the new lines. ``--violates`` runs the same shapes on the ``violates`` examples of the
rules (the rule alone, as ``tests/test_rule_examples.py`` runs them) and counts how many still fire: the shapes must
not cost recall.

    python bench/record_flip_bench.py [SET ...] [--shape S ...] [--one] [-v] [--json out.json] [--violates [--rule R ...]]

Only studied sets (``tests.labelsets.studied_sets()``); a blind set is refused. Default: every studied set (none with
``--violates``: then only the rules' examples). One check per document and shape: about 1.5 s a document on a loaded
2-core machine, so run a few sets at a time.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.evaluation import SERIOUS  # noqa: E402  (the severities the precision counts: lỗi, cảnh báo)
from kb.vntext import nfc  # noqa: E402

_MARK = re.compile(r"^\s*(?:[-+•*–]\s+|\d{1,2}(?:\.\d{1,2})*[.)]\s+|[a-zđ][.)]\s+)?")
#: a heading is structure, not a sentence: never rewritten
_HEADING = re.compile(r"^\s*(?:Điều|Chương|Mục|Phần)\s+[0-9IVXLC]+\b")
_END = re.compile(r"\s*[.;:]?\s*$")
#: the words that end a first noun phrase: the act verbs of the lexicon are added at run time
_PRED = ("do", "là", "được", "có", "phải", "không", "chưa", "đã", "sẽ", "đang", "cần", "tổ chức", "thực hiện",
         "gồm", "bao gồm")
#: «<who> chủ trì …»: the sentence names who chairs
_CHAIR = re.compile(r"^(?P<who>[^,;:.()]{3,120}?)\s+(?:(?:đã|sẽ|là người)\s+)?chủ\s+trì\b")


def _body(line: str) -> tuple[str, str]:
    """The list mark of a line and the sentence after it."""
    m = _MARK.match(line)
    return line[:m.end()], line[m.end():].strip()


def _wrap(s: str, parts: int) -> tuple[str, ...]:
    words = s.split()
    if len(words) < parts * 2:
        return ()
    cut = [round(len(words) * k / parts) for k in range(parts + 1)]
    return tuple(" ".join(words[cut[k]:cut[k + 1]]) for k in range(parts))


def _pred_regex():
    from checker.ruledata import lexicon
    verbs = {c for act in lexicon().acts for c in act.patterns if len(c) < 25 and " " not in c.strip()[:0]}
    alts = sorted({re.escape(v) for v in (*_PRED, *verbs) if v and not re.search(r"[\\^$*+?{}\[\]|()]", v)},
                  key=len, reverse=True)
    return re.compile(r"(?i)(?<=\S)\s+(?=(?:" + "|".join(alts) + r")(?!\w))")


_PRED_RX = None


def _subjectless(s: str) -> bool:
    """A list item whose actor is its lead-in's («1. Triệu tập và chủ trì …», «a) ban hành quy chế …» under «Tổ bầu
    cử có nhiệm vụ:»): put after a speaker or a label it would take another subject, so the attributing shapes leave
    it. It opens with a small letter or with a verb (an act cue or a predicate word)."""
    global _PRED_RX
    if _PRED_RX is None:
        _PRED_RX = _pred_regex()
    if s[:1].islower():
        return True
    m = _PRED_RX.search("x " + s[:60])
    return m is not None and m.start() == 1


#: the shapes that put the sentence after a speaker or a label (a subjectless item would change subject)
ATTRIBUTING = ("opinion", "conclude", "chair", "field", "label")
#: the rules a shape's own marks answer to, not the sentence: ``numbered`` adds item numbers, and a number the
#: document already has is the bench's duplicate (IC-04, «số thứ tự … bị trùng»)
SHAPE_OWN = {"numbered": ("IC-04",)}


def t_opinion(s):
    return ("Ý kiến ông Nguyễn Văn Hùng (trưởng thôn): " + s,)


def t_conclude(s):
    return ("Kết luận của chủ trì: " + s,)


def t_chair(s):
    m = _CHAIR.match(s)
    if m is None:
        return ()
    who = re.split(r"(?i)(?<!\w)do\s+", m.group("who"))[-1].strip()  # «Hội nghị … do <who> chủ trì»: the agent
    return ("Chủ trì: " + who + ".", s) if len(who.split()) >= 2 else ()


def t_field(s):
    return ("Nội dung: " + s,)


def t_label(s):
    global _PRED_RX
    if _PRED_RX is None:
        _PRED_RX = _pred_regex()
    m = _PRED_RX.search(s)
    if m is None or len(s[:m.start()].split()) < 2 or len(s[m.end():].split()) < 2 or re.search(r"[:;]", s[:m.start()]):
        return ()
    return (s[:m.start()] + ": " + s[m.end():],)


def t_table(s):
    return ("| 2 | " + _END.sub("", s) + " | Đã thực hiện |",)


def t_wrap2(s):
    return _wrap(s, 2)


def t_wrap3(s):
    return _wrap(s, 3)


def t_numbered(s):
    return ("2. " + s,)  # the number is set per run of items in ``rewrite``


def t_condition(s):
    return ("Trường hợp cần thiết thì " + s,)


SHAPES = {"opinion": t_opinion, "conclude": t_conclude, "chair": t_chair, "field": t_field, "label": t_label,
          "table": t_table, "wrap2": t_wrap2, "wrap3": t_wrap3, "numbered": t_numbered, "condition": t_condition}


def rewrite(lines: list[str], targets: set[int], shape: str) -> tuple[str, dict[int, tuple[int, int]]]:
    """The text with every target line (0-based) in ``shape``; old line → (first, last) new 1-based line."""
    out, where, k = [], {}, 0
    for i, line in enumerate(lines):
        new = ()
        k = k + 1 if i in targets else 0
        if i in targets and not _HEADING.match(line):
            mark, s = _body(line)
            if s and not (shape in ATTRIBUTING and _subjectless(s)):
                new = SHAPES[shape](s)
                if shape == "numbered":
                    new = (f"{k}. " + s,)
                elif shape in ("wrap2", "wrap3", "condition") and new:  # the list mark stays: the item stays an item
                    new = (mark + new[0], *new[1:])
        if new:
            where[i] = (len(out) + 1, len(out) + len(new))
            out.extend(new)
        else:
            out.append(line)
    return "\n".join(out), where


def serious(report):
    return [f for f in report.findings if f.severity in SERIOUS]


def _check(text, store, name):
    from checker.engine import check_upload
    c = check_upload(name, store, data=text.encode("utf-8"))
    return serious(c.report) if c.ok else []


#: a table row, with or without its outer bars: «| 3 | A | B |», «a | b» and «3 | Lường Văn Ấm | Người dân … | Phó Trưởng ban»
#: (s33-pr: a row written without the opening bar was rewritten as a sentence, and a speaker put before it)
_TABLE_ROW = re.compile(r"^[^|]*\S[^|]*\|\s*\S|^\s*\|")


def table_row(line: str) -> bool:
    """Is ``line`` a table row (already a record's shape: never rewritten)?"""
    return _TABLE_ROW.match(line) is not None


def targets_of(case, lines) -> set[int]:
    exp = {e["line"] for e in case["expect"] if e.get("line")}
    out = set()
    for m in case["must_not_flag"]:
        i = m["line"] - 1
        if m["line"] in exp or not 0 <= i < len(lines) or table_row(lines[i]):
            continue
        out.add(i)
    return out


def flips_in(plain, variant, where, own=()):
    """(old line, finding) of the variant's serious findings on rewritten lines whose rule the plain text did not
    raise on that line."""
    had = defaultdict(set)
    for f in plain:
        for ln in range(f.evidence.line, max(f.evidence.line, f.evidence.end_line or 0) + 1):
            had[ln - 1].add(f.rule)
    out = []
    for f in variant:
        for old, (a, b) in where.items():
            if a <= f.evidence.line <= b and f.rule not in had[old] and f.rule not in own:
                out.append((old, f))
                break
    return out


def run_sets(names, store, shapes, one=False):
    table = {s: [0, 0] for s in shapes}  # variants (lines rewritten), flips
    by_rule = defaultdict(Counter)
    flips = []
    for name in names:
        from tests.labelsets import DATA
        data = json.loads((DATA / name / "expected.json").read_text(encoding="utf-8"))
        for case in data["cases"]:
            path = DATA / name / case["file"]
            text = nfc(path.read_text(encoding="utf-8"))
            lines = text.split("\n")
            targets = targets_of(case, lines)
            if not targets:
                continue
            plain = _check(text, store, path.name)
            for shape in shapes:
                groups = [{t} for t in sorted(targets)] if one else [targets]
                for g in groups:
                    new, where = rewrite(lines, g, shape)
                    if not where:
                        continue
                    table[shape][0] += len(where)
                    got = flips_in(plain, _check(new, store, path.name), where, SHAPE_OWN.get(shape, ()))
                    seen = set()
                    for old, f in got:
                        if (old, f.rule) in seen:
                            continue
                        seen.add((old, f.rule))
                        table[shape][1] += 1
                        by_rule[shape][f.rule] += 1
                        flips.append({"set": name, "case": case["id"], "shape": shape, "line": old + 1,
                                      "rule": f.rule, "severity": f.severity, "text": lines[old][:200],
                                      "message": f.message[:160]})
    return table, by_rule, flips


#: a line of a document's frame, not a sentence: a record writes it as it is (a title or signer in capitals, the place
#: and date, a header or basis field, «Nơi nhận:»), so ``--violates`` does not put it in a sentence's shape
_FRAME = re.compile(r"^\s*(?:(?:Căn\s+cứ|Nơi\s+(?:nhận|gửi)|Kính\s+gửi|Đồng\s+kính\s+gửi|V/[vV]|Về\s+việc|Trích\s+yếu|Số)"
                    r"(?!\w)|[^\d,;:.]{2,40},\s*ngày\s+\d)")
#: a row of a table typed with runs of spaces: already a record's shape (as ``table_row``)
_SPACED = re.compile(r"\S\s{2,}(?=\S)")
_ENDS = re.compile(r"[.;:!?…)]\s*$")


def frame_line(line: str) -> bool:
    """Is ``line`` part of a document's frame (a capitals line, place and date, a header or basis field) or a row of a
    space-aligned table — no sentence a record would restate in a shape?"""
    s = _body(line)[1]
    return (not any(c.islower() for c in s) or _FRAME.match(s) is not None
            or len(_SPACED.findall(line.strip())) >= 2)


def part_of_sentence(lines: list[str], i: int) -> bool:
    """Is line ``i`` a piece of a sentence wrapped over several lines — it goes on from the line above (a sentence's
    line that ends without a stop; no list mark opens it: «… do Trưởng ban công tác Mặt trận thôn» / «triệu tập …»,
    «… trong thời hạn» / «45 ngày …») or on the line below (it ends without a stop, the next opens in lower
    case)? Put alone in a row, an item or after a speaker it would cut the sentence; only the wraps rewrite it."""
    body = _body(lines[i])[1]
    above = lines[i - 1].strip() if i > 0 else ""
    below = _body(lines[i + 1])[1] if i + 1 < len(lines) else ""
    goes_on = (above and not _ENDS.search(above) and not _HEADING.match(above) and not frame_line(above)
               and not _MARK.match(lines[i]).group().strip())
    continued = not _ENDS.search(body) and below[:1].islower() and not _MARK.match(lines[i + 1]).group().strip()
    return bool(goes_on or continued)


def run_violates(store, shapes, rule_ids=None):
    """Per shape: (violating flagged lines rewritten, still firing); and the plain count of firing examples."""
    from checker import check_text
    from checker.model import EXAMPLE_AS_OF
    from checker.rules import catalogue, example_type
    table = {s: [0, 0] for s in shapes}
    lost = []
    for rule in catalogue():
        if rule_ids and rule.id not in rule_ids:
            continue
        for i, ex in enumerate(rule.examples):
            if not ex.violates:
                continue
            text = nfc(ex.text)

            def hits(t):
                r = check_text(t, store, doc_type=example_type(rule, ex), as_of=ex.as_of or EXAMPLE_AS_OF,
                               source_name=f"{rule.id} ví dụ", rules=[rule])
                return [f for f in r.findings if f.rule == rule.id]
            got = hits(text)
            lines = text.split("\n")
            flagged = {f.evidence.line - 1 for f in got if f.evidence.line}
            flagged = {i for i in flagged if 0 <= i < len(lines) and not table_row(lines[i]) and not frame_line(lines[i])}
            if not flagged:
                continue
            whole = {i for i in flagged if not part_of_sentence(lines, i)}
            for shape in shapes:
                new, where = rewrite(lines, flagged if shape in ("wrap2", "wrap3") else whole, shape)
                if not where:
                    continue
                table[shape][0] += 1
                if hits(new):
                    table[shape][1] += 1
                else:
                    lost.append((rule.id, i, shape))
    return table, lost


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", help="studied set names (default: all studied)")
    ap.add_argument("--shape", action="append", choices=list(SHAPES))
    ap.add_argument("--one", action="store_true", help="rewrite one lawful line at a time")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--json")
    ap.add_argument("--violates", action="store_true", help="also run the shapes on the rules' violates examples")
    ap.add_argument("--rule", action="append", help="with --violates: only these rules")
    args = ap.parse_args(argv)
    from tests.labelsets import BLIND, studied_sets
    names = [Path(s).name for s in args.sets] or ([] if args.violates else studied_sets())
    bad = [n for n in names if n in BLIND or n not in studied_sets()]
    if bad:
        print(f"not studied sets (refused): {', '.join(bad)}", file=sys.stderr)
        return 2
    shapes = args.shape or list(SHAPES)
    from kb.store import Store
    t0 = time.time()
    with Store(os.environ["DCCS_KB"]) as store:
        table, by_rule, flips = run_sets(names, store, shapes, args.one)
        vt = run_violates(store, shapes, args.rule) if args.violates else None
    print(f"{'shape':<10}{'variants':>10}{'flips':>7}  rules that flip most")
    tot = [0, 0]
    for s in shapes:
        n, k = table[s]
        tot = [tot[0] + n, tot[1] + k]
        print(f"{s:<10}{n:>10}{k:>7}  {', '.join(f'{r} {c}' for r, c in by_rule[s].most_common(5))}")
    print(f"{'ALL':<10}{tot[0]:>10}{tot[1]:>7}   ({len(names)} sets, {time.time() - t0:.0f} s)")
    if vt is not None:
        table_v, lost = vt
        print(f"\nviolates examples: {'shape':<10}{'rewritten':>10}{'still fire':>11}")
        for s in shapes:
            print(f"                   {s:<10}{table_v[s][0]:>10}{table_v[s][1]:>11}")
        if args.verbose:
            for rid, i, s in lost:
                print(f"SILENT {rid} example {i} [{s}]")
    if args.verbose:
        for f in flips:
            print(f"FLIP {f['set']} {f['case']} [{f['shape']}] line {f['line']} {f['rule']} {f['severity']}: "
                  f"{f['text'][:140]!r} — {f['message'][:90]}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"table": table, "flips": flips, "violates": vt[0] if vt else None}, fh, ensure_ascii=False,
                      indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
