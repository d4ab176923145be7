"""The checker's entry points: text or file in, ``Report`` out.

``check_text`` is the whole pipeline over one text — build the input
(``checker.text``), detect or accept the document type, run every rule of the
catalogue that applies to that type (one module per kind), collect the
coverage matrices — and never touches the disk except through the store.
``check_file`` reads an upload with ``corpus.loader`` (UTF-8, legacy
encodings, DOCX, PDF) and keeps its line → paragraph map for the report.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from checker import kinds
from checker.basis import BasisResolver, vn_date
from checker.doctype import UNKNOWN, detect, is_normative, label_of
from checker.model import SEVERITIES, DocumentInfo, Finding, Report, Rule
from checker.rules import catalogue, doctypes
from checker.text import build_input
from kb.facts import facts
from kb.store import Store


class CheckInputError(Exception):
    """Bad input (unreadable, empty, wrong option); the message names the file and the problem."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source, self.problem = source, problem


def parse_as_of(value: str | None) -> str:
    """ISO date for the check; today when not given. Raises ``ValueError`` on a bad date."""
    if not value:
        return date.today().isoformat()
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError as exc:
        raise ValueError(f"ngày kiểm tra «{value}» không hợp lệ: dùng dạng NĂM-THÁNG-NGÀY, "
                         "ví dụ 2025-07-01") from exc


def type_ids() -> list[str]:
    return [t.id for t in doctypes()]


def _notes(as_of: str, detected: str, doc_type: str) -> list[str]:
    notes = []
    if not doc_type:
        notes.append("Không xác định được loại văn bản: chỉ áp dụng các quy tắc chung. Dùng --type "
                     f"để chỉ định một trong: {', '.join(type_ids())}.")
    elif detected and detected != doc_type:
        notes.append(f"Loại văn bản do người dùng chỉ định ({label_of(doc_type)}); tự nhận dạng là "
                     f"{label_of(detected)}.")
    elif not detected:
        notes.append(f"Loại văn bản do người dùng chỉ định ({label_of(doc_type)}).")
    for r in facts().relations:
        if r.kind in ("amends", "supplements") and r.effective and r.effective <= as_of \
                and r.target == "10/2022/QH15":
            notes.append(f"Ngày kiểm tra {vn_date(as_of)}: Luật 10/2022/QH15 đã được sửa đổi, bổ sung bởi "
                         f"{r.by} từ ngày {vn_date(r.effective)}; nội dung sửa đổi chưa có trong cơ sở dữ "
                         "liệu, nên các phát hiện dựa trên Luật này được ghi chú cần đối chiếu.")
    return notes


def check_text(text: str, store: Store, *, doc_type: str | None = None, as_of: str | None = None,
               source_name: str = "văn bản", line_origin: tuple[int, ...] = (), fmt: str = "text",
               rules: Iterable[Rule] | None = None) -> Report:
    """Check one document given as text. Raises ``CheckInputError`` for empty text or a bad option."""
    try:
        as_of = parse_as_of(as_of)
    except ValueError as exc:
        raise CheckInputError(source_name, str(exc)) from exc
    if doc_type and doc_type not in type_ids():
        raise CheckInputError(source_name, f"loại văn bản «{doc_type}» không có; chọn một trong: "
                                           f"{', '.join(type_ids())}")
    try:
        doc = build_input(text, source_name, fmt=fmt, line_origin=line_origin)
    except ValueError as exc:
        raise CheckInputError(source_name, str(exc)) from exc
    det = detect(doc)
    dtype = doc_type or det.type
    resolver = BasisResolver(store, as_of)
    ctx = kinds.Context(doc, store, resolver, as_of, dtype, is_normative(dtype))
    rules = tuple(rules) if rules is not None else catalogue()
    findings: list[Finding] = []
    coverage = []
    for rule in rules:
        if not dtype and "*" not in rule.applies_to:
            continue
        if dtype and not rule.applies(dtype):
            continue
        mod = kinds.module(rule.kind)
        findings.extend(mod.check(rule, ctx))
        if rule.kind == "required_content":
            coverage.append(mod.coverage(rule, ctx))
    order = {s: i for i, s in enumerate(SEVERITIES)}
    findings.sort(key=lambda f: (f.evidence.line, order[f.severity], f.rule))
    info = DocumentInfo(
        source=source_name, type=dtype or UNKNOWN, type_label=label_of(dtype),
        type_detected=det.type, title=doc.title_text, issuer=doc.header.issuer, date=doc.date,
        fmt=fmt, lines=len(doc.raw_lines), paragraphs=len(doc.paras),
    )
    return Report(info, as_of, tuple(findings), tuple(coverage), tuple(_notes(as_of, det.type, dtype)))


@dataclass(frozen=True)
class Loaded:
    text: str
    fmt: str
    line_origin: tuple[int, ...]
    data: bytes


def load_upload(path: str | Path) -> Loaded:
    """Read an upload via ``corpus.loader``; ``CheckInputError`` names the file and the problem."""
    from corpus.loader import SourceError, load_file

    try:
        lt = load_file(path)
    except SourceError as exc:
        raise CheckInputError(str(path), exc.problem) from exc
    return Loaded(lt.text, lt.fmt, tuple(lt.line_origin), lt.data)


def check_file(path: str | Path, store: Store, *, doc_type: str | None = None, as_of: str | None = None,
               rules: Iterable[Rule] | None = None) -> Report:
    loaded = load_upload(path)
    return check_text(loaded.text, store, doc_type=doc_type, as_of=as_of, source_name=str(path),
                      line_origin=loaded.line_origin, fmt=loaded.fmt, rules=rules)


CHECKABLE = (".txt", ".md", ".docx", ".pdf", ".html", ".htm")


def files_in(directory: str | Path) -> list[Path]:
    return sorted(p for p in Path(directory).rglob("*") if p.is_file() and p.suffix.lower() in CHECKABLE)


def check_many(paths: Iterable[Path], store: Store, **kw) -> Iterator[tuple[Path, Report | CheckInputError]]:
    """Check files one by one; a failing file yields its error and the batch goes on."""
    for p in paths:
        try:
            yield p, check_file(p, store, **kw)
        except CheckInputError as exc:
            yield p, exc
