"""Where a unit mention may start, and the look-up of gazetteer aliases there.

HEAD's words ("Tổng Liên đoàn", "Liên đoàn Lao động", "Công đoàn", "Nghiệp đoàn") are found folded
("cong doan") with str.find, and the pattern is tried only there: much faster than the pattern's own
search through Vietnamese text. Aliases are looked up by their
first words, walked as a tree.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from enrich.gazetteer import ALIAS_WORDS, Gazetteer
from enrich.unittext import PAREN, _abbreviations, fold_view

# "Liên đoàn Lao đông": a diacritic of "động" lost or misplaced after "Liên đoàn" still names the union
HEAD = re.compile(
    r"(?P<nat>(?i:Tổng Liên đoàn|Tổng Công đoàn))"
    r"|(?P<ldld>(?i:Liên đoàn Lao [đd][ộôoọ]ng)|Liên đoàn(?= (?:tỉnh|thành phố|huyện|quận|thị xã) [A-ZĐ]))"
    r"|(?P<cd>(?i:Công đoàn))"
    r"|(?P<nd>(?i:Nghiệp đoàn))"
)
# Every head has "đoàn" (in any case, as HEAD's (?i:) reads it) this many characters after its start.
_DOAN = re.compile("[đĐ][oO][àÀ][nN]")
_DOAN_AT = (10, 7, 5)  # "Tổng Liên đoàn", "Nghiệp đoàn", "Liên đoàn" / "Công đoàn"

_READ_AS_I = "ı"
_PHRASES = ("lien doan", "cong doan", "nghiep doan")  # folded, the heads but "Tổng " (see head_starts)


def _doan_hits(text: str, low: str | None = None) -> list[int]:
    """Starts of _DOAN's matches. str.lower maps only "đĐ", "oO", "àÀ", "nN" to "đ", "o", "à", "n"
    (as the pattern reads them), so while lower-casing keeps every offset, str.find gives them."""
    low = text.lower() if low is None else low
    if len(low) != len(text):
        return [m.start() for m in _DOAN.finditer(text)]
    hits = []
    at = low.find("đoàn")
    while at != -1:
        hits.append(at)
        at = low.find("đoàn", at + 1)
    return hits


def head_starts(text: str, folded: str | None = None) -> list[int]:
    """Where a HEAD match may start, in order: at least every place one does.

    Every character HEAD reads as a letter of its words (case-insensitively) folds as that letter does,
    but the dotless "ı" (a test checks every character): a head is, folded, one of _PHRASES, perhaps
    after "tong ". Those are found with str.find in the fold of the text (``folded``, worked out when
    not given), which costs less than lower-casing it; next_head tries HEAD at each."""
    if _READ_AS_I in text:  # every place "đoàn" is at a head's distance
        return sorted({h - k for h in _doan_hits(text) for k in _DOAN_AT if h >= k})
    folded = fold_view(text) if folded is None else folded
    starts: list[int] = []
    for phrase in _PHRASES:
        at = folded.find(phrase)
        while at != -1:
            starts.append(at)
            if at >= 5 and phrase != "nghiep doan" and folded[at - 5:at] == "tong ":
                starts.append(at - 5)
            at = folded.find(phrase, at + 1)
    return sorted(starts)


_WORD_OF_HEADS = "đoàn"  # every head has it, in any case (HEAD's (?i:) reads "đĐ", "oO", "àÀ", "nN" as str.lower does)
_CAPITAL_D = "Đ"


@cache
def _head_abbreviations() -> tuple[frozenset[str], tuple[str, ...]]:
    """The abbreviations whose expansion has "đoàn" in any case, or opens with its "oàn" (after a "đ" glued to the
    syllable before it, which the view reads apart: "xđ" + "oàn..."), but those that have "đoàn" themselves: the
    two characters that end at the first "Đ" of each (a text that has "LĐLĐ" or "TLĐ" has "LĐ"), and those with no
    "Đ" after their first character. No other expansion joins a neighbour into "đoàn": one is found only after a
    character that is no word's, and a space is put between it and a letter after it."""
    pairs: set[str] = set()
    others: list[str] = []
    for abbr, expansion in _abbreviations()[1].items():
        low = expansion.lower()
        if _WORD_OF_HEADS in abbr.lower() or not (_WORD_OF_HEADS in low or low.startswith(_WORD_OF_HEADS[1:])):
            continue
        at = abbr.find(_CAPITAL_D, 1)
        if at != -1:
            pairs.add(abbr[at - 1:at + 1])
        else:
            others.append(abbr)
    return frozenset(pairs), tuple(sorted(others))


def _any_case_at(text: str, at: int) -> bool:
    """Whether "oàn" in any case follows ``at`` (the "đ" or "Đ" of a "đoàn")."""
    return text[at + 1:at + 2] in ("o", "O") and text[at + 2:at + 4].lower() == "àn"


def may_name_head(text: str) -> bool:
    """False only when the view of ``text`` (enrich/unittext.py: View.of) surely has no HEAD match: no "đoàn" in
    any case ("Ð", U+00D0, is read as "Đ"), no abbreviation that expands to one (or to a piece of one), and no
    abbreviation in parentheses, whose dropping joins the text around it. Then the passage names no unit.
    A few searches through the passage (lower-casing it would cost more): "đoàn" (nearly every union passage
    ends here), "đo" and "đO", and each "Đ" with the character before it and the three after it."""
    if _WORD_OF_HEADS in text:
        return True
    source = text.replace("\u00d0", _CAPITAL_D) if "\u00d0" in text else text
    for first in ("đo", "đO"):
        at = source.find(first)
        while at != -1:
            if _any_case_at(source, at):
                return True
            at = source.find(first, at + 1)
    pairs, others = _head_abbreviations()
    at = source.find(_CAPITAL_D)
    while at != -1:
        if (at and source[at - 1:at + 1] in pairs) or _any_case_at(source, at):
            return True
        at = source.find(_CAPITAL_D, at + 1)
    for abbr in others:
        if abbr in source:
            return True
    return "(" in source and PAREN.search(source) is not None


