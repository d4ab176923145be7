"""`dccs ingest` and `dccs show`: building the knowledge base and reading it."""
from __future__ import annotations

import sys
from pathlib import Path

from kb.citations.labels import citation_label, doc_label, full_text
from kb.citations.parse import parse_citation
from kb.citations.resolve import Resolver
from kb.facts import status_as_of
from kb.model import ProvisionId
from kb.serialize import unit_label
from kb.store import KBError, Store
from ui.common import bad_utf8, fail, kb_path, open_store, print_json


def register(sub, parent) -> None:
    p = sub.add_parser("ingest", parents=[parent], help="nạp văn bản vào cơ sở dữ liệu tri thức",
                       description="Nạp tệp hoặc thư mục (mặc định: phapdien/ và seeds/ của kho nguồn).")
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--force", action="store_true", help="nạp lại cả tệp không thay đổi")
    p.add_argument("--quiet", action="store_true", help="không in bảng tổng hợp từng tệp")
    p.set_defaults(func=cmd_ingest)

    s = sub.add_parser("show", parents=[parent], help="hiển thị một điều, khoản, điểm",
                       description='Ví dụ: dccs show "điểm c khoản 1 Điều 3 Nghị định 59/2023/NĐ-CP"')
    s.add_argument("citation")
    s.add_argument("--json", action="store_true")
    s.add_argument("--as-of", metavar="YYYY-MM-DD", help="tình trạng hiệu lực tại ngày")
    s.set_defaults(func=cmd_show)


def cmd_ingest(args) -> int:
    from pipeline.ingest import CorpusMissing, default_sources, ingest
    from ui.progress import ProgressBar

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
    if not args.quiet:
        print(f"{'Tệp':60} {'VB':>4} {'Điều':>6} {'Khoản':>6} {'C.báo':>5}  Tình trạng")
        for r in reports:
            name = r.path if len(r.path) <= 60 else "…" + r.path[-59:]
            state = {"ok": "đã nạp", "unchanged": "không đổi", "rejected": "TỪ CHỐI: " + r.problem}[r.state]
            print(f"{name:60} {r.documents:4d} {r.articles:6d} {r.clauses:6d} {r.warnings:5d}  {state}")
    total = store.counts()
    print(f"Tổng: {len(reports)} tệp ({len(rejected)} bị từ chối); cơ sở dữ liệu có "
          f"{total['documents']} văn bản, {total['articles']} điều, {total['units']} đơn vị. "
          f"Tệp: {store.path}")
    for r in reports:
        for note in r.kept_apart:
            print(f"Lưu riêng {r.path}: {note}", file=sys.stderr)
    for r in rejected:
        print(f"Từ chối {r.path}: {r.problem}", file=sys.stderr)
    return 1 if rejected else 0


def unit_json(store, res, as_of: str | None = None) -> dict:
    from kb.timeline import point_in_time

    unit, doc = res.unit, res.doc
    pid = ProvisionId.of(unit)
    art, clause, point = pid.article, pid.clause, pid.point
    article_unit = store.unit(str(pid.article_id())) if art else None
    status = status_as_of(doc.doc_id, doc.kind, doc.effective, as_of)
    pit = point_in_time(store, unit.uid, as_of)
    return {
        "doc": doc.number or doc.doc_id,
        "doc_type": doc.doc_type,
        "doc_title": doc.title,
        "article": unit_label(art),
        "clause": unit_label(clause),
        "point": point,
        "uid": unit.uid,
        "citation": citation_label(unit, doc),
        "title": article_unit.title if article_unit else unit.title,
        "text": full_text(store, unit),
        "phapdien_id": article_unit.phapdien_code if article_unit else None,
        "status": pit.status,
        "status_notes": list(status.notes),
        "as_of": pit.as_of,
        "in_force": pit.in_force,
        "text_is_current": pit.text_is_current,
        "notices": list(pit.notices),
        "text_in_force": pit.text_in_force,
        "effective": (article_unit.effective if article_unit else None) or doc.effective,
        "amendments": [a.__dict__ for a in (article_unit.amendments if article_unit else ())],
        "source": unit.source_path,
        "source_line": unit.source_line,
    }


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
        doc = res.doc
        arts = store.units_of(doc.doc_id, "article")
        status = status_as_of(doc.doc_id, doc.kind, doc.effective, args.as_of)
        from kb.timeline import point_in_time

        pit = point_in_time(store, doc.doc_id, args.as_of)
        if args.json:
            print_json({"doc": doc.number or doc.doc_id, "doc_type": doc.doc_type, "title": doc.title,
                        "issuer": doc.issuer, "issued": doc.issued, "effective": doc.effective,
                        "status": pit.status, "status_notes": list(status.notes), "as_of": pit.as_of,
                        "in_force": pit.in_force, "notices": list(pit.notices),
                        "articles": [{"article": unit_label(a.label), "title": a.title} for a in arts]})
            return 0
        print(f"{doc_label(doc)} — {doc.title}")
        print(f"Cơ quan ban hành: {doc.issuer or '?'}; ngày ban hành: {doc.issued or '?'}; "
              f"hiệu lực: {doc.effective or '?'}; tình trạng tại ngày {pit.as_of}: {pit.status}")
        for n in pit.notices or status.notes:
            print(f"  ! {n}")
        for a in arts:
            print(f"  Điều {a.label}. {a.title}")
        return 0
    data = unit_json(store, res, args.as_of)
    if args.json:
        print_json(data)
        return 0
    print(data["citation"])
    print(f"{res.doc.title} | Điều {data['article']}. {data['title']}")
    meta = [f"tình trạng: {data['status']}"]
    if data["phapdien_id"]:
        meta.append(f"mã pháp điển: {data['phapdien_id']}")
    if data["effective"]:
        meta.append(f"hiệu lực từ: {data['effective']}")
    print("(" + "; ".join(meta) + ")")
    for n in data["notices"] or data["status_notes"]:
        print(f"  ! {n}")
    for a in data["amendments"]:
        print(f"  ! {', '.join(a['kinds'])} bởi Điều {a['by_article']} {a['by_doc']} từ {a['effective']}")
    print()
    if data["text_in_force"] is not None:
        print(f"[Nội dung đang có hiệu lực tại ngày {data['as_of']}, theo văn bản sửa đổi đã nạp]")
        print(data["text_in_force"])
        print()
        print("[Nội dung trong pháp điển, trước khi sửa đổi]")
    elif data["text_is_current"] is not True:
        state = "chưa rõ có còn là nội dung đang có hiệu lực" if data["text_is_current"] is None \
            else "KHÔNG phải nội dung áp dụng"
        print(f"[Nội dung trong cơ sở dữ liệu — {state} tại ngày {data['as_of']}; xem các lưu ý ở trên]")
    print(data["text"])
    return 0
