"""`dccs check` end to end: formats, exit codes, batch, annotated DOCX, clear errors."""
from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from checker import CheckInputError, check_text
from checker.model import KINDS, SEVERITIES
from ui.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"
DEMO = SAMPLES / "demo_nghi_quyet_bien_phap.txt"
AS_OF = "2026-06-30"


def run(kb_path, *args) -> int:
    return main(["check", *map(str, args), "--kb", str(kb_path)])


def test_demo_text_report_and_exit_code(kb_path, capsys):
    assert run(kb_path, DEMO, "--as-of", AS_OF) == 1  # it has «lỗi» findings
    out = capsys.readouterr().out
    assert out.startswith("KẾT QUẢ KIỂM TRA:")
    for words in ("Pháp lệnh 34/2007/PL-UBTVQH11", "Ủy ban nhân dân cấp huyện", "Trưởng ban công tác Mặt trận",
                  "«01 ngày»", "Số: /2026/NQ-HĐND", "MA TRẬN NỘI DUNG BẮT BUỘC"):
        assert words in out, words
    assert "Căn cứ: khoản 3 Điều 3 Nghị định 59/2023/NĐ-CP" in out


def test_clean_sample_exits_zero(kb_path, capsys):
    assert run(kb_path, SAMPLES / "quy_che_xa_sach.txt", "--as-of", AS_OF) == 0
    assert "Không phát hiện vấn đề nào" in capsys.readouterr().out


def test_json_follows_the_documented_schema(kb_path, capsys):
    assert run(kb_path, DEMO, "--as-of", AS_OF, "--format", "json") == 1
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "dccs-check-report/1"
    assert data["document"]["type"] == "nghi_quyet_bien_phap" and data["as_of"] == AS_OF
    assert data["summary"]["total"] == len(data["findings"]) and data["exit_code"] == 1
    for f in data["findings"]:
        assert f["kind"] in KINDS and f["severity"] in SEVERITIES
        assert set(f) >= {"rule", "kind", "severity", "message", "evidence", "basis", "fix"}
        assert isinstance(f["evidence"]["line"], int) and f["evidence"]["text"]
        for b in f["basis"]:
            assert set(b) >= {"doc", "article", "clause", "point", "quote"}
    cf = next(f for f in data["findings"] if f["rule"] == "CF-02")
    assert cf["evidence"]["line"] == 33
    b = cf["basis"][0]
    assert (b["doc"], b["article"], b["clause"], b["point"]) == ("59/2023/NĐ-CP", 3, 3, None)
    assert "02 ngày" in cf["basis"][0]["quote"]
    assert data["coverage"][0]["rule"] == "RC-01"


@pytest.mark.parametrize("fmt, marker", [("md", "# Kết quả kiểm tra"), ("html", "<!doctype html>")])
def test_markdown_and_html_to_a_file(kb_path, tmp_path, capsys, fmt, marker):
    out = tmp_path / f"bao-cao.{fmt}"
    assert run(kb_path, DEMO, "--as-of", AS_OF, "--format", fmt, "-o", out) == 1
    text = out.read_text(encoding="utf-8")
    assert text.startswith(marker) and "RL-01" in text and "khoản 3 Điều 3 Nghị định 59/2023/NĐ-CP" in text
    if fmt == "html":
        assert "<script" not in text and "&lt;" not in text[:200]


def _comment_anchors(path: Path) -> dict[str, str]:
    """comment id → text of the paragraph where the comment range starts."""
    d = docx.Document(str(path))
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    out = {}
    for p in d.element.body.iter("{%s}p" % ns["w"]):
        for start in p.findall(".//w:commentRangeStart", ns):
            out[start.get("{%s}id" % ns["w"])] = "".join(t.text or "" for t in p.iter("{%s}t" % ns["w"]))
    return out


def test_docx_upload_comes_back_with_a_comment_on_each_offending_paragraph(kb_path, tmp_path, capsys):
    src = tmp_path / "du-thao.docx"
    d = docx.Document()
    for line in DEMO.read_text(encoding="utf-8").split("\n"):
        d.add_paragraph(line)  # empty lines become empty paragraphs: line numbers ≠ paragraph numbers
    d.save(str(src))
    assert run(kb_path, src, "--as-of", AS_OF, "--format", "json") == 1
    report = json.loads(capsys.readouterr().out)
    out = tmp_path / "du-thao.kiem-tra.docx"
    assert run(kb_path, src, "--as-of", AS_OF, "--format", "docx", "-o", out) == 1
    annotated = docx.Document(str(out))
    comments = list(annotated.comments)
    assert len(comments) == len(report["findings"]) >= 10
    assert all(c.author == "dccs" for c in comments)
    anchors = _comment_anchors(out)
    by_text = {c.text.split("\n")[0]: anchors[str(c.comment_id)] for c in comments}
    rl = next(v for k, v in by_text.items() if k.startswith("[CẢNH BÁO] RL-01"))
    assert rl.startswith("7. Để gọn đầu mối, Trưởng thôn đồng thời là Trưởng ban công tác Mặt trận")
    cf = next(v for k, v in by_text.items() if k.startswith("[LỖI] CF-02"))
    assert "trước 01 ngày" in cf
    f = next(f for f in report["findings"] if f["rule"] == "CF-02")
    assert f["evidence"]["paragraph"] == 33 and f["evidence"]["line"] != 33  # DOCX paragraph beside the text line
    assert any("Căn cứ: khoản 3 Điều 3 Nghị định 59/2023/NĐ-CP" in c.text for c in comments)


