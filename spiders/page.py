"""One page as the spider reads it: an article response -> an Article item, a listing
response -> its articles. Shared by the live crawl and the replay of archived responses."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date
from typing import NamedTuple

import scrapy

from crawler.extract import (
    Extracted,
    ListedArticle,
    Listing,
    decode_html,
    extract_article,
    extract_listing,
    extract_listing_tree,
)
from crawler.incremental import layout_signature
from crawler.items import Article, NormalizedArticle
from crawler.pipelines import normalize
from crawler.registry import Source
from crawler.urls import canonicalize, same_site
from spiders.families import hints_for

LISTING_SELECTORS = ("article_links", "next_page")
ARTICLE_SELECTORS = ("title", "date", "body")


def read_article(
    source: Source, url: str, body: bytes, content_type: str = "", listing_date: str | None = None
) -> tuple[Extracted, str, str | None]:
    """Extract an article page of ``source`` fetched at ``url``: (extracted fields, the decoded
    HTML, the encoding it was decoded from)."""
    html, encoding = decode_html(body, content_type)
    selectors = {k: v for k, v in source.selectors.items() if k in ARTICLE_SELECTORS}
    found = extract_article(
        html,
        url,
        selectors=selectors,
        body_hints=hints_for(source.family).body,
        listing_date=listing_date,
        default_year=int(listing_date[:4]) if listing_date else date.today().year,
    )
    return found, html, encoding


def selector_misses(selectors: Mapping[str, str], html: str, names: Iterable[str]) -> list[str]:
    """Which of the ``names`` selectors the registry gives match nothing on the page."""
    chosen = {n: selectors[n] for n in names if selectors.get(n)}
    if not chosen:
        return []
    page = scrapy.Selector(text=html)
    missed = []
    for name, css in chosen.items():
        try:
            matched = bool(page.css(css))
        except Exception:  # a selector the parser rejects never matches
            matched = False
        if not matched:
            missed.append(name)
    return missed


class Found(NamedTuple):
    """Which fields the extractor found on an article page: all the spider reads of them (it
    counts pages without a title, a text, a date or an author), so that a worker's answer does
    not carry the page's text and body a second time beside the item's."""

    title: bool
    text: bool
    published: bool
    author: bool


def found_fields(found: Extracted) -> Found:
    """The ``Found`` of an extraction."""
    return Found(bool(found.title), bool(found.text), bool(found.published), bool(found.author))


def article_job(
    source: Source, url: str, body: bytes, content_type: str, listing_date: str | None,
    listing_url: str | None,
) -> tuple[Found, NormalizedArticle, list[str]]:
    """An article page as the spider needs it, worked out anywhere (spiders/offload.py): which
    fields were found, its item (normalised), and the registry's article selectors that missed."""
    found, html, encoding = read_article(source, url, body, content_type, listing_date)
    item = article_from(source, found, url, encoding, listing_url)
    ready = normalize(NormalizedArticle(**{f.name: getattr(item, f.name) for f in fields(item)}))
    return found_fields(found), ready, selector_misses(source.selectors, html, ARTICLE_SELECTORS)


@dataclass
class ListingRead:
    """A listing page as the spider needs it: the source's articles on it, the next page, the
    markup signature around their links, the registry's listing selectors that missed, and the
    canonical URLs of the articles (in their order) and of the next page: the reading works
    them out anyway (the extractor and the signature compare links by them), so the crawl
    process, which keys its requests by them, does not work them out again."""

    listed: list[ListedArticle]
    next_url: str | None
    layout: str
    misses: list[str]
    keys: list[str]
    next_key: str | None


def _listing_selectors(source: Source) -> dict[str, str]:
    """The source's listing selectors, with its family's next-page hint."""
    hints = hints_for(source.family)
    selectors = {k: v for k, v in source.selectors.items() if k in LISTING_SELECTORS}
    if "next_page" not in selectors and hints.next_page:
        selectors["next_page"] = hints.next_page
    return selectors


def _read_listing(source: Source, url: str, body: bytes, content_type: str) -> tuple[str, Listing]:
    """The decoded HTML of a listing page of ``source`` and its listing, read with the source's
    listing selectors and its family's next-page hint."""
    html, _ = decode_html(body, content_type)
    return html, extract_listing(html, url, _listing_selectors(source))


def listing_job(source: Source, url: str, body: bytes, content_type: str) -> ListingRead:
    """Read a listing page of ``source`` (anywhere: spiders/offload.py); the layout signature
    reads the tree the listing was read from when it can (a second parse otherwise)."""
    html, _ = decode_html(body, content_type)
    listing, tree = extract_listing_tree(html, url, _listing_selectors(source))
    misses = selector_misses(source.selectors, html, ("article_links",))
    listed = [a for a in listing.articles if same_site(a.url, source.domains)]
    layout = layout_signature(html, url, [a.url for a in listed], tree=tree)
    keys = [canonicalize(a.url) for a in listed]
    next_key = canonicalize(listing.next_url) if listing.next_url else None
    return ListingRead(listed, listing.next_url, layout, misses, keys, next_key)


def article_from(
    source: Source, found: Extracted, url: str, encoding: str | None, listing_url: str | None = None
) -> Article:
    """The Article item of an extracted page: its canonical URL when on the source's site."""
    canonical = found.canonical_url
    return Article(
        url=canonical if canonical and same_site(canonical, source.domains) else url,
        source_id=source.id,
        title=found.title,
        text=found.text,
        published=found.published,
        author=found.author,
        body_html=found.body_html,
        fetched_url=url,
        listing_url=listing_url,
        unit=source.name,
        unit_level=source.unit_level,
        province=source.province,
        encoding=encoding,
        notes=found.notes,
    )


def article_item(
    source: Source,
    url: str,
    body: bytes,
    content_type: str = "",
    listing_date: str | None = None,
    listing_url: str | None = None,
) -> Article:
    """Extract an article page of ``source`` fetched at ``url`` into an Article item."""
    found, _, encoding = read_article(source, url, body, content_type, listing_date)
    return article_from(source, found, url, encoding, listing_url)


def listing_dates(source: Source, url: str, body: bytes, content_type: str = "") -> dict[str, str | None]:
    """Canonical URL -> listed date of the articles a listing page of ``source`` links to."""
    _, listing = _read_listing(source, url, body, content_type)
    return {
        canonicalize(a.url): a.date for a in listing.articles if same_site(a.url, source.domains)
    }
