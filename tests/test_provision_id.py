"""ProvisionId: the one builder and reader of unit ids, checked on ids the knowledge base really holds."""
from __future__ import annotations

import pytest

from kb.model import ProvisionId
from kb.store import Store
from kb.vntext import vn_date


def test_parse_format_and_levels_of_a_point():
    pid = ProvisionId.parse("59/2023/NĐ-CP:d3:k1:c")
    assert (pid.doc, pid.article, pid.clause, pid.point) == ("59/2023/NĐ-CP", "3", "1", "c")
    assert str(pid) == "59/2023/NĐ-CP:d3:k1:c"
    assert pid.label == "điểm c khoản 1 Điều 3"
    assert str(pid.parent) == "59/2023/NĐ-CP:d3:k1"
    assert [str(a) for a in pid.ancestors()] == ["59/2023/NĐ-CP:d3", "59/2023/NĐ-CP:d3:k1", "59/2023/NĐ-CP:d3:k1:c"]
    assert str(pid.article_id()) == "59/2023/NĐ-CP:d3"
    assert ProvisionId.build("59/2023/NĐ-CP", "3", "1", "c") == pid


def test_point_d_with_stroke_paragraphs_subclauses_and_local_ids():
    assert ProvisionId.parse("10/2022/QH15:d5:k2:đ").point == "đ"
    para = ProvisionId.parse("24/2018/QH14:d1:p1")
    assert (para.point, para.paragraph, para.label) == (None, "1", "đoạn 1 Điều 1")
    sub = ProvisionId.parse("02/2007/TTLT-BCA-BLĐTBXH-BTC:d2:k1.2")
    assert (sub.clause, sub.label) == ("1.2", "tiểu mục 1.2 Điều 2")
    local = ProvisionId.parse("local:003_19b9395f2570e0a7:mII:k2.6:b")
    assert local.doc == "local:003_19b9395f2570e0a7"
    assert (local.article, local.point, local.article_id()) == (None, "b", None)
    assert local.label == "điểm b tiểu mục 2.6"  # the section part "mII" is a heading, not a provision


def test_sort_key_follows_reading_order():
    ids = ["x:d10", "x:d2a", "x:d2:k1.10", "x:d2", "x:d2:k1.2", "x:d2:k1:đ", "x:d2:k1:d"]
    ordered = [str(p) for p in sorted(map(ProvisionId.parse, ids), key=ProvisionId.sort_key)]
    assert ordered == ["x:d2", "x:d2:k1:d", "x:d2:k1:đ", "x:d2:k1.2", "x:d2:k1.10", "x:d2a", "x:d10"]


@pytest.mark.parametrize("uid", ["59/2023/NĐ-CP:d3:k1:c", "10/2022/QH15:d15", "61/2023/NĐ-CP:d6:k2"])
def test_ids_of_the_knowledge_base_round_trip(kb_path, uid):
    store = Store(kb_path, readonly=True)
    unit = store.unit(uid)
    assert unit is not None
    pid = ProvisionId.of(unit)
    assert str(pid) == unit.uid and pid.doc == unit.doc_id
    for ancestor in pid.ancestors():
        assert store.unit(str(ancestor)) is not None


def test_vn_date_one_formatter():
    assert vn_date("2023-08-14") == "14/08/2023"
    assert vn_date(None) == "(chưa rõ ngày)"
    assert vn_date(None, missing="?") == "?"
    assert vn_date("2018") == "2018"
