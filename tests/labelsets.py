"""One validator for the labelled checker sets written by helpers (tests/data/checker_unseen*).

Each set holds local documents written from the text of the law by someone who saw neither the
checker nor the other sets, with an expected.json in the schema of the reviewer's set
(shared/corpus/review/README.md, "expected.json"). The validator checks the labels only; it never
runs the checker, so nobody tunes the checker against a set by way of a test. The generic checks
run over every set in tests/test_labelled_sets.py; each set's own coverage brief stays in its
tests/test_<set>_labels.py.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

KINDS = {"required_content", "conflict", "role_concurrency", "outdated_reference",
         "draft_completeness", "internal_consistency"}
SEVERITIES = {"lỗi", "cảnh báo", "gợi ý"}
TYPES = {"huong_uoc", "quy_che_xa", "quy_che_co_quan", "quy_che_doanh_nghiep",
         "nghi_quyet_bien_phap", "ke_hoach", "bao_cao", None}
CASE_REQUIRED = {"id", "file", "as_of", "type", "clean", "as_of_reason", "expect", "must_not_flag"}
CASE_OPTIONAL = {"note", "max_severity"}
EXPECT_REQUIRED = {"kind", "severity", "line", "basis_doc", "basis_article", "basis_clause", "why"}
EXPECT_OPTIONAL = {"contains", "alt_kinds"}
MNF_REQUIRED = {"line", "contains", "why"}
BASIS_DOC = re.compile(r"^\d{1,3}/\d{4}/(QH1\d|NĐ-CP)$")
NO_BASIS_KINDS = {"draft_completeness", "internal_consistency"}
REVIEW_DAY = "2026-12-02"
#: the two-tier local government reform: no district (huyện) from this day
REFORM_DAY = "2025-07-01"
#: the day Law 10/2022/QH15 took effect (its Art. 90.1); documents dated before it were under the earlier rules
LAW_DAY = "2023-07-01"
#: Sets never opened: measured by totals only (bench/review_bench.py), never studied, no floors in any test.
#: Every other set under tests/data/checker_* has been studied and keeps its floors in
#: tests/data/studied_floors.json (tests/test_studied_sets.py).
BLIND = frozenset({"checker_unseen108",
                   "checker_unseen109",
                   "checker_unseen110", "checker_lawful27", "checker_lawful28",
                   "checker_unseen111"})


#: The shape a short set's writer tags each case with: its ``note`` opens "shape: list; " (and, in the class-tagged
#: sets, "class: actor; ") — the shape of the sentence that carries the finding, or for a clean case the lawful
#: sentence nearest to a violation, so a blind total can say which shapes a reader misses (bench/labelled_figures.py).
SHAPES = frozenset({"sentence", "passive", "list", "label", "table", "minutes", "conditional", "split"})
_TAG = re.compile(r"^\s*shape:\s*([a-z_-]+)\s*;(?:\s*class:\s*([a-z_-]+)\s*;)?")


def shape_tag(case: dict) -> tuple[str | None, str | None]:
    """The (shape, class) a case's note opens with; None for what it does not tag."""
    match = _TAG.match(case.get("note") or "")
    return (match.group(1), match.group(2)) if match else (None, None)


#: The three classes a class-tagged short set's findings fall in, ten of each.
CLASSES = ("actor", "forbidden", "quantity")
_SENTENCE_END = re.compile(r"[.:;!?,)]$")


def wrapped_line(lines: list[str], i: int) -> bool:
    """Line i (0-based) is part of a sentence hard-wrapped over two lines: it runs on into a next line that starts in
    lower case, or it continues, in lower case, a line that did not end a sentence."""
    here = lines[i].rstrip()
    runs_on = i + 1 < len(lines) and not _SENTENCE_END.search(here) and lines[i + 1][:1].islower()
    continues = i > 0 and here[:1].islower() and not _SENTENCE_END.search(lines[i - 1].rstrip())
    return runs_on or continues


#: a period written «từ ngày d/m/y đến (hết) ngày d/m/y» in a labelled document (the lawful sets' period checks)
SPAN = re.compile(r"từ ngày (\d{1,2})/(\d{1,2})/(\d{4}) đến (?:hết )?ngày (\d{1,2})/(\d{1,2})/(\d{4})")


