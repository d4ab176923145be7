"""s36-hz: CF-24's (and CF-23's) reading of periods. A date — «03/10/2025», «ngày 05 tháng 10» — is never a count of
days; a span «từ … đến …» is read as the days it covers, both ends counted; a period whose own stretch names the
commune's broadcast («phát thanh 03 ngày liên tục», «đọc trên loa 02 ngày») is Law Art. 13.3's, not the
consultation's (Art. 28.2) nor the posting's (Art. 13.2): ``quantity.other_act``."""
from __future__ import annotations

import pytest

from checker.dates import find_spans
from checker.kinds.conflict.quantity import _other_act_period
from checker.quantities import find_quantities
from checker.text import fold_keep_length

_BROADCAST = ("truyền thanh", "re:(?<!đài\\s)phát\\s+thanh(?!\\s+viên)", "re:(?<!\\w)loa(?!\\w)")


def _folded(text: str) -> str:
    return fold_keep_length(text).lower()


@pytest.mark.parametrize("text, days", [
    ("Niêm yết từ 04/9/2025 đến 03/10/2025", [30]),
    ("Lấy ý kiến từ ngày 10/9/2025 đến ngày 05 tháng 10 năm 2025", [26]),
    ("Góp ý từ 04/9 đến 03/10/2025", [30]),
    ("Lấy ý kiến đến hết ngày 05 tháng 10 năm 2025", []),
    ("Hạn gửi ý kiến: ngày 03/10/2025", []),
])
def test_a_date_is_no_count_of_days(text, days):
    f = _folded(text)
    assert find_quantities(f, f) == []
    assert [s.days for s in find_spans(f)] == days


def _days(text: str):
    f = _folded(text)
    return f, [q for q in find_quantities(f, f) if q.unit == "days"]


@pytest.mark.parametrize("text", [
    "| Niêm yết từ 04/9/2025 đến 03/10/2025; phát thanh 03 ngày liên tục |",
    "Lấy ý kiến từ ngày 06/4/2026 đến hết ngày 30/4/2026, đọc trên loa của các thôn 02 ngày liên tục.",
    "Kết quả được thông báo trên hệ thống truyền thanh của xã ít nhất 03 ngày liên tục.",
])
def test_a_broadcasts_period_is_another_acts(text):
    f, qs = _days(text)
    assert qs and all(_other_act_period(f, f, q, _BROADCAST) for q in qs)


@pytest.mark.parametrize("text", [
    "Lấy ý kiến Nhân dân trong 10 ngày, đọc trên loa của các thôn 03 ngày liên tục.",
    "Niêm yết tại nhà văn hóa thôn 15 ngày liên tục; phát thanh 03 ngày.",
    "Thời gian lấy ý kiến: 15 ngày kể từ ngày công khai dự thảo.",
])
def test_the_acts_own_period_before_a_broadcast_still_reads(text):
    f, qs = _days(text)
    assert not _other_act_period(f, f, qs[0], _BROADCAST)
