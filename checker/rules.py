"""Load and validate the rule catalogue (the lexicon and document types: ``checker.ruledata``).

Rules are data (``rules/*.yaml``, safe-loaded). A malformed file never reaches
the engine: ``load_rules`` raises ``RuleError`` whose message names the file,
the rule id and the problem, in Vietnamese. Each rule kind validates its own
``detect`` block (``checker.kinds.<kind>.validate``), so a new option is
checked where it is used.
"""
from __future__ import annotations

import os
import re
import string
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from checker import kinds
from checker.model import KINDS, SEVERITIES, Example, FactRef, Rule
from checker.ruledata import (  # the data files' tables, re-exported for callers of the catalogue
    DATA_FILES, DOCTYPES_FILE, LEXICON_FILE, RULES_DIR, BodyDef, DocTypeDef, Lexicon, RoleDef, RuleError,
    cue_groups, doctypes, lexicon, load_doctypes, load_lexicon, read_yaml, str_list,
)

RULE_ID = re.compile(r"^[A-Z]{2}-\d{2,3}[a-z]?$")
RULE_KEYS = {"id", "title", "kind", "applies_to", "severity", "basis", "facts", "message", "fix",
             "explanation", "detect", "examples", "yields_to", "yields_in_text"}
REQUIRED_KEYS = ("id", "title", "kind", "applies_to", "severity", "message", "fix", "detect")
#: Kinds whose findings claim a contradiction with a provision: they must cite one.
NEEDS_CITATION = ("required_content", "conflict", "role_concurrency")


# ---------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------

