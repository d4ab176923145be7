"""An uploaded document as the rules see it: paragraphs that remember their lines.

Text extracted from PDF/DOCX is hard-wrapped; ``corpus.official.unwrap``
rebuilds paragraphs and this module keeps, for every paragraph, where each of
its input lines starts, so a finding quoting the middle of a paragraph still
names the exact 1-based input line. The structure (Căn cứ, Điều, Mục, Nơi
nhận) comes from ``corpus.official.parse_official`` — the same reader the
knowledge base uses — so sections are named the way the ingest names them.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from checker.model import Evidence
from checker.quantities import spelled_number_spans, spelled_value, with_digits
from corpus.official import (BODY_START, CLOSING, DOC_TYPE_HEAD, FOOTNOTE_MARK, MINUTES_OPENING, RULE_LINE, Header,
                             Paragraph, letter_opens_after_subject, parse_header, parse_official, type_heading, unwrap)
from checker.tables import from_bars, from_tabs, join_carried_cells, named_rows, row_facts
from kb.model import Document, Unit
from kb.vntext import clean_spaces, dmy_to_iso, fold_keep_length, nfc
from kb.vntext import has_diacritics as has_marks

QUOTE_MAX = 260


#: Old-style tone placement → the placement used in current official texts ("hoà" → "hòa",
#: "uỷ" → "ủy"); each replacement keeps the length, so offsets stay valid.
TONE_PAIRS = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
#: Only at the end of a syllable: "hoà" → "hòa", but "hoạt", "khoẻo" keep their letters.
_TONE_RE = re.compile("(?:" + "|".join(TONE_PAIRS) + r")(?!\w)")


def normalize_tones(text: str) -> str:
    """Lower-case NFC text with the modern tone placement (same length)."""
    return _TONE_RE.sub(lambda m: TONE_PAIRS[m.group()], text.lower())


_NUMBER_WORDS = {"khong", "mot", "mot", "hai", "ba", "bon", "tu", "nam", "lam", "sau", "bay", "tam", "chin", "muoi",
                 "tram", "linh", "le", "nghin", "ngan"}
#: The spelled repeat of an official text after a number: "05 (năm) ngày", "02 (hai) năm", "30 (ba mươi)".
_SPELLED_REPEAT = re.compile(r"(?<=\d)(\s*)(\([^()\d]{1,40}\))")


def blank_spelled_repeats(text: str) -> str:
    """"05 (năm) ngày" → "05        ngày" (same length): the repeat says the number again, so a cue
    written "05 ngày" or "re:0?5\\s+ngày" reads both forms. Only a parenthesis of number words."""
    def one(m: re.Match) -> str:
        words = fold_keep_length(m.group(2)[1:-1]).split()
        if words and all(w in _NUMBER_WORDS for w in words):
            return m.group(1) + " " * len(m.group(2))
        return m.group(0)
    return _SPELLED_REPEAT.sub(one, text) if "(" in text else text


def digits_for_words(key: str) -> str:
    """``key`` (lower case, accented) with its spelled numbers as digits, same length:
    "chậm nhất năm ngày" → "chậm nhất 5   ngày", "hai phần ba" → "2/3        "
    (``checker.quantities.spelled_number_spans``), so a cue or a reader written for digits
    ("re:\\d+\\s+ngày", "\\d+%") reads a number written in words, and offsets stay those of the text."""
    return with_digits(key, spelled_number_spans(key)) if key else key


def numbered_text(text: str) -> str:
    """``text`` as written (case and accents kept), with numbers read as in the key: a spelled repeat
    after digits blanked, spelled numbers as digits — for readers that match the written text."""
    if not has_marks(text):
        return blank_spelled_repeats(text)
    return with_digits(blank_spelled_repeats(text), spelled_number_spans(blank_spelled_repeats(normalize_tones(text))))


def match_key(text: str) -> str:
    """The text cues are matched against, same length as ``text``.

    Accented text keeps its marks (lower case, modern tone placement):
    folding would make "tại sân" read as "tài sản" and "kiểm tra" as "kiêm".
    Text typed without any diacritics is folded, so unaccented drafts still
    match (``checker.kinds.cue_regex`` compiles both forms of every cue). A spelled repeat after a
    number is blanked (``blank_spelled_repeats``); in accented text a spelled number reads as its digits
    (``digits_for_words``: "năm ngày" → "5   ngày"). Unaccented text keeps its words ("nam", "sau",
    "bay" are too often not numbers there).
    """
    if has_marks(text):
        return digits_for_words(blank_spelled_repeats(normalize_tones(text)))
    return blank_spelled_repeats(fold_keep_length(text))


@dataclass(frozen=True)
class Para:
    """One rebuilt paragraph; ``seg_starts[i]`` is where input line ``seg_lines[i]`` begins."""

    index: int  # 1-based, in reading order
    text: str
    line: int
    end_line: int
    zone: str  # header | basis | preamble | body | closing | footnote
    section: str  # top-level section label: "Điều 1", "Mục II", "Căn cứ", …
    where: str  # finest label: "Điều 1, tiểu mục 3.1, điểm a"
    seg_starts: tuple[int, ...]
    seg_lines: tuple[int, ...]

    @cached_property
    def folded(self) -> str:
        """Accent-folded text: for numbers and units (``checker.quantities``) and spaCy. As in the key, a
        spelled repeat after digits is blanked and spelled numbers read as digits (``digits_for_words``)."""
        return with_digits(blank_spelled_repeats(fold_keep_length(self.text)), self.number_spans)

    @cached_property
    def number_spans(self) -> list[tuple[int, int, str]]:
        """Where the text spells a number, with its digits (``checker.quantities.spelled_number_spans``);
        none in a text typed without accents."""
        if not has_marks(self.text):
            return []
        return spelled_number_spans(blank_spelled_repeats(normalize_tones(self.text)))

    @cached_property
    def numbered(self) -> str:
        """The text as written, with numbers read as in the key (``numbered_text``)."""
        return with_digits(blank_spelled_repeats(self.text), self.number_spans)

    @cached_property
    def key(self) -> str:
        """Text for cue matching (see ``match_key``)."""
        return match_key(self.text)

    def line_at(self, offset: int) -> int:
        i = bisect.bisect_right(self.seg_starts, max(0, offset)) - 1
        return self.seg_lines[max(0, i)]


def _segments(p: Paragraph, raw_lines: list[str]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Re-derive where each input line starts inside the unwrapped paragraph text."""
    starts, lines, pos = [], [], 0
    for no in range(p.line, p.end_line + 1):
        seg = clean_spaces(raw_lines[no - 1].replace("**", ""))
        if not seg or seg in ("-----", "---", "*"):
            continue
        if p.text.startswith(seg, pos):
            starts.append(pos)
            lines.append(no)
            pos += len(seg) + 1
    if not starts or starts[0] != 0:  # unwrap changed; fall back to the first line
        return (0,), (p.line,)
    return tuple(starts), tuple(lines)


_LEVEL_WORD = {"clause": "khoản", "subclause": "tiểu mục", "point": "điểm", "paragraph": "đoạn"}


def unit_label(u: Unit) -> str:
    if u.level == "article":
        return f"Điều {u.label}"
    if u.level == "section":
        return f"Mục {u.label}"
    if u.level == "chapter":
        return f"Chương {u.label}"
    if u.level == "part":  # "Phần II"; an attached document: "Quy chế kèm theo"
        return u.label if "kèm theo" in u.label else f"Phần {u.label}"
    if u.level == "basis":
        return "Căn cứ"
    if u.level in ("preamble",):
        return "Phần mở đầu"
    if u.level == "closing":
        return "Phần cuối"
    return f"{_LEVEL_WORD.get(u.level, u.level)} {u.label}"


