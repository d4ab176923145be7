"""The role_concurrency kind, readers of nominee and elected lists: the people a sentence puts up for a board
(``_nominees``), a list of those elected or put forward with their own posts (``_put_forward``), and the board a vote
elects (``_elected_board``, a table's "Bầu vào" column ``_elected_column``)."""
from __future__ import annotations

import re

from checker.kinds import Context
from checker.kinds.role_concurrency.common import (
    PERSON, _DESCRIBED_THEN_POST, _KIN, _across, _conditional, _negated, in_quotes,
)
from checker.subject import boards
from checker.tables import cell_spans
from checker.text import fold_keep_length


#: "Danh sách đề cử: bà A (Phó Giám đốc) - dự kiến Trưởng ban; ông B (…)" right under "Bầu Ban Thanh tra nhân dân
#: nhiệm kỳ 2026 - 2028 gồm 05 thành viên …": the people put up for the body the line above elects.
_NOMINEE_LIST = re.compile(r"^\s*(?:[-–+•*]\s*)?(?:danh sách|danh sach)\s+(?:người\s+|nguoi\s+)?"
                           r"(?:đề cử|ứng cử|giới thiệu|dự kiến|đề xuất|de cu|ung cu|gioi thieu|du kien|de xuat)\s*:")
_ELECTS_BODY = re.compile(r"(?<!\w)(?:bầu|bau)\s+$")
#: "Bầu bổ sung 01 thành viên Ban Thanh tra nhân dân …", "bầu thêm ủy viên Ban …": an election that fills a body's seat.
_ELECTS_SEAT = re.compile(r"(?<!\w)(?:bầu|bau)\s+(?:(?:bổ\s+sung|thêm|lại|bo\s+sung|them|lai)\s+)?"
                          r"(?:(?:\d{1,2}|một|hai|ba|mot)\s+)?(?:(?:thành\s+viên|ủy\s+viên|uỷ\s+viên|người)\s+(?:vào\s+)?)?$")
#: "…; Ban Chấp hành Công đoàn giới thiệu ông A, Kế toán trưởng Công ty.", "Công đoàn đề cử ông A (…)": who is put up.
_PUTS_UP = re.compile(r"(?<!\w)(?:giới thiệu|đề cử|đề xuất|gioi thieu|de cu|de xuat)\s+(?:(?:người\s+ứng\s+cử|nhân\s+sự)\s+(?:là\s+)?)?$")
#: …unless the sentence gives the person another post or body: "giới thiệu ông A làm Thư ký hội nghị".
_OTHER_SEAT = re.compile(r"(?<!\w)(?:làm|vào|giữ chức|phụ trách|tham gia|lam|vao|giu chuc|phu trach|tham gia)\s")


def _elected_seat(s) -> str | None:
    """The body whose seat the sentence elects ("Bầu bổ sung 01 thành viên Ban Thanh tra nhân dân …"), else None."""
    for e in s.ents:
        body = e.id if e.label == "BODY" else e.id[len("member:"):] if e.label == "ROLE" and e.id.startswith("member:") else None
        if body and _ELECTS_SEAT.search(s.key, 0, e.start - s.start) and not _negated(s.key, e.start - s.start) \
                and not _conditional(s.key, e.start - s.start):
            return body
    return None


