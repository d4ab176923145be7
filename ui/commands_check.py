"""`dccs check`: review a draft, a plan or a report against the knowledge base.

Exit codes: 0 no finding of severity «lỗi»; 1 at least one «lỗi»; 2 bad
input or usage (unreadable or empty file, unknown type, bad date, broken
rule file, ``-o`` naming an input, a report that cannot be written); 3 the
knowledge base cannot be used (see ``ui/cli.py``). A folder is checked file
by file: one bad file is reported and the others are still checked; Word
reports mirror the folder's tree, so ``a/x.txt`` and ``b/x.txt`` never write
over each other. Reports are written atomically (``ui.common.write_atomic``).
The checking and the rendering are the library's (``checker.engine.check_upload`` /
``check_many``, ``checker.render.report_bytes``), the same calls the web app makes.
"""
from __future__ import annotations

import sys
from pathlib import Path

from checker.basis import BasisResolver
from checker.engine import check_many, check_upload, files_in, parse_as_of, type_choices
from checker.render import FORMATS, batch_dict, render, report_bytes, to_dict
from checker.rules import RuleError, catalogue, check_basis, unresolved_basis
from kb.serialize import dumps
from kb.store import KBError
from pipeline.ingest import CorpusMissing
from ui.common import fail, open_store, print_json, same_file, write_atomic


def register(sub, parent) -> None:
    p = sub.add_parser(
        "check", parents=[parent], help="kiểm tra văn bản (dự thảo nghị quyết, quy chế, hương ước, kế hoạch, báo cáo)",
        description="Kiểm tra một tệp hoặc mọi tệp trong thư mục; in các lỗi, cảnh báo, gợi ý kèm căn cứ pháp lý. "
                    "Mã thoát: 0 không có lỗi, 1 có lỗi, 2 đầu vào hoặc tùy chọn sai.")
    p.add_argument("path", metavar="TỆP|THƯ_MỤC")
    p.add_argument("--type", dest="doc_type", metavar="LOẠI",
                   help="loại văn bản (mặc định: tự nhận dạng): nghi_quyet_bien_phap, quy_che_xa, quy_che_co_quan, "
                        "quy_che_doanh_nghiep, huong_uoc, ke_hoach, bao_cao; quy chế của doanh nghiệp, tổ chức có "
                        "sử dụng lao động: chủ sở hữu đọc từ văn bản, hoặc chỉ định quy_che_doanh_nghiep:nha_nuoc / "
                        "quy_che_doanh_nghiep:ngoai_nha_nuoc")
    p.add_argument("--as-of", metavar="ban-hanh|hom-nay|YYYY-MM-DD",
                   help="kiểm tra theo pháp luật có hiệu lực tại ngày nào: ban-hanh (ngày của văn bản: ngày ban "
                        "hành; với hương ước là ngày UBND xã công nhận), hom-nay, hoặc một ngày (YYYY-MM-DD hay "
                        "DD/MM/YYYY). Mặc định: ngày của văn bản nếu văn bản đã ban hành và ghi đủ ngày, "
                        "nếu không (dự thảo) thì hôm nay")
    p.add_argument("--format", default="text", metavar="|".join(FORMATS),
                   help="định dạng báo cáo: text (mặc định), json, md, html, docx (tệp Word có chú thích)")
    p.add_argument("-o", "--output", metavar="TỆP", help="ghi kết quả ra tệp (thư mục khi kiểm tra cả thư mục với docx)")
    p.add_argument("--json", dest="format", action="store_const", const="json",
                   help="như --format json (cùng tùy chọn với các lệnh khác)")
    p.set_defaults(func=cmd_check)


def _validate(args) -> str | None:
    if args.format not in FORMATS:
        return f"định dạng «{args.format}» không hỗ trợ; chọn một trong: {', '.join(FORMATS)}"
    if args.doc_type and args.doc_type not in type_choices():
        return f"loại văn bản «{args.doc_type}» không có; chọn một trong: {', '.join(type_choices())}"
    try:
        args.as_of = parse_as_of(args.as_of)
    except ValueError as exc:
        return str(exc)
    if not Path(args.path).exists():
        return f"{args.path}: không tồn tại"
    return None


def _write(text: str, output: str | None) -> None:
    if output:
        write_atomic(output, text)
        print(f"Đã ghi kết quả vào {output}", file=sys.stderr)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _docx_out(path: Path, output: str | None, directory: bool) -> Path:
    name = f"{path.stem}.kiem-tra.docx"
    if output:
        out = Path(output)
        return out / name if directory or out.is_dir() else out
    return Path.cwd() / name


def docx_targets(files: list[Path], root: Path, output: str | None) -> dict[Path, Path]:
    """Word report of each file of a folder, mirroring the folder's tree under ``output``
    (or the current folder): ``root/a/x.txt`` → ``OUT/a/x.kiem-tra.docx``. Two files of
    one folder with the same stem (``x.txt``, ``x.pdf``) keep their suffix in the name."""
    base = Path(output) if output else Path.cwd()
    out: dict[Path, Path] = {}
    stems: dict[tuple[Path, str], int] = {}
    for f in files:
        rel = f.relative_to(root) if f.is_relative_to(root) else Path(f.name)
        stems[(rel.parent, f.stem)] = stems.get((rel.parent, f.stem), 0) + 1
    for f in files:
        rel = f.relative_to(root) if f.is_relative_to(root) else Path(f.name)
        name = f.stem if stems[(rel.parent, f.stem)] == 1 else f"{f.stem}{f.suffix.replace('.', '-')}"
        out[f] = base / rel.parent / f"{name}.kiem-tra.docx"
    return out


