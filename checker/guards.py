"""The shared sentence guards: shapes in which a sentence names a figure, a body or a place without stating it as
the document's own rule or act (cue lists and examples in ``rules/guards.yaml``).

- ``history_paren``: inside a parenthesis telling what was before — "(trước đó thuộc huyện Sơn Dã)", "(… cũ)";
- ``reported_quote``: inside quotation marks after a word that reports a name — 'vẫn ghi tên "thành phố Quỳnh Sa"';
- ``law_paren``: inside a parenthesis restating the law's requirement — "(doanh nghiệp … phải có ít nhất …)";
- ``before_reform``: in a clause before the sentence's turning point of the 2025 reform — "Sáu tháng đầu năm, …
  theo chỉ đạo của UBND thành phố …; từ tháng 7/2025, …";
- ``remedied``: before the words of a sentence that tell the fault it recounts was dealt with — "… chỉ được trả lời
  sau 19 ngày; … Ủy ban nhân dân xã đã kiểm điểm, rút kinh nghiệm";
- ``law_wording``: the Law's own generic enumeration of commune-level units ("xã, phường, thị trấn") in a sentence
  that sends the reader to the Law or a Decree — "Ban Thanh tra nhân dân ở xã, phường, thị trấn … thực hiện theo
  Luật Thực hiện dân chủ ở cơ sở": the Law's wording, not the document's own address;
- ``repealed``: inside what an amending text repeals — "Bãi bỏ Điều 12 (mức phạt tiền …)", up to what replaces it;
- ``question``: inside a question — a sentence ending "?", or "… hỏi có được biểu quyết trực tuyến … hay không".

``keep(rule, ctx, findings)`` is called by the conflict, role_concurrency and outdated_reference kinds on every
finding: a finding whose quoted text («found» of its message) sits, at every place it appears in its paragraph, inside
a span one of the guards of the rule's kind marks, is dropped. A finding whose quote is not found in its paragraph
(a whole-document finding, a message quoting the law) is kept. A rule opts out of a guard by name:
``detect: {guards_off: [law_paren]}``.

Pure functions over a paragraph's text and the finding's quote; the cue lists are data.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable

from checker.dates import find_dates
from checker.kinds import check_cues, cue_regex
from checker.ruledata import RULES_DIR, read_yaml
from checker.text import match_key
from kb.vntext import fold

GUARDS_FILE = "guards.yaml"
NAMES = ("history_paren", "reported_quote", "law_paren", "before_reform", "negation", "exception", "remedied",
         "law_wording", "judged_fault", "rejected_view", "repealed", "question")
_CUE_KEYS = {"history_paren": ("opens", "closes"), "reported_quote": ("lead",), "law_paren": ("cues",),
             "before_reform": ("pivots",), "negation": ("before", "carries", "joins"), "exception": ("opens",),
             "remedied": ("cues", "headings", "redo", "later_acts"), "law_wording": ("enumerations", "cites"),
             "judged_fault": ("judges", "past"), "rejected_view": ("views", "rejects"),
             "repealed": ("opens", "objects", "stops"), "question": ("asks", "closes")}


@lru_cache(maxsize=1)
def guard_data() -> dict[str, Any]:
    data = read_yaml(RULES_DIR / GUARDS_FILE) or {}
    for name in NAMES:
        g = data.get(name)
        if not isinstance(g, dict) or not isinstance(g.get("kinds"), list):
            raise ValueError(f"{GUARDS_FILE}: thiếu guard «{name}» hoặc 'kinds'")
        for key in _CUE_KEYS[name]:
            check_cues(g.get(key), f"{name}.{key}")
    return data


def strip_off(detect: dict) -> dict:
    """``detect`` without its ``guards_off`` (validated here: names of guards), for a kind's own key check."""
    if "guards_off" not in detect:
        return detect
    off = detect["guards_off"]
    if not isinstance(off, list) or not all(o in NAMES for o in off):
        raise ValueError(f"'guards_off' phải là danh sách tên trong: {', '.join(NAMES)}")
    return {k: v for k, v in detect.items() if k != "guards_off"}


# -- spans a guard marks in a paragraph's match key ------------------------------------------------------------

_PAREN = re.compile(r"\(([^()]{1,200})\)")
_QUOTE = re.compile(r"[\"“”«»„']([^\"“”«»„']{2,120})[\"“”«»„']")
_CLAUSE_CUT = re.compile(r"[;,]")
_SENT_CUT = re.compile(r"[.!?](?:\s|$)")


def _cues(name: str, key: str) -> re.Pattern:
    return cue_regex(tuple(guard_data()[name][key]))


