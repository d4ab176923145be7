"""Learning material for trainers, derived from the knowledge base.

The pipeline, one module per step:

- ``provisions`` — which provisions: a topic (search, folded-text fallback) or citations → ``Scope``;
- ``extract`` — the facts in a sentence: numbers that matter, who does what (patterns in ``patterns``);
- ``sheet`` — ``build_sheet(store, scope)`` → ``StudySheet``;
- ``quiz`` — ``make_quiz(store, scope, n, seed)`` → ``Quiz`` (deterministic, no language model);
- ``verify`` — ``read_key(path)`` + ``verify_key(store, rows)``: a trainer's answer key against the law;
- ``export`` — Markdown, printable HTML, PDF (headless Chromium), CSV and JSON.
"""
from kb.learning.provisions import Scope, scope_for_citations, scope_for_topic
from kb.learning.quiz import Question, Quiz, make_quiz
from kb.learning.sheet import StudySheet, build_sheet
from kb.learning.verify import KeyFileError, Verdict, read_key, verify_key

__all__ = ["Scope", "scope_for_topic", "scope_for_citations", "build_sheet", "StudySheet", "make_quiz",
           "Quiz", "Question", "read_key", "verify_key", "Verdict", "KeyFileError"]
