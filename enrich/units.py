"""Union units of an article: the publisher, the units it is about, the units it mentions.

1. the publisher is the registry source's unit, always set when the source is known;
2. every unit named in the title or text (enrich/unitnames.py) is resolved to the gazetteer on
   the article date (enrich/unitresolve.py): full names and abbreviations, places typed or not,
   bare references from the source and the passage, units first seen (grassroots, commune,
   sector) created with stable ids;
3. a unit named in the title or the first sentence is a subject; elsewhere it is mentioned.
Each tag carries the province as of the article date and the province since 1 July 2025.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import cache

from crawler.textnorm import fold
from enrich import unitplaces as places
from enrich import unitresolve as r
from enrich.gazetteer import REFORM_START, gazetteer, unit_slug
from enrich.tags import MENTIONED, PUBLISHER, SUBJECT, UnitTag
from enrich.unitareas import commune_unit, zone_unit
from enrich.unitbaredistrict import bare_district, bare_district_label
from enrich.unitbrands import brand_of, brands, written_name
from enrich.unitcommuneera import former_commune
from enrich.unitcommunename import untyped_commune_union
from enrich.unitcommunes import former_district_union
from enrich.unitform import without_form
from enrich.unitheads import may_name_head
from enrich.unitnames import DISTRICT_TYPES, Mention, Reader
from enrich.unitsame import defined_names, grassroots_same, short_forms
from enrich.unitsections import drop_sections
from enrich.unitsectors import sector_unit
from enrich.unitsite import after_site_union, org_kind, site_org
from enrich.unitspelt import spelt_sector_names
from enrich.unittail import completed_tail
from enrich.unittext import View, expand, read_once
from enrich.unmarked import restore

NATIONAL_ID = "tld"
_NOW = re.compile(r" ?\((?:nay là|nay đã đổi tên thành|nay đổi tên là|nay đổi tên thành) ")
NATIONAL_NAME = "Tổng Liên đoàn Lao động Việt Nam"
_RENAME_BEFORE = re.compile(r"(?:[Đđ]ổi tên|[Cc]huyển đổi|[Cc]huyển tên) $")
_RENAME_BETWEEN = re.compile(r" (?:(?:được |đã )?(?:đổi tên|chuyển đổi|chuyển tên) )?thành ")
_UPPER_LEVEL = re.compile(r"(?: \([^()]{1,40}\))?,? là (?:một )?[Cc]ông đoàn cấp trên (?:trực tiếp )?cơ sở(?!\w)")
UNKNOWN_PROVINCE = "ldld-unknown-province"  # a bare "LĐLĐ tỉnh" not yet placed (read again, then left out)


@dataclass(frozen=True)
class SourceContext:
    """What the article's portal says about its publisher."""

    name: str | None
    level: str
    province: str | None = None
    district: str | None = None
    unit_id: str | None = None
    body: str | None = None  # with no source's name, the public body whose own site the page's host is


def article_date(published: str | None) -> str | None:
    """An ISO day to pick gazetteer versions with (None when too vague to place around 2025)."""
    if not published or not published[:4].isdigit():
        return None
    day = published[:10]
    if len(day) == 10:
        return day
    if len(day) == 7:
        return day + "-15"
    return None if day[:4] == "2025" else day[:4] + "-07-01"


def _source(ctx: r.Context, source: SourceContext | None) -> None:
    if source is None:
        return
    gaz = ctx.gaz
    ctx.source_level = source.level
    ctx.site_body = source.body
    if source.province:
        row = gaz.find_province(source.province, ctx.date)
        ctx.source_province = row["id"] if row else None
    row = gaz.units.get(source.unit_id or "")
    if row is None and source.name:
        ids = gaz.aliases.get(fold(expand(source.name)), [])
        row = next((gaz.units[i] for i in ids if ctx.source_province in (None, gaz.units[i].get("province_id"))), None)
    if row is not None:
        ctx.source_unit = r.Resolved(row["id"], row["name"], row.get("level") or source.level,
                                     row.get("province_id") or ctx.source_province)
    elif source.name:
        unit_id = source.unit_id or ("tld" if source.level == "national" else "src-" + unit_slug(source.name))
        ctx.source_unit = r.Resolved(unit_id, source.name, source.level, ctx.source_province)
    if source.district and ctx.source_province:
        named = gaz.districts.get(fold(source.district), []) or gaz.districts.get(_untyped(source.district), [])
        rows = [d for d in named if d["province_id"] == ctx.source_province] or [  # Thừa Thiên Huế's are Huế's
            d for d in named if gaz.provinces.get(ctx.source_province, {}).get("successor_id") == d["province_id"]]
        ctx.source_district = rows[0]["id"] if rows else None


