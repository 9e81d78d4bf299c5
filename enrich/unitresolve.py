"""Mentions -> gazetteer units, on the article date, with the source and the passage as context.

Named places are looked up by type ("thành phố Sóc Trăng" is the district-level city before
2025, "thành phố Hà Nội" the province); bare references ("LĐLĐ tỉnh", "Công đoàn ngành Y tế")
take the province of the source, of a place after the mention ("..., tỉnh Hà Nam"), of a unit
named in the same passage, or of a place named in it. Units the gazetteer lacks (grassroots,
commune, some sector unions) are created with ids built like the gazetteer's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import cast

from crawler.textnorm import fold
from enrich.gazetteer import LEVEL_RANK, Gazetteer, pick, valid_on
from enrich.unitdistricts import district_province, one_named_province
from enrich.unitnames import DISTRICT_TYPES, PROVINCE_TYPES, Mention
from enrich.unitspecial import Needles, anchored
from enrich.unittext import cap_run
from enrich.unitupgrades import type_then

# after a unit: ", tỉnh X", ", thuộc thành phố X", or an address in parentheses naming its district and then its
# province ("NĐNC phường Xuân Hà (quận Thanh Khê, TP. Đà Nẵng)")
_TRAILING_PLACE = re.compile(r"(?:,| \(|, thuộc| thuộc| \((?:huyện|quận|thị xã|thành phố) [^(),]{1,30},) (?:tỉnh|thành phố) ")
_DISTRICT_HEADS = {kind: re.compile(rf"(?:(?i:{kind})|{party} ủy) (?=[A-ZĐ{digits}])") for kind, party, digits in
                   (("huyện", "Huyện", ""), ("quận", "Quận", "0-9"), ("thị xã", "Thị", ""),
                    ("thành phố", "Thành", ""))}  # "quận 2": numbered; "thành phố X" only a district found by that name
_TOWNS = ("thị xã", "thành phố")  # a town becomes a provincial city: the same district, a new type
# A district keeps its name when it is upgraded ("huyện An Dương" became a quận in 2020, "huyện Phong
# Điền" of Huế a thị xã in 2025); the gazetteer lists it under its newest type only.
_UPGRADES = {"huyện": ("thị xã", "quận", "thành phố"), "thị xã": ("thành phố", "quận"), "quận": ("thành phố",)}
_TYPED_PROVINCE = re.compile(r"(?:[Tt]ỉnh|[Tt]hành phố|Tỉnh ủy|Thành ủy|UBND tỉnh) (?=[A-ZĐ])")  # "Tỉnh" in an address
_DATELINE_PLACE = re.compile(r"(?:^|\n)([A-ZĐ]\w*(?: [A-ZĐ]\w*){1,3}): ")
_TYPED_AT: Needles = (("tỉnh ", (0, 5)), ("Tỉnh ", (0,)), ("hành phố ", (1,)), ("Tỉnh ủy ", (0,)), ("Thành ủy ", (0,)))  # in every match
_LIST_NEXT = re.compile(r"(?:,? và |, )(?:tỉnh |[Tt]hành phố |TP\.? ?)?")  # the next of a list of places
_LIST_TYPE = re.compile(r"(?:tỉnh|[Tt]hành phố|TP\.?) ?$")


@dataclass
class Resolved:
    """A unit a mention resolved to."""

    unit_id: str
    name: str
    level: str
    province_id: str | None
    discovered: dict[str, str] | None = None


@dataclass
class Context:
    """What a bare reference can lean on."""

    gaz: Gazetteer
    date: str | None
    text: str
    source_province: str | None = None  # province id
    source_unit: Resolved | None = None
    source_level: str | None = None  # the source's level, also when it has no name
    source_district: str | None = None  # district id
    site_body: str | None = None  # the body whose own site the page is, from its host (no source's name)
    named: list[tuple[int, Resolved]] = field(default_factory=list)
    typed: list[str] | None = None
    original: str = ""  # the text as written (the view drops abbreviations in parentheses)
    rows: dict[tuple[object, ...], dict[str, str] | None] = field(default_factory=dict)  # look-ups of this article
    expanded_fold: str | None = None  # fold(expand(text)), worked out on first use (enrich/unitplaces.py)
    url: str | None = None  # the page's address, read only for a bare union nothing else completes (enrich/unitsite.py)

    def provinces(self, mention: Mention | None = None) -> list[str]:
        """Province ids to resolve a bare reference with, best first."""
        out: list[str] = []
        if mention is not None:
            tail = _TRAILING_PLACE.match(self.text, mention.end)
            if tail:
                out += [p for p in (self._province(n) for n, _ in cap_run(self.text, tail.end())) if p][:1]
        if self.source_province:
            out.append(self.source_province)
        at = mention.start if mention is not None else 0
        named = sorted(self.named, key=lambda item: (item[0] > at, abs(item[0] - at)))
        out += [r.province_id for _, r in named if r.province_id]
        return list(dict.fromkeys(out + self._typed()))

    def first_province(self, mention: Mention | None = None) -> str | None:
        """``provinces(mention)[0]``, None when there is none, working out only what comes first: the
        place after the mention, the source's province, the nearest unit named, the typed places."""
        if mention is not None:
            tail = _TRAILING_PLACE.match(self.text, mention.end)
            if tail:
                found = next((p for p in (self._province(n) for n, _ in cap_run(self.text, tail.end())) if p), None)
                if found:
                    return found
        if self.source_province:
            return self.source_province
        at = mention.start if mention is not None else 0
        nearest: str | None = None  # the first of the stable sort in provinces(): before ``at`` first, then the nearest
        after, distance = True, 0
        for start, unit in self.named:
            if unit.province_id and (nearest is None or (start > at, abs(start - at)) < (after, distance)):
                nearest, after, distance = unit.province_id, start > at, abs(start - at)
        if nearest is not None:
            return nearest
        typed = self._typed()
        return typed[0] if typed else None

    def _typed(self) -> list[str]:
        """Provinces the passage names with a type ("tỉnh Hà Nam", "Tỉnh ủy Sóc Trăng") or before a colon at
        the start of a line ("Bắc Ninh: 72 đội bóng ..."), in order."""
        if self.typed is None:
            self.typed = []
            for m in _DATELINE_PLACE.finditer(self.text[:200]):  # a headline's "Bắc Ninh: ..." names its province
                self.typed += [p for p in [self._province(m.group(1))] if p][:1]
            for m in anchored(_TYPED_PROVINCE, self.text, _TYPED_AT):
                found = next(((p, end) for p, end in ((self._province(n), end) for n, end in cap_run(self.text, m.end()))
                              if p), None)
                if found is not None and not self._listed(m.start(), found[1]):
                    self.typed.append(found[0])
        return self.typed

    def _listed(self, start: int, end: int) -> bool:
        """Whether the place written from ``start`` to ``end`` is one of a list of provinces ("Đoàn Đồng Tháp,
        TPHCM, Gia Lai, ..."): two more provinces' names next to it, after ", " or "và". Such a list names
        where people come from or go to, not where a unit is."""
        count, pos = 0, end
        while count < 2 and (after := self._place_after(pos)) is not None:
            count, pos = count + 1, after
        pos = start
        while count < 2 and (before := self._place_before(pos)) is not None:
            count, pos = count + 1, before
        return count >= 2

    def _place_after(self, end: int) -> int | None:
        """Where the province's name (typed or not) after ", " or " và " at ``end`` ends, or None."""
        sep = _LIST_NEXT.match(self.text, end)
        if sep is None:
            return None
        return next((stop for name, stop in cap_run(self.text, sep.end()) if self._province(name)), None)

    def _place_before(self, start: int) -> int | None:
        """Where the province's name (typed or not) before ", " at ``start`` starts, or None."""
        if not self.text.endswith(", ", 0, start):
            return None
        words = self.text[max(0, start - 50):start - 2].split(" ")[-4:]
        for i in range(len(words)):
            name = " ".join(words[i:])
            if name[:1].isupper() and self._province(name):
                at = start - 2 - len(name)
                typed = _LIST_TYPE.search(self.text, max(0, at - 10), at)
                return typed.start() if typed else at
        return None

    def _province(self, name: str) -> str | None:
        row = self.gaz.find_province(name, self.date)
        return row["id"] if row else None


