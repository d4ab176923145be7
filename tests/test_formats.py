"""DOCX, HTML, PDF and bad input: real seed text in every format, clear refusals.

The Hà Nội draft resolution (seed 001) is rewritten as a Word document, a
vbpl.vn-style page and a PDF with a text layer; each must parse into the same
structure as the plain-text seed. Hostile and broken files must be refused
with a Vietnamese message naming the problem, never a traceback.
"""
from __future__ import annotations

import html
import io
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from corpus import formats, legacy, loader
from corpus.loader import SourceError, load_bytes, load_file
from corpus.official import unwrap
from pipeline.ingest import ingest, parse_file
from kb.store import Store

SEED = "001_dd7ef5a3fe288978"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.fixture(scope="module")
def seed_txt(seeds) -> Path:
    return seeds / f"{SEED}.txt"


@pytest.fixture(scope="module")
def seed_paragraphs(seed_txt) -> list[str]:
    return [p.text for p in unwrap(seed_txt.read_text(encoding="utf-8"))]


@pytest.fixture(scope="module")
def outdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("formats")


def shape(path: Path):
    """What must not depend on the format: ids, type, title, Căn cứ, every unit id."""
    src = parse_file(path)
    assert not [i for i in src.issues if i.severity == "error"], src.issues
    (doc,) = src.documents
    return {
        "doc_id": doc.doc_id, "doc_type": doc.doc_type, "title": doc.title, "basis": doc.basis,
        "units": [(u.level, u.uid) for u in doc.units],
    }


@pytest.fixture(scope="module")
def reference(seed_txt):
    ref = shape(seed_txt)
    # What the seed is known to hold (see corpus README): guards the comparison itself.
    articles = [uid.rsplit(":d", 1)[1] for level, uid in ref["units"] if level == "article"]
    subclauses = [uid.rsplit(":k", 1)[1] for level, uid in ref["units"] if level == "subclause"]
    assert articles == ["1", "2", "3", "4"]
    assert subclauses == ["3.1", "3.2", "3.3", "3.4", "3.5"]
    assert len(ref["basis"]) == 6
    return ref


# --- the seed in three formats -----------------------------------------------------------
@pytest.fixture(scope="module")
def seed_docx(outdir, seed_paragraphs) -> Path:
    d = docx.Document()
    for text in seed_paragraphs:
        d.add_paragraph(text)
    path = outdir / f"{SEED}.docx"
    d.save(path)
    return path


def test_docx_has_the_structure_of_the_txt(seed_docx, reference):
    assert shape(seed_docx) == reference


def test_docx_line_origin_points_at_the_word_paragraph(seed_docx, seed_paragraphs):
    loaded = load_file(seed_docx)
    assert loaded.fmt == "docx"
    lines = loaded.text.splitlines()
    assert len(loaded.line_origin) == len(lines)
    root = etree.fromstring(zipfile.ZipFile(seed_docx).read("word/document.xml"))
    paras = formats.paragraph_elements(root)
    assert len(paras) == len(seed_paragraphs)
    for line, index in zip(lines, loaded.line_origin):
        assert "".join(paras[index - 1].itertext()) == line
    (doc,) = parse_file(seed_docx).documents
    for unit in (u for u in doc.units if u.level == "article"):
        para = paras[loaded.line_origin[unit.source_line - 1] - 1]
        assert "".join(para.itertext()).startswith(f"Điều {unit.label}.")


@pytest.fixture(scope="module")
def seed_html(outdir, seed_paragraphs) -> Path:
    """The seed as a vbpl.vn-like page: menus, scripts and a toanvancontent container."""
    body = "\n".join(f"<p>{html.escape(t)}&nbsp;</p>" for t in seed_paragraphs)
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Văn bản</title>"
        "<style>p { margin: 0 }</style><script>var x = 'Điều 9. Không phải nội dung';</script>"
        "</head><body><nav><a href='/'>Trang chủ</a> | Điều 8. Menu</nav>"
        "<div class='header'>Cơ sở dữ liệu quốc gia về văn bản pháp luật</div>"
        f"<div id='toanvancontent' class='toanvancontent'>{body}</div>"
        "<div class='footer'>Bản quyền</div></body></html>"
    )
    path = outdir / f"{SEED}.html"
    path.write_text(page, encoding="utf-8")
    return path