def test_text_upload_as_docx_gets_a_new_commented_document(kb_path, tmp_path, capsys):
    out = tmp_path / "mau.docx"
    assert run(kb_path, SAMPLES / "huong_uoc_loi.txt", "--as-of", AS_OF, "--format", "docx", "-o", out) == 1
    d = docx.Document(str(out))
    assert len(list(d.comments)) == 9
    assert any("CF-18" in c.text for c in d.comments)


def test_batch_folder_goes_on_after_a_bad_file(kb_path, tmp_path, capsys):
    folder = tmp_path / "ho-so"
    folder.mkdir()
    (folder / "a_sach.txt").write_bytes((SAMPLES / "ke_hoach_sach.txt").read_bytes())
    (folder / "b_rong.txt").write_bytes(b"")
    (folder / "c_loi.txt").write_bytes((SAMPLES / "ke_hoach_loi.txt").read_bytes())
    assert run(kb_path, folder, "--as-of", AS_OF) == 2  # one unreadable file
    cap = capsys.readouterr()
    assert "b_rong.txt: tệp rỗng" in cap.err
    assert cap.out.count("KẾT QUẢ KIỂM TRA:") == 2 and "KHÔNG KIỂM TRA ĐƯỢC" in cap.out
    assert "TỔNG HỢP 3 tệp" in cap.out
    assert run(kb_path, folder, "--as-of", AS_OF, "--format", "json") == 2
    data = json.loads(capsys.readouterr().out)
    assert [("report" in f, "error" in f) for f in data["files"]] == [(True, False), (False, True), (True, False)]
    (folder / "b_rong.txt").unlink()
    assert run(kb_path, folder, "--as-of", AS_OF, "--format", "json") == 1  # c_loi has a «lỗi»


@pytest.mark.parametrize("content, words", [
    (b"", "tệp rỗng (0 byte)"),
    (b"   \n\n  \t\n", "văn bản rỗng"),
    (b"\x00\x01\x02binary\x00junk" * 20, "tệp nhị phân"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, ".docx"),  # legacy .doc: advice to re-save
])
def test_unreadable_or_empty_upload_gives_a_clear_error(kb_path, tmp_path, capsys, content, words):
    path = tmp_path / "tai-len.txt"
    path.write_bytes(content)
    assert run(kb_path, path) == 2
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: ") and str(path) in err and words in err
    assert "Traceback" not in err


def test_bad_options_give_a_clear_error(kb_path, tmp_path, capsys):
    assert run(kb_path, DEMO, "--type", "cong_van") == 2
    assert "loại văn bản «cong_van» không có" in capsys.readouterr().err
    assert run(kb_path, DEMO, "--as-of", "31/02/2026") == 2
    assert "ngày kiểm tra «31/02/2026» không hợp lệ" in capsys.readouterr().err
    assert run(kb_path, DEMO, "--format", "pdf") == 2
    assert "định dạng «pdf» không hỗ trợ" in capsys.readouterr().err
    assert run(kb_path, tmp_path / "khong-co.txt") == 2


def test_malformed_rule_file_stops_the_check_with_file_and_rule(kb_path, tmp_path, capsys, monkeypatch):
    bad = tmp_path / "quy-tac"
    bad.mkdir()
    (bad / "sai.yaml").write_text(
        "rules:\n  - id: ZZ-01\n    title: T\n    kind: conflict\n    applies_to: ['*']\n"
        "    severity: lỗi\n    basis: [Điều 8 Luật 10/2022/QH15]\n    message: M\n    fix: F\n"
        "    detect: {quantity: {unit: ngày, min: 2}}\n", encoding="utf-8")
    monkeypatch.setenv("DCCS_RULES", str(bad))
    assert run(kb_path, DEMO) == 2
    err = capsys.readouterr().err
    assert "sai.yaml" in err and "ZZ-01" in err and "đơn vị 'ngày' không hợp lệ" in err


def test_api_refuses_empty_text(store):
    with pytest.raises(CheckInputError, match="văn bản rỗng"):
        check_text(" \n ", store, source_name="rong.txt")
    with pytest.raises(CheckInputError, match="không hợp lệ"):
        check_text("NGHỊ QUYẾT", store, as_of="hôm qua")


def test_as_of_views_document_date_today_or_a_date(kb_path, corpus, capsys):
    """Default: an issued, dated document is checked at its own date; a draft at today."""
    from datetime import date

    report_2022 = corpus / "review" / "r12-bao-cao-so-ket-qcdc-xa-tan-hoa-2022.txt"
    draft = corpus / "review" / "r05-du-thao-quy-che-dan-chu-phuong-bac-thanh.txt"
    run(kb_path, report_2022, "--format", "json")
    data = json.loads(capsys.readouterr().out)
    assert (data["as_of"], data["as_of_from"]) == ("2022-11-15", "ngày của văn bản")
    assert data["document"]["date"] == "2022-11-15" and data["document"]["date_kind"] == "ngày ban hành"
    assert any("10/2022/QH15" in x for x in data["not_applied"])
    run(kb_path, report_2022, "--format", "json", "--as-of", "hom-nay")
    data = json.loads(capsys.readouterr().out)
    assert data["as_of"] == date.today().isoformat() and any("10/2022/QH15" in x for x in data["applied"])
    run(kb_path, report_2022, "--as-of", "01/07/2023")
    out = capsys.readouterr().out
    assert "Ngày của văn bản: 15/11/2022 (ngày ban hành)" in out and "01/07/2023 — ngày người dùng chọn" in out
    assert run(kb_path, draft, "--as-of", "ban-hanh") == 2
    err = capsys.readouterr().err
    assert "không có ngày ban hành" in err and "Traceback" not in err
