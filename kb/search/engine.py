"""Search the knowledge base as a legal officer would: words, abbreviations or a citation.

``SearchEngine.open(store)`` opens (building or refreshing) the index beside
the knowledge base; ``engine.search(query, …)`` returns article-level hits,
each naming its best-matching clause or point with the matched words marked.

Ranking: BM25 over the fields of ``kb.search.index``, weighted by
``kb.search.query`` — tantivy for the query's rarer terms, the forward store
for its common ones (``_bm25``: same sum, a fraction of the postings walked);
then five re-ranking signals, each small and stated: a provision the query
cites comes first; hits from a document the query names ("nd 59 …") are
preferred; so, mildly, are articles of đề mục 44.13 (``CORE_BOOST``) and articles
whose whole title the query says (``TITLE_IN_QUERY``); hits from documents no longer (or not yet) in force on the
``as_of`` date are demoted. A bare citation is followed by the articles the
pháp điển cross-references from it.
"""
from __future__ import annotations

import math
import re
from collections import OrderedDict
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache

import numpy as np
import tantivy

from kb.citations.labels import citation_label
from kb.citations.model import DocRef
from kb.citations.patterns import QUERY_TYPE_WORDS as DOC_TYPE_WORDS
from kb.citations.resolve import Resolver
from kb.facts import ENDED, NOT_YET, status_as_of
from kb.model import Document, ProvisionId, Unit
from kb.search.analysis import folded_tokens
from kb.search.authority import factor as authority
from kb.search.authority import level as authority_level
from kb.search.citing import cited_prior
from kb.search.duplicates import prefer_originals
from kb.search.answer import asked, asked_category, asking_phrase
from kb.search.citation_query import QueryRefs, find_refs
from kb.search.forward import FIELD_INDEX
from kb.search.index import SearchIndex, UpdateReport
from kb.search.query import ParsedQuery, parse_query
from kb.search.quiz import split_quiz
from kb.search.rerank import ArticleText, ArticleWords, rerank, word_pairs, word_skips
from kb.search.snippet import ArticleClauses, ClauseWords, Marker, best_clause, mark
from kb.search.store import SearchStore
from kb.search.subjects import TYPES as SUBJECT_TYPES, Subjects
from kb.search.synonyms import synonyms
from kb.store import Store
from kb.vntext import dmy_to_iso, fold

NAMED_DOC_BOOST = 2.0  # "nd 59 trưởng thôn": hits from (every) Decree 59 × 2
#: The users are grassroots officers (docs: shared/design/users.md): an article of đề mục 44.13
#: (Law 10/2022, Decrees 59 and 61/2023) is preferred × 1.2 over a like-scored one elsewhere.
#: First dev set: 1.1, 1.2 and 1.35 alike (R@1 0.800 → 0.81–0.82, MRR 0.870 → 0.88–0.89).
CORE_TOPIC = "44.13"
CORE_BOOST = 1.2
#: An article whose whole title (≥ 2 syllables) is said in the query ("hình thức giám sát
#: của Mặt trận …" → Law 75/2015 Art. 27 "Hình thức giám sát") × 1.2. First dev set:
#: 1.1–1.3 alike (R@1 0.813 → 0.83–0.84, MRR 0.884 → 0.90), 1.5 worse (R@1 0.79).
TITLE_IN_QUERY = 1.2
#: An article whose title opens with what the question asks for ("… bằng những hình thức nào" →
#: "Hình thức giám sát"; search_synonyms.yaml asked_categories) × 1.2, like a title the query says.
CATEGORY_BOOST = 1.2
#: … and an article whose title opens with a head of search_synonyms.yaml restating_heads ("Trách
#: nhiệm …", "Nhiệm vụ …": the articles that say every procedure again as someone's duty) that the
#: question does not ask for × 0.8 (figures in docs/ARCHITECTURE.md, search section).
RESTATING = 0.8
#: A law the query names by its subject ("tiếp dân", "Mặt trận Tổ quốc": kb/search/subjects.py) × 1.2.
SUBJECT_BOOST = 1.2
OUT_OF_FORCE = 0.7  # hits from documents not in force on as_of × 0.7
CANDIDATES = 40  # BM25 hits re-ranked before the cut
NAMED_CANDIDATES = 20  # the named document's own best hits, added when BM25 ranks them lower
#: Candidates found by the rarer terms, re-scored with the common ones. An answer that says the
#: question's common words and few of its rare ones (a plain question whose law words, added by
#: search_synonyms.yaml's equivalents, are common: "bổn phận" → "nghĩa vụ") may stand below the
#: rarer terms' first 100. Tuning sets (R@1 / R@5 / R@10 / MRR@10) at 100 → 150: dev2 0.817 /
#: 0.944 / 0.953 / 0.867 → 0.822 / 0.948 / 0.962 / 0.872, dev3 0.939 / 0.983 / 0.994 / 0.959 →
#: 0.939 / 0.989 / 1.000 / 0.961, dev6 0.741 / 0.935 / 0.959 / 0.826 → 0.747 / 0.941 / 0.965 /
#: 0.832, dev1 and dev4 unchanged; five questions up, one down (dev6 d6-142 10th → out). 125: one
#: of them up and that one down; 200: the same five and dev4 d4-145 2nd → 3rd; 400: dev2 R@1 0.826, at twice the
#: forward store's cost. The first ``keep`` of the ranking are kept (nothing below is re-ranked).
PHASE1 = 150
CITES_CACHE = 20_000  # articles whose citations are kept (_cited)
MAX_LIMIT = 500


