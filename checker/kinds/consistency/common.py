"""Internal consistency — helpers shared by several families of checks.

Numbers are read in Vietnamese notation (1.846 hộ; 91,4%). Rounding tolerance of
a percentage: one unit of its last written digit (74% ± 1; 91,4% ± 0,1), so a
percentage truncated instead of rounded is not reported.
"""
from __future__ import annotations

import re

from checker.kinds import Context
from checker.model import Evidence, Finding
from checker.text import fold_keep_length
from checker.tables import from_dashes, from_spaces, row_facts, split_row


NUMBER = r"\d{1,3}(?:\.\d{3})*"


def _num(s: str) -> int:
    return int(s.replace(".", ""))


def first_per_line(found: list[Finding]) -> list[Finding]:
    """One finding a line, the first: a table read by two readers, or a list read as a table and as prose."""
    seen, kept = set(), []
    for f in found:
        if f.evidence.line not in seen:
            seen.add(f.evidence.line)
            kept.append(f)
    return kept


def _ev(ctx: Context, p, a: int, b: int) -> Evidence:
    ev = ctx.doc.evidence(p, a, b)
    return Evidence(ev.text, p.line_at(a), ev.end_line, ev.paragraph, ev.section)


#: A part that compares rather than divides: another year, the plan, the same period.
COMPARED = re.compile(r"(?<!\w)(?:nam\s+(?:19|20)\d\d|(?:19|20)\d\d|cung\s+ky|ke\s+hoach|chi\s+tieu|so\s+voi|tang|giam|nam\s+truoc)(?!\w)")


#: A number that names rather than counts: "Điều 5 Thông tư này", "khoản 3", "năm 2026", "số 7" ("tổng số 96 ý kiến",
#: "trong số 96 ý kiến" count); s38-pr and s38-qt (unseen101 u101-08 l.14, the same class found twice): a lane, an
#: alley, a block, a plot or a forest lot by its number ("ngõ 3, ngõ 5, ngõ 7", "ngách 12", "hẻm 14", "kiệt 9", "khu 4",
#: "lô 2", "thửa 215", "khoảnh 6") names it; it counts nothing.
NUMBER_LABEL = re.compile(r"(?<!\w)(?:dieu|khoan|diem|(?<!tong\s)(?<!trong\s)so|chuong|muc|phan|nam|ngay|thang|quy|lan\s+thu|phong|to"
                          r"|ngo|ngach|hem|kiet|khu|lo|thua|khoanh)\s*$")


#: s20-pr (u58_13 L18): a count per unit — "mỗi thôn 01 thành viên", "mỗi tổ dân phố, thôn 02 người", "mỗi hộ được
#: bầu 01 người" — is never a whole: no breakdown, share or restated count is read from it (folded).
PER_UNIT_BEFORE = re.compile(r"(?<!\w)moi\s+[a-z]+(?:\s+[a-z]+){0,3}(?:\s*,\s*[a-z]+(?:\s+[a-z]+){0,3})?\s*:?\s*$")


def _per_unit_number(folded: str, start: int) -> bool:
    """The number at ``start`` is a count per unit ("mỗi thôn 01 thành viên")."""
    return bool(PER_UNIT_BEFORE.search(folded[max(0, start - 40):start]))


def _labelled_number(folded: str, start: int, per_unit: bool = True) -> bool:
    """The number at ``start`` names rather than counts a whole ("Điều 5", "năm 2026") — or, with ``per_unit``,
    counts one unit only ("mỗi thôn 01 thành viên")."""
    return bool(NUMBER_LABEL.search(folded[max(0, start - 12):start])) or (per_unit and _per_unit_number(folded, start))


def _tolerance(p: str) -> float:
    """One unit of the last written digit: 74% → 1, 91,4% → 0,1, 63,05% → 0,1 (at least)."""
    return 0.1 if ("," in p or "." in p) else 1.0