def _overwrites_input(outputs: list[Path], inputs: list[Path]) -> Path | None:
    """The first input an output would replace (``-o`` naming the draft itself)."""
    for o in outputs:
        for i in inputs:
            if same_file(o, i):
                return i
    return None


def _output_problem(args) -> str | None:
    """``-o`` must never name an input: refused before any work is done."""
    target = Path(args.path)
    if target.is_dir():
        files = files_in(target)
        outputs = list(docx_targets(files, target, args.output).values()) if args.format == "docx" else (
            [Path(args.output)] if args.output else [])
    else:
        files = [target]
        outputs = [_docx_out(target, args.output, False)] if args.format == "docx" else (
            [Path(args.output)] if args.output else [])
    clash = _overwrites_input(outputs, files)
    if clash is not None:
        return (f"-o {args.output or outputs[0]} sẽ ghi đè lên tệp đầu vào {clash}: hãy chọn tệp hoặc thư mục "
                "khác cho báo cáo.")
    return None


def _basis_problem(store, args) -> int | None:
    """Every finding quotes its basis: a rule citing a provision the knowledge base does not
    hold is refused (exit 2, naming file and rule); a base holding none of them is unusable
    for checking (exit 3: built from a partial corpus)."""
    rules = catalogue()
    resolver = BasisResolver(store, args.as_of)
    resolve = resolver.resolve
    total = sum(len(r.basis) for r in rules)
    if total and len(unresolved_basis(rules, resolve)) == total:
        return fail(f"cơ sở dữ liệu tri thức {store.path} không có văn bản pháp luật nào mà các quy tắc trích "
                    "dẫn (Luật 10/2022/QH15, Nghị định 59/2023/NĐ-CP, 61/2023/NĐ-CP …): hãy chạy 'dccs ingest' "
                    "với kho văn bản nguồn đầy đủ.", 3)
    try:
        check_basis(rules, resolve, resolver.holds_document)
    except RuleError as exc:
        return fail(f"tệp quy tắc không hợp lệ — {exc}")
    return None


def cmd_check(args) -> int:
    problem = _validate(args) or _output_problem(args)
    if problem:
        return fail(problem)
    try:
        catalogue()
    except RuleError as exc:
        return fail(f"tệp quy tắc không hợp lệ — {exc}")
    try:
        store = open_store(args, ensure=True)
    except (KBError, CorpusMissing) as exc:
        return fail(str(exc), getattr(exc, "exit_code", 2))
    problem = _basis_problem(store, args)
    if problem:
        return problem
    target = Path(args.path)
    if target.is_dir():
        return _check_dir(target, store, args)
    out_path = _docx_out(target, args.output, False) if args.format == "docx" else (
        Path(args.output) if args.output else None)
    checked = check_upload(target, store, doc_type=args.doc_type, as_of=args.as_of)
    if not checked.ok:
        return fail(f"{checked.source}: {checked.problem}")
    report = checked.report
    if args.format == "docx":
        write_atomic(out_path, report_bytes(report, "docx", checked.loaded))
        print(f"Đã ghi {out_path} ({len(report.findings)} chú thích). Tổng hợp: "
              + ", ".join(f"{v} {k}" for k, v in report.summary().items()), file=sys.stderr)
    elif args.format == "json" and not args.output:
        print_json(to_dict(report))
    else:
        _write(render(report, args.format), args.output)
    return report.exit_code


def _check_dir(directory: Path, store, args) -> int:
    files = files_in(directory)
    if not files:
        return fail(f"{directory}: không có tệp nào để kiểm tra (.txt, .md, .docx, .pdf, .html)")
    targets = docx_targets(files, directory, args.output) if args.format == "docx" else {}
    results = []
    for path, c in zip(files, check_many(files, store, doc_type=args.doc_type, as_of=args.as_of)):
        if not c.ok:
            print(f"Lỗi: {c.source}: {c.problem}", file=sys.stderr)
        results.append((path, c))
    bad = any(not c.ok for _, c in results)
    any_error = any(c.ok and c.report.exit_code for _, c in results)
    if args.format == "docx":
        for path, c in results:
            if not c.ok:
                continue
            out = targets[path]
            out.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(out, report_bytes(c.report, "docx", c.loaded))
            print(f"Đã ghi {out}", file=sys.stderr)
    elif args.format == "json":
        data = batch_dict(c for _, c in results)
        if args.output:
            _write(dumps(data), args.output)
        else:
            print_json(data)
    else:
        parts = []
        for p, c in results:
            if not c.ok:
                parts.append(f"KHÔNG KIỂM TRA ĐƯỢC: {p}: {c.problem}\n")
            else:
                parts.append(render(c.report, args.format))
        sep = "\n" + ("=" * 78 if args.format == "text" else "<hr>" if args.format == "html" else "---") + "\n"
        summary = [f"\nTỔNG HỢP {len(results)} tệp:"]
        for p, c in results:
            summary.append(f"  {p}: " + ("không đọc được" if not c.ok else
                                         ", ".join(f"{v} {k}" for k, v in c.report.summary().items())))
        _write(sep.join(parts) + ("\n".join(summary) + "\n" if args.format == "text" else ""), args.output)
    return 2 if bad else 1 if any_error else 0
