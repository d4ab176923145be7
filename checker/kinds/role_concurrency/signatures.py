"""The role_concurrency kind, readers of titles: a title line split at its marker (``_split_titles``), titles
side by side in columns (``_column_titles``), a bare head's title read with the text's own unit
(``_bare_head_titles``), and one name signed under two titles of a signature block (``_signature_pairs``)."""
from __future__ import annotations

import re

from checker.kinds import Context
from checker.kinds.role_concurrency.common import _SIGNER, _conditional, _negated, _upper_title, signers_roll
from checker.nlp import keep_entity, pipeline
from checker.text import UPPER, fold_keep_length


_MARKER_LINE = re.compile(r"^\s*(?:kiêm nhiệm|kiêm|đồng thời là|kiem nhiem|kiem|dong thoi la)\s+$")


def _split_titles(ctx: Context):
    """(role of a short line, the next line's sentence, its role) when the next line opens with "KIÊM" /
    "đồng thời là" and its first role follows the marker: one title written over two lines."""
    paras = ctx.doc.paras
    for p, q in zip(paras, paras[1:]):
        if len(p.text.strip()) > 80 or not re.match(r"^\s*(?:kiêm|đồng thời là|kiem|dong thoi la)\s", q.key):
            continue
        last = [e for t in ctx.ann.by_para.get(p.index, ()) for e in t.ents if e.label == "ROLE"]
        sents = ctx.ann.by_para.get(q.index, ())
        if not last or not sents:
            continue
        t = sents[0]
        first = next((e for e in t.ents if e.label == "ROLE"), None)
        if first is None or not _MARKER_LINE.match(t.key[:first.start - t.start]):
            continue
        yield last[-1], t, first


#: between two posts of one column's title: "TRƯỞNG BẢN KIÊM TRƯỞNG BAN", "TRƯỞNG THÔN – TRƯỞNG BAN …"
_COLUMN_JOIN = re.compile(r"^\s*(?:kiêm nhiệm|kiêm|đồng thời là|kiem nhiem|kiem|dong thoi la|[-–—,])\s*$")


def _column_titles(ctx: Context):
    """(sentence, offset, role x, role y) for one column of a signature block whose title runs over two upper-case
    lines, the cut falling inside the second post: "TRƯỞNG BẢN KIÊM TRƯỞNG BAN      ĐẠI DIỆN HỘ GIA ĐÌNH" /
    "CÔNG TÁC MẶT TRẬN BẢN". The column's two pieces are read together; the two posts must be joined by "kiêm",
    "đồng thời là" or a dash (two titles one under the other are two signers)."""
    raw = ctx.doc.raw_lines
    for p in ctx.doc.paras:
        for k, line_no in enumerate(p.seg_lines):
            if not 1 <= line_no < len(raw):
                continue
            top, below = raw[line_no - 1], raw[line_no]
            if not _upper_title(top) or not below.strip() or not _upper_title(below) \
                    or _SIGN_NOTE.match(below.strip()):
                continue
            tops, lows = _columns(top), _columns(below)
            for i, (at, head) in enumerate(tops):
                end = tops[i + 1][0] if i + 1 < len(tops) else 10 ** 6
                tail = [c for a, c in lows if at - 4 <= a < end]
                if len(tail) != 1 or _SIGN_NOTE.match(tail[0]):
                    continue
                joined = f"{head} {tail[0]}"
                folded = fold_keep_length(joined)
                ents = [e for e in pipeline()(folded).ents
                        if e.label_ == "ROLE" and keep_entity(e.ent_id_, joined[e.start_char:e.end_char])]
                for x, y in zip(ents, ents[1:]):
                    if x.start_char >= len(head) or y.end_char <= len(head) + 1:
                        continue  # the pair must straddle the cut
                    if not _COLUMN_JOIN.match(joined[x.end_char:y.start_char].lower()):
                        continue
                    off = p.seg_starts[k] + max(0, p.text[p.seg_starts[k]:].find(head[:12]))
                    t = next((t for t in ctx.ann.by_para.get(p.index, ()) if t.start <= off < t.end), None)
                    if t is not None:
                        yield t, off - t.start, x.ent_id_, y.ent_id_


