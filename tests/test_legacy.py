"""Legacy encodings (TCVN3, VNI): tables, conversion, detection — on real text.

Three independent checks keep the tables honest: strings typed by hand as a
legacy editor shows them; glibc's own TCVN5712-1 table (when ``iconv`` is
installed); and round trips of every seed and the core pháp điển file.
Detection must never fire on the real Unicode corpus.
"""
from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from corpus import legacy
from corpus.legacy import (ENCODINGS, decode_8bit, detect, diagnose, from_unicode, is_syllable,
                           to_bytes, to_unicode)
from corpus.official import unwrap
from tests.conftest import CORE_FILE

NFC = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731

# Typed by hand the way the old fonts store them (what a cp1252 viewer shows).
HAND_TYPED = [
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "TCVN3", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    ("§éc lËp - Tù do - H¹nh phóc", "TCVN3", "Độc lập - Tự do - Hạnh phúc"),
    ("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", "TCVN3", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Uû ban nh©n d©n thµnh phè Hµ Néi", "TCVN3", "Uỷ ban nhân dân thành phố Hà Nội"),
    ("NGHÞ QUYÕT vÒ viÖc ban hµnh quy chÕ", "TCVN3", "NGHỊ QUYẾT về việc ban hành quy chế"),
    ("Hµ Néi, ngµy 15 th¸ng 8 n¨m 2023", "TCVN3", "Hà Nội, ngày 15 tháng 8 năm 2023"),
    ("B¶o Th¾ng, M­êng Kh­¬ng, B¸t X¸t", "TCVN3", "Bảo Thắng, Mường Khương, Bát Xát"),
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "VNI", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Ñoäc laäp - Töï do - Haïnh phuùc", "VNI", "Độc lập - Tự do - Hạnh phúc"),
    ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "VNI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Nghò ñònh soá 59/2023/NÑ-CP cuûa Chính phuû", "VNI", "Nghị định số 59/2023/NĐ-CP của Chính phủ"),
    ("Uûy ban nhaân daân tænh Ñaék Laék", "VNI", "Ủy ban nhân dân tỉnh Đắk Lắk"),
    ("quyeàn laøm chuû cuûa ngöôøi daân ôû cô sôû", "VNI", "quyền làm chủ của người dân ở cơ sở"),
    ("naêm, ñaëc bieät, baèng, chaúng, hoaëc, ñieåm, Kyø hoïp, thöïc hieän, Lyù Thöôøng Kieät, Myõ",
     "VNI", "năm, đặc biệt, bằng, chẳng, hoặc, điểm, Kỳ họp, thực hiện, Lý Thường Kiệt, Mỹ"),
]


@pytest.mark.parametrize("legacy_text,encoding,expected", HAND_TYPED)
def test_hand_typed_strings_detect_and_convert(legacy_text, encoding, expected):
    assert detect(legacy_text) == encoding
    assert to_unicode(legacy_text, encoding) == expected


@pytest.mark.parametrize("legacy_text,encoding,expected", [
    ("Sè: 59/2023/N§-CP", "TCVN3", "Số: 59/2023/NĐ-CP"),  # too short to detect; converts
    ("cña ñy ban nh©n d©n. ë c¬ së", "TCVN3", "của Ủy ban nhân dân. Ở cơ sở"),
    ("Ban Th­êng vô HuyÖn ñy ban hµnh kÕ ho¹ch", "TCVN3", "Ban Thường vụ Huyện ủy ban hành kế hoạch"),
    ("a) ý kiÕn cña Nh©n d©n;\në c¬ së", "TCVN3", "a) Ý kiến của Nhân dân;\nỞ cơ sở"),
    ("®· tæ chøc\në c¬ së", "TCVN3", "đã tổ chức\nở cơ sở"),  # a wrapped line stays
    ("UBND TP Hµ NéI", "TCVN3", "UBND TP HÀ NỘI"),  # capitals spread from NỘI to HÀ
    ("UBND TP Hµ Néi", "TCVN3", "UBND TP Hà Nội"),  # … but not into a lower-case title
    ("§IÒU 1. PH¹M VI", "TCVN3", "ĐIỀU 1. PHẠM VI"),
])
def test_tcvn3_capitals_follow_context(legacy_text, encoding, expected):
    assert to_unicode(legacy_text, encoding) == expected


LETTERS = [ch for base in "aăâeêioôơuưy" for ch in
           [base] + [NFC(base + t) for t in legacy.TONES]] + ["đ"]
VIETNAMESE_134 = sorted({c for ch in LETTERS for c in (ch, ch.upper()) if not c.isascii()})


def test_tables_cover_all_134_letters():
    assert len(VIETNAMESE_134) == 134
    assert set(legacy.VNI_ENCODE) == set(VIETNAMESE_134)
    assert set(legacy.TCVN3_ENCODE) == set(VIETNAMESE_134)
    # TCVN3 has one code per letter except capitals with a tone: 67 + 7 codes.
    assert len(set(legacy.TCVN3_ENCODE.values())) == 67 + 7
    assert all(len(v) == 1 and 0xA1 <= ord(v) <= 0xFE for v in legacy.TCVN3_ENCODE.values())
    assert len(set(legacy.VNI_ENCODE.values())) == 134


@pytest.mark.parametrize("letter", VIETNAMESE_134)
def test_every_letter_round_trips(letter):
    assert to_unicode(from_unicode(letter, "VNI"), "VNI") == letter
    back = to_unicode(from_unicode(letter, "TCVN3"), "TCVN3", at_sentence_start=False)
    caseless = letter.isupper() and letter.lower() in legacy._CASELESS_IN_TCVN3
    # Alone mid-sentence, a capital toned letter has no context to restore its case from.
    assert back == (letter.lower() if caseless else letter)


