"""A grassroots body's name that ends with its place's type alone ("Bệnh viện Đa khoa Tỉnh", "Bệnh viện đa khoa
Thành phố"), completed with the place the unit lies in.

A province's type is completed with the province. A city's: in a centrally-run city, written in lower case, with the
city ("... thành phố Cần Thơ"), capitalised, kept as written (the city's own body as the city names it: "Bệnh viện Nhi
Đồng Thành Phố", and so written short, "Công ty cp Vật tư Tổng hợp TP"); in a province, with the province's name where the province has a city of that name (the city of
Hà Tĩnh in Hà Tĩnh), else kept as written (no "thành phố Nghệ An": Nghệ An's city is Vinh, which the name does not
say).
"""

from __future__ import annotations

import re

from crawler.textnorm import fold
from enrich.gazetteer import Gazetteer

_CITY_OWN_ENDS = (" Thành phố", " Thành Phố")


def completed_tail(gaz: Gazetteer, label: str, pid: str, original: str = "") -> str:
    """``label``, ending with a bare "tỉnh" or "thành phố" in any case, completed with its place in ``pid``;
    ``original``, the text as written, tells a city's type written short ("TP", spelt out in the view)."""
    row = gaz.provinces[pid]
    place = f"{label} {row['short_name']}"
    if not label.lower().endswith(" thành phố"):
        return place
    if row["type"] == "thành phố":
        return label if label.endswith(_CITY_OWN_ENDS) or _short_type(label, original) else place
    return place if _city_of_its_name(gaz, row) else label


def _city_of_its_name(gaz: Gazetteer, row: dict[str, str]) -> bool:
    """Whether a province has a city (district level) of its own name."""
    return any(d["province_id"] == row["id"] and d["type"] == "thành phố" and d["short_name"] == row["short_name"]
               for d in gaz.districts.get(fold(row["short_name"]), []))


def _short_type(label: str, original: str) -> bool:
    """Whether the text writes the word before ``label``'s "thành phố" followed by the type short, "TP"."""
    words = label.split()
    if len(words) < 3 or not original:
        return False
    return re.search(rf"(?<!\w){re.escape(words[-3])} T[Pp](?![\w.])", original) is not None
