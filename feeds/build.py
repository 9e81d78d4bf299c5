"""FeedSpec + store rows -> RSS 2.0 and Atom: the only module that imports feedgen.

An item's guid is ``urn:unionwatch:article:<id>`` where the id comes from the article's
canonical URL, so an edited or re-crawled article keeps its guid and readers never see it twice.
Items are ordered newest first by publication date (then id), never by crawl time, so a re-crawl
does not reorder a feed.
"""

from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from urllib.parse import urlencode

from feedgen.entry import FeedEntry
from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from feedgen.util import xml_elem
from lxml import etree
from sqlite_utils import Database

from crawler import store_ops, store_pub
from crawler.dates import VN_TZ, parse_machine
from crawler.extract.sanitize import sanitize
from feeds import items
from feeds.specs import FeedSpec

GENERATOR = "UnionWatch"
SUMMARY_CHARS = 300
EPOCH = datetime(1970, 1, 1, tzinfo=VN_TZ)


@dataclass(frozen=True)
class Rendered:
    """One feed serialised both ways, and when its content last changed."""

    rss: bytes
    atom: bytes
    updated: datetime

    def body(self, fmt: str) -> bytes:
        return self.atom if fmt == "atom" else self.rss


def validator(*parts: object) -> str:
    """A strong validator (quoted, as an HTTP ETag) of what a feed is made of."""
    digest = hashlib.sha1(repr((GENERATOR, *parts)).encode("utf-8")).hexdigest()[:20]
    return f'"{digest}"'


def state(db: Database, spec: FeedSpec, limit: int) -> tuple[list[str] | None, list, str | None]:
    """(article ids, their versions, the tag or alert stamp): all a feed's content depends on,
    read without building it."""
    if spec.kind == "alerts":
        return None, [], store_pub.last_alert(db)
    ids = store_pub.feed_ids(db, spec.kind, spec.key or None, limit, dict(spec.filters))
    return ids, store_pub.feed_versions(db, ids), store_pub.tags_changed(db)


@lru_cache(maxsize=65_536)  # an export asks for the same crawl times again and again
def when(value: str | None) -> datetime:
    """An ISO date or datetime from the store as an aware datetime (+07:00 for bare dates)."""
    parsed = parse_machine(value) if value else None
    if parsed is None and value and len(value) == 10:
        parsed = parse_machine(value + "T00:00:00")
    return parsed or EPOCH


def guid(article_id: str) -> str:
    """A guid that never changes: the article id comes from its canonical URL."""
    return f"urn:unionwatch:article:{article_id}"


