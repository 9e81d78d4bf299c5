"""Congress resolutions: "Nghị quyết Đại hội XIII của Đảng", "... Đại hội XII Công đoàn Việt Nam".

Anchors: "Nghị quyết (của) Đại hội", "NQ ĐH", "Nghị Đại hội" (a typo seen on portals), and the
tasks "do Đại hội ... đề ra". The organisation is read from the words around it: "của Đảng",
"Công đoàn Việt Nam"/"CĐVN", a provincial or sector union ("Công đoàn tỉnh Bình Dương lần thứ
11", "Công đoàn Giáo dục Việt Nam"; a bare "Công đoàn tỉnh" is the article's province). "Đại hội
XIII" alone is ambiguous (the Party's of 2021, the union's of 2023): it is tagged only when the
period written after it ("giai đoạn 2023-2025") or the article's date leaves one congress. A
"Nghị quyết Đại hội Công đoàn Việt Nam" without a number is the congress in force on the
article's date. A congress is never cited before it closed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from enrich.catalog import Catalog, Resolution, roman_value
from enrich.context import Article
from enrich.folding import fold_word
from enrich.shortforms import Mention
from enrich.tags import CONGRESS, ResolutionTag

_AFTER_TYPE = re.compile(r"\s+(?:cua\s+)?(?:dai hoi|dh)(?![a-z0-9])")
_SET_OUT = re.compile(r"\s*(?:da\s+)?(?:de ra|dat ra|xac dinh)(?![a-z])")
_ORDINAL = re.compile(r"\s*(?:dai bieu\s+)?(?:toan quoc\s+)?(?:lan thu\s+)?([ivxl]{1,5}|[0-9]{1,2})(?![a-z0-9])")
_PARTY = re.compile(
    r"[\s,]*(?:lan thu\s+[ivxl0-9]+\s+)?(?:cua\s+)?dang(?:\s+cong san viet nam)?(?![a-z0-9])(?!\s+(?:bo|uy|vien|cac cap)(?![a-z]))"
)
_ABBR = r"(?:\s*\(\s*[a-z.]{1,8}\s*\))?"  # "Công đoàn (CĐ) Việt Nam"
_UNION = re.compile(r"[\s,]*(?:lan thu\s+[ivxl0-9]+\s+)?(?:cua\s+)?(?:cong doan" + _ABBR + r"\s+(?:viet nam|vn)|cdvn|cd\s*vn)(?![a-z0-9])")
_ORDINAL_AFTER = re.compile(r"\s*,?\s*lan thu\s+([ivxl]{1,5}|[0-9]{1,2})(?![a-z0-9])")
_OTHER_BODY = re.compile(r"\s+(?:cua\s+)?(?:dang|cong doan|cd|doan|hoi|mat tran|lien doan|ldld|chi bo|tong|dai bieu)(?![a-z])")
_ANCHORED_BEFORE = re.compile(r"(?:nghi quyet|nghi|nq|van kien|cua|do|ma)\s*$")
_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:va|cung nhu|hoac)?\s*")
_STATED = re.compile(
    r"\s*,?\s*(?:da\s+|tiep tuc\s+|cung\s+|da tiep tuc\s+)?(?:chi ro|nhan manh|xac dinh|khang dinh|de ra|neu ro|chu truong|dat ra)(?![a-z])"
)
_PERIOD = re.compile(r"[\s,]*(?:\(\s*)?(nhiem ky|giai doan)\s+([0-9]{4})\s*-\s*([0-9]{4})")


def _folded(value: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold_word(value)))


def congresses(catalog: Catalog, org: str) -> list[Resolution]:
    return [r for r in catalog.resolutions if r.code.startswith("DH-") and r.code.endswith(f"-{org}")]


def ordinal_of(res: Resolution) -> int | None:
    return roman_value(res.code.split("-")[1])


@cache
def _other_unions(catalog: Catalog) -> tuple[tuple[str, Resolution], ...]:
    """Provincial and sector union congresses with the folded name of the union after "công đoàn"."""
    out = []
    for res in catalog.resolutions:
        if res.code.startswith("DH-") and "-CD-" in res.code:
            words = _folded(res.title).replace("nghi quyet dai hoi ", "")
            words = re.sub(r"^(?:lan thu\s+)?(?:[ivxl]+|[0-9]+)\s+", "", words)
            words = re.sub(r"\s+(?:lan thu\s+(?:[ivxl]+|[0-9]+)|nhiem ky.*)$", "", words)
            out.append((re.sub(r"^cong doan\s+(?:tinh\s+|thanh pho\s+)?", "", words), res))
    return tuple(out)


def _years(res: Resolution) -> tuple[int, int] | None:
    m = re.search(r"(\d{4})\s*[-–]\s*(\d{4})", res.term or res.title)
    return (int(m.group(1)), int(m.group(2))) if m else None


_OTHER_LEAD = re.compile(r"[\s,]*(?:lan thu\s+[ivxl0-9]+\s+)?(?:cua\s+)?(?:cong doan|cd)" + _ABBR + r"\s+(?:(tinh|thanh pho|tp)\.?\s*)?")


@cache
def _name_pattern(name: str) -> re.Pattern[str]:
    """A union's folded name, allowing an abbreviation in parentheses between its words
    ("giáo dục (CĐGD) Việt Nam")."""
    return re.compile(r"(?:\s+|\s*\([a-z.]{1,8}\)\s*)".join(map(re.escape, name.split())) + r"(?![a-z0-9])")


def _other(catalog: Catalog, folded: str, pos: int, art: Article) -> tuple[list[Resolution], int]:
    """Congresses of the provincial or sector union named at ``pos`` ("Công đoàn tỉnh Bình Dương"),
    or of the article's province for a bare "Công đoàn tỉnh"; and where the name ends."""
    lead = _OTHER_LEAD.match(folded, pos)
    if lead is None:
        return [], pos
    for name, _ in _other_unions(catalog):
        named = _name_pattern(name).match(folded, lead.end())
        if named:
            return [r for n, r in _other_unions(catalog) if n == name], named.end()
    if lead.group(1) and art.province:
        province = _folded(art.province)
        return [r for _, r in _other_unions(catalog) if _folded(r.province) == province], lead.end()
    return [], pos


