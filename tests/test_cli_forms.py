"""`dccs show` accepts every form that any command prints (issue 11, item 5).

A provision is printed as a citation ("khoản 7 Điều 4 Nghị định 59/2023/NĐ-CP"),
as a bare number ("khoản 7 Điều 4 59/2023/NĐ-CP"), as the stable id every JSON
output carries ("59/2023/NĐ-CP:d4:k7") or as a pháp điển code ("44.13.NĐ.1.4").
Each must bring back the same unit of the real knowledge base.
"""
from __future__ import annotations

import json

import pytest

from kb.graph import build_graph
from tests.conftest import CORE_FILE
from ui.cli import main


def show_json(kb_path, capsys, query: str) -> dict:
    capsys.readouterr()
    rc = main(["show", query, "--json", "--kb", str(kb_path)])
    out, err = capsys.readouterr()
    assert rc == 0, (query, err)
    return json.loads(out)


@pytest.mark.parametrize("query, uid", [
    ("khoản 7 Điều 4 Nghị định 59/2023/NĐ-CP", "59/2023/NĐ-CP:d4:k7"),
    ("khoản 7 Điều 4 59/2023/NĐ-CP", "59/2023/NĐ-CP:d4:k7"),
    ("khoản 7 Điều 4 số 59/2023/NĐ-CP", "59/2023/NĐ-CP:d4:k7"),
    ("khoan 2 dieu 6 61/2023", "61/2023/NĐ-CP:d6:k2"),
    ("Điều 15 10/2022/QH15", "10/2022/QH15:d15"),
    ("59/2023/NĐ-CP:d4:k7", "59/2023/NĐ-CP:d4:k7"),
    ("59/2023/NĐ-CP:d3:k1:c", "59/2023/NĐ-CP:d3:k1:c"),
    ("10/2022/QH15:d15", "10/2022/QH15:d15"),
    ("44.13.NĐ.1.4", "59/2023/NĐ-CP:d4"),
    ("Điều 44.13.NĐ.2.11", "61/2023/NĐ-CP:d11"),
    ("44.13.LQ.15", "10/2022/QH15:d15"),
])
def test_show_accepts_each_printed_form(kb_path, capsys, query, uid):
    data = show_json(kb_path, capsys, query)
    assert data["uid"] == uid


def test_ids_of_local_and_disambiguated_documents_go_back_into_show(kb_path, capsys):
    """Ids whose document part is not a bare official number: a local file's document and a
    number two documents share (kept apart as "Nghị quyết …")."""
    for uid in ("local:001_dd7ef5a3fe288978:d2", "Nghị quyết 30/2016/QH14:d2:k1"):
        assert show_json(kb_path, capsys, uid)["uid"] == uid
    assert show_json(kb_path, capsys, "local:001_dd7ef5a3fe288978")["doc"] == "local:001_dd7ef5a3fe288978"
    capsys.readouterr()
    assert main(["show", "local:khong-co", "--kb", str(kb_path)]) == 1
    assert "local:khong-co" in capsys.readouterr().err


def test_a_stub_node_of_refs_goes_back_into_refs_and_show_says_why_it_has_no_text(kb_path, store, corpus, capsys):
    build_graph(store, only=[str(corpus / CORE_FILE)])  # Decree 59 ends 159/2016: an edge to a stub
    capsys.readouterr()
    assert main(["refs", "ext:159/2016/NĐ-CP", "--json", "--kb", str(kb_path)]) == 0
    assert json.loads(capsys.readouterr().out)["node"] == "ext:159/2016/NĐ-CP"
    assert main(["show", "ext:159/2016/NĐ-CP", "--kb", str(kb_path)]) == 1
    err = capsys.readouterr().err
    assert "159/2016/NĐ-CP" in err and "chưa có nội dung" in err and "không hiểu" not in err


def test_a_bare_number_does_not_swallow_a_following_clause_word(kb_path, capsys):
    # "Điều 4 59/2023/NĐ-CP" must not read "59" as an article or the number as a name
    data = show_json(kb_path, capsys, "Điều 4 59/2023/NĐ-CP")
    assert (data["doc"], data["article"], data["clause"]) == ("59/2023/NĐ-CP", 4, None)


def test_every_form_printed_by_show_and_cite_goes_back_into_show(kb_path, capsys):
    """Round trip: the citation, the uid and the pháp điển code that `show --json` and
    `cite --json` print are all accepted by `show` and name the same unit."""
    first = show_json(kb_path, capsys, "điểm c khoản 1 Điều 3 Nghị định 59/2023/NĐ-CP")
    for form in (first["citation"], first["uid"]):
        assert show_json(kb_path, capsys, form)["uid"] == first["uid"], form
    assert show_json(kb_path, capsys, first["phapdien_id"])["uid"] == "59/2023/NĐ-CP:d3"

    capsys.readouterr()
    rc = main(["cite", "--json", "--kb", str(kb_path),
               "Theo khoản 2 Điều 6 Nghị định 61/2023/NĐ-CP và Điều 15 Luật 10/2022/QH15"])
    found = json.loads(capsys.readouterr().out)
    assert rc == 0 and len(found) == 2
    for c in found:
        node = c["target"]["node"]
        assert show_json(kb_path, capsys, node)["uid"] == node
        assert show_json(kb_path, capsys, c["text"])["uid"] == node


def test_an_unknown_form_is_a_vietnamese_error_not_a_traceback(kb_path, capsys):
    capsys.readouterr()
    rc = main(["show", "59/2023/NĐ-CP:d999", "--kb", str(kb_path)])
    err = capsys.readouterr().err
    assert rc == 1 and "Không tìm thấy" in err and "Traceback" not in err
