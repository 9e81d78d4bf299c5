"""A body's own host spelt as its type's initials and its name's letters: "thtranqgkhaiq1.hcm.edu.vn" (a primary
school, "Trần Quang Khải", District 1), "bvdktanlac.vn" (a general hospital), "ttytmoduc.vn" (a health centre).

The letters are data (enrich/data/site_letters.csv): a body's type by its initials (kind ``type``: "th" Trường Tiểu
học, "bvdk" Bệnh viện Đa khoa, "ttyt" Trung tâm Y tế), a syllable a host writes short (``syllable``: "qg" quang), the
letter before a district's number after the name (``district``: "q1" quận 1), an education office's zone named short
(``office``: "hcm.edu.vn", Hồ Chí Minh).

A host's name spells a name the page writes (``typed_spells``) when it is the initials of the name's type, then every
word of the name after the type, whole or as a listed short syllable (a place's type, "huyện", "tỉnh", may be left
out), then at most a district's number or a district's whole name; the words after the type make four letters or
more. The name is always one the page writes: the host only picks it among them and never gives one alone, so that
a host whose letters are no name of the page ("thlevantam" beside "Trường Tiểu học Lê Văn Tâm") completes nothing.
"""

from __future__ import annotations

import re
from functools import cache

from crawler.textnorm import fold
from enrich.catalog import DATA, read_csv
from enrich.gazetteer import gazetteer

SITE_LETTERS_CSV = DATA / "site_letters.csv"
_KINDS = ("type", "syllable", "district", "office")
_NOT_LETTER = re.compile(r"[^a-z0-9]")
_PLACE_TYPES = (("tinh",), ("huyen",), ("quan",), ("thi", "xa"), ("thanh", "pho"), ("thi", "tran"), ("xa",), ("phuong",))
_MIN_NAME = 4  # letters of the name's words after its type


def letters_of(name: str) -> tuple[str, ...]:
    """The words of ``name`` as a host writes them: folded, lower case, letters and digits only."""
    return tuple(word for word in (_NOT_LETTER.sub("", fold(w).lower()) for w in name.split()) if word)


@cache
def site_letters() -> dict[str, tuple[tuple[str, str], ...]]:
    """kind -> (letters, words) rows of enrich/data/site_letters.csv, the longest letters first."""
    rows: dict[str, list[tuple[str, str]]] = {kind: [] for kind in _KINDS}
    for line, row in enumerate(read_csv(SITE_LETTERS_CSV), start=2):
        letters = row.get("letters") or ""
        if row.get("kind") not in _KINDS or not re.fullmatch(r"[a-z]+", letters) or not row.get("words") \
                or not row.get("source"):
            raise ValueError(f"{SITE_LETTERS_CSV.name} line {line}: expected a kind of {', '.join(_KINDS)}, "
                             f"lower-case letters, words and a source: {row}")
        rows[row["kind"]].append((letters, row["words"]))
    return {kind: tuple(sorted(found, key=lambda r: len(r[0]), reverse=True)) for kind, found in rows.items()}


@cache
def _types() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((letters, letters_of(words)) for letters, words in site_letters()["type"])


@cache
def _short(word: str) -> tuple[str, ...]:
    """The listed short forms of a folded syllable ("quang": "qg")."""
    return tuple(letters for letters, words in site_letters()["syllable"] if letters_of(words) == (word,))


@cache
def _districts() -> frozenset[str]:
    """Every district's name as a host writes it ("thuduc", "tanlac")."""
    return frozenset(_NOT_LETTER.sub("", fold(row["short_name"]).lower())
                     for rows in gazetteer().districts.values() for row in rows)


def _place_after(rest: str) -> bool:
    """Whether what a host writes after a name is nothing, a listed letter and a district's number ("q1") or a
    district's whole name ("thuduc")."""
    if not rest or rest in _districts():
        return True
    return any(re.fullmatch(re.escape(letters) + r"[1-9][0-9]?", rest) for letters, _ in site_letters()["district"])


def _spelt(label: str, at: int, words: tuple[str, ...], i: int, length: int) -> bool:
    if i == len(words):
        return length >= _MIN_NAME and _place_after(label[at:])
    for kind in _PLACE_TYPES:  # "huyện Tân Lạc" written "tanlac"
        if words[i:i + len(kind)] == kind and i + len(kind) < len(words) and _spelt(label, at, words, i + len(kind), length):
            return True
    word = words[i]
    return any(label.startswith(form, at) and _spelt(label, at + len(form), words, i + 1, length + len(word))
               for form in (word, *_short(word)))


def typed_spells(label: str, name: str) -> bool:
    """Whether a host's name ``label`` is the initials of ``name``'s type, then its words (module docstring)."""
    words = letters_of(name)
    return any(words[:len(kind)] == kind and len(words) > len(kind) and label.startswith(letters)
               and _spelt(label, len(letters), words, len(kind), 0) for letters, kind in _types())


def office_province(label: str) -> str | None:
    """The province an education office's zone names short ("hcm": "Hồ Chí Minh"), as the gazetteer writes it."""
    return next((words for letters, words in site_letters()["office"] if letters == label), None)
