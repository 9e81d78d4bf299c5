"""What a scraped article is: the Article item and its schema."""

from __future__ import annotations

from dataclasses import dataclass, field

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


@dataclass
class NormalizedArticle(Article):
    """An Article already normalised (crawler.pipelines.normalize) where it was extracted."""
