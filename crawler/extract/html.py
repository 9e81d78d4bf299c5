"""Bytes -> text -> lxml tree: encoding decisions and the cleaning shared by extractors."""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

import lxml.html
from charset_normalizer import from_bytes
from lxml import etree
from lxml.cssselect import LxmlHTMLTranslator

from crawler.textnorm import has_vietnamese, legacy_encoding, nfc, repair_legacy, repair_mojibake

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
        said = re.search(r"charset\s*=\s*[\"']?([\w\-:.]+)", header, re.IGNORECASE)
        codec = _codec(said.group(1)) if said else None
        if codec:
            found.append(codec)
    match = _META_CHARSET.search(body[:4096])
    codec = _codec(match.group(1)) if match else None
    if codec:
        found.append(codec)
    return list(dict.fromkeys(found))


def _plausible(text: str) -> bool:
    """Decoded text looks like Vietnamese (or plain ASCII) and has no replacement characters."""
    if "\ufffd" in text:
        return False
    return has_vietnamese(text) or text.isascii() or legacy_encoding(_visible_sample(text)) is not None


def _visible_sample(html: str) -> str:
    return " ".join(_SEGMENT.findall(html[:200_000]))[:20_000]


_SEGMENT = re.compile(r">([^<]+)<")


def repair_segments(html: str) -> str:
    """Repair mojibake and legacy font encodings text node by text node (a Unicode page may
    carry an old article typed in a TCVN3 or VNI font), then NFC.

    The nodes are first only read: on most pages no node needs a repair, and the page is then
    its own NFC, without a substitution that calls back into Python for every node."""
    if not any(_needs_repair(segment) for segment in _SEGMENT.findall(html)):
        return nfc(html)
    return nfc(_SEGMENT.sub(_fix_segment, html))


def _needs_repair(segment: str) -> bool:
    """Whether ``_fix_segment`` changes this text node."""
    return not segment.isascii() and repair_legacy(repair_mojibake(segment)) is not segment


def _fix_segment(match: re.Match[str]) -> str:
    """One text node repaired (``repair_text`` but for its NFC, which the NFC of the whole page
    does: an NFC-equivalent piece between ">" and "<" gives the same page after it); a node
    that needs no repair, most of them, is left as it is."""
    segment = match.group(1)
    if segment.isascii():
        return match.group(0)
    fixed = repair_legacy(repair_mojibake(segment))
    return match.group(0) if fixed is segment else ">" + fixed + "<"


def _strict_utf8(body: bytes) -> str | None:
    """The body as UTF-8 when it is valid UTF-8 with multi-byte characters (a strong signal
    that outranks a wrong declaration), else None."""
    if body.isascii():
        return None
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


_TONE_AFTER = re.compile("([aeiouyâêôăơưAEIOUYÂÊÔĂƠƯ]?)[\u0300\u0301\u0303\u0309\u0323]")


def _as_cp1258(body: bytes) -> str | None:
    """The body as windows-1258 when its tone bytes all follow vowels, as they do in real
    windows-1258 text (in TCVN3 or VNI bytes read this way they also follow consonants)."""
    text = body.decode("cp1258", "replace")
    tones = _TONE_AFTER.findall(text)
    if len(tones) < 3 or sum(1 for v in tones if v) < 0.9 * len(tones):
        return None
    return text


def decode_html(body: bytes, header: str | None = None) -> tuple[str, str]:
    """Decode an HTML body; return (NFC text, encoding used).

    1. a BOM wins; 2. valid multi-byte UTF-8 is UTF-8 whatever the page declares; 3. the
    declared encodings (HTTP header, then meta charset) in order, kept when the result is
    plausible Vietnamese; 4. windows-1258 when its tone marks all follow vowels; 5. windows-1252
    when that reveals TCVN3 or VNI font text (the way those pages are served); 6.
    charset-normalizer's guess, checked the same way; 7. windows-1252. Text nodes are then repaired
    (mojibake, TCVN3, VNI) and normalised to NFC (windows-1258 decodes to decomposed tones).
    """
    for bom, name in _BOMS:
        if body.startswith(bom):
            return repair_segments(body.decode(name, "replace").lstrip("\ufeff")), name
    utf8 = _strict_utf8(body)
    if utf8 is not None:
        return repair_segments(utf8), "utf-8"
    for name in dict.fromkeys([*declared_encodings(body, header), "utf-8"]):
        try:
            text = body.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text):
            return repair_segments(text), name
    cp1258 = _as_cp1258(body)
    if cp1258 is not None:
        return repair_segments(cp1258), "cp1258"
    latin = body.decode("cp1252", "replace")
    if legacy_encoding(_visible_sample(latin).replace("\ufffd", "")) is not None:
        return repair_segments(latin), "cp1252"
    best = from_bytes(body).best()
    if best is not None and best.encoding and _plausible(str(best)):
        return repair_segments(str(best)), best.encoding
    return repair_segments(body.decode("cp1252", "replace")), "cp1252"


