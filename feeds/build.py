"""FeedSpec + store.feed_rows -> RSS 2.0 and Atom: the only module that imports feedgen."""

from __future__ import annotations

import html
from datetime import datetime

from feedgen.feed import FeedGenerator
from sqlite_utils import Database

from crawler import store
from crawler.dates import VN_TZ, parse_machine
from crawler.extract.sanitize import sanitize
from feeds.specs import FeedSpec

GENERATOR = "UnionWatch"


def _when(value: str | None) -> datetime:
    parsed = parse_machine(value) if value else None
    if parsed is None and value and len(value) == 10:
        parsed = parse_machine(value + "T00:00:00")
    return parsed or datetime(1970, 1, 1, tzinfo=VN_TZ)


def guid(article_id: str) -> str:
    """A guid that never changes: the article id comes from its canonical URL."""
    return f"urn:unionwatch:article:{article_id}"


def _content(row: dict) -> str:
    parts = []
    for res in row["resolutions"]:
        sentence = res.get("sentence") or res.get("evidence") or ""
        parts.append(f"<p><strong>{html.escape(res['code'])}</strong>: {html.escape(sentence)}</p>")
    if row.get("body_html"):
        parts.append(row["body_html"])
    return sanitize("\n".join(parts))


def build(
    db: Database, spec: FeedSpec, base_url: str, limit: int = 50, copies: bool = True
) -> FeedGenerator:
    """A feedgen FeedGenerator for one feed, newest ``limit`` articles (without syndicated
    copies when ``copies`` is false)."""
    rows = store.feed_rows(db, spec.kind, spec.key or None, limit=limit, copies=copies)
    fg = FeedGenerator()
    base = base_url.rstrip("/")
    fg.id(f"{base}{spec.path('atom')}")
    fg.title(spec.title)
    fg.link(href=f"{base}{spec.path('rss')}", rel="self")
    fg.link(href=f"{base}/", rel="alternate")
    fg.description(f"UnionWatch feed: {spec.title}")
    fg.language("vi")
    fg.generator(GENERATOR)
    updated = max((_when(r["last_changed"]) for r in rows), default=_when(None))
    fg.updated(updated)
    fg.lastBuildDate(updated)
    for row in reversed(rows):  # feedgen prepends entries: add oldest first
        entry = fg.add_entry()
        entry.id(guid(row["id"]))
        entry.guid(guid(row["id"]), permalink=False)
        entry.title(row["title"])
        entry.link(href=row["url"])
        entry.published(_when(row["published"] or row["first_seen"]))
        entry.updated(_when(row["last_changed"]))
        author = row.get("author") or row.get("unit")
        if author:
            entry.author({"name": author})
        for res in row["resolutions"]:
            entry.category(term=res["code"], label=res["code"])
        for unit in row["units"]:
            entry.category(term=unit, label=unit)
        entry.description(html.escape(row["summary"] or ""))
        entry.content(_content(row), type="CDATA")
    return fg


def render(
    db: Database, spec: FeedSpec, fmt: str, base_url: str, limit: int = 50, copies: bool = True
) -> bytes:
    """Serialised feed bytes in ``fmt`` ("rss" or "atom")."""
    fg = build(db, spec, base_url, limit, copies)
    return fg.atom_str(pretty=True) if fmt == "atom" else fg.rss_str(pretty=True)
