"""Internal consistency — members, listed items, names, restated counts, and the structure and numbering
of the document's own articles.

2. ``names``: a place written two ways that differ only in diacritics ("phường
   Phù Liễn" / "phường Phù Liên"), or a body under its official name and under
   another ("Ban Giám sát đầu tư của cộng đồng" / "… đầu tư cộng đồng").
4. ``numbering``: the same Điều, Roman section or clause number twice; an
   attached document (a Quy chế after its Quyết định) starts its own numbering.
5. ``members``: "gồm 03 thành viên:" followed by a list of four people; ``listed``: "tại 12
   thôn: Phước Thượng, …" naming eleven, "05 điều … gồm Điều 3, Điều 5 và Điều 9".
6. ``restated``: one count of the community stated twice with two values ("Tổ dân
   phố số 5 có 164 hộ" … "Tổng số hộ trong tổ dân phố: 146 hộ").

7. ``impossible_dates``, ``basis_after``, ``lead_days``, ``own_clauses``, ``listed_dates``,
   ``body_sizes`` (IC-50..IC-55): a date no calendar has; a basis dated after the document; a
   date said to be N days before an event whose date is given elsewhere; "khoản N Điều này"
   beyond the article's clauses; a number of meetings against their listed dates; the Ban
   Thanh tra nhân dân stated with two sizes.

8. ``absent_count``, ``rest_parts``, ``rate_base``, ``vote_totals``, ``listed_parts`` (IC-72..IC-76): the absent
   against the whole less the present; parts that end with the rest ("còn 2 đơn"); a rate of a named base the
   document states once ("Tỷ lệ trên số đại biểu có mặt"); a hand vote's three counts against those present; a
   count with "gồm:" and its parts one per list line, or parts then "tổng cộng".
"""
from __future__ import annotations

import re
from collections import Counter

from checker.basis import vn_date
from checker.kinds import Context, cue_regex, finding
from checker.kinds.consistency.common import (
    BULLET, _BULLET_ITEM, covers, _ev, _labelled_number, _num, NUMBER, _PART_OF_PART, part_of_part, _rule_cells, _style, _vn_int,
)
from checker.kinds.consistency.stated import (
    clauses, disagreeing, FORMER as _FORMER, SPELLED_SCALE, spelled_amount, frequencies, one_value, own_staff, own_villages, present_counts, TIED_FLOOR, tied_lengths, tied_sizes, UNIT_KINDS, unit_kind,
    UNITS_ELSEWHERE as _UNITS_ELSEWHERE,
)
from checker.model import Evidence, Finding, Rule
from checker.quantities import spelled_value
from checker.tables import cells as row_cells
from checker.text import ATTACHED, digits_for_words, fold_keep_length, normalize_tones, UPPER
from corpus.official import ARTICLE, CHAPTER, ROMAN
from corpus.official import PART as DIVISION  # "Phần I", "PHẦN THỨ HAI" (``PART`` below is a sum's part)
from kb.vntext import fold


PLACE = re.compile(
    # s23-ic (u72-12 l.21): a school or health station is named after its place — "Trường Mầm non Ngọc Trì" beside
    # "Trường Mầm non Ngọc Trĩ" is one name written two ways
    r"(?<![\w])(?i:(?P<kw>phường|xã|thôn|bản|ấp|tổ dân phố|thị trấn|huyện|quận|tỉnh|thành phố|đặc khu|làng|xóm|"
    r"trường (?:mầm non|mẫu giáo|tiểu học|trung học cơ sở|trung học phổ thông|thcs|thpt|phổ thông dân tộc bán trú|"
    r"phổ thông dân tộc nội trú|tiểu học và trung học cơ sở|th và thcs|liên cấp)|trạm y tế))"
    r"\s+(?P<name>[^\W\d_][^\W\d_]*(?:\s+[^\W\d_]+){0,3})"
)
CLAUSE_NO = re.compile(r"^(\d{1,2})\.\s+\S")


#: The two kinds of residential community (Law 10/2022 Art. 2; Decree 61/2023): a village and a street group.
_COMMUNITY = re.compile(r"(?<![\w])(?i:(?P<kw>thôn|tổ dân phố))\s+(?P<name>[^\W\d_][^\W\d_]*(?:\s+[^\W\d_]+){0,3})")
#: A text that turns a village into a street group or re-draws them: both kinds may then carry one name.
_KIND_CHANGED = re.compile(r"(?<!\w)(?:chuyen\s+(?:thon\s+)?thanh|doi\s+ten|sap\s+xep|sap\s+nhap|hop\s+nhat|nhap|thanh\s+lap\s+(?:cac\s+)?(?:thon|to\s+dan\s+pho)|"
                           r"giai\s+the|truoc\s+day|chia\s+tach)(?!\w)")


def _community_kind_slips(rule: Rule, ctx: Context) -> list[Finding]:
    """s22-ic (u70-06 l.18): one community named as a village in most places ("Hương ước thôn Đông Rạ", "Trưởng thôn
    Đông Rạ") and as a street group in another ("Quy ước tổ dân phố Đông Rạ"): a community is either a thôn or a tổ
    dân phố, so one of the two is a slip. The kind written fewer times is reported; silent when both are written
    equally often, and when the text turns villages into street groups, renames or re-draws them."""
    if any(_KIND_CHANGED.search(p.folded) or _FORMER.search(p.text) for p in ctx.doc.paras):
        return []
    uses: dict[str, dict[str, list]] = {}
    for p in ctx.doc.paras:
        for m in _COMMUNITY.finditer(p.text):
            keep = []
            for w in m.group("name").split():
                if not w[:1].isupper():
                    break
                keep.append(w)
            if not keep or all(w.isupper() for w in keep) and len(keep) > 1 and p.zone == "header":
                continue
            name = " ".join(keep)
            kind = fold(m.group("kw")).lower()
            uses.setdefault(fold(normalize_tones(name)).lower(), {}).setdefault(kind, []).append(
                (p, m.start(), m.start("name") + len(name)))
    out = []
    for kinds in uses.values():
        if len(kinds) != 2:
            continue
        (k1, u1), (k2, u2) = sorted(kinds.items(), key=lambda kv: len(kv[1]))
        if len(u1) >= len(u2):
            continue
        p0, a0, b0 = u2[0]
        for p, a, b in u1:
            out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b], usual=p0.text[a0:b0], count=len(u2)))
    return out


def check_names(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    places: dict[str, list[tuple[str, object, int, int]]] = {}
    for p in ctx.doc.paras:
        for m in PLACE.finditer(p.text):
            words = m.group("name").split()
            keep = []
            for w in words:  # a proper name: every syllable capitalised ("Phù Liễn", "PHÙ LIỄN")
                if not w[:1].isupper():
                    break
                keep.append(w)
            if not keep:
                continue
            name = " ".join(keep)
            end = m.start("name") + len(name)
            kw = m.group("kw").lower()
            key = f"{fold(kw)} {fold(name)}"
            places.setdefault(key, []).append((normalize_tones(name), p, m.start("name"), end))
    for key, uses in places.items():
        forms = Counter(u[0] for u in uses)
        if len(forms) < 2:
            continue
        main = forms.most_common(1)[0][0]
        main_name = next(u for u in uses if u[0] == main)
        for form, p, a, b in uses:
            if form == main:
                continue
            out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b],
                               usual=ctx.doc.paras[main_name[1].index - 1].text[main_name[2]:main_name[3]],
                               count=forms[main]))
    out += _person_names(rule, ctx)
    out += _one_letter_slips(rule, ctx, places)
    out += _community_kind_slips(rule, ctx)
    for body in ctx.lexicon.bodies:
        # s21-pr2 (lw6-09 L31): a variant that only leaves out a linking word of the name ("Ban Giám sát đầu tư cộng
        # đồng" for "… đầu tư của cộng đồng") is the same name written shorter, as an abbreviation is
        variants = tuple(v for v in body.variants if not v.split()[-1].isupper() and not _shortened(v, body.name))
        if not variants:
            continue
        canon, other = cue_regex((body.name,)), cue_regex(variants)
        canon_lines, var_hits = [], []
        for p in ctx.doc.paras:
            canon_spans = [(m.start(), m.end()) for m in canon.finditer(p.key)]
            canon_lines += [p.line_at(a) for a, _ in canon_spans]
            for m in other.finditer(p.key):
                if not any(a <= m.start() < b for a, b in canon_spans):
                    var_hits.append((p, m.start(), m.end()))
        if canon_lines and var_hits:
            seen_paras = set()
            for p, a, b in var_hits:
                if p.index in seen_paras:
                    continue
                seen_paras.add(p.index)
                out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b], usual=body.name,
                                   count=len(canon_lines)))
    return out


#: Linking words a drafter leaves out of a body's name without naming another body (folded).
_LINK_WORDS = {"cua", "ve", "va", "o", "tai", "cap"}


def _shortened(variant: str, name: str) -> bool:
    """``variant`` is ``name`` with one or more linking words left out, nothing else changed."""
    v, n = fold(variant.lower()).split(), fold(name.lower()).split()
    return v != n and [w for w in n if w not in _LINK_WORDS] == [w for w in v if w not in _LINK_WORDS]


#: s19-ic (u68-06 l.27): a person named with a title — "ông Vi Đức Lượng", "bà Hà Thị Lanh", "đồng chí …" — the full
#: name three to four capitalised syllables.
TITLED_NAME = re.compile(rf"(?<![\w])(?i:ông|bà|anh|chị|đồng\s+chí|đ/c)\s+(?P<name>[{UPPER}][^\W\d_]*(?:\s+[{UPPER}][^\W\d_]*){{2,3}})")


def _person_names(rule: Rule, ctx: Context) -> list[Finding]:
    """One person written with other tone marks once against a form used at least twice elsewhere ("ông Vi Đức Lượng"
    in Điều 1 and 2, "ông Vi Đức Lương" in Điều 3): the decision names someone else. Two forms used once each, or side
    by side in one paragraph (two people of near names), are left alone; "Hòa" / "Hoà" is one spelling."""
    names: dict[str, list[tuple[str, object, int, int]]] = {}
    for p in ctx.doc.paras:
        for m in TITLED_NAME.finditer(p.text):
            name = m.group("name")
            if not all(w[:1].isupper() and not w.isupper() for w in name.split()):
                continue  # "Ông Khổng Minh Tuệ" yes, "Bà CHỦ TỊCH UBND" no
            names.setdefault(fold(name).lower(), []).append((normalize_tones(name), p, m.start("name"), m.end("name")))
    out = []
    for uses in names.values():
        forms = Counter(u[0] for u in uses)
        if len(forms) != 2:
            continue
        (main, k), (_, k2) = forms.most_common(2)
        if k < 2 or k2 != 1:
            continue
        if any(len({u[0] for u in uses if u[1] is q}) > 1 for q in {id(u[1]): u[1] for u in uses}.values()):
            continue  # both forms in one paragraph: two people named side by side ("ông Lương Văn Tú …; ông Lương Văn Tư …")
        m0 = next(u for u in uses if u[0] == main)
        for form, p, a, b in uses:
            if form != main:
                out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b],
                                   usual=m0[1].text[m0[2]:m0[3]], count=k))
    return out



