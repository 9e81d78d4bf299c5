"""A quick refusal of a lower-case "công đoàn" head that no rule of the Reader (enrich/unitnames.py) reads.

Most heads of a long article are the word in running prose ("công đoàn cơ sở tiếp tục ...", "hoạt động
công đoàn.", "công đoàn ở cơ sở"): the Reader's cascade tries a brand, an alias, a dozen word groups and
patterns there, and names nothing. Each rule reads a word list or a pattern at the word after the head
(after "cơ sở " in the grassroots rules), so when none of those words starts there and no title stands
before the head, nothing can be read. Every word a rule reads is kept here by its leading letters and
digits (the run of them a text must have at that place for the word to be matched there as a whole
word): a text whose run is not among them is refused without the cascade. The lists are the Reader's
own (the gazetteer's word groups, its types, sectors, aliases and brands); tests/test_units_refusal.py
holds the refusal to the Reader on every head of the recorded passages and of texts made to stress it.
"""

from __future__ import annotations

import re
from functools import cache

from enrich.gazetteer import Gazetteer
from enrich.unitbrands import brands
from enrich.unitheads import alias_tree
from enrich.unitmention import COMMUNE_TYPES, DISTRICT_TYPES, PROVINCE_TYPES

EXACT, ANY_CASE = 0, 1
Entries = dict[str, tuple[tuple[str, int], ...]]

# Words the Reader's own patterns read after "Công đoàn" (enrich/unitnames.py: _OWN, _joint, _OFFICE,
# _NGANH, _GROUP, ZONE, the central union and the state division's "Liên đoàn", an organisation after "của"), each as a
# whole word or more
_PATTERN_WORDS = (("của", EXACT), ("nhà trường", EXACT), ("cơ sở nhà trường", ANY_CASE), ("cơ sở của trường", ANY_CASE), ("phối hợp", EXACT), ("và", EXACT),
                  ("cơ quan", EXACT), ("ngành", ANY_CASE), ("khu", ANY_CASE), ("các khu", ANY_CASE),
                  ("Việt Nam", EXACT), ("Liên đoàn", EXACT), ("nhóm", EXACT), ("cơ sở nhóm", ANY_CASE))
# read after "Công đoàn cơ sở (thành viên) ": "ngành", the school's own union ("nhà trường", "của trường"), joint
# bodies working together
# (with the word groups of grassroots heads, the commune types and the brands)
_CS_PATTERN_WORDS = (("ngành", ANY_CASE), ("nhà trường", EXACT), ("của trường", EXACT), ("phối hợp", EXACT),
                     ("nhóm", EXACT))
_ALIAS_PUNCTUATION = ",.:;!?)"
_CS_JOINT = re.compile(r"[Cc]ơ sở(?: và|,| ?[–-]) (?:và )?")  # as unitnames._JOINT_SEP after "cơ sở"


def _lead(word: str) -> str:
    """The run of letters and digits a word starts with, lower-cased ("" when it starts otherwise)."""
    end = 0
    while end < len(word) and word[end].isalnum():
        end += 1
    return word[:end].lower()


def _by_lead(words: list[tuple[str, int]]) -> Entries:
    out: dict[str, list[tuple[str, int]]] = {}
    for word, mode in words:
        if len(word.lower()) != len(word):
            raise ValueError(f"{word!r}: lower-casing changes its length")
        out.setdefault(_lead(word), []).append((word, mode))
    return {k: tuple(v) for k, v in out.items()}


