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