def _nominees(ctx: Context):
    """(body id, name, sentence, offset) for each person of a nominee list whose sentence follows one electing the
    body ("Bầu <body> …"), in the same paragraph or the one above; and each person put up ("giới thiệu / đề cử ông A,
    <post>") in the sentence that elects a seat of the body or in the one after it (u66-12)."""
    sents = ctx.ann.sentences
    for prev, t in zip(sents, sents[1:]):
        if not _NOMINEE_LIST.match(t.key) or prev.para.zone != t.para.zone or t.para.index - prev.para.index > 1:
            continue
        body = None
        for e in prev.ents:
            if e.label == "BODY" and _ELECTS_BODY.search(prev.key, 0, e.start - prev.start) \
                    and not _negated(prev.key, e.start - prev.start):
                body = e.id
        if body is None:
            continue
        for m in PERSON.finditer(t.para.text, t.start, t.end):
            yield body, " ".join(m.group("name").split()), t, m.start()
    for k, t in enumerate(sents):
        if t.para.zone != "body":
            continue
        for m in PERSON.finditer(t.para.text, t.start, t.end):
            at = m.start() - t.start
            pm = _PUTS_UP.search(t.key, max(0, at - 40), at)
            if pm is None or _negated(t.key, pm.start()) or _conditional(t.key, pm.start()) \
                    or _OTHER_SEAT.search(re.sub(r"\([^()]*\)", " ", t.key[m.end() - t.start:])):
                continue
            body = _elected_seat(t)
            if body is None and k and sents[k - 1].para is t.para:
                body = _elected_seat(sents[k - 1])
            if body:
                yield body, " ".join(m.group("name").split()), t, m.start()
#: "… trúng cử thành viên Ban Thanh tra nhân dân xã", "Bầu thành viên Ban …": the board a vote elects.
_ELECTS = re.compile(r"(?<!\w)(?:bau|trung cu|ung cu)\s+(?:(?:bo sung\s+)?(?:thanh vien|uy vien|vao)\s+)?$")
ELECTED_AROUND = 4


def _elected_board(ctx: Context, first: int, after: int) -> str | None:
    """The one board a vote tally's neighbourhood (a few paragraphs above and below it, and the title) says is
    elected: "4. Ông A trúng cử thành viên Ban Thanh tra nhân dân xã", "Bầu thành viên Ban …"."""
    paras = ctx.doc.paras
    near = paras[max(0, first - ELECTED_AROUND):first] + paras[after:after + ELECTED_AROUND]
    texts = [p.text for p in near if p.zone in ("body", "preamble")] + [ctx.doc.title_text or ""]
    named = set()
    for text in texts:
        folded = fold_keep_length(text).lower()
        for bid, _name, rx in boards():
            for m in rx.finditer(folded):
                if _ELECTS.search(folded[max(0, m.start() - 40):m.start()]):
                    named.add(bid)
    return named.pop() if len(named) == 1 else None

#: A sentence listing people elected or put forward: "11 người trúng cử (…), trong đó ông A, Phó Giám đốc, …",
#: "Ban Chấp hành Công đoàn giới thiệu: bà A (giáo viên), ông B (Phó Hiệu trưởng)", "Những người được bầu là …".
_PUT_FORWARD = re.compile(r"(?<!\w)(?:trúng cử|được bầu|bầu được|đắc cử|giới thiệu|đề cử|ứng cử|được đề cử|được giới thiệu)"
                          r"(?:\s+(?:thành viên|ủy viên|uỷ viên)(?:\s+ban(?:\s+[^\s,;:.()]+){0,5})?)?"
                          r"(?:\s+(?:được\s+)?(?:\d{1,2}|\w+)\s+(?:người|thành viên|ủy viên|đồng chí))?\s*(?:\([^()]{0,60}\)\s*)?"
                          # s23-fe (u72-03 L23): the list's purpose before its colon, "giới thiệu 03 người để Hội nghị bầu:"
                          r"(?:,?\s*để\s+(?:hội nghị|đại hội)\s+(?:xem xét,?\s+)?(?:bầu|biểu quyết|lựa chọn|bỏ phiếu)(?:\s+(?:bầu|chọn))?\s*)?"
                          r"(?::|là|gồm|gồm có|,\s*trong\s+đó(?:\s+có)?)\s*")
#: "ông A, <post>" / "ông A (<post>)" / "ông A - <post>": the post right after the name is the person's own.
_POST_AFTER_NAME = re.compile(r"(?:[,(]|\s[-–]\s)\s*(?:hiện\s+là\s+|là\s+)?$")