def test_html_has_the_structure_of_the_txt(seed_html, reference):
    assert shape(seed_html) == reference
    text = load_file(seed_html).text
    assert "Điều 9" not in text and "Điều 8" not in text and "Bản quyền" not in text
    assert "\xa0" not in text


def test_pdf_has_the_structure_of_the_txt_and_pages(outdir, seed_paragraphs, reference):
    fpdf = pytest.importorskip("fpdf")
    if not DEJAVU.exists():
        pytest.skip("DejaVuSans.ttf missing (Debian fonts-dejavu-core)")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", "", str(DEJAVU))
    pdf.set_font("dejavu", size=10)
    page_of_article = {}
    for text in seed_paragraphs:
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        if text.startswith("Điều "):
            page_of_article[text.split()[1].rstrip(".")] = pdf.page_no()
    path = outdir / f"{SEED}.pdf"
    pdf.output(str(path))
    assert shape(path) == reference
    loaded = load_file(path)
    assert loaded.fmt == "pdf"
    assert list(loaded.line_origin) == sorted(loaded.line_origin)
    assert loaded.line_origin[-1] == pdf.page_no() > 1
    (doc,) = parse_file(path).documents
    for unit in (u for u in doc.units if u.level == "article"):
        assert loaded.line_origin[unit.source_line - 1] == page_of_article[unit.label]


def test_formats_ingest_into_a_knowledge_base(tmp_path, seed_docx, outdir, reference):
    """The extracted text goes all the way into SQLite, one document per file."""
    kb = tmp_path / "kb.sqlite"
    copy = tmp_path / "du-thao.docx"
    copy.write_bytes(seed_docx.read_bytes())
    with Store(kb) as store:
        reports = ingest(store, [copy])
        assert [r.state for r in reports] == ["ok"]
        assert reports[0].articles == 4
        assert len(store.units_of("local:du-thao", "article")) == 4


# --- DOCX details ------------------------------------------------------------------------
def _docx(document_body: str, **parts: str) -> bytes:
    """A minimal Word package written by hand, with optional extra parts."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                   '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml",
                   f'<w:document xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/'
                   f'markup-compatibility/2006"><w:body>{document_body}</w:body></w:document>')
        for name, xml in parts.items():
            z.writestr(f"word/{name}.xml", xml)
    return buf.getvalue()


def _p(*runs: str, ppr: str = "") -> str:
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def _r(text: str, font: str | None = None, extra: str = "") -> str:
    rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>{extra}</w:rPr>' if font or extra else ""
    if font is None and extra:
        rpr = f"<w:rPr>{extra}</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{html.escape(text)}</w:t></w:r>'


NUMBERING = f"""<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


def _numbered(num_id: int, ilvl: int) -> str:
    return f'<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'


