"""The law does not contradict itself: its own provisions, read as a draft of the type they
govern, give no conflict finding.

Law 10/2022/QH15 Arts. 11–45 (xã, phường), 46–63 (cơ quan, đơn vị), 64–81 (doanh nghiệp nhà
nước), Decree 59/2023/NĐ-CP (xã, phường) and Decree 61/2023/NĐ-CP (hương ước) are taken from
the real corpus (pháp điển đề mục 44.13) and checked with the conflict rules only: a lawful
restatement is exactly what a drafter copies, so any finding here is a false "lỗi".
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from checker import check_text
from checker.rules import catalogue

CORPUS = Path(os.environ.get("DCCS_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus"))
SOURCE = CORPUS / "phapdien" / "xay-dung-phap-luat-va-thi-hanh-phap-luat" / "thuc-hien-dan-chu-o-co-so.md"
HEAD = re.compile(r"^Điều 44\.13\.(LQ|NĐ\.1|NĐ\.2)\.(\d+)\. ", re.M)


def _type(code: str, n: int) -> str | None:
    if code == "NĐ.2":
        return "huong_uoc" if 2 <= n <= 13 else None
    if code == "NĐ.1":
        return "quy_che_xa" if 3 <= n <= 19 else None
    if 11 <= n <= 45:
        return "quy_che_xa"
    if 46 <= n <= 63:
        return "quy_che_co_quan"
    if 64 <= n <= 81:
        return "quy_che_doanh_nghiep"
    return None


def _articles():
    if not SOURCE.exists():
        return []
    text = SOURCE.read_text(encoding="utf-8")
    heads = list(HEAD.finditer(text))
    out = []
    for h, nxt in zip(heads, heads[1:] + [None]):
        body = text[h.end():nxt.start() if nxt else len(text)]
        body = re.sub(r"\(Điều này có nội dung liên quan[^)]*\)", "", body)
        body = re.split(r"Điều 44\.13\.TT\.", body)[0]  # a circular run into the text
        t = _type(h.group(1), int(h.group(2)))
        if t and len(body.split()) > 20:
            out.append((f"{h.group(1)}.{h.group(2)}", t, body))
    return out


ARTICLES = _articles()
RULES = [r for r in catalogue() if r.kind == "conflict" and r.id != "CF-19"]  # CF-19: copying the law


@pytest.mark.slow
@pytest.mark.skipif(not ARTICLES, reason="không có kho pháp điển")
def test_the_law_read_as_a_draft_gives_no_conflict_finding(store):
    assert len(ARTICLES) > 60  # Law Arts. 11–81, Decree 59 Arts. 3–19, Decree 61 Arts. 2–13
    bad = []
    for code, dtype, body in ARTICLES:
        doc = "QUY CHẾ\nThực hiện dân chủ ở cơ sở\n\nĐiều 1. Nội dung\n" + body
        rules = [r for r in RULES if r.applies(dtype)]
        for f in check_text(doc, store, doc_type=dtype, as_of="2026-06-30", rules=rules).findings:
            bad.append(f"{code} ({dtype}) {f.rule}: {f.evidence.text[:120]}")
    assert not bad, "\n".join(bad)
