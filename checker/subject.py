"""What a checked document is by or about, read from its header: the one community board that issues it
or that its title names.

The Ban Thanh tra nhân dân (Law Arts. 35-40) and the Ban Giám sát đầu tư của cộng đồng (Arts. 41-42) issue
their own plans and reports ("ỦY BAN MTTQ VIỆT NAM XÃ … / BAN GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG", "BÁO CÁO / Kết
quả hoạt động của Ban Thanh tra nhân dân xã …"), and their sentences then say only "Ban gồm 04 thành viên",
"Ủy viên phụ trách thôn … là ông …". The rules read such a bare "Ban" or post as the board the header names —
when it names exactly one of them.

Examples (tests/test_check_policy.py::test_a_bare_ban_is_the_board_that_issues_the_text):
  issuer "ỦY BAN MTTQ VIỆT NAM XÃ CỔ ĐÀN BAN GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG" → bgsdtcd
  title "Kết quả hoạt động của Ban Thanh tra nhân dân xã năm 2025" → bttnd
  issuer "BAN CHỈ ĐẠO PHONG TRÀO" → none;  both boards named → none
"""
from __future__ import annotations

import re

from checker.text import InputDoc, fold_keep_length
from kb.vntext import nfc

#: lexicon body id → its name, and how the header writes it (accent-folded, lower case)
BOARDS = (
    ("bttnd", "Ban Thanh tra nhân dân", re.compile(r"\bban\s+thanh\s+tra\s+nhan\s+dan\b|\bban\s+ttnd\b|\bbttnd\b")),
    ("bgsdtcd", "Ban Giám sát đầu tư của cộng đồng",
     re.compile(r"\bban\s+giam\s+sat\s+dau\s+tu\b|\bgsdtcd\b|\bban\s+giam\s+sat\s+cong\s+dong\b")),
)


def document_board(doc: InputDoc) -> tuple[str, str] | None:
    """(body id, name) of the one board the issuer and the title name, else None."""
    where = fold_keep_length(f"{doc.header.issuer} {doc.title_text}").lower()
    named = [(bid, name) for bid, name, rx in BOARDS if rx.search(where)]
    return named[0] if len(named) == 1 else None


# ---------------------------------------------------------------------------------------------------------
# The setting: a community's (Law 10/2022 Chapter II, Arts. 11-45; Decree 59 Arts. 3-19; Decree 61) or a
# workplace's (Chapters III-IV, Arts. 46-82; Decree 59 Arts. 20-27; the Labour Code and Decree 145/2020) —
# the chapters as the corpus heads them.
# A plan, report, minutes or letter whose title, "V/v" line or issuer names only one setting is governed by
# that setting's provisions: a Sở's letter "V/v tổ chức hội nghị cán bộ, công chức, viên chức" is not read
# by the commune's rules, a thôn's minutes not by the agencies'. A rule's setting comes from its basis.
#
# Examples (tests/test_check_policy.py::test_setting_*):
#   "V/v tổ chức hội nghị cán bộ, công chức, viên chức, người lao động năm 2026" → workplace
#   "BIÊN BẢN CUỘC HỌP CỘNG ĐỒNG DÂN CƯ THÔN MÕ TRE" → community
#   "Báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2025" (UBND xã) → none (both chapters)
#   "khoản 2 Điều 36 Luật 10/2022/QH15" → community;  "Điều 38 Nghị định 145/2020/NĐ-CP" → workplace
# ---------------------------------------------------------------------------------------------------------

COMMUNITY, WORKPLACE = "community", "workplace"
#: Types whose texts may speak of either setting: their title tells which; a quy chế's type already says it
#: (quy_che_xa, quy_che_co_quan, quy_che_doanh_nghiep), a hương ước is a community's.
SETTING_READ = ("", None, "bao_cao", "ke_hoach")

_COMMUNITY_CUES = re.compile(r"(?<!\w)(?:thôn|tổ dân phố|cộng đồng dân cư|trưởng thôn|tổ trưởng|hương ước|quy ước|"
                             r"khu dân cư|xóm|buôn|làng)(?!\w)")
_WORKPLACE_CUES = re.compile(r"(?<!\w)(?:cán bộ,? công chức|công chức,? viên chức|viên chức|người lao động|cơ quan|"
                             r"đơn vị sự nghiệp|doanh nghiệp|công ty|nơi làm việc|bệnh viện|nhà trường|đối thoại|"
                             r"trường (?:mầm non|tiểu học|trung học|thcs|thpt|đại học|cao đẳng|phổ thông))(?!\w)")

#: (document, first article, last article, setting) — the chapters of the grassroots-democracy law and its decrees
_CHAPTERS = (
    ("10/2022/QH15", 11, 45, COMMUNITY), ("10/2022/QH15", 46, 82, WORKPLACE),  # Chương II; Chương III-IV
    ("59/2023/NĐ-CP", 3, 19, COMMUNITY), ("59/2023/NĐ-CP", 20, 27, WORKPLACE),
    ("61/2023/NĐ-CP", 1, 99, COMMUNITY),
    ("145/2020/NĐ-CP", 1, 999, WORKPLACE), ("45/2019/QH14", 1, 999, WORKPLACE),
)
_CITED = re.compile(r"Điều\s+(?P<art>\d+)\b.*?(?P<doc>\d+/\d{4}/[A-ZĐ\-]+\d*)")


def basis_setting(citation: str) -> str | None:
    """The setting a provision belongs to ("khoản 2 Điều 36 Luật 10/2022/QH15" → community), else None."""
    m = _CITED.search(citation)
    if not m:
        return None
    art = int(m.group("art"))
    for doc, lo, hi, setting in _CHAPTERS:
        if m.group("doc") == doc and lo <= art <= hi:
            return setting
    return None


def rule_setting(basis: tuple[str, ...]) -> str | None:
    """The one setting every basis of a rule belongs to, else None (no basis, other laws, or both)."""
    found = {basis_setting(b) for b in basis}
    return found.pop() if len(found) == 1 else None


#: "V/v tổ chức hội nghị …": a letter's subject line
_SUBJECT_LINE = re.compile(r"^\s*v\s*/\s*v\b[\s.:]*", re.IGNORECASE)


def subject_text(doc: InputDoc) -> str:
    """The document's title, else its "V/v …" subject line (a letter's), else ""."""
    if doc.title_text:
        return doc.title_text
    return next((p.text for p in doc.zone("header") if _SUBJECT_LINE.match(p.text)), "")


def document_setting(doc: InputDoc) -> str | None:
    """The one setting the title or "V/v" line and the issuer name, else None."""
    where = nfc(f"{doc.header.issuer} {subject_text(doc)}").lower()
    community = bool(_COMMUNITY_CUES.search(where))
    workplace = bool(_WORKPLACE_CUES.search(where))
    if community == workplace:
        return None
    return COMMUNITY if community else WORKPLACE
