"""Kind 1 — required content: a document type must cover listed items.

Each item is recognised by cue groups (an AND of ORs: "bồi dưỡng | tập huấn"
and "năng lực | nghiệp vụ"), matched accent-insensitively in one paragraph,
so drafters' own wording counts, not one fixed phrase. The result is also a
coverage matrix item × section for the report.

detect:
  scope: body | closing | all | whole | preamble+body | signatures | recipients   # where to look (default: body; whole adds the heading block);
                                  # recipients: the "Nơi nhận" entries and the body's sentences that
                                  # send the text ("Kế hoạch được gửi …"); a text with neither says nothing
  min_items: N                    # optional: at least N items (default: all)
  min_present: N                  # optional: judge only a text that covers at least N items (a plan that lists its
                                  # parts and leaves one out); an excerpt covering fewer says nothing
  sparse_severity: {below: N, severity: <sev>}  # optional: a text covering fewer than N items chose its own
                                  # measures; a missing item is graded no higher than <sev>
  items: [{id, label, cues: [[…], …], basis: <one of the rule's citations>, signers: N, title_unless: […]}]
                                  # title_unless: the item is not required of a document whose title says
                                  # one of these (the minutes of a meeting that dismisses the Trưởng thôn)
                                  # signers (scope signatures): how many must sign under the title; a
                                  # title with fewer names written under it does not count
                                  # ("ĐẠI DIỆN CÁC HỘ GIA ĐÌNH" over one name); a blank form or a row of
                                  # columns is not counted, and passes
  level_basis: [{cues: [...], basis: <citation>, severity: <sev>}, …, {basis: <citation>}]
                                  # optional: the provision that makes the issuer decide this
                                  # content, chosen by the issuer named in the header (first entry
                                  # whose cues match; an entry without cues is the default);
                                  # severity (optional, not above the rule's): the grade of a
                                  # missing item at that level
  not_if: [[…], …]                # optional: the rule does not apply when one paragraph of the
  only_if: [[…], …]               # document matches (not_if) / unless one does (only_if) — e.g. a
                                  # non-state employer is not bound by the state-enterprise chapter
  title_if: [[…], …]              # optional: the rule applies only when the type heading and title
                                  # match every group — a plan to elect a Trưởng thôn is no annual
                                  # plan for grassroots democracy as a whole
  title_or_body: {title: [[…]], body: [[…]], unless: […]}
                                  # optional: a title that fails title_if still lets the rule apply when it
                                  # matches every group of `title`, none of `unless`, and the body matches every
                                  # group of `body` (each group anywhere in the body): "BIÊN BẢN HỌP THÔN" whose body
                                  # records a vote on a contribution
  title_unless: […]               # optional: … and none of these cues ("họp Ban …": the minutes of a
                                  # committee's meeting, not of the community's)
  issuer_if: [[…], …]             # optional: the header lines down to the type heading (not "Kính gửi") match every
                                  # group — who issues the text ("BAN THANH TRA NHÂN DÂN XÃ …"), not a body it names
  issuer_unless: […]              # optional: … and none of these cues: an authority's own record ("ỦY BAN MTTQ VIỆT NAM
                                  # XÃ …" over "BIÊN BẢN HỌP") is not the community's decision
  issued_text: true               # optional: the rule reads the content of a text a decision issues; a Quyết
                                  # định whose file holds no attached text is not read (the text is not there)
  also_if: [[…], …]               # optional: a second only_if, met by any paragraph (an ethnic-minority village said
                                  # in one line, its drafting team listed in another: Decree 61 Art. 8.2)
  evidence_if: [[…], …]           # optional: the finding points at the first body paragraph matching every group
                                  # (the drafting team's list a reader completes), not at the title
  whole_text: true                # optional: the items are the sections of the whole text (a quy chế's groups of
                                  # content): a file that says it holds part of it (declared_extract) is not judged, not
                                  # even as advice
  items_in_evidence: true         # optional: the items are read in that paragraph and the list items under it only
                                  # (the members a provision requires must be among those listed)
  statement: […]                  # optional (scope signatures): cues of the sentence in which the text itself says
                                  # who signed ("Biên bản … có chữ ký của Thư ký và Chủ tịch Công đoàn"); a missing
                                  # signature then points from that sentence to the signature block
  signing_said: [[…], …]          # optional (scope signatures): with no signature block, the last body sentence
  signing_unless: […]             # matching every group and no unless cue (the text saying who signs it) carries
                                  # each missing signer it does not name, instead of the title
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from checker.kinds import Context, all_groups, any_cue, check_cues, check_groups, check_keys, finding
from checker.model import SEVERITIES, CoverageMatrix, CoverageRow, Evidence, Finding, Rule
from checker.tables import split_row
from checker.text import ATTACHED_TITLE, match_key

SCOPES = {"body": ("body",), "closing": ("closing",), "all": ("preamble", "body", "closing"),
          "body+closing": ("body", "closing"), "signatures": (), "recipients": (),
          # a notice with no article is read as its preamble; its closing (a footer naming the commune's website) is not
          "preamble+body": ("preamble", "body"),
          # a short plan's first item ("1. Thời gian: …") may be read into the heading block after its title
          "whole": ("header", "preamble", "body", "closing")}
SIGNATURE_TAIL = 25  # signature titles sit in the last paragraphs, written in capitals


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


_NOT_A_TITLE = re.compile(r"^\s*(?:Điều|Chương|Mục|Khoản|\d+[.)]|[a-zđ]\))", re.IGNORECASE)


def _signature_line(text: str) -> bool:
    """A signature title: written in capitals, or a short label ("Trưởng thôn", "Đại diện các hộ gia
    đình") that is neither a sentence nor a numbered provision."""
    t = text.strip(" *")
    if _NOT_A_TITLE.match(t):  # an article or a numbered item, in capitals or not ("ĐIỀU 12. HƯƠNG ƯỚC NÀY …")
        return False
    if sum(c.isalpha() for c in t) < 2:  # s29-pr (unseen83 u83-38): "(...)", a mark of text left out, names no signer
        return False
    if _mostly_upper(t):
        return True
    return 0 < len(t) <= 80 and not t.endswith((".", ";", ":"))


# "Trưởng Ban công tác Mặt trận: Cầm Thị Ơn (đã ký)": a signature title followed by the signer.
_LABEL_NAME = re.compile(r"^(?P<label>[^.;:|]{2,70}):\s*[^.;:]{0,80}$")


@dataclass(frozen=True)
class SignaturePiece:
    """One signature title cut out of a paragraph: the rebuilt paragraph may join several lines
    ("Trưởng thôn: … (đã ký) Trưởng ban công tác Mặt trận: …") or table cells ("| Trưởng thôn | … |")."""

    text: str
    line: int
    section: str
    drafters: bool = False  # the drafting team's block ("TM. TỔ SOẠN THẢO" and the title under it)

    @property
    def key(self) -> str:
        return match_key(self.text)


def _pieces(p):
    bounds = list(p.seg_starts) + [len(p.text)]
    for k, start in enumerate(p.seg_starts):
        line_text = p.text[start:bounds[k + 1]]
        for cell in line_text.split("|"):
            yield cell.strip(), p.seg_lines[k]


_LAST_SENTENCE = re.compile(r"[.!?…]\s*[\"”’)]?\s*$")
#: a paragraph whose sentence goes on past its end: "…; đồng chủ trì:", "… do Bệnh viện có 24 khoa,"
_RUNS_ON = re.compile(r"[:;,]\s*$")
#: s17-p2 (unseen64 u64-06): a line of the minutes' roll, its role led to a person by dots ("Chủ trì ............ ông
#: Triệu Văn Sình, Trưởng bản", "Thư ký …… chị A"): who attended, not who signs — the block of signers is elsewhere.
_ROLL_LINE = re.compile(r"^\s*[-+•*]?\s*[^\W\d][^.…:|]{0,40}?\s*(?:\.{3,}|…{2,}|…\s*\.{2,})\s*"
                        r"(?:ông|bà|anh|chị|đồng\s+chí|đ/c|\d+\s*/\s*\d+)\s", re.IGNORECASE)


#: "TM. TỔ SOẠN THẢO", "T/M BAN SOẠN THẢO": the drafting team signs the draft it posts for comments (Decree 61/2023
#: Arts. 8, 9) — a signature of its own, not the confirmation of the adopted hương ước (Art. 6.1).
_DRAFTERS = re.compile(r"^\s*(?:tm\.?|t/m|thay\s+mặt)\s+(?:tổ|ban|nhóm)\s+(?:soạn\s+thảo|biên\s+soạn|dự\s+thảo)\b",
                       re.IGNORECASE)


def drafters_block(doc) -> bool:
    """The closing carries a drafting team's signature ("TM. TỔ SOẠN THẢO")."""
    return any(_DRAFTERS.match(text) for p in doc.paras[-SIGNATURE_TAIL:] for text, _ in _pieces(p))


def signature_pieces(doc) -> tuple:
    """Signature titles in the closing paragraphs: each input line (and table cell) that is written
    in capitals, is a short label, or is a "title: name" line. A drafting team's block ("TM. TỔ SOẠN THẢO / TỔ
    TRƯỞNG TỔ DÂN PHỐ") signs for the team: its opening line and the title right under it are left out (s25-pr)."""
    return tuple(x for x in _signature_pieces(doc) if not x.drafters)


#: s30-pr (unseen85 u85-07 l.5-6): "Chương IV" on its own line, its title in capitals under it ("KHEN THƯỞNG VÀ XỬ LÝ VI
#: PHẠM"): the title of a part of the text, not a signer's title.
_PART_HEADING = re.compile(r"^\s*(?:chương|mục|phần)\s+(?:thứ\s+)?[ivxlc\d]+\s*[.:]?\s*$", re.IGNORECASE)


#: The head of an article: "Điều 5. Họp thôn", "Điều 12:".
_ARTICLE_HEAD = re.compile(r"^\s*Điều\s+\d+\s*[.:]")


def _signature_pieces(doc) -> tuple:
    out = []
    tail = list(doc.paras[-SIGNATURE_TAIL:])
    # a table the text goes on after ("| Tổng số hộ | Đại diện hộ có mặt |" above the vote and the conclusion) holds
    # figures, not signatures; a table of signers ends the text
    # (a footnote under the signatures — "¹ Thôn … trước ngày 01/7/2025 thuộc xã …" — is no text going on: s25-pr, heldout h01)
    last = max((i for i, p in enumerate(tail) if _LAST_SENTENCE.search(p.text) and len(p.text) >= 40
                and p.zone != "footnote"), default=-1)
    # a header that runs on past the first full sentence ("NGHỊ QUYẾT CỘNG ĐỒNG DÂN CƯ … / Thời gian lấy ý kiến: từ …
    # đến ….", the header parser finding no Căn cứ) has swallowed the body: its lines after that sentence are the text's
    first = min((i for i, p in enumerate(tail) if _LAST_SENTENCE.search(p.text) and len(p.text) >= 40), default=len(tail))
    team_at = None
    prev = ""
    going_on = False
    # s35-pr (unseen95 u95-20): an article's lead-in to its list ("Điều 5. Họp thôn / Các hộ có trách nhiệm: / - Cử người
    # …"), or any label above the text's last article, is a provision's wording: the signers sign under the articles
    article = max((p.line for p in tail if _ARTICLE_HEAD.match(p.text)), default=0)
    for i, p in enumerate(tail):
        if (p.zone == "header" and i <= first) or (i < last and p.text.lstrip().startswith("|")) or p.line < article:
            continue
        # a sentence hard-wrapped over several lines ("- Ban công tác Mặt trận thôn: bà Lương Thị Nhài (Trưởng ban) và 02
        # / thành viên."): its cut lines are no signature labels, only a line in capitals may be one
        wrapped = len(p.seg_starts) > 1 and _LAST_SENTENCE.search(p.text) is not None
        # s37-rf (record flips, lawful19 t21 l.5 hard-wrapped over three lines): "Chủ trì: Bà A, Tổng Giám đốc / (người
        # đại diện theo pháp luật); đồng chủ trì:" — a paragraph of cut lines above the text's last sentence that runs on
        # (ends in ":", ";" or ",") is a field of the minutes' opening, not a block of signers
        wrapped = wrapped or (len(p.seg_starts) > 1 and i < last and _RUNS_ON.search(p.text) is not None)
        # s35-pr (lawful18 l27, lawful17 lw17-30 wrapped): the line listing the signers hard-wrapped ("Chữ ký: Trưởng
        # thôn A; …; đại diện 02 hộ gia đình: ông B, / ông C."): the same list, read whole
        listed = _listed_signers(" ".join(p.text.split())) if wrapped and _SIGNERS_INTRO.match(p.text) else []
        if listed:
            out.extend(SignaturePiece(t, p.line, p.section) for t in listed)
            continue
        pieces = list(_pieces(p))
        for k, (text, line) in enumerate(pieces):
            after_heading, prev = _PART_HEADING.match(prev) is not None, text
            if not text or (wrapped and not _mostly_upper(text)) or _ROLL_LINE.match(text) or after_heading:
                continue
            listed = _listed_signers(text, continued=going_on)
            # s35-pr (lawful18 l27 wrapped): a list of signers that goes on to the next line after ";" ("Chữ ký: Trưởng thôn
            # A; Trưởng ban công tác Mặt trận B; / Thư ký C; đại diện 02 hộ gia đình: ông D, bà E.")
            going_on = bool(_SIGNERS_INTRO.match(text) or (going_on and listed)) and text.rstrip().endswith((";", ","))
            if listed:
                out.extend(SignaturePiece(t, line, p.section) for t in listed)
                continue
            m = _LABEL_NAME.match(text)
            label = m.group("label") if m and not _NOT_A_TITLE.match(text) else None
            if _DRAFTERS.match(text):
                team_at = line
                out.append(SignaturePiece(text, line, p.section, True))
            elif _cut_sentence(text, pieces[k + 1][0] if k + 1 < len(pieces) else None):
                continue
            elif _signature_line(text):
                out.append(SignaturePiece(text, line, p.section, team_at is not None and line == team_at + 1))
            elif label and not (not text.partition(":")[2].strip() and _heads_text(tail, i)):
                out.append(SignaturePiece(label, line, p.section))
                # s35-pr (unseen95 u95-07): "Người ký (1): Ông Phan Văn Lộc – Tổ trưởng tổ dân phố kiêm Trưởng ban công
                # tác Mặt trận": the signer's post written after his name on the signature line is the title he signs under
                post = _NAME_POST.match(text.partition(":")[2].strip())
                if post:
                    out.append(SignaturePiece(post.group("post").strip(), line, p.section))
    return tuple(out)


#: A remark under a signature title ("đã ký", "(ký, ghi rõ họ tên)"): the title's own line, not a sentence going on.
_SIGN_REMARK = re.compile(r"^\s*\(?\s*(?:đã\s+ký|ký|đóng\s+dấu|chữ\s+ký)(?!\w)", re.IGNORECASE)


#: a signer's name under his title ("ĐẠI DIỆN HỘ GIA ĐÌNH" / "ông Lò Văn A, bà Lò Thị B"): a lower-case line that is no
#: sentence going on
_PERSON_OPEN = re.compile(r"(?:ông|bà|anh|chị|đồng\s+chí|đ/c)\s+[A-ZĐÀ-Ỹ]")


def _cut_sentence(text: str, nxt: str | None) -> bool:
    """s36-pr (record flips, lawful19 t21 l.12 hard-wrapped): "Tổng Giám đốc tiếp thu, giải trình: làm thêm chỉ khi được"
    / "người lao động đồng ý …" — a line with a clause after a comma or colon, the next line of its paragraph going on
    in lower case (no signing remark, no person's name), is a sentence cut by the wrap, not a short signature title
    ("Trưởng thôn" / "đã ký" stays one)."""
    return (nxt is not None and nxt[:1].isalpha() and nxt[:1].islower() and not _SIGN_REMARK.match(nxt)
            and not _PERSON_OPEN.match(nxt) and not _mostly_upper(text) and re.search(r"[,:]\s+\S", text) is not None)


_BULLET_ITEM = re.compile(r"^\s*(?:[-+•*]|\d{1,2}[.)]|[a-zđ]\))\s+\S")


def _heads_text(tail: list, i: int) -> bool:
    """s35-pw (lawful19 t21 l.9, l.14): a label with nothing after its colon ("Ý kiến của bên người lao động:",
    "Kết luận:") over a table, a list item or a full sentence heads the text that follows it — a part of the body, not a
    signature title (one stands over "(đã ký)" or a name)."""
    nxt = next((q for q in tail[i + 1:] if q.text.strip()), None)
    if nxt is None:
        return False
    t = nxt.text.strip()
    return t.startswith("|") or (_BULLET_ITEM.match(t) is not None and len(t) >= 30) \
        or (len(t) >= 40 and _LAST_SENTENCE.search(t) is not None)


#: A signer named with his post in one field: "Ông Phan Văn Lộc – Tổ trưởng tổ dân phố", "Bà Lò Thị Sen, Trưởng ban công
#: tác Mặt trận", "Hà Văn Tâm (Trưởng thôn)"; the post a capitalised title, not a remark ("(đã ký)").
_NAME_POST = re.compile(r"^(?:(?:Ông|Bà|ông|bà)\s+)?[A-ZĐ][a-zà-ỹđ]+(?:\s+[A-ZĐ][a-zà-ỹđ]+){1,4}\s*(?:,|\(|-|–)\s*"
                        r"(?P<post>[A-ZĐ][^;.()\n]{2,90})\)?\s*[.;]?$")


#: A line that lists who signed: "Người ký xác nhận: Trưởng thôn Nguyễn Văn Quý; Trưởng ban công tác Mặt trận …; đại diện
#: hộ gia đình: ông A, ông B." or "Trưởng thôn: Lê Văn T; Trưởng ban công tác Mặt trận: Ngô Thị U; …(đã ký)."
_SIGNERS_INTRO = re.compile(r"^\s*(?:(?:người|những\s+người)\s+ký(?:\s+xác\s+nhận)?|chữ\s+ký(?:\s+xác\s+nhận)?|ký\s+xác\s+nhận|"
                            r"xác\s+nhận\s+của\s+cộng\s+đồng(?:\s+dân\s+cư)?|đã\s+ký|các\s+bên\s+ký)\s*:\s*", re.IGNORECASE)
_SIGNED_TAIL = re.compile(r"\s*\(?\s*(?:đã\s+ký|ký,?\s*ghi\s+rõ\s+họ\s+tên)\s*\)?\s*[.;]?\s*$", re.IGNORECASE)


#: s34-pr (lawful18 l09): "đại diện 02 hộ gia đình: ông A, bà B" — the count of the signers in their title (Law Art.
#: 20.2.g: "02 đại diện của các hộ gia đình") is no figure of the meeting; the names after the colon are what is read.
_SIGNER_COUNT = re.compile(r"(?<![\d/.,])\(?0?[1-9]\)?(?=\s+(?:đại\s+diện|người|hộ|thành\s+viên)(?!\w))", re.IGNORECASE)


def _listed_signers(text: str, continued: bool = False) -> list[str]:
    """The signature titles of a line listing the signers, separated by ";" — each "title: name" part gives its title,
    each part after a "Người ký xác nhận:" opening its whole wording ("Trưởng thôn Nguyễn Văn Quý"); [] for any other
    line (a line of fewer than two such parts is read as before)."""
    intro = _SIGNERS_INTRO.match(text) or continued  # the rest of a list opened on the line above
    body = text[intro.end():] if intro is not True and intro else text
    parts = [_SIGNED_TAIL.sub("", x).strip(" .*") for x in body.split(";")]
    parts = [x for x in parts if x]
    if len(parts) < (1 if continued else 2):
        return []
    out = []
    for part in parts:
        m = _LABEL_NAME.match(part)
        if m and not _NOT_A_TITLE.match(part) and not re.search(r"\d", _SIGNER_COUNT.sub("", m.group("label"))) \
                and not re.search(r"\d", part.partition(":")[2]) and _all_names(part.partition(":")[2]):
            out.append(m.group("label").strip())
        elif intro and ":" not in part and len(part) <= 90 and not re.search(r"\d", part):
            out.append(part)
        else:
            return []  # "Tổng số hộ …: 148 hộ; số đại diện hộ có mặt: 97": figures, not signers
    return out


#: A person's name in a list of signers, a drafter's initial allowed ("Lê Văn T", "ông Nguyễn Văn A").
_LISTED_NAME = re.compile(r"^(?:(?:Ông|Bà|ông|bà)\s+)?[A-ZĐ][a-zà-ỹđ]*(?:\s+[A-ZĐ][a-zà-ỹđ]*){1,4}$")


def _all_names(text: str) -> bool:
    chunks = _names_in(_SIGNED_TAIL.sub("", text))
    return bool(chunks) and all(_LISTED_NAME.match(c.strip(" .*")) for c in chunks)


#: A signer's name under a title: "Lường Văn Cốm", "Ông Hà Văn Dông" — two to five words, each capitalised.
_SIGNER_NAME = re.compile(r"^(?:(?:Ông|Bà|ông|bà)\s+)?(?P<name>[A-ZĐ][a-zà-ỹđ]+(?:\s+[A-ZĐ][a-zà-ỹđ]+){1,4})$")
#: A signature title and its signed mark written before the name in one cell: "ĐẠI DIỆN BÊN NGƯỜI LAO ĐỘNG (đã ký) ".
_AFTER_MARK = re.compile(r"^[^()]*\(\s*(?:đã\s+ký|ký)[^)]*\)\s*(?=\S)", re.IGNORECASE)


def _title_of(text: str) -> str:
    """A signature piece's title: the words before its signed mark ("ĐẠI DIỆN BÊN NGƯỜI LAO ĐỘNG (đã ký) Mạc Thị
    Giang" → "ĐẠI DIỆN BÊN NGƯỜI LAO ĐỘNG"); the piece as it is when it has no mark."""
    m = re.search(r"\(\s*(?:đã\s+ký|ký)[^)]*\)", text, re.IGNORECASE)
    return text[:m.start()].strip() if m and m.start() > 0 else text
#: Where the body states a person's post: "Ông Lường Văn Cốm, Trưởng thôn nhiệm kỳ 2023 - 2026, …",
#: "bà Nông Thị Chè (Trưởng ban công tác Mặt trận thôn)", "ông A - Trưởng thôn".
#: The post is the apposition itself, written as a title (capitalised) and cut at the next comma or bracket —
#: never a remark after it ("bà Tô Thị Nga (được cuộc họp biểu quyết, 158/170 đại diện hộ đồng ý)").
_POST_AFTER = r"\s*(?:,|\(|-|–)\s*(?P<post>[A-ZĐ][^;.,()\n]{2,60})"
#: s35-pr (unseen96 u96-06): the second post the same person holds, after the first: "Ông Phạm Văn Sáu - Trưởng thôn, đồng
#: thời là Trưởng ban công tác Mặt trận thôn", "bà A, Tổ trưởng tổ dân phố, kiêm Trưởng ban công tác Mặt trận"
_SECOND_POST = re.compile(r"\s*,?\s*(?:đồng\s+thời\s+(?:là\s+|giữ\s+chức\s+|kiêm\s+)?|kiêm\s+(?:nhiệm\s+)?(?:chức\s+)?)"
                          r"(?P<post>[A-ZĐ][^;.,()\n]{2,60})")
#: "Chủ trì: ", "Thư ký cuộc họp: ": the title of a field on a closing line of signers, before the name.
_FIELD_TITLE = re.compile(r"^[^\W\d][^:|()]{1,40}:\s*(?=(?:(?:Ông|Bà|ông|bà)\s+)?[A-ZĐ][a-zà-ỹđ]+\s+[A-ZĐ])")


def _field_block(doc, pieces) -> list:
    """s35-pr (unseen95 u95-24, u95-36): the signers written as the fields of the text's last line, "Thư ký: Lý Thị Hoài |
    Chủ trì: Hà Văn Lượng" (or one such field a line): the pieces on those closing lines when each field is a title
    and a name alone."""
    run: list = []
    for piece in reversed(pieces):
        if run and run[0].line - piece.line > 1:
            break
        run.insert(0, piece)
    last = max((i + 1 for i, x in enumerate(doc.raw_lines) if x.strip()), default=0)
    if not run or run[-1].line != last:  # the text's last lines, nothing signed after them
        return []
    for line in sorted({piece.line for piece in run}):
        fields = [f.strip() for f in doc.raw_lines[line - 1].split("|") if f.strip()]
        if not fields or not all(_FIELD_TITLE.match(f) and _SIGNER_NAME.match(_FIELD_TITLE.sub("", f).strip(" .*"))
                                 for f in fields):
            return []
    return run


def section_is_article(section: str | None) -> bool:
    """Whether a paragraph's section is an article («Điều 5») of the text, not a record's account."""
    return bool(section) and bool(re.match(r"\s*Điều\s+\d", section))


def signer_posts(doc, pieces) -> tuple:
    """The posts the body gives the persons who sign: minutes signed "NGƯỜI CHỦ TRÌ / Lường Văn Cốm" by a chair
    the body introduces as "Ông Lường Văn Cốm, Trưởng thôn …" bear the Trưởng thôn's signature. Each post is a
    piece on the signer's name line, so that a required signer is found under whatever title he signs."""
    block = _closing_block(pieces) or _field_block(doc, pieces)
    if not block:
        return ()
    first = block[0].line
    names: dict[str, tuple[int, str]] = {}
    for no in range(first, len(doc.raw_lines) + 1):
        for chunk in re.split(r"\s{3,}|\|", doc.raw_lines[no - 1].strip()):  # columns: three spaces or more
            # s27-pr (lawful15 lw15-12 L11): a cell holding the title, the mark and the name on one line ("ĐẠI DIỆN BÊN
            # SỬ DỤNG LAO ĐỘNG (đã ký) Kiều Văn Thạch"): the name is what follows the mark
            chunk = _AFTER_MARK.sub("", chunk)
            # s35-pr (unseen95 u95-24): a field of the closing line of signers, "Chủ trì: Hà Văn Lượng": the name after the title
            chunk = _FIELD_TITLE.sub("", chunk.strip())
            m = _SIGNER_NAME.match(" ".join(chunk.strip(" *").split()))
            if m and not _mostly_upper(m.group("name")):
                para = next((p for p in doc.paras if p.line <= no <= (p.end_line or p.line)), None)
                names.setdefault(m.group("name"), (no, para.section if para else ""))
    out = []
    for name, (line, section) in names.items():
        rx = re.compile(re.escape(name) + _POST_AFTER)
        for p in doc.paras:
            # the minutes' account read as their preamble (no article, no numbered section) states posts too
            if p.zone in ("body", "preamble") and p.line < first:
                for m in rx.finditer(p.text):
                    out.append(SignaturePiece(m.group("post").strip(), line, section))
                    second = _SECOND_POST.match(p.text, m.end())
                    # the second post only from the record's own account, not from an article of the text adopted: a
                    # hương ước whose article makes the Trưởng thôn also Trưởng ban công tác Mặt trận states the
                    # concurrency the law keeps apart (its own finding), and his one signature is not the Ban's
                    # (corpus/samples/huong_uoc_loi.txt, Điều 5 khoản 4; Decree 61 Art. 6.1)
                    if second and not section_is_article(p.section):
                        out.append(SignaturePiece(second.group("post").strip(), line, section))
    return tuple(out)


#: What a signature block writes beside or under the names: "(đã ký)", "(ký, ghi rõ họ tên)", "Đã ký".
_SIGNED_MARK = re.compile(r"^\(?\s*(?:đã\s+ký|ký|ký,\s*ghi\s+rõ\s+họ\s+tên|ký\s+và\s+ghi\s+rõ\s+họ\s+tên)[^)]*\)?$",
                          re.IGNORECASE)


#: s35-ac (checker_unseen96 u96-07 l.53): a note in brackets after a signer's name on the lines under his title — his
#: standing or the signed mark, «ĐẠI DIỆN HỘ GIA ĐÌNH» over «Bùi Văn Khuông (già làng, đã ký)» — is no second name: its
#: comma splits nothing. (A name after the title on its own line, «Đại diện hộ gia đình thứ nhất: A (đã ký)», is left
#: uncounted as before: tests/test_check_roles_content.py pins it.)
_NAME_NOTE = re.compile(r"\s*\([^()]*\)")


def _unbracketed(text: str) -> str:
    """``text`` with the bracketed notes after its names set aside, when names remain."""
    bare = _NAME_NOTE.sub("", text)
    return bare if bare.strip() else text


def _names_in(text: str) -> list[str]:
    """The parts of a line of signers: "Lục Văn Thính, Đàm Thị Bột", "A và B"."""
    return [c for c in re.split(r"\s*,\s*|\s+và\s+|;", text) if c.strip()]


def names_signed(doc, piece) -> int | None:
    """How many persons sign under a title standing alone on its line ("ĐẠI DIỆN CÁC HỘ GIA ĐÌNH" over "(đã ký)"
    and "Lò Văn Chài"), or after it ("Đại diện các hộ gia đình: Lục Văn Thính, Đàm Thị Bột"); None when the title
    shares its line with other titles (columns: whose name is whose is not read) or no name is written (a blank
    form: nothing to count)."""
    raw = doc.raw_lines[piece.line - 1].strip().strip("*")
    if raw.startswith("|"):
        return _names_in_columns(doc, piece, raw)
    head, _, after = raw.partition(":")
    if match_key(head).strip() != match_key(piece.text.partition(":")[0]).strip() or re.search(r"\S\s{2,}\S", head):
        return None
    chunks = _names_in(after)
    if not chunks:
        for line in doc.raw_lines[piece.line:piece.line + 6]:
            t = line.strip().strip("*")
            if not t:
                if chunks:
                    break
                continue
            if _SIGNED_MARK.match(t):
                continue
            if re.search(r"\S\s{2,}\S", t) or _mostly_upper(t):
                break  # the next titles, or columns
            chunks.extend(_names_in(_unbracketed(t)))
    names = [c for c in chunks if _SIGNER_NAME.match(c.strip(" .*"))]
    return len(names) if names and len(names) == len(chunks) else None


def _names_in_columns(doc, piece, raw: str) -> int | None:
    """How many persons sign in the columns of a table row of titles headed by this title ("| TRƯỞNG THÔN | … |
    ĐẠI DIỆN HỘ GIA ĐÌNH |" over "| Trần Văn Nam | … | Đỗ Văn Lực |"): the names in the first row below that holds
    more than "(đã ký)"; None when that row is not made of names alone or there is none (a blank form)."""
    head = [c.strip() for c in split_row(raw)]
    cols = [i for i, c in enumerate(head) if match_key(c).strip() == piece.key.strip()]
    if not cols:
        return None
    for line in doc.raw_lines[piece.line:piece.line + 4]:
        t = line.strip()
        if not t.startswith("|"):
            return None
        row = [c.strip() for c in split_row(t)]
        if len(row) != len(head) or all(re.fullmatch(r"[-:\s]*", c) for c in row):
            continue
        vals = [row[i] for i in cols]
        if all(not v or _SIGNED_MARK.match(v) for v in vals):
            continue
        chunks = [c for v in vals for c in _names_in(_SIGNED_TAIL.sub("", v))]
        names = [c for c in chunks if _SIGNER_NAME.match(c.strip(" .*"))]
        return len(names) if names and len(names) == len(chunks) else None
    return None


_RECIPIENTS_HEAD = re.compile(r"^\s*(?:Nơi nhận|Nơi gửi|Noi nhan)\s*:?", re.IGNORECASE)
_SENT = re.compile(r"(?<!\w)(?:gửi|gui)(?!\w)", re.IGNORECASE)
#: The signer's block that ends a "Nơi nhận" list: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "CHỦ TỊCH".
_SIGNER = re.compile(r"^\s*(?:TM\.|KT\.|TL\.|Q\.|[A-ZĐ][A-ZĐÀ-Ỹ ]{3,}$)")


#: A "Nơi nhận" entry that sends the text to those an article names: "- Như Điều 3;", "- Như Điều 2 (để thực hiện);".
_AS_ARTICLE = re.compile(r"(?<!\w)(?:như|nhu)\s+(?:điều|dieu)\s+(\d{1,2})(?!\d)", re.IGNORECASE)
_ADDRESSED = re.compile(r"\s*[-–*]?\s*(?:kính gửi|kinh gui)\s*:", re.IGNORECASE)


def recipient_paras(doc) -> tuple:
    """Where a document says to whom it goes: its "Kính gửi:" line, the entries of its "Nơi nhận" list (up to the
    signer's block) and the sentences of its body that send it ("Kế hoạch được gửi Ủy ban nhân dân xã, …")."""
    out, listing = [], False
    for p in doc.paras:
        if _ADDRESSED.match(p.text):  # "Kính gửi: Ủy ban nhân dân xã …" under a report's title (header or body)
            out.append(p)
            continue
        if p.zone not in ("body", "closing", "preamble") and not _body_like(p):
            continue
        if _RECIPIENTS_HEAD.match(p.text):
            listing = True
            out.append(p)
            continue
        if listing and p.zone == "closing" and not _SIGNER.match(p.text):
            out.append(p)
            # s22-rq (unseen70 d08): "- Như Điều 5;" sends the text to those the article names ("Chánh Văn phòng, …, Tổ
            # trưởng Tổ dân phố số 11 … chịu trách nhiệm thi hành Quyết định này")
            for no in _AS_ARTICLE.findall(p.text):
                out.extend(q for q in doc.paras if q.zone == "body" and q.section == f"Điều {no}" and q not in out)
            continue
        listing = False
        # a notice with no article after its Căn cứ is read as its preamble, or its Căn cứ run on (s20-rq: unseen58
        # u58_10 L29)
        if _body_like(p) and any(not _SENDS_OTHER.match(p.text, m.end()) and not _sent_thing_named_before(p.text, m.start())
                                    for m in _SENT.finditer(p.text)):
            out.append(p)
    return tuple(out)


#: A Căn cứ line: "Căn cứ …", "Thực hiện …", "Theo …", "Xét …".
_BASIS_OPENING = re.compile(r"^\s*(?:căn cứ|thực hiện|theo|xét|sau khi|trên cơ sở|can cu|thuc hien|xet|sau khi|tren co so)(?!\w)",
                            re.IGNORECASE)


def _body_like(p) -> bool:
    """A paragraph of the text's body: the body, the preamble of a text with no article, or a line the reader left in
    the Căn cứ block that is no Căn cứ ("Thông báo này được gửi …" under a notice's bases)."""
    return p.zone in ("body", "preamble") or (p.zone == "basis" and not _BASIS_OPENING.match(p.text))


#: "… gửi kết quả về …", "gửi phiếu đến từng hộ": the sentence sends something else, not the text itself.
_SENDS_OTHER = re.compile(r"\s+(?:lại\s+|lai\s+)?(?:kết quả|ket qua|báo cáo|bao cao|phiếu|phieu|ý kiến|y kien|hồ sơ|ho so|"
                          r"biên bản|bien ban|thông tin|thong tin|tổng hợp|tong hop|giấy mời|giay moi|tài liệu|tai lieu|"
                          r"thông báo|thong bao|đề xuất|de xuat|kiến nghị|kien nghi|sáng kiến|sang kien|"
                          r"quyết định (?:của|đã)|quyet dinh (?:cua|da))(?!\w)", re.IGNORECASE)


def scope_paras(doc, scope: str):
    if scope == "signatures":
        return signature_pieces(doc)
    if scope == "recipients":
        return recipient_paras(doc)
    return doc.zone(*SCOPES[scope])


def validate(detect: dict) -> None:
    check_keys(detect, {"scope", "min_items", "min_present", "items", "level_basis", "title_severity", "sparse_severity", "not_if", "only_if", "title_if", "title_or_body",
                        "title_unless", "statement", "issued_text", "issuer_if", "issuer_unless", "also_if", "evidence_if", "items_in_evidence",
                        "signing_said", "signing_unless", "whole_text", "grade_unless"}, ["items"])
    for k in ("not_if", "only_if", "title_if", "issuer_if", "also_if", "evidence_if", "signing_said"):
        if k in detect:
            check_groups(detect[k], k)
    for k in ("title_unless", "statement", "signing_unless"):
        if k in detect:
            check_cues(detect[k], k)
    alt = detect.get("title_or_body")
    if alt is not None:
        if "title_if" not in detect or not isinstance(alt, dict) or set(alt) - {"title", "body", "unless"} \
                or not {"title", "body"} <= set(alt):
            raise ValueError("'title_or_body' cần 'title_if' và có dạng {title: [[…]], body: [[…]], unless: […]}")
        check_groups(alt["title"], "title_or_body.title")
        check_groups(alt["body"], "title_or_body.body")
        if "unless" in alt:
            check_cues(alt["unless"], "title_or_body.unless")
    for k in ("statement", "signing_said", "signing_unless"):
        if k in detect and detect.get("scope") != "signatures":
            raise ValueError(f"'{k}' chỉ dùng với 'scope: signatures'")
    lb = detect.get("level_basis")
    if lb is not None:
        if not isinstance(lb, list) or not lb or not all(isinstance(x, dict) and isinstance(x.get("basis"), str)
                                                          for x in lb):
            raise ValueError("'level_basis' phải là danh sách {cues: [...], basis: <căn cứ>}")
        for x in lb:
            if set(x) - {"cues", "basis", "severity"}:
                raise ValueError("'level_basis': chỉ có khóa cues, basis và severity")
            if "cues" in x:
                check_cues(x["cues"], "level_basis.cues")
            if "severity" in x and x["severity"] not in SEVERITIES:
                raise ValueError(f"'level_basis.severity' phải là một trong: {', '.join(SEVERITIES)}")
    sp = detect.get("sparse_severity")
    if sp is not None:
        if not isinstance(sp, dict) or set(sp) != {"below", "severity"} or sp["severity"] not in SEVERITIES \
                or not isinstance(sp["below"], int) or not 1 <= sp["below"] <= len(detect.get("items", ())):
            raise ValueError("'sparse_severity' có dạng {below: <số mục>, severity: <mức>}")
    ts = detect.get("title_severity")
    if ts is not None:
        if not isinstance(ts, dict) or set(ts) != {"cues", "severity"} or ts["severity"] not in SEVERITIES:
            raise ValueError("'title_severity' có dạng {cues: [...], severity: <mức>}")
        check_cues(ts["cues"], "title_severity.cues")
    if "issuer_unless" in detect:
        check_cues(detect["issuer_unless"], "issuer_unless")
    gu = detect.get("grade_unless")
    if gu is not None:
        if not isinstance(gu, dict) or set(gu) != {"if", "unless", "severity", "why"} or gu["severity"] not in SEVERITIES:
            raise ValueError("'grade_unless' có dạng {if: [[...]], unless: [[...]], severity: <mức>, why: <lý do>}")
        check_groups(gu["if"], "grade_unless.if")
        check_groups(gu["unless"], "grade_unless.unless")
    if detect.get("scope", "body") not in SCOPES:
        raise ValueError(f"'scope' phải là một trong: {', '.join(SCOPES)}")
    items = detect["items"]
    if not isinstance(items, list) or not items:
        raise ValueError("'items' phải là danh sách không rỗng")
    ids = set()
    for it in items:
        if not isinstance(it, dict) or not it.get("id") or not it.get("label"):
            raise ValueError(f"mục yêu cầu thiếu 'id' hoặc 'label': {it!r}")
        if set(it) - {"id", "label", "cues", "basis", "signers", "title_unless", "evidence_if", "severity", "why"}:
            raise ValueError(f"mục {it['id']}: khóa không được hỗ trợ")
        if "severity" in it and (it["severity"] not in SEVERITIES or "why" not in it):
            raise ValueError(f"mục {it['id']}: 'severity' là một trong {', '.join(SEVERITIES)}, kèm 'why' (lý do, "
                             f"tiếng Việt, nêu trong phát hiện)")
        if it["id"] in ids:
            raise ValueError(f"mục {it['id']} bị trùng")
        ids.add(it["id"])
        if "signers" in it and (not isinstance(it["signers"], int) or it["signers"] < 2):
            raise ValueError(f"mục {it['id']}: 'signers' phải là số nguyên từ 2 trở lên")
        check_groups(it.get("cues"), f"items.{it['id']}.cues")
        if "title_unless" in it:
            check_cues(it["title_unless"], f"items.{it['id']}.title_unless")
        if "evidence_if" in it:
            check_groups(it["evidence_if"], f"items.{it['id']}.evidence_if")
    m = detect.get("min_items")
    if m is not None and (not isinstance(m, int) or not 1 <= m <= len(items)):
        raise ValueError("'min_items' phải là số nguyên từ 1 đến số mục")
    m = detect.get("min_present")
    if m is not None and (not isinstance(m, int) or not 1 <= m < len(items)):
        raise ValueError("'min_present' phải là số nguyên từ 1 đến dưới số mục")


#: A list item under the paragraph that opens the list ("1. Ông A, Trưởng bản - Tổ trưởng;", "- Bà B, …", "| … |").
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-zđ]\)|[-–+•*|])\s*")