def _choose(pool: list[Resolution], ordinal: int | None, period: re.Match[str] | None, art: Article, in_force: bool) -> Resolution | None:
    pool = [r for r in pool if not art.before_publication(r)]
    if ordinal is not None:
        pool = [r for r in pool if ordinal_of(r) == ordinal]
    if period is not None:
        start, end = int(period.group(2)), int(period.group(3))
        if period.group(1) == "nhiem ky":
            pool = [r for r in pool if _years(r) == (start, end)]
        else:
            pool = [r for r in pool if r.year == start]
    elif ordinal is None:
        if not in_force or art.year is None or not pool:
            return None
        return max(pool, key=lambda r: r.date or str(r.year))
    return pool[0] if len(pool) == 1 else None


@dataclass
class _Congress:
    """A parsed "Đại hội ..." phrase: where it starts and ends, its number, organisation and term."""

    start: int
    end: int
    ordinal: int | None
    org: str | None  # DANG, CDVN, OTHER, or None when not written
    pool: list[Resolution]
    period: re.Match[str] | None
    in_force: bool


def _parse(art: Article, catalog: Catalog, start: int, pos: int) -> _Congress | None:
    """Read the number, the organisation and the term after "Đại hội"; None for a congress of a
    body the catalog has no congress of ("Đại hội XIII Đảng bộ tỉnh", "Công đoàn các cấp")."""
    folded = art.f.folded
    ordinal = None
    if om := _ORDINAL.match(folded, pos):
        ordinal, pos = roman_value(om.group(1)), om.end()
    pool: list[Resolution] = []
    org, in_force = None, False
    if (pm := _PARTY.match(folded, pos)) is not None:
        pool, pos, org = congresses(catalog, "DANG"), pm.end(), "DANG"
    elif (um := _UNION.match(folded, pos)) is not None:
        pool, pos, org, in_force = congresses(catalog, "CDVN"), um.end(), "CDVN", True
    elif _OTHER_LEAD.match(folded, pos):
        pool, pos = _other(catalog, folded, pos, art)
        if not pool:
            return None
        org, in_force = "OTHER", True
    if ordinal is None and (late := _ORDINAL_AFTER.match(folded, pos)):
        ordinal, pos = roman_value(late.group(1)), late.end()
    period = _PERIOD.match(folded, pos)
    if period:
        pos = period.end()
    if org is None and (ordinal is None or _OTHER_BODY.match(folded, pos)):
        return None
    return _Congress(start, pos, ordinal, org, pool, period, in_force)


