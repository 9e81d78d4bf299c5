"""Article page -> title, published, author, text, sanitised body HTML.

The cascade, each stage engaging only when the one before under-delivers:
1. per-portal selectors from the registry (title, date, body), when given;
2. structured metadata: og:title, article:published_time, itemprop, <time datetime>;
3. the scored DOM content block (blocks.py), cleaned of chrome lines (chrome.py);
4. visible Vietnamese dates near the title, then at the start of the body;
5. trafilatura on the raw page when the content block yields too little text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree

from crawler.dates import DateMatch, find_dates, machine_iso
from crawler.extract import authors, fallback, titles
from crawler.extract.blocks import best_block, in_chrome
from crawler.extract.chrome import is_chrome, is_stop
from crawler.extract.html import attr_words, parse, strip_noise
from crawler.extract.lines import Line, lines_of
from crawler.extract.sanitize import body_html
from crawler.textnorm import clean_line, fold
from crawler.urls import host_of, is_http

MIN_TEXT = 200
_DATE_META = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date",
    "dc.date.issued", "dc.date", "dcterms.created", "citation_publication_date", "sailthru.date",
)
_DATE_LABEL = re.compile(
    r"^(ngày\s+(đăng|xuất\s+bản|cập\s+nhật|ban\s+hành)|đăng\s+ngày|cập\s+nhật|xuất\s+bản|"
    r"thời\s+gian|posted|published|updated|ngày)\s*:?\s*",
    re.IGNORECASE,
)
_DATE_CUES = re.compile(r"(date|time|ngay|thoigian|thoi-gian|publish|posted|meta|info)")
_WEEKDAY = re.compile(r"\b(thứ\s+(hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)\b", re.IGNORECASE)
_LEAD_DATE = re.compile(
    r"^\(?\s*((sáng|chiều|tối|trưa|đêm)\s+)?(ngày\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}", re.IGNORECASE
)


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
        return root.cssselect(css)
    except Exception:  # cssselect raises several error types for bad selectors
        return []


def _meta_dates(root: etree._Element) -> list[str]:
    found = []
    for meta in root.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in _DATE_META and meta.get("content"):
            value = machine_iso(meta.get("content"))
            if value:
                found.append(value)
    for el in root.xpath("//*[@itemprop='datePublished']"):
        value = machine_iso(el.get("content") or el.get("datetime") or "")
        if value:
            found.append(value)
    return found


def _time_elements(root: etree._Element) -> list[str]:
    found = []
    for el in root.iter("time"):
        if in_chrome(el):
            continue
        value = machine_iso(el.get("datetime") or "")
        if value:
            found.append(value)
    return found


def _is_date_line(text: str) -> bool:
    """A line that is only a date/time with a label, weekday or separator around it."""
    matches = find_dates(text)
    if not matches:
        return False
    rest = text
    for m in reversed(matches):
        rest = rest[: m.start] + " " + rest[m.end :]
    rest = _WEEKDAY.sub(" ", _DATE_LABEL.sub(" ", rest.strip()))
    rest = re.sub(r"(GMT|UTC)\s*[+-]?\s*\d*|[\s|,\-–:()]+|lượt xem\s*\d*|\d+\s*lượt xem", " ", rest, flags=re.I)
    return len(rest.split()) <= 3


def _pick_date(matches: list[DateMatch]) -> DateMatch | None:
    """The first dated match; a match carrying a time beats one without, when both start near."""
    if not matches:
        return None
    with_time = [m for m in matches if m.clock]
    return with_time[0] if with_time and with_time[0].start - matches[0].start < 40 else matches[0]


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
        try:
            self.root.make_links_absolute(url, resolve_base_href=True)
        except ValueError:
            pass  # a malformed href must not stop extraction
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
                if _text_rich(el):
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
        source_lines = [line for lead in _lead_elements(body) for line in lines_of(lead)]
        source_lines += lines_of(body)
        for index, line in enumerate(source_lines):
            text = line.text
            if is_stop(text) and out:
                if _article_resumes(source_lines[index + 1 :], out):
                    continue  # an inline "Tin liên quan" box inside the body
                break
            if is_chrome(text):
                continue
            if title_key and fold(text) == title_key:
                continue
            if line.link_ratio > 0.6 and not line.caption:
                continue
            if line.element is not None and _is_chrome_element(line.element, body):
                continue
            if not out and _is_date_line(text):
                continue
            out.append(line)
        while out and _is_date_line(out[-1].text):
            out.pop()
        return out

    # -- 2, 4: published --------------------------------------------------------------------
    def published(self, lines: list[Line] | None = None) -> str | None:
        chosen = _select(self.root, self.selectors.get("date"))
        if chosen:
            match = _pick_date(find_dates(chosen[0].text_content(), self.default_year))
            if match:
                return match.iso()
        meta = _meta_dates(self.root) or _time_elements(self.root)
        if meta:
            return meta[0]
        visible = self._date_near_title()
        if visible:
            return visible.iso()
        if self.listing_date:
            self.notes.append("date from listing")
            return self.listing_date
        for line in (lines or [])[:2]:
            if _LEAD_DATE.match(line.text):
                match = _pick_date(find_dates(line.text[:60], self.default_year))
                if match and match.start < 30:
                    self.notes.append("date from text")
                    return match.iso()
        self.notes.append("no date")
        return None

    def _date_near_title(self) -> DateMatch | None:
        """A date in the short elements that follow the title (its meta line), or the title's
        own trailing "(01/06/2020)"; never the site header's "today"."""
        start = self._title_el
        if start is None:
            return None
        title_key = fold(clean_line(start.text_content()))
        body = self.body_element()
        inside = False
        for el in start.xpath("following::*[position() <= 15]"):
            in_body = body is not None and (el is body or body in el.iterancestors())
            if inside and not in_body:
                break  # past the body: lists of other articles with their own dates
            inside = inside or in_body
            if el.tag == "a" or any(a.tag == "a" for a in el.iterancestors()):
                continue
            text = clean_line(el.text_content())
            if not text or len(text) > 160 or title_key in fold(text):
                continue
            if _WEEKDAY.search(text) and re.search(r"tháng\s+\d+\s+năm", text, re.I):
                continue  # "Thứ sáu, ngày 26 tháng 04 năm 2024": the site's today
            match = _pick_date(find_dates(text, self.default_year))
            if match:
                byline = _DATE_LABEL.sub("", text[: match.start].strip(" -–|,:")).strip(" -–|,:")
                byline = _WEEKDAY.sub("", byline).strip(" -–|,:")
                if byline and not _DATE_LABEL.match(byline) and authors.looks_like_signature(byline):
                    self.byline = byline
                return match
        own = clean_line(start.text_content())
        tail = re.search(r"\(([^()]*)\)\s*$", own)
        if tail:
            return _pick_date(find_dates(tail.group(1), self.default_year))
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
        html = body_html(self.body_element()) if text else ""
        return Extracted(title, published, author, text, html, self.notes, self.canonical_url())

    def canonical_url(self) -> str | None:
        """The page's own canonical URL (link rel=canonical, og:url) when it is on the same host."""
        found = self.root.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
        for href in found:
            url = urljoin(self.url, href.strip())
            if is_http(url) and host_of(url) == host_of(self.url):
                return url
        return None