def _one_letter_off(a: str, b: str) -> bool:
    """Two folded names of as many words, one word differing by one letter inside it (not its first): "sa ngan" /
    "sa nhan", "tran van khai" / "tran van khoi" — a slip, where "Minh" / "Linh", "Tâm" / "Lâm" may be two people."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if len(x) != len(y) or len(x) < 3 or x[0] != y[0]:
        return False
    return sum(1 for c, d in zip(x, y) if c != d) == 1


def _one_letter_slips(rule: Rule, ctx: Context, places: dict) -> list[Finding]:
    """s21-ic2 (unseen39 n12 l.34, u54-10 l.22): a place or a titled person written once with one letter changed
    against a form written at least twice ("phường Sa Ngân" in the heading and body, "UBMTTQ phường Sa Nhân" in the
    signature; "ông Trần Văn Khải" four times, "ông Trần Văn Khởi" in the vote): the text names someone or somewhere
    else. Silent when both forms stand in one paragraph (two names side by side) or each is written more than once."""
    groups: dict[str, list[tuple[str, object, int, int]]] = {}
    for key, uses in places.items():  # "PHƯỜNG SA NGÂN" in the heading and "phường Sa Ngân" are one form
        groups.setdefault(key.lower(), []).extend((key.lower(), p, a, b) for _, p, a, b in uses)
    for p in ctx.doc.paras:
        for m in TITLED_NAME.finditer(p.text):
            name = m.group("name")
            if not all(w[:1].isupper() and not w.isupper() for w in name.split()):
                continue
            key = "người " + fold(name).lower()
            groups.setdefault(key, []).append((key, p, m.start("name"), m.end("name")))
    whole = fold("\n".join(ctx.doc.raw_lines)).lower()

    def written(name: str) -> int:  # the bare name anywhere: the heading in capitals, the place-and-date line
        return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", whole))

    keys = list(groups)
    out = []
    for k1 in keys:
        main = groups[k1]
        kw1, _, rest1 = k1.partition(" ")
        for k2 in keys:
            slip = groups[k2]
            kw2, _, rest2 = k2.partition(" ")
            if k2 == k1 or len(slip) != 1 or kw1 != kw2 or not _one_letter_off(rest1, rest2):
                continue
            if written(rest2) != 1 or written(rest1) < 2:
                continue
            _, p, a, b = slip[0]
            if any(q is p for _, q, *_ in main):
                continue  # both forms in one paragraph: two names side by side
            _, p0, a0, b0 = main[0]
            out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b], usual=p0.text[a0:b0], count=written(rest1)))
    return out


_ABOUT = re.compile(r"^[^;.()]{0,80}?(?<!\w)(?:về|ve)\s+(?:việc\s+|viec\s+)?(?P<about>[^;.()]{3,})")


def _about(m) -> str | None:
    """The first words of the title after a citation ("… về thực hiện Quy chế dân chủ …"), folded."""
    a = _ABOUT.match(m.para.key[m.end:m.end + 200])
    return " ".join(fold_keep_length(a.group("about")).split()[:5]) if a else None


def check_numbers(rule: Rule, ctx: Context) -> list[Finding]:
    """One document (same type, issuer mark and full date) cited under two different numbers."""
    groups: dict[tuple, list] = {}
    for m in ctx.mentions:
        ref = m.ref
        if ref is None or not ref.number or not ref.issued or len(ref.issued) != 10 or "/" not in ref.number:
            continue
        head, _, mark = ref.number.partition("/")
        if not head.isdigit():
            continue
        groups.setdefault((ref.doc_type, fold_keep_length(mark).replace(" ", ""), ref.issued), []).append(m)
    out = []
    for ms in groups.values():
        nums = Counter(m.ref.number for m in ms)
        if len(nums) < 2:
            continue
        main = nums.most_common(1)[0][0]
        first = next(m for m in ms if m.ref.number == main)
        for m in ms:
            if m.ref.number == main:
                continue
            a, b = _about(first), _about(m)
            if a and b and a != b:
                continue  # two documents of the same day on different matters
            if not (a and a == b) and abs(int(m.ref.number.partition("/")[0]) - int(main.partition("/")[0])) == 1:
                # 198/QĐ-UBND and 199/QĐ-UBND of one day: a batch signed together (the decision ending a Trưởng
                # thôn's term and the one naming the interim), unless both are cited with one title
                continue
            ev = ctx.doc.evidence(m.para, m.start, m.end)
            out.append(finding(rule, ctx, Evidence(ev.text, m.line, ev.end_line, ev.paragraph, ev.section),
                               found=m.ref.number, usual=main, date=vn_date(m.ref.issued), lines=str(first.line)))
    return out


#: A quotation of amended text opens at the start of a paragraph and closes at its end:
#: «1. Điều 3 được sửa đổi như sau: / "Điều 3. Việc cưới / 1. … / 2. …"».
QUOTE_OPEN = re.compile(r'^\s*["“„«]')
#: s19-p2 (lw8-07): an amending hương ước heads its articles with a note — "Điều 14 (sửa đổi). Khuyến học", "Điều 14a
#: (bổ sung). …", "Điều 20 (giữ nguyên, nhắc lại). …": still an article, its clauses numbered from 1 again.
ARTICLE_NOTED = re.compile(r"^(?:Điều|ĐIỀU)\s+(\d+[a-zđ]?)\s*\([^()]{1,40}\)\s*[.:]\s*(.*)$")
QUOTE_CLOSE = re.compile(r'["”»]\s*[.;,]?\s*$')


def check_numbering(rule: Rule, ctx: Context) -> list[Finding]:
    """The same Điều, Roman section or clause number twice. An article quoted in an amending text
    («Điều 3 được sửa đổi như sau: "Điều 3. … 1. … 2. …"») has its own numbering."""
    out = []
    articles: dict[str, int] = {}
    romans: dict[str, int] = {}
    clauses: dict[str, int] = {}
    quoted = False
    #: a numbered list opened by a sentence ending ":" inside a clause (a member list "1. Ông …"): its last number
    sub: int | None = None
    sub_open = False
    for p in ctx.doc.paras:
        t = p.text
        if ATTACHED.match(t):  # "QUY CHẾ … (Kèm theo Quyết định …)": a new document, its own numbering
            articles, romans, clauses = {}, {}, {}
            continue
        if p.zone != "body":
            continue
        if quoted or QUOTE_OPEN.match(t):
            quoted = not QUOTE_CLOSE.search(t)
            continue
        if DIVISION.match(t):
            romans, clauses = {}, {}
            continue
        if CHAPTER.match(t):  # "Chương II. …" then "1. …", "2. …": each chapter's own list
            clauses = {}
            continue
        am = ARTICLE.match(t) or ARTICLE_NOTED.match(t)
        rm = ROMAN.match(t) if not articles else None
        cm = CLAUSE_NO.match(t)
        was_open, sub_open = sub_open, t.rstrip().endswith(":") and not cm
        if am or rm:
            sub = None
        if am:
            label, seen, kind = am.group(1), articles, "Điều"
            clauses = {}
        elif rm:
            label, seen, kind = rm.group(1), romans, "Mục"
            clauses = {}
        elif cm:
            label, seen, kind = cm.group(1), clauses, "khoản"
        else:
            continue
        if kind == "khoản" and sub is not None:
            if label.isdigit() and int(label) == sub + 1:
                sub = int(label)  # the sub-list goes on: its own numbers
                continue
            sub = None  # a number out of its run: the sub-list is over, back to the clauses
        elif kind == "khoản" and was_open and clauses and label == "1":
            sub = 1  # "2. Tổ chức của Ban / Ban … gồm 05 thành viên: / 1. Ông … / 2. Bà …": a list under a clause
            continue
        if label in seen:
            out.append(finding(rule, ctx, ctx.doc.evidence(p, 0, min(len(t), 120)),
                               found=f"{kind} {label}", first=seen[label]))
        else:
            seen[label] = p.line
    return out


#: "gồm 03 thành viên:" — a stated count followed by the list of its members.
MEMBERS = re.compile(rf"(?:gồm|gom|có|co|bầu|bau)\s+(?P<n>\d{{1,2}})\s+(?P<noun>thành viên|thanh vien|người|nguoi|đồng chí|dong chi)"
                     # "bầu 05 thành viên Ban Thanh tra nhân dân gồm các ông, bà: …": the body named before the list
                     r"(?:\s+(?:của\s+|cua\s+)?(?:Ban|ban|Tổ|tổ|To|to)\s+[^:.;,\d]{2,50}?(?=\s+(?:gồm|gom|là|la|bao\s+gồm|bao\s+gom)\b))?"
                     r"\s*(?:,\s*cụ thể|,\s*cu the|,?\s+như sau|,?\s+nhu sau|,?\s+sau đây|,?\s+sau day"
                     r"|,?\s+(?:có|co)\s+(?:tên|ten|danh\s+sách|danh\s+sach)\s+(?:như\s+|nhu\s+)?(?:sau|dưới\s+đây|duoi\s+day)"
                     r"(?:\s+đây|\s+day)?"
                     # "gồm 05 thành viên, do đại diện Ban công tác Mặt trận làm Tổ trưởng:" — who leads, then the list
                     r"|,\s*(?:do|trong\s+đó|trong\s+do)\s+[^:.;\d]{3,80}?\s+(?:làm|lam|giữ|giu)\s+[^:.;\d]{3,40}"
                     # "có 07 thành viên gồm:", "gồm 05 người, là các ông, bà:" — the list's own word before the colon
                     r"|,?\s+(?:gồm\s+có|gom\s+co|bao\s+gồm|bao\s+gom|gồm|gom|là|la)"
                     r"(?:\s+(?:các|cac)\s+(?:ông|ong|bà|ba|đồng\s+chí|dong\s+chi)(?:\s*,\s*(?:bà|ba))?)?)?"
                     # s27-ic (u79-d09 l.21): a remark in parentheses before the colon — "gồm 07 thành viên có tên sau
                     # đây (mỗi người trúng cử được trên 50% … tán thành):"
                     r"(?:\s*\([^()]*\))?\s*:\s*(?P<rest>.*)$"
                     # "danh sách … gồm 11 thành viên (xác định năm 2024, …)." and a table of members below it
                     r"|(?:gồm|gom)\s+(?P<n2>\d{1,2})\s+(?:thành viên|thanh vien|người|nguoi)\s*(?:\([^()]*\))?\s*\.?\s*$(?P<table>)")
#: s22-ic (u69-01 l.18): the count named by the act that makes the body, its words about the body running on (a clause in
#: parentheses too: "(xã có 09 thôn; …)") up to the colon that hands over to the list — "Công nhận 07 thành viên Ban
#: Thanh tra nhân dân xã … được bầu tại hội nghị … (…), cụ thể:". No other count of people outside parentheses ("lên
#: 07 người"), no sentence end.
MEMBERS_LONG = re.compile(r"(?<!\w)(?:công nhận|cong nhan|bầu|bau|cử|gồm|gom|có|co|kiện toàn|kien toan|thành lập|thanh lap)\s+"
                          # s29-ic (u84-39 l.4): "công nhận 07 ông (bà) có tên sau trúng cử thành viên Ban …:" — the
                          # people counted as "ông (bà)", the list opened by "có tên sau" and what they were elected to
                          r"(?P<n>\d{1,2})\s+(?P<noun>thành viên|thanh vien|người|nguoi|(?:ông|ong)\s*(?:\(\s*(?:bà|ba)\s*\)|,\s*(?:bà|ba)))(?!\w)"
                          r"(?:(?!\d{1,3}\s+(?:thành viên|thanh vien|người|nguoi|ủy viên|uy vien)(?!\w))[^:.;()]|\([^()]*\)){0,240}?,?\s*(?:cụ thể|cu the|như sau|nhu sau|sau đây|sau day|gồm có|gom co|gồm|gom"
                          r"|(?:có|co)\s+(?:tên|ten)\s+(?:sau|dưới|duoi)(?:\s+(?:đây|day))?(?:[^:.;,()\d]{0,120}?"
                          # "… có tên sau đây trúng cử Trưởng thôn, Trưởng bản nhiệm kỳ 2025 - 2027:" (u48-06 l.19)
                          r"|\s+(?:trúng cử|trung cu|là|la|làm|lam|được bầu|duoc bau)\s[^:.;()]{0,120}?))"
                          r"(?:\s+(?:các|cac)\s+(?:ông|ong|đồng chí|dong chi)(?:\s*,\s*(?:bà|ba))?)?(?:\s*\([^()]*\))?\s*:\s*(?P<rest>)$(?P<n2>(?!x)x)?")
#: A table's header naming the people it lists: "Họ và tên", "Thành viên đại diện bên người lao động".
_PEOPLE_HEADER = re.compile(r"(?<!\w)(?:họ\s+(?:và\s+)?tên|ho\s+(?:va\s+)?ten|thành\s+viên|thanh\s+vien|người\s+trúng\s+cử|"
                            r"nguoi\s+trung\s+cu)(?!\w)", re.IGNORECASE)
_BARE_NAME = re.compile(r"[^\W\d_][^\W\d_]*(?:\s+[^\W\d_]+){1,4}")

#: s16-pa (unseen47 n03): "anh Sùng A Páo (Bí thư Chi đoàn)", "chị Lò Thị Hoa": a young member's form of address
PERSON = re.compile(r"(?<!\w)(?:ông|bà|anh|chị|ong|ba|đồng chí|dong chi|đ/c|d/c)\s+(?P<initial>[^\W\d_])", re.IGNORECASE)


#: A seat described, not named, in an inline list of members: "đại diện Chi hội Phụ nữ", "01 đại diện hộ gia
#: đình", "02 thành viên do … cử" — the names counted are then fewer than the members, lawfully.
UNNAMED_MEMBER = re.compile(r"(?<!\w)(?:đại diện|\d{1,2}\s+(?:người|thành viên|ủy viên|đại diện))(?!\w)",
                            re.IGNORECASE)


def _named_after_label(item: str) -> int:
    """s17-i2 (u61-03 l.29): a list line "Thành viên: bà A (Chi hội Phụ nữ), ông B (…), ông C và bà D" names several
    members after one role label; the people after the colon are counted when every comma- or "và"-separated part
    (parentheses set aside) opens with a form of address and a capitalised name. 0 when the line is not of that shape."""
    m = re.match(r"\s*[^\W\d_][^:()\d]{1,40}:\s*(?P<rest>.+)$", item, re.S)
    if not m:
        return 0
    rest = re.sub(r"\([^()]*\)", " ", m.group("rest"))
    parts = [x.strip() for x in re.split(r"\s*[,;]\s*|\s+và\s+", re.sub(r"[\s.;]+$", "", rest)) if x.strip()]
    if len(parts) < 2:
        return 0
    for x in parts:
        pm = PERSON.match(x)
        if not pm or not pm.group("initial").isupper():
            return 0
    return len(parts)


#: A person named with a form of address and nothing else: "Ông Hoàng Văn Lợi", "bà Chu Thị Mai".
_ADDRESSED_NAME = re.compile(r"(?:ông|bà|anh|chị|đồng\s+chí|đ/c)\s+[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){1,4}",
                             re.IGNORECASE)


def _persons_in_item(item: str) -> int:
    """s35-pw (lawful19 t12 l.14-15): a list item that names several members before its remark — "Ông A, Bà B, Ông C
    (đại diện người dân thôn Đông Thượng);", "Bà D và ông E - đại diện hộ gia đình" — counts each of them: the parts
    of its opening (parentheses set aside, up to a dash, ";" or ":") that are each a form of address and a capitalised
    name and nothing else. 0 unless at least two parts are names and every part before the last name is one."""
    head = re.split(r"\s[-–]\s|[;:]", re.sub(r"\([^()]*\)", " ", item), maxsplit=1)[0]
    parts = [x.strip(" .") for x in re.split(r"\s*,\s*|\s+(?:và|va)\s+", head) if x.strip(" .")]
    named = [bool(_ADDRESSED_NAME.fullmatch(x)) and all(w[0].isupper() for w in x.split()[1:]) for x in parts]
    if sum(named) < 2:
        return 0
    last = max(k for k, ok in enumerate(named) if ok)
    return last + 1 if all(named[:last + 1]) else 0


#: s26-ic (dev_lawful_acts dla_02 l.9): a numbered item that runs on into the next ones on the same line — "2. Bà A,
#: Chi hội trưởng …; 3. Anh B, Bí thư Chi đoàn thôn;", "4. Ông C và 5. Bà D, đại diện hộ gia đình" — the list's own
#: numbers state how many it names: each marker after ";", "," or "và" that opens a person and carries the next number.
_INLINE_ITEM = re.compile(r"(?:[;,]|\s(?:và|va))\s*(?P<k>\d{1,2})[.)]\s+(?=(?:ông|bà|anh|chị|đồng\s+chí|đ/c)\s+[^\W\d_])",
                          re.IGNORECASE)


def _inline_numbered(text: str, marker: str) -> int:
    """How many members a numbered list line names: 1, plus each following marker numbered in sequence."""
    k = int(re.match(r"\s*(\d{1,2})", marker).group(1))
    n = 1
    for m in _INLINE_ITEM.finditer(text, len(marker)):
        if int(m.group("k")) != k + n:
            break
        n += 1
    return n


#: s30-pr (u85-37 l.5): "Ban kiểm phiếu gồm 03 người: ông A (Trưởng ban), bà B, ông C; mời 02 đại diện hộ gia đình là
#: ông D, bà E chứng kiến": the people a later clause invites or has witness (Decree 59/2023 Art. 3.5.c: two households'
#: representatives "chứng kiến" the count) are no members of the body counted.
_NOT_MEMBERS = re.compile(r"(?<!\w)(?:mời|moi|khách mời|chứng kiến|chung kien|giúp việc|giup viec)(?!\w)", re.IGNORECASE)


def _members_part(rest: str) -> str:
    """The list after the count up to the first ";" clause that, before naming anyone, invites or calls witnesses."""
    segs = rest.split(";")
    for k, seg in enumerate(segs[1:], 1):
        pm = PERSON.search(seg)
        if _NOT_MEMBERS.search(seg[:pm.start()] if pm else seg):
            return ";".join(segs[:k])
    return rest


#: A list still open at the end of its line: the last member closed by ";" or ",".
_LIST_OPEN = re.compile(r"[;,]\s*$")


def _named_count(text: str) -> int:
    return sum(1 for x in PERSON.finditer(_members_part(text)) if x.group("initial").isupper())


def _list_goes_on(q, zone: str) -> str | None:
    """The words of paragraph ``q`` that carry on a member list cut above it, or None: a line of the same zone that
    opens with a person (a form of address and a capitalised name); a table row's first cell after its number that
    does; a numbered or bulleted line whose item opens with a lower-case form of address ("3. chị Hà Thị Nguyệt …":
    a wrapped line, no new item, never opens a sentence in lower case)."""
    if q.zone != zone:
        return None
    row = row_cells(q.text)
    if row is not None:
        cells = [c for c in row if c.strip() and not re.fullmatch(r"\d{1,2}[.)]?", c.strip())]
        text = cells[0] if cells else ""
    else:
        b = BULLET.match(q.text)
        text = q.text[b.end():] if b else q.text
        if b and not text.lstrip()[:1].islower():
            return None
    pm = PERSON.match(text.lstrip())
    return text.strip() if pm and pm.group("initial").isupper() else None


def _inline_list_run(paras: list, i: int, rest: str, n: int) -> tuple[str, object]:
    """s36-pr (lawful20 06 l.7-8): an inline list of members after the count that runs on over the next lines — "Tổ
    soạn thảo gồm 05 người: ông A (Trưởng thôn) - Tổ trưởng; bà B (…);" / "chị C (…); ông D (…); anh E (…)." — is
    one list: while the names read fall short of the count and the list is open (its line ends with ";" or ",", or it
    is cut at a table cell's end), a next line that carries it on (``_list_goes_on``) is read with it. A list that
    already names the count is never run on. (the joined text, its last paragraph)"""
    p = last = paras[i]
    cut = rest.find("|")
    texts = [rest[:cut].strip() if cut >= 0 else rest]
    for q in paras[i + 1:i + 8]:
        if _named_count(" ".join(texts)) >= n:
            break
        if not (_LIST_OPEN.search(texts[-1]) or cut >= 0 and len(texts) == 1):
            break
        more = _list_goes_on(q, p.zone)
        if more is None:
            break
        texts.append(more)
        last = q
    if last is p:
        return rest, p
    return " ".join(texts), last


def check_members(rule: Rule, ctx: Context) -> list[Finding]:
    out = []
    paras = ctx.doc.paras
    for i, p in enumerate(paras):
        # s29-ic (u84-39 l.4): a notice's "Căn cứ biên bản …, Ban Chấp hành … công nhận 07 ông (bà) có tên sau …:" is read
        # as its Căn cứ, its list below as the body: the act that counts, its list in the next zone
        if p.zone not in ("preamble", "body", "closing", "basis"):
            continue
        m = MEMBERS.search(p.key) or MEMBERS_LONG.search(p.key)
        if not m or p.zone == "basis" and not (m.group("n") and not p.text[m.start("rest"):].strip()
                                                and "," in p.key[:m.start()]):
            continue  # "Căn cứ Quyết định công nhận 07 …": a cited act, not the notice's own (its agent after a comma)
        zones = (p.zone, "preamble", "body") if p.zone == "basis" else (p.zone,)
        n = int(m.group("n") or m.group("n2"))
        rest = p.text[m.start("rest"):].strip() if m.group("n") else ""
        if m.group("n2"):  # no colon: only a table right below it lists the members
            nxt = paras[i + 1] if i + 1 < len(paras) else None
            if nxt is None or row_cells(nxt.text) is None:
                continue
        if rest:  # "gồm 03 thành viên: ông A, bà B, ông C và bà D"
            rest, last = _inline_list_run(paras, i, rest, n)
            listed = sum(1 for x in PERSON.finditer(_members_part(rest)) if x.group("initial").isupper())  # not "bà con"
            if not listed:  # "là các ông, bà: Lê Văn An, Trần Thị Bình, …": bare names, each two to five capitalised words
                items = [x.strip() for x in re.split(r"\s*[,;]\s*|\s+và\s+", re.sub(r"\s*[.;]?\s*$", "", rest))]
                if len(items) >= 2 and all(_BARE_NAME.fullmatch(x) and all(w[0].isupper() for w in x.split())
                                           for x in items):
                    listed = len(items)
            if listed < n and UNNAMED_MEMBER.search(PERSON.sub(" ", rest)):
                continue  # "ông A (Tổ trưởng); bà B; đại diện Chi hội Phụ nữ và 01 đại diện hộ": seats not named
        else:  # one member per following bulleted line
            listed, last, style, people = 0, p, None, False
            for q in paras[i + 1:]:
                row = row_cells(q.text)
                if row is not None and q.zone in zones and style in (None, "table"):
                    # a table of members: a header row, then one numbered row each ("| 1 | Bà A | … | Trưởng ban |";
                    # under a header "Họ và tên" the bare name "| 1 | Đặng Văn Chày | … |")
                    if re.fullmatch(r"\d{1,2}[.)]?", row[0]) and len(row) > 1 and (
                            any(PERSON.search(c) for c in row[1:])
                            or people and len(row) > people and _BARE_NAME.fullmatch(row[people])
                            and all(w[0].isupper() for w in row[people].split())):
                        listed, last, style = listed + 1, q, "table"
                        continue
                    if style is None and not any(re.search(r"\d", c) for c in row):
                        # the column of names: "Họ và tên" second, or "| TT | Thôn, bản | Người trúng cử |" (u48-06)
                        people = people or next((k for k, c in enumerate(row) if k and _PEOPLE_HEADER.search(c)), 0)
                        continue
                    break
                if m.group("n2"):
                    break
                b = BULLET.match(q.text)
                if not b or q.zone not in zones or style not in (None, _style(b.group(0))):
                    break
                item = q.key[b.end():]
                if re.match(r"(?:các|những|cac|nhung)\s", item) and not _named_after_label(q.text[b.end():]):
                    listed = -1  # "- các Ủy viên": a group of unknown size
                    break
                counted = re.match(r"(\d{1,2})\s+[^\W\d_]", item)  # "- 01 Trưởng ban"
                named = _named_after_label(q.text[b.end():])  # "- Thành viên: bà A (…), ông B, ông C và bà D"
                inline = _inline_numbered(q.text, b.group(0)) if _style(b.group(0)) == "number" else 1
                if inline == 1:  # "4. Bà A, Ông B (đại diện người dân thôn …)": one item naming two members
                    inline = _persons_in_item(q.text[b.end():]) or 1
                listed, last, style = (listed + (int(counted.group(1)) if counted else named or inline), q,
                                       _style(b.group(0)))
        last_line = last.end_line
        if listed == 0 and not m.group("n2") and not rest:
            # a table in space-aligned columns right below ("TT  Họ và tên  Chức danh" / "1   Hà Văn Lộc  Trưởng ban"):
            # an indented run may be read as one paragraph, so the raw lines are read
            listed, last_line = _spaced_member_rows(ctx, p.end_line)
        if listed < 2 or listed == n:
            continue
        ev = ctx.doc.evidence(p, m.start(), m.end())
        out.append(finding(rule, ctx, Evidence(ev.text, p.line_at(m.start()), max(ev.end_line, last_line),
                                               ev.paragraph, ev.section),
                           found=p.text[m.start():m.start("rest") if m.group("n") else m.end()].rstrip(" :"),
                           count=listed, stated=n))
    return out + _members_named_on(rule, ctx) + _member_list_heading(rule, ctx)


#: A heading over the member table: "I. DANH SÁCH THÀNH VIÊN", "Danh sách thành viên Ban Thanh tra nhân dân:" (folded).
_MEMBER_LIST_HEAD = re.compile(r"^\s*(?:[ivx]{1,4}[.)]|\d{1,2}[.)]|[a-z][.)])?\s*danh\s+sach\s+(?:cac\s+)?thanh\s+vien"
                               r"(?:\s+(?:ban|to)\s+[a-z ]{2,60}?)?\s*:?\s*$")
#: The body's size stated in prose: "Ban Thanh tra nhân dân gồm 09 thành viên họp phiên thứ nhất" (key text).
_SIZE_STATED = re.compile(r"(?<!\w)(?:gồm|có)\s+(?P<n>\d{1,2})\s+thành viên(?!\w)")


def _member_list_heading(rule: Rule, ctx: Context) -> list[Finding]:
    """The body's size stated in the text ("Ban Thanh tra nhân dân gồm 09 thành viên họp phiên thứ nhất"), and its
    members in a table under a heading of its own further down ("I. DANH SÁCH THÀNH VIÊN" over "| TT | Họ và tên |
    … |" and numbered rows): the rows are the members. Silent when the text states two sizes, the heading is not
    right above the table, or a row does not name a person."""
    paras = ctx.doc.paras
    stated = [(p, m) for p in paras if p.zone in ("preamble", "basis", "body", "closing") for m in _SIZE_STATED.finditer(p.key)]
    if len({int(m.group("n")) for _, m in stated}) != 1:
        return []
    n = int(stated[0][1].group("n"))
    out = []
    for i, h in enumerate(paras):
        if not _MEMBER_LIST_HEAD.match(h.folded) or row_cells(h.text) is not None:
            continue
        listed, last, people = 0, None, False
        for q in paras[i + 1:i + 40]:
            row = row_cells(q.text)
            if row is None:
                break
            if listed == 0 and not any(re.search(r"\d", c) for c in row):
                people = people or bool(len(row) > 1 and _PEOPLE_HEADER.search(row[1]))
                continue
            if _rule_cells(row):
                continue
            if not (re.fullmatch(r"\d{1,2}[.)]?", row[0]) and int(row[0].rstrip(".)")) == listed + 1 and len(row) > 1
                    and (PERSON.search(row[1]) or people and _BARE_NAME.fullmatch(row[1])
                         and all(w[0].isupper() for w in row[1].split()))):
                listed = -1
                break
            listed, last = listed + 1, q
        if listed < 2 or listed == n or not people:
            continue
        p, m = stated[0]
        ev = ctx.doc.evidence(p, m.start(), m.end())
        out.append(finding(rule, ctx, Evidence(ev.text, p.line_at(m.start()), max(ev.end_line, last.end_line),
                                               ev.paragraph, ev.section),
                           found=p.text[m.start():m.end()], count=listed, stated=n))
    return out


#: A numbered row of a member table in space-aligned columns: "  1   Hà Văn Lộc          Trưởng ban       Thôn …".
_SPACED_MEMBER_ROW = re.compile(r"^\s*(?P<k>\d{1,2})[.)]?\s+(?P<name>[^\W\d_]+(?:\s[^\W\d_]+){1,4})(?:\s{2,}\S.*)?\s*$")


def _spaced_member_rows(ctx: Context, after_line: int) -> tuple[int, int]:
    """(rows, last line) of a member table in space-aligned columns right after ``after_line``: a header naming
    people ("TT  Họ và tên …"), then rows numbered 1, 2, 3 … each opening with a capitalised name. (0, 0) when the
    lines below are not such a table."""
    lines = ctx.doc.raw_lines
    k = after_line
    if k >= len(lines) or re.search(r"\d", lines[k]) or not _PEOPLE_HEADER.search(lines[k]):
        return 0, 0
    rows, last = 0, 0
    for no in range(k + 1, min(len(lines), k + 40)):
        r = _SPACED_MEMBER_ROW.match(lines[no])
        if not r or int(r.group("k")) != rows + 1 or not all(w[0].isupper() for w in r.group("name").split()):
            break
        rows, last = rows + 1, no + 1
    return rows, last


#: A count of members whose names follow the colon, the list running on over the next lines: "… gồm 07 người do
#: Ban Chấp hành Công đoàn cơ sở cử, cụ thể:" / "Bên người lao động (05 người, do Ban Chấp hành Công đoàn cơ sở
#: cử): bà A - Chủ tịch Công đoàn;" (key text: lower case, marks kept).
MEMBERS_BY = re.compile(r"(?:(?:gồm|có)\s+(?P<n>\d{1,2})\s+(?:thành viên|người)\s+do\s+[^:.;\d()]{3,80}?\s+(?:cử|bầu|giới thiệu|chỉ định|phân công)"
                        r"(?:\s*,?\s*(?:cụ thể|như sau|gồm|gồm có|là các ông, bà|là))?"
                        r"|\(\s*(?P<n2>\d{1,2})\s+(?:thành viên|người)(?:\s*,\s*do\s+[^:.;\d()]{3,80}?\s+(?:cử|bầu|giới thiệu|chỉ định))?\s*\))"
                        r"\s*:\s*(?P<rest>.*)$")
_NAMED = re.compile(r"(?<!\w)(?:ông|bà)\s+(?P<initial>[^\W\d_])")


def _members_named_on(rule: Rule, ctx: Context) -> list[Finding]:
    """A count of members with their names after the colon, on its line and the unbulleted lines that go on
    naming people ("ông Dương Văn Lợi; bà Chu Thị Nga; …"): the names counted must be the count. Silent when a seat
    is described, not named ("đại diện …"), or the names run into a new labelled line ("Khách mời: …")."""
    out = []
    paras = ctx.doc.paras
    for i, p in enumerate(paras):
        if p.zone not in ("preamble", "body", "closing") or MEMBERS.search(p.key):
            continue
        m = MEMBERS_BY.search(p.key)
        if not m:
            continue
        n = int(m.group("n") or m.group("n2"))
        texts, last = [p.text[m.start("rest"):]], p
        for q in paras[i + 1:i + 6]:
            if q.zone != p.zone or not re.match(r"\s*(?:ông|bà|Ông|Bà)\s+[^\W\d_]", q.text) or ":" in q.text:
                break
            texts.append(q.text)
            last = q
        rest = " ".join(texts)
        if UNNAMED_MEMBER.search(_NAMED.sub(" ", rest)) or re.search(r"(?<!\w)(?:các|những)\s+(?:ông|bà)(?!\w)", rest):
            continue
        listed = sum(1 for x in re.finditer(r"(?<!\w)(?:ông|bà|Ông|Bà)\s+(?P<initial>[^\W\d_])", rest) if x.group("initial").isupper())
        if listed < 2 or listed == n:
            continue
        a = m.start()
        ev = ctx.doc.evidence(p, a, m.start("rest"))
        out.append(finding(rule, ctx, Evidence(ev.text, p.line_at(a), max(ev.end_line, last.end_line), ev.paragraph, ev.section),
                           found=p.text[a:m.start("rest")].strip(" :"), count=listed, stated=n))
    return out


#: "tại 12 thôn: Phước Thượng, Phước Hạ, …", "05 điều của Hương ước năm 2019 gồm Điều 3, Điều 5 và Điều 9":
#: a count of named things followed by their names. Between the noun and the list only words (and a year).
LISTED = re.compile(
    r"(?<![\d/.,])(?P<n>\d{1,2})(?:\s*\([^()\d]*\))?\s+(?P<noun>tổ dân phố|thôn|bản|làng|xóm|ấp|khu phố|xã|phường|"
    r"điều|cụm dân cư|cụm|đơn vị|cơ quan|trường)(?!\w)"
    r"(?P<mid>(?:[^.;:()\d\n]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?)"
    r"(?:\s*:\s*|\s*,?\s+(?:gồm có|gồm|bao gồm|là)\s*:?\s*)"
    r"(?P<list>[^.;:()\n]+?)\s*(?=[.;]|$)", re.IGNORECASE)
#: "05 điều (Điều 3, 5 và 9)", "03 thôn (Nà Lừa, Nà Cạn và Bản Chang)": the list in parentheses.
LISTED_PAREN = re.compile(
    r"(?<![\d/.,])(?P<n>\d{1,2})\s+(?P<noun>tổ dân phố|thôn|bản|làng|xóm|ấp|khu phố|xã|phường|điều|cụm dân cư|cụm|"
    r"đơn vị|cơ quan|trường)(?!\w)(?P<mid>(?:[^.;:()\d\n]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?)\s*\(\s*(?:gồm\s*:?\s*)?"
    r"(?P<list>[^()\n]+?)\s*\)", re.IGNORECASE)
LIST_SPLIT = re.compile(r"\s*,\s*|\s+và\s+")
ARTICLE_ITEM = re.compile(r"^(?:Điều|điều)\s+\d{1,3}[a-zđ]?$")
BARE_NUMBER = re.compile(r"^\d{1,3}[a-zđ]?$")  # "Điều 3, 5 và 9": the article word said once
_KIND_WORDS = re.compile(r"^(?:thôn|bản|làng|xóm|ấp|tổ dân phố|khu phố|xã|phường|cụm|trường|cơ quan|đơn vị)\s+",
                         re.IGNORECASE)


#: Words no proper name opens with: in a text in capitals ("TỔ CHỨC HỘI NGHỊ Ở 03 THÔN (MỖI THÔN 01 BUỔI, TRONG
#: THÁNG 10)") the case of a word says nothing, and "MỖI THÔN 01 BUỔI" is no thôn's name.
_NOT_A_NAME_START = frozenset({"mỗi", "trong", "từ", "đến", "tại", "theo", "với", "cho", "các", "những", "và", "hoặc",
                               "của", "vào", "sau", "trước", "khi", "nếu", "để", "ngày", "tháng", "năm", "gồm", "có"})


def _name_item(item: str) -> bool:
    """A named place or body: capitalised words, perhaps after its kind and with a number ("thôn Bình
    Giang 1", "tổ dân phố số 5"); at most six words, not opening with a function word (``_NOT_A_NAME_START``)."""
    words = _KIND_WORDS.sub("", item).split()
    if not words or len(words) > 6 or words[0].lower() in _NOT_A_NAME_START:
        return False
    if words[0].lower() == "số":
        return len(words) == 2 and words[1].isdigit()
    return words[0][0].isupper() and all(w[0].isupper() or w.isdigit() for w in words)


LIST_TAIL = re.compile(r"(?:các|những|v\.v|vv|khác|\.\.\.|…)", re.IGNORECASE)


def _parens_blanked(text: str) -> str:
    """Parentheses blanked to spaces of the same length: "Đồng Me (120 hộ), Bàu Sen" lists two names."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)


def check_listed(rule: Rule, ctx: Context) -> list[Finding]:
    """A stated count of places, articles or bodies followed by the list of their names, which has a
    different number of names. The list may go on in the next paragraph when the reader cut it
    ("… gồm Điều 3, Điều 5 và" / "Điều 9.")."""
    out = []
    paras = ctx.doc.paras
    for i, p in enumerate(paras):
        if p.zone not in ("preamble", "body", "closing", "basis"):
            continue
        text = p.text
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        if nxt is not None and not re.search(r"[.;:!?]\s*$", text) and nxt.zone == p.zone:
            text = text + " " + nxt.text
        for m in [*LISTED.finditer(_parens_blanked(text)), *LISTED_PAREN.finditer(text)]:
            n = int(m.group("n"))
            items = [x.strip() for x in LIST_SPLIT.split(m.group("list").strip()) if x.strip()]
            if n < 2 or len(items) < 2 or len(items) == n or LIST_TAIL.search(m.group("list")):
                continue
            article = m.group("noun").lower() == "điều"
            if article:
                ok = bool(ARTICLE_ITEM.match(items[0])) and all(ARTICLE_ITEM.match(x) or BARE_NUMBER.match(x)
                                                                for x in items[1:])
            else:
                ok = all(_name_item(x) for x in items)
            if not ok:
                continue
            end = min(m.end(), len(p.text))
            ev = ctx.doc.evidence(p, m.start(), end)
            last = nxt.end_line if m.end() > len(p.text) and nxt is not None else ev.end_line
            out.append(finding(rule, ctx, Evidence(ev.text, p.line_at(m.start()), last, ev.paragraph, ev.section),
                               found=text[m.start():m.end("noun")], count=len(items), stated=n,
                               noun=m.group("noun").lower()))
    return out + _announced_items(rule, ctx) + _answered_items(rule, ctx)


# -- an announced number of items against the list that follows (s18-ic) ---------------------------------------------
#: Nouns of things a plan, report or letter enumerates (folded): "03 hình thức sau:", "04 nội dung chính:", "05
#: nhiệm vụ trọng tâm như sau:". People are IC-05's; places and articles are read above.
_ITEM_NOUNS = (r"noi\s+dung|hinh\s+thuc|cach\s+thuc|nhiem\s+vu|giai\s+phap|muc\s+tieu|yeu\s+cau|kien\s+nghi|de\s+nghi|van\s+de|buoc"
               r"|phuong\s+thuc|bien\s+phap|nhom\s+(?:giai\s+phap|nhiem\s+vu|noi\s+dung|van\s+de)|linh\s+vuc|tieu\s+chi"
               r"|nguyen\s+tac|phuong\s+an|cong\s+viec|viec|de\s+xuat|hoat\s+dong|chuong\s+trinh|dieu\s+kien|khau|dot"
               r"|chuyen\s+de|muc|phan|loai|nhom")
#: "bằng 03 hình thức sau:", "gồm 04 nội dung chính như sau:", "có 5 nhiệm vụ:" — the line ends at the colon.
ANNOUNCED = re.compile(rf"(?<![\w/.,])(?P<n>\d{{1,2}})\s+(?P<noun>{_ITEM_NOUNS})(?!\w)(?P<mid>[^.;:\d\n()]{{0,60}}?)"
                       r"\s*(?:(?:nhu\s+)?sau(?:\s+day)?|duoi\s+day|cu\s+the)?\s*:\s*$")
#: s26-ic (u77-06 l.13): a heading that states the count of what it lists, in parentheses at its end — "II. NHIỆM VỤ (05
#: nhiệm vụ)", "Phần 2. Các giải pháp (04 nhóm giải pháp):" (folded; the heading opens with its own marker).
ANNOUNCED_HEAD = re.compile(rf"^\s*(?:[ivxlc]{{1,5}}|\d{{1,2}}|[a-z]|phan\s+[\divx]+|muc\s+[\divx]+)[.)]\s+[a-z][^()\d:]{{1,80}}?"
                            rf"\(\s*(?P<n>\d{{1,2}})\s+(?P<noun>{_ITEM_NOUNS})(?!\w)(?P<mid>[^()\d]{{0,30}}?)\s*\)\s*:?\s*$")
#: A bound, not a count: "ít nhất 03 hình thức", "tối đa 05 nội dung", "trong đó 02 nội dung".
_BOUND_BEFORE_COUNT = re.compile(r"(?<!\w)(?:it\s+nhat|toi\s+thieu|toi\s+da|khong\s+qua|khoang|tren|duoi|hon|gan|trong\s+do|"
                               r"tu|den|moi|hoac|dieu|khoan|diem|so|muc)\s*$")
_LIST_MARK = re.compile(r"^\s*(?:(?P<dash>[-–+•*])|(?P<letter>[a-zđ])\)|(?P<num>\d{1,2})[.)])\s+\S")


def _list_items(paras: list, start: int) -> tuple[int, int] | None:
    """(number of items, last line) of the list that starts at ``paras[start]``: lines of one marker kind, a numbered
    or lettered one running 1, 2, 3 … (a), b), c) …); dashes nested under numbered items are read past, a numbered
    line after a dash list ends it (the outer list goes on). A table right below counts its numbered rows. None when
    the lines are no clean list (a number skipped or repeated, a marker of a third kind)."""
    if start >= len(paras):
        return None
    first = paras[start]
    zone = first.zone
    row = row_cells(first.text)
    if row is not None:  # "| TT | Hình thức | … |" then "| 1 | … |", "| 2 | … |"
        k, last = 0, first.end_line
        for q in paras[start:start + 30]:
            c = row_cells(q.text)
            if c is None or q.zone != zone:
                break
            if re.fullmatch(r"\d{1,2}[.)]?", c[0]):
                if int(re.match(r"\d+", c[0]).group(0)) != k + 1:
                    return None
                k, last = k + 1, q.end_line
            elif k or any(re.search(r"\d", x) for x in c):
                return None  # a total row, or a row without its number: no clean count
        return (k, last) if k else None
    m0 = _LIST_MARK.match(first.text)
    if not m0:
        return None
    kind = "dash" if m0.group("dash") else "letter" if m0.group("letter") else "num"
    k, last = 0, first.end_line
    for q in paras[start:start + 30]:
        if q.zone != zone:
            break
        mk = _LIST_MARK.match(q.text)
        if not mk:
            break
        here = "dash" if mk.group("dash") else "letter" if mk.group("letter") else "num"
        if here != kind:
            if here == "dash" and kind != "dash":
                continue  # "- …" nested under "1. …"
            break  # "2. …" after a dash list: the outer list goes on
        if kind == "num" and int(mk.group("num")) != k + 1 or kind == "letter" and ord(mk.group("letter")) - ord("a") != k \
                and mk.group("letter") != "đ":
            return None
        k, last = k + 1, q.end_line
    return k, last


#: A share or rate closing a list item, after its count: " (77,78%)", " (chiếm 14,8%)", ", bằng 7,41%" (folded).
_SHARE_TAIL = re.compile(r"\s*(?:\((?:chiem\s+|bang\s+|dat\s+)?[\d.,]+\s*%\)|,\s*(?:chiem|bang|dat)\s+(?:ty\s+le\s+)?[\d.,]+\s*%)(?=\s*[;.,]?\s*$)")


def _announced_items(rule: Rule, ctx: Context) -> list[Finding]:
    """s18-ic (u63-03 l.18): a count of things announced at the end of a line ("Việc lấy ý kiến được thực hiện bằng 03
    hình thức sau:", "Kế hoạch gồm 04 nội dung chính:") and the list right below it, one item per line (a table
    right below is IC-85's): the list must hold that many items. Silent for a bound ("ít nhất 03 hình thức"), a list that
    is not clean (a number skipped, a third marker kind), or one of a single item. A "Căn cứ …" line whose last clause
    announces the list ("Căn cứ Điều 11 …, UBND xã thông báo công khai 03 nội dung sau:") hands over to the body and is
    read too."""
    out = []
    paras = list(ctx.doc.zone("basis", "preamble", "body", "closing"))
    for i, p in enumerate(paras):
        f = p.folded
        if p.zone == "basis" and (i + 1 >= len(paras) or paras[i + 1].zone == "basis"):
            continue  # a basis line followed by another: no list of the body below it
        m = ANNOUNCED.search(f) or ANNOUNCED_HEAD.match(f)
        if not m or _BOUND_BEFORE_COUNT.search(f[max(0, m.start("n") - 14):m.start("n")]):
            continue
        n = int(m.group("n"))
        if i + 1 < len(paras) and row_cells(paras[i + 1].text) is not None:
            continue  # a table right below: IC-85 reads it
        got = _list_items(paras, i + 1)
        if got is None or n < 2:
            continue
        k, last = got
        if k < 2 or k == n or re.search(r"(?<!\w)trong\s+do(?!\w)", m.group("mid")):
            continue  # "23 kiến nghị, trong đó:" opens a breakdown by counts, not a list of the things
        # s21-pr2 (lw6-14 L13): the item's share after its count ("- Đã giải quyết xong: 21 (77,78%);") is read past
        items = [_SHARE_TAIL.sub("", q.folded) for q in paras[i + 1:] if q.end_line <= last]
        ends = [(x, c) for x in items if (c := re.search(r"(?:[:\s]|^)(\d[\d.,]*)(?:\s+[a-z]+)?\s*[;.,]?\s*$", x))]
        if any(not _labelled_number(x, c.start(1), per_unit=False) for x, c in ends):
            continue  # an item that ends with a count ("+ đang giải quyết: 06;"): a breakdown (IC-71, IC-76 read it)
        leads = [c for x in items if (c := re.search(rf"(?<![\w/.,])({NUMBER})(?!\d|[.,]\d|\s*/|\s*%)", _BULLET_ITEM.sub("", x)))]
        if len(leads) == len(items) and sum(_num(c.group(1)) for c in leads) == n:
            continue  # every item opens its own count and the counts add up to the total: a breakdown, not a list
        ev = ctx.doc.evidence(p, m.start(), m.end())
        out.append(finding(rule, ctx, Evidence(ev.text, p.line_at(m.start()), max(ev.end_line, last), ev.paragraph,
                                               ev.section),
                           found=p.text[m.start():m.end()].strip(" :"), count=k, stated=n,
                           noun=p.text[m.start("noun"):m.end("noun")].lower()))
    return out


#: "Văn bản kiến nghị 03 nội dung liên quan đến …", "Ban Thanh tra nhân dân nêu 04 vấn đề": matters raised (folded).
RAISED = re.compile(r"(?<!\w)(?:kien\s+nghi|de\s+nghi|phan\s+anh|neu|gom|co)\s+(?P<n>\d{1,2})\s+"
                    r"(?P<noun>noi\s+dung|van\s+de|kien\s+nghi|y\s+kien|viec|de\s+nghi)(?!\w)")
#: The reply's own cue: "UBND phường trả lời như sau:", "tiếp thu, giải trình như sau:" (folded, end of line).
_REPLY_CUE = re.compile(r"(?<!\w)(?:tra\s+loi|giai\s+trinh|tiep\s+thu|tra\s+loi\s+cu\s+the|tra\s+loi\s+tung\s+noi\s+dung)"
                        r"[^.:]{0,40}?(?:nhu\s+sau|sau\s+day|cu\s+the)?\s*:\s*$")


def _answered_items(rule: Rule, ctx: Context) -> list[Finding]:
    """s18-ic (u63-10 l.9): a reply that says how many matters were raised ("Văn bản kiến nghị 03 nội dung …") and then
    answers them one numbered item each, "1. Về …", "2. Về …", under "… trả lời như sau:": the items that answer a
    matter ("Về …") must be that many. Other numbered items after them ("5. Đối với 05 đơn của công dân") answer
    something else and are not counted; unnumbered lines between items continue the item above."""
    out = []
    paras = [q for q in ctx.doc.paras if q.zone != "header" or q.line > 3]  # a letter without "Kính gửi" opens in its header
    for i, p in enumerate(paras):
        ms = list(RAISED.finditer(p.folded))
        if len(ms) != 1:
            continue
        m = ms[0]
        n = int(m.group("n"))
        cue = next((j for j in range(i, min(i + 3, len(paras))) if _REPLY_CUE.search(paras[j].folded)), None)
        if cue is None or n < 2:
            continue
        about, k, clean = 0, 0, True
        for q in paras[cue + 1:cue + 40]:
            mk = _LIST_MARK.match(q.text)
            if mk and mk.group("num"):
                if int(mk.group("num")) != k + 1:
                    clean = False
                    break
                k += 1
                if re.match(r"\s*\d{1,2}[.)]\s+ve\s", q.folded):
                    if about != k - 1:
                        clean = False  # a matter answered after something else: no plain run
                        break
                    about += 1
                continue
            if re.match(r"\s*(?:noi\s+nhan|kinh\s+gui|tm\.|kt\.)", q.folded):
                break
        if not clean or about < 2 or about == n:
            continue
        ev = ctx.doc.evidence(p, m.start(), m.end())
        out.append(finding(rule, ctx, Evidence(ev.text, p.line_at(m.start()), ev.end_line, ev.paragraph, ev.section),
                           found=p.text[m.start():m.end()].strip(), count=about, stated=n,
                           noun=p.text[m.start("noun"):m.end("noun")].lower()))
    return out


#: "Tổ dân phố số 5 có 164 hộ", "Xã Tân Hòa có 9 thôn, 2.104 hộ với 7.912 nhân khẩu".
HAS_COUNT = re.compile(rf"(?<!\w)(?P<kind>thôn|tổ dân phố|xã|phường|làng|bản|ấp|khu phố|thon|to dan pho|xa|phuong)"
                       rf"(?P<name>(?:\s+(?:số\s+|so\s+)?[^\W_]+){{0,4}}?)\s+(?:có|co)\s+"
                       rf"(?P<list>(?:{NUMBER}\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*(?:,|với|voi|và|va)\s*){{0,3}}"
                       rf"{NUMBER}\s+(?:hộ|ho|nhân khẩu|nhan khau))")
#: "Tổng số hộ trong tổ dân phố: 146 hộ", "tổng số hộ trong xã 2.104 hộ".
TOTAL_IN = re.compile(rf"(?:tổng\s+số|tong\s+so)\s+(?P<unit>hộ|ho|nhân khẩu|nhan khau)(?:\s+gia\s+đình|\s+gia\s+dinh)?"
                      rf"\s+(?:trong|của|cua|toàn|toan)\s+(?P<kind>thôn|tổ dân phố|xã|phường|làng|bản|ấp|khu phố|thon|to dan pho|xa|phuong)"
                      rf"(?P<name>(?:\s+[^\W\d_]+){{0,3}}?)\s*:?\s*(?:là\s+|la\s+)?(?P<n>{NUMBER})\s+(?:hộ|ho|nhân khẩu|nhan khau)(?!\w)")
#: s32-qt: the households a community meeting is of, in its record — "Cuộc họp cộng đồng dân cư ngày 05/10/2025: tổng số
#: 352 hộ; có 241 đại diện hộ tham dự", "Hội nghị toàn thể hộ gia đình của thôn: tổng số hộ 168 hộ" (not "tổng số hộ
#: dự họp", "tổng số 120 hộ nghèo").
MEETING_TOTAL = re.compile(rf"(?:cuộc\s+họp|hội\s+nghị)\s+(?:cộng\s+đồng\s+dân\s+cư|toàn\s+thể\s+(?:các\s+)?hộ(?:\s+gia\s+đình)?|"
                           rf"(?:của\s+)?(?:thôn|tổ\s+dân\s+phố|bản|ấp|làng))[^.;:]{{0,60}}?:\s*(?:tổng\s+số\s+(?:hộ(?:\s+gia\s+đình)?\s+)?(?:là\s+)?)"
                           rf"(?P<n>{NUMBER})\s+hộ(?:\s+gia\s+đình)?(?=\s*[;,.)]|\s*$)")
#: A count of all households: "164 hộ", "236 hộ gia đình" — not "18 hộ nghèo", "92 hộ đồng ý".
COUNT_ITEM = re.compile(rf"(?P<n>{NUMBER})\s+(?P<unit>hộ|ho|nhân khẩu|nhan khau)(?:\s+gia\s+đình|\s+gia\s+dinh)?"
                        r"(?=\s*(?:[,;.:)]|với\b|voi\b|và\b|va\b|$))")


#: s38-qt (unseen101 u101-02 L9/L33): a place's households given as an aside, in two shapes read on the text (case kept):
#: the size named by a superlative — "thôn đông nhất là Khe Mít (231 hộ), ít nhất là Nà Cọ (168 hộ)", the kind of
#: place the nearest kind word before it in the sentence — and a bracket opening on the place and its size — "(thôn Khe
#: Mít, 213 hộ, họp cụm lần 1 chỉ có 119 hộ dự)". The name is capitalised; a count of some households ("12 hộ nghèo",
#: "119 hộ dự") is no size.
_CAPWORD = r"[^\W\d_][^\W_]*"
ASIDE_SUPERLATIVE = re.compile(rf"(?<!\w)(?:đông|ít|lớn|nhỏ|nhiều)\s+nhất\s+(?:là\s+)?(?P<name>{_CAPWORD}(?:\s+{_CAPWORD}){{0,3}})"
                               rf"\s*\(\s*(?P<n>{NUMBER})\s+(?P<unit>hộ)(?:\s+gia\s+đình)?\s*\)")
ASIDE_BRACKET = re.compile(rf"\(\s*(?P<kind>thôn|tổ dân phố|bản|ấp|làng|khu phố)\s+(?P<name>{_CAPWORD}(?:\s+{_CAPWORD}){{0,3}}?)"
                           rf"\s*,\s*(?P<n>{NUMBER})\s+(?P<unit>hộ)(?:\s+gia\s+đình)?(?=\s*[,;)])")
_ASIDE_KIND = re.compile(r"(?<!\w)(?P<kind>thôn|tổ dân phố|bản|ấp|làng|khu phố)(?!\w)", re.IGNORECASE)


def _aside_counts(p) -> list[tuple]:
    """The (kind, name, unit, n, para, start, end) of the asides ``ASIDE_SUPERLATIVE`` and ``ASIDE_BRACKET`` read, on
    the text with its spelled numbers as digits («(ba trăm mười hai hộ)»: ``numbered``, case kept)."""
    out = []
    text = p.numbered
    for rx in (ASIDE_SUPERLATIVE, ASIDE_BRACKET):
        for m in rx.finditer(text):
            name = m.group("name")
            if not all(w[:1].isupper() for w in name.split()):
                continue
            if rx is ASIDE_SUPERLATIVE:
                before = re.split(r"[.;!?]", text[:m.start()])[-1]
                kinds = list(_ASIDE_KIND.finditer(before))
                if not kinds:
                    continue
                kind = kinds[-1].group("kind")
            else:
                kind = m.group("kind")
            out.append((fold_keep_length(kind.lower()), _proper(name), "ho", _num(m.group("n")), p, m.start("name"),
                        m.end()))
    return out


def _proper(name: str) -> str:
    """The capitalised words of a place name ("Tân Hòa", "số 5"), folded; "" when generic."""
    words = name.split()
    keep = [w for w in words if w[:1].isupper() or w[:1].isdigit() or fold_keep_length(w) == "so"]
    return fold_keep_length(" ".join(keep)).strip()


#: A number in digits and its repeat in words in the parenthesis after it: "03 (ba) thành viên", "05 người (năm
#: người)", "150.000.000 đồng (Một trăm năm mươi triệu đồng)"; the digits may carry a scale ("150 triệu đồng (…)").
DIGITS_WORDS = re.compile(r"(?<![\w/.,])(?P<n>\d{1,3}(?:\.\d{3})*)(?![\d/]|[.,]\d)(?P<unit>(?:\s+[^\W\d_]+){0,2}?)"
                          r"\s*\(\s*(?P<w>[^\W\d_][^()\d]{0,120}?)\s*[.;,]?\s*\)")
def _spelled_repeats(rule: Rule, ctx: Context) -> list[Finding]:
    """A number written in digits whose repeat in words right after it says another number ("gồm 03 (bốn) thành
    viên", "140.000.000 đồng (Một trăm năm mươi triệu đồng)"). Only a parenthesis that is the number in words and
    nothing else, or the words followed by the same unit ("05 người (năm người)", "… đồng (… đồng chẵn)"), is read."""
    out = []
    for p in ctx.doc.paras:
        f = fold_keep_length(p.text).lower()  # the written text: ``Para.folded`` blanks the repeat
        accented = any(ord(ch) > 127 for ch in p.text)
        for m in DIGITS_WORDS.finditer(f):
            words = m.group("w").split()
            unit = m.group("unit").split()
            # s29-ic (u84-09 l.8, u84-10 l.6): the words as written, accents kept — "05 ông (bà)" spells no "ba"
            got = spelled_amount(words, p.text[m.start("w"):m.end("w")].split() if accented else None)
            if not got:
                continue
            value, used = got
            rest = words[used:]
            scale = 1
            for u in unit[:1]:
                if u in SPELLED_SCALE:
                    scale = SPELLED_SCALE[u]
            if rest and not (unit and rest[:len(unit)] == unit and len(rest) <= len(unit) + 1
                             or rest in (["dong"], ["dong", "chan"], ["chan"])):
                continue  # "15 giáo viên (năm học này)": the words say something else
            n = _num(m.group("n")) * scale
            if n == value:
                continue
            a, b = m.start("n"), m.end()
            out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:m.end("n")], at="",
                               usual=p.text[m.start("w"):m.end("w")], lines=str(p.line_at(a))))
    return out


def check_restated(rule: Rule, ctx: Context) -> list[Finding]:
    """A count of the community (households, inhabitants) stated twice with two values; a number in digits and
    its repeat in words that differ ("03 (bốn) thành viên")."""
    stated = []  # (kind, name, unit, n, para, start, end)
    for p in ctx.doc.paras:  # the opening description may be read as part of the header
        for m in HAS_COUNT.finditer(p.key):
            kind = fold_keep_length(m.group("kind"))
            name = _proper(p.text[m.start("name"):m.end("name")])
            for c in COUNT_ITEM.finditer(p.key, m.start("list")):
                if c.start() >= m.end("list"):
                    break
                stated.append((kind, name, fold_keep_length(c.group("unit")).split()[0], _num(c.group("n")),
                               p, c.start(), c.end()))
        stated += _aside_counts(p)
        for m in TOTAL_IN.finditer(p.key):
            stated.append((fold_keep_length(m.group("kind")), _proper(p.text[m.start("name"):m.end("name")]),
                           fold_keep_length(m.group("unit")).split()[0], _num(m.group("n")), p, m.start(), m.end()))
    # s32-qt (unseen90 u90-05 l.43): the record of the community's own meeting counts the households it is the meeting
    # of — "Cuộc họp cộng đồng dân cư ngày 05/10/2025: tổng số 352 hộ; có 241 đại diện hộ tham dự" — the households of
    # the one place the text counts (read only when the text states the households of exactly one place)
    places = {(kind, name) for kind, name, unit, *_ in stated if unit == "ho" and name}
    if len(places) == 1:
        kind, name = next(iter(places))
        for p in ctx.doc.paras:
            for m in MEETING_TOTAL.finditer(p.key):
                stated.append((kind, name, "ho", _num(m.group("n")), p, m.start("n"), m.end()))
    asides = {(p.index, a) for kind, name, unit, n, p, a, b in stated if p.text[a:b].count("(") == 0
              and ASIDE_BRACKET.match(p.numbered, max(0, p.text.rfind("(", 0, a)))}
    out = []
    named: dict[str, set[str]] = {}
    for kind, name, *_ in stated:
        if name:
            named.setdefault(kind, set()).add(name)
    first: dict[tuple, tuple] = {}
    for kind, name, unit, n, p, a, b in sorted(stated, key=lambda t: (t[4].line, t[5])):
        if not name:  # "tổng số hộ trong tổ dân phố": the one named place of that kind, if only one
            if len(named.get(kind, ())) > 1:
                continue
            name = next(iter(named.get(kind, {""})))
        k = (kind, name, unit)
        if k not in first:
            first[k] = (n, p, a, b)
            continue
        n0, p0, a0, b0 = first[k]
        if n0 == n:
            continue
        # s20-pr (u60-01 L18/L43, review r03 L7/L58): a count stated twice is one finding about two places, both named
        # in its message. It stands at the first statement in the text's body ("Điều 1. Bản … có 118 hộ" before the
        # adoption record's "tổng số hộ trong bản 126 hộ"); an introduction before the body ("Tổ dân phố số 5 có 164
        # hộ …, nằm ở trung tâm phường") yields to the body's statement ("Tổng số hộ trong tổ dân phố: 146 hộ")
        (q, x, y), (q2, x2, y2) = (p, a, b), (p0, a0, b0)
        # s38-qt: a later aside in brackets ("(thôn Khe Mít, 213 hộ, …)") yields to the place's description before it
        if not (p0.zone != "body" and p.zone == "body") \
                and not ((p.index, a) in asides and (p0.index, a0) not in asides):
            (q, x, y), (q2, x2, y2) = (q2, x2, y2), (q, x, y)
        out.append(finding(rule, ctx, _ev(ctx, q, x, y), found=q.text[x:y], at=_at(q.line_at(x), q2.line_at(x2)),
                           usual=q2.text[x2:y2], lines=str(q2.line_at(x2))))
    return (out + _spelled_repeats(rule, ctx) + _units_exceeded(rule, ctx) + _units_merged(rule, ctx) + _villages_restated(rule, ctx)
        + _lengths_restated(rule, ctx) + _frequencies_restated(rule, ctx) + _present_restated(rule, ctx) + _staff_restated(rule, ctx)
        + _units_by_status_exceeded(rule, ctx))


def _staff_restated(rule: Rule, ctx: Context) -> list[Finding]:
    """s28-ic (u81-10 l.19, u81-06 l.22): the workforce of the document's own employer (``stated.own_staff``) stated
    twice with two values — "Công ty có 180 người lao động" and "tổng số lao động hiện nay 186 người". Said once, at the
    later statement, quoting the first; silent for another kind of staff, a count of another date or a bound, and when
    the count takes more than two values."""
    return [finding(rule, ctx, _ev(ctx, b.para, b.start, b.end), found=b.quote, at=_at(b.line, a.line), usual=a.quote,
                    lines=str(a.line))
            for (a, _), (b, _) in disagreeing((key, s, None) for key, s in own_staff(ctx))]


def _present_restated(rule: Rule, ctx: Context) -> list[Finding]:
    """s26-ic (u77-08 l.23): how many of one side are present (``stated.present_counts``), stated twice with two values —
    "Bên người lao động: … có mặt 06 người" and "Bên người lao động (07 thành viên có mặt)". Said once, at the later
    statement, quoting the first; silent when the side's count takes more than two values (moments not read)."""
    out = []
    for (a, _), (b, _) in disagreeing((side, s, None) for side, s in present_counts(ctx)):
        out.append(finding(rule, ctx, _ev(ctx, b.para, b.start, b.end), found=b.quote, at=_at(b.line, a.line),
                           usual=a.quote, lines=str(a.line)))
    return out


def _at(line: int, other: int) -> str:
    """" (dòng N)": the line of a two-place finding's own quote, for its message (empty when both are on one line)."""
    return "" if line == other else f" (dòng {line})"


#: Another count of those villages anywhere: "niêm yết tại nhà văn hóa của 11 thôn, tổ dân phố", "ở 11 thôn"; s37-qt
#: (u98-02 l.21): or the base of a share of them, "nhà văn hóa 10/10 thôn", "8 / 10 thôn" (``n`` is the base).
#: A share's base may count two kinds together, "17/17 thôn, tổ dân phố" (``both``): it is compared only with a whole of
#: those kinds (u96-10: "toàn xã có 14 thôn, 03 tổ dân phố" is read as the 14 thôn alone).
UNITS_COUNT = re.compile(r"(?<![\w/.,])(?:(?P<part>\d{1,3})\s*/\s*)?(?P<n>\d{1,3})\s+(?P<kind>thon|to\s+dan\s+pho|ban|ap|khu\s+pho|buon|lang|xom)(?!\w)"
                         r"(?P<both>\s*,\s*(?:thon|to\s+dan\s+pho|tdp|ban|ap|khu\s+pho)(?!\w))?")


def _units_exceeded(rule: Rule, ctx: Context) -> list[Finding]:
    """The commune's own count of its villages (``stated.own_villages``: "Xã … gồm 09 thôn, tổ dân phố", "…; hiện có
    14 thôn và 6 tổ dân phố") and, elsewhere in the text, more villages than that doing something ("niêm yết tại nhà
    văn hóa của 11 thôn, tổ dân phố"): one of the two numbers is wrong. Silent when the commune's count is stated
    twice differently or not at all, for a sentence about former communes, a district or province, another year or a
    plan to come, and for fewer villages (some of them)."""
    wholes = own_villages(ctx)
    w = one_value(wholes)
    if w is None:
        return []
    n0, kinds = w.value, w.what
    for p in ctx.doc.zone("preamble", "body", "closing"):
        for off, s in clauses(p):
            if any(p is q.para and off <= q.start < off + len(s) for q in wholes):
                continue
            for m in UNITS_COUNT.finditer(s):
                kind = m.group("kind")
                # "Mỗi thôn trong 11 thôn của xã": the number after "mỗi thôn trong" counts the villages themselves
                among = re.search(rf"(?<!\w)moi\s+{kind}\s+(?:trong|trong\s+so|cua|thuoc)\s+$", s[:m.start("n")])
                if m.group("part") and m.group("both") and unit_kind(m.group("both").strip(" ,")) not in kinds:
                    continue
                if unit_kind(kind) not in kinds or int(m.group("n")) <= n0 or _labelled_number(s, m.start(), not among) \
                        or _UNITS_ELSEWHERE.search(s) or _FORMER.search(p.text[off:off + len(s)]):
                    continue
                # the evidence quotes both places: either number may be the slip
                ev = _ev(ctx, w.para, w.start, w.end)
                ev = Evidence(f"{ev.text} … {p.text[off:off + len(s)].strip()}", ev.line, ev.end_line, ev.paragraph, ev.section)
                return [finding(rule, ctx, ev, found=w.quote, at=_at(w.line, p.line_at(off + m.start())),
                                usual=p.text[off + m.start():off + m.end()], lines=str(p.line_at(off + m.start())))]
    return []


#: s32-qt (unseen90 u90-03 l.18): the commune's villages split by where they stand — "11 thôn, TDP đã được UBND xã công
#: nhận; 04 đang hoàn thiện hồ sơ; 03 chưa xây dựng": the first part names its kind, the next ones may not (folded).
_UNIT_KINDS = r"thon|to\s+dan\s+pho|tdp|ban|ap|khu\s+pho"
_STATUS_FIRST = re.compile(r"(?<![\w/.,])(?P<n>\d{1,3})\s+(?P<kind>" + _UNIT_KINDS + r")(?!\w)"
                           r"(?P<both>\s*,\s*(?:" + _UNIT_KINDS + r")(?!\w))?\s+(?P<st>da|dang|chua)\s+(?:duoc\s+)?(?P<verb>[a-z]+)")
_STATUS_NEXT = re.compile(r"\s*[;,]\s*(?:va\s+)?(?P<n>\d{1,3})\s+(?:(?:" + _UNIT_KINDS + r")(?!\w)"
                          r"(?:\s*,\s*(?:" + _UNIT_KINDS + r")(?!\w))?\s+)?(?P<st>da|dang|chua|con)\s+(?:duoc\s+)?(?P<verb>[a-z]+)"
                          r"[^\d;,.]*")


def _units_by_status_exceeded(rule: Rule, ctx: Context) -> list[Finding]:
    """The commune's own count of its villages (``stated.own_villages``) and, in one sentence, those villages split by
    where they stand — done, under way, not yet: "11 thôn, TDP đã được công nhận; 04 đang hoàn thiện hồ sơ; 03 chưa
    xây dựng" — that add up to more villages than the commune has. A split is read as one only when it has all three
    standings (đã, đang, chưa) or "đã" and "chưa" of the same verb; fewer villages than the whole may be some of them,
    and the same sentence about former communes, another year or a plan states no split of these."""
    w = one_value(own_villages(ctx))
    if w is None:
        return []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = p.folded
        for sent in re.finditer(r"(?:[^.\n]|\.(?=\d))+", f):
            s = sent.group(0)
            for m in _STATUS_FIRST.finditer(s):
                kinds = {unit_kind(m.group("kind"))} | ({unit_kind(m.group("both").strip(" ,"))} if m.group("both") else set())
                if not kinds <= w.what:
                    continue
                parts, end = [(int(m.group("n")), m.group("st"), m.group("verb"))], m.end()
                end = end + len(re.match(r"[^\d;,.]*", s[end:]).group(0))
                while (n := _STATUS_NEXT.match(s, end)) is not None:
                    parts.append((int(n.group("n")), n.group("st"), n.group("verb")))
                    end = n.end()
                states = {st for _, st, _ in parts}
                verbs = {st: v for _, st, v in parts}
                split = {"da", "dang", "chua"} <= states or ({"da", "chua"} <= states and verbs["da"] == verbs["chua"])
                total = sum(n for n, _, _ in parts)
                if len(parts) < 2 or not split or total <= w.value or _UNITS_ELSEWHERE.search(s[:m.start()]) \
                        or _FORMER.search(p.text[sent.start():sent.start() + end]) or re.search(r"\d", s[end:].split(";")[0]):
                    continue
                a, b = sent.start() + m.start(), sent.start() + end
                written = " + ".join(f"{n:02d}" for n, _, _ in parts)
                return [finding(rule, ctx, _ev(ctx, p, a, b), found=f"{p.text[a:b].strip()} — cộng lại {written} = {total}",
                                at=_at(p.line_at(a), w.line), usual=w.quote, lines=str(w.line))]
    return []


def _villages_restated(rule: Rule, ctx: Context) -> list[Finding]:
    """s25-ic: the commune's count of its villages and a size the text ties to it. A size tied to the villages by the
    law's relation ("số thành viên tương ứng số thôn, tổ dân phố, tổng cộng 22 thành viên"; Law 10/2022 Art. 36.1, at
    least 05) against the villages the text counts ("hiện có 14 thôn và 6 tổ dân phố"); and two statements of the
    villages of the same kinds that differ. Silent when the villages are not stated, or stated twice differently for
    the pairing of a size; when the tie names kinds the count does not (a size tied to the thôn alone, the villages
    counted as thôn and tổ dân phố)."""
    wholes = own_villages(ctx)
    out = []
    for k, a in enumerate(wholes):
        b = next((b for b in wholes[k + 1:] if b.what == a.what and b.value != a.value), None)
        if b is not None:
            out.append(finding(rule, ctx, _ev(ctx, b.para, b.start, b.end), found=b.quote, at=_at(b.line, a.line),
                               usual=a.quote, lines=str(a.line)))
            return out
    w = one_value(wholes)
    if w is None:
        return out
    want = max(w.value, TIED_FLOOR)
    for size, kinds in tied_sizes(ctx):
        if kinds != w.what or size.value == want:
            continue
        usual = w.quote + (f" = {w.value}" if w.shape == "by_kind" else "")
        out.append(finding(rule, ctx, _ev(ctx, size.para, size.start, size.end), found=size.quote,
                           at=_at(size.line, w.line), usual=usual, lines=str(w.line)))
    return out


def _frequencies_restated(rule: Rule, ctx: Context) -> list[Finding]:
    """s25-ic (u49-04 l.28): one periodic act stated twice with two exact frequencies ("đối thoại định kỳ với người
    lao động 06 tháng một lần" … "hội nghị đối thoại định kỳ tổ chức mỗi năm một lần"). Silent for a bound ("ít nhất
    …"), for dialogues with different parties, and when the act's frequencies are more than two."""
    out = []
    for (a, w0), (b, w1) in disagreeing((act, s, who) for act, who, s in frequencies(ctx)):
        if w0 and w1 and w0 != w1:
            continue
        out.append(finding(rule, ctx, _ev(ctx, b.para, b.start, b.end), found=b.quote, at=_at(b.line, a.line),
                           usual=a.quote, lines=str(a.line)))
    return out


def _lengths_restated(rule: Rule, ctx: Context) -> list[Finding]:
    """s25-ic (u69-13 l.15): a length the text says equals the route's whole length ("rãnh dọc … dài 1.450 m mỗi bên,
    bằng toàn bộ chiều dài tuyến") against the route's length stated before it ("mặt đường … dài 1,2 km")."""
    return [finding(rule, ctx, _ev(ctx, s.para, s.start, s.end), found=s.quote, at=_at(s.line, w.line),
                    usual=f"{w.quote} = {_vn_int(w.value)} m", lines=str(w.line))
            for s, w in tied_lengths(ctx) if abs(s.value - w.value) >= 1
            # "rãnh hai bên tuyến dài 2.400 m, bằng toàn bộ chiều dài tuyến": both sides together may be told
            and not (re.search(r"(?<!\w)hai\s+ben(?!\w)", s.para.folded[max(0, s.start - 80):s.end])
                     and not re.search(r"(?<!\w)moi\s+ben(?!\w)", s.para.folded[s.start:s.end])
                     and abs(s.value - 2 * w.value) < 1)]


# -- s21-ic2: the commune's villages counted whole, against the count of each former unit it was formed from --------
#: A count of villages: "9 thôn", "08 tổ dân phố", "09 thôn, tổ dân phố" (folded).
_UNIT_KINDS = UNIT_KINDS
_unit_kind = unit_kind

_UNITS_N = re.compile(rf"(?<![\w/.,])(?P<n>\d{{1,3}})\s+(?P<kind>{_UNIT_KINDS})(?!\w)(?P<both>\s*,\s*(?:{_UNIT_KINDS})(?!\w))?")
#: A former unit and its villages: "xã Pò Lạn (11 thôn)", "thị trấn Sà Nam (08 tổ dân phố)" (folded).
_PART_PAREN = re.compile(rf"(?<!\w)(?:xa|phuong|thi\s+tran)\s+[^\W\d_][^(),;.]{{0,30}}?\(\s*(?P<n>\d{{1,3}})\s+(?P<kind>{_UNIT_KINDS})"
                         rf"(?!\w)(?:\s*,\s*(?P<n2>\d{{1,3}})\s+(?P<kind2>{_UNIT_KINDS})(?!\w))?\s*\)")
#: A row of a breakdown by former unit: "Thị trấn Sà Nam (cũ)   08 tổ dân phố   08", "| Xã Mạc Thượng (cũ) | 09 thôn |"
#: "- Xã Điền Hải (cũ): 08 thôn;" — the line opens with the unit marked former (folded; "(cũ)" is read on the written text).
_PART_ROW = re.compile(rf"^\s*\|?\s*(?:[-+•*]\s*)?(?:\d{{1,2}}[.)]\s*|\|\s*\d{{1,2}}\s*\|\s*)?(?:xa|phuong|thi\s+tran)\s+[^\W\d_][^|\d]{{0,40}}?"
                       rf"\(\s*cu\s*\)\s*[|:]?\s*(?P<n>\d{{1,3}})\s+(?P<kind>{_UNIT_KINDS})(?!\w)")
#: The commune formed from former units: "được thành lập trên cơ sở nhập …", "sắp xếp từ …", "tổ chức lại …" (folded).
_MERGED_FROM = re.compile(r"(?<!\w)(?:nhap|sap\s+nhap|sap\s+xep|hop\s+nhat|to\s+chuc\s+lai|thanh\s+lap\s+tren\s+co\s+so)(?!\w)")
#: The villages themselves merged or re-drawn: then the sum of the former counts is not the new count (folded).
_UNITS_REDRAWN = re.compile(rf"(?<!\w)(?:nhap|sap\s+nhap|sap\s+xep|hop\s+nhat|dieu\s+chinh|chia|tach|giai\s+the|thanh\s+lap)"
                            rf"\s+(?:lai\s+)?(?:cac\s+|mot\s+so\s+|\d{{1,3}}\s+)?(?:{_UNIT_KINDS})(?!\w)")
#: The new commune's own count, whole: "Tổng số thôn của xã sau khi tổ chức lại là 26 thôn", "Xã … gồm 26 thôn",
#: "Hương ước, quy ước của 24 thôn, tổ dân phố … cụ thể:" (a count that opens the breakdown) (folded).
_WHOLE_TOTAL = re.compile(rf"(?<!\w)tong\s+so\s+(?:{_UNIT_KINDS})(?:\s*,\s*(?:{_UNIT_KINDS}))?(?!\w)[^.;:]{{0,60}}?"
                          rf"(?:la|:|co|gom)\s+(?P<n>\d{{1,3}})\s+(?P<kind>{_UNIT_KINDS})(?!\w)")
_BREAKDOWN_LEAD = re.compile(r"(?:cu\s+the|nhu\s+sau|gom|bao\s+gom)\s*:\s*$")


def _units_merged(rule: Rule, ctx: Context) -> list[Finding]:
    """The commune's villages counted whole ("Tổng số thôn của xã sau khi tổ chức lại là 26 thôn", "… của 24 thôn, tổ
    dân phố …, cụ thể:") against the villages of the former units it was formed from, each counted ("nhập xã Khe Mỹ (9
    thôn), xã Pò Lạn (11 thôn) và xã Tà Pình (8 thôn)", rows "Xã Mạc Thượng (cũ)   09 thôn"): the parts must add up to
    the whole. Silent when the text says villages were themselves merged or re-drawn, when either side is stated
    twice differently, and for fewer than two parts."""
    paras = list(ctx.doc.zone("preamble", "body", "closing"))
    if any(_UNITS_REDRAWN.search(p.folded) for p in paras):
        return []
    parts: list[tuple[int, str, object, int]] = []  # (n, kind, para, offset)
    wholes = []  # (n, kinds, para, start, end)
    for i, p in enumerate(paras):
        f = p.folded
        if _MERGED_FROM.search(f):
            for m in _PART_PAREN.finditer(f):
                parts.append((int(m.group("n")), _unit_kind(m.group("kind")), p, m.start()))
                if m.group("n2"):
                    parts.append((int(m.group("n2")), _unit_kind(m.group("kind2")), p, m.start("n2")))
        for line_start in [0] + [k + 1 for k, c in enumerate(f) if c == "\n"]:
            m = _PART_ROW.match(f, line_start)
            if m and _FORMER.search(p.text[line_start:m.end()]):
                parts.append((int(m.group("n")), _unit_kind(m.group("kind")), p, m.start("n")))
        for sm in re.finditer(r"(?:[^.;\n]|\.(?=\d))+", f):
            sent = sm.group(0)
            m = _WHOLE_TOTAL.search(sent)
            if m and not _FORMER.search(p.text[sm.start():sm.end()]) and not _UNITS_ELSEWHERE.search(sent[:m.start()].replace("sap xep", "")):
                kinds = {_unit_kind(m.group("kind"))}
                wholes.append((int(m.group("n")), kinds, p, sm.start() + m.start(), sm.start() + m.end()))
                continue
            lead = f[sm.end():sm.end() + 3]
            if _BREAKDOWN_LEAD.search(sent + (":" if lead.startswith(":") else "")) and i + 1 < len(paras) + 1:
                um = _UNITS_N.search(sent)
                if um and not _FORMER.search(p.text[sm.start():sm.end()]):
                    kinds = {_unit_kind(um.group("kind"))} | ({_unit_kind(re.sub(r"^\s*,\s*", "", um.group("both")))} if um.group("both") else set())
                    wholes.append((int(um.group("n")), kinds, p, sm.start() + um.start(), sm.start() + um.end()))
    if not wholes or len(parts) < 2:
        return []
    if len({w[0] for w in wholes}) != 1:
        return []
    n0, kinds, p0, a0, b0 = wholes[0]
    used = [x for x in parts if x[1] in kinds and not (x[2] is p0 and a0 <= x[3] < b0)]
    if len(used) < 2:
        return []
    total = sum(x[0] for x in used)
    if total == n0:
        return []
    p1, o1 = used[0][2], used[0][3]
    ev = _ev(ctx, p0, a0, b0)
    usual = " + ".join(str(x[0]) for x in used) + f" = {total} " + p1.text[used[0][3]:].split()[1].rstrip(",;.)")
    return [finding(rule, ctx, ev, found=p0.text[a0:b0].strip(), at=_at(p0.line_at(a0), p1.line_at(o1)),
                    usual=usual, lines=str(p1.line_at(o1)))]


#: "Hương ước này gồm 4 chương, 14 điều", "Quy chế này có 05 chương và 20 điều": the text's own structure.
_COUNT = r"\d{1,3}(?:\s*\([^()]*\))?|(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)(?:\s+(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi)){0,2}"
#: "Hương ước này gồm 4 chương, 14 điều", "Quy chế này có 05 (năm) chương và 20 điều", "Quy ước thôn Đông Lao
#: gồm ba chương, mười hai điều", "… có 4 điều, chia thành 2 chương": the text's own structure.
STRUCTURE = re.compile(rf"(?<!\w)(?:nay|(?:huong\s+uoc|quy\s+uoc|quy\s+che|quy\s+dinh|noi\s+quy|dieu\s+le)[^\d.;:()]{{0,160}}?)"
                       rf"\s+(?:gom|co|bao\s+gom)\s+(?:(?P<ch>{_COUNT})\s+chuong\s*,?\s*(?:va\s+|voi\s+)?)?"
                       rf"(?P<art>{_COUNT})\s+dieu(?!\w)(?:\s*,?\s*(?:duoc\s+)?(?:chia\s+(?:thanh|lam)|trong)\s+(?P<ch_after>{_COUNT})\s+chuong)?")


#: The text a decision issues, named as attached to it ("Ban hành kèm theo Quyết định này Quy chế …"), folded.
_ATTACHED_TEXT = re.compile(r"(?<!\w)kem\s+theo(?!\w)")


def _count(s: str | None) -> int | None:
    """'05 (năm)' → 5, 'muoi hai' → 12 (folded)."""
    if not s:
        return None
    d = re.match(r"\d+", s)
    if d:
        return int(d.group())
    v = spelled_value(s)
    return int(v) if v else None


def _segments(ctx: Context) -> list[tuple[int, int, set[str], int]]:
    """(first line, last line, article labels, chapter count) of the document and of each attached text."""
    segs = [[0, 0, set(), 0]]
    for p in ctx.doc.paras:
        if ATTACHED.match(p.text) and (segs[-1][2] or segs[-1][3]):
            segs.append([p.line, p.line, set(), 0])
        segs[-1][1] = p.end_line
        am = ARTICLE.match(p.text)
        if am and p.zone in ("body", "basis", "preamble"):
            segs[-1][2].add(am.group(1))
        elif CHAPTER.match(p.text.strip()):
            segs[-1][3] += 1
    return [tuple(x) for x in segs]


def _plain(arts: set[str]) -> bool:
    """Articles numbered 1, 2, …, n without gaps or compound labels ("Điều 7.7.LQ.1" in a compilation)."""
    return all(a.isdigit() for a in arts) and {int(a) for a in arts} == set(range(1, len(arts) + 1))


def _bases(arts: set[str]) -> set[str]:
    """The article numbers, an inserted article ("Điều 11a", "Điều 11b") read as the one it follows — s23-ic (u72-11
    l.12): articles 1 … 11, then 11a, 11b, 11c, have no Điều 12. A letter on a number the text lacks, or any other
    compound label, is kept as written (not plain)."""
    out = set()
    for a in arts:
        m = re.fullmatch(r"(\d+)[a-zđ]", a)
        out.add(m.group(1) if m and m.group(1) in arts else a)
    return out


#: "… Quy chế thực hiện dân chủ trong hoạt động của cơ quan … (gồm 03 chương, 12 điều)": the structure in parentheses
#: right after the name of a hương ước, quy ước, quy chế (folded; the name within 160 characters, no other parenthesis).
STRUCTURE_PAREN = re.compile(rf"(?<!\w)(?:huong\s+uoc|quy\s+uoc|quy\s+che|quy\s+dinh|noi\s+quy|dieu\s+le)[^\d.;:()]{{0,160}}?"
                             rf"\(\s*(?:gom|co|bao\s+gom)\s+(?:(?P<ch>{_COUNT})\s+chuong\s*,?\s*(?:va\s+)?)?"
                             rf"(?P<art>{_COUNT})\s+dieu\s*\)(?P<ch_after>)")


def check_structure(rule: Rule, ctx: Context) -> list[Finding]:
    """The number of chapters or articles a text announces for itself against the Chương/Điều it has."""
    segs = _segments(ctx)
    decision = fold(ctx.doc.header.doc_type or "").lower().strip() == "quyet dinh"
    out = []
    for p in ctx.doc.paras:
        for m in [*STRUCTURE.finditer(p.folded), *STRUCTURE_PAREN.finditer(p.folded)]:
            chapters, articles = _count(m.group("ch") or m.group("ch_after")), _count(m.group("art"))
            if articles is None:
                continue
            here = [i for i, (a, b, _, _) in enumerate(segs) if a <= p.line <= b]
            own_decision = decision and any(a <= p.line <= b for a, b, _, _ in segs[:1]) and not (
                m.group().startswith("nay") and re.search(r"quyet\s+dinh\s*$", p.folded[max(0, m.start() - 20):m.start()]))
            if own_decision or _ATTACHED_TEXT.search(p.folded[max(0, m.start() - 120):m.start()]):
                # a decision recognising or issuing a text ("Công nhận Hương ước …; Hương ước gồm 04 chương, 18
                # điều") counts that text's articles, never the decision's own Điều 1–4
                # "Ban hành kèm theo Quyết định này Quy chế …, gồm 06 chương, 24 điều": the attached text's
                # structure, not the decision's own; when the file holds no attached text there is nothing to count
                cands = [segs[i + 1] for i in here if i + 1 < len(segs)]
            else:
                cands = [segs[i] for i in here] + [segs[i + 1] for i in here if i + 1 < len(segs)]
            cands = [c for c in cands if len(c[2]) >= 2 and _plain(c[2])]  # a text whose articles were read
            if not cands:
                continue
            ok = False
            for _, _, arts, chs in cands:
                art_ok = articles == len(arts)
                ch_ok = chapters is None or not chs or chapters == chs
                ok = ok or (art_ok and ch_ok)
            if ok:
                continue
            _, _, arts, chs = cands[-1] if len(cands) > 1 and here and p.line < cands[-1][0] else cands[0]
            has = f"{len(arts)} điều" + (f", {chs} chương" if chs and chapters else "")
            a = p.folded.index("(", m.start()) if m.re is STRUCTURE_PAREN else m.start()
            out.append(finding(rule, ctx, _ev(ctx, p, a, m.end()), found=p.text[a:m.end()],
                               count=has))
    return out + _amended_count(rule, ctx) + _amended_named(rule, ctx) + _listed_articles(rule, ctx) \
        + _structure_twice(rule, ctx)


#: "Dự thảo Nghị quyết gồm 04 điều:", "Quy chế có 05 điều như sau:" — a count of articles, listed on the lines below.
ARTICLES_LISTED_BELOW = re.compile(rf"(?<!\w)(?:gom|co|bao\s+gom)\s+(?P<n>{_COUNT})\s+dieu\s*,?\s*(?:nhu\s+sau|sau\s+day|cu\s+the|gom)?\s*:\s*$")
#: "- Điều 3. Biện pháp về …", "Điều 3: …" — one article of a draft named on a list line (folded).
_ARTICLE_LINE = re.compile(r"^\s*(?:[-+•*–]\s*)?dieu\s+(?P<k>\d{1,3})\s*[.:]")
_SUB_ITEM = re.compile(r"^\s+(?:[a-zđ]\)|[-+•*]|\d{1,2}[.)])|^\s*[a-zđ]\)")


def _listed_articles(rule: Rule, ctx: Context) -> list[Finding]:
    """A draft's articles announced by number then listed below one per line ("Dự thảo Nghị quyết gồm 04 điều:" /
    "- Điều 1. Phạm vi …" … "- Điều 5. Tổ chức thực hiện …"): the articles listed, numbered 1, 2, … without a gap,
    must be the number announced. Sub-items ("a) …") may come between; any other line ends the list."""
    out = []
    lines = ctx.doc.raw_lines
    for p in ctx.doc.paras:
        if p.zone not in ("header", "preamble", "body", "closing"):  # a short excerpt's first line may be read as header
            continue
        m = ARTICLES_LISTED_BELOW.search(p.folded)
        if not m or (n := _count(m.group("n"))) is None:
            continue
        ks, last = [], 0
        for no in range(p.end_line, min(len(lines), p.end_line + 60)):
            f = fold_keep_length(lines[no]).lower()
            if not f.strip():
                break
            a = _ARTICLE_LINE.match(f)
            if a:
                ks.append(int(a.group("k")))
                last = no + 1
                continue
            if ks and _SUB_ITEM.match(f):
                continue
            break
        if len(ks) < 2 or ks != list(range(1, len(ks) + 1)) or len(ks) == n:
            continue
        ev = ctx.doc.evidence(p, m.start(), m.end())
        out.append(finding(rule, ctx, Evidence(ev.text, p.line_at(m.start()), max(ev.end_line, last), ev.paragraph, ev.section),
                           found=p.text[m.start():m.end()].rstrip(" :"), count=f"{len(ks)} điều được liệt kê"))
    return out


#: "(04 chương, 22 điều)", "gồm 05 chương, 24 điều": a draft's structure told in chapters and articles (folded).
_CH_ART = re.compile(r"(?<![\w/.,])(?P<ch>\d{1,2})\s+chuong\s*,\s*(?:va\s+)?(?P<art>\d{1,3})\s+dieu(?!\w)")


def _structure_twice(rule: Rule, ctx: Context) -> list[Finding]:
    """A notice or submission about ONE draft that tells its chapters and articles twice, differently ("đã hoàn
    thành dự thảo Quy ước gồm 05 chương, 24 điều" … "Bản dự thảo (04 chương, 22 điều) được sao gửi …"). Read only
    when the document has no articles of its own, every mention names the draft ("dự thảo" before it in its
    sentence), and the mentions give exactly two structures."""
    if any(a for _, _, a, _ in _segments(ctx)):
        return []
    said = []
    for p in ctx.doc.paras:
        if p.zone not in ("header", "preamble", "body", "closing"):  # a short excerpt's first line may be read as header
            continue
        for m in _CH_ART.finditer(p.folded):
            start = max((x.end() for x in re.finditer(r"[.;](?!\d)", p.folded[:m.start()])), default=0)
            if not re.search(r"(?<!\w)du\s+thao(?!\w)", p.folded[start:m.start()]):
                return []
            said.append(((int(m.group("ch")), int(m.group("art"))), p, m))
    if len({x for x, _, _ in said}) != 2:
        return []
    first = said[0][0]
    for x, p, m in said[1:]:
        if x != first:
            return [finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                            count=f"{first[0]} chương, {first[1]} điều (dòng {said[0][1].line} cùng nói về bản dự thảo này)")]
    return []


#: "sửa đổi, bổ sung Điều 9 và Điều 12 của Hương ước": the articles an amending text names as those it changes.
AMEND_NAMED = re.compile(r"(?<!\w)sua\s+doi(?:\s*,\s*|\s+va\s+|\s+)?(?:bo\s+sung\s+)?(?P<list>dieu\s+\d+[a-z]?"
                         r"(?:\s*(?:,|va)\s*(?:dieu\s+)?\d+[a-z]?)+)\s+(?:cua|tai|trong)(?!\w)")
#: "Điều 9 được sửa đổi như sau:", "Điều 11 được sửa đổi, bổ sung như sau:" — a change told in the passive (folded).
AMEND_ITEM_PASSIVE = re.compile(r"^\s*(?:\d{1,2}\s*[.)]\s*|[a-z]\)\s*|[-+•*]\s*)?dieu\s+(?P<art>\d+[a-z]?)\s+(?:duoc|nay\s+duoc)\s+"
                                r"(?:sua\s+doi|bo\s+sung|bai\s+bo|thay\s+the)")


def _amended_named(rule: Rule, ctx: Context) -> list[Finding]:
    """An amending text that names the articles it changes ("sửa đổi, bổ sung Điều 9 và Điều 12 của Hương ước …")
    against the articles its items change ("Điều 9 được sửa đổi như sau:", "Sửa đổi Điều 11 …"): the two sets must
    be the same. Read only when the text names its articles once and its items change at least two."""
    paras = ctx.doc.paras
    heads = [(i, m) for i, p in enumerate(paras) for m in AMEND_NAMED.finditer(p.folded)]
    if len(heads) != 1:
        return []
    i, m = heads[0]
    named = re.findall(r"\d+[a-z]?", m.group("list"))
    arts: list[str] = []
    for q in paras[i + 1:]:
        a = AMEND_ITEM.match(q.folded) or AMEND_ITEM_PASSIVE.match(q.folded)
        if a and a.group("art") not in arts:
            arts.append(a.group("art"))
    if len(arts) < 2 or set(arts) == set(named):
        return []
    p = paras[i]
    return [finding(rule, ctx, _ev(ctx, p, m.start(), m.end("list")), found=p.text[m.start():m.end("list")],
                    count="các điều được sửa đổi, bổ sung bên dưới là " + ", ".join(f"Điều {x}" for x in arts))]


#: "sửa đổi, bổ sung 03 điều của Hương ước như sau:" — an amending text announcing how many articles it changes.
AMEND_COUNT = re.compile(r"(?<!\w)sua\s+doi(?:\s*,\s*|\s+va\s+|\s+)bo\s+sung\s+(?P<n>\d{1,2}|[a-z]+(?:\s+[a-z]+)?)"
                         r"(?:\s*\([a-z\s]+\))?\s+dieu(?=\s+(?:cua|tai|trong|sau|nhu\s+sau|duoi\s+day)(?!\w)|\s*:)")
#: One change, opening its item: "Điều 2. Bổ sung Điều 8a như sau:", "1. Sửa đổi khoản 2 Điều 5 như sau:".
AMEND_ITEM = re.compile(r"^\s*(?:dieu\s+\d+[a-z]?\s*[.:]\s*|\d{1,2}\s*[.)]\s*|[a-z]\)\s*)?"
                        r"(?:sua\s+doi(?:\s*,\s*bo\s+sung)?|bo\s+sung|bai\s+bo|thay\s+the)\s+"
                        r"(?:(?:diem\s+[a-z]\s+)?(?:khoan\s+\d+\s+)?(?:cua\s+)?)?dieu\s+(?P<art>\d+[a-z]?)(?!\w)")


def _amended_count(rule: Rule, ctx: Context) -> list[Finding]:
    """An amending text's announced number of articles changed ("sửa đổi, bổ sung 03 điều của Hương ước như sau:")
    against the distinct articles its items change ("Sửa đổi Điều 1", "Bổ sung Điều 8a", "Sửa đổi khoản 2 Điều 12").
    Read only when the items below are all such changes, at least two, and the text holds one such announcement."""
    paras = ctx.doc.paras  # a short amending text's opening lines may be read as its heading
    # "sửa đổi, bổ sung một số điều của …" (the title) announces no number
    heads = [(i, m) for i, p in enumerate(paras) for m in AMEND_COUNT.finditer(p.folded) if _count(m.group("n"))]
    if len(heads) != 1:
        return []
    i, m = heads[0]
    n = _count(m.group("n"))
    arts: list[str] = []
    for q in paras[i + 1:]:
        a = AMEND_ITEM.match(q.folded)
        if a:
            if a.group("art") not in arts:
                arts.append(a.group("art"))
    if len(arts) < 2 or len(arts) == n:
        return []
    p = paras[i]
    return [finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                    count=f"{len(arts)} điều được sửa đổi, bổ sung (" + ", ".join(f"Điều {x}" for x in arts) + ")")]


