"""Value objects of the sample web: portals, articles and the blocks of an article body."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

VN_TZ = timezone(timedelta(hours=7))

KINDS = ("normal", "legacy", "slow", "broken")
UNIT_LEVELS = ("national", "province", "district", "sector", "commune")

_WS = re.compile(r"\s+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean_line(text: str) -> str:
    """NFC, every run of whitespace (NBSP included) to one space, stripped."""
    return _WS.sub(" ", nfc(text).replace("\xa0", " ")).strip()


def fold(text: str) -> str:
    """ASCII folding used for slugs: diacritics removed, đ -> d, lower case."""
    text = nfc(text).replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def slugify(text: str, max_words: int = 14) -> str:
    words = re.findall(r"[a-z0-9]+", fold(text))
    return "-".join(words[:max_words]) or "bai-viet"


@dataclass
class Block:
    """One piece of an article body: a paragraph, or a photo with its caption."""

    kind: str  # "p" | "img"
    text: str = ""  # paragraph text, or the caption of a photo (may be empty)
    src: str = ""  # file name of a photo

    def lines(self) -> list[str]:
        line = clean_line(self.text)
        return [line] if line else []


@dataclass
class Article:
    """An article as the portal's database holds it; families decide how it looks."""

    key: int  # numeric id in the portal's CMS
    title: str
    published: datetime  # aware, +07:00
    blocks: list[Block]
    show_time: bool = True  # False: the page shows a date only
    author: str | None = None  # name as an extractor should report it
    byline: str | None = None  # signature line as printed ("Tin, ảnh: Minh Thư"); None: no line
    resolutions: list[str] = field(default_factory=list)
    not_resolutions: list[str] = field(
        default_factory=list
    )  # look-alikes that must not tag as these
    seed: str | None = None
    slug: str = ""
    summary: str = ""  # teaser shown in listings (not part of the body unless also a block)
    views: int = 0
    modified: datetime | None = None  # last edit; None: never edited
    date_on_page: bool = True  # False: only the listing shows the date
    notes: str = ""
    copy_of: str | None = None  # "portal:key" of the story this one republishes

    def __post_init__(self) -> None:
        self.title = nfc(self.title)
        if not self.slug:
            self.slug = slugify(self.title)
        if not self.summary:
            first = next((b.text for b in self.blocks if b.kind == "p" and clean_line(b.text)), "")
            self.summary = _teaser(clean_line(first))

    @property
    def last_modified(self) -> datetime:
        return self.modified or self.published

    def text(self) -> str:
        return "\n".join(line for block in self.blocks for line in block.lines())

    def published_iso(self) -> str:
        if self.show_time:
            return self.published.isoformat()
        return self.published.date().isoformat()


def _teaser(text: str, limit: int = 220) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "..."


@dataclass
class Portal:
    """One portal of the sample web: identity (registry fields), family, kind and its articles."""

    id: str
    name: str  # the unit's full name
    site_name: str  # what the banner says
    family: str
    unit_level: str
    province: str
    district: str | None = None
    kind: str = "normal"
    unit_id: str | None = None
    category: str = "Tin hoạt động"
    skin: str = ""
    per_page: int = 5
    active_from: date | None = None
    active_until: date | None = None
    charset: str = "utf-8"
    declare_charset: bool = True  # False: Content-Type header without charset
    authors: list[str] = field(default_factory=list)
    notes: str = ""
    articles: list[Article] = field(default_factory=list)
    layout: str = "v1"
    changed: datetime = field(default_factory=lambda: datetime(2020, 1, 1, tzinfo=VN_TZ))
    host: str = "127.0.0.1"
    port: int = 0
    broken_mode: str = "503"  # "503" | "500" | "refuse" (kind == "broken")
    chrome: dict = field(default_factory=dict)  # menus, slogans, links, footer (content data)
    version: int = 0  # bumped by every mutation; invalidates route tables
    renderer: object = field(default=None, repr=False, compare=False)

    @property
    def listing_urls(self) -> list[str]:
        return [self.url(self.renderer.listing_path(self, 1))]

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def url(self, path: str) -> str:
        return self.base_url + path.lstrip("/")

    @property
    def n_pages(self) -> int:
        return max(1, -(-len(self.articles) // self.per_page))

    def page_articles(self, page: int) -> list[Article]:
        start = (page - 1) * self.per_page
        return self.articles[start : start + self.per_page]

    def find(self, key: int) -> Article | None:
        finder = getattr(self.articles, "find", None)  # generated portals index their articles
        if finder is not None:
            return finder(key)
        return next((a for a in self.articles if a.key == key), None)

    def next_key(self) -> int:
        lazy = getattr(self.articles, "next_key", None)
        if lazy is not None:
            return lazy()
        return max((a.key for a in self.articles), default=1000) + 1
