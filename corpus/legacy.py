"""Legacy Vietnamese encodings (TCVN3/ABC, VNI): detection and conversion.

Before Unicode, Vietnamese offices typed in 8-bit font encodings: TCVN3 (the
ABC keyboard, fonts ``.VnTime``) and VNI (fonts ``VNI-Times``). Their texts
reach us either as raw bytes or, far more often, already "decoded" as
Latin-1/Windows-1252 characters by some tool: ``Céng hoµ x· héi`` (TCVN3),
``Coäng hoøa xaõ hoäi`` (VNI). Both forms are plain ``str`` here.

The tables below are written from the published code charts:

* TCVN3 is TCVN 5712:1993 "VN3": one byte per letter, lower-case forms for
  every toned letter, but upper-case codes only for Ă Â Ê Ô Ơ Ư Đ. Typists
  wrote capitals with toned vowels in lower case (or in an all-capitals font
  such as ``.VnTimeH``), so the decoder restores capitals from context
  (``_restore_caps``). The VN1 superset's extra capitals and its five
  combining tone marks are decoded too.
* VNI is a base letter followed by one modifier byte (tone, or circumflex/
  breve combined with a tone); ơ, ư, đ, the toned i and ỵ are single bytes.
  It has both cases, so it round-trips exactly.

Detection works per word, never on character counts alone: a word counts as
evidence for an encoding only if it holds a tell-tale Unicode Vietnamese
never writes (``µ``, ``ø``, ``ñ``…, or ``eâ``, ``lÊy``) and turns into a
well-formed Vietnamese syllable once converted. Words with real Unicode Vietnamese
letters (ạ, ư, đ…) count for Unicode. Texts with both, in earnest, are
"mixed" and refused upstream rather than half-converted.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

ENCODINGS = ("TCVN3", "VNI")

# Tones in TCVN3's own chart order: huyền, hỏi, ngã, sắc, nặng.
GRAVE, HOOK, TILDE, ACUTE, DOT = "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"
TONES = (GRAVE, HOOK, TILDE, ACUTE, DOT)
_TONE_SET = frozenset(TONES)

def _toned(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


# --- TCVN3 (TCVN 5712:1993 VN3) ---------------------------------------------------
# Code of each toned lower-case letter, per base, in the order of TONES.
_TCVN3_TONED = {
    "a": "\xb5\xb6\xb7\xb8\xb9",
    "ă": "\xbb\xbc\xbd\xbe\xc6",
    "â": "\xc7\xc8\xc9\xca\xcb",
    "e": "\xcc\xce\xcf\xd0\xd1",
    "ê": "\xd2\xd3\xd4\xd5\xd6",
    "i": "\xd7\xd8\xdc\xdd\xde",
    "o": "\xdf\xe1\xe2\xe3\xe4",
    "ô": "\xe5\xe6\xe7\xe8\xe9",
    "ơ": "\xea\xeb\xec\xed\xee",
    "u": "\xef\xf1\xf2\xf3\xf4",
    "ư": "\xf5\xf6\xf7\xf8\xf9",
    "y": "\xfa\xfb\xfc\xfd\xfe",
}
# Untoned letters outside ASCII: VN3 has both cases for these seven.
_TCVN3_PLAIN = {
    "Ă": "\xa1", "Â": "\xa2", "Ê": "\xa3", "Ô": "\xa4", "Ơ": "\xa5", "Ư": "\xa6", "Đ": "\xa7",
    "ă": "\xa8", "â": "\xa9", "ê": "\xaa", "ô": "\xab", "ơ": "\xac", "ư": "\xad", "đ": "\xae",
}
# VN1 only (decoded, never produced): capitals placed in VN3's gaps and the
# five combining tone marks.
_TCVN1_EXTRA = {
    "\xaf": "Ằ", "\xba": "Ẳ", "\xbf": "Ẵ", "\xc0": "Ắ", "\xc1": "Ầ", "\xc2": "Ẩ", "\xc3": "Ẫ",
    "\xc4": "Ấ", "\xc5": "Ề", "\xcd": "Ể", "\xd9": "Ễ", "\xda": "Ế", "\xdb": "Ồ", "\xe0": "Ổ",
    "\xf0": "Ỗ", "\xff": "Ố",
    "\xb0": GRAVE, "\xb1": HOOK, "\xb2": TILDE, "\xb3": ACUTE, "\xb4": DOT,
}


def _build_tcvn3() -> tuple[dict[str, str], dict[str, str]]:
    encode: dict[str, str] = dict(_TCVN3_PLAIN)
    for base, codes in _TCVN3_TONED.items():
        for tone, code in zip(TONES, codes):
            lower = _toned(base, tone)
            encode[lower] = code
            encode[lower.upper()] = code  # no capital in VN3: typed in lower case
    decode = {code: ch for ch, code in encode.items() if not ch.isupper() or ch in _TCVN3_PLAIN}
    decode.update(_TCVN1_EXTRA)
    return encode, decode


TCVN3_ENCODE, TCVN3_DECODE = _build_tcvn3()
_TCVN3_TRANS = str.maketrans(TCVN3_DECODE)
#: Lower-case toned letters: the ones whose case TCVN3 cannot record.
_CASELESS_IN_TCVN3 = frozenset(_toned(b, t) for b in _TCVN3_TONED for t in TONES)


# --- VNI (VNI-Windows) ------------------------------------------------------------
# Modifier bytes, lower-case forms; the capital forms are their .upper().
_VNI_TONE = dict(zip(TONES, "øûõùï"))                 # after a e o u y ơ ư
_VNI_CIRC = {"": "â", **dict(zip(TONES, "àåãáä"))}    # â ê ô (+ tone)
_VNI_BREVE = {"": "ê", **dict(zip(TONES, "èúüéë"))}   # ă (+ tone)
_VNI_I = dict(zip(TONES, "ìæóíò"))                    # toned i: one byte
_VNI_SINGLE = {"ơ": "ô", "ư": "ö", "đ": "ñ", "ỵ": "î"}


def _build_vni() -> tuple[dict[str, str], dict[str, str]]:
    lower: dict[str, str] = {"đ": _VNI_SINGLE["đ"], "ơ": _VNI_SINGLE["ơ"], "ư": _VNI_SINGLE["ư"]}
    for base in "aeouy":
        for tone in TONES:
            lower[_toned(base, tone)] = base + _VNI_TONE[tone]
    for base in "ơư":
        for tone in TONES:
            lower[_toned(base, tone)] = _VNI_SINGLE[base] + _VNI_TONE[tone]
    for plain, circ in (("a", "â"), ("e", "ê"), ("o", "ô")):
        for tone, mod in _VNI_CIRC.items():
            lower[_toned(circ, tone)] = plain + mod
    for tone, mod in _VNI_BREVE.items():
        lower[_toned("ă", tone)] = "a" + mod
    for tone, code in _VNI_I.items():
        lower[_toned("i", tone)] = code
    lower["ỵ"] = _VNI_SINGLE["ỵ"]
    encode = dict(lower)
    for ch, code in lower.items():
        encode[ch.upper()] = code.upper()
    decode: dict[str, str] = {}
    for ch, code in encode.items():
        decode[code] = ch
        if len(code) == 2:  # accept a modifier of either case; the base decides
            decode[code[0] + code[1].swapcase()] = ch
    return encode, decode


VNI_ENCODE, VNI_DECODE = _build_vni()
_VNI_RE = re.compile("|".join(sorted(map(re.escape, VNI_DECODE), key=len, reverse=True)))


# --- conversion -------------------------------------------------------------------
def to_unicode(text: str, encoding: str, *, at_sentence_start: bool = True) -> str:
    """Convert legacy-encoded text (as Latin-1/cp1252 characters) to NFC Unicode.

    Characters outside the encoding's alphabet (ASCII, typographic quotes…)
    pass through unchanged, so line structure is preserved exactly.
    ``at_sentence_start`` says whether ``text`` opens a sentence (False for a
    run in the middle of a Word paragraph): TCVN3 capitals depend on it.
    """
    if encoding == "TCVN3":
        out = unicodedata.normalize("NFC", text.translate(_TCVN3_TRANS))
        return _restore_caps(out, at_sentence_start)
    if encoding == "VNI":
        out = _VNI_RE.sub(lambda m: VNI_DECODE[m.group()], text)
        return unicodedata.normalize("NFC", out)
    raise ValueError(f"bảng mã không hỗ trợ: {encoding!r} (chỉ {', '.join(ENCODINGS)})")


def from_unicode(text: str, encoding: str) -> str:
    """Unicode → legacy characters, as a legacy editor would have stored them.

    Used to build realistic legacy samples from real text. TCVN3 writes
    capital toned letters in lower case (its convention). Raises ValueError
    for a character the target would misread (e.g. ``µ`` in TCVN3).
    """
    if encoding == "TCVN3":
        table, alphabet = TCVN3_ENCODE, TCVN3_DECODE
    elif encoding == "VNI":
        table, alphabet = VNI_ENCODE, _VNI_ALPHABET
    else:
        raise ValueError(f"bảng mã không hỗ trợ: {encoding!r}")
    out = []
    for ch in unicodedata.normalize("NFC", text):
        code = table.get(ch)
        if code is None:
            if ch in alphabet:
                raise ValueError(f"ký tự {ch!r} không biểu diễn được trong {encoding}")
            code = ch
        out.append(code)
    return "".join(out)


_VNI_ALPHABET = frozenset(c for code in VNI_DECODE for c in code if ord(c) > 0x7F)


def to_bytes(legacy_text: str) -> bytes:
    """Legacy characters → the bytes of a file saved by a legacy editor.

    Windows-1252 for its punctuation (– “ ”…), Latin-1 for the letter codes.
    """
    out = bytearray()
    for ch in legacy_text:
        out += ch.encode("cp1252") if ord(ch) > 0xFF else ch.encode("latin-1")
    return bytes(out)


def decode_8bit(data: bytes) -> str:
    """Bytes of a legacy file → characters, as Windows-1252 (Latin-1 where undefined)."""
    return data.decode("latin-1").translate(_CP1252_TRANS)


_CP1252_TRANS = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0)
                 if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


# --- TCVN3 capitals ---------------------------------------------------------------
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=65536)
def _word_shape(word: str) -> tuple[int, int, int]:
    """(capitals, lower-case, case-unknown) letters of a decoded TCVN3 word."""
    up = low = unknown = 0
    for ch in word:
        if ch in _CASELESS_IN_TCVN3:
            unknown += 1
        elif ch.isupper():
            up += 1
        elif ch.islower():
            low += 1
    return up, low, unknown


def _restore_caps(text: str, at_sentence_start: bool = True) -> str:
    """Re-capitalise toned letters that TCVN3 could only store in lower case.

    A word whose recorded letters are two or more capitals and no lower case
    is in capitals (``CéNG`` → CỘNG). A word with at most one recorded
    capital (``Hµ``, ``X·``) follows its neighbours on the line: capitals if
    a neighbour is a capitalised syllable and none is in lower case. So
    ``UBND TP Hµ NéI`` → HÀ NỘI, while ``Hµ Néi`` and ``Sè: 12/NQ-H§ND`` stay.
    A capital toned letter opening a lower-case word is restored where the
    orthography demands one (``_capitalise_openings``); elsewhere (``các Ủy
    viên``) TCVN3 text keeps no trace of it.
    """
    if not any(ch in _CASELESS_IN_TCVN3 for ch in text):
        return text
    lines = text.split("\n")
    sentence_start = at_sentence_start  # then: after a line ending a sentence
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        ends = _SENTENCE_END.search(line) is not None
        if not any(ch in _CASELESS_IN_TCVN3 for ch in line):
            sentence_start = ends
            continue
        line = _capitalise_openings(line, sentence_start)
        sentence_start = ends
        words = list(_WORD.finditer(line))
        shapes = [_word_shape(w.group()) for w in words]
        lower = [low > 0 for _, low, _ in shapes]
        caps = [low == 0 and up >= 2 for up, low, _ in shapes]
        # Only a real syllable vouches for its neighbours (not 'UBND', 'NQ').
        vouch = [c and is_syllable(w.group()) for c, w in zip(caps, words)]
        pending = [i for i, (up, low, unknown) in enumerate(shapes) if unknown and low == 0 and up <= 1]
        changed = True
        while changed:
            changed = False
            for i in pending:
                if caps[i]:
                    continue
                near = [j for j in (i - 1, i + 1) if 0 <= j < len(words)]
                if any(vouch[j] for j in near) and not any(lower[j] for j in near):
                    caps[i] = vouch[i] = changed = True
        pieces, last = [], 0
        for w, is_caps, (_, _, unknown) in zip(words, caps, shapes):
            if is_caps and unknown:
                pieces += [line[last:w.start()], w.group().upper()]
                last = w.end()
        lines[n] = "".join(pieces) + line[last:] if pieces else line
    return "\n".join(lines)


_SENTENCE_END = re.compile(r"[.:;!?]\s*$")
# A word opening a sentence (after '. ', or after a point marker 'a) ' at the
# line start), and 'ủy ban': in legal Vietnamese an organ's name ('Ủy ban nhân
# dân…'), unless it is '[Huyện|Đảng…] ủy ban hành' (a party committee issues).
_OPENING = re.compile(r"(?<=[.!?]\s)(\W*)(\w)|^(\W*[a-zđ]\)\s+)(\w)"
                      r"|\b(ủ)(?=y\s+ban\b(?!\s+hành))")


def _capitalise_openings(line: str, at_sentence_start: bool) -> str:
    """Capital toned letters TCVN3 lost where Vietnamese orthography requires one.

    Measured on the seeds and the core đề mục encoded in TCVN3 and decoded:
    lines differing from the original fall from 246 to 17 of 9,960, none of
    them made wrong by these rules.
    """
    def up(m: re.Match) -> str:
        if m.group(5):
            return m.group(5).upper()
        lead, letter = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
        return lead + (letter.upper() if letter in _CASELESS_IN_TCVN3 else letter)

    if at_sentence_start:
        m = re.match(r"(\W*)(\w)", line)
        if m and m.group(2) in _CASELESS_IN_TCVN3:
            line = m.group(1) + m.group(2).upper() + line[m.end():]
    return _OPENING.sub(up, line)


# --- Vietnamese syllables ---------------------------------------------------------
_ONSETS = "ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x".split()
# Rhyme = vowel cluster + final consonant. Clusters ending in a glide take no
# final; those marked "!" need one (ăn, tiên, muốn); the rest may have one
# from the listed set. Strict enough that a word read in the wrong legacy
# encoding ('Caỷnh', 'traọt', 'Tỉng') fails.
_RHYMES = {
    "a": "c ch m n ng nh p t", "ă": "! c k m n ng p t", "â": "! c m n ng p t",
    "e": "c m n ng p t", "ê": "ch m n nh p t", "i": "ch m n nh p t", "y": "",
    "o": "c m n ng p t", "ô": "c m n ng p t", "ơ": "m n p t",
    "u": "c m n ng p t", "ư": "c m n ng t",
    "iê": "! c m n ng p t", "yê": "! m n ng t", "uô": "! c m n ng t", "ươ": "! c m n ng p t",
    "oa": "c ch m n ng nh p t", "oă": "! c m n ng t", "oe": "m n ng t", "uâ": "! n ng t",
    "uê": "ch nh n", "uy": "ch nh n p t", "uyê": "! n t", "uơ": "",
    **dict.fromkeys("ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu iêu yêu oai oay "
                    "oao oeo uây uôi ươi ươu uya uyu".split(), ""),
}


def _alt(items) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


def _rhyme_pattern() -> str:
    parts = []
    for nucleus, finals in _RHYMES.items():
        codas = finals.replace("!", "").split()
        optional = "" if "!" in finals else "?"
        parts.append(nucleus + (f"(?:{_alt(codas)}){optional}" if codas else ""))
    return _alt(parts)


_SYLLABLE = re.compile(f"(?:{_alt(_ONSETS)})?(?:{_rhyme_pattern()})")


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """Is ``word`` a well-formed Vietnamese syllable (any case, at most one tone)?"""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for c in decomposed if c in _TONE_SET)
    if tones > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_SET))
    return _SYLLABLE.fullmatch(bare) is not None


# --- detection --------------------------------------------------------------------
#: Latin-1 letters that Unicode Vietnamese uses as they are.
_VN_LATIN1 = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
#: Latin-1 characters Unicode Vietnamese never uses (NBSP excluded): the tell-tales.
_FOREIGN = "".join(chr(c) for c in range(0xA1, 0x100) if chr(c) not in _VN_LATIN1)
_FOREIGN_RE = re.compile(f"[{re.escape(_FOREIGN)}]")
# Sequences Unicode Vietnamese never writes either: VNI's circumflex/breve/tone
# modifiers after a bare vowel ('Nieâm', 'yeát', 'naêm', 'caùc') and TCVN3's
# mid-word capitals ('lÊy', 'kiÕn'). Each starts at the second character so
# the regex engine can scan for it quickly.
_SEQUENCE_RE = re.compile("[âÂ](?<=[aeoAEO].)|[áàãÁÀÃ](?<=[aeAE].)|[éèÊÉÈ](?<=[aA].)"
                          "|[ùõÙÕ](?<=[aeouyAEOUY].)|[ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ](?<=[a-zà-ý].)")
#: Texts this short are also searched for sequences when they have no foreign
#: character; a longer legacy text always has some (ư, đ, ơ… are foreign in both).
_SHORT = 20_000
#: Vietnamese letters (and combining tones) that only Unicode can produce.
_UNICODE_VN = "ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323"
_UNICODE_VN_RE = re.compile(f"[{_UNICODE_VN}]")
_VOWEL_RE = re.compile("[aeiouyAEIOUYàáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝăĂĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
_NOISE_RE = re.compile("[\u0080-\u009f\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                       "\u2020\u2021\u2030\u2039\u203a\u201a\u201e\u2122]")
# A word: ASCII letters, Latin-1 (letter codes of both encodings) and Vietnamese.
_TOKEN_RE = re.compile(f"[A-Za-z\u00a1-\u00ff{_UNICODE_VN}]+")


@dataclass(frozen=True)
class Diagnosis:
    """What a text is written in, with the counts that decided it.

    ``verdict``: "ascii"; "unicode" (Unicode, or any text with no legacy
    evidence); "TCVN3"; "VNI"; "mixed" (Unicode and a legacy encoding, both in
    earnest); "unknown" (legacy-looking but undecidable).
    """

    verdict: str
    words: int = 0  # words of letters (counted only when needed)
    unicode_letters: int = 0  # letters only Unicode has (ạ, ư, đ…)
    evidence: tuple[tuple[str, int], ...] = ()  # (encoding, words proving it)
    misfits: tuple[tuple[str, int], ...] = ()  # (encoding, words it leaves ill-formed)

    @property
    def encoding(self) -> str | None:
        return self.verdict if self.verdict in ENCODINGS else None


@lru_cache(maxsize=65536)
def _convert_word(word: str, encoding: str) -> str:
    if encoding == "TCVN3":
        return unicodedata.normalize("NFC", word.translate(_TCVN3_TRANS))
    return to_unicode(word, encoding)


def _suspect_lines(text: str):
    """The lines holding a tell-tale, as (start, end) offsets."""
    starts = [m.start() for m in _FOREIGN_RE.finditer(text)]
    if len(text) <= _SHORT:
        starts = sorted(starts + [m.start() for m in _SEQUENCE_RE.finditer(text)])
    done = -1
    for pos in starts:
        if pos < done:
            continue
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        done = end = len(text) if end < 0 else end
        yield start, end


@lru_cache(maxsize=65536)
def _read_word(tok: str) -> tuple[tuple[str, ...], tuple[str, ...], int] | None:
    """(encodings reading it well, encodings misreading it, longest good reading),
    or None when the word has no tell-tale."""
    if not (_FOREIGN_RE.search(tok) or _SEQUENCE_RE.search(tok)) or _UNICODE_VN_RE.search(tok):
        return None
    good, bad, longest = [], [], 0
    for enc in ENCODINGS:
        conv = _convert_word(tok, enc)
        if conv != tok and len(conv) >= 2 and _WORD.fullmatch(conv) and is_syllable(conv):
            good.append(enc)
            longest = max(longest, len(conv))
        elif conv == tok or _VOWEL_RE.search(conv):  # 'NĐ', 'HĐND' prove nothing
            bad.append(enc)
    return tuple(good), tuple(bad), longest


def diagnose(text: str) -> Diagnosis:
    """Classify ``text``; see ``Diagnosis``. Pure, linear, cheap on Unicode text.

    1. No tell-tale (a Latin-1 character Unicode Vietnamese never uses, or
       in short texts a sequence it never writes) → Unicode or ASCII: one
       regex scan, the common case.
    2. Each word holding a tell-tale (and no Unicode-only letter) is read in
       both encodings: *evidence* for one if it becomes a well-formed
       syllable, a *misfit* if not. 'là', 'Tôi' have no tell-tale and vote
       for nothing.
       Vowel-less abbreviations ('H§ND' → HĐND) count for nothing.
    3. Legacy evidence negligible beside the Unicode letters (stray ``µm``,
       ``«»``, a few remnants in a long law) → Unicode; both substantial →
       mixed. Otherwise the encoding with the best evidence-minus-misfits
       wins if it clearly beats the other, has few misfits, covers a fair
       share of the words, and the text is not full of cp1252 signs (ƒ Œ ‰:
       Shift-JIS or GB2312 read as cp1252) → else "unknown".
    """
    if text.isascii():
        return Diagnosis("ascii")
    if not _FOREIGN_RE.search(text) and (len(text) > _SHORT or not _SEQUENCE_RE.search(text)):
        return Diagnosis("unicode")
    evidence = {e: 0 for e in ENCODINGS}  # words each encoding reads well
    exclusive = {e: 0 for e in ENCODINGS}  # ... that the other one does not
    misfits = {e: 0 for e in ENCODINGS}
    longest = 0
    for start, end in _suspect_lines(text):
        for tok in _TOKEN_RE.findall(text, start, end):
            reading = _read_word(tok)
            if reading is None:
                continue
            good, bad, length = reading
            longest = max(longest, length)
            for enc in good:
                evidence[enc] += 1
            for enc in bad:
                misfits[enc] += 1
            if len(good) == 1:
                exclusive[good[0]] += 1
    # 'cuûa' reads as VNI 'của' and as TCVN3 'cuỷa': only exclusive words decide.
    net = {e: exclusive[e] - misfits[e] for e in ENCODINGS}
    best = max(ENCODINGS, key=lambda e: (net[e], evidence[e]))
    other = ENCODINGS[1 - ENCODINGS.index(best)]
    ev = evidence[best]
    counts = dict(evidence=tuple(evidence.items()), misfits=tuple(misfits.items()))
    if ev == 0 or (ev < 3 and longest < 3):
        return Diagnosis("unicode", **counts)
    uni = len(_UNICODE_VN_RE.findall(text))
    counts["unicode_letters"] = uni
    if ev <= 0.01 * uni:
        return Diagnosis("unicode", **counts)
    if uni > max(2, 0.01 * ev):
        return Diagnosis("mixed" if ev >= 3 and ev >= 0.02 * (uni + ev) else "unicode", **counts)
    words = len(_TOKEN_RE.findall(text))
    # Windows-1252 letters and signs (ƒ Š Œ ‰…) never occur in legacy Vietnamese:
    # many of them mean some other encoding (Shift-JIS, GB2312…) read as cp1252.
    noise = len(_NOISE_RE.findall(text))
    if (noise > 0.02 * words or net[best] <= 0 or net[best] < 2 * net[other]
            or misfits[best] > 0.25 * (ev + misfits[best]) or ev < 0.1 * words):
        return Diagnosis("unknown", words=words, **counts)
    return Diagnosis(best, words=words, **counts)


def detect(text: str) -> str | None:
    """"TCVN3", "VNI", or None (Unicode, ASCII, mixed or undecidable)."""
    return diagnose(text).encoding
