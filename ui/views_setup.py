"""Page «Cơ sở dữ liệu»: where the knowledge base is, and building it when missing."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from kb.ingest import CorpusMissing, corpus_root
from ui import state

st.title("Cơ sở dữ liệu tri thức")
kb = state.kb_state()
st.write(f"Tệp cơ sở dữ liệu: `{kb.path}`")

if kb.ready and kb.counts:
    c = kb.counts
    cols = st.columns(4)
    cols[0].metric("Văn bản", f"{c['documents']:,}".replace(",", "."))
    cols[1].metric("Điều", f"{c['articles']:,}".replace(",", "."))
    cols[2].metric("Đơn vị (điều, khoản, điểm…)", f"{c['units']:,}".replace(",", "."))
    cols[3].metric("Tệp nguồn", f"{c['sources']:,}".replace(",", "."))
    action = "Cập nhật từ kho văn bản nguồn"
    st.caption("Cập nhật chỉ đọc lại những tệp nguồn đã thay đổi.")
else:
    st.warning(kb.problem + " Cơ sở dữ liệu được dựng từ kho văn bản nguồn (Bộ pháp điển và các "
               "văn bản mẫu); lần đầu mất khoảng một phút.")
    action = "Xây dựng cơ sở dữ liệu"

try:
    root = corpus_root()
    st.write(f"Kho văn bản nguồn: `{root}`")
except CorpusMissing as exc:
    root = None
    st.error(str(exc))

if root is not None and st.button(action, type="primary", key="build_kb"):
    bar = st.progress(0.0, text="Đang chuẩn bị…")

    def progress(n: int, total: int, path: str) -> None:
        bar.progress(n / max(total, 1), text=f"Đang nạp tệp {n}/{total}: {Path(path).name}")

    with st.spinner("Đang xây dựng cơ sở dữ liệu tri thức…"):
        reports = state.build_kb(progress)
    bar.progress(1.0, text="Xong.")
    rejected = [r for r in reports if r.state == "rejected"]
    done = sum(1 for r in reports if r.state == "ok")
    st.success(f"Đã nạp {done} tệp; {len(reports) - done - len(rejected)} tệp không đổi; "
               f"{len(rejected)} tệp bị từ chối.")
    for r in rejected:
        st.error(f"Từ chối {r.path}: {r.problem}")
    if st.button("Bắt đầu sử dụng", key="after_build"):
        st.rerun()
