"""A folded copy of an article with the same length, so that offsets found in it hold in the text.

Matching runs on lower-case ASCII: marks removed, "đ"/"Đ" and the look-alike "Ð"/"ð" as "d",
dashes as "-", other symbols as one placeholder each. Scrambled diacritics ("Nghị qúỷết") and
missing ones ("Nghi quyet") fold alike. When a character cannot be folded to one character (a
stray combining mark, a letter whose lower case is longer), positions are mapped one by one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

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


@lru_cache(maxsize=8192)
def fold_word(text: str) -> str:
    """The folded form of a short string (a code segment, a name), cached."""
    return fold_text(text).folded