@dataclass(frozen=True)
class InputDoc:
    """The checked document: text, lines, paragraphs, header and parsed structure."""

    name: str
    text: str
    raw_lines: tuple[str, ...]
    paras: tuple[Para, ...]
    header: Header
    parsed: Document
    fmt: str = "text"
    line_origin: tuple[int, ...] = ()  # DOCX/PDF: text line → paragraph/page number

    @property
    def body(self) -> tuple[Para, ...]:
        return tuple(p for p in self.paras if p.zone == "body")

    def zone(self, *zones: str) -> tuple[Para, ...]:
        return tuple(p for p in self.paras if p.zone in zones)

    @cached_property
    def sections(self) -> tuple[str, ...]:
        """Body section labels in reading order, for the coverage matrix."""
        out: list[str] = []
        for p in self.paras:
            if p.zone == "body" and p.section not in out:
                out.append(p.section)
        return tuple(out)

    @cached_property
    def title_text(self) -> str:
        return self.header.title or self.parsed.title

    @property
    def date(self) -> str | None:
        return self.header.issued

    def origin(self, line: int) -> int:
        if self.line_origin and 0 < line <= len(self.line_origin):
            return self.line_origin[line - 1]
        return 0

    def evidence(self, para: Para, start: int = 0, end: int | None = None):
        """Evidence for ``para.text[start:end]``: the quote, its lines and its paragraph."""
        end = len(para.text) if end is None else end
        quote = para.text[start:end].strip()
        if len(quote) > QUOTE_MAX:
            quote = quote[:QUOTE_MAX - 1].rstrip() + "…"
        line = para.line_at(start)
        end_line = para.line_at(max(start, end - 1))
        return Evidence(quote, line, end_line, self.origin(line) or para.index, para.where)

    def evidence_line(self, line: int, start: int = 0, end: int | None = None):
        """Evidence for a span of one raw input line (placeholders live in raw lines)."""
        raw = self.raw_lines[line - 1]
        quote = clean_spaces(raw[start:end]) or clean_spaces(raw)
        para = self.para_at_line(line)
        return Evidence(quote[:QUOTE_MAX], line, line, self.origin(line) or (para.index if para else 0),
                        para.where if para else "")

    def para_at_line(self, line: int) -> Para | None:
        for p in self.paras:
            if p.line <= line <= p.end_line:
                return p
        return None

    def _tables_read(self, read) -> dict[int, str]:
        """Paragraph index → what ``read`` (a ``checker.tables`` reader of one table's rows) makes of each row."""
        out: dict[int, str] = {}
        run: list[Para] = []
        for p in (*self.paras, None):
            if p is not None and p.text.lstrip().startswith("|"):
                run.append(p)
                continue
            # a count in words in a cell ("| Số hộ gia đình của thôn | Hai trăm mười hộ |") is read as its digits
            for q, text in zip(run, read([q.numbered for q in run])):
                if text:
                    out[q.index] = text
            run = []
        return out

    @cached_property
    def table_facts(self) -> dict[int, str]:
        """Paragraph index → the sentence a table row stands for (``checker.tables.row_facts``): "Tổng số hộ trong
        thôn: 186; Đại diện hộ có mặt: 131" for a row of figures under its header row."""
        return self._tables_read(row_facts)

    @cached_property
    def named_rows(self) -> dict[int, str]:
        """Paragraph index → a table row under its header, each cell with its column's name (``checker.tables
        .named_rows``): list items too, for rules that read what a cell means ("Ngày công khai: 09/01/2026")."""
        return self._tables_read(named_rows)

    @cached_property
    def heading_para(self) -> Para:
        """The type heading ("NGHỊ QUYẾT", "HƯƠNG ƯỚC"), else the first paragraph."""
        for p in self.paras[:30]:
            if p.zone == "header" and p.text.strip(" *").isupper() and len(p.text) < 40 \
                    and fold_keep_length(p.text).strip() in _TYPE_WORDS:
                return p
        # minutes and notices: "BIÊN BẢN CUỘC HỌP CỘNG ĐỒNG DÂN CƯ THÔN SEN ĐÁ", the type word with its title after
        # it (for a glued "QUY CHẾ DÂN CHỦ …" the first paragraph stays: RC-20's title_if would then read two
        # lawful labelled quy chế — a question for the legal reviewer, named in docs/ARCHITECTURE.md)
        for p in self.paras[:30]:
            word = fold_keep_length(self.header.doc_type).lower() + " "
            if p.zone == "header" and self.header.doc_type in _RECORD_TYPES and p.text.strip(" *").isupper() \
                    and fold_keep_length(p.text).strip().startswith(word):
                return p
        return self.paras[0]


_RECORD_TYPES = ("Biên bản", "Thông báo", "Hồ sơ")
_TYPE_WORDS = {"nghi quyet", "quyet dinh", "ke hoach", "bao cao", "quy che", "huong uoc", "quy uoc",
               "to trinh", "quy dinh",
               # minutes, notices and guidance: their title says what meeting or matter they record
               "bien ban", "thong bao", "huong dan"}


#: A numbered item that tells a meeting or an account after the bases ("1. Thời gian, địa điểm: …", "2. Chủ trì: …"):
#: no "Căn cứ" line is numbered so; the parsed basis unit ran on into the body.
_NUMBERED_BODY = re.compile(r"^\s*\d{1,2}[.)]\s+(?![Cc]ăn\s+cứ)(?:[^;:]{1,60}:.*|.*\.)\s*$")
#: … or a short numbered heading of the account ("1. Lý do sửa đổi", "2. Trình tự đã thực hiện" of a tờ trình: s18,
#: lawful3 lw3-02), never a document cited as a basis ("1. Luật Thực hiện dân chủ ở cơ sở …").
_NUMBERED_HEAD = re.compile(r"^\s*\d{1,2}[.)]\s+(?![Cc]ăn\s+cứ|(?:Bộ\s+)?[Ll]uật|[Nn]ghị\s+(?:định|quyết)|[Qq]uyết\s+định|"
                            r"[Tt]hông\s+tư|[Hh]iến\s+pháp|[Pp]háp\s+lệnh|[Cc]hỉ\s+thị|[Kk]ế\s+hoạch|[Cc]ông\s+văn|[Hh]ướng\s+dẫn|"
                            r"[Vv]ăn\s+bản|[Đđ]iều\s+lệ|[Qq]uy\s+(?:chế|định|ước)|[Hh]ương\s+ước)[A-ZĐÀ-Ỹ][^;:.,()\d]{2,50}$")

#: s18-cm (unseen63 u63-01): an unnumbered sentence recounting what was done, after the bases of a quy ước — "Dự thảo
#: Quy ước đã được niêm yết … trong 15 ngày để các hộ góp ý.", "Ngày 09/3/2024, cuộc họp … thông qua Quy ước." — is the
#: account, not a basis: it ends on a full stop, opens on no basis word nor a document's name, and tells a past act
#: ("đã") or opens on its date.
_ACCOUNT_AFTER_BASES = re.compile(
    r"^\s*(?!(?:Căn\s+cứ|Xét|Theo|Thực\s+hiện|Thi\s+hành|Triển\s+khai|Trên\s+cơ\s+sở|Được\s+sự|Sau\s+khi|Nhằm|Để|Với|"
    r"Luật|Bộ\s+luật|Hiến\s+pháp|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|Kế\s+hoạch|"
    r"Hướng\s+dẫn|Công\s+văn|Văn\s+bản|Biên\s+bản|Tờ\s+trình|Báo\s+cáo)(?!\w))"
    r"(?:Ngày\s+\d{1,2}[/.-]\d{1,2}[^;]*|\w[^;]*?\sđã\s[^;]*)\.\s*$")


#: s33-ct (unseen89 u89-10): the closing's «Nơi nhận:» is the label alone, its list after it; a labelled field of the
#: body that opens on the same words — «Nơi nhận báo cáo quý, 06 tháng, năm: Ban Chấp hành Công đoàn», «Nơi gửi hồ sơ:
#: Bộ phận một cửa …» — names where the text's reports or files go and is no closing
_CLOSING_LABEL = re.compile(r"^\s*\W?\s*Nơi\s+(?:nhận|gửi)\s*(?::|$|[-–•+*;]|\(|văn\s+bản\b)", re.IGNORECASE)


#: s33-ct (unseen89 u89-10): a labelled field after the bases — «Cơ quan chỉ đạo trực tiếp: Ban Giám đốc Trung tâm»,
#: «Người chủ trì: …», «Thời gian niêm yết: 30 ngày» — is a line of the text, no basis: a short label opening on no
#: basis word nor a document's name, in ordinary case (no enacting «QUYẾT ĐỊNH:»), its value after the colon on the
#: same line
_FIELD_AFTER_BASES = re.compile(
    r"^\s*(?!(?:Căn\s+cứ|Xét|Theo|Thực\s+hiện|Thi\s+hành|Triển\s+khai|Trên\s+cơ\s+sở|Được\s+sự|Sau\s+khi|Nhằm|Để|Với|"
    r"Luật|Bộ\s+luật|Hiến\s+pháp|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|Kế\s+hoạch|"
    r"Hướng\s+dẫn|Công\s+văn|Văn\s+bản|Biên\s+bản|Tờ\s+trình|Báo\s+cáo|Điều|Khoản|Điểm)(?!\w))"
    r"(?P<label>[^\W\d_][^:;.()\d]{2,50}):\s*[^\s:]")


def _field_after_bases(text: str) -> bool:
    m = _FIELD_AFTER_BASES.match(text)
    return m is not None and m.group("label")[0].isupper() and any(c.islower() for c in m.group("label"))


#: s38-qt (unseen102 u102-34): a letter's one opening sentence «Căn cứ Quyết định số 39/QĐ-UBND …, UBND xã thông báo:
#: trong thời hạn 90 ngày …» — its ground, then the issuer's own announcement after a comma and a colon, with the
#: announcement's text in the same paragraph — is the letter's body, not a basis (the lines after it too)
_BASIS_THEN_BODY = re.compile(
    r"^\s*Căn\s+cứ\b.*?,\s*(?:UBND|Ủy\s+ban|Uỷ\s+ban|Ban|Hội\s+đồng|Chủ\s+tịch|Trưởng|Tổ\s+trưởng|Công\s+ty|Giám\s+đốc)"
    r"[^,;:.()]{0,80}?\s(?:xin\s+)?(?:thông\s+báo|đề\s+nghị|yêu\s+cầu|hướng\s+dẫn|trả\s+lời)(?:\s+như\s+sau)?\s*:"
    r"\s*\S.{19,}", re.S)


