"""What a checked document is by or about: the community board a bare "Ban" means, and the document's subject.

The Ban Thanh tra nhân dân (Law Arts. 35-40) and the Ban Giám sát đầu tư của cộng đồng (Arts. 41-45) issue
their own plans and reports ("ỦY BAN MTTQ VIỆT NAM XÃ … / BAN GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG", "BÁO CÁO / Kết
quả hoạt động của Ban Thanh tra nhân dân xã …"), and their sentences then say only "Ban gồm 04 thành viên",
"Ủy viên phụ trách thôn … là ông …". The rules read such a bare "Ban" as the board named last before it in its
paragraph (``last_board``), else as the board the header names — when it names exactly one of them
(``document_board``). ``subject_text``: the title, else a letter's "V/v …" line.

Examples (tests/test_check_policy.py::test_a_bare_ban_is_the_board_that_issues_the_text):
  issuer "ỦY BAN MTTQ VIỆT NAM XÃ CỔ ĐÀN BAN GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG" → bgsdtcd
  title "Kết quả hoạt động của Ban Thanh tra nhân dân xã năm 2025" → bttnd
  issuer "BAN CHỈ ĐẠO PHONG TRÀO" → none;  both boards named → none
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker.ruledata import lexicon
from checker.text import InputDoc, fold_keep_length

#: The community's boards (lexicon body ids). Their names and variants are the lexicon's (``rules/lexicon.yaml``);
#: a header may also write the board's name short ("BAN GIÁM SÁT ĐẦU TƯ") or only its initials ("GSĐTCĐ").
BOARD_IDS = ("bttnd", "bgsdtcd")
_SHORT = {"bgsdtcd": ("Ban Giám sát đầu tư", "GSĐTCĐ")}


@lru_cache(maxsize=1)
def boards() -> tuple[tuple[str, str, re.Pattern], ...]:
    """(body id, name, pattern over accent-folded lower-case text) of each community board."""
    out = []
    for body in lexicon().bodies:
        if body.id in BOARD_IDS:
            forms = (body.name, *body.variants, *_SHORT.get(body.id, ()))
            alts = sorted({r"\s+".join(map(re.escape, fold_keep_length(f).lower().split())) for f in forms},
                          key=len, reverse=True)
            out.append((body.id, body.name, re.compile(r"\b(?:" + "|".join(alts) + r")\b")))
    return tuple(out)


def last_board(folded: str) -> tuple[str, str] | None:
    """(body id, name) of the board named last in an accent-folded text ("… Ban Thanh tra nhân dân do hội nghị
    bầu …; nhiệm kỳ của Ban là 03 năm": the bare "Ban" after it is that board), else None."""
    found = [(m.start(), bid, name) for bid, name, rx in boards() for m in rx.finditer(folded)]
    return max(found)[1:] if found else None


def document_board(doc: InputDoc) -> tuple[str, str] | None:
    """(body id, name) of the one board the issuer and the title name, else None."""
    where = fold_keep_length(f"{doc.header.issuer} {doc.title_text}").lower()
    named = [(bid, name) for bid, name, rx in boards() if rx.search(where)]
    return named[0] if len(named) == 1 else None


# ---------------------------------------------------------------------------------------------------------
# A report's, plan's or letter's subject: its title, else its "V/v …" line. Types whose texts may speak of a
# community or of a workplace (``SETTING_READ``) are read by a rule's ``subject_if`` (conflict).
# ---------------------------------------------------------------------------------------------------------

#: Types whose texts may speak of a community or of a workplace: their issuer and title tell which; a quy chế's
#: type already says it (quy_che_xa, quy_che_co_quan, quy_che_doanh_nghiep), a hương ước is a community's.
SETTING_READ = ("", None, "bao_cao", "ke_hoach")

#: "V/v tổ chức hội nghị …": a letter's subject line
_SUBJECT_LINE = re.compile(r"^\s*v\s*/\s*v\b[\s.:]*", re.IGNORECASE)


#: s40-qrc (unseen105 u105-03): a record with no title of its own kind («BẢNG TỔNG HỢP KẾT QUẢ BIỂU QUYẾT …», read as its
#: issuer's line) names its matter in a field of its header — «Nội dung: chủ trương và mức đóng góp làm đường …»
_MATTER_FIELD = re.compile(r"^\s*(?:nội\s+dung(?:\s+biểu\s+quyết)?|về\s+việc)\s*:\s*(?=\S)", re.IGNORECASE)


def subject_text(doc: InputDoc) -> str:
    """The document's title, else its "V/v …" subject line (a letter's), else the «Nội dung: …» field of its header (a
    record's, ``_MATTER_FIELD``), else "". An e-mail's "Subject: …" is its title already:
    ``checker.text.without_envelope`` reads it and blanks the envelope's lines."""
    if doc.title_text:
        return doc.title_text
    header = doc.zone("header")
    return (next((p.text for p in header if _SUBJECT_LINE.match(p.text)), "")
            or next((p.text[m.end():] for p in header if (m := _MATTER_FIELD.match(p.text))), ""))


# ---------------------------------------------------------------------------------------------------------
# The commune's own office as a workplace (Law 10/2022 Chapter III). The UBND xã / phường is an agency too: its
# cán bộ, công chức, người lao động hold their yearly conference and elect the Ban Thanh tra nhân dân of the
# cơ quan (Arts. 46-63), which is not the commune's Ban of Arts. 35-40 elected by the Nhân dân. Such a text is
# issued by the commune's UBND and says in its title that it speaks of the office's conference or democracy
# ("Kế hoạch tổ chức Hội nghị cán bộ, công chức, người lao động năm 2026", "Báo cáo kết quả … bầu Ban Thanh tra
# nhân dân cơ quan"). Workplace rules marked ``commune_office`` read it without their commune exclude cues.
# ---------------------------------------------------------------------------------------------------------

#: the issuer is a commune's UBND: "ỦY BAN NHÂN DÂN XÃ TÂN KHÊ", "UBND PHƯỜNG …"
_COMMUNE_ISSUER = re.compile(r"\b(?:uy ban nhan dan|ubnd)\s+(?:xa|phuong|thi tran|dac khu)\b")
#: the title speaks of the office as a workplace: its staff's conference, its Ban, its internal democracy
_OFFICE_SUBJECT = re.compile(
    r"\bhoi nghi (?:dai bieu )?(?:can bo,? cong chuc|cong chuc,? (?:vien chuc,? )?nguoi lao dong)"
    r"|\bco quan (?:uy ban nhan dan|ubnd)\b"
    r"|\bban (?:thanh tra nhan dan|ttnd) (?:cua )?co quan\b"
    r"|\bdan chu (?:trong hoat dong )?(?:cua|tai|o) co quan\b")
#: a title that speaks of the people of the commune as well is no office's text
_CITIZEN_SUBJECT = re.compile(r"\b(?:nhan dan|cu tri|cong dong dan cu|thon|to dan pho|ho gia dinh)\b")


def commune_office(doc: InputDoc) -> bool:
    """Is the text the commune UBND's own, about its office as a workplace (its staff's conference, its Ban
    Thanh tra nhân dân of the cơ quan, its quy chế dân chủ trong hoạt động của cơ quan)?

    Examples: issuer "ỦY BAN NHÂN DÂN PHƯỜNG ĐIỀN LỘC", title "Tổ chức Hội nghị cán bộ, công chức, người lao động
    năm 2026" → True; the same issuer, title "Kết quả thực hiện dân chủ ở cơ sở năm 2025" → False; issuer "TRƯỜNG
    THCS …" → False (a school is read by the workplace rules anyway)."""
    issuer = fold_keep_length(doc.header.issuer or "").lower()
    if not _COMMUNE_ISSUER.search(issuer):
        return False
    title = " ".join(fold_keep_length(subject_text(doc)).lower().split())
    plain = re.sub(r"\b(?:thanh tra|uy ban) nhan dan\b", " ", title)  # the Ban's and the UBND's names are no citizens
    return bool(_OFFICE_SUBJECT.search(title)) and not _CITIZEN_SUBJECT.search(plain)
