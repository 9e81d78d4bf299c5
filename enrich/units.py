"""Union units in text -> gazetteer entries; the publisher from the source.

1. the publisher is the registry source's unit, always set;
2. full names and abbreviations ("Liên đoàn Lao động huyện Bình Lục", "LĐLĐ tỉnh Sóc Trăng",
   "Tổng LĐLĐ Việt Nam") are matched and resolved through the gazetteer (enrich/data/units.csv)
   valid on the article date;
3. bare references ("LĐLĐ tỉnh", "Liên đoàn Lao động huyện") resolve to the source's own place.
A unit named in the title or the first sentence is a subject; elsewhere it is mentioned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from crawler.textnorm import fold, slugify
from enrich.catalog import UNITS_CSV, province_names, read_csv
from enrich.tags import MENTIONED, PUBLISHER, SUBJECT, UnitTag

CENTRAL_CITIES = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")
NATIONAL_ID = "tld"
NATIONAL_NAME = "Tổng Liên đoàn Lao động Việt Nam"

_NATIONAL = re.compile(
    r"Tổng\s+Liên\s+đoàn\s+Lao\s+động\s+Việt\s+Nam|Tổng\s+LĐLĐ\s*(?:Việt\s+Nam|VN)|"
    r"Tổng\s+Liên\s+đoàn\s+LĐ\s+Việt\s+Nam|TLĐLĐVN"
)
_PLACE_TYPES = {
    "tỉnh": "tỉnh", "thành phố": "thành phố", "tp.": "thành phố", "tp": "thành phố",
    "huyện": "huyện", "quận": "quận", "thị xã": "thị xã", "tx.": "thị xã", "tx": "thị xã",
}
_NAME = r"((?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*|\d{1,2})(?:[ \-](?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*|\d{1,2})){0,3})"
_LOCAL = re.compile(
    r"(Liên\s+đoàn\s+Lao\s+động|LĐLĐ)\s+(tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|TX\.?)"
    r"(?:(?:(?<=\.)[ \t\u00a0]*|[ \t\u00a0]+)" + _NAME + r")?"
)


@dataclass(frozen=True)
class SourceContext:
    """What the article's portal says about its publisher."""

    name: str
    level: str
    province: str | None = None
    district: str | None = None
    unit_id: str | None = None


@cache
def gazetteer() -> dict[str, dict[str, str]]:
    """Folded unit name or alias -> gazetteer row."""
    index: dict[str, dict[str, str]] = {}
    for row in read_csv(UNITS_CSV):
        for name in [row.get("name", ""), *row.get("aliases", "").split(";")]:
            if name.strip():
                index.setdefault(fold(name.strip()), row)
    return index


def _place_type(word: str) -> str:
    return _PLACE_TYPES.get(" ".join(word.lower().split()), word.lower())


def _level_for(place_type: str, place: str) -> str:
    if place_type == "tỉnh":
        return "province"
    if place_type == "thành phố":
        return "province" if place in CENTRAL_CITIES else "district"
    return "district"


def _unit(name: str, level: str, province: str | None, role: str, evidence: str, start: int | None, end: int | None) -> UnitTag:
    row = gazetteer().get(fold(name))
    if row is not None:
        return UnitTag(row["id"], row["name"], row.get("level") or level, province, role, evidence, start, end)
    unit_id = "ldld-" + slugify(name.removeprefix("Liên đoàn Lao động "))
    return UnitTag(unit_id, name, level, province, role, evidence, start, end,
                   discovered={"id": unit_id, "name": name, "level": level, "province": province or ""})


def publisher(source: SourceContext) -> UnitTag:
    """The publishing unit, from the registry."""
    unit_id = source.unit_id or ("tld" if source.level == "national" else "src-" + slugify(source.name))
    return UnitTag(unit_id, source.name, source.level, source.province, PUBLISHER, "")


def tag_units(text: str, *, title: str | None = None, source: SourceContext | None = None) -> list[UnitTag]:
    """Unit tags of one article: the publisher plus every unit named in title or text."""
    found: dict[tuple[str, str], UnitTag] = {}
    if source is not None:
        pub = publisher(source)
        found[(pub.unit_id, PUBLISHER)] = pub
    title = title or ""
    first_end = min([i for i in (text.find(". "), text.find("\n")) if i != -1] or [len(text)])
    combined = title + "\n" + text

    def role_at(start: int) -> str:
        return SUBJECT if start <= len(title) + 1 + first_end else MENTIONED

    def add(tag: UnitTag) -> None:
        key = (tag.unit_id, tag.role)
        if key in found:
            return
        if tag.role == MENTIONED and (tag.unit_id, SUBJECT) in found:
            return
        found[key] = tag

    for m in _NATIONAL.finditer(combined):
        span = _span(m.start(), m.end(), title)
        add(UnitTag(NATIONAL_ID, NATIONAL_NAME, "national", None, role_at(m.start()), m.group(0), *span))
    for m in _LOCAL.finditer(combined):
        place_type = _place_type(m.group(2))
        named = _named(place_type, m.group(3)) if m.group(3) else None
        if named is not None:
            full, level, province, length = named
            evidence_end = m.start(3) + length
        else:  # no place name, or a person's name after it ("Chủ tịch LĐLĐ tỉnh Nguyễn Văn A")
            bare = _bare(place_type, source) if source is not None else None
            if bare is None:
                continue
            full, level, province = bare
            evidence_end = m.end(2)
        start, end = m.start(), evidence_end
        add(_unit(full, level, province, role_at(start), combined[start:end], *_span(start, end, title)))
    return list(found.values())


def _named(place_type: str, words: str) -> tuple[str, str, str | None, int] | None:
    """Resolve "<type> <Name ...>" to a gazetteer unit, trying the longest name first."""
    parts = words.split()
    index = gazetteer()
    for n in range(len(parts), 0, -1):
        place = " ".join(parts[:n])
        full = f"Liên đoàn Lao động {place_type} {place}"
        row = index.get(fold(full))
        if row is not None:
            province = province_names().get(row.get("province_id", ""), place)
            return row["name"], row.get("level") or _level_for(place_type, place), province, len(place)
        if not index and n == len(parts):
            level = _level_for(place_type, place)
            return full, level, place if level == "province" else None, len(place)
    return None


def _bare(place_type: str, source: SourceContext) -> tuple[str, str, str | None] | None:
    """A bare "LĐLĐ tỉnh" or "LĐLĐ huyện": the source's own unit or its provincial parent."""
    if source.level == "province" and place_type in ("tỉnh", "thành phố"):
        return source.name, "province", source.province
    if source.level == "district":
        if place_type in ("huyện", "quận", "thị xã", "thành phố"):
            return source.name, "district", source.province
        if place_type == "tỉnh" and source.province:
            kind = "thành phố" if source.province in CENTRAL_CITIES else "tỉnh"
            return f"Liên đoàn Lao động {kind} {source.province}", "province", source.province
    return None


def _span(start: int, end: int, title: str) -> tuple[int | None, int | None]:
    """Offsets in the text (None when the match is in the title)."""
    offset = len(title) + 1
    if start < offset:
        return None, None
    return start - offset, end - offset
