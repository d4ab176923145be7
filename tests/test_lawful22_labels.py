"""The coverage brief of tests/data/checker_lawful22/ (written as a blind held-out set, opened for study in session 38: of lawful documents of the village and the tổ dân
phố: drafting, posting, adopting, recognising and reviewing a hương ước or quy ước and amending it; electing and
releasing a Trưởng thôn or Tổ trưởng tổ dân phố and the Ban công tác Mặt trận's meeting on the candidates; the
community's decisions on contributions and works by meeting, by household forms, by online vote and in clusters, their
minutes, tally sheets and the notices and reports that publish them; the commune Front's decisions on the Ban Thanh
tra nhân dân and a Ban Giám sát đầu tư của cộng đồng — in the invented province of Lam Sơn, dated from 2022 to 2026:
under the old rules before Law 10/2022 took effect, under Law 10/2022 and its decrees before the 2025 reform, and
after it).

The schema checks common to every labelled set are in tests/test_labelled_sets.py; like them, these tests read the
labels only and never run the checker.
"""
from __future__ import annotations

import re
from collections import Counter

from tests.labelsets import BLIND, LabelledSet

LABELLED = LabelledSet("checker_lawful22")


def test_the_lawful_brief_is_kept():
    """30 lawful documents of 8-30 lines, each clean with no expected finding and a valid schema; 3-8 lawful
    sentences per document, at least 120 in all, each with its reason."""
    assert LABELLED.lawful_brief_problems(lines=(8, 30)) == []


def test_every_lawful_sentence_names_its_basis():
    """Each lawful sentence's reason names the provision (or the fact, or the figures) that makes it lawful."""
    assert LABELLED.reasons_without_basis("Pháp lệnh", "QĐ 22/2018") == []


def test_mix_of_types():
    """Mostly unnamed kinds (minutes, notices, decisions, tally sheets) as null, with at least four hương ước or quy
    ước excerpts and some plans and reports."""
    types = Counter(c["type"] for c in LABELLED.cases())
    assert types[None] >= 15
    assert types["huong_uoc"] >= 4
    assert types["ke_hoach"] >= 2 and types["bao_cao"] >= 2
    assert set(types) <= {None, "huong_uoc", "ke_hoach", "bao_cao"}


def test_mix_of_years_and_the_reform():
    """At least 5 documents under the old rules (before 01/07/2023), 8 under Law 10/2022 before the 2025 reform and 10
    after it; the old ones cite no later law, the later ones name no district, thị trấn or thị xã, and at least five
    lawful sentences of the earlier ones name a district, lawful on their date."""
    assert LABELLED.reform_spread_problems(district=5) == []


def test_the_records_have_their_shapes():
    """Tables flattened into | rows, minutes lines, labelled fields and hard-wrapped lawful sentences are really there;
    the Trưởng thôn (or Tổ trưởng) and the Trưởng ban công tác Mặt trận are named in one line in many records; each
    case is tagged with the shape of its riskiest line."""
    cases = LABELLED.cases()
    found = LABELLED.record_shapes("Chủ trì|Thư ký",
                                   "Kính gửi|Thành phần|Thời gian|Thời gian niêm yết|Địa điểm|Địa điểm niêm yết|"
                                   "Cơ quan ban hành|Nội dung|Có mặt|Lý do sửa đổi|Hình thức lấy ý kiến|Kết quả")
    leader = re.compile(r"Trưởng thôn|Tổ trưởng tổ dân phố|TRƯỞNG THÔN|TỔ TRƯỞNG TỔ DÂN PHỐ")
    front = re.compile(r"Trưởng ban công tác Mặt trận|TRƯỞNG BAN CÔNG TÁC MẶT TRẬN")
    both = LABELLED.files_naming_both(leader, front)
    both_lawful = [m for c in cases for m in c["must_not_flag"]
                   if leader.search(m["contains"]) and front.search(m["contains"])]
    assert len(found["tables"]) >= 8, found["tables"]
    assert len(found["minutes"]) >= 8, found["minutes"]
    assert len(found["labelled"]) >= 8, found["labelled"]
    assert len(found["wrapped"]) >= 5, found["wrapped"]
    assert found["on_table_rows"] >= 10
    assert len(both) >= 10, both
    assert len(both_lawful) >= 8
    assert LABELLED.shape_spread_problems(kinds=6) == []


def test_counts_add_up():
    """Every share written with its percentage is right to the first decimal: «a/b ... (x,y%)» in a sentence or a
    row, and the table rows «| villages | households | approving | x,y% |» of the commune's report."""
    assert LABELLED.written_share_problems(sentences=25, rows=4) == []


def test_thresholds_are_met_on_all_households():
    """Every approval share «a/b ... (x,y%)» (one after «tán thành», «đồng ý» or «phiếu, bằng», and not a count of
    those attending) in a document dated from 01/07/2023 is over half of its base — all households, or all villages
    (Law 10/2022 Art. 21.1, Decree 61/2023 Art. 10) — and one on a line that speaks of a contribution or of two-thirds
    is at least two-thirds: the set's lawful figures really meet the law's base."""
    wrong, checked = LABELLED.approval_share_problems(re.compile(r"tán thành|Tán thành|đồng ý|Đồng ý|phiếu, bằng"),
                                                      re.compile(r"hai phần ba|Bê tông|đóng góp"), since="2023-07-01",
                                                      skip_present=True)
    assert wrong == []
    assert checked >= 12


def test_the_set_was_opened_for_study():
    """Blind until session 38, which opened it (the oldest blind lawful set): it is studied now and keeps floors."""
    assert "checker_lawful22" not in BLIND
