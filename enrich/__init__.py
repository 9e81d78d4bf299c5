"""Tagging: which resolutions an article cites and which union units it is about."""

from __future__ import annotations

import crawler  # noqa: F401  (first: its guard decides whether compiled modules are imported)
from enrich.resolutions import tag_resolutions
from enrich.tags import ResolutionTag, Tags, UnitTag
from enrich.units import SourceContext, tag_units


def tag(
    text: str,
    *,
    title: str | None = None,
    source: SourceContext | None = None,
    published: str | None = None,
    province: str | None = None,
    url: str | None = None,
) -> Tags:
    """Tag one article. Offsets of resolution evidence refer to ``text``.

    ``province`` (of the publishing portal) resolves provincial codes such as 13-CTr/TU; the
    source's province is used when it is not given. ``url``, the page's address, may name the
    organisation a union written bare is of (enrich/unitsite.py).
    """
    province = province or (source.province if source else None)
    resolutions = tag_resolutions(text, published=published, province=province)
    if title:
        seen = {t.key for t in resolutions} | {t.id for t in resolutions if t.discovered}
        for t in tag_resolutions(title, published=published, province=province):
            if t.key not in seen and not (t.discovered and t.id in seen):
                t.start = t.end = None  # evidence is in the title, not the text
                resolutions.append(t)
    units = tag_units(text, title=title, source=source, published=published, url=url)
    return Tags(resolutions, units)


__all__ = ["ResolutionTag", "SourceContext", "Tags", "UnitTag", "tag"]
