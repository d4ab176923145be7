"""Page «Tra cứu»: one box for words or a citation, filters, highlighted results.

Results follow the box as people type (debounced). A query that *is* a
citation ("khoản 2 Điều 6 NĐ 61/2023") offers a link to the provision while
typing and opens it on Enter or from a link; the words go to the search
engine either way.
"""
from __future__ import annotations

import streamlit as st

from kb.escape import md_inline, url_param

from kb.citations.labels import citation_label
from kb.citations.parse import parse_citation
from ui import state
from ui.format import highlight_html, is_citation_query, vn_date
from ui.views_common import as_of_input, build_progress, link_unit, require_kb, search_box

require_kb()
store = state.store()
path = str(state.kb_path())

st.title("Tra cứu văn bản pháp luật")
st.caption("Tìm theo từ ngữ (có dấu hoặc không dấu) hoặc nhập trực tiếp một trích dẫn, ví dụ "
           "«khoản 2 Điều 6 Nghị định 61/2023/NĐ-CP», «Điều 15 Luật THDCCS».")

ALL = "(tất cả)"
BOX = "q"  # session key of the query box (a plain string, as st.text_input's)
DEBOUNCE_MS = 250  # search once typing pauses this long; Enter searches at once


def _submitted() -> None:
    st.session_state["q_submitted"] = True


# ?q=… (a link from another page, or a shared address) fills the box and runs the search.
# The address bar is untrusted: bounded, control characters dropped, escaped wherever shown.
url_query = url_param(st.query_params.get("q"))
from_url = bool(url_query) and st.session_state.get("q_from_url") != url_query
if from_url:
    st.session_state["q_from_url"] = url_query
    st.session_state.pop(f"_st_keyup_{BOX}", None)  # the box adopts the address's query

choices = state.doc_choices(path)
labels = dict(choices)
# Search as people type: the box reports each change after a short pause (streamlit-keyup,
# a component whose code ships inside its package: nothing is fetched from the network).
query = search_box("Từ khoá hoặc trích dẫn", key=BOX, value=url_query or "", debounce=DEBOUNCE_MS,
                   placeholder="Ví dụ: hội nghị thôn bàn và quyết định · nd 59 dieu 3", on_submit=_submitted)
c1, c2, c3 = st.columns([3, 2, 2])
with c1:
    doc = st.selectbox("Văn bản", [ALL] + [d for d, _ in choices], key="f_doc",
                       format_func=lambda d: d if d == ALL else labels.get(d, d))
with c2:
    dtype = st.selectbox("Loại văn bản", [ALL] + state.doc_types(path),
                         key="f_type")
with c3:
    as_of = as_of_input("f_as_of")

query = (query or "").strip()
submitted = st.session_state.pop("q_submitted", False)
if query and query != st.session_state.get("q_last"):
    st.session_state["q_last"] = query
    st.session_state["limit"] = 20
    if not from_url:
        st.query_params.from_dict({"q": query})  # the address can be shared or bookmarked
        st.session_state["q_from_url"] = query
if query:
    cit = parse_citation(query)
    if cit is not None and is_citation_query(query, cit.start, cit.end):
        res = state.doc_index().resolve(cit)
        target = ({"uid": res.unit.uid} if res.ok and res.unit is not None else
                  {"doc": res.doc.doc_id} if res.ok and res.doc is not None else None)
        if target and (submitted or from_url):  # Enter, or a link: open the provision
            st.switch_page(state.PAGE_PROVISION, query_params=target)
        elif target:  # while typing: offer it above the search results
            label = citation_label(res.unit, res.doc) if res.unit is not None else res.doc.doc_id
            st.page_link(state.PAGE_PROVISION, label=f"Mở {label} (Enter)", icon=":material/gavel:",
                         query_params=target)
        elif res.problem and cit.doc is not None:
            st.warning(md_inline(f"Trích dẫn «{cit.text}»: {res.problem}"))
            if res.unit is not None:  # the nearest provision that exists
                link_unit(f"Mở {citation_label(res.unit, res.doc)}", res.unit.uid)

if not query:
    if state.build_status().state == "running":  # another tab started the shared build: show it here too
        st.info("Chỉ mục tìm kiếm và đồ thị liên kết đang được dựng (một lần cho mọi người dùng).")
        build_progress()
    st.stop()

try:
    engine = state.search_engine()
except state.NotReady:
    st.info("Chỉ mục tìm kiếm đang được dựng (một lần cho mọi người dùng). Trích dẫn (ví dụ «Điều 15 Luật "
            "10/2022/QH15») vẫn mở được điều khoản ngay.")
    build_progress()
    st.stop()
except Exception as exc:  # noqa: BLE001 - the UI edge: a message, never a traceback
    st.error(f"Không mở được chỉ mục tìm kiếm bên cạnh {path}: {exc}. Trích dẫn (ví dụ «Điều 15 "
             "Luật 10/2022/QH15») vẫn mở được điều khoản; thử lại sau, hoặc dựng lại chỉ mục ở trang "
             "«Cơ sở dữ liệu».")
    st.stop()


limit = st.session_state.get("limit", 20)
try:
    result = engine.run(query, limit=limit, doc=None if doc == ALL else doc,
                        doc_type=None if dtype == ALL else dtype, as_of=as_of)
    hits, notes = result.hits, result.notes
except ValueError as exc:  # SearchInputError: an unusable filter, worded in Vietnamese
    st.error(f"Không tìm được: {md_inline(str(exc))}")
    st.stop()
for note in notes:
    st.caption(":material/info: " + note)
if not hits:
    st.warning(f"Không tìm thấy kết quả cho «{md_inline(query)}»"
               + (" với bộ lọc đã chọn." if doc != ALL or dtype != ALL or as_of else ".")
               + " Thử bỏ bớt từ hoặc bỏ bộ lọc.")
    st.stop()

filters = []
if doc != ALL:
    filters.append(labels.get(doc, doc).split(" — ")[0])
if dtype != ALL:
    filters.append(dtype)
if as_of:
    filters.append(f"hiệu lực tại {vn_date(as_of)}")
st.markdown(f"**{len(hits)} kết quả**" + (f" · {', '.join(filters)}" if filters else ""))
for h in hits:
    with st.container(border=True, key=f"hit_{h.rank}"):
        link_unit(f"{h.rank}. {h.citation} — {h.title}" if h.title else f"{h.rank}. {h.citation}", h.uid)
        meta = [m for m in (h.status, f"mã pháp điển {h.phapdien_id}" if h.phapdien_id else "",
                            "trích dẫn trong câu tìm" if h.cited else "") if m]
        st.caption(" · ".join(meta))
        if h.snippet:
            st.markdown(f'<div class="dccs-snippet">{highlight_html(h.snippet)}</div>',
                        unsafe_allow_html=True)
if len(hits) >= limit and st.button("Xem thêm kết quả", key="more"):
    st.session_state["limit"] = limit + 20
    st.rerun()