# "TM. TỔ DÂN PHỐ BẮC ĐẨU" / "TỔ TRƯỞNG KIÊM TRƯỞNG BAN CÔNG TÁC MẶT TRẬN": under the community it signs for, a
# bare "TỔ TRƯỞNG" is the Tổ trưởng tổ dân phố.
_BARE_HEAD_TITLE = re.compile(r"^\s*(?:chủ trì\s*[-–—]\s*)?tổ trưởng\s*(?:kiêm(?: nhiệm)?|đồng thời là|[-–—])\s*$")
_FOR_TDP = re.compile(r"^\s*(?:tm|t/m)\.?\s*(?:tổ dân phố|khu phố)\b")


_FOR_ANY = re.compile(r"^\s*(?:tm|t/m|kt|q)\.?\s+\w")
#: the covenant's own name in its opening lines: "QUY ƯỚC TỔ DÂN PHỐ HÒE NHAI", "HƯƠNG ƯỚC … TỔ DÂN PHỐ SỐ 3"
_TDP_COVENANT = re.compile(r"^\W*(?:hương ước|quy ước)\b[^\n]{0,40}?\b(?:tổ dân phố|khu phố)(?!\w)")


def _tdp_own_covenant(ctx: Context) -> bool:
    """A hương ước or quy ước of a tổ dân phố, by its title in the first lines."""
    if ctx.doc_type != "huong_uoc":
        return False
    return any(_TDP_COVENANT.match(p.key) for p in ctx.doc.paras[:8])


_BARE_HEAD_IN_TEXT = re.compile(r"(?<!\w)tổ trưởng\s*(?:kiêm(?: nhiệm)?|đồng thời là)\s*$")
_OF_TDP = re.compile(r"\s*(?:tổ dân phố|khu phố|tdp)(?!\w)")


def _bare_head_titles(ctx: Context):
    """(the title's sentence, its role) for "TỔ TRƯỞNG KIÊM <role>" signed for a tổ dân phố ("TM. TỔ DÂN PHỐ …"
    on one of the two lines above), and for "Tổ trưởng kiêm Trưởng ban công tác Mặt trận tổ dân phố" in the text (the
    place after the second post names the first)."""
    for t in ctx.ann.sentences:
        for y in t.ents:
            if y.label == "ROLE" and _BARE_HEAD_IN_TEXT.search(t.key, 0, y.start - t.start) \
                    and _OF_TDP.match(t.key, y.end - t.start) and not _negated(t.key, y.start - t.start) \
                    and not _conditional(t.key, y.start - t.start):
                yield t, y
    paras = ctx.doc.paras
    own_tdp = _tdp_own_covenant(ctx)
    for k, p in enumerate(paras):
        above = paras[max(0, k - 2):k]
        if not _upper_title(p.text):
            continue
        # a quy ước of a tổ dân phố signed with no "TM." line: its bare "TỔ TRƯỞNG" is the Tổ trưởng tổ dân phố
        # (s17-r2: checker_unseen61 u61-08); never under "TM. TỔ BẦU CỬ" or another body's "TM."
        if not any(_FOR_TDP.match(q.key) for q in above) \
                and not (own_tdp and not any(_FOR_ANY.match(q.key) for q in above)):
            continue
        for t in ctx.ann.by_para.get(p.index, ()):
            y = next((e for e in t.ents if e.label == "ROLE"), None)
            if y is not None and _BARE_HEAD_TITLE.match(t.key[:y.start - t.start]) \
                    and not signers_roll(t.text, 0, y.end - t.start):
                yield t, y


