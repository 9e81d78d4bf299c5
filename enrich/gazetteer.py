"""The union-unit gazetteer (enrich/data/*.csv) as lookups that know dates.

Provinces, districts and communes come from the administrative data; units from units.csv. A
row is valid on a date when ``active_from <= date <= active_until`` (``valid_from``/``valid_to`` for
places); an article date of None (unknown) prefers the pre-2025 row, which is what archives hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from crawler.textnorm import fold, slugify
from enrich.catalog import DATA, PROVINCES_CSV, PROVINCES_FORMER_CSV, UNITS_CSV, read_csv
from enrich.unittext import expand

DISTRICTS_CSV = DATA / "districts.csv"
COMMUNES_CSV = DATA / "communes.csv"
SECTORS_CSV = DATA / "sectors.csv"
WORDS_CSV = DATA / "unit_words.csv"
INSTITUTIONS_CSV = DATA / "institutions.csv"
REFORM_START = "2025-07-01"
ALIAS_WORDS = 4  # aliases are indexed by up to their first four words
LEVEL_RANK = {"national": 0, "province": 1, "sector": 2, "district": 3, "commune": 4, "grassroots": 5}


def valid_on(row: dict[str, str], date: str | None, start: str = "active_from", end: str = "active_until") -> bool:
    """Whether a row is valid on an ISO date (unknown dates: rows that existed before 2025)."""
    if date is None:
        return (row.get(start) or "") < REFORM_START
    return (row.get(start) or "0000") <= date <= (row.get(end) or "9999")


def pick(rows: list[dict[str, str]], date: str | None, start: str = "active_from", end: str = "active_until") -> dict[str, str] | None:
    """The row valid on ``date``; else the latest one that ended before it, else the first."""
    if not rows:
        return None
    valid = [r for r in rows if valid_on(r, date, start, end)]
    if valid:
        return valid[0]
    if date is not None:
        before = [r for r in rows if (r.get(end) or "9999") < date]
        if before:
            return max(before, key=lambda r: r.get(end) or "")
    return rows[0]


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Indexes over the gazetteer files."""

    units: dict[str, dict[str, str]]
    aliases: dict[str, list[str]]  # folded expanded alias -> unit ids
    alias_heads: dict[str, list[str]]  # "<n>:<first n folded words>" -> aliases, longest first
    # The same aliases as (length, aliases of that length), longest first: a text matches at
    # most one alias of a length, found by one look-up instead of a comparison with each.
    alias_lengths: dict[str, list[tuple[int, frozenset[str]]]]
    provinces: dict[str, dict[str, str]]
    province_names: dict[str, list[str]]  # folded short name or alias -> province ids
    districts: dict[str, list[dict[str, str]]]  # folded short name -> rows
    communes: dict[str, list[dict[str, str]]]  # folded "type name" -> rows
    by_place: dict[tuple[str, str], list[str]]  # (province or district id, kind) -> unit ids
    sectors: dict[str, dict[str, str]]  # folded sector name or alias -> sector row
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    institutions: dict[str, str] = field(default_factory=dict)  # folded name or alias -> province id (before 2025)

    @property
    def sector_keys(self) -> list[str]:
        """Folded sector names, longest first."""
        return _sector_keys(self)

    def unit(self, unit_id: str) -> dict[str, str] | None:
        return self.units.get(unit_id)

    def province_label(self, province_id: str, date: str | None) -> str | None:
        """Short name of a province as it was called on ``date`` (Thừa Thiên Huế before 2025)."""
        row = self.provinces.get(province_id)
        if row is None:
            return None
        if row.get("valid_from") and (date is None or date < row["valid_from"]):
            before = [p for p in self.provinces.values() if p.get("successor_id") == province_id]
            if len(before) == 1:
                return before[0]["short_name"]
        return row["short_name"]

    def province_then(self, province_id: str, date: str | None) -> str | None:
        """Short name of the province that a place of ``province_id``, a province that had ended by ``date``, lay in
        then: the one it joined (a school of Bình Định in Gia Lai after 1 July 2025); None where it had not ended."""
        row, moved = self.provinces.get(province_id), False
        while row is not None and date and row.get("valid_to") and date[:10] > row["valid_to"] \
                and row.get("successor_id"):
            row, moved = self.provinces.get(row["successor_id"]), True
        return row["short_name"] if row is not None and moved else None

    def province_new(self, province_id: str) -> str | None:
        """Short name of the province a (possibly old) province belongs to from 1 July 2025 (None for a province split
        before 1997: it lies in several)."""
        row = self.provinces.get(province_id)
        if row is not None and row.get("split_into"):
            return None
        while row is not None and row.get("successor_id") and row.get("valid_to"):
            row = self.provinces.get(row["successor_id"])
        return row["short_name"] if row else None

    def earlier_province(self, province_id: str, date: str | None) -> str | None:
        """``province_id`` if it is valid on ``date``; else, where it was set up after that date, its one
        predecessor valid then (the city of Huế, from 2025-01-01: Thừa Thiên Huế before); else None."""
        row = self.provinces.get(province_id)
        if row is None or valid_on(row, date, "valid_from", "valid_to"):
            return province_id if row is not None else None
        before = [p for p in self.provinces.values() if p.get("successor_id") == province_id
                  and valid_on(p, date, "valid_from", "valid_to")]
        return before[0]["id"] if date and date < row.get("valid_from", "") and len(before) == 1 else None

    def new_province_id(self, province_id: str) -> str:
        row = self.provinces.get(province_id)
        while row is not None and row.get("successor_id") and row.get("valid_to"):
            row = self.provinces.get(row["successor_id"])
        return row["id"] if row else province_id

    def find_province(self, name: str, date: str | None) -> dict[str, str] | None:
        """The province called ``name`` (short name or alias) on ``date``."""
        return _find_province(self, name, date)

    def district_by_id(self, district_id: str) -> dict[str, str] | None:
        """The first district row with this id, in the order of ``districts``."""
        return _districts_by_id(self).get(district_id)

    def place_unit(self, place_id: str, kind: str, date: str | None) -> dict[str, str] | None:
        """The unit of ``kind`` for a province or district id, valid on ``date``."""
        return pick([self.units[i] for i in self.by_place.get((place_id, kind), [])], date)


