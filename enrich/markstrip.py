"""``crawler.textnorm.fold`` for whole texts, the combining marks taken out by a table.

The copy signature folds every article's title and text whole (about 3 KB each). ``textnorm.fold`` takes the marks
out of the decomposed text with a regular expression, which builds its output a match at a time (a Vietnamese
syllable holds one or two marks): about half the fold's time. Here the decomposed text's UTF-16 code units go through
a table of the code points below 0x10000 that combine (the regular expression's very class), all at once; the rest is
``textnorm.fold``'s. A text with a surrogate code unit (a character beyond 0xFFFF, or a lone surrogate) is folded by
``textnorm.fold`` itself, so that a surrogate pair never meets a removed mark.
"""

from __future__ import annotations

import unicodedata

import numpy as np

from crawler import textnorm

_KEPT: list[np.ndarray] = []  # whether each code unit stays (not a combining mark), made on first use


def _kept() -> np.ndarray:
    if not _KEPT:
        _KEPT.append(np.array([not unicodedata.combining(chr(cp)) for cp in range(0x10000)], dtype=np.bool_))
    return _KEPT[0]


def fold(text: str) -> str:
    """``crawler.textnorm.fold(text)``: lower case, đ -> d, no diacritics."""
    if text.isascii():
        return text.lower()
    text = text.replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("Ð", "D")
    units = np.frombuffer(unicodedata.normalize("NFD", text).encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    if np.any((units & np.uint16(0xF800)) == np.uint16(0xD800)):
        return textnorm.fold(text)
    stripped = units[_kept()[units]].tobytes().decode("utf-16-le")
    if stripped.isascii():
        return stripped.lower()
    if not unicodedata.is_normalized("NFC", stripped):  # e.g. Hangul jamo compose again
        stripped = unicodedata.normalize("NFC", stripped)
    return textnorm.lower(stripped)  # the build's own lowering, as textnorm.fold's (a final sigma differs between builds)
