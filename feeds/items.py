"""An article's RSS <item> and Atom <entry> as text, written directly.

feedgen builds each feed (the channel, its links, dates and namespaces) and is the reference
for the items: these functions write the very elements, attributes, order, escaping and
indentation that feedgen's ``rss_entry()`` and ``atom_entry()`` serialised by lxml give for an
article (tests compare the two on stored articles, hostile text included), at a fraction of
the cost: an export writes tens of thousands of items.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache

CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"
# Characters XML 1.0 cannot carry (lxml refuses them): never written.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _quote(escaped_text: str) -> str:
    return escaped_text.replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def text(value: str) -> str:
    """Element text escaped as lxml escapes it."""
    if _NOT_XML.search(value):
        value = _NOT_XML.sub("", value)
    return _escape(value)


def attr(value: str) -> str:
    """An attribute value escaped as lxml escapes it (double-quoted)."""
    return _quote(text(value))


@lru_cache(maxsize=64)
def _zone(offset: timedelta | None) -> str:
    """strftime's %z of a UTC offset ("+0700")."""
    return datetime(2000, 1, 1, tzinfo=timezone(offset)).strftime("%z") if offset is not None else ""


def rfc2822(moment: datetime) -> str:
    """feedgen's pubDate: '%a, %d %b %Y %H:%M:%S %z' in the C locale."""
    return (f"{_DAYS[moment.weekday()]}, {moment.day:02d} {_MONTHS[moment.month - 1]} {moment.year:04d} "
            f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d} {_zone(moment.utcoffset())}")


def escaped(item: dict) -> dict:
    """``item`` (guid, title, link, summary (HTML-escaped), content (HTML), published and updated
    (datetimes), author or None, categories [(term, scheme)]) escaped once for both formats."""
    every = [item["guid"], item["title"], item["link"], item["summary"], item["content"], item["author"] or ""]
    every += [part for category in item["categories"] for part in category]
    # One look for characters XML cannot carry over the whole item, not one per field.
    esc = text if _NOT_XML.search("".join(every)) else _escape
    return {
        "guid": esc(item["guid"]), "title": esc(item["title"]), "link": esc(item["link"]),
        "href": _quote(esc(item["link"])), "summary": esc(item["summary"]), "content": esc(item["content"]),
        "author": esc(item["author"]) if item["author"] else None,
        "pub_date": rfc2822(item["published"]), "published": item["published"].isoformat(),
        "updated": item["updated"].isoformat(),
        "categories": [(esc(term), _quote(esc(term)), _quote(esc(scheme))) for term, scheme in item["categories"]],
    }


def rss_item(e: dict) -> str:
    """The RSS <item> of an ``escaped`` item."""
    out = ["<item>\n", f"  <title>{e['title']}</title>\n", f"  <link>{e['link']}</link>\n",
           f"  <description>{e['summary']}</description>\n",
           f'  <ns0:encoded xmlns:ns0="{CONTENT_NS}">{e["content"]}</ns0:encoded>\n',
           f'  <guid isPermaLink="false">{e["guid"]}</guid>\n']
    out += [f'  <category domain="{scheme}">{term}</category>\n' for term, _, scheme in e["categories"]]
    out.append(f"  <pubDate>{e['pub_date']}</pubDate>\n")
    if e["author"]:
        out.append(f'  <dc:creator xmlns:dc="{DC_NS}">{e["author"]}</dc:creator>\n')
    out.append("</item>\n")
    return "".join(out)


def atom_entry(e: dict) -> str:
    """The Atom <entry> of an ``escaped`` item."""
    out = ["<entry>\n", f"  <id>{e['guid']}</id>\n", f"  <title>{e['title']}</title>\n",
           f"  <updated>{e['updated']}</updated>\n"]
    if e["author"]:
        out.append(f"  <author>\n    <name>{e['author']}</name>\n  </author>\n")
    out += [f'  <content type="html">{e["content"]}</content>\n', f'  <link href="{e["href"]}"/>\n',
            f'  <summary type="html">{e["summary"]}</summary>\n']
    out += [f'  <category term="{term}" scheme="{scheme}" label="{term}"/>\n' for _, term, scheme in e["categories"]]
    out += [f"  <published>{e['published']}</published>\n", "</entry>\n"]
    return "".join(out)
