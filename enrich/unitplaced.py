"""The Reader's rules of unions named by a place, a sector or a zone (enrich/unitnames.py): "Liên đoàn Lao
động" and a place ("LĐLĐ huyện Bình Lục", "LĐLĐ tỉnh, huyện"), a sector of a place ("Công đoàn ngành Giáo
dục tỉnh X", "Công đoàn Xây dựng - Giao thông"), an industrial zone ("Công đoàn các KCN tỉnh X"), an
acronym and its province ("Công đoàn PC Quảng Ngãi") and a lower-case head before a commune ("chợ
phường Diên Hồng")."""

from __future__ import annotations

import re
from functools import cache

from crawler.textnorm import fold
from enrich import unitends
from enrich.gazetteer import Gazetteer, unit_slug
from enrich.unitheads import HEAD
from enrich.unitlabels import written_label
from enrich.unitlists import ListReading
from enrich.unitmention import (
    COMMUNE_TYPES,
    DISTRICT_TYPES,
    PROVINCE_TYPES,
    Mention,
    province_sector_at,
)
from enrich.unitorgs import joined_sector, zone_names
from enrich.unittext import View, cap_run, skip_space, starts_with

_TYPE_LIST = re.compile(r", (?:thành|thị|huyện|quận|tỉnh)\b")
PLACE_TYPES = PROVINCE_TYPES + DISTRICT_TYPES
ZONE = re.compile(
    r"(?P<cac>[Cc]ác )?(?P<zone>[Kk]hu (?:công nghiệp|Công nghiệp|kinh tế|Kinh tế|chế xuất|Chế xuất)"
    r"(?:(?: và (?:các )?| VÀ (?:CÁC )?|-| - |, )(?:[Kk]hu )?(?:công nghiệp|Công nghiệp|kinh tế|Kinh tế|chế xuất|Chế xuất|CN)(?!\w))?)"
)
_JOINT_BODY = re.compile(  # "và Hội Liên hiệp Phụ nữ " up to a place's type: a capitalised body, no punctuation
    r"và (?:[A-ZĐ]\S*)(?: (?!(?:tỉnh|thành phố|huyện|quận|thị xã) )(?:[^\W\d]\S*|&)){0,7} (?=(?:tỉnh|thành phố|huyện|quận|thị xã) )")
_TYPE_BEFORE = re.compile(r"\w (tỉnh|thành phố|huyện|quận|thị xã), $")  # "Uỷ ban MTTQVN tỉnh, " before it
_LIST_ON = re.compile(r"(?:, | và )[A-ZĐ]")  # the list goes on with another body
ACRONYM = re.compile(r"[A-ZĐ][A-ZĐ0-9&-]{1,14}(?![\w&-])")


@cache
def _sector_width(gaz: Gazetteer) -> int:
    """Folded characters to read at a head for a sector."""
    return max(map(len, gaz.sector_keys), default=0) + 1


@cache
def _own_names(gaz: Gazetteer) -> frozenset[str]:
    """Names of a sector that are its name in their own right (word group sector_own: "Giáo dục và Đào tạo"): a
    union whose passage spells one out so, with its capitals, is named as written where the gazetteer has no name
    for it ("Giáo dục và đào tạo" in lower case, or "GD&ĐT" written short, is the sector's name)."""
    return frozenset(gaz.words.get("sector_own", ()))


