"""Legacy Vietnamese encodings (TCVN3/ABC, VNI): detection and conversion.

Placeholder until the full tables land: detects nothing.
"""
from __future__ import annotations


def detect(text: str) -> str | None:
    return None


def to_unicode(text: str, encoding: str) -> str:
    raise NotImplementedError(encoding)
