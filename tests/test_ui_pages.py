"""Page logic of the web app, run headless with streamlit.testing's AppTest.

Every test runs the real entry script (ui/app.py) against the session's
full-corpus knowledge base, and reads what a user would see.
"""
from __future__ import annotations

import io
import json
import time
from pathlib import Path

import docx
import pytest
from streamlit.testing.v1 import AppTest

from ui.format import UPLOAD_LIMIT_MB

APP = str(Path(__file__).resolve().parents[1] / "ui" / "app.py")
TIMEOUT = 120  # the first run opens the search index


def texts(at: AppTest) -> str:
    """All visible text of a run, one element per line."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning",
                 "error", "success"):
        parts += [str(e.value) for e in getattr(at, kind)]
    parts += [str(getattr(e.proto, "label", "")) for e in at.get("page_link")]
    parts += [str(e.proto.label) for e in at.get("badge")] if at.get("badge") else []
    return "\n".join(parts)


def links(at: AppTest) -> list[tuple[str, str]]:
    """(label, query string) of every page link on the page."""
    return [(e.proto.label, e.proto.query_string) for e in at.get("page_link")]


@pytest.fixture(scope="module")
def prepared_kb(kb_path):
    """The session's KB with its graph and search index (what the app's first visit builds)."""
    from pipeline.prepare import prepare

    prepare(kb_path)
    return kb_path


@pytest.fixture
def app(prepared_kb, monkeypatch):
    monkeypatch.setenv("DCCS_KB", str(prepared_kb))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def open_page(at: AppTest, page: str, **params) -> AppTest:
    at.query_params.clear()
    at.query_params.update(params)
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


# -- frame and knowledge base -----------------------------------------------
def test_default_page_is_search_in_vietnamese(app):
    assert app.title[0].value == "Tra cứu văn bản pháp luật"
    box = search_box(app)
    assert box["label"] == "Từ khoá hoặc trích dẫn" and box["debounce"] > 0  # searches as people type
    labels = [s.label for s in app.selectbox]
    assert labels == ["Văn bản", "Loại văn bản"]
    # The core documents come first in the document filter.
    first = [o.split(" — ")[0] for o in app.selectbox(key="f_doc").options[1:4]]
    assert first == ["Luật 10/2022/QH15", "Nghị định 59/2023/NĐ-CP", "Nghị định 61/2023/NĐ-CP"]
    assert app.sidebar.caption[0].value.startswith("Cơ sở dữ liệu: ")
    assert app.sidebar.caption[0].value.endswith(" điều") and " văn bản, " in app.sidebar.caption[0].value


def test_missing_kb_is_built_once_in_the_background_with_shared_progress(tmp_path, monkeypatch, corpus):
    """No KB → the first visit starts the shared build (here of the 5 seeds and the law's đề mục);
    a second session sees the same build instead of starting another; when it is done the app
    opens. (The đề mục's 348 articles keep the build running for some seconds: with the seeds
    alone it could end before the second session looks.)"""
    from kb.store import Store
    from pipeline.prepare import read_status

    core = "phapdien/xay-dung-phap-luat-va-thi-hanh-phap-luat/thuc-hien-dan-chu-o-co-so.md"
    small = tmp_path / "corpus"
    (small / core).parent.mkdir(parents=True)
    (small / core).symlink_to(corpus / core)
    (small / "seeds").symlink_to(corpus / "seeds")
    kb = tmp_path / "kb" / "kb.sqlite"
    monkeypatch.setenv("DCCS_CORPUS", str(small))
    monkeypatch.setenv("DCCS_KB", str(kb))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == "Cơ sở dữ liệu tri thức"
    assert any("chạy nền, dùng chung cho mọi phiên" in w.value for w in at.warning)
    first = read_status(kb)
    assert first.state == "running"
    other = AppTest.from_file(APP, default_timeout=TIMEOUT).run()  # another browser tab
    assert not other.exception
    assert other.get("progress"), "the second session shows the build's progress"
    deadline = time.monotonic() + 300
    while read_status(kb).state == "running" and time.monotonic() < deadline:
        time.sleep(0.5)
    done = read_status(kb)
    assert done.state == "done", done
    assert len(list(tmp_path.glob("kb/*.prepare.lock"))) == 1
    with Store(kb, readonly=True) as store:
        n_docs = store.counts()["documents"]
    assert n_docs > 5
    at.run()
    assert at.sidebar.caption[0].value.startswith(f"Cơ sở dữ liệu: {n_docs} văn bản")
    assert any("Chỉ mục tìm kiếm: đã dựng." in m.value for m in at.markdown)
    assert any("Đồ thị liên kết: đã dựng." in m.value for m in at.markdown)
    at.switch_page("views_search.py").run()
    type_query(at, "dân chủ")  # the index is ready: results, no progress bar
    assert hit_links(at) and not at.get("progress"), texts(at)


# -- Điều khoản ------------------------------------------------------------------
def test_provision_page_breadcrumb_status_history_refs(app):
    at = open_page(app, "views_provision.py", uid="10/2022/QH15:d15")
    assert at.title[0].value == "Điều 15 Luật 10/2022/QH15"
    assert at.subheader[0].value == "Điều 15. Những nội dung Nhân dân bàn và quyết định"
    page = texts(at)
    # Breadcrumb văn bản › chương › mục › điều.
    assert "Chương II. Thực hiện dân chủ ở xã, phường, thị trấn" in page
    assert "Mục 2. Nhân dân bàn và quyết định" in page
    assert ("Luật 10/2022/QH15", "doc=10%2F2022%2FQH15") in links(at)
    # Status as of today rests on the 2025 amending law, said as uncertain.
    assert "còn hiệu lực, đã được sửa đổi" in page
    assert "97/2025/QH15" in page
    # Text of the six clauses, and a link to each.
    assert "Bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố." in page
    assert ("Khoản 4", "uid=10%2F2022%2FQH15%3Ad15%3Ak4") in links(at)
    # References both ways are links to the Decree 59/2023 articles that detail it.
    assert ("Điều 3 Nghị định 59/2023/NĐ-CP", "uid=59%2F2023%2FN%C4%90-CP%3Ad3") in links(at)
    assert "Được dẫn chiếu bởi" in page
    assert at.get("graphviz_chart"), "no neighbourhood picture"
    assert "Điều 15 Luật 10/2022/QH15" in at.get("graphviz_chart")[0].proto.spec


def test_provision_status_is_point_in_time(app):
    at = open_page(app, "views_provision.py", uid="10/2022/QH15:d15:k4")
    at.date_input(key="prov_as_of").set_value("2023-01-01").run()
    page = texts(at)
    assert "chưa có hiệu lực" in page and "01/07/2023" in page
    # The breadcrumb now reaches the clause; the article is a link.
    assert ("Điều 15", "uid=10%2F2022%2FQH15%3Ad15") in links(at)


def test_provision_page_opens_a_typed_citation_and_explains_misses(app):
    at = open_page(app, "views_provision.py")
    at.text_input(key="prov_cite").input("điểm c khoản 1 Điều 3 NĐ 59/2023").run()
    assert at.title[0].value == "điểm c khoản 1 Điều 3 Nghị định 59/2023/NĐ-CP"
    at.text_input(key="prov_cite").input("Điều 95 Luật 10/2022/QH15").run()
    assert any("không có Điều 95" in w.value and "91 điều" in w.value for w in at.warning)


def test_document_view_lists_articles_as_links(app):
    at = open_page(app, "views_provision.py", doc="61/2023/NĐ-CP")
    assert at.title[0].value == "Nghị định 61/2023/NĐ-CP"
    arts = [label for label, q in links(at) if q.startswith("uid=61%2F2023")]
    assert len(arts) == 25 and arts[0].startswith("Điều 1.")


def test_unknown_uid_is_a_clear_message(app):
    at = open_page(app, "views_provision.py", uid="10/2022/QH15:d999")
    assert any("Không có điều khoản mang mã «10/2022/QH15:d999»" in e.value for e in at.error)


# -- Tra cứu -------------------------------------------------------------------------
def search_box(at: AppTest) -> dict:
    """The search box's settings as the browser receives them (streamlit-keyup)."""
    box = [e for e in at.get("bidi_component") if e.proto.component_name == "st_keyup"]
    assert len(box) == 1, "no search box"
    proto = box[0].proto
    # the component's code ships inside its package: nothing is fetched from the network
    assert not any(s in (proto.js_content + proto.html_content + proto.css_content)
                   for s in ("http:", "https:", "//cdn", "import(")), "the search box loads remote code"
    return json.loads(proto.json)


def type_query(at: AppTest, text: str, *, enter: bool = False) -> AppTest:
    """What the box sends after the user typed ``text`` (and pressed Enter)."""
    at.session_state["_st_keyup_q"] = {"value": text}
    if enter:
        at.session_state["q_submitted"] = True  # the box's on_submit callback
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_search_box_citation_opens_the_provision_on_enter(app):
    type_query(app, "khoan 2 dieu 6 nd 61/2023")
    # while typing: a link to the provision, above the results; the page stays
    assert app.title[0].value == "Tra cứu văn bản pháp luật"
    assert ("Mở khoản 2 Điều 6 Nghị định 61/2023/NĐ-CP (Enter)", "uid=61%2F2023%2FN%C4%90-CP%3Ad6%3Ak2") in links(app)
    type_query(app, "khoan 2 dieu 6 nd 61/2023", enter=True)
    assert app.title[0].value == "khoản 2 Điều 6 Nghị định 61/2023/NĐ-CP"


def test_search_box_citation_to_missing_article_says_what_exists(app):
    type_query(app, "Điều 95 Luật 10/2022/QH15")
    assert any("không có Điều 95" in w.value for w in app.warning)


def hit_links(at: AppTest) -> list[tuple[str, str]]:
    return [(label, q) for label, q in links(at) if label[:1].isdigit()]


def test_search_words_without_diacritics_highlighted_results(app):
    type_query(app, "nhan dan ban")  # results follow the box as the user types
    partial = hit_links(app)
    assert partial
    type_query(app, "nhan dan ban va quyet dinh")
    hits = hit_links(app)
    assert len(hits) >= 5
    assert hits[0][0].startswith("1. ")
    # The Law's own articles on the topic come first, as links to the matched clause.
    assert any("Luật 10/2022/QH15" in label for label, _ in hits[:3])
    snippets = [m.value for m in app.markdown if 'class="dccs-snippet"' in m.value]
    assert len(snippets) == len(hits) and all("<mark>" in s for s in snippets)
    assert any("khôi phục dấu" in c.value for c in app.caption), "accent restoration not explained"
    assert app.query_params["q"] == "nhan dan ban va quyet dinh"  # shareable address


def test_search_filters_by_document(app):
    app.selectbox(key="f_doc").set_value("61/2023/NĐ-CP")
    type_query(app, "hương ước")
    hits = hit_links(app)
    assert hits and all("Nghị định 61/2023/NĐ-CP" in label for label, _ in hits)
    assert all(q.startswith("uid=61%2F2023%2FN%C4%90-CP") for _, q in hits)
    assert "Nghị định 61/2023/NĐ-CP" in " ".join(m.value for m in app.markdown if "kết quả" in m.value)


def test_search_runs_from_the_address(app):
    app.query_params["q"] = "Trưởng ban công tác Mặt trận"
    app.run()
    assert search_box(app)["value"] == "Trưởng ban công tác Mặt trận"
    assert app.session_state["q"] == "Trưởng ban công tác Mặt trận"
    assert hit_links(app)


# -- Kiểm tra văn bản ----------------------------------------------------------------
DRAFT = Path(__file__).resolve().parent / "data" / "ui_upload_draft.txt"


def check_page(app: AppTest) -> AppTest:
    return open_page(app, "views_check.py")


def test_check_page_upload_findings_coverage_downloads(app):
    at = check_page(app)
    assert at.title[0].value == "Kiểm tra văn bản"
    assert at.button(key="chk_run").disabled  # nothing to check yet
    # the types offered include an employer's owner (rules/doctypes.yaml variant_labels), as --type TYPE:VARIANT
    assert any(o.endswith("— doanh nghiệp nhà nước (Mục 1 Chương IV Luật)") for o in at.selectbox(key="chk_kind").options)
    at.file_uploader(key="chk_file").upload(DRAFT.name, DRAFT.read_bytes(), "text/plain").run()
    at.radio(key="chk_as_of_mode").set_value("khac").run()  # the check date: "Ngày khác"
    at.date_input(key="chk_date").set_value("2025-12-01")
    at.button(key="chk_run").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["chk_result"].report.as_of == "2025-12-01"
    page = texts(at)
    assert "Kết quả kiểm tra" in page
    # Findings grouped by severity, strongest first, each with its evidence and basis.
    groups = [m.value for m in at.markdown if m.value.startswith("### ")]
    assert groups and groups[0].startswith("### :red[Lỗi]")
    assert "34/2007/PL-UBTVQH11" in page  # the ended ordinance in the Căn cứ list
    assert "Dòng 16" in page
    assert any(label.startswith("Căn cứ: ") for label, _ in links(at))
    # What the check covered and its limits, said under the findings (checker/scope.py).
    assert any(e.label.startswith("Phạm vi kiểm tra: đã chạy ") for e in at.expander)
    assert "Giới hạn:" in page and "Luật 10/2022/QH15: Điều " in page
    # The coverage matrix and the downloads, rendered in memory.
    summary, coverage = at.dataframe[0].value, at.dataframe[1].value
    assert list(summary.columns[:2]) == ["Mức độ", "Dòng"]
    assert len(summary) == len(at.session_state["chk_result"].report.findings)
    assert coverage.columns[0] == "Nội dung bắt buộc"
    assert "THIẾU" in set(coverage["Tình trạng"])  # the draft lacks two of the four groups
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Tải báo cáo JSON", "Tải báo cáo Markdown", "Tải báo cáo HTML", "Tải DOCX có ghi chú"]
    result = at.session_state["chk_result"]
    assert not result.problems
    annotated = docx.Document(io.BytesIO(result.downloads["docx"]))
    assert len(list(annotated.comments)) == len(result.report.findings) > 0
    data = json.loads(result.downloads["json"])
    assert data["document"]["source"] == DRAFT.name
    assert "34/2007/PL-UBTVQH11" in result.downloads["md"].decode("utf-8")
    # Clearing forgets the upload's results.
    at.button(key="chk_clear").click().run()
    assert "chk_result" not in at.session_state


def test_check_page_and_the_cli_give_the_same_report(app, prepared_kb, capsys):
    """One way in: the page's JSON and Word downloads are what ``dccs check`` writes for the same
    file and date (both call checker.engine.check_upload and checker.render.report_bytes)."""
    from ui.cli import main

    at = check_page(app)
    at.file_uploader(key="chk_file").upload(DRAFT.name, DRAFT.read_bytes(), "text/plain").run()
    at.radio(key="chk_as_of_mode").set_value("khac").run()
    at.date_input(key="chk_date").set_value("2025-12-01")
    at.button(key="chk_run").click().run()
    web = json.loads(at.session_state["chk_result"].downloads["json"])
    capsys.readouterr()
    main(["check", str(DRAFT), "--as-of", "2025-12-01", "--json", "--kb", str(prepared_kb)])
    cli = json.loads(capsys.readouterr().out)
    assert web["document"].pop("source") == DRAFT.name and cli["document"].pop("source") == str(DRAFT)
    assert web == cli and web["findings"]


def test_check_page_pasted_text(app):
    at = check_page(app)
    at.radio(key="chk_source").set_value("Dán nội dung").run()
    at.text_area(key="chk_text").input(DRAFT.read_text(encoding="utf-8")).run()
    at.button(key="chk_run").click().run()
    assert not at.exception
    assert "34/2007/PL-UBTVQH11" in texts(at)


@pytest.mark.parametrize("name, data, fragment", [
    ("anh.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 32, "định dạng không được hỗ trợ"),
    ("cu.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 32, "lưu lại thành .docx"),
    ("rong.txt", b"", "rỗng"),
    ("lon.txt", b"a" * (UPLOAD_LIMIT_MB * 1024 * 1024 + 1), "quá lớn"),
])
def test_check_page_refuses_bad_uploads_before_reading(app, name, data, fragment):
    at = check_page(app)
    at.file_uploader(key="chk_file").upload(name, data).run()
    assert any(fragment in e.value and name in e.value for e in at.error), [e.value for e in at.error]
    assert at.button(key="chk_run").disabled


def test_check_page_unreadable_file_is_a_clear_message(app):
    """A .docx that is not a Word file: the loader's Vietnamese problem, no traceback."""
    at = check_page(app)
    at.file_uploader(key="chk_file").upload("hong.docx", b"PK\x03\x04 not really a zip").run()
    at.button(key="chk_run").click().run()
    assert not at.exception
    assert any(e.value.startswith("Không đọc được tệp «hong.docx»") for e in at.error), \
        [e.value for e in at.error]


# -- Học liệu ---------------------------------------------------------------------------
def test_learning_page_sheet_and_quiz_from_citations(app):
    at = open_page(app, "views_learning.py")
    assert at.title[0].value == "Học liệu"
    at.radio(key="learn_mode").set_value("Trích dẫn")
    at.text_input(key="learn_topic").input("Điều 11 Luật 10/2022/QH15; Điều 3 Nghị định 59/2023/NĐ-CP")
    at.number_input(key="learn_n").set_value(5)
    at.button[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    problems, sheet, quiz = at.session_state["learn_result"]
    assert not problems
    assert [a.citation for a in sheet.articles] == ["Điều 11 Luật 10/2022/QH15",
                                                    "Điều 3 Nghị định 59/2023/NĐ-CP"]
    assert ("Điều 11 Luật 10/2022/QH15. Những nội dung chính quyền địa phương cấp xã phải công khai",
            "uid=10%2F2022%2FQH15%3Ad11") in links(at)
    assert 0 < len(quiz.questions) <= 5
    # Every question's basis is a link to its provision.
    basis_links = [q for label, q in links(at) if label.startswith("Căn cứ: ")]
    assert len(basis_links) == len(quiz.questions)
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Tải Markdown", "Tải HTML (in được)", "Tải câu hỏi CSV", "Tải câu hỏi JSON"]


def test_learning_page_reports_unknown_citation(app):
    at = open_page(app, "views_learning.py")
    at.radio(key="learn_mode").set_value("Trích dẫn")
    at.text_input(key="learn_topic").input("Điều 200 Luật 10/2022/QH15")
    at.button[0].click().run()
    assert not at.exception
    assert any("không có Điều 200" in w.value for w in at.warning), [w.value for w in at.warning]