def next_head(text: str, starts: list[int], pos: int) -> re.Match[str] | None:
    """HEAD.search(text, pos), trying only the places ``head_starts`` gives."""
    for i in range(bisect_left(starts, pos), len(starts)):
        m = HEAD.match(text, starts[i])
        if m is not None:
            return m
    return None


AliasNode = tuple[dict[str, "AliasNode"], list[tuple[int, frozenset[str]]]]


@cache
def alias_tree(gaz: Gazetteer) -> dict[str, AliasNode]:
    """``gaz.alias_lengths`` as a tree of words: the key "<n>:<w1> ... <wn>" is the groups at the
    path w1, ..., wn (empty where only longer keys pass)."""
    root: dict[str, AliasNode] = {}
    for key, groups in gaz.alias_lengths.items():
        count, _, rest = key.partition(":")
        words = rest.split(" ")
        if len(words) != int(count):
            raise ValueError(f"alias key {key!r}: {count} words expected")
        children = root
        for i, word in enumerate(words):
            node = children.setdefault(word, ({}, []))
            if i == len(words) - 1:
                node[1].extend(groups)
            children = node[0]
    return root


AliasGroups = list[tuple[int, frozenset[str]]]
# A node of ALIAS_WORDS words' groups narrowed by the next words of the text: (the groups whatever follows, by
# the fifth word's letters, by the fifth's and the sixth's)
DeepIndex = tuple[AliasGroups, dict[str, AliasGroups], dict[tuple[str, str], AliasGroups]]


def _lead(token: str) -> str:
    """The run of letters and digits a token starts with."""
    if token.isalnum():
        return token
    end = 0
    while end < len(token) and token[end].isalnum():
        end += 1
    return token[:end]


def _merged(*parts: AliasGroups) -> AliasGroups:
    by_length: dict[int, set[str]] = {}
    for part in parts:
        for length, aliases in part:
            by_length.setdefault(length, set()).update(aliases)
    return [(length, frozenset(by_length[length])) for length in sorted(by_length, reverse=True)]


def _deep_index(groups: AliasGroups) -> DeepIndex:
    """The groups of one deepest node by the fifth and sixth words of their aliases. An alias written with single
    spaces matches a text only where the text's fifth token (split at white space) starts with its fifth word (is
    that word, but for the alias's last word, which no letter or digit follows): so the two start with the same run
    of letters and digits, and so do the sixth. Any other alias is kept whatever follows."""
    always: AliasGroups = []
    one: dict[str, AliasGroups] = {}
    two: dict[tuple[str, str], AliasGroups] = {}
    for length, aliases in groups:
        for alias in aliases:
            words = alias.split(" ")
            if " ".join(alias.split()) != alias or len(words) <= ALIAS_WORDS:
                always.append((length, frozenset((alias,))))
            elif len(words) == ALIAS_WORDS + 1:
                one.setdefault(_lead(words[ALIAS_WORDS]), []).append((length, frozenset((alias,))))
            else:
                key = (_lead(words[ALIAS_WORDS]), _lead(words[ALIAS_WORDS + 1]))
                two.setdefault(key, []).append((length, frozenset((alias,))))
    by_one = {fifth: _merged(always, one.get(fifth, [])) for fifth in {*one, *(k[0] for k in two)}}
    by_two = {key: _merged(always, one.get(key[0], []), part) for key, part in two.items()}
    return _merged(always), by_one, by_two


@cache
def deep_aliases(gaz: Gazetteer) -> dict[int, tuple[AliasGroups, DeepIndex]]:
    """The deepest nodes of ``alias_tree`` (ALIAS_WORDS words), by the identity of their groups' list."""
    out: dict[int, tuple[AliasGroups, DeepIndex]] = {}
    level = [alias_tree(gaz)]  # the children of the nodes one word less deep
    for _ in range(ALIAS_WORDS - 1):
        level = [node[0] for children in level for node in children.values()]
    for children in level:
        for _, groups in children.values():
            if groups:
                out[id(groups)] = (groups, _deep_index(groups))
    return out


def narrowed(index: dict[int, tuple[AliasGroups, DeepIndex]], groups: AliasGroups, folded: str) -> AliasGroups:
    """``groups`` of a deepest node without the aliases the text's next words rule out (``_deep_index``):
    for every length, ``folded[:length]`` is in the narrowed group exactly when it is in the node's."""
    known = index.get(id(groups))
    if known is None or known[0] is not groups:
        return groups
    always, by_one, by_two = known[1]
    tokens = folded.split(None, ALIAS_WORDS + 2)
    if len(tokens) <= ALIAS_WORDS:
        return always
    fifth = _lead(tokens[ALIAS_WORDS])
    if len(tokens) > ALIAS_WORDS + 1:
        found = by_two.get((fifth, _lead(tokens[ALIAS_WORDS + 1])))
        if found is not None:
            return found
    found = by_one.get(fifth)
    return always if found is None else found
