"""Page «Kiểm tra văn bản»: upload or paste a draft, check it, download the report.

Uploads stay in memory: Streamlit keeps them in RAM for the session; the
library reads and checks the bytes (``checker.engine.check_upload``, as
``dccs check`` does for a file) and renders every report to bytes for the
download buttons (``checker.render.report_bytes``). Nothing is written to disk.
"""
from __future__ import annotations

from datetime import date

import streamlit as st

from checker.engine import check_upload
from checker.render import SCOPE_HEADING, scope_lines
from checker.ruledata import doctypes
from kb.escape import md_inline
from ui import state
from ui.format import (
    DOWNLOADS, SERVER_UPLOAD_CAP_MB, UPLOAD_LIMIT_MB, UPLOAD_TYPES, basis_uid, check_result, coverage_table,
    group_findings, quote_md, safe_filename, upload_problem, vn_date,
)
from ui.views_common import link_unit, require_kb

require_kb()
st.title("Kiểm tra văn bản")
st.caption("Tải lên dự thảo (DOCX, PDF hoặc TXT) hoặc dán nội dung; chọn loại văn bản và ngày "
           "áp dụng pháp luật. Tệp chỉ được giữ trong phiên làm việc này, không lưu lại trên máy chủ.")

source = st.radio("Nguồn văn bản", ["Tải tệp lên", "Dán nội dung"], horizontal=True, key="chk_source",
                  label_visibility="collapsed")
data: bytes | None = None
name = ""
if source == "Tải tệp lên":
    upload = st.file_uploader(
        f"Tệp văn bản ({', '.join('.' + t for t in UPLOAD_TYPES)}; tối đa {UPLOAD_LIMIT_MB} MB)",
        key="chk_file", max_upload_size=SERVER_UPLOAD_CAP_MB)
    if upload is not None:
        name = upload.name
        problem = upload_problem(name, upload.size)
        if problem:
            st.error(md_inline(problem))
        else:
            data = upload.getvalue()
else:
    pasted = st.text_area("Nội dung văn bản", key="chk_text", height=260,
                          placeholder="Dán toàn văn dự thảo vào đây…")
    if pasted.strip():
        name, data = "van-ban-dan.txt", pasted.encode("utf-8")

kinds = {"": "Tự nhận diện"}
for t in doctypes():  # a type, then its variants (an employer's owner: rules/doctypes.yaml ``variant_labels``)
    kinds[t.id] = t.label
    kinds.update({f"{t.id}:{v}": f"{t.label} — {label}" for v, label in t.variant_labels})
#: The check date: the same choice as ``dccs check --as-of`` (docs/severity-policy.md).
AS_OF_MODES = {
    "auto": "Ngày của văn bản nếu đã ban hành, nếu không thì hôm nay",
    "ban-hanh": "Tại ngày ban hành",
    "hom-nay": "Hôm nay",
    "khac": "Ngày khác",
}
c1, c2 = st.columns(2)
with c1:
    kind = st.selectbox("Loại văn bản", list(kinds), format_func=lambda k: kinds[k], key="chk_kind")
with c2:
    mode = st.radio("Kiểm tra theo pháp luật có hiệu lực", list(AS_OF_MODES), format_func=AS_OF_MODES.get,
                    key="chk_as_of_mode")
    picked = st.date_input("Ngày khác", value=date.today(), key="chk_date", format="DD/MM/YYYY",
                           disabled=mode != "khac")
as_of_value = {"auto": None, "ban-hanh": "ban-hanh", "hom-nay": "hom-nay"}.get(mode, picked.isoformat())

if st.button("Kiểm tra", type="primary", disabled=data is None, key="chk_run"):
    with st.spinner("Đang kiểm tra…"):
        checked = check_upload(name, state.store(), data=data, doc_type=kind or None, as_of=as_of_value)
    if not checked.ok:
        st.session_state.pop("chk_result", None)
        what = "Không đọc được tệp" if checked.stage == "read" else "Không kiểm tra được"
        st.error(md_inline(f"{what} «{name}»: {checked.problem}"))
        st.stop()
    st.session_state["chk_result"] = check_result(name, checked)



