"""A school named by a letter alone ("Trường tiểu học A", "Trường Mầm non B"): many communes have one, so the
school is named with the commune the passage writes after it in brackets, as it is read on to a commune written
without them ("Công đoàn cơ sở Trường tiểu học A (xã Hưng Phú, huyện Phước Long)": "Công đoàn cơ sở Trường Tiểu học
A xã Hưng Phú", b41u002). A school with a proper name ("Trường Tiểu học Lê Lợi (xã Hưng Phú)") keeps its name as
written, as a company's does ("Công ty TNHH Việt Nam Samho (xã Bình Mỹ, TPHCM)", b16u061)."""

from __future__ import annotations

import re

Words = dict[str, tuple[str, ...]]
_COMMUNE = re.compile(r" \((xã|phường|thị trấn) ((?:[A-ZĐ\d][^\s,;()]*)(?: [A-ZĐ\d][^\s,;()]*)*)[,;)]",
                      re.UNICODE)
_SCHOOL = "trường "


def letter_commune(text: str, pos: int, end: int, words: Words) -> str:
    """The commune (" xã Hưng Phú") a school's name ``text[pos:end]`` ending on a school's type (group
    ``school_head``) and one capital letter takes from the brackets right after it, or ""."""
    name = text[pos:end]
    head, _, letter = name.rpartition(" ")
    if len(letter) != 1 or not letter.isupper() or not name.lower().startswith(_SCHOOL):
        return ""
    if not any(head.lower().endswith(" " + kind.lower()) for kind in words.get("school_head", ())):
        return ""
    found = _COMMUNE.match(text, end)
    return f" {found.group(1)} {found.group(2)}" if found else ""
