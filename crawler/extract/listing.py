"""Listing page -> article links (with their listed dates) and the next page, without selectors.

1. per-portal selectors (article_links, next_page) when the registry gives them;
2. links grouped by the repeated block they sit in (the item of a news list); groups scored by
   title-like link text, dates and teasers next to them, article-like URLs, and chrome cues;
3. the next page from rel=next, "Sau"/"Tiếp"/"»" links, the page number after the current one,
   or the page parameter of the URL (?page=, &p=, /page/N/, /trang-N, ?start=).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

from lxml import etree

from crawler.dates import DateMatch, find_dates
from crawler.extract.blocks import NEGATIVE, POSITIVE
from crawler.extract.html import attr_words, parse, select, strip_noise, text_content
from crawler.textnorm import clean_line
from crawler.urls import canonicalize, is_http, join

_ASSET = re.compile(
    r"\.(jpe?g|png|gif|webp|bmp|svg|ico|pdf|docx?|xlsx?|pptx?|zip|rar|7z|mp3|mp4|avi|wmv|flv|css|js|xml|rss)$",
    re.IGNORECASE,
)
_ARTICLE_URL = re.compile(
    r"(articleid|newsid|news_id|itemid|postid|[?&](id|p|nid|cid|aid)=\d+|/\d{4}/\d{2}/|"
    r"-\d{3,}\.(html?|aspx?|ldo|vnp|tld|bld)$|/pages/[^/]+\.aspx$|/chi-tiet|/chitiet|"
    r"view=article|/tin-tuc/[^/]+[-/][^/]+|\w+(-\w+){3,})",
    re.IGNORECASE,
)
_LISTING_URL = re.compile(
    r"(/category/|/chuyen-muc/|/danh-muc/|[?&](page|p|start|trang|pageindex|currentpage)=|"
    r"/page/\d+|/trang-?\d+|default\.aspx$|/tag/|/tags/|/search|/tim-kiem|/lien-he|/gioi-thieu|"
    r"/sitemap|/rss|/login|/dang-nhap|^/?$)",
    re.IGNORECASE,
)
_NEXT_TEXT = re.compile(
    r"^[\s«‹<]*(sau|tiếp|tiếp theo|trang sau|trang tiếp|next|next page|»|›|>|>>|→)[\s»›>→]*$", re.I
)
# Calendar widgets ("Lịch công tác") link every day and month without end; a pager never
# carries a date, so their numbered links are not page numbers.
_CALENDAR_URL = re.compile(r"(\d{4}-\d{1,2}-\d{1,2}|[?&](ngay|date|day|thang|month)=)", re.IGNORECASE)
_PAGE_PARAM = re.compile(r"([?&](?:page|p|trang|pageindex|currentpage|pagenumber|start|paged)=)(\d+)", re.I)
_PAGE_PATH = re.compile(r"(/(?:page|trang)[/-]?)(\d+)(/?)", re.I)


@dataclass
class ListedArticle:
    url: str
    title: str
    date: str | None = None


@dataclass
class Listing:
    articles: list[ListedArticle] = field(default_factory=list)
    next_url: str | None = None

    @property
    def urls(self) -> list[str]:
        return [a.url for a in self.articles]


def _href(a: etree._Element, base: str) -> str | None:
    href = (a.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    url = join(base, href)
    if not _page_url(url):
        return None
    return url.split("#")[0]


@lru_cache(maxsize=16384)
def _page_url(url: str) -> bool:
    """An absolute http(s) URL that is not a file (image, document, script): remembered, as
    every page repeats its site's menus."""
    return is_http(url) and not _ASSET.search(urlsplit(url).path)


_DIGIT = re.compile(r"\d")
_CURRENT = re.compile(r"(active|current|selected)")


def _shape(el: etree._Element) -> str:
    """Tag and class tokens without per-item numbers ("post post-8812" -> "article.post")."""
    classes = el.get("class")
    if not classes:
        return f"{el.tag}."
    return _shape_of(el.tag, classes)


@lru_cache(maxsize=16384)
def _shape_of(tag: str, classes: str) -> str:
    """``_shape`` of an element by its tag and class attribute: a page repeats a few of them."""
    tokens = sorted(t for t in classes.split() if not _DIGIT.search(t))
    return f"{tag}.{'.'.join(tokens)}"


_ITEM_CLASS = re.compile(r"(item|article|news|post|entry|story)$", re.IGNORECASE)  # one class token


def _shape_count(parent: etree._Element, shape: str) -> int:
    return sum(1 for c in parent if isinstance(c.tag, str) and _shape(c) == shape)


