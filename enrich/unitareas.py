"""Units of areas: industrial-zone unions and, from 1 July 2025, commune-level unions."""

from __future__ import annotations

from crawler.textnorm import fold
from enrich.gazetteer import REFORM_START, unit_slug
from enrich.unitnames import Mention
from enrich.unitresolve import Context, Resolved, _known, _new, province


def zone_unit(ctx: Context, mention: Mention) -> Resolved | None:
    """Công đoàn các Khu công nghiệp / Khu kinh tế of a province (or a named zone)."""
    prov = province(ctx, mention.place_type, mention.names) if mention.names else None
    label = mention.label[:1].replace("k", "K") + mention.label[1:]
    if prov is None and mention.names:
        zone = mention.names[0][0]
        words = zone.split()
        inner = next((ctx.gaz.find_province(" ".join(words[i:]), ctx.date) for i in range(len(words))
                      if ctx.gaz.find_province(" ".join(words[i:]), ctx.date)), None)
        pid = inner["id"] if inner else (ctx.provinces(mention) or [None])[0]
        if pid and ctx.date and ctx.date >= REFORM_START:
            pid = ctx.gaz.new_province_id(pid)  # "khu vực Vĩnh Phúc" lies in Phú Thọ from 1 July 2025
        unit_id = f"cd-kcn-{pid or 'vn'}--{unit_slug(zone)}"
        return _known(ctx, unit_id) or _new(unit_id, f"Công đoàn {label} {zone}", "sector", pid, f"ldld-{pid}" if pid else "tld", "kcn")
    if prov is None:
        provinces = ctx.provinces(mention)
        if not provinces:
            return None
        prov = ctx.gaz.provinces[provinces[0]]
    unit_id = f"cd-kcn-{prov['id']}"
    name = f"Công đoàn {label} {prov['type']} {prov['short_name']}"
    return _known(ctx, unit_id) or _new(unit_id, name, "sector", prov["id"], f"ldld-{prov['id']}", "kcn")


def commune_unit(ctx: Context, mention: Mention) -> Resolved | None:
    """Công đoàn xã/phường/đặc khu: a commune-level union from 1 July 2025, checked in communes.csv."""
    kind = mention.place_type or ""
    for name, _ in mention.names:
        rows = ctx.gaz.communes.get(fold(f"{kind} {name}"), [])
        if not rows:
            continue
        if len(rows) > 1:
            wanted = {ctx.gaz.new_province_id(p) for p in ctx.provinces(mention)}
            rows = [r for r in rows if r["province_id"] in wanted][:1] if wanted else []
        if len(rows) != 1 or (ctx.date is not None and ctx.date < REFORM_START):
            return None
        row = rows[0]
        unit_id = f"cd-{row['id']}"
        parent = ctx.gaz.place_unit(row["province_id"], "ldld-province", REFORM_START)
        return _known(ctx, unit_id) or _new(unit_id, f"Công đoàn {kind} {row['short_name']}", "commune",
                                            row["province_id"], parent["id"] if parent else None, "commune")
    return None