#: "Điều 15 của Quy chế này", "khoản 2 Điều 7 Hương ước này": an article of the text itself.
OWN_ARTICLE = re.compile(r"(?<!\w)dieu\s+(?P<n>\d{1,3})\s+(?:cua\s+)?(?:ban\s+)?(?P<kind>quy\s+che|huong\s+uoc|quy\s+uoc|quy\s+dinh|"
                         r"quyet\s+dinh|nghi\s+quyet|ke\s+hoach|noi\s+quy|dieu\s+le)\s+nay(?!\w)")


def check_own_articles(rule: Rule, ctx: Context) -> list[Finding]:
    """A reference to an article of the text itself ("Điều 15 của Quy chế này") that the text does not have."""
    segs = _segments(ctx)
    out = []
    for p in ctx.doc.paras:
        for m in OWN_ARTICLE.finditer(p.folded):
            here = [i for i, (a, b, _, _) in enumerate(segs) if a <= p.line <= b]
            near = {j for i in here for j in (i - 1, i, i + 1) if 0 <= j < len(segs)}
            cands = [segs[j] for j in sorted(near) if len(segs[j][2]) >= 2]
            if not cands or not all(_plain(_bases(arts)) for _, _, arts, _ in cands):
                continue  # numbering with gaps or compound labels: what exists is not clear
            if not cands or any(m.group("n") in arts for _, _, arts, _ in cands):
                continue
            has = max(len(_bases(arts)) for _, _, arts, _ in cands)
            out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                               count=has))
    said = {(f.evidence.line, f.evidence.text) for f in out}
    return out + [f for f in _beyond_stated_articles(rule, ctx) if (f.evidence.line, f.evidence.text) not in said]