def _zones_and_sections(paras: list[Paragraph], start: int, units: tuple[Unit, ...], field_start: int | None = None):
    """Zone, top-level section and finest label of each paragraph, from the parsed units. ``field_start``: the body
    opens on a labelled field cut off the title (``_field_after_title``): it opens the record like «Thời gian: …»."""
    # Reports may restart Roman numbering in each "Phần", so uids repeat: a
    # unit's parent is the latest unit with that uid before it.
    current: dict[str, Unit] = {}
    parent_of: dict[int, Unit] = {}
    for u in sorted(units, key=lambda x: x.ordinal):
        if u.parent and u.parent in current:
            parent_of[id(u)] = current[u.parent]
        current[u.uid] = u
    marks = sorted(((u.source_line, u.ordinal, u) for u in units if u.source_line),
                   key=lambda m: (m[0], m[1]))
    lines = [m[0] for m in marks]

    def chain(u: Unit) -> list[Unit]:
        out = [u]
        while id(out[-1]) in parent_of:
            out.append(parent_of[id(out[-1])])
        return list(reversed(out))

    attached = {u.source_line for u in units if u.level == "part" and "kèm theo" in u.label}
    out = []
    closing = False
    opened = False
    bases_over = False
    last_section = "Phần mở đầu"
    for i, p in enumerate(paras):
        if i < start:
            out.append(("header", "Tiêu đề", "Tiêu đề"))
            continue
        if CLOSING.match(p.text) and _CLOSING_LABEL.match(p.text):
            closing = True
        if p.line in attached:  # a document attached after the closing (the Quy chế of a Quyết định)
            closing = False
        if RULE_LINE.match(p.text) or FOOTNOTE_MARK.match(p.text):  # "____", "[1] …": a footnote
            out.append(("footnote", "Chú thích", "Chú thích"))
            continue
        if closing:
            out.append(("closing", "Phần cuối", "Phần cuối"))
            continue
        k = bisect.bisect_right(lines, p.line) - 1
        # s24-fa2: a table that opens the body right under the title is the body, not a preamble
        opened = opened or MINUTES_OPENING.match(p.text) is not None or (i == start and p.text.lstrip().startswith("|")) \
            or i == field_start
        if k < 0:  # minutes' opening ("Hôm nay, …", "Thời gian: …") and what follows it record the meeting
            out.append(("body" if opened else "preamble", "Phần mở đầu", "Phần mở đầu"))
            continue
        u = marks[k][2]
        if BODY_START.match(p.text):
            out.append(("body", "Phần mở đầu", "Phần mở đầu"))
            continue
        if u.level == "basis" and not bases_over and (_NUMBERED_BODY.match(p.text) or _NUMBERED_HEAD.match(p.text)):
            bases_over = True  # minutes "Căn cứ …; / 1. Thời gian: … / 2. Chủ trì: …": the account, not a basis
        if u.level == "basis" and not bases_over and i > start and paras[i - 1].text.rstrip().endswith((";", ".")) \
                and p.text.lstrip()[:1].isupper() and _ACCOUNT_AFTER_BASES.match(p.text):
            bases_over = True  # a quy ước's "Căn cứ …; / Dự thảo … đã được niêm yết …": the account of its adoption
        if u.level == "basis" and not bases_over and i > start and paras[i - 1].text.rstrip().endswith((";", ".")) \
                and _field_after_bases(p.text):
            bases_over = True  # s33-ct: "Căn cứ ….  / Cơ quan chỉ đạo trực tiếp: Ban Giám đốc …": a field of the text
        if u.level == "basis" and not bases_over and _BASIS_THEN_BODY.match(p.text):
            bases_over = True  # s38-qt: "Căn cứ …, UBND xã thông báo: …": the letter's body opens in its ground's sentence
        if u.level == "basis" and not bases_over:
            out.append(("basis", "Căn cứ", "Căn cứ"))
            continue
        if u.level in ("basis", "preamble"):
            out.append(("body" if opened or bases_over else "preamble", "Phần mở đầu", "Phần mở đầu"))
            continue
        ch = chain(u)
        top = ch[0]
        if top.level == "paragraph":  # loose text: belongs to the section above it
            out.append(("body", last_section, last_section))
            continue
        section = unit_label(top)
        if top.level == "section" and top.heading_path:  # "Phần thứ hai, Mục I"
            section = f"{top.heading_path[0]}, {section}"
        elif top.heading_path and top.heading_path[0].endswith("kèm theo"):  # "Quy chế kèm theo, Điều 1"
            section = f"{top.heading_path[0]}, {section}"
        last_section = section
        inner = ", ".join(unit_label(x) for x in ch[1:] if x.level != "paragraph")
        out.append(("body", section, f"{section}, {inner}" if inner else section))
    return out


#: "Thực hiện …" after a blank line opens a plan or a report ("KẾ HOẠCH / Tổ chức hội nghị … / (blank) /
#: Thực hiện Điều 33 Luật …, Trưởng thôn … xây dựng Kế hoạch như sau:"); ``unwrap`` joins it to a title
#: that is not short, and the document loses its title.
_OPENING = re.compile(r"^(?:Thực hiện|Triển khai|Thi hành)\s")


def _double_spaced(raw_lines: list[str]) -> bool:
    """Does a blank line follow most lines (a copy that spaces every line, where a blank line says nothing)?"""
    filled = [k for k, t in enumerate(raw_lines) if t.strip()]
    if len(filled) < 4:
        return False
    spaced = sum(1 for k in filled if k + 1 < len(raw_lines) and not raw_lines[k + 1].strip())
    return spaced >= 0.6 * len(filled)


def _new_after_blank(before: str, line: str) -> bool:
    """After a blank line, does ``line`` open a paragraph of its own? It does when it starts with a capital and the
    line before the blank ends neither on a comma or a word a sentence does not end on ("… gồm", "… của")."""
    if not line[:1].isupper():
        return False
    words = before.rstrip().split()
    return bool(words) and before.rstrip()[-1:] not in ",(-–" and words[-1].lower() not in _DANGLING


def split_openings(paras: list[Paragraph], raw_lines: list[str]) -> list[Paragraph]:
    """Paragraphs with an opening that follows a blank line ("Thực hiện …") split off the line before it, and so
    does a line that starts with a capital after a blank line ("BIÊN BẢN / Cuộc họp … nhiệm kỳ 2026 - 2028 / (blank) /
    Ông Lê Văn Sen trúng cử …": the title is not the body's first sentence) — unless every line is followed by a
    blank one. The parts of a paragraph are its non-blank input lines, in order, as ``unwrap`` joined them."""
    out: list[Paragraph] = []
    spaced = _double_spaced(raw_lines)
    for p in paras:
        cut = [no for no in range(p.line + 1, p.end_line + 1)
               if not raw_lines[no - 2].strip()
               and (_OPENING.match(clean_spaces(raw_lines[no - 1]))
                    or (not spaced and _new_after_blank(_last_filled(raw_lines, no - 2),
                                                       clean_spaces(raw_lines[no - 1]))))]
        if not cut:
            out.append(p)
            continue
        out += _cut_at(p, cut, raw_lines)
    return out


def _cut_at(p: Paragraph, cuts: list[int], raw_lines: list[str]) -> list[Paragraph]:
    """``p`` cut before each input line number of ``cuts``: its parts, each its non-blank lines joined."""
    out = []
    bounds = [p.line, *cuts, p.end_line + 1]
    for a, b in zip(bounds, bounds[1:]):
        lines = [clean_spaces(raw_lines[no - 1].replace("**", "")) for no in range(a, b)]
        kept = [no for no, t in zip(range(a, b), lines) if t]
        out.append(Paragraph(" ".join(t for t in lines if t), kept[0], kept[-1]))
    return out


#: A type heading run into the body's first sentence on one line: "BIÊN BẢN HỌP CỘNG ĐỒNG DÂN CƯ (cho thôi làm Tổ
#: trưởng tổ dân phố) - Hôm nay, hồi 19 giờ 00 ngày 18/5/2025, tại …" (a copy that lost its line breaks).
_RUN_HEAD = re.compile(r"^(?:BIÊN BẢN|KẾ HOẠCH|BÁO CÁO|THÔNG BÁO|NGHỊ QUYẾT|HƯƠNG ƯỚC|QUY ƯỚC|QUY CHẾ|TỜ TRÌNH)\b")
_RUN_OPENING = re.compile(r"\s*(?:[-–—:.]\s*|\s)(?=(?:Hôm\s+nay|Vào\s+(?:hồi|lúc))\b)")
_RUN_BRACKET = re.compile(r"\s*(\([^()]{2,200}\))\s*$")


_GAP = re.compile(r"(?<=\S)( +)(?=\S)")


def single_spaced(lines: list[str]) -> list[str]:
    """A copy whose words are all set two spaces apart ("Hương  ước  thôn  Nà  Phạc ,  ngày …", a PDF or a justified
    page pasted as text) read with one space between words and none before a comma, so that two spaces are no column
    gap. Only when nearly every gap between words is exactly two spaces; wider gaps (columns) stay as they are, and
    line numbers stay."""
    gaps = [len(m.group(1)) for t in lines for m in _GAP.finditer(t)]
    if len(gaps) < 20 or sum(1 for g in gaps if g == 2) < 0.8 * len(gaps) or sum(1 for g in gaps if g == 1) > 0.05 * len(gaps):
        return lines
    return [_GAP.sub(lambda m: " " if len(m.group(1)) == 2 else m.group(1), t).replace(" , ", ", ") for t in lines]