def evidence_list(doc, groups) -> tuple:
    """The paragraph matching ``groups`` that opens a list ("Tổ soạn thảo … gồm 05 thành viên: …") and the list items
    right under it: where the members a provision requires must be named."""
    paras = list(doc.paras)
    at = next((k for k, p in enumerate(paras) if p.zone != "header" and all_groups(p.key, groups)), None)
    if at is None:
        return ()
    out = [paras[at]]
    # s22-rq: a list head the reader left in the Căn cứ block ("Hồ sơ gửi kèm:" after a tờ trình's account) keeps its
    # items, which fall in the preamble or the body
    text_zones = ("basis", "preamble", "body")
    for p in paras[at + 1:]:
        if not _LIST_ITEM.match(p.text) or (p.zone != paras[at].zone
                                             and not (paras[at].zone in text_zones and p.zone in text_zones)):
            break
        out.append(p)
    return tuple(out)


#: s21-rq2 (unseen36 n08 L19): a slot of the document named with its value put off to later ("Địa điểm: sẽ thông báo
#: sau.", "2. Thời gian: chưa xác định", "Kinh phí: sẽ bổ sung sau"): the item the law requires is not stated. Only a
#: short "label: deferral" line; blanks ("Địa điểm: ……") are DC-02's.
_DEFERRED_SLOT = re.compile(
    r"^\s*(?:[-+•*]\s*|\(?\d{1,2}[.)]\s*|[a-zđ][.)]\s*)?[^\W\d][^:;.\n]{0,40}:\s*"
    r"(?:(?:sẽ|se)\s+(?:được\s+|duoc\s+)?)?"
    r"(?:(?:thông\s+báo|thong\s+bao|xác\s+định|xac\s+dinh|bố\s+trí|bo\s+tri|cập\s+nhật|cap\s+nhat|bổ\s+sung|bo\s+sung|"
    r"quyết\s+định|quyet\s+dinh|thống\s+nhất|thong\s+nhat)\s+sau"
    r"|(?:chưa|chua)\s+(?:xác\s+định|xac\s+dinh|có|co|rõ|ro|thống\s+nhất|thong\s+nhat)"
    r"|(?:đang|dang)\s+(?:cập\s+nhật|cap\s+nhat|xác\s+định|xac\s+dinh))"
    r"\s*[.;]?\s*$", re.IGNORECASE)


