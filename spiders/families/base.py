"""The shape of a family adapter: hints only, never a required selector."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hints:
    """Where a CMS family usually puts things."""

    name: str
    # CSS selectors tried first for the article body (soft: must match a text-rich element).
    body: tuple[str, ...] = ()
    # CSS selector of the "next page" link of a listing, when the family has a standard one.
    next_page: str | None = None
