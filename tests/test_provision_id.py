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


def test_sub_builds_every_segment_the_readers_write():
    root = ProvisionId("59/2023/NĐ-CP")
    assert str(root.sub("article", "3").sub("clause", "1").sub("point", "c")) == "59/2023/NĐ-CP:d3:k1:c"
    assert str(root.sub("article", "1").sub("subclause", "3.1")) == "59/2023/NĐ-CP:d1:k3.1"
    assert str(root.sub("article", "5").sub("paragraph", "2")) == "59/2023/NĐ-CP:d5:p2"
    local = ProvisionId("local:001_ab")
    assert [str(local.sub(level, label)) for level, label in (
        ("basis", "1"), ("preamble", "2"), ("closing", ""), ("attachment", "1"), ("part", "thứ-hai"),
        ("chapter", "ii"), ("section", "II"))] == [
        "local:001_ab:cc1", "local:001_ab:lm2", "local:001_ab:nn", "local:001_ab:kt1",
        "local:001_ab:phthứ-hai", "local:001_ab:cii", "local:001_ab:mII"]
    # an attached document's article reads back with its article label
    art = local.sub("attachment", "1").sub("article", "4")
    assert ProvisionId.parse(str(art), "local:001_ab").article == "4"


def test_within_and_the_range_of_the_units_under_an_id():
    assert ProvisionId.within("x:d3:k1:c", "x:d3") and ProvisionId.within("x:d3", "x:d3")
    assert not ProvisionId.within("x:d31", "x:d3") and not ProvisionId.within("x:d3", "x:d3:k1")
    low, high = ProvisionId.under_range("x:d3")
    ids = ["x:d3", "x:d3:k1", "x:d3:k1.2", "x:d3:k9:đ", "x:d30", "x:d3a", "x:d4"]
    assert [i for i in ids if low < i < high] == ["x:d3:k1", "x:d3:k1.2", "x:d3:k9:đ"]


def test_with_doc_renames_the_document_only():
    pid = ProvisionId.parse("local:plan:d2:k1", "local:plan")
    assert str(pid.with_doc("local:plan~1a2b3c4d")) == "local:plan~1a2b3c4d:d2:k1"


def test_read_accepts_a_provision_id_and_nothing_else():
    for uid in ("59/2023/NĐ-CP:d3:k1:c", "10/2022/QH15:d15", "59/2023/NĐ-CP:d3:c", "x:d2:k1.2:b",
                "Nghị quyết 24/2008/QH12:d3", "local:001_ab:d2:k1"):
        assert str(ProvisionId.read(uid)) == uid
    for text in ("59/2023/NĐ-CP", "x:k1", "Điều 3: quyền của công dân", "x:d3:k1:c:p2", ":d3", "x:d3:kk"):
        assert ProvisionId.read(text) is None, text


def test_a_colon_inside_the_document_part_parses_without_the_document():
    # a pháp điển note gives this document id; its units must read back the same with or without it
    doc = "Thông tư số 68/2015/TT- BTNMT … tỷ lệ 1:500, 1:1000, 1:2000, 1:5000"
    pid = ProvisionId.parse(f"{doc}:d1:p1")
    assert (pid.doc, pid.article, pid.paragraph) == (doc, "1", "1") and pid.well_formed()
    assert ProvisionId.parse("ext:159/2016/NĐ-CP").doc == "ext:159/2016/NĐ-CP"
    assert ProvisionId.parse("local:c:d1").doc == "local:c"


def test_every_id_of_the_knowledge_base_is_well_formed_and_parses_alone(kb_path):
    with Store(kb_path, readonly=True) as store:
        for uid, doc, _parent, _level in store.unit_tree():
            pid = ProvisionId.parse(uid)
            assert pid == ProvisionId.parse(uid, doc) and pid.well_formed(), uid
