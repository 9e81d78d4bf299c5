"""A union's organisation written short after the passage wrote its full name: "Công đoàn, Đoàn Thanh niên Viện
Hàn lâm" after "Phó Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam" is the union of the academy named in full; a
bare head ("Công đoàn Sở", "Công đoàn Công ty") is the union of the one organisation with that head the passage
named before it (read for enrich/unitnames.py's Reader)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from crawler.textnorm import fold
from enrich.catalog import DATA, read_csv
from enrich.gazetteer import unit_slug
from enrich.unitends import titled_person_end
from enrich.unitlabels import written_label
from enrich.unitorgs import TextMemo, Words, lower_head, organisation_span
from enrich.unittext import starts_with

_CLOSE = ("", "\n", ",", ".", ";", ":", ")")
PROVINCE_ABBREVIATIONS_CSV = DATA / "province_abbreviations.csv"


@cache
def province_abbreviations() -> dict[str, str]:
    """A province's abbreviation written after a body's name ("Sở TT&TT AG") -> the province's name."""
    return {row["abbr"]: row["province"] for row in read_csv(PROVINCE_ABBREVIATIONS_CSV)}


def _province_tail(label: str, province_types: tuple[str, ...], is_province: Callable[[str], bool]) -> tuple[str, str, str]:
    """``label`` without the province written after it (its name, with or without its type, or a listed
    abbreviation: "Sở Thông tin và Truyền thông AG"), that province folded ("" for none), and the label to give
    (without an abbreviation, which is no part of the body's name)."""
    words = label.split(" ")
    province = province_abbreviations().get(words[-1]) if len(words) > 2 else None
    if province:
        base = " ".join(words[:-1])
        return base, fold(province), base
    for count in range(min(5, len(words) - 2), 0, -1):  # "Bà Rịa - Vũng Tàu": up to five words
        name = " ".join(words[-count:])
        if is_province(name):
            base = " ".join(words[:-count])
            placed = next((t for t in province_types if base.endswith(" " + t)), None)
            base = base[:-len(placed) - 1] if placed and base.count(" ") > len(placed.split()) else base
            return base, fold(name), label
    return label, "", label


def named_before(text: str, folded: str, start: int, head: str, words: Words, types: tuple[tuple[str, ...], tuple[str, ...]],
                 is_province: Callable[[str], bool], memo: TextMemo | None = None) -> str:
    """The one organisation with this head the passage names before ``start`` ("Công ty TNHH MTV Cao su Chư
    Prông" before "Công đoàn Công ty"), as written and without its chair's name after it, or "" when it names
    none or several; ``types`` the province's and the other places' types. One body written with and without its
    province ("Sở TT&TT AG", "Sở Thông tin và Truyền thông") is one: the form with the province written in full,
    else the first; written with two provinces, it is two. ``memo``: the reader's of ``text`` (enrich/unitorgs.py)."""
    found = _names_before(text, folded, start, head, words, types, is_province, memo)
    if len(found) != 1:
        return ""
    return _one_label(*next(iter(found.values())), types[0], is_province)


def names_before(text: str, folded: str, start: int, head: str, words: Words, types: tuple[tuple[str, ...], tuple[str, ...]],
                 is_province: Callable[[str], bool], memo: TextMemo | None = None) -> list[str]:
    """Every organisation with this head the passage names before ``start``, one label each as ``named_before``
    gives the one (none for a body written with two provinces)."""
    found = _names_before(text, folded, start, head, words, types, is_province, memo)
    return [label for provinces, labels in found.values() if (label := _one_label(provinces, labels, types[0], is_province))]


def _lower_legal_form(text: str, at: int, end: int, words: Words) -> bool:
    """Whether a company's legal form written in lower case starts at ``at`` and a capitalised word follows it
    ("Công ty cổ phần Thiết bị Xăng dầu X"), or the lower-case words of a trade the name ``at``-``end`` reads on
    through to one ("Công ty cổ phần thủy điện X"): the company's proper name, as with the form capitalised."""
    form = starts_with(text, at, words.get("legal_form", ()), exact=True)
    after = at + len(form) + 1 if form else 0
    return form is not None and form.islower() and text[after - 1:after] == " " \
        and any(word[:1].isupper() for word in text[after:end].split())


def _one_label(provinces: set[str], labels: list[str], province_types: tuple[str, ...],
               is_province: Callable[[str], bool]) -> str:
    if len(provinces) > 1:
        return ""
    return next((label for label in labels if unit_slug(label) != unit_slug(_province_tail(label, province_types, is_province)[0])),
                labels[0])