def _from_row(row: dict[str, str]) -> Resolved:
    return Resolved(row["id"], row["name"], row.get("level") or "", row.get("province_id") or None)


def _new(unit_id: str, name: str, level: str, province: str | None, parent: str | None, kind: str) -> Resolved:
    row = {"id": unit_id, "name": name, "level": level, "province_id": province or "",
           "parent_id": parent or "", "kind": kind}
    return Resolved(unit_id, name, level, province, discovered=row)


def province_then(ctx: Context, province_id: str, written: str | None = None) -> str:
    """The province ``province_id`` was on the article's date: where it was set up later than that date (the
    city of Huế, centrally governed from 2025-01-01), its one predecessor (Thừa Thiên Huế); undated, the same
    where the passage calls it by the predecessor's type, not its own ("LĐLĐ tỉnh" placed by Huế's districts)."""
    row = ctx.gaz.provinces.get(province_id)
    start = row.get("valid_from") if row is not None else None
    if row is None or not start:
        return province_id
    if (ctx.date or start) >= start and (ctx.date is not None or written in (None, row["type"])):
        return province_id
    before = [p for p in ctx.gaz.provinces.values() if p.get("successor_id") == province_id
              and (p.get("valid_to") or start) < start and (written is None or p["type"] == written)]
    return before[0]["id"] if len(before) == 1 else province_id


