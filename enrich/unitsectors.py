"""Sector unions of a province or a district ("Công đoàn ngành Giáo dục tỉnh X", "Công đoàn Giáo dục
huyện Y"): named, or bare and resolved from the units and places of the passage and from the source."""

from __future__ import annotations

import re
from dataclasses import replace

from crawler.textnorm import fold
from enrich.unitnames import DISTRICT_TYPES, Mention
from enrich.unitresolve import (
    Context,
    Resolved,
    _as_written,
    _city,
    _from_row,
    _known,
    _new,
    _passage_district,
    _short,
    _source_district,
    district,
    province,
)
from enrich.unittext import cap_run, fold_view, skip_space, starts_with, tokens
from enrich.unitupgrades import type_then


def sector_unit(ctx: Context, mention: Mention) -> Resolved | None:
    """A provincial or district sector union (education, health, civil servants, police...)."""
    if mention.sector is None:
        named = _named_sector(ctx, mention)
        if named is None:
            return None
        mention = named
    row = mention.sector or {}
    key, label = row.get("key", ""), row.get("name") or mention.label  # one name per unit: "Giáo dục và đào tạo" -> "Giáo dục"
    prefix = "Công đoàn " + ("ngành " if mention.nganh else "")
    typed_district = mention.place_type in DISTRICT_TYPES[:4]
    written_province = province(ctx, mention.place_type, mention.names) if mention.names else None
    # "Công đoàn Giáo dục thành phố Bắc Giang": a city of a province's name that is no city is the district's
    # (as place_unit reads "LĐLĐ thành phố Sóc Trăng"); the province itself when no such district is found
    city_of_province = mention.place_type == "thành phố" and written_province is not None \
        and written_province["type"] != "thành phố"
    dist = None
    if typed_district or city_of_province or (mention.names and written_province is None):
        dist = district(ctx, mention.place_type, mention.names, mention) if mention.names else None
        if dist is None and typed_district:
            dist = _named_district(ctx, mention) or _passage_district(ctx, mention) or _source_district(ctx, mention)
        if dist is None and (typed_district or not mention.place_type):
            return None  # a district union is never made a provincial one
    if dist is None and mention.place_type == "thành phố" and not mention.names and not _city(ctx, mention):
        dist = _source_district(ctx, mention)  # "Công đoàn Giáo dục thành phố" on a page of that city
    if dist is not None:
        unit_id = f"cd-{dist['id']}--{key}"
        name = f"{prefix}{label} {dist['type']} {dist['short_name']}"
        parent = f"ldld-{dist['id']}"
        unit = _known(ctx, unit_id) or _new(unit_id, name, "sector", dist["province_id"], parent, "sector-district")
        written = mention.place_type or type_then(dist, ctx.date)  # untyped, the type in force on the date
        return _as_written(unit, dist["type"], written)  # "huyện Đông Triều" before it was a city
    prov = province(ctx, mention.place_type, mention.names) if mention.names else None
    if prov is None:
        mention.end = mention.type_end or mention.end
        if ctx.text[mention.end:mention.end + 8] == " các cấp":
            return None  # "Công đoàn viên chức các cấp": the sector's unions at every level, no one unit
        if key == "vien-chuc" and not mention.place_type and _members(ctx, mention):
            return None
        if not (mention.nganh or mention.place_type or key == "vien-chuc" or _source_of_sector(ctx, label)):
            return _unplaced_central(ctx, mention, label)
        if mention.place_type == "thành phố" and not _city(ctx, mention):
            return None
        in_title = ctx.text.find("\n", 0, mention.start) == -1  # the title's line: the text after it is read as before it
        central = _central_named(ctx, label, len(ctx.text) if in_title else mention.start) \
            if not mention.place_type and ctx.source_province is None else None
        if central is not None:
            return central
        first = ctx.first_province(mention) or _department_province(ctx, label)
        if not first:
            return _unplaced_central(ctx, mention, label)
        prov = ctx.gaz.provinces[first]
    pid = prov["id"]
    unit_id = f"cdvc-{pid}" if key == "vien-chuc" else f"cd-{pid}--{key}"
    written = label if label.startswith("các ") else label[:1].upper() + label[1:]  # "Công đoàn các cơ quan Đảng"
    name = f"{prefix}{written} {prov['type']} {prov['short_name']}"
    return _known(ctx, unit_id) or _new(unit_id, name, "sector", pid, f"ldld-{pid}", "sector-province")


def _central_named(ctx: Context, label: str, before: int) -> Resolved | None:
    """The sector's central union the passage names before ``before`` ("Công đoàn Y tế Việt Nam"), which a bare
    "Công đoàn ngành Y tế" after it on a page no source places is: the provinces of the hospitals it names are
    theirs, not the sector union's. A title comes before its text: a bare one in the title is the central union its
    text names ("CĐ ngành Giáo dục hỗ trợ ..." over "... của Công đoàn Giáo dục Việt Nam", b29u041)."""
    want = fold(f"Công đoàn {label} Việt Nam")
    for at, named in ctx.named:
        if at < before and named.level == "sector" and not named.province_id and fold(named.name) == want:
            return named
    return None


