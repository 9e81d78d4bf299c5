"""Normalise Vietnamese text: NFC, whitespace and NBSP, dashes, and ASCII folding (đ -> d)."""

from __future__ import annotations

import re
import unicodedata

# Zero-width characters and soft hyphens that portals leave inside words.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Every Unicode space separator, NBSP included, plus tabs and form feeds, but not newlines.
_HSPACE = re.compile(r"[^\S\n]+")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC with invisible characters removed."""
    return unicodedata.normalize("NFC", text.translate(_INVISIBLE))


def collapse_ws(text: str) -> str:
    """Collapse runs of horizontal white space (NBSP included) to one space, strip each line."""
    lines = (_HSPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines)


def clean_line(text: str) -> str:
    """Return one line of text: NFC, single spaces, stripped."""
    return _HSPACE.sub(" ", nfc(text).replace("\n", " ")).strip()


def clean_text(text: str) -> str:
    """Return multi-line text: NFC, collapsed spaces, no blank lines."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line for line in collapse_ws(text).split("\n") if line)


def unify_dashes(text: str) -> str:
    """Replace en/em dashes, minus and other hyphen look-alikes with ASCII '-'."""
    return text.translate(_DASHES)


def fold(text: str) -> str:
    """Fold for search and matching: lower case, đ->d, no diacritics, NFC input assumed.

    >>> fold("Liên đoàn Lao động")
    'lien doan lao dong'
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).lower()


def slugify(text: str) -> str:
    """Return an ASCII slug: folded, non-alphanumerics to single hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def has_vietnamese(text: str) -> bool:
    """Return True when ``text`` contains letters only Vietnamese uses (ơ, ư, đ, ạ ...)."""
    return bool(_VIET_LETTERS.search(text))


_VIET_LETTERS = re.compile(
    "[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]",
    re.IGNORECASE,
)
