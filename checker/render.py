"""Report → text, JSON, Markdown or HTML: a ``Report`` in, a string out (``render``);
``report_bytes`` adds the annotated DOCX (``checker.word``) and serves both front ends.

The JSON form is the contract documented in ``docs/check-report-schema.md`` (built by
``to_dict``, written by ``kb.serialize``); the others are for people: Vietnamese labels,
findings in reading order, each with the quoted evidence, the quoted legal basis and the fix.
"""
from __future__ import annotations

from typing import Iterable

from checker.basis import vn_date
from checker.model import SEVERITIES, Basis, CoverageMatrix, Finding, Report
from checker.word import annotate
from kb.escape import html_text, md_cell, md_inline, md_quote, terminal
from kb.serialize import dumps

SCHEMA = "dccs-check-report/1"
KIND_LABELS = {
    "required_content": "thiếu nội dung bắt buộc",
    "conflict": "mâu thuẫn với văn bản cấp trên",
    "role_concurrency": "kiêm nhiệm chức danh",
    "outdated_reference": "trích dẫn hết hiệu lực / không đúng",
    "draft_completeness": "dự thảo chưa hoàn chỉnh",
    "internal_consistency": "không thống nhất trong văn bản",
}
QUOTE_TEXT_MAX = 600


def _int(v: str | None):
    return int(v) if v and v.isdigit() else v


def basis_json(b: Basis) -> dict:
    return {"doc": b.doc, "article": _int(b.article), "clause": _int(b.clause), "point": b.point,
            "citation": b.label, "quote": b.quote, "status": b.status, "notes": list(b.notes),
            "source": b.source}


def finding_json(f: Finding) -> dict:
    e = f.evidence
    return {
        "rule": f.rule, "kind": f.kind, "severity": f.severity, "title": f.title, "message": f.message,
        "evidence": {"text": e.text, "line": e.line, "end_line": e.end_line or e.line,
                     "paragraph": e.paragraph, "section": e.section},
        "basis": [basis_json(b) for b in f.basis],
        "explanation": f.explanation, "fix": f.fix, "uncertain": f.uncertain, "notes": list(f.notes),
    }


def coverage_json(m: CoverageMatrix) -> dict:
    return {"rule": m.rule, "title": m.title, "sections": list(m.sections),
            "rows": [{"item": r.item, "label": r.label, "covered": r.covered, "basis": r.basis,
                      "cells": {s: list(lines) for s, lines in r.cells}} for r in m.rows]}


def scope_json(r: Report) -> dict | None:
    sc = r.scope
    if sc is None:
        return None
    return {"rules": dict(sc.rules), "rules_total": sc.rule_count,
            "provisions": [{"document": doc, "articles": list(arts)} for doc, arts in sc.provisions],
            "limits": list(sc.limits)}


SCOPE_HEADING = "Phạm vi kiểm tra"


def scope_lines(r: Report) -> tuple[str, str, tuple[str, ...]]:
    """(what ran, the articles its rules rest on, what is not covered) in Vietnamese, for every format: a report
    without findings says only that these rules found nothing on this date."""
    sc = r.scope
    if sc is None:
        return "", "", ()
    kinds = ", ".join(f"{n} về {KIND_LABELS[k]}" for k, n in sc.rules)
    ran = (f"Đã chạy {sc.rule_count} quy tắc áp dụng cho văn bản này tại ngày {vn_date(r.as_of)}"
           + (f" ({kinds})" if kinds else "") + ".")
    provisions = "; ".join(f"{doc}: Điều {', '.join(arts)}" for doc, arts in sc.provisions)
    return ran, (f"Các điều được đối chiếu (căn cứ của các quy tắc đã chạy): {provisions}." if provisions else ""), \
        sc.limits


