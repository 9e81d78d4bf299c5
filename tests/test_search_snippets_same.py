"""The faster matching and snippet window give exactly what the plain definitions gave.

``searchable`` folds most texts in C instead of one character at a time, and the snippet's
densest window is found by bisection; both are compared here with the definitions they replace
(``fold_same_length`` and a count over every pair of matches), on every Latin character and on
random texts.
"""

from __future__ import annotations

import html
import random
import re

from crawler.textnorm import nfc
from feeds import search
from feeds.search import SNIPPET_CHARS, _pattern, fold_same_length, mark, searchable

WORDS = ("Liên đoàn Lao động huyện Bình Lục tổ chức hội nghị đoàn viên công nhân lao động có hoàn "
         "cảnh khó khăn Mái ấm Công đoàn Nghị quyết số 02-NQ/TW thỏa ước ĐOÀN Đắk Lắk "
         "an toàn, vệ sinh lao động “Tháng Công nhân” năm 2025 — tập huấn").split()
WORD_CHAR = re.compile(r"\w")
ODD = ["İ", "ß", "ﬁ", "Σ", "ς", "\u0301", "e\u0301", "\u00a0", "\u200b", "한", "ǅ", "Ⅻ", "²", "ð", "Ð",
       "\U0001d400", "\u0345", "ΐ", "ŉ", "\u1e9e", "\u0130", "ǰ", "…", "\t", "\n"]
QUERIES = ["liên đoàn lao động", "doan vien", "công nhân lao động có hoàn cảnh khó khăn", "02-NQ/TW",
           "thoa uoc lao dong tap the", "a", "ĐOÀN", "dak lak", "năm 2025", "i", "ss", "fi"]


def old_spans(text: str, query: str) -> list[tuple[int, int]]:
    pattern = _pattern(query)
    if pattern is None or not text:
        return []
    return [m.span() for m in pattern.finditer(fold_same_length(text))]


def same_words(text: str) -> None:
    """``searchable`` and ``fold_same_length`` agree on length and on every word character."""
    fast, plain = searchable(nfc(text)), fold_same_length(text)
    assert len(fast) == len(plain), repr(text)
    for a, b in zip(fast, plain, strict=True):
        assert a == b or not (WORD_CHAR.match(a) or WORD_CHAR.match(b)), (repr(text), a, b)


def old_snippet(text: str | None, query: str | None, size: int = SNIPPET_CHARS) -> str:
    text = " ".join(nfc(text or "").split())
    found = old_spans(text, query or "")
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


def texts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        words = [rng.choice(WORDS) for _ in range(rng.randrange(0, 400))]
        if i % 3 == 0:  # now and then a character that does not fold alone
            for _ in range(rng.randrange(1, 4)):
                words.insert(rng.randrange(len(words) + 1), rng.choice(ODD))
        out.append(" ".join(words))
    return out


def test_every_latin_character_and_random_strings_fold_to_the_same_words():
    chars = [chr(cp) for cp in (*range(0x250), *range(0x1E00, 0x1F00), *range(0x2000, 0x2070))]
    for ch in chars:
        same_words(ch)
        same_words("a" + ch + "b")
    rng = random.Random(3)
    for _ in range(3000):
        same_words("".join(rng.choice(chars + ODD) for _ in range(rng.randrange(1, 40))))


def test_snippets_and_highlights_are_unchanged():
    cases = texts(300)
    for query in QUERIES:
        for text in cases:
            assert search.spans(text, query) == old_spans(text, query), (query, text[:80])
            assert search.snippet(text, query) == old_snippet(text, query), (query, text[:80])
            assert search.highlight(text, query) == mark(nfc(text), old_spans(nfc(text), query))
    assert any("<mark>" in search.snippet(text, "doan vien") for text in cases)


def test_the_densest_window_is_the_first_of_equals():
    text = "đoàn " + "x " * 200 + "đoàn " + "x " * 200 + "đoàn viên"
    assert search.snippet(text, "đoàn viên") == old_snippet(text, "đoàn viên")
    assert search.snippet(text, "đoàn") == old_snippet(text, "đoàn")
    assert search.snippet(text, "đoàn").startswith("<mark>đoàn</mark>")
