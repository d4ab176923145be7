"""`dccs learn`: study sheets, quizzes and answer-key checks for trainers (kb.learning)."""
from __future__ import annotations

import csv
import io
import sys
from datetime import date
from pathlib import Path

from kb.escape import csv_cell
from kb.learning import export
from kb.learning.provisions import scope_for_citations, scope_for_topic
from kb.learning.quiz import FILL_IN, MULTIPLE_CHOICE, TRUE_FALSE, make_quiz
from kb.learning.sheet import build_sheet
from kb.learning.verify import KeyFileError, read_key, verify_key
from kb.serialize import dumps
from kb.store import KBError
from ui.common import fail, open_store, print_json

TYPE_NAMES = {"mc": MULTIPLE_CHOICE, "tn": MULTIPLE_CHOICE, "tf": TRUE_FALSE, "ds": TRUE_FALSE,
              "fill": FILL_IN, "dien": FILL_IN}
MAX_QUESTIONS = 200


def register(sub, parent) -> None:
    p = sub.add_parser(
        "learn", parents=[parent], help="tài liệu học tập, câu hỏi ôn tập, kiểm tra đáp án",
        description="Ví dụ: dccs learn --topic \"Ban Thanh tra nhân dân\" --format html -o btt.html; "
                    "dccs learn --cite \"Nghị định 59/2023/NĐ-CP\" --questions 30 --format json; "
                    "dccs learn --verify dap-an.csv")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--topic", metavar="CHỦ ĐỀ", help="chủ đề, ví dụ «hương ước», «hội nghị định kỳ»")
    what.add_argument("--cite", metavar="TRÍCH DẪN", nargs="+",
                      help="một hoặc nhiều trích dẫn: văn bản, điều, khoản, điểm")
    what.add_argument("--verify", metavar="KEY.csv",
                      help="kiểm tra tệp đáp án CSV (cột: câu hỏi, đáp án, căn cứ) với cơ sở dữ liệu")
    p.add_argument("--questions", type=int, default=10, metavar="N", help="số câu hỏi (mặc định 10; 0: không tạo)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="mã đề: cùng mã đề cho cùng bộ câu hỏi")
    p.add_argument("--types", default="mc,tf,fill", metavar="LOẠI",
                   help="loại câu hỏi: mc (trắc nghiệm), tf (đúng/sai), fill (điền khuyết); mặc định cả ba")
    p.add_argument("--format", choices=export.FORMATS, default="md",
                   help="md (mặc định), html, pdf (để in); csv, json (câu hỏi, để nhập vào phần mềm thi)")
    p.add_argument("-o", "--output", metavar="TỆP", help="ghi ra tệp (bắt buộc với pdf)")
    p.add_argument("--json", dest="format", action="store_const", const="json", help="như --format json")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="tình trạng hiệu lực tại ngày")
    p.add_argument("--max-articles", type=int, default=30, metavar="N", help="số điều tối đa của một chủ đề")
    p.set_defaults(func=cmd_learn)


def _mix(spec: str) -> dict[str, int] | None:
    mix: dict[str, int] = {}
    for name in (s.strip().lower() for s in spec.split(",") if s.strip()):
        if name not in TYPE_NAMES:
            return None
        mix[TYPE_NAMES[name]] = 2 if TYPE_NAMES[name] == MULTIPLE_CHOICE else 1
    return mix or None


def _write(text: str, output: str | None, fmt: str) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8-sig" if fmt == "csv" else "utf-8")
        print(f"Đã ghi {output}", file=sys.stderr)
    else:
        sys.stdout.write(text)