def province_union(ctx: Context, province_id: str, written: str | None = None) -> Resolved | None:
    """The provincial union of ``province_id`` on the article's date (``province_then``)."""
    province_id = province_then(ctx, province_id, written)
    key = ("union", province_id)  # the gazetteer's row on the article's date: looked up once an article
    row = ctx.rows[key] if key in ctx.rows else ctx.rows.setdefault(key, ctx.gaz.place_unit(province_id, "ldld-province", ctx.date))
    return _from_row(row) if row else None


def _same_province(ctx: Context, a: str | None, b: str | None) -> bool:
    return bool(a and b and ctx.gaz.new_province_id(a) == ctx.gaz.new_province_id(b))


def _in_province(ctx: Context, rows: list[dict[str, str]], province: str) -> list[dict[str, str]]:
    """The rows of ``province`` itself where any, else those of a province merged with it in 2025: "huyện Châu
    Thành" on Tây Ninh's page is Tây Ninh's, not Long An's, which lies in the same province since July 2025."""
    own = [r for r in rows if r.get("province_id") == province]
    return own or [r for r in rows if _same_province(ctx, r.get("province_id"), province)]


def choose(ctx: Context, ids: list[str], mention: Mention | None = None) -> Resolved | None:
    """One unit among alias candidates: valid on the date, in the context province, highest level.

    Within an article the same candidates written alike give the same unit unless the context's
    provinces decide (they depend on where the mention is): the others are remembered."""
    key = ("choose", *ids, ctx.text[mention.start:mention.end] if mention is not None else None)
    if key in ctx.rows:
        row = ctx.rows[key]
        return _from_row(row) if row is not None else None
    row, placed = _choose(ctx, ids, mention)
    if not placed:
        ctx.rows[key] = row
    return _from_row(row) if row is not None else None


