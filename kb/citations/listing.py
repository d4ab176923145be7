"""Every citation of a text, each target resolved in the knowledge base: what ``dccs cite``
prints (``--json`` through ``kb.serialize``), as frozen dataclasses.

``doc`` is the official number when the base holds the document, else the reference as
written; ``doc_as_written`` keeps the words of the text ("Luật Thực hiện dân chủ ở cơ sở").
Without a ``Resolver`` (no knowledge base yet) the citations are found but not looked up:
``resolved`` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from kb.citations.find import find_citations, infer_type
from kb.citations.model import ExternalDoc, Target, TargetResolution
from kb.citations.resolve import Resolver
from kb.serialize import unit_label
from kb.vntext import nfc


@dataclass(frozen=True)
class CitedTarget:
    doc: str | None  # official number (or the base's id), else the document as written
    doc_as_written: str | None
    doc_type: str | None
    article: int | str | None
    clause: int | str | None
    point: str | None
    relative: bool  # "… này": the document came from the context
    issued: str | None = None
    resolved: bool | None = None  # None: not looked up (no knowledge base)
    kind: str | None = None  # "unit" | "document" | "external" | "unresolved"
    node: str | None = None  # the unit / document id, or "ext:…"
    problem: str | None = None  # Vietnamese: what was not found
    external: ExternalDoc | None = None  # a document the base does not hold


@dataclass(frozen=True)
class CitedSpan:
    start: int
    end: int
    text: str
    line: int
    target: CitedTarget | None  # the first target
    targets: tuple[CitedTarget, ...]
    resolved: bool  # every target found in the knowledge base


def cited_target(t: Target, r: TargetResolution | None) -> CitedTarget:
    d = t.doc
    as_written = (d.number or (f"{d.doc_type} {d.name}" if d.name else None) or d.doc_id) if d else None
    official = (r.doc.number or r.doc.doc_id) if r is not None and r.doc is not None else \
        (d.doc_id or as_written if d else None)
    common = dict(doc=official, doc_as_written=as_written, doc_type=d.doc_type if d else None,
                  article=unit_label(t.article), clause=unit_label(t.clause), point=t.point,
                  relative=t.relative, issued=d.issued if d else None)
    if r is None:
        return CitedTarget(**common)
    return CitedTarget(**common, resolved=r.kind in ("unit", "document") and r.problem is None, kind=r.kind,
                       node=r.node, problem=r.problem, external=r.external)


def cited_spans(text: str, resolver: Resolver | None = None, *, context: str | None = None,
                context_type: str | None = None) -> list[CitedSpan]:
    """The citations of ``text`` (``context``: the id of the document it belongs to, for "… này")."""
    found = find_citations(text, context, None, context_type=context_type or infer_type(context),
                           names=resolver.names.table if resolver else None)
    norm = nfc(text)
    out = []
    for c in found:
        targets = tuple(cited_target(t, resolver.target(t) if resolver else None) for t in c.targets)
        out.append(CitedSpan(c.start, c.end, c.text, norm.count("\n", 0, c.start) + 1,
                             targets[0] if targets else None, targets,
                             bool(targets) and resolver is not None and all(t.resolved for t in targets)))
    return out
