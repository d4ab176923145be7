"""Source files → knowledge base: discover, read, parse, write in one transaction.

I/O lives here (and in corpus.loader); the readers stay pure. A file that
cannot be read is reported with its problem and skipped: it never aborts the
batch (a file name that is not valid UTF-8 included), and because all writes
share one transaction an interruption leaves the previous knowledge base intact.

Documents are keyed so that nothing merges by accident: a document read from
an uploaded or local file (not the pháp điển, whose documents legitimately span
several đề mục files) whose id — ``local:<tên tệp>`` or its number, e.g.
``52/KH-UBND`` — is already held by another source file is stored apart under
``<id>~<8 hex of its path>`` and the file gets a warning naming both files.
So ``a/x.txt`` and ``b/x.txt`` stay two documents, and 500 plans numbered
"Số: 52/KH-UBND" stay 500.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

from corpus.loader import SUPPORTED, SourceError, load_file
from corpus.official import parse_official
from corpus.phapdien import parse_phapdien
from kb.escape import SHOW_BYTES
from kb.facts import facts, status_as_of
from kb.model import Document, ParsedSource, ParseIssue, ProvisionId
from kb.store import Store
from kb.workers import can_fork, die_with_parent

PROJECT_ROOT = Path(__file__).resolve().parents[1]


class CorpusMissing(Exception):
    pass


def corpus_root() -> Path:
    """``DCCS_CORPUS``, else ``../shared/corpus`` beside the project (or the cwd)."""
    env = os.environ.get("DCCS_CORPUS")
    candidates = [Path(env)] if env else [
        Path.cwd().parent / "shared" / "corpus", PROJECT_ROOT.parent / "shared" / "corpus",
    ]
    for c in candidates:
        if (c / "phapdien").is_dir() or (c / "seeds").is_dir():
            return c.resolve()
    where = env or " hoặc ".join(str(c) for c in candidates)
    raise CorpusMissing(
        f"Không tìm thấy kho văn bản nguồn tại {where}. Đặt biến môi trường DCCS_CORPUS "
        "trỏ tới thư mục chứa phapdien/ và seeds/."
    )


def default_sources() -> list[Path]:
    root = corpus_root()
    return [p for p in (root / "phapdien", root / "seeds") if p.is_dir()]


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Files to ingest: the given files, and supported files under given folders."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file()
                              and f.suffix.lower() in SUPPORTED and f.name != "README.md"))
        else:
            out.append(p)
    return out


def apply_facts(doc: Document) -> Document:
    """Correct document metadata from the facts file (e.g. Decree 61's issuer)."""
    fact = facts().documents.get(doc.doc_id)
    if fact is None:
        return doc
    return replace(
        doc, doc_type=fact.doc_type or doc.doc_type,
        title=fact.title or doc.title, issuer=fact.issuer or doc.issuer,
        issued=fact.issued or doc.issued, effective=fact.effective or doc.effective,
    )


def parse_file(path: Path) -> ParsedSource:
    """Read and parse one file; problems become issues, never exceptions."""
    try:
        loaded = load_file(path)
    except SourceError as exc:
        return ParsedSource(str(path), "", (), (ParseIssue(str(path), "error", exc.problem),))
    try:
        if loaded.fmt == "phapdien":
            parsed = parse_phapdien(loaded.text, loaded.path, loaded.data)
        else:
            parsed = parse_official(loaded.text, loaded.path, loaded.data)
    except Exception as exc:  # a reader bug must not abort the batch
        return ParsedSource(str(path), loaded.sha256, (), (
            ParseIssue(str(path), "error", f"lỗi khi phân tích: {type(exc).__name__}: {exc}"),))
    docs = tuple(apply_facts(d) for d in parsed.documents)
    issues = parsed.issues
    if loaded.note:
        issues = issues + (ParseIssue(str(path), "warning", loaded.note),)
    return replace(parsed, documents=docs, issues=issues)


def rekey(doc: Document, new_id: str) -> Document:
    """The same document under another id (units, parents and ids renamed with it)."""
    old = doc.doc_id

    def swap(uid: str | None) -> str | None:
        if uid is None:
            return None
        return str(ProvisionId.parse(uid, old).with_doc(new_id)) if ProvisionId.within(uid, old) else uid

    units = tuple(replace(u, uid=swap(u.uid), parent=swap(u.parent), doc_id=new_id) for u in doc.units)
    return replace(doc, doc_id=new_id, units=units)


def path_key(path: str) -> str:
    """8 hex characters of a source path: stable across runs and machines' ingest order."""
    return hashlib.sha1(path.encode("utf-8", "surrogateescape")).hexdigest()[:8]


KEPT_APART = "không gộp"


def keep_apart(src: ParsedSource, holders_of: Callable[[str, str], list[str]]) -> ParsedSource:
    """Give a local document whose id another source already holds an id of its own.

    ``holders_of(doc_id, path)`` lists the other sources holding ``doc_id`` (the store,
    including what this batch wrote so far). Pháp điển documents are merged on purpose."""
    docs, issues = [], list(src.issues)
    for d in src.documents:
        others = [] if d.phapdien_topic else holders_of(d.doc_id, src.path)
        if others:
            new_id = f"{d.doc_id}~{path_key(src.path)}"
            issues.append(ParseIssue(src.path, "warning", (
                f"văn bản «{d.doc_id}» đã có trong cơ sở dữ liệu từ tệp khác ({others[0]}"
                + (f" và {len(others) - 1} tệp khác" if len(others) > 1 else "")
                + f"): văn bản của tệp này được lưu riêng với mã «{new_id}», {KEPT_APART}")))
            d = rekey(d, new_id)
        docs.append(d)
    return replace(src, documents=tuple(docs), issues=tuple(issues))


#: Bump when a reader's output changes (corpus/phapdien.py, corpus/official.py, facts applied at
#: ingest): a source read by older readers is then read again by the next ingest, and the graph
#: and the search index follow, since they key on the source's fingerprint.
READER_VERSION = 12  # 6: a pháp điển heading belongs to the document of the article after it (corpus/phapdien.py);
#                     "Thời gian: / Địa điểm: / Hôm nay, …" open a body (corpus/official.py)
#                  7: "BIÊN BẢN …" is a type heading with its title; the Front's committee and the Ban TTND,
#                     Ban GSĐTCĐ are issuers; "Hôm nay, …" after a blank line opens a paragraph (corpus/official.py)
#                  8: "HỒ SƠ", "HƯỚNG DẪN", "ĐỀ ÁN", "CHƯƠNG TRÌNH", "GIẤY MỜI" are type headings; "A. …", "B. …" parts
#                     in capitals are sections; a title in capitals under its type heading; the Công đoàn and a
#                     Bệnh viện are issuers (corpus/official.py)
#                  9: a school, a centre, a project board and a cooperative are issuers; a numbered item ("2. …")
#                     never continues a title; a title in capitals goes on over the next capital lines (corpus/official.py)
#                 10: "Thực hiện Văn bản / Nghị định / Thông tư / Quy chế … số …" opens the preamble, never continues a
#                     title (corpus/official.py)
#                 11: "ĐIỀU 3. …" in capitals is an article; "Kính gửi: …" and "Thực hiện Điều 33 Luật …" open a
#                     paragraph, the latter never continues a title (corpus/official.py)
#                 12: a title's "Chỉ thị số 30-CT/TW, ngày 18/02/1998 …" is no place and date line: the cited
#                     document's date no longer dates the document nor ends its title (corpus/official.py)


def fingerprint(sha256: str) -> str:
    """What ``sources.sha256`` stores: the file's hash and the readers' version."""
    return f"{sha256}+r{READER_VERSION}"


def _sha256(path: Path) -> str:
    """Hash in chunks: an unchanged file is skipped without holding it in memory."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def status_label(doc: Document) -> str:
    return status_as_of(doc.doc_id, doc.kind, doc.effective).label


@dataclass(frozen=True)
class FileReport:
    path: str
    state: str  # "ok", "rejected", "unchanged"
    documents: int = 0
    articles: int = 0
    clauses: int = 0
    warnings: int = 0
    problem: str = ""
    kept_apart: tuple[str, ...] = ()  # documents stored under an id of their own (``keep_apart``)


def _report(src: ParsedSource) -> FileReport:
    units = [u for d in src.documents for u in d.units]
    errors = [i for i in src.issues if i.severity == "error"]
    return FileReport(
        path=src.path, state="rejected" if errors else "ok", documents=len(src.documents),
        articles=sum(1 for u in units if u.level == "article"),
        clauses=sum(1 for u in units if u.level in ("clause", "subclause")),
        warnings=sum(1 for i in src.issues if i.severity == "warning"),
        problem="; ".join(e.message for e in errors),
        kept_apart=tuple(i.message for i in src.issues if i.message.endswith(KEPT_APART)),
    )


def ingest(store: Store, paths: Iterable[str | Path], *, force: bool = False,
           progress: Callable[[int, int, str], None] | None = None,
           workers: int | None = None) -> list[FileReport]:
    """Ingest files and folders into ``store`` in ONE transaction.

    Files are read and parsed in ``workers`` processes (default: one per core, up to 4,
    when many files changed) while this process writes them, in order.
    """
    files = discover(paths)
    reports: list[FileReport] = []
    # Which files to read is decided before the first is written, so that they can be
    # read ahead; a path listed twice is the one case where that would differ from
    # deciding file by file (the second one is unchanged once the first is written).
    ahead = len(set(files)) == len(files)
    todo = [f for f in files if _utf8_name(f) and not _unchanged(store, f, force)] if ahead else []

    def accepted(parsed: Iterator[ParsedSource]) -> Iterator[ParsedSource]:
        wanted = set(todo)
        for n, f in enumerate(files, start=1):
            if progress:
                progress(n, len(files), str(f))
            if not _utf8_name(f):
                name = str(f).encode("utf-8", SHOW_BYTES).decode("utf-8")
                reports.append(FileReport(name, "rejected", problem=(
                    "tên tệp có byte không phải UTF-8: hãy đổi tên tệp (chữ Unicode) rồi nạp lại")))
                continue
            if ahead and f not in wanted or not ahead and _unchanged(store, f, force):
                reports.append(FileReport(str(f), "unchanged"))
                continue
            src = next(parsed) if ahead else parse_file(f)
            src = replace(src, sha256=fingerprint(src.sha256)) if src.sha256 else src
            if src.documents:
                src = keep_apart(src, store.doc_holders)
            rep = _report(src)
            reports.append(rep)
            if rep.state == "ok":
                yield src

    with _parsed_in_order(todo, _workers(workers, len(todo))) as parsed:
        store.ingest(accepted(parsed), status_of=status_label)
    return reports


def _unchanged(store: Store, f: Path, force: bool) -> bool:
    """True when the store holds this file as it is now, read by the current readers."""
    known = None if force else store.source_sha(str(f))
    return known is not None and f.is_file() and fingerprint(_sha256(f)) == known


def _workers(workers: int | None, n: int) -> int:
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if n >= 16 else 1
    return workers if can_fork() else 1  # in the web app (threads), parse here


@contextmanager
def _parsed_in_order(files: list[Path], workers: int) -> Iterator[Iterator[ParsedSource]]:
    """``parse_file`` of each file, in order; read ahead by a pool of processes when
    ``workers`` > 1. The pool is forked here, before the caller opens its transaction."""
    if workers <= 1 or len(files) < 2:
        yield map(parse_file, files)
        return
    # "fork": workers start at once, without importing the caller's script again; they
    # touch no SQLite connection. At most a few files are read ahead of the writer, so
    # memory holds a few parsed files, not the corpus.
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                             initializer=die_with_parent) as pool:
        ahead = 2 * workers
        pending = deque(pool.submit(parse_file, f) for f in files[:ahead])  # forks the workers now

        def results() -> Iterator[ParsedSource]:
            for f in files[ahead:]:
                done = pending.popleft()
                pending.append(pool.submit(parse_file, f))
                yield done.result()
            while pending:
                yield pending.popleft().result()

        try:
            yield results()
        finally:
            for fut in pending:
                fut.cancel()


def _utf8_name(path: Path) -> bool:
    return not any("\udc80" <= ch <= "\udcff" for ch in str(path))