def deferred_slot(text: str) -> bool:
    """A line naming a slot whose value is put off ("Địa điểm: sẽ thông báo sau.")."""
    return len(text) <= 90 and bool(_DEFERRED_SLOT.match(text))


def deferred_line(p, cues) -> int | None:
    """The line of paragraph ``p`` that names the item of ``cues`` as a slot and puts its value off, or None: each line
    of the paragraph is read alone (a line without a full stop is joined to the next by the reader)."""
    starts = list(getattr(p, "seg_starts", ()) or ())
    if not starts:
        return None
    bounds = starts + [len(p.text)]
    for k, start in enumerate(starts):
        seg = p.text[start:bounds[k + 1]].strip()
        if deferred_slot(seg) and all_groups(match_key(seg), cues):
            return p.seg_lines[k]
    return None


def coverage(rule: Rule, ctx: Context) -> CoverageMatrix:
    paras = scope_paras(ctx.doc, rule.detect.get("scope", "body"))
    if rule.detect.get("items_in_evidence") and "evidence_if" in rule.detect:
        # the members a provision requires are read in the list itself, not anywhere in the text: a "Già làng Triệu
        # Văn Nặm" signing the hương ước is no member of its Tổ soạn thảo (unseen23 n01)
        listed = evidence_list(ctx.doc, rule.detect["evidence_if"])
        paras = listed or paras
    if rule.detect.get("scope") == "signatures":
        key = "required_content.signer_posts"  # one reading per document, not per rule and per coverage call
        if key not in ctx.memo:
            ctx.memo[key] = signer_posts(ctx.doc, paras)
        paras = tuple(paras) + ctx.memo[key]
    sections: list[str] = []
    for p in paras:
        if p.section not in sections:
            sections.append(p.section)
    rows = []
    for it in rule.detect["items"]:
        cells: dict[str, list[int]] = {}
        # "signers": the names written under every title of the item, added up ("ĐẠI DIỆN HỘ GIA ĐÌNH: A" on one line
        # and again on the next are the two who must sign); a title with no countable names leaves the count open
        counted, named_total, unknown = set(), 0, False
        deferred = False
        for p in paras:
            if all_groups(p.key, it["cues"]):
                if not isinstance(p, SignaturePiece) and deferred_line(p, it["cues"]) is not None:
                    # "Địa điểm: sẽ thông báo sau.": the text's own slot for the item says its value is not set; a
                    # heading ("II. THỜI GIAN, ĐỊA ĐIỂM") or a loose word elsewhere ("bầu tại tổ dân phố") fills nothing
                    deferred = True
                    continue
                if "signers" in it and isinstance(p, SignaturePiece):
                    if (p.line, p.key) not in counted:
                        counted.add((p.line, p.key))
                        named = names_signed(ctx.doc, p)
                        if named is None:
                            unknown = True
                        else:
                            named_total += named
                cells.setdefault(p.section, []).append(p.line)
        if deferred:
            cells = {}
        if "signers" in it and counted and not unknown and named_total < it["signers"]:
            cells = {}  # "ĐẠI DIỆN CÁC HỘ GIA ĐÌNH / Lò Văn Chài": one of the two who must sign
        rows.append(CoverageRow(it["id"], it["label"],
                                tuple((s, tuple(v)) for s, v in cells.items()), it.get("basis", "")))
    return CoverageMatrix(rule.id, rule.title, tuple(sections), tuple(rows))