_TEXT_KINDS = ("quy che", "huong uoc", "quy uoc", "quy dinh", "noi quy", "dieu le")


def _beyond_stated_articles(rule: Rule, ctx: Context) -> list[Finding]:
    """s22-ic (u69-11 l.33): an excerpt of a text that states its own size ("Trích Chương IV …; quy chế gồm 5 chương, 22
    điều") and cites an article of that text beyond it ("theo Điều 27 của Quy chế này"): the text has no such article,
    whatever part of it is quoted. Read when the text states one number of articles, in a sentence naming that kind of
    text (or "… này"), and the reference names the same kind."""
    stated: set[int] = set()
    kinds: set[str] = set()
    for p in ctx.doc.paras:
        for m in [*STRUCTURE.finditer(p.folded), *STRUCTURE_PAREN.finditer(p.folded)]:
            n = _count(m.group("art"))
            if n is None:
                continue
            stated.add(n)
            head = re.sub(r"\s+", " ", m.group(0)[:12])
            kinds |= {k for k in _TEXT_KINDS if head.startswith(k)}
    if len(stated) != 1 or len(kinds) != 1:
        return []
    total, kind = next(iter(stated)), next(iter(kinds))
    out = []
    for p in ctx.doc.paras:
        for m in OWN_ARTICLE.finditer(p.folded):
            if re.sub(r"\s+", " ", m.group("kind")) == kind and int(m.group("n")) > total:
                out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                                   count=total))
    return out


