"""`dccs search`: full-text and citation search over the knowledge base.

Matched words are marked ``[[ … ]]`` in the snippet, in text and in JSON
alike, so that a terminal user sees them and the web UI can highlight them.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from kb.serialize import dumps
from kb.store import KBError
from ui.common import fail, open_store, print_json
from ui.progress import ProgressBar


def register(sub, parent) -> None:
    p = sub.add_parser(
        "search", parents=[parent], help="tìm điều, khoản theo từ ngữ hoặc trích dẫn",
        description=('Ví dụ: dccs search "nhiệm kỳ ban thanh tra nhân dân"; '
                     'dccs search "nhiem ky bttnd" --doc "Luật 10/2022"; '
                     'dccs search "khoản 3 Điều 4 NĐ 61/2023". Từ khớp được đánh dấu [[ ]].'))
    p.add_argument("query", nargs="?", help="từ khoá (có dấu hoặc không dấu) hoặc trích dẫn")
    p.add_argument("--limit", type=int, default=10, metavar="N", help="số kết quả (mặc định 10)")
    p.add_argument("--doc", metavar="D", help="chỉ tìm trong văn bản D (số hiệu, tên) hoặc đề mục (44.13)")
    p.add_argument("--type", dest="doc_type", metavar="T", help="chỉ tìm trong loại văn bản T (Luật, NĐ, TT…)")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="tình trạng hiệu lực tại ngày (mặc định: hôm nay)")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.add_argument("--batch", metavar="FILE",
                   help="mỗi dòng của FILE là một truy vấn; với --json in một dòng JSON cho mỗi truy vấn")
    p.add_argument("--explain", action="store_true", help="in cách truy vấn được hiểu (từ, trọng số)")
    p.add_argument("--rebuild", action="store_true", help="xây dựng lại toàn bộ chỉ mục tìm kiếm")
    p.set_defaults(func=cmd_search)


def _open_engine(args):
    from kb.search import SearchEngine  # on use: kb.search loads numpy and tantivy (~1 s at start-up)
    from kb.search.index import index_dir

    store = open_store(args)
    fresh = not index_dir(store.path).exists() or args.rebuild
    if fresh:
        print(f"Đang xây dựng chỉ mục tìm kiếm tại {index_dir(store.path)} …", file=sys.stderr)
    engine = SearchEngine.open(store, rebuild=args.rebuild, progress=ProgressBar() if fresh else None)
    report = engine.report
    if report and report.mode == "incremental":
        print(f"Đã cập nhật chỉ mục tìm kiếm: {report.articles} điều từ {report.sources} nguồn thay đổi "
              f"({report.seconds:.1f} giây).", file=sys.stderr)
    return engine


def _read_batch(path: str) -> list[str]:
    p = Path(path)
    if not p.is_file():
        raise ValueError(f"không tìm thấy tệp truy vấn {path}")
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(f"tệp {path} không phải văn bản UTF-8: hãy lưu lại với mã hoá UTF-8") from None
    except OSError as exc:
        raise ValueError(f"không đọc được tệp {path}: {exc.strerror or exc}") from None
    return [line.strip() for line in text.splitlines() if line.strip()]


def cmd_search(args) -> int:
    from kb.search import SearchIndexError, SearchInputError  # on use, as in _open_engine
    from kb.search.synonyms import SynonymsError

    if not args.query and not args.batch:
        return fail('hãy nhập từ khoá, ví dụ: dccs search "nhiệm kỳ ban thanh tra nhân dân", '
                    "hoặc dùng --batch TỆP.")
    if args.query and args.batch:
        return fail("dùng hoặc một truy vấn, hoặc --batch TỆP, không dùng cả hai.")
    if not 1 <= args.limit <= 500:
        return fail("--limit phải từ 1 đến 500.")
    try:
        queries = _read_batch(args.batch) if args.batch else [args.query]
    except ValueError as exc:
        return fail(str(exc))
    try:
        engine = _open_engine(args)
        if args.batch:
            return _batch(engine, queries, args)
        return _single(engine, args.query, args)
    except (KBError, SearchIndexError, SearchInputError, SynonymsError) as exc:
        return fail(str(exc), getattr(exc, "exit_code", 2))


def _run(engine, query: str, args):
    return engine.run(query, limit=args.limit, doc=args.doc, doc_type=args.doc_type, as_of=args.as_of)


def _single(engine, query: str, args) -> int:
    result = _run(engine, query, args)
    for note in result.notes:
        print(note, file=sys.stderr)
    if args.explain and result.query is not None:
        _print_explain(result.query)
    if args.json:
        print_json([h.to_json() for h in result.hits])
    else:
        _print_hits(result.hits)
    if not result.hits:
        print(f"Không tìm thấy kết quả cho «{query}».", file=sys.stderr)
        return 1
    return 0


def _batch(engine, queries: list[str], args) -> int:
    for query in queries:
        started = time.perf_counter()
        result = _run(engine, query, args)
        ms = (time.perf_counter() - started) * 1000
        if args.json:
            line = {"query": query, "ms": round(ms, 3), "hits": [h.to_json() for h in result.hits]}
            sys.stdout.write(dumps(line, indent=None) + "\n")
        else:
            print(f"### {query}  ({ms:.1f} ms)")
            _print_hits(result.hits)
            print()
    return 0


def _print_hits(hits) -> None:
    noted: set[str] = set()  # a document's status notes are printed once, at its first hit
    for h in hits:
        mark = " (trích dẫn trong truy vấn)" if h.cited else ""
        print(f"{h.rank}. {h.citation} — {h.title}{mark}")
        meta = [h.doc_title or h.doc]
        if h.phapdien_id:
            meta.append(f"mã pháp điển {h.phapdien_id}")
        if h.status:
            meta.append(h.status)
        if not h.cited:
            meta.append(f"điểm {h.score:.2f}")
        print("   " + " · ".join(meta))
        if h.snippet:
            print("   " + " ".join(h.snippet.split()))
        for note in h.status_notes:
            if (h.doc, note) not in noted:
                noted.add((h.doc, note))
                print(f"   ! {note}")


def _print_explain(parsed) -> None:
    print("Truy vấn được hiểu là: " + " ".join(parsed.syllables), file=sys.stderr)
    for t in sorted(parsed.terms, key=lambda t: (t.field, -t.weight, t.text)):
        print(f"  {t.field:7} {t.text:30} ×{t.weight:g}", file=sys.stderr)
