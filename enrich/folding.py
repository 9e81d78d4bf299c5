"""A folded copy of an article with the same length, so that offsets found in it hold in the text.

Matching runs on lower-case ASCII: marks removed, "đ"/"Đ" and the look-alike "Ð"/"ð" as "d",
dashes as "-", other symbols as one placeholder each. Scrambled diacritics ("Nghị qúỷết") and
missing ones ("Nghi quyet") fold alike. When a character cannot be folded to one character (a
stray combining mark, a letter whose lower case is longer), positions are mapped one by one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_KNOWN = {
    "đ": "d", "ð": "d", **dict.fromkeys(_DASHES, "-"), **dict.fromkeys("\u201c\u201d\u201e\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2018\u2019", "'"), "\xa0": " ", "\u202f": " ", "\u2009": " ",
}


_OTHERS = re.compile("[^\x00-\x7f\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character folded to zero or more lower-case ASCII characters."""
    if ch in _KNOWN:
        return _KNOWN[ch]
    lower = ch.lower()
    out = []
    for c in unicodedata.normalize("NFD", lower):
        if unicodedata.combining(c):
            continue
        c = _KNOWN.get(c, c)
        out.append(c if c.isascii() else ("\n" if c in "\u2028\u2029" else "\x1a"))
    return "".join(out)


@dataclass(frozen=True)
class Folded:
    """``text`` and its folded copy; ``span()`` maps folded offsets back to ``text``."""

    text: str
    folded: str
    positions: tuple[int, ...] | None = None  # folded index -> text index, when lengths differ

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self.positions is None:
            return start, end
        if start >= len(self.positions):
            return len(self.text), len(self.text)
        s = self.positions[start]
        e = self.positions[end - 1] + 1 if end > start else s
        while e < len(self.text) and unicodedata.combining(self.text[e]):
            e += 1
        return s, e


def fold_text(text: str) -> Folded:
    """Fold ``text`` (NFC) keeping one folded character per character where possible."""
    if len(text) >= _WHOLE:
        folded = _fold_at_once(text)
        if folded is not None:
            return Folded(text, folded)
    return plain_fold_text(text)


def plain_fold_text(text: str) -> Folded:
    """``fold_text`` by its definition: the whole text decomposed, symbols folded one by one."""
    work = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    raw = work.encode("ascii", "ignore")
    if len(raw) != len(text):  # symbols, quotes, "Ð": one character each
        for ch in set(_OTHERS.findall(work)):
            work = work.replace(ch, _fold_char(ch) or "\x1a")
        raw = work.encode("ascii", "ignore")
    if len(raw) == len(text):
        return Folded(text, raw.lower().decode("ascii"))
    parts: list[str] = []
    positions: list[int] = []
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        parts.append(f)
        positions.extend([i] * len(f))
    return Folded(text, "".join(parts), tuple(positions))


# -- the same at once, for whole texts ------------------------------------------------------

_WHOLE = 64  # from this length the table look-up is the faster
_NONE = 0x80  # in the table: the character folds to one character only in some texts


def single_fold(ch: str) -> str | None:
    """What ``plain_fold_text`` makes of ``ch`` in every text, when that is one character: a
    letter that decomposes to one ASCII letter and marks the symbol pass leaves alone, or a
    symbol folded to one character. None for the rest (marks, characters that fold to none or
    several, surrogates), which send a text to ``plain_fold_text``.

    Decomposing a text decomposes each character and reorders marks only among marks, and the
    symbol pass replaces each symbol on its own, so a text of such characters folds to their
    folds one after another; both branches of ``plain_fold_text`` then give the same."""
    if unicodedata.combining(ch) or chr(0xD800) <= ch <= chr(0xDFFF):
        return None
    work = unicodedata.normalize("NFD", ch).replace("đ", "d").replace("Đ", "D")
    letters = [c for c in work if c.isascii()]
    if len(letters) == 1:
        if work[0] != letters[0] or any(_OTHERS.match(c) for c in work[1:]):
            return None
        return letters[0].lower()
    if not letters and len(work) == 1 and not unicodedata.combining(work) and _OTHERS.match(work):
        value = (_fold_char(work) or "\x1a").lower()
        return value if len(value) == 1 and value.isascii() else None
    return None


@cache
def _table() -> tuple[Callable[..., Any], Any]:
    """(numpy.frombuffer, ``single_fold`` of every code point below U+10000 as a byte, _NONE
    where there is none). numpy is a dependency of enrich already (enrich/copies.py)."""
    import numpy as np

    values = (_quick_single_fold(code) for code in range(0x10000))
    codes = np.array([_NONE if v is None else ord(v) for v in values], dtype=np.uint8)
    return np.frombuffer, codes


def _quick_single_fold(code: int) -> str | None:
    """``single_fold(chr(code))`` (a test checks every code point), quicker for the many
    characters with no decomposition and no lower case of their own: such a one decomposes to
    itself, and the symbol pass folds it alone ("\\x1a", a line break for U+2028/U+2029)."""
    ch = chr(code)
    if code < 0x80:
        return ch.lower()
    if 0xAC00 <= code <= 0xD7A3:
        return None  # a Hangul syllable decomposes to several letters (with no decomposition listed)
    if unicodedata.decomposition(ch) or ch != ch.lower() or ch in _KNOWN or ch in "đĐ":
        return single_fold(ch)
    if 0xD800 <= code <= 0xDFFF or unicodedata.combining(ch) or not _OTHERS.match(ch):
        return None
    return "\n" if ch in "\u2028\u2029" else "\x1a"


def _fold_at_once(text: str) -> str | None:
    """The fold of a text whose characters all have a ``single_fold``, by one look-up of its
    UTF-16 code units; None when some character has none."""
    if text.isascii():
        return text.lower()
    units = text.encode("utf-16-le", "surrogatepass")
    if len(units) != 2 * len(text):  # a character beyond U+FFFF
        return None
    frombuffer, codes = _table()
    try:  # a character with no single fold is _NONE, the one byte that is not ASCII
        return codes.take(frombuffer(units, dtype="<u2")).tobytes().decode("ascii")  # take: quicker than [...]
    except UnicodeDecodeError:
        return None


@lru_cache(maxsize=8192)
def fold_word(text: str) -> str:
    """The folded form of a short string (a code segment, a name), cached."""
    return fold_text(text).folded
