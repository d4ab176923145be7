"""Page «Cơ sở dữ liệu»: where the knowledge base is, and building it when missing.

Building runs the same library calls as the command line — ``pipeline.ingest.ingest``,
then the link graph and the search index when those modules are installed —
each with its own progress bar.
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from pipeline.ingest import CorpusMissing, corpus_root
from ui import features, state


def _n(x: int) -> str:
    return f"{x:,}".replace(",", ".")


def bar_callback(bar, what: str):
    def progress(n: int, total: int, label: str) -> None:
        bar.progress(min(n / max(total, 1), 1.0), text=f"{what}: {n}/{total} — {Path(label).name}")
    return progress


st.title("Cơ sở dữ liệu tri thức")
kb = state.kb_state()
st.write(f"Tệp cơ sở dữ liệu: `{kb.path}`")

if kb.ready and kb.counts:
    c = kb.counts
    cols = st.columns(4)
    cols[0].metric("Văn bản", _n(c["documents"]))
    cols[1].metric("Điều", _n(c["articles"]))
    cols[2].metric("Đơn vị (điều, khoản, điểm…)", _n(c["units"]))
    cols[3].metric("Tệp nguồn", _n(c["sources"]))
    graph_ok = features.graph_ready(state.store())
    if features.available("search"):
        st.write("Chỉ mục tìm kiếm: " + ("đã dựng." if features.search_ready(state.store()) else
                                         "chưa dựng (sẽ dựng khi tìm kiếm lần đầu, hoặc bấm cập nhật)."))
    st.write("Đồ thị liên kết: " + ("đã dựng." if graph_ok else
                                    "chưa dựng (trang Điều khoản chỉ hiện nội dung liên quan do Bộ "
                                    "pháp điển ghi chú)." if features.available("graph") else "chưa có."))
    action = "Cập nhật từ kho văn bản nguồn"
    st.caption("Cập nhật chỉ đọc lại những tệp nguồn đã thay đổi.")
else:
    st.warning(kb.problem + " Cơ sở dữ liệu được dựng từ kho văn bản nguồn (Bộ pháp điển và các "
               "văn bản mẫu); lần đầu mất vài phút.")
    action = "Xây dựng cơ sở dữ liệu"

try:
    root = corpus_root()
    st.write(f"Kho văn bản nguồn: `{root}`")
except CorpusMissing as exc:
    root = None
    st.error(str(exc))

if root is not None and st.button(action, type="primary", key="build_kb"):
    bar = st.progress(0.0, text="Đang chuẩn bị…")
    with st.spinner("Đang xây dựng cơ sở dữ liệu tri thức…"):
        reports = state.build_kb(bar_callback(bar, "Nạp tệp"))
    bar.progress(1.0, text="Đã nạp xong các tệp nguồn.")
    rejected = [r for r in reports if r.state == "rejected"]
    done = sum(1 for r in reports if r.state == "ok")
    st.success(f"Đã nạp {done} tệp; {len(reports) - done - len(rejected)} tệp không đổi; "
               f"{len(rejected)} tệp bị từ chối.")
    for r in rejected:
        st.error(f"Từ chối {r.path}: {r.problem}")
    if features.available("graph"):
        gbar = st.progress(0.0, text="Đang dựng đồ thị liên kết…")
        with st.spinner("Đang dựng đồ thị liên kết…"):
            edges = state.build_graph(bar_callback(gbar, "Đồ thị liên kết"))
        gbar.progress(1.0, text=f"Đồ thị liên kết: đã cập nhật ({_n(edges)} liên kết mới).")
    if features.available("search"):
        sbar = st.progress(0.0, text="Đang cập nhật chỉ mục tìm kiếm…")
        try:
            with st.spinner("Đang cập nhật chỉ mục tìm kiếm…"):
                state.refresh_search(lambda n, total, _: sbar.progress(
                    min(n / max(total, 1), 1.0), text=f"Chỉ mục tìm kiếm: {n}/{total} điều"))
        except Exception as exc:  # noqa: BLE001 - the KB is built; search can be rebuilt later
            sbar.empty()
            st.error(f"Chưa dựng được chỉ mục tìm kiếm: {exc}. Cơ sở dữ liệu đã sẵn sàng; "
                     "trang Tra cứu sẽ thử dựng lại chỉ mục khi tìm kiếm lần đầu.")
        else:
            sbar.progress(1.0, text="Chỉ mục tìm kiếm: đã cập nhật.")
    if st.button("Bắt đầu sử dụng", key="after_build"):
        st.rerun()
