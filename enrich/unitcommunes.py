"""A bare district union ("LĐLĐ huyện", "Liên đoàn Lao động huyện") that nothing else completes, completed from
the communes the passage names as they were before the reform of 1 July 2025 ("Phúc tra trên địa bàn xã Cam Lâm và
Lạng Khê ... LĐLĐ huyện": Con Cuông, Nghệ An).

The communes, wards and towns before the reform are ``enrich/data/communes_former.csv`` (vietnamadminunits 1.0.4,
``scripts/build_gazetteer.py``), read on first use only: the rule is tried only for a bare district union no unit,
source or district the passage names has placed (and ``commune_provinces`` only for a company named by its site's
trade and a place no district has, enrich/unitplaces.py). A commune is read where the passage writes it with its type ("xã
Cam Lâm", "thị trấn Trà Lân", "phường Quang Trung") or lists it right after one ("xã Cam Lâm và Lạng Khê", "các xã
Cam Lâm, Lạng Khê, Mậu Đức"); an untyped name elsewhere is never read (a person's, a district's). Every commune read
must lie in the page's province and, all together, in one district of the mention's type: then the bare union is
that district's. A typed name that is no former commune of that province (a commune elsewhere, a name after the
reform) completes nothing. The passage's date must be before 1 July 2025; undated or later, every commune must be
written as before (no commune of that name and type in the province after the reform).
"""

from __future__ import annotations

import re
from functools import cache

from crawler.textnorm import fold
from enrich import unitresolve as r
from enrich.catalog import DATA, read_csv
from enrich.gazetteer import REFORM_START, Gazetteer
from enrich.unitmention import DISTRICT_TYPES
from enrich.unitnames import Mention
from enrich.unittext import cap_run

FORMER_COMMUNES_CSV = DATA / "communes_former.csv"
_TYPED = re.compile(r"(?<!\w)([Xx]ã|[Pp]hường|[Tt]hị trấn) ")
_LISTED = re.compile(r"(?:,? và |, )")  # the next commune of a list: ", ", " và ", ", và "
_NAME_WORDS = 4  # the longest former commune's name has four words ("Hưng Khánh Trung A")
Commune = tuple[str, str, str, str]  # name, type, district code, province id (before the reform)


@cache
def former_communes() -> dict[str, list[Commune]]:
    """Folded name -> the communes before the reform called so (read once, on first use)."""
    out: dict[str, list[Commune]] = {}
    for row in read_csv(FORMER_COMMUNES_CSV):
        out.setdefault(fold(row["name"]), []).append((row["name"], row["type"], row["district_code"], row["province"]))
    return out


def commune_provinces(name: str) -> set[str]:
    """Ids of the provinces (before the reform) with a commune, ward or town before the reform called ``name``, each
    word with the same marks in any case ("Trà Linh" of Quảng Nam, not "Trà Lĩnh" of Cao Bằng)."""
    words = name.split()
    return {c[3] for c in former_communes().get(fold(name), ())
            if len(c[0].split()) == len(words) and all(map(_same_marks, words, c[0].split()))}


def _same_marks(written: str, listed: str) -> bool:
    return r._marks(written) == r._marks(listed)


@cache
def _districts_by_code(gaz: Gazetteer) -> dict[str, dict[str, str]]:
    """District rows of the package's early-2025 list by code (a former district that shares a code is left out)."""
    out: dict[str, dict[str, str]] = {}
    for rows in gaz.districts.values():
        for row in rows:
            if row.get("code") and row.get("source", "").startswith("vietnamadminunits"):
                out.setdefault(row["code"], row)
    return out


def _in_province(gaz: Gazetteer, listed: str, province_id: str) -> bool:
    """Whether a commune's province (as the package lists it) is ``province_id``: the same, or the one a province
    that ended before the reform became (Huế's communes are listed under the city, Thừa Thiên Huế's before 2025)."""
    if listed == province_id:
        return True
    row = gaz.provinces.get(province_id)
    return row is not None and row.get("successor_id") == listed and (row.get("valid_to") or "9999") < REFORM_START


def _commune(gaz: Gazetteer, text: str, at: int, kind: str, province_id: str) -> tuple[str, set[str], int] | None:
    """The former commune of ``kind`` written at ``at`` in the province: its name, the codes of the districts a
    commune of that name lies in, and where the name ends; None when no name there is one."""
    index = former_communes()
    for name, end in cap_run(text, at, _NAME_WORDS):
        rows = [c for c in index.get(fold(name), ()) if c[1] == kind and _in_province(gaz, c[3], province_id)
                and (name.isascii() or r.tones_agree(name, c[0]))]
        if rows:
            return rows[0][0], {c[2] for c in rows}, end
    return None


def _named(gaz: Gazetteer, text: str, province_id: str) -> dict[tuple[str, str], set[str]] | None:
    """(type, name) -> district codes of every commune the text names with its type or lists after one; None
    when a typed name is no former commune of the province."""
    found: dict[tuple[str, str], set[str]] = {}
    for m in _TYPED.finditer(text):
        kind = m.group(1).lower()
        commune = _commune(gaz, text, m.end(), kind, province_id)
        if commune is None:
            if cap_run(text, m.end(), 1):
                return None  # a place of that type the province had no commune of
            continue  # "xã hội", "phường, xã": no name follows
        while commune is not None:
            name, codes, end = commune
            found[(kind, name)] = codes
            sep = _LISTED.match(text, end)
            commune = _commune(gaz, text, sep.end(), kind, province_id) if sep else None
    return found


def _written_as_before(gaz: Gazetteer, named: dict[tuple[str, str], set[str]], province_id: str) -> bool:
    """Whether no commune named is one of the province's after the reform (communes.csv)."""
    new_id = gaz.new_province_id(province_id)
    return not any(c.get("province_id") == new_id for kind, name in named
                   for c in gaz.communes.get(fold(f"{kind} {name}"), []))


def former_district_union(ctx: r.Context, mention: Mention) -> r.Resolved | None:
    """The union of the one district of the mention's type whose former communes the passage names, or None."""
    kind = mention.place_type
    if kind not in DISTRICT_TYPES or not _TYPED.search(ctx.text):
        return None
    province_id = ctx.first_province(mention)
    if not province_id:
        return None
    named = _named(ctx.gaz, ctx.text, province_id)
    if not named:
        return None
    if (ctx.date is None or ctx.date >= REFORM_START) and not _written_as_before(ctx.gaz, named, province_id):
        return None
    codes = set.intersection(*named.values())
    if len(codes) != 1:
        return None
    place = _districts_by_code(ctx.gaz).get(codes.pop())
    if place is None or not r._same_type(place["type"], kind):
        return None
    row = ctx.gaz.place_unit(place["id"], "ldld-district", ctx.date)
    return r._as_written(r._from_row(row), place["type"], kind) if row else None