def title_evidence(ctx: Context) -> Evidence:
    """Missing content has no line of its own: point at the document's type heading and title."""
    head = ctx.doc.heading_para
    heading, title = head.text.strip(" *"), ctx.doc.title_text
    # a one-line heading holds its title ("BIÊN BẢN HỌP BAN THANH TRA NHÂN DÂN XÃ …"): quoted once, not twice
    quote = heading if title and title in heading else " ".join(x for x in (heading, title) if x)
    ev = ctx.doc.evidence(head)
    return Evidence(quote[:260], ev.line, ev.end_line, ev.paragraph, "Tiêu đề")


MOTTO = re.compile(r"c[ộo]ng\s+h\w+\s+x[ãa]\s+h[ộo]i\s+ch[ủu]\s+ngh[ĩi]a(?:\s+vi[ệe]t\s+nam)?", re.IGNORECASE)


def issuer_keys(doc) -> tuple[str, str]:
    """(header lines, type heading and title), the national motto removed: who issues the document.

    The header names the issuer ("HỘI ĐỒNG NHÂN DÂN / TỈNH …"); the title is read only when the
    header says nothing, since a provincial resolution's title may well speak of "xã, phường".
    """
    head = doc.heading_para
    header = " ".join(p.key for p in doc.paras if p.zone == "header")
    title = " ".join(p.key for p in doc.paras if head.index <= p.index <= head.index + 2)
    return MOTTO.sub(" ", header), MOTTO.sub(" ", title)


