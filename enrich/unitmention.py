"""A unit mention as enrich/unitnames.py reads it, and the place types its rules know."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from crawler.textnorm import fold

PROVINCE_TYPES = ("tỉnh", "thành phố")
DISTRICT_TYPES = ("huyện đảo", "huyện", "quận", "thị xã", "thành phố")
COMMUNE_TYPES = ("đặc khu", "thị trấn", "phường", "xã")


@dataclass
class Mention:
    """One unit mention in the view: ``kind`` says which rule read it."""

    start: int
    end: int
    kind: str
    ids: list[str] = field(default_factory=list)
    place_type: str | None = None
    names: list[tuple[str, int]] = field(default_factory=list)  # place-name prefixes, longest first
    sector: dict[str, str] | None = None
    nganh: bool = False
    label: str = ""  # the unit's own words (organisation, zone), as written
    type_end: int | None = None  # end of a bare place type ("LĐLĐ tỉnh")
    org_span: tuple[int, int] | None = None  # an organisation's first word and where the rules end its name
    bare_tail: bool = False  # the label ends with a bare "tỉnh"/"thành phố"
    named_org: str = ""  # the one organisation with the head of an "own" mention the passage names before it
    shared: bool = False  # its name ended before "và" and another organisation that shares its head
    listed: bool = False  # a grassroots union named without its head: listed after "công đoàn cơ sở các đơn vị:", or the source's

    # The fields' own initialiser, written out: dataclass keeps a class's own ``__init__`` and compiles it with the
    # module, where the one it generates is interpreted (tests/test_units_mention_init.py holds the two alike).
    def __init__(self, start: int, end: int, kind: str, ids: list[str] | None = None, place_type: str | None = None,
                 names: list[tuple[str, int]] | None = None, sector: dict[str, str] | None = None, nganh: bool = False,
                 label: str = "", type_end: int | None = None, org_span: tuple[int, int] | None = None,
                 bare_tail: bool = False, named_org: str = "", shared: bool = False, listed: bool = False) -> None:
        self.start, self.end, self.kind = start, end, kind
        self.ids = [] if ids is None else ids
        self.place_type = place_type
        self.names = [] if names is None else names
        self.sector, self.nganh, self.label, self.type_end, self.org_span = sector, nganh, label, type_end, org_span
        self.bare_tail, self.named_org, self.shared, self.listed = bare_tail, named_org, shared, listed


_PROVINCE_SECTORS: dict[tuple[str, ...], frozenset[str]] = {}  # a group's words -> their folds
_FOLDED_NAMES: dict[str, str] = {}  # a sector's name -> its fold (the gazetteer's names, and a few joined ones)
_KNOWN_NAMES = 4096  # the names' table stops growing here (a joined name holds words of the text)


def _folded_name(name: str) -> str:
    folded = _FOLDED_NAMES.get(name)
    if folded is None:
        folded = fold(name)
        if len(_FOLDED_NAMES) < _KNOWN_NAMES:
            _FOLDED_NAMES[name] = folded
    return folded


def province_sector_at(sector: dict[str, str], place: Mention, words: dict[str, tuple[str, ...]],
                       province_names: Mapping[str, object], after: str) -> bool:
    """Whether a sector union is read at ``place``: always, except that a sector of group ``province_sector`` (a
    province's own body, "Ủy ban nhân dân") is read only bare or at a province written with its type ("Công đoàn
    UBND tỉnh", "... tỉnh Nghệ An"), never at a district or a commune ("Công đoàn UBND xã X" is the commune
    committee's own union); one of group ``province_bloc`` ("Khối Chính quyền") also at a province's name written
    without its type ("Công đoàn Khối Chính quyền Hải Phòng"), never at a district's ("... thành phố Uông Bí" is the
    city offices' grassroots union). ``after`` is the text after the sector's name. The groups' words and the
    sector's name are folded once, not at each mention."""
    group = words.get("province_sector", ())
    folded = _PROVINCE_SECTORS.get(group)
    if folded is None:
        folded = _PROVINCE_SECTORS[group] = frozenset(fold(word) for word in group)
    blocs = words.get("province_bloc", ())
    folded_blocs = _PROVINCE_SECTORS.get(blocs)
    if folded_blocs is None:
        folded_blocs = _PROVINCE_SECTORS[blocs] = frozenset(fold(word) for word in blocs)
    name = _folded_name(sector["name"])
    if name not in folded and name not in folded_blocs:
        return True
    if place.place_type is None:
        if place.names and name in folded_blocs:
            return fold(place.names[0][0]) in province_names  # the longest name read: a province's, not a district's
        return not place.names and not after.lstrip().lower().startswith(tuple(t + " " for t in DISTRICT_TYPES + COMMUNE_TYPES))
    return place.place_type in PROVINCE_TYPES and (
        not place.names or any(fold(name) in province_names for name, _ in place.names))