def split_heading_run(paras: list[Paragraph]) -> list[Paragraph]:
    """The first type heading in capitals (``_RUN_HEAD``) that runs on one line into the minutes' opening ("Hôm nay,
    …", "Vào hồi …") is cut into the heading, its bracketed title if any, and the body's first sentence: each read as
    if it stood on its own line (same line number). Only the first such heading, among the first paragraphs."""
    from corpus.official import _is_caps, type_heading
    for k, p in enumerate(paras[:15]):
        if not _RUN_HEAD.match(p.text):
            continue
        m = _RUN_OPENING.search(p.text)
        if p.line != p.end_line:
            # s17-c2a (u61-02): the opening run on and wrapped to the next line ("BIÊN BẢN CUỘC HỌP CỦA CỘNG ĐỒNG DÂN
            # CƯ Hôm nay, hồi 19 giờ 30 … / tổ dân phố tổ chức cuộc họp …"): cut the same way, the body keeping the lines
            if not m or m.start() > 120:
                continue
            head, body = p.text[:m.start()].strip(), p.text[m.end():].strip()
            if not body or not _is_caps(head):
                continue
            return [*paras[:k], Paragraph(head, p.line, p.line), Paragraph(body, p.line, p.end_line), *paras[k + 1:]]
        if not m:
            return _split_caps_run(paras, k)
        head, body = p.text[:m.start()].strip(), p.text[m.end():].strip()
        bm = _RUN_BRACKET.search(head)
        caps = head[:bm.start()].strip() if bm else head
        if len(caps) > 200 or not body:
            return paras
        if _is_caps(caps):
            parts = [caps, bm.group(1)] if bm else [caps]
        elif type_heading(head) is not None and len(head) <= 250:
            parts = [head]  # "BIÊN BẢN Họp cộng đồng dân cư cho thôi làm Tổ trưởng - Hôm nay, …"
        else:
            return paras
        return [*paras[:k], *(Paragraph(t, p.line, p.line) for t in [*parts, body]), *paras[k + 1:]]
    return paras


def _split_caps_run(paras: list[Paragraph], k: int) -> list[Paragraph]:
    """A heading whose own title is in capitals too ("HƯƠNG ƯỚC THÔN HÒA SƠN, XÃ EA KMĂNG (SỬA ĐỔI, BỔ SUNG NĂM 2026)")
    run on one line into the body's first sentence ("Cộng đồng dân cư thôn Hòa Sơn thống nhất sửa đổi … như sau:"):
    cut where the capitals end, when what follows is a sentence (a capital, then lower case, ending on "." or ":")
    and the capitals hold more than the type word. A type word alone before sentence case is a title
    ("BIÊN BẢN Họp cộng đồng dân cư …") and stays."""
    p = paras[k]
    end = 0
    for m in re.finditer(r"\S+", p.text):
        letters = [c for c in m.group(0) if c.isalpha()]
        if letters and not all(c.isupper() for c in letters):
            break
        end = m.end()
    head, body = p.text[:end].strip().rstrip(" -–—:").strip(), p.text[end:].strip()
    words = body.split()
    if (len(head.split()) <= len(_RUN_HEAD.match(head).group(0).split()) + 1 or len(head) > 200 or len(words) < 6
            or not words[0][:1].isupper() or not words[1][:1].islower() or body.rstrip()[-1:] not in ".:"):
        return paras
    return [*paras[:k], Paragraph(head, p.line, p.line), Paragraph(body, p.line, p.line), *paras[k + 1:]]


def split_title_run(paras: list[Paragraph], raw_lines: list[str]) -> list[Paragraph]:
    """The title after the document's own lone type heading (``DOC_TYPE_HEAD``: "KẾ HOẠCH", "BIÊN BẢN"), cut from a
    body that follows it with no blank line ("KẾ HOẠCH / Tổ chức bầu Trưởng thôn nhiệm kỳ 2026 - 2028 / Tổ bầu cử gồm
    05 người … Tổ trưởng."): a table row, or the sentence that ends the run (a line ending ".", ":" or ";", from the
    capitalised line that opens it) is body, not title. A title wrapped over lines ("… của thôn / Đông Hạ") ends on
    no such mark and stays whole; only the first heading counts (a decision's second "QUYẾT ĐỊNH" opens its
    articles), and a paragraph opening with an article, a list mark or a table row is body already."""
    first = next((k for k, p in enumerate(paras) if DOC_TYPE_HEAD.match(clean_spaces(p.text))), None)
    if first is None or first + 1 >= len(paras) or paras[first + 1].end_line == paras[first + 1].line:
        return paras
    p = paras[first + 1]
    nos = [no for no in range(p.line, p.end_line + 1) if raw_lines[no - 1].strip()]
    lines = [clean_spaces(raw_lines[no - 1].replace("**", "")) for no in nos]
    if _OWN_START.match(lines[0]):
        return paras
    cut = next((i for i in range(1, len(lines)) if lines[i].startswith("|")), None)
    if cut is None:
        end = next((i for i in range(1, len(lines)) if lines[i].rstrip()[-1:] in ".:;"), None)
        opens = [i for i in range(1, (end or 0) + 1) if (lines[i][:1].isupper() or lines[i][:1].isdigit())
                 and lines[i - 1].rstrip()[-1:] not in ",(-–" and lines[i - 1].split()[-1].lower() not in _DANGLING]
        cut = opens[-1] if end is not None and opens else None
    if cut is None:
        return paras
    return [*paras[:first + 1], *_cut_at(p, [nos[cut]], raw_lines), *paras[first + 2:]]


def _last_filled(raw_lines: list[str], k: int) -> str:
    """The last non-blank input line before index ``k``."""
    while k > 0 and not raw_lines[k - 1].strip():
        k -= 1
    return clean_spaces(raw_lines[k - 1]) if k > 0 else ""


#: Words a sentence does not end on: a line that ends with one was wrapped mid-sentence ("… gồm /
#: 07 người", "… chậm nhất là / 10 ngày", "… phối hợp với / Trưởng ban …").
_DANGLING = frozenset("""của và là gồm có trên dưới đến với từ nhất hơn cho tại theo về khi được trong các những
    mỗi hoặc thì để do bởi quá không ít tối thiểu đa làm""".split())
#: "… khoản 2 Điều / 5 Quy chế": a number follows these words. A date cut after "ngày" keeps the
#: paragraphs ``unwrap`` made: joining "Căn cứ Luật … ngày / 19 tháng 02 năm 2025" dates the cited law,
#: and OR-01 then reads it against the check date (a false lỗi on tests/data/checker_real, real01).
_BEFORE_NUMBER = frozenset("điều khoản điểm số".split())
#: "… 6 tháng đầu năm / 2026 như sau:": a year cut from its "năm" by the wrap ("2026 như" is no numbered item).
_YEAR_START = re.compile(r"^(?:19|20)\d\d\b(?![./])")
#: "… gửi đến các hộ vào ngày / 11/4/2026, …", "… vào tối thứ Bảy / 14/3/2026": a date cut from the word that
#: announces it. Not in a Căn cứ line: "Căn cứ Luật … ngày / 19 tháng 02 năm 2025" stays as ``unwrap`` made it
#: (joined, the cited law's date is read against the check date — a false OR-01 on tests/data/checker_real, real01).
_ENDS_AT_DAY = re.compile(r"(?:\bngày|\bthứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|\bchủ\s+nhật)\s*$", re.IGNORECASE)
_FULL_DATE_START = re.compile(r"^\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\b|^\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\b")
_DATE_START = re.compile(r"^\d{1,2}\s+tháng\b|^\d{1,2}/\d{1,2}/\d{2,4}|^\d{4}\b")
#: "… niêm yết từ ngày / 05/9 đến hết ngày 20/9/2026": a range's first day, its year given with the last
_RANGE_DATE_START = re.compile(r"^\d{1,2}\s*/\s*\d{1,2}\s+(?:đến|tới)\b")
#: What starts a paragraph of its own even after a dangling word: an article, a list mark, a table row.
_OWN_START = re.compile(r"^(?:Điều\s+\d|ĐIỀU\s+\d|Chương\s|Mục\s|Phần\s|[-+*•–]\s|[a-zđ]\)|\d+(?:\.\d+)*[.)]\s|[IVXLC]+\.\s|\||Căn cứ)")


#: s38-rf (unseen77 u77-02 l.12 wrapped): «- Số đại biểu được triệu tập: / 150; có mặt: 146 (đạt 97,3%)»: a count's
#: label ends its line and its figure opens the next, followed by its unit at most and a clause mark — the label's value
#: cut by the wrap, not a new paragraph. Only a count's label («Số …:», «Tổng số …:»), never a «gồm:» list.
_COUNT_LABEL_END = re.compile(r"(?:^|[;,.]\s|^\s*[-+•*–]\s+)\s*(?:[Tt]ổng\s+)?[Ss]ố\s+[^:;.\d|]{2,60}:$")
_COUNT_VALUE_START = re.compile(r"^\d[\d.,]*(?:\s+[a-zà-ỹđ]+){0,2}\s*(?:[;,.]|$)")


#: s38-rf (unseen77 u77-10 l.28 wrapped): «… lựa chọn áp dụng / Mục 1 Chương IV Luật Thực hiện dân chủ …»: a part of a
#: law cited in the sentence, cut by the wrap before its label — a heading's number is followed by «.», «:» or its
#: line's end, a citation's by the larger part or the text it belongs to. Read after a line that ends mid-sentence.
_CITED_PART_START = re.compile(r"^(?:Điều|Mục|Chương|Phần)\s+[0-9IVXLC]+\s+(?:(?:của\s+)?(?:Chương|Mục|Phần|Luật|Bộ\s+luật|"
                               r"Nghị\s+định|Nghị\s+quyết|Thông\s+tư|Quyết\s+định|Quy\s+chế|Hiến\s+pháp)\b|này\b)")


