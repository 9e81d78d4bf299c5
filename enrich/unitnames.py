"""Where a text names a union unit, and in what form (no resolution to the gazetteer here).

Each mention starts at a head word ("Tổng Liên đoàn", "Liên đoàn Lao động", "Công đoàn",
"Nghiệp đoàn") in the expanded view (enrich/unittext.py) and is read by one rule:
gazetteer alias, LĐLĐ + place, Công đoàn + commune/province/sector/industrial zone/corporation/
agency, a central union "Công đoàn <...> Việt Nam", or a Nghiệp đoàn (the rules of places, sectors
and zones are enrich/unitplaced.py's). Generic and plural uses ("các cấp công đoàn", "LĐLĐ các
huyện", "Công đoàn Việt Nam" as the whole organisation) are not mentions.
"""

from __future__ import annotations

import re
from functools import cache

from enrich import unitends
from enrich.gazetteer import ALIAS_WORDS, Gazetteer
from enrich.unitaliases import read_on_past
from enrich.unitandfield import and_field_end
from enrich.unitbranch import branch_end
from enrich.unitbrands import read_brand
from enrich.unitedge import TextMemo, right_edge
from enrich.unitends import acronym_name_end, central_end, person_after_head
from enrich.unitforeign import foreign_end
from enrich.unitheads import HEAD, alias_tree, deep_aliases, head_starts, narrowed, next_head
from enrich.unitinitials import initials_end
from enrich.unitlabels import written_label
from enrich.unitletter import letter_commune
from enrich.unitmention import (
    COMMUNE_TYPES,
    DISTRICT_TYPES,
    PROVINCE_TYPES,
    Mention,
)
from enrich.unitnd import nghiep_doan
from enrich.unitorgs import (
    lower_head,
    organisation_span,
    school_without_head,
)
from enrich.unitplaced import ACRONYM, PLACE_TYPES, ZONE, PlacedReading
from enrich.unitrefusal import refusal, refused
from enrich.unitshort import follows_word, full_name_before, named_before
from enrich.unittext import View, cap_run, fold_view, joined, skip_space, starts_with
from enrich.unitzonelist import zone_list

_OWN = re.compile(r"(?:[Cc]ơ sở )?nhà trường(?!\w)")
# "công đoàn cơ sở của trường hoạt động ...": "the school's", a lower-case word or a stop after it (not its name)
_OF_SCHOOL = re.compile(r"(?:[Cc]ơ sở )?của trường(?= [a-zà-ỹđ]| ?[,.;:)]|$)")
_GRASSROOTS = re.compile(r"[Cc]ơ sở(?: thành viên)? ")
_GROUP = re.compile(r"(?:[Cc]ơ sở )?nhóm ")
_NGANH = re.compile(r"[Nn]gành ")
_OFFICE = re.compile(r"cơ quan ")
_PLURAL = re.compile(r"(?:\d+|[Cc]ác|[Nn]hững) $")
_BY_PLACES = re.compile(r" (?:ở |tại |thuộc )?các (?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|địa phương|LĐLĐ|Liên đoàn)(?!\w)")
_NUMBERED = re.compile(r"(?<![\d.,/])\d{1,3} $")  # a count (not a year) right before a head
_JOINT_SEP = re.compile(r"(?: và|,| ?[–-]) (?:và )?")  # "Công đoàn cơ sở- Ban ...": a dash written glued
_DASH_PERSON = re.compile(r"[–-] (?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Đđ]/[Cc]) ")  # "Chủ tịch công đoàn - Ông X": a caption's person
_REPRESENTS = re.compile(r"(?:[–-] )?[Đđ]ại diện (?:người lao động|tập thể người lao động|cho người lao động)")
# "Công đoàn Quốc phòng các cấp": a union at all its levels, as "các cấp công đoàn" is (not "các cấp ủy", "các cấp
# chính quyền" after it, the Party's and the state's levels)
_ALL_LEVELS = re.compile(r" các cấp(?!\w)(?! (?:ủy|uỷ|chính quyền)(?!\w))")
_COOPERATE = re.compile(r"(?: cơ sở)? phối hợp(?: với| cùng)? ")
_LOCAL_TYPES = DISTRICT_TYPES + COMMUNE_TYPES
CONGRESS = re.compile(r"Đại hội(?: đại biểu)?(?: (?:lần thứ )?(?:[IVXL]+|\d+))? $")


