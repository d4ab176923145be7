"""Benchmark learning material (kb.learning) on a built knowledge base.

    python bench/learn_bench.py --kb /tmp/kb1.sqlite [--runs 7]

Prints median, p95 and peak Python memory per step, and the ratio to a
reference: reading the same provisions' text out of the store (the least any
tool must do). Speed is measured here, never asserted in tests.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kb.learning import export  # noqa: E402
from kb.learning.provisions import FoldedTextFinder, scope_for_citations, scope_for_topic  # noqa: E402
from kb.learning.quiz import make_quiz  # noqa: E402
from kb.learning.sheet import build_sheet  # noqa: E402
from kb.learning.verify import read_key, verify_key  # noqa: E402
from kb.citations.labels import full_text  # noqa: E402
from kb.store import Store  # noqa: E402

TOPICS = ("Ban Thanh tra nhân dân", "hương ước", "hội nghị định kỳ")
SAMPLE_KEY = ROOT / "tests" / "data" / "contest_key_sample.csv"


def measure(fn, runs: int) -> tuple[float, float, float]:
    """(median s, p95 s, peak MB of Python allocations): timed untraced, then one traced run."""
    fn()  # warm caches (facts file, compiled patterns) as a long-lived app would have them
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95, peak


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kb", required=True)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    store = Store(args.kb, readonly=True)
    finder = FoldedTextFinder(store)
    scope59 = scope_for_citations(store, ["Nghị định 59/2023/NĐ-CP"])
    topic_scopes = [scope_for_topic(store, t, finder) for t in TOPICS]

    def reference_59():
        for a in store.units_of("59/2023/NĐ-CP", "article"):
            full_text(store, a)

    def reference_topics():
        for sc in topic_scopes:
            for u in sc.units:
                store.unit(u.uid)

    rows = []
    ref59 = measure(reference_59, args.runs)
    ref_topics = measure(reference_topics, args.runs)
    rows.append(("tham chiếu: đọc văn bản NĐ 59 (31 điều)", ref59, None))
    rows.append(("tham chiếu: đọc các đơn vị của 3 chủ đề", ref_topics, None))
    rows.append(("FoldedTextFinder: dựng chỉ mục (1 lần)", measure(lambda: FoldedTextFinder(store), args.runs), None))
    rows.append(("tìm 3 chủ đề (scope_for_topic)",
                 measure(lambda: [scope_for_topic(store, t, finder) for t in TOPICS], args.runs), ref_topics))
    rows.append(("tài liệu học tập cho 3 chủ đề (build_sheet)",
                 measure(lambda: [build_sheet(store, sc) for sc in topic_scopes], args.runs), ref_topics))
    rows.append(("30 câu hỏi về NĐ 59 (make_quiz)", measure(lambda: make_quiz(store, scope59, 30, 1), args.runs), ref59))
    rows.append(("100 câu hỏi về Luật + 2 NĐ (make_quiz)",
                 measure(lambda: make_quiz(store, scope_for_citations(
                     store, ["Luật 10/2022/QH15", "Nghị định 59/2023/NĐ-CP", "Nghị định 61/2023/NĐ-CP"]), 100, 1),
                     max(3, args.runs // 2)), ref59))
    rows.append(("kiểm tra đáp án mẫu (12 câu)", measure(lambda: verify_key(store, read_key(SAMPLE_KEY)), args.runs), None))
    sheet, quiz = build_sheet(store, topic_scopes[0]), make_quiz(store, topic_scopes[0], 20, 1)
    rows.append(("xuất md + html (BTTND, 20 câu)",
                 measure(lambda: (export.to_markdown(sheet, quiz), export.to_html(sheet, quiz)), args.runs), None))
    if export.find_chromium():
        html_text = export.to_html(sheet, quiz)
        with tempfile.TemporaryDirectory() as tmp:
            rows.append(("xuất PDF bằng Chromium headless (BTTND)",
                         measure(lambda: export.write_pdf(html_text, Path(tmp) / "x.pdf"), 3), None))

    def cli():
        subprocess.run([sys.executable, "-m", "ui.cli", "learn", "--kb", args.kb, "--cite", "Nghị định 59/2023/NĐ-CP",
                        "--questions", "30", "--format", "json"], cwd=ROOT, check=True, capture_output=True)
    rows.append(("lệnh dccs learn --cite NĐ 59 --questions 30 (tiến trình mới)", measure(cli, 3), None))

    print(f"{'bước':64} {'trung vị':>9} {'p95':>9} {'bộ nhớ':>9} {'tỉ lệ':>7}")
    for name, (med, p95, peak), ref in rows:
        ratio = f"{med / ref[0]:6.0f}×" if ref else "      -"
        print(f"{name:64} {med * 1000:7.1f}ms {p95 * 1000:7.1f}ms {peak:6.1f} MB {ratio}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Bộ nhớ thường trú tối đa của tiến trình đo: {rss:.0f} MB; số lần đo: {args.runs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
