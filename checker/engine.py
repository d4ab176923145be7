"""The checker's entry points: text or file in, ``Report`` out.

``check_text`` is the whole pipeline over one text — build the input
(``checker.text``), detect or accept the document type, run every rule of the
catalogue that applies to that type (one module per kind), collect the
coverage matrices — and never touches the disk except through the store.
``check_upload`` reads an upload — a path, or bytes with their file name —
with ``corpus.loader`` (UTF-8, legacy encodings, DOCX, PDF), keeps its line →
paragraph map for the report and returns a ``Checked`` (the report and what
was read, or why the file could not be checked); ``check_many`` does that for a
list of files, ``check_file`` returns the report alone. The command line and
the web app both come in here, and turn a ``Checked`` into any report format
with ``checker.render.report_bytes``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator

from checker import kinds
from checker.basis import BasisResolver, vn_date
from checker.docdate import DocDate, document_date
from checker.doctype import UNKNOWN, Detection, detect, is_normative, label_of, owner
from checker.model import SEVERITIES, Basis, DocumentInfo, Finding, Report, Rule
from checker.policy import cap_severity, gate, in_force, is_kb, transitional_for
from checker.rules import catalogue, doctypes
from checker.scope import build_scope
from checker.text import build_input
from corpus.loader import LoadedText, SourceError, load_bytes, load_file
from kb.facts import facts
from kb.store import Store


class CheckInputError(Exception):
    """Bad input (unreadable, empty, wrong option); the message names the file and the problem."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source, self.problem = source, problem


#: ``--as-of`` keywords: the document's own date, today.
AS_OF_DOCUMENT = ("ban-hanh", "ban hành", "ban-hành", "ngay-ban-hanh", "van-ban", "document")
AS_OF_TODAY = ("hom-nay", "hôm nay", "hôm-nay", "today")
#: Where the check date came from (shown in the report).
FROM_DOCUMENT, FROM_TODAY, FROM_USER = "ngày của văn bản", "hôm nay", "ngày người dùng chọn"


def from_draft_year(year: int) -> str:
    return f"cuối năm {year}, năm văn bản ghi ở ngày còn để trống («ngày … tháng … năm {year}»)"


def parse_as_of(value: str | None) -> str | None:
    """Validate an ``--as-of`` value: None (automatic), "ban-hanh", "hom-nay" or a date.

    Returns None, the keyword ("ban-hanh" / "hom-nay") or an ISO date; accepts
    YYYY-MM-DD and DD/MM/YYYY. Raises ``ValueError`` with a Vietnamese message.
    """
    if value is None or not str(value).strip():
        return None
    v = str(value).strip()
    low = v.lower()
    if low in AS_OF_DOCUMENT:
        return "ban-hanh"
    if low in AS_OF_TODAY:
        return "hom-nay"
    try:
        if "/" in v:
            d, m, y = v.split("/")
            return date(int(y), int(m), int(d)).isoformat()
        return date.fromisoformat(v).isoformat()
    except ValueError as exc:
        raise ValueError(f"ngày kiểm tra «{value}» không hợp lệ: dùng «ban-hanh» (ngày của văn bản), "
                         "«hom-nay», hoặc một ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2025-07-01") from exc


def resolve_as_of(value: str | None, doc_date: DocDate) -> tuple[str, str]:
    """(ISO check date, where it came from). Default: the document's date when it is an
    issued, dated document (or a recognised hương ước); for a dateless one whose blank dates name a
    past year ("ngày … tháng … năm 2024"), the end of that year; else today."""
    v = parse_as_of(value)
    today = date.today().isoformat()
    if v == "hom-nay":
        return today, FROM_TODAY
    past_year = doc_date.year if not doc_date.iso and doc_date.year and str(doc_date.year) < today[:4] else None
    if v == "ban-hanh":
        if past_year:
            return f"{past_year}-12-31", from_draft_year(past_year)
        if not doc_date.iso:
            raise ValueError("văn bản không có ngày ban hành để kiểm tra theo "
                             f"({doc_date.note or 'không đọc được ngày'}); dùng --as-of hom-nay "
                             "hoặc một ngày cụ thể")
        return doc_date.iso, FROM_DOCUMENT
    if v:
        return v, FROM_USER
    if doc_date.iso and doc_date.iso <= today:
        return doc_date.iso, FROM_DOCUMENT
    if past_year:  # a draft of 2024 is judged by the law of its time, as an issued document is
        return f"{past_year}-12-31", from_draft_year(past_year)
    return today, FROM_TODAY


