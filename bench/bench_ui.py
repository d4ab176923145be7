"""Web app pages: time for one full script run, as a user waits for it after a click.

Each page is run headless with Streamlit's AppTest against a built knowledge
base (``DCCS_KB`` or ``--kb``) after one warm-up run (caches filled, search
index open). The reference is the library call the page is built around, so
the ratio is the cost of the page itself (layout, links, rendering):

1. Điều khoản (Điều 15 Law 10/2022, with graph references) — ``ui.provision.load_provision``;
2. Điều khoản, a whole document (Decree 59/2023, table of contents) — ``store.units_of``;
3. Tra cứu, a free-text query — ``SearchEngine.search`` (when kb.search is installed);
4. Kiểm tra văn bản, the sample draft tests/data/ui_upload_draft.txt — ``checker.check_text``.

    DCCS_KB=/path/kb.sqlite python bench/bench_ui.py [--runs 7]

Prints median and p95 per page, peak RSS of the process, and the ratio page / reference.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "ui" / "app.py")
DRAFT = ROOT / "tests" / "data" / "ui_upload_draft.txt"


def stats(xs: list[float]) -> tuple[float, float]:
    xs = sorted(xs)
    return statistics.median(xs), xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def row(name: str, ours: list[float], ref: list[float] | None) -> None:
    med, p95 = stats(ours)
    ratio = f"{med / stats(ref)[0]:6.2f}x" if ref else "     - "
    ref_txt = f"ref {stats(ref)[0] * 1000:8.1f} ms" if ref else "ref        -   "
    print(f"{name:44} median {med * 1000:8.1f} ms  p95 {p95 * 1000:8.1f} ms  {ref_txt}  ratio {ratio}")


def page_run(page: str, **params):
    at = AppTest.from_file(APP, default_timeout=300).run()
    at.switch_page(page)

    def run():
        at.query_params.clear()
        at.query_params.update(params)
        at.run()
        assert not at.exception, [e.value for e in at.exception]
    run()  # warm-up
    return at, run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--kb", help="knowledge base (default: $DCCS_KB)")
    args = ap.parse_args()
    if args.kb:
        os.environ["DCCS_KB"] = args.kb
    from checker.engine import check_text
    from kb.graph import graph_is_built
    from kb.search import SearchEngine
    from kb.store import Store, default_kb_path
    from ui.provision import load_provision

    store = Store(default_kb_path())
    print(f"KB: {store.path} ({store.counts()['articles']} điều); graph: "
          f"{'có' if graph_is_built(store) else 'chưa dựng'}; runs: {args.runs}")

    _, run = page_run("views_provision.py", uid="10/2022/QH15:d15")
    row("Điều khoản: Điều 15 Luật 10/2022/QH15", timed(run, args.runs),
        timed(lambda: load_provision(store, "10/2022/QH15:d15"), args.runs))

    _, run = page_run("views_provision.py", doc="59/2023/NĐ-CP")
    row("Điều khoản: mục lục Nghị định 59/2023/NĐ-CP", timed(run, args.runs),
        timed(lambda: store.units_of("59/2023/NĐ-CP", "article"), args.runs))

    engine = SearchEngine.open(store)
    query = "nhan dan ban va quyet dinh"
    _, run = page_run("views_search.py", q=query)
    row(f"Tra cứu: «{query}»", timed(run, args.runs),
        timed(lambda: engine.run(query, limit=20), args.runs))

    at, _ = page_run("views_check.py")
    data = DRAFT.read_bytes()

    def check_page():
        at.file_uploader(key="chk_file").set_value((DRAFT.name, data, "text/plain")).run()
        at.button(key="chk_run").click().run()
        assert not at.exception and "chk_result" in at.session_state
    text = data.decode("utf-8")
    check_page()  # warm-up: the checker's pipeline and rule catalogue load once
    row("Kiểm tra: tải lên + kiểm tra + 4 tệp tải về", timed(check_page, args.runs),
        timed(lambda: check_text(text, store, source_name=DRAFT.name), args.runs))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
