"""The act a clause states, read as a structure: who acts, the act, and its modality — and the scope a list's lead-in
has over its items. A pure module (strings in, values out): the ``forbidden`` and ``actor`` readers of the conflict
kind read a list item, a label's value or a clause through it instead of through the wordings one document used.

Modality of a clause (``modality``), the last governing cue before the act:

- ``ruled_out``: «nghiêm cấm», «cấm», «không được», «không cho phép», «không quy định / đặt ra / áp dụng …» — the
  text forbids what follows, unless a consequence follows the negation («Hộ không chấp hành thì bị thôn:» makes the
  items the consequence, a ``sanction``);
- ``sanction``: «bị» — what befalls the one who acts wrongly («Hộ vi phạm bị:»);
- ``obliged``: «phải», «có trách nhiệm», «có nhiệm vụ»;
- ``allowed``: «được», «có quyền»;
- ``condition``: a clause opened by «nếu», «trường hợp», «khi» (the act is what happens then, read in its main clause);
- ``report``: «đã» — an account of what happened;
- ``stated``: none of these.

A lead-in ends with ":" and gives its items what they lack (``read_lead``): its subject and verb when the item goes
on with its sentence («Hộ vi phạm bị Ban điều hành thôn xử lý như sau:» / «- buộc nộp 500.000 đồng» reads «Hộ vi phạm
bị Ban điều hành thôn buộc nộp 500.000 đồng»: the lead-in's announcing words «xử lý như sau», «các hình thức sau đây»
are dropped), its predicate when the items are its subjects («Các nội dung sau do Chủ tịch UBND xã quyết định:» /
«- mức đóng góp xây dựng đường» reads «mức đóng góp xây dựng đường do Chủ tịch UBND xã quyết định»), and its modality
(«Nghiêm cấm các hành vi sau:» rules out what each item names)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from checker.kinds.conflict.polarity import CONSEQUENCE_CUES, RULED_OUT_CUES
from checker.text import fold_keep_length

#: a list item's marker: "-", "+", "•", "a)", "1." / "1)"
ITEM_MARK = re.compile(r"^\s*(?:[-–+•*]|[a-zđ]\)|\d{1,2}[.)])\s+")

_W = r"(?<!\w)"
_E = r"(?!\w)"

_SANCTION = re.compile(_W + r"bị(?!\s+cấm)" + _E)
_OBLIGED = re.compile(_W + r"(?:phải|có\s+trách\s+nhiệm|có\s+nhiệm\s+vụ|co\s+trach\s+nhiem|co\s+nhiem\s+vu)" + _E)
_ALLOWED = re.compile(_W + r"(?:được|có\s+quyền|duoc|co\s+quyen)" + _E)
_CONDITION = re.compile(r"^\s*(?:nếu|trường\s+hợp|khi|neu|truong\s+hop)" + _E)
_THEN = re.compile(_W + r"(?:thì|thi)" + _E)
_REPORT = re.compile(_W + r"đã" + _E)

RULED_OUT, SANCTION, OBLIGED, ALLOWED, CONDITION, REPORT, STATED = (
    "ruled_out", "sanction", "obliged", "allowed", "condition", "report", "stated")

#: the words a lead-in announces its list with, at its end: «(xử lý / áp dụng …) (một trong) các hình thức (xử lý)
#: sau (đây)», «như sau», «dưới đây», «gồm» — they stand for the items and are dropped when an item goes on with the
#: lead-in's sentence
_ANNOUNCE = re.compile(
    r"(?:\s+(?:xu\s+ly|ap\s+dung|thuc\s+hien|gom|bao\s+gom))?"
    r"(?:\s+(?:(?:mot|1)\s+(?:trong\s+)?(?:cac|nhung|so)\s+|mot\s+|cac\s+|nhung\s+)?"
    r"(?:hinh\s+thuc|bien\s+phap|noi\s+dung|hanh\s+vi|viec|cong\s+viec|muc\s+xu\s+ly|van\s+de)"
    r"(?:\s+(?:xu\s+ly|ky\s+luat|xu\s+phat|cu\s+the))?)?"
    r"(?:\s+(?:nhu\s+sau|sau\s+day|sau|duoi\s+day))?\s*:?\s*$")

#: a lead-in whose items are its subjects: «Các nội dung sau (đây) do UBND xã quyết định:», «Những việc sau phải được
#: …:» — the noun the items stand for, "sau" / "dưới đây", then the predicate
_ITEMS_AS_SUBJECT = re.compile(
    r"\s*(?:(?:cac|nhung)\s+)?(?:noi\s+dung|viec|cong\s+viec|van\s+de|khoan(?:\s+thu)?|muc|hoat\s+dong|chuc\s+danh|"
    r"thanh\s+phan|tai\s+lieu|thong\s+tin|loai\s+\w+)(?:\s+\w+){0,3}?\s+(?:sau(?:\s+day)?|duoi\s+day|nhu\s+sau)\s+"
    r"(?=(?:do|duoc|phai|se|deu|bi|chi)" + _E + ")")


#: the agent of a passive verb, after it: «được triệu tập bởi …» («do» after a verb may also mean "because": not read)
_AGENT_BY = re.compile(r"\s*(?:bởi|boi)\s+(?:(?:ông|bà|đồng\s+chí)\s+)?")


def agent_after(key: str, verb_end: int) -> int | None:
    """Where the agent of the verb ending at ``verb_end`` begins, when it follows the verb after «bởi» («Hội nghị
    được chủ trì bởi Chủ tịch Công đoàn»); else None."""
    m = _AGENT_BY.match(key, verb_end)
    return m.end() if m else None


def folded(key: str) -> str:
    """The key without tone marks, lower case, of the same length (offsets hold)."""
    return fold_keep_length(key).lower()


@dataclass(frozen=True)
class Lead:
    """What a lead-in gives its items: ``before`` — the words an item's text goes on from (the lead-in's last clause
    without its announcing words), ``after`` — the predicate an item is the subject of (``before`` is then empty),
    and the lead-in's ``modality``. ``forbids``: the lead-in rules out what its items name."""

    text: str
    before: str
    after: str
    modality: str

    @property
    def forbids(self) -> bool:
        return self.modality == RULED_OUT