def to_dict(r: Report) -> dict:
    d = r.document
    summary = r.summary()
    return {
        "schema": SCHEMA,
        "document": {"source": d.source, "type": d.type, "type_label": d.type_label,
                     "type_detected": d.type_detected, "type_cue": d.type_cue, "title": d.title,
                     "issuer": d.issuer, "date": d.date, "date_kind": d.date_kind, "date_text": d.date_text,
                     "date_note": d.date_note, "draft": d.draft,
                     "format": d.fmt, "lines": d.lines, "paragraphs": d.paragraphs},
        "as_of": r.as_of,
        "as_of_from": r.as_of_from,
        "applied": list(r.applied),
        "not_applied": list(r.not_applied),
        "summary": {**summary, "total": len(r.findings)},
        "exit_code": r.exit_code,
        "notes": list(r.notes),
        "findings": [finding_json(f) for f in r.findings],
        "coverage": [coverage_json(m) for m in r.coverage],
        "scope": scope_json(r),
    }


def to_json(r: Report) -> str:
    return dumps(to_dict(r))


def batch_dict(checked: Iterable) -> dict:
    """The JSON of a folder check: each file's report, or why it was not checked
    (``checker.engine.Checked`` items)."""
    return {"files": [{"path": c.source, "report": to_dict(c.report)} if c.report is not None
                      else {"path": c.source, "error": c.problem} for c in checked]}


def _summary_line(r: Report) -> str:
    s = r.summary()
    return ", ".join(f"{s[k]} {k}" for k in SEVERITIES) + f" (tổng {len(r.findings)})"