#: s38-rf (unseen43 n09 l.26 wrapped): «3. Không giới thiệu Tổng Giám đốc, / Kế toán trưởng vào Ban Thanh tra nhân
#: dân.»: a negated sentence that ends its line on a comma goes on into the next line — cut there, the next line reads
#: as said without its «không». Only after a negation: a roll or an invitees' list one line each keeps its lines.
_NEGATED_LINE = re.compile(r"(?i)(?<!\w)(?:không|chưa|cấm|nghiêm\s+cấm)(?!\w)[^.;:!?]*,$")


#: The capitals of Vietnamese words, for the first letter of each word of a name in a character class ("[" + UPPER +
#: "]"): the range "À-Ỹ" holds lower-case letters too ("được", "ở", "ứng"), and a name read with it runs on into them.
UPPER = "A-ZĐÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"


#: "… gồm 05 người: ông Lê Văn / An (Tổ trưởng); …": a person's name cut by the wrap (a title, then one to
#: three capitalised words, no punctuation) goes on with the capitalised word that opens the next line; so does a
#: village's ("Ông A, Trưởng thôn Nà / Hin, được đề cử …": a unit word, then its name begun).
_CUT_NAME = re.compile(r"(?:^|\s)(?:ông|bà|Ông|Bà|thôn|bản|ấp|buôn|làng|xóm|sóc)\s+(?:[A-ZÀ-ỸĐ][a-zà-ỹđ]*\s+){0,2}"
                       r"[A-ZÀ-ỸĐ][a-zà-ỹđ]*$")
_NAME_GOES_ON = re.compile(r"^[A-ZÀ-ỸĐ][a-zà-ỹđ]*(?:[\s,;(]|$)")


def _cut_name(prev: str, nxt: str) -> bool:
    m = _CUT_NAME.search(prev)
    if not (m and _NAME_GOES_ON.match(nxt) and nxt[:1].isupper() and not _LABEL_LINE.match(nxt)
            and all(w[:1].isupper() for w in m.group().split()[1:])):  # the class above spans lower-case too
        return False
    # a village's name only inside a sentence already going on (after a comma or a colon), never a heading's or a
    # signature block's title line ("Trách nhiệm của Trưởng thôn Đông Hạ" / "Trưởng thôn tổ chức …")
    return m.group().split()[0].lower() in ("ông", "bà") or bool(re.search(r"[,:]", prev[:m.start()]))

#: "… trong đó / 06 người là …", "… nhiệm kỳ / 2026 – 2031": a count or a year that goes on with
#: a lower-case word, not a list mark ("1.", "2)"); a count in words too ("… định kỳ / Hai năm một lần").
_COUNT_START = re.compile(r"^\d[\d.,]*\s*(?:%|[–-]|[a-zà-ỹđ])")
#: "… gồm 07 thành viên (01 Trưởng ban, / 01 Phó Trưởng ban và 05 Ủy viên)": after a comma or an open bracket, a
#: count of people goes on the enumeration, whatever the case of the title after it.
_LISTED_COUNT = re.compile(r"^\d{1,3}\s+[^\W\d_]")


@lru_cache(maxsize=1)
def _name_spans() -> frozenset[str]:
    """Every run of two or more words inside a name of the lexicon (roles, bodies, aliases), lower case."""
    from checker.ruledata import lexicon

    lex = lexicon()
    names = [p for r in lex.roles for p in r.patterns] + [n for b in lex.bodies for n in (b.name, *b.variants)]
    names += [n for a in lex.aliases for n in (a.name, *a.short)]
    out = set()
    for n in names:
        w = normalize_tones(n).split()
        # a run with one word twice in a row ("Trưởng ban Ban Thanh tra nhân dân": "ban ban") never keeps a break
        # ("… Tổ chức của Ban / Ban được thành lập …")
        out.update(" ".join(w[i:j]) for i in range(len(w)) for j in range(i + 2, len(w) + 1)
                   if not any(w[k].lower() == w[k + 1].lower() for k in range(i, j - 1)))
    return frozenset(out)


def _splits_name(tail: list[str], head: list[str]) -> bool:
    """Does the break fall inside a name ("… của Ban / Thanh tra nhân dân …")?"""
    spans = _name_spans()
    for k in range(1, len(tail) + 1):
        for j in range(1, len(head) + 1):
            if normalize_tones(" ".join(tail[-k:] + head[:j])) in spans:
                return True
    return False


#: "… trong thời hạn hai mươi / (20) ngày …": the figure in brackets that follows a number in words.
_FIGURE_START = re.compile(r"^\(\s*(\d{1,3})\s*\)\s*[a-zà-ỹđ%]")


def _bracketed_figure(prev: str, nxt: str) -> bool:
    """Does ``nxt`` open with the bracketed figure of the number in words ``prev`` ends with ("hai mươi" / "(20) ngày")?"""
    m = _FIGURE_START.match(nxt)
    if not m:
        return False
    words = fold_keep_length(prev).lower().split()
    return any(spelled_value(" ".join(words[-k:])) == int(m.group(1)) for k in range(1, min(4, len(words)) + 1))


def _caps_wrap(prev: str, nxt: str) -> bool:
    """A body written in capitals, hard-wrapped mid-sentence: a long line in capitals that ends on a comma or a word
    a sentence does not end on, then a line in capitals that opens nothing of its own ("1. HNNLĐ DO … MỖI NĂM MỘT
    LẦN, / SAU KHI KẾT THÚC NĂM TÀI CHÍNH, CHẬM NHẤT …"). A heading in capitals is short and ends on neither."""
    words = prev.split()
    if len(words) < 8 or not prev.isupper() or not nxt.isupper() or _OWN_START.match(nxt):
        return False
    return prev.rstrip()[-1:] == "," or words[-1].lower() in _DANGLING


def join_wraps(paras: list[Paragraph], raw_lines: list[str]) -> list[Paragraph]:
    """Join a paragraph to the next input line when its last word cannot end a sentence (a hard wrap
    that ``unwrap`` took for a new paragraph: the next line starts with a number or a capital)."""
    out: list[Paragraph] = []
    for p in paras:
        if out:
            prev = out[-1]
            words = prev.text.split()
            last = words[-1].lower() if words else ""
            between = raw_lines[prev.end_line:p.line - 1]
            if p.line == prev.end_line + 1 and not any(b.strip() for b in between) \
                    and not prev.text.rstrip().endswith("|") \
                    and (not _OWN_START.match(p.text) or _CITED_PART_START.match(p.text) and prev.text[-1:].islower()) \
                    and (last in _DANGLING or (last in _BEFORE_NUMBER and p.text[:1].isdigit())
                         or (last == "năm" and _YEAR_START.match(p.text))
                         or (_ENDS_AT_DAY.search(prev.text) and (_FULL_DATE_START.match(p.text)
                                                                  or _RANGE_DATE_START.match(p.text))
                             and not prev.text.startswith("Căn cứ"))
                         # «… gồm: 01 đại diện / Ủy ban MTTQ Việt Nam xã (Trưởng ban), …»: whom a representative
                         # stands for, cut by the wrap
                         or (words[-2:] == ["đại", "diện"] and p.text[:1].isupper())
                         or (_COUNT_START.match(numbered_text(p.text)) and not _DATE_START.match(p.text)
                             and prev.text[-1:].islower())
                         or (prev.text[-1:] in ",(" and _LISTED_COUNT.match(p.text))
                         or _splits_name(words[-3:], p.text.split()[:2])
                         or _bracketed_figure(prev.text, p.text)
                         or _cut_name(prev.text, p.text)
                         or (_COUNT_LABEL_END.search(prev.text.rstrip()) and _COUNT_VALUE_START.match(p.text))
                         or (_CITED_PART_START.match(p.text) and prev.text[-1:].islower())
                         or (_NEGATED_LINE.search(prev.text.rstrip()) and p.text[:1].isupper()
                             and not _LABEL_LINE.match(p.text))) \
                    and not (prev.text.isupper() and p.text[:1].isupper()) \
                    or _caps_wrap(prev.text, p.text) and p.line == prev.end_line + 1 and not any(b.strip() for b in between):
                if letter_opens_after_subject(prev.text, p.text):
                    out.append(p)  # s39-cx (u102-12): «V/v … thôn Rạch Bần» / «Ngày 28/01/2025, UBND xã …»: the text opens
                    continue
                out[-1] = Paragraph(f"{prev.text} {p.text}", prev.line, p.end_line)
                continue
        out.append(p)
    return out


#: s30-zn (checker_dev_acts2 da2-10): a line that opens on a short capitalised label and a colon — "Tổ trưởng: ông A,
#: Trưởng thôn", "Thành viên: bà B, …", "Thư ký: …", "Địa điểm: …"
_LABEL_LINE = re.compile(r"^[" + "A-ZĐÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ" + r"][^\W\d_]*"
                         r"(?:\s+[^\W\d_]+){0,3}\s*:\s*\S")


#: … or a longer label of up to eight words with no figure, clause mark or sentence stop before its colon
_LONG_LABEL_LINE = re.compile(_LABEL_LINE.pattern.replace("{0,3}", "{0,7}"))

