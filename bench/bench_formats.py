"""Format readers and legacy encodings: latency, throughput, memory, ratio vs reference.

1. Legacy detection on the whole Unicode corpus (it runs on every uploaded
   file); reference: the NFC normalisation every file gets anyway.
2. Detect + convert whole documents (seeds, core đề mục) written in TCVN3/VNI;
   reference: a bare ``str.translate`` of the same text (TCVN3 table).
3. DOCX / HTML / PDF extraction of the Hà Nội draft (seed 001) and of the
   core đề mục (~6,600 paragraphs) as DOCX; references: python-docx's
   paragraph texts, lxml ``text_content()``, pypdf ``extract_text()``.

    python bench/bench_formats.py [--runs 7]

Prints median and p95 per operation, peak traced memory, and the ratio to the
reference (ours / reference; > 1 means slower). PDF needs fpdf2 and DejaVuSans.
"""
from __future__ import annotations

import argparse
import io
import statistics
import time
import tracemalloc
import unicodedata
from pathlib import Path

from corpus import formats, legacy
from corpus.loader import load_bytes
from corpus.official import unwrap
from pipeline.ingest import corpus_root

CORE = "phapdien/xay-dung-phap-luat-va-thi-hanh-phap-luat/thuc-hien-dan-chu-o-co-so.md"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def peak_mb(fn) -> float:
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1048576


def stats(xs: list[float]) -> tuple[float, float]:
    xs = sorted(xs)
    return statistics.median(xs), xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def row(name: str, ours: list[float], ref: list[float] | None, mem: float, extra: str = "") -> None:
    med, p95 = stats(ours)
    ratio = f"{med / stats(ref)[0]:6.2f}x" if ref else "     - "
    print(f"{name:42} median {med * 1000:9.1f} ms  p95 {p95 * 1000:9.1f} ms  "
          f"peak {mem:7.1f} MB  vs ref {ratio}  {extra}")


def bench_detection(root: Path) -> None:
    files = sorted((root / "seeds").glob("*.txt")) + sorted((root / "phapdien").rglob("*.md"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    size = sum(len(t.encode("utf-8")) for t in texts)
    ours = timed(lambda: [legacy.diagnose(t) for t in texts], 3)
    ref = timed(lambda: [unicodedata.normalize("NFC", t) for t in texts], 3)
    verdicts = {legacy.diagnose(t).verdict for t in texts}
    mem = peak_mb(lambda: legacy.diagnose(max(texts, key=len)))
    row(f"detect: {len(files)} Unicode files, {size / 1e6:.0f} MB", ours, ref, mem,
        f"{size / 1e6 / stats(ours)[0]:.0f} MB/s, verdicts {sorted(verdicts)}")
    per_file = []
    for t in texts:
        s = time.perf_counter()
        legacy.diagnose(t)
        per_file.append(time.perf_counter() - s)
    row("detect: per file", per_file, None, 0.0)


def bench_conversion(root: Path, runs: int) -> None:
    docs = [f.read_text(encoding="utf-8") for f in sorted((root / "seeds").glob("*.txt"))]
    docs.append((root / CORE).read_text(encoding="utf-8"))
    docs = [unicodedata.normalize("NFC", d).replace("\xad", "") for d in docs]
    size = sum(len(d) for d in docs)
    table = str.maketrans(legacy.TCVN3_DECODE)
    for enc in legacy.ENCODINGS:
        encoded = [legacy.from_unicode(d, enc) for d in docs]

        def convert_all() -> None:
            for cached in (legacy._read_word, legacy._convert_word, legacy._word_shape,
                           legacy.is_syllable):
                cached.cache_clear()  # measure a cold start, as for one upload
            for text in encoded:
                found = legacy.detect(text)
                assert found == enc, found
                legacy.to_unicode(text, found)

        ours = timed(convert_all, runs)
        ref = timed(lambda: [t.translate(table) for t in encoded], runs)
        row(f"detect+convert {enc}: 6 docs, {size / 1e6:.1f} M chars", ours, ref, peak_mb(convert_all),
            f"{size / 1e6 / stats(ours)[0]:.2f} M chars/s")


def make_docx(paragraphs: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def bench_extraction(root: Path, runs: int) -> None:
    import docx
    from lxml import html as lxml_html

    seed = [p.text for p in unwrap((root / "seeds/001_dd7ef5a3fe288978.txt").read_text(encoding="utf-8"))]
    core = [p.text for p in unwrap((root / CORE).read_text(encoding="utf-8"))]
    for label, paras in (("seed 001", seed), ("core đề mục", core)):
        data = make_docx(paras)
        ours = timed(lambda: load_bytes(data, "x.docx"), runs)
        ref = timed(lambda: "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs), runs)
        row(f"DOCX {label}: {len(paras)} paragraphs, {len(data) // 1024} KB", ours, ref,
            peak_mb(lambda: load_bytes(data, "x.docx")))
    page = ("<html><head><script>var a=1;</script></head><body><nav>menu</nav><div id='toanvancontent'>"
            + "".join(f"<p>{p}</p>" for p in core) + "</div></body></html>")
    ours = timed(lambda: formats.html_text(page, "x.html"), runs)
    ref = timed(lambda: lxml_html.document_fromstring(page).text_content(), runs)
    row(f"HTML core đề mục: {len(page) // 1024} KB", ours, ref,
        peak_mb(lambda: formats.html_text(page, "x.html")))
    try:
        import fpdf
        from pypdf import PdfReader
    except ImportError:
        print("PDF: fpdf2 not installed, skipped")
        return
    if not DEJAVU.exists():
        print("PDF: DejaVuSans.ttf missing, skipped")
        return
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", "", str(DEJAVU))
    pdf.set_font("dejavu", size=10)
    for text in seed:
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    ours = timed(lambda: load_bytes(data, "x.pdf"), runs)
    ref = timed(lambda: [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages], runs)
    row(f"PDF seed 001: {pdf.page_no()} pages", ours, ref, peak_mb(lambda: load_bytes(data, "x.pdf")))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    root = corpus_root()
    bench_detection(root)
    bench_conversion(root, args.runs)
    bench_extraction(root, args.runs)


if __name__ == "__main__":
    main()