def _put_forward(ctx: Context, A, B):
    """(body id, role ent, sentence, offset, name) for a person named in a list of those elected or put forward to
    a board, whose own post (in apposition, commas or brackets) the rule restricts: "5. Bầu Ban Thanh tra nhân dân:"
    over "- Kết quả: 11 người trúng cử, trong đó ông Nông Văn Bảy, Phó Giám đốc phụ trách kỹ thuật, …"; "IV. BẦU BAN
    THANH TRA NHÂN DÂN" over "3. Ban Chấp hành Công đoàn giới thiệu: …, ông Bế Văn Quý (Phó Hiệu trưởng)". The board
    is the one elected (``_elected_board``: the paragraphs around, the title); none when two boards are."""
    paras = ctx.doc.paras
    for k, para in enumerate(paras):
        if para.zone not in ("body", "preamble"):
            continue
        for t in ctx.ann.by_para.get(para.index, ()):
            m = _PUT_FORWARD.search(t.key)
            if not m or _negated(t.key, m.start()) or _conditional(t.key, m.start()) or in_quotes(t.text, m.start()):
                continue
            # a proposal names its list after a colon ("giới thiệu: …", "đề cử gồm …"); "Trưởng ban do Ủy ban MTTQ xã giới
            # thiệu là ông A, …, để hội nghị xem xét" proposes one holder of a post, not a member
            if re.match(r"(?:được\s+)?(?:giới thiệu|đề cử|ứng cử)", m.group()) and not re.search(r"(?::|gồm(?:\s+có)?)\s*$", m.group()):
                continue
            body = None
            for e in t.ents:
                # the board named before the list, or after it as what the people listed stand for ("… ứng cử thành
                # viên Ban Thanh tra nhân dân")
                if e.id.startswith("member:") and e.id[len("member:"):] in _BOARDS and (
                        e.start - t.start < m.end() or _STANDS_FOR.search(t.key[max(0, e.start - t.start - 20):e.start - t.start])):
                    body = e.id[len("member:"):]
            body = body or _elected_board(ctx, k, k + 1)
            if not body:
                continue
            for pm in PERSON.finditer(t.para.text, t.start + m.end(), t.end):
                if _KIN.search(t.key[max(0, pm.start() - t.start - 25):pm.start() - t.start]):
                    continue  # "ông A, …, con trai bà B, công chức …": B is named as A's kin, not put up (s33-sv)
                r = next((e for e in t.ents if e.label == "ROLE" and not e.id.startswith("member:")
                          and pm.end() <= e.start
                          and (e.start <= pm.end() + 14 and _POST_AFTER_NAME.search(t.para.text[pm.end():e.start])
                               or _described_gap(t.key[pm.end() - t.start:e.start - t.start]))
                          and not _KIN.search(t.key[max(0, e.start - t.start - 25):e.start - t.start])), None)
                if r is not None and _across(f"member:{body}", r.id, A, B):
                    yield body, r, t, r.start - t.start, " ".join(pm.group("name").split())


def _described_gap(gap: str) -> bool:
    """s33-sv (u91-13 l.17): "giới thiệu 01 người ứng cử: bà A, sinh năm 1987, công chức Văn phòng - Thống kê …": the
    post after clauses that only describe the person (birth, residence; ``common._DESCRIBED_THEN_POST``) is hers."""
    return len(gap) <= 90 and bool(_DESCRIBED_THEN_POST.match(gap)) and bool(re.search(r"[\wÀ-ỹ]", gap))


_BOARDS = ("bttnd", "bgsdtcd")
_STANDS_FOR = re.compile(r"(?<!\w)(?:ứng cử|trúng cử|được bầu|bầu|vào|làm)(?:\s+(?:vào|làm))?\s*$")


#: A header cell naming, for each row, the board its person is elected to: "Bầu vào", "Ứng cử vào", "Trúng cử vào".
_ELECTED_TO = re.compile(r"^\s*(?:bầu|ứng cử|trúng cử|được bầu|bau|ung cu|trung cu|duoc bau)\s+(?:vào|vao)(?:\s+ban)?\s*$")


def _elected_column(header) -> int | None:
    """The index (in ``cell_spans``) of a header's "Bầu vào" cell, else None."""
    if header is None:
        return None
    spans = cell_spans(header.text)
    found = [i for i, (a, b) in enumerate(spans) if _ELECTED_TO.match(header.key[a:b])]
    return found[0] if len(found) == 1 else None
