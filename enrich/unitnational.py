"""A national body's branch in a province written with the body's acronym: "Công đoàn NHCSXH Lai Châu", "CĐCS NHCSXH
tỉnh Thái Nguyên" is the grassroots union of the social policy bank's branch there, named spelt out as the labelled
sets name it ("Công đoàn cơ sở Ngân hàng Chính sách xã hội tỉnh Lai Châu": b5u045, b10u016, b16u077, b41u019, b42u037).

The acronyms are read from the gazetteer: a central sector union's alias that is its head and one acronym ("Công đoàn
NHCSXH") whose letters are the first letters of the words of the union's name after its head ("Ngân hàng Chính sách xã
hội"), a name that does not end with the country (a body named after the country has no province's branch of that
name: "Công đoàn NHVN" is "Công đoàn Ngân hàng Việt Nam"). Written alone, or before anything but a province's name, the
acronym stays the central union's ("Công đoàn NHCSXH trao quà tại tỉnh Lai Châu")."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from enrich.gazetteer import Gazetteer
from enrich.unittext import cap_run

_HEADS = ("Công đoàn ", "CĐ ")
_ACRONYM = re.compile(r"[A-ZĐ]{2,}")
_TYPES = ("tỉnh ", "thành phố ", "Tỉnh ", "Thành phố ")


def _initials(words: str) -> str:
    """The first letters of ``words``, marks dropped, upper-case ("NHCSXH" for "Ngân hàng Chính sách xã hội")."""
    return "".join(unicodedata.normalize("NFD", word[0])[0] for word in words.split()).upper()


@cache
def national_acronyms(gaz: Gazetteer) -> dict[str, str]:
    """A central sector body's acronym -> the body's name spelt out: "NHCSXH" -> "Ngân hàng Chính sách xã hội"."""
    out: dict[str, str] = {}
    for row in gaz.units.values():
        body = row["name"].removeprefix("Công đoàn ")
        if row.get("kind") != "sector-central" or body == row["name"] or body.endswith("Việt Nam"):
            continue
        for alias in row.get("aliases", "").split(";"):
            acronym = next((alias[len(h):] for h in _HEADS if alias.startswith(h)), "")
            if _ACRONYM.fullmatch(acronym) and acronym == _initials(body):
                out[acronym] = body
    return out


def province_after(text: str, end: int, gaz: Gazetteer) -> bool:
    """Whether the word that ends at ``end`` is a national body's acronym and a province's name follows it, alone
    (its longest capitalised run: "Lai Châu", not "Lai Châu Nguyễn" ...)."""
    if text[end:end + 1] != " " or text[max(0, end - 16):end].rsplit(" ", 1)[-1] not in national_acronyms(gaz):
        return False
    names = cap_run(text, end + 1)
    return bool(names) and gaz.find_province(names[0][0], None) is not None


def spelt_branch(gaz: Gazetteer, label: str) -> str | None:
    """A label that is a national body's acronym and a province's name, its type written or not ("NHCSXH Lai Châu"),
    spelt out with the province's type: "Ngân hàng Chính sách xã hội tỉnh Lai Châu"; None for any other label."""
    acronym, _, place = label.partition(" ")
    body = national_acronyms(gaz).get(acronym)
    typed = next((t for t in _TYPES if place.startswith(t)), "")
    row = gaz.find_province(place[len(typed):], None) if body else None
    if row is None:
        return None
    return f"{body} {typed.lower() or row['type'] + ' '}{place[len(typed):]}"
