"""Small Streamlit building blocks shared by the pages (links, badges, guards)."""
from __future__ import annotations

from datetime import date

import streamlit as st

from ui import state
from ui.format import status_colour


def link_unit(label: str, uid: str, *, icon: str | None = None, help: str | None = None) -> None:
    """A link that opens a provision on the Điều khoản page (client-side, keeps the session)."""
    st.page_link(state.PAGE_PROVISION, label=label, icon=icon, help=help, query_params={"uid": uid})


def link_doc(label: str, doc_id: str, *, icon: str | None = None) -> None:
    st.page_link(state.PAGE_PROVISION, label=label, icon=icon, query_params={"doc": doc_id})


def link_search(label: str, query: str) -> None:
    """A link that runs a search (for documents the knowledge base does not hold)."""
    st.page_link(state.PAGE_SEARCH, label=label, icon=":material/search:", query_params={"q": query})


def status_badge(label: str) -> None:
    st.badge(label, color=status_colour(label))


def as_of_input(key: str, label: str = "Hiệu lực tại ngày") -> str | None:
    """A date input in Vietnamese format; returns an ISO date or None."""
    value = st.date_input(label, value=None, key=key, format="DD/MM/YYYY",
                          min_value=date(1945, 1, 1), max_value=date(2100, 12, 31),
                          help="Để trống: không lọc theo hiệu lực (tình trạng tính theo hôm nay).")
    return value.isoformat() if value else None


def require_kb() -> None:
    """Stop the page with a clear message when the knowledge base is not usable."""
    kb = state.kb_state()
    if not kb.ready:
        st.error(kb.problem)
        st.page_link(state.PAGE_SETUP, label="Xây dựng cơ sở dữ liệu tri thức", icon=":material/database:")
        st.stop()
