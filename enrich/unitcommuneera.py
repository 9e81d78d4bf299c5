"""Which side of the reform of 1 July 2025 an undated passage's commune union stands on, read from the passage's
own places before any guess from the gazetteer of after the reform.

A commune's union written with its type and name ("Công đoàn xã Tượng Sơn") is, before the reform, a grassroots
union of its district's commune and, after it, a commune-level union of the new province (enrich/data/README.md).
Dated, the date says which. Undated, the commune is one of before the reform (``former_commune``) where the passage
writes a district right after it (", huyện Thạch Hà": districts ended with the reform), or where the province the
passage gives it (the place after it, the source's, the nearest unit's) has no commune of that type and name after
the reform: "Công đoàn xã Đức Long, huyện Đức Thọ" on Hà Tĩnh's paper is Hà Tĩnh's commune of before, not the
commune of Cao Bằng called so today. With no province, the commune of after the reform stands as before.

A bare "Công đoàn xã" in an undated passage (``addressed_commune``) is the union of the one commune of that type
the passage writes as the reform writes an address, its province right after it and no district anywhere in the
passage ("xã Phú Hoà Đông, TP.HCM"): a commune of that province after the reform, written with the same tones."""

from __future__ import annotations

import re

from crawler.textnorm import fold
from enrich.unitnames import Mention
from enrich.unitresolve import Context, tones_agree
from enrich.unittext import cap_run

# a district written right after the commune: ", huyện Thạch Hà", " (thị xã Kỳ Anh)", ", Q. 3"
_DISTRICT_AFTER = re.compile(r"[^\S\n]*[,(-][^\S\n]*(?:huyện|thị xã|quận|[HQ]\.)[^\S\n]*[A-ZĐ0-9]")
# any district written with its type in the passage
_DISTRICT = re.compile(r"(?<!\w)(?:[Hh]uyện|[Tt]hị xã|[Qq]uận) (?=[A-ZĐ0-9])")
_COMMA = re.compile(r",[^\S\n]*(?:[Tt]ỉnh |[Tt]hành phố )?")  # ", TP.HCM" reads ", thành phố Hồ Chí Minh"


def _new_rows(ctx: Context, kind: str, name: str) -> list[dict[str, str]]:
    return [row for row in ctx.gaz.communes.get(fold(f"{kind} {name}"), [])
            if row["type"] == kind and len(row["short_name"].split()) == len(name.split())
            and tones_agree(name, row["short_name"])]


def former_commune(ctx: Context, mention: Mention) -> bool:
    """Whether the undated ``mention`` of a commune's union names a commune of before the reform."""
    if ctx.date is not None or not mention.names or not mention.place_type:
        return False
    if any(_DISTRICT_AFTER.match(ctx.text, end) for _, end in mention.names[:1]):
        return True
    province = ctx.first_province(mention)
    if province is None:
        return False
    new = ctx.gaz.new_province_id(province)
    return not any(row["province_id"] == new for name, _ in mention.names
                   for row in _new_rows(ctx, mention.place_type, name))


def addressed_commune(ctx: Context, kind: str) -> dict[str, str] | None:
    """The one commune of ``kind`` the undated passage writes with its province right after it and no district."""
    text = ctx.text
    if ctx.date is not None or _DISTRICT.search(text):
        return None
    found: dict[str, dict[str, str]] = {}
    for m in re.finditer(rf"(?<!\w)(?i:{kind}) (?=[A-ZĐ])", text):
        for name, end in cap_run(text, m.end()):
            comma = _COMMA.match(text, end)
            after = cap_run(text, comma.end()) if comma else []
            provinces = {p["id"] for p in (ctx.gaz.find_province(n, None) for n, _ in after) if p}
            new = {ctx.gaz.new_province_id(p) for p in provinces}
            rows = [row for row in _new_rows(ctx, kind, name) if row["province_id"] in new]
            if len(rows) == 1:
                found[rows[0]["id"]] = rows[0]
                break
    return next(iter(found.values())) if len(found) == 1 else None
