"""Learning material out of the program: Markdown, printable HTML, PDF, CSV, JSON.

Rendering is pure (data in, text out) except ``write_pdf``, which hands the
printable HTML to headless Chromium: one layout for screen and paper, and
Chromium's font fallback covers every Vietnamese letter. All HTML is built
from escaped text, so a provision's words never become markup.
"""
from __future__ import annotations

import csv
import html
import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from kb.escape import csv_cell
from kb.learning.quiz import LETTERS, MULTIPLE_CHOICE, TYPE_LABELS, Question, Quiz
from kb.learning.sheet import StudySheet
from kb.serialize import dumps
from kb.vntext import vn_date as _vn_date

FORMATS = ("md", "html", "pdf", "csv", "json")
CSV_COLUMNS = ("id", "type", "question", "choice_a", "choice_b", "choice_c", "choice_d", "answer",
               "answer_letter", "evidence", "doc", "article", "clause", "point", "citation")


class ExportError(Exception):
    """A problem writing the material, worded for the user (Vietnamese)."""


# -- quiz for quiz tools --------------------------------------------------------------------

def quiz_to_json(quiz: Quiz) -> str:
    """A list of question objects: question, choices, answer, evidence, basis, type, id …"""
    return dumps([q.as_dict() for q in quiz.questions]) + "\n"


def answer_letter(q: Question) -> str:
    return LETTERS[q.choices.index(q.answer)] if q.choices else ""