def _item_of(a: etree._Element, shape_of: Callable[[etree._Element], str] = _shape,
             shape_count: Callable[[etree._Element, str], int] = _shape_count) -> etree._Element:
    """The repeated block a link sits in: climb while the parent has one child of this shape.

    A list with a single item (the last page) repeats nothing near the link, and the climb
    would end at a page column; then the nearest ancestor named like an item ("edn_article",
    "item", "news-item") within four levels is the item.
    """
    node, depth, named = a, 0, None
    while True:
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return named if named is not None and depth > 4 else node
        if shape_count(parent, shape_of(node)) >= 2:
            return named if named is not None and depth > 4 else node
        node, depth = parent, depth + 1
        if named is None and depth <= 4 and any(_ITEM_CLASS.search(t) for t in (node.get("class") or "").split()):
            named = node


def _signature(el: etree._Element) -> str:
    parts = []
    node: etree._Element | None = el
    while node is not None and node.tag not in ("html",):
        parts.append(_shape(node))
        node = node.getparent()
    return "/".join(reversed(parts))


def _chrome_ancestor(el: etree._Element) -> bool:
    for node in el.iterancestors():
        if node.tag in ("nav", "footer", "aside", "header"):
            return True
        words = attr_words(node)
        if NEGATIVE.search(words) and not POSITIVE.search(words):
            return True
    return False


class _Page:
    """What find_articles asks of one page's elements, each worked out once."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.base_key = canonicalize(base)
        self.links: dict[etree._Element, tuple[str, str, etree._Element] | None] = {}
        self.signatures: dict[etree._Element, str] = {}
        self.item_texts: dict[etree._Element, tuple[str, list[DateMatch]]] = {}
        self.scores: dict[etree._Element, float] = {}
        self.shapes: dict[etree._Element, str] = {}
        self.child_shapes: dict[etree._Element, dict[str, int]] = {}

    def shape(self, el: etree._Element) -> str:
        if el not in self.shapes:
            self.shapes[el] = _shape(el)
        return self.shapes[el]

    def shape_count(self, parent: etree._Element, shape: str) -> int:
        """How many children of ``parent`` have ``shape`` (``_shape_count``, counted once)."""
        counts = self.child_shapes.get(parent)
        if counts is None:
            counts = {}
            for child in parent.iterchildren(etree.Element):  # elements only, as in _shape_count
                key = self.shape(child)
                counts[key] = counts.get(key, 0) + 1
            self.child_shapes[parent] = counts
        return counts.get(shape, 0)

    def link(self, a: etree._Element) -> tuple[str, str, etree._Element] | None:
        """(url, text, item) of a link, or None when it leads nowhere an article can be."""
        if a not in self.links:
            url = _href(a, self.base)
            if url is None:
                self.links[a] = None
            else:
                text = clean_line(text_content(a)) or clean_line(a.get("title") or "")
                self.links[a] = (url, text, _item_of(a, self.shape, self.shape_count))
        return self.links[a]

    def signature(self, item: etree._Element) -> str:
        """``_signature(item)``, built on its parent's (remembered): the items of a page share
        their ancestors, which ``_signature`` walked again for every item."""
        known = self.signatures.get(item)
        if known is not None:
            return known
        chain: list[etree._Element] = []
        node: etree._Element | None = item
        prefix = ""
        while node is not None and node.tag != "html":
            known = self.signatures.get(node)
            if known is not None:
                prefix = known
                break
            chain.append(node)
            node = node.getparent()
        chain.reverse()  # from the outermost
        for el in chain:
            prefix = f"{prefix}/{self.shape(el)}" if prefix else self.shape(el)
            self.signatures[el] = prefix
        return prefix

    def item_text(self, item: etree._Element) -> tuple[str, bool]:
        """The item's text and whether a date is in its first 400 characters."""
        text, dates = self.item_dates(item)
        return text, bool(dates)

    def item_dates(self, item: etree._Element) -> tuple[str, list[DateMatch]]:
        """The item's text and the dates in its first 400 characters (found once)."""
        if item not in self.item_texts:
            text = clean_line(text_content(item))
            self.item_texts[item] = (text, find_dates(text[:400]))
        return self.item_texts[item]

    def score(self, a: etree._Element) -> float:
        if a not in self.scores:
            url, text, item = self.link(a)  # type: ignore[misc]
            self.scores[a] = _link_score(url, text, item, self)
        return self.scores[a]


