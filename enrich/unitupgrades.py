"""A district's type on a date: the gazetteer lists a district under its type of early 2025 only ("thị xã Sa Pa"),
and ``enrich/data/district_upgrades.csv`` holds the upgrades of a huyện to a thị xã or thành phố (a thị xã to a
thành phố) with the act that made each and the day it came into force. A union named on a date before an upgrade
is named with the type then in force ("Công đoàn Giáo dục huyện Sa Pa" in 2017), where the passage writes no type of
its own; undated, on or after the upgrade, or for a district with no upgrade held, the listed type."""

from __future__ import annotations

from functools import cache

from enrich.catalog import DATA, read_csv

UPGRADES_CSV = DATA / "district_upgrades.csv"


@cache
def _upgrades() -> dict[str, list[tuple[str, str]]]:
    """District id -> (day in force, type before) of each upgrade, earliest first."""
    out: dict[str, list[tuple[str, str]]] = {}
    for row in read_csv(UPGRADES_CSV):
        out.setdefault(row["district_id"], []).append((row["in_force"], row["type_before"]))
    for steps in out.values():
        steps.sort()
    return out


def type_then(district: dict[str, str], date: str | None) -> str | None:
    """The type ``district`` (a districts.csv row) had on ``date`` where an upgrade came into force after it; else
    None (the listed type stands)."""
    if date is None:
        return None
    for in_force, before in _upgrades().get(district.get("id", ""), ()):
        if date < in_force:
            return before
    return None
