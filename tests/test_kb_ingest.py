"""Knowledge-base acceptance tests on the real corpus (issue: ingest)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from corpus.phapdien import CODE, RELATED_NOTE, parse_phapdien, parse_source_note
from pipeline.ingest import ingest, parse_file
from kb.store import Store
from tests.conftest import CORE_FILE
from ui.cli import main

LAW = "10/2022/QH15"
D59 = "59/2023/NĐ-CP"
D61 = "61/2023/NĐ-CP"


def article_labels(store: Store, doc_id: str) -> list[str]:
    return [u.label for u in store.units_of(doc_id, "article")]


def test_law_10_2022_has_exactly_articles_1_to_91_in_order(store):
    assert article_labels(store, LAW) == [str(n) for n in range(1, 92)]


@pytest.mark.parametrize("doc_id, count", [(D59, 31), (D61, 25)])
def test_decrees_have_all_their_articles(store, doc_id, count):
    assert article_labels(store, doc_id) == [str(n) for n in range(1, count + 1)]


def test_core_documents_carry_metadata_and_provenance(store, corpus):
    law = store.document(LAW)
    assert (law.doc_type, law.issuer, law.issued, law.effective) == (
        "Luật", "Quốc hội", "2022-11-10", "2023-07-01")
    assert any(p.endswith(CORE_FILE) for p in law.source_paths)
    # Decree 61's pháp điển note names a ministry; the facts file corrects it.
    assert store.document(D61).issuer == "Chính phủ"
    art = store.unit(f"{D59}:d3")
    assert art.phapdien_code == "44.13.NĐ.1.3"
    assert art.source_path.endswith(CORE_FILE) and art.source_line > 0
    raw = (corpus / CORE_FILE).read_text(encoding="utf-8").splitlines()
    assert raw[art.source_line - 1].startswith("Điều 44.13.NĐ.1.3.")
    assert len(law.sha256) == 64 or store.source_sha(law.source_paths[0])


def test_show_returns_full_text_of_decree_59_art_3_1_c_and_d(kb_path, capsys):
    assert main(["show", "điểm c khoản 1 Điều 3 Nghị định 59/2023/NĐ-CP", "--json",
                 "--kb", str(kb_path)]) == 0
    c = json.loads(capsys.readouterr().out)
    assert (c["doc"], c["article"], c["clause"], c["point"]) == (D59, 3, 1, "c")
    assert c["phapdien_id"] == "44.13.NĐ.1.3"
    assert c["text"].startswith("Trưởng Ban công tác Mặt trận ở thôn, tổ dân phố triệu tập")
    assert "đồng thời là Trưởng Ban công tác Mặt trận" in c["text"]
    assert c["text"].rstrip().endswith("Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã.")

    assert main(["show", "điểm đ khoản 1 Điều 3 NĐ 59/2023", "--json", "--kb", str(kb_path)]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["point"] == "đ" and d["uid"] == f"{D59}:d3:k1:đ"
    assert "ủy quyền" in d["text"] and "Ban công tác Mặt trận" in d["text"]


@pytest.mark.parametrize("query, uid", [
    ("Điều 15 Luật 10/2022/QH15", f"{LAW}:d15"),
    ("khoản 2 Điều 6 NĐ 61/2023", f"{D61}:d6:k2"),
    ("khoan 2 dieu 6 nd 61/2023", f"{D61}:d6:k2"),
    ("Điều 15 Luật Thực hiện dân chủ ở cơ sở", f"{LAW}:d15"),
    ("tại điểm C, khoản 1, Điều 3 Nghị định số 59/2023/NĐ-CP", f"{D59}:d3:k1:c"),
    ("44.13.NĐ.1.3", f"{D59}:d3"),
    (f"{D59}:d3:k1:c", f"{D59}:d3:k1:c"),
])
def test_show_accepts_citations_as_people_write_them(kb_path, capsys, query, uid):
    assert main(["show", query, "--json", "--kb", str(kb_path)]) == 0
    assert json.loads(capsys.readouterr().out)["uid"] == uid


def test_show_unknown_unit_exits_1_and_names_nearest(kb_path, capsys):
    assert main(["show", "Điều 95 Luật 10/2022/QH15", "--kb", str(kb_path)]) == 1
    err = capsys.readouterr().err
    assert "không có Điều 95" in err and "có 91 điều" in err
    assert main(["show", "khoản 9 Điều 3 Nghị định 59/2023/NĐ-CP", "--kb", str(kb_path)]) == 1
    assert "không có khoản 9" in capsys.readouterr().err


def test_an_article_the_phapdien_does_not_hold_is_not_called_missing(kb_path, capsys):
    # The Bộ luật Lao động 2019 has 220 articles; its subject "Lao động" in the corpus holds 169 of them. An
    # article past them may exist: the answer says the store holds only part of the code, not that it lacks one.
    assert main(["show", "Điều 176 Bộ luật Lao động 45/2019/QH14", "--kb", str(kb_path)]) == 1
    err = capsys.readouterr().err
    assert "chưa kết luận được" in err and "không có Điều 176:" not in err


def test_held_in_part_reads_the_articles_numbers_and_closing_title(store):
    from kb.citations.resolve import held_in_part

    assert not held_in_part(store.units_of(LAW, "article"))  # Arts. 1-91, the last on transition
    assert held_in_part(store.units_of("45/2019/QH14", "article"))
    assert not held_in_part(store.units_of("local:001_dd7ef5a3fe288978", "article"))  # a full text


def test_hanoi_draft_structure(store, seeds):
    doc_id = "local:001_dd7ef5a3fe288978"
    doc = store.document(doc_id)
    assert doc.doc_type == "Nghị quyết" and doc.kind == "draft"
    assert "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI" in doc.issuer
    assert article_labels(store, doc_id) == ["1", "2", "3", "4"]
    clauses = [u.label for u in store.children(f"{doc_id}:d1") if u.level == "clause"]
    assert clauses == ["1", "2", "3"]
    subs = [u.label for u in store.children(f"{doc_id}:d1:k3") if u.level == "subclause"]
    assert subs == ["3.1", "3.2", "3.3", "3.4", "3.5"]
    assert len(doc.basis) == 6
    assert doc.basis[0].startswith("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015")
    assert doc.basis[3].startswith("Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023")
    assert doc.basis[5].startswith("Quyết định số 346/QĐ-TTg")
    # Line numbers point into the original text file.
    lines = (seeds / "001_dd7ef5a3fe288978.txt").read_text(encoding="utf-8").splitlines()
    sub = store.unit(f"{doc_id}:d1:k3.2")
    assert lines[sub.source_line - 1].startswith("3.2.")
    assert doc.signer.endswith("Nguyễn Ngọc Tuấn")


def test_reports_keep_their_own_type(store):
    doc = store.document("local:003_19b9395f2570e0a7")
    assert doc.doc_type == "Báo cáo" and doc.kind == "report"
    sections = [u.label for u in store.units_of(doc.doc_id, "section")]
    assert sections[:2] == ["I", "II"]


def _heading_codes(text: str) -> set[str]:
    """Every article code that heads an article in the raw file (index and notes excluded).

    Independent of the reader: notes are cut from the whole text by balanced
    parentheses (they may span lines), then every remaining 'Điều <code>. ' counts.
    """
    body = re.split(r"^(?:## Danh sách điều khoản|### \d{6,})", text, maxsplit=1, flags=re.M)[0]
    kept, pos = [], 0
    while (m := RELATED_NOTE.search(body, pos)):
        kept.append(body[pos: m.start()])
        depth, j = 0, m.start()
        while j < len(body):
            depth += {"(": 1, ")": -1}.get(body[j], 0)
            j += 1
            if depth == 0:
                break
        pos = j
    kept.append(body[pos:])
    return set(re.findall(rf"Điều ({CODE})\.\s", " ".join(kept) + " "))


def test_whole_corpus_no_article_heading_left_unparsed(store, corpus):
    files = sorted((corpus / "phapdien").rglob("*.md"))
    assert len(files) == 214
    stored = set(store.code_index())
    residue = {}
    for f in files:
        missing = _heading_codes(f.read_text(encoding="utf-8")) - stored
        if missing:
            residue[f.name] = sorted(missing)[:10]
    # Codes quoted inside multi-line notes are not headings: tolerate none but list all.
    assert not residue, f"article headings not parsed: {residue}"
    counts = store.counts()
    assert counts["articles"] > 49000 and counts["documents"] > 3000


def test_source_note_parsing_variants():
    n = parse_source_note("(Điều 23đ Nghị định số 72/2013/NĐ-CP, có hiệu lực thi hành kể từ ngày "
                          "01/09/2013, được bổ sung bởi Điều 1 Nghị định số 27/2018/NĐ-CP có hiệu lực "
                          "thi hành kể từ ngày 15/04/2018)")
    assert (n.article, n.number, n.effective) == ("23đ", "72/2013/NĐ-CP", "2013-09-01")
    assert n.amendments[0].by_doc == "27/2018/NĐ-CP" and n.amendments[0].effective == "2018-04-15"
    n = parse_source_note("(Điều 1 Thông tư số liên tịch 02/2002/TTLT/BTC-MTTW, có hiệu lực thi hành "
                          "kể từ ngày 25/01/2002, có nội dung được sửa đổi, có nội dung được bổ sung, "
                          "có nội dung bị bãi bỏ bởi Điều 1 Thông tư số 160/2010/TT-BTC có hiệu lực "
                          "thi hành kể từ ngày 03/12/2010)")
    assert n.number == "02/2002/TTLT/BTC-MTTW"
    assert n.amendments[0].kinds == ("sửa đổi", "bổ sung", "bãi bỏ")
    n = parse_source_note("(Điều 2 Pháp lệnh Về Hàm, cấp ngoại giao, có hiệu lực thi hành kể từ ngày 31/05/1995)")
    assert n.number is None and n.doc_type == "Pháp lệnh" and n.effective == "1995-05-31"


def test_amendment_notes_are_kept(store):
    art = store.unit("75/2015/QH13:d1")  # Law on the Fatherland Front, amended in 2025
    assert art is not None
    assert any(a.by_doc == "97/2025/QH15" and a.effective == "2025-07-01" for a in art.amendments)


def test_related_notes_are_kept_for_the_graph(store):
    art = store.unit(f"{D59}:d1")
    assert "44.13.LQ.23" in art.related and "44.13.LQ.81" in art.related


def test_glued_heading_is_split():
    text = ("---\ntitle: t\n---\n# Đề mục\n\nĐiều 1.2.LQ.1. Một\n\n(Điều 1 Luật số 1/2020/QH14 Luật X "
            "ngày 01/01/2020 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/07/2020)\n\n"
            "Nội dung một.Điều 1.2.LQ.2. Hai\n\n(Điều 2 Luật số 1/2020/QH14, có hiệu lực thi hành kể "
            "từ ngày 01/07/2020)\n\n1. Khoản một.\n\na) Điểm a.\n\n### 0102000\n\nĐiều 1.2.LQ.1. Một\n")
    parsed = parse_phapdien(text, "x.md")
    units = parsed.documents[0].units
    assert [u.uid for u in units if u.level == "article"] == ["1/2020/QH14:d1", "1/2020/QH14:d2"]
    assert [u.uid for u in units][-2:] == ["1/2020/QH14:d2:k1", "1/2020/QH14:d2:k1:a"]


def test_reingest_is_idempotent(tmp_path, corpus):
    path = tmp_path / "kb.sqlite"
    src = corpus / CORE_FILE
    with Store(path) as s:
        ingest(s, [src])
        first = s.snapshot()["units"]
        reports = ingest(s, [src])
        assert reports[0].state == "unchanged"
        ingest(s, [src], force=True)
        again = s.snapshot()["units"]
    assert first == again
    assert len(first) == len({r[0] for r in first})


def _tables(path) -> dict[str, list[tuple]]:
    with Store(path) as s:
        return s.snapshot()


def test_files_read_by_worker_processes_are_stored_exactly_as_read_here(tmp_path, corpus):
    files = [corpus / CORE_FILE, *sorted((corpus / "seeds").glob("*.txt")),
             corpus / "phapdien/to-chuc-bo-may-nha-nuoc/mat-tran-to-quoc-viet-nam.md"]
    with Store(tmp_path / "one.sqlite") as s:
        one = ingest(s, files, workers=1)
    with Store(tmp_path / "pool.sqlite") as s:
        pool = ingest(s, files, workers=2)
    assert one == pool and all(r.state == "ok" for r in pool)
    assert _tables(tmp_path / "one.sqlite") == _tables(tmp_path / "pool.sqlite")
    # a file named twice: read once, then unchanged (decided file by file)
    with Store(tmp_path / "twice.sqlite") as s:
        twice = ingest(s, [files[1], files[1]], workers=2)
    assert [r.state for r in twice] == ["ok", "unchanged"]


def test_bad_files_are_reported_and_do_not_abort_the_batch(tmp_path, corpus, capsys):
    good = tmp_path / "good.txt"
    good.write_bytes((corpus / "seeds" / "001_dd7ef5a3fe288978.txt").read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 this is not a zip")
    kb = tmp_path / "kb.sqlite"
    code = main(["ingest", str(tmp_path), "--kb", str(kb)])
    out = capsys.readouterr()
    assert code == 1
    for name in ("empty.txt", "binary.txt", "broken.docx"):
        assert name in out.err and name in out.out
    assert "rỗng" in out.err and "nhị phân" in out.err
    with Store(kb) as s:
        assert s.document("local:good") is not None
        assert len(s.sources()) == 1


def test_interrupted_ingest_leaves_previous_kb_intact(tmp_path, corpus, monkeypatch):
    path = tmp_path / "kb.sqlite"
    with Store(path) as s:
        ingest(s, [corpus / "seeds" / "001_dd7ef5a3fe288978.txt"])
        before = s.counts()
    import pipeline.ingest as ing
    real = ing.parse_file
    calls = {"n": 0}

    def exploding(p):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("simulated crash mid-ingest")
        return real(p)

    monkeypatch.setattr(ing, "parse_file", exploding)
    with Store(path) as s:
        with pytest.raises(RuntimeError):
            ingest(s, sorted((corpus / "seeds").glob("*.txt")), force=True)
    with Store(path) as s:
        assert s.counts() == before


def test_missing_corpus_is_a_clear_usage_error(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("DCCS_CORPUS", str(tmp_path / "nowhere"))
    assert main(["ingest", "--kb", str(tmp_path / "kb.sqlite")]) == 2
    assert "DCCS_CORPUS" in capsys.readouterr().err


def test_parse_file_on_seed_reports_paragraph_lines(seeds):
    parsed = parse_file(seeds / "002_5e9efc0550991603.txt")
    assert parsed.ok and parsed.documents[0].doc_type == "Báo cáo"
    assert Path(parsed.path).name == "002_5e9efc0550991603.txt"


def test_attached_file_names_are_not_provision_text(store, corpus):
    """The export leaves "Phu luc_ban hanh kem theo NĐ so 59_2023_ND-CP.doc" after some articles."""
    raw = (corpus / CORE_FILE).read_text(encoding="utf-8")
    assert "Phu luc_ban hanh kem theo NĐ so 59_2023_ND-CP.doc" in raw  # the corpus has them…
    doc = next(d for d in parse_phapdien(raw, CORE_FILE).documents if d.doc_id == D59)
    assert doc.units and not any(re.search(r"\.docx?\s*$", u.text or "") for u in doc.units)  # …the KB not
    art = store.unit(f"{D59}:d3")  # Điều 3 ends with the attachment line in the corpus
    texts = [u.text for u in store.descendants(art.uid)]
    assert any("cụm dân cư" in t for t in texts) and not any(".doc" in t for t in texts)


def test_law_75_2015_has_title_issuer_and_date(store):
    law = store.document("75/2015/QH13")
    assert (law.title, law.issuer, law.issued) == ("Luật Mặt trận Tổ quốc Việt Nam", "Quốc hội", "2015-06-09")


def test_a_reader_change_rereads_unchanged_files(tmp_path, seeds, monkeypatch):
    """A source read by older readers is read again: the stored fingerprint carries the readers' version."""
    import pipeline.ingest as ing

    src = next(seeds.glob("004_*.txt"))
    with Store(tmp_path / "kb.sqlite") as store:
        assert [r.state for r in ing.ingest(store, [src])] == ["ok"]
        assert store.source_sha(str(src)).endswith(f"+r{ing.READER_VERSION}")
        assert [r.state for r in ing.ingest(store, [src])] == ["unchanged"]
        monkeypatch.setattr(ing, "READER_VERSION", ing.READER_VERSION + 1)
        assert [r.state for r in ing.ingest(store, [src])] == ["ok"]