def _facts(value: Any, path, rule_id) -> tuple[FactRef, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise RuleError(path, "'facts' phải là danh sách", rule_id)
    out = []
    for item in value:
        if not isinstance(item, dict) or len(item) != 1:
            raise RuleError(path, "mỗi mục 'facts' có dạng {document: <số hiệu>} hoặc "
                                  "{abolished_level: <tên cấp>}", rule_id)
        (k, v), = item.items()
        if k not in ("document", "abolished_level") or not isinstance(v, str):
            raise RuleError(path, f"mục 'facts' không hợp lệ: {item!r}", rule_id)
        out.append(FactRef(k, v))
    return tuple(out)


def _examples(value: Any, path, rule_id, type_ids: set[str]) -> tuple[Example, ...]:
    """``examples: {violates: [...], lawful: [...]}``; each item a text or {text, type?, as_of?, note?};
    ``type: "?"`` checks the text as a document of no detected type (minutes, a letter)."""
    if value is None:
        return ()
    if not isinstance(value, dict) or set(value) - {"violates", "lawful"}:
        raise RuleError(path, "'examples' có dạng {violates: [...], lawful: [...]}", rule_id)
    out = []
    for key in ("violates", "lawful"):
        items = value.get(key) or []
        if not isinstance(items, list):
            raise RuleError(path, f"'examples.{key}' phải là danh sách", rule_id)
        for item in items:
            if isinstance(item, str):
                item = {"text": item}
            if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip() \
                    or set(item) - {"text", "type", "as_of", "note"}:
                raise RuleError(path, f"ví dụ không hợp lệ trong 'examples.{key}': {item!r}", rule_id)
            dtype = item.get("type")  # "?": as the checker reads it, with no type detected (minutes, letters)
            if dtype is not None and dtype != "?" and dtype not in type_ids:
                raise RuleError(path, f"ví dụ dùng loại văn bản không tồn tại: {dtype}", rule_id)
            as_of = item.get("as_of")
            out.append(Example(item["text"], key == "violates", dtype,
                               str(as_of) if as_of is not None else None, str(item.get("note", ""))))
    return tuple(out)


def example_type(rule: Rule, ex: Example) -> str | None:
    """The document type an example is checked as: its own ``type`` (``"?"``: none, the checker detects
    and finds none), else the rule's first ``applies_to`` (``"*"``: none)."""
    if ex.type == "?":
        return None
    if ex.type:
        return ex.type
    first = rule.applies_to[0]
    return None if first in ("*", "?") else first


def template_problem(template: str) -> str | None:
    """Why a message template cannot be filled with named values, or None.

    Fields are ``{name}`` only: ``{0}``/``{}`` (positional), ``{a.b}``/``{a[0]}`` (attribute or
    index access) and an unmatched brace would fail or leak at check time.
    Examples: "Thiếu {item}" → None; "Thiếu {0}" → positional; "Thiếu {item" → brace."""
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError as exc:
        return f"dấu ngoặc nhọn không khớp ({exc}); viết '{{{{' và '}}}}' cho ngoặc thường"
    for f in fields:
        if f == "" or f.isdigit():
            return f"trường theo vị trí {{{f}}} không được hỗ trợ: hãy dùng tên, ví dụ {{item}}"
        if not re.fullmatch(r"[A-Za-z_]\w*", f):
            return f"trường {{{f}}} không hợp lệ: chỉ dùng tên đơn giản, ví dụ {{item}}"
    return None


def unresolved_basis(rules: Iterable[Rule], resolve, holds_document=None) -> list[tuple[Rule, str, str]]:
    """(rule, citation, problem) for every ``basis`` citation that ``resolve(citation)`` (a
    ``checker.basis.BasisResolver.resolve``) does not turn into a quoted provision.

    With ``holds_document(citation)``, a provision of a document the knowledge base does not hold
    at all (a base built from part of the corpus) is not counted: that is the base's coverage, not
    a wrong rule — the engine withholds findings that cannot quote their basis."""
    out = []
    for rule in rules:
        for c in rule.basis:
            got = resolve(c)
            if isinstance(got, str) and (holds_document is None or holds_document(c)):
                out.append((rule, c, got))
    return out


def check_basis(rules: Iterable[Rule], resolve, holds_document=None) -> None:
    """Refuse a catalogue with a basis that does not resolve in a document the knowledge base
    holds (``khoản 19 Điều 888 Luật 10/2022/QH15``): a finding must quote its basis."""
    bad = unresolved_basis(rules, resolve, holds_document)
    if bad:
        rule, cit, problem = bad[0]
        more = f" (và {len(bad) - 1} căn cứ khác)" if len(bad) > 1 else ""
        raise RuleError(rule.source, f"căn cứ «{cit}» không tìm thấy trong cơ sở dữ liệu: {problem}{more}",
                        rule.id)


def parse_rule(raw: Any, path: Path, type_ids: set[str]) -> Rule:
    if not isinstance(raw, dict):
        raise RuleError(path, f"mỗi quy tắc phải là một bảng khóa–giá trị, gặp: {raw!r}")
    rid = raw.get("id")
    if not isinstance(rid, str) or not RULE_ID.match(rid):
        raise RuleError(path, f"mã quy tắc {rid!r} không hợp lệ (dạng XX-00)", rid if isinstance(rid, str) else None)
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise RuleError(path, f"khóa không được hỗ trợ: {', '.join(sorted(unknown))}", rid)
    for key in REQUIRED_KEYS:
        if key not in raw or raw[key] in (None, ""):
            raise RuleError(path, f"thiếu trường bắt buộc '{key}'", rid)
    for key in ("title", "message", "fix", "explanation"):
        if key in raw and not isinstance(raw[key], str):
            raise RuleError(path, f"'{key}' phải là chuỗi", rid)
    for key in ("message", "fix", "explanation"):
        if isinstance(raw.get(key), str):
            problem = template_problem(raw[key])
            if problem:
                raise RuleError(path, f"mẫu '{key}' không hợp lệ: {problem}", rid)
    kind = raw["kind"]
    if kind not in KINDS:
        raise RuleError(path, f"loại quy tắc '{kind}' không được hỗ trợ (các loại: {', '.join(KINDS)})", rid)
    severity = raw["severity"]
    if severity not in SEVERITIES:
        raise RuleError(path, f"mức độ '{severity}' không hợp lệ (lỗi / cảnh báo / gợi ý)", rid)
    applies = str_list(raw["applies_to"], "applies_to", path, rid)
    bad = [t for t in applies if t not in ("*", "?") and t not in type_ids]  # "?": a document of unknown type
    if bad:
        raise RuleError(path, f"loại văn bản không tồn tại: {', '.join(bad)} "
                              f"(có: {', '.join(sorted(type_ids))})", rid)
    basis = str_list(raw.get("basis", []), "basis", path, rid, allow_empty=True)
    facts = _facts(raw.get("facts"), path, rid)
    if kind in NEEDS_CITATION and not basis:
        raise RuleError(path, "quy tắc loại này phải nêu căn cứ pháp lý ('basis')", rid)
    if not basis and not facts and not raw.get("explanation"):
        raise RuleError(path, "cần ít nhất một căn cứ ('basis'), một dữ kiện ('facts') hoặc lời "
                              "giải thích ('explanation')", rid)
    detect = raw["detect"]
    if not isinstance(detect, dict):
        raise RuleError(path, "'detect' phải là một bảng khóa–giá trị", rid)
    try:
        kinds.module(kind).validate(detect)
    except (ValueError, TypeError) as exc:
        raise RuleError(path, f"'detect' không hợp lệ: {exc}", rid) from exc
    return Rule(id=rid, title=raw["title"].strip(), kind=kind, applies_to=applies, severity=severity,
                basis=basis, message=raw["message"].strip(), fix=raw["fix"].strip(),
                explanation=str(raw.get("explanation", "")).strip(), facts=facts, detect=detect,
                source=str(path), examples=_examples(raw.get("examples"), path, rid, type_ids),
                yields_to=str_list(raw.get("yields_to", []), "yields_to", path, rid, allow_empty=True),
                yields_in_text=str_list(raw.get("yields_in_text", []), "yields_in_text", path, rid, allow_empty=True))


def rule_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.yaml") if p.name not in DATA_FILES)


def load_rules(directory: Path | str | None = None, files: Iterable[Path] | None = None) -> tuple[Rule, ...]:
    """Every rule of the catalogue, validated; raises ``RuleError`` on the first problem."""
    directory = Path(directory) if directory else RULES_DIR
    # a type, or a type and one of its variants ("quy_che_doanh_nghiep:nha_nuoc", ``DocTypeDef.variants``)
    type_ids = {t.id for t in doctypes()} | {f"{t.id}:{v}" for t in doctypes() for v in t.variants}
    paths = list(files) if files is not None else rule_files(directory)
    if not paths:
        raise RuleError(directory, "không có tệp quy tắc nào (*.yaml)")
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in paths:
        raw = read_yaml(path)
        if not isinstance(raw, dict) or not isinstance(raw.get("rules"), list):
            raise RuleError(path, "tệp quy tắc phải có khóa 'rules' chứa danh sách quy tắc")
        for item in raw["rules"]:
            rule = parse_rule(item, path, type_ids)
            if rule.id in seen:
                raise RuleError(path, f"mã quy tắc trùng với {seen[rule.id]}", rule.id)
            seen[rule.id] = str(path)
            rules.append(rule)
    yields = {r.id: r.yields_to for r in rules}
    for rule in rules:
        unknown = [r for r in rule.yields_to if r not in seen or r == rule.id]
        if unknown:
            raise RuleError(rule.source, f"'yields_to' nêu quy tắc không có: {', '.join(unknown)}", rule.id)
        unknown = [r for r in rule.yields_in_text if r not in seen or r == rule.id]
        if unknown:
            raise RuleError(rule.source, f"'yields_in_text' nêu quy tắc không có: {', '.join(unknown)}", rule.id)
        both = [r for r in rule.yields_to if rule.id in yields[r]]
        if both:  # each would silence the other: the defect would not be said at all
            raise RuleError(rule.source, f"'yields_to' hai chiều với {', '.join(both)}", rule.id)
    return tuple(rules)


def catalogue(directory: str | None = None) -> tuple[Rule, ...]:
    """The catalogue in use: ``directory``, else ``$DCCS_RULES``, else ``rules/``; loaded once each."""
    return _catalogue(directory or os.environ.get("DCCS_RULES") or None)


@lru_cache(maxsize=8)
def _catalogue(directory: str | None) -> tuple[Rule, ...]:
    return load_rules(directory)
