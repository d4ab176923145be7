"""The coverage brief of tests/data/checker_unseen93/ (written as a blind held-out set, opened for study in session 34: on grassroots democracy inside agencies,
public service units and state companies of the invented province of Vân Sơn, 2022-2026: a school report under the
old rules, minutes of staff conferences at a health station and a primary school, a conference plan of a provincial
unit, a decision recognising a school's Ban Thanh tra nhân dân, a commune notice to its staff, the Quy chế of a
merged commune's People's Committee, of a school and of a state water company, a CDC report, minutes of workplace
dialogue, a health station's draft Quy chế and a plan for gathering staff opinions).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen93")


def test_the_writers_brief():
    """13 documents of 25-70 lines, 3-4 clean, 8-17 lawful sentences each (110 in all), at least 35 findings
    (2-6 per defective document, at most three per provision), every grade and the five main kinds."""
    assert LABELLED.brief_problems(clean=(3, 4)) == []


def test_coverage_of_the_set():
    """The set's own mix: agency and enterprise regulations, plans, reports and minutes, dated before the Law took
    effect, between the Law and the 2025 reform, and after it."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["quy_che_co_quan"] >= 2 and types["quy_che_doanh_nghiep"] >= 1
    assert types["bao_cao"] >= 2 and types["ke_hoach"] >= 2 and types[None] >= 4
    years = {c["as_of"][:4] for c in cases}
    assert {"2022", "2024", "2025", "2026"} <= years
    before = [c for c in cases if c["as_of"] < "2025-07-01"]
    after = [c for c in cases if c["as_of"] >= "2025-07-01"]
    assert 4 <= len(before) <= 6 and len(after) >= 7
    old = [c for c in cases if c["as_of"] < "2023-07-01"]
    assert old and all(e["basis_doc"] is None for c in old for e in c["expect"]), \
        "a document checked under the rules before Law 10/2022, with no finding resting on the later law"
    assert any(c["clean"] for c in before) and any(c["clean"] for c in after)


def test_spread_of_findings():
    """Law 10/2022 Ch. III and Ch. IV, Decree 59, the labour law on dialogue and the 2025 reform are represented;
    findings spread over many articles and every kind the brief names."""
    expects = LABELLED.expects()
    docs = {e["basis_doc"] for e in expects}
    assert {"10/2022/QH15", "59/2023/NĐ-CP", "45/2019/QH14", "145/2020/NĐ-CP", "72/2025/QH15"} <= docs
    articles = {e["basis_article"] for e in expects if e["basis_doc"] == "10/2022/QH15"}
    assert articles >= {47, 51, 52, 53, 60, 63, 65, 69, 77, 90}
    assert all(43 <= a <= 83 for a in articles - {90})
    kinds = Counter(e["kind"] for e in expects)
    assert kinds["role_concurrency"] >= 3 and kinds["outdated_reference"] >= 4 and kinds["internal_consistency"] >= 5
    assert kinds["required_content"] >= 1 and kinds["draft_completeness"] >= 2
    grades = Counter(e["severity"] for e in expects)
    assert grades["cảnh báo"] >= 6 and grades["gợi ý"] >= 2
    assert any(e["kind"] == "role_concurrency" and e["severity"] == "cảnh báo" for e in expects)
    assert any(e["line"] is None for e in expects), "missing content labelled by its basis"


def test_the_set_was_opened_for_study():
    """Blind until session 34, which opened it (with the other oldest blind sets): it is studied now and keeps floors."""
    assert "checker_unseen93" not in BLIND
