"""The generic test's words looked up by their end (enrich/unitnames.py ``_by_last_two``): a text ends with one of
the looked-up words exactly when it ends with one of all the words, for the Reader's own words and for lists with
words of one and two characters."""

from __future__ import annotations

from enrich.gazetteer import gazetteer
from enrich.unitnames import Reader, _by_last_two
from enrich.unittext import View
from tests import tagging_record


def _ends_as_all(words: tuple[str, ...], texts: list[str]) -> int:
    index, short = _by_last_two(words)
    found = 0
    for text in texts:
        for end in range(len(text) + 1):
            before = text[max(0, end - 12):end]
            expected = before.endswith(words)
            assert before.endswith(index.get(before[-3:-1], short)) == expected, (words, before)
            found += expected
    return found


def test_the_readers_words_end_texts_as_all_of_them() -> None:
    words = Reader(View.of(""), gazetteer()).before_words
    made = [f"{lead}{w}{tail}" for w in words for lead in ("", "x", " ", "các ") for tail in ("", " ", "đ")]
    texts = [t.lower() for t in tagging_record.recorded_texts()[::40]]
    assert _ends_as_all(words, made + texts) > len(words) * 4


def test_lists_with_short_words_end_texts_as_all_of_them() -> None:
    for words in [("a ", "các "), ("x", " ", "ab ", "tổ "), ("", "cấp "), ("ab", "b ", "cab ", "ab ")]:
        made = ["", " ", "a", "a ", "ab", "ab ", "b ", "cab ", "các ", "tổ ", "x tổ x", "cấp", " cấp ", "xab"]
        assert _ends_as_all(words, made + [t + u for t in made for u in made]) > 10
