"""Write the portal registry (GUIDE §3 TOML) for the portals at their current ports."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

from .model import Portal

FAMILY_HINTS = ("sharepoint", "dnn", "wordpress", "joomla", "vendor", "generic")


def _str(value: str) -> str:
    # JSON string escapes are valid TOML basic-string escapes for everything we emit.
    return json.dumps(value, ensure_ascii=False)


def portal_entry(portal: Portal, checked_on: date) -> str:
    family = portal.family if portal.family in FAMILY_HINTS else "generic"
    lines = [
        "[[source]]",
        f"id = {_str(portal.id)}",
        f"name = {_str(portal.name)}",
        f"unit_level = {_str(portal.unit_level)}",
        f"province = {_str(portal.province)}",
    ]
    if portal.district:
        lines.append(f"district = {_str(portal.district)}")
    lines.append(f"url = {_str(portal.base_url)}")
    lines.append("listing_urls = [" + ", ".join(_str(u) for u in portal.listing_urls) + "]")
    lines.append(f"family = {_str(family)}")
    if portal.active_from:
        lines.append(f"active_from = {portal.active_from.isoformat()}")
    if portal.active_until:
        lines.append(f"active_until = {portal.active_until.isoformat()}")
    if portal.unit_id:
        lines.append(f"unit_id = {_str(portal.unit_id)}")
    lines.append(f"allowed_domains = [{_str(portal.host)}]")
    lines.append(f"evidence_url = {_str(portal.base_url)}")
    lines.append(f"checked_on = {checked_on.isoformat()}")
    lines.append("verified = true")
    note = "sample web" + (f" ({portal.kind} portal)" if portal.kind != "normal" else "")
    lines.append(f"notes = {_str(note)}")
    return "\n".join(lines) + "\n"


def registry_toml(portals: Iterable[Portal], checked_on: date) -> str:
    head = "# Portal registry of the sample web (all portals on 127.0.0.1).\n\n"
    return head + "\n".join(portal_entry(p, checked_on) for p in portals)
