"""`dccs ingest` and `dccs show`: building the knowledge base and reading it."""
from __future__ import annotations

import sys
from pathlib import Path

from kb.citations.labels import doc_label
from kb.citations.parse import parse_citation
from kb.citations.resolve import Resolver
from kb.provision import document_info, provision_info
from kb.store import KBError, Store
from pipeline.ingest import CorpusMissing, default_sources, ingest
from ui.common import bad_utf8, fail, kb_path, open_store, print_json
from ui.progress import ProgressBar


def register(sub, parent) -> None:
    p = sub.add_parser("ingest", parents=[parent], help="nạp văn bản vào cơ sở dữ liệu tri thức",
                       description="Nạp tệp hoặc thư mục (mặc định: phapdien/ và seeds/ của kho nguồn).")
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--force", action="store_true", help="nạp lại cả tệp không thay đổi")
    p.add_argument("--quiet", action="store_true", help="không in bảng tổng hợp từng tệp")
    p.add_argument("--json", action="store_true",
                   help="in kết quả từng tệp dạng JSON (tổng hợp in ra stderr)")
    p.set_defaults(func=cmd_ingest)

    s = sub.add_parser("show", parents=[parent], help="hiển thị một điều, khoản, điểm",
                       description='Ví dụ: dccs show "điểm c khoản 1 Điều 3 Nghị định 59/2023/NĐ-CP"')
    s.add_argument("citation")
    s.add_argument("--json", action="store_true")
    s.add_argument("--as-of", metavar="YYYY-MM-DD", help="tình trạng hiệu lực tại ngày")
    s.set_defaults(func=cmd_show)


def cmd_ingest(args) -> int:
    try:
        paths = args.paths or default_sources()
    except CorpusMissing as exc:
        return fail(str(exc))
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        return fail("không tồn tại: " + ", ".join(missing))
    try:
        store = Store(kb_path(args))
    except KBError as exc:
        return fail(str(exc), exc.exit_code)
    reports = ingest(store, paths, force=args.force, progress=ProgressBar())
    rejected = [r for r in reports if r.state == "rejected"]
    if args.json:
        print_json(reports)
    elif not args.quiet:
        print(f"{'Tệp':60} {'VB':>4} {'Điều':>6} {'Khoản':>6} {'C.báo':>5}  Tình trạng")
        for r in reports:
            name = r.path if len(r.path) <= 60 else "…" + r.path[-59:]
            state = {"ok": "đã nạp", "unchanged": "không đổi", "rejected": "TỪ CHỐI: " + r.problem}[r.state]
            print(f"{name:60} {r.documents:4d} {r.articles:6d} {r.clauses:6d} {r.warnings:5d}  {state}")
    total = store.counts()
    print(f"Tổng: {len(reports)} tệp ({len(rejected)} bị từ chối); cơ sở dữ liệu có "
          f"{total['documents']} văn bản, {total['articles']} điều, {total['units']} đơn vị. "
          f"Tệp: {store.path}", file=sys.stderr if args.json else sys.stdout)
    for r in reports:
        for note in r.kept_apart:
            print(f"Lưu riêng {r.path}: {note}", file=sys.stderr)
    for r in rejected:
        print(f"Từ chối {r.path}: {r.problem}", file=sys.stderr)
    return 1 if rejected else 0


def cmd_show(args) -> int:
    bad = bad_utf8(args.citation)
    if bad:
        return fail(f"trích dẫn «{bad}» có byte không phải UTF-8 (bảng mã của terminal không phải "
                    "UTF-8?): hãy gõ lại trích dẫn bằng chữ Unicode.")
    try:
        store = open_store(args)
    except KBError as exc:
        return fail(str(exc), exc.exit_code)
    cit = parse_citation(args.citation)
    if cit is None:
        return fail(f"không hiểu trích dẫn «{args.citation}». Ví dụ: "
                    "«khoản 2 Điều 6 Nghị định 61/2023/NĐ-CP».")
    res = Resolver(store).resolve(cit)
    if res.problem or res.unit is None and res.doc is None:
        print(f"Không tìm thấy: {res.problem}", file=sys.stderr)
        return 1
    if res.unit is None:  # a whole document
        info = document_info(store, res.doc, args.as_of)
        if args.json:
            print_json(info)
            return 0
        print(f"{doc_label(res.doc)} — {info.title}")
        print(f"Cơ quan ban hành: {info.issuer or '?'}; ngày ban hành: {info.issued or '?'}; "
              f"hiệu lực: {info.effective or '?'}; tình trạng tại ngày {info.as_of}: {info.status}")
        for n in info.notices or info.status_notes:
            print(f"  ! {n}")
        for a in info.articles:
            print(f"  Điều {a.article}. {a.title}")
        return 0
    data = provision_info(store, res.unit, res.doc, args.as_of)
    if args.json:
        print_json(data)
        return 0
    print(data.citation)
    print(f"{res.doc.title} | Điều {data.article}. {data.title}")
    meta = [f"tình trạng: {data.status}"]
    if data.phapdien_id:
        meta.append(f"mã pháp điển: {data.phapdien_id}")
    if data.effective:
        meta.append(f"hiệu lực từ: {data.effective}")
    print("(" + "; ".join(meta) + ")")
    for n in data.notices or data.status_notes:
        print(f"  ! {n}")
    for a in data.amendments:
        print(f"  ! {', '.join(a.kinds)} bởi Điều {a.by_article} {a.by_doc} từ {a.effective}")
    print()
    if data.text_in_force is not None:
        print(f"[Nội dung đang có hiệu lực tại ngày {data.as_of}, theo văn bản sửa đổi đã nạp]")
        print(data.text_in_force)
        print()
        print("[Nội dung trong pháp điển, trước khi sửa đổi]")
    elif data.text_is_current is not True:
        state = "chưa rõ có còn là nội dung đang có hiệu lực" if data.text_is_current is None \
            else "KHÔNG phải nội dung áp dụng"
        print(f"[Nội dung trong cơ sở dữ liệu — {state} tại ngày {data.as_of}; xem các lưu ý ở trên]")
    print(data.text)
    return 0
