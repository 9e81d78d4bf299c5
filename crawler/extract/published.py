"""Stages 2 and 4 of the article cascade: the publication date from metadata, <time>, the meta
line after the title, or the start of the body; never the site header's "today"."""

from __future__ import annotations

import re

from lxml import etree

from crawler.dates import DateMatch, find_dates, machine_iso
from crawler.extract import authors
from crawler.extract.blocks import in_chrome
from crawler.textnorm import clean_line, fold

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
_WEEKDAY = re.compile(r"\b(thứ\s+(hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)\b", re.IGNORECASE)
LEAD_DATE = re.compile(
    r"^\(?\s*((sáng|chiều|tối|trưa|đêm)\s+)?(ngày\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}", re.IGNORECASE
)

# Compiled once, not at every page (no extension function: an XPath object serves any document).
_ITEMPROP_DATE = etree.XPath("//*[@itemprop='datePublished']")
_FOLLOWING = etree.XPath("following::*[position() <= 15]")


def meta_dates(root: etree._Element) -> list[str]:
    found = []
    for meta in root.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in _DATE_META and meta.get("content"):
            value = machine_iso(meta.get("content"))
            if value:
                found.append(value)
    for el in _ITEMPROP_DATE(root):
        value = machine_iso(el.get("content") or el.get("datetime") or "")
        if value:
            found.append(value)
    return found


def time_elements(root: etree._Element) -> list[str]:
    found = []
    for el in root.iter("time"):
        if in_chrome(el):
            continue
        value = machine_iso(el.get("datetime") or "")
        if value:
            found.append(value)
    return found


def is_date_line(text: str) -> bool:
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


def pick_date(matches: list[DateMatch]) -> DateMatch | None:
    """The first dated match; a match carrying a time beats one without, when both start near."""
    if not matches:
        return None
    with_time = [m for m in matches if m.clock]
    return with_time[0] if with_time and with_time[0].start - matches[0].start < 40 else matches[0]


def date_near_title(
    start: etree._Element | None, body: etree._Element | None, default_year: int | None
) -> tuple[DateMatch | None, str | None]:
    """The date in the short elements that follow the title (its meta line), or in the title's
    own trailing "(01/06/2020)", with a byline written before it ("Minh Hằng - 20/01/2022");
    never the site header's "today", never a date from the lists after the body."""
    if start is None:
        return None, None
    title_key = fold(clean_line(start.text_content()))
    inside = False
    for el in _FOLLOWING(start):
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
        match = pick_date(find_dates(text, default_year))
        if match:
            byline = _DATE_LABEL.sub("", text[: match.start].strip(" -–|,:")).strip(" -–|,:")
            byline = _WEEKDAY.sub("", byline).strip(" -–|,:")
            if byline and not _DATE_LABEL.match(byline) and authors.looks_like_signature(byline):
                return match, byline
            return match, None
    tail = re.search(r"\(([^()]*)\)\s*$", clean_line(start.text_content()))
    if tail:
        return pick_date(find_dates(tail.group(1), default_year)), None
    return None, None
