"""The conflict kind: the households of a community and of those present, as a text states them (read by ``tally`` and
``community``)."""
from __future__ import annotations

import itertools
import re

from checker.kinds import Context
from checker.kinds.conflict.common import _NUM, _ONE_PART
from checker.text import fold_keep_length


#: "Tổng số hộ: 168", "tổng số hộ trong thôn là 236 hộ", "Tổng số hộ gia đình của tổ dân phố: 146".
_TOTAL_HH = re.compile(rf"\btong\s+so\s+(?:dai\s+dien\s+)?ho(?:\s+gia\s+dinh)?(?:\s+(?:trong|cua|toan|o)\s+[^:\d;.()]{{1,30}}?)?"
                       rf"\s*:?\s*(?:la\s+|co\s+)?(?P<n>{_NUM})(?!\s*/)")
#: s21-cf (unseen65 u65-01 L37): the number before the unit — "Kết quả biểu quyết: tổng số 236 hộ; 171 đại diện hộ dự họp;
#: 118 đại diện hộ tán thành" — not "tổng số 171 hộ dự họp", "tổng số 12 hộ nghèo".
_TOTAL_N_HH = re.compile(rf"\btong\s+so\s+(?:la\s+|co\s+)?(?P<n>{_NUM})\s+ho(?:\s+gia\s+dinh)?\b"
                         rf"(?!\s+(?:ngheo|can\s+ngheo|kinh\s+doanh|san\s+xuat|chinh\s+sach|dong\s+bao|tham|du|tan|dong\s+y|"
                         rf"nhat\s+tri|co\s+mat|vang|khong|bo\s+phieu|bieu\s+quyet|kien\s+nghi|de\s+nghi|gop|dang\s+ky))")


def _totals_hh(f: str):
    """The matches of every shape of "all the households" a paragraph writes: "Tổng số hộ: 236", "tổng số 236 hộ"."""
    return itertools.chain(_TOTAL_HH.finditer(f), _TOTAL_N_HH.finditer(f))


#: "thôn nay có 168 hộ", "Bản Sáng Pao có 96 hộ, 478 nhân khẩu" — not "mỗi thôn có", "18 hộ nghèo".
_COMMUNITY_HH = re.compile(
    rf"(?<!moi )(?<!cac )(?<!nhung )\b(?:thon|to\s+dan\s+pho|tdp|ban|lang|ap|xom|buon|bon|khu\s+pho|khom|khu\s+dan\s+cu|cong\s+dong\s+dan\s+cu)"
    rf"\b[^.;:()\n\d]{{0,40}}?\b(?:co|gom)\s+(?:tong\s+(?:so|cong)\s+)?(?P<n>{_NUM})\s+ho(?:\s+gia\s+dinh)?\b"
    rf"(?!\s+(?:ngheo|can\s+ngheo|kinh\s+doanh|san\s+xuat|chinh\s+sach|dong\s+bao|nguoi|tham|du|tan|dong\s+y))")


def _int(s: str) -> int:
    return int(s.replace(".", ""))


_COMMUNITY_NAME = r"(?:thon|to\s+dan\s+pho|ban|lang|ap|xom|buon|bon|khu\s+pho|khom|khu\s+dan\s+cu|cong\s+dong\s+dan\s+cu)\b"
#: "Số hộ gia đình của tổ dân phố: 296 hộ" (a table row read as its sentence) — the community's own count.
_HH_OF_COMMUNITY = re.compile(rf"(?<!moi )\bso\s+ho(?:\s+gia\s+dinh)?\s+(?:cua|trong|toan)\s+{_COMMUNITY_NAME}"
                              rf"[^:\d;.()]{{0,25}}?\s*(?::|la)\s*(?P<n>{_NUM})(?!\s*/|[\d,])")
#: "đại diện 118/142 hộ gia đình trong thôn": those present of all the community's households, the whole after "/".
_HH_SHARE_OF_COMMUNITY = re.compile(rf"(?<![\d/.,])(?:{_NUM})\s*/\s*(?P<n>{_NUM})\s+ho(?:\s+gia\s+dinh)?\s+(?:trong|cua|toan)\s+"
                                    rf"{_COMMUNITY_NAME}")


