"""Page «Cơ sở dữ liệu»: where the knowledge base is, and the shared build's progress.

The build is ``pipeline.prepare`` (knowledge base, link graph, search index in one
pass) run in a background process shared by every session: the first visit
starts it when something is missing, the button here starts a refresh from
the source folder, and every session shows the same progress.
"""
from __future__ import annotations

import streamlit as st

from pipeline.ingest import CorpusMissing, corpus_root
from kb.graph import graph_is_built
from kb.search.index import index_state
from ui import state
from ui.views_common import build_progress


def _n(x: int) -> str:
    return f"{x:,}".replace(",", ".")


st.title("Cơ sở dữ liệu tri thức")
kb = state.kb_state()
st.write(f"Tệp cơ sở dữ liệu: `{kb.path}`")
status = state.build_status()

if kb.ready and kb.counts:
    c = kb.counts
    cols = st.columns(4)
    cols[0].metric("Văn bản", _n(c["documents"]))
    cols[1].metric("Điều", _n(c["articles"]))
    cols[2].metric("Đơn vị (điều, khoản, điểm…)", _n(c["units"]))
    cols[3].metric("Tệp nguồn", _n(c["sources"]))
    st.write("Chỉ mục tìm kiếm: " + {
        "fresh": "đã dựng.", "stale": "cần cập nhật (đang dựng lại phần thay đổi).",
        "missing": "chưa dựng (đang dựng)."}[index_state(state.store())])
    st.write("Đồ thị liên kết: " + ("đã dựng." if graph_is_built(state.store()) else "chưa dựng (đang dựng)."))
    action = "Cập nhật từ kho văn bản nguồn"
    st.caption("Cập nhật chỉ đọc lại những tệp nguồn đã thay đổi, rồi cập nhật đồ thị và chỉ mục.")
    if status.state == "running":  # the base is read; the graph and the index are still being built
        st.warning("Đồ thị liên kết và chỉ mục tìm kiếm đang được dựng: việc dựng chạy nền, dùng chung cho mọi "
                   "phiên, vẫn tiếp tục khi đóng hoặc tải lại trang.")
else:
    st.warning(kb.problem + " Cơ sở dữ liệu, đồ thị liên kết và chỉ mục tìm kiếm được dựng một lần từ kho "
               "văn bản nguồn (Bộ pháp điển và các văn bản mẫu); việc dựng chạy nền, dùng chung cho mọi "
               "phiên, vẫn tiếp tục khi đóng hoặc tải lại trang.")
    action = "Dựng lại cơ sở dữ liệu"

try:
    root = corpus_root()
    st.write(f"Kho văn bản nguồn: `{root}`")
except CorpusMissing as exc:
    root = None
    st.error(str(exc))

if status.state == "done" and status.rejected:
    for path, problem in status.rejected:
        st.error(f"Từ chối {path}: {problem}")
if status.state == "done" and status.stage_seconds:
    st.caption("Lần dựng gần nhất: " + ", ".join(
        f"{label.lower()} {status.stage_seconds.get(name, 0):.0f} s"
        for name, label in (("kb", "Nạp văn bản"), ("graph", "Đồ thị"), ("search", "Chỉ mục"))))

if status.state == "running" or (status.state != "failed" and state.needs_prepare()):
    build_progress()
else:
    if status.state == "failed":
        st.error(f"Lần dựng gần nhất không thành công: {status.error}")
    if root is not None and st.button(action, type="primary", key="build_kb"):
        state.ensure_prepared(ingest=True)
        st.rerun()
