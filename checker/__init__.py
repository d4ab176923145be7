"""Compliance checker: reviews local regulations, plans and reports against the knowledge base.

Public API (used by the CLI and the web app):

- ``check_text(text, store, *, doc_type=None, as_of=None, source_name=..., line_origin=()) -> Report``
- ``check_file(path, store, *, doc_type=None, as_of=None) -> Report``
- ``render(report, fmt)`` with fmt in text / json / md / html; ``annotate_docx`` for Word comments.
"""
from checker.engine import CheckInputError, check_file, check_many, check_text
from checker.model import Finding, Report
from checker.render import render, to_dict
from checker.rules import RuleError, catalogue, load_rules

__all__ = ["CheckInputError", "Finding", "Report", "RuleError", "catalogue", "check_file", "check_many",
           "check_text", "load_rules", "render", "to_dict"]