def _spaced(words: tuple[str, ...]) -> tuple[str, ...]:
    """Lower-case words each followed by a space, for str.endswith."""
    return tuple(w.lower() + " " for w in words)


@cache
def _before_words(gaz: Gazetteer) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Words before a head that make it a look-alike, those that make it generic or plural, all the words
    ``Reader._generic`` reads before a head (a union group's too): a head after none of them is no generic one, and
    the look-alikes matched as written, a whole word (group ``lookalike_named``: "Trường"), each with its space."""
    words = gaz.words
    lookalike, generic = _spaced(words.get("lookalike", ())), _spaced(words.get("generic", ()) + words.get("plural", ()))
    named = words.get("lookalike_named", ())
    return lookalike, generic, lookalike + generic + _group_words(gaz)[0] + _spaced(named), tuple(w + " " for w in named)


@cache
def _by_last_two(words: tuple[str, ...]) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """``words`` by their last two characters but one (a text ends with a word only if its ``[-3:-1]`` is the
    word's), each list with the words of fewer than three characters, which are kept apart too: one look-up and
    a few comparisons where ``str.endswith`` would compare every word."""
    short = tuple(w for w in words if len(w) < 3)
    index: dict[str, list[str]] = {}
    for w in words:
        if len(w) >= 3:
            index.setdefault(w[-3:-1], list(short)).append(w)
    return {k: tuple(v) for k, v in index.items()}, short


@cache
def _corp_classes(gaz: Gazetteer) -> frozenset[str]:
    """Folded names of a kind of corporation (group ``corp_class``: "Tổng công ty 91"), no one corporation."""
    return frozenset(fold_view(w) for w in gaz.words.get("corp_class", ()))


def _ends_with_word(before: str, words: tuple[str, ...]) -> bool:
    """Whether ``before`` ends with one of ``words`` (each with its space) as whole words."""
    return before.endswith(words) and any(before.endswith(w) and not before[-len(w) - 1:-len(w)].isalnum() for w in words)


@cache
def _group_words(gaz: Gazetteer) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words before "công đoàn" that make it a union group (group ``union_group``: "tổ"), and those words after a
    plural word ("các tổ"), which name the groups of the union that follows."""
    groups = _spaced(gaz.words.get("union_group", ()))
    return groups, tuple(p + g for p in _spaced(gaz.words.get("plural", ())) for g in groups)


@cache
def _alias_width(gaz: Gazetteer) -> int:
    """Folded characters to read at a head for an alias (the first 60 give its words)."""
    return max(60, *map(len, gaz.aliases)) + 1


@cache
def _cs_words(gaz: Gazetteer) -> tuple[tuple[str, ...], frozenset[str]]:
    """Heads of a name after "Công đoàn cơ sở" ("CĐCS Liên đoàn Lao động tỉnh" too), and the acronyms
    there that are no company's name (school types, "DN", "FDI", ...)."""
    words = gaz.words
    return (words.get("org", ()) + words.get("org_cs", ()),
            frozenset(words.get("school_head", ()) + words.get("acronym_generic", ())))


class Reader(PlacedReading):
    """Reads the mentions of one view with one gazetteer."""

    def __init__(self, view: View, gaz: Gazetteer):
        self.view, self.text, self.gaz = view, view.text, gaz
        self.cs_heads, self.not_names = _cs_words(gaz)
        self.alias_width, self.aliases, self.deep_aliases = _alias_width(gaz), alias_tree(gaz), deep_aliases(gaz)
        self.lookalike, self.generic_words, self.before_words, self.named_after = _before_words(gaz)
        self.before_index, self.before_short = _by_last_two(self.before_words)
        self.union_group, self.plural_groups = _group_words(gaz)
        self.edge_memo = TextMemo()  # the token reading of this text's names, by the rules and the learned reader
        self.refusal = refusal(gaz)

    def mentions(self) -> list[Mention]:
        found: list[Mention] = []
        pos = 0
        starts = head_starts(self.text, self.view.folded)
        while True:
            m = next_head(self.text, starts, pos)
            if m is None:
                return found
            mention = None if self._generic(m) or self._refused(m) else self._read(m)
            if mention is not None and self.text[mention.end:mention.end + 8] == " các cấp" \
                    and _ALL_LEVELS.match(self.text, mention.end):
                pos = mention.end  # the union's levels in the plural: no one unit
                continue
            if mention is None:
                listed = self._org_list(m) if m.lastgroup == "cd" else []
                found.extend(listed)
                pos = listed[-1].end if listed else m.end()
                continue
            found.append(mention)
            pair = self._type_pair(mention) if mention.kind == "ldld" and not mention.names else None
            if pair is not None:
                found.append(pair)
                mention = pair
            found.extend(self._list_tail(mention))
            found.extend(self._and_company(mention))
            found.extend(self._school_list(mention))
            found.extend(zone_list(self, mention))
            pos = max(mention.end, m.end())

    def _refused(self, m: re.Match[str]) -> bool:
        """A lower-case "công đoàn" that no rule reads (enrich/unitrefusal.py): refused before ``_read``."""
        return m.lastgroup == "cd" and refused(self.text, self.view.folded, m.start(), self.refusal)

    def _generic(self, m: re.Match[str]) -> bool:
        start = m.start()
        before = self.text[max(0, start - 12):start].lower()
        # nearly every head: none of the words below (those ending as the text does, looked up by that end)
        if not before.endswith(self.before_index.get(before[-3:-1], self.before_short)):
            return False
        if before.endswith(self.lookalike) and not before.endswith("thành phố "):  # "TP. CĐ ...": a city, no street
            return True  # a street, hotel or fund named after the union ("đường Liên đoàn Lao động")
        written = self.text[max(0, start - 12):start]  # "Trường Công đoàn Giáo dục Việt Nam": a school named so
        if any(written.endswith(w) and not written[:-len(w)][-1:].isalpha() for w in self.named_after):
            return True  # (not "Hội trường Công đoàn X", a hall: the word whole, as written)
        group = m.lastgroup
        if group == "cd" and _ends_with_word(before, self.union_group) and not _ends_with_word(before, self.plural_groups):
            return True  # "Tổ công đoàn Phòng Đào tạo": a union group, a part of a grassroots union, no unit
        if group in ("cd", "ldld") and before.endswith(self.generic_words) and not before.endswith(("ban tổ chức ", "nâng cấp ")):  # its department; raised ("nâng cấp")
            if group == "cd" and before.endswith("tổ chức ") and self._province_whole(start):
                return True  # "tổ chức Công đoàn Hà Giang": the organisation in the province as a whole, no unit
            return not (group == "cd" and before.endswith(("tổ chức ", "hệ thống ")) and (self._alias(start) or self.text[start] == "C" and read_brand(self.text, start, skip_space(self.text, m.end()), self.gaz) is not None))  # "hệ thống Công đoàn BIDV": the one union named
        return False

    def _province_whole(self, pos: int) -> bool:
        """An alias of provincial federations alone ("Công đoàn Hà Giang", "Công đoàn tỉnh KonTum")."""
        alias = self._alias(pos)
        return alias is not None and all(self.gaz.units[i].get("kind") == "ldld-province" for i in alias.ids)

    def _alias(self, pos: int) -> Mention | None:
        folded = self.view.fold_at(pos, pos + self.alias_width)  # folded[pos:] as far as an alias goes
        # The groups of "<n>:<first n words>" for n = 1, 2, ... as far as some alias starts with those words
        # (a word read without the punctuation after it: "Công đoàn TKV:").
        path: list[list[tuple[int, frozenset[str]]]] = []
        children = self.aliases
        for word in folded[:60].split(None, ALIAS_WORDS)[:ALIAS_WORDS]:
            node = children.get(word.rstrip(",.:;!?)") or word)
            if node is None:
                break
            children, groups = node
            path.append(groups)
        if len(path) == ALIAS_WORDS:  # the deepest node's many lengths, narrowed by the words after its own
            path[-1] = narrowed(self.deep_aliases, path[-1], folded)
        for groups in reversed(path):  # most words first
            for length, group in groups:
                if not folded[length:length + 1].isalnum() and (alias := folded[:length]) in group:
                    if unitends.branch_after(self.text, pos + length, alias, self.gaz) \
                            or read_on_past(self.text, self.view.folded, pos, pos + length, self.gaz, self.edge_memo):
                        continue
                    return Mention(pos, pos + length, "alias", ids=list(self.gaz.aliases[alias]))
        return None

    def _read(self, m: re.Match[str]) -> Mention | None:
        pos = skip_space(self.text, m.end())
        start = m.start()
        if m.lastgroup == "cd" and start >= 10 and self.view.folded[start - 10:start] == "lien hiep ":
            former = self._alias(start - 10)  # "Liên hiệp Công đoàn tỉnh Sông Bé": a provincial union's name until 1988
            if former is not None:
                return former
        if m.lastgroup == "cd":  # "Công đoàn Vietcombank (Hải Dương)": a brand's union or its branch's
            brand = read_brand(self.text, m.start(), pos, self.gaz)
            if brand is None and self.text[pos:pos + 6] == "cơ sở ":  # "CĐCS Agribank Chi nhánh tỉnh X": a branch's
                brand = read_brand(self.text, m.start(), pos + 6, self.gaz)
                brand = brand if brand is not None and brand.names else None
            if brand is not None:
                return brand
        alias = self._alias(m.start())
        if alias is not None:
            return alias
        if m.lastgroup == "ldld":
            return self._ldld(m.start(), pos)
        if m.lastgroup == "cd":
            found = self._cd(m.start(), pos)
            if found is not None and found.kind == "grassroots" and _BY_PLACES.match(self.text, found.end):
                return None  # "CĐCS Chi cục thuế các huyện", "... thuộc các LĐLĐ huyện": one kind's unions, by place
            if found is not None and found.kind == "corp" and self.text[found.end - 1].isdigit() \
                    and self.view.folded[pos:found.end] in _corp_classes(self.gaz):
                return None  # "Công đoàn Tổng công ty 91": a kind of state corporation's union, no one union
            return found
        if m.lastgroup == "nd":
            return nghiep_doan(self.text, self.view.folded, m.start(), pos, self.gaz.words, self._place)
        return None

    def _cd(self, start: int, pos: int) -> Mention | None:
        text = self.text
        if text[pos:pos + 8] == "Việt Nam" and not text[pos + 8:pos + 9].isalnum():
            return None
        if text[start:start + 16].lower() == "công đoàn cơ sở " and _NUMBERED.search(text, max(0, start - 5), start):
            return None  # "19 CĐCS Công ty cổ phần": a count of unions by kind, none named
        if text[pos:pos + 4] == "của ":  # "Chủ tịch công đoàn của Công ty X": the union of X
            at = pos + 4
            corp = starts_with(text, at, self.gaz.words.get("corp", ()), exact=True)
            if corp or starts_with(text, at, self.gaz.words.get("org", ()), exact=True):
                return self._organisation(start, at, "corp" if corp else "grassroots")
        own = _OWN.match(text[pos:pos + 20]) or self._of_school(pos)
        if own:  # "Công đoàn (cơ sở) nhà trường", "... của trường": the school's own union, known from the source
            return Mention(start, pos + len(own.group(0)), "own", label="Trường", named_org=self._named_before(start, "Trường"))
        joint = self._joint(start + 9)
        if joint:  # "Công đoàn – Đoàn Thanh niên Tổng Công ty X": the union of X, the head shared
            at = joint
            corp = starts_with(text, at, self.gaz.words.get("corp", ()), exact=True)
            if corp or starts_with(text, at, self.gaz.words.get("org", ()), exact=True) or lower_head(text, at, self.gaz.words):
                return self._upper_level(self._organisation(start, at, "corp" if corp else "grassroots"), at)
            brand = read_brand(text, start, at, self.gaz)  # "Công đoàn và Đoàn Thanh niên Vietcombank TP. Hồ Chí Minh"
            if brand is not None:
                return brand
            commune = self._place(start, at, "commune", COMMUNE_TYPES)
            if commune is not None and commune.names:  # "Công đoàn và Đoàn thanh niên phường X": the ward's union
                commune.label = text[at:commune.end]
                return commune
        group = _GROUP.match(text, pos)
        if group and starts_with(text, group.end(), self.cs_heads, exact=True):
            # "CĐ nhóm Trường Mầm non tư thục phường An Bình": one grassroots union over a group of such bodies
            found = self._organisation(start, group.end(), "grassroots")
            if found is not None and found.kind == "grassroots":  # not the head alone ("CĐ nhóm Trường đã họp")
                found.label = "nhóm " + found.label  # named as written, the group's word in lower case
                return found
        grassroots = _GRASSROOTS.match(text[pos:pos + 24])
        if grassroots:
            at = pos + grassroots.end()
            if text[at:at + 4] == "tại " and starts_with(text, at + 4, self.cs_heads, exact=True):
                at += 4  # "thành lập Công đoàn cơ sở tại Công ty TNHH X": the union of X
            nganh = _NGANH.match(text[at:at + 6])
            sector = self._sector(start, at + nganh.end(), True) if nganh else None
            if sector is not None and (sector.place_type or sector.names) and not _PLURAL.search(text, max(0, start - 8), start):
                return sector  # "CĐCS ngành GD&ĐT thị xã": a sector's union is no grassroots one ("15 CĐCS ngành y tế" are many)
            placed = self._placed_office(start, at, starts_with(text, at, self.gaz.words.get("org_lower", ()), exact=True))
            if placed is not None:  # "Công đoàn cơ sở chợ phường Diên Hồng": a lower-case head and its place
                return placed
            commune = self._place(start, at, "grassroots", COMMUNE_TYPES)
            if commune is not None:  # "Công đoàn cơ sở xã Hòa Bình", "CĐCS thị trấn Mỹ Luông"
                commune.label = text[at:commune.end]
                return commune if commune.names else None
            if starts_with(text, at, self.cs_heads, exact=True) or lower_head(text, at, self.gaz.words):
                return self._organisation(start, at, "grassroots", described=True)
            if school_without_head(text, at, self.gaz.words):  # "CĐCS MN Hoa Sen": the school, "Trường" unsaid
                return self._organisation(start, at, "grassroots", prefix="Trường ")
            lower_own = self._lower_own(start, at)
            if lower_own is not None:  # "công đoàn cơ sở công ty tiếp tục ...": the company the passage named
                return lower_own
            acronym = ACRONYM.match(text, at)
            if acronym and text[start] == "C" and acronym.group(0) not in self.not_names:  # "Công đoàn cơ sở SEV", "CĐCS VNPT Hà Nội": a company known by its acronym
                return Mention(start, (end := acronym_name_end(text, at, self.gaz.words)), "grassroots", label=text[at:end])
            foreign = foreign_end(text, at) if text[start] == "C" else None
            if foreign is not None:  # "Công đoàn Cơ sở Billion": a company known by one foreign word (enrich/unitforeign.py)
                return Mention(start, foreign, "grassroots", label=text[at:foreign])
            branch = branch_end(text, at, self.gaz) if text[start] == "C" else None  # "CĐCS Bảo Việt Nhân thọ An Giang"
            return Mention(start, branch, "grassroots", label=text[at:branch]) if branch is not None else None
        office = _OFFICE.match(text, pos)
        placed = self._placed_office(start, pos, office.group(0).rstrip()) if office else None
        if placed is not None:  # "Công đoàn cơ quan xã Tam Hưng": the commune office's grassroots union
            return placed
        commune = self._place(start, pos, "commune", COMMUNE_TYPES)
        if commune is not None:
            commune.label = text[pos:commune.end]
            plural = re.match(r",? (?:và )?(?:xã|phường|thị trấn|đặc khu|thị xã)\b", text[commune.end:commune.end + 14])
            return commune if commune.names or not plural else None  # "Công đoàn phường": the one the passage names
        place = self._place(start, pos, "cd-place", PLACE_TYPES)
        if place is not None:
            congress = CONGRESS.search(text, max(0, start - 30), start)
            return place if place.names or congress else None
        nganh = _NGANH.match(text[pos:pos + 6])
        sector_pos = pos + nganh.end() if nganh else pos
        sector = self._sector(start, sector_pos, bool(nganh))
        if sector is not None:
            return sector
        if nganh and not re.match(r"(?:và|,|Trung ương|TW|[A-ZĐ])", text[sector_pos:sector_pos + 10]):
            return Mention(start, pos + 5, "sector", nganh=True)  # "Chủ tịch Công đoàn ngành": the sector the passage names
        zone = ZONE.match(text, pos)
        if zone:
            return self._zone(start, zone)
        corp = starts_with(text, pos, self.gaz.words.get("corp", ()), exact=True)
        if corp is not None:
            return self._organisation(start, pos, "corp")
        if starts_with(text, pos, self.gaz.words.get("org", ()), exact=True) or lower_head(text, pos, self.gaz.words):
            return self._upper_level(self._organisation(start, pos, "grassroots"), pos)
        lower_own = self._lower_own(start, pos)
        if lower_own is not None:  # "công đoàn công ty đã ...", "Công đoàn trường là ...": the site's or the one named
            return lower_own
        if text[pos:pos + 9] == "Liên đoàn" and not HEAD.match(text, pos) and not _PLURAL.search(text, max(0, start - 8), start):
            # a state division's ("Liên đoàn Bản đồ Địa chất"); "03 Công đoàn Liên đoàn ..." are several
            if text[pos + 10:pos + 11].isupper() and text[pos + 9:pos + 10] == " ":
                return self._organisation(start, pos, "grassroots")
            if text[pos + 9:pos + 10] in ("", "\n") or self._clause_after(pos + 10):
                return Mention(start, pos + 9, "own", label="Liên đoàn")  # on the division's own site
        by_acronym = self._acronym_place(start, pos)
        if by_acronym is not None:  # "Công đoàn PC Quảng Ngãi": a company known by its acronym and its province
            return by_acronym
        initials = initials_end(text, start, pos)
        if initials is not None:  # "Công Đoàn VHT" where the passage gives VHT: its union (enrich/unitinitials.py)
            return Mention(start, initials, "grassroots", label=text[pos:initials])
        found_end = central_end(self.text, pos)  # "Công đoàn <words> Việt Nam": an unlisted central union
        central = Mention(start, found_end, "central", label=self.text[pos:found_end]) if found_end else None
        if central is None and CONGRESS.search(text, max(0, start - 30), start):
            names = cap_run(text, pos)  # "Đại hội XI Công đoàn Kiên Giang": the place's union
            return Mention(start, names[0][1], "cd-place", names=names) if names else None
        if central is None and (text[start] == "C" or self._after_title(start)) and (self._clause_after(pos) or text[pos:pos + 1] == ")"
                                                                             or _DASH_PERSON.match(text, pos) and self._after_title(start)
                                                                             or self._committee_and(start, pos)):
            return Mention(start, start + 9, "own", label="")  # "Công đoàn phối hợp ...", "(Chủ tịch Công đoàn)": on a unit's own site, its union
        if central is None and text[pos:pos + 1].isupper() and not HEAD.match(text, pos):
            names = cap_run(text, pos)[:1]  # "Công đoàn Thạnh Trị": a district of the source's province, whole name only
            return Mention(start, names[0][1], "cd-district", names=names) if names else None
        return central

    def _upper_level(self, org: Mention | None, pos: int) -> Mention | None:
        """A national department's or agency's union read as a grassroots one, its organisation at ``pos``: an upper
        level ("Công đoàn Cục Hàng hải Việt Nam", "... Tòa án nhân dân tối cao")."""
        if org is not None and org.kind == "grassroots" and (org.label.endswith(" tối cao") or org.label.endswith(" Việt Nam")
                and starts_with(self.text, pos, self.gaz.words.get("national_org", ()), exact=True)):
            org.kind = "corp"
        return org

    def _lower_own(self, start: int, pos: int) -> Mention | None:
        """A lower-case organisation head (group ``org_lower``) that a verb, preposition or punctuation ends
        ("công đoàn cơ sở công ty tiếp tục ..."): the source's own organisation, or the one the passage
        named with that head before."""
        head = starts_with(self.text, pos, self.gaz.words.get("org_lower", ()), exact=True)
        if head is None or not self._clause_after(skip_space(self.text, pos + len(head))):
            return None
        label = head[:1].upper() + head[1:]
        return Mention(start, pos + len(head), "own", label=label, named_org=self._named_before(start, label))

    def _joint(self, at: int) -> int | None:
        """Where the organisation starts after "Công đoàn" and the bodies that share it ("Công đoàn, Đoàn
        Thanh niên, Ban An sinh Bệnh viện X"; group ``joint_body``), or None."""
        bodies = self.gaz.words.get("joint_body", ())
        count = 0
        # "Công đoàn (cơ sở) phối hợp với Đoàn Thanh niên Bệnh viện X": the bodies of X work together
        cooperate = _COOPERATE.match(self.text, at) if self.text.startswith((" phối", " cơ sở phối"), at) else None
        if cooperate is None and self.text[at:at + 6] == " cơ sở" and _JOINT_SEP.match(self.text, at + 6):
            at += 6  # "Công đoàn cơ sở - Hội Phụ nữ xã X": the grassroots union shares the head
        while True:
            sep = cooperate or _JOINT_SEP.match(self.text, at)
            cooperate = None
            body = starts_with(self.text, sep.end(), bodies, exact=True) if sep else None
            if sep is None or body is None:
                return at + 1 if count else None
            at = sep.end() + len(body)
            count += 1
            if self.text[at:at + 6] == " cơ sở":
                at += 6

    def _of_school(self, pos: int) -> re.Match[str] | None:
        """"(cơ sở) của trường" after "Công đoàn", the school not named after it (no lower-case school level:
        "của trường mầm non X" names one): the school's own union, as "Công đoàn nhà trường"."""
        found = _OF_SCHOOL.match(self.text, pos)
        if found is None or starts_with(self.text, found.end() + 1, self.gaz.words.get("school_level", ()), exact=True):
            return None
        return found

    def _after_title(self, start: int) -> bool:
        """A person's title right before a lower-case "công đoàn" ("bà X - Chủ tịch công đoàn đại diện ..."),
        not after a count ("các Chủ tịch công đoàn")."""
        before = self.text[max(0, start - 24):start]
        title = next((t for t in self.gaz.words.get("title", ()) if before.endswith(t + " ")), None)
        return title is not None and not unitends._COUNTED.search(before)

    def _committee_and(self, start: int, pos: int) -> bool:
        """A bare "Công đoàn" after a union body's word (group ``site_union``) and before "và" ("BCH Công đoàn và Ban
        nữ công"): the union's own committee beside another body, where "và" would otherwise read on."""
        return self.text[pos:pos + 3] == "và " and follows_word(self.text, start, self.gaz.words.get("site_union", ()))

    def _clause_after(self, pos: int) -> bool:
        """Whether a bare "Công đoàn" ends where ``pos`` starts: a verb or preposition follows (the words
        that end a name, group ``stop``, but those of ``bare_not``), or a comma or full stop."""
        if _REPRESENTS.match(self.text, pos):  # "Công đoàn – Đại diện người lao động": the union as the law names it
            return True
        if self.text[pos - 1:pos] != " ":
            return self.text[pos:pos + 1] in (",", ".", ";")
        word = self.text[pos:pos + 12].split(" ", 1)[0]
        words = self.gaz.words
        if self.text.startswith(words.get("clause_end", ()), pos):
            return True  # "công đoàn trường nói riêng và ...": the school's union, "in particular"
        if word in words.get("capital_verb", ()) and self.text[pos + len(word) + 1:pos + len(word) + 2].isupper():
            return True  # "Chủ tịch Công đoàn trường dự Đại hội": a verb before a name ("dự án" is a noun)
        return word in words.get("stop", ()) and word not in words.get("bare_not", ())

    def _organisation(self, start: int, pos: int, kind: str, listed: bool = False, prefix: str = "",
                      described: bool = False) -> Mention | None:
        """An agency, school or company name (enrich/unitorgs.py)."""
        words = self.gaz.words
        span = organisation_span(self.text, self.view.folded, pos, words, PROVINCE_TYPES, _LOCAL_TYPES, listed,
                                 described, self._is_province, self.edge_memo)
        if span is None:
            return None
        first, end, bare = span
        rule_end = end
        end = right_edge(self.text, self.view.folded, first, end, words, self._is_province, self.gaz.province_names,
                         self.edge_memo)
        if end != rule_end and unitends.rules_end_stands(self.text, end, rule_end, words, self._is_province):
            end = rule_end
        if " và " in self.text[first:max(end, rule_end)]:  # "Viện Sinh thái và Tài nguyên sinh vật": one body's fields
            end = and_field_end(self.text, first, end, rule_end, words, self._is_province)
        if end != rule_end:  # the learned reader ends the name elsewhere
            bare = self.text[first:end].endswith(tuple(" " + t for t in PROVINCE_TYPES))
        placed = self._place_then_org(first, end) if not listed else None
        if placed is None and end < rule_end and not listed:  # the rules read two organisations: they stand
            placed = self._place_then_org(first, rule_end)
            end = rule_end if placed is not None else end
        if placed is not None:  # "CĐCS Công ty xăng dầu Trà Vinh và Bảo hiểm xã hội tỉnh": two organisations
            end, bare = placed, False
        if person_after_head(self.text, start, first, end, words):
            head = starts_with(self.text, pos, joined(words.get("corp", ()), words.get("org", ())), exact=True)
            if head and head != "Trường":  # "Chủ tịch Công đoàn Tổng công ty Nguyễn Văn A": the head alone
                end = first = pos + len(head)
        if set(self.text[first:end].split()) <= set(words.get("legal_acronym", ())):
            first = end  # "Công đoàn cơ sở Công ty TNHH đã ...": a legal form names no company
        if end - first < 2:  # the head alone ("Công đoàn Tổng công ty", "Đại hội Công đoàn Bệnh viện"): the source's own
            if listed:
                return None
            head = self.text[pos:end]
            return Mention(start, end, "own", label=head, named_org=self._named_before(start, head))
        # "Công đoàn Viện Hàn lâm" after "Viện Hàn lâm Khoa học xã hội Việt Nam": the name the passage wrote in full
        full = "" if listed or prefix else full_name_before(self.text, self.view.folded, start, self.text[pos:end], words,
                                                            (PROVINCE_TYPES, _LOCAL_TYPES), self._is_province)
        named = prefix + self.text[pos:end] + letter_commune(self.text, pos, end, words)  # "Trường tiểu học A (xã X"
        return Mention(start, end, kind, label=full or written_label(named, words), bare_tail=bare,
                       shared=placed is not None, org_span=(first, rule_end))

    def _is_province(self, name: str) -> bool:
        return self.gaz.find_province(name, None) is not None

    def _named_before(self, start: int, head: str) -> str:
        return named_before(self.text, self.view.folded, start, head, self.gaz.words, (PROVINCE_TYPES, _LOCAL_TYPES),
                            self._is_province, self.edge_memo)
