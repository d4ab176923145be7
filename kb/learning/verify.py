"""Check a trainer's own answer key against the knowledge base.

Contest keys written by hand drift from the law (a real one says "10 ngày
làm việc" where Law 10/2022 Art. 12.3 says 05). Each row names a question,
an answer and the provision it rests on; the row is flagged when that
provision does not support the answer:

1. the citation does not resolve (no such document, article, clause);
2. a number in the answer differs from the provision's number of the same
   kind in the sentence the question is about ("10" vs "05 ngày làm việc");
3. a true/false verdict disagrees with the numbers the provision states;
4. an actor in the answer is not the one the provision names;
5. the answer's words are simply not in the provision.

``check_answer`` is pure; ``read_key`` and ``verify_key`` do the I/O.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from kb.citations.labels import citation_label, full_text
from kb.citations.parse import parse_citation
from kb.citations.resolve import Resolver
from kb.learning.extract import actor_mentions, number_facts
from kb.learning.text import Sentence, contains, fold, norm, sentences
from kb.model import ProvisionId
from kb.store import Store
from kb.vntext import nfc

SUPPORTED = "đúng"
CONTRADICTED = "sai"
NO_BASIS = "không tìm thấy căn cứ"
UNSUPPORTED = "căn cứ không hỗ trợ"
UNDECIDED = "chưa kiểm được"
FLAGGED = (CONTRADICTED, NO_BASIS, UNSUPPORTED)

#: Column names a trainer may use (folded, spaces collapsed) → our field.
HEADERS = {
    "id": ("id", "stt", "cau", "cau so", "so thu tu", "ma cau"),
    "question": ("question", "cau hoi", "noi dung cau hoi", "noi dung"),
    "answer": ("answer", "dap an", "dap an dung", "tra loi", "ket qua"),
    "citation": ("citation", "can cu", "can cu phap ly", "co so phap ly", "trich dan", "dieu khoan",
                 "nguon"),
    "doc": ("doc", "van ban", "so hieu"),
    "article": ("article", "dieu"),
    "clause": ("clause", "khoan"),
    "point": ("point", "diem"),
}
CHOICE_HEADERS = {"a": "A", "b": "B", "c": "C", "d": "D", "choice_a": "A", "choice_b": "B",
                  "choice_c": "C", "choice_d": "D", "phuong an a": "A", "phuong an b": "B",
                  "phuong an c": "C", "phuong an d": "D"}
_TRUE = {"dung", "d", "true", "t", "x"}
_FALSE = {"sai", "s", "false", "f"}
_LETTER = re.compile(r"^\s*([A-Da-d])\s*(?:[.):]\s*(.*))?$", re.S)


class KeyFileError(Exception):
    """The key file cannot be read; the message names the file and the problem."""


@dataclass(frozen=True)
class KeyRow:
    line: int
    id: str
    question: str
    answer: str  # the answer's text (a letter is replaced by its choice)
    citation: str
    written_answer: str  # as typed in the file


@dataclass(frozen=True)
class Verdict:
    row: KeyRow
    status: str  # one of SUPPORTED, CONTRADICTED, NO_BASIS, UNSUPPORTED, UNDECIDED
    message: str  # Vietnamese explanation
    evidence: str = ""  # the provision's sentence
    basis: str = ""  # resolved citation label
    expected: str | None = None  # what the provision says instead

    @property
    def flagged(self) -> bool:
        return self.status in FLAGGED

    def as_dict(self) -> dict:
        return {"line": self.row.line, "id": self.row.id, "question": self.row.question,
                "answer": self.row.written_answer, "citation": self.row.citation, "status": self.status,
                "flagged": self.flagged, "message": self.message, "expected": self.expected,
                "evidence": self.evidence, "basis": self.basis}


# -- reading the file ---------------------------------------------------------------------------

def read_key(path: str | Path) -> list[KeyRow]:
    """Rows of a CSV answer key (UTF-8, with or without BOM; Windows-1258 accepted)."""
    path = Path(path)
    if not path.exists():
        raise KeyFileError(f"{path}: không tồn tại.")
    if path.is_dir():
        raise KeyFileError(f"{path}: là thư mục, cần một tệp CSV.")
    raw = path.read_bytes()
    if not raw.strip():
        raise KeyFileError(f"{path}: tệp rỗng.")
    if b"\x00" in raw[:4096] or raw[:4] in (b"PK\x03\x04", b"%PDF"):
        raise KeyFileError(f"{path}: không phải tệp CSV dạng văn bản (hãy lưu bảng tính dưới dạng CSV UTF-8).")
    for enc in ("utf-8-sig", "cp1258"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1258 decodes almost anything
        raise KeyFileError(f"{path}: không đọc được mã ký tự (cần UTF-8).")
    return parse_key(text, str(path))


def parse_key(text: str, name: str = "tệp đáp án") -> list[KeyRow]:
    text = nfc(text)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise KeyFileError(f"{name}: không đọc được dòng tiêu đề ({exc}).") from exc
    cols = {" ".join(fold(h).replace("_", " ").split()): i for i, h in enumerate(header)}
    cols.update({fold(h).strip(): i for i, h in enumerate(header)})
    field = {}
    for key, names in HEADERS.items():
        for n in names:
            if n in cols:
                field[key] = cols[n]
                break
    choice_cols = {letter: cols[h] for h, letter in CHOICE_HEADERS.items() if h in cols}
    missing = [v for v, k in (("câu hỏi", "question"), ("đáp án", "answer")) if k not in field]
    if "citation" not in field and not {"doc", "article"} <= set(field):
        missing.append("căn cứ")
    if missing:
        raise KeyFileError(f"{name}: thiếu cột {', '.join(missing)}. Cần các cột: câu hỏi, đáp án, căn cứ "
                           f"(ví dụ «khoản 3 Điều 12 Luật 10/2022/QH15»); có: {', '.join(header)}.")
    rows = []
    try:
        for n, rec in enumerate(reader, start=2):
            if not any(c.strip() for c in rec):
                continue
            get = lambda k: rec[field[k]].strip() if k in field and field[k] < len(rec) else ""  # noqa: E731
            written = get("answer")
            answer = written
            m = _LETTER.match(written)
            if m and choice_cols:
                letter = m.group(1).upper()
                col = choice_cols.get(letter)
                if col is not None and col < len(rec) and rec[col].strip():
                    answer = rec[col].strip()
            citation = get("citation") or _citation_from_parts(get("doc"), get("article"), get("clause"),
                                                              get("point"))
            rows.append(KeyRow(n, get("id") or str(n - 1), get("question"), answer, citation, written))
    except csv.Error as exc:
        raise KeyFileError(f"{name}: dòng {reader.line_num} hỏng ({exc}).") from exc
    if not rows:
        raise KeyFileError(f"{name}: không có dòng câu hỏi nào dưới dòng tiêu đề.")
    return rows


def _citation_from_parts(doc: str, article: str, clause: str, point: str) -> str:
    """Our own CSV export has doc/article/clause/point columns: rebuild a stable id."""
    if not doc or not article:
        return ""
    return str(ProvisionId.build(doc, article, clause, point))


# -- checking --------------------------------------------------------------------------------------

def verify_key(store: Store, rows: list[KeyRow]) -> list[Verdict]:
    index = Resolver(store)
    out = []
    for row in rows:
        if not row.citation:
            out.append(Verdict(row, NO_BASIS, "Dòng này không ghi căn cứ (điều, khoản, văn bản)."))
            continue
        cit = parse_citation(row.citation)
        if cit is None:
            out.append(Verdict(row, NO_BASIS, f"Không hiểu căn cứ «{row.citation}»."))
            continue
        res = index.resolve(cit)
        if res.problem or res.unit is None:
            why = res.problem or "căn cứ chỉ nêu văn bản, cần nêu điều, khoản cụ thể."
            out.append(Verdict(row, NO_BASIS, f"Căn cứ «{row.citation}»: {why}"))
            continue
        label = citation_label(res.unit, res.doc)
        text = full_text(store, res.unit)
        if res.unit.level == "point" and res.unit.parent:
            parent = store.unit(res.unit.parent)  # "Chủ tịch … có trách nhiệm:" governs its points
            if parent is not None and parent.text:
                text = parent.text + "\n" + text
        status, message, evidence, expected = check_answer(row.question, row.answer, text)
        out.append(Verdict(row, status, message, evidence, label, expected))
    return out


def check_answer(question: str, answer: str, provision: str) -> tuple[str, str, str, str | None]:
    """(status, message, evidence sentence, what the provision says) for one answer."""
    sents = [s for s in sentences("", provision)]
    if not sents:
        return UNDECIDED, "Căn cứ không có nội dung văn bản để đối chiếu.", "", None
    verdict = fold(answer).strip(" .!")
    if verdict in _TRUE | _FALSE:
        return _check_true_false(question, verdict in _TRUE, sents)
    said = _values(answer)
    if said:
        return _check_numbers(question, answer, said, sents)
    actors = actor_mentions(answer)
    if actors:
        named = {m.key for m in actor_mentions(provision)}
        canon = {m.canonical for m in actor_mentions(provision)}
        if contains(provision, answer):
            return SUPPORTED, "Căn cứ nêu đúng chủ thể này.", _best_with(question, sents, answer), None
        if any(a.key not in named for a in actors):
            names = ", ".join(dict.fromkeys(m.name for m in actor_mentions(provision)))
            return (UNSUPPORTED, f"Căn cứ không nêu «{answer}»; chủ thể được nêu: {names or 'không có'}.",
                    _best(question, sents).text, names or None)
        if all(a.canonical in canon for a in actors):
            return SUPPORTED, "Căn cứ nêu chủ thể này.", _best_with(question, sents, actors[0].name), None
    if contains(provision, answer):
        return SUPPORTED, "Đáp án có trong căn cứ.", _best_with(question, sents, answer), None
    words = set(norm(answer).split())
    have = set(norm(provision).split())
    if words and len(words & have) / len(words) >= 0.85:
        return SUPPORTED, "Đáp án khớp gần đúng với lời văn của căn cứ.", _best(question + " " + answer, sents).text, None
    return UNSUPPORTED, f"Căn cứ không chứa nội dung «{answer}».", _best(question, sents).text, None


@dataclass(frozen=True)
class _Value:
    kind: str
    family: str
    amount: tuple[float, ...]
    text: str


def _values(text: str) -> list[_Value]:
    s = Sentence("", 0, len(text), text)
    return [_Value(f.kind, f.family, f.amount, f.display_value) for f in number_facts(s, strict=False)]


def _same(a: _Value, b: _Value) -> bool:
    comparable = a.family == b.family or (a.kind == b.kind == "threshold")
    return comparable and len(a.amount) == len(b.amount) and all(
        abs(x - y) < 1e-6 for x, y in zip(a.amount, b.amount))


def _comparable(a: _Value, b: _Value) -> bool:
    return a.family == b.family or (a.kind == b.kind == "threshold")


def _check_numbers(question: str, answer: str, said: list[_Value],
                   sents: list[Sentence]) -> tuple[str, str, str, str | None]:
    """The sentence the question is about, and the value it gives for the same kind of number."""
    with_values = [(s, _values(s.text)) for s in sents]
    relevant = [(s, vals) for s, vals in with_values if any(_comparable(v, a) for v in vals for a in said)]
    if not relevant:
        return (UNSUPPORTED, f"Căn cứ không nêu con số nào cùng loại với «{answer}».",
                _best(question, sents).text, None)
    ranked = sorted(relevant, key=lambda sv: -_similarity(question, sv[0].text))
    sentence, vals = ranked[0]
    for a in said:
        same_kind = [v for v in vals if _comparable(v, a)]
        if not any(_same(v, a) for v in same_kind):
            expected = same_kind[0].text
            return (CONTRADICTED, f"Căn cứ quy định «{expected}», không phải «{a.text}».", sentence.text, expected)
    return SUPPORTED, "Con số khớp với căn cứ.", sentence.text, None


def _check_true_false(question: str, key_true: bool, sents: list[Sentence]) -> tuple[str, str, str, str | None]:
    said = _values(question)
    claim = _claim(question)
    provision = " ".join(s.text for s in sents)
    named = {m.key for m in actor_mentions(provision)}
    strangers = [m.name for m in actor_mentions(claim) if m.key not in named]
    if strangers:
        sentence = _best(question, sents)
        want = "Sai"
        message = f"Căn cứ không giao việc này cho «{strangers[0]}»: nhận định là «Sai»."
        if not key_true:
            return SUPPORTED, f"Đáp án «Sai» khớp với căn cứ (căn cứ không nêu «{strangers[0]}»).", sentence.text, None
        return CONTRADICTED, message, sentence.text, want
    if not said:
        sentence = _best(question, sents)
        if claim and contains(provision, claim):
            expected_true = True
        else:
            return (UNDECIDED, "Câu đúng/sai không nêu con số; cần người kiểm tra đối chiếu với căn cứ.",
                    sentence.text, None)
    else:
        status, message, evidence, expected = _check_numbers(question, "", said, sents)
        if status == UNSUPPORTED:
            return UNDECIDED, message, evidence, None
        expected_true = status == SUPPORTED
        sentence = next(s for s in sents if s.text == evidence)
    want = "Đúng" if expected_true else "Sai"
    if expected_true == key_true:
        return SUPPORTED, f"Đáp án «{want}» khớp với căn cứ.", sentence.text, None
    return CONTRADICTED, f"Theo căn cứ, nhận định này là «{want}».", sentence.text, want


def _claim(question: str) -> str:
    """The statement of a true/false question, without 'Đúng hay sai? Theo Điều … (…):'."""
    text = re.sub(r"^\s*(?:nhận định sau (?:đây )?)?(?:đúng\s+hay\s+sai|đúng/sai)\s*[?:.]?\s*", "",
                  question.strip(), flags=re.I)
    if not text.startswith("Theo "):
        return text
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and ch in ":,":
            return text[i + 1:].strip()
    return text


def _similarity(question: str, sentence: str) -> float:
    q = set(w for w in norm(question).split() if not w.isdigit())
    s = set(w for w in norm(sentence).split() if not w.isdigit())
    return len(q & s) / (len(s) ** 0.5 + 1) if q and s else 0.0


def _best(question: str, sents: list[Sentence]) -> Sentence:
    return max(sents, key=lambda s: _similarity(question, s.text))


def _best_with(question: str, sents: list[Sentence], phrase: str) -> str:
    holding = [s for s in sents if contains(s.text, phrase)]
    return _best(question, holding or sents).text