def history_paren(key: str) -> list[tuple[int, int]]:
    out = []
    opens, closes = _cues("history_paren", "opens"), _cues("history_paren", "closes")
    for m in _PAREN.finditer(key):
        inner = m.group(1)
        head = re.match(r"\W*", inner).end()
        o = opens.search(inner, head)
        c = [x for x in closes.finditer(inner) if not inner[x.end():].strip(" .,;")]
        if (o and o.start() == head) or c:
            out.append(m.span())
    return out


def reported_quote(key: str) -> list[tuple[int, int]]:
    lead = _cues("reported_quote", "lead")
    out = []
    for m in _QUOTE.finditer(key):
        before = key[max(0, m.start() - 30):m.start()]
        if re.search(r"(?:" + lead.pattern + r")\s*:?\s*$", before):
            out.append(m.span())
    return out


def law_paren(key: str) -> list[tuple[int, int]]:
    cues = _cues("law_paren", "cues")
    return [m.span() for m in _PAREN.finditer(key) if cues.search(m.group(1))]


def before_reform(key: str) -> list[tuple[int, int]]:
    """The clauses of each sentence before its turning point (a clause opening with a pivot)."""
    pivots = _cues("before_reform", "pivots")
    out = []
    start = 0
    for end in [m.end() for m in _SENT_CUT.finditer(key)] + [len(key)]:
        sent = key[start:end]
        cuts = [0] + [m.end() for m in _CLAUSE_CUT.finditer(sent)]
        for c in cuts[1:]:
            if re.match(r"\s*(?:" + pivots.pattern + r")", sent[c:]):
                out.append((start, start + c))
                break
        start = end
    return out


def exception(key: str) -> list[tuple[int, int]]:
    """Each clause (cut at "," or ";") opening with an exception cue, to the end of its sentence's clause."""
    opens = _cues("exception", "opens")
    out = []
    for m in re.finditer(r"(?:^|[,;(]\s*)(" + opens.pattern + r")", key):
        end = re.search(r"[;.!?)]", key[m.end(1):])
        out.append((m.start(1), m.end(1) + (end.start() if end else len(key) - m.end(1))))
    return out


def remedied(key: str) -> list[tuple[int, int]]:
    """Each sentence that goes on to tell the fault was dealt with ("…, chỉ được trả lời sau 19 ngày; … Ủy ban nhân dân
    xã đã kiểm điểm, rút kinh nghiệm."): from the sentence's start to the cue — from the start of the sentence before
    it when the remedy is told in a sentence of its own."""
    # s23-pr: the consequence drawn by the judging body ("… nên UBND xã không công nhận") or the step done again at a
    # later, dated time ("… năm 2024 thôn niêm yết lại 32 ngày") tells the figure before it as the lapse too (``redo``);
    # one cached alternation of both lists
    g = guard_data()["remedied"]
    cues = cue_regex(tuple(g["cues"]) + tuple(g.get("redo") or ()))
    out = []
    start, prev = 0, None
    for end in [m.end() for m in _SENT_CUT.finditer(key)] + [len(key)]:
        m = cues.search(key, start, end)
        if m:
            # s19-p2 (lw7_14 L22): the remedy told in the sentence right after the lapse, in the same paragraph
            # ("… 02 kiến nghị được trả lời sau 17 và 21 ngày. Ban đã có văn bản đôn đốc; Chủ tịch … đã chỉ đạo
            # khắc phục") covers that sentence too
            out.append((start if prev is None else prev, m.start()))
        prev = start
        start = end
    return out


def law_wording(key: str) -> list[tuple[int, int]]:
    """s20-pr (u59-08 L47): each generic enumeration of the Law ("xã, phường, thị trấn") in a sentence that names the
    Law or a Decree as what applies ("… thực hiện theo Luật Thực hiện dân chủ ở cơ sở")."""
    enums, cites = _cues("law_wording", "enumerations"), _cues("law_wording", "cites")
    out = []
    start = 0
    for end in [m.end() for m in _SENT_CUT.finditer(key)] + [len(key)]:
        if cites.search(key, start, end):
            out += [m.span() for m in enums.finditer(key, start, end)]
        start = end
    return out


def judged_fault(key: str) -> list[tuple[int, int]]:
    """s21-pr3 (d01 L15): each sentence that tells a past time or a finding and judges a figure against the law's
    ("Năm 2024, … chỉ được niêm yết 10 ngày, ngắn hơn thời hạn 30 ngày liên tục"): from the sentence's start to the
    judgement — the figure before it is the lapse the report names."""
    judges, past = _cues("judged_fault", "judges"), _cues("judged_fault", "past")
    out = []
    start = 0
    for end in [m.end() for m in _SENT_CUT.finditer(key)] + [len(key)]:
        m = judges.search(key, start, end)
        if m and past.search(key, start, end):
            out.append((start, m.start()))
        start = end
    return out


