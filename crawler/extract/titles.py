"""Choose the article's title among headings, og:title and <title> minus the site name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from lxml import etree

from crawler.extract.blocks import in_chrome
from crawler.extract.html import text_content
from crawler.textnorm import clean_line, fold

_SEPARATORS = re.compile(r"\s+(?:[-|–—»:]{1,2}|::)\s+")
_TITLE_CUES = re.compile(r"(title|tieude|tieu-de|tieu_de|headline|heading|ten-bai|tenbai|subject)")
HEADING_TAGS = ("h1", "h2", "h3", "h4")


@lru_cache(maxsize=4096)
def _cued(element_id: str | None, classes: str | None) -> bool:
    """Whether an element of this id and class is named like a title (``attr_words`` read by
    ``_TITLE_CUES``), remembered: a site's pages repeat their few names."""
    return _TITLE_CUES.search(f"{element_id or ''} {classes or ''}".lower()) is not None


def _title_cued(el: etree._Element) -> bool:
    return _cued(el.get("id"), el.get("class"))
MATCH = 0.75  # a heading this similar to the page's <title> or og:title is confirmed by it


@dataclass
class Title:
    text: str
    element: etree._Element | None


def _meta(root: etree._Element, *names: str) -> str | None:
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in names and meta.get("content"):
            value = clean_line(meta.get("content"))
            if value:
                return value
    return None


def page_title_parts(root: etree._Element) -> list[str]:
    """<title> split at site-name separators, longest first."""
    el = root.find(".//title")
    if el is None:
        return []
    whole = clean_line(el.text_content())
    parts = [p for p in _SEPARATORS.split(whole) if p.strip()]
    return sorted({whole, *parts}, key=len, reverse=True)


def _similar(a: str, b: str, cutoff: float = 0.0) -> float:
    """Similarity of two titles, folded (1.0 the same). Below ``cutoff`` the answer is only
    known to be below it: difflib's cheap upper bounds decide before the full comparison."""
    return _similar_folded(fold(a), fold(b), cutoff)


def _similar_folded(fa: str, fb: str, cutoff: float = 0.0) -> float:
    """``_similar`` of two titles already folded."""
    if not fa or not fb:
        return 0.0
    if fa == fb:
        return 1.0
    if len(fa) >= 15 and len(fb) >= 15 and (fa in fb or fb in fa):
        return min(len(fa), len(fb)) / max(len(fa), len(fb)) * 0.5 + 0.5
    upper = 2.0 * min(len(fa), len(fb)) / (len(fa) + len(fb))  # difflib's real_quick_ratio
    if upper < cutoff:
        return upper
    matcher = SequenceMatcher(None, fa, fb)
    upper = matcher.quick_ratio()
    if upper < cutoff:
        return upper
    return matcher.ratio()


_INLINE_TITLE_TAGS = ("div", "span", "p", "td", "strong", "b", "font")


def _longer_than(raw: str, limit: int) -> bool:
    """True when ``clean_line(raw)`` is known to be longer than ``limit`` from a prefix of ``raw``
    cut before an ASCII space: the space is kept by the removal of invisible characters, composes
    with nothing in NFC and splits words, so the whole text cleans to the prefix's cleaned text, a
    space and more (or to the prefix's alone), never shorter. False when not known so."""
    cut = raw.find(" ", 2 * limit + 16)
    return cut != -1 and len(clean_line(raw[:cut])) > limit


def _candidates(root: etree._Element, references: list[str]) -> list[tuple[etree._Element, str | None]]:
    """Headings, elements named like titles, and any short element that repeats the page's
    <title> or og:title word for word (hand-made sites put the title in a bare <strong>); each
    with its cleaned text when it was read here (the last kind), else None."""
    keys = {fold(r) for r in references if len(r) >= 15}
    lengths = {len(k) for k in keys}
    shortest = min(lengths, default=0)
    longest = max(lengths, default=0)
    found: list[tuple[etree._Element, str | None]] = []
    # Only these tags can be candidates: lxml picks them out (in document order) without a
    # Python object for every other element of the page.
    for el in root.iter(*HEADING_TAGS, *_INLINE_TITLE_TAGS):
        if el.tag in HEADING_TAGS:
            found.append((el, None))
        else:  # one of _INLINE_TITLE_TAGS
            element_id, classes = el.get("id"), el.get("class")
            if (element_id or classes) and _cued(element_id, classes):
                found.append((el, None))
            elif len(el) <= 3 and keys:  # a title element holds little markup
                # A leaf's text content is its text: read without an XPath evaluation.
                raw = text_content(el)
                if len(raw) < shortest:  # cleaning never lengthens a text
                    continue
                if len(raw) > 2 * longest + 16 and _longer_than(raw, longest):  # a body, not a title
                    continue
                text = clean_line(raw)
                if len(text) in lengths and fold(text) in keys:
                    found.append((el, text))
    return found


def _markup_score(el: etree._Element, text: str) -> float:
    """The heading score's parts read from the element's own tag, names and text."""
    score = 0.0
    if el.tag == "h1":
        score += 3
    elif el.tag == "h2":
        score += 2
    elif el.tag in ("h3", "h4"):
        score += 1
    if _title_cued(el):
        score += 2
    words = len(text.split())
    if words >= 6:
        score += 2
    elif words <= 3:
        score -= 3
    if text.isupper():
        score -= 2
    return score


def _penalties(el: etree._Element, text: str) -> float:
    """The heading score's parts read from its links and its ancestors: never above zero."""
    score = 0.0
    links = [a for a in el.iter("a")]
    if links and len(clean_line(" ".join(text_content(a) for a in links))) >= 0.8 * len(text):
        score -= 2  # headings that only link elsewhere: categories and teasers
    if in_chrome(el):
        score -= 5
    return score


def find_title(root: etree._Element) -> Title | None:
    """The article title: a visible heading confirmed by metadata, else the best heading.

    The best is the first candidate of the highest score: its markup score and its penalties
    (never above zero), then up to 8 for its likeness to the metadata. A candidate whose markup
    score and 8 cannot beat the best so far is not compared with the metadata, and one whose
    markup score and likeness cannot is not looked at further: neither could have become the best.
    """
    meta = _meta(root, "og:title", "twitter:title", "title", "dc.title")
    parts = page_title_parts(root)
    references = [t for t in [meta, *parts] if t]
    folded = [fold(ref) for ref in references]  # each folded once, not once per candidate
    best: tuple[float, Title] | None = None
    for el, read in _candidates(root, references):
        text = read if read is not None else clean_line(text_content(el))
        if not (8 <= len(text) <= 400):
            continue
        markup = _markup_score(el, text)
        if best is not None and markup + 8 <= best[0]:
            continue
        key = fold(text)
        similarity = max((_similar_folded(key, ref, MATCH) for ref in folded), default=0.0)
        likeness = 8 * similarity if similarity >= MATCH else 0
        if best is not None and markup + likeness <= best[0]:
            continue
        score = (markup + _penalties(el, text)) + likeness  # the sum in the order it was always made
        if best is None or score > best[0]:
            best = (score, Title(text, el))
    if best is not None and best[0] >= 3:
        return best[1]
    if meta:
        return Title(meta, None)
    if best is not None and best[0] > 0:
        return best[1]
    if parts:
        return Title(parts[0], None)
    return None