def cmd_learn(args) -> int:
    if not 0 <= args.questions <= MAX_QUESTIONS:
        return fail(f"--questions phải từ 0 đến {MAX_QUESTIONS}.")
    mix = _mix(args.types)
    if mix is None:
        return fail(f"--types không hợp lệ: «{args.types}». Dùng mc, tf, fill, cách nhau bằng dấu phẩy.")
    if args.as_of:
        try:
            date.fromisoformat(args.as_of)
        except ValueError:
            return fail(f"--as-of «{args.as_of}» không phải ngày dạng YYYY-MM-DD.")
    if args.format == "pdf" and not args.output:
        return fail("xuất PDF cần --output TỆP.pdf.")
    if args.output and Path(args.output).parent and not Path(args.output).expanduser().resolve().parent.is_dir():
        return fail(f"thư mục của {args.output} không tồn tại.")
    try:
        store = open_store(args)
    except KBError as exc:
        return fail(str(exc), exc.exit_code)
    if args.verify:
        return _verify(store, args)
    if args.format in ("csv", "json") and args.questions == 0:
        return fail("định dạng csv/json chứa câu hỏi: cần --questions lớn hơn 0.")
    if args.topic is not None and not args.topic.strip():
        return fail("--topic rỗng.")
    scope = (scope_for_topic(store, args.topic, max_articles=args.max_articles) if args.topic
             else scope_for_citations(store, args.cite))
    for problem in scope.problems:
        print(f"Lưu ý: {problem}", file=sys.stderr)
    if not scope.units:
        return fail("không có quy định nào để lập học liệu.", 1)
    quiz = make_quiz(store, scope, args.questions, args.seed, mix) if args.questions else None
    if quiz is not None:
        for problem in quiz.problems[len(scope.problems):]:
            print(f"Lưu ý: {problem}", file=sys.stderr)
    if args.format == "json":
        _write(export.quiz_to_json(quiz), args.output, "json")
    elif args.format == "csv":
        _write(export.quiz_to_csv(quiz), args.output, "csv")
    else:
        sheet = build_sheet(store, scope, args.as_of)
        if args.format == "md":
            _write(export.to_markdown(sheet, quiz), args.output, "md")
        elif args.format == "html":
            _write(export.to_html(sheet, quiz), args.output, "html")
        else:
            try:
                export.write_pdf(export.to_html(sheet, quiz), Path(args.output))
            except export.ExportError as exc:
                return fail(str(exc))
            print(f"Đã ghi {args.output}", file=sys.stderr)
    return 1 if scope.problems else 0


def _verify(store, args) -> int:
    try:
        rows = read_key(args.verify)
    except KeyFileError as exc:
        return fail(str(exc))
    verdicts = verify_key(store, rows)
    flagged = [v for v in verdicts if v.flagged]
    if args.format == "json":
        if args.output:
            _write(dumps([v.as_dict() for v in verdicts]) + "\n", args.output, "json")
        else:
            print_json([v.as_dict() for v in verdicts])
    elif args.format == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["dòng", "stt", "câu hỏi", "đáp án", "căn cứ", "kết quả", "giải thích", "căn cứ quy định",
                    "trích căn cứ"])
        for v in verdicts:
            w.writerow([csv_cell(c) for c in (
                v.row.line, v.row.id, v.row.question, v.row.written_answer, v.basis or v.row.citation,
                v.status, v.message, v.expected or "", v.evidence)])
        _write(buf.getvalue(), args.output, "csv")
    elif args.format in ("md", "html", "pdf"):
        if args.format != "md":
            return fail("kết quả kiểm tra đáp án xuất dưới dạng md, csv hoặc json.")
        lines = [f"Kiểm tra {args.verify}: {len(verdicts)} câu, {len(flagged)} câu cần xem lại.", ""]
        for v in verdicts:
            mark = "✗" if v.flagged else ("?" if v.status == "chưa kiểm được" else "✓")
            lines.append(f"{mark} Câu {v.row.id} (dòng {v.row.line}) — {v.status}: {v.message}")
            lines.append(f"    Đáp án: {v.row.written_answer}" + (f" ({v.row.answer})" if v.row.answer != v.row.written_answer else ""))
            lines.append(f"    Căn cứ: {v.basis or v.row.citation}")
            if v.evidence:
                lines.append(f"    Trích: “{v.evidence}”")
        _write("\n".join(lines) + "\n", args.output, "md")
    return 1 if flagged else 0