def _always(rule: Rule, ctx) -> bool:
    return True


def type_ids() -> list[str]:
    return [t.id for t in doctypes()]


def type_choices() -> list[str]:
    """What ``--type`` accepts: a type, or a type and one of its variants ("quy_che_doanh_nghiep:nha_nuoc")."""
    return type_ids() + [f"{t.id}:{v}" for t in doctypes() for v in t.variants]


def type_variants(doc, det: Detection, dtype: str, given: str = "") -> tuple[str, ...]:
    """The variants of the type checked: those named by ``--type`` ("quy_che_doanh_nghiep:nha_nuoc"), else the ones
    the detector read, else — a type given without one — the ones its ``owner`` cues read from the text."""
    if ":" in given:
        return (given.split(":", 1)[1],)
    if dtype == det.type:
        return det.variants
    t = next((x for x in doctypes() if x.id == dtype), None)
    return owner(doc, t)[0] if t is not None and t.owner is not None else ()


def _owner_note(doc_type: str, variants: tuple[str, ...], det: Detection) -> str:
    """The report's line on who owns the employer whose quy chế this is, and which part of the Law applies."""
    t = next((x for x in doctypes() if x.id == doc_type), None)
    if t is None or t.owner is None:
        return ""
    said = dict(t.owner.notes).get("+".join(sorted(variants)), "")
    why = det.cue.split("chủ sở hữu: ", 1)[1] \
        if (doc_type, variants) == (det.type, det.variants) and "chủ sở hữu: " in det.cue else ""
    return f"Chủ sở hữu: {said}" + (f" (theo {why})." if why else ".") if said else ""


def _notes(as_of: str, det: Detection, doc_type: str, variants: tuple[str, ...] = ()) -> list[str]:
    notes = []
    if not doc_type:
        why = f" ({det.cue})" if det.cue else ""
        notes.append(f"Không xác định được loại văn bản{why}: chỉ áp dụng các quy tắc chung. Dùng --type "
                     f"để chỉ định một trong: {', '.join(type_ids())}.")
    elif det.type and det.type != doc_type:
        notes.append(f"Loại văn bản do người dùng chỉ định ({label_of(doc_type)}); tự nhận dạng là "
                     f"{label_of(det.type)}.")
    elif not det.type:
        notes.append(f"Loại văn bản do người dùng chỉ định ({label_of(doc_type)}).")
    said = _owner_note(doc_type, variants, det)
    if said:
        notes.append(said)
    for r in facts().relations:
        if r.kind in ("amends", "supplements") and r.effective and r.effective <= as_of \
                and r.target == "10/2022/QH15":
            notes.append(f"Ngày kiểm tra {vn_date(as_of)}: Luật 10/2022/QH15 đã được sửa đổi, bổ sung bởi "
                         f"{r.by} từ ngày {vn_date(r.effective)}; nội dung sửa đổi chưa có trong cơ sở dữ "
                         "liệu, nên các phát hiện dựa trên Luật này được ghi chú cần đối chiếu.")
    return notes


def _doc_name(store: Store, number: str) -> tuple[str, str | None]:
    """("Luật 10/2022/QH15", effective ISO date or None) for a basis document."""
    d = store.document(number)
    if d is not None:
        return f"{d.doc_type} {number}".strip(), d.effective
    f = facts().documents.get(number)
    return (f"{f.doc_type} {number}", f.effective) if f else (number, None)


