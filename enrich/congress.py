"""Congress resolutions: "Nghị quyết Đại hội XIII của Đảng", "... Đại hội XII Công đoàn Việt Nam".

"Đại hội XIII" alone is ambiguous (the Party's of 2021, the union's of 2023): the organisation
is read from the words around it or the term ("nhiệm kỳ 2018 - 2023"); a bare "Nghị quyết Đại
hội Công đoàn Việt Nam" is the congress whose term covers the article date.
"""

from __future__ import annotations

import re

from crawler.textnorm import fold
from enrich.catalog import Catalog, Resolution
from enrich.tags import CONGRESS, ResolutionTag

_ROMAN = {1: "I", 4: "IV", 5: "V", 9: "IX", 10: "X", 40: "XL", 50: "L"}


def roman(number: int) -> str:
    out = ""
    for value in sorted(_ROMAN, reverse=True):
        while number >= value:
            out += _ROMAN[value]
            number -= value
    return out


def arabic(numeral: str) -> int | None:
    if numeral.isdigit():
        return int(numeral)
    values = {"i": 1, "v": 5, "x": 10, "l": 50}
    total, prev = 0, 0
    for ch in reversed(numeral.lower()):
        if ch not in values:
            return None
        value = values[ch]
        total += -value if value < prev else value
        prev = max(prev, value)
    return total or None


# On folded text: "nghi quyet dai hoi", "nghi dai hoi" (a typo seen on portals), "nq dai hoi".
_ANCHOR = re.compile(r"(?<!\w)(?:nghi quyet|nghi|nq)\s+(?:cua\s+)?dai hoi(?!\w)")
_ORDINAL = re.compile(r"\s*(?:dai bieu\s+)?(?:toan quoc\s+)?(?:lan thu\s+)?([ivxl]{1,5}|\d{1,2})(?!\w)")
_ORG_PARTY = re.compile(
    r"[\s,]*(?:lan thu\s+[ivxl\d]+\s+)?(?:cua\s+)?dang(?!\w)(?!\s+(?:cac cap|bo|uy|vien)(?!\w))"
)
_ORG_UNION = re.compile(r"[\s,]*(?:lan thu\s+[ivxl\d]+\s+)?(?:cua\s+)?(?:cong doan viet nam|cdvn)(?!\w)")
_ORDINAL_AFTER_ORG = re.compile(r"\s*lan thu\s+([ivxl]{1,5}|\d{1,2})(?!\w)")
_TERM = re.compile(r"[\s,]*(?:\(\s*)?nhiem ky\s+(\d{4})\s*-\s*(\d{4})")


def _congresses(catalog: Catalog, org: str) -> list[Resolution]:
    suffix = f"-{org}"
    return [r for r in catalog.resolutions if r.code.startswith("DH-") and r.code.endswith(suffix)]


def _term_years(res: Resolution) -> tuple[int, int] | None:
    match = re.search(r"(\d{4})\s*[-–]\s*(\d{4})", res.term or res.title)
    return (int(match.group(1)), int(match.group(2))) if match else None


def _by_ordinal(catalog: Catalog, org: str, ordinal: int) -> Resolution | None:
    code = f"DH-{roman(ordinal)}-{org}"
    return next((r for r in _congresses(catalog, org) if r.code == code), None)


def _by_term(catalog: Catalog, org: str, start: int, end: int) -> Resolution | None:
    return next((r for r in _congresses(catalog, org) if _term_years(r) == (start, end)), None)


def _in_force(catalog: Catalog, org: str, year: int | None) -> Resolution | None:
    if year is None:
        return None
    dated = [r for r in _congresses(catalog, org) if r.year and r.year <= year]
    return max(dated, key=lambda r: r.year or 0) if dated else None


def find(text: str, catalog: Catalog, article_year: int | None) -> list[ResolutionTag]:
    """Congress resolution tags in ``text``."""
    folded = fold(text)
    if len(folded) != len(text):
        return []
    out = []
    for m in _ANCHOR.finditer(folded):
        pos = m.end()
        ordinal = None
        om = _ORDINAL.match(folded, pos)
        if om:
            ordinal = arabic(om.group(1))
            pos = om.end()
        org = None
        if _ORG_PARTY.match(folded, pos):
            org, pos = "DANG", _ORG_PARTY.match(folded, pos).end()
        elif _ORG_UNION.match(folded, pos):
            org, pos = "CDVN", _ORG_UNION.match(folded, pos).end()
        if ordinal is None:
            later = _ORDINAL_AFTER_ORG.match(folded, pos)
            if later:
                ordinal, pos = arabic(later.group(1)), later.end()
        term = _TERM.match(folded, pos)
        if term:
            pos = term.end()
        if org is None:
            continue  # "Nghị quyết Đại hội XIII" alone: the Party's or the union's
        if ordinal is not None:
            res = _by_ordinal(catalog, org, ordinal)
        elif term:
            res = _by_term(catalog, org, int(term.group(1)), int(term.group(2)))
        elif org == "CDVN":
            res = _in_force(catalog, org, article_year)
        else:
            continue  # "Nghị quyết Đại hội Đảng" without a number: any level of the Party
        if res is not None:
            out.append(ResolutionTag(res.code, res.key, res.title, text[m.start() : pos].rstrip(" ,"), m.start(), pos, CONGRESS))
    return out
