"""Reader for official documents given as plain text (extracted from PDF/DOCX).

Such text has hard line breaks mid-sentence, blank-line debris and blanks
left for numbers and dates. The reader first rebuilds paragraphs
(``unwrap``), remembering each paragraph's first input line so that a check
report can point at it, then recognises:

1. the header: số hiệu, loại văn bản, trích yếu, cơ quan ban hành, địa danh/ngày;
2. the ``Căn cứ …;`` list (one item per cited basis);
3. Phần / Chương / Mục, ``Điều n.``, ``1.``, ``3.1.``, ``a)``… and, in reports
   without articles, Roman-numbered sections ``I.``, ``II.``;
4. the closing (``Nơi nhận``, the signing title and signer).

Pure: text in, model out.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from kb.model import Document, ParsedSource, ParseIssue, ProvisionId, Unit
from kb.structure import BodyBuilder
from kb.vntext import clean_spaces, dmy_to_iso, nfc

ARTICLE = re.compile(r"^(?:Điều|ĐIỀU)\s+(\d+[a-zđ]?)\s*[.:]\s*(.*)$")
CHAPTER = re.compile(r"^(Chương|CHƯƠNG)\s+([IVXLC]+|\d+)\b\.?\s*(.*)$")
PART = re.compile(r"^(Phần|PHẦN)\s+(thứ\s+\w+|THỨ\s+\w+|[IVXLC]+|\d+)\b\.?\s*(.*)$")
SECTION_MUC = re.compile(r"^(Mục|MỤC)\s+(\d+)\b\.?\s*(.*)$")
ROMAN = re.compile(r"^([IVXLC]{1,6})\.\s+(.*)$")
#: "A. CÁC VĂN BẢN CHUẨN BỊ", "B. BIÊN BẢN KIỂM PHIẾU": a part lettered in capitals, with a title in capitals.
_LETTERED = re.compile(r"^([A-DĐ])\.\s+(\S.{2,})$")


def lettered(t: str) -> re.Match | None:
    """A lettered part whose title is in capitals ("B. BIÊN BẢN KIỂM PHIẾU"), not "A. Ông Lò Văn Sáng"."""
    m = _LETTERED.match(t)
    return m if m and _is_caps(m.group(2)) else None
MARKER = re.compile(
    r"^(Điều\s+\d+|Chương\s+[IVXLC\d]+|CHƯƠNG|Mục\s+\d+\b|Phần\s+thứ|PHẦN|\d+(\.\d+)*\.?\s*[\wÀ-ỹ]|"
    r"\d+(\.\d+)+\.?|[a-zđ]\)|[IVXLC]{1,6}\.\s|[-+*•–]\s*|Căn cứ|Xét\s|Nơi nhận|QUYẾT NGHỊ|"
    r"QUYẾT ĐỊNH|Số\s*:|TM\.|T/M|KT\.|\(\d+\)|"
    r"Thực hiện\s+(Kế hoạch|Công văn|Chỉ thị|Nghị quyết|Nghị định|Quyết định|Thông báo|Thông tư|Luật|Bộ luật|"
    r"Pháp lệnh|Hướng dẫn|(?:Điều|khoản|điểm)\s+\d))"
)
#: A footnote rule ("____________") and a footnote's own mark ("[1] …", "¹ …").
RULE_LINE = re.compile(r"^_{4,}\s*$")
FOOTNOTE_MARK = re.compile(r"^(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*\S")
SENTENCE_END = re.compile(r"[.;:!?…]\s*[\"”’)]?$|\./\.$")
DOC_TYPE_HEAD = re.compile(
    r"^\**\s*(NGHỊ QUYẾT|QUYẾT ĐỊNH|KẾ HOẠCH|BÁO CÁO|QUY CHẾ|HƯƠNG ƯỚC|QUY ƯỚC|TỜ TRÌNH|"
    r"CÔNG VĂN|THÔNG BÁO|CHỈ THỊ|QUY ĐỊNH|NGHỊ ĐỊNH|THÔNG TƯ|LUẬT|BIÊN BẢN|HỒ SƠ|HƯỚNG DẪN|ĐỀ ÁN|"
    r"CHƯƠNG TRÌNH|GIẤY MỜI|GIẤY TRIỆU TẬP)\b\s*\**\s*$"
)
ISSUER_HEAD = re.compile(
    r"(HỘI ĐỒNG NHÂN DÂN|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HUYỆN ỦY|HUYỆN UỶ|TỈNH ỦY|TỈNH UỶ|"
    r"ĐẢNG ỦY|ĐẢNG UỶ|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|CHÍNH PHỦ|QUỐC HỘI|THỦ TƯỚNG|BỘ |SỞ |"
    r"BAN CÔNG TÁC MẶT TRẬN|THÔN |TỔ DÂN PHỐ|CÔNG TY|"
    # the Front and the community's boards issue their own plans and reports
    r"ỦY BAN MẶT TRẬN|UỶ BAN MẶT TRẬN|ỦY BAN MTTQ|UỶ BAN MTTQ|BAN THANH TRA NHÂN DÂN|BAN GIÁM SÁT ĐẦU TƯ|"
    # … and by their short names ("BAN GSĐTCĐ XÃ PHONG ĐIỀN", "UBMTTQ XÃ THỦY AN")
    r"UBMTTQ|BAN TTND|BTTND|BAN GSĐTCĐ|BGSĐTCĐ|BAN CTMT|"
    r"CÔNG ĐOÀN|BỆNH VIỆN|"
    # schools and other public service units issue their conferences' and their Ban's texts
    r"TRƯỜNG (?:MẦM NON|TIỂU HỌC|TRUNG HỌC|THCS|THPT|PTDTBT|PTDTNT|PHỔ THÔNG|ĐẠI HỌC|CAO ĐẲNG|TRUNG CẤP|CHÍNH TRỊ)|"
    r"TRUNG TÂM |BAN QUẢN LÝ|HỢP TÁC XÃ)"
)
NUMBER_LINE = re.compile(r"^Số\s*:\s*(.*)$", re.IGNORECASE)
#: The units a place may name after its first piece ("Phường Cửa Bắc, thành phố Hải Vân", "Xã Tân Mây, huyện Đồi
#: Mây"): up to three more pieces of at most 40 characters, with no figure.
_PLACE_UNITS = r"(?:,\s*[^,\d]{2,40}){0,3}"
#: "Phú Lương, ngày 15 tháng 01 năm 2026", "Phường Cửa Bắc, thành phố Hải Vân, ngày …".
PLACE_DATE = re.compile(
    r"^(?P<place>[^,]{2,40}" + _PLACE_UNITS + r"),\s*ngày\s*(?:(?P<d>\d{1,2})?\D{0,8}tháng\s*(?P<m>\d{1,2})?\D{0,8}năm\s*(?P<y>\d{4})?"
    r"|(?P<d2>\d{1,2})\s*[/.-]\s*(?P<m2>\d{1,2})\s*[/.-]\s*(?P<y2>\d{4}))",
)
#: A "place" that is a document's number: the title "Tổng kết Chỉ thị số 30-CT/TW, ngày 18/02/1998 của Bộ Chính trị"
#: reads like "Phú Lương, ngày 10 tháng 4 năm 2026" — its date is the cited directive's, not this document's.
_CITED_NUMBER = re.compile(r"\bsố\s*\d|\d\s*/\s*\w|/\s*\d", re.IGNORECASE)


def cited_not_place(place: str) -> bool:
    """Is ``place`` a cited document ("Sơ kết Nghị quyết số 12/NQ-HĐND"), not a place? (A header's own "Số: …" line
    never gets here: ``parse_header`` reads it as the number first.)"""
    return _CITED_NUMBER.search(place) is not None


#: s35-qt (unseen95 u95-18 L3): "Thời gian họp: 19 giờ, thứ Năm, ngày 07/12/2023" under a notice's title reads like
#: "Phú Lương, ngày …" — its date is the meeting's, not the notice's: a "place" that opens with a label of time or place
#: ("Thời gian họp:", "Địa điểm tổ chức:", "Ngày họp:") is a field of the body, never the place the text is issued at.
#: … and such a line ("Thời gian họp: …", "Địa điểm tổ chức: …") opens the body as "Thời gian: …" does.
_FIELD_OPENING = re.compile(r"^(?:Thời\s+gian|Địa\s+điểm)(?:\s+[^\W\d]+){1,2}\s*:")
_LABELLED_TIME = re.compile(r"^\W*(?:thời\s+gian|địa\s+điểm|ngày|hạn|thời\s+hạn)\b[^:,]{0,30}:", re.IGNORECASE)


BASIS_START = re.compile(r"^Căn cứ\b")
#: The opening of minutes' or a notice's body: "Thời gian: …", "Địa điểm: …", "Thành phần: …",
#: "Hôm nay, ngày …", "Vào hồi 8 giờ …" — never a header line.
MINUTES_OPENING = re.compile(r"^(?:Thời\s+gian|Địa\s+điểm|Thành\s+phần(?:\s+tham\s+dự)?)\s*:|^(?:Hôm\s+nay|Vào\s+(?:hồi|lúc))\b")
BODY_START = re.compile(r"^(QUYẾT NGHỊ|QUYẾT ĐỊNH|BAN HÀNH|THỐNG NHẤT)\s*:?\s*$")
CLOSING = re.compile(r"^(Nơi nhận|Nơi gửi)\s*:?", re.IGNORECASE)
SIGN_TITLE = re.compile(r"^(TM\.|T/M|KT\.|Q\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|BÍ THƯ|TRƯỞNG|GIÁM ĐỐC|THỦ TRƯỞNG|TỔ TRƯỞNG)")
#: "Kính gửi: Ủy ban nhân dân các xã" ends a letter's or report's header ("- UBND …;" items may follow);
#: it may be joined to the date line ("… năm 2026 Kính gửi: …").
ADDRESSED = re.compile(r"(?<!\w)(?:Đồng\s+)?Kính\s+gửi\b", re.IGNORECASE)
ADDRESSEE_ITEM = ("-", "–", "+", "•")
PLACEHOLDER = re.compile(r"\.{3,}|…|_{3,}|\s{4,}")

KIND_OF_TYPE = {
    "Báo cáo": "report", "Tờ trình": "report", "Biên bản": "report", "Công văn": "report", "Thông báo": "report",
    "Bài viết": "article",
}


@dataclass(frozen=True)
class Paragraph:
    """A paragraph rebuilt from hard-wrapped lines; lines are 1-based."""

    text: str
    line: int
    end_line: int


def _is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _place_date_line(line: str) -> bool:
    """The whole line is a place and a full date: "Lạc Tơ, ngày 12 tháng 6 năm 2026", "Hà Nội, ngày 05/3/2026"."""
    m = PLACE_DATE.match(line)
    return bool(m) and (m.group("y") or m.group("y2")) is not None and not line[m.end():].strip(" .")


def _header_line(first: str) -> bool:
    """A paragraph of a header's left column or of the quốc hiệu: "V/v …", "Số: …", a line in capitals, the motto
    (a date line after one of them is the right column's; after "… vào thứ" it is a weekday: "Bảy, ngày 12/7/2026.")."""
    return first.startswith(("V/v", "V/V", "Số")) or _is_caps(first) or MOTTO.search(first) is not None


BARE_NUMBER_LABEL = re.compile(r"Số\s*:")  # examples: "Số:", "Số :"


def unwrap(text: str) -> list[Paragraph]:
    """Join lines broken mid-sentence; keep each paragraph's first line number.

    Linear in the text: a paragraph keeps its lines in a list, and the tests on "the
    paragraph so far" use what they need of it — its head (does it start ``Điều n.``?),
    its tail (does it end a sentence?) and a running count of its letters (is it all
    capitals?) — instead of re-reading the joined text for every line.
    """
    paras: list[_Para] = []
    raw_lines = text.splitlines()
    widths = sorted(len(clean_spaces(r)) for r in raw_lines if r.strip())
    typical = widths[int(len(widths) * 0.8)] if widths else 80
    last_len = 0
    for no, raw in enumerate(raw_lines, start=1):
        line = clean_spaces(raw.replace("**", ""))
        if not line or line in ("-----", "---", "*"):
            continue
        counts = _letters(line)
        if paras:
            prev = paras[-1]
            if len(prev.parts) == 1 and BARE_NUMBER_LABEL.fullmatch(prev.parts[0]):
                # "Số:" alone in a two-column header's cell, the number on the next line: one number line
                prev.add(line, no, counts)
                last_len = len(line)
                continue
            prev_caps = prev.is_caps()
            starts_new = (
                MARKER.match(line) is not None
                # a header's right column: the motto ends its line; "V/v …" and a place-and-date line alone
                # ("Lạc Tơ, ngày 12 tháng 6 năm 2026") each start their own paragraph
                or _MOTTO_AT_END.search(prev.tail) is not None
                or line.startswith(("V/v ", "V/V "))
                # s39-cx (unseen102 u102-12): a letter's text opening on the line after its «V/v …» with a date, a
                # ground or its issuer («Ngày 28/01/2025, UBND xã nhận đơn …») is no part of the trích yếu
                or (len(prev.parts) == 1 and letter_opens_after_subject(prev.parts[0], line))
                # s38-fb: a type heading with its subject on its line ("THÔNG BÁO về việc …") is a paragraph of its
                # own, and a capital after it opens the text ("Ngày 18/01/2024, Trưởng thôn …")
                or subject_heading(line)
                or (len(prev.parts) == 1 and line[:1].isupper() and subject_heading(prev.parts[0]))
                or _place_date_line(line) and _header_line(prev.parts[0])
                # A short line followed by a capital: a heading, not a wrap.
                or (last_len < 0.6 * typical and line[:1].isupper())
                or SENTENCE_END.search(prev.tail) is not None
                or prev_caps != (counts[0] >= 3 and counts[0] == counts[1])
                or (line[:1].isupper() and prev_caps)
                or (line[:1].isupper() and prev.is_article)
                or RULE_LINE.match(line) is not None
                or (len(prev.parts) == 1 and RULE_LINE.match(prev.parts[0]) is not None)
                or FOOTNOTE_MARK.match(line) is not None
                # minutes open their body on a line of their own ("Hôm nay, …", "Thời gian: …")
                or MINUTES_OPENING.match(line) is not None
                # a letter's or report's addressee ("Kính gửi: …") after its title
                or ADDRESSED.match(line) is not None
                # a flattened table row ("| 2 | Ông Vũ Quang Hưng | Kế toán trưởng | Phó Trưởng ban |") is a
                # paragraph of its own, and so is the line after the last row
                or line.startswith("|") or prev.tail.endswith("|")
                # s38-qt (unseen102 u102-32): a type heading with its title in ordinary case («KẾ HOẠCH phát phiếu …»)
                # under the header's date — alone or closing a flattened row («… | Phú Lộc, ngày 10 tháng 3 năm 2026»)
                # — opens the title; joined to the date, the header reader took the whole text for its header
                or (type_heading(line) is not None and _place_date_line(prev.parts[-1].rsplit("|", 1)[-1].strip()))
            )
            if not starts_new:
                prev.add(line, no, counts)
                last_len = len(line)
                continue
        paras.append(_Para(line, no, counts))
        last_len = len(line)
    return [Paragraph(" ".join(p.parts), p.line, p.end_line) for p in paras]


#: a whole sentence of eight words or more, ended by a full stop or a semicolon (the first of a letter's text)
_WHOLE_SENTENCE = re.compile(r"^(?:\S+\s+){7,}\S*[^.\s][.;]$")

#: the first words of a letter's text after its «V/v …» line: a date, a ground, the issuer or an addressee
LETTER_OPENS = re.compile(r"^(?:Ngày\s+\d|Vào\s+ngày\s+\d|Căn\s+cứ\s|Thực\s+hiện\s|Trả\s+lời\s|Theo\s+đề\s+nghị|"
                           r"(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|UBND\s)")


def opens_letter_text(line: str) -> bool:
    """Whether ``line`` can open a letter's text after its «V/v …» line: a capital and a date, a ground, the issuer,
    or a whole sentence — not the rest of a subject wrapped onto a line of its own."""
    return line[:1].isupper() and (LETTER_OPENS.match(line) is not None or _WHOLE_SENTENCE.match(line.strip()) is not None)


def letter_opens_after_subject(before: str, line: str) -> bool:
    """Whether ``line``, right after the «V/v …» line ``before``, opens the letter's text (``opens_letter_text``)."""
    return before.startswith(("V/v", "V/V")) and opens_letter_text(line)


def _letters(line: str) -> tuple[int, int]:
    """(letters, capital letters) of a line, in one pass: what ``_is_caps`` needs."""
    letters = "".join(filter(str.isalpha, line))
    return len(letters), sum(map(str.isupper, letters))


_TAIL = 24  # more than SENTENCE_END ever looks at
_HEAD = 48  # enough for "Điều 123a." and the spaces around it
ARTICLE_HEAD = re.compile(r"^(?:Điều|ĐIỀU)\s+(\d+[a-zđ]?)\s*[.:]")


class _Para:
    """A paragraph being rebuilt: its lines, and what ``unwrap`` asks of the joined text."""

    __slots__ = ("parts", "line", "end_line", "letters", "upper", "head", "tail", "is_article")

    def __init__(self, line: str, no: int, counts: tuple[int, int]):
        self.parts, self.line, self.end_line = [line], no, no
        self.letters, self.upper = counts
        self.head, self.tail = line[:_HEAD], line[-_TAIL:]
        self.is_article = ARTICLE_HEAD.match(self.head) is not None

    def add(self, line: str, no: int, counts: tuple[int, int]) -> None:
        self.parts.append(line)
        self.end_line = no
        self.letters += counts[0]
        self.upper += counts[1]
        if len(self.head) < _HEAD:
            self.head = (self.head + " " + line)[:_HEAD]
            # ``ARTICLE.match`` on the joined text only depends on its head ("Điều 5" + ". …").
            self.is_article = ARTICLE_HEAD.match(self.head) is not None
        self.tail = (self.tail + " " + line)[-_TAIL:]

    def is_caps(self) -> bool:
        """``_is_caps`` of the joined text, from running counts."""
        return self.letters >= 3 and self.upper == self.letters


@dataclass
class Header:
    doc_type: str = ""
    number: str | None = None
    number_raw: str = ""
    title: str = ""
    issuer: str = ""
    place: str = ""
    issued: str | None = None
    date_raw: str = ""


QUOC_HIEU = re.compile(r"C[ỘO]NG\s+H[ÒO]À?A?\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM", re.IGNORECASE)
MOTTO = re.compile(r"Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc", re.IGNORECASE)
_MOTTO_AT_END = re.compile(MOTTO.pattern + r"$", re.IGNORECASE)
DRAFT_MARK = re.compile(r"^\(?\s*DỰ\s+THẢO\b.*$", re.IGNORECASE)
#: A type heading glued to its title on one line, all in capitals: "HƯƠNG ƯỚC THÔN ĐÔNG LÂM",
#: "BẢN HƯƠNG ƯỚC CỦA THÔN HẠ VỊ", "QUY ƯỚC TỔ DÂN PHỐ SỐ 5".
GLUED_TYPE_HEAD = re.compile(
    r"^(?:BẢN\s+)?(NGHỊ QUYẾT|QUYẾT ĐỊNH|KẾ HOẠCH|BÁO CÁO|QUY CHẾ|HƯƠNG ƯỚC|QUY ƯỚC|TỜ TRÌNH|"
    r"THÔNG BÁO|CHỈ THỊ|QUY ĐỊNH|BIÊN BẢN|HỒ SƠ|HƯỚNG DẪN|ĐỀ ÁN|CHƯƠNG TRÌNH|GIẤY MỜI|GIẤY TRIỆU TẬP)\s+(?P<rest>[^:\s].*)$"
)
#: "năm 2022" alone: the end of a place-and-date line broken before the year.
YEAR_ONLY = re.compile(r"^năm\s+(\d{4})\b")
#: En/em dashes and non-breaking hyphens inside a document number ("04/2015/NĐ–CP").
NUMBER_DASH = re.compile(r"(?<=\d/\d{4}/)([A-ZĐa-zđ]+)\s*[–—‑]\s*(?=[A-ZĐa-zđ])")


#: What an amendment's heading says before the text it amends: "NỘI DUNG SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA", "SỬA
#: ĐỔI, BỔ SUNG", "BẢN BỔ SUNG" (Decree 61 Art. 13.4: an amendment is adopted and recognised as the hương ước is).
#: The one pattern of it: the header reader below, and the checker's type detection (``checker.doctype``, folded).
AMENDMENT_PREFIX = (
    r"(?:(?:NỘI DUNG|VĂN BẢN|BẢN|DỰ THẢO)\s+)?(?:SỬA ĐỔI|BỔ SUNG|THAY THẾ)"
    r"(?:\s*,?\s*(?:VÀ\s+)?(?:SỬA ĐỔI|BỔ SUNG|BÃI BỎ|THAY THẾ))*"
    r"(?:\s+(?:MỘT SỐ|CÁC)\s+(?:ĐIỀU|NỘI DUNG|KHOẢN|QUY ĐỊNH)(?:\s*,\s*KHOẢN)?)?(?:\s+(?:CỦA|TRONG))?"
)
#: An amendment's heading, all in capitals: "NỘI DUNG SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA HƯƠNG ƯỚC THÔN BÃI SẬY",
#: "SỬA ĐỔI, BỔ SUNG QUY ƯỚC TỔ DÂN PHỐ SỐ 4": the type is the text amended, the whole line its title.
AMENDED_TYPE_HEAD = re.compile(rf"^{AMENDMENT_PREFIX}\s+(HƯƠNG ƯỚC|QUY ƯỚC|QUY CHẾ)\b")


#: The bracketed notes that may close a heading in capitals, one to three: its subject or place ("BIÊN BẢN HỌP CỘNG ĐỒNG
#: DÂN CƯ (cho thôi làm Tổ trưởng tổ dân phố)"), an extract's mark and the issuing or recognising line a hard-wrapped copy
#: joined to it ("QUY CHẾ DÂN CHỦ … (trích) (Ban hành kèm theo Quyết định …)", s29-pr, dev_acts2 da2-35; "HƯƠNG ƯỚC THÔN
#: LÀNG CHÈ (trích Chương IV) (Được UBND xã … công nhận …)", da2-05). The one pattern of it: the header reader below
#: and the checker's type detection (``checker.doctype``).
HEAD_BRACKETS = re.compile(r"(?:\s*\([^()]{2,200}\)){1,3}\s*$")
#: "(ngày 05/3/2026)", "(tháng 6/2026)": a heading's date in brackets, no title.
_DATE_ONLY_BRACKETS = re.compile(r"\(\s*(?:ngày\s+)?(?:tháng\s+)?[\d\s/.-]+(?:năm\s+\d{4})?\s*\)\s*", re.IGNORECASE)


def type_heading(text: str) -> tuple[str, str] | None:
    """(type word, title on the same line) for a type heading, else None.

    "QUYẾT ĐỊNH" → ("QUYẾT ĐỊNH", ""); "HƯƠNG ƯỚC THÔN ĐÔNG LÂM" → ("HƯƠNG ƯỚC", "THÔN ĐÔNG LÂM");
    "QUYẾT ĐỊNH Ban hành Quy chế …" → ("QUYẾT ĐỊNH", "Ban hành Quy chế …"); "Quyết định số 5…" → None.
    """
    tm = DOC_TYPE_HEAD.match(text)
    if tm:
        return tm.group(1), ""
    am = AMENDED_TYPE_HEAD.match(text)
    if am and _is_caps(text):
        return am.group(1), text
    gm = GLUED_TYPE_HEAD.match(text)
    if not gm:
        return None
    rest = gm.group("rest")
    if _is_caps(text):
        return gm.group(1), rest
    # s35-qt (unseen95 u95-26 L2): "THÔNG BÁO (ngày 05/3/2026)" — the type word with only its date in brackets; the
    # title follows on the next line ("BIÊN BẢN (cho thôi làm Trưởng thôn)": the brackets are its title)
    if HEAD_BRACKETS.fullmatch(" " + rest) and _is_caps(text[:gm.start("rest")]):
        return gm.group(1), "" if _DATE_ONLY_BRACKETS.fullmatch(rest) else rest
    # "BIÊN BẢN HỌP CỘNG ĐỒNG DÂN CƯ (cho thôi làm Tổ trưởng tổ dân phố)": a heading in capitals, its subject in brackets
    bm = HEAD_BRACKETS.search(text)
    if bm and bm.start() > gm.start("rest") and _is_caps(text[:bm.start()]):
        return gm.group(1), rest
    if rest[:1].isupper() and not _is_caps(rest.split()[0]) and _is_caps(text[:gm.start("rest")]):
        return gm.group(1), rest
    # "KẾ HOẠCH LIÊN TỊCH thực hiện dân chủ ở Công ty năm 2024": the type word and a qualifier in capitals, the title
    # going on in lower case
    words = rest.split()
    low = next((k for k, w in enumerate(words) if any(c.isalpha() and not c.isupper() for c in w)), len(words))
    if 0 < low < len(words) and words[low][:1].islower() and _is_caps(text[:gm.start("rest")]):
        return gm.group(1), rest
    # s38-fb (unseen102 u102-03, -22, -26) and s38-ac (u102-14), the same class found twice: "THÔNG BÁO về việc họp
    # bàn mức đóng góp …" — the type word in capitals, its subject on the same line in lower case from its first word;
    # the body was read as header to the closing
    if _ABOUT_SUBJECT.match(rest) and _is_caps(text[:gm.start("rest")]):
        return gm.group(1), rest
    # s38-qt (unseen102 u102-32): "KẾ HOẠCH phát phiếu lấy ý kiến hộ gia đình về …": the type word in capitals, the
    # whole title in lower case on the same line — a title of some words with no sentence's end, not a body sentence
    # (not a decision's or a regulation's heading — «QUYẾT ĐỊNH ban hành Quy chế …» heads a text with another attached,
    # whose reading the checker keeps as it was: unseen49 u49-03, unseen66 u66-07)
    if low == 0 and words[0][:1].islower() and len(words) >= 4 and len(text) <= 200 \
            and gm.group(1) not in ("QUYẾT ĐỊNH", "NGHỊ QUYẾT", "QUY CHẾ", "QUY ĐỊNH", "HƯƠNG ƯỚC", "QUY ƯỚC") \
            and not text.rstrip().endswith((".", ";", ",", ":")) and _is_caps(text[:gm.start("rest")]):
        return gm.group(1), rest
    return None


#: The lower-case opening of a subject on the type heading's line: "về việc …", "về …", "v/v …".
_ABOUT_SUBJECT = re.compile(r"(?:về\s+việc|về|v/v)\s+\w", re.IGNORECASE)


def subject_heading(text: str) -> bool:
    """Is ``text`` a type heading in capitals with its subject after it in lower case ("THÔNG BÁO về việc họp …")?"""
    gm = GLUED_TYPE_HEAD.match(text)
    return gm is not None and _ABOUT_SUBJECT.match(gm.group("rest")) is not None and _is_caps(text[:gm.start("rest")])


def normalize_number_dashes(text: str) -> str:
    """'04/2015/NĐ–CP' → '04/2015/NĐ-CP' (an en dash typed for the hyphen of a number)."""
    return NUMBER_DASH.sub(lambda m: m.group(1) + "-", text)


#: The bar a copy puts between the two columns of a header ("Số: 09/KH-BQL | Gành Hải, ngày 02 tháng 3 năm 2026").
_COLUMN_BAR = re.compile(r"\s\|\s")


def header_segments(text: str) -> list[str]:
    """Split a flattened two-column header line into its pieces.

    "UBND TỈNH NAM LĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" → ["UBND TỈNH NAM LĨNH",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]; "Số: 09/KH-UBND Phú Lương, ngày 15 tháng 01 năm
    2026" → ["Số: 09/KH-UBND", "Phú Lương, ngày 15 tháng 01 năm 2026"].
    """
    cuts = {0, len(text)}
    for rx in (QUOC_HIEU, MOTTO):
        for m in rx.finditer(text):
            cuts.update((m.start(), m.end()))
    nm = re.match(r"^Số\s*:\s*(\S*)\s+(?=\S[^,]{1,40}" + _PLACE_UNITS + r",\s*ngày\b)", text, re.IGNORECASE)
    # s36-hz (unseen95 u95-23): "Số: 88/KH-UBND, ngày 11/11/2024" — the number with its date and no place: a "place"
    # that is a document's number (``cited_not_place``) is the number itself; cut after it, not before it
    dm = re.match(r"^Số\s*:\s*(\S*\d\S*?)\s*,\s*(?=ngày\b)", text, re.IGNORECASE)
    if dm and (nm is None or not nm.group(1)):
        cuts.update((dm.end(1), dm.end()))
    elif nm:
        cuts.add(nm.end())
    for m in ADDRESSED.finditer(text):  # "… năm 2026 Kính gửi: …" joined to the date line
        cuts.add(m.start())
    for m in _COLUMN_BAR.finditer(text):  # "SỞ … | CỘNG HÒA …", "Số: 09/KH-BQL | Gành Hải, ngày …": a column rule
        cuts.update((m.start(), m.end()))
    pieces = []
    bounds = sorted(cuts)
    for a, b in zip(bounds, bounds[1:]):
        piece = text[a:b].strip(" -–—|")
        if piece.strip(","):
            pieces.append(piece)
    return pieces


_CITES_DOC = re.compile(r"^(Thực hiện|Căn cứ|Theo|Xét)\s+(Kế hoạch|Công văn|Chỉ thị|Nghị quyết|Quyết định|"
                        r"Thông báo|Luật|Hướng dẫn|Chương trình|đề nghị|Văn bản|Nghị định|Thông tư|Tờ trình|Điều lệ|"
                        r"Quy chế|Quy định|(?:Điều|khoản|điểm)\s+\d)", re.IGNORECASE)


def _title_like(t: str) -> bool:
    """A line that can continue a trích yếu: not in capitals, short, not a sentence that
    opens the body ("… như sau:", "Thực hiện Công văn số …", minutes' "Hôm nay, …")."""
    return (not _is_caps(t) and len(t) <= 250 and not t.rstrip().endswith(":")
            and not _CITES_DOC.match(t) and not MINUTES_OPENING.match(t) and not _NUMBERED_ITEM.match(t)
            and not _BULLET_ITEM.match(t))


#: A bulleted item of the body ("- Không tiếp nhận phản ánh …;"): a notice's first list under its title, never a line of
#: the title, though it ends on ";" and not on a full stop (s39-fb and s39-cx, unseen104 u104-18: the items were read as the title; a
#: letter's addressees «- UBND xã …;» after «Kính gửi:» are read apart, in ``parse_header``).
_BULLET_ITEM = re.compile(r"^\s*[-–•+]\s+\S")


#: A whole sentence: eight words or more ending with a full stop ("Ông Lê Văn Sen trúng cử Trưởng thôn với 132/210
#: hộ gia đình tán thành."). A title that has begun does not go on with one: it is the body's first sentence.
_SENTENCE_LINE = re.compile(r"^(?:\S+\s+){7,}\S*[^.\s]\.$")


def _goes_on_title(t: str, title_lines: list[str]) -> bool:
    """Can ``t`` continue the title read so far?"""
    return _title_like(t) and not (title_lines and _SENTENCE_LINE.match(t.strip()) and not ADDRESSED.match(t.lstrip()))


#: A numbered item of the body ("2. Ban đã tiến hành …", "II. Kết quả"): never part of a title.
_NUMBERED_ITEM = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4})[.)]\s+\S")