#: "khoản 3 Điều này", "điểm b khoản 2 Điều này": a clause of the article the sentence stands in.
OWN_CLAUSE = re.compile(r"(?<!\w)khoan\s+(?P<n>\d{1,2})\s+(?:cua\s+)?dieu\s+nay(?!\w)")


def check_own_clauses(rule: Rule, ctx: Context) -> list[Finding]:
    """A reference to a clause of the same article ("theo khoản 3 Điều này") that the article does not have.
    Only an article whose clauses are numbered 1, 2, …, n, and not one that amends or quotes another text."""
    out = []
    article: list = []

    counted: dict[tuple[int, str], int] = {}  # (text, article) → its clauses, numbered 1 … n
    refs: list[tuple[int, object]] = []  # (text, paragraph) citing "khoản n Điều m <this text>"
    segment = 0

    def close(paras: list) -> None:
        if len(paras) < 2:
            return
        clauses = [CLAUSE_NO.match(q.text.strip()) for q in paras[1:]]
        nums = [int(c.group(1)) for c in clauses if c]
        if len(nums) < 2 or nums != list(range(1, len(nums) + 1)):
            return
        if any(re.search(r"sua\s+doi|bo\s+sung|thay\s+the|[\"“”]", q.folded) for q in paras):
            return  # an amending article quotes the text it amends
        am = ARTICLE.match(paras[0].text)
        counted.setdefault((segment, am.group(1)), len(nums))
        for q in paras:
            for m in OWN_CLAUSE.finditer(q.folded):
                if int(m.group("n")) > len(nums):
                    out.append(finding(rule, ctx, _ev(ctx, q, m.start(), m.end()), found=q.text[m.start():m.end()],
                                       detail=f"{paras[0].text.split('.')[0].strip()} chỉ có {len(nums)} khoản"))

    for p in ctx.doc.paras:
        if ARTICLE.match(p.text) and p.zone in ("body", "basis", "preamble"):
            close(article)
            article = [p]
        elif CHAPTER.match(p.text.strip()) or ATTACHED.match(p.text) or p.zone not in ("body", "preamble"):
            close(article)
            article = []
            if ATTACHED.match(p.text):
                segment += 1  # an attached text numbers its articles anew
        elif article:
            article.append(p)
        if p.zone in ("body", "preamble") and OTHER_OWN_CLAUSE.search(p.folded):
            refs.append((segment, p))
    close(article)
    # "theo quy định tại khoản 4 Điều 2 Nghị quyết này": a clause of another article of the same text
    for seg, q in refs:
        for m in OTHER_OWN_CLAUSE.finditer(q.folded):
            n = counted.get((seg, m.group("art")))
            if n and int(m.group("n")) > n:
                out.append(finding(rule, ctx, _ev(ctx, q, m.start(), m.end()), found=q.text[m.start():m.end()],
                                   detail=f"Điều {m.group('art')} chỉ có {n} khoản"))
    return out


