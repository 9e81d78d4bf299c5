"""A union's name written wholly in capitals, read in the sentence's case where its whole head is in capitals.

"CÔNG ĐOÀN CỤC HẢI QUAN TỈNH ĐỒNG THÁP, MỘT NHÂN TỐ ..." (b32u003, a title) is read as "Công đoàn Cục Hải quan tỉnh
Đồng Tháp": the union's head ("CÔNG ĐOÀN", "CÔNG ĐOÀN CƠ SỞ"), an organisation's head of the word groups ``org``,
``corp``, ``org_cs`` or ``national_org`` (enrich/data/unit_words.csv), one to six words of its name, a place type and
a province's name (enrich/data/provinces.csv), then a sign or the line's end, all in capitals. The head and the place
are written as listed, the name's words capitalised (an acronym the word lists or unit_abbreviations.csv name kept in
capitals: "TRƯỜNG THPT LÊ LỢI" is "Trường THPT Lê Lợi"; the case of a common word, "Hải Quan", is not known). Capitals that go on past the
province (a headline, "... TỈNH X TỔ CHỨC HỘI NGHỊ") or a name with no place type and province are left as written:
where such a name ends is not known. Each character is replaced by one, so the view's offsets stay.
"""

from __future__ import annotations

import re
from functools import cache

from enrich.catalog import DATA, read_csv

_HEAD = re.compile(r"(?<!\w)CÔNG ĐOÀN (?:CƠ SỞ )?")
_PLACE_TYPES = ("tỉnh", "thành phố")
_HEAD_GROUPS = frozenset(("org", "corp", "org_cs", "national_org"))
_SIGNS = ",.;:–-"
_MAX_NAME = 6


_ACRONYM_GROUPS = frozenset(("school_head", "school_abbr", "legal_acronym", "acronym_generic"))


@cache
def _acronyms() -> frozenset[str]:
    """Words written in capitals in a name: the word lists' acronyms and unit_abbreviations.csv's one-word ones."""
    words = {r["word"].split("=", 1)[0] for r in read_csv(DATA / "unit_words.csv") if r.get("group") in _ACRONYM_GROUPS}
    words |= {r["abbr"] for r in read_csv(DATA / "unit_abbreviations.csv") if " " not in r.get("abbr", " ")}
    return frozenset(w for w in words if w.isupper())


@cache
def _lists() -> tuple[dict[str, str], dict[str, str]]:
    """Organisations' heads and provinces' names, each in capitals mapped to its listed form."""
    heads = {r["word"].upper(): r["word"] for r in read_csv(DATA / "unit_words.csv")
             if r.get("group") in _HEAD_GROUPS and r.get("word", "")[:1].isupper()}
    provinces: dict[str, str] = {}
    for row in read_csv(DATA / "provinces.csv"):
        for name in (row.get("short_name", ""), *row.get("aliases", "").split(";")):
            if name[:1].isupper() and all(w[:1].isupper() for w in name.split()):
                provinces.setdefault(name.upper(), name)
    return heads, provinces


def _listed(words: list[str], i: int, table: dict[str, str], longest: int = 4) -> tuple[int, str] | None:
    """The longest listed form (in capitals) that ``words[i:]`` start with: the number of words and the form."""
    for n in range(min(longest, len(words) - i), 0, -1):
        form = table.get(" ".join(words[i:i + n]))
        if form is not None:
            return n, form
    return None


def _sentence_case(written: str) -> str | None:
    """``written`` (words in capitals after the union's head, up to a sign or the line's end) in the sentence's case,
    or None where it is no organisation's head, name, place type and province."""
    heads, provinces = _lists()
    words = written.split(" ")
    head = _listed(words, 0, heads)
    if head is None:
        return None
    n, form = head
    out = [form]
    i = n
    name: list[str] = []
    while i < len(words) and len(name) <= _MAX_NAME:
        pair = " ".join(words[i:i + 2]).lower()
        kind = pair if pair in _PLACE_TYPES else words[i].lower() if words[i].lower() in _PLACE_TYPES else ""
        if kind and name:
            place = _listed(words, i + len(kind.split()), provinces)
            if place is not None and i + len(kind.split()) + place[0] == len(words):
                out.extend(name)
                out.append(kind)
                out.append(place[1])
                return " ".join(out)
        word = words[i]
        name.append(word if word in _acronyms() else word[:1] + word[1:].lower())
        i += 1
    return None


def sentence_cased(source: str) -> str:
    """``source`` with every union's name in capitals that ``_sentence_case`` reads written in the sentence's case,
    one character for one."""
    if "CÔNG ĐOÀN " not in source:
        return source
    chars: list[str] | None = None
    for m in _HEAD.finditer(source):
        end = m.end()
        while end < len(source) and source[end] not in _SIGNS and source[end] != "\n":
            end += 1
        written = source[m.end():end].rstrip(" ")
        if not written or not written.isupper() or "  " in written:
            continue
        cased = _sentence_case(written)
        head = "Công đoàn cơ sở " if "CƠ SỞ" in m.group(0) else "Công đoàn "
        if cased is None or len(head) != len(m.group(0)) or len(cased) != len(written):
            continue
        chars = chars if chars is not None else list(source)
        chars[m.start():m.start() + len(head) + len(cased)] = head + cased
    return "".join(chars) if chars is not None else source
