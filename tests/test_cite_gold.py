"""Citation extraction and resolution measured against a hand-labelled gold set.

``tests/data/citations_gold.jsonl`` lists passages of the real corpus (units of
the knowledge base) and of the seeds (line ranges), each with EVERY citation in
it labelled by hand: its exact text (and occurrence) and its targets. Because
passages are labelled completely, every extra citation the extractor finds
counts against precision. Conventions: ``tests/data/citations_gold.md``.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kb.citations.find import find_citations
from kb.citations.resolve import Resolver, resolve_found
from kb.graph import lead_in
from kb.vntext import fold, nfc

DATA = Path(__file__).parent / "data"
#: The main set, and a second set labelled later on passages the extractor had never been run on.
GOLD_FILES = (DATA / "citations_gold.jsonl", DATA / "citations_gold_extra.jsonl")


def load_gold(path: Path = GOLD_FILES[0]) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def passage_text(p: dict, store, corpus: Path) -> str:
    if p["source"] == "kb":
        unit = store.unit(p["uid"])
        assert unit is not None, f"gold passage {p['uid']} is not in the knowledge base"
        return nfc(unit.text)
    lines = (corpus / "seeds" / p["file"]).read_text(encoding="utf-8").splitlines()
    a, b = p["lines"]
    return nfc("\n".join(lines[a - 1:b]))


def locate(text: str, cited: str, after: int) -> tuple[int, int]:
    """Span of ``cited`` at or after ``after`` (gold citations are listed in text order).

    Any run of spaces or line breaks in the text matches a space in the gold.
    """
    rx = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in nfc(cited).split()) + r"(?!\w)")
    m = rx.search(text, after)
    assert m is not None, f"gold citation «{cited}» not found after offset {after}"
    return m.span()


def _norm(s: str | None) -> str | None:
    return " ".join(fold(s).split()) if s else None


def target_ok(res, gold: dict) -> bool:
    """Does one resolution land where the gold target says?"""
    t = res.target
    if "external" in gold:
        if res.kind != "external":
            return False
        ext, want = res.external, gold["external"]
        if want["type"] and ext.doc_type != want["type"]:
            return False
        if want["number"] and _norm(ext.number) != _norm(want["number"]):
            return False
        if want["name"] and _norm(ext.name) != _norm(want["name"]):
            return False
        if want["issued"] and (ext.issued or "")[:len(want["issued"])] != want["issued"]:
            return False
        return (t.article, t.clause, t.point) == (gold["article"], gold["clause"], gold["point"])
    if res.problem is not None or res.kind not in ("unit", "document"):
        return False
    uid = gold["doc"]
    if gold["article"]:
        uid += f":d{gold['article']}"
        if gold["clause"]:
            uid += f":k{gold['clause']}"
        if gold["point"]:
            uid += f":{gold['point']}"
    return res.node == uid


@dataclass
class Scores:
    gold: int = 0
    found: int = 0
    matched: int = 0
    resolved: int = 0
    misses: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    wrong: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def resolution(self) -> float:
        return self.resolved / self.gold if self.gold else 0.0


def evaluate(store, corpus: Path, path: Path = GOLD_FILES[0]) -> Scores:
    s = Scores()
    resolver = Resolver(store)
    names = resolver.names.table
    for p in load_gold(path):
        text = passage_text(p, store, corpus)
        ctx = p["context"]
        doc = store.document(ctx["doc"])
        ctype = ctx.get("type") or (doc.doc_type if doc else None)
        intro = lead_in(store, store.unit(p["uid"])) if p["source"] == "kb" else None
        found = find_citations(text, ctx["doc"], ctx.get("article"), context_clause=ctx.get("clause"),
                               context_type=ctype, names=names, context_date=doc.issued if doc else None,
                               lead_in=intro or None)
        by_span = {(c.start, c.end): c for c in found}
        gold_spans = set()
        s.found += len(found)
        after = 0
        for g in p["citations"]:
            s.gold += 1
            span = locate(text, g["text"], after)
            after = span[1]
            gold_spans.add(span)
            cit = by_span.get(span)
            where = p.get("uid") or f"{p['file']}:{p['lines'][0]}"
            if cit is None:
                s.misses.append((where, g["text"], [(c.text) for c in found]))
                continue
            s.matched += 1
            results = resolve_found(store, cit, resolver=resolver)
            wanted = g["targets"]
            ok = len(results) == len(wanted) and all(
                any(target_ok(r, w) for r in results) for w in wanted)
            if ok:
                s.resolved += 1
            else:
                s.wrong.append((where, g["text"], [(r.kind, r.node, r.problem) for r in results]))
        for c in found:
            if (c.start, c.end) not in gold_spans:
                s.extras.append((p.get("uid") or p["file"], c.text))
    return s


def test_gold_set_is_large_and_covers_every_form():
    gold = load_gold()
    cites = [c for p in gold for c in p["citations"]]
    assert len(cites) >= 300
    texts = [fold(c["text"]) for c in cites]
    forms = {
        "nested point/clause/article": any(re.match(r"diem \w, khoan \d+, dieu \d+", t) for t in texts),
        "list of clauses": any(re.search(r"khoan \d+, \d+", t) for t in texts),
        "list of articles": any(t.startswith("cac dieu ") for t in texts),
        "range": any(t.startswith("tu dieu ") for t in texts),
        "relative article": any(t.endswith("dieu nay") for t in texts),
        "this law": "luat nay" in texts,
        "this decree": "nghi dinh nay" in texts,
        "by number": any(re.search(r"so \d+/\d{4}/", t) for t in texts),
        "party document": any("-ct/tw" in t for t in texts),
        "date d/m/y": any(re.search(r"ngay \d+/\d+/\d{4}", t) for t in texts),
        "date in words": any(re.search(r"ngay \d+ thang \d+ nam \d{4}", t) for t in texts),
        "by name": "luat thuc hien dan chu o co so" in texts,
        "external": any("external" in tg for c in cites for tg in c["targets"]),
        "seed passages": any(p["source"] == "seed" for p in gold),
    }
    missing = [k for k, ok in forms.items() if not ok]
    assert not missing, missing


@pytest.mark.slow
@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_extraction_and_resolution_meet_the_floors(store, corpus, path):
    s = evaluate(store, corpus, path)
    print(f"\n{path.name}: citations gold={s.gold} found={s.found} matched={s.matched}")
    print(f"extraction precision={s.precision:.3f} recall={s.recall:.3f}; "
          f"resolution accuracy={s.resolution:.3f} ({s.resolved}/{s.gold})")
    for m in s.misses[:15]:
        print("  MISS", m)
    for e in s.extras[:15]:
        print("  EXTRA", e)
    for w in s.wrong[:15]:
        print("  WRONG", w)
    assert s.precision >= 0.97
    assert s.recall >= 0.97
    assert s.resolution >= 0.95
