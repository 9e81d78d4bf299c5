"""The whole text's fold of the copy signature (enrich/markstrip.py) is crawler.textnorm.fold, character for character."""

from __future__ import annotations

import unicodedata

from crawler import textnorm
from enrich import markstrip
from tests.tagging_record import recorded_texts


def test_every_code_point_below_0x10000_folds_as_textnorm_folds_it():
    for cp in range(0x10000):
        ch = chr(cp)
        for text in (f"Nghệ{ch}n", f"{ch}\u0301", f"ạ{ch}"):
            assert markstrip.fold(text) == textnorm.fold(text), hex(cp)


def test_made_texts_fold_as_textnorm_folds_them():
    texts = [
        "Liên đoàn Lao động tỉnh Nghệ An", "ĐOÀN ĐÐð", "Ὀδυσσεύς ΣΊΣΥΦΟΣ", unicodedata.normalize("NFD", "Công đoàn"),
        "\u1100\u1161\u11a8 한국 \u1100\u0301\u1161", "x\U0001d165\U0001d166y ệ", "ệ\U0001f600ệ", "a\ud800\u0301\udc00ệ",
        "Số “đặc biệt” m² ½ 漢字 ﬁ x²y İ", "e\u0301\u0323\u0302 ế ệ", "",
    ]
    for text in texts:
        assert markstrip.fold(text) == textnorm.fold(text), text


def test_the_recorded_passages_fold_as_textnorm_folds_them():
    texts = recorded_texts()[::3]
    assert len(texts) > 500 and sum(not t.isascii() for t in texts) > 500
    for text in texts:
        assert markstrip.fold(text) == textnorm.fold(text)
