"""A citation typed as a query, parsed into (document, Điều, khoản, điểm).

Matching runs on accent-folded lower-case text, whose characters map one to
one onto the NFC original, so spans stay exact and "khoan 3 dieu 2 nd 61/2023"
parses like "khoản 3 Điều 2 NĐ 61/2023". Letters whose folding is ambiguous
(điểm đ vs d) are read back from the original text.

A query is more lenient than running text (``kb.citations.find``): lower-case
abbreviations ("nd", "l"), no accents, "d." for Điều, a bare number, a stable
unit id or a pháp điển code. Type words and abbreviations come from
``kb.citations.patterns`` (``QUERY_TYPE_WORDS``), the same table the finder uses.
"""
from __future__ import annotations

import re

from kb.citations.model import Citation, DocRef
from kb.citations.patterns import QUERY_NUMBER_RE, QUERY_TYPE_WORDS
from kb.model import ProvisionId
from kb.vntext import fold, nfc

_TYPE_ALT = "|".join(re.escape(k) for k in sorted(QUERY_TYPE_WORDS, key=len, reverse=True))

NUMBER_RE = QUERY_NUMBER_RE

#: A document number standing alone (no type word): it needs a slash or a dash-code to be one.
_BARE_NUMBER_RE = r"\d{1,4}/\d{4}(?:/[a-z0-9\-]+)?|\d{1,4}-[a-z]+/[a-z]+"

CITATION = re.compile(
    rf"""
    (?:(?:diem|d\.)\s*(?P<point>[a-z])\)?[\s,]+)?
    (?:(?:khoan|k\.|\bk(?=\d))\s*(?P<clause>\d+[a-z]?)[\s,]+)?
    (?:dieu|d\.|\bd(?=\d))\s*(?P<article>\d+[a-z]?)\b
    (?:[\s,]+(?:cua\s+)?(?P<doc>
        (?P<dtype>{_TYPE_ALT})(?![a-z])\.?\s*(?:so\s*)?(?P<number>{NUMBER_RE})?
        (?P<name>(?:\s*[^\d\s,;.()]+(?:\s+[^\d\s,;.()]+)*)?)
      | (?:so\s*)?(?P<bare>{_BARE_NUMBER_RE})\b  # a bare number: "khoản 7 Điều 4 59/2023/NĐ-CP"
    ))?
    """,
    re.VERBOSE,
)
DOC_ONLY = re.compile(
    rf"^(?P<dtype>{_TYPE_ALT})\b\.?\s*(?:so\s*)?(?P<number>{NUMBER_RE})?(?P<name>(?:\s*[^\d\s,;.()]+(?:\s+[^\d\s,;.()]+)*)?)$"
)
BARE_NUMBER = re.compile(rf"^(?:so\s*)?(?P<number>{_BARE_NUMBER_RE})$")
PHAPDIEN_CODE = re.compile(r"^(?:dieu\s+)?(\d+\.\d+\.[a-z]+(?:\.\d+[a-z]?)+)\.?$")


def _original(text: str, folded: str, start: int, end: int) -> str:
    return text[start:end] if len(text) == len(folded) else folded[start:end]


def parse_citation(query: str) -> Citation | None:
    """Parse a citation typed as a query; None when it is not one.

    Handles, among others: "điểm c khoản 1 Điều 3 Nghị định 59/2023/NĐ-CP",
    "Điều 15 Luật 10/2022/QH15", "khoản 2 Điều 6 NĐ 61/2023",
    "Điều 15 Luật Thực hiện dân chủ ở cơ sở", "khoan 3 dieu 2 nd 61/2023",
    "khoản 7 Điều 4 59/2023/NĐ-CP" (a bare number), the short forms officers type
    "k2 d6 nd61" and "dieu 10 nd61" (k/d glued to the number, the type glued to its number),
    "Nghị định 59/2023" (a whole document), "44.13.NĐ.1.3" (pháp điển code)
    and stable ids such as "59/2023/NĐ-CP:d3:k1:c", "local:001_ab:d2" or "local:001_ab";
    a graph stub "ext:159/2016/NĐ-CP" reads as its number.
    """
    text = nfc(query).strip()
    if text.startswith("ext:") and len(text) > 4:  # the graph's node for a document not held
        return parse_citation(text[4:])
    pid = ProvisionId.read(text)
    if pid is not None:
        return Citation(0, len(text), text, DocRef(number=pid.doc, doc_id=pid.doc), pid.article, pid.clause, pid.point)
    if text.startswith("local:") and ProvisionId.parse(text) == ProvisionId(text):  # a local document's id
        return Citation(0, len(text), text, DocRef(doc_id=text))
    folded = fold(text)
    code = PHAPDIEN_CODE.match(folded)
    if code:
        original = _original(text, folded, code.start(1), code.end(1))
        return Citation(0, len(text), text, None, phapdien_code=original)
    m = CITATION.search(folded)
    if m:
        point = None
        if m.group("point"):
            point = _original(text, folded, m.start("point"), m.end("point")).lower()
        doc = _docref(text, folded, m) if m.group("doc") else None
        return Citation(m.start(), m.end(), text[m.start():m.end()], doc,
                        m.group("article"), m.group("clause"), point)
    m = DOC_ONLY.match(folded) or BARE_NUMBER.match(folded)
    if m:
        return Citation(0, len(text), text, _docref(text, folded, m))
    return None


def _docref(text: str, folded: str, m: re.Match) -> DocRef:
    gd = m.groupdict()
    dtype = QUERY_TYPE_WORDS.get((gd.get("dtype") or "").strip()) if gd.get("dtype") else None
    number = None
    for group in ("number", "bare"):
        if gd.get(group):
            number = _original(text, folded, m.start(group), m.end(group)).upper()
    name = None
    if gd.get("name") and gd["name"].strip():
        name = _original(text, folded, m.start("name"), m.end("name")).strip()
    return DocRef(dtype, number, name)
