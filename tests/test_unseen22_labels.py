"""The coverage brief of tests/data/checker_unseen22/ (a blind set, mixed community and workplace).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

from collections import Counter

from tests.labelsets import LabelledSet

LABELLED = LabelledSet("checker_unseen22")


def test_coverage_of_the_set():
    """The brief's mix: 12-13 documents, half community and half workplace, a few clean ones,
    an old quy ước lawful for its date, drafts checked on the review day, and no provision
    behind more than three findings."""
    cases = LABELLED.cases()
    assert 12 <= len(cases) <= 13
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] == 2 and types["ke_hoach"] == 2
    assert {"quy_che_xa", "quy_che_co_quan", "quy_che_doanh_nghiep", "bao_cao", None} <= set(types)
    assert 2 <= sum(c["clean"] for c in cases) <= 4
    years = {c["as_of"][:4] for c in cases}
    assert "2021" in years and "2026" in years
    assert sum(len(c["must_not_flag"]) for c in cases) >= 80
    expects = [e for c in cases for e in c["expect"]]
    assert len(expects) >= 30
    assert {"lỗi", "cảnh báo", "gợi ý"} <= {e["severity"] for e in expects}
    per_provision = Counter((e["basis_doc"], e["basis_article"], e["basis_clause"])
                            for e in expects if e["basis_article"] is not None)
    assert max(per_provision.values()) <= 3
