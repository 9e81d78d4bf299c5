"""Where a grassroots unit lies whose name ends with a commune, ward or special zone of after the reform of 1 July
2025, written with its type ("Công đoàn Cơ quan phường Chánh Hiệp", 2026: Hồ Chí Minh City): the one province
that has a commune of that type and name (``enrich/data/communes.csv``), written with the same tones in any case.

Read only for a passage dated on or after the reform (the communes of before it, by district, are other units with
the same names) and only where neither the source nor the passage places the unit otherwise
(enrich/unitplaces.py ``named_place``); a name two provinces' communes share places nothing."""

from __future__ import annotations

import re

from crawler.textnorm import fold
from enrich.gazetteer import REFORM_START, Gazetteer

_TYPED_END = re.compile(r"(?<!\w)(xã|phường|đặc khu) ((?:[A-ZĐ0-9][\w'-]*)(?: [A-ZĐ0-9][\w'-]*){0,3})$",
                        re.IGNORECASE)


def ward_province(gaz: Gazetteer, label: str, date: str | None) -> str | None:
    """Province id of the one commune of after the reform whose type and name end ``label``, on a ``date`` from
    the reform on; else None."""
    if date is None or date < REFORM_START:
        return None
    m = _TYPED_END.search(label)
    if m is None or not m.group(2)[:1].isupper():
        return None
    kind, name = m.group(1).lower(), m.group(2)
    rows = [row for row in gaz.communes.get(fold(f"{kind} {name}"), [])
            if row["type"] == kind and row["short_name"].lower() == name.lower()]
    provinces = {row["province_id"] for row in rows}
    return provinces.pop() if len(provinces) == 1 else None
