"""A grassroots union's organisation followed by a district's type alone ("Trung tâm Y tế huyện tổ chức", "Công đoàn
Phòng Văn hóa – thông tin huyện"): the district the page or the passage places it in.

- The source's district (the registry's, or a district's own portal in gov.vn: enrich/presshosts.py
  ``portal_district``), where it has that type and the passage names no other district of that type; else, as on a
  page no district places, the one district of that type the passage names ("LĐLĐ huyện Vĩnh Thạnh").
- A district's office (word group ``district_agency``: "Phòng") on such a page, written without its place but with
  its district's type alone after it elsewhere in the passage (the title's "Công đoàn Phòng Văn hóa – thông tin", the
  text's "... thông tin huyện"), or with "thành phố" alone after it where the district is a city: that district's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from crawler.textnorm import fold
from enrich import unitresolve as r
from enrich.unitmention import Mention
from enrich.unittext import cap_run

_BARE_DISTRICT = re.compile(r" (huyện|quận|thị xã)(?= [a-zđ]|[,.;:)]|$)")
_BARE_AFTER = r" {}(?= [a-zđ]|[,.;:)]|$)"  # a type alone after a name, as _BARE_DISTRICT reads it
_CITY = " thành phố"


def _named_other(ctx: r.Context, kind: str, own: str, mention: Mention) -> bool:
    """Whether the passage names a district of type ``kind`` other than the one of id ``own`` ("UBND huyện Tuy An")."""
    heads = r._DISTRICT_HEADS.get(kind)
    if heads is None:
        return False
    for m in heads.finditer(ctx.text):
        names = cap_run(ctx.text, m.end())
        row = r.district(ctx, kind, names, mention) if names else None
        if row is not None and row["id"] != own:
            return True
    return False


def _source_district(ctx: r.Context, kind: str, mention: Mention) -> dict[str, str] | None:
    """The source's district where it has type ``kind`` and the passage names no other of that type."""
    if not ctx.source_district:
        return None
    row = ctx.gaz.district_by_id(ctx.source_district)
    if row is None or row["type"] != kind or _named_other(ctx, kind, row["id"], mention):
        return None
    return row


def bare_district(ctx: r.Context, mention: Mention) -> dict[str, str] | None:
    """The district of a grassroots name followed by its type alone ("Trung tâm Y tế huyện tổ chức"): the source's,
    or where the page places none or the passage names another, the one district of that type the passage names."""
    if mention.kind != "grassroots":
        return None
    tail = _BARE_DISTRICT.match(ctx.text, mention.end)
    if tail is None:
        return None
    typed = replace(mention, place_type=tail.group(1))
    if not ctx.source_district:
        return r._passage_district(ctx, typed, unique=True)
    row = ctx.gaz.district_by_id(ctx.source_district)
    if row is None or row["type"] != tail.group(1):
        return None
    return row if not _named_other(ctx, row["type"], row["id"], typed) else r._passage_district(ctx, typed, unique=True)


def _office(ctx: r.Context, mention: Mention, label: str) -> dict[str, str] | None:
    """A district's office written without its place on a page its district's source places: that district where the
    passage writes the office with the district's type alone after it ("Phòng Văn hóa – thông tin huyện") or the label
    ends with "thành phố" alone and the district is a city."""
    if not ctx.source_district or not label.startswith(tuple(w + " " for w in ctx.gaz.words.get("district_agency", ()))):
        return None
    row = ctx.gaz.district_by_id(ctx.source_district)
    if row is None:
        return None
    if mention.bare_tail and label.endswith(_CITY):
        return _source_district(ctx, "thành phố", mention)
    if re.search(re.escape(label) + _BARE_AFTER.format(re.escape(row["type"])), ctx.text) is None:
        return None
    return _source_district(ctx, row["type"], mention)


def bare_district_label(ctx: r.Context, mention: Mention, label: str) -> str | None:
    """``label`` completed with the district its type alone after it names (``bare_district``, ``_office``), written
    once ("Trung tâm Y tế huyện Ân Thi", "Phòng Tài chính – Kế hoạch thành phố Tuy Hòa"); None where none does."""
    district = bare_district(ctx, mention)
    if district is None and mention.kind == "grassroots":
        district = _office(ctx, mention, label)
    if district is None:
        return None
    label = label.removesuffix(_CITY) if district["type"] == "thành phố" and mention.bare_tail else label
    place = f"{district['type']} {district['short_name']}"
    return label if fold(label).endswith(" " + fold(place)) else f"{label} {place}"
