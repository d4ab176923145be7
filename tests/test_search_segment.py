"""The fast pyvi decoder gives pyvi's own words, and the index follows the KB incrementally."""
from __future__ import annotations


import pytest

from pipeline.ingest import ingest
from kb.search import SearchEngine, index_dir
from kb.search.analysis import analyze_lines
from kb.search.segment import segment, segment_lines, syllabify
from kb.store import Store

CORE = "phapdien/xay-dung-phap-luat-va-thi-hanh-phap-luat/thuc-hien-dan-chu-o-co-so.md"


@pytest.fixture(scope="module")
def core_lines(corpus) -> list[str]:
    text = (corpus / CORE).read_text(encoding="utf-8")
    return [line for line in text.split("\n") if line.strip()]


def test_segmentation_equals_pyvi_on_the_core_file(core_lines):
    from pyvi import ViTokenizer

    sample = core_lines[::3]  # every third line: 1 100 lines of the core đề mục
    ours = segment_lines(sample)
    for line, words in zip(sample, ours):
        assert words == ViTokenizer.tokenize(line).split(" "), line


def test_syllabifier_equals_pyvi(core_lines):
    from pyvi.ViTokenizer import ViTokenizer

    tricky = ["Email: abc.def@mof.gov.vn, web https://phapdien.moj.gov.vn/x?y=1",
              "số tiền 1.000.000,50 đồng ... và UBND. tỉnh ==> TP. Hà Nội -> xã",
              "Điều 44.13.LQ.15. Những nội dung", ""]
    for line in tricky + core_lines[:300]:
        assert syllabify(line) == ViTokenizer.sylabelize(line)[1], line


def test_segment_examples():
    assert segment("Trưởng thôn do cộng đồng dân cư bầu") == ["Trưởng_thôn", "do", "cộng_đồng", "dân_cư", "bầu"]
    assert segment("") == []
    assert segment_lines(["", "Hội đồng nhân dân", ""]) == [[], ["Hội_đồng", "nhân_dân"], []]
    terms = analyze_lines(["Tổ dân phố, khu phố", "02 năm"])
    assert terms[0].folded_syllables == ("to", "dan", "pho", "khu", "pho")
    assert terms[1].syllables == ("2", "năm")  # leading zeros: "02" and "2" are one number


def test_index_is_built_then_updated_incrementally(corpus, seeds, tmp_path):
    kb = tmp_path / "kb.sqlite"
    with Store(kb) as store:
        ingest(store, [corpus / CORE])
        engine = SearchEngine.open(store)
        assert engine.report.mode == "full" and engine.report.articles == 348
        assert index_dir(kb).is_dir()
        assert SearchEngine.open(store).report.mode == "fresh"
        before = engine.rank("nhiệm kỳ ban thanh tra nhân dân", limit=5)

        ingest(store, [seeds / "001_dd7ef5a3fe288978.txt"])  # the Hà Nội draft resolution
        engine = SearchEngine.open(store)
        assert engine.report.mode == "incremental" and engine.report.sources == 1
        assert 0 < engine.report.articles < 20
        hits = engine.search("biện pháp bảo đảm thực hiện dân chủ ở cơ sở trên địa bàn Thành phố", limit=10)
        drafts = [h for h in hits if h.doc_type == "Nghị quyết"]
        assert drafts and drafts[0].status == "dự thảo"

        ingest(store, [corpus / CORE], force=True)  # same text, re-ingested: re-indexed, same answers
        engine = SearchEngine.open(store)
        assert engine.report.mode == "incremental" and engine.report.articles == 348
        assert engine.rank("nhiệm kỳ ban thanh tra nhân dân", limit=5) == before


def test_index_with_another_format_is_rebuilt(corpus, tmp_path):
    kb = tmp_path / "kb.sqlite"
    with Store(kb) as store:
        ingest(store, [corpus / CORE])
        SearchEngine.open(store)
        manifest = index_dir(kb) / "manifest.json"
        manifest.write_text(manifest.read_text(encoding="utf-8").replace('"format": ', '"format": 1000'),
                            encoding="utf-8")
        assert SearchEngine.open(store).report.mode == "full"
        (index_dir(kb) / "forward.npz").write_bytes(b"broken")
        engine = SearchEngine.open(store)
        assert engine.report.mode == "full"
        assert engine.rank("Điều 15 Luật 10/2022", limit=1) == ["10/2022/QH15:d15"]


def test_kb_is_not_modified_by_indexing(corpus, tmp_path):
    kb = tmp_path / "kb.sqlite"
    with Store(kb) as store:
        ingest(store, [corpus / CORE])
    with Store(kb, readonly=True) as store:
        before = store.snapshot(), store.sources_state()
    with Store(kb) as store:
        SearchEngine.open(store)
    with Store(kb, readonly=True) as store:
        assert (store.snapshot(), store.sources_state()) == before


def test_batch_index_terms_equal_the_line_by_line_definition(store):
    """``article_fields`` (array operations over a batch) gives the terms of the plain per-line
    definition, on real articles spread over the whole corpus (titles, definitions, numbers)."""
    from kb.search.index import _batches, article_fields, article_fields_reference, read_articles

    articles = list(read_articles(store))
    sample = articles[::97][:400]
    assert len(sample) == 400
    for batch in _batches(sample, size=100):
        fast, plain = article_fields(batch), article_fields_reference(batch)
        assert [u for u, _ in fast] == [u for u, _ in plain]
        for (uid, f), (_, g) in zip(fast, plain):
            assert f.keys() == g.keys()
            for k in f:
                if k == "accent":  # a set of vocabulary entries: order and repeats mean nothing
                    assert set(f[k].split()) == set(g[k].split()), (uid, k)
                else:
                    assert f[k] == g[k], (uid, k)
    assert any(f["defines"] for b in _batches(sample, size=100) for _, f in article_fields(b))


def test_forward_rows_counted_in_the_workers_equal_those_of_the_index_strings(store):
    """``analyse_batch`` counts the common terms from its arrays; ``ForwardStore.rows_of``
    reads the same articles' index strings: both give the same forward rows."""
    import numpy as np

    from kb.search.forward import ForwardStore, common_vocabulary
    from kb.search.index import _batches, analyse_batch, read_articles

    sample = list(read_articles(store))[::89][:400]
    batches = list(_batches(sample, size=100))
    fields = [f for b in batches for _, f in analyse_batch(b, None)[0]]
    forward = ForwardStore(common_vocabulary(fields))
    assert len(forward.vocab) > 100
    for batch in batches:
        got, rows = analyse_batch(batch, forward.by_field)
        want = forward.rows_of([f for _, f in got])
        assert rows.tfs.sum() > 0
        for a, b in ((rows.indptr, want.indptr), (rows.cols, want.cols), (rows.tfs, want.tfs),
                     (rows.lengths, want.lengths)):
            assert np.array_equal(a, b)
