"""Normalise Vietnamese text: NFC, whitespace and NBSP, dashes, ASCII folding (đ -> d), and the
repair of legacy font encodings (TCVN3, VNI) and mojibake."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path

# Zero-width characters and soft hyphens that portals leave inside words. Looked for with
# ``in`` (a fast scan per character) and removed with a regular expression only when present:
# both cost far less than a per-character table on long texts.
_INVISIBLE_CHARS = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
_INVISIBLE = re.compile("[" + "".join(_INVISIBLE_CHARS) + "]")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC with invisible characters removed."""
    if text.isascii():
        return text
    for ch in _INVISIBLE_CHARS:
        if ch in text:
            text = _INVISIBLE.sub("", text)
            break
    return unicodedata.normalize("NFC", text)


# White space is what str.isspace() calls so (every Unicode space separator, NBSP included,
# tabs, form feeds and the other line breaks): str.split() with no argument splits on exactly
# those runs, as the regular expression ``[^\S\n]+`` finds them, several times faster.


def collapse_ws(text: str) -> str:
    """Collapse runs of horizontal white space (NBSP included) to one space, strip each line."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def clean_line(text: str) -> str:
    """Return one line of text: NFC, single spaces, stripped."""
    return " ".join(nfc(text).split())


def clean_text(text: str) -> str:
    """Return multi-line text: NFC, collapsed spaces, no blank lines."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line for line in collapse_ws(text).split("\n") if line)


def unify_dashes(text: str) -> str:
    """Replace en/em dashes, minus and other hyphen look-alikes with ASCII '-'."""
    return text.translate(_DASHES)


def _ranges(codepoints: list[int]) -> str:
    """A regular-expression character class body for ``codepoints`` (sorted), as ranges."""
    parts, first = [], None
    for i, cp in enumerate(codepoints):
        if first is None:
            first = cp
        if i + 1 == len(codepoints) or codepoints[i + 1] != cp + 1:
            parts.append(re.escape(chr(first)) + ("-" + re.escape(chr(cp)) if cp != first else ""))
            first = None
    return "".join(parts)


# Every combining mark of the Basic Multilingual Plane (Vietnamese tone and vowel marks among
# them): fold() removes them from the decomposed text in one pass of the regex engine.
_MARKS = re.compile("[" + _ranges([cp for cp in range(0x10000) if unicodedata.combining(chr(cp))]) + "]+")


def fold(text: str) -> str:
    """Fold for search and matching: lower case, đ->d, no diacritics, NFC input assumed.

    >>> fold("Liên đoàn Lao động")
    'lien doan lao dong'
    """
    if text.isascii():
        return text.lower()
    text = text.replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("Ð", "D")
    stripped = _MARKS.sub("", unicodedata.normalize("NFD", text))
    if stripped.isascii():
        return stripped.lower()
    if _ASTRAL.search(stripped):  # combining marks outside the BMP: the slow, general way
        stripped = "".join(ch for ch in stripped if not unicodedata.combining(ch))
    if not unicodedata.is_normalized("NFC", stripped):  # e.g. Hangul jamo compose again
        stripped = unicodedata.normalize("NFC", stripped)
    return stripped.lower()


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def lower(text: str) -> str:
    """``text.lower()`` as ``fold`` lowers it in this build. The compiled build lowers character by character, so a
    Greek capital sigma at a word's end becomes "σ" there and "ς" in CPython; a fold made elsewhere (``enrich.markstrip``)
    lowers through here to stay equal to ``fold`` in either build."""
    return text.lower()


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