#: "khoản 4 Điều 2 Nghị quyết này", "khoản 3 Điều 7 của Quy chế này" (folded).
OTHER_OWN_CLAUSE = re.compile(r"(?<!\w)khoan\s+(?P<n>\d{1,2})\s+(?:cua\s+)?dieu\s+(?P<art>\d{1,3})\s+(?:cua\s+)?"
                              r"(?:nghi\s+quyet|quy\s+che|quy\s+dinh|huong\s+uoc|quy\s+uoc|quyet\s+dinh|ke\s+hoach|noi\s+quy)\s+nay(?!\w)")


#: "Ban Thanh tra nhân dân xã gồm 07 thành viên", "BTTND có 05 thành viên": the size of the one people's
#: inspection board of a commune or workplace (boards of which there are several — investment supervision,
#: election teams — are not compared).
BODY_SIZE = re.compile(rf"(?<!\w)(?P<body>ban\s+thanh\s+tra\s+nhan\s+dan|bttnd)(?P<of>\s+(?:cua\s+)?(?:xa|phuong|thi\s+tran|dac\s+khu|"
                       r"cong\s+ty|co\s+quan|don\s+vi|truong|benh\s+vien))?(?!\s+(?:cua\s+)?(?:thon|to|cac|moi|nhiem|khoa))"
                       rf"[^.;:\d]{{0,40}}?(?<!\w)(?:gom|co)\s+(?P<n>{NUMBER})(?:\s*\([^()\d]*\))?\s+(?:thanh\s+vien|nguoi)(?!\w)")