def modality(key: str) -> str:
    """The modality of a clause (see the module's doc): the last governing cue of the clause, a negation counting
    only when no consequence («thì», «bị», «sẽ», «phải») follows it; a prohibition governs the whole clause it
    stands in («Nghiêm cấm thôn được …» is ruled out)."""
    k = key.lower()
    if _CONDITION.match(k) and not _THEN.search(k):
        return CONDITION
    if any(not CONSEQUENCE_CUES.search(k, m.end()) for m in RULED_OUT_CUES.finditer(k)):
        return RULED_OUT
    found = [(m.start(), name) for rx, name in ((_SANCTION, SANCTION), (_OBLIGED, OBLIGED), (_ALLOWED, ALLOWED),
                                                (_REPORT, REPORT)) for m in rx.finditer(k)]
    return max(found)[1] if found else STATED


def announces(tail: str) -> bool:
    """Are the words after a lead-in's act only the words that announce its list («quyết định các việc sau:», «phê
    duyệt những nội dung sau đây:», «quyết định:»)? Then the act is done to each item: the items are its objects."""
    return _ANNOUNCE.match(folded(tail)) is not None


def last_clause(key: str) -> str:
    """The lead-in's last clause (after its last "," or ";"): the part an item goes on from."""
    at = max(key.rfind(";"), key.rfind(","))
    return key[at + 1:] if at >= 0 else key


#: a clause inserted in a lead-in that carries no act of its own: «tùy (theo) mức độ», «theo quy định», «căn cứ …»
_INSERT = re.compile(r"^\s*(?:tuy|theo|can\s+cu|muc\s+do|tinh\s+chat|lan\s+dau|tai\s+pham)" + _E)


def _carried(key: str) -> str:
    """The words an item goes on from: the lead-in's last clause that still has words once its announcing words are
    dropped, past the inserts after it («Hộ vi phạm bị thôn xử lý, tùy theo mức độ, như sau» → «Hộ vi phạm bị
    thôn»)."""
    ends = [m.start() for m in re.finditer(r"[,;]", key)] + [len(key)]
    starts = [0] + [e + 1 for e in ends[:-1]]
    for a, b in reversed(list(zip(starts, ends))):
        clause = key[a:b]
        cut = _ANNOUNCE.search(folded(clause))
        if cut:
            clause = clause[:cut.start()]
        if clause.strip() and not _INSERT.match(folded(clause)):
            return clause.strip()
    return ""


def read_lead(key: str) -> Lead:
    """The scope of a lead-in (its key, ending at or before its ":") over its items."""
    key = key.rstrip()
    f = folded(key)
    mod = modality(key)
    clause_at = len(key) - len(last_clause(key))
    m = _ITEMS_AS_SUBJECT.match(f, clause_at) or _ITEMS_AS_SUBJECT.match(f)
    if m and mod != RULED_OUT:
        return Lead(key, "", key[m.end():].rstrip(" :"), mod)
    return Lead(key, _carried(key.rstrip(" :")), "", mod)


def item_body(key: str) -> int:
    """Where an item's own words begin, past its marker."""
    m = ITEM_MARK.match(key)
    return m.end() if m else 0


def first_clause_end(key: str) -> int:
    """The end of an item's first clause (at ",", ";", ":" or "."), past its marker: what a prohibiting lead-in's
    scope covers in it ("Hương ước không được quy định: / - Phạt tiền hộ vi phạm, …")."""
    e = re.compile(r"[,;:.]").search(key, item_body(key))
    return e.start() if e else len(key)


@dataclass(frozen=True)
class Joined:
    """An item read with its lead-in as one sentence: ``key``; the item's own words span [``start``, ``end``) of it
    and begin at offset ``body`` of the item's key."""

    key: str
    start: int
    end: int
    body: int

    def item_offset(self, at: int) -> int:
        """The offset in the item's key of the joined key's offset ``at`` (clipped to the item's words)."""
        return self.body + min(max(at, self.start), self.end) - self.start