# ---------------------------------------------------------------------------------------------------------
# Signature blocks: "TRƯỞNG THÔN          TRƯỞNG BAN CÔNG TÁC MẶT TRẬN" / "(ký)     (ký)" / "Lường Văn Nọi
# Lường Văn Nọi" — the same name signed under two titles is one person holding both posts.
# ---------------------------------------------------------------------------------------------------------

_COLUMNS = re.compile(r"[^|]+?(?=\s{2,}|\s*\||$)")
_SIGN_NOTE = re.compile(r"^\(?\s*(?:đã\s+)?(?:ký|kí|ky)\b.*\)?$|^\(.*\)$", re.IGNORECASE)
SIGN_LOOK = 5


def _columns(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group().strip()) for m in _COLUMNS.finditer(line) if m.group().strip()]


def _signatures(ctx: Context):
    """(name, role ent, sentence) for each role of an upper-case signature title and the name signed under it
    (the name in the column nearest the title's)."""
    raw = ctx.doc.raw_lines
    out = []
    for p in ctx.doc.paras:
        for t in ctx.ann.by_para.get(p.index, ()):
            for e in t.ents:
                if e.label != "ROLE":
                    continue
                line_no = p.line_at(e.start)
                if not 1 <= line_no <= len(raw):
                    continue
                line = raw[line_no - 1]
                if not _upper_title(line):
                    continue
                k = p.seg_lines.index(line_no) if line_no in p.seg_lines else None
                if k is None:
                    continue
                words = p.text[e.start:e.end].split()
                found = re.search(r"\s+".join(map(re.escape, words)), line) if words else None
                if found is None:
                    continue
                col = found.start()
                titles = _columns(line)
                for j in range(line_no, min(len(raw), line_no + SIGN_LOOK)):
                    below = raw[j]
                    cols = _columns(below)
                    if not cols:
                        continue
                    if _upper_title(below) and any(c for _, c in cols if not _SIGNER.match(c)):
                        break  # the next title block
                    names = [(at, c) for at, c in cols if _SIGNER.match(c) and not _SIGN_NOTE.match(c)
                             and c != c.upper()]
                    if not names or len(names) < len([c for c in cols if not _SIGN_NOTE.match(c[1])]):
                        if all(_SIGN_NOTE.match(c) for _, c in cols):
                            continue
                        if not names:
                            continue
                    # the title column this role sits in, and the name column nearest to it
                    tcol = max((at for at, _ in titles if at <= col), default=0)
                    starts = [at for at, _ in titles]
                    if len(titles) != len(names) and len(titles) > 1:
                        # a column holding a note instead of a name ("(02 người, ký, ghi rõ họ tên)" under "ĐẠI DIỆN
                        # HỘ GIA ĐÌNH") keeps its place: with a cell under every title, the cells are counted
                        # (unseen80 u80-10 L47)
                        if len(cols) == len(titles) and tcol in starts and cols[starts.index(tcol)] in names:
                            at, name = cols[starts.index(tcol)]
                            out.append((" ".join(re.sub(r"^(?:[ÔôOo]ng|[Bb]à)\s+", "", name).split()).lower(), e, t, j + 1))
                        break
                    if len(titles) == len(names) > 1 and tcol in starts:
                        # as many names as titles: the name in the same column, counted — the offsets of a grid
                        # "TỔ TRƯỞNG … | TRƯỞNG THÔN | TRƯỞNG BAN …" / "Chu Văn Lạng | Hứa Văn Bạo | Lương Thị Nhài"
                        # do not line up (lw4_11)
                        at, name = names[starts.index(tcol)]
                    else:
                        at, name = min(names, key=lambda n: abs(n[0] - tcol))
                    out.append((" ".join(re.sub(r"^(?:[ÔôOo]ng|[Bb]à)\s+", "", name).split()).lower(), e, t, j + 1))
                    break
    return out


