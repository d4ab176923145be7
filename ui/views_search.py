"""Page «Tra cứu»: one box for words or a citation, filters, highlighted results.

A query that *is* a citation ("khoản 2 Điều 6 NĐ 61/2023") opens the
provision directly; anything else goes to the search engine.
"""
from __future__ import annotations

import streamlit as st

from kb.citations.labels import citation_label
from kb.citations.parse import parse_citation
from ui import features, state
from ui.format import highlight_html, is_citation_query, vn_date
from ui.views_common import as_of_input, link_unit, require_kb

require_kb()
store = state.store()
path = str(state.kb_path())

st.title("Tra cứu văn bản pháp luật")
st.caption("Tìm theo từ ngữ (có dấu hoặc không dấu) hoặc nhập trực tiếp một trích dẫn, ví dụ "
           "«khoản 2 Điều 6 Nghị định 61/2023/NĐ-CP», «Điều 15 Luật THDCCS».")

ALL = "(tất cả)"
# ?q=… (a link from another page, or a shared address) fills the box and runs the search.
url_query = st.query_params.get("q")
from_url = bool(url_query) and st.session_state.get("q_from_url") != url_query
if from_url:
    st.session_state["q"] = st.session_state["q_from_url"] = url_query

choices = state.doc_choices(path)
labels = dict(choices)
with st.form("search_form", border=False):
    query = st.text_input("Từ khoá hoặc trích dẫn", key="q",
                          placeholder="Ví dụ: hội nghị thôn bàn và quyết định · nd 59 dieu 3")
    c1, c2, c3 = st.columns([3, 2, 2])
    with c1:
        doc = st.selectbox("Văn bản", [ALL] + [d for d, _ in choices], key="f_doc",
                           format_func=lambda d: d if d == ALL else labels.get(d, d))
    with c2:
        dtype = st.selectbox("Loại văn bản", [ALL] + features.search_types(state.doc_types(path)),
                             key="f_type")
    with c3:
        as_of = as_of_input("f_as_of")
    submitted = st.form_submit_button("Tìm kiếm", type="primary")

query = (query or "").strip()
if submitted and query:
    st.query_params.from_dict({"q": query})  # the address can be shared or bookmarked
    st.session_state["q_from_url"] = query
if (submitted or from_url) and query:
    st.session_state["limit"] = 20
    cit = parse_citation(query)
    if cit is not None and is_citation_query(query, cit.start, cit.end):
        res = state.doc_index().resolve(cit)
        if res.ok and res.unit is not None:
            st.switch_page(state.PAGE_PROVISION, query_params={"uid": res.unit.uid})
        elif res.ok and res.doc is not None:
            st.switch_page(state.PAGE_PROVISION, query_params={"doc": res.doc.doc_id})
        elif res.problem and cit.doc is not None:
            st.warning(f"Trích dẫn «{cit.text}»: {res.problem}")
            if res.unit is not None:  # the nearest provision that exists
                link_unit(f"Mở {citation_label(res.unit, res.doc)}", res.unit.uid)

if not query:
    st.stop()

try:
    engine = state.search_engine()
except Exception as exc:  # noqa: BLE001 - the UI edge: a message, never a traceback
    st.error(f"Không mở được chỉ mục tìm kiếm bên cạnh {path}: {exc}. Trích dẫn (ví dụ «Điều 15 "
             "Luật 10/2022/QH15») vẫn mở được điều khoản; thử lại sau, hoặc dựng lại chỉ mục ở trang "
             "«Cơ sở dữ liệu».")
    st.stop()
if engine is None:
    st.info(features.MISSING.format(what="tìm kiếm toàn văn"))
    st.stop()


limit = st.session_state.get("limit", 20)
try:
    hits, notes = features.search(engine, query, limit=limit, doc=None if doc == ALL else doc,
                                  doc_type=None if dtype == ALL else dtype, as_of=as_of)
except ValueError as exc:  # SearchInputError: an unusable filter, worded in Vietnamese
    st.error(f"Không tìm được: {exc}")
    st.stop()
for note in notes:
    st.caption(":material/info: " + note)
if not hits:
    st.warning(f"Không tìm thấy kết quả cho «{query}»"
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
