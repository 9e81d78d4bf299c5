"""Bytes -> text -> lxml tree: encoding decisions and the cleaning shared by extractors."""

from __future__ import annotations

import codecs
import re

import lxml.html
from charset_normalizer import from_bytes
from lxml import etree

from crawler.textnorm import has_vietnamese, nfc

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w\-:.]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))

# Elements that never hold article text. Not <form>: ASP.NET portals (SharePoint, DNN) wrap
# the whole page in one.
DROP_TAGS = (
    "script", "style", "noscript", "iframe", "object", "embed", "svg", "canvas", "template",
    "input", "select", "option", "button", "textarea", "marquee", "map",
)
BLOCK_TAGS = frozenset(
    "p div td th li dd dt h1 h2 h3 h4 h5 h6 blockquote article section main figure figcaption "
    "pre table tr ul ol dl center address header footer aside nav tbody thead caption".split()
)


def _codec(name: str | bytes | None) -> str | None:
    if not name:
        return None
    if isinstance(name, bytes):
        name = name.decode("ascii", "ignore")
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def declared_encodings(body: bytes, header: str | None = None) -> list[str]:
    """Encodings the response claims, strongest first: BOM, HTTP header, meta charset."""
    found: list[str] = []
    for bom, name in _BOMS:
        if body.startswith(bom):
            found.append(name)
    if header:
        match = re.search(r"charset\s*=\s*[\"']?([\w\-:.]+)", header, re.IGNORECASE)
        codec = _codec(match.group(1)) if match else None
        if codec:
            found.append(codec)
    match = _META_CHARSET.search(body[:4096])
    codec = _codec(match.group(1)) if match else None
    if codec:
        found.append(codec)
    return list(dict.fromkeys(found))


def _plausible(text: str) -> bool:
    """Decoded text looks like Vietnamese and has no replacement characters."""
    return "\ufffd" not in text and (has_vietnamese(text) or text.isascii())


def decode_html(body: bytes, header: str | None = None) -> tuple[str, str]:
    """Decode an HTML body; return (NFC text, encoding used).

    A BOM wins; then the declared encodings are tried in order and kept when the result is
    plausible Vietnamese; then UTF-8; then charset-normalizer's best guess.
    """
    declared = declared_encodings(body, header)
    if declared and declared[0] in ("utf-8", "utf-16") and body[:3] == codecs.BOM_UTF8:
        return nfc(body[3:].decode("utf-8", "replace")), "utf-8"
    candidates = [*declared, "utf-8"]
    for name in dict.fromkeys(candidates):
        try:
            text = body.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text):
            return nfc(text), name
    best = from_bytes(body).best()
    if best is not None and best.encoding:
        return nfc(str(best)), best.encoding
    return nfc(body.decode("utf-8", "replace")), "utf-8"


def parse(html: str) -> lxml.html.HtmlElement:
    """Parse HTML text into a tree; never raises on malformed markup."""
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html)
    if not html.strip():
        html = "<html><body></body></html>"
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return lxml.html.document_fromstring("<html><body></body></html>")


def strip_noise(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """Remove elements that never hold article text, and comments, in place."""
    for el in root.xpath("//comment() | //processing-instruction()"):
        _drop(el)
    for el in list(root.iter(*DROP_TAGS)):
        _drop(el)
    for el in root.xpath('//*[@hidden or contains(translate(@style," ",""),"display:none")]'):
        _drop(el)
    return root


def _drop(el: etree._Element) -> None:
    """Remove an element but keep its tail text."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def text_of(el: etree._Element) -> str:
    """All text inside an element, spaces collapsed."""
    return " ".join("".join(el.itertext()).split())


def attr_words(el: etree._Element) -> str:
    """The element's id and class, lower case, for cue matching."""
    return f"{el.get('id') or ''} {el.get('class') or ''}".lower()
