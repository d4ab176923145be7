"""Coverage brief of tests/data/checker_unseen109/ (a blind held-out set on the village's own rules and its
self-government: hương ước and quy ước under Decree 61/2023 — their principles, what they may contain and what they
may not set (a fine or a cut-off in place of the law's sanction, a restriction on belief or on rights), who proposes
and drafts them, the posting of the draft, adoption by over half of all households at a meeting (slips only when the
meeting fails), recognition by the commune and its time limits, effect, publishing, the yearly review, suspension and
abolition by the commune — and the Trưởng thôn / Tổ trưởng tổ dân phố under Decree 59/2023 — the community meeting
and its ballot board, the slip team, the election team, dismissal, the interim head — with the Law's prohibitions
(Art. 9), forms of deciding (Art. 17), shares (Art. 21) and the Ban Thanh tra nhân dân's incompatibility (Art. 37.2);
forty short documents of the invented province of Lạc Thủy Đông: hương ước and quy ước excerpts, minutes, notices,
decisions, plans, reports and answers; 30 carry exactly one finding, an act the law does not allow, ten in each
class — actor, forbidden, quantity — in a sentence of a tagged shape; 10 are clean).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these
tests read the labels only and never run the checker.
"""
from __future__ import annotations

import re
from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_unseen109")
LAW = "10/2022/QH15"
D59 = "59/2023/NĐ-CP"
D61 = "61/2023/NĐ-CP"
#: the day each basis document took effect (Law Art. 90.1; Decree 59 Art. 28; Decree 61 Art. 25.1)
IN_FORCE = {LAW: "2023-07-01", D59: "2023-08-15", D61: "2023-08-16"}
#: the Law's articles of the theme: rights and prohibitions (5-9), what the community decides and how (15-22), comments
#: and supervision (25-31) and the commune Ban Thanh tra nhân dân's members (37)
LAW_ARTICLES = set(range(5, 10)) | set(range(15, 23)) | set(range(25, 32)) | {37}
#: Decree 59's articles on the community meeting, the slips and the Trưởng thôn's election and dismissal (3-9)
D59_ARTICLES = set(range(3, 10))
#: Decree 61's articles on building and carrying out hương ước and quy ước (4-19)
D61_ARTICLES = set(range(4, 20))


def test_findings_are_acts_the_law_does_not_allow():
    """The findings' severities and kinds (their bases and whys: test_class_tagged_writers_brief in
    tests/test_labelled_sets.py): all are lỗi; the two concurrencies are a candidate on his own election team (Decree 59
    Art. 6.1) and a head of a tổ dân phố on the Ban Thanh tra nhân dân (Law Art. 37.2), both forbidden outright."""
    expects = LABELLED.expects()
    assert Counter(e["severity"] for e in expects) == {"lỗi": 30}
    kinds = Counter(e["kind"] for e in expects)
    assert kinds == {"conflict": 28, "role_concurrency": 2}, kinds
    assert {(e["basis_doc"], e["basis_article"], e["basis_clause"]) for e in expects
            if e["kind"] == "role_concurrency"} == {(D59, 6, 1), (LAW, 37, 2)}


def test_the_theme_is_huong_uoc_and_the_village_head():
    """Most findings rest on Decree 61 (hương ước, quy ước), the rest on Decree 59's meeting, slips and village head and
    on the Law's articles of the theme; they spread over what a hương ước may contain (Decree 61 Arts. 4-5), its making
    and adoption (7-10), recognition and publishing (11, 15, 18), suspension and abolition (12-14), the village head
    (Decree 59 Arts. 6, 9) and the prohibitions (Law Art. 9); at least 20 provisions."""
    expects = LABELLED.expects()
    by_doc = {doc: [e["basis_article"] for e in expects if e["basis_doc"] == doc] for doc in (LAW, D59, D61)}
    assert len(by_doc[D61]) >= 15 and len(by_doc[D59]) >= 5 and len(by_doc[LAW]) >= 5, by_doc
    assert set(by_doc[LAW]) <= LAW_ARTICLES, by_doc[LAW]
    assert set(by_doc[D59]) <= D59_ARTICLES, by_doc[D59]
    assert set(by_doc[D61]) <= D61_ARTICLES, by_doc[D61]
    d61 = by_doc[D61]
    assert sum(4 <= a <= 5 for a in d61) >= 4
    assert sum(7 <= a <= 10 for a in d61) >= 4
    assert sum(a in (11, 15, 18) for a in d61) >= 4
    assert sum(12 <= a <= 14 for a in d61) >= 3
    assert sum(a in (6, 9) for a in by_doc[D59]) >= 3
    assert sum(a == 9 for a in by_doc[LAW]) >= 3
    assert len({(e["basis_doc"], e["basis_article"], e["basis_clause"]) for e in expects}) >= 20


def test_dates_and_the_law_in_force():
    """Dates from 2022 to 2026, at least ten before and ten from the 2025 reform, clean ones on both sides; a finding
    rests on a document already in force on the case's date (Decree 61 from 16/08/2023), so the documents dated before
    01/07/2023 are clean and cite no later act."""
    assert LABELLED.law_in_force_problems(IN_FORCE) == []
    early = LABELLED.periods()[0]
    assert LABELLED.citing_later_law(early, "Thực hiện dân chủ ở cơ sở", "Nghị định số 61") == []


def test_the_written_shares_add_up():
    """Every share written «a/b … (x,y%)» and every table row «| total | count | x,y% |» is right to the first
    decimal, and there are some."""
    assert LABELLED.written_share_problems(sentences=15, rows=6) == []


def test_huong_uoc_adopted_by_over_half_of_all_households():
    """Where a document states a hương ước or quy ước adopted, or a head dismissed, with «a/b … tán thành / đồng ý
    (x,y%)» over the households of the community, the share is over half of them (Decree 61 Art. 10; Law Art. 21.1);
    the shares of those present («… dự họp …»), which case u109-36 wrongly takes for the base, are not counted."""
    approval = re.compile(r"tán thành|đồng ý")
    wrong, checked = LABELLED.approval_share_problems(approval, re.compile(r"hai phần ba"), skip_present=True)
    assert wrong == [] and checked >= 6, (wrong, checked)


def test_types_and_lawful_sentences():
    """Hương ước and quy ước excerpts, plans, reports and documents of other kinds; 2-6 lawful sentences in every
    document, each with the provision or figure that makes it lawful."""
    cases = LABELLED.cases()
    types = Counter(c["type"] for c in cases)
    assert types["huong_uoc"] >= 8, types
    assert types["ke_hoach"] >= 3 and types["bao_cao"] >= 3, types
    assert types[None] >= 15, types
    assert not {"quy_che_xa", "quy_che_co_quan", "quy_che_doanh_nghiep", "nghi_quyet_bien_phap"} & set(types), types
    assert all(2 <= len(c["must_not_flag"]) <= 6 for c in cases)
    assert sum(len(c["must_not_flag"]) for c in cases) >= 100
    assert LABELLED.reasons_without_basis() == []


def test_the_set_is_blind():
    assert "checker_unseen109" in BLIND