# -- legacy Vietnamese encodings and mojibake ---------------------------------------------------
# Pages typed in the pre-Unicode font encodings (TCVN3 ".Vn" fonts, VNI fonts) decode as Latin-1
# letters; the tables in data/legacy map them back. Segments are judged one by one, because a
# Unicode page may carry an old article pasted in a legacy font.
_LEGACY_DIR = Path(str(resources.files("crawler"))) / "data" / "legacy"  # not __file__: see chrome.py
# Characters TCVN3 uses that Unicode Vietnamese never does (® µ ¬ « ª ¨ ... and the soft hyphen, ư).
_TCVN3_MARKS = re.compile("[\u00a1-\u00a8\u00a9-\u00ae\u00b5-\u00be\u00c6-\u00cb\u00d7\u00de\u00df]")
# VNI writes a vowel's marks as Latin-1 letters after it ("aø" à, "oä" ộ, "eâ" ê) and đ as ñ. Some
# of these pairs ("oà", "uâ") are also Unicode Vietnamese, but a Unicode passage is never all
# Latin-1 (ư ơ đ ạ ả ... are not), and only all-Latin-1 passages are judged.
_VNI_MARKS = re.compile(
    "[aeiouyAEIOUYôöÔÖ][øùûõïáàåãäâêéèúüëØÙÛÕÏÁÀÅÃÄÂÊÉÈÚÜË]|[ñÑ](?=[aeiouyAEIOUYôöÔÖ])"
)
_NOT_LATIN1 = re.compile("[^\u0000-\u00ff]")
# UTF-8 lead bytes of Vietnamese letters read as cp1252/Latin-1: "Ã¡" (á), "Ä‘" (đ), "á»" (ộ...).
_CP1252_HIGH = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE = re.compile(f"(á[»º]|Ä[\u0080-\u009f\ufffd{_CP1252_HIGH}]|Æ[°¡¯ ]|Ã[\u0080-\u00bf{_CP1252_HIGH}])")


@cache
def legacy_table(name: str) -> dict[str, str]:
    """The mapping of a legacy encoding (tcvn3, vni): legacy characters -> Unicode letter."""
    table: dict[str, str] = {}
    for line in (_LEGACY_DIR / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        legacy, letter = line.split("\t")
        if legacy.startswith("U+"):
            legacy = chr(int(legacy[2:], 16))
        table[legacy] = letter
    return table


def legacy_encoding(text: str) -> str | None:
    """"tcvn3" or "vni" when ``text`` is Vietnamese typed in that font encoding, else None."""
    if text.isascii() or _NOT_LATIN1.search(text):  # every mark of both encodings is Latin-1
        return None
    tcvn3 = len(_TCVN3_MARKS.findall(text))
    vni = len(_VNI_MARKS.findall(text))
    if max(tcvn3, vni) < 2:
        return None
    letters = sum(ch.isalpha() for ch in text) or 1
    if tcvn3 >= 2 and tcvn3 / letters > 0.02 and tcvn3 >= vni:
        return "tcvn3"
    if vni >= 2 and vni / letters > 0.02:
        return "vni"
    return None


def _convert_tcvn3(text: str) -> str:
    table = legacy_table("tcvn3")
    out = []
    for i, ch in enumerate(text):
        letter = table.get(ch)
        if letter is None:
            out.append(ch)
            continue
        # .VnTimeH capitals reuse the lower-case codes: keep the case of the word around them.
        before, after = text[i - 1 : i], text[i + 1 : i + 2]
        if (before.isupper() or not before.isalpha()) and after.isupper() and letter.islower():
            letter = letter.upper()
        out.append(letter)
    return "".join(out)


def _convert_vni(text: str) -> str:
    table = legacy_table("vni")
    out, i = [], 0
    while i < len(text):
        pair = text[i : i + 2]
        if len(pair) == 2 and pair in table:
            out.append(table[pair])
            i += 2
        elif text[i] in table:
            out.append(table[text[i]])
            i += 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def repair_legacy(text: str) -> str:
    """Convert TCVN3 or VNI font-encoded text to Unicode; other text is returned unchanged."""
    kind = legacy_encoding(text)
    if kind == "tcvn3":
        return _convert_tcvn3(text)
    if kind == "vni":
        return _convert_vni(text)
    return text


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as cp1252 or Latin-1 ("Lao Äá»ng" -> "Lao Động"); other text unchanged."""
    if text.isascii() or not _MOJIBAKE.search(text):
        return text
    import ftfy  # imported on demand: most pages never need it

    # cp1252 has no character for byte 0x90, so "Đ" (C4 90) often survives only as "Ä" plus a
    # replacement character; in Vietnamese text that pair can only have been "Đ".
    return ftfy.fix_encoding(text.replace("Ä\ufffd", "Ä\u0090"))


def repair_text(text: str) -> str:
    """Mojibake and legacy font encodings repaired, then NFC."""
    if text.isascii():
        return text
    return nfc(repair_legacy(repair_mojibake(text)))
