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


def search_box(label: str, *, key: str, value: str = "", debounce: int = 250, placeholder: str = "",
               on_submit=None) -> str:
    """A text box that reports every change after ``debounce`` ms (streamlit-keyup).

    ``st.session_state[key]`` holds the text. Without the package, a plain
    text input (updated on Enter) keeps the page usable.
    """
    try:
        from st_keyup import st_keyup
    except ModuleNotFoundError:
        return st.text_input(label, value=value, key=key, placeholder=placeholder, on_change=on_submit)
    return st_keyup(label, value=value, key=key, debounce=debounce, placeholder=placeholder,
                    on_submit=on_submit)


def build_progress(what: str = "") -> None:
    """The shared first-use build's progress, refreshed every second for every session.

    A build that was cut off is started again; when everything is ready the
    cached resources are dropped and the whole page runs again, so it shows
    what was waiting for the build.
    """
    @st.fragment(run_every=1.0)
    def _show() -> None:
        status = state.build_status()
        if status.state == "running":
            step = status.step
            text = step.text if step else "Đang khởi động…"
            st.progress(step.fraction if step else 0.0,
                        text=f"{what}{text} · {status.seconds:.0f} s (chỉ làm một lần; có thể đóng trang, "
                             "việc dựng vẫn tiếp tục)")
        elif status.state == "failed":
            st.error(f"Chưa dựng xong: {status.error}")
        elif not state.needs_prepare():
            state.reset()
            st.rerun()
        else:
            if status.state == "interrupted":
                st.warning("Lần dựng trước bị ngắt giữa chừng; đang dựng tiếp…")
            state.ensure_prepared()
            st.progress(0.0, text="Đang khởi động việc dựng cơ sở dữ liệu…")
    _show()
