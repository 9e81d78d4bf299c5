"""The quick search for a name written short before its union (enrich/unitshort.py ``written_before``) gives the
starts the plain pattern gives, on the recorded corpus and on texts made to stress it."""

from __future__ import annotations

import re

import pytest

from enrich.unitshort import written_before
from tests import tagging_record

ODD = [
    "", " ", "A A A A ", "Viện Viện Viện ", "_Viện A, xViện A, 1Viện A, (Viện A và Viện A\nViện A", "Công ty Công ty Công ty ",
    "Đoàn Đoàn\u00a0Đoàn ", "²Viện A ", "Viện A", "ab ab ab", "Bệnh viện X ở Bệnh viện X  Bệnh viện X\tBệnh viện X ",
]
SHORTS = ["", "A", "A A", "Viện", "Viện A", "Công ty", "Công ty Công ty", "Đoàn", "ab", "b", "Bệnh viện X", "x"]


def plain(text: str, short: str, start: int) -> list[int]:
    return [m.start() for m in re.compile(r"(?<!\w)" + re.escape(short) + r" ").finditer(text, 0, start)]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return tagging_record.recorded_texts()


def test_made_texts_give_the_patterns_starts() -> None:
    for text in ODD:
        for short in SHORTS:
            for start in range(len(text) + 2):
                assert written_before(text, short, start) == plain(text, short, start), (text, short, start)


def test_recorded_texts_give_the_patterns_starts(texts: list[str]) -> None:
    checked = found = 0
    for n, text in enumerate(texts):
        # the capitalised words of the text, one to four in a row, as shorts; the whole text and a cut inside it
        caps = [m.start() for m in re.finditer(r"(?<!\w)[A-ZĐ]", text)][n % 23::23]
        for at in caps:
            words = text[at:at + 40].split(" ")
            for k in (1, 2, 4):
                short = " ".join(words[:k])
                for start in (len(text), at + len(short) // 2, at + len(short) + 1):
                    got = written_before(text, short, start)
                    assert got == plain(text, short, start), (short, start)
                    checked, found = checked + 1, found + len(got)
    assert checked > 30_000 and found > 30_000