def _signature_pairs(ctx: Context, A, B):
    """(sentence, offset, a role id, b role id, name, line of the name): one name signed under a title of each
    side. The line of the name is given so that the finding's evidence runs from the title to the name signed."""
    seen: dict[str, list] = {}
    for name, e, t, at_line in _signatures(ctx):
        seen.setdefault(name, []).append((e, t, at_line))
    for name, held in seen.items():
        xa = [(e, t, n) for e, t, n in held if e.id in A]
        xb = [(e, t, n) for e, t, n in held if e.id in B and all(e is not a for a, _, _ in xa)]
        if xa and xb:
            e, t, _ = max(xa + xb, key=lambda h: h[0].start)
            yield t, e.start - t.start, xa[0][0].id, xb[0][0].id, name.title(), max(n for _, _, n in xa + xb)


# ---------------------------------------------------------------------------------------------------------
# A row of titles over a row of names, both cut by the same mark: "TRƯỞNG THÔN / TRƯỞNG BAN CÔNG TÁC MẶT TRẬN" over
# "Lê Văn Khải / Phạm Văn Đông" — one column each, several people; never one person's two posts.
# ---------------------------------------------------------------------------------------------------------

#: the mark between two columns written on one line: a slash, or a dash with spaces around it
_ROW_MARKS = (re.compile(r"\s*/\s*"), re.compile(r"\s+[-–—]\s+"))
#: a column of the names row: one person's full name, or several joined by commas ("Đỗ Văn Tư, Nguyễn Thị Mơ"),
#: or a note of the signature ("(đã ký)") before or after them
_NAME_CELL = re.compile(r"^(?:\(?\s*(?:đã\s+)?(?:ký|kí)\s*\)?\s*)?(?:(?:[ÔôOo]ng|[Bb]à)\s+)?[" + UPPER + r"]"
                        r"[\wÀ-ỹ]*(?:\s+[" + UPPER + r"][\wÀ-ỹ]*){1,4}(?:\s*,\s*(?:(?:[ÔôOo]ng|[Bb]à)\s+)?"
                        r"[" + UPPER + r"][\wÀ-ỹ]*(?:\s+[" + UPPER + r"][\wÀ-ỹ]*){1,4})*$")


def _cells(line: str, mark: re.Pattern) -> list[tuple[int, int, str]]:
    """(start, end, text) of each column of ``line`` cut at ``mark``."""
    out, at = [], 0
    for m in mark.finditer(line):
        out.append((at, m.start(), line[at:m.start()].strip()))
        at = m.end()
    out.append((at, len(line), line[at:].strip()))
    return out


def titles_over_names(ctx: Context, s, x, y) -> bool:
    """The posts ``x`` and ``y`` of sentence ``s`` stand in two columns of one upper-case row of titles cut by "/" or a
    spaced dash, and the first written line below (past "(ký)" notes) is a row of as many names cut by the same mark:
    several people sign side by side."""
    raw = ctx.doc.raw_lines
    p = s.para
    line_no = p.line_at(x.start)
    if p.line_at(y.start) != line_no or not 1 <= line_no <= len(raw):
        return False
    line = raw[line_no - 1]
    if not _upper_title(line):
        return False
    folded = line.lower()
    xw, yw = (re.search(r"\s+".join(map(re.escape, p.text[e.start:e.end].lower().split())), folded) for e in (x, y))
    if xw is None or yw is None:
        return False
    for mark in _ROW_MARKS:
        titles = _cells(line, mark)
        if len(titles) < 2:
            continue
        col = [next((k for k, (a, b, _) in enumerate(titles) if a <= w.start() < b), -1) for w in (xw, yw)]
        if col[0] == col[1]:
            continue  # "TRƯỞNG THÔN KIÊM TRƯỞNG BAN … / ĐẠI DIỆN HỘ": both posts in one column
        for below in raw[line_no:line_no + SIGN_LOOK]:
            if not below.strip() or _SIGN_NOTE.match(below.strip()):
                continue
            names = [c for _, _, c in _cells(below.strip(), mark)]
            return len(names) == len(titles) and all(_NAME_CELL.match(c) and c != c.upper() for c in names) \
                and len({n.lower() for n in names}) == len(names)
    return False
