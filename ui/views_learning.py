"""Page «Học liệu»: study sheets, quizzes and answer-key checks (kb.learning).

The trainer picks a topic or lists citations; the sheet and the quiz are
built from the knowledge base, every answer with its cited provision, and can
be downloaded. An answer key (CSV) is checked against the law in memory.
"""
from __future__ import annotations

from datetime import date

import streamlit as st

from kb import learning
from kb.escape import md_inline
from kb.learning import export, verify
from ui import state
from ui.format import quote_md, vn_date
from ui.views_common import link_unit, require_kb

require_kb()
st.title("Học liệu")
st.caption("Tài liệu học tập và câu hỏi trắc nghiệm dựng từ Luật Thực hiện dân chủ ở cơ sở và các "
           "nghị định hướng dẫn; mỗi đáp án kèm điều, khoản làm căn cứ.")
store = state.store()


def item_line(item) -> str:
    """One clause or point as a Markdown line: points indented, numbering not turned into a list."""
    marker = item.marker.replace(".", "\\.")
    indent = "&emsp;&emsp;" if item.level == "point" else ""
    return f"{indent}{marker} {item.text}".replace("*", "\\*")


tab_build, tab_verify = st.tabs(["Tạo tài liệu và câu hỏi", "Kiểm tra đáp án"])

