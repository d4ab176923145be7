"""Vietnamese legal search over the knowledge base (see engine.py for the entry point).

Pipeline, one module per step: ``segment`` (pyvi words) → ``analysis``
(canonical/folded terms) → ``index`` (tantivy, persisted beside the KB) →
``query`` (abbreviations, accent restoration, words) + ``citation_query``
(citations and document numbers) → ``engine`` (BM25, re-ranking, hits) →
``snippet`` (best clause, matched words in [[ ]]).
"""
from kb.search.engine import Hit, SearchEngine, SearchInputError, SearchResult
from kb.search.index import SearchIndexError, index_dir

__all__ = ["Hit", "SearchEngine", "SearchIndexError", "SearchInputError", "SearchResult", "index_dir"]
