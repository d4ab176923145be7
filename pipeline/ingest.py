"""Source files → knowledge base: discover, read, parse, write in one transaction.

I/O lives here (and in corpus.loader); the readers stay pure. A file that
cannot be read is reported with its problem and skipped: it never aborts the
batch, and because all writes share one transaction an interruption leaves the
previous knowledge base intact.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

from corpus.loader import SUPPORTED, SourceError, load_file
from corpus.official import parse_official
from corpus.phapdien import parse_phapdien
from kb.facts import facts, status_as_of
from kb.model import Document, ParsedSource, ParseIssue
from kb.store import Store

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


def _report(src: ParsedSource) -> FileReport:
    units = [u for d in src.documents for u in d.units]
    errors = [i for i in src.issues if i.severity == "error"]
    return FileReport(
        path=src.path, state="rejected" if errors else "ok", documents=len(src.documents),
        articles=sum(1 for u in units if u.level == "article"),
        clauses=sum(1 for u in units if u.level in ("clause", "subclause")),
        warnings=sum(1 for i in src.issues if i.severity == "warning"),
        problem="; ".join(e.message for e in errors),
    )


def ingest(store: Store, paths: Iterable[str | Path], *, force: bool = False,
           progress: Callable[[int, int, str], None] | None = None) -> list[FileReport]:
    """Ingest files and folders into ``store`` in ONE transaction."""
    files = discover(paths)
    reports: list[FileReport] = []

    def accepted() -> Iterator[ParsedSource]:
        for n, f in enumerate(files, start=1):
            if progress:
                progress(n, len(files), str(f))
            known = None if force else store.source_sha(str(f))
            if known is not None and f.is_file() and _sha256(f) == known:
                reports.append(FileReport(str(f), "unchanged"))
                continue
            src = parse_file(f)
            rep = _report(src)
            reports.append(rep)
            if rep.state == "ok":
                yield src

    store.ingest(accepted(), status_of=status_label)
    return reports
