"""Load and validate the rule catalogue, the lexicon and the document types.

Rules are data (``rules/*.yaml``, safe-loaded). A malformed file never reaches
the engine: ``load_rules`` raises ``RuleError`` whose message names the file,
the rule id and the problem, in Vietnamese. Each rule kind validates its own
``detect`` block (``checker.kinds.<kind>.validate``), so a new option is
checked where it is used.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import yaml

from checker.model import KINDS, SEVERITIES, Example, FactRef, Rule

RULES_DIR = Path(__file__).resolve().parents[1] / "rules"
LEXICON_FILE = "lexicon.yaml"
DOCTYPES_FILE = "doctypes.yaml"
DATA_FILES = (LEXICON_FILE, DOCTYPES_FILE)

RULE_ID = re.compile(r"^[A-Z]{2}-\d{2}[a-z]?$")
RULE_KEYS = {"id", "title", "kind", "applies_to", "severity", "basis", "facts", "message", "fix",
             "explanation", "detect", "examples"}
REQUIRED_KEYS = ("id", "title", "kind", "applies_to", "severity", "message", "fix", "detect")
#: Role patterns too generic to name a role (what a YAML comma leaves of "cán bộ, công chức …").
GENERIC_PATTERNS = {"can bo", "cong chuc", "thanh vien", "dai dien", "nguoi dan", "vien chuc"}
#: Kinds whose findings claim a contradiction with a provision: they must cite one.
NEEDS_CITATION = ("required_content", "conflict", "role_concurrency")


class RuleError(Exception):
    """A rule file that cannot be used; the message names file, rule and problem."""

    def __init__(self, path: str | Path, problem: str, rule_id: str | None = None):
        where = f"{path}" + (f", quy tắc {rule_id}" if rule_id else "")
        super().__init__(f"{where}: {problem}")
        self.path, self.rule_id, self.problem = str(path), rule_id, problem


@dataclass(frozen=True)
class RoleDef:
    id: str
    label: str
    patterns: tuple[str, ...]
    tags: tuple[str, ...] = ()
    body: str | None = None  # for generated membership roles


@dataclass(frozen=True)
class BodyDef:
    id: str
    name: str
    variants: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    roles: tuple[RoleDef, ...]
    bodies: tuple[BodyDef, ...]

    def role(self, role_id: str) -> RoleDef | None:
        return next((r for r in self.roles if r.id == role_id), None)

    def expand(self, refs: Iterable[str]) -> frozenset[str]:
        """Role ids for a list of role ids, ``tag:<tag>`` and ``member:<body>`` entries."""
        out: set[str] = set()
        for ref in refs:
            if ref.startswith("tag:"):
                out.update(r.id for r in self.roles if ref[4:] in r.tags)
            else:
                out.add(ref)
        return frozenset(out)


@dataclass(frozen=True)
class DocTypeDef:
    id: str
    label: str
    headings: tuple[str, ...]
    title_cues: tuple[tuple[str, ...], ...]
    normative: bool
    #: every group must match somewhere in the whole text (e.g. state ownership of an enterprise)
    document_cues: tuple[tuple[str, ...], ...] = ()
    #: any of these in the title or the issuer excludes the type (a private school is no agency)
    exclude_cues: tuple[str, ...] = ()


# ---------------------------------------------------------------------------
# YAML helpers
# ---------------------------------------------------------------------------

def _read_yaml(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except OSError as exc:
        raise RuleError(path, f"không đọc được tệp ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise RuleError(path, f"tệp không phải UTF-8 (byte {exc.object[exc.start:exc.start + 1]!r} ở vị trí "
                              f"{exc.start}): hãy lưu lại tệp với bảng mã UTF-8") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (dòng {mark.line + 1}, cột {mark.column + 1})" if mark else ""
        raise RuleError(path, f"YAML không hợp lệ{where}: {getattr(exc, 'problem', exc)}") from exc


def _str_list(value: Any, what: str, path, rule_id=None, *, allow_empty=False) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RuleError(path, f"'{what}' phải là danh sách chuỗi", rule_id)
    if not value and not allow_empty:
        raise RuleError(path, f"'{what}' không được rỗng", rule_id)
    return tuple(v.strip() for v in value)


def cue_groups(value: Any, what: str, path, rule_id=None) -> tuple[tuple[str, ...], ...]:
    """Validate cue groups: a list of lists of strings (AND of ORs)."""
    if not isinstance(value, list):
        raise RuleError(path, f"'{what}' phải là danh sách các nhóm từ khóa", rule_id)
    groups = []
    for g in value:
        groups.append(_str_list(g, what, path, rule_id))
    return tuple(groups)


# ---------------------------------------------------------------------------
# Lexicon and document types
# ---------------------------------------------------------------------------

def load_lexicon(path: Path | None = None) -> Lexicon:
    path = path or RULES_DIR / LEXICON_FILE
    raw = _read_yaml(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("roles"), list):
        raise RuleError(path, "thiếu danh sách 'roles'")
    roles: list[RoleDef] = []
    explicit: set[str] = set()
    from kb.vntext import fold, nfc

    for r in raw["roles"]:
        if not isinstance(r, dict) or not r.get("id"):
            raise RuleError(path, f"mục vai trò không hợp lệ: {r!r}")
        pats = _str_list(r.get("patterns"), "patterns", path, r["id"])
        for p in pats:
            if len(p.split()) < 2 or fold(p.lower()) in GENERIC_PATTERNS:
                raise RuleError(path, f"mẫu «{p}» quá ngắn hoặc quá chung: có thể do dấu phẩy trong danh "
                                      "sách YAML — hãy đặt mẫu có dấu phẩy trong ngoặc kép", r["id"])
        explicit.update(" ".join(fold(nfc(p)).split()) for p in pats)
        roles.append(RoleDef(r["id"], str(r.get("label", r["id"])), pats,
                             _str_list(r.get("tags", []), "tags", path, r["id"], allow_empty=True)))
    bodies = []
    words = _str_list(raw.get("member_words", []), "member_words", path, allow_empty=True)
    for b in raw.get("bodies", []):
        if not isinstance(b, dict) or not b.get("id") or not b.get("name"):
            raise RuleError(path, f"mục tổ chức không hợp lệ: {b!r}")
        body = BodyDef(b["id"], b["name"], _str_list(b.get("variants", []), "variants", path, b["id"],
                                                     allow_empty=True))
        bodies.append(body)
        member_pats = []
        for w in words:
            for n in (body.name, *body.variants):
                pat = f"{w} {n}"
                if " ".join(fold(nfc(pat)).split()) not in explicit:
                    member_pats.append(pat)
        roles.append(RoleDef(f"member:{body.id}", f"thành viên {body.name}", tuple(member_pats),
                             ("member",), body=body.id))
    return Lexicon(tuple(roles), tuple(bodies))


def load_doctypes(path: Path | None = None) -> tuple[DocTypeDef, ...]:
    path = path or RULES_DIR / DOCTYPES_FILE
    raw = _read_yaml(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("types"), list):
        raise RuleError(path, "thiếu danh sách 'types'")
    out = []
    for t in raw["types"]:
        if not isinstance(t, dict) or not t.get("id") or not t.get("label"):
            raise RuleError(path, f"loại văn bản không hợp lệ: {t!r}")
        out.append(DocTypeDef(
            t["id"], t["label"], _str_list(t.get("headings"), "headings", path, t["id"]),
            cue_groups(t.get("title_cues", []), "title_cues", path, t["id"]),
            bool(t.get("normative", False)),
            cue_groups(t.get("document_cues", []), "document_cues", path, t["id"]),
            _str_list(t.get("exclude_cues", []), "exclude_cues", path, t["id"], allow_empty=True),
        ))
    return tuple(out)


@lru_cache(maxsize=4)
def lexicon(path: str | None = None) -> Lexicon:
    return load_lexicon(Path(path) if path else None)


@lru_cache(maxsize=4)
def doctypes(path: str | None = None) -> tuple[DocTypeDef, ...]:
    return load_doctypes(Path(path) if path else None)


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
    """``examples: {violates: [...], lawful: [...]}``; each item a text or {text, type?, as_of?, note?}."""
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
            dtype = item.get("type")
            if dtype is not None and dtype not in type_ids:
                raise RuleError(path, f"ví dụ dùng loại văn bản không tồn tại: {dtype}", rule_id)
            as_of = item.get("as_of")
            out.append(Example(item["text"], key == "violates", dtype,
                               str(as_of) if as_of is not None else None, str(item.get("note", ""))))
    return tuple(out)


def template_problem(template: str) -> str | None:
    """Why a message template cannot be filled with named values, or None.

    Fields are ``{name}`` only: ``{0}``/``{}`` (positional), ``{a.b}``/``{a[0]}`` (attribute or
    index access) and an unmatched brace would fail or leak at check time.
    Examples: "Thiếu {item}" → None; "Thiếu {0}" → positional; "Thiếu {item" → brace."""
    import string

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
    applies = _str_list(raw["applies_to"], "applies_to", path, rid)
    bad = [t for t in applies if t != "*" and t not in type_ids]
    if bad:
        raise RuleError(path, f"loại văn bản không tồn tại: {', '.join(bad)} "
                              f"(có: {', '.join(sorted(type_ids))})", rid)
    basis = _str_list(raw.get("basis", []), "basis", path, rid, allow_empty=True)
    facts = _facts(raw.get("facts"), path, rid)
    if kind in NEEDS_CITATION and not basis:
        raise RuleError(path, "quy tắc loại này phải nêu căn cứ pháp lý ('basis')", rid)
    if not basis and not facts and not raw.get("explanation"):
        raise RuleError(path, "cần ít nhất một căn cứ ('basis'), một dữ kiện ('facts') hoặc lời "
                              "giải thích ('explanation')", rid)
    detect = raw["detect"]
    if not isinstance(detect, dict):
        raise RuleError(path, "'detect' phải là một bảng khóa–giá trị", rid)
    from checker import kinds

    try:
        kinds.module(kind).validate(detect)
    except (ValueError, TypeError) as exc:
        raise RuleError(path, f"'detect' không hợp lệ: {exc}", rid) from exc
    return Rule(id=rid, title=raw["title"].strip(), kind=kind, applies_to=applies, severity=severity,
                basis=basis, message=raw["message"].strip(), fix=raw["fix"].strip(),
                explanation=str(raw.get("explanation", "")).strip(), facts=facts, detect=detect,
                source=str(path), examples=_examples(raw.get("examples"), path, rid, type_ids))


def rule_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.yaml") if p.name not in DATA_FILES)


def load_rules(directory: Path | str | None = None, files: Iterable[Path] | None = None) -> tuple[Rule, ...]:
    """Every rule of the catalogue, validated; raises ``RuleError`` on the first problem."""
    directory = Path(directory) if directory else RULES_DIR
    type_ids = {t.id for t in doctypes()}
    paths = list(files) if files is not None else rule_files(directory)
    if not paths:
        raise RuleError(directory, "không có tệp quy tắc nào (*.yaml)")
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in paths:
        raw = _read_yaml(path)
        if not isinstance(raw, dict) or not isinstance(raw.get("rules"), list):
            raise RuleError(path, "tệp quy tắc phải có khóa 'rules' chứa danh sách quy tắc")
        for item in raw["rules"]:
            rule = parse_rule(item, path, type_ids)
            if rule.id in seen:
                raise RuleError(path, f"mã quy tắc trùng với {seen[rule.id]}", rule.id)
            seen[rule.id] = str(path)
            rules.append(rule)
    return tuple(rules)


def catalogue(directory: str | None = None) -> tuple[Rule, ...]:
    """The catalogue in use: ``directory``, else ``$DCCS_RULES``, else ``rules/``; loaded once each."""
    return _catalogue(directory or os.environ.get("DCCS_RULES") or None)


@lru_cache(maxsize=8)
def _catalogue(directory: str | None) -> tuple[Rule, ...]:
    return load_rules(directory)
