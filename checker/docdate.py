"""The document's own date — the one reader of it, for the check date and for every rule.

Two questions, one reader each, over the same primitives:

- ``own_date``: the date the text bears (the header's date, else the place-and-date line among its first lines, a
  two-column heading flattened onto one line hiding it from the header parser; a date with blanks gives its year's
  first day, not exact; with ``meeting``, minutes with none are dated by their meeting, ``minutes_date``). The rules
  that compare the text's events with its writing read it (consistency, conflict, outdated references).
- ``document_date``: the day from which the text is judged (the check date), below.

- An issued document: the date of its header ("Yên Khê, ngày 15 tháng 10 năm 2025").
- A hương ước / quy ước: the day the UBND xã recognised it ("… đã được Ủy ban nhân
  dân xã Yên Khê công nhận tại Quyết định số 186/QĐ-UBND ngày 23/10/2024"); it takes
  effect from that day (Decree 61/2023 Art. 11.5). A hương ước not yet recognised has
  no date of its own, even if its header names the day of the vote. An amendment
  ("HƯƠNG ƯỚC … (SỬA ĐỔI, BỔ SUNG NĂM 2024)") that quotes the recognition of the text it
  amends and records later steps of its own is dated by the latest of them.
- A draft ("DỰ THẢO", "Số:   /QĐ-UBND", "ngày   tháng   năm 2026") has no date, but the year its blank
  dates name ("thông qua ngày      tháng    năm 2024") says when it was written: a draft of a past year is
  judged by the law at that year's end unless the user asks for another date (``year``).

Pure: ``InputDoc`` in, ``DocDate`` out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from checker.text import InputDoc, fold_keep_length
from kb.vntext import dmy_to_iso

ISSUED = "ngày ban hành"
RECOGNISED = "ngày công nhận"

_DMY = r"(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))"
#: "công nhận tại Quyết định số 186/QĐ-UBND ngày 23/10/2024",
#: "Quyết định số 186/QĐ-UBND ngày 23 tháng 10 năm 2024 của UBND xã … về việc công nhận hương ước"
RECOGNITION = (
    re.compile(r"công\s+nhận\b[^.;]{0,120}?Quyết\s+định\s+số\s*:?\s*[\w/.\-–]*\s*ngày\s*" + _DMY, re.IGNORECASE),
    re.compile(r"Quyết\s+định\s+số\s*:?\s*[\w/.\-–]*\s*ngày\s*" + _DMY + r"[^.;]{0,160}?\bcông\s+nhận\s+"
               r"(?:hương\s+ước|quy\s+ước)", re.IGNORECASE),
)
DRAFT = re.compile(r"\bDỰ\s+THẢO\b")
#: A quy chế, hương ước or regulation issued with a decision is dated by it:
#: "(Ban hành kèm theo Quyết định số 86/QĐ-BQL ngày 20/9/2024 của Giám đốc Ban)", and its short form under the
#: title "(Kèm theo Quyết định số 21/QĐ-UBND ngày 20/5/2024 của UBND xã …)" — read in the heading only
#: (``attached_date``), where it names the decision issuing this text
ATTACHED = re.compile(r"(?:\bBan\s+hành\s+|(?:^|\()\s*)kèm\s+theo\s+Quyết\s+định\s+số\s*:?\s*[\w/.\-–]*\s*ngày\s*"
                      + _DMY, re.IGNORECASE)
ATTACHED_TO = "ngày của quyết định ban hành kèm theo"
#: Minutes (biên bản) are written at the meeting they record: with no place-and-date line of their own, the opening
#: that states when the meeting was held dates them — "Hồi 19 giờ 30 phút, ngày 14 tháng 8 năm 2022, tại …",
#: "Hôm nay, vào hồi 08 giờ ngày 17/11/2024, …", "Thời gian: 14 giờ 00, Chủ nhật ngày 30/6/2024. Địa điểm: …",
#: "1. Thời gian, địa điểm: 19 giờ 30 ngày 18/8/2024, tại …", "- Thời gian: 14 giờ 00 ngày 21/7/2024, tại …" (a
#: list item under "2. Thời gian, thành phần"), a title's "BIÊN BẢN … được lập hồi 19 giờ 30 phút
#: ngày 21 tháng 7 năm 2025"; the date in the opening's first clause only.
MINUTES_OPENING = re.compile(
    r"(?:^(?:\d{1,2}\.\s*|[-+•*]\s*)?|\bđược\s+lập\s+)(?:Hôm\s+nay\b|(?:Vào\s+)?(?:hồi|lúc)\b|Thời\s+gian(?:\s*(?:,|và)\s*địa\s+điểm|\s+(?:họp|tổ\s+chức|hội\s+nghị))?\s*:)"
    r"[^.;:]{0,60}?\bngày\s*" + _DMY, re.IGNORECASE)
MEETING = "ngày họp ghi ở phần mở đầu biên bản"  # a kind, shown beside the date


@dataclass(frozen=True)
class DocDate:
    iso: str | None  # ISO date, None when the document has none (draft, not yet recognised)
    kind: str = ""  # ISSUED | RECOGNISED | ""
    evidence: str = ""  # the text the date was read from
    line: int = 0
    draft: bool = False
    note: str = ""  # Vietnamese: why there is no date, when there is none
    year: int | None = None  # a dateless document: the latest year its blank dates name ("ngày … tháng … năm 2024")


def _iso(m: re.Match) -> str | None:
    g = m.groups()
    d, mo, y = (g[0], g[1], g[2]) if g[0] else (g[3], g[4], g[5])
    return dmy_to_iso(d, mo, y)


#: A date left blank for filling in, with its year: "ngày      tháng    năm 2024", "ngày … tháng … năm 2024",
#: "ngày .....  tháng....năm 2024" (over two lines); not "6 tháng năm 2024" (a period).
BLANK_DATE = re.compile(r"\bngày[\s.…_/]*tháng[\s.…_/]*năm\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def blank_year(doc: InputDoc) -> int | None:
    """The latest year named by a blank date of the text (None when no date is left blank)."""
    years = [int(m.group(1)) for p in doc.paras for m in BLANK_DATE.finditer(p.text)]
    return max(years) if years else None


def is_draft(doc: InputDoc) -> bool:
    """A draft: the mark "DỰ THẢO" in its heading, a number or a date left blank. The mark is read before the body:
    a tờ trình's section "II. NỘI DUNG CHÍNH CỦA DỰ THẢO" names the draft it presents, and the tờ trình itself is
    numbered and dated (lawful2 lw2-02, lawful8 lw8-14)."""
    head = " ".join(p.text for p in doc.paras[:15] if p.zone != "body")
    raw = doc.header.number_raw
    return bool(DRAFT.search(head)) or raw.startswith("/") or bool(
        doc.header.date_raw and not doc.header.issued and re.search(r"ngày\s+(tháng|\s)", doc.header.date_raw))


#: "Tân Mỹ, ngày 10 tháng 12 năm 2021", "…, ngày …… tháng … năm 2026": the place-and-date line of a heading (folded).
HEADING_DATE = re.compile(r",\s*ngay\s+(?P<d>\d{1,2}|[.…\s_]+)\s*thang\s+(?P<m>\d{1,2}|[.…\s_]+)\s*nam\s+(?P<y>\d{4})(?!\d)")
#: "Cầy Vằn, ngày 20 tháng 11 năm 2026" alone on a line (folded, lower case): the place and date a notice signs with.
SIGNED_DATE = re.compile(r"^\s*[^\d,;:.|]{2,50}" + HEADING_DATE.pattern + r"\s*\.?\s*$")
_BASIS = re.compile(r"^\W*(?:Căn\s+cứ|Xét)\b", re.IGNORECASE)


def _heading_line(doc: InputDoc) -> tuple[str, bool, int] | None:
    """(date, exact, line) of the place-and-date line among the first twenty lines, which the header parser misses when
    a two-column heading is flattened onto one line ("UBND TỈNH … — Số: 35/KH-SXD — Bạch Trúc, ngày 12 tháng 01 năm
    2026 — KẾ HOẠCH …"); a date with blanks ("ngày … tháng … năm 2026", a draft) gives its year's first day, not
    exact."""
    for no, raw in enumerate(doc.raw_lines[:20], 1):
        m = HEADING_DATE.search(fold_keep_length(raw))
        if not m:
            continue
        y = m.group("y")
        if m.group("d").isdigit() and m.group("m").isdigit() and 1 <= int(m.group("m")) <= 12 \
                and 1 <= int(m.group("d")) <= 31:
            return f"{y}-{int(m.group('m')):02d}-{int(m.group('d')):02d}", True, no
        return f"{y}-01-01", False, no
    return None


def signed_date(doc: InputDoc) -> str | None:
    """The place-and-date line a text signs with at its end ("Cầy Vằn, ngày 20 tháng 11 năm 2026" above the signer's
    name: a notice, an invitation), or None."""
    for raw in reversed(doc.raw_lines[-12:]):
        m = SIGNED_DATE.match(fold_keep_length(raw).lower())
        if m and m.group("d").isdigit() and m.group("m").isdigit():
            return dmy_to_iso(m.group("d"), m.group("m"), m.group("y"))
    return None


def own_date(doc: InputDoc, meeting: bool = False, signed: bool = False) -> tuple[str, bool] | None:
    """The date the text bears and whether it is exact: the parsed heading's date, else the place-and-date line among
    its first lines (``_heading_line``: a date with blanks gives its year's first day, not exact). ``signed``: with no
    exact date at the head, the place and date it signs with at its end (``signed_date``: a notice). ``meeting``:
    minutes («BIÊN BẢN») with no date at the head are dated by the meeting they record (``minutes_date``)."""
    if doc.header.issued and len(doc.header.issued) == 10:
        return doc.header.issued, True
    line = _heading_line(doc)
    if line and line[1]:
        return line[0], True
    if signed and (iso := signed_date(doc)):
        return iso, True
    if line:
        return line[0], False
    if meeting and (m := minutes_date(doc)):
        return m.iso, True
    return None


def attached_date(doc: InputDoc) -> DocDate | None:
    """The date of the decision that issues the text, as its heading states it ("Ban hành kèm theo
    Quyết định số … ngày …"): only in the heading, before the first article."""
    for p in doc.paras:
        if p.zone not in ("header", "preamble", "basis"):
            break
        if _BASIS.match(p.text):
            continue  # "Căn cứ Quy chế … ban hành kèm theo Quyết định số 210/QĐ-SXD ngày 15/9/2025": another text's date
        m = ATTACHED.search(p.text)
        iso = _iso(m) if m else None
        if iso:
            return DocDate(iso, ISSUED, m.group(0), p.line_at(m.start()), note=ATTACHED_TO)
    return None


def minutes_date(doc: InputDoc, today: str | None = None) -> DocDate | None:
    """The day of the meeting a biên bản records, read from its opening ("Hôm nay, …", "Hồi … giờ …, ngày …",
    "Thời gian: … ngày …"): the first such paragraph before the minutes' second part; None for any other text."""
    if not re.fullmatch(r"biên\s+bản", doc.header.doc_type or "", re.IGNORECASE):
        return None
    today = today or date.today().isoformat()
    for p in doc.paras[:25]:
        if re.match(r"II\.\s", p.text):
            break
        m = MINUTES_OPENING.search(p.text.strip())
        iso = _iso(m) if m else None
        if iso and iso <= today:
            return DocDate(iso, MEETING, m.group(0), p.line)
    return None


def recognition(doc: InputDoc) -> DocDate | None:
    """The last recognition decision the text quotes (an older one may be quoted first)."""
    found = None
    for p in doc.paras:
        for rx in RECOGNITION:
            for m in rx.finditer(p.text):
                iso = _iso(m)
                if iso:
                    found = DocDate(iso, RECOGNISED, m.group(0), p.line_at(m.start()))
    return found


LATEST = "ngày gần nhất ghi trong văn bản"
_ANY_DATE = re.compile(r"\b" + _DMY)


def latest_date(doc: InputDoc, today: str | None = None) -> DocDate | None:
    """The latest full date the text records up to today (the adoption meeting, the commune's
    confirmation, the day the file was sent): when a hương ước quotes no recognition decision,
    the last step it records dates it."""
    today = today or date.today().isoformat()
    best = None
    for p in doc.paras:
        for m in _ANY_DATE.finditer(p.text):
            iso = _iso(m)
            if iso and iso <= today and (best is None or iso > best.iso):
                best = DocDate(iso, LATEST, m.group(0), p.line_at(m.start()))
    return best


_AMENDMENT = re.compile(r"sửa\s+đổi|bổ\s+sung", re.IGNORECASE)


def _amends_older(doc: InputDoc, rec: DocDate) -> bool:
    """An amendment headed "(SỬA ĐỔI, BỔ SUNG …)" whose opening quotes the recognition of the text
    it amends, and which records a later step of its own (its adoption, its signatures)."""
    head = " ".join(p.text for p in doc.paras if p.zone == "header")
    if not _AMENDMENT.search(head):
        return False
    para = next((p for p in doc.paras if p.line <= rec.line <= p.end_line), None)
    if para is None:
        return False
    # quoted after the articles: the recognition of this text, unless it predates the amendment's own date ("I. QUÁ
    # TRÌNH SỬA ĐỔI / 1. Hương ước … được Ủy ban nhân dân xã … công nhận tại Quyết định … ngày 20/12/2023" in an
    # amendment dated 14/04/2026: the text it amends)
    if para.zone not in ("header", "basis", "preamble") and not (doc.header.issued and rec.iso < doc.header.issued):
        return False
    last = latest_date(doc)
    return bool(last and rec.iso and last.iso > rec.iso)


def document_date(doc: InputDoc, doc_type: str = "") -> DocDate:
    if doc_type == "huong_uoc":  # a recognised hương ước is no longer a draft, whatever its header says
        rec = recognition(doc)
        if rec and not _amends_older(doc, rec):
            return rec
        h = doc.header  # "QUYẾT ĐỊNH Về việc công nhận hương ước …" with the hương ước attached
        if h.issued and h.doc_type == "Quyết định" and re.search(r"công\s+nhận", h.title, re.IGNORECASE):
            para = next((p for p in doc.paras if h.date_raw and h.date_raw in p.text), None)
            return DocDate(h.issued, RECOGNISED, h.date_raw, para.line if para else 0)
        if is_draft(doc):
            return DocDate(None, draft=True, note="dự thảo: chưa có ngày ban hành", year=blank_year(doc))
        last = latest_date(doc)
        if last:  # adopted, sent for recognition: judged by the law of its own time
            return replace(last, note="hương ước, quy ước chưa ghi quyết định công nhận: lấy ngày gần nhất "
                                      "văn bản ghi (thông qua, xác nhận, gửi công nhận)")
        return DocDate(None, note="hương ước, quy ước chưa ghi quyết định công nhận của Ủy ban nhân dân "
                                  "cấp xã: chưa có hiệu lực")
    if is_draft(doc):
        return DocDate(None, draft=True, note="dự thảo: chưa có ngày ban hành", year=blank_year(doc))
    if doc.header.issued:
        para = next((p for p in doc.paras if doc.header.date_raw and doc.header.date_raw in p.text), None)
        return DocDate(doc.header.issued, ISSUED, doc.header.date_raw, para.line if para else 0)
    meeting = minutes_date(doc)
    if meeting:
        return meeting
    line = _heading_line(doc)  # the same date ``own_date`` reads: a flattened heading's place-and-date line
    if line and line[1]:
        return DocDate(line[0], ISSUED, doc.raw_lines[line[2] - 1].strip(), line[2])
    attached = attached_date(doc)
    if attached:
        return attached
    return DocDate(None, note="văn bản không ghi đủ ngày, tháng, năm ban hành", year=blank_year(doc))
