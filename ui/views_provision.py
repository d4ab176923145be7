"""Page «Điều khoản»: one provision (or one document) with everything around it.

Opened with ``?uid=10/2022/QH15:d15`` (a provision) or ``?doc=59/2023/NĐ-CP``
(a document's table of contents); a citation typed in the box opens another.
"""
from __future__ import annotations

import streamlit as st

from kb.escape import md_inline, url_param

from kb.citations.labels import doc_label
from kb.citations.parse import parse_citation
from kb.facts import status_as_of
from ui import state
from ui.format import vn_date
from ui.provision import grouped, history_line, load_provision, neighbourhood_dot
from ui.views_common import as_of_input, link_doc, link_search, link_unit, require_kb, status_badge

REFS_SHOWN = 40

require_kb()
store = state.store()


def open_citation() -> None:
    """Typed citation → switch this page to it (or explain what is missing)."""
    text = st.session_state.get("prov_cite", "").strip()
    if not text:
        return
    cit = parse_citation(text)
    if cit is None:
        st.session_state["prov_problem"] = (
            f"Không hiểu trích dẫn «{text}». Ví dụ: «khoản 2 Điều 6 Nghị định 61/2023/NĐ-CP».")
        return
    res = state.doc_index().resolve(cit)
    if res.problem:
        st.session_state["prov_problem"] = res.problem
    if res.unit is not None:
        st.query_params.from_dict({"uid": res.unit.uid})
    elif res.doc is not None:
        st.query_params.from_dict({"doc": res.doc.doc_id})


top_left, top_right = st.columns([3, 1])
with top_left:
    st.text_input("Mở điều khoản theo trích dẫn", key="prov_cite", on_change=open_citation,
                  placeholder="Ví dụ: điểm c khoản 1 Điều 3 Nghị định 59/2023/NĐ-CP")
with top_right:
    as_of = as_of_input("prov_as_of", "Tình trạng hiệu lực tại ngày")
problem = st.session_state.pop("prov_problem", None)
if problem:
    st.warning(md_inline(problem))

# ?uid= and ?doc= come from the address bar: untrusted, bounded, escaped wherever shown.
uid = url_param(st.query_params.get("uid"), max_len=200)
doc_id = url_param(st.query_params.get("doc"), max_len=200)


def show_document(doc_id: str) -> None:
    doc = store.document(doc_id)
    if doc is None:
        st.error(f"Không có văn bản «{md_inline(doc_id)}» trong cơ sở dữ liệu.")
        return
    # Local documents come from users' files: their words are data, not Markdown.
    st.title(md_inline(doc_label(doc)))
    if doc.title:
        st.subheader(md_inline(doc.title))
    status = status_as_of(doc.doc_id, doc.kind, doc.effective, as_of)
    status_badge(status.label)
    for n in status.notes:
        st.caption(":material/warning: " + n)
    st.markdown(f"Cơ quan ban hành: {md_inline(doc.issuer or '?')} · Ngày ban hành: {vn_date(doc.issued)} · "
             f"Hiệu lực từ: {vn_date(doc.effective)}")
    arts = store.units_of(doc.doc_id, "article")
    st.markdown(f"**Mục lục** ({len(arts)} điều)")
    heading = None
    for a in arts:
        top = a.heading_path[0] if a.heading_path else None
        if top != heading and top:
            st.markdown(f"**{top}**")
            heading = top
        link_unit(f"Điều {a.label}. {a.title}", a.uid)