#: Capital lines after a type heading that are no title: a preamble's heading, a part, an issuer.
_NOT_CAPS_TITLE = re.compile(r"^(?:LỜI NÓI ĐẦU|LỜI MỞ ĐẦU|PHẦN|CHƯƠNG|MỤC|ĐIỀU|QUYẾT NGHỊ|QUYẾT ĐỊNH|CĂN CỨ)\b")


def _caps_title(t: str) -> bool:
    """A title written in capitals right under its type heading ("BIÊN BẢN / HỘI NGHỊ VIÊN CHỨC NĂM 2026")."""
    return _is_caps(t) and len(t) <= 200 and not _NOT_CAPS_TITLE.match(t) and not ISSUER_HEAD.match(t) \
        and not QUOC_HIEU.search(t) and not MOTTO.search(t)


#: an issuer's name with a note in parentheses closing the line: "CÔNG TY TNHH MTV LÂM NGHIỆP LAM ĐIỀN (100% vốn nhà nước)"
_NOTED_ISSUER = re.compile(r"^\s*(?P<name>[^()]{6,150}?)\s*\([^()]{2,120}\)\s*$")


def parse_header(paras: list[Paragraph]) -> tuple[Header, int]:
    """Read the header block; return it and the index of the first body paragraph.

    Two-column headers flattened into one line are split (``header_segments``): the
    issuer keeps only its own column; the quốc hiệu and motto are dropped.
    """
    h = Header()
    i = 0
    title_lines: list[str] = []
    in_title = False
    issuer_parts: list[str] = []
    addressed = False  # "Kính gửi: …" read: the addressees' list, then the body
    subject_read = False  # a letter's "V/v …" line read: the header ends with it, its date and its addressees
    for i, p in enumerate(paras):
        t = p.text
        if addressed and not t.lstrip().startswith(ADDRESSEE_ITEM):
            break  # a letter's or report's body may open with any sentence ("Để …", "Ngày 12/5/2026, …")
        if (subject_read and not h.doc_type and t[:1].isupper() and not _header_line(t) and not PLACE_DATE.match(t)
                and not ADDRESSED.match(t.lstrip()) and not DRAFT_MARK.match(t)
                and opens_letter_text(t)):
            # s39-cx (unseen102 u102-12): a letter with no «Kính gửi:» opens its text after its «V/v …» line — with a
            # date, a ground or its issuer, or a whole sentence; a V/v wrapped onto a line of its own («V/v hướng dẫn tổ
            # chức bầu Trưởng thôn, / Tổ trưởng tổ dân phố …») is no sentence
            break
        # "QUYẾT ĐỊNH" with no colon before any type heading is the type heading, not the body
        # start; a title may begin with "Thực hiện …" ("KẾ HOẠCH / Thực hiện dân chủ ở cơ sở …").
        is_heading = not h.doc_type and type_heading(t) is not None and ":" not in t
        title_line = in_title and _goes_on_title(t, title_lines) and not BASIS_START.match(t) and not ARTICLE.match(t) \
            and not _FIELD_OPENING.match(t)
        if not is_heading and not title_line and (
                BASIS_START.match(t) or ARTICLE.match(t) or ROMAN.match(t) or lettered(t) or PART.match(t)
                or BODY_START.match(t) or t.startswith(("Thực hiện", "Xét ")) or MINUTES_OPENING.match(t)
                or _FIELD_OPENING.match(t)
                or MARKER.match(t) and not NUMBER_LINE.match(t) and not t.startswith(("-", "–"))):
            break
        if i > 25:
            i = 0
            break
        if (h.doc_type and title_lines and not _is_caps(t) and not (in_title and _goes_on_title(t, title_lines))
                and not NUMBER_LINE.match(t) and not PLACE_DATE.match(t) and not DRAFT_MARK.match(t)
                and not YEAR_ONLY.match(t)):
            break  # the title is done and a sentence begins: a preamble ("LỜI NÓI ĐẦU …", "… như sau:")
        for seg in header_segments(t):
            if seg.startswith(("V/v ", "V/V ")):
                subject_read = True
            if ADDRESSED.match(seg.lstrip()):
                addressed, in_title = True, False
                continue
            if QUOC_HIEU.fullmatch(seg) or MOTTO.fullmatch(seg):
                in_title = False
                continue
            if DRAFT_MARK.match(seg):
                continue
            nm = NUMBER_LINE.match(seg)
            if nm:
                h.number_raw = normalize_number_dashes(nm.group(1).strip())
                num = h.number_raw.split()[0] if h.number_raw.split() else ""
                h.number = num if re.match(r"^\d+[\w/\-.]*/", num) else None
                in_title = False
                continue
            dm = PLACE_DATE.match(seg)
            if dm and not cited_not_place(dm.group("place")) and not _LABELLED_TIME.match(dm.group("place")):
                h.place = dm.group("place").strip()
                h.date_raw = seg
                day, month, year = (dm.group("d") or dm.group("d2"), dm.group("m") or dm.group("m2"),
                                    dm.group("y") or dm.group("y2"))
                if not year and i + 1 < len(paras):  # "ngày 15 tháng 11" / "năm 2022"
                    ym = YEAR_ONLY.match(paras[i + 1].text)
                    year = ym.group(1) if ym else None
                if day and month and year:
                    h.issued = dmy_to_iso(day, month, year)
                in_title = False
                continue
            if YEAR_ONLY.match(seg) and h.date_raw and not in_title:
                continue
            th = type_heading(seg)
            if th and not h.doc_type:
                h.doc_type = th[0].capitalize()
                if th[1]:
                    title_lines.append(th[1])
                in_title = True
                continue
            if _is_caps(seg) and not h.doc_type and not in_title and (issuer_parts or ISSUER_HEAD.search(seg)):
                issuer_parts.append(seg)
                continue
            # s30-rc (unseen86 u86-20): an issuer in capitals with its seat or owner in parentheses after it, in lower
            # case ("CÔNG TY CỔ PHẦN GẠCH MEN KIM SA (thị trấn Kim Sa, huyện Sơn Thạch)") — the name is the issuer
            named = _NOTED_ISSUER.match(seg)
            if named and not issuer_parts and not h.doc_type and not in_title and _is_caps(named.group("name")) \
                    and ISSUER_HEAD.match(named.group("name")):
                issuer_parts.append(seg)
                continue
            if in_title and _goes_on_title(seg, title_lines):
                title_lines.append(seg)
                continue
            if in_title and _caps_title(seg) and not _NUMBERED_ITEM.match(seg) and len(title_lines) < 3 \
                    and all(_is_caps(t) for t in title_lines):
                # "BIÊN BẢN / CUỘC HỌP CỘNG ĐỒNG DÂN CƯ THÔN MÕ TRE": a title in capitals, on one line or more
                # ("BIÊN BẢN CUỘC HỌP CỘNG ĐỒNG DÂN CƯ / BẦU TRƯỞNG THÔN LÒ BẦU NHIỆM KỲ 2026 - 2031")
                title_lines.append(seg)
                continue
            if in_title:  # a caps line ("LỜI NÓI ĐẦU") or a long paragraph ends the title
                in_title = False
                if not issuer_parts and _is_caps(seg) and ISSUER_HEAD.search(seg):
                    issuer_parts = [seg]  # "NGHỊ QUYẾT / Về việc … / HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI"
                continue
            if _is_caps(seg) and ISSUER_HEAD.search(seg):
                issuer_parts = issuer_parts or [seg]
                in_title = False
    h.issuer = clean_spaces(" ".join(issuer_parts))
    h.title = clean_spaces(" ".join(title_lines))
    return h, i


