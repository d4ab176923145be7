"""Hostile input and faults (issue 12): each case replayed, plus a small fuzz run.

Every case asserts a clear outcome — a result, or a Vietnamese message naming the file
and an exit code kept apart (0 no lỗi, 1 lỗi, 2 bad input/usage, 3 knowledge base
unusable) — never a traceback, in bounded time and memory. The command line runs in a
subprocess where the exit code or a traceback on stderr is what is tested. Faults of the
file system (read-only, full disk) use a private mount namespace (``unshare -rm``) and are
skipped where the machine does not allow one.
"""
from __future__ import annotations

import io
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker.render import to_html, to_markdown, to_text
from checker.rules import RuleError, load_rules, template_problem
from corpus import loader
from corpus.loader import SourceError, load_bytes
from corpus.official import parse_official, unwrap
from kb.escape import csv_cell, html_text, md_inline, md_quote, terminal, url_param
from pipeline.ingest import ingest
from kb.store import KBError, KBUnusable, Store
from tests.conftest import PROJECT
from tests.test_formats import _docx as formats_docx
from ui.common import write_atomic

SAMPLES = PROJECT / "corpus" / "samples"
DRAFT = SAMPLES / "huong_uoc_loi.txt"
INJECTION = "![a](http://127.0.0.1:9999/t.png) <script>alert(1)</script> [x](javascript:alert(1))"
#: The same attack inside one sentence of a draft (the sentence splitter stops at "!" and "t.").
IN_DRAFT = '<img src="http://127.0.0.1:9999/t"> [bấm](http://127.0.0.1:9999/x) <script>alert(1)</script>'