def _law_lines(doc_name: Callable[[str], tuple[str, str | None]], bases: Iterable[Basis],
               as_of: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(documents applied, documents not applied on the date) among the knowledge-base basis seen;
    ``doc_name`` is ``_doc_name`` bound to the store (looked up once per document and check)."""
    applied, not_applied = {}, {}
    for b in bases:
        if not is_kb(b) or b.doc in applied or b.doc in not_applied:
            continue
        name, eff = doc_name(b.doc)
        since = f"có hiệu lực từ {vn_date(eff)}" if eff else "chưa rõ ngày có hiệu lực"
        if in_force(b):
            applied[b.doc] = f"{name} ({since})"
        else:
            not_applied[b.doc] = f"{name} ({b.status}: {since})"
    return tuple(applied.values()), tuple(not_applied.values())


#: a quotation with nothing in it: «» or «  »
_EMPTY_QUOTE = re.compile(r"«\s*»")


def quotes_nothing(rule: Rule, f: Finding) -> bool:
    """A finding whose message quotes an empty value («») where the rule's template quotes what was read
    («{found}»): a reader bug (unseen66 u66-09: a heading's term matched in the key a table row is read with, the
    row's own text holding none of it). A finding must always quote what it read, so such a finding is dropped."""
    return bool(_EMPTY_QUOTE.search(f.message)) and not _EMPTY_QUOTE.search(rule.message)


def said_once(findings: list[Finding], rules: Iterable[Rule]) -> list[Finding]:
    """Drop a finding whose rule ``yields_to`` another rule that fired on the same line (the
    same defect, stated more exactly by the other rule); then one whose rule ``yields_in_text`` to a rule
    with a finding kept anywhere in the text."""
    rules = list(rules)
    yields = {r.id: set(r.yields_to) for r in rules if r.yields_to}
    if yields:
        fired = {(f.evidence.line, f.rule) for f in findings}
        findings = [f for f in findings
                    if not any((f.evidence.line, other) in fired for other in yields.get(f.rule, ()))]
    in_text = {r.id: set(r.yields_in_text) for r in rules if r.yields_in_text}
    if in_text:
        kept = {f.rule for f in findings}
        findings = [f for f in findings if not in_text.get(f.rule, set()) & kept]
    return findings


def check_text(text: str, store: Store, *, doc_type: str | None = None, as_of: str | None = None,
               source_name: str = "văn bản", line_origin: tuple[int, ...] = (), fmt: str = "text",
               rules: Iterable[Rule] | None = None) -> Report:
    """Check one document given as text. Raises ``CheckInputError`` for empty text or a bad option.

    ``as_of``: None (the document's own date when it is issued and dated, else today),
    "ban-hanh", "hom-nay" or a date. Rules apply only with the law in force on that date.
    """
    try:
        parse_as_of(as_of)
    except ValueError as exc:
        raise CheckInputError(source_name, str(exc)) from exc
    if doc_type and doc_type not in type_choices():
        raise CheckInputError(source_name, f"loại văn bản «{doc_type}» không có; chọn một trong: "
                                           f"{', '.join(type_choices())}")
    try:
        doc = build_input(text, source_name, fmt=fmt, line_origin=line_origin)
    except ValueError as exc:
        raise CheckInputError(source_name, str(exc)) from exc
    det = detect(doc)
    given = doc_type or ""
    dtype = given.split(":", 1)[0] or det.type
    variants = type_variants(doc, det, dtype, given)
    ddate = document_date(doc, dtype)
    try:
        as_of, as_of_from = resolve_as_of(as_of, ddate)
    except ValueError as exc:
        raise CheckInputError(source_name, str(exc)) from exc
    resolver = BasisResolver(store, as_of)
    ctx = kinds.Context(doc, store, resolver, as_of, dtype, is_normative(dtype), variants)
    rules = tuple(rules) if rules is not None else catalogue()
    protect = transitional_for(dtype, ddate.iso, as_of, facts().transitional)
    findings: list[Finding] = []
    coverage = []
    seen: list[Basis] = []
    ran: list[Rule] = []
    ran_bases: list[Basis] = []  # the bases of the rules run, for the report's scope
    withheld = 0
    for rule in rules:
        if not dtype and "*" not in rule.applies_to and "?" not in rule.applies_to:
            continue
        if dtype and not rule.applies(dtype, variants):
            continue
        mod = kinds.module(rule.kind)
        if not getattr(mod, "applies", _always)(rule, ctx):
            continue  # e.g. RC-10 only for a non-state employer's quy chế: no coverage, no law "applied"
        ran.append(rule)
        own = resolver.for_rule(rule)
        ran_bases.extend(own)
        seen.extend(own)
        for f in mod.check(rule, ctx):
            seen.extend(f.basis)
            if quotes_nothing(rule, f):
                continue
            g = gate(f)
            if g is None:
                withheld += 1
                continue
            findings.append(cap_severity(g, protect))
        if rule.kind == "required_content":
            coverage.append(mod.coverage(rule, ctx))
    findings = said_once(findings, rules)
    order = {s: i for i, s in enumerate(SEVERITIES)}
    findings.sort(key=lambda f: (f.evidence.line, order[f.severity], f.rule))
    doc_name = functools.cache(lambda number: _doc_name(store, number))
    applied, not_applied = _law_lines(doc_name, seen, as_of)
    info = DocumentInfo(
        source=source_name, type=dtype or UNKNOWN, type_label=label_of(dtype),
        type_detected=det.type, title=doc.title_text, issuer=doc.header.issuer, date=ddate.iso,
        fmt=fmt, lines=len(doc.raw_lines), paragraphs=len(doc.paras), type_cue=det.cue,
        date_kind=ddate.kind, date_text=ddate.evidence, draft=ddate.draft, date_note=ddate.note,
    )
    notes = _notes(as_of, det, dtype, variants)
    if withheld:
        notes.append(f"{withheld} phát hiện không được nêu vì căn cứ của chúng chưa có hoặc đã hết hiệu lực "
                     f"tại ngày {vn_date(as_of)}.")
    for t in protect:
        notes.append(f"Quy định chuyển tiếp ({t.provision}): {t.note}")
    if any(r.kind == "required_content" for r in ran) and kinds.module("required_content").declared_extract(doc):
        # say what the tool does not know: the rest of the text is not in the file
        notes.append("Văn bản ghi là bản trích: nội dung bắt buộc nằm ngoài phần trích không được kiểm tra (chỉ nêu "
                     "gợi ý); chữ ký chỉ được kiểm tra khi bản trích có phần ký.")
    elif any(r.kind == "required_content" and r.detect.get("scope") == "signatures" for r in ran) \
            and kinds.module("required_content").unsigned_text(doc):
        notes.append("Văn bản không có phần chữ ký: chữ ký chỉ được kiểm tra theo câu trong văn bản nói ai ký; "
                     "nếu bản giấy có phần ký, hãy tải lên cả phần đó.")
    scope = build_scope(ran, [b for b in ran_bases if is_kb(b) and in_force(b)], dtype or "",
                        lambda number: doc_name(number)[0])
    return Report(info, as_of, tuple(findings), tuple(coverage), tuple(notes), as_of_from=as_of_from,
                  applied=applied, not_applied=not_applied, scope=scope)


@dataclass(frozen=True)
class Checked:
    """One checked upload: its report and the text that was read (the annotated DOCX needs
    its bytes and line map), or — ``report`` None — the Vietnamese reason it was not checked
    and at which step (``"read"``: the file; ``"check"``: an option or an empty text)."""

    source: str
    report: Report | None = None
    loaded: LoadedText | None = None
    problem: str = ""
    stage: str = ""

    @property
    def ok(self) -> bool:
        return self.report is not None


def load_upload(source: str | Path, data: bytes | None = None) -> LoadedText:
    """Read an upload via ``corpus.loader`` (a path, or ``data`` named ``source``);
    ``CheckInputError`` names the file and the problem."""
    try:
        return load_file(source) if data is None else load_bytes(data, str(source))
    except SourceError as exc:
        raise CheckInputError(str(source), exc.problem) from exc


def check_loaded(loaded: LoadedText, store: Store, *, doc_type: str | None = None, as_of: str | None = None,
                 rules: Iterable[Rule] | None = None) -> Report:
    """Check a text the loader has read, keeping its line → paragraph / page map."""
    return check_text(loaded.text, store, doc_type=doc_type, as_of=as_of, source_name=loaded.path,
                      line_origin=tuple(loaded.line_origin), fmt=loaded.fmt, rules=rules)


def check_upload(source: str | Path, store: Store, *, data: bytes | None = None, doc_type: str | None = None,
                 as_of: str | None = None, rules: Iterable[Rule] | None = None) -> Checked:
    """Read and check one upload; never raises for bad input (see ``Checked.problem``)."""
    try:
        loaded = load_upload(source, data)
    except CheckInputError as exc:
        return Checked(str(source), problem=exc.problem, stage="read")
    try:
        report = check_loaded(loaded, store, doc_type=doc_type, as_of=as_of, rules=rules)
    except CheckInputError as exc:
        return Checked(str(source), loaded=loaded, problem=exc.problem, stage="check")
    return Checked(str(source), report, loaded)


def check_file(path: str | Path, store: Store, *, doc_type: str | None = None, as_of: str | None = None,
               rules: Iterable[Rule] | None = None) -> Report:
    """The report of one file; raises ``CheckInputError`` for bad input."""
    return check_loaded(load_upload(path), store, doc_type=doc_type, as_of=as_of, rules=rules)


CHECKABLE = (".txt", ".md", ".docx", ".pdf", ".html", ".htm")


def files_in(directory: str | Path) -> list[Path]:
    return sorted(p for p in Path(directory).rglob("*") if p.is_file() and p.suffix.lower() in CHECKABLE)


def check_many(paths: Iterable[str | Path], store: Store, **kw) -> Iterator[Checked]:
    """Check files one by one; a file that cannot be checked says why and the batch goes on."""
    for p in paths:
        yield check_upload(p, store, **kw)
