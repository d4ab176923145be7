"""Pure formatting helpers for the web app: no Streamlit, no I/O, unit-testable.

Everything that turns knowledge-base data into display text or HTML lives here,
so the page modules only lay things out. All HTML is built from escaped text:
a document's words never become markup.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from checker.render import report_bytes
from corpus.loader import size_label
from kb.escape import html_text, md_inline, md_quote
from kb.model import ProvisionId
from kb.vntext import vn_date as _vn_date

#: Upload limit, in MB, shared by Streamlit's widget and our own check.
UPLOAD_LIMIT_MB = 10
#: Streamlit's own hard cap (server.maxUploadSize), set higher than ours so that
#: files between the two get our Vietnamese message instead of Streamlit's English one
#: (a 60 MB upload met Streamlit's English message at 50). Above it Streamlit refuses the
#: upload in English before our code runs; the widget's label states the limit in Vietnamese.
SERVER_UPLOAD_CAP_MB = 200
UPLOAD_TYPES = ("docx", "pdf", "txt")

_MARK = re.compile(r"\[\[(.+?)\]\]", re.S)

#: Severity words the checker may use → (Vietnamese heading, order, Streamlit colour).
SEVERITIES: dict[str, tuple[str, int, str]] = {
    "lỗi": ("Lỗi", 0, "red"),
    "error": ("Lỗi", 0, "red"),
    "cảnh_báo": ("Cảnh báo", 1, "orange"),
    "warning": ("Cảnh báo", 1, "orange"),
    "gợi_ý": ("Gợi ý", 2, "blue"),
    "info": ("Gợi ý", 2, "blue"),
}


def highlight_html(snippet: str) -> str:
    """Search snippet with ``[[word]]`` marks → escaped HTML with ``<mark>`` tags.

    Escaping happens piecewise so a ``<`` in the law's text stays text, and an
    unbalanced ``[[`` is shown as typed rather than swallowing the rest.
    """
    out: list[str] = []
    pos = 0
    for m in _MARK.finditer(snippet):
        out.append(html.escape(snippet[pos:m.start()]))
        out.append(f"<mark>{html.escape(m.group(1))}</mark>")
        pos = m.end()
    out.append(html.escape(snippet[pos:]))
    return "".join(out)


def plain_snippet(snippet: str) -> str:
    """The snippet without its marks (for captions and tests)."""
    return _MARK.sub(r"\1", snippet)


def vn_date(iso: str | None) -> str:
    """'2023-07-01' → '01/07/2023'; '?' for no date (``kb.vntext.vn_date``)."""
    return _vn_date(iso, missing="?")


def uid_parts(uid: str) -> dict[str, str | None]:
    """Split '59/2023/NĐ-CP:d3:k1:c' into doc, article, clause, point."""
    pid = ProvisionId.parse(uid)
    return {"doc": pid.doc, "article": pid.article, "clause": pid.clause, "point": pid.point}


def ancestor_uids(uid: str) -> list[str]:
    """'d:d3:k1:c' → ['d:d3', 'd:d3:k1', 'd:d3:k1:c'] (article first)."""
    return [str(a) for a in ProvisionId.parse(uid).ancestors()]


@dataclass(frozen=True)
class Crumb:
    """One step of a breadcrumb; ``uid``/``doc`` say where its link goes."""

    label: str
    uid: str | None = None
    doc: str | None = None


def breadcrumb(doc_id: str, doc_name: str, headings: Sequence[str],
               chain: Iterable[tuple[str, str, str]]) -> list[Crumb]:
    """văn bản › chương › (mục) › điều › khoản › điểm.

    ``chain`` is (uid, level, label) for the article and each unit below it.
    Chapter headings are not units of their own, so they carry no link.
    """
    crumbs = [Crumb(doc_name, doc=doc_id)]
    crumbs += [Crumb(short_heading(h)) for h in headings]
    words = {"article": "Điều", "clause": "Khoản", "subclause": "Tiểu mục", "point": "Điểm",
             "paragraph": "Đoạn"}
    for uid, level, label in chain:
        crumbs.append(Crumb(f"{words.get(level, level)} {label}", uid=uid))
    return crumbs


def short_heading(heading: str, width: int = 60) -> str:
    """'Chương I. NHỮNG QUY ĐỊNH CHUNG' → 'Chương I. Những quy định chung' (shortened)."""
    head, sep, rest = heading.partition(". ")
    if sep and rest.isupper():
        rest = rest[:1] + rest[1:].lower()
    text = f"{head}{sep}{rest}"
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def severity_info(severity: str) -> tuple[str, int, str]:
    """(heading, order, colour) for a checker severity, tolerant of its vocabulary."""
    key = str(severity).strip().lower().replace(" ", "_")
    return SEVERITIES.get(key, (str(severity).capitalize() or "Khác", 3, "gray"))


def upload_problem(name: str, size: int, limit_mb: int = UPLOAD_LIMIT_MB) -> str | None:
    """Why an upload is refused before reading it, or None when it may be read."""
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix == "doc":
        return (f"Tệp «{name}»: định dạng Word cũ (.doc) chưa được hỗ trợ. "
                "Hãy mở bằng Word và lưu lại thành .docx.")
    if suffix not in UPLOAD_TYPES:
        return (f"Tệp «{name}»: định dạng không được hỗ trợ. "
                f"Chỉ nhận tệp {', '.join('.' + t for t in UPLOAD_TYPES)}.")
    if size == 0:
        return f"Tệp «{name}» rỗng (0 byte)."
    if size > limit_mb * 1024 * 1024:
        return f"Tệp «{name}» quá lớn: {size_label(size, limit_mb * 1048576)}, vượt giới hạn {limit_mb} MB."
    return None


def status_colour(label: str) -> str:
    """Badge colour for a status label from kb.facts."""
    if label.startswith("hết hiệu lực"):
        return "red"
    if "sửa đổi" in label or label.startswith("chưa"):
        return "orange"
    if label.startswith("còn hiệu lực"):
        return "green"
    return "gray"


def safe_filename(name: str, suffix: str) -> str:
    """A download name derived from the upload: 'du-thao.docx' → 'du-thao.kiem-tra.md'."""
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = re.sub(r"[^\w\-]+", "-", stem, flags=re.U).strip("-") or "van-ban"
    return f"{stem}.kiem-tra.{suffix}"


def is_citation_query(query: str, start: int, end: int, slack: int = 2) -> bool:
    """True when a citation found in the query is the query, give or take a word or two.

    "Điều 15 Luật 10/2022/QH15" or "xem Điều 15 Luật 10/2022" open the provision;
    "thời hạn công khai theo Điều 11 Luật …" is a search with a citation inside.
    """
    outside = (query[:start] + " " + query[end:]).split()
    return len(outside) <= slack


def basis_uid(doc: str, article: str | None, clause: str | None, point: str | None) -> str | None:
    """The unit id a checker basis points at, or None for a whole document."""
    return str(ProvisionId.build(doc, article, clause, point)) if article else None


def quote_md(text: str, limit: int = 700) -> str:
    """A Markdown block quote of legal or user text, with Markdown syntax neutralised."""
    text = text.strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return md_quote(text)


def group_findings(findings) -> list[tuple[str, str, list]]:
    """(heading, colour, findings) per severity, strongest first; empty groups left out."""
    groups: dict[str, tuple[int, str, list]] = {}
    for f in findings:
        label, order, colour = severity_info(f.severity)
        groups.setdefault(label, (order, colour, []))[2].append(f)
    return [(label, colour, items) for label, (order, colour, items)
            in sorted(groups.items(), key=lambda kv: kv[1][0])]


def coverage_table(matrix) -> list[dict[str, str]]:
    """Rows of a coverage matrix as records: item, one column per section, status."""
    rows = []
    for r in matrix.rows:
        where = {section: lines for section, lines in r.cells}
        row = {"Nội dung bắt buộc": r.label}
        for section in matrix.sections:
            lines = where.get(section)
            row[section] = ("✓ dòng " + ", ".join(map(str, lines[:3]))) if lines else ""
        row["Tình trạng"] = "có" if r.covered else "THIẾU"
        row["Căn cứ"] = r.basis
        rows.append(row)
    return rows


# -- the check page's downloads ----------------------------------------------------------
#: (format, button label, MIME type) of the report downloads, in display order.
DOWNLOADS = (
    ("json", "Tải báo cáo JSON", "application/json"),
    ("md", "Tải báo cáo Markdown", "text/markdown"),
    ("html", "Tải báo cáo HTML", "text/html"),
    ("docx", "Tải DOCX có ghi chú",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
)


@dataclass(frozen=True)
class CheckResult:
    """One check kept in the session (memory only): the report and its downloads."""

    name: str
    report: object  # checker.model.Report
    downloads: dict[str, bytes]
    problems: tuple[str, ...] = ()  # renderers that failed, in Vietnamese


def check_result(name: str, checked) -> CheckResult:
    """Render every download of a ``checker.engine.Checked`` in memory (``report_bytes``, as
    ``dccs check --format`` writes them); a renderer that fails loses its download, not the findings."""
    downloads: dict[str, bytes] = {}
    problems = []
    for fmt, label, _ in DOWNLOADS:
        try:
            downloads[fmt] = report_bytes(checked.report, fmt, checked.loaded)
        except Exception as exc:  # noqa: BLE001 - a renderer bug must not lose the findings
            problems.append(f"{label}: {type(exc).__name__}: {exc}")
    return CheckResult(name, checked.report, downloads, tuple(problems))