def rejected_view(key: str) -> list[tuple[int, int]]:
    """s21-pr3 (d02 L21): in each sentence, from a reported view ("có người cho rằng …") to a later clause setting it
    aside for the law's rule ("… nay thôn đã thống nhất làm đúng luật là …", "… không được hội nghị chấp nhận")."""
    views, rejects = _cues("rejected_view", "views"), _cues("rejected_view", "rejects")
    out = []
    start = 0
    for end in [m.end() for m in _SENT_CUT.finditer(key)] + [len(key)]:
        v = views.search(key, start, end)
        r = rejects.search(key, v.end(), end) if v else None
        if v and r:
            out.append((v.start(), r.start()))
        start = end
    return out


def repealed(key: str) -> list[tuple[int, int]]:
    """s23-pr (lw10-02 L20): each repeal whose object names what is repealed ("Bãi bỏ Điều 12 (mức phạt tiền …)"), to
    the end of its sentence's clause (";", ".", ":"), to the words that bring the replacement in ("…, thay bằng …") or
    to a time ("… sau 20 ngày", "kể từ …")."""
    opens, objects, stops = _cues("repealed", "opens"), _cues("repealed", "objects"), _cues("repealed", "stops")
    out = []
    for m in re.finditer(r"(?:^|[,;(:]\s*|\d[.)]\s*|\s)(" + opens.pattern + r")\s+(?=" + objects.pattern + r")", key):
        end = re.search(r"[;.!?:](?:\s|$)|[;:]", key[m.end(1):])
        stop = m.end(1) + (end.start() if end else len(key) - m.end(1))
        s = stops.search(key, m.end(1), stop)
        out.append((m.start(1), s.start() if s else stop))
    return out


def question(key: str) -> list[tuple[int, int]]:
    """s23-pr (lw10-16 L9): each sentence ending in "?", and each indirect question — from an asking word to its
    closing "hay không" in the same sentence ("… hỏi có được biểu quyết trực tuyến … hay không")."""
    asks, closes = _cues("question", "asks"), _cues("question", "closes")
    out = []
    start = 0
    for end in [m.end() for m in _SENT_CUT.finditer(key)] + [len(key)]:
        if key[start:end].rstrip().endswith("?"):
            out.append((start, end))
        else:
            for a in asks.finditer(key, start, end):
                c = closes.search(key, a.end(), end)
                if c:
                    out.append((a.start(), c.end()))
                    break
        start = end
    return out


def _negation_before() -> re.Pattern:
    """The negation that ends right before the found words — directly, or through a verb that hands a task on and the
    earlier members of a list («không được giao cho Bí thư chi bộ hoặc …»)."""
    g = guard_data()["negation"]
    before = _cues("negation", "before").pattern
    if not g.get("carries"):
        return re.compile(r"(?:" + before + r")\s+$")
    carries, joins = _cues("negation", "carries").pattern, _cues("negation", "joins").pattern
    # a comma joins a list too; the cue "," cannot (a cue may not touch a word, and a list's comma does)
    member = r"(?:[^\s.;:!?(),]+\s+){0,6}?[^\s.;:!?(),]+\s*(?:" + joins + r"|,)\s*"
    return re.compile(r"(?:" + before + r")\s+(?:(?:" + carries + r")\s+(?:" + member + r"){0,3})?$")


READERS = {"history_paren": history_paren, "reported_quote": reported_quote, "law_paren": law_paren,
           "before_reform": before_reform, "exception": exception,
           "remedied": remedied, "law_wording": law_wording, "judged_fault": judged_fault,
           "rejected_view": rejected_view, "repealed": repealed, "question": question}


def guarded_by(text: str, found: str, kind: str, off: Iterable[str] = ()) -> str | None:
    """The guard that covers every place ``found`` appears in ``text`` (None when one is uncovered or none is)."""
    key, fkey = match_key(text), match_key(found).strip()
    if len(fkey) < 3:
        return None
    places = [m.span() for m in re.finditer(re.escape(fkey), key)]
    if not places:
        return None
    spans: list[tuple[str, int, int]] = []
    for name in NAMES:
        if name in off or name not in READERS or kind not in guard_data()[name]["kinds"]:
            continue
        spans += [(name, a, b) for a, b in READERS[name](key)]
    neg = None
    if "negation" not in off and kind in guard_data()["negation"]["kinds"]:
        neg = _negation_before()
    names = []
    for a, b in places:
        hit = next((n for n, x, y in spans if x <= a and b <= y), None)
        if hit is None and neg is not None and neg.search(key[max(0, a - 90):a]):
            hit = "negation"
        if hit is None:
            return None
        names.append(hit)
    return names[0]