def issuer_lines(doc) -> str:
    """``issuer_if``: the header lines above the type heading (and the heading line itself) — who issues the text, never
    whom it is sent to ("Kính gửi: …") nor a body named in the text ("BAN THANH TRA NHÂN DÂN XÃ VĨNH HÒA / … BÁO CÁO")."""
    head = doc.heading_para
    stop = head.index
    if doc.paras and head is doc.paras[0]:
        # s22-rq (unseen69 u69-06): no type heading was found ("BIÊN BẢN HỌP BAN THANH TRA NHÂN DÂN XÃ … - phiên thường
        # kỳ …" in mixed case): the issuer is every header line down to the first that opens with a type word
        stop = next((p.index for p in doc.paras if p.zone == "header"
                     and any(p.key.lstrip(" *").startswith(w) for w in _TYPE_WORDS)), head.index)
    lines = " ".join(p.key for p in doc.paras if p.zone == "header" and p.index <= stop
                     and not re.match(r"\s*kính\s+gửi", p.key))
    # s25-pr (unseen76 u76-03): "UBND XÃ NGÀN SẬY / THÔN CỒN BÌM" — a community's own paper under the commune's name:
    # the line above the issuing body names the body it belongs to (Decree 30/2020/NĐ-CP Annex I, "tên cơ quan, tổ
    # chức chủ quản trực tiếp"); the thôn or tổ dân phố issues it, not the UBND
    parent = _COMMUNITY_UNDER.match(match_key(doc.header.issuer or "")) or _COMMUNITY_UNDER.match(lines)
    if parent:
        at = lines.find(parent.group(0).strip())
        if at >= 0:
            lines = lines[:at] + " " * len(parent.group(0).strip()) + lines[at + len(parent.group(0).strip()):]
    return lines


