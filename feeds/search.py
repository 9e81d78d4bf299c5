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

import html
import re

from crawler.textnorm import fold, nfc

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


def _pattern(query: str) -> re.Pattern[str] | None:
    words = sorted({fold(w) for w in _WORD.findall(nfc(query or ""))}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def spans(text: str, query: str) -> list[tuple[int, int]]:
    """Start and end offsets in ``text`` (NFC) of every query word, ignoring case and diacritics."""
    pattern = _pattern(query)
    if pattern is None or not text:
        return []
    return [m.span() for m in pattern.finditer(fold_same_length(text))]


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
    return mark(text, spans(text, query or ""))


def snippet(text: str | None, query: str | None, size: int = SNIPPET_CHARS) -> str:
    """About ``size`` characters of ``text`` around the densest run of query words, as HTML."""
    text = " ".join(nfc(text or "").split())
    found = spans(text, query or "")
    if not found:
        cut = text[:size].rsplit(" ", 1)[0] if len(text) > size else text
        return html.escape(cut) + (" …" if len(cut) < len(text) else "")
    best = max(found, key=lambda s: sum(1 for o in found if s[0] <= o[0] < s[0] + size))
    start = max(0, best[0] - size // 4)
    start = text.rfind(" ", 0, start) + 1 if start else 0
    end = min(len(text), start + size)
    if end < len(text):
        end = max(text.rfind(" ", start, end), best[1])
    inside = [(a - start, b - start) for a, b in found if a >= start and b <= end]
    body = mark(text[start:end], inside)
    return ("… " if start else "") + body + (" …" if end < len(text) else "")
