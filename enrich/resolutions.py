"""Citations -> catalog documents, with the evidence span and how the tag was decided.

1. explicit codes ("02-NQ/TW", "13-CTr/TU", "202/2025/QH15"), disambiguated by the date next to
   the citation, the term (khóa), the province of provincial codes, and the article date;
2. short forms ("Nghị quyết số 02", "NQ 02") resolved by a full citation of the same type and
   number in the same article;
3. distinctive catalog names ("Nghị quyết Trung ương 6 khóa X", "Luật Công đoàn 2024");
4. congress resolutions ("Nghị quyết Đại hội XIII của Đảng", "... Công đoàn Việt Nam").
Codes cited in full but absent from the catalog are still tagged, as discovered documents.
"""

from __future__ import annotations

import re

from crawler.dates import find_dates
from crawler.textnorm import fold
from enrich import congress, shortforms
from enrich.catalog import Catalog, Resolution, load_catalog
from enrich.citations import Citation, find_citations
from enrich.tags import EXACT, ResolutionTag, sentence_at

_TERM = re.compile(r"khóa\s+([IVXLC]+)\b", re.IGNORECASE)
_PROVINCIAL = ("TU", "HU", "QU", "TXU", "ĐU", "ĐUK")


def _context_year(text: str, cit: Citation) -> int | None:
    window = text[cit.end : cit.end + 45]
    dates = find_dates(window)
    if dates and dates[0].start < 25:
        return dates[0].day.year
    return cit.year


def _choose(candidates: tuple[Resolution, ...], text: str, cit: Citation, article_year: int | None, province: str | None) -> Resolution | None:
    if cit.issuer in _PROVINCIAL:
        candidates = tuple(c for c in candidates if c.province and province and fold(c.province) == fold(province))
    if not candidates:
        return None
    year = _context_year(text, cit)
    if year is not None:
        same = [c for c in candidates if c.year == year]
        if same:
            return same[0]
    term = _TERM.search(text[cit.end : cit.end + 120])
    if term:
        same = [c for c in candidates if c.term and fold(term.group(1)) in fold(c.term).split()]
        if same:
            return same[0]
    if len(candidates) == 1:
        return candidates[0]
    dated = [c for c in candidates if c.year and (article_year is None or c.year <= article_year)]
    return max(dated, key=lambda c: c.year or 0) if dated else None


def _discovered(cit: Citation, text: str, article_year: int | None, province: str | None) -> ResolutionTag:
    year = _context_year(text, cit) or article_year
    key = f"{cit.code}@{year}" if year else cit.code
    if cit.issuer in _PROVINCIAL and province:
        key = f"{key}#{province}"
    row = {
        "key": key, "code": cit.code, "year": str(year or ""), "type_abbr": cit.type_abbr,
        "number": cit.number, "issuer_code": cit.issuer, "system": cit.system,
        "province": province or "" if cit.issuer in _PROVINCIAL else "",
    }
    return ResolutionTag(cit.code, key, "", cit.evidence, cit.start, cit.end, EXACT, discovered=row)


def tag_resolutions(
    text: str,
    *,
    published: str | None = None,
    province: str | None = None,
    catalog: Catalog | None = None,
) -> list[ResolutionTag]:
    """Resolution tags of one article text (NFC). One tag per document, first evidence kept."""
    catalog = catalog or load_catalog()
    article_year = int(published[:4]) if published else None
    tags: dict[str, ResolutionTag] = {}

    def keep(tag: ResolutionTag) -> None:
        if tag.key not in tags:
            tag.sentence = sentence_at(text, tag.start, tag.end)
            tags[tag.key] = tag

    explicit: list[tuple[Citation, ResolutionTag]] = []
    for cit in find_citations(text):
        chosen = _choose(catalog.candidates(cit.code), text, cit, article_year, province)
        if chosen is not None:
            tag = ResolutionTag(chosen.code, chosen.key, chosen.title, cit.evidence, cit.start, cit.end, EXACT)
        else:
            tag = _discovered(cit, text, article_year, province)
        explicit.append((cit, tag))
        keep(tag)
    for tag in shortforms.resolve(text, explicit, catalog, article_year):
        keep(tag)
    for tag in congress.find(text, catalog, article_year):
        keep(tag)
    return sorted(tags.values(), key=lambda t: t.start)


__all__ = ["tag_resolutions"]
