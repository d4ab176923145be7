"""`dccs cite`, `dccs refs`, `dccs graph`, `dccs history`: citations and the article graph.

Each command maps onto one library function (``kb.citations.listing.cited_spans``,
``kb.references.references``, ``kb.graph.neighbourhood`` + ``kb.graphviz``,
``kb.timeline.history``) and prints its dataclasses as JSON with ``--json``
(``kb.serialize``). The graph is brought up to date on first use
(``kb.graph.build_graph``: only changed sources are rebuilt).
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from networkx.readwrite import json_graph

from corpus.loader import SourceError, load_file
from kb.citations.listing import cited_spans
from kb.citations.parse import parse_citation
from kb.citations.resolve import Resolver
from kb.graph import EDGE_LABELS, EDGE_TYPES, build_graph, graph_is_built, neighbourhood, node_info
from kb.graphviz import graph_dot
from kb.references import references
from kb.serialize import dumps
from kb.store import KBError
from kb.timeline import History, TimelineDataError, history, point_in_time
from kb.vntext import fold
from pipeline.ingest import parse_file
from ui.common import fail, open_store, print_json
from ui.progress import ProgressBar


def register(sub, parent) -> None:
    c = sub.add_parser("cite", parents=[parent], help="tìm các trích dẫn văn bản trong một đoạn văn bản",
                       description='Ví dụ: dccs cite "theo khoản 2 Điều 6 Nghị định số 61/2023/NĐ-CP"; '
                                   "dccs cite --file du_thao.docx --json")
    c.add_argument("text", nargs="?", help="đoạn văn bản (hoặc dùng --file)")
    c.add_argument("--file", metavar="F", help="tệp .txt, .md, .docx, .pdf")
    c.add_argument("--context", metavar="SỐ_HIỆU",
                   help="văn bản chứa đoạn trích (để hiểu «Điều này», «Luật này»), ví dụ 10/2022/QH15")
    c.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    c.set_defaults(func=cmd_cite)

    r = sub.add_parser("refs", parents=[parent], help="các quan hệ đi và đến của một điều, khoản, văn bản",
                       description='Ví dụ: dccs refs "Điều 23 Luật 10/2022/QH15"')
    r.add_argument("citation")
    r.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    r.set_defaults(func=cmd_refs)

    g = sub.add_parser("graph", parents=[parent], help="vẽ vùng lân cận của một điều, khoản trên đồ thị",
                       description='Ví dụ: dccs graph "Điều 1 Nghị định 59/2023/NĐ-CP" --depth 1 --format png -o g.png')
    g.add_argument("citation")
    g.add_argument("--depth", type=int, default=1, metavar="N")
    g.add_argument("--format", choices=("json", "dot", "png"), default="json")
    g.add_argument("--json", dest="format", action="store_const", const="json", help="như --format json")
    g.add_argument("--types", metavar="LOẠI,…", help="chỉ các loại quan hệ này: " + ", ".join(EDGE_TYPES))
    g.add_argument("--no-structure", action="store_true", help="bỏ quan hệ cấu trúc (gồm)")
    g.add_argument("-o", "--output", metavar="F",
                   help="tệp kết quả (mặc định: in ra; png: dccs-graph-<nút>.png trong thư mục hiện tại)")
    g.set_defaults(func=cmd_graph)

    h = sub.add_parser("history", parents=[parent], help="các mốc thay đổi của một điều, khoản, văn bản",
                       description='Ví dụ: dccs history "Điều 11 Luật 10/2022/QH15" --as-of 2025-07-01')
    h.add_argument("citation")
    h.add_argument("--as-of", metavar="YYYY-MM-DD", help="cho biết thêm tình trạng tại ngày này")
    h.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    h.set_defaults(func=cmd_history)


# ---------------------------------------------------------------------------


def _read_text(args) -> tuple[str | None, str | None]:
    """(text, error) from the positional text or --file; errors name the file."""
    if args.file:
        path = Path(args.file)
        if not path.exists():
            return None, f"không tồn tại tệp {path}"
        try:
            return load_file(path).text, None
        except SourceError as exc:
            return None, f"{path}: {exc.problem}"
    if args.text:
        return args.text, None
    if not sys.stdin.isatty():
        return sys.stdin.read(), None
    return None, "hãy nêu đoạn văn bản hoặc --file TỆP."


def _file_context(path: Path) -> tuple[str | None, str | None]:
    """The id and type the reader gives a file ("local:<tên tệp>", "Nghị quyết"), for "… này"."""
    parsed = parse_file(path)
    if parsed.documents:
        d = parsed.documents[0]
        return d.doc_id, d.doc_type
    return None, None


def _store_or_none(args):
    try:
        return open_store(args)
    except KBError:
        return None


def cmd_cite(args) -> int:
    text, err = _read_text(args)
    if err:
        return fail(err)
    store = _store_or_none(args)
    resolver = Resolver(store) if store is not None else None
    ctx = args.context
    ctype = None
    if ctx and store is not None and store.document(ctx) is not None:
        ctype = store.document(ctx).doc_type
    elif not ctx and args.file:
        ctx, ctype = _file_context(Path(args.file))
    rows = cited_spans(text, resolver, context=ctx, context_type=ctype)
    if args.json:
        print_json(rows)
        return 0
    if store is None:
        print("(Chưa có cơ sở dữ liệu tri thức: chỉ tìm trích dẫn, không đối chiếu.)", file=sys.stderr)
    if not rows:
        print("Không tìm thấy trích dẫn nào.")
        return 0
    for row in rows:
        marks = []
        for t in row.targets:
            where = t.node or t.doc or "?"
            state = "✓" if t.resolved else ("ngoài CSDL" if t.kind == "external"
                                            else (t.problem or "chưa đối chiếu"))
            marks.append(f"{where} [{state}]")
        print(f"dòng {row.line}, {row.start}–{row.end}: «{' '.join(row.text.split())}»")
        for m in marks:
            print(f"    → {m}")
    print(f"Tổng: {len(rows)} trích dẫn, {sum(1 for r in rows if r.resolved)} đối chiếu được trong cơ sở dữ liệu.")
    return 0


# ---------------------------------------------------------------------------


def _node_of(store, text: str) -> tuple[str | None, str | None]:
    """(node id, problem) for a citation typed by the user; documents we do not hold become stubs."""
    cit = parse_citation(text)
    if cit is None:
        return None, (f"không hiểu trích dẫn «{text}». Ví dụ: «khoản 2 Điều 6 Nghị định 61/2023/NĐ-CP».")
    resolver = Resolver(store)
    res = resolver.resolve(cit)
    if res.unit is not None and not res.problem:
        return res.unit.uid, None
    if res.doc is not None and res.unit is None and not res.problem:
        return res.doc.doc_id, None
    if cit.doc is not None and cit.article is None:
        doc, ext = resolver.document(cit.doc)
        if doc is not None:
            return doc.doc_id, None
        if ext is not None and ext.known:
            return ext.node, None
    return None, res.problem or "không tìm thấy trong cơ sở dữ liệu."


def _ensure_graph(store) -> None:
    if not graph_is_built(store):
        print("Lần đầu dùng đồ thị: đang xây dựng từ cơ sở dữ liệu tri thức …", file=sys.stderr)
        build_graph(store, progress=ProgressBar())
    else:
        build_graph(store)  # only sources that changed


def _open(args):
    try:
        store = open_store(args)
    except KBError as exc:
        return None, fail(str(exc), exc.exit_code)
    return store, None


def _open_node(args):
    """(store, node, None) for the cited provision, or (store|None, None, exit code)."""
    store, code = _open(args)
    if store is None:
        return None, None, code
    node, problem = _node_of(store, args.citation)
    if node is None:
        print(f"Không tìm thấy: {problem}", file=sys.stderr)
        return store, None, 1
    return store, node, None


def cmd_refs(args) -> int:
    store, node, code = _open_node(args)
    if node is None:
        return code
    _ensure_graph(store)
    data = references(store, node)
    if args.json:
        print_json(data)
        return 0
    print(f"{data.label}  [{node}]")
    for title, group, arrow in (("Quan hệ đi", data.outgoing, "→"), ("Quan hệ đến", data.incoming, "←")):
        print(f"\n{title}:")
        if not group:
            print("  (không có)")
        for etype, items in group.items():
            print(f"  {EDGE_LABELS.get(etype, etype)} ({etype}): {len(items)}")
            for it in items[:50]:
                extra = f" từ {it.effective}" if it.effective else ""
                via = "" if node in (it.src, it.dst) else f"  (tại {it.src if arrow == '→' else it.dst})"
                print(f"    {arrow} {it.other_label}{extra}{via}")
            if len(items) > 50:
                print(f"    … và {len(items) - 50} quan hệ khác (dùng --json để xem đủ)")
    return 0


# ---------------------------------------------------------------------------


def cmd_graph(args) -> int:
    if args.depth < 0 or args.depth > 4:
        return fail("--depth phải từ 0 đến 4 (vùng lân cận lớn hơn không vẽ được).")
    types = None
    if args.types:
        types = [t.strip() for t in args.types.split(",") if t.strip()]
        bad = [t for t in types if t not in EDGE_TYPES]
        if bad:
            return fail(f"loại quan hệ không hợp lệ: {', '.join(bad)}. Hợp lệ: {', '.join(EDGE_TYPES)}.")
    if args.format == "png" and shutil.which("dot") is None:
        return fail("cần chương trình Graphviz «dot» để vẽ PNG (Debian: apt-get install graphviz); "
                    "hoặc dùng --format dot / json.")
    store, node, code = _open_node(args)
    if node is None:
        return code
    _ensure_graph(store)
    g = neighbourhood(store, node, args.depth, types=types, structure=not args.no_structure)
    if args.format == "png" and not args.output:
        safe = re.sub(r"[^\w.-]+", "-", fold(node)).strip("-")
        args.output = f"dccs-graph-{safe}.png"
    if args.format == "json":
        data = json_graph.node_link_data(g, edges="edges")
        data["center"] = node
        out = dumps(data) + "\n"
    else:
        out = graph_dot(g, center=node)
    if args.format == "png":
        proc = subprocess.run(["dot", "-Tpng", "-o", args.output], input=out.encode("utf-8"),
                              capture_output=True, timeout=120)
        if proc.returncode != 0:
            return fail(f"Graphviz không vẽ được: {proc.stderr.decode('utf-8', 'replace')[:300]}")
        print(f"Đã vẽ {g.number_of_nodes()} nút, {g.number_of_edges()} quan hệ vào {args.output}")
        return 0
    if args.output:
        Path(args.output).write_text(out, encoding="utf-8")
        print(f"Đã ghi {g.number_of_nodes()} nút, {g.number_of_edges()} quan hệ vào {args.output}")
    else:
        sys.stdout.write(out)
    return 0


# ---------------------------------------------------------------------------


def cmd_history(args) -> int:
    store, node, code = _open_node(args)
    if node is None:
        return code
    try:
        events = history(store, node)
        pit = point_in_time(store, node, args.as_of) if args.as_of else None
    except TimelineDataError as exc:
        return fail(str(exc))
    label = node_info(store, node)["label"]
    if args.json:
        print_json(History(node, label, tuple(events), pit))
        return 0
    print(label)
    for e in events:
        flag = " (thông tin mở)" if e.uncertain else ""
        print(f"  {e.date or '(chưa rõ ngày)':12} {e.kind}: {e.text}{flag}")
    if pit is not None:
        print(f"\nTại ngày {pit.as_of}: {pit.status}")
        for n in pit.notices:
            print(f"  ! {n}")
    return 0