def span_days(line: str) -> list[int]:
    """The length in days, after its first day, of each period ``SPAN`` finds in ``line``."""
    out = []
    for m in SPAN.finditer(line):
        d1, mo1, y1, d2, mo2, y2 = map(int, m.groups())
        out.append((dt.date(y2, mo2, d2) - dt.date(y1, mo1, d1)).days)
    return out


def studied_sets() -> list[str]:
    """Every labelled checker set under tests/data that is not blind, by name."""
    return sorted(p.parent.name for p in DATA.glob("checker_*/expected.json") if p.parent.name not in BLIND)


class LabelledSet:
    """tests/data/<name>/: its expected.json, its documents and the schema problems of a case."""

    def __init__(self, name: str):
        self.name = name
        self.folder = DATA / name

    def __repr__(self) -> str:
        return self.name

    def data(self) -> dict:
        return json.loads((self.folder / "expected.json").read_text(encoding="utf-8"))

    def cases(self) -> list[dict]:
        return self.data()["cases"]

    def expects(self) -> list[dict]:
        """Every expected finding of the set, case after case."""
        return [e for c in self.cases() for e in c["expect"]]

    def most_per_provision(self) -> int:
        """The most expected findings resting on one provision (document, article, clause)."""
        per = Counter((e["basis_doc"], e["basis_article"], e["basis_clause"]) for e in self.expects() if e["basis_doc"])
        return max(per.values())

    def lines(self, name: str) -> list[str]:
        return (self.folder / name).read_text(encoding="utf-8").split("\n")

    def line_count(self, name: str) -> int:
        """Lines of a document, not counting the empty string after its final newline."""
        return len((self.folder / name).read_text(encoding="utf-8").rstrip("\n").split("\n"))

    def short_brief_problems(self, lawful: bool = False, lines: tuple[int, int] = (6, 24)) -> list[str]:
        """What a short set breaks of the short-document brief (the same for every set written to it: the one-reader
        dev sets and checker_unseen83 onwards): 40 documents of 6-24 lines (or ``lines``) with valid labels, 30 with exactly one
        finding and 10 clean, at least 15 provisions and at most three findings on one; with ``lawful``, also 2-6
        lawful sentences in every document and at least 100 in all. Empty = the brief is kept."""
        cases, expects = self.cases(), self.expects()
        out = [p for c in cases for p in self.case_problems(c)]
        out += [f"{c['file']}: {n} lines, not {lines[0]}-{lines[1]}" for c in cases
                if not lines[0] <= (n := self.line_count(c["file"])) <= lines[1]]
        out += [f"{c['id']}: {len(c['expect'])} findings in a defective document, not 1" for c in cases
                if not c["clean"] and len(c["expect"]) != 1]
        provisions = {(e["basis_doc"], e["basis_article"], e["basis_clause"]) for e in expects if e["basis_doc"]}
        checks = {
            f"{len(cases)} documents, not 40": len(cases) == 40,
            f"{sum(c['clean'] for c in cases)} clean documents, not 10": sum(c["clean"] for c in cases) == 10,
            f"{len(expects)} expected findings, not 30": len(expects) == 30,
            f"{len(provisions)} provisions, fewer than 15": len(provisions) >= 15,
            "more than three findings on one provision": self.most_per_provision() <= 3,
        }
        if lawful:
            checks["a document with fewer than 2 or more than 6 must_not_flag items"] = \
                all(2 <= len(c["must_not_flag"]) <= 6 for c in cases)
            checks["fewer than 100 must_not_flag items"] = sum(len(c["must_not_flag"]) for c in cases) >= 100
        return out + [problem for problem, kept in checks.items() if not kept]

    def lawful_brief_problems(self, lines: tuple[int, int] = (6, 24)) -> list[str]:
        """What a lawful set breaks of the lawful-set brief (checker_lawful16 onwards): 30 valid documents of 6-24 lines
        (or ``lines``), every one clean with no expected finding; 3-8 lawful sentences in each, at least 120 in all,
        each with its reason. Empty = the brief is kept."""
        cases = self.cases()
        out = [p for c in cases for p in self.case_problems(c)]
        out += [f"{c['file']}: {n} lines, not {lines[0]}-{lines[1]}" for c in cases
                if not lines[0] <= (n := self.line_count(c["file"])) <= lines[1]]
        out += [f"{c['id']}: not clean" for c in cases if not c["clean"] or c["expect"]]
        out += [f"{c['id']}: {len(c['must_not_flag'])} must_not_flag items, not 3-8" for c in cases
                if not 3 <= len(c["must_not_flag"]) <= 8]
        out += [f"{c['id']}: a must_not_flag item without its reason" for c in cases
                if not all(m["why"].strip() for m in c["must_not_flag"])]
        checks = {
            f"{len(cases)} documents, not 30": len(cases) == 30,
            "expected findings in a lawful set": self.expects() == [],
            "fewer than 120 must_not_flag items": sum(len(c["must_not_flag"]) for c in cases) >= 120,
        }
        return out + [problem for problem, kept in checks.items() if not kept]

    def record_shapes(self, minutes: str, labels: str) -> dict:
        """Where a records set's shapes are: the documents with a table (two or more «|» rows), with a minutes line (one
        opening on ``minutes`` and a colon), with a labelled field (one of ``labels`` and a colon), with a lawful sentence
        hard-wrapped (``wrapped_line``), as lists of files; and ``on_table_rows``, the lawful sentences on a table row."""
        cases = self.cases()
        texts = {c["file"]: self.lines(c["file"]) for c in cases}
        return {
            "tables": [f for f, lines in texts.items() if sum(" | " in line for line in lines) >= 2],
            "minutes": [f for f, lines in texts.items() if any(re.match(f"(?:{minutes}):", line) for line in lines)],
            "labelled": [f for f, lines in texts.items() if any(re.match(f"(?:{labels}):", line) for line in lines)],
            "wrapped": sorted({c["file"] for c in cases for m in c["must_not_flag"]
                               if wrapped_line(texts[c["file"]], m["line"] - 1)}),
            "on_table_rows": sum(" | " in m["contains"] or m["contains"].startswith("| ")
                                 for c in cases for m in c["must_not_flag"]),
        }

    def act_problems(self, bases: set[str], clause: bool = False) -> list[str]:
        """What a class-tagged short set breaks of its findings' brief: each an act the law does not allow — a
        ``conflict`` or a ``role_concurrency``, lỗi, or cảnh báo only for the concurrency Decree 59 Art. 3 contemplates
        —, resting on a provision of exactly the documents ``bases`` (with its clause when ``clause``), with a line, a
        contains and a why that quotes («…»). Empty = kept."""
        expects = self.expects()
        out = [f"{e['contains']}: kind {e['kind']}" for e in expects if e["kind"] not in ("conflict", "role_concurrency")]
        out += [f"{e['contains']}: severity {e['severity']}" for e in expects if e["severity"] not in ("lỗi", "cảnh báo")]
        out += [f"{e['contains']}: no basis, line or contains" for e in expects
                if not (e["basis_doc"] and e["basis_article"] and e["line"] and e["contains"])
                or (clause and not e["basis_clause"])]
        out += [f"{e['contains']}: a cảnh báo other than Decree 59 Art. 3's concurrency" for e in expects
                if e["severity"] == "cảnh báo"
                and not (e["kind"] == "role_concurrency" and (e["basis_doc"], e["basis_article"]) == ("59/2023/NĐ-CP", 3))]
        out += [f"{e['contains']}: the why quotes nothing" for e in expects if "«" not in e["why"]]
        if {e["basis_doc"] for e in expects} != bases:
            out.append(f"bases {sorted({e['basis_doc'] for e in expects})}, not {sorted(bases)}")
        return out

    def finding_shapes(self) -> Counter:
        """How many findings each shape carries (the shape tag of every case that is not clean)."""
        return Counter(shape_tag(c)[0] for c in self.cases() if not c["clean"])

    def tag_problems(self, classes: bool = True) -> list[str]:
        """What a short set breaks of its tags: a case whose note opens with no known shape; with ``classes``, a
        clean case not tagged clean or a finding tagged clean, a finding of no known class, the classes not ten
        findings each. Empty = the tags are kept."""
        cases = self.cases()
        out = [f"{c['id']}: no known shape" for c in cases if shape_tag(c)[0] not in SHAPES]
        if classes:
            out += [f"{c['id']}: clean {c['clean']} but tagged {shape_tag(c)[1]}" for c in cases
                    if (shape_tag(c)[1] == "clean") != c["clean"]]
            out += [f"{c['id']}: class {shape_tag(c)[1]}" for c in cases
                    if not c["clean"] and shape_tag(c)[1] not in CLASSES]
            per_class = Counter(shape_tag(c)[1] for c in cases if not c["clean"])
            if per_class != {k: 10 for k in CLASSES}:
                out.append(f"classes {dict(per_class)}, not ten each")
        return out

    def share_problems(self, base_line: re.Pattern, row: re.Pattern) -> tuple[list[str], int]:
        """The shares written with their percentage that are wrong to the first decimal, and how many were checked:
        «a/b … (x,y%)» in a sentence, and table rows ``row`` (groups: the count, «x,y») under a line ``base_line``
        states the base of (group 1) — the base holds while the table's rows go on."""
        def close(a: int, b: int, pct: str) -> bool:
            return abs(round(100 * a / b, 1) - float(pct.replace(",", "."))) < 0.051

        wrong, checked = [], 0
        for case in self.cases():
            base = None
            for line in self.lines(case["file"]):
                for a, b, pct in re.findall(r"(\d[\d.]*)/(\d[\d.]*)[^|%\d]{0,40}?\((\d+,\d)%\)", line):
                    checked += 1
                    if not close(int(a.replace(".", "")), int(b.replace(".", "")), pct):
                        wrong.append(f"{case['file']}: {line}")
                header = base_line.search(line)
                if header:
                    base = int(header.group(1))
                    continue
                found = row.search(line)
                if base and found:
                    checked += 1
                    if not close(int(found.group(1)), base, found.group(2)):
                        wrong.append(f"{case['file']}: {line}")
                elif " | " not in line:
                    base = None
        return wrong, checked

    def files_naming_both(self, first: re.Pattern, second: re.Pattern) -> list[str]:
        """The documents with a line naming both ``first`` and ``second`` (two posts or bodies in one sentence)."""
        return [c["file"] for c in self.cases()
                if any(first.search(line) and second.search(line) for line in self.lines(c["file"]))]

    def row_share_problems(self) -> tuple[list[str], int]:
        """The table rows «| total | count | x,y% |» whose share is not the count's share of the row's total to the
        first decimal, and how many such rows there are."""
        wrong, rows = [], 0
        for case in self.cases():
            for line in self.lines(case["file"]):
                found = re.search(r"\| (\d+) \| (\d+) \| (\d+,\d)%", line)
                if found:
                    rows += 1
                    total, count, pct = found.groups()
                    if abs(round(100 * int(count) / int(total), 1) - float(pct.replace(",", "."))) >= 0.051:
                        wrong.append(f"{case['file']}: {line}")
        return wrong, rows

    def written_share_problems(self, sentences: int, rows: int) -> list[str]:
        """What a lawful set breaks of its written shares: a share «a/b … (x,y%)» or a row «| total | count | x,y% |»
        wrong to the first decimal (``share_problems`` with no table base, ``row_share_problems``); fewer than
        ``sentences`` shares or ``rows`` rows checked."""
        wrong, checked = self.share_problems(re.compile(r"^(?!)(\d)"), re.compile(r"^(?!)"))
        wrong_rows, n_rows = self.row_share_problems()
        out = wrong + wrong_rows
        if checked < sentences:
            out.append(f"{checked} shares checked, not at least {sentences}")
        if n_rows < rows:
            out.append(f"{n_rows} share rows, not at least {rows}")
        return out

    def approval_share_problems(self, approval: re.Pattern, two_thirds: re.Pattern, since: str = "",
                                skip_present: bool = False) -> tuple[list[str], int]:
        """The approval shares «a/b … (x,y%)» (``approval`` within the 25 characters before the figures or between them
        and the percentage; with ``skip_present``, not a count «… dự …» of those attending; in documents dated from
        ``since``) that are not over half of their base, or, on a line matching ``two_thirds``, not at least two
        thirds — as «file: line» — and how many approval shares were checked."""
        share = re.compile(r"(\d+)/(\d+)([^|%\d]{0,40}?)\((\d+,\d)%\)")
        wrong, checked = [], 0
        for case in self.cases():
            if case["as_of"] < since:
                continue
            for line in self.lines(case["file"]):
                for m in share.finditer(line):
                    before = line[max(0, m.start() - 25):m.start()]
                    if (skip_present and " dự" in m.group(3)) or not approval.search(before + m.group(3)):
                        continue
                    a, b = int(m.group(1)), int(m.group(2))
                    checked += 1
                    if not 2 * a > b or (two_thirds.search(line) and not 3 * a >= 2 * b):
                        wrong.append(f"{case['file']}: {line}")
        return wrong, checked

    def wrapped_lawful_lines(self) -> list[tuple[str, int]]:
        """The lawful sentences (file, line) that sit on a line running on into a lower-case next line."""
        return [(c["file"], m["line"]) for c in self.cases() for m in c["must_not_flag"]
                if wrapped_line(self.lines(c["file"]), m["line"] - 1)]

    def reform_counts(self) -> Counter:
        """Documents dated before and from 01/07/2025 (the two-tier local government reform), all and clean:
        ``before``, ``after``, ``clean_before``, ``clean_after``."""
        n: Counter = Counter()
        for c in self.cases():
            side = "before" if c["as_of"] < REFORM_DAY else "after"
            n[side] += 1
            n["clean_" + side] += c["clean"]
        return n

    def periods(self) -> tuple[list[dict], list[dict], list[dict]]:
        """The cases dated before Law 10/2022 took effect, under it before the 2025 reform, and from the reform on."""
        cases = self.cases()
        return ([c for c in cases if c["as_of"] < LAW_DAY],
                [c for c in cases if LAW_DAY <= c["as_of"] < REFORM_DAY],
                [c for c in cases if c["as_of"] >= REFORM_DAY])

    def citing_later_law(self, cases: list[dict], *titles: str) -> list[str]:
        """Those of ``cases`` whose text cites Law 10/2022 or its two decrees by number, or names any of ``titles``
        (for documents dated before the law: they were under the earlier rules)."""
        return [c["file"] for c in cases
                if any(w in "\n".join(self.lines(c["file"])) for w in ("10/2022", "59/2023", "61/2023", *titles))]

    def naming_after_reform(self, *words: str) -> list[str]:
        """The documents dated from 01/07/2025 whose text names any of ``words`` (lower case: «huyện», «thị trấn» —
        a level of government the reform ended)."""
        return [c["file"] for c in self.cases() if c["as_of"] >= REFORM_DAY
                and any(w in (self.folder / c["file"]).read_text(encoding="utf-8").lower() for w in words)]

    def reasons_without_basis(self, *names: str) -> list[str]:
        """The lawful sentences whose reason names no provision — an article, a decree, a law, the facts file or one
        of ``names`` — and no figure, as «file:line». Empty = every lawful sentence says what makes it lawful."""
        basis = re.compile("|".join((r"Art\.", "Decree", "Law", "legal-timeline", *map(re.escape, names))))
        return [f"{c['file']}:{m['line']}" for c in self.cases() for m in c["must_not_flag"]
                if not basis.search(m["why"]) and not re.search(r"\d", m["why"])]

    def reform_spread_problems(self, district: int) -> list[str]:
        """What a lawful set of 2022-2026 breaks of its spread over the law's periods: a year with no document; fewer
        than 5 documents under the old rules, 8 under Law 10/2022 before the reform or 10 after it; an old one citing
        a later law (the Law's own title counted); a later one naming a district, thị trấn or thị xã; fewer than
        ``district`` lawful sentences of the earlier ones naming a district (lawful on their date)."""
        out = [f"no document dated {y}" for y in ("2022", "2023", "2024", "2025", "2026")
               if y not in {c["as_of"][:4] for c in self.cases()}]
        old, between, after = self.periods()
        if len(old) < 5 or len(between) < 8 or len(after) < 10:
            out.append(f"periods {len(old)} / {len(between)} / {len(after)}, not at least 5 / 8 / 10")
        out += [f"{f}: cites a later law" for f in self.citing_later_law(old, "Thực hiện dân chủ ở cơ sở")]
        out += [f"{f}: names a level the reform ended" for f in self.naming_after_reform("huyện", "thị trấn", "thị xã")]
        named = [m for c in old + between for m in c["must_not_flag"] if "huyện" in m["contains"]]
        if len(named) < district:
            out.append(f"{len(named)} lawful sentences name a district, not at least {district}")
        return out

    def shape_spread_problems(self, kinds: int) -> list[str]:
        """What a set breaks of its shape tags: a case with no shape tag or one outside SHAPES, fewer than ``kinds``
        shapes in all."""
        shapes = Counter(shape_tag(c)[0] for c in self.cases())
        out = [f"shape {s!r} ({n} cases)" for s, n in shapes.items() if s is None or s not in SHAPES]
        if len(shapes) < kinds:
            out.append(f"{len(shapes)} shapes, not at least {kinds}")
        return out

    def shapes_per_class(self) -> dict[str, set]:
        """The shapes each class (and «clean») is tagged with."""
        out: dict[str, set] = {}
        for case in self.cases():
            shape, klass = shape_tag(case)
            out.setdefault(klass, set()).add(shape)
        return out

    def class_shape_problems(self, every_shape: int = 0, clean_shapes: int = 0) -> list[str]:
        """What a class-tagged short set breaks of its shape and class tags: a tag problem (``tag_problems``); fewer
        than five shapes carrying four findings or more; a class (actor, forbidden, quantity) in fewer than four
        shapes; with ``every_shape``, not all eight shapes carrying findings or one carrying fewer than
        ``every_shape``; with ``clean_shapes``, the clean cases in fewer shapes than that."""
        out = self.tag_problems()
        per_shape = self.finding_shapes()
        if sum(1 for n in per_shape.values() if n >= 4) < 5:
            out.append(f"fewer than five shapes carry four findings or more: {dict(per_shape)}")
        if every_shape and (len(per_shape) != 8 or min(per_shape.values()) < every_shape):
            out.append(f"not all eight shapes carry {every_shape} findings or more: {dict(per_shape)}")
        per_class = self.shapes_per_class()
        out += [f"class {k} in {sorted(per_class.get(k, ()))}, not at least four shapes"
                for k in ("actor", "forbidden", "quantity") if len(per_class.get(k, ())) < 4]
        if clean_shapes and len(per_class.get("clean", ())) < clean_shapes:
            out.append(f"clean cases in {sorted(per_class.get('clean', ()))}, not at least {clean_shapes} shapes")
        return out

    def class_fit_problems(self, digits: int = 8) -> list[str]:
        """What breaks the fit of a finding to its class tag: a role concurrency not tagged actor; a quantity finding
        whose ``contains`` holds neither a figure nor «quý»; fewer than ``digits`` quantity findings with a figure."""
        out = []
        quantity = []
        for case in self.cases():
            klass = shape_tag(case)[1]
            for e in case["expect"]:
                if e["kind"] == "role_concurrency" and klass != "actor":
                    out.append(f"{case['id']}: a role concurrency tagged {klass}")
                if klass == "quantity":
                    quantity.append(e)
                    if not any(ch.isdigit() for ch in e["contains"]) and "quý" not in e["contains"]:
                        out.append(f"{case['id']}: a quantity finding without a figure")
        with_figure = sum(any(ch.isdigit() for ch in e["contains"]) for e in quantity)
        if with_figure < digits:
            out.append(f"{with_figure} quantity findings with a figure, not at least {digits}")
        return out

    def dated_problems(self, in_force: dict[str, str]) -> list[str]:
        """What a short set of 2022-2026 breaks of its dates: a case dated outside those years; fewer than ten
        documents before or from the 2025 reform, or fewer than three clean ones on either side; a finding whose
        basis (``in_force``: basis_doc → the day it came into force) was not in force on the case's date."""
        out = [f"{c['id']}: dated {c['as_of']}" for c in self.cases() if not "2022-01-01" <= c["as_of"] <= "2026-12-31"]
        n = self.reform_counts()
        if n["before"] < 10 or n["after"] < 10 or n["clean_before"] < 3 or n["clean_after"] < 3:
            out.append(f"reform counts {dict(n)}")
        out += [f"{c['id']}: {e['basis_doc']} not yet in force on {c['as_of']}" for c in self.cases()
                for e in c["expect"] if c["as_of"] < in_force[e["basis_doc"]]]
        return out

    def law_in_force_problems(self, in_force: dict[str, str], title: str = "Thực hiện dân chủ ở cơ sở") -> list[str]:
        """What a class-tagged short set of 2022-2026 breaks of the law in force on its dates: ``dated_problems``; a year
        of the five with no document; fewer than three documents before Law 10/2022 took effect, or one of them with a
        finding or citing the later law (or naming ``title``); fewer than ten findings under the Law before the 2025
        reform or fewer than ten from it."""
        out = self.dated_problems(in_force)
        years = {c["as_of"][:4] for c in self.cases()}
        if years != {"2022", "2023", "2024", "2025", "2026"}:
            out.append(f"years {sorted(years)}")
        early, between, after = self.periods()
        if len(early) < 3 or not all(c["clean"] for c in early):
            out.append(f"before the Law: {len(early)} documents, {sum(not c['clean'] for c in early)} with a finding")
        out += [f"{f}: cites the later law" for f in self.citing_later_law(early, title)]
        found = (sum(not c["clean"] for c in between), sum(not c["clean"] for c in after))
        if min(found) < 10:
            out.append(f"findings under the Law before / after the reform: {found}")
        return out

    def table_total_problems(self, total_row: re.Pattern) -> tuple[list[str], int]:
        """Every «| … |» table's total row (its first cell matching ``total_row``, from the third row on) against the
        sum of the rows above it (under the header, when the header's last cell is no number), column by column
        wherever the column holds whole numbers («1.234» or «1234»): the rows that do not add up, and how many
        column totals were checked."""
        def number(cell: str) -> int | None:
            return int(cell.replace(".", "")) if re.fullmatch(r"\d{1,3}(?:\.\d{3})*|\d+", cell) else None

        wrong: list[str] = []
        checked = 0
        for case in self.cases():
            block: list[list[str]] = []
            for line in self.lines(case["file"]) + [""]:
                if " | " in line:
                    block.append([c.strip() for c in line.strip().strip("|").split("|")])
                    continue
                for i, row in enumerate(block):
                    if i >= 2 and total_row.match(row[0]):
                        data = block[1:i] if number(block[0][-1]) is None else block[:i]
                        for col in range(1, len(row)):
                            cells = [number(r[col]) if col < len(r) else None for r in data]
                            if number(row[col]) is not None and None not in cells:
                                checked += 1
                                if sum(cells) != number(row[col]):
                                    wrong.append(f"{case['file']}: {row}")
                block = []
        return wrong, checked

    def split_cases(self) -> list[dict]:
        """The cases tagged with the shape «split»."""
        return [c for c in self.cases() if shape_tag(c)[0] == "split"]

    def unwrapped_split_cases(self) -> list[str]:
        """The split cases none of whose finding lines (or, clean, lawful lines) is hard-wrapped mid-sentence."""
        return [c["id"] for c in self.split_cases()
                if not any(wrapped_line(self.lines(c["file"]), item["line"] - 1)
                           for item in (c["expect"] or c["must_not_flag"]))]

    def brief_problems(self, clean: tuple[int, int] = (3, 4)) -> list[str]:
        """What a blind set breaks of the writers' brief (the same for every set written to it): 13 documents of
        25-70 lines with valid labels; ``clean`` documents clean; 8-17 lawful sentences each and at least 110 in all;
        at least 35 findings, 2-6 in each defective document, at most three on one provision; all three grades and
        the five main kinds used. Empty = the brief is kept."""
        cases, expects = self.cases(), self.expects()
        out = [p for c in cases for p in self.case_problems(c)]
        out += [f"{c['file']}: {n} lines, not 25-70" for c in cases
                if not 25 <= (n := self.line_count(c["file"])) <= 70]
        n_clean = sum(c["clean"] for c in cases)
        checks = {
            f"{len(cases)} documents, not 13": len(cases) == 13,
            f"{n_clean} clean documents, not {clean[0]}-{clean[1]}": clean[0] <= n_clean <= clean[1],
            "a document with fewer than 8 or more than 17 must_not_flag items":
                all(8 <= len(c["must_not_flag"]) <= 17 for c in cases),
            "fewer than 110 must_not_flag items": sum(len(c["must_not_flag"]) for c in cases) >= 110,
            "fewer than 35 expected findings": len(expects) >= 35,
            "a defective document with fewer than 2 or more than 6 findings":
                all(2 <= len(c["expect"]) <= 6 for c in cases if not c["clean"]),
            "more than three findings on one provision": self.most_per_provision() <= 3,
            "not every grade used": {e["severity"] for e in expects} == {"lỗi", "cảnh báo", "gợi ý"},
            "not the five main kinds": {"conflict", "required_content", "role_concurrency", "outdated_reference",
                                        "internal_consistency"} <= {e["kind"] for e in expects},
        }
        return out + [problem for problem, kept in checks.items() if not kept]

    def case_problems(self, case: dict) -> list[str]:
        """Every schema problem of one case, as readable strings (empty = valid)."""
        cid = case.get("id", "?")
        out: list[str] = []
        keys = set(case)
        if not CASE_REQUIRED <= keys or keys - CASE_REQUIRED - CASE_OPTIONAL:
            return [f"{cid}: keys {sorted(keys)}"]
        if not (self.folder / case["file"]).is_file():
            return [f"{cid}: missing file {case['file']}"]
        lines = self.lines(case["file"])
        try:
            dt.date.fromisoformat(case["as_of"])
        except (TypeError, ValueError):
            out.append(f"{cid}: as_of {case['as_of']!r} is not YYYY-MM-DD")
        if case["type"] not in TYPES:
            out.append(f"{cid}: type {case['type']!r}")
        if not isinstance(case["clean"], bool):
            out.append(f"{cid}: clean must be true or false")
        if case["clean"] != (not case["expect"]):
            out.append(f"{cid}: clean={case['clean']} but {len(case['expect'])} expected findings")
        if not str(case["as_of_reason"]).strip():
            out.append(f"{cid}: empty as_of_reason")
        for i, exp in enumerate(case["expect"]):
            out += _expect_problems(exp, lines, f"{cid} expect[{i}]")
        for i, mnf in enumerate(case["must_not_flag"]):
            where = f"{cid} must_not_flag[{i}]"
            if set(mnf) != MNF_REQUIRED:
                out.append(f"{where}: keys {sorted(mnf)}")
                continue
            out += _contains_problems(lines, mnf["line"], mnf["contains"], where)
            if not str(mnf["why"]).strip():
                out.append(f"{where}: empty why")
        return out