_LEAD_CUES = re.compile(r"(sapo|lead|summary|tomtat|tom-tat|mota|mo-ta|intro|description|excerpt|chapeau)")


def _lead_elements(body: etree._Element) -> list[etree._Element]:
    """The lead paragraph ("sapo") when it sits just before the body, outside it."""
    node: etree._Element | None = body
    for _ in range(3):
        if node is None:
            break
        for sib in node.itersiblings(preceding=True):
            if not isinstance(sib.tag, str):
                continue
            if _LEAD_CUES.search(attr_words(sib)):
                return [sib]
            if len(clean_line(sib.text_content())) > 300:
                break
        node = node.getparent()
    return []


def _article_resumes(rest: list[Line], kept: list[Line]) -> bool:
    """Whether running text of the article follows a stop heading: a long, link-free line whose
    element is a sibling of the article's paragraphs (related-news teasers sit in their own list)."""
    parents = {line.element.getparent() for line in kept if line.element is not None}
    for line in rest:
        if is_stop(line.text):
            return False
        if (
            len(line.text) >= 100
            and line.link_ratio < 0.2
            and line.element is not None
            and line.element.getparent() in parents
            and not any(len(clean_line(a.text_content())) >= 20 for a in line.element.iter("a"))
        ):
            return True  # a teaser carries its title link in the same element; a paragraph does not
    return False


def _text_rich(el: etree._Element) -> bool:
    """An element with enough running text and few links to be an article body."""
    text = " ".join(el.text_content().split())
    if len(text) < MIN_TEXT:
        return False
    links = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
    return links / len(text) < 0.3


def _is_chrome_element(el: etree._Element, body: etree._Element) -> bool:
    """A line whose element (below the body root) is a chrome container."""
    node: etree._Element | None = el
    while node is not None and node is not body:
        if node.tag in ("nav", "aside", "footer"):
            return True
        words = attr_words(node)
        if words.strip() and re.search(
            r"(share|social|related|tinkhac|tin-khac|lienquan|comment|tags?\b|print|toolbar|rating)",
            words,
        ):
            return True
        node = node.getparent()
    return False


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