_FOUND = re.compile(r"«([^«»]{3,200})»")


def remedied_section(ctx, para) -> bool:
    """s21-pr2 (lw6-11 L32): ``para`` recounts faults already dealt with — its own opening label, or the heading of the
    Roman-numbered section it sits in, names them ("III. THIẾU SÓT ĐÃ KHẮC PHỤC", "4. Thiếu sót đã khắc phục: …")."""
    heads = _cues("remedied", "headings")
    key = match_key(para.text)
    label = re.match(r"^\s*(?:[ivxlc]+|\d{1,2}|[a-zđ])?[.)]?\s*[^:.;]{0,70}:", key)
    if label and heads.search(label.group(0)):
        return True
    paras = ctx.doc.paras
    k = paras.index(para) if para in paras else -1
    for q in reversed(paras[max(0, k - 25):k] if k > 0 else []):
        qk = match_key(q.text)
        if len(qk) <= 90 and re.match(r"^\s*[ivxlc]+[.)]\s+\S", qk):
            return bool(heads.search(qk))
    return False


#: words too common to show two sentences name the same thing (bodies, units, dates, auxiliaries)
_GENERIC = frozenset("uy ban nhan dan xa phuong thon to ngay thang nam da duoc va cua tai cac nhung lai du day theo "
                     "voi cho trong khi thi la co khong mot hai so".split())
_SET_AS_RULE = re.compile(r"\b(?:thi|phai|se|can|neu|truong\s+hop)\b")


def _pairs(folded: str) -> set[str]:
    words = re.findall(r"[a-z]+", folded)
    return {f"{a} {b}" for a, b in zip(words, words[1:]) if a not in _GENERIC and b not in _GENERIC}


def _sentence_at(folded: str, at: int) -> str:
    starts = [0] + [m.end() for m in _SENT_CUT.finditer(folded) if m.end() <= at]
    end = _SENT_CUT.search(folded, at)
    return folded[starts[-1]:end.end() if end else len(folded)]


def redone_later(ctx, para, found: str) -> bool:
    """s24 (lawful12 lw12_05 L13): the lapse told in ``para`` (its quoted words ``found``) is done again later in the
    document — a sentence after it that does the same act again («niêm yết lại», «trả lời lại»), told as done (a full
    date or «đã», not «thì / phải / sẽ»), and names the same thing (two word pairs of the lapse's sentence that are no
    generic words): the document recounts a lapse it put right (``remedied.later_acts``, examples beside them)."""
    text = fold(para.text)
    at = text.find(fold(found))
    if at < 0:
        return False
    lapse = _sentence_at(text, at)
    acts = [fold(a) for a in guard_data()["remedied"].get("later_acts") or ()]
    acts = [a for a in acts if re.search(r"\b" + re.escape(a) + r"\b", lapse)]
    if not acts:
        return False
    own = _pairs(lapse) - {p for a in acts for p in _pairs(a)}
    paras = ctx.doc.paras
    k = next((i for i, q in enumerate(paras) if q is para), -1)
    for q in paras[k + 1:] if k >= 0 else ():
        qt = fold(q.text)
        for a in acts:
            for m in re.finditer(r"\b" + re.escape(a) + r"\s+lai\b", qt):
                s = _sentence_at(qt, m.start())
                if _SET_AS_RULE.search(s) or not (find_dates(s) or re.search(r"\bda\b", s)):
                    continue
                if len(own & _pairs(s)) >= 2:
                    return True
    return False


def keep(rule, ctx, findings: list) -> list:
    """``findings`` without those a shared guard covers (see the module's doc)."""
    if not findings:
        return findings
    off = tuple(rule.detect.get("guards_off", ()))
    out = []
    for f in findings:
        m = _FOUND.search(f.message)
        para = ctx.doc.para_at_line(f.evidence.line) if m else None
        if para is not None and guarded_by(para.text, m.group(1), rule.kind, off):
            continue
        if "remedied" not in off and rule.kind in guard_data()["remedied"]["kinds"]:
            para = para or ctx.doc.para_at_line(f.evidence.line)
            if para is not None and (remedied_section(ctx, para) or (m and redone_later(ctx, para, m.group(1)))):
                continue
        out.append(f)
    return out