def _attachment_starts(paras: list[Paragraph], k: int) -> bool:
    """After the closing of a Quyết định: a type heading ("QUY CHẾ", "HƯƠNG ƯỚC THÔN …") whose
    next lines say "ban hành kèm theo" or open a Chương / Điều — the attached document."""
    t = paras[k].text
    if not (DOC_TYPE_HEAD.match(t) or (_is_caps(t) and GLUED_TYPE_HEAD.match(t))):
        return False
    prev = paras[k - 1].text if k else ""
    if CHAPTER.match(prev) or PART.match(prev) or SECTION_MUC.match(prev) or ROMAN.match(prev):
        return False  # "Chương I / QUY ĐỊNH CHUNG": a chapter's title, not a new document
    for p in paras[k + 1:k + 12]:  # a hương ước may have its foreword and Căn cứ first
        if "kèm theo" in p.text.lower() or ARTICLE.match(p.text) or CHAPTER.match(p.text):
            return True
        if CLOSING.match(p.text):
            return False
    return False


def split_basis(paras: list[Paragraph]) -> list[str]:
    """'Căn cứ A; Căn cứ B; C;' → ['A', 'B', 'C'] (verbatim, without 'Căn cứ')."""
    items: list[str] = []
    for p in paras:
        for part in re.split(r";\s*", p.text):
            part = part.strip().rstrip(".;,")
            if not part:
                continue
            part = re.sub(r"^Căn cứ\s+", "", part)
            items.append(normalize_number_dashes(part))
    return items


