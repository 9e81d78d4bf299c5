"""The quick search for an organisation's head written before a bare union (enrich/unitshort.py
``head_written_before``) gives the starts the plain pattern gives, and ``named_before`` reads the same with the
reader's memo of the text as without it."""

from __future__ import annotations

import re
import string
import sys

import pytest

from enrich.gazetteer import gazetteer
from enrich.unitnames import _LOCAL_TYPES, PROVINCE_TYPES, Reader
from enrich.unitshort import _TWO_CASES, head_written_before, named_before
from enrich.unittext import View
from tests import tagging_record

ODD = [
    "", " ", "a a a a a ", "A a a A a a ", "công ty Công ty công ty ", "_công ty A, xCông ty A, 1công ty A, (Công ty A\nCông ty",
    "Trường Trường trường ", "²trường A ", "trường A", "TRƯỜNG A trường", "bệnh viện X ở Bệnh viện X\tbệnh viện X ",
    "Sở Sở sở ſở Kho kho Kho ıt İt it ", "t t t T t T t ",
]
HEADS = ["a a", "a", "công ty", "Công ty", "trường", "Trường", "bệnh viện", "sở", "Sở", "kho", "it", "t t", "Đoàn", "ở", ""]


def plain(text: str, head: str, start: int, lower: bool) -> list[int]:
    first = f"(?i:{re.escape(head[:1])})" if lower else re.escape(head[:1].upper())
    pattern = re.compile(r"(?<![\w])" + first + re.escape(head[1:]) + r" ")
    return [m.start() for m in pattern.finditer(text, 0, start)]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return tagging_record.recorded_texts()


def test_the_letters_read_in_two_cases_match_no_third_character() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in string.ascii_letters:
        matched = set(re.findall(f"(?i:{letter})", every))
        assert (matched == {letter.lower(), letter.upper()}) == (letter in _TWO_CASES), (letter, matched)


def test_made_texts_give_the_patterns_starts() -> None:
    for text in ODD:
        for head in HEADS:
            for lower in (False, True):
                for start in range(len(text) + 2):
                    assert head_written_before(text, head, start, lower) == plain(text, head, start, lower), (text, head, start)


def test_recorded_texts_give_the_patterns_starts(texts: list[str]) -> None:
    words = gazetteer().words
    heads = sorted({h for group in ("org_lower", "org", "corp") for h in words.get(group, ())})
    checked = found = 0
    for text in texts[::7]:
        for head in heads:
            for lower in (False, True):
                for start in (len(text), len(text) // 2):
                    got = head_written_before(text, head, start, lower)
                    assert got == plain(text, head, start, lower), (head, start, lower)
                    checked, found = checked + 1, found + len(got)
    assert checked > 10_000 and found > 1_000


def test_named_before_reads_the_same_with_the_readers_memo(texts: list[str]) -> None:
    gaz = gazetteer()
    heads = ["Công ty", "công ty", "Trường", "Tổng công ty", "Bệnh viện", "Sở", "Cơ quan", "Chi cục", "Học viện"]
    calls = named = 0
    for text in texts[::5]:
        view = View.of(text)
        reader = Reader(view, gaz)
        reader.mentions()  # the memo holds what the reader read of the text's names
        for m in re.finditer(r"[Cc]ông đoàn ", view.text):
            for head in heads:
                with_memo = named_before(view.text, view.folded, m.start(), head, gaz.words, (PROVINCE_TYPES, _LOCAL_TYPES),
                                         reader._is_province, reader.edge_memo)
                alone = named_before(view.text, view.folded, m.start(), head, gaz.words, (PROVINCE_TYPES, _LOCAL_TYPES),
                                     reader._is_province)
                assert with_memo == alone, (view.text[:80], head, m.start())
                calls, named = calls + 1, named + bool(alone)
    assert calls > 10_000 and named > 300