def render_finding(f) -> None:
    with st.container(border=True):
        # Everything below may quote the draft: escaped, so no link, image or HTML survives.
        st.markdown(f"**{md_inline(f.title)}**" + (" · _chưa chắc chắn_" if f.uncertain else ""))
        st.markdown(md_inline(f.message))
        ev = f.evidence
        where = f"Dòng {ev.line}" + (f"–{ev.end_line}" if ev.end_line and ev.end_line != ev.line else "")
        if ev.section:
            where += f" · {md_inline(ev.section)}"
        st.caption(f"Bằng chứng trong văn bản — {where}")
        if ev.text:
            st.markdown(quote_md(ev.text))
        for b in f.basis:
            uid = basis_uid(b.doc, b.article, b.clause, b.point)
            head = f"Căn cứ: {md_inline(b.label)}" + (f" ({md_inline(b.status)})" if b.status else "")
            if uid and b.source == "kb":
                link_unit(head, uid, icon=":material/gavel:")
            else:
                st.markdown(head)
            if b.quote:
                st.markdown(quote_md(b.quote))
            for n in b.notes:
                st.caption(":material/warning: " + md_inline(n))
        if f.fix:
            st.markdown(f"**Cách sửa:** {md_inline(f.fix)}")
        if f.explanation:
            st.caption(md_inline(f.explanation))
        shown = {n for b in f.basis for n in b.notes}
        for n in f.notes:
            if n not in shown:
                st.caption(":material/info: " + md_inline(n))


def render_downloads(result) -> None:
    """Download buttons; the bytes were rendered in memory when the check ran."""
    for p in result.problems:
        st.warning("Không tạo được " + md_inline(p))
    cols = st.columns(len(DOWNLOADS) + 1)
    for col, (fmt, label, mime) in zip(cols, DOWNLOADS):
        payload = result.downloads.get(fmt)
        with col:
            if payload is None:
                st.caption(f"{label}: không tạo được cho văn bản này")
            else:
                st.download_button(label, payload, file_name=safe_filename(result.name, fmt), mime=mime,
                                   key=f"dl_{fmt}", on_click="ignore")
    with cols[-1]:
        if st.button("Xoá kết quả", key="chk_clear", help="Quên tệp và kết quả của lần kiểm tra này"):
            st.session_state.pop("chk_result", None)
            st.rerun()


def render_report(result) -> None:
    report = result.report
    st.subheader("Kết quả kiểm tra")
    d = report.document
    st.markdown(f"Tệp: **{md_inline(d.source)}** · Loại văn bản: **{md_inline(d.type_label or 'chưa nhận diện được')}**"
             + (f" (tự nhận diện: {md_inline(d.type_detected)})" if d.type_detected and d.type_detected != d.type else "")
             + f" · Pháp luật áp dụng tại ngày {vn_date(report.as_of)}")
    cue = getattr(d, "type_cue", "")
    own = (f"{vn_date(d.date)} ({d.date_kind})" if d.date
           else f"không có — {getattr(d, 'date_note', '') or 'không đọc được ngày'}")
    st.caption(f"Ngày của văn bản: {own} · Ngày kiểm tra: {vn_date(report.as_of)}"
               + (f" ({report.as_of_from})" if getattr(report, "as_of_from", "") else "")
               + (f" · Nhận dạng theo: {cue}" if cue else ""))
    if getattr(report, "applied", ()):
        st.caption("Áp dụng: " + "; ".join(report.applied))
    if getattr(report, "not_applied", ()):
        st.caption(f"Không áp dụng tại ngày {vn_date(report.as_of)}: " + "; ".join(report.not_applied))
    groups = group_findings(report.findings)
    cols = st.columns(max(len(groups), 1) + 1)
    cols[0].metric("Tổng số phát hiện", len(report.findings))
    for col, (label, _, items) in zip(cols[1:], groups):
        col.metric(label, len(items))
    render_downloads(result)
    for n in report.notes:
        st.info(md_inline(n))
    if not report.findings:
        st.success("Không phát hiện vấn đề nào theo bộ quy tắc hiện có — xem «Phạm vi kiểm tra» bên dưới: "
                   "điều đó không có nghĩa văn bản đúng pháp luật ở mọi nội dung.")
    else:
        st.markdown("#### Danh sách phát hiện")
        st.dataframe([{"Mức độ": label, "Dòng": f.evidence.line, "Vị trí": f.evidence.section,
                       "Vấn đề": f.title, "Nhận xét": f.message}
                      for label, _, items in groups for f in items], hide_index=True, width="stretch")
    for label, colour, items in groups:
        st.markdown(f"### :{colour}[{label}] ({len(items)})")
        for f in items:
            render_finding(f)
    render_scope(report)
    for m in report.coverage:
        st.markdown(f"#### Ma trận bao quát: {md_inline(m.title)}")
        st.dataframe(coverage_table(m), hide_index=True, width="stretch")


def render_scope(report) -> None:
    """What ran, on which articles, and the limits of the check (``checker.scope``)."""
    ran, provisions, limits = scope_lines(report)
    if not ran:
        return
    with st.expander(f"{SCOPE_HEADING}: đã chạy {report.scope.rule_count} quy tắc", expanded=not report.findings):
        st.markdown(md_inline(ran))
        if provisions:
            st.markdown(md_inline(provisions))
        st.markdown("**Giới hạn:**\n" + "\n".join(f"- {md_inline(x)}" for x in limits))


result = st.session_state.get("chk_result")
if result is None:
    st.stop()
render_report(result)