#: The commune's UBND written above a community's name in the issuer block ("ubnd xã ngàn sậy thôn cồn bìm", key form);
#: the «bản» of «biên bản» under it is the record's type, no village (s40-doc).
_COMMUNITY_UNDER = re.compile(
    r"\s*(?:(?:ủy|uỷ)\s+ban\s+nhân\s+dân|ubnd)\s+(?:xã|phường|thị\s+trấn|đặc\s+khu)\s+[^|]{1,40}?"
    r"(?=\s*[-–,]?\s*(?:thôn|tổ\s+dân\s+phố|tdp|(?<!biên\s)bản|ấp|làng|xóm|buôn|bon|plei|khu\s+phố|khóm|khu\s+dân\s+cư|tổ\s+dân\s+cư)\s+\S)")


_TYPE_WORDS = ("biên bản", "nghị quyết", "bản thỏa thuận", "bản ghi nhớ", "kế hoạch", "báo cáo", "quyết định",
               "thông báo", "hương ước", "quy ước", "quy chế", "tờ trình", "công văn", "giấy mời",
               # s22-rq (unseen70 d05 L5): the request of Decree 61's Mẫu số 01 is headed by its own name
               "văn bản đề nghị", "văn bản kiến nghị", "kiến nghị")


def _caps_heading(doc) -> str | None:
    """A header line in capitals that opens with a type word ("VĂN BẢN ĐỀ NGHỊ CÔNG NHẬN HƯƠNG ƯỚC", under the
    place-and-date line) that the header reader did not take for the type heading, with the header line after it."""
    paras = list(doc.paras[:12])
    for k, p in enumerate(paras):
        t = p.text.strip(" *")
        if p.zone != "header" or not _mostly_upper(t) or len(t) > 160:
            continue
        if any(match_key(t).startswith(w) for w in _TYPE_WORDS):
            nxt = paras[k + 1] if k + 1 < len(paras) and paras[k + 1].zone == "header" \
                and not re.match(r"\s*kính\s+gửi", paras[k + 1].key) else None
            return " ".join(x.text for x in (p, nxt) if x is not None)
    return None


def _run_in_heading(doc) -> str | None:
    """A type heading run into the first sentence of the body on one line ("BIÊN BẢN CUỘC HỌP CỦA CỘNG ĐỒNG DÂN CƯ Hôm
    nay, hồi 19 giờ 30 …", checker_unseen61 u61-02) that the header reader did not take for the heading: its capitals."""
    for p in doc.paras[:10]:
        words = p.text.split()
        caps = []
        for w in words:
            letters = [c for c in w if c.isalpha()]
            if not letters or not all(c.isupper() for c in letters):
                break
            caps.append(w)
        if len(caps) < 2 or len(caps) == len(words):
            continue
        head = " ".join(caps).lower()
        if any(head.startswith(t) for t in _TYPE_WORDS):
            return " ".join(caps)
    return None


def title_key(doc) -> str:
    """The document's own title ("KẾ HOẠCH Tổ chức bầu Trưởng thôn …"), never its Căn cứ lines."""
    key = _title_key(doc)
    if not any(t in key for t in _TYPE_WORDS):
        # no type word in the title read: a heading run into the body's first line (u61-02)
        run_in = _run_in_heading(doc)
        if run_in is not None:
            return match_key(f"{run_in} {key}")
        caps = _caps_heading(doc)
        if caps is not None:
            return match_key(caps)
        # s19-cb (unseen68 u68-08): the issuer's line taken for the heading ("THÔN CỒN MƯỚP - XÃ QUẾ SA") and the type
        # word cut off the title's own line ("NGHỊ QUYẾT CỦA CỘNG ĐỒNG DÂN CƯ THÔN …" over a second title line): the
        # type the header reader found, when a header line below the issuer's starts with it in capitals
        kind = (doc.header.doc_type or "").strip()
        if kind and any(p.zone == "header" and p.index > doc.heading_para.index
                        and p.text.lstrip(" *").startswith(kind.upper()) for p in doc.paras):
            return match_key(f"{kind} {key}")
    return key


def _title_key(doc) -> str:
    head = doc.heading_para
    title = doc.title_text
    if not title:
        nxt = next((p for p in doc.paras if p.index == head.index + 1), None)
        title = nxt.text if nxt is not None and nxt.zone == "header" else ""
    else:
        # a type word on the title's own line ("NGHỊ QUYẾT CỦA CỘNG ĐỒNG DÂN CƯ TỔ DÂN PHỐ 7") that the header parser took
        # as the type and cut off, its heading falling on the issuer's line: the title keeps its type word
        t = title.strip()
        own = next((p for p in doc.paras if p.zone == "header" and p is not head and p.text.strip().endswith(t)
                    and len(p.text.strip()) > len(t)), None)
        if own is not None and own.text.strip()[:-len(t)].strip().isupper():
            title = own.text
    return match_key(f"{head.text} {title}")


def _level_entry(rule: Rule, ctx: Context) -> dict | None:
    entries = rule.detect.get("level_basis")
    if not entries:
        return None
    # the lines above the type heading name the issuer ("HỘI ĐỒNG NHÂN DÂN / XÃ KHE LÁC"); a line under it may name the
    # province or district it belongs to ("HỘI ĐỒNG NHÂN DÂN XÃ KHE LÁC, HUYỆN PHONG DỰC, NHIỆM KỲ …": a commune's)
    for key in (MOTTO.sub(" ", issuer_lines(ctx.doc)), *issuer_keys(ctx.doc)):
        for e in entries:
            if "cues" in e and any_cue(key, e["cues"]):
                return e
    return next((e for e in entries if "cues" not in e), None)


def level_basis_and_severity(rule: Rule, ctx: Context) -> tuple[str | None, str]:
    """The provision that makes the issuer's level decide this content, and the grade of a missing item there: the
    level entry's ``severity`` when it is lower than the rule's (a commune's HĐND decides measures "trong phạm vi địa
    bàn cấp xã"), else the rule's own."""
    e = _level_entry(rule, ctx) or {}
    lower = max(e.get("severity", rule.severity), rule.severity, key=SEVERITIES.index)  # SEVERITIES: highest first
    # ``title_severity``: a title that says the text takes only some of the items ("Quy định một số biện pháp …")
    # makes a missing one advice at most
    ts = rule.detect.get("title_severity")
    if ts and any_cue(title_key(ctx.doc), ts["cues"]):
        lower = max(lower, ts["severity"], key=SEVERITIES.index)
    return e.get("basis"), lower


def document_matches(doc, groups) -> bool:
    """Some paragraph of the document (any zone) matches every cue group."""
    return any(all_groups(p.key, groups) for p in doc.paras)


def applies(rule: Rule, ctx: Context) -> bool:
    d = rule.detect
    if "not_if" in d and document_matches(ctx.doc, d["not_if"]):
        return False
    if "only_if" in d and not document_matches(ctx.doc, d["only_if"]):
        return False
    # a second condition another paragraph may meet (an ethnic-minority village said in one line, its drafting
    # team listed in another: Decree 61 Art. 8.2)
    if "also_if" in d and not document_matches(ctx.doc, d["also_if"]):
        return False
    if "title_if" in d and not all_groups(title_key(ctx.doc), d["title_if"]) and not _title_or_body(d, ctx.doc):
        return False
    if "title_unless" in d and any_cue(title_key(ctx.doc), d["title_unless"]):
        return False
    if "issuer_if" in d and not all_groups(issuer_lines(ctx.doc), d["issuer_if"]):
        return False
    if "issuer_unless" in d and any_cue(issuer_lines(ctx.doc), d["issuer_unless"]):
        return False
    if d.get("issued_text") and (decision_without_text(ctx.doc) or issued_extract(ctx.doc)):
        return False
    return True


def _title_or_body(d: dict, doc) -> bool:
    """``title_or_body``: a plain title ("BIÊN BẢN HỌP THÔN") whose body says what the title does not (a vote on a
    contribution)."""
    alt = d.get("title_or_body")
    if not alt:
        return False
    title = title_key(doc)
    if not all_groups(title, alt["title"]) or ("unless" in alt and any_cue(title, alt["unless"])):
        return False
    body = [p.key for p in doc.paras if p.zone == "body"]
    return all(any(all_groups(k, [g]) for k in body) for g in alt["body"])


def decision_without_text(doc) -> bool:
    """A Quyết định that issues a text ("Về việc ban hành Quy chế …") whose file holds the decision alone: no part
    attached after it ("QUY CHẾ / (Ban hành kèm theo Quyết định …)" read as "… kèm theo")."""
    return doc.header.doc_type == "Quyết định" and not any("kèm theo" in p.section or ATTACHED_TITLE.match(p.text)
                                                          for p in doc.paras)


#: s19-p2 (lw7_07 L14): "QUY CHẾ (trích)", "TRÍCH QUY CHẾ …", "Quy chế … (trích các điều 1 đến 12)", "(trích Chương V)"
#: (s29-pr): the file holds an
#: extract of the issued text — what it leaves out is not missing from the text.
_EXTRACT = re.compile(r"\(\s*(?:trích|trich|bản\s+trích|ban\s+trich)(?:\s+(?:một\s+số|mot\s+so|các|cac|điều|dieu|chương|chuong|mục|muc|phần|phan|phụ\s+lục|phu\s+luc|khoản|khoan|nội\s+dung|noi\s+dung)[^()]{0,60})?\s*\)",
                      re.IGNORECASE)


def _input_lines(doc, paras):
    """The input lines of ``paras``, as written: a rebuilt paragraph may join a title line to the line under it
    ("QUY CHẾ … (trích)" + "(Ban hành kèm theo Quyết định …)", dev_acts2 da2-35), and a title is read on its own line."""
    for p in paras:
        for ln in range(p.line, (p.end_line or p.line) + 1):
            if 0 < ln <= len(doc.raw_lines):
                yield doc.raw_lines[ln - 1]


