"""``province_sector_at`` (enrich/unitmention.py) with its group's words and the sector's name folded once gives
what folding them at each mention gives."""

from __future__ import annotations

from collections.abc import Mapping

from crawler.textnorm import fold
from enrich.gazetteer import gazetteer
from enrich.unitmention import (
    COMMUNE_TYPES,
    DISTRICT_TYPES,
    PROVINCE_TYPES,
    Mention,
    province_sector_at,
)


def plain(sector: dict[str, str], place: Mention, words: dict[str, tuple[str, ...]],
          province_names: Mapping[str, object], after: str) -> bool:
    bloc = fold(sector["name"]) in {fold(word) for word in words.get("province_bloc", ())}
    if fold(sector["name"]) not in {fold(word) for word in words.get("province_sector", ())} and not bloc:
        return True
    if place.place_type is None:
        if place.names and bloc:  # "Khối Chính quyền Hải Phòng": a province's name without its type
            return fold(place.names[0][0]) in province_names
        return not place.names and not after.lstrip().lower().startswith(tuple(t + " " for t in DISTRICT_TYPES + COMMUNE_TYPES))
    return place.place_type in PROVINCE_TYPES and (
        not place.names or any(fold(name) in province_names for name, _ in place.names))


def _places() -> list[Mention]:
    out = [Mention(0, 10, "sector"), Mention(0, 10, "sector", names=[("Nghệ An", 20)]),
           Mention(0, 10, "sector", names=[("Bình Lục", 20)])]
    for place_type in PROVINCE_TYPES + DISTRICT_TYPES + COMMUNE_TYPES:
        out += [Mention(0, 10, "sector", place_type=place_type),
                Mention(0, 10, "sector", place_type=place_type, names=[("Hà Nội", 20), ("Hà", 13)]),
                Mention(0, 10, "sector", place_type=place_type, names=[("Xyz", 20)])]
    return out


def test_sectors_read_as_with_the_words_folded_at_each_mention() -> None:
    gaz = gazetteer()
    own = gaz.words.get("province_sector", ())
    assert own
    other = dict(gaz.words, province_sector=("Giáo dục", "Y tế"))
    none = {k: v for k, v in gaz.words.items() if k not in ("province_sector", "province_bloc")}
    blocs = dict(gaz.words, province_bloc=("Y tế",))
    sectors = list(gaz.sectors.values())
    names = [row["name"] for row in sectors] + [*own, *(w.upper() for w in own), "Ủy ban nhân dân - Y tế", "Y TẾ"]
    rows = sectors + [dict(sectors[0], name=name) for name in names]
    afters = ["", " xã Hòa Bình", " tỉnh Nghệ An", "  huyện X", " Huyện X", " tổ chức"]
    seen = {True: 0, False: 0}
    for words in (gaz.words, other, none, blocs, gaz.words):  # the same sector read differently as the group changes
        for row in rows:
            for place in _places():
                for after in afters:
                    expected = plain(row, place, words, gaz.province_names, after)
                    assert province_sector_at(row, place, words, gaz.province_names, after) == expected, \
                        (row["name"], place.place_type, place.names, after)
                    seen[expected] += 1
    assert seen[False] > 100 and seen[True] > 100
