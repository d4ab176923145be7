"""Orchestration that joins the layers: source files → corpus readers → knowledge-base store.

The only package that imports both ``corpus`` (pure readers) and ``kb`` (the
store and what is built on it), so neither of those imports the other's upper
half: corpus readers never open the store, and kb never imports corpus.
"""
