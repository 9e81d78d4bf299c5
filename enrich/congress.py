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
_UNION = re.compile(r"[\s,]*(?:lan thu\s+[ivxl0-9]+\s+)?(?:cua\s+)?(?:cong doan\s+(?:viet nam|vn)|cdvn|cd\s*vn)(?![a-z0-9])")
_ORDINAL_AFTER = re.compile(r"\s*,?\s*lan thu\s+([ivxl]{1,5}|[0-9]{1,2})(?![a-z0-9])")
_OTHER_BODY = re.compile(r"\s+(?:cua\s+)?(?:dang|cong doan|cd|doan|hoi|mat tran|lien doan|ldld|chi bo|tong|dai bieu)(?![a-z])")
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


_OTHER_LEAD = re.compile(r"[\s,]*(?:lan thu\s+[ivxl0-9]+\s+)?(?:cua\s+)?(?:cong doan|cd)\s+(?:(tinh|thanh pho|tp)\.?\s*)?")


def _other(catalog: Catalog, folded: str, pos: int, art: Article) -> tuple[list[Resolution], int]:
    """Congresses of the provincial or sector union named at ``pos`` ("Công đoàn tỉnh Bình Dương"),
    or of the article's province for a bare "Công đoàn tỉnh"; and where the name ends."""
    lead = _OTHER_LEAD.match(folded, pos)
    if lead is None:
        return [], pos
    for name, _ in _other_unions(catalog):
        named = re.compile(re.escape(name) + r"(?![a-z0-9])").match(folded, lead.end())
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


def find(art: Article, mentions: list[Mention], catalog: Catalog) -> list[ResolutionTag]:
    """Congress resolution tags."""
    folded = art.f.folded
    out = []
    for m in mentions:
        if m.word in ("do dai hoi", "ma dai hoi"):
            start, pos = m.start + 3, m.end
        elif m.word in ("nghi quyet", "nq", "nghi", "van kien"):
            anchor = _AFTER_TYPE.match(folded, m.end)
            if anchor is None:
                continue
            start, pos = m.start, anchor.end()
        else:
            continue
        if art.drafted(m.start):
            continue
        ordinal = None
        om = _ORDINAL.match(folded, pos)
        if om:
            ordinal, pos = roman_value(om.group(1)), om.end()
        pool: list[Resolution] = []
        in_force = False
        if (pm := _PARTY.match(folded, pos)) is not None:
            pool, pos = congresses(catalog, "DANG"), pm.end()
        elif (um := _UNION.match(folded, pos)) is not None:
            pool, pos, in_force = congresses(catalog, "CDVN"), um.end(), True
        elif _OTHER_LEAD.match(folded, pos):
            pool, pos = _other(catalog, folded, pos, art)
            if not pool:
                continue  # a union the catalog has no congress of
            in_force = True
        if ordinal is None and (late := _ORDINAL_AFTER.match(folded, pos)):
            ordinal, pos = roman_value(late.group(1)), late.end()
        period = _PERIOD.match(folded, pos)
        if period:
            pos = period.end()
        if not pool:
            if ordinal is None or _OTHER_BODY.match(folded, pos):
                continue  # no number, or a congress of some other body ("Đại hội XIII Đảng bộ tỉnh")
            if period is None and art.year is None:
                continue
            local = [r for _, r in _other_unions(catalog) if art.province and _folded(r.province) == _folded(art.province)]
            pool = congresses(catalog, "DANG") + congresses(catalog, "CDVN") + local
        if m.word in ("do dai hoi", "ma dai hoi"):
            tail = _SET_OUT.match(folded, pos)
            if tail is None:
                continue
            pos = tail.end()
        res = _choose(pool, ordinal, period, art, in_force)
        if res is not None:
            while pos > start and folded[pos - 1] in " ,(":
                pos -= 1
            s, e = art.f.span(start, pos)
            out.append(ResolutionTag(res.code, res.key, res.title, art.f.text[s:e], s, e, CONGRESS))
    return out