def summary(text: str | None) -> str:
    """The first sentences of the text on one line, cut at a word boundary."""
    flat = " ".join((text or "").split())
    if len(flat) <= SUMMARY_CHARS:
        return flat
    return flat[:SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"


@lru_cache(maxsize=20_000)
def _content_cached(aid: str, changed: str, parts: str) -> str:
    return sanitize(parts)


def _content(row: dict) -> str:
    """Evidence sentences, then the body: sanitised (an article shows up in several feeds, so
    the result is kept per article version)."""
    return _content_cached(row["id"], row.get("last_changed") or "", _content_html(row))


def _content_html(row: dict) -> str:
    parts = []
    for res in row["resolutions"]:
        sentence = res.get("sentence") or res.get("evidence") or ""
        parts.append(f"<p><strong>{html.escape(res['code'])}</strong>: {html.escape(sentence)}</p>")
    if row.get("body_html"):
        parts.append(row["body_html"])
    else:
        parts.append(f"<p>{html.escape(row.get('summary') or '')}</p>")
    return "\n".join(parts)


DC = "http://purl.org/dc/elements/1.1/"


class Creator(BaseExtension):
    """dc:creator on RSS items (RSS's own <author> wants an e-mail address)."""

    def extend_ns(self) -> dict[str, str]:
        return {"dc": DC}


class CreatorEntry(BaseEntryExtension):
    """The entry half of ``Creator``: one dc:creator, nothing else (feedgen's dc is slow)."""

    def __init__(self) -> None:
        self.name: str | None = None

    def creator(self, name: str) -> None:
        self.name = name

    def extend_rss(self, entry):  # noqa: ANN001, ANN201 - feedgen's signature
        if self.name:
            xml_elem(f"{{{DC}}}creator", entry).text = self.name
        return entry

    def extend_atom(self, entry):  # noqa: ANN001, ANN201 - the Atom entry has <author>
        return entry


def _links(fg: FeedGenerator, base: str, spec: FeedSpec, fmt: str, database: str) -> None:
    query = ("?" + urlencode(spec.filters)) if spec.filters else ""
    fg.link(href=f"{base}{spec.path(fmt)}{query}", rel="self", replace=True)
    fg.link(href=f"{base}{spec.page_path(database)}", rel="alternate")


def _channel(spec: FeedSpec, base: str) -> FeedGenerator:
    fg = FeedGenerator()
    fg.register_extension("creator", Creator, CreatorEntry, atom=False)
    fg.id(f"{base}{spec.path('atom')}")
    fg.title(spec.title)
    fg.description(f"UnionWatch: {spec.title}")
    fg.language("vi")
    fg.generator(GENERATOR)
    return fg


class Item:
    """An article's item, written once per format (feeds/items.py, as UTF-8 bytes) and reused by
    every feed that carries it."""

    __slots__ = ("fields", "encoded")

    def __init__(self, fields: dict) -> None:
        self.fields = fields
        self.encoded: dict[str, bytes] = {}


def entry_xml(entry: FeedEntry | Item, fmt: str) -> str:
    """One entry's <item> or <entry> element as text.

    An article appears in several feeds (all, its resolutions, units, province and source) and
    its item is the same in each, so feeds are assembled from these serialised entries.
    """
    if isinstance(entry, Item):
        return entry_bytes(entry, fmt).decode("utf-8")
    cache = entry.__dict__.setdefault("_uw_xml", {})
    if fmt not in cache:
        element = entry.atom_entry() if fmt == "atom" else entry.rss_entry()
        cache[fmt] = etree.tostring(element, encoding="unicode", pretty_print=True)
    return cache[fmt]


def entry_bytes(entry: FeedEntry | Item, fmt: str) -> bytes:
    """An entry's element in UTF-8, made once per entry and format (feeds are spliced as bytes):
    an Item is written as bytes directly, a feedgen entry is ``entry_xml`` encoded."""
    if isinstance(entry, Item):
        cache = entry.encoded
        if fmt not in cache:
            cache[fmt] = items.atom_entry(entry.fields) if fmt == "atom" else items.rss_item(entry.fields)
        return cache[fmt]
    cache = entry.__dict__.setdefault("_uw_bytes", {})
    if fmt not in cache:
        cache[fmt] = entry_xml(entry, fmt).encode("utf-8")
    return cache[fmt]


EntryCache = dict  # (article id, last_changed, base URL) -> FeedEntry, shared by one export


def _article_entry(row: dict, base: str) -> FeedEntry:
    entry = FeedEntry()
    entry.register_extension("creator", CreatorEntry, atom=False)
    entry.guid(guid(row["id"]), permalink=False)
    entry.title(row["title"])
    entry.link(href=row["url"])
    entry.published(when(row["published"] or row["first_seen"]))
    entry.updated(when(row["last_changed"]))
    author = row.get("author") or row.get("unit")
    if author:
        entry.author({"name": author})
        entry.creator.creator(author)
    for res in row["resolutions"]:
        entry.category(term=res["code"], label=res["code"], scheme=f"{base}/feeds/resolution/")
    for unit in row["units"]:
        entry.category(term=unit, label=unit, scheme=f"{base}/feeds/unit/")
    entry.summary(html.escape(summary(row.get("summary"))), type="html")
    entry.content(_content(row), type="html")
    return entry


def _article_item(row: dict, base: str) -> FeedEntry | Item:
    """The item of an article row: written directly, or by feedgen in the rare cases where
    feedgen writes something else (no summary, no title or link, content sanitised away)."""
    brief = html.escape(summary(row.get("summary")))
    content = _content(row)
    if not (row.get("title") and row.get("url") and brief and content):
        return _article_entry(row, base)
    categories = [(r["code"], f"{base}/feeds/resolution/") for r in row["resolutions"]]
    categories += [(unit, f"{base}/feeds/unit/") for unit in row["units"]]
    return Item(items.escaped({
        "guid": guid(row["id"]), "title": row["title"], "link": row["url"], "summary": brief,
        "content": content, "published": when(row["published"] or row["first_seen"]),
        "updated": when(row["last_changed"]), "author": row.get("author") or row.get("unit"),
        "categories": categories,
    }))


def prefetch(db: Database, versions: list, base: str, cache: EntryCache) -> None:
    """Cache the items of the (id, last_changed) ``versions`` the cache lacks, their rows read in
    one query (an export asks this for several feeds at once; an id deleted meanwhile gets none)."""
    missing = list(dict.fromkeys(aid for aid, changed in versions if (aid, changed, base) not in cache))
    rows = {row["id"]: row for row in store_pub.feed_rows_for(db, missing)}
    for aid, changed in versions:
        if aid in rows and (aid, changed, base) not in cache:
            cache[(aid, changed, base)] = _article_item(rows[aid], base)


def _article_entries(
    db: Database, ids: list[str], base: str, cache: EntryCache | None, versions: list | None = None
) -> tuple[list[FeedEntry | Item], datetime]:
    """Entries of the articles ``ids``, in order, building only those the cache lacks; and the
    newest change among them. ``versions``: the ids' (id, last_changed), when already read."""
    versions = store_pub.feed_versions(db, ids) if versions is None else versions
    cache = cache if cache is not None else {}
    prefetch(db, versions, base, cache)
    entries = []
    for aid, changed in versions:
        key = (aid, changed, base)
        if key in cache:  # else deleted meanwhile
            entries.append(cache[key])
    return entries, max((when(changed) for _, changed in versions), default=EPOCH)


def _alert_entries(rows: list[dict], base: str) -> list[FeedEntry]:
    entries = []
    for row in rows:
        entry = FeedEntry()
        entry.guid(f"urn:unionwatch:alert:{row['id']}", permalink=False)
        source = row.get("source_name") or row.get("source_id") or "UnionWatch"
        entry.title(f"[{row['kind']}] {source}")
        entry.link(href=row.get("source_url") or f"{base}/")
        entry.published(when(row["created"]))
        entry.updated(when(row["created"]))
        entry.category(term=row["kind"], label=row["kind"])
        text = row["message"] + (f" ({row['cause']})" if row.get("cause") else "")
        entry.summary(html.escape(text), type="html")
        entry.content(f"<p>{html.escape(text)}</p>", type="html")
        entries.append(entry)
    return entries


def _assemble(channel: bytes, entries: list[FeedEntry | Item], fmt: str) -> bytes:
    """The channel feedgen wrote, with the entries' XML before its closing tag (UTF-8 bytes:
    the encoding of a concatenation is the concatenation of the encodings)."""
    at = channel.rfind(b"</feed>" if fmt == "atom" else b"</channel>")
    return b"".join([channel[:at], *(entry_bytes(entry, fmt) for entry in entries), channel[at:]])


def render_both(
    db: Database,
    spec: FeedSpec,
    base_url: str,
    limit: int = 50,
    database: str = "unionwatch",
    formats: tuple[str, ...] = ("rss", "atom"),
    cache: EntryCache | None = None,
    ids: list[str] | None = None,
    versions: list | None = None,
) -> Rendered:
    """The feed of ``spec`` (newest ``limit`` items, or the articles ``ids`` when the caller
    already chose them, with their ``versions`` when read too) as RSS 2.0 and Atom bytes (the
    formats asked for)."""
    base = base_url.rstrip("/")
    fg = _channel(spec, base)
    if spec.kind == "alerts":
        rows = store_ops.recent_alerts(db, limit)
        entries = _alert_entries(rows, base)
        updated = max((when(r["created"]) for r in rows), default=EPOCH)
    else:
        if ids is None:
            ids = store_pub.feed_ids(db, spec.kind, spec.key or None, limit, dict(spec.filters))
        entries, updated = _article_entries(db, ids, base, cache, versions)
    fg.updated(updated)
    fg.lastBuildDate(updated)
    out = {"rss": b"", "atom": b""}
    for fmt in formats:
        _links(fg, base, spec, fmt, database)
        channel = fg.atom_str(pretty=True) if fmt == "atom" else fg.rss_str(pretty=True)
        out[fmt] = _assemble(channel, entries, fmt)
    return Rendered(rss=out["rss"], atom=out["atom"], updated=updated)


def render(
    db: Database, spec: FeedSpec, fmt: str, base_url: str, limit: int = 50, copies: bool = True
) -> bytes:
    """Serialised feed bytes in ``fmt`` ("rss" or "atom")."""
    return render_both(db, spec, base_url, limit).body(fmt)
