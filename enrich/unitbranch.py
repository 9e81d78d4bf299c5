"""A company's branch written after a grassroots union's head with its province: "CĐCS Bảo Việt Nhân thọ An Giang"
(b38u041), a name of capitalised words that ends with a province's name, is the branch's grassroots union, as a
brand's branch is (enrich/unitbrands.py: "Công đoàn Vietcombank Hải Dương"); read for enrich/unitnames.py's Reader,
after every other rule of a "Công đoàn cơ sở" head."""

from __future__ import annotations

import re

from crawler.textnorm import fold
from enrich.gazetteer import Gazetteer

_WORD = re.compile(r"[^\W\d_][\w'&-]*")
_NOT_OWN = ("tỉnh", "thành", "thị", "huyện", "quận", "xã", "phường", "và", "của", "tại", "các")  # no part of a name
_NOT_FIRST = ("Tỉnh", "Thành", "Thị", "Huyện", "Quận", "Xã", "Phường", "Các", "Ban", "Khối")  # a place or a part
_MOST = 8  # words of the name before the province


def branch_end(text: str, pos: int, gaz: Gazetteer) -> int | None:
    """Where the branch's name at ``pos`` ends: after the province's name (one to four capitalised words, as the
    gazetteer names a province) that ends a run of one to eight words, each capitalised or one lower-case syllable
    after a capitalised one ("Nhân thọ"), the run starting capitalised with no place's type; the province's name is
    the run's last and no capitalised word or number follows it; not a run that starts with a surname (a person's
    name). None where no such run starts at ``pos``."""
    words: list[re.Match[str]] = []
    at = pos
    while len(words) < _MOST + 4:
        m = _WORD.match(text, at)
        if m is None:
            break
        words.append(m)
        if text[m.end():m.end() + 1] != " ":
            break
        at = m.end() + 1
    if not words or not words[0].group(0)[:1].isupper() or words[0].group(0) in _NOT_FIRST \
            or words[0].group(0) in gaz.words.get("surname", ()):  # "CĐCS Nguyễn Văn An ...": a person after the head
        return None
    for i, word in enumerate(words):
        written = word.group(0)
        if not written[:1].isupper() and (i == 0 or not words[i - 1].group(0)[:1].isupper() or written in _NOT_OWN):
            return None
        for count in range(min(4, len(words) - i - 1), 0, -1):
            place = words[i + 1:i + 1 + count]
            if not all(w.group(0)[:1].isupper() for w in place):
                continue
            name = text[place[0].start():place[-1].end()]
            end = place[-1].end()
            after = text[end:end + 2]
            if fold(name) in gaz.province_names and not (after[:1] == " " and (after[1:].isupper() or after[1:].isdigit())):
                return end if i < _MOST else None
    return None