def cli(*args: str, env: dict | None = None, cwd: Path | None = None, timeout: float = 120,
        prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    e = {**os.environ, "PYTHONPATH": str(PROJECT), **(env or {})}
    return subprocess.run([*prefix, sys.executable, "-m", "ui.cli", *args], capture_output=True,
                          env=e, cwd=cwd, timeout=timeout)


def run_main(capsys, *args: str) -> tuple[int, str]:
    """The command line in this process (warm caches): exit code and stderr."""
    from ui.cli import main

    capsys.readouterr()
    rc = main([str(a) for a in args])
    return rc, capsys.readouterr().err


def err(p: subprocess.CompletedProcess) -> str:
    text = p.stderr.decode("utf-8", "replace")
    assert "Traceback" not in text, text[-2000:]
    return text


def can_unshare() -> bool:
    if not shutil.which("unshare"):
        return False
    return subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode == 0


needs_unshare = pytest.mark.skipif(not can_unshare(), reason="no private mount namespace (unshare -rm)")


@pytest.fixture(scope="module")
def small_kb(tmp_path_factory) -> Path:
    """A knowledge base of two sample drafts: enough to open, fast to copy and to damage."""
    path = tmp_path_factory.mktemp("small") / "kb.sqlite"
    with Store(path) as s:
        ingest(s, [SAMPLES / "huong_uoc_loi.txt", SAMPLES / "ke_hoach_loi.txt"])
    return path


# -- 3. injection: one escaping policy ----------------------------------------------------

def commonmark(text: str) -> str:
    """Render Markdown the way a viewer would (CommonMark, raw HTML allowed)."""
    markdown_it = pytest.importorskip("markdown_it")
    return markdown_it.MarkdownIt("commonmark").render(text)


def test_escape_policy_examples():
    html = commonmark(md_inline(INJECTION + " <http://a.b> *b* $x$"))
    assert "<img" not in html and "<script" not in html and "<a " not in html and "<em>" not in html
    assert "![a](http://127.0.0.1:9999/t.png)" in html and "&lt;script&gt;" in html  # shown as text
    quoted = commonmark(md_quote("a\n> b\n![i](u)\n# h"))
    assert quoted.count("<blockquote>") == 1 and "<img" not in quoted and "<h1>" not in quoted
    assert html_text('<img src=x onerror="a">') == "&lt;img src=x onerror=&quot;a&quot;&gt;"
    for formula in ('=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\t=1"):
        assert csv_cell(formula).startswith("'"), formula
    assert csv_cell("Điều 5 - khoản 1") == "Điều 5 - khoản 1"
    assert terminal("a\x1b[2J\x07b\u202e") == "a\\x1b[2J\\x07b\\u202e"
    assert url_param(["x\x00y" + "z" * 900]) == "xy" + "z" * 498 and url_param("  ") is None


@pytest.fixture(scope="module")
def injected_report(kb_path, tmp_path_factory):
    from checker.engine import check_text

    lines = DRAFT.read_text(encoding="utf-8").splitlines()
    with Store(kb_path, readonly=True) as store:
        plain = check_text("\n".join(lines), store, doc_type="huong_uoc", as_of="2026-12-02")
        # The payload goes on every line a finding quotes, so the report must quote it.
        for f in plain.findings:
            line = lines[f.evidence.line - 1].rstrip()
            end = "." if line.endswith(".") else ""
            lines[f.evidence.line - 1] = line[:len(line) - len(end)] + " " + IN_DRAFT + end
        return check_text("\n".join(lines), store, doc_type="huong_uoc", as_of="2026-12-02",
                          source_name="inj<img src=x onerror=alert(1)>![f](http://h/f.png).txt")


def test_markdown_report_carries_no_markup_from_the_draft(injected_report):
    quoted = [f for f in injected_report.findings if IN_DRAFT in f.evidence.text + f.message]
    assert quoted, "the injected line must be quoted by at least one finding, or the test proves nothing"
    rendered = commonmark(to_markdown(injected_report))
    assert "127.0.0.1" in rendered and "&lt;script&gt;" in rendered  # quoted as text …
    assert "<img" not in rendered and "<script" not in rendered and "<a " not in rendered  # … never markup
    html = to_html(injected_report)
    assert "<script>alert" not in html and "<img src=x" not in html and "&lt;script&gt;" in html


def test_text_report_shows_control_characters(kb_path):
    from checker.engine import check_text

    text = DRAFT.read_text(encoding="utf-8").replace("Điều 1.", "Điều 1.\x1b]0;pwned\x07", 1)
    with Store(kb_path, readonly=True) as store:
        out = to_text(check_text(text, store, doc_type="huong_uoc", source_name="a\x1b[31m.txt"))
    assert "\x1b" not in out and "\\x1b[31m" in out


def test_learn_verify_csv_neutralises_formulas(kb_path, tmp_path):
    key = tmp_path / "key.csv"
    key.write_text("STT,Câu hỏi,A,B,C,D,Đáp án,Căn cứ\n"
                   '1,"=HYPERLINK(""http://127.0.0.1:9999/x"",""bấm"")",,,,,@SUM(1),'
                   "khoản 2 Điều 13 Luật 10/2022/QH15\n", encoding="utf-8")
    out = tmp_path / "v.csv"
    p = cli("learn", "--kb", str(kb_path), "--verify", str(key), "--format", "csv", "-o", str(out))
    err(p)
    assert p.returncode in (0, 1)
    import csv

    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    cells = [c for row in rows[1:] for c in row]
    assert any("HYPERLINK" in c for c in cells)
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells), cells


def test_chromium_runs_with_background_networking_off(tmp_path, monkeypatch):
    from kb.learning import export

    fake = tmp_path / "chromium"
    args_file = tmp_path / "args.txt"
    fake.write_text("#!/bin/sh\nprintf '%s\\n' \"$@\" > " + str(args_file) + "\n"
                    "for a in \"$@\"; do case $a in --print-to-pdf=*) printf '%%PDF-1.4' > \"${a#*=}\";; esac; done\n")
    fake.chmod(0o755)
    monkeypatch.setenv("DCCS_CHROMIUM", str(fake))
    export.write_pdf("<p>x</p>", tmp_path / "out.pdf")
    args = args_file.read_text().split("\n")
    for flag in ("--disable-background-networking", "--disable-component-update", "--no-first-run"):
        assert flag in args
    assert any(a.startswith("--disable-features=") and "Translate" in a for a in args)


# -- 4. silent data loss --------------------------------------------------------------------

def test_same_file_name_in_two_folders_stays_two_documents(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text("KẾ HOẠCH\nĐiều 1. Ở thư mục a\nĐiều 2. Hai\n", encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_text("KẾ HOẠCH\nĐiều 1. Ở thư mục b\nĐiều 3. Ba\n", encoding="utf-8")
    with Store(tmp_path / "kb.sqlite") as s:
        reports = ingest(s, [tmp_path / "a", tmp_path / "b"])
        docs = [d.doc_id for d in s.documents()]
        assert len(docs) == 2 and "local:x" in docs
        titles = {d: [u.title for u in s.units_of(d, "article")] for d in docs}
        assert sorted(titles.values()) == [["Ở thư mục a", "Hai"], ["Ở thư mục b", "Ba"]]
        assert sum(r.warnings for r in reports) == 1
        assert [len(r.kept_apart) for r in reports] == [0, 1] and "a/x.txt" in reports[1].kept_apart[0]
        again = ingest(s, [tmp_path / "a", tmp_path / "b"], force=True)  # ids are stable
        assert sorted(d.doc_id for d in s.documents()) == sorted(docs) and len(again) == 2
        assert [i["message"] for i in s.issues() if "không gộp" in i["message"]]


def test_documents_sharing_a_number_are_kept_apart_and_reported(tmp_path):
    for i in range(1, 4):
        (tmp_path / f"k{i}.txt").write_text(
            f"ỦY BAN NHÂN DÂN XÃ A{i}\nSố: 52/KH-UBND\nKẾ HOẠCH\nThực hiện dân chủ {i}\nI. MỤC ĐÍCH {i}\n"
            f"1. Nội dung riêng của tệp {i}.\n", encoding="utf-8")
    with Store(tmp_path / "kb.sqlite") as s:
        reports = ingest(s, [tmp_path])
        assert s.counts()["documents"] == 3 == s.counts()["sources"]
        texts = sorted(u.text for d in s.documents() for u in s.units_of(d.doc_id) if "riêng" in u.text)
        assert texts == [f"Nội dung riêng của tệp {i}." for i in range(1, 4)]
        assert [r.warnings for r in reports].count(1) == 2


def test_check_dir_docx_mirrors_the_tree_and_o_never_overwrites_an_input(kb_path, tmp_path, capsys):
    tree = tmp_path / "tree"
    for sub, sample in (("a", "huong_uoc_loi.txt"), ("b", "ke_hoach_loi.txt")):
        (tree / sub).mkdir(parents=True)
        shutil.copy(SAMPLES / sample, tree / sub / "x.txt")
    out = tmp_path / "out"
    p = cli("check", str(tree), "--format", "docx", "-o", str(out), "--kb", str(kb_path))
    err(p)
    assert p.returncode == 1
    assert sorted(str(f.relative_to(out)) for f in out.rglob("*.docx")) == ["a/x.kiem-tra.docx", "b/x.kiem-tra.docx"]
    victim = tree / "a" / "x.txt"
    before = victim.read_bytes()
    for args in (["-o", victim], ["--format", "html", "-o", tree / "a" / ".." / "a" / "x.txt"]):
        rc, text = run_main(capsys, "check", victim, *args, "--kb", kb_path)
        assert rc == 2 and "ghi đè" in text and "x.txt" in text
        assert victim.read_bytes() == before
    (tree / "a" / "x.kiem-tra.docx").write_bytes(b"PK")  # an input now: a folder check must not overwrite it
    rc, text = run_main(capsys, "check", tree, "--format", "docx", "-o", tree, "--kb", kb_path)
    assert rc == 2 and "ghi đè" in text and (tree / "a" / "x.kiem-tra.docx").read_bytes() == b"PK"


def test_report_is_written_atomically_when_the_disk_is_full(tmp_path, monkeypatch):
    target = tmp_path / "r.html"
    target.write_text("báo cáo cũ", encoding="utf-8")

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        write_atomic(target, "<html>mới</html>")
    assert target.read_text(encoding="utf-8") == "báo cáo cũ"
    assert [f.name for f in tmp_path.iterdir()] == ["r.html"]  # no temp file left behind


@needs_unshare
def test_full_disk_gives_a_message_and_no_empty_report(kb_path, tmp_path):
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    script = (f"mount -t tmpfs -o size=64k none {mnt} && head -c 56000 /dev/zero > {mnt}/fill; "
              f"{sys.executable} -m ui.cli check {DRAFT} --format html -o {mnt}/r.html --kb {kb_path}; "
              f"rc=$?; ls {mnt} >&2; exit $rc")
    p = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, timeout=120,
                       env={**os.environ, "PYTHONPATH": str(PROJECT)})
    text = err(p)
    assert p.returncode == 2 and "ổ đĩa đã đầy" in text
    assert "r.html" not in text.split()  # listing of the mount: no (0-byte) report


# -- 5. exit codes and faults of the knowledge base ---------------------------------------

def test_corrupt_knowledge_base_exits_3_naming_the_file(tmp_path, capsys):
    bad = tmp_path / "hong.sqlite"
    bad.write_bytes(b"not a database " * 4000)
    for args in (["show", "Điều 3 Nghị định 59/2023/NĐ-CP"], ["check", DRAFT], ["search", "hội nghị"],
                 ["ingest", DRAFT]):
        rc, text = run_main(capsys, *args, "--kb", bad)
        assert rc == 3 and "hong.sqlite" in text and "bị hỏng" in text, (args, text)


def test_damaged_pages_never_give_a_traceback(small_kb, tmp_path):
    rng = random.Random(12)
    size = small_kb.stat().st_size
    for run in range(2):
        copy = tmp_path / f"d{run}.sqlite"
        data = bytearray(small_kb.read_bytes())
        for _ in range(4):
            at = rng.randrange(4096, size - 4096)
            data[at:at + 2048] = rng.randbytes(2048)
        copy.write_bytes(bytes(data))
        p = cli("check", str(DRAFT), "--kb", str(copy), "--format", "json")
        err(p)
        assert p.returncode in (0, 1, 3)


def test_missing_knowledge_base_is_a_setup_step_not_a_fault(tmp_path, capsys):
    rc, text = run_main(capsys, "show", "Điều 3 Nghị định 59/2023/NĐ-CP", "--kb", tmp_path / "none.sqlite")
    assert rc == 2 and "dccs ingest" in text


@needs_unshare
def test_read_only_file_system_show_and_check_work(kb_path, tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    shutil.copy(kb_path, ro / "kb.sqlite")
    with sqlite3.connect(ro / "kb.sqlite") as c:  # as a user gets it: WAL mode, no -shm beside it
        c.execute("PRAGMA journal_mode=WAL")
    for f in ro.glob("kb.sqlite-*"):
        f.unlink()
    py = f"{sys.executable} -m ui.cli"
    script = (f"mount --bind {ro} {ro} && mount -o remount,bind,ro {ro} && "
              f"{py} show 'khoản 1 Điều 3 Nghị định 59/2023/NĐ-CP' --kb {ro}/kb.sqlite && "
              f"{py} check {SAMPLES / 'huong_uoc_sach.txt'} --kb {ro}/kb.sqlite --format json > /dev/null; "
              f"echo check=$?; {py} ingest {DRAFT} --kb {ro}/kb.sqlite; echo ingest=$?")
    p = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, timeout=180,
                       env={**os.environ, "PYTHONPATH": str(PROJECT)})
    text = err(p)
    out = p.stdout.decode()
    assert "Điều 3" in out and "check=0" in out or "check=1" in out, (out, text)
    assert "ingest=3" in out and "chỉ đọc" in text


def test_second_writer_waits_visibly_then_refuses(small_kb, tmp_path, capsys, monkeypatch):
    from kb import store as store_module

    monkeypatch.setattr(store_module, "LOCK_WAIT", 1.0)
    path = tmp_path / "lock.sqlite"
    shutil.copy(small_kb, path)
    holder = sqlite3.connect(path, isolation_level=None)  # another writer, mid-transaction
    holder.execute("BEGIN IMMEDIATE")
    try:
        t = time.perf_counter()
        rc, text = run_main(capsys, "ingest", SAMPLES / "bao_cao_loi.txt", "--kb", path)
        assert rc == 3 and "đang chờ" in text and "tiến trình khác" in text and "lock.sqlite" in text
        assert time.perf_counter() - t < 30
        with Store(path, readonly=True) as s:  # readers are not blocked by the writer
            assert s.counts()["documents"] == 2
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_store_refuses_a_directory_and_a_wrong_schema(tmp_path):
    with pytest.raises(KBUnusable, match="thư mục"):
        Store(tmp_path)
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        c.execute("INSERT INTO meta VALUES ('schema_version', '0')")
    with pytest.raises(KBUnusable, match="phiên bản"):
        Store(path, readonly=True)
    with pytest.raises(KBError):
        Store(tmp_path / "missing.sqlite", readonly=True)


def test_non_utf8_file_names_do_not_abort_a_batch(kb_path, tmp_path):
    folder = tmp_path / "lo"
    folder.mkdir()
    small = "HƯƠNG ƯỚC\nThôn A\nĐiều 1. Phạm vi\nHương ước áp dụng trong thôn.\n"
    (folder / "a.txt").write_text(small, encoding="utf-8")
    bad = os.fsencode(folder) + b"/k\xe9.txt"
    with open(bad, "wb") as fh:
        fh.write(small.encode("utf-8"))
    p = cli("check", str(folder), "--kb", str(kb_path))
    err(p)
    assert p.returncode in (0, 1) and p.stdout.count("KẾT QUẢ KIỂM TRA:".encode()) == 2
    assert b"k\\xe9.txt" in p.stdout  # the name is shown, its bad byte escaped
    p = cli("ingest", str(folder), "--kb", str(tmp_path / "kb.sqlite"))
    text = err(p)
    assert p.returncode == 1 and "không phải UTF-8" in text and "a.txt" in p.stdout.decode()


def test_invalid_utf8_argument_is_a_clear_usage_error(kb_path, capsys):
    arg = os.fsdecode(b"\xc4\x90i\xffu 3")  # what Python makes of such bytes in argv
    rc, text = run_main(capsys, "show", arg, "--kb", kb_path)
    assert rc == 2 and "không phải UTF-8" in text and "\\xff" in text


def _rules_copy(tmp_path: Path, edit) -> Path:
    d = tmp_path / "rules"
    shutil.copytree(PROJECT / "rules", d)
    edit(d)
    return d


def test_rule_message_template_with_a_positional_field_is_refused(tmp_path):
    assert template_problem("Thiếu {item}") is None
    assert "vị trí" in template_problem("Thiếu {0}") and "vị trí" in template_problem("Thiếu {}")
    assert template_problem("Thiếu {item.__class__}") and template_problem("Thiếu {item")

    def edit(d):
        f = d / "draft_completeness.yaml"
        text = f.read_text(encoding="utf-8")
        assert 'message: "' in text
        f.write_text(text.replace('message: "', 'message: "{0} ', 1), encoding="utf-8")

    d = _rules_copy(tmp_path, edit)
    with pytest.raises(RuleError, match=r"draft_completeness\.yaml, quy tắc [A-Z]{2}-\d{2}.*vị trí"):
        load_rules(d)


def test_rule_file_with_bad_bytes_is_refused_naming_it(tmp_path):
    def edit(d):
        f = d / "conflict.yaml"
        f.write_bytes(f.read_bytes().replace("Điều".encode(), b"\xd0i\xe1u", 1))

    with pytest.raises(RuleError, match=r"conflict\.yaml.*UTF-8"):
        load_rules(_rules_copy(tmp_path, edit))


def test_rule_whose_basis_does_not_resolve_stops_the_check(kb_path, tmp_path, capsys, monkeypatch):
    def edit(d):
        f = d / "conflict.yaml"
        text = f.read_text(encoding="utf-8")
        assert "basis: [khoản 3 Điều 12 Luật 10/2022/QH15]" in text
        f.write_text(text.replace("basis: [khoản 3 Điều 12 Luật 10/2022/QH15]",
                                  "basis: [khoản 19 Điều 888 Luật 10/2022/QH15]", 1), encoding="utf-8")

    d = _rules_copy(tmp_path, edit)
    load_rules(d)  # the file itself is well-formed …
    monkeypatch.setenv("DCCS_RULES", str(d))
    rc, text = run_main(capsys, "check", DRAFT, "--kb", kb_path)
    assert rc == 2 and "conflict.yaml" in text and "Điều 888" in text, text  # … its basis is not
    assert "CF-" in text  # the rule is named


def test_size_message_is_not_self_contradictory(monkeypatch):
    limit = loader.MAX_BYTES
    label = loader.size_label(limit + 1)
    assert label != f"{limit // 1048576},0 MB" and label.replace(",", ".") != f"{limit / 1048576:.1f} MB"
    assert loader.size_label(60 * 1048576) == "60,0 MB"
    from ui.format import upload_problem

    msg = upload_problem("x.docx", 10 * 1048576 + 1, limit_mb=10)
    assert "10,0 MB" not in msg and "vượt giới hạn 10 MB" in msg


# -- 1/2. bounded work: caps and linear readers ---------------------------------------------

def _docx(paragraphs: list[str]) -> bytes:
    """A minimal Word package of plain paragraphs (the package writer of tests/test_formats.py)."""
    return formats_docx("".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs))


def test_extracted_text_is_capped_in_every_format(monkeypatch):
    monkeypatch.setattr(loader, "MAX_CHARS", 5000)
    para = "Điều 1. Nội dung lặp lại để vượt giới hạn ký tự của văn bản trích xuất."
    cases = {
        "bom.docx": _docx([para] * 200),
        "bom.html": ("<html><body>" + f"<p>{para}</p>" * 200 + "</body></html>").encode(),
        "bom.txt": (para + "\n").encode() * 200,
    }
    small = _docx([para] * 10)
    assert load_bytes(small, "ok.docx").text.count("Điều 1.") == 10
    for name, data in cases.items():
        with pytest.raises(SourceError, match="quá dài") as exc:
            load_bytes(data, name)
        assert exc.value.path == name and "5.000 ký tự" in exc.value.problem


def test_official_reader_is_linear():
    line = "một dòng văn bản dài được ngắt giữa câu và tiếp tục ở dòng sau của cùng đoạn\n"
    t0 = time.perf_counter()
    unwrap(line * 500)
    t1 = time.perf_counter()
    paras = unwrap(line * 10_000)
    t2 = time.perf_counter()
    assert len(paras) == 1 and paras[0].end_line == 10_000
    assert t2 - t1 < 2.0  # 20× the input; the quadratic reader took ~90 s at 10× of this
    assert (t2 - t1) / max(t1 - t0, 1e-3) < 80


def test_long_draft_is_annotated_in_pieces(kb_path, monkeypatch):
    """spaCy refuses ``nlp()`` over max_length (E088): a draft over it is checked in pieces,
    and pieces find exactly what one pass finds."""
    from checker import nlp
    from checker.engine import check_text
    from checker.render import to_dict

    text = DRAFT.read_text(encoding="utf-8")
    with Store(kb_path, readonly=True) as store:
        whole = to_dict(check_text(text, store, doc_type="huong_uoc", as_of="2026-12-02"))
        pipe = nlp.pipeline()
        monkeypatch.setattr(pipe, "max_length", 1000)
        monkeypatch.setattr(nlp, "PIECE_CHARS", 400)
        assert len(text) > 1000
        pieces = to_dict(check_text(text, store, doc_type="huong_uoc", as_of="2026-12-02"))
    assert pieces["findings"] == whole["findings"] and whole["findings"]


# -- fuzz: random bytes and mutations of a DOCX, a PDF and a TXT ------------------------

def _pdf_bytes() -> bytes | None:
    try:
        import fpdf
    except ImportError:
        return None
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 6, "Dieu 1. Pham vi dieu chinh\n1. Noi dung thu nghiem.\n" * 5)
    return bytes(pdf.output())