#: s37-hu (unseen99 u99-05): a form's field under a longer label, its first word perhaps set off by a comma («Số, ngày
#: văn bản công nhận: …», «Cơ quan ra quyết định công nhận: …»): read as a field only in a run that already holds two
#: short ones
_FORM_LABEL_LINE = re.compile(_LABEL_LINE.pattern.replace(r"(?:\s+[^\W\d_]+){0,3}", r",?(?:\s+[^\W\d_]+){0,7}"))


def split_label_run(paras: list[Paragraph], raw_lines: list[str]) -> list[Paragraph]:
    """A roll written one "Label: value" a line ("Tổ trưởng: ông A, Trưởng thôn / Thành viên: bà B, … / Thành viên:
    …"), its lines ending on no full stop, was joined by ``unwrap`` into one paragraph: every member's line then reads
    as one sentence, the head's title beside the members'. Each labelled line is its own paragraph when the paragraph
    holds two or more of them and the line before ends on no comma, colon or word a sentence does not end on."""
    out: list[Paragraph] = []
    for p in paras:
        nos = [no for no in range(p.line, p.end_line + 1) if raw_lines[no - 1].strip()]
        if len(nos) < 2:
            out.append(p)
            continue
        lines = [clean_spaces(raw_lines[no - 1].replace("**", "")) for no in nos]
        labelled = [i for i, t in enumerate(lines) if _LABEL_LINE.match(t)]
        # s36-zn (unseen97 u97-03): a block every line of which, after the first, is a field under a longer label
        # («Nơi người lao động được gửi kiến nghị: …», «Thời hạn trả lời kiến nghị của Ban Thanh tra: …») is a roll
        # of fields too, the first line its heading or its first field
        # (a heading or a field itself: «Số lượng thành viên Ban / Giám sát đầu tư của cộng đồng: 04 người.» is one
        # sentence wrapped in a name)
        fielded = all(_LONG_LABEL_LINE.match(t) for t in lines[1:]) and (
            _LONG_LABEL_LINE.match(lines[0]) is not None or all(w.isupper() for w in lines[0].split()[:2]))
        if fielded:
            labelled = list(range(1, len(lines)))
        elif len(labelled) >= 2:
            labelled = [i for i, t in enumerate(lines) if i in labelled or _FORM_LABEL_LINE.match(t)]
        cut = [nos[i] for i in labelled if i > 0 and lines[i - 1].rstrip()[-1:] not in ",:(-–"
               and lines[i - 1].split()[-1].lower() not in _DANGLING]
        if (len(labelled) < 2 and not fielded) or not cut or " ".join(lines) != p.text:
            out.append(p)
            continue
        out += _cut_at(p, cut, raw_lines)
    return out


#: The title of a document attached to the one that issues it ("QUY CHẾ DÂN CHỦ …", "TRÍCH QUY CHẾ": an extract of it).
_ATTACHED_TITLE = r"(?:TRÍCH\s+)?(?:QUY CHẾ|QUY ĐỊNH|HƯƠNG ƯỚC|QUY ƯỚC|ĐIỀU LỆ|NỘI QUY|KẾ HOẠCH)(?:\s|$)"
ATTACHED_TITLE = re.compile(r"^\s*" + _ATTACHED_TITLE)
#: … or its "(Kèm theo …)" line.
ATTACHED = re.compile(r"^\s*(?:" + _ATTACHED_TITLE + r"|\(?\s*(?:Ban hành\s+)?[Kk]èm theo\s+(?:Quyết định|Nghị quyết))")


#: A page number left in the text by a copy from PDF or print: "- 2 -", "– 12 –", "Trang 3", "Trang 3/5".
_PAGE_MARK = re.compile(r"^\s*(?:[-–—]\s*\d{1,3}\s*[-–—]|[Tt]rang\s+\d{1,3}(?:\s*/\s*\d{1,3})?)\s*$"
                        # a scan's page rule or running header ending on its page number: "------ Trang 1/3",
                        # "HƯƠNG ƯỚC THÔN RUỘNG MUỐI ĐÔNG - XÃ DIÊM THỦY ------ Trang 2/3"
                        r"|^.*[-–—_=]{5,}\s*[Tt]rang\s+\d{1,3}(?:\s*/\s*\d{1,3})?\s*$")
#: OCR slips a reader of Vietnamese never means: the Icelandic "Ð/ð" for "Đ/đ" ("Ðiều 1."), a lower-case "l" for the
#: figure one in an article's number ("Ðiều l."). Each keeps the length.
_OCR_ETH = str.maketrans("Ðð", "Đđ")
_OCR_ARTICLE_L = re.compile(r"^(\s*(?:Điều|ĐIỀU)\s+)l(?=\s*[.:])", re.MULTILINE)


def without_ocr_slips(text: str) -> str:
    """``text`` with the OCR slips above mended (same length, same lines)."""
    if "Ð" not in text and "ð" not in text and "l" not in text:
        return text
    return _OCR_ARTICLE_L.sub(lambda m: m.group(1) + "1", text.translate(_OCR_ETH))


def without_page_marks(lines: list[str]) -> list[str]:
    """The lines with each page-number line blanked (line numbers stay): a sentence or a table a page break cut
    goes on across it."""
    return ["" if _PAGE_MARK.match(t) else t for t in lines]


_QUOTE = re.compile(r"^\s*>[ \t]?")


def unquoted(lines: list[str]) -> list[str]:
    """A text pasted from an e-mail reply, each line quoted ("> Điều 1. …"), without its quote marks: when most
    lines holding text begin with ">", one level is taken off every line (line numbers stay); any other text as
    it is."""
    text_lines = [t for t in lines if t.strip()]
    quoted = sum(1 for t in text_lines if _QUOTE.match(t))
    if not text_lines or quoted < 0.6 * len(text_lines):
        return lines
    return [_QUOTE.sub("", t, count=1) for t in lines]


# ---------------------------------------------------------------------------------------------------------
# The envelope of a document pasted from an e-mail or a chat: "---------- Forwarded message ---------", "From: …",
# "Date: …", "Subject: …", "Fw: …", "[Tin nhắn chuyển tiếp] Nhóm Zalo …". When an official header (the issuer,
# the quốc hiệu, a type heading) follows within the first lines, everything above it is the envelope; an e-mail
# with no official header keeps its message and loses only its envelope's field lines. Blanked lines keep their
# numbers; the envelope's first date and subject stand for the document's date and title when its own header
# gives none (``Envelope``).
# ---------------------------------------------------------------------------------------------------------

_ENV_QUOTE = r"^\s*(?:>+\s*)?"
#: A line that only an envelope has: a forward or reply marker, the sender or the subject.
_ENV_STRONG = re.compile(
    _ENV_QUOTE + r"(?:[-=_]{2,}\s*(?:Forwarded\s+message|Original\s+Message|Chuyển\s+tiếp|Tin\s+nhắn\s+gốc|Thư\s+gốc|"
    r"Thư\s+chuyển\s+tiếp)\b.*|(?:Fw|Fwd|Re|TL)\s*:.*|(?:From|Subject|Từ|Chủ\s+đề|Tiêu\s+đề|Người\s+gửi)\s*:.*"
    r"|\[?\s*(?:Tin\s+nhắn\s+chuyển\s+tiếp|Chuyển\s+tiếp\s+từ)\b.*)$", re.IGNORECASE)
#: Any field line of an envelope ("To: …", "Date: …", "Gửi: …", "Ngày: …", "Tệp đính kèm: …").
_ENV_FIELD = re.compile(
    _ENV_QUOTE + r"(?:From|To|Cc|Bcc|Sent|Date|Subject|Attachments?|Từ|Gửi|Đến|Ngày(?:\s+gửi)?|Thời\s+gian\s+gửi|"
    r"Chủ\s+đề|Tiêu\s+đề|Người\s+gửi|Người\s+nhận|Tệp\s+đính\s+kèm|Tep\s+dinh\s+kem|Đính\s+kèm)\s*:.*$", re.IGNORECASE)
_ENV_DATE = re.compile(r"(?:^|\s)(?:Sent|Date|Ngày(?:\s+gửi)?|Thời\s+gian\s+gửi)\s*:\s*(?P<v>.*)$", re.IGNORECASE)
_ENV_SUBJECT = re.compile(_ENV_QUOTE + r"(?:Subject|Chủ\s+đề|Tiêu\s+đề)\s*:\s*(?P<v>.*)$", re.IGNORECASE)
_REPLY_PREFIX = re.compile(r"^(?:(?:Fw|Fwd|Re|TL)\s*:\s*)+", re.IGNORECASE)
_MONTHS_EN = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
#: "02/03/2026 16:20", "Thứ Sáu, 24 thg 10, 2025 lúc 16:05", "Mon, 18 Aug 2025, 09:12", "18 tháng 8, 2025".
_ENV_DMY = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s*(?:/\s*(?P<m>\d{1,2})\s*/\s*|\s+(?:thg|tháng)\s+(?P<m2>\d{1,2}),?\s+"
                      r"|\s+(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*,?\s+)(?P<y>20\d\d)(?!\d)",
                      re.IGNORECASE)


@dataclass(frozen=True)
class Envelope:
    """What an e-mail or chat envelope says of the message: its first date (ISO) and subject; ``bare`` when no
    official header follows it (the envelope is the message's only header)."""

    date: str | None = None
    subject: str = ""
    bare: bool = False