class SearchInputError(ValueError):
    """A filter or a date the user gave cannot be used (message in Vietnamese)."""


@dataclass(frozen=True)
class Hit:
    """One article-level result."""

    rank: int
    uid: str  # the best-matching unit (clause, point, paragraph) or the article
    article_uid: str
    doc: str  # document number as officers write it, e.g. "10/2022/QH15"
    doc_type: str
    doc_title: str
    article: str | None
    clause: str | None
    point: str | None
    phapdien_id: str | None
    title: str  # the article's title
    citation: str  # "khoản 4 Điều 15 Luật 10/2022/QH15"
    score: float
    snippet: str  # matched words in [[ ]]
    status: str  # in-force status on the as_of date
    status_notes: tuple[str, ...] = ()
    cited: bool = False  # the query cites this provision

    def to_json(self) -> dict:
        d = asdict(self)
        for key in ("article", "clause"):
            if d[key] is not None and str(d[key]).isdigit():
                d[key] = int(d[key])
        d["score"] = round(self.score, 4)
        d["status_notes"] = list(self.status_notes)
        return d


@dataclass(frozen=True)
class SearchResult:
    hits: list[Hit]
    query: ParsedQuery | None
    notes: tuple[str, ...] = field(default=())  # Vietnamese remarks: unresolved citation, …


@dataclass(frozen=True)
class _Plan:
    limit: int
    as_of: str
    notes: tuple[str, ...]
    parsed: ParsedQuery | None = None
    pinned: Unit | None = None  # the provision the query cites
    ranked: list[tuple[float, str]] = field(default_factory=list)
    whole_doc: str | None = None  # the query names a document only


def _parts(uid: str, doc_id: str) -> tuple[str | None, str | None, str | None]:
    """(article, clause, point) labels from a unit id such as '59/2023/NĐ-CP:d3:k1:c'."""
    pid = ProvisionId.parse(uid, doc_id)
    return pid.article, pid.clause, pid.point


def parse_as_of(value: str | None) -> str | None:
    """'2025-07-01' or '01/07/2025' → ISO date; None stays None."""
    if not value:
        return None
    value = value.strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    iso = dmy_to_iso(m.group(3), m.group(2), m.group(1)) if m else None
    if iso is None:
        m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", value)
        iso = dmy_to_iso(*m.groups()) if m else None
    try:
        date.fromisoformat(iso or "")
    except ValueError:
        raise SearchInputError(f"ngày «{value}» không hợp lệ; dùng dạng YYYY-MM-DD hoặc dd/mm/yyyy.") from None
    return iso


