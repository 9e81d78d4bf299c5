"""The quick paths of crawler/textnorm.py give exactly what their plain definitions give."""

from __future__ import annotations

import random
import re
import sys
import unicodedata

from crawler.textnorm import clean_line, clean_text, collapse_ws, nfc

INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
HSPACE = re.compile(r"[^\S\n]+")


def plain_nfc(text: str) -> str:
    if text.isascii():
        return text
    if INVISIBLE.search(text):
        text = INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)


def plain_collapse_ws(text: str) -> str:
    return "\n".join(HSPACE.sub(" ", line).strip() for line in text.split("\n"))


def plain_clean_line(text: str) -> str:
    return HSPACE.sub(" ", plain_nfc(text).replace("\n", " ")).strip()


def plain_clean_text(text: str) -> str:
    text = plain_nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line for line in plain_collapse_ws(text).split("\n") if line)


SPACES = [chr(cp) for cp in range(sys.maxunicode + 1) if chr(cp).isspace()]


def test_the_regex_and_str_agree_on_white_space_for_every_code_point():
    found = re.compile(r"\s")
    assert [chr(cp) for cp in range(sys.maxunicode + 1) if found.match(chr(cp))] == SPACES
    assert "\n" in SPACES and "\u00a0" in SPACES and "\u3000" in SPACES and "\x1c" in SPACES


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = [*SPACES, *"\u200b\u200c\u200d\u2060\ufeff\u00ad", *"aAđĐươ\u0301\u0323\u0309e̋ á", "Ạ", "\r\n"]
    alphabet += list("Liên đoàn Lao động tỉnh Hà Nam") + ["\U0001d400", "\ud800"]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(count)]


def test_clean_line_collapse_ws_clean_text_and_nfc_as_defined():
    texts = _texts(11, 20_000) + SPACES + [f"x{s}{s}y{s}" for s in SPACES] + ["", " ", "\n", "a\u00ad b"]
    for text in texts:
        assert nfc(text) == plain_nfc(text), repr(text)
        assert clean_line(text) == plain_clean_line(text), repr(text)
        assert collapse_ws(text) == plain_collapse_ws(text), repr(text)
        assert clean_text(text) == plain_clean_text(text), repr(text)
