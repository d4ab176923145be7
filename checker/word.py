"""The drafter's own DOCX back, with a Word comment on each offending paragraph.

(Named ``word`` rather than ``docx`` so it never shadows python-docx.)

For a DOCX upload, ``corpus.formats.paragraph_elements`` enumerates the
``w:p`` elements exactly as the text extractor did, so a finding's line maps
to its paragraph through ``line_origin``; if that map is missing the
paragraph is found by its text. For a text upload a new DOCX is written, one
paragraph per rebuilt paragraph, and commented the same way. Comments use
python-docx ≥ 1.2 (``Document.add_comment``).
"""
from __future__ import annotations

import io

from checker.model import Finding, Report
from checker.text import InputDoc, build_input
from corpus.formats import paragraph_elements
from kb.vntext import clean_spaces

AUTHOR, INITIALS = "dccs", "DC"
QUOTE_MAX = 300


def comment_text(f: Finding) -> str:
    lines = [f"[{f.severity.upper()}] {f.rule} — {f.title}", f.message]
    for b in f.basis[:3]:
        quote = " ".join(b.quote.split())
        if len(quote) > QUOTE_MAX:
            quote = quote[:QUOTE_MAX - 1] + "…"
        lines.append(f"Căn cứ: {b.label}: «{quote}»")
    if f.uncertain:
        lines.append("Lưu ý: dựa trên dữ kiện chưa chắc chắn, cần đối chiếu.")
    lines.append(f"Đề xuất: {f.fix}")
    return "\n".join(lines)


def _norm(s: str) -> str:
    return clean_spaces(s).lower()


def _find_by_text(paragraphs, quote: str) -> int | None:
    key = _norm(quote)[:40]
    if not key:
        return None
    for i, p in enumerate(paragraphs):
        if key in _norm(p.text):
            return i
    return None


def _comment(document, paragraph, text: str) -> None:
    runs = paragraph.runs
    if not runs:
        runs = [paragraph.add_run("")]
    document.add_comment(runs if len(runs) > 1 else runs[0], text=text, author=AUTHOR, initials=INITIALS)


def annotate_uploaded(data: bytes, report: Report, line_origin: tuple[int, ...]) -> bytes:
    """Comment the uploaded DOCX itself (it has already passed ``corpus.loader``'s checks)."""
    import docx
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    elements = paragraph_elements(document.element)
    paragraphs = [Paragraph(p, document._body) for p in elements]
    for f in report.findings:
        idx = None
        line = f.evidence.line
        if line_origin and 0 < line <= len(line_origin) and 0 < line_origin[line - 1] <= len(paragraphs):
            idx = line_origin[line - 1] - 1
        if idx is None:
            idx = _find_by_text(paragraphs, f.evidence.text)
        if idx is None:
            idx = 0
        _comment(document, paragraphs[idx], comment_text(f))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def annotate_text(doc: InputDoc, report: Report) -> bytes:
    """A new DOCX from a text upload: one Word paragraph per rebuilt paragraph, commented."""
    import docx

    document = docx.Document()
    by_para: dict[int, list[Finding]] = {}
    for f in report.findings:
        p = doc.para_at_line(f.evidence.line)
        by_para.setdefault(p.index if p else 1, []).append(f)
    for p in doc.paras:
        wp = document.add_paragraph(p.text)
        for f in by_para.get(p.index, ()):
            _comment(document, wp, comment_text(f))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def annotate(report: Report, *, data: bytes, fmt: str, text: str, line_origin: tuple[int, ...] = ()) -> bytes:
    """Annotated DOCX bytes for a checked upload (DOCX: the original; otherwise a new file)."""
    if fmt == "docx":
        return annotate_uploaded(data, report, line_origin)
    return annotate_text(build_input(text, report.document.source), report)
