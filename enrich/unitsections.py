"""A grassroots union the passage also names as a section of one ("Công đoàn bộ phận X", word group ``part``): the
section written short, no unit (enrich/units.py)."""

from __future__ import annotations

import re

from crawler.textnorm import fold
from enrich import unitresolve as r
from enrich.unitmention import Mention

_DASHES = re.compile(r"\s*[-–—]\s*")


def _dashless(text: str) -> str:
    """``text`` folded, its dashes and spacing written alike ("Đảng – Đoàn thể" as "Đảng - Đoàn thể")."""
    return " ".join(_DASHES.sub(" - ", fold(text)).split())


def drop_sections(ctx: r.Context, mentions: list[Mention], resolved: dict[int, r.Resolved]) -> None:
    """A grassroots union first met here whose organisation the passage also calls a section's ("Công đoàn bộ phận
    Văn phòng Đảng - Đoàn thể", a part of a grassroots union, no unit: group ``part``) is that section written
    short: no unit, wherever the passage names it, when the passage names another union it may be part of. With
    no other union, "Đại hội Công đoàn bộ phận trường X" is the congresses of the school's union's sections, but a
    section written by its head alone ("Công đoàn Thư viện" after "Công đoàn bộ phận Thư viện") is still none."""
    text = _dashless(ctx.text)
    parts = {f"cong doan {_dashless(word)} " for word in ctx.gaz.words.get("part", ())}
    sections = {unit.unit_id for i, unit in resolved.items() if unit.level == "grassroots" and unit.discovered
                and mentions[i].label and any(p + _dashless(mentions[i].label) in text for p in parts)}
    if all(unit.unit_id in sections for unit in resolved.values()):  # no other union: only a section written by its
        heads = {fold(w) for group in ("org", "org_cs") for w in ctx.gaz.words.get(group, ())}  # head alone
        sections = {unit.unit_id for i, unit in resolved.items() if fold(mentions[i].label) in heads}
    if not sections:
        return
    for index in [i for i, unit in resolved.items() if unit.unit_id in sections]:
        del resolved[index]
