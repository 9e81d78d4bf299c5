"""Units of areas: industrial-zone unions and, from 1 July 2025, commune-level unions."""

from __future__ import annotations

import re

from crawler.textnorm import fold
from enrich.gazetteer import REFORM_START, unit_slug
from enrich.unitcommuneera import addressed_commune
from enrich.unitnames import Mention
from enrich.unitresolve import Context, Resolved, _known, _new, province
from enrich.unittext import cap_run


def zone_unit(ctx: Context, mention: Mention) -> Resolved | None:
    """Công đoàn các Khu công nghiệp / Khu kinh tế of a province (or a named zone). Not one written all in
    lower case with no place ("công đoàn các khu công nghiệp": unions of that kind), nor one after "Ban"
    ("Ban Công đoàn Khu công nghiệp tỉnh": a department of the provincial union)."""
    written = ctx.text[mention.start:mention.end]
    if (not mention.names and not mention.place_type and written == written.lower()) or \
            ctx.text[:mention.start].endswith("Ban "):
        return None
    prov = province(ctx, mention.place_type, mention.names) if mention.names else None
    label = mention.label[:1].replace("k", "K") + mention.label[1:]
    parks = _AND_PARKS.match(mention.names[0][0]) if mention.names and prov is None else None
    if parks and (unit := _with_parks(ctx, mention, label, parks)) is not None:
        return unit
    if prov is None and mention.names:
        zone = mention.names[0][0]
        words = zone.split()
        at = next((i for i in range(len(words)) if ctx.gaz.find_province(" ".join(words[i:]), ctx.date)), None)
        inner = ctx.gaz.find_province(" ".join(words[at:]), ctx.date) if at is not None else None
        pid = inner["id"] if inner else _district_of(ctx, words) or ctx.first_province(mention)
        if pid and ctx.date and ctx.date >= REFORM_START:
            pid = ctx.gaz.new_province_id(pid)  # "khu vực Vĩnh Phúc" lies in Phú Thọ from 1 July 2025
        # "Đông Nam Nghệ An" and, on Nghệ An's pages, "Đông Nam": one zone (not "khu vực Phú Thọ", a description)
        key = " ".join(words[:at]) if at and all(w[:1].isupper() for w in words[:at]) else zone
        unit_id = f"cd-kcn-{pid or 'vn'}--{unit_slug(key)}"
        return _known(ctx, unit_id) or _new(unit_id, f"Công đoàn {label} {zone}", "sector", pid, f"ldld-{pid}" if pid else "tld", "kcn")
    if prov is None:
        pid = ctx.first_province(mention)
        if not pid:
            return None
        prov = ctx.gaz.provinces[pid]
    unit_id = f"cd-kcn-{prov['id']}"
    name = f"Công đoàn {label} {prov['type']} {prov['short_name']}"
    return _known(ctx, unit_id) or _new(unit_id, name, "sector", prov["id"], f"ldld-{prov['id']}", "kcn")


def _district_of(ctx: Context, words: list[str]) -> str | None:
    """The province of the district a zone is named after ("Khu công nghiệp Biên Hòa": the city of Biên Hòa, Đồng
    Nai), by its last one to three words as the district's name is written, where one province only has it."""
    for count in range(min(3, len(words)), 0, -1):
        name = " ".join(words[-count:])
        pids = {d["province_id"] for d in ctx.gaz.districts.get(fold(name), []) if d["short_name"] == name}
        if len(pids) == 1:
            pid = pids.pop()
            return ctx.gaz.earlier_province(pid, ctx.date) or pid  # after the 2025 reform: mapped by the caller
    return None


_AND_PARKS = re.compile(r"(.+ và các )[Kk]hu [Cc]ông nghiệp(?: (tỉnh|thành phố))?(?: (.+))?$")


def _with_parks(ctx: Context, mention: Mention, label: str, parks: re.Match[str]) -> Resolved | None:
    """A zone's union whose name goes on with "và các Khu công nghiệp" and its province (enrich/unitorgs.py
    ``zone_names``): one unit however the passage writes the province ("... tỉnh Thanh Hoá", "... Quảng Ngãi",
    "... tỉnh" bare on the province's pages, completed), named as written or, bare, with the province in full."""
    written = parks.group(3)
    row = ctx.gaz.find_province(written, ctx.date) if written else None
    pid = row["id"] if row else None if written else ctx.first_province(mention)
    row = ctx.gaz.provinces.get(pid or "")
    if row is None:
        return None
    if pid and ctx.date and ctx.date >= REFORM_START:
        pid = ctx.gaz.new_province_id(pid)
    zone = f"{parks.group(1)}Khu công nghiệp"
    unit_id = f"cd-kcn-{pid}--{unit_slug(zone)}"
    place = f" {parks.group(2)}" if parks.group(2) else "" if written else f" {row['type']}"
    place += f" {row['short_name']}"  # the gazetteer's spelling of the province ("Thanh Hoá": "Thanh Hóa")
    return _known(ctx, unit_id) or _new(unit_id, f"Công đoàn {label} {zone}{place}", "sector", pid, f"ldld-{pid}", "kcn")