class Refusal:
    """The words the Reader reads after a lower-case "công đoàn", for one gazetteer."""

    def __init__(self, gaz: Gazetteer):
        words = gaz.words
        exact = [(w, EXACT) for group in ("corp", "org", "org_lower") for w in words.get(group, ())]
        exact += [(w, EXACT) for w in brands()]
        typed = [(w, ANY_CASE) for w in PROVINCE_TYPES + DISTRICT_TYPES + COMMUNE_TYPES]
        self.at_head = _by_lead(exact + typed + list(_PATTERN_WORDS))
        grassroots = [(w, EXACT) for group in ("org", "org_cs", "org_lower", "school_head") for w in words.get(group, ())]
        grassroots += [(w, EXACT) for w in brands()]  # "công đoàn cơ sở Agribank Nghệ An": a branch's union
        self.after_cs = _by_lead(grassroots + [(w, ANY_CASE) for w in COMMUNE_TYPES] + list(_CS_PATTERN_WORDS))
        self.joint = _by_lead([(w, EXACT) for w in words.get("joint_body", ())])
        sectors: dict[str, list[str]] = {}
        for key in gaz.sector_keys:
            sectors.setdefault(_lead(key), []).append(key)
        self.sectors = {k: tuple(v) for k, v in sectors.items()}
        self.titles = tuple(t + " " for t in words.get("title", ()))
        root = alias_tree(gaz)
        cong = root.get("cong")
        doan = cong[0].get("doan") if cong is not None else None
        # an alias "công đoàn" alone (or "công") would be read at every head: then nothing is refused
        self.open = bool(cong is not None and cong[1]) or bool(doan is not None and doan[1])
        self.alias_words = frozenset(doan[0]) if doan is not None else frozenset()


@cache
def refusal(gaz: Gazetteer) -> Refusal:
    return Refusal(gaz)


def _matches(text: str, pos: int, entries: Entries) -> bool:
    """Whether a word of ``entries`` starts at ``pos`` as a whole word (as ``unittext.starts_with`` reads it,
    in either case of every letter for the words read so)."""
    end = pos
    while end < len(text) and text[end].isalnum():
        end += 1
    for word, mode in entries.get(text[pos:end].lower(), ()):
        stop = pos + len(word)
        if text[stop:stop + 1].isalnum():
            continue
        if text.startswith(word, pos) or (mode == ANY_CASE and text[pos:stop].lower() == word.lower()):
            return True
    return False


def _sector_at(folded: str, pos: int, sectors: dict[str, tuple[str, ...]]) -> bool:
    end = pos
    while end < len(folded) and folded[end].isalnum():
        end += 1
    return any(folded.startswith(key, pos) and not folded[pos + len(key):pos + len(key) + 1].isalnum()
               for key in sectors.get(folded[pos:end], ()))


def _third_word(folded: str, start: int) -> str:
    """The third word the alias look-up reads at a head (``Reader._alias``: the first 60 folded characters
    split at white space, trailing punctuation dropped)."""
    limit = min(len(folded), start + 60)
    at = start + 9
    while at < limit and folded[at].isspace():
        at += 1
    end = at
    while end < limit and not folded[end].isspace():
        end += 1
    word = folded[at:end]
    return word.rstrip(_ALIAS_PUNCTUATION) or word


def refused(text: str, folded: str, start: int, table: Refusal) -> bool:
    """True when the head "công đoàn" (lower case, at ``start``) surely names nothing: no rule of the
    Reader reads the word after it; False when it may (then the Reader reads it)."""
    if table.open or text[start:start + 9] != "công đoàn":
        return False
    if text.endswith(table.titles, max(0, start - 24), start):
        return False  # "Chủ tịch công đoàn, ...": the union of the unit the passage is about
    if _third_word(folded, start) in table.alias_words:
        return False
    after = start + 9
    pos = after + 1 if text[after:after + 1] == " " else after
    first = text[pos:pos + 1]
    if first.isupper() or first.isdigit() or first in (" ", "–", "-"):
        return False  # a name, a central union, a count; a dash joining bodies or the law's "đại diện"
    if first == "," and text[pos:pos + 2] == ", ":  # "Công đoàn, Đoàn Thanh niên Công ty X": bodies joined
        at = pos + 2
        if text[at:at + 3] == "và ":
            at += 3
        if _matches(text, at, table.joint):
            return False
    if _matches(text, pos, table.at_head) or _sector_at(folded, pos, table.sectors):
        return False
    joint = _CS_JOINT.match(text, pos)
    if joint is not None and _matches(text, joint.end(), table.joint):
        return False  # "công đoàn cơ sở- Ban vì sự tiến bộ phụ nữ xã X": bodies joined (enrich/unitnames.py _joint)
    if text[pos:pos + 6] in ("cơ sở ", "Cơ sở "):
        at = pos + 6
        if text[at:at + 11] == "thành viên ":
            at += 11
        if text[at:at + 4] == "tại ":
            at += 4  # "công đoàn cơ sở tại Công ty X": the union of X (enrich/unitnames.py)
        return not _matches(text, at, table.after_cs)
    return True
