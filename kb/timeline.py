"""Point in time: which wording of a provision is in force on a date, and how we know.

The corpus is a snapshot. Some đề mục already show amended wording (their
articles carry "có nội dung được sửa đổi … bởi …" notes); đề mục 44.13 does
not yet show Law 97/2025/QH15's changes to Law 10/2022/QH15. So for a unit
and a date we gather dated events from four places — the pháp điển notes,
``kb/data/legal_facts.yaml`` (document relations), ``kb/data/provision_timeline.yaml``
(which provisions changed, when known) and the graph's "hết hiệu lực / thay
thế" edges — and answer with the status, whether the text we hold is the
wording in force that day, and a notice naming the amending provision when it
is not. An open fact is always reported as open, never as settled.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from kb.citations.labels import citation_label, full_text, numbered
from kb.amending import Operation, operations
from kb.facts import AMENDED, ENDED, IN_FORCE, NOT_YET, facts, status_as_of
from kb.graph import edges_of
from kb.model import Document, ProvisionId, Unit
from kb.store import Store
from kb.vntext import fold, vn_date

CHANGES_PATH = Path(__file__).parent / "data" / "provision_timeline.yaml"

KIND_WORDS = {"amends": "sửa đổi", "supplements": "bổ sung", "repeals": "bãi bỏ",
              "partly_repeals": "bãi bỏ một phần", "replaces": "thay thế", "ends": "chấm dứt hiệu lực"}
MARKS = ("corpus", "public", "open")


class TimelineDataError(ValueError):
    """The provision timeline file is malformed (message in Vietnamese, names the file)."""


@dataclass(frozen=True)
class Change:
    """A provision-level change from ``provision_timeline.yaml``."""

    target: str
    articles: tuple[str, ...] | None  # None: which articles is not known
    clauses: tuple[str, ...] | None
    by: str
    by_provision: str | None
    kind: str
    effective: str | None
    wording_in_corpus: bool
    mark: str
    likelihood: str
    source: str

    def covers(self, doc_id: str, article: str | None, clause: str | None) -> bool:
        if doc_id != self.target:
            return False
        if self.articles is None or article is None:
            return True
        if article not in self.articles:
            return False
        return self.clauses is None or clause is None or clause in self.clauses


@dataclass(frozen=True)
class Event:
    """One dated fact about a document or provision, for ``dccs history``."""

    date: str | None  # ISO; None when unknown
    kind: str  # Vietnamese: "ban hành", "có hiệu lực", "sửa đổi", "hết hiệu lực", …
    text: str  # a Vietnamese sentence
    scope: str  # the document id or unit id it applies to
    by: str | None = None  # the amending / ending document
    mark: str = "corpus"
    source: str = ""
    wording_in_corpus: bool | None = None  # for changes: does the corpus show the new wording?
    uncertain: bool = False


@dataclass(frozen=True)
class PointInTime:
    """The answer to "what is in force on date D?" for one unit or document."""

    node: str
    as_of: str
    status: str  # kb.facts vocabulary
    in_force: bool | None  # None: cannot tell
    text_is_current: bool | None  # is the text we hold the wording in force on as_of? None: unknown
    notices: tuple[str, ...]  # Vietnamese, most important first
    events: tuple[Event, ...]  # events up to as_of (and undated ones)
    #: the wording in force when an ingested amending text changed it (else None: see text_is_current)
    text_in_force: str | None = None


@dataclass(frozen=True)
class History:
    """``dccs history``: a unit's or document's dated events and, when a date is asked, its
    status on that date."""

    node: str
    label: str
    events: tuple[Event, ...]
    as_of: PointInTime | None = None  # the status on the date asked (its own ``as_of``)


LIKELIHOOD = {"certain": "chắc chắn", "likely": "nhiều khả năng", "possible": "có thể"}


def _from(iso: str | None) -> str:
    return f"từ ngày {_vn(iso)}" if iso else "(chưa rõ ngày có hiệu lực)"


def _vn(iso: str | None) -> str:
    if iso and len(iso) == 4:
        return f"năm {iso}"
    return vn_date(iso)


def _tuple(v) -> tuple[str, ...] | None:
    if v is None:
        return None
    if not isinstance(v, list):
        raise TypeError("phải là danh sách")
    return tuple(str(x) for x in v)


def load_changes(path: Path = CHANGES_PATH) -> tuple[Change, ...]:
    """Read and validate the provision timeline (YAML, safe-loaded)."""
    try:
        with open(path, encoding="utf-8") as fh:
            raw = yaml.safe_load(fh) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise TimelineDataError(f"{path}: không đọc được tệp dữ liệu thay đổi theo thời gian ({exc}).") from exc
    out = []
    for i, c in enumerate(raw.get("changes") or [], start=1):
        try:
            change = Change(
                target=str(c["target"]), articles=_tuple(c.get("articles")), clauses=_tuple(c.get("clauses")),
                by=str(c["by"]), by_provision=c.get("by_provision"), kind=str(c["kind"]),
                effective=None if c.get("effective") is None else str(c["effective"]),
                wording_in_corpus=bool(c.get("wording_in_corpus", False)), mark=str(c["mark"]),
                likelihood=str(c.get("likelihood", "certain")), source=str(c["source"]).strip(),
            )
        except (KeyError, TypeError) as exc:
            raise TimelineDataError(f"{path}: mục thứ {i} thiếu hoặc sai trường {exc}.") from exc
        if change.mark not in MARKS or change.kind not in KIND_WORDS:
            raise TimelineDataError(f"{path}: mục thứ {i} có mark «{change.mark}» hoặc kind «{change.kind}» không hợp lệ.")
        if change.effective and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", change.effective):
            raise TimelineDataError(f"{path}: mục thứ {i} có ngày hiệu lực không hợp lệ: {change.effective}.")
        out.append(change)
    return tuple(out)


@lru_cache(maxsize=1)
def changes() -> tuple[Change, ...]:
    return load_changes()


# ---------------------------------------------------------------------------


def _article_unit(store: Store, unit: Unit | None) -> Unit | None:
    """The article holding ``unit`` (itself for an article); None outside articles."""
    pid = ProvisionId.of(unit).article_id() if unit is not None else None
    return store.unit(str(pid)) if pid is not None else None


def _position(unit: Unit | None) -> tuple[str | None, str | None]:
    if unit is None:
        return None, None
    pid = ProvisionId.of(unit)
    # a subclause "3.1" answers for its clause 3 here (the amendments name clauses)
    return pid.article, pid.clause.split(".")[0] if pid.clause else None


def _doc_label(doc_id: str) -> str:
    fact = facts().documents.get(doc_id)
    if fact is not None:
        return f"{fact.doc_type} {getattr(fact, 'number', None) or doc_id}"
    return doc_id


def _where(change: Change) -> str:
    if change.articles is None:
        return "một số điều, khoản (chưa xác định được cụ thể — thông tin mở)"
    arts = ", ".join(change.articles)
    if change.clauses:
        return f"khoản {', '.join(change.clauses)} Điều {arts}"
    return f"Điều {arts}"


def history(store: Store, node: str) -> list[Event]:
    """Every dated event known for a unit (with its document) or a whole document, oldest first."""
    unit = store.unit(node)
    doc = store.document(unit.doc_id if unit else node) or _fact_document(node)
    if doc is None:
        return []
    article = _article_unit(store, unit)
    art_label, clause_label = _position(unit)
    f = facts()
    label = _doc_label(doc.doc_id) if doc.number is None else f"{doc.doc_type} {doc.number}"
    ev: list[Event] = []
    if doc.issued:
        ev.append(Event(doc.issued, "ban hành", f"{label} được ban hành ngày {_vn(doc.issued)}.", doc.doc_id))
    eff = (article.effective if article and article.effective else None) or doc.effective
    if eff:
        what = f"Điều {art_label}" if article and article.effective and article.effective != doc.effective else label
        ev.append(Event(eff, "có hiệu lực", f"{what} có hiệu lực từ ngày {_vn(eff)}.", doc.doc_id))
    noted_by: set[str] = set()
    scope_units = [u for u in (article,) if u is not None]
    for u in scope_units:
        for a in u.amendments:
            noted_by.add(fold(a.by_doc))
            kinds = ", ".join(a.kinds)
            by = f"Điều {a.by_article} {_doc_label(a.by_doc)}" if a.by_article else _doc_label(a.by_doc)
            ev.append(Event(a.effective, kinds, f"Điều {art_label} có nội dung được {kinds} bởi {by} "
                            f"{_from(a.effective)}; văn bản trong cơ sở dữ liệu đã thể hiện nội dung này.",
                            u.uid, by=a.by_doc, mark="corpus", source=u.source_path, wording_in_corpus=True))
    for r in f.relations_to(doc.doc_id):
        by = _doc_label(r.by) + (f" ({r.by_provision})" if r.by_provision else "")
        if r.kind in ("amends", "supplements"):
            narrower = [c for c in changes() if c.by == r.by and c.target == doc.doc_id and c.articles]
            if narrower:
                if unit is None or any(c.covers(doc.doc_id, art_label, clause_label) for c in narrower):
                    continue  # the provision-level entry below says it better
                where = "; ".join(_where(c) for c in narrower)
                ev.append(Event(r.effective, "ghi chú", f"{label} đã được {KIND_WORDS[r.kind]} bởi {_doc_label(r.by)}; "
                                f"quy định bị sửa đổi nhiều khả năng là {where} (chưa xác nhận).",
                                doc.doc_id, by=r.by, mark=r.mark, source=r.source, uncertain=True))
                continue
            in_corpus = fold(getattr(f.documents.get(r.by), "number", None) or r.by) in noted_by
            where = r.target_provisions or "chưa xác định được điều, khoản bị sửa đổi"
            ev.append(Event(r.effective, KIND_WORDS[r.kind],
                            f"{label} được {KIND_WORDS[r.kind]} bởi {by} {_from(r.effective)} ({where})"
                            + ("." if in_corpus else "; nội dung sửa đổi chưa có trong cơ sở dữ liệu."),
                            doc.doc_id, by=r.by, mark=r.mark, source=r.source, wording_in_corpus=in_corpus,
                            uncertain=r.mark == "open" or r.effective is None))
        elif r.kind in ("replaces", "repeals", "ends"):
            verb = "bị thay thế" if r.kind == "replaces" else "hết hiệu lực"
            ev.append(Event(r.effective, "hết hiệu lực",
                            f"{label} {verb} từ ngày {_vn(r.effective)} theo {by}.",
                            doc.doc_id, by=r.by, mark=r.mark, source=r.source, uncertain=r.mark == "open"))
    for c in changes():
        if not c.covers(doc.doc_id, art_label, clause_label):
            continue
        if c.articles is None and any(e.by == c.by and e.scope == doc.doc_id for e in ev):
            continue  # same fact as the document-level relation above
        if fold(getattr(f.documents.get(c.by), "number", None) or c.by) in noted_by:
            continue  # the pháp điển note on the article already says it
        sure = c.mark != "open"
        text = (f"{_where(c)} {label} {'được' if sure else 'có thể đã được'} {KIND_WORDS[c.kind]} bởi "
                f"{_doc_label(c.by)}{' (' + c.by_provision + ')' if c.by_provision else ''}"
                f" {_from(c.effective)}")
        text += "." if c.wording_in_corpus else "; nội dung sửa đổi chưa có trong cơ sở dữ liệu."
        if not sure:
            text += f" Đây là thông tin mở ({LIKELIHOOD.get(c.likelihood, c.likelihood)} là quy định này)."
        ev.append(Event(c.effective, KIND_WORDS[c.kind], text, doc.doc_id if c.articles is None else
                        str(ProvisionId.build(doc.doc_id, c.articles[0])), by=c.by, mark=c.mark, source=c.source,
                        wording_in_corpus=c.wording_in_corpus, uncertain=not sure))
    ev += _graph_end_events(store, doc, label, ev)
    if unit is not None:
        ev += _abolished_level_events(store, unit)
    ev = list(dict.fromkeys(ev))
    ev.sort(key=lambda e: (e.date or "9999", e.kind))
    return ev


def _graph_end_events(store: Store, doc: Document, label: str, known: list[Event]) -> list[Event]:
    """'… hết hiệu lực kể từ ngày …' and '… thay thế …' stated by other texts (graph edges)."""
    # a base whose graph was never built has no edges (GraphStore then answers with none)
    rows = [e for e in edges_of(store, doc.doc_id, direction="in") if e.type in ("repeals", "replaces")]
    out = []
    for src, etype, effective in ((e.src, e.type, e.effective) for e in rows):
        if any(e.kind == "hết hiệu lực" and e.date == effective for e in known):
            continue
        verb = "bị thay thế" if etype == "replaces" else "hết hiệu lực"
        out.append(Event(effective, "hết hiệu lực", f"{label} {verb} từ ngày {_vn(effective)} theo {src}.",
                         doc.doc_id, by=src, mark="corpus", source="đồ thị (câu trong văn bản " + src + ")"))
    return out


def _abolished_level_events(store: Store, unit: Unit) -> list[Event]:
    article = _article_unit(store, unit)
    text = fold("\n".join((article.title if article else "", unit.title, unit.text, full_text(store, unit))))
    out = []
    for level in facts().abolished_levels:
        if any(fold(p) in text for p in level.patterns):
            out.append(Event(level.effective, "thay đổi đơn vị hành chính",
                             f"Quy định này nhắc tới «{level.term}», không còn tồn tại từ ngày "
                             f"{_vn(level.effective)} (chính quyền địa phương hai cấp).",
                             unit.uid, mark=level.mark, source=level.source))
    return out


def point_in_time(store: Store, node: str, as_of: str | None = None) -> PointInTime:
    """Status on ``as_of`` (ISO date; default today) and whether our text is the wording in force."""
    as_of = as_of or date.today().isoformat()
    unit = store.unit(node)
    doc = store.document(unit.doc_id if unit else node) or _fact_document(node)
    if doc is None:
        raise KeyError(node)
    base = status_as_of(doc.doc_id, doc.kind, doc.effective, as_of)
    events = history(store, node)
    past = [e for e in events if e.date is None or e.date <= as_of]
    notices: list[str] = []
    if base.label not in (IN_FORCE, AMENDED, ENDED, NOT_YET):  # drafts, reports, unknown
        return PointInTime(node, as_of, base.label, None, None, tuple(base.notes), tuple(past))
    article = _article_unit(store, unit)
    start = (article.effective if article and article.effective else None) or doc.effective
    if start and start > as_of:
        notices.append(f"Chưa có hiệu lực tại ngày {_vn(as_of)}: có hiệu lực từ ngày {_vn(start)}.")
        return PointInTime(node, as_of, NOT_YET, False, False, tuple(notices), tuple(past))
    ended = [e for e in past if e.kind == "hết hiệu lực" and e.date]
    if base.label == ENDED or ended:
        for e in ended:
            notices.append(f"Đã hết hiệu lực tại ngày {_vn(as_of)}: {e.text}")
        if not ended:
            notices += list(base.notes)
        return PointInTime(node, as_of, ENDED, False, False, tuple(notices) or ("Đã hết hiệu lực.",),
                           tuple(past))
    current: bool | None = True
    amended = False
    new_text, applied = text_in_force(store, unit, as_of) if unit is not None else (None, [])
    all_ops = operations(store) if unit is not None else []
    checked_by = {o.by_doc for o in all_ops if ProvisionId.parse(o.target, doc.doc_id).doc == doc.doc_id} if all_ops else set()
    superseded = ""  # latest date an ingested text rewrote this very provision
    for o in applied:
        by = f"{citation_of(store, o.by)} (văn bản đã nạp), có hiệu lực từ ngày {_vn(o.effective)}"
        covers_me = ProvisionId.within(unit.uid, o.target)
        if o.kind == "bãi bỏ" and covers_me:
            notices.append(f"Quy định này đã bị bãi bỏ bởi {by}.")
            return PointInTime(node, as_of, ENDED, False, False, tuple(notices), tuple(past))
        if covers_me and o.kind != "thay cụm từ":
            superseded = max(superseded, o.effective or "")
        where = "Quy định này" if covers_me else citation_of(store, o.target)
        verb = "sửa đổi (thay cụm từ)" if o.kind == "thay cụm từ" else o.kind
        notices.append(f"{where} đã được {verb} bởi {by}; nội dung đang có hiệu lực ở bên dưới, "
                       "nội dung trong pháp điển là nội dung trước khi sửa đổi.")
    if applied:
        current, amended = False, True
    for o in all_ops:
        if o.effective and o.effective > as_of and ProvisionId.within(o.target, unit.uid):
            notices.append(f"Sẽ được {o.kind} bởi {citation_of(store, o.by)} từ ngày {_vn(o.effective)}.")
    for e in events:
        if e.wording_in_corpus is None:
            continue
        if e.wording_in_corpus is False and (e.by in checked_by or
                                             (superseded and (e.date or _issued(e.by) or "9999") <= superseded)):
            if not applied and e.by in checked_by:
                notices.append(f"Đã đối chiếu với {_doc_label(e.by)} (đã nạp vào cơ sở dữ liệu): "
                               "quy định này không bị sửa đổi.")
            continue  # an ingested text settles it: either untouched, or rewritten later
        if e.wording_in_corpus:
            if e.date and e.date > as_of:
                current = False
                notices.append(
                    f"Nội dung dưới đây là nội dung SAU khi được {e.kind} bởi "
                    f"{_doc_label(e.by) if e.by else 'văn bản sửa đổi'} (có hiệu lực từ ngày {_vn(e.date)}); "
                    f"nội dung áp dụng tại ngày {_vn(as_of)} (trước khi sửa đổi) không có trong cơ sở dữ liệu.")
            elif e.date:
                amended = True
            continue
        # the corpus does not show this change
        applies = e.date is not None and e.date <= as_of
        possible = e.date is None and (_issued(e.by) or "9999") <= as_of
        if applies or possible:
            amended = amended or applies
            current = None if current is not False else False
            lead = "Có thể không còn là nội dung đang có hiệu lực" if e.uncertain or possible \
                else "Không còn là nội dung đang có hiệu lực"
            notices.append(f"{lead}: {e.text} Nội dung dưới đây là nội dung trước khi sửa đổi.")
    for e in past:
        if e.kind == "thay đổi đơn vị hành chính":
            if new_text is not None and not any(fold(p) in fold(new_text) for lvl in facts().abolished_levels
                                                if lvl.term in e.text for p in lvl.patterns):
                continue  # the wording now in force no longer names it
            notices.append(e.text)
    status = AMENDED if amended or base.label == AMENDED else IN_FORCE
    return PointInTime(node, as_of, status, True, current, tuple(dict.fromkeys(notices)), tuple(past),
                       new_text)


def citation_of(store: Store, uid: str) -> str:
    u = store.unit(uid)
    return citation_label(u, store.document(u.doc_id)) if u else uid


def _issued(doc_id: str | None) -> str | None:
    if not doc_id:
        return None
    fact = facts().documents.get(doc_id)
    return fact.issued if fact else None


def _fact_document(doc_id: str) -> Document | None:
    """A document known only from the facts file (cited, ended, not ingested); ids or 'ext:' stubs."""
    if doc_id.startswith("ext:"):
        number = fold(doc_id[4:])
        doc_id = next((i for i, f in facts().documents.items()
                       if fold(getattr(f, "number", None) or i) == number), doc_id)
    fact = facts().documents.get(doc_id)
    if fact is None:
        return None
    return Document(doc_id=doc_id, number=getattr(fact, "number", None) or doc_id, doc_type=fact.doc_type,
                    title=fact.title, issuer=fact.issuer, issued=fact.issued, effective=fact.effective)


def text_in_force(store: Store, unit: Unit, as_of: str) -> tuple[str | None, list[Operation]]:
    """The unit's wording on ``as_of`` after ingested amendments, or None when none applies."""
    ops = [o for o in operations(store) if o.effective and o.effective <= as_of]
    mine = [o for o in ops if ProvisionId.within(unit.uid, o.target) or ProvisionId.within(o.target, unit.uid)]
    if not mine:
        return None, []
    by_uid = {o.target: o for o in mine}

    def line(u: Unit) -> str | None:
        o = by_uid.get(u.uid)
        if o is None:
            return u.text
        if o.kind == "bãi bỏ":
            return None
        if o.kind == "thay cụm từ":
            return u.text.replace(o.old_phrase, o.new_phrase)
        return o.new_text
    for o in mine:  # the unit sits inside a changed provision: that provision's new wording
        if unit.uid != o.target and ProvisionId.within(unit.uid, o.target) and o.kind not in ("thay cụm từ",):
            return (None if o.kind == "bãi bỏ" else o.new_text), mine
    own = line(unit)
    parts = [own] if own else []
    for d in store.descendants(unit.uid):
        t = line(d)
        if t is not None:
            parts.append(f"{numbered(d)} {t}".strip() if d.uid not in by_uid or
                         by_uid[d.uid].kind == "thay cụm từ" else t)
    if unit.uid in by_uid and by_uid[unit.uid].kind == "bãi bỏ":
        return None, mine
    return "\n".join(p for p in parts if p) or full_text(store, unit), mine