#: A sentence about another term, a change, a range or a condition: its size need not be today's.
_SIZE_CONTEXT = re.compile(r"(?<!\w)(?:nhiem\s+ky|khoa|(?:19|20)\d\d|cu|truoc|kien\s+toan|tang|giam(?!\s+sat)|len|xuong|tu\s+\d|den|toi\s+da|"
                           r"toi\s+thieu|it\s+nhat|khong\s+qua|truong\s+hop|neu|doi\s+voi|duoi|tren|du\s+kien|de\s+nghi|"
                           r"moi|cac|tung|rieng|truc\s+thuoc|thanh\s+lap)(?!\w)")  # boards of sub-units: "Mỗi phòng thành lập …"


def check_body_sizes(rule: Rule, ctx: Context) -> list[Finding]:
    """One people's inspection board stated with two sizes in the same document."""
    seen: dict[str, tuple] = {}
    out = []
    for p in ctx.doc.zone("preamble", "body", "closing"):
        f = p.folded
        for m in BODY_SIZE.finditer(f):
            s0 = max(f.rfind(".", 0, m.start()), f.rfind(";", 0, m.start())) + 1
            nxt = re.search(r"[.;]", f[m.end():])
            sentence = f[s0:m.end() + (nxt.start() if nxt else len(f))]
            if _SIZE_CONTEXT.search(sentence):
                continue
            key = re.sub(r"\s+", " ", (m.group("of") or "").replace("cua ", "")).strip()
            n = _num(m.group("n"))
            if key not in seen:
                seen[key] = (n, p, m.start(), m.end())
                continue
            n0, p0, a0, b0 = seen[key]
            if n0 != n:
                out.append(finding(rule, ctx, _ev(ctx, p, m.start(), m.end()), found=p.text[m.start():m.end()],
                                   usual=p0.text[a0:b0], lines=str(p0.line_at(a0))))
    return out