#: "Đại diện hộ gia đình: có mặt 151/246 hộ", "số đại diện hộ có mặt: 112/236 hộ": those present of all the households;
#: s19-cm (unseen68 u68-07): "Tham dự: 165/240 đại diện hộ gia đình".
_PRESENT_OF_ALL = re.compile(rf"(?<!khong )\b(?:co\s+mat|du\s+hop|tham\s+du)\s*:?\s*(?:{_NUM})\s*/\s*(?P<n>{_NUM})\s+(?:dai\s+dien\s+)?ho\b"
                             r"(?!\s+(?:ngheo|can\s+ngheo|kinh\s+doanh))")


def _households_named_whole(texts: list[str]) -> set[int]:
    """The community's households a text states by naming the community as their whole: a label "Số hộ gia đình của
    tổ dân phố: 296 hộ", or the denominator of "118/142 hộ gia đình trong thôn" (never one cluster's, "cụm 2")."""
    return {_int(m.group("n")) for f in texts for rx in (_HH_OF_COMMUNITY, _HH_SHARE_OF_COMMUNITY)
            for m in rx.finditer(f.lower()) if not _ONE_PART.search(f.lower()[max(0, m.start() - 30):m.end()])}


#: s17-c2b (unseen62 u62-02 L35): "thôn Khuổi Tát có 236 hộ" in a commune's report on nine villages is one village's
#: whole, not the whole of "thôn Đông Xả" whose vote a later sentence records. A community named by its proper name:
#: the community word and the capitalised words after it ("thôn Đông Xả", "tổ dân phố số 3").
_NAMED_COMMUNITY = re.compile(r"(?i)(?<!\w)(?:thôn|tổ\s+dân\s+phố|bản|làng|ấp|xóm|buôn|bon|khu\s+phố|khóm)\s+"
                              r"(?P<name>(?:số\s+\d+\w*)|(?:[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,3}))")


def _community_names(text: str) -> set[str]:
    """The folded proper names of the communities ``text`` names ("thôn Đông Xả" → "dong xa"); a lower-case word
    after the community word ("thôn có", "bản thân") names none."""
    out = set()
    for m in _NAMED_COMMUNITY.finditer(text):
        words = m.group("name").split()
        if words[0].lower() == "số":
            out.add(fold_keep_length(" ".join(words[:2])).lower())
            continue
        keep = []
        for w in words:
            if not w[:1].isupper():
                break
            keep.append(w)
        if keep:
            out.add(fold_keep_length(" ".join(keep)).lower())
    return out


def community_households_names(ctx: Context) -> set[str]:
    """The proper names of the communities whose household count gives ``community_households`` ("thôn Khuổi Tát có
    236 hộ" → {"khuoi tat"}); empty when the count names no community by name."""
    community_households(ctx)
    return ctx.memo.get("conflict.households_names", set())


#: s19-cr2 (unseen64 u64-09): a tally typed with dot leaders, one row a line ("Tổng số hộ gia đình trong bản ......... 176",
#: "Số phiếu đồng ý ......... 86"), the rows run into one paragraph: the leader is the colon of a "label: value" row.
_LEADER = re.compile(r"[ \t]*(?:\.{4,}|…{2,}|(?:\. ){3,}\.?)[ \t]*")


def unleader(folded: str) -> str:
    """``folded`` with each dot leader written as ": " (length kept, so offsets into the key still hold)."""
    return _LEADER.sub(lambda m: ": " + " " * (len(m.group()) - 2), folded) if "..." in folded or "…" in folded else folded


