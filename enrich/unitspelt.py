"""A sector union named as the passage spells it out: written short or in capitals in one place ("Công đoàn GD&ĐT
huyện X", "CÔNG ĐOÀN GD&ĐT X") and in another under a name of the sector's own with its capitals ("Công đoàn Giáo dục
và Đào tạo huyện"), the one union is named as spelt out wherever it is first written (enrich/data/README.md,
sectors.csv: the passage spells the name out)."""

from __future__ import annotations

from dataclasses import replace

from enrich.unitresolve import Resolved


def spelt_sector_names(resolved: dict[int, Resolved], own: tuple[str, ...]) -> None:
    """Name every mention of a discovered sector union found under two names by the one name that holds a name of
    the sector's own (word group ``sector_own``), where exactly one does."""
    names: dict[str, set[str]] = {}
    for unit in resolved.values():
        if unit.level == "sector" and unit.discovered is not None:
            names.setdefault(unit.unit_id, set()).add(unit.name)
    chosen: dict[str, str] = {}
    for unit_id, written in names.items():
        spelt = [name for name in written if any(f" {word} " in f" {name} " for word in own)]
        if len(written) > 1 and len(spelt) == 1:
            chosen[unit_id] = spelt[0]
    for index, unit in list(resolved.items()):
        name = chosen.get(unit.unit_id)
        if name is not None and unit.name != name:
            discovered = dict(unit.discovered, name=name) if unit.discovered is not None else None
            resolved[index] = replace(unit, name=name, discovered=discovered)
