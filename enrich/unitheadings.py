"""A union's name set as two headings, one above the other: a line holding only a union's head ("Công đoàn", "Liên
đoàn Lao động", word group ``split_head`` of enrich/data/unit_words.csv, in any case) and, on the next line, only a
place written with its type and its capitalised name ("Thành Phố Hồ Chí Minh", "TỈNH BẮC NINH"), as a portal's
header sets its name. The line break between them is read as a space (``enrich.unittext.View``, one character for
one, so that offsets and evidence stay), and the two lines as the one name they are: "Công đoàn\\nThành Phố Hồ Chí
Minh" is the city's federation. A line that goes on with other words (a sentence, a second name) is joined to
nothing."""

from __future__ import annotations

import re
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


def heading_breaks(text: str) -> list[int]:
    """Offsets of the line breaks between a union's head alone on its line and a place alone on the next."""
    out: list[int] = []
    for m in _head_line().finditer(text):
        at = m.start(1)
        end = text.find("\n", at + 1)
        if _place_line(text[at + 1:end if end != -1 else len(text)]):
            out.append(at)
    return out