def derived_doc_id(path: str, h: Header) -> str:
    """The official number when filled in; else a stable id from the file name."""
    if h.number:
        return h.number
    return f"local:{Path(path).stem}"


def parse_official(text: str, path: str, data: bytes | None = None,
                   doc_type: str | None = None) -> ParsedSource:
    """Parse one official (or report-like) document given as plain text."""
    text = nfc(text)
    sha = hashlib.sha256(data if data is not None else text.encode("utf-8")).hexdigest()
    issues: list[ParseIssue] = []
    paras = unwrap(text)
    if not paras:
        return ParsedSource(path, sha, (), (ParseIssue(path, "error", "Văn bản rỗng: không có nội dung."),))
    header, start = parse_header(paras)
    dtype = doc_type or header.doc_type or "Bài viết"
    draft = bool(PLACEHOLDER.search(header.number_raw + " " + header.date_raw)) or (
        header.doc_type and not header.number) or "DỰ THẢO" in text[:2000].upper()
    kind = KIND_OF_TYPE.get(dtype, "draft" if draft else "local")
    doc_id = derived_doc_id(path, header)

    units: list[Unit] = []
    ordinal = [0]

    def add(level: str, uid: str, label: str, parent: str | None, text: str, title: str,
            line: int, heading: tuple[str, ...] = ()) -> Unit:
        ordinal[0] += 100_000
        u = Unit(uid=uid, doc_id=doc_id, level=level, label=label, parent=parent,
                 ordinal=ordinal[0], title=title, text=text, source_path=path,
                 source_line=line, heading_path=heading)
        units.append(u)
        return u

    basis_paras: list[Paragraph] = []
    preamble: list[Paragraph] = []
    closing: list[Paragraph] = []
    body: list[Paragraph] = []
    stage = "pre"
    attach_at: list[int] = []  # indexes in ``body`` where an attached document starts
    rest = paras[start:]
    for k, p in enumerate(rest):
        t = p.text
        if stage != "closing" and CLOSING.match(t):
            stage = "closing"
        # After the closing, or after the articles when the signer has no "Nơi nhận" block.
        if (stage == "closing" or (stage == "body" and any(ARTICLE.match(b.text) for b in body))) \
                and _attachment_starts(rest, k):
            stage = "body"
            attach_at.append(len(body))
            body.append(p)
            continue
        if stage == "closing":
            closing.append(p)
            continue
        if stage == "pre":
            if BASIS_START.match(t) or (basis_paras and not BODY_START.match(t)
                                        and not t.startswith("Xét") and not ARTICLE.match(t)
                                        and not ROMAN.match(t) and not lettered(t) and not PART.match(t)
                                        and not CHAPTER.match(t)
                                        and not basis_paras[-1].text.rstrip().endswith(":")
                                        and not preamble):
                basis_paras.append(p)
                continue
            if BODY_START.match(t):
                stage = "body"
                continue
            if ARTICLE.match(t) or ROMAN.match(t) or lettered(t) or PART.match(t) or CHAPTER.match(t):
                stage = "body"
            else:
                preamble.append(p)
                continue
        body.append(p)
    if not body and preamble and not basis_paras:
        body, preamble = preamble, []

    basis = split_basis(basis_paras)
    root = ProvisionId(doc_id)
    for k, p in enumerate(basis_paras):
        add("basis", str(root.sub("basis", str(k + 1))), str(k + 1), None, p.text, "", p.line)
    for k, p in enumerate(preamble):
        add("preamble", str(root.sub("preamble", str(k + 1))), str(k + 1), None, p.text, "", p.line)

    heading: dict[str, str] = {}
    builder: BodyBuilder | None = None
    container: Unit | None = None
    seen_articles: set[str] = set()

    def flush() -> None:
        nonlocal builder
        if builder is not None:
            for u in builder.units():
                units.append(u)
            ordinal[0] = max(u.ordinal for u in units) if units else ordinal[0]
        builder = None

    loose = 0
    base = root  # what unit ids hang off; an attached document gets its own ("…:kt1")
    for idx, p in enumerate(body):
        t = p.text
        if idx in attach_at:  # "QUY CHẾ (Ban hành kèm theo Quyết định …)": numbering restarts
            flush()
            n = attach_at.index(idx) + 1
            base = root.sub("attachment", str(n))
            seen_articles = set()
            name = f"{(DOC_TYPE_HEAD.match(t) or GLUED_TYPE_HEAD.match(t)).group(1).capitalize()} kèm theo"
            heading = {"part": name}
            add("part", str(base), name, None, "", t, p.line)
            container = None
            continue
        path_now = tuple(heading[k] for k in ("part", "chapter", "section") if k in heading)
        m = ARTICLE.match(t)
        if m and m.group(1) not in seen_articles:
            flush()
            label = m.group(1)
            seen_articles.add(label)
            container = add("article", str(base.sub("article", label)), label, None, "", m.group(2).strip(" ."),
                            p.line, path_now)
            builder = BodyBuilder(container, path)
            continue
        if m:
            issues.append(ParseIssue(path, "warning", f"Điều {m.group(1)} bị đánh số trùng", p.line))
        cm = CHAPTER.match(t) or PART.match(t) or SECTION_MUC.match(t)
        if cm:
            level = {"Chương": "chapter", "CHƯƠNG": "chapter", "Phần": "part", "PHẦN": "part",
                     "Mục": "section", "MỤC": "section"}[cm.group(1)]
            label = cm.group(2)
            title = cm.group(3).strip()
            if not title and idx + 1 < len(body) and _is_caps(body[idx + 1].text):
                title = body[idx + 1].text
            heading[level] = f"{cm.group(1).capitalize()} {label}"
            for deeper in {"part": ("chapter", "section"), "chapter": ("section",)}.get(level, ()):
                heading.pop(deeper, None)
            if level != "section" or not seen_articles:
                flush()
                slug = re.sub(r"\s+", "-", label.lower())
                add(level, str(base.sub(level, slug)), label, None, "", title, p.line, path_now)
                container = None
            continue
        if not seen_articles:
            rm = ROMAN.match(t) or lettered(t)
            if rm:
                flush()
                container = add("section", str(base.sub("section", rm.group(1))), rm.group(1), None, "",
                                rm.group(2).strip(), p.line, path_now)
                builder = BodyBuilder(container, path)
                continue
        if builder is None:
            loose += 1
            add("paragraph", str(base.sub("paragraph", str(loose))), str(loose), None, t, "", p.line, path_now)
            continue
        builder.add_line(t, p.line)
    flush()

    signer, sign_title = "", ""
    if closing:
        add("closing", str(root.sub("closing")), "", None, "\n".join(p.text for p in closing), "Nơi nhận",
            closing[0].line)
        tail = [p.text for p in closing if not p.text.startswith(("-", "–", "+", "Nơi"))]
        for k, t in enumerate(tail):
            if SIGN_TITLE.match(t):
                sign_title = t
                rest = [x for x in tail[k + 1:] if not SIGN_TITLE.match(x)]
                signer = rest[-1] if rest else ""
                break
    if not seen_articles and dtype in ("Nghị quyết", "Quyết định", "Quy chế", "Hương ước", "Quy ước"):
        issues.append(ParseIssue(path, "warning", f"{dtype} nhưng không tìm thấy điều nào (Điều 1.)"))
    doc = Document(
        doc_id=doc_id, number=header.number, doc_type=dtype, title=header.title,
        issuer=header.issuer,
        issued=header.issued, effective=None, kind=kind, source_paths=(path,), sha256=sha,
        units=tuple(sorted(units, key=lambda u: u.ordinal)), basis=tuple(basis),
        signer=(f"{sign_title} {signer}".strip()),
    )
    stats = {"articles": len(seen_articles), "paragraphs": len(paras), "basis": len(basis),
             "kind": kind, "type": dtype}
    return ParsedSource(path, sha, (doc,), tuple(issues), stats)
