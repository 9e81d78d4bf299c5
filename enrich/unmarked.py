"""Lines written without diacritics ("LDLD tinh Nghe An", "Cong doan phuong Truong Vinh"), read with their marks.

English editions, captions and old posts write Vietnamese without marks, where the unit rules, written for
marked text, read nothing. A line that names a union head folded ("cong doan", "lien doan", "ldld", ...) and
has next to no word with marks is read with the marks of the gazetteer's names and aliases, the places'
names, the unit words (enrich/data/unit_words.csv, group ``unmarked`` for the heads) and the abbreviations,
matched folded, longest first (each NFC letter folds to one letter: offsets hold). The tagger then reads the
restored text with every rule and look-alike guard it has ("đường Liên đoàn", "Đoàn Thanh niên", a person
"Đoàn"); a unit named in such a line is kept only if every letter of its words was matched (a company's name
the gazetteer does not hold cannot be given its marks). Text with marks is left as it is: a line is read
this way only when a head folded is in it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from crawler.textnorm import fold
from enrich.catalog import PROVINCES_CSV, UNITS_CSV, read_csv
from enrich.gazetteer import COMMUNES_CSV, DISTRICTS_CSV, INSTITUTIONS_CSV, SECTORS_CSV, WORDS_CSV
from enrich.unitbrands import BRANDS_CSV
from enrich.unittext import ABBREVIATIONS_CSV, fold_view

# A union head folded (lower case): where a line without marks may name a unit
_HEADS = ("cong doan", "lien doan", "nghiep doan", "ldld", "cdcs", "tld")
_WORD = re.compile(r"[^\W_]+")
_MARKED_SHARE = 50  # a line with at most one word in this many written with marks is read as unmarked


@dataclass(frozen=True)
class Restored:
    """``text`` with its unmarked lines given their marks; ``lines`` those lines' spans, ``covered`` the
    offsets of the letters the gazetteer's words matched there; ``unread`` the words (lower case) of the lines
    without marks left so that neither the lines with marks nor the gazetteer's names and words write so."""

    text: str
    lines: tuple[tuple[int, int], ...]
    covered: frozenset[int]
    unread: frozenset[str] = frozenset()

    def reads(self, start: int, end: int) -> bool:
        """Whether a unit named at [start, end) of the text may be kept: outside the unmarked lines, or
        every letter of it matched."""
        if not any(a < end and start < b for a, b in self.lines):
            return True
        return all(i in self.covered for i in range(start, end) if self.text[i].isalpha())

    def names(self, name: str) -> bool:
        """Whether a unit's name is free of the words an unmarked line left without marks (a name the tagger
        built from such a line, read for a head elsewhere: "Công đoàn Công ty" after "Cong ty Co phan Duoc X")."""
        return not any(word.lower() in self.unread for word in _WORD.findall(name))


# Unit word groups read before a head ("đường Liên đoàn", "các cấp công đoàn", "tổ công đoàn"): a single word
# of these is given its marks only right before a head; a single word of the names (a place's, a surname, an
# organisation's head) only when capitalised; a phrase of several words wherever it is.
_BEFORE_GROUPS = ("lookalike", "generic", "plural", "union_group")
_NAME_GROUPS = ("surname", "org", "corp", "org_cs", "org_lower", "school_head", "unmarked")


@dataclass(frozen=True)
class _Phrases:
    phrases: dict[str, str]  # folded lower-case phrase of several words -> its marked form, lower case
    names: dict[str, str]  # one folded word of a name -> its one marked form
    heads: frozenset[str]  # the single words of group ``unmarked``, read in either case ("nganh")
    before: dict[str, str]  # one folded word before a head -> its one marked form
    abbreviations: dict[str, str]  # folded abbreviation (upper case) -> as listed ("LDLD": "LĐLĐ")
    most: int  # the most words in a phrase
    vocabulary: frozenset[str]  # every word (lower case) of the names, words and brands, as they write it


