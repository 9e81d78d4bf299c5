"""Citations -> catalog documents, with the evidence span and how the tag was decided.

1. explicit codes ("02-NQ/TW", "13-CTr/TU", "202/2025/QH15"), disambiguated by the evidence
   around them (``enrich.choose``) and, for provincial codes, by the province named next to them
   or the article's province;
2. short forms ("Nghị quyết số 02", "NQ 02", "Chỉ thị 05 của Bộ Chính trị") resolved by a full
   citation of the same type and number in the same article, or by the catalog and the evidence;
3. names: plenums ("Nghị quyết Trung ương 6 khóa X"), laws and charters by name ("Luật Công đoàn
   năm 2012", "Điều lệ Công đoàn Việt Nam"), other catalog names and titles;
4. congress resolutions ("Nghị quyết Đại hội XIII của Đảng", "... Công đoàn Việt Nam").
Codes cited in full but absent from the catalog are still tagged, as discovered documents.
"""

from __future__ import annotations

import re
from functools import cache

from enrich import congress, names, shortforms
from enrich.catalog import (
    Catalog,
    Resolution,
    code_key,
    load_catalog,
    province_names,
    same_province,
)
from enrich.choose import Evidence, evidence, possible, ranked
from enrich.citations import Citation, find_citations, with_full_codes
from enrich.context import Article
from enrich.folding import fold_text
from enrich.tags import CONGRESS, EXACT, NAME, SHORT, ResolutionTag, sentence_at


@cache
def _provinces() -> tuple[re.Pattern[str], dict[str, str]]:
    folded = {fold_text(n).folded: n for n in province_names().values() if n}
    alternation = "|".join(sorted(map(re.escape, folded), key=len, reverse=True))
    return re.compile(r"(?<![a-z0-9])(" + alternation + r")(?![a-z0-9])"), folded


def _province_near(art: Article, end: int) -> str | None:
    """A province named right after a provincial code ("của Tỉnh ủy Sóc Trăng")."""
    pattern, names_by_fold = _provinces()
    m = pattern.search(art.f.folded, end, art.window_end(end, None, 70))
    return names_by_fold[m.group(1)] if m else None


def _exact(cit: Citation, art: Article, catalog: Catalog, limit: int | None) -> ResolutionTag:
    candidates = catalog.candidates(cit.code)
    province = None
    if cit.local:
        province = _province_near(art, cit.end) or art.province
        candidates = tuple(c for c in candidates if c.province and province and same_province(c.province, province))
    if len(candidates) == 1:  # no points to compare: only whether it can be meant, and the date next to it
        ev = Evidence(art.date_after(cit.end) or art.date_before(cit.start), None, None, None, cit.end)
        scored = [(0.0, candidates[0])] if possible(candidates[0], ev.near, art) else []
    else:
        ev = evidence(art, cit.start, cit.end, limit)
        scored = ranked(candidates, ev, art, catalog)
    if scored and _another_years_issue(scored[0][1], candidates, ev, art):
        scored = []
    if scored:
        res = scored[0][1]
        return ResolutionTag(res.code, res.key, res.title, cit.evidence, cit.start, cit.end, EXACT)
    year = cit.year or (ev.near.year if ev.near else None) or art.year
    key = f"{cit.code}@{year}" if year else cit.code
    if cit.local and province:
        key = f"{key}#{province}"
    row = {
        "key": key, "code": cit.code, "year": str(year or ""), "type_abbr": cit.type_abbr,
        "number": cit.number, "issuer_code": cit.issuer, "system": cit.system,
        "province": province or "" if cit.local else "",
    }
    return ResolutionTag(cit.code, key, "", cit.evidence, cit.start, cit.end, EXACT, discovered=row)


def _another_years_issue(res: Resolution, candidates: tuple[Resolution, ...], ev: Evidence, art: Article) -> bool:
    """State numbers restart every year: a code the catalog holds for several years (the
    Government's yearly 02/NQ-CP), cited with no date in a year the catalog lacks, is that
    year's document, not the catalog's issue of another year."""
    return (
        res.system == "state" and ev.near is None and art.year is not None and res.year != art.year
        and len({c.year for c in candidates}) > 1
    )


_METHOD_RANK = {EXACT: 0, SHORT: 1, CONGRESS: 2, NAME: 3}


def _rank(tag: ResolutionTag) -> tuple[int, int]:
    """The strongest evidence first (a full code), then the earliest."""
    return _METHOD_RANK.get(tag.method, 9), tag.start if tag.start is not None else -1


def tag_resolutions(
    text: str,
    *,
    published: str | None = None,
    province: str | None = None,
    catalog: Catalog | None = None,
) -> list[ResolutionTag]:
    """Resolution tags of one article text (NFC). One tag per document, first evidence kept."""
    catalog = catalog or load_catalog()
    art = Article(fold_text(text), published or "", province)
    citations = with_full_codes(find_citations(art.f))
    art.codes = {code_key(c.code) for c in citations}
    tags: dict[str, ResolutionTag] = {}

    def keep(tag: ResolutionTag) -> None:
        # A document outside the catalog is known by its code: one tag however its year was read.
        slot = f"code:{tag.id}" if tag.discovered else tag.key
        current = tags.get(slot)
        if current is None or _rank(tag) < _rank(current):
            tags[slot] = tag

    explicit: list[tuple[Citation, ResolutionTag]] = []
    for i, cit in enumerate(citations):
        limit = citations[i + 1].start if i + 1 < len(citations) else None
        tag = _exact(cit, art, catalog, limit)
        explicit.append((cit, tag))
        keep(tag)
    taken = [(c.start, c.end) for c in citations]
    mentions = shortforms.scan(art, taken)
    for tag in shortforms.resolve(art, mentions, explicit, catalog):
        keep(tag)
    for tag in names.find(art, mentions, catalog):
        keep(tag)
    for tag in congress.find(art, mentions, catalog):
        keep(tag)
    out = sorted(tags.values(), key=lambda t: t.start if t.start is not None else -1)
    for tag in out:
        if tag.start is not None and tag.end is not None:
            tag.sentence = sentence_at(text, tag.start, tag.end)
    return out


def resolution_by_key(key: str) -> Resolution | None:
    return load_catalog().by_key.get(key)


__all__ = ["resolution_by_key", "tag_resolutions"]