def _parser() -> lxml.html.HTMLParser:
    """lxml.html's parser, with every element an ``HtmlElement`` picked in C.

    lxml.html asks a Python method for the class of every element object it hands out (half a
    million calls for a few hundred pages), only to give form, input, label, select and
    textarea elements their form-handling classes, which nothing here uses: every element keeps
    the methods of ``HtmlElement`` (text_content, cssselect, make_links_absolute, ...)."""
    parser = lxml.html.HTMLParser()
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity,
    ))
    return parser


_PARSER = _parser()


def parse(html: str) -> lxml.html.HtmlElement:
    """Parse HTML text into a tree; never raises on malformed markup."""
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html)
    if not html.strip():
        html = "<html><body></body></html>"
    try:
        return lxml.html.document_fromstring(html, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return lxml.html.document_fromstring("<html><body></body></html>", parser=_PARSER)


@lru_cache(maxsize=1024)
def _xpath_of(css: str) -> str:
    return LxmlHTMLTranslator().css_to_xpath(css)


# The prefix of the extension functions lxml's CSS translator calls (``:contains()``).
_EXTENSION = "__lxml_internal_css:"


@lru_cache(maxsize=1024)
def _compiled_selector(xpath: str) -> etree.XPath:
    return etree.XPath(xpath)


def select(root: etree._Element, css: str) -> list:
    """``root.cssselect(css)`` with the selector translated to XPath once, not at every page
    (a registry's and the families' selectors are few), and compiled once when it calls no
    extension function; one that does (``:contains()``) is compiled for each call, as there (an
    XPath object kept across documents mis-reads its extension functions' results). A selector
    cssselect rejects raises here as there."""
    xpath = _xpath_of(css)
    if _EXTENSION in xpath:
        return etree.XPath(xpath)(root)
    return _compiled_selector(xpath)(root)  # type: ignore[no-any-return]


def strip_noise(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """Remove elements that never hold article text, and comments, in place: each removed node's
    tail text stays where it was (lxml leaves it beside the text before it, which reads as one
    text with it), then the hidden elements, each by ``_drop``."""
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, *DROP_TAGS, with_tail=False)
    for el in hidden(root):
        _drop(el)
    return root


# Hidden elements, ``//*[@hidden or contains(translate(@style," ",""),"display:none")]``, found
# from the attributes that hide them, without a predicate on every element of the page: an
# element's attributes come after it and before its children in document order, so their owners,
# each taken once, are those elements in document order. Compiled once (no extension function):
# compiling it for each page cost as much as the search.
_HIDDEN_ATTRIBUTES = etree.XPath('//@hidden | //@style[contains(translate(., " ", ""), "display:none")]')


def hidden(root: etree._Element) -> list[etree._Element]:
    """The hidden elements of the document ``root`` is in, in document order."""
    found: list[etree._Element] = []
    for value in _HIDDEN_ATTRIBUTES(root):
        owner = value.getparent()
        if not found or found[-1] is not owner:
            found.append(owner)
    return found


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


def text_content(el: etree._Element) -> str:
    """``el.text_content()``: a leaf's is its own text, read without the XPath evaluation that
    ``text_content`` makes (7-15 µs each)."""
    if len(el):
        return el.text_content()
    return el.text or ""


def text_of(el: etree._Element) -> str:
    """All text inside an element, spaces collapsed."""
    return " ".join("".join(el.itertext()).split())


def attr_words(el: etree._Element) -> str:
    """The element's id and class, lower case, for cue matching."""
    return f"{el.get('id') or ''} {el.get('class') or ''}".lower()
