"""The layer rule holds and no import circle exists (bench/layers.py reads the imports).

corpus (pure readers) → kb core only (model, vntext, structure, citation patterns);
kb never imports corpus, pipeline, checker or ui; pipeline joins corpus and kb;
checker → kb + corpus; ui → everything; nothing imports ui.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("layers", Path(__file__).resolve().parents[1] / "bench" / "layers.py")
layers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(layers)


def test_the_import_graph_covers_the_project():
    g = layers.graph()
    assert {"kb.citations.find", "kb.citations.resolve", "pipeline.ingest", "corpus.phapdien", "ui.cli"} <= set(g)
    # the reader sees function-local imports too
    assert any(local for deps in g.values() for _, _, local in deps)


def test_no_import_goes_against_the_layers():
    assert layers.violations(layers.graph()) == []


def test_kb_never_imports_corpus_and_nothing_imports_ui():
    g = layers.graph()
    for mod, deps in g.items():
        for dep, line, _ in deps:
            if mod.startswith("kb."):
                assert not dep.startswith(("corpus", "pipeline", "checker", "ui")), (mod, line, dep)
            if not mod.startswith("ui"):
                assert not dep.startswith("ui"), (mod, line, dep)


def test_no_import_circle():
    assert layers.circles(layers.graph()) == []


def test_a_violation_and_a_circle_are_detected():
    g = {"kb.a": [("corpus.x", 3, False)], "corpus.x": [("kb.a", 5, True)]}
    assert layers.violations(g) == ["kb.a:3 imports corpus.x (kb → corpus)",
                                    "corpus.x:5 imports kb.a (corpus → kb, inside a function)"]
    assert layers.circles(g) == [["corpus.x", "kb.a"]]