def _link_score(url: str, text: str, item: etree._Element, page: _Page) -> float:
    score = 0.0
    words = len(text.split())
    if words >= 6:
        score += 2
    elif words >= 4:
        score += 1
    elif words <= 2:
        score -= 1
    parts = urlsplit(url)
    path = parts.path + ("?" + parts.query if parts.query else "")
    if _ARTICLE_URL.search(path):
        score += 1.5
    if _LISTING_URL.search(path):
        score -= 2
    item_text, dated = page.item_text(item)
    if len(item_text) > len(text) + 40:
        score += 1  # a teaser next to the title
    if dated:
        score += 1
    if canonicalize(url) == page.base_key:
        score -= 5
    return score


def _pager_links(root: etree._Element, base: str) -> list[etree._Element]:
    """Page-number and next-page links, and the highlighted current page number."""
    found = []
    for el in root.iter(etree.Element):  # elements only, no comments or processing instructions
        if len(el):  # not a leaf: only a link's whole text can make it one
            if el.tag == "a" and _NEXT_TEXT.match(clean_line(text_content(el)) or "-"):
                found.append(el)
            continue
        raw = el.text
        if not raw:  # cleans to "", neither a number nor a next-page text
            continue
        text = clean_line(raw)  # a leaf's whole text
        if el.tag == "a" and (text.isdigit() or _NEXT_TEXT.match(text or "-")):
            found.append(el)
        elif text.isdigit() and _CURRENT.search(attr_words(el)):
            found.append(el)
    return found


def _region(items: list[etree._Element]) -> etree._Element | None:
    """The block around the best list: the parent of its items' common container. Groups of
    links outside it (a side column of "Tin xem nhiều" with dates) are not this list."""
    common: etree._Element | None = None
    for item in items:
        chain = [item, *item.iterancestors()]
        if common is None:
            common = item.getparent()
            continue
        while common is not None and common not in chain:
            common = common.getparent()
    return common.getparent() if common is not None and common.getparent() is not None else common


def _within(el: etree._Element, region: etree._Element | None) -> bool:
    return region is None or el is region or region in el.iterancestors()


def find_articles(root: etree._Element, base: str) -> list[ListedArticle]:
    """Article links of a listing page, in page order, found by repeated-block analysis."""
    groups: dict[str, list[tuple[str, str, etree._Element, etree._Element]]] = defaultdict(list)
    pager = _pager_links(root, base)
    page = _Page(base)
    for a in root.iter("a"):
        link = page.link(a)
        if link is None:
            continue
        url, text, item = link
        groups[page.signature(item)].append((url, text, item, a))
    scored: list[tuple[float, bool, str]] = []
    for key, links in groups.items():
        item = links[0][2]
        titled_items = {i for _u, t, i, _a in links if len(t.split()) >= 4}
        if not titled_items:
            continue  # never scored: its score would not be used
        # Score items, not links: an item's picture and "Xem tiếp" links add nothing to its title.
        item_scores: dict[etree._Element, float] = {}
        for _u, _t, i, a in links:
            item_scores[i] = max(item_scores.get(i, float("-inf")), page.score(a))
        score = sum(max(v, 0.0) for v in item_scores.values()) / len(item_scores) * min(len(titled_items), 10)
        region = _region(list(item_scores))
        paged = region is not None and any(_within(p, region) for p in pager)
        if _chrome_ancestor(item):
            score *= 0.1
        scored.append((score, paged, key))
    if not scored:
        return []
    # The list the pager pages through wins over lists elsewhere ("Tin xem nhiều" columns).
    scored.sort(key=lambda row: (row[1] and row[0] > 0, row[0]), reverse=True)
    best, _, best_key = scored[0]
    if best <= 0:
        return []
    region = _region([i for _, _, i, _ in groups[best_key]])
    chosen = {
        key for score, _, key in scored
        if score >= 0.35 * best and all(_within(i, region) for _, _, i, _ in groups[key])
    }
    # One article per listed item: its title link, not the "Chi tiết" twin or the picture.
    per_item: dict[etree._Element, tuple[str, str]] = {}
    for a in root.iter("a"):
        link = page.link(a)
        if link is None:
            continue
        url, text, item = link
        if page.signature(item) not in chosen:
            continue
        if page.score(a) <= 0 and len(text.split()) < 4:
            continue
        if item not in per_item or len(text) > len(per_item[item][1]):
            per_item[item] = (url, text)
    out: dict[str, ListedArticle] = {}
    for item, (url, text) in per_item.items():
        key = canonicalize(url)
        if key not in out:
            dates = page.item_dates(item)[1]
            out[key] = ListedArticle(url, text, dates[0].iso() if dates else None)
    return list(out.values())


