"""The province a passage is in when only its districts say so ("... ở phường Bách Quang (thành phố
Sông Công) và xã Điềm Thụy (huyện Phú Bình)"): every district it names with a type lies in that one
province, as on the article date."""

from __future__ import annotations

import re

from crawler.textnorm import fold
from enrich.gazetteer import Gazetteer, valid_on
from enrich.unittext import cap_run

_TYPED_DISTRICT = re.compile(r"(?<!\w)(?:huyện|quận|thị xã|thành phố) (?=[A-ZĐ])")


def district_province(gaz: Gazetteer, text: str, date: str | None) -> str | None:
    """Id of the one province whose districts the text names with their type, or None when it names
    none, a district of several provinces, or districts of two provinces."""
    found: set[str] = set()
    for m in _TYPED_DISTRICT.finditer(text):
        names = cap_run(text, m.end(), 3)
        for candidate in [n for n, _ in names]:  # the longest that is a district: "Sông Công", "Phú Bình"
            rows = [d for d in gaz.districts.get(fold(candidate), [])
                    if d["short_name"].lower() == candidate.lower() and valid_on(d, date, "valid_from", "valid_to")]
            if rows:
                name = candidate
                break
        else:
            continue
        pids = {d["province_id"] for d in gaz.districts[fold(name)] if d["short_name"].lower() == name.lower()}
        if len(pids) != 1:
            return None
        found |= pids
    if len(found) != 1:
        return None
    pid = found.pop()
    row = gaz.provinces.get(pid)
    return pid if row is not None and valid_on(row, date, "valid_from", "valid_to") else None