def _choose(ctx: Context, ids: list[str], mention: Mention | None) -> tuple[dict[str, str] | None, bool]:
    """``choose``'s row, and whether the context's provinces were read."""
    rows = [ctx.gaz.units[i] for i in ids if i in ctx.gaz.units]
    if mention is not None and len(rows) > 1:
        rows = _same_tones(ctx.text[mention.start:mention.end], rows)
    dated = [r for r in rows if valid_on(r, ctx.date)] or ([cast(dict[str, str], pick(rows, ctx.date))] if rows else [])
    placed = len({r.get("province_id") for r in dated}) > 1
    if placed:
        for province in ctx.provinces(mention):
            near = _in_province(ctx, dated, province)
            if near:
                dated = near
                break
    dated.sort(key=lambda r: LEVEL_RANK.get(r.get("level", ""), 9))
    if not dated:
        return None, placed
    top = [r for r in dated if r.get("level") == dated[0].get("level")]
    if len({r.get("province_id") for r in top}) > 1:
        return None, placed  # "LĐLĐ huyện Châu Thành" with no province to tell which
    return top[0], placed


def upgraded_namesake(ctx: Context, unit: Resolved, mention: Mention) -> Resolved:
    """A district union listed by its name ("LĐLĐ huyện Phong Điền", Cần Thơ) or, when the context
    places it there, the namesake district of another province since upgraded (Phong Điền of Huế)."""
    if unit.level != "district" or not unit.unit_id.startswith("ldld-"):
        return unit
    kind = next((k for k in DISTRICT_TYPES if f" {k} " in unit.name), None)
    place = ctx.gaz.district_by_id(unit.unit_id[5:]) if kind else None
    then = type_then(place, ctx.date) if place else None
    if then and not any(f" {k} " in f" {ctx.text[mention.start:mention.end]} " for k in DISTRICT_TYPES):
        return _as_written(replace(unit), kind or "", then)  # "LĐLĐ Sa Pa" in 2018: the type then in force
    if kind not in _UPGRADES:
        return unit
    short = _short(unit.name)
    rows = [d for d in ctx.gaz.districts.get(fold(short), [])
            if d["short_name"] == short and d["type"] in _UPGRADES[kind]]
    if not rows:
        return unit
    for province_id in ctx.provinces(mention):
        if _same_province(ctx, unit.province_id, province_id):
            return unit
        near = [d for d in rows if _same_province(ctx, d["province_id"], province_id)]
        if near:
            row = ctx.gaz.place_unit(near[0]["id"], "ldld-district", ctx.date)
            return _as_written(_from_row(row), near[0]["type"], kind) if row else unit
    return unit


