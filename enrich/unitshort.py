"""A union's organisation written short after the passage wrote its full name: "Công đoàn, Đoàn Thanh niên Viện
Hàn lâm" after "Phó Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam" is the union of the academy named in full (read
for enrich/unitnames.py's Reader)."""

from __future__ import annotations

import re
from collections.abc import Callable

from enrich.gazetteer import unit_slug
from enrich.unitends import titled_person_end
from enrich.unitorgs import Words, organisation_span, written_label

_CLOSE = ("", "\n", ",", ".", ";", ":", ")")


def full_name_before(text: str, folded: str, start: int, short: str, words: Words,
                     types: tuple[tuple[str, ...], tuple[str, ...]], is_province: Callable[[str], bool]) -> str:
    """The one organisation name the passage wrote before ``start`` that starts with ``short`` (an organisation's
    head and at least one word of its name, as written, not ending with a place's type) and goes on past it to a
    full name (``_full``), as written and without a chair's name after it; "" when it wrote none, several, or one
    whose end is unclear. Not inside a name a capitalised word starts before it ("Tổng Công ty X"). ``types`` the
    province's and the other places' types."""
    if short.rsplit(" ", 1)[-1] in types[0] + types[1]:
        return ""  # "VKSND tỉnh": the province the passage gives completes it (enrich/unitplaces.py)
    found: dict[str, str] = {}
    for m in re.compile(r"(?<!\w)" + re.escape(short) + r" ").finditer(text, 0, start):
        before = text[max(0, m.start() - 12):m.start() - 1].split() if text[m.start() - 1:m.start()] == " " else []
        if before and before[-1][:1].isupper() and before[-1][-1:].isalnum():
            continue  # "Tổng Công ty X ...": the words before make it another name than the one written short
        span = organisation_span(text, folded, m.start(), words, types[0], types[1])
        end = titled_person_end(text, m.start(), span[1], words, is_province) if span else 0
        if end <= m.start() + len(short):
            continue  # written short there too
        if not _full(text, m.start() + len(short), end, words, types, is_province):
            return ""
        label = written_label(text[m.start():end], words)
        found.setdefault(unit_slug(label), label)
    return next(iter(found.values())) if len(found) == 1 else ""


def _full(text: str, at: int, end: int, words: Words, types: tuple[tuple[str, ...], tuple[str, ...]],
          is_province: Callable[[str], bool]) -> bool:
    """Whether the words ``text[at:end]`` after the short name end a full name: closed by punctuation, the line's
    end or a word that starts a clause (groups ``stop``, ``clause_verb``: "... tổ chức"); capitalised words, listed
    phrases ("Khoa học xã hội") and places with their types ("tỉnh Phú Thọ"), not "và" and another name, not two or
    three words alone that may be a person's name ("Giám đốc BV Nguyễn Đình Chiểu Trình Minh Hiệp")."""
    after = text[end + 1:end + 14].split(" ", 1)[0] if text[end:end + 1] == " " else ""
    if text[end:end + 1] not in _CLOSE and after not in words.get("stop", ()) + words.get("clause_verb", ()):
        return False
    rest = text[at:end]
    for phrase in words.get("phrase", ()) + words.get("compound", ()):
        rest = rest.replace(phrase, phrase.title())
    place_types = set(types[0] + types[1])
    found = rest.split()
    if not found or found[-1] in place_types:
        return False  # "Cục Thuế tỉnh": a bare type
    person = 2 <= len(found) <= 3 and rest == text[at:end] and all(w.istitle() and w.isalpha() for w in found) \
        and not rest.endswith("Việt Nam") and not is_province(" ".join(found[-2:])) and not is_province(found[-1])
    return not person and all(w[:1].isupper() or w[:1].isdigit() or w in place_types for w in found)