def quiz_to_csv(quiz: Quiz) -> str:
    """One row per question; UTF-8 with BOM when written, so Excel shows Vietnamese."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for q in quiz.questions:
        choices = list(q.choices or ()) + [""] * (4 - len(q.choices or ()))
        b = q.basis
        w.writerow([csv_cell(c) for c in (
            q.id, q.type, q.question, *choices[:4], q.answer, answer_letter(q), q.evidence,
            b.doc, b.article or "", b.clause or "", b.point or "", q.citation)])
    return buf.getvalue()


# -- Markdown ---------------------------------------------------------------------------------

def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def to_markdown(sheet: StudySheet | None, quiz: Quiz | None) -> str:
    out: list[str] = []
    if sheet is not None:
        out += _sheet_markdown(sheet)
    if quiz is not None:
        out += _quiz_markdown(quiz)
    return "\n".join(out).rstrip() + "\n"


def _sheet_markdown(sheet: StudySheet) -> list[str]:
    out = [f"# {sheet.title}", ""]
    out.append(f"_Lập tự động từ cơ sở dữ liệu tri thức dccs; tình trạng hiệu lực tính đến ngày "
               f"{_vn_date(sheet.as_of)}" + (f"; tìm quy định bằng: {sheet.finder}" if sheet.finder else "") + "._")
    out.append("")
    for p in sheet.problems:
        out.append(f"> Lưu ý: {p}")
    out += ["## 1. Văn bản và tình trạng hiệu lực", ""]
    for d in sheet.documents:
        out.append(f"- **{d.label}** — {d.title}: {d.status}.")
        out += [f"  - ⚠ {n}" for n in d.notes]
    out += ["", "## 2. Các quy định chính", ""]
    current_doc = None
    for a in sheet.articles:
        if a.doc_id != current_doc:
            current_doc = a.doc_id
            label = next((d.label for d in sheet.documents if d.doc_id == a.doc_id), a.doc_id)
            out += [f"### {label}", ""]
        out.append(f"#### {a.citation}. {a.title}" + (" _(trích các khoản liên quan)_" if a.excerpt else ""))
        out.append("")
        for item in a.items:
            indent = "    " if item.level == "point" else ""
            text = item.text.replace("\n", f"  \n{indent}")  # a hard line break, as in the source
            out.append(f"{indent}{item.marker} {text}".rstrip() if item.marker else f"{indent}{text}")
            out.append("")
    out += ["## 3. Những con số cần nhớ", ""]
    if sheet.numbers:
        out += ["| Loại | Con số | Nội dung | Căn cứ |", "|---|---|---|---|"]
        out += [f"| {_cell(n.kind)} | **{_cell(n.phrase)}** | {_cell(n.context)} | {_cell(n.citation)} |"
                for n in sheet.numbers]
    else:
        out.append("_Các quy định đã chọn không nêu thời hạn, tỷ lệ, số lượng hay nhiệm kỳ._")
    out += ["", "## 4. Ai làm gì", ""]
    if sheet.roles:
        out += ["| Chủ thể | Việc | Nội dung | Căn cứ |", "|---|---|---|---|"]
        out += [f"| {_cell(r.actor)} | {_cell(r.role)} | {_cell(r.what)} | {_cell(r.citation)} |"
                for r in sheet.roles]
    else:
        out.append("_Không tìm thấy câu nào nêu rõ ai triệu tập, chủ trì, quyết định, công nhận, giám sát._")
    out += ["", "## 5. Quy định liên quan", ""]
    if not sheet.related and not sheet.local:
        out.append("_Không có quy định liên quan được pháp điển ghi nhận._")
    for r in sheet.related:
        out.append(f"- **{r.citation}** — {r.title} ({r.via})")
    if sheet.local:
        out += ["", "**Văn bản địa phương** (không phải căn cứ pháp lý; để đối chiếu khi giảng):", ""]
        for r in sheet.local:
            out.append(f"- {r.citation}: “{_short(r.excerpt, 240)}”")
    out.append("")
    return out


def _quiz_markdown(quiz: Quiz) -> list[str]:
    out = [f"## Câu hỏi ôn tập ({len(quiz.questions)} câu, mã đề {quiz.seed})", ""]
    for p in quiz.problems:
        out.append(f"> Lưu ý: {p}")
    if quiz.problems:
        out.append("")
    for i, q in enumerate(quiz.questions, 1):
        out.append(f"**Câu {i}** _({TYPE_LABELS[q.type]})_. {q.question}")
        out.append("")
        if q.choices:
            out += [f"- {LETTERS[j]}. {c}" for j, c in enumerate(q.choices)]
            out.append("")
    out += ["## Đáp án và căn cứ", ""]
    for i, q in enumerate(quiz.questions, 1):
        ans = f"{answer_letter(q)}. {q.answer}" if q.type == MULTIPLE_CHOICE else q.answer
        out.append(f"**Câu {i}**: {ans} — căn cứ **{q.citation}**: “{q.evidence}”")
        out.append("")
    return out


# -- HTML (printable) ------------------------------------------------------------------------

_CSS = """
@page { size: A4; margin: 16mm 14mm; }
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45;
       color: #111; max-width: 190mm; margin: 0 auto; }