def _same_tones(written: str, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The candidates whose name ends as written, tones included ("Thạnh Trị", not "Thanh Trì"), if any."""
    if written.isascii():
        return rows
    tail = written.lower().split()[-2:]
    return [r for r in rows if r["name"].lower().split()[-len(tail):] == tail] or rows


def _marks(word: str) -> tuple[str, ...]:
    """A word's tone and vowel marks and its "đ", wherever the marks sit ("Hoà" and "Hòa" alike)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return tuple(sorted(c for c in decomposed if unicodedata.combining(c) or c == "đ"))


_DASH = re.compile(r" ?[-–] ?")


def tones_agree(written: str, listed: str) -> bool:
    """Whether a place name written with tones can be the listed one: each word written with marks has the
    listed word's marks (a word written without any is read as the listed one, as unaccented text is)."""
    if "-" in written or "–" in written:  # "Phan Rang-Tháp Chàm": the dash a word of its own, as listed
        written, listed = _DASH.sub(" - ", written), _DASH.sub(" - ", listed)
    pairs = zip(written.split(), listed.split(), strict=False)  # a longer written name is compared as far as the listed one goes
    return all(word.isascii() or _marks(word) == _marks(own) for word, own in pairs)


def district(ctx: Context, place_type: str | None, names: list[tuple[str, int]], mention: Mention) -> dict[str, str] | None:
    """The district called by the longest matching name prefix, on the date, in context."""
    wanted = "huyện" if place_type == "huyện đảo" else place_type
    for name, _ in names:
        found = ctx.gaz.districts.get(fold(name), []) + ctx.gaz.districts.get(fold(f"{wanted} {name}"), [])
        exact = [r for r in found if not wanted or r["type"] == wanted]
        # under its type before an upgrade: "thị xã Thuận An" (a city since 2020), "huyện An Dương"
        rows = exact + [r for r in found if r["type"] in _UPGRADES.get(wanted or "", ()) and r not in exact]
        if not name.isascii():  # written with its tones: "Thạnh Trị" is not "Thanh Trì", "là gì" is not "La Gi"
            rows = [r for r in rows if r["short_name"].lower() == name.lower()] or [
                r for r in rows if tones_agree(name, r["short_name"])]
        rows = [r for r in rows if valid_on(r, ctx.date, "valid_from", "valid_to")] or rows
        if len(rows) > 1:
            for province in ctx.provinces(mention):
                near = _in_province(ctx, rows, province)
                if near:
                    rows = near
                    break
        if len({r["province_id"] for r in rows}) > 1:  # no context: the district that has the type as written
            rows = [r for r in rows if r in exact]
        if len({r["province_id"] for r in rows}) == 1:
            return pick(rows, ctx.date, "valid_from", "valid_to")
    return None


def province(ctx: Context, place_type: str | None, names: list[tuple[str, int]]) -> dict[str, str] | None:
    for name, _ in names:
        row = ctx.gaz.find_province(name, ctx.date)
        if row is not None and (place_type is None or place_type in PROVINCE_TYPES):
            return row
    return None


def place_unit(ctx: Context, mention: Mention) -> Resolved | None:
    """LĐLĐ (or "Công đoàn" in a congress name) of a named place."""
    kind = mention.place_type
    if kind == "thành phố" or kind is None:
        prov = province(ctx, kind, mention.names)
        if prov is not None and (prov["type"] == "thành phố" or kind is None):
            return province_union(ctx, prov["id"])
        dist = district(ctx, kind, mention.names, mention)
        if dist is not None:  # untyped, the type in force on the date ("LĐLĐ Sa Pa" in 2018: huyện)
            row = ctx.gaz.place_unit(dist["id"], "ldld-district", ctx.date)
            return _as_written(_from_row(row), dist["type"], kind or type_then(dist, ctx.date)) if row else None
        return province_union(ctx, prov["id"]) if prov is not None else None
    if kind == "tỉnh":
        prov = province(ctx, kind, mention.names)
        return province_union(ctx, prov["id"]) if prov else None
    dist = district(ctx, kind, mention.names, mention)
    if dist is None:
        return None
    row = ctx.gaz.place_unit(dist["id"], "ldld-district", ctx.date)
    return _as_written(_from_row(row), dist["type"], kind) if row else None


def _as_written(unit: Resolved, listed: str, written: str | None) -> Resolved:
    """A district's union under the type the text gives it ("LĐLĐ thị xã Thuận An" before it became a
    city, "LĐLĐ huyện An Dương" before it became a quận)."""
    marker = f" {listed} "
    upgraded = listed in _UPGRADES.get(written or "", ()) or (written in _TOWNS and listed in _TOWNS)
    if written and written != listed and upgraded and marker in unit.name:
        unit.name = unit.name.replace(marker, f" {written} ", 1)
    return unit


def bare_unit(ctx: Context, mention: Mention) -> Resolved | None:
    """A bare "LĐLĐ tỉnh/thành phố/huyện": the context's unit of that type."""
    kind = mention.place_type
    if kind == "tỉnh" or (kind == "thành phố" and _city(ctx, mention)):
        pid = ctx.first_province(mention)
        if pid:
            return province_union(ctx, pid, kind)
        pid = district_province(ctx.gaz, ctx.text, ctx.date) if kind == "tỉnh" else None
        if pid is not None:  # placed by the districts the passage names
            return province_union(ctx, pid, kind)
        pid = one_named_province(ctx.gaz, ctx.text, ctx.date) if kind == "tỉnh" else None
        if pid is not None:  # placed by the one province the passage names ("... tại Thái Bình")
            return province_union(ctx, pid, kind)
        if kind == "tỉnh":
            return _new("ldld-unknown-province", "Liên đoàn Lao động tỉnh", "province", None, "tld", "ldld-province")
        return None
    for _, named in sorted(ctx.named, key=lambda item: -item[0]):
        if named.level == "district" and f" {kind} " in named.name + " ":
            return named
    unit = ctx.source_unit
    if unit is not None and unit.level == "district" and unit.unit_id.startswith("ldld-") \
            and (kind != "thành phố" or " thành phố " in unit.name):
        return unit  # the publishing district union itself
    place = _passage_district(ctx, mention, unique=True)  # "... quận Cầu Giấy": the district the passage names
    if place is None:
        place = _source_district(ctx, mention)
    if place is not None:
        row = ctx.gaz.place_unit(place["id"], "ldld-district", ctx.date)
        return _as_written(_from_row(row), place["type"], kind) if row else None
    if kind == "thành phố":  # no city district either: the one centrally-run city named ("Công nhân Đà Nẵng")
        pid = one_named_province(ctx.gaz, ctx.text, ctx.date)
        if pid is not None and ctx.gaz.provinces[pid].get("type") == "thành phố":
            return province_union(ctx, pid, kind)
    return None


def _same_type(district_type: str, kind: str | None) -> bool:
    kind = "huyện" if kind == "huyện đảo" else kind or ""
    return kind == district_type or district_type in _UPGRADES.get(kind, ())


def source_district_union(ctx: Context, mention: Mention) -> Resolved | None:
    """"Công đoàn <district>" without a type: the union of that district of the source's province, if one."""
    if not ctx.source_province or not mention.names or ctx.gaz.find_province(mention.names[0][0], ctx.date):
        return None  # "Công đoàn Sóc Trăng" may be the province's union or its city's
    name = mention.names[0][0]
    rows = [d for d in ctx.gaz.districts.get(fold(name), []) if d["province_id"] == ctx.source_province
            and (name.isascii() or d["short_name"].lower() == name.lower())]  # Thạnh Trị is not Thanh Trì
    rows = [d for d in rows if valid_on(d, ctx.date, "valid_from", "valid_to")]
    if len(rows) != 1:
        return None
    row = ctx.gaz.place_unit(rows[0]["id"], "ldld-district", ctx.date)
    return _from_row(row) if row else None


def _city(ctx: Context, mention: Mention) -> bool:
    """A bare "thành phố" that means a centrally-run city of the context."""
    pid = ctx.first_province(mention)
    if not pid:
        return False
    return ctx.gaz.provinces[pid].get("type") == "thành phố"


def _source_district(ctx: Context, mention: Mention) -> dict[str, str] | None:
    """The source's own district when it has the mention's type."""
    if not ctx.source_district:
        return None
    row = ctx.gaz.district_by_id(ctx.source_district)
    return row if row is not None and _same_type(row["type"], mention.place_type) else None


def _passage_district(ctx: Context, mention: Mention, unique: bool = False) -> dict[str, str] | None:
    """The district of the mention's type the passage names ("UBND huyện X", "Huyện ủy X"), nearest
    first; with ``unique``, None when the passage names more than one."""
    kind = "huyện" if mention.place_type == "huyện đảo" else mention.place_type or ""
    heads = _DISTRICT_HEADS.get(kind)
    if heads is None:
        return None
    found = []
    for m in heads.finditer(ctx.text):
        names = cap_run(ctx.text, m.end())
        row = district(ctx, kind, names, mention) if names else None
        if row is not None:
            found.append((abs(m.start() - mention.start), row))
    if unique and len({row["id"] for _, row in found}) > 1:
        return None
    return min(found, key=lambda item: item[0])[1] if found else None


def _short(name: str) -> str:
    for kind in DISTRICT_TYPES:
        marker = f" {kind} "
        if marker in name:
            return name.split(marker, 1)[1]
    return name


def _known(ctx: Context, unit_id: str) -> Resolved | None:
    row = ctx.gaz.units.get(unit_id)
    return _from_row(row) if row else None