@lru_cache(maxsize=1 << 16)
def _find_province(gaz: Gazetteer, name: str, date: str | None) -> dict[str, str] | None:
    """Gazetteer.find_province, remembered: the same names come back article after article."""
    ids = gaz.province_names.get(fold(name), [])
    return pick([gaz.provinces[i] for i in ids], date, "valid_from", "valid_to")


@cache
def _districts_by_id(gaz: Gazetteer) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for rows in gaz.districts.values():
        for row in rows:
            out.setdefault(row["id"], row)
    return out


@cache
def _sector_keys(gaz: Gazetteer) -> list[str]:
    return sorted(gaz.sectors, key=len, reverse=True)


def _institutions() -> dict[str, str]:
    """Well-known hospitals and universities whose names give no place, by folded name and alias."""
    out: dict[str, str] = {}
    for row in read_csv(INSTITUTIONS_CSV):
        for name in [row["name"], *row.get("aliases", "").split(";")]:
            if name.strip():
                out[fold(name.strip())] = row["province_id"]
    return out


def _index_words() -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for row in read_csv(WORDS_CSV):
        groups.setdefault(row["group"], []).append(row["word"])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in groups.items()}


_QUI = re.compile(r"(?<!\w)qu([iy])(?!\w)")


def spellings(key: str) -> list[str]:
    """A folded name and its other spelling of the syllable "qui"/"quy", both in use ("Phú Quí" and "Phú
    Quý", "Qui Nhơn" and "Quy Nhơn"), each with its dash written every way (``dash_spellings``)."""
    keys = [key]
    if "qu" in key:
        other = _QUI.sub(lambda m: "quy" if m.group(1) == "i" else "qui", key)
        keys += [other] if other != key else []
    return [spelt for k in keys for spelt in dash_spellings(k)]


def dash_spellings(name: str) -> list[str]:
    """A name whose words a spaced dash joins ("Than - Khoáng sản", "Việt – Nga") and the same name with the dash
    written every other way, a hyphen or an en dash, spaced or not ("Than-Khoáng sản", "Việt-Nga"): all in use."""
    if " - " not in name and " – " not in name:
        return [name]
    out = [name]
    for dash in (" - ", " – ", "-", "–"):
        spelt = name.replace(" - ", dash).replace(" – ", dash)
        if spelt not in out:
            out.append(spelt)
    return out


@cache
def gazetteer() -> Gazetteer:
    """Load the gazetteer files once."""
    units = {r["id"]: r for r in read_csv(UNITS_CSV) if r.get("id")}
    aliases: dict[str, list[str]] = {}
    for row in units.values():
        for alias in [row["name"], *row.get("aliases", "").split(";")]:
            for key in spellings(fold(expand(alias.strip()))):
                if key and row["id"] not in aliases.setdefault(key, []):
                    aliases[key].append(row["id"])
    heads: dict[str, list[str]] = {}
    for key in sorted(aliases, key=len, reverse=True):
        words = key.split()
        heads.setdefault(f"{min(len(words), ALIAS_WORDS)}:" + " ".join(words[:ALIAS_WORDS]), []).append(key)
    provinces = {r["id"]: r for r in read_csv(PROVINCES_CSV) if r.get("id")}
    province_names: dict[str, list[str]] = {}
    for row in provinces.values():
        for alias in [row["short_name"], *row.get("aliases", "").split(";")]:
            key = fold(alias.strip())
            if key and row["id"] not in province_names.setdefault(key, []):
                province_names[key].append(row["id"])
    provinces.update((r["id"], r) for r in read_csv(PROVINCES_FORMER_CSV) if r.get("id"))
    districts: dict[str, list[dict[str, str]]] = {}
    for row in read_csv(DISTRICTS_CSV):
        for key in spellings(fold(row["short_name"])):
            districts.setdefault(key, []).append(row)
    communes: dict[str, list[dict[str, str]]] = {}
    for row in read_csv(COMMUNES_CSV):
        communes.setdefault(fold(f"{row['type']} {row['short_name']}"), []).append(row)
    by_place: dict[tuple[str, str], list[str]] = {}
    for row in units.values():
        kind = row.get("kind", "")
        place = row.get("district_id") if kind == "ldld-district" else row.get("province_id")
        if kind == "sector-province":
            kind = "sector:" + row["id"].split("--")[-1]
        if place:
            by_place.setdefault((place, kind), []).append(row["id"])
    sectors: dict[str, dict[str, str]] = {}
    for row in read_csv(SECTORS_CSV):
        for alias in [row["name"], *row.get("aliases", "").split(";")]:
            if alias.strip():
                sectors[fold(alias.strip())] = row
    lengths = {
        head: [(n, frozenset(a for a in keys if len(a) == n)) for n in sorted({len(a) for a in keys}, reverse=True)]
        for head, keys in heads.items()
    }
    return Gazetteer(units, aliases, heads, lengths, provinces, province_names, districts, communes,
                     by_place, sectors, _index_words(), _institutions())


def unit_slug(text: str) -> str:
    """Id fragment of a discovered unit's name."""
    return slugify(text)[:80].strip("-")