def _envelope_date(value: str) -> str | None:
    m = _ENV_DMY.search(value)
    if not m:
        return None
    month = int(m.group("m") or m.group("m2") or _MONTHS_EN[m.group("mon").lower()[:3]])
    try:
        from datetime import date
        return date(int(m.group("y")), month, int(m.group("d"))).isoformat()
    except ValueError:
        return None


def _official_start(lines: list[str], upto: int) -> int | None:
    """The first line of an official header among the first ``upto`` lines: the quốc hiệu, an issuer in capitals,
    a type heading."""
    from corpus.official import ISSUER_HEAD, QUOC_HIEU, _is_caps, type_heading
    for k, raw in enumerate(lines[:upto]):
        t = clean_spaces(raw)
        if not t or _ENV_FIELD.match(t) or _ENV_STRONG.match(t):
            continue
        if QUOC_HIEU.search(t) or (_is_caps(t) and (ISSUER_HEAD.match(t) or type_heading(t) is not None)):
            return k
    return None


def without_envelope(lines: list[str]) -> tuple[list[str], Envelope]:
    """The lines with an e-mail's or chat's envelope blanked (line numbers stay), and what the envelope says."""
    head = [k for k, t in enumerate(lines[:40]) if _ENV_STRONG.match(t)]
    if not head:
        return lines, Envelope()
    start = _official_start(lines, 30)
    out = list(lines)
    if start is not None and head[0] < start:
        cut = range(start)  # the forward's envelope and note above the official header
    else:
        # no official header: the field lines of each envelope (a run of two or more, one of them a strong one)
        cut, k = [], 0
        while k < len(lines):
            run = k
            while run < len(lines) and (_ENV_FIELD.match(lines[run]) or _ENV_STRONG.match(lines[run])):
                run += 1
            if run - k >= 2 and any(_ENV_STRONG.match(lines[j]) for j in range(k, run)):
                cut.extend(range(k, run))
            k = max(run, k + 1)
    date, subject = None, ""
    for k in cut:
        t = lines[k]
        if date is None and (m := _ENV_DATE.search(t)) and _ENV_FIELD.match(t):
            date = _envelope_date(m.group("v"))
        if not subject and (m := _ENV_SUBJECT.match(t)):
            subject = clean_spaces(_REPLY_PREFIX.sub("", m.group("v").strip()))
        out[k] = ""
    return out, Envelope(date, subject, start is None and bool(cut))


#: A header's place-and-date written in words ("Mù Sương, ngày mười tháng tám năm hai nghìn không trăm hai mươi sáu",
#: "Số: 11/QC-RTM   ngày hai mươi tháng năm năm hai nghìn …"), which ``parse_header`` reads only in figures.
_HEADER_DATE_WORDS = re.compile(r"(?:^|,|\s)ngày\s+(?:mồng\s+|mùng\s+)?[^\W\d]", re.IGNORECASE)


def _date_in_words(header: Header, head: list[Paragraph]) -> None:
    """Date ``header`` by a place-and-date line of the header written in words (the first one), in place."""
    from checker.dates import find_dates

    for p in head:
        if not _HEADER_DATE_WORDS.search(p.text) or p.text.lstrip().startswith(("Căn cứ", "(")):
            continue
        folded = Para(0, p.text, p.line, p.end_line, "header", "", "", (0,), (p.line,)).folded
        got = [d for d in find_dates(folded) if _HEADER_DATE_WORDS.match(p.text, max(0, d.start - 1))
               or p.text[d.start:d.start + 4].lower() == "ngày"]
        if got:
            d = got[0]
            header.issued = d.value.isoformat()
            header.date_raw = header.date_raw or p.text[max(0, p.text.rfind(",", 0, d.start) + 1):d.end].strip()
            return


_OWN_DMY = (r"(?P<dmy>(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"
            r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4}))")
#: The text's own date written where ``parse_header`` does not look for it (no place before it): after its number
#: ("Số: 88/KH-UBND, ngày 11/11/2024", "QUYẾT ĐỊNH Số 04/QĐ-MTTQ ngày 18/3/2025", "Số: 03/2026/QC-PH Ngày 12/3/2026"),
#: alone on a heading line ("(Ngày 25/01/2024)", "Ngày 05 tháng 01 năm 2026"), or in brackets holding nothing else
#: at the end of the type or title line ("THÔNG BÁO (ngày 01/12/2025)", "BÁO CÁO kết quả … (ngày 10/7/2025)").
#: Not a bracket that says what happened that day ("(Thông qua tại cuộc họp ngày …)", "(phát ngày …)", "(Ban hành
#: kèm theo Quyết định số … ngày …)", "DỰ THẢO (lần 2, ngày …)"): only "ngày" and the date.
_OWN_DATE_LINES = (
    re.compile(r"(?:^|\s)Số\s*:?\s*\d+[\w/.\-–]*\s*[,;]?\s*(?:[-–]\s*)?[Nn]gày\s*" + _OWN_DMY
               + r"(?:\s*\.?\s*$|\s+(?=[^\W\d_]))"),
    re.compile(r"^\(?\s*[Nn]gày\s*" + _OWN_DMY + r"\s*\)?\s*\.?\s*$"),
    re.compile(r"\S\s*\(\s*[Nn]gày\s*" + _OWN_DMY + r"\s*\)\s*$"),
)


def _date_by_number_or_alone(header: Header, head: list[Paragraph]) -> None:
    """Date ``header`` by its own date written beside its number or alone (``_OWN_DATE_LINES``), in place; a
    draft is not dated so (its heading's date is the draft's round, not the text's; a date left blank, "ngày …
    tháng … năm 2026", marks it)."""
    if header.date_raw or any(re.search(r"\bDỰ\s+THẢO\b|\b[Dd]ự\s+thảo\s+lần\b", p.text) for p in head):
        return
    for p in head:
        t = p.text.strip()
        if t.startswith(("Căn cứ", "Thực hiện", "Kèm theo")):
            continue
        for rx in _OWN_DATE_LINES:
            m = rx.search(t)
            if not m or not (m.end() == len(t) or t[m.end()].isupper()):
                continue  # the number line's date, then the title it wrapped onto ("… ngày 18/3/2025 Về việc …")
            d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else (
                m.group("d2"), m.group("m2"), m.group("y2"))
            iso = dmy_to_iso(d, mo, y)
            if iso:
                header.issued = iso
                header.date_raw = t[t.rfind("gày", 0, m.start("dmy")) - 1:m.end("dmy")]
                wrapped = "(" + t[t.rfind("gày", 0, m.start("dmy")) - 1:m.end("dmy")] + ")"
                if header.title.endswith(wrapped):  # "KẾ HOẠCH HOẠT ĐỘNG NĂM 2024 / (Ngày 25/01/2024)"
                    header.title = header.title[:-len(wrapped)].rstrip()
                return


#: a table's column heading row: its first cell numbers the rows ("STT", "TT", "Số TT", "Số thứ tự")
_ORDINAL_CELL = re.compile(r"^\s*\|\s*(?:s[ốo]\s+)?(?:stt|tt|th[ứu]\s+t[ựu])\s*\|", re.IGNORECASE)
_FIRST_NUMBER_CELL = re.compile(r"^\s*\|\s*(?:\d{1,3}|[IVX]{1,4})\.?\s*\|")


def _numbered_table_at(paras: list[Paragraph], k: int, start: int) -> bool:
    """s30-zn (checker_dev_forbidden df-29): an annex with no type heading ("Phụ lục: BẢNG ÁP DỤNG … / (Kèm theo
    Quyết định số …) / | STT | Hành vi | … | / | 1 | … |") — the header reader ran on through its rows, and no rule read
    them as the body. A column heading row whose first cell numbers the rows, over a row whose first cell is a number,
    is the body's table: no line of a header (the two-column flattened "| ỦY BAN … | CỘNG HÒA … |") is such a pair."""
    return (k > 0 and k + 1 < start and _ORDINAL_CELL.match(paras[k].text) is not None
            and _FIRST_NUMBER_CELL.match(paras[k + 1].text) is not None)


#: a row of a header flattened into two columns: the quốc hiệu, the motto, the number, the addressee, the place-and-date
_HEADER_ROW = re.compile(r"CỘNG\s+H[OÒ]A|Độc\s+lập|\|\s*Số\s*:|Kính\s+gửi|\bngày\s+\d{1,2}\s+tháng\b|V/[vV]\b",
                         re.IGNORECASE)


def _content_table_at(paras: list[Paragraph], k: int, start: int) -> bool:
    """s35-hz (unseen95 u95-22): an extract or annex whose title lines ``unwrap`` joined into one paragraph («QUY CHẾ …
    (trích Phụ lục 2) / (Kèm theo Quyết định số …) / Phụ lục 2. Tỷ lệ …»), no type heading read off it, and a table
    under it whose rows are not numbered — the header reader ran on through the rows. The header's first table row
    under a line of text, over a second row, neither of them a line of a header flattened into columns (the quốc
    hiệu, the number, the addressee, the date), is the body's table."""
    if not (0 < k and k + 1 < start):
        return False
    rows = paras[k].text.lstrip().startswith("|") and paras[k + 1].text.lstrip().startswith("|")
    return (rows and not any(q.text.lstrip().startswith("|") for q in paras[:k])
            and not _HEADER_ROW.search(paras[k].text) and not _HEADER_ROW.search(paras[k + 1].text))