with tab_build:
    with st.form("learn_form", border=False):
        mode = st.radio("Chọn nội dung theo", ["Chủ đề", "Trích dẫn"], horizontal=True, key="learn_mode")
        topic = st.text_input("Chủ đề hoặc trích dẫn (mỗi trích dẫn cách nhau bằng dấu chấm phẩy)",
                              key="learn_topic",
                              placeholder="Ví dụ: hương ước, quy ước · Điều 11 Luật 10/2022/QH15; "
                                          "Điều 3 Nghị định 59/2023/NĐ-CP")
        c1, c2, c3 = st.columns(3)
        n = c1.number_input("Số câu hỏi", min_value=0, max_value=40, value=10, step=1, key="learn_n")
        seed = c2.number_input("Mã đề (cùng mã cho cùng bộ câu hỏi)", min_value=1, max_value=9999,
                               value=1, step=1, key="learn_seed")
        as_of = c3.date_input("Hiệu lực tại ngày", value=date.today(), format="DD/MM/YYYY",
                              key="learn_as_of")
        go = st.form_submit_button("Tạo học liệu", type="primary")

    if go:
        text = (topic or "").strip()
        if not text:
            st.warning("Hãy nhập một chủ đề hoặc ít nhất một trích dẫn.")
            st.stop()
        with st.spinner("Đang tìm các quy định và dựng học liệu…"):
            if mode == "Chủ đề":
                scope = learning.scope_for_topic(store, text)
            else:
                scope = learning.scope_for_citations(store, [c.strip() for c in text.split(";") if c.strip()])
            sheet = learning.build_sheet(store, scope, as_of.isoformat()) if scope.units else None
            quiz = learning.make_quiz(store, scope, int(n), int(seed)) if scope.units and n else None
        st.session_state["learn_result"] = (scope.problems, sheet, quiz)

    result = st.session_state.get("learn_result")
    if result:
        problems, sheet, quiz = result
        for p in problems:
            st.warning(p)
        if sheet is not None:
            st.subheader(sheet.title)
            st.caption(f"Hiệu lực tại ngày {vn_date(sheet.as_of)}"
                       + (f" · Cách tìm: {sheet.finder}" if sheet.finder else ""))
            for d in sheet.documents:
                st.markdown(f"- **{d.label}** — {d.title}: _{d.status}_")
                for note in d.notes:
                    st.caption(":material/warning: " + note)
            t_art, t_num, t_role, t_rel, t_quiz = st.tabs(
                [f"Quy định ({len(sheet.articles)})", f"Con số cần nhớ ({len(sheet.numbers)})",
                 f"Ai làm gì ({len(sheet.roles)})", f"Điều liên quan ({len(sheet.related)})",
                 f"Câu hỏi ({len(quiz.questions) if quiz else 0})"])
            with t_art:
                for a in sheet.articles:
                    link_unit(f"{a.citation}. {a.title}" + (" (trích)" if a.excerpt else ""), a.uid)
                    if a.items:
                        st.markdown("  \n".join(item_line(i) for i in a.items))
            with t_num:
                st.dataframe([{"Loại": r.kind, "Nội dung": r.phrase, "Ngữ cảnh": r.context,
                               "Căn cứ": r.citation} for r in sheet.numbers], hide_index=True, width="stretch")
            with t_role:
                st.dataframe([{"Chủ thể": r.actor, "Vai trò": r.role, "Việc": r.what, "Căn cứ": r.citation}
                              for r in sheet.roles], hide_index=True, width="stretch")
            with t_rel:
                for r in sheet.related:
                    link_unit(f"{r.citation} — {r.title}", r.uid)
                    st.caption(r.via)
            with t_quiz:
                if quiz is None:
                    st.caption("Chưa tạo câu hỏi (số câu hỏi bằng 0).")
                else:
                    for p in quiz.problems:
                        st.warning(p)
                    for i, q in enumerate(quiz.questions, start=1):
                        with st.container(border=True):
                            st.markdown(f"**Câu {i}.** {q.question}")
                            for letter, choice in zip("ABCD", q.choices or ()):
                                st.markdown(f"{letter}. {choice}")
                            with st.expander("Đáp án và căn cứ"):
                                st.markdown(f"**Đáp án:** {q.answer}")
                                link_unit(f"Căn cứ: {q.citation}", q.uid, icon=":material/gavel:")
                                st.markdown(quote_md(q.evidence))
            st.markdown("#### Tải học liệu")
            cols = st.columns(4)
            cols[0].download_button("Tải Markdown", export.to_markdown(sheet, quiz).encode("utf-8"),
                                    file_name="hoc-lieu.md", mime="text/markdown", on_click="ignore",
                                    key="learn_dl_md")
            cols[1].download_button("Tải HTML (in được)", export.to_html(sheet, quiz).encode("utf-8"),
                                    file_name="hoc-lieu.html", mime="text/html", on_click="ignore",
                                    key="learn_dl_html")
            if quiz is not None:
                cols[2].download_button("Tải câu hỏi CSV", ("\ufeff" + export.quiz_to_csv(quiz)).encode("utf-8"),
                                        file_name="cau-hoi.csv", mime="text/csv", on_click="ignore",
                                        key="learn_dl_csv")
                cols[3].download_button("Tải câu hỏi JSON", export.quiz_to_json(quiz).encode("utf-8"),
                                        file_name="cau-hoi.json", mime="application/json",
                                        on_click="ignore", key="learn_dl_json")

with tab_verify:
    st.caption("Tải lên tệp đáp án (CSV: câu hỏi, đáp án, căn cứ) để đối chiếu từng đáp án với "
               "quy định được dẫn.")
    key_file = st.file_uploader("Tệp đáp án (.csv)", key="learn_key", max_upload_size=5)
    if key_file is not None:
        if not key_file.name.lower().endswith(".csv"):
            st.error(f"Tệp «{md_inline(key_file.name)}»: cần tệp .csv (xuất từ Excel: Lưu thành → CSV UTF-8).")
        else:
            raw = key_file.getvalue()
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = raw.decode("cp1258", errors="replace")
            try:
                rows = verify.parse_key(text, key_file.name)
                verdicts = learning.verify_key(store, rows)
            except learning.KeyFileError as exc:
                st.error(md_inline(str(exc)))
            else:
                flagged = sum(1 for v in verdicts if v.flagged)
                st.markdown(f"**{len(verdicts)} đáp án, {flagged} cần xem lại.**")
                st.dataframe([{"Dòng": v.row.line, "Câu hỏi": v.row.question, "Đáp án": v.row.written_answer,
                               "Kết luận": v.status, "Giải thích": v.message, "Căn cứ": v.basis}
                              for v in verdicts], hide_index=True, width="stretch")