def test_docx_reads_lists_tables_breaks_and_skips_deleted_and_hidden_text():
    body = "".join([
        _p(_r("Điều 1. Phạm vi")),
        _p(_r("Nguyên tắc chung"), ppr=_numbered(1, 0)),
        _p(_r("Công khai"), ppr=_numbered(1, 1)),
        _p(_r("Minh bạch"), ppr=_numbered(1, 1)),
        _p(_r("Biện pháp"), ppr=_numbered(1, 0)),
        _p(_r("Bảo đảm"), ppr=_numbered(1, 1)),  # restarts at a) under 2.
        _p(_r("Phần chung"), ppr=_numbered(2, 0)),
        _p(_r("Số:"), "<w:r><w:tab/></w:r>", _r("12/NQ-HĐND"), "<w:r><w:br/></w:r>", _r("ngày 15")),
        _p(_r("Giữ lại "), '<w:del w:id="1" w:author="a"><w:r><w:delText>đã xoá </w:delText></w:r></w:del>',
           '<w:ins w:id="2" w:author="a">' + _r("thêm mới") + "</w:ins>",
           _r(" ẩn", extra="<w:vanish/>")),
        "<w:tbl><w:tr><w:tc>" + _p(_r("ỦY BAN NHÂN DÂN")) + "</w:tc><w:tc>" + _p(_r("CỘNG HÒA"))
        + _p(_r("Độc lập")) + "</w:tc></w:tr></w:tbl>",
        _p(_r("Trước hộp "), '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
           '<w:txbxContent>' + _p(_r("Trong hộp")) + "</w:txbxContent></w:drawing></mc:Choice>"
           "<mc:Fallback><w:pict><w:txbxContent>" + _p(_r("Trong hộp")) + "</w:txbxContent>"
           "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"),
        _p(),
        _p(_r("Hết.")),
    ])
    out = formats.docx_extract(_docx(body, numbering=NUMBERING), "t.docx")
    assert out.text.splitlines() == [
        "Điều 1. Phạm vi",
        "1. Nguyên tắc chung", "a) Công khai", "b) Minh bạch",
        "2. Biện pháp", "a) Bảo đảm",
        "I. Phần chung",
        "Số:\t12/NQ-HĐND", "ngày 15",
        "Giữ lại thêm mới",
        "ỦY BAN NHÂN DÂN", "CỘNG HÒA", "Độc lập",
        "Trước hộp", "Trong hộp",
        "Hết.",
    ]
    # Paragraph numbers in body order; the break keeps its paragraph; the empty
    # paragraph (14) yields no line; the text box is paragraph 13 inside 12.
    assert out.line_origin == (1, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 12, 13, 14, 16)
    assert out.notes == ()


def test_docx_list_style_numbering_from_word_template():
    """python-docx's template defines 'List Number' through numbering.xml, as Word does."""
    d = docx.Document()
    d.add_paragraph("Các biện pháp:")
    for text in ("Công khai thông tin", "Lấy ý kiến Nhân dân", "Kiểm tra, giám sát"):
        d.add_paragraph(text, style="List Number")
    buf = io.BytesIO()
    d.save(buf)
    text, origin = formats.docx_text(buf.getvalue(), "t.docx")
    assert text.splitlines() == ["Các biện pháp:", "1. Công khai thông tin",
                                 "2. Lấy ý kiến Nhân dân", "3. Kiểm tra, giám sát"]
    assert origin == (1, 2, 3, 4)


def test_docx_runs_in_legacy_fonts_are_converted():
    body = "".join([
        _p(_r("céng hoµ x· héi chñ nghÜa viÖt nam", ".VnTimeH")),  # all-capitals font
        _p(_r("§éc lËp - Tù do - H¹nh phóc", ".VnTime")),
        _p(_r("Ñieàu 1. ", "VNI-Times"), _r("Phạm vi", "Times New Roman")),
        _p(_r("ë th«n", ".VnTime"), _r(" và ", "Arial"), _r("ë c¬ së", ".VnTime")),
    ])
    out = formats.docx_extract(_docx(body), "t.docx")
    assert out.text.splitlines() == ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                     "Độc lập - Tự do - Hạnh phúc", "Điều 1. Phạm vi",
                                     "Ở thôn và ở cơ sở"]  # a run mid-sentence keeps its case
    assert len(out.notes) == 2 and all("sang Unicode" in n for n in out.notes)


def test_docx_typed_in_vntime_parses_like_the_txt(tmp_path, seed_paragraphs, reference):
    """The seed as an old office would have typed it: every run in .VnTime."""
    d = docx.Document()
    for text in seed_paragraphs:
        run = d.add_paragraph().add_run(legacy.from_unicode(text, "TCVN3"))
        run.font.name = ".VnTime"
    path = tmp_path / f"{SEED}.docx"
    d.save(path)
    assert shape(path)["units"] == reference["units"]
    warnings = [i.message for i in parse_file(path).issues if i.severity == "warning"]
    assert any("TCVN3" in w for w in warnings)


