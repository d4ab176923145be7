"""Shared fixtures: the real corpus and one knowledge base built from it per session.

The full-corpus build takes ~30 s; every test module reuses it. Set
DCCS_TEST_KB to a path to keep the built base between runs (it is rebuilt
when missing; sources whose sha256 did not change are skipped).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.ingest import corpus_root, default_sources, ingest
from kb.store import Store

PROJECT = Path(__file__).resolve().parents[1]
CORE_FILE = "phapdien/xay-dung-phap-luat-va-thi-hanh-phap-luat/thuc-hien-dan-chu-o-co-so.md"


@pytest.fixture(scope="session")
def corpus() -> Path:
    return corpus_root()


@pytest.fixture(scope="session")
def kb_path(tmp_path_factory, corpus) -> Path:
    """Path of a knowledge base holding the whole corpus (phapdien/ and seeds/)."""
    env = os.environ.get("DCCS_TEST_KB")
    path = Path(env) if env else tmp_path_factory.mktemp("kb") / "kb.sqlite"
    with Store(path) as store:
        reports = ingest(store, default_sources())
    rejected = [r for r in reports if r.state == "rejected"]
    assert not rejected, rejected
    return path


@pytest.fixture(scope="session")
def store(kb_path) -> Store:
    s = Store(kb_path)
    yield s
    s.close()


@pytest.fixture(scope="session")
def seeds(corpus) -> Path:
    return corpus / "seeds"
