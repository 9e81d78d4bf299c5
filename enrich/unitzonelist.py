"""Zones' unions listed under one head: "Công đoàn Khu kinh tế Hải Phòng, Khu công nghiệp và chế xuất Hà Nội" is
two unions, the second named with the head's "Công đoàn" (b38u034), as schools or companies listed under one head
are one union each (enrich/unitlists.py); read for enrich/unitnames.py's Reader."""

from __future__ import annotations

import re

from enrich.unitmention import Mention
from enrich.unitplaced import ZONE, PlacedReading

_NEXT_ZONE = re.compile(r", (?=Khu )")  # the next zone of a list, written with its capital as the head's zones are


def zone_list(reader: PlacedReading, mention: Mention) -> list[Mention]:
    """The zones listed after a zone's union named with its place (or by a gazetteer's name), each named with a
    place of its own; a zone with no place ("..., Khu công nghiệp của tỉnh") ends the list."""
    out: list[Mention] = []
    while _placed_zone(reader, mention):
        sep = _NEXT_ZONE.match(reader.text, mention.end)
        zone = ZONE.match(reader.text, sep.end()) if sep is not None else None
        if sep is None or zone is None:
            break
        item = reader._zone(sep.end(), zone)
        if not item.names:
            break
        out.append(item)
        mention = item
    return out


def _placed_zone(reader: PlacedReading, mention: Mention) -> bool:
    """Whether ``mention`` is a zone's union named with its place: read by the zone rule, or a gazetteer's name of
    one ("Công đoàn các Khu công nghiệp tỉnh Hà Nam")."""
    if mention.kind == "kcn":
        return bool(mention.names)
    return mention.kind == "alias" and len(mention.ids) == 1 and reader.gaz.units.get(mention.ids[0], {}).get("kind") == "kcn"
