"""Which feeds exist and where they live: one FeedSpec per resolution, unit, province, source.

URL rule (stable): ``/feeds/<kind>/<slug>.<rss|atom>``.

- resolution: the catalog key with Vietnamese letters folded and every run of other characters
  turned into "-" ("02-NQ/TW@2021" -> ``02-NQ-TW-2021``); the code alone (``02-NQ-TW``) is an
  alias for the most recent document with that code.
- unit: the gazetteer id (``ldld-soc-trang``); source: the registry id.
- province: the folded name (``can-tho``); a province merged away in 2025 (``soc-trang``)
  redirects to the province it joined.
- all: ``all``; alerts (operators): ``all``.

The slugs are data already stored (catalog keys, ids, names), so a URL stays valid as long as
the thing it names exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote

from sqlite_utils import Database

from crawler import store_pub
from crawler.textnorm import fold, slugify

KINDS = ("resolution", "unit", "province", "source", "all", "alerts")
FORMATS = ("rss", "atom")


@dataclass(frozen=True)
class FeedSpec:
    """One feed: what it selects, what it is called, and optional extra filters."""

    kind: str
    key: str
    slug: str
    title: str
    filters: tuple[tuple[str, str], ...] = field(default=())

    def path(self, fmt: str = "rss") -> str:
        return f"/feeds/{self.kind}/{self.slug}.{fmt}"

    def page_path(self, database: str = "unionwatch") -> str:
        """The web page this feed follows: the resolution page or the filtered articles table."""
        if self.kind == "resolution":
            return f"/resolution/{self.slug}"
        column = {"unit": "units__arraycontains", "province": "province_new", "source": "source_id"}
        if self.kind in column:
            value = self.title if self.kind == "unit" else self.key
            return f"/{database}/articles?{column[self.kind]}={quote(value)}"
        if self.kind == "alerts":
            return f"/{database}/alerts"
        return f"/{database}/articles"

    def narrowed(self, filters: dict[str, str]) -> FeedSpec:
        """The same feed with ``?resolution=...&province=...`` filters applied."""
        kept = tuple((k, v) for k, v in sorted(filters.items()) if v)
        if not kept:
            return self
        label = ", ".join(f"{k}={v}" for k, v in kept)
        return FeedSpec(self.kind, self.key, self.slug, f"{self.title} [{label}]", kept)


def code_slug(code: str) -> str:
    """The slug of a document code or catalog key: "02-NQ/TW@2021" -> "02-NQ-TW-2021", Đ -> D."""
    return "-".join(re.findall(r"[A-Z0-9]+", fold(code).upper()))


def province_slug(name: str) -> str:
    """The slug of a province name: "Cần Thơ" -> "can-tho"."""
    return slugify(name)


ALL = FeedSpec("all", "", "all", "UnionWatch: tất cả bài viết / all articles")
ALERTS = FeedSpec("alerts", "", "all", "UnionWatch: cảnh báo nguồn / source alerts")


def _resolution(row: dict) -> FeedSpec:
    title = f"{row['code']} ({row['year'] or '?'}): {row['title'] or ''}".rstrip(": ")
    return FeedSpec("resolution", row["key"], row["slug"], title)


def _province(name: str) -> FeedSpec:
    return FeedSpec("province", name, slugify(name), f"Tỉnh/thành phố {name}")


def all_specs(db: Database) -> list[FeedSpec]:
    """Every feed with at least one article (plus the alert feed), in a stable order."""
    catalog = store_pub.feed_catalog(db)
    specs = [ALL]
    specs += [_resolution(r) for r in catalog["resolution"]]
    specs += [FeedSpec("unit", u["key"], u["key"], u["name"]) for u in catalog["unit"]]
    specs += [_province(p["key"]) for p in catalog["province"]]
    specs += [FeedSpec("source", s["key"], s["key"], s["name"]) for s in catalog["source"]]
    specs.append(ALERTS)
    return specs


def find_spec(db: Database, kind: str, slug: str) -> FeedSpec | None:
    """The feed at ``/feeds/<kind>/<slug>``, resolving aliases; None when there is none."""
    if kind in ("all", "alerts"):
        return (ALL if kind == "all" else ALERTS) if slug == "all" else None
    if kind == "resolution":
        row = store_pub.resolution_by_slug(db, slug)
        return _resolution(row) if row else None
    if kind == "unit":
        unit = store_pub.unit_by_id(db, slug)
        return FeedSpec("unit", unit["id"], unit["id"], unit["name"]) if unit else None
    if kind == "source":
        source = store_pub.source_by_id(db, slug)
        return FeedSpec("source", source["id"], source["id"], source["name"]) if source else None
    if kind == "province":
        current = {new or old for old, new in store_pub.province_pairs(db)}
        for name in sorted(current):
            if slugify(name) == slug:
                return _province(name)
    return None


def province_redirect(db: Database, slug: str) -> str | None:
    """The slug of the province a pre-2025 province (by slug) was merged into, if any."""
    for old, new in store_pub.province_pairs(db):
        if new and slugify(old) == slug and slugify(new) != slug:
            return slugify(new)
    return None
