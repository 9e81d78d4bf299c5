"""What an incremental crawl remembers and compares: listing validators, fingerprints, windows."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from crawler.extract.html import parse
from crawler.urls import canonicalize, join

if TYPE_CHECKING:
    import lxml.html

    from crawler.extract.listing import ListedArticle

NO_LINKS = "no-links"


@dataclass(frozen=True)
class ListingState:
    """What the last completed crawl saw at one listing URL (a ``listing_state`` row)."""

    url: str
    source_id: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    layout: str | None = None
    links: int | None = None
    last_fetched: str | None = None

    def conditional_headers(self) -> dict[str, str]:
        """If-None-Match / If-Modified-Since from the stored validators (RFC 9110 §13.1)."""
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True)
class KnownArticle:
    """A stored article as the spider needs it: when it appeared and which fields it has."""

    url: str
    when: str  # published, or first seen when the page gives no date (ISO 8601)
    has_date: bool
    has_author: bool


def listing_fingerprint(listed: list[ListedArticle], keys: list[str] | None = None) -> str:
    """Hash of what a listing page says: its article links, their titles and dates, in order.

    Counters, "today" banners and teasers are left out, so a page whose items did not change
    keeps its fingerprint even when its bytes (and so its ETag) change every day. ``keys``, when
    given, are the links' canonical URLs, in order (a listing's reading gives them).
    """
    urls = [canonicalize(a.url) for a in listed] if keys is None else keys
    payload = "\n".join(f"{key}\x1f{a.title}\x1f{a.date or ''}" for a, key in zip(listed, urls, strict=True))
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:20]


def _shape(el) -> str:  # noqa: ANN001 - an lxml element
    return _shape_of(el.tag, el.get("class") or "")


@lru_cache(maxsize=16384)
def _shape_of(tag: str, classes: str) -> str:
    """``_shape`` of an element by its tag and class attribute: remembered, as a listing repeats
    the same few around each of its links, and every page of a site the same ones."""
    tokens = sorted(t for t in classes.split() if not any(c.isdigit() for c in t))
    return ".".join([tag, *tokens])


def layout_signature(html: str, base_url: str, urls: list[str], depth: int = 4, sample: int = 3,
                     tree: lxml.html.HtmlElement | None = None) -> str:
    """The markup around a listing's first article links: tag and class names of each link and
    its ``depth`` nearest ancestors (numbered classes dropped). It changes with a site redesign
    and stays put when only the items change. ``tree``: the page already parsed, when its links
    and their ancestors are those of ``html`` parsed (``extract_listing_tree`` gives one)."""
    if not urls:
        return NO_LINKS
    wanted = {canonicalize(u) for u in urls}
    paths: list[str] = []
    for a in (parse(html) if tree is None else tree).iter("a"):
        try:
            href = join(base_url, (a.get("href") or "").strip()).split("#")[0]
        except ValueError:  # a malformed href (bad IPv6 literal, ...) is not one of ours
            continue
        if canonicalize(href) not in wanted:
            continue
        chain, el = [], a
        for _ in range(depth + 1):
            if el is None or not isinstance(el.tag, str):
                break
            chain.append(_shape(el))
            el = el.getparent()
        path = "<".join(chain)
        if path not in paths:
            paths.append(path)
        if len(paths) >= sample:
            break
    return hashlib.sha1("|".join(paths).encode("utf-8")).hexdigest()[:16] if paths else NO_LINKS


def in_window(when: str | None, now: datetime, days: float) -> bool:
    """Whether an article dated ``when`` (ISO date or datetime) is within ``days`` of ``now``."""
    if not when:
        return False
    try:
        moment = datetime.fromisoformat(when)
    except ValueError:
        return False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=now.tzinfo)
    return moment >= now - timedelta(days=days)
