"""Where the unit view's special characters may be (enrich/unittext.py ``_SPECIAL``: an abbreviation in
parentheses, a run of spaces or a space other than " ", a ’ inside a word, a "đ" glued to the syllable before it):
its matches found by trying the pattern only where one may start.

A match starts at a "(" or at a space right before one (the parenthesis's optional space), at two spaces ("  "), at
a space other than " " and a line break or right before one (a run of spaces, a no-break space, a tab), at a ’ or
at a "đ". Each of those characters is found with str.find, once; the pattern's own search tries it at every
character of the text, about ten times the time on a passage that holds a parenthesis.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import cache

Needles = tuple[tuple[str, tuple[int, ...]], ...]


@cache
def other_spaces() -> tuple[str, ...]:
    """The characters the pattern's ``[^\\S\\n]`` reads but " ": every white space (``\\s`` of a str pattern is
    str.isspace) but " " and the line break."""
    return tuple(ch for ch in map(chr, range(sys.maxunicode + 1)) if ch.isspace() and ch not in " \n")


@cache
def special_needles() -> Needles:
    """Each needle with the offsets from a match's start it may be found at: a match of ``_SPECIAL`` has one."""
    return (("(", (0, 1)), ("  ", (0,)), ("\u2019", (0,)), ("đ", (0,))) + tuple((ch, (0, 1)) for ch in other_spaces())


def anchored(pattern: re.Pattern[str], text: str, needles: Needles) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that matches no empty string and whose every match has one of the
    ``needles`` at one of its offsets from the match's start: the pattern is tried only there, in order."""
    starts: set[int] = set()
    for needle, offsets in needles:
        at = text.find(needle)
        while at != -1:
            for offset in offsets:
                if at >= offset:
                    starts.add(at - offset)
            at = text.find(needle, at + 1)
    end = 0
    for at in sorted(starts):
        if at >= end and (m := pattern.match(text, at)) is not None:
            end = m.end()
            yield m