def _mutate(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.random()
        at = rng.randrange(len(b)) if b else 0
        if op < 0.4 and b:
            b[at] = rng.randrange(256)
        elif op < 0.6:
            b[at:at] = rng.randbytes(rng.randint(1, 64))
        elif op < 0.8 and b:
            del b[at:at + rng.randint(1, 256)]
        else:
            b = b[:at]  # truncation
    return bytes(b)


def test_fuzz_readers_answer_or_refuse_clearly_in_bounded_time_and_memory():
    rng = random.Random(20261202)
    seeds = {"x.docx": _docx(["Điều 1. Phạm vi", "1. Nội dung thử nghiệm."] * 5),
             "x.txt": DRAFT.read_bytes()[:4000]}
    pdf = _pdf_bytes()
    if pdf:
        seeds["x.pdf"] = pdf
    cases = [(f"r{i}.{rng.choice(['txt', 'docx', 'pdf', 'html'])}", rng.randbytes(rng.randint(0, 4000)))
             for i in range(40)]
    for name, data in seeds.items():
        cases += [(name, _mutate(rng, data)) for _ in range(40)]
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    outcomes = {"ok": 0, "refused": 0}
    for name, data in cases:
        t = time.perf_counter()
        try:
            loaded = load_bytes(data, name)
        except SourceError as exc:
            assert exc.path == name and exc.problem and exc.problem[0].islower() or exc.problem[0].isupper()
            outcomes["refused"] += 1
        else:
            parse_official(loaded.text, name)
            outcomes["ok"] += 1
        assert time.perf_counter() - t < 5, name
    assert time.perf_counter() - started < 40
    assert outcomes["ok"] and outcomes["refused"]
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024
    assert grown_mb < 300


def test_a_locked_base_is_never_read_as_immutable(tmp_path, small_kb, monkeypatch):
    """A reader that cannot take its read lock (an ingest at work) used to fall back to ``immutable=1`` and read
    half-written pages ("database disk image is malformed" while the tests' index was built during a
    re-ingest). Only an unwritable folder (a read-only medium) may be read as immutable; a locked base is
    reported as such."""
    from kb import store as store_module

    path = tmp_path / "busy.sqlite"
    shutil.copy(small_kb, path)
    real = sqlite3.connect
    opened = []

    def connect(database, *a, **kw):
        opened.append(str(database))
        conn = real(database, *a, **kw)
        if "immutable" not in str(database):
            class Busy:  # the read lock is not granted
                def execute(self, *_):
                    raise sqlite3.OperationalError("database is locked")

                def close(self):
                    conn.close()
            return Busy()
        return conn

    monkeypatch.setattr(store_module.sqlite3, "connect", connect)
    with pytest.raises(KBError, match="(?i)khóa|đang|chờ|locked"):
        Store(path, readonly=True)
    assert not any("immutable" in u for u in opened)
