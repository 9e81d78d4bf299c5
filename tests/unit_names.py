"""The unit names a composed sentence is tagged with, for the tests that hold one reading rule each."""

from __future__ import annotations

from enrich import tag


def unit_names(text: str, published: str = "2024-05-01") -> list[str]:
    """The sorted names of every unit ``tag`` finds in ``text`` (no title, no source) on ``published``."""
    return sorted(u.name for u in tag(text, published=published).units)