def test_heading_of_an_interleaved_circular_stays_with_the_circular(corpus):
    """The Bộ pháp điển prints a circular's own "Mục 2 …" between Law 10/2022's Arts. 83 and 84;
    the law's Arts. 84-89 stay in its Chương V, and the circular's article keeps its Mục."""
    raw = (corpus / CORE_FILE).read_text(encoding="utf-8")
    units = {u.phapdien_code: u for d in parse_phapdien(raw, CORE_FILE).documents for u in d.units
             if u.phapdien_code}
    for n in range(83, 90):
        path = units[f"44.13.LQ.{n}"].heading_path
        assert len(path) == 1 and path[0].startswith("Chương V. TỔ CHỨC THỰC HIỆN"), (n, path)
    assert units["44.13.LQ.90"].heading_path[0].startswith("Chương VI"), units["44.13.LQ.90"].heading_path
    own = units["44.13.TT.11.8"].heading_path
    assert own[-1].startswith("Mục 2. TRÁCH NHIỆM CỦA CÁC CƠ QUAN CỦA CÔNG AN NHÂN DÂN"), own


def test_a_principal_law_article_is_not_moved_into_a_circular_chapter(corpus):
    """In the 'Công an nhân dân' đề mục a circular's "Chương II / QUY ĐỊNH CỤ THỂ" comes right before
    its own Art. 1; the law's Art. 2 (Giải thích từ ngữ) that follows later is still in its Chương I."""
    path = corpus / "phapdien" / "an-ninh-quoc-gia" / "cong-an-nhan-dan.md"
    units = {u.phapdien_code: u for d in parse_phapdien(path.read_text(encoding="utf-8"), str(path)).documents
             for u in d.units if u.phapdien_code}
    assert units["1.6.LQ.1"].heading_path == ("Chương I. QUY ĐỊNH CHUNG",)
    assert units["1.6.LQ.2"].heading_path == ("Chương I. QUY ĐỊNH CHUNG",)
    assert units["1.6.TT.13.1"].heading_path == ("Chương II. QUY ĐỊNH CỤ THỂ",)
