"""`dccs cite`, `dccs refs`, `dccs graph`, `dccs history`: citations and the article graph.

Each command maps onto one library function (``kb.citations.find.find_citations``,
``kb.graph.edges_of`` / ``neighbourhood``, ``kb.timeline.history``) and
prints JSON with ``--json``. The graph is brought up to date on first use
(``kb.graph.build_graph``: only changed sources are rebuilt).
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from kb.citations.find import find_citations, infer_type
from kb.citations.parse import parse_citation
from kb.citations.resolve import Resolver
from kb.graph import EDGE_LABELS, EDGE_TYPES, build_graph, edges_of, graph_is_built, neighbourhood, node_info
from kb.store import KBError
from kb.timeline import TimelineDataError, history, point_in_time
from kb.vntext import fold
from kb.serialize import unit_label
from ui.common import fail, open_store, print_json


def register(sub, parent) -> None:
    c = sub.add_parser("cite", parents=[parent], help="tìm các trích dẫn văn bản trong một đoạn văn bản",
                       description='Ví dụ: dccs cite "theo khoản 2 Điều 6 Nghị định số 61/2023/NĐ-CP"; '
                                   "dccs cite --file du_thao.docx --json")
    c.add_argument("text", nargs="?", help="đoạn văn bản (hoặc dùng --file)")
    c.add_argument("--file", metavar="F", help="tệp .txt, .md, .docx, .pdf")
    c.add_argument("--context", metavar="SỐ_HIỆU",
                   help="văn bản chứa đoạn trích (để hiểu «Điều này», «Luật này»), ví dụ 10/2022/QH15")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_cite)

    r = sub.add_parser("refs", parents=[parent], help="các quan hệ đi và đến của một điều, khoản, văn bản",
                       description='Ví dụ: dccs refs "Điều 23 Luật 10/2022/QH15"')
    r.add_argument("citation")
    r.add_argument("--json", action="store_true")
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
    h.add_argument("--json", action="store_true")
    h.set_defaults(func=cmd_history)


# ---------------------------------------------------------------------------


def _read_text(args) -> tuple[str | None, str | None]:
    """(text, error) from the positional text or --file; errors name the file."""
    if args.file:
        from corpus.loader import SourceError, load_file

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
    from pipeline.ingest import parse_file

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
    found = find_citations(text, ctx, None, context_type=ctype or infer_type(ctx),
                           names=resolver.names.table if resolver else None)
    from kb.vntext import nfc

    norm = nfc(text)
    rows = []
    for c in found:
        results = [resolver.target(t) for t in c.targets] if resolver else []
        targets = []
        for i, t in enumerate(c.targets):
            d = t.doc
            r = results[i] if results else None
            as_written = (d.number or (f"{d.doc_type} {d.name}" if d.name else None) or d.doc_id) if d else None
            # the official number when the base holds the document, else the reference as written
            official = (r.doc.number or r.doc.doc_id) if r is not None and r.doc is not None else \
                (d.doc_id or as_written if d else None)
            entry = {"doc": official, "doc_as_written": as_written,
                     "doc_type": d.doc_type if d else None, "article": unit_label(t.article),
                     "clause": unit_label(t.clause), "point": t.point, "relative": t.relative}
            if d and d.issued:
                entry["issued"] = d.issued
            if r is not None:
                entry.update({"resolved": r.kind in ("unit", "document") and r.problem is None,
                              "kind": r.kind, "node": r.node, "problem": r.problem})
                if r.external:
                    entry["external"] = {"type": r.external.doc_type, "number": r.external.number,
                                         "name": r.external.name, "issued": r.external.issued,
                                         "known": r.external.known}
            targets.append(entry)
        rows.append({
            "start": c.start, "end": c.end, "text": c.text, "line": norm.count("\n", 0, c.start) + 1,
            "target": targets[0] if targets else None, "targets": targets,
            "resolved": bool(results) and all(t.get("resolved") for t in targets),
        })
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
        for t in row["targets"]:
            where = t.get("node") or t["doc"] or "?"
            state = "✓" if t.get("resolved") else ("ngoài CSDL" if t.get("kind") == "external"
                                                  else (t.get("problem") or "chưa đối chiếu"))
            marks.append(f"{where} [{state}]")
        print(f"dòng {row['line']}, {row['start']}–{row['end']}: «{' '.join(row['text'].split())}»")
        for m in marks:
            print(f"    → {m}")
    print(f"Tổng: {len(rows)} trích dẫn, {sum(1 for r in rows if r['resolved'])} đối chiếu được trong cơ sở dữ liệu.")
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
    from ui.progress import ProgressBar

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


def _edge_json(store, e, node: str, labels: dict) -> dict:
    other = e.dst if e.src == node or e.src.startswith(node + ":") else e.src
    if other not in labels:
        labels[other] = node_info(store, other)["label"]
    out = {"type": e.type, "type_vi": EDGE_LABELS.get(e.type, e.type), "src": e.src, "dst": e.dst,
           "other": other, "other_label": labels[other]}
    if e.text:
        out["text"] = " ".join(e.text.split())
    if e.effective:
        out["effective"] = e.effective
    for k in ("how", "mark", "source", "problem", "by_article", "article", "clause", "point"):
        if e.attrs.get(k):
            out[k] = e.attrs[k]
    return out


def refs_json(store, node: str) -> dict:
    """Outgoing and incoming edges of a node and of its parts, grouped by type."""
    labels: dict[str, str] = {}
    inside = lambda n: n == node or n.startswith(node + ":")  # noqa: E731
    outgoing: dict[str, list] = {}
    incoming: dict[str, list] = {}
    for e in edges_of(store, node, subtree=True):
        if inside(e.src) and not inside(e.dst):
            outgoing.setdefault(e.type, []).append(_edge_json(store, e, node, labels))
        elif inside(e.dst) and not inside(e.src):
            incoming.setdefault(e.type, []).append(_edge_json(store, e, node, labels))
    info = node_info(store, node)
    return {"node": node, "label": info["label"], "kind": info["kind"], "outgoing": outgoing, "incoming": incoming}


def cmd_refs(args) -> int:
    store, node, code = _open_node(args)
    if node is None:
        return code
    _ensure_graph(store)
    data = refs_json(store, node)
    if args.json:
        print_json(data)
        return 0
    print(f"{data['label']}  [{node}]")
    for title, group, arrow in (("Quan hệ đi", data["outgoing"], "→"), ("Quan hệ đến", data["incoming"], "←")):
        print(f"\n{title}:")
        if not group:
            print("  (không có)")
        for etype, items in group.items():
            print(f"  {EDGE_LABELS.get(etype, etype)} ({etype}): {len(items)}")
            for it in items[:50]:
                extra = f" từ {it['effective']}" if it.get("effective") else ""
                via = "" if it["src"] == node or it["dst"] == node else \
                    f"  (tại {it['src'] if arrow == '→' else it['dst']})"
                print(f"    {arrow} {it['other_label']}{extra}{via}")
            if len(items) > 50:
                print(f"    … và {len(items) - 50} quan hệ khác (dùng --json để xem đủ)")
    return 0


# ---------------------------------------------------------------------------


def to_dot(g) -> str:
    """Graphviz source for a neighbourhood (no pydot needed)."""
    colours = {"cites": "gray40", "details": "blue", "implements": "steelblue", "related": "darkgreen",
               "based_on": "purple", "amends": "red", "supplements": "orange", "repeals": "black",
               "replaces": "brown", "contains": "gray80"}
    shapes = {"document": "box3d", "article": "box", "external": "note"}

    def q(s: str) -> str:
        return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = ["digraph dccs {", '  graph [rankdir=LR, fontname="DejaVu Sans"];',
             '  node [fontname="DejaVu Sans", fontsize=10, style=rounded];',
             '  edge [fontname="DejaVu Sans", fontsize=8];']
    for n, a in g.nodes(data=True):
        label = a.get("label", n)
        if len(label) > 70:
            label = label[:67] + "…"
        lines.append(f"  {q(n)} [label={q(label)}, shape={shapes.get(a.get('kind'), 'ellipse')}];")
    for u, v, k, a in g.edges(keys=True, data=True):
        t = a.get("type", k)
        extra = f"\\n{a['effective']}" if a.get("effective") else ""
        lines.append(f"  {q(u)} -> {q(v)} [label={q(EDGE_LABELS.get(t, t) + extra)}, color={colours.get(t, 'black')}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


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
        from networkx.readwrite import json_graph

        data = json_graph.node_link_data(g, edges="edges")
        data["center"] = node
        out = json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
    else:
        out = to_dot(g)
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
        data = {"node": node, "label": label, "events": [
            {"date": e.date, "kind": e.kind, "text": e.text, "scope": e.scope, "by": e.by, "mark": e.mark,
             "source": e.source, "wording_in_corpus": e.wording_in_corpus, "uncertain": e.uncertain}
            for e in events]}
        if pit is not None:
            data["as_of"] = {"date": pit.as_of, "status": pit.status, "in_force": pit.in_force,
                             "text_is_current": pit.text_is_current, "notices": list(pit.notices)}
        print_json(data)
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