def test_docx_with_legacy_text_but_no_font_is_detected(tmp_path, seed_paragraphs, reference):
    d = docx.Document()
    for text in seed_paragraphs:
        d.add_paragraph(legacy.from_unicode(text, "VNI"))
    path = tmp_path / f"{SEED}.docx"
    d.save(path)
    assert shape(path)["units"] == reference["units"]
    assert "VNI" in load_file(path).note


# --- HTML details ------------------------------------------------------------------------
def test_html_blocks_entities_and_hidden_parts():
    page = """<html><body>
      <h1>NGHỊ QUYẾT</h1>
      <p>Căn cứ Luật Thực hiện dân chủ ở cơ sở&nbsp;ngày 10 tháng 11 năm 2022;</p>
      <div>Điều 1.<br>1. Nội dung &amp; phạm vi</div>
      <ul><li>a) Công khai</li><li>b) Bàn và quyết định</li></ul>
      <table><tr><td>ỦY BAN NHÂN DÂN</td><td>CỘNG HÒA</td></tr></table>
      <p style="display: none">ẩn</p><p hidden>cũng ẩn</p>
      <pre>giữ   nguyên
  dòng</pre>
    </body></html>"""
    assert formats.html_text(page, "t.html").splitlines() == [
        "NGHỊ QUYẾT",
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
        "Điều 1.", "1. Nội dung & phạm vi",
        "a) Công khai", "b) Bàn và quyết định",
        "ỦY BAN NHÂN DÂN", "CỘNG HÒA",
        "giữ   nguyên", "  dòng",
    ]


def test_html_entity_declarations_are_never_expanded():
    page = ('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "XXXXXXXXXX">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><html><body><p>Điều 1. &b;</p></body></html>')
    text = formats.html_text(page, "t.html")
    assert "XXXX" not in text and text.startswith("Điều 1.")


def test_html_in_windows_1258_is_decoded_from_its_meta_charset(tmp_path):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
            '</head><body><p>Xin chao</p><p>Thực hiện dân chủ ở cơ sở</p></body></html>')
    raw = b"".join(_cp1258(ch) for ch in page)
    path = tmp_path / "vb.html"
    path.write_bytes(raw)
    assert load_file(path).text.splitlines() == ["Xin chao", "Thực hiện dân chủ ở cơ sở"]


def _cp1258(ch: str) -> bytes:
    """Windows-1258 stores the tone as a combining mark after the base letter."""
    import unicodedata

    parts = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in parts if c in legacy.TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in legacy.TONES))
    return (base + tone).encode("cp1258")


# --- refusals ----------------------------------------------------------------------------
def _zip(**entries: bytes | str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name.replace("__", "/"), data)
    return buf.getvalue()


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                     for i in range(1, 10))
          + f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'
            "</w:body></w:document>".encode())
CT = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def _ole(stream: str) -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + stream.encode("utf-16-le") + bytes(64)


