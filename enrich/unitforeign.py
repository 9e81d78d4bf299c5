"""A company known by one foreign word after "Công đoàn cơ sở" ("Công đoàn Cơ sở Billion", b35u010): its grassroots
union, labelled as written.

The word is capitalised, written in Latin letters without Vietnamese marks, and is no Vietnamese syllable ("Samsung",
"Canon", "Pouchen"; not "Minh", "Long", "Thanh": a person's or a place's name, which the other rules read or leave).
It ends the name: a line's end, a sign or a lower-case word follows, not a capitalised word (a name of several
words, "Samsung Display", is left to the rules of organisations' names). Acronyms in capitals are read by the
acronym rule ("CĐCS BILLION").
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Z][a-z]{2,14}(?![\w&-])")
_AFTER = re.compile(r"[ \t]*(?:$|\n|[,.;:!?)\]]|[ \t]+[a-zà-ỹđ])")
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
                       r"[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


def foreign_end(text: str, at: int) -> int | None:
    """Where a company's foreign one-word name at ``at`` ends, or None."""
    m = _WORD.match(text, at)
    if m is None or not _AFTER.match(text, m.end()) or _SYLLABLE.fullmatch(m.group(0).lower()):
        return None
    return m.end()
