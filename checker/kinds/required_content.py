"""Kind 1 — required content: a document type must cover listed items.

Each item is recognised by cue groups (an AND of ORs: "bồi dưỡng | tập huấn"
and "năng lực | nghiệp vụ"), matched accent-insensitively in one paragraph,
so drafters' own wording counts, not one fixed phrase. The result is also a
coverage matrix item × section for the report.

detect:
  scope: body | closing | all | signatures   # where to look (default: body)
  min_items: N                    # optional: at least N items (default: all)
  items: [{id, label, cues: [[…], …], basis: <one of the rule's citations>}]
"""
from __future__ import annotations

from checker.kinds import Context, all_groups, check_groups, check_keys, finding
from checker.model import CoverageMatrix, CoverageRow, Evidence, Finding, Rule

SCOPES = {"body": ("body",), "closing": ("closing",), "all": ("preamble", "body", "closing"),
          "body+closing": ("body", "closing"), "signatures": ()}
SIGNATURE_TAIL = 25  # signature titles sit in the last paragraphs, written in capitals


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


def scope_paras(doc, scope: str):
    if scope == "signatures":
        return tuple(p for p in doc.paras[-SIGNATURE_TAIL:] if p.zone != "header" and _mostly_upper(p.text))
    return doc.zone(*SCOPES[scope])


def validate(detect: dict) -> None:
    check_keys(detect, {"scope", "min_items", "items"}, ["items"])
    if detect.get("scope", "body") not in SCOPES:
        raise ValueError(f"'scope' phải là một trong: {', '.join(SCOPES)}")
    items = detect["items"]
    if not isinstance(items, list) or not items:
        raise ValueError("'items' phải là danh sách không rỗng")
    ids = set()
    for it in items:
        if not isinstance(it, dict) or not it.get("id") or not it.get("label"):
            raise ValueError(f"mục yêu cầu thiếu 'id' hoặc 'label': {it!r}")
        if set(it) - {"id", "label", "cues", "basis"}:
            raise ValueError(f"mục {it['id']}: khóa không được hỗ trợ")
        if it["id"] in ids:
            raise ValueError(f"mục {it['id']} bị trùng")
        ids.add(it["id"])
        check_groups(it.get("cues"), f"items.{it['id']}.cues")
    m = detect.get("min_items")
    if m is not None and (not isinstance(m, int) or not 1 <= m <= len(items)):
        raise ValueError("'min_items' phải là số nguyên từ 1 đến số mục")


def coverage(rule: Rule, ctx: Context) -> CoverageMatrix:
    paras = scope_paras(ctx.doc, rule.detect.get("scope", "body"))
    sections: list[str] = []
    for p in paras:
        if p.section not in sections:
            sections.append(p.section)
    rows = []
    for it in rule.detect["items"]:
        cells: dict[str, list[int]] = {}
        for p in paras:
            if all_groups(p.key, it["cues"]):
                cells.setdefault(p.section, []).append(p.line)
        rows.append(CoverageRow(it["id"], it["label"],
                                tuple((s, tuple(v)) for s, v in cells.items()), it.get("basis", "")))
    return CoverageMatrix(rule.id, rule.title, tuple(sections), tuple(rows))


def title_evidence(ctx: Context) -> Evidence:
    """Missing content has no line of its own: point at the document's type heading and title."""
    head = ctx.doc.heading_para
    quote = " ".join(x for x in (head.text.strip(" *"), ctx.doc.title_text) if x)
    ev = ctx.doc.evidence(head)
    return Evidence(quote[:260], ev.line, ev.end_line, ev.paragraph, "Tiêu đề")


def check(rule: Rule, ctx: Context) -> list[Finding]:
    matrix = coverage(rule, ctx)
    missing = [r for r in matrix.rows if not r.covered]
    if not missing:
        return []
    ev = title_evidence(ctx)
    m = rule.detect.get("min_items")
    if m is not None:
        covered = len(matrix.rows) - len(missing)
        if covered >= m:
            return []
        labels = "; ".join(r.label for r in missing)
        return [finding(rule, ctx, ev, item=labels, count=covered)]
    out = []
    for row in missing:
        basis = ctx.resolver.for_rule(rule, only=(row.basis,)) if row.basis else None
        out.append(finding(rule, ctx, ev, basis=basis, item=row.label))
    return out