def _unqualified(art: Article, catalog: Catalog, c: _Congress, orgs: set[str]) -> list[Resolution]:
    """"Đại hội XIII" with no organisation: the Party's, the union's or the article's province's
    union congress; when the article names the organisation of its other congresses, that one."""
    local = [r for _, r in _other_unions(catalog) if art.province and _folded(r.province) == _folded(art.province)]
    pool = {"DANG": congresses(catalog, "DANG"), "CDVN": congresses(catalog, "CDVN"), "OTHER": local}
    held = {org: [r for r in docs if ordinal_of(r) == c.ordinal and not art.before_publication(r)] for org, docs in pool.items()}
    if len(orgs) == 1 and held.get(next(iter(orgs))):
        return held[next(iter(orgs))]
    if c.period is None and art.year is None:
        return []
    return [r for docs in held.values() for r in docs]


def find(art: Article, mentions: list[Mention], catalog: Catalog) -> list[ResolutionTag]:
    """Congress resolution tags."""
    folded = art.f.folded
    found: list[tuple[str, _Congress]] = []
    for m in mentions:
        if m.word in ("do dai hoi", "ma dai hoi"):
            kind, start, pos = "set out", m.start + 3, m.end
        elif m.word in ("nghi quyet", "nq", "nghi", "van kien"):
            anchor = _AFTER_TYPE.match(folded, m.end)
            if anchor is None:
                continue
            kind, start, pos = "resolution", m.start, anchor.end()
        elif m.word == "dai hoi":
            if _ANCHORED_BEFORE.search(folded, max(0, m.start - 16), m.start):
                continue  # read from its anchor
            kind, start, pos = "plain", m.start, m.end
        else:
            continue
        if art.drafted(start):
            continue
        parsed = _parse(art, catalog, start, pos)
        if parsed is not None:
            found.append((kind, parsed))
    orgs = {c.org for _, c in found if c.org}
    out = []
    last_end = -1
    for kind, c in found:
        end = c.end
        if kind == "plain":
            if _COORDINATED.fullmatch(folded, last_end, c.start) if last_end >= 0 else False:
                kind = "resolution"  # "nghị quyết của Đại hội X ... và Đại hội XIII ..."
            elif (stated := _STATED.match(folded, end)) is not None:
                end = stated.end()  # "Đại hội XIII của Đảng chỉ rõ: ..."
            else:
                continue
        elif kind == "set out":
            tail = _SET_OUT.match(folded, end)
            if tail is None:
                continue
            end = tail.end()
        pool = c.pool or _unqualified(art, catalog, c, orgs)
        res = _choose(pool, c.ordinal, c.period, art, c.in_force)
        if res is None:
            continue
        last_end = c.end
        while end > c.start and folded[end - 1] in " ,(":
            end -= 1
        s, e = art.f.span(c.start, end)
        out.append(ResolutionTag(res.code, res.key, res.title, art.f.text[s:e], s, e, CONGRESS))
    return out
