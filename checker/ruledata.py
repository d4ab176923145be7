"""The data files of ``rules/`` that are not rules: where they live, how they are read, and
the lexicon (roles, bodies) and document types read from them.

Every layer of the checker reads these tables — the NLP layer (``checker.nlp``), the rule
kinds (``checker.kinds``), the type detector (``checker.doctype``) and the catalogue
(``checker.rules``) — so they sit below all of them and import none of them. A malformed
file raises ``RuleError`` naming the file and the problem, in Vietnamese.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import yaml

from kb.vntext import fold, nfc

RULES_DIR = Path(__file__).resolve().parents[1] / "rules"
LEXICON_FILE = "lexicon.yaml"
DOCTYPES_FILE = "doctypes.yaml"
GUARDS_FILE = "guards.yaml"  # the shared sentence guards' cues (checker/guards.py)
SCOPE_FILE = "scope.yaml"  # what a check does not cover, said in every report (checker/scope.py)
DATA_FILES = (LEXICON_FILE, DOCTYPES_FILE, GUARDS_FILE, SCOPE_FILE)

#: Role patterns too generic to name a role (what a YAML comma leaves of "cán bộ, công chức …").
GENERIC_PATTERNS = {"can bo", "cong chuc", "thanh vien", "dai dien", "nguoi dan", "vien chuc"}

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
class ActDef:
    """An act a role does (``rules/lexicon.yaml`` ``acts``): its cues, the law's verbs first, and its examples —
    sentences where the role written does the act (``is``) and where it does not (``is_not``)."""

    id: str
    label: str
    patterns: tuple[str, ...]
    is_examples: tuple[str, ...] = ()
    is_not_examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class BodyDef:
    id: str
    name: str
    variants: tuple[str, ...]


def _tone_key(text: str) -> str:
    """Lower case NFC with "uỷ"/"oà" read as "ủy"/"òa" (same length, so offsets hold)."""
    low = nfc(text).lower()
    for old, new in (("uỷ", "ủy"), ("uý", "úy"), ("oà", "òa"), ("oá", "óa"), ("oạ", "ọa")):
        low = low.replace(old, new)
    return low


def _replace(form: str, src: str, dst: str) -> str:
    """``form`` with each whole-word ``src`` (case-insensitive, "Uỷ" = "Ủy") replaced by ``dst``."""
    key = _tone_key(form)
    pat = re.compile(rf"(?<!\w){re.escape(_tone_key(src))}(?!\w)")
    parts, pos = [], 0
    for m in pat.finditer(key):
        parts += [form[pos:m.start()], dst]
        pos = m.end()
    return "".join(parts) + form[pos:] if parts else form


def _alias_pairs(aliases) -> list[tuple[str, str]]:
    """(written form, replacement) for every alias both ways, longest written form first."""
    pairs = [(a.name, s) for a in aliases for s in a.short] + [(s, a.name) for a in aliases for s in a.short]
    return sorted(pairs, key=lambda p: -len(p[0]))


@dataclass(frozen=True)
class Alias:
    """A name and the abbreviations drafters write for it ("Ủy ban nhân dân" ↔ "UBND")."""

    name: str
    short: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    roles: tuple[RoleDef, ...]
    bodies: tuple[BodyDef, ...]
    aliases: tuple[Alias, ...] = ()
    acts: tuple[ActDef, ...] = ()
    #: words between a role and an act that make the role not its agent ("đề nghị", "phối hợp", "dự")
    act_blockers: tuple[str, ...] = ()
    #: s29-ls: the names of a meeting, what «triệu tập» and «chủ trì» are done to ("cuộc họp", "hội nghị")
    meetings: tuple[str, ...] = ()

    def act(self, act_id: str) -> ActDef | None:
        return next((a for a in self.acts if a.id == act_id), None)

    def act_cues(self, refs: str | Iterable[str]) -> tuple[str, ...]:
        """The cues of one act or a list of acts (``actor.act: chair`` / ``[convene, chair]``); a ValueError for an
        act the lexicon does not name."""
        out: list[str] = []
        for ref in ([refs] if isinstance(refs, str) else refs):
            a = self.act(ref)
            if a is None:
                raise ValueError(f"hành vi «{ref}» không có trong lexicon (acts)")
            out.extend(p for p in a.patterns if p not in out)
        return tuple(out)

    def role(self, role_id: str) -> RoleDef | None:
        return next((r for r in self.roles if r.id == role_id), None)

    def spellings(self, phrase: str, limit: int = 24) -> tuple[str, ...]:
        """``phrase`` and its forms with an aliased name abbreviated or spelled out:
        "Chủ tịch Ủy ban nhân dân xã" → (…, "Chủ tịch UBND xã"); "BCH Công đoàn" → (…, "Ban Chấp hành
        Công đoàn"). Case-insensitive, whole words, "Uỷ" read as "Ủy"; at most ``limit`` forms. Each alias
        is applied to the phrase as written (and once all in one direction), never to a form another
        alias made: "Ban Giám sát đầu tư của cộng đồng" → "Ban GSĐTCĐ" must not come back as the shorter
        name "Ban Giám sát đầu tư", which IC-02 tells apart from the official one."""
        if not self.aliases:
            return (phrase,)
        out = [phrase]
        pairs = _alias_pairs(self.aliases)
        longs = [(a, b) for a, b in pairs if any(a == x.name for x in self.aliases)]
        shorts = [(a, b) for a, b in pairs if (a, b) not in longs]
        for src, dst in pairs:
            new = _replace(phrase, src, dst)
            if new != phrase and new not in out:
                out.append(new)
        for group in (longs, shorts):  # every name abbreviated, every abbreviation spelled out
            form = phrase
            for src, dst in group:
                form = _replace(form, src, dst)
            if form not in out:
                out.append(form)
        return tuple(out[:limit])

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
    #: what to tell the user when the heading and title cues fit but an exclude or document cue rules the type out
    #: (a private company's quy chế: the state-enterprise section of the Law does not govern it)
    unmet_note: str = ""
    #: the attribute a rule's ``applies_to`` may name after a colon ("quy_che_doanh_nghiep:nha_nuoc"), read from the
    #: text by ``owner`` (an employer's quy chế: who owns the employer, Law 10/2022 Art. 2.4, Art. 82)
    variants: tuple[str, ...] = ()
    owner: "OwnerCues | None" = None
    #: (variant, Vietnamese label) for the user's choice of a variant (the web page's list of types)
    variant_labels: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class OwnerCues:
    """How a text says who owns the employer whose quy chế it is (``rules/doctypes.yaml``, ``owner``).

    ``share``: the State's share of the charter capital written as a figure ("Nhà nước nắm giữ 62% vốn điều lệ"),
    decided by ``more_than`` (Enterprise Law 2020 Art. 4.11: a state enterprise is one where the State holds more
    than 50%); ``not_state``: the text places the employer outside the State sector; ``state``: it says the State
    owns it (or sets up what only the state-enterprise section has); ``chose_state``: cue groups of one paragraph
    where a non-state employer chooses the state-enterprise section (Law 10/2022 Art. 82.2)."""

    share: tuple[str, ...]
    more_than: float
    not_state: tuple[str, ...]
    state: tuple[str, ...]
    chose_state: tuple[tuple[str, ...], ...]
    state_variant: str
    not_state_variant: str
    chose_variant: str = ""  # Art. 82.2: beside not_state_variant when the employer chose the state-enterprise section
    #: what the report says for each reading: "nha_nuoc", "ngoai_nha_nuoc", both joined by "+", or "" (not said)
    notes: tuple[tuple[str, str], ...] = ()


# ---------------------------------------------------------------------------
# YAML helpers
# ---------------------------------------------------------------------------

def read_yaml(path: Path) -> Any:
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


def str_list(value: Any, what: str, path, rule_id=None, *, allow_empty=False) -> tuple[str, ...]:
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
        groups.append(str_list(g, what, path, rule_id))
    return tuple(groups)


# ---------------------------------------------------------------------------
# Lexicon and document types
# ---------------------------------------------------------------------------

def load_lexicon(path: Path | None = None) -> Lexicon:
    path = path or RULES_DIR / LEXICON_FILE
    raw = read_yaml(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("roles"), list):
        raise RuleError(path, "thiếu danh sách 'roles'")
    roles: list[RoleDef] = []
    explicit: set[str] = set()
    for r in raw["roles"]:
        if not isinstance(r, dict) or not r.get("id"):
            raise RuleError(path, f"mục vai trò không hợp lệ: {r!r}")
        pats = str_list(r.get("patterns"), "patterns", path, r["id"])
        for p in pats:
            if len(p.split()) < 2 or fold(p.lower()) in GENERIC_PATTERNS:
                raise RuleError(path, f"mẫu «{p}» quá ngắn hoặc quá chung: có thể do dấu phẩy trong danh "
                                      "sách YAML — hãy đặt mẫu có dấu phẩy trong ngoặc kép", r["id"])
        explicit.update(" ".join(fold(nfc(p)).split()) for p in pats)
        roles.append(RoleDef(r["id"], str(r.get("label", r["id"])), pats,
                             str_list(r.get("tags", []), "tags", path, r["id"], allow_empty=True)))
    bodies = []
    words = str_list(raw.get("member_words", []), "member_words", path, allow_empty=True)
    for b in raw.get("bodies", []):
        if not isinstance(b, dict) or not b.get("id") or not b.get("name"):
            raise RuleError(path, f"mục tổ chức không hợp lệ: {b!r}")
        body = BodyDef(b["id"], b["name"], str_list(b.get("variants", []), "variants", path, b["id"],
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
    aliases = []
    for a in raw.get("aliases", []) or []:
        if not isinstance(a, dict) or not isinstance(a.get("name"), str) or not a["name"].strip():
            raise RuleError(path, f"mục viết tắt không hợp lệ: {a!r}")
        aliases.append(Alias(a["name"].strip(), str_list(a.get("short"), "short", path, a["name"])))
    acts = []
    for a in raw.get("acts", []) or []:
        if not isinstance(a, dict) or not a.get("id"):
            raise RuleError(path, f"mục hành vi không hợp lệ: {a!r}")
        ex = a.get("examples") or {}
        if not isinstance(ex, dict) or set(ex) - {"is", "is_not"}:
            raise RuleError(path, "'examples' của hành vi có dạng {is: [...], is_not: [...]}", a["id"])
        acts.append(ActDef(a["id"], str(a.get("label", a["id"])), str_list(a.get("patterns"), "patterns", path, a["id"]),
                           str_list(ex.get("is", []), "examples.is", path, a["id"], allow_empty=True),
                           str_list(ex.get("is_not", []), "examples.is_not", path, a["id"], allow_empty=True)))
    blockers = str_list(raw.get("act_blockers", []), "act_blockers", path, allow_empty=True)
    meetings = str_list(raw.get("meetings", []), "meetings", path, allow_empty=True)
    return Lexicon(tuple(roles), tuple(bodies), tuple(aliases), tuple(acts), blockers, meetings)


def _owner_cues(raw: Any, path, type_id: str) -> OwnerCues | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) - {"share", "more_than", "not_state", "state", "chose_state",
                                                "state_variant", "not_state_variant", "chose_variant", "notes"}:
        raise RuleError(path, "'owner' có dạng {share, more_than, not_state, state, chose_state, state_variant, "
                              "not_state_variant}", type_id)
    return OwnerCues(str_list(raw.get("share", []), "owner.share", path, type_id, allow_empty=True),
                     float(raw.get("more_than", 50)),
                     str_list(raw.get("not_state"), "owner.not_state", path, type_id),
                     str_list(raw.get("state"), "owner.state", path, type_id),
                     cue_groups(raw.get("chose_state", []), "owner.chose_state", path, type_id),
                     str(raw.get("state_variant", "")), str(raw.get("not_state_variant", "")),
                     str(raw.get("chose_variant", "") or raw.get("state_variant", "")),
                     tuple((str(k), str(v).strip()) for k, v in (raw.get("notes") or {}).items()))


def load_doctypes(path: Path | None = None) -> tuple[DocTypeDef, ...]:
    path = path or RULES_DIR / DOCTYPES_FILE
    raw = read_yaml(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("types"), list):
        raise RuleError(path, "thiếu danh sách 'types'")
    out = []
    for t in raw["types"]:
        if not isinstance(t, dict) or not t.get("id") or not t.get("label"):
            raise RuleError(path, f"loại văn bản không hợp lệ: {t!r}")
        out.append(DocTypeDef(
            t["id"], t["label"], str_list(t.get("headings"), "headings", path, t["id"]),
            cue_groups(t.get("title_cues", []), "title_cues", path, t["id"]),
            bool(t.get("normative", False)),
            cue_groups(t.get("document_cues", []), "document_cues", path, t["id"]),
            str_list(t.get("exclude_cues", []), "exclude_cues", path, t["id"], allow_empty=True),
            str(t.get("unmet_note", "") or ""),
            str_list(t.get("variants", []), "variants", path, t["id"], allow_empty=True),
            _owner_cues(t.get("owner"), path, t["id"]),
            _variant_labels(t, path),
        ))
    return tuple(out)


def _variant_labels(t: dict, path) -> tuple[tuple[str, str], ...]:
    raw = t.get("variant_labels") or {}
    if not isinstance(raw, dict) or not all(isinstance(v, str) and v.strip() for v in raw.values()) \
            or set(raw) - set(t.get("variants") or []):
        raise RuleError(path, "'variant_labels' phải là bảng tên biến thể → nhãn, chỉ gồm các biến thể đã khai báo",
                        t.get("id"))
    return tuple((str(k), v.strip()) for k, v in raw.items())


@lru_cache(maxsize=4)
def lexicon(path: str | None = None) -> Lexicon:
    return load_lexicon(Path(path) if path else None)


@lru_cache(maxsize=4)
def doctypes(path: str | None = None) -> tuple[DocTypeDef, ...]:
    return load_doctypes(Path(path) if path else None)
