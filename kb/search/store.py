"""The search index's reads (and the benchmark's one write) of the knowledge base, with typed results.

The search code never writes SQL itself: ``kb.search.index`` asks for the
sources' fingerprint, the articles' text and the documents' attributes;
``kb.search.engine`` for the units under an article; ``bench/search_bench.py``
for the article ids and to mark a source changed (on its own copy of a KB).
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Iterable, Iterator

from kb.model import ProvisionId, Unit
from kb.store import Store


@dataclass(frozen=True)
class ArticleText:
    """An article as the index reads it: its title and the text of every unit under it."""

    uid: str
    doc_id: str
    source: str
    title: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class DocAttributes:
    doc_type: str
    topic: str  # the pháp điển đề mục, e.g. "44.13"
    kind: str


#: a unit id's article: its document's id (which may hold ":") and the first "dN" segment
_ARTICLE = re.compile(r"^(.+?:d\d+[^:]*)(?::|$)")


class SearchStore:
    """Typed queries over one knowledge base for the search index and engine."""

    def __init__(self, store: Store):
        self.conn = store.conn

    def source_fingerprint(self) -> dict[str, list[str]]:
        """path → [sha256, ingested_at] of every source: what the index was built from."""
        return {r[0]: [r[1], r[2]] for r in self.conn.execute("SELECT path, sha256, ingested_at FROM sources")}

    def articles(self, sources: Iterable[str] | None = None) -> Iterator[ArticleText]:
        """Articles (of ``sources``, or all) with the text of every unit under them, in reading order."""
        sql = "SELECT uid, doc_id, level, title, text, source_path FROM units"
        params: tuple = ()
        if sources is not None:
            sources = list(sources)
            if not sources:
                return
            sql += f" WHERE source_path IN ({','.join('?' * len(sources))})"
            params = tuple(sources)
        sql += " ORDER BY doc_id, ordinal"
        current: dict | None = None
        for uid, doc_id, level, title, text, source in self.conn.execute(sql, params):
            if level == "article":
                if current:
                    yield ArticleText(current["uid"], current["doc"], current["source"],
                                      current["title"], tuple(current["lines"]))
                current = {"uid": uid, "doc": doc_id, "source": source, "title": title or "",
                           "lines": [text] if text else []}
            elif current and text and ProvisionId.within(uid, current["uid"]):
                current["lines"].append(text)
        if current:
            yield ArticleText(current["uid"], current["doc"], current["source"], current["title"],
                              tuple(current["lines"]))

    def doc_attributes(self) -> dict[str, DocAttributes]:
        """doc_id → (type, đề mục, kind) of every document: the index's filter fields."""
        return {r[0]: DocAttributes(r[1] or "", r[2] or "", r[3] or "")
                for r in self.conn.execute("SELECT doc_id, doc_type, phapdien_topic, kind FROM documents")}

    def units_under(self, article: Unit) -> list[Unit]:
        """Clauses, points and paragraphs of an article that have text, in order (one query)."""
        rows = self.conn.execute(
            "SELECT uid, level, label, parent, ordinal, text FROM units WHERE uid > ? AND uid < ? "
            "ORDER BY ordinal", ProvisionId.under_range(article.uid)).fetchall()
        return [Unit(uid=r[0], doc_id=article.doc_id, level=r[1], label=r[2], parent=r[3],
                     ordinal=r[4], text=r[5]) for r in rows if r[5]]

    def titles(self, uids: list[str]) -> dict[str, str]:
        """uid → title ("" when it has none) of the units among ``uids`` that exist (one query per 500)."""
        out: dict[str, str] = {}
        for i in range(0, len(uids), 500):
            part = uids[i:i + 500]
            out.update((r[0], r[1] or "") for r in self.conn.execute(
                f"SELECT uid, title FROM units WHERE uid IN ({','.join('?' * len(part))})", part))
        return out

    def cited_articles(self, article_uid: str) -> tuple[str, ...]:
        """Articles that ``article_uid`` or a unit under it cites (``graph_edges`` of type 'cites'),
        each once, cut to the article (``doc:dN``); () when the knowledge base has no graph."""
        low, high = ProvisionId.under_range(article_uid)
        try:
            rows = self.conn.execute(
                "SELECT DISTINCT dst FROM graph_edges WHERE type = 'cites' AND (src = ? OR (src > ? AND src < ?))",
                (article_uid, low, high)).fetchall()
        except sqlite3.OperationalError:  # no graph tables
            return ()
        out: dict[str, None] = {}
        for (dst,) in rows:
            got = _ARTICLE.match(dst)
            if got:
                out[got.group(1)] = None
        out.pop(article_uid, None)
        return tuple(out)

    def article_uids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT uid FROM units WHERE level='article'")}

    def source_paths(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT path FROM sources")]

    def mark_source_changed(self, path: str) -> None:
        """Make ``path`` look re-ingested (its ``ingested_at`` changes): the next open updates
        the index incrementally. For benchmarks, on a copy of a knowledge base."""
        with self.conn:
            self.conn.execute("UPDATE sources SET ingested_at = ingested_at || '+bench' WHERE path = ?", (path,))


def read_articles(store: Store, sources: Iterable[str] | None = None) -> Iterator[ArticleText]:
    """``SearchStore(store).articles(sources)``."""
    return SearchStore(store).articles(sources)