@cache
def _sector_index(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Folded sector names by their first letter, longest first."""
    index: dict[str, list[str]] = {}
    for key in gaz.sector_keys:
        index.setdefault(key[:1], []).append(key)
    return {k: tuple(v) for k, v in index.items()}


class PlacedReading(ListReading):
    """The place, sector and zone rules of the Reader, which gives ``view`` and ``not_names`` (the acronyms that
    are no company's name) besides ``text`` and ``gaz``."""

    view: View
    not_names: frozenset[str]

    def _place(self, start: int, pos: int, kind: str, types: tuple[str, ...]) -> Mention | None:
        place_type = starts_with(self.text, pos, types)
        if place_type is not None:
            after = skip_space(self.text, pos + len(place_type))
            # "Công đoàn các KCX-KCN TP. CĐ các ...": a union's head after the type is no place's name
            names = cap_run(self.text, after) if not HEAD.match(self.text, after) else []
            end = names[0][1] if names else pos + len(place_type)
            return Mention(start, end, kind, place_type=place_type, names=names, type_end=pos + len(place_type))
        if kind != "ldld":
            return None
        names = cap_run(self.text, pos)
        return Mention(start, names[0][1], kind, names=names) if names else None

    def _ldld(self, start: int, pos: int) -> Mention | None:
        if starts_with(self.text, pos, ("các", "những")):
            return None
        mention = self._place(start, pos, "ldld", PLACE_TYPES) or self._joint_place(start, pos) \
            or self._listed_type(start, pos)
        if mention is not None and mention.place_type and not mention.names:
            # "LĐLĐ huyện, thành, thị" lists types, not one unit; "LĐLĐ tỉnh, huyện" is two (``_type_pair``)
            if _TYPE_LIST.match(self.text[mention.end:mention.end + 8]) and self._type_pair(mention) is None:
                return None
            if unitends.counted_before(self.text, start):
                return None
        return mention


    def _joint_place(self, start: int, pos: int) -> Mention | None:
        """A bare "Liên đoàn Lao động" joined by "và" to another body whose name ends with a place ("Liên đoàn Lao
        động và Hội Liên hiệp Phụ nữ tỉnh Quảng Ngãi", "LĐLĐ và Quận Đoàn quận 12"): a joint head of two bodies of
        that place, the union that place's. The other body's name is read as far as the place, in one clause."""
        joint = _JOINT_BODY.match(self.text, pos)
        if joint is None or self.text[max(0, start - 5):start].lower().endswith("tổng "):
            return None
        place = self._place(start, joint.end(), "ldld", PLACE_TYPES)
        if place is None or not place.names:
            return None
        end = pos - 1 if self.text[pos - 1:pos] == " " else pos
        return Mention(start, end, "ldld", place_type=place.place_type, names=place.names)

    def _listed_type(self, start: int, pos: int) -> Mention | None:
        """A bare "Liên đoàn Lao động" in a list after a body written with a bare place type ("Uỷ ban MTTQVN tỉnh,
        Liên đoàn Lao động, Hội Nông dân"): a list of that level's bodies, the union read as a bare "LĐLĐ tỉnh"."""
        before = _TYPE_BEFORE.search(self.text, max(0, start - 16), start)
        end = pos - 1 if self.text[pos - 1:pos] == " " else pos
        if before is None or not _LIST_ON.match(self.text, end):
            return None
        return Mention(start, end, "ldld", place_type=before.group(1))

    def _acronym_place(self, start: int, pos: int) -> Mention | None:
        """A capitalised "Công đoàn", an acronym and a province's name, nothing capitalised after it ("Công đoàn PC
        Quảng Ngãi", "Công đoàn NHCSXH tỉnh Kon Tum"): the grassroots union of the company's branch there."""
        acronym = ACRONYM.match(self.text, pos)
        if acronym is None or self.text[start] != "C" or acronym.group(0) in self.not_names:
            return None
        after = skip_space(self.text, acronym.end())
        typed = starts_with(self.text, after, PROVINCE_TYPES) if after > acronym.end() else None
        at = skip_space(self.text, after + len(typed)) if typed else after
        names = cap_run(self.text, at) if after > acronym.end() else []
        if not names or self.gaz.find_province(names[0][0], None) is None:
            return None
        return Mention(start, names[0][1], "grassroots", label=self.text[pos:names[0][1]])

    def _placed_office(self, start: int, pos: int, head: str | None) -> Mention | None:
        """A lower-case head right before a commune with its name ("chợ phường Diên Hồng", "cơ quan xã
        Tam Hưng"): that place's body, a grassroots union labelled as written."""
        if not head:
            return None
        place = self._place(start, skip_space(self.text, pos + len(head)), "grassroots", COMMUNE_TYPES)
        if place is None or not place.names:
            return None
        place.label = written_label(self.text[pos:place.end], self.gaz.words)
        return place
    def _sector(self, start: int, pos: int, nganh: bool) -> Mention | None:
        folded = self.view.fold_at(pos, pos + _sector_width(self.gaz))  # folded[pos:] as far as a sector goes
        for key in _sector_index(self.gaz).get(folded[:1], ()):
            end = pos + len(key)
            if folded.startswith(key) and not folded[len(key):len(key) + 1].isalnum():
                if self.text[end:end + 3] in (" ủy", " uỷ"):
                    return None  # "Công đoàn cơ quan Đảng ủy Khối ...": a party committee, not the sector
                org = starts_with(self.text, pos, self.gaz.words.get("org", ()), exact=True)
                if org is not None and len(org) > len(key):
                    return None  # an organisation named after the sector: "Công đoàn Ngân hàng Nhà nước chi nhánh ..."
                row = self.gaz.sectors[key]
                joined = joined_sector(self.text, end, self.gaz.sector_keys, PLACE_TYPES)
                if joined is not None:  # "Xây dựng - Giao thông": the two sectors' own union
                    second = self.text[joined[0]:joined[1]]
                    row = dict(row, key=f"{row['key']}-{unit_slug(second)}", name=f"{row['name']} - {second}")
                    end = joined[1]
                after = skip_space(self.text, end)
                if self.text[after:after + 8] == "Việt Nam":
                    return Mention(start, after + 8, "central", sector=row, label=self.text[pos:end])
                place = self._place(start, after, "sector", PLACE_TYPES)
                if place is None:
                    names = cap_run(self.text, after)
                    if names and unitends.person_after_head(self.text, start, after, names[0][1], self.gaz.words):
                        names = []  # "Phó Chủ tịch Công đoàn ngành Y tế Lò Thị Mai": its officer, no place
                    if names and org is not None and self.text[names[-1][1]:names[-1][1] + 11] == " chi nhánh ":
                        return None  # "Công đoàn Ngân hàng Agribank chi nhánh Nghệ An": a bank branch's union
                    if names and org is not None and not self._place_name(names):
                        return None  # "Công đoàn Ngân hàng Công thương ...": a bank named after its sector
                    place = Mention(start, names[0][1] if names else end, "sector", names=names)
                if not province_sector_at(row, place, self.gaz.words, self.gaz.province_names, self.text[end:end + 12]):
                    return None  # "Công đoàn UBND xã X": the commune committee's own union, no sector's
                label = self.text[pos:end]
                if label in _own_names(self.gaz) and self.view.evidence(pos, end) == label:
                    row = dict(row, name=label)  # "Giáo dục và Đào tạo" spelt out with its capitals: as written
                place.sector, place.nganh, place.label = row, nganh, label
                return place
        return None

    def _place_name(self, names: list[tuple[str, int]]) -> bool:
        """Whether a capitalised run starts with a province's or district's name ("Hà Nội", "Cẩm Phả")."""
        return any(fold(name) in self.gaz.province_names or fold(name) in self.gaz.districts for name, _ in names)

    def _zone(self, start: int, zone: re.Match[str]) -> Mention:
        after = skip_space(self.text, zone.end())
        place = self._place(start, after, "kcn", PROVINCE_TYPES)
        area = re.match(r"khu vực (?=[A-ZĐ])", self.text[after:after + 9])
        if place is None and area:  # "Công đoàn Khu công nghiệp khu vực Phú Thọ" (after the 2025 mergers)
            names = cap_run(self.text, after + area.end())
            if names:
                place = Mention(start, names[0][1], "kcn", names=[(self.text[after:names[0][1]], names[0][1])])
        if place is None:
            names = zone_names(self.text, after)  # "Khu kinh tế Nghi Sơn và các Khu công nghiệp tỉnh X": one name
            place = Mention(start, names[0][1] if names else zone.end(), "kcn", names=names)
        joined = zone.group("zone").replace(" VÀ CÁC ", " và các ").replace(" VÀ ", " và ")  # "KKT VÀ CÁC KCN" in capitals
        place.label = ("các " if zone.group("cac") else "") + joined  # "Công đoàn Các KCN": "các"
        return place
