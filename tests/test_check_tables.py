"""checker.tables: a flattened table row read as the sentence it stands for (pure; no knowledge base)."""
from __future__ import annotations

from checker.tables import carried_cell, from_tabs, named_rows, row_facts, space_row


def test_values_under_their_header():
    rows = ["| Tổng số hộ trong thôn | Đại diện hộ có mặt | Số hộ vắng |", "| 186 | 131 | 56 |"]
    assert row_facts(rows) == [None, "Tổng số hộ trong thôn: 186; Đại diện hộ có mặt: 131; Số hộ vắng: 56"]


def test_a_label_and_its_values():
    rows = ["| Nội dung | Số hộ | Tỷ lệ |", "| Số đại diện hộ tán thành cho thôi | 90 | 80,4% số hộ dự họp |"]
    assert row_facts(rows)[1] == "Số đại diện hộ tán thành cho thôi: 90 (Tỷ lệ: 80,4% số hộ dự họp)"


def test_a_person_keeps_what_the_figure_counts():
    rows = ["| Người ứng cử | Số phiếu đồng ý | Tỷ lệ so với tổng số hộ |", "| Hồ Văn Lành | 90 | 47,6% |"]
    assert row_facts(rows)[1] == "Hồ Văn Lành (Người ứng cử), Số phiếu đồng ý: 90 (Tỷ lệ so với tổng số hộ: 47,6%)"
    # without a header the first cell stays a label
    assert row_facts(["| Hồ Văn Lành | 90 | 47,6% |"]) == ["Hồ Văn Lành: 90 (47,6%)"]


def test_a_numbered_list_item_is_no_fact():
    rows = ["| TT | Họ và tên | Chức vụ |", "| 1 | Ông Lò Văn A | Trưởng ban |"]
    assert row_facts(rows) == [None, None]
    assert named_rows(rows) == [None, "TT: 1; Họ và tên: Ông Lò Văn A; Chức vụ: Trưởng ban"]


def test_a_table_pasted_as_tabs_is_read_as_rows():
    lines = ["Kết quả bầu:", "TT\tHọ và tên\tSố phiếu bầu\tTỷ lệ", "1\tLù Văn Dũng\t69\t42,1%",
             "2\tSùng A Chớ\t58\t35,4%", "Căn cứ kết quả trên, …"]
    assert from_tabs(lines) == ["Kết quả bầu:", "| TT | Họ và tên | Số phiếu bầu | Tỷ lệ |",
                                "| 1 | Lù Văn Dũng | 69 | 42,1% |", "| 2 | Sùng A Chớ | 58 | 35,4% |",
                                "Căn cứ kết quả trên, …"]


def test_a_two_column_heading_or_a_signature_block_is_no_table():
    heading = ["UBND XÃ KHAU LĨNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
               "Số: 12/NQ-HĐND\tMù Sương, ngày 15 tháng 7 năm 2026"]
    signatures = ["TỔ TRƯỞNG\tTHƯ KÝ", "(đã ký)\t(đã ký)", "Hà Văn Páo\tSần Thị Lan"]
    indented = ["- Tổ bầu cử:", "\t+ Ông Hà Văn Páo - Tổ trưởng;", "\t+ Bà Sần Thị Lan - thành viên."]
    for lines in (heading, signatures, indented):
        assert from_tabs(lines) == lines
    # rows of unequal width are no table either
    assert from_tabs(["a\tb\t1", "c\t2"]) == ["a\tb\t1", "c\t2"]


def test_a_numbered_candidates_row_is_read_as_its_person():
    rows = ["| TT | Họ và tên | Số phiếu bầu | Tỷ lệ so với tổng số hộ |", "| 1 | Lò Văn Cò | 69 | 42,1% |"]
    assert row_facts(rows)[1] == "Lò Văn Cò (Họ và tên), Số phiếu bầu: 69 (Tỷ lệ so với tổng số hộ: 42,1%)"
    # a numbered list of posts stays a list item
    assert row_facts(["| STT | Họ và tên | Chức vụ | Ghi chú |", "| 1 | Ông Lò Văn A | Trưởng ban | |"])[1] is None


def test_a_table_pasted_with_tabs_under_a_two_column_heading():
    lines = ["ỦY BAN NHÂN DÂN XÃ A\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TT\tHọ và tên\tSố phiếu",
             "1\tLò Văn Cò\t69", "2\tLò Thị Sáo\t58", "Một\tdòng\tbốn\tô, một mình", "TRƯỞNG BAN\tTHƯ KÝ"]
    assert from_tabs(lines) == [lines[0], "| TT | Họ và tên | Số phiếu |", "| 1 | Lò Văn Cò | 69 |",
                               "| 2 | Lò Thị Sáo | 58 |", lines[4], lines[5]]


def test_a_tab_pasted_list_of_members_is_a_table():
    lines = ["Họ và tên\tChức vụ\tChức danh trong Ban", "Lê Văn An\tKế toán trưởng\tPhó Trưởng ban",
             "Hà Thị Bình\tNhân viên\tỦy viên"]
    assert from_tabs(lines)[1] == "| Lê Văn An | Kế toán trưởng | Phó Trưởng ban |"
    # two rows of three cells, without a figure, stay lines
    assert from_tabs(lines[:2]) == lines[:2]


def test_a_row_of_people_aligned_with_spaces_and_a_cell_carried_over():
    row = "Phó Trưởng ban    Ông Đào Minh Sơn    Công chức Phòng Kinh tế xã"
    assert space_row(row) == ["Phó Trưởng ban", "Ông Đào Minh Sơn", "Công chức Phòng Kinh tế xã"]
    # a sentence typed with two spaces between every word is no row: no cell of several words
    assert space_row("Thôn  họp  ngày  05  tháng  6") is None
    assert space_row("| 1 | Ông A | Trưởng ban |") is None and space_row("Ông A    Trưởng ban") is None
    assert carried_cell("                    TNHH Xây dựng Hưng Phát (nhà thầu thi công)")
    assert not carried_cell("TNHH Xây dựng Hưng Phát (nhà thầu thi công)")
    assert not carried_cell("                    Ông A    Trưởng ban    Ủy viên")


def test_a_cell_cut_over_two_lines_is_joined_back_into_its_row():
    from checker.tables import join_carried_cells
    lines = ["   Họ và tên         Năm sinh   Nghề nghiệp, chức vụ                               Số phiếu",
             "   Trần Văn Bảo      1971       Làm ruộng; em ruột ông Hưng, Giám đốc Công ty         148",
             "                                TNHH Xây dựng Hưng Phát (nhà thầu)",
             "   Lưu Thị Hạnh      1986       Buôn bán                                              137"]
    out = join_carried_cells(lines)
    assert len(out) == 4 and out[2] == "" and out[3] == lines[3]
    assert "Giám đốc Công ty TNHH Xây dựng Hưng Phát (nhà thầu)" in out[1] and out[1].rstrip().endswith("148")
    # a signature grid: a name under a title in capitals is no carried cell
    grid = ["THƯ KÝ                 TM. BAN CHẤP HÀNH CÔNG ĐOÀN          GIÁM ĐỐC",
            "Vừ Thị Nhạn            CHỦ TỊCH                             Bế Văn Hải",
            "                       Lộc Thị Âu"]
    assert join_carried_cells(grid) == grid
