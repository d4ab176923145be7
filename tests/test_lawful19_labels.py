"""The coverage brief of tests/data/checker_lawful19/ (a held-out set of lawful records of democracy at the workplace and
of the supervision boards: quy chế excerpts, minutes of the hội nghị cán bộ, công chức, viên chức, người lao động and of
the hội nghị người lao động, dialogue minutes, notices, a Ban's election minutes and member lists, its recommendations
and the answers, reports and plans with tables — in agencies, a school, a hospital, a provincial centre, a state company,
two private companies and the communes of the invented province of Tây Khê, dated from 2022 to 2026: under the Labour
Code and Decree 145/2020 before Law 10/2022 took effect, under Law 10/2022 before the 2025 reform, and after it).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these tests read the
labels only and never run the checker.
"""
from __future__ import annotations

import re
from collections import Counter

from tests.labelsets import BLIND, SHAPES, LabelledSet, shape_tag

LABELLED = LabelledSet("checker_lawful19")
_END = re.compile(r"[.:;!?,)]$")


def test_the_set_is_blind():
    assert "checker_lawful19" in BLIND


def _wrapped(lines: list[str], i: int) -> bool:
    """Line i (0-based) is part of a sentence hard-wrapped over two lines: it runs on into a next line that starts in
    lower case, or it continues, in lower case, a line that did not end a sentence."""
    here = lines[i].rstrip()
    runs_on = i + 1 < len(lines) and not _END.search(here) and lines[i + 1][:1].islower()
    continues = i > 0 and here[:1].islower() and not _END.search(lines[i - 1].rstrip())
    return runs_on or continues


def test_every_case_is_clean_and_valid():
    """30 lawful documents of 8-30 lines, each clean with no expected finding and a valid schema."""
    cases = LABELLED.cases()
    assert len(cases) == 30
    assert all(c["clean"] and c["expect"] == [] for c in cases)
    assert LABELLED.expects() == []
    assert [p for c in cases for p in LABELLED.case_problems(c)] == []
    assert all(8 <= LABELLED.line_count(c["file"]) <= 30 for c in cases)


def test_lawful_sentences():
    """3-8 lawful sentences per document, at least 120 in all, each with the provision that makes it lawful."""
    cases = LABELLED.cases()
    assert all(3 <= len(c["must_not_flag"]) <= 8 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 120
    assert all(m["why"].strip() for c in cases for m in c["must_not_flag"])
    assert all(re.search(r"(Art\.|Decree|Law|Labour Code|legal-timeline)", m["why"]) or re.search(r"\d", m["why"])
               for c in cases for m in c["must_not_flag"])


def test_mix_of_types():
    """Mostly unnamed kinds (minutes, notices, decisions, recommendations) as null, with quy chế of agencies and of
    companies, plans and reports."""
    types = Counter(c["type"] for c in LABELLED.cases())
    assert types[None] >= 15
    assert all(types[t] >= 2 for t in ("quy_che_co_quan", "quy_che_doanh_nghiep", "ke_hoach", "bao_cao"))
    assert set(types) <= {None, "quy_che_co_quan", "quy_che_doanh_nghiep", "ke_hoach", "bao_cao"}


def test_mix_of_years_and_the_reform():
    """At least 5 documents under the old rules (before 01/07/2023), 8 under Law 10/2022 before the 2025 reform and 10
    after it; the old ones cite no later law, the later ones name no district or thị trấn, and some earlier ones name a
    district as a lawful sentence of their date."""
    cases = LABELLED.cases()
    assert {"2022", "2023", "2024", "2025", "2026"} <= {c["as_of"][:4] for c in cases}
    old = [c for c in cases if c["as_of"] < "2023-07-01"]
    between = [c for c in cases if "2023-07-01" <= c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert len(old) >= 5 and len(between) >= 8 and len(after) >= 10
    for case in old:
        text = "\n".join(LABELLED.lines(case["file"]))
        assert "10/2022" not in text and "59/2023" not in text and "61/2023" not in text, case["file"]
        assert "Thực hiện dân chủ ở cơ sở" not in text, case["file"]
    assert LABELLED.naming_after_reform("huyện", "thị trấn", "thị xã") == []
    district = [m for c in old + between for m in c["must_not_flag"] if "huyện" in m["contains"]]
    assert len(district) >= 3


def test_the_records_have_their_shapes():
    """Tables flattened into | rows, minutes lines, labelled fields and hard-wrapped lawful sentences are really there,
    the head and the union are named in one line in many records, and each case is tagged with the shape of its
    riskiest line."""
    cases = LABELLED.cases()
    texts = {c["file"]: LABELLED.lines(c["file"]) for c in cases}
    tables = [f for f, lines in texts.items() if sum(" | " in line for line in lines) >= 2]
    minutes = [f for f, lines in texts.items() if any(re.match(r"(Chủ trì|Thư ký):", line) for line in lines)]
    labelled = [f for f, lines in texts.items()
                if any(re.match(r"(Kính gửi|Thành phần|Tham dự|Người ký|Khách mời|Có mặt|Đại biểu|Thời gian):", line)
                       for line in lines)]
    head_and_union = [f for f, lines in texts.items()
                      if any(re.search(r"(Giám đốc|Hiệu trưởng)", line) and "Công đoàn" in line for line in lines)]
    wrapped = {c["file"] for c in cases for m in c["must_not_flag"] if _wrapped(texts[c["file"]], m["line"] - 1)}
    on_table_rows = sum(" | " in m["contains"] or m["contains"].startswith("| ") for c in cases for m in c["must_not_flag"])
    assert len(tables) >= 8, tables
    assert len(minutes) >= 8, minutes
    assert len(labelled) >= 8, labelled
    assert len(head_and_union) >= 12, head_and_union
    assert len(wrapped) >= 5, sorted(wrapped)
    assert on_table_rows >= 12
    shapes = Counter(shape_tag(c)[0] for c in cases)
    assert None not in shapes and set(shapes) <= SHAPES
    assert len(shapes) >= 5


def test_counts_add_up():
    """Every share written with its percentage is right to the first decimal: «a/b ... (x,y%)» in a sentence, and
    «| n | x,y% |» rows under a line that states their base («tỷ lệ / 74 đại biểu», «tổng số 71 người dự»)."""
    checked = 0

    def close(a: int, b: int, pct: str) -> bool:
        return abs(round(100 * a / b, 1) - float(pct.replace(",", "."))) < 0.051

    for case in LABELLED.cases():
        base = None
        for line in LABELLED.lines(case["file"]):
            for a, b, pct in re.findall(r"(\d[\d.]*)/(\d[\d.]*)[^|%\d]{0,40}?\((\d+,\d)%\)", line):
                assert close(int(a.replace(".", "")), int(b.replace(".", "")), pct), (case["file"], line)
                checked += 1
            header = re.search(r"(?:tỷ lệ /|tỷ lệ trên|tổng số) (\d+) (?:đại biểu|người)", line)
            if header:
                base = int(header.group(1))
                continue
            row = re.search(r"\| (\d+) \| (\d+,\d)% \|$", line)
            if base and row:
                assert close(int(row.group(1)), base, row.group(2)), (case["file"], line)
                checked += 1
            elif " | " not in line:
                base = None
    assert checked >= 20
