"""dccs web app: the entry script Streamlit runs (``dccs ui``).

It only sets up the frame — page config, navigation, the knowledge-base line
in the sidebar — and hands over to one page script. When the knowledge base,
its graph or its search index is missing, the first visit starts the shared
background build (``pipeline.prepare``, one per server, surviving page reloads);
while the knowledge base itself is missing the only page is the one that
shows that build's progress.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `streamlit run ui/app.py` puts ui/ first, not the project
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from ui import state  # noqa: E402

# Pages carry no icons: the browser fetches a page's Material icon, as favicon, from Google's
# servers, and the app must work offline. An emoji favicon is drawn locally.
st.set_page_config(page_title="dccs — Dân chủ ở cơ sở", page_icon="⚖️", layout="wide",
                   menu_items={"About": "dccs — cơ sở tri thức và kiểm tra văn bản về thực hiện "
                                        "dân chủ ở cơ sở. Chạy hoàn toàn trên máy của bạn."})

# First use (or a KB without its graph or search index): the shared background build starts
# once for the whole server; every session shows its progress (pipeline.prepare).
state.ensure_prepared()
kb = state.kb_state()
if kb.ready:
    pages = [
        st.Page(state.PAGE_SEARCH, title="Tra cứu", url_path="tra-cuu", default=True),
        st.Page(state.PAGE_PROVISION, title="Điều khoản", url_path="dieu-khoan"),
        st.Page(state.PAGE_CHECK, title="Kiểm tra văn bản", url_path="kiem-tra"),
        st.Page(state.PAGE_LEARNING, title="Học liệu", url_path="hoc-lieu"),
        st.Page(state.PAGE_SETUP, title="Cơ sở dữ liệu", url_path="co-so-du-lieu"),
    ]
else:
    pages = [st.Page(state.PAGE_SETUP, title="Cơ sở dữ liệu", url_path="co-so-du-lieu", default=True)]

page = st.navigation(pages)
with st.sidebar:
    if kb.ready and kb.counts:
        docs, arts = (f"{kb.counts[k]:,}".replace(",", ".") for k in ("documents", "articles"))
        st.caption(f"Cơ sở dữ liệu: {docs} văn bản, {arts} điều")
    else:
        st.caption("Chưa có cơ sở dữ liệu tri thức.")
page.run()
