"""Citation patterns as data: every document-type word and abbreviation once, with examples.

Each ``DocType`` says how a type is written and how it may be cited; the
examples beside it are citations that ``tests/test_citation_patterns.py``
finds in running text (``find``) or parses as a query (``parse``) with that
type. Every other table — the finder's type words, the query parser's
abbreviations, the pháp điển reader's source notes, the amending-text types,
the graph's "Nghị định này quy định chi tiết" subjects — is derived from
``DOC_TYPE_TABLE`` below, so a new type or abbreviation is added here alone.

Pure data and regular expressions: imports nothing but ``kb.vntext``, so the
corpus readers may use it too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kb.vntext import fold


@dataclass(frozen=True)
class DocType:
    name: str  # canonical: "Nghị định"
    #: capitals accepted in running text, only before a number: "NĐ 61/2023/NĐ-CP"
    abbreviations: tuple[str, ...] = ()
    #: folded short forms accepted in a typed query: "nd 61/2023", "l 10/2022"
    query_abbreviations: tuple[str, ...] = ()
    by_name: bool = False  # may be cited by name without a number ("Luật Tiếp công dân")
    relative: bool = False  # refers to itself with "… này"
    weak_number: bool = False  # "<type> <number>" in lower case without "số" is prose, not a citation
    in_queries: bool = False  # its word opens a typed query ("luật đất đai", "nghị định 59")
    normative: bool = False  # a legal normative type: pháp điển source notes name it
    amends: bool = False  # its texts may amend another ("Sửa đổi, bổ sung khoản 3 Điều 11 …")
    details_subject: bool = False  # "<type> này quy định chi tiết …" makes a details edge
    examples: tuple[str, ...] = ()  # running text: each is found as a citation of this type
    query_examples: tuple[str, ...] = ()  # typed queries: each parses to this type


DOC_TYPE_TABLE: tuple[DocType, ...] = (
    DocType("Thông tư liên tịch", ("TTLT",), ("ttlt",), relative=True, in_queries=True, normative=True,
            amends=True, details_subject=True,
            examples=("Thông tư liên tịch số 09/2008/TTLT-BCA-BQP", "TTLT số 01/2012/TTLT-BNV-BTC"),
            query_examples=("ttlt 09/2008/TTLT-BCA-BQP",)),
    DocType("Nghị quyết liên tịch", relative=True, in_queries=True, normative=True,
            examples=("Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN",)),
    DocType("Bộ luật", by_name=True, relative=True, in_queries=True, normative=True, amends=True,
            examples=("Bộ luật Lao động", "Bộ luật số 45/2019/QH14")),
    DocType("Luật", query_abbreviations=("l",), by_name=True, relative=True, in_queries=True, normative=True,
            amends=True, details_subject=True,
            examples=("Luật số 10/2022/QH15", "Luật Tiếp công dân", "Luật Phòng, chống tham nhũng năm 2018"),
            query_examples=("l 10/2022/QH15", "Luật Thực hiện dân chủ ở cơ sở")),
    DocType("Nghị định", ("NĐ",), ("nd",), relative=True, in_queries=True, normative=True, amends=True,
            details_subject=True,
            examples=("Nghị định số 59/2023/NĐ-CP ngày 14/8/2023", "NĐ số 61/2023/NĐ-CP"),
            query_examples=("nd 61/2023", "NĐ 59/2023/NĐ-CP")),
    DocType("Thông tư", ("TT",), ("tt",), relative=True, in_queries=True, normative=True, amends=True,
            details_subject=True,
            examples=("Thông tư số 04/2023/TT-BNV", "TT số 04/2023/TT-BNV"), query_examples=("tt 04/2023/TT-BNV",)),
    DocType("Quyết định", ("QĐ",), ("qd",), relative=True, in_queries=True, normative=True, amends=True,
            details_subject=True,
            examples=("Quyết định số 217-QĐ/TW", "QĐ số 346/QĐ-TTg"), query_examples=("qd 346/QĐ-TTg",)),
    DocType("Pháp lệnh", query_abbreviations=("pl",), by_name=True, relative=True, in_queries=True,
            normative=True, amends=True, details_subject=True,
            examples=("Pháp lệnh số 34/2007/PL-UBTVQH11", "Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn"),
            query_examples=("pl 34/2007/PL-UBTVQH11",)),
    DocType("Nghị quyết", ("NQ",), ("nq",), relative=True, in_queries=True, normative=True, amends=True,
            details_subject=True,
            examples=("Nghị quyết số 27/2022/UBTVQH15", "NQ số 27/2022/UBTVQH15"), query_examples=("nq 27/2022",)),
    DocType("Chỉ thị", ("CT",), ("ct",), relative=True, in_queries=True, normative=True, details_subject=True,
            examples=("Chỉ thị số 30-CT/TW", "CT số 30-CT/TW"), query_examples=("ct 30-CT/TW",)),
    DocType("Hiến pháp", by_name=True, relative=True, in_queries=True, normative=True,
            examples=("Hiến pháp năm 2013",)),
    DocType("Kết luận", ("KL",), weak_number=True, in_queries=True,
            examples=("Kết luận số 120-KL/TW", "KL số 120-KL/TW")),
    DocType("Kế hoạch", relative=True, weak_number=True, in_queries=True, examples=("Kế hoạch số 52/KH-UBND",)),
    DocType("Công văn", weak_number=True, in_queries=True, examples=("Công văn số 1234/UBND-NC",)),
    DocType("Hướng dẫn", weak_number=True, in_queries=True, examples=("Hướng dẫn số 36-HD/BTCTW",)),
    DocType("Thông báo", weak_number=True, in_queries=True, examples=("Thông báo số 12/TB-UBND",)),
    DocType("Chương trình hành động", examples=("Chương trình hành động số 05-CTr/TU",)),
    DocType("Chương trình", weak_number=True, examples=("Chương trình số 07-CTr/TU",)),
    DocType("Tờ trình", weak_number=True, examples=("Tờ trình số 10/TTr-UBND",)),
    DocType("Báo cáo", weak_number=True, examples=("Báo cáo số 45/BC-UBND",)),
    DocType("Quy định", relative=True, weak_number=True, examples=("Quy định số 124-QĐ/TW",)),
    DocType("Lệnh", relative=True, weak_number=True, normative=True, examples=("Lệnh số 05/2022/L-CTN",)),
    DocType("Sắc lệnh", normative=True, examples=("Sắc lệnh số 76/SL",)),
)

#: Folded type word → canonical type ("nghi dinh" → "Nghị định"): running text.
TYPE_WORDS: dict[str, str] = {fold(t.name): t.name for t in DOC_TYPE_TABLE}
#: Capital abbreviations → canonical type: running text, before a number only.
ABBREVIATIONS: dict[str, str] = {a: t.name for t in DOC_TYPE_TABLE for a in t.abbreviations}
#: Folded words and short forms that open a typed query → canonical type.
QUERY_TYPE_WORDS: dict[str, str] = {
    **{fold(t.name): t.name for t in DOC_TYPE_TABLE if t.in_queries},
    **{a: t.name for t in DOC_TYPE_TABLE for a in t.query_abbreviations},
}
NAMED_TYPES = tuple(t.name for t in DOC_TYPE_TABLE if t.by_name)
RELATIVE_TYPES = tuple(t.name for t in DOC_TYPE_TABLE if t.relative)
WEAK_TYPES = tuple(t.name for t in DOC_TYPE_TABLE if t.weak_number)
NORMATIVE_TYPES = tuple(t.name for t in DOC_TYPE_TABLE if t.normative)
AMENDING_TYPES = tuple(t.name for t in DOC_TYPE_TABLE if t.amends)
DETAILS_SUBJECT_TYPES = tuple(t.name for t in DOC_TYPE_TABLE if t.details_subject)
#: Types a text may use for itself interchangeably ("Thông tư này" in a joint circular).
KIND_FAMILIES = (("Luật", "Bộ luật"), ("Thông tư", "Thông tư liên tịch"), ("Nghị quyết", "Nghị quyết liên tịch"))
#: Document types whose own words are not law: a bare "Điều 3" in them needs an antecedent.
NON_NORM_TYPES = ("Bài viết", "Báo cáo", "Tờ trình", "Công văn", "Thông báo")
#: Markers inside a document number → the type it implies (59/2023/NĐ-CP is a decree).
NUMBER_TYPE_MARKERS = (("/ttlt", "Thông tư liên tịch"), ("/nd-", "Nghị định"), ("/tt-", "Thông tư"),
                       ("/qd-", "Quyết định"), ("/pl-", "Pháp lệnh"), ("/nq", "Nghị quyết"),
                       ("-nq/", "Nghị quyết"), ("-ct/", "Chỉ thị"))
#: Laws numbered by the National Assembly's term (10/2022/QH15) are Luật.
LAW_NUMBER = re.compile(r"/qh\d+$")


def alternation(words, sep: str = r"\s+") -> str:
    """A regex alternation of folded words, longest first, spaces matched by ``sep``."""
    return "|".join(sorted((sep.join(map(re.escape, w.split())) for w in words), key=len, reverse=True))


def strip_type_word(doc_type: str, name: str) -> str:
    """'Luật Đất đai' → 'Đất đai' for type 'Luật' (case and accents ignored)."""
    low = " ".join(name.split())
    if fold(low).startswith(fold(doc_type) + " "):
        low = low[len(doc_type) + 1:]
    return low


#: Names of laws seen in our users' documents, written for dccs (the KB adds
#: the rest at resolution time). Folded and matched case-insensitively.
BUILTIN_NAMES: dict[str, tuple[str, ...]] = {
    "Luật": (
        "Thực hiện dân chủ ở cơ sở", "Thực hiện dân chủ cơ sở", "dân chủ ở cơ sở", "THDCCS",
        "Tiếp công dân", "Phòng, chống tham nhũng", "Cán bộ, công chức", "Viên chức",
        "Tổ chức chính quyền địa phương", "Tổ chức Chính phủ", "Tổ chức Quốc hội",
        "Mặt trận Tổ quốc Việt Nam", "Công đoàn", "Thanh niên", "Khiếu nại", "Tố cáo",
        "Thanh tra", "Tiếp cận thông tin", "Ban hành văn bản quy phạm pháp luật",
        "Ngân sách nhà nước", "Đầu tư công", "Đất đai", "Quy hoạch đô thị và nông thôn",
        "Quy hoạch", "Hòa giải ở cơ sở", "Phổ biến, giáo dục pháp luật",
        "Xử lý vi phạm hành chính", "Trưng cầu ý dân", "Thi đua, khen thưởng",
        "Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", "Doanh nghiệp",
        "An ninh quốc gia", "Công an nhân dân", "Bảo vệ bí mật nhà nước",
        "Hoạt động giám sát của Quốc hội và Hội đồng nhân dân", "Thống kê",
        "Phòng, chống ma túy", "Bình đẳng giới", "Trẻ em", "Người cao tuổi",
        "Người khuyết tật", "Tín ngưỡng, tôn giáo", "Báo chí", "Xây dựng",
        "Bảo vệ môi trường", "Tài nguyên nước", "Lâm nghiệp", "Thủy lợi",
    ),
    "Bộ luật": ("Lao động", "Dân sự", "Hình sự", "Tố tụng hình sự", "Tố tụng dân sự"),
    "Pháp lệnh": ("Thực hiện dân chủ ở xã, phường, thị trấn",),
}

#: What people call a document besides its title (added to the facts file's aliases).
EXTRA_ALIASES: dict[str, tuple[str, tuple[str, ...]]] = {
    "10/2022/QH15": ("Luật", ("dân chủ ở cơ sở", "Thực hiện dân chủ cơ sở", "THDCCS")),
}

#: Words that end a name when no known name matched (generic fallback). Accented:
#: folding would make "vệ" (Bảo vệ) look like "về".
NAME_STOP_WORDS = frozenset(
    "ngày năm số của và hoặc thì được đã để là có theo tại trong với về này đến từ quy định "
    "như sau khi mà những các một sửa đổi bổ sung ban thi hướng dẫn chi tiết trên đối nên phải "
    "cần vào ra cho nhằm gồm".split()
)
NAME_MAX_WORDS = 8

#: Level keywords → unit level, in ascending rank.
LEVEL_WORDS: dict[str, str] = {"diem": "point", "khoan": "clause", "dieu": "article"}
LEVEL_RANK = {"point": 0, "clause": 1, "article": 2}

#: A document number in a typed query: 59/2023/NĐ-CP, 61/2023, 30-CT/TW, 346/QĐ-TTg, 10/2022/QH15.
QUERY_NUMBER_RE = r"\d{1,4}(?:/\d{4})?(?:[/-][a-z0-9]+(?:[-/][a-z0-9]+)*)?"
