"""Which feeds exist and where they live: one FeedSpec per resolution, unit, province, source.

URL rule (stable): ``/feeds/<kind>/<slug>.<rss|atom>``. Resolution slugs are the catalog key
with every run of non-alphanumerics turned into "-" and Vietnamese letters folded
("02-NQ/TW@2021" -> "02-NQ-TW-2021"); the code alone ("02-NQ-TW") is an alias for the most
recent document with that code. Unit and source slugs are their ids; province slugs are the
folded name ("soc-trang"), and an old (pre-2025) province name redirects to its new province.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from crawler import store
from crawler.textnorm import slugify

KINDS = ("resolution", "unit", "province", "source", "all")


@dataclass(frozen=True)
class FeedSpec:
    """One feed: what it selects and what it is called."""

    kind: str
    key: str
    slug: str
    title: str

    def path(self, fmt: str = "rss") -> str:
        return f"/feeds/{self.kind}/{self.slug}.{fmt}"


ALL = FeedSpec("all", "", "all", "UnionWatch: tất cả bài viết / all articles")


def all_specs(db: Database) -> list[FeedSpec]:
    """Every feed with at least one article, in a stable order."""
    catalog = store.feed_catalog(db)
    specs = [ALL]
    for r in catalog["resolution"]:
        specs.append(FeedSpec("resolution", r["key"], r["slug"], f"{r['code']} ({r['year'] or '?'}): {r['title'] or ''}".rstrip(": ")))
    for u in catalog["unit"]:
        specs.append(FeedSpec("unit", u["key"], u["key"], u["name"]))
    for p in catalog["province"]:
        specs.append(FeedSpec("province", p["key"], slugify(p["key"]), f"Tỉnh/thành phố {p['key']}"))
    for s in catalog["source"]:
        specs.append(FeedSpec("source", s["key"], s["key"], s["name"]))
    return specs


def find_spec(db: Database, kind: str, slug: str) -> FeedSpec | None:
    """The feed at ``/feeds/<kind>/<slug>``, resolving aliases; None when there is none."""
    if kind == "all":
        return ALL if slug == "all" else None
    if kind == "resolution":
        row = store.resolution_by_slug(db, slug)
        if row is None:
            return None
        return FeedSpec("resolution", row["key"], row["slug"], f"{row['code']} ({row['year'] or '?'}): {row['title'] or ''}".rstrip(": "))
    for spec in all_specs(db):
        if spec.kind == kind and spec.slug == slug:
            return spec
    return None
