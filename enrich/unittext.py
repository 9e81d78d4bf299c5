"""The text view unit recognition reads: abbreviations expanded, offsets kept.

"LĐLĐ TP.HCM" is read as "Liên đoàn Lao động thành phố Hồ Chí Minh", "CĐ ngành GTVT" as "Công
đoàn ngành Giao thông vận tải" (enrich/data/unit_abbreviations.csv); inline abbreviations in
parentheses ("Liên đoàn Lao động (LĐLĐ) tỉnh") are dropped; U+00D0 is read as Đ, a right single
quotation mark inside a word as an apostrophe ("Ea H’leo"), a "đ" glued to the syllable before it
as the next word ("Huếđã": "Huế đã"), and runs of spaces as one. Every character of the view maps
back to a span of the original text, so evidence is quoted as written.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from enrich.catalog import DATA, read_csv
from enrich.unitcapitals import sentence_cased
from enrich.unitheadings import heading_breaks
from enrich.unitspecial import anchored, special_needles

ABBREVIATIONS_CSV = DATA / "unit_abbreviations.csv"
_WORD = r"[^\W_]"
# a dot joins "TP.HCM", "T.Ư", not two sentences glued without a space ("... xã Đạ Huoai.Tham dự ...")
_TOKEN = re.compile(r"[^\W_]+(?:(?:[&']|\.(?!(?<=[a-zà-ỹđ]{3}\.)[A-ZĐ][a-zà-ỹđ]))[^\W_]+)*|[^\w\s]")
_SPACED_TOKEN = re.compile(r" ?(" + _TOKEN.pattern + ")")


@cache
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {r["abbr"]: r["expansion"] for r in read_csv(ABBREVIATIONS_CSV) if r.get("abbr")}
    alternatives = "|".join(re.escape(a) for a in sorted(table, key=len, reverse=True))
    firsts = "".join(sorted({re.escape(a[0]) for a in table}))  # a quick test before the look-behinds
    # Not inside a word or a document code ("03/CT – TLĐ", "01/ HD- LĐLĐ", "145/2020/NĐ-CP", "QĐ-TLĐ"); after a
    # title's acronym and a dash, read ("CTCĐ- LĐLĐ huyện"): the letters before the dash follow a "/" in a code.
    code = "".join(rf"(?<!/{a}[^\W\d_]{{{n}}}{b}[\-–] )" for n in range(1, 5) for a in ("", " ") for b in ("", " "))
    pattern = re.compile(
        rf"(?=[{firsts}])(?<!{_WORD})(?<![/\-–]){code}(?:{alternatives})(?![\-/])(?!(?<=\w){_WORD})"
    )
    return pattern, table


@cache
def _abbreviation_starts() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The abbreviations alone, grouped by their first character: where ``_abbreviations``' pattern
    may match. A pattern that opens with a look-around is tried at every character; this one lets
    the engine skip to the next of the first characters and try only that character's group.
    An abbreviation that opens with a small letter ("trường CĐ") is found by its part from the first
    capital on, and the words before it (the second value, "trường ") are looked for behind: a "t"
    or a "b" opens a word in nearly every sentence, and the engine would try each."""
    table = _abbreviations()[1]
    firsts = {a[0] for a in table if not a[0].islower()}
    groups: dict[str, list[str]] = {}
    before: set[str] = set()
    for abbr in sorted(table, key=len, reverse=True):
        cut = next((i for i, ch in enumerate(abbr) if ch.isupper()), 0)
        if abbr[0].islower() and cut and not firsts.intersection(abbr[:cut]):
            before.add(abbr[:cut])  # no first character inside the words: nothing starts between them
        else:
            cut = 0
        groups.setdefault(abbr[cut], []).append(re.escape(abbr[cut + 1:]))
    pattern = re.compile("|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items()))
    return pattern, tuple(sorted(before))


def abbreviations_in(text: str) -> Iterator[re.Match[str]]:
    """``_abbreviations()[0].finditer(text)``: its matches start where an abbreviation does, so the
    full pattern is tried only where ``_abbreviation_starts`` finds one (a look-behind sees the text
    before the offset ``match`` starts at), or where the words it names end there."""
    pattern = _abbreviations()[0]
    starts, before = _abbreviation_starts()
    at = 0
    while (found := starts.search(text, at)) is not None:
        start = found.start()
        m = None
        for words in before:
            if start - len(words) >= at and text.startswith(words, start - len(words)):
                m = pattern.match(text, start - len(words))
                break
        if m is None:
            m = pattern.match(text, start)
        if m is None:
            at = start + 1
            continue
        yield m
        at = m.end()


# an abbreviation in parentheses, dropped from the view ("Liên đoàn Lao động (LĐLĐ) tỉnh")
PAREN = re.compile(r" ?\((?=[^)]*[A-ZĐ][^)]*[A-ZĐ])[A-ZĐ][A-ZĐ0-9&.\- ]{0,10}\)")
_SPECIAL = re.compile(  # tried only at the needles of enrich/unitspecial.py: a new alternative wants its own
    rf"(?P<paren>{PAREN.pattern})"
    r"|(?P<space>[^\S\n]{2,}|[\u00a0\t])"
    r"|(?P<apos>(?<=[^\W\d_])\u2019(?=[^\W\d_]))"  # "Ea H’leo" is written "Ea H'leo" in the gazetteer
    r"|(?P<glued>(?<=[a-zà-ỹ])đ(?=[a-zà-ỹ]))"  # no syllable has "đ" inside: "Huếđã" is "Huế đã" glued
)
# _SPECIAL's "glued" alone, opened by its "đ" so that the engine skips from one "đ" to the next (a pattern
# opening with a character class is tried at every character)
_GLUED = re.compile(r"đ(?=[a-zà-ỹ])(?<=[a-zà-ỹ]đ)")


def _has_special(text: str) -> bool:
    """Whether _SPECIAL may match: a parenthesis, a ’, two spaces or a space other than " " and a
    line break (str.split and the pattern's \\s agree on what a space is)."""
    if "(" in text or "  " in text or "\u2019" in text or _GLUED.search(text) is not None:
        return True
    if text.replace("\n", " ").isprintable():  # no space but " " (the others are not printable)
        return False
    return len(text) - text.count(" ") - text.count("\n") != sum(map(len, text.split()))


def _fold_char(ch: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    base = base.replace("đ", "d").replace("Đ", "D").replace("Ð", "D").lower()
    return base if len(base) == 1 else ch.lower()[:1] or ch


class _FoldTable(dict):
    """_fold_char of each code point, worked out on first sight, for str.translate."""

    def __missing__(self, code: int) -> str:
        self[code] = value = _fold_char(chr(code))
        return value


_FOLD = _FoldTable()


@cache
def _bmp_codes() -> tuple[Callable[..., Any], Any, Any]:
    """(numpy.frombuffer, the dtype of UTF-16 code units, the UTF-16 code unit of _fold_char of every code
    point below U+10000; a dtype object, not its name, which numpy would parse on every call): a text's
    UTF-16 code units are looked up at once, where str.translate takes a look-up per character.
    A character with no decomposition, the same in lower case and no "đ" is its own fold. The few whose
    fold lies beyond U+FFFF (CJK compatibility ideographs) are given a lone low surrogate, which a strict
    UTF-16 decoding refuses."""
    import numpy as np  # a dependency already (enrich/copies.py); loaded on first use

    codes = list(range(0x10000))
    for code in codes:
        ch = chr(code)
        if ch != ch.lower() or unicodedata.decomposition(ch) or ch in "đĐÐ":
            folded = ord(_fold_char(ch))
            codes[code] = folded if folded < 0x10000 else _REFUSED
    return np.frombuffer, np.dtype("<u2"), np.array(codes, dtype="<u2")


_REFUSED = 0xDC00  # a lone low surrogate: no strict decoding passes it
_WHOLE = 64  # from this length (a whole text, not a word) the array look-up is the faster


def fold_view(text: str) -> str:
    """Character-for-character fold (same length as ``text``)."""
    if len(text) < _WHOLE:
        return text.translate(_FOLD)
    if text.isascii():
        return text.lower()
    units = text.encode("utf-16-le", "surrogatepass")
    if len(units) == 2 * len(text):  # no character beyond U+FFFF
        frombuffer, unit, codes = _bmp_codes()
        try:  # the looked-up units decoded from the array itself (take: quicker than [...])
            folded: str = codecs.utf_16_le_decode(codes.take(frombuffer(units, unit)), "strict", True)[0]
        except UnicodeDecodeError:  # a surrogate in the text, or a fold beyond U+FFFF
            return text.translate(_FOLD)
        if len(folded) == len(text):  # else a high and a low surrogate written apart were read as one
            return folded
    return text.translate(_FOLD)


_SENTENCE_END = frozenset(".!?:;…")
_WRAPPED = 2  # line breaks before a lower-case word that make a text hard-wrapped
# a break that may be one of them (opened by the break, so that the engine skips from one to the next)
_LOWER_BREAK = re.compile(r"\n(?=[a-zà-ỹđ])(?<=[^\s.!?:;…]\n)")


def wrapped_breaks(text: str, start: int = 0) -> list[int]:
    """The line breaks inside sentences of a text whose lines are wrapped at a width, from ``start`` on: a page
    that breaks its lines inside sentences ("... kết quả CĐCS\nTrường THPT Thái Thanh Hoà huyện Đầm Dơi\nđạt
    giải Nhất") has at least two breaks before a lower-case word; every break after no sentence's end (. ! ? :
    ; …) and before a letter or digit is then one space. A text with fewer such breaks gives none."""
    found = _LOWER_BREAK.finditer(text, start)
    if next(found, None) is None or next(found, None) is None:
        return []
    breaks: list[int] = []
    lower = 0
    at = text.find("\n", start)
    while at != -1:
        before, after = text[at - 1:at], text[at + 1:at + 2]
        if at > start and after.isalnum() and before not in _SENTENCE_END and not before.isspace():
            breaks.append(at)
            lower += after.islower()
        at = text.find("\n", at + 1)
    return breaks if lower >= _WRAPPED else []


# a word of syllables joined by "_" ("Tổng_Liên_đoàn", "lao_động"), not inside an address, a path or a file's name
_JOINED_WORD = re.compile(r"(?<![\w/@.:\-])[^\W\d_]+(?:_[^\W\d_]+)+(?![\w/@]|\.\w)")
_SEGMENTED = 5  # such words, with a letter beyond ASCII, that make a text word-segmented


def segmented_joins(text: str) -> list[int]:
    """The "_" joining a word's syllables in a word-segmented text ("Tổng_Liên_đoàn lao_động Việt_Nam", as
    text-processing corpora store Vietnamese): a text with five joined words or more holding a letter beyond
    ASCII (Vietnamese syllables, not a program's identifiers); each "_" between two letters of such a word is
    then one space. Identifiers, addresses and file names keep their "_", and a text with fewer joins gives
    none."""
    if "_" not in text:
        return []
    words = list(_JOINED_WORD.finditer(text))
    if sum(not m.group().isascii() for m in words) < _SEGMENTED:
        return []
    return [m.start() + i for m in words for i, ch in enumerate(m.group()) if ch == "_"]


def expand(text: str) -> str:
    """The view of a string, without offsets (aliases are indexed through this)."""
    return View.of(text).text


class View:
    """Expanded text with a map from each character back to the original.

    The map is kept as segments: a run of the view copied from the original maps character for
    character, a replacement (expansion, collapsed spaces) maps each of its characters to the
    whole span it replaces.
    """

    __slots__ = ("_folded", "_marks", "_segments", "original", "text")

    def __init__(self, original: str, text: str, segments: list[tuple[int, int, int, bool]]):
        self.original, self.text = original, text
        self._segments = segments  # (view start, original start, original end, copied), in order
        self._marks = [s[0] for s in segments]
        self._folded: str | None = None

    @property
    def folded(self) -> str:
        """Character-for-character fold of the view text, worked out on first use."""
        if self._folded is None:
            self._folded = fold_view(self.text)
        return self._folded

    def fold_at(self, start: int, end: int) -> str:
        """``folded[start:end]`` (the whole text is folded in one step, faster than a few pieces)."""
        return self.folded[start:end]

    @classmethod
    def of(cls, original: str, body: int = 0) -> View:
        """The view of ``original``; a hard-wrapped text from offset ``body`` on (after a title) is read with its
        lines joined (``wrapped_breaks``), a word-segmented text with its words' syllables spaced
        (``segmented_joins``)."""
        table = _abbreviations()[1]
        parts: list[str] = []
        segments: list[tuple[int, int, int, bool]] = []
        size = 0

        def expanded(chunk: str, offset: int) -> None:
            nonlocal size
            last = 0
            for m in abbreviations_in(chunk):
                if m.start() > last:
                    parts.append(chunk[last:m.start()])
                    segments.append((size, offset + last, offset + m.start(), True))
                    size += m.start() - last
                expansion = table[m.group(0)]
                following = chunk[m.end():m.end() + 1]
                if following and (following.isalnum()) and expansion[-1:].isalpha():
                    expansion += " "
                parts.append(expansion)
                segments.append((size, offset + m.start(), offset + m.end(), False))
                size += len(expansion)
                last = m.end()
            if last < len(chunk):
                parts.append(chunk[last:])
                segments.append((size, offset + last, offset + len(chunk), True))
                size += len(chunk) - last

        position = 0
        # "LÐLÐ" (U+00D0) is read as "LĐLĐ", one character for one, so its abbreviations expand too
        source = original.replace("\u00d0", "Đ") if "\u00d0" in original else original
        breaks = wrapped_breaks(source, body) + heading_breaks(source) if "\n" in source else []
        joins = segmented_joins(source)
        if breaks or joins:
            chars = list(source)
            for at in breaks + joins:
                chars[at] = " "  # one character for one: the offsets stay, evidence keeps the break or the "_"
            source = "".join(chars)
        source = sentence_cased(source)  # "CÔNG ĐOÀN CỤC HẢI QUAN TỈNH ĐỒNG THÁP," one character for one
        for m in anchored(_SPECIAL, source, special_needles()) if _has_special(source) else ():
            expanded(source[position:m.start()], position)
            value = (" " if m.group("space") is not None else "'" if m.group("apos") is not None
                     else " đ" if m.group("glued") is not None else "")
            if value:
                parts.append(value)
                segments.append((size, m.start(), m.end(), False))
                size += len(value)
            position = m.end()
        expanded(source[position:], position)
        return cls(original, "".join(parts), segments)

    def _start(self, at: int) -> int:
        """Original start of view character ``at``."""
        view_start, start, _end, copied = self._segments[bisect_right(self._marks, at) - 1]
        return start + at - view_start if copied else start

    def _end(self, at: int) -> int:
        """Original end of view character ``at``."""
        view_start, start, end, copied = self._segments[bisect_right(self._marks, at) - 1]
        return start + at - view_start + 1 if copied else end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the view span [start, end)."""
        if end <= start:
            at = self._start(start) if start < len(self.text) else len(self.original)
            return at, at
        return self._start(start), self._end(end - 1)

    def evidence(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.original[a:b]


# -- reading words in the view -----------------------------------------------------------


def tokens(text: str, pos: int, limit: int = 14) -> list[tuple[str, int, int]]:
    """Tokens from ``pos`` on one line, separated by at most one space.

    Each token is matched where the last one ends, after "" or one space (a pattern's ``match``
    there, not a search through the text that goes on to check what lies between)."""
    out: list[tuple[str, int, int]] = []
    following = _SPACED_TOKEN.scanner(text, pos).match  # type: ignore[attr-defined]
    while len(out) < limit and (m := following()) is not None:
        start, end = m.span(1)
        out.append((m.group(1), start, end))
    return out


def capitalised(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit()


# congress words in a letterhead in capitals ("CĐCS XÃ TƯỢNG SƠN LẦN THỨ V, NHIỆM KỲ ..."): no name goes on past them
_CAPS_ENDS = frozenset(("LẦN", "NHIỆM"))


def cap_run(text: str, pos: int, limit: int = 5) -> list[tuple[str, int]]:
    """Capitalised-name prefixes at ``pos`` ("Bà Rịa - Vũng Tàu" joins), longest first.

    Tokens are read as in ``tokens(text, pos, limit * 2 + 2)``, only as far as the name goes.
    """
    out: list[tuple[str, int]] = []
    first = text[pos:pos + 1]
    if first == " ":
        first = text[pos + 1:pos + 2]
    if not (first.isupper() or first.isdigit()) or not first.isalnum():
        return out  # the first token, if any, starts with this character: no name starts here
    found = _TOKEN.finditer(text, pos)
    budget = limit * 2 + 2  # tokens that may still be read
    last = pos

    def following() -> re.Match[str] | None:
        nonlocal last, budget
        m = next(found, None) if budget > 0 else None
        if m is None or (m.start() != last and text[last:m.start()] != " "):
            return None
        budget -= 1
        last = m.end()
        return m

    m = following()
    while m is not None and len(out) < limit:
        tok = m.group()
        if tok in ("-", "–") and out:
            after = following()
            if after is not None and capitalised(after.group()):
                m = after
                continue
            break
        first = tok[:1]
        if not (first.isupper() or first.isdigit()) or not first.isalnum() or tok in _CAPS_ENDS:
            break
        out.append((text[pos:m.end()], m.end()))
        m = following()
    return out[::-1]


_BY_FIRST: dict[tuple[tuple[str, ...], bool], dict[str, tuple[str, ...]]] = {}
# The same by the word list's identity (hashing a long tuple on every call costs more than the look-up):
# one table per ``exact``, holding the tuple itself so that its id stays its own; a few dozen lists
# are passed (word groups, place types), so it stops growing at _KNOWN_LISTS.
_BY_ID: tuple[dict[int, tuple[tuple[str, ...], dict[str, tuple[str, ...]]]], ...] = ({}, {})
_KNOWN_LISTS = 256


def _by_first(words: tuple[str, ...], exact: bool) -> dict[str, tuple[str, ...]]:
    """``words`` grouped by their first letter (lower-cased unless ``exact``), in their order."""
    by_id = _BY_ID[exact]
    known = by_id.get(id(words))
    if known is not None and known[0] is words:
        return known[1]
    index = _BY_FIRST.get((words, exact))
    if index is None:
        groups: dict[str, list[str]] = {}
        for word in words:
            groups.setdefault(word[:1] if exact else word[:1].lower()[:1], []).append(word)
        index = _BY_FIRST[(words, exact)] = {k: tuple(v) for k, v in groups.items()}
    if len(by_id) < _KNOWN_LISTS:
        by_id[id(words)] = (words, index)
    return index


@cache
def joined(*groups: tuple[str, ...]) -> tuple[str, ...]:
    """The word lists one after another, as one tuple object for the same lists (see _by_first)."""
    return tuple(word for group in groups for word in group)


_LOWERED: dict[int, tuple[tuple[str, ...], dict[str, tuple[tuple[str, str], ...]], dict[str, tuple[tuple[str, str], ...]]]] = {}
_KNOWN_FIRSTS = 512


def _lowered_by_first(words: tuple[str, ...]) -> tuple[dict[str, tuple[tuple[str, str], ...]], dict[str, tuple[tuple[str, str], ...]]]:
    """``_by_first(words, False)`` with each word lower-cased beside it, and the group of each first character met
    as written (what lower-casing it looks up: no lower-casing at every call), up to _KNOWN_FIRSTS a list; kept by
    the list's identity as ``_by_first`` keeps it."""
    known = _LOWERED.get(id(words))
    if known is not None and known[0] is words:
        return known[1], known[2]
    index = {k: tuple((w, w.lower()) for w in group) for k, group in _by_first(words, False).items()}
    seen: dict[str, tuple[tuple[str, str], ...]] = {}
    if len(_LOWERED) < _KNOWN_LISTS:
        _LOWERED[id(words)] = (words, index, seen)
    return index, seen


def starts_with(text: str, pos: int, words: tuple[str, ...], exact: bool = False) -> str | None:
    """Which of ``words`` starts at ``pos`` as whole words (any case of the first letter unless
    ``exact``); returned lower-cased, or as written when ``exact``."""
    first = text[pos:pos + 1]
    if exact:
        for word in _by_first(words, True).get(first, ()):
            piece = text[pos:pos + len(word)]
            if piece == word and not text[pos + len(word):pos + len(word) + 1].isalnum():
                return word
        return None
    index, seen = _lowered_by_first(words)
    group = seen.get(first)
    if group is None:
        group = index.get(first.lower()[:1], ())
        if len(seen) < _KNOWN_FIRSTS:
            seen[first] = group
    for word, low in group:
        piece = text[pos:pos + len(word)]
        # (a piece that is the word is the word lower-cased)
        if (piece == word or piece.lower() == low) and not text[pos + len(word):pos + len(word) + 1].isalnum():
            return low
    return None


def skip_space(text: str, pos: int) -> int:
    return pos + 1 if text[pos:pos + 1] == " " else pos


def read_once(label: str) -> str:
    """An organisation's name with a capitalised word, or two, printed twice in a row read once ("Công ty CP Cảng
    Cảng Sài gòn", "Trường Tiểu học Tiểu học Kim Đồng"): a slip of the page, the name written once elsewhere."""
    words = label.split(" ")
    for n in (2, 1):
        at = 1
        while at + 2 * n <= len(words):
            if words[at:at + n] == words[at + n:at + 2 * n] and words[at][:1].isupper() and words[at][1:2].islower():
                del words[at + n:at + 2 * n]
            else:
                at += 1
    return " ".join(words)
