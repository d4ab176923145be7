"""Issue 7 acceptance: quizzes generated from the law, on the real knowledge base.

Every answer is found in the provision it cites (normalised comparison); no
two questions are the same; distractors are never also correct; a 30-question
quiz on Decree 59/2023 comes out of one command; the same seed gives the same
quiz, in another process too.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kb.learning.provisions import scope_for_citations, scope_for_topic
from kb.learning.quiz import BLANK, FALSE, FILL_IN, MULTIPLE_CHOICE, TRUE, TRUE_FALSE, make_quiz
from kb.learning.text import contains, norm
from tests.conftest import PROJECT
from ui.cli import main

D59 = "59/2023/NĐ-CP"


@pytest.fixture(scope="module")
def quiz59(kb_path, tmp_path_factory) -> list[dict]:
    out = tmp_path_factory.mktemp("learn") / "nd59.json"
    rc = main(["learn", "--kb", str(kb_path), "--cite", "Nghị định 59/2023/NĐ-CP", "--questions", "30",
               "--format", "json", "-o", str(out)])
    assert rc == 0
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def big_quiz(store) -> list[dict]:
    """More questions over the Law and both decrees, to exercise every path."""
    scope = scope_for_citations(store, ["Luật 10/2022/QH15", "Nghị định 59/2023/NĐ-CP", "Nghị định 61/2023/NĐ-CP"])
    return [q.as_dict() for q in make_quiz(store, scope, 80, seed=11).questions]


def test_thirty_question_quiz_on_decree_59_in_one_command(quiz59):
    assert len(quiz59) == 30
    for q in quiz59:
        assert {"id", "type", "question", "choices", "answer", "evidence", "basis"} <= set(q)
        assert set(q["basis"]) == {"doc", "article", "clause", "point"}
        assert q["basis"]["doc"] == D59
        assert q["choices"] is None or isinstance(q["choices"], list)
    assert {q["type"] for q in quiz59} == {MULTIPLE_CHOICE, TRUE_FALSE, FILL_IN}
    assert len({q["id"] for q in quiz59}) == 30


def _check_question(store, q: dict) -> None:
    unit = store.unit(q["uid"])
    assert unit is not None, q["uid"]
    b = q["basis"]
    expected_uid = f"{unit.doc_id}:d{b['article']}" + (f":k{b['clause']}" if b["clause"] else "") \
        + (f":{b['point']}" if b["point"] else "")
    if not unit.uid.split(":")[-1].startswith("p"):  # paragraphs have no khoản/điểm of their own
        assert expected_uid == unit.uid
    # the evidence is the provision's sentence exactly as stored
    assert q["evidence"] and q["evidence"] in unit.text
    if q["type"] == TRUE_FALSE:
        assert q["answer"] in (TRUE, FALSE) and q["choices"] is None
        if q["answer"] == TRUE:
            assert q["claim"] == q["evidence"]
        else:
            assert q["claim"] != q["evidence"]
            assert not contains(unit.text, q["claim"])
    else:
        assert contains(unit.text, q["answer"]), (q["answer"], unit.text)
        assert contains(q["evidence"], q["answer"])
        asked = q["question"]
        assert not contains(asked, q["answer"]), asked  # the answer is not visible in the question
        if q["type"] == FILL_IN:
            assert BLANK in asked and q["choices"] is None


def test_every_answer_is_found_in_the_provision_it_cites(store, quiz59, big_quiz):
    for q in quiz59 + big_quiz:
        _check_question(store, q)


def test_multiple_choice_has_one_right_answer_and_distractors_never_correct(store, quiz59, big_quiz):
    mcs = [q for q in quiz59 + big_quiz if q["type"] == MULTIPLE_CHOICE]
    assert len(mcs) >= 40
    for q in mcs:
        choices = q["choices"]
        assert len(choices) == 4
        assert len({norm(c) for c in choices}) == 4, choices
        assert choices.count(q["answer"]) == 1
        provision = store.unit(q["uid"]).text
        for wrong in (c for c in choices if c != q["answer"]):
            assert not contains(provision, wrong), (wrong, q["citation"])


def test_no_two_questions_are_the_same(quiz59, big_quiz):
    for quiz in (quiz59, big_quiz):
        questions = [norm(q["question"]) for q in quiz]
        assert len(set(questions)) == len(questions)
        asked = [(q["uid"], q["evidence"], norm(q["answer"]) if q["type"] != TRUE_FALSE else "") for q in quiz]
        assert len(set(asked)) == len(asked)


def test_same_seed_same_quiz_other_seed_other_quiz(store):
    scope = scope_for_topic(store, "Ban Thanh tra nhân dân")
    a = [q.as_dict() for q in make_quiz(store, scope, 15, seed=5).questions]
    b = [q.as_dict() for q in make_quiz(store, scope, 15, seed=5).questions]
    c = [q.as_dict() for q in make_quiz(store, scope, 15, seed=6).questions]
    assert a == b
    assert a != c


def test_same_seed_same_quiz_in_another_process(kb_path, quiz59):
    """Set iteration order changes with PYTHONHASHSEED; the quiz must not."""
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    proc = subprocess.run([sys.executable, "-m", "ui.cli", "learn", "--kb", str(kb_path), "--cite",
                           "Nghị định 59/2023/NĐ-CP", "--questions", "30", "--format", "json"],
                          capture_output=True, text=True, cwd=PROJECT, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == quiz59


def test_quiz_on_the_amended_law_says_so(store):
    quiz = make_quiz(store, scope_for_citations(store, ["Điều 33 Luật 10/2022/QH15"]), 2, seed=1)
    assert any("Luật 10/2022/QH15" in p and "97/2025/QH15" in p for p in quiz.problems)
    decree = make_quiz(store, scope_for_citations(store, ["Điều 11 Nghị định 59/2023/NĐ-CP"]), 2, seed=1)
    assert not any("97/2025" in p for p in decree.problems)


def test_true_false_mixes_true_and_false_statements(quiz59, big_quiz):
    answers = [q["answer"] for q in quiz59 + big_quiz if q["type"] == TRUE_FALSE]
    assert answers.count(TRUE) >= 3 and answers.count(FALSE) >= 3


def test_only_requested_types(store):
    scope = scope_for_citations(store, ["Nghị định 61/2023/NĐ-CP"])
    quiz = make_quiz(store, scope, 8, seed=2, mix={FILL_IN: 1})
    assert quiz.questions and {q.type for q in quiz.questions} == {FILL_IN}


def test_a_small_scope_says_how_many_questions_it_could_make(store):
    scope = scope_for_citations(store, ["khoản 3 Điều 12 Luật 10/2022/QH15"])
    quiz = make_quiz(store, scope, 10, seed=1)
    assert 1 <= len(quiz.questions) < 10
    assert any("Chỉ tạo được" in p for p in quiz.problems)
    assert all(q.citation == "khoản 3 Điều 12 Luật 10/2022/QH15" for q in quiz.questions)


def test_quiz_never_rests_on_a_draft_or_report(store):
    draft = ("Điều 1 Nghị quyết Về việc ban hành các biện pháp bảo đảm thực hiện dân chủ ở cơ sở "
             "trên địa bàn thành phố Hà Nội")
    scope = scope_for_citations(store, [draft])
    assert not scope.units
    assert "một dự thảo" in scope.problems[0] and "không phải văn bản quy phạm" in scope.problems[0]
    topic = scope_for_topic(store, "Ban Thanh tra nhân dân")
    assert topic.units and all(not u.doc_id.startswith("local:") for u in topic.units)