def _vn_int(n: int) -> str:
    """1846 → "1.846" (Vietnamese thousands separator)."""
    return f"{n:,}".replace(",", ".")


def _vn_pct(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


_SCALE = {"ty": 1e9, "trieu": 1e6, "nghin": 1e3, "ngan": 1e3, None: 1.0}


def _decimal(n: str) -> float:
    """A number as Vietnamese writes it: "." between thousands, "," before decimals ("1.250,5" → 1250.5)."""
    return float(n.replace(".", "").replace(",", "."))


def _money(n: str, unit: str | None) -> float:
    return _decimal(n) * _SCALE[unit]


BULLET = re.compile(r"^\s*(?:[-–+•*]|[a-zđ]\)|\d{1,2}[.)])\s+")


def _style(marker: str) -> str:
    """Kind of list marker: "-" (any dash or bullet), "a)" or "1."; a change of kind ends the list."""
    m = marker.strip()
    return "dash" if m[:1] in "-–+•*" else ("letter" if m[:1].isalpha() else "number")


#: The label of a table's total row: "Tổng cộng", "Tổng số", "Cộng", "Toàn xã".
TOTAL_ROW = re.compile(r"^\s*(?:tong\s+cong|tong\s+so|tong|cong|toan\s+(?:xa|phuong|dac\s+khu|don\s+vi|cong\s+ty|tinh|huyen|"
                       r"thi\s+xa|thi\s+tran|thanh\s+pho|quan|trung\s+tam|co\s+quan|truong|benh\s+vien|nganh|thon|"
                       r"to\s+dan\s+pho|hop\s+tac\s+xa|doanh\s+nghiep|vien|so|chi\s+cuc|cuc|"
                       # s19-p2 (lw8-13): "| Toàn tổ | 264 | 215 | 187 |" under its "Cụm 1", "Cụm 2" rows — every unit a
                       # community or a workplace is counted by
                       r"to|tdp|ban|ap|khu\s+pho|khu|khom|khoi|xom|lang|buon|bon|soc|phum|cum|phan\s+xuong|nha\s+may|"
                       r"chi\s+nhanh|tong\s+cong\s+ty))\s*:?\s*$")
#: s20-pr2 (lw11-08 L30): folded "cong" is also "Công" and the first syllable of a compound noun — "Công ty CP … tài
#: trợ", "Cộng đồng dân cư đóng góp", "Công đoàn", "Tổng công ty": a row naming a source or a body, not a sum.
NOT_SUM_CONG = (r"(?!\s+(?:ty|dong|dan|doan|chuc|nhan|trinh|an|tac|viec|van|khai|ich|nghe|nghiep|thuong|hoa|san|ly|lap|"
                r"bang|su|vu|suat|trai|cu|lao|chung|cong|bo|dien|thong|ngu)(?!\w))")
#: A labelled total as a table's LAST row: "Tổng số hộ tổ dân phố số 7", "Tổng cộng toàn xã", "Cộng các thôn".
#: s38-qt (unseen101 u101-08 L20): a sum of money named by what it totals — "Tổng dự toán", "Tổng kinh phí", "Tổng giá trị",
#: "Tổng vốn đầu tư", "Tổng mức đầu tư", "Tổng chi phí", "Tổng nguồn vốn" — as the last row of a table of sources or items.
TOTAL_ROW_NAMED = re.compile(rf"^\s*(?:(?:tong\s+cong(?!\s+ty(?!\w))|tong\s+so|cong{NOT_SUM_CONG})\s+[a-z]"
                             r"|tong\s+(?:du\s+toan|kinh\s+phi|gia\s+tri|von|muc\s+dau\s+tu|chi\s+phi|nguon(?:\s+von)?)(?!\w))")

_ALIGNED: dict[int, tuple[object, list[str], dict[int, str]]] = {}


def _aligned_read(ctx: Context) -> tuple[list[str], dict[int, str]]:
    """The document's lines with its tables aligned with spaces written as "| … |" rows (``checker.tables
    .from_spaces``), and the table facts with those rows' facts added to their paragraphs."""
    doc = ctx.doc
    got = _ALIGNED.get(id(doc))
    if got is not None and got[0] is doc:
        return got[1], got[2]
    lines = from_dashes(from_spaces(doc.raw_lines))
    facts = dict(doc.table_facts)
    changed = [k for k, (a, b) in enumerate(zip(doc.raw_lines, lines)) if a != b]
    runs: list[list[int]] = []
    for k in changed:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    added: dict[int, list[str]] = {}
    for run in runs:
        for k, fact in zip(run, row_facts([lines[k] for k in run])):
            para = doc.para_at_line(k + 1)
            if fact and para is not None:
                added.setdefault(para.index, []).append(fact)
    for index, more in added.items():
        facts[index] = "; ".join(more)
    if len(_ALIGNED) > 64:
        _ALIGNED.clear()
    _ALIGNED[id(doc)] = (doc, lines, facts)
    return lines, facts


def _aligned(ctx: Context) -> list[str]:
    return _aligned_read(ctx)[0]


def pipe_tables(raw_lines, min_bars: int = 1):
    """The document's flattened tables: each run of lines holding at least ``min_bars`` "|" as a list of
    (line number, stripped cells), "---|---" rule rows left out."""
    table: list[tuple[int, list[str]]] = []
    lines = [*raw_lines, ""]
    for no, raw in enumerate(lines, 1):
        if raw.count("|") >= min_bars:
            cells = [c.strip() for c in split_row(raw)]
            if not all(re.fullmatch(r":?-{2,}:?|", c) for c in cells):  # "---|---" rule rows
                table.append((no, cells))
            continue
        if table and not raw.strip() and _goes_on(table[-1][1], lines, no, min_bars):
            continue
        if table:
            yield table
        table = []


def _goes_on(last_cells: list[str], lines: list[str], start: int, min_bars: int) -> bool:
    """A blank line (a page-number line blanked by ``checker.text.without_page_marks``) inside a table: the next
    line holding text from ``start`` on (read in place, not copied) is a row of figures as wide as the row above — the same table going on over a page break, not a new one
    (which opens with its header row)."""
    nxt = next((lines[k] for k in range(start, len(lines)) if lines[k].strip()), "")
    return nxt.count("|") >= min_bars and len(split_row(nxt)) == len(last_cells) \
        and re.search(r"\|\s*\d", nxt) is not None


#: A column that is not added up: a rate, an average, a rank, a year.
NOT_ADDED = re.compile(r"%|(?<!\w)(?:ty\s+le|ti\s+le|binh\s+quan|trung\s+binh|xep\s+loai|thu\s+tu|stt|tt|nam|ngay|so\s+hieu|ma)(?!\w)")


def _rule_cells(c: list[str]) -> bool:
    return all(re.fullmatch(r":?-{2,}:?|", x.replace(" ", "")) for x in c)


#: The options of one vote, which share out those who voted: "Tán thành | Không tán thành | Không biểu quyết".
VOTE_OPTION = re.compile(r"^\s*(?:so\s+)?(?:phieu\s+|nguoi\s+)?(?:(?:khong\s+)?(?:tan\s+thanh|dong\s+y|bieu\s+quyet)|"
                         r"y\s+kien\s+khac|phieu\s+trang)\s*$")


#: The header of a rate column: "Tỷ lệ (%)", "Tỷ lệ", "%", "Đạt (%)".
RATE_COLUMN = re.compile(r"^\s*(?:(?:ty|ti)\s+le|dat)?[^%|]{0,40}?(?:\(\s*%\s*\)|%)\s*$|^\s*(?:ty|ti)\s+le(?:\s+[^\d|]{0,40})?\s*$")
PERCENT_CELL = re.compile(r"^\s*(\d{1,3}(?:,\d{1,2})?)\s*%?\s*$")


#: The whole a meeting is counted against, as a label and its number: "Tổng số hộ gia đình trong thôn: 148 hộ",
#: "Số đại biểu được triệu tập: 190", "tổng số người lao động là 312". Folded text.
_LABEL_END = r"\s*(?::|\s(?:la|gom|co))?\s*"
_PLACE = r"(?:thon|ban|lang|xom|ap|to\s+dan\s+pho|khu\s+pho|to|xa|phuong|cong\s+ty|co\s+quan|don\s+vi|benh\s+vien|truong)"
POPULATION = re.compile(rf"(?<!\w)(?P<label>tong\s+so(?:,?\s+[a-z]+){{1,9}}?|so(?:\s+[a-z]+){{1,4}}?(?:\s*:(?=\s*duoc\s))?\s+(?:duoc\s+)?(?:trieu\s+tap|moi\s+du)"
                        rf"|so(?:\s+[a-z]+){{1,3}}?\s+(?:trong|cua|toan)\s+{_PLACE}(?:\s+[a-z]+){{0,3}}?|tong\s+so)"
                        rf"{_LABEL_END}(?P<n>{NUMBER})(?!\d|[.,]\d|\s*/|\s*%)(?:\s+(?P<unit>[a-z]+))?")


_BULLET_ITEM = re.compile(r"^\s*(?:[-–+•*]|[a-zđ]\)|\d{1,2}[.)])\s+")
_PART_OF_PART = re.compile(r"(?<!\w)(?:trong\s+do|bao\s+gom|gom|ngoai\s+ra|rieng)(?!\w)")


def part_of_part(folded: str, text: str) -> bool:
    """Does a list line name a part of its own part ("trong đó", "gồm", "riêng")? In accented text a folded "gom"
    is "gồm" only where the text writes it so: "giờ thu gom" collects (s23-ic, u71-07 l.23)."""
    for m in _PART_OF_PART.finditer(folded):
        if m.group(0) == "gom" and len(text) == len(folded) and text[m.start():m.end()].lower() == "gom":
            continue
        return True
    return False


_PLACE = r"(?:thon|to\s+dan\s+pho|buon|ban|ap|xom|lang|khu\s+pho|khu\s+dan\s+cu|soc|phum|to)"


_FOR = r"(?<!khong\s)(?:tan\s+thanh|dong\s+y|nhat\s+tri)"


def covers(parts_text: list[str], groups: list[list[str]]) -> bool:
    """Do the parts name, one each, every member of a group that divides a whole ("nam"/"nữ")?"""
    for group in groups:
        forms = sorted({fold_keep_length(w) for w in group}, key=len, reverse=True)
        seen, qualified, other = [], [], 0
        for text in parts_text:
            hit = next((w for w in forms if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)), None)
            if hit is None:
                if _OTHER_PART.search(text) and not other:
                    other += 1  # "ý kiến khác 4": the rest, named once, closes the division
                    continue
                break
            seen.append(hit)
            qualified.append(bool(re.search(rf"(?<!\w){re.escape(hit)}\s+nhung(?!\w)", text)))
        if len(seen) + other != len(parts_text) or set(seen) != set(forms):
            continue
        # s23-ic (u71-07 l.21): a member named twice is two parts when one of them is qualified by "nhưng" —
        # "đồng ý với dự thảo 31; đồng ý nhưng đề nghị điều chỉnh 9; không đồng ý 4" divides the comments
        plain = [w for w, q in zip(seen, qualified) if not q]
        if len(set(plain)) == len(plain) and len(seen) == len(plain) + sum(qualified):
            return True
    return False


#: The rest of a division named as such: "ý kiến khác", "nội dung khác", "khác" (folded).
_OTHER_PART = re.compile(r"^(?:co\s+)?(?:y\s+kien\s+|noi\s+dung\s+|phuong\s+an\s+)?khac(?!\w)|(?<!\w)y\s+kien\s+khac(?!\w)")