def _short(text: str, n: int = QUOTE_TEXT_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def _cell(lines: tuple[int, ...]) -> str:
    return "dòng " + ", ".join(map(str, lines[:6])) + ("…" if len(lines) > 6 else "")


def context_lines(r: Report) -> list[tuple[str, str]]:
    """(label, value) lines every format shows above the findings: type and its cue, the
    document's date beside the check date, the law applied and not applied."""
    d = r.document
    out = [("Loại văn bản", d.type_label + (f" — {d.title}" if d.title else ""))]
    if d.type_cue:
        out.append(("Nhận dạng theo", d.type_cue))
    out.append(("Ngày của văn bản", f"{vn_date(d.date)} ({d.date_kind})" if d.date
                else f"không có — {d.date_note or 'không đọc được ngày'}"))
    how = f" — {r.as_of_from}" if r.as_of_from else ""
    out.append(("Ngày kiểm tra (pháp luật có hiệu lực tại ngày)", f"{vn_date(r.as_of)}{how}; xem theo ngày "
                "khác: --as-of ban-hanh (tại ngày ban hành) | hom-nay (hôm nay) | NĂM-THÁNG-NGÀY"))
    if r.applied:
        out.append(("Áp dụng", "; ".join(r.applied)))
    if r.not_applied:
        out.append((f"Không áp dụng tại ngày {vn_date(r.as_of)}", "; ".join(r.not_applied)))
    return out


def to_text(r: Report) -> str:
    d = r.document
    out = [f"KẾT QUẢ KIỂM TRA: {d.source}"]
    out += [f"{k}: {v}" for k, v in context_lines(r)]
    out.append(f"Tổng hợp: {_summary_line(r)}")
    for n in r.notes:
        out.append(f"  ! {n}")
    out.append("")
    for i, f in enumerate(r.findings, start=1):
        e = f.evidence
        where = f"dòng {e.line}" + (f"–{e.end_line}" if e.end_line and e.end_line != e.line else "")
        where += f", đoạn {e.paragraph}" if e.paragraph else ""
        where += f", {e.section}" if e.section else ""
        out.append(f"{i}. [{f.severity.upper()}] {f.rule} — {f.title}")
        out.append(f"   Vị trí: {where}")
        out.append(f"   Trích: «{_short(e.text, 300)}»")
        out.append(f"   Nhận xét: {f.message}")
        if f.explanation:
            out.append(f"   Lý do: {_short(f.explanation, 900)}")
        for b in f.basis:
            out.append(f"   Căn cứ: {b.label}" + (f" ({b.status})" if b.status else "")
                       + (f" [dữ kiện: {b.source[6:]}]" if b.source.startswith("facts:") else ""))
            out.append(f"     «{_short(b.quote)}»")
        for n in f.notes:
            out.append(f"   ! {n}")
        if f.uncertain:
            out.append("   ! Phát hiện này dựa trên dữ kiện chưa chắc chắn: cần đối chiếu trước khi kết luận.")
        out.append(f"   Đề xuất sửa: {f.fix}")
        out.append("")
    if not r.findings:
        out.append("Không phát hiện vấn đề nào theo các quy tắc đang áp dụng.")
        out.append("")
    ran, provisions, limits = scope_lines(r)
    if ran:
        out += [SCOPE_HEADING.upper(), f"  {ran}"] + ([f"  {provisions}"] if provisions else [])
        out += ["  Giới hạn:"] + [f"  - {x}" for x in limits] + [""]
    for m in r.coverage:
        out.append(f"MA TRẬN NỘI DUNG BẮT BUỘC — {m.rule}: {m.title}")
        for row in m.rows:
            mark = "✓" if row.covered else "✗"
            cells = "; ".join(f"{s}: {_cell(lines)}" for s, lines in row.cells) or "không tìm thấy"
            out.append(f"  {mark} {row.label} — {cells}")
        out.append("")
    # The draft's words reach a terminal: control characters are shown, never obeyed.
    return terminal("\n".join(out).rstrip() + "\n")


def to_markdown(r: Report) -> str:
    """Markdown for people; every string that may carry the draft's words goes through
    ``kb.escape`` (no link, image or HTML from a draft or a file name survives)."""
    m_ = md_inline
    d = r.document
    out = [f"# Kết quả kiểm tra: {m_(d.source)}", ""]
    out += [f"- **{k}:** {m_(v)}" for k, v in context_lines(r)]
    out += [f"- **Tổng hợp:** {_summary_line(r)}"]
    out += [f"- ⚠ {m_(n)}" for n in r.notes]
    out += ["", "## Phát hiện", ""]
    if not r.findings:
        out.append("Không phát hiện vấn đề nào theo các quy tắc đang áp dụng.")
    for i, f in enumerate(r.findings, start=1):
        e = f.evidence
        out += [f"### {i}. [{f.severity}] {m_(f.rule)} — {m_(f.title)}", "",
                f"- **Vị trí:** dòng {e.line}, đoạn {e.paragraph}, {m_(e.section)}",
                f"- **Loại:** {KIND_LABELS[f.kind]}",
                f"- **Nhận xét:** {m_(f.message)}", "", md_quote(e.text), ""]
        if f.explanation:
            out += [f"**Lý do.** {m_(f.explanation)}", ""]
        for b in f.basis:
            out += [f"**Căn cứ: {m_(b.label)}**" + (f" ({m_(b.status)})" if b.status else ""), "",
                    md_quote(b.quote), ""]
        for n in f.notes:
            out += [f"- ⚠ {m_(n)}"]
        if f.uncertain:
            out += ["- ⚠ Phát hiện này dựa trên dữ kiện chưa chắc chắn: cần đối chiếu trước khi kết luận."]
        out += ["", f"**Đề xuất sửa.** {m_(f.fix)}", ""]
    ran, provisions, limits = scope_lines(r)
    if ran:
        out += [f"## {SCOPE_HEADING}", "", m_(ran), ""] + ([m_(provisions), ""] if provisions else [])
        out += ["**Giới hạn:**", ""] + [f"- {m_(x)}" for x in limits] + [""]
    for m in r.coverage:
        out += [f"## Ma trận nội dung bắt buộc — {m_(m.rule)}", "", m_(m.title), ""]
        cols = list(m.sections)
        out.append("| Nội dung | " + " | ".join(md_cell(c) for c in cols) + " |")
        out.append("|---" * (len(cols) + 1) + "|")
        for row in m.rows:
            cells = dict(row.cells)
            out.append(f"| {'✓' if row.covered else '✗'} {md_cell(row.label)} | "
                       + " | ".join(_cell(cells[c]) if c in cells else "" for c in cols) + " |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


_CSS = """body{font-family:system-ui,'Segoe UI',Arial,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222}
.f{border-left:5px solid #999;padding:.4em 1em;margin:1em 0;background:#fafafa}
.f.loi{border-color:#c62828}.f.canh{border-color:#ef6c00}.f.goi{border-color:#1565c0}
.sev{font-weight:bold}.ev{background:#fff3cd;padding:.3em .6em;display:block}
blockquote{margin:.3em 0 .3em 1em;color:#444;white-space:pre-wrap}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;font-size:.9em}
.no{color:#c62828;font-weight:bold}.yes{color:#2e7d32}"""
_SEV_CLASS = {"lỗi": "loi", "cảnh báo": "canh", "gợi ý": "goi"}


def to_html(r: Report) -> str:
    e_ = html_text
    d = r.document
    out = ["<!doctype html><html lang='vi'><head><meta charset='utf-8'>",
           f"<title>Kết quả kiểm tra {e_(d.source)}</title><style>{_CSS}</style></head><body>",
           f"<h1>Kết quả kiểm tra</h1><p><b>Tệp:</b> {e_(d.source)}<br>"
           + "".join(f"<b>{e_(k)}:</b> {e_(v)}<br>" for k, v in context_lines(r))
           + f"<b>Tổng hợp:</b> {e_(_summary_line(r))}</p>"]
    for n in r.notes:
        out.append(f"<p>⚠ {e_(n)}</p>")
    out.append("<h2>Phát hiện</h2>")
    if not r.findings:
        out.append("<p>Không phát hiện vấn đề nào theo các quy tắc đang áp dụng.</p>")
    for i, f in enumerate(r.findings, start=1):
        ev = f.evidence
        out.append(f"<div class='f {_SEV_CLASS[f.severity]}'><p><span class='sev'>{i}. [{e_(f.severity)}]"
                   f"</span> <b>{e_(f.rule)}</b> — {e_(f.title)}<br><small>dòng {ev.line}, đoạn "
                   f"{ev.paragraph}, {e_(ev.section)} · {e_(KIND_LABELS[f.kind])}</small></p>"
                   f"<span class='ev'>{e_(ev.text)}</span><p>{e_(f.message)}</p>")
        if f.explanation:
            out.append(f"<p><b>Lý do.</b> {e_(f.explanation)}</p>")
        for b in f.basis:
            out.append(f"<details><summary>Căn cứ: {e_(b.label)}"
                       f"{' (' + e_(b.status) + ')' if b.status else ''}</summary>"
                       f"<blockquote>{e_(b.quote)}</blockquote></details>")
        for n in f.notes:
            out.append(f"<p>⚠ {e_(n)}</p>")
        if f.uncertain:
            out.append("<p>⚠ Phát hiện này dựa trên dữ kiện chưa chắc chắn: cần đối chiếu trước khi kết luận.</p>")
        out.append(f"<p><b>Đề xuất sửa.</b> {e_(f.fix)}</p></div>")
    ran, provisions, limits = scope_lines(r)
    if ran:
        out.append(f"<h2>{SCOPE_HEADING}</h2><p>{e_(ran)}</p>" + (f"<p>{e_(provisions)}</p>" if provisions else "")
                   + "<p><b>Giới hạn:</b></p><ul>" + "".join(f"<li>{e_(x)}</li>" for x in limits) + "</ul>")
    for m in r.coverage:
        out.append(f"<h2>Ma trận nội dung bắt buộc — {e_(m.rule)}</h2><p>{e_(m.title)}</p><table><tr>"
                   "<th>Nội dung</th>" + "".join(f"<th>{e_(c)}</th>" for c in m.sections) + "</tr>")
        for row in m.rows:
            cells = dict(row.cells)
            mark = "<span class='yes'>✓</span>" if row.covered else "<span class='no'>✗</span>"
            out.append(f"<tr><td>{mark} {e_(row.label)}</td>" + "".join(
                f"<td>{e_(_cell(cells[c])) if c in cells else ''}</td>" for c in m.sections) + "</tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


RENDERERS = {"text": to_text, "json": to_json, "md": to_markdown, "html": to_html}
#: Every format a report is written in: the renderers above and the annotated DOCX.
FORMATS = (*RENDERERS, "docx")


def render(r: Report, fmt: str) -> str:
    return RENDERERS[fmt](r)


def report_bytes(r: Report, fmt: str, loaded) -> bytes:
    """The report in ``fmt`` (one of ``FORMATS``) as bytes; "docx" comments the upload that
    ``loaded`` (a ``corpus.loader.LoadedText``) holds, or a new document for a text or PDF."""
    if fmt == "docx":
        return annotate(r, data=loaded.data, fmt=loaded.fmt, text=loaded.text,
                        line_origin=tuple(loaded.line_origin))
    return render(r, fmt).encode("utf-8")
