"""Whole labelled documents in the shapes users paste them in: do the findings stay?

Each document of the given folders is checked as written and after one or more *shapes* — pure
text transformations that change how a document looks, never what it says:

  spelled  counts in words ("05 ngày" → "năm ngày", "50%" → "năm mươi phần trăm"; ``phrasing_bench.num_words``)
  wrap     hard line breaks at 72 characters, as text copied from a PDF (tables and column-aligned headings whole)
  pages    a page number line ("- 2 -") after every 20 lines, as a scan copied page by page
  tabs     "| a | b |" tables as tab-separated rows, their "|---|" rules dropped (Word flattened to text)
  caps     article headings in capitals ("ĐIỀU 3. CÔNG KHAI THÔNG TIN …")
  bullets  list dashes as glyphs ("- " → "• ", "+ " → "◦ ")
  crlf     Windows line ends and no-break spaces after numbers ("05\\u00a0ngày")
  forward  an e-mail's forwarding block on top ("---------- Forwarded message ---------", From, Date, Subject)
  quoted   every line quoted as an e-mail reply quotes it ("> …")

The findings (rule ids with multiplicity) are compared. ``lost``: a finding the shaped text no longer
gets — the reader failed on the shape; ``new``: one it gains (read it: a true finding the plain text
missed, or a false one). Run:

    python bench/shape_bench.py /work/shared/corpus/review tests/data/checker_heldout … [--shape wrap,tabs] [-v]

Never on a blind set: it shows the findings of every document.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # "bench.phrasing_bench" from any directory

WIDTH = 72
PAGE_EVERY = 20


def wrap(text: str, width: int = WIDTH) -> str:
    out = []
    for line in text.split("\n"):
        if "|" in line or "\t" in line or "   " in line:  # tables and column-aligned headings stay whole
            out.append(line)
            continue
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def pages(text: str, every: int = PAGE_EVERY) -> str:
    out, page = [], 1
    for i, line in enumerate(text.split("\n"), start=1):
        out.append(line)
        if i % every == 0:
            page += 1
            out.append(f"- {page} -")
    return "\n".join(out)


_RULE_ROW = re.compile(r"^\s*\|?\s*:?-{2,}")


def tabs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if s.startswith("|") and s.endswith("|") and s.count("|") >= 3:
            if _RULE_ROW.match(s):
                continue
            out.append("\t".join(c.strip() for c in s.strip("|").split("|")))
        else:
            out.append(line)
    return "\n".join(out)


_ARTICLE = re.compile(r"^(\s*)(Điều\s+\d+[a-zđ]?\s*[.:].*)$")


def caps(text: str) -> str:
    return "\n".join(m.group(1) + m.group(2).upper() if (m := _ARTICLE.match(line)) else line
                     for line in text.split("\n"))


def bullets(text: str) -> str:
    return re.sub(r"(?m)^(\s*)\+ ", r"\1◦ ", re.sub(r"(?m)^(\s*)- (?=\S)", r"\1• ", text))


def crlf(text: str) -> str:
    return re.sub(r"(\d) (?=\w)", "\\1\u00a0", text).replace("\n", "\r\n")


FORWARD_BLOCK = ("---------- Forwarded message ---------\nFrom: Văn phòng <vanphong@example.vn>\n"
                 "Date: Thứ Hai, 16 thg 3, 2026 lúc 08:12\nSubject: Fwd: văn bản gửi kèm\nTo: <bophan@example.vn>\n\n")


def forward(text: str) -> str:
    return FORWARD_BLOCK + text


def quoted(text: str) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in text.split("\n"))


def spelled(text: str) -> str:
    from bench.phrasing_bench import num_words
    return num_words(text)


SHAPES = {"spelled": spelled, "wrap": wrap, "pages": pages, "tabs": tabs, "caps": caps, "bullets": bullets,
          "crlf": crlf, "forward": forward, "quoted": quoted}


def documents(folders):
    for folder in map(Path, folders):
        for f in sorted([*folder.glob("*.txt"), *folder.glob("*.md")]):
            if f.name != "README.md":
                yield folder, f


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--shape", default=",".join(SHAPES), help="comma-separated: " + ", ".join(SHAPES))
    ap.add_argument("--kb")
    ap.add_argument("-v", "--verbose", action="store_true", help="every document whose findings change")
    args = ap.parse_args(argv)
    shapes = [s for s in args.shape.split(",") if s]
    unknown = [s for s in shapes if s not in SHAPES]
    if unknown:
        ap.error(f"unknown shape(s): {', '.join(unknown)}")
    from checker import check_text
    from ui.common import open_store

    store = open_store(argparse.Namespace(kb=args.kb), ensure=True)
    tally = {s: Counter() for s in shapes}
    for folder, f in documents(args.folders):
        text = f.read_text(encoding="utf-8")
        plain = Counter(x.rule for x in check_text(text, store, source_name=f.name).findings)
        for s in shapes:
            shaped = SHAPES[s](text)
            if shaped == text:
                continue
            got = Counter(x.rule for x in check_text(shaped, store, source_name=f.name).findings)
            t = tally[s]
            t["docs"] += 1
            t["kept"] += sum((plain & got).values())
            t["lost"] += sum((plain - got).values())
            t["new"] += sum((got - plain).values())
            if args.verbose and plain != got:
                print(f"{s:8} {folder.name}/{f.name}: lost {dict(plain - got)} new {dict(got - plain)}")
    print(f"{'shape':8} {'docs':>5} {'kept':>6} {'lost':>5} {'new':>5}  kept/(kept+lost)")
    for s in shapes:
        t = tally[s]
        share = t["kept"] / (t["kept"] + t["lost"]) if t["kept"] + t["lost"] else 1.0
        print(f"{s:8} {t['docs']:>5} {t['kept']:>6} {t['lost']:>5} {t['new']:>5}  {share:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