# -- a total and its parts on list lines after "gồm:", or parts then "tổng cộng" ------------------------------------
#: "Ban Thanh tra nhân dân có 9 thành viên, gồm:" closing its line; the parts follow one per list line.
LIST_WHOLE = re.compile(rf"(?<![\w/.,])(?P<n>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)\s+(?P<noun>[a-z]+)(?P<mid>[^.:;\d()%]{{0,60}}?)"
                        r",?\s+(?:gom|bao\s+gom|cu\s+the|nhu\s+sau|gom\s+co|trong\s+do)\s*:\s*$")
#: "Tổng kinh phí … là 150.000.000 đồng, trong đó:": a total sum of money split on the lines below (not a count,
#: whose "trong đó" names some of its parts only)
_MONEY_TOTAL_HEAD = re.compile(r"(?<!\w)tong\s+(?:kinh\s+phi|so\s+tien|du\s+toan|muc\s+dau\s+tu|chi|thu)(?!\w)")
#: "Số hộ nghèo 45 hộ, hộ cận nghèo 30 hộ, tổng cộng 80 hộ": the parts, then their total in the same sentence.
SUM_AFTER = re.compile(rf"(?<!\w)(?:tong\s+cong|cong|tong\s+so|tong)\s*(?::|la)?\s*(?P<n>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)\s+(?P<noun>[a-z]+)")
_PERSONS = {"thanh", "nguoi", "dai", "can", "cong", "uy", "dong", "vien", "hoc", "giao"}


def _part_count(item: str, noun: str) -> int | None:
    """The one count of a part line or clause, in the total's noun (persons count as "người"); None otherwise."""
    nums = re.findall(rf"(?<![\w/.,]){NUMBER}(?!\d|[.,]\d|\s*/|\s*%)", item)
    if len(nums) != 1 or len(re.findall(r"\d+", item)) != len(re.findall(r"\d+", nums[0])):
        # "c) Hỗ trợ Ban … của 146 xã (1.500.000 đồng x 12 tháng): 2.628 triệu đồng": the item's own count is the
        # one after its last colon, its label's numbers describing it
        tail = re.fullmatch(r"[^:]*:\s*(?P<t>[^:]*?)\s*[;,.]?\s*", item)
        if tail and ":" in item and tail.group("t") != item and re.match(r"\d", tail.group("t")):
            return _part_count(tail.group("t"), noun)
        return None
    after = re.search(rf"(?<![\w/.,]){re.escape(nums[0])}(?!\d)\s*(?P<u>[a-z]+)?", item)
    u = after.group("u") if after else None
    if u and u != noun and not (u == "nguoi" and noun in _PERSONS):
        return None
    return _num(nums[0])


def check_listed_parts(rule: Rule, ctx: Context) -> list[Finding]:
    """A count announced with "gồm:" at the end of its line, then one part per list line ("- Trưởng ban: 01 người"),
    or parts followed by their "tổng cộng" in one sentence: the parts must add up to the count. Silent when a line
    holds no count or two, counts another unit, or says "trong đó" (a part of a part)."""
    out = []
    paras = list(ctx.doc.zone("preamble", "body", "closing"))
    for i, p in enumerate(paras):
        f = p.folded
        m = LIST_WHOLE.search(f)
        # "trong đó:" may list only some parts of a count; its lines lay out the whole when it is a total sum of
        # money, or when they name every answer of a division (s23-ic, u71-07 l.21: "46 ý kiến, trong đó:" / "a) Đồng
        # ý …: 31 ý kiến;" / "b) Đồng ý nhưng đề nghị …: 9 ý kiến;" / "c) Không đồng ý …: 4 ý kiến.")
        some = bool(m and m.group(0).rstrip(" :").endswith("trong do") and not (
            m.group("noun") == "dong" and _MONEY_TOTAL_HEAD.search(f[:m.start()])))
        last_line = p.end_line
        if m and not _labelled_number(f, m.start("n")):
            parts, labels, style = [], [], None
            for q in paras[i + 1:i + 15]:
                mk = _BULLET_ITEM.match(q.folded)
                if not mk or style and _style(mk.group(0)) != style:
                    break  # the list ends at its last line or at a marker of another kind ("3. …" after "c) …")
                style = _style(mk.group(0))
                item = _BULLET_ITEM.sub("", q.folded)
                k = _part_count(item, m.group("noun"))
                if k is None or part_of_part(q.folded, q.text):
                    parts = []
                    break
                parts.append(k)
                labels.append(re.split(r"\s*(?::|\d)", item, maxsplit=1)[0].strip())
                last_line = q.end_line
            if some and not covers(labels, rule.detect.get("complements", [])):
                parts = []
            elif len(parts) < 2:
                parts = _leader_parts(ctx, p.end_line, m.group("noun"))
            total = _num(m.group("n"))
            if len(parts) >= 2 and sum(parts) != total:
                ev = _ev(ctx, p, m.start("n"), m.end("mid"))
                ev = Evidence(ev.text, ev.line, max(ev.end_line, last_line), ev.paragraph, ev.section)
                out.append(finding(rule, ctx, ev, found=p.text[m.start("n"):m.end("mid")].strip(),
                                   detail=f"{' + '.join(map(_vn_int, parts))} = {_vn_int(sum(parts))}, không phải {_vn_int(total)}"))
        for sent in re.finditer(r"(?:[^.\n]|\.(?=\d))+", f):
            s = sent.group(0)
            t = SUM_AFTER.search(s)
            if not t or _PART_OF_PART.search(s[:t.start()]):
                continue
            head = s[:t.start()].rstrip(" ,;")
            items = [x for x in re.split(r"\s*[,;]\s*", head) if x.strip()]
            ks = [_part_count(x, t.group("noun")) for x in items]
            # every clause before the total is a part of it; at least two
            if len(ks) < 2 or any(k is None for k in ks):
                continue
            total = _num(t.group("n"))
            if sum(ks) != total and _BULLET_ITEM.match(f) and sum(ks) + sum(_earlier_items(ctx.doc.paras, p.index - 1, t.group("noun"))) == total:
                continue  # s21-pr2 (lw5-13 L14): the last item of a tally closes the whole list with its total
            if sum(ks) != total:
                a, b = sent.start(), sent.start() + t.end()
                out.append(finding(rule, ctx, _ev(ctx, p, a, b), found=p.text[a:b].strip(),
                                   detail=f"{' + '.join(map(_vn_int, ks))} = {_vn_int(sum(ks))}, không phải {_vn_int(total)}"))
    return out + _group_parts(rule, ctx, paras)


def _earlier_items(paras: list, i: int, noun: str) -> list[int]:
    """The lead counts of the list items right above ``paras[i]`` (same marker), each the first count in ``noun``
    after the item's label ("- Đồng ý cho thôi: 109 hộ, bằng 69,0% tổng số 158 hộ;" gives 109): a tally written one
    answer per line whose last line ends "…; cộng 117 hộ" totals every line, not only its own (s21-pr2, lw5-13 L14)."""
    def kind(m) -> str:  # "-", "+", "•" alike; "a)" with "b)"; "1." with "2."
        c = m.group(0).strip()[:1]
        return "letter" if c.isalpha() else "number" if c.isdigit() else "dash"

    mark = kind(_BULLET_ITEM.match(paras[i].folded))
    out = []
    for q in reversed(paras[max(0, i - 8):i]):
        mq = _BULLET_ITEM.match(q.folded)
        if not mq or kind(mq) != mark:
            break
        c = re.search(rf"(?<![\w/.,])(?P<n>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)\s+{re.escape(noun)}(?!\w)", q.folded)
        if not c:
            break
        out.append(_num(c.group("n")))
    return out


#: "Phòng Hành chính - Tổng hợp ........... 06", "Ban Giám đốc (đại biểu đương nhiên) …… 07 người": a part on a
#: dot-leader line, its label then its count (folded).
_LEADER_ITEM = re.compile(rf"^\s*(?:[-+•*]\s*|[a-zđ]\)\s*|\d{{1,2}}[.)]\s+)?(?P<label>[^\d:]{{2,80}}?)\s*(?:\.{{3,}}|…+|_{{3,}})\s*:?\s*"
                          rf"(?P<n>{NUMBER})(?![\d/,%]|\.\d)(?:\s*\([a-z ]{{2,30}}\))?(?:\s+(?P<unit>[a-z]+))?\s*[;.,]?\s*$")


def _leader_parts(ctx: Context, after_line: int, noun: str) -> list[int]:
    """The counts of the dot-leader lines right after ``after_line`` (raw lines: an indented run may be read as one
    paragraph), each in the announced noun or bare; [] when the run holds fewer than two or a line of another kind
    comes first."""
    parts = []
    for line in ctx.doc.raw_lines[after_line:after_line + 15]:
        if not line.strip():
            break
        lm = _LEADER_ITEM.match(fold_keep_length(digits_for_words(line.lower())))  # "…… chín người"
        if not lm:
            break
        u = lm.group("unit")
        if u and u != noun and not (u == "nguoi" and noun in _PERSONS):
            return []
        parts.append(_num(lm.group("n")))
    return parts


#: "Thôn có 286 hộ gia đình" — the households of the place, stated once (folded; not "từ 200 hộ … trở lên").
_PLACE_HOUSEHOLDS = re.compile(rf"(?<!\w)(?:co|gom|tong\s+so)\s+(?P<n>{NUMBER})(?![.,]?\d)\s+ho(?:\s+gia\s+dinh|\s+dan)?(?!\w)(?!\s+(?:tro\s+len|tro\s+xuong))")
#: "… được tổ chức theo 02 cụm dân cư:", "chia thành 03 điểm họp:" — the place split into groups, listed below.
_SPLIT_INTO = re.compile(r"(?<!\w)(?:theo|thanh|chia|gom)\s+(?:\d{1,2}|hai|ba|bon|nam)\s+(?:cum|diem|nhom|khu)(?:\s+[a-z]+){0,3}\s*:\s*$")
#: "- Cụm số 1 (xóm Giữa, xóm Đình): 151 hộ, họp tại …": a group's households.
_GROUP_ITEM = re.compile(rf"^(?:cum|diem|nhom|khu)(?:\s+hop)?\s+(?:so\s+)?\d{{1,2}}\b[^:\d]{{0,80}}:\s*(?P<n>{NUMBER})(?![.,]?\d)\s+ho(?!\w)(?P<rest>[^\d]*)$")


def _group_parts(rule: Rule, ctx: Context, paras: list) -> list[Finding]:
    """A place's households stated once ("Thôn … có 286 hộ gia đình"), then the place split into meeting groups
    listed below ("… theo 02 cụm dân cư:" / "- Cụm số 1 (…): 151 hộ, …" / "- Cụm số 2 (…): 128 hộ, …"): every
    household belongs to one group, so the groups add up to the place (Law 10/2022 Art. 18.3: the meeting of the
    thôn held by groups). Silent when the households are stated twice, a group line holds another count, or the
    number of groups announced is not the number listed."""
    out = []
    for i, p in enumerate(paras):
        f = p.folded
        sp = _SPLIT_INTO.search(f)
        if not sp:
            continue
        wholes = {_num(m.group("n")) for q in paras[max(0, i - 2):i + 1] for m in _PLACE_HOUSEHOLDS.finditer(q.folded)}
        if len(wholes) != 1:
            continue
        announced = re.search(r"(\d{1,2}|hai|ba|bon|nam)\s+(?:cum|diem|nhom|khu)", sp.group(0)).group(1)
        announced = {"hai": 2, "ba": 3, "bon": 4, "nam": 5}.get(announced) or int(announced)
        parts, last = [], None
        for q in paras[i + 1:i + 12]:
            mk = _BULLET_ITEM.match(q.folded)
            if not mk:
                break
            g = _GROUP_ITEM.match(_BULLET_ITEM.sub("", q.folded))
            if not g:
                parts = []
                break
            parts.append(_num(g.group("n")))
            last = q
        whole = next(iter(wholes))
        if len(parts) < 2 or len(parts) != announced or sum(parts) == whole:
            continue
        out.append(finding(rule, ctx, ctx.doc.evidence(last, 0, len(last.text)), found=last.text.strip(" -+;."),
                           detail=f"{' + '.join(map(_vn_int, parts))} = {_vn_int(sum(parts))}, không phải {_vn_int(whole)} hộ"))
    return out
