"""Pure helpers of the web app (ui.format, ui.commands_ui): no Streamlit run, no KB."""
from __future__ import annotations

import pytest

from kb.citations.parse import parse_citation
from ui.commands_ui import streamlit_command
from ui.format import (
    UPLOAD_LIMIT_MB, ancestor_uids, breadcrumb, highlight_html, is_citation_query, plain_snippet,
    safe_filename, severity_info, short_heading, status_colour, uid_parts, upload_problem, vn_date,
)


@pytest.mark.parametrize("snippet, expected", [
    ("Hội nghị [[thôn]] bàn", "Hội nghị <mark>thôn</mark> bàn"),
    ("[[Nhân dân]] bàn và [[quyết định]]", "<mark>Nhân dân</mark> bàn và <mark>quyết định</mark>"),
    # The law's own text is escaped, marks included.
    ("a < b & [[<script>]]", "a &lt; b &amp; <mark>&lt;script&gt;</mark>"),
    # An unbalanced mark stays visible as typed instead of swallowing the rest.
    ("mở [[ không đóng", "mở [[ không đóng"),
    ("", ""),
])
def test_highlight_html(snippet, expected):
    assert highlight_html(snippet) == expected


def test_plain_snippet_drops_only_marks():
    assert plain_snippet("[[Trưởng thôn]] do [[Nhân dân]] bầu") == "Trưởng thôn do Nhân dân bầu"


def test_uid_parts_and_ancestors():
    assert uid_parts("59/2023/NĐ-CP:d3:k1:c") == {
        "doc": "59/2023/NĐ-CP", "article": "3", "clause": "1", "point": "c"}
    assert uid_parts("10/2022/QH15:d1:p1")["point"] is None
    assert ancestor_uids("59/2023/NĐ-CP:d3:k1:đ") == [
        "59/2023/NĐ-CP:d3", "59/2023/NĐ-CP:d3:k1", "59/2023/NĐ-CP:d3:k1:đ"]


def test_breadcrumb_links_units_not_headings():
    crumbs = breadcrumb("10/2022/QH15", "Luật 10/2022/QH15",
                        ("Chương II. THỰC HIỆN DÂN CHỦ Ở XÃ, PHƯỜNG, THỊ TRẤN", "Mục 2. Nhân dân bàn"),
                        [("10/2022/QH15:d15", "article", "15"), ("10/2022/QH15:d15:k4", "clause", "4")])
    assert [c.label for c in crumbs] == [
        "Luật 10/2022/QH15", "Chương II. Thực hiện dân chủ ở xã, phường, thị trấn",
        "Mục 2. Nhân dân bàn", "Điều 15", "Khoản 4"]
    assert crumbs[0].doc == "10/2022/QH15" and crumbs[0].uid is None
    assert crumbs[1].uid is None and crumbs[1].doc is None
    assert crumbs[-1].uid == "10/2022/QH15:d15:k4"


def test_short_heading_cuts_long_titles():
    long = "Chương I. " + "RẤT DÀI " * 20
    out = short_heading(long, width=40)
    assert len(out) == 40 and out.endswith("…") and out.startswith("Chương I. Rất dài")


@pytest.mark.parametrize("name, size, fragment", [
    ("du-thao.doc", 100, ".doc"),
    ("anh.png", 100, "không được hỗ trợ"),
    ("khong-duoi", 100, "không được hỗ trợ"),
    ("rong.txt", 0, "rỗng"),
    ("lon.pdf", UPLOAD_LIMIT_MB * 1024 * 1024 + 1, "quá lớn"),
])
def test_upload_problem_refuses_with_vietnamese_message(name, size, fragment):
    msg = upload_problem(name, size)
    assert msg is not None and fragment in msg and name in msg


@pytest.mark.parametrize("name", ["Du thao.DOCX", "a.pdf", "b.txt"])
def test_upload_problem_accepts_supported(name):
    assert upload_problem(name, 1234) is None
    assert upload_problem(name, UPLOAD_LIMIT_MB * 1024 * 1024) is None


@pytest.mark.parametrize("query, opens", [
    ("Điều 15 Luật 10/2022/QH15", True),
    ("khoan 2 dieu 6 nd 61/2023", True),
    ("xem Điều 3 Nghị định 59/2023/NĐ-CP", True),
    ("thời hạn công khai thông tin theo Điều 11 Luật 10/2022/QH15 là bao lâu", False),
])
def test_citation_query_vs_search_with_citation_inside(query, opens):
    cit = parse_citation(query)
    assert cit is not None
    assert is_citation_query(query, cit.start, cit.end) is opens


def test_small_formatters():
    assert vn_date("2023-07-01") == "01/07/2023"
    assert vn_date(None) == "?"
    assert status_colour("hết hiệu lực") == "red"
    assert status_colour("còn hiệu lực, đã được sửa đổi") == "orange"
    assert status_colour("còn hiệu lực") == "green"
    assert severity_info("lỗi")[0] == "Lỗi" and severity_info("cảnh báo")[1] == 1
    assert severity_info("gợi ý") == ("Gợi ý", 2, "blue")
    assert severity_info("lạ")[1] == 3
    assert safe_filename("Dự thảo quy chế.docx", "md") == "Dự-thảo-quy-chế.kiem-tra.md"


def test_streamlit_command_stays_on_loopback():
    cmd = streamlit_command(8600)
    opts = dict(zip(cmd[5::2], cmd[6::2]))
    assert cmd[1:4] == ["-m", "streamlit", "run"] and cmd[4].endswith("ui/app.py")
    assert opts["--server.address"] == "127.0.0.1"
    assert opts["--server.port"] == "8600"
    assert opts["--server.headless"] == "true"
    assert opts["--browser.gatherUsageStats"] == "false"
    assert int(opts["--server.maxUploadSize"]) >= UPLOAD_LIMIT_MB


def test_dccs_ui_refuses_a_busy_port(capsys):
    """`dccs ui --port N` on a port already listening: a Vietnamese message, exit 2, no server."""
    import socket

    from ui.cli import main

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        assert main(["ui", "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert f"cổng {port} đang được dùng" in err
    assert main(["ui", "--port", "70000"]) == 2
    assert "không hợp lệ" in capsys.readouterr().err