def show_provision(uid: str) -> None:
    view = load_provision(store, uid, as_of)
    if view is None:
        st.error(f"Không có điều khoản mang mã «{md_inline(uid)}» trong cơ sở dữ liệu.")
        return
    # Breadcrumb: văn bản › chương › điều › khoản › điểm, each unit a link.
    with st.container(horizontal=True, gap="small", vertical_alignment="center", key="breadcrumb"):
        for i, crumb in enumerate(view.crumbs):
            if i:
                st.markdown("›", width="content")
            if crumb.uid and crumb.uid != uid:
                link_unit(crumb.label, crumb.uid)
            elif crumb.doc:
                link_doc(crumb.label, crumb.doc)
            else:
                st.markdown(f"**{crumb.label}**" if crumb.uid == uid else crumb.label, width="content")

    st.title(view.citation)
    art_title = f"Điều {view.article.label}. {view.title}" if view.article else view.title
    st.subheader(art_title)
    left, right = st.columns([3, 2], gap="large")
    with left:
        status_badge(view.status.label)
        for n in view.status.notes:
            if view.text_is_current is True:
                st.caption(":material/info: " + n)
            else:
                st.warning(n, icon=":material/warning:")
        meta = []
        if view.article and view.article.phapdien_code:
            meta.append(f"Mã pháp điển: {view.article.phapdien_code}")
        eff = (view.article.effective if view.article else None) or view.doc.effective
        if eff:
            meta.append(f"Hiệu lực từ: {vn_date(eff)}")
        meta.append(f"Văn bản: {view.doc.title or doc_label(view.doc)}")
        st.caption(" · ".join(meta))
        with st.container(border=True):
            for line in view.text.splitlines():
                st.markdown(md_inline(line) or "&nbsp;")
        if view.children:
            st.markdown("**Các khoản, điểm**")
            with st.container(horizontal=True, gap="small"):
                for c in view.children:
                    word = {"clause": "Khoản", "point": "Điểm", "subclause": "Tiểu mục"}.get(c.level, c.level)
                    link_unit(f"{word} {c.label}", c.uid, help=c.text[:300])
        with st.expander("Lịch sử và hiệu lực", expanded=True):
            for h in view.history:
                st.markdown("- " + history_line(h))
            if not view.history:
                st.caption("Chưa có thông tin về lịch sử của văn bản này.")
        src = view.unit.source_path
        if src:
            st.caption(f"Nguồn: {src.rsplit('/', 1)[-1]}, dòng {view.unit.source_line}")
    with right:
        st.markdown("#### Tham chiếu")
        if view.refs is None:
            state.ensure_prepared()
            st.caption("Đồ thị liên kết đang được dựng (một lần cho mọi người dùng): tham chiếu sẽ hiện "
                       "khi dựng xong. Tiến độ ở trang «Cơ sở dữ liệu».")
        elif not view.refs:
            st.caption("Chưa ghi nhận tham chiếu nào đến hoặc từ điều khoản này.")
        for direction, heading in (("out", "Điều khoản này dẫn chiếu đến"), ("in", "Được dẫn chiếu bởi")):
            groups = grouped(view.refs or (), direction)
            if not groups:
                continue
            st.markdown(f"**{heading}**")
            for group, refs in groups.items():
                with st.expander(f"{group} ({len(refs)})", expanded=len(refs) <= 8):
                    for r in refs[:REFS_SHOWN]:
                        head, _, tail = r.label.partition(" — ")
                        if r.uid:
                            link_unit(head, r.uid)
                        elif r.doc:
                            link_doc(head, r.doc)
                        elif r.search:
                            link_search(head, r.search)
                        else:
                            st.markdown(head)
                        extra = " · ".join(x for x in (tail, f"«{r.note}»" if r.note else "") if x)
                        if extra:
                            st.caption(extra)
                    if len(refs) > REFS_SHOWN:
                        st.caption(f"… và {len(refs) - REFS_SHOWN} tham chiếu khác.")
    if view.refs:
        st.markdown("#### Vùng lân cận trên đồ thị")
        st.caption("Điều khoản đang xem (màu vàng) và các điều khoản, văn bản liên kết với nó; "
                   "mũi tên chỉ chiều dẫn chiếu.")
        st.graphviz_chart(neighbourhood_dot(view), width="stretch")


if uid:
    show_provision(uid)
elif doc_id:
    show_document(doc_id)
else:
    st.title("Điều khoản")
    st.info("Nhập một trích dẫn ở ô phía trên, hoặc mở một điều khoản từ trang Tra cứu.")
    st.markdown("**Văn bản chính**")
    for d in ("10/2022/QH15", "59/2023/NĐ-CP", "61/2023/NĐ-CP"):
        doc = store.document(d)
        if doc:
            link_doc(f"{doc_label(doc)} — {doc.title}", d)