BAD_INPUTS = {
    "empty.txt": (b"", "rỗng"),
    "nul.txt": (b"abc\x00\x01\x02def" * 50, "nhị phân"),
    "anh.docx": (b"\x89PNG\r\n\x1a\n" + bytes(200), "ảnh PNG"),
    "hong.docx": (None, "bị hỏng"),  # a real .docx cut in half, built below
    "khong-phai-word.docx": (_zip(hello__txt="xin chào"), "không phải tài liệu Word"),
    "bang-tinh.docx": (_zip(**{"[Content_Types].xml": CT, "xl__workbook.xml": "<w/>"}), "Excel"),
    "odt.docx": (_zip(mimetype="application/vnd.oasis.opendocument.text", **{"content.xml": "<x/>"}),
                 "OpenDocument"),
    "bom-thuc-the.docx": (_zip(**{"[Content_Types].xml": CT, "word__document.xml": LAUGHS}), "DOCTYPE"),
    "bom-nen.docx": (_zip(**{"[Content_Types].xml": CT, "word__document.xml": b" " * (8 << 20)}),
                     "bom nén"),
    "cu.doc": (_ole("WordDocument"), "Word cũ (.doc)"),
    "mat-khau.docx": (_ole("EncryptedPackage"), "mật khẩu"),
    "van-ban.rtf": (b"{\\rtf1\\ansi Dieu 1}", "RTF"),
    "hong.pdf": (b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage", "PDF bị hỏng"),
    "nga.txt": ("Это проверка текста в кодировке Windows-1251, не UTF-8.".encode("cp1251"),
                "bảng mã"),
}


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory, seed_docx):
    folder = tmp_path_factory.mktemp("bad")
    out = {}
    for name, (data, expected) in BAD_INPUTS.items():
        if data is None:
            whole = seed_docx.read_bytes()
            data = whole[: len(whole) // 2]
        (folder / name).write_bytes(data)
        out[name] = (folder / name, expected)
    return out


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_bad_input_is_refused_with_a_clear_message(bad_files, name):
    path, expected = bad_files[name]
    with pytest.raises(SourceError) as err:
        load_file(path)
    assert err.value.path == str(path)
    assert expected in err.value.problem
    # Through ingest: an error issue naming the problem, no document, no traceback.
    src = parse_file(path)
    assert src.documents == ()
    assert [(i.severity, i.message) for i in src.issues] == [("error", err.value.problem)]


def test_docx_with_damaged_compressed_data_is_refused(seed_docx):
    data = bytearray(seed_docx.read_bytes())
    info = zipfile.ZipFile(seed_docx).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for k in range(start + 100, start + 400):
        data[k] ^= 0x5A
    with pytest.raises(SourceError, match="bị hỏng: không giải nén được phần word/document.xml"):
        load_bytes(bytes(data), "x.docx")


def test_zip_bomb_is_refused_before_reading(monkeypatch, bad_files):
    """Sizes are checked from the zip directory; a part is never inflated to find out."""
    path, _ = bad_files["bom-nen.docx"]
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *a, **k: pytest.fail("read a part"))
    with pytest.raises(SourceError, match="bom nén"):
        load_file(path)


def test_declared_total_size_is_capped(monkeypatch, seed_docx):
    monkeypatch.setattr(formats, "MAX_TOTAL_BYTES", 10_000)
    with pytest.raises(SourceError, match="quá lớn"):
        load_file(seed_docx)


def test_entities_are_refused_in_any_part(seed_docx):
    with zipfile.ZipFile(seed_docx) as z:
        parts = {i.filename.replace("/", "__"): z.read(i) for i in z.infolist()}
    parts["word__styles.xml"] = LAUGHS
    with pytest.raises(SourceError, match="DOCTYPE/ENTITY trong word/styles.xml"):
        load_bytes(_zip(**parts), "x.docx")


def test_encrypted_zip_entry_is_refused(seed_docx):
    """Flag an entry as encrypted in the zip directory (zipfile cannot write one)."""
    data = bytearray(seed_docx.read_bytes())
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        name_len = int.from_bytes(data[pos + 28:pos + 30], "little")
        if data[pos + 46:pos + 46 + name_len] == b"word/document.xml":
            data[pos + 8] |= 0x1
        pos = data.find(b"PK\x01\x02", pos + 4)
    with pytest.raises(SourceError, match="mật khẩu"):
        load_bytes(bytes(data), "x.docx")


def test_huge_file_is_refused(monkeypatch, seed_txt):
    monkeypatch.setattr(loader, "MAX_BYTES", 1000)
    with pytest.raises(SourceError, match="quá lớn"):
        load_file(seed_txt)
    with pytest.raises(SourceError, match="quá lớn"):
        load_bytes(seed_txt.read_bytes(), "x.txt")


