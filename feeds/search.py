"""Vietnamese full-text search: fold queries like the index, and highlight matches in the text.

The FTS index (``articles_fts``: title, text and ``folded``, unicode61 with diacritics removed)
already ignores tone marks and case, but ``đ`` is a letter of its own there; the ``folded``
column (``textnorm.fold``: đ -> d) holds every article folded. So a query is folded the same
way (NFC, NBSP and other spaces, case, tones, đ -> d) and then matches the same rows whether it
was typed with diacritics or without: ``Liên đoàn`` -> ``"lien" "doan"``. (Searching the
accented form as well would let titles with đ-words score as titles, at twice the cost on
common words; ranking weighs the title column for every other word.)

Highlighting folds text and query the same way, one character for one character, so a match
found in the folded text marks exactly the same span of the original.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from functools import lru_cache

from crawler.textnorm import _ranges, fold, nfc

# Datasette's escape_fts split: runs of white space (NBSP included) or a quoted phrase.
_BITS = re.compile(r'\s+|(".*?")')
_WORD = re.compile(r"\w+")
SNIPPET_CHARS = 220


def fts_query(query: str | None) -> str:
    """An FTS5 MATCH expression for a user's query: every word or "quoted phrase", folded."""
    query = fold(nfc(query or ""))
    if query.count('"') % 2:
        query += '"'
    terms = []
    for bit in _BITS.split(query):
        if not bit or bit == '""':
            continue
        text = " ".join(bit.strip('"').split()).replace('"', "")
        if text:
            terms.append(f'"{text}"')
    return " ".join(terms) or '""'


class _FoldTable(dict):
    """``fold`` of one character, memoised, for str.translate; a character whose fold is not
    one character (rare ligatures) is only lower-cased, so lengths never change."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = fold(ch)
        self[code] = value = folded if len(folded) == 1 else ch.lower()[:1] or ch
        return value


FOLD_TABLE = _FoldTable()

def fold_same_length(text: str) -> str:
    """``fold`` one character at a time, so offsets in the result are offsets in ``text``."""
    return nfc(text).translate(FOLD_TABLE)


# The fast way to the same matches. A letter whose decomposition is an ASCII letter and marks
# (every Vietnamese letter but đ) folds to that letter; punctuation and spaces that fold to
# themselves are no word characters, so any other non-word character stands in for them. A text
# made only of these, ASCII and đ folds in C: decomposed, marks dropped by the ASCII encoder.
def _ascii_based(cp: int) -> bool:
    parts = unicodedata.normalize("NFD", chr(cp))
    return len(parts) > 1 and parts[0].isascii() and all(unicodedata.combining(m) for m in parts[1:])


_LATIN = (*range(0x80, 0x250), *range(0x1E00, 0x1F00))
_SPACING = [cp for cp in (*range(0x80, 0xC0), *range(0x2000, 0x2070))
            if not chr(cp).isalnum() and not unicodedata.combining(chr(cp)) and FOLD_TABLE[cp] == chr(cp)]
_NOT_FAST = re.compile(r"[^\x00-\x7f" + _ranges(sorted(
    [cp for cp in _LATIN if _ascii_based(cp)] + [0x110, 0x111] + _SPACING)) + "]")
_SPACING_RE = re.compile("[" + _ranges(_SPACING) + "]")


def searchable(text: str) -> str:
    """``text`` (NFC) folded for matching query words: the same length and the same word
    characters as ``fold_same_length``; a non-word character may stand for another."""
    if text.isascii():
        return text.lower()
    if _NOT_FAST.search(text) is None:
        plain = _SPACING_RE.sub(" ", text).replace("đ", "d").replace("Đ", "D")
        folded = unicodedata.normalize("NFD", plain).encode("ascii", "ignore").decode("ascii").lower()
        if len(folded) == len(text):
            return folded
    return text.translate(FOLD_TABLE)


def query_words(query: str | None) -> frozenset[str]:
    """The folded words of ``query`` that highlights and snippets mark: all they depend on."""
    return frozenset(fold(w) for w in _WORD.findall(nfc(query or "")))


@lru_cache(maxsize=512)
def _pattern(query: str) -> re.Pattern[str] | None:
    words = sorted(query_words(query), key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


@lru_cache(maxsize=512)
def _unanchored(query: str) -> re.Pattern[str] | None:
    """``_pattern`` without its leading look-behind, which keeps the regular-expression engine
    from skipping ahead to the first letters of the words; ``spans`` checks it instead. Only
    when every folded word is made of word characters: a match preceded by a word character is
    then inside a word, and no other match can start within it."""
    words = sorted(query_words(query), key=len, reverse=True)
    if not words or not all(_WORD.fullmatch(w) for w in words):
        return None
    return re.compile("(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # the regular-expression \w of a str pattern


def spans(text: str, query: str) -> list[tuple[int, int]]:
    """Start and end offsets in ``text`` (NFC) of every query word, ignoring case and diacritics."""
    return _spans(nfc(text), query) if text else []


def _spans(text: str, query: str) -> list[tuple[int, int]]:
    """``spans`` of a text already in NFC."""
    if not text:
        return []
    fast = _unanchored(query)
    if fast is None:
        pattern = _pattern(query)
        return [] if pattern is None else [m.span() for m in pattern.finditer(searchable(text))]
    folded = searchable(text)
    return [m.span() for m in fast.finditer(folded) if not (m.start() and _is_word(folded[m.start() - 1]))]


def mark(text: str, ranges: list[tuple[int, int]], tag: str = "mark") -> str:
    """HTML of ``text`` with each (start, end) range wrapped in ``<tag>``; everything escaped."""
    out, pos = [], 0
    for start, end in sorted(ranges):
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f"<{tag}>{html.escape(text[start:end])}</{tag}>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def highlight(text: str | None, query: str | None) -> str:
    """The whole of ``text`` as HTML with query words in ``<mark>``."""
    text = nfc(text or "")
    return mark(text, _spans(text, query or ""))


def _densest(found: list[tuple[int, int]], size: int) -> tuple[int, int]:
    """The first span of ``found`` (in text order) with the most spans starting within ``size``
    characters from its start."""
    starts = [start for start, _ in found]
    best, most = found[0], 0
    for i, span in enumerate(found):  # starts increase strictly: span i is the i-th start
        count = bisect.bisect_left(starts, span[0] + size, i) - i
        if count > most:
            best, most = span, count
    return best


def snippet(text: str | None, query: str | None, size: int = SNIPPET_CHARS) -> str:
    """About ``size`` characters of ``text`` around the densest run of query words, as HTML."""
    text = " ".join(nfc(text or "").split())
    found = _spans(text, query or "")
    if not found:
        cut = text[:size].rsplit(" ", 1)[0] if len(text) > size else text
        return html.escape(cut) + (" …" if len(cut) < len(text) else "")
    best = _densest(found, size)
    start = max(0, best[0] - size // 4)
    start = text.rfind(" ", 0, start) + 1 if start else 0
    end = min(len(text), start + size)
    if end < len(text):
        end = max(text.rfind(" ", start, end), best[1])
    inside = [(a - start, b - start) for a, b in found if a >= start and b <= end]
    body = mark(text[start:end], inside)
    return ("… " if start else "") + body + (" …" if end < len(text) else "")