def community_households(ctx: Context) -> int | None:
    """The number of households the document gives for its community, when it gives one only (a table row
    "| Tổng số hộ trong thôn | … |" over "| 186 | … |" too)."""
    key = "conflict.households"
    if key not in ctx.memo:
        texts = [unleader(p.folded) for p in ctx.doc.paras] + [fold_keep_length(t) for t in ctx.doc.table_facts.values()]
        found = {_int(m.group("n")) for f in texts for m in _COMMUNITY_HH.finditer(f)}
        ctx.memo["conflict.households_names"] = {
            n for p in ctx.doc.paras for m in _COMMUNITY_HH.finditer(p.folded)
            for n in _community_names(p.text[m.start():m.end()])}
        found |= {_int(m.group("n")) for f in texts for m in _totals_hh(f)
                  if not _ONE_PART.search(f[max(0, m.start() - 30):m.start()])}
        found |= _households_named_whole(texts)
        # s19-cm (unseen68 u68-12): "cuộc họp … có 180/236 đại diện hộ gia đình tham dự." names all the households as the
        # whole of those present (a second, different whole leaves the document with none)
        found |= {_int(m.group("n")) for f in texts for m in _ALL_THEN_PRESENT.finditer(f)
                  if not _ONE_PART.search(f[max(0, m.start() - 30):m.end()])}
        ctx.memo[key] = found.pop() if len(found) == 1 else None
    return ctx.memo[key]


def the_one_count(ctx: Context, key: str, pattern: re.Pattern, skip=None, *, text: str = "folded",
                  zones: tuple[str, ...] | None = None) -> int | None:
    """The one number (group "n") ``pattern`` finds in the document's paragraphs (their ``text`` form: "folded" or
    "key"; only those of ``zones`` when given), leaving out a match ``skip(text, match)`` rejects; None when there is
    none or more than one. Kept in ``ctx.memo[key]``."""
    if key not in ctx.memo:
        texts = [getattr(p, text) for p in ctx.doc.paras if zones is None or p.zone in zones]
        found = {_int(m.group("n")) for t in texts for m in pattern.finditer(t) if skip is None or not skip(t, m)}
        ctx.memo[key] = found.pop() if len(found) == 1 else None
    return ctx.memo[key]


#: s19-cm (unseen68 u68-12): "cuộc họp … có 180/236 đại diện hộ gia đình tham dự." — the count present of all the
#: households, the word of attendance after it and ending the clause (never "176/207 đại diện hộ dự họp tán thành",
#: a vote of those present).
_ALL_THEN_PRESENT = re.compile(rf"(?<![\d/.,])(?:{_NUM})\s*/\s*(?P<n>{_NUM})\s+(?:dai\s+dien\s+)?ho(?:\s+gia\s+dinh)?"
                               r"\s+(?:co\s+mat|du\s+hop|tham\s+du)(?=\s*(?:[.;,)]|$))")


def households_after_present(ctx: Context) -> int | None:
    """The households the document gives only as the whole of its count present ("Đại diện hộ gia đình: có mặt
    151/246 hộ", "có 180/236 đại diện hộ gia đình tham dự."), when it gives one such whole
    (``tally.whole_after_present``)."""
    key = "conflict.households_after_present"
    if key not in ctx.memo:
        found = {_int(m.group("n")) for p in ctx.doc.paras for rx in (_PRESENT_OF_ALL, _ALL_THEN_PRESENT)
                 for m in rx.finditer(p.folded) if not _ONE_PART.search(p.folded[max(0, m.start() - 30):m.end()])}
        ctx.memo[key] = found.pop() if len(found) == 1 else None
    return ctx.memo[key]
#: "Số đại diện hộ gia đình có mặt: 131" (folded): the households present; not "số hộ không có người đại diện tham dự: 105".
#: s36-qt (unseen98 u98-04 L13): "số hộ có đại diện dự họp: 160 hộ" — the households that have a representative present —
#: is the count present; a bare "đại diện dự họp" is not read (a representative's own attendance), nor the absent (``_ABSENT``).
_HH_PRESENT = re.compile(r"(?<!khong )(?<!khong co )(?<!nguoi )(?<!(?<!co )dai dien )\b(?:co\s+mat|du\s+hop|tham\s+du)\s*(?::|la)\s*"
                         rf"(?P<n>{_NUM})(?![\d,.]\d|\s*/|\s*%)")
_ABSENT = re.compile(r"\b(?:khong|vang)\b[^:;.]{0,30}$")


def households_present(ctx: Context) -> int | None:
    """The households present the document records, when it records one number ("Số đại diện hộ gia đình có mặt:
    131"); a count of the absent ("số hộ không có người đại diện tham dự: 105") is not one."""
    return the_one_count(ctx, "conflict.households_present", _HH_PRESENT,
                          lambda f, m: _ABSENT.search(f[max(0, m.start() - 40):m.start()]))