class SearchEngine:
    """Article-level search over one knowledge base."""

    def __init__(self, store: Store, index: SearchIndex, report: UpdateReport | None = None):
        self.store = store
        self.index = index
        self.report = report
        self.docs = Resolver(store)
        self.reads = SearchStore(store)
        self.synonyms = synonyms()
        self._doc_cache: dict[str, Document | None] = {}
        self._status_cache: dict[tuple[str, str], object] = {}
        # clauses of recently shown articles, with their folded words: typing a query
        # re-ranks mostly the same articles on every keystroke
        self._clauses: OrderedDict[str, tuple[list[Unit], ArticleClauses, frozenset[str]]] = OrderedDict()
        self._row_heads: dict[int, tuple[str, ...]] = {}  # forward row → its title's first words (_headed)
        self._row_titles: list[frozenset[str] | None] = []  # title words per forward row, when seen
        self._title_bits = np.zeros(0, dtype=np.uint64)  # per forward row: its title's words as bits (_titled)
        self._title_long = np.zeros(0, dtype=bool)
        self._title_seen = np.zeros(0, dtype=bool)
        self._factors: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # as_of → per-row factors
        self._units: OrderedDict[str, Unit | None] = OrderedDict()  # articles of recent hits
        self._labels: dict[str, tuple] = {}  # unit shown → (article, clause, point, citation)
        self._under: OrderedDict[str, list[Unit]] = OrderedDict()  # their units, for a while
        self._idfs: dict[tuple[str, str], float] = {}  # (field, term) → idf
        self._common: dict[tuple[str, str], tuple[int, int, float] | None] = {}  # _common_term
        self._per_term: dict[int, tuple] = {}  # id of a query term → _term_facts
        self._levels: dict[tuple[str, str], int] = {}  # (article uid, as_of) → authority level
        self._term_queries: dict[tuple[str, str, float], tantivy.Query] = {}
        self._doc_filters: dict[tuple[str, ...], tantivy.Query] = {}  # documents named → filter
        self._article_words = ArticleWords(self._article_text)
        self._cites: OrderedDict[str, tuple[str, ...]] = OrderedDict()  # article → the articles it cites (_cited)
        self._subjects: Subjects | None = None  # laws' subjects, read at the first query
        self._n = max(index.num_docs, 1)

    @classmethod
    def open(cls, store: Store, *, rebuild: bool = False, progress=None) -> "SearchEngine":
        index, report = SearchIndex.open(store, rebuild=rebuild, progress=progress)
        return cls(store, index, report)

    # -- public -------------------------------------------------------------
    def search(self, query: str, limit: int = 10, doc: str | None = None,
               doc_type: str | None = None, as_of: str | None = None) -> list[Hit]:
        return self.run(query, limit=limit, doc=doc, doc_type=doc_type, as_of=as_of).hits

    def run(self, query: str, limit: int = 10, doc: str | None = None,
            doc_type: str | None = None, as_of: str | None = None) -> SearchResult:
        """Hits with snippets and status, plus how the query was understood."""
        plan = self._plan(query, limit, doc, doc_type, as_of)
        if plan.whole_doc:
            articles = self.store.units_of(plan.whole_doc, "article")[:plan.limit]
            hits = [self._hit(a, None, 0.0, plan.as_of, rank=i) for i, a in enumerate(articles, 1)]
            return SearchResult(hits, None, plan.notes)
        hits: list[Hit] = []
        if plan.pinned is not None:
            hits.append(self._hit(plan.pinned, None, 0.0, plan.as_of, cited=True, rank=1))
        marker = self._marker(plan.parsed) if plan.parsed is not None else None
        for score, uid in plan.ranked:
            if len(hits) >= plan.limit:
                break
            article = self._unit(uid)
            if article is not None:
                hits.append(self._hit(article, marker, score, plan.as_of, parsed=plan.parsed, rank=len(hits) + 1))
        return SearchResult(hits, plan.parsed, plan.notes)

    def rank(self, query: str, limit: int = 10, doc: str | None = None,
             doc_type: str | None = None, as_of: str | None = None) -> list[str]:
        """Article uids only, best first: the same ranking without snippets (evaluation, benchmarks)."""
        plan = self._plan(query, limit, doc, doc_type, as_of)
        if plan.whole_doc:
            return [u.uid for u in self.store.units_of(plan.whole_doc, "article")[:plan.limit]]
        out = [_article_uid(plan.pinned)] if plan.pinned is not None else []
        out.extend(uid for _, uid in plan.ranked)
        return out[:plan.limit]

    def _plan(self, query: str, limit: int, doc: str | None, doc_type: str | None,
              as_of: str | None) -> "_Plan":
        """Everything but the hits' text: citations, query terms, ranked article uids."""
        limit = max(1, min(int(limit), MAX_LIMIT))
        as_of = parse_as_of(as_of) or date.today().isoformat()
        filters = self._filters(doc, doc_type)
        refs = find_refs(query, self.store, self.docs, self._law_named)
        notes = [f"Trích dẫn: {refs.problem}"] if refs.problem else []
        if refs.whole_doc:
            return _Plan(limit, as_of, tuple(notes), whole_doc=refs.whole_doc)
        pinned = refs.pinned.unit if refs.pinned is not None else None
        if pinned is not None and not self._passes(pinned.doc_id, filters):
            pinned = None
        parsed = parse_query(refs.rest, self.index, self.synonyms) if refs.rest else None
        if parsed is not None and parsed.notes:
            notes.append("Đã hiểu: " + "; ".join(parsed.notes))
        if parsed is not None and not parsed.empty:
            # the query's word pairs as typed: a citation cut out of it would join the words around it
            typed = folded_tokens(query)
            # nothing cut out: the searched text's folded words are the typed ones (``parsed.text`` is
            # ``refs.rest``, NFC and stripped, and neither changes a token)
            ranked = self._rank(parsed, refs, filters, as_of, limit + 1, pairs=frozenset(word_pairs(typed)),
                                skips=frozenset(word_skips(typed)),
                                words=typed if refs.rest == refs.text else None)
        elif pinned is not None:  # a bare citation: follow the pháp điển cross-references
            ranked = self._related(pinned, filters)
        else:
            ranked = []
        if pinned is None and len({uid for _, uid in ranked}) == len(ranked):
            unique = ranked  # the usual case: one forward row per article, nothing pinned
        else:
            seen = {_article_uid(pinned)} if pinned is not None else set()
            unique = []
            for score, uid in ranked:
                if uid not in seen:
                    seen.add(uid)
                    unique.append((score, uid))
        return _Plan(limit, as_of, tuple(notes), parsed=parsed, pinned=pinned, ranked=unique)

    def explain(self, query: str) -> ParsedQuery:
        """How a query is understood (terms and weights), for --explain and tests."""
        return parse_query(find_refs(query, self.store, self.docs, self._law_named).rest or query, self.index, self.synonyms)

    # -- filters ------------------------------------------------------------
    def _filters(self, doc: str | None, doc_type: str | None) -> dict:
        out: dict = {}
        if doc:
            d = doc.strip()
            if re.fullmatch(r"\d+\.\d+", d):
                out["topic"] = d
            elif self.store.document(d) is not None:
                out["docs"] = [d]
            else:
                refs = find_refs(d, self.store, self.docs)
                ids = [refs.whole_doc] if refs.whole_doc else list(refs.doc_ids)
                if not ids:
                    raise SearchInputError(
                        f"không tìm thấy văn bản «{doc}» để lọc; ví dụ: --doc 59/2023/NĐ-CP, "
                        "--doc \"Luật 10/2022\" hoặc mã đề mục --doc 44.13.")
                out["docs"] = ids
        if doc_type:
            key = fold(doc_type).strip()
            canonical = DOC_TYPE_WORDS.get(key) or next(
                (v for v in DOC_TYPE_WORDS.values() if fold(v) == key), None)
            if canonical is None:
                known = ", ".join(sorted(set(DOC_TYPE_WORDS.values())))
                raise SearchInputError(f"loại văn bản «{doc_type}» không rõ; dùng một trong: {known}.")
            out["dtype"] = canonical
        return out

    def _passes(self, doc_id: str, filters: dict) -> bool:
        d = self._document(doc_id)
        if "docs" in filters and doc_id not in filters["docs"]:
            return False
        if "dtype" in filters and (d is None or d.doc_type != filters["dtype"]):
            return False
        if "topic" in filters and (d is None or d.phapdien_topic != filters["topic"]):
            return False
        return True

    # -- ranking ------------------------------------------------------------
    def _term_query(self, field: str, text: str, weight: float) -> tantivy.Query:
        """A weighted term query (built once: a query's terms recur as it is typed)."""
        key = (field, text, weight)
        got = self._term_queries.get(key)
        if got is None:
            got = tantivy.Query.boost_query(
                tantivy.Query.term_query(self.index.index.schema, field, text), weight)
            if len(self._term_queries) < TERM_CACHE:
                self._term_queries[key] = got
        return got

    def _query(self, terms, filters: dict, should: list | None = None) -> tantivy.Query:
        """``terms`` (or their clauses, ``should``, when the caller has them) and the filters."""
        schema = self.index.index.schema
        if should is None:
            per = self._per_term
            should = [got[1] if (got := per.get(id(t))) is not None and got[0] is t else self._term_facts(t)[1]
                      for t in terms]
        text = tantivy.Query.boolean_query(should)
        must = [(tantivy.Occur.Must, text)]
        if "docs" in filters:
            must.append((tantivy.Occur.Must, self._docs_filter(tuple(filters["docs"]))))
        if "dtype" in filters:
            must.append((tantivy.Occur.Must, tantivy.Query.term_query(schema, "dtype", filters["dtype"])))
        if "topic" in filters:
            must.append((tantivy.Occur.Must, tantivy.Query.term_query(schema, "topic", filters["topic"])))
        return tantivy.Query.boolean_query(must) if len(must) > 1 else text

    def _docs_filter(self, docs: tuple[str, ...]) -> tantivy.Query:
        """Articles of ``docs``, each scoring a constant 1.0: the score ``term_set_query`` gives,
        at a third of its cost (it walks the term dictionary; a term query per document does not)."""
        got = self._doc_filters.get(docs)
        if got is None:
            schema = self.index.index.schema
            either = [(tantivy.Occur.Should, tantivy.Query.term_query(schema, "doc", d)) for d in docs]
            got = tantivy.Query.const_score_query(
                either[0][1] if len(either) == 1 else tantivy.Query.boolean_query(either), 1.0)
            if len(self._doc_filters) < TERM_CACHE:
                self._doc_filters[docs] = got
        return got

    def _bm25(self, parsed: ParsedQuery, filters: dict, n: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, forward rows) of the best ``n`` articles for the query's terms.

        Two phases (see kb/search/forward.py): tantivy ranks by the query's
        rarer terms, keeping PHASE1 candidates; the common terms' BM25 is then
        added from the forward store. A query made only of common terms is
        run through tantivy whole, and so is a search within named documents
        (few articles; there a candidate need not hold one of the rarer terms).
        """
        forward = self.index.forward
        rare, should = [], []  # the rarer terms and their clauses of the tantivy query
        cols, fidx, wid = [], [], []  # the common terms' columns, fields' indexes, weight × idf
        per = self._per_term
        for t in parsed.terms:  # one pass: each term's kept facts read once
            got = per.get(id(t))
            if got is None or got[0] is not t:
                got = self._term_facts(t)
            common = got[2]
            if common is None:
                rare.append(t)
                should.append(got[1])
            else:
                cols.append(common[0])
                fidx.append(common[1])
                wid.append(t.weight * common[2])
        two_phase = bool(rare and cols) and "docs" not in filters
        query = self._query(rare, filters, should) if two_phase else self._query(parsed.terms, filters)
        found = self.index.searcher.search(query, max(PHASE1, n) if two_phase else n, count=False).hits
        scores = np.array([s for s, _ in found], dtype=np.float64)
        rows = np.array(self.index.rows([a for _, a in found]), dtype=np.int64)
        if two_phase and len(rows):
            scores = scores + forward.score_columns(rows, np.array(cols, dtype=np.int64),
                                                    np.array(fidx, dtype=np.int64), np.array(wid, dtype=np.float64))
        return scores, rows

    def _term_facts(self, t) -> tuple:
        """(the term, its clause of the tantivy query, ``_common_term``), kept per query term object
        (``kb.search.query`` makes one per distinct term: an id names it while it is kept here)."""
        key = (t.field, t.text)
        common = self._common.get(key, _UNSEEN)
        if common is _UNSEEN:
            common = self._common_term(t.field, t.text)
        got = (t, (tantivy.Occur.Should, self._term_query(t.field, t.text, t.weight)), common)
        if len(self._per_term) < TERM_CACHE:
            self._per_term[id(t)] = got
        return got

    def _common_term(self, field: str, text: str) -> tuple[int, int, float] | None:
        """(forward column, field's index, idf) of a common term (``_bm25``), None for a rare one;
        kept per term (it depends on the index alone)."""
        col = self.index.forward.column(field, text)
        got = None if col is None else (col, FIELD_INDEX[field], self._term_idf(field, text))
        if len(self._common) < TERM_CACHE:
            self._common[(field, text)] = got
        return got

    def _term_idf(self, field: str, term: str) -> float:
        key = (field, term)
        got = self._idfs.get(key)
        if got is None:
            got = _idf(self.index.doc_freq(field, term), self._n)
            if len(self._idfs) < TERM_CACHE:
                self._idfs[key] = got
        return got

    def _rank(self, parsed: ParsedQuery, refs: QueryRefs, filters: dict, as_of: str,
              limit: int, pairs: frozenset[str] = frozenset(), skips: frozenset[str] = frozenset(),
              words: list[str] | None = None) -> list[tuple[float, str]]:
        """``words``: ``folded_tokens(parsed.text)`` when the caller has them."""
        keep = max(CANDIDATES, limit * 2)
        scores, rows = self._bm25(parsed, filters, keep)
        if refs.doc_ids and "docs" not in filters:
            more, extra = self._bm25(parsed, {**filters, "docs": list(refs.doc_ids)}, NAMED_CANDIDATES)
            fresh = ~np.isin(extra, rows)
            scores, rows = np.concatenate([scores, more[fresh]]), np.concatenate([rows, extra[fresh]])
        forward = self.index.forward
        folded = [*map(_fold_syllable, parsed.syllables)]
        said = frozenset(folded)
        factor = np.ones(len(rows))
        row_list = rows.tolist()
        factor[self._titled(rows, said)] *= TITLE_IN_QUERY
        if refs.doc_ids:
            named = [i for i, row in enumerate(row_list) if forward.docs[row] in refs.doc_ids]
            factor[named] *= NAMED_DOC_BOOST
        subject = self._law_subjects().named(folded) - set(refs.doc_ids)
        if subject:
            factor[[i for i, row in enumerate(row_list) if forward.docs[row] in subject]] *= SUBJECT_BOOST
        typed = folded_tokens(parsed.text) if words is None else words
        # a quiz's "… nào?" asks which of its choices, not what kind of article
        category = asked_category(typed, self.synonyms.asked_categories)
        wants = asked(typed)
        vague = False
        if not category and wants is None:  # a quantity asked ("bao lâu" → thời hạn) is rerank's test
            # an equivalent asking by itself ("để làm gì" → mục đích; search_synonyms.yaml)
            category = asking_phrase(typed, self.synonyms.asking_phrases)
            if not category:  # … or a vaguer phrase ("những việc gì" → nội dung: asked_by)
                category = asking_phrase(typed, self.synonyms.asked_by)
                vague = bool(category)
        if category and split_quiz(parsed.text) is None:
            factor[self._headed(row_list, category)] *= CATEGORY_BOOST
            # asked for something else, an article restating the others as duties ("Trách nhiệm …")
            restating = () if vague else tuple(h for h in self.synonyms.restating_heads if h not in category)
            if restating:
                factor[self._headed(row_list, restating)] *= RESTATING
        core, in_force = self._row_factors(rows, as_of)
        factor *= core
        factor *= in_force
        final = scores * factor
        # ties keep tantivy's order; past the first ``keep`` nothing is re-ranked or shown
        order = np.argsort(-final, kind="stable")[:keep]
        ranked = list(zip(final[order].tolist(), map(forward.uids.__getitem__, rows[order].tolist())))
        ranked = rerank(ranked, parsed.readings, self._fsyl_idf, self._article_words,
                        pairs=pairs, wants=wants, skips=skips)
        ranked = cited_prior(ranked, self._cited)
        return prefer_originals(ranked, self._article_words, lambda uid: self._level(uid, as_of))

    def _cited(self, uid: str) -> tuple[str, ...]:
        """Articles an article cites (``SearchStore.cited_articles``), kept for recent articles."""
        got = self._cites.get(uid)
        if got is None:
            got = self._cites[uid] = self.reads.cited_articles(uid)
            if len(self._cites) > CITES_CACHE:
                self._cites.popitem(last=False)
        else:
            self._cites.move_to_end(uid)
        return got

    def _level(self, uid: str, as_of: str) -> int:
        """``authority.level`` of an article's document (kb.search.duplicates), kept per article and date."""
        key = (uid, as_of)
        got = self._levels.get(key)
        if got is None:
            d = self._document(uid.rsplit(":", 1)[0])
            got = 0 if d is None else authority_level(d.doc_type, d.kind,
                                                      self._status(d, as_of).label not in (ENDED, NOT_YET))
            if len(self._levels) < TERM_CACHE:
                self._levels[key] = got
        return got

    def _law_subjects(self) -> Subjects:
        if self._subjects is None:
            said = []  # the phrases of search_synonyms.yaml's law_subjects, each with its law's doc ids
            for title, phrases in self.synonyms.law_subjects:
                ids = self.docs.find(DocRef("Luật", None, title))
                said.extend((phrase, doc_id) for phrase in phrases for doc_id in ids)
            self._subjects = Subjects.of(((d.doc_id, d.doc_type, d.title or "")
                                          for d in self.store.documents_of(types=SUBJECT_TYPES)), said)
        return self._subjects

    def _law_named(self, name: str) -> str | None:
        """A law cited by its subject as people say it, for a name the resolver does not know:
        "Điều 17 Luật MTTQ", "Điều 5 Luật dân chủ ở cơ sở" (abbreviations of search_synonyms.yaml
        expanded; the name two syllables or more, held in a row by one law's subject, ``Subjects``:
        its title without "Luật" and a closing "Việt Nam"). Of several laws with that subject, the
        latest issued; None when the name is held by two subjects or none."""
        words: list[str] = []
        for w in folded_tokens(name):
            w = w.lower()
            expansions = self.synonyms.abbreviations.get(w)
            if expansions:
                words.extend(fold(s).lower() for s in expansions[0])
            else:
                words.append(w)
        if words[-2:] == ["viet", "nam"]:
            words = words[:-2]
        if len(words) < 2:
            return None
        held = self._law_subjects().holding(words)
        if len(held) != 1:
            held = {k: v for k, v in held.items() if k == tuple(words)}
        if len(held) != 1:
            return None
        laws = next(iter(held.values()))
        return max(laws, key=lambda i: (self.docs.docs[i].issued or "") if i in self.docs.docs else "")

    def _article_text(self, uid: str) -> ArticleText:
        """An article's title and clauses, folded (for ``rerank``)."""
        article = self._unit(uid)
        if article is None:
            return ArticleText.of("", [])
        return ArticleText.of(article.title, (u.text for u in self._units_under(article)), article.heading_path)

    def _titles(self, rows: list[int]) -> list[frozenset[str]]:
        """The folded words of each row's article title (those not seen yet read in one query).

        An article whose whole title (two syllables or more) the query says is preferred.
        """
        known = self._row_titles
        if len(known) < len(self.index.forward.uids):
            known.extend([None] * (len(self.index.forward.uids) - len(known)))
        missing = [row for row in rows if known[row] is None]
        if missing:
            uids = self.index.forward.uids
            got = self.reads.titles([uids[row] for row in missing])
            for row in missing:
                title = got.get(uids[row])
                known[row] = frozenset(folded_tokens(title)) if title is not None else frozenset()
        return [known[row] for row in rows]

    def _titled(self, rows: np.ndarray, said: frozenset[str]) -> list[int]:
        """Positions in ``rows`` of the articles whose whole title (two syllables or more) the
        query says: ``len(title) >= 2 and title <= said`` for each row's ``_titles``.

        Each seen row keeps its title's words as 64 bits (a word sets bit ``hash(word) % 64``): a
        title whose bits are not all among the query's cannot be said by it, so only the few
        rows left are tested word by word (the candidates' titles, a set each, are not read).
        """
        n = len(self.index.forward.uids)
        if len(self._title_bits) != n:
            self._title_bits = np.zeros(n, dtype=np.uint64)
            self._title_long = np.zeros(n, dtype=bool)  # two words or more
            self._title_seen = np.zeros(n, dtype=bool)
        unseen = rows[~self._title_seen[rows]]
        if len(unseen):
            for row, title in zip(unseen.tolist(), self._titles(unseen.tolist())):
                self._title_bits[row] = _bits_of(title)
                self._title_long[row] = len(title) >= 2
                self._title_seen[row] = True
        outside = np.uint64(~_bits_of(said) & _ALL_BITS)
        maybe = np.flatnonzero(self._title_long[rows] & ((self._title_bits[rows] & outside) == 0))
        if not len(maybe):
            return []
        known = self._row_titles
        return [i for i, row in zip(maybe.tolist(), rows[maybe].tolist()) if known[row] <= said]

    def _headed(self, rows: list[int], heads: tuple[tuple[str, ...], ...]) -> list[int]:
        """Positions in ``rows`` of the articles whose title opens with one of ``heads`` (folded
        words; a leading "Những" or "Các" skipped): "Hình thức giám sát" for (("hinh", "thuc"),)."""
        known = self._row_heads
        missing = [row for row in rows if row not in known]
        if missing:
            uids = self.index.forward.uids
            got = self.reads.titles([uids[row] for row in missing])
            for row in missing:
                words = folded_tokens(got.get(uids[row]) or "")[:5]
                while words and words[0] in _PLURALS:
                    words = words[1:]
                known[row] = tuple(words)
        return [i for i, row in enumerate(rows) if any(known[row][:len(head)] == head for head in heads)]

    def _row_factors(self, rows: np.ndarray, as_of: str) -> tuple[np.ndarray, np.ndarray]:
        """Per forward row: × CORE_BOOST for đề mục 44.13, × OUT_OF_FORCE for a document
        not in force on ``as_of`` (1.0 otherwise); computed once per row and date."""
        n = len(self.index.forward.uids)
        got = self._factors.get(as_of)
        if got is None or len(got[0]) != n:
            got = self._factors[as_of] = (np.full(n, np.nan), np.full(n, np.nan))
            if len(self._factors) > 8:
                self._factors.pop(next(iter(self._factors)))
        core, in_force = got
        for row in rows[np.isnan(core[rows])].tolist():
            d = self._document(self.index.forward.docs[row])
            core[row] = CORE_BOOST if d is not None and d.phapdien_topic == CORE_TOPIC else 1.0
            core[row] *= authority(d.doc_type, d.kind) if d is not None else 1.0
            in_force[row] = OUT_OF_FORCE if d is not None and self._status(d, as_of).label in (ENDED, NOT_YET) \
                else 1.0
        return core[rows], in_force[rows]

    def _related(self, cited: Unit, filters: dict) -> list[tuple[float, str]]:
        article = self.store.unit(_article_uid(cited))
        out = []
        for code in article.related if article else ():
            unit = self.store.unit_by_code(code)
            if unit is not None and self._passes(unit.doc_id, filters):
                out.append((0.0, unit.uid))
        return out

    # -- hits ---------------------------------------------------------------
    def _marker(self, parsed: ParsedQuery) -> Marker:
        """The snippets' marker; a folded syllable's idf is ``_term_idf("fsyl", …)``, kept across queries."""
        words = frozenset(t.text for t in parsed.terms if t.field == "fcmp")
        return Marker(parsed.mark_canonical, parsed.mark_folded, self._fsyl_idf, words)

    def _fsyl_idf(self, folded: str) -> float:
        got = self._idfs.get(("fsyl", folded))
        return got if got is not None else self._term_idf("fsyl", folded)

    def _hit(self, unit: Unit, marker: Marker | None, score: float, as_of: str,
             cited: bool = False, parsed: ParsedQuery | None = None, rank: int = 0) -> Hit:
        doc = self._document(unit.doc_id)
        article_uid = _article_uid(unit)
        article = unit if unit.uid == article_uid else self._unit(article_uid) or unit
        best, text, words = unit, unit.text, None
        if not cited:
            best, text, words = self._best_unit(article, marker, parsed)
        elif not text:
            text = " ".join(u.text for u in self._units_under(unit))
        art, clause, point, citation = self._label(best, unit.doc_id, doc)
        status = self._status(doc, as_of) if doc else None
        notes = list(status.notes) if status else []
        for a in article.amendments:
            if a.effective is None or a.effective <= as_of:
                notes.append(f"Điều này có nội dung được {', '.join(a.kinds)} bởi "
                             f"{'Điều ' + a.by_article + ' ' if a.by_article else ''}{a.by_doc}"
                             + (f" từ ngày {a.effective}" if a.effective else "") + ".")
        label = status.label if status else ""
        if article.effective and article.effective > as_of:
            label = NOT_YET
        return Hit(
            rank=rank, uid=best.uid, article_uid=article.uid,
            doc=(doc.number or doc.doc_id) if doc else unit.doc_id,
            doc_type=doc.doc_type if doc else "", doc_title=doc.title if doc else "",
            article=art, clause=clause, point=point, phapdien_id=article.phapdien_code,
            title=article.title, citation=citation,
            score=float(score), snippet=mark(text, marker, clause=words) if marker else _shorten(text),
            status=label, status_notes=tuple(notes), cited=cited,
        )

    def _label(self, unit: Unit, doc_id: str, doc: Document | None) -> tuple[str | None, str | None,
                                                                         str | None, str]:
        """(article, clause, point, citation) of a unit shown: parsed once per unit (hits recur)."""
        got = self._labels.get(unit.uid)
        if got is None:
            got = (*_parts(unit.uid, doc_id), citation_label(unit, doc))
            if len(self._labels) < TERM_CACHE:
                self._labels[unit.uid] = got
        return got

    def _best_unit(self, article: Unit, marker: Marker | None,
                   parsed: ParsedQuery | None) -> tuple[Unit, str, ClauseWords | None]:
        """The clause to show, its text, and that text's folded words when already known."""
        if marker is None or parsed is None:
            units = self._units_under(article)
            first = units[0] if units else article
            return first, first.text or article.title, None
        units, clauses, in_title = self._clauses_of(article)
        if not units:
            return article, article.text or article.title, None
        # What the title already says does not tell its clauses apart: score the rest.
        i = best_clause(marker, clauses, in_title)
        return units[i], units[i].text, clauses.clauses[i]

    def _clauses_of(self, article: Unit) -> tuple[list[Unit], ArticleClauses, frozenset[str]]:
        got = self._clauses.get(article.uid)
        if got is None:
            units = self._units_under(article)
            got = (units, ArticleClauses.of(u.text for u in units), frozenset(folded_tokens(article.title)))
            self._clauses[article.uid] = got
            if len(self._clauses) > CLAUSE_CACHE:
                self._clauses.popitem(last=False)
        else:
            self._clauses.move_to_end(article.uid)
        return got

    def _units_under(self, article: Unit) -> list[Unit]:
        """Clauses, points and paragraphs of an article, in order (one query; the re-ranking
        and the snippets of a new hit ask for the same article: the last few are kept)."""
        got = self._under.get(article.uid)
        if got is None:
            got = self._under[article.uid] = self.reads.units_under(article)
            if len(self._under) > UNDER_CACHE:
                self._under.popitem(last=False)
        else:
            self._under.move_to_end(article.uid)
        return got

    # -- cached look-ups ----------------------------------------------------
    def _unit(self, uid: str) -> Unit | None:
        """A unit by id, kept for recent hits (a query's candidates recur in the next one)."""
        if uid in self._units:
            self._units.move_to_end(uid)
            return self._units[uid]
        got = self._units[uid] = self.store.unit(uid)
        if len(self._units) > UNIT_CACHE:
            self._units.popitem(last=False)
        return got

    def _document(self, doc_id: str) -> Document | None:
        """A document's metadata: from the resolver's table of every document (read once, in one
        query; a query's candidates come from dozens of documents), else from the store."""
        got = self.docs.docs.get(doc_id)
        if got is not None:
            return got
        if doc_id not in self._doc_cache:
            self._doc_cache[doc_id] = self.store.document(doc_id)
        return self._doc_cache[doc_id]

    def _status(self, doc: Document, as_of: str):
        key = (doc.doc_id, as_of)
        got = self._status_cache.get(key)
        if got is None:
            got = self._status_cache[key] = status_as_of(doc.doc_id, doc.kind, doc.effective, as_of)
        return got


#: Articles whose clauses (and their folded words) an engine keeps (a few MB).
CLAUSE_CACHE = 2000
UNIT_CACHE = 5000  # articles of recent hits (a few MB)
UNDER_CACHE = 256  # articles whose units (clauses, points) are kept as read
TERM_CACHE = 100_000  # idfs and weighted term queries kept (terms of the queries seen)


_fold_syllable = lru_cache(maxsize=1 << 16)(fold)
_UNSEEN = object()


_ALL_BITS = (1 << 64) - 1


_PLURALS = frozenset({"nhung", "cac"})  # "Những nội dung …", "Các hành vi …"


def _bits_of(words) -> int:
    """A set of words as 64 bits, word w setting bit ``hash(w) % 64`` (``SearchEngine._titled``)."""
    bits = 0
    for w in words:
        bits |= 1 << (hash(w) & 63)
    return bits


def _idf(df: int, n: int) -> float:
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def _article_uid(unit: Unit) -> str:
    """The uid of the article a unit belongs to (the unit itself when it has no article above it)."""
    if unit.level == "article":
        return unit.uid
    art = ProvisionId.of(unit).article_id()
    return str(art) if art is not None else unit.uid


def _shorten(text: str, width: int = 320) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width].rsplit(" ", 1)[0] + "…"
