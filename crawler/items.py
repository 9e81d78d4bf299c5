"""What a scraped article is: the Article item and its schema."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache

# Fields every stored article must have, and the type of each optional one.
REQUIRED_FIELDS = ("url", "source_id", "title", "text")
ARTICLE_SCHEMA = {
    "type": "object",
    "required": list(REQUIRED_FIELDS),
    "properties": {
        "url": {"type": "string", "pattern": "^https?://"},
        "source_id": {"type": "string", "minLength": 1},
        "title": {"type": "string", "minLength": 1},
        "text": {"type": "string", "minLength": 1},
        "published": {"type": ["string", "null"]},
        "author": {"type": ["string", "null"]},
        "body_html": {"type": ["string", "null"]},
    },
}


@dataclass
class Article:
    """One article page as the spider saw it."""

    url: str
    source_id: str
    title: str | None
    text: str
    published: str | None = None
    author: str | None = None
    body_html: str | None = None
    fetched_url: str | None = None
    listing_url: str | None = None
    unit: str | None = None
    unit_level: str | None = None
    province: str | None = None
    encoding: str | None = None
    notes: list[str] = field(default_factory=list)

    def __reduce__(self) -> tuple[type, tuple]:
        """Pickled as its class and its fields' values in order, and made again by the class: an
        extraction worker's answer carries one a page, and the crawl process reads it back about a
        seventh quicker than as a dictionary of its fields (whose names travelled with it)."""
        return type(self), tuple([getattr(self, name) for name in _init_fields(type(self))])


@cache
def _init_fields(kind: type) -> tuple[str, ...]:
    """The names of a dataclass's fields, in the order its ``__init__`` takes them."""
    return tuple(f.name for f in fields(kind) if f.init)


@dataclass
class NormalizedArticle(Article):
    """An Article already normalised (crawler.pipelines.normalize) where it was extracted."""