def _contains_problems(lines: list[str], line, contains, where: str) -> list[str]:
    if not isinstance(line, int) or isinstance(line, bool) or not 1 <= line <= len(lines):
        return [f"{where}: line {line!r} outside 1..{len(lines)}"]
    if not isinstance(contains, str) or not contains.strip():
        return [f"{where}: empty contains"]
    out = []
    if re.search(r"\s{2,}", contains):
        out.append(f"{where}: contains has a run of spaces: {contains!r}")
    if contains not in lines[line - 1]:
        out.append(f"{where}: {contains!r} not on line {line}: {lines[line - 1]!r}")
    return out


def _expect_problems(exp: dict, lines: list[str], where: str) -> list[str]:
    keys = set(exp)
    if not EXPECT_REQUIRED <= keys or keys - EXPECT_REQUIRED - EXPECT_OPTIONAL:
        return [f"{where}: keys {sorted(keys)}"]
    out = []
    if exp["kind"] not in KINDS:
        out.append(f"{where}: kind {exp['kind']!r}")
    if exp["severity"] not in SEVERITIES:
        out.append(f"{where}: severity {exp['severity']!r}")
    alt = exp.get("alt_kinds", [])
    if not isinstance(alt, list) or not set(alt) <= KINDS or exp["kind"] in alt:
        out.append(f"{where}: alt_kinds {alt!r}")
    if exp["line"] is None:
        if "contains" in exp:
            out.append(f"{where}: line null must come without contains")
        if not exp["basis_doc"]:
            out.append(f"{where}: line null needs a basis_doc to be matched on")
    else:
        out += _contains_problems(lines, exp["line"], exp.get("contains"), where)
    if exp["kind"] in NO_BASIS_KINDS:
        if exp["basis_doc"] or exp["basis_article"] or exp["basis_clause"]:
            out.append(f"{where}: {exp['kind']} carries no basis")
    elif not (isinstance(exp["basis_doc"], str) and BASIS_DOC.match(exp["basis_doc"])):
        out.append(f"{where}: basis_doc {exp['basis_doc']!r}")
    for key in ("basis_article", "basis_clause"):
        if exp[key] is not None and (not isinstance(exp[key], int) or exp[key] < 1):
            out.append(f"{where}: {key} {exp[key]!r}")
    if exp["basis_clause"] is not None and exp["basis_article"] is None:
        out.append(f"{where}: clause without article")
    if exp["kind"] == "draft_completeness" and exp["severity"] != "gợi ý":
        out.append(f"{where}: a blank in a draft is graded gợi ý")
    if not str(exp["why"]).strip():
        out.append(f"{where}: empty why")
    return out