h1 { font-size: 17pt; margin: 0 0 4pt; } h2 { font-size: 13pt; margin-top: 16pt; border-bottom: 1px solid #999; }
h3 { font-size: 11.5pt; margin: 12pt 0 4pt; } h4 { font-size: 10.5pt; margin: 10pt 0 2pt; }
h2, h3, h4 { page-break-after: avoid; }
.meta { color: #444; font-style: italic; } .warn { color: #8a3b00; } .note { background: #fff6e0; padding: 4pt 6pt; }
p.unit { margin: 2pt 0 2pt 0; } p.point { margin-left: 14pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0; font-size: 9.5pt; }
th, td { border: 1px solid #888; padding: 3pt 4pt; vertical-align: top; text-align: left; }
th { background: #eee; } tr { page-break-inside: avoid; }
.q { margin: 8pt 0; page-break-inside: avoid; } .q ol { list-style: upper-alpha; margin: 2pt 0 0 18pt; }
.answers { page-break-before: always; } .evidence { color: #333; }
"""


def _e(text: str) -> str:
    return html.escape(str(text), quote=True)


def to_html(sheet: StudySheet | None, quiz: Quiz | None, title: str | None = None) -> str:
    title = title or (sheet.title if sheet else f"Câu hỏi ôn tập: {quiz.title if quiz else ''}")
    parts = ["<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">',
             f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>"]
    if sheet is not None:
        parts += _sheet_html(sheet)
    elif quiz is not None:
        parts.append(f"<h1>{_e(title)}</h1>")
    if quiz is not None:
        parts += _quiz_html(quiz)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _sheet_html(sheet: StudySheet) -> list[str]:
    out = [f"<h1>{_e(sheet.title)}</h1>",
           f'<p class="meta">Lập tự động từ cơ sở dữ liệu tri thức dccs; tình trạng hiệu lực tính đến ngày '
           f"{_e(_vn_date(sheet.as_of))}" + (f"; tìm quy định bằng: {_e(sheet.finder)}" if sheet.finder else "")
           + ".</p>"]
    out += [f'<p class="note">Lưu ý: {_e(p)}</p>' for p in sheet.problems]
    out.append("<h2>1. Văn bản và tình trạng hiệu lực</h2><ul>")
    for d in sheet.documents:
        notes = "".join(f'<li class="warn">⚠ {_e(n)}</li>' for n in d.notes)
        out.append(f"<li><b>{_e(d.label)}</b> — {_e(d.title)}: {_e(d.status)}."
                   + (f"<ul>{notes}</ul>" if notes else "") + "</li>")
    out.append("</ul><h2>2. Các quy định chính</h2>")
    current_doc = None
    for a in sheet.articles:
        if a.doc_id != current_doc:
            current_doc = a.doc_id
            label = next((d.label for d in sheet.documents if d.doc_id == a.doc_id), a.doc_id)
            out.append(f"<h3>{_e(label)}</h3>")
        out.append(f"<h4>{_e(a.citation)}. {_e(a.title)}"
                   + (" <i>(trích các khoản liên quan)</i>" if a.excerpt else "") + "</h4>")
        for item in a.items:
            cls = "unit point" if item.level == "point" else "unit"
            text = "<br>".join(_e(line) for line in item.text.split("\n"))
            out.append(f'<p class="{cls}">{_e(item.marker)} {text}</p>')
    out.append("<h2>3. Những con số cần nhớ</h2>")
    if sheet.numbers:
        rows = "".join(f"<tr><td>{_e(n.kind)}</td><td><b>{_e(n.phrase)}</b></td><td>{_e(n.context)}</td>"
                       f"<td>{_e(n.citation)}</td></tr>" for n in sheet.numbers)
        out.append(f"<table><tr><th>Loại</th><th>Con số</th><th>Nội dung</th><th>Căn cứ</th></tr>{rows}</table>")
    else:
        out.append("<p><i>Các quy định đã chọn không nêu thời hạn, tỷ lệ, số lượng hay nhiệm kỳ.</i></p>")
    out.append("<h2>4. Ai làm gì</h2>")
    if sheet.roles:
        rows = "".join(f"<tr><td>{_e(r.actor)}</td><td>{_e(r.role)}</td><td>{_e(r.what)}</td>"
                       f"<td>{_e(r.citation)}</td></tr>" for r in sheet.roles)
        out.append(f"<table><tr><th>Chủ thể</th><th>Việc</th><th>Nội dung</th><th>Căn cứ</th></tr>{rows}</table>")
    else:
        out.append("<p><i>Không tìm thấy câu nào nêu rõ ai triệu tập, chủ trì, quyết định, công nhận, "
                   "giám sát.</i></p>")
    out.append("<h2>5. Quy định liên quan</h2><ul>")
    out += [f"<li><b>{_e(r.citation)}</b> — {_e(r.title)} ({_e(r.via)})</li>" for r in sheet.related]
    out.append("</ul>")
    if sheet.local:
        out.append("<p><b>Văn bản địa phương</b> (không phải căn cứ pháp lý; để đối chiếu khi giảng):</p><ul>")
        out += [f"<li>{_e(r.citation)}: “{_e(_short(r.excerpt, 240))}”</li>" for r in sheet.local]
        out.append("</ul>")
    return out


def _quiz_html(quiz: Quiz) -> list[str]:
    out = [f"<h2>Câu hỏi ôn tập ({len(quiz.questions)} câu, mã đề {_e(quiz.seed)})</h2>"]
    out += [f'<p class="note">Lưu ý: {_e(p)}</p>' for p in quiz.problems]
    for i, q in enumerate(quiz.questions, 1):
        choices = ("<ol>" + "".join(f"<li>{_e(c)}</li>" for c in q.choices) + "</ol>") if q.choices else ""
        out.append(f'<div class="q"><b>Câu {i}</b> <i>({_e(TYPE_LABELS[q.type])})</i>. {_e(q.question)}{choices}</div>')
    out.append('<div class="answers"><h2>Đáp án và căn cứ</h2>')
    for i, q in enumerate(quiz.questions, 1):
        ans = f"{answer_letter(q)}. {q.answer}" if q.type == MULTIPLE_CHOICE else q.answer
        out.append(f'<p><b>Câu {i}</b>: {_e(ans)} — căn cứ <b>{_e(q.citation)}</b>: '
                   f'<span class="evidence">“{_e(q.evidence)}”</span></p>')
    out.append("</div>")
    return out


# -- PDF ---------------------------------------------------------------------------------------

#: Headless Chromium prints a local file and nothing else: no background networking,
#: component or extension updates, translation, sync, crash reports, metrics, DNS prefetch.
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--no-first-run", "--no-default-browser-check", "--disable-extensions",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-domain-reliability", "--disable-breakpad",
    "--disable-client-side-phishing-detection", "--metrics-recording-only", "--no-pings",
    "--dns-prefetch-disable", "--disable-remote-fonts",
    "--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,"
    "CertificateTransparencyComponentUpdater,AutofillServerCommunication,InterestFeedContentSuggestions",
    "--no-pdf-header-footer",
)


def find_chromium() -> str | None:
    """``DCCS_CHROMIUM``, else chromium / chromium-browser / google-chrome on PATH."""
    env = os.environ.get("DCCS_CHROMIUM")
    if env:
        return env if Path(env).exists() else None
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def write_pdf(html_text: str, out: Path, timeout: int = 120) -> None:
    """Print the HTML to ``out`` with headless Chromium (offline, fonts from the system)."""
    browser = find_chromium()
    if browser is None:
        raise ExportError("Cần trình duyệt Chromium để xuất PDF (Debian: apt-get install chromium "
                          "fonts-dejavu-core) hoặc đặt DCCS_CHROMIUM. Có thể xuất --format html rồi "
                          "dùng lệnh In → Lưu thành PDF của trình duyệt.")
    out = Path(out).resolve()
    with tempfile.TemporaryDirectory(prefix="dccs-pdf-") as tmp:
        page = Path(tmp) / "hoc-lieu.html"
        page.write_text(html_text, encoding="utf-8")
        cmd = [browser, *CHROMIUM_FLAGS, f"--user-data-dir={Path(tmp) / 'profile'}",
               f"--print-to-pdf={out}", page.as_uri()]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                                  env={**os.environ, "HOME": tmp})
        except subprocess.TimeoutExpired as exc:
            raise ExportError(f"Chromium không in xong PDF sau {timeout} giây.") from exc
        except OSError as exc:
            raise ExportError(f"Không chạy được Chromium ({browser}): {exc}") from exc
    if not out.exists() or out.stat().st_size == 0:
        tail = (proc.stderr or "").strip().splitlines()[-1:] if proc else []
        raise ExportError("Chromium không tạo được tệp PDF" + (f": {tail[0]}" if tail else "."))


# -- helpers -----------------------------------------------------------------------------------


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:text.rfind(" ", 0, limit)] + " …"