def _names_before(text: str, folded: str, start: int, head: str, words: Words, types: tuple[tuple[str, ...], tuple[str, ...]],
                  is_province: Callable[[str], bool], memo: TextMemo | None) -> dict[str, tuple[set[str], list[str]]]:
    found: dict[str, tuple[set[str], list[str]]] = {}
    lower = head.lower() in words.get("org_lower", ())  # "trường mầm non Trung Giã": a lower-case head before a name
    for at in head_written_before(text, head, start, lower):
        if text[max(0, at - 5):at].lower() == "tổng ":
            continue  # "Tổng Công ty X" is not a "Công ty"
        span = organisation_span(text, folded, at, words, types[0], types[1], memo=memo)
        end = titled_person_end(text, at, span[1], words, is_province) if span else 0
        proper = span is not None and (text[span[0]:span[0] + 1].isupper() or _lower_legal_form(text, span[0], span[1], words)
                                 or span[2])  # "... đa khoa Thành phố": a name up to its bare place type
        if span is not None and end - span[0] >= 2 and (proper or text[at].islower() and lower_head(text, at, words)):
            base, province, label = _province_tail(written_label(text[at:end], words), types[0], is_province)
            provinces, labels = found.setdefault(unit_slug(base), (set(), []))
            provinces.update([province] if province else [])
            labels.append(label)
    return found


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
    for at in written_before(text, short, start):
        before = text[max(0, at - 12):at - 1].split() if text[at - 1:at] == " " else []
        if before and before[-1][:1].isupper() and before[-1][-1:].isalnum():
            continue  # "Tổng Công ty X ...": the words before make it another name than the one written short
        # a generic head whose name goes on in lower case, closed by punctuation: "Ban Quản lý dự án đầu tư ..., "
        described = starts_with(text, at, words.get("org_described", ()), exact=True) is not None
        span = organisation_span(text, folded, at, words, types[0], types[1], described=described, closed=described)
        end = titled_person_end(text, at, span[1], words, is_province) if span else 0
        if end <= at + len(short):
            continue  # written short there too
        if not (_full(text, at + len(short), end, words, types, is_province)
                or described and text[end:end + 1] in _CLOSE and text[at + len(short):end].islower()):
            return ""
        label = written_label(text[at:end], words)
        found.setdefault(unit_slug(label), label)
    return next(iter(found.values())) if len(found) == 1 else ""


def written_before(text: str, short: str, start: int) -> list[int]:
    r"""Where ``short`` and a space stand in ``text`` before ``start``, not right after a word's character: the
    starts of ``re.finditer(r"(?<!\w)" + re.escape(short) + " ", text[:start])``, found with ``str.find`` (most
    organisations are written once, and a pattern that opens with a look-behind is tried at every character)."""
    needle = short + " "
    found: list[int] = []
    at = text.find(needle, 0, start)
    while at >= 0:
        if at and (text[at - 1].isalnum() or text[at - 1] == "_"):  # inside a word: try the next character
            at = text.find(needle, at + 1, start)
        else:
            found.append(at)
            at = text.find(needle, at + len(needle), start)
    return found


# ASCII letters whose one other case is all a pattern's "(?i:x)" matches ("k" matches the Kelvin sign too, "s" "ſ",
# "i" "İ" and "ı"; tests/test_units_named_before_path.py)
_TWO_CASES = frozenset("abcdefghjlmnopqrtuvwxyzABCDEFGHJLMNOPQRTUVWXYZ")


def head_written_before(text: str, head: str, start: int, lower: bool) -> list[int]:
    r"""Where ``head`` and a space stand in ``text`` before ``start``, not right after a word's character, the head
    capitalised, or in either case of its first letter when ``lower``: the starts of
    ``re.finditer(r"(?<![\w])" + first + re.escape(head[1:]) + " ", text, 0, start)``, ``first`` the first letter
    capitalised, or ``(?i:...)`` of it when ``lower``; found with ``str.find`` (a pattern that opens with a
    look-behind is tried at every character)."""
    if not lower:
        return written_before(text, head[:1].upper() + head[1:], start)
    first = head[:1]
    if first not in _TWO_CASES:  # a letter with a third form that matches it, or no ASCII letter
        pattern = re.compile(r"(?<![\w])" + f"(?i:{re.escape(first)})" + re.escape(head[1:]) + r" ")
        return [m.start() for m in pattern.finditer(text, 0, start)]
    size = len(head) + 1
    places: list[int] = []
    for needle in (first.lower() + head[1:] + " ", first.upper() + head[1:] + " "):
        at = text.find(needle, 0, start)
        while at >= 0:
            if not at or not (text[at - 1].isalnum() or text[at - 1] == "_"):
                places.append(at)
            at = text.find(needle, at + 1, start)
    found: list[int] = []
    for at in sorted(places):  # a match the one before overlaps is none: the next search starts at that one's end
        if not found or at >= found[-1] + size:
            found.append(at)
    return found


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


def follows_word(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` and a space are written right before ``start`` (within 24 characters): "Chủ tịch
    Công đoàn", "BCH Công đoàn" with the words of group ``site_union``."""
    return text[max(0, start - 24):start].endswith(tuple(w + " " for w in words))
