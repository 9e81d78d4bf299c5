"""A commune's union written with the commune's name alone, without its type ("Công đoàn Hòa Khánh, Tây Ninh" in
2026): after the reform of 1 July 2025, where no district of the source's province has the name (enrich/unitresolve.py
``source_district_union``, "Công đoàn Thạnh Trị"), the union of the one commune, ward or special zone of that name in
the province written right after it (", Tây Ninh", with its type or none) or else the one the source or the passage
gives, written with the same tones in any case, named with its type ("Công đoàn xã Hòa Khánh"), as the sets label
a district's union written so ("Công đoàn Thạnh Trị": "Liên đoàn Lao động huyện Thạnh Trị"). Undated, before the
reform, with no province or with two communes of the name there, nothing."""

from __future__ import annotations

import re
from dataclasses import replace

from crawler.textnorm import fold
from enrich.gazetteer import REFORM_START
from enrich.unitareas import commune_unit
from enrich.unitnames import Mention
from enrich.unitresolve import Context, Resolved

_TYPES = ("xã", "phường", "đặc khu")
_AFTER = re.compile(r", ((?:tỉnh |thành phố )?[A-ZĐ][^\W\d_]*(?: [A-ZĐ][^\W\d_]*){0,3})[^\S\n]*(?:$|[\n.;)])", re.M)


def untyped_commune_union(ctx: Context, mention: Mention) -> Resolved | None:
    """The union of the one commune of the mention's province whose name the mention writes without its type."""
    if ctx.date is None or ctx.date < REFORM_START or not mention.names:
        return None
    name = mention.names[0][0]
    if ctx.gaz.find_province(name, ctx.date):
        return None  # "Công đoàn Tây Ninh" is the province's union
    after = _AFTER.match(ctx.text, mention.names[0][1])  # ", Tây Ninh": the province written after it, with no type
    written = ctx.gaz.find_province(after.group(1).strip(), ctx.date) if after else None
    pid = written["id"] if written else ctx.first_province(mention)
    if pid is None:
        return None
    pid = ctx.gaz.new_province_id(pid)
    kinds = [kind for kind in _TYPES for row in ctx.gaz.communes.get(fold(f"{kind} {name}"), [])
             if row["province_id"] == pid and row["short_name"].lower() == name.lower()]
    if len(kinds) != 1:
        return None
    return commune_unit(ctx, replace(mention, kind="commune", place_type=kinds[0], names=mention.names[:1]))
