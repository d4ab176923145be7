"""The ``actor`` reader (checker/kinds/conflict/actor.py) on the lawful sentence next to a violation — s26-lv's classes,
found by ``bench/lawful_flip_bench.py``: the act ruled out for the role, an actor with no lexicon role that only asks
for the act, and a label whose value is a clause with its own act. Each lawful sentence has its violating twin."""
from __future__ import annotations

import pytest

from checker import check_text
from checker.model import EXAMPLE_AS_OF
from checker.rules import catalogue

RULES = {r.id: r for r in catalogue()}


def _fires(store, rule_id: str, text: str, doc_type: str | None = "") -> bool:
    """The rule alone on ``text``, as the rule's first type (``doc_type`` "", the default) or as detected (None)."""
    rule = RULES[rule_id]
    report = check_text(text, store, doc_type=rule.applies_to[0] if doc_type == "" else doc_type, as_of=EXAMPLE_AS_OF,
                        source_name=f"{rule_id} s26-lv", rules=[rule])
    return any(f.rule == rule_id for f in report.findings)


_CUOI_NAM = "KẾ HOẠCH\nTổ chức hội nghị định kỳ cuối năm 2026 của thôn Đồng Bằng\n\n"
_THOI_LAM = "KẾ HOẠCH\nTổ chức cuộc họp cộng đồng dân cư xem xét cho thôi làm Trưởng thôn Lim Xanh\n\nII. NỘI DUNG\n"


@pytest.mark.parametrize("rule_id,lawful,violates", [
    # the act ruled out for the role (Law Art. 33.2: the Trưởng thôn convenes and chairs the periodic meeting)
    ("CF-158", _CUOI_NAM + "a) Chủ tịch UBND xã không được triệu tập và chủ trì hội nghị định kỳ cuối năm của thôn.",
     _CUOI_NAM + "a) Chủ tịch UBND xã triệu tập và chủ trì hội nghị định kỳ cuối năm của thôn."),
    # Decree 59 Art. 3.1.c: the Trưởng ban công tác Mặt trận convenes the dismissal meeting, never the Trưởng thôn
    ("CF-16", "Nghiêm cấm Trưởng thôn triệu tập và chủ trì cuộc họp của cộng đồng dân cư để cho thôi làm Trưởng thôn.",
     "Trưởng thôn triệu tập và chủ trì cuộc họp của cộng đồng dân cư để cho thôi làm Trưởng thôn."),
    # a label whose value is a clause with its own act: the clause's agent acts (Decree 59 Art. 3.1.c)
    ("CF-563", _THOI_LAM + "3. Người triệu tập và chủ trì: Chủ tịch UBND xã Kiền Kiền đề nghị Trưởng ban công tác Mặt "
     "trận triệu tập và trực tiếp chủ trì cuộc họp; bà Nông Thị Sa, Trưởng ban công tác Mặt trận thôn, tham gia.",
     _THOI_LAM + "3. Người triệu tập và chủ trì: Chủ tịch UBND xã Kiền Kiền triệu tập và trực tiếp chủ trì cuộc họp; bà "
     "Nông Thị Sa, Trưởng ban công tác Mặt trận thôn, tham gia điều hành."),
    # an actor the lexicon has no role for (``forbidden_cues``) that only proposes (Law Art. 50.2: the head decides
    # after agreeing with the Ban Chấp hành Công đoàn)
    ("CF-653", "Khi không thể tổ chức hội nghị viên chức vì lý do bất khả kháng, Ban Chấp hành Công đoàn trường đề "
     "nghị quyết định gửi phiếu lấy ý kiến viên chức.",
     "Khi không thể tổ chức hội nghị viên chức vì lý do bất khả kháng, Ban Chấp hành Công đoàn trường quyết định gửi "
     "phiếu lấy ý kiến viên chức."),
    ("CF-653", "Khi không thể tổ chức hội nghị viên chức vì lý do bất khả kháng, Ban Chấp hành Công đoàn trường không "
     "được quyết định gửi phiếu lấy ý kiến viên chức.",
     "Khi không thể tổ chức hội nghị viên chức vì lý do bất khả kháng, Ban Chấp hành Công đoàn trường quyết định gửi "
     "phiếu lấy ý kiến viên chức."),
])
def test_the_lawful_sentence_beside_a_violation(store, rule_id, lawful, violates):
    assert _fires(store, rule_id, violates), "the violating twin must still be read"
    assert not _fires(store, rule_id, lawful)


def test_a_label_whose_value_acts_by_the_same_role_keeps_it(store):
    """checker_unseen61 u61-11 L17 (a lost label while s26-lv made the label yield to its value's clause): «Chủ trì:
    ông A, Tổ trưởng tổ dân phố (người bị đề nghị cho thôi), triệu tập và điều hành cuộc họp» — the value's act has no
    other agent, the Tổ trưởng convenes its own dismissal meeting (Decree 59 Art. 3.1.c)."""
    text = ("BIÊN BẢN\nCuộc họp của cộng đồng dân cư về việc cho thôi làm Tổ trưởng tổ dân phố Gạch Cua\n\n"
            "B. THÀNH PHẦN\n"
            "- Chủ trì: ông Bạch Văn Toại, Tổ trưởng tổ dân phố (người bị đề nghị cho thôi), triệu tập và điều hành "
            "cuộc họp.")
    assert _fires(store, "CF-16", text, None)