def _forms(phrases: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Phrases of several words by their fold (the most frequent form), and single words whose fold has one form."""
    forms: dict[str, Counter[str]] = {}
    for phrase in phrases:
        phrase = " ".join(phrase.split())
        key = fold(phrase)
        if phrase and len(key) == len(phrase):
            forms.setdefault(key, Counter())[phrase.lower()] += 1
    several = {key: counts.most_common(1)[0][0] for key, counts in forms.items() if " " in key}
    single = {key: next(iter(counts)) for key, counts in forms.items() if " " not in key and len(counts) == 1}
    return several, single


@cache
def _phrases() -> _Phrases:
    names: list[str] = []
    for path, columns in ((UNITS_CSV, ("name", "short_name")), (PROVINCES_CSV, ("name", "short_name")),
                          (DISTRICTS_CSV, ("name", "short_name")), (COMMUNES_CSV, ("name", "short_name")),
                          (SECTORS_CSV, ("name",)), (INSTITUTIONS_CSV, ("name",))):
        for row in read_csv(path):
            names += [row.get(column) or "" for column in columns] + (row.get("aliases") or "").split(";")
            if path in (DISTRICTS_CSV, COMMUNES_CSV):
                names.append(f"{row['type']} {row['short_name']}")
    words = read_csv(WORDS_CSV)
    for w in words:
        if w.get("group") == "unmarked" and fold(w.get("word") or "") == (w.get("word") or "").lower():
            raise ValueError(f"{WORDS_CSV.name}: group unmarked gives a line its marks, {w.get('word')!r} has none")
    phrases, _ = _forms(names + [w["word"] for w in words])
    _, named = _forms(names + [w["word"] for w in words if w["group"] in _NAME_GROUPS])
    _, before = _forms([w["word"] for w in words if w["group"] in _BEFORE_GROUPS])
    listed: dict[str, set[str]] = {}
    for row in read_csv(ABBREVIATIONS_CSV):
        abbr = row.get("abbr") or ""
        if _WORD.fullmatch(abbr) and not abbr.isascii():
            listed.setdefault(fold_view(abbr).upper(), set()).add(abbr)
    abbreviations = {key: next(iter(forms)) for key, forms in listed.items() if len(forms) == 1}
    heads = frozenset(fold(w["word"]) for w in words if w["group"] == "unmarked" and " " not in w["word"].strip())
    brands = [form for row in read_csv(BRANDS_CSV) for form in (row.get("brand") or "").split(";")]  # "Petrolimex"
    vocabulary = frozenset(word.lower() for phrase in names + brands + [w["word"] for w in words]
                           for word in _WORD.findall(phrase))
    return _Phrases(phrases, named, heads, before, abbreviations,
                    max(len(key.split()) for key in phrases), vocabulary)


def _plain(word: str) -> bool:
    """A word that may have lost its marks: in lower case or capitalised, no digit ("SATRA", "1A" are as written)."""
    return word.isalpha() and not word[1:].isupper()


def _unmarked(line: str) -> bool:
    words = _WORD.findall(line)
    marked = sum(1 for word in words if not word.isascii() and fold_view(word) != word.lower())
    return bool(words) and marked * _MARKED_SHARE <= len(words)


def _restore(line: str, offset: int, out: list[str], covered: set[int]) -> None:
    """Give ``line`` (at ``offset`` of the text; ``out`` its characters) the marks of the phrases it matches."""
    known = _phrases()
    folded = fold_view(line)
    words = [m.span() for m in _WORD.finditer(line)]

    def put(start: int, form: str) -> None:  # each letter in the case the line writes it
        for k, ch in enumerate(form):
            out[offset + start + k] = ch.upper() if line[start + k].isupper() else ch
            covered.add(offset + start + k)

    i = 0
    while i < len(words):
        start, end = words[i]
        n = min(known.most, len(words) - i)
        while n > 1 and not (all(words[k][1] + 1 == words[k + 1][0] and line[words[k][1]] == " " for k in range(i, i + n - 1))
                             and folded[start:words[i + n - 1][1]] in known.phrases):
            n -= 1
        key = folded[start:words[i + n - 1][1]]
        if n > 1:
            form: str | None = known.phrases[key]
        elif line[start:end].isupper() and key.upper() in known.abbreviations:  # "LDLD": "LĐLĐ" as listed
            form = known.abbreviations[key.upper()]
        elif line[start].isupper() or key in known.heads:  # a name, an organisation's head; "nganh"
            form = known.names.get(key)
        else:  # "duong Lien doan", "cac cap cong doan": the words the rules read before a head
            head = i + 1 < len(words) and words[i][1] + 1 == words[i + 1][0] and folded.startswith(_HEADS, words[i + 1][0])
            form = known.before.get(key) if head else None
        if form is not None:
            put(start, form)
        i += n


_ASCII_HEADS = tuple(head.encode("ascii") for head in _HEADS)
# the heads of two words or more by their last word with its space (b" doan"), each with the words before it; the others
_LAST_WORDS: dict[bytes, tuple[bytes, ...]] = {}
for _head in _ASCII_HEADS:
    if b" " in _head:
        _before, _last = _head.rsplit(b" ", 1)
        _LAST_WORDS[b" " + _last] = (*_LAST_WORDS.get(b" " + _last, ()), _before)
_ONE_WORD = tuple(head for head in _ASCII_HEADS if b" " not in head)


def _ascii_head(text: str) -> bool:
    """Whether ``text`` may name a head that ``text.lower()`` holds: the heads are ASCII letters and spaces, no "k"
    and none ending with "i", and no character but an ASCII one lower-cases to such letters or a space other than
    the Kelvin sign ("k") and "İ" ("i" and U+0307), so a head in ``text.lower()`` is written in ``text`` with ASCII
    characters next to each other, which stay so in its ASCII characters alone (tests/test_units_unmarked_path.py).
    The heads of several words are looked for at their last word ("doanh nghiệp" has " doan": one search, not one a
    head), with ``find`` (``in`` with bytes first tries them as an integer, an exception raised and cleared)."""
    ascii_low = text.encode("ascii", "ignore").lower()
    for last, befores in _LAST_WORDS.items():
        at = ascii_low.find(last)
        while at >= 0:
            if ascii_low.endswith(befores, 0, at):
                return True
            at = ascii_low.find(last, at + 1)
    return any(ascii_low.find(head) >= 0 for head in _ONE_WORD)


def restore(text: str) -> Restored | None:
    """``text`` with its lines written without marks read with them (None when it has none that names a head)."""
    # every head folded has "oan" or is an abbreviation in capitals: a few str.find, ~2 us per passage, before
    # the text is lower-cased (a marked passage has "oan" only in such words as "Đoan", "hoan", "khoan")
    if not ("oan" in text or "OAN" in text or "LDLD" in text or "CDCS" in text or "TLD" in text):
        return None
    if not _ascii_head(text):  # a marked passage's "doanh nghiệp" has "oan": ~20 us less than lower-casing it
        return None
    low = text.lower()
    if not any(head in low for head in _HEADS):
        return None
    out = list(text)
    lines: list[tuple[int, int]] = []
    covered: set[int] = set()
    unread: set[str] = set()
    written: set[str] = set()  # the words of the lines with marks
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        if any(head in low[at:end] for head in _HEADS) and _unmarked(line):
            lines.append((at, end))
            _restore(line, at, out, covered)
            unread.update(m.group().lower() for m in _WORD.finditer(line) if _plain(m.group())
                          and any(at + i not in covered for i in range(*m.span()) if line[i].isalpha()))
        elif _unmarked(line):  # a line without marks and without a head: its words as the lines read above
            unread.update(word.lower() for word in _WORD.findall(line) if _plain(word))
        else:
            written.update(word.lower() for word in _WORD.findall(line))
        at = end + 1
    if not lines:
        return None
    return Restored("".join(out), tuple(lines), frozenset(covered), frozenset(unread - written - _phrases().vocabulary))
