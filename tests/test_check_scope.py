"""Every report says what it covered and what it cannot tell (checker/scope.py, rules/scope.yaml): the rules run
on the document and date, the articles they rest on in force on that date, and the limits — so that a report
without findings is read as "these rules found nothing", not as "this document is lawful"."""
from __future__ import annotations

import json

import pytest

from checker import check_file
from checker.render import render
from checker.ruledata import doctypes
from checker.scope import _articles, limits_table
from pipeline.ingest import corpus_root

REVIEW = corpus_root() / "review"


def test_articles_are_listed_in_order_with_runs_joined():
    assert _articles(["15", "3", "5", "6", "7", "16", "x"]) == ("3", "5–7", "15", "16")
    assert _articles([]) == ()


def test_every_type_has_its_limits_and_the_table_names_no_unknown_type():
    general, by_type, unknown = limits_table()
    ids = {t.id for t in doctypes()}
    assert general and unknown
    assert set(by_type) <= ids, set(by_type) - ids
    assert ids <= set(by_type), ids - set(by_type)


def test_a_clean_report_says_what_ran_on_which_articles_and_its_limits(store):
    report = check_file(REVIEW / "r01-huong-uoc-thon-dong-lam.txt", store)
    assert not report.findings
    scope = report.scope
    assert scope.rule_count == sum(n for _, n in scope.rules) > 50
    assert dict(scope.rules)["required_content"] >= 1
    provisions = dict(scope.provisions)
    assert "15–22" in provisions["Luật 10/2022/QH15"]  # the articles on what the community decides
    assert any(doc.startswith("Nghị định 61/2023") for doc in provisions)  # hương ước: Decree 61
    general, by_type, _ = limits_table()
    assert scope.limits == general + by_type["huong_uoc"]
    text = render(report, "text")
    assert "PHẠM VI KIỂM TRA" in text and f"Đã chạy {scope.rule_count} quy tắc" in text
    assert all(limit in text for limit in scope.limits)
    data = json.loads(render(report, "json"))["scope"]
    assert data["rules_total"] == scope.rule_count and data["limits"] == list(scope.limits)
    for fmt in ("md", "html"):
        assert "Phạm vi kiểm tra" in render(report, fmt)


def test_only_law_in_force_on_the_date_is_listed(store):
    """A 2022 report is checked as of its date: Law 10/2022 (in force 01/07/2023) is not among its articles."""
    report = check_file(REVIEW / "r12-bao-cao-so-ket-qcdc-xa-tan-hoa-2022.txt", store)
    assert report.as_of < "2023-07-01"
    docs = [doc for doc, _ in report.scope.provisions]
    assert not any("10/2022/QH15" in doc for doc in docs)
    assert report.scope.limits[-len(limits_table()[1]["bao_cao"]):] == limits_table()[1]["bao_cao"]


def test_an_unknown_type_says_only_general_rules_ran(store, tmp_path):
    path = tmp_path / "thu.txt"
    path.write_text("Kính gửi anh chị em trong thôn.\nThôn sẽ họp vào tối thứ bảy tuần sau tại nhà văn hóa.\n",
                    encoding="utf-8")
    report = check_file(path, store)
    assert report.document.type == ""
    general, by_type, unknown = limits_table()
    assert report.scope.limits == general + unknown


@pytest.mark.parametrize("name", ["r02-huong-uoc-thon-ha-vi-du-thao.txt", "r08-quy-che-dan-chu-cong-ty-thuy-loi-ha-lam.txt"])
def test_the_scope_counts_every_rule_that_fired_and_lists_its_articles(store, name):
    """The scope is built from the rules the engine ran: each kind that fired is counted at least as many times as it
    has distinct rules among the findings, and every in-force article of the knowledge base a finding quotes is among
    the articles listed."""
    report = check_file(REVIEW / name, store)
    assert report.findings
    per_kind = dict(report.scope.rules)
    fired: dict[str, set[str]] = {}
    for f in report.findings:
        fired.setdefault(f.kind, set()).add(f.rule)
    assert all(per_kind.get(kind, 0) >= len(rules) for kind, rules in fired.items()), (per_kind, fired)
    listed = {doc: arts for doc, arts in report.scope.provisions}
    spans = {doc: {n for a in arts for n in _expand(a)} for doc, arts in listed.items()}
    checked = 0
    for f in report.findings:
        for b in f.basis:
            if b.source == "kb" and b.article and b.article.isdigit() and not b.status.startswith(("hết", "chưa")):
                assert any(doc.endswith(b.doc) and int(b.article) in spans[doc] for doc in spans), (f.rule, b.label)
                checked += 1
    assert checked >= 3


def _expand(span: str) -> range:
    first, _, last = span.partition("–")
    return range(int(first), int(last or first) + 1)