def _members(ctx: Context, mention: Mention) -> bool:
    """Whether a bare "công đoàn viên chức" names the union's members, not the civil servants' union: written all
    in lower case ("nữ công đoàn viên chức", the members who are civil servants) or followed by a word of group
    members_after ("Công đoàn viên chức lao động", its civil servants and workers)."""
    if ctx.text[mention.start:mention.start + 14] == "công đoàn viên":
        return True
    return starts_with(ctx.text, skip_space(ctx.text, mention.end), ctx.gaz.words.get("members_after", ()),
                       exact=True) is not None


def _unplaced_central(ctx: Context, mention: Mention, label: str) -> Resolved | None:
    """A sector's union written without a place ("Công đoàn giáo dục") on a page nothing places (no source, no place
    or placed unit in the passage, no department of the sector's with its province): the sector's central union,
    where the gazetteer has one ("Công đoàn Giáo dục Việt Nam", b25u004: the union a ministry agreed its guidance
    with), as the sets label a central sector union; else nothing. A province's name anywhere, or a province's
    department ("Sở Y tế"), is a place enough: nothing is read then."""
    if mention.place_type or ctx.source_unit is not None or ctx.source_province or ctx.first_province(mention) \
            or _DEPARTMENT.search(ctx.text) or _names_province(ctx):
        return None
    ids = ctx.gaz.aliases.get(fold(f"Công đoàn {label} Việt Nam"), [])
    row = ctx.gaz.units.get(ids[0]) if len(ids) == 1 else None
    return _from_row(row) if row is not None and row.get("level") == "sector" else None


def _names_province(ctx: Context) -> bool:
    """Whether the passage writes a province's name anywhere, typed or not, in a list or not ("Đoàn Đồng Tháp, Gia
    Lai", "Sở Tài chính Long An"): a page that names a province is placed enough to leave a bare sector union unread."""
    folded = fold_view(ctx.text)
    return any(_word_in(folded, name) for name in _province_names(ctx))


def _province_names(ctx: Context) -> tuple[str, ...]:
    return tuple({fold(row["short_name"]) for row in ctx.gaz.provinces.values()})


def _word_in(folded: str, name: str) -> bool:
    at = folded.find(name)
    while at != -1:
        end = at + len(name)
        if (not at or not folded[at - 1].isalnum()) and (end == len(folded) or not folded[end].isalnum()):
            return True
        at = folded.find(name, at + 1)
    return False


def _source_of_sector(ctx: Context, label: str) -> bool:
    """Whether the source is a provincial body of the sector ("Công đoàn Giao thông vận tải" on the portal
    of the Sở Giao thông vận tải tỉnh Bắc Kạn): a bare sector union there is the province's."""
    src = ctx.source_unit
    return (src is not None and src.level in ("province", "sector") and ctx.source_province is not None
            and not src.unit_id.startswith(("ldld-", "tld", "cd-")) and f" {fold(label)} " in f" {fold(src.name)} ")


def _department_province(ctx: Context, label: str) -> str | None:
    """The province of the sector's department the passage names ("Sở Giáo dục và Đào tạo Hà Nội phối hợp với
    Công đoàn ngành Giáo dục"): the first province name in the six words after "Sở <sector>"."""
    at = ctx.text.find(f"Sở {label[:1].upper()}{label[1:]}")
    if at == -1:
        return None
    for tok, start, _ in tokens(ctx.text, at + 4 + len(label), 6):
        if tok[:1].isupper():
            found = next((p for p in (ctx._province(n) for n, _ in cap_run(ctx.text, start)) if p), None)
            if found:
                return found
    return None


def _named_district(ctx: Context, mention: Mention) -> dict[str, str] | None:
    for _, named in sorted(ctx.named, key=lambda item: -item[0]):
        if named.level == "district" and named.unit_id.startswith("ldld-"):
            row = ctx.gaz.units.get(named.unit_id)
            if row and row.get("district_id"):
                return next((d for d in ctx.gaz.districts.get(fold(_short(row["name"])), [])
                             if d["id"] == row["district_id"]), None)
    return None


_NGANH = re.compile(r"(?<!\w)nganh ")
_DEPARTMENT = re.compile(r"(?<!\w)Sở (?=[A-ZĐ])")  # a province's department: the page is a province's
_PLACE_AFTER = re.compile(r" (tỉnh|thành phố) (?=[A-ZĐ])")


def _named_sector(ctx: Context, mention: Mention) -> Mention | None:
    """A bare "Công đoàn ngành": the one sector the passage names as "ngành <sector>" ("Ngành Giao thông
    Vận tải tỉnh Nghệ An"), with the province written after it, if any."""
    folded = fold_view(ctx.text)
    found: dict[str, tuple[dict[str, str], int]] = {}
    for m in _NGANH.finditer(folded):
        if m.start() == mention.start + len("Công đoàn "):
            continue
        key = next((k for k in ctx.gaz.sector_keys if folded.startswith(k, m.end())
                    and not folded[m.end() + len(k):m.end() + len(k) + 1].isalnum()), None)
        if key is not None:
            row = ctx.gaz.sectors[key]
            found.setdefault(row["key"], (row, m.end() + len(key)))
    if len(found) != 1:
        return None
    row, end = next(iter(found.values()))
    place = _PLACE_AFTER.match(ctx.text, end)
    names = cap_run(ctx.text, place.end()) if place else []
    return replace(mention, sector=row, label=row["name"], place_type=place.group(1) if place else None, names=names)