def _table_after_title(header: Header, paras: list[Paragraph], start: int) -> int:
    """s24-fa2 (checker_dev_acts da-27..30): a plan or quy chế whose body opens on a table right under its title
    ("KẾ HOẠCH / Tổ chức hội nghị … / | TT | Nội dung | Người chủ trì |") — the header reader took the rows for lines
    of the title, and the rows were read as no sentence of the body. A table row after the type heading is the body's
    first paragraph; the title keeps only what came before it. Rows before the type heading (a two-column header
    flattened into "| ỦY BAN NHÂN DÂN XÃ … | CỘNG HÒA … |") stay in the header."""
    typed = False
    for k, p in enumerate(paras[:start]):
        if not typed:
            typed = type_heading(p.text) is not None and ":" not in p.text
            if not typed and _numbered_table_at(paras, k, start):
                return k  # s30-zn: an untyped annex's table ("Phụ lục: BẢNG … / (Kèm theo …) / | STT | … |")
            if not typed and _content_table_at(paras, k, start):
                return k  # s35-hz: a table under a title the header reader joined into one paragraph
            continue
        if p.text.lstrip().startswith("|"):
            # the row's cells as the header reader appended them to the title ("… năm 2026 TT Nội dung Người chủ
            # trì"): cut there — never at a first cell found inside a word of the title ("TT" in "Ban TTND")
            cells = " ".join(c.strip() for c in p.text.split("|") if c.strip())
            at = header.title.find(cells) if cells else -1
            if at > 0 and not header.title[at - 1].isalnum():
                header.title = header.title[:at].strip()
            return k
    return start


def split_field_under_title(paras: list[Paragraph], raw_lines: list[str]) -> list[Paragraph]:
    """s34-ct: the title line under a bare type heading and the labelled field under it, joined by ``unwrap`` into one
    paragraph («GIẤY MỜI / Dự Hội nghị … năm 2026 / Người triệu tập: ông A, …»): the field's line is cut off, for
    ``_field_after_title`` to open the body on it."""
    out: list[Paragraph] = []
    typed = False
    for k, p in enumerate(paras):
        if k > 12 or not typed:
            if k <= 12 and not typed:
                th = type_heading(p.text) if ":" not in p.text else None
                typed = th is not None and not th[1].strip()
            out.append(p)
            continue
        nos = [no for no in range(p.line + 1, p.end_line + 1) if raw_lines[no - 1].strip()]
        cut = [no for no in nos if _TITLE_FIELD.match(clean_spaces(raw_lines[no - 1]))
               and not _HEADER_FIELD.match(raw_lines[no - 1])
               and (prev := _last_filled(raw_lines, no - 1)).rstrip()[-1:] not in ",:(-–"
               and prev.split()[-1].lower() not in _DANGLING]
        out += _cut_at(p, cut[:1], raw_lines) if cut else [p]
        typed = False
    return out


#: the labelled lines a header keeps: its number, addressee, subject line, excerpt and date
#: («Số:» is the number's label; «Số người dự: 96», «Số phiếu hợp lệ: …» are a record's content — s36-hz)
_HEADER_FIELD = re.compile(r"^\s*(?:Số(?=\s*:)|Kính\s+gửi|Đồng\s+kính\s+gửi|V/[vV]|Về\s+việc|Trích\s+yếu|Tiêu\s+đề|Ngày|Nơi\s+nhận"
                           r"|Người\s+ký|Căn\s+cứ)\b", re.IGNORECASE)


#: a field's label of up to six words and its value: «Người triệu tập: …», «Người triệu tập và chủ trì: …», «Đại diện hộ
#: gia đình có mặt: …»
_TITLE_FIELD = re.compile(_LABEL_LINE.pattern.replace("{0,3}", "{0,5}"))


_MINUTES_HEAD = re.compile(r"^\s*BIÊN\s+BẢN\b", re.IGNORECASE)


def _field_after_title(header: Header, paras: list[Paragraph], start: int) -> int:
    """s34-ct (unseen89 u89-26): a notice's or invitation's labelled field right under its title — «GIẤY MỜI / Dự Hội
    nghị người lao động năm 2026 / Người triệu tập: ông A, Chủ tịch Công đoàn Công ty / Thời gian: …» — was read by
    the header reader as a line of the title, and no rule read it. After the type heading and a line of title, a line
    that opens on a short capitalised label and a colon (no number, addressee or subject line of the header) is the
    body's first field; the title keeps what came before it."""
    typed = titled = False
    for k, p in enumerate(paras[:start]):
        if not typed:
            # a heading that carries its title on the same line ("BIÊN BẢN CUỘC HỌP … CHO THÔI LÀM TRƯỞNG THÔN / Người
            # triệu tập và chủ trì: …") is left as the header reader read it: minutes' fields under it are read as the
            # record's header by the signature rules (checker_dev_acts2 da2-11)
            th = type_heading(p.text) if ":" not in p.text else None
            typed = th is not None and not th[1].strip()
            if th is not None and not typed:
                if _MINUTES_HEAD.match(th[0]):
                    return start
                # s36-hz (unseen97 u97-23): a notice's heading carrying its title («THÔNG BÁO Kết quả bầu Ban Thanh tra
                # nhân dân nhiệm kỳ 2024 – 2026 / … / Đơn vị công nhận kết quả bầu: Giám đốc …») is typed and titled:
                # the labelled field under it is the body's, as under a heading and a title line
                typed = titled = True
            continue
        if titled and _TITLE_FIELD.match(p.text) and not _HEADER_FIELD.match(p.text):
            at = header.title.find(" ".join(p.text.replace("|", " ").split())[:40])
            if at > 0:
                header.title = header.title[:at].strip()
            return k
        titled = True
    return start


#: A message's greeting on a line of its own («Các anh chị thân mến,», «Kính gửi anh chị,», «Chào cả nhà,», «Thân gửi
#: Ban Chấp hành Công đoàn,», «Dear all,»): the message's header ends on it.
_GREETING = re.compile(r"^\s*(?:(?:Đồng\s+)?Kính\s+gửi|Thân\s+gửi|(?:Xin\s+)?[Cc]hào|Dear|Hi|Gửi)\b[^.;:!?]{0,80},\s*$"
                       r"|^\s*[^.;:!?,]{0,60}\bthân\s+mến\s*[,!]?\s*$", re.IGNORECASE)


def _message_start(paras: list[Paragraph], start: int) -> int:
    """s33-ct (unseen89 u89-18): an e-mail with no official header under its envelope — the header reader, finding no
    type heading nor addressee's line, ran on through the message («Các anh chị thân mến, / Công ty đã nhận … / Những
    người đã ký tên … sẽ không được xét nâng bậc lương …»), and no rule read its sentences. The message's own header
    ends on its greeting; with no greeting, the message starts at its first line."""
    for k, p in enumerate(paras[:start]):
        if _GREETING.match(p.text):
            return k + 1
    return 0


def build_input(text: str, name: str = "văn bản", *, fmt: str = "text",
                line_origin: tuple[int, ...] = ()) -> InputDoc:
    """Pure: text in, ``InputDoc`` out. Raises ``ValueError`` for an empty text."""
    # Lines are counted as ``str.splitlines`` counts them — the same numbering
    # ``corpus.official.unwrap`` gives paragraphs (CRLF, CR, form feeds of PDF pages).
    lines, envelope = without_envelope(unquoted(without_ocr_slips(nfc(text)).splitlines()))
    raw_lines = join_carried_cells(from_bars(from_tabs(single_spaced(without_page_marks(lines)))))
    text = "\n".join(raw_lines)
    if not text.strip():
        raise ValueError("văn bản rỗng: không có nội dung để kiểm tra")
    uparas = split_field_under_title(split_label_run(join_wraps(split_title_run(split_heading_run(
        split_openings(unwrap(text), raw_lines)), raw_lines), raw_lines), raw_lines), raw_lines)
    if not uparas:
        raise ValueError("văn bản rỗng: không có nội dung để kiểm tra")
    header, start = parse_header(uparas)
    start = _table_after_title(header, uparas, start)
    fielded = _field_after_title(header, uparas, start)
    field_start = fielded if fielded < start else None
    start = fielded
    if not header.issued:
        _date_in_words(header, uparas[:start])
    if not header.issued:
        _date_by_number_or_alone(header, uparas[:start])
    if envelope.date and not header.issued and not header.date_raw:
        header.issued = envelope.date  # an e-mail with no header of its own: dated when it was sent
    if envelope.subject and not header.title and not header.doc_type:
        header.title = envelope.subject
    if envelope.bare and not header.doc_type:
        start = _message_start(uparas, start)
    parsed = parse_official(text, name).documents[0]
    zs = _zones_and_sections(uparas, start, parsed.units, field_start)
    if envelope.bare and not header.doc_type:
        # s33-ct: the message under the envelope is the body, numbered or not (its lines are no preamble of a title)
        zs = [("body", *z[1:]) if z[0] == "preamble" else z for z in zs]
    paras = []
    for i, (p, (zone, section, where)) in enumerate(zip(uparas, zs), start=1):
        starts, lines = _segments(p, raw_lines)
        paras.append(Para(i, p.text, p.line, p.end_line, zone, section, where, starts, lines))
    return InputDoc(name, text, tuple(raw_lines), tuple(paras), header, parsed, fmt, tuple(line_origin))


