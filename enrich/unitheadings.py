"""A union's name set as two headings, one above the other: a line holding only a union's head ("Công đoàn", "Liên
đoàn Lao động", word group ``split_head`` of enrich/data/unit_words.csv, in any case) and, on the next line, only a
place written with its type and its capitalised name ("Thành Phố Hồ Chí Minh", "TỈNH BẮC NINH"), as a portal's
header sets its name. The line break between them is read as a space (``enrich.unittext.View``, one character for
one, so that offsets and evidence stay), and the two lines as the one name they are: "Công đoàn\\nThành Phố Hồ Chí
Minh" is the city's federation. A line that goes on with other words (a sentence, a second name) is joined to
nothing. Likewise a union's name whose line ends on an organisation's head that wants its proper name (word group
``open_head``: "Trường Đại học", "Học viện") goes on into the next line where a capitalised word starts it, as a
source's line wrapped inside the name ("Công đoàn Trường Đại học\nSư phạm Kỹ thuật Hưng Yên")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from enrich.catalog import DATA, read_csv

_TYPES = frozenset(("tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "thị xã"))
_NAME_WORDS = 5  # the longest place's name after its type ("Phan Rang - Tháp Chàm" is four words and a dash)


@cache
def _head_line() -> re.Pattern[str]:
    """A line holding only a head of group ``split_head``, any case, and its line break (group 1)."""
    heads = [row["word"] for row in read_csv(DATA / "unit_words.csv") if row["group"] == "split_head"]
    alternatives = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(r"(?im)^[^\S\n]*(?:" + alternatives + r")[^\S\n]*(\n)")


def _place_line(line: str) -> bool:
    """Whether ``line`` is only a place's type and its capitalised name."""
    words = line.split()
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]).casefold() in _TYPES:
            name = words[n:]
            return len(name) <= _NAME_WORDS and all(w[:1].isupper() or w in ("-", "–") for w in name)
    return False


@cache
def _open_end() -> re.Pattern[str]:
    """A union's name ending its line on an organisation's head that wants a proper name (group ``open_head``:
    "Trường Đại học"), its line break (group 1) and the next line's indentation."""
    heads = [row["word"] for row in read_csv(DATA / "unit_words.csv") if row["group"] == "open_head"]
    alternatives = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(r"(?:Công đoàn|CĐ)(?: cơ sở)? (?:" + alternatives + r")[^\S\n]*(\n)[^\S\n]*")


@cache
def _shortest_head() -> int:
    return min(len(row["word"]) for row in read_csv(DATA / "unit_words.csv") if row["group"] == "split_head")


def head_lines(text: str) -> Iterator[re.Match[str]]:
    """``_head_line().finditer(text)``, tried at the start of each line that has a break after it and room for a
    head: its "^" (multi-line) matches only at the text's start and after a "\n", its match ends at the line's
    break and takes no other, so the matches are those at the lines' starts. A search tries the pattern at every
    character of the text."""
    pattern, shortest = _head_line(), _shortest_head()
    start = 0
    end = text.find("\n")
    while end != -1:
        if end - start >= shortest:
            m = pattern.match(text, start)
            if m is not None:
                yield m
        start = end + 1
        end = text.find("\n", start)


def heading_breaks(text: str) -> list[int]:
    """Offsets of the line breaks between a union's head alone on its line and a place alone on the next, and of
    those inside a union's name broken after its organisation's head ("Công đoàn Trường Đại học\nSư phạm Kỹ thuật
    Hưng Yên": a source's line wrapped there)."""
    out: list[int] = []
    for m in head_lines(text):
        at = m.start(1)
        end = text.find("\n", at + 1)
        if _place_line(text[at + 1:end if end != -1 else len(text)]):
            out.append(at)
    if "Công đoàn" in text or "CĐ" in text:
        out += [m.start(1) for m in _open_end().finditer(text) if text[m.end():m.end() + 1].isupper()]
    return out