def _untyped(district: str) -> str:
    """A source's district written with its type ("Thành phố Tam Kỳ", "Quận Kiến An"), folded without it."""
    folded = fold(district)
    for kind in DISTRICT_TYPES:
        if folded.startswith(fold(kind) + " "):
            return folded[len(kind) + 1:]
    return folded


def _office_of(ctx: r.Context, mention: Mention, label: str) -> str:
    """"Cơ quan Tổng công ty" alone after the union of "Tổng công ty Lâm nghiệp Việt Nam": the office of that
    corporation, named in full (the latest corporation with that head the passage named before); "Cơ quan" and a
    brand ("Cơ quan EVN SPC"): the office of the corporation the brand's union is named after."""
    head = label.removeprefix("Cơ quan ")
    brand = brands().get(head) if head != label else None
    if brand is not None and brand.union.startswith("Công đoàn "):  # "Công đoàn cơ quan EVN SPC": the corporation's
        return f"Cơ quan {brand.union.removeprefix('Công đoàn ')}"
    if head == label or head.lower() not in {w.lower() for w in ctx.gaz.words.get("corp", ())}:
        return label
    before = [unit for at, unit in sorted(ctx.named, key=lambda item: item[0]) if at < mention.start
              and unit.level == "sector" and unit.name.lower().startswith(f"công đoàn {head.lower()} ")]
    return f"Cơ quan {before[-1].name.removeprefix('Công đoàn ')}" if before else label


def _central_office(ctx: r.Context, mention: Mention) -> bool:
    """A central agency's office union (group ``central_office``: "Văn phòng Quốc hội", "Cơ quan Trung ương ..."), not
    written "Công đoàn cơ sở": an upper level over the grassroots unions of the agency's departments."""
    if ctx.text[mention.start:mention.start + 16].lower() == "công đoàn cơ sở ":
        return False
    label = mention.label.lower()
    names, starts = lowered_words(ctx.gaz.words.get("central_office", ()))
    return label in names or label.startswith(starts)