def _page_number(url: str) -> int | None:
    m = _PAGE_PARAM.search(url) or _PAGE_PATH.search(urlsplit(url).path)
    return int(m.group(2)) if m else None

# Compiled once, not at every page (no extension function: an XPath object serves any document).
_REL_NEXT = etree.XPath("//link[@rel='next'] | //a[@rel='next']")


def find_next(root: etree._Element, base: str, exclude: frozenset[str] = frozenset()) -> str | None:
    """The next listing page's URL, or None on the last page. ``exclude``: article URLs."""
    for link in _REL_NEXT(root):
        url = _href(link, base)
        if url and canonicalize(url) not in exclude:
            return url
    hrefs = [(a, _href(a, base)) for a in root.iter("a")]
    anchors: list[tuple[etree._Element, str]] = [
        (a, u) for a, u in hrefs
        if u and canonicalize(u) not in exclude and not _CALENDAR_URL.search(urlsplit(u).query + urlsplit(u).path)
    ]
    for a, url in anchors:
        text = clean_line(text_content(a)) or clean_line(a.get("title") or "")
        if _NEXT_TEXT.match(text):
            if canonicalize(url) != canonicalize(base):
                return url
    numbered: dict[int, str] = {}
    for a, url in anchors:
        text = clean_line(text_content(a))
        if text.isdigit() and canonicalize(url) != canonicalize(base):
            numbered.setdefault(int(text), url)
    if not numbered:
        return None
    # The pager's highlighted number is the surest; ?start= counts items, not pages.
    current = _current_from_pager(root)
    if current is None and "start=" not in base.lower():
        current = _page_number(base)
    current = current or 1
    return numbered.get(current + 1)


def _current_from_pager(root: etree._Element) -> int | None:
    """The current page number: a highlighted number, or the one number of the pager that is
    not a link (Joomla prints it as a bare <span class="pagenav">)."""
    bare = None
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag == "a" or len(el):
            continue
        text = clean_line(el.text or "")
        if not text.isdigit():
            continue
        if _CURRENT.search(attr_words(el)):
            return int(text)
        for scope in (el.getparent(), el.getparent().getparent() if el.getparent() is not None else None):
            if scope is not None and any(clean_line(text_content(a)).isdigit() for a in scope.iter("a")):
                bare = bare if bare is not None else int(text)
                break
    return bare


def extract_listing(html: str, url: str, selectors: dict[str, str] | None = None) -> Listing:
    """Article links and the next page of a listing page."""
    return _listing(strip_noise(parse(html)), url, selectors)


# The links of a document, counted by libxml2 (compiled once).
_LINKS = etree.XPath("count(//a)")


def extract_listing_tree(
    html: str, url: str, selectors: dict[str, str] | None = None
) -> tuple[Listing, etree._Element | None]:
    """``extract_listing``, and the tree it read when removing the page's noise removed no link:
    that tree's links are then the parsed page's links, in the same order and each with the
    same ancestors (a removal takes an element with all it holds and never an ancestor of an
    element left), which is all ``crawler.incremental.layout_signature`` reads of a tree. None
    when a link went with the noise. The extraction reads the tree and never changes it."""
    root = parse(html)
    links = _LINKS(root)
    strip_noise(root)
    listing = _listing(root, url, selectors)
    return listing, (root if _LINKS(root) == links else None)


def _listing(root: etree._Element, url: str, selectors: dict[str, str] | None) -> Listing:
    """The listing of a parsed page whose noise is removed."""
    selectors = selectors or {}
    articles: list[ListedArticle] = []
    if selectors.get("article_links"):
        try:
            for a in select(root, selectors["article_links"]):
                link = _href(a, url)
                if link:
                    articles.append(ListedArticle(link, clean_line(a.text_content())))
        except Exception:  # a bad selector in the registry falls back to the heuristics
            articles = []
    if not articles:
        articles = find_articles(root, url)
    next_url = None
    if selectors.get("next_page"):
        try:
            found = select(root, selectors["next_page"])
            next_url = _href(found[0], url) if found else None
        except Exception:
            next_url = None
    if next_url is None:
        next_url = find_next(root, url, frozenset(canonicalize(a.url) for a in articles))
    return Listing(articles, next_url)


__all__ = ["Listing", "ListedArticle", "extract_listing", "extract_listing_tree", "find_articles", "find_next"]
