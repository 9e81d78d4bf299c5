import unicodedata

import pytest

from crawler.textnorm import (
    clean_line,
    clean_text,
    fold,
    has_vietnamese,
    nfc,
    slugify,
    unify_dashes,
)


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Liên đoàn Lao động", "lien doan lao dong"),
        ("ĐOÀN KẾT", "doan ket"),
        ("Đà Nẵng", "da nang"),
        ("Khánh Hoà", "khanh hoa"),
        ("Khánh Hòa", "khanh hoa"),
        ("nghị quyết 02-NQ/TW", "nghi quyet 02-nq/tw"),
        ("Thừa Thiên Huế", "thua thien hue"),
    ],
)
def test_fold_removes_marks_and_stroke(text, folded):
    assert fold(text) == folded


def test_fold_keeps_length_of_nfc_vietnamese():
    text = nfc("Ngày 11/01/2019 Liên đoàn Lao động thành phố Sóc Trăng tổ chức Hội nghị")
    assert len(fold(text)) == len(text)


def test_nfc_composes_decomposed_input_and_drops_invisible():
    decomposed = unicodedata.normalize("NFD", "Công đoàn")
    assert len(decomposed) > len("Công đoàn")
    assert nfc(decomposed + "\u200b") == "Công đoàn"


def test_clean_line_collapses_nbsp_and_newlines():
    assert clean_line("  Liên\u00a0đoàn \n Lao  động ") == "Liên đoàn Lao động"


def test_clean_text_keeps_lines_drops_blank_ones():
    assert clean_text("a\u00a0 b\r\n\r\n  c  \n") == "a b\nc"


def test_unify_dashes():
    assert unify_dashes("02–NQ/TW 2023 — 2028") == "02-NQ/TW 2023 - 2028"


def test_slugify_and_has_vietnamese():
    assert slugify("Liên đoàn Lao động tỉnh Sóc Trăng") == "lien-doan-lao-dong-tinh-soc-trang"
    assert has_vietnamese("Công đoàn")
    assert not has_vietnamese("Union news")


def _fold_by_definition(text: str) -> str:
    """fold() spelled out: đ/ð to d, decompose, drop every combining mark, compose, lower."""
    for stroke, plain in (("đ", "d"), ("Đ", "D"), ("ð", "d"), ("Ð", "D")):
        text = text.replace(stroke, plain)
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c))).lower()


@pytest.mark.parametrize("text", [
    "“Liên đoàn” – Lao động\u00a0tỉnh Đồng Tháp…",  # quotes, dash, no-break space beside Vietnamese
    "Công đoàn cơ sở Trường THCS Nguyễn Du (Đắk Lắk)",
    "e\u0301 a\u0323 o\u031b\u0300",  # decomposed marks in the input
    "Ðồng ð ł ø ß ǅ ﬁ ½",  # look-alike strokes, ligatures and letters without a decomposition
    "\u1100\u1161 가",  # Hangul jamo compose again after the marks are gone
    "x\U0001d165\U0001d16dy",  # combining marks outside the Basic Multilingual Plane
])
def test_fold_matches_its_definition(text):
    assert fold(text) == _fold_by_definition(text)