_SOCIAL = re.compile(r" hội(?!\w)")  # "xã hội", "xã hội hóa"


def commune_unit(ctx: Context, mention: Mention) -> Resolved | None:
    """Công đoàn xã/phường/đặc khu: a commune-level union from 1 July 2025, checked in communes.csv.
    A bare "Công đoàn phường" is the union of the one commune of that type the passage names, or where it
    names several, of the one its own sentence names before it ("Tại phường Phú Thạnh, TP HCM, Công đoàn
    phường ...")."""
    kind = mention.place_type or ""
    if not mention.names and _SOCIAL.match(ctx.text, mention.end):
        return None  # "Công đoàn xã hội nghề nghiệp": no commune
    if mention.names:
        row = _commune(ctx, kind, mention.names, mention)
    elif ctx.date is None:  # undated: the one commune written as the reform writes an address
        row = addressed_commune(ctx, kind)
    elif ctx.date < REFORM_START:
        return None
    else:
        named = _named_communes(ctx, kind, mention, 0, len(ctx.text))
        if len(named) > 1:  # several: the one the mention's sentence names before it
            named = _named_communes(ctx, kind, mention, _sentence_start(ctx.text, mention.start), mention.start)
        row = next(iter(named.values())) if len(named) == 1 else None
    if row is None or (ctx.date is not None and ctx.date < REFORM_START):
        return None
    unit_id = f"cd-{row['id']}"
    parent = ctx.gaz.place_unit(row["province_id"], "ldld-province", REFORM_START)
    return _known(ctx, unit_id) or _new(unit_id, f"Công đoàn {kind} {row['short_name']}", "commune",
                                        row["province_id"], parent["id"] if parent else None, "commune")


def _commune(ctx: Context, kind: str, names: list[tuple[str, int]], mention: Mention) -> dict[str, str] | None:
    """The commune of ``kind`` called by the longest of ``names`` that one commune has."""
    for name, _ in names:
        rows = ctx.gaz.communes.get(fold(f"{kind} {name}"), [])
        if not rows:
            continue
        wanted = {ctx.gaz.new_province_id(p) for p in ctx.provinces(mention)}
        if len(rows) > 1:
            rows = [r for r in rows if r["province_id"] in wanted][:1] if wanted else _of_bare_type(ctx, rows)
        elif wanted and rows[0]["province_id"] not in wanted:
            return None  # the passage's provinces have none called so: no guess from elsewhere
        return rows[0] if len(rows) == 1 else None
    return None


# the province's federation written with its type alone: "Liên đoàn Lao động tỉnh", "LĐLĐ thành phố"
_BARE_FEDERATION = re.compile(r"(?<!\w)(?:Liên đoàn Lao động|LĐLĐ) (tỉnh|thành phố)(?!\w)")


def _of_bare_type(ctx: Context, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Communes of one name in several provinces, on a page that places none of them: the one in a province of the
    one type the passage writes its federation with alone ("Công đoàn phường Đông Hải" beside "Liên đoàn Lao động
    tỉnh": Khánh Hòa's ward, not the city of Hải Phòng's), where only one lies in a province of that type."""
    text = ctx.text
    types = {m.group(1) for m in _BARE_FEDERATION.finditer(text) if not text[m.end() + 1:m.end() + 2].isupper()}
    if len(types) != 1:
        return []
    kind = types.pop()
    return [r for r in rows if ctx.gaz.provinces.get(r["province_id"], {}).get("type") == kind]


_SENTENCE_END = re.compile(r"[.!?\n]\s")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after the last full stop or line break before it)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, pos)]
    return ends[-1] if ends else 0


def _named_communes(ctx: Context, kind: str, mention: Mention, start: int, end: int) -> dict[str, dict[str, str]]:
    """The communes of ``kind`` named between ``start`` and ``end`` ("phường Phú Thạnh"), by id."""
    found = (_commune(ctx, kind, cap_run(ctx.text, m.end()), mention)
             for m in re.compile(rf"(?<!\w)(?i:{kind}) (?=[A-ZĐ0-9])").finditer(ctx.text, start, end))
    return {r["id"]: r for r in found if r}