#: an item that states its own act — an agent («do», «bởi») or a predicate («được», «phải», «là», «thì») — is no
#: bare subject of the lead-in's predicate
_OWN_PREDICATE = re.compile(_W + r"(?:do|bởi|được|phải|là|thì|boi|duoc|phai|thi)" + _E)


def label_end(key: str, body: int) -> int | None:
    """Where the value of a label that opens an item begins («b) Tái phạm: buộc nộp 300.000 đồng» → at «buộc»): a
    colon at most 40 characters after ``body`` with no clause mark before it, and words after it; else None."""
    m = re.compile(r"[^,;.:]{1,40}:\s*(?=\S)").match(key, body)
    return m.end() if m else None


def join(lead: Lead, item_key: str, body: int | None = None) -> Joined:
    """The item (its key, marker and all) read on from its lead-in: «before item» or «item after». ``body``: where the
    item's own words begin (default: past its marker)."""
    body = item_body(item_key) if body is None else body
    own = item_key[body:].rstrip(" ;.")
    if lead.after:
        return Joined(own + " " + lead.after, 0, len(own), body)
    head = lead.before.rstrip()
    start = len(head) + 1 if head else 0
    return Joined((head + " " if head else "") + own, start, start + len(own), body)


def readings(lead: Lead, item_key: str, body: int | None = None) -> list[Joined]:
    """The ways an item goes on from its lead-in: its words past the marker, and — when the item opens with a label
    of its own («a) Lần đầu: nhắc nhở», «b) Tái phạm: buộc nộp …») — the label's value, which continues the
    lead-in's sentence while the label says when."""
    body = item_body(item_key) if body is None else body
    if lead.after and _OWN_PREDICATE.search(item_key, body):
        return []  # "- mức đóng góp tự nguyện do Nhân dân bàn": the item has its own agent or predicate
    out = [join(lead, item_key, body)]
    value = label_end(item_key, body)
    if value is not None and not lead.after:
        out.append(join(lead, item_key, value))
    return out


def straddles(j: Joined, a: int, b: int) -> bool:
    """Does the match [a, b) of the joined key take words from both the lead-in and the item?"""
    return a < j.start < b or a < j.end < b


#: a table column that names who does an act: «Người quyết định», «Cơ quan phê duyệt», «Đơn vị thực hiện», «Thẩm
#: quyền quyết định» — its cells are the agent of that act, done to what the row's first cell names
_AGENT_COLUMN = re.compile(r"^\s*(?:(?:người|cơ\s+quan|đơn\s+vị|chủ\s+thể|cấp|bộ\s+phận|tổ\s+chức|chức\s+danh)"
                           r"(?:\s+có\s+thẩm\s+quyền)?|thẩm\s+quyền)\s+(?P<verb>[^\s|()]+(?:\s+[^\s|()]+){0,2})\s*$")
_RUNNING_NUMBER = re.compile(r"^\s*(?:\d{1,3}|[ivxlc]{1,5}|[a-zđ])[.)]?\s*$")


def bar_cells(row: str) -> list[tuple[int, int]]:
    """(start, end) of every cell of a flattened row "| a | b |", blank ones too, the outer bars dropped."""
    bars = [m.start() for m in re.finditer(r"\|", row)]
    return [(a + 1, b) for a, b in zip(bars, bars[1:])]


@dataclass(frozen=True)
class RowAct:
    """A table row read as the sentence its columns make: «<what> do <agent> <verb>»; the agent's cell spans
    [``cell_start``, ``cell_end``) of the row and [``start``, ``end``) of ``key``."""

    key: str
    start: int
    end: int
    cell_start: int
    cell_end: int


def row_acts(header_key: str, row_key: str) -> list[RowAct]:
    """The acts a table row states under a header with an agent column («| Nội dung | Cơ quan quyết định |» over
    «| Mức đóng góp xây dựng đường | UBND xã |» reads «Mức đóng góp xây dựng đường do UBND xã quyết định»). The
    row and its header must have the same cells; what the act is done to is the row's first cell that is no running
    number, before the agent's column."""
    hcells, rcells = bar_cells(header_key.strip()), bar_cells(row_key)
    if len(hcells) != len(rcells) or len(hcells) < 2:
        return []
    head = header_key.strip()
    out = []
    for k, (a, b) in enumerate(hcells):
        m = _AGENT_COLUMN.match(head[a:b])
        if not m:
            continue
        what = next((row_key[x:y].strip() for x, y in rcells[:k] if row_key[x:y].strip()
                     and not _RUNNING_NUMBER.match(row_key[x:y])), "")
        x, y = rcells[k]
        agent = row_key[x:y].strip()
        if not what or not agent:
            continue
        lead = f"{what} do "
        key = f"{lead}{agent} {m.group('verb')}"
        at = x + len(row_key[x:y]) - len(row_key[x:y].lstrip())
        out.append(RowAct(key, len(lead), len(lead) + len(agent), at, at + len(agent)))
    return out