@cache
def lowered_words(words: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """A word group lower-cased, and each of its words lower-cased with a space after it (what a label equal to
    one of them, or starting with one, is checked against: once, not at every mention)."""
    low = tuple(w.lower() for w in words)
    return frozenset(low), tuple(w + " " for w in low)


def _grassroots(ctx: r.Context, mention: Mention) -> r.Resolved | None:
    label = read_once(places.spelt_acronym(ctx, mention.label) or mention.label)
    label = _office_of(ctx, mention, label)
    twin = places.initial_twin(ctx, label) or places.abbreviation_twin(ctx, mention, label)
    head = ctx.text[mention.start:mention.start + 28].lower()
    member = mention.kind == "grassroots" and head.startswith("công đoàn cơ sở thành viên ")
    if twin is None and mention.kind == "grassroots" and not member:
        twin = (places.prefix_twin(ctx, mention, label) or places.place_twin(ctx, mention, label)
                or places.short_school_twin(ctx, mention, label))
    if twin is not None:
        return twin
    pid = places.institution_province(ctx, label) or places.capital_seat(ctx, label) or places.typed_province(ctx, label) \
        or places.university_province(ctx, label) or ctx.first_province(mention)
    pid = pid or places.named_place(ctx, mention, label)
    district = bare_district_label(ctx, mention, label)  # "Trung tâm Y tế huyện" on a district's page: that district's
    if district is not None:
        label = district
    elif mention.bare_tail and pid:
        label = completed_tail(ctx.gaz, label, pid, ctx.original)
    elif mention.kind == "grassroots":
        label = places.full_label(ctx, label, pid)
    written = mention.kind == "grassroots" and (mention.listed or head.startswith("công đoàn cơ sở"))
    prefix, label = "Công đoàn cơ sở " if written else "Công đoàn ", without_form(label, ctx.gaz.words.get("dash_form", ()))
    name = prefix + ("thành viên " if member else "") + label
    if mention.kind == "corp":
        found = ctx.gaz.aliases.get(fold(name))
        if found:
            return r.choose(ctx, found, mention)
        pid = places.inner_province(ctx, label)
        return r._new(f"cd-{unit_slug(label)}", name, "sector", pid, "tld", "sector-corporation")
    parent = ctx.source_unit.unit_id if ctx.source_unit and ctx.source_unit.level in ("province", "district", "sector") else None
    if parent is None and pid:
        union = r.province_union(ctx, pid)
        parent = union.unit_id if union else None
    unit_id = f"cdcs-{pid or 'vn'}--{unit_slug(('thành viên ' if member else '') + label)}"  # a member union is its own unit
    return r._new(unit_id, name, "grassroots", pid, parent, "grassroots")


def _district_named(ctx: r.Context, mention: Mention) -> r.Resolved | None:
    """"Công đoàn Hội An": a union written with a district's whole name alone whose first word is an organisation's
    ("Hội", "Trường"), read as a body's: that district's union where it lies in the source's province, as "Công đoàn
    Thạnh Trị" is (``source_district_union``)."""
    label = mention.label
    if not ctx.source_province or ctx.text[mention.start:mention.end] != f"Công đoàn {label}":
        return None
    return r.source_district_union(ctx, replace(mention, names=[(label, mention.end)]))


def _central(ctx: r.Context, mention: Mention) -> r.Resolved | None:
    name = f"Công đoàn {mention.label}"
    # "Công đoàn ngành Xây dựng Việt Nam": the central union listed under its name, "ngành" unsaid
    found = ctx.gaz.aliases.get(fold(f"{name} Việt Nam")) or ctx.gaz.aliases.get(fold(name))
    if found:
        return r.choose(ctx, found, mention)
    if mention.sector is not None:  # "Công đoàn Thông tin và Truyền thông Việt Nam": named as written
        name = f"{name} Việt Nam"
    return r._new(f"cd-{unit_slug(mention.label)}", name, "sector", None, "tld", "sector-central")


def _nghiep_doan(ctx: r.Context, mention: Mention) -> r.Resolved | None:
    kind = mention.place_type or ""
    if not mention.names and kind in r.DISTRICT_TYPES:  # "Nghiệp đoàn Xe ôm quận": the district in context
        union = r.bare_unit(ctx, mention)
        if union is None or union.level != "district":
            return None
        where = f"{kind} {r._short(union.name)}"
        return r._new(f"nd-{union.province_id or 'vn'}--{unit_slug(mention.label + ' ' + where)}",
                      f"Nghiệp đoàn {mention.label} {where}", "grassroots", union.province_id, union.unit_id, "grassroots")
    if not mention.names:  # named by trade and place name: "Nghiệp đoàn nghề cá Cát Khánh"
        pid = ctx.first_province(mention) or places.named_place(ctx, mention, mention.label)
        union = r.province_union(ctx, pid) if pid else None
        return r._new(f"nd-{pid or 'vn'}--{unit_slug(mention.label)}", f"Nghiệp đoàn {mention.label}", "grassroots",
                      pid, union.unit_id if union else None, "grassroots")
    place = r.district(ctx, kind, mention.names, mention) if kind in r.DISTRICT_TYPES else None
    where = f"{kind} {_unprefixed(kind, place['short_name'] if place else mention.names[0][0])}"
    pid = place["province_id"] if place else ctx.first_province(mention) or places.named_place(ctx, mention, where)
    name = f"Nghiệp đoàn {mention.label} {where}"
    parent = f"ldld-{place['id']}" if place else None
    scope = pid or "vn"
    if place is None and kind in ("phường", "xã", "thị trấn"):  # "phường 1" of the district union the passage names
        union = next((u for at, u in sorted(ctx.named, key=lambda item: -item[0]) if at < mention.start
                      and u.level == "district" and u.unit_id.startswith("ldld-")), None)
        if union is not None:
            parent, scope = union.unit_id, union.unit_id.removeprefix("ldld-")
    return r._new(f"nd-{scope}--{unit_slug(mention.label + ' ' + where)}", name, "grassroots", pid, parent, "grassroots")


def _unprefixed(kind: str, short: str) -> str:
    """A district's short name without its own type: "Quận 1" after "quận" is "1"."""
    return short[len(kind) + 1:] if short.casefold().startswith(kind + " ") else short


def resolve(ctx: r.Context, mention: Mention, bare: bool = True) -> r.Resolved | None:
    """The unit one mention names (None for look-alikes and unresolvable references).

    With ``bare`` False, references that need the passage's context are left for later.
    """
    kind = mention.kind
    if kind == "alias":
        unit = r.choose(ctx, mention.ids, mention)
        if unit is None or not _place_as_written(ctx, unit, mention):
            return None
        return r.upgraded_namesake(ctx, unit, mention)
    if kind in ("ldld", "cd-place"):
        named = r.place_unit(ctx, mention) if mention.names else None
        if named is None and mention.place_type and bare:
            mention.end = mention.type_end or mention.end  # a person's name is not evidence
            return r.bare_unit(ctx, mention) or former_district_union(ctx, mention)  # by the communes before 2025
        return named
    if kind == "cd-district":
        return r.source_district_union(ctx, mention) or untyped_commune_union(ctx, mention)
    if kind == "sector":
        return sector_unit(ctx, mention)
    if kind == "central":
        return _central(ctx, mention)
    if kind == "kcn":
        return zone_unit(ctx, mention)
    if kind == "commune":
        if mention.names and ctx.date is not None and ctx.date < REFORM_START or former_commune(ctx, mention):  # grassroots
            return _grassroots(ctx, replace(mention, kind="grassroots", listed=True))
        return commune_unit(ctx, mention)
    if kind in ("grassroots", "corp"):
        district = _district_named(ctx, mention) if kind == "grassroots" else None
        if district is not None:
            return district
        if kind == "grassroots" and _central_office(ctx, mention):
            mention = replace(mention, kind="corp")  # "Công đoàn Văn phòng Quốc hội": over grassroots unions
        return _grassroots(ctx, mention)
    if kind == "own":  # "Công đoàn nhà trường" on a school's page, "Công đoàn Tổng công ty" on its site
        src = ctx.source_unit
        if not mention.label:  # a bare "Công đoàn" on a grassroots unit's own site
            if src is None or src.level != "grassroots" or src.unit_id.startswith(("ldld-", "tld")):
                words = ctx.gaz.words  # else the organisation the page's address names (enrich/unitsite.py)
                org = site_org(ctx, mention.start, words.get("corp", ()) + words.get("org", ()), bare=True)
                if not org and src is None and ctx.site_body and after_site_union(ctx, mention.start):
                    # "BCH Công đoàn" on a procuracy's own site: the body's grassroots union, named in full
                    return _grassroots(ctx, replace(mention, kind="grassroots", label=ctx.site_body, listed=True))
                return _grassroots(ctx, replace(mention, kind=org_kind(ctx, org), label=org)) if org else None
            return _grassroots(ctx, replace(mention, kind=org_kind(ctx, src.name), label=src.name, listed=True))
        corp = mention.label in ctx.gaz.words.get("corp", ())
        own_level = ("grassroots", "sector") if corp else ("grassroots",)  # a corporation's site is of sector level
        own = _own_name(src.name) if src is not None else ""
        if src is None or src.level not in own_level or not own.lower().startswith(mention.label.lower() + " "):
            head = mention.label.lower() + " "  # "Đại hội công đoàn cơ sở Bệnh viện" after "Công đoàn Bệnh viện X"
            earlier = [u for at, u in ctx.named if at < mention.start and u.level == "grassroots"
                       and u.name.lower().removeprefix("công đoàn ").removeprefix("cơ sở ").startswith(head)]
            if earlier:
                return earlier[-1]
            org = "" if mention.named_org else site_org(ctx, mention.start, (mention.label,))
            if org:  # several named: the one the page's address names (enrich/unitsite.py)
                return _grassroots(ctx, replace(mention, kind="corp" if corp else "grassroots", label=org))
            if not mention.named_org:  # "CĐCS Bảo hiểm xã hội huyện tổ chức": the office of the district placed
                placed = replace(mention, kind="grassroots")
                return _grassroots(ctx, placed) if bare_district(ctx, placed) is not None else None
            # "Công đoàn Công ty" after "Công ty TNHH MTV Cao su Chư Prông": the company the passage named
            named_org = mention.named_org  # its place's type alone at its end completed: "Bệnh viện đa khoa Thành phố"
            return _grassroots(ctx, replace(mention, kind="corp" if corp else "grassroots", label=named_org,
                                            bare_tail=named_org.lower().endswith((" tỉnh", " thành phố"))))
        # named as the site names it: "Công đoàn" where the site is the union's own ("Công đoàn Trường X")
        return _grassroots(ctx, replace(mention, kind="corp" if corp else "grassroots", label=own,
                                        listed=own == src.name))
    if kind == "nd-national":  # "Nghiệp đoàn Nghề cá Việt Nam": sector, no province
        return r._new(f"nd-{unit_slug(mention.label)}", f"Nghiệp đoàn {mention.label}", "sector", None, "tld", "sector-central")
    if kind == "nghiep-doan":
        return _nghiep_doan(ctx, mention)
    if kind == "brand":
        return _brand(ctx, mention)
    return None


def _own_name(source: str) -> str:
    """The organisation a site is of: a union's portal ("Công đoàn Tổng công ty Hàng hải Việt Nam") is of the body its
    union is named after, so that "Công đoàn TCT" or "Công đoàn Tổng công ty" on it is the portal's union."""
    return source[len("Công đoàn "):] if source.startswith("Công đoàn ") else source


def _brand(ctx: r.Context, mention: Mention) -> r.Resolved | None:
    """A brand's union (enrich/unitbrands.py), or with a province its branch's grassroots union."""
    brand = brand_of(mention.label)
    if not mention.names:
        if brand.naming == "written":
            name = written_name(brand, mention.label, ctx.text)  # placed where its full name holds a province
            pid = places.inner_province(ctx, brand.union) if brand.union else None  # "EVNHANOI": Hà Nội's power corporation
            return r._new(brand.unit_id, name, "sector", pid, "tld", "sector-corporation")
        row = ctx.gaz.units.get(brand.unit_id)
        return r._from_row(row) if row else None
    province = ctx.gaz.find_province(mention.names[0][0], ctx.date)
    pid = province["id"] if province else None
    written = ctx.text[mention.start:mention.start + 16].lower() == "công đoàn cơ sở "  # "CĐCS Agribank Chi nhánh ..."
    return r._new(f"cdcs-{pid or 'vn'}--{unit_slug(mention.label)}", f"Công đoàn {'cơ sở ' if written else ''}{mention.label}",
                  "grassroots", pid, brand.unit_id, "grassroots")


def _place_as_written(ctx: r.Context, unit: r.Resolved, mention: Mention) -> bool:
    """A district's union found by a folded alias names the district only if the words written with tones
    carry the district's own ("Liên đoàn lao động là gì" is no union of thị xã La Gi)."""
    row = ctx.gaz.units.get(unit.unit_id)
    district = ctx.gaz.district_by_id(row["district_id"]) if row and row.get("district_id") else None
    if district is None:
        return True
    short = district["short_name"]
    tail = " ".join(ctx.text[mention.start:mention.end].split()[-len(short.split()):])
    return fold(tail) != fold(short) or r.tones_agree(tail, short)  # "Q.1" is "Quận 1" written short


def _needs_context(mention: Mention) -> bool:
    """Mentions read after the others, leaning on the units those name."""
    if mention.kind == "alias":
        return False
    return not mention.names or mention.kind not in ("ldld", "cd-place")


def tag_units(text: str, *, title: str | None = None, source: SourceContext | None = None,
              published: str | None = None, url: str | None = None) -> list[UnitTag]:
    """Unit tags of one article: the publisher plus every unit named in the title or text; ``url`` the page's
    address, which may name the organisation a bare union is of (enrich/unitsite.py)."""
    title = title or ""
    combined = title + "\n" + text
    unmarked = restore(combined)  # lines written without diacritics, read with them (same offsets)
    read = unmarked.text if unmarked is not None else combined
    gaz = gazetteer()
    if not may_name_head(read):  # no head, so no mention: the publisher alone, without the view and the reader
        ctx = r.Context(gaz, article_date(published), read, original=read)
        _source(ctx, source)
        return [] if ctx.source_unit is None else [_tag(ctx, ctx.source_unit, PUBLISHER, "", None, None)]
    view = View.of(read, len(title) + 1)  # the title's line is never joined to the text's
    ctx = r.Context(gaz, article_date(published), view.text, original=read)
    ctx.url = url
    _source(ctx, source)
    mentions = Reader(view, gaz).mentions()
    resolved: dict[int, r.Resolved] = {}
    for first_pass in (True, False):
        for index, mention in enumerate(mentions):
            if index in resolved or (first_pass and _needs_context(mention)):
                continue
            unit = resolve(ctx, mention, bare=not first_pass)
            if unit is not None:
                resolved[index] = unit
                ctx.named.append((mention.start, unit))
    for index in [i for i, unit in resolved.items() if unit.unit_id == UNKNOWN_PROVINCE]:
        # a bare "LĐLĐ tỉnh" read before the units that place it: read again, leaning on all of them
        unit = resolve(ctx, mentions[index])
        if unit is not None and unit.unit_id != UNKNOWN_PROVINCE:
            resolved[index] = unit
        else:  # nothing says which province: a union no one can place is no unit to tag
            del resolved[index]
    upper = {unit.unit_id for i, unit in resolved.items() if unit.level == "grassroots" and unit.discovered
             and _UPPER_LEVEL.match(view.text, mentions[i].end)}
    for index in [i for i, unit in resolved.items() if unit.unit_id in upper]:
        # "Công đoàn cơ quan X là Công đoàn cấp trên cơ sở": the passage calls it an upper-level union
        unit = resolved[index]
        resolved[index] = replace(unit, level="sector", discovered=dict(unit.discovered or {}, level="sector",
                                                                          kind="sector-upper"))
    for i, j in itertools.pairwise(sorted(resolved)):  # "A (nay là B)": A is B's former name, one unit
        if _NOW.fullmatch(view.text, mentions[i].end, mentions[j].start) and resolved[i].unit_id != resolved[j].unit_id:
            del resolved[i]
    if "thành " in view.text:
        _renamed(view.text, mentions, resolved)
    if "bo phan " in view.folded:  # "bộ phận " in any case, in the fold the reader has made (no lower-casing here)
        drop_sections(ctx, mentions, resolved)
    if any(unit.level == "grassroots" and mentions[i].label for i, unit in resolved.items()):
        # a bare "Công đoàn" beside a grassroots union the passage names is not surely the site's own
        resolved = {i: unit for i, unit in resolved.items() if mentions[i].kind != "own" or mentions[i].label}
    if unmarked is not None:  # a name in an unmarked line that the gazetteer's words do not all give marks to, or
        # a name of words such a line left without marks, read for a head elsewhere ("Công đoàn công ty")
        resolved = {i: unit for i, unit in resolved.items()
                    if unmarked.reads(*view.span(mentions[i].start, mentions[i].end)) and unmarked.names(unit.name)}
    short_forms(ctx, resolved)
    if "(" in read:
        defined_names(ctx, {i: view.span(mentions[i].start, mentions[i].end)[1] for i in resolved}, resolved)
    grassroots_same(ctx, resolved)
    spelt_sector_names(resolved, gaz.words.get("sector_own", ()))
    if ctx.source_unit is not None:
        _own_earlier_name(ctx, ctx.source_unit, resolved)
    subject_end = len(title) + 1 + _first_sentence_end(text)
    found: dict[str, UnitTag] = {}
    if ctx.source_unit is not None:
        found["publisher"] = _tag(ctx, ctx.source_unit, PUBLISHER, "", None, None)
    for index in sorted(resolved, key=lambda i: mentions[i].start):
        mention, unit = mentions[index], resolved[index]
        start, end = view.span(mention.start, mention.end)
        role = SUBJECT if start < subject_end else MENTIONED
        previous = found.get(unit.unit_id)
        if previous is None or (previous.role == MENTIONED and role == SUBJECT):  # else the unit's tag stands
            offsets = (start - len(title) - 1, end - len(title) - 1) if start > len(title) else (None, None)
            found[unit.unit_id] = _tag(ctx, unit, role, combined[start:end], *offsets)
    return list(found.values())


def _renamed(text: str, mentions: list[Mention], resolved: dict[int, r.Resolved]) -> None:
    """"Đổi tên A thành B", "A chuyển đổi thành B": A is B's former name, one union named by its new name, wherever
    the passage names it (as "A (nay là B)"); not where B is written in capitals ("... thành CÔNG ĐOÀN XÂY DỰNG HÀ
    NỘI", a name in capitals read less surely)."""
    for i, j in itertools.pairwise(sorted(resolved, key=lambda k: mentions[k].start)):
        a, b = mentions[i], mentions[j]
        between = _RENAME_BETWEEN.fullmatch(text, a.end, b.start)
        if between is None or (between.group(0) == " thành " and not _RENAME_BEFORE.search(text, max(0, a.start - 12), a.start)):
            continue
        if text[b.start:b.end].isupper():  # a new name in capitals is read less surely than the old one written
            continue
        old, new = resolved[i], resolved[j]
        for k in [k for k, unit in resolved.items() if unit.unit_id == old.unit_id]:
            resolved[k] = new


def _own_earlier_name(ctx: r.Context, own: r.Resolved, resolved: dict[int, r.Resolved]) -> None:
    """The publisher's own union under a name it had before, a row whose successor in the same province (or none)
    it is ("Liên hiệp Công đoàn tỉnh Đồng Nai" on the Đồng Nai union's history page): the publisher, as the sets
    label a site's own union whatever earlier name its history writes; a merged province's union is no such name.
    Where the passage also names the publisher by its present name, the earlier one is a name of its own, as the sets
    label a renamed union by every name written ("Công đoàn Kiến trúc Việt Nam (tiền thân của Công đoàn Xây dựng ...)")."""
    if any(unit.unit_id == own.unit_id for unit in resolved.values()):
        return
    for index, unit in list(resolved.items()):
        row = ctx.gaz.units.get(unit.unit_id)
        for _ in range(3):  # a name, then the next: a chain of renames is short
            if row is None or not row.get("successor_id") or (row["province_id"] or None) != own.province_id:
                break
            if row["successor_id"] == own.unit_id:
                resolved[index] = own
                break
            row = ctx.gaz.units.get(row["successor_id"])


def _first_sentence_end(text: str) -> int:
    ends = [i for i in (text.find(". "), text.find("\n")) if i != -1]
    return min(ends) if ends else len(text)


def _tag(ctx: r.Context, unit: r.Resolved, role: str, evidence: str, start: int | None, end: int | None) -> UnitTag:
    gaz = ctx.gaz
    row = gaz.units.get(unit.unit_id, {})
    pid = unit.province_id
    label = gaz.province_label(pid, ctx.date) if pid else None
    if label and pid and unit.level == "grassroots":  # an organisation outlives its province: it lies in the one it joined
        label = gaz.province_then(pid, ctx.date) or label
    new = gaz.province_new(row.get("province_new_id") or pid) if pid else None
    discovered = None
    if unit.discovered is not None:
        discovered = dict(unit.discovered, province=label or "", province_new=new or "")
    return UnitTag(unit.unit_id, unit.name, unit.level, label, role, evidence, start, end,
                   province_new=new, discovered=discovered)