def issued_extract(doc) -> bool:
    """The issued text in the file is an extract: its title line says so ("QUY CHẾ (trích)", "TRÍCH QUY CHẾ …")."""
    return any(ATTACHED_TITLE.match(t) and len(t) < 160 and (_EXTRACT.search(t) or re.match(r"^\s*TRÍCH\s", t))
               for t in _input_lines(doc, doc.paras))


def unsigned_text(doc) -> bool:
    """The text carries no signature block at all — no signature title, no drafting team's block: a minutes or a
    hương ước typed without what is written under it. Whether the paper was signed is not in the file, so a missing
    signature is judged only where the text itself says who signs (``signing_sentence``)."""
    return not _signature_pieces(doc)


#: s27-pr (dev_acts da-06, da-15): "(Trích Chương IV)", "(Trích Điều 12 - Điều 15)" under the title, "TRÍCH HƯƠNG ƯỚC …":
#: the file says it holds part of the text.
_EXTRACT_LINE = re.compile(r"^\s*(?:\(\s*(?i:trích|trich|bản\s+trích|ban\s+trich)(?!\w)[^()]{0,80}\)\s*$|TRÍCH\s+[A-ZĐ])")


#: s29-pr (dev_acts2 da2-39): "QUY CHẾ DÂN CHỦ … - PHỤ LỤC 02: ĐỐI THOẠI TẠI NƠI LÀM VIỆC", "PHỤ LỤC 01 / …": the title
#: says the file is an appendix of a larger text — one part of it, in capitals as a title is written.
_APPENDIX_TITLE = re.compile(r"^\s*(?:(?:TRÍCH\s+)?(?:QUY CHẾ|QUY ĐỊNH|HƯƠNG ƯỚC|QUY ƯỚC|ĐIỀU LỆ|NỘI QUY|KẾ HOẠCH|NGHỊ QUYẾT|"
                             r"QUYẾT ĐỊNH)[^()]{0,120}?\s[-–:]\s*)?PHỤ\s+LỤC(?![^\W\d_])")
#: s29-pr (unseen83 u83-17, u83-25 … u83-40): a line that is only an elision mark — "(...)", "[…]", "…" — says the file
#: leaves part of the text out (a long run of dots is a blank to fill in, not a mark).
_ELISION_LINE = re.compile(r"^\s*[(\[]?\s*(?:\.{3,5}|…{1,3})\s*[)\]]?\s*$")


def declared_extract(doc) -> bool:
    """The file says it holds part of a text: a line "(Trích …)" alone near the title, a title opening "TRÍCH …", an
    attached text titled so (``issued_extract``), a title naming an appendix of the text ("QUY CHẾ … - PHỤ LỤC 02: …"),
    or a line that only marks text left out ("(...)"). What the part leaves out — other articles, its closing, its
    signatures — is not in the file, and not missing from the text."""
    head = doc.heading_para
    near = [p for p in doc.paras if p.index <= head.index + 3 or p.zone == "header"]
    return (issued_extract(doc) or any(_EXTRACT_LINE.match(t) or _APPENDIX_TITLE.match(t) for t in _input_lines(doc, near))
            or any(_ELISION_LINE.match(t) for t in _input_lines(doc, doc.paras)))


#: "Kế hoạch (này) được gửi …", "gửi Kế hoạch này đến …": the sentence that sends the text itself.
_SENDS_ITSELF = re.compile(r"(?<!\w)(?:(?:kế hoạch|ke hoach|văn bản|van ban)(?:\s+(?:này|nay))?\s+(?:được\s+|duoc\s+)?(?:gửi|gui)"
                           r"|(?:thông báo|thong bao|báo cáo|bao cao|quyết định|quyet dinh)\s+(?:này|nay)\s+(?:được\s+|duoc\s+)?(?:gửi|gui)"
                           r"|(?:gửi|gui)\s+(?:kế hoạch|ke hoach))(?!\w)", re.IGNORECASE)


def recipients_evidence(ctx: Context) -> Evidence | None:
    """A missing recipient points at the sentence that sends the document, else at its "Nơi nhận" with
    the entries listed under it (the lines a reader looks at for the missing one)."""
    paras = recipient_paras(ctx.doc)
    p = next((p for p in paras if _body_like(p) and _SENDS_ITSELF.search(p.text)), None)
    if p is not None:
        return ctx.doc.evidence(p)
    p = next((p for p in paras if _RECIPIENTS_HEAD.match(p.text)), None)
    if p is None:
        return None
    ev, last = ctx.doc.evidence(p), p
    for q in ctx.doc.paras[p.index:]:  # Para.index is 1-based: the paragraphs after the head
        if q.zone != p.zone or not _RECIPIENT_ENTRY.match(q.text) or re.match(r"^\s*[-+•]?\s*Lưu\b", q.text):
            break
        last = q
    return Evidence(ev.text, ev.line, last.end_line, ev.paragraph, ev.section)


_RECIPIENT_ENTRY = re.compile(r"^\s*[-+•]\s*\S")


def signatures_evidence(rule: Rule, ctx: Context, missing=()) -> Evidence | None:
    """A missing signature points at the signature block a reader completes: the signature titles the
    rule recognises ("TỔ TRƯỞNG    ĐẠI DIỆN HỘ GIA ĐÌNH"), first to last line; with none of them, the block
    of capitalised titles that ends the text ("CHỦ TRÌ    THƯ KÝ"); None when there is no such block
    (the title then stands for the whole text). A title written with too few names under it ("ĐẠI DIỆN CÁC
    HỘ GIA ĐÌNH" over one name) is itself the place."""
    every = signature_pieces(ctx.doc)
    short = {r.item for r in missing}
    under = [p for p in every if any(it["id"] in short and "signers" in it and all_groups(p.key, it["cues"])
                                     for it in rule.detect["items"])]
    if under and len(short) == 1:
        para = next((q for q in ctx.doc.paras if q.line <= under[-1].line <= (q.end_line or q.line)), None)
        return Evidence(under[-1].text[:260], under[-1].line, under[-1].line,
                        ctx.doc.evidence(para).paragraph if para else 0, under[-1].section)
    pieces = [p for p in every if any(all_groups(p.key, it["cues"]) for it in rule.detect["items"])]
    if not pieces:  # only other signers ("CHỦ TRÌ    THƯ KÝ"): the block that ends the text, from its first title
        block = _closing_block(every)
        if not block:
            return None
        pieces = block
    first, last = pieces[0], pieces[-1]
    para = next((p for p in ctx.doc.paras if p.line <= first.line <= (p.end_line or p.line)), None)
    return Evidence(first.text[:260], first.line, last.line, ctx.doc.evidence(para).paragraph if para else 0,
                    first.section)


def signing_sentence(rule: Rule, ctx: Context):
    """``signing_said`` (groups): a text with no signature block that says in its body who signs it ("Sau khi được
    thông qua, Quy ước do Tổ trưởng tổ dân phố ký xác nhận và lưu tại tổ", unseen13 p15 L35) — the last body sentence
    matching every group — is where a reader sees the missing signer: the reviewer marks the signer left out there,
    not on the title. ``signing_unless`` (cues): a sentence naming another paper of the procedure ("Biên bản cuộc
    họp … có chữ ký của …") says who signs that paper, not the text. None when the rule has no such groups or the
    text no such sentence."""
    groups = rule.detect.get("signing_said")
    if not groups:
        return None
    unless = tuple(rule.detect.get("signing_unless", ()))
    return next((p for p in reversed(ctx.doc.paras) if p.zone in ("body", "closing", "preamble")
                 and all_groups(p.key, groups) and not (unless and any_cue(p.key, unless))), None)


def _said_or(said, rule: Rule, item_id: str, ctx: Context, ev: Evidence) -> Evidence:
    """The signing sentence for a signer it leaves out; ``ev`` (the title) for one it names — the sentence then says
    that signer signs, and nothing on it is missing."""
    if said is None:
        return ev
    it = next((x for x in rule.detect["items"] if x["id"] == item_id), {})
    if it.get("cues") and all_groups(said.key, it["cues"]):
        return ev
    return ctx.doc.evidence(said)


#: How far before the signature block (in paragraphs) the text may say who signs ("Biên bản lập thành 03 bản, có chữ
#: ký của …"); a note after the block ("(Biên bản chỉ có chữ ký của …)") is read too.
STATEMENT_REACH = 4


def with_signing_statement(rule: Rule, ctx: Context, ev: Evidence) -> Evidence:
    """``statement``: the sentence in which the text says who signed it — in the last paragraphs before the
    signature block or in a note after it — is where a reader sees the missing signer: the evidence runs from it
    to the block (or from the block to it), quoting the sentence. Without such a sentence, ``ev`` as it was."""
    cues = tuple(rule.detect["statement"])
    paras = [p for p in ctx.doc.paras if p.zone in ("body", "closing")]
    block_at = next((i for i, p in enumerate(paras) if p.line <= ev.line <= (p.end_line or p.line)), None)
    if block_at is None:
        return ev
    near = paras[max(0, block_at - STATEMENT_REACH):]
    said = [p for p in near if any_cue(p.key, cues)]
    if not said:
        return ev
    p = said[-1]
    own = ctx.doc.evidence(p)
    return Evidence(own.text, min(own.line, ev.line), max(own.end_line, ev.end_line, ev.line), own.paragraph,
                    own.section)


def _closing_block(pieces) -> list:
    """The last run of signature pieces (each within 3 lines of the next), from its first title in capitals."""
    run: list = []
    for piece in reversed(pieces):
        if run and run[0].line - piece.line > 3:
            break
        run.insert(0, piece)
    start = next((i for i, piece in enumerate(run) if _mostly_upper(_title_of(piece.text))),
                 None)
    return run[start:] if start is not None else []


