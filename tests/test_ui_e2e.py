"""End to end: the real app on a loopback port, driven by Debian's Chromium.

Starts ``streamlit run ui/app.py`` exactly as ``dccs ui`` does, then a user's
path: search, open a provision, follow a reference, upload a draft and read its
findings. Screenshots go to tests/artifacts/ui/ (gitignored) for a human to
look at. The browser may talk to 127.0.0.1 only; every other request is aborted
and counted.
"""
from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

from ui.commands_ui import streamlit_command

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PROJECT = Path(__file__).resolve().parents[1]
ARTIFACTS = PROJECT / "tests" / "artifacts" / "ui"
DRAFT = PROJECT / "tests" / "data" / "ui_upload_draft.txt"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
WAIT_MS = 120_000  # CI machines are slow
#: The first search opens the search index, and builds it if no earlier test did (minutes).
FIRST_SEARCH_MS = 900_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(kb_path, tmp_path_factory):
    from pipeline.prepare import prepare

    prepare(kb_path)  # what the app's first visit would start in the background
    port = free_port()
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    env = dict(os.environ, DCCS_KB=str(kb_path), PYTHONUTF8="1")
    with open(log, "wb") as out:
        proc = subprocess.Popen(streamlit_command(port), env=env, cwd=PROJECT,
                                stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                pytest.fail(f"streamlit exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(base + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"streamlit not healthy after 90 s:\n{log.read_text()[-3000:]}")
            time.sleep(0.5)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def on_failure(request):
    """Keep a screenshot of whatever the browser shows when a test fails."""
    pages = []
    failed_before = request.session.testsfailed
    yield pages.append
    # The call phase is reported before fixtures are torn down.
    if pages and request.session.testsfailed > failed_before:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        pages[0].screenshot(path=str(ARTIFACTS / f"FAILED_{request.node.name}.png"), full_page=True)


@pytest.fixture(scope="module")
def page(server):
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run must install Debian's chromium")
        pytest.skip(f"{CHROMIUM} is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    blocked: list[str] = []

    def only_loopback(route):
        host = urlparse(route.request.url).hostname
        if host in ("127.0.0.1", None) or route.request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 2600}, locale="vi-VN")
        context.route("**/*", only_loopback)
        pg = context.new_page()
        pg.set_default_timeout(WAIT_MS)
        pg.blocked = blocked
        yield pg
        context.close()
        browser.close()


def shot(pg, name: str) -> Path:
    time.sleep(0.5)  # let the last delta paint
    path = ARTIFACTS / f"{name}.png"
    pg.screenshot(path=str(path), full_page=True)
    return path


def wait_idle(pg) -> None:
    """Wait until Streamlit has finished the current script run."""
    pg.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=WAIT_MS)


def wait_count(pg, selector: str, n: int, timeout: int = WAIT_MS) -> None:
    """Wait until at least ``n`` elements match (results arrive in several deltas)."""
    pg.wait_for_function("([sel, n]) => document.querySelectorAll(sel).length >= n", arg=[selector, n],
                         timeout=timeout)


def search_box(pg):
    """The query box (streamlit-keyup renders a plain <input> under its label)."""
    box = pg.locator("input.stkeyup__input")
    box.wait_for()
    return box


def test_search_open_provision_upload_draft(server, page, on_failure):
    pg = page
    on_failure(pg)
    # 1. Tra cứu: words without diacritics, highlighted results.
    pg.goto(server + "/")
    pg.get_by_text("Tra cứu văn bản pháp luật").wait_for()
    box = search_box(pg)
    box.press_sequentially("nhan dan ban va quyet dinh", delay=40)  # results follow the typing
    wait_count(pg, '[data-testid="stMain"] [data-testid="stPageLink-NavLink"]', 5, FIRST_SEARCH_MS)
    wait_count(pg, '[data-testid="stMain"] .dccs-snippet mark', 5)
    wait_idle(pg)
    first = pg.locator('[data-testid="stMain"] [data-testid="stPageLink-NavLink"]').first.inner_text()
    assert first.startswith("1. ") and "Luật 10/2022/QH15" in first
    assert pg.get_by_text("kết quả", exact=False).first.is_visible()
    shot(pg, "01_tra_cuu")

    # 2. Điều khoản: open Điều 15 of the Law by its citation, then follow a reference.
    box = search_box(pg)
    box.fill("Điều 15 Luật Thực hiện dân chủ ở cơ sở")
    pg.get_by_role("link", name="Mở Điều 15 Luật 10/2022/QH15 (Enter)").wait_for()  # offered while typing
    box.press("Enter")
    pg.get_by_role("heading", name="Điều 15 Luật 10/2022/QH15").wait_for()
    pg.locator('[data-testid="stGraphVizChart"] svg').first.wait_for()  # the page's last element
    wait_idle(pg)
    assert "dieu-khoan" in pg.url and "uid=10%2F2022%2FQH15%3Ad15" in pg.url
    body = pg.inner_text("body")
    assert "Chương II" in body and "Tham chiếu" in body and "còn hiệu lực" in body
    shot(pg, "02_dieu_khoan")
    pg.get_by_role("link", name="Điều 3 Nghị định 59/2023/NĐ-CP").first.click()
    pg.get_by_role("heading", name="Điều 3 Nghị định 59/2023/NĐ-CP").wait_for()
    pg.get_by_text("Tổ chức cuộc họp của cộng đồng dân cư", exact=False).first.wait_for()

    # 3. Kiểm tra văn bản: upload our own draft and read its findings.
    pg.get_by_role("link", name="Kiểm tra văn bản").first.click()
    pg.get_by_role("heading", name="Kiểm tra văn bản").wait_for()
    pg.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(DRAFT))
    pg.get_by_text(DRAFT.name).first.wait_for()
    wait_idle(pg)
    pg.get_by_role("button", name="Kiểm tra", exact=True).click()
    pg.get_by_text("Ma trận bao quát", exact=False).first.wait_for()  # the report's last section
    wait_idle(pg)
    body = pg.inner_text("body")
    assert "Kết quả kiểm tra" in body
    # The draft cites an ordinance that ended on 01/07/2023 and a non-existent article.
    assert "34/2007/PL-UBTVQH11" in body
    assert "Điều 95" in body
    assert pg.get_by_role("button", name="Tải báo cáo JSON").is_visible()
    shot(pg, "03_kiem_tra")

    assert not pg.blocked, f"requests left the machine: {pg.blocked}"


def test_unsupported_upload_gets_a_vietnamese_message(server, page, tmp_path, on_failure):
    pg = page
    on_failure(pg)
    bad = tmp_path / "anh-chup.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    pg.goto(server + "/kiem-tra")
    pg.get_by_role("heading", name="Kiểm tra văn bản").wait_for()
    pg.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(bad))
    pg.get_by_text("định dạng không được hỗ trợ", exact=False).first.wait_for()
    shot(pg, "04_tep_khong_ho_tro")
    assert not pg.blocked