@pytest.mark.skipif(shutil.which("iconv") is None, reason="iconv (glibc) not installed")
def test_tcvn3_table_agrees_with_glibc():
    """glibc's TCVN5712-1 is an independent reference for every VN3 byte."""
    codes = sorted(set(legacy.TCVN3_ENCODE.values()))
    raw = "".join(codes).encode("latin-1")
    out = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=raw,
                         capture_output=True, check=True).stdout.decode("utf-8")
    assert NFC(out) == "".join(legacy.TCVN3_DECODE[c] for c in codes)


def test_from_unicode_refuses_what_the_target_would_misread():
    with pytest.raises(ValueError):
        from_unicode("10 µm", "TCVN3")  # µ is 'à' in TCVN3
    with pytest.raises(ValueError):
        from_unicode("Müller", "VNI")  # ü is a VNI modifier
    assert from_unicode("“Điều 1” – ok", "VNI") == "“Ñieàu 1” – ok"


# --- syllables --------------------------------------------------------------------
@pytest.mark.parametrize("word", "người nghiêng khuya quốc giữa chuyện Đắk hoặc thuở uỷ ban "
                                 "ở ý oai xoáy Việt NAM".split())
def test_real_syllables_are_well_formed(word):
    assert is_syllable(word)


@pytest.mark.parametrize("word", "nđ hđnd caỷnh traọt tỉng coọng hoứa ăă giữă lyù".split())
def test_misread_words_are_ill_formed(word):
    assert not is_syllable(word)


# --- round trips on the real corpus --------------------------------------------------
def _real_texts(corpus):
    paths = sorted((corpus / "seeds").glob("*.txt")) + [corpus / CORE_FILE]
    # The soft hyphen (a TCVN3 remnant in the pháp điển) cannot be written in TCVN3.
    return [(p.name, NFC(p.read_text(encoding="utf-8")).replace("\xad", "")) for p in paths]


@pytest.fixture(scope="module")
def real_texts(corpus):
    return _real_texts(corpus)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_whole_documents_round_trip(real_texts, encoding):
    """Each seed and the core file, encoded as a legacy editor saved it, comes back."""
    for name, text in real_texts:
        legacy_text = from_unicode(text, encoding)
        assert detect(legacy_text) == encoding, name
        # The same file as raw bytes, read back as cp1252 characters.
        assert detect(decode_8bit(to_bytes(legacy_text))) == encoding, name
        back = to_unicode(legacy_text, encoding)
        if encoding == "VNI":
            assert back == text, name
            continue
        # TCVN3 does not record the case of toned letters ('Ủy' is stored as
        # 'ủy'); the decoder restores it from context. Everything else must come
        # back exactly, and nearly every line entirely.
        assert back.lower() == text.lower(), name
        for a, b in zip(text, back):
            if a != b:
                assert b.lower() in legacy._CASELESS_IN_TCVN3, (name, a, b)
        same = sum(x == y for x, y in zip(text.splitlines(), back.splitlines()))
        assert same >= 0.97 * len(text.splitlines()), name


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_paragraphs_are_detected_one_by_one(real_texts, encoding):
    """Paragraphs of eight words or more are enough to tell the encoding."""
    total = hits = 0
    for _, text in real_texts:
        for para in unwrap(text):
            if len(para.text.split()) < 8 or para.text.isascii():
                continue
            total += 1
            hits += detect(from_unicode(para.text, encoding)) == encoding
    assert total > 2000
    assert hits >= 0.99 * total, (hits, total)


# --- no false positives ----------------------------------------------------------------
def test_never_fires_on_the_unicode_corpus(corpus):
    """Every seed and every pháp điển file, whole: Unicode, never legacy or mixed."""
    files = sorted((corpus / "seeds").glob("*.txt")) + sorted((corpus / "phapdien").rglob("*.md"))
    assert len(files) >= 200
    verdicts = {f.name: diagnose(f.read_text(encoding="utf-8")).verdict for f in files}
    assert {v for v in verdicts.values()} == {"unicode"}


def test_never_fires_on_seed_or_core_paragraphs(real_texts):
    for name, text in real_texts:
        for para in unwrap(text):
            assert detect(para.text) is None, (name, para.text)


ENGLISH = [
    "The committee met on 3 March; the hall measured 12 × 30 m and the filter 5 µm.",
    "Prices rose 2½ % year on year; see § 4 and the «Annex» (© the authors, 2024).",
    "A naïve reading of the café owner's résumé in Zürich, at 20 °C, by Señor Müller.",
    "Plain ASCII text with no accents at all, and numbers 1, 2, 3.",
]


@pytest.mark.parametrize("text", ENGLISH)
def test_never_fires_on_english(text):
    assert detect(text) is None


@pytest.mark.parametrize("codec,sample", [
    ("shift_jis", "日本語のテキストです。これは文字コードの試験です。"),
    ("gb2312", "这是一个中文文本测试，用于检查编码识别。"),
    ("cp1251", "Это проверка текста в кодировке Windows-1251."),
])
def test_other_encodings_read_as_cp1252_are_not_legacy_vietnamese(codec, sample):
    assert detect(decode_8bit(sample.encode(codec))) is None


def test_mixed_text_is_reported_not_converted(real_texts):
    name, text = real_texts[1]  # the Hà Nội draft
    lines = text.splitlines()
    half = len(lines) // 2
    mixed = "\n".join(lines[:half] + [from_unicode(x, "TCVN3") for x in lines[half:]])
    assert diagnose(mixed).verdict == "mixed"
    assert detect(mixed) is None


def test_unknown_encoding_name_is_refused():
    with pytest.raises(ValueError):
        to_unicode("abc", "VISCII")
