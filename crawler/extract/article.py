"""Article page -> title, published, author, text, sanitised body HTML.

The cascade, each stage engaging only when the one before under-delivers:
1. per-portal selectors from the registry (title, date, body), when given;
2. structured metadata: og:title, article:published_time, itemprop, <time datetime>
   (titles.py, published.py);
3. the scored DOM content block (blocks.py), read as lines (lines.py) without chrome lines
   (chrome.py) or chrome containers, an inline "Tin liên quan" box skipped (body.py);
4. visible Vietnamese dates in the meta line after the title, then at the start of the body
   (published.py); the author from signatures, bylines and markup (authors.py);
5. trafilatura on the raw page when the content block yields too little text (fallback.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree

from crawler.dates import find_dates
from crawler.extract import authors, fallback, titles
from crawler.extract.blocks import best_block
from crawler.extract.body import (
    MIN_TEXT,
    article_resumes,
    is_chrome_element,
    lead_elements,
    text_rich,
)
from crawler.extract.chrome import is_chrome, is_stop
from crawler.extract.html import parse, select, strip_noise
from crawler.extract.lines import Line, lines_of
from crawler.extract.published import (
    LEAD_DATE,
    date_near_title,
    is_date_line,
    meta_dates,
    pick_date,
    time_elements,
)
from crawler.extract.sanitize import body_html
from crawler.textnorm import clean_line, fold
from crawler.urls import host_of, is_http


@dataclass
class Extracted:
    """What the extractor found on one article page."""

    title: str | None
    published: str | None
    author: str | None
    text: str
    body_html: str = ""
    notes: list[str] = field(default_factory=list)
    canonical_url: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {
            "title": self.title,
            "published": self.published,
            "author": self.author,
            "text": self.text,
        }


def _select(root: etree._Element, css: str | None) -> list[etree._Element]:
    if not css:
        return []
    try:
        return select(root, css)
    except Exception:  # cssselect raises several error types for bad selectors
        return []


# Compiled once, not at every page (no extension function: an XPath object serves any document).
_CANONICAL = etree.XPath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
# lxml.html's search in ``resolve_base_href``.
_BASE_HREF = etree.XPath("//base[@href]|//x:base[@href]", namespaces={"x": "http://www.w3.org/1999/xhtml"})


class ArticlePage:
    """Extraction of one article page; fields are computed on demand."""

    def __init__(
        self,
        html: str,
        url: str,
        *,
        selectors: dict[str, str] | None = None,
        listing_date: str | None = None,
        default_year: int | None = None,
        body_hints: tuple[str, ...] = (),
    ) -> None:
        self.url = url
        self.raw_html = html
        self.selectors = selectors or {}
        self.body_hints = body_hints
        self.listing_date = listing_date
        self.default_year = default_year or (int(listing_date[:4]) if listing_date else None)
        self.root = strip_noise(parse(html))
        self.notes: list[str] = []
        self._title_el: etree._Element | None = None
        self._body: etree._Element | None = None
        self.byline: str | None = None  # an author written beside the date ("Minh Hằng - 05/10/2025")

    # -- 1-3: title -------------------------------------------------------------------------
    def title(self) -> str | None:
        chosen = _select(self.root, self.selectors.get("title"))
        if chosen:
            self._title_el = chosen[0]
            return clean_line(chosen[0].text_content()) or None
        found = titles.find_title(self.root)
        if found is None:
            return None
        self._title_el = found.element
        return found.text

    # -- 3: body ----------------------------------------------------------------------------
    def body_element(self) -> etree._Element | None:
        if self._body is not None:
            return self._body
        chosen = _select(self.root, self.selectors.get("body"))
        if chosen:
            self._body = chosen[0]
            return self._body
        for css in self.body_hints:
            for el in _select(self.root, css):
                if text_rich(el):
                    self._body = el
                    return el
        block = best_block(self.root)
        self._body = block.element if block else None
        return self._body

    def body_lines(self, title: str | None) -> list[Line]:
        body = self.body_element()
        if body is None:
            return []
        out: list[Line] = []
        title_key = fold(title) if title else None
        source_lines = [line for lead in lead_elements(body) for line in lines_of(lead)]
        source_lines += lines_of(body)
        for index, line in enumerate(source_lines):
            text = line.text
            if is_stop(text) and out:
                if article_resumes(source_lines[index + 1 :], out):
                    continue  # an inline "Tin liên quan" box inside the body
                break
            if is_chrome(text):
                continue
            if title_key and fold(text) == title_key:
                continue
            if line.link_ratio > 0.6 and not line.caption:
                continue
            if line.element is not None and is_chrome_element(line.element, body):
                continue
            if not out and is_date_line(text):
                continue
            out.append(line)
        while out and is_date_line(out[-1].text):
            out.pop()
        return out

    # -- 2, 4: published --------------------------------------------------------------------
    def published(self, lines: list[Line] | None = None) -> str | None:
        chosen = _select(self.root, self.selectors.get("date"))
        if chosen:
            match = pick_date(find_dates(chosen[0].text_content(), self.default_year))
            if match:
                return match.iso()
        meta = meta_dates(self.root) or time_elements(self.root)
        if meta:
            return meta[0]
        visible, byline = date_near_title(self._title_el, self.body_element(), self.default_year)
        if byline and authors.looks_like_signature(byline):
            self.byline = byline
        if visible:
            return visible.iso()
        if self.listing_date:
            self.notes.append("date from listing")
            return self.listing_date
        for line in (lines or [])[:2]:
            if LEAD_DATE.match(line.text):
                match = pick_date(find_dates(line.text[:60], self.default_year))
                if match and match.start < 30:
                    self.notes.append("date from text")
                    return match.iso()
        self.notes.append("no date")
        return None

    # -- assembly ---------------------------------------------------------------------------
    def extract(self) -> Extracted:
        title = self.title()
        lines = self.body_lines(title)
        text_lines = [line.text for line in lines]
        published = self.published(lines)
        author, text_lines = authors.split_author(text_lines, self.root, self.byline)
        text = "\n".join(text_lines)
        if len(text) < MIN_TEXT:
            rescued = fallback.main_text(self.raw_html, self.url)
            if rescued and len(rescued) > len(text):
                title_key = fold(title or "")
                rescued_lines = [
                    ln for ln in rescued.split("\n") if not is_chrome(ln) and fold(clean_line(ln)) != title_key
                ]
                author2, rescued_lines = authors.split_author(rescued_lines, self.root)
                text, author = "\n".join(rescued_lines), author or author2
                self.notes.append("text from fallback")
        if not text:
            self.notes.append("no body")
        if not title:
            self.notes.append("no title")
        html = body_html(self._absolute(self.body_element())) if text else ""
        return Extracted(title, published, author, text, html, self.notes, self.canonical_url())

    def _absolute(self, element: etree._Element | None) -> etree._Element | None:
        """The element with its links made absolute (the page's <base href> honoured): only the
        body that is kept needs it, and the whole page's links cost more than its extraction.
        lxml's ``make_links_absolute(url, resolve_base_href=True)`` step by step, with its
        <base href> search compiled once instead of at every page (lxml searches again before
        each rewriting, and finds nothing: the first search removed every <base href>)."""
        if element is not None:
            try:
                base_href = None
                for base in _BASE_HREF(element):
                    base_href = base.get("href")
                    base.drop_tree()
                if base_href:
                    _rewrite_links(element, base_href)
                _rewrite_links(element, self.url)
            except ValueError:
                pass  # a malformed href must not stop extraction
        return element

    def canonical_url(self) -> str | None:
        """The page's own canonical URL (link rel=canonical, og:url) when it is on the same host."""
        found = _CANONICAL(self.root)
        for href in found:
            url = urljoin(self.url, href.strip())
            if is_http(url) and host_of(url) == host_of(self.url):
                return url
        return None


def _rewrite_links(element: etree._Element, base_url: str) -> None:
    """lxml.html's ``make_links_absolute(base_url, resolve_base_href=False)``."""

    def absolute(href: str) -> str:
        return urljoin(base_url, href)

    element.rewrite_links(absolute, resolve_base_href=False)


def extract_article(html: str, url: str, **options: object) -> Extracted:
    """Extract title, published, author, text and body HTML from an article page.

    Never raises on a page: a page the extractor cannot handle comes back empty, with the
    reason in ``notes``, and is recorded as not stored (no body) instead of stopping a crawl.
    """
    try:
        return ArticlePage(html, url, **options).extract()  # type: ignore[arg-type]
    except (ValueError, TypeError, LookupError, AttributeError, RecursionError, etree.LxmlError) as exc:
        return Extracted(None, None, None, "", notes=[f"extraction failed: {type(exc).__name__}"])


__all__ = ["ArticlePage", "Extracted", "extract_article"]
