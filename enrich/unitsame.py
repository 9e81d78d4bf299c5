"""One unit the passage names two ways, read as one after every mention is resolved: a union above the grassroots
written short ("Công đoàn Hóa chất Việt Nam" for "Công đoàn Công nghiệp Hóa chất Việt Nam"), a grassroots union
named once without its province and once with it, a corporation's office union written with the corporation's head
alone and in full, a union named in full with its organisation's acronym in parentheses and then by that acronym, a
union named in full with its own short name in parentheses and then by that name, a brand's branch union written with
two of the brand's forms (enrich/data/brands.csv)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from enrich import unitresolve as r
from enrich.unitbrands import brand_units, brands


def short_forms(ctx: r.Context, resolved: dict[int, r.Resolved]) -> None:
    """A union above the grassroots first met here ("Công đoàn Hóa chất Việt Nam") whose words all stand, in
    order, in the name of another such union the passage names ("Công đoàn Công nghiệp Hóa chất Việt Nam") is
    that union written short. Not a gazetteer unit ("Công đoàn Giáo dục Việt Nam" is not "Công đoàn Giáo dục
    tỉnh X") or a brand's ("Công đoàn Xăng dầu Việt Nam" is not "Công đoàn Tổng Công ty Xăng dầu Việt Nam"), not with another organisation's head ("Công đoàn Cục X" is not "Công đoàn Chi cục X"), and not
    where two such names hold it."""
    sector = {u.unit_id: u for u in resolved.values() if u.level == "sector"}
    if len(sector) < 2:
        return
    heads = sorted((w.lower() for w in ctx.gaz.words.get("org", ()) + ctx.gaz.words.get("corp", ())), key=len, reverse=True)
    for index, unit in list(resolved.items()):
        if unit.unit_id not in sector or not unit.discovered or unit.province_id or unit.unit_id in brand_units():
            continue
        short = unit.name.lower().removeprefix("công đoàn ")
        head = next((h for h in heads if short.startswith(h + " ")), "")
        longer = [u for u in sector.values() if u.unit_id != unit.unit_id and _within(short.split(), u.name.lower())
                  and u.name.lower().removeprefix("công đoàn ").startswith(head)]
        if len(longer) == 1:
            resolved[index] = longer[0]


def defined_names(ctx: r.Context, ends: dict[int, int], resolved: dict[int, r.Resolved]) -> None:
    """The names a passage defines in parentheses after a union's full name: its organisation's acronym
    (``defined_acronyms``), a short name of the union's own (``in_brackets``)."""
    defined_acronyms(ctx, ends, resolved)
    in_brackets(ctx, ends, resolved)


_DEFINED = re.compile(r" ?\(([A-ZĐ][A-ZĐ0-9&-]{1,14})((?: [^\W\d_][\w'-]*){0,4})\)")


def defined_acronyms(ctx: r.Context, ends: dict[int, int], resolved: dict[int, r.Resolved]) -> None:
    """A union named in full with its organisation's acronym right after it in parentheses ("Công đoàn Tổng Công ty
    Cơ khí Giao thông Vận tải Sài Gòn (SAMCO)") is the union first met here that the passage writes with that acronym
    after the same head ("Công đoàn Tổng Công ty SAMCO") or alone ("Công đoàn SAMCO"); so is an acronym with the last
    words of the union's name ("Công đoàn Công ty cổ phần Điện lực X (PC X)": "Công đoàn PC X"). ``ends``: where each
    mention ends in the text as written (``ctx.original``; the view drops abbreviations in parentheses). An acronym
    two unions are given names neither."""
    heads = sorted((w.lower() for w in ctx.gaz.words.get("org", ()) + ctx.gaz.words.get("corp", ())), key=len, reverse=True)
    defined: dict[str, set[str]] = {}
    by_id = {unit.unit_id: unit for unit in resolved.values()}
    for index, unit in resolved.items():
        m = _DEFINED.match(ctx.original, ends[index])
        if m is None or not unit.name.lower().startswith("công đoàn "):
            continue
        rest = unit.name.lower().removeprefix("công đoàn ")
        tail = m.group(2).lower()  # "(PC Khánh Hòa)": the acronym and the last words of the union's name
        if tail and not rest.endswith(tail):
            continue
        head = next((h for h in heads if rest.startswith(h + " ")), "")
        acronym = m.group(1).lower() + tail
        for form in {f"công đoàn {acronym}", f"công đoàn {head} {acronym}".replace("  ", " ")}:
            defined.setdefault(form, set()).add(unit.unit_id)
    if not defined:
        return
    for index, unit in list(resolved.items()):
        full = defined.get(unit.name.lower().replace("công đoàn cơ sở ", "công đoàn ", 1), set())
        if unit.discovered and len(full) == 1 and unit.unit_id not in full:
            resolved[index] = by_id[next(iter(full))]


_OPENS = re.compile(r" ?\(")


def in_brackets(ctx: r.Context, ends: dict[int, int], resolved: dict[int, r.Resolved]) -> None:
    """A union named in full with a shorter name of its own in parentheses right after it ("Công đoàn Công ty Điện lực
    X (Công đoàn PC X)") is the union first met here that the passage writes with that name, there and later: the
    name in parentheses a union's whole name ("Công đoàn ..."), of the same level, fewer words, the same last word.
    ``ends``: where each mention ends in the text as written (``ctx.original``). A name so given to two unions is
    neither's; a union after the parentheses close ("X (Công đoàn A) ... Công đoàn B)": no parenthesis or its close
    between the "(" and the name's end) is no such name."""
    text = ctx.original
    full: dict[str, set[str]] = {}
    by_id = {unit.unit_id: unit for unit in resolved.values()}
    for index, unit in resolved.items():
        m = _OPENS.match(text, ends[index])
        if m is None:
            continue
        inner = next((j for j, end in ends.items() if end > m.end() and text.startswith(")", end)
                      and text[m.end():end].lower().startswith("công đoàn ")
                      and "(" not in text[m.end():end] and ")" not in text[m.end():end]), None)
        short = resolved[inner] if inner is not None else None
        if short is None or not short.discovered or short.unit_id == unit.unit_id or short.level != unit.level:
            continue
        words, short_words = unit.name.lower().split(), short.name.lower().split()
        if len(short_words) < len(words) and short_words[-1] == words[-1]:
            full.setdefault(short.unit_id, set()).add(unit.unit_id)
    for index, unit in list(resolved.items()):
        named = full.get(unit.unit_id, set())
        if len(named) == 1:
            resolved[index] = by_id[next(iter(named))]


def _within(words: list[str], name: str) -> bool:
    """Whether ``words`` stand in order in ``name``, with words between them (fewer than the name's) and none after
    the last: "Tổng công ty Sông Đà" is not "Tổng công ty Sông Đà 9", its member company."""
    others = name.split()
    rest = iter(others)
    return len(words) < len(others) and words[-1:] == others[-1:] and all(word in rest for word in words)


def grassroots_same(ctx: r.Context, resolved: dict[int, r.Resolved]) -> None:
    """A grassroots union named twice: without and with its province, by initials and in full, an office's alone, with
    two of a brand's forms."""
    with_province(ctx, resolved)
    initials_in_full(resolved)
    office_in_full(ctx, resolved)
    brand_forms(resolved)


@cache
def _brand_form() -> re.Pattern[str]:
    """Any form of a brand (enrich/data/brands.csv) as whole words, longest first."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in sorted(brands(), key=len, reverse=True)) + r")(?!\w)")


def _brand_key(name: str) -> str | None:
    """A union's name with the first brand's form in it read as the brand's union ("Công đoàn cơ sở VCB Nam Sài Gòn"
    and "Công đoàn Vietcombank Nam Sài Gòn" alike), "cơ sở" dropped, lower-cased; None where no brand is written."""
    m = _brand_form().search(name)
    if m is None:
        return None
    key = f"{name[:m.start()]}\0{brands()[m.group(0)].unit_id}\0{name[m.end():]}".lower()
    return key.replace("công đoàn cơ sở ", "công đoàn ", 1)


def brand_forms(resolved: dict[int, r.Resolved]) -> None:
    """A brand's branch union first met here written with one of the brand's forms and again with another ("Công
    đoàn cơ sở Vietcombank Nam Sài Gòn", "CĐCS VCB Nam Sài Gòn"; the brand, its short form or the bank's full name),
    the rest of the name the same, of one province or none, is one unit, named by its longest name."""
    same: dict[tuple[str, str | None], list[int]] = {}
    for index, unit in resolved.items():
        key = _brand_key(unit.name) if unit.level == "grassroots" and unit.discovered else None
        if key is not None:
            same.setdefault((key, unit.province_id), []).append(index)
    for indexes in same.values():
        fullest = max((resolved[i] for i in indexes), key=lambda unit: len(unit.name))
        for index in indexes:
            resolved[index] = fullest


_INITIALS = re.compile(r"Công đoàn (?:cơ sở )?([A-ZĐ]{2,6})")


def initials_in_full(resolved: dict[int, r.Resolved]) -> None:
    """A grassroots union first met here named by initials alone ("Công đoàn cơ sở VKS") that the first letters of
    the words of one other grassroots union's organisation the passage names begin with ("Công đoàn cơ sở Viện kiểm
    sát nhân dân tỉnh Trà Vinh"), of the same province or none, is that union; where two such unions hold it,
    neither's."""
    for index, unit in list(resolved.items()):
        m = _INITIALS.fullmatch(unit.name)
        if unit.level != "grassroots" or not unit.discovered or m is None:
            continue
        full = {u.unit_id: u for u in resolved.values() if u.level == "grassroots" and u.unit_id != unit.unit_id
                and unit.province_id in (None, u.province_id) and _initials(u.name).startswith(m.group(1))}
        if len(full) == 1:
            resolved[index] = next(iter(full.values()))


def _initials(name: str) -> str:
    """The first letters of the words of a union's organisation, upper-case: "VKSNDTTV" for "Công đoàn cơ sở Viện
    kiểm sát nhân dân tỉnh Trà Vinh", the marks dropped ("TA" for "Tòa án"), "Đ" kept; none for a name by initials ("Công đoàn cơ sở VKS": one word)."""
    words = re.sub(r"^Công đoàn (?:cơ sở )?", "", name).split()
    return "".join(unicodedata.normalize("NFD", w[0])[0] for w in words).upper() if len(words) > 1 else ""


def with_province(ctx: r.Context, resolved: dict[int, r.Resolved]) -> None:
    """A grassroots union the passage names once without its province and once with it ("Công đoàn cơ sở
    Kho bạc Nhà nước", "Công đoàn cơ sở Kho bạc Nhà nước tỉnh Tuyên Quang") is one unit, named with it."""
    named = {unit.name: unit for unit in resolved.values() if unit.level == "grassroots"}
    for index, unit in list(resolved.items()):
        prov = ctx.gaz.provinces.get(unit.province_id or "")
        if unit.level != "grassroots" or not unit.discovered or prov is None:
            continue
        full = named.get(f"{unit.name} {prov['type']} {prov['short_name']}")
        if full is not None and full.province_id == unit.province_id:
            resolved[index] = full


def office_in_full(ctx: r.Context, resolved: dict[int, r.Resolved]) -> None:
    """"Công đoàn Cơ quan Tổng công ty" alone where no corporation was named before it (a title; enrich/units.py
    ``_office_of``) is the office's union the passage names in full ("Công đoàn Cơ quan Tổng công ty Hàng hải Việt
    Nam"), where it names one such union only."""
    def plain(name: str) -> str:
        return name.lower().replace("công đoàn cơ sở ", "công đoàn ", 1)

    offices = {f"công đoàn cơ quan {w.lower()}" for w in ctx.gaz.words.get("corp", ())}
    for index, unit in list(resolved.items()):
        if unit.level != "grassroots" or plain(unit.name) not in offices:
            continue
        head = plain(unit.name) + " "
        full = {u.unit_id: u for u in resolved.values() if u.level == "grassroots" and plain(u.name).startswith(head)}
        if len(full) == 1:
            resolved[index] = next(iter(full.values()))
