"""What the unit tests compare: the units an article's text is tagged with, publisher left out."""

from __future__ import annotations

from enrich.units import SourceContext, tag_units


def units(
    text: str, *, title: str | None = None, source: SourceContext | None = None, date: str | None = None
) -> set[tuple[str, str, str | None]]:
    """(name, level, province) of every non-publisher tag."""
    return {(u.name, u.level, u.province) for u in tag_units(text, title=title, source=source, published=date)
            if u.role != "publisher"}