def _pdf(text: str | None) -> bytes:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    if text is None:
        pdf.rect(20, 20, 120, 160, style="F")  # a "scan": graphics, no text
    else:
        pdf.add_font("dejavu", "", str(DEJAVU))
        pdf.set_font("dejavu", size=12)
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def _encrypted(data: bytes, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="chu-so-huu", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_pdf_without_text_layer_asks_for_ocr():
    with pytest.raises(SourceError, match="OCR"):
        load_bytes(_pdf(None), "scan.pdf")


def test_encrypted_pdf_is_refused_unless_it_opens_without_password():
    plain = _pdf("Điều 1. Phạm vi điều chỉnh")
    with pytest.raises(SourceError, match="mật khẩu"):
        load_bytes(_encrypted(plain, "bi-mat"), "khoa.pdf")
    # Only an owner password (printing/copy restrictions): readable as usual.
    assert load_bytes(_encrypted(plain, ""), "han-che.pdf").text == "Điều 1. Phạm vi điều chỉnh"


# --- encodings through the loader ------------------------------------------------------------
@pytest.mark.parametrize("encoding,as_bytes", [("TCVN3", True), ("TCVN3", False), ("VNI", True),
                                               ("VNI", False)])
def test_legacy_txt_is_converted_with_a_warning(tmp_path, seed_txt, reference, encoding, as_bytes):
    text = legacy.from_unicode(seed_txt.read_text(encoding="utf-8"), encoding)
    path = tmp_path / f"{SEED}.txt"
    # Raw bytes of an old editor, or the same characters re-saved as UTF-8.
    path.write_bytes(legacy.to_bytes(text) if as_bytes else text.encode("utf-8"))
    assert shape(path)["units"] == reference["units"]
    notes = [i.message for i in parse_file(path).issues if i.severity == "warning"]
    assert f"đã chuyển mã từ {encoding} sang Unicode" in notes


def test_windows_1258_txt_is_read(tmp_path, seed_txt, reference):
    path = tmp_path / f"{SEED}.txt"
    path.write_bytes(b"".join(_cp1258(ch) for ch in seed_txt.read_text(encoding="utf-8")))
    assert shape(path)["units"] == reference["units"]
    assert "Windows-1258" in load_file(path).note


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-8-sig"])
def test_unicode_variants_are_read(tmp_path, seed_txt, reference, codec):
    path = tmp_path / f"{SEED}.txt"
    path.write_bytes(seed_txt.read_text(encoding="utf-8").encode(codec))
    assert shape(path)["units"] == reference["units"]


def test_mixed_unicode_and_legacy_is_refused(tmp_path, seed_txt):
    lines = seed_txt.read_text(encoding="utf-8").splitlines()
    half = len(lines) // 2
    path = tmp_path / "tron.txt"
    path.write_text("\n".join(lines[:half] + [legacy.from_unicode(x, "TCVN3") for x in lines[half:]]),
                    encoding="utf-8")
    with pytest.raises(SourceError, match="trộn lẫn"):
        load_file(path)


def test_utf8_with_a_few_damaged_bytes_is_kept_with_a_note(tmp_path, seed_txt, reference):
    data = bytearray(seed_txt.read_bytes())
    pos = data.index("Điều 2".encode())  # damage one byte inside a word of Điều 1
    data[pos - 40] = 0xFF
    path = tmp_path / f"{SEED}.txt"
    path.write_bytes(bytes(data))
    loaded = load_file(path)
    assert "1 chỗ hỏng" in loaded.note and "\ufffd" in loaded.text
    assert shape(path)["units"] == reference["units"]


@pytest.mark.parametrize("suffix", ["docx", "html", "txt", "pdf"])
def test_damaged_files_never_raise_anything_but_source_error(seed_docx, seed_html, seed_txt, suffix):
    """Random byte damage (deterministic seed): a readable text or a named refusal, never a crash."""
    import random

    paths = {"docx": seed_docx, "html": seed_html, "txt": seed_txt}
    original = paths[suffix].read_bytes() if suffix in paths else _pdf("Điều 1. Phạm vi\n" * 40)
    rng = random.Random(2024)
    for _ in range(40):
        damaged = bytearray(original)
        for _ in range(rng.randint(1, 20)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        if rng.random() < 0.3:
            damaged = damaged[: rng.randrange(len(damaged))]
        try:
            loaded = load_bytes(bytes(damaged), f"x.{suffix}")
        except SourceError as exc:
            assert exc.problem
        else:
            assert loaded.text.strip()