def _item_excused(rule: Rule, item_id: str, ctx: Context) -> bool:
    """An item its own ``title_unless`` cues leave out for this document: the minutes of the meeting that
    dismisses the Trưởng thôn are not his to sign (RC-51)."""
    it = next((x for x in rule.detect["items"] if x["id"] == item_id), None)
    return bool(it and it.get("title_unless") and any_cue(title_key(ctx.doc), it["title_unless"]))


_ON_BEHALF = re.compile(r"^\s*(?:tm\.?|t\.m\.?|t/m|thay\s+mặt)\s", re.IGNORECASE)


def _extract_silent(rule: Rule, ctx: Context) -> bool:
    """s27-pr (dev_acts da-06, da-15): a file that says it is an extract ("HƯƠNG ƯỚC … (Trích Chương IV)") holds part of
    the text: what it leaves out is not missing from the text. Signatures are judged only when the extract carries the
    signature block; other content is not judged above a gợi ý — except a list the rule reads where it stands (``items_in_evidence``)
    or a text that lists its parts (``min_present``), both judged on what the file shows."""
    d = rule.detect
    if d.get("whole_text"):
        # s29-pr (dev_acts2 da2-16/19/27/38, unseen69 u69-04/05/11, unseen83 u83-17/31): the sections of the whole quy
        # chế are not in a file that says it holds one chapter or article of it
        return declared_extract(ctx.doc)
    if d.get("items_in_evidence") or d.get("min_present") or d.get("scope") == "recipients" \
            or not declared_extract(ctx.doc):
        return False
    if d.get("scope") == "signatures":
        # s30-pr (unseen85 u85-02 l.15): an extract whose last line is "TM. CỘNG ĐỒNG DÂN CƯ THÔN BÃI SẬY", the titles and
        # names under it not in the file: a block that only says on whose behalf it is signed shows no signer
        block = _closing_block(signature_pieces(ctx.doc))
        return not block or all(_ON_BEHALF.match(piece.text) for piece in block)
    # advice may still be given on an extract (unseen35 n04 «(trích các điều chính)»: Law Art. 64.2's encouragement, a
    # gợi ý); a lỗi or cảnh báo would say the text lacks what the file may simply not show
    return rule.severity != "gợi ý"


def check(rule: Rule, ctx: Context) -> list[Finding]:
    if not applies(rule, ctx):
        return []
    recipients = rule.detect.get("scope") == "recipients"
    if recipients and not recipient_paras(ctx.doc):
        return []  # the text says nothing of whom it goes to (an excerpt): nothing to judge
    matrix = coverage(rule, ctx)
    missing = [r for r in matrix.rows if not r.covered and not _item_excused(rule, r.item, ctx)]
    if not missing:
        return []
    if len(matrix.rows) - len(missing) < rule.detect.get("min_present", 0):
        return []  # an excerpt, not a plan that lists its parts
    if _extract_silent(rule, ctx):
        return []
    if rule.detect.get("scope") == "signatures" and (drafters_block(ctx.doc) or unsigned_text(ctx.doc)) and not any(
            any(all_groups(p.key, it["cues"]) for it in rule.detect["items"]) for p in signature_pieces(ctx.doc)):
        # s25-pr (unseen76 u76-06): the only signature is the drafting team's — a draft posted for comments, whose
        # confirmation block (Decree 61/2023 Art. 6.1) comes with the adopted text: only a sentence saying who will sign
        # and leaving a signer out is marked, there. The same holds for a text that carries no signature block at all
        # (s28, dev_acts2 da2-11, da2-13: short minutes typed without the signatures under them): the file does not
        # show whether the paper was signed, and the report says so (engine)
        said = signing_sentence(rule, ctx)
        if said is None:
            return []
        missing = [r for r in missing if not all_groups(said.key, next(
            (x for x in rule.detect["items"] if x["id"] == r.item), {}).get("cues", [[]]))]
        if not missing:
            return []
    block = signatures_evidence(rule, ctx, missing) if rule.detect.get("scope") == "signatures" else None
    ev = (recipients_evidence(ctx) if recipients else None) or block or title_evidence(ctx)
    said = signing_sentence(rule, ctx) if block is None else None
    if "statement" in rule.detect:
        ev = with_signing_statement(rule, ctx, ev)
    if "evidence_if" in rule.detect:  # the sentence a reader completes (the drafting team's list), not the title
        at = next((p for p in ctx.doc.paras if p.zone != "header" and all_groups(p.key, rule.detect["evidence_if"])), None)
        ev = ctx.doc.evidence(at) if at is not None else ev
    # an item's own evidence_if: the sentence that names the slot and leaves its value out ("tổ chức đối thoại định kỳ
    # theo kế hoạch do Tổng Giám đốc quyết định": the dialogue, with no number of times nor time; unseen30 n07)
    for row in missing:
        it = next((x for x in rule.detect["items"] if x["id"] == row.item), {})
        at = next((p for p in ctx.doc.paras if p.zone in ("body", "preamble") and it.get("cues")
                   and deferred_line(p, it["cues"]) is not None), None)
        if at is not None:
            line = deferred_line(at, it["cues"])
            k = at.seg_lines.index(line)
            bounds = list(at.seg_starts) + [len(at.text)]
            ev = ctx.doc.evidence(at, at.seg_starts[k], bounds[k + 1])
            break
        if "evidence_if" in it:
            at = next((p for p in ctx.doc.paras if p.zone == "body" and all_groups(p.key, it["evidence_if"])), None)
            if at is not None:
                ev = ctx.doc.evidence(at)
                break
    m = rule.detect.get("min_items")
    if m is not None:
        covered = len(matrix.rows) - len(missing)
        if covered >= m:
            return []
        labels = "; ".join(r.label for r in missing)
        f = finding(rule, ctx, ev, item=labels, count=covered)
        return [_graded(rule, f, [r.item for r in missing])]
    out = []
    level, severity = level_basis_and_severity(rule, ctx)
    # ``sparse_severity``: a text covering fewer than ``below`` items is not written along the provision's list — it
    # takes measures of its own choosing — and the items it leaves out are advice at most (s37-pr, lawful21 l21-16)
    sparse = rule.detect.get("sparse_severity")
    if sparse and len(matrix.rows) - len(missing) < sparse["below"]:
        severity = max(severity, sparse["severity"], key=SEVERITIES.index)
    # ``grade_unless``: what the text shows decides how much it can say — minutes that record the election of a Ban and
    # name no earlier one may be of its first year, with nobody yet to report (RC-54): advice at most, and why
    gu = rule.detect.get("grade_unless")
    why: tuple[str, ...] = ()
    if gu and document_matches(ctx.doc, gu["if"]) and not document_matches(ctx.doc, gu["unless"]) \
            and SEVERITIES.index(gu["severity"]) > SEVERITIES.index(severity):
        severity, why = gu["severity"], (" ".join(gu["why"].split()),)
    for row in missing:
        only = tuple(c for c in (row.basis, level) if c)
        basis = ctx.resolver.for_rule(rule, only=only) if row.basis else None
        f = finding(rule, ctx, _said_or(said, rule, row.item, ctx, ev), basis=basis, item=row.label, notes=why)
        out.append(_graded(rule, f if severity == f.severity else replace(f, severity=severity), [row.item]))
    return out


def _graded(rule: Rule, f: Finding, missing: list[str]) -> Finding:
    """``f`` graded by the items it reports missing: an item's own ``severity`` (with its ``why``) is the highest grade
    its absence alone earns — an item a text may leave to the law or to another of the issuer's texts (a workplace quy
    chế's principles of dialogue, restated from the Labour Code; RC-20) is advice. The finding takes the highest grade
    among its missing items, never above its own."""
    items = {x["id"]: x for x in rule.detect["items"]}
    grades = [items.get(i, {}).get("severity", f.severity) for i in missing]
    top = min(grades, key=SEVERITIES.index) if grades else f.severity  # SEVERITIES: highest first
    top = max(top, f.severity, key=SEVERITIES.index)
    if top == f.severity:
        return f
    whys = tuple(dict.fromkeys(items[i]["why"] for i in missing if "why" in items.get(i, {})))
    return replace(f, severity=top, notes=f.notes + whys)


#: What a sentence may send other than the document itself, named before "gửi" ("Giấy mời được gửi
#: đến hộ", "Trưởng thôn gửi quyết định của cộng đồng dân cư về …" is read after "gửi" by _SENDS_OTHER;
#: "Tài liệu … được gửi đến từng hộ", "có sáng kiến … thì gửi Tổ trưởng" name the thing before it).
_OTHER_THING = re.compile(r"(?<!\w)(?:giấy mời|giay moi|tài liệu|tai lieu|thông báo|thong bao|quyết định|quyet dinh|"
                          r"đề xuất|de xuat|sáng kiến|sang kien|kiến nghị|kien nghi|phiếu|phieu|biên bản|bien ban|"
                          r"kết quả|ket qua|báo cáo|bao cao|ý kiến|y kien|hồ sơ|ho so|đơn|don|danh sách|danh sach)(?!\w)",
                          re.IGNORECASE)
#: The document itself: "Kế hoạch này được gửi …", "gửi quy chế …".
_SELF_THING = re.compile(r"(?<!\w)(?:kế hoạch|ke hoach|quy chế|quy che|hương ước|huong uoc|quy ước|quy uoc|"
                         r"văn bản này|van ban nay|dự thảo|du thao|"
                         # s19-cb: the report, the minutes, the decision itself ("Báo cáo này được gửi HĐND phường …")
                         r"(?:báo cáo|bao cao|biên bản|bien ban|nghị quyết|nghi quyet|quyết định|quyet dinh|thông báo|thong bao)"
                         r"\s+(?:này|nay))(?!\w)", re.IGNORECASE)


def _sent_thing_named_before(text: str, at: int) -> bool:
    """Does the sentence name, before "gửi" at ``at``, a thing other than the document as what it
    sends (and not the document after it)?"""
    head = re.split(r"[.;:!?\n]", text[:at])[-1]
    other = [m.end() for m in _OTHER_THING.finditer(head)]
    if not other:
        return False
    own = [m.end() for m in _SELF_THING.finditer(head)]
    return not own or max(own) < max(other)

